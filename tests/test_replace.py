"""Replace / replace_entities: opt-in URL, e-mail, emoji, number and punctuation replacement.

Expected values are worked out by hand from the rules in docs/replacements.md.
"""

from __future__ import annotations

import pickle
import random
import re
from pathlib import Path

import pytest

import bnclean
from bnclean.chars import EMAIL, URL
from bnclean.replace import SPACE_OR_PUNCTUATION_SPLIT, Replace, latin_tokens, replace_entities
from tests.linear import assert_linear
from tests.test_invariants import corpus_articles

ZWJ = "\u200d"  # zero width joiner
ZWNJ = "\u200c"  # zero width non-joiner
VS16 = "\ufe0f"  # variation selector-16 (emoji presentation)
KEYCAP = "\u20e3"  # combining enclosing keycap

TOKENS = dict(urls="<URL>", emails="<EMAIL>", emoji="<EMOJI>", numbers="<NUM>", punctuation="<P>")
REMOVE = {name: "remove" for name in TOKENS}


def check(text: str, expected: str, **options: str) -> None:
    """``replace_entities`` gives ``expected``, ``Replace`` agrees, and the result is stable."""
    assert replace_entities(text, **options) == expected
    step = Replace(**options)
    assert step(text) == expected
    assert step(expected) == expected  # idempotent (removal) / token stable (token modes)


# --- URLs and e-mails ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("বিস্তারিত: https://www.prothomalo.com/bangladesh/123 দেখুন।", {"urls": "<URL>"},
         "বিস্তারিত: <URL> দেখুন।"),
        ("বিস্তারিত: https://www.prothomalo.com/bangladesh/123 দেখুন।", {"urls": "remove"},
         "বিস্তারিত: দেখুন।"),
        # the danda after the URL is not part of it, and no space is left before it
        ("দেখুন www.bbc.com/bengali।", {"urls": "<URL>"}, "দেখুন <URL>।"),
        ("দেখুন www.bbc.com/bengali।", {"urls": "remove"}, "দেখুন।"),
        ("https://x.com শুরুতে", {"urls": "remove"}, "শুরুতে"),
        ("যোগাযোগ: info@bdnews24.com বা news@prothomalo.com", {"emails": "<EMAIL>"},
         "যোগাযোগ: <EMAIL> বা <EMAIL>"),
        ("যোগাযোগ: info@bdnews24.com বা news@prothomalo.com", {"emails": "remove"},
         "যোগাযোগ: বা"),
        # e-mails before URLs: an address on a www. host is one e-mail, never user@<URL>
        ("ঠিকানা user@www.example.com", {"urls": "<URL>", "emails": "<EMAIL>"},
         "ঠিকানা <EMAIL>"),
        ("ঠিকানা user@www.example.com", {"urls": "<URL>"}, "ঠিকানা user@www.example.com"),
        # an address inside a URL belongs to the URL
        ("লিংক https://example.com/?to=a@b.com", {"emails": "<EMAIL>"},
         "লিংক https://example.com/?to=a@b.com"),
        ("লিংক https://example.com/?to=a@b.com", {"urls": "<URL>", "emails": "<EMAIL>"},
         "লিংক <URL>"),
        # nothing to match
        ("আমি ভাত খাই।", {"urls": "<URL>", "emails": "remove"}, "আমি ভাত খাই।"),
        ("সে বলল @রহিম ঠিক", {"emails": "remove"}, "সে বলল @রহিম ঠিক"),
    ],
)
def test_urls_and_emails(text: str, options: dict[str, str], expected: str) -> None:
    check(text, expected, **options)


