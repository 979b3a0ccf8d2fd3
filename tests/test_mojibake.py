"""fix_mojibake: UTF-8 Bengali decoded as cp1252 or latin-1 (unicode.md sections 0.4 and 7).

The mojibake inputs are written as escapes worked out by hand from the UTF-8 bytes of each
letter (ক U+0995 = E0 A6 95, and cp1252 shows 0x95 as U+2022 bullet), so the tests do not
depend on the encoder they check against.
"""

from __future__ import annotations

import random
import sys

import pytest

import bnclean
from bnclean.mojibake import fix_mojibake, has_bengali_mojibake
from tests.linear import assert_linear
from tests.test_replace import normalize_accepts

AMI_BHAT_KHAI = "আমি ভাত খাই।"


def cp1252_as_browsers(data: bytes) -> str:
    """Decode cp1252 the way browsers do: the five undefined bytes become C1 controls."""
    return "".join(
        chr(b) if b < 0x80 or b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in data
    )


def test_golden_enc_01_cp1252() -> None:
    # enc-01: the soft hyphen U+00AD (the last byte of ভ) must be treated as a byte.
    mojibake = AMI_BHAT_KHAI.encode("utf-8").decode("cp1252")
    assert "\u00ad" in mojibake  # soft hyphen: the test covers the §0.4 trap
    assert fix_mojibake(mojibake) == AMI_BHAT_KHAI


def test_golden_latin1_variant() -> None:
    mojibake = AMI_BHAT_KHAI.encode("utf-8").decode("latin-1")
    assert fix_mojibake(mojibake) == AMI_BHAT_KHAI


@pytest.mark.parametrize(
    ("mojibake", "expected"),
    [
        # আমি: E0 A6 86 (0x86 = † U+2020), E0 A6 AE (®), E0 A6 BF (¿)
        ("\u00e0\u00a6\u2020\u00e0\u00a6\u00ae\u00e0\u00a6\u00bf", "\u0986\u09ae\u09bf"),
        # ভাত: ভ ends in 0xAD, shown as the soft hyphen U+00AD
        ("\u00e0\u00a6\u00ad\u00e0\u00a6\u00be\u00e0\u00a6\u00a4", "\u09ad\u09be\u09a4"),
        # ঠিক: ঠ ends in 0xA0, shown as the no-break space U+00A0; ক ends in 0x95 (•)
        ("\u00e0\u00a6\u00a0\u00e0\u00a6\u00bf\u00e0\u00a6\u2022", "\u09a0\u09bf\u0995"),
        # ক latin-1: 0x95 is the C1 control U+0095
        ("\u00e0\u00a6\u0095", "\u0995"),
        # ক্ষ: the hasanta ends in 0x8D, undefined in cp1252, so a C1 control stands for it
        ("\u00e0\u00a6\u2022\u00e0\u00a7\u008d\u00e0\u00a6\u00b7", "\u0995\u09cd\u09b7"),
        # the other letters with an undefined byte: candrabindu, e, ai, jha, u-kar
        ("\u00e0\u00a6\u0081", "\u0981"),  # candrabindu
        ("\u00e0\u00a6\u008f", "\u098f"),  # এ
        ("\u00e0\u00a6\u0090", "\u0990"),  # ঐ
        ("\u00e0\u00a6\u009d", "\u099d"),  # ঝ
        ("\u00e0\u00a6\u2022\u00e0\u00a7\u0081", "\u0995\u09c1"),  # কু
        # danda E0 A5 A4 inside a Bengali run
        ("\u00e0\u00a6\u2022\u00e0\u00a5\u00a4", "\u0995\u0964"),  # ক।
        # ৳১০০ (taka sign and Bengali digits, E0 A7 xx)
        ("\u00e0\u00a7\u00b3\u00e0\u00a7\u00a7\u00e0\u00a7\u00a6\u00e0\u00a7\u00a6", "৳১০০"),
    ],
)
def test_repairs_letters(mojibake: str, expected: str) -> None:
    assert fix_mojibake(mojibake) == expected


