"""The bnclean benchmark suite: one command that measures everything and writes the report.

    python benchmarks/run.py --setup     # first time: install matplotlib and the peers, then run
    python benchmarks/run.py             # full run (peers' envs must exist)
    python benchmarks/run.py --quick     # fewer documents, repeats and a 100 MB memory test

Writes ``benchmarks/RESULTS.md``, the chart ``docs/img/throughput.png``, the results block of
``docs/performance.md`` and the raw numbers in ``benchmarks/.cache/results.json``.

Every throughput is MB/s of UTF-8 input (10^6 bytes / second), the best of N passes over
the same texts, and is also given as a ratio to ``unicodedata.normalize("NFC")`` timed in
the same process on the same texts: the machine is shared and noisy, and a ratio survives
that far better than an absolute number. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_timing import measure, utf8_bytes  # noqa: E402  (after the path is set)
from peers import PEERS, installed_versions, run_peer, setup_all  # noqa: E402

SHARED_CORPUS = Path("..") / "shared" / "data" / "corpus" / "bdnews-bn.jsonl"
SAMPLE_PAGE = ROOT / "bnclean" / "data" / "sample_page.txt"
RESULTS_MD = HERE / "RESULTS.md"
CHART = ROOT / "docs" / "img" / "throughput.png"
PERFORMANCE_MD = ROOT / "docs" / "performance.md"
CACHE = HERE / ".cache"
BLOCK_START = "<!-- results:start (written by benchmarks/run.py) -->"
BLOCK_END = "<!-- results:end -->"

# Targets from the performance issue. A target is judged on each granularity separately.
TARGET_NORMALIZE = 1.5    # bnclean.normalize >= 1.5x NFC
TARGET_CLEAN = 1.0        # bnclean.clean >= 1.0x NFC
TARGET_IMPORT_MS = 50.0   # import bnclean < 50 ms
TARGET_RSS_MB = 200.0     # CLI peak RSS < 200 MB whatever the input size

GRANULARITIES = ("paragraphs", "documents")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the corpus ---------------------------------------------------------------------------

# A paragraph is cut at a sentence end: danda, '?' or '!' followed by white space. The news
# bodies are single long lines, so paragraphs are made by packing whole sentences until a
# chunk holds at least PARAGRAPH_CHARS characters (typically 400-700 characters, 2-5
# sentences: about one printed news paragraph). Chunks are exact substrings of the body.
SENTENCE_END = re.compile(r"(?<=[\u0964?!])\s+")  # U+0964 DEVANAGARI DANDA, used in Bengali
PARAGRAPH_CHARS = 400


def body_paragraphs(body: str) -> list[str]:
    """Cut a one-line article body into paragraph-size chunks at sentence ends."""
    body = body.strip()
    chunks, start = [], 0
    for match in SENTENCE_END.finditer(body):
        if match.start() - start >= PARAGRAPH_CHARS:
            chunks.append(body[start:match.start()])
            start = match.end()
    if start < len(body):
        chunks.append(body[start:])
    return chunks


def load_news(path: Path, limit: int) -> tuple[list[str], list[str]]:
    """Documents (headline, sub-title and body, one per line) and paragraphs from the JSONL."""
    documents, paragraphs = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if limit and len(documents) >= limit:
                break
            row = json.loads(line)
            parts = [row.get(k) or "" for k in ("headline", "sub_title")]
            parts = [p.strip() for p in parts if p.strip()]
            body = (row.get("article_body") or "").strip()
            if not body:
                continue
            documents.append("\n".join([*parts, body]))
            paragraphs.extend(parts)
            paragraphs.extend(body_paragraphs(body))
    return documents, paragraphs


def generated_corpus(count: int) -> tuple[list[str], list[str]]:
    """Without the shared corpus: ``count`` perturbed copies of the bundled sample page.

    Each copy has its Bengali digits redrawn and its body lines (between the first and the
    last blank line) shuffled, with a fixed seed; its paragraphs are its non-empty lines.
    """
    page = SAMPLE_PAGE.read_text("utf-8")
    lines = page.splitlines()
    blanks = [i for i, line in enumerate(lines) if not line.strip()]
    head, body, tail = (lines[:blanks[0]], lines[blanks[0]:blanks[-1]], lines[blanks[-1]:]) \
        if len(blanks) >= 2 else (lines, [], [])
    digits = re.compile("[\u09E6-\u09EF]")  # Bengali digits zero to nine
    documents, paragraphs = [], []
    for i in range(count):
        rng = random.Random(i)
        shuffled = body[:]
        rng.shuffle(shuffled)
        doc = "\n".join([*head, *shuffled, *tail])
        doc = digits.sub(lambda _, rng=rng: chr(0x09E6 + rng.randrange(10)), doc)
        documents.append(doc)
        paragraphs.extend(line for line in doc.splitlines() if line.strip())
    return documents, paragraphs


# --- bnclean, timed in this process -------------------------------------------------------

def bnclean_rows(texts: dict[str, list[str]], *, repeats: int, budget: float,
                 min_time: float) -> dict[str, Any]:
    """Time the NFC baselines, the public API, each pipeline step and each normalize sub-step."""
    import unicodedata2

    import bnclean

    nfc = functools.partial(unicodedata.normalize, "NFC")
    nfc2 = functools.partial(unicodedata2.normalize, "NFC")
    timing = {"repeats": repeats, "budget": budget, "min_time": min_time}
    out: dict[str, Any] = {"baseline_runs": {}, "rows": []}

    def baseline(label: str) -> None:
        for gran, t in texts.items():
            row = measure("NFC", nfc, t, **timing, granularity=gran)
            out["baseline_runs"].setdefault(gran, []).append(row["mbps"])
            say(f"  NFC baseline ({label}) {gran:<10} {row['mbps']:8.2f} MB/s")

    def add(group: str, name: str, func: Callable[..., Any], *, batch: bool = False,
            per: dict[str, list[str]] | None = None) -> None:
        for gran, t in (per or texts).items():
            row = measure(name, func, t, **timing, batch=batch, baseline=nfc,
                          granularity=gran, group=group)
            out["rows"].append(row)
            shown = f"{row['mbps']:8.2f} MB/s" if row["ok"] else "FAILED " + row["error"]
            say(f"  {group:<9} {name:<34} {gran:<10} {shown}")

    baseline("first")
    add("baseline", "unicodedata2.normalize('NFC')", nfc2)
    add("bnclean", "normalize", bnclean.normalize)
    add("bnclean", "clean", bnclean.clean)
    add("bnclean", "clean_many (one call, whole list)", bnclean.clean_many, batch=True)
    add("bnclean", "split_sentences", bnclean.split_sentences)

    # Each step on exactly what it receives inside clean(): the previous steps' output.
    pipeline = bnclean.build_pipeline()
    add_steps("step", list(zip(pipeline.names, pipeline.steps, strict=True)), texts, add)
    # Sub-steps of normalize, if the Normalize step exposes them as (name, func) pairs.
    sub = getattr(bnclean.Normalize(), "steps", None)
    if sub:
        add_steps("normalize", [(str(n), f) for n, f in sub], texts, add)
    out["normalize_substeps"] = bool(sub)
    baseline("last")
    out["baseline"] = {gran: max(runs) for gran, runs in out["baseline_runs"].items()}
    # The baseline row: the best of the runs first and last; their spread shows the noise.
    out["rows"][:0] = [
        {"name": "unicodedata.normalize('NFC')", "group": "baseline", "granularity": gran,
         "ok": True, "error": "", "mbps": best, "ratio": 1.0, "calls": len(texts[gran]),
         "bytes": utf8_bytes(texts[gran]),
         "note": "runs first / last: " + " / ".join(
             f"{x:.1f}" for x in out["baseline_runs"][gran])}
        for gran, best in out["baseline"].items()]
    return out


def add_steps(group: str, steps: list[tuple[str, Callable[[str], str]]],
              texts: dict[str, list[str]], add: Callable[..., None]) -> None:
    """Time each step on the texts the previous steps produce (chained, as in a pipeline)."""
    inputs = dict(texts)
    for position, (name, func) in enumerate(steps, 1):
        # Numbered: the order matters, and a step may appear twice (e.g. nfc).
        add(group, f"{position}. {name}", func, per=inputs)
        try:
            inputs = {gran: [func(t) for t in ts] for gran, ts in inputs.items()}
        except Exception as err:  # later steps cannot be fed; say so and stop
            say(f"  {group}: {name} failed ({err}); later steps not timed")
            return


# --- import time --------------------------------------------------------------------------

IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def import_time(module: str, runs: int = 5) -> dict[str, Any]:
    """``python -X importtime -c "import <module>"`` in a fresh process: best of ``runs``.

    ``cumulative_ms`` is the module's own cumulative line (what the import statement costs
    beyond interpreter start-up); ``wall_ms`` is the whole process, start-up included.
    """
    best: dict[str, Any] = {"module": module, "cumulative_ms": float("inf")}
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                              capture_output=True, text=True, cwd=str(ROOT))
        wall = (time.perf_counter() - start) * 1e3
        if proc.returncode != 0:
            return {"module": module, "error": proc.stderr.strip().splitlines()[-1:]}
        entries = [(int(m[1]), int(m[2]), len(m[3]), m[4])
                   for m in map(IMPORT_LINE.match, proc.stderr.splitlines()) if m]
        top = [e for e in entries if e[3] == module and e[2] <= 1]
        if not top:
            continue
        cumulative = top[-1][1] / 1e3
        if cumulative < best["cumulative_ms"]:
            # The slowest modules imported on behalf of this one (self time).
            index = entries.index(top[-1])
            first = index
            while first > 0 and entries[first - 1][2] > 1:
                first -= 1
            inner = sorted(entries[first:index], key=lambda e: -e[0])[:6]
            best = {"module": module, "cumulative_ms": cumulative, "wall_ms": wall,
                    "slowest": [(e[3], e[0] / 1e3) for e in inner]}
        best["wall_ms"] = min(best.get("wall_ms", wall), wall)
    return best


def startup_ms(runs: int = 5) -> float:
    """Wall time of ``python -c pass``: interpreter start-up, best of ``runs``."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        best = min(best, (time.perf_counter() - start) * 1e3)
    return best


