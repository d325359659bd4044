"""Meeting dates across years and months in party and government copy: slash dates with a bracketed
weekday, a caption that dates the body's vague meeting, and a bulleted neighbouring-post link.

Found:
- `县府於3/5（二）上午在…召开` kept `（二）上午在` in the venue: the Taiwan releases' weekday in brackets without 星期/周
  after a slash date was not cut (GUIDELINES §3 location: the venue, not the date and time before it).
- `3/5（星期二）上午`, `3/5(周二)上午` gave no date at all: the slash date was read only before a bare weekday (§3 date).
- `近日，…召开X座谈会` with a closing caption `（图为6月18日召开的X座谈会现场）` left the date null: captions are read
  (§1), and the caption's attribute dates the body's own meeting (§3 date). A caption of an event the body never
  names stays another story's picture.
- `· 上一篇：市妇联召开…会议` under the body gave a meeting: a bullet before the neighbouring post's label is still
  page furniture (§1).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


def _venues(record: dict) -> list[str | None]:
    return [m["location"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "venue", "date"),
    [
        ("县府于3/5（二）上午在县府四楼第一会议室召开县务会议，由县长林某主持。", "县府四楼第一会议室", "2024-03-05"),
        ("市政府4/12（五）下午在市府大礼堂举行防汛工作会议。", "市府大礼堂", "2024-04-12"),
        ("县政府于3/5（星期二）上午在县行政中心二楼会议室召开县务会议。", "县行政中心二楼会议室", "2024-03-05"),
        ("区公所4/9(周二)上午于区公所三楼礼堂召开里长联系会议。", "区公所三楼礼堂", "2024-04-09"),
        ("县政府于3月5日（二）上午在县府第二会议室召开县务会议。", "县府第二会议室", "2024-03-05"),
    ],
)
def test_slash_date_with_weekday(extract, body, venue, date):
    record = extract(page(body))
    assert _venues(record)[:1] == [venue]
    assert when(record)[0][0] == date


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        # NEGATIVE: a bracketed numeral opening a venue with no date cut before it stays as written
        ("县政府在（二）号楼会议室召开县务会议。", "（二）号楼会议室"),
        # NEGATIVE: a venue after a weekday written in full is cut as before
        ("县政府于5月6日（星期一）上午在县府礼堂召开县务会议。", "县府礼堂"),
    ],
)
def test_bare_weekday_only_after_a_date(extract, body, venue):
    assert _venues(extract(page(body)))[:1] == [venue]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，市总工会召开快递外卖从业人员座谈会，倾听劳动者心声。\n会议要求维护劳动者权益。\n"
         "（图为4月18日召开的快递外卖从业人员座谈会现场。记者 方圆 摄）", ("2024-04-18", "4月18日")),
        ("日前，县妇联召开家庭教育指导工作推进会。\n会议要求各地抓好落实。\n图为：5月6日召开的家庭教育指导工作推进会现场",
         ("2024-05-06", "5月6日")),
        ("近日，区科协举办青少年科普工作座谈会。\n与会人员交流了经验。\n图为4月30日下午举行的青少年科普工作座谈会现场。",
         ("2024-04-30", "4月30日")),
    ],
)
def test_caption_dates_the_vague_meeting(extract, body, expected):
    assert when(extract(page(body)))[0][:2] == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a caption of an event the body never names adds no meeting and dates none
        "日前，县妇联召开家庭教育指导工作推进会。\n会议要求各地抓好落实。\n图为5月6日举行的全县妇女干部培训班开班仪式现场",
        # NEGATIVE: a caption of another year's meeting of the same name is another picture
        "近日，县妇联召开家庭教育指导工作推进会。\n会议要求各地抓好落实。\n图为2023年5月6日召开的家庭教育指导工作推进会现场",
    ],
)
def test_caption_of_another_event_dates_nothing(extract, body):
    record = extract(page(body))
    assert [m["name"] for m in record["meetings"]] == ["家庭教育指导工作推进会"]
    assert when(record)[0][0] is None


@pytest.mark.parametrize(
    "tail",
    [
        "· 上一篇：市妇联召开十四届三次执委会议",
        "• 下一篇：县总工会召开职工代表大会",
        "● 上一篇：区政协举行主席会议",
    ],
)
def test_bulleted_neighbour_link_is_furniture(extract, tail):
    body = "5月7日，市妇联召开执委会议，研究部署妇女工作。\n会议要求各级妇联抓好落实。\n" + tail
    assert [m["name"] for m in extract(page(body))["meetings"]] == ["执委会议"]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a bullet line that is a body item, not a neighbouring post's link, is kept
        "5月7日，市妇联召开执委会议。会议强调：\n· 上半年召开的各项会议要抓好落实。\n会议要求各级妇联抓好落实。",
    ],
)
def test_bullet_body_line_kept(extract, body):
    assert [m["name"] for m in extract(page(body))["meetings"]][:1] == ["执委会议"]
