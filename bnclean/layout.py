"""Text layout: the last step of ``clean`` (policy section 1).

Each line is a paragraph. Runs of blank lines become one blank line, and the text has no
leading or trailing blank line. Characters inside a line are ``normalize``'s job.
"""

from __future__ import annotations

import regex

from ._validate import check_text

# Three or more newlines in a row (the lines between them are already trimmed): collapsed
# to one blank line.
BLANK_LINE_RUN = regex.compile(r"\n{3,}+")
# Up to this many lines, tidy_layout trims each line rather than looking for spaces at
# line ends in the whole text.
FEW_LINES = 64


def tidy_layout(text: str) -> str:
    """Trim every line, collapse runs of blank lines to one, drop blank lines at both ends.

    >>> tidy_layout("\\n\\nশিরোনাম  \\n\\n\\n\\n  প্রথম অনুচ্ছেদ।\\n\\n")
    'শিরোনাম\\n\\nপ্রথম অনুচ্ছেদ।'
    """
    check_text(text, "tidy_layout")
    if "\n" not in text:  # one line: only its ends to trim
        return text.strip("\n \t")
    if text.count("\n") < FEW_LINES:
        # few lines: trimming each costs less than searching the whole text three times
        lines = text.split("\n")
        trimmed = [line.strip(" \t") for line in lines]
        if trimmed != lines:
            text = "\n".join(trimmed)
    elif " \n" in text or "\n " in text or "\t" in text:
        text = "\n".join([line.strip(" \t") for line in text.split("\n")])
    return _collapse_blank_lines(text).strip("\n \t")


def _tidy_trimmed_layout(text: str) -> str:
    """``tidy_layout`` of a text whose lines are already trimmed of spaces and tabs (every
    line of ``normalize``'s output is, and the line steps remove lines or sentences but
    leave none untrimmed): only the blank lines are left to do. ``clean``'s pipeline runs
    it under the name ``tidy_layout`` (tests/test_clean_fastpath.py compares the two)."""
    if "\n" not in text:  # one line, trimmed: nothing to do
        return text
    return _collapse_blank_lines(text).strip("\n")


def _collapse_blank_lines(text: str) -> str:
    """Runs of blank lines (the lines between them already trimmed) as one blank line."""
    if "\n\n\n" in text:
        text = BLANK_LINE_RUN.sub("\n\n", text)
    return text
