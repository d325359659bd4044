"""A report on work given at a meeting on a body's behalf, named after 代表 before the verb (invented pages).

GUIDELINES §4, thirty-fourth review round (7 December 2026, fourth stop), following the ninth round (`报告年度业务` by an
officer is 作报告) and the twelfth (`汇报了…工作/情况`): `X代表村党总支报告了全年工作`, `X代表支委会汇报了…工作情况` are 作报告.
Near misses keep today's output: a report of something else up the line (`向镇党委报告了险情`) and a plain 发言 on a
body's behalf.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_OPEN = "6月30日上午，东坪村党支部召开党员大会，会议由村党支部书记罗永福主持。会上，"


@pytest.mark.parametrize(("act", "expected"), [
    ("罗永福代表村党支部报告了上半年工作。", ("主持", "作报告")),
    ("罗永福代表支部委员会汇报了全年工作情况。", ("主持", "作报告")),
    ("罗永福代表村两委报告了2024年度工作。", ("主持", "作报告")),
    ("罗永福代表村党支部汇报了集体经济项目推进情况。", ("主持", "作报告")),
    # near misses: a report of another thing up the line; a plain speech for the body
    ("罗永福代表村党支部向镇党委报告了险情。", ("主持",)),
    ("罗永福代表村党支部发言。", ("主持", "发言")),
])
def test_report_given_for_a_body(extract, act, expected):
    assert speakers(extract(page(_OPEN + act)))["罗永福"][1] == expected