# --- emoji ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("emoji", "why"),
    [
        ("😀", "single emoji"),
        ("👩" + ZWJ + "💻", "ZWJ sequence"),
        ("👨" + ZWJ + "👩" + ZWJ + "👧", "family ZWJ sequence"),
        ("🇧🇩", "flag: regional-indicator pair"),
        ("👍🏽", "skin-tone modifier"),
        ("1" + VS16 + KEYCAP, "keycap"),
        ("#" + VS16 + KEYCAP, "keycap #"),
        ("❤" + VS16, "heart with VS16"),
        ("❤", "heart without VS16"),
        ("©" + VS16, "copyright sign asked to be an emoji"),
        ("🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "subdivision flag"),
        ("🏽", "a lone skin-tone swatch"),
        ("😀" + ZWJ, "dangling ZWJ goes with the emoji"),
    ],
)
def test_emoji_cluster_is_one_token(emoji: str, why: str) -> None:
    check(f"দল {emoji} জিতেছে", "দল <EMOJI> জিতেছে", emoji="<EMOJI>")
    check(f"দল {emoji} জিতেছে", "দল জিতেছে", emoji="remove")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("অভিনন্দন 🇧🇩🇮🇳 দল", "অভিনন্দন <EMOJI><EMOJI> দল"),  # two flags
        ("ভালো😀😀লাগছে", "ভালো<EMOJI><EMOJI>লাগছে"),  # two clusters
    ],
)
def test_emoji_tokens_per_cluster(text: str, expected: str) -> None:
    check(text, expected, emoji="<EMOJI>")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("খুব ভালো 😀😀 লাগছে ❤️", "খুব ভালো লাগছে"),
        ("ভালো😀লাগছে", "ভালো লাগছে"),  # removal never joins two words
        ("😀 শুরু", "শুরু"),
        ("এক 😀\n😀 দুই", "এক\nদুই"),  # trims the line ends it changed, keeps the lines
    ],
)
def test_emoji_removal_spacing(text: str, expected: str) -> None:
    check(text, expected, emoji="remove")


@pytest.mark.parametrize(
    "text",
    [
        "র" + ZWJ + "্যাব",  # ZWJ in র‍্য
        "সত্" + ZWNJ + "কার",  # ZWNJ after hasanta
        "কর্ম" + ZWJ + "ী",
        "১২৩ 123",  # digits alone
        "# ট্যাগ * তারকা",  # # and * alone
        "© প্রথম আলো ™ ‼ ↔",  # text-style pictographs without VS16
        "আমি ভাত খাই।",
    ],
)
def test_emoji_never_matches(text: str) -> None:
    check(text, text, emoji="<EMOJI>")
    check(text, text, emoji="remove")


# --- numbers -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১২,৩৪,৫৬৭ টাকা", "<NUM> টাকা"),  # lakh grouping is one number
        ("৩.৫ কেজি", "<NUM> কেজি"),  # decimal
        ("সভা 10.30-এ শুরু", "সভা <NUM>-এ শুরু"),  # time with a dot, suffix attached
        ("সময় ১০:৩০", "সময় <NUM>"),
        ("তারিখ ১২/০৫/২০২৩", "তারিখ <NUM>"),
        ("২০১৯-২০ অর্থবছর", "<NUM>-<NUM> অর্থবছর"),  # a hyphen range is two numbers
        ("১০টা বাজে", "<NUM>টা বাজে"),  # classifier stays attached
        ("১ম, ২য় ও ৪র্থ", "<NUM>ম, <NUM>য় ও <NUM>র্থ"),  # ordinals
        ("মোট ১০০, বাকি ৫০।", "মোট <NUM>, বাকি <NUM>।"),  # trailing comma is not part of it
        ("দাম ২০১৯-20 টাকা", "দাম <NUM>-<NUM> টাকা"),
        ("COVID-19, H5N1, mp3, 4G", "COVID-19, H5N1, mp3, 4G"),  # Latin-letter tokens
        ("দেখুন https://example.com/2023/05", "দেখুন https://example.com/2023/05"),
        ("লিখুন a1@b2.com ১২", "লিখুন a1@b2.com <NUM>"),
        ("নম্বর 1" + VS16 + KEYCAP, "নম্বর 1" + VS16 + KEYCAP),  # a kept keycap stays whole
        ("আমি ভাত খাই।", "আমি ভাত খাই।"),
    ],
)
def test_numbers_token(text: str, expected: str) -> None:
    check(text, expected, numbers="<NUM>")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("দাম ১০০ টাকা", "দাম টাকা"),
        ("১২,৩৪,৫৬৭ টাকা", "টাকা"),
        ("মোট ১০০।", "মোট।"),
    ],
)
def test_numbers_remove(text: str, expected: str) -> None:
    check(text, expected, numbers="remove")


