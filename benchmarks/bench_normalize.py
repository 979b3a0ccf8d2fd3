"""Throughput of ``bnclean.normalize`` against plain NFC on real Bengali news paragraphs.

Measures, in the same run and on the same paragraphs, MB/s (UTF-8 bytes of input per
second) of:

* ``unicodedata.normalize("NFC", p)`` (the standard library), the baseline;
* ``unicodedata2.normalize("NFC", p)``;
* ``bnclean.normalize(p)`` with default options, and a few option sets;

one call per text, best of several repeats, on ``../shared/data/corpus/bdnews-bn.jsonl``
(beside the project). A text is, with ``--unit``: ``fields`` (the default: headline,
sub_title and article_body of each article, separately; bodies are single lines),
``chunks`` (the paragraphs of benchmarks/run.py: bodies cut into ~400-character pieces at
sentence ends, plus headlines) or ``documents`` (run.py's: the fields of an article as the
lines of one text); several units may be given (the target of the fast path is measured
with ``--unit chunks documents``). Prints the ratio normalize / NFC for each. Usage, from
the project root:

    .venv/bin/python benchmarks/bench_normalize.py [--unit chunks documents] [--repeats 7] [--steps]

It also profiles the default sub-steps one by one (``--steps``): how often each changes
a paragraph and how long it takes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import unicodedata2

import bnclean

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bdnews-bn.jsonl"


def load_texts(path: Path, unit: str) -> list[str]:
    """The texts of the corpus, one per call: ``fields`` (headline, sub_title and
    article_body separately), ``chunks`` (the paragraphs of benchmarks/run.py: bodies cut
    into ~400-character paragraphs at sentence ends) or ``documents`` (run.py's: the
    fields of an article as the lines of one text)."""
    if unit != "fields":
        from run import load_news  # the units of the project benchmark, measured alike

        documents, paragraphs = load_news(path, 0)
        return documents if unit == "documents" else paragraphs
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            for field in ("headline", "sub_title", "article_body"):
                value = article.get(field)
                if value and value.strip():
                    texts.append(value)
    return texts


def best_seconds(func: Callable[[str], str], paragraphs: list[str], repeats: int) -> float:
    """The shortest of ``repeats`` runs over all paragraphs, in CPU time of this process
    (wall time on a shared machine also counts the time other processes ran)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for paragraph in paragraphs:
            func(paragraph)
        best = min(best, time.process_time() - start)
    return best


def profile_steps(paragraphs: list[str], repeats: int) -> None:
    step = bnclean.Normalize()
    inputs = paragraphs
    print(f"\n{'sub-step':<24} {'changed':>8} {'ms':>8}")
    for name, func in step.steps:
        seconds = best_seconds(func, inputs, repeats)
        outputs = [func(p) for p in inputs]
        changed = sum(a != b for a, b in zip(inputs, outputs))
        print(f"{name:<24} {changed:>8} {seconds * 1e3:>8.2f}")
        inputs = outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--unit", choices=("fields", "chunks", "documents"), nargs="+",
                        default=["fields"],
                        help="what one call gets (default: each field of an article)")
    parser.add_argument("--steps", action="store_true", help="profile the sub-steps too")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (it lives in ../shared beside the project)")
        return 1
    for unit in args.unit:
        measure(args.corpus, unit, args.repeats, args.steps)
    return 0


def measure(corpus: Path, unit: str, repeats: int, steps: bool) -> None:
    """Print the speed of NFC and of normalize on the texts of one unit, and the ratio."""
    paragraphs = load_texts(corpus, unit)
    megabytes = sum(len(p.encode("utf-8")) for p in paragraphs) / 1e6
    chars = sum(map(len, paragraphs))
    print(f"corpus: {corpus.name}, {len(paragraphs)} {unit}, {chars} characters, "
          f"{megabytes:.2f} MB UTF-8; best of {repeats}; Python {sys.version.split()[0]}")

    candidates: list[tuple[str, Callable[[str], str]]] = [
        ("unicodedata.normalize NFC", lambda p: unicodedata.normalize("NFC", p)),
        ("unicodedata2.normalize NFC", lambda p: unicodedata2.normalize("NFC", p)),
        ("bnclean.normalize()", bnclean.normalize),
        ("Normalize() instance", bnclean.Normalize()),
        ("normalize(digits='to_ascii')", lambda p: bnclean.normalize(p, digits="to_ascii")),
        ("normalize(nukta_form='composed')",
         lambda p: bnclean.normalize(p, nukta_form="composed")),
    ]
    for _, func in candidates:
        func(paragraphs[0])  # warm caches (lru_cache, lazy imports)
    # Interleaved: each repeat times every candidate once, so that a change in the load of
    # a shared machine hits all of them alike; the best of the repeats is kept.
    best = [float("inf")] * len(candidates)
    for _ in range(repeats):
        for i, (_, func) in enumerate(candidates):
            best[i] = min(best[i], best_seconds(func, paragraphs, 1))
    results = {}
    for (label, _), seconds in zip(candidates, best):
        results[label] = megabytes / seconds
        print(f"{label:<36} {megabytes / seconds:8.1f} MB/s")
    ratio = results["bnclean.normalize()"] / results["unicodedata.normalize NFC"]
    print(f"\nratio normalize() / unicodedata.normalize('NFC') ({unit}): {ratio:.2f}x\n")
    if steps:
        profile_steps(paragraphs, repeats)


if __name__ == "__main__":
    raise SystemExit(main())
