"""Wilson intervals and sample sizes against published values."""

from __future__ import annotations

import pytest

from pipeline.audit.stats import sample_size, wilson_interval


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),  # Wikipedia / Newcombe (1998) example
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (50, 100, 0.4038, 0.5962),
        (1, 1, 0.2065, 1.0),
    ],
)
def test_wilson_interval_known_values(successes: int, n: int, low: float, high: float) -> None:
    got = wilson_interval(successes, n)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_wilson_interval_empty_sample_is_uninformative() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)


@pytest.mark.parametrize(("successes", "n"), [(-1, 5), (6, 5), (1, -1)])
def test_wilson_interval_rejects_impossible_counts(successes: int, n: int) -> None:
    with pytest.raises(ValueError, match="successes"):
        wilson_interval(successes, n)


@pytest.mark.parametrize(
    ("margin", "p", "population", "expected"),
    [
        (0.05, 0.5, None, 385),   # the textbook 384.16 -> 385
        (0.03, 0.5, None, 1068),
        (0.10, 0.5, None, 97),
        (0.05, 0.9, None, 139),
        (0.05, 0.5, 1000, 278),   # finite population correction
        (0.05, 0.5, 100, 80),
        (0.05, 1.0, None, 1),
        (0.05, 1.0, 1, 1),        # a field with one record, audited whole: no division by zero
        (0.05, 0.0, 1, 1),
        (0.05, 0.5, 1, 1),
        (0.10, 1.0, 12, 1),
    ],
)
def test_sample_size_known_values(margin: float, p: float, population: int | None, expected: int) -> None:
    assert sample_size(margin, p, 1.96, population) == expected


@pytest.mark.parametrize(("margin", "p", "population"), [(0, 0.5, None), (1.2, 0.5, None), (0.05, 1.5, None),
                                                         (0.05, 0.5, 0)])
def test_sample_size_rejects_bad_arguments(margin: float, p: float, population: int | None) -> None:
    with pytest.raises(ValueError):
        sample_size(margin, p, 1.96, population)
