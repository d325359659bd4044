"""Meeting dates of invented pages: the reporter's day of learning,
a day written only in the headline, bracketed programme labels, days told relative to the one
before, vague leads, page date lines in Chinese numerals, a weekday after the organizer; then a headline day
before a holiday, a post's stamp written with its year, and a campaign's period after its launch.
Invented sentences; the expected values follow corpus/GUIDELINES.md §2-3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


def when(record: dict) -> list[tuple[str | None, str | None, str | None]]:
    """(date, date_text, time_of_day) of each meeting, in order."""
    return [(m["date"], m["date_text"], m["time_of_day"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("记者3月8日获悉，3月6日，市文旅局召开全市文旅工作会议，局长王刚出席并讲话。", [("2024-03-06", "3月6日", None)]),
        ("3月8日，记者从市科技局获悉：3月6日，市科技局召开全市科技工作会议，局长王刚出席并讲话。",
         [("2024-03-06", "3月6日", None)]),
        ("记者3月8日获悉，3月6日下午，市住建局召开全市住建工作会议，局长王刚出席并讲话。", [("2024-03-06", "3月6日", "下午")]),
        ("日前，记者从3月6日召开的全县民营经济发展大会上了解到，今年全县将新增市场主体2000户。",
         [("2024-03-06", "3月6日", None)]),
        ("记者日前从3月6日召开的全市商务工作会议上获悉，今年全市外贸进出口目标增长5%。", [("2024-03-06", "3月6日", None)]),
        # already right, kept: the meeting's own day, or a vague one
        ("记者从3月5日召开的全县民营经济发展大会上获悉，今年全县将新增市场主体2000户。", [("2024-03-05", "3月5日", None)]),
        ("记者3月8日从市发改委了解到，市发改委于3月6日召开全市发展改革工作会议。", [("2024-03-06", "3月6日", None)]),
        ("记者3月8日从县委获悉，县委近日召开全县组织工作会议。", [(None, "近日", None)]),
        # the day learnt alone dates nothing
        ("记者3月8日获悉，县委召开全县组织工作会议，县委书记王刚出席并讲话。", [(None, None, None)]),
    ],
)
def test_the_day_the_reporter_learnt_it_is_not_the_meetings(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-03-09"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("【3月6日】县委召开全县乡村振兴工作会议\n2024-03-08 来源：某网\n县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n",
         [("2024-03-06", "3月6日", None)]),
        ("县委召开全县乡村振兴工作会议（3月6日）\n2024-03-08 来源：某网\n县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n",
         [("2024-03-06", "3月6日", None)]),
        ("3月5日 县委召开巡察工作动员部署会\n县委召开巡察工作动员部署会，县委书记王刚出席并讲话。\n发布日期：2024-03-06\n",
         [("2024-03-05", "3月5日", None)]),
        # the body's day wins over the headline's
        ("【3月6日】县委召开全县乡村振兴工作会议\n2024-03-08 来源：某网\n3月7日，县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n",
         [("2024-03-07", "3月7日", None)]),
        # a headline about a meeting ahead dates nothing
        ("县委将于3月20日召开全县乡村振兴工作会议\n2024-03-08 来源：某网\n县委召开全县乡村振兴工作会议筹备会，县委书记王刚出席并讲话。\n",
         [(None, None, None)]),
    ],
)
def test_a_day_given_only_in_the_headline(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委召开全县乡村振兴工作会议\n【时间】2024年3月6日上午\n【地点】县会议中心\n"
         "县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n",
         ("2024-03-06", "2024年3月6日", "上午", "县会议中心")),
        ("县委召开全县乡村振兴工作会议\n[时间] 3月6日上午\n县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n",
         ("2024-03-06", "3月6日", "上午", None)),
        ("县委召开全县乡村振兴工作会议\n【时间】3月6日\n县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n",
         ("2024-03-06", "3月6日", None, None)),
        ("全县经济工作会议召开\n全县经济工作会议在县会议中心召开。会议时间为3月6日上午，县委书记王刚出席并讲话。\n",
         ("2024-03-06", "3月6日", "上午", "县会议中心")),
        # the plain labels, already right
        ("县委召开全县乡村振兴工作会议\n时间：3月6日\n地点：县委党校\n县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n",
         ("2024-03-06", "3月6日", None, "县委党校")),
    ],
)
def test_programme_labels(extract, text: str, expected: tuple) -> None:
    m = extract(text, "2024-03-08")["meetings"][0]
    assert (m["date"], m["date_text"], m["time_of_day"], m["location"]) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("5月24日，县委召开常委会会议。前一天，县政府召开常务会议，研究部署防汛工作。", "2024-05-27",
         [("2024-05-24", "5月24日", None), ("2024-05-23", "前一天", None)]),
        ("3月7日，县委召开常委会会议。前一日，县政府召开第22次常务会议，研究部署防汛工作。", "2024-03-08",
         [("2024-03-07", "3月7日", None), ("2024-03-06", "前一日", None)]),
        ("5月24日，县委召开常委会会议。次日，县政府召开常务会议，研究部署防汛工作。", "2024-05-27",
         [("2024-05-24", "5月24日", None), ("2024-05-25", "次日", None)]),
        ("近期，县农业农村局召开农产品质量安全工作会，局长孙明主持。", "2024-03-08", [(None, "近期", None)]),
        ("近段时间，县市场监管局召开食品安全工作会，局长孙明主持。", "2024-03-08", [(None, "近段时间", None)]),
        # 近期 as a matter dealt with is no day of the meeting
        ("县政府召开常务会议，研究部署近期重点工作，县长王刚主持。", "2024-03-08", [(None, None, None)]),
    ],
)
def test_relative_and_vague_days(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("text", "published", "meeting"),
    [
        ("香港中华总商会举行会员大会\n二〇二四年三月八日\n香港中华总商会今日举行会员大会，会长蔡冠深主持。\n",
         "2024-03-08", "2024-03-08"),
        ("记者会\n二○二四年三月五日\n香港中华总商会昨日举行记者会，会长蔡冠深主持。\n", "2024-03-05", "2024-03-04"),
        ("臺北市政會議\n民國一一三年三月五日\n臺北市政府今日召開市政會議，市長蔣萬安主持。\n", "2024-03-05", "2024-03-05"),
        # a body sentence opening with the day is no date line
        ("县委召开常委会会议\n二〇二四年三月五日上午，县委召开常委会会议，县委书记王刚主持。\n", None, "2024-03-05"),
    ],
)
def test_page_date_lines_in_chinese_numerals(extract, text: str, published: str | None, meeting: str) -> None:
    record = extract(text)
    assert (record["published"], record["meetings"][0]["date"]) == (published, meeting)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县政府周三召开第21次常务会议，县长王刚主持。", [("第21次常务会议", "2024-05-08", "县政府")]),
        ("市政府周四召开常务会议，市长王刚主持。", [("常务会议", "2024-05-02", "市政府")]),
        ("市政府上周五召开常务会议，市长王刚主持。", [("常务会议", "2024-05-03", "市政府")]),
    ],
)
def test_a_weekday_is_no_part_of_the_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # learnt at the meeting: the day learnt is the meeting's
        ("记者3月6日从全县人才工作会议上获悉，去年全县引进各类人才1200余人。县委书记王刚在会上讲话。",
         "2024-03-09", [("2024-03-06", "3月6日", None)]),
        ("3月6日，记者从全县人才工作会议上获悉，去年全县引进各类人才1200余人。县委书记王刚在会上讲话。",
         "2024-03-09", [("2024-03-06", "3月6日", None)]),
        ("记者在3月6日的全县人才工作会议上了解到，去年全县引进各类人才1200余人。县委书记王刚在会上讲话。",
         "2024-03-09", [("2024-03-06", "3月6日", None)]),
        ("记者昨天在全县人才工作会议上获悉，去年全县引进各类人才1200余人。县委书记王刚在会上讲话。",
         "2024-03-09", [("2024-03-08", "昨天", None)]),
        # a byline's 记者 starts no reporter's clause: the meeting's own day before 记者在会上获悉
        ("本报讯（记者 王五）3月6日上午，县委召开全县人才工作会议，记者在会上获悉，去年全县引进各类人才1200余人。"
         "县委书记王刚出席会议并讲话。", "2024-03-09", [("2024-03-06", "3月6日", "上午")]),
        ("本报讯（记者 王五）昨日，县委召开全县人才工作会议，记者从会上了解到，去年全县引进人才1200余人。"
         "县委书记王刚出席会议并讲话。", "2024-03-09", [("2024-03-08", "昨日", None)]),
        ("本报讯（记者 王五）3月6日，县委召开全县人才工作会议，记者从会议上获悉，去年全县引进人才1200余人。",
         "2024-03-09", [("2024-03-06", "3月6日", None)]),
        # learnt elsewhere: a day in a lead clause or in what the meeting dealt with is not its day
        ("记者3月8日获悉，为迎接3月12日植树节，县林业局召开义务植树动员会，局长张林出席并讲话。",
         "2024-03-09", [(None, None, None)]),
        ("记者3月8日获悉，县委召开常委会会议，传达学习3月5日开幕的十四届全国人大二次会议精神。县委书记王刚主持会议。",
         "2024-03-09", [(None, None, None)]),
        ("8月11日，记者从市商务局获悉，全市招商引资推进会于8月9日召开，副市长刘洋出席会议并讲话。",
         "2024-08-12", [("2024-08-09", "8月9日", None)]),
    ],
)
def test_learnt_at_the_meeting_or_elsewhere(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published)))[:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's stamp, under the headline or at the foot, is no programme line
        ("县委召开全县乡村振兴工作会议\n【时间】2024-03-07 10:21  【来源】县委组织部  【字号：大 中 小】\n"
         "县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n", (None, None)),
        ("县委召开全县乡村振兴工作会议\n[时间] 2024-03-07 [来源] 县委组织部\n"
         "县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n", (None, None)),
        ("县委召开全县乡村振兴工作会议\n县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n"
         "【编辑】李丽  【审核】张三\n【时间】2024-03-07\n", (None, None)),
        ("县委召开全县乡村振兴工作会议\n县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n"
         "【责任编辑】李丽\n【时间】2024-03-07\n", (None, None)),
        # a programme line, the day written out or the place's line below
        ("县委召开全县乡村振兴工作会议\n【时间】2024年3月6日上午9:00\n【参会人员】各乡镇党委书记\n"
         "县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n", ("2024-03-06", "2024年3月6日")),
        ("县委召开全县乡村振兴工作会议\n【时间】2024-03-06 09:00\n【地点】县会议中心\n"
         "县委召开全县乡村振兴工作会议，县委书记王刚出席并讲话。\n", ("2024-03-06", "2024-03-06")),
    ],
)
def test_a_pages_stamp_is_no_programme_line(extract, text: str, expected: tuple) -> None:
    m = extract(text, "2024-03-08")["meetings"][0]
    assert (m["date"], m["date_text"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全县经济工作会议在县会议中心召开，县委书记王刚出席并讲话。本次会议时间为3月6日上午。", ("2024-03-06", "3月6日")),
        ("全县经济工作会议在县会议中心召开，县委书记王刚出席并讲话。会议时间为3月6日上午，会期半天。", ("2024-03-06", "3月6日")),
        # the time of a campaign or of a meeting planned, or a day ahead, is no day of this meeting
        ("县委召开全县人才工作会议，县委书记王刚出席会议并讲话。会议部署开展“人才招聘月”活动。活动时间为3月15日至4月15日。",
         (None, None)),
        ("县委召开全县人才工作会议，县委书记王刚出席会议并讲话。会议决定举办人才招聘大会。大会时间为3月20日。", (None, None)),
        ("县委召开全县人才工作会议，县委书记王刚出席会议并讲话。会议安排部署“人才周”活动。活动时间是3月18日至24日。",
         (None, None)),
        ("县委召开全县人才工作会议，县委书记王刚出席会议并讲话。会议时间为3月20日，请各单位做好准备。", (None, None)),
        ("县委召开全县人才工作会议，县委书记王刚出席会议并讲话。下次会议时间为4月6日。", (None, None)),
    ],
)
def test_the_time_stated_of_this_meeting_only(extract, body: str, expected: tuple) -> None:
    m = extract(page(body, "2024-03-10"))["meetings"][0]
    assert (m["date"], m["date_text"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("【3月6日】县委召开人才工作会议\n2024-03-10 来源：某网\n县委召开人才工作会议，县委书记王刚出席会议并讲话。\n",
         ("2024-03-06", "3月6日")),
        ("县委3月6日召开人才工作会议\n2024-03-10 来源：某网\n县委召开人才工作会议，县委书记王刚出席会议并讲话。\n",
         ("2024-03-06", "3月6日")),
        # a day in what the meeting dealt with, or a day ahead, dates nothing
        ("县委召开常委会会议传达学习习近平总书记3月5日重要讲话精神\n2024-03-10 来源：某网\n"
         "县委召开常委会会议，传达学习习近平总书记重要讲话精神，县委书记王刚主持会议并讲话。\n", (None, None)),
        ("县委召开常委会会议 部署3月12日植树节活动\n2024-03-10 来源：某网\n"
         "县委召开常委会会议，研究部署义务植树活动，县委书记王刚主持会议。\n", (None, None)),
        ("【3月12日】县委召开人才工作会议\n2024-03-10 来源：某网\n县委召开人才工作会议，县委书记王刚出席会议并讲话。\n",
         (None, None)),
    ],
)
def test_a_headlines_day_only_where_it_dates_the_meeting(extract, text: str, expected: tuple) -> None:
    m = extract(text)["meetings"][0]
    assert (m["date"], m["date_text"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("（记者 王五）近期，县委召开常委会会议，研究防汛工作，县委书记刘洋主持会议。", [(None, "近期", None)]),
        ("本报讯 近段时间，县委召开常委会会议，研究防汛工作，县委书记刘洋主持会议。", [(None, "近段时间", None)]),
        # 近期 in what was asked, or leading another sentence, is no date of the meeting
        ("县委召开常委会会议，研究防汛工作，会议要求，近期，各地要加强值班值守。", [(None, None, None)]),
        ("会上，县委书记刘洋强调，近期，各地要加强值班值守。县委召开常委会会议，研究防汛工作。", [(None, None, None)]),
        ("近期，全县降雨偏多。县委召开常委会会议，研究防汛工作，县委书记刘洋主持会议。", [(None, None, None)]),
    ],
)
def test_a_vague_period_leads_only_the_meetings_own_sentence(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-05-25"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 前一天 counts back from the day named just before it, not from the main meeting's
        ("5月20日，县委召开常委会会议。5月23日，县里遭遇强降雨。前一天，县政府召开防汛调度会。",
         [("2024-05-20", "5月20日", None), ("2024-05-22", "前一天", None)]),
        ("5月24日上午，县委召开常委会会议，研究防汛工作。前一天晚上，县防指召开紧急会商会，部署应对强降雨。",
         [("2024-05-24", "5月24日", "上午"), ("2024-05-23", "前一天", "晚上")]),
        # the day before a vague one is not known
        ("5月20日，县委召开常委会会议。近日，县里遭遇强降雨。前一天，县政府召开防汛调度会。",
         [("2024-05-20", "5月20日", None), (None, "前一天", None)]),
    ],
)
def test_the_day_before_the_one_named_last(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-05-25"))) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday before 主持 dates the meeting; it is no name after a title
        ("县委召开会议\n县委书记王刚周三主持召开县委常委会会议，研究部署春耕工作。\n", "2024-03-06",
         ("2024-03-06", "周三", {"王刚": ("县委书记", ("主持",))})),
        ("市委书记周一主持召开专题会议\n市委书记何伟周一在市委主持召开专题会议，研究部署城市管理工作。\n", "2024-09-20",
         ("2024-09-16", "周一", {"何伟": ("市委书记", ("主持",))})),
        # a name that reads like no weekday stays a name
        ("县委召开会议\n县委书记周一鸣主持召开县委常委会会议，研究部署春耕工作。\n", "2024-03-06",
         (None, None, {"周一鸣": ("县委书记", ("主持",))})),
    ],
)
def test_a_weekday_before_the_chair_is_no_name(extract, text: str, published: str, expected: tuple) -> None:
    record = extract(text, published)
    m = record["meetings"][0]
    assert (m["date"], m["date_text"], speakers(record)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委召开全县人才工作会议\n二〇二四年三月八日 来源：县委组织部\n今日，县委召开全县人才工作会议，县委书记王刚出席会议并讲话。\n",
         ("2024-03-08", "2024-03-08")),
        # a body sentence opening with such a day is no date line
        ("县委召开全县人才工作会议\n二〇二四年三月五日，县委召开全县人才工作会议，县委书记王刚出席会议并讲话。\n", (None, "2024-03-05")),
    ],
)
def test_a_date_line_in_chinese_numerals_before_its_source(extract, text: str, expected: tuple) -> None:
    record = extract(text)
    assert (record["published"], record["meetings"][0]["date"]) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a headline's leading day followed by a holiday ahead is the holiday's: the meeting was held before it
        ("3月8日妇女节前夕 县妇联召开巾帼建功座谈会\n县妇联召开巾帼建功座谈会，表彰先进，部署工作。县妇联主席李娟主持。\n",
         "2024-03-10", (None, None)),
        ("县妇联召开座谈会\n3月8日妇女节前夕 县妇联召开巾帼建功座谈会\n县妇联召开巾帼建功座谈会，表彰先进，部署工作。县妇联主席李娟主持。\n",
         "2024-03-10", (None, None)),
        ("3月12日植树节即将到来之际 县林业局召开义务植树动员会\n县林业局召开义务植树动员会，安排部署今年义务植树工作。局长张明主持。\n",
         "2024-03-13", (None, None)),
        # the day alone, leading the headline, is the meeting's
        ("3月8日 县妇联召开巾帼建功座谈会\n县妇联召开巾帼建功座谈会，表彰先进，部署工作。县妇联主席李娟主持。\n",
         "2024-03-10", ("2024-03-08", "3月8日")),
    ],
)
def test_a_headline_day_before_a_holiday(extract, text: str, published: str, expected: tuple) -> None:
    m = extract(text, published)["meetings"][0]
    assert (m["date"], m["date_text"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's stamp with its year, its source or staff on the line, or alone above the body
        ("县统计局召开全县统计工作会议\n【时间】2024年3月11日 来源：县统计局\n"
         "县统计局召开全县统计工作会议，总结去年统计工作。局长张明出席并讲话。\n", (None, None)),
        ("县统计局召开全县统计工作会议\n【时间】2024年3月11日 作者：王平\n"
         "县统计局召开全县统计工作会议，总结去年统计工作。局长张明出席并讲话。\n", (None, None)),
        ("县统计局召开全县统计工作会议\n【时间】2024年03月11日\n"
         "县统计局召开全县统计工作会议，总结去年统计工作。局长张明出席并讲话。\n", (None, None)),
        # a programme: the place's line below
        ("县统计局召开全县统计工作会议\n【时间】2024年3月11日\n【地点】县统计局三楼会议室\n"
         "县统计局召开全县统计工作会议，总结去年统计工作。局长张明出席并讲话。\n", ("2024-03-11", "2024年3月11日")),
    ],
)
def test_a_stamp_written_with_its_year_is_no_programme_line(extract, text: str, expected: tuple) -> None:
    m = extract(text, "2024-03-12")["meetings"][0]
    assert (m["date"], m["date_text"]) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # the period of the campaign a ceremony launched is no day of the ceremony
        ("全县“人才服务月”活动启动仪式在县人才市场举行。副县长李娜宣布活动启动。本次活动时间为3月1日至3月31日。",
         "2024-03-12", [(None, None, None)]),
        # an activity held as the meeting: its time is the meeting's
        ("县委组织部“七一”主题党日活动在县党群服务中心举行，全体党员参加。本次活动时间为7月1日上午。",
         "2024-07-02", [("2024-07-01", "7月1日", "上午")]),
    ],
)
def test_a_campaigns_period_is_no_ceremonys_day(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reporter learnt the news at the headline's meeting: that day is the meeting's
        ("10月14日，记者从全县人才工作会议上了解到，今年以来全县共引进高层次人才86名。县委书记王强出席会议并讲话。",
         [("全县人才工作会议", "2024-10-14", None)]),
        ("记者10月14日在会上了解到，今年以来全县共引进高层次人才86名。县委书记王强在会上强调，要持续优化人才发展环境。",
         [("全县人才工作会议", "2024-10-14", None)]),
        # learnt elsewhere, or at another meeting: the day is no day of this one
        ("10月14日，记者从县委组织部了解到，今年以来全县共引进高层次人才86名。县委书记王强出席会议并讲话。",
         [("全县人才工作会议", None, None)]),
        ("10月14日，记者从全省人才工作会议上了解到，今年以来全省共引进高层次人才860名。县委书记王强出席会议并讲话。",
         [("全县人才工作会议", None, None)]),
    ],
)
def test_learnt_at_the_headlines_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(f"全县人才工作会议召开\n2024-10-15 来源：某网\n{body}\n")) == expected