# --- memory of the command line -----------------------------------------------------------

def write_jsonl(path: Path, documents: Sequence[str], target_bytes: int) -> int:
    """Write ``{"id", "text"}`` records cycling through ``documents`` up to ``target_bytes``."""
    encoded = [json.dumps(d, ensure_ascii=False) for d in documents]
    written, i = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target_bytes:
            line = f'{{"id": {i}, "text": {encoded[i % len(encoded)]}}}\n'
            f.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    return path.stat().st_size


# Linux carries a process's peak RSS across exec, and a child started by fork or vfork
# begins with its parent's: timed straight from this process (tens of MB of corpus and
# results), any child would report at least this process's peak. So the command is started
# by a small wrapper interpreter, which forks, execs it and reports its peak RSS from
# os.wait4: that peak is the command's own, or the wrapper's (~10 MB), whichever is larger.
RSS_WRAPPER = """
import json, os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump({"rc": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss}, f)
"""


def run_measured(cmd: list[str], timeout: float, stderr_path: Path) -> dict[str, Any]:
    """Run ``cmd``: its wall time and its own peak RSS (see ``RSS_WRAPPER``)."""
    report = stderr_path.with_suffix(".rss.json")
    report.unlink(missing_ok=True)
    start = time.perf_counter()
    timed_out = False
    with open(stderr_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", RSS_WRAPPER, str(report), *cmd],
                                stdout=subprocess.DEVNULL, stderr=err, cwd=str(ROOT),
                                start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, 9)  # the wrapper and the command: its own process group
            proc.wait()
    seconds = time.perf_counter() - start
    tail = stderr_path.read_bytes()[-600:].decode("utf-8", "replace").strip()
    try:
        got = json.loads(report.read_text())
    except (OSError, ValueError):
        got = {"rc": "killed" if timed_out else proc.returncode, "maxrss_kb": float("nan")}
    return {"rc": got["rc"], "seconds": seconds, "rss_mb": got["maxrss_kb"] / 1024,
            "timed_out": timed_out, "stderr_tail": tail}


