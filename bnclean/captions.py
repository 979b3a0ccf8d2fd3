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
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, ne, sub
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

    C-level string methods only: the line is cut at every sentence mark and every "."
    that ends a sentence, and each piece is compared with its edge marks and spaces
    stripped. Two sentences with the same key give two pieces that strip to the same
    text, so distinct pieces mean distinct sentences. (A false alarm only costs the exact
    check.) Lines with invisible characters or odd spaces get the exact check.
    """
    if not _is_plain(line):
        return False
    t = line
    for mark in "?!॥":
        if mark in t:
            t = t.replace(mark, "।")
    if "." in t:
        t = DOT_END.sub("।", t)
    pieces = t.split("।")
    return len(pieces) < 2 or len(set(map(str.strip, pieces, repeat(_PIECE_EDGE)))) == len(pieces)


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
    (BBC Bangla pages repeat every sentence: the cheap test would only find the repeat that
    the exact rule then looks for again); cached, because ``strip_boilerplate`` and
    ``dedup_captions`` ask about the same lines in turn inside ``clean``."""
    end = line.find("।") + 1
    if end >= MIN_REPEAT_CHARS and line.find(line[:end], end) >= 0:
        return _reduce_exact(line)  # the text up to the first danda comes again: a likely copy
    if _no_sentence_repeats(line):
        return line, ()
    return _reduce_exact(line)


def _split_sentences(line: str) -> tuple[list[str], list[str]]:
    """The sentences of ``line`` (whose only white space is " ") as ``sentence_units`` cuts
    them, without a loop in Python (a sentence is the text before a boundary, less its
    leading white space, and the boundary), and the pieces of ``PLAIN_SENTENCE_SPLIT.split``
    for ``_offsets``."""
    parts = PLAIN_SENTENCE_SPLIT.split(line)  # text, boundary, text, ..., rest
    sentences = list(map(add, map(str.lstrip, parts[0:-1:2]), parts[1::2]))
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


def _reduce_plain(line: str) -> tuple[str, tuple[str, ...]]:
    """The exact rule on a line whose only white space is " " (``OTHER_SPACE``), with the
    work per sentence in C.

    One ``PLAIN_SENTENCE_SPLIT.split`` cuts the line; on a plain line (``_is_plain``) the
    sentences are their own keys, else (joiners) ``_key`` is computed for each. A
    dict of first occurrences marks the sentences whose key came before: only they can
    start a copy, and ``list.index`` skips the stretches between them. The kept sentences
    right before ``i`` form one contiguous run ``run_start .. last``, so a copy of ``k``
    sentences is a slice comparison ``keys[last - k + 1:last + 1] == keys[i:i + k]``. The
    output is cut from ``line`` by the offsets of the kept stretches (one join).
    """
    sentences, parts = _split_sentences(line)
    n = len(sentences)
    if _is_plain(line):
        keys = sentences  # already in comparison form
    else:  # joiners (ZWJ in "র‍্য") or double spaces
        keys = list(map(_joiners_out, sentences))
    first: dict[str, int] = {}
    # later[i]: sentence i repeats an earlier one (the first index of its key is not i)
    later = list(map(ne, map(first.setdefault, keys, range(n)), range(n)))
    if len(first) == n:
        return line, ()
    later.append(True)  # a sentinel for index()
    dropped: list[tuple[int, int]] = []  # (first, last) sentence index of each dropped copy
    run_start, last = 0, -1  # the kept sentences right before i: run_start .. last
    i = 0
    while i < n:
        if not later[i]:
            j = later.index(True, i)  # keep i .. j - 1
            if last != i - 1:
                run_start = i
            last = j - 1
            i = j
            continue
        # Sentence 0 is kept, so a later sentence has a kept run before it. The usual
        # copy is one sentence long: the kept run's last sentence again.
        key = keys[i]
        if key == keys[last] and len(key) >= MIN_REPEAT_CHARS:
            dropped.append((i, i))
            i += 1
            continue
        step = 0
        lo = last - MAX_RUN + 1
        if lo < run_start:
            lo = run_start
        if key in keys[lo:last]:  # a copy of two sentences or more starts with key
            top = last - lo + 1
            if top > n - i:
                top = n - i
            for k in range(2, top + 1):
                a = last - k + 1
                if keys[a] == key and keys[a:last + 1] == keys[i:i + k] and (
                    sum(map(len, keys[a:last + 1])) + k - 1 >= MIN_REPEAT_CHARS
                ):
                    step = k
                    break
        if step:
            dropped.append((i, i + step - 1))
            i += step
        else:
            if last != i - 1:
                run_start = i
            last = i
            i += 1
    if not dropped:
        return line, ()
    starts, ends = _offsets(line, sentences, parts)
    copies = tuple(line[starts[a]:ends[b]] for a, b in dropped)
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
    return "".join(out), copies


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
    name = "dedup_captions"

    def __post_init__(self) -> None:
        check_choice("mode", self.mode, CAPTION_MODES)

    def __call__(self, text: str) -> str:
        check_text(text, "dedup_captions")
        if FAST_PATHS and "\n" not in text and self.mode != "drop":
            # one line: nothing earlier to repeat, so only its own repeated sentences go
            return _reduce_sentence_runs(text)[0] if _has_boundary(text) else text
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
