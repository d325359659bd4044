"""Meeting dates on pages of every kind: four shapes the rules got wrong around the dated meeting.

- §3 (a calendar period after 于 is a time, never a venue): a past edition told by its month alone before its city
  (第五届研讨会于去年11月在杭州举行) kept the month in its venue (去年11月在杭州); only a month with a part of it (中旬) was cut.
- §4 (title: the job-title chain next to the name): Taiwan's 會中 ("during the meeting") opening the clause was read into
  the title (會中消防局長陳某報告 -> 会中消防局长). Only the opening word is cut: 协会中心, 会议中心 stay.
- §6 (money only intended is no record): a share per person of a fund still to be set up (学校将设立…基金，每人资助5万元)
  was read as money granted; a fund already set up (已设立) keeps its share.
- §3 seventeenth review round (a bare opening or closing ceremony dated inside the span of a meeting of several days takes
  its organizer and venue): a meeting whose span is told by its length (为期两天的…于10月16日…开幕) was not read as a span,
  so its dated 开幕式 had no organizer and venue. A single-day meeting gives its ceremony nothing.

Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


def _places(record: dict) -> dict[str, str | None]:
    return {m["name"]: m["location"] for m in record["meetings"]}


def _holders(record: dict) -> dict[str, tuple[str | None, str | None]]:
    return {m["name"]: (m["organizer"], m["location"]) for m in record["meetings"]}


@pytest.mark.parametrize(
    ("body", "name", "place"),
    [
        ("5月6日，市科协召开年会。据介绍，第三届论坛于去年11月在杭州举行。", "第三届论坛", "杭州"),
        ("5月6日，市科协召开年会。据了解，第二届论坛于今年3月在宁波举行。", "第二届论坛", "宁波"),
        ("5月6日，市科协召开年会。第四届研讨会于去年10月在南京国际博览中心召开。", "第四届研讨会", "南京国际博览中心"),
    ],
)
def test_a_month_before_the_venue_is_no_part_of_it(extract, body: str, name: str, place: str) -> None:
    places = _places(extract(page(body)))
    assert places.get(name) == place, places


@pytest.mark.parametrize(
    ("body", "name", "place"),
    [
        # NEGATIVE: a venue whose own name holds a month word stays whole
        ("5月6日，市科协在五月花酒店召开年会。", "年会", "五月花酒店"),
        ("5月6日，市科协在三月街会场召开年会。", "年会", "三月街会场"),
    ],
)
def test_a_month_word_inside_a_venue_name_stays(extract, body: str, name: str, place: str) -> None:
    assert _places(extract(page(body))).get(name) == place


@pytest.mark.parametrize(
    ("body", "person", "title"),
    [
        ("縣府今（21）日召開防災會報。會中消防局長陳福田報告本年度災害應變情形。", "陈福田", "消防局长"),
        ("縣府今（21）日召開防災會報。會中工務處長林志遠說明工程進度。", "林志远", "工务处长"),
        ("县府今日召开防灾会报。会中民政处长吴启明报告了安置情况。", "吴启明", "民政处长"),
    ],
)
def test_taiwan_during_the_meeting_is_no_part_of_the_title(extract, body: str, person: str, title: str) -> None:
    assert speakers(extract(page(body)))[person][0] == title


@pytest.mark.parametrize(
    ("body", "person", "title"),
    [
        # NEGATIVE: 会中 inside a body's name (协会中心, 会议中心) is part of the title
        ("5月6日，市委召开座谈会。市会议中心主任王海平发言。", "王海平", "市会议中心主任"),
        ("5月6日，市委召开座谈会。市工商联商会中心主任李建成发言。", "李建成", "市工商联商会中心主任"),
    ],
)
def test_a_name_holding_hui_zhong_keeps_it(extract, body: str, person: str, title: str) -> None:
    assert speakers(extract(page(body)))[person][0] == title


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，学院召开座谈会。院长程立表示，学校将设立青年教师科研启动基金，每人资助5万元。",
        "5月6日，县委召开会议。会议明确，县里将于下半年设立乡村人才专项资金，每人补助2万元。",
        "5月6日，公司召开大会。公司将成立职工帮扶基金，每户救助3000元。",
        "5月6日，学校召开会议。学校将设立新生奖学金，每名学生奖励8000元。",
    ],
)
def test_a_share_of_a_fund_still_to_be_set_up_is_intended(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: a fund already set up, or a share told as paid, is money granted
        ("5月6日，学院召开座谈会。学校已设立青年教师科研启动基金，每人资助5万元。", 50000),
        ("5月6日，公司召开大会。公司设立职工帮扶基金，每户救助3000元。", 3000),
        ("5月6日，学校召开会议，为困难学生发放助学金，每人2000元。", 2000),
    ],
)
def test_a_share_of_a_fund_set_up_stays(extract, body: str, amount: int) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


SPAN_OPENING = [
    ("为期两天的第六届智慧交通研讨会于5月6日在江城大学学术交流中心开幕。研讨会由江城大学主办。6日上午举行开幕式，副校长柯文主持开幕式。",
     "开幕式", ("江城大学", "江城大学学术交流中心")),
    ("第三届水利论坛5月6日在滨江宾馆举行，为期三天，由省水利学会主办。7日下午举行闭幕式。",
     "闭幕式", ("省水利学会", "滨江宾馆")),
]


@pytest.mark.parametrize(("body", "rite", "expected"), SPAN_OPENING)
def test_a_ceremony_inside_a_span_told_by_its_length_takes_its_holders(extract, body: str, rite: str,
                                                                      expected: tuple) -> None:
    assert _holders(extract(page(body))).get(rite) == expected


@pytest.mark.parametrize(
    ("body", "rite"),
    [
        # NEGATIVE: a meeting of one day, or a ceremony dated after the span, gives its holders to no ceremony
        ("第六届智慧交通研讨会于5月6日在江城大学学术交流中心举行，由江城大学主办。9日上午举行闭幕式。", "闭幕式"),
        ("为期两天的第六届智慧交通研讨会于5月6日在江城大学学术交流中心开幕，由江城大学主办。9日上午举行闭幕式。", "闭幕式"),
    ],
)
def test_a_ceremony_outside_the_span_takes_nothing(extract, body: str, rite: str) -> None:
    holders = _holders(extract(page(body)))
    assert holders.get(rite, (None, None)) == (None, None)
