"""Mojibake lines inside otherwise good pages (GUIDELINES §1): a line written as UTF-8 and read as GBK
(会后， -> 浼氬悗锛), 锟斤拷 runs, lines of nothing but U+FFFD; and clean lines full of rare characters,
Traditional text and classical names that must stay as they are.  All sentences are invented; the
garbled forms are made here from them (encode as UTF-8, decode as GBK the way a lenient scraper does)."""

from __future__ import annotations

import pytest

from pipeline.mojibake import repair
from tests.extract.views import page


def as_gbk(sentence: str) -> str:
    """``sentence``'s UTF-8 bytes read as GBK, unreadable bytes shown as U+FFFD."""
    return sentence.encode("utf-8").decode("gbk", errors="replace")


@pytest.mark.parametrize(
    "sentence",
    [
        "会后，与会人员参观了产业园区。",
        "全镇32名人大代表参加会议。",
        "大会表彰了10名优秀共产党员和5个先进基层党组织。",
        "颁奖典礼上，三位青年科学家获得“创新奖”。",
        "獲獎者包括陳嘉庚、鄺志堅等人。",  # Traditional text written as UTF-8
    ],
)
def test_utf8_line_read_as_gbk_is_read_again(sentence: str) -> None:
    garbled = as_gbk(sentence)
    text = "前一段正常文字。\n" + garbled + "\n后一段正常文字。"
    result = repair(text)
    lines = result.text.split("\n")
    assert lines[0] == "前一段正常文字。" and lines[2] == "后一段正常文字。"
    # (a character whose bytes the decoder lost may be missing, never a wrong one in its place)
    rest = iter(sentence)
    assert all(ch in rest for ch in lines[1]), lines[1]
    assert len(lines[1]) >= 0.8 * len(sentence)
    # each rebuilt character points at the input character that held its first byte
    for k, p in enumerate(result.positions):
        assert result.text[k] == text[p] or text[p] in garbled


def test_positions_point_at_first_byte() -> None:
    garbled = as_gbk("会后，与会人员参观了基地。")
    result = repair(garbled)
    assert result.text == "会后，与会人员参观了基地。"
    # three UTF-8 bytes per character, two per GBK character: 0, 1.5, 3, ... rounded down
    assert result.positions == [(3 * k) // 2 for k in range(len(result.text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇人大主席锟斤拷建平主持会议。", "镇人大主席建平主持会议。"),
        ("会议由副镇长王芳锟斤拷锟斤拷主持。", "会议由副镇长王芳主持。"),
        ("锟斤拷锟斤拷锟斤拷\n全镇32名人大代表参加会议。", "\n全镇32名人大代表参加会议。"),
        ("会议审议了报告。\n����\n全镇32名人大代表参加会议。", "会议审议了报告。\n\n全镇32名人大代表参加会议。"),
    ],
)
def test_unreadable_runs_go_and_the_text_around_them_stays(text: str, expected: str) -> None:
    assert repair(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "饕餮盛宴上，耄耋老人觥筹交错，鳏寡孤独皆有所养。",
        "魑魅魍魉，罄竹难书，觊觎已久，龃龉不断。",
        "獬豸、貔貅、饕餮、梼杌、狻猊、睚眦皆为传说中的神兽。",
        "诸葛亮、司马懿、皇甫嵩、尉迟恭、澹台灭明、鲜于仲通、欧阳修。",
        "臺灣鐵路管理局於龜山鄉舉辦鐵道節慶祝活動，鄺氏宗親會蒞臨。",
        "夔龙纹簋、觚、斝、卣、罍、瓿皆为商周青铜礼器。",
        "蕤宾、夷则、南吕、无射、应钟，黄钟大吕，琮琤悦耳。",
        "锟铻剑出鞘，铻锟之声不绝。",
        "浙江嵊州、浈江、浏阳、浍河、浠水流域。",
        "鍾毓鍾會兄弟，鍚鍛鍜鍝鍞鍟鍠。",
        "旸谷、昶、晟、晔、暄、暝、曛、曜。",
        "邗江、邛崃、邡、邯郸、邰、邳州、邴、邶、邸。",
        # a lone U+FFFD inside a name is left: what it stood for is unknown
        "镇人大主席��建平主持会议。",
    ],
)
def test_real_text_with_rare_characters_is_left_alone(text: str) -> None:
    line = "县里召开会议。\n" + text + "\n会议结束。"
    assert repair(line).text == line


