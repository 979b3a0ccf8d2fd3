"""Character-level normalization: ``normalize`` and its sub-steps (policy sections 1-3).

Every sub-step is a plain ``str -> str`` function with one name, used as the function name,
the label in ``Normalize.steps`` and ``Normalize.explain``, and in docs/normalize.md. Each
one first makes a cheap check (a single-character ``in``, one precompiled search, or an
``AdjacentPairs`` test) and returns its input object unchanged when there is nothing to
do, so the common case costs about one scan of the text per step, or less.

``Normalize`` composes the sub-steps in the order of spec/unicode.md section 0.4:

    fix_mojibake (opt-in) -> normalize_line_endings -> remove_invisibles
    -> normalize_spaces -> nfc -> repair_khanda_ta -> fix_joiners
    -> legacy_prebase_fix (opt-in) -> fix_mark_order -> assamese_to_bengali (lang="bn")
    -> repair_letters -> khanda_ta_heuristic (opt-in) -> fix_dandas
    -> fold_quotes (quotes="ascii") -> fix_punctuation -> digit_lookalikes (opt-in)
    -> convert_digits (digits=...) -> replace, nfc (urls=... and the like)
    -> tidy_whitespace -> compose_nukta (nukta_form="composed")

Where this differs from a literal reading of section 0.4, it is for idempotence and
changes no rule: the letter repairs other than the legacy khanda ta run *after* the joiner
and mark repairs (removing a stray ZWNJ from ``অ‌া``, or moving a nukta back onto ``য``
after a virama, creates a sequence they fix); "NFC again" runs inside fix_joiners,
legacy_prebase_fix and fix_mark_order, only when they changed the text; and the final NFC
runs only after ``replace``, as no other later step can create a sequence that NFC
changes (the invariant tests check that every output is NFC). ``replace`` (the
``ReplaceAndRepair`` step) runs the character sub-steps again when it changed the text, as
a removal can bring together what they fix.

``Normalize.__call__`` runs the same sub-steps in the same order but shares their checks
(``Normalize._run``): one ``isprintable`` rules out the five layout and joiner sub-steps,
and one ``AdjacentPairs`` pass (``SHARED_PAIRS``) the mark repairs, অ + া, and the spacing
and two-space rules (on a short text with nothing for the layout sub-steps, made before
nfc, and then also ruling out the vowel signs nfc composes). ``reference_normalize`` is
the straightforward composition that tests/test_fastpath.py compares it with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache, partial, wraps
from typing import Any

import unicodedata2

from ._validate import check_bool, check_choice, check_options, check_text
from .chars import (
    ANUSVARA,
    ASSAMESE_RA,
    ASSAMESE_WA,
    AU_LENGTH,
    BA,
    BENGALI_DIGITS,
    BENGALI_LETTERS,
    BENGALI_WORD,
    AdjacentPairs,
    CANDRABINDU,
    CONSONANTS,
    CURRENCY_FOUR,
    DANDA,
    DDA,
    DDHA,
    DOUBLE_DANDA,
    EMAIL,
    expand_class,
    INDEPENDENT_VOWELS,
    KHANDA_TA,
    LATIN_LETTERS,
    LETTER_A,
    LETTER_AA,
    NUKTA,
    RA,
    RHA,
    RRA,
    SIGN_AA,
    SIGN_AU,
    SIGN_E,
    SIGN_O,
    SYLLABLE_MARKS,
    TA,
    URL,
    VIRAMA,
    VISARGA,
    VOWEL_SIGNS,
    YA,
    YYA,
    ZWJ,
    ZWNJ,
)

Step = Callable[[str], str]

# ======================================================================================
# 1. Layout characters: line endings, invisible characters, space variants
# ======================================================================================

# A line ending other than LF: CRLF, a lone CR, LINE SEPARATOR, PARAGRAPH SEPARATOR,
# NEXT LINE (U+0085).
LINE_ENDING = re.compile("\r\n?|[\u2028\u2029\u0085]")

# Characters removed outright: C0 controls except TAB, LF and CR; DEL and the C1 controls
# except NEXT LINE (a line ending, handled above); SOFT HYPHEN; ARABIC LETTER MARK;
# ZERO WIDTH SPACE; LRM and RLM; the bidi embeddings and overrides (LRE RLE PDF LRO RLO);
# WORD JOINER; the bidi isolates (LRI RLI FSI PDI); BOM / ZERO WIDTH NO-BREAK SPACE.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
    "\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)

# Unicode space separators (general category Zs) other than SPACE itself: NO-BREAK SPACE,
# OGHAM SPACE MARK, EN QUAD .. HAIR SPACE, NARROW NO-BREAK SPACE, MEDIUM MATHEMATICAL
# SPACE, IDEOGRAPHIC SPACE. Each becomes one U+0020.
SPACE_VARIANTS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
SPACE_VARIANT = re.compile(f"[{SPACE_VARIANTS}]")  # any one of them


def normalize_line_endings(text: str) -> str:
    """Turn CRLF, CR, U+2028, U+2029 and U+0085 into LF.

    >>> normalize_line_endings("আমি\\r\\nতুমি\\u2028সে")
    'আমি\\nতুমি\\nসে'
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\u0085" in text:
        return LINE_ENDING.sub("\n", text)
    return text


def _printable_lines(text: str) -> bool:
    """Whether ``text`` is printable apart from its line feeds and tabs."""
    return text.replace("\n", "").replace("\t", "").isprintable()


def remove_invisibles(text: str) -> str:
    """Delete control, zero-width-space, soft-hyphen, BOM and bidi-control characters.

    A zero width space is deleted, not turned into a space: it shows as nothing, so
    deleting it keeps what a reader sees (``বাং<ZWSP>লা`` is one word).

    >>> remove_invisibles("বাং\\u200bলা\\u00ad")
    'বাংলা'
    """
    if text.isprintable():  # a C-level scan: no control, format or separator character
        return text
    if ("\n" in text or "\t" in text) and _printable_lines(text):
        return text
    return INVISIBLE.sub("", text)


def normalize_spaces(text: str) -> str:
    """Turn NBSP, narrow NBSP, thin, ideographic and other Unicode spaces into U+0020.

    >>> normalize_spaces("আমি\\u00a0তুমি\\u3000সে")
    'আমি তুমি সে'
    """
    if text.isprintable():  # a C-level scan: no separator other than U+0020
        return text
    for space in SPACE_VARIANTS:  # a single-character ``in`` is the fastest scan there is
        if space in text:
            return SPACE_VARIANT.sub(" ", text)
    return text


# ======================================================================================
# 2. NFC, computed with unicodedata2 and skipped where it provably changes nothing
# ======================================================================================

# Characters that NFC never changes, in any context: each has canonical combining class 0,
# NFC_Quick_Check=Yes, and a canonical decomposition (if any) made of class-0 characters
# only, so a string made of them is already NFC. tests/test_invariants.py checks every one
# of them against unicodedata2. Left out of the Bengali block: NUKTA (ccc 7), VIRAMA
# (ccc 9), AA-kar and the AU length mark (NFC_QC=Maybe), RRA, RHA, YYA (NFC_QC=No) and the
# sandhi mark U+09FE (ccc 230).
_NFC_INERT = (
    "\x00-\u00bf\u00d7\u00f7"  # ASCII, C1, Latin-1 signs and punctuation, × ÷
    "\u0964\u0965"  # danda, double danda
    "\u0980-\u09bb\u09bd\u09bf-\u09cc\u09ce-\u09d6\u09d8-\u09db\u09de\u09e0-\u09fd"  # Bengali
    "\u2002-\u2027\u202a-\u205e\u2060-\u2064\u2066-\u206f"  # spaces, punctuation, joiners
    "\u20a0-\u20c0"  # currency signs
    "\u2100-\u2125\u2127-\u2129\u212c-\u214f"  # letterlike symbols except Ω K Å
    "\u2150-\u2189"  # number forms
    "\u2190-\u2199\u219c-\u21ad\u21af-\u21cc\u21d0-\u21ff"  # arrows except negated ones
    "\u2500-\u27bf"  # box drawing, shapes, misc symbols, dingbats
    "\u3000-\u3003"  # ideographic space and punctuation
    "\ufe00-\ufe0f"  # variation selectors
    "\ufeff\ufffc\ufffd"  # BOM, object and replacement characters
    "\U0001f000-\U0001faff"  # emoji and pictographs
)
# The Bengali characters that NFC changes only in a known way, checked for by ``nfc``
# without a full normalization: NUKTA and VIRAMA are reordered only when a virama directly
# precedes a nukta (no composition takes a nukta or a virama); AA-kar and the AU length
# mark compose only with a directly preceding E-kar; RRA, RHA and YYA always decompose to
# base + nukta, and nothing allowed here reorders with or composes across that nukta.
_NFC_KNOWN = NUKTA + VIRAMA + SIGN_AA + AU_LENGTH + RRA + RHA + YYA
# A character whose effect under NFC is not known without running it.
NFC_SUSPECT = re.compile(f"[^{_NFC_INERT}{_NFC_KNOWN}]")
# The blocks whose printable NFC-inert characters (and those of _NFC_KNOWN) make up the
# usual text, for the one-pass guard of Normalize._run: ASCII and Latin-1, the Bengali
# block, general punctuation and currency signs. Filtered by this Python's str.isprintable,
# as the guard stands for it.
_USUAL_BLOCKS = ((0x20, 0xFF), (0x964, 0x965), (0x980, 0x9FF), (0x2010, 0x205E), (0x20A0, 0x20C0))


