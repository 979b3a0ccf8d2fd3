"""Text layout: the last step of ``clean`` (policy section 1).

Each line is a paragraph. Runs of blank lines become one blank line, and the text has no
leading or trailing blank line. Characters inside a line are ``normalize``'s job.
"""

from __future__ import annotations

import regex

from ._validate import check_text

# A run of two or more blank lines (possibly holding spaces or tabs), and the newline
# before it: collapsed to a single blank line.
BLANK_LINE_RUN = regex.compile(r"\n(?:[ \t]*+\n){2,}+")
# Spaces and tabs at the end or start of a line.
LINE_EDGE_SPACE = regex.compile(r"[ \t]++$|^[ \t]++", regex.MULTILINE)


def tidy_layout(text: str) -> str:
    """Trim every line, collapse runs of blank lines to one, drop blank lines at both ends.

    >>> tidy_layout("\\n\\nশিরোনাম  \\n\\n\\n\\n  প্রথম অনুচ্ছেদ।\\n\\n")
    'শিরোনাম\\n\\nপ্রথম অনুচ্ছেদ।'
    """
    check_text(text, "tidy_layout")
    if "\n\n" in text or " \n" in text or "\n " in text or "\t" in text:
        text = LINE_EDGE_SPACE.sub("", text)
        text = BLANK_LINE_RUN.sub("\n\n", text)
    return text.strip("\n \t")
