"""strip_boilerplate, learn_boilerplate and the boilerplate reasons (policy section 5)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import bnclean
from bnclean import BoilerplateModel, StripBoilerplate, learn_boilerplate, strip_boilerplate
from tests.linear import assert_linear

BODY = "মোবাইল অপারেটরদের মেয়াদহীন ইন্টারনেট প্যাকেজ চালুর নির্দেশ দিয়েছে বিটিআরসি। গ্রাহকেরা দীর্ঘদিন ধরে অভিযোগ করে আসছিলেন।"
BODY2 = "বিটিআরসির নির্দেশনায় বলা হয়েছে, আগামী ১ অক্টোবর থেকে প্রতিটি অপারেটরকে অন্তত তিনটি প্যাকেজ রাখতে হবে।"
HEADLINE = "মোবাইল ইন্টারনেটের মেয়াদহীন প্যাকেজ চালুর নির্দেশ"


def page(*chrome_before: str, after: tuple[str, ...] = ()) -> str:
    return "\n".join([*chrome_before, HEADLINE, BODY, BODY2, *after])


def reasons(text: str) -> dict[str, str]:
    return {r.line: r.reason for r in StripBoilerplate().removals(text)}


# --- one line of chrome, its reason --------------------------------------------------------

CHROME = [
    # site names and brand lines
    ("প্রথম আলো", "boilerplate:site-name"),
    ("The Daily Star  | English", "boilerplate:site-name"),
    ("বিবিসি নিউজ, বাংলা", "boilerplate:site-name"),
    ("রাইজিংবিডি.কম", "boilerplate:site-name"),
    ("bdnews24.com", "boilerplate:site-name"),
    ("www.kalerkantho.com", "boilerplate:site-name"),
    ("দৈনিক ইত্তেফাক", "boilerplate:site-name"),
    ("Zee 24 Ghanta", "boilerplate:site-name"),
    ("রাইজিংবিডি ডটকম", "boilerplate:site-name"),
    ("এই পোস্টটি শেয়ার করুন", "boilerplate:share-prompt"),
    ("কমেন্ট করুন", "boilerplate:comments"),
    # bylines
    ("নিজস্ব প্রতিবেদক", "boilerplate:byline"),
    ("নিজস্ব প্রতিবেদক, ঢাকা", "boilerplate:byline"),
    ("ঢাকা অফিস", "boilerplate:byline"),
    ("কুষ্টিয়া প্রতিনিধি", "boilerplate:byline"),
    ("স্টার অনলাইন রিপোর্ট", "boilerplate:byline"),
    ("ক্রীড়া প্রতিবেদক, বিডিনিউজ টোয়েন্টিফোর ডটকম", "boilerplate:byline"),
    ("বিবিসি বাংলা, কলকাতা", "boilerplate:byline"),
    ("স্পোর্টস ডেস্ক", "boilerplate:byline"),
    ("বাংলা ট্রিবিউন রিপোর্ট", "boilerplate:byline"),
    ("এই সময় ডিজিটাল ডেস্ক", "boilerplate:byline"),
    ("পোস্ট করেছেন: গ্রামের কথা", "boilerplate:byline"),
    ("By Rahim Uddin", "boilerplate:byline"),
    ("Written By Zee 24 Ghanta Entertainment Desk | Last Updated: Sep 20, 2024, 06:30 PM IST",
     "boilerplate:byline"),
    # timestamps, Bengali and English, absolute and relative, Bengali and ASCII digits
    ("4h ago", "boilerplate:timestamp"),
    ("২ ঘণ্টা আগে", "boilerplate:timestamp"),
    ("১৫ মিনিট আগে", "boilerplate:timestamp"),
    ("আপডেট: ১২:৩০", "boilerplate:timestamp"),
    ("প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০", "boilerplate:timestamp"),
    ("প্রকাশ: ০৩ সেপ্টেম্বর ২০২৪, ১১: ২০", "boilerplate:timestamp"),
    ("রোববার, জুলাই ২৮, ২০২৪ ১২:১৫ অপরাহ্ন", "boilerplate:timestamp"),
    ("সর্বশেষ আপডেট: রোববার, জুলাই ২৮, ২০২৪ ০২:৩০ অপরাহ্ন", "boilerplate:timestamp"),
    ("Sunday, July 28, 2024", "boilerplate:timestamp"),
    ("Published : 21 Mar 2024, 10:15 PM", "boilerplate:timestamp"),
    ("প্রকাশিত: ১০:৩০ এএম, ০৪ জানুয়ারি ২০২৪", "boilerplate:timestamp"),
    ("প্রকাশ: ০৭ নভেম্বর ২৩ । ১৮:৩২ | আপডেট: ০৭ নভেম্বর ২৩ । ২০:১৫", "boilerplate:timestamp"),
    ("আপডেট হয়েছে ২৫ জুন ২০২৪", "boilerplate:timestamp"),
    ("১৯ মে ২০২৪, ১১:৩০ এএম", "boilerplate:timestamp"),
    ("2024-03-20 10:30:00", "boilerplate:timestamp"),
    ("৬ চৈত্র ১৪৩০ বঙ্গাব্দ", "boilerplate:timestamp"),
    ("সর্বশেষ সংস্করণ ১২:০০, মার্চ ২০, ২০২৪", "boilerplate:timestamp"),
    ("এইমাত্র", "boilerplate:timestamp"),
    ("পড়ার সময়: ৫ মিনিট", "boilerplate:reading-time"),
    ("5 min read", "boilerplate:reading-time"),
    # counters, prompts, comments, ads, copyright
    ("১ / ১৮", "boilerplate:gallery-counter"),
    ("3/12", "boilerplate:gallery-counter"),
    ("শেয়ার করুন", "boilerplate:share-prompt"),
    ("শেয়ার", "boilerplate:share-prompt"),
    ("হোয়াটসঅ্যাপ", "boilerplate:share-prompt"),
    ("Facebook", "boilerplate:share-prompt"),
    ("প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন", "boilerplate:follow-prompt"),
    ("জাগো নিউজের খবর পেতে ফলো করুন আমাদের গুগল নিউজ ও হোয়াটসঅ্যাপ চ্যানেল", "boilerplate:follow-prompt"),
    ("সমকাল অনলাইনের ফেসবুক পেজে লাইক দিন", "boilerplate:follow-prompt"),
    ("বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করুন, নোটিফিকেশন অন রাখুন", "boilerplate:follow-prompt"),
    ("(দেশ, দুনিয়া, রাজ্য, কলকাতা, খেলা ও বিনোদনের সব খবর পেতে ডাউনলোড করুন Zee 24 Ghanta অ্যাপ)",
     "boilerplate:app-prompt"),
    ("আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন", "boilerplate:subscribe-prompt"),
    ("Comments", "boilerplate:comments"),
    ("মন্তব্য করুন", "boilerplate:comments"),
    ("Comments (12)", "boilerplate:comments"),
    ("বিজ্ঞাপন", "boilerplate:advertisement"),
    ("Advertisement", "boilerplate:advertisement"),
    ("© সমকাল ২০০৫ - ২০২৩", "boilerplate:copyright"),
    ("Copyright © 2024 bdnews24.com", "boilerplate:copyright"),
    ("সর্বস্বত্ব সংরক্ষিত", "boilerplate:copyright"),
    ("সরাসরি কনটেন্টে যান", "boilerplate:navigation"),
]


@pytest.mark.parametrize(("line", "reason"), CHROME, ids=[c[0][:30] for c in CHROME])
def test_chrome_line_in_the_head_goes_with_its_reason(line: str, reason: str) -> None:
    text = page(line)
    assert strip_boilerplate(text) == page()
    assert reasons(text) == {line: reason}


@pytest.mark.parametrize(("line", "reason"), CHROME, ids=[c[0][:30] for c in CHROME])
def test_chrome_line_in_the_tail_goes(line: str, reason: str) -> None:
    text = page(after=(line,))
    assert strip_boilerplate(text) == page()


# Bylines by shape and bare dates go only around the article (see the tests below).
BARE_DATES = {"Sunday, July 28, 2024", "৬ চৈত্র ১৪৩০ বঙ্গাব্দ"}
STRONG_INSIDE = [c for c in CHROME if c[1] != "boilerplate:byline" and c[0] not in BARE_DATES]


@pytest.mark.parametrize(("line", "reason"), STRONG_INSIDE, ids=[c[0][:30] for c in STRONG_INSIDE])
def test_chrome_line_between_paragraphs_goes(line: str, reason: str) -> None:
    text = "\n".join([HEADLINE, BODY, line, BODY2])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, BODY2])


# --- prose that mentions a boilerplate word stays -------------------------------------------

PROSE = [
    "তিনি ফেসবুকে একটি পোস্ট শেয়ার করেন।",
    "গত বর্ষায় ডুবে যাওয়া সড়কের ছবি অনেকে ফেসবুকে শেয়ার করে ক্ষোভ জানিয়েছিলেন।",
    "ভুয়া বিজ্ঞাপন দিয়ে ফেসবুকে চাকরির প্রলোভন দেখিয়ে প্রতারণা বাড়ছে।",
    "তিনি বলেন, \"আমাদের ফেসবুক পেজে লাইক দিন\" লেখা পোস্টার শহরে ছেয়ে গেছে।",
    "দুপুর ১২টা ৩০ মিনিটে প্রকাশ করা হয় ফলাফল।",
    "মে মাসে ২০ জন মারা যান।",
    "আরও পড়ুন, আরও জানুন — শিক্ষার্থীদের উদ্দেশে বললেন উপাচার্য।",
    "প্রতিবেদক বলেন, ঘটনাস্থলে পুলিশ ছিল না।",
    "Comments made by the minister drew criticism from the opposition.",
    "The report said: \"Share prices fell sharply after the announcement.\"",
    "© চিহ্ন দিয়ে স্বত্ব বোঝানো হয়, বললেন আইনজীবী এবং তিনি বিষয়টি ব্যাখ্যা করলেন বিস্তারিতভাবে।",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_mentioning_chrome_words_stays(line: str) -> None:
    text = "\n".join([HEADLINE, BODY, line, BODY2])
    assert strip_boilerplate(text) == text
    assert StripBoilerplate().removals(text) == []


def test_english_sentence_at_the_end_of_the_body_stays() -> None:
    text = "\n".join([HEADLINE, BODY, "\"The boys never gave up. This spirit is what we need.\"", "bdnews24.com"])
    assert strip_boilerplate(text) == "\n".join(text.split("\n")[:3])


def test_section_labels_go_only_outside_the_article() -> None:
    text = "\n".join(["খেলা", HEADLINE, BODY, "বাংলাদেশ", BODY2, "খেলা"])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, "বাংলাদেশ", BODY2])
    assert reasons(text) == {"খেলা": "boilerplate:section-label"}


def test_navigation_rows_and_breadcrumbs() -> None:
    text = page("Home  Bangladesh  Politics  Business  Sports", "প্রচ্ছদ » জাতীয়", "Search")
    assert strip_boilerplate(text) == page()


def test_non_bengali_head_and_tail_blocks_go_english_body_stays() -> None:
    quote = "In a statement, the company said: \"No customer funds were affected.\""
    text = "\n".join([
        "The Daily Star", "Home  News  Sport", HEADLINE, BODY, quote, BODY2,
        "Comments", "The Daily Star  | English", "HSC results: pass rate rises, GPA-5 holders up",
        "Tigresses seal series with six-wicket win", "4h ago",
    ])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, quote, BODY2])


def test_an_english_page_keeps_its_lines() -> None:
    text = "Dhaka floods\nHeavy rain flooded the city on Sunday.\nMore rain is forecast."
    assert strip_boilerplate(text) == text


def test_bylines_by_shape_stay_inside_the_body() -> None:
    # "<words> অফিস" is a byline before the first paragraph, a sub-heading inside the body
    text = "\n".join([HEADLINE, "ঢাকা অফিস", BODY, "আগুনে পুড়ল ভূমি অফিস", BODY2])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, "আগুনে পুড়ল ভূমি অফিস", BODY2])


# --- related-story blocks ------------------------------------------------------------------

def test_read_more_block_ends_at_the_blank_line() -> None:
    text = "\n".join([HEADLINE, BODY, "", "আরো পড়ুন:", "চাঁপাইনবাবগঞ্জে আমের মুকুলে ছেয়ে গেছে বাগান",
                      "আমের বাজার ধরতে প্রস্তুত কানসাট", "", BODY2])
    assert bnclean.tidy_layout(strip_boilerplate(text)) == "\n".join([HEADLINE, BODY, "", BODY2])
    assert set(reasons(text).values()) == {"boilerplate:read-more"}


def test_read_more_block_ends_at_prose() -> None:
    text = "\n".join([HEADLINE, BODY, "আরও পড়ুন", "পাসপোর্ট অফিসে দালালের দৌরাত্ম্য কমাতে অভিযান", BODY2])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, BODY2])


@pytest.mark.parametrize("marker", ["আরও পড়ুন:", "আরো পড়ুন", "আরও খবর", "Read more",
                                    "বিবিসি বাংলায় আরো পড়তে পারেন:", "এই খবর নিয়ে আরো তথ্য",
                                    "সম্পর্কিত খবর"])
def test_read_more_markers(marker: str) -> None:
    text = "\n".join([HEADLINE, BODY, marker, "গ্রামের ভোটে কেন এত সহিংসতা", "", BODY2])
    assert bnclean.tidy_layout(strip_boilerplate(text)) == "\n".join([HEADLINE, BODY, "", BODY2])


def test_inline_read_more_line() -> None:
    text = "\n".join([HEADLINE, BODY, "আরও পড়ুন: ডার্বির টিকিট নিয়ে হাহাকার, কালোবাজারির অভিযোগ", BODY2])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, BODY2])
    assert set(reasons(text).values()) == {"boilerplate:read-more"}


def test_topic_tags_after_the_article() -> None:
    text = "\n".join([HEADLINE, BODY, BODY2, "সম্পর্কিত বিষয়", "বাংলাদেশ", "ভারত", "নদী"])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, BODY2])


# --- pages that are not articles ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Attention Required! | Cloudflare\nSorry, you have been blocked\nYou are unable to access this website\n"
    "Cloudflare Ray ID: 8a1b2c3d4e5f\nPerformance & security by Cloudflare",
    "প্রথম আলো\nলগইন করুন\nইমেইল\nপাসওয়ার্ড\nপাসওয়ার্ড ভুলে গেছেন?",
    "অনুসন্ধানের ফলাফল\nবন্যা\nসিলেটে আবারও বন্যা...\nসুনামগঞ্জে পানিবন্দি মানুষ...",
    "404 Not Found\nThe page you are looking for does not exist",
])
def test_non_article_pages_clean_to_empty(text: str) -> None:
    assert bnclean.clean(text) == ""
    assert {r.reason for r in StripBoilerplate().removals(text)} == {"boilerplate:not-article"}


def test_an_article_that_quotes_a_block_message_is_kept() -> None:
    text = "\n".join([HEADLINE, BODY, "Access denied", BODY2])
    assert strip_boilerplate(text) == text


# --- options, errors, extension ----------------------------------------------------------------

def test_extra_phrases() -> None:
    step = StripBoilerplate(extra_phrases=frozenset({"আমাদের সাইট  দেখুন"}))
    text = page("আমাদের সাইট দেখুন:")
    assert step(text) == page()
    assert [r.reason for r in step.removals(text)] == ["boilerplate:user-phrase"]
    assert pickle.loads(pickle.dumps(step)) == step
    hash(step)


def test_extra_phrases_accepts_a_set_and_rejects_a_str() -> None:
    assert StripBoilerplate(extra_phrases={"ক"}).extra_phrases == frozenset({"ক"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        StripBoilerplate(extra_phrases="ক")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["list"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="strip_boilerplate"):
        strip_boilerplate(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        StripBoilerplate().removals(bad)  # type: ignore[arg-type]


def test_bad_model_raises() -> None:
    with pytest.raises(TypeError, match="BoilerplateModel"):
        StripBoilerplate(model=frozenset({"x"}))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bnclean.clean("ক", boilerplate="yes")


def test_step_is_stateless_and_pickles() -> None:
    step = StripBoilerplate()
    text = page("প্রথম আলো", after=("শেয়ার করুন",))
    assert step(text) == step(text) == page()
    again = pickle.loads(pickle.dumps(step))
    assert again == step and again(text) == page()
    assert StripBoilerplate.name == "strip_boilerplate"


def test_empty_and_blank_input() -> None:
    assert strip_boilerplate("") == ""
    assert strip_boilerplate("\n\n") == "\n\n"


def test_line_numbers_in_removals_are_one_based() -> None:
    text = "প্রথম আলো\n" + HEADLINE + "\n" + BODY + "\nশেয়ার করুন"
    assert [(r.line_no, r.line) for r in StripBoilerplate().removals(text)] == [
        (1, "প্রথম আলো"), (4, "শেয়ার করুন"),
    ]


def test_explain_lists_boilerplate_reasons() -> None:
    report = bnclean.explain(page("প্রথম আলো", "২ ঘণ্টা আগে"))
    assert ("strip_boilerplate", "boilerplate:site-name") in {(s, r.reason) for s, r in report.removed}
    assert ("strip_boilerplate", "boilerplate:timestamp") in {(s, r.reason) for s, r in report.removed}


# --- learn_boilerplate --------------------------------------------------------------------------

def _site_pages(n: int) -> list[str]:
    return [
        f"খবরের শিরোনাম {i}\nআমাদের সাইটে বিজ্ঞাপন দিতে যোগাযোগ করুন\n"
        f"প্রতিবেদনের প্রথম বাক্য {i} এখানে। দ্বিতীয় বাক্য {i} এখানে। সূত্র: বাসস"
        for i in range(n)
    ]


def test_learn_boilerplate_learns_recurring_lines_and_fragments() -> None:
    model = learn_boilerplate(_site_pages(6), min_docs=5)
    assert "আমাদের সাইটে বিজ্ঞাপন দিতে যোগাযোগ করুন" in model.lines
    assert "সূত্র: বাসস" in model.suffixes
    assert model.n_docs == 6 and model.min_docs == 5
    text = _site_pages(7)[6]
    out = bnclean.clean(text, boilerplate=model)
    assert out == "খবরের শিরোনাম 6\nপ্রতিবেদনের প্রথম বাক্য 6 এখানে। দ্বিতীয় বাক্য 6 এখানে।"
    reasons = {r.reason for _, r in bnclean.explain(text, boilerplate=model).removed}
    assert reasons == {"boilerplate:learned", "boilerplate:learned-suffix"}


def test_learn_boilerplate_respects_min_docs_and_skips_long_lines() -> None:
    long_line = "এটি একটি দীর্ঘ উদ্ধৃতি যা অনেক প্রতিবেদনে হুবহু এসেছে এবং এতে অনেক শব্দ আছে যেগুলো গুনলে বারোটির বেশি হয়।"
    docs = [f"শিরোনাম {i}\n{long_line}" for i in range(10)]
    model = learn_boilerplate(docs, min_docs=5)
    assert long_line not in model.lines and not model.lines
    assert not learn_boilerplate(_site_pages(4), min_docs=5).lines


def test_model_hashes_pickles_and_caches() -> None:
    model = learn_boilerplate(_site_pages(6), min_docs=5)
    same = learn_boilerplate(_site_pages(6), min_docs=5)
    assert model == same and hash(model) == hash(same)
    assert pickle.loads(pickle.dumps(model)) == model
    assert bnclean.build_pipeline(boilerplate=model) is bnclean.build_pipeline(boilerplate=same)
    assert len(model) == len(model.lines) + len(model.prefixes) + len(model.suffixes)


def test_learn_boilerplate_bad_input() -> None:
    with pytest.raises(TypeError):
        learn_boilerplate("একটি স্ট্রিং")
    with pytest.raises(TypeError, match="document 1"):
        learn_boilerplate(["ক", b"x"])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        learn_boilerplate(["ক"], min_docs=1)


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus" / "bdnews-bn.jsonl"


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus ../shared/data/corpus/bdnews-bn.jsonl not present")
def test_learned_chrome_on_the_corpus_removes_no_sentence() -> None:
    docs = [json.loads(line) for line in CORPUS.read_text("utf-8").split("\n") if line.strip()]
    pages = ["\n".join([d["headline"] or "", d["sub_title"] or "", d["article_body"] or ""])
             for d in docs if d["paper_name"] == "Daily Naya Diganta"]
    model = learn_boilerplate(pages, min_docs=5)
    assert all(len(k) <= 40 for k in model.prefixes | model.suffixes)
    for text in pages[:20]:
        base = bnclean.clean(text)
        learned = bnclean.clean(text, boilerplate=model)
        assert len(learned) >= 0.9 * len(base)


# --- linear time on adversarial input ---------------------------------------------------------

ADVERSARIAL = {
    "spaces": lambda n: "ক" + " " * n + "খ",
    "digits": lambda n: "১" * n,
    "digits-colons": lambda n: "১২:" * (n // 3),
    "slashes": lambda n: "১ / " * (n // 4),
    "pipes": lambda n: "আপডেট | " * (n // 8),
    "months": lambda n: "মার্চ ২০২৪, " * (n // 11),
    "short-lines": lambda n: "শেয়ার করুন\n" * (n // 11),
    "read-more": lambda n: "আরও পড়ুন\nশিরোনাম\n" * (n // 17),
    "bylines": lambda n: "ঢাকা প্রতিনিধি, " * (n // 16),
    "words": lambda n: "ক " * (n // 2) + "প্রতিনিধি",
    "dandas": lambda n: "।" * n,
    "english": lambda n: "Home " * (n // 5),
    "title-separators": lambda n: "শিরোনাম | " * (n // 10),
    "cookies": lambda n: "cookies " * (n // 8),
    "colons-lines": lambda n: "ফোন : ১\n" * (n // 8),
    "prose-lines": lambda n: (BODY + "\n") * (n // len(BODY)),
    "mixed-lines": lambda n: ("প্রথম আলো\n১ / ১৮\n" + BODY + "\nআরও পড়ুন\n") * (n // (len(BODY) + 30)),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_strip_boilerplate_is_linear(name: str) -> None:
    make = ADVERSARIAL[name]
    assert_linear(lambda n: strip_boilerplate(make(n)), n=12_500)


def test_learned_model_is_linear() -> None:
    model = BoilerplateModel(lines=frozenset({"ক"}), prefixes=frozenset({"সূত্র: বাসস"}),
                             suffixes=frozenset({"সূত্র: বাসস"}), datelines=frozenset({"||"}))
    step = StripBoilerplate(model=model)
    assert_linear(lambda n: step("খুলনা প্রতিনিধি || " + "সূত্র: বাসস। " * (n // 13)), n=12_500)
    assert_linear(lambda n: step("|| " * (n // 3)), n=12_500)


def test_100k_spaces_completes() -> None:
    assert strip_boilerplate(" " * 100_000) == " " * 100_000
    assert bnclean.dedup_captions("ক" + " " * 100_000 + "খ") == "ক" + " " * 100_000 + "খ"
    assert "ক" in bnclean.clean("ক" + " " * 100_000 + "খ")


# --- rules for the chrome of other sites of the same families -----------------------------------

@pytest.mark.parametrize(("line", "reason"), [
    ("এমএমএম/জেএস", "boilerplate:signature"),
    ("ঢাকা/আমিনুল/সাইফ", "boilerplate:signature"),
    ("সম্পাদক : আলমগীর হোসেন", "boilerplate:footer"),
    ("ফোন : ৯৮৭৬৫৪৩, ই-মেইল: info@example.com", "boilerplate:footer"),
    ("সমকাল অনলাইনের ফেসবুক পেজে লাইক দিন", "boilerplate:follow-prompt"),
])
def test_tail_only_rules(line: str, reason: str) -> None:
    text = page(after=(line,))
    assert strip_boilerplate(text) == page()
    assert reasons(text) == {line: reason}
    inside = "\n".join([HEADLINE, BODY, line, BODY2])
    if reason != "boilerplate:follow-prompt":
        assert strip_boilerplate(inside) == inside


@pytest.mark.parametrize("line", [
    "an hour ago", "About a minute ago", "১ ঘণ্টা ৩০ মিনিট আগে", "৩টি মন্তব্য",
    "নিজস্ব সংবাদদাতা কলকাতা", "Edited By: Anirban Sinha | Updated By: Ritu Das | Last Updated: Sep 20, 2024, 06:30 PM IST",
    "প্রকাশ: ২০ মার্চ ২০২৪, ১২:০০ এএম | অনলাইন সংস্করণ", "কলকাতা, ১০ মার্চ ২০২৪",
    "লেখা, তানহা তাসনিম", "পদবী, বিবিসি নিউজ বাংলা, ঢাকা", "যুগান্তর প্রতিবেদন",
    "বিবিসি বাংলার সর্বশেষ খবর এখন আপনার ফোনে। ফলো করুন বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল।",
])
def test_more_chrome_shapes(line: str) -> None:
    assert strip_boilerplate(page(line)) == page()


@pytest.mark.parametrize("headline", [
    "দুর্নীতির তদন্ত রিপোর্ট",
    "আগুনে পুড়ল ভূমি অফিস",
    "হামলায় আহত তিন সাংবাদিক ও দুই প্রতিবেদক",
    "ঢাকায় আসছে মার্কিন প্রতিনিধি দল",
])
def test_headlines_that_end_like_a_byline_stay(headline: str) -> None:
    text = "\n".join(["প্রথম আলো", headline, "নিজস্ব প্রতিবেদক", BODY, BODY2])
    assert strip_boilerplate(text) == "\n".join([headline, BODY, BODY2])


def test_english_related_headline_that_is_a_question_goes_after_chrome() -> None:
    text = "\n".join([HEADLINE, BODY, BODY2, "Comments", "The Daily Star  | English",
                      "Will the rain stop before Eid this year?", "3h ago"])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, BODY2])


UNSEEN = [
    # Ittefaq
    ("দৈনিক ইত্তেফাক\nজাতীয়\n{h}\nইত্তেফাক রিপোর্ট\nপ্রকাশ : ২০ মার্চ ২০২৪, ১৫:৩০\n{b}\n{c}\n{b2}\n"
     "ইত্তেফাক/এমএএম\nসম্পাদক : তাসমিমা হোসেন\n© ২০২৪ দৈনিক ইত্তেফাক কর্তৃক সর্বস্বত্ব সংরক্ষিত"),
    # Bangla Tribune
    ("বাংলা ট্রিবিউন\nপ্রচ্ছদ » সারাদেশ\n{h}\nরংপুর প্রতিনিধি\nপ্রকাশিত ১০:০০, মার্চ ২০, ২০২৪\n"
     "সর্বশেষ সংস্করণ ১২:০০, মার্চ ২০, ২০২৪\n{b}\n{c}\n{c}\n{b2}\nএ সম্পর্কিত আরও পড়ুন\nরংপুরে শীতের দাপট\nবাংলা ট্রিবিউন"),
    # Somoy News
    ("সময় নিউজ\n{h}\nসময় অনলাইন ডেস্ক\nআপডেট: ২০ মার্চ ২০২৪ ১০:৩০\n{b}\n{c}\n{b2}\n"
     "সময় নিউজের সর্বশেষ খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন\nবিজ্ঞাপন"),
    # DW Bangla
    ("ডয়চে ভেলে\nSkip next section\nবিশ্ব\n{h}\n২০ মার্চ ২০২৪\n{c}\n{b}\n{b2}\nবিজ্ঞাপন\n"
     "আরো প্রতিবেদন\nইউরোপে শরণার্থী নীতি নিয়ে বিতর্ক\nঅভিবাসন আইনে কড়াকড়ি\n© 2024 Deutsche Welle"),
    # Ei Samay / Sangbad Pratidin
    ("এই সময়\nকলকাতা\n{h}\nএই সময় ডিজিটাল ডেস্ক\nLast Updated: 20 Mar 2024, 10:30 am\n{b}\n{c}\n{b2}\n"
     "Published by: Sulaya Singha\nআরও পড়ুন: কলকাতায় বৃষ্টির পূর্বাভাস\nসংবাদ প্রতিদিন\nFollow us on Google News"),
]


@pytest.mark.parametrize("template", UNSEEN, ids=["ittefaq", "bangla-tribune", "somoy", "dw", "ei-samay"])
def test_unseen_site_styles(template: str) -> None:
    cap = "জেলা প্রশাসকের কার্যালয়ের সামনে মানববন্ধন। ছবি: সংগৃহীত"
    raw = template.format(h=HEADLINE, b=BODY, b2=BODY2, c=cap)
    got = bnclean.clean(raw)
    lines = got.split("\n")
    assert lines[0] == HEADLINE
    assert set(lines) == {HEADLINE, BODY, BODY2, cap}, got


def test_the_docs_example() -> None:
    """docs/pages.md: a Daily Star Bangla page with a caption six times and chrome around it."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "pages.md").read_text("utf-8")
    blocks = doc.split("```")
    raw, expected = blocks[3].strip("\n"), blocks[5].strip("\n")
    assert raw.count("ফাইল ছবি: রয়টার্স") == 6 and "4h ago" in raw
    assert bnclean.clean(raw) == expected
    assert bnclean.clean(raw, captions="drop") == "\n".join(
        line for line in expected.split("\n") if "ছবি:" not in line
    )


