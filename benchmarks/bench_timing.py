"""Timing helpers shared by ``run.py`` and ``peers_runner.py`` (standard library only).

``peers_runner.py`` runs inside each peer's own virtual environment, so nothing here may
import bnclean or any third-party package.
"""

from __future__ import annotations

import gc
import signal
import socket
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any


def utf8_bytes(texts: Sequence[str]) -> int:
    """The size of ``texts`` in UTF-8 bytes: the numerator of every MB/s in the suite."""
    return sum(len(t.encode("utf-8")) for t in texts)


def one_pass(func: Callable[[str], Any], texts: Sequence[str]) -> float:
    """Seconds for ``func(t) for t in texts``, with the garbage collector off (as ``timeit``)."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for text in texts:
            func(text)
        return time.perf_counter() - start
    finally:
        gc.enable()


class MeasurementTimeout(Exception):
    """Raised inside a measured function that runs past its ``timeout``."""


def _alarm(signum: int, frame: Any) -> None:
    raise MeasurementTimeout


def measure(name: str, func: Callable[..., Any], texts: Sequence[str], *, repeats: int,
            budget: float, min_time: float = 0.0, max_passes: int = 30, batch: bool = False,
            baseline: Callable[[str], Any] | None = None, timeout: float = 600.0,
            **extra: Any) -> dict[str, Any]:
    """Time ``func`` on ``texts``: one row of results, in MB/s of UTF-8 input.

    The best of ``repeats`` passes, and of more (up to ``max_passes``) until ``min_time``
    seconds have been spent, so that a fast function gets enough chances at a quiet moment
    of a noisy machine; no more passes once ``budget`` seconds have been spent (at least
    one), so a slow function is timed fewer times rather than holding the suite up.
    ``batch``: ``func`` takes the whole list in one call. ``baseline``: a function timed in
    alternation with ``func`` (one pass of each per repeat, on the same texts), so that the
    row's ``ratio`` compares two numbers taken under the same load. A measurement that runs
    past ``timeout`` seconds (a function that hangs) is stopped and reported as failed, so
    one bad function cannot hold up the suite (POSIX main thread only; elsewhere no limit).
    """
    nbytes = utf8_bytes(texts)
    row: dict[str, Any] = {"name": name, "calls": 1 if batch else len(texts), "bytes": nbytes,
                           **extra}
    timed: Callable[[str], Any] = (lambda _: func(texts)) if batch else func
    items: Sequence[str] = [""] if batch else texts
    best = base_best = float("inf")
    spent = 0.0
    passes = 0
    armed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if armed:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        while passes < max(1, repeats) or (spent < min_time and passes < max_passes):
            if baseline is not None:
                base = one_pass(baseline, texts)
                base_best = min(base_best, base)
                spent += base
            seconds = one_pass(timed, items)
            best = min(best, seconds)
            spent += seconds
            passes += 1
            if spent >= budget:
                break
    except MeasurementTimeout:
        return {**row, "ok": False, "error": f"timed out: still running after {timeout:g} s"}
    except Exception as err:  # a function that fails is reported, never fatal
        return {**row, "ok": False, "error": f"{type(err).__name__}: {err}"[:300]}
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    row.update(ok=True, error="", seconds=best, passes=passes,
               mbps=nbytes / best / 1e6 if best > 0 else float("inf"))
    if baseline is not None:
        row["baseline_mbps"] = nbytes / base_best / 1e6
        row["ratio"] = row["mbps"] / row["baseline_mbps"]
    return row


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
