"""Throughput of the line steps of ``clean`` (strip_boilerplate, dedup_captions, tidy_layout)
and of ``clean`` itself, as ratios to NFC timed in alternation in the same process.

    python benchmarks/bench_lines.py [--repeats 5] [--limit 0]

CPU time (``time.process_time``), best of N passes, one call per text; the machine is shared,
so read the ratios. Units: whole corpus documents and run.py's paragraphs (the shared bdnews
corpus, if present), and the dev pages of tests/data/documents.jsonl. The steps are timed on
the text they get inside ``clean`` (after ``normalize``); ``clean - <step>`` is the pipeline
of ``clean`` without that step, which shows what the step costs inside ``clean``.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import SHARED_CORPUS, load_news  # noqa: E402

import bnclean  # noqa: E402
from bnclean import boilerplate, captions  # noqa: E402
from bnclean.layout import tidy_layout  # noqa: E402


def best_of(repeats: int, func, items, texts) -> tuple[float, float]:
    """Best CPU seconds of ``func`` over ``items`` and of NFC over ``texts``, passes
    interleaved (one of each per repeat)."""
    best = base = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            for which, f, xs in (("base", nfc, texts), ("func", func, items)):
                clear_caches()
                start = time.process_time()
                for t in xs:
                    f(t)
                took = time.process_time() - start
                if which == "base":
                    base = min(base, took)
                else:
                    best = min(best, took)
    finally:
        gc.enable()
    return best, base


def clear_caches() -> None:
    """Empty the line steps' small caches, so that a pass does not reuse the last one's."""
    captions._reduce_cached.cache_clear()
    captions._is_plain.cache_clear()
    boilerplate._is_timestamp.cache_clear()


def nfc(t: str) -> str:
    return unicodedata.normalize("NFC", t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    sets = {}
    corpus = (HERE.parent / SHARED_CORPUS) if not SHARED_CORPUS.is_absolute() else SHARED_CORPUS
    if not corpus.exists():
        corpus = Path("/work/shared/data/corpus/bdnews-bn.jsonl")
    if corpus.exists():
        docs, paras = load_news(corpus, args.limit)
        sets["corpus documents"] = docs
        sets["corpus paragraphs"] = paras
    dev = HERE.parent / "tests" / "data" / "documents.jsonl"
    sets["dev pages"] = [json.loads(line)["raw"] for line in dev.open(encoding="utf-8")]
    pipe = bnclean.build_pipeline()
    funcs = [
        ("strip_boilerplate", pipe.steps[1], True),
        ("dedup_captions", pipe.steps[2], True),
        ("tidy_layout", tidy_layout, True),
        ("clean", bnclean.clean, False),
    ]
    for label, texts in sets.items():
        normed = [bnclean.normalize(t) for t in texts]
        nbytes = sum(len(t.encode()) for t in texts) / 1e6
        print(f"\n{label}: {len(texts)} texts, {nbytes:.2f} MB")
        for name, func, on_normed in funcs:
            best, base = best_of(args.repeats, func, normed if on_normed else texts, texts)
            print(f"  {name:18s} {nbytes / best:8.1f} MB/s  ratio to NFC {base / best:5.2f}"
                  f"  (NFC {nbytes / base:5.1f} MB/s)")
        best, base = best_of(args.repeats, lambda _: bnclean.clean_many(texts), [None], texts)
        print(f"  {'clean_many':18s} {nbytes / best:8.1f} MB/s  ratio to NFC {base / best:5.2f}")
        # what each step adds to clean: the pipeline without it, on the raw texts (the
        # budget of a step is the time NFC takes, less the other steps')
        for left_out in pipe.names[1:]:
            rest = bnclean.Pipeline([(n, f) for n, f in zip(pipe.names, pipe.steps) if n != left_out])
            best, base = best_of(args.repeats, rest, texts, texts)
            print(f"  {'clean - ' + left_out:26s} {nbytes / best:8.1f} MB/s  ratio to NFC {base / best:5.2f}")


if __name__ == "__main__":
    main()
