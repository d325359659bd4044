"""Dirty scraped pages (government, party-building, company, university, Taiwan/HK/Macau).

Two sentences were lost to a line wrap that a reader joins without a thought (GUIDELINES §1: broken
line wraps are repaired as a reader would; §4: the title written next to the name):

- a paragraph whose first line ends on a title and a lone surname (``校党委书记王`` / ``振宇，校长…``): a
  surname alone is no name, so the title was cut off its holder;
- a line cut inside a book title that holds a space (``以《青春`` / ``心向党 奋进新时代》为题，…讲授专题党课。``):
  the space inside the title was read as the gap before a photo credit, so the lecturer was lost.

Negative rows: a finished first line, a title followed by a verb (``区长说``), a line whose space is outside
any title (a caption and its credit) stay apart.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

LEAD = "5月6日上午，江城市某学院召开2024年度工作会议，会议在学术报告厅举行。"

SURNAME_CUT = [
    ("　　校党委书记王\n振宇，校长李德明等出席会议。王振宇作总结讲话。", "王振宇", "校党委书记"),
    ("　　院长陈\n立新主持会议。", "陈立新", "院长"),
    ("　　集团副总经理刘\n晓、总监赵明出席。刘晓在会上讲话。", "刘晓", "集团副总经理"),
    ("　　县委副书记周\n建华，副县长李梅出席会议。周建华强调，要抓好落实。", "周建华", "县委副书记"),
]


@pytest.mark.parametrize(("body", "name", "title"), SURNAME_CUT)
def test_title_and_surname_cut_by_a_wrap_are_joined(extract, body, name, title) -> None:
    record = extract(page(LEAD + "\n" + body))
    assert speakers(record)[name][0] == title


BOOK_TITLE_CUT = [
    ("社区党委书记刘春梅以《青春\n心向党 奋进新时代》为题，为党员们讲授专题党课。", "刘春梅", "讲党课"),
    ("党支部书记王海以《守初心\n担使命 建新功》为题讲授专题党课。", "王海", "讲党课"),
    ("党校教授张明作了题为《严明纪律 筑牢\n防线》的专题辅导，县委书记李强主持会议。", "李强", "主持"),
    ("市委党校教授孙悦围绕《学党章\n守党纪 强党性》作专题报告。", "孙悦", "作报告"),
]


@pytest.mark.parametrize(("body", "name", "role"), BOOK_TITLE_CUT)
def test_line_cut_inside_a_book_title_with_a_space_is_joined(extract, body, name, role) -> None:
    text = "5月10日下午，光明社区党委在党群服务中心开展主题党日活动。" + body
    record = extract(page(text))
    assert role in speakers(record)[name][1]
    assert "\n" not in record["_doc"].clean_text.split("5月10日", 1)[1].split("。")[1]


APART = [
    # a finished first line: the paragraph below is its own
    ("5月10日下午，某镇召开会议。\n镇长王伟主持会议。", "。\n镇长王伟"),
    # a title followed by a verb, not a surname
    ("5月10日下午，某镇召开会议。会上区长说\n要抓好落实，区长王伟讲话。", None),
    # a title word before a body's noun, no surname (常委会): a finished clause may end the line
    ("5月10日下午，某镇党委在镇政府三楼会议室召开2024年度党建工作会议。会议学习了市委常委会\n会议传达了有关精神。",
     "常委会\n会议传达"),
    # a space outside the title on the next line: no sentence's second half
    ("5月10日下午，某镇党委在镇政府三楼会议室召开2024年度党建工作会议，书记以《青春\n心向党》为题 讲授党课。", "《青春\n心向党》"),
]


@pytest.mark.parametrize(("body", "kept"), APART)
def test_lines_that_do_not_split_a_unit_stay_apart(extract, body, kept) -> None:
    clean = extract(page(body))["_doc"].clean_text
    if kept is not None:
        assert kept in clean
    else:
        assert "区长说\n要" in clean or "区长说要" in clean
