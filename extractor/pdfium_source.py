"""Pages read through PDFium: each page's characters and ruling edges, in the shapes pdfplumber uses.

PDFium (pypdfium2) interprets the content stream in C, many times faster than pdfminer's Python
interpreter under pdfplumber. This module turns what it reads into pdfplumber's own object
shapes, so that one layout algorithm (pdfplumber's line and table finding, applied in
page_layout.py) serves both parsers:

- characters: ``{"text", "x0", "x1", "top", "bottom", "upright", "size", "fontname"}``
  from PDFium's loose character boxes (font ascent to descent, as pdfminer measures them), top-down
  coordinates; the line breaks PDFium infers are left out, the word spaces it infers are kept (some
  producers, Chromium among them, position words without space characters);
- edges: ``{"x0", "x1", "top", "bottom", "width", "height", "orientation"}`` for every straight
  segment of every path object, rectangle sides included, inside form XObjects too.

The per-character loop runs in C (_pdfium_chars.c, built with the package) when that module is
there, and in Python below when it is not (no compiler at install time); the two give the same
characters (tests/test_native_loops.py).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pypdfium2_raw.bindings as raw_bindings

from .errors import NO_MEDIABOX, UNREADABLE_STRUCTURE, BadInputError, DamagedPdfError, check_page_count, unreadable_page

_WEIGHT_BOLD = 600
_FONT_BUF = 256


_LIB = raw_bindings._libs["pdfium"]


def _proto(name: str, restype, *argtypes):
    """A private prototype of a PDFium function taking bare handles (ints) and addresses: no ctypes
    conversion of pypdfium2's pointer types on every call of the per-character loop."""
    return ctypes.CFUNCTYPE(restype, *argtypes)((name, _LIB))


_VP, _INT, _FLOAT = ctypes.c_void_p, ctypes.c_int, ctypes.c_float
_loose_box = _proto("FPDFText_GetLooseCharBox", _INT, _VP, _INT, _VP)
_text_object = _proto("FPDFText_GetTextObject", _VP, _VP, _INT)
_char_origin = _proto("FPDFText_GetCharOrigin", _INT, _VP, _INT, _VP, _VP)
_char_unicode = _proto("FPDFText_GetUnicode", ctypes.c_uint, _VP, _INT)
_is_generated = _proto("FPDFText_IsGenerated", _INT, _VP, _INT)
_char_matrix = _proto("FPDFText_GetMatrix", _INT, _VP, _INT, _VP)
_obj_font_size = _proto("FPDFTextObj_GetFontSize", _INT, _VP, _VP)
_obj_font = _proto("FPDFTextObj_GetFont", _VP, _VP)
_font_descent = _proto("FPDFFont_GetDescent", _INT, _VP, _FLOAT, _VP)
_font_info = _proto("FPDFText_GetFontInfo", ctypes.c_ulong, _VP, _INT, _VP, ctypes.c_ulong, _VP)
_font_weight = _proto("FPDFText_GetFontWeight", _INT, _VP, _INT)
_SKIPPED = frozenset((0, 10, 13, 0xFFFE, 0xFFFF))

try:
    from . import _pdfium_chars as _native
except ImportError:  # built without a C compiler: the Python loop serves
    _native = None  # type: ignore[assignment]
# the PDFium functions the C loop calls, in the order it takes their addresses
FUNCTIONS = ("FPDFText_CountChars", "FPDFText_GetText", "FPDFText_GetUnicode", "FPDFText_GetLooseCharBox",
             "FPDFText_GetTextObject", "FPDFText_GetCharOrigin", "FPDFText_IsGenerated", "FPDFText_GetMatrix",
             "FPDFTextObj_GetFontSize", "FPDFTextObj_GetFont", "FPDFFont_GetDescent", "FPDFText_GetFontInfo",
             "FPDFText_GetFontWeight")
_ADDRESSES = tuple(ctypes.cast(getattr(_LIB, name), ctypes.c_void_p).value for name in FUNCTIONS)


