"""The speed paths of ``strip_boilerplate`` give the output of the rules as written.

``_plan`` returns at once for a page whose every line is quiet and that has no page title
or breadcrumb (``_quiet_lines``), looking at a huge last line in place (QUIET_HUGE_LINE
stands for it), and ``_is_quiet`` proves a line quiet with screens: one search for the
words that break quiet (QUIET_SCREEN; the tests behind it look from SCREEN_REACH before
its match), a shortcut for lines of prose (``_is_quiet_prose``), a prefix tree for the
channels of a call to action (CHANNEL_TREE), and cheap tests before the timestamp,
reading-time, label, inline-marker, section-row and title patterns (``_may_be_timestamp``,
READING_STARTS, LABEL_START, ``_may_be_marked``, ``_may_be_section_row``,
``_may_be_titled``). These tests check each screen against the pattern it stands before,
check that a quiet line gets no reason from ``_strong`` or ``_weak``, and compare the fast
and the reference path (``captions.FAST_PATHS`` off) on every line of the dev, held-out
and unseen pages, every phrase of the data files, and mutations of them, alone and in
pages."""

from __future__ import annotations

import json
import random
import re
import sys
from importlib import resources
from pathlib import Path

import pytest
import regex

import bnclean
from bnclean import StripBoilerplate, boilerplate
from tests.linear import assert_linear
from tests.test_linesteps_fastpath import EDGE_CASES, reference_path

DATA = Path(__file__).parent / "data"
PAGES = [
    json.loads(line)["raw"]
    for name in ("documents.jsonl", "documents_heldout.jsonl", "documents_unseen.jsonl")
    for line in (DATA / name).read_text("utf-8").split("\n") if line.strip()
]
LINES = sorted({line for page in PAGES for line in page.split("\n")})


def phrases() -> list[str]:
    """Every entry of the phrase files, as written."""
    folder = resources.files("bnclean").joinpath("data", "boilerplate")
    out = []
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".txt") and p.name != "README.txt"):
        for raw in folder.joinpath(name).read_text("utf-8").splitlines():
            entry = raw.strip()
            if entry and not entry.startswith("#") and not boilerplate.SECTION_HEADER.match(entry):
                out.append(entry)
    return out


PHRASES = phrases()
# A tail that makes a line Bengali prose (eight or more words, a danda).
PROSE_TAIL = " বলে জানিয়েছেন স্থানীয় প্রশাসনের একজন কর্মকর্তা আজ।"


