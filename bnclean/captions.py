"""Caption and repeated-paragraph dedup (policy section 4), on line-structured text.

Scrapers copy a photo caption twice (alt text and caption), repeat hidden caption text and
ledes, and sometimes repeat sentences inside one paragraph. This step removes the copies
and keeps the first occurrence; every rule has a reason label that ``removals`` reports.

Rules, in the order they run:

1. ``sentence-repeat``: inside one line, a run of 1-6 sentences that directly repeats the
   run before it (``A। A। B।``, ``A। B।A। B।``) is dropped, when the repeated run is at
   least ``MIN_REPEAT_CHARS`` characters long. Short repeats are prose (``না। না।``,
   ``জয় বাংলা! জয় বাংলা!``) and stay; non-adjacent repeats stay.
2. ``caption`` (mode ``"drop"``): caption lines are removed.
   ``caption-repeat`` (mode ``"dedup"``): a caption line identical to an earlier caption
   line (after whitespace normalization) is removed, wherever it is; a bare credit on a line
   of its own (``ছবি: সংগৃহীত``) too.
   Mode ``"keep"`` keeps every caption line.
3. ``paragraph-repeat`` (every mode): a line that is not a caption and repeats an earlier
   line is removed. Two kinds of short line are kept however often they come: lines with
   no letter (``* * *``, ``১.``) and label lines ending in ``:`` of under
   ``MIN_PARAGRAPH_CHARS`` characters (``প্রশ্ন:``, ``উত্তর:`` in an interview).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import is_, not_, sub
from typing import Any

import regex

from ._types import Removal
from ._validate import check_choice, check_text

CAPTION_MODES = ("dedup", "drop", "keep")


class _lazy:  # noqa: N801 (used like regex.compile)
    """A pattern compiled on its first use, so that ``import bnclean`` stays cheap.

    The compiled pattern's methods are then kept on the object, so ``X.search`` costs one
    attribute lookup. ``module`` is ``regex`` or ``re``.
    """

    def __init__(self, pattern: str, flags: int = 0, module: Any = regex) -> None:
        self._args = (pattern, flags)
        self._module = module

    def __getattr__(self, name: str) -> Any:
        # only called for attributes not found yet: compile, then keep the attribute
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = self._module.compile(*self._args)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value


# A repeated sentence run shorter than this (in characters, spaces collapsed) is kept:
# short repeats are emphasis or slogans, not scraper copies.
MIN_REPEAT_CHARS = 24
# The longest run of sentences that is compared with the run before it.
MAX_RUN = 6
# A repeated label line ("প্রশ্ন:") shorter than this is kept.
MIN_PARAGRAPH_CHARS = 20
# A letter (Bengali or any script's): a repeated line without one is a divider and stays.
LETTER = _lazy(r"\p{L}")
# A caption is short: longer lines are prose even when they end with a credit.
MAX_CAPTION_CHARS = 320

# Characters that do not show and must not make two copies look different:
# ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen.
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
INVISIBLE = _lazy(f"[{INVISIBLE_CHARS}]")
# The two of them that normalize keeps where they change how Bengali renders (র‍্যাব).
ZWNJ = "\u200c"  # zero width non-joiner
ZWJ = "\u200d"  # zero width joiner
# Runs of whitespace, compared as one space.
SPACE_RUN = _lazy(r"\s++")
# Whitespace that is not a single space: a line without it needs no collapsing.
SPACE_OTHER = _lazy(r"[^\S ]|  ")

# A caption that starts with its marker: BBC's hidden caption lines ("ছবির উৎস, Getty
# Images", "ছবির ক্যাপশান, ..."), and "Photo: ...", "ছবি: সংগৃহীত" on a line of their own.
CAPTION_START = _lazy(
    r"""^\s*+(?:
        (?:ছবির|ভিডিওর)\ (?:ক্যাপশান|ক্যাপশন|উৎস|সূত্র)\s*+[,:]
      | (?:ফাইল\ )?(?:ছবি|ফটো|আলোকচিত্র)\s*+(?:সূত্র\s*+)?[:：]
      | (?:image|photo|picture|file\ photo)\ ?(?:caption|source|credit)s?\s*+[,:：]
      | (?:image|photo|picture|caption|file\ photo)\s*+[:：]
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A caption that ends with its credit: "... রাজধানীতে বিক্ষোভ। ছবি: স্টার",
# "... ফাইল ছবি: রয়টার্স", "(ছবি: সংগৃহীত)", "ছবি - বাসস", "ফাইল ফটো", "Photo: AFP",
# "Photo credit: ...", "File photo". The credit itself is short and has no sentence end.
CAPTION_END = _lazy(
    r"""(?:
        (?:ফাইল\s*+)?(?:ছবি|ফটো|আলোকচিত্র|চিত্র)\s*+(?:সূত্র\s*+)?(?:[:：\-–—]|\s:)\s*+[^।!?\n]{1,60}+
      | (?:ফাইল\s*+)?(?:ছবি|ফটো)\s*+সংগৃহীত
      | ফাইল\s*+(?:ছবি|ফটো)
      | (?:file\s++)?(?:photo|image|picture)(?:\s++credit)?\s*+[:：\-–—]\s*+[^.!?\n]{1,60}+
      | file\s++(?:photo|image|picture)
    )[\s.।)\]]*+$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A bare credit: "ছবি: সমকাল", "ফাইল ছবি", "Photo: AFP", on a line of its own or after the
# last sentence of a caption. A repeated bare credit line is a caption-repeat like any
# other (policy section 4); ``SentencePerLine`` keeps a trailing credit on the line of
# the sentence before it (``is_bare_credit``), so that one sentence per line makes no
# bare credit lines that a second ``clean`` would remove.
BARE_CREDIT = _lazy(
    r"""^\s*+(?:
        (?:ফাইল\s*+)?(?:ছবি|ফটো|আলোকচিত্র)\s*+(?:[:：\-–—]|\s:)\s*+[^।!?\n]{1,40}+
      | ফাইল\s*+(?:ছবি|ফটো)
      | (?:file\s++)?(?:photo|image|picture)(?:\s++credit)?\s*+[:：\-–—]\s*+[^.!?\n]{1,40}+
      | file\s++(?:photo|image|picture)
    )[\s.।)]*+$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A danda, question or exclamation mark: more than two before the credit means prose.
SENTENCE_END = _lazy(r"[।॥?!]")

# The end of a sentence inside a line: a run of sentence marks (with closing quotes or
# brackets), or a "." followed by a space or the end of the line. Abbreviations such as
# "ড." cut a sentence in two; that only makes the repeat check look at smaller pieces.
SENTENCE_BOUNDARY = _lazy(r"""(?:[।॥?!]++|\.(?=[\s"'”’)\]]|$))["'”’)\]]*+""")
# The same for a plain line (``_is_plain``: its only white space is " ", it has no "\n"),
# captured, so that ``PLAIN_SENTENCE_SPLIT.split`` returns the texts and the boundaries. In
# the re module, with each branch opening with its mark: re then scans for the marks.
_CLOSERS = "[\"'”’)\\]]*+"
PLAIN_SENTENCE_SPLIT = _lazy(
    "(" + "".join(f"{mark}[।॥?!]*+{_CLOSERS}|" for mark in ("।", "॥", "\\?", "!"))
    + f"\\.(?=[ \"'”’)\\]]|\\Z){_CLOSERS})",
    module=re,
)

# The fast paths of this step and of ``strip_boilerplate`` (a cheap test that decides most
# lines before the exact rule runs) are on; ``tests/test_linesteps_fastpath.py`` turns them
# off to check that both paths give the same output.
FAST_PATHS = True

# White space other than " " (re's \s is every character that str.isspace() accepts, a
# superset of the regex module's \s): a line without it is cut into sentences by
# PLAIN_SENTENCE_SPLIT exactly as sentence_units cuts it.
OTHER_SPACE = _lazy(r"[^\S ]", module=re)

# What the cheap sentence-repeat test strips from both ends of a piece between sentence
# marks: sentence marks, closing quotes and brackets (a mark's closers start the next
# piece), and spaces.
_PIECE_EDGE = "।॥?!.\"'”’)] "
# A "." that ends a sentence: followed by a space or a closer (SENTENCE_BOUNDARY's
# lookahead, for a line whose only white space is " "). The cheap test cuts there.
DOT_END = _lazy(r"\.(?=[ \"'”’)\]])", module=re)
# A line of this many sentences or more is decided by ``_drop_marks`` (a few more C calls
# per line, far fewer Python steps per sentence), a shorter one by ``_drop_in_order``.
MANY_SENTENCES = 16
# The marks of ``_drop_marks``, one byte per sentence: the numbers 0 (kept) to MAX_RUN
# (how many sentences back its key first came), FAR (farther back, or a short sentence:
# decided one by one), IN_BLOCK and IN_COPY (dropped as a block or one by one).
FAR = MAX_RUN + 1
IN_BLOCK = 0xFF
IN_COPY = 0xFE
# The marks of the numbers 0 .. MAX_RUN (``_NEAR.get(back, FAR)``: a dict lookup, four
# times faster than ``min``).
_NEAR = {m: m for m in range(MAX_RUN + 1)}
# bytes.translate table: 1 for the marks still to decide one by one (1 .. FAR), else 0.
_UNDECIDED = bytes(1 if 1 <= b <= FAR else 0 for b in range(256))
# A run of IN_BLOCK marks: one dropped block.
BLOCK_RUN = re.compile(b"\xff+")

# A run of dandas with its closers, captured: where ``PLAIN_SENTENCE_SPLIT`` cuts a line
# once its sentence marks are written as dandas (``_danda_marks``). It opens with one
# literal character, which re finds by a fast search (a set of five marks is tested
# against every character, three times slower; and re has no such search for "।++").
DANDA_SPLIT = _lazy(f"(।।*+{_CLOSERS})", module=re)


@lru_cache(maxsize=64)
def _is_plain(line: str) -> bool:
    """No invisible character and no white space but single spaces: every span of ``line``
    is its own comparison form. (Printable text has no format character and no space but
    " ".) Cached: the line steps ask about the same lines several times."""
    return line.isprintable() and "  " not in line


def _key(text: str) -> str:
    """The comparison form of a line or sentence: invisible characters out, spaces collapsed."""
    if FAST_PATHS:
        if _is_plain(text):
            return text.strip()
        if OTHER_SPACE.search(text) is None:  # joiners ("র‍্য"), white space all " "
            return _joiners_out(text)
    if not text.isascii():
        text = INVISIBLE.sub("", text)
    return SPACE_RUN.sub(" ", text).strip()


def _joiners_out(text: str) -> str:
    """``_key`` of a text whose only white space is " ": invisible characters removed by
    ``str.replace`` (the regex module's ``sub`` is slow on long Bengali lines), spaces
    collapsed only where two now meet, ends stripped."""
    for char in INVISIBLE_CHARS:
        if char in text:
            text = text.replace(char, "")
    if "  " in text:
        text = SPACE_RUN.sub(" ", text)
    return text.strip()


def _no_sentence_repeats(line: str) -> bool:
    """True if no two sentences of ``line`` have the same key: then no run repeats.

    Lines with invisible characters or odd spaces get the exact check (``_pieces_distinct``
    holds for plain lines only).
    """
    return _is_plain(line) and _pieces_distinct(_danda_marks(line))


def _pieces_distinct(marked: str) -> bool:
    """``_no_sentence_repeats`` of a line whose sentences are their own keys, given as
    ``_danda_marks(line)``.

    String methods only: the line is cut at every sentence mark and every "."
    that ends a sentence, and each piece is compared with its edge marks and spaces
    stripped. Two sentences with the same key give two pieces that strip to the same
    text, so distinct pieces mean distinct sentences. (A false alarm only costs the exact
    check.)
    """
    pieces = marked.split("।")
    return len(pieces) < 2 or len({p.strip(_PIECE_EDGE) for p in pieces}) == len(pieces)


def _danda_marks(line: str) -> str:
    """``line`` with each sentence mark and each "." that ends a sentence written as a danda
    (the same length): on a plain line, every place where a sentence boundary starts."""
    for mark in "?!॥":
        if mark in line:
            line = line.replace(mark, "।")
    if "." in line:
        line = DOT_END.sub("।", line)
        if line[-1] == ".":  # a "." at the end of the line ends a sentence too
            line = line[:-1] + "।"
    return line


def _first_sentence_again(line: str) -> bool:
    """The text up to the first danda comes again (and is long enough to be a dropped copy):
    a likely copy. BBC Bangla pages repeat every paragraph, and on them the cheap test
    would only find the repeat that the exact rule then looks for again."""
    end = line.find("।") + 1
    return end >= MIN_REPEAT_CHARS and line.find(line[:end], end) >= 0


def _has_boundary(line: str) -> bool:
    """``SENTENCE_BOUNDARY.search(line)``, answered by one ``in`` when the line has a danda
    (most Bengali lines: a danda is a boundary), without the regex call."""
    return "।" in line or SENTENCE_BOUNDARY.search(line) is not None


def is_bare_credit(text: str) -> bool:
    """True if ``text`` is a photo credit alone, with no caption before it (``BARE_CREDIT``).

    >>> is_bare_credit("ছবি: সমকাল")
    True
    >>> is_bare_credit("মাঠে উল্লাস। ছবি: সমকাল")
    False
    """
    return BARE_CREDIT.match(text) is not None


def is_caption(line: str) -> bool:
    """True if ``line`` is a photo caption or credit line (policy section 4).

    >>> is_caption("নিলাম অনুষ্ঠানে ফ্র্যাঞ্চাইজিগুলোর প্রতিনিধিরা। ছবি: রাইজিংবিডি")
    True
    >>> is_caption("তিনি বলেন, ছবি তোলা নিষেধ।")
    False
    """
    line = line.strip()
    if not line or len(line) > MAX_CAPTION_CHARS:
        return False
    if CAPTION_START.match(line):
        return True
    m = CAPTION_END.search(line)
    if m is None:
        return False
    return len(SENTENCE_END.findall(line, 0, m.start())) <= 2


def sentence_units(line: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of one line, without surrounding spaces."""
    spans = []
    start = 0
    for m in SENTENCE_BOUNDARY.finditer(line):
        end = m.end()
        s = end - len(line[start:end].lstrip())  # skip the white space before the sentence
        if s < end:
            spans.append((s, end))
        start = end
    rest = line[start:]
    text = rest.strip()
    if text:
        s = start + len(rest) - len(rest.lstrip())
        spans.append((s, s + len(text)))
    return spans


def _reduce_sentence_runs(line: str) -> tuple[str, tuple[str, ...]]:
    """Drop runs of sentences that directly repeat the run before them.

    Returns the new line and the dropped copies. Linear in the number of sentences
    (at most ``MAX_RUN`` comparisons of at most ``MAX_RUN`` keys per sentence).
    """
    if FAST_PATHS:
        return _reduce_cached(line)
    return _reduce_exact(line)


@lru_cache(maxsize=64)
def _reduce_cached(line: str) -> tuple[str, tuple[str, ...]]:
    """The fast path: the cheap test first, unless the line's first sentence comes again
    (``_first_sentence_again``); cached, because ``strip_boilerplate`` and
    ``dedup_captions`` ask about the same lines in turn inside ``clean``."""
    if not _first_sentence_again(line) and _no_sentence_repeats(line):
        return line, ()
    return _reduce_exact(line)


def _reduced(line: str) -> str:
    """The line with its repeated sentence runs dropped."""
    return _reduce_sentence_runs(line)[0] if _has_boundary(line) else line


def _normalized_plain(line: str) -> bool:
    """Whether a line of ``normalize``'s output (default options) is its own key but for
    its edges (and, for strip_boilerplate, case): it has no ZWNJ or ZWJ. Such a line is
    NFC, its only white space is single spaces and the joiners are the only characters of
    INVISIBLE it can hold (tests/test_dedup_speedpaths.py checks those facts), so no key
    removes, collapses or recomposes anything in it."""
    return ZWNJ not in line and ZWJ not in line


def _reduce_normalized(line: str) -> str:
    """``_reduced`` of a line of ``normalize``'s output (``DedupCaptions._normalized_input``):
    its only white space is single spaces and its only invisible characters are the
    joiners that normalize keeps, so it is plain (its own key) unless it has a joiner, and
    ``_reduce_plain`` takes it either way. Not cached, and no copies are cut out."""
    plain = _normalized_plain(line)
    marked = None
    if plain and not _first_sentence_again(line):
        marked = _danda_marks(line)
        if _pieces_distinct(marked):
            return line
    return _reduce_plain(line, plain, copies=False, marked=marked)[0]


def _normalized_key(line: str) -> str:
    """``_key`` of a line of ``normalize``'s output (see ``_reduce_normalized``)."""
    if _normalized_plain(line):
        return line.strip()
    return _joiners_out(line)


def _split_sentences(line: str, marked: str | None = None) -> tuple[list[str], list[str]]:
    """The sentences of ``line`` (whose only white space is " ") as ``sentence_units`` cuts
    them (a sentence is the text before a boundary, less its leading white space, and the
    boundary), and the pieces of ``PLAIN_SENTENCE_SPLIT.split`` for ``_offsets``.

    The pieces come from ``DANDA_SPLIT`` on the line with its marks written as dandas (the
    texts between boundaries are the same, and the boundaries are then cut from the line
    itself). That is exact unless a mark written as a danda touches another mark: "?!"
    or "।." is one boundary or two, which a run of dandas does not tell. ``marked``:
    ``_danda_marks(line)``, if the caller has it.
    """
    t = _danda_marks(line) if marked is None else marked
    parts = DANDA_SPLIT.split(t)  # text, boundary, text, ..., rest
    if t is not line:  # marks other than the danda
        if "।।" in " ".join(parts[1::2]):  # a mark next to a mark written as a danda
            parts = PLAIN_SENTENCE_SPLIT.split(line)
        else:  # the boundaries with their own marks
            ends = list(accumulate(map(len, parts)))
            parts[1::2] = [line[a:b] for a, b in zip(ends[0::2], ends[1::2])]
    sentences = [text.lstrip() + end for text, end in zip(parts[0:-1:2], parts[1::2])]
    rest = parts[-1].strip()
    if rest:
        sentences.append(rest)
    return sentences, parts


def _offsets(line: str, sentences: list[str], parts: list[str]) -> tuple[list[int], list[int]]:
    """The spans of ``_split_sentences(line)`` in ``line``, as ``(starts, ends)`` (the spans
    of ``sentence_units``): a sentence ends where its boundary part ends, the rest where
    its text ends."""
    ends = list(accumulate(map(len, parts)))[1::2]
    if len(sentences) > len(ends):  # the rest of the line, after the last boundary
        rest = parts[-1]
        ends.append(len(line) - len(rest) + len(rest) - len(rest.lstrip()) + len(sentences[-1]))
    return list(map(sub, ends, map(len, sentences))), ends


def _reduce_plain(
    line: str, plain: bool | None = None, copies: bool = True, marked: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """The exact rule on a line whose only white space is " " (``OTHER_SPACE``), with little
    work per sentence in Python.

    One split cuts the line (``_split_sentences``); on a plain line (``_is_plain``) the
    sentences are their own keys, else (joiners) ``_key`` is computed for each. A dict of
    first occurrences finds the sentences whose key came before: only they can be dropped.
    ``_drop_in_order`` or, on a line of many sentences, ``_drop_marks`` decides which go.
    The output is cut from ``line`` by the offsets of the kept stretches (``_cut_out``),
    or is the kept sentences joined by single spaces when the line is that.

    ``plain``: ``_is_plain(line)``, and ``marked``: ``_danda_marks(line)``, if the caller
    has them. ``copies=False``: the dropped copies are not cut out (the tuple is empty).
    """
    sentences, parts = _split_sentences(line, marked)
    n = len(sentences)
    if plain is None:
        plain = _is_plain(line)
    keys = sentences if plain else list(map(_joiners_out, sentences))  # joiners (র‍্য) out
    first: dict[str, int] = {}
    seen = first.setdefault
    # back[i]: how many sentences before i its key first came (0: i is the first)
    back = [i - seen(key, i) for i, key in enumerate(keys)]
    if len(first) == n:
        return line, ()
    if n < MANY_SENTENCES:
        single_copies = _drop_in_order(keys, back)
        if not single_copies:
            return line, ()
        marks = bytearray(n)
        for a, b in single_copies:
            marks[a:b + 1] = bytes((IN_COPY,)) * (b + 1 - a)
    else:
        marks, single_copies = _drop_marks(keys, back)
        if IN_BLOCK not in marks and IN_COPY not in marks:
            return line, ()
    if (line[:1] != " " and line[-1:] != " " and (plain or "  " not in line)
            and sum(map(len, sentences)) + n - 1 == len(line)):
        # Sentences one space apart (no white space but single spaces, nothing glued):
        # the output is the kept ones one space apart, a copy its sentences so.
        out = " ".join(compress(sentences, map(not_, marks)))
        if not copies:
            return out, ()
        return out, tuple(" ".join(sentences[a:b + 1]) for a, b in _dropped(marks, single_copies))
    return _cut_out(line, sentences, parts, _dropped(marks, single_copies), copies)


def _drop_in_order(keys: list[str], back: list[int]) -> list[tuple[int, int]]:
    """The copies the rule drops, as ``(first, last)`` sentence indexes: sentence by
    sentence, ``list.index`` skipping the stretches of new keys (a copy repeats kept keys,
    so a sentence with a new key is kept). The kept sentences right before ``i`` form one
    contiguous run ``run_start .. last``."""
    n = len(keys)
    later = list(map(bool, back))
    later.append(True)  # a sentinel for index()
    dropped: list[tuple[int, int]] = []
    run_start, last = 0, -1
    i = 0
    while i < n:
        if not later[i]:
            j = later.index(True, i)  # keep i .. j - 1
            if last != i - 1:
                run_start = i
            last = j - 1
            i = j
            continue
        # Sentence 0 is kept, so a later sentence has a kept run before it.
        step = _run_step(keys, i, run_start, last)
        if step:
            dropped.append((i, i + step - 1))
            i += step
        else:
            if last != i - 1:
                run_start = i
            last = i
            i += 1
    return dropped


def _cut_out(line: str, sentences: list[str], parts: list[str], dropped: list[tuple[int, int]],
             copies: bool) -> tuple[str, tuple[str, ...]]:
    """``line`` without the ``dropped`` copies of ``_reduce_plain``, and the copies (if
    ``copies``), cut from it by the offsets of the sentences."""
    n = len(sentences)
    starts, ends = _offsets(line, sentences, parts)
    cut = tuple(line[starts[a]:ends[b]] for a, b in dropped) if copies else ()
    # Gaps between sentences hold only whitespace. A kept sentence after a dropped copy
    # takes the gap before the copy, or if that was empty (glued "A।A।"), the gap after it.
    out = [line[:ends[dropped[0][0] - 1]]]  # sentence 0 is never dropped
    block = dropped[0][0]  # the first of the copies that follow each other directly
    for d, (a, b) in enumerate(dropped):
        nxt = dropped[d + 1][0] if d + 1 < len(dropped) else n  # the next copy, or the end
        if b + 1 == nxt:
            continue  # another copy (or the end of the line) follows directly
        gap = line[ends[block - 1]:starts[block]]  # the gap before the copies: the usual one
        if not gap:
            gap = next((line[ends[j - 1]:starts[j]] for j in range(block + 1, b + 2)
                        if starts[j] > ends[j - 1]), "")
        out.append(gap)
        out.append(line[starts[b + 1]:ends[nxt - 1]])
        block = nxt
    out.append(line[ends[-1]:])  # the white space after the last sentence
    return "".join(out), cut


def _drop_marks(keys: list[str], back: list[int]) -> tuple[bytearray, list[tuple[int, int]]]:
    """Which sentences the rule drops: a mark per sentence, ``IN_BLOCK`` or ``IN_COPY`` for a
    dropped one, 0 for a kept one; and the copies found one by one, as ``(first, last)``.

    A sentence whose key is new is kept (a copy repeats kept keys). The usual copy is a
    *block*: ``m`` sentences (``m <= MAX_RUN``) whose keys first came ``m`` sentences
    before, right after ``m`` sentences with new keys, ``A B A B``; each of its sentences
    at least ``MIN_REPEAT_CHARS`` long. The rule drops it: the ``m`` sentences before it
    are kept and are the kept run right before it; a shorter run ``k < m`` would start
    with the key of sentence ``m - k`` of them, not that of the first; the run of ``m``
    matches and is long enough. So every block is found at once, by ``bytes.replace`` on
    the marks (``m`` zeros and ``m`` times ``m``); the other repeated sentences are
    decided in order by the rule itself, on the kept run that the marks show.
    """
    n = len(keys)
    marks = bytearray(map(_NEAR.get, back, repeat(FAR)))
    for i, key in enumerate(keys):
        if len(key) < MIN_REPEAT_CHARS and marks[i]:
            marks[i] = FAR  # short: dropped only inside a longer run, decided below
    for m in range(1, MAX_RUN + 1):
        if m in marks:
            marks = marks.replace(bytes(m) + bytes((m,)) * m, bytes(m) + bytes((IN_BLOCK,)) * m)
    single_copies: list[tuple[int, int]] = []
    done, last = 0, 0  # sentences before done are decided; last: the last kept of them
    for i in list(compress(range(n), marks.translate(_UNDECIDED))):
        if i < done:
            continue  # inside a copy found just before
        # The kept run right before i ends at last (a 0 mark from done on, else the last
        # kept before done); only its last MAX_RUN sentences matter. Each mark is
        # searched once: the searches cover done .. i, and the MAX_RUN before last.
        last = max(marks.rfind(0, done, i), last)
        lo = max(last - MAX_RUN + 1, 0)
        dropped_before = max(marks.rfind(IN_BLOCK, lo, last), marks.rfind(IN_COPY, lo, last))
        run_start = max(dropped_before + 1, lo)
        step = _run_step(keys, i, run_start, last)
        if step:
            marks[i:i + step] = bytes((IN_COPY,)) * step
            single_copies.append((i, i + step - 1))
            done = i + step
        else:
            marks[i] = 0
            done, last = i + 1, i
    return marks, single_copies


def _run_step(keys: list[str], i: int, run_start: int, last: int) -> int:
    """How many sentences from ``i`` repeat the end of the kept run ``run_start .. last``
    right before them (0: none): ``_repeat_step`` on a contiguous kept run."""
    # The usual copy is one sentence long: the kept run's last sentence again.
    key = keys[i]
    if key == keys[last] and len(key) >= MIN_REPEAT_CHARS:
        return 1
    lo = last - MAX_RUN + 1
    if lo < run_start:
        lo = run_start
    if key in keys[lo:last]:  # a copy of two sentences or more starts with key
        top = min(last - lo + 1, len(keys) - i)
        for k in range(2, top + 1):
            a = last - k + 1
            if keys[a] == key and keys[a:last + 1] == keys[i:i + k] and (
                sum(map(len, keys[a:last + 1])) + k - 1 >= MIN_REPEAT_CHARS
            ):
                return k
    return 0


def _dropped(marks: bytearray, single_copies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dropped copies as ``(first, last)`` sentence indexes, in order: the blocks of
    ``_drop_marks`` (each run of ``IN_BLOCK`` marks is one: a block follows kept
    sentences) and the copies found one by one."""
    blocks = [(m.start(), m.end() - 1) for m in BLOCK_RUN.finditer(marks)]
    return sorted(blocks + single_copies) if single_copies else blocks


def _reduce_exact(line: str) -> tuple[str, tuple[str, ...]]:
    """The exact rule, on the sentence spans of the line (with ``FAST_PATHS``, on the pieces
    of one split unless the line has white space other than " ")."""
    if FAST_PATHS and (_is_plain(line) or OTHER_SPACE.search(line) is None):
        return _reduce_plain(line)
    spans = sentence_units(line)
    if len(spans) < 2:
        return line, ()
    sentences = [line[s:e] for s, e in spans]
    gaps = [""] + [line[spans[j - 1][1]:spans[j][0]] for j in range(1, len(spans))]
    prefix, suffix = line[:spans[0][0]], line[spans[-1][1]:]
    if INVISIBLE.search(line) is None and SPACE_OTHER.search(line) is None:
        keys = sentences  # already in comparison form
    else:
        keys = [_key(s) for s in sentences]
    kept: list[int] = []  # indexes of kept sentences
    dropped: list[tuple[int, int]] = []  # (first, last) sentence index of each dropped copy
    n = len(keys)
    i = 0
    while i < n:
        step = _repeat_step(keys, kept, i)
        if step:
            dropped.append((i, i + step - 1))
            i += step
        else:
            kept.append(i)
            i += 1
    if not dropped:
        return line, ()
    drop_set = set()
    for a, b in dropped:
        drop_set.update(range(a, b + 1))
    copies = tuple(
        sentences[a] + "".join(gaps[j] + sentences[j] for j in range(a + 1, b + 1)) for a, b in dropped
    )
    # Gaps between sentences hold only whitespace. A kept sentence after a dropped copy
    # takes the gap before the copy, or if that was empty (glued "A।A।"), the gap after it.
    out = [prefix, sentences[0]]
    prev = 0
    for idx in range(1, n):
        if idx in drop_set:
            continue
        if prev == idx - 1:
            out.append(gaps[idx])  # nothing dropped in between
        else:
            out.append(next((g for g in gaps[prev + 1:idx + 1] if g), ""))
        out.append(sentences[idx])
        prev = idx
    out.append(suffix)
    return "".join(out), copies


def _repeat_step(keys: list[str], kept: list[int], i: int) -> int:
    """How many sentences from ``i`` repeat the kept run right before them (0: none)."""
    n = len(keys)
    for k in range(1, min(MAX_RUN, len(kept), n - i) + 1):
        tail = kept[-k:]
        # the kept tail must be contiguous in the original: it really is "the run before"
        if tail[-1] - tail[0] != k - 1:
            continue
        if all(keys[tail[j]] == keys[i + j] for j in range(k)) and (
            sum(len(keys[t]) for t in tail) + k - 1 >= MIN_REPEAT_CHARS
        ):
            return k
    return 0


def _may_repeat(key: str) -> bool:
    """A line that is not removed however often it comes: no letter (``* * *``), or a short
    label ending in ":" (``প্রশ্ন:``)."""
    return LETTER.search(key) is None or (len(key) < MIN_PARAGRAPH_CHARS and key.endswith(":"))


def repeats_earlier(lines: list[str]) -> list[bool]:
    """For each line, whether ``dedup_captions`` would remove it as a repeat of an earlier one
    (after reducing repeated sentence runs, as the step does).

    ``strip_boilerplate`` uses it to see where the article ends once repeats are gone, so
    that ``clean`` is idempotent.
    """
    seen: set[str] = set()
    out = []
    for line in lines:
        if _has_boundary(line):
            line = _reduce_sentence_runs(line)[0]
        key = _key(line)
        if is_caption(line):
            repeat = key in seen
        else:
            repeat = bool(key) and key in seen and not _may_repeat(key)
        seen.add(key)
        out.append(repeat)
    return out


def _plan(text: str, mode: str) -> tuple[list[str], list[Removal]]:
    """The lines after dedup (``None`` for removed ones) and the removals, with reasons."""
    lines = text.split("\n")
    removals: list[Removal] = []
    out: list[str | None] = []
    seen_captions: set[str] = set()
    seen_paragraphs: set[str] = set()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            out.append(line)
            continue
        if _has_boundary(line):
            new, copies = _reduce_sentence_runs(line)
            if copies:
                removals.extend(Removal(no, c, "sentence-repeat") for c in copies)
                line = new
        key = _key(line)
        if is_caption(line):
            if mode == "drop":
                removals.append(Removal(no, line, "caption"))
                out.append(None)
                continue
            if mode == "dedup":
                if key in seen_captions:
                    removals.append(Removal(no, line, "caption-repeat"))
                    out.append(None)
                    continue
                seen_captions.add(key)
            out.append(line)
            continue
        if not _may_repeat(key):
            if key in seen_paragraphs:
                removals.append(Removal(no, line, "paragraph-repeat"))
                out.append(None)
                continue
            seen_paragraphs.add(key)
        out.append(line)
    return out, removals


@dataclass(frozen=True)
class DedupCaptions:
    """The ``dedup_captions`` step: ``mode`` is ``"dedup"`` (default), ``"drop"`` or ``"keep"``.

    >>> DedupCaptions()("মাঠে উল্লাস। ছবি: এসিসি\\nমাঠে উল্লাস। ছবি: এসিসি")
    'মাঠে উল্লাস। ছবি: এসিসি'
    """

    mode: str = "dedup"
    # Private: the text is ``normalize``'s output (default options) or lines of it, so its
    # only white space is single spaces and its only invisible characters are ZWNJ and ZWJ
    # (``_reduce_normalized``). Only ``clean``'s pipeline sets it; not an option, so it
    # takes no part in the repr or in comparisons.
    _normalized_input: bool = field(default=False, repr=False, compare=False)
    name = "dedup_captions"

    def __post_init__(self) -> None:
        check_choice("mode", self.mode, CAPTION_MODES)

    def __call__(self, text: str) -> str:
        check_text(text, "dedup_captions")
        return self._apply(text)

    def _apply(self, text: str) -> str:
        """The step without the check of its argument (for ``clean``, which checks first)."""
        if FAST_PATHS and self.mode != "drop":
            if self._normalized_input:
                reduce, key = _reduce_normalized, _normalized_key
            else:
                reduce, key = _reduced, _key
            if "\n" not in text:
                # one line: nothing earlier to repeat, so only its own repeated sentences go
                return reduce(text)
            lines = text.split("\n")
            new = list(map(reduce, lines))
            keys = list(filter(None, map(key, new)))
            if len(set(map(len, keys))) == len(keys) or len(set(keys)) == len(keys):
                # no line has the key of an earlier one, so none is a repeat: only repeated
                # sentences go (lines with an empty key are kept however often they come)
                return text if all(map(is_, new, lines)) else "\n".join(new)
        lines, removed = _plan(text, self.mode)
        if not removed:
            return text
        return "\n".join(line for line in lines if line is not None)

    def removals(self, text: str) -> list[Removal]:
        """Every line this step would remove (and every repeated sentence run it would drop)."""
        check_text(text, "dedup_captions")
        return _plan(text, self.mode)[1]


def dedup_captions(text: str, *, mode: str = "dedup") -> str:
    """Remove repeated captions, repeated paragraphs and repeated sentence runs.

    ``mode="dedup"`` keeps the first copy of each caption, ``"drop"`` removes caption lines,
    ``"keep"`` keeps them all; repeated paragraphs and sentence runs go in every mode.

    >>> dedup_captions("ঢাকায় বৃষ্টি। ফাইল ছবি: রয়টার্স\\nপ্রথম অনুচ্ছেদ।\\nঢাকায় বৃষ্টি। ফাইল ছবি: রয়টার্স")
    'ঢাকায় বৃষ্টি। ফাইল ছবি: রয়টার্স\\nপ্রথম অনুচ্ছেদ।'
    >>> dedup_captions("ঢাকায় বৃষ্টি। ফাইল ছবি: রয়টার্স\\nপ্রথম অনুচ্ছেদ।", mode="drop")
    'প্রথম অনুচ্ছেদ।'
    """
    check_text(text, "dedup_captions")
    check_choice("mode", mode, CAPTION_MODES)
    return DedupCaptions(mode)(text)
