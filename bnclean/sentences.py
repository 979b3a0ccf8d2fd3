"""Sentence splitting (policy section 6, unicode.md section 6).

One linear pass. A scanning pattern, ``_SCAN_SOURCE`` (stdlib ``re``, compiled on first use
by ``_scanner``), stops at every place where a sentence might end (a run of terminators, a
run of dots, a line break) or a URL or an e-mail address might start. The common boundary,
a danda after a word, then a space and the next word, and the dot of a title abbreviation
(ড. মো.) it decides by itself; everything else is matched by ``_CANDIDATE`` (``regex``),
which skips URLs and addresses whole, and accepted or rejected in Python by looking at a few
characters on either side of it. Nothing is rewritten, nothing is swapped for a placeholder
and nothing is kept between calls, so every sentence is an exact substring of the input.
``tests/test_sentences_fastpath.py`` checks the result against the earlier splitter that
decided every candidate in Python.

The abbreviation lists are package data (``data/abbreviations_bn.txt`` and
``data/abbreviations_en.txt``), read once on first use; ``Splitter(extra_abbreviations=...)``
or ``split_sentences(text, abbreviations=...)`` adds to them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

import regex

from ._validate import check_text
from .chars import (
    BENGALI_LETTERS,
    BENGALI_MARKS,
    DANDA,
    DOUBLE_DANDA,
    EMAIL,
    URL,
    ZWJ,
    ZWNJ,
    expand_class,
)

__all__ = [
    "SentencePerLine",
    "Splitter",
    "iter_sentences",
    "sentence_spans",
    "split_sentences",
]

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

# Digits, Bengali and ASCII (a string for ``in`` tests and for use inside [...]).
_DIGITS = "0123456789\u09E6\u09E7\u09E8\u09E9\u09EA\u09EB\u09EC\u09ED\u09EE\u09EF"

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
# the scanner skips everything else in one run, which keeps the scan fast.
_STOP = (
    rf"{_TERMINATORS}{_DOTS}A-Za-z0-9_%+\-"
    r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
)
# Every character but the stop characters, as a class of ranges, the most common first:
# ``re`` runs through it some 20% faster than through the negated class [^_STOP]
# (tests/test_sentences_fastpath.py checks that the two are the same set).
_NOT_STOP = (
    " \u0966-\u2025"  # the space and the span with the Bengali block first: most text
    "\x00-\x09\x0e-\x1b\x1f\x22-\x24\x26-\x2a\x2c\x2f\x3a-\x3e\x40\x5b-\x5e\x60"
    "\x7b-\x84\x86-\u0963\u2027\u202a-\U0010ffff"
)
# The candidate boundaries, tried at a stop character that the scanner (``_SCAN`` below)
# found. The first alternative that fits wins; the named group that matched
# (``Match.lastgroup``) says which kind it is.
_CANDIDATE = regex.compile(
    "|".join(
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
        )
    )
)
# Consonants (U+0995-U+09B9), the nukta (U+09BC, a combining mark) and digits: a word that
# ends in one of these may be a list label (ক। and a consonant with nukta, ১।).
_LABEL_END = "\u0995-\u09B9\u09BC" + _DIGITS
# The scanner, in the standard library's ``re``: it needs only plain character classes,
# and ``re`` runs through a class about five times faster than ``regex`` on Bengali text.
# Each match skips text without stop characters, then takes the first alternative that
# fits at the next one; so its matches fall where ``_CANDIDATE`` would find candidates.
# The common boundary it decides itself, so that most sentences cost no decision in
# Python. Some alternative always fits at a stop character or at the end, and each
# backtracks at most over the run it starts (of terminators and closers, of word
# characters, of dots), which the match or the candidate then consumes: the scan is linear.
_SCAN_SOURCE = (
    rf"[{_NOT_STOP}]*(?:"
    + "|".join(
        (
            # group 1, the common boundary: a run of terminators, dots in the run, closing
            # quotes and brackets (a straight quote too: a space or a closer follows it),
            # then one space and a Bengali letter or digit, a Latin letter or digit or an
            # opening quote or bracket, or the end of the text (after one space or none), or
            # a line feed (a headline that ends with "?": the line feed is the next match,
            # which ends no sentence, as the one before it ends right before it).
            # Before the run, not "(" or "[" ("(?)") and not a word that may be a list
            # label (১। ক।): one that ends in a digit, a consonant that is its first
            # letter, or a nukta (U+09BC, a combining mark) that is its second. Then it is
            # a boundary whatever came before; the sentence ends after the closers.
            rf"([{_TERMINATORS}]"
            rf"(?:(?<=[^(\[{_LABEL_END}][{_TERMINATORS}])"
            rf"|(?<=[{BENGALI_LETTERS}{BENGALI_MARKS}][\u0995-\u09B9][{_TERMINATORS}])"
            rf"|(?<=[{BENGALI_LETTERS}{BENGALI_MARKS}]{{2}}\u09BC[{_TERMINATORS}]))"
            rf"[{_TERMINATORS}{_DOTS}]*[{re.escape(_CLOSERS)}\"']*)"
            rf"(?= [{BENGALI_LETTERS}{_DIGITS}A-Za-z{re.escape(_OPENERS)}]| ?\Z|\n)",
            # group 2, a line break
            rf"({_LINE_BREAK})",
            # group 3, stop characters where no boundary, URL or address can be: skipped
            "("
            # a Latin word or number (or a run of _ % + -, as in টি-টোয়েন্টি) that no "."
            # "@" or ":" follows: not the start of a URL or an e-mail address
            r"[A-Za-z0-9_%+\-]+(?![.@:A-Za-z0-9_%+\-])"
            # dots right before a Bengali letter, mark or digit (বি.এ, ৩.৫): no space follows
            rf"|[{_DOTS}]+(?=[{BENGALI_LETTERS}{BENGALI_MARKS}{_DIGITS}])"
            # dots between Latin letters or digits (example.com, 10.30), not at the start
            # of an address
            rf"|(?<=[A-Za-z0-9._%+\-])[{_DOTS}]+(?=[A-Za-z0-9])"
            # an ellipsis ("..", "...", "…"), never a boundary by itself (SEN-4: a line
            # break after it ends the sentence), when no address can follow it
            rf"|(?=[{_DOTS}]{{2}}|\u2026)[{_DOTS}]+(?![{_DOTS}A-Za-z0-9_%+\-@])"
            # the dot of a title abbreviation (ড. মো.) after white space or at the start,
            # with no address character after it (``_title_dots``)
            "{title_dots}"
            ")",
            # group 4, a terminator, a dot or a Latin word or number: ``_CANDIDATE`` decides
            rf"([{_TERMINATORS}{_DOTS}]|[A-Za-z0-9_%+\-]+)",
            # the end of the text, so that the last skipped run is not rescanned
            r"\Z",
        )
    )
    + ")"
)


@lru_cache(maxsize=1)
def _scanner() -> re.Pattern[str]:
    """``_SCAN_SOURCE`` compiled, with the title dots of the shipped abbreviations (built on
    first use: the lists are package data, read when first needed)."""
    return re.compile(_SCAN_SOURCE.replace("{title_dots}", _title_dots(_default_table())))


def _title_dots(table: Mapping[str, str]) -> str:
    """An alternative of _SCAN's group 3: a "." that ``_after_title`` would find ends a
    title, in the common case that white space or the start of the text comes right before
    the title (one look-behind per title length, as ``re`` wants them of fixed width). A
    user's abbreviations only add titles, so what is a title here is one in every table."""
    by_length: dict[int, list[str]] = {}
    for token, kind in table.items():
        if kind == "title" and 0 < len(token) < _WINDOW and set(token) <= _BN_WORD_CHARS:
            by_length.setdefault(len(token), []).append(re.escape(token))
    if not by_length:
        return ""
    # the dot first, so that the look-behinds are tried at dots only
    behind = "|".join(
        f"(?<=\\s(?:{'|'.join(sorted(words))})\\.)|(?<=^(?:{'|'.join(sorted(words))})\\.)"
        for _, words in sorted(by_length.items())
    )
    return f"|\\.(?:{behind})(?![A-Za-z0-9._%+\\-@\u2026])"