def memory_test(documents: Sequence[str], gigabytes: float, timeout: float) -> dict[str, Any]:
    """Peak RSS and throughput of ``python -m bnclean clean big.jsonl -o out.jsonl``.

    Two input sizes (a tenth of ``gigabytes`` and ``gigabytes``) show whether memory grows
    with the input; ``import bnclean`` alone is measured too, as the floor.
    """
    result: dict[str, Any] = {"runs": []}
    tmp = Path(tempfile.mkdtemp(prefix="bnclean-bench-mem-"))
    try:
        floor = run_measured([sys.executable, "-c", "import bnclean"], 120, tmp / "e.txt")
        result["import_rss_mb"] = floor["rss_mb"]
        for size in (gigabytes / 10, gigabytes):
            big, out = tmp / "big.jsonl", tmp / "out.jsonl"
            say(f"  memory: writing {size:.3g} GB of JSONL")
            nbytes = write_jsonl(big, documents, int(size * 1e9))
            say(f"  memory: python -m bnclean clean ({nbytes / 1e6:.0f} MB)")
            run = run_measured([sys.executable, "-m", "bnclean", "clean", str(big),
                                "-o", str(out)], timeout, tmp / "err.txt")
            run["input_bytes"] = nbytes
            run["output_bytes"] = out.stat().st_size if out.exists() else 0
            run["mbps"] = nbytes / run["seconds"] / 1e6
            say(f"  memory: rc={run['rc']} peak RSS {run['rss_mb']:.1f} MB, "
                f"{run['mbps']:.2f} MB/s")
            result["runs"].append(run)
            big.unlink(missing_ok=True)
            out.unlink(missing_ok=True)
            if run["rc"] != 0:
                break
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return result


# --- machine and versions -----------------------------------------------------------------

def machine_info() -> dict[str, Any]:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
    except OSError:
        cpuinfo = ""
    found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    cpu = found[1].strip() if found else (platform.processor() or platform.machine())
    import importlib.metadata as md

    def version(dist: str) -> str:
        try:
            return md.version(dist)
        except md.PackageNotFoundError:
            return "not installed"

    try:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "?"
    import unicodedata2

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "load_start": os.getloadavg(),
        "packages": {
            "bnclean": f"{version('bnclean')} (git {commit})",
            "regex": version("regex"),
            "unicodedata2": f"{version('unicodedata2')} (Unicode {unicodedata2.unidata_version})",
            "unicodedata (stdlib)": f"Unicode {unicodedata.unidata_version}",
            "matplotlib": version("matplotlib"),
        },
    }


# --- setup ----------------------------------------------------------------------------------

def bench_group() -> list[str]:
    """The ``bench`` dependency group of pyproject.toml: what the tooling env needs."""
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as f:
        groups = tomllib.load(f).get("dependency-groups", {})
    return [r for r in groups.get("bench", []) if isinstance(r, str)]


def setup() -> None:
    reqs = bench_group()
    say(f"setup: installing the bench group into {sys.executable}: {' '.join(reqs)}")
    subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check",
                    "-q", *reqs], check=True)
    say("setup: creating the peers' environments under benchmarks/.envs/ (takes a while)")
    setup_all()


# --- the report -------------------------------------------------------------------------------

def fmt_mbps(row: dict[str, Any] | None) -> str:
    if row is None:
        return "-"
    if not row.get("ok"):
        return "failed"
    return f"{row['mbps']:.2f}"


def fmt_ratio(row: dict[str, Any] | None) -> str:
    if not (row and row.get("ok") and "ratio" in row):
        return "-"
    return f"{row['ratio']:.2f}x" if row["ratio"] >= 0.1 else f"{row['ratio']:.2g}x"


def rows_by(rows: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, dict[str, Any]]]:
    """Rows keyed by (group, name), then by granularity, in first-seen order."""
    table: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for row in rows:
        table.setdefault((row.get("group", ""), row["name"]), {})[row["granularity"]] = row
    return table


