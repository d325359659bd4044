"""Meeting dates in long government and party-building reports. Invented sentences; the expected
values follow corpus/GUIDELINES.md.

- 即将到来/即将来临 of a season or occasion in a lead clause (为应对即将到来的汛期，县政府召开…会议，由县长某某主持) is no
  future marker: the meeting is held (§3) and its chair and speakers keep their roles (§4). 即将 before a verb of its own
  (即将召开, 即将由某某主持) still puts the act ahead.
- A count joined after an uncounted group (各局处首长及十三位乡镇市长与会) covers only a part of those present: no attendee
  count (§3 sixteenth review round); a total counted over the whole group still counts.
- A photo caption with a comma after its day (图为3月18日下午，推进会现场) dates a 近日 meeting (§3 sixteenth review
  round), also when it names the page's one meeting by its kind alone (推进会 for “…”主题推进会); a caption of another
  scene, or of a kind on a page of two meetings, dates nothing.
- A sitting held 随后 after a dated act told within a congress of a span of days (6日下午，大会选举…。在随后召开的…
  全委会议上) takes that day and part of the day (§3 thirteenth review round: 随即/随后 after a dated act).
- A lecture named by its topic in book-title marks right before its kind (作了《…》专题讲座) is a lecture given,
  named as written with the marks, like 关于…的专题讲座 (§3 thirteenth review round); 题为《…》的 stays apart.
- 大会由某某主持 after a later sitting told within a congress (在随后召开的…全委会议上) chairs the congress, the one
  meeting called 大会 (§3 host: the person who chairs it).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


def _counts(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


def _dates(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["time_of_day"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("为应对即将到来的汛期，县政府召开防汛工作会议，由县长王建国主持。王建国强调，要压实防汛责任。"),
         {"王建国": ("县长", ("主持", "讲话"))}),
        (page("面对即将来临的台风，5月6日上午，市政府召开防台风工作会议，副市长李海涛主持会议并讲话。"),
         {"李海涛": ("副市长", ("主持", "讲话"))}),
        (page("针对即将到来的高考，县教育局召开考务工作会议，局长赵红梅主持。"),
         {"赵红梅": ("局长", ("主持",))}),
        (page("因應即將到來的梅雨季，嘉南縣政府11日上午召開災害防救會報，由縣長林志明主持。林志明表示，各單位務必提早完成整備。"),
         {"林志明": ("县长", ("主持", "讲话"))}),
        # negatives: 即将 before the act itself stays a plan
        (page("县政府即将召开防汛工作会议，由县长王建国主持。"), {}),
        (page("防汛工作会议即将于5月20日召开，届时县长王建国将主持会议。"), {}),
    ],
)
def test_time_coming_is_no_plan(extract, text, expected):
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("县政府11日上午召开防灾会报，由县长林志明主持，各局处首长及十三位乡镇市长与会。"), [("防灾会报", None)]),
        (page("县政府召开防汛工作会议，有关部门负责人和20名企业代表参加会议。"), [("防汛工作会议", None)]),
        (page("市委召开座谈会，全体市领导及30名企业家代表出席。"), [("座谈会", None)]),
        # negatives: a count over the whole group, or with no uncounted group beside it
        (page("县政府召开防汛工作会议，各乡镇、各部门主要负责人共60余人参加会议。"), [("防汛工作会议", 60)]),
        (page("县政府召开防汛工作会议，全体机关干部及退休干部代表共150人参加。"), [("防汛工作会议", 150)]),
        (page("县政府召开防汛工作会议，县直部门负责人20人参加会议。"), [("防汛工作会议", 20)]),
    ],
)
def test_part_counted_beside_uncounted_group(extract, text, expected):
    assert _counts(extract(text)) == expected


_BODY = "近日，江城市妇联召开“巾帼建新功”主题推进会，部署今年重点任务。市妇联主席何丽萍出席并讲话。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page(_BODY + "（图为3月18日下午，推进会现场。江城市妇联供图）", "2024-03-20"),
         [("“巾帼建新功”主题推进会", "2024-03-18", "下午")]),
        (page(_BODY + "图为3月18日上午，会议现场。", "2024-03-20"), [("“巾帼建新功”主题推进会", "2024-03-18", "上午")]),
        (page(_BODY + "图为3月19日，“巾帼建新功”主题推进会现场。", "2024-03-20"),
         [("“巾帼建新功”主题推进会", "2024-03-19", None)]),
        (page("日前，县人社局召开就业工作座谈会，局长孙伟主持。\n图为5月6日，座谈会现场。", "2024-05-08"),
         [("就业工作座谈会", "2024-05-06", None)]),
        # negatives: another scene; a kind alone on a page of two meetings; a day long before publication
        (page(_BODY + "图为3月18日下午，市领导调研企业现场。", "2024-03-20"), [("“巾帼建新功”主题推进会", None, None)]),
        (page("近日，县委召开常委会会议。会后，县委召开座谈会。\n图为3月18日，座谈会现场。", "2024-03-20"),
         [("常委会会议", None, None), ("座谈会", None, None)]),
        (page(_BODY + "图为1月5日下午，推进会现场。", "2024-03-20"), [("“巾帼建新功”主题推进会", None, None)]),
    ],
)
def test_caption_after_comma_dates_near_meeting(extract, text, expected):
    assert _dates(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("3月5日至6日，县科协第九次代表大会在县委党校召开。6日下午，大会选举产生了新一届委员会。"
              "在随后召开的九届一次全委会议上，选举产生了主席、副主席。大会由县科协党组书记、副主席陈亮主持。"),
         [("县科协第九次代表大会", "陈亮"), ("九届一次全委会议", None)]),
        (page("县妇女第十三次代表大会在县会堂开幕。会后，召开了主席团第一次会议，推选了执行主席。"
              "大会由县妇联主席刘敏主持。"),
         [("县妇女第十三次代表大会", "刘敏"), ("主席团第一次会议", None)]),
        # negatives: the later meeting named by its own kind; two meetings called 大会
        (page("县委召开全县经济工作会议。会后，县委召开表彰大会，表彰先进。大会由县长王强主持。"),
         [("全县经济工作会议", None), ("表彰大会", "王强")]),
        (page("县总工会召开第十七次代表大会。会后，召开了主席团会议。会议由县总工会主席周平主持。"),
         [("县总工会第十七次代表大会", None), ("主席团会议", "周平")]),
    ],
)
def test_dahui_chair_after_sitting(extract, text, expected):
    assert _hosts(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("3月5日至6日，县科协第九次代表大会在县委党校召开。县委副书记李卫东到会讲话。6日下午，大会选举产生了新一届委员会。"
              "在随后召开的九届一次全委会议上，选举产生了主席、副主席。", "2024-03-07"),
         [("县科协第九次代表大会", "2024-03-05", None), ("九届一次全委会议", "2024-03-06", "下午")]),
        (page("4月8日至9日，县第十五次党代会在县会堂召开。9日上午，大会选举产生了新一届县委委员。"
              "随后，县委召开十五届一次全会，选举产生了县委常委。", "2024-04-10"),
         [("县第十五次党代会", "2024-04-08", None), ("十五届一次全会", "2024-04-09", "上午")]),
        # negatives: no day told between (some day of the span, not stated); a deadline between is no day told
        (page("9月25日至26日，县第十五次党代会召开。在随后召开的十五届一次全会上，选举产生了常委。", "2024-09-27"),
         [("县第十五次党代会", "2024-09-25", None), ("十五届一次全会", None, None)]),
        (page("3月5日至6日，县科协第九次代表大会在县委党校召开。大会要求3月20日前完成换届材料报送。"
              "在随后召开的九届一次全委会议上，选举产生了主席。", "2024-03-07"),
         [("县科协第九次代表大会", "2024-03-05", None), ("九届一次全委会议", None, None)]),
    ],
)
def test_sitting_after_dated_act_in_span(extract, text, expected):
    assert _dates(extract(text)) == expected


_CLASS = "今天上午，全县村级后备力量培训班在县委党校开班。县委常委、组织部部长苏红出席开班式并讲话。开班式后，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page(_CLASS + "县委党校副校长冯涛作了《新时代村级组织建设》专题讲座。"),
         ["全县村级后备力量培训班", "《新时代村级组织建设》专题讲座"]),
        (page(_CLASS + "省委党校教授李明作《乡村振兴政策解读》讲座。"), ["全县村级后备力量培训班", "《乡村振兴政策解读》讲座"]),
        (page("5月6日下午，研究员陈刚在物理楼报告厅作《量子计算前沿进展》学术报告。"), ["《量子计算前沿进展》学术报告"]),
        # negatives: a book read or a lecture heard, ahead, or with 题为…的 (its name is the kind)
        (page(_CLASS + "学员们集中阅读了《新时代村级组织建设》。"), ["全县村级后备力量培训班"]),
        (page(_CLASS + "学员们听了《新时代村级组织建设》专题讲座。"), ["全县村级后备力量培训班"]),
        (page(_CLASS + "县委党校副校长冯涛作了题为《新时代村级组织建设》的专题讲座。"), ["全县村级后备力量培训班", "专题讲座"]),
    ],
)
def test_lecture_named_by_book_title(extract, text, expected):
    assert [m["name"] for m in extract(text)["meetings"]] == expected
