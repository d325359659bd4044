"""Money a saving verb puts right before the amount, no kind of money written between (`每年将使企业节省约30亿元`,
`为农户节约了200万元`), is money saved, no grant, like `节省开支…` (GUIDELINES §6 thirty-eighth review round, from the third
newspaper batch's tuning articles).  Invented sentences; the near misses, savings put to a use by another verb and a
figure's fall, are read as before."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("专家说，新的结算办法每年将使各国企业节省约30亿美元，从而使投资者得到保障。", []),
        ("5月6日，县里推广节水灌溉技术，当年为农户节约了200万元，受到群众欢迎。", []),
        ("5月6日，县里推广节水灌溉技术，每年可节省近50万元。", []),
        # near misses: money saved, then given by its own verb, and money granted with no saving verb
        ("5月6日，县政府拿出节约下来的300万元，用于修建乡村公路。", [(3000000.0, "CNY")]),
        ("5月6日，厂里压缩开支后，拿出300万元，用于修建职工宿舍。", [(3000000.0, "CNY")]),
        ("5月6日，县政府拨款300万元，用于修建乡村公路。", [(3000000.0, "CNY")]),
    ],
)
def test_saving_verb_before_amount(extract, body: str, expected: list) -> None:
    assert [(amount, currency) for amount, currency, _ in grants(extract(page(body)))] == expected
