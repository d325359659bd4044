"""Speakers and roles read wrongly before (each confirmed, then fixed): a person acted
upon by the subject (对/听取/在…陪同下/在…讲话后/与受表彰的), a source of information (据…介绍),
surname-and-post references with a bare speech verb, and names that swallowed a conjunction.

Invented sentences; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

OPENING = "6日，县委召开全县大会。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇党委书记毕强对石勇的述职进行了点评。", [("毕强", ["点评"]), ("石勇", ["述职"])]),
        ("县委书记李明对王强、刘兵等同志的发言进行了点评。", [("李明", ["点评"]), ("王强", ["发言"]), ("刘兵", ["发言"])]),
        ("董事长骆明在总经理陶然陪同下为获奖员工颁奖。", [("骆明", ["颁奖"])]),
        ("市委书记李明听取了县委书记王强的汇报后指出，要抓好落实。", [("李明", ["讲话"])]),
        ("县委书记李明在听取县长王强的工作汇报后强调，要抓好落实。", [("李明", ["讲话"])]),
        ("县委书记李明在县长王强讲话后作总结讲话。", [("李明", ["讲话"]), ("王强", ["讲话"])]),
        ("县委书记李明与受表彰的王强、陈静亲切握手，并发表讲话。", [("李明", ["讲话"])]),
    ],
)
def test_a_person_acted_upon_leaves_the_roles_after_to_the_subject(extract_with_model, text: str, expected: list) -> None:
    speakers = extract_with_model(OPENING + text, "2024-05-08")["speakers"]
    assert sorted((s["name"], s["roles"]) for s in speakers) == sorted(expected)


def test_a_source_of_information_is_no_speaker(extract_with_model) -> None:
    assert extract_with_model(OPENING + "据县教育局局长王强介绍，今年全县新建学校10所。", "2024-05-08")["speakers"] == []


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("县委书记李明、县长王强出席会议。李书记强调，要抓好落实。", ["讲话"]),
        ("县委书记李明主持会议。会上，李书记强调，要抓好落实。", ["主持", "讲话"]),
    ],
)
def test_a_surname_and_post_reference_with_a_bare_speech_verb(extract, text: str, roles: list) -> None:
    speakers = extract(OPENING + text, "2024-05-08")["speakers"]
    assert [(s["name"], s["roles"]) for s in speakers] == [("李明", roles)]


def test_a_name_does_not_swallow_the_conjunction_of_its_company(extract_with_model) -> None:
    speakers = extract_with_model(OPENING + "市委书记张华同与会代表合影留念，并作讲话。", "2024-05-08")["speakers"]
    assert [(s["name"], s["title"]) for s in speakers] == [("张华", "市委书记")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honoured person's words to the press are no part taken in the meeting
        ("表彰了30名优秀共产党员。“这份荣誉属于全体村民。”获奖者、某村党支部书记苏建华说。", []),
        # a representative of the honoured speaking at the ceremony is
        ("受表彰代表、某村党支部书记苏建华发言。", [("苏建华", ["发言"])]),
    ],
)
def test_the_honoured_speaking(extract_with_model, text: str, expected: list) -> None:
    speakers = extract_with_model("6日，县委召开表彰大会。" + text, "2024-05-08")["speakers"]
    assert [(s["name"], s["roles"]) for s in speakers] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people acting together after 与…的 (not an honoured object)
        ("院长李明与来自北京大学的王强教授分别作专题报告。", [("李明", ["作报告"]), ("王强", ["作报告"])]),
        # a speech relayed through its spirit gives no speaker
        ("会上，县长王强对市委书记李明的讲话精神进行了传达。", []),
        # the honoured elsewhere in the sentence do not silence the one who speaks
        ("受表彰的先进集体和个人上台领奖，县委书记李明宣布大会开幕。", [("李明", ["讲话"])]),
        ("在为获奖教师颁奖后，市委书记李明勉励大家再接再厉。", [("李明", ["讲话"])]),
        # a count between the objects and their 述职
        ("县委书记李明对王强等6名党组织书记的述职进行了点评。", [("李明", ["点评"]), ("王强", ["述职"])]),
        # a name ending in 和
        ("县委书记王永和与会代表亲切交流并讲话。", [("王永和", ["讲话"])]),
    ],
)
def test_review_of_the_object_rules(extract_with_model, text: str, expected: list) -> None:
    speakers = extract_with_model(OPENING + text, "2024-05-08")["speakers"]
    assert sorted((s["name"], s["roles"]) for s in speakers) == sorted(expected)
