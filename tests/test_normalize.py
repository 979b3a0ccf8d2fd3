"""normalize() and convert_digits(): the golden vectors, hand-checked rules, options, errors.

The golden vectors are tests/data/normalize.jsonl (a copy of the shared dev set; schema:
``id``, ``category``, ``input``, ``expected``, ``why``, optional ``options`` and
``uncertain``). Every other expected value below was written from spec/unicode.md and
spec/policy.md and checked by hand, not copied from the output of the code.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
from pathlib import Path

import pytest

import bnclean
from bnclean import Normalize, convert_digits, normalize

VECTORS_PATH = Path(__file__).parent / "data" / "normalize.jsonl"
VECTORS = [json.loads(line) for line in VECTORS_PATH.read_text("utf-8").splitlines() if line]
HAS_MOJIBAKE = importlib.util.find_spec("bnclean.mojibake") is not None

# Vectors whose expected value we believe is wrong, with the reason (strict xfail).
# Every vector currently passes, uncertain ones included, so this is empty.
DISPUTED: dict[str, str] = {}


def _marks(case: dict) -> list:
    marks = []
    if case["id"] in DISPUTED:
        marks.append(pytest.mark.xfail(reason=DISPUTED[case["id"]], strict=True))
    if case.get("options", {}).get("fix_mojibake") and not HAS_MOJIBAKE:
        marks.append(pytest.mark.skip(reason="bnclean.mojibake is not written yet"))
    return marks


@pytest.mark.parametrize(
    "case",
    [pytest.param(case, id=case["id"], marks=_marks(case)) for case in VECTORS],
)
def test_golden_vector(case: dict) -> None:
    assert normalize(case["input"], **case.get("options", {})) == case["expected"], case["why"]


def test_vector_file_is_complete() -> None:
    ids = [case["id"] for case in VECTORS]
    assert len(ids) == len(set(ids)) == 96
    assert all(case["category"] != "sentence" for case in VECTORS)


# --- rules the vectors do not cover, checked by hand against the spec -------------------

HAND_CHECKED = [
    # (id, input, options, expected)
    ("cr-alone", "আমি\rতুমি", {}, "আমি\nতুমি"),
    ("line-separators", "ক\u2028খ\u2029গ\u0085ঘ", {}, "ক\nখ\nগ\nঘ"),
    ("lines-kept", "ক\n\n\nখ\n", {}, "ক\n\n\nখ\n"),
    ("lines-trimmed", "  ক  \n\t খ \t", {}, "ক\nখ"),
    ("tab-inside-line", "ক\tখ", {}, "ক খ"),
    ("c0-c1-controls", "ক\x00\x07খ\x1b\x7f\x9fগ", {}, "কখগ"),
    ("bom-wj-shy", "\ufeffক\u2060খ\u00adগ", {}, "কখগ"),
    ("bidi-isolates", "\u2066ক\u2069 \u061cখ", {}, "ক খ"),
    ("thin-and-en-space", "ক\u2009খ\u2002গ", {}, "ক খ গ"),
    # ZWJ/ZWNJ seen in the bdnews corpus
    ("zwj-before-virama", "জন\u200d\u09cd\u09af", {}, "জন\u09cd\u09af"),
    ("zwnj-before-virama", "ম\u200c\u09cd\u09af\u09be\u099a", {}, "ম\u09cd\u09af\u09be\u099a"),
    ("zwnj-ra-yaphala", "র\u200c\u09cd\u09af\u09be\u09ac", {}, "র\u200d\u09cd\u09af\u09be\u09ac"),
    ("zwj-ra-yaphala-kept", "র\u200d\u09cd\u09af\u09be\u09ac", {}, "র\u200d\u09cd\u09af\u09be\u09ac"),
    ("zwnj-visible-hasanta", "হৃদ\u09cd\u200cরোগ", {}, "হৃদ\u09cd\u200cরোগ"),
    ("zwnj-inside-word", "মো\u200cদি", {}, "মোদি"),
    ("zwj-between-letters", "প্র\u200dয়াত", {}, "প্রয়াত"),
    ("joiner-run-after-virama", "উদ\u09cd\u200c\u200d\u200cযাপন", {}, "উদ\u09cd\u200cযাপন"),
    ("zwnj-persian-kept", "می\u200cخواهم", {}, "می\u200cخواهم"),
    ("joiner-next-to-space", "বলেন, \u200c‘আমি’", {}, "বলেন, 'আমি'"),
    ("emoji-family-kept", "\U0001f468\u200d\U0001f469\u200d\U0001f467 পরিবার",
     {}, "\U0001f468\u200d\U0001f469\u200d\U0001f467 পরিবার"),
    # khanda ta
    ("kt-zwnj-kept-with-heuristic", "সত\u09cd\u200cকার", {"khanda_ta_heuristic": True},
     "সত\u09cd\u200cকার"),
    ("kt-heuristic-off-by-default", "উত\u09cdসব", {}, "উত\u09cdসব"),
    # marks
    ("anusvara-candrabindu", "হ\u09cd\u09af\u09be\u0982\u0981", {}, "হ\u09cd\u09af\u09be\u0981\u0982"),
    ("double-nukta-after-precomposed", "বা\u09dc\u09bc", {}, "বাড\u09bc"),
    ("double-virama", "ক\u09cd\u09cdষ", {}, "ক\u09cdষ"),
    ("double-anusvara", "বাংংলা", {}, "বাংলা"),
    ("independent-i-with-i-kar", "ই\u09bfলিশ", {}, "ইলিশ"),
    ("independent-e-with-e-kar", "এ\u09c7ক", {}, "এক"),
    ("a-aa-kar", "অ\u09beম", {}, "আম"),
    ("nukta-after-i-kar-of-dda", "বাড\u09bf\u09bc", {}, "বাড\u09bc\u09bf"),
    ("nukta-on-ja-kept", "জ\u09bcি", {}, "জ\u09bcি"),
    ("au-split-by-candrabindu", "প\u09c7\u0981\u09d7ছ", {}, "প\u09cc\u0981ছ"),
    ("e-typed-twice-before-aa", "ক\u09c7\u09c7\u09be", {}, "ক\u09cb"),
    ("ya-phala-after-ra-zwj", "র\u200d\u09cd\u09df\u09be\u09ac", {}, "র\u200d\u09cd\u09af\u09be\u09ac"),
    ("e-aa-kar-after-joiner-removal", "ক\u09c7\u200c\u09be", {}, "ক\u09cb"),
    # letters
    ("assamese-kept-in-as", "\u09f0\u09be\u09a4 \u09f1", {"lang": "as"}, "\u09f0\u09be\u09a4 \u09f1"),
    ("assamese-wa-nukta", "\u09f1\u09bcাত", {}, "রাত"),
    # dandas
    ("currency-four-as-danda", "গেছেন\u09f7 আল্লাহ", {}, "গেছেন। আল্লাহ"),
    ("currency-four-glued", "খাই\u09f7তুমি", {}, "খাই। তুমি"),
    ("currency-four-in-ana-notation", "\u09f7\u09f9", {}, "\u09f7\u09f9"),
    ("double-pipe-dateline", "ময়মনসিংহ প্রতিনিধি || ঢাকাগামী", {},
     "ময়মনসিংহ প্রতিনিধি || ঢাকাগামী"),
    ("pipe-between-date-and-time", "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ১৩:১২", {},
     "প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ১৩:১২"),
    ("pipe-after-digits-at-end", "২০২৫ |", {}, "২০২৫ |"),
    ("compact-table-row", "|নাম|বয়স|", {}, "|নাম|বয়স|"),
    ("pipe-before-quote", "সে বলল, \"খাই|\"", {}, "সে বলল, \"খাই।\""),
    ("two-pipe-dandas", "খাই| তুমি যাও|", {}, "খাই। তুমি যাও।"),
    ("latin-i-off", "আমি খাই I", {"latin_I_danda": False}, "আমি খাই I"),
    ("latin-i-in-english", "I think I can", {}, "I think I can"),
    ("latin-i-after-two-spaces", "আমি খাই  I", {}, "আমি খাই।"),
    ("spaced-double-danda", "হরি বল। ।", {}, "হরি বল॥"),
    ("full-stop-never-danda", "এটা শেষ. ওটা শুরু", {}, "এটা শেষ. ওটা শুরু"),
    # punctuation
    ("quotes-keep", "“আমি” ‘তুমি’", {"quotes": "keep"}, "“আমি” ‘তুমি’"),
    ("single-quotes", "‘তুমি’ ‚সে‛ ´", {}, "'তুমি' 'সে' '"),
    ("angle-and-low-quotes", "«আমি» „সে‟", {}, "\"আমি\" \"সে\""),
    ("primes-kept", "৫′ ৬″", {}, "৫′ ৬″"),
    ("hyphen-variants", "ক\u2010খ\u2012গ\ufe63ঘ\uff0dঙ", {}, "ক-খ-গ-ঘ-ঙ"),
    ("horizontal-bar", "আমি\u2015তুমি", {}, "আমি\u2014তুমি"),
    ("ellipsis", "আমি…", {}, "আমি..."),
    ("ellipsis-and-dot", "আমি….", {}, "আমি..."),
    ("three-dots-kept", "না...", {}, "না..."),
    ("no-space-before", "হ্যাঁ , না ; কেন ! ঠিক )", {}, "হ্যাঁ, না; কেন! ঠিক)"),
    ("space-after-before-letter", "কেন?আমি!তুমি;সে॥ও", {}, "কেন? আমি! তুমি; সে॥ ও"),
    ("no-space-before-digit", "১২,৩৪,৫৬৭", {}, "১২,৩৪,৫৬৭"),
    ("brackets", "[ আমি ]  { তুমি }", {}, "[আমি] {তুমি}"),
    ("emphasis-kept", "কী!!! কেন??", {}, "কী!!! কেন??"),
    ("colon-never-visarga", "সময়: ১০টা", {}, "সময়: ১০টা"),
    ("url-query-untouched", "দেখুন https://x.com/?q=বাংলা,আমি ।", {},
     "দেখুন https://x.com/?q=বাংলা,আমি।"),
    ("url-with-curly-quote-and-pipe", "সূত্র: www.example.com/a|b “খবর”", {},
     "সূত্র: www.example.com/a|b \"খবর\""),
    ("email-untouched", "লিখুন a.b@x.com ,ধন্যবাদ", {}, "লিখুন a.b@x.com, ধন্যবাদ"),
    # digits
    ("time-to-bengali", "10:30-এ আসবে", {"digits": "to_bengali"}, "১০:৩০-এ আসবে"),
    ("identifiers-kept", "COVID-19 mp3 A4 (H5N1)", {"digits": "to_bengali"},
     "COVID-19 mp3 A4 (H5N1)"),
    ("mixed-to-bengali", "২০১৯-20", {"digits": "to_bengali"}, "২০১৯-২০"),
    ("decimal-to-bengali", "3.5 কেজি", {"digits": "to_bengali"}, "৩.৫ কেজি"),
    ("suffix-to-ascii", "১০টা ১ম ২য় ৪র্থ", {"digits": "to_ascii"}, "10টা 1ম 2য় 4র্থ"),
    ("latin-token-to-ascii", "COVID-১৯", {"digits": "to_ascii"}, "COVID-19"),
    ("url-bengali-digits-kept", "https://bn.example.com/১২ ১২", {"digits": "to_ascii"},
     "https://bn.example.com/১২ 12"),
    ("lookalike-anji", "১ঀ৫২", {"digit_lookalikes": True}, "১৭৫২"),
    ("lookalike-at-end-of-number", "১৯৭ঌ সালে", {"digit_lookalikes": True}, "১৯৭৯ সালে"),
    ("lookalike-letter-kept", "ঌকার ১২", {"digit_lookalikes": True}, "ঌকার ১২"),
    ("lookalike-off-by-default", "১ঌ৭১", {}, "১ঌ৭১"),
    # composed nukta
    ("composed-all-three", "বাড\u09bcি \u09a2\u09bc\u09beক \u09af\u09bc", {"nukta_form": "composed"},
     "বা\u09dcি \u09dd\u09beক \u09df"),
    ("composed-from-precomposed", "\u09dc", {"nukta_form": "composed"}, "\u09dc"),
    # latin, emoji, other scripts pass through
    ("latin-untouched", "Hello, World! It's 10:30.", {}, "Hello, World! It's 10:30."),
    ("nfc-only-not-nfkc", "x² ﬁ ①", {}, "x² ﬁ ①"),
    ("latin-combining-composed", "cafe\u0301", {}, "café"),
]


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [pytest.param(text, options, expected, id=name) for name, text, options, expected in HAND_CHECKED],
)
def test_hand_checked_rule(text: str, options: dict, expected: str) -> None:
    assert normalize(text, **options) == expected


def test_normalize_never_removes_a_line() -> None:
    text = "প্রথম\n\n   \n\u200b\nশেষ"
    assert normalize(text).count("\n") == text.count("\n")


# --- convert_digits ---------------------------------------------------------------------


def test_convert_digits_both_ways() -> None:
    assert convert_digits("০১২৩৪৫৬৭৮৯") == "0123456789"
    assert convert_digits("0123456789", to="bengali") == "০১২৩৪৫৬৭৮৯"
    assert convert_digits("১২,৩৪,৫৬৭.৫০ টাকা", to="ascii") == "12,34,567.50 টাকা"


def test_convert_digits_protects_urls_emails_and_identifiers() -> None:
    text = "https://example.com/2023/05 a@b.com 4G 12"
    assert convert_digits(text, to="bengali") == "https://example.com/2023/05 a@b.com 4G ১২"


@pytest.mark.parametrize("to", ["ascii", "bengali"])
def test_convert_digits_is_the_normalize_step(to: str) -> None:
    text = "দাম ১২৩ টাকা, 45 টাকা"
    step = Normalize(digits=f"to_{to}")
    assert dict(step.steps)["convert_digits"](text) == convert_digits(text, to=to)


# --- Normalize: options, steps, explain, pickling -----------------------------------------


def test_defaults_match_the_policy() -> None:
    assert Normalize().options == {
        "nukta_form": "decomposed", "digits": "keep", "quotes": "ascii", "lang": "bn",
        "khanda_ta_heuristic": False, "legacy_prebase_fix": False,
        "digit_lookalikes": False, "fix_mojibake": False, "latin_I_danda": True,
        "urls": "keep", "emails": "keep", "emoji": "keep", "numbers": "keep",
        "punctuation": "keep",
    }


def test_default_steps_in_processing_order() -> None:
    assert [name for name, _ in Normalize().steps] == [
        "normalize_line_endings", "remove_invisibles", "normalize_spaces", "nfc",
        "repair_khanda_ta", "fix_joiners", "fix_mark_order", "assamese_to_bengali",
        "repair_letters", "fix_dandas", "fold_quotes", "fix_punctuation", "tidy_whitespace",
    ]


def test_optional_steps_are_placed_by_their_options() -> None:
    names = [name for name, _ in Normalize(
        legacy_prebase_fix=True, khanda_ta_heuristic=True, digit_lookalikes=True,
        digits="to_ascii", quotes="keep", lang="as", nukta_form="composed").steps]
    assert names.index("legacy_prebase_fix") < names.index("fix_mark_order")
    assert names.index("repair_letters") < names.index("khanda_ta_heuristic")
    assert names.index("digit_lookalikes") < names.index("convert_digits")
    assert "fold_quotes" not in names and "assamese_to_bengali" not in names
    assert names[-1] == "compose_nukta"


@pytest.mark.parametrize("options", [
    {"legacy_prebase_fix": True, "khanda_ta_heuristic": True, "digit_lookalikes": True,
     "digits": "to_ascii", "nukta_form": "composed"},
    {"latin_I_danda": False, "digits": "to_bengali"},
], ids=["opt-ins", "bound-options"])
def test_every_step_name_is_a_public_function_of_that_name(options: dict) -> None:
    from bnclean import characters

    for name, func in Normalize(**options).steps:
        assert getattr(characters, name) is getattr(func, "func", func), name


def test_explain_names_the_sub_steps_that_changed_the_text() -> None:
    report = Normalize().explain("চঁাদ ।")
    assert report.output == "চাঁদ।"
    assert report.changed_by == ["fix_mark_order", "fix_punctuation"]


def test_normalize_pickles_compares_and_hashes_by_options() -> None:
    step = Normalize(digits="to_bengali", quotes="keep")
    again = pickle.loads(pickle.dumps(step))
    assert again == step and hash(again) == hash(step)
    assert again.steps == step.steps
    assert again("“12”") == "“১২”"
    assert Normalize() != step


def test_normalize_is_cached_per_option_set() -> None:
    from bnclean.characters import _cached_normalizer

    normalize("ক", digits="to_ascii", quotes="keep")
    before = _cached_normalizer.cache_info().hits
    normalize("খ", quotes="keep", digits="to_ascii")
    assert _cached_normalizer.cache_info().hits == before + 1


def test_normalize_step_name_for_pipelines() -> None:
    assert Normalize.name == "normalize"
    assert bnclean.build_pipeline().names[0] == "normalize"


def test_replace_options_are_wired_when_not_keep() -> None:
    pytest.importorskip("bnclean.replace")
    names = [name for name, _ in Normalize(urls="remove").steps]
    assert names[-3:] == ["replace", "nfc", "tidy_whitespace"]
    assert "replace" not in [name for name, _ in Normalize().steps]


def test_mojibake_step_runs_first() -> None:
    pytest.importorskip("bnclean.mojibake")
    assert Normalize(fix_mojibake=True).steps[0][0] == "fix_mojibake"


# --- errors (policy section 7) ----------------------------------------------------------


@pytest.mark.parametrize("func", [normalize, convert_digits, Normalize()],
                         ids=["normalize", "convert_digits", "Normalize"])
def test_bytes_says_decode_first(func) -> None:
    with pytest.raises(TypeError, match="bytes.*decode it first"):
        func("আমি".encode())


@pytest.mark.parametrize("func", [normalize, convert_digits], ids=["normalize", "convert_digits"])
@pytest.mark.parametrize("value", [None, 3, ["আমি"]], ids=["None", "int", "list"])
def test_non_str_names_the_type(func, value) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        func(value)


def test_unknown_option_lists_the_valid_ones() -> None:
    with pytest.raises(TypeError, match="'nukta'.*valid options are:.*nukta_form"):
        normalize("আমি", nukta="composed")
    with pytest.raises(TypeError, match="valid options are"):
        Normalize(digit="to_ascii")


@pytest.mark.parametrize(
    ("option", "value", "choices"),
    [
        ("nukta_form", "precomposed", "'decomposed', 'composed'"),
        ("digits", "bengali", "'keep', 'to_ascii', 'to_bengali'"),
        ("quotes", "curly", "'ascii', 'keep'"),
        ("lang", "bengali", "'bn', 'as'"),
    ],
)
def test_bad_value_lists_the_choices(option: str, value: str, choices: str) -> None:
    with pytest.raises(ValueError, match=choices):
        normalize("আমি", **{option: value})


def test_flags_must_be_bool() -> None:
    with pytest.raises(TypeError, match="True or False"):
        normalize("আমি", khanda_ta_heuristic="yes")


def test_unhashable_option_value_still_gets_a_clear_error() -> None:
    with pytest.raises(ValueError, match="to_ascii"):
        normalize("আমি", digits=["to_ascii"])


def test_convert_digits_bad_target_lists_choices() -> None:
    with pytest.raises(ValueError, match="'ascii', 'bengali'"):
        convert_digits("১২", to="latin")
    with pytest.raises(TypeError, match="unexpected keyword"):
        convert_digits("১২", direction="ascii")  # type: ignore[call-arg]


# --- the examples in the docstrings and in docs/normalize.md run ----------------------------


def test_docstring_and_doc_examples() -> None:
    import doctest

    from bnclean import characters, chars

    for module in (characters, chars):
        assert doctest.testmod(module).failed == 0, module.__name__
    doc = Path(__file__).resolve().parents[1] / "docs" / "normalize.md"
    assert doctest.testfile(str(doc), module_relative=False).failed == 0


def test_every_sub_step_is_documented() -> None:
    """A sub-step's name is its function, its label in steps/explain and its doc heading."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "normalize.md").read_text("utf-8")
    step = Normalize(legacy_prebase_fix=True, khanda_ta_heuristic=True, digit_lookalikes=True,
                     digits="to_ascii", nukta_form="composed")
    names = {name for name, _ in step.steps} | {"fix_mojibake", "replace"}
    for name in names:
        assert f"### `{name}`" in doc, name
