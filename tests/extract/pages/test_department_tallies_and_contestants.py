"""Award and meeting shapes on award-ceremony pages: a department's past tally and contestants: a past year's tally kept by a department, and contestants.

Found on invented pages of the register of commendation and prize ceremonies:
- A body ending in 处 or 署 (a Hong Kong department: 消防处, 惩教署) or a court (区法院, 检察院) named before 去年 opened
  no tally lead, so its last year's holders counted (消防处去年共有300名人员获颁各类奖章) were read as an award of this
  ceremony. A tally of a past period told with no link to this event is no award (GUIDELINES §5 sixteenth review
  round, whichever body opens it); the kinds of body that keep such tallies now include them.
- Contestants counted in a clause with no subject after a clause that opens with this contest (本届大赛自9月启动以来，
  共有来自12个项目部的260名职工报名参加) were read as the attendee count of the prize ceremony; contestants are no
  attendee count (§3 seventh review round), whichever of the two counts' shapes (…260名职工报名参加, 来自…的260名职工) is read.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_CEREMONY = "5月6日上午，市消防处在训练学校举行长期服务奖章颁授典礼，共有六十八名人员获颁长期服务奖章。"


@pytest.mark.parametrize(
    "tail",
    [
        "消防处去年共有三百名人员获颁各类奖章。",
        "惩教署去年共有120名职员获颁长期服务奖章。",
        "入境事务处去年全年共有45名人员获颁嘉许状。",
        "区法院去年共有15名干警获评“优秀法官”。",
        "市检察院去年有8名检察官被评为“办案能手”。",
        "警务处前年共有200名警员获颁奖章。",
    ],
)
def test_department_last_year_tally_is_no_award(extract, tail: str) -> None:
    counts = [count for _, count, _, _ in honours(extract(page(_CEREMONY + tail)))]
    assert counts == [68]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # this event's conferral told with such a body as subject: kept
        ("典礼上，消防处还为12名人员颁授长期服务奖章加叙勋扣。", 12),
        ("会上，区法院对15名“优秀法官”进行了表彰。", 15),
        ("惩教署今天共有30名职员获颁嘉许状。", 30),
    ],
)
def test_department_conferral_here_stays(extract, tail: str, expected: int) -> None:
    counts = [count for _, count, _, _ in honours(extract(page(_CEREMONY + tail)))]
    assert expected in counts


_PRIZE_DAY = "10月25日下午，公司举行焊工技能大赛颁奖典礼。"


@pytest.mark.parametrize(
    "body",
    [
        "本届大赛自9月启动以来，共有来自12个项目部的260名职工报名参加，最终评出一等奖3名。",
        "本次比赛于8月启动，共有来自全市的120名教师参赛。",
        "本次大赛历时两个月，共吸引了180名选手参加。",
        "此次竞赛分理论和实操两个环节，共有来自各单位的96名青年员工参加。",
    ],
)
def test_contestants_after_contest_lead_are_no_attendees(extract, body: str) -> None:
    meetings = extract(page(_PRIZE_DAY + body))["meetings"]
    assert meetings and all(m["attendee_count"] is None for m in meetings)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a gathering of the contest as the lead, or a meeting that is no contest: its attendees
        ("本次大赛颁奖典礼上，共有来自各单位的300名职工参加。", 300),
        ("共有来自各部门的300名职工参加了颁奖典礼。", 300),
    ],
)
def test_ceremony_attendees_stay(extract, body: str, expected: int) -> None:
    meetings = extract(page(_PRIZE_DAY + body))["meetings"]
    assert [m["attendee_count"] for m in meetings][0] == expected


@pytest.mark.parametrize(
    "body",
    [
        "10月25日下午，公司举行年终总结大会。本次大会历时半天，共有来自各部门的300名职工参加。",
        "10月25日下午，公司举行年终总结大会，共有来自各部门的300名职工参加。",
    ],
)
def test_meeting_lead_is_no_contest(extract, body: str) -> None:
    assert extract(page(body))["meetings"][0]["attendee_count"] == 300
