"""The dev set of scraped pages: ``clean(raw)`` against ``expected`` (policy sections 1-5).

``tests/data/documents.jsonl`` holds 32 labelled pages (fields ``id``, ``style`` (the site),
``raw``, ``expected``, ``phenomena``, ``hard``). A page is scored as the sequence of its
non-blank lines. Each page is a test of its own (ids in the test names); a summary test
prints exact matches and line precision/recall/F1, writes the per-page result to the
pytest cache (``.pytest_cache/d/bnclean/documents.jsonl``) and asserts a floor, so that a
regression fails CI.

The 32 pages are a sample of the site styles: the rules are general, and these tests only
check that they hold on the sample.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import bnclean

DATA = Path(__file__).parent / "data" / "documents.jsonl"
DOCS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text("utf-8").split("\n") if line.strip()]

# Pages that fail only because of character-level work (normalize: ZWSP, soft hyphen,
# BOM, khanda ta, space before danda, U+2028, doubled signs ...), marked non-strict xfail
# while bnclean/characters.py was being completed. Empty since normalize landed: every
# page must pass.
NORMALIZE_PENDING: frozenset[str] = frozenset()

# Phenomena labels of the dev set that are character-level work (normalize's, not ours).
CHARACTER_PHENOMENA = frozenset({
    "ascii-pipe-danda", "bom", "crlf", "doubled-sign", "khanda-ta", "leading-space",
    "missing-space-after-danda", "nbsp", "precomposed-nukta", "soft-hyphen",
    "space-before-danda", "space-runs", "stray-zwnj-zwj", "tabs", "trailing-space",
    "u09f7-danda", "u2028-separator", "zwsp",
})

# The floor for the whole set (line F1 over all pages, exact pages among the non-hard ones).
MIN_LINE_F1 = 0.99
MIN_EXACT_NON_HARD = 1.0


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _score(got: list[str], expected: list[str]) -> tuple[int, int, int]:
    """(true positives, output lines, expected lines), lines compared as multisets."""
    tp = sum((Counter(got) & Counter(expected)).values())
    return tp, len(got), len(expected)


def _case(doc: dict[str, Any]) -> Any:
    marks = []
    if doc["id"] in NORMALIZE_PENDING:
        marks.append(pytest.mark.xfail(
            reason="waits for normalize (bnclean/characters.py, in progress): "
                   + ", ".join(p for p in doc["phenomena"] if p in CHARACTER_PHENOMENA),
            strict=False,
        ))
    return pytest.param(doc, id=f"{doc['id']}-{doc['style']}" + ("-hard" if doc["hard"] else ""),
                        marks=marks)


@pytest.mark.parametrize("doc", [_case(d) for d in DOCS])
def test_page(doc: dict[str, Any]) -> None:
    got = bnclean.clean(doc["raw"])
    assert _lines(got) == _lines(doc["expected"])


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_page_idempotent(doc: dict[str, Any]) -> None:
    once = bnclean.clean(doc["raw"])
    assert bnclean.clean(once) == once


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_every_removed_line_has_a_reason(doc: dict[str, Any]) -> None:
    report = bnclean.explain(doc["raw"])
    for step, removal in report.removed:
        assert step in ("strip_boilerplate", "dedup_captions")
        assert removal.reason and removal.line_no >= 1
        assert removal.reason.startswith("boilerplate:") == (step == "strip_boilerplate")


def test_summary(request: pytest.FixtureRequest) -> None:
    results = []
    tp = n_got = n_exp = 0
    for doc in DOCS:
        got = _lines(bnclean.clean(doc["raw"]))
        exp = _lines(doc["expected"])
        t, g, e = _score(got, exp)
        tp, n_got, n_exp = tp + t, n_got + g, n_exp + e
        results.append({
            "id": doc["id"], "style": doc["style"], "hard": doc["hard"], "exact": got == exp,
            "tp": t, "got": g, "expected": e,
            "missing": [x for x in exp if x not in got], "extra": [x for x in got if x not in exp],
        })
    precision = tp / n_got if n_got else 1.0
    recall = tp / n_exp if n_exp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    non_hard = [r for r in results if not r["hard"]]
    hard = [r for r in results if r["hard"]]
    exact_non_hard = sum(r["exact"] for r in non_hard)
    exact_hard = sum(r["exact"] for r in hard)
    out = request.config.cache.mkdir("bnclean") / "documents.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), "utf-8")
    print(
        f"\ndev pages: exact {exact_non_hard}/{len(non_hard)} non-hard, {exact_hard}/{len(hard)} hard; "
        f"lines P={precision:.4f} R={recall:.4f} F1={f1:.4f}; per page: {out}"
    )
    pending = NORMALIZE_PENDING
    if pending:
        # While normalize is in progress, the floor applies to the pages that do not wait for it.
        ready = [r for r in non_hard if r["id"] not in pending]
        assert all(r["exact"] for r in ready), [r["id"] for r in ready if not r["exact"]]
    else:
        assert exact_non_hard >= MIN_EXACT_NON_HARD * len(non_hard)
        assert f1 >= MIN_LINE_F1


def test_idempotent_on_mixed_pages() -> None:
    """Pages made of random lines of the dev pages (chrome, captions, repeats in any order):
    ``clean`` is idempotent in every captions mode."""
    import random

    pool = [line for d in DOCS for line in bnclean.normalize(d["raw"]).split("\n")]
    rnd = random.Random(7)
    for _ in range(400):
        lines = [rnd.choice(pool) for _ in range(rnd.randint(1, 14))]
        if rnd.random() < 0.3:
            lines.append(rnd.choice(lines))
        text = "\n".join(lines)
        for mode in ("dedup", "drop", "keep"):
            once = bnclean.clean(text, captions=mode)
            assert bnclean.clean(once, captions=mode) == once, text
        # one sentence per line makes new lines ("<caption>।" and "ছবি: <credit>"); in the
        # default mode the result is still stable (docs/pages.md says why not in drop/keep)
        once = bnclean.clean(text, one_sentence_per_line=True)
        assert bnclean.clean(once, one_sentence_per_line=True) == once, text