# Horizontal whitespace, then optional opening quotes or brackets, then the next word
# (at most 40 characters of it are looked at).
_NEXT_WORD = regex.compile(
    rf"[^\S\r\n\v\f\x1c-\x1e\x85\u2028\u2029]*+[{regex.escape(_OPENERS)}]*+(\S{{0,40}})"
)
# Whitespace, bullets and opening quotes at the start of a sentence; the match ends where
# the sentence's first word starts.
_SENTENCE_START = regex.compile(rf"[\s{regex.escape(_LEADERS)}]*+")
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


def _load(name: str) -> dict[str, str]:
    """Read one abbreviation file into ``{token: kind}``."""
    table: dict[str, str] = {}
    kind = "title"
    text = resources.files("bnclean").joinpath("data", name).read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("#:"):
            kind = line[2:].strip()
            if kind not in _KINDS:
                raise ValueError(f"{name}:{number}: unknown abbreviation kind {kind!r}")
            continue
        line = line.split("#", 1)[0].strip()
        if line:
            table[unicodedata.normalize("NFC", line.rstrip("."))] = kind
    return table


@lru_cache(maxsize=1)
def _default_table() -> Mapping[str, str]:
    """The shipped abbreviations, read once."""
    table = _load("abbreviations_bn.txt")
    table.update(_load("abbreviations_en.txt"))
    return MappingProxyType(table)