def mutations(line: str) -> list[str]:
    """``line`` and variants that the rules may treat otherwise: with a stamp, a marker, a
    site, a separator, a byline role, a call to action, as prose, upper case."""
    return [
        line,
        line.upper(),
        line + "।",
        line + PROSE_TAIL,
        "আরও পড়ুন: " + line,
        "Tags: " + line,
        line + " | প্রথম আলো",
        line + " - প্রথম আলো",
        "প্রচ্ছদ » জাতীয় » " + line,
        "প্রকাশ: ১২ মার্চ ২০২৪, " + line,
        line + " ২ ঘণ্টা আগে",
        "২৮শে " + line,
        line + ", ঢাকা",
        line + " প্রতিনিধি",
        "By " + line,
        line + " অনলাইন",
        line + " ফেসবুক পেজে ফলো করুন",
        "আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন " + line,
        line + " cookie policy accept",
        "আমরা কুকি ব্যবহার করি, " + line + PROSE_TAIL,
        # odd spacing: seven spaces make a two-word line "prose", its key has one
        line.replace(" ", " " * 8, 1) + "।",
        line.split(" ")[0] + " " * 8 + "ডটকম।",
        line + "/এফএ/জেআইএম",
        "লেখক: " + line,
        "ভারপ্রাপ্ত সম্পাদক : " + line,
        "Posted by: " + line,
        "পদবী, " + line,
        "পড়ার সময়: " + line,
        "৩ মিনিট " + line,
        line.replace(" ", "-"),
        line.replace(" ", " / "),
        line[: len(line) // 2],
    ]


def sample_lines() -> list[str]:
    base = LINES + PHRASES + EDGE_CASES
    lines = [m for line in base for m in mutations(line)]
    return sorted(set(lines + [bnclean.normalize(line) for line in lines]))


SAMPLES = sample_lines()


def keyed(lines: list[str]) -> list[tuple[str, str]]:
    """``(line, key)`` for the lines whose key the quiet gate sees."""
    out = []
    for line in lines:
        key = boilerplate._plan_key(line)
        if key and len(key) <= boilerplate.MAX_CHROME_CHARS and key != boilerplate.HUGE_KEY:
            out.append((line, key))
    return out


KEYED = keyed(SAMPLES)


# --- each screen against what it stands before ---------------------------------------------

def test_quiet_lines_get_no_reason() -> None:
    """What ``_is_quiet`` promises: neither ``_strong`` nor ``_weak`` gives a quiet line a
    reason (both run on the reference path)."""
    t = boilerplate._tables()
    step = StripBoilerplate()
    quiet = [(line, key) for line, key in KEYED if boilerplate._is_quiet(line, key, t)]
    assert 0.3 * len(KEYED) < len(quiet) < len(KEYED)
    with reference_path():
        for line, key in quiet:
            assert boilerplate._strong(line, key, t, step) is None, line
            assert boilerplate._weak(line, key, t) is None, line
    prose = [(line, key) for line, key in quiet if boilerplate._is_bengali_prose(line)]
    assert len(prose) > 1000  # the prose shortcut is taken


def test_quiet_screen_finds_what_the_breaker_tests_find() -> None:
    for _, key in KEYED:
        if boilerplate.QUIET_SCREEN.search(key) is None:
            assert not boilerplate.QUIET_BREAKERS.search(key), key
            assert not boilerplate.QUIET_BREAKER_WORDS.search(key), key
            assert "by" not in key and not boilerplate.CTA_HINT.search(key), key


def test_channel_tree_finds_what_cta_channel_finds() -> None:
    hits = 0
    for _, key in KEYED:
        found = boilerplate.CHANNEL_TREE.search(key) is not None
        assert found == (boilerplate.CTA_CHANNEL.search(key) is not None), key
        hits += found
    assert hits > 500


def timestamps() -> list[str]:
    """Lone timestamps built from TIMESTAMP's words and numbers, and the stamps of the pages."""
    rng = random.Random(3)
    words = [w for part in boilerplate.TIMESTAMP_TOKENS[:-2] for w in re.findall(r"[^|()?:\\]+", part)]
    numbers = ["১২", "২৮শে", "৫ই", "28th", "2024", "১০:৩০", "৪ ঘণ্টা", "4h", "৩ মিনিট", "১লা"]
    seps = [" ", ", ", ": ", " | ", " - ", "। ", "/", " (", ") "]
    out = []
    for _ in range(5000):
        parts = [rng.choice(words if rng.random() < 0.6 else numbers) for _ in range(rng.randint(1, 6))]
        out.append("".join(p + rng.choice(seps) for p in parts).strip())
    return out


def test_timestamp_screen() -> None:
    t = boilerplate._tables()
    keys = [key for _, key in KEYED] + [boilerplate.line_key(s) for s in timestamps()]
    stamps = 0
    for key in keys:
        if boilerplate._is_timestamp(key):
            stamps += 1
            assert boilerplate._may_be_timestamp(key, t), key
    assert stamps > 1000


def reading_times() -> list[str]:
    return [
        "পড়ার সময়: ৫ মিনিট", "পড়তে সময় লাগবে ৩ মিনিট", "পড়তে লাগবে : 2 min", "Reading time: 4 min",
        "read time 10 minutes", "5 min read", "৩ মিনিটে পড়ুন", "১২ মিনিট পড়া", "১ / ১৮", "3/12", "2 of 9",
        "১০ এর মধ্যে ৩",
    ]


def test_reading_time_and_gallery_screen() -> None:
    keys = [key for _, key in KEYED] + [boilerplate.line_key(s) for s in reading_times()]
    found = 0
    for key in keys:
        if boilerplate.READING_TIME.match(key) or boilerplate.GALLERY_COUNTER.match(key):
            found += 1
            assert key[0] in boilerplate.DIGITS or key.startswith(boilerplate.READING_STARTS), key
    assert found > 20


def test_label_screen() -> None:
    found = 0
    for _, key in KEYED:
        if boilerplate.AUTHOR_LINE.match(key) or boilerplate.FOOTER.match(key):
            found += 1
            assert boilerplate.LABEL_START.match(key), key
    assert found > 1000


def test_section_row_screen() -> None:
    t = boilerplate._tables()
    sections = sorted(t.sections)
    rng = random.Random(4)
    rows = [" ".join(rng.sample(sections, rng.randint(1, 4))) for _ in range(2000)]
    rows += [rng.choice([" » ", "/", " | ", "  ", " > "]).join(rng.sample(sections, 3)) for _ in range(2000)]
    keys = [key for _, key in KEYED] + [boilerplate.line_key(r) for r in rows]
    found = 0
    for key in keys:
        if key not in t.all_keys and boilerplate._is_section_row(key, t.sections, t.places):
            found += 1
            assert boilerplate._may_be_section_row(key, t), key
    assert found > 1000


def test_white_space_facts() -> None:
    """LEADING_SPACE strips what str.lstrip() strips; re's \\s (NAV_CUT) holds regex's \\s
    (NAV_SEPARATOR)."""
    space = regex.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert boilerplate.LEADING_SPACE.match(c).end() == (1 if c.isspace() else 0), hex(code)
        if space.match(c):
            assert re.match(r"\s", c), hex(code)


def test_huge_last_line() -> None:
    """The last line too long to be chrome is looked at in place (QUIET_HUGE_LINE stands
    for it while the gate runs)."""
    tails = [BODY_HUGE, "  " + BODY_HUGE, "\u00a0By " + BODY_HUGE, "By John " + BODY_HUGE,
             "This is English. " * 80, "\t" + "x" * 900, boilerplate.QUIET_HUGE_LINE]
    heads = ["শিরোনাম", "প্রথম আলো", "", "শিরোনাম\nনিজস্ব প্রতিবেদক", "আরও পড়ুন\nএকটি শিরোনাম"]
    pages = [f"{h}\n{tail}" for h in heads for tail in tails] + tails
    assert_same(pages, "huge last line")
    assert boilerplate._is_quiet_huge(boilerplate.QUIET_HUGE_LINE)
    assert boilerplate._plan_key(boilerplate.QUIET_HUGE_LINE) == boilerplate.HUGE_KEY


def test_titles_that_name_a_huge_line() -> None:
    """A title can name the key of a huge line ("\\x00") when it holds one; one short key
    names no other line."""
    body = BODY_HUGE
    pages = [f"\x00 . . . . - প্রথম আলো\n{body}", f"\x00 . . . . | প্রথম আলো\n{body}",
             f"শিরোনাম - প্রথম আলো\n{body}", f"শিরোনাম\nশিরোনাম - প্রথম আলো\n{body}",
             f"প্রচ্ছদ » জাতীয় » শিরোনাম\n{body}", f"প্রচ্ছদ » জাতীয় » শিরোনাম\nশিরোনাম\n{body}"]
    assert StripBoilerplate().removals(pages[0])  # the title goes
    assert_same(pages, "title")


def test_marker_screen() -> None:
    t = boilerplate._tables()
    marked = 0
    for _, key in KEYED:
        m = boilerplate.INLINE_MARKER.match(key)
        if m and m.group("marker").strip(boilerplate.EDGE_PUNCT) in t.markers:
            marked += 1
            assert boilerplate._may_be_marked(key, t), key
    assert marked > 100


def test_title_screen() -> None:
    """Where ``_may_be_titled`` says no, ``_titles_and_breadcrumbs`` finds no title or
    breadcrumb whatever the other lines of the page are."""
    t = boilerplate._tables()
    titled = 0
    for _, key in KEYED:
        m = boilerplate.PAGE_TITLE.match(key)
        parts = [p for p in boilerplate.NAV_SEPARATOR.split(key) if p]
        if (m and m.group("site").strip() in t.sites) or (
            len(parts) > 1 and all(p in t.sections for p in parts[:-1])
        ):
            titled += 1
            assert boilerplate._may_be_titled(key, t), key
    assert titled > 500


def test_prefix_tree_finds_what_the_alternation_finds() -> None:
    rng = random.Random(9)
    for words in (["ab", "abc", "b", "ca"], list(boilerplate.CTA_HINTS), ["প্রতিনিধি", "প্রতিবেদক", "প্রতিবেদন", "দিন"]):
        tree = re.compile(boilerplate._prefix_tree(words))
        flat = re.compile("|".join(map(re.escape, words)))
        alphabet = "".join(set("".join(words))) + " x"
        for _ in range(3000):
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            assert (tree.search(s) is None) == (flat.search(s) is None), (words, s)


@pytest.mark.parametrize("name", [
    "QUIET_SCREEN", "CHANNEL_TREE", "LETTER_RUN", "LAST_LETTER_RUN", "LABEL_START", "SPACE_PAIR", "NAV_CUT_CHAR",
    "SEPARATOR_CHAR", "HAS_DIGIT_RE", "BENGALI_LETTER_RE", "LEADING_SPACE",
])
def test_new_patterns_are_linear(name: str) -> None:
    """Searches over near misses (a word cut short, repeated) and over text the pattern
    finds nowhere, from the start and from the middle."""
    pattern = getattr(boilerplate, name)
    for unit in ("প্রতিবেদ", "ক ", "a ", "b ", "গুগল নিউ", "ফেসবু", "\u09cd", "\u0964 ", "x\u00a0", "- "):
        assert_linear(lambda n, u=unit: (pattern.search(u * n), pattern.search(u * n, n // 2)), n=5000)


def test_quiet_gate_is_linear() -> None:
    t = boilerplate._tables()
    for unit in ("আরও পড়ুন: ", "প্রতিবেদ ", "১২ মার্চ ", "ক, ", "a-b ", "। "):
        assert_linear(lambda n, u=unit: boilerplate._is_quiet(u * n, u * n, t), n=5000)


# --- the fast path against the reference path ----------------------------------------------

BODY_HUGE = " ".join(["ঢাকায় আজ সকাল থেকে বৃষ্টি হচ্ছে বলে আবহাওয়া অফিস জানিয়েছে।"] * 20)
BODY_SHORT = "ঢাকায় আজ সকাল থেকে বৃষ্টি হচ্ছে বলে আবহাওয়া অফিস জানিয়েছে।"


def run(texts: list[str], normalized: list[bool]) -> list[object]:
    """The output and the removals of the public step, and of clean's step (``_nfc_input``)
    on the texts that ``normalize`` leaves as they are (what that step gets)."""
    public = StripBoilerplate()
    nfc = StripBoilerplate(_nfc_input=True)
    out: list[object] = []
    for text, is_normalized in zip(texts, normalized):
        out.append(public(text))
        out.append(public.removals(text))
        if is_normalized:
            out.append(nfc(text))
            out.append(nfc.removals(text))
    return out


def assert_same(texts: list[str], label: str) -> int:
    """Fast and reference path agree on ``texts``; returns how many are normalized."""
    normalized = [text == bnclean.normalize(text) for text in texts]
    fast = run(texts, normalized)
    with reference_path():
        ref = run(texts, normalized)
    if fast != ref:
        for i, (text, is_normalized) in enumerate(zip(texts, normalized)):
            one = run([text], [is_normalized])
            with reference_path():
                assert one == run([text], [is_normalized]), f"{label} #{i}: differs on {text[:300]!r}"
    assert fast == ref, f"{label}: the texts differ only when run together"
    return sum(normalized)


def test_lines_alone() -> None:
    assert assert_same(SAMPLES, "line") > len(SAMPLES) // 3  # clean's step is compared too


@pytest.mark.parametrize("body", [BODY_HUGE, BODY_SHORT, ""], ids=["huge body", "short body", "no body"])
def test_lines_as_headlines_and_in_pages(body: str) -> None:
    lines = SAMPLES[::12] if body else SAMPLES[5::12]
    pages = [line + "\n" + body for line in lines]
    pages += [body + "\n" + line for line in lines[::7]]
    pages += [f"{line}\nপ্রথম আলো\n{body}" for line in lines[::11]]
    assert_same(pages, "page")


@pytest.mark.parametrize("seed", [1, 2])
def test_random_pages_of_mutated_lines(seed: int) -> None:
    rng = random.Random(seed)
    pages = []
    for _ in range(1500):
        lines = [rng.choice(SAMPLES) for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.5:  # a headline repeated as a title or breadcrumb
            head = rng.choice(lines)
            lines.insert(0, rng.choice([f"{head} | প্রথম আলো", f"প্রচ্ছদ » জাতীয় » {head}", f"{head} - Samakal"]))
        pages.append("\n".join(lines))
    assert_same(pages, f"random page (seed {seed})")


def test_screen_reach() -> None:
    """Every word of the four tests behind QUIET_SCREEN holds a word of its tree, so each
    starts at most SCREEN_REACH characters before the screen's first match."""
    words = boilerplate._SCREEN_WORDS
    tree = re.compile(boilerplate._prefix_tree(words))
    for w in words:
        assert tree.search(w), w
        assert len(w) - 1 <= boilerplate.SCREEN_REACH
    moved = 0
    for _, key in KEYED:
        hit = boilerplate.QUIET_SCREEN.search(key)
        if hit is None:
            continue
        start = max(0, hit.start() - boilerplate.SCREEN_REACH)
        moved += start > 0
        for pattern in (boilerplate.QUIET_BREAKERS, boilerplate.QUIET_BREAKER_WORDS, boilerplate.CTA_HINT):
            assert (pattern.search(key) is None) == (pattern.search(key, start) is None), key
        assert ("by" in key) == (key.find("by", start) >= 0), key
    assert moved > 1000
