"""The ``bnclean`` command line: clean or split whole files and corpora.

    bnclean demo                         # clean the bundled sample page and print it
    bnclean clean page.txt               # one document per file, to stdout
    bnclean clean corpus.jsonl -o out.jsonl --field text
    bnclean clean big.txt --format lines -o out.txt   # each line is a document
    bnclean split article.txt            # one sentence per line

Output files are written to a temporary file beside the target and renamed into place only
when the whole run succeeded, so an interrupted or failed run never leaves a truncated
file that looks complete. A malformed record is reported with its line number.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from typing import IO, Any

from . import __version__
from .pipeline import CAPTION_MODES, Pipeline, build_pipeline

FORMATS = ("text", "lines", "jsonl")


class InputError(Exception):
    """A record that cannot be read; the message names the file and line."""


def sample_page() -> str:
    """The bundled sample: a scraped Bengali news page written for bnclean."""
    return resources.files("bnclean").joinpath("data/sample_page.txt").read_text("utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bnclean",
        description="Clean Bengali (Bangla) text: Unicode repairs, caption dedup, "
        "boilerplate stripping, sentence splitting.",
    )
    parser.add_argument("--version", action="version", version=f"bnclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    demo = sub.add_parser("demo", help="clean the bundled sample page and print the result")
    demo.add_argument("--explain", action="store_true", help="also say which step removed what")
    demo.add_argument("--raw", action="store_true", help="print the raw sample page first")

    for name, help_text in (
        ("clean", "clean documents (the whole clean() pipeline)"),
        ("split", "split text into sentences, one per line"),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("inputs", nargs="*", metavar="INPUT",
                         help="input files (default: standard input; '-' is standard input)")
        cmd.add_argument("-o", "--output", metavar="PATH",
                         help="write here (atomically) instead of standard output")
        cmd.add_argument("--format", choices=FORMATS,
                         help="text: each input is one document; lines: each line is a "
                         "document; jsonl: one JSON object a line (default: jsonl for "
                         "*.jsonl inputs, else text)")
        cmd.add_argument("--field", default="text",
                         help="jsonl: the field to clean (default: text)")
        cmd.add_argument("--output-field", metavar="NAME",
                         help="jsonl: write the result to this field (default: replace --field)")
        cmd.add_argument("--on-error", choices=("fail", "skip", "keep"), default="fail",
                         help="a malformed record: fail (default; no output is written), "
                         "skip it, or keep it unchanged; always reported with its line number")
        if name == "clean":
            cmd.add_argument("--captions", choices=CAPTION_MODES, default="dedup")
            cmd.add_argument("--no-boilerplate", action="store_true",
                             help="keep site chrome (navigation, share prompts, timestamps)")
            cmd.add_argument("--sentences", action="store_true",
                             help="write one sentence per line")
        cmd.add_argument("--normalize", action="store_true",
                         help="split: normalize characters before splitting")
        cmd.add_argument("--digits", choices=("keep", "to_ascii", "to_bengali"), default="keep")
        cmd.add_argument("--quotes", choices=("ascii", "keep"), default="ascii")
        cmd.add_argument("--nukta-form", choices=("decomposed", "composed"),
                         default="decomposed")
        cmd.add_argument("--lang", choices=("bn", "as"), default="bn")
        cmd.add_argument("--fix-mojibake", action="store_true")
    return parser


def _normalize_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for name, default in (("digits", "keep"), ("quotes", "ascii"),
                          ("nukta_form", "decomposed"), ("lang", "bn")):
        value = getattr(args, name)
        if value != default:
            options[name] = value
    if args.fix_mojibake:
        options["fix_mojibake"] = True
    return options


def _transform(args: argparse.Namespace) -> Callable[[str], str]:
    options = _normalize_options(args)
    if args.command == "clean":
        return build_pipeline(
            captions=args.captions,
            boilerplate=not args.no_boilerplate,
            one_sentence_per_line=args.sentences,
            **options,
        )
    from .characters import Normalize
    from .sentences import split_sentences

    normalize: Callable[[str], str] | None = (
        Normalize(**options) if (args.normalize or options) else None
    )

    def split(text: str) -> str:
        if normalize is not None:
            text = normalize(text)
        return "\n".join(split_sentences(text))

    return split


@contextmanager
def _open_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file renamed to ``path`` only on success."""
    if path is None or path == "-":
        yield sys.stdout
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".bnclean-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _open_input(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


