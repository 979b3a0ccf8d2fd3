"""tidy_layout: blank lines and line edges (policy section 1)."""

from __future__ import annotations

import pytest

from bnclean import tidy_layout
from tests.linear import assert_linear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\n\nশিরোনাম  \n\n\n\n  প্রথম অনুচ্ছেদ।\n\n", "শিরোনাম\n\nপ্রথম অনুচ্ছেদ।"),
        ("ক\n \t \n\t\nখ", "ক\n\nখ"),
        ("ক\nখ", "ক\nখ"),
        ("", ""),
        ("\n\n\n", ""),
    ],
)
def test_tidy_layout(text: str, expected: str) -> None:
    assert tidy_layout(text) == expected
    assert tidy_layout(expected) == expected


@pytest.mark.parametrize("unit", ["\n", " \n", "\t", " ", "\n \t"])
def test_tidy_layout_linear(unit: str) -> None:
    assert_linear(lambda n: tidy_layout("ক" + unit * n + "খ"))
