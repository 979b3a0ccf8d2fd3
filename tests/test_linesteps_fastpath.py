"""The fast paths of the line steps give the same output as the plain rules.

``strip_boilerplate`` and ``dedup_captions`` decide most lines with cheap tests before the
exact rules run (``bnclean.captions.FAST_PATHS``): a sentence-repeat test with C-level
string methods, a key-length proof for long lines, a "quiet line" gate for short ones, a
shortcut for one-line texts, a cache shared by the two steps. Turning ``FAST_PATHS`` off
gives the reference path: the rules as they were written, line by line. These tests run
both on every document and paragraph of the corpus (../shared/data/corpus, beside the
project; skipped if absent), on the dev pages, on seeded random pages built from dev lines
and corpus sentences, and on hand-made edge cases, and check that the outputs (and the
removal reports) are identical. The facts the cheap tests rest on (which characters are
printable, which Bengali sequences NFC changes, ...) are checked over all of Unicode.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import regex
import unicodedata2

import bnclean
from bnclean import boilerplate, captions
from bnclean.layout import BLANK_LINE_RUN, tidy_layout

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bdnews-bn.jsonl"
DEV = Path(__file__).parent / "data" / "documents.jsonl"
DEV_PAGES = [json.loads(line)["raw"] for line in DEV.read_text("utf-8").split("\n") if line.strip()]


@contextlib.contextmanager
def reference_path() -> Iterator[None]:
    """The plain rules: fast paths off, caches emptied (before and after)."""
    captions.FAST_PATHS = False
    captions._reduce_cached.cache_clear()
    captions._is_plain.cache_clear()
    try:
        yield
    finally:
        captions.FAST_PATHS = True
        captions._reduce_cached.cache_clear()
        captions._is_plain.cache_clear()


def reference_tidy_layout(text: str) -> str:
    """tidy_layout as it was before its one-line and few-lines shortcuts."""
    if " \n" in text or "\n " in text or "\t" in text:
        text = "\n".join([line.strip(" \t") for line in text.split("\n")])
    if "\n\n\n" in text:
        text = BLANK_LINE_RUN.sub("\n\n", text)
    return text.strip("\n \t")


STEPS: list[tuple[str, Callable[[str], object]]] = [
    ("strip_boilerplate", bnclean.strip_boilerplate),
    ("strip_boilerplate.removals", lambda t: bnclean.StripBoilerplate().removals(t)),
    ("dedup_captions", bnclean.dedup_captions),
    ("dedup_captions(drop)", lambda t: bnclean.dedup_captions(t, mode="drop")),
    ("dedup_captions(keep)", lambda t: bnclean.dedup_captions(t, mode="keep")),
    ("dedup_captions.removals", lambda t: bnclean.DedupCaptions().removals(t)),
    ("clean", bnclean.clean),
]


def assert_same(texts: list[str], label: str, steps: list[tuple[str, Callable[[str], object]]] = STEPS) -> None:
    """Every step gives the same result on the fast and on the reference path."""
    fast = {name: [step(t) for t in texts] for name, step in steps}
    with reference_path():
        ref = {name: [step(t) for t in texts] for name, step in steps}
    for name, _ in steps:
        for i, (a, b) in enumerate(zip(fast[name], ref[name])):
            assert a == b, f"{label} #{i}: {name} differs on {texts[i][:300]!r}"
    for i, t in enumerate(texts):
        assert tidy_layout(t) == reference_tidy_layout(t), f"{label} #{i}: tidy_layout differs"


# --- the texts ------------------------------------------------------------------------------

def corpus() -> tuple[list[str], list[str]]:
    """Whole documents (headline, sub-title, body) and run.py's paragraph units."""
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared beside the project)")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from run import load_news
    finally:
        sys.path.pop(0)
    return load_news(CORPUS, 0)


def random_pages(seed: int, count: int, extra: list[str] = ()) -> list[str]:
    """Pages of dev lines in random order, some glued to a corpus sentence or doubled."""
    rng = random.Random(seed)
    lines = [line for page in DEV_PAGES for line in page.split("\n")]
    pool = lines + list(extra)
    pages = []
    for _ in range(count):
        out = []
        for _ in range(rng.randint(1, 25)):
            line = rng.choice(pool)
            r = rng.random()
            if r < 0.1:
                line = line + " " + line  # a repeated sentence run
            elif r < 0.2:
                line = line + " " + rng.choice(pool)
            elif r < 0.25:
                line = ""
            out.append(line)
        pages.append("\n".join(out))
    return pages


