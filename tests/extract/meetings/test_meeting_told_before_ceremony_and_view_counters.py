"""Meeting shapes of culture, sports and science events: misses found on invented pages.

- A meeting told right before a ceremony just told (闭幕式前，区政府召开…座谈会) took no day: it takes the ceremony's day,
  like talks told 在签约前 (GUIDELINES §3, seventh review round); the speakers' turns after the verb (8位代表先后发言)
  are no time of the talks' own.
- A venue that is a bureau named for two sectors (市文化和旅游局, 市住房和城乡建设局) was cut at its 和 (§3 location).
- A page stamp under a bare 时间： with a clock and the page's view counter on the line (时间：2024年12月6日 09:40
  浏览次数：356) gave no publication date (§2).
- Prize money per work or team in a prize scale (每部获奖作品奖金10万元) was read as money paid (§6, eleventh review
  round: a prize scale is a standard unless told as handed over).
- The body holding this round of a prize's judging (本届评奖由…主办) did not hold the awards ceremony (§3, fifteenth
  review round: the awards ceremony of a prize scheme the page says a body holds).
- A headline naming an activity (…主场活动举行) over a body that names the activity's own ceremony (启动仪式上，…) gave
  the activity as the meeting, not the ceremony (§3: an activity or a festival's celebration is no meeting, its
  ceremony is).

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日晚，第三届非遗文化节闭幕式在江城大剧院举行。闭幕式前，区政府召开非遗保护工作座谈会，8位代表先后发言。",
         [("第三届非遗文化节闭幕式", "2024-05-06", "江城大剧院", None), ("非遗保护工作座谈会", "2024-05-06", None, "区政府")]),
        ("5月6日上午，第十届读书节开幕式在市图书馆举行。开幕式前，市文旅局召开读者座谈会。",
         [("第十届读书节开幕式", "2024-05-06", "市图书馆", None), ("读者座谈会", "2024-05-06", None, "市文旅局")]),
        ("5月6日下午，年度颁奖典礼在市体育馆举行。典礼前，市体育局召开运动员座谈会。",
         [("年度颁奖典礼", "2024-05-06", "市体育馆", None), ("运动员座谈会", "2024-05-06", None, "市体育局")]),
    ],
)
def test_a_meeting_told_before_the_ceremony_takes_its_day(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # (会前，…召开…: the main meeting's day since the nineteenth review round, §3; tests/extract/pages/test_reviewed_period_prizes_and_list_sections.py)
        # a day of its own after the lead
        "5月6日上午，第十届读书节开幕式在市图书馆举行。开幕式前，市文旅局于5月3日召开读者座谈会。",
        # turns of talks before the verb: a time of their own, as before
        "5月6日上午，合作签约仪式在市政府举行。签约前，双方先后举行三轮会谈。",
    ],
)
def test_no_ceremony_day_for_other_leads(extract, body: str) -> None:
    assert all(m["date"] != "2024-05-06" for m in extract(page(body))["meetings"][1:])


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("5月20日上午，第十届国际音乐节新闻发布会在市文化和旅游局召开。", "市文化和旅游局"),
        ("5月20日上午，物业管理工作座谈会在市住房和城乡建设局召开。", "市住房和城乡建设局"),
        ("5月20日上午，数字经济座谈会在省工业和信息化厅召开。", "省工业和信息化厅"),
        ("5月20日上午，就业工作座谈会在市人力资源和社会保障局三楼会议室召开。", "市人力资源和社会保障局三楼会议室"),
        # (negative: a body's own last word before 和: two places, the first kept)
        ("5月20日上午，市政府在市政府和市财政局召开预算工作座谈会。", "市政府"),
        # (negative: a party after the place, not a bureau)
        ("5月20日上午，签约仪式在雷克雅未克和当地企业举行。", "雷克雅未克"),
    ],
)
def test_a_bureau_named_for_two_sectors_is_one_venue(extract, body: str, venue: str) -> None:
    assert extract(page(body))["meetings"][0]["location"] == venue


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("颁奖仪式举行\n时间：2024年12月6日 09:40　浏览次数：356\n12月5日下午，奖学金颁奖仪式在图书馆报告厅举行。\n",
         "2024-12-06"),
        ("颁奖仪式举行\n时间：2024年3月6日 15:20 点击数：88\n昨天下午，颁奖仪式在市图书馆举行。\n", "2024-03-06"),
        ("论坛开幕\n时间：2024年9月6日 8:05 阅读量：1024\n昨天上午，青年论坛在江城大学开幕。\n", "2024-09-06"),
    ],
)
def test_a_bare_time_stamp_beside_a_view_counter_is_the_publication_date(extract, text: str, published: str) -> None:
    assert (extract(text)["published"] or "")[:10] == published


def test_a_programme_time_line_stays_the_meetings_day(extract) -> None:
    # (negative: a programme line with the place below, no view counter: the meeting's day, as before)
    record = extract("座谈会通知\n时间：2024年3月6日 15:20\n地点：市图书馆\n座谈会在市图书馆举行。\n")
    assert record["meetings"][0]["date"] == "2024-03-06"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("出版集团为本届评奖提供奖金总额200万元，每部获奖作品奖金10万元。", [(2000000.0, "CNY", "奖金")]),
        ("本届大赛共评出获奖项目30个，每个获奖项目奖金为2万元。", []),
        ("决赛共有6支队伍获奖，每支获奖队伍奖金5000元。", []),
        # (negative: money told as handed over or received, as before)
        ("颁奖仪式上，主办方为每支获奖队伍颁发奖金5000元。", [(5000.0, "CNY", "奖金")]),
        ("一等奖获得者每人获得奖金5000元。", [(5000.0, "CNY", "奖金")]),
    ],
)
def test_prize_money_per_work_or_team_is_a_scale(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("昨天下午，第三届“江南文学奖”颁奖典礼在运河大剧院举行。本届评奖由省作家协会、江南出版集团共同主办，历时八个月。",
         "省作家协会、江南出版集团"),
        ("昨天下午，“十佳教师”颁奖典礼在市图书馆举行。本次评选由市教育局主办。", "市教育局"),
        # (negative: not an awards ceremony)
        ("昨天下午，第三届“江南文学奖”研讨会在运河大剧院举行。本届评奖由省作家协会主办。", None),
        # (negative: another body named hosting the ceremony)
        ("昨天下午，“十佳教师”颁奖典礼在市图书馆举行。本次评选由市教育局主办，典礼由市文联承办。", None),
    ],
)
def test_the_body_holding_this_rounds_judging_holds_the_awards_ceremony(extract, body: str, organizer) -> None:
    assert extract(page(body))["meetings"][0]["organizer"] == organizer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("2024年全国科普日江城主场活动举行\n2024-09-22 来源：某网\n9月21日，2024年全国科普日江城主场活动在科技馆广场举行。"
         "启动仪式上，副市长林海宣布活动启动。\n", ["启动仪式"]),
        ("全民阅读推广活动举行\n2024-04-24 来源：某网\n4月23日，全民阅读推广活动在市图书馆举行。开幕式上，副市长林海宣布活动开幕。\n",
         ["开幕式"]),
        # (negative: no ceremony named: the headline's activity, as before)
        ("2024年全国科普日江城主场活动举行\n2024-09-22 来源：某网\n9月21日，2024年全国科普日江城主场活动在科技馆广场举行。"
         "副市长林海参加活动并致辞。\n", ["2024年全国科普日江城主场活动"]),
    ],
)
def test_an_activitys_ceremony_named_in_the_body_is_the_meeting(extract, text: str, names: list) -> None:
    assert [m["name"] for m in extract(text)["meetings"]] == names
