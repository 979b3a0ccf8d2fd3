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
   line (after whitespace normalization) is removed, wherever it is. A bare credit on a line
   of its own (``ছবি: সমকাল``) may repeat: several photos share a credit.
   Mode ``"keep"`` keeps every caption line.
3. ``paragraph-repeat`` (every mode): a line that is not a caption and repeats an earlier
   line is removed. Two kinds of short line are kept however often they come: lines with
   no letter (``* * *``, ``১.``) and label lines ending in ``:`` of under
   ``MIN_PARAGRAPH_CHARS`` characters (``প্রশ্ন:``, ``উত্তর:`` in an interview).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ._types import Removal
from ._validate import check_choice, check_text

CAPTION_MODES = ("dedup", "drop", "keep")

# A repeated sentence run shorter than this (in characters, spaces collapsed) is kept:
# short repeats are emphasis or slogans, not scraper copies.
MIN_REPEAT_CHARS = 24
# The longest run of sentences that is compared with the run before it.
MAX_RUN = 6
# A repeated label line ("প্রশ্ন:") shorter than this is kept.
MIN_PARAGRAPH_CHARS = 20
# A letter (Bengali or any script's): a repeated line without one is a divider and stays.
LETTER = regex.compile(r"\p{L}")
# A caption is short: longer lines are prose even when they end with a credit.
MAX_CAPTION_CHARS = 320

# Characters that do not show and must not make two copies look different:
# ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen.
INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Runs of whitespace, compared as one space.
SPACE_RUN = regex.compile(r"\s++")
# Whitespace that is not a single space: a line without it needs no collapsing.
SPACE_OTHER = regex.compile(r"[^\S ]|  ")

# A caption that starts with its marker: BBC's hidden caption lines ("ছবির উৎস, Getty
# Images", "ছবির ক্যাপশান, ..."), and "Photo: ...", "ছবি: সংগৃহীত" on a line of their own.
CAPTION_START = regex.compile(
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
CAPTION_END = regex.compile(
    r"""(?:
        (?:ফাইল\s*+)?(?:ছবি|ফটো|আলোকচিত্র|চিত্র)\s*+(?:সূত্র\s*+)?(?:[:：\-–—]|\s:)\s*+[^।!?\n]{1,60}+
      | (?:ফাইল\s*+)?(?:ছবি|ফটো)\s*+সংগৃহীত
      | ফাইল\s*+(?:ছবি|ফটো)
      | (?:file\s++)?(?:photo|image|picture)(?:\s++credit)?\s*+[:：\-–—]\s*+[^.!?\n]{1,60}+
      | file\s++(?:photo|image|picture)
    )[\s.।)\]]*+$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A bare credit on a line of its own: "ছবি: সমকাল", "ফাইল ছবি", "Photo: AFP". Several photos
# share a credit, and one_sentence_per_line=True splits "<caption>। ছবি: সমকাল" into two
# lines, so a repeated bare credit is not removed in mode "dedup" (BBC's "ছবির উৎস, ..."
# lines are part of a caption pair and are).
BARE_CREDIT = regex.compile(
    r"""^\s*+(?:
        (?:ফাইল\s*+)?(?:ছবি|ফটো|আলোকচিত্র)\s*+(?:[:：\-–—]|\s:)\s*+[^।!?\n]{1,40}+
      | ফাইল\s*+(?:ছবি|ফটো)
      | (?:file\s++)?(?:photo|image|picture)(?:\s++credit)?\s*+[:：\-–—]\s*+[^.!?\n]{1,40}+
      | file\s++(?:photo|image|picture)
    )[\s.।)]*+$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A danda, question or exclamation mark: more than two before the credit means prose.
SENTENCE_END = regex.compile(r"[।॥?!]")

# The end of a sentence inside a line: a run of sentence marks (with closing quotes or
# brackets), or a "." followed by a space or the end of the line. Abbreviations such as
# "ড." cut a sentence in two; that only makes the repeat check look at smaller pieces.
SENTENCE_BOUNDARY = regex.compile(r"""(?:[।॥?!]++|\.(?=[\s"'”’)\]]|$))["'”’)\]]*+""")


def _key(text: str) -> str:
    """The comparison form of a line or sentence: invisible characters out, spaces collapsed."""
    if not text.isascii():
        text = INVISIBLE.sub("", text)
    return SPACE_RUN.sub(" ", text).strip()


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
    n = len(line)
    for m in SENTENCE_BOUNDARY.finditer(line):
        end = m.end()
        s = start
        while s < end and line[s].isspace():
            s += 1
        if s < end:
            spans.append((s, end))
        start = end
    s = start
    while s < n and line[s].isspace():
        s += 1
    e = n
    while e > s and line[e - 1].isspace():
        e -= 1
    if s < e:
        spans.append((s, e))
    return spans


def _reduce_sentence_runs(line: str) -> tuple[str, list[str]]:
    """Drop runs of sentences that directly repeat the run before them.

    Returns the new line and the dropped copies. Linear in the number of sentences
    (at most ``MAX_RUN`` comparisons of at most ``MAX_RUN`` keys per sentence).
    """
    spans = sentence_units(line)
    if len(spans) < 2:
        return line, []
    if INVISIBLE.search(line) is None and SPACE_OTHER.search(line) is None:
        keys = [line[s:e] for s, e in spans]  # already in comparison form
    else:
        keys = [_key(line[s:e]) for s, e in spans]
    kept: list[int] = []  # indexes of kept sentences
    dropped: list[tuple[int, int]] = []  # (first, last) sentence index of each dropped copy
    i = 0
    n = len(spans)
    while i < n:
        step = 0
        for k in range(1, min(MAX_RUN, len(kept), n - i) + 1):
            tail = kept[-k:]
            # the kept tail must be contiguous in the original: it really is "the run before"
            if tail[-1] - tail[0] != k - 1:
                continue
            if all(keys[tail[j]] == keys[i + j] for j in range(k)) and (
                sum(len(keys[t]) for t in tail) + k - 1 >= MIN_REPEAT_CHARS
            ):
                step = k
                break
        if step:
            dropped.append((i, i + step - 1))
            i += step
        else:
            kept.append(i)
            i += 1
    if not dropped:
        return line, []
    drop_set = set()
    for a, b in dropped:
        drop_set.update(range(a, b + 1))
    copies = [line[spans[a][0]:spans[b][1]] for a, b in dropped]
    # Gaps between sentences hold only whitespace. A kept sentence after a dropped copy
    # takes the gap before the copy, or if that was empty (glued "A।A।"), the gap after it.
    out = [line[:spans[0][0]]]
    prev = 0
    for idx in range(1, len(spans)):
        if idx in drop_set:
            continue
        gaps = [line[spans[j - 1][1]:spans[j][0]] for j in range(prev + 1, idx + 1)]
        out.append(next((g for g in gaps if g), ""))
        out.append(line[spans[idx][0]:spans[idx][1]])
        prev = idx
    out.insert(1, line[spans[0][0]:spans[0][1]])
    out.append(line[spans[-1][1]:])
    return "".join(out), copies


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
        if SENTENCE_BOUNDARY.search(line):
            line = _reduce_sentence_runs(line)[0]
        key = _key(line)
        if is_caption(line):
            repeat = key in seen and not BARE_CREDIT.match(line)
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
        if SENTENCE_BOUNDARY.search(line):
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
            if mode == "dedup" and not BARE_CREDIT.match(line):
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