def test_number_next_to_an_inserted_token_is_still_a_number() -> None:
    # the <E> inserted by the emoji pass holds no letter of the text
    check("দাম😀১০ টাকা", "দাম<E><NUM> টাকা", emoji="<E>", numbers="<NUM>")
    check("ব্যবহার😀mp3 ফাইল", "ব্যবহার<E>mp3 ফাইল", emoji="<E>", numbers="<NUM>")


def test_latin_token_split_by_punctuation_that_goes_too() -> None:
    # With punctuation also replaced, the hyphen no longer holds COVID-19 together; the
    # numbers pass sees the tokens the punctuation pass leaves, so a second run agrees.
    check("COVID-19 ও H5N1", "COVID<P><NUM> ও H5N1", numbers="<NUM>", punctuation="<P>")
    check("COVID-19 ও H5N1", "COVID ও H5N1", numbers="remove", punctuation="remove")
    check("সংস্করণ v1.2 ও mp3", "সংস্করণ v1.2 ও mp3", numbers="<NUM>", punctuation="<P>")
    check("ফাইল_2.txt", "ফাইল<P><NUM><P>txt", numbers="<NUM>", punctuation="<P>")


def test_latin_tokens() -> None:
    text = "আমি COVID-19 ও H5N1 mp3"
    assert [text[a:b] for a, b in latin_tokens(text)] == ["COVID-19", "H5N1", "mp3"]
    text = "ab <E>১০ x1<E>২ ১<E>y"
    separators = [(3, 6), (11, 14), (17, 20)]  # the three <E>
    assert [text[a:b] for a, b in latin_tokens(text, separators)] == ["ab", "x1", "y"]
    # split also at punctuation, but not at a separator between two digits
    text = "১.২v x ১.v a,1,2b 9:30am আমি(COVID)"
    found = [text[a:b] for a, b in latin_tokens(text, (), SPACE_OR_PUNCTUATION_SPLIT)]
    assert found == ["১.২v", "x", "v", "a", "1,2b", "9:30am", "COVID"]


def test_numbers_token_with_digits_is_stable() -> None:
    check("দাম ১২,৫০০ টাকা", "দাম 0 টাকা", numbers="0")


def test_token_is_literal_text() -> None:
    # a backslash or group reference in a token is not a substitution template
    check("দাম ১২ টাকা", "দাম \\g<0>\\1 টাকা", numbers="\\g<0>\\1")


# --- punctuation ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"আমি" বললাম, (তুমি) কে? দুঃখ ৳৫০০! এ.কে. খান... ১২,৫০০।',
         "আমি বললাম তুমি কে দুঃখ ৳৫০০ এ কে খান ১২,৫০০"),
        ("হরি বল॥", "হরি বল"),  # double danda
        ("আমি।\nতুমি।", "আমি\nতুমি"),  # lines are never joined
        ("খাই।তুমি", "খাই তুমি"),  # removal never joins two words
        ("আমি , তুমি", "আমি তুমি"),  # no double space left
        ("« শিরোনাম »", "শিরোনাম"),  # line ends trimmed
        ("আমি  তুমি।", "আমি  তুমি"),  # spaces the removal did not create are not touched
        ("a+b=c | d", "a b c d"),  # ASCII punctuation symbols
        ("ঢাকা-চট্টগ্রাম", "ঢাকা চট্টগ্রাম"),
        ("১০.৩০ থেকে ১২:৪৫", "১০.৩০ থেকে ১২:৪৫"),  # separators inside numbers stay
        ("দেখুন: https://x.com/a?b=c&d=e, ভালো।", "দেখুন https://x.com/a?b=c&d=e ভালো"),
        ("মেইল: info@x.com।", "মেইল info@x.com"),
        ("a@b.com?.c@d.com", "a@b.com .c@d.com"),  # two kept addresses are not glued
    ],
)
def test_punctuation_remove(text: str, expected: str) -> None:
    check(text, expected, punctuation="remove")


