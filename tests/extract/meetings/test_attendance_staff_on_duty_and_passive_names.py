"""Attendee counts of staff on duty and attending verbs inside passive names. Staff on duty counted 现场 (医护人员, 民警, 工作人员) are no attendance: after
名/位 the count needs one of the attendee kinds, 人 counts alone. A verb of attending inside a passive name (全市参加省运会
运动员出征仪式在…举行) cuts the name only where the name's kind is repeated as the subject after the comma (…出席X大会，
大会在…举行). Invented sentences; expected values follow corpus/GUIDELINES.md §3 (the number stated for the people
attending; the name as written)."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _counted(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，县委召开全县防汛工作会议。现场有5名医护人员全程值守。", [("全县防汛工作会议", None)]),
        ("6月3日，市体育中心举行全民健身节开幕式。现场30名民警维持秩序，保障活动安全。", [("全民健身节开幕式", None)]),
        ("6月3日，县委召开全县防汛工作会议，会议期间，现场12名工作人员负责引导入场。", [("全县防汛工作会议", None)]),
        ("6月3日，全区表彰大会召开。现场40名民警引导群众有序入场。", [("全区表彰大会", None)]),
        # near misses: attendees counted 现场 stay counted
        ("6月3日，全区表彰大会召开。现场400余名党员干部认真聆听。", [("全区表彰大会", 400)]),
        ("6月3日，全区表彰大会召开。现场150余人认真聆听。", [("全区表彰大会", 150)]),
    ],
)
def test_staff_on_duty_no_attendance(extract, body, expected):
    assert _counted(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("6月3日，全省参加全国运动会运动员出征仪式在省体育馆举行。", "全省参加全国运动会运动员出征仪式"),
        ("6月3日，我县赴省城出席省党代会代表欢送会在县会堂举行。", "赴省城出席省党代会代表欢送会"),
        # near misses: the kind repeated after the comma, the name attended read after the verb
        ("6月3日，副县长赵明出席2026年全县乡村振兴大会，大会在县会议中心举行。", "2026年全县乡村振兴大会"),
        ("6月3日，公司总经理钱伟参加了第五届智能制造论坛，论坛在滨江会展中心举行。", "第五届智能制造论坛"),
    ],
)
def test_attending_inside_passive_name(extract, body, name):
    assert [m["name"] for m in extract(page(body))["meetings"]][:1] == [name]
