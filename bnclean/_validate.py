"""Argument checks shared by every public function (policy section 7)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def check_text(text: Any, func: str) -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a ``TypeError`` that says what to pass."""
    if isinstance(text, str):
        return text
    kind = type(text).__name__
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{func}() expects str, got {kind}: decode it first, "
            f"e.g. {func}(data.decode('utf-8'))"
        )
    raise TypeError(f"{func}() expects str, got {kind}: pass the text as a str")


def check_choice(name: str, value: Any, choices: Iterable[Any]) -> Any:
    """Return ``value`` if it is one of ``choices``; otherwise raise ``ValueError`` listing them."""
    choices = tuple(choices)
    if value not in choices:
        valid = ", ".join(repr(c) for c in choices)
        raise ValueError(f"{name}={value!r} is not valid; choose one of: {valid}")
    return value


def check_bool(name: str, value: Any) -> bool:
    """Return ``value`` if it is a ``bool``; otherwise raise ``TypeError``."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, got {type(value).__name__} {value!r}")
    return value


def check_options(func: str, given: Iterable[str], valid: Iterable[str]) -> None:
    """Raise ``TypeError`` naming the valid options if ``given`` has a name not in ``valid``."""
    valid = sorted(valid)
    unknown = sorted(set(given) - set(valid))
    if unknown:
        raise TypeError(
            f"{func}() got unexpected option(s) {', '.join(map(repr, unknown))}; "
            f"valid options are: {', '.join(valid)}"
        )


def check_item(value: Any, func: str, where: str) -> str:
    """``check_text`` for one item of a batch: the message starts with its position
    (``where``, e.g. ``"item 41"``) so the caller can find it."""
    if isinstance(value, str):
        return value
    try:
        return check_text(value, func)
    except TypeError as err:
        raise TypeError(f"{where}: {err}") from None