@lru_cache(maxsize=64)
def _table(extra: tuple[str, ...]) -> Mapping[str, str]:
    """The shipped abbreviations plus ``extra`` (each of kind "title")."""
    if not extra:
        return _default_table()
    table = dict(_default_table())
    table.update((token, "title") for token in extra)
    return MappingProxyType(table)


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


# Whitespace that is not a line break (``str.isspace`` less the breaks of _LINE_BREAK):
# skipped at the start of a sentence.
_BLANK = re.compile(r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*")


def _sentences(text: str, table: Mapping[str, str], spans: bool) -> list:
    """The stripped, non-empty sentences of ``text``: as (start, end) pairs if ``spans``,
    else as strings. One pass; the common boundary costs one match and one append."""
    out: list = []
    append = out.append
    # The current sentence starts at ``begin``; ``start`` is past its blanks (a line break
    # there is the next candidate: the sentence before it is empty and is not kept).
    begin = 0
    start = _BLANK.match(text).end() if text[:1].isspace() else 0
    pos = 0  # where the scan (re)starts; -1 once it is done
    scan = _scanner().finditer
    while pos >= 0:
        for m in scan(text, pos):
            end = m.end(1)
            if end > 0:
                # the common boundary: the sentence ends after the closers, the next one
                # starts after the space (or past the end)
                append((start, end) if spans else text[start:end])
                begin = start = end + 1
                continue
            kind = m.lastindex
            if kind == 3:
                continue  # a Latin word, dots inside a word: nothing to decide
            if kind == 2:  # a line break
                end, next_start, resume = m.start(2), m.end(), -1
            elif kind == 4:
                p = m.start(4)
                if text[p] == "." and _after_title(text, p, table):
                    continue  # "ড. রহিম", "(অব.)": the most common dot, never a boundary
                # a rare candidate: the full pattern and a decision in Python
                c = _CANDIDATE.match(text, p)
                end = next_start = _decide(text, c, begin, table)
                # a candidate longer than the scanner's match (a URL, a run of terminators
                # and closers) is skipped whole: the scan starts again at its end
                resume = c.end() if c.end() != m.end() else -1
            else:
                pos = -1  # the end of the text
                break
            if end >= 0:
                end = _stripped_end(text, start, end)
                if end > start:
                    append((start, end) if spans else text[start:end])
                begin = next_start
                start = _BLANK.match(text, next_start).end()
            if resume >= 0:
                pos = resume
                break
        else:
            break
    end = len(text)  # the last sentence, if the text does not end with a boundary
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        append((start, end) if spans else text[start:end])
    return out


def _decide(text: str, c: regex.Match, begin: int, table: Mapping[str, str]) -> int:
    """Where the sentence that began at ``begin`` ends if candidate ``c`` ends it, else -1."""
    kind = c.lastgroup
    if kind == "tclose":
        return _terminator_end(text, c, begin, _SENTENCE_START.match(text, begin).end())
    if kind == "dclose":
        e = c.end()
        if e < len(text) and not text[e].isspace():
            return -1  # ৩.৫, বি.এ, example.com, সা.-এর: no space after, no boundary
        if c.end("dots") - c.start("dots") > 1 or text[c.start("dots")] == "\u2026":
            return -1  # an ellipsis inside a line is a pause (SEN-4); a line break ends it
        if not _ends_at_dot(text, c, _SENTENCE_START.match(text, begin).end(), table):
            return -1
        return e
    return -1  # a Latin word, a URL, an e-mail address


# Bengali letters and marks, for ``in`` tests.
_BN_WORD_CHARS = frozenset(expand_class(BENGALI_LETTERS + BENGALI_MARKS))
# What an e-mail address may go on with after a dot (bnclean.chars.EMAIL), and dots.
_ADDRESS_CHARS = frozenset(expand_class("A-Za-z0-9") + "._%+-@\u2026")


def _after_title(text: str, p: int, table: Mapping[str, str]) -> bool:
    """Whether the "." at ``p`` ends a Bengali title abbreviation (ড. মো. মি. (অব.) ...) and
    no address or further dot follows it: then it is not a boundary.

    A shortcut for ``_decide`` in its most common case, with the same answer. The next
    character is not one an address goes on with, so no address starts at the dot and
    ``_CANDIDATE`` finds a single dot. The word before it is opening brackets or quotes
    after whitespace, then Bengali letters and marks only: whole in its sentence (no
    boundary ends inside it), it is the token ``_clean_token`` gives. And a "title" never
    ends a sentence, whatever follows. Anything else goes the long way.
    """
    if p + 1 < len(text) and text[p + 1] in _ADDRESS_CHARS:
        return False
    i = p
    while i and text[i - 1] in _BN_WORD_CHARS:
        i -= 1
    j = i
    while j and text[j - 1] in _OPENERS:
        j -= 1
    return (
        (j == 0 or text[j - 1].isspace())
        and p - i < _WINDOW  # the decision looks at most _WINDOW characters back
        and table.get(text[i:p]) == "title"
    )


def _stripped_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over whitespace, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _extra_tuple(extra: Iterable[str] | None) -> tuple[str, ...]:
    """Check and normalize user abbreviations: tokens without their final dot, NFC."""
    if extra is None:
        return ()
    if isinstance(extra, str):
        raise TypeError(
            "abbreviations must be an iterable of str, got a single str: "
            f"pass a list, e.g. [{extra!r}]"
        )
    out = []
    for item in extra:
        if not isinstance(item, str):
            raise TypeError(f"abbreviations must be str, got {type(item).__name__} {item!r}")
        token = _clean_token(item.strip().rstrip("."))
        if not token or any(ch.isspace() for ch in token):
            raise ValueError(
                f"abbreviation {item!r} is not valid: give one word without spaces, "
                "e.g. 'অধ্য' or 'Gov.'"
            )
        out.append(token)
    return tuple(sorted(set(out)))


@dataclass(frozen=True)
class Splitter:
    """A sentence splitter with extra abbreviations; immutable, picklable, thread-safe.

    ``extra_abbreviations`` are tokens after which a ``.`` never ends a sentence, written
    with or without their dot (``"অধ্য."``, ``"Gov"``); they add to the shipped lists.

    >>> Splitter(extra_abbreviations=["অনু"]).split("অনু. রহিম এলেন। তিনি বসলেন।")
    ['অনু. রহিম এলেন।', 'তিনি বসলেন।']
    """

    extra_abbreviations: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra_abbreviations", _extra_tuple(self.extra_abbreviations))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence: ``text[start:end]`` is the sentence, stripped."""
        check_text(text, "Splitter.spans")
        return _sentences(text, _table(self.extra_abbreviations), True)

    def iter(self, text: str) -> Iterator[str]:
        """Yield the sentences of ``text`` one at a time."""
        check_text(text, "Splitter.iter")
        return _iter(text, _table(self.extra_abbreviations))

    def split(self, text: str) -> list[str]:
        """The sentences of ``text``, each an exact stripped substring of it, in order."""
        check_text(text, "Splitter.split")
        return _sentences(text, _table(self.extra_abbreviations), False)


_DEFAULT = Splitter()


def _abbreviation_table(abbreviations: Iterable[str] | None) -> Mapping[str, str]:
    """The shipped abbreviations, with ``abbreviations`` added (checked)."""
    if abbreviations is None:
        return _default_table()
    return _table(_extra_tuple(abbreviations))


def _iter(text: str, table: Mapping[str, str]) -> Iterator[str]:
    """The sentences, cut as they are asked for (the boundaries are found in one pass)."""
    return (text[a:b] for a, b in _sentences(text, table, True))


def split_sentences(text: str, *, abbreviations: Iterable[str] | None = None) -> list[str]:
    """Split ``text`` into sentences (policy section 6); never rewrites the text.

    Every sentence is an exact substring of ``text``, stripped, in order; none is empty.
    ``abbreviations`` adds tokens after which a ``.`` does not end a sentence.

    >>> split_sentences("ড. মুহাম্মদ ইউনূস এসেছেন। তিনি বক্তৃতা দেবেন।")
    ['ড. মুহাম্মদ ইউনূস এসেছেন।', 'তিনি বক্তৃতা দেবেন।']
    >>> split_sentences("পরীক্ষা শেষ।ফল বেরোবে আগামী মাসে।")
    ['পরীক্ষা শেষ।', 'ফল বেরোবে আগামী মাসে।']
    """
    check_text(text, "split_sentences")
    return _sentences(text, _abbreviation_table(abbreviations), False)


def iter_sentences(text: str, *, abbreviations: Iterable[str] | None = None) -> Iterator[str]:
    """Yield the sentences of ``text`` lazily; the same sentences as ``split_sentences``.

    >>> list(iter_sentences("সে কি আসবে? জানি না।"))
    ['সে কি আসবে?', 'জানি না।']
    """
    check_text(text, "iter_sentences")
    return _iter(text, _abbreviation_table(abbreviations))


def sentence_spans(
    text: str, *, abbreviations: Iterable[str] | None = None
) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence: ``text[start:end]`` is the stripped sentence.

    >>> sentence_spans("আমি যাব।  তুমি থাকো।")
    [(0, 8), (10, 20)]
    """
    check_text(text, "sentence_spans")
    return _sentences(text, _abbreviation_table(abbreviations), True)


@dataclass(frozen=True)
class SentencePerLine:
    """The last step of ``clean(one_sentence_per_line=True)``: one sentence a line.

    Each line is replaced by its sentences, one a line; blank lines (paragraph breaks) stay.
    A photo credit after the last sentence of a line (``captions.is_bare_credit``: "ছবি:
    সমকাল", "ফাইল ছবি") is not a sentence of its own: it stays on the line of the sentence
    before it, with the text between them, so that a caption stays one caption line.

    >>> SentencePerLine()("আমি যাব। তুমি থাকো।\\n\\nসে কি আসবে?")
    'আমি যাব।\\nতুমি থাকো।\\n\\nসে কি আসবে?'
    >>> SentencePerLine()("মাঠে নামেন খেলোয়াড়রা। গ্যালারিতে দর্শক। ছবি: সমকাল")
    'মাঠে নামেন খেলোয়াড়রা।\\nগ্যালারিতে দর্শক। ছবি: সমকাল'
    """

    name = "one_sentence_per_line"
    splitter: Splitter = _DEFAULT

    def __call__(self, text: str) -> str:
        check_text(text, self.name)
        table = _table(self.splitter.extra_abbreviations)
        out: list[str] = []
        for line in text.split("\n"):
            if not line.strip():
                out.append("")
                continue
            spans = _sentences(line, table, True)
            if len(spans) > 1 and _credit_ends(line, spans):
                # the credit joins the sentence before it, with the spaces between them
                spans[-2:] = [(spans[-2][0], spans[-1][1])]
            out += [line[a:b] for a, b in spans]
        return "\n".join(out)


def _credit_ends(line: str, spans: list[tuple[int, int]]) -> bool:
    """True if the last sentence of ``line`` is a bare photo credit (the recognizer of
    ``dedup_captions``, imported on first use)."""
    from .captions import is_bare_credit

    start, end = spans[-1]
    return is_bare_credit(line[start:end])
