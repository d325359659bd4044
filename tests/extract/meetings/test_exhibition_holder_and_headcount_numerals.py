"""Meeting shapes: an exhibition's holder read from another, planned exhibition, and the meetings
patterns' shared numerals and day lengths.

- §3 fifteenth review round (a contest's or activity's own ceremony takes the holders the page states for the contest
  or activity itself): an exhibition opening (…书画作品展开展仪式) took the holder of another exhibition told planned later
  (市美术馆下月还将举办一场摄影展览，该展览由…主办). A holder or venue statement whose sentence first tells another event
  planned (将/还将/下月…举办) is that event's; a plan that names this edition (本次展览将于…开展) is the exhibition's own.
- §3 (attendee count): a head-count written with ○ as its zero (一百○二名党员) was read from the digit after it (2); the
  head-count patterns now share one numeral class holding 零, 〇 and ○.
- §3 seventeenth review round (a bare ceremony dated inside a meeting of several days takes its holders): a length told
  for something else in the meeting's sentence (…开幕，会后代表将开展为期三天的考察) made the meeting a span; 为期N天的 now
  counts only before the meeting's own name.

Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _holders(record: dict) -> dict[str, tuple[str | None, str | None]]:
    return {m["name"]: (m["organizer"], m["location"]) for m in record["meetings"]}


def _counts(record: dict) -> dict[str, int | None]:
    return {m["name"]: m["attendee_count"] for m in record["meetings"]}


EXHIBITION = "江城书画作品展开展仪式"


@pytest.mark.parametrize(
    "body",
    [
        "江城书画作品展开展仪式在市美术馆举行。市美术馆下月还将举办一场摄影展览，该展览由市摄影家协会主办。",
        "江城书画作品展开展仪式在市美术馆举行，市美术馆下月还将举办摄影展，该展览由市摄影家协会主办。",
        "江城书画作品展开展仪式在市美术馆举行。市美术馆还将举办一场摄影展，本次展览由市摄影家协会主办。",
        "江城书画作品展开展仪式在市美术馆举行。据悉，年底将推出民俗摄影展览，该展览由市民间文艺家协会主办。",
        "江城马拉松起跑仪式在滨江公园举行。明年还将举办半程马拉松，该赛事由市体育局主办。",
    ],
)
def test_the_holder_of_another_planned_event_is_not_the_ceremonys(extract, body: str) -> None:
    holders = _holders(extract(page(body)))
    rite = next(name for name in holders if name.endswith("仪式"))
    assert holders[rite][0] is None, holders


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # NEGATIVE: the exhibition's own holder, a plan told after it or of its own run, keeps its holder
        ("江城书画作品展开展仪式在市美术馆举行。本次展览由市文联主办，共展出作品200件。", "市文联"),
        ("江城书画作品展开展仪式在市美术馆举行。此次展览由市文联主办，下月还将赴省城巡展。", "市文联"),
        ("江城书画作品展开展仪式举行。本次展览将于5月10日至6月10日在市美术馆开展，该展览由市文联主办。", "市文联"),
        ("江城书画作品展开展仪式在市美术馆举行。本次展览由市文联和市书协联合主办，展期将持续一个月。", "市文联、市书协"),
        ("江城马拉松起跑仪式在滨江公园举行。本届赛事由市体育局和市体育总会共同主办。", "市体育局、市体育总会"),
    ],
)
def test_the_exhibitions_own_holder_stays(extract, body: str, organizer: str) -> None:
    holders = _holders(extract(page(body)))
    rite = next(name for name in holders if name.endswith("仪式"))
    assert holders[rite][0] == organizer, holders


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("5月6日，市委召开党员大会，一百○二名党员参加会议。", 102),
        ("5月6日，村党支部召开党员大会，全村三百○八名党员出席。", 308),
        ("5月6日，街道召开居民代表大会，二百○五位居民代表参加。", 205),
        # NEGATIVE: the other zeros and a plain count read as before
        ("5月6日，市委召开党员大会，一百〇二名党员参加会议。", 102),
        ("5月6日，市委召开党员大会，二百零五名党员参加会议。", 205),
        ("5月6日，市委召开党员大会，一百二十名党员参加会议。", 120),
    ],
)
def test_a_headcount_with_any_zero(extract, body: str, count: int) -> None:
    assert _counts(extract(page(body))).get("党员大会" if "党员大会" in body else "居民代表大会") == count


@pytest.mark.parametrize(
    "body",
    [
        "第六届智慧交通研讨会于5月6日在江城大学学术交流中心开幕，会后代表将开展为期三天的考察。研讨会由江城大学主办。7日下午举行闭幕式。",
        "第三届水利论坛5月6日在滨江宾馆开幕，与会代表还将参加为期两天的实地调研，论坛由省水利学会主办。7日下午举行闭幕式。",
    ],
)
def test_the_length_of_something_else_makes_no_span(extract, body: str) -> None:
    assert _holders(extract(page(body))).get("闭幕式", (None, None)) == (None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the meeting's own length, before its name or as its predicate, still makes a span
        ("为期两天的第六届智慧交通研讨会于5月6日在江城大学学术交流中心开幕。研讨会由江城大学主办。7日上午举行闭幕式。",
         ("江城大学", "江城大学学术交流中心")),
        ("第三届水利论坛5月6日在滨江宾馆举行，为期三天，由省水利学会主办。7日下午举行闭幕式。", ("省水利学会", "滨江宾馆")),
        ("历时两天的第三届水利论坛5月6日在滨江宾馆开幕，由省水利学会主办。7日下午举行闭幕式。", ("省水利学会", "滨江宾馆")),
    ],
)
def test_the_meetings_own_length_makes_a_span(extract, body: str, expected: tuple) -> None:
    assert _holders(extract(page(body))).get("闭幕式") == expected
