"""Speaker, award and funding shapes of rules of the nineteenth review round.

- 同 of 同志 was read as an exchange partner (同企业家作交流), so 李明同志作了交流 lost its 发言: only 同 as a
  preposition marks a partner (GUIDELINES §4 nineteenth round: 作(了)交流 with no partner is 发言).
- 在交流中 was read as a speech frame whatever followed, so 在交流中了解到 (what one learned on a visit) became 发言: the
  frame is a turn of speech only when a verb of saying follows (§4 nineteenth round, 在交流时说).
- A conferring word before the work it heads (授牌工作) is no act, but 颁发工作证 hands a thing whose name opens with 工作:
  颁奖 by the synonym list (§4, 颁发聘书); the three lists of those work nouns in speakers/patterns.py are now one.
- A time ahead (今后, 明年) reached across a comma to 将“X”称号授予 in the next clause, so a conferral told as done was read
  as a plan: the time word rules only its own clause (§5).
- A budget stated with 是 (学校本年度预算是3000万元) stayed a record while the same with 为 did not: both are a budget
  told as a level, statistics (§6 nineteenth round).
Invented sentences; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # 同 inside 同志 or 同时: no partner, the turn taken is 发言
        ("全县党建工作座谈会召开。党支部书记李明同志作交流。", "李明", ("发言",)),
        ("全县党建工作座谈会召开。党支部书记李明同志作了典型交流。", "李明", ("发言",)),
        ("全县党建工作座谈会召开。企业代表王强同志作了交流。", "王强", ("发言",)),
        # near misses: turns with no partner keep 发言
        ("全县企业座谈会召开。企业代表张伟、李明分别作了交流。", "张伟", ("发言",)),
        ("全县党建工作座谈会召开。党支部书记李明一同作了交流。", "李明", ("发言",)),
    ],
)
def test_tong_inside_a_word_is_no_partner(extract, body: str, name: str, expected: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == expected


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a partner named before 作交流 is a conversation, no role (§4)
        "县委书记王强到江城公司调研，与职工代表作了交流。",
        "全县企业座谈会召开。县长王强同企业家们作了交流。",
        "全县企业座谈会召开。县长王强跟企业家作了交流。",
    ],
)
def test_exchange_with_a_partner_stays_no_role(extract, body: str) -> None:
    assert "王强" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        # what the one named learned in a conversation: no remark, no role
        "5月8日上午，县委书记王强到江城公司调研。王强在交流中了解到，企业今年产值增长20%。",
        "5月8日上午，县委书记王强到江城公司调研。王强在交流中得知，企业订单充足。",
        "5月8日上午，县长王强到江城镇调研。王强在交流时获悉，村里的道路已经修通。",
    ],
)
def test_exchange_frame_with_no_remark(extract, body: str) -> None:
    assert "王强" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # near misses: a verb of saying after the frame, the turn is 发言 (§4 nineteenth round)
        ("全县民营企业座谈会召开。企业家李明在交流时说，要加快转型。", "李明"),
        ("全县民营企业座谈会召开。企业家李明在交流中表示，将扩大投资。", "李明"),
        ("全市青年人才座谈会召开。青年代表张伟在交流时谈到，要扎根基层。", "张伟"),
    ],
)
def test_exchange_frame_with_a_remark(extract, body: str, name: str) -> None:
    assert speakers(extract(page(body)))[name][1] == ("发言",)


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # a thing handed whose name opens with 工作: 颁奖 by the synonym list (§4)
        ("5月8日，县人社局召开新录用人员培训会。局长王强出席并为新录用人员颁发工作证。", "王强", ("颁奖",)),
        ("5月8日，县人社局召开新录用人员培训会。局长王强出席并为新录用人员颁发工作牌。", "王强", ("颁奖",)),
        ("5月8日，县志愿者协会召开大会。县长王强出席并为志愿者颁发工作服。", "王强", ("颁奖",)),
        # near misses: the conferring word heads the work named, no act
        ("5月8日，县委召开会议。县长王强为做好下一步示范单位评选和授牌工作提出要求。", "王强", ("讲话",)),
        ("5月8日，县委召开会议。县长王强就颁奖工作作出部署。", "王强", ("讲话",)),
        ("5月8日，县运动会开幕。县长王强为获奖运动员颁奖，工作人员维持秩序。", "王强", ("颁奖",)),
    ],
)
def test_work_noun_after_a_conferring_word(extract, body: str, name: str, expected: tuple) -> None:
    assert speakers(extract(page(body)))[name][1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the time word belongs to the clause before: the conferral after the comma is done (§5)
        ("5月8日，县委召开表彰大会，强调今后要加强评选管理，会议将“文明单位”称号授予10个单位。",
         [("文明单位", 10, "个", "organization")]),
        ("5月8日，县委召开表彰大会，指出明年要继续开展评选，大会将“先进集体”称号授予8个集体。",
         [("先进集体", 8, "个", "organization")]),
        # near misses: the time word opens the clause of the conferral, a plan
        ("5月8日，县委召开会议。下一步，县委将“文明单位”称号授予10个单位。", []),
        ("5月8日，县委召开会议。明年县委将“文明单位”称号授予10个单位。", []),
        ("5月8日，县委召开会议。今后，市委将“先进集体”称号授予表现突出的12个集体。", []),
    ],
)
def test_time_ahead_rules_its_own_clause(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a budget told as a level with 是 or 为: a statistic, no record (§6 nineteenth round)
        ("5月8日，县政府召开会议。学校本年度预算是3000万元。", []),
        ("5月8日，县政府召开会议。本次文化节活动预算是50万元。", []),
        ("5月8日，县政府召开会议。该国今年的国防预算为270亿美元。", []),
        # near misses: budget money added or listed for a stated use is funding
        ("5月8日，县政府召开会议。县财政追加防汛预算3000万元，用于堤防加固。", [(30000000.0, "CNY", "堤防加固")]),
        ("5月8日，县政府召开会议。县财政编列预算1200万元，用于老旧小区改造。", [(12000000.0, "CNY", "老旧小区改造")]),
    ],
)
def test_budget_stated_by_a_copula(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