@lru_cache(maxsize=2)
def _unusual(but: str = "") -> re.Pattern[str]:
    """A character other than a line feed, a printable NFC-inert character of the usual
    blocks, or one of _NFC_KNOWN; or one of ``but`` (built on first use: it looks at some
    600 characters)."""
    usual = "".join(
        char for lo, hi in _USUAL_BLOCKS for char in map(chr, range(lo, hi + 1))
        if char.isprintable() and NFC_SUSPECT.match(char) is None and char not in but
    )
    return re.compile(f"[^\n{_class_of(usual)}]")


def _class_of(chars: str) -> str:
    """``chars`` (in code point order) as the body of a character class, in ranges."""
    out = []
    i = 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(re.escape(chars[i]) if i == j else f"{re.escape(chars[i])}-{re.escape(chars[j])}")
        i = j + 1
    return "".join(out)


E_KAR_AA_TEXT = SIGN_E + SIGN_AA  # ে + া, composed by NFC to ো
E_KAR_AA = re.compile(E_KAR_AA_TEXT)
E_KAR_AU_LENGTH = SIGN_E + AU_LENGTH  # ে + ৗ, composed by NFC to ৌ
VIRAMA_NUKTA = VIRAMA + NUKTA  # ্ + ়, reordered by NFC to ় + ্


def nfc(text: str) -> str:
    """Unicode NFC (with ``unicodedata2``), doing only the work NFC would do.

    In Bengali text NFC only decomposes the precomposed য় ড় ঢ়, joins ে + া and ে + ৗ
    into ো and ৌ, and puts a nukta before a virama; the first two are plain replaces. Any
    other character NFC might change, or a virama before a nukta, runs the full
    ``unicodedata2.normalize``. tests/test_invariants.py compares the two on the corpus and
    on random strings.

    >>> nfc("কোথায়") == "\\u0995\\u09cb\\u09a5\\u09be\\u09af\\u09bc"
    True
    """
    return _nfc(text)


def _nfc(text: str, suspects: bool = True) -> str:
    """``nfc``; ``suspects``: as for ``_needs_full_nfc``."""
    if _needs_full_nfc(text, suspects):
        return unicodedata2.normalize("NFC", text)
    return _compose_two_part_vowels(_decompose_nukta_letters(text))


def _needs_full_nfc(text: str, suspects: bool = True) -> bool:
    """Whether ``nfc`` must run the full NFC: a suspect character, or a virama + nukta.
    ``suspects=False``: the text is known to have no suspect character (``_unusual``)."""
    return (suspects and NFC_SUSPECT.search(text) is not None) or (
        NUKTA in text and VIRAMA_NUKTA in text
    )


def _decompose_nukta_letters(text: str) -> str:
    """য় ড় ঢ় → য ড ঢ + nukta, as NFC does (in a text for which ``_needs_full_nfc`` is false)."""
    # Each precomposed nukta letter is a class-0 starter whose decomposition ends in the
    # nukta; no character allowed here reorders with or composes across that nukta.
    if YYA in text:
        text = text.replace(YYA, YA + NUKTA)
    if RRA in text:
        text = text.replace(RRA, DDA + NUKTA)
    if RHA in text:
        text = text.replace(RHA, DDHA + NUKTA)
    return text


def _compose_two_part_vowels(text: str) -> str:
    """ে + া → ো and ে + ৗ → ৌ, as NFC does (in a text for which ``_needs_full_nfc`` is false)."""
    # E-kar composes with a directly following AA-kar or AU length mark (anything between
    # them blocks it, as all three have class 0); in ে ে া only the last pair composes.
    text = E_KAR_AA.sub(SIGN_O, text)
    if AU_LENGTH in text:
        text = text.replace(E_KAR_AU_LENGTH, SIGN_AU)
    return text


# ======================================================================================
# 3. Khanda ta and the zero width joiners
# ======================================================================================

LEGACY_KHANDA_TA = TA + VIRAMA + ZWJ  # ত্‍, the pre-Unicode-4.1 spelling of ৎ


def repair_khanda_ta(text: str) -> str:
    """Replace the legacy khanda ta ta + virama + ZWJ by ৎ (U+09CE), wherever it occurs.

    >>> repair_khanda_ta("উত\\u09cd\\u200dসব")
    'উৎসব'
    """
    if ZWJ in text and LEGACY_KHANDA_TA in text:
        return text.replace(LEGACY_KHANDA_TA, KHANDA_TA)
    return text


# A maximal run of ZWNJ/ZWJ.
JOINER_RUN = re.compile(f"[{ZWNJ}{ZWJ}]+")
# ra (or Assamese ra) + virama + a joiner run that starts with ZWJ, before ya: the
# documented ra + ya-phala is ra + ZWJ + virama + ya (rule ZW-2).
RA_VIRAMA_ZWJ_YA = re.compile(f"([{RA}{ASSAMESE_RA}]){VIRAMA}{ZWJ}[{ZWNJ}{ZWJ}]*(?={YA})")
_RA_LIKE = frozenset(RA + ASSAMESE_RA)
_CONSONANT_SET = frozenset(expand_class(CONSONANTS))


def _is_bengali(char: str) -> bool:
    return "\u0980" <= char <= "\u09ff"


_BENGALI_WORD_SET = frozenset(expand_class(BENGALI_WORD))
_BENGALI_LETTER_SET = frozenset(expand_class(BENGALI_LETTERS))


def _is_bengali_word(char: str) -> bool:
    """A Bengali letter or dependent mark (not a digit or sign)."""
    return char in _BENGALI_WORD_SET


# Characters at which a text can be cut for NFC and for the mark rules: letters that start
# a syllable, ASCII, the danda; none composes with or reorders around what precedes it.
_SYLLABLE_BOUNDARY = frozenset(expand_class(BENGALI_LETTERS) + expand_class("\x20-\x7e") + DANDA)
_MARK_OR_VIRAMA = frozenset(expand_class(SYLLABLE_MARKS) + VIRAMA)


def _syllable_start(text: str, at: int) -> int:
    """The start of the syllable around index ``at`` (its base letter), or 0."""
    while at and text[at - 1] in _MARK_OR_VIRAMA:
        at -= 1
    if at:
        at -= 1
    return at if text[at] in _SYLLABLE_BOUNDARY else 0


def _fix_joiner_run(match: re.Match[str]) -> str:
    text, run = match.string, match.group()
    start, end = match.span()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not (_is_bengali_word(before) or _is_bengali_word(after)):
        # ZW-5: joiners in emoji, other scripts or between symbols stay. A joiner that
        # touches whitespace or an end of the text joins nothing and is dropped.
        if before.strip() and after.strip():
            return run
        return ""
    if before in _RA_LIKE and after == VIRAMA:
        # ZW-1/ZW-2: ra + ZWJ + virama is ra + ya-phala; a ZWNJ typed there before ya
        # means the same thing.
        if ZWJ in run or text[end + 1 : end + 2] == YA:
            return ZWJ
        return ""
    if before == VIRAMA and after in _CONSONANT_SET:
        return run[0]  # ZW-3: explicit half form or visible hasanta; a run counts once
    return ""  # ZW-3 (after a word-final virama) and ZW-4: no meaning here


