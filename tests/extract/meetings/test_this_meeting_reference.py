"""A meeting referred to as this one (`这次`, `本次`, `此次`, `这届`, `本届`) as the subject of what it was, did or
brought (`这次代表大会是在…召开的`, `本次会议协商决定了…`, `这次大会的一个实质性成果`) is a meeting the article reports as
held: one record, named as written without the demonstrative (GUIDELINES §3, a meeting only referred to as having taken
place; thirtieth review round, 6 December 2026, ninth stop). One still ahead (`这次会议将于明年召开`), the next one
(`下次会议`), or what is no meeting (`这次访问`, `本次活动`, `这次比赛`) gives none. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("这次代表大会是在江城改革发展的关键时刻召开的一次重要会议。", ["代表大会"]),
        ("本次会议协商决定了新一届委员会的组成人员名单。", ["会议"]),
        ("这次江城大会的一个实质性成果是就增资问题达成了协议。", ["江城大会"]),
        ("此次论坛吸引了来自全国的300余名专家学者。", ["论坛"]),
        ("与会者一致认为，本次会议提出的目标切实可行，这次会议取得了丰硕成果。", ["会议"]),
        ("這次座談會上，與會代表暢所欲言。", ["座谈会"]),
        ("本届理事会会议还审议通过了协会章程修正案。", ["理事会会议"]),
        ("据介绍，此次年会的一项重要成果是成立了图书馆联盟。", ["年会"]),
        ("这次紧急会议是在当地时间凌晨结束的。", ["紧急会议"]),
    ],
)
def test_this_meeting_referred_to_as_held(extract_with_model, body: str, expected: list) -> None:
    assert names(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "这次会议将于明年3月在江城召开。",
        "下次会议定于6月举行。",
        "这次访问取得了圆满成功。",
        "本次活动共发放宣传资料3000余份。",
        "这次比赛共有200名选手参加。",
        "各单位要认真学习贯彻这次会议精神。",
        # a meeting only spoken of or described, none told held (tests/extract/meetings/test_meeting_company_prefixes_and_bare_days.py, meetings/test_meeting_past_editions_and_forecasts.py)
        "专家们认为，这次研讨会开得很成功。",
        "与会者一致认为，本次会议对推动工作具有重要意义。",
        "本届研讨会是该系列的第六届。",
        "此次年会的主题是“数字时代的图书馆”。",
    ],
)
def test_no_meeting_held_from_this(extract_with_model, body: str) -> None:
    assert names(extract_with_model(page(body))) == []


def test_this_meeting_is_the_meeting_told_before(extract_with_model) -> None:
    # the meeting named and held, then referred to as this one: one record
    record = extract_with_model(page("江城市科协第五次代表大会昨天在市会展中心开幕。本次大会选举产生了新一届委员会。"))
    assert names(record) == ["江城市科协第五次代表大会"]


@pytest.mark.parametrize(
    "body",
    [
        # the meeting only the source of a document or a plan relayed (GUIDELINES §3, not meetings)
        "文章指出，这次全会通过的决定，全面回答了制度建设的重大问题。",
        "据悉，这次大会通过的章程将于明年实施。",
    ],
)
def test_this_meeting_only_the_source_of_a_document(extract_with_model, body: str) -> None:
    assert names(extract_with_model(page(body))) == []
