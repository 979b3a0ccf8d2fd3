"""dedup_captions: captions, repeated paragraphs, repeated sentence runs (policy section 4)."""

from __future__ import annotations

import pickle

import pytest

import bnclean
from bnclean import DedupCaptions, dedup_captions
from bnclean.captions import is_caption
from tests.linear import assert_linear

CAP = "ফল প্রকাশের পর রাজধানীর একটি কলেজে শিক্ষার্থীদের উচ্ছ্বাস। ছবি: স্টার"
CAP2 = "সংসদ ভবনের সামনে বিক্ষোভ। ফাইল ছবি: রয়টার্স"
P1 = "এবারের উচ্চ মাধ্যমিক পরীক্ষায় গড় পাসের হার ৭৭ দশমিক ৭৮ শতাংশ।"
P2 = "ফলাফলে এবারও মেয়েরা ছেলেদের চেয়ে এগিয়ে রয়েছে।"


# --- what a caption is --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    CAP, CAP2,
    "ছবি: সংগৃহীত",
    "উৎসবে ভক্তদের ভিড়। ছবি : সমকাল",
    "উৎসবে ভক্তদের ভিড়। ছবি- বাসস",
    "উৎসবে ভক্তদের ভিড় (ছবি: প্রথম আলো)",
    "ঢাকার রাস্তায় যানজট। ফাইল ফটো",
    "ঢাকার রাস্তায় যানজট। ফটো: বাসস",
    "ছবির ক্যাপশান, কলকাতায় রাজ্য নির্বাচন কমিশনের দপ্তরের সামনে বিক্ষোভ",
    "ছবির উৎস, Getty Images",
    "Protesters in Dhaka. Photo: AFP",
    "Photo: Collected",
    "File photo",
    "Image: Reuters",
    "Rescue workers at the site. Photo credit: Star",
])
def test_caption_lines(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    P1,
    "তিনি বলেন, ছবি তোলা নিষেধ।",
    "ছবির মতো সুন্দর গ্রামটিতে এখন পর্যটকের ভিড়।",
    # a paragraph of several sentences that ends with a glued credit is prose, not a caption
    "গ্রন্থাগারিক বলেন, রাতের নিরাপত্তা নিশ্চিত করা হয়েছে। পাঠকক্ষে পরিচয়পত্র রাখতে হবে। "
    "এ ছাড়া আরও নিয়ম আছে। পাঠকক্ষে ব্যস্ত শিক্ষার্থীরা।ছবি: প্রথম আলো",
    "The photo exhibition opens on Friday.",
])
def test_not_caption_lines(line: str) -> None:
    assert not is_caption(line)


# --- modes --------------------------------------------------------------------------------------

PAGE = "\n".join([CAP, CAP, P1, CAP2, P2, CAP2, CAP])


def test_dedup_keeps_first_copy_anywhere() -> None:
    assert dedup_captions(PAGE) == "\n".join([CAP, P1, CAP2, P2])


def test_dedup_compares_after_whitespace_normalization() -> None:
    spaced = "  ফল প্রকাশের পর রাজধানীর একটি  কলেজে শিক্ষার্থীদের উচ্ছ্বাস।\tছবি: স্টার "
    assert dedup_captions("\n".join([CAP, P1, spaced])) == "\n".join([CAP, P1])


def test_drop_removes_caption_lines() -> None:
    assert dedup_captions(PAGE, mode="drop") == "\n".join([P1, P2])


def test_keep_keeps_caption_lines() -> None:
    assert dedup_captions(PAGE, mode="keep") == PAGE


def test_clean_captions_option() -> None:
    assert bnclean.clean(PAGE, captions="drop") == "\n".join([P1, P2])
    assert bnclean.clean(PAGE, captions="keep") == PAGE
    assert bnclean.clean(PAGE) == "\n".join([CAP, P1, CAP2, P2])