def fix_joiners(text: str) -> str:
    """Keep ZWJ/ZWNJ only where they change how Bengali renders; leave emoji joiners alone.

    Kept: ra + ZWJ + virama (র‍্যাব), and a joiner after a virama before a consonant
    (উদ্‌যাপন); ra + virama + ZWJ + ya is reordered to ra + ZWJ + virama + ya. Removed:
    every other joiner next to a Bengali character, and joiners next to whitespace.

    >>> fix_joiners("আ\\u200cমি জন\\u200d\\u09cd\\u09af")
    'আমি জন্য'
    """
    if ZWNJ not in text and ZWJ not in text:
        return text
    text = nfc(text)  # the rules are written for NFC text (a mark may move past a virama)
    found = [at for at in (text.find(ZWNJ), text.find(ZWJ)) if at >= 0]
    # Work from the syllable of the first joiner (what comes before it cannot change).
    start = _syllable_start(text, min(found))
    tail = text[start:]
    fixed = JOINER_RUN.sub(_fix_joiner_run, tail)
    fixed = RA_VIRAMA_ZWJ_YA.sub(f"\\1{ZWJ}{VIRAMA}", fixed)
    if fixed == tail:
        return text
    # Removing a stray joiner can leave a legacy khanda ta (ত‌্‍), or put two halves of
    # o-kar or a virama and a nukta side by side: repair, and compose again.
    return text[:start] + nfc(repair_khanda_ta(fixed))


# ======================================================================================
# 4. Vowel signs and other marks
# ======================================================================================

# A vowel sign (ি ে ৈ) stored before its consonant cluster at the start of a word, as
# visual-order converters from ASCII fonts write it (typed twice, it counts once); group 2
# is the cluster: consonants (each with an optional nukta) joined by virama (with an
# optional joiner).
PREBASE_VOWEL = re.compile(
    f"([\u09bf{SIGN_E}\u09c8])(?<![{BENGALI_WORD}{ZWNJ}{ZWJ}].)\\1*"
    f"((?:[{CONSONANTS}]{NUKTA}?{ZWJ}?{VIRAMA}[{ZWNJ}{ZWJ}]?)*[{CONSONANTS}]{NUKTA}?)"
)


def legacy_prebase_fix(text: str) -> str:
    """Move a word-initial ি, ে or ৈ to after the consonant cluster it belongs to.

    Opt-in (``legacy_prebase_fix=True``): repairs visual-order text from ASCII-font
    (Bijoy/SutonnyMJ) converters and OCR.

    >>> legacy_prebase_fix("\\u09c7কমন")
    'কেমন'
    """
    fixed = PREBASE_VOWEL.sub(r"\2\1", text)
    return text if fixed is text else nfc(fixed)  # ে moved before া: compose ো


# Something the mark repairs may change, as adjacent pairs (a guard: it may also find a
# correct sequence such as ঁং, which the repair then leaves as it is):
MARK_PAIRS = (
    # a sign ঁ ং ঃ followed by another syllable mark;
    (CANDRABINDU + ANUSVARA + VISARGA, expand_class(SYLLABLE_MARKS)),
    # two vowel signs, or a vowel sign then a nukta;
    (expand_class(VOWEL_SIGNS), expand_class(VOWEL_SIGNS) + NUKTA),
    # a doubled nukta or virama;
    (NUKTA, NUKTA),
    (VIRAMA, VIRAMA),
    # an independent vowel followed by a vowel sign (this includes অ + া, for repair_letters).
    (expand_class(INDEPENDENT_VOWELS), expand_class(VOWEL_SIGNS)),
)
MARK_TROUBLE = AdjacentPairs(*MARK_PAIRS)
# A run of two or more syllable marks (nukta, vowel signs, candrabindu, finals).
MARK_RUN = re.compile(f"[{SYLLABLE_MARKS}]{{2,}}")
VIRAMA_RUN = re.compile(f"{VIRAMA}{{2,}}")  # ্্ typed twice
# An independent vowel followed by the vowel sign of the same sound (rule DIA-5).
VOWEL_WITH_OWN_SIGN = re.compile(
    "\u0986\u09be|\u0987\u09bf|\u0988\u09c0|\u0989\u09c1|\u098a\u09c2|\u098b\u09c3"
    "|\u098f\u09c7|\u0990\u09c8|\u0993\u09cb|\u0994\u09cc"
)
_VOWEL_SIGN_SET = frozenset(expand_class(VOWEL_SIGNS))
NUKTA_RUN = re.compile(f"{NUKTA}+")  # one or more nuktas
_NUKTA_BASES = frozenset(DDA + DDHA + YA)  # ড ঢ য: a nukta typed after their vowel sign moves back
# Two halves of o-kar / au-kar in either order, as one vowel sign.
_TWO_PART_VOWELS = {
    (SIGN_E, SIGN_AA): SIGN_O,
    (SIGN_AA, SIGN_E): SIGN_O,
    (SIGN_E, AU_LENGTH): SIGN_AU,
    (AU_LENGTH, SIGN_E): SIGN_AU,
}


def _dedupe(chars: list[str]) -> list[str]:
    out: list[str] = []
    for ch in chars:
        if not out or out[-1] != ch:
            out.append(ch)
    return out


def _join_vowel_signs(vowels: list[str]) -> list[str]:
    """Doubled vowel signs collapse; two halves of o-kar/au-kar in either order join.

    O-kar and au-kar are split into their halves first, so that a doubled half collapses
    too (ে ে া → ো). Repeated until nothing changes, so that the result is a fixed point
    (each round only removes a sign or puts a reversed pair in order, so it ends).
    """
    for _ in range(2 * len(vowels) + 2):
        halves = "".join(vowels).replace(SIGN_O, E_KAR_AA_TEXT).replace(SIGN_AU, E_KAR_AU_LENGTH)
        joined: list[str] = []
        for sign in _dedupe(list(halves)):
            whole = _TWO_PART_VOWELS.get((joined[-1], sign)) if joined else None
            if whole:
                joined[-1] = whole
            else:
                joined.append(sign)
        joined = _dedupe(joined)
        if joined == vowels:
            break
        vowels = joined
    return vowels


def _order_marks(marks: str) -> str:
    """Canonical order of nukta-free syllable marks: vowel signs, candrabindu, finals."""
    vowels = _join_vowel_signs([c for c in marks if c in _VOWEL_SIGN_SET])
    candrabindu = CANDRABINDU if CANDRABINDU in marks else ""
    finals = _dedupe([c for c in marks if c in "\u0982\u0983"])
    return "".join(vowels) + candrabindu + "".join(finals)


def _fix_mark_run(match: re.Match[str]) -> str:
    run = match.group()
    start = match.start()
    base = match.string[start - 1] if start else ""
    if NUKTA not in run:
        return _order_marks(run)
    if base in _NUKTA_BASES:
        # DIA-4a: the nukta belongs directly after its consonant.
        return NUKTA + _order_marks(run.replace(NUKTA, ""))
    # Elsewhere a nukta stays where it was typed (doubled ones collapse); the marks on
    # each side of it are ordered separately.
    pieces = [_order_marks(piece) for piece in NUKTA_RUN.split(run)]
    return NUKTA.join(pieces)


def fix_mark_order(text: str) -> str:
    """Put the marks of a syllable in order and remove doubled marks (DIA-1..5, NF-5).

    Candrabindu after the vowel sign (চঁাদ → চাঁদ) and before ং/ঃ; a nukta typed after
    the vowel sign of ড ঢ য moved back; doubled marks collapsed; o-kar/au-kar halves joined
    in either order; a vowel sign after the independent vowel of the same sound dropped.

    >>> fix_mark_order("চ\\u0981\\u09beদ") == "চ\\u09be\\u0981দ"
    True
    """
    at = MARK_TROUBLE.find(text)
    if at < 0:
        return text
    normal = nfc(text)  # the rules are written for NFC text
    if normal is not text:
        at = MARK_TROUBLE.find(normal)
        if at < 0:
            return normal
    return _fix_marks_from(normal, at)