class _Fonts:
    """Per page: font name (with weight), effective size, descent and uprightness, per text object."""

    def __init__(self, textpage: int):
        self.textpage = textpage
        self.names: dict[int, str] = {}
        self.descents: dict[tuple[int, float], float] = {}
        self.buf = ctypes.create_string_buffer(_FONT_BUF)
        self.matrix = raw.FS_MATRIX()
        self.size = ctypes.c_float()
        self.descent = ctypes.c_float()

    def metrics(self, i: int, obj: int) -> tuple[str, float, float, bool]:
        """pdfminer measures a character from its baseline: its box is the effective font size tall (the
        font size scaled by the text matrix) and sits the font's descent below the baseline."""
        m = self.matrix
        _char_matrix(self.textpage, i, ctypes.addressof(m))
        scale = abs(m.a * m.d - m.b * m.c) ** 0.5 or 1.0
        _obj_font_size(obj, ctypes.addressof(self.size))
        size = self.size.value
        font = _obj_font(obj) or 0
        name = self.names.get(font)
        if name is None:
            _font_info(self.textpage, i, ctypes.addressof(self.buf), _FONT_BUF, None)
            name = self.buf.value.decode("utf-8", "replace")
            if _font_weight(self.textpage, i) >= _WEIGHT_BOLD and "bold" not in name.lower():
                name += ",Bold"
            self.names[font] = name
        descent = self.descents.get((font, size))
        if descent is None:
            descent = 0.0
            if font and _font_descent(font, size, ctypes.addressof(self.descent)):
                descent = self.descent.value
            self.descents[(font, size)] = descent
        return name, size * scale, -descent * scale, abs(m.b) < 1e-6 and abs(m.c) < 1e-6


def page_chars(textpage, page_height: float, native: bool = True) -> list[dict]:
    """Every character of the page with its box, size and font name (``native=False``: the Python loop
    even where the C one is built)."""
    handle = getattr(textpage, "raw", textpage)  # the bare handle: no wrapper conversion on every call
    if native and _native is not None:
        return _native.page_chars(ctypes.cast(handle, ctypes.c_void_p).value or 0, page_height, _ADDRESSES)
    n = raw.FPDFText_CountChars(handle)
    if n <= 0:
        return []
    buf = ctypes.create_string_buffer((n + 1) * 2)
    raw.FPDFText_GetText(handle, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    codes = memoryview(buf.raw).cast("H").tolist()
    tp = ctypes.cast(handle, ctypes.c_void_p).value or 0
    rect = raw.FS_RECTF()
    rect_at = ctypes.addressof(rect)
    fonts = _Fonts(tp)
    by_object: dict[int, tuple] = {}  # text object -> (font, size, descent, upright, top, bottom)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_at, oy_at = ctypes.addressof(ox), ctypes.addressof(oy)
    loose_box, text_object, skipped = _loose_box, _text_object, _SKIPPED
    out: list[dict] = []
    append = out.append
    prev: dict | None = None
    for i in range(n):
        code = codes[i]
        if code == 0xFFFE:  # GetText writes U+FFFE where GetUnicode gives U+0002, a line-end hyphen
            code = _char_unicode(tp, i)
        if code in skipped or 0xDC00 <= code <= 0xDFFF:
            continue
        if 0xD800 <= code <= 0xDBFF:  # a surrogate pair: the next index holds the low half
            low = codes[i + 1] if i + 1 < n else 0
            if not 0xDC00 <= low <= 0xDFFF:
                continue
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        loose_box(tp, i, rect_at)
        left, right = rect.left, rect.right
        if code == 32 and prev is not None and (_is_generated(tp, i) or right - left < 0.01
                                                or rect.top - rect.bottom < 0.01):
            # a space PDFium infers, or one drawn without a box: it separates words on its line
            x1 = prev["x1"]
            prev = {**prev, "text": " ", "x0": x1, "x1": x1 + prev["size"] / 4}
            append(prev)
            continue
        obj = text_object(tp, i) or 0
        m = by_object.get(obj)
        if m is None:  # a text object shows its characters on one baseline: read it at its first character
            _char_origin(tp, i, ox_at, oy_at)
            name, size, descent, upright = fonts.metrics(i, obj)
            bottom = page_height - oy.value + descent
            m = by_object[obj] = (name, size, upright, bottom - size, bottom)
        prev = {"text": "-" if code == 2 else chr(code),  # PDFium reports a line-end hyphen as U+0002
                "x0": left, "x1": right, "top": m[3], "bottom": m[4], "upright": m[2], "size": m[1],
                "fontname": m[0]}
        append(prev)
    return out


# path objects, read with bare handles as the characters are
_page_count_objects = _proto("FPDFPage_CountObjects", _INT, _VP)
_page_object = _proto("FPDFPage_GetObject", _VP, _VP, _INT)
_form_count_objects = _proto("FPDFFormObj_CountObjects", _INT, _VP)
_form_object = _proto("FPDFFormObj_GetObject", _VP, _VP, ctypes.c_ulong)
_object_type = _proto("FPDFPageObj_GetType", _INT, _VP)
_object_matrix = _proto("FPDFPageObj_GetMatrix", _INT, _VP, _VP)
_count_segments = _proto("FPDFPath_CountSegments", _INT, _VP)
_segment = _proto("FPDFPath_GetPathSegment", _VP, _VP, _INT)
_segment_point = _proto("FPDFPathSegment_GetPoint", _INT, _VP, _VP, _VP)
_segment_type = _proto("FPDFPathSegment_GetType", _INT, _VP)
_segment_close = _proto("FPDFPathSegment_GetClose", _INT, _VP)
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class _Paths:
    """The buffers one page's path reading fills, made once per page."""

    def __init__(self):
        self.matrix = raw.FS_MATRIX()
        self.matrix_at = ctypes.addressof(self.matrix)
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.x_at, self.y_at = ctypes.addressof(self.x), ctypes.addressof(self.y)

    def matrix_of(self, obj) -> tuple[float, float, float, float, float, float]:
        m = self.matrix
        if not _object_matrix(obj, self.matrix_at):
            return _IDENTITY
        return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner, outer):
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_edges(obj, matrix, page_height: float, out: list[dict], buf: _Paths, tol: float = 0.5) -> None:
    a, b, c, d, e, f = matrix
    x, y, x_at, y_at = buf.x, buf.y, buf.x_at, buf.y_at
    moveto = raw.FPDF_SEGMENT_MOVETO
    start = prev = None
    for k in range(_count_segments(obj)):
        seg = _segment(obj, k)
        if not _segment_point(seg, x_at, y_at):
            continue
        px, py = x.value, y.value
        pt = (a * px + c * py + e, page_height - (b * px + d * py + f))
        if _segment_type(seg) == moveto:
            start = prev = pt
            continue
        if prev is not None:
            _edge(prev, pt, out, tol)
        prev = pt
        if _segment_close(seg) and start is not None:
            _edge(pt, start, out, tol)
            prev = start


