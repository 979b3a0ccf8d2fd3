"""The held-out set of scraped pages: ``clean(raw)`` against ``expected`` (policy sections 1-5).

``tests/data/documents_heldout.jsonl`` holds 39 labelled pages written independently of the
dev set (``documents.jsonl``) and of the code: 3 pages for each of the 13 site styles, with
chrome, captions and character dirt that vary beyond what the dev set shows (other byline,
timestamp, prompt, footer, tag and related-block forms; desk signatures; galleries; bare
credits; three non-article pages whose expected output is ""). Same schema as the dev set:
``id``, ``style``, ``raw``, ``expected``, ``phenomena``, ``hard`` (true for judgement calls).

It was written to measure how well the rules generalize, and did once (27/39 exact, line
F1 0.947, before any rule was changed for it); since the rules were then generalized for
the classes of chrome it showed, it is a regression set now, not an unseen one. Each page has to clean without raising and
idempotently, and the score has floors (``MIN_NON_HARD_EXACT``, ``MIN_LINE_F1``: what was
achieved, F1 less 0.01) so that a regression fails; the score (exact pages, line
precision/recall/F1, overall and per style) is printed and emitted as a warning, and the per-page result (with
missing and extra lines) goes to ``.pytest_cache/d/bnclean/documents_heldout.jsonl``.
A page is scored as the sequence of its non-blank lines, lines compared as multisets for
P/R/F1, as in ``test_documents.py``.
"""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import bnclean
from tests.page_scoring import load_pages, report, score_pages, write_results

DOCS = load_pages(Path(__file__).parent / "data" / "documents_heldout.jsonl")
IDS = [d["id"] for d in DOCS]


# Floors: the non-hard pages cleaned exactly, and the line F1 over all pages, as achieved
# (25/25 non-hard exact, F1 1.0000) less 0.01 for F1.
MIN_NON_HARD_EXACT = 25
MIN_LINE_F1 = 0.99


class HeldoutScore(UserWarning):
    """The held-out score (also asserted against the floors above)."""


def test_schema() -> None:
    assert len(DOCS) == 39
    assert len(set(IDS)) == len(IDS)
    assert Counter(d["style"] for d in DOCS) == Counter({s: 3 for s in {d["style"] for d in DOCS}})
    for d in DOCS:
        assert set(d) == {"id", "style", "raw", "expected", "phenomena", "hard"}
        assert isinstance(d["hard"], bool) and d["phenomena"]


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_page_cleans(doc: dict[str, Any]) -> None:
    """clean() must not raise, must return a str, and must be idempotent."""
    once = bnclean.clean(doc["raw"])
    assert isinstance(once, str)
    assert bnclean.clean(once) == once


def test_summary(request: pytest.FixtureRequest) -> None:
    results, scores = score_pages(DOCS)
    text = report("held-out pages", results, scores,
                  write_results(request, "documents_heldout.jsonl", results))
    print("\n" + text)
    warnings.warn(HeldoutScore(text), stacklevel=1)
    assert sum(r["exact"] for r in results if not r["hard"]) >= MIN_NON_HARD_EXACT, text
    assert scores[2] >= MIN_LINE_F1, text