def _fix_mark_order_of_nfc(text: str) -> str:
    """fix_mark_order of a text that is NFC already (as in Normalize._run): no NFC first."""
    at = MARK_TROUBLE.find(text)
    return text if at < 0 else _fix_marks_from(text, at)


def _fix_marks_from(normal: str, at: int) -> str:
    """fix_mark_order of the NFC text ``normal``, whose first alarm is at ``at``."""
    # Nothing before the first alarm needs a repair: work from the syllable it is in.
    start = _syllable_start(normal, at)
    tail = normal[start:]
    fixed = VIRAMA_RUN.sub(VIRAMA, tail)
    fixed = MARK_RUN.sub(_fix_mark_run, fixed)
    fixed = VOWEL_WITH_OWN_SIGN.sub(lambda m: m.group()[0], fixed)
    if fixed == tail:
        return normal
    return normal[:start] + nfc(fixed)


# ======================================================================================
# 5. Letters
# ======================================================================================

# Literal patterns: re finds a literal faster than ``in`` does here, as it scans for the
# rare first character.
BA_NUKTA = re.compile(BA + NUKTA + "+")  # ব় — a "do not use" spelling of র
A_AA_KAR = re.compile(LETTER_A + SIGN_AA)  # অ + া — a "do not use" spelling of আ
VIRAMA_YYA = re.compile(VIRAMA + YA + NUKTA + "+")  # ya-phala typed with য় (NFC: ্ য ়)
# A nukta after ব or after virama + য: the guard of both (one search that stops only at
# nuktas, instead of two that stop at every ব and every virama).
NUKTA_AFTER_BA_OR_YA_PHALA = re.compile(
    f"{NUKTA}(?:(?<={BA}{NUKTA})|(?<={VIRAMA}{YA}{NUKTA}))"
)


def repair_letters(text: str) -> str:
    """Fix spellings that look right but encode the wrong letters: ব় → র, অা → আ, ্য় → ্য.

    >>> repair_letters("ব\\u09bc\\u09beত অ\\u09beম") == "রাত আম"
    True
    """
    return A_AA_KAR.sub(LETTER_AA, _repair_nukta_letters(text))


def _repair_nukta_letters(text: str) -> str:
    """ব় → র and ্য় → ্য: repair_letters but for অ + া."""
    if NUKTA in text and NUKTA_AFTER_BA_OR_YA_PHALA.search(text) is not None:
        text = BA_NUKTA.sub(RA, text)
        text = VIRAMA_YYA.sub(VIRAMA + YA, text)
    return text


def assamese_to_bengali(text: str) -> str:
    """Map the Assamese letters ৰ → র and ৱ → ব (Bengali text only; lang="as" skips this).

    >>> assamese_to_bengali("\\u09f0াত")
    'রাত'
    """
    if ASSAMESE_RA in text:
        text = text.replace(ASSAMESE_RA, RA)
    if ASSAMESE_WA in text:
        text = text.replace(ASSAMESE_WA, BA)
    return text


# ta + virama that is word-final (no Bengali letter, mark or joiner follows), or before
# a consonant that does not form a conjunct with ta (all except ত থ ন ব ম য র ল).
TA_VIRAMA_NOT_CONJUNCT = re.compile(
    f"{TA}{VIRAMA}(?:(?=[\u0995-\u09a3\u09a6\u09a7\u09aa\u09ab\u09ad\u09b6-\u09b9])"
    f"|(?![{BENGALI_WORD}{ZWNJ}{ZWJ}]))"
)


def khanda_ta_heuristic(text: str) -> str:
    """Opt-in spelling change: ত্ → ৎ word-finally and before a non-conjoining consonant.

    >>> khanda_ta_heuristic("উত\\u09cdসব হঠাত\\u09cd")
    'উৎসব হঠাৎ'
    """
    if TA + VIRAMA in text:
        return TA_VIRAMA_NOT_CONJUNCT.sub(KHANDA_TA, text)
    return text


# ======================================================================================
# 6. Spans that no step may rewrite: URLs and e-mail addresses
# ======================================================================================

WWW = re.compile("[wW][wW][wW]\\.")  # the start of a scheme-less URL (www. in any case)


def _protected_spans(text: str) -> list[tuple[int, int]]:
    if not (
        (":" in text and "://" in text)
        or "@" in text
        or ("." in text and ("w" in text or "W" in text) and WWW.search(text) is not None)
    ):
        return []
    spans = [m.span() for m in URL.finditer(text)]
    spans += [m.span() for m in EMAIL.finditer(text)]
    if len(spans) > 1:
        spans.sort()
        merged = [spans[0]]
        for start, end in spans[1:]:
            if start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        spans = merged
    return spans


def _skipping_urls(func: Callable[..., str]) -> Callable[..., str]:
    """Make ``func`` a step that leaves URLs and e-mail addresses as they are.

    ``func`` first runs on the whole text: when it changes nothing (the common case) there
    is nothing to protect. Otherwise, if the text holds URLs or e-mail addresses, it runs
    again on each part between them and they are put back unchanged. Keyword arguments
    are passed on.
    """

    @wraps(func)
    def step(text: str, **options: Any) -> str:
        fixed = func(text, **options)
        if fixed is text:
            return text
        spans = _protected_spans(text)
        if not spans:
            return fixed
        parts = []
        pos = 0
        for start, end in spans:
            parts.append(func(text[pos:start], **options))
            parts.append(text[start:end])
            pos = end
        parts.append(func(text[pos:], **options))
        return "".join(parts)

    return step


# ======================================================================================
# 7. Dandas and punctuation
# ======================================================================================

# ৷ (currency numerator four) used as a danda: not next to another currency/fraction sign.
CURRENCY_FOUR_AS_DANDA = re.compile("\u09f7(?<![\u09f4-\u09f9]\u09f7)(?![\u09f4-\u09f9])")
# Quotation marks: ASCII, curly, low-9 and angle quotes, and the acute accent typed for
# one (all of them, as fold_quotes turns the others into the ASCII ones).
QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u00b4"
# DAN-2a: a pipe glued to a Bengali letter or mark, followed by the end of the line,
# whitespace, a quote, a closing bracket, or a Bengali letter. (Patterns here start with
# the character they look for and check what precedes it with a look-behind: a pattern
# that starts with a look-behind makes ``re`` try a match at every position.)
PIPE_AFTER_WORD = re.compile(
    f"\\|(?<=[{BENGALI_WORD}]\\|)(?=$|\\s|[{QUOTES})\\]}}]|[{BENGALI_LETTERS}])",
    re.MULTILINE,
)
# DAN-4: a Latin capital I followed by the end of the line or by whitespace and a Bengali
# letter; it is a danda if glued to, or one space after, a Bengali letter or mark (see
# _latin_i; several spaces count as one, since they collapse to one later).
LATIN_I_AS_DANDA = re.compile(f"I(?=[ \\t]*$|\\s+[{BENGALI_LETTERS}])", re.MULTILINE)
# DAN-5: two or more dandas (spaces between them allowed) typed for a double danda.
DANDA_RUN = re.compile(f"{DANDA}(?:[ \t]*{DANDA})+")


def _fix_pipes(line: str) -> str:
    if "|" not in line or line.lstrip(" \t").startswith("|") or "||" in line:
        return line  # a table row, or a double-pipe separator: never a danda
    body = line.rstrip(" \t")
    if line.count("|") == 1 and body.endswith("|"):
        # DAN-2b: the only pipe, last on the line, with a space before it and a Bengali
        # letter or mark before that space: a danda, without the space.
        head = body[:-1]
        word = head.rstrip(" \t")
        if head != word and word and _is_bengali_word(word[-1]):
            return word + DANDA
    return PIPE_AFTER_WORD.sub(DANDA, line)


def _latin_i(match: re.Match[str]) -> str:
    text = match.string
    at = match.start()
    while at and text[at - 1] in " \t":
        at -= 1
    return DANDA if at and _is_bengali_word(text[at - 1]) else "I"