def test_a_short_article_with_a_login_link_is_kept() -> None:
    text = "\n".join(["লগইন করুন", HEADLINE, BODY])
    assert bnclean.clean(text) == "\n".join([HEADLINE, BODY])


def test_a_block_page_with_english_explanation_is_empty() -> None:
    text = "\n".join([
        "Sorry, you have been blocked",
        "This website is using a security service to protect itself from online attacks.",
        "The action you just performed triggered the security solution.",
        "What can I do to resolve this?",
        "Cloudflare Ray ID: 8a1b2c3d4e5f • Your IP: Click to reveal",
    ])
    assert bnclean.clean(text) == ""


def test_a_bare_date_inside_the_body_is_a_timeline_heading() -> None:
    text = "\n".join([HEADLINE, "৩০ জুন ২০২৩", BODY, "১৫ আগস্ট ১৯৭৫", BODY2, "২০ মার্চ ২০২৪"])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, "১৫ আগস্ট ১৯৭৫", BODY2])
    labelled = "\n".join([HEADLINE, BODY, "আপডেট: ২০ মার্চ ২০২৪", BODY2])
    assert strip_boilerplate(labelled) == "\n".join([HEADLINE, BODY, BODY2])


def test_cookie_banner_next_to_the_article_goes() -> None:
    banner = "We use cookies to improve your experience. By continuing you accept our policy."
    assert strip_boilerplate(page(banner)) == page()
    assert strip_boilerplate(page(after=(banner,))) == page()
    inside = "\n".join([HEADLINE, BODY, "The bakery sells cookies and says the experience of baking matters.", BODY2])
    assert strip_boilerplate(inside) == inside


