"""Invariants of normalize (spec/unicode.md section 0.3) on every vector, the corpus and
random strings; the proof that the targeted NFC equals NFC; linear time on adversarial input.

I1 output is NFC (except nukta_form="composed"); I2 idempotence; I3 NFC and NFD forms of
an input give the same output; I5 NEGATIVE vectors are fixed points; and nothing raises.
The corpus (../shared/data/corpus/bdnews-bn.jsonl beside the project) is third-party text
that is never copied into the repository: its tests skip when it is absent.
"""

from __future__ import annotations

import json
import random
import timeit
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest
import regex
import unicodedata2

import bnclean
from bnclean import Normalize, characters, convert_digits, normalize
from bnclean.chars import AdjacentPairs, expand_class


ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bdnews-bn.jsonl"
VECTORS = [
    json.loads(line)
    for line in (ROOT / "tests" / "data" / "normalize.jsonl").read_text("utf-8").splitlines()
    if line
]

# Option sets the invariants are checked under (the opt-in rules and both digit modes).
OPTION_SETS = [
    {},
    {"nukta_form": "composed"},
    {"digits": "to_ascii"},
    {"digits": "to_bengali", "quotes": "keep"},
    {"khanda_ta_heuristic": True, "legacy_prebase_fix": True, "digit_lookalikes": True},
    {"lang": "as", "latin_I_danda": False},
]
OPTION_IDS = ["default", "composed", "to_ascii", "to_bengali", "heuristics", "as"]


def nfc(text: str) -> str:
    return unicodedata2.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata2.normalize("NFD", text)


def check_invariants(text: str, options: dict) -> str:
    """Assert I1-I3 for one input under one option set; return the output."""
    out = normalize(text, **options)
    assert normalize(out, **options) == out, f"not idempotent: {text!r} -> {out!r}"
    if options.get("nukta_form") != "composed":
        assert nfc(out) == out, f"output not NFC: {text!r} -> {out!r}"
    assert normalize(nfc(text), **options) == out, f"NFC input differs: {text!r}"
    assert normalize(nfd(text), **options) == out, f"NFD input differs: {text!r}"
    return out


# --- every vector ------------------------------------------------------------------------


@pytest.mark.parametrize("case", VECTORS, ids=[case["id"] for case in VECTORS])
def test_invariants_on_vector(case: dict) -> None:
    if case.get("options", {}).get("fix_mojibake"):
        pytest.importorskip("bnclean.mojibake")
    options = case.get("options", {})
    check_invariants(case["input"], options)
    check_invariants(case["expected"], options)
    if case["why"].startswith("NEGATIVE"):
        assert normalize(case["input"], **options) == case["input"]


@pytest.mark.parametrize("options", OPTION_SETS, ids=OPTION_IDS)
def test_invariants_on_every_vector_input_under_every_option_set(options: dict) -> None:
    for case in VECTORS:
        check_invariants(case["input"], options)


def test_clean_is_idempotent_on_vectors() -> None:
    for case in VECTORS:
        out = bnclean.clean(case["input"])
        assert bnclean.clean(out) == out, case["id"]


# --- the corpus --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def corpus_articles() -> list[dict]:
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared beside the project)")
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def corpus_paragraphs() -> list[str]:
    return [
        article[field]
        for article in corpus_articles()
        for field in ("headline", "sub_title", "article_body")
        if article.get(field)
    ]


@pytest.mark.parametrize("options", OPTION_SETS, ids=OPTION_IDS)
def test_invariants_on_corpus(options: dict) -> None:
    for paragraph in corpus_paragraphs():
        check_invariants(paragraph, options)


def test_normalize_keeps_every_line_of_corpus_pages() -> None:
    for article in corpus_articles():
        page = "\n".join(article.get(f) or "" for f in ("headline", "sub_title", "article_body"))
        assert normalize(page).count("\n") == page.count("\n")


def test_clean_is_idempotent_on_corpus() -> None:
    for article in corpus_articles():
        page = "\n".join(article.get(f) or "" for f in ("headline", "sub_title", "article_body"))
        out = bnclean.clean(page)
        assert bnclean.clean(out) == out, article.get("url")


def test_targeted_nfc_equals_nfc_on_corpus() -> None:
    for paragraph in corpus_paragraphs():
        assert characters.nfc(paragraph) == nfc(paragraph)
        assert characters.nfc(nfd(paragraph)) == nfc(paragraph)


# --- random strings ----------------------------------------------------------------------

