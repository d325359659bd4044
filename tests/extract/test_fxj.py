"""Fixer fxj: events held but told without a verb of holding (检阅了…结业会操, 观摩了…现场会); a meeting held, told in a
dated attribute or a clause before a decision about a later one (5月8日召开的县委常委会会议决定，…党代会于5月20日召开); a
meeting named before 以来/前夕/之际 (the time of what the sentence tells: no day of its own, not the main meeting); those
present (出席) counted before those sitting in (列席) in any order; a building, campus or project before 举行 is no
organizer (江城中学新校舍举行奠基礼 → 江城中学); the parties of a signing ceremony held as its subject. Invented sentences;
expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


# -- M1: an event a named official reviewed or watched, reported as taken place ------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，市委书记王建国检阅了市消防救援支队新训学员结业会操。", "市消防救援支队新训学员结业会操"),
        ("5月6日，副市长李明检阅了县武警中队新兵结业会操并讲话。", "县武警中队新兵结业会操"),
        ("5月6日上午，省委书记周明检阅了省警察学院2024届毕业生毕业会操并为优秀学员颁奖。", "省警察学院2024届毕业生毕业会操"),
        ("5月6日，县长刘强观摩了全县农村人居环境整治现场会。", "全县农村人居环境整治现场会"),
        ("5月6日，区委副书记吴刚观摩了市实验小学开学典礼。", "市实验小学开学典礼"),
        # (the verb of attending, already read)
        ("5月6日上午，区委书记张华出席市警察学校第十二期学员结业典礼并讲话。", "市警察学校第十二期学员结业典礼"),
    ],
)
def test_event_reviewed_or_watched_is_held(extract, body: str, expected: str) -> None:
    assert held(extract(page(body))) == [(expected, "2024-05-06", None)]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a bare open class watched (GUIDELINES §3 eighth round), a drill, a contest, an exhibition, an activity
        "5月6日，县长刘强观摩了一节公开课。",
        "5月6日，县长刘强观摩了全县防汛应急演练。",
        "5月6日，县长刘强观摩了全市职业技能大赛。",
        "5月6日，县长刘强观摩了县第一中学教学成果展。",
        "5月6日，县长刘强观摩了当地民俗活动。",
        # NEGATIVE: a review ahead, troops reviewed, rooms visited, a task required
        "5月6日，县长刘强将检阅全县民兵应急分队比武会操。",
        "5月6日，刘强检阅了参训民兵队伍。",
        "5月6日，与会人员观摩了学校的会议室和图书馆。",
        "王建国要求，要认真组织好新训学员结业会操。",
        # NEGATIVE: a session shown to those at the main meeting (a part of it), a demonstration session watched
        "5月6日，与会人员现场观摩了柳湾村“板凳夜话”议事会。",
        "5月6日，与会人员先后观摩了东山村党支部组织生活会和西山村主题党日活动。",
        "5月6日，县长刘强观摩了东山村党支部组织生活会。",
    ],
)
def test_no_event_reviewed_or_watched(extract, body: str) -> None:
    assert held(extract(page(body))) == []


# -- M2: a meeting held, told before a decision about a later one -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日召开的县委常委会会议决定，县第十五次党代会于5月20日召开。", ("县委常委会会议", "2024-05-08")),
        ("5月8日，县委常委会会议召开，决定县第十五次党代会于5月20日召开。", ("县委常委会会议", "2024-05-08")),
        ("据悉，5月8日召开的县委常委会会议审议通过了有关方案，县第十五次党代会将于5月20日召开。", ("县委常委会会议", "2024-05-08")),
        ("经5月8日召开的县委常委会会议研究，决定于5月20日召开县第十五次党代会。", ("县委常委会会议", "2024-05-08")),
        ("4月28日举行的校党委会议决定，学校第三次党员代表大会于5月15日召开。", ("校党委会议", "2024-04-28")),
        ("5月8日召开的镇党委会议决定，5月15日召开全镇党员大会。", ("镇党委会议", "2024-05-08")),
    ],
)
def test_held_before_a_decision_about_a_later_one(extract, body: str, expected: tuple) -> None:
    assert [(n, d) for n, d, _ in held(extract(page(body, "2024-05-09")))] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the planned one alone (no meeting held before it), a plan that a later sentence reports held
        ("县第十五次党代会将于5月20日召开。", []),
        ("县委决定，县第十五次党代会于5月20日召开。", []),
        ("5月8日召开的县委常委会会议决定，县第十五次党代会于5月20日召开。5月20日，县第十五次党代会召开。",
         [("县委常委会会议", "2024-05-08"), ("县第十五次党代会", "2024-05-20")]),
        # NEGATIVE: the spirit of a dated meeting relayed (GUIDELINES §3)
        ("会议传达了5月8日召开的全市经济工作会议精神。", []),
    ],
)
def test_planned_one_stays_planned(extract, body: str, expected: list) -> None:
    assert [(n, d) for n, d, _ in held(extract(page(body, "2024-05-21")))] == expected


# -- M3: a meeting named before 以来 / 前夕 / 之际 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("党的二十届三中全会召开以来，县委坚持把学习贯彻全会精神作为首要政治任务。", "党的二十届三中全会"),
        ("5月6日，在全省两会召开前夕，记者走访了部分代表委员。", "全省两会"),
        ("在全省两会召开前夕，5月6日，记者走访了部分代表委员。", "全省两会"),
        ("今天，在市第十三次党代会隆重开幕之际，学院全体师生向大会表示热烈祝贺。", "市第十三次党代会"),
        ("值此市第十三次党代会胜利召开之际，学院全体师生向大会表示热烈祝贺。", "市第十三次党代会"),
    ],
)
def test_meeting_framing_the_time_has_no_day(extract, body: str, expected: str) -> None:
    record = extract(page(body))
    assert held(record) == [(expected, None, None)]
    assert record["meetings"][0]["date_text"] is None


@pytest.mark.parametrize(
    "body",
    [
        "党的二十届三中全会召开以来，县委坚持把学习贯彻全会精神作为首要政治任务。5月6日，县委召开常委会会议，研究部署下步工作。",
        "在全国两会召开之际，5月6日，区委召开常委会会议，传达学习有关精神。",
        "党的二十大胜利召开以来，5月6日，区委召开常委会会议，研究部署相关工作。",
    ],
)
def test_meeting_framing_the_time_is_not_the_main_one(extract, body: str) -> None:
    assert held(extract(page(body)))[0] == ("常委会会议", "2024-05-06", "区委" if "区委" in body else "县委")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: 以来自 is no 以来; a meeting held, then what happened before it (会议召开前)
        ("5月6日，全县人才工作会议召开，会议以来自基层的典型为例。", [("全县人才工作会议", "2024-05-06", None)]),
        ("5月6日，县委召开常委会会议。会议召开前，与会人员参观了展览。", [("常委会会议", "2024-05-06", "县委")]),
    ],
)
def test_held_meetings_keep_their_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


# -- M4: those present and those sitting in ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县第十八届人民代表大会第三次会议召开，出席代表210名，列席代表35名。", 210),
        ("5月6日，县第十八届人民代表大会第三次会议召开，列席代表35名，出席代表210名。", 210),
        ("5月6日，区政协十届三次会议开幕，应到委员180名，实到委员172名，列席人员40名。", 172),
        ("5月6日，公司召开第三届职工代表大会，应到代表120名，实到115名。", 115),
        # (those sitting in alone are the count: present, without a vote)
        ("5月6日，市人大常委会第十次会议召开，县政府组成人员等20人列席会议。", 20),
    ],
)
def test_present_before_sitting_in(extract, body: str, expected: int) -> None:
    assert _counts(extract(page(body)))[0][1:] == (expected, False)


# -- M5: a building or site before 举行 is no organizer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，江城中学新校舍举行奠基礼。", ("奠基礼", "江城中学")),
        ("5月6日上午，县图书馆新馆举行开馆仪式。", ("开馆仪式", "县图书馆")),
        ("5月6日，江城大学体育馆举行落成典礼。", ("落成典礼", "江城大学")),
        ("5月6日，市人民医院新院区举行启用仪式。", ("启用仪式", "市人民医院")),
        ("5月6日，江城大学东校区综合教学楼举行封顶仪式。", ("封顶仪式", "江城大学")),
        ("5月6日，县第二人民医院住院大楼举行竣工仪式。", ("竣工仪式", "县第二人民医院")),
        ("5月6日，华信集团总部大楼项目隆重举行奠基仪式。", ("奠基仪式", "华信集团")),
        ("5月6日，市中医院新址举行开工奠基仪式。", ("开工奠基仪式", "市中医院")),
        # (a building with no body named: no organizer)
        ("5月6日，新校舍举行奠基礼。", ("奠基礼", None)),
        ("5月6日，南水北调工程举行通水仪式。", ("通水仪式", None)),
    ],
)
def test_building_is_no_organizer(extract, body: str, expected: tuple) -> None:
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: bodies holding a ceremony about their building, bodies whose names hold 工程 or 馆
        ("5月6日，市第一中学举行新校区奠基仪式。", ("新校区奠基仪式", "市第一中学")),
        ("5月6日，江城中学举行新校舍落成典礼。", ("新校舍落成典礼", "江城中学")),
        ("5月6日，华信工程公司举行开工仪式。", ("开工仪式", "华信工程公司")),
        ("5月6日，市建设工程管理中心举行项目开工仪式。", ("项目开工仪式", "市建设工程管理中心")),
        ("5月6日，县图书馆举行读书月活动启动仪式。", ("读书月活动启动仪式", "县图书馆")),
        ("5月6日，集团总部举行年度工作会议。", ("年度工作会议", "集团总部")),
        # NEGATIVE: a passive name keeps the site it is about, no organizer (GUIDELINES §3 eighth round)
        ("5月6日，江城中学新校舍奠基仪式在校园内举行。", ("江城中学新校舍奠基仪式", None)),
    ],
)
def test_body_holding_a_building_ceremony(extract, body: str, expected: tuple) -> None:
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [expected]


# -- M6: the parties of a signing ceremony --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (both parties as the subject of 举行, as written, like the tuning gold: 甲与乙)
        ("5月6日，江城大学与华信科技公司举行校企合作签约仪式。", ("校企合作签约仪式", "江城大学与华信科技公司")),
        ("5月6日，江城大学和华信科技公司在学校会议中心举行校企合作签约仪式。", ("校企合作签约仪式", "江城大学和华信科技公司")),
        # (the reporting school among the parties, unnamed: no organizer, as for 我校与…联合举办)
        ("5月6日，我校与华信科技公司举行校企合作签约仪式。", ("校企合作签约仪式", None)),
        ("5月6日，华信科技公司与我校举行校企合作签约仪式。", ("校企合作签约仪式", None)),
        # (parties counted, not named, are no organizer beside the body)
        ("5月6日，县政府与12家企业举行集中签约仪式。", ("集中签约仪式", "县政府")),
        # (a passive name keeps the parties, no organizer: GUIDELINES §3 eighth round)
        ("5月6日，江城大学与华信科技公司签约仪式在学校会议中心举行。", ("江城大学与华信科技公司签约仪式", None)),
    ],
)
def test_signing_parties(extract, body: str, expected: tuple) -> None:
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [expected]