def test_learned_dateline_separator() -> None:
    districts = ["খুলনা", "রাজশাহী", "সিলেট", "পাবনা", "বগুড়া", "ময়মনসিংহ"]
    pages = [f"শিরোনাম {i}\n{d} প্রতিনিধি || {BODY}" for i, d in enumerate(districts)]
    model = learn_boilerplate(pages, min_docs=5)
    assert model.datelines == frozenset({"||"})
    text = f"{HEADLINE}\nকুষ্টিয়া প্রতিনিধি || {BODY2}"
    assert bnclean.clean(text) == bnclean.normalize(text)  # kept by default (policy)
    assert bnclean.clean(text, boilerplate=model) == bnclean.normalize(f"{HEADLINE}\n{BODY2}")
    removed = [(r.line, r.reason) for _, r in bnclean.explain(text, boilerplate=model).removed]
    assert removed == [(bnclean.normalize("কুষ্টিয়া প্রতিনিধি ||"), "boilerplate:learned-dateline")]
    # only a byline is cut before the separator, never prose
    prose = f"{HEADLINE}\nতিনি বলেন || {BODY2}"
    assert bnclean.clean(prose, boilerplate=model) == bnclean.clean(prose)


@pytest.mark.parametrize("line", [
    f"{HEADLINE} | প্রথম আলো",
    f"{HEADLINE} - জাগো নিউজ ২৪",
    f"{HEADLINE} | The Daily Star",
    f"প্রচ্ছদ » জাতীয় » {HEADLINE}",
])
def test_page_title_and_breadcrumb_with_the_headline(line: str) -> None:
    text = page(line)
    assert strip_boilerplate(text) == page()