@pytest.mark.parametrize(
    "original",
    [
        "উৎসব",  # khanda ta (E0 A7 8E: 0x8E = Ž)
        "র\u200d্যাব",  # ZWJ E2 80 8D: 0x8D undefined in cp1252
        "সত্\u200cকার",  # ZWNJ E2 80 8C
        "ঝুঁকি এবং ঐক্য",
        "\u201cআমি\u201d \u2014 তুমি",  # curly quotes (E2 80 9D: undefined 0x9D) and em dash
        "আমি 😀 খুশি",  # a four-byte emoji inside the Bengali run
        "দাম ১২,৫০০ টাকা (৳)",
        "Dhaka: আজ বৃষ্টি হবে।",  # English inside the run: ASCII is the same bytes
    ],
)
@pytest.mark.parametrize("decode", ["cp1252-browser", "latin-1"])
def test_round_trip(original: str, decode: str) -> None:
    data = original.encode("utf-8")
    mojibake = cp1252_as_browsers(data) if decode == "cp1252-browser" else data.decode("latin-1")
    assert mojibake != original
    assert fix_mojibake(mojibake) == original


def test_twice_misdecoded_is_repaired() -> None:
    once = AMI_BHAT_KHAI.encode("utf-8").decode("cp1252")
    twice = once.encode("utf-8").decode("cp1252")
    assert twice.startswith("\u00c3\u00a0\u00c2\u00a6")  # à -> Ã + no-break space, ¦ -> Â¦
    assert fix_mojibake(twice) == AMI_BHAT_KHAI


def test_mixed_document_repairs_only_the_mojibake_lines() -> None:
    line = "বাংলাদেশ জিতেছে।".encode("utf-8").decode("cp1252")
    broken = "খবরের শিরোনাম।\n" + line + "\ncafé naïve"
    assert fix_mojibake(broken) == "খবরের শিরোনাম।\nবাংলাদেশ জিতেছে।\ncafé naïve"


def test_mojibake_run_inside_correct_bengali_line() -> None:
    # আমি + (ভাত as mojibake) + খাই: only the run is decoded, correct letters stay.
    text = "আমি \u00e0\u00a6\u00ad\u00e0\u00a6\u00be\u00e0\u00a6\u00a4 খাই।"
    assert fix_mojibake(text) == AMI_BHAT_KHAI


@pytest.mark.parametrize(
    "text",
    [
        AMI_BHAT_KHAI,  # enc-02: correct Bengali
        "café",
        "naïve résumé Ångström",
        "Ã©tÃ©",  # Latin mojibake decodes to "été": not Bengali, left to ftfy
        "ðŸ˜€",  # emoji mojibake alone: not Bengali
        "à¦",  # lead bytes with no continuation
        "à¦ à¦ à¦",
        "\u00e0\u00a6\ufffd",  # a byte lost to U+FFFD cannot be recovered
        "price: 5 €, ½ off ¦ x",
        "",
        "plain ASCII text.",
        "আমি\u00ad ভাত\u00a0খাই",  # real soft hyphen and no-break space next to Bengali
    ],
)
def test_leaves_other_text_alone(text: str) -> None:
    assert fix_mojibake(text) == text


def test_idempotent() -> None:
    samples = [
        AMI_BHAT_KHAI.encode("utf-8").decode("cp1252"),
        AMI_BHAT_KHAI.encode("utf-8").decode("latin-1"),
        AMI_BHAT_KHAI.encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252"),
        "Ã©tÃ© à¦",
        "café \u00e0\u00a6\u2020",
    ]
    for text in samples:
        once = fix_mojibake(text)
        assert fix_mojibake(once) == once


PIECES = [*"আমিভাতখাই।ক্ষৎঁঃ়ৌ০১৯ ,.-", "\n", "\u200d", "\u200c", "café", "naïve", "€", "😀",
          "“", "”", "—", "abc", "\u00a0", "\u00ad", "৳"]


@pytest.mark.parametrize("decode", ["cp1252-browser", "latin-1"])
def test_random_round_trips(decode: str) -> None:
    rng = random.Random(20261129)
    for _ in range(3000):
        original = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
        assert fix_mojibake(original) == original  # nothing to repair
        data = original.encode("utf-8")
        broken = cp1252_as_browsers(data) if decode == "cp1252-browser" else data.decode("latin-1")
        repaired = fix_mojibake(broken)
        assert fix_mojibake(repaired) == repaired
        if any("\u0980" <= char <= "\u09ff" for char in original):
            assert repaired == original, original
        else:
            assert repaired == broken, original  # no Bengali: left to ftfy


