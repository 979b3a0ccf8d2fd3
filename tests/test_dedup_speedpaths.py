"""The speed paths of ``dedup_captions`` give the output and the removals of the reference path.

``dedup_captions`` decides most lines without the plain rule (``bnclean.captions``): the
sentences of a line come from one split of the line with its marks written as dandas
(``_split_sentences``), a repeated block of sentences right after the sentences it copies
is dropped at once (``_drop_marks``, on lines of ``MANY_SENTENCES`` or more), texts whose
lines have no repeated key skip the line rules, and inside ``clean`` the step takes the
facts of ``normalize``'s output for granted (``DedupCaptions._normalized_input``). These
tests build lines meant to reach each of those paths (and the corners between them) and
compare them with ``FAST_PATHS`` off, the rule as written; they check the facts about
``normalize``'s output, and that the new patterns run in linear time.
"""

from __future__ import annotations

import random

import pytest

import bnclean
from bnclean import DedupCaptions, captions
from tests.linear import assert_linear
from tests.test_linesteps_fastpath import (
    CORPUS, DEV_PAGES, EDGE_CASES, corpus, random_pages, reference_path,
)

# Sentences long and short around MIN_REPEAT_CHARS, with each kind of boundary.
LONG = [
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক।",
    "প্রথম বাক্যটি বেশ লম্বা হয়েছে।",
    "তিনি বললেন, কাল আবার আসবেন?",
    "এ কথা শুনে সবাই অবাক হয়ে গেল!",
    "মিছিলটি শাহবাগ মোড়ে গিয়ে শেষ হয়॥",
    "সভায় সভাপতিত্ব করেন ড. রহমান.",
    '"আমরা শেষ পর্যন্ত লড়ব," তিনি বলেন।',
    "তিনি বলেন, 'আমরা প্রস্তুত।'",
    "প্রশ্ন উঠেছে (বিশেষ করে বিরোধী দলে)।",
    "র\u200d্যাব জানায়, অভিযান এখনো চলছে।",  # a ZWJ that normalize keeps
    "র্যাব জানায়, অভিযান এখনো চলছে।",  # the same key without it
    "উদ্\u200cযাপন করা হবে আগামী সপ্তাহে।",  # a ZWNJ that normalize keeps
]
SHORT = [
    "না।", "হ্যাঁ।", "মি.", "ড.", "কেন?", "তাই!", "আর কী?!", "১২৩।", "সে বলল।",
    # 23, 24 and 25 characters: either side of MIN_REPEAT_CHARS
    "বাক্যটি ঠিক তেইশ অক্ষর।", "এই বাক্যটি চব্বিশ অক্ষর।", "বাক্যটি ঠিক চব্বিশ অক্ষর।",
]
# What goes between two sentences; the odd ones reach the slow paths.
GAPS = [" "] * 12 + ["", "  ", "\u200b ", " \u200c", "\t", "\u00a0"]
TAILS = ["", "", "", " শেষ কথা", " তারপর", "”", '"', ")", " ঢাকায় আজ বৃষ্টি হয়েছে অনেক"]


def block_line(rng: random.Random, sentences: int, pool: list[str], gaps: list[str]) -> str:
    """A line of about ``sentences`` sentences: new ones, blocks of 1-7 repeated right after
    themselves (BBC Bangla's shape), repeats from farther back, runs of three."""
    out: list[str] = []
    while len(out) < sentences:
        r = rng.random()
        if r < 0.35 and out:
            k = rng.randint(1, min(7, len(out)))
            out += out[-k:]  # a block: the last k sentences again
        elif r < 0.45 and out:
            out.append(rng.choice(out))  # a sentence from anywhere before
        elif r < 0.5 and out:
            out += [out[-1]] * 2  # three in a row
        else:
            new = rng.choice(pool)
            if rng.random() < 0.5:  # a new key, so that blocks follow new sentences
                new = f"{rng.randint(0, 999)} {new}"
            out.append(new)
    line = "".join(s + rng.choice(gaps) for s in out).rstrip(" ")
    return line + rng.choice(TAILS)


def lines(seed: int, count: int, gaps: list[str] = GAPS) -> list[str]:
    rng = random.Random(seed)
    pool = LONG * 3 + SHORT
    out = []
    for _ in range(count):
        sentences = rng.choice([2, 3, 5, 8, 12, 15, 16, 17, 30, 60])
        out.append(block_line(rng, sentences, pool, gaps))
    return out


def assert_same_reduction(texts: list[str], label: str) -> None:
    """_reduce_exact, _reduce_cached and _reduce_normalized (on the lines of the normalized
    texts) equal the reference, output and copies."""
    normalized = [line for t in texts for line in bnclean.normalize(t).split("\n")]
    fast = [captions._reduce_exact(t) for t in texts]
    cached = [captions._reduce_cached(t) for t in texts]
    fast_norm = [captions._reduce_normalized(t) for t in normalized]
    with reference_path():
        ref = [captions._reduce_exact(t) for t in texts]
        ref_norm = [captions._reduce_exact(t)[0] for t in normalized]
    for t, a, b, c in zip(texts, fast, cached, ref):
        assert a == c and b == c, f"{label}: {t!r}"
    for t, a, c in zip(normalized, fast_norm, ref_norm):
        assert a == c, f"{label} (normalized): {t!r}"


