"""Courts, procuratorates, police, hospitals and research institutes: three misses found on invented pages.

- A count after a decision whose title names the honour, when the counted noun (the honour's head) is five or six
  characters long (《关于表彰…优秀人民陪审员的决定》，36名人民陪审员受到表彰), was not read: GUIDELINES §5, fourteenth
  review round.
- A yearly budget told as a level with 投入/支出 after the budget noun (年度科研经费投入超过6000万元) was read as money
  granted: §6, fourteenth review round (a yearly budget told as a level is a statistic).
- A body's own room after 于 and a pronoun (于本院第一会议室, the Taiwan releases' wording) gave no venue, while 在本院…
  did: §3, thirteenth review round (a self-reference to a court, school or bureau before a room).

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，政治部主任宣读了《关于表彰2024年度优秀人民陪审员的决定》，全市36名人民陪审员受到表彰。",
         [("优秀人民陪审员", 36, "名", "person")]),
        ("根据《关于表彰2024年度优秀人民调解员的决定》，二十名人民调解员受到表彰。",
         [("优秀人民调解员", 20, "名", "person")]),
        ("会议宣读了《关于表彰2023年度优秀网格管理员的决定》，15名网格管理员受到表彰。",
         [("优秀网格管理员", 15, "名", "person")]),
        # the short head noun, read before
        ("根据《关于表彰2023年度优秀辅导员的决定》，12名辅导员受到表彰。", [("优秀辅导员", 12, "名", "person")]),
    ],
)
def test_a_long_head_noun_counted_after_a_decision_takes_its_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a counted noun that is not the honour's head (§5 fourteenth round)
        "根据《关于表彰2024年度优秀人民调解员的决定》，36名社区工作者受到表彰。",
        # the count is of people placed, not a noun of the honour
        "根据《关于表彰2024年度优秀人民调解员的决定》，36名同志在会上受到表彰。",
        # a notice of praise, not a decision conferring an honour
        "根据《关于通报表扬2024年度优秀人民调解员的决定》，36名人民调解员受到通报表扬。",
    ],
)
def test_no_honour_for_other_counted_nouns_or_notices(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    "body",
    [
        "医院年度科研经费投入超过6000万元，发表SCI论文210篇。",
        "学院每年科研经费投入达3000万元，承担各类课题120余项。",
        "学校年均科研经费支出逾1亿元。",
    ],
)
def test_a_yearly_budget_spending_told_as_a_level_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a verb of giving before the amount: money handed over, not a level
        # (the fund named by its field is the purpose over the 用于 clause, §6 twenty-third review round)
        ("医院每年安排科研经费投入超过600万元，用于青年人才培养。", [(6000000.0, "CNY", "科研经费")]),
        # a year's money with a use stated and no word of a level
        ("今年医院科研经费投入6000万元，用于建设实验平台。", [(60000000.0, "CNY", "建设实验平台")]),
        # a named year's budget handed down
        ("2024年度科研经费投入3000万元，全部下达到位。", [(30000000.0, "CNY", "科研经费")]),
    ],
)
def test_money_granted_beside_a_budget_noun_stays(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def _venues(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("台湾台中地方法院17日上午于本院第一会议室举行113年度绩优调解委员表扬大会。",
         [("113年度绩优调解委员表扬大会", "台湾台中地方法院", "台湾台中地方法院第一会议室")]),
        ("县文物局于本局三楼会议室召开安全生产工作会议。", [("安全生产工作会议", "县文物局", "县文物局三楼会议室")]),
        ("江城市中级人民法院于本院第三审判庭举行新任人民陪审员宣誓仪式。",
         [("新任人民陪审员宣誓仪式", "江城市中级人民法院", "江城市中级人民法院第三审判庭")]),
    ],
)
def test_a_body_s_own_room_after_yu_is_its_venue(extract, body: str, expected: list) -> None:
    assert _venues(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 于本月, 于本周五: a time, not a venue
        ("县文物局于本月召开安全生产工作会议。", [("安全生产工作会议", "县文物局", None)]),
        ("县文物局于本周五召开安全生产工作会议。", [("安全生产工作会议", "县文物局", None)]),
        # the body by its pronoun alone, no room named (§3 location)
        ("江城市中级人民法院于本院召开党组会议。", [("党组会议", "江城市中级人民法院", None)]),
    ],
)
def test_no_venue_from_a_time_or_a_bare_pronoun_after_yu(extract, body: str, expected: list) -> None:
    assert _venues(extract(page(body))) == expected
