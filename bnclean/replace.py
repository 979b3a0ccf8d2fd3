"""Opt-in replacements for ML corpora: URLs, e-mails, emoji, numbers and punctuation.

Each option is ``"keep"`` (the default), ``"remove"``, or any other non-empty string, which
is the token put in place of each match (``urls="<URL>"``). The passes run in this order:
e-mails, URLs, emoji, numbers, punctuation. A later pass never touches what an earlier one
kept or inserted: URLs and e-mails that are kept, and the replacement tokens, are skipped
("masked") by the later passes. A pass finds the masked spans with their own patterns
first and then searches only the gaps between them, so nothing is swapped out and back
(no placeholders), and every pass is linear in the length of the text.

Removal never leaves a double space and never joins two words or two lines: a removed span
takes the spaces and tabs around it along; one space is put back between two words, and
none at the start or end of a line. Tokens replace exactly the matched text.

See ``docs/replacements.md`` for what each option matches, with examples.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from ._validate import check_text
from .chars import EMAIL, URL

__all__ = ["Replace", "replace_entities"]

KEEP = "keep"
REMOVE = "remove"
# The options in the order their passes run, with the token shown in error messages.
OPTIONS = {
    "emails": "<EMAIL>",
    "urls": "<URL>",
    "emoji": "<EMOJI>",
    "numbers": "<NUM>",
    "punctuation": "<PUNCT>",
}


def _source(pattern: regex.Pattern[str]) -> str:
    """The source of a shared compiled pattern, with its case flag made inline."""
    if pattern.flags & regex.IGNORECASE:
        return f"(?i:{pattern.pattern})"
    return f"(?:{pattern.pattern})"


# --- building blocks (sources; assembled into one pattern per pass below) --------------

# An e-mail address or a URL, as defined once for the whole package in chars.py.
EMAIL_SOURCE = _source(EMAIL)
URL_SOURCE = _source(URL)

# Pictographs that read as text symbols unless U+FE0F asks for emoji presentation:
# © ® and the Extended_Pictographic characters below U+2300 (‼ ⁉ ™ ℹ ↔ ↕ ... ↩ ↪).
TEXT_STYLE = "\u00A9\u00AE\u2000-\u22FF"
# A keycap: digit, # or * with an optional U+FE0F and the combining enclosing keycap U+20E3.
# A digit, # or * alone is never an emoji.
KEYCAP = r"[0-9#*]\uFE0F?\u20E3"
# One or two regional indicators: a flag such as 🇧🇩 (a lone indicator counts alone).
FLAG = r"\p{Regional_Indicator}{1,2}+"
# A pictograph: Extended_Pictographic or Emoji_Presentation (that includes the skin-tone
# swatches), or a text-style pictograph followed by U+FE0F.
PICTOGRAPH = (
    rf"(?:(?![{TEXT_STYLE}])[\p{{Extended_Pictographic}}\p{{Emoji_Presentation}}]"
    rf"|(?=\p{{Extended_Pictographic}})[{TEXT_STYLE}]\uFE0F)"
)
# What may follow a pictograph inside one emoji: variation selectors U+FE0E/U+FE0F,
# skin-tone modifiers, tag characters (subdivision flags 🏴 + tags), the keycap mark.
EMOJI_TAIL = r"[\uFE0E\uFE0F\p{Emoji_Modifier}\U000E0020-\U000E007F\u20E3]*+"
EMOJI_ELEMENT = rf"(?:{KEYCAP}|{FLAG}|{PICTOGRAPH}{EMOJI_TAIL})"
# One emoji cluster: elements joined by ZWJ (👩‍💻, 👨‍👩‍👧), and a dangling final ZWJ.
# A ZWJ is only ever taken after an emoji element, so joiners in Bengali are never matched.
EMOJI_CLUSTER = rf"{EMOJI_ELEMENT}(?:\u200D{EMOJI_ELEMENT})*+\u200D?"

DIGIT = "0-9\u09E6-\u09EF"  # ASCII digits and Bengali digits ০-৯ (not every \d)
# A number: digits with internal grouping, decimal, time and date separators
# (১২,৩৪,৫৬৭  ৩.৫  10:30  ১২/০৫/২০২৩). A hyphen or dash is not internal: ২০১৯-২০ is two.
NUMBER = rf"[{DIGIT}]++(?:[.,:/][{DIGIT}]++)*+"
# A number that has a separator: its separators are not punctuation.
SEPARATED_NUMBER = rf"[{DIGIT}]++(?:[.,:/][{DIGIT}]++)++"
# Punctuation: general category P* (including । ॥ and ৽) and the ASCII punctuation
# symbols $ + < = > ^ ` | ~. Not ঃ (a letter sign), not ৳ (currency), no marks.
PUNCTUATION = r"[\p{P}!-/:-@\[-`{-~]"

# Where a removal between two non-space characters puts back no space: after an opening
# bracket, and before closing punctuation (danda, double danda, ? ! , ; : . and brackets).
NO_SPACE_AFTER = "([{"
NO_SPACE_BEFORE = "\u0964\u0965?!,;:.)]}"  # । ॥ ? ! , ; : . ) ] }

# --- compiled patterns ---------------------------------------------------------------

# The e-mail/URL pass: e-mail before URL at each position, so user@www.example.com is one
# e-mail; a URL starts before any address inside it, so that address stays in the URL.
URL_OR_EMAIL = regex.compile(rf"(?P<emails>{EMAIL_SOURCE})|(?P<urls>{URL_SOURCE})")
# One emoji cluster.
EMOJI_RUN = regex.compile(rf"(?P<emoji>{EMOJI_CLUSTER})")
# One number.
NUMBER_RUN = regex.compile(rf"(?P<numbers>{NUMBER})")
# A run of punctuation: one token for "...", "?!" or "।”".
PUNCTUATION_RUN = regex.compile(rf"(?P<punctuation>{PUNCTUATION}++)")
# A keycap emoji, masked while emoji are kept: its digit is not a number, its # not punctuation.
KEYCAP_RUN = regex.compile(KEYCAP)
# A number with separators, masked from punctuation: its separators stay.
SEPARATED_NUMBER_RUN = regex.compile(SEPARATED_NUMBER)
# An ASCII letter, and the token boundaries searched forwards and backwards ((?r)) from it
# to find the token around it: a token that contains an ASCII letter (COVID-19, H5N1, mp3,
# 4G) keeps its digits, as digits="to_bengali" does (policy section 3).
ASCII_LETTER = regex.compile("[A-Za-z]")
# Token boundaries: whitespace.
SPACE = (regex.compile(r"\s"), regex.compile(r"(?r)\s"))
# Token boundaries when the punctuation pass will also run: whitespace, and punctuation
# other than a separator between two digits (which that pass keeps). The numbers pass must
# see the tokens the punctuation pass leaves, or a second run would find COVID<P>19 split.
SPACE_OR_PUNCTUATION = rf"""\s
    | (?<![{DIGIT}])[.,:/] | [.,:/](?![{DIGIT}])    # a separator not between two digits
    | (?![.,:/]){PUNCTUATION}                         # any other punctuation"""
