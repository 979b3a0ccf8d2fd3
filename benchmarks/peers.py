"""The peer libraries bnclean is compared with: what to install, and how to run each one.

Each peer lives in its own virtual environment, ``benchmarks/.envs/norm-<key>`` (gitignored),
created from PyPI by ``python benchmarks/run.py --setup``. At run time each peer is timed in
its own subprocess (``peers_runner.py``) with the network blocked, so no peer can download
data or models while it is measured; the NFC baseline is timed inside the same subprocess,
so its ratio is comparable with bnclean's.

This module is imported by ``run.py`` only; it uses the standard library.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENVS = HERE / ".envs"
RUNNER = HERE / "peers_runner.py"


@dataclass(frozen=True)
class Peer:
    key: str            # env name suffix and the runner's adapter key
    label: str          # how the table names it
    requirements: tuple[str, ...]
    note: str = ""      # said in RESULTS.md next to its rows

    @property
    def env(self) -> Path:
        return ENVS / f"norm-{self.key}"

    @property
    def python(self) -> Path:
        return self.env / "bin" / "python"

    @property
    def log(self) -> Path:
        return ENVS / f"norm-{self.key}.log"


PEERS: tuple[Peer, ...] = (
    Peer("bnlp", "bnlp-toolkit CleanText", ("bnlp-toolkit",),
         "`from bnlp import CleanText`; `CleanText()` with its defaults"),
    Peer("csebuetnlp", "csebuetnlp normalizer", ("csebuetnlp-normalizer",),
         "`from normalizer import normalize` (pins emoji 1.4.2, ftfy 6.0.3)"),
    # bkit 0.0.9 imports gdown (a Google Drive downloader) at import time without declaring
    # it, so it is installed beside it; the runner blocks the network anyway.
    Peer("bkit", "bkit Normalizer", ("bkit", "gdown"),
         "`bkit.transform.Normalizer()` with its defaults (gdown added: bkit imports it "
         "without declaring it)"),
    Peer("bnunicodenormalizer", "bnunicodenormalizer", ("bnunicodenormalizer",),
         "word by word, `Normalizer()(word)['normalized']`, on a subset (it is slow)"),
    Peer("indicnlp", "indic-nlp-library", ("indic-nlp-library",),
         "`IndicNormalizerFactory().get_normalizer('bn').normalize`; "
         "`sentence_tokenize.sentence_split(text, lang='bn')`"),
)


def base_python() -> str:
    """The interpreter the peer envs are built from: the one under this venv, if any."""
    return getattr(sys, "_base_executable", None) or sys.executable


def setup_peer(peer: Peer) -> dict:
    """Create the peer's venv and pip install it; the pip output goes to its log file."""
    ENVS.mkdir(parents=True, exist_ok=True)
    with open(peer.log, "w", encoding="utf-8") as log:
        try:
            if not peer.python.exists():
                subprocess.run([base_python(), "-m", "venv", str(peer.env)],
                               stdout=log, stderr=subprocess.STDOUT, check=True)
            cmd = [str(peer.python), "-m", "pip", "install", "--disable-pip-version-check",
                   *peer.requirements]
            log.write("$ " + " ".join(cmd) + "\n")
            log.flush()
            proc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, timeout=1800)
        except (OSError, subprocess.SubprocessError) as err:
            return {"peer": peer.key, "ok": False, "error": f"{type(err).__name__}: {err}"}
    if proc.returncode != 0:
        tail = peer.log.read_text("utf-8", "replace").strip().splitlines()[-3:]
        return {"peer": peer.key, "ok": False,
                "error": f"pip exited {proc.returncode}: " + " | ".join(tail)}
    return {"peer": peer.key, "ok": True, "error": ""}


def setup_all(peers: tuple[Peer, ...] = PEERS, jobs: int = 2) -> list[dict]:
    """Install every peer (``jobs`` at a time: pip mostly waits on the network)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(setup_peer, peers))
    for r in results:
        print(f"  setup {r['peer']:<22} {'ok' if r['ok'] else 'FAILED: ' + r['error']}",
              flush=True)
    return results


def installed_versions(peer: Peer) -> dict[str, str]:
    """Distribution versions in the peer's env (``pip list``), for RESULTS.md."""
    try:
        out = subprocess.run([str(peer.python), "-m", "pip", "list", "--format=json",
                              "--disable-pip-version-check"],
                             capture_output=True, text=True, timeout=120, check=True).stdout
        return {d["name"].lower(): d["version"] for d in json.loads(out)}
    except (OSError, subprocess.SubprocessError, ValueError):
        return {}


def run_peer(peer: Peer, texts_json: Path, *, repeats: int, budget: float,
             min_time: float = 0.0, subset_bytes: int = 0, timeout: float = 1800) -> dict:
    """Time one peer in its own env and subprocess; never raises.

    Returns the runner's JSON: ``{"ok", "error", "results": [...], "baseline": {...}}``.
    """
    if not peer.python.exists():
        return {"ok": False, "error": f"not installed (no {peer.env.name}); "
                "run `python benchmarks/run.py --setup`", "results": []}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update({
        # Nothing may be fetched at run time: the runner also blocks sockets.
        "NLTK_DATA": str(ENVS / "nltk_data_empty"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
    })
    cmd = [str(peer.python), str(RUNNER), peer.key, str(texts_json),
           "--repeats", str(repeats), "--budget", str(budget), "--min-time", str(min_time),
           "--subset-bytes", str(subset_bytes)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                              cwd=str(HERE))
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": f"timed out after {timeout:.0f} s", "results": []}
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if lines:
        try:
            return json.loads(lines[-1])
        except ValueError:
            pass
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-4:]
    return {"ok": False, "error": f"runner exited {proc.returncode}: " + " | ".join(tail),
            "results": []}