def test_page_title_without_the_headline_stays() -> None:
    text = "\n".join([f"{HEADLINE} | প্রথম আলো", BODY, BODY2])
    assert strip_boilerplate(text) == text


def test_place_or_section_word_between_headline_and_body_goes() -> None:
    text = "\n".join([HEADLINE, "নিজস্ব সংবাদদাতা", "কলকাতা", BODY, "খেলা", BODY2])
    assert strip_boilerplate(text) == "\n".join([HEADLINE, BODY, "খেলা", BODY2])


def test_a_how_to_step_at_the_end_stays() -> None:
    text = "\n".join([HEADLINE, BODY, BODY2, "৫. সবশেষে প্লে স্টোর থেকে অ্যাপটি ডাউনলোড করুন।"])
    assert strip_boilerplate(text) == text


@pytest.mark.parametrize("text", [
    "Download the app from store.example.com/bn today. অ্যাপটি সম্পূর্ণ বিনামূল্যে।",
    f"{BODY} অ্যাপটি ডাউনলোড করুন।",
    f"{HEADLINE}\n{BODY} আজই আমাদের চ্যানেল সাবস্ক্রাইব করুন বলে তিনি অনুরোধ করেন।",
])
def test_one_sentence_per_line_is_idempotent_for_prompts_in_prose(text: str) -> None:
    once = bnclean.clean(text, one_sentence_per_line=True)
    assert bnclean.clean(once, one_sentence_per_line=True) == once


