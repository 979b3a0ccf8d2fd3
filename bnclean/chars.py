"""Named Bengali characters and character classes used by every step.

Combining marks are written as escapes with a comment so they are visible in an editor
and in a diff. Classes are plain strings meant to go inside ``[...]`` in a pattern.
"""

from __future__ import annotations

# --- single characters -------------------------------------------------------------
CANDRABINDU = "\u0981"  # ঁ candrabindu
ANUSVARA = "\u0982"  # ং anusvara
VISARGA = "\u0983"  # ঃ visarga
NUKTA = "\u09BC"  # ় nukta
VIRAMA = "\u09CD"  # ্ virama (hasanta)
KHANDA_TA = "\u09CE"  # ৎ khanda ta
DANDA = "\u0964"  # । danda (shared with Devanagari; this IS the Bengali danda)
DOUBLE_DANDA = "\u0965"  # ॥ double danda
ZWNJ = "\u200C"  # zero width non-joiner
ZWJ = "\u200D"  # zero width joiner

# --- classes (for use inside [...]) -------------------------------------------------
BENGALI_BLOCK = "\u0980-\u09FF"  # the whole Bengali block, letters, marks, digits, signs
BENGALI_DIGITS = "\u09E6-\u09EF"  # ০-৯
ASCII_DIGITS = "0-9"
# Independent vowels and consonants (not marks, digits or signs).
BENGALI_LETTERS = "\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1"
# Dependent marks: signs above, vowel signs, nukta, virama, au length mark, vocalic vowel signs.
BENGALI_MARKS = "\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09FE"

# --- spans that no step may rewrite ---------------------------------------------------
import regex  # noqa: E402  (kept beside the patterns that need it)

# A URL: a scheme or "www." and then everything up to whitespace; trailing sentence
# punctuation and closing brackets are left outside the URL.
URL = regex.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"]*(?<![.,;:!?)\]'\"।॥])",
    regex.IGNORECASE,
)
# An e-mail address (ASCII local part and domain).
EMAIL = regex.compile(r"[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)+")
