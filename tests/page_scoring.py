"""Scoring ``clean(raw)`` against a labelled page's ``expected`` text.

A page is the sequence of its non-blank lines. A page is exact when the sequences are equal;
line precision, recall and F1 count lines as multisets (a line kept twice where it is
expected once counts one true positive and one false positive).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import bnclean


def load_pages(path: Path) -> list[dict[str, Any]]:
    """The pages of a JSON-lines file (``id``, ``style``, ``raw``, ``expected``, ``hard``...)."""
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]


def nonblank_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def prf(tp: int, n_got: int, n_exp: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two line counts."""
    precision = tp / n_got if n_got else 1.0
    recall = tp / n_exp if n_exp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_pages(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], tuple[float, float, float]]:
    """Clean every page; return a result per page and the overall line (P, R, F1)."""
    results = []
    tp = n_got = n_exp = 0
    for doc in docs:
        got = nonblank_lines(bnclean.clean(doc["raw"]))
        exp = nonblank_lines(doc["expected"])
        t = sum((Counter(got) & Counter(exp)).values())
        tp, n_got, n_exp = tp + t, n_got + len(got), n_exp + len(exp)
        results.append({
            "id": doc["id"], "style": doc["style"], "hard": doc["hard"], "exact": got == exp,
            "tp": t, "got": len(got), "expected": len(exp),
            "missing": list((Counter(exp) - Counter(got)).elements()),
            "extra": list((Counter(got) - Counter(exp)).elements()),
        })
    return results, prf(tp, n_got, n_exp)


def write_results(request: pytest.FixtureRequest, name: str, results: list[dict[str, Any]]) -> str:
    """Write the per-page results to the pytest cache; say where (or that there is no cache)."""
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    if cache is None:
        return "(no pytest cache)"
    out = cache.mkdir("bnclean") / name
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), "utf-8")
    return str(out)
