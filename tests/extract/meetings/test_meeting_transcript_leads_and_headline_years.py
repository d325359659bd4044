"""Meeting phrasings of transcript leads, headline years, venues before the chairing verb and generic headlines: a HK release whose first paragraph
ends on the lead of the speech printed below it, a headline's year the body leaves out, a venue before a
chairing verb, and a generic headline over a meeting held at a clock time.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §1 and §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def titled(headline: str, body: str, published: str) -> str:
    """An invented page under its own headline."""
    return f"{headline}\n{published} 来源：某网\n{body}\n"


def _when(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, date, date_text, time_of_day) of each meeting, in order."""
    return [(m["name"], m["date"], m["date_text"], m["time_of_day"]) for m in record["meetings"]]


def _where(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # the lead of the speech ends the first paragraph: the headline stays a headline (§3: the body's wording)
        ("行政長官出席酒會", "行政長官李家超今晚出席國慶酒會並致辭。以下是李家超致辭全文：\n尊敬的各位嘉賓：大家好！",
         [("国庆酒会", "2024-10-08", "今", "晚上")]),
        ("行政長官出席酒會", "行政長官李家超今晚出席國慶酒會並致辭。以下是李家超致辭全文：",
         [("国庆酒会", "2024-10-08", "今", "晚上")]),
        ("行政长官出席酒会", "行政长官李家超今晚出席国庆酒会并致辞。以下为李家超致辞全文：",
         [("国庆酒会", "2024-10-08", "今", "晚上")]),
        ("市长出席招待会", "市长王刚今天上午出席新春招待会并讲话。下面是讲话全文：\n同志们、朋友们：",
         [("新春招待会", "2024-10-08", "今天", "上午")]),
        # already right: without the lead, or under a headline naming the event
        ("行政長官出席酒會", "行政長官李家超今晚出席國慶酒會並致辭。", [("国庆酒会", "2024-10-08", "今", "晚上")]),
        ("行政長官在國慶酒會致辭", "行政長官李家超今晚出席國慶酒會並致辭。以下是李家超致辭全文：",
         [("国庆酒会", "2024-10-08", "今", "晚上")]),
    ],
)
def test_a_paragraph_ending_on_a_transcript_lead(extract, headline: str, body: str, expected: list) -> None:
    assert _when(extract(titled(headline, body, "2024-10-08"), "2024-10-08")) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("香港特区政府举行2024年授勋典礼", "行政长官李家超今日（十一月十九日）在礼宾府主持授勋典礼，向250名人士颁授勋衔及奖项。",
         [("授勋典礼", "礼宾府", "香港特区政府")]),
        ("香港特區政府舉行2024年授勳典禮", "行政長官李家超今日在禮賓府主持授勳典禮。", [("授勋典礼", "礼宾府", "香港特区政府")]),
        # the headline's full name when the body writes it whole, or names no venue
        ("香港特区政府举行2024年授勋典礼", "行政长官李家超今日在礼宾府主持2024年授勋典礼。",
         [("2024年授勋典礼", "礼宾府", "香港特区政府")]),
        ("香港特区政府举行授勋典礼", "行政长官李家超今日在礼宾府主持授勋典礼。", [("授勋典礼", "礼宾府", "香港特区政府")]),
    ],
)
def test_a_headline_year_the_body_leaves_out(extract, headline: str, body: str, expected: list) -> None:
    assert _where(extract(titled(headline, body, "2024-11-19"), "2024-11-19")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("11月19日，县委书记王强在县委党校主持授牌仪式。", [("授牌仪式", "县委党校", None)]),
        ("11月19日，校长王强在县第一中学主持揭牌仪式。", [("揭牌仪式", "县第一中学", None)]),
        # already right: a venue before 主持召开
        ("11月19日，县委书记王强在县委党校主持召开全县组织工作会议。", [("全县组织工作会议", "县委党校", None)]),
        # a time before 主持 is no venue
        ("11月19日，县委书记王强在百忙之中主持授牌仪式。", [("授牌仪式", None, None)]),
    ],
)
def test_a_venue_before_the_chairing_verb(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body, "2024-11-20"))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("县委召开会议", "县委昨晚8时召开防汛紧急调度会。", [("防汛紧急调度会", "2024-05-08", "县委")]),
        ("区召开会议", "区委5月8日15:00召开巡察工作动员会。", [("巡察工作动员会", "2024-05-08", "区委")]),
        ("县召开会议", "5月8日晚8时30分，县委召开安全生产推进会。", [("安全生产推进会", "2024-05-08", "县委")]),
    ],
)
def test_a_generic_headline_over_a_meeting_at_a_clock_time(extract, headline: str, body: str, expected: list) -> None:
    assert held(extract(titled(headline, body, "2024-05-09"))) == expected


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # a speech printed in full at no event held: a message, a letter
        ("行政長官新年賀辭", "以下是行政長官李家超的新年賀辭全文：\n各位市民：新年好！"),
        # the event ahead in the lead's paragraph
        ("行政长官将出席酒会", "行政长官李家超将于明晚出席国庆酒会并致辞。以下是有关安排：\n时间：晚上七时。"),
    ],
)
def test_no_meeting_from_a_transcript_lead_alone(extract, headline: str, body: str) -> None:
    assert held(extract(titled(headline, body, "2024-10-08"), "2024-10-08")) == []
