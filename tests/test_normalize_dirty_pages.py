"""Normalization of dirty scraped pages: a sentence broken over long lines, cp1252
quotes that lost a byte, no-break spaces read as Latin-1, names spaced out a character at a time,
thousands set off by a space.  Invented lines; each clean text keeps its map to the raw one."""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULTS
from pipeline.document import Document
from pipeline.normalize import Normalizer, punctuation_step, unicode_step, unwrap_step

NORMALIZER = Normalizer(list(DEFAULTS["normalize_steps"]))


def normalized(text: str) -> Document:
    return NORMALIZER(Document.from_raw("test", "test", text, "utf-8"))


def assert_maps_back(doc: Document, raw: str) -> None:
    """Every clean Han character points at the same raw character."""
    for i, ch in enumerate(doc.clean_text):
        if "\u4e00" <= ch <= "\u9fff":
            start, end = doc.offsets.raw_span(i, i + 1)
            assert raw[start:end] == ch


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a break between a speech verb's lead-in and the verb
        ("1月15日，市总工会召开全委会议。市总工会党组书记黄丽华在会上\n作工作报告。\n",
         "1月15日，市总工会召开全委会议。市总工会党组书记黄丽华在会上作工作报告。\n"),
        # between a title and a name, in a lead with no finished sentence yet
        ("1月15日，市总工会召开全委会议，市委常委、组织部长\n郑国华出席会议并讲话。\n",
         "1月15日，市总工会召开全委会议，市委常委、组织部长郑国华出席会议并讲话。\n"),
        # inside an amount, and inside a meeting's bracketed name
        ("6月11日，市卫健委召开推进会。会议下达补助资金2000\n万元。\n",
         "6月11日，市卫健委召开推进会。会议下达补助资金2000万元。\n"),
        ("1月15日，市总工会召开十五届四次全委（扩大）\n会议，会议由副主席李强主持，各县区工会主席参加会议。\n",
         "1月15日，市总工会召开十五届四次全委（扩大）会议，会议由副主席李强主持，各县区工会主席参加会议。\n"),
        # over a middle line that goes on with a clause
        ("会议由副主席李强主持。会议表彰了30名“五一\n劳动奖章”获得者，市委常委郑国华出席会议\n并讲话。\n",
         "会议由副主席李强主持。会议表彰了30名“五一劳动奖章”获得者，市委常委郑国华出席会议并讲话。\n"),
    ],
)
def test_a_sentence_broken_over_long_lines_is_joined(raw: str, clean: str) -> None:
    assert unwrap_step(raw).text == clean


@pytest.mark.parametrize(
    "raw",
    [
        # a headline with an exclamation mark (no full stop) before the first paragraph
        "奖金711万元！南州科学奖公布获奖名单\n南州科学奖每个奖项的单项奖金100万美元。\n",
        # a long headline before a paragraph that does not open with a date
        "县委召开常委会会议，传达学习全省经济工作会议精神并研究部署近期重点工作任务\n县委书记王强主持会议并讲话，县长李明出席会议。\n",
        # a paragraph ending a sentence, then a list item, a byline, a dateline, a caption
        "会议由副主席李强主持。各单位要抓好落实\n一、提高政治站位，强化责任担当。\n",
        "会议由副主席李强主持。会议要求\n记者 张华 报道。\n",
        "会议由副主席李强主持。会议要求各单位\n5月10日上午，县委召开常委会会议。\n",
        "▲ 5月6日，镇政府召开秋粮收购工作会议，镇长刘晓明主持。 刘杰 摄\n县委书记王强出席会议并讲话。\n",
        # a prompt between the halves stays a line of its own (the boilerplate stage removes it)
        "会议由副主席李强主持。会议下达补助资金\n展开全文\n2000万元。\n",
        # a related-headline list after a paragraph
        "会议由副主席李强主持。相关新闻\n县委召开常委会会议，县委书记赵强主持\n",
    ],
)
def test_lines_that_do_not_break_a_sentence_stay_apart(raw: str) -> None:
    assert unwrap_step(raw).text == raw


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("会上表彰了10个â€œ先进基层党组织â€\ufffd、30名â€œ优秀共产党员â€\ufffd。",
         "会上表彰了10个“先进基层党组织”、30名“优秀共产党员”。"),
        # the undefined byte dropped without a mark
        ("市委召开â€œ两学一做â€学习教育推进会。", "市委召开“两学一做”学习教育推进会。"),
        ("会议â€”全市组织工作会议â€¦", "会议—全市组织工作会议…"),
    ],
)
def test_cp1252_quotes_that_lost_a_byte_are_repaired(raw: str, clean: str) -> None:
    doc = normalized(raw)
    assert doc.clean_text == clean
    assert_maps_back(doc, raw)
    if "”" in clean:
        # (the repaired quote points at the first character of its bytes)
        start = clean.index("”")
        assert raw[doc.offsets.raw_span(start, start + 1)[0]] == "â"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("县委书记Â\u00a0李明讲话，县委副书记Â\u00a0Â\u00a0王刚主持。", "县委书记 李明讲话，县委副书记  王刚主持。"),
        ("县委书记Â 李明讲话。", "县委书记 李明讲话。"),
    ],
)
def test_a_no_break_space_read_as_latin1_between_chinese_is_a_space(raw: str, clean: str) -> None:
    doc = normalized(raw)
    assert doc.clean_text == clean
    assert_maps_back(doc, raw)


def test_latin_text_keeps_its_a_circumflex() -> None:
    assert normalized("Â la carte, 2024").clean_text == "Â la carte, 2024"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("镇党委书记赵 建 国主持会议，镇长钱 小 平讲话。", "镇党委书记赵建国主持会议，镇长钱小平讲话。"),
        ("镇党委书记赵  建  国主持会议。", "镇党委书记赵建国主持会议。"),
        ("镇党委书记欧 阳 晓 峰主持会议。", "镇党委书记欧阳晓峰主持会议。"),
        ("下达产业发展资金8 600万元。", "下达产业发展资金8600万元。"),
        ("下达资金1\u2009200万元。", "下达资金1200万元。"),
        # words set apart by spaces, Latin words, lists and addresses stay
        ("首页 新闻中心 部门动态", "首页 新闻中心 部门动态"),
        ("记者 张华 报道", "记者 张华 报道"),
        ("Michael Chen 出席", "Michael Chen 出席"),
        ("电话 0531 123 456", "电话 0531 123 456"),
        ("人民路 88 号", "人民路88号"),
    ],
)
def test_spaced_out_names_and_thousands_close_up(raw: str, clean: str) -> None:
    doc = normalized(raw)
    assert doc.clean_text == clean
    assert_maps_back(doc, raw)
    assert punctuation_step(doc.clean_text).text == doc.clean_text  # idempotent


def test_an_app_prompt_inside_a_sentence_is_not_joined_to_its_first_half() -> None:
    raw = "会议由副主席李强主持。会议下达补助资金\n打开APP阅读全文，体验更佳\n2000万元。\n"
    assert "补助资金\n打开APP" in unwrap_step(raw).text


def test_a_tab_between_chinese_characters_is_a_space() -> None:
    assert punctuation_step("镇党委书记赵\t建国主持").text == "镇党委书记赵 建国主持"
    assert punctuation_step("姓名\t2024\t职务").text == "姓名\t2024\t职务"
    assert unicode_step("行\t内").text == "行\t内"  # (the unicode step leaves tabs alone)
