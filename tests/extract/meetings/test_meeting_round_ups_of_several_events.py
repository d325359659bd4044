"""Meeting shapes of pages that report several events (round-ups, a meeting then a visit then another meeting, talks then an event attended). Invented sentences; the expected values follow corpus/GUIDELINES.md §3.

- 各党支部要召开一次专题组织生活会 (a task set with 要 right before the verb of holding) was kept as a meeting held on the
  deadline's day: a meeting still ahead is planned, no record (§3 not meetings: planned or future events).
- 下午，县府再召开… gave the organizer 县府再: 再 is an adverb of the clause, like 又 (§3 organizer: the subject).
- 下午，… after an undated act told with 会后 (会后，县长随即前往…视察) gave no date: the act is on the meeting's day, so the
  part of the day after it counts from the meeting (§3 eleventh round: an act of the meeting's own people that day dates
  what follows).
- 次日，公司又召开…会议，陈明主持会议: the chair of the meeting before, named bare in the later meeting's own sentence,
  was not its host (§3 host: the person who chairs it).
- 会上，区委理论学习中心组开展…集体学习 had no date: a session held within the meeting is dated like it (§3 fourth round).
- …举行会谈，并共同出席…对接会 lost the event attended: talks held and a named event attended are two records on the
  clause's day (§3 several events; talks held).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委召开常委会会议，研究防汛工作。会议要求，7月1日前各党支部要召开一次专题组织生活会。",
         [("常委会会议", "2024-05-06", "县委")]),
        ("5月6日，市教育局召开全市招生工作会议。会议明确，各学校要及时召开家长会，做好政策解读。",
         [("全市招生工作会议", "2024-05-06", "市教育局")]),
        ("5月6日，县总工会召开全委会议。各基层工会要尽快举行职工代表大会，审议年度工作报告。",
         [("全委会议", "2024-05-06", "县总工会")]),
        # NEGATIVE rows: 要 inside another word, or an attribute of a meeting named, stay as they were
        ("5月6日，县委主要负责同志召开专题会议，研究防汛工作。", [("专题会议", "2024-05-06", None)]),
        ("5月6日，县委召开全县工作会议，这是今年召开的一次重要会议。", [("全县工作会议", "2024-05-06", "县委")]),
    ],
)
def test_task_with_yao_is_planned(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，平川县人民政府召开常务会议。下午，县府再召开防汛工作协调会议，由副县长李红主持。",
         [("常务会议", "2024-05-06", "平川县人民政府"), ("防汛工作协调会议", "2024-05-06", "平川县人民政府")]),
        ("5月6日，市委召开常委会会议。次日，市委再召开全市组织工作会议。",
         [("常委会会议", "2024-05-06", "市委"), ("全市组织工作会议", "2024-05-07", "市委")]),
        # NEGATIVE row: 再 as part of a word in the subject's clause stays out of it as before
        ("5月6日，市委再次召开常委会会议。", [("常委会会议", "2024-05-06", "市委")]),
    ],
)
def test_zai_after_subject(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，县政府召开常务会议。会后，县长王明前往工业园区调研。下午，县政府又召开防汛工作会议。",
         [("常务会议", "2024-05-06"), ("防汛工作会议", "2024-05-06")]),
        ("5月6日上午，东江镇召开人居环境整治推进会。镇长李华指出，要抓好整改。会后，李华随即带队检查整改情况。"
         "下午，东江镇又召开安全生产专题会议。",
         [("人居环境整治推进会", "2024-05-06"), ("安全生产专题会议", "2024-05-06")]),
        ("苗栗縣政府7日上午召開第二季治安會報。會後，縣長隨即前往竹南鎮視察。下午，縣府再召開防詐騙協調會議。",
         [("第二季治安会报", "2024-05-07"), ("防诈骗协调会议", "2024-05-07")]),
        # NEGATIVE rows: an act with its own day between, or no following word (a new account), gives no day
        ("5月6日上午，县政府召开常务会议。5月3日，县长王明曾前往工业园区调研。下午，县政府又召开防汛工作会议。",
         [("常务会议", "2024-05-06"), ("防汛工作会议", "2024-05-03")]),
        ("近日，县政府召开常务会议。会后，县长王明前往工业园区调研。下午，县政府又召开防汛工作会议。",
         [("常务会议", None), ("防汛工作会议", None)]),
    ],
)
def test_part_of_day_after_visit(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，华能发电公司召开安全工作会议，总经理陈明主持会议。次日上午，公司又召开安委会全体会议，陈明主持会议，审议了清单。",
         ["陈明", "陈明"]),
        ("5月6日，县委召开常委会会议，县委书记赵强主持会议。5月7日，县委又召开全县组织工作会议，赵强主持会议并讲话。",
         ["赵强", "赵强"]),
        # NEGATIVE rows: another chair named keeps that one; a chair named before the later meeting's name is not it
        ("5月6日上午，华能发电公司召开安全工作会议，总经理陈明主持会议。次日上午，公司又召开安委会全体会议，副总经理李强主持会议。",
         ["陈明", "李强"]),
        ("5月6日，县委召开常委会会议，县委书记赵强主持会议。5月7日，县委召开全县组织工作会议。", ["赵强", None]),
    ],
)
def test_chair_again_in_later_meeting(extract, body: str, expected: list) -> None:
    assert [(m["host"] or {}).get("name") for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日下午，东湖区委召开常委会会议。会上，区委理论学习中心组开展第四次集体学习。",
         [("常委会会议", "2024-05-06"), ("第四次集体学习", "2024-05-06")]),
        ("5月3日，县政府召开常务会议。会上，县政府党组开展了第三次集体学习。",
         [("常务会议", "2024-05-03"), ("第三次集体学习", "2024-05-03")]),
    ],
)
def test_study_within_meeting_dated(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日下午，陈明与施密特举行会谈，并共同出席江南省经贸合作对接会。",
         [("会谈", "2024-05-06"), ("江南省经贸合作对接会", "2024-05-06")]),
        ("5月6日上午，省长陈明在杭州会见了德国代表团。当天下午，陈明与施密特举行会谈，并共同出席江南省经贸合作推介会。",
         [("会见", "2024-05-06"), ("会谈", "2024-05-06"), ("江南省经贸合作推介会", "2024-05-06")]),
        ("5月4日，两国外长举行会谈，并一同出席了中德企业合作论坛。", [("会谈", "2024-05-04"), ("中德企业合作论坛", "2024-05-04")]),
        # NEGATIVE rows: the meeting just held attended by its bare noun, or a short ceremony noun, adds nothing
        ("5月6日下午，县委召开全县工作会议，并出席会议。", [("全县工作会议", "2024-05-06")]),
        ("5月6日，市委召开常委会会议，县长李明出席。", [("常委会会议", "2024-05-06")]),
    ],
)
def test_event_attended_after_talks(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == expected