def throughput_table(rows: list[dict[str, Any]], label: Callable[[str, str], str],
                     extra: Callable[[dict[str, dict[str, Any]]], str] | None = None) -> list[str]:
    head = "| what | paragraphs MB/s | ratio to NFC | documents MB/s | ratio to NFC |"
    sep = "| --- | ---: | ---: | ---: | ---: |"
    if extra:
        head += " notes |"
        sep += " --- |"
    lines = [head, sep]
    for (group, name), grans in rows_by(rows).items():
        p, d = grans.get("paragraphs"), grans.get("documents")
        cells = [label(group, name), fmt_mbps(p), fmt_ratio(p), fmt_mbps(d), fmt_ratio(d)]
        line = "| " + " | ".join(cells) + " |"
        if extra:
            line += f" {extra(grans)} |"
        lines.append(line)
    return lines


def step_costs(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Each chained step's cost relative to one NFC pass over the pipeline's input.

    A step's seconds times the MB/s of the NFC timed beside it, over the input's MB: load
    cancels out, as in a ratio, so costs measured minutes apart can be added up.
    Returns ``{granularity: {step name: cost}}``.
    """
    costs: dict[str, dict[str, float]] = {}
    first: dict[str, int] = {}
    for row in rows:
        if row.get("ok") and row.get("baseline_mbps"):
            gran = row["granularity"]
            first.setdefault(gran, row["bytes"])
            costs.setdefault(gran, {})[row["name"]] = (
                row["seconds"] * row["baseline_mbps"] * 1e6 / first[gran])
    return costs


def step_table(rows: list[dict[str, Any]], baseline: dict[str, float]) -> list[str]:
    """A throughput table of chained steps, with each step's share of their summed cost and
    a last row for all of them together (their costs relative to NFC added up)."""
    costs = step_costs(rows)
    summed = [{"name": "(all of the above, summed)", "group": "", "granularity": gran,
               "ok": True, "ratio": 1 / sum(c.values()),
               "mbps": baseline[gran] / sum(c.values())}
              for gran, c in costs.items() if sum(c.values()) > 0]

    def share(grans: dict[str, dict[str, Any]]) -> str:
        cells = []
        for gran in GRANULARITIES:
            r, c = grans.get(gran), costs.get(gran, {})
            cells.append(f"{100 * c[r['name']] / sum(c.values()):.0f}%"
                         if r and r["name"] in c else "-")
        return " / ".join(cells)

    lines = throughput_table(rows + summed, lambda g, n: n if n.startswith("(") else f"`{n}`",
                             share)
    lines[0] = lines[0].replace("notes |", "share of the cost (par. / doc.) |")
    return lines


def find(rows: list[dict[str, Any]], name: str, gran: str, group: str | None = None
         ) -> dict[str, Any] | None:
    for row in rows:
        if row["name"] == name and row["granularity"] == gran and \
                (group is None or row.get("group") == group) and row.get("ok"):
            return row
    return None


def judge_targets(res: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(target, measured, PASS/FAIL) lines, judged strictly on the numbers of this run."""
    rows = res["bnclean"]["rows"]
    out: list[tuple[str, str, str]] = []

    def verdict(ok: bool | None) -> str:
        return "n/a" if ok is None else ("PASS" if ok else "**FAIL**")

    for name, target in (("normalize", TARGET_NORMALIZE), ("clean", TARGET_CLEAN)):
        for gran in GRANULARITIES:
            row = find(rows, name, gran, "bnclean")
            ratio = row["ratio"] if row else None
            out.append((f"`{name}` >= {target}x NFC ({gran})",
                        f"{ratio:.2f}x" if ratio is not None else "failed to run",
                        verdict(None if ratio is None else ratio >= target)))
    indic = next((p for p in res.get("peers", []) if p["peer"] == "indicnlp"), None)
    for gran in GRANULARITIES:
        ours = find(rows, "split_sentences", gran, "bnclean")
        theirs = None
        if indic and indic.get("ok"):
            theirs = next((r for r in indic["results"] if r.get("kind") == "sentences"
                           and r["granularity"] == gran and r.get("ok")), None)
        if ours and theirs:
            measured = (f"{ours['ratio']:.2f}x NFC ({ours['mbps']:.1f} MB/s) vs "
                        f"{theirs['ratio']:.2f}x NFC ({theirs['mbps']:.1f} MB/s)")
            ok: bool | None = ours["ratio"] >= theirs["ratio"]
        else:
            measured, ok = ("indic-nlp did not run" if ours else "split_sentences failed"), None
        out.append((f"`split_sentences` >= indic-nlp `sentence_split` ({gran}; ratios to NFC)",
                    measured, verdict(ok)))
    imp = res.get("import", {}).get("bnclean", {})
    if "cumulative_ms" in imp and imp["cumulative_ms"] != float("inf"):
        out.append((f"`import bnclean` < {TARGET_IMPORT_MS:.0f} ms",
                    f"{imp['cumulative_ms']:.1f} ms",
                    verdict(imp["cumulative_ms"] < TARGET_IMPORT_MS)))
    mem = res.get("memory")
    if mem and mem.get("runs"):
        good = [r for r in mem["runs"] if r["rc"] == 0]
        peak = max(r["rss_mb"] for r in mem["runs"])
        sizes = ", ".join(f"{r['input_bytes'] / 1e6:.0f} MB: {r['rss_mb']:.0f} MB"
                          for r in mem["runs"])
        ok = len(good) == len(mem["runs"]) and peak < TARGET_RSS_MB
        out.append((f"CLI `clean` of a JSONL: peak RSS < {TARGET_RSS_MB:.0f} MB", sizes,
                    verdict(ok)))
    return out


def peer_label(peer_key: str) -> str:
    return next((p.label for p in PEERS if p.key == peer_key), peer_key)


def write_results(res: dict[str, Any], args: argparse.Namespace) -> str:
    m = res["machine"]
    c = res["corpus"]
    b = res["bnclean"]
    L: list[str] = ["# Benchmark results", "",
                    f"Written by `{res['command']}` on {m['date']}. Do not edit by hand: "
                    "run the command again. What the numbers mean: "
                    "[benchmarks/README.md](README.md).", ""]
    L += ["## Machine", "", "| | |", "| --- | --- |",
          f"| CPU | {m['cpu']} |", f"| cores | {m['cores']} |", f"| OS | {m['os']} |",
          f"| Python | {m['python']} |",
          f"| load average (1, 5, 15 min) at start / end | "
          f"{' '.join(f'{x:.2f}' for x in m['load_start'])} / "
          f"{' '.join(f'{x:.2f}' for x in m['load_end'])} |"]
    L += [f"| {k} | {v} |" for k, v in m["packages"].items()]
    L += ["", "The machine is shared with other work: compare the ratios, not the MB/s, "
          "between runs.", ""]
    L += ["## Corpus and options", "",
          f"- corpus: {c['source']}",
          f"- {c['documents']} documents ({c['documents_bytes'] / 1e6:.2f} MB), "
          f"{c['paragraphs']} paragraphs ({c['paragraphs_bytes'] / 1e6:.2f} MB); "
          f"a paragraph: {c['paragraph_rule']}",
          f"- each measurement: the best of {args.repeats} passes over all the texts, more "
          f"(up to 30) until it has used {args.min_time:g} s, fewer once it has used "
          f"{args.budget:g} s; "
          "one call per paragraph, or one call per document"
          + ("; `--quick`" if args.quick else ""),
          f"- NFC baseline (`unicodedata.normalize('NFC')`, this process, best of the runs "
          f"before and after everything): paragraphs {b['baseline']['paragraphs']:.2f} MB/s, "
          f"documents {b['baseline']['documents']:.2f} MB/s. Each ratio, though, divides by "
          "NFC timed in alternation with that function (one NFC pass, one pass of the "
          "function, per repeat), so both numbers of a ratio saw the same load.", ""]
    L += ["## Targets", "", "| target | measured | verdict |", "| --- | --- | --- |"]
    L += [f"| {t} | {v} | {ok} |" for t, v, ok in judge_targets(res)]
    L += ["", "![throughput relative to NFC](../docs/img/throughput.png)"
          if res.get("chart") else f"(chart not drawn: {res.get('chart_error', '?')})", ""]

    L += ["## bnclean", "", "Timed in this process. `clean_many` is one call over the whole "
          "list; the others are one call per text.", ""]
    api = [r for r in b["rows"] if r["group"] in ("baseline", "bnclean")]
    L += throughput_table(api, lambda g, n: f"`{n}`" + (" (baseline)" if n.startswith(
        "unicodedata.") else ""), lambda grans: "; ".join(
        [f"{gran}: {r['note']}" for gran, r in grans.items() if r.get("note")]
        + sorted({r["error"] for r in grans.values() if not r.get("ok")})))
    L += ["", "### Each step of `clean`", "",
          "Each step of `build_pipeline()` timed alone on what it receives inside `clean` "
          "(the previous steps' output), one call per text.", ""]
    L += step_table([r for r in b["rows"] if r["group"] == "step"], b["baseline"])
    if b.get("normalize_substeps"):
        L += ["", "### Each sub-step of `normalize`", "",
              "Each `(name, func)` of `Normalize().steps`, chained the same way. If the sum "
              "is much faster than the `normalize` step above, the difference is spent "
              "outside the sub-steps.", ""]
        L += step_table([r for r in b["rows"] if r["group"] == "normalize"], b["baseline"])
    else:
        L += ["", "`bnclean.Normalize()` exposes no `.steps`, so its sub-steps are not timed "
              "separately."]

    L += ["", "## Peers", "",
          "Each peer runs in its own virtual environment and subprocess with the network "
          "blocked; its ratio is to NFC timed in alternation with it in that same "
          "subprocess on the same texts, so ratios compare across rows (and with bnclean's) "
          "while MB/s only roughly do. The last column is NFC timed alone in that "
          "subprocess, before and after the peer (the better run).", ""]
    L += ["| peer | version | function | paragraphs MB/s | ratio | documents MB/s | ratio "
          "| NFC in its process (par. / doc. MB/s) |",
          "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"]
    notes: list[str] = []
    for p in res.get("peers", []):
        label = peer_label(p["peer"])
        if not p.get("ok"):
            L.append(f"| {label} | {p.get('version', '?')} | did not run | - | - | - | - | "
                     f"{md_cell(p.get('error', '?'))} |")
            continue
        base = p.get("baseline", {})
        nfc = f"{base.get('paragraphs', 0):.1f} / {base.get('documents', 0):.1f}"
        for (_, name), grans in rows_by(p["results"]).items():
            pr, dr = grans.get("paragraphs"), grans.get("documents")
            L.append(f"| {label} | {p.get('version', '?')} | `{name}` | {fmt_mbps(pr)} | "
                     f"{fmt_ratio(pr)} | {fmt_mbps(dr)} | {fmt_ratio(dr)} | {nfc} |")
        if p.get("subset"):
            s = p["subset"]
            notes.append(f"{label}: timed on a subset, the first {s['paragraphs']['calls']} "
                         f"paragraphs ({s['paragraphs']['bytes'] / 1e3:.0f} kB) and the first "
                         f"{s['documents']['calls']} documents "
                         f"({s['documents']['bytes'] / 1e3:.0f} kB): it is too slow for all.")
        if p.get("network_attempt_count"):
            notes.append(f"{label}: tried to reach the network {p['network_attempt_count']} "
                         f"time(s) ({', '.join(sorted(set(p['network_attempts'])))}); "
                         "refused, and it ran without it.")
        for r in p["results"]:
            if not r.get("ok"):
                notes.append(f"{label} `{r['name']}` ({r['granularity']}) failed: "
                             f"{r['error']}")
    L.append("")
    for peer in PEERS:
        notes.append(f"{peer.label}: {peer.note}.")
    L += [f"- {n}" for n in notes]

    L += ["", "## Import time", "",
          "`python -X importtime -c \"import <module>\"` in a fresh process, best of 5; "
          "cumulative time of the module's own line (its dependencies included, interpreter "
          "start-up excluded), and the whole process's wall time.", "",
          "| module | cumulative ms | process wall ms |", "| --- | ---: | ---: |"]
    for name, imp in res.get("import", {}).items():
        if name == "startup_ms":
            continue
        if "error" in imp:
            L.append(f"| `{name}` | failed: {md_cell(str(imp['error']))} | |")
        else:
            L.append(f"| `{name}` | {imp['cumulative_ms']:.1f} | {imp['wall_ms']:.1f} |")
    if "startup_ms" in res.get("import", {}):
        L.append(f"| (`python -c pass`) | | {res['import']['startup_ms']:.1f} |")
    slow = res.get("import", {}).get("bnclean", {}).get("slowest")
    if slow:
        L += ["", "Slowest modules imported by `import bnclean` (self time): "
              + ", ".join(f"`{n}` {ms:.1f} ms" for n, ms in slow) + "."]

    mem = res.get("memory")
    L += ["", "## Memory of the command line", ""]
    if not mem:
        L.append("Not measured in this run (`--no-memory`).")
    else:
        L += ["`python -m bnclean clean big.jsonl -o out.jsonl` on generated JSONL files "
              "(records `{\"id\", \"text\"}`, the corpus documents repeated; written to a "
              "temporary directory and deleted afterwards). Peak RSS of the CLI process "
              "alone, as `os.wait4` reports it to a small wrapper process that forks and "
              "execs it (so the suite's own memory is not counted; the wrapper, a bare "
              "interpreter of about 10 MB, is the floor).", "",
              "| input | peak RSS | wall time | throughput | exit |",
              "| ---: | ---: | ---: | ---: | --- |"]
        for r in mem["runs"]:
            state = "ok" if r["rc"] == 0 else (
                f"rc={r['rc']}" + (", timed out" if r["timed_out"] else "")
                + f": {md_cell(r['stderr_tail'][-200:])}")
            L.append(f"| {r['input_bytes'] / 1e6:.0f} MB | {r['rss_mb']:.1f} MB | "
                     f"{r['seconds']:.1f} s | {r['mbps']:.2f} MB/s | {state} |")
        L.append(f"| `python -c \"import bnclean\"` alone | {mem['import_rss_mb']:.1f} MB | "
                 "| | |")
    L.append("")
    text = "\n".join(L)
    RESULTS_MD.write_text(text, "utf-8")
    return text


def md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")[:300]


def update_performance_md(res: dict[str, Any]) -> None:
    """Replace the results block of docs/performance.md (between the markers), if present."""
    if not PERFORMANCE_MD.exists():
        return
    doc = PERFORMANCE_MD.read_text("utf-8")
    if BLOCK_START not in doc or BLOCK_END not in doc:
        return
    lines = [BLOCK_START, "",
             f"Last run: {res['machine']['date']}, {res['machine']['cpu']}, "
             f"{res['machine']['cores']} cores, {res['machine']['python']}; "
             f"corpus: {res['corpus']['source_short']}. Full tables: "
             "[benchmarks/RESULTS.md](../benchmarks/RESULTS.md).", "",
             "| target | measured | verdict |", "| --- | --- | --- |"]
    lines += [f"| {t} | {v} | {ok} |" for t, v, ok in judge_targets(res)]
    lines += ["", BLOCK_END]
    head, rest = doc.split(BLOCK_START, 1)
    tail = rest.split(BLOCK_END, 1)[1]
    PERFORMANCE_MD.write_text(head + "\n".join(lines) + tail, "utf-8")


# --- the chart ------------------------------------------------------------------------------

def draw_chart(res: dict[str, Any]) -> None:
    """Horizontal bars: throughput relative to NFC (log scale), paragraphs and documents."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    entries: list[tuple[str, dict[str, dict[str, Any]], str]] = []
    b = res["bnclean"]["rows"]
    for (group, name), grans in rows_by(b).items():
        if group == "baseline" and name.startswith("unicodedata2"):
            entries.append(("unicodedata2 NFC", grans, "#999999"))
        elif group == "bnclean":
            short = name.split(" (")[0]
            entries.append((f"bnclean {short}", grans, "#1f77b4"))
    for p in res.get("peers", []):
        if not p.get("ok"):
            continue
        for (_, name), grans in rows_by(p["results"]).items():
            dist = next((q.requirements[0] for q in PEERS if q.key == p["peer"]), p["peer"])
            label = f"{dist}: {name}"
            entries.append((label, grans, "#ff7f0e"))
    entries.reverse()
    steps = [r for r in b if r.get("group") == "step" and r.get("ok")]
    fig, (ax, cost) = plt.subplots(
        2, 1, figsize=(10, 0.55 * len(entries) + 4.6),
        gridspec_kw={"height_ratios": [0.55 * len(entries) + 1.2, 2.0]})
    draw_step_costs(cost, steps)
    height = 0.38
    for i, (_, grans, color) in enumerate(entries):
        for j, (gran, alpha) in enumerate((("paragraphs", 1.0), ("documents", 0.5))):
            row = grans.get(gran)
            if not row or not row.get("ok") or "ratio" not in row:
                continue
            y = i + (height / 2 if j == 0 else -height / 2)
            ax.barh(y, row["ratio"], height=height, color=color, alpha=alpha)
            ax.text(row["ratio"] * 1.04, y, f"{fmt_ratio(row)}  ({row['mbps']:.3g} MB/s)",
                    va="center", fontsize=7)
    ax.set_yticks(range(len(entries)), [e[0] for e in entries], fontsize=8)
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", linewidth=1)
    ax.axvline(TARGET_NORMALIZE, color="green", linewidth=0.8, linestyle="--")
    ax.set_xlabel("throughput relative to unicodedata.normalize('NFC') in the same process "
                  "(log scale; 1.0 = NFC)")
    lo = min((r["ratio"] for _, g, _ in entries for r in g.values()
              if r.get("ok") and "ratio" in r), default=0.1)
    hi = max((r["ratio"] for _, g, _ in entries for r in g.values()
              if r.get("ok") and "ratio" in r), default=10)
    ax.set_xlim(lo / 2, hi * 6)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color="#1f77b4", label="bnclean"),
                       Patch(color="#ff7f0e", label="peers"),
                       Patch(color="#999999", label="unicodedata2"),
                       Patch(color="#777777", alpha=1.0, label="upper bar: one call per paragraph"),
                       Patch(color="#777777", alpha=0.5, label="lower bar: one call per document")],
              fontsize=7, loc="upper center", bbox_to_anchor=(0.45, -0.09), ncol=3,
              frameon=False)
    m = res["machine"]
    ax.set_title(f"Bengali text throughput, ratio to NFC ({res['corpus']['source_short']}; "
                 f"{m['cpu']}, {m['python']}, {m['date'][:10]})", fontsize=9)
    ax.text(TARGET_NORMALIZE, len(entries) - 0.4, " normalize target 1.5x", color="green",
            fontsize=7)
    fig.tight_layout()
    CHART.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(CHART, dpi=110)
    plt.close(fig)


def draw_step_costs(ax: Any, steps: list[dict[str, Any]]) -> None:
    """Stacked bars: what each step of clean costs relative to one NFC pass (NFC = 1)."""
    colors = ["#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
    costs = step_costs(steps)
    names = list(dict.fromkeys(r["name"] for r in steps))
    widest = 1.0
    for gran, y in (("paragraphs", 3), ("documents", 1)):
        left = 0.0
        for k, name in enumerate(names):
            cost = costs.get(gran, {}).get(name)
            if cost is None:
                continue
            ax.barh(y, cost, left=left, height=0.6, color=colors[k % len(colors)],
                    label=name if gran == "paragraphs" else None)
            left += cost
        ax.text(left + 0.02, y, f"{left:.2f}x NFC", va="center", fontsize=7)
        ax.barh(y - 0.75, 1.0, height=0.4, color="#444444",
                label="NFC" if gran == "paragraphs" else None)
        widest = max(widest, left)
    ax.set_yticks([3, 2.25, 1, 0.25], ["clean, per paragraph", "NFC", "clean, per document",
                                        "NFC"], fontsize=8)
    ax.set_xlabel("cost of each step of clean, relative to one NFC pass over the same input "
                  "(NFC = 1; lower is better)")
    ax.set_xlim(0, widest * 1.9)
    ax.legend(fontsize=7, loc="center right")


# --- main ---------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--setup", action="store_true",
                        help="first install the bench dependency group (matplotlib) and "
                        "create the peers' environments under benchmarks/.envs/")
    parser.add_argument("--quick", action="store_true",
                        help="150 documents, 3 repeats, a 100 MB memory test")
    parser.add_argument("--repeats", type=int, help="passes per measurement (default 5; 3 "
                        "with --quick); the best is kept")
    parser.add_argument("--budget", type=float, help="seconds after which a measurement "
                        "stops repeating (default 20; 5 with --quick)")
    parser.add_argument("--min-time", type=float, help="a fast function is repeated (up to "
                        "30 passes) until a measurement has used this many seconds "
                        "(default 2; 0.5 with --quick)")
    parser.add_argument("--corpus", type=Path, help="a JSONL with headline, sub_title and "
                        f"article_body (default: {SHARED_CORPUS}, relative to the project "
                        "root, else a corpus generated from the bundled sample page)")
    parser.add_argument("--documents", type=int, help="use only the first N documents "
                        "(default: all; 150 with --quick)")
    parser.add_argument("--memory-gb", type=float, help="size of the large JSONL for the "
                        "memory test (default 1.0; 0.1 with --quick); a tenth of it is "
                        "run too")
    parser.add_argument("--no-peers", action="store_true", help="skip the peers")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory test")
    parser.add_argument("--subset-kb", type=int, default=None,
                        help="kB of text for the slow word-by-word peer (default 200; 50 "
                        "with --quick)")
    args = parser.parse_args(argv)
    args.repeats = args.repeats or (3 if args.quick else 5)
    args.budget = args.budget or (5.0 if args.quick else 20.0)
    args.min_time = args.min_time if args.min_time is not None else (0.5 if args.quick else 2.0)
    args.documents = args.documents if args.documents is not None else (150 if args.quick else 0)
    args.memory_gb = args.memory_gb or (0.1 if args.quick else 1.0)
    args.subset_kb = args.subset_kb or (50 if args.quick else 200)
    os.chdir(ROOT)

    if args.setup:
        setup()

    res: dict[str, Any] = {"command": "python benchmarks/run.py " + " ".join(
        a for a in (argv if argv is not None else sys.argv[1:])),
        "machine": machine_info()}
    res["command"] = res["command"].strip()

    corpus = args.corpus or SHARED_CORPUS
    if corpus.exists():
        documents, paragraphs = load_news(corpus, args.documents)
        source = f"`{corpus}` (first {args.documents} documents)" if args.documents \
            else f"`{corpus}` (all documents)"
        short = corpus.name
    else:
        documents, paragraphs = generated_corpus(args.documents or 300)
        source = (f"GENERATED: `{corpus}` not found, so {len(documents)} perturbed copies of "
                  "the bundled `bnclean/data/sample_page.txt` (Bengali digits redrawn, body "
                  "lines shuffled, fixed seeds); a paragraph is a non-empty line. Numbers "
                  "from this corpus are not comparable with runs on the news corpus.")
        short = "generated from the sample page"
    texts = {"paragraphs": paragraphs, "documents": documents}
    res["corpus"] = {
        "source": source, "source_short": short,
        "documents": len(documents), "documents_bytes": utf8_bytes(documents),
        "paragraphs": len(paragraphs), "paragraphs_bytes": utf8_bytes(paragraphs),
        "paragraph_rule": (f"the headline; the sub-title; and the body (one long line) cut "
                           f"into chunks of whole sentences, each closed at the first "
                           f"sentence end (danda, ?, ! then white space) at or after "
                           f"{PARAGRAPH_CHARS} characters; exact substrings of the body; "
                           f"a document is headline, sub-title and body joined by newlines"
                           if corpus.exists() else "a non-empty line of a generated page"),
    }
    say(f"corpus: {len(documents)} documents, {len(paragraphs)} paragraphs from {short}")

    say("bnclean (this process):")
    res["bnclean"] = bnclean_rows(texts, repeats=args.repeats, budget=args.budget,
                                  min_time=args.min_time)

    res["peers"] = []
    if not args.no_peers:
        tmp = Path(tempfile.mkdtemp(prefix="bnclean-bench-"))
        try:
            path = tmp / "texts.json"
            path.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
            for peer in PEERS:
                say(f"peer {peer.key} ...")
                subset = args.subset_kb * 1000 if peer.key == "bnunicodenormalizer" else 0
                report = run_peer(peer, path, repeats=args.repeats, budget=args.budget,
                                  min_time=args.min_time,
                                  subset_bytes=subset, timeout=600 if args.quick else 1800)
                report["peer"] = peer.key
                if "version" not in report:
                    report["version"] = installed_versions(peer).get(
                        peer.requirements[0], "?")
                for row in report.get("results", []):
                    shown = f"{row['mbps']:.2f} MB/s ({row.get('ratio', 0):.2f}x)" \
                        if row.get("ok") else "FAILED " + row["error"]
                    say(f"  {row['name']:<28} {row['granularity']:<10} {shown}")
                if not report.get("ok"):
                    say(f"  did not run: {report.get('error')}")
                res["peers"].append(report)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    say("import time:")
    res["import"] = {m: import_time(m) for m in ("bnclean", "json")}
    res["import"]["startup_ms"] = startup_ms()
    for m in ("bnclean", "json"):
        say(f"  {m}: {res['import'][m].get('cumulative_ms')} ms")

    if not args.no_memory:
        say("memory of the command line:")
        res["memory"] = memory_test(documents, args.memory_gb,
                                    timeout=3600 if not args.quick else 900)

    res["machine"]["load_end"] = os.getloadavg()
    try:
        draw_chart(res)
        res["chart"] = True
    except Exception as err:  # e.g. matplotlib not installed: the tables still get written
        res["chart"] = False
        res["chart_error"] = f"{type(err).__name__}: {err}; run with --setup"
        say(f"chart not drawn: {res['chart_error']}")
    CACHE.mkdir(exist_ok=True)
    (CACHE / "results.json").write_text(json.dumps(res, indent=1, ensure_ascii=False,
                                                   default=str), "utf-8")
    write_results(res, args)
    update_performance_md(res)
    say(f"wrote {RESULTS_MD.relative_to(ROOT)}"
        + (f", {CHART.relative_to(ROOT)}" if res["chart"] else "")
        + (f", {PERFORMANCE_MD.relative_to(ROOT)}" if PERFORMANCE_MD.exists() else ""))
    for target, measured, verdict in judge_targets(res):
        say(f"  {verdict:<9} {target}: {measured}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