SPACE_OR_PUNCTUATION_SPLIT = (
    regex.compile(SPACE_OR_PUNCTUATION, regex.VERBOSE),
    regex.compile(SPACE_OR_PUNCTUATION, regex.VERBOSE | regex.REVERSE),
)

# --- guards: a pass or mask whose guard finds nothing is skipped ----------------------

# Something that could start an e-mail address or URL; an e-mail; a URL.
URL_OR_EMAIL_HINT = regex.compile(r"@|://|www\.", regex.IGNORECASE)
EMAIL_HINT = regex.compile("@")
URL_HINT = regex.compile(r"://|www\.", regex.IGNORECASE)
# Something that could start an emoji.
EMOJI_HINT = regex.compile(
    r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Regional_Indicator}\u20E3]"
)
# A digit.
DIGIT_HINT = regex.compile(f"[{DIGIT}]")
# A punctuation character.
PUNCTUATION_HINT = regex.compile(PUNCTUATION)
# The keycap mark.
KEYCAP_HINT = regex.compile("\u20E3")

Span = tuple[int, int]
# Token boundaries: a pattern searched forwards and the same searched backwards.
Split = tuple[regex.Pattern[str], regex.Pattern[str]]
# A mask: (guard, pattern of spans no target may touch); skipped when the guard finds nothing.
Mask = tuple[regex.Pattern[str], regex.Pattern[str]]


