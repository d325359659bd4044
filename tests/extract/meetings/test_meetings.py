"""Meetings: name, date with the year resolved, time of day, place, organizer, host, attendees."""

from __future__ import annotations

import pytest

BODY = (
    "3月2日下午,机关党委在行政楼3号会议室召开党支部书记抓党建工作述职暨党建工作推进会。"
    "机关党委委员、各党支部书记等共39人参加会议。机关党委书记洪雁主持会议。"
)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("name", "党支部书记抓党建工作述职暨党建工作推进会"),
        ("date", "2023-03-02"),
        ("date_text", "3月2日"),
        ("time_of_day", "下午"),
        ("location", "行政楼3号会议室"),
        ("organizer", "机关党委"),
        ("host", {"name": "洪雁", "title": "机关党委书记"}),
        ("attendee_count", 39),
        ("attendee_approx", False),
    ],
)
def test_meeting_fields(extract, field: str, expected: object) -> None:
    record = extract(BODY, published="2023-03-03")
    assert record["meetings"][0][field] == expected


def test_evidence_is_the_meeting_sentence(extract) -> None:
    record = extract(BODY, published="2023-03-03")
    ev = record["meetings"][0]["evidence"]
    assert ev["text"].startswith("3月2日下午") and ev["text"].endswith("推进会。")
    assert record["clean_text"][ev["clean_start"] : ev["clean_end"]] == ev["text"]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("授勋典礼昨于文化中心举行,数百人出席。", "2024-01-20", "2024-01-19"),
        ("12月30日,学院举行2023年度总结表彰大会。", "2024-01-02", "2023-12-30"),
        ("今天上午,市总工会举行劳模表彰大会。", "2022-04-28", "2022-04-28"),
        # No publication date: the year comes from the text (a reviewed 2022年度 in March -> 2023).
        ("3月17日上午,园区召开2022年度非公企业党组织书记述职评议会。", None, "2023-03-17"),
        ("2019年5月6日,校党委召开党建工作会议。", None, "2019-05-06"),
    ],
)
def test_date_resolution(extract, text: str, published: str | None, date: str) -> None:
    assert extract(text, published=published)["meetings"][0]["date"] == date


def test_unresolvable_date_is_null_with_a_warning(extract) -> None:
    record = extract("5月6日,校党委召开党建工作会议。")
    assert record["meetings"][0]["date"] is None
    assert any(w.startswith("W_DATE_UNRESOLVED") for w in record["quality"]["warnings"])


@pytest.mark.parametrize(
    ("text", "count", "approx"),
    [
        ("5月6日,区委召开党建工作会议,50余名党员干部参加会议。", 50, True),
        ("5月6日,区委召开党建工作会议,园区43位非公企业党组织书记参加会议。", 43, False),
        ("5月6日,区委召开党建工作会议。全区各部门负责人参加会议。", None, False),
    ],
)
def test_attendee_count(extract, text: str, count: int | None, approx: bool) -> None:
    meeting = extract(text, published="2023-05-07")["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == (count, approx)


@pytest.mark.parametrize(
    "text",
    [
        "区委将于下月召开全区党建工作会议。",
        "会议强调,要抓好党建工作。",
    ],
)
def test_no_meeting(extract, text: str) -> None:
    assert extract(text, published="2023-05-07")["meetings"] == []


def test_main_meeting_takes_the_date_of_the_sentence_before_it(extract) -> None:
    text = "1月14日上午,区委书记张伟一行来到产业园区调研。随后,区委在园区会议室召开重点项目推进会。"
    meeting = extract(text, published="2023-01-15")["meetings"][0]
    assert (meeting["name"], meeting["date"], meeting["time_of_day"]) == ("重点项目推进会", "2023-01-14", "上午")


def test_a_date_across_a_paragraph_break_is_taken_only_when_recent(extract) -> None:
    # (the day the account opens with dates the meeting told after it: tests/extract/meetings/test_context_dates.py)
    text = "1月14日上午,区委书记张伟一行来到产业园区调研。\n区委在园区会议室召开重点项目推进会。"
    assert extract(text, published="2023-01-15")["meetings"][0]["date"] == "2023-01-14"
    assert extract(text, published="2023-03-15")["meetings"][0]["date"] is None


@pytest.mark.parametrize(
    ("raw", "organizer"),
    [
        ("两国政府如期", "两国政府"),
        ("中国光彩事业促进会在京", "中国光彩事业促进会"),
        ("在九三学社", "九三学社"),
        ("竹滨县政府下午于县立文化中心演艺厅", "竹滨县政府"),
        ("市财政局近期召集各项目建设单位", "市财政局"),
        ("滨澜市、安岭州两地", "滨澜市、安岭州"),
        ("洛杉矶市友好团体为江主席", "洛杉矶市友好团体"),
        ("去年", None),
        ("3000多名师生冒着凛冽的寒风", None),  # people, not an organization
        ("国务委员兼国防部长迟某田上将", None),
        ("在市测楼320", None),  # a venue
        ("国务院新闻办公室", "国务院新闻办公室"),
    ],
)
def test_organizer_clean_up(raw: str, organizer: str | None) -> None:
    from pipeline.extract.meetings import MeetingExtractor

    assert MeetingExtractor.clean_org(raw) == organizer