def _edge(p, q, out: list[dict], tol: float) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= tol and abs(x0 - x1) > tol:
        lo, hi = sorted((x0, x1))
        top = min(y0, y1)
        out.append({"x0": lo, "x1": hi, "top": top, "bottom": top, "width": hi - lo, "height": 0.0,
                    "orientation": "h", "object_type": "line"})
    elif abs(x0 - x1) <= tol and abs(y0 - y1) > tol:
        top, bottom = sorted((y0, y1))
        out.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
                    "orientation": "v", "object_type": "line"})


def page_edges(page_raw, page_height: float, max_objects: int = 200_000) -> list[dict]:
    """Axis-aligned straight segments of every path on the page (form XObjects followed)."""
    out: list[dict] = []
    buf = _Paths()
    page = ctypes.cast(page_raw, ctypes.c_void_p).value
    stack: list[tuple[int | None, tuple, int]] = [(None, _IDENTITY, 0)]  # (form object or the page, matrix, depth)
    seen = 0
    while stack:
        form, matrix, depth = stack.pop()
        count = _form_count_objects(form) if form is not None else _page_count_objects(page)
        for k in range(count):
            seen += 1
            if seen > max_objects:
                return out
            obj = _form_object(form, k) if form is not None else _page_object(page, k)
            kind = _object_type(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                _path_edges(obj, _compose(buf.matrix_of(obj), matrix), page_height, out, buf)
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 8:
                stack.append((obj, _compose(buf.matrix_of(obj), matrix), depth + 1))
    return out


def pdfium_pages(data: bytes, name: str) -> Iterator[tuple[float, float, list[dict], list[dict]]]:
    """(width, height, chars, edges) of every page; the document and each page closed as soon as read."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise BadInputError(name, "encrypted PDF (a password is needed to read it)", kind="encrypted") from exc
        raise DamagedPdfError(name, UNREADABLE_STRUCTURE) from exc
    i = 0
    try:
        check_page_count(name, len(pdf))
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                if not raw.FPDFPage_GetMediaBox(page.raw, *(ctypes.byref(ctypes.c_float()) for _ in range(4))):
                    raise DamagedPdfError(name, f"{NO_MEDIABOX} on page {i + 1}")  # PDFium would take US Letter
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    chars = page_chars(textpage, height)
                finally:
                    textpage.close()
                edges = page_edges(page.raw, height)
            finally:
                page.close()
            yield width, height, chars, edges
    except pdfium.PdfiumError as exc:
        raise DamagedPdfError(name, unreadable_page(i + 1)) from exc
    finally:
        pdf.close()