def latin_tokens(
    text: str,
    separators: list[Span] | tuple[Span, ...] = (),
    boundaries: Split | None = None,
) -> Iterator[Span]:
    """The tokens of ``text`` that contain an ASCII letter, in order.

    A token is a run of characters between two ``boundaries`` (whitespace by default) or
    ``separators`` (the sorted spans of replacement tokens, which hold no letter of the text
    and end a token: in ``<E>১০`` the number is a token of its own). Each token is scanned
    once: from its first ASCII letter back to its start (never before the previous token)
    and forward to its end.

    >>> text = "আমি COVID-19 ও mp3 শুনি"
    >>> [text[start:end] for start, end in latin_tokens(text)]
    ['COVID-19', 'mp3']
    """
    forward, backward = boundaries or SPACE
    pos = 0
    k = 0  # the first separator that ends after pos
    size = len(text)
    while letter := ASCII_LETTER.search(text, pos):
        i = letter.start()
        while k < len(separators) and separators[k][1] <= i:
            k += 1
        if k < len(separators) and separators[k][0] <= i:  # a letter of a replacement token
            pos = separators[k][1]
            continue
        left = max(pos, separators[k - 1][1]) if k else pos
        right = separators[k][0] if k < len(separators) else size
        before = backward.search(text, left, i)
        after = forward.search(text, i, right)
        start = before.end() if before else left
        end = after.start() if after else right
        yield start, end
        pos = end


@dataclass(frozen=True)
class _Pass:
    """One pass: a target pattern searched outside the masked spans.

    ``tokens`` maps a named group of ``target`` to its token, or to ``None`` for removal; a
    group that is not in ``tokens`` is matched only to be kept (an e-mail while URLs are
    replaced). ``masks`` are (guard, pattern) pairs whose matches no target may touch;
    ``replacement_tokens`` finds the replacement tokens of every pass, which are masked too;
    ``latin_split``, when set, also masks the tokens that contain an ASCII letter, with
    these token boundaries.
    """

    guard: regex.Pattern[str]
    target: regex.Pattern[str]
    tokens: Mapping[str, str | None]
    replacement_tokens: Optional[regex.Pattern[str]] = None
    masks: tuple[Mask, ...] = ()
    latin_split: Optional[Split] = None

    def __call__(self, text: str) -> str:
        if not self.guard.search(text):
            return text
        gaps = self._gaps(text)
        if len(self.tokens) == 1 and self.target.groups == 1:
            (token,) = self.tokens.values()
            if token is not None:  # one group, one token: substitute in C, gap by gap
                return _substitute(text, gaps, self.target, token.replace("\\", "\\\\"))
        return _rewrite(text, gaps, self.target, self.tokens)

    def _gaps(self, text: str) -> list[Span]:
        """The spans between the masked spans, in order (the whole text if none is masked)."""
        tokens: list[Span] = []
        if self.replacement_tokens is not None:
            tokens = [match.span() for match in self.replacement_tokens.finditer(text)]
        spans = list(tokens)
        for guard, pattern in self.masks:
            if guard.search(text):
                spans.extend(match.span() for match in pattern.finditer(text))
        if self.latin_split is not None:
            spans.extend(latin_tokens(text, tokens, self.latin_split))
        if not spans:
            return [(0, len(text))]
        spans.sort()
        gaps: list[Span] = []
        pos = 0
        for start, end in spans:
            if start > pos:
                gaps.append((pos, start))
            pos = max(pos, end)
        gaps.append((pos, len(text)))
        return gaps


