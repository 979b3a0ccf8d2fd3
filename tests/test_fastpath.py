"""The fast path of normalize gives the output of the straightforward composition.

``Normalize`` runs its sub-steps with guards shared between them (one pass for several
of them) and skips those with nothing to do; ``characters.reference_normalize`` runs every
sub-step in order on the whole text, with the full NFC. They must agree on every golden
vector input, every field and whole document of the corpus (../shared/data/corpus, beside
the project; those tests skip without it), and on seeded random strings, under the default
options and several other option sets. Also here: normalize is idempotent with the
``replace`` options on (a removal can bring together what the character rules fix).
"""

from __future__ import annotations

import json
import random
import unicodedata
from functools import lru_cache

import pytest

from bnclean import Normalize, characters, normalize
from bnclean.characters import reference_normalize
from bnclean.chars import expand_class
from tests.test_invariants import CORPUS, VECTORS

# Option sets under which the fast path is compared with the reference.
OPTION_SETS = {
    "default": {},
    "composed": {"nukta_form": "composed"},
    "to_ascii": {"digits": "to_ascii"},
    "to_bengali": {"digits": "to_bengali", "quotes": "keep"},
    "opt-ins": {"khanda_ta_heuristic": True, "legacy_prebase_fix": True,
                "digit_lookalikes": True},
    "as": {"lang": "as", "latin_I_danda": False},
    "remove": {"emoji": "remove", "numbers": "remove", "urls": "remove"},
    "tokens": {"urls": "<URL>", "emails": "<EMAIL>", "punctuation": "remove",
               "digits": "to_ascii"},
}

# Pieces of random strings: Bengali letters (with the precomposed nukta letters and the
# Assamese ones), marks, joiners, digits, dandas and their look-alikes, punctuation,
# quotes, spaces of every kind, line endings, invisibles, Latin, emoji, URLs, e-mails, and
# the sequences the rules repair.
LETTERS = expand_class("\u0985-\u098c\u098f\u0990\u0993-\u09a8\u09aa-\u09b0\u09b2\u09b6-\u09b9")
MARKS = expand_class("\u0981-\u0983\u09bc\u09be-\u09c4\u09c7\u09c8\u09cb-\u09cd\u09d7\u09e2")
PIECES = (
    list(LETTERS) * 3
    + list("\u09ce\u09dc\u09dd\u09df\u09f0\u09f1\u09e0\u0980\u098c\u09f7")  # ৎ ড় ঢ় য় ৰ ৱ ৠ ঀ ঌ ৷
    + list(MARKS) * 4
    + ["\u200c", "\u200d"] * 4  # ZWNJ, ZWJ
    + list("০১২৯") * 2 + list("0129")
    + list(" \t\n।॥|I?!,;.:()[]{}-\u2010\u2011\u2212\u2015…“”„‘’«»´\"'")
    + [" "] * 6 + ["  ", "   ", "\r\n", "\r", "\u2028", "\u0085"]
    + ["\u00a0", "\u202f", "\u3000", "\u200b", "\u00ad", "\u200e", "\ufeff", "\x07"]
    + list("aZé×") + ["e\u0301", "\u0301", "\U0001f600", "\U0001f1e9", "\U0001f469\u200d\U0001f4bb"]
    + ["ত\u09cd\u200d", "র\u09cd", "অ\u09be", "ব\u09bc", "\u09cd\u09df", "\u09c7\u09be",
       "\u09be\u09c7", "।।", "। ।", "....", "\u09cd\u09bc", "\u0981\u09be"]
    + ["https://x.com/a?b=১,২", "a@b.com", "www.Example.com|", " I ", "COVID-19", "১২.৫"]
)


def random_texts(seed: int, count: int, longest: int = 24) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) for _ in range(rng.randint(1, longest)))
        for _ in range(count)
    ]


def assert_same(text: str, options: dict) -> None:
    expected = reference_normalize(text, **options)
    assert normalize(text, **options) == expected, f"{options} {text!r}"


@lru_cache(maxsize=1)
def corpus_texts() -> list[str]:
    """Every field of every article, and every article as one document (its fields as
    lines, as benchmarks/bench_normalize.py --unit documents sends them)."""
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared beside the project)")
    texts = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            article = json.loads(line)
            fields = [article.get(f) or "" for f in ("headline", "sub_title", "article_body")]
            texts += [field for field in fields if field]
            texts.append("\n".join(fields))
    return texts


@pytest.mark.parametrize("options", OPTION_SETS.values(), ids=OPTION_SETS.keys())
def test_fast_path_equals_reference_on_vector_inputs(options: dict) -> None:
    for case in VECTORS:
        assert_same(case["input"], options)
        assert_same(case["input"], {**case.get("options", {}), **options})


@pytest.mark.parametrize("options", OPTION_SETS.values(), ids=OPTION_SETS.keys())
def test_fast_path_equals_reference_on_corpus(options: dict) -> None:
    for text in corpus_texts():
        assert_same(text, options)


@pytest.mark.parametrize("options", OPTION_SETS.values(), ids=OPTION_SETS.keys())
def test_fast_path_equals_reference_on_random_strings(options: dict) -> None:
    count = 20000 if not options else 5000
    for text in random_texts(seed=20261129, count=count):
        assert_same(text, options)


def test_fast_path_equals_reference_on_nfd_and_line_variants() -> None:
    for text in random_texts(seed=5, count=3000):
        for variant in (unicodedata.normalize("NFD", text), text.replace("\n", "\r\n"),
                        text.replace("\n", ""), text.replace(" ", "\u00a0")):
            assert_same(variant, {})


