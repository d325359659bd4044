"""Shapes from the second part of the eighteenth review round (corpus/GUIDELINES.md §4, §5, §6).

Found mishandled on main: a recipient named through the honour received (荣获/获评/获颁…的 X) and quoted with a
plain 表示/说 kept 讲话 unless the honour was written as 获得…称号 (§4: no role, unless told 会上, on stage or behind
a representative label); 获奖 before an honour (为20名获奖优秀教师颁发证书) was kept as part of the honour's name (§5:
the holders hold 优秀教师); a supplementary budget whose use the next clause states (追加预算…，追加预算全数用于…) had no
purpose, and none at all after a total budget named earlier in its clause (§6: a budget with a stated use is funding);
a right's price told as a market figure (电视转播权为40万美元) was recorded when a contract was named later (§6: no
record).  Already right on main, pinned here: a kinship word with no 的 in a list of speakers (§4: a speaker, title
null), running counts (§5: no award) and research money received (§6: funding).  Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers

_CEREMONY = "市公安局昨日举行表彰大会，由局长陈明主持，共表彰“优秀民警”20名。"
_HOST = {"陈明": ("局长", ("主持",))}


@pytest.mark.parametrize(
    "body",
    [
        _CEREMONY + "荣获“优秀民警”称号的城东派出所民警张强说，这份荣誉属于大家。",
        _CEREMONY + "获评“优秀民警”的民警张强表示，将再接再厉。",
        _CEREMONY + "获颁“优秀民警”奖章的交警大队民警张强表示，将继续守护市民。",
        "市警察局昨日舉行績優員警表揚大會，由局長陳明主持，共頒發「打詐尖兵」獎座6座。"
        "獲頒「打詐尖兵」的第二分局巡佐張強表示，將持續守護市民荷包。",
    ],
)
def test_recipient_named_through_the_honour_and_quoted_has_no_role(extract, body: str) -> None:
    assert speakers(extract(page(body))) == _HOST


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # told 会上: one speaking at the ceremony keeps the address
        (_CEREMONY + "会上，获评“优秀民警”的民警张强表示，将再接再厉。", {**_HOST, "张强": ("民警", ("讲话",))}),
        # a representative label: the honourees' spokesman
        (_CEREMONY + "获奖民警代表张强表示，将再接再厉。", {**_HOST, "张强": (None, ("讲话",))}),
        # on stage, no soft verb
        (_CEREMONY + "获评“优秀民警”的民警张强上台发言。", {**_HOST, "张强": ("民警", ("发言",))}),
    ],
)
def test_recipient_at_the_meeting_keeps_the_role(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("英雄事迹报告会昨天在市礼堂举行。报告会上，战友孙明、父亲李茂林先后作了报告。",
         {"李茂林": (None, ("作报告",))}),
        ("英雄事迹报告会昨天在市礼堂举行。报告会上，李向明的战友刘兵作了报告。", {"刘兵": (None, ("作报告",))}),
    ],
)
def test_kinship_word_before_a_speaker_is_no_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会为20名获奖优秀教师颁发证书。", [("优秀教师", 20, "名", "person")]),
        ("会上，为15家获奖先进企业颁发奖牌。", [("先进企业", 15, "家", "organization")]),
        ("会议向30名获奖“优秀共产党员”颁发了荣誉证书。", [("优秀共产党员", 30, "名", "person")]),
        # near misses: 获奖 before no honour stays none
        ("大会为20名获奖教师颁发证书。", []),
        ("大会为12件获奖作品颁发证书。", []),
    ],
)
def test_huojiang_before_an_honour_is_no_part_of_it(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("截至2023年底，全市已有17个社区被命名为“文明社区”。", []),
        ("截至目前，全省已有25个县获评“卫生县城”。", []),
        ("到去年底，全区已有12所学校被评为“绿色学校”。", []),
        # near miss: conferred at this meeting
        ("会上，17个社区被命名为“文明社区”。", [("文明社区", 17, "个", "organization")]),
    ],
)
def test_running_count_is_no_award(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县议会三读通过第一次追加预算1亿2000万元，追加预算全数用于灾后道路复建。",
         [(120000000.0, "CNY", "灾后道路复建")]),
        ("會議通過第二次追加預算新臺幣8,000萬元，追加預算主要用於校舍補強。", [(80000000.0, "TWD", "校舍补强")]),
        ("县议会三读通过县府总预算310亿元及第一次追加预算1亿2000万元，追加预算全数用于灾后道路复建。",
         [(120000000.0, "TWD", "灾后道路复建")]),
        # near miss: another budget's use after the comma is no purpose of this one
        ("县议会通过第一次追加预算1亿2000万元，总预算全数用于灾后道路复建。", [(120000000.0, "CNY", None)]),
    ],
)
def test_supplementary_budget_with_its_use_is_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1960年奥运会的电视转播权为40万美元，而某电视台买下2000年奥运会的电视转播权，合同金额为35.5亿美元。", []),
        ("该赛事的电视转播权费高达500万美元，合同为期三年。", []),
        ("该联赛冠名权的售价为3000万元，合同已经签订。", []),
        # near miss: money granted to buy a right stays funding
        ("市政府拨款500万元购买赛事转播权。", [(5000000.0, "CNY", "购买赛事转播权")]),
    ],
)
def test_right_priced_as_a_market_figure_is_no_record(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全年科研经费到账3200万元。", [(32000000.0, "CNY", "科研经费")]),
        ("医院全年获得科研经费8000万元。", [(80000000.0, "CNY", "科研经费")]),
        ("研究經費總額首次突破港幣十億元。", [(1000000000.0, "HKD", "研究经费")]),
    ],
)
def test_research_money_received_is_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
