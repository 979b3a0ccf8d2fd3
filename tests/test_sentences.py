"""Sentence splitting (policy section 6, unicode.md section 6).

Golden cases: ``tests/data/sentences.jsonl`` (one JSON object a line: ``id``, ``text``,
``sentences`` = the expected list, ``phenomena``, ``hard`` = a judgement call). Each case is
a test named by its id; a hard case that bnclean gets wrong is a strict xfail with the reason,
so that fixing it shows up. Invariants (exact substrings, offsets, iterator, idempotence) are
checked over every case and, when ``../shared`` is present, over the news corpus.
"""

from __future__ import annotations

import doctest
import importlib.util
import json
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

import bnclean
from bnclean import clean, explain, iter_sentences, sentence_spans, split_sentences
from bnclean.sentences import SentencePerLine, Splitter, _default_table

from .linear import assert_linear

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus"
CASES = [json.loads(line) for line in (HERE / "data" / "sentences.jsonl").open(encoding="utf-8")]

# Hard cases bnclean does not get right, and why (strict xfail: a fix makes them fail).
KNOWN_MISSES = {
    "s-120": "খ্রি. before এর: a date abbreviation that here also ends the sentence; "
    "'১৪৫৯ খ্রি. এর পরে' would be one sentence, nothing local tells them apart",
    "s-131": "এম.এ. at the end of a sentence with no terminator after it; "
    "'এম.এ. পাস করেছেন' is the common reading",
    "s-217": "a short quoted sentence inside a sentence ('আমি আছি।' কথাটা): a terminator "
    "inside quotes followed by a closing quote and a space is a boundary (s-066, s-093)",
}


def _case_params():
    for case in CASES:
        marks = []
        if case["id"] in KNOWN_MISSES:
            assert case["hard"], f"{case['id']} is not hard: it must pass"
            marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[case["id"]], strict=True))
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_case_params()))
def test_golden(case: dict) -> None:
    assert split_sentences(case["text"]) == case["sentences"]