LETTERS = expand_class("\u0985-\u098c\u098f\u0990\u0993-\u09a8\u09aa-\u09b0\u09b2\u09b6-\u09b9")
PIECES = (
    list(LETTERS) * 2
    + list("\u09ce\u09dc\u09dd\u09df\u09f0\u09f1\u09e0\u0980")  # ৎ ড় ঢ় য় ৰ ৱ ৠ ঀ
    + list(expand_class("\u0981-\u0983\u09bc\u09be-\u09c4\u09c7\u09c8\u09cb-\u09cd\u09d7\u09e2")) * 4
    + ["\u200c", "\u200d"] * 4  # ZWNJ, ZWJ
    + list(" \t\n।॥|I৷?!,;.:()[]-\u2011…“”‘’\"'")
    + ["  ", "\r\n", "\u00a0", "\u200b", "\u00ad", "\u202f", "\ufeff", "\x07"]
    + list("০১২৯0129aZé") + ["\u0301", "\U0001f600", "\U0001f469\u200d\U0001f4bb"]
    + ["ত\u09cd", "র\u09cd", "অ\u09be", "ব\u09bc", "\u09cd\u09df", "\u09c7\u09be", "।।", "...."]
    + ["https://x.com/a?b=১,২", "a@b.com", "www.Example.com|"]
)


