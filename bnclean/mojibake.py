"""Mojibake repair: UTF-8 Bengali that was decoded as cp1252 or latin-1 (unicode.md 0.4, 7).

A UTF-8 Bengali letter is three bytes, ``E0 A6 xx`` or ``E0 A7 xx`` (the danda ``E0 A5 A4``).
Decoded one byte a character, each letter becomes three "byte stand-ins": ``à¦†`` for আ.
This module finds runs of such stand-ins, turns them back into bytes and decodes them as
UTF-8. It needs no third-party package.

Rules:

- A *byte stand-in* is a character that a cp1252 or latin-1 decoder gives for one byte:
  U+0000-U+00FF (latin-1; the C1 controls U+0080-U+009F stand for the bytes 0x80-0x9F, and
  also for the five bytes cp1252 leaves undefined, 0x81 0x8D 0x8F 0x90 0x9D, which hold the
  candrabindu, hasanta, u-kar, e, ai and jha) and the 27 characters cp1252 puts at
  0x80-0x9F (``€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ``).
- The soft hyphen U+00AD and the no-break space U+00A0 are byte stand-ins too (0xAD is the
  last byte of ভ, 0xA0 of ঠ), so this repair runs before any invisible-character removal.
- A *run* is a sequence of well-formed UTF-8 multi-byte sequences written in stand-ins,
  with ASCII allowed between them (ASCII is the same in every one of these encodings).
  A run is replaced by its decoding only if that contains a Bengali character (or is
  itself Bengali mojibake, for text that was mis-decoded twice). Everything else, such as
  real Latin-1 text (``café``, ``naïve``), is left exactly as it is.
- The repair is repeated while it changes something, so doubly mis-decoded text is fully
  repaired and ``fix_mojibake`` is idempotent. Every pass is linear and shrinks the text,
  and the text at least halves per layer, so the whole is linear.

A byte that was lost (decoded with ``errors="replace"`` to U+FFFD, or dropped) cannot be
recovered: the sequence it belonged to is left as it is. Mojibake of other scripts (``cafÃ©``)
is left to ftfy, which ``fix_mojibake(text, other_scripts=True)`` calls when it is installed.
"""

from __future__ import annotations

from typing import Any

import regex

from ._validate import check_bool, check_text

__all__ = ["fix_mojibake", "has_bengali_mojibake"]


def _stand_ins() -> dict[int, int]:
    """Map each byte stand-in (a code point) to the byte it stands for."""
    table = {cp: cp for cp in range(0x100)}  # latin-1: every byte is its own code point
    for byte in range(0x80, 0xA0):
        try:
            table[ord(bytes([byte]).decode("cp1252"))] = byte
        except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D: only the C1 control stands for it
            pass
    return table


# Code point of a stand-in -> its byte.
STAND_IN_BYTE = _stand_ins()
# str.translate table: stand-in -> the latin-1 character of its byte (then .encode("latin-1")).
TO_LATIN1 = {cp: byte for cp, byte in STAND_IN_BYTE.items() if cp != byte}


def _byte_class(low: int, high: int) -> str:
    """A regex character class of every stand-in for a byte in ``low..high``."""
    chars = sorted(cp for cp, byte in STAND_IN_BYTE.items() if low <= byte <= high)
    return "[" + "".join(f"\\u{cp:04X}" for cp in chars) + "]"


CONT = _byte_class(0x80, 0xBF)  # a UTF-8 continuation byte

