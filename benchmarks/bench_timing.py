"""Timing helpers shared by ``run.py`` and ``peers_runner.py`` (standard library only).

``peers_runner.py`` runs inside each peer's own virtual environment, so nothing here may
import bnclean or any third-party package.
"""

from __future__ import annotations

import gc
import socket
import time
from collections.abc import Callable, Sequence
from typing import Any


def utf8_bytes(texts: Sequence[str]) -> int:
    """The size of ``texts`` in UTF-8 bytes: the numerator of every MB/s in the suite."""
    return sum(len(t.encode("utf-8")) for t in texts)


def time_calls(func: Callable[[str], Any], texts: Sequence[str], *, repeats: int,
               budget: float) -> tuple[float, int]:
    """Best wall time of one pass of ``func(t) for t in texts``, over up to ``repeats`` passes.

    Stops early, after at least one pass, once ``budget`` seconds have been spent, so a slow
    function is timed fewer times rather than holding up the suite. The garbage collector is
    off during each pass, as in ``timeit``. Returns (best seconds, passes done).
    """
    best = float("inf")
    spent = 0.0
    done = 0
    for _ in range(max(1, repeats)):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            for text in texts:
                func(text)
            seconds = time.perf_counter() - start
        finally:
            gc.enable()
        best = min(best, seconds)
        spent += seconds
        done += 1
        if spent >= budget:
            break
    return best, done


def time_batch(func: Callable[[Sequence[str]], Any], texts: Sequence[str], *, repeats: int,
               budget: float) -> tuple[float, int]:
    """Like ``time_calls`` for a function that takes the whole list in one call."""
    return time_calls(lambda _: func(texts), [""], repeats=repeats, budget=budget)


def measure(name: str, func: Callable[[str], Any], texts: Sequence[str], *, repeats: int,
            budget: float, batch: bool = False, **extra: Any) -> dict[str, Any]:
    """Time ``func`` on ``texts``: one row of results, MB/s of UTF-8 input."""
    nbytes = utf8_bytes(texts)
    try:
        timer = time_batch if batch else time_calls
        seconds, passes = timer(func, texts, repeats=repeats, budget=budget)
    except Exception as err:  # a peer that fails is reported, never fatal
        return {"name": name, "ok": False, "error": f"{type(err).__name__}: {err}"[:300],
                "calls": len(texts), "bytes": nbytes, **extra}
    return {"name": name, "ok": True, "error": "", "seconds": seconds, "passes": passes,
            "calls": 1 if batch else len(texts), "bytes": nbytes,
            "mbps": nbytes / seconds / 1e6 if seconds > 0 else float("inf"), **extra}


class NetworkBlocked(OSError):
    """Raised by every socket connection attempt while the network is blocked."""


def block_network() -> list[str]:
    """Make every socket connection and name lookup fail; returns the list of attempts.

    Used by the peer runner so that no peer downloads data or models while it is timed.
    """
    attempts: list[str] = []

    def refuse(what: str) -> Callable[..., Any]:
        def _refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{what}{args[1:2] if what == 'connect' else args[:1]}")
            raise NetworkBlocked(f"network blocked by the benchmark runner ({what})")
        return _refuse

    socket.socket.connect = refuse("connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse("connect")  # type: ignore[method-assign]
    socket.create_connection = refuse("create_connection")  # type: ignore[assignment]
    socket.getaddrinfo = refuse("getaddrinfo")  # type: ignore[assignment]
    return attempts
