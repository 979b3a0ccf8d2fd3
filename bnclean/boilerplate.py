"""Boilerplate stripping (policy section 5). STUB: being replaced."""

from __future__ import annotations

from dataclasses import dataclass

from ._validate import check_text

_PHRASES = {"শেয়ার করুন", "Comments", "মন্তব্য", "বিজ্ঞাপন", "Advertisement"}


@dataclass(frozen=True)
class BoilerplateModel:
    lines: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StripBoilerplate:
    model: BoilerplateModel | None = None
    name = "strip_boilerplate"

    def __call__(self, text: str) -> str:
        return "\n".join(l for l in text.split("\n") if l.strip() not in _PHRASES)


def strip_boilerplate(text: str) -> str:
    check_text(text, "strip_boilerplate")
    return StripBoilerplate()(text)


def learn_boilerplate(docs, *, min_docs: int = 5) -> BoilerplateModel:
    return BoilerplateModel()