def check_invariants(text: str) -> None:
    """Sentences are stripped, non-empty, exact substrings in order; spans and the iterator agree."""
    sentences = split_sentences(text)
    spans = sentence_spans(text)
    assert list(iter_sentences(text)) == sentences
    assert [text[a:b] for a, b in spans] == sentences
    position = 0
    for (a, b), sentence in zip(spans, sentences):
        assert a >= position
        assert sentence and sentence == sentence.strip()
        assert "\n" not in sentence
        position = b
    # what lies between the sentences (and before the first, after the last) is whitespace
    bounds = [0] + [offset for span in spans for offset in span] + [len(text)]
    assert all(not text[bounds[i] : bounds[i + 1]].strip() for i in range(0, len(bounds), 2))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_invariants_on_golden_cases(case: dict) -> None:
    check_invariants(case["text"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_sentence_per_line_is_idempotent(case: dict) -> None:
    step = SentencePerLine()
    once = step(case["text"])
    assert step(once) == once
    assert [line for line in once.split("\n") if line] == split_sentences(case["text"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_clean_one_sentence_per_line_is_idempotent(case: dict) -> None:
    once = clean(case["text"], one_sentence_per_line=True)
    if clean(once, one_sentence_per_line=True) != once:
        # the sentence step must not be the one that changes its own output; an earlier
        # step may (strip_boilerplate drops an English sentence once it stands on a line of
        # its own), which is that step's matter: reported, not hidden
        changed_by = explain(once, one_sentence_per_line=True).changed_by
        assert "one_sentence_per_line" not in changed_by
        pytest.xfail(f"clean() changes its own output through {changed_by}, not the sentence step")


# Pieces that random texts are made of: every kind of character the splitter looks at.
FUZZ_PIECES = list("।॥?!.…\"'“”‘’()[] \n\r\t\u00a0\u200c\u200bকখআএওইরমো়ি১২3aAZx@-:,/🎉●") + [
    "ড.", "মো.", "এ. ", "কে. ", "http://a.b/c?d", "www.x.y", "a@b.co", "U.S.", "etc.",
    "a.m.", "No. ", "১. ", "ক। ", "i. ",
]


def test_invariants_and_idempotence_on_random_texts() -> None:
    rnd = random.Random(2026)
    step = SentencePerLine()
    for _ in range(3000):
        text = "".join(rnd.choice(FUZZ_PIECES) for _ in range(rnd.randint(0, 30)))
        check_invariants(text)
        once = step(text)
        assert step(once) == once, text


def test_sentence_per_line_keeps_blank_lines_between_paragraphs() -> None:
    text = "আমি যাব। তুমি থাকো।\n\nসে কি আসবে? জানি না।"
    assert SentencePerLine()(text) == "আমি যাব।\nতুমি থাকো।\n\nসে কি আসবে?\nজানি না।"
    assert SentencePerLine.name == "one_sentence_per_line"


# A credit after the last sentence of a line stays on that sentence's line (docs/sentences.md).
CREDIT_LINES = [
    ("কাল স্কুলে যাবে শিশুরা। চিন্তায় অভিভাবকরা। ছবি: সমকাল",
     ["কাল স্কুলে যাবে শিশুরা।", "চিন্তায় অভিভাবকরা। ছবি: সমকাল"]),
    ("ঢাকায় বৃষ্টি।  ফাইল ছবি", ["ঢাকায় বৃষ্টি।  ফাইল ছবি"]),  # the spaces between are kept
    ("ঢাকায় বৃষ্টি। ছবি: সংগৃহীত।", ["ঢাকায় বৃষ্টি। ছবি: সংগৃহীত।"]),
    ("Rescue workers at the site. Photo: AFP", ["Rescue workers at the site. Photo: AFP"]),
    ("মাঠে উল্লাস।ছবি- বাসস", ["মাঠে উল্লাস।ছবি- বাসস"]),  # glued
    ("ছবি: সমকাল", ["ছবি: সমকাল"]),  # a credit alone is its line
    # not at the end of the line, or not a credit: sentences as usual
    ("ছবি: সমকাল। মাঠে উল্লাস।", ["ছবি: সমকাল।", "মাঠে উল্লাস।"]),
    ("মাঠে উল্লাস। ছবি তোলা নিষেধ।", ["মাঠে উল্লাস।", "ছবি তোলা নিষেধ।"]),
    ("মাঠে উল্লাস। তিনি বলেন, ছবি: পরে দেখা যাবে।", ["মাঠে উল্লাস।", "তিনি বলেন, ছবি: পরে দেখা যাবে।"]),
]


@pytest.mark.parametrize("text, lines", CREDIT_LINES)
def test_sentence_per_line_keeps_a_trailing_credit_with_its_sentence(text: str, lines: list[str]) -> None:
    step = SentencePerLine()
    once = step(text)
    assert once.split("\n") == lines
    assert step(once) == once
    # the lines are the sentences, but for the credit: every line is a substring of the text
    assert all(line in text for line in lines)
    assert clean(once, one_sentence_per_line=True) == clean(text, one_sentence_per_line=True)


def test_clean_one_sentence_per_line_is_the_last_step() -> None:
    out = clean("ড. রহিম এলেন। তিনি বসলেন।", one_sentence_per_line=True)
    assert out.split("\n") == ["ড. রহিম এলেন।", "তিনি বসলেন।"]


def test_spans_are_offsets_into_the_input() -> None:
    text = "  আমি যাব।   তুমি থাকো।  "
    assert sentence_spans(text) == [(2, 10), (13, 23)]
    assert [text[a:b] for a, b in sentence_spans(text)] == ["আমি যাব।", "তুমি থাকো।"]


def test_iter_sentences_is_lazy() -> None:
    sentences = iter_sentences("এক। দুই। তিন।")
    assert not isinstance(sentences, list)
    assert next(sentences) == "এক।"


def test_empty_and_blank_input() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n ") == []
    assert sentence_spans("") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # chains of initials; কে alone is the word "who"
        ("মো. আর. রহমান এলেন। তিনি বসলেন।", ["মো. আর. রহমান এলেন।", "তিনি বসলেন।"]),
        ("লে. জে. (অব.) জাহাঙ্গীর এলেন। সভা শুরু হলো।",
         ["লে. জে. (অব.) জাহাঙ্গীর এলেন।", "সভা শুরু হলো।"]),
        ("স. ম. আরিফুল ইসলাম এলেন।", ["স. ম. আরিফুল ইসলাম এলেন।"]),
        ("সে এল. আমরা গেলাম.", ["সে এল.", "আমরা গেলাম."]),
        # a mark named in brackets
        ("প্রশ্নবোধক চিহ্ন (?) বসে। তারপর (!) বসে।", ["প্রশ্নবোধক চিহ্ন (?) বসে।", "তারপর (!) বসে।"]),
        # URL with a query and an exclamation after it; e-mail before a full stop
        ("দেখুন https://example.com/a?b=1&c=2. তারপর জানান।",
         ["দেখুন https://example.com/a?b=1&c=2.", "তারপর জানান।"]),
        ("লিখুন info@example.com.bd ঠিকানায়। ধন্যবাদ।",
         ["লিখুন info@example.com.bd ঠিকানায়।", "ধন্যবাদ।"]),
        ("www.prothomalo.com দেখুন। ভালো লাগবে।", ["www.prothomalo.com দেখুন।", "ভালো লাগবে।"]),
        # list markers: at the start of a sentence, inside a line after a dash or colon
        ("আমি খাই। ১. তুমি যাও।", ["আমি খাই।", "১. তুমি যাও।"]),
        ("কারণ দুটি- ১. ঋণ। ২. খরচ।", ["কারণ দুটি- ১. ঋণ।", "২. খরচ।"]),
        ("২। প্রথম কথা।\n৩। দ্বিতীয় কথা।", ["২। প্রথম কথা।", "৩। দ্বিতীয় কথা।"]),
        ("দাম বেড়েছে ১০। এখন ১২।", ["দাম বেড়েছে ১০।", "এখন ১২।"]),
        ("ক। সংজ্ঞা দাও।\nখ। উদাহরণ দাও।", ["ক। সংজ্ঞা দাও।", "খ। উদাহরণ দাও।"]),
        ("ও। আচ্ছা, বুঝেছি।", ["ও।", "আচ্ছা, বুঝেছি।"]),
        # English abbreviations of each kind
        ("Dr. Rahman came. He sat down.", ["Dr. Rahman came.", "He sat down."]),
        ("It opened at 9 a.m. The queue was long.", ["It opened at 9 a.m.", "The queue was long."]),
        ("সকাল 9 a.m. থেকে খোলা।", ["সকাল 9 a.m. থেকে খোলা।"]),
        ("The meeting is at 5 p.m. সবাই আসবেন।", ["The meeting is at 5 p.m.", "সবাই আসবেন।"]),
        ("U.N. মহাসচিব ঢাকা আসছেন।", ["U.N. মহাসচিব ঢাকা আসছেন।"]),
        ("i. First item.\nii. Second item.", ["i. First item.", "ii. Second item."]),
        ("a. প্রথম কথা। b. দ্বিতীয় কথা।", ["a. প্রথম কথা।", "b. দ্বিতীয় কথা।"]),
        ("See No. 5 here. No. It is not.", ["See No. 5 here.", "No.", "It is not."]),
        ("apples, pears etc. and more.", ["apples, pears etc. and more."]),
        ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
        # terminators: runs, no space, symbols after, commas after
        ("কী?!?তুমি এলে!", ["কী?!?", "তুমি এলে!"]),
        ("আজ শনিবার । । কাল রবিবার ।", ["আজ শনিবার । ।", "কাল রবিবার ।"]),
        ("খেলা শুরু!😀 সবাই এসো।", ["খেলা শুরু!😀", "সবাই এসো।"]),
        ("শুভ নববর্ষ!!! 🎉🎉 সবাইকে শুভেচ্ছা।", ["শুভ নববর্ষ!!! 🎉🎉", "সবাইকে শুভেচ্ছা।"]),
        ("কী দারুণ! 😍", ["কী দারুণ! 😍"]),
        ("শেষ। ● পরের কথা।", ["শেষ।", "● পরের কথা।"]),
        ("“আমি যাব।”, সে বলল।", ["“আমি যাব।”, সে বলল।"]),
        ("শেষ।“নতুন শুরু।”", ["শেষ।", "“নতুন শুরু।”"]),
        ('বললেন, "আমি আসব।"কিন্তু আসেননি।', ['বললেন, "আমি আসব।"', "কিন্তু আসেননি।"]),
        ('সে বলল।"আমি যাব।"', ["সে বলল।", '"আমি যাব।"']),
        ('"আমি যাব।"তারপর সে গেল।', ['"আমি যাব।"', "তারপর সে গেল।"]),
        ("Yahoo!Mail আর নেই।", ["Yahoo!Mail আর নেই।"]),
        ("রাম নাম সত্য॥১॥ হরি বোল॥২॥", ["রাম নাম সত্য॥১॥", "হরি বোল॥২॥"]),
        # dots that are not sentence ends
        ("খাই.তুমি যাও।", ["খাই.তুমি যাও।"]),
        ("তারপর.. আর কিছু নেই। শেষ।", ["তারপর.. আর কিছু নেই।", "শেষ।"]),
        ("মূল্য ১,২০০.৫০ টাকা. পরে কমবে.", ["মূল্য ১,২০০.৫০ টাকা.", "পরে কমবে."]),
        # visarga and ৽ never end a sentence
        ("মোঃ করিম ও মোছাঃ রহিমা এলেন।", ["মোঃ করিম ও মোছাঃ রহিমা এলেন।"]),
        ("৽ চিহ্নটি পুরোনো। এখন নেই।", ["৽ চিহ্নটি পুরোনো।", "এখন নেই।"]),
        # non-NFC and ZWNJ inside an abbreviation token
        ("ড\u200c. রহিম এলেন।", ["ড\u200c. রহিম এলেন।"]),
        # invisible format characters after a terminator stay with the sentence
        ("ভালো আছি।\u200c তুমি কেমন আছো?", ["ভালো আছি।\u200c", "তুমি কেমন আছো?"]),
        ("ভালো আছি।\u200bতুমি?", ["ভালো আছি।\u200b", "তুমি?"]),
        # every line break is a boundary, CR, CRLF and U+2028 too
        ("এক\rদুই\r\nতিন\u2028চার", ["এক", "দুই", "তিন", "চার"]),
    ],
)
def test_rules(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected
    check_invariants(text)


def test_every_shipped_title_abbreviation_keeps_the_sentence_together() -> None:
    for token, kind in _default_table().items():
        if kind == "title":
            text = f"সভায় {token}. রহিম এলেন। তারপর সভা শুরু হলো।"
            assert split_sentences(text) == [
                f"সভায় {token}. রহিম এলেন।",
                "তারপর সভা শুরু হলো।",
            ], token


def test_abbreviation_files_are_well_formed() -> None:
    data = ROOT / "bnclean" / "data"
    seen: dict[str, str] = {}
    for name in ("abbreviations_bn.txt", "abbreviations_en.txt"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip()
            if not entry:
                continue
            assert not entry.endswith("."), f"{name}: write {entry!r} without its dot"
            assert " " not in entry, f"{name}: {entry!r} has a space"
            assert entry not in seen, f"{entry!r} is in {seen.get(entry)} and {name}"
            seen[entry] = name
    assert len(seen) == len(_default_table())


def test_user_abbreviations_extend_the_lists() -> None:
    text = "অনু. রহিম এলেন। তিনি বসলেন।"
    assert split_sentences(text) == ["অনু.", "রহিম এলেন।", "তিনি বসলেন।"]
    expected = ["অনু. রহিম এলেন।", "তিনি বসলেন।"]
    assert split_sentences(text, abbreviations=["অনু."]) == expected
    assert list(iter_sentences(text, abbreviations=["অনু"])) == expected
    splitter = Splitter(extra_abbreviations=["অনু"])
    assert splitter.split(text) == expected
    assert splitter.spans(text) == sentence_spans(text, abbreviations={"অনু"})
    assert pickle.loads(pickle.dumps(splitter)) == splitter
    assert SentencePerLine(splitter)(text) == "\n".join(expected)
    # the defaults are untouched
    assert split_sentences(text) == ["অনু.", "রহিম এলেন।", "তিনি বসলেন।"]


@pytest.mark.parametrize("func", [split_sentences, iter_sentences, sentence_spans])
def test_non_str_input_raises_type_error(func) -> None:
    with pytest.raises(TypeError, match=r"expects str, got bytes: decode it first"):
        func("আমি যাব।".encode())
    with pytest.raises(TypeError, match=r"expects str, got NoneType"):
        func(None)


def test_splitter_methods_name_themselves_in_errors() -> None:
    with pytest.raises(TypeError, match=r"^Splitter.split\(\) expects str, got bytes"):
        Splitter().split(b"x")
    with pytest.raises(TypeError, match=r"^Splitter.spans\(\) expects str, got int"):
        Splitter().spans(3)


def test_bad_abbreviations_raise() -> None:
    with pytest.raises(TypeError, match=r"got a single str: pass a list"):
        split_sentences("আমি।", abbreviations="ড.")
    with pytest.raises(TypeError, match=r"abbreviations must be str, got int"):
        Splitter(extra_abbreviations=[3])
    with pytest.raises(ValueError, match=r"one word without spaces"):
        split_sentences("আমি।", abbreviations=["দুই শব্দ"])


def test_docs_examples_run() -> None:
    """The examples in docs/sentences.md (code fences blanked out) give what they show."""
    text = (ROOT / "docs" / "sentences.md").read_text(encoding="utf-8")
    text = "\n".join("" if line.startswith("```") else line for line in text.split("\n"))
    test = doctest.DocTestParser().get_doctest(text, {}, "sentences.md", None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries > 5


def test_public_names() -> None:
    for name in ("split_sentences", "iter_sentences", "sentence_spans", "SentencePerLine"):
        assert getattr(bnclean, name) is getattr(bnclean.sentences, name)


# --- adversarial inputs: no backtracking blow-up ---------------------------------------

ADVERSARIAL = {
    "dots": ".",
    "dandas": "।",
    "dot-space": ". ",
    "quotes": "\"'“”",
    "spaces": " ",
    "marks": "?!",
    "ellipsis": "... ",
    "email-like": "a.",
    "digits-dots": "১.",
    "letters": "ক",
    "latin": "ab",
    "closers": "।)",
    "emoji": "! 🎉",
    "spaces-after-mark": "!     ",
    "spaced-dandas": "।   ",
    "initials": "এ. ",
    "www": "www.",
    "list-dash": "- ১. ",
    "bullets": "-",
}


def test_megabyte_inputs_finish_in_a_subprocess() -> None:
    # each unit repeated to 1 MB; then long runs that end in what makes the scanner or a
    # decision look far (an address after a megabyte of address characters, list markers
    # after a megabyte of bullets or spaces)
    code = (
        "from bnclean import split_sentences\n"
        f"for unit in {list(ADVERSARIAL.values())!r}:\n"
        "    split_sentences(unit * (1_000_000 // len(unit)) + 'x')\n"
        "for run, tail in [('a.', '@x.com'), ('.', '@x.com'), ('-', ' ১. ক. ' * 1000),\n"
        "                  (' ', ' ১. ক. ' * 1000), ('www.', 'x?y=1!')]:\n"
        "    split_sentences(run * (1_000_000 // len(run)) + tail)\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_time_grows_linearly(unit: str) -> None:
    assert_linear(lambda n: split_sentences(unit * (n // len(unit)) + "x"), n=20_000)


# --- the real corpus (skipped when ../shared is absent) --------------------------------

def _corpus(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"corpus not found at {path} (see ../shared/data/README.md)")
    return path


def _benchmark_module():
    spec = importlib.util.spec_from_file_location(
        "bench_sentences", ROOT / "benchmarks" / "sentences.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["RisingNews.test.bn", "RisingNews.valid.bn"])
def test_risingnews_boundary_f1(name: str) -> None:
    path = _corpus(CORPUS / "risingnews" / name)
    bench = _benchmark_module()
    groups = bench.make_paragraphs(path, 5)
    result = bench.score(groups, [split_sentences(" ".join(g)) for g in groups])
    assert result["F1"] >= 0.995, result
    assert result["kept"] == result["n"]


def test_invariants_and_idempotence_on_news_bodies() -> None:
    path = _corpus(CORPUS / "bdnews-bn.jsonl")
    step = SentencePerLine()
    for line in path.open(encoding="utf-8"):
        body = json.loads(line)["article_body"]
        check_invariants(body)
        once = step(body)
        assert step(once) == once