@_skipping_urls
def fix_dandas(text: str, *, latin_I: bool = True) -> str:
    """Turn look-alikes of the danda into । (U+0964) where they end a Bengali clause.

    ৷ (U+09F7) outside currency notation, an ASCII ``|`` glued to a Bengali word or alone
    at the end of a line, and (unless ``latin_I=False``) a Latin ``I`` after a Bengali word
    become ।; two or more । become ॥. `` | `` between titles, table rows and code stay as
    they are; ``.`` is never turned into a danda.

    >>> fix_dandas("আমি ভাত খাই|")
    'আমি ভাত খাই।'
    >>> fix_dandas("খবর | প্রথম আলো")
    'খবর | প্রথম আলো'
    >>> fix_dandas("আমি খাই I"), fix_dandas("আমি খাই I", latin_I=False)
    ('আমি খাই ।', 'আমি খাই I')
    """
    if CURRENCY_FOUR in text:
        text = CURRENCY_FOUR_AS_DANDA.sub(DANDA, text)
    if "|" in text:
        lines = text.split("\n")
        fixed = [_fix_pipes(line) for line in lines]
        if any(new is not old for new, old in zip(fixed, lines)):
            text = "\n".join(fixed)
    if latin_I and "I" in text:
        text = LATIN_I_AS_DANDA.sub(_latin_i, text)
    return DANDA_RUN.sub(DOUBLE_DANDA, text)


DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb"  # “ ” „ ‟ « »
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u00b4"  # ‘ ’ ‚ ‛ ´


@_skipping_urls
def fold_quotes(text: str) -> str:
    """Curly and angle quotes to ASCII: “ ” „ ‟ « » → ``"`` and ‘ ’ ‚ ‛ ´ → ``'``.

    The modifier letter apostrophe ʼ (U+02BC) and the primes ′ ″ are not quotes and stay.

    >>> fold_quotes("“আমি” বলল")
    '"আমি" বলল'
    >>> fold_quotes("‘তুমি’")
    "'তুমি'"
    """
    for quote in DOUBLE_QUOTES:
        if quote in text:
            text = text.replace(quote, '"')
    for quote in SINGLE_QUOTES:
        if quote in text:
            text = text.replace(quote, "'")
    return text


HYPHENS = "\u2010\u2011\u2012\u2212\ufe63\uff0d"  # hyphen, nb hyphen, figure dash, minus...
ELLIPSIS = "\u2026"  # …
DOTS = re.compile(r"\.{4,}")  # four or more full stops
CLOSING = f"{DANDA}{DOUBLE_DANDA}?!,;)]}}"  # no space before these (PUN-4)
SPACED_AFTER = f"{DANDA}{DOUBLE_DANDA}?!,;"  # one space after these before a letter (PUN-5)
OPENING = "([{"  # no space after these (PUN-6)
# A punctuation mark where a spacing rule applies: a closing mark after a space or tab
# (PUN-4), । ॥ ? ! , ; directly before a Bengali letter (PUN-5), an opening bracket before
# a space or tab (PUN-6). It starts with a single class of punctuation so that a search
# only stops at punctuation (``re`` tries a match at every position of a pattern that
# starts with an alternation or a look-behind).
SPACING_TROUBLE = re.compile(
    f"[{re.escape(CLOSING + OPENING)}]"
    f"(?:(?<=[ \\t][{re.escape(CLOSING)}])"  # PUN-4
    f"|(?<=[{re.escape(SPACED_AFTER)}])(?=[{BENGALI_LETTERS}])"  # PUN-5
    r"|(?<=[(\[{])(?=[ \t]))"  # PUN-6
)
NOT_SPACE = re.compile(r"[^ \t]")  # the end of a run of spaces and tabs
# The guard of _fix_spacing, as adjacent pairs (a false alarm, such as " d" in English,
# which shares a low byte with " ।", only costs the exact search).
SPACING_PAIR_SETS = (
    (" \t", CLOSING), (SPACED_AFTER, expand_class(BENGALI_LETTERS)), (OPENING, " \t")
)
SPACING_PAIRS = AdjacentPairs(*SPACING_PAIR_SETS)


def _fix_spacing(text: str) -> str:
    """PUN-4, PUN-5 and PUN-6, in one pass over the marks where a rule applies."""
    at = SPACING_PAIRS.find(text)
    if at < 0:
        return text
    parts = []
    pos = 0
    for match in SPACING_TROUBLE.finditer(text, at):
        at = match.start()
        mark = text[at]
        if mark in OPENING:  # PUN-6: drop the spaces after it
            parts.append(text[pos : at + 1])
            end = NOT_SPACE.search(text, at + 1)
            pos = end.start() if end else len(text)
            continue
        before = text[pos:at]
        parts.append(before.rstrip(" \t") if mark in CLOSING else before)  # PUN-4
        parts.append(mark)
        pos = at + 1
        if mark in SPACED_AFTER and text[pos : pos + 1] in _BENGALI_LETTER_SET:
            parts.append(" ")  # PUN-5
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def _fix_punctuation_marks(text: str) -> str:
    """Hyphen variants, the horizontal bar, ``…`` and dot runs (the spacing rules apart)."""
    for hyphen in HYPHENS:
        if hyphen in text:
            text = text.replace(hyphen, "-")
    if "\u2015" in text:
        text = text.replace("\u2015", "\u2014")  # horizontal bar → em dash
    if ELLIPSIS in text:
        text = text.replace(ELLIPSIS, "...")
    if "." in text and "...." in text:  # a one-character ``in`` is ten times faster
        text = DOTS.sub("...", text)
    return text


@_skipping_urls
def fix_punctuation(text: str) -> str:
    """Hyphen variants → ``-``, ``…`` and longer dot runs → ``...``, spacing around । ? ! , ;.

    No space before । ॥ ? ! , ; or a closing bracket; one space after । ॥ ? ! , ; before a
    Bengali letter; no space inside an opening bracket. En and em dashes stay; URLs and
    e-mail addresses are not touched.

    >>> fix_punctuation("খাই ।তুমি‑আমি…")
    'খাই। তুমি-আমি...'
    """
    return _fix_spacing(_fix_punctuation_marks(text))


# fix_punctuation on a text where SPACING_PAIRS finds nothing: _fix_spacing would change
# nothing, before or after _fix_punctuation_marks (which puts - — . only where it takes
# characters that are none of space, tab, CLOSING, OPENING or a Bengali letter either).
_fix_punctuation_marks_outside_urls = _skipping_urls(_fix_punctuation_marks)


# ======================================================================================
# 8. Digits
# ======================================================================================

BENGALI_DIGIT_RUN = re.compile(f"[{BENGALI_DIGITS}]+")  # ০-৯ (explicit: \\d is any Nd)
ASCII_DIGIT = re.compile("[0-9]")  # one ASCII digit
ASCII_DIGIT_RUN = re.compile("[0-9]+")  # a run of ASCII digits
TOKEN = re.compile(r"\S+")  # a whitespace-separated token
LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}]")  # a Latin letter: the token is an identifier
_TO_ASCII = {chr(0x09E6 + i): chr(0x30 + i) for i in range(10)}  # ০ → 0 ... ৯ → 9
_TO_BENGALI = {chr(0x30 + i): chr(0x09E6 + i) for i in range(10)}  # 0 → ০ ... 9 → ৯


def _bengali_run_to_ascii(match: re.Match[str]) -> str:
    return "".join(_TO_ASCII[c] for c in match.group())


def _ascii_run_to_bengali(match: re.Match[str]) -> str:
    return "".join(_TO_BENGALI[c] for c in match.group())


def _token_to_bengali(match: re.Match[str]) -> str:
    token = match.group()
    if ASCII_DIGIT.search(token) is None or LATIN_LETTER.search(token) is not None:
        return token  # no digit, or an identifier such as COVID-19, H5N1, mp3
    return ASCII_DIGIT_RUN.sub(_ascii_run_to_bengali, token)


@_skipping_urls
def _digits_to_ascii(text: str) -> str:
    return BENGALI_DIGIT_RUN.sub(_bengali_run_to_ascii, text)


@_skipping_urls
def _digits_to_bengali(text: str) -> str:
    if ASCII_DIGIT.search(text) is None:
        return text
    return TOKEN.sub(_token_to_bengali, text)


_DIGIT_CONVERTERS: dict[str, Step] = {"ascii": _digits_to_ascii, "bengali": _digits_to_bengali}


