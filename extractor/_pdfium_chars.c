/* A page's characters from PDFium, built in C: the loop of pdfium_source.page_chars without a
 * Python-level call per character.
 *
 * page_chars(textpage, page_height, functions) -> list[dict] gives exactly what the Python loop in
 * pdfium_source.py gives (the same dicts, keys in the same order, the same float values computed in
 * the same order); tests/test_native_loops.py holds the two to that on every sample PDF. PDFium is
 * not linked here: `functions` is the tuple of the addresses of the PDFium functions the loop calls,
 * taken by pdfium_source.py from the library pypdfium2 loaded (see FUNCTIONS there for the order).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>

typedef struct { float left, top, right, bottom; } RectF;
typedef struct { float a, b, c, d, e, f; } MatrixF;

typedef int (*count_chars_t)(void *);
typedef int (*get_text_t)(void *, int, int, unsigned short *);
typedef unsigned int (*get_unicode_t)(void *, int);
typedef int (*loose_box_t)(void *, int, RectF *);
typedef void *(*text_object_t)(void *, int);
typedef int (*char_origin_t)(void *, int, double *, double *);
typedef int (*is_generated_t)(void *, int);
typedef int (*char_matrix_t)(void *, int, MatrixF *);
typedef int (*obj_font_size_t)(void *, float *);
typedef void *(*obj_font_t)(void *);
typedef int (*font_descent_t)(void *, float, float *);
typedef unsigned long (*font_info_t)(void *, int, void *, unsigned long, int *);
typedef int (*font_weight_t)(void *, int);

#define N_FUNCTIONS 13
#define FONT_BUF 256
#define WEIGHT_BOLD 600

typedef struct {
    count_chars_t count_chars;
    get_text_t get_text;
    get_unicode_t get_unicode;
    loose_box_t loose_box;
    text_object_t text_object;
    char_origin_t char_origin;
    is_generated_t is_generated;
    char_matrix_t char_matrix;
    obj_font_size_t obj_font_size;
    obj_font_t obj_font;
    font_descent_t font_descent;
    font_info_t font_info;
    font_weight_t font_weight;
} Functions;

static PyObject *k_text, *k_x0, *k_x1, *k_top, *k_bottom, *k_upright, *k_size, *k_fontname;
static PyObject *s_space, *s_hyphen, *s_bold, *s_bold_suffix, *s_lower;

static int read_functions(PyObject *seq, Functions *fn) {
    void *p[N_FUNCTIONS];
    if (!PyTuple_Check(seq) || PyTuple_GET_SIZE(seq) != N_FUNCTIONS) {
        PyErr_Format(PyExc_TypeError, "functions: a tuple of %d addresses", N_FUNCTIONS);
        return -1;
    }
    for (Py_ssize_t i = 0; i < N_FUNCTIONS; i++) {
        p[i] = PyLong_AsVoidPtr(PyTuple_GET_ITEM(seq, i));
        if (p[i] == NULL) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "functions: a null address");
            return -1;
        }
    }
    fn->count_chars = (count_chars_t)p[0];
    fn->get_text = (get_text_t)p[1];
    fn->get_unicode = (get_unicode_t)p[2];
    fn->loose_box = (loose_box_t)p[3];
    fn->text_object = (text_object_t)p[4];
    fn->char_origin = (char_origin_t)p[5];
    fn->is_generated = (is_generated_t)p[6];
    fn->char_matrix = (char_matrix_t)p[7];
    fn->obj_font_size = (obj_font_size_t)p[8];
    fn->obj_font = (obj_font_t)p[9];
    fn->font_descent = (font_descent_t)p[10];
    fn->font_info = (font_info_t)p[11];
    fn->font_weight = (font_weight_t)p[12];
    return 0;
}

/* Per page state the Python loop keeps: buffers reused from one call to the next (PDFium leaves them
 * as they were when a call fails), names per font, descents per (font, size). */
typedef struct {
    void *tp;
    const Functions *fn;
    PyObject *names;     /* font address -> name */
    PyObject *descents;  /* (font address, size) -> descent */
    char buf[FONT_BUF];
    MatrixF matrix;
    float size;
    float descent;
    double ox, oy;
} Fonts;

/* The font name of character i (its weight added when PDFium's name does not say bold). */
static PyObject *font_name(Fonts *f, int i, void *font) {
    PyObject *key = PyLong_FromVoidPtr(font);
    if (key == NULL) return NULL;
    PyObject *name = PyDict_GetItemWithError(f->names, key);
    if (name != NULL) {
        Py_DECREF(key);
        Py_INCREF(name);
        return name;
    }
    if (PyErr_Occurred()) { Py_DECREF(key); return NULL; }
    f->fn->font_info(f->tp, i, f->buf, FONT_BUF, NULL);
    name = PyUnicode_DecodeUTF8(f->buf, (Py_ssize_t)strnlen(f->buf, FONT_BUF), "replace");
    if (name == NULL) { Py_DECREF(key); return NULL; }
    if (f->fn->font_weight(f->tp, i) >= WEIGHT_BOLD) {
        PyObject *lower = PyObject_CallMethodNoArgs(name, s_lower);
        int has_bold = lower == NULL ? -1 : PySequence_Contains(lower, s_bold);
        Py_XDECREF(lower);
        if (has_bold < 0) { Py_DECREF(key); Py_DECREF(name); return NULL; }
        if (!has_bold) {
            PyObject *bold = PyUnicode_Concat(name, s_bold_suffix);
            Py_DECREF(name);
            if (bold == NULL) { Py_DECREF(key); return NULL; }
            name = bold;
        }
    }
    int bad = PyDict_SetItem(f->names, key, name);
    Py_DECREF(key);
    if (bad) { Py_DECREF(name); return NULL; }
    return name;
}

