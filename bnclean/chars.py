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

LETTER_A = "\u0985"  # অ
LETTER_AA = "\u0986"  # আ
TA = "\u09A4"  # ত
BA = "\u09AC"  # ব
YA = "\u09AF"  # য
RA = "\u09B0"  # র
DDA = "\u09A1"  # ড
DDHA = "\u09A2"  # ঢ
RRA = "\u09DC"  # ড় precomposed (NFC decomposes it to DDA + NUKTA)
RHA = "\u09DD"  # ঢ় precomposed (NFC decomposes it to DDHA + NUKTA)
YYA = "\u09DF"  # য় precomposed (NFC decomposes it to YA + NUKTA)
ASSAMESE_RA = "\u09F0"  # ৰ ra with middle diagonal
ASSAMESE_WA = "\u09F1"  # ৱ ra with lower diagonal
SIGN_AA = "\u09BE"  # া aa-kar
SIGN_E = "\u09C7"  # ে e-kar
SIGN_O = "\u09CB"  # ো o-kar (precomposed; NFC keeps it)
SIGN_AU = "\u09CC"  # ৌ au-kar (precomposed; NFC keeps it)
AU_LENGTH = "\u09D7"  # ৗ au length mark (second half of au-kar)
CURRENCY_FOUR = "\u09F7"  # ৷ currency numerator four, a look-alike of the danda
WORD_JOINER = "\u2060"  # word joiner

# --- classes (for use inside [...]) -------------------------------------------------
BENGALI_BLOCK = "\u0980-\u09FF"  # the whole Bengali block, letters, marks, digits, signs
BENGALI_DIGITS = "\u09E6-\u09EF"  # ০-৯
ASCII_DIGITS = "0-9"
# Independent vowels and consonants (not marks, digits or signs).
BENGALI_LETTERS = "\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1"
# Dependent marks: signs above, vowel signs, nukta, virama, au length mark, vocalic vowel signs.
BENGALI_MARKS = "\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09FE"
# Consonants (after NFC the nukta letters are a consonant plus NUKTA, so these suffice).
CONSONANTS = "\u0995-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09DC\u09DD\u09DF\u09F0\u09F1"
# Independent vowels: অ আ ই ঈ উ ঊ ঋ ঌ এ ঐ ও ঔ ৠ ৡ.
INDEPENDENT_VOWELS = "\u0985-\u098C\u098F\u0990\u0993\u0994\u09E0\u09E1"
# Vowel signs (kar), including both halves of o-kar/au-kar and the vocalic l signs.
VOWEL_SIGNS = "\u09BE-\u09C4\u09C7\u09C8\u09CB\u09CC\u09D7\u09E2\u09E3"
# Signs that end a syllable after its vowel sign and candrabindu: anusvara ং, visarga ঃ.
SYLLABLE_FINALS = "\u0982\u0983"
# The marks that may follow a consonant in one syllable, except the virama:
# nukta, vowel signs, candrabindu, anusvara, visarga. Their order is repaired as a unit.
SYLLABLE_MARKS = "\u0981-\u0983\u09BC" + VOWEL_SIGNS
# Bengali letters and dependent marks together ("a Bengali word character", no digits).
BENGALI_WORD = BENGALI_LETTERS + BENGALI_MARKS
JOINERS = "\u200C\u200D"  # ZWNJ, ZWJ
# Latin letters (ASCII, Latin-1 and Latin Extended-A/B letters, not the signs × ÷).
LATIN_LETTERS = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"

# --- spans that no step may rewrite ---------------------------------------------------
import codecs  # noqa: E402
import regex  # noqa: E402  (kept beside the patterns that need it)

# A URL: a scheme or "www." and then everything up to whitespace; trailing sentence
# punctuation and closing brackets are left outside the URL.
URL = regex.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"]*(?<![.,;:!?)\]'\"।॥])",
    regex.IGNORECASE,
)
# An e-mail address (ASCII local part and domain). It starts only where a run of
# local-part characters starts (the lookbehind): a start inside the run could never match,
# and trying each one made a search quadratic ("a" * 100_000 + "@" took 36 s).
EMAIL = regex.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)+"
)


def expand_class(spec: str) -> str:
    """The characters of a class written as for ``[...]`` (``"a-c\\u0981"`` → ``"abcঁ"``)."""
    out = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


# The UTF-16-LE encoder itself (``str.encode`` would first look the codec up by its name).
_utf_16_le = codecs.utf_16_le_encode


class AdjacentPairs:
    """A fast guard: may ``text`` hold a character of ``A`` directly followed by one of ``B``?

    Built from up to eight ``(A, B)`` pairs of sets of BMP characters (strings), it answers
    for all of them at once in a few C-level passes, where a regular expression would try
    a match at every occurrence of a common first character (every vowel sign, say).

    How: each character is reduced to the low byte of its UTF-16 code unit; one table maps
    a low byte to a bit for every pair in which it may come first, another to a bit for
    every pair in which it may come second. Read as integers, the first-role bits of each
    position ANDed with the second-role bits of the next position are non-zero wherever a
    listed pair occurs. A character from another block that shares a low byte can only
    raise a false alarm, never hide a pair: ``False`` is certain, ``True`` means "look
    closer" with the exact pattern.

    >>> guard = AdjacentPairs(("\\u09be\\u09bf", "\\u09be\\u09bf"))  # two vowel signs
    >>> guard.search("কাকি"), guard.search("কিি"), guard.find("কাকিি")
    (False, True, 3)
    """

    __slots__ = ("_first", "_second")

    def __init__(self, *pairs: tuple[str, str]) -> None:
        if not 1 <= len(pairs) <= 8:
            raise ValueError("AdjacentPairs takes one to eight (first, second) pairs")
        first, second = bytearray(256), bytearray(256)
        for bit, (firsts, seconds) in enumerate(pairs):
            for table, chars in ((first, firsts), (second, seconds)):
                for char in chars:
                    if ord(char) > 0xFFFF:
                        raise ValueError(f"{char!r} is outside the BMP")
                    table[ord(char) & 0xFF] |= 1 << bit
        self._first = bytes(first)
        self._second = bytes(second)

    def search(self, text: str) -> bool:
        """Whether ``text`` may hold one of the pairs (``False`` is certain)."""
        return self.find(text) >= 0

    def find(self, text: str) -> int:
        """An index at or before the first pair in ``text`` that a pair may start at, or -1.

        The index of the first alarm, false or not; 0 when the text has characters
        outside the BMP (their two UTF-16 units shift the count).
        """
        low = _utf_16_le(text, "surrogatepass")[0][::2]
        firsts = int.from_bytes(low.translate(self._first), "little")
        # The second roles read from the next character on: byte i of ``both`` is non-zero
        # where characters i and i + 1 may make a pair.
        both = firsts & int.from_bytes(low[1:].translate(self._second), "little")
        if not both:
            return -1
        if len(low) != len(text):
            return 0
        return ((both & -both).bit_length() - 1) // 8
