"""bnclean: clean, canonical, deterministic Bengali (Bangla) text for NLP and ML.

>>> from bnclean import clean, split_sentences
>>> clean("শেয়ার করুন\\nআমি ভাত খাই ।তুমি?")
'আমি ভাত খাই। তুমি?'
>>> split_sentences("আমি ভাত খাই। তুমি?")
['আমি ভাত খাই।', 'তুমি?']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._types import Removal
from ._validate import check_item, check_text
from .characters import Normalize, convert_digits, normalize
from .layout import tidy_layout
from .pipeline import Explanation, Pipeline, StepReport, build_pipeline
from .pipeline import default_clean as _default_clean

if TYPE_CHECKING:
    from .boilerplate import (
        BoilerplateModel,
        StripBoilerplate,
        learn_boilerplate,
        strip_boilerplate,
    )
    from .captions import DedupCaptions, dedup_captions
    from .mojibake import fix_mojibake
    from .replace import Replace, replace_entities
    from .sentences import (
        SentencePerLine,
        Splitter,
        iter_sentences,
        sentence_spans,
        split_sentences,
    )

__version__ = "0.1.0"

# The modules whose patterns are costly to build are imported on first use (PEP 562
# module __getattr__), so that `import bnclean` stays cheap: the opt-in ones, and those
# that a program which only normalizes never needs (clean imports them on its first call).
_LAZY = {
    "BoilerplateModel": ".boilerplate",
    "StripBoilerplate": ".boilerplate",
    "learn_boilerplate": ".boilerplate",
    "strip_boilerplate": ".boilerplate",
    "DedupCaptions": ".captions",
    "dedup_captions": ".captions",
    "SentencePerLine": ".sentences",
    "Splitter": ".sentences",
    "iter_sentences": ".sentences",
    "sentence_spans": ".sentences",
    "split_sentences": ".sentences",
    "fix_mojibake": ".mojibake",
    "Replace": ".replace",
    "replace_entities": ".replace",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'bnclean' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names, loaded or not (for tab completion in notebooks)."""
    return sorted(set(globals()) | set(__all__))

__all__ = [
    "BoilerplateModel",
    "DedupCaptions",
    "Explanation",
    "Normalize",
    "Pipeline",
    "Removal",
    "Replace",
    "SentencePerLine",
    "Splitter",
    "StepReport",
    "StripBoilerplate",
    "build_pipeline",
    "clean",
    "clean_many",
    "convert_digits",
    "dedup_captions",
    "explain",
    "fix_mojibake",
    "iter_sentences",
    "learn_boilerplate",
    "normalize",
    "replace_entities",
    "sentence_spans",
    "split_sentences",
    "strip_boilerplate",
    "tidy_layout",
]


def clean(
    text: str,
    *,
    captions: str = "dedup",
    boilerplate: bool | BoilerplateModel = True,
    one_sentence_per_line: bool = False,
    **normalize_options: Any,
) -> str:
    """Clean a scraped Bengali page or paragraph: the whole pipeline in one call.

    Runs ``normalize`` (characters), ``strip_boilerplate`` (site chrome), ``dedup_captions``
    (repeated captions and paragraphs) and ``tidy_layout`` (blank lines), and with
    ``one_sentence_per_line=True`` writes one sentence per line. ``captions`` is
    ``"dedup"``, ``"drop"`` or ``"keep"``; ``boilerplate`` is ``True``, ``False`` or a
    model from ``learn_boilerplate``; other keywords are ``normalize`` options.

    >>> clean("প্রথম আলো\\nআমি ভাত খাই ।\\nআমি ভাত খাই ।\\nশেয়ার করুন")
    'আমি ভাত খাই।'
    """
    check_text(text, "clean")
    if (captions == "dedup" and boilerplate is True and one_sentence_per_line is False
            and not normalize_options):
        return _default_clean()(text)  # the usual call: no option to sort and look up
    return build_pipeline(
        captions=captions,
        boilerplate=boilerplate,
        one_sentence_per_line=one_sentence_per_line,
        **normalize_options,
    )(text)


def clean_many(texts: Iterable[str], **options: Any) -> list[str]:
    """``clean`` each text of a list or iterable, building the pipeline once.

    For ``datasets.map(batched=True)`` and pandas columns. A text that is not a ``str``
    raises ``TypeError`` naming its position.

    >>> clean_many(["আমি ভাত খাই ।", "শেয়ার করুন"])
    ['আমি ভাত খাই।', '']
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("clean_many() expects an iterable of str, got a single "
                        f"{type(texts).__name__}: use clean() for one text")
    if options:
        return list(build_pipeline(**options).map(texts))
    run = _default_clean()
    return [run(t if isinstance(t, str) else check_item(t, "clean_many", f"item {i}"))
            for i, t in enumerate(texts)]


def explain(text: str, **options: Any) -> Explanation:
    """Say what each step of ``clean`` (with these options) did to ``text``, and why lines went.

    >>> report = explain("শেয়ার করুন\\nআমি ভাত খাই।")
    >>> report.output
    'আমি ভাত খাই।'
    >>> report.changed_by
    ['strip_boilerplate']
    """
    check_text(text, "explain")
    return build_pipeline(**options).explain(text)
