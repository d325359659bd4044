"""向 right after a title and before a noun for the people an act is told to (负责人向学员介绍, 局长向家长代表讲解) is the
preposition and its addressee, not the surname 向 and a name (GUIDELINES §4, thirty-first review round, first stop of
7 December 2026). Invented sentences, with near misses where 向 opens a real name and must stay read."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "5月8日，县干部培训班开班仪式举行。县委书记李明讲话。"


@pytest.mark.parametrize(
    "body",
    [
        "开班仪式前，县委党校相关负责人向学员详细介绍了培训安排。",
        "县委党校负责人向学员介绍了课程设置。",
        "座谈会上，市教育局负责人向家长介绍了招生政策。",
        "座谈会上，市教育局负责人向家长代表详细介绍了今年的招生政策。",
        "活动中，县卫健局局长向村民讲解了防疫知识。",
        "县委组织部副部长向新生宣读了学员管理规定。",
        "縣委黨校相關負責人向學員詳細介紹了培訓安排。",
        "会后，区文旅局负责人向记者通报了活动筹备情况。",
    ],
)
def test_to_and_the_people_told_give_no_speaker(extract_with_model, body: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body)))
    assert "李明" in found
    assert not any(name.startswith("向") for name in found)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # near misses: 向 opens a name (no people noun after it, or no act told to them)
        ("座谈会上，副县长向东介绍了情况。", "向东"),
        ("座谈会上，副县长向东林介绍了情况。", "向东林"),
        ("座谈会上，副县长向学文介绍了情况。", "向学文"),
        ("会议由副县长向新民主持。", "向新民"),
    ],
)
def test_a_name_opening_with_xiang_stays(extract_with_model, body: str, name: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body)))
    assert name in found
