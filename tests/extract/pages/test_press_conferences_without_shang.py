"""Meeting and speaker phrasings: a press conference referred
to without 上 (在記者會表示, 出席記者會時表示, 在出席記者會時表示), a bare 讲座 held (學會今日舉行講座), a stray bracket
left at the head of a title by a dateline (（本報訊）保安局局長…), a standing body's session chaired (主持常委会), a
meeting held on a plan (按照年度计划召开), an organizer before a year written in Chinese numerals (特区政府二〇二四年度…),
and remarks at a press conference told a sentence after the day (left undated).
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3, §4)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


def _places(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("局長昨日在記者會表示，將加強監管。", [("记者会", "2024-05-07", None)]),
        ("局长昨日在记者会表示，将加强监管。", [("记者会", "2024-05-07", None)]),
        ("保安局局長昨日出席記者會時表示，將加強監管。", [("记者会", "2024-05-07", None)]),
        ("保安局局長昨日在出席記者會時表示，將加強監管。", [("记者会", "2024-05-07", None)]),
        ("司長今日在論壇致辭時指出，要把握機遇。", [("论坛", "2024-05-08", None)]),
        ("司长今日出席论坛时指出，要把握机遇。", [("论坛", "2024-05-08", None)]),
        ("市长今天在座谈会强调，要抓好落实。", [("座谈会", "2024-05-08", None)]),
        # near misses: a body, not a meeting; a room; a rule for those attending
        ("保安局局長昨日在立法會表示，將加強監管。", []),
        ("会长昨日在学会表示，将加强合作。", []),
        ("局長昨日在會議室表示，將加強監管。", []),
        ("参加会议时请携带证件。", []),
        ("在参加会议时请携带证件。", []),
        ("出席会议时一律着正装。", []),
    ],
)
def test_a_meeting_referred_to_without_shang(extract, body: str, expected: list) -> None:
    assert _places(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "局長昨日表示，將加強監管。他在記者會上說，已經部署。",
        "局长昨日表示，将加强监管。他在记者会上说，已经部署。",
    ],
)
def test_remarks_at_a_press_conference_told_after_the_day_stay_undated(extract, body: str) -> None:
    # GUIDELINES §3 date: only the day of the clause that holds the meeting counts
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == [("记者会", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("學會今日舉行講座，邀請專家主講。", [("讲座", "2024-05-08", "学会")]),
        ("学会今天举办讲座。", [("讲座", "2024-05-08", "学会")]),
        ("市医学会今天举办讲座，邀请专家主讲。", [("讲座", "2024-05-08", "市医学会")]),
        ("5月6日，学校举行讲座，邀请专家主讲。", [("讲座", "2024-05-06", None)]),
        ("學會昨日假會議中心舉行講座，約80人出席。", [("讲座", "2024-05-07", "学会")]),
        # near misses: a skill learnt, a series, a habit, a plan
        ("通过培训，学员们学会了举办讲座。", []),
        ("村干部学会召开座谈会。", []),
        ("市医学会今年以来共举办讲座20余场。", []),
        ("社区定期举办讲座，普及健康知识。", []),
        ("学会每月举办讲座。", []),
        ("今年，学会将举办讲座。", []),
        # near miss: a service told without a day of its own
        ("他们走村入户，为村民举办讲座，宣传防诈知识。", []),
        ("近日，学会举办讲座，邀请专家主讲。", [("讲座", None, "学会")]),
    ],
)
def test_a_bare_lecture_held(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("（本報訊）保安局局長鄧炳強昨日出席記者會時表示，將加強監管。", "邓炳强", "保安局局长"),
        ("（本报讯）保安局局长邓炳强昨日出席记者会时表示，将加强监管。", "邓炳强", "保安局局长"),
        ("(本报讯)市委书记李强昨日在座谈会上讲话。", "李强", "市委书记"),
        ("〔本報訊〕5月6日，县委书记李强在座谈会上讲话。", "李强", "县委书记"),
        # a closed pair inside the title stays
        ("5月6日，学院党委副书记、副院长（主持工作）王明主持座谈会。", "王明", "学院党委副书记、副院长（主持工作）"),
    ],
)
def test_no_stray_bracket_at_the_head_of_a_title(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("书记上午在市委大楼主持常委会。", [("常委会", None, "市委大楼")]),
        ("4月9日上午，市委书记李强在市委大楼主持常委会，研究部署防汛工作。", [("常委会", "2024-04-09", "市委大楼")]),
        ("5月6日，董事长王刚在公司总部主持董事会，审议年度报告。", [("董事会", "2024-05-06", "公司总部")]),
        ("書記今日上午主持常委會，傳達學習會議精神。", [("常委会", "2024-05-08", None)]),
        ("县委常委会由书记主持。", [("县委常委会", None, None)]),
        # near misses: the body's work, not a session
        ("他长期主持董事会的日常工作。", []),
        ("他主持常委会工作。", []),
    ],
)
def test_a_standing_body_session_chaired(extract, body: str, expected: list) -> None:
    assert _places(extract(page(body))) == expected


def test_the_chair_of_a_standing_body_session_is_its_host(extract) -> None:
    record = extract(page("4月9日上午，市委书记李强在市委大楼主持常委会，研究部署防汛工作。"))
    assert record["meetings"][0]["host"] == {"name": "李强", "title": "市委书记"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("东山镇按照年度计划召开乡贤座谈会。", [("乡贤座谈会", None, "东山镇")]),
        ("5月6日，东山镇根据全年培训计划举办乡贤座谈会。", [("乡贤座谈会", "2024-05-06", "东山镇")]),
        ("东山镇按年度计划召开乡贤座谈会。", [("乡贤座谈会", None, "东山镇")]),
        ("東山鎮按照年度工作計劃召開鄉賢座談會。", [("乡贤座谈会", None, "东山镇")]),
        # near misses: the subject's own plan
        ("东山镇计划召开乡贤座谈会。", []),
        ("东山镇计划明年召开乡贤座谈会。", []),
        ("按照部署，东山镇计划于下月召开乡贤座谈会。", []),
    ],
)
def test_a_meeting_held_on_a_plan(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("澳門特別行政區政府二〇二四年度勳章、獎章和獎狀頒授典禮於1月15日在澳門文化中心舉行。",
         [("二〇二四年度勋章、奖章和奖状颁授典礼", "2024-01-15", "澳门特别行政区政府")]),
        ("特区政府二○二三年度勋章、奖章和奖状颁授典礼昨日在文化中心举行。",
         [("二○二三年度勋章、奖章和奖状颁授典礼", "2024-05-07", "特区政府")]),
        ("市教育局一九九八年度表彰大会昨日在市政府礼堂举行。", [("一九九八年度表彰大会", "2024-05-07", "市教育局")]),
        ("澳門特別行政區政府2024年度勳章、獎章和獎狀頒授典禮於1月15日在澳門文化中心舉行。",
         [("2024年度勋章、奖章和奖状颁授典礼", "2024-01-15", "澳门特别行政区政府")]),
        # near miss: no organizer before the year
        ("二〇二四年度勳章、獎章和獎狀頒授典禮於1月15日在澳門文化中心舉行。",
         [("二〇二四年度勋章、奖章和奖状颁授典礼", "2024-01-15", None)]),
    ],
)
def test_an_organizer_before_a_year_in_chinese_numerals(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "美国国务卿布林肯7日在国会表示，美方将继续推动谈判。",
        "财政司司长昨日在立法會表示，政府会审慎理财。",
        "议员王明今天在议会指出，预算仍有缺口。",
    ],
)
def test_remarks_in_an_institution_without_shang_name_no_meeting(extract, body: str) -> None:
    """(code review 1.18) 在国会表示: an institution, no sitting named: no meeting, no speaker from it."""
    record = extract(page(body))
    assert record["meetings"] == []
    assert record["speakers"] == []