def _lines(handle: IO[bytes], name: str) -> Iterator[tuple[int, str]]:
    """Number and decode the lines of ``handle``; a line that is not UTF-8 is an ``InputError``."""
    for line_no, raw in enumerate(handle, 1):
        try:
            yield line_no, raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(
                f"{name}:{line_no}: not valid UTF-8 ({err.reason} at byte {err.start + 1} of "
                "the line); convert the file to UTF-8 first, e.g. with iconv"
            ) from None


def _report(args: argparse.Namespace, message: str) -> None:
    action = {"skip": "skipped", "keep": "kept unchanged"}.get(args.on_error, "")
    print(f"bnclean: {message}" + (f" ({action})" if action else ""), file=sys.stderr)


def _run_jsonl(args: argparse.Namespace, transform: Callable[[str], str],
               handle: IO[bytes], name: str, out: IO[str]) -> int:
    bad = 0
    out_field = args.output_field or args.field
    for line_no, line in _lines(handle, name):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(f"{name}:{line_no}: expected a JSON object, "
                                 f"got {type(record).__name__}")
            if args.field not in record:
                raise InputError(f"{name}:{line_no}: no field {args.field!r} "
                                 f"(fields: {', '.join(map(str, record)) or 'none'}); "
                                 "choose one with --field")
            value = record[args.field]
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise InputError(f"{name}:{line_no}: field {args.field!r} is "
                                 f"{type(value).__name__}, not a string")
        except (json.JSONDecodeError, InputError) as err:
            message = (str(err) if isinstance(err, InputError)
                       else f"{name}:{line_no}: not valid JSON ({err.msg} at column {err.colno})")
            if args.on_error == "fail":
                raise InputError(message) from None
            bad += 1
            _report(args, message)
            if args.on_error == "keep":
                out.write(line if line.endswith("\n") else line + "\n")
            continue
        record[out_field] = transform(value)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return bad


def _run(args: argparse.Namespace) -> int:
    transform = _transform(args)
    inputs = args.inputs or ["-"]
    bad = 0
    with _open_output(args.output) as out:
        for path in inputs:
            fmt = args.format or ("jsonl" if path.endswith(".jsonl") else "text")
            name = "<stdin>" if path == "-" else path
            try:
                handle = _open_input(path)
            except OSError as err:
                raise InputError(f"{name}: cannot open ({err.strerror})") from None
            with handle:
                if fmt == "jsonl":
                    bad += _run_jsonl(args, transform, handle, name, out)
                elif fmt == "lines":
                    for _, line in _lines(handle, name):
                        out.write(transform(line.rstrip("\r\n")) + "\n")
                else:
                    text = "".join(line for _, line in _lines(handle, name))
                    result = transform(text)
                    out.write(result + "\n" if result else "")
    if bad:
        print(f"bnclean: {bad} malformed record(s) reported above", file=sys.stderr)
    return 0


def _demo(args: argparse.Namespace) -> int:
    page = sample_page()
    pipeline: Pipeline = build_pipeline()
    if args.raw:
        print("--- raw page ---")
        print(page.rstrip("\n"))
        print("--- clean(page) ---")
    print(pipeline(page))
    if args.explain:
        print("--- explain ---")
        print(pipeline.explain(page))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``bnclean`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        return _run(args)
    except InputError as err:
        print(f"bnclean: error: {err}", file=sys.stderr)
        if getattr(args, "output", None):
            print(f"bnclean: {args.output} was not written", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bnclean: interrupted; no output file was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
