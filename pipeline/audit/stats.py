"""Interval estimates and sample sizes for audit proportions (precision, recall).

Known limitations:

- The Wilson score interval assumes independent draws. Items sampled from the same article
  are correlated (one bad article can produce several wrong items), so the interval is
  somewhat too narrow when the sample holds many items per article.
- :func:`sample_size` uses the normal approximation; for an expected proportion very close to
  0 or 1 it under-states what a Wilson interval of the requested half-width needs.
"""

from __future__ import annotations

import math

Z_95 = 1.959963984540054  # two-sided 95 % normal quantile; 1.96 rounded is the usual textbook value


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval ``(low, high)`` for ``successes`` out of ``n`` (proportions in [0, 1]).

    ``n == 0`` gives the uninformative ``(0.0, 1.0)``.
    """
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"need 0 <= successes <= n, got successes={successes}, n={n}")
    if z <= 0:
        raise ValueError(f"z must be positive, got {z}")
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    # Clamp float noise at the edges (successes == 0 or n gives exactly 0 or 1 in theory).
    return (max(0.0, centre - half), min(1.0, centre + half))


def sample_size(margin: float, p: float = 0.5, z: float = 1.96, population: int | None = None) -> int:
    """Items needed so that a proportion near ``p`` is estimated within ``± margin`` (proportions).

    ``n0 = z² p (1 - p) / margin²``; with ``population`` (the number of items there are to
    sample from) the finite population correction ``n0 / (1 + (n0 - 1) / population)`` applies.
    The result is rounded up and at least 1; ``p = 0`` or ``p = 1`` gives 1, which is why reports
    also give the worst case ``p = 0.5``.
    """
    if not 0 < margin < 1:
        raise ValueError(f"margin must be in (0, 1), got {margin}")
    if not 0 <= p <= 1:
        raise ValueError(f"p must be in [0, 1], got {p}")
    if population is not None and population < 1:
        raise ValueError(f"population must be >= 1, got {population}")
    n0 = z * z * p * (1 - p) / (margin * margin)
    if n0 <= 1:
        # One item is the least sample; the correction below would divide by zero at
        # ``population == 1`` (a field with one record, audited whole).
        return 1
    if population is not None:
        n0 = n0 / (1 + (n0 - 1) / population)
    # Round away float noise first so that an exact integer n0 is not pushed up by one.
    return max(1, math.ceil(round(n0, 9)))
