"""Rulings of the eighteenth review round on meetings (GUIDELINES §3): invited counts, groups present, oath takers and ceremonies within (invented sentences only).

Found: main read no attendee count from the people a held 座谈会 or forum invited (`座谈会邀请了企业代表12人`), took
only the first of several groups counted as present (`出席会议的有委员七十八人，候补委员十二人` -> 78, not 90), read no
count from those taking the oath at a swearing-in, left a ceremony chaired within the main one (`典礼上，…主持了监誓仪式`)
without the main one's organizer, read a commemoration gathering (`X在Y隆重集会，纪念…`) and the `纪念大会` the text then
names without organizer, venue or day, left the national standing committee's session (`八届全国人大常委会第三十次会议`)
without organizer, and kept `由甲和乙联合主办` as written when a side ends in 研究室 or 办公室.

§3 eighteenth review round: "the people a held forum or 座谈会 invited, counted, are its attendee count, like those who
参加; an invitation told as future (`届时将邀请`) is none. Several groups counted as present in one sentence add up to
the attendee count, when nothing counts the whole. Those taking the oath at a swearing-in are the ceremony's attendees
when no 参加/出席 count is given; a 参加/出席 count wins. A ceremony the guests hold within the main ceremony takes the
main ceremony's organizer and venue when it names none, like one held `会上`. … A gathering held to commemorate
(`X在Y隆重集会，纪念…`) that the text then calls `纪念大会` is one meeting, organizer X and venue Y. A session of a
standing committee named with its term is organized by that committee (`全国人大常委会`). Two bodies joined by 和 as the
由 agent (`由甲和乙联合主办`) are written `甲、乙`. … A generic subject of the kind of a school, hospital or company keeps
organizer `null`."
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _count(record: dict) -> int | None:
    return record["meetings"][0]["attendee_count"]


def _where(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


# -- §3 eighteenth review round: invited counts at a held forum ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市政协召开民营企业家座谈会，座谈会邀请了企业代表12人。", 12),
        ("5月6日，区委统战部召开新春座谈会。座谈会共邀请各界人士30余人。", 30),
        ("5月6日，市科协举办科技论坛，论坛邀请了专家学者20名。", 20),
        ("5月6日，县侨联召开侨界恳谈会，恳谈会特邀归侨侨眷代表18人。", 18),
        # (negatives kept: an invitation told as future, speakers invited, those invited to sit in)
        ("5月6日，市政协召开座谈会。届时将邀请企业代表12人。", None),
        ("5月6日，市科协举办科技论坛，论坛邀请专家3人作主旨报告。", None),
        ("5月6日，市政协召开座谈会，座谈会将邀请企业代表12人。", None),
    ],
)
def test_invited_count_at_held_forum(extract, body: str, expected: int | None) -> None:
    assert _count(extract(page(body))) == expected


# -- §3 eighteenth review round: groups counted as present add up ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，中共某省委十一届五次全体会议在省城举行。出席会议的有委员七十八人，候补委员十二人。", 90),
        ("5月6日，县委十五届六次全会召开。出席全会的有委员35名，候补委员5名。", 40),
        ("5月6日，市政协召开十届三次常委会议。出席会议的有常委30人、特邀委员6人。", 36),
        # (negatives kept: one group alone, the whole counted, those sitting in)
        ("5月6日，县政协召开全体会议。出席会议的有委员90人。", 90),
        ("5月6日，县委召开全会。出席会议的有委员35名，候补委员5名，共40名。", 40),
        ("5月6日，县政协召开常委会议。出席会议的有常委25人，列席人员10人。", 10),
    ],
)
def test_groups_present_add_up(extract, body: str, expected: int | None) -> None:
    assert _count(extract(page(body))) == expected


# -- §3 eighteenth review round: oath-takers attend the swearing-in ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委组织部举行新党员入党宣誓仪式，156名新党员面向党旗庄严宣誓。", 156),
        ("5月6日上午，市公安局举行宪法宣誓仪式，32名新任职干部面向国旗庄严宣誓。", 32),
        ("5月6日，区委举行入党宣誓仪式。80名新党员在党旗下庄严宣誓。", 80),
        # (negatives kept: a 参加 count wins; oath-takers at a meeting that is no swearing-in; a pledge board)
        ("5月6日，县委组织部举行新党员入党宣誓仪式，200余名党员参加仪式，其中156名新党员面向党旗庄严宣誓。", 200),
        ("5月6日，区委举行入党宣誓仪式。80名新党员在党旗下庄严宣誓。全区120名党员参加仪式。", 120),
        ("5月6日，县委组织部召开党建工作会议。会后，12名新党员面向党旗宣誓。", None),
    ],
)
def test_oath_takers_attend(extract, body: str, expected: int | None) -> None:
    assert _count(extract(page(body))) == expected


# -- §3 eighteenth review round: a ceremony chaired within the main one --------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市人大常委会在市政府礼堂举行宪法宣誓典礼。典礼上，市人大常委会副主任王强主持了监誓仪式。",
         ("监誓仪式", "市人大常委会", "市政府礼堂")),
        ("5月6日，县政府在县会议中心召开表彰大会。大会上，县长李明主持了颁奖仪式。", ("颁奖仪式", "县政府", "县会议中心")),
        ("5月6日，市委在市委礼堂举行任职大会。会上，市委书记张华主持了宣誓仪式。", ("宣誓仪式", "市委", "市委礼堂")),
    ],
)
def test_ceremony_chaired_within(extract, body: str, expected: tuple) -> None:
    assert _where(extract(page(body)))[1] == expected


@pytest.mark.parametrize(
    "body",
    [
        # (negatives kept: a ceremony with its own holder; one told after the main meeting, not within it)
        "5月6日，市委在市委礼堂举行任职大会。会后，县检察院举行了宣誓仪式。",
        "5月6日，县政府在县会议中心召开表彰大会。当天下午，县总工会在县工人文化宫举行颁奖仪式，县长李明主持。",
    ],
)
def test_ceremony_not_within_keeps_its_own(extract, body: str) -> None:
    rows = _where(extract(page(body)))
    assert all(org != rows[0][1] for _, org, _ in rows[1:])


# -- §3 eighteenth review round: a commemoration gathering ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，省委在省人民会堂隆重集会，纪念某某同志诞辰100周年。纪念大会由省长陈华主持。",
         [("纪念大会", "2024-05-06", "省委")]),
        ("5月6日上午，县委、县政府在县体育馆隆重集会，纪念建党103周年。市长李明在纪念大会上讲话。",
         [("纪念大会", "2024-05-06", "县委、县政府")]),
        ("本报某市5月6日电 中共某省委、某省人民政府今天上午在某宾馆隆重集会，纪念某某同志诞辰一百周年。省长等出席纪念大会。",
         [("纪念大会", "2024-05-06", "中共某省委、某省人民政府")]),
        # (negative: crowds gathered are no body, the organizer stays null)
        ("5月6日，市各界群众在人民广场隆重集会，纪念五四运动105周年。纪念大会由市委副书记王强主持。",
         [("纪念大会", "2024-05-06", None)]),
    ],
)
def test_commemoration_gathering(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


# -- §3 eighteenth review round: a standing committee session's organizer; joint 由 agents -------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，八届全国人大常委会第三十次会议在北京举行。", "全国人大常委会"),
        ("5月6日，十四届全国人大常委会第九次会议在北京闭幕。", "全国人大常委会"),
        ("5月6日，由中国社会科学院和中央文献研究室联合主办的学术座谈会在北京举行。", "中国社会科学院、中央文献研究室"),
        ("5月6日，由县委办公室和县政府办公室联合主办的业务培训会在县会议中心召开。", "县委办公室、县政府办公室"),
        # (negatives kept: a local committee as before; 联合举办 as written; a room is no body)
        ("5月6日，十四届省人大常委会第十次会议在省城开幕。", "省人大常委会"),
        ("5月6日，由中国社会科学院和中央文献研究室联合举办的学术座谈会在北京举行。", "中国社会科学院和中央文献研究室"),
        ("5月6日，由市科协和县阅览室联合主办的读书会在市图书馆举行。", "市科协和县阅览室"),
    ],
)
def test_standing_committee_and_joint_agent(extract, body: str, expected: str) -> None:
    assert extract(page(body))["meetings"][0]["organizer"] == expected


# -- §3 eighteenth review round: generic subjects keep null (today's behaviour, guard rows) -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，学校召开安全工作会议。江城中学校长王强主持会议。",
        "5月6日，公司又召开安全生产会议。江城建设集团总经理陈华主持。",
        "5月6日，医院召开年度工作会议。市第一人民医院院长李明出席。",
    ],
)
def test_generic_subject_keeps_null(extract, body: str) -> None:
    assert extract(page(body))["meetings"][0]["organizer"] is None


# -- §3 eighteenth review round: a ceremony named inside a longer clause; a meeting referred to after a dated act ----


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，第三届全市职工技能大赛在市技师学院落下帷幕。当天下午举行的闭幕式暨颁奖仪式上，市总工会主席王强为获奖选手颁奖。",
         ("闭幕式暨颁奖仪式", "2024-05-06")),
        ("5月6日，全市青少年篮球赛在市体育中心落下帷幕。当天下午举行的闭幕式上，副市长李明为获奖队伍颁奖。",
         ("闭幕式", "2024-05-06")),
        ("5月6日，第五届职工运动会在县体育馆闭幕。当日晚上举行的闭幕式暨表彰大会上，县长陈华讲话。",
         ("闭幕式暨表彰大会", "2024-05-06")),
    ],
)
def test_ceremony_named_inside_clause(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body)))[0][:2] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("国家航天局今天宣布，某任务圆满成功。国家航天局局长王强在记者招待会上表示，这是重大成就。", "2024-05-08"),
        ("外交部5月6日宣布，将举办论坛。外交部发言人陈华在记者会上表示，欢迎各方参加。", "2024-05-06"),
        ("某市社会福利署今天宣布，将兴建安老院舍。署长李红在记者招待会上表示，工程明年完工。", "2024-05-08"),
        # (negatives kept: another body's head speaks; the act is not dated)
        ("国家航天局今天宣布，某任务圆满成功。某大学校长王强在记者招待会上表示，这是重大成就。", None),
        ("国家航天局宣布，某任务圆满成功。国家航天局局长王强在记者招待会上表示，这是重大成就。", None),
    ],
)
def test_referred_meeting_takes_day_of_dated_act(extract, body: str, expected: str | None) -> None:
    assert extract(page(body))["meetings"][0]["date"] == expected
