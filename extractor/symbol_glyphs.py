"""Symbol-font glyphs (Wingdings ticks and crosses) as the Unicode characters they show.

Word writes a tick typed in Wingdings as the font's own code: in the PDF text layer it comes out
as a private-use code point (U+F0FC, the symbol-font range U+F000 + code) or, in some fonts, as
the plain Latin-1 letter of that code ('ü' for the tick, 'þ' for the checked box). Either way a
reader sees a stray letter where the page shows a tick. ``normalise_chars`` maps such characters,
in place, to the marks they show before lines and table cells are built from them. A private-use
code point is mapped whatever the font (after font substitution the font name no longer says
Wingdings, but the code point still does); a Latin-1 letter only when its font is a symbol font.
"""

from __future__ import annotations

TICK, CROSS, BOX, BOX_TICK, BOX_CROSS = "✔", "✘", "☐", "☑", "☒"

# symbol font family -> {font code: what the glyph shows}
GLYPHS = {
    "wingdings": {0xFC: TICK, 0xFB: CROSS, 0xFD: BOX_CROSS, 0xFE: BOX_TICK, 0xA8: BOX, 0x6F: BOX, 0x78: BOX_CROSS},
    "wingdings2": {0x50: TICK, 0x4F: CROSS, 0x52: BOX_TICK, 0x53: BOX_CROSS, 0x54: BOX_CROSS, 0xA3: BOX},
    "symbol": {0xD6: "√"},
}


def font_family(fontname: str) -> str | None:
    """'ABCDEF+Wingdings-Regular' -> 'wingdings'; None for a text font."""
    f = fontname.split("+", 1)[-1].lower().replace(" ", "").replace("-", "").replace("_", "")
    if f.startswith("wingdings2"):
        return "wingdings2"
    if f.startswith("wingdings"):
        return "wingdings"
    if f.startswith("symbol") or f.startswith("symbolmt"):
        return "symbol"
    return None


def glyph(text: str, fontname: str, family: str | None = None) -> str | None:
    """The mark one character shows, or None when it is ordinary text."""
    if len(text) != 1:
        return None
    code = ord(text)
    family = family or font_family(fontname)
    if 0xF020 <= code <= 0xF0FF:
        return GLYPHS[family or "wingdings"].get(code - 0xF000)
    if family and code < 0x100:
        return GLYPHS[family].get(code)
    return None


def normalise_chars(chars: list[dict]) -> None:
    """Replace symbol-font glyphs in pdfplumber char dicts by the marks they show (in place)."""
    families: dict[str, str | None] = {font: font_family(font) for font in {c.get("fontname") or "" for c in chars}}
    if not any(families.values()):  # no symbol font on the page: only private-use code points can be glyphs
        chars = [c for c in chars if "\uf020" <= c["text"] <= "\uf0ff"]
    for c in chars:
        t = c["text"]
        if len(t) != 1 or ord(t) > 0xF0FF or 0xFF < ord(t) < 0xF020:
            continue
        font = c.get("fontname") or ""
        if font not in families:
            families[font] = font_family(font)
        family = families[font]
        if family is None and ord(t) < 0x100:
            continue  # a Latin-1 letter in a text font is a letter
        mark = glyph(t, font, family)
        if mark:
            c["text"] = mark