@pytest.mark.parametrize(
    "text",
    [
        "দুঃখ",  # visarga is a letter sign
        "ক্ষমা বড়ো চাঁদ উৎসব",  # hasanta, nukta, candrabindu, khanda ta
        "দাম ৳৫০০",  # taka sign is a currency symbol
        "কʼরে",  # U+02BC modifier letter apostrophe is a letter
        "আমি ভাত খাই",
    ],
)
def test_punctuation_never_touches(text: str) -> None:
    check(text, text, punctuation="remove")
    check(text, text, punctuation="<P>")


def test_punctuation_token_per_run() -> None:
    check("কে? হ্যাঁ!!! ঠিক...", "কে<P> হ্যাঁ<P> ঠিক<P>", punctuation="<P>")
    check("আমি, (তুমি)", "আমি<P> <P>তুমি<P>", punctuation="<P>")


def test_punctuation_does_not_break_inserted_tokens() -> None:
    check("সূত্র: https://x.com।", "সূত্র <URL>", urls="<URL>", punctuation="remove")
    check("সূত্র: https://x.com।", "সূত্র<P> <URL><P>", urls="<URL>", punctuation="<P>")


# --- all together --------------------------------------------------------------------

def test_all_tokens_in_order() -> None:
    text = "মেইল info@x.com, সাইট https://x.com/1 😀 দাম ১২,৫০০ টাকা!"
    expected = "মেইল <EMAIL><P> সাইট <URL> <EMOJI> দাম <NUM> টাকা<P>"
    check(text, expected, **TOKENS)


def test_all_removed() -> None:
    text = "মেইল info@x.com, সাইট https://x.com/1 😀 দাম ১২,৫০০ টাকা!\nদ্বিতীয় লাইন।"
    check(text, "মেইল সাইট দাম টাকা\nদ্বিতীয় লাইন", **REMOVE)


def test_identity() -> None:
    text = "মেইল info@x.com 😀 ১২,৫০০ টাকা!"
    step = Replace()
    assert step.is_identity
    assert step(text) is text
    assert replace_entities(text) is text
    assert not Replace(emoji="remove").is_identity
    assert Replace.name == "replace"


def test_frozen_equal_and_pickles() -> None:
    step = Replace(urls="<URL>", punctuation="remove")
    assert step == Replace(urls="<URL>", punctuation="remove")
    assert hash(step) == hash(Replace(urls="<URL>", punctuation="remove"))
    with pytest.raises(AttributeError):
        step.urls = "remove"  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(step))
    assert copy == step
    assert copy("দেখুন: https://x.com।") == "দেখুন <URL>"


# --- the examples in docs/replacements.md -------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "replacements.md"
DOC_ROW = re.compile(r"^\| `(.+?)` \| `(.+?)` \| `(.*?)` \|$")
DOC_OPTION = re.compile(r'(\w+)="([^"]*)"')


def _doc_examples() -> list[tuple[dict[str, str], str, str]]:
    rows = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        row = DOC_ROW.match(line)
        if row and DOC_OPTION.match(row.group(1)):
            rows.append((dict(DOC_OPTION.findall(row.group(1))), row.group(2), row.group(3)))
    return rows


def test_docs_have_examples() -> None:
    assert len(_doc_examples()) >= 15


@pytest.mark.parametrize(("options", "text", "expected"), _doc_examples())
def test_docs_examples(options: dict[str, str], text: str, expected: str) -> None:
    check(text, expected, **options)


PEER_OPTIONS = dict(urls="<URL>", emails="<EMAIL>", numbers="<NUMBER>", emoji="remove",
                    punctuation="<PUNC>")


