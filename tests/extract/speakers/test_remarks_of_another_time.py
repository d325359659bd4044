"""Remarks of another time relayed by an essay, an editorial or another speaker give their author no role
(GUIDELINES §4 thirty-first review round; §4: people whose earlier remarks are relayed are no speakers): a time of
another year before the name with no meeting named in the sentence (a year two or more before the page's, a decade,
早在), the remarks cited as a source (正如某某所说, 指出的那样), a congress report cited, a speech named as the thing
studied, or the name in the first clause of another's indirect speech (甲说，乙认为…). The same words at a meeting the
sentence names keep the speaker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

RELAYED = [
    ("学习座谈会今天举行。1980年5月，邓小平同志在会见外宾时说：“社会主义是一个很好的名词。”", "邓小平"),
    ("学习座谈会今天举行。1986年12月，周立新同志在一次谈话中说，改革开放不能离开社会主义道路。", "周立新"),
    ("學習座談會今天舉行。1980年5月，鄧小平同志在會見外賓時說，社會主義是一個很好的名詞。", "邓小平"),
    ("学习座谈会今天举行。一九八六年十二月，周立新同志在一次谈话中说，改革开放不能离开社会主义道路。", "周立新"),
    ("学习座谈会今天举行。早在改革开放之前周立新同志就指出，不搞现代化国家就不能巩固。", "周立新"),
    ("学习座谈会今天举行。80年代末，周立新同志就精辟地指出，发展才是硬道理。", "周立新"),
    ("学习座谈会今天举行。正如周立新总书记1995年所说，发展是硬道理。", "周立新"),
    ("学习座谈会今天举行。正如周立新同志指出的那样，发展是硬道理。", "周立新"),
    ("学习座谈会今天举行。但正如周立新同志指出的，四项基本原则并不是新的东西。", "周立新"),
    ("学习座谈会今天举行。周立新总书记在中共十五大报告中再次重申坚持和平统一方针。", "周立新"),
    ("座谈会今天举行。社论说，1995年1月30日，周立新主席发表了关于促进祖国统一大业的重要讲话。", "周立新"),
    ("记者招待会今天举行。发言人鲁宾说，国务卿奥尔布赖特认为，中东和平迫切需要推进。", "奥尔布赖特"),
    ("座谈会今天举行。主持人李明说，市长王强在讲话中强调，要抓好安全生产。", "王强"),
    ("今天，剧组举行座谈会，畅谈学习周立新总书记观看话剧后的重要讲话的体会。编剧王海说，要创作好作品。", "周立新"),
]

KEPT = [
    # the same words at a meeting held or named keep the speaker
    ("学习座谈会今天举行。周立新同志在座谈会上说，改革开放不能离开社会主义道路。", "周立新"),
    ("今天上午，周立新同志在会见外宾时说，社会主义是一个很好的名词。", "周立新"),
    ("1998年1月5日，周立新书记在全省经济工作会议上指出，要坚持改革开放。", "周立新"),
    ("学习座谈会今天举行。早在1978年，周立新同志就在全国科学大会上指出，科学技术是生产力。", "周立新"),
    ("1998年1月，全省会议举行。在1996年9月召开的全县动员大会上，县委书记刘海又重申了扶贫的决心。", "刘海"),
    # one only named in another's words, and a call giving the turn, are no relayed remarks
    ("3日，市长沙明会见了来访的副主席何丽。沙明说，何丽访问是一次重要的交流。何丽说，两国合作成果显著。", "何丽"),
    ("座谈会今天举行。主持人李明说，请市长王强讲话。王强说，要抓好安全生产。", "王强"),
    ("座谈会今天举行。李明说，要学习好会议精神。王强说，要抓好落实。", "王强"),
    ("今天，县委召开学习会，县委书记王海在学习会上讲话。", "王海"),
]


@pytest.mark.parametrize(("text", "name"), RELAYED)
def test_remarks_of_another_time_give_no_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                 name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_remarks_at_a_meeting_keep_the_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                               name: str) -> None:
    assert name in {s["name"] for s in extract_with_model(text, PUBLISHED)["speakers"]}


def test_cited_at_the_meeting_held_stays(extract_with_model: Callable[..., dict[str, Any]]) -> None:
    # a source cited with the meeting named where it was said (在会上所说) is this meeting's remark
    text = "5月7日，县委召开常委会会议。正如县委书记李海在会上所说，要抓好安全生产。"
    assert "李海" in {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
