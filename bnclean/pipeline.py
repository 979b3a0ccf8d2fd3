"""Composing steps: ``Pipeline``, the step registry, and the cached ``clean`` pipelines.

A step is any ``str -> str`` callable. Its name is its ``name`` attribute, else its
``__name__``; the same name is its function, its option, its registry key and its label in
``Pipeline.explain``. Steps keep no state between calls, so a pipeline pickles and can be
sent to ``datasets.map`` workers or a ``multiprocessing`` pool.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from ._types import Removal
from ._validate import check_bool, check_choice, check_item, check_options, check_text

Step = Callable[[str], str]


def step_name(step: Step) -> str:
    """The label of ``step``: its ``name`` attribute, else its ``__name__``, else its type."""
    name = getattr(step, "name", None) or getattr(step, "__name__", None)
    return str(name or type(step).__name__)


@dataclass(frozen=True)
class StepReport:
    """What one step did to a text in ``Pipeline.explain``."""

    step: str
    before: str
    after: str
    seconds: float
    removed: tuple[Removal, ...] = ()

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class Explanation:
    """The result of ``Pipeline.explain``: the output and a report per step."""

    output: str
    steps: tuple[StepReport, ...] = field(default_factory=tuple)

    @property
    def changed_by(self) -> list[str]:
        """Names of the steps that changed the text, in order."""
        return [r.step for r in self.steps if r.changed]

    @property
    def removed(self) -> list[tuple[str, Removal]]:
        """Every removed line, with the step that removed it and the rule's reason."""
        return [(r.step, rm) for r in self.steps for rm in r.removed]

    def __str__(self) -> str:
        lines = []
        for r in self.steps:
            mark = "changed" if r.changed else "-"
            lines.append(f"{r.step:<24} {mark:<8} {r.seconds * 1e3:8.3f} ms")
            for rm in r.removed:
                lines.append(f"    line {rm.line_no}: {rm.reason}: {rm.line[:70]}")
        return "\n".join(lines)


class Pipeline:
    """An immutable sequence of ``str -> str`` steps applied in order.

    >>> from bnclean import Pipeline, normalize, strip_boilerplate
    >>> pipe = Pipeline([normalize, strip_boilerplate, str.strip])
    >>> pipe("শেয়ার করুন\\nআমি ভাত খাই ।")
    'আমি ভাত খাই।'
    >>> pipe.explain("শেয়ার করুন\\nআমি ভাত খাই ।").changed_by
    ['normalize', 'strip_boilerplate']
    """

    __slots__ = ("_steps", "_names")

    def __init__(self, steps: Iterable[Step | tuple[str, Step]]) -> None:
        pairs: list[tuple[str, Step]] = []
        for item in steps:
            if isinstance(item, tuple):
                name, func = item
            else:
                name, func = step_name(item), item
            if not callable(func):
                raise TypeError(
                    f"Pipeline step {name!r} is a {type(func).__name__}, not a callable; "
                    "pass functions or objects that take a str and return a str"
                )
            pairs.append((str(name), func))
        object.__setattr__(self, "_steps", tuple(func for _, func in pairs))
        object.__setattr__(self, "_names", tuple(name for name, _ in pairs))

    def __setattr__(self, key: str, value: Any) -> None:
        raise AttributeError("Pipeline is immutable; build a new one")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Pipeline, (list(zip(self._names, self._steps)),))

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return self._names

    @property
    def steps(self) -> tuple[Step, ...]:
        """The step callables, in order."""
        return self._steps

    def __len__(self) -> int:
        return len(self._steps)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self._names)}])"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Pipeline)
            and self._names == other._names
            and self._steps == other._steps
        )

    def __hash__(self) -> int:
        return hash((self._names, self._steps))

    def __call__(self, text: str) -> str:
        check_text(text, "Pipeline")
        for step in self._steps:
            text = step(text)
        return text

    def map(self, texts: Iterable[str]) -> Iterator[str]:
        """Apply the pipeline to each text of an iterable, lazily.

        A text that is not a ``str`` raises ``TypeError`` naming its position.
        """
        steps = self._steps
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                check_item(text, "Pipeline.map", f"item {i}")
            for step in steps:
                text = step(text)
            yield text

    def explain(self, text: str) -> Explanation:
        """Run the pipeline step by step and report what each step changed and how long it took.

        Steps that remove lines and can say why (they have a ``removals`` method) list every
        removed line with the rule that removed it.
        """
        check_text(text, "Pipeline.explain")
        reports = []
        for name, step in zip(self._names, self._steps):
            removals = getattr(step, "removals", None)
            removed: tuple[Removal, ...] = tuple(removals(text)) if removals else ()
            start = time.perf_counter()
            after = step(text)
            seconds = time.perf_counter() - start
            reports.append(StepReport(name, text, after, seconds, removed))
            text = after
        return Explanation(text, tuple(reports))