# --- generalization: the classes of chrome of the held-out pages, with variants ---------------
# Each class has positives (the chrome goes with its reason) and prose negatives (a line of
# the article that looks like it stays). Every line and page below is also run through the
# fast and the reference path (test_new_rules_fast_path_is_exact).


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _at(where: str, line: str) -> str:
    """A page with ``line`` in the head (above the headline), the byline slot (between the
    headline and the body), the body (between two paragraphs) or the tail."""
    return {
        "head": _page(line, HEADLINE, BODY, BODY2),
        "slot": _page(HEADLINE, line, BODY, BODY2),
        "body": _page(HEADLINE, BODY, line, BODY2),
        "tail": _page(HEADLINE, BODY, BODY2, line),
    }[where]


# (where, line, reason): the line goes there with the reason.
NEW_CHROME = [
    # byline rows: every "|" part is a byline, a stamp, a site or a person's name, with at
    # least one byline or stamp; a stamp part may hold a danda
    ("slot", "নিজস্ব প্রতিবেদক | প্রকাশ: ১৪ এপ্রিল ২৪। ১২:৩০", "byline"),
    ("slot", "বিদিশা সরকার | Updated: Mar 3, 2024, 11:05 PM IST", "byline"),
    ("slot", "Written By Bidisha Sarkar | Last Updated: Mar 3, 2024, 11:05 PM IST", "byline"),
    ("slot", "সমকাল | প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০", "byline"),
    ("slot", "ড. তানিয়া রহমান | আপডেট: ১২:৩০", "byline"),
    ("slot", "খুলনা প্রতিনিধি | প্রকাশিত: ১২ মার্চ ২০২৪। ১০:৩০", "byline"),
    ("slot", "প্রকাশ: ১২ মার্চ ২০২৪ | নিজস্ব প্রতিবেদক", "byline"),
    # blog post lines and "by <name>"
    ("slot", "Posted on June 3, 2024 by admin", "byline"),
    ("slot", "Posted by admin on June 3, 2024", "byline"),
    ("slot", "Published on 3 June 2024 by Rahim Uddin", "byline"),
    ("slot", "June 3, 2024 by admin", "byline"),
    ("slot", "by তানিয়া রহমান", "byline"),
    ("slot", "Written by Bidisha Sarkar", "byline"),
    ("slot", "প্রতিবেদক: তানিয়া রহমান", "byline"),
    # "<person name>, <place or site>..."
    ("slot", "তানিয়া রহমান, ঢাকা", "byline"),
    ("slot", "তানিয়া রহমান, বিবিসি নিউজ বাংলা, ঢাকা", "byline"),
    ("slot", "শুভজিৎ বসু, কলকাতা", "byline"),
    ("slot", "মো. আব্দুল করিম, রংপুর", "byline"),
    ("slot", "Bidisha Sarkar, Kolkata", "byline"),
    # desk signatures that start with a reporter's name
    ("tail", "জাহিদ পাটোয়ারী/এফএ/জেআইএম", "signature"),
    ("tail", "রাশেদুল ইসলাম/এসআর", "signature"),
    ("tail", "মো. আব্দুল করিম/এমএইচআর/জিকেএস", "signature"),
    ("tail", "সাইফুল ইসলাম/এএসএম/এমএস", "signature"),
    ("tail", "তানভীর আহমেদ / আরএআর / জেআইএম", "signature"),
    ("tail", "নাসির উদ্দিন/ডব্লিউএস", "signature"),
    # desk signatures with a date
    ("tail", "রাইজিংবিডি/ঢাকা/২০ মার্চ ২০২৪/আমিনুল", "signature"),
    ("tail", "রাইজিংবিডি/খুলনা/৫ জানুয়ারি ২০২৪/নূরুজ্জামান/বকুল", "signature"),
    ("tail", "ঢাকা/১২ মার্চ ২০২৪/রহমান", "signature"),
    # inline tags
    ("tail", "Tags: ভ্রমণ, সাজেক, পাহাড়", "read-more"),
    ("tail", "Labels: রান্না, রেসিপি", "read-more"),
    ("tail", "Filed under: ভ্রমণ", "read-more"),
    ("tail", "ট্যাগস: বাজেট, আয়কর", "read-more"),
    ("tail", "টপিকস: নির্বাচন", "read-more"),
    ("tail", "ক্যাটাগরি: ভ্রমণ", "read-more"),
    # copyright notices that end in a danda
    ("body", "স্বত্ব © ২০২৪ প্রযুক্তি কথা। সর্বস্বত্ব সংরক্ষিত।", "copyright"),
    ("body", "© ২০২৪ ভ্রমণের গল্প।", "copyright"),
    ("body", "কপিরাইট © ২০১৮-২০২৪ আমার ব্লগ। সর্বস্বত্ব সংরক্ষিত।", "copyright"),
    ("body", "© প্রথম আলো ২০২৪।", "copyright"),
    ("body", "Copyright © 2024 My Blog। All rights reserved।", "copyright"),
    ("body", "সর্বস্বত্ব সংরক্ষিত।", "copyright"),
    ("body", "© ২০২৪ সর্বস্বত্ব সংরক্ষিত। কালের কণ্ঠ", "copyright"),
    ("body", "Copyright © 2024 Zee Media Corporation Ltd. All rights reserved.", "copyright"),
    # calls to action: "খবর পেতে" on a short line, "... করতে এখানে ক্লিক করুন", "<site> App দেখুন"
    ("body", "জাগোনিউজের খবর পেতে ফলো করুন", "follow-prompt"),
    ("body", "সর্বশেষ খবর পেতে আমাদের সঙ্গে যুক্ত থাকুন", "follow-prompt"),
    ("body", "ঢাকা পোস্টের খবর পেতে চোখ রাখুন", "follow-prompt"),
    ("body", "সমকালের খবর পেতে সাবস্ক্রাইব করুন", "subscribe-prompt"),
    ("body", "Zee 24 Ghanta App দেখুন", "app-prompt"),
    ("body", "বিবিসি বাংলার ইউটিউব চ্যানেল সাবস্ক্রাইব করতে এখানে ক্লিক করুন", "subscribe-prompt"),
    ("body", "প্রথম আলোর ফেসবুক পেজ ফলো করতে এখানে ক্লিক করুন", "follow-prompt"),
    ("body", "কালের কণ্ঠের অ্যাপ ডাউনলোড করতে এখানে ক্লিক করুন", "app-prompt"),
    # comment forms, previous/next links, toolbar buttons (phrase lists)
    ("body", "আপনার ইমেইল ঠিকানা প্রকাশ করা হবে না। প্রয়োজনীয় ঘরগুলো * চিহ্নিত করা আছে।", "comments"),
    ("body", "আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না। * চিহ্নিত বিষয়গুলো আবশ্যক।", "comments"),
    ("body", "Your email address will not be published. Required fields are marked *", "comments"),
    ("body", "একটি মন্তব্য করুন", "comments"),
    ("body", "Leave a Reply Cancel reply", "comments"),
    ("body", "আগের পোস্ট", "navigation"),
    ("body", "পরবর্তী পোস্ট", "navigation"),
    ("body", "← পূর্ববর্তী পোস্ট", "navigation"),
    ("body", "নতুন পোস্ট →", "navigation"),
    ("body", "পরের লেখা", "navigation"),
    ("body", "আপনার মতামত লিখুন", "comments"),
    ("body", "Like this:", "follow-prompt"),
    ("body", "সেভ করুন", "navigation"),
    ("body", "অ- অ অ+", "navigation"),
    ("body", "A+ A A-", "navigation"),
    # section and menu words of blogs and of Kaler Kantho (head and tail only)
    ("head", "About", "section-label"),
    ("head", "অনলাইন", "section-label"),
    ("head", "ব্লগ", "section-label"),
    ("head", "সারাদেশ » রংপুর", "section-label"),
    ("head", "প্রচ্ছদ / বিশ্ব / যুক্তরাষ্ট্র", "section-label"),
    ("head", "কালের কণ্ঠ অনলাইন", "site-name"),
    ("head", "Jugantor Online", "site-name"),
    # place names alone in the head: a dateline or a sub-section label
    ("head", "বগুড়া", "dateline"),
    ("head", "শিলিগুড়ি", "dateline"),
    ("head", "কুমিল্লা", "dateline"),
    ("slot", "নয়াদিল্লি", "dateline"),
    ("slot", "ওয়াশিংটন", "dateline"),
    ("slot", "যুক্তরাষ্ট্র", "dateline"),
]


