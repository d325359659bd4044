"""Meeting shapes of past editions told in passing, forecasts and bracketed dates, eighth review round (meetings/test_meeting_plans_by_any_subject.py holds earlier cases of the same rules): past editions told
in passing (前四届论坛分别于2020年至2023年举办) are a series, no meeting (GUIDELINES §3, eighth round); a bracketed
date after 今晚/昨晚 (HK house style, 今晚（三月二日）) leaves the organizer and the venue of a passive subject as they
are without it (§3 organizer, location); a courtesy call (会见) told 签约前/签约后/仪式结束后 after a signing ceremony is
talks held on its day (§3, seventh round); a quoted lecture series before its session (“青年学者论坛”第五期学术报告) is
not cut to the series' name (§3 name); a passing-out parade held (结业会操, 毕业会操) is a ceremony (§3, eighth round);
the listeners of a lecture (为200余名读者作了…的讲座) attend it (§3 attendee_count, eighth round). Invented sentences;
the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held, page


def _places(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, organizer, location) of each meeting, in order."""
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    """(name, attendee_count, attendee_approx) of each meeting, in order."""
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


# M3: past editions told in passing


@pytest.mark.parametrize(
    "body",
    [
        "记者获悉，第五届滨江音乐论坛将于10月8日至9日举办。前四届论坛分别于2020年至2023年举办。",
        "记者获悉，第五届滨江音乐论坛将于10月8日至9日举办，预计约500人参会。前四届论坛分别于2020年至2023年举办。",
        "第三届江城数字经济峰会将于6月举行。前两届峰会分别于2022年和2023年在江城举办，共吸引3000余人参会。",
        "据介绍，本届研讨会是该系列的第六届。前五届研讨会先后在北京、上海等地举行。",
        "明年还将举办第七届年会。历届年会均在江城召开。",
    ],
)
def test_past_editions_told_in_passing_are_no_meeting(extract, body: str) -> None:
    assert extract(page(body, published="2024-05-10"))["meetings"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the edition held is kept, the past ones told after it add nothing
        ("第十届读书节开幕式昨日举行。此前九届读书节分别于2015年至2023年举办。", [("第十届读书节开幕式", "2024-05-09")]),
        ("5月8日，第五届滨江音乐论坛在滨江剧院开幕，约500人参会。前四届论坛分别于2020年至2023年举办。",
         [("第五届滨江音乐论坛", "2024-05-08")]),
        # NEGATIVE: a session of a numbered congress is no past edition
        ("5月8日，九届县人大二次会议在县会堂开幕。", [("九届县人大二次会议", "2024-05-08")]),
    ],
)
def test_the_edition_held_stays(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body, published="2024-05-10"))) == expected


def test_a_forecast_is_no_attendee_count(extract) -> None:
    body = "5月8日，第五届滨江音乐论坛在滨江剧院开幕。本届论坛为期两天，预计吸引约800人参会。"
    assert _counts(extract(page(body, published="2024-05-10"))) == [("第五届滨江音乐论坛", None, False)]


# M5: a bracketed date after 今晚/昨晚 in a passive subject


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("由民政總署主辦、長者服務協會協辦的敬老聯歡會今晚（三月二日）在文化中心舉行，約五百名長者出席。",
         [("敬老联欢会", "民政总署", "文化中心")]),
        ("由民政總署主辦、長者服務協會協辦的敬老聯歡會今晚（3月2日）在文化中心舉行。", [("敬老联欢会", "民政总署", "文化中心")]),
        ("由青年事務委員會主辦的青年論壇昨晚（五月九日）於大學禮堂舉行。", [("青年论坛", "青年事务委员会", "大学礼堂")]),
        ("敬老聯歡會今晚（9日）在文化中心舉行。", [("敬老联欢会", None, "文化中心")]),
        # NEGATIVE: the same without the bracket, and with 今日 before it, as before
        ("由民政總署主辦、長者服務協會協辦的敬老聯歡會今晚在文化中心舉行，約五百名長者出席。",
         [("敬老联欢会", "民政总署", "文化中心")]),
        ("由教育局主辦、家長聯會協辦的家校合作研討會今日（五月九日）在會展中心舉行。", [("家校合作研讨会", "教育局", "会展中心")]),
    ],
)
def test_a_bracketed_date_after_tonight_keeps_organizer_and_venue(extract, body: str, expected: list) -> None:
    assert _places(extract(page(body, published="2024-05-10"))) == expected


def test_the_headline_subject_does_not_replace_the_organizer(extract) -> None:
    text = ("長者服務協會舉辦敬老聯歡會\n2024-05-10 来源：某网\n"
            "由民政總署主辦、長者服務協會協辦的敬老聯歡會今晚（五月十日）在文化中心舉行，約五百名長者出席。\n")
    record = extract(text)
    assert _places(record) == [("敬老联欢会", "民政总署", "文化中心")]
    assert _counts(record) == [("敬老联欢会", 500, True)]


