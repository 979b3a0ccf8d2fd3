"""Caption and repeated-paragraph dedup (policy section 4). STUB: being replaced."""

from __future__ import annotations

from dataclasses import dataclass

from ._validate import check_choice, check_text


@dataclass(frozen=True)
class DedupCaptions:
    mode: str = "dedup"
    name = "dedup_captions"

    def __call__(self, text: str) -> str:
        seen: set[str] = set()
        out = []
        for line in text.split("\n"):
            key = line.strip()
            if key and key in seen:
                continue
            seen.add(key)
            out.append(line)
        return "\n".join(out)


def dedup_captions(text: str, *, mode: str = "dedup") -> str:
    check_text(text, "dedup_captions")
    check_choice("mode", mode, ("dedup", "drop", "keep"))
    return DedupCaptions(mode)(text)
