"""The sentence splitter against a frozen copy of its earlier, straightforward version.

``bnclean.sentences`` decides the common boundary (``খাই। তুমি``) inside its scanning
pattern and reserves Python for the rare candidates. That must not change a single
decision, so the one-pass splitter it replaced (commit 84f64f1: one candidate pattern, every
candidate decided in Python) is kept below, frozen, as the reference. Do not edit it to make
a test pass: a difference is a bug in the fast path, or a deliberate change of behaviour that
then needs its own test and a new reference.

Both are compared on the golden cases, on every bdnews body, the RisingNews paragraphs of
the benchmark and both RisingNews files whole (when ``../shared`` is present), and on seeded
random texts made of every kind of piece the splitter looks at.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Mapping

import pytest
import regex

from bnclean import iter_sentences, sentence_spans, split_sentences
from bnclean.chars import (
    BENGALI_LETTERS,
    BENGALI_MARKS,
    DANDA,
    DOUBLE_DANDA,
    EMAIL,
    URL,
    ZWJ,
    ZWNJ,
)
from bnclean.sentences import SentencePerLine, Splitter, _table

from .test_sentences import _benchmark_module, _corpus

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "corpus"
CASES = [json.loads(line) for line in (HERE / "data" / "sentences.jsonl").open(encoding="utf-8")]

# ======================================================================================
# The reference: bnclean/sentences.py at commit 84f64f1, from "characters" to _spans,
# copied verbatim (the abbreviation tables are the package's own, see _reference_spans).
# ======================================================================================

# --- characters --------------------------------------------------------------------
# Sentence terminators: danda, double danda, question mark, exclamation mark.
_TERMINATORS = DANDA + DOUBLE_DANDA + "?!"
# Dot-like characters: full stop and the one-character ellipsis U+2026.
_DOTS = ".\u2026"
# Closing quotes and brackets; they stay with the sentence they close.
_CLOSERS = ")]}\u00bb\u201d\u2019\u203a"  # ) ] } » ” ’ ›
# Opening quotes and brackets; a sentence may start with one right after a terminator.
_OPENERS = "([{\u00ab\u201c\u2018\u2039\"'"  # ( [ { « “ ‘ ‹ " '
# Characters allowed before a list marker or in front of a token (bullets and openers).
_LEADERS = _OPENERS + "\u2022\u25cf\u25aa*\u2013\u2014-"  # • ● ▪ * – — -

# --- patterns ------------------------------------------------------------------------
# A line break (CRLF counts once); every one ends a sentence (SEN-5).
_LINE_BREAK = r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]"
# What may follow a terminator or a dot inside its sentence: closing quotes and brackets,
# a straight quote that no letter or digit follows (so it closes, not opens), emoji and
# other symbols (with their variation selector), an emoji after spaces ("জিতেছি! 🎉"),
# and invisible format characters (zero width space, ZWNJ, ZWJ, word joiner, BOM).
# Possessive: never backtracks.
_CLOSER_RUN = (
    rf"(?:[{regex.escape(_CLOSERS)}]"
    r"|[\"'](?![\p{L}\p{M}\p{N}])"
    r"|[\p{So}\p{Sk}\uFE0F\u200B-\u200D\u2060\uFEFF]"
    r"|[ \t\u00A0]++\p{Extended_Pictographic})*+"
)
# Characters where a candidate (or a URL, an e-mail address, a Latin word) can start;
# everything else is skipped in one possessive run, which keeps the scan fast.
_STOP = (
    rf"{_TERMINATORS}{_DOTS}A-Za-z0-9_%+\-"
    r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
)
# The candidate boundaries. Each match first skips text that cannot start one, then takes
# the first alternative that fits; the named group that matched (``Match.lastgroup``) says
# which kind it is. Every alternative after the skip matches at a stop character or at
# the end of the text, so the scan never restarts inside a skipped run (linear time).
_CANDIDATE = regex.compile(
    rf"[^{_STOP}]*+(?:"
    + "|".join(
        (
            # a URL (bnclean.chars.URL, case-insensitive): skipped whole, its dots and ? are
            # not sentence ends
            rf"(?P<url>(?i:{URL.pattern}))",
            # an e-mail address (bnclean.chars.EMAIL): skipped whole. The lookbehind lets it
            # start only where a run of address characters starts, so a long run (a
            # megabyte of dots) is scanned once, not once per position.
            rf"(?P<email>(?<![A-Za-z0-9._%+-]){EMAIL.pattern})",
            # a line break
            rf"(?P<br>{_LINE_BREAK})",
            # a run of terminators (।। ?!? ...), dots after it included, and dandas after
            # spaces ("সমাপ্ত । ।"), then its closers
            rf"(?P<term>[{_TERMINATORS}]++[{_TERMINATORS}{_DOTS}]*+"
            rf"(?:[ \t]++[{DANDA}{DOUBLE_DANDA}]++)*+)(?P<tclose>{_CLOSER_RUN})",
            # a run of dots ("." "..." "…"), then its closers
            rf"(?P<dots>[{_DOTS}]++)(?P<dclose>{_CLOSER_RUN})",
            # a Latin word or number that is not a URL or an address: skipped
            r"(?P<word>[A-Za-z0-9_%+\-]++)",
            # the end of the text, so that the last skipped run is not rescanned
            r"(?P<end>\Z)",
        )
    )
    + ")"
)
# Horizontal whitespace, then optional opening quotes or brackets, then the next word
# (at most 40 characters of it are looked at).
_NEXT_WORD = regex.compile(
    rf"[^\S\r\n\v\f\x1c-\x1e\x85\u2028\u2029]*+[{regex.escape(_OPENERS)}]*+(\S{{0,40}})"
)
# Whitespace, bullets and opening quotes at the start of a sentence; the match ends where
# the sentence's first word starts.
_SENTENCE_START = regex.compile(rf"[\s{regex.escape(_LEADERS)}]*+")
# Digits, Bengali and ASCII (a string for ``in`` tests and for use inside [...]).
_DIGITS = "0123456789\u09E6\u09E7\u09E8\u09E9\u09EA\u09EB\u09EC\u09ED\u09EE\u09EF"
# A token that is a number: digits (Bengali or ASCII) with inner . , : separators.
_NUMBER = regex.compile(rf"[{_DIGITS}]+(?:[.,:][{_DIGITS}]+)*")
# A list-marker number: one to three digits.
_LIST_NUMBER = regex.compile(rf"[{_DIGITS}]{{1,3}}")
# A list label that is not a number: a roman numeral (i to xx) or one Latin letter.
_LIST_LETTER = regex.compile(r"[ivx]{1,5}|[IVX]{1,5}|[A-Za-z]")
# A Latin letter: a sentence with Latin letters and no Bengali ones before a dot is English.
_LATIN = regex.compile(r"[A-Za-z]")
# A dotted Bengali acronym without its last dot: বি.এ, এম.এ, কি.মি, এস.এস.সি, খ্রি.পূ;
# each piece is one to six letters and marks (vowel signs, virama, nukta...).
_BN_ACRONYM = regex.compile(
    rf"[{BENGALI_LETTERS}{BENGALI_MARKS}]{{1,6}}(?:\.[{BENGALI_LETTERS}{BENGALI_MARKS}]{{1,6}})+"
)
# One Bengali letter, optionally with nukta (U+09BC, a combining mark): an initial (স. ম.).
_BN_LETTER = regex.compile(rf"[{BENGALI_LETTERS}]\u09BC?")
# One Bengali consonant, optionally with nukta (U+09BC, a combining mark): a list label.
_BN_CONSONANT = regex.compile(r"[\u0995-\u09B9]\u09BC?")
# A Bengali letter (not a mark, digit or sign): the start of a Bengali word.
_BN_LETTER_START = regex.compile(rf"[{BENGALI_LETTERS}]")
# Capital initials joined by dots without the last dot: U.S, U.K, U.S.A.
_EN_CAPITALS = regex.compile(r"[A-Z](?:\.[A-Z])+")
# One Latin capital: an English initial (K.), or the first letter of a capitalised word.
_EN_CAPITAL = regex.compile(r"[A-Z]")

# Capitalised English words that open sentences: after an abbreviation of kind "final"
# (Ltd. Inc. U.S. a.m. ...) the dot ends the sentence only before one of these.
_EN_OPENERS = frozenset(
    """A After Also An And As At But Both By During Each Every For From He Her Here His
    However How I If In Instead It Its Last Later Many Meanwhile Most My No Not Now On One
    Our She So Some Still That The Their Then There These They This Those Thus Today Two
    We What When Where While Who Why With Yesterday Yet You Your""".split()
)

# Kinds of abbreviation (see the header of data/abbreviations_bn.txt).
_KINDS = frozenset({"title", "chain", "final", "list", "number"})
# Characters ignored when a token is looked up: ZWJ and ZWNJ.
_INVISIBLE = {ord(ZWJ): None, ord(ZWNJ): None}
_WINDOW = 48  # characters looked at on either side of a candidate


def _clean_token(token: str) -> str:
    """A token as it is looked up: leading openers off, ZWJ/ZWNJ out, NFC."""
    token = token.lstrip(_OPENERS).translate(_INVISIBLE)
    if not token.isascii():
        token = unicodedata.normalize("NFC", token)
    return token


def _abbreviation_kind(token: str, table: Mapping[str, str]) -> str | None:
    """The kind of ``token`` (without its dot) as an abbreviation, or None if it is not one."""
    kind = table.get(token)
    if kind is not None:
        return kind
    if _BN_LETTER.fullmatch(token) or _BN_ACRONYM.fullmatch(token):
        return "title"
    if _EN_CAPITAL.fullmatch(token):
        return "title"
    if _EN_CAPITALS.fullmatch(token):
        return "final"
    return None


def _is_initial_with_dot(word: str, table: Mapping[str, str]) -> bool:
    """Whether ``word`` is an initial or letter name written with its dot (এ. কে. বি.)."""
    if not word.endswith(".") or len(word) < 2:
        return False
    kind = _abbreviation_kind(_clean_token(word[:-1]), table)
    return kind in ("title", "chain")


def _last_word(text: str, lo: int, hi: int) -> tuple[str, int]:
    """The word (no whitespace) that ends at ``hi`` and its start; "" if a space is there.

    At most _WINDOW characters before ``hi`` (and none before ``lo``) are looked at.
    """
    start = max(lo, hi - _WINDOW)
    chunk = text[start:hi]
    parts = chunk.rsplit(None, 1)
    if not parts or not chunk or chunk[-1].isspace():
        return "", hi
    word = parts[-1]
    return word, hi - len(word)


# The decisions below get ``first``: where the current sentence's first word starts
# (after whitespace and bullets). They look no further back than that, and at most
# _WINDOW characters around the candidate, so each costs a bounded amount of work.


def _terminator_end(text: str, m: regex.Match, start: int, first: int) -> int:
    """Where the sentence ends if a run of terminators (and its closers) ends it (SEN-1),
    else -1. The sentence began at ``start``; its first word at ``first``."""
    s, te, e = m.start("term"), m.end("term"), m.end()
    nxt = text[e] if e < len(text) else ""
    if s and text[s - 1] in "([" and te < len(text) and text[te] in ")]":
        return -1  # "(?)" and "(!)": the mark named in brackets, not a sentence end
    if nxt in "\"'" and nxt and text.count(nxt, start, s) % 2:
        # a straight quote glued to the next word closes a quote this sentence opened:
        # 'বললেন, "আমি আসব।"কিন্তু' ends after the quote
        return e + 1
    if nxt and not nxt.isspace():
        # খাই।তুমি, খাই।“তুমি: a boundary without a space before a Bengali letter or an
        # opener (SEN-1); a danda also before a Latin letter. Not before a digit (॥১॥ verse
        # numbers), a comma or a dash, and not ? or ! before a Latin letter (a URL query,
        # Yahoo!).
        if not (
            nxt in _OPENERS
            or _BN_LETTER_START.match(nxt)
            or (text[s] in DANDA + DOUBLE_DANDA and nxt.isalpha() and nxt.isascii())
        ):
            return -1
    if nxt and text[s] == DANDA and te - s == 1 and s - first <= 3:
        # "১। প্রথম কথা", "ক। সংজ্ঞা দাও": a number or a consonant and a danda opening a
        # sentence is a list marker (not a vowel: "ও। আচ্ছা।" is two sentences)
        word = text[first:s]
        if (_LIST_NUMBER.fullmatch(word) or _BN_CONSONANT.fullmatch(word)) and _opens_list_item(
            text, first, first, e
        ):
            return -1
    return e


def _opens_list_item(text: str, first: int, wstart: int, end: int) -> bool:
    """Whether the word at ``wstart`` (ending before ``end``) is the first word of its
    sentence and more text follows it on the line."""
    return wstart == first and bool(_NEXT_WORD.match(text, end).group(1))


def _ends_at_dot(text: str, m: regex.Match, first: int, table: Mapping[str, str]) -> bool:
    """Whether a full stop followed by whitespace or the end of the line ends the sentence
    (SEN-2, SEN-3, SEN-8). Ellipses were handled by the caller."""
    s, e = m.start("dots"), m.end()
    word, wstart = _last_word(text, first, s)
    token = _clean_token(word)
    if not token:
        return True  # a dot after a space or an opener: "খাই ."
    if _NUMBER.fullmatch(token):
        if _LIST_NUMBER.fullmatch(token):
            if _opens_list_item(text, first, wstart, e):
                return False  # "১. প্রথম কথা", "2. Tap on Register."
            before = text[max(first, wstart - 3) : wstart].rstrip()
            if before and before[-1] in ":-\u2013\u2014":
                return False  # "কারণ- ১. বৈদেশিক ঋণ": a list inside a line
        return True  # "দাম ৯.৫. এখন": a number ends the sentence
    if _LIST_LETTER.fullmatch(token) and _opens_list_item(text, first, wstart, e):
        return False  # "ii. Second item", "a. প্রথম কথা"
    kind = _abbreviation_kind(token, table)
    if kind is None:
        return True
    if kind == "title":
        return False
    following = _NEXT_WORD.match(text, e).group(1)
    if kind == "chain":
        # এ ও আর কে ই: an initial only next to another initial ("এ. কে. ফজলুল হক")
        previous = text[max(first, wstart - _WINDOW) : wstart].rsplit(None, 1)[-1:]
        return not (
            (previous and _is_initial_with_dot(previous[0], table))
            or _is_initial_with_dot(following.rstrip(",;:"), table)
        )
    if kind == "final":
        if following.rstrip(",;:.!?") in _EN_OPENERS:
            return True  # "Karim & Co. It should arrive"
        # an English sentence, then a Bengali one: "The meeting is at 5 p.m. সবাই আসবেন।";
        # but "সকাল 9 a.m. থেকে খোলা" is one Bengali sentence
        before = text[max(first, wstart - _WINDOW) : wstart]
        return bool(
            _BN_LETTER_START.match(following)
            and _LATIN.search(before)
            and not _BN_LETTER_START.search(before)
        )
    if kind == "list":  # "oil etc. বাকি জিনিস", "etc. The"
        return bool(_EN_CAPITAL.match(following) or _BN_LETTER_START.match(following))
    return not following[:1].isdigit()  # "number": No. 5, pp. 12


def _spans(text: str, table: Mapping[str, str]) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each stripped, non-empty sentence of ``text``."""
    n = len(text)
    start = 0  # where the current sentence starts (before stripping)
    first = _SENTENCE_START.match(text).end()  # where its first word starts
    for m in _CANDIDATE.finditer(text):
        kind = m.lastgroup
        if kind == "tclose":
            end = m.end()
            s = m.start("term")
            if end < n and text[end] == " " and s - first > 3 and text[s - 1] not in "([":
                pass  # the common case, "খাই। তুমি": a boundary with nothing to check
            else:
                end = _terminator_end(text, m, start, first)
                if end < 0:
                    continue
            next_start = end
        elif kind == "dclose":
            e = m.end()
            if e < n and not text[e].isspace():
                continue  # ৩.৫, বি.এ, example.com, সা.-এর: no space after, no boundary
            if m.end("dots") - m.start("dots") > 1 or text[m.start("dots")] == "\u2026":
                continue  # an ellipsis inside a line is a pause (SEN-4); a line break ends it
            if not _ends_at_dot(text, m, first, table):
                continue
            end = next_start = e
        elif kind == "br":
            end, next_start = m.start("br"), m.end()
        elif kind == "end":
            end = next_start = n
        else:
            continue  # a Latin word, a URL, an e-mail address
        # the sentence is text[start:end] without the whitespace around it
        while start < end and text[start].isspace():
            start += 1
        last = end
        while last > start and text[last - 1].isspace():
            last -= 1
        if last > start:
            yield start, last
        start = next_start
        first = _SENTENCE_START.match(text, start).end()



