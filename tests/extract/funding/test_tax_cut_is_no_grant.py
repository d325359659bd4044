"""A tax cut (`实施2万亿日元的特别减税`, `减税500亿元`) is money left with taxpayers, no money granted, allocated or paid, like a
tax refund (`留抵退税`, GUIDELINES §6 ninth review round; thirty-ninth review round, ninth stop, from a recall read of
newspaper articles).  Invented sentences; the near misses, money granted in the same sentence or beside a tax word that
is no cut, keep their records."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the failing shape re-invented: a tax cut between grants of one sentence, then paraphrases beside a grant
        ("5月8日，首相在国会宣布，政府将投入5万亿日元公共资金，以稳定金融体系；从3月起实施3万亿日元的特别减税；"
         "追加2万亿日元用于灾区重建。", [(5000000000000.0, "JPY"), (2000000000000.0, "JPY")]),
        ("5月8日，政府宣布拨款300亿元支持就业，并减税500亿元，以刺激消费。", [(30000000000.0, "CNY")]),
        ("5月8日，财政部长表示，政府将投入80亿美元资金，并实施总额50亿美元的减税。", [(8000000000.0, "USD")]),
        # near misses: a grant in its own clause beside a tax cut; money put in with no tax cut
        ("5月8日，政府宣布投入3万亿日元公共资金，以维护金融稳定；同时实施特别减税。", [(3000000000000.0, "JPY")]),
        ("5月8日，县政府拨付专项资金500万元，用于支持小微企业发展。", [(5000000.0, "CNY")]),
    ],
)
def test_tax_cut_is_no_grant(extract, body: str, expected: list) -> None:
    assert [(amount, currency) for amount, currency, _ in grants(extract(page(body)))] == expected
