"""Honours counted at an earlier event told as history: the event held in a past year, or named by an earlier edition.

- GUIDELINES §5 (earlier editions and past periods are a tally: sixteenth, twenty-first, twenty-second and twenty-eighth
  review rounds) and the thirty-third review round (7 December 2026, third stop): an event held in a written year before
  the article's or last year (`州第六次…表彰大会于2015年召开，共表彰模范集体80个`, `2015年召开的第六次表彰大会共表彰…`) and an
  event named by an earlier edition's word (`上届大会表彰了…`, `上一届表彰大会于2019年举行，共表彰…`) confer that event's
  honours: no award of this one; this event held (`第七次表彰大会于2024年5月6日召开`, `本次`) and a day of the year just
  before on an early January page (`表彰大会于2023年12月28日召开`) keep their counts. Invented sentences on a page of
  2024-05-08 (of 2024-01-03 for the December day); each case's records were written from the guidelines before the rules
  were run.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

CASES = [
    ("据悉，州第六次民族团结进步表彰大会于2015年召开，共表彰模范集体80个、模范个人120名。", []),
    ("州第六次民族团结进步表彰大会于2015年召开，共表彰模范集体80个、模范个人120名。", []),
    ("上一届表彰大会于2019年举行，共表彰先进集体50个、先进个人120名。", []),
    ("2015年召开的第六次表彰大会共表彰模范集体80个。", []),
    ("上届大会表彰了先进个人100名。", []),
    ("上届评选于2022年举行，共评出“最美家庭”30户。", []),
    ("上屆頒獎典禮於2021年舉行，共表揚模範公務員30名。", []),
    ("首届“最美教师”评选活动于2020年举办，当时评出“最美教师”10名。", []),
    ("第三届表彰大会于去年召开，共表彰优秀志愿者60名。", []),
    # this event held: its counts stay
    ("5月6日，第七次民族团结进步表彰大会召开，共表彰模范集体100个、模范个人150名。",
     [("模范集体", 100, "个", "organization"), ("模范个人", 150, "名", "person")]),
    ("本次表彰大会于5月6日召开，共表彰模范集体100个。", [("模范集体", 100, "个", "organization")]),
    ("第七次表彰大会于2024年5月6日召开，共表彰先进集体20个。", [("先进集体", 20, "个", "organization")]),
    ("本届评选于今年3月启动，共评出“最美家庭”30户。", [("最美家庭", 30, "户", None)]),
    ("大会于昨天召开，表彰了先进个人100名。", [("先进个人", 100, "名", "person")]),
    # a day of the year just before, on a page of early January: perhaps the reported event itself
    ("表彰大会于2023年12月28日召开，共表彰先进集体20个。", [("先进集体", 20, "个", "organization")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_award_past_event_held(extract, body, expected):
    published = "2024-01-03" if "12月28日" in body else "2024-05-08"
    assert sorted(honours(extract(page(body, published)))) == sorted(expected)
