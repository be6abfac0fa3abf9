/* Characters -> words, line by line, in C: page_layout._words without a Python step per character.
 *
 * words(chars, x_tolerance, y_tolerance, ligatures) -> list[(top, text, chars)] gives exactly what
 * page_layout._words gives for the same characters (the same words, the same float objects for their
 * tops, the same lists of the same char dicts); tests/test_native_loops.py holds the two to that on
 * every page of every sample PDF, through both parsers. Characters whose top or x0 is not a number
 * (NaN) are left to the Python loop: the caller gets None back and runs it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>

static PyObject *k_text, *k_x0, *k_x1, *k_top, *s_empty;

typedef struct {
    PyObject *c;     /* borrowed: the char dict */
    PyObject *text;  /* borrowed */
    PyObject *top;   /* borrowed: the float object */
    double x0, x1, t;
    Py_ssize_t line; /* cluster number of its top */
    Py_ssize_t i;    /* position in the input: the tie-break that makes the sort stable */
} Ch;

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y ? 1 : 0;
}

/* by line (cluster), then x0, then input order: Python's stable sort of each line by x0 */
static int cmp_line_x0(const void *a, const void *b) {
    const Ch *p = a, *q = b;
    if (p->line != q->line) return p->line < q->line ? -1 : 1;
    if (p->x0 < q->x0) return -1;
    if (q->x0 < p->x0) return 1;
    return p->i < q->i ? -1 : p->i > q->i ? 1 : 0;
}

static int is_space(PyObject *text) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n == 0) return 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t k = 0; k < n; k++)
        if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, k))) return 0;
    return 1;
}

static double number(PyObject *d, PyObject *key, PyObject **obj) {
    PyObject *v = PyDict_GetItemWithError(d, key);
    if (v == NULL) {
        if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, key);
        return NAN;
    }
    if (obj != NULL) *obj = v;
    return PyFloat_AsDouble(v);
}

/* One word: (its top, its text with ligatures spelt out, its chars). */
static PyObject *make_word(Ch *chars, Py_ssize_t a, Py_ssize_t b, PyObject *ligatures) {
    PyObject *list = PyList_New(b - a), *texts = PyList_New(b - a);
    if (list == NULL || texts == NULL) goto fail;
    PyObject *top = chars[a].top;
    double best = chars[a].t;
    for (Py_ssize_t k = a; k < b; k++) {
        if (chars[k].t < best) { best = chars[k].t; top = chars[k].top; }
        Py_INCREF(chars[k].c);
        PyList_SET_ITEM(list, k - a, chars[k].c);
        PyObject *t = PyDict_GetItemWithError(ligatures, chars[k].text);
        if (t == NULL) {
            if (PyErr_Occurred()) goto fail;
            t = chars[k].text;
        }
        Py_INCREF(t);
        PyList_SET_ITEM(texts, k - a, t);
    }
    PyObject *text = PyUnicode_Join(s_empty, texts);
    Py_DECREF(texts);
    if (text == NULL) { Py_DECREF(list); return NULL; }
    return Py_BuildValue("(ONN)", top, text, list);
fail:
    Py_XDECREF(list);
    Py_XDECREF(texts);
    return NULL;
}

static PyObject *words(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *seq, *ligatures;
    double x_tol, y_tol;
    if (!PyArg_ParseTuple(args, "O!ddO!:words", &PyList_Type, &seq, &x_tol, &y_tol, &PyDict_Type, &ligatures))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(seq);
    PyObject *out = PyList_New(0);
    if (out == NULL || n == 0) return out;
    Ch *chars = PyMem_Calloc((size_t)n, sizeof(Ch));
    double *tops = PyMem_Calloc((size_t)n, sizeof(double));
    if (chars == NULL || tops == NULL) { PyErr_NoMemory(); goto fail; }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = PyList_GET_ITEM(seq, i);
        if (!PyDict_Check(c)) { PyErr_SetString(PyExc_TypeError, "words: chars must be dicts"); goto fail; }
        Ch *ch = &chars[i];
        ch->c = c;
        ch->i = i;
        ch->t = number(c, k_top, &ch->top);
        if (PyErr_Occurred()) goto fail;
        ch->x0 = number(c, k_x0, NULL);
        if (PyErr_Occurred()) goto fail;
        ch->x1 = number(c, k_x1, NULL);
        if (PyErr_Occurred()) goto fail;
        ch->text = PyDict_GetItemWithError(c, k_text);
        if (ch->text == NULL || !PyUnicode_Check(ch->text)) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "words: a char's text must be a str");
            goto fail;
        }
        if (isnan(ch->t) || isnan(ch->x0)) {  /* orders Python's sort and set give NaN: the Python loop's */
            PyMem_Free(chars);
            PyMem_Free(tops);
            Py_DECREF(out);
            Py_RETURN_NONE;
        }
        tops[i] = ch->t;
    }
    /* the tops' clusters: sorted distinct values, a new cluster past the last value + y_tol */
    qsort(tops, (size_t)n, sizeof(double), cmp_double);
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (m == 0 || tops[i] != tops[m - 1]) tops[m++] = tops[i];
    Py_ssize_t *cluster = PyMem_Calloc((size_t)m, sizeof(Py_ssize_t));
    if (cluster == NULL) { PyErr_NoMemory(); goto fail; }
    Py_ssize_t k = -1;
    for (Py_ssize_t j = 0; j < m; j++) {
        if (j == 0 || tops[j] > tops[j - 1] + y_tol) k++;
        cluster[j] = k;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t lo = 0, hi = m - 1;  /* the distinct value equal to this top */
        while (lo < hi) {
            Py_ssize_t mid = (lo + hi) / 2;
            if (tops[mid] < chars[i].t) lo = mid + 1; else hi = mid;
        }
        chars[i].line = cluster[lo];
    }
    PyMem_Free(cluster);
    qsort(chars, (size_t)n, sizeof(Ch), cmp_line_x0);
    Py_ssize_t start = -1;  /* the current word: chars[start:i] */
    double px0 = 0.0, px1 = 0.0, ptop = 0.0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        int end_line = i == n || (i > 0 && chars[i].line != chars[i - 1].line);
        int space = i < n && is_space(chars[i].text);
        int gap = i < n && start >= 0 && !end_line
            && (chars[i].x0 < px0 || chars[i].x0 > px1 + x_tol || fabs(chars[i].t - ptop) > y_tol);
        if (start >= 0 && (end_line || space || gap)) {
            PyObject *w = make_word(chars, start, i, ligatures);
            if (w == NULL || PyList_Append(out, w)) { Py_XDECREF(w); goto fail; }
            Py_DECREF(w);
            start = -1;
        }
        if (i == n || space) continue;
        if (start < 0) start = i;
        px0 = chars[i].x0;
        px1 = chars[i].x1;
        ptop = chars[i].t;
    }
    PyMem_Free(chars);
    PyMem_Free(tops);
    return out;
fail:
    PyMem_Free(chars);
    PyMem_Free(tops);
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"words", words, METH_VARARGS,
     "words(chars, x_tolerance, y_tolerance, ligatures) -> list[(top, text, chars)] or None."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_words", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__words(void) {
    k_text = PyUnicode_InternFromString("text");
    k_x0 = PyUnicode_InternFromString("x0");
    k_x1 = PyUnicode_InternFromString("x1");
    k_top = PyUnicode_InternFromString("top");
    s_empty = PyUnicode_InternFromString("");
    if (!k_text || !k_x0 || !k_x1 || !k_top || !s_empty) return NULL;
    return PyModule_Create(&module);
}
