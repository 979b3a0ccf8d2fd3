"""Sentence splitting (policy section 6). STUB: being replaced."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ._validate import check_text

_END = regex.compile(r"[^\n।॥?!]*(?:[।॥?!]+|$)")


def split_sentences(text: str) -> list[str]:
    check_text(text, "split_sentences")
    return [m.group().strip() for m in _END.finditer(text) if m.group().strip()]


@dataclass(frozen=True)
class SentencePerLine:
    name = "one_sentence_per_line"

    def __call__(self, text: str) -> str:
        return "\n".join("\n".join(split_sentences(line)) for line in text.split("\n"))


def iter_sentences(text: str):
    yield from split_sentences(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return []
