"""Speeches printed in full (Hong Kong and Macau government releases, mainland 讲话全文 pages).

A release ``行政長官在…開幕禮致辭`` opens with ``以下是行政長官…今日（…）在…的致辭全文：`` and then
prints the speech: the introduction is a lead sentence (not the headline), it reports the event
the speech was given at (GUIDELINES §3, a meeting referred to as having taken place), and the
speaker's role is 致辞 (§4). Invented pages.
"""

from __future__ import annotations

import pytest

HK_RELEASE = """行政長官在青年創科論壇開幕禮致辭（只有中文）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　　以下是行政長官林振邦今日（十一月九日）在青年創科論壇開幕禮的致辭全文：

尊敬的各位嘉賓、各位朋友：

　　大家好！很高興今天出席青年創科論壇。青年是社會的未來……

　　最後，我祝願論壇圓滿成功。謝謝大家！
完
2025年11月9日（星期日）
香港時間12時30分
"""

MAINLAND_TRANSCRIPT = """在全县乡村振兴推进会上的讲话
下面是县委书记王建华3月5日在全县乡村振兴推进会上的讲话：
同志们：
今天召开这次会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。
一、提高站位，切实增强责任感。
"""


def test_hk_speech_release(extract) -> None:
    record = extract(HK_RELEASE, "2025-11-09")
    assert record["title"] == "行政长官在青年创科论坛开幕礼致辞（只有中文）"
    [meeting] = record["meetings"]
    assert (meeting["name"], meeting["date"]) == ("青年创科论坛开幕礼", "2025-11-09")
    assert [(s["name"], s["title"], s["roles"]) for s in record["speakers"]] == [("林振邦", "行政长官", ["致辞"])]


def test_paragraph_ending_in_an_ellipsis_is_body(extract) -> None:
    # 很高兴…: an emotion word of a page's vote widget inside a paragraph that ends on ……
    assert "青年是社会的未来" in extract(HK_RELEASE, "2025-11-09")["clean_text"]


def test_mainland_transcript_introduction(extract) -> None:
    record = extract(MAINLAND_TRANSCRIPT, "2025-03-06")
    assert record["meetings"][0]["name"] == "全县乡村振兴推进会"
    assert record["meetings"][0]["date"] == "2025-03-05"
    assert [(s["name"], s["roles"]) for s in record["speakers"]] == [("王建华", ["讲话"])]


@pytest.mark.parametrize(
    "text",
    [
        # a speech named as a thing (its text studied), not an event reported
        "5月10日，全体党员学习了县委书记在全县大会的讲话精神。",
        # a list of documents below, no speech
        "以下是本次活动的获奖名单：",
    ],
)
def test_no_event_from_speeches_named_as_things(extract, text: str) -> None:
    assert extract(text, "2025-05-11")["meetings"] == []
