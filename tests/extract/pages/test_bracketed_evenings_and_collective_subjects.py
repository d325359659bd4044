"""Phrasings of invented pages: a relative evening with the
calendar date in brackets, a collective subject read as a titled name, reactions to a report or a
session quoted to the press.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the written date in brackets governs (§3), the evening told before it is kept
        ("行政长官李家超今晚（七月一日）出席庆祝成立周年酒会并致辞。", [("2024-07-01", "七月一日", "晚上")]),
        # (a day with the date in brackets is kept whole as written, like 今（15）日; the evening's is not)
        ("行政长官李家超今日（七月一日）出席庆祝成立周年酒会并致辞。", [("2024-07-01", "今日（七月一日）", None)]),
        # a bare evening is read against the publication date
        ("行政长官李家超今晚出席庆祝成立周年酒会并致辞。", [("2024-07-02", "今", "晚上")]),
    ],
)
def test_an_evening_with_its_date_in_brackets(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-07-02"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of people and its verb in a headline: no speaker
        ("代表委员热议总书记重要讲话\n3月5日电 总书记的重要讲话在代表委员中引发热烈反响。\n", {}),
        ("人大代表政协委员热议政府工作报告\n政府工作报告在代表委员中引发热烈反响。\n", {}),
        # reactions to a report or a session quoted after the lead are no speeches (§4)
        ("标题\n2024-03-07 来源：某网\n政府工作报告在代表委员中引发热烈反响。全国人大代表、某县县委书记王志强说，"
         "报告提出的目标任务鼓舞人心。\n", {}),
        ("标题\n2024-03-07 来源：某网\n全国两会精神在我市引起强烈反响。市委副书记王某说，要认真贯彻落实。\n", {}),
        # a meeting told after the lead: who speaks there is a speaker
        ("标题\n2024-03-07 来源：某网\n全国两会精神在我市引起强烈反响。3月6日，市委召开座谈会，传达学习全国两会精神。"
         "市委书记陈某主持会议并讲话。市委副书记王某说，要认真贯彻落实。\n",
         {"陈某": ("市委书记", ("主持", "讲话")), "王某": ("市委副书记", ("讲话",))}),
        # two posts of one person, listed with 、, stay a title
        ("标题\n2024-03-07 来源：某网\n3月6日，公司召开年度工作会议，党委书记、董事长王某主持会议并讲话。\n",
         {"王某": ("党委书记、董事长", ("主持", "讲话"))}),
    ],
)
def test_collective_subjects_and_reactions(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected
