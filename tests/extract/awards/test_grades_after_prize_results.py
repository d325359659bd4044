"""Bare prize grades after 其中 in a sentence opened by the prize's ceremony or results (invented sentences).

- GUIDELINES §5 (grades listed after 其中 carry the prize named before) and tenth review round (a grade counted after a
  ceremony named for a prize in the sentence before carries the prize's name), as read in the thirty-first review round
  (7 December 2026, first stop): the prize's ceremony or results (`…奖颁奖大会`, `…奖评审结果`, `…奖评选结果`) named earlier
  in the grade's own sentence, with no other prize between, name the grade the same way; an edition before the prize is
  dropped; a grade with no prize named stays bare.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("市科技局公布了第二十届科技进步奖评审结果，共评出获奖项目80项，其中一等奖10项。",
     [("科技进步奖一等奖", 10, "项", None)]),
    ("冶金科学技术奖颁奖大会今天举行，本年度共授奖项目60项，其中特等奖2项。",
     [("冶金科学技术奖特等奖", 2, "项", None)]),
    ("市科技进步奖评审结果揭晓，共评出获奖项目80项，其中一等奖10项、二等奖30项、三等奖40项。",
     [("市科技进步奖一等奖", 10, "项", None), ("市科技进步奖二等奖", 30, "项", None), ("市科技进步奖三等奖", 40, "项", None)]),
    ("省教育厅发布省级教学成果奖评审结果，共有120项成果获奖，其中特等奖5项、一等奖30项。",
     [("省级教学成果奖特等奖", 5, "项", None), ("省级教学成果奖一等奖", 30, "项", None)]),
    # stays: the ceremony in the sentence before, a prize written right before 其中, no prize named
    ("冶金科学技术奖颁奖大会今天举行。本年度共授奖项目60项，其中特等奖2项。",
     [("冶金科学技术奖特等奖", 2, "项", None)]),
    ("今年市科学技术奖共授奖80项，其中一等奖10项。",
     [("市科学技术奖", 80, "项", None), ("市科学技术奖一等奖", 10, "项", None)]),
    ("比赛颁奖仪式举行，共评出一等奖3名。",
     [("一等奖", 3, "名", "person")]),
])
def test_grades_after_prize_results(extract, body, expected):
    assert honours(extract(page(body))) == expected
