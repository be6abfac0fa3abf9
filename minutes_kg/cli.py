"""The `minutes-kg` command: a thin layer over the library.

Exit status: 0 success; 1 some inputs failed in a batch; 2 usage error; 3 the input
could not be read as minutes (named in a one-line error); 4 the record failed validation.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from minutes_kg import __version__
from minutes_kg.extractor.errors import BadInputError
from minutes_kg.extractor.schema import InvalidRecordError

EXIT_SOME_FAILED = 1
EXIT_BAD_INPUT = 3
EXIT_INVALID = 4


def _fail(message: str, code: int) -> None:
    click.echo(f"minutes-kg: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutes-kg")
def main() -> None:
    """Turn governance meeting minutes (PDF) into a knowledge graph with provenance.

    \b
    Typical use:
      minutes-kg extract samples/dag026.pdf                 # a readable summary
      minutes-kg extract samples/dag026.pdf --format json   # the meeting record
      minutes-kg evaluate tests/gold/DAG026.json samples/dag026.pdf
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["summary", "json"]), default="summary", show_default=True,
              help="summary: an overview for a person; json: the validated record (one per line when "
                   "several files are given).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Write JSON records into this folder as <meeting id>.json instead of stdout.")
def extract(files: tuple[Path, ...], fmt: str, out: Path | None) -> None:
    """Extract one meeting record per minutes PDF.

    Each record is validated against extractor/record.schema.json before it is printed.
    A file that is not usable minutes (not a PDF, encrypted, no text layer, truncated,
    not minutes) is reported on stderr as `FILE: reason`; the others are still done.

    \b
    Examples:
      minutes-kg extract samples/dag026.pdf --format json > dag026.json
      minutes-kg extract samples/*.pdf --out records/
    """
    from minutes_kg.extractor.record import extract as extract_record
    from minutes_kg.extractor.summary import summarise

    failed = 0
    for f in files:
        try:
            record = extract_record(f)
        except BadInputError as exc:
            click.echo(f"minutes-kg: error: {exc}", err=True)
            failed += 1
            continue
        except InvalidRecordError as exc:
            click.echo(f"minutes-kg: error: {exc}", err=True)
            failed += 1
            continue
        if out:
            out.mkdir(parents=True, exist_ok=True)
            target = out / f"{record['meeting']['id']}.json"
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
            tmp.replace(target)
            click.echo(f"{f} -> {target}", err=True)
        elif fmt == "json":
            indent = 1 if len(files) == 1 else None
            click.echo(json.dumps(record, indent=indent, ensure_ascii=False))
        else:
            click.echo(summarise(record))
            if len(files) > 1:
                click.echo("")
    if failed:
        sys.exit(EXIT_BAD_INPUT if failed == len(files) else EXIT_SOME_FAILED)


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("record", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="List every missing, extra and wrong item.")
def evaluate(gold: Path, record: Path, fmt: str, verbose: bool) -> None:
    """Score RECORD (a record .json, or a minutes .pdf to extract) against a GOLD record.

    Prints precision, recall and F1 per entity type (people, actions, decisions,
    ballots, change requests, documents, votes, narrative relations) and the accuracy
    of attributes over matched items (initials, role, owner, due, outcome, position...).

    \b
    Example:
      minutes-kg evaluate tests/gold/DAG026.json samples/dag026.pdf -v
    """
    from minutes_kg.extractor.evaluate import evaluate as score
    from minutes_kg.extractor.evaluate import format_scores, load_record

    try:
        gold_record = json.loads(gold.read_text())
    except json.JSONDecodeError as exc:
        _fail(f"{gold}: not valid JSON ({exc.msg} at line {exc.lineno})", EXIT_BAD_INPUT)
    try:
        predicted = load_record(record)
    except BadInputError as exc:
        _fail(str(exc), EXIT_BAD_INPUT)
    except json.JSONDecodeError as exc:
        _fail(f"{record}: not valid JSON ({exc.msg} at line {exc.lineno})", EXIT_BAD_INPUT)
    scores = score(gold_record, predicted)
    if fmt == "json":
        click.echo(json.dumps(scores, indent=1))
    else:
        click.echo(format_scores(scores, verbose=verbose))


if __name__ == "__main__":  # pragma: no cover
    main()
