"""A Taiwan body's budget line only expected (`預計編列經費…`) or set for a later year (`明年將再編列經費…`) is money only
intended, like `预计安排` and `明年将投入` (GUIDELINES §6 thirty-eighth review round, from the new tuning pages s172); a bare
`经费` between the verb and the amount is the money's kind like a bare `资金`.  Invented sentences; the near misses, a line
told as set this year or with its use, keep their records."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # only expected or set for a later year: no record
        ("5月8日，縣府舉行防災演練。消防局將於年底辦理救災人員訓練，預計編列經費新臺幣80萬元。", []),
        ("5月8日，縣府舉行防災演練。縣長表示，明年將再編列經費新臺幣1,500萬元，添購山區救災裝備。", []),
        ("5月8日，县政府举行防灾演练。县长表示，明年将投入经费1500万元，添购救灾装备。", []),
        # near misses: a line set now, with or without its use, and money given now, stay
        ("5月8日，縣府舉行防災演練。縣府今年編列經費新臺幣1,500萬元，添購山區救災裝備。",
         [(15000000.0, "TWD")]),
        ("5月8日，縣府舉行防災演練。縣府宣布編列新臺幣300萬元辦理山區防災訓練。", [(3000000.0, "TWD")]),
        ("5月8日，县政府举行防灾演练。县长表示，将拨付经费1500万元，添购救灾装备。", [(15000000.0, "CNY")]),
    ],
)
def test_budget_line_expected_or_next_year(extract, body: str, expected: list) -> None:
    assert [(amount, currency) for amount, currency, _ in grants(extract(page(body)))] == expected
