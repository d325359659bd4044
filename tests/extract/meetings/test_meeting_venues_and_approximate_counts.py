"""Meeting attributes other than the date (GUIDELINES §3 location, organizer, attendee_approx) on county, company, university and Taiwan pages: a venue after 于 that opens
with a numeral (于二楼会议室, 於二樓會議室), a venue in a comma clause of the meeting's own sentence
(…召开…会，会议在…召开), a count with 左右 after it, and the indoor sitting of an on-site meeting told after
the visit (随后在…召开会议).  Near misses keep their reading: 于 before a day, 在 with no verb of holding,
a count without 左右, a sitting after a visit of a meeting that is no 现场 meeting.  Invented sentences;
the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def venues(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


def counts(record: dict) -> list[tuple[int | None, bool]]:
    """(attendee_count, attendee_approx) of each meeting, in order."""
    return [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a numeral opening a floor or room after 于 is the venue, not a day
        ("5月7日，乡政府于二楼会议室召开防汛工作会议，乡长林华主持。", [("防汛工作会议", "二楼会议室", "乡政府")]),
        ("7月23日上午，太麻里鄉公所於二樓會議室召開防颱應變會議，由鄉長林國華主持。",
         [("防台应变会议", "二楼会议室", "太麻里乡公所")]),
        # (the association's own sitting numbered by term and round keeps the body in its name, GUIDELINES §3 eleventh
        # review round; h51)
        ("12月5日，市慈善总会于3号会议室召开三届五次理事会议。", [("市慈善总会三届五次理事会议", "3号会议室", "市慈善总会")]),
        # near misses: 于 before a day stays a day
        ("市总工会于5日召开全市工会工作会议。", [("全市工会工作会议", None, "市总工会")]),
        ("乡政府于五月七日召开防汛工作会议，乡长林华主持。", [("防汛工作会议", None, "乡政府")]),
        # a clause of the meeting's own sentence naming its venue
        ("4月9日，高新区召开一季度经济运行分析会，会议在管委会三楼会议室召开，总结一季度经济运行情况。",
         [("一季度经济运行分析会", "管委会三楼会议室", "高新区")]),
        ("5月7日，县委召开全县组织工作会议，会议在县委大礼堂举行。", [("全县组织工作会议", "县委大礼堂", "县委")]),
        # near miss: 在 with no verb of holding gives no venue
        ("5月7日，县委召开全县组织工作会议，会议在充分讨论的基础上审议通过了有关文件。", [("全县组织工作会议", None, "县委")]),
        # the sitting of an on-site meeting after the visit
        ("5月7日，全区“两新”组织党建工作现场推进会召开。与会人员先后来到光明社区、南湖科技园实地观摩，随后在区委党校召开会议。",
         [("全区“两新”组织党建工作现场推进会", "区委党校", None)]),
        # near miss: no on-site meeting, the later sitting is not read as its venue
        ("5月7日，全县防汛工作会议召开。与会人员实地查看了水库。随后在县委党校召开会议。", [("全县防汛工作会议", None, None)]),
    ],
)
def test_venues(extract, body: str, expected: list) -> None:
    assert venues(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，县总工会召开十四届五次全委（扩大）会议，参会人数150人左右。", [(150, True)]),
        ("5月7日，全县防汛工作会议召开，200人左右参加会议。", [(200, True)]),
        # near miss: an exact count stays exact
        ("5月7日，全县防汛工作会议召开，200人参加会议。", [(200, False)]),
    ],
)
def test_counts_about(extract, body: str, expected: list) -> None:
    assert counts(extract(page(body))) == expected