@pytest.mark.parametrize(("where", "line", "reason"), NEW_CHROME, ids=[f"{w}-{x[:24]}" for w, x, _ in NEW_CHROME])
def test_new_chrome_goes_with_its_reason(where: str, line: str, reason: str) -> None:
    text = _at(where, line)
    assert strip_boilerplate(text) == page()
    assert reasons(text) == {line: "boilerplate:" + reason}


# (where, line): a line of the article that looks like the chrome above, and stays.
NEW_PROSE = [
    # rows that are not bylines; a byline row inside the body
    ("slot", "বাজেট ২০২৪ | সরকারের নতুন পরিকল্পনা"),
    ("slot", "মা | বাবা | ভাই"),
    ("slot", "তিনি বলেন | প্রকাশ নিয়ে বিতর্ক চলছে"),
    ("body", "তানিয়া রহমান | আপডেট: ১২:৩০"),
    ("body", "The bill was passed on June 3, 2024 by parliament."),
    # slash lines that are not signatures
    ("tail", "সরকারি/বেসরকারি খাত"),
    ("tail", "ছাত্র ও শিক্ষক/কর্মচারী"),
    ("tail", "মাছ ধরা/শিকার"),
    # prose with related-block, navigation and place words
    ("body", "এ সম্পর্কিত আরও তথ্য জানতে মন্ত্রণালয়ের ওয়েবসাইটে যোগাযোগ করতে বলা হয়েছে।"),
    ("body", "সম্পর্কিত আরও কয়েকটি প্রকল্পের কাজ আগামী মাসে শুরু হবে।"),
    ("body", "আগের পোস্টে আমি সাজেকের কথা লিখেছিলাম।"),
    ("slot", "রংপুর আবহাওয়া অফিস জানিয়েছে, আগামী তিন দিন তাপমাত্রা আরও কমতে পারে।"),
    ("body", "রংপুর"),
    ("tail", "নয়াদিল্লি"),
    ("body", "About"),
    # sentences that quote the copyright sign
    ("body", "© চিহ্ন দিয়ে স্বত্ব বোঝানো হয়।"),
    ("body", "© চিহ্নটি কপিরাইটের প্রতীক।"),
    ("body", "© ২০২৪ সালের বইমেলায় বইটির স্বত্ব বিক্রি হয়।"),
    ("body", "স্বত্ব নিয়ে বিরোধ মেটেনি।"),
    ("body", "লেখক বলেন, © চিহ্ন থাকলেও বইটি নকল হয়েছে।"),
    ("body", "© ২০২৪ প্রথম আলো। তিনি বলেন সব ঠিক আছে।"),
    # a name and a phrase that is not a place
    ("slot", "রহিম উদ্দিন, ঢাকা বিশ্ববিদ্যালয়ের শিক্ষক"),
    ("body", "রহিম উদ্দিন, ঢাকা বিশ্ববিদ্যালয়ের শিক্ষক।"),
    ("body", "সারাদেশ » রংপুর"),
    # imperative sentences in prose
    ("body", "বন্যার সর্বশেষ খবর পেতে স্থানীয় প্রশাসনের ঘোষণা ও রেডিওর বুলেটিনে নিয়মিত চোখ রাখুন এবং গুজবে কান দেবেন না।"),
    ("body", "ভিডিওটি দেখুন।"),
    ("body", "তিনি বলেন, খবর পেতে ফলো করুন।"),
    ("body", "খবর পেতে দেরি হওয়ায় অনেকে ক্ষুব্ধ।"),
]


