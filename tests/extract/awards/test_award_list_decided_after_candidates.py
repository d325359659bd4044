"""Rows of an honour list whose lead tells the candidates put forward, then the final decision on the list (invented pages).

GUIDELINES §5, thirty-fourth review round (7 December 2026, fourth stop): `共推荐候选对象126名，经审核、公示，最终确定表彰名单如下：`
tells how the selection went; the rows under it are the honours conferred, one record each (ninth round's headings), as
under a lead with no candidates. Near misses keep today's output: a lead that only proposes (`拟表彰名单如下`, `候选对象名单
公示如下`), a decision on a list still proposed (`最终确定拟表彰名单如下`) and a quota (`名额分配如下`) confer nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_ROWS = "\n先进集体（8个）\n甲镇农业站、乙街道社区党委等\n先进个人（25名）\n张小明、李红梅、王建国等"
_CONFERRED = [("先进集体", 8, "个", "organization"), ("先进个人", 25, "名", "person")]


@pytest.mark.parametrize(("lead", "expected"), [
    ("县委宣读了表彰决定。本次评选中，各单位共推荐候选对象96名（个），经审核、公示，最终确定表彰名单如下：", _CONFERRED),
    ("会上宣读了表彰通报。各乡镇共推荐候选人60名，经评审委员会评审，最后确定获奖名单如下：", _CONFERRED),
    ("大会宣读了表彰决定。全市推荐候选对象80个（名），经公示无异议，正式确定受表彰名单如下：", _CONFERRED),
    ("市总工会宣读了表彰决定。各基层工会推荐候选对象50名，经严格审核，最终决定表彰名单如下：", _CONFERRED),
    # near misses: proposals only, a decision on a proposed list, a quota
    ("县委宣读了通知。各单位共推荐候选对象96名（个），现将拟表彰名单公示如下：", []),
    ("县委宣读了通知。各单位共推荐候选对象96名（个），经审核，最终确定拟表彰名单如下：", []),
    ("县委宣读了表彰通知。经研究，以下单位和个人为表彰候选对象，名单如下：", []),
    ("县委宣读了表彰通知。本次评选名额分配如下：", []),
])
def test_list_decided_after_candidates(extract, lead, expected):
    assert honours(extract(page(lead + _ROWS))) == expected