def test_fast_path_equals_reference_on_random_usual_strings() -> None:
    """Strings of the pieces that pass the one-pass guard (_unusual): normalize then takes
    the path that skips the search for NFC suspects, with nukta letters, virama + nukta,
    ে + া and ে + ৗ among them."""
    usual = [piece for piece in PIECES if characters._unusual().search(piece) is None]
    assert {"\u09df", "\u09cd\u09bc", "\u09c7\u09be", "।।", "\n", "“", "|", "…"} <= set(usual)
    quiet_pieces = [p for p in usual if characters._unusual(characters.LATE_FIX_CHARS).search(p) is None]
    rng = random.Random(29)
    quiet = 0
    for n in range(20000):
        # every other string without LATE_FIX_CHARS: the quiet path, with danda and dot runs
        text = "".join(rng.choice(quiet_pieces if n % 2 else usual) for _ in range(rng.randint(1, 40)))
        assert characters._unusual().search(text) is None
        quiet += characters._unusual(characters.LATE_FIX_CHARS).search(text) is None
        assert_same(text, {})
        assert_same(text, {"lang": "as", "latin_I_danda": False, "quotes": "keep"})
    assert 10000 <= quiet < 15000
    for longest in (1200, 3000):  # past SHORT_TEXT: the other branch of the fast path
        for _ in range(200):
            text = "".join(rng.choice(usual) for _ in range(rng.randint(longest // 2, longest)))
            assert_same(text, {})


def test_the_one_pass_guard_passes_only_printable_inert_characters() -> None:
    """What _unusual lets through is a line feed or a printable character that NFC
    leaves alone or changes only in the known ways; on all of the BMP and the emoji."""
    unusual = characters._unusual()
    passed = [chr(c) for c in [*range(0x10000), *range(0x1F000, 0x1FB00)]
              if unusual.match(chr(c)) is None]
    assert all(ch == "\n" or (ch.isprintable() and characters.NFC_SUSPECT.match(ch) is None)
               for ch in passed)
    late = characters._unusual(characters.LATE_FIX_CHARS)
    assert [ch for ch in passed if late.match(ch) is None] == [
        ch for ch in passed if ch not in characters.LATE_FIX_CHARS]
    assert len(passed) > 300  # ASCII, Latin-1 signs, Bengali, punctuation, currency


def test_every_layout_and_joiner_character_is_non_printable() -> None:
    """Normalize skips the layout and joiner sub-steps for a printable text."""
    acted_on = (
        "\r\u2028\u2029\u0085"  # line endings
        + expand_class(characters.INVISIBLE.pattern[1:-1])
        + characters.SPACE_VARIANTS
        + characters.ZWNJ + characters.ZWJ
    )
    assert all(not char.isprintable() for char in acted_on)
    assert len(acted_on) > 60


def test_the_shared_pair_guard_covers_the_guards_it_stands_for() -> None:
    guard = characters.SHARED_PAIRS
    for text in random_texts(seed=11, count=5000, longest=8):
        if (characters.MARK_TROUBLE.search(text) or characters.SPACING_PAIRS.search(text)
                or "  " in text or characters.A_AA_KAR.search(text)):
            assert guard.search(text), repr(text)


def test_the_pair_guard_before_nfc_covers_the_shared_pairs_after_it() -> None:
    """Normalize._run may look for the shared pairs before nfc (_nfc_and_alarm)."""
    before = characters.SHARED_PAIRS_BEFORE_NFC
    for letter, base in characters._NUKTA_LETTERS:  # a letter + nukta is no alarm by itself
        assert not characters.SHARED_PAIRS.search(base + characters.NUKTA)
        assert not before.search(letter)
    for text in random_texts(seed=12, count=20000, longest=8):
        if characters._needs_full_nfc(text):
            continue
        after = characters.nfc(text)
        composed = after != characters._decompose_nukta_letters(text)  # ে + া or ে + ৗ
        if composed or characters.SHARED_PAIRS.search(after):
            assert before.search(text), repr(text)


# --- idempotence with the replace options ------------------------------------------------

REPLACE_OPTION_SETS = {
    "emoji-numbers": {"emoji": "remove", "numbers": "remove"},
    "all-removed": {"urls": "remove", "emails": "remove", "emoji": "remove",
                    "numbers": "remove", "punctuation": "remove"},
    "tokens": {"urls": "<URL>", "emails": "<EMAIL>", "emoji": "<EMOJI>", "numbers": "<NUM>"},
    "punctuation": {"punctuation": "remove", "digits": "to_bengali"},
}


@pytest.mark.parametrize("text, expected", [
    ("ে9:ৎ|🇩ৎa", "ে:ৎ। ৎa"),  # the pipe now before a space is a danda
    (".🇩…", "..."),  # the dots meet: one ellipsis
    ("ক \u200c😀খ", "ক খ"),  # the ZWNJ now beside a space goes
])
def test_a_removal_is_repaired_at_once(text: str, expected: str) -> None:
    options = {"emoji": "remove", "numbers": "remove"}
    assert normalize(text, **options) == expected
    assert normalize(expected, **options) == expected


@pytest.mark.parametrize("options", REPLACE_OPTION_SETS.values(), ids=REPLACE_OPTION_SETS.keys())
def test_normalize_with_replace_options_is_idempotent_on_random_strings(options: dict) -> None:
    step = Normalize(**options)
    for text in random_texts(seed=314, count=6000):
        once = step(text)
        assert step(once) == once, f"{options} {text!r} -> {once!r}"