def _peer_rows() -> list[tuple[str, str]]:
    """(input, bnclean output) of the comparison table, whose rows have four cells."""
    rows = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        if len(cells) == 4 and all(c.startswith("`") and c.endswith("`") for c in cells[:2]):
            rows.append((cells[0][1:-1], cells[1][1:-1]))
    return rows


def test_docs_peer_table() -> None:
    rows = _peer_rows()
    assert len(rows) == 5
    for text, expected in rows:
        check(text, expected, **PEER_OPTIONS)


def test_docstring_examples() -> None:
    import doctest

    import bnclean.mojibake
    import bnclean.replace

    for module in (bnclean.replace, bnclean.mojibake):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


# --- errors --------------------------------------------------------------------------

@pytest.mark.parametrize("option", list(TOKENS))
def test_bad_option_values(option: str) -> None:
    with pytest.raises(ValueError, match="'keep', 'remove'"):
        Replace(**{option: ""})
    with pytest.raises(TypeError, match=f"{option} must be a str.*got NoneType"):
        Replace(**{option: None})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got bool True"):
        replace_entities("ক", **{option: True})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="line break"):
        Replace(**{option: "<A>\n"})
    with pytest.raises(ValueError, match="did you mean 'remove'"):
        Replace(**{option: "Remove"})  # a typo, not a token


def test_unknown_option_and_bad_text() -> None:
    with pytest.raises(TypeError, match="url"):
        replace_entities("ক", url="<URL>")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="decode it first"):
        replace_entities(b"\xe0\xa6\x95")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expects str"):
        Replace(emoji="remove")(None)  # type: ignore[arg-type]


# --- linear time ---------------------------------------------------------------------

ADVERSARIAL = {
    "dots": ".",
    "flags": "🇧",
    "one-comma": "1,",
    "zwj-between-emoji": "😀" + ZWJ,
    "zwj": ZWJ,
    "space-dot": " .",
    "spaces": " ",
    "digit-letter": "1a",
    "letters": "a",  # a run of e-mail local-part characters
    "dotted-letters": "a.",
    "at": "a@",
    "www": "www.",
    "fe0f": VS16,
    "keycap": "1" + KEYCAP,
    "bengali": "আমি ভাত খাই। ",
    "token-letters": "<NUM>1a<EMOJI>",  # letters inside and next to replacement tokens
    "emoji-digit": "😀1",
}


@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
@pytest.mark.parametrize("mode", ["tokens", "remove"])
def test_linear_time(unit: str, mode: str) -> None:
    step = Replace(**(TOKENS if mode == "tokens" else REMOVE))
    assert_linear(lambda n: step(unit * n), n=20_000 if len(unit) < 4 else 5_000)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "a" * n + "@",  # quadratic in chars.EMAIL before its lookbehind (36 s at 100k)
        lambda n: "a." * n + "@",
        lambda n: "a@" + "-" * n,
        lambda n: "www." + "." * n,
    ],
    ids=["letters-at", "dotted-at", "at-dashes", "www-dots"],
)
def test_shared_patterns_linear(make: object) -> None:
    assert_linear(lambda n: (EMAIL.search(make(n)), URL.search(make(n))))  # type: ignore[operator]
    assert_linear(lambda n: replace_entities(make(n), urls="<URL>"))  # type: ignore[operator]


