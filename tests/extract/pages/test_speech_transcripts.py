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


# University and institute lectures: a guest scholar named between an organization and a rank,
# a report given with a measure word (作了一场题为《…》的报告), the event dated by the sentence that
# introduced it.
@pytest.mark.parametrize(
    ("text", "speakers", "meeting"),
    [
        ("近日，清华大学李文教授做客我校“明德大讲堂”，为全校师生作了一场题为《人工智能的未来》的精彩报告。报告会由副校长陈刚主持。",
         [("李文", "作报告"), ("陈刚", "主持")], ("报告会", "近日")),
        ("11月20日下午，北京大学国家发展研究院张明远教授应邀来我院作题为《数字经济与高质量发展》的学术讲座。"
         "讲座由经济学院院长刘红主持，学院100余名师生聆听了讲座。",
         [("张明远", "作报告"), ("刘红", "主持")], ("讲座", "11月20日")),
    ],
)
def test_guest_lectures(extract, text: str, speakers: list, meeting: tuple) -> None:
    record = extract(text)
    assert [(s["name"], s["roles"][0]) for s in record["speakers"]] == speakers
    assert (record["meetings"][0]["name"], record["meetings"][0]["date_text"]) == meeting


def test_date_of_an_unrelated_sentence_before_is_not_taken(extract) -> None:
    # the sentence before speaks of no lecture: its date is not the event's
    record = extract("2023年11月，学院获批省级重点学科。讲座由经济学院院长刘红主持。")
    assert record["meetings"][0]["date_text"] is None
