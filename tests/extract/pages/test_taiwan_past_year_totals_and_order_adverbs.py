"""Taiwan county/city government and school news (honours, 民国 years, council sessions).

What was found, each a general shape, with near misses that must keep their old reading:

- A past year's total told with a short subject and 共 before the verb of conferring (去年縣府共表揚24位模範母親) is a
  tally of that year (GUIDELINES §5 sixteenth round), and so are the holders counted with 共有 at an event a past day's
  attribute names (去年8月5日舉辦的表揚大會共有28位模範父親獲獎); this year's and this event's counts stay awards.
- An adverb of order left after the subject of 举行 (縣議會先於議事廳前舉行升旗儀式) is no part of the organizer (§3
  organizer: the subject of 举行), while names ending in 先 (领先, 率先) are not cut.
- A passive meeting name dated by 前天 with its day in brackets (…颁奖典礼前天（20日）在縣立體育館舉行) is held on that day, as
  with 昨天（19日） (§3 date: relative days resolved against the publication date); a planned one (将于…) stays none.
- A prize named after 颁发 and then a list of several prizes each with its count (頒發縣長獎，共有縣長獎12名、議長獎8名、
  校長獎30名畢業生獲獎) is read item by item (§5: one record per count), not the prize named with a later count.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page

PAST_TALLY = [
    "縣府今日表揚26位模範母親。去年縣府共表揚24位模範母親。",
    "市府昨天表揚30位模範父親。去年市府共表揚28位模範父親。",
    "县政府今天表彰了15名优秀教师。去年县里共表彰12名优秀教师。",
    "社會處長說，去年8月5日舉辦的表揚大會共有28位模範父親獲獎，今年推薦人數創新高。",
    "局长介绍，去年5月举行的颁奖典礼共有20名优秀志愿者获奖。",
    "去年举办的表彰大会上共有12名优秀党员受到表彰，今年将继续评选。",
]
PAST_TALLY_EXPECTED = [
    [("模范母亲", 26, "位", "person")],
    [("模范父亲", 30, "位", "person")],
    [("优秀教师", 15, "名", "person")],
    [],
    [],
    [],
]
THIS_EVENT_KEPT = [
    ("縣府今日舉辦表揚大會，共表揚24位模範母親。", [("模范母亲", 24, "位", "person")]),
    ("今年县府共表彰24名优秀教师。", [("优秀教师", 24, "名", "person")]),
    ("昨日舉辦的表揚大會共有28位模範父親獲獎。", [("模范父亲", 28, "位", "person")]),
]


@pytest.mark.parametrize(("body", "expected"), list(zip(PAST_TALLY, PAST_TALLY_EXPECTED, strict=True)) + THIS_EVENT_KEPT)
def test_past_year_total_is_a_tally(extract, body, expected):
    assert honours(extract(page(body))) == expected


ORDER_ADVERB = [
    ("開議典禮前，縣議會先於議事廳前舉行升旗儀式。", "县议会"),
    ("会议开始前，县政府首先在广场举行升旗仪式。", "县政府"),
    ("市教育局先在礼堂举行开学典礼。", "市教育局"),
]
ORDER_ADVERB_KEPT = [
    ("率先科技公司在礼堂举行签约仪式。", "率先科技公司"),
    ("江城领先集团在总部举行揭牌仪式。", "江城领先集团"),
]


@pytest.mark.parametrize(("body", "organizer"), ORDER_ADVERB + ORDER_ADVERB_KEPT)
def test_order_adverb_after_the_subject(extract, body, organizer):
    assert [m[2] for m in held(extract(page(body)))][:1] == [organizer]


DAY_BEFORE_YESTERDAY = [
    ("彰化縣第64屆中小學科學展覽會頒獎典禮前天（6日）在縣立體育館舉行。", [("2024-05-06", "前天（6日）")]),
    ("县工作会议前天(6日)在县委礼堂召开。", [("2024-05-06", "前天(6日)")]),
    ("市表彰大会前日（六日）下午在市民中心举行。", [("2024-05-06", "前日（六日）")]),
    ("县工作会议昨天（7日）在县委礼堂召开。", [("2024-05-07", "昨天（7日）")]),
]
DAY_BEFORE_YESTERDAY_NONE = [
    ("县工作会议将于前天（6日）在县委礼堂召开。", []),
]


@pytest.mark.parametrize(("body", "expected"), DAY_BEFORE_YESTERDAY + DAY_BEFORE_YESTERDAY_NONE)
def test_passive_meeting_dated_by_the_day_before_yesterday(extract, body, expected):
    assert [(m["date"], m["date_text"]) for m in extract(page(body))["meetings"]] == expected


PRIZE_LIST_AFTER_NAMED = [
    ("縣長親自到場頒發縣長獎，共有縣長獎12名、議長獎8名、校長獎30名畢業生獲獎。",
     [("县长奖", 12, "名", "person"), ("议长奖", 8, "名", "person"), ("校长奖", 30, "名", "person")]),
    ("市长颁发市长奖，共有市长奖20名、局长奖15名获奖。",
     [("市长奖", 20, "名", "person"), ("局长奖", 15, "名", "person")]),
]
PRIZE_NAMED_THEN_COUNT_KEPT = [
    ("大会颁发了青年优秀论文奖，吴某等10位青年学者获此殊荣。", [("青年优秀论文奖", 10, "位", "person")]),
    ("颁发防灾绩优单位奖牌，共有8个区公所获奖。", [("防灾绩优单位", 8, "个", "organization")]),
]


@pytest.mark.parametrize(("body", "expected"), PRIZE_LIST_AFTER_NAMED + PRIZE_NAMED_THEN_COUNT_KEPT)
def test_prize_list_after_a_prize_named(extract, body, expected):
    assert honours(extract(page(body))) == expected
