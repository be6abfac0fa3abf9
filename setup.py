"""The compiled parts of minutes-kg (everything else is declared in pyproject.toml).

Two loops of the parser in C: the PDFium characters of a page (extractor/_pdfium_chars.c) and the text lines
they make (extractor/_text_lines.c). Both are optional: where they cannot be built (no C compiler),
installation goes on and the same loops run in Python.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension(f"minutes_kg.extractor.{name}", [f"extractor/{name}.c"], optional=True)
                   for name in ("_pdfium_chars", "_text_lines")])
