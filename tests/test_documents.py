"""The dev set of scraped pages: ``clean(raw)`` against ``expected`` (policy sections 1-5).

``tests/data/documents.jsonl`` holds 32 labelled pages (fields ``id``, ``style`` (the site),
``raw``, ``expected``, ``phenomena``, ``hard``). A page is scored as the sequence of its
non-blank lines (``tests/page_scoring.py``). Each page is a test of its own (ids in the
test names); a summary test prints exact matches and line precision/recall/F1, writes the
per-page result to the pytest cache (``.pytest_cache/d/bnclean/documents.jsonl``) and
asserts a floor, so that a regression fails CI.

The 32 pages are a sample of the site styles: the rules are general, and these tests only
check that they hold on the sample.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import bnclean
from tests.page_scoring import load_pages, nonblank_lines, score_pages, write_results

DOCS = load_pages(Path(__file__).parent / "data" / "documents.jsonl")

# The floor for the whole set (line F1 over all pages, exact pages among the non-hard ones).
MIN_LINE_F1 = 0.99
MIN_EXACT_NON_HARD = 1.0


def _case(doc: dict[str, Any]) -> Any:
    return pytest.param(doc, id=f"{doc['id']}-{doc['style']}" + ("-hard" if doc["hard"] else ""))


@pytest.mark.parametrize("doc", [_case(d) for d in DOCS])
def test_page(doc: dict[str, Any]) -> None:
    got = bnclean.clean(doc["raw"])
    assert nonblank_lines(got) == nonblank_lines(doc["expected"])


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
    results, (precision, recall, f1) = score_pages(DOCS)
    non_hard = [r for r in results if not r["hard"]]
    hard = [r for r in results if r["hard"]]
    exact_non_hard = sum(r["exact"] for r in non_hard)
    out = write_results(request, "documents.jsonl", results)
    print(
        f"\ndev pages: exact {exact_non_hard}/{len(non_hard)} non-hard, "
        f"{sum(r['exact'] for r in hard)}/{len(hard)} hard; "
        f"lines P={precision:.4f} R={recall:.4f} F1={f1:.4f}; per page: {out}"
    )
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