/* The descent of `font` at `size` (0 when PDFium has none), cached as the Python loop caches it. */
static int font_descent(Fonts *f, void *font, double size, double *out) {
    PyObject *key = Py_BuildValue("(Nd)", PyLong_FromVoidPtr(font), size);
    if (key == NULL) return -1;
    PyObject *known = PyDict_GetItemWithError(f->descents, key);
    if (known != NULL) {
        *out = PyFloat_AS_DOUBLE(known);
        Py_DECREF(key);
        return 0;
    }
    if (PyErr_Occurred()) { Py_DECREF(key); return -1; }
    double descent = 0.0;
    if (font != NULL && f->fn->font_descent(font, (float)size, &f->descent)) descent = (double)f->descent;
    PyObject *value = PyFloat_FromDouble(descent);
    int bad = value == NULL || PyDict_SetItem(f->descents, key, value);
    Py_XDECREF(value);
    Py_DECREF(key);
    *out = descent;
    return bad ? -1 : 0;
}

/* (name, size, upright, top, bottom) of the text object `obj`, read at its first character `i`. */
static PyObject *object_metrics(Fonts *f, int i, void *obj, double page_height) {
    f->fn->char_origin(f->tp, i, &f->ox, &f->oy);
    double oy = f->oy;
    MatrixF *m = &f->matrix;
    f->fn->char_matrix(f->tp, i, m);
    double a = m->a, b = m->b, c = m->c, d = m->d;
    double scale = pow(fabs(a * d - b * c), 0.5);
    if (scale == 0.0) scale = 1.0;
    f->fn->obj_font_size(obj, &f->size);
    double size = (double)f->size;
    void *font = f->fn->obj_font(obj);
    PyObject *name = font_name(f, i, font);
    if (name == NULL) return NULL;
    double descent;
    if (font_descent(f, font, size, &descent) < 0) { Py_DECREF(name); return NULL; }
    double eff_size = size * scale;
    double eff_descent = -descent * scale;
    int upright = fabs(b) < 1e-6 && fabs(c) < 1e-6;
    double bottom = page_height - oy + eff_descent;
    return Py_BuildValue("(NdOdd)", name, eff_size, upright ? Py_True : Py_False, bottom - eff_size, bottom);
}

static PyObject *make_char(PyObject *text, double x0, double x1, PyObject *m) {
    PyObject *d = PyDict_New();
    if (d == NULL) return NULL;
    PyObject *fx0 = PyFloat_FromDouble(x0), *fx1 = PyFloat_FromDouble(x1);
    int bad = fx0 == NULL || fx1 == NULL
        || PyDict_SetItem(d, k_text, text) || PyDict_SetItem(d, k_x0, fx0) || PyDict_SetItem(d, k_x1, fx1)
        || PyDict_SetItem(d, k_top, PyTuple_GET_ITEM(m, 3)) || PyDict_SetItem(d, k_bottom, PyTuple_GET_ITEM(m, 4))
        || PyDict_SetItem(d, k_upright, PyTuple_GET_ITEM(m, 2)) || PyDict_SetItem(d, k_size, PyTuple_GET_ITEM(m, 1))
        || PyDict_SetItem(d, k_fontname, PyTuple_GET_ITEM(m, 0));
    Py_XDECREF(fx0);
    Py_XDECREF(fx1);
    if (bad) { Py_DECREF(d); return NULL; }
    return d;
}

/* A space PDFium infers (or one drawn without a box) after `prev`: prev's keys, a quarter of its size wide. */
static PyObject *make_space(PyObject *prev) {
    PyObject *d = PyDict_Copy(prev);
    if (d == NULL) return NULL;
    PyObject *x1 = PyDict_GetItemWithError(prev, k_x1);
    PyObject *size = x1 == NULL ? NULL : PyDict_GetItemWithError(prev, k_size);
    if (size == NULL) { Py_DECREF(d); return NULL; }
    PyObject *end = PyFloat_FromDouble(PyFloat_AsDouble(x1) + PyFloat_AsDouble(size) / 4);
    int bad = end == NULL || PyErr_Occurred() || PyDict_SetItem(d, k_text, s_space) || PyDict_SetItem(d, k_x0, x1)
        || PyDict_SetItem(d, k_x1, end);
    Py_XDECREF(end);
    if (bad) { Py_DECREF(d); return NULL; }
    return d;
}

static int skipped(unsigned int code) {
    return code == 0 || code == 10 || code == 13 || code == 0xFFFE || code == 0xFFFF;
}

