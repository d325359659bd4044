"""Meeting phrasings of kinds of meeting spoken of, bare morning meetings and labelled times: a kind of meeting spoken of (此类会议, 这类会议) read as
one held, a bare 晨会, the label 会议时间：… inside a body line, a bare part of the day opening the clause
(上午，…召开), and a body's routine meeting joined by 和 to a full name (召开常委会会议和…学习会).
Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a kind of meeting (此类会议, 这类会议) is none held: only the meeting reported
        ("近日，县检察院召开党组会议。据悉，这是今年以来该院第三次召开此类会议。", [("党组会议", None, "县检察院")]),
        ("5月6日，县法院召开审委会会议，这是该院首次召开这类会议。", [("审委会会议", "2024-05-06", "县法院")]),
        ("5月6日，县委召开常委会会议。县委书记王伟在此类会议上多次强调安全生产。",
         [("常委会会议", "2024-05-06", "县委")]),
        # negative: 此次会议 is the meeting reported, still one record
        ("5月6日，县委召开常委会会议。此次会议传达学习了省委全会精神。", [("常委会会议", "2024-05-06", "县委")]),
        # a bare 晨会 is a meeting noun, like 厅务晨会
        ("5月7日上午，市应急局召开晨会，部署安全生产工作。", [("晨会", "2024-05-07", "市应急局")]),
        ("5月7日上午，市应急局召开安全晨会，部署安全生产工作。", [("安全晨会", "2024-05-07", "市应急局")]),
        # negative: 清晨会见 holds the characters, no meeting noun
        ("5月7日，县长王某清晨会见了外宾。", [("会见", "2024-05-07", None)]),
        # a body's routine meeting and a full name joined by 和: two meetings
        ("5月7日，县委召开常委会会议和理论学习中心组学习会，县委书记王伟主持。",
         [("常委会会议", "2024-05-07", "县委"), ("理论学习中心组学习会", "2024-05-07", "县委")]),
        ("5月7日，县检察院召开党组会议和党风廉政建设工作推进会。",
         [("党组会议", "2024-05-07", "县检察院"), ("党风廉政建设工作推进会", "2024-05-07", "县检察院")]),
        # negatives: two short parts, or a clause of activities, stay one name
        ("5月7日，县委召开常委会会议和专题会议。", [("常委会会议和专题会议", "2024-05-07", "县委")]),
        ("5月7日，县委召开学习和座谈会。", [("学习和座谈会", "2024-05-07", "县委")]),
    ],
)
def test_meetings_held(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the label 会议时间： inside a body line dates the meeting
        ("县委召开专题会议。会议时间：5月7日上午9时，会议地点：县委常委会议室。", [("2024-05-07", "5月7日", "上午")]),
        ("县委召开专题会议，研究部署防汛工作。会议时间：5月7日下午，参会人员：各乡镇主要负责人。",
         [("2024-05-07", "5月7日", "下午")]),
        # negatives: another label's time, and a meeting dated in its own sentence
        ("县委召开专题会议。报名时间：5月7日上午9时。", [(None, None, None)]),
        ("5月6日，县委召开专题会议。会议时间：5月7日上午9时。", [("2024-05-06", "5月6日", None)]),
        # a part of the day opening the clause, no day stated
        ("上午，县委召开专题会议。", [(None, None, "上午")]),
        ("下午，县政府召开常务会议，研究部署防汛工作。", [(None, None, "下午")]),
        # negatives: a part of the day told after the meeting, and one of a day told in the sentence before
        ("县委召开专题会议，上午，与会人员参观了产业园。", [(None, None, None)]),
        ("5月7日上午，县委书记王伟到城关镇调研。下午，县委召开专题会议。", [("2024-05-07", "5月7日", "下午")]),
    ],
)
def test_meeting_times(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected


def test_a_labelled_venue_inside_a_body_line(extract) -> None:
    record = extract(page("县委召开专题会议。会议时间：5月7日上午9时，会议地点：县委常委会议室。"))
    assert [m["location"] for m in record["meetings"]] == ["县委常委会议室"]
