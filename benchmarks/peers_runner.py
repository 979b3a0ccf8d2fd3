"""Time one peer library inside its own virtual environment (run by ``run.py``, not by hand).

    benchmarks/.envs/norm-<peer>/bin/python benchmarks/peers_runner.py <peer> <texts.json>

``texts.json`` holds ``{"paragraphs": [...], "documents": [...]}``, the same texts bnclean is
timed on. The network is blocked before the peer is imported (a peer that tries to download
is refused, and the attempts are reported). ``unicodedata.normalize("NFC")`` is timed in
this same process, before and after the peer, so the peer's ratio to NFC is comparable with
bnclean's. Prints one JSON line on stdout. Standard library only, apart from the peer.
"""

from __future__ import annotations

import argparse
import functools
import importlib.metadata
import json
import platform
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable
from typing import Any

from bench_timing import block_network, measure, utf8_bytes

Func = Callable[[str], Any]


# --- adapters: each returns [(row name, function, kind)]; kind "normalize" or "sentences" ---

def _bnlp() -> list[tuple[str, Func, str]]:
    from bnlp import CleanText

    return [("CleanText()", CleanText(), "normalize")]


def _csebuetnlp() -> list[tuple[str, Func, str]]:
    from normalizer import normalize

    return [("normalize", normalize, "normalize")]


def _bkit() -> list[tuple[str, Func, str]]:
    import bkit

    return [("transform.Normalizer()", bkit.transform.Normalizer(), "normalize")]


def _bnunicodenormalizer() -> list[tuple[str, Func, str]]:
    from bnunicodenormalizer import Normalizer

    bnorm = Normalizer()

    def by_word(text: str) -> str:
        # Its documented use: one word at a time; a word it rejects comes back as None.
        return " ".join(bnorm(word)["normalized"] or "" for word in text.split())

    return [("Normalizer() word by word", by_word, "normalize")]


def _indicnlp() -> list[tuple[str, Func, str]]:
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory
    from indicnlp.tokenize import sentence_tokenize

    norm = IndicNormalizerFactory().get_normalizer("bn")
    split = functools.partial(sentence_tokenize.sentence_split, lang="bn")
    return [("normalize (bn)", norm.normalize, "normalize"),
            ("sentence_split (bn)", split, "sentences")]


ADAPTERS: dict[str, Callable[[], list[tuple[str, Func, str]]]] = {
    "bnlp": _bnlp,
    "csebuetnlp": _csebuetnlp,
    "bkit": _bkit,
    "bnunicodenormalizer": _bnunicodenormalizer,
    "indicnlp": _indicnlp,
}
DISTRIBUTIONS = {
    "bnlp": "bnlp-toolkit",
    "csebuetnlp": "csebuetnlp-normalizer",
    "bkit": "bkit",
    "bnunicodenormalizer": "bnunicodenormalizer",
    "indicnlp": "indic-nlp-library",
}


def first_bytes(texts: list[str], limit: int) -> list[str]:
    """The leading texts that together hold at least ``limit`` UTF-8 bytes (all if 0)."""
    if limit <= 0:
        return texts
    out, total = [], 0
    for text in texts:
        out.append(text)
        total += len(text.encode("utf-8"))
        if total >= limit:
            break
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("peer", choices=sorted(ADAPTERS))
    parser.add_argument("texts")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--budget", type=float, default=20.0,
                        help="seconds per measurement after which no more repeats are run")
    parser.add_argument("--min-time", type=float, default=0.0,
                        help="seconds per measurement before it stops repeating a fast function")
    parser.add_argument("--subset-bytes", type=int, default=0,
                        help="time on the leading texts holding this many bytes (0: all)")
    args = parser.parse_args()

    attempts = block_network()
    report: dict[str, Any] = {"peer": args.peer, "ok": False, "error": "", "results": [],
                              "python": platform.python_version()}
    with open(args.texts, encoding="utf-8") as f:
        data = json.load(f)
    sets = {name: first_bytes(data[name], args.subset_bytes)
            for name in ("paragraphs", "documents")}
    report["subset"] = {name: {"calls": len(t), "bytes": utf8_bytes(t)}
                        for name, t in sets.items()} if args.subset_bytes else None
    try:
        report["version"] = importlib.metadata.version(DISTRIBUTIONS[args.peer])
    except importlib.metadata.PackageNotFoundError:
        report["version"] = "?"

    nfc = functools.partial(unicodedata.normalize, "NFC")
    timing = {"repeats": args.repeats, "budget": args.budget, "min_time": args.min_time}

    def baseline() -> dict[str, float]:
        return {gran: measure("NFC", nfc, texts, **timing)["mbps"]
                for gran, texts in sets.items()}

    before = baseline()
    start = time.perf_counter()
    try:
        funcs = ADAPTERS[args.peer]()
    except BaseException as err:  # an import that fails or exits is reported, not fatal
        report["error"] = (f"import failed: {type(err).__name__}: {err}"[:400]
                           + (f" (network attempts blocked: {len(attempts)})" if attempts else ""))
        report["traceback"] = traceback.format_exc()[-2000:]
        report["network_attempts"] = attempts[:10]
        print(json.dumps(report, ensure_ascii=False))
        return 0
    report["import_seconds"] = time.perf_counter() - start
    for name, func, kind in funcs:
        for gran, texts in sets.items():
            row = measure(name, func, texts, **timing, baseline=nfc, granularity=gran,
                          kind=kind)
            try:
                out = [func(t) for t in texts[:50]]
                row["sample_out_chars"] = sum(
                    len(o) if isinstance(o, str) else sum(map(len, o)) for o in out)
                row["sample_in_chars"] = sum(len(t) for t in texts[:50])
            except Exception:
                pass
            report["results"].append(row)
    after = baseline()
    report["baseline"] = {gran: max(before[gran], after[gran]) for gran in sets}
    report["ok"] = any(row["ok"] for row in report["results"])
    if not report["ok"]:
        report["error"] = "; ".join(sorted({row["error"] for row in report["results"]}))
    report["network_attempts"] = attempts[:10]
    report["network_attempt_count"] = len(attempts)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
