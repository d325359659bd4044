"""A rite named after the one act it is held for (开工典礼, 颁奖仪式, 开馆仪式, 揭牌仪式, 奠基仪式), told after that act
with its place (`…今天在江北新区正式开工。副省长出席开工典礼`), is held there (GUIDELINES §3 location, thirtieth review
round, 6 December 2026, ninth stop: the rite's own act placed is the rite placed, as a conferring's place is its
ceremony's, twenty-first round, and a signing's place its ceremony's). An act ahead or of another time, a rite told of
another time, a rite with a place of its own, or an act told with no place lends nothing. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the act in the sentence before, the rite only referred to
        ("首届江城文学奖今天在市文化中心颁奖。副市长王明出席了颁奖仪式。", [("颁奖仪式", "市文化中心")]),
        ("江城大桥今天在江北新区正式开工。副省长李强出席开工典礼并讲话。", [("开工典礼", "江北新区")]),
        ("5月6日，江城地铁三号线在江南站通车。市长出席了通车仪式。", [("通车仪式", "江南站")]),
        ("江城市青年科技服务站5月6日在白沙镇揭牌。团市委书记出席揭牌仪式。", [("揭牌仪式", "白沙镇")]),
        # the act and the rite in one sentence
        ("新落成的江城图书馆昨天在滨江路开馆，市领导出席开馆仪式并剪彩。", [("开馆仪式", "滨江路")]),
        ("江城新区医院项目今天在东湖路奠基，副区长李强出席奠基仪式。", [("奠基仪式", "东湖路")]),
        # Traditional script, a manner word before the act
        ("第三届江城青年奖5日在人民会堂隆重頒獎，副市长出席頒獎典禮並致辭。", [("颁奖典礼", "人民会堂")]),
        # a sentence between the act and the rite (a lead, then the guest)
        ("滨江隧道工程今天在江城港务区宣告开工。这一工程将连通江南江北。副省长出席了今天的开工典礼。",
         [("开工典礼", "江城港务区")]),
    ],
)
def test_rite_placed_by_its_act(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the act told with no place
        ("江城地铁二号线今天开工，副市长出席开工仪式。", [("开工仪式", None)]),
        # the rite told with a place of its own (not read as a venue here): the act's place is not lent
        ("江城大桥今天在江北新区开工，工人们十分高兴。副市长出席了在江南举行的开工典礼。", [("开工典礼", None)]),
        # the rite of another time
        ("首届江城文学奖今天在市文化中心颁奖。五年前，李强出席了该奖的首次颁奖仪式。", [("首次颁奖仪式", None)]),
        # an act ahead
        ("江城大桥计划在江北新区开工。今天，副省长出席了开工仪式。", [("开工仪式", None)]),
        # another act (a project started years ago) before a different rite
        ("江城大桥在江北新区开工已有三年，今天举行了竣工仪式。", [("竣工仪式", None)]),
        # a rite noun after 颁奖 is no act (在…举办…颁奖典礼 names the earlier ceremony's venue, not this one's)
        ("基金会今天上午在市民中心报告厅举办首届园丁奖颁奖典礼。当天，第八届乡贤奖颁奖仪式也举行了。",
         [("首届园丁奖颁奖典礼", "市民中心报告厅"), ("第八届乡贤奖颁奖仪式", None)]),
    ],
)
def test_no_place_lent_to_the_rite(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body))) == expected