@pytest.mark.parametrize(("where", "line"), NEW_PROSE, ids=[f"{w}-{x[:24]}" for w, x in NEW_PROSE])
def test_prose_like_the_new_chrome_stays(where: str, line: str) -> None:
    text = _at(where, line)
    assert strip_boilerplate(text) == text


# A byline that is only a person's name, in the slot between the headline and the body,
# followed by a byline, a stamp, a place or a section word.
@pytest.mark.parametrize(("name", "anchor"), [
    ("তানিয়া রহমান", "বিবিসি নিউজ বাংলা, ঢাকা"),
    ("ড. আবুল কালাম", "প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০"),
    ("মোহাম্মদ আলী জিন্নাহ", "ঢাকা"),
    ("শুভজিৎ বসু", "কলকাতা"),
    ("সাকিব হাসান", "নয়াদিল্লি"),
    ("Bidisha Sarkar", "Updated: Mar 3, 2024, 11:05 PM IST"),
    ("ফারহানা পারভীন", "২০ মার্চ ২০২৪"),
    ("রাশেদুল ইসলাম", "নিজস্ব প্রতিবেদক"),
    ("গোলাম মোস্তফা", "আপডেট: ১২:৩০"),
])
def test_person_name_in_the_byline_slot_goes(name: str, anchor: str) -> None:
    text = _page("প্রথম আলো", HEADLINE, name, anchor, BODY, BODY2)
    assert strip_boilerplate(text) == page()
    assert reasons(text)[name] == "boilerplate:byline"


@pytest.mark.parametrize(("text", "kept"), [
    # a two-word headline above a stamp or a byline is the headline
    (f"শীতের দাপট\nপ্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০\n{BODY}", "শীতের দাপট"),
    (f"প্রথম আলো\nশীতের দাপট\nনিজস্ব প্রতিবেদক\n{BODY}", "শীতের দাপট"),
    (f"বিশেষ আয়োজন\nশীতের দাপট\nপ্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০\n{BODY}", "শীতের দাপট"),
    # a two-word line after the headline that no byline or stamp follows
    (f"{HEADLINE}\nবিশেষ আয়োজন\n{BODY}", "বিশেষ আয়োজন"),
    # a two-word sub-heading in the body above a date of a timeline
    (f"{HEADLINE}\n{BODY}\nমূল ঘটনা\n১৫ আগস্ট ১৯৭৫\n{BODY2}", "মূল ঘটনা"),
    # short lines in the slot with a word that no name has (a question word, a quantity, a verb)
    (f"{HEADLINE}\nকোথায় থাকবেন\nপ্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০\n{BODY}", "কোথায় থাকবেন"),
    (f"{HEADLINE}\nনতুন বই কত\nপ্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০\n{BODY}", "নতুন বই কত"),
    (f"{HEADLINE}\nঘি আধা কাপ\nপ্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০\n{BODY}", "ঘি আধা কাপ"),
    (f"{HEADLINE}\nসবাই এসেছে\nঢাকা\n{BODY}", "সবাই এসেছে"),
    # short first lines that are not mastheads: a menu then prose; one chrome line; no menu
    (f"শীতের দাপট বাড়ছে\nHome\nAbout\n{BODY}", "শীতের দাপট বাড়ছে"),
    (f"শীতের দাপট\nশেয়ার\n{BODY}", "শীতের দাপট"),
    (f"ভ্রমণের গল্প\n{HEADLINE}\nHome\n{BODY}", "ভ্রমণের গল্প"),
])
def test_short_lines_that_are_not_bylines_or_mastheads_stay(text: str, kept: str) -> None:
    assert kept in strip_boilerplate(text).split("\n")