# --- the clean() pipeline ----------------------------------------------------------------

CAPTION_MODES = ("dedup", "drop", "keep")


@lru_cache(maxsize=64)
def _clean_pipeline(
    captions: str,
    boilerplate: Any,
    one_sentence_per_line: bool,
    normalize_options: tuple[tuple[str, Any], ...],
) -> Pipeline:
    from .boilerplate import BoilerplateModel, StripBoilerplate
    from .captions import DedupCaptions
    from .characters import Normalize
    from .layout import _tidy_trimmed_layout, tidy_layout
    from .sentences import SentencePerLine

    check_choice("captions", captions, CAPTION_MODES)
    if not (isinstance(boilerplate, bool) or isinstance(boilerplate, BoilerplateModel)):
        raise TypeError(
            "boilerplate must be True, False or a BoilerplateModel from "
            f"bnclean.learn_boilerplate(), got {type(boilerplate).__name__}"
        )
    check_bool("one_sentence_per_line", one_sentence_per_line)
    check_options("clean", (name for name, _ in normalize_options),
                  [f.name for f in fields(Normalize)]
                  + ["captions", "boilerplate", "one_sentence_per_line"])
    steps: list[Step | tuple[str, Step]] = [Normalize(**dict(normalize_options))]
    if boilerplate is not False:
        # With the default normalize options, every output of normalize is NFC (the
        # invariant tests check it), so the line steps may skip their NFC checks.
        steps.append(
            StripBoilerplate(model=boilerplate if boilerplate is not True else None,
                             _nfc_input=not normalize_options)
        )
    steps.append(DedupCaptions(mode=captions, _normalized_input=not normalize_options))
    if not normalize_options and not isinstance(boilerplate, BoilerplateModel):
        # normalize trims every line and the line steps leave them trimmed (a learned
        # dateline cut may not): only the blank lines are left for tidy_layout
        steps.append(("tidy_layout", _tidy_trimmed_layout))
    else:
        steps.append(tidy_layout)
    if one_sentence_per_line:
        steps.append(SentencePerLine())
    return Pipeline(steps)


def default_pipeline() -> Pipeline:
    """``build_pipeline()``: the pipeline of ``clean`` with no options (cached)."""
    return _clean_pipeline("dedup", True, False, ())


@lru_cache(maxsize=1)
def default_clean() -> Callable[[str], str]:
    """``default_pipeline()`` as one function for a text already checked to be a ``str``:
    each step without its own check of its argument (its ``_apply``, where it has one),
    called in turn without the pipeline's loop. The usual call to ``clean`` is a short
    text, where those checks and calls cost some 5% of the time."""
    first, second, third, fourth = (
        getattr(step, "_apply", step) for step in default_pipeline().steps
    )

    def clean_default(text: str) -> str:
        return fourth(third(second(first(text))))

    return clean_default


def build_pipeline(
    *,
    captions: str = "dedup",
    boilerplate: Any = True,
    one_sentence_per_line: bool = False,
    **normalize_options: Any,
) -> Pipeline:
    """The ``Pipeline`` that ``clean`` runs for these options (built once, then cached).

    >>> from bnclean import build_pipeline
    >>> build_pipeline(captions="drop")
    Pipeline([normalize, strip_boilerplate, dedup_captions, tidy_layout])
    """
    try:
        key = tuple(sorted(normalize_options.items()))
        hash((captions, boilerplate, key))
    except TypeError:
        # An unhashable option value cannot be valid; let the step say why.
        return _clean_pipeline.__wrapped__(
            captions, boilerplate, one_sentence_per_line, tuple(normalize_options.items())
        )
    return _clean_pipeline(captions, boilerplate, one_sentence_per_line, key)
