"""Lists of honours one per line under a lead line: conferred, or a quota (invented sentences).

- GUIDELINES §5 thirtieth review round (6 December 2026, ninth stop): a list of honours with counts, one per line, under
  a lead that confers them (`县委决定，表彰以下先进典型：` / `优秀共产党员（15名）`) gives one record per line, in Simplified or
  Traditional script and with Chinese numerals; under a lead that gives the places a selection has (`本次评选名额分配如下：`,
  `表彰名额如下：`), like one that proposes candidates (`拟表彰对象公示如下：`, ninth round), the lines are a quota: no record.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("县委决定，表彰以下先进典型：\n优秀共产党员：15名\n优秀党务工作者：8名",
     [("优秀共产党员", 15, "名", "person"), ("优秀党务工作者", 8, "名", "person")]),
    ("县委决定，表彰以下先进典型：\n一、优秀共产党员（共15名）\n二、优秀党务工作者（共8名）",
     [("优秀共产党员", 15, "名", "person"), ("优秀党务工作者", 8, "名", "person")]),
    ("县委决定，授予以下同志荣誉称号：\n优秀共产党员（十五名）\n优秀党务工作者（八名）",
     [("优秀共产党员", 15, "名", "person"), ("优秀党务工作者", 8, "名", "person")]),
    ("縣委決定表彰以下先進典型：\n優秀共產黨員（15名）\n優秀黨務工作者（8名）",
     [("优秀共产党员", 15, "名", "person"), ("优秀党务工作者", 8, "名", "person")]),
    ("经研究，决定对以下先进集体和先进个人予以表彰：\n先进集体（5个）\n先进个人（12名）",
     [("先进集体", 5, "个", "organization"), ("先进个人", 12, "名", "person")]),
    ("本次评选名额分配如下：\n优秀共产党员（15名）\n优秀党务工作者（8名）",
     []),
    ("各单位推荐名额如下：\n优秀共产党员（15名）\n优秀党务工作者（8名）",
     []),
    ("今年表彰名额如下：\n先进集体（5个）\n先进个人（12名）",
     []),
    ("评选表彰名额分配：\n先进集体：5个\n先进个人：12名",
     []),
    ("根据评选办法，本年度评选表彰的名额为：\n一、先进集体（5个）\n二、先进个人（12名）",
     []),
    ("现将拟表彰对象公示如下：\n优秀共产党员（15名）\n优秀党务工作者（8名）",
     []),
    ("以下为推荐候选人名单：\n优秀共产党员（15名）\n优秀党务工作者（8名）",
     []),
])
def test_honour_lines_under_a_lead(extract, body, expected):
    assert honours(extract(page(body))) == expected
