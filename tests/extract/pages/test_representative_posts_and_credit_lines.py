"""Speaker and funding shapes of representative posts, journalists' acts, credit lines and budget parts, each kept to what the rule was written for: a representative label glued to a title chain is no post, but a post ending in 代表 held
with the next one (…谈判代表兼副部长) and a body named 代表会 are part of the title; a journalist titled by an outlet
takes part only by an act at the meeting (发言, 主持…), not by a remark of their own (表示, 说); a credit line for a
use (用于…的贷款额度) is still a credit line; a part after 其中 in a budget is a grant only when handed over or given
by a named giver (其中市财政补助…, …已拨付到位), not when a budget line is named after subsidies.  Invented sentences
(the reviewer's and our own); the expected values follow corpus/GUIDELINES.md §4 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers

TRADE = "5月8日，全市外贸工作会议召开，"
FORUM = "5月8日，全市文明创建推进会召开，"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (the reviewer's): a post ending in 代表 held with the next, or a body named 代表会, stays in the title
        (TRADE + "商务部国际贸易谈判代表兼副部长王受文出席会议并讲话。",
         {"王受文": ("商务部国际贸易谈判代表兼副部长", ("讲话",))}),
        (TRADE + "省商务厅国际贸易谈判代表兼副厅长王海涛出席会议并讲话。",
         {"王海涛": ("省商务厅国际贸易谈判代表兼副厅长", ("讲话",))}),
        ("5月8日，全市职工代表会召开，市职工代表会常务副主任王海涛主持会议。",
         {"王海涛": ("市职工代表会常务副主任", ("主持",))}),
        # our own: the same shapes in other phrasings
        ("5月8日，全省农业工作会议召开，农业农村部首席谈判代表兼司长李建平出席并讲话。",
         {"李建平": ("农业农村部首席谈判代表兼司长", ("讲话",))}),
        ("5月8日，全县教职工代表会召开，县教职工代表会执行主席刘建国致辞。",
         {"刘建国": ("县教职工代表会执行主席", ("致辞",))}),
        # a representative label glued to the post after it is still no part of the title (the intended cases)
        ("5月8日，全市家长会召开，家长代表市第二医院副院长王强发言。", {"王强": ("市第二医院副院长", ("发言",))}),
        ("5月8日，全市工作会议召开，员工代表公司技术部经理王强发言。", {"王强": ("公司技术部经理", ("发言",))}),
        ("5月8日，全市工作会议召开，中国常驻日内瓦代表团副代表王强发言。",
         {"王强": ("中国常驻日内瓦代表团副代表", ("发言",))}),
    ],
)
def test_posts_ending_in_representative(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (the reviewer's): a remark of an outlet's journalist is the reporter's copy, no part taken
        (FORUM + "江城日报记者周婷表示，会议内容丰富。", {}),
        (FORUM + "新华网记者张伟在现场说，会场气氛热烈。", {}),
        # NEGATIVE (our own): other soft remarks
        ("5月8日，全市媒体座谈会召开，晚报记者刘洋说，今年的报道任务很重。", {}),
        (FORUM + "都市报记者李娜认为，活动很有意义。", {}),
        (FORUM + "央视记者王强在现场报道说，会场气氛热烈。", {}),
        # an act at the meeting keeps them (the intended cases), a remark after it included
        (FORUM + "新华社记者张伟代表新闻界发言。", {"张伟": ("新华社记者", ("发言",))}),
        ("5月8日，全市媒体座谈会召开，南方日报记者李娜作交流发言，她表示，要讲好本地故事。",
         {"李娜": ("南方日报记者", ("发言",))}),
        (FORUM + "江城日报记者周婷、市电视台主持人高远先后发言。",
         {"周婷": ("江城日报记者", ("发言",)), "高远": ("市电视台主持人", ("发言",))}),
        (FORUM + "高级记者李明作了发言。", {"李明": ("高级记者", ("发言",))}),
    ],
)
def test_journalists_act_not_remark(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def _amounts(body: str, extract) -> list[tuple[float, str]]:
    return [g[:2] for g in grants(extract(page(body)))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (the reviewer's): a credit line for a use is still a credit line (§6)
        ("5月8日，农商银行为种粮大户提供10亿元用于春耕生产的贷款额度。", []),
        # NEGATIVE (our own)
        ("5月8日，县政府召开常务会议，某银行提供5亿元支持小微企业发展的信贷额度。", []),
        # money put in to enlarge a line stays funding
        ("5月8日，县政府召开常务会议，决定由县财政注资3000万元扩大融资担保额度。", [(30_000_000.0, "CNY")]),
        ("5月8日，市政府召开常务会议，决定安排2000万元用于扩大创业担保贷款额度。", [(20_000_000.0, "CNY")]),
    ],
)
def test_credit_line_for_a_use(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (the reviewer's): a budget line named after subsidies is a part of the budget, no grant
        ("5月8日，县政府召开常务会议，今年全县财政总预算30亿元，其中农业补贴资金2亿元。", []),
        ("5月8日，县政府召开常务会议，今年全县一般公共预算支出总预算30亿元，其中教育补助经费5亿元。", []),
        # NEGATIVE (our own)
        ("5月8日，市政府召开常务会议，今年全市总预算120亿元，其中就业奖补资金3亿元。", []),
        # a grant handed over, or given by a named giver, stays (the intended cases)
        ("5月8日，县里召开项目推进会。该项目总预算500万元，其中省级补助资金200万元已拨付到位。", [(2_000_000.0, "CNY")]),
        ("5月8日，县里召开项目推进会。该项目总预算500万元，其中市财政补助300万元。", [(3_000_000.0, "CNY")]),
        ("5月8日，某镇召开工作会。该工程总预算800万元，其中中央补助资金500万元已下达。", [(5_000_000.0, "CNY")]),
        ("5月8日，某镇召开工作会。该工程总预算600万元，其中上级奖补资金150万元。", [(1_500_000.0, "CNY")]),
    ],
)
def test_budget_parts_granted(extract, body: str, expected: list) -> None:
    assert _amounts(body, extract) == expected
