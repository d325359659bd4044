"""Rulings of the fifteenth review round (GUIDELINES §3, §4): event venues, first days of the year, byline posts and self-reference hosts.

What was found on invented pages, and the guideline that rules it (quoted from corpus/GUIDELINES.md):

1. §3, fifteenth review round: "An event held within a meeting (`会上，…讲授专题党课`, a `签约仪式` held `会上`) takes the
   meeting's venue when its own sentence names none, as it takes its day." Found: the day was taken, the venue left null.
2. §3, fifteenth review round: "`新年第一天` and `2025年第一天` are 1 January of the known year, like a festival on a fixed
   day; `新年首个工作日` and `春节后上班第一天` depend on a holiday schedule: `null`." Found: no date for either.
3. §4, fifteenth review round: "A byline under a speech headline whose posts are set off by commas (`县委书记，县长，县委党校
   校长 赵强`) has the whole line before the name as the title, as written; posts set off by spaces on such a line (`市委书记
   市人大常委会主任 张立群`) are one person's chain, the spaces written as `、` (a line of names set off by spaces stays a
   list)." Found: the first post was lost (`县长，县委党校校长`); a line of posts set off by spaces gave no speaker.
4. §3, fifteenth review round: "A self-reference as the venue (`论坛在我院召开。本次论坛由江城大学法学院承办。`) is the one
   body named as host or `承办` in that sentence or the next, like a room after it." Found (gaps of fxr15b): a room after
   the self-reference (`在我院学术报告厅召开`) and `在我校召开` read only their own sentence.
5. §4, fifteenth review round: "a residence before a name (`东庄村村民王某`, `社区居民李某`, `市民张某`) is a label, no title,
   like the farming descriptions." Found (gaps of fxr15a): a resident first in a 、 list before a bare speech act
   (`市民李秀英、退休教师张明发言`) was no speaker, nor a resident with a two-character name (`幸福小区居民孙丽发言`).
   The row of tests/extract/pages/test_related_news_blocks_and_scheme_rates.py that pinned the first resident as no speaker is re-pinned with this ruling.
6. §5: "A count over two honours joined by 和 is one record whose honour is the whole phrase (`15人获得国家勋章和国家荣誉
   称号` → `国家勋章和国家荣誉称号` 15), never a cut part." and `recipient_kind` "otherwise `null` (e.g. a total over persons
   *and* entities)". Found: `120名先进集体和个人` gave `先进集体` 120 organization, a cut part; the qualifier written once
   before two holders' words (先进集体和个人: 先进集体, 先进个人) is two honours under one count: `先进集体和个人` 120, kind
   null (no split is stated, so none is made).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


def _venues(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"]]


# --- 1. an event held within a meeting: the meeting's venue ------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日上午，县委召开全县优秀共产党员表彰大会，大会在县会议中心举行。会上，县委书记王强为与会党员讲授专题党课。",
     [("全县优秀共产党员表彰大会", "2024-05-06", "县会议中心"), ("专题党课", "2024-05-06", "县会议中心")]),
    ("5月6日，县委在县委党校召开全县组织工作会议。会上，县委书记李明为全体党员讲授专题党课。",
     [("全县组织工作会议", "2024-05-06", "县委党校"), ("专题党课", "2024-05-06", "县委党校")]),
    ("5月6日，全市招商引资推进会在市行政中心召开。会上，举行了重点项目集中签约仪式。",
     [("全市招商引资推进会", "2024-05-06", "市行政中心"), ("重点项目集中签约仪式", "2024-05-06", "市行政中心")]),
    ("5月6日，全区教育工作会议在区政府礼堂召开。会上，举行了校地合作签约仪式，6个项目现场签约。",
     [("全区教育工作会议", "2024-05-06", "区政府礼堂"), ("校地合作签约仪式", "2024-05-06", "区政府礼堂")]),
])
def test_event_within_meeting_takes_its_venue(extract, body, expected):
    assert _venues(extract(page(body))) == expected


# Near misses: a place of its own in the event's sentence; an event held after the meeting (会后), elsewhere.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全市招商引资推进会在市行政中心召开。会上，举行了重点项目集中签约仪式，签约仪式在市民中心举行。",
     [("全市招商引资推进会", "2024-05-06", "市行政中心"), ("重点项目集中签约仪式", "2024-05-06", "市民中心")]),
    ("5月6日，全市招商引资推进会在市行政中心召开。会后，双方在江城宾馆举行了签约仪式。",
     [("全市招商引资推进会", "2024-05-06", "市行政中心"), ("签约仪式", "2024-05-06", "江城宾馆")]),
])
def test_event_with_own_place_keeps_it(extract, body, expected):
    assert _venues(extract(page(body))) == expected


# --- 2. 新年第一天, 2025年第一天 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "published", "date", "date_text"), [
    ("新年第一天，县委召开常委会会议，研究部署春节期间工作。", "2025-01-02", "2025-01-01", "新年第一天"),
    ("2025年第一天，县委召开常委会会议，研究部署春节期间工作。", "2025-01-03", "2025-01-01", "2025年第一天"),
    ("2024年第一天，市政府召开常务会议，研究部署重点工作。", "2024-01-05", "2024-01-01", "2024年第一天"),
    ("新年第一天上午，县委召开常委会会议，研究部署工作。", "2025-01-02", "2025-01-01", "新年第一天"),
])
def test_first_day_of_the_year(extract, body, published, date, date_text):
    meetings = extract(page(body, published))["meetings"]
    assert [(m["date"], m["date_text"]) for m in meetings] == [(date, date_text)]


# Near misses: a day of a holiday schedule stays null.
@pytest.mark.parametrize(("body", "published"), [
    ("新年首个工作日，县委召开常委会会议，研究部署工作。", "2025-01-03"),
    ("春节后上班第一天，县委召开常委会会议，研究部署工作。", "2025-02-06"),
    ("元旦假期后第一天，县委召开常委会会议，研究部署工作。", "2025-01-05"),
])
def test_holiday_schedule_day_stays_null(extract, body, published):
    meetings = extract(page(body, published))["meetings"]
    assert [m["date"] for m in meetings] == [None]


# --- 3. a speech byline with posts set off by commas or spaces --------------------------------------------------

def _speech(headline: str, byline: str) -> str:
    return f"{headline}\n{byline}\n（2024年5月6日）\n同志们：今天我们召开这次会议，主要任务是总结工作、部署任务。\n"


@pytest.mark.parametrize(("headline", "byline", "expected"), [
    ("在全县组织工作会议上的讲话", "县委书记，县长，县委党校校长 赵强", {"赵强": ("县委书记，县长，县委党校校长", ("讲话",))}),
    ("在全县教育大会上的致辞", "县委副书记，副县长，县教育工委书记 孙丽华", {"孙丽华": ("县委副书记，副县长，县教育工委书记", ("致辞",))}),
    ("在全市经济工作会议上的讲话", "市委书记 市人大常委会主任 张立群", {"张立群": ("市委书记、市人大常委会主任", ("讲话",))}),
    ("在全区安全生产大会上的讲话", "区委副书记 区长 刘建国", {"刘建国": ("区委副书记、区长", ("讲话",))}),
])
def test_byline_posts_as_written(extract, headline, byline, expected):
    assert speakers(extract(_speech(headline, byline))) == expected


# Near misses: one post, a chain already joined by 、, and a line of names set off by spaces (a list, no byline).
@pytest.mark.parametrize(("headline", "byline", "expected"), [
    ("在全市经济工作会议上的讲话", "市委书记 张立群", {"张立群": ("市委书记", ("讲话",))}),
    ("在全市经济工作会议上的讲话", "市委书记、市人大常委会主任 张立群", {"张立群": ("市委书记、市人大常委会主任", ("讲话",))}),
    ("在全市经济工作会议上的讲话", "张立群 李明 王刚", {}),
])
def test_byline_near_misses(extract, headline, byline, expected):
    assert speakers(extract(_speech(headline, byline))) == expected


# --- 4. a self-reference with its host in the next sentence -----------------------------------------------------

@pytest.mark.parametrize(("body", "venue"), [
    ("5月6日，全省刑法学研讨会在我院学术报告厅召开。本次研讨会由江城大学法学院承办。", "江城大学法学院学术报告厅"),
    ("5月6日，全省刑法学研讨会在我校召开。本次研讨会由江城大学承办。", "江城大学"),
    ("5月6日，全省中文学科建设论坛在我校学术交流中心举行。论坛由江城师范学院承办。", "江城师范学院学术交流中心"),
    ("5月6日，全省刑法学研讨会在我院召开。本次研讨会由江城大学法学院承办。", "江城大学法学院"),
    ("5月6日，江城大学承办的全省刑法学研讨会在我校学术报告厅召开。", "江城大学学术报告厅"),
])
def test_self_reference_host_in_next_sentence(extract, body, venue):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [venue]


# Near misses: no host named; two schools hosting; the host named in a sentence two on.
@pytest.mark.parametrize(("body", "venue"), [
    ("5月6日，全省刑法学研讨会在我校召开。来自全省的80余名学者参加会议。", None),
    ("5月6日，全省刑法学研讨会在我校召开。本次研讨会由江城大学和江北师范学院联合承办。", None),
    ("5月6日，全省刑法学研讨会在我院学术报告厅召开。来自全省的80余名学者参加会议。研讨会由江城大学法学院承办。",
     "我院学术报告厅"),
])
def test_self_reference_without_one_host(extract, body, venue):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [venue]


# --- 5. residents as speakers ----------------------------------------------------------------------------------

_MEETING = "5月7日，街道召开居民议事会。"


@pytest.mark.parametrize(("body", "expected"), [
    ("市民李秀英、退休教师张明发言。", {"李秀英": (None, ("发言",)), "张明": ("退休教师", ("发言",))}),
    ("街道党工委书记刘强主持会议，市民孙丽、退休教师张明发言。",
     {"刘强": ("街道党工委书记", ("主持",)), "孙丽": (None, ("发言",)), "张明": ("退休教师", ("发言",))}),
    ("幸福小区居民孙丽发言。", {"孙丽": (None, ("发言",))}),
    ("社区居民王芳在会上发言。", {"王芳": (None, ("发言",))}),
    ("村民王强上台发言，街道党工委书记刘强讲话。", {"王强": (None, ("发言",)), "刘强": ("街道党工委书记", ("讲话",))}),
    ("幸福小区居民孙丽、王芳先后发言。", {"孙丽": (None, ("发言",)), "王芳": (None, ("发言",))}),
])
def test_resident_speakers(extract, body, expected):
    assert speakers(extract(page(_MEETING + body))) == expected


# Near misses: the residents as a topic or a group, no name; a representative's label.
@pytest.mark.parametrize(("body", "expected"), [
    ("围绕居民关心的问题，大家踊跃发言。", {}),
    ("为市民王强解决难题的做法受到肯定，街道党工委书记刘强讲话。", {"刘强": ("街道党工委书记", ("讲话",))}),
    ("居民代表、退休教师张明发言。", {"张明": ("退休教师", ("发言",))}),
    ("居民代表发言。", {}),
])
def test_resident_near_misses(extract, body, expected):
    assert speakers(extract(page(_MEETING + body))) == expected


# --- 6. one count over honours joined by 和, the qualifier written once -----------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全县表彰大会召开，表彰了120名各类先进集体和个人。", [("先进集体和个人", 120, "名", None)]),
    ("5月6日，全县表彰大会召开，表彰了120名先进集体和个人。", [("先进集体和个人", 120, "名", None)]),
    ("5月6日，全县表彰大会召开，对120个先进集体和个人进行表彰。", [("先进集体和个人", 120, "个", None)]),
    ("5月6日，全县表彰大会召开，表彰了80名优秀个人和集体。", [("优秀个人和集体", 80, "名", None)]),
    ("5月6日，全县表彰大会召开，表彰了20个先进单位和个人。", [("先进单位和个人", 20, "个", None)]),
])
def test_count_over_joined_categories(extract, body, expected):
    assert honours(extract(page(body))) == expected


# Near misses: each category with its own count; two honours written whole, both of people (the kind stays person).
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全县表彰大会召开，表彰了30个先进集体和90名先进个人。",
     [("先进集体", 30, "个", "organization"), ("先进个人", 90, "名", "person")]),
    ("5月6日，全县表彰大会召开，表彰了20名优秀教师和优秀班主任。", [("优秀教师和优秀班主任", 20, "名", "person")]),
    ("5月6日，全县表彰大会召开，表彰了50个先进集体。", [("先进集体", 50, "个", "organization")]),
])
def test_count_over_joined_categories_near_misses(extract, body, expected):
    assert honours(extract(page(body))) == expected
