"""Small value types shared by the steps and the pipeline."""

from __future__ import annotations

from typing import NamedTuple


class Removal(NamedTuple):
    """A line that a line step removed, and why.

    ``line_no`` counts from 1 in the text the step received; ``reason`` is a short label
    such as ``"caption-repeat"`` or ``"boilerplate:share-prompt"``.
    """

    line_no: int
    line: str
    reason: str