def convert_digits(text: str, to: str = "ascii") -> str:
    """Convert digits to ASCII (``to="ascii"``) or to Bengali (``to="bengali"``).

    The same step as ``normalize(digits="to_ascii")`` / ``digits="to_bengali"``. To
    Bengali, tokens with Latin letters (COVID-19, 4G, mp3), URLs and e-mail addresses
    keep their digits; grouping commas and decimal points are never changed.

    >>> convert_digits("১২,৩৪,৫৬৭ টাকা")
    '12,34,567 টাকা'
    >>> convert_digits("2019-20 অর্থবছর, H5N1", to="bengali")
    '২০১৯-২০ অর্থবছর, H5N1'
    """
    check_text(text, "convert_digits")
    return _DIGIT_CONVERTERS[check_choice("to", to, ("ascii", "bengali"))](text)


# ঌ (vocalic l) or ঀ (anji) typed for ৯ or ৭ next to a Bengali digit.
DIGIT_LOOKALIKE = re.compile("[\u098c\u0980]+")
_LOOKALIKE_DIGIT = {"\u098c": "\u09ef", "\u0980": "\u09ed"}  # ঌ → ৯, ঀ → ৭


def _is_bengali_digit(char: str) -> bool:
    return "\u09e6" <= char <= "\u09ef"


def _is_bengali_nondigit(char: str) -> bool:
    return _is_bengali(char) and not _is_bengali_digit(char)


def _fix_lookalike_run(match: re.Match[str]) -> str:
    text, run = match.string, match.group()
    start, end = match.span()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    digit_before, digit_after = _is_bengali_digit(before), _is_bengali_digit(after)
    if (digit_before and (digit_after or not _is_bengali_nondigit(after))) or (
        digit_after and not _is_bengali_nondigit(before)
    ):
        return "".join(_LOOKALIKE_DIGIT[c] for c in run)
    return run


def digit_lookalikes(text: str) -> str:
    """Opt-in: ঌ → ৯ and ঀ → ৭ inside a Bengali number (next to a digit, not a letter).

    >>> digit_lookalikes("১ঌ৭১ সালে")
    '১৯৭১ সালে'
    """
    if "\u098c" in text or "\u0980" in text:
        return DIGIT_LOOKALIKE.sub(_fix_lookalike_run, text)
    return text


# ======================================================================================
# 9. Whitespace inside lines, and the composed nukta form
# ======================================================================================

SPACE_RUN = re.compile("  +")  # two or more spaces (tabs are made spaces first)
TWO_SPACES = re.compile("  ")  # a literal, which re finds faster than ``in`` does here


def tidy_whitespace(text: str) -> str:
    """Collapse runs of spaces and tabs to one space and trim every line; keep every line.

    >>> tidy_whitespace("  আমি  \\t তুমি \\n সে ")
    'আমি তুমি\\nসে'
    """
    if "\t" in text:
        text = text.replace("\t", " ")
    if TWO_SPACES.search(text) is not None:
        text = SPACE_RUN.sub(" ", text)
    return _trim_lines(text)


def _trim_lines(text: str) -> str:
    """Remove the spaces at the start and at the end of every line."""
    if text[:1] == " " or text[-1:] == " ":
        text = text.strip(" ")
    if "\n" in text:
        lines = text.split("\n")
        if any(line[:1] == " " or line[-1:] == " " for line in lines):
            text = "\n".join(line.strip(" ") for line in lines)
    return text


def compose_nukta(text: str) -> str:
    """Write ড় ঢ় য় as the single code points U+09DC, U+09DD, U+09DF (output is then not NFC).

    >>> compose_nukta("বাড\\u09bcি") == "বা\\u09dcি"
    True
    """
    if NUKTA in text:
        text = text.replace(DDA + NUKTA, RRA).replace(DDHA + NUKTA, RHA)
        text = text.replace(YA + NUKTA, YYA)
    return text


# ======================================================================================
# 10. Normalize: the sub-steps composed for a set of options
# ======================================================================================

NUKTA_FORMS = ("decomposed", "composed")
DIGIT_MODES = ("keep", "to_ascii", "to_bengali")
QUOTE_MODES = ("ascii", "keep")
LANGS = ("bn", "as")
REPLACE_OPTIONS = ("urls", "emails", "emoji", "numbers", "punctuation")


# Sub-steps with an option bound, made once so that equal Normalize objects have equal steps.
_FIX_DANDAS_NO_I = partial(fix_dandas, latin_I=False)
# The same, and fold_quotes, without the URL-skipping wrapper (for Normalize._run).
_FIX_DANDAS_NO_I_ANYWHERE = partial(fix_dandas.__wrapped__, latin_I=False)
_fold_quotes_anywhere = fold_quotes.__wrapped__
_DIGITS_TO_ASCII = partial(convert_digits, to="ascii")
_DIGITS_TO_BENGALI = partial(convert_digits, to="bengali")


# The guards that Normalize shares between sub-steps (see Normalize._run), as one pass:
# the pairs of the mark repairs (which include অ + া), and those of the spacing rules, with
# PUN-4 and PUN-6 as one pair that also finds two spaces (and, falsely, "()").
SHARED_PAIR_SETS = (
    *MARK_PAIRS,
    (SPACED_AFTER, expand_class(BENGALI_LETTERS)),  # PUN-5
    (" \t" + OPENING, " \t" + CLOSING),  # PUN-4, PUN-6, two spaces
)
SHARED_PAIRS = AdjacentPairs(*SHARED_PAIR_SETS)

# The characters that assamese_to_bengali, fix_dandas (but for its danda runs), fold_quotes
# and _fix_punctuation_marks (but for its dot runs) act on. The sub-steps before them never
# write one, so a text without them (a "quiet" one) skips those sub-steps.
LATE_FIX_CHARS = (
    ASSAMESE_RA + ASSAMESE_WA + CURRENCY_FOUR + "|I" + DOUBLE_QUOTES + SINGLE_QUOTES
    + HYPHENS + "\u2015" + ELLIPSIS  # ― horizontal bar
)

# The two patterns of the one-pass guard of Normalize._run, _unusual(LATE_FIX_CHARS) and
# _unusual(), once built (a list read in place of two cached calls per text).
_ONE_PASS: list[re.Pattern[str]] = []


def _one_pass() -> list[re.Pattern[str]]:
    _ONE_PASS[:] = [_unusual(LATE_FIX_CHARS), _unusual()]
    return _ONE_PASS


# ড় ঢ় য় and the letter + nukta that nfc decomposes each into.
_NUKTA_LETTERS = ((RRA, DDA), (RHA, DDHA), (YYA, YA))


def _before_nfc(firsts: str, seconds: str) -> tuple[str, str]:
    """A pair of SHARED_PAIR_SETS as it may look before nfc decomposes ড় ঢ় য়: a precomposed
    letter takes the second role where its base letter may have it, and the first role
    where its nukta may, each compared by low byte as AdjacentPairs does."""
    first_lows = {ord(char) & 0xFF for char in firsts}
    second_lows = {ord(char) & 0xFF for char in seconds}
    firsts += "".join(letter for letter, _ in _NUKTA_LETTERS if ord(NUKTA) & 0xFF in first_lows)
    seconds += "".join(letter for letter, base in _NUKTA_LETTERS
                       if ord(base) & 0xFF in second_lows)
    return firsts, seconds


# SHARED_PAIRS for a text before the decompositions of nfc: nothing here means nothing for
# SHARED_PAIRS after them (a letter + nukta raises no alarm by itself, which
# tests/test_fastpath.py checks), and no ে + া or ে + ৗ (two vowel signs) to compose.
SHARED_PAIRS_BEFORE_NFC = AdjacentPairs(*(_before_nfc(*pair) for pair in SHARED_PAIR_SETS))


# The longest text for which Normalize._run uses _nfc_and_alarm. That saves the search
# for ে + া on a text without it, and costs a second pass of the pairs guard on one with
# it (of the corpus paragraphs, 400-700 characters, 1 in 10 has one; of its documents,
# several thousand characters, 1 in 5, and they are the longest): a gain up to about a
# thousand characters.
SHORT_TEXT = 1000


