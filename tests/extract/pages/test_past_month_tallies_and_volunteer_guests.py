"""Taiwan, Hong Kong and Macau releases.

- A count of honours received told after last month as the period (本局上月共有105人次获得行政奖励) is a tally of a
  past period, no conferral of this event, like 去年 (GUIDELINES §5, sixteenth review round). One day of last month
  (上月28日) may be this event's own and is not read so.
- A prize conferred at the meeting and named by 奖项 (颁发112年度模范公务人员奖项，共有十二名同仁获奖) takes the winners
  counted in the next clause (§5: a count referring back to an honour just named); not 各类奖项 or a win elsewhere.
- Guests counted as present at a ceremony whose list ends on volunteers, members or parents (出席典礼的还有…代表及
  义工约三百人) are its attendees (§3 fourteenth review round).
- A member's proposal at a Hong Kong or Macau consultative committee's plenary (委员陈某建议加强…) is 讲话, like one at a
  council session (§4 seventeenth review round).
Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


@pytest.mark.parametrize(
    "body",
    [
        "市警察局昨日召开局务会议，记一大功3人、嘉奖41人。另悉，本局上月共有有功员警105人次获得行政奖励。",
        "市税务局今日召开局务会议，表彰绩优志工团队3队。市税务局上月共有12名干部获得嘉奖。",
        "学校昨日举行颁奖典礼。全校上个月有15名教师获评“教学能手”。",
        "市消防局今日召开月度会议。上月，全局共有20名消防员获得嘉奖。",
    ],
)
def test_last_month_tally_is_no_award(extract, body: str) -> None:
    got = honours(extract(page(body)))
    assert not [h for h in got if h[1] in (105, 12, 15, 20)], got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a conferral of this event, with or without a day of last month before it, stays an award
        ("市警察局昨日召开局务会议，会上对破案有功人员记一大功3人、嘉奖41人。",
         [("记一大功", 3), ("嘉奖", 41)]),
        ("上月28日，县政府召开表彰大会，表彰了12名“优秀公务员”。", [("优秀公务员", 12)]),
        ("县农会上周召开会员代表大会，表彰模范农民8名。", [("模范农民", 8)]),
        ("市政府今日举行表彰大会，表彰了20名“优秀志愿者”，上月获评的人员也参加了会议。", [("优秀志愿者", 20)]),
    ],
)
def test_this_events_conferral_stays(extract, body: str, expected: list[tuple[str, int]]) -> None:
    got = [(h[0], h[1]) for h in honours(extract(page(body)))]
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县政府今日召开县务会议，会中颁发112年度模范公务人员奖项，共有十二名同仁获奖。", ("模范公务人员", 12)),
        ("县政府今日召开县务会议，会中颁发年度优秀志工奖项，共有8名志工获奖。", ("优秀志工", 8)),
        ("大学举行颁奖礼，颁发了2023学年度卓越教学奖项，有五位教师获奖。", ("卓越教学", 5)),
    ],
)
def test_prize_conferred_then_winners_counted(extract, body: str, expected: tuple[str, int]) -> None:
    got = [(h[0], h[1]) for h in honours(extract(page(body)))]
    assert expected in got, got


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: no one prize named, or the winners won elsewhere
        "学校今日举行典礼，颁发各类奖项，共有120名学生获奖。",
        "学校今日举行典礼，颁发一等奖等奖项，共有12名学生获奖。",
        "学校今日举行典礼，颁发杰出校友奖项，共有6名学生在全省比赛中获奖。",
    ],
)
def test_prize_conferred_no_count_of_its_own(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("社会工作局今日下午在科学馆举行优秀义工嘉许礼。出席典礼的还有各社服机构代表及义工约三百人。", 300),
        ("协会昨日举行成立十周年典礼。出席典礼的还有各界人士及志愿者约200人。", 200),
        ("学校今日举行开学典礼。出席典礼的还有校董及家长约150人。", 150),
    ],
)
def test_guests_ending_on_volunteers_attend(extract, body: str, count: int) -> None:
    meetings = extract(page(body))["meetings"]
    assert meetings and meetings[0]["attendee_count"] == count


def test_guests_counted_elsewhere_are_no_attendees(extract) -> None:
    # NEGATIVE: volunteers counted as serving, no list of those present
    meetings = extract(page("社会工作局今日下午举行嘉许礼。全年共有义工约三百人参与服务。"))["meetings"]
    assert meetings and meetings[0]["attendee_count"] is None


@pytest.mark.parametrize(
    "body",
    [
        "北区社区服务咨询委员会于本月6日下午召开全体会议，由主席何某主持。委员陈美玲建议加强街市卫生管理。",
        "环境咨询委员会今日召开第三次会议。委员陈美玲建议增设回收点。",
        "青年事務諮詢委員會昨日召開會議。委員陳美玲建議增加實習名額。",
    ],
)
def test_proposal_at_consultative_committee(extract, body: str) -> None:
    got = {name: roles for name, (_title, roles) in speakers(extract(page(body))).items()}
    assert "讲话" in got.get("陈美玲", []), got


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the committee's meeting only ahead; a written proposal cited
        "陈美玲建议增设回收点。环境咨询委员会下月召开会议。",
        "环境咨询委员会今日召开会议，审议了陈美玲此前提交的建议。",
    ],
)
def test_no_proposal_spoken_at_committee(extract, body: str) -> None:
    got = {name: roles for name, (_title, roles) in speakers(extract(page(body))).items()}
    assert "讲话" not in got.get("陈美玲", []), got