def assert_same_step(texts: list[str], label: str) -> None:
    """The step (public, and as clean builds it on normalized text) and its removals equal
    the reference, in every mode."""
    normalized = [bnclean.normalize(t) for t in texts]
    steps = {mode: (DedupCaptions(mode), DedupCaptions(mode, _normalized_input=True)) for mode in
             captions.CAPTION_MODES}
    fast = {mode: ([pub(t) for t in texts], [pub.removals(t) for t in texts],
                   [inner(t) for t in normalized]) for mode, (pub, inner) in steps.items()}
    with reference_path():
        ref = {mode: ([pub(t) for t in texts], [pub.removals(t) for t in texts],
                      [pub(t) for t in normalized]) for mode, (pub, _) in steps.items()}
    for mode in steps:
        for kind, a, b in zip(("output", "removals", "normalized output"), fast[mode], ref[mode]):
            for i, (x, y) in enumerate(zip(a, b)):
                assert x == y, f"{label} #{i} ({mode}, {kind}): {texts[i][:300]!r}"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_block_lines(seed: int) -> None:
    texts = lines(seed, 1500)
    # the lines reach the paths: blocks dropped on long lines, the one-by-one rule too
    long_ones = [t for t in texts if len(captions.sentence_units(t)) >= captions.MANY_SENTENCES]
    assert len(long_ones) > 300
    assert sum(bool(captions._reduce_exact(t)[1]) for t in long_ones) > 200
    assert_same_reduction(texts, f"block line (seed {seed})")


@pytest.mark.parametrize("seed", [4, 5])
def test_block_lines_single_spaced(seed: int) -> None:
    """Lines of single spaces only: the output is joined from the kept sentences."""
    texts = lines(seed, 1500, gaps=[" "])
    assert_same_reduction(texts, f"single-spaced line (seed {seed})")


@pytest.mark.parametrize("seed", [6, 7])
def test_pages_of_block_lines(seed: int) -> None:
    """Texts of several lines: repeated lines, captions, blank lines, and lines with
    repeated sentences, so that some texts skip the line rules and some do not."""
    rng = random.Random(seed)
    pool = lines(seed, 300) + ["মাঠে উল্লাস। ছবি: এসিসি", "ছবি: সমকাল", "প্রশ্ন:", "* * *", "", " "]
    pages = ["\n".join(rng.choice(pool) for _ in range(rng.randint(1, 6))) for _ in range(400)]
    assert_same_step(pages, f"page (seed {seed})")


def test_glued_and_adjacent_marks() -> None:
    """Marks next to marks written as dandas ("?.", "।.", "?!", "।।"), closers after them,
    a "." at the end: _split_sentences cuts like sentence_units."""
    rng = random.Random(8)
    alphabet = ["ক", "খগ", " ", " ", "।", "?", "!", "॥", ".", '"', "”", "’", ")", "]", "a",
                "\u200d"]
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
               for _ in range(20000)]
    samples += ["এক বাক্য।" + s + "এক বাক্য।"
                for s in ("?.", "।.", "?!", "।।", ".”", "?”.", " .")]
    for s in samples:
        if captions.OTHER_SPACE.search(s) is not None:
            continue
        spans = captions.sentence_units(s)
        sentences, parts = captions._split_sentences(s)
        assert sentences == [s[a:b] for a, b in spans], s
        assert list(zip(*captions._offsets(s, sentences, parts))) == spans, s
    assert_same_reduction(samples[:3000], "random marks")


def test_edge_cases_and_dev_pages() -> None:
    texts = EDGE_CASES + DEV_PAGES + random_pages(9, 200)
    assert_same_step(texts, "edge case or dev page")
    assert_same_reduction([line for t in texts for line in t.split("\n")], "edge or dev line")


def test_normalize_output_has_what_the_step_takes_for_granted() -> None:
    """DedupCaptions._normalized_input: in normalize's output (default options) the only
    white space is " " and "\\n", never two spaces, and the only invisible characters of
    INVISIBLE_CHARS are ZWNJ and ZWJ (lines cut from it keep that)."""
    texts = EDGE_CASES + DEV_PAGES + random_pages(10, 300) + lines(11, 300)
    if CORPUS.exists():
        documents, paragraphs = corpus()
        texts += documents + paragraphs[::3]
    others = set(captions.INVISIBLE_CHARS) - {captions.ZWNJ, captions.ZWJ}
    for t in texts:
        out = bnclean.normalize(t)
        body = out.replace("\n", "")
        assert "  " not in out, t[:200]
        assert captions.OTHER_SPACE.search(body) is None, t[:200]
        assert others.isdisjoint(out), t[:200]


def test_clean_builds_the_step_with_the_flag() -> None:
    step = bnclean.build_pipeline().steps[2]
    assert step._normalized_input and step == DedupCaptions()
    assert repr(step) == repr(DedupCaptions())
    assert not bnclean.build_pipeline(nukta_form="composed").steps[2]._normalized_input
    assert bnclean.build_pipeline(boilerplate=False).steps[1]._normalized_input


def test_sentence_lengths_around_the_threshold() -> None:
    assert [len(s) for s in SHORT[-3:]] == [captions.MIN_REPEAT_CHARS + d for d in (-1, 0, 1)]


def test_new_patterns_and_paths_are_linear() -> None:
    assert_linear(lambda n: captions.DANDA_SPLIT.split("।" * n + "”" * n))
    assert_linear(lambda n: captions.DANDA_SPLIT.split("ক।" * n))
    assert_linear(lambda n: captions.BLOCK_RUN.findall(bytes([255, 0]) * n))
    sentence = "ঢাকায় আজ বৃষ্টি হয়েছে অনেক।"
    assert_linear(lambda n: captions._reduce_normalized(" ".join([sentence] * n)), n=2000)
    assert_linear(lambda n: captions._reduce_normalized(
        " ".join(f"{i} {sentence} {i} {sentence}" for i in range(n))), n=1000)
    assert_linear(lambda n: captions._reduce_normalized("?." * n), n=5000)
    assert_linear(lambda n: captions._reduce_normalized(". " * n), n=5000)