def random_texts(seed: int, count: int, longest: int = 16) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) for _ in range(rng.randint(1, longest)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("options", OPTION_SETS, ids=OPTION_IDS)
def test_invariants_on_random_strings(options: dict) -> None:
    for text in random_texts(seed=20261129, count=3000):
        check_invariants(text, options)


def test_every_sub_step_is_idempotent_on_random_strings() -> None:
    steps = dict(Normalize(legacy_prebase_fix=True, khanda_ta_heuristic=True,
                           digit_lookalikes=True, digits="to_bengali").steps)
    steps.update(Normalize(digits="to_ascii", nukta_form="composed",
                           latin_I_danda=False).steps)
    for text in random_texts(seed=7, count=8000, longest=24):
        for name, step in steps.items():
            once = step(text)
            assert step(once) == once, f"{name} is not idempotent on {text!r}"


# --- the targeted NFC is NFC --------------------------------------------------------------

# Characters that can change under NFC or change their neighbours: combining marks of
# several classes, precomposed letters, singletons, Hangul, other Indic nuktas and viramas.
NFC_TRICKY = list(
    "\u0300\u0301\u0327\u0338\u093c\u094d\u09fe\u0b3c\u0b4d\u00e9\u00c5\u212b\u2126\u1100"
    "\u1161\uac00\u0958\u09dc\u09dd\u09df\u09cb\u09cc\u09c7\u09be\u09d7\u09bc\u09cd"
    "\u2000\u2001\u0340\u0344\u0f73\u1e0a\u0345\U0001d15e"
)


def test_targeted_nfc_equals_nfc_on_random_strings() -> None:
    rng = random.Random(99)
    bengali_block = [chr(c) for c in range(0x0980, 0x0A00)]
    alphabet = bengali_block + NFC_TRICKY * 3 + list("aeoAO ।,\u200c\u200d")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        assert characters.nfc(text) == nfc(text), repr(text)


def composition_seconds() -> set[str]:
    """Characters that NFC may compose with a character before them (NFC_QC=Maybe)."""
    seconds = set()
    for code in range(0x110000):
        decomposition = unicodedata2.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = [chr(int(part, 16)) for part in decomposition.split()]
            if len(parts) == 2 and nfc("".join(parts)) == chr(code):
                seconds.add(parts[1])
    return seconds


def test_every_nfc_inert_character_really_is() -> None:
    """Each character the targeted NFC treats as inert has class 0, is NFC on its own,
    never composes with a character before it, and decomposes (canonically) into
    class-0 characters only; so a string of them is NFC."""
    inert = expand_class(characters._NFC_INERT)
    assert len(inert) > 4000
    seconds = composition_seconds()
    assert "\u09be" in seconds and "\u0301" in seconds
    for char in inert:
        name = f"U+{ord(char):04X}"
        assert unicodedata2.combining(char) == 0, name
        assert nfc(char) == char, name
        assert char not in seconds, name
        assert all(unicodedata2.combining(c) == 0 for c in nfd(char)), name


def test_bengali_outside_the_inert_set_is_exactly_the_known_cases() -> None:
    inert = set(expand_class(characters._NFC_INERT))
    special = {chr(c) for c in range(0x0980, 0x0A00) if chr(c) not in inert}
    # The marks and letters nfc handles itself, the sandhi mark (class 230), and the
    # unassigned U+09FF (left to the full NFC in case a later Unicode assigns it).
    assert special == set("\u09bc\u09be\u09cd\u09d7\u09dc\u09dd\u09df\u09fe\u09ff")


# --- the mark guard never misses ----------------------------------------------------------

VOWEL_SIGNS = "\u09be-\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7\u09e2\u09e3"
MARK_PAIRS_REFERENCE = regex.compile(
    f"[\u0981-\u0983][\u0981-\u0983\u09bc{VOWEL_SIGNS}]"
    f"|[{VOWEL_SIGNS}][\u09bc{VOWEL_SIGNS}]"
    "|\u09bc\u09bc|\u09cd\u09cd"
    f"|[\u0985-\u098c\u098f\u0990\u0993\u0994\u09e0\u09e1][{VOWEL_SIGNS}]"
)


def test_mark_guard_finds_every_pair_it_guards() -> None:
    for text in random_texts(seed=3, count=20000, longest=8):
        if MARK_PAIRS_REFERENCE.search(text):
            assert characters.MARK_TROUBLE.search(text), repr(text)


def test_adjacent_pairs_false_alarm_and_limits() -> None:
    guard = AdjacentPairs(("a", "b"))
    assert guard.search("xab") and not guard.search("ba a b")
    assert guard.search("\u0961b")  # shares a's low byte: a false alarm, allowed
    with pytest.raises(ValueError):
        AdjacentPairs()
    with pytest.raises(ValueError):
        AdjacentPairs(("\U0001f600", "a"))


# --- linear time on adversarial input (policy section 7) ----------------------------------

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "candrabindu": lambda n: "\u0981" * n,
    "aa-kar": lambda n: "ক" + "\u09be" * n,
    "nukta": lambda n: "ড" + "\u09bc" * n,
    "virama": lambda n: "ক" + "\u09cd" * n,
    "mark-soup": lambda n: ("\u09c7\u0981\u09be\u09bc\u0982\u09d7" * n)[:n],
    "o-kar-halves": lambda n: ("\u09be\u09c7" * n)[:n],
    "au-halves": lambda n: ("\u09d7\u09cc\u09c7" * n)[:n],
    "prebase": lambda n: "\u09bf" * n + "ক",
    "prebase-cluster": lambda n: "\u09c7" + "ক\u09cd" * (n // 2),
    "dots": lambda n: "." * n,
    "ellipses": lambda n: "…" * n,
    "pipes": lambda n: "|" * n,
    "word-pipes": lambda n: "ক|" * (n // 2),
    "spaced-pipes": lambda n: "ক |" * (n // 3),
    "spaces": lambda n: "ক" + " " * n + "x",
    "tabs": lambda n: " \t" * (n // 2),
    "spaces-before-comma": lambda n: " " * n + ",",
    "open-bracket-spaces": lambda n: "(" + " " * n,
    "dandas": lambda n: "।" * n,
    "spaced-dandas": lambda n: "। " * (n // 2),
    "danda-letters": lambda n: "।ক" * (n // 2),
    "currency-four": lambda n: "\u09f7" * n,
    "latin-i": lambda n: "I" * n,
    "latin-i-spaced": lambda n: "ক" + " " * n + "I",
    "zwnj": lambda n: "\u200c" * n,
    "zwj-between": lambda n: "ক" + "\u200d" * n + "খ",
    "ra-virama-zwj": lambda n: "র\u09cd" + "\u200d" * n + "x",
    "ta-virama": lambda n: "ত\u09cd" * (n // 2),
    "newlines": lambda n: " \n" * (n // 2),
    "invisibles": lambda n: "\u200b\u00ad\u200e" * (n // 3),
    "nbsp": lambda n: "\u00a0" * n,
    "digits": lambda n: "1" * n,
    "lookalikes": lambda n: "১ঌ" * (n // 2),
    "url": lambda n: "https://" + "." * n,
    "www": lambda n: "www." * (n // 4),
    "email-ish": lambda n: "a" * n + "@b",
    "quotes": lambda n: "“" * n,
}
def assert_linear(func: Callable[[int], object], n: int) -> None:
    """Fail if ``func(8 * n)`` takes more than 40 times ``func(n)`` (linear: about 8 times,
    quadratic: about 64). Like tests/linear.py, with a floor of 2 ms for the small run, so
    that a fast function is not failed by a pause of a loaded machine."""
    small = max(min(timeit.repeat(lambda: func(n), number=1, repeat=3)), 2e-3)
    large = min(timeit.repeat(lambda: func(8 * n), number=1, repeat=3))
    assert large < 40 * small, f"n={n}: {small:.4f}s, n={8 * n}: {large:.4f}s"


ALL_RULES = Normalize(
    legacy_prebase_fix=True, khanda_ta_heuristic=True, digit_lookalikes=True,
    digits="to_bengali",
)


@pytest.mark.parametrize("family", list(ADVERSARIAL), ids=list(ADVERSARIAL))
def test_linear_time_on_adversarial_input(family: str) -> None:
    make = ADVERSARIAL[family]
    assert_linear(lambda n: normalize(make(n)), n=12_500)
    assert_linear(lambda n: ALL_RULES(make(n)), n=12_500)


@pytest.mark.parametrize("to", ["ascii", "bengali"])
def test_convert_digits_linear(to: str) -> None:
    assert_linear(lambda n: convert_digits(("১2a " * n)[:n], to=to), n=12_500)


def test_the_linear_check_fails_on_quadratic_work() -> None:
    with pytest.raises(AssertionError, match="n=4000"):
        assert_linear(lambda n: sum(1 for i in range(n) for _ in range(i // 50)), n=4000)


def test_100k_adversarial_strings_complete() -> None:
    """The policy's sizes: 100k repeated marks, dots, pipes, spaces, dandas, joiners."""
    for make in ADVERSARIAL.values():
        normalize(make(100_000))