EDGE_CASES = [
    "",
    "\n\n",
    "   ",
    "শেয়ার করুন",
    "প্রথম আলো",
    # repeated sentences: with invisible characters, odd spaces, closers, runs of marks
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক। ঢাকায় আজ বৃষ্টি হয়েছে অনেক। শেষ।",
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক।ঢাকায় আজ বৃষ্টি হয়েছে অনেক।",
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক। ঢাকায় আজ বৃষ্টি\u200c হয়েছে অনেক।",
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক।\u00a0ঢাকায় আজ বৃষ্টি হয়েছে অনেক।",
    "ঢাকায় আজ  বৃষ্টি হয়েছে অনেক। ঢাকায় আজ বৃষ্টি হয়েছে অনেক।",
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক।\tঢাকায় আজ বৃষ্টি হয়েছে অনেক।",
    '"তিনি বললেন, আজ বৃষ্টি হবে।" "তিনি বললেন, আজ বৃষ্টি হবে।"',
    "কী হয়েছে এখানে আজকে?! কী হয়েছে এখানে আজকে?! আর কিছু না।",
    "!!!!!! !!!!!! !!!!!! !!!!!! !!!!!! !!!!!! !!!!!! !!!!!!",
    "। । । । । । । । । । । । । । । । । । । । । । । । । ।",
    ". . . . . . . . . . . . . . . . . . . . . . . . . . . .",
    "A sentence that repeats here. A sentence that repeats here. Done.",
    "Dr. Rahman said so. Dr. Rahman said so. Dr. Rahman said so.",
    "ড. ইউনূস বলেন। ড. ইউনূস বলেন। মো. রহিম বলেন। মো. রহিম বলেন।",
    "এক। দুই। তিন। চার। পাঁচ। ছয়। সাত। এক। দুই। তিন। চার। পাঁচ। ছয়। সাত।",
    "প্রথম বাক্যটি বেশ লম্বা। দ্বিতীয় বাক্যটিও লম্বা। প্রথম বাক্যটি বেশ লম্বা। দ্বিতীয় বাক্যটিও লম্বা।",
    "X ছোট। P বাক্যটি অনেক লম্বা হতে হবে। P বাক্যটি অনেক লম্বা হতে হবে। P বাক্যটি অনেক লম্বা হতে হবে।"
    " X ছোট। P বাক্যটি অনেক লম্বা হতে হবে।",
    "শেষে বিন্দু আছে এই বাক্যে. শেষে বিন্দু আছে এই বাক্যে.",
    "শেষে বিন্দু আছে এই বাক্যে.) শেষে বিন্দু আছে এই বাক্যে.]",
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক।\x1cঢাকায় আজ বৃষ্টি হয়েছে অনেক।",
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক.\x1cঢাকায় আজ বৃষ্টি হয়েছে অনেক.",
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক.\u200c ঢাকায় আজ বৃষ্টি হয়েছে অনেক.",
    # captions and repeated lines
    "মাঠে উল্লাস। ছবি: এসিসি\nমাঠে উল্লাস। ছবি: এসিসি",
    "ছবি: সমকাল\nপ্রথম অনুচ্ছেদ।\nছবি: সমকাল",
    "প্রশ্ন:\nউত্তর দিন।\nপ্রশ্ন:",
    # long lines around the thresholds, with spaces, combining marks, e-kar + aa
    "ক " * 200,
    "ক" * 221,
    "ক" * 880,
    "ক" * 881,
    "\u09c7\u09be" * 300,
    "a\u0301" * 300,
    "—" * 300 + "ক" * 100,
    ("শব্দ " * 60) + "আরও পড়ুন: শিরোনাম",
    "আরও পড়ুন\nএকটি শিরোনাম\nআরেকটি শিরোনাম\n\n" + "দীর্ঘ বাক্য " * 100 + "।",
    # huge lines: English, "By ..."
    "This is an English paragraph. " * 40,
    "By John Smith " + "x" * 900,
    "শিরোনাম\n" + "This is an English paragraph. " * 40,
    "শিরোনাম\nনিজস্ব প্রতিবেদক\n" + "বাংলা বাক্য এখানে। " * 60,
    # one-line texts of every kind
    "রবিবার, জুলাই ২৮, ২০২৪ ১২:১৫ অপরাহ্ন",
    "খুলনা প্রতিনিধি",
    "By John Smith",
    "© ২০২৪ প্রথম আলো",
    "Comments (3)",
    "এই খবরটি শেয়ার করুন",
    "প্রচ্ছদ » জাতীয়",
    "সম্পাদক: মতিউর রহমান",
    "বিবিসি বাংলা, কলকাতা",
    "আমাদের ফেসবুক পেজে লাইক দিন",
]