@pytest.mark.parametrize("head", [
    ("সংবাদ সংস্থা", "নয়াদিল্লি", "শেষ আপডেট: ২৩ জুলাই ২০২৪ ১৯:৩২"),
    ("প্রথম আলো", "বাংলাদেশ", "রংপুর"),
    ("প্রথম আলো", "বিশ্ব", "যুক্তরাষ্ট্র"),
    ("আন্তর্জাতিক ডেস্ক", "ওয়াশিংটন"),
    ("বার্তা সংস্থা", "মস্কো", "২০ মার্চ ২০২৪"),
])
def test_places_in_a_head_block_go(head: tuple[str, ...]) -> None:
    assert strip_boilerplate(_page(*head, HEADLINE, BODY, BODY2)) == page()
    assert strip_boilerplate(_page(HEADLINE, *head, BODY, BODY2)) == page()


def test_places_in_a_list_in_the_tail_stay() -> None:
    text = _page(HEADLINE, BODY, BODY2, "ক্ষতিগ্রস্ত জেলা:", "কুমিল্লা", "ফেনী", "নোয়াখালী")
    assert strip_boilerplate(text) == text


# Related and tag blocks: a marker and the topic or headline lines after it.
@pytest.mark.parametrize("block", [
    ("এ সম্পর্কিত আরও", "নেপালের বিপক্ষে রেকর্ড কেমন বাংলাদেশের", "সাফের সেরা গোলদাতা কে"),
    ("এ বিষয়ে আরো", "রংপুরে শীতের দাপট"),
    ("ট্যাগস:", "রান্না", "রেসিপি"),
    ("বিষয়সমূহ:", "বাজেট", "আয়কর"),
    ("Tags", "ভ্রমণ", "সাজেক"),
    ("সম্পর্কিত প্রতিবেদন", "বাজেটে করমুক্ত আয়ের সীমা বাড়ল"),
    ("সাম্প্রতিক পোস্টসমূহ", "সাজেক ভ্রমণ: মেঘের রাজ্যে দুই দিন", "ঘরে বানান কাচ্চি বিরিয়ানি"),
    ("এই ব্লগটি থেকে জনপ্রিয় পোস্টগুলি", "পুরোনো ফোন দ্রুত করার উপায়"),
    ("Recent Posts", "সাজেক ভ্রমণ"),
])
def test_related_and_tag_blocks_go(block: tuple[str, ...]) -> None:
    text = _page(HEADLINE, BODY, BODY2, *block)
    assert strip_boilerplate(text) == page()
    assert set(reasons(text).values()) == {"boilerplate:read-more"}


# A blog's name above its menu.
@pytest.mark.parametrize("head", [
    ("ভ্রমণের গল্প", "Home", "About", "Contact"),
    ("আমার ব্লগ", "হোম", "About"),
    ("প্রযুক্তি কথা", "প্রচ্ছদ", "প্রযুক্তি"),
    ("গ্রামের কথা", "Menu", "Search"),
    ("রান্নাঘর", "Home", "Blog", "Contact us"),
])
def test_masthead_above_a_menu_goes(head: tuple[str, ...]) -> None:
    text = _page(*head, HEADLINE, BODY, BODY2)
    assert strip_boilerplate(text) == page()
    assert reasons(text)[head[0]] == "boilerplate:site-name"


def _parameters() -> list[str]:
    """Every str in the parameters of the tests of this section (lines and whole pages)."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, (tuple, list)):
            for v in value:
                walk(v)

    for name, func in list(globals().items()):
        if name.startswith("test_") and func.__code__.co_firstlineno > _page.__code__.co_firstlineno:
            for mark in getattr(func, "pytestmark", []):
                if mark.name == "parametrize":
                    walk(mark.args[1])
    return found


def test_new_rules_fast_path_is_exact() -> None:
    """The quiet-line gate and the early return keep the new rules exact: every line and
    page of this section's tests, in the head, the slot, the body and the tail of a page and
    alone, and the held-out pages (which test_linesteps_fastpath does not read)."""
    from tests.test_linesteps_fastpath import assert_same

    heldout = Path(__file__).parent / "data" / "documents_heldout.jsonl"
    pages = [json.loads(line)["raw"] for line in heldout.read_text("utf-8").split("\n") if line.strip()]
    params = _parameters()
    assert len(params) > 150
    for p in params:
        pages += [p, *(_at(where, p) for where in ("head", "slot", "body", "tail"))]
    texts = pages + [bnclean.normalize(t) for t in pages]
    assert_same(texts, "new rule page")
    lines = sorted({line for t in texts for line in t.split("\n")})
    assert_same(lines, "new rule line")


def test_every_new_reason_is_documented() -> None:
    """Each reason label of the new rules has a row in docs/pages.md."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "pages.md").read_text("utf-8")
    for reason in {r for _, _, r in NEW_CHROME} | {"byline", "site-name"}:
        assert f"`boilerplate:{reason}`" in doc or f", `{reason}`" in doc, reason


@pytest.mark.parametrize("prose", [
    'এক আধিকারিকের কথায়, "The idea is to make travel completely paperless within a year."',
    "মন্ত্রী বলেন, “আমরা দ্রুত ব্যবস্থা নেব।”",
    "তিনি জানান, সবাইকে সতর্ক থাকতে হবে।)",
])
def test_related_block_ends_at_prose_with_closing_quote(prose: str) -> None:
    page = "\n".join([
        "শিরোনাম: মেট্রোয় নতুন টিকিট ব্যবস্থা চালু",
        "মেট্রো কর্তৃপক্ষ জানিয়েছে, নতুন ব্যবস্থা আজ থেকে চালু হয়েছে। যাত্রীরা খুশি।",
        "আরও পড়ুন:",
        "ভিড় সামলাতে সকালে বাড়তি মেট্রো, জানাল কর্তৃপক্ষ",
        prose,
        "নিত্যযাত্রীদের অনেকেই অবশ্য বলছেন, নেটওয়ার্ক দুর্বল থাকলে দেরি হতে পারে।",
    ])
    out = bnclean.strip_boilerplate(page).split("\n")
    assert "ভিড় সামলাতে সকালে বাড়তি মেট্রো, জানাল কর্তৃপক্ষ" not in out
    assert prose in out


@pytest.mark.parametrize("chrome", ["৩ মিনিটে পড়ুন", "The Daily Star বাংলা", "Home | About | Contact"])
def test_more_chrome_shapes_at_the_head(chrome: str) -> None:
    page = "\n".join([
        chrome,
        "শীতের সকালে পিঠা উৎসবে জমজমাট গ্রাম",
        "পৌষের শেষ সপ্তাহে আমাদের গ্রামে পিঠা উৎসব হয়ে গেল। ভোর থেকেই চুলা জ্বলছিল।",
    ])
    assert chrome not in bnclean.strip_boilerplate(page).split("\n")


def test_contact_word_in_prose_stays() -> None:
    line = "যোগাযোগ করতে চাইলে তিনি সবাইকে অফিসে আসতে বলেন।"
    page = "শিরোনাম এখানে লেখা আছে\n" + line + "\nপরে আরও কথা হবে বলে তিনি জানান।"
    assert line in bnclean.strip_boilerplate(page).split("\n")
