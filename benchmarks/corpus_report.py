"""What ``clean`` removes from a real news corpus, per site and per step.

Reads ``../shared/data/corpus/bdnews-bn.jsonl`` (relative to the project root; third-party
data that is never copied into the repository), builds each page as
``headline \\n sub_title \\n article_body`` and runs ``bnclean.explain`` on it. For every
site (``paper_name``) it reports the characters and lines each step removed, the reasons,
and what ``learn_boilerplate`` learns from that site's pages.

    .venv/bin/python benchmarks/corpus_report.py                 # print the table
    .venv/bin/python benchmarks/corpus_report.py --write         # also rewrite benchmarks/CORPUS.md
    .venv/bin/python benchmarks/corpus_report.py --sample /tmp/removed.tsv

The sample file (outside the repository) lists every removed line or fragment with its
site, step and reason, for reading by eye: no body prose may be in it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bnclean  # noqa: E402
from bnclean.captions import _key, sentence_units  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bdnews-bn.jsonl"
STEPS = ("normalize", "strip_boilerplate", "dedup_captions", "tidy_layout")


def load(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def page(doc: dict) -> str:
    parts = [doc.get("headline") or "", doc.get("sub_title") or "", doc.get("article_body") or ""]
    return "\n".join(parts)


def _sentences(text: str) -> set[str]:
    return {_key(line[a:b]) for line in text.split("\n") for a, b in sentence_units(line)}


def report(docs: list[dict], sample_path: Path | None, min_docs: int = 3) -> str:
    by_site: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        by_site[doc.get("paper_name") or "?"].append(page(doc))
    rows = []
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    samples: list[tuple[str, str, str, str]] = []
    learned_rows = []
    for site in sorted(by_site):
        pages = by_site[site]
        chars = Counter()
        lines = Counter()
        total_chars = sum(len(p) for p in pages)
        total_lines = sum(sum(1 for x in p.split("\n") if x.strip()) for p in pages)
        empty = 0
        lost = 0
        for text in pages:
            ex = bnclean.explain(text)
            if text.strip() and not ex.output:
                empty += 1
            lost += len(_sentences(ex.steps[0].after) - _sentences(ex.output))
            for st in ex.steps:
                chars[st.step] += len(st.before) - len(st.after)
                lines[st.step] += len(st.removed)
                for rm in st.removed:
                    reasons[site][rm.reason] += 1
                    samples.append((site, st.step, rm.reason, rm.line))
        model = bnclean.learn_boilerplate(pages, min_docs=min_docs)
        learned_chars = 0
        learned_lines = 0
        for text in pages:
            base = bnclean.clean(text)
            with_model = bnclean.clean(text, boilerplate=model)
            learned_chars += len(base) - len(with_model)
            ex = bnclean.explain(text, boilerplate=model)
            for st in ex.steps:
                for rm in st.removed:
                    if "learned" in rm.reason:
                        learned_lines += 1
                        samples.append((site, "learned", rm.reason, rm.line))
        rows.append((site, len(pages), total_chars, total_lines, chars, lines, empty, lost))
        learned_rows.append((site, model, learned_chars, learned_lines))

    out = []
    out.append("| site | pages | chars | lines | normalize chars | boilerplate chars (lines) "
               "| dedup chars (removals) | pages -> '' | sentences lost |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for site, n, tc, tl, chars, lines, empty, lost in rows:
        out.append(
            f"| {site} | {n} | {tc} | {tl} | {chars['normalize']} "
            f"| {chars['strip_boilerplate']} ({lines['strip_boilerplate']}) "
            f"| {chars['dedup_captions']} ({lines['dedup_captions']}) | {empty} | {lost} |"
        )
    out.append("")
    out.append("\"sentences lost\": distinct sentences of the normalized page that are nowhere in the "
               "output (a repeated sentence whose first copy stays is not lost).")
    out.append("")
    out.append("Removals by reason (per site):")
    out.append("")
    for site in sorted(reasons):
        items = ", ".join(f"{r} {c}" for r, c in reasons[site].most_common())
        out.append(f"- {site}: {items}")
    out.append("")
    out.append(f"learn_boilerplate(pages of one site, min_docs={min_docs}):")
    out.append("")
    out.append("| site | learned lines | prefixes | suffixes | dateline separators | extra chars removed "
               "| removals |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for site, model, lc, ll in learned_rows:
        seps = " ".join(sorted(model.datelines)).replace("|", "\\|") or "-"  # escaped for markdown
        out.append(f"| {site} | {len(model.lines)} | {len(model.prefixes)} | {len(model.suffixes)} "
                   f"| {seps} | {lc} | {ll} |")
    if sample_path is not None:
        with sample_path.open("w", encoding="utf-8") as f:
            for row in samples:
                f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
        rnd = random.Random(0)
        pick = rnd.sample(samples, min(200, len(samples)))
        with sample_path.with_suffix(".sample200.tsv").open("w", encoding="utf-8") as f:
            for row in pick:
                f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sample", type=Path, default=Path("/tmp/bnclean_removed.tsv"),
                    help="where to write removed lines (keep it outside the repository)")
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="rewrite the table in benchmarks/CORPUS.md")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found at {args.corpus}: skipping (it lives in shared/, outside the repo)")
        return 0
    if str(args.sample.resolve()).startswith(str(ROOT)):
        ap.error("write the sample outside the repository: it holds corpus text")
    text = report(load(args.corpus), args.sample, args.min_docs)
    print(text)
    if args.write:
        target = ROOT / "benchmarks" / "CORPUS.md"
        head = target.read_text(encoding="utf-8").split("<!-- table -->")[0] if target.exists() else ""
        target.write_text(head + "<!-- table -->\n\n" + text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
