"""Every file a user can feed in gets a one-line error naming the file and the reason."""

import re

import pytest
from conftest import cli
from minutes_kg.extractor.errors import BadInputError, NotMinutesError
from minutes_kg.extractor.record import extract

CASES = {
    "notes": ("not-pdf", "not a PDF"),
    "empty": ("empty", "empty file"),
    "encrypted": ("encrypted", "encrypted PDF"),
    "scanned": ("no-text", "no text layer"),
    "truncated": ("truncated", "truncated PDF"),
    "letter": ("not-minutes", "not meeting minutes"),
    "damaged": ("damaged", "damaged PDF"),
    "mediabox_missing": ("damaged", "damaged PDF"),
}

# the whole reason of each damaged file, in words, the same from both parsers
REASONS = {
    "damaged": "damaged PDF (its cross-reference table, catalog or page tree cannot be read)",
    "mediabox_missing": "damaged PDF (no page size: MediaBox missing on page 1)",
}
PARSERS = ("pdfium", "pdfplumber")


@pytest.mark.parametrize("name", sorted(CASES))
def test_library_raises_a_named_reason(bad_inputs, name):
    kind, words = CASES[name]
    with pytest.raises(BadInputError) as info:
        extract(bad_inputs[name])
    assert info.value.kind == kind
    assert words in str(info.value)
    assert str(bad_inputs[name]) in str(info.value)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("name", sorted(REASONS))
def test_damaged_pdf_reason_is_worded_alike_by_both_parsers(bad_inputs, name, parser):
    with pytest.raises(BadInputError) as info:
        extract(bad_inputs[name], parser=parser)
    assert str(info.value) == f"{bad_inputs[name]}: {REASONS[name]}"


@pytest.mark.parametrize("parser", PARSERS)
def test_no_reason_names_a_python_exception(bad_inputs, parser):
    for name, path in bad_inputs.items():
        try:
            extract(path, parser=parser)
        except BadInputError as exc:
            assert not re.search(r"\b[A-Z]\w*(Error|Exception|EOF)\b|\w+\(", exc.reason), (name, exc.reason)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("name", sorted(REASONS))
def test_damaged_pdf_gives_one_line_and_no_parser_log(bad_inputs, name, parser):
    result = cli("--parser", parser, "extract", str(bad_inputs[name]), "--format", "json")
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == f"minutes-kg: error: {bad_inputs[name]}: {REASONS[name]}\n"


def test_letter_is_refused_as_not_minutes(bad_inputs):
    with pytest.raises(NotMinutesError):
        extract(bad_inputs["letter"])


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_prints_one_line_and_exits_non_zero(bad_inputs, name):
    result = cli("extract", str(bad_inputs[name]), "--format", "json")
    assert result.returncode == 3
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad_inputs[name]) in lines[0] and CASES[name][1] in lines[0]


def test_one_bad_file_does_not_stop_the_others(bad_inputs, root):
    result = cli("extract", str(bad_inputs["notes"]), "samples/dag026.pdf", "--format", "json")
    assert result.returncode == 1  # some failed
    assert '"DAG026"' in result.stdout
    assert "notes.pdf" in result.stderr


def test_missing_file(tmp_path):
    result = cli("extract", str(tmp_path / "nope.pdf"))
    assert result.returncode == 3
    assert "no such file" in result.stderr
