"""Award-count shapes of who put the holders forward and the first honour's text (corpus/GUIDELINES.md §5), kept by invented rows.

Found: a clause telling who put the holders forward (受表彰的模范母亲由县内13个乡镇推荐) was read as an honour before a count,
its text running on into the clause (`模范母亲由县内` 13): a preposition inside a list item now ends the list; pairs (8对
“模范婆媳”) were no unit: 对 counts, with no recipient kind like households and families (§5 tenth and twenty-first
rounds); the earlier times of a commendation held again (前三次共表彰…620名) are a past tally like earlier editions
(§5 sixteenth and twenty-first rounds); entrants counted after an honour (本届质量奖共有47家企业申报) were read as
winners: entries applied for confer nothing (§5 eighth round); a list of honours with counts between 为 and 颁奖
(会议为上年度“安康杯”竞赛优胜班组12个、优秀安全员30名颁奖) was missed: it is read like the list between 对 and 表彰 (§5 tenth
round), and 为 no longer opens the first honour (为先进集体 8).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

POSITIVE = [
    # pairs counted by 对 (no recipient kind)
    ("活动中表彰了10位“模范婆婆”及8对“模范婆媳”。", ("模范婆媳", 8, "对", None)),
    ("活动中表彰了8对“模范夫妻”。", ("模范夫妻", 8, "对", None)),
    ("大会表彰了12对“最美婆媳”。", ("最美婆媳", 12, "对", None)),
    ("会议表彰了5对“模范夫妻”和10户“文明家庭”。", ("模范夫妻", 5, "对", None)),
    # a commendation named after the count's applicants keeps its winners
    ("本届质量奖共有47家企业申报，评审委员会评出质量奖5家。", ("质量奖", 5, "家", "organization")),
    ("会议表彰了20家申报企业中的12家“优秀企业”。", ("优秀企业", 12, "家", "organization")),
    # a list between 为 and a verb of handing prizes or plaques (§5 tenth round)
    ("会议为上年度“安康杯”竞赛优胜班组12个、优秀安全员30名颁奖。", ("安康杯竞赛优胜班组", 12, "个", "organization")),
    ("会议为上年度“安康杯”竞赛优胜班组12个、优秀安全员30名颁奖。", ("优秀安全员", 30, "名", "person")),
    ("大会为先进集体8个、先进个人25名颁发奖牌和荣誉证书。", ("先进集体", 8, "个", "organization")),
    ("会议为优胜班组12个、优秀安全员30名颁奖。", ("优秀安全员", 30, "名", "person")),
    ("会上，领导为2024年度优秀教师20名、优秀班主任15名颁奖。", ("优秀班主任", 15, "名", "person")),
    # a list after 受表彰的 that is a list of honours stays one
    ("本次受表彰的先进集体20个、先进个人80名。", ("先进个人", 80, "名", "person")),
]

NONE = [
    # a clause of who put the holders forward: the count is of places
    "今年受表彰的模范母亲由县内13个乡镇推荐，经评审委员会审查选出。",
    "今年受表彰的优秀教师由全县13个乡镇推荐。",
    "本届受表彰的优秀志愿者从全市20个社区推选产生。",
    # earlier times of a commendation held again: a past tally
    "这是全市第四次表彰劳动模范和先进工作者，前三次共表彰劳动模范和先进工作者620名。",
    "这是全省第五次表彰优秀教师，前四次共表彰优秀教师3200名。",
    "上次表彰中，共有50名教师获评“优秀教师”。",
    # entrants counted: nothing conferred
    "贺某介绍，本届质量奖共有47家企业申报，覆盖装备制造、食品加工等领域。",
    "本届“十佳教师”评选共有86名教师报名参评。",
    # the preposition 对, no pairs
    "会议统一对先进个人进行了表彰。",
    "会议对三对新人表示祝贺。",
    # 为 before counted holders with no prize handed, or plain holders
    "为困难职工20名、留守儿童30名发放慰问金。",
    "会上为参赛选手20名颁奖。",
    # near miss of an earlier time: a count of problems found, no honour
    "会议指出，前三次工作检查共发现问题20个。",
]


@pytest.mark.parametrize(("body", "expected"), POSITIVE)
def test_award_read(extract, body: str, expected: tuple) -> None:
    assert expected in honours(extract(page(body)))


@pytest.mark.parametrize("body", NONE)
def test_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


def test_no_preposition_in_first_honour(extract) -> None:
    got = honours(extract(page("大会为先进集体8个、先进个人25名颁发奖牌和荣誉证书。")))
    assert got == [("先进集体", 8, "个", "organization"), ("先进个人", 25, "名", "person")]


def test_honour_text_stops_at_clause(extract) -> None:
    got = honours(extract(page("今年受表彰的模范母亲由县内13个乡镇推荐。活动中也同时表彰了10位“模范婆婆”。")))
    assert got == [("模范婆婆", 10, "位", "person")]
