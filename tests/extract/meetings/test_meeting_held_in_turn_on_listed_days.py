"""Meeting phrasings of articles with several events, roundups and relative dates: meetings held in turn on listed days (8月1日、2日…分别召开), a meeting or ceremony told
before or within the one just told (会前，/ 大会开幕前，/ 活动期间，), a month and day soon after the page's
date (not a year back) and a coming event a reporter learnt of, a training class's opening ceremony
attended (出席…培训班开班仪式), 该县/该镇 referring to the place named before, and adverbs (再度, 另) after
the subject.  Invented sentences; the expected values follow corpus/GUIDELINES.md (§3)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each meeting held in turn takes its own day, in the order written (§3 several events)
        ("8月1日、2日，区卫健委分别召开全区卫生健康系统安全生产工作会议和医疗质量管理工作会议。",
         [("2024-08-01", "8月1日", None), ("2024-08-02", "2日", None)]),
        ("8月1日和8月2日，县政府分别召开全县防汛工作会议和全县森林防火工作会议。",
         [("2024-08-01", "8月1日", None), ("2024-08-02", "8月2日", None)]),
        ("8月1日上午和下午，区委分别召开区委常委会会议和区委全面深化改革委员会会议。",
         [("2024-08-01", "8月1日", "上午"), ("2024-08-01", "8月1日", "下午")]),
        ("7月30日、8月1日，学校分别召开了暑期安全工作会议和新学期筹备会。",
         [("2024-07-30", "7月30日", None), ("2024-08-01", "8月1日", None)]),
        # near misses: one day for both meetings, or a list that does not match the meetings, stays as it was
        ("8月1日，区委分别召开区委常委会会议和区委全面深化改革委员会会议。",
         [("2024-08-01", "8月1日", None), ("2024-08-01", "8月1日", None)]),
        ("8月1日、2日、3日，区卫健委分别召开全区卫生健康系统安全生产工作会议和医疗质量管理工作会议。",
         [("2024-08-01", "8月1日、2日、3日", None), ("2024-08-01", "8月1日、2日、3日", None)]),
    ],
)
def test_meetings_held_in_turn_on_listed_days(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-08-05"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the days between the subject and the verb are no part of the organizer
        ("县委分别于5月6日和8日召开常委会会议和全面深化改革委员会会议。",
         [("常委会会议", "2024-05-06", "县委"), ("全面深化改革委员会会议", "2024-05-08", "县委")]),
        # adverbs after the subject (§3 organizer)
        ("5月7日上午，县应急管理局再度召开防汛会商会。", [("防汛会商会", "2024-05-07", "县应急管理局")]),
        ("5月7日下午，学校另举行新生家长座谈会。", [("新生家长座谈会", "2024-05-07", None)]),
        # 该镇/该县: the place named before
        ("近日，清河镇党委召开述职评议会。5月6日，该镇还召开了经济工作会议。",
         [("述职评议会", None, "清河镇党委"), ("经济工作会议", "2024-05-06", "清河镇")]),
        ("近日，江城县召开经济工作会议。5月6日，该县又召开了安全生产工作会议。",
         [("经济工作会议", None, "江城县"), ("安全生产工作会议", "2024-05-06", "江城县")]),
    ],
)
def test_organizers_of_meetings_told_in_turn(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a meeting or ceremony told before the one just told is its own record; its day is not told
        # (会前，…召开…: the main meeting's day since the nineteenth review round, §3)
        ("4月29日，市政府召开第五次全体会议。会前，市政府党组召开会议，学习有关精神。",
         [("市政府第五次全体会议", "2024-04-29", "市政府"), ("会议", "2024-04-29", "市政府党组")]),
        ("4月29日，全市经济工作会议召开。大会开幕前，举行了重点项目集中签约仪式。",
         [("全市经济工作会议", "2024-04-29", None), ("重点项目集中签约仪式", None, None)]),
        # a ceremony within a one-day event is dated like it (§3)
        ("5月6日，学校举办教学工作坊。活动期间，还举行了第三届青年教师教学竞赛颁奖仪式。",
         [("教学工作坊", "2024-05-06", None), ("第三届青年教师教学竞赛颁奖仪式", "2024-05-06", None)]),
        # within a stretch of days: some day of it, not stated
        # (a span of April: one of May on this page of 30 April is planned, GUIDELINES §3 seventeenth review round)
        ("4月6日至7日，学校举办教学工作坊。活动期间，还举行了第三届青年教师教学竞赛颁奖仪式。",
         [("教学工作坊", "2024-04-06", None), ("第三届青年教师教学竞赛颁奖仪式", None, None)]),
        # near misses: what happened before the meeting is no meeting
        ("4月29日，全市经济工作会议召开。会前，与会人员观看了警示教育片。", [("全市经济工作会议", "2024-04-29", None)]),
        ("4月29日，全市经济工作会议召开。会议期间，与会人员分组进行了讨论。", [("全市经济工作会议", "2024-04-29", None)]),
        ("4月29日，市总工会召开劳模表彰大会。会前，市领导会见了劳模代表并合影留念。",
         [("劳模表彰大会", "2024-04-29", "市总工会")]),
    ],
)
def test_events_told_before_or_within_a_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-04-30"))) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a month and day soon after the page's date is in its year, not a year back
        ("5月3日上午，市政府召开全市安全生产会议。", "2024-04-30", [("2024-05-03", "5月3日", "上午")]),
        # far after it, the year before (a December meeting on a February page)
        ("12月30日，市政府召开全市安全生产会议。", "2024-02-20", [("2023-12-30", "12月30日", None)]),
        ("12月29日，区人大常委会党组召开2023年度民主生活会。", "2024-01-03", [("2023-12-29", "12月29日", None)]),
        # (a coming event a reporter learnt of: below)
    ],
)
def test_a_day_soon_after_the_page_is_in_its_year(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a coming event announced is no meeting held (§3 planned events)
        ("记者从市政府新闻办获悉，第五届数字经济峰会5月10日至12日在市会议中心举办。", []),
        ("记者获悉，第五届数字经济峰会5月10日在市会议中心开幕。", []),
        # near miss: the same announcement of an event already held stays
        ("记者从市政府新闻办获悉，第五届数字经济峰会4月26日至28日在市会议中心举办。",
         [("第五届数字经济峰会", "2024-04-26", None)]),
    ],
)
def test_a_coming_event_announced_is_no_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-04-30"))) == expected


@pytest.mark.parametrize(
    ("body", "expected_name"),
    [
        # 开班 inside the ceremony's noun is no verb of holding (§3 name)
        ("8月22日，市委书记孙海东出席寿县乡村振兴人才培训班开班仪式。", "寿县乡村振兴人才培训班开班仪式"),
        ("当晚，孙海东还出席了寿县乡村振兴人才培训班开班仪式并作专题辅导。", "寿县乡村振兴人才培训班开班仪式"),
        # near misses already read
        ("8月22日，寿县乡村振兴人才培训班开班仪式举行。", "寿县乡村振兴人才培训班开班仪式"),
        ("8月22日，寿县乡村振兴人才培训班开班。", "寿县乡村振兴人才培训班"),
    ],
)
def test_an_opening_ceremony_attended(extract, body: str, expected_name: str) -> None:
    record = extract(page(body, "2024-08-23"))
    assert [m["name"] for m in record["meetings"]] == [expected_name]


def test_a_speech_at_an_opening_ceremony_attended(extract) -> None:
    record = extract(page("8月22日，市委书记孙海东出席了寿县乡村振兴人才培训班开班仪式并讲话。", "2024-08-23"))
    assert speakers(record) == {"孙海东": ("市委书记", ("讲话",))}
