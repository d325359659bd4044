"""Company and state-owned enterprise news. Invented sentences; the expected values follow
corpus/GUIDELINES.md §5 and §6.

- An honour counted over proposals of workers' representatives (表彰了十件优秀职工代表提案) was cut at 代表
  (优秀职工), 代表 read as representatives sent up by those honoured. 代表 right before 提案/建议/议案 only
  qualifies the thing counted: the honour is the whole phrase (§5). Representatives counted as holders or as
  attendees (10名优秀职工代表参加大会) are read as before.
- A gift in kind whose goods have no word of the gift-kinds list (捐赠价值300万元的建材) had no purpose. After a
  verb of giving before 价值, whatever the 的 phrase closing the clause names is what the value is of (§6 gifts
  in kind; goods counted after a gift's value are its purpose, tenth review round). Values bought, won or
  signed (购买, 获得, 签下) stay without it.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page

MEETING = "5月7日，公司召开第三届职工代表大会第二次会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会表彰了十件优秀职工代表提案。", [("优秀职工代表提案", 10, "件", None)]),
        ("会上评选出优秀职工代表提案12件。", [("优秀职工代表提案", 12, "件", None)]),
        ("大会对12件优秀职工代表提案进行了表彰。", [("优秀职工代表提案", 12, "件", None)]),
        ("大会表彰了8件优秀代表建议。", [("优秀代表建议", 8, "件", None)]),
        # NEGATIVE: representatives counted as those attending, no honour conferred
        ("300名优秀员工代表参加大会。", []),
        ("50名职工代表列席会议。", []),
    ],
)
def test_representatives_proposals_keep_their_whole_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("仪式上，集团向援建地捐赠价值300万元的建材。", [(3000000, "CNY", "建材")]),
        ("公司为敬老院捐献价值8万元的取暖设施。", [(80000, "CNY", "取暖设施")]),
        ("集团向对口帮扶村赠送价值12万元的农机具。", [(120000, "CNY", "农机具")]),
        ("会上，企业向山区小学捐赠了价值6万元的课桌椅。", [(60000, "CNY", "课桌椅")]),
        # a kind of goods already listed still reads as before
        ("仪式上，集团向援建地捐赠价值300万元的图书。", [(3000000, "CNY", "图书")]),
        # NEGATIVE: a value bought, won or signed is no gift; a clause told after the goods names no goods
        ("公司签下价值1000万元的海外订单。", []),
        ("该公司购买了价值300万元的建材。", []),
        ("集团向县里捐赠价值200万元的帮扶项目落地。", [(2000000, "CNY", None)]),
    ],
)
def test_goods_of_any_name_after_a_gift_verb_are_its_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(MEETING + body))) == expected