def test_edge_cases() -> None:
    texts = EDGE_CASES + [bnclean.normalize(t) for t in EDGE_CASES]
    assert_same(texts, "edge case")


def test_dev_pages() -> None:
    texts = DEV_PAGES + [bnclean.normalize(t) for t in DEV_PAGES]
    assert_same(texts, "dev page")
    # and page by page, so that each line is a one-line text
    lines = sorted({line for page in texts for line in page.split("\n")})
    assert_same(lines, "dev line")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_pages(seed: int) -> None:
    pages = random_pages(seed, 300)
    assert_same(pages + [bnclean.normalize(p) for p in pages], f"random page (seed {seed})")


def test_corpus_documents_and_paragraphs() -> None:
    documents, paragraphs = corpus()
    # the steps as clean runs them (after normalize), and on the raw text
    normalized = [bnclean.normalize(t) for t in documents + paragraphs]
    assert_same(normalized, "corpus (normalized)", STEPS[:-1])
    assert_same(documents + paragraphs, "corpus", [("clean", bnclean.clean), STEPS[0], STEPS[2]])


def test_random_pages_with_corpus_sentences() -> None:
    documents, paragraphs = corpus()
    pages = random_pages(7, 400, extra=paragraphs[::5])
    assert_same(pages + [bnclean.normalize(p) for p in pages], "random page with corpus text")


# --- the facts the cheap tests rest on ----------------------------------------------------

ALL_CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_printable_text_has_no_invisible_character_and_no_space_but_space() -> None:
    """``_is_plain``: a printable line has nothing for ``_key`` / ``line_key`` to remove or
    collapse (regex ``\\s``, ``str.isspace`` and the invisible characters are unprintable)."""
    space = regex.compile(r"\s")
    for ch in ALL_CHARS:
        if ch == " " or not ch.isprintable():
            continue
        assert not space.match(ch) and not ch.isspace(), hex(ord(ch))
        assert not captions.INVISIBLE.match(ch) and not boilerplate.INVISIBLE.match(ch), hex(ord(ch))
        # NFC never makes white space of a printable character
        assert not any(c.isspace() for c in unicodedata2.normalize("NFC", ch)), hex(ord(ch))


def test_key_stable_characters_and_nfc_changes() -> None:
    """``line_key`` skips NFC on a plain line of KEY_STABLE characters unless NFC_CHANGES
    finds a sequence that NFC changes; ``_surely_long`` counts on each such character
    staying one character of the key (but an AA or AU mark after an e-kar)."""
    stable = [ch for ch in ALL_CHARS if ch.isprintable() and not boilerplate.KEY_STABLE.match(ch)]
    assert len(stable) < 400
    for ch in stable:
        assert len(ch.casefold()) == 1, hex(ord(ch))
        if ch not in "\u09dc\u09dd\u09df":
            assert unicodedata2.normalize("NFC", ch) == ch, hex(ord(ch))
        else:
            assert boilerplate.NFC_CHANGES.search(ch)
    for a in stable:
        for b in stable:
            pair = a + b
            if unicodedata2.normalize("NFC", pair) != pair:
                assert boilerplate.NFC_CHANGES.search(pair), (hex(ord(a)), hex(ord(b)))
                if len(unicodedata2.normalize("NFC", pair)) < 2:
                    assert a == "\u09c7" and b in "\u09be\u09d7"
    for ch in ALL_CHARS:  # case folding never shortens
        assert ch.casefold(), hex(ord(ch))


def test_line_key_fast_path_and_long_key_proof() -> None:
    lines = [line for page in DEV_PAGES for line in page.split("\n")] + EDGE_CASES
    if CORPUS.exists():
        documents, paragraphs = corpus()
        lines += paragraphs + [bnclean.normalize(p) for p in paragraphs]
    lines += [line + "\u200c" for line in lines[:200]] + ["  " + line + "\u00a0 x" for line in lines[:200]]
    fast = [boilerplate.line_key(line) for line in lines]
    long = [boilerplate._surely_long(line) for line in lines]
    with reference_path():
        ref = [boilerplate.line_key(line) for line in lines]
    assert fast == ref
    for line, key, is_long in zip(lines, ref, long):
        if is_long:
            assert len(key) > boilerplate.MAX_CHROME_CHARS, line[:100]


def test_no_looked_up_key_is_long() -> None:
    """A key longer than MAX_CHROME_CHARS (LONG_KEY stands for it) matches no lookup."""
    t = boilerplate._tables()
    assert all(len(k) <= boilerplate.MAX_CHROME_CHARS for k in t.all_keys)
    assert boilerplate.HUGE_KEY not in t.all_keys and boilerplate.LONG_KEY not in t.all_keys


