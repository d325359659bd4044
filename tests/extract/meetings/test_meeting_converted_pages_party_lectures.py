"""Meeting shapes on machine-converted Traditional pages of mainland news (party-building, libraries, culture): a party lecture given by a guest who attends the ceremony just told (出席开班式并为学员讲授…党课) not
read as its own record (GUIDELINES §3 eleventh and twelfth review rounds: a lecture given inside a ceremony is its own
record, on the ceremony's day; no venue lent, as for an academic lesson after attending, §8); the organizer told
after a passive name by a determiner and a short form cut from the name's own words (“…讲坛”第三十六讲在…举行。本次讲坛由…主办; …作品展评颁奖仪式…。本次展评由…主办:
§3 organizer row, the 由…主办 agent); and a session's closing or opening sitting told with its own day that did not
take the session's venue (§3 twenty-first review round).  Invented sentences; expected values follow
corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


# -- meetings: a party lecture given by a guest who attends the ceremony ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15日上午，县委组织部在县委党校举办新任村党组织书记培训班开班式。县委常委吴卫东出席开班式并为学员讲授第一堂党课。",
         [("新任村党组织书记培训班开班式", "县委党校"), ("党课", None)]),
        ("15日上午，市委党校在报告厅举行中青班开学典礼。市委书记张强出席典礼，并以《走好新时代赶考路》为题讲授专题党课。",
         [("中青班开学典礼", "报告厅"), ("专题党课", None)]),
        ("5月6日，区委组织部在区行政中心举行党务干部培训班开班仪式。区委副书记刘敏出席仪式并为全体学员讲了一堂党课。",
         [("党务干部培训班开班仪式", "区行政中心"), ("党课", None)]),
    ],
)
def test_party_lecture_after_attending_ceremony(extract, text, expected):
    assert _venues(extract(text, "2024-05-08")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (the lecture in a later clause, only promised in his words: no lecture given there)
        "15日上午，县委组织部举行培训班开班仪式。县委书记吴卫东出席仪式并讲话，他表示下月将为学员讲授专题党课。",
        # (a speech at the ceremony, no lecture)
        "15日上午，县委组织部在县委党校举办培训班开班式。县委常委吴卫东出席开班式并讲话。",
    ],
)
def test_no_party_lecture_split_without_attending_clause(extract, text):
    assert len(held(extract(text, "2024-05-08"))) == 1


def test_party_lecture_tied_by_an_order_word(extract):
    # (a lecture told in a later sentence opening on 随后: re-pinned to the twenty-third review round, GUIDELINES §3: "A
    # lecture a named person gives after a ceremony is its own record whenever an order word ties it to the ceremony")
    text = "15日上午，县委组织部举行培训班开班仪式。县委书记吴卫东出席仪式并讲话。随后，他为学员讲授专题党课。"
    assert [m[0] for m in held(extract(text, "2024-05-08"))] == ["培训班开班仪式", "专题党课"]


# -- meetings: the organizer by a determiner and a short form of the name -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月6日下午，“文津讲坛”第三十六讲在江南图书馆报告厅举行。本次讲坛由江南图书馆主办，教授沈玉成作专题讲座。",
         "江南图书馆"),
        ("5月6日上午，“翰墨颂中华”书法作品展评颁奖仪式在县文化馆举行。本次展评由县文联主办、县书法家协会承办。", "县文联"),
        ("5月6日，“悦读江城”读书分享会第十二期在市图书馆举行。此次分享会由市全民阅读促进会主办。", "市全民阅读促进会"),
        ("5月6日，第三届“青春读书节”诵读展演颁奖仪式在市少年宫举行。本届展演由团市委主办。", "团市委"),
    ],
)
def test_organizer_by_short_form_with_determiner(extract, text, expected):
    assert held(extract(text, "2024-05-08"))[0][2] == expected


@pytest.mark.parametrize(
    "text",
    [
        # (下届: another edition's host)
        "5月6日上午，“翰墨颂中华”书法作品展评颁奖仪式在县文化馆举行。下届展评由县文联主办。",
        # (书法展 is no part of the name: another event)
        "5月6日上午，青年书法作品研讨会在县文化馆举行。此次书法展由县文联主办。",
        # (no determiner: a bare word of the name opens a sentence about anything)
        "5月6日上午，“翰墨颂中华”书法作品展评颁奖仪式在县文化馆举行。作品展由县文联主办，将持续一周。",
    ],
)
def test_no_organizer_from_other_reference(extract, text):
    assert held(extract(text, "2024-05-08"))[0][2] is None


# -- meetings: a session's sitting takes the session's venue ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("12月30日至31日，政协第十届青阳县委员会第四次会议在县会议中心召开。31日下午，大会举行闭幕会。",
         "2025-01-02", ("闭幕会", "县会议中心")),
        ("3月5日至7日，县第十八届人民代表大会第五次会议在县人民会堂召开。5日上午，大会举行开幕会。",
         "2024-03-08", ("开幕会", "县人民会堂")),
        ("1月10日至12日，市政协十五届四次会议在市会议中心举行。12日下午举行闭幕大会。",
         "2024-01-13", ("闭幕大会", "市会议中心")),
    ],
)
def test_session_sitting_takes_session_venue(extract, text, published, expected):
    assert _venues(extract(text, published))[-1] == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # (a day outside the session's span: another body's sitting)
        ("3月5日至7日，县第十八届人民代表大会第五次会议在县人民会堂召开。9日上午，县政协举行闭幕会。", "2024-03-10"),
        # (a meeting of one day: no span of sittings)
        ("3月5日，县人大常委会在县人民会堂召开会议。5日下午，举行闭幕会。", "2024-03-08"),
    ],
)
def test_sitting_outside_span_takes_no_venue(extract, text, published):
    assert _venues(extract(text, published))[-1][1] is None
