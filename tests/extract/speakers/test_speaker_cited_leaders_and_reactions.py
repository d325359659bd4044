"""Speakers who only are cited, visited or sent a message, and reactions after a meeting: the party
leader's words quoted by a local account (会议指出，习近平总书记强调…; 习近平总书记在参加…审议时指出),
a party congress's report cited (江泽民同志在党的十五大报告中指出), every one of a list of people visited
or sent a telegram (看望了老党员甲、乙和丙，表示慰问; 致电国家主席甲和国务院总理乙), and words after the
meeting (会后，参会的局长某某表示…).  Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "3月11日，市委召开常委会会议，市委书记高山主持会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting's conclusions cite the party leader's words: relayed, no speaker (§4)
        (_MEETING + "会议指出，习近平总书记强调，要因地制宜发展新质生产力。",
         {"高山": ("市委书记", ("主持",))}),
        (_MEETING + "会议指出，习近平总书记在参加江苏代表团审议时强调，要因地制宜发展新质生产力。",
         {"高山": ("市委书记", ("主持",))}),
        # the speaker quotes the leader inside his own remarks
        (_MEETING + "高山指出，习近平总书记强调，要坚持以人民为中心。",
         {"高山": ("市委书记", ("主持", "讲话"))}),
        # a sentence of its own citing the leader
        (_MEETING + "习近平总书记指出，要发展新质生产力。高山要求，要抓好落实。",
         {"高山": ("市委书记", ("主持", "讲话"))}),
        # a party congress's report cited, with any form of address
        (_MEETING + "高山指出，习近平总书记在党的二十大报告中指出，要发展新质生产力。",
         {"高山": ("市委书记", ("主持", "讲话"))}),
        (_MEETING + "江泽民同志在党的十五大报告中指出，要完善干部离退休制度。",
         {"高山": ("市委书记", ("主持",))}),
        # NEGATIVE: the leader shown taking part in the meeting keeps his remarks
        ("3月11日，中共中央召开党外人士座谈会。会上，习近平总书记强调，要团结奋斗。",
         {"习近平": ("总书记", ("讲话",))}),
        ("3月11日，中共中央召开党外人士座谈会。习近平总书记在座谈会上强调，要团结奋斗。",
         {"习近平": ("总书记", ("讲话",))}),
        ("3月11日，中共中央召开党外人士座谈会。中共中央总书记习近平主持座谈会。习近平总书记强调，要团结奋斗。",
         {"习近平": ("中共中央总书记", ("主持", "讲话"))}),
        # NEGATIVE: a speech in the meeting's own report is no congress report cited
        ("3月11日，县委召开全会。县委书记刘振华作工作报告。刘振华在报告中指出，要走好特色发展之路。",
         {"刘振华": ("县委书记", ("作报告", "讲话"))}),
    ],
)
def test_cited_leaders(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # every one of a list of people visited is the object of the visit, not a speaker
        ("3月11日，区委召开座谈会，区委书记陈志刚主持。会前，陈志刚看望了老党员王德福、李秀英和张国华，表示亲切慰问。",
         {"陈志刚"}),
        ("3月11日，区委召开座谈会，区委书记陈志刚主持。会前，陈志刚看望了老党员王德福和困难党员李秀英，向他们致以节日的问候。",
         {"陈志刚"}),
        # ...and of a list of people sent a telegram
        ("3月11日，世界一些国家领导人致电国家主席习近平、国务院总理李强，表示慰问。", set()),
        ("3月11日，世界一些国家领导人致电国家主席习近平和国务院总理李强，表示慰问。", set()),
        # NEGATIVE: after the visit, another clause's subject still speaks
        ("3月11日，区委召开座谈会。区委书记陈志刚看望了老党员王德福，区长孙明主持座谈会并讲话。",
         {"孙明"}),
    ],
)
def test_lists_visited_or_sent_to(extract_with_model, body: str, expected: set) -> None:
    # (with the NER model, which reads the untitled names of a list; only who is listed: greetings on a
    # visit, 表示慰问, are not what these cases settle)
    assert set(speakers(extract_with_model(page(body)))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # words after the meeting are a reaction, not remarks at it (§4)
        ("9月14日，全省教育大会召开。省委书记王国平出席并讲话。会后，参会的市教育局局长李立表示，将认真贯彻会议精神。",
         {"王国平": ("省委书记", ("讲话",))}),
        ("9月14日，全省教育大会召开。省委书记王国平出席并讲话。会议结束后，镇党委书记宋杰说，我们将把会议精神落实到每个村。",
         {"王国平": ("省委书记", ("讲话",))}),
        # NEGATIVE: a speech verb of the meeting's own words after 会上 still counts
        ("9月14日，全省教育大会召开。省委书记王国平出席并讲话。会上，市教育局局长李立表示，将认真贯彻会议精神。",
         {"王国平": ("省委书记", ("讲话",)), "李立": ("市教育局局长", ("讲话",))}),
    ],
)
def test_reactions_after_the_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
