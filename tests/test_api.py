"""The public surface: names, errors, the Pipeline, batches and pickling."""

from __future__ import annotations

import pickle

import pytest

import bnclean
from bnclean import Pipeline, build_pipeline, clean, clean_many, explain

PUBLIC_FUNCTIONS = [
    bnclean.clean,
    bnclean.normalize,
    bnclean.split_sentences,
    bnclean.dedup_captions,
    bnclean.strip_boilerplate,
    bnclean.tidy_layout,
]


def test_policy_names_exist() -> None:
    for name in ("clean", "normalize", "convert_digits", "split_sentences",
                 "dedup_captions", "strip_boilerplate"):
        assert name in bnclean.__all__
        assert callable(getattr(bnclean, name))


def test_all_names_resolve() -> None:
    for name in bnclean.__all__:
        assert getattr(bnclean, name) is not None


@pytest.mark.parametrize("func", PUBLIC_FUNCTIONS, ids=lambda f: f.__name__)
def test_bytes_says_decode_first(func) -> None:
    with pytest.raises(TypeError, match="bytes.*decode it first"):
        func("আমি".encode())


@pytest.mark.parametrize("func", PUBLIC_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", [None, 12, ["আমি"]], ids=["None", "int", "list"])
def test_non_str_names_the_type(func, value) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        func(value)


def test_convert_digits_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="int"):
        bnclean.convert_digits(123)


def test_clean_unknown_option_lists_valid_ones() -> None:
    with pytest.raises(TypeError, match="nukta_form"):
        clean("আমি", nukta="composed")


def test_clean_bad_captions_value_lists_choices() -> None:
    with pytest.raises(ValueError, match="dedup.*drop.*keep"):
        clean("আমি", captions="remove")


def test_clean_bad_boilerplate_value() -> None:
    with pytest.raises(TypeError, match="BoilerplateModel"):
        clean("আমি", boilerplate="yes")


def test_clean_bad_sentence_flag() -> None:
    with pytest.raises(TypeError, match="True or False"):
        clean("আমি", one_sentence_per_line="yes")


def test_clean_pipeline_is_cached_per_option_set() -> None:
    assert build_pipeline() is build_pipeline()
    assert build_pipeline(captions="drop") is not build_pipeline()


def test_default_pipeline_steps_in_order() -> None:
    assert build_pipeline().names == (
        "normalize", "strip_boilerplate", "dedup_captions", "tidy_layout")
    assert build_pipeline(one_sentence_per_line=True).names[-1] == "one_sentence_per_line"
    assert "strip_boilerplate" not in build_pipeline(boilerplate=False).names


def test_clean_removes_chrome_and_repeats() -> None:
    page = "শেয়ার করুন\nআমি ভাত খাই ।\nআমি ভাত খাই ।\n\n\n\nতুমি কোথায়?\n"
    assert clean(page) == "আমি ভাত খাই।\n\nতুমি কোথায়?"


def test_clean_one_sentence_per_line() -> None:
    assert clean("আমি ভাত খাই। তুমি কোথায়?", one_sentence_per_line=True) == (
        "আমি ভাত খাই।\nতুমি কোথায়?")


def test_clean_empty_and_blank() -> None:
    assert clean("") == ""
    assert clean(" \n\t\n ") == ""


def test_user_pipeline_with_own_function() -> None:
    pipe = Pipeline([bnclean.normalize, str.upper, ("shout", lambda s: s + "!")])
    assert pipe.names == ("normalize", "upper", "shout")
    assert pipe("abc ।") == "ABC।!"


def test_pipeline_rejects_non_callable() -> None:
    with pytest.raises(TypeError, match="not a callable"):
        Pipeline(["normalize"])


def test_pipeline_is_immutable() -> None:
    pipe = build_pipeline()
    with pytest.raises(AttributeError):
        pipe.steps = ()  # type: ignore[misc]


def test_pipeline_pickles_and_still_works() -> None:
    pipe = build_pipeline(captions="drop", digits="to_ascii")
    again = pickle.loads(pickle.dumps(pipe))
    assert again == pipe
    assert again("দাম ১২৩ টাকা।") == "দাম 123 টাকা।"


def test_explain_names_the_steps_that_changed() -> None:
    report = explain("শেয়ার করুন\nআমি ভাত খাই ।")
    assert report.output == "আমি ভাত খাই।"
    assert report.changed_by == ["normalize", "strip_boilerplate"]
    assert [s.step for s in report.steps] == list(build_pipeline().names)
    assert all(s.seconds >= 0 for s in report.steps)


def test_explain_gives_a_reason_for_each_removed_line() -> None:
    report = explain("শেয়ার করুন\nআমি ভাত খাই।\nআমি ভাত খাই।")
    removed = {(step, rm.line) for step, rm in report.removed}
    assert ("strip_boilerplate", "শেয়ার করুন") in removed
    assert ("dedup_captions", "আমি ভাত খাই।") in removed
    assert all(rm.reason for _, rm in report.removed)


def test_clean_many_matches_clean() -> None:
    texts = ["আমি ভাত খাই ।", "শেয়ার করুন", "তুমি  কোথায়?"]
    assert clean_many(texts) == [clean(t) for t in texts]
    assert clean_many(iter(texts), captions="drop") == [clean(t, captions="drop") for t in texts]


def test_clean_many_reports_position_of_bad_item() -> None:
    with pytest.raises(TypeError, match="item 1"):
        clean_many(["আমি", b"x", "তুমি"])


def test_clean_many_refuses_single_string() -> None:
    with pytest.raises(TypeError, match="clean\\(\\)"):
        clean_many("আমি ভাত খাই।")


def test_ships_py_typed() -> None:
    from importlib import resources

    assert resources.files("bnclean").joinpath("py.typed").is_file()


def run_fresh(*lines: str) -> None:
    """Run ``lines`` of Python in a new interpreter (a module imported here stays loaded)."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", "\n".join(lines)], check=True, timeout=60)


def test_opt_in_modules_load_on_first_use() -> None:
    run_fresh(
        "import sys, bnclean",
        "assert 'bnclean.mojibake' not in sys.modules and 'bnclean.replace' not in sys.modules",
        "assert bnclean.replace_entities('দেখুন https://a.com', urls='<URL>') == 'দেখুন <URL>'",
        "assert 'bnclean.replace' in sys.modules",
    )


def test_the_line_steps_and_the_splitter_load_on_first_use() -> None:
    """``import bnclean`` leaves out the costly patterns of the line steps and the sentence
    splitter; ``clean`` and the names that need them load them."""
    run_fresh(
        "import sys, bnclean",
        "late = ('bnclean.boilerplate', 'bnclean.captions', 'bnclean.sentences')",
        "assert not any(m in sys.modules for m in late), [m for m in late if m in sys.modules]",
        "assert set(bnclean.__all__) <= set(dir(bnclean))",
        "assert bnclean.clean('শেয়ার করুন\\nআমি ভাত খাই ।') == 'আমি ভাত খাই।'",
        "assert 'bnclean.boilerplate' in sys.modules and 'bnclean.captions' in sys.modules",
        "from bnclean import split_sentences",
        "assert split_sentences('আমি। তুমি?') == ['আমি।', 'তুমি?']",
    )


def test_every_public_name_is_importable() -> None:
    for name in bnclean.__all__:
        assert getattr(bnclean, name) is not None, name


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        bnclean.nope  # noqa: B018
