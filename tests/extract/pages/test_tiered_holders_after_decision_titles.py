"""Award-register shapes on commendation pages: three shapes found on invented commendation pages.

1. A count after a decision whose title names the honour, its holders' noun opened by their tier
   (《关于表彰2024年度优秀河长的决定》，28名村级河长受到表彰): the tier says who they are, the head noun (河长) is
   the honour's head, so the count takes the honour (GUIDELINES §5, fourteenth review round). Negative: a head noun
   that is not the honour's, a notice of praise, people who only attend.
2. Reward money of a commendation still ahead (评选将于公示结束后正式发文表彰，每名受表彰教师将获得奖励金3000元):
   nothing is granted yet, like a contest's prize money before the contest (§6; a 公示 confers nothing, §5).
   Negative: reward money of a commendation held.
3. A passive name opened by a body taking part in another event (南屿市参加省第十七届运动会总结表彰大会在…召开):
   the body's taking part is what the meeting is about, so the name stays whole and the body is no organizer
   (§3 eighth review round). Negative: a place that only holds the meeting.
Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议宣读了《关于表彰2024年度优秀河长的决定》，28名村级河长受到表彰。", [("优秀河长", 28, "名", "person")]),
        ("根据《关于表彰2023年度优秀辅导员的决定》，12名校级辅导员受到表彰。", [("优秀辅导员", 12, "名", "person")]),
        ("大会宣读了《关于表彰2024年度优秀网格员的决定》，三十五名社区级网格员受到表彰。",
         [("优秀网格员", 35, "名", "person")]),
        ("会上宣读了《关于表彰全县优秀护林员的决定》，共有16名乡级护林员受到表彰。", [("优秀护林员", 16, "名", "person")]),
        # (the tier before the holders after an honour named as commended, not in a decision's title)
        ("会议对优秀河长进行了表彰，28名村级河长受到表彰。", [("优秀河长", 28, "名", "person")]),
    ],
)
def test_tiered_holders_after_a_decision_title(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the head noun is no honour's head: 干部 under 优秀河长
        "会议宣读了《关于表彰2024年度优秀河长的决定》，28名村级干部受到表彰。",
        # a notice of praise gives none (§5 fourteenth round)
        "会议宣读了《关于通报表扬2024年度优秀河长的通报》，28名村级河长受到表扬。",
        # people attending, not commended
        "会议宣读了《关于表彰2024年度优秀河长的决定》，28名县级领导出席会议。",
    ],
)
def test_no_award_from_other_tiered_counts(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    "body",
    [
        "经评审，拟表彰“最美乡村教师”10名。此次评选将于公示结束后正式发文表彰，每名受表彰教师将获得奖励金3000元。",
        "评选结果将于年底正式表彰，每名获奖者可获奖金5000元。",
        "“十佳青年”评选定于下月表彰，届时每人发放奖励金2000元。",
        "市里将于明年一季度颁奖，每名获奖者将获得奖励金1万元。",
    ],
)
def test_no_funding_for_a_commendation_still_ahead(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上表彰了20名优秀教师，每人获得奖励金3000元。", [(3000.0, "CNY")]),
        ("大会对20名优秀教师进行了表彰，并为每人发放奖励金3000元。", [(3000.0, "CNY")]),
        ("评选结果已于上月正式发文表彰，每名受表彰教师获得奖励金3000元。", [(3000.0, "CNY")]),
    ],
)
def test_reward_money_of_a_commendation_held(extract, body: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("昨天下午，南屿市参加省第十七届运动会总结表彰大会在市行政中心召开。",
         [("南屿市参加省第十七届运动会总结表彰大会", "2024-05-07", None)]),
        ("5月6日，江城区参与第十届省运会总结表彰大会在区政府召开。",
         [("江城区参与第十届省运会总结表彰大会", "2024-05-06", None)]),
        ("5月6日上午，青山县参加第十二届全国残运会总结表彰会在县委党校举行。",
         [("青山县参加第十二届全国残运会总结表彰会", "2024-05-06", None)]),
    ],
)
def test_a_body_taking_part_stays_in_the_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place that only holds the meeting before an edition is still split off as before
        ("5月6日，东城区第十七届运动会总结表彰大会在区体育中心召开。",
         [("第十七届运动会总结表彰大会", "2024-05-06", "东城区")]),
    ],
)
def test_a_holding_place_still_split_off(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