static PyObject *page_chars(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tp_obj, *fn_seq;
    double page_height;
    if (!PyArg_ParseTuple(args, "OdO:page_chars", &tp_obj, &page_height, &fn_seq)) return NULL;
    void *tp = PyLong_AsVoidPtr(tp_obj);
    if (tp == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "textpage: a null handle");
        return NULL;
    }
    Functions fn;
    if (read_functions(fn_seq, &fn) < 0) return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    int n = fn.count_chars(tp);
    if (n <= 0) return out;
    unsigned short *codes = PyMem_Calloc((size_t)n + 1, sizeof(unsigned short));
    Fonts f = {tp, &fn, PyDict_New(), PyDict_New(), {0}, {0, 0, 0, 0, 0, 0}, 0.0f, 0.0f, 0.0, 0.0};
    RectF rect = {0, 0, 0, 0};  /* one per page, as in the Python loop: a failed call leaves the last box */
    PyObject *by_object = PyDict_New();
    PyObject *prev = NULL;           /* borrowed from `out` */
    PyObject *last_key = NULL, *last_m = NULL;  /* owned: the text object of the previous character */
    void *last_obj = NULL;
    if (codes == NULL || f.names == NULL || f.descents == NULL || by_object == NULL) {
        if (codes == NULL) PyErr_NoMemory();
        goto fail;
    }
    fn.get_text(tp, 0, n, codes);
    for (int i = 0; i < n; i++) {
        unsigned int code = codes[i];
        if (code == 0xFFFE) code = fn.get_unicode(tp, i);  /* U+0002 there: a line-end hyphen */
        if (skipped(code) || (0xDC00 <= code && code <= 0xDFFF)) continue;
        if (0xD800 <= code && code <= 0xDBFF) {  /* a surrogate pair: the next index holds the low half */
            unsigned int low = i + 1 < n ? codes[i + 1] : 0;
            if (!(0xDC00 <= low && low <= 0xDFFF)) continue;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        fn.loose_box(tp, i, &rect);
        double left = rect.left, right = rect.right;
        if (code == 32 && prev != NULL && (fn.is_generated(tp, i) || right - left < 0.01
                                           || (double)rect.top - (double)rect.bottom < 0.01)) {
            PyObject *space = make_space(prev);
            if (space == NULL || PyList_Append(out, space)) { Py_XDECREF(space); goto fail; }
            Py_DECREF(space);
            prev = space;
            continue;
        }
        void *obj = fn.text_object(tp, i);
        PyObject *m;
        if (last_m != NULL && obj == last_obj) {
            m = last_m;
        } else {
            PyObject *key = PyLong_FromVoidPtr(obj);
            if (key == NULL) goto fail;
            m = PyDict_GetItemWithError(by_object, key);
            if (m == NULL) {
                if (PyErr_Occurred()) { Py_DECREF(key); goto fail; }
                m = object_metrics(&f, i, obj, page_height);
                if (m == NULL || PyDict_SetItem(by_object, key, m)) { Py_XDECREF(m); Py_DECREF(key); goto fail; }
                Py_DECREF(m);  /* by_object holds it */
            }
            Py_XDECREF(last_key);
            last_key = key;
            last_obj = obj;
            last_m = m;
        }
        PyObject *text = code == 2 ? (Py_INCREF(s_hyphen), s_hyphen) : PyUnicode_FromOrdinal((int)code);
        if (text == NULL) goto fail;
        PyObject *ch = make_char(text, left, right, m);
        Py_DECREF(text);
        if (ch == NULL || PyList_Append(out, ch)) { Py_XDECREF(ch); goto fail; }
        Py_DECREF(ch);
        prev = ch;
    }
    PyMem_Free(codes);
    Py_XDECREF(last_key);
    Py_DECREF(by_object);
    Py_DECREF(f.names);
    Py_DECREF(f.descents);
    return out;
fail:
    PyMem_Free(codes);
    Py_XDECREF(last_key);
    Py_XDECREF(by_object);
    Py_XDECREF(f.names);
    Py_XDECREF(f.descents);
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"page_chars", page_chars, METH_VARARGS,
     "page_chars(textpage, page_height, functions) -> list[dict]: every character of the page."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pdfium_chars", NULL, -1, methods, NULL, NULL, NULL, NULL};

static PyObject *intern(const char *s) { return PyUnicode_InternFromString(s); }

PyMODINIT_FUNC PyInit__pdfium_chars(void) {
    k_text = intern("text"); k_x0 = intern("x0"); k_x1 = intern("x1"); k_top = intern("top");
    k_bottom = intern("bottom"); k_upright = intern("upright"); k_size = intern("size");
    k_fontname = intern("fontname");
    s_space = intern(" "); s_hyphen = intern("-"); s_bold = intern("bold"); s_bold_suffix = intern(",Bold");
    s_lower = intern("lower");
    if (!k_text || !k_x0 || !k_x1 || !k_top || !k_bottom || !k_upright || !k_size || !k_fontname || !s_space
        || !s_hyphen || !s_bold || !s_bold_suffix || !s_lower) return NULL;
    return PyModule_Create(&module);
}