@pytest.mark.parametrize(
    ("line", "expected_count"),
    [
        (as_gbk("会后，与会人员参观了产业园区。"), 32),
        ("锟斤拷锟斤拷锟斤拷", 32),
    ],
)
def test_short_paragraph_after_a_mojibake_line_is_kept(extract, line: str, expected_count: int) -> None:
    body = (
        "6月4日，长岭镇人大主席团召开第三次会议，镇人大主席王建平主持会议。\n"
        "会议审议通过了镇人民政府关于民生实事项目推进情况的报告。\n"
        f"{line}\n"
        "全镇32名人大代表参加会议。"
    )
    record = extract(page(body, "2024-06-05"))
    assert [m["attendee_count"] for m in record["meetings"]] == [expected_count]


def test_evidence_after_a_repaired_line_points_at_the_raw_text(extract) -> None:
    garbled = as_gbk("会后，与会人员参观了基地。")
    body = (
        "会议审议通过了镇人民政府关于民生实事项目推进情况的报告。\n"
        f"{garbled}\n"
        "6月4日下午，长岭镇召开安全生产工作会议，镇长李明主持会议。"
    )
    record = extract(page(body, "2024-06-05"))
    doc = record["_doc"]
    assert "会后，与会人员参观了基地。" in record["clean_text"]
    (meeting,) = record["meetings"]
    evidence = meeting["evidence"]
    assert doc.raw_text[evidence["raw_start"] : evidence["raw_end"]] == evidence["text"]
    assert doc.clean_text[evidence["clean_start"] : evidence["clean_end"]] == evidence["text"]
    # the repaired line maps back to the garbled raw line
    start = record["clean_text"].index("会后")
    raw_start, raw_end = doc.raw_span(start, start + len("会后，与会人员参观了基地。"))
    assert doc.raw_text[raw_start:raw_end] == garbled.rstrip("\ufffd")


def test_utf8_read_as_latin1_is_still_repaired() -> None:
    sentence = "会议表彰了先进集体。"
    assert repair("前文。\n" + sentence.encode("utf-8").decode("latin-1") + "\n后文。").text == f"前文。\n{sentence}\n后文。"


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # UTF-8 read as Latin-1 twice (会议表彰了先进集体。)
        ("会议表彰了先进集体。".encode().decode("latin-1").encode().decode("latin-1"), "会议表彰了先进集体。"),
        # the same with cp1252's undefined 0x8F dropped on the way: 召 is lost, not guessed
        ("Ã¤Â¼ÂšÃ¨Â®Â®Ã¥ÂÂ¬Ã¥Â¼Â€", "会议开"),
    ],
)
def test_utf8_read_as_latin1_twice(garbled: str, expected: str) -> None:
    result = repair("前文。\n" + garbled + "\n后文。")
    assert result.text == f"前文。\n{expected}\n后文。"
    assert result.positions[4] == 4  # the first rebuilt character points at the run's first character


def test_half_repaired_line_stays_whole_and_apart(extract) -> None:
    # a line that lost many bytes: a few words would come back, the rest would stay garbled; the line is left
    # as it was (no half-read line whose garble glues itself to the next sentence's title)
    garbled = "浼氳鍚庯紝鍖哄鍏跺垎鍒鍦ㄥ涔犳垚鏋滀氦娴"
    assert garbled[6:] in repair(f"会议开始。\n{garbled}\n").text
    body = f"3月14日，区委理论学习中心组召开集体学习会。\n{garbled}\n区委副书记、区长程静作了交流发言。"
    record = extract(page(body, "2024-03-15"))
    assert [(s["name"], s["title"], s["roles"]) for s in record["speakers"]] == [("程静", "区委副书记、区长", ["发言"])]
