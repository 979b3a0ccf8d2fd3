"""The command line, run as a user runs it: a subprocess of the installed package."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bnclean", *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def nonblank(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_demo_prints_the_clean_sample_page() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    expected = (DATA / "sample_page.expected.txt").read_text("utf-8")
    assert nonblank(result.stdout) == nonblank(expected)


def test_demo_explain_lists_removed_lines_with_reasons() -> None:
    result = run("demo", "--explain")
    assert result.returncode == 0, result.stderr
    assert "strip_boilerplate" in result.stdout
    assert "শেয়ার করুন" in result.stdout.split("--- explain ---")[1]


def test_clean_stdin_to_stdout() -> None:
    result = run("clean", stdin="শেয়ার করুন\nআমি ভাত খাই ।\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "আমি ভাত খাই।\n"


def test_clean_text_file_with_options(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("দাম ১২৩ টাকা। আজ কিনুন!\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    result = run("clean", str(src), "-o", str(out), "--digits", "to_ascii", "--sentences")
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8") == "দাম 123 টাকা।\nআজ কিনুন!\n"


def test_clean_lines_format_keeps_one_output_line_per_input_line(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("আমি  ভাত খাই ।\nশেয়ার করুন\nতুমি?\n", encoding="utf-8")
    result = run("clean", str(src), "--format", "lines")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "আমি ভাত খাই।\n\nতুমি?\n"


def test_clean_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    records = [{"id": 1, "text": "আমি ভাত খাই ।"}, {"id": 2, "text": "শেয়ার করুন\nতুমি?"}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    out = tmp_path / "out.jsonl"
    result = run("clean", str(src), "-o", str(out), "--output-field", "clean")
    assert result.returncode == 0, result.stderr
    got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert got == [
        {"id": 1, "text": "আমি ভাত খাই ।", "clean": "আমি ভাত খাই।"},
        {"id": 2, "text": "শেয়ার করুন\nতুমি?", "clean": "তুমি?"},
    ]


def test_malformed_jsonl_fails_with_line_number_and_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "আমি"}\n{"text": "ভাঙা\n{"text": "তুমি"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old complete output\n", encoding="utf-8")
    result = run("clean", str(src), "-o", str(out))
    assert result.returncode == 2
    assert "in.jsonl:2" in result.stderr and "not valid JSON" in result.stderr
    assert out.read_text("utf-8") == "old complete output\n"  # untouched, not truncated
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".bnclean-")] == []


def test_missing_field_is_reported_with_choices(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"body": "আমি"}\n', encoding="utf-8")
    result = run("clean", str(src))
    assert result.returncode == 2
    assert "in.jsonl:1" in result.stderr and "body" in result.stderr and "--field" in result.stderr


@pytest.mark.parametrize(("mode", "lines"), [("skip", 2), ("keep", 3)])
def test_on_error_skip_or_keep_reports_and_continues(tmp_path: Path, mode: str, lines: int) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "আমি ।"}\n[1, 2]\n{"text": "তুমি ।"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("clean", str(src), "-o", str(out), "--on-error", mode)
    assert result.returncode == 0, result.stderr
    assert "in.jsonl:2" in result.stderr
    got = out.read_text("utf-8").splitlines()
    assert len(got) == lines
    assert json.loads(got[0])["text"] == "আমি।" and json.loads(got[-1])["text"] == "তুমি।"


def test_invalid_utf8_reports_line(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes("আমি\n".encode() + b"\xff\xfe bad\n")
    result = run("clean", str(src))
    assert result.returncode == 2
    assert "not valid UTF-8" in result.stderr and "in.txt:2" in result.stderr


def test_missing_input_file(tmp_path: Path) -> None:
    result = run("clean", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "cannot open" in result.stderr


def test_split_one_sentence_per_line() -> None:
    result = run("split", stdin="আমি ভাত খাই। তুমি কোথায়?\nসে এল!")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "আমি ভাত খাই।\nতুমি কোথায়?\nসে এল!\n"


def test_unknown_choice_is_refused_with_choices() -> None:
    result = run("clean", "--digits", "roman")
    assert result.returncode == 2
    assert "to_ascii" in result.stderr