def _substitute(text: str, gaps: list[Span], target: regex.Pattern[str], template: str) -> str:
    """``target.sub(template, ...)`` inside each gap; the masked spans between stay as they are."""
    if len(gaps) == 1 and gaps[0] == (0, len(text)):
        return target.sub(template, text)
    pieces: list[str] = []
    pos = 0
    for start, end in gaps:
        pieces.append(text[pos:start])  # a masked span
        pieces.append(target.sub(template, text[start:end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _rewrite(
    text: str, gaps: list[Span], target: regex.Pattern[str], tokens: Mapping[str, str | None]
) -> str:
    """Replace or remove the target matches inside the gaps, left to right; linear."""
    pieces: list[str] = []
    pos = 0
    tail = ""  # last character written ("" at the start of the text)
    space = False  # a space is owed between two words that a removal brought together
    size = len(text)
    for gap_start, gap_end in gaps:
        for match in target.finditer(text, gap_start, gap_end):
            kind = match.lastgroup
            if kind not in tokens:
                continue
            token = tokens[kind]
            start, end = match.span()
            if token is None:  # removal: take the spaces and tabs on both sides along
                while start > pos and text[start - 1] in " \t":
                    start -= 1
                while end < size and text[end] in " \t":
                    end += 1
            if start > pos:
                if space:
                    pieces.append(" ")
                pieces.append(text[pos:start])
                tail, space = text[start - 1], False
            if token is not None:
                if space:
                    pieces.append(" ")
                pieces.append(token)
                tail, space = token[-1], False
            else:
                after = text[end] if end < size else "\n"
                # A space between two words; none at a line start or end, after an opening
                # bracket or before closing punctuation (no "দেখুন ।"), unless that bracket
                # or punctuation belongs to a masked span (an address that must stay apart).
                space = not (
                    tail == "" or tail.isspace() or after.isspace()
                    or (tail in NO_SPACE_AFTER and start > gap_start)
                    or (after in NO_SPACE_BEFORE and end < gap_end)
                )
            pos = max(pos, end)
    if pos == 0:
        return text
    if pos < size:
        if space:
            pieces.append(" ")
        pieces.append(text[pos:])
    return "".join(pieces)


def _plan(options: Mapping[str, str]) -> tuple[_Pass, ...]:
    """The passes for one set of options, in order; identity options have no pass."""
    tokens = sorted({v for v in options.values() if v not in (KEEP, REMOVE)}, key=len, reverse=True)
    # The replacement tokens (any occurrence, so a second run leaves them alone too).
    found = regex.compile("|".join(map(regex.escape, tokens))) if tokens else None
    masks: list[Mask] = []  # the kept e-mails and URLs
    if options["emails"] == KEEP:
        masks.append((EMAIL_HINT, EMAIL))
    if options["urls"] == KEEP:
        masks.append((URL_HINT, URL))
    keycaps = [(KEYCAP_HINT, KEYCAP_RUN)] if options["emoji"] == KEEP else []

    def value(name: str) -> str | None:
        return None if options[name] == REMOVE else options[name]

    passes = []
    if options["emails"] != KEEP or options["urls"] != KEEP:
        passes.append(_Pass(
            URL_OR_EMAIL_HINT, URL_OR_EMAIL,
            {name: value(name) for name in ("emails", "urls") if options[name] != KEEP},
            found,
        ))
    if options["emoji"] != KEEP:
        passes.append(_Pass(EMOJI_HINT, EMOJI_RUN, {"emoji": value("emoji")}, found, tuple(masks)))
    if options["numbers"] != KEEP:
        passes.append(_Pass(
            DIGIT_HINT, NUMBER_RUN, {"numbers": value("numbers")}, found,
            tuple(masks + keycaps),
            SPACE if options["punctuation"] == KEEP else SPACE_OR_PUNCTUATION_SPLIT,
        ))
    if options["punctuation"] != KEEP:
        passes.append(_Pass(
            PUNCTUATION_HINT, PUNCTUATION_RUN, {"punctuation": value("punctuation")}, found,
            tuple(masks + keycaps + [(DIGIT_HINT, SEPARATED_NUMBER_RUN)]),
        ))
    return tuple(passes)


@lru_cache(maxsize=64)
def _cached_plan(items: tuple[tuple[str, str], ...]) -> tuple[_Pass, ...]:
    return _plan(dict(items))


def _check_option(name: str, value: object) -> str:
    """Return a valid option value, or raise naming the valid choices."""
    example = OPTIONS[name]
    choices = f"'keep', 'remove', or a replacement token such as {example!r}"
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str: {choices}; got {type(value).__name__} {value!r}")
    if not value:
        raise ValueError(
            f"{name}='' is not valid; choose one of: {choices} (use 'remove' to delete)"
        )
    if "\n" in value or "\r" in value:
        raise ValueError(
            f"{name}={value!r} is not valid: a replacement token cannot hold a line break"
        )
    if value.lower() in (KEEP, REMOVE) and value not in (KEEP, REMOVE):
        raise ValueError(f"{name}={value!r} is ambiguous: did you mean {value.lower()!r}?")
    return value


@dataclass(frozen=True)
class Replace:
    """Replace or remove URLs, e-mails, emoji, numbers and punctuation (all kept by default).

    Each option is ``"keep"``, ``"remove"`` or a replacement token. The patterns are
    compiled once per set of options; the step keeps no state between calls and pickles.

    >>> Replace(urls="<URL>", numbers="<NUM>")("দাম ১২,৫০০ টাকা: https://example.com")
    'দাম <NUM> টাকা: <URL>'
    >>> Replace(punctuation="remove", emoji="remove")("আমি ভাত খাই। 😀 তুমি?")
    'আমি ভাত খাই তুমি'
    """

    urls: str = KEEP
    emails: str = KEEP
    emoji: str = KEEP
    numbers: str = KEEP
    punctuation: str = KEEP
    _passes: tuple[_Pass, ...] = field(init=False, repr=False, compare=False)

    name = "replace"

    def __post_init__(self) -> None:
        options = {name: _check_option(name, getattr(self, name)) for name in OPTIONS}
        object.__setattr__(self, "_passes", _cached_plan(tuple(options.items())))

    @property
    def is_identity(self) -> bool:
        """True when every option is ``"keep"``: the step changes nothing."""
        return not self._passes

    def __call__(self, text: str) -> str:
        check_text(text, self.name)
        for step in self._passes:
            text = step(text)
        return text


def replace_entities(
    text: str,
    *,
    urls: str = KEEP,
    emails: str = KEEP,
    emoji: str = KEEP,
    numbers: str = KEEP,
    punctuation: str = KEEP,
) -> str:
    """Replace or remove URLs, e-mails, emoji, numbers and punctuation in ``text``.

    Each option is ``"keep"`` (default), ``"remove"`` or a replacement token.

    >>> replace_entities("লিখুন: info@example.com 👍🏽", emails="<EMAIL>", emoji="<EMOJI>")
    'লিখুন: <EMAIL> <EMOJI>'
    >>> replace_entities("১০টা বাজে, ৩.৫ কেজি।", numbers="<NUM>")
    '<NUM>টা বাজে, <NUM> কেজি।'
    """
    check_text(text, "replace_entities")
    step = Replace(urls=urls, emails=emails, emoji=emoji, numbers=numbers, punctuation=punctuation)
    return step(text)
