"""A check that a function runs in linear time, robust to a noisy shared machine.

It times the function on inputs of size n and 8n (best of three each) and fails only if
the larger one takes more than 40 times as long: linear code takes about 8 times as long,
quadratic code about 64 times. Absolute times are never asserted.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def _best(func: Callable[[int], object], n: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        func(n)
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(func: Callable[[int], object], n: int = 20_000) -> None:
    """Fail if ``func(8 * n)`` is far slower than 8 times ``func(n)``."""
    small = max(_best(func, n), 1e-4)
    large = _best(func, 8 * n)
    assert large < 40 * small, (
        f"time grows faster than linear: n={n}: {small:.4f}s, n={8 * n}: {large:.4f}s"
    )
