"""Honour tables flattened into text one cell a line under a conferring line (invented pages).

- GUIDELINES §5 twenty-second review round (a flattened table under a conferring line: header words each on a line, then
  rows of honour, optional holders and count, one record per honour row whose count has its unit; a bare number line is
  never a count), as read in the thirty-first review round (7 December 2026, first stop): the header may hold `序号` and the
  holders' column (`获奖单位（个人）`, `获奖者`, `获奖集体`), each row may open on its number alone, and the holders' cell is
  names closed by `等`; a named certificate of merit (`五一劳动奖状`) is an honour like `五一劳动奖章`. A table under a 公示
  or a table of other things counted gives none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # header cells each on a line, a holders' cell between honour and count
    ("市总工会召开表彰大会，宣读表彰决定。表彰名单如下：\n荣誉称号\n获奖单位（个人）\n数量\n江州市五一劳动奖状\n市人民医院等\n6个\n"
     "江州市五一劳动奖章\n李明等\n20名",
     [("江州市五一劳动奖状", 6, "个", "organization"), ("江州市五一劳动奖章", 20, "名", "person")]),
    ("市总工会召开表彰大会\n授予下列单位和个人荣誉称号：\n荣誉称号\n获奖集体（个人）\n数量\n五一劳动奖状\n市自来水公司等\n5个\n"
     "工人先锋号\n市急救中心调度班等\n8个",
     [("五一劳动奖状", 5, "个", "organization"), ("工人先锋号", 8, "个", "organization")]),
    ("学院召开表彰会\n表彰名单如下：\n奖项\n获奖者\n人数\n优秀班主任\n刘芳等\n9名\n优秀辅导员\n陈立等\n4名",
     [("优秀班主任", 9, "名", "person"), ("优秀辅导员", 4, "名", "person")]),
    ("县总工会表彰先进\n会上表彰了：\n荣誉称号\n获奖单位\n数量\n县五一劳动奖状\n县人民医院等\n3个",
     [("县五一劳动奖状", 3, "个", "organization")]),
    # a row number opening each row, on its own line or in a column of its own
    ("区委召开“两优一先”表彰大会\n表彰名单如下：\n序号\n荣誉称号\n获奖单位\n数量\n1\n先进基层党组织\n城东街道党工委等\n12个\n"
     "2\n优秀共产党员\n张华等\n30名",
     [("先进基层党组织", 12, "个", "organization"), ("优秀共产党员", 30, "名", "person")]),
    ("公司召开年度表彰会\n表彰名单如下：\n序号\n荣誉称号\n人数\n1\n优秀共产党员\n15名\n2\n优秀党务工作者\n6名",
     [("优秀共产党员", 15, "名", "person"), ("优秀党务工作者", 6, "名", "person")]),
    ("公司召开表彰会\n表彰名单如下：\n序号　荣誉称号　人数\n1　优秀员工　25名\n2　优秀班组长　8名",
     [("优秀员工", 25, "名", "person"), ("优秀班组长", 8, "名", "person")]),
    # header cells each on a line, no holders' column
    ("学院召开表彰大会\n表彰情况：\n荣誉称号\n人数\n优秀教师\n15名\n优秀教育工作者\n6名",
     [("优秀教师", 15, "名", "person"), ("优秀教育工作者", 6, "名", "person")]),
    # Traditional script
    ("學校舉行頒獎典禮\n獲獎名單如下：\n獎項\n獲獎者\n人數\n傑出學生獎\n陳大文等\n6名\n優秀班長\n李小明等\n10名",
     [("杰出学生奖", 6, "名", "person"), ("优秀班长", 10, "名", "person")]),
    # near-misses: a proposal under 公示, a table of other things, rows of a training course
    ("镇政府公示拟表彰名单\n拟表彰名单公示如下：\n荣誉称号\n获奖单位\n数量\n先进集体\n镇卫生院等\n6个\n先进个人\n王芳等\n12名",
     []),
    ("区统计局发布数据\n统计情况如下：\n项目\n单位\n数量\n参赛队伍\n城东街道等\n12个\n参赛人数\n张华等\n300名",
     []),
    ("培训班结业\n培训情况如下：\n序号\n班次\n人数\n1\n党员干部培训班\n120名",
     []),
])
def test_flattened_table_rows(extract, body, expected):
    assert honours(extract(page(body))) == expected
