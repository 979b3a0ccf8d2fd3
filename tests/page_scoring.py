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


def report(title: str, results: list[dict[str, Any]], scores: tuple[float, float, float],
           where: str) -> str:
    """A readable summary: exact pages (non-hard, hard), line P/R/F1 overall and per style,
    and the missing and extra lines of every page that is not exact."""
    precision, recall, f1 = scores
    non_hard = [r for r in results if not r["hard"]]
    hard = [r for r in results if r["hard"]]
    lines = [
        f"{title}: exact {sum(r['exact'] for r in results)}/{len(results)} "
        f"({sum(r['exact'] for r in non_hard)}/{len(non_hard)} non-hard, "
        f"{sum(r['exact'] for r in hard)}/{len(hard)} hard); "
        f"lines P={precision:.4f} R={recall:.4f} F1={f1:.4f}; per page: {where}",
    ]
    by_style: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        by_style.setdefault(r["style"], []).append(r)
    for style in sorted(by_style):
        rs = by_style[style]
        p, rc, f = prf(sum(r["tp"] for r in rs), sum(r["got"] for r in rs),
                       sum(r["expected"] for r in rs))
        lines.append(f"  {style:<18} exact {sum(r['exact'] for r in rs)}/{len(rs)}  "
                     f"P={p:.4f} R={rc:.4f} F1={f:.4f}")
    for r in results:
        if not r["exact"]:
            lines.append(f"  FAIL {r['id']} ({r['style']}{', hard' if r['hard'] else ''})")
            lines.extend(f"    missing: {m}" for m in r["missing"])
            lines.extend(f"    extra:   {e}" for e in r["extra"])
            if not r["missing"] and not r["extra"]:
                lines.append("    (same lines, different order)")
    return "\n".join(lines)
