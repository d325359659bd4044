"""Several meetings on one page, each on its own day or part of the day (GUIDELINES §3 fourth, eleventh and twenty-third
review rounds; thirty-first review round, 7 December 2026, first stop).

Reading: a clause that opens on a part of the day of its own and holds a meeting, after a clause that held one
(``5月6日上午，市委召开常委会会议，下午召开…工作会议``), is the next meeting, on the day that opens the sentence (written
there: its ``date_text``), with its own part of the day and held by the sentence's subject when it names none. A
later meeting told with ``次日``/``第二天`` takes the next day; ``随后``/``会后`` the same day (and its part of the day,
twenty-third round); ``当天``/``同日`` the same day, written as such; a day told for one meeting does not pass to a
meeting of another paragraph that gives none. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

A = "5月6日上午，江州市委召开常委会会议。"
B = "全市安全生产工作会议"


def told(record: dict) -> list[tuple]:
    """(name, date, date_text, time_of_day, organizer) of each meeting, in order."""
    return [(m["name"], m["date"], m["date_text"], m["time_of_day"], m["organizer"]) for m in record["meetings"]]


FIRST = ("常委会会议", "2024-05-06", "5月6日", "上午", "江州市委")


@pytest.mark.parametrize(("body", "second"), [
    # 上午…，下午… in one sentence: the second meeting on the sentence's day, its own part of the day
    ("5月6日上午，江州市委召开常委会会议，下午召开全市安全生产工作会议。",
     (B, "2024-05-06", "5月6日", "下午", "江州市委")),
    ("5月6日上午，江州市委召开常委会会议，下午又召开全市安全生产工作会议。",
     (B, "2024-05-06", "5月6日", "下午", "江州市委")),
    ("5月6日上午，江州市委召開常委會會議，下午召開全市安全生產工作會議。",
     (B, "2024-05-06", "5月6日", "下午", "江州市委")),
    ("5月6日，江州市委上午召开常委会会议，下午召开全市安全生产工作会议。",
     (B, "2024-05-06", "5月6日", "下午", "江州市委")),
    ("5月6日上午，江州市委召开常委会会议，晚上召开全市安全生产工作会议。",
     (B, "2024-05-06", "5月6日", "晚上", "江州市委")),
    ("5月6日上午，江州市委召开常委会会议，下午在市行政中心召开全市安全生产工作会议。",
     (B, "2024-05-06", "5月6日", "下午", "江州市委")),
    ("5月6日上午，江州市委召开常委会会议；下午，市委又召开全市安全生产工作会议。",
     (B, "2024-05-06", "5月6日", "下午", "江州市委")),
    # the next sentence: a same-day word, the next day, an order word
    (A + "当天下午，江州市政府召开全市安全生产工作会议。", (B, "2024-05-06", "当天", "下午", "江州市政府")),
    (A + "同日，江州市政府召开全市安全生产工作会议。", (B, "2024-05-06", "同日", None, "江州市政府")),
    (A + "次日，江州市政府召开全市安全生产工作会议。", (B, "2024-05-07", "次日", None, "江州市政府")),
    (A + "第二天上午，江州市政府召开全市安全生产工作会议。", (B, "2024-05-07", "第二天", "上午", "江州市政府")),
    (A + "随后，江州市政府召开全市安全生产工作会议。", (B, "2024-05-06", None, "上午", "江州市政府")),
    (A + "会后，江州市政府召开全市安全生产工作会议。", (B, "2024-05-06", None, "上午", "江州市政府")),
    ("5月6日上午，江州市委召開常委會會議。次日，江州市政府召開全市安全生產工作會議。",
     (B, "2024-05-07", "次日", None, "江州市政府")),
    # a later paragraph with a day of its own, and one with none
    ("5月6日上午，江州市委召开常委会会议，研究防汛工作。\n5月7日下午，江州市政府召开全市安全生产工作会议，部署有关工作。",
     (B, "2024-05-07", "5月7日", "下午", "江州市政府")),
    ("5月6日上午，江州市委召开常委会会议，研究防汛工作。\n江州市政府召开全市安全生产工作会议，部署有关工作。",
     (B, None, None, None, "江州市政府")),
])
def test_second_meeting_takes_its_own_day(extract, body, second):
    assert told(extract(page(body))) == [FIRST, second]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日上午，江州市委举行理论学习中心组学习会，下午举行全市干部大会。",
     [("理论学习中心组学习会", "2024-05-06", "5月6日", "上午", "江州市委"),
      ("全市干部大会", "2024-05-06", "5月6日", "下午", "江州市委")]),
    ("5月6日上午，江州市总工会召开职工代表大会，下午在市工人文化宫举行劳模表彰大会。",
     [("职工代表大会", "2024-05-06", "5月6日", "上午", "江州市总工会"),
      ("劳模表彰大会", "2024-05-06", "5月6日", "下午", "江州市总工会")]),
    ("5月6日下午，江州市政府召开常务会议，晚上召开全市防汛工作视频会议。",
     [("常务会议", "2024-05-06", "5月6日", "下午", "江州市政府"),
      ("全市防汛工作视频会议", "2024-05-06", "5月6日", "晚上", "江州市政府")]),
    ("5月6日上午，江州市委舉行理論學習中心組學習會，下午舉行全市幹部大會。",
     [("理论学习中心组学习会", "2024-05-06", "5月6日", "上午", "江州市委"),
      ("全市干部大会", "2024-05-06", "5月6日", "下午", "江州市委")]),
    # the afternoon's clause with a subject of its own: held by it
    ("5月6日上午，江州市委召开常委会会议，下午江州市政府召开全市安全生产工作会议。",
     [FIRST, (B, "2024-05-06", "5月6日", "下午", "江州市政府")]),
    # a rite held within the meeting: the meeting's day and part of the day, no date_text of its own
    ("5月6日上午，江州市委在市委礼堂召开全市党建工作会议。会上，举行了签约仪式。",
     [("全市党建工作会议", "2024-05-06", "5月6日", "上午", "江州市委"),
      ("签约仪式", "2024-05-06", None, "上午", "江州市委")]),
    # near misses: the afternoon's act is no meeting held
    ("5月6日上午，江州市委召开常委会会议，下午赴企业调研。",
     [FIRST]),
    ("5月6日上午，江州市委召开常委会会议，下午到江北新区检查防汛工作。",
     [FIRST]),
    # a meeting ahead in the afternoon's clause: planned, none held
    ("5月6日上午，江州市委召开常委会会议，下午将召开全市安全生产工作会议。",
     [FIRST]),
])
def test_meetings_of_one_day(extract, body, expected):
    assert told(extract(page(body))) == expected


def test_second_meeting_venue_its_own(extract):
    record = extract(page("5月6日上午，江州市委在市委礼堂召开常委会会议，下午在市行政中心召开全市安全生产工作会议。"))
    assert [m["location"] for m in record["meetings"]] == ["市委礼堂", "市行政中心"]


@pytest.mark.parametrize(("body", "part"), [
    # a meeting opening with its sessions told after it by parts of the day: its parts, no meeting of their own by this
    # reading (GUIDELINES §3 nineteenth round)
    ("5月6日，市政协十届四次会议开幕，上午举行开幕大会，下午举行小组讨论会议。", "小组讨论会议"),
    ("5月6日，第三届江城发展论坛在江城宾馆开幕，上午举行开幕式，下午举行分论坛。", "分论坛"),
    ("5月6日，全市政协工作会议召开，上午举行全体会议，下午举行分组讨论会。", "分组讨论会"),
])
def test_sessions_of_one_meeting_not_parted(extract, body, part):
    assert part not in [m["name"] for m in extract(page(body))["meetings"]]
