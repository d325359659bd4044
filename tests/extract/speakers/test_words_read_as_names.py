"""Common words opening on a surname character are no names (GUIDELINES §4 thirty-second review round, second stop of
7 December 2026): `向` before a word of newness or of all and a people noun, then the act told to them (`向新同学表示热烈欢迎`,
as the thirty-first round reads `向学员介绍`); a verb of becoming (`从一名普通学生成长为青年教师`, `早日成长为…人才`); `区民`
before a council or a residents' label (`区民代表会主席某某`: Taiwan's district council). Invented sentences; near misses
keep real names opening on those characters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

H = "开学典礼8日举行。"
A = "会员代表大会8日召开。"

NO_FALSE_NAME = [
    (H + "院长王建国致欢迎辞，代表学院向新同学表示热烈欢迎。", "王建国", "向新"),
    (H + "院長王建國致歡迎辭，代表學院向新同學表示熱烈歡迎。", "王建国", "向新"),
    (H + "校长王建国致辞，向全体新生致以问候。", "王建国", "向全"),
    (H + "院长王建国致辞，向新入职教师表示欢迎。", "王建国", "向新"),
    (H + "教师代表李娜发言，结合自己从一名普通学生成长为青年教师的经历，寄语新同学。", "李娜", "成长"),
    (H + "新生代表李娜发言，表示一定勤奋学习，早日成长为对国家有用的人才。", "李娜", "成长"),
    (H + "教师代表李娜发言，讲述了自己从一名技术员晋升为高级工程师的经历。", "李娜", "晋升"),
    ("會員代表大會8日召開。區長陳俊宏、區民代表會主席翁啟明等到場致詞。", "翁启明", "区民"),
    (A + "区长陈俊宏、区民代表会主席翁启明先后致辞。", "翁启明", "区民"),
]

NAMES_KEPT = [
    (H + "副县长成长林致辞。", "成长林"),
    (H + "会议由副县长向新民主持。", "向新民"),
    (H + "局长向新华讲话。", "向新华"),
    (H + "区长区民强讲话。", "区民强"),
]


@pytest.mark.parametrize(("text", "speaker", "word"), NO_FALSE_NAME)
def test_word_is_no_name(extract_with_model: Callable[..., dict[str, Any]], text: str, speaker: str, word: str) -> None:
    names = {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speaker in names
    assert not any(n.startswith(word) for n in names)


@pytest.mark.parametrize(("text", "name"), NAMES_KEPT)
def test_real_name_kept(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    names = {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert name in names


def test_council_post_is_the_title(extract_with_model: Callable[..., dict[str, Any]]) -> None:
    found = {s["name"]: s["title"] for s in extract_with_model(A + "区长陈俊宏、区民代表会主席翁启明先后致辞。",
                                                               "2024-05-10")["speakers"]}
    assert found.get("翁启明") == "区民代表会主席"