def _nfc_and_alarm(text: str, suspects: bool = True) -> tuple[str, bool]:
    """``nfc(text)``, and whether SHARED_PAIRS may find a pair in it, mostly with one pass
    of a pairs guard (which also rules out the vowel signs nfc composes). ``suspects``: as
    for ``_needs_full_nfc``."""
    if _needs_full_nfc(text, suspects):
        text = unicodedata2.normalize("NFC", text)
        return text, SHARED_PAIRS.find(text) >= 0
    at = SHARED_PAIRS_BEFORE_NFC.find(text)
    if at < 0:
        return _decompose_nukta_letters(text), False
    first_alarm_at_e_kar = text[at] == SIGN_E
    text = _decompose_nukta_letters(text)
    composed = _compose_two_part_vowels(text)
    if composed is text or not first_alarm_at_e_kar:
        return composed, True  # an alarm that is no ে + া or ে + ৗ may stay
    return composed, SHARED_PAIRS.find(composed) >= 0  # ো may have been the only alarm


def _layout_is_plain(text: str) -> bool:
    """Whether ``text`` has nothing for the layout and joiner sub-steps.

    Every character that normalize_line_endings, remove_invisibles, normalize_spaces,
    repair_khanda_ta and fix_joiners act on (CR, NEL, U+2028/9, controls, format characters
    such as ZWSP, ZWNJ, ZWJ, BOM and the bidi controls, space separators) is non-printable;
    line feeds and tabs are non-printable too, but none of the five changes them.
    """
    return text.isprintable() or (("\n" in text or "\t" in text) and _printable_lines(text))


# How many times ReplaceAndRepair may replace and repair (the corpus and the random strings
# of the tests need two rounds at most).
REPAIR_ROUNDS = 4


@dataclass(frozen=True)
class ReplaceAndRepair:
    """The ``replace`` sub-step: ``replace``, then the character rules again if it changed
    the text, as a removal can bring together what they fix (a ``|`` now before a space,
    ``.`` + ``...`` = ``....``, a ZWNJ now beside a space); and again while a repair makes
    something ``replace`` changes (a ``I`` now at the end of a line is a danda, which
    ``punctuation="remove"`` removes)."""

    replace: Step
    repairs: tuple[Step, ...]  # the character sub-steps that ran before, in order
    name = "replace"

    def __call__(self, text: str) -> str:
        for _ in range(REPAIR_ROUNDS):
            replaced = self.replace(text)
            if replaced == text:
                break
            text = replaced
            for repair in self.repairs:
                text = repair(text)
        return text


def _restore(cls: type[Normalize], options: dict[str, Any]) -> Normalize:
    return cls(**options)


