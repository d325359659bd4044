"""Events during a one-day meeting and short governments in newspaper, wire and government copy.

An event held within a one-day meeting told by the meeting's own noun and 期间 with no comma (年会期间举行了…签约仪式,
峰会期间还举办了…) takes that meeting's day, and none when the meeting ran over a stated span (GUIDELINES §3, fifteenth
review round: a ceremony held 会议期间 of a meeting of one stated day takes its date; of a span, null). A city or county
government written short (市政府, 县政府) as the holder of a narrated earlier meeting stands for the one government of that
level the page names in full with 人民 (江城市人民政府; §3 fourteenth review round, a bare level body is the one of its kind
the page names). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _told(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, location) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("华夏商会第十二届年会今天在江城宾馆举行。年会期间举行了新会员入会仪式。",
         ("新会员入会仪式", "2024-05-08")),
        ("5月6日，全国数字乡村发展峰会在江城举行。峰会期间举行了项目签约仪式，现场签约项目10个。",
         ("项目签约仪式", "2024-05-06")),
        ("5月6日，全国数字乡村发展峰会在江城举行。本届峰会期间还举办了成果发布会。",
         ("成果发布会", "2024-05-06")),
        ("5月6日，第三届中医药发展论坛在江城宾馆举行。论坛期间，还举行了中医药文化传承基地揭牌仪式。",
         ("中医药文化传承基地揭牌仪式", "2024-05-06")),
        # NEGATIVE: a meeting over a stated span: some day of it, not stated
        ("5月6日至7日，全国数字乡村发展峰会在江城举行。峰会期间举行了项目签约仪式。",
         ("项目签约仪式", None)),
        ("5月6日至8日，华夏商会第十二届年会在江城宾馆举行。年会期间举行了新会员入会仪式。",
         ("新会员入会仪式", None)),
    ],
)
def test_event_during_one_day_meeting_takes_its_day(extract, body: str, expected: tuple) -> None:
    record = extract(page(body))
    assert [(name, date) for name, date, _ in _told(record)][1] == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: a fair is no meeting: the ceremony during it takes no meeting's day
        ("5月6日，第十届农产品博览会在江城开幕。博览会期间举行了项目签约仪式。", "项目签约仪式"),
        ("5月6日，第五届茶叶博览会在江城开幕。茶博会期间举行了茶产业招商推介仪式。", "茶产业招商推介仪式"),
    ],
)
def test_event_during_a_fair_takes_no_day(extract, body: str, name: str) -> None:
    told = {n: date for n, date, _ in _told(extract(page(body)))}
    assert name in told
    assert told[name] is None


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("5月6日，江城市人民政府召开第45次常务会议。会议指出，4月上旬，市政府已召开专题会议，作出部署。",
         "江城市人民政府"),
        ("5月6日，青山县人民政府召开第12次常务会议。4月下旬，县政府已召开防汛工作会议。", "青山县人民政府"),
        ("5月6日下午，临川区人民政府召开第8次常务会议。4月中旬，区政府已召开安全生产专题会议。", "临川区人民政府"),
        # NEGATIVE: a short government of another level than the one named stays as written
        ("5月6日，江城市人民政府召开第45次常务会议。4月上旬，县政府已召开专题会议。", "县政府"),
        ("5月6日，江城市人民政府召开第45次常务会议。4月上旬，区政府已召开专题会议。", "区政府"),
    ],
)
def test_short_government_is_the_one_named(extract, body: str, organizer: str) -> None:
    record = extract(page(body))
    assert [m["organizer"] for m in record["meetings"]][1] == organizer