# One well-formed UTF-8 multi-byte sequence written in stand-ins (Unicode table 3-7:
# no overlong forms, no surrogates, nothing above U+10FFFF), so the decode cannot fail.
UTF8_SEQUENCE = rf"""
    (?: {_byte_class(0xC2, 0xDF)} {CONT}                   # 2 bytes: U+0080-U+07FF
      | \xE0 {_byte_class(0xA0, 0xBF)} {CONT}              # E0: U+0800-U+0FFF, Bengali
      | {_byte_class(0xE1, 0xEC)} {CONT} {CONT}            # 3 bytes: U+1000-U+CFFF
      | \xED {_byte_class(0x80, 0x9F)} {CONT}              # ED: U+D000-U+D7FF
      | [\xEE\xEF] {CONT} {CONT}                           # 3 bytes: U+E000-U+FFFF
      | \xF0 {_byte_class(0x90, 0xBF)} {CONT} {CONT}       # F0: U+10000-U+3FFFF, emoji
      | [\xF1-\xF3] {CONT} {CONT} {CONT}                   # 4 bytes: U+40000-U+FFFFF
      | \xF4 {_byte_class(0x80, 0x8F)} {CONT} {CONT}       # F4: U+100000-U+10FFFF
    )
"""

# A run of mis-decoded UTF-8: sequences with ASCII between them. Possessive, and ASCII
# can never start a sequence, so a failed continuation gives back only its ASCII.
MOJIBAKE_RUN = regex.compile(
    rf"{UTF8_SEQUENCE} (?: [\x00-\x7F]*+ {UTF8_SEQUENCE} )*+",
    regex.VERBOSE,
)

# The telltale of Bengali mojibake: à¦ or à§ (the bytes E0 A6 / E0 A7 that start every
# Bengali letter), or the same twice mis-decoded (Ã + no-break space + Â¦ / Â§). The fast
# guard: text without it is returned at once.
BENGALI_MOJIBAKE = regex.compile("\u00E0[\u00A6\u00A7]|\u00C3\u00A0\u00C2[\u00A6\u00A7]")

# Any Bengali-block character: a decoded run must contain one to be accepted.
BENGALI = regex.compile("[\u0980-\u09FF]")


def _decode_run(match: regex.Match[str]) -> str:
    """The repaired run, or the run unchanged if its decoding is not Bengali."""
    run = match.group()
    try:
        decoded = run.translate(TO_LATIN1).encode("latin-1").decode("utf-8")
    except UnicodeError:  # cannot happen for a well-formed run; kept as a safety net
        return run
    if BENGALI.search(decoded) or BENGALI_MOJIBAKE.search(decoded):
        return decoded
    return run


def has_bengali_mojibake(text: str) -> bool:
    """True if ``text`` shows the telltale of mis-decoded UTF-8 Bengali (``à¦``, ``à§``).

    >>> has_bengali_mojibake("à¦†à¦®à¦¿"), has_bengali_mojibake("আমি")
    (True, False)
    """
    check_text(text, "has_bengali_mojibake")
    return BENGALI_MOJIBAKE.search(text) is not None


def fix_mojibake(text: str, *, other_scripts: bool = False) -> str:
    """Repair UTF-8 Bengali that was decoded as cp1252 or latin-1; leave the rest alone.

    Run it first, before invisible characters (U+00AD, U+00A0) are removed. With
    ``other_scripts=True`` it then repairs the mojibake of other scripts too (``cafÃ©``,
    ``Itâ€™s``) with ``ftfy.fix_encoding``, which needs the optional ftfy
    (``pip install "bnclean[mojibake]"``) and costs what ftfy costs.

    >>> fix_mojibake("à¦†à¦®à¦¿")  # "আমি".encode("utf-8").decode("cp1252")
    'আমি'
    >>> fix_mojibake("café আমি")
    'café আমি'
    """
    check_text(text, "fix_mojibake")
    check_bool("other_scripts", other_scripts)
    while BENGALI_MOJIBAKE.search(text):
        repaired = MOJIBAKE_RUN.sub(_decode_run, text)
        if repaired == text:
            break
        text = repaired
    if other_scripts:
        text = _ftfy().fix_encoding(text)
    return text


def _ftfy() -> Any:
    """The ftfy module, or an ImportError that says how to install it."""
    try:
        import ftfy
    except ImportError as error:
        raise ImportError(
            'fix_mojibake(other_scripts=True) needs ftfy: pip install "bnclean[mojibake]"'
        ) from error
    return ftfy
