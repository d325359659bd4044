"""Government executive meetings, plenaries and standing-committee sessions: a short 市政府/县政府 holding a session while the page names that government in full (the organizer is the
full name, GUIDELINES §3 sixteenth review round), an official answering the opinions and proposals members raised
(对委员们提出的意见建议逐一作了回应: 讲话, §4 sixteenth review round, like answering questions), and a policy document's
reward to whoever is newly recognised (措施提出，对新认定的…企业一次性奖励50万元: a standing rule's rate, no funding,
§6 thirteenth and fifteenth review rounds). Near misses keep their earlier reading. All sentences are invented; the
expected values follow corpus/GUIDELINES.md §3, §4 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the short government as the session's body, the full name in the body before it (§3 sixteenth round)
        ("白河市人民政府近日印发通知。5月7日上午，市长裴志远主持召开市政府第四十二次常务会议。",
         [("市政府第四十二次常务会议", "2024-05-07", "白河市人民政府")]),
        # (the full name after the meeting, in a closing line)
        ("5月7日上午，县长罗建平主持召开县政府第二十三次常务会议。会议由云溪县人民政府办公室记录整理，云溪县人民政府将印发纪要。",
         [("县政府第二十三次常务会议", "2024-05-07", "云溪县人民政府")]),
        # (a district government named with its city before it)
        ("江城市东湖区人民政府近日出台通知。5月7日，区长石晓峰主持召开区政府常务会议。",
         [("区政府常务会议", "2024-05-07", "江城市东湖区人民政府")]),
        # (negative: two governments of that level named: which one is not told, kept as written)
        ("江城市人民政府与河州市人民政府签署协议。5月7日上午，市长裴志远主持召开市政府常务会议。",
         [("市政府常务会议", "2024-05-07", "市政府")]),
        # (negative: only the government's office named, another body)
        ("5月7日上午，市长裴志远主持召开市政府第四十二次常务会议。白河市人民政府办公室供稿。",
         [("市政府第四十二次常务会议", "2024-05-07", "市政府")]),
        # (negative: a government of another level named: the short one stays as written)
        ("江城市东湖区人民政府近日出台通知。5月7日，市长裴志远主持召开市政府常务会议。",
         [("市政府常务会议", "2024-05-07", "市政府")]),
    ],
)
def test_short_government_stands_for_the_one_named(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # opinions and proposals members raised answered in turn at the session: 讲话 (§4 sixteenth round)
        ("5月7日上午，市政协十三届常委会第九次会议召开。副市长许文涛对委员们提出的意见建议逐一作了回应。",
         "许文涛", ("副市长", ("讲话",))),
        ("5月7日上午，县政协召开座谈会。县长王华就委员反映的诉求逐一作了答复。",
         "王华", ("县长", ("讲话",))),
        ("5月7日，区政协召开民主协商会。副区长刘芳就委员提出的意见和建议作了回应。",
         "刘芳", ("副区长", ("讲话",))),
        ("5月7日，市政协召开专题协商会。市水利局局长陈刚对委员们关注的建议现场作了解答。",
         "陈刚", ("市水利局局长", ("讲话",))),
        # (negative: others answer the proposals; the official named only attends)
        ("5月7日，县政协召开座谈会，副县长王华出席会议。各承办单位对委员提出的意见建议逐一作了回应。",
         "王华", None),
        # (negative: a written answer is no remark at the session)
        ("5月7日，县政协召开座谈会，副县长王华出席会议。会后，县政府办书面答复了委员提出的建议。",
         "王华", None),
    ],
)
def test_answering_members_proposals(extract, body: str, name: str, expected: tuple | None) -> None:
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a policy document's reward to whoever is newly recognised: a standing rule's rate, nothing granted (§6)
        ("5月7日，县政府召开常务会议，审议通过了《促进民营经济发展十条措施》。措施提出，对新认定的国家级专精特新“小巨人”企业一次性奖励50万元。",
         []),
        ("5月7日，市政府召开常务会议。《办法》明确，对首次获评省级工业设计中心的企业给予一次性奖励30万元。", []),
        ("5月7日，市政府召开常务会议。办法规定，对新入选的科技领军人才每人补助20万元。", []),
        ("5月7日，市政府召开常务会议。政策明确：对新引进的院士团队给予资助500万元。", []),
        # (negative: the meeting decides a reward to enterprises counted: money granted)
        ("5月7日，市政府召开常务会议。会议决定，对新认定的12家“小巨人”企业一次性奖励50万元。",
         [(500000.0, "CNY", None)]),
        # (negative: a total paid to those counted under the provision)
        ("5月7日，市政府召开常务会议。措施提出，对新认定的12家“小巨人”企业一次性奖励共600万元。",
         [(6000000.0, "CNY", None)]),
        # (negative: a fund the measure allocates, no reward to a class: money granted)
        ("5月7日，市政府召开常务会议。措施明确，安排专项资金500万元，对新认定的企业给予奖励。",
         [(5000000.0, "CNY", None)]),
    ],
)
def test_document_reward_to_new_class(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
