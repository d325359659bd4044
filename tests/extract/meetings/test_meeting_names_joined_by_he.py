"""Meeting-name phrasings: bodies and documents joined by 和 read as two meetings, a chair of both
meetings kept by the second one only, and sessions of a body cut from their body.  Invented sentences;
the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    """(name, host's name) of each meeting, in order."""
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two bodies (委员会, 理事会/监事会, 学会, 商会, 常委会) before one meeting
        ("4月8日，市政府召开市安全生产委员会和市防灾减灾救灾委员会全体成员会议。",
         [("市安全生产委员会和市防灾减灾救灾委员会全体成员会议", "2024-04-08", "市政府")]),
        ("6月18日，市建筑业协会召开第三届理事会和监事会联席会议。",
         [("第三届理事会和监事会联席会议", "2024-06-18", "市建筑业协会")]),
        ("9月4日，市红十字会召开第五届理事会和监事会第二次会议。",
         [("第五届理事会和监事会第二次会议", "2024-09-04", "市红十字会")]),
        ("10月27日，中国心理学会和中国社会学会联合学术研讨会在京召开。",
         [("中国心理学会和中国社会学会联合学术研讨会", "2024-10-27", None)]),
        ("1月25日，某市温州商会和某市台州商会新春联谊会在市国际酒店举行。",
         [("某市温州商会和某市台州商会新春联谊会", "2024-01-25", None)]),
        ("5月13日，县政府召开县人大常委会和县人民政府工作联席会议。",
         [("县人大常委会和县人民政府工作联席会议", "2024-05-13", "县政府")]),
        # the meetings whose decisions are studied, or whose outcome is reported, at one meeting
        ("3月14日，县政府召开传达学习全国两会和省两会精神会议。",
         [("传达学习全国两会和省两会精神会议", "2024-03-14", "县政府")]),
        ("3月21日，区委召开学习贯彻全国两会和省委全会精神宣讲会。",
         [("学习贯彻全国两会和省委全会精神宣讲会", "2024-03-21", "区委")]),
        ("12月1日，市委宣传部召开学习贯彻省委全会和市委全会精神座谈会。",
         [("学习贯彻省委全会和市委全会精神座谈会", "2024-12-01", "市委宣传部")]),
        ("1月5日，县委召开传达学习中央经济工作会议和省委经济工作会议精神会议。",
         [("传达学习中央经济工作会议和省委经济工作会议精神会议", "2024-01-05", "县委")]),
        ("10月14日，街道党工委召开2024年度民主生活会和组织生活会情况通报会。",
         [("2024年度民主生活会和组织生活会情况通报会", "2024-10-14", "街道党工委")]),
        # a session number closing the name belongs to both congresses
        ("8月11日，集团召开第五届职工代表大会和工会会员代表大会第一次会议。",
         [("第五届职工代表大会和工会会员代表大会第一次会议", "2024-08-11", None)]),
        # a part ending in an activity is no meeting of its own: the meeting side alone (review s30, R4)
        ("8月8日，社区卫生服务中心举办心理健康知识讲座和团体辅导活动。",
         [("心理健康知识讲座", "2024-08-08", "社区卫生服务中心")]),
        ("9月2日，某小学举行新学期升旗仪式和开学第一课活动。",
         [("新学期升旗仪式", "2024-09-02", "某小学")]),
    ],
)
def test_one_meeting_of_two_bodies_or_topics_stays_whole(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-12-20"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月9日，市委召开党史学习教育总结会和党纪学习教育动员部署会。",
         [("党史学习教育总结会", "2024-04-09", "市委"), ("党纪学习教育动员部署会", "2024-04-09", "市委")]),
        ("2月21日，县委召开全县经济工作会议和农村工作会议。",
         [("全县经济工作会议", "2024-02-21", "县委"), ("农村工作会议", "2024-02-21", "县委")]),
        ("2月7日，区总工会召开第五届委员会第三次全体会议和经费审查委员会会议。",
         [("第五届委员会第三次全体会议", "2024-02-07", "区总工会"), ("经费审查委员会会议", "2024-02-07", "区总工会")]),
        # a numbered plenary is a meeting
        ("1月8日，县委召开十四届五次全会和县委经济工作会议。",
         [("十四届五次全会", "2024-01-08", "县委"), ("县委经济工作会议", "2024-01-08", "县委")]),
    ],
)
def test_two_full_meeting_names_are_still_two_meetings(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-12-20"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月26日上午，县政协召开主席会议。当天下午，又召开了县政协常委会议。两次会议均由县政协主席苏杭主持。",
         [("主席会议", "苏杭"), ("县政协常委会议", "苏杭")]),
        ("3月4日上午，县政协召开主席会议。当天下午，又召开了县政协常委会议，审议有关事项。县政协主席苏杭主持两次会议。",
         [("主席会议", "苏杭"), ("县政协常委会议", "苏杭")]),
        ("3月26日上午，县政协召开主席会议。当天下午，又召开了县政协常委会议。上述会议都由县政协主席苏杭主持。",
         [("主席会议", "苏杭"), ("县政协常委会议", "苏杭")]),
        # the chair of the main meeting stays there, the second meeting has its own or none
        ("3月26日上午，县政协召开主席会议，县政协主席苏杭主持。当天下午，又召开了县政协常委会议。",
         [("主席会议", "苏杭"), ("县政协常委会议", None)]),
        ("3月26日上午，县政协召开主席会议。会议由县政协主席苏杭主持。当天下午，又召开了县政协常委会议，县政协副主席李明主持会议。",
         [("主席会议", "苏杭"), ("县政协常委会议", "李明")]),
        ("3月26日上午，县政协召开主席会议。当天下午，又召开了县政协常委会议。主席会议由县政协主席苏杭主持。",
         [("主席会议", "苏杭"), ("县政协常委会议", None)]),
    ],
)
def test_a_chair_of_both_meetings_chairs_the_first_too(extract, body: str, expected: list) -> None:
    assert _hosts(extract(page(body, "2024-03-27"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月14日，市政府2024年第一次全体会议暨廉政工作会议在市行政中心召开。",
         [("市政府2024年第一次全体会议暨廉政工作会议", "2024-03-14", "市政府")]),
        ("5月29日，县委2024年第一次全会召开。", [("县委2024年第一次全会", "2024-05-29", "县委")]),
        ("4月16日，县政府第三次常务会议暨安全生产专题会议召开。",
         [("县政府第三次常务会议暨安全生产专题会议", "2024-04-16", "县政府")]),
        ("4月16日，区政府第48次常务会议召开。", [("区政府第48次常务会议", "2024-04-16", "区政府")]),
        # (the body is the session's organizer since the eighth review round, GUIDELINES §3)
        # a body's event that is no session of it keeps its organizer apart
        ("5月7日上午，区红十字会2024年第一期救护员培训班在区应急培训中心开班。",
         [("2024年第一期救护员培训班", "2024-05-07", "区红十字会")]),
    ],
)
def test_a_session_named_by_its_body_stays_whole(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-12-20"))) == expected