@pytest.mark.parametrize("mode", ["Dedup", "remove", "", None])
def test_bad_mode_lists_choices(mode: object) -> None:
    with pytest.raises(ValueError, match="'dedup', 'drop', 'keep'"):
        dedup_captions(P1, mode=mode)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'dedup', 'drop', 'keep'"):
        DedupCaptions(mode)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [b"bytes", None, 1.5, ["x"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="dedup_captions"):
        dedup_captions(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        DedupCaptions().removals(bad)  # type: ignore[arg-type]


# --- repeated paragraphs ------------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["dedup", "drop", "keep"])
def test_paragraph_repeat_removed_in_every_mode(mode: str) -> None:
    assert dedup_captions("\n".join([P1, P2, P1]), mode=mode) == "\n".join([P1, P2])


def test_short_labels_and_dividers_may_repeat() -> None:
    text = "\n".join(["প্রশ্ন:", P1, "উত্তর:", P2, "* * *", "প্রশ্ন:", "উত্তর:", "* * *"])
    assert dedup_captions(text) == text


def test_blank_lines_are_kept() -> None:
    text = f"{P1}\n\n{P2}\n\n{P1}\n"
    assert dedup_captions(text) == f"{P1}\n\n{P2}\n\n"


# --- repeated sentence runs inside one line --------------------------------------------------

A = "দৈনিক সমকালের প্রধান শিরোনাম, সারের দাম বাড়ানোর প্রস্তাব।"
B = "কৃষকেরা বলছেন, বোরো মৌসুমের শুরুতে দাম বাড়লে খরচ বাড়বে।"
C = "পরের ম্যাচে তারা খেলবে মোহামেডানের বিপক্ষে।"


@pytest.mark.parametrize(("line", "expected"), [
    (f"{A} {A} {B} {B}", f"{A} {B}"),
    (f"{A} {A} {C}", f"{A} {C}"),
    (f"{A} {B}{A} {B}", f"{A} {B}"),  # glued run of two
    (f"{A} {A}{B}", f"{A} {B}"),  # glued after the copy
    (f"{A}{A} {B}", f"{A} {B}"),  # glued before the copy
    (f"{A} {A} {A}", A),
    (f"{C} {A} {A}", f"{C} {A}"),
    ("না। না। আমি যাব না।", "না। না। আমি যাব না।"),  # short repeats are prose
    ("জয় বাংলা! জয় বাংলা!", "জয় বাংলা! জয় বাংলা!"),
    (f"{A} {C} {A}", f"{A} {C} {A}"),  # not adjacent: kept
])
def test_sentence_runs(line: str, expected: str) -> None:
    assert dedup_captions(line) == expected


def test_sentence_repeat_reason_reports_the_copy() -> None:
    removed = DedupCaptions().removals(f"{A} {A} {B}")
    assert [(r.line_no, r.line, r.reason) for r in removed] == [(1, A, "sentence-repeat")]


# --- reasons, state, pickling -------------------------------------------------------------------

def test_removals_and_reasons() -> None:
    removed = DedupCaptions().removals("\n".join([CAP, P1, CAP, P1]))
    assert [(r.line_no, r.reason) for r in removed] == [(3, "caption-repeat"), (4, "paragraph-repeat")]
    removed = DedupCaptions("drop").removals("\n".join([CAP, P1]))
    assert [(r.line_no, r.line, r.reason) for r in removed] == [(1, CAP, "caption")]


def test_explain_reports_dedup_reasons() -> None:
    report = bnclean.explain("\n".join([CAP, P1, CAP]))
    assert [(s, r.reason) for s, r in report.removed] == [("dedup_captions", "caption-repeat")]


def test_step_pickles_hashes_and_keeps_no_state() -> None:
    step = DedupCaptions("drop")
    assert pickle.loads(pickle.dumps(step)) == step
    hash(step)
    assert step(PAGE) == step(PAGE)
    assert DedupCaptions.name == "dedup_captions"


def test_idempotent() -> None:
    for mode in ("dedup", "drop", "keep"):
        once = dedup_captions(PAGE + f"\n{A} {A}{B}", mode=mode)
        assert dedup_captions(once, mode=mode) == once


# --- linear time on adversarial input -----------------------------------------------------------

ADVERSARIAL = {
    "spaces": lambda n: "ক" + " " * n + "খ",
    "repeated-sentence": lambda n: A * (n // len(A)),
    "repeated-short": lambda n: "না। " * (n // 4),
    "dandas": lambda n: "।" * n,
    "dots": lambda n: ". " * (n // 2),
    "caption-markers": lambda n: "ছবি: " * (n // 5),
    "colons": lambda n: ":" * n,
    "lines": lambda n: (CAP + "\n") * (n // len(CAP)),
    "distinct-lines": lambda n: "".join(f"{i}\n" for i in range(n // 6)),
    "alternating": lambda n: f"{A} {B} " * (n // (len(A) + len(B) + 2)),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_dedup_captions_is_linear(name: str) -> None:
    make = ADVERSARIAL[name]
    assert_linear(lambda n: dedup_captions(make(n)), n=12_500)


def test_docstring_examples() -> None:
    import doctest

    import bnclean.boilerplate
    import bnclean.captions

    for module in (bnclean.captions, bnclean.boilerplate):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


def test_repeated_bare_credits_go_like_other_captions_and_bbc_source_lines() -> None:
    # policy section 4: every later identical caption occurrence goes in mode "dedup",
    # a bare credit on a line of its own too (it used to be kept)
    text = "\n".join(["মাঠে উল্লাস।", "ছবি: সমকাল", P1, "গ্যালারিতে দর্শক।", "ছবি: সমকাল"])
    assert dedup_captions(text) == "\n".join(["মাঠে উল্লাস।", "ছবি: সমকাল", P1, "গ্যালারিতে দর্শক।"])
    assert [r.reason for r in DedupCaptions().removals(text)] == ["caption-repeat"]
    assert dedup_captions(text, mode="keep") == text
    assert dedup_captions(text, mode="drop") == "\n".join(["মাঠে উল্লাস।", P1, "গ্যালারিতে দর্শক।"])
    # compared after normalization: spaces and invisible characters do not tell copies apart
    for copy in ("ছবি:  সংগৃহীত", "ছবি: সংগৃহীত\u200b", " ফাইল ছবি"):
        first = "ফাইল ছবি" if "ফাইল" in copy else "ছবি: সংগৃহীত"
        assert dedup_captions("\n".join([first, P1, copy])) == "\n".join([first, P1])
    # a different credit is a different caption
    other = "\n".join(["ছবি: সমকাল", P1, "ছবি: প্রথম আলো"])
    assert dedup_captions(other) == other
    bbc = "\n".join(["ছবির উৎস, Getty Images", "ছবির ক্যাপশান, প্রথম ছবি", P1,
                     "ছবির উৎস, Getty Images", "ছবির ক্যাপশান, দ্বিতীয় ছবি", P2])
    assert dedup_captions(bbc) == "\n".join(["ছবির উৎস, Getty Images", "ছবির ক্যাপশান, প্রথম ছবি", P1,
                                             "ছবির ক্যাপশান, দ্বিতীয় ছবি", P2])


def test_one_sentence_per_line_is_idempotent_with_captions() -> None:
    text = "\n".join([P1, CAP, P2, "সংসদ ভবনের সামনে মানুষের ভিড়। ছবি: স্টার"])
    once = bnclean.clean(text, one_sentence_per_line=True)
    assert bnclean.clean(once, one_sentence_per_line=True) == once


def test_one_sentence_per_line_keeps_credits_on_their_captions() -> None:
    # two captions that share a credit: split apart, the credits would be two identical
    # bare credit lines, and a second clean would remove one of them
    text = "\n".join([
        "কাল থেকে স্কুলে যাবে শিশুরা। চিন্তায় অভিভাবকরা। ছবি: সমকাল", P1,
        "মাঠে নেমেছেন খেলোয়াড়রা। ছবি: সমকাল", P2,
        "ছবি: সমকাল", "ছবি: সমকাল",
    ])
    once = bnclean.clean(text, one_sentence_per_line=True)
    assert once.split("\n")[:2] == ["কাল থেকে স্কুলে যাবে শিশুরা।", "চিন্তায় অভিভাবকরা। ছবি: সমকাল"]
    assert "মাঠে নেমেছেন খেলোয়াড়রা। ছবি: সমকাল" in once.split("\n")
    assert once.split("\n").count("ছবি: সমকাল") == 1  # the repeated bare credit line went
    assert bnclean.clean(once, one_sentence_per_line=True) == once
    assert bnclean.clean(once) == bnclean.clean(bnclean.clean(once))
