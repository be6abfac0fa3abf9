/* Characters -> text lines, in C: page_layout.text_lines without a Python step per character.
 *
 * lines(chars, x_tolerance, y_tolerance, ligatures) -> list[dict] gives exactly what
 * page_layout.text_lines gives for the same upright characters (pdfplumber's extract_text_lines rule:
 * characters clustered into lines by their top, split into words at whitespace and gaps, the words'
 * tops clustered again into lines): the same dicts, keys in the same order, the same value objects,
 * the same lists of the same char dicts; tests/test_native_loops.py holds the two to that on every
 * page and table cell of every sample PDF, through both parsers. Characters whose top or x0 is not a
 * number (NaN) are left to the Python loop: the caller gets None back and runs it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static PyObject *k_text, *k_x0, *k_x1, *k_top, *k_bottom, *k_chars, *s_empty, *s_space, *s_strip;

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

/* page_layout._clusters: the cluster number of each of values[0:n] in out[i], clustering the sorted
 * distinct values whose neighbours are within `tol`. 0, or -1 with MemoryError set. */
static int clusters(const double *values, Py_ssize_t n, double tol, Py_ssize_t *out) {
    double *sorted = PyMem_Calloc((size_t)n + 1, sizeof(double));
    Py_ssize_t *number = PyMem_Calloc((size_t)n + 1, sizeof(Py_ssize_t));
    if (sorted == NULL || number == NULL) {
        PyMem_Free(sorted);
        PyMem_Free(number);
        PyErr_NoMemory();
        return -1;
    }
    memcpy(sorted, values, (size_t)n * sizeof(double));
    qsort(sorted, (size_t)n, sizeof(double), cmp_double);
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (m == 0 || sorted[i] != sorted[m - 1]) sorted[m++] = sorted[i];
    Py_ssize_t k = -1;
    for (Py_ssize_t j = 0; j < m; j++) {
        if (j == 0 || sorted[j] > sorted[j - 1] + tol) k++;
        number[j] = k;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t lo = 0, hi = m - 1;  /* the distinct value equal to this one */
        while (lo < hi) {
            Py_ssize_t mid = (lo + hi) / 2;
            if (sorted[mid] < values[i]) lo = mid + 1; else hi = mid;
        }
        out[i] = number[lo];
    }
    PyMem_Free(sorted);
    PyMem_Free(number);
    return 0;
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

/* page_layout._words: list[(top, text, chars)], or None (a new reference) for NaN. */
static PyObject *words(PyObject *seq, double x_tol, double y_tol, PyObject *ligatures) {
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
    Py_ssize_t *line = PyMem_Calloc((size_t)n, sizeof(Py_ssize_t));  /* the cluster of each char's top */
    if (line == NULL) { PyErr_NoMemory(); goto fail; }
    if (clusters(tops, n, y_tol, line) < 0) { PyMem_Free(line); goto fail; }
    for (Py_ssize_t i = 0; i < n; i++) chars[i].line = line[i];
    PyMem_Free(line);
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


/* The item of a list of objects Python's min (less = 1) or max (less = 0) gives: the first one no later
 * one is strictly less (greater) than. */
static PyObject *extreme(PyObject *items[], Py_ssize_t n, int less) {
    PyObject *best = items[0];
    double b = PyFloat_AsDouble(best);
    for (Py_ssize_t k = 1; k < n; k++) {
        double v = PyFloat_AsDouble(items[k]);
        if (less ? v < b : v > b) { best = items[k]; b = v; }
    }
    return best;
}

/* A text line from words[a:b]: {"text", "x0", "x1", "top", "bottom", "chars"}, or Py_None when its
 * text is empty (a new reference either way). */
static PyObject *make_line(PyObject *words, Py_ssize_t a, Py_ssize_t b) {
    PyObject *texts = PyList_New(b - a), *chars = PyList_New(0), *line = NULL, *text = NULL, *stripped = NULL;
    PyObject **tops = PyMem_Calloc((size_t)(b - a), sizeof(PyObject *));
    PyObject **vals = NULL;
    if (texts == NULL || chars == NULL || tops == NULL) goto done;
    for (Py_ssize_t k = a; k < b; k++) {
        PyObject *w = PyList_GET_ITEM(words, k);
        PyObject *t = PyTuple_GET_ITEM(w, 1);
        Py_INCREF(t);
        PyList_SET_ITEM(texts, k - a, t);
        tops[k - a] = PyTuple_GET_ITEM(w, 0);
        PyObject *cs = PyTuple_GET_ITEM(w, 2);
        if (PyList_SetSlice(chars, PyList_GET_SIZE(chars), PyList_GET_SIZE(chars), cs)) goto done;
    }
    text = PyUnicode_Join(s_space, texts);
    if (text == NULL) goto done;
    stripped = PyObject_CallMethodOneArg(text, s_strip, s_space);
    if (stripped == NULL) goto done;
    if (PyUnicode_GET_LENGTH(stripped) == 0) { line = Py_None; Py_INCREF(line); goto done; }
    Py_ssize_t n = PyList_GET_SIZE(chars);
    vals = PyMem_Calloc((size_t)n, sizeof(PyObject *));
    if (vals == NULL) { PyErr_NoMemory(); goto done; }
    PyObject *keys[3] = {k_x0, k_x1, k_bottom};
    PyObject *found[3];
    for (int j = 0; j < 3; j++) {
        for (Py_ssize_t k = 0; k < n; k++) {
            vals[k] = PyDict_GetItemWithError(PyList_GET_ITEM(chars, k), keys[j]);
            if (vals[k] == NULL) {
                if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, keys[j]);
                goto done;
            }
        }
        found[j] = extreme(vals, n, j == 0);
        if (PyErr_Occurred()) goto done;
    }
    PyObject *top = extreme(tops, b - a, 1);
    if (PyErr_Occurred()) goto done;
    line = PyDict_New();
    if (line == NULL || PyDict_SetItem(line, k_text, stripped) || PyDict_SetItem(line, k_x0, found[0])
        || PyDict_SetItem(line, k_x1, found[1]) || PyDict_SetItem(line, k_top, top)
        || PyDict_SetItem(line, k_bottom, found[2]) || PyDict_SetItem(line, k_chars, chars)) {
        Py_CLEAR(line);
    }
done:
    PyMem_Free(tops);
    PyMem_Free(vals);
    Py_XDECREF(texts);
    Py_XDECREF(chars);
    Py_XDECREF(text);
    Py_XDECREF(stripped);
    return line;
}

static PyObject *lines(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *seq, *ligatures;
    double x_tol, y_tol;
    if (!PyArg_ParseTuple(args, "O!ddO!:lines", &PyList_Type, &seq, &x_tol, &y_tol, &PyDict_Type, &ligatures))
        return NULL;
    PyObject *ws = words(seq, x_tol, y_tol, ligatures);
    if (ws == NULL || ws == Py_None) return ws;
    Py_ssize_t n = PyList_GET_SIZE(ws);
    PyObject *out = PyList_New(0);
    double *tops = PyMem_Calloc((size_t)n + 1, sizeof(double));
    Py_ssize_t *cluster = PyMem_Calloc((size_t)n + 1, sizeof(Py_ssize_t));
    if (out == NULL || tops == NULL || cluster == NULL) {
        if (out != NULL) PyErr_NoMemory();
        goto fail;
    }
    /* the words' tops clustered as the characters' were; each run of consecutive words in one cluster
     * is a line */
    for (Py_ssize_t i = 0; i < n; i++) tops[i] = PyFloat_AsDouble(PyTuple_GET_ITEM(PyList_GET_ITEM(ws, i), 0));
    if (PyErr_Occurred()) goto fail;
    if (clusters(tops, n, y_tol, cluster) < 0) goto fail;
    for (Py_ssize_t a = 0; a < n;) {
        Py_ssize_t b = a + 1;
        while (b < n && cluster[b] == cluster[a]) b++;
        PyObject *line = make_line(ws, a, b);
        if (line == NULL) goto fail;
        if (line != Py_None && PyList_Append(out, line)) { Py_DECREF(line); goto fail; }
        Py_DECREF(line);
        a = b;
    }
    PyMem_Free(tops);
    PyMem_Free(cluster);
    Py_DECREF(ws);
    return out;
fail:
    PyMem_Free(tops);
    PyMem_Free(cluster);
    Py_XDECREF(out);
    Py_DECREF(ws);
    return NULL;
}

static PyMethodDef methods[] = {
    {"lines", lines, METH_VARARGS,
     "lines(chars, x_tolerance, y_tolerance, ligatures) -> list[dict] or None: the text lines of chars."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_text_lines", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__text_lines(void) {
    k_text = PyUnicode_InternFromString("text");
    k_x0 = PyUnicode_InternFromString("x0");
    k_x1 = PyUnicode_InternFromString("x1");
    k_top = PyUnicode_InternFromString("top");
    k_bottom = PyUnicode_InternFromString("bottom");
    k_chars = PyUnicode_InternFromString("chars");
    s_empty = PyUnicode_InternFromString("");
    s_space = PyUnicode_InternFromString(" ");
    s_strip = PyUnicode_InternFromString("strip");
    if (!k_text || !k_x0 || !k_x1 || !k_top || !k_bottom || !k_chars || !s_empty || !s_space || !s_strip) return NULL;
    return PyModule_Create(&module);
}
