"""Meeting detection (GUIDELINES §3): a meeting only
referred to as the subject of what it stated, after a reporter's clause (记者从…获悉，近日召开的…会议提出); the
opening or closing ceremony of a fair or a sports meet (开幕式上，… beside a ceremony held 开幕当天, 开幕式由…主持);
a plenary told as the afternoon part of a meeting's day (上午…现场观摩；下午在…召开推进大会); the deictic 在我县召开.
With near misses that must not change: meetings ahead or relayed, a fair told with no ceremony, a meeting's own
opening, a session held by a body of its own.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _named(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, date_text) of each meeting, in order."""
    return [(m["name"], m["date"], m["date_text"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a meeting only referred to as having taken place, after the reporter's clause: one record, name as
        # written, the day of the meeting (近日), not the day learnt (§3)
        ("记者从市住建局获悉，近日召开的全市城市更新工作会议提出，要加快推进老旧小区改造。",
         [("全市城市更新工作会议", None, "近日")]),
        ("记者从市住建局获悉，日前召开的全市城市更新工作会议要求，各区要加快进度。",
         [("全市城市更新工作会议", None, "日前")]),
        ("记者5月9日了解到，5月6日召开的全县教育工作会议要求，各校要抓好安全。",
         [("全县教育工作会议", "2024-05-06", "5月6日")]),
        # (without the reporter's clause, as before)
        ("近日召开的全市城市更新工作会议提出，要加快推进老旧小区改造。", [("全市城市更新工作会议", None, "近日")]),
        # near misses: a meeting ahead, one told only as planned, one relayed (§3: none)
        ("记者从市住建局获悉，即将召开的全市城市更新工作会议将部署全年工作。", []),
        ("记者从市住建局获悉，5月20日召开的全市城市更新工作会议将部署全年工作。", []),
        ("记者从市住建局获悉，全市将于下月召开城市更新工作会议。", []),
        ("记者获悉，各区正在传达学习近日召开的全市城市更新工作会议精神。", []),
    ],
)
def test_a_meeting_referred_to_after_the_reporters_clause(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2024-05-10"))) == expected


_FAIR = ("中新网成都9月20日电 第十届中国（西部）国际博览会20日在成都开幕。开幕式上，四川省委书记李建出席并宣布开幕。\n"
         "开幕当天举行了重大项目集中签约仪式，现场签约项目286个。\n")


def test_a_fairs_opening_ceremony_beside_a_signing_on_its_day(extract) -> None:
    record = extract(_FAIR)
    assert [(m["name"], m["date_text"], m["organizer"]) for m in record["meetings"]] == [
        ("开幕式", "20日", None), ("重大项目集中签约仪式", "当天", None)]
    assert speakers(record) == {"李建": ("四川省委书记", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected", "host", "people"),
    [
        # a sports meet's ceremony named in a clause of its own: the ceremony is the meeting (§3), 宣布开幕 讲话 (§4)
        ("5月8日至9日，全县第十三届运动会在县体育中心举行，开幕式由副县长周丽主持，县长李红梅宣布开幕。",
         [("开幕式", "2024-05-08", "5月8日至9日")], {"name": "周丽", "title": "副县长"},
         {"周丽": ("副县长", ("主持",)), "李红梅": ("县长", ("讲话",))}),
        ("5月8日，全县第十三届运动会在县体育中心闭幕，闭幕式由副县长周丽主持。",
         [("闭幕式", "2024-05-08", "5月8日")], {"name": "周丽", "title": "副县长"}, {"周丽": ("副县长", ("主持",))}),
    ],
)
def test_a_sports_meets_ceremony_in_a_clause(extract, body: str, expected: list, host: dict, people: dict) -> None:
    record = extract(page(body, "2024-05-10"))
    assert _named(record) == expected
    assert record["meetings"][0]["host"] == host
    assert speakers(record) == people


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fair told with no ceremony is no meeting (§3)
        ("第十届中国（西部）国际博览会20日在成都开幕，展期5天。开幕当天，参观人数超过5万人次。", []),
        # a meeting's own opening: its 开幕式 is the meeting itself, no second record
        ("5月8日，全县教育大会在县会堂开幕。开幕式上，县长王刚讲话。会上举行了校地合作签约仪式。",
         [("全县教育大会", "2024-05-08", "5月8日"), ("校地合作签约仪式", "2024-05-08", None)]),
    ],
)
def test_no_ceremony_added(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2024-05-10"))) == expected


def test_the_afternoon_plenary_is_part_of_the_meeting(extract) -> None:
    body = ("4月9日，全县乡村振兴工作现场推进会召开。上午，与会人员到李家庄村现场观摩；下午在县行政中心召开推进大会。"
            "县委常委、副县长张明主持会议。")
    record = extract(page(body, "2024-04-10"))
    assert [(m["name"], m["date"], m["time_of_day"], m["location"]) for m in record["meetings"]] == [
        ("全县乡村振兴工作现场推进会", "2024-04-09", None, "县行政中心"),
        ("现场观摩", "2024-04-09", "上午", "李家庄村")]
    assert record["meetings"][0]["host"] == {"name": "张明", "title": "县委常委、副县长"}


def test_a_session_held_by_a_body_of_its_own_stays_apart(extract) -> None:
    body = ("4月9日，全县乡村振兴工作现场推进会召开。上午，与会人员到李家庄村现场观摩；下午，县政府在县行政中心召开"
            "常务会议。县长张明主持会议。")
    record = extract(page(body, "2024-04-10"))
    assert [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]] == [
        ("全县乡村振兴工作现场推进会", None, None), ("现场观摩", None, "李家庄村"), ("常务会议", "县政府", "县行政中心")]
    assert record["meetings"][2]["host"] == {"name": "张明", "title": "县长"}


@pytest.mark.parametrize(
    ("body", "location"),
    [
        # 在我县召开: the reporting county by a deictic word, no venue named (§3 location)
        ("5月8日，全市安全生产工作会议在我县召开。", None),
        ("5月8日，全市安全生产工作会议在本市召开。", None),
        # (a venue after the deictic word is a venue)
        ("5月8日，全市安全生产工作会议在我县人民会堂召开。", "我县人民会堂"),
        ("5月8日，全市安全生产工作会议在县行政中心召开。", "县行政中心"),
    ],
)
def test_a_deictic_place_is_no_location(extract, body: str, location: str | None) -> None:
    assert [m["location"] for m in extract(page(body, "2024-05-10"))["meetings"]] == [location]
