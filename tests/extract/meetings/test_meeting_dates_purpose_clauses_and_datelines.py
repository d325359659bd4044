"""Meeting-date phrasings of purpose clauses, datelines and vague days:
a date in a leading purpose clause, the People's Daily dateline before the subject, a vague day after a
source, a year word before the venue, the part of the day of the meeting's own clause, a headline's
chair or bare kind of body as organizer, durations in names, Taiwan date ranges, a previous meeting's day.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _headlined(headline: str, body: str, published: str = "2024-05-08") -> str:
    """An invented page with a headline of its own."""
    return f"{headline}\n{published} 来源：某网\n{body}\n"


def _when(record: dict) -> list[tuple[str | None, str | None, str | None]]:
    """(date, date_text, time_of_day) of each meeting, in order."""
    return [(m["date"], m["date_text"], m["time_of_day"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("为庆祝5月12日国际护士节，5月10日下午，市人民医院召开2024年护士节表彰大会。", "2024-05-11",
         [("2024-05-10", "5月10日", "下午")]),
        ("为迎接6月1日国际儿童节，5月30日，县教育局召开“六一”系列活动筹备会。", "2024-05-31",
         [("2024-05-30", "5月30日", None)]),
        ("为确保6月30日前全面完成整改任务，5月7日，县委召开常委会会议进行专题部署。", "2024-05-08",
         [("2024-05-07", "5月7日", None)]),
        ("为确保6月7日至8日高考顺利进行，6月4日上午，县政府召开高考服务保障工作会议。", "2024-06-05",
         [("2024-06-04", "6月4日", "上午")]),
        ("为做好即将于5月20日召开的全县党代会筹备工作，县委于5月7日召开常委会会议。", "2024-05-08",
         [("2024-05-07", "5月7日", None)]),
        ("为办好5月16日举行的春季田径运动会，实验中学于昨日下午召开筹备工作会议。", "2024-05-08",
         [("2024-05-07", "昨日", "下午")]),
        # what worked already stays
        ("为贯彻落实5月6日全县防汛工作会议精神，5月7日，城关镇召开防汛工作会议。", "2024-05-08",
         [("2024-05-07", "5月7日", None)]),
        ("5月7日，为迎接5月12日全国防灾减灾日，县应急局召开防灾减灾宣传周工作部署会。", "2024-05-08",
         [("2024-05-07", "5月7日", None)]),
        # a holiday ahead alone dates nothing
        ("为庆祝5月12日国际护士节，市人民医院召开护士代表座谈会。", "2024-05-11", [(None, None, None)]),
    ],
)
def test_a_date_in_a_leading_purpose_clause_is_not_the_meetings(extract, body: str, published: str, expected: list) -> None:
    assert _when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报北京5月7日电（记者 王晓明）国家发展改革委今天上午召开新闻发布会。",
         [("新闻发布会", "2024-05-07", "国家发展改革委")]),
        ("本报北京5月7日电（记者 李红梅）全国政协今天上午在京举行双周协商座谈会。",
         [("双周协商座谈会", "2024-05-07", "全国政协")]),
        ("本报上海5月7日电（记者 王晓明）市政府今天上午召开新闻发布会。", [("新闻发布会", "2024-05-07", "市政府")]),
        ("本报5月7日电（记者 王晓明）市政府今天上午召开新闻发布会。", [("新闻发布会", "2024-05-07", "市政府")]),
        # the 讯 form, as before
        ("本报长沙5月7日讯（记者 刘建国）省委常委会今天下午召开会议。", [("会议", "2024-05-07", "省委常委会")]),
    ],
)
def test_the_peoples_daily_dateline_is_no_part_of_the_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_the_dateline_is_no_part_of_a_session_name(extract) -> None:
    record = extract(page("本报北京3月4日电（记者 李红梅）十四届全国人大二次会议主席团今天下午在人民大会堂举行第一次会议。",
                          "2024-03-05"))
    assert [(m["name"], m["organizer"]) for m in record["meetings"]] == [
        ("十四届全国人大二次会议主席团第一次会议", "十四届全国人大二次会议主席团")]
    assert not any("本报" in (m["name"] + (m["organizer"] or "")) for m in record["meetings"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("中新网北京5月7日电 据农业农村部网站消息，全国春季农业生产工作会议近日在湖南长沙召开。", [(None, "近日", None)]),
        ("中新网5月7日电 据农业农村部网站消息，全国春季农业生产工作会议日前在湖南长沙召开。", [(None, "日前", None)]),
        ("新华社北京5月7日电 据司法部消息，全国司法行政工作会议日前在京召开。", [(None, "日前", None)]),
        # the day the account states is the meeting's
        ("新华社北京5月7日电 国家发展改革委今天上午召开新闻发布会。", [("2024-05-07", "今天", "上午")]),
    ],
)
def test_a_vague_day_after_a_source_is_not_the_datelines(extract, body: str, expected: list) -> None:
    assert _when(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("公司党委会于今年5月6日上午在公司三楼会议室召开。", ("2024-05-06", "公司三楼会议室")),
        ("公司2023年年度股东大会于今年4月26日下午在公司总部会议室召开。", ("2024-04-26", "公司总部会议室")),
        ("某市旅游协会三届二次理事会于今年5月上旬在市会展中心召开。", (None, "市会展中心")),
        ("某市旅游协会三届二次理事会于2024年5月6日下午在市会展中心召开。", ("2024-05-06", "市会展中心")),
    ],
)
def test_a_year_word_before_the_venue(extract, body: str, expected: tuple) -> None:
    record = extract(page(body))
    assert [(m["date"], m["location"]) for m in record["meetings"]] == [expected]


def test_a_year_word_before_the_date_keeps_the_name(extract) -> None:
    record = extract(page("某市旅游协会三届二次理事会今年5月6日在市会展中心召开。"))
    assert [(m["date"], m["location"]) for m in record["meetings"]] == [("2024-05-06", "市会展中心")]
    assert record["meetings"][0]["name"].endswith("三届二次理事会")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日上午，县长刘建国深入某工业园区调研企业生产经营情况；下午，刘建国主持召开民营企业座谈会。",
         [("2024-05-07", "5月7日", "下午")]),
        ("5月7日上午，县长刘建国深入某工业园区调研企业生产经营情况。下午，刘建国主持召开民营企业座谈会。",
         [("2024-05-07", "5月7日", "下午")]),
        # the meeting in the morning's own clause stays in the morning
        ("5月7日上午，副县长李明辉先后到3家企业调研。随后，在城关镇政府召开企业座谈会。",
         [("2024-05-07", "5月7日", "上午")]),
    ],
)
def test_the_part_of_the_day_of_the_meetings_own_clause(extract, body: str, expected: list) -> None:
    assert _when(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "organizer"),
    [
        # the headline's chair is a person, no organizer (GUIDELINES §3); the body written in the session's name is
        # (the lead's ruling, fxn: a standing body's session with no number, §3 eighth round extended)
        ("市长刘建国主持召开市政府常务会议", "会议研究了城市更新等事项。市长刘建国主持会议并讲话。", "市政府"),
        ("县委书记王志强5月7日主持召开县委常委会会议", "县委常委会会议研究了近期重点工作。县委书记王志强主持会议并讲话。", "县委"),
        ("市长刘建国主持召开常务会议", "会议研究了城市更新等事项。市长刘建国主持会议并讲话。", None),
        # a body that holds it, named in the headline
        ("县政府召开第十五次常务会议", "5月7日上午，县长周敏主持召开县政府第十五次常务会议。", "县政府"),
    ],
)
def test_a_headlines_chair_is_no_organizer(extract, headline: str, body: str, organizer: str | None) -> None:
    record = extract(_headlined(headline, body))
    assert len(record["meetings"]) == 1
    assert record["meetings"][0]["organizer"] == organizer
    assert "主持" not in (record["meetings"][0]["organizer"] or "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("某市旅游协会三届二次理事会于昨日下午在市会展中心召开。", [("三届二次理事会", "2024-05-07", "某市旅游协会")]),
        ("某市旅游协会三届二次理事会于近日在市会展中心召开。", [("三届二次理事会", None, "某市旅游协会")]),
        ("某市旅游协会于本月6日上午在市会展中心召开三届二次理事会。", [("三届二次理事会", "2024-05-06", "某市旅游协会")]),
    ],
)
def test_a_bare_kind_of_body_in_the_headline_yields_to_the_body(extract, body: str, expected: list) -> None:
    record = extract(_headlined("协会召开理事会", body))
    assert held(record) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the body written before the plenary's term and round is its organizer: the lead's ruling, fxn)
        ("历时两天的市政协十五届三次会议昨天下午闭幕。", [("市政协十五届三次会议", "2024-05-07", "市政协")]),
        ("为期两天的市政协十五届三次会议昨天下午闭幕。", [("市政协十五届三次会议", "2024-05-07", "市政协")]),
        ("5月7日，县安委会召开全体成员会议，安排部署安全生产工作。", [("全体成员会议", "2024-05-07", "县安委会")]),
        # a party committee's meeting is no organizer
        ("5月7日，镇党委召开党委会，研究部署近期工作。", [("党委会", "2024-05-07", "镇党委")]),
    ],
)
def test_durations_and_safety_committees(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("內政部消防署於113年3月5日至7日假台中市召開113年度全國消防工作會議，署長蕭煥章主持。",
         ("内政部消防署", "2024-03-05", "113年3月5日至7日", "台中市")),
        ("內政部消防署於113年3月5日假台中市召開113年度全國消防工作會議，署長蕭煥章主持。",
         ("内政部消防署", "2024-03-05", "113年3月5日", "台中市")),
    ],
)
def test_a_taiwan_date_range_before_the_borrowed_venue(extract, body: str, expected: tuple) -> None:
    record = extract(page(body, "2024-03-10"))
    assert [(m["organizer"], m["date"], m["date_text"], m["location"]) for m in record["meetings"]] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委常委会会议日前召开。据了解，上次县委常委会会议于4月15日召开。", (None, "日前")),
        # the meeting's own day, told in a later sentence, still dates it
        ("县委常委会会议日前召开。据了解，此次会议于5月6日在县委第一会议室召开。", ("2024-05-06", "5月6日")),
    ],
)
def test_a_previous_meetings_day_does_not_date_this_one(extract, body: str, expected: tuple) -> None:
    record = extract(page(body))
    assert (record["meetings"][0]["date"], record["meetings"][0]["date_text"]) == expected
    assert all(m["date"] != "2024-05-07" for m in record["meetings"])