def test_long_adversarial_inputs_complete() -> None:
    n = 100_000
    assert replace_entities("." * n, punctuation="remove") == ""
    assert replace_entities("🇧" * n, emoji="<E>") == "<E>" * (n // 2)
    assert replace_entities("1," * n, numbers="<N>") == "<N>,"
    assert replace_entities(("😀" + ZWJ) * n + "😀", emoji="<E>") == "<E>"


# --- invariants on the bdnews corpus (third-party, read in place, skipped when absent) ---

BENGALI_NOT_DIGIT = re.compile("[\u0980-\u09E5\u09F0-\u09FF]")  # letters, marks, signs


@pytest.mark.parametrize(
    "options",
    [REMOVE, TOKENS, {"punctuation": "remove"}, {"numbers": "remove", "emoji": "remove"}],
    ids=["all-remove", "all-tokens", "punctuation", "numbers-emoji"],
)
def test_invariants_on_corpus(options: dict[str, str]) -> None:
    step = Replace(**options)
    keeps_bengali = options.get("urls", "keep") == "keep"  # a removed URL may hold Bengali
    for article in corpus_articles():
        page = "\n".join(article.get(f) or "" for f in ("headline", "sub_title", "article_body"))
        out = step(page)
        assert step(out) == out  # idempotent, tokens stable
        assert out.count("\n") == page.count("\n")  # no line joined or dropped
        assert out.count("  ") <= page.count("  ")  # removal leaves no double space
        for before, after in zip(page.split("\n"), out.split("\n")):
            assert not after.startswith(" ") or before.startswith(" ")
            assert not after.endswith(" ") or before.endswith(" ")
        if keeps_bengali:
            assert BENGALI_NOT_DIGIT.findall(out) == BENGALI_NOT_DIGIT.findall(page)


# --- random strings of the tricky pieces: invariants hold for every option set ---------

PIECES = [*"আমিক্ষ়ঁৎঃ।॥১২৩০ 0129.,:/-()[]!?\"'@#*_<>\n\t", "😀", ZWJ, ZWNJ, "🇧", "🇩", "🏽", VS16,
          KEYCAP, "©", "❤", "a", "b", "x.com", "www.", "https://", "a@b.com", "<URL>", "<E>",
          "<NUM>", "<P>", "COVID-19", "\u00a0", "৳"]
RANDOM_OPTION_SETS = [
    TOKENS, REMOVE, {"punctuation": "remove"}, {"numbers": "<NUM>"},
    {"emoji": "remove", "numbers": "remove"}, {"urls": "remove", "punctuation": "<P>"},
    {"emails": "<EMAIL>", "punctuation": "remove"}, {"numbers": "<NUM>", "punctuation": " "},
]


@pytest.mark.parametrize("options", RANDOM_OPTION_SETS)
def test_invariants_on_random_strings(options: dict[str, str]) -> None:
    rng = random.Random(20261129)
    step = Replace(**options)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        out = step(text)
        assert step(out) == out, text
        assert out.count("\n") == text.count("\n"), text


# --- through the public API (normalize / clean options) ------------------------------

def normalize_accepts(**options: object) -> bool:
    """Whether normalize() knows these options yet (characters.py wires them in)."""
    try:
        bnclean.normalize("", **options)
    except TypeError as error:
        if "unexpected" in str(error):
            return False
        raise
    return True


needs_wiring = pytest.mark.skipif(
    not normalize_accepts(**TOKENS),
    reason="normalize() has no urls/emails/emoji/numbers/punctuation options yet",
)


@needs_wiring
@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("বিস্তারিত: https://x.com/a দেখুন।", {"urls": "<URL>"}, "বিস্তারিত: <URL> দেখুন।"),
        ("লিখুন info@x.com এ।", {"emails": "<EMAIL>"}, "লিখুন <EMAIL> এ।"),
        ("আমি ভাত খাই। 😀", {"emoji": "remove"}, "আমি ভাত খাই।"),
        ("দাম ১২,৫০০ টাকা।", {"numbers": "<NUM>"}, "দাম <NUM> টাকা।"),
        ("আমি, তুমি।", {"punctuation": "remove"}, "আমি তুমি"),
        ("আমি ভাত খাই।", {}, "আমি ভাত খাই।"),
    ],
)
def test_through_normalize(text: str, options: dict[str, str], expected: str) -> None:
    assert bnclean.normalize(text, **options) == expected
    assert bnclean.normalize(expected, **options) == expected


@needs_wiring
def test_through_clean() -> None:
    assert bnclean.clean("সূত্র: https://x.com/a।", urls="<URL>") == "সূত্র: <URL>।"


@needs_wiring
def test_normalize_rejects_bad_replacement_option() -> None:
    with pytest.raises((TypeError, ValueError)):
        bnclean.normalize("ক", urls="")
