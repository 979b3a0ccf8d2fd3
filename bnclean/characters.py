"""Character-level normalization (policy sections 2-3). STUB: being replaced."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import unicodedata2

from ._validate import check_choice, check_text


@dataclass(frozen=True)
class Normalize:
    nukta_form: str = "decomposed"
    digits: str = "keep"
    quotes: str = "ascii"
    lang: str = "bn"
    khanda_ta_heuristic: bool = False
    legacy_prebase_fix: bool = False
    digit_lookalikes: bool = False
    fix_mojibake: bool = False
    latin_I_danda: bool = True
    name = "normalize"

    def __call__(self, text: str) -> str:
        return unicodedata2.normalize("NFC", text.replace("\r\n", "\n"))


def normalize(text: str, **options: Any) -> str:
    check_text(text, "normalize")
    return Normalize(**options)(text)


def convert_digits(text: str, to: str = "ascii") -> str:
    check_text(text, "convert_digits")
    check_choice("to", to, ("ascii", "bengali"))
    if to == "ascii":
        return text.translate({0x09E6 + i: 0x30 + i for i in range(10)})
    return text.translate({0x30 + i: 0x09E6 + i for i in range(10)})