def test_has_bengali_mojibake() -> None:
    assert has_bengali_mojibake(AMI_BHAT_KHAI.encode("utf-8").decode("cp1252"))
    assert not has_bengali_mojibake(AMI_BHAT_KHAI)
    assert not has_bengali_mojibake("café")


@pytest.mark.parametrize("bad", [b"\xe0\xa6\x86", None, 3])
def test_type_errors(bad: object) -> None:
    with pytest.raises(TypeError, match="fix_mojibake\\(\\) expects str"):
        fix_mojibake(bad)  # type: ignore[arg-type]


def test_bytes_error_says_decode() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        fix_mojibake(b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "unit",
    [
        "\u00e0\u00a6",  # lead bytes without a continuation
        "\u00e0\u00a6 ",
        "\u00c3",  # a two-byte lead, 100k times
        "\u00c3\u00a9",  # Latin mojibake that decodes but is not Bengali
        "\u00e0",
        "\u00a6",  # continuation bytes with no lead
        "\u00e0\u00a6\u2020",  # real Bengali mojibake: repaired
        "a",
    ],
)
def test_linear_time(unit: str) -> None:
    assert_linear(lambda n: fix_mojibake(unit * n))


def test_one_megabyte_adversarial_completes() -> None:
    text = "\u00e0\u00a6" * 500_000  # 1M characters of à¦ with no valid continuation
    assert fix_mojibake(text) == text
    text = "\u00c3" * 100_000
    assert fix_mojibake(text) == text
    text = "\u00e0\u00a6" + " " * 1_000_000 + "\u00e0\u00a6\u2020"
    assert fix_mojibake(text) == "\u00e0\u00a6" + " " * 1_000_000 + "\u0986"


# --- other scripts, with the optional ftfy -------------------------------------------

def test_other_scripts_with_ftfy() -> None:
    pytest.importorskip("ftfy")
    latin = "It\u00e2\u20ac\u2122s caf\u00c3\u00a9"  # "It’s café" through cp1252
    assert fix_mojibake(latin) == latin  # not Bengali: left alone by default
    assert fix_mojibake(latin, other_scripts=True) == "It\u2019s caf\u00e9"
    mixed = AMI_BHAT_KHAI.encode("utf-8").decode("cp1252") + "\n" + latin
    assert fix_mojibake(mixed, other_scripts=True) == AMI_BHAT_KHAI + "\nIt\u2019s caf\u00e9"
    assert fix_mojibake(AMI_BHAT_KHAI, other_scripts=True) == AMI_BHAT_KHAI


def test_other_scripts_without_ftfy_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ftfy", None)  # import ftfy now raises ImportError
    with pytest.raises(ImportError, match='pip install "bnclean\\[mojibake\\]"'):
        fix_mojibake("caf\u00c3\u00a9", other_scripts=True)
    # the Bengali repair itself never needs ftfy
    assert fix_mojibake(AMI_BHAT_KHAI.encode("utf-8").decode("cp1252")) == AMI_BHAT_KHAI


def test_other_scripts_must_be_bool() -> None:
    with pytest.raises(TypeError, match="other_scripts must be True or False"):
        fix_mojibake("ক", other_scripts="yes")  # type: ignore[arg-type]


# --- through the public API (normalize(fix_mojibake=True)) ---------------------------

needs_wiring = pytest.mark.skipif(
    not normalize_accepts(fix_mojibake=True),
    reason="normalize() has no fix_mojibake option yet",
)


@needs_wiring
def test_normalize_fix_mojibake_golden() -> None:
    mojibake = AMI_BHAT_KHAI.encode("utf-8").decode("cp1252")
    assert bnclean.normalize(mojibake, fix_mojibake=True) == AMI_BHAT_KHAI


@needs_wiring
def test_normalize_fix_mojibake_negative_enc_02() -> None:
    assert bnclean.normalize(AMI_BHAT_KHAI, fix_mojibake=True) == AMI_BHAT_KHAI
    assert bnclean.normalize("café", fix_mojibake=True) == "café"


@needs_wiring
def test_normalize_without_fix_mojibake_keeps_it_off() -> None:
    # Off by default: the mojibake is not decoded (the soft hyphen is then removed as an
    # invisible character, which is why the repair must come first).
    mojibake = AMI_BHAT_KHAI.encode("utf-8").decode("cp1252")
    assert bnclean.normalize(mojibake) != AMI_BHAT_KHAI
