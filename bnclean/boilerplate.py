"""Boilerplate stripping (policy section 5), on line-structured text.

Every rule removes whole lines and has a reason label (``removals`` reports them). A line
is looked up whole, after normalization (``line_key``), in the phrase sets of
``bnclean/data/boilerplate/*.txt``; parametrized shapes (timestamps, counters, bylines,
prompts that name a site) are precompiled patterns below. The rules:

Anywhere in the page (the whole line must be the chrome):
  ``site-name``, ``byline``, ``timestamp``, ``reading-time``, ``gallery-counter``,
  ``share-prompt``, ``follow-prompt``, ``subscribe-prompt``, ``app-prompt``, ``comments``,
  ``advertisement``, ``navigation``, ``copyright``, ``user-phrase`` (``extra_phrases``),
  ``learned`` (a ``BoilerplateModel``);
  ``read-more``: a related-story marker and the headline lines that directly follow it,
  up to a blank line or a line of prose (at most ``MAX_RELATED`` lines).
Only in the head (before the first line of the article) and the tail (after its last line):
  ``section-label`` (section words, navigation rows, breadcrumbs) and ``non-bengali``
  (lines with no Bengali letter in a Bengali page, unless they are an English sentence),
  ``byline`` and ``timestamp`` by shape (also up to the first line of prose), ``signature``,
  ``footer``; ``dateline`` (a place of places.txt alone on a line) only before the first
  line of prose.
Judgement rules anchored to a position (``_around_the_article``): a person's name in the
  byline slot (``_byline_slot``, reason ``byline``) and a blog's name above its menu
  (``_masthead``, reason ``site-name``).
The whole page:
  ``not-article``: a block, login or search page cleans to "": one of its lines is in
  ``not_article.txt`` and it has no line of Bengali prose (fewer than two for a block page,
  whose message may quote a headline).

Most lines of a page are prose, and the rules are not run on a line that cheap tests prove
no rule can match (``_is_quiet``, ``_surely_long``, ``_lone_line_stays``); a page whose
every line is quiet and that names no line in a title or breadcrumb keeps every line with
no more work (``_quiet_lines``; a huge last line is looked at in place, not cut out). With
``captions.FAST_PATHS`` off the rules run on every line, and the tests compare the two
(tests/test_linesteps_fastpath.py, tests/test_boilerplate_speedpaths.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex
import unicodedata2

from ._types import Removal
from ._validate import check_item, check_text
from . import captions as _captions
from .captions import INVISIBLE, _lazy, is_caption, repeats_earlier, sentence_units

# --- normalization of a line for lookup -----------------------------------------------

# Runs of whitespace (including NBSP and other Unicode spaces): one space.
SPACE_RUN = _lazy(r"\s++")
# Punctuation trimmed from both ends of a line before lookup: "আরও পড়ুন:" -> "আরও পড়ুন",
# "| Home |" -> "Home", "← আগের পোস্ট" -> "আগের পোস্ট". The danda is trimmed too ("শেয়ার করুন।").
EDGE_PUNCT = " \t|:;,.-–—•·»«›‹>/*_=~।॥←→"
# Lines longer than this are never chrome (the longest prompt is about 130 characters).
MAX_CHROME_CHARS = 220
# Related-story blocks: at most this many headline lines after a marker.
MAX_RELATED = 10
# A related headline or tag line is at most this long.
MAX_HEADLINE_CHARS = 160

# A Bengali letter: independent vowels and consonants অ-হ, khanda ta ৎ, ড় ঢ় য়, ৠ ৡ, ৰ ৱ
# (not marks, digits or signs): a line without one is not Bengali text.
BENGALI_LETTERS = r"[\u0985-\u09B9\u09CE\u09DC-\u09E1\u09F0\u09F1]"
BENGALI_LETTER = _lazy(BENGALI_LETTERS)
# The same class in re, which finds a character of a class faster (the quiet gate).
BENGALI_LETTER_RE = _lazy(BENGALI_LETTERS, module=re)
# An ASCII Latin letter: an English line has one.
LATIN_LETTER = _lazy(r"[A-Za-z]")
# A letter of any script (a word of a fragment has one; ":" and "-" do not).
LETTER = _lazy(r"\p{L}")
# A run of letters and marks (a word, or a piece of one between digits or punctuation) ...
LETTER_RUN = _lazy(r"[\p{L}\p{M}]++")
# ... and the last one (searched from the end).
LAST_LETTER_RUN = _lazy(r"(?r)[\p{L}\p{M}]++")


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata2.normalize("NFC", text)


# Characters NFC leaves alone one by one: the Bengali block, printable ASCII, danda, double
# danda, dashes and quotes U+2013-U+201D (the search finds any other character) ...
KEY_STABLE = _lazy(r"[^\u0980-\u09FF\u0964\u0965 -~\u2013-\u201D]", module=re)
# ... and the sequences of them that NFC changes: e-kar + AA or AU length mark (composed),
# ড় ঢ় য় (decomposed to a letter and nukta), ...
# and two signs out of canonical order (virama or sanda, then nukta; sanda, then virama).
NFC_CHANGES = _lazy("\u09C7[\u09BE\u09D7]|[\u09DC\u09DD\u09DF]|[\u09CD\u09FE]\u09BC|\u09FE\u09CD", module=re)


def line_key(line: str) -> str:
    """The lookup form of a line: NFC, no invisible characters, spaces collapsed, edge
    punctuation trimmed, case folded.

    >>> line_key("  আরও  পড়ুন: ")
    'আরও পড়ুন'
    >>> line_key("The Daily Star  | English")
    'the daily star | english'
    """
    if _captions.FAST_PATHS and _captions._is_plain(line):
        # printable: no invisible character (they are format characters) and no white space
        # but single spaces, so nothing to remove or collapse; NFC only where it can change
        # the line (KEY_STABLE)
        if not line.isascii() and (KEY_STABLE.search(line) or NFC_CHANGES.search(line)):
            line = unicodedata2.normalize("NFC", line)
        return line.strip(EDGE_PUNCT).casefold()
    if not line.isascii():
        line = _nfc(INVISIBLE.sub("", line))
    return SPACE_RUN.sub(" ", line).strip(EDGE_PUNCT).casefold()


# --- data files -------------------------------------------------------------------------

# A "[reason]" line in a phrase file: the reason label of the entries below it.
SECTION_HEADER = _lazy(r"^\[([a-z-]+)\]$")


def _read_data(name: str) -> list[tuple[str, str]]:
    """``(reason, key)`` pairs of a data file; reason is "" outside a ``[reason]`` section."""
    from importlib import resources  # only when the lists are first needed

    text = resources.files("bnclean").joinpath("data", "boilerplate", name).read_text("utf-8")
    pairs = []
    reason = ""
    for raw in text.splitlines():
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        header = SECTION_HEADER.match(entry)
        if header:
            reason = header.group(1)
            continue
        key = line_key(entry)
        if key:
            pairs.append((reason, key))
    return pairs


@dataclass(frozen=True)
class _Tables:
    sites: frozenset[str]
    bylines: frozenset[str]
    sections: frozenset[str]
    places: frozenset[str]  # place names for datelines in the head (places.txt)
    markers: frozenset[str]
    marker_starts: frozenset[str]  # the first MARKER_START characters of each marker
    timestamp_runs: frozenset[str]  # the letter runs of TIMESTAMP's words (_may_be_timestamp)
    not_article: dict[str, str]  # key -> kind ("block", "login", "search")
    phrases: dict[str, str]  # key -> reason
    long_sites: tuple[str, ...]  # site names of 4+ characters, for "<site>-এর ... ফলো করুন"
    all_keys: frozenset[str]  # every key above (a line with none of them may be quiet)
    section_heads: frozenset[str]  # the first word of each section name (FIRST_WORD)
    name_places: frozenset[str]  # places, sections and sites: "<name>, <this>" is a byline
    longest_name: int  # the length of the longest byline or site name


# Site names that are also common words ("এই সময়" is "at this time"): they do not make a
# call to action site chrome.
COMMON_WORD_SITES = frozenset(
    _nfc(w) for w in ("সংবাদ", "বর্তমান", "এই সময়", "জাগরণ", "আমার দেশ", "আমাদের সময়", "খবরের কাগজ", "যুগান্তর")
)


# The length of the shortest related-story marker ("tag"): an inline marker starts with the
# first this many characters of one (``_Tables.marker_starts``).
MARKER_START = 3


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """The phrase sets, read from the package data files once, on first use."""
    phrases: dict[str, str] = {}
    for name in ("phrases_bn.txt", "phrases_en.txt"):
        for reason, key in _read_data(name):
            phrases.setdefault(key, reason or "navigation")
    sites = frozenset(k for _, k in _read_data("sites.txt"))
    bylines = frozenset(k for _, k in _read_data("bylines.txt"))
    sections = frozenset(k for _, k in _read_data("sections.txt"))
    places = frozenset(k for _, k in _read_data("places.txt"))
    markers = frozenset(k for _, k in _read_data("related_markers.txt"))
    not_article = {k: kind for kind, k in _read_data("not_article.txt")}
    return _Tables(
        sites=sites,
        long_sites=tuple(sorted(k for k in sites if len(k) >= 4 and "." not in k and k not in COMMON_WORD_SITES)),
        bylines=bylines,
        sections=sections,
        places=places,
        markers=markers,
        marker_starts=frozenset(k[:MARKER_START] for k in markers),
        timestamp_runs=frozenset(
            run.casefold() for part in TIMESTAMP_TOKENS for run in LETTER_RUN.findall(part)
        ),
        not_article=not_article,
        phrases=phrases,
        all_keys=sites | bylines | sections | places | markers | frozenset(not_article) | frozenset(phrases),
        section_heads=frozenset(FIRST_WORD.match(k).group() for k in sections),
        name_places=places | sections | sites,
        longest_name=max(map(len, bylines | sites)),
    )


# --- patterns for parametrized shapes ----------------------------------------------------
# Patterns are matched against ``line_key(line)``: NFC (so ড় য় are base + nukta \u09BC),
# single spaces, case folded. ``_alt`` builds an alternation of NFC words, longest first.


def _alt(words: str) -> str:
    items = sorted({_nfc(w) for w in words.split("|")}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w) for w in items) + ")"


DIGIT = "[0-9\u09E6-\u09EF]"  # ASCII and Bengali digits ০-৯
DIGITS = "0123456789\u09E6\u09E7\u09E8\u09E9\u09EA\u09EB\u09EC\u09ED\u09EE\u09EF"  # the same, listed
# Any digit: a timestamp has one (and the same in re, which finds it faster: the quiet gate).
HAS_DIGIT = _lazy(DIGIT)
HAS_DIGIT_RE = _lazy(DIGIT, module=re)
_MONTHS = _alt(
    "জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|অগস্ট|অগাস্ট"
    "|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"
    "|বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র"
    "|january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = _alt(
    "রবিবার|রোববার|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার"
    "|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat"
)
# Labels of publication and update stamps.
_STAMP_LABELS = _alt(
    "অনলাইন সংস্করণ|অনলাইন|প্রকাশ|প্রকাশিত|প্রকাশের সময়|প্রকাশিত হয়েছে|আপডেট|আপডেট হয়েছে|সর্বশেষ আপডেট|শেষ আপডেট"
    "|সংস্করণ|সর্বশেষ সংস্করণ|প্রিন্ট সংস্করণ"
    "|হালনাগাদ|সর্বশেষ হালনাগাদ|পোস্ট|পোস্ট করা হয়েছে|সময়|তারিখ|প্রথম প্রকাশ"
    "|published|updated|last updated|first published|posted|modified|date|on"
)
# Times of day and zones.
_DAYPARTS = _alt(
    "am|pm|a.m.|p.m.|এএম|পিএম|অপরাহ্ন|অপরাহ্ণ|পূর্বাহ্ন|পূর্বাহ্ণ|সকাল|দুপুর|বিকাল|বিকেল|সন্ধ্যা|রাত|ভোর"
    "|ist|gmt|bst|utc|bdt"
    "|ঢাকা|কলকাতা|চট্টগ্রাম|নয়াদিল্লি|দিল্লি|লন্ডন|ওয়াশিংটন|dhaka|kolkata"
)
_ERAS = _alt("বঙ্গাব্দ|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|হিজরি|সাল|ইং|বাংলা")
_UNITS = _alt(
    "সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন|সপ্তাহ|মাস|বছর"
    "|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours"
    "|d|day|days|w|wk|week|weeks|mo|month|months|y|yr|yrs|year|years"
)
_AGO = _alt("আগে|পূর্বে|ago")
# A number, possibly with an ordinal suffix: ২৮, 28th, ১লা, ২রা, ২২শে, ৫ই.
_NUMBER = DIGIT + r"{1,4}+(?:ই|লা|রা|শে|এ|th|st|nd|rd|টা)?"

# The parts of TIMESTAMP that match letters: its words, number suffixes and units.
TIMESTAMP_TOKENS = (_STAMP_LABELS, _WEEKDAYS, _MONTHS, _DAYPARTS, _ERAS, _AGO, _NUMBER, _UNITS)

# A lone timestamp: the whole line is date and time words, numbers, labels and separators,
# e.g. "প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০", "রোববার, জুলাই ২৮, ২০২৪ ১২:১৫ অপরাহ্ন",
# "Sunday, July 28, 2024", "২ ঘণ্টা আগে", "4h ago", "প্রকাশ: ০৭ নভেম্বর ২৩ । ১৮:৩২ |
# আপডেট: ...". Each token is possessive: the match is linear in the line.
TIMESTAMP = _lazy(
    rf"(?:(?:{_STAMP_LABELS}|{_WEEKDAYS}|{_MONTHS}|{_DAYPARTS}|{_ERAS}|{_AGO}"
    rf"|{_NUMBER}(?:\s*+{_UNITS}(?![\p{{L}}\p{{M}}]))?)(?![\p{{L}}\p{{M}}])"
    rf"|[\s,:;./|\-–—।()'])++",
    regex.IGNORECASE,
)
# What a timestamp must contain besides numbers: a date or time word, a label or "ago".
TIMESTAMP_ANCHOR = _lazy(
    rf"{_MONTHS}|{_WEEKDAYS}|{_STAMP_LABELS}|{_AGO}|{DIGIT}{{1,2}}\s*+:\s*+{DIGIT}{{2}}",
    regex.IGNORECASE,
)
# What makes a timestamp chrome anywhere: a label, "ago", or a time of day. A bare date
# ("১৫ আগস্ট ১৯৭৫") can head a section of a timeline, so it goes only around the article.
TIMESTAMP_STRONG = _lazy(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_STAMP_LABELS}|{_AGO}|{_DAYPARTS})(?![\p{{L}}\p{{M}}])"
    rf"|{DIGIT}{{1,2}}\s*+:\s*+{DIGIT}{{2}}",
    regex.IGNORECASE,
)
# A relative English stamp without digits: "an hour ago", "a day ago", "about a minute ago".
RELATIVE_WORDS = _lazy(
    r"^(?:updated |posted |about )?(?:an?|one) (?:second|minute|hour|day|week|month|year) ago$"
)
# Reading time: "পড়ার সময়: ৫ মিনিট", "Reading time: 4 min", "5 min read", "৩ মিনিটে পড়ুন".
READING_TIME = _lazy(
    _nfc(
        rf"^(?:(?:পড়ার সময়|পড়তে সময় লাগবে|পড়তে লাগবে|reading time|read time)\s*+:?\s*+"
        rf"{DIGIT}++\s*+(?:মিনিট|min|mins|minutes)"
        rf"|{DIGIT}++\s*+(?:min|mins|minute|minutes|মিনিট)\s++(?:read|পড়া|পাঠ)"
        rf"|{DIGIT}++\s*+মিনিটে\s++পড়ুন)$"
    ),
    regex.IGNORECASE,
)
# A photo gallery counter: "১ / ১৮", "3/12", "2 of 9".
GALLERY_COUNTER = _lazy(rf"^{DIGIT}{{1,3}}+\s*+(?:/|of|এর মধ্যে)\s*+{DIGIT}{{1,3}}+$")
# A comment counter line: "Comments (3)", "৫ মন্তব্য", "৩টি মন্তব্য", "মন্তব্য (০)".
COMMENTS = _lazy(
    rf"^(?:{DIGIT}++(?:টি|টা)?\s*+)?(?:comments?|মন্তব্য(?:সমূহ)?)(?:\s*+\(?\s*+{DIGIT}++\s*+\)?)?$"
)
# A copyright line: starts with ©, (c), "Copyright", "স্বত্ব", "কপিরাইট", or says all
# rights are reserved (and has no danda: a Bengali sentence about copyright is prose).
COPYRIGHT = _lazy(
    _nfc(
        r"^(?:©|\(c\)|copyright\b|কপিরাইট|স্বত্ব|সর্বস্বত্ব)"
        r"|all rights reserved|সর্বস্বত্ব সংরক্ষিত|স্বত্ব সংরক্ষিত|সকল স্বত্ব"
    ),
    regex.IGNORECASE,
)
# A copyright notice that ends in a danda (COPYRIGHT alone requires none): the whole line is
# "[স্বত্ব|কপিরাইট|copyright] © <year>[-<year>] <name>" or "© <name> <year>" (up to four
# name words), then up to three more parts after a separator (। . , |), each "সর্বস্বত্ব
# সংরক্ষিত" / "all rights reserved" or up to four name words: "© ২০২৪ সর্বস্বত্ব সংরক্ষিত।
# কালের কণ্ঠ". A sentence that mentions the sign ("© চিহ্ন দিয়ে স্বত্ব বোঝানো হয়।",
# "© ২০২৪ সালের বইয়ে ...") stays: it has no year after the sign, or "সাল" follows it.
_YEAR = rf"(?:১৯|২০|19|20){DIGIT}{{2}}+(?:\s*+[-–]\s*+(?:১৯|২০|19|20){DIGIT}{{2}}+)?+"
# A word of the name in a copyright notice (letters and digits: "bdnews24", "ltd").
_NOTICE_WORD = r"[\p{L}\p{M}\p{N}]++"
_RESERVED = _alt("সর্বস্বত্ব সংরক্ষিত|সকল স্বত্ব সংরক্ষিত|স্বত্ব সংরক্ষিত|all rights reserved")
COPYRIGHT_NOTICE = _lazy(
    _nfc(
        rf"^(?:(?:(?:স্বত্ব|কপিরাইট|copyright|সর্বস্বত্ব)\s*+)?(?:©|\(c\))\s*+"
        rf"(?:{_YEAR}(?!\s*+সাল)(?:\s++{_NOTICE_WORD}){{0,4}}+|(?:{_NOTICE_WORD}\s++){{1,4}}+{_YEAR})"
        rf"(?:\s*+[।.,|]\s*+(?:{_RESERVED}|{_NOTICE_WORD}(?:\s++{_NOTICE_WORD}){{0,3}}+)){{0,3}}+\s*+[।.]?+|{_RESERVED})$"
    ),
    regex.IGNORECASE,
)
# A line that is only a domain name: "bdnews24.com", "www.prothomalo.com", "রাইজিংবিডি.কম",
# "রাইজিংবিডি ডটকম".
DOMAIN = _lazy(
    r"^(?:https?://)?(?:www\.)?[a-z0-9-]++(?:\.[a-z0-9-]++)*?\.(?:com|net|org|info|news|tv|live|co|in|bd)(?:\.[a-z]{2})?/?$"
    r"|^[\u0980-\u09FF]++(?:\.[\u0980-\u09FF]++)*?\.(?:কম|নেট)$"
    r"|^[\u0980-\u09FF]++(?: [\u0980-\u09FF]++){0,2} ডটকম$"
)
# Byline roles that end a byline: "<district> প্রতিনিধি", "স্পোর্টস ডেস্ক", "চট্টগ্রাম ব্যুরো",
# "ঢাকা অফিস", "সমকাল প্রতিবেদক", "স্টার অনলাইন রিপোর্ট", "Staff Correspondent".
_BYLINE_ROLES = _alt(
    "প্রতিনিধি|প্রতিবেদক|সংবাদদাতা|সংবাদাতা|ডেস্ক|ব্যুরো|অফিস|রিপোর্টার|রিপোর্ট|প্রতিবেদন|করেসপন্ডেন্ট"
    "|correspondent|desk|bureau|reporter|report"
)
# How many words may stand before each role. A headline can end in one of these words
# ("দুর্নীতির তদন্ত রিপোর্ট", "আগুনে পুড়ল ভূমি অফিস"), so the common-noun roles allow few.
BYLINE_ROLE_WORDS = {
    _nfc(role): n
    for roles, n in (
        ("প্রতিনিধি|সংবাদদাতা|সংবাদাতা|করেসপন্ডেন্ট|correspondent", 3),
        ("ডেস্ক|ব্যুরো|desk|bureau", 4),
        ("প্রতিবেদক|রিপোর্টার|reporter", 2),
        ("অফিস", 1),
        # only after a site name, "অনলাইন" or "ডিজিটাল" (see _byline_part): "যুগান্তর প্রতিবেদন"
        ("রিপোর্ট|প্রতিবেদন|report", 0),
    )
    for role in roles.split("|")
}
# Words that make "<word> রিপোর্ট" a byline: "স্টার অনলাইন রিপোর্ট", "ডিজিটাল রিপোর্ট".
REPORT_QUALIFIERS = frozenset({_nfc("অনলাইন"), _nfc("ডিজিটাল"), _nfc("ডেস্ক"), "online", "digital", "desk"})
# A byline: an optional "By"/"লেখক:"-style prefix, up to five words, a role, then up to
# three ", <place or site>" or "| <stamp>" parts: "নিজস্ব প্রতিবেদক, ঢাকা", "খুলনা প্রতিনিধি",
# "ক্রীড়া প্রতিবেদক, বিডিনিউজ টোয়েন্টিফোর ডটকম", "Written By Zee 24 Ghanta Entertainment
# Desk | Last Updated: Sep 20, 2024, 06:30 PM IST".
BYLINE = _lazy(
    rf"^(?:(?P<prefix>written by|reported by|by|লেখক|প্রতিবেদক|লিখেছেন)(?:\s*+:\s*+|\s++))?"
    rf"(?P<words>(?:[\p{{L}}\p{{M}}\p{{N}}.'’()-]++\s++){{0,5}})(?P<role>{_BYLINE_ROLES})(?![\p{{L}}\p{{M}}])"
    rf"(?:\s*+[,|/]\s*+[^,|/।!?]{{1,45}}+){{0,3}}+$",
    regex.IGNORECASE,
)
# A labelled author line: "পোস্ট করেছেন: গ্রামের কথা", "লেখক : সাবেক সচিব", "Posted by: admin",
# BBC's "লেখা, <name>" and "পদবী, <role>".
_AUTHOR_LABELS = (  # before a colon
    "পোস্ট করেছেন|লিখেছেন|লেখক|লেখা|সম্পাদনা|প্রতিবেদক|প্রতিবেদন|রিপোর্টার|reporter|posted by|written by|published by|edited by"
    "|updated by|reported by|author|by"
)
_AUTHOR_COMMA_LABELS = "লেখা|পদবী|পদবি|author|role"  # before a comma
AUTHOR_LINE = _lazy(
    _nfc(rf"^(?:(?:{_AUTHOR_LABELS})\s*+:|(?:{_AUTHOR_COMMA_LABELS})\s*+,)\s*+[^।!?:]{{1,50}}+$"),
    regex.IGNORECASE,
)
# An English "By Firstname Lastname" line (capitalised words only; checked on the raw line).
BY_NAME = _lazy(r"^\s*+By\s++\p{Lu}[\p{L}.'’-]*+(?:\s++\p{Lu}[\p{L}.'’-]*+){0,4}+\s*+$")
# A word of a person's name: letters and marks only (no digit, no punctuation).
_NAME_WORD = r"[\p{L}\p{M}]{2,20}+"
# Titles that may stand before a name: "ড. তানিয়া রহমান", "মো. আব্দুল করিম", "Dr. ...".
_NAME_TITLE = _alt("ড.|ডা.|মো.|মোছা.|মোসা.|মুহা.|dr.|md.|mr.|ms.|mrs.")
# A person's name in lookup form: one to three words after an optional title. Alone it is
# never chrome; it is a byline only as a part of "<name> | <stamp>" or in the byline slot
# between the headline and the body (``_byline_slot``).
PERSON_NAME = _lazy(rf"^(?:{_NAME_TITLE}\s*+)?{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}+$")
# Words that are never part of a byline name: question words, conjunctions, quantities and
# common adjectives of short sub-headings ("কোথায় থাকবেন", "নতুন বই কত", "ঘি আধা কাপ") ...
NOT_NAME_WORDS = frozenset(_nfc(w) for w in (
    "কী কি কেন কোথায় কোথা কত কখন কীভাবে কিভাবে কেমন কে কার কাকে কোন কোনো ও এবং বা না নেই নয় "
    "এক দুই তিন চার পাঁচ আধা অর্ধেক সব সবার যে যা এই সেই ওই প্রথম শেষ নতুন পুরোনো পুরনো বড় ছোট "
    "নিয়ে জন্য থেকে পর পরে আগে মধ্যে সঙ্গে সাথে কাপ কেজি গ্রাম লিটার টাকা আজ কাল এখন"
).split())
# ... and a finite verb ending a word ("থাকবেন", "বলছেন", "এসেছে"; not "-লাম": "ইসলাম", "কালাম").
VERB_ENDING = _lazy(_nfc(r"(?:ছেন|বেন|লেন|চ্ছে|ছে|লো|তে)$"))
# "By <name>" without a colon, in lookup form, Bengali or English name: "by তানিয়া রহমান",
# "written by bidisha sarkar" (with a colon, AUTHOR_LINE).
AUTHOR_NAME = _lazy(
    rf"^(?:(?:written|reported|edited|posted|published|updated) )?by "
    rf"(?:{_NAME_TITLE}\s*+)?{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}+$"
)
# A blog's post line: "<stamp> by <user>" ("posted on june 3, 2024 by admin") or
# "by <user> on <date>" ("posted by admin on june 3, 2024"); the stamp part must be a
# timestamp (``_is_byline``). User names may have digits, "_", "." and "-".
_USER = r"[\p{L}\p{M}\p{N}_.-]{2,30}+(?: [\p{L}\p{M}\p{N}_.-]{2,30}+){0,2}+"
# The same, shortest first (the user name is followed by " on <date>").
_USER_LAZY = r"[\p{L}\p{M}\p{N}_.-]{2,30}(?: [\p{L}\p{M}\p{N}_.-]{2,30}){0,2}?"
POSTED_BY = _lazy(
    rf"^(?P<stamp>.{{4,90}}?) by (?P<user>{_USER})$"
    rf"|^(?:(?:posted|written|published) )?by (?P<user2>{_USER_LAZY}) (?P<stamp2>on .{{4,90}}+)$"
)


def _prefix_tree(words: Iterable[str], anchored: bool = False) -> str:
    """An ``re`` pattern that finds any of ``words``, written as a tree of their common
    prefixes ("প্রতি(?:নিধি|বেদ(?:ক|ন))"), so that re tries one branch per character where
    a flat alternation tries every word. A word that contains another is left out: where
    it is, the shorter one is found (``anchored``, for ``match``: a word that starts with
    another). Linear: literals and groups, no repetition."""
    unique = set(words)
    kept = sorted(w for w in unique if not any(
        v != w and (w.startswith(v) if anchored else v in w) for v in unique
    ))
    return _tree(kept)


def _tree(words: list[str]) -> str:
    # no word is a prefix of another (``_prefix_tree``): an empty rest is a word's end
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    branches = [re.escape(c) + (_tree(rests) if rests != [""] else "") for c, rests in by_first.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Calls to action: an imperative verb and a channel. Checked on short one-sentence lines
# with no quotation ("তিনি ফেসবুকে পোস্ট শেয়ার করেন।" has no imperative and stays).
CTA_VERB = _lazy(
    _nfc(
        r"(?P<follow>(?:ফলো|লাইক) করতে(?: \S++){0,2}? ক্লিক করুন"
        r"|ফলো করুন|অনুসরণ করুন|লাইক দিন|লাইক করুন|যুক্ত হোন|যুক্ত থাকুন|যোগ দিন|জয়েন করুন|চোখ রাখুন|অন রাখুন"
        r"|follow us|follow|like us|join us|join)"
        r"|(?P<subscribe>সাবস্ক্রাইব করতে(?: \S++){0,2}? ক্লিক করুন|সাবস্ক্রাইব করুন|subscribe)"
        r"|(?P<app>ডাউনলোড করতে(?: \S++){0,2}? ক্লিক করুন|ডাউনলোড করুন|ইনস্টল করুন|(?:অ্যাপ|অ্যাপটি|app) দেখুন"
        r"|download|install)"
        r"|(?P<share>শেয়ার করুন|share)"
    ),
    regex.IGNORECASE,
)
_CHANNELS = (
    "গুগল নিউজ|ফেসবুক|ইউটিউব|হোয়াটসঅ্যাপ|হোয়াটস অ্যাপ|টেলিগ্রাম|টুইটার|ইনস্টাগ্রাম|টিকটক|চ্যানেল|পেজ|অ্যাপ"
    "|নিউজলেটার|নোটিফিকেশন|google news|facebook|youtube|whatsapp|telegram|twitter|instagram"
    "|channel|page|app|newsletter|notifications"
)
# "<site>-এর খবর পেতে ফলো করুন": getting the news is the channel, on a short line
# (``MAX_NEWS_PROMPT_WORDS``)
_NEWS_CHANNELS = "খবর পেতে|সংবাদ পেতে|আপডেট পেতে|নিউজ পেতে"
CTA_CHANNEL = _lazy(_nfc(rf"{_CHANNELS}|(?P<news>{_NEWS_CHANNELS})"), regex.IGNORECASE)
# Where CTA_CHANNEL finds a channel in a key (case folded: its ASCII letters are lower case,
# and no other character of a case folded text matches one regardless of case), this finds
# one: the same words as a prefix tree in re (``_prefix_tree``), several times faster.
CHANNEL_TREE = _lazy(_prefix_tree(_nfc(f"{_CHANNELS}|{_NEWS_CHANNELS}").split("|")), module=re)
# Substrings that every CTA_VERB match contains: a cheap test before the pattern (one
# C-level search of plain words).
CTA_HINTS = tuple(_nfc(w) for w in (
    "করুন", "দিন", "হোন", "রাখুন", "থাকুন", "দেখুন", "follow", "like", "join", "subscribe", "download", "install", "share",
))
CTA_HINT = _lazy("|".join(re.escape(w) for w in CTA_HINTS), module=re)
# A call to action whose only channel is "খবর পেতে" has fewer words than this (a prompt is
# short; a longer imperative sentence about getting news may be advice in the body).
MAX_NEWS_PROMPT_WORDS = 10
# Words that tie a call to action to the site's news (then it is chrome anywhere; without
# them a call to action is chrome only in the head or the tail: a how-to step stays).
CTA_NEWS = _lazy(
    _nfc(r"খবর|সংবাদ|আমাদের|নিউজ|অনলাইন|news|updates|our|stories"), regex.IGNORECASE
)
# A short share prompt: "এই পোস্টটি শেয়ার করুন", "খবরটি শেয়ার করে দিন" (at most five words).
SHARE_PROMPT = _lazy(
    _nfc(r"^(?:\S++ ){0,3}শেয়ার (?:করুন|করে দিন|দিন)$|^share this(?: \S++){0,2}+$"), regex.IGNORECASE
)
# A cookie or consent banner: "We use cookies to improve your experience. Accept" (only in
# the head or tail: an English paragraph about a bakery may mention cookies).
COOKIE_BANNER = _lazy(
    r"\bcookies?\b.{0,120}?\b(?:accept|policy|consent|experience|settings|continu)"
    r"|কুকি.{0,80}?(?:নীতি|গ্রহণ|সম্মতি|ব্যবহার)",
    regex.IGNORECASE,
)
# The end of a sentence, Bengali or English, with closing quotes or brackets.
ANY_SENTENCE_END = _lazy(r"[।॥?!.][\"'”’)\]]*+$")
# A list marker at the start of a line: "১.", "2)", "ক)", "-", "•".
LIST_MARKER = _lazy(r"^\s*+(?:[0-9\u09E6-\u09EF]{1,3}+[.)।]|[\u0995-\u09B9][)]|[-–•*])\s*+")
# Reported speech and third persons: "... সাবস্ক্রাইব করুন বলে তিনি অনুরোধ করেন।" is prose.
REPORTED_SPEECH = _lazy(
    _nfc(
        r"(?<![\p{L}\p{M}])(?:বলে|বলেন|বলেছেন|বলছেন|জানান|জানিয়েছেন|অনুরোধ|আহ্বান|তিনি|তাঁরা|তারা|তাদের|তাঁদের"
        r"|উনি|করেন|করেছেন|করছেন)(?![\p{L}\p{M}])"
        r"|\b(?:said|says|asked|urged|he|she|they)\b"
    ),
    regex.IGNORECASE,
)
# Quotation marks: a quoted call to action is prose.
QUOTE = _lazy(r"[\"“”‘’']")
# Sentence marks (danda, double danda, ?, !).
SENTENCE_MARK = _lazy(r"[।॥?!]")
# A desk signature at the end of an article: editors' initials or "<place>/<name>",
# "এমএমএম/জেএস", "ঢাকা/আমিনুল/সাইফ" (only in the tail: "হ্যাঁ/না" can be prose).
SIGNATURE = _lazy(r"^[\u0980-\u09FF]{2,12}+(?:\s*+/\s*+[\u0980-\u09FF]{2,12}+){1,4}+/?$")
# Initials as Bengali site desks write them: the Bengali names of Latin letters ("এফএ",
# "জেআইএম" = J-I-M, "এএসএম").
_INITIAL = _alt(
    "এ|বি|সি|ডি|ই|এফ|জি|এইচ|আই|জে|কে|এল|এম|এন|ও|পি|কিউ|আর|এস|টি|ইউ|ভি|ডব্লিউ|ডাব্লিউ|এক্স|ওয়াই|জেড"
)
# A desk signature that starts with a reporter's name of up to three words, then only
# initials: "জাহিদ পাটোয়ারী/এফএ/জেআইএম", "রাশেদুল ইসলাম/এসআর" (tail and head only, as SIGNATURE).
SIGNATURE_NAMED = _lazy(
    rf"^[\u0980-\u09FF.]{{2,20}}+(?: [\u0980-\u09FF.]{{2,20}}+){{0,2}}+(?:\s*+/\s*+{_INITIAL}{{1,6}}){{1,4}}+/?$"
)
# A part of a dated desk signature that is not the date: one to three Bengali words.
SIGNATURE_PART = _lazy(r"^[\u0980-\u09FF.]{2,20}+(?: [\u0980-\u09FF.]{2,20}+){0,2}+$")
# A font size control of the article toolbar: "অ- অ অ+", "a+ a a-".
FONT_SIZE = _lazy(r"^[অa][+-]?+(?: ?[অa][+-]?+){1,3}+$")
# Masthead and footer lines: "সম্পাদক : <name>", "প্রকাশক : <name>", "ফোন : ...", "ই-মেইল: ..."
# (only in the head or tail: a notice in the body may list a phone number).
_FOOTER_LABELS = (
    "সম্পাদক|ভারপ্রাপ্ত সম্পাদক|নির্বাহী সম্পাদক|বার্তা সম্পাদক|সম্পাদক ও প্রকাশক|প্রকাশক|মুদ্রাকর"
    "|ফোন|ফ্যাক্স|ই-মেইল|ইমেইল|ঠিকানা|বিজ্ঞাপন|সার্কুলেশন|editor|publisher|phone|fax|e-mail|email|address"
)
FOOTER = _lazy(_nfc(rf"^(?:{_FOOTER_LABELS})\s*+:"), regex.IGNORECASE)
# A related-story marker with its headline on the same line: "আরও পড়ুন: <headline>".
INLINE_MARKER = _lazy(r"^(?P<marker>[^:–—\-]{2,40}?)\s*+[:–—\-]\s*+(?P<rest>.+)$")
# Separators of a navigation row or breadcrumb: "প্রচ্ছদ » জাতীয়", "Home | News" (and the
# '"' that normalize's quotes="ascii" makes of "»").
NAV_SEPARATOR = _lazy(r"\s*+[»›>|/•·\"]\s*+|\s{2,}+")
# A page title: "<headline> | <site>", "<headline> - প্রথম আলো" (the HTML <title> a scraper
# kept above the headline).
PAGE_TITLE = _lazy(r"^(?P<title>.{8,200}?)\s*+(?:\|\||\||::|-|–|—|»)\s*+(?P<site>[^|:\-–—»]{2,40}+)$")
# Characters that separate the parts of a title, breadcrumb or navigation row.
SEPARATOR_CHARS = frozenset("|»›>/•·\"-–—:")
# The same characters as a pattern, or a double space (one search is cheaper than a set test).
HAS_SEPARATOR = _lazy("[" + re.escape("".join(sorted(SEPARATOR_CHARS))) + "]|  ", module=re)
# The characters alone: re skips to them where HAS_SEPARATOR tries each position, so
# ``SEPARATOR_CHAR.search(key) or "  " in key`` is the same test, faster.
SEPARATOR_CHAR = _lazy("[" + re.escape("".join(sorted(SEPARATOR_CHARS))) + "]", module=re)


def _has_separator(key: str) -> bool:
    """A cheap test before the title and breadcrumb patterns (most lines have none)."""
    return HAS_SEPARATOR.search(key) is not None


# --- the quiet-line gate -------------------------------------------------------------------
# Most short lines of a page are headlines and body sentences. ``_is_quiet`` proves cheaply
# that no line rule (``_strong``, ``_weak``) can match a line, so the rules are not run on
# it. A line is not quiet if its key has "|" (byline and stamp rows) or "©" (copyright) ...
QUIET_BREAKERS = _lazy("[|©]", module=re)
# ... or one of these words (keys are NFC and case folded): byline roles, and the words of
# the share, comment, copyright, cookie, domain and relative-time shapes ...
_BREAKER_WORDS = {*BYLINE_ROLE_WORDS, *(_nfc(w) for w in (
    "শেয়ার", "মন্তব্য", "কপিরাইট", "স্বত্ব", "কুকি", "ডটকম",
    "share", "comment", "copyright", "all rights reserved", "cookie", "ago", "(c)"))}
QUIET_BREAKER_WORDS = _lazy(
    "|".join(re.escape(w) for w in sorted(_BREAKER_WORDS, key=len, reverse=True)), module=re
)
# The first word of a key, up to a space or a navigation separator: a row of section
# words starts with the first word of a section name (``_Tables.section_heads``).
FIRST_WORD = _lazy(r"[^\s»›>|/•·\"]*", module=re)
# ... or is checked below with the rule's own test (phrase tables with places.txt,
# timestamps, reading time, gallery counters, domains, signatures with or without a name,
# font size controls, "by" lines, calls to action, labels, "<site>, <city>",
# inline related-story markers, rows of section words).


# Where QUIET_BREAKERS, QUIET_BREAKER_WORDS, "by" or CTA_HINT find something, this finds
# something (one search for four): without a match, the tests of those four are skipped.
# Each of their words holds a word of the tree, so none starts more than SCREEN_REACH
# characters before the first match: the tests look from there.
_SCREEN_WORDS = ["|", "©", "by", *_BREAKER_WORDS, *CTA_HINTS]
QUIET_SCREEN = _lazy(_prefix_tree(_SCREEN_WORDS), module=re)
SCREEN_REACH = max(map(len, _SCREEN_WORDS)) - 1
# How a reading time starts but with a digit (READING_TIME's labels, case folded and NFC).
READING_STARTS = (_nfc("পড়"), "read")
# Where AUTHOR_LINE or FOOTER matches a key (case folded), this matches: their labels.
LABEL_START = _lazy(
    _prefix_tree(_nfc(f"{_AUTHOR_LABELS}|{_AUTHOR_COMMA_LABELS}|{_FOOTER_LABELS}").split("|"), anchored=True),
    module=re,
)
# What a domain line has (DOMAIN: a "." or " ডটকম") and a Bengali cookie banner.
DOTCOM = _nfc("ডটকম")
COOKIE = _nfc("কুকি")


def _is_quiet(line: str, key: str, t: _Tables) -> bool:
    """True if no line rule (``_strong``, ``_weak``) can give ``line`` a reason."""
    if key in t.all_keys:
        return False
    if line[-1] in PROSE_LAST and _ends_with_mark(line, BENGALI_MARKS) and (
        _is_bengali_prose(line) if line[:1].isspace()
        # the line is its own strip(): _is_bengali_prose without the copy and the end test
        else _has_spaces(line, MIN_PROSE_WORDS - 1) and BENGALI_LETTER_RE.search(line) is not None
    ):
        return _is_quiet_prose(line, key, t)
    hit = QUIET_SCREEN.search(key)
    if hit is not None:
        start = max(0, hit.start() - SCREEN_REACH)
        if QUIET_BREAKERS.search(key, start) or QUIET_BREAKER_WORDS.search(key, start) or key.find("by", start) >= 0:
            return False
    # the rules for digits, "." and "/" are anchored and fail at once on other lines; a
    # timestamp is short and made of its words (_may_be_timestamp), a reading time or a
    # gallery counter starts with a digit or a READING_STARTS label
    if HAS_DIGIT_RE.search(key) and (
        (len(key) <= MAX_TIMESTAMP_CHARS and _may_be_timestamp(key, t) and _is_timestamp(key))
        or ((key[0] in DIGITS or key.startswith(READING_STARTS))
            and (READING_TIME.match(key) or GALLERY_COUNTER.match(key)))
    ):
        return False
    if ("." in key and DOMAIN.match(key)) or ("/" in key and (
        SIGNATURE.match(key) or SIGNATURE_NAMED.match(key) or _dated_signature(key)
    )):
        return False
    if len(key) <= 12 and FONT_SIZE.match(key):  # "অ- অ অ+"
        return False
    # "<fixed byline> <place>", "<site> অনলাইন" (_site_online): all but the last word is a
    # byline or a site name, so it is at most longest_name long
    if key.rfind(" ") <= t.longest_name:
        head, _, last = key.rpartition(" ")
        if head in t.bylines or (last in SITE_SUFFIXES and head in t.sites):
            return False
    # "By <Name>", "by <name>", "<stamp> by <user>" (AUTHOR_NAME, POSTED_BY): "by" above;
    # "non-bengali" (most lines start with a letter of BENGALI_LETTER's first range)
    if not "\u0985" <= line[0] <= "\u09b9" and BENGALI_LETTER_RE.search(line) is None:
        return False
    if hit is not None and CTA_HINT.search(key, start) and CHANNEL_TREE.search(key):  # a call to action
        return False
    comma = "," in key
    if (comma or ":" in key) and LABEL_START.match(key) and (AUTHOR_LINE.match(key) or FOOTER.match(key)):
        return False
    if comma and (  # "<site>, <city>" (a site before the first comma), "<name>, <place>"
        (key[:key.find(",")].strip() in t.sites and _site_byline(key, t.sites)) or _name_with_places(key, t)
    ):
        return False
    if ("-" in key or ":" in key or "–" in key or "—" in key) and _may_be_marked(key, t):
        m = INLINE_MARKER.match(key)  # "আরও পড়ুন: <headline>"
        if m and m.group("marker").strip(EDGE_PUNCT) in t.markers:
            return False
    head = FIRST_WORD.match(key)[0]
    return not (not head or head in t.section_heads) or not (
        _may_be_section_row(key, t) and _is_section_row(key, t.sections, t.places)
    )


def _may_be_timestamp(key: str, t: _Tables) -> bool:
    """False if ``key`` is surely not a lone timestamp: its first or its last run of letters
    is not a run of TIMESTAMP's words (each of TIMESTAMP's tokens ends where letters end, so
    every run of letters of a timestamp is a run of one of its tokens; keys are case
    folded)."""
    first = LETTER_RUN.search(key)
    if first is None:
        return True
    return first.group() in t.timestamp_runs and LAST_LETTER_RUN.search(key).group() in t.timestamp_runs


# Where NAV_SEPARATOR cuts a key: one of its characters, or two white space characters in
# a row (re's \s, every str.isspace() character, holds the regex module's \s). Two
# searches: re skips to a character of a class, but tries every place for an alternation.
NAV_CUT_CHAR = _lazy(r"[»›>|/•·\"]", module=re)
SPACE_PAIR = _lazy(r"\s\s", module=re)


def _may_be_section_row(key: str, t: _Tables) -> bool:
    """False if ``_is_section_row`` is surely False for ``key`` (in no phrase set): a row of
    three or more section words, or a breadcrumb, which needs a cut of NAV_SEPARATOR."""
    words = key.split(" ")
    if len(words) >= 3 and all(w in t.sections for w in words):
        return True
    return NAV_CUT_CHAR.search(key) is not None or SPACE_PAIR.search(key) is not None


def _may_be_marked(key: str, t: _Tables) -> bool:
    """False if INLINE_MARKER's marker, edge punctuation trimmed, is surely not a marker:
    unless a key starts with edge punctuation, that is a prefix of the key, so the key
    starts with a marker (and so with a ``marker_starts``)."""
    return key[0] in EDGE_PUNCT or key[:MARKER_START] in t.marker_starts


def _is_quiet_prose(line: str, key: str, t: _Tables) -> bool:
    """``_is_quiet`` of a line of Bengali prose (``_is_bengali_prose``) whose key is in no
    phrase set: of the line rules only these can give it a reason: a domain, "<site>
    অনলাইন", "<site>, <city>" (``_strong`` tests them before prose), a call to action
    (``_strong_cta``) and a cookie banner (``_weak``)."""
    if ("." in key or DOTCOM in key) and DOMAIN.match(key):
        return False
    # "<site> অনলাইন": all but the last word is a site; "<site>, <city>": the first part
    if (key.rfind(" ") <= t.longest_name and _site_online(key, t.sites)) or (
        "," in key and key[:key.find(",")].strip() in t.sites and _site_byline(key, t.sites)
    ):
        return False
    if "cookie" in key or COOKIE in key:  # COOKIE_BANNER (keys are case folded)
        return False
    return not (len(key) <= MAX_CTA_CHARS and CTA_HINT.search(key) and CHANNEL_TREE.search(key))


# An English sentence: ends with . ! ? or a closing quote after one.
ENGLISH_SENTENCE_END = _lazy(r"[.!?][\"'”’)]*+$")

# Bengali prose for the not-article check and the fast path of the line rules: a line of
# at least this many words that ends a sentence.
MIN_PROSE_WORDS = 8
# A body sentence that ends the head of the page for bylines and dates: at least this many
# words. Short, because one_sentence_per_line=True makes every sentence a line of its own.
MIN_SENTENCE_WORDS = 4


# The closing quotes and brackets that may follow a sentence mark at the end of a line.
CLOSERS = "\"'”’)]"
# Sentence marks, Bengali and English (ANY_SENTENCE_END), and Bengali only.
ANY_MARKS = "।॥?!."
BENGALI_MARKS = "।॥?!"
# The last character of a line that ends with a Bengali sentence mark (``_ends_with_mark``).
PROSE_LAST = BENGALI_MARKS + CLOSERS


def _ends_with_mark(s: str, marks: str) -> bool:
    """``s`` (stripped) ends with one of ``marks`` and then only closers: what
    ``ANY_SENTENCE_END`` / ``BENGALI_SENTENCE_END`` find, without scanning the whole line."""
    s = s.rstrip(CLOSERS)
    return s[-1:] in marks and s != ""


def _has_spaces(s: str, n: int) -> bool:
    """``s.count(" ") >= n``, counting in the first 200 characters first (long lines)."""
    return s.count(" ", 0, 200) >= n or s.count(" ") >= n


def _is_prose(line: str) -> bool:
    """A sentence of the body: four or more words ending with a sentence mark, or two marks."""
    s = line.strip()
    if not s:
        return False
    if _has_spaces(s, MIN_SENTENCE_WORDS - 1) and (
        _ends_with_mark(s, ANY_MARKS) if _captions.FAST_PATHS else ANY_SENTENCE_END.search(s)
    ):
        return True
    return len(SENTENCE_MARK.findall(s)) >= 2


# A Bengali sentence that ends a line: danda, ? or !, then closing quotes or brackets.
BENGALI_SENTENCE_END = _lazy(r"[।॥?!][\"'”’)\]]*+$")


def _is_bengali_prose(line: str) -> bool:
    """A line of Bengali prose: eight or more words, Bengali letters, a sentence end.

    Search-result snippets end in "..." and are not prose.
    """
    s = line.strip()
    return (
        _has_spaces(s, MIN_PROSE_WORDS - 1)
        and BENGALI_LETTER.search(s) is not None
        and (_ends_with_mark(s, BENGALI_MARKS) if _captions.FAST_PATHS
             else BENGALI_SENTENCE_END.search(s) is not None)
    )


def _is_headline_like(line: str) -> bool:
    """A related headline or tag: short, and not a sentence of prose."""
    s = line.strip()
    if not s or len(s) > MAX_HEADLINE_CHARS:
        return False
    # A sentence ends it, closing quotes or brackets allowed after the mark: a danda, or a
    # full stop after six or more words (`এক আধিকারিকের কথায়, "The idea is ... year."`).
    if _ends_with_mark(s, "।॥"):
        return False
    return not (s.count(" ") >= 5 and _ends_with_mark(s, "."))


# --- the learned model ---------------------------------------------------------------------


@dataclass(frozen=True)
class BoilerplateModel:
    """Lines (and leading/trailing sentence fragments) that recur across a corpus.

    Built by ``learn_boilerplate``; ``clean(text, boilerplate=model)`` removes them. Frozen
    and made of frozensets, so it hashes (it is part of ``clean``'s pipeline cache key) and
    pickles. ``lines``, ``prefixes`` and ``suffixes`` hold ``line_key`` forms; ``datelines``
    holds the separators ("||") after which a site glues a byline to the first paragraph
    ("খুলনা প্রতিনিধি || <paragraph>").
    """

    lines: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    datelines: frozenset[str] = frozenset()
    min_docs: int = 0
    n_docs: int = 0

    def __len__(self) -> int:
        return len(self.lines) + len(self.prefixes) + len(self.suffixes) + len(self.datelines)


# A byline glued to the start of a paragraph by a separator: "খুলনা প্রতিনিধি || <paragraph>".
# The head is checked by the byline rules; the separator is learned per corpus.
DATELINE = _lazy(r"^\s*+(?P<head>[^|:–—\n]{2,60}?)\s*+(?P<sep>\|\||[|:–—])\s++")

# Learned whole lines are short: a recurring long line is more likely a quoted statement.
MAX_LEARNED_LINE_CHARS = 100
MAX_LEARNED_LINE_WORDS = 12
# Learned fragments (first or last sentence of a line) are shorter still.
MAX_FRAGMENT_CHARS = 40
MAX_FRAGMENT_WORDS = 4


def _fragments(line: str) -> tuple[str | None, str | None]:
    """The first and last sentence of a line of two or more sentences, as keys."""
    spans = sentence_units(line)
    if len(spans) < 2:
        return None, None
    first = line_key(line[spans[0][0]:spans[0][1]])
    last = line_key(line[spans[-1][0]:spans[-1][1]])
    return first, last


def _fragment_ok(key: str | None) -> bool:
    if not key or len(key) > MAX_FRAGMENT_CHARS:
        return False
    words = sum(1 for w in key.split(" ") if LETTER.search(w))
    return words <= MAX_FRAGMENT_WORDS


def learn_boilerplate(docs: Iterable[str], *, min_docs: int = 5) -> BoilerplateModel:
    """Learn the chrome of a corpus: lines that recur in at least ``min_docs`` documents.

    A line counts once per document. Only short lines are learned (at most
    ``MAX_LEARNED_LINE_CHARS`` characters and ``MAX_LEARNED_LINE_WORDS`` words), so a
    statement quoted by many articles is not. For pages stored as one line, the first and
    last sentence of a line are counted too, and short recurring ones (at most
    ``MAX_FRAGMENT_WORDS`` words: "সূত্র: বাসস", "ফাইল ফটো।") become fragments that
    ``StripBoilerplate`` cuts from the start or end of a line. A separator that glues a
    byline to a paragraph ("খুলনা প্রতিনিধি || ...") in ``min_docs`` documents is learned
    too, and such bylines are cut.

    >>> pages = ["শিরোনাম\\nআমাদের ফেসবুক পেজ দেখুন"] * 3
    >>> model = learn_boilerplate(pages, min_docs=3)
    >>> StripBoilerplate(model=model)("নতুন খবর\\nআমাদের ফেসবুক পেজ দেখুন")
    'নতুন খবর'
    """
    if isinstance(docs, (str, bytes)):
        raise TypeError("learn_boilerplate() expects an iterable of str documents, got a single "
                        f"{type(docs).__name__}")
    if not isinstance(min_docs, int) or isinstance(min_docs, bool) or min_docs < 2:
        raise ValueError(f"min_docs must be an int >= 2, got {min_docs!r}")
    lines: Counter[str] = Counter()
    firsts: Counter[str] = Counter()
    lasts: Counter[str] = Counter()
    separators: Counter[str] = Counter()
    t = _tables()
    n = 0
    for i, doc in enumerate(docs):
        if not isinstance(doc, str):
            check_item(doc, "learn_boilerplate", f"document {i}")
        n += 1
        seen: set[str] = set()
        heads: set[str] = set()
        tails: set[str] = set()
        seps: set[str] = set()
        for line in doc.split("\n"):
            key = line_key(line)
            if not key:
                continue
            if len(key) <= MAX_LEARNED_LINE_CHARS and key.count(" ") < MAX_LEARNED_LINE_WORDS:
                seen.add(key)
            sep = _dateline(line, t)
            if sep:
                seps.add(sep[1])
            first, last = _fragments(line)
            if _fragment_ok(first):
                heads.add(first)  # type: ignore[arg-type]
            if _fragment_ok(last):
                tails.add(last)  # type: ignore[arg-type]
        lines.update(seen)
        firsts.update(heads)
        lasts.update(tails)
        separators.update(seps)
    return BoilerplateModel(
        lines=frozenset(k for k, c in lines.items() if c >= min_docs),
        prefixes=frozenset(k for k, c in firsts.items() if c >= min_docs),
        suffixes=frozenset(k for k, c in lasts.items() if c >= min_docs),
        datelines=frozenset(k for k, c in separators.items() if c >= min_docs),
        min_docs=min_docs,
        n_docs=n,
    )


# --- classifying lines -----------------------------------------------------------------------

# The prefix of every reason label of this step.
_PREFIX = "boilerplate:"


def _site_byline(key: str, sites: frozenset[str]) -> bool:
    """"<site>, <city>" (``বিবিসি বাংলা, কলকাতা``): a site name and one or two short parts."""
    parts = [p.strip() for p in key.split(",")]
    return (
        1 < len(parts) <= 3
        and parts[0] in sites
        and all(0 < len(p) <= 25 and p.count(" ") < 2 for p in parts[1:])
    )


# The words that make "<site> <word>" a brand line: "কালের কণ্ঠ অনলাইন", "Jugantor Online".
SITE_SUFFIXES = frozenset({_nfc("অনলাইন"), _nfc("ডটকম"), "online", "digital", _nfc("ডিজিটাল")})


def _site_online(key: str, sites: frozenset[str]) -> bool:
    """"<site> অনলাইন": a site name and an edition word."""
    head, _, last = key.rpartition(" ")
    return last in SITE_SUFFIXES and head in sites


# A lone timestamp is at most this long.
MAX_TIMESTAMP_CHARS = 120


@lru_cache(maxsize=256)
def _is_timestamp(key: str) -> bool:
    """A lone timestamp (cached: the quiet gate, the strong and the weak rules ask in turn)."""
    if len(key) > MAX_TIMESTAMP_CHARS or not HAS_DIGIT.search(key):
        return False
    return TIMESTAMP.fullmatch(key) is not None and TIMESTAMP_ANCHOR.search(key) is not None


def _is_byline(key: str, line: str, t: _Tables) -> bool:
    """A byline by shape ("<district> প্রতিনিধি", "By <Name>", "<byline> | <stamp>").

    Shapes are weak rules: a short headline can end in "প্রতিনিধি" or "অফিস". Exact
    phrases from bylines.txt and "<site>, <city>" lines are strong (``_strong``).
    """
    if len(key) > 110:
        return False
    if not SENTENCE_MARK.search(key) and (_byline_part(key, t) or BY_NAME.match(line)):
        return True
    if "|" in key:
        return _byline_row(key, t)
    if "," in key and _name_with_places(key, t):  # "তানিয়া রহমান, বিবিসি নিউজ বাংলা, ঢাকা"
        return True
    if " by " in key:  # "posted on june 3, 2024 by admin"
        m = POSTED_BY.match(key)
        return m is not None and _is_timestamp(m.group("stamp") or m.group("stamp2"))
    return False


# The kinds of part of a byline row ("<byline> | <stamp>", ``_byline_row``): a row needs a
# part that names who wrote it and a part that is a byline or a stamp.
ROW_WHO = frozenset({"byline", "name", "site"})
ROW_ANCHOR = frozenset({"byline", "stamp"})


def _name_with_places(key: str, t: _Tables) -> bool:
    """"<person name>, <place or site>[, <place>]": a name of two or three words, then only
    places, section words (``ঢাকা``) and site names."""
    if key.rpartition(",")[2].strip() not in t.name_places:  # the cheap test first
        return False
    parts = [p.strip() for p in key.split(",")]
    return (
        1 < len(parts) <= 3
        and _is_name(parts[0], 2, 3)
        and all(p in t.places or p in t.sections or p in t.sites for p in parts[1:])
    )


def _dated_signature(key: str) -> bool:
    """A desk signature with a date: "রাইজিংবিডি/ঢাকা/২০ মার্চ ২০২৪/আমিনুল/সাইফ": three to
    seven "/" parts, each one to three Bengali words or a timestamp, one of them a date."""
    parts = [p.strip() for p in key.split("/")]
    if not 3 <= len(parts) <= 7:
        return False
    dated = False
    for p in parts:
        if _is_timestamp(p):
            dated = True
        elif not SIGNATURE_PART.match(p):
            return False
    return dated


def _byline_row(key: str, t: _Tables) -> bool:
    """A row of byline parts joined by "|": "<byline> | <stamp>", "<stamp> | <byline>",
    "Edited By: X | Updated By: Y | <stamp>", "<person name> | Updated: <stamp>",
    "<site> | <stamp>". A stamp part may hold a danda ("প্রকাশ: ১৪ এপ্রিল ২৪। ১২:৩০")."""
    kinds = set()
    for part in key.split("|"):
        p = part.strip(EDGE_PUNCT)
        if not p:
            return False
        if not SENTENCE_MARK.search(p) and _byline_part(p, t):
            kinds.add("byline")
        elif _is_timestamp(p):
            kinds.add("stamp")
        elif p in t.sites:
            kinds.add("site")
        elif PERSON_NAME.match(p):
            kinds.add("name")
        else:
            return False
    return not kinds.isdisjoint(ROW_WHO) and not kinds.isdisjoint(ROW_ANCHOR)


def _byline_part(key: str, t: _Tables) -> bool:
    if key in t.bylines or AUTHOR_LINE.match(key):
        return True
    if "by " in key and AUTHOR_NAME.match(key):  # "written by bidisha sarkar"
        return True
    # a fixed byline and one place word: "নিজস্ব সংবাদদাতা কলকাতা"
    if key.rpartition(" ")[0] in t.bylines:
        return True
    m = BYLINE.match(key)
    if m is None:
        return False
    words = m.group("words").split()
    role = m.group("role")
    limit = BYLINE_ROLE_WORDS.get(role, 0)
    if limit == 0:  # "রিপোর্ট", "প্রতিবেদন": only "<site> রিপোর্ট", "<...> অনলাইন রিপোর্ট"
        return bool(words) and (words[-1] in REPORT_QUALIFIERS or " ".join(words) in t.sites)
    return len(words) <= limit or m.group("prefix") is not None


# A call to action is at most this long.
MAX_CTA_CHARS = 200


def _cta(key: str, line: str) -> tuple[str, bool] | None:
    """``(reason, strong)`` if the line is a call to action, else None."""
    if len(key) > MAX_CTA_CHARS or not CTA_HINT.search(key) or QUOTE.search(line):
        return None
    if REPORTED_SPEECH.search(key):
        return None
    verb = CTA_VERB.search(key)
    if verb is None:
        return None
    channels = [m.lastgroup for m in CTA_CHANNEL.finditer(key)]
    if not channels or (all(c == "news" for c in channels) and key.count(" ") >= MAX_NEWS_PROMPT_WORDS):
        return None
    # one or two short sentences ("... এখন আপনার ফোনে। ফলো করুন ... চ্যানেল।")
    if len(SENTENCE_MARK.findall(line)) > 2:
        return None
    reason = verb.lastgroup or "follow"
    return f"{reason}-prompt", CTA_NEWS.search(key) is not None


def _is_section_row(key: str, sections: frozenset[str], places: frozenset[str] = frozenset()) -> bool:
    """A section label, a breadcrumb ("প্রচ্ছদ » জাতীয়", "সারাদেশ » রংপুর": after the
    first part a place may stand) or a row of section words."""
    if key in sections:
        return True
    if not _has_separator(key):
        words = key.split(" ")
        return len(words) >= 3 and all(w in sections for w in words)
    parts = [p for p in NAV_SEPARATOR.split(key) if p]
    if len(parts) > 1 and parts[0] in sections and all(p in sections or p in places for p in parts[1:]):
        return True
    words = key.split(" ")
    return len(words) >= 3 and all(w in sections for w in words)


def _strong(line: str, key: str, t: _Tables, step: StripBoilerplate) -> str | None:
    """The reason a line is chrome anywhere in the page, or None."""
    if step.extra_phrases and key in step._extra_keys():
        return "user-phrase"
    model = step.model
    if model is not None and key in model.lines:
        return "learned"
    if key in t.markers:
        return "read-more"
    reason = t.phrases.get(key)
    if reason:
        return reason
    if key in t.sites or DOMAIN.match(key) or _site_online(key, t.sites):
        return "site-name"
    if key in t.bylines or _site_byline(key, t.sites):
        return "byline"
    if _is_bengali_prose(line):
        # a sentence of prose: of the shapes below only a call to action can be one
        return _strong_cta(key, line, t)
    if (_is_timestamp(key) and TIMESTAMP_STRONG.search(key)) or RELATIVE_WORDS.match(key):
        return "timestamp"
    if READING_TIME.match(key):
        return "reading-time"
    if GALLERY_COUNTER.match(key):
        return "gallery-counter"
    if SHARE_PROMPT.match(key):
        return "share-prompt"
    if COMMENTS.match(key):
        return "comments"
    if len(key) <= 200 and COPYRIGHT.search(key) and ("।" not in line or COPYRIGHT_NOTICE.match(key)):
        return "copyright"
    if len(key) <= 12 and FONT_SIZE.match(key):
        return "navigation"
    m = INLINE_MARKER.match(key)
    if m and m.group("marker").strip(EDGE_PUNCT) in t.markers and _is_headline_like(m.group("rest")):
        return "read-more-inline"
    return _strong_cta(key, line, t)


def _strong_cta(key: str, line: str, t: _Tables) -> str | None:
    """A call to action that names the site or its news: chrome anywhere."""
    cta = _cta(key, line)
    if cta and (cta[1] or any(site in key for site in t.long_sites)):
        return cta[0]
    return None


def _weak(line: str, key: str, t: _Tables) -> str | None:
    """The reason a line is chrome when it is in the head or tail of the page, or None."""
    if _is_bengali_prose(line):
        # a sentence of prose: only a banner can be chrome here (a call to action in prose
        # is chrome only when it names the site or its news, which ``_strong`` found)
        if COOKIE_BANNER.search(key) and not QUOTE.search(line):
            return "navigation"
        return None
    if _is_byline(key, line, t):
        return "byline"
    if _is_timestamp(key):
        return "timestamp"
    if _is_section_row(key, t.sections, t.places):
        return "section-label"
    if key in t.places:
        return "dateline"
    if SIGNATURE.match(key) or ("/" in key and (SIGNATURE_NAMED.match(key) or _dated_signature(key))):
        return "signature"
    if FOOTER.match(key) and "।" not in line:
        return "footer"
    if COOKIE_BANNER.search(key) and not QUOTE.search(line):
        return "navigation"
    # A call to action that does not name the site: chrome when it is a bare prompt, not a
    # sentence ("অ্যাপটি ডাউনলোড করুন।", "৫. অ্যাপটি ডাউনলোড করুন" are how-to steps, and a
    # sentence may be a line of its own after one_sentence_per_line=True).
    cta = _cta(key, line)
    if cta and not LIST_MARKER.match(line) and not ANY_SENTENCE_END.search(line.rstrip()):
        return cta[0]
    if not BENGALI_LETTER.search(line):
        return "non-bengali"
    return None


def _english_sentence(line: str) -> bool:
    """An English sentence of three or more words (a quote can open or end an article)."""
    s = line.strip()
    return bool(LATIN_LETTER.search(s)) and s.count(" ") >= 2 and ENGLISH_SENTENCE_END.search(s) is not None


def _english_edge(
    lines: list[str], blank: list[bool], weak: list[str | None], start: int, stop: int, step: int
) -> list[int]:
    """English sentences next to the body, walking from ``start``; clears their weak reason."""
    found = []
    for k in range(start, stop, step):
        if blank[k]:
            continue
        if weak[k] != "non-bengali" or not _english_sentence(lines[k]):
            break
        weak[k] = None
        found.append(k)
    return found


# The key of a line too long to be chrome (4 * MAX_CHROME_CHARS: NFC at most quarters a
# line's length): never looked up, but the line rules still see it.
HUGE_KEY = "\x00"
# The key of a line whose key is surely longer than MAX_CHROME_CHARS (``_surely_long``):
# no rule looks it up, and no lookup can match it (every looked-up key is shorter).
LONG_KEY = "\x00" * (MAX_CHROME_CHARS + 1)
# How much of a line ``_surely_long`` looks at.
LONG_PREFIX = MAX_CHROME_CHARS + 110


def _surely_long(line: str) -> bool:
    """A cheap proof that ``len(line_key(line)) > MAX_CHROME_CHARS`` (False: not proven).

    In the first LONG_PREFIX characters, if they are all KEY_STABLE, every character after
    the leading edge characters stays a character of the key, but a space or a vowel sign
    joined to an e-kar before it: left stripping stops at the first one, right stripping
    only reaches past the prefix, and what follows the prefix cannot remove any of them.
    """
    end = min(len(line), LONG_PREFIX)
    if len(line.rstrip(EDGE_PUNCT)) <= end or KEY_STABLE.search(line, 0, end):
        return False
    lead = len(line) - len(line.lstrip(EDGE_PUNCT))
    kept = end - lead - line.count(" ", lead, end) - line.count("\u09c7", lead, end)
    return kept > MAX_CHROME_CHARS


def _nfc_line_key(line: str) -> str:
    """``line_key`` of a line of ``normalize``'s output (default options): a line without
    joiners (``captions._normalized_plain``) is the line with its edge punctuation
    trimmed, case folded, without the searches for what NFC changes."""
    if _captions.FAST_PATHS and _captions._normalized_plain(line):
        return line.strip(EDGE_PUNCT).casefold()
    return line_key(line)


def _nfc_surely_long(line: str) -> bool:
    """``_surely_long`` of a line of ``normalize``'s output (default options): the key of a
    line without joiners is the trimmed line case folded (``_nfc_line_key``), and case
    folding never shortens a text."""
    if _captions._normalized_plain(line):
        return len(line.strip(EDGE_PUNCT)) > MAX_CHROME_CHARS
    return _surely_long(line)


def _plan_key(line: str, nfc_input: bool = False) -> str:
    """The key ``_plan`` uses for a line: ``line_key``, or HUGE_KEY, or LONG_KEY.
    ``nfc_input``: the line is a line of ``normalize``'s output with default options
    (``StripBoilerplate._nfc_input``)."""
    n = len(line)
    if n > 4 * MAX_CHROME_CHARS:
        return HUGE_KEY
    if n > MAX_CHROME_CHARS and _captions.FAST_PATHS and (
        _nfc_surely_long(line) if nfc_input else _surely_long(line)
    ):
        return LONG_KEY
    return _nfc_line_key(line) if nfc_input else line_key(line)


# White space at the start of a line, as str.lstrip() strips it (re's \s is str.isspace()).
LEADING_SPACE = _lazy(r"\s*", module=re)


def _is_quiet_huge(line: str, start: int = 0) -> bool:
    """``_is_quiet`` for a line with HUGE_KEY (``line[start:]``, looked at in place): no
    phrase, shape or call to action is "\x00", so only "non-bengali" and "By <Name>" (which
    look at the line) can apply. Most start with a letter of BENGALI_LETTER's first range."""
    if "\u0985" <= line[start] <= "\u09b9":
        return True
    if BENGALI_LETTER_RE.search(line, start) is None:
        return False
    if line[start:start + 1].isspace():
        start = LEADING_SPACE.match(line, start).end()
    return not line.startswith("By", start)


# While ``_plan``'s quiet gate runs, this stands for a last line that is huge and quiet:
# most pages end with one long body line, and on a page that keeps every line it is never
# cut out of the text. It is itself huge and quiet (``_quiet_lines`` knows it by identity).
QUIET_HUGE_LINE = "\u0995" * (4 * MAX_CHROME_CHARS + 1)  # ka


def _lone_line_stays(line: str, nfc_input: bool = False) -> bool:
    """True if a page of this one line keeps it (``StripBoilerplate()``, no options):
    it is blank, too long to be chrome (not HUGE_KEY: the weak rules still see those) or
    quiet. (No title or breadcrumb can name the page's only line: that is a part of it.)"""
    key = _plan_key(line, nfc_input)
    return not key or key is LONG_KEY or (
        len(key) <= MAX_CHROME_CHARS and _is_quiet(line, key, _tables())
    )


def _quiet_lines(lines: list[str], keys: list[str], t: _Tables) -> frozenset[int] | None:
    """The quiet lines of a page (``_is_quiet``, ``_is_quiet_huge``), or None if
    the page keeps every line: each line is blank, too long to look up or quiet (so no rule
    of a line gives it a reason: ``_anywhere`` finds none, and without one
    ``_around_the_article`` changes nothing) and no page title or breadcrumb names a line
    (``_titles_and_breadcrumbs`` finds none: see ``_may_name_a_line``)."""
    quiet = []
    shorts = []  # the keys of the quiet lines but HUGE_KEY
    loud = False
    for k, key in enumerate(keys):
        if not key or len(key) > MAX_CHROME_CHARS:
            continue
        if key == HUGE_KEY:
            if lines[k] is QUIET_HUGE_LINE or _is_quiet_huge(lines[k]):
                quiet.append(k)
                continue
        elif _is_quiet(lines[k], key, t):
            quiet.append(k)
            shorts.append(key)
            continue
        loud = True
    if loud or (_may_name_a_line(shorts, t) and _titled(keys, t)):
        return frozenset(quiet)
    return None


def _may_name_a_line(shorts: list[str], t: _Tables) -> bool:
    """False if no key of ``shorts`` (every key of a page of at most MAX_CHROME_CHARS but
    HUGE_KEY) is surely a title or breadcrumb of the page. Such a key names another line:
    its title or last part is shorter than it, so not another key of more than
    MAX_CHROME_CHARS, and HUGE_KEY only if it holds "\x00". One short key alone names none."""
    if len(shorts) < 2 and not (shorts and HUGE_KEY in shorts[0]):
        return False
    return any(
        (SEPARATOR_CHAR.search(key) is not None or "  " in key) and _may_be_titled(key, t) for key in shorts
    )


# The characters that the site part of a PAGE_TITLE does not hold: its site is what follows
# the last of them.
TITLE_SEPARATORS = "|:-–—»"


def _may_be_titled(key: str, t: _Tables) -> bool:
    """False if ``_titles_and_breadcrumbs`` surely leaves ``key`` alone: a breadcrumb starts
    with a section name (so with a ``section_heads`` word, FIRST_WORD), and the site of a
    page title is what follows the last TITLE_SEPARATORS character (stripped, a site name)."""
    head = FIRST_WORD.match(key).group()
    if not head or head in t.section_heads:
        return True
    last = max(map(key.rfind, TITLE_SEPARATORS))
    return last >= 0 and key[last + 1:].strip() in t.sites


def _titled(keys: list[str], t: _Tables) -> bool:
    """A line of a page without other chrome is a page title or a breadcrumb."""
    reasons: list[str | None] = [None] * len(keys)
    _titles_and_breadcrumbs(keys, reasons, t)
    return any(reasons)


def _plan(text: str, step: StripBoilerplate) -> list[Removal]:
    """Every line ``step`` removes from ``text``, with its reason."""
    t = _tables()
    nfc_input = step._nfc_input
    gate = _captions.FAST_PATHS and step.model is None and not step.extra_phrases
    last = text.rfind("\n") + 1 if gate else 0  # where the last line starts
    tail = last > 0 and len(text) - last > 4 * MAX_CHROME_CHARS and _is_quiet_huge(text, last)
    lines = text[:last - 1].split("\n") if tail else text.split("\n")
    keys = [_plan_key(line, nfc_input) for line in lines]
    if tail:
        lines.append(QUIET_HUGE_LINE)
        keys.append(HUGE_KEY)

    quiet: frozenset[int] = frozenset()
    if gate:
        # (before the not-article test: the key of a quiet line is in no phrase set)
        found = _quiet_lines(lines, keys, t)
        if found is None:
            return []
        quiet = found
        if tail:
            lines[-1] = text[last:]

    # A page that is not an article.
    kinds = {t.not_article[k] for k in keys if k in t.not_article}
    if kinds:
        prose = sum(1 for line in lines if _is_bengali_prose(line))
        if prose < (2 if "block" in kinds else 1):
            return [Removal(i + 1, line, _PREFIX + "not-article")
                    for i, line in enumerate(lines) if line.strip()]

    reasons = _anywhere(lines, keys, t, step, quiet)
    _around_the_article(lines, keys, reasons, t, quiet)
    removals = [Removal(k + 1, lines[k], _PREFIX + r) for k, r in enumerate(reasons) if r]

    # Learned fragments at the start or end of a line (reported with the fragment).
    model = step.model
    if model is not None and (model.prefixes or model.suffixes or model.datelines):
        for k, line in enumerate(lines):
            if reasons[k] is None and keys[k]:
                for frag, why in _learned_fragments(line, model):
                    removals.append(Removal(k + 1, frag, _PREFIX + why))
        removals.sort(key=lambda r: r.line_no)
    return removals


def _anywhere(
    lines: list[str], keys: list[str], t: _Tables, step: StripBoilerplate,
    quiet: frozenset[int] = frozenset(),
) -> list[str | None]:
    """The reasons of the rules that apply anywhere in the page (``None``: not chrome),
    with the related-story blocks that follow a marker. Lines in ``quiet`` have none."""
    n = len(lines)
    reasons: list[str | None] = [None] * n
    i = 0
    while i < n:
        key = keys[i]
        reason = (
            _strong(lines[i], key, t, step)
            if key and len(key) <= MAX_CHROME_CHARS and i not in quiet else None
        )
        i += 1
        if reason is None:
            continue
        if reason == "read-more-inline":
            reasons[i - 1] = "read-more"
            continue
        reasons[i - 1] = reason
        if reason != "read-more":
            continue
        # The related headlines after a marker: blank lines right after the marker, then
        # headline-like lines up to a blank line or prose.
        j = i
        while j < n and not keys[j]:
            j += 1
        taken = 0
        while j < n and keys[j] and taken < MAX_RELATED and _is_headline_like(lines[j]):
            reasons[j] = "read-more"
            taken += 1
            j += 1
        if taken:
            i = j
    _titles_and_breadcrumbs(keys, reasons, t)
    return reasons


def _titles_and_breadcrumbs(keys: list[str], reasons: list[str | None], t: _Tables) -> None:
    """A page title ("<headline> | <site>") or a breadcrumb ending with the headline
    ("প্রচ্ছদ » জাতীয় » <headline>") goes when the headline is a line of the page."""
    present = {k for k in keys if k}
    for i, key in enumerate(keys):
        if reasons[i] is not None or not key or len(key) > MAX_CHROME_CHARS or not _has_separator(key):
            continue
        m = PAGE_TITLE.match(key)
        if m and m.group("site").strip() in t.sites and m.group("title").strip(EDGE_PUNCT) in present:
            reasons[i] = "page-title"
            continue
        parts = [p for p in NAV_SEPARATOR.split(key) if p]
        if len(parts) > 1 and all(p in t.sections for p in parts[:-1]) and parts[-1] in present:
            reasons[i] = "section-label"


def _around_the_article(
    lines: list[str], keys: list[str], reasons: list[str | None], t: _Tables,
    quiet: frozenset[int] = frozenset(),
) -> None:
    """Apply the weak rules to the head and the tail of the page, in place (lines in
    ``quiet`` have no weak reason)."""
    n = len(lines)
    blank = [not k for k in keys]
    open_lines = [k for k in range(n) if reasons[k] is None and not blank[k]]
    bengali_page = any(BENGALI_LETTER.search(lines[k]) for k in open_lines)
    weak: list[str | None] = [None] * n
    for k in open_lines:
        if len(keys[k]) <= MAX_CHROME_CHARS and k not in quiet:
            w = _weak(lines[k], keys[k], t)
            weak[k] = None if w == "non-bengali" and not bengali_page else w
    # Below only a weak reason applies, or a masthead above a menu, or a name in the byline
    # slot above a strong byline or stamp: with none of them, nothing changes.
    idle = _captions.FAST_PATHS and not any(weak) and SLOT_ANCHORS.isdisjoint(reasons)
    if idle and MENU_REASONS.isdisjoint(reasons):
        return
    _masthead(lines, keys, reasons, weak)
    if idle and not any(weak):
        return
    # The article runs from its first to its last content line. Lines that dedup_captions
    # will or may remove (repeats; captions, in mode "drop") do not hold it open, so the
    # head and tail are the same with or without them and clean() is idempotent.
    repeat = repeats_earlier(lines)
    content = [
        k for k in open_lines
        if weak[k] is None and not repeat[k]
        and not (len(keys[k]) <= MAX_CHROME_CHARS and is_caption(lines[k]))
    ]
    # An English sentence right before or after the body (no chrome between) is body;
    # past a chrome line ("Comments", a site name) it is chrome.
    if content:
        content.extend(_english_edge(lines, blank, weak, content[-1] + 1, n, 1))
        content[:0] = reversed(_english_edge(lines, blank, weak, content[0] - 1, -1, -1))
    first = content[0] if content else n
    last = content[-1] if content else -1
    # Bylines, bare dates and place or section words stand between the headline and the
    # body: for them the head ends at the first line of prose.
    prose = [k for k in content if _is_prose(lines[k])]
    first_prose = prose[0] if prose else n
    last_prose = prose[-1] if prose else -1
    for k in range(n):
        w = weak[k]
        if w == "dateline":  # a place: only in the head (in the tail it can be a list item)
            if k < first_prose:
                reasons[k] = w
        elif w and (k < first or k > last):
            reasons[k] = w
        elif w in ("byline", "timestamp", "section-label") and (k < first_prose or k > last_prose):
            reasons[k] = w
    if content:
        _byline_slot(lines, keys, reasons, weak, first, first_prose)


# The reasons of the lines that may follow a byline that is only a name (``_byline_slot``).
SLOT_ANCHORS = frozenset({"byline", "timestamp", "dateline", "section-label"})
# The reasons of the menu lines below a masthead (``_masthead``).
MENU_REASONS = frozenset({"section-label", "navigation", "non-bengali"})
# A headline above a byline slot has at least this many words (a two-word line above a
# stamp may be the headline itself).
MIN_SLOT_HEADLINE_WORDS = 4


def _nonblank(keys: list[str], k: int, step: int) -> int | None:
    """The index of the next non-blank line from ``k`` (exclusive) in direction ``step``."""
    k += step
    while 0 <= k < len(keys):
        if keys[k]:
            return k
        k += step
    return None


def _is_name(key: str, min_words: int, max_words: int) -> bool:
    """A person's name (PERSON_NAME) of ``min_words`` to ``max_words`` words, title apart,
    with no word that a name never has (NOT_NAME_WORDS, a verb ending)."""
    if not key or len(key) > 60 or not PERSON_NAME.match(key):
        return False
    words = key.split(" ")
    if not min_words <= len(words) - (1 if "." in key else 0) <= max_words:
        return False
    return not any(w in NOT_NAME_WORDS or VERB_ENDING.search(w) for w in words)


def _byline_slot(
    lines: list[str], keys: list[str], reasons: list[str | None], weak: list[str | None],
    first: int, first_prose: int,
) -> None:
    """A byline that is only a person's name ("তানিয়া রহমান"), in place: a judgement rule,
    anchored to its position. It goes (reason ``byline``) only when it stands in the byline
    slot: after the headline (a content line of four or more words) and before the first
    line of prose, two or three words of letters, and the next line is a byline, a stamp,
    a place or a section word. A two-word headline (the first content line) never goes."""
    for k in range(first + 1, min(first_prose, len(lines))):
        key = keys[k]
        if not key or reasons[k] or weak[k] not in (None, "non-bengali") or not _is_name(key, 2, 3):
            continue
        prev = _nonblank(keys, k, -1)
        nxt = _nonblank(keys, k, 1)
        if prev is None or nxt is None or prev < first or reasons[prev] or weak[prev]:
            continue
        if keys[prev].count(" ") < MIN_SLOT_HEADLINE_WORDS - 1:
            continue
        if (reasons[nxt] or weak[nxt]) in SLOT_ANCHORS:
            reasons[k] = "byline"


def _masthead(lines: list[str], keys: list[str], reasons: list[str | None], weak: list[str | None]) -> None:
    """The name of a blog or site that no list knows, in place: the first line of the page,
    one to four words of letters, directly above a menu of two or more navigation lines
    (section words, navigation phrases, English) that a headline (not prose) follows. It
    becomes a weak ``site-name`` (it is before the article)."""
    top = _nonblank(keys, -1, 1)
    if top is None or reasons[top] or weak[top]:
        return
    j = _nonblank(keys, top, 1)
    if j is None or (reasons[j] or weak[j]) not in MENU_REASONS or not _is_name(keys[top], 1, 4):
        return
    menu = 0
    while j is not None and (reasons[j] or weak[j]) in MENU_REASONS:
        menu += 1
        j = _nonblank(keys, j, 1)
    if menu >= 2 and j is not None and not (reasons[j] or weak[j]) and not _is_prose(lines[j]):
        weak[top] = "site-name"


def _fragment_cut(line: str, model: BoilerplateModel) -> tuple[int, int, list[tuple[str, str]]]:
    """Which sentences at the start and end of ``line`` are learned fragments.

    Returns the index of the first and one past the last kept sentence, and the removed
    fragments with their reasons. Repeated copies ("সূত্র: বাসস সূত্র: বাসস") all go; at
    least one sentence is always kept.
    """
    spans = sentence_units(line)
    lo, hi = 0, len(spans)
    cut: list[tuple[str, str]] = []
    while hi - lo > 1 and line_key(line[spans[lo][0]:spans[lo][1]]) in model.prefixes:
        cut.append((line[spans[lo][0]:spans[lo][1]], "learned-prefix"))
        lo += 1
    while hi - lo > 1 and line_key(line[spans[hi - 1][0]:spans[hi - 1][1]]) in model.suffixes:
        cut.append((line[spans[hi - 1][0]:spans[hi - 1][1]], "learned-suffix"))
        hi -= 1
    return lo, hi, cut


def _dateline(line: str, t: _Tables) -> tuple[int, str] | None:
    """``(end, separator)`` of a byline glued to the start of ``line``, else None."""
    m = DATELINE.match(line)
    if m is None or len(line) - m.end() < 20:
        return None
    head = line_key(m.group("head"))
    if not (head in t.bylines or _byline_part(head, t)):
        return None
    return m.end(), m.group("sep")


def _learned_fragments(line: str, model: BoilerplateModel) -> list[tuple[str, str]]:
    out = []
    if model.datelines:
        d = _dateline(line, _tables())
        if d and d[1] in model.datelines:
            out.append((line[:d[0]].strip(), "learned-dateline"))
            line = line[d[0]:]
    return out + _fragment_cut(line, model)[2]


def _strip_fragments(line: str, model: BoilerplateModel) -> str:
    if model.datelines:
        d = _dateline(line, _tables())
        if d and d[1] in model.datelines:
            line = line[d[0]:]
    lo, hi, cut = _fragment_cut(line, model)
    if not cut:
        return line
    spans = sentence_units(line)
    return line[:spans[0][0]] + line[spans[lo][0]:spans[hi - 1][1]]


@dataclass(frozen=True)
class StripBoilerplate:
    """The ``strip_boilerplate`` step.

    ``model``: a ``BoilerplateModel`` from ``learn_boilerplate`` (its lines go too).
    ``extra_phrases``: your own whole-line phrases (any case and spacing), reason
    ``boilerplate:user-phrase``.

    >>> StripBoilerplate()("প্রথম আলো\\nশিরোনাম\\nশেয়ার করুন")
    'শিরোনাম'
    >>> StripBoilerplate(extra_phrases=frozenset({"আমাদের সাইট"}))("আমাদের সাইট\\nশিরোনাম")
    'শিরোনাম'
    """

    model: BoilerplateModel | None = None
    extra_phrases: frozenset[str] = frozenset()
    # Private: the text is ``normalize``'s output with default options (NFC, single
    # spaces, no invisible character but the joiners), so line keys skip the NFC checks
    # and a line without joiners is its own key. Only ``clean``'s pipeline sets it, where
    # ``normalize`` (default options) runs first; not an option, so it takes no part in
    # the repr or in comparisons.
    _nfc_input: bool = field(default=False, repr=False, compare=False)
    name = "strip_boilerplate"

    def __post_init__(self) -> None:
        if self.model is not None and not isinstance(self.model, BoilerplateModel):
            raise TypeError(
                "model must be a BoilerplateModel from bnclean.learn_boilerplate(), "
                f"got {type(self.model).__name__}"
            )
        if isinstance(self.extra_phrases, str):
            raise TypeError("extra_phrases must be a set of phrases, not a single str")
        if not isinstance(self.extra_phrases, frozenset):
            object.__setattr__(self, "extra_phrases", frozenset(self.extra_phrases))

    def _extra_keys(self) -> frozenset[str]:
        return _extra_keys(self.extra_phrases)

    def __call__(self, text: str) -> str:
        check_text(text, "strip_boilerplate")
        return self._apply(text)

    def _apply(self, text: str) -> str:
        """The step without the check of its argument (for ``clean``, which checks first)."""
        if (_captions.FAST_PATHS and "\n" not in text and self.model is None
                and not self.extra_phrases and _lone_line_stays(text, self._nfc_input)):
            return text
        removals = _plan(text, self)
        if not removals:
            return text
        gone = {r.line_no for r in removals if not r.reason.startswith(_PREFIX + "learned-")}
        lines = text.split("\n")
        out = []
        for no, line in enumerate(lines, 1):
            if no in gone:
                continue
            if self.model is not None and (self.model.prefixes or self.model.suffixes or self.model.datelines):
                line = _strip_fragments(line, self.model)
            out.append(line)
        return "\n".join(out)

    def removals(self, text: str) -> list[Removal]:
        """Every line this step would remove, with the rule's reason label.

        Learned fragments cut from a line (``boilerplate:learned-prefix`` and
        ``-suffix``) are reported with the fragment in place of the line.
        """
        check_text(text, "strip_boilerplate")
        return _plan(text, self)


@lru_cache(maxsize=16)
def _extra_keys(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(line_key(p) for p in phrases)


def strip_boilerplate(text: str) -> str:
    """Remove site chrome from a scraped Bengali page: brand lines, navigation, bylines,
    timestamps, prompts, ads, related-story blocks, English head and tail blocks.

    >>> strip_boilerplate("প্রথম আলো\\nশিরোনাম\\nপ্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০\\nতিনি ফেসবুকে পোস্ট শেয়ার করেন।\\nশেয়ার করুন")
    'শিরোনাম\\nতিনি ফেসবুকে পোস্ট শেয়ার করেন।'
    """
    check_text(text, "strip_boilerplate")
    return StripBoilerplate()(text)