@dataclass(frozen=True)
class Normalize:
    """The ``normalize`` step for one set of options: a picklable, immutable callable.

    The sub-steps it runs are chosen once, here, and listed in ``steps`` as
    ``(name, function)`` pairs; ``explain(text)`` says which of them changed a text.

    >>> step = Normalize(digits="to_ascii")
    >>> step("দাম ১২৩ টাকা ।")
    'দাম 123 টাকা।'
    >>> step.explain("দাম ১২৩ টাকা ।").changed_by
    ['fix_punctuation', 'convert_digits']
    """

    nukta_form: str = "decomposed"
    digits: str = "keep"
    quotes: str = "ascii"
    lang: str = "bn"
    khanda_ta_heuristic: bool = False
    legacy_prebase_fix: bool = False
    digit_lookalikes: bool = False
    fix_mojibake: bool = False
    latin_I_danda: bool = True
    urls: str = "keep"
    emails: str = "keep"
    emoji: str = "keep"
    numbers: str = "keep"
    punctuation: str = "keep"
    name = "normalize"

    def __new__(cls, *args: Any, **options: Any) -> Normalize:
        # Name the valid options (a dataclass would only say "unexpected keyword").
        check_options("normalize", options, [f.name for f in fields(cls)])
        return super().__new__(cls)

    def __post_init__(self) -> None:
        check_choice("nukta_form", self.nukta_form, NUKTA_FORMS)
        check_choice("digits", self.digits, DIGIT_MODES)
        check_choice("quotes", self.quotes, QUOTE_MODES)
        check_choice("lang", self.lang, LANGS)
        for flag in ("khanda_ta_heuristic", "legacy_prebase_fix", "digit_lookalikes",
                     "fix_mojibake", "latin_I_danda"):
            check_bool(flag, getattr(self, flag))
        steps = tuple(self._choose_steps())
        object.__setattr__(self, "steps", steps)
        object.__setattr__(self, "_fix_dandas", dict(steps)["fix_dandas"])
        # fix_dandas as written, without the URL-skipping wrapper (see _run).
        object.__setattr__(self, "_fix_dandas_anywhere", fix_dandas.__wrapped__
                           if self.latin_I_danda else _FIX_DANDAS_NO_I_ANYWHERE)
        object.__setattr__(self, "_convert_digits", dict(steps).get("convert_digits"))
        object.__setattr__(self, "_funcs", tuple(self._fast_funcs(steps)))

    def _fast_funcs(self, steps: tuple[tuple[str, Step], ...]) -> list[Step]:
        """What ``__call__`` runs: ``steps``, with those from normalize_line_endings to
        convert_digits as the one method ``_characters``, which shares their guards (and
        with tidy_whitespace as well, ``_run`` itself, when there is no ``replace``);
        ``replace`` repairs with ``_characters`` too."""
        names = [name for name, _ in steps]
        first, last = names.index("normalize_line_endings"), names.index("tidy_whitespace")
        funcs: list[Step] = [func for _, func in steps[:first]]  # fix_mojibake
        replace = dict(steps).get("replace")
        if replace is None:
            funcs.append(self._run)
        else:
            assert isinstance(replace, ReplaceAndRepair)
            funcs += [self._characters, ReplaceAndRepair(replace.replace, (self._characters,)),
                      nfc, tidy_whitespace]
        funcs += [func for _, func in steps[last + 1 :]]  # compose_nukta
        return funcs

    def _characters(self, text: str) -> str:
        """The sub-steps from normalize_line_endings to convert_digits."""
        return self._run(text, tidy=False)

    def _run(self, text: str, tidy: bool = True) -> str:
        """The sub-steps from normalize_line_endings to convert_digits (to tidy_whitespace if
        ``tidy``), in their order, each run only where its guard, computed once for several
        of them, says it may act.

        The output is that of the sub-steps run one after the other (tests/test_fastpath.py
        compares the two on the corpus and on random strings).
        """
        # A text printable but for its line feeds has nothing for the five layout and
        # joiner sub-steps, which act only on non-printable characters (nfc never creates
        # one), nor for the tab rule of tidy_whitespace.
        # One pass over the usual text (printable lines of ASCII, Latin-1, Bengali,
        # punctuation and currency signs) also rules out the characters that make nfc run
        # the full NFC, and says whether the text is quiet (no LATE_FIX_CHARS); after one
        # of those, the rest of the text is looked at for the unusual only.
        unusual_or_late, unusual = _ONE_PASS or _one_pass()
        late = unusual_or_late.search(text)
        quiet = late is None
        usual = quiet or (
            late.group() in LATE_FIX_CHARS and unusual.search(text, late.end()) is None
        )
        printable = usual or text.isprintable() or (
            "\n" in text and text.replace("\n", "").isprintable()
        )
        plain = printable or _layout_is_plain(text)  # a tab is no work for those five
        # One pass for the guards of fix_mark_order, of অ + া in repair_letters, of the
        # spacing rules of fix_punctuation and of two spaces in tidy_whitespace. Without an
        # alarm, fix_mark_order changes nothing, and the sub-steps after it create none of
        # those pairs: they write letters for letters (ৰ → র, ব় → র, ্য় → ্য), quotes for
        # quotes, ৎ for ত্, digits for digits, and remove spaces only; fix_dandas may, and
        # raises the alarm. When nfc is the only sub-step before it, that pass is made
        # before nfc and also rules out the compositions of nfc.
        if plain and not self.legacy_prebase_fix and len(text) <= SHORT_TEXT:
            text, alarm = _nfc_and_alarm(text, not usual)
        else:
            if not plain:
                text = normalize_spaces(remove_invisibles(normalize_line_endings(text)))
            text = _nfc(text, not usual)
            if not plain:
                text = fix_joiners(repair_khanda_ta(text))
            if self.legacy_prebase_fix:
                text = legacy_prebase_fix(text)
            alarm = SHARED_PAIRS.find(text) >= 0
        if alarm:  # the text is NFC here
            text = _fix_mark_order_of_nfc(text)
        if self.lang == "bn" and not quiet:
            text = assamese_to_bengali(text)
        text = repair_letters(text) if alarm else _repair_nukta_letters(text)
        if self.khanda_ta_heuristic:
            text = khanda_ta_heuristic(text)
        # The three URL-skipping sub-steps: each runs first without the wrapper, which
        # would return its input when that changes nothing (nearly always), and again
        # with it only when something changed, to leave URLs and e-mail addresses alone.
        if (DANDA_RUN.search(text) is not None if quiet  # the only rule of the four left
                else self._fix_dandas_anywhere(text) is not text):  # type: ignore[attr-defined]
            # A new danda may need a space after it, or none before.
            text, alarm = self._fix_dandas(text), True  # type: ignore[attr-defined]
        if self.quotes == "ascii" and not quiet and _fold_quotes_anywhere(text) is not text:
            text = fold_quotes(text)
        if alarm:
            text = fix_punctuation(text)
        elif (not quiet or ("." in text and "...." in text)) and (
            _fix_punctuation_marks(text) is not text
        ):
            text = _fix_punctuation_marks_outside_urls(text)
        if self.digit_lookalikes:
            text = digit_lookalikes(text)
        if self._convert_digits is not None:  # type: ignore[attr-defined]
            text = self._convert_digits(text)  # type: ignore[attr-defined]
        if tidy:
            if not printable:
                return tidy_whitespace(text)
            # No sub-step above makes a tab; without an alarm, no two spaces.
            if alarm and TWO_SPACES.search(text) is not None:
                text = SPACE_RUN.sub(" ", text)
            text = _trim_lines(text)
        return text

    def _choose_steps(self) -> list[tuple[str, Step]]:
        steps: list[tuple[str, Step]] = []
        if self.fix_mojibake:
            from .mojibake import fix_mojibake

            steps.append(("fix_mojibake", fix_mojibake))
        steps += [
            ("normalize_line_endings", normalize_line_endings),
            ("remove_invisibles", remove_invisibles),
            ("normalize_spaces", normalize_spaces),
            ("nfc", nfc),
            ("repair_khanda_ta", repair_khanda_ta),
            ("fix_joiners", fix_joiners),
        ]
        if self.legacy_prebase_fix:
            steps.append(("legacy_prebase_fix", legacy_prebase_fix))
        steps.append(("fix_mark_order", fix_mark_order))
        if self.lang == "bn":  # before repair_letters: ৱ় becomes ব়, which becomes র
            steps.append(("assamese_to_bengali", assamese_to_bengali))
        steps.append(("repair_letters", repair_letters))
        if self.khanda_ta_heuristic:
            steps.append(("khanda_ta_heuristic", khanda_ta_heuristic))
        steps.append(("fix_dandas", fix_dandas if self.latin_I_danda else _FIX_DANDAS_NO_I))
        if self.quotes == "ascii":
            steps.append(("fold_quotes", fold_quotes))
        steps.append(("fix_punctuation", fix_punctuation))
        if self.digit_lookalikes:
            steps.append(("digit_lookalikes", digit_lookalikes))
        if self.digits == "to_ascii":
            steps.append(("convert_digits", _DIGITS_TO_ASCII))
        elif self.digits == "to_bengali":
            steps.append(("convert_digits", _DIGITS_TO_BENGALI))
        replace_options = {name: getattr(self, name) for name in REPLACE_OPTIONS}
        if any(value != "keep" for value in replace_options.values()):
            from .replace import Replace

            replace = Replace(**replace_options)
            if not replace.is_identity:
                # Removing a span can bring a vowel sign next to its other half: NFC again.
                repairs = tuple(func for name, func in steps if name != "fix_mojibake")
                steps += [("replace", ReplaceAndRepair(replace, repairs)), ("nfc", nfc)]
        steps.append(("tidy_whitespace", tidy_whitespace))
        if self.nukta_form == "composed":
            steps.append(("compose_nukta", compose_nukta))  # last: any NFC would undo it
        return steps

    def __call__(self, text: str) -> str:
        if not isinstance(text, str):
            check_text(text, "normalize")
        for func in self._funcs:  # type: ignore[attr-defined]
            text = func(text)
        return text

    @property
    def _apply(self) -> Callable[[str], str]:
        """The step without the check of its argument (for ``clean``, which checks first):
        its one function, when it has one."""
        funcs = self._funcs  # type: ignore[attr-defined]
        return funcs[0] if len(funcs) == 1 else self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.options))

    @property
    def options(self) -> dict[str, Any]:
        """The options of this step, as keyword arguments for ``normalize``."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def explain(self, text: str) -> Any:
        """Run the sub-steps one by one; the result says which changed ``text`` and how.

        Returns a ``bnclean.Explanation``: ``.output``, ``.changed_by``, ``.steps``.
        """
        from .pipeline import Pipeline

        return Pipeline(self.steps).explain(text)  # type: ignore[attr-defined]


_DEFAULT = Normalize()
# What normalize() runs without options: the one function of _DEFAULT, Normalize._run.
(_normalize_default,) = _DEFAULT._funcs  # type: ignore[attr-defined]


def reference_normalize(text: str, **options: Any) -> str:
    """``normalize`` computed the straightforward way, as the yardstick of its fast path.

    Runs every sub-step of ``Normalize(**options).steps`` in order on the whole text, with
    the full ``unicodedata2.normalize("NFC")`` wherever the list says ``nfc``, and, when
    ``replace`` changed the text, the character sub-steps once more, in rounds (as
    ``ReplaceAndRepair`` does). No guard is shared and nothing is skipped (each sub-step keeps only its own
    check for having nothing to do). tests/test_fastpath.py checks that ``normalize`` gives
    the same output on the corpus, every golden vector and random strings. Slow: for tests.

    >>> reference_normalize("চঁাদ উঠেছে ।আমি দেখি|") == normalize("চঁাদ উঠেছে ।আমি দেখি|")
    True
    """
    check_text(text, "reference_normalize")
    steps = Normalize(**options).steps  # type: ignore[attr-defined]
    names = [name for name, _ in steps]
    end = names.index("replace") if "replace" in names else len(steps)
    repairs = [(name, func) for name, func in steps[:end] if name != "fix_mojibake"]

    def run(text: str, sub_steps: list[tuple[str, Step]]) -> str:
        for name, func in sub_steps:
            if name == "nfc":
                text = unicodedata2.normalize("NFC", text)
            elif name == "replace":
                for _ in range(REPAIR_ROUNDS):
                    replaced = func.replace(text)  # type: ignore[attr-defined]
                    if replaced == text:
                        break
                    text = run(replaced, repairs)
            else:
                text = func(text)
        return text

    return run(text, list(steps))


@lru_cache(maxsize=64)
def _cached_normalizer(options: tuple[tuple[str, Any], ...]) -> Normalize:
    return Normalize(**dict(options))


def normalize(text: str, **options: Any) -> str:
    """Character-level cleaning of Bengali text; never removes a line (policy section 2).

    NFC (with ``unicodedata2``), encoding repairs (legacy khanda ta, ব় → র, অা → আ,
    Assamese ৰ/ৱ, ্য় → ্য), ZWJ/ZWNJ rules, mark order and doubled marks, invisible
    characters and space variants, look-alike dandas, punctuation, and optionally digits.
    Options and defaults: ``nukta_form="decomposed"``, ``digits="keep"``,
    ``quotes="ascii"``, ``lang="bn"``, ``khanda_ta_heuristic=False``,
    ``legacy_prebase_fix=False``, ``digit_lookalikes=False``, ``fix_mojibake=False``,
    ``latin_I_danda=True``; and ``urls``, ``emails``, ``emoji``, ``numbers``,
    ``punctuation`` (``"keep"``, ``"remove"`` or a replacement token).

    >>> normalize("চঁাদ উঠেছে ।আমি দেখি|")
    'চাঁদ উঠেছে। আমি দেখি।'
    >>> normalize("১২৩ টাকা", digits="to_ascii")
    '123 টাকা'
    """
    if not isinstance(text, str):
        check_text(text, "normalize")
    if not options:
        return _normalize_default(text)
    try:
        key = tuple(sorted(options.items()))
        hash(key)
    except TypeError:  # an unhashable value cannot be valid: let Normalize say why
        return Normalize(**options)(text)
    return _cached_normalizer(key)(text)