# ======================================================================================
# end of the frozen copy
# ======================================================================================


def _reference_spans(text: str, extra: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The spans the reference gives, with the shipped abbreviations plus ``extra``."""
    return list(_spans(text, _table(extra)))


def _reference_per_line(text: str) -> str:
    """SentencePerLine as it was at commit 84f64f1, on the reference splitter."""
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.extend(line[a:b] for a, b in _reference_spans(line))
        else:
            out.append("")
    return "\n".join(out)


def assert_same(text: str) -> None:
    """Every entry point gives what the reference gives on ``text``."""
    expected = _reference_spans(text)
    assert sentence_spans(text) == expected, text
    sentences = [text[a:b] for a, b in expected]
    assert split_sentences(text) == sentences, text
    assert list(iter_sentences(text)) == sentences, text


# --- pieces of random texts ------------------------------------------------------------
# Each kind of piece with its weight; pieces are glued with no separator, so spaces,
# line breaks and quotes fall next to words, marks and abbreviations in every order.
FUZZ_PIECES: dict[str, tuple[list[str], int]] = {
    "words": (["আমি", "তুমি", "কথা", "বাংলাদেশ", "খাই", "গেল", "সে", "কি", "রহিম", "দেশের",
               "হয়", "ক", "খ", "ও", "এ", "কে", "আর", "ই", "বি", "ক্ষ", "নং",
               "ড\u09bc",  # ড + nukta (U+09BC, a combining mark), not NFC
               "কি\u200c"],  # কি + ZWNJ
              30),
    "abbreviations": (["ড.", "ডা.", "মো.", "মুহা.", "বি.এ.", "এম.এ.", "কি.মি.", "খ্রি.", "(সা.)",
                       "লে.", "জে.", "(অব.)", "স.", "ম.", "এ.", "কে.", "আর.", "ই.", "ও.",
                       "U.S.", "U.N.", "a.m.", "p.m.", "Ltd.", "Co.", "Inc.", "Dr.", "Mr.",
                       "etc.", "No.", "pp.", "vs.", "e.g.", "i.e.", "J.", "K.", "Ph.D.", "St.",
                       "অনু."],
                      8),
    "latin": (["The", "It", "He", "apples", "Rahman", "Yahoo", "i", "ii", "iv", "a", "b", "x",
               "See", "and", "Mail"], 6),
    "numbers": (["১", "২", "১২", "৩.৫", "১২.০৫.২০২৩", "10.30", "1", "2", "৯.৫", "১,২০০.৫০",
                 "123", "1234"], 5),
    "urls": (["http://a.b/c?d=1&e=2", "https://example.com/a", "www.x.y", "WWW.PROTHOMALO.COM",
              "ftp://f.g", "http://x/কথা", "www.a.com/", "a@b.co", "info@example.com.bd",
              "x.y@z.org", "a.b.c@d", "@x.com"], 3),
    "marks": (["।", "॥", "?", "!", "?!?", "।।", "!!!", "। ।", "॥১॥", ".", "..", "...", "…",
               "(?)", "(!)", "।”", "।’", "?”", "।)", "!]", "।\"", "।'", "!»", ":", ",", ";",
               "-", "–", "—", "•", "●", "*", "@", "/", "&", "%", "+", "_"], 14),
    "brackets": (["\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "{", "}", "‹",
                  "›"], 6),
    "spaces": ([" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\x1f", "\u3000"], 22),
    "breaks": (["\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\v", "\f", "\x1c"],
               3),
    # list labels at the start of a line or after a dash or a colon
    "labels": (["\nক। ", "\nড\u09bc। ", "\nয\u09bc।", "\n১। ", "\n১২৩। ", "\n1234। ", "\n1. ",
                "\nক) ", "\ni. ", "\nii. ", "\nA. ", " ১. ", "- ১. ", ": ২. ", "\n(ক)। ", "\n“ক। "],
               4),
    "other": (["🎉", "😀", "©", "৽", "^", "`", "#",
               "\u0983", "\u09cd",  # visarga, virama (combining marks) on their own
               "\ufe0f",  # variation selector 16
               "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # ZWSP ZWNJ ZWJ WJ BOM
               "\u09bc", "\u09be"],  # nukta, aa sign (combining marks) on their own
              3),
}


def random_text(rnd: random.Random) -> str:
    """A text of up to 60 pieces; most are words, terminators and spaces."""
    pools = [pool for pool, _ in FUZZ_PIECES.values()]
    weights = [weight for _, weight in FUZZ_PIECES.values()]
    return "".join(rnd.choice(pool) for pool in rnd.choices(pools, weights, k=rnd.randint(0, 60)))


# --- the tests -------------------------------------------------------------------------


def test_reference_is_the_old_splitter_on_the_golden_cases() -> None:
    # the frozen copy passes what the old splitter passed: a guard on the copy itself
    passed = sum(
        [case["text"][a:b] for a, b in _reference_spans(case["text"])] == case["sentences"]
        for case in CASES
    )
    assert passed == 119


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_same_as_reference_on_golden_cases(case: dict) -> None:
    assert_same(case["text"])
    assert SentencePerLine()(case["text"]) == _reference_per_line(case["text"])


def test_same_as_reference_on_random_texts() -> None:
    rnd = random.Random(20261129)
    step = SentencePerLine()
    for _ in range(12_000):
        text = random_text(rnd)
        assert_same(text)
        assert step(text) == _reference_per_line(text), text


def test_same_as_reference_with_user_abbreviations() -> None:
    rnd = random.Random(7)
    extra = ("অনু", "কথা", "Yahoo", "১২")
    splitter = Splitter(extra_abbreviations=extra)
    for _ in range(2_000):
        text = random_text(rnd)
        expected = _reference_spans(text, tuple(sorted(extra)))
        assert splitter.spans(text) == expected, text
        sentences = [text[a:b] for a, b in expected]
        assert splitter.split(text) == sentences, text
        assert list(splitter.iter(text)) == sentences, text
        assert split_sentences(text, abbreviations=extra) == sentences, text


def test_same_as_reference_on_news_bodies() -> None:
    path = _corpus(CORPUS / "bdnews-bn.jsonl")
    step = SentencePerLine()
    for line in path.open(encoding="utf-8"):
        body = json.loads(line)["article_body"]
        assert_same(body)
        assert step(body) == _reference_per_line(body)


@pytest.mark.parametrize("name", ["RisingNews.test.bn", "RisingNews.valid.bn"])
def test_same_as_reference_on_risingnews(name: str) -> None:
    path = _corpus(CORPUS / "risingnews" / name)
    bench = _benchmark_module()
    # the paragraphs of the benchmark (groups of 5 gold sentences joined with a space)
    for group in bench.make_paragraphs(path, 5):
        assert_same(" ".join(group))
    # and the whole file as one text, one gold sentence a line
    whole = path.read_text(encoding="utf-8")
    assert_same(whole)
    assert SentencePerLine()(whole) == _reference_per_line(whole)


def test_the_scanners_class_is_every_character_but_the_stop_characters() -> None:
    """_NOT_STOP is written out as ranges for speed; it must be the complement of _STOP, on
    every code point."""
    import re

    from bnclean import sentences

    stop = re.compile(f"[{sentences._STOP}]")
    not_stop = re.compile(f"[{sentences._NOT_STOP}]")
    differ = [hex(c) for c in range(0x110000)
              if (stop.match(chr(c)) is None) == (not_stop.match(chr(c)) is None)]
    assert differ == []


def test_title_dots_in_the_scanner_agree_with_the_reference() -> None:
    """The scanner skips the dot of a shipped title after white space or at the start
    (_title_dots); around every such title, in every context that decides it, the
    sentences are the reference's (and with user abbreviations, which only add titles)."""
    from bnclean.sentences import _BN_WORD_CHARS, _default_table

    titles = [t for t, kind in _default_table().items()
              if kind == "title" and set(t) <= _BN_WORD_CHARS]
    assert len(titles) > 40
    before = ["", " ", "আমি ", "আমি\n", "(", " (", "কা", "আমি।", "x "]
    after = ["", " রহিম এলেন।", " Rahim", "a", "1", ".", "..", "@", "।", "\n", ") বললেন। তারপর।", "-"]
    splitter = Splitter(extra_abbreviations=("অনু",))
    for title in titles:
        for b in before:
            for a in after:
                text = f"{b}{title}.{a}"
                assert_same(text)
                assert splitter.spans(text) == _reference_spans(text, ("অনু",)), text
