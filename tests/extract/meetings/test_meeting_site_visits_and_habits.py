"""Meeting phrasings: trainees' site
visits dropped, a held meeting lost when it decided on another, counts and habits read into one dated
meeting, two meetings joined by 和 kept as one, a bare meeting named in the next sentence, and company
sub-bodies before a ceremony.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    """(name, host's name) of each meeting, in order."""
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


def _visits(record: dict) -> list[tuple[str, str | None, str | None, int | None]]:
    """(name, date, location, attendee_count) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # trainees' site visit as the article's own subject (like spec 003)
        ("5月6日，全县党务干部培训班50余名学员赴某某村现场观摩。", [("现场观摩", "2024-05-06", "某某村", 50)]),
        ("5月6日，县委党校中青年干部培训班学员赴某某村现场观摩，县委党校常务副校长周丽带队。",
         [("现场观摩", "2024-05-06", "某某村", None)]),
        # 培训中 inside 培训中心 is a place, not a training programme
        ("5月6日，全县各乡镇负责人在县农业技术培训中心集合后，赴白云村现场观摩。",
         [("现场观摩", "2024-05-06", "白云村", None)]),
        # a session of a class narrated as part of its programme is no meeting
        ("培训期间，学员赴湄潭县进行了现场教学。", []),
        ("培训中，学员们赴某某村现场观摩了基层党建工作。", []),
        ("5月6日，培训班学员赴某某村开展现场教学。", []),
    ],
)
def test_trainees_site_visit(extract, body: str, expected: list) -> None:
    assert _visits(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the held meeting decided on another: the back-reference is the held one's
        ("5月6日，市科协召开会议，决定于5月20日举办全市科普论坛。会议由党组书记张丽主持。", [("会议", "张丽")]),
        ("5月6日，县政府召开会议，决定于6月1日召开全县防汛工作会议。会议由县长王强主持。", [("会议", "王强")]),
        ("5月6日，县政府召开第十次常务会议，决定于6月1日召开全县防汛工作会议，会议由县长王强主持。",
         [("第十次常务会议", "王强")]),
    ],
)
def test_a_held_meeting_that_plans_another_keeps_its_host(extract, body: str, expected: list) -> None:
    assert _hosts(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # only planned: the back-reference is to the planned meeting
        "县委定于5月20日召开县委全会。全会由县委书记刘振华主持。",
        "市科协决定于5月20日举办全市科普论坛，论坛由党组书记张丽主持。",
    ],
)
def test_a_planned_meeting_referred_to_again_is_none(extract, body: str) -> None:
    assert held(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count or an order of acts within the one meeting
        ("5月6日，县委书记刘振华在全县项目建设推进会上三次强调要抓进度。", [("全县项目建设推进会", "2024-05-06", None)]),
        ("5月6日，县长王强在全县经济工作会议上第一次提出“强县工程”。", [("全县经济工作会议", "2024-05-06", None)]),
        ("5月6日，县委书记刘振华在全县劳模表彰大会上第二次为劳模颁奖。", [("全县劳模表彰大会", "2024-05-06", None)]),
        # 多次 counts the negotiation, not the ceremony
        ("5月6日，双方经多次协商后在签约仪式上正式签署合作协议。", [("签约仪式", "2024-05-06", None)]),
    ],
)
def test_a_count_inside_a_dated_meeting_is_no_series(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a habit of attending, or a tally of meetings (GUIDELINES §3: series are no meetings)
        "李教授长期从事教育研究。他曾多次在全国高等教育学术会议上作报告。",
        "李教授经常在全国学术会议上作报告。",
        "他任校长期间，在全校教学工作会议上讲话20余次。",
    ],
)
def test_a_habit_or_a_tally_is_no_meeting(extract, body: str) -> None:
    assert held(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two full meetings, the second a joint meeting of its own
        ("5月6日，市政府召开全市安全生产工作会议和全市防汛抗旱联席会议。",
         [("全市安全生产工作会议", "2024-05-06", "市政府"), ("全市防汛抗旱联席会议", "2024-05-06", "市政府")]),
        # 两会精神 is the topic inside the second meeting's own name
        ("5月6日，县政府召开第十次常务会议和全县学习贯彻全国两会精神专题会议。",
         [("第十次常务会议", "2024-05-06", "县政府"), ("全县学习贯彻全国两会精神专题会议", "2024-05-06", "县政府")]),
        # an activity beside a lecture: the lecture alone, under its own name
        ("5月6日，社区举办亲子阅读活动和家庭教育讲座。", [("家庭教育讲座", "2024-05-06", None)]),
        ("5月6日，某某社区举办心理健康团体辅导活动和健康知识讲座。", [("健康知识讲座", "2024-05-06", "某某社区")]),
        # one meeting of two bodies, or about two meetings: stays whole (review s26)
        ("6月18日，市建筑业协会召开第三届理事会和监事会联席会议。",
         [("第三届理事会和监事会联席会议", "2024-06-18", "市建筑业协会")]),
        ("5月6日，集团召开第五届职工代表大会和工会会员代表大会联席会议。",
         [("第五届职工代表大会和工会会员代表大会联席会议", "2024-05-06", None)]),
        ("3月21日，区委召开学习贯彻全国两会和省委全会精神宣讲会。",
         [("学习贯彻全国两会和省委全会精神宣讲会", "2024-03-21", "区委")]),
        ("10月14日，街道党工委召开2024年度民主生活会和组织生活会情况通报会。",
         [("2024年度民主生活会和组织生活会情况通报会", "2024-10-14", "街道党工委")]),
    ],
)
def test_two_meetings_joined_by_he(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-12-20"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare meeting chaired by a person, named with its venue in the next sentence
        ("11月14日，市长王刚主持召开会议，研究城市更新工作。这次城市更新专题会议在市政府第一会议室召开。",
         [("城市更新专题会议", "2024-11-14", "11月14日", "市政府第一会议室", "王刚")]),
    ],
)
def test_a_bare_meeting_named_in_the_next_sentence(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2024-11-15"))
    assert [(m["name"], m["date"], m["date_text"], m["location"], (m["host"] or {}).get("name"))
            for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company's party committee, union or youth league holds its ceremony
        ("5月6日，某某电力公司党委七一表彰大会在公司多功能厅举行。", [("七一表彰大会", "2024-05-06", "某某电力公司党委")]),
        ("5月6日，某某公司工会五一表彰大会在公司礼堂举行。", [("五一表彰大会", "2024-05-06", "某某公司工会")]),
        ("5月6日，中国工商银行某某分行党委七一表彰会在分行大楼举行。",
         [("七一表彰会", "2024-05-06", "中国工商银行某某分行党委")]),
        # the thing a ceremony opens keeps the name whole
        ("5月6日，某某公司党委党员活动中心揭牌仪式在公司总部举行。",
         [("某某公司党委党员活动中心揭牌仪式", "2024-05-06", None)]),
        # a short-form note (下称) is no part of the name
        ("某某环保科技股份有限公司（下称“本公司”）2023年年度股东大会于2024年5月6日在公司会议室召开。",
         [("2023年年度股东大会", "2024-05-06", "某某环保科技股份有限公司")]),
    ],
)
def test_a_company_sub_body_before_its_ceremony(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # those who spoke in turn are no count of those attending (§3); the gathering itself still is
        ("5月7日，县委召开民营企业家座谈会，县委书记王强主持并讲话。来自机关、企业、社区的12名代表先后发言。",
         [("民营企业家座谈会", "2024-05-07", None, None)]),
        ("5月7日，县委召开民营企业家座谈会。来自各乡镇的8名企业家代表分别作了交流发言。",
         [("民营企业家座谈会", "2024-05-07", None, None)]),
        ("5月7日，2024数字经济论坛在市会展中心举行。来自全国各地的300余名专家学者参加论坛。",
         [("2024数字经济论坛", "2024-05-07", "市会展中心", 300)]),
        ("5月7日，2024数字经济论坛在市会展中心举行，来自全国各地的300余名专家学者围绕数字经济发展交流研讨。",
         [("2024数字经济论坛", "2024-05-07", "市会展中心", 300)]),
    ],
)
def test_those_who_spoke_in_turn_are_no_attendee_count(extract, body: str, expected: list) -> None:
    assert _visits(extract(page(body))) == expected