# M4: a courtesy call told around a signing ceremony


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月9日，东城区重点项目签约仪式在区政务中心举行。签约前，区长王力会见了企业负责人。",
         [("东城区重点项目签约仪式", "2024-05-09"), ("会见", "2024-05-09")]),
        ("5月9日，东城区重点项目签约仪式在区政务中心举行。区长王力出席并致辞。签约前，区长王力会见了企业负责人。",
         [("东城区重点项目签约仪式", "2024-05-09"), ("会见", "2024-05-09")]),
        ("5月9日，东城区政府在区政务中心举行重点项目签约仪式。签约前，区长王力会见了华信集团董事长李强一行。",
         [("重点项目签约仪式", "2024-05-09"), ("会见", "2024-05-09")]),
        ("5月8日，滨海市与华信集团战略合作签约仪式在市行政中心举行。仪式结束后，市长刘伟会见了客人一行。",
         [("滨海市与华信集团战略合作签约仪式", "2024-05-08"), ("会见", "2024-05-08")]),
        ("5月8日，滨海市与华信集团战略合作签约仪式在市行政中心举行。签约后，市长刘伟在市行政中心会见了华信集团董事长。",
         [("滨海市与华信集团战略合作签约仪式", "2024-05-08"), ("会见", "2024-05-08")]),
        # NEGATIVE: talks with a day of their own keep it; 会前 may tell an earlier day; background told 此前
        ("5月9日，东城区重点项目签约仪式在区政务中心举行。签约前，区长王力于5月8日会见了企业负责人。",
         [("东城区重点项目签约仪式", "2024-05-09"), ("会见", "2024-05-08")]),
        ("5月9日，东城区重点项目签约仪式在区政务中心举行。会前，区长王力会见了企业负责人。",
         [("东城区重点项目签约仪式", "2024-05-09")]),
        ("5月9日，滨海市与华信集团战略合作签约仪式在市行政中心举行。此前，市长刘伟曾于4月在北京会见了华信集团董事长。",
         [("滨海市与华信集团战略合作签约仪式", "2024-05-09")]),
    ],
)
def test_a_courtesy_call_around_a_signing(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body, published="2024-05-10"))) == expected


# M2: a quoted lecture series before its session in the headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("文学院举办“青年学者论坛”第五期学术报告\n2024-05-10 来源：某网\n"
         "5月8日下午，北京大学教授王立新在文学院报告厅作题为《宋词与城市》的学术报告。报告会由文学院院长李明主持。\n",
         [("报告会", "2024-05-08", None)]),
        ("文学院举办“青年学者论坛”第五期学术报告\n2024-05-10 来源：某网\n"
         "5月8日下午，北京大学教授王立新在文学院报告厅作了学术报告。\n",
         [("学术报告", "2024-05-08", None)]),
        ("物理学院举办“名师讲坛”第十二期学术讲座\n2024-05-10 来源：某网\n"
         "5月8日下午，清华大学教授陈刚在物理楼报告厅作题为《量子计算前沿》的学术报告。报告会由副院长张华主持。\n",
         [("“名师讲坛”第十二期学术讲座", "2024-05-08", "物理学院")]),
    ],
)
def test_a_series_before_its_session_is_not_the_name(extract, text: str, expected: list) -> None:
    meetings = held(extract(text))
    assert meetings == expected
    assert all(name not in ("青年学者论坛", "“青年学者论坛", "名师讲坛", "“名师讲坛") for name, _, _ in meetings)


def test_a_quoted_series_session_held_by_a_body(extract) -> None:
    body = "5月8日，县政协举办“委员讲堂”第八期，邀请专家解读新政策。"
    assert held(extract(page(body, published="2024-05-10"))) == [("“委员讲堂”第八期", "2024-05-08", "县政协")]


# M6: a passing-out parade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香港警察學院舉行結業會操\n2024-05-10 来源：某网\n香港警察學院今日舉行結業會操，保安局局長李明擔任檢閱官並致辭。\n",
         [("结业会操", "2024-05-10", "香港警察学院")]),
        ("标题\n2024-05-10 来源：某网\n5月9日，省警官学院举行毕业会操，副省长王强检阅学员队伍并讲话。\n",
         [("毕业会操", "2024-05-09", "省警官学院")]),
        ("标题\n2024-05-10 来源：某网\n消防及救護學院昨日（五月九日）舉行學員結業會操，消防處處長擔任檢閱官。\n",
         [("学员结业会操", "2024-05-09", "消防及救护学院")]),
        # NEGATIVE: drill practice and a parade ground are no ceremony
        ("标题\n2024-05-10 来源：某网\n5月9日，学员们在操场上进行会操训练。\n", []),
    ],
)
def test_a_passing_out_parade_is_a_ceremony(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


# M7: the listeners of a lecture


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月9日上午，作家李明远在市图书馆为200余名读者作了题为《阅读与人生》的讲座。", [("讲座", 200, True)]),
        ("5月9日，区图书馆举办讲座，作家李明远为200余名读者作了题为《阅读与人生》的讲座。", [("讲座", 200, True)]),
        ("5月9日，教授王立新在学院报告厅为300多名师生作了题为《宋词与城市》的学术报告。", [("学术报告", 300, True)]),
        ("5月9日，教授王立新为全校500名新生讲授“开学第一课”。", [("开学第一课", 500, False)]),
        ("5月9日，市图书馆举办阅读讲座，作家李明远为约150位听众作了专题讲座。", [("阅读讲座", 150, True)]),
        # NEGATIVE: a lecture given, no audience counted; people given things at the event are no listeners
        ("5月9日上午，作家李明远在市图书馆作了题为《阅读与人生》的讲座。", [("讲座", None, False)]),
        ("5月9日，区图书馆举办讲座，为200名读者发放了图书。", [("讲座", None, False)]),
    ],
)
def test_the_listeners_of_a_lecture_attend_it(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a tally over years and a habit: no lecture of a day
        "多年来，李明远坚持为读者作讲座，累计为3000余名读者作了讲座。",
        "作家李明远常年为社区居民作讲座。",
    ],
)
def test_lectures_as_a_habit_are_no_meeting(extract, body: str) -> None:
    assert extract(page(body, published="2024-05-10"))["meetings"] == []
