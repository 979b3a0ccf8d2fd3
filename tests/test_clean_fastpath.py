"""``clean``'s own shortcuts give the output of the public steps run with their full checks.

Inside ``clean`` the line steps get ``normalize``'s output, which is NFC, so ``clean``'s
pipeline builds them with private flags that skip checks such text cannot fail (the NFC
checks on line keys, ``StripBoilerplate._nfc_input``). The public ``strip_boilerplate``,
``dedup_captions`` and user-built pipelines keep the full checks. These tests run ``clean``
and the pipeline of the public steps on the corpus (skipped if absent), the dev and
held-out pages, their lines one by one, and seeded random pages, and compare the outputs
and the removals that ``explain`` reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bnclean
from bnclean import DedupCaptions, Pipeline, SentencePerLine, StripBoilerplate
from bnclean.layout import tidy_layout
from tests.test_linesteps_fastpath import DEV_PAGES, EDGE_CASES, corpus, random_pages

HELDOUT = Path(__file__).parent / "data" / "documents_heldout.jsonl"
HELDOUT_PAGES = [json.loads(line)["raw"] for line in HELDOUT.read_text("utf-8").split("\n")
                 if line.strip()]

# clean's default pipeline, with the public steps (full checks)
PUBLIC = Pipeline([bnclean.normalize, StripBoilerplate(), DedupCaptions(), tidy_layout])


def assert_same(texts: list[str], label: str, explain: bool = False) -> None:
    clean = bnclean.build_pipeline()
    assert clean.names == PUBLIC.names
    for i, t in enumerate(texts):
        assert bnclean.clean(t) == PUBLIC(t), f"{label} #{i}: clean differs on {t[:300]!r}"
        if explain:
            a, b = clean.explain(t), PUBLIC.explain(t)
            assert a.output == b.output and a.removed == b.removed, f"{label} #{i}: explain differs"


def test_clean_pipeline_has_the_flags_and_equals_the_public_steps() -> None:
    step = bnclean.build_pipeline().steps[1]
    assert step._nfc_input and step == StripBoilerplate() and repr(step) == repr(StripBoilerplate())
    # any other normalize option: no flag (the shortcut is only proven for the defaults)
    assert not bnclean.build_pipeline(nukta_form="composed").steps[1]._nfc_input


def test_edge_cases_and_dev_and_heldout_pages() -> None:
    assert_same(EDGE_CASES, "edge case", explain=True)
    assert_same(DEV_PAGES + HELDOUT_PAGES, "page", explain=True)
    lines = sorted({line for page in DEV_PAGES + HELDOUT_PAGES for line in page.split("\n")})
    assert_same(lines, "line")


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_random_pages(seed: int) -> None:
    assert_same(random_pages(seed, 300, extra=HELDOUT_PAGES[0].split("\n")),
                f"random page (seed {seed})", explain=seed == 11)


def test_corpus_documents_and_paragraphs() -> None:
    documents, paragraphs = corpus()
    assert_same(documents + paragraphs, "corpus")


# clean's other option sets whose pipeline has clean's own tidy_layout, each with the
# public line steps it stands for (after normalize)
OTHER_OPTIONS = {
    "captions=drop": ({"captions": "drop"}, [StripBoilerplate(), DedupCaptions("drop"), tidy_layout]),
    "captions=keep": ({"captions": "keep"}, [StripBoilerplate(), DedupCaptions("keep"), tidy_layout]),
    "boilerplate=False": ({"boilerplate": False}, [DedupCaptions(), tidy_layout]),
    "one_sentence_per_line": ({"one_sentence_per_line": True},
                              [StripBoilerplate(), DedupCaptions(), tidy_layout, SentencePerLine()]),
}


@pytest.mark.parametrize("name", OTHER_OPTIONS)
def test_other_option_sets_equal_the_public_steps(name: str) -> None:
    options, steps = OTHER_OPTIONS[name]
    public = Pipeline([bnclean.normalize, *steps])
    texts = EDGE_CASES + DEV_PAGES + HELDOUT_PAGES + random_pages(21, 300)
    for i, t in enumerate(texts):
        assert bnclean.clean(t, **options) == public(t), f"{name} #{i}: differs on {t[:300]!r}"


@pytest.mark.parametrize("text, expected", [
    # a ZWNJ that normalize keeps (an explicit virama form): the key has none, so these are
    # the phrases এইমাত্র, সংরক্ষণ করুন and কিছুক্ষণ আগে
    ("এইমাত্\u200cর\nআমি ভাত খাই।", "আমি ভাত খাই।"),
    ("আমি ভাত খাই।\nএইমাত্\u200cর", "আমি ভাত খাই।"),
    ("সংরক্\u200cষণ করুন\nআমি ভাত খাই।", "আমি ভাত খাই।"),
    ("আমি ভাত খাই।\nকিছুক্\u200cষণ আগে", "আমি ভাত খাই।"),
    ("শেয়ার\u200c করুন", ""),  # a joiner that normalize removes
])
def test_joiners_do_not_hide_a_chrome_line(text: str, expected: str) -> None:
    """Inside clean, a line without ZWNJ or ZWJ is its own key (StripBoilerplate._nfc_input);
    a line with them is keyed without them."""
    assert bnclean.clean(text) == expected == PUBLIC(text)