def test_cheap_helpers_equal_the_patterns() -> None:
    rng = random.Random(5)
    alphabet = "ক খ।॥?!.\"'”’)]:| »-–—/ab\u200c\u00a0"
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    samples += [line for page in DEV_PAGES for line in page.split("\n")] + EDGE_CASES
    if CORPUS.exists():
        documents, paragraphs = corpus()
        samples += [line for doc in documents for line in doc.split("\n")]
        samples += [bnclean.normalize(line) for doc in documents for line in doc.split("\n")]
    for s in samples:
        t = s.strip()
        assert boilerplate._ends_with_mark(t, boilerplate.ANY_MARKS) == bool(boilerplate.ANY_SENTENCE_END.search(t)), t
        assert boilerplate._ends_with_mark(t, boilerplate.BENGALI_MARKS) == bool(
            boilerplate.BENGALI_SENTENCE_END.search(t)), t
        assert boilerplate._has_separator(s) == ("  " in s or not boilerplate.SEPARATOR_CHARS.isdisjoint(s)), s
        for n in (3, 7):
            assert boilerplate._has_spaces(s, n) == (s.count(" ") >= n)
        # the comparison form, as the slow path makes it
        assert captions._key(s) == captions.SPACE_RUN.sub(" ", captions.INVISIBLE.sub("", s)).strip(), s
        # the split of _reduce_plain: on every line whose only white space is " "
        # (plain or not), the sentences and offsets of sentence_units
        if captions.OTHER_SPACE.search(s) is not None:
            assert not captions._is_plain(s), s
            continue
        spans = captions.sentence_units(s)
        sentences, parts = captions._split_sentences(s)
        assert sentences == [s[a:b] for a, b in spans], s
        starts, ends = captions._offsets(s, sentences, parts)
        assert list(zip(starts, ends)) == spans, s


# --- the exact sentence-repeat rule on lines cut by one split (_reduce_plain) ---------------

REPEAT_POOL = [
    "ঢাকায় আজ বৃষ্টি হয়েছে অনেক।",  # long enough to be dropped alone
    "প্রথম বাক্যটি বেশ লম্বা।",
    "দ্বিতীয় বাক্যটিও লম্বা।",
    "না।",  # short: dropped only inside a longer run
    "কী হয়েছে?!",
    '"তিনি বললেন, আজ বৃষ্টি হবে।"',
    "শেষে বিন্দু আছে এই বাক্যে.",
    "Dr. Rahman said so.",
    "র\u200d্যাব জানায়, অভিযান চলছে।",  # a ZWJ that normalize keeps (র + ZWJ + virama)
    "র্যাব জানায়, অভিযান চলছে।",  # the same sentence without the joiner: the same key
    "বাক্য\u200c শেষ।",  # a ZWNJ: the key drops it
]
# What goes between two sentences: glued, a space, two spaces, an invisible character
# around a space (the key collapses the spaces it leaves), a tab (the slow path).
REPEAT_GAPS = ["", " ", " ", " ", "  ", " \u200b", "\u200b ", " \u200d ", "\t"]


def repeat_lines(seed: int, count: int) -> list[str]:
    """Lines of sentences drawn from a small pool, with copies of 1-7 sentences repeated
    directly, in chains and after other copies, and optional text after the last mark."""
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        sentences: list[str] = []
        while len(sentences) < rng.randint(1, 40):
            r = rng.random()
            if r < 0.5 and sentences:
                k = rng.randint(1, min(7, len(sentences)))
                sentences += sentences[-k:] * rng.randint(1, 3)
            else:
                sentences.append(rng.choice(REPEAT_POOL))
        line = rng.choice(["", " ", "\u200d"])
        for sentence in sentences:
            line += sentence + rng.choice(REPEAT_GAPS)
        if rng.random() < 0.2:
            line += rng.choice(["শেষ কথা", "ঢাকায় আজ বৃষ্টি হয়েছে অনেক", "তারপর "])
        lines.append(line)
    return lines


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sentence_repeats_one_split_equals_the_exact_rule(seed: int) -> None:
    lines = repeat_lines(seed, 1500)
    fast = [captions._reduce_exact(line) for line in lines]
    assert sum(bool(copies) for _, copies in fast) > 500  # copies are dropped
    assert sum(captions.OTHER_SPACE.search(line) is None and not captions._is_plain(line)
               for line in lines) > 100  # joiner lines take the split as well
    with reference_path():
        ref = [captions._reduce_exact(line) for line in lines]
    for line, a, b in zip(lines, fast, ref):
        assert a == b, repr(line)
    assert_same(["\n".join(lines[i:i + 5]) for i in range(0, 300, 5)], f"repeat lines (seed {seed})",
                STEPS[2:])
