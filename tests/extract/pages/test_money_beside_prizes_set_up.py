"""Award and funding shapes: money a giver allocates or pays beside a
list of grades set up, a prize pool, and grades won told with 产生/诞生/包揽/榜上有名 stay (only a grade's own prize
money is a standard); projects counted after a prize are granted one only when the clause before conferred and no verb
of their own (申报, 推荐) opens what follows, and 项目经理/项目单位/项目负责人 are no projects; money added over or outside
a plan (在年度计划基础上新增, 计划外新增) is granted; one event's donations taken in on its day (现场累计收到) are funding;
要完成的…项目 names the projects, no target; a fund named after what it leverages (创业带动就业补贴资金) is a grant; works
done before a plan's 将继续 keep their total.  Invented sentences; expected values follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 f1[3], f1[4], f2[1]: money a giver allocates for the contest beside the grades set up
        ("县里召开会议。本届大赛设一等奖1名、二等奖3名、三等奖5名，市财政为此安排奖励资金20万元。", [(200000.0, "CNY", None)]),
        ("县里召开会议。本次技能竞赛设金奖10个，县人社局拨付竞赛经费50万元。", [(500000.0, "CNY", "竞赛经费")]),
        ("县里举行颁奖典礼。大赛共设一等奖1名、二等奖3名，县财政共拨付奖金30万元。", [(300000.0, "CNY", "奖金")]),
        # cr7 f2[3], f2[4], f2[0]: a pool; money told as paid after the amount
        ("县里举行颁奖典礼。本届大赛增设特等奖，总奖金达100万元。", [(1000000.0, "CNY", "奖金")]),
        ("县里举行颁奖典礼。本届大赛设金奖5个，奖金总额300万元，已全部发到获奖者手中。", [(3000000.0, "CNY", "奖金")]),
        ("县里举行颁奖典礼。本届大赛设一等奖1名，奖金10万元，由县政府当场兑现。", [(100000.0, "CNY", "奖金")]),
        ("市里举行创新创业大赛决赛。大赛设金奖3个、银奖6个，市科技局下达大赛专项经费80万元。", [(800000.0, "CNY", "大赛专项经费")]),
        ("本届征文比赛设一等奖2名，奖金总额共计2万元，已于颁奖典礼上发放。", [(20000.0, "CNY", "奖金")]),
        # NEGATIVE: a grade's own prize money is a standard
        ("该大赛设一等奖1名，奖金10万元。", []),
        ("本届摄影大赛设一等奖1名，奖金5000元；二等奖3名，奖金各2000元。", []),
    ],
)
def test_money_beside_prizes_set_up(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 a4[0], a4[2], a4[3]: grades won after the set-up list
        ("县里举行技能大赛颁奖仪式。本届大赛设一等奖、二等奖、三等奖，经过两天角逐，共产生一等奖5名、二等奖10名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        ("县里举行技能大赛颁奖仪式。大赛设一等奖、二等奖；一等奖5名由江城中学学生包揽，二等奖10名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        ("县里举行技能大赛颁奖仪式。大赛设优秀组织奖，江城中学等5所学校榜上有名，一等奖5名、二等奖10名分别由两校获得。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        ("市里举行书法大赛颁奖典礼。本届大赛设金奖、银奖，经过三轮评审，最终诞生金奖3名、银奖6名。",
         [("金奖", 3, "名", "person"), ("银奖", 6, "名", "person")]),
        # NEGATIVE: grades only set up
        ("本届大赛设一等奖2名、二等奖4名，另设优秀奖10名。", []),
    ],
)
def test_grades_won_after_set_up(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 a1[0], a1[3], a1[2]: an act of the projects; people or bodies, no projects
        ("县委召开表彰大会，为10名同志颁发了突出贡献奖，3个项目申报省级科技奖。", [("突出贡献奖", 10, "名", "person")]),
        ("公司召开年度表彰大会，授予5个项目经理年度突出贡献奖。", []),
        ("公司召开年度表彰大会，授予12个项目单位安全生产先进单位奖。", []),
        ("公司召开年度表彰大会，授予8个项目负责人优秀管理奖。", []),
        ("市里召开科技大会，表彰了一批先进集体，6个项目推荐参评国家科技进步奖。", []),
        # NEGATIVE: prizes conferred on projects
        ("县里召开表彰大会，会议授予“绿色工厂”等5个项目县科技进步奖。", [("县科技进步奖", 5, "个", None)]),
        ("会议授予“高速飞行器热防护技术”等5个项目集团科技进步特等奖，15个项目一等奖。",
         [("集团科技进步特等奖", 5, "个", None), ("一等奖", 15, "个", None)]),
    ],
)
def test_prizes_granted_to_projects(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 f3[0], f3[1]: a fund named after what it leverages
        ("县人社局召开会议，今年已发放创业带动就业补贴资金200万元。", [(2000000.0, "CNY", "创业带动就业补贴资金")]),
        ("县财政安排带动就业专项资金500万元，支持返乡创业。", [(5000000.0, "CNY", "支持返乡创业")]),
        ("市人社局召开会议，今年已兑现创业带动就业奖补资金120万元。", [(1200000.0, "CNY", "创业带动就业奖补资金")]),
        # (the fund named by its programme is the purpose over the 用于 clause, §6 twenty-third review round)
        ("县财政下达拉动就业专项补助经费300万元，用于扶持小微企业。", [(3000000.0, "CNY", "拉动就业专项补助经费")]),
        # NEGATIVE: capital leveraged, a statistic (the grant before it stays)
        ("今年，县财政安排资金2000万元，带动企业投入研发经费逾10亿元。", [(20000000.0, "CNY", None)]),
        ("县里召开会议，全县以财政资金撬动社会资本20亿元。", []),
        # cr7 f1[0], f1[2]: money added over or outside a plan
        ("县财政在年度计划基础上新增安排资金500万元，用于农村道路建设。", [(5000000.0, "CNY", "农村道路建设")]),
        ("县财政今年计划外新增拨付防汛资金300万元。", [(3000000.0, "CNY", "防汛资金")]),
        ("市财政在年初计划之外新增安排救灾资金800万元。", [(8000000.0, "CNY", "救灾资金")]),
        # NEGATIVE: money a plan adds later
        ("县财政计划新增安排资金500万元用于农村道路建设。", []),
        # cr7 f1[5], f1[6]: one event's donations
        ("江城大学举行校友捐赠仪式，现场累计收到校友捐款1200万元。", [(12000000.0, "CNY", None)]),
        ("县红十字会举行爱心募捐活动，当天累计收到捐款35万元。", [(350000.0, "CNY", None)]),
        ("县慈善总会举行“慈善一日捐”活动，本次累计收到捐款86万元。", [(860000.0, "CNY", None)]),
        # a body's running total of donations received: recorded as stated over any span (§6 twenty-third review round)
        ("学校累计接受校友捐赠超过5亿元。", [(500000000.0, "CNY", None)]),
        # cr7 f1[14]: the target describes the projects
        ("县里召开会议，决定今年要完成的民生实事项目投入资金3000万元。", [(30000000.0, "CNY", "民生实事项目投入资金")]),
        ("县里召开会议，明确年内需要完成的30个重点项目安排资金5000万元。", [(50000000.0, "CNY", None)]),
        # NEGATIVE: a target of work
        ("县里召开会议。全县已完成投资20亿元，下半年要完成投资30亿元。", []),
        # cr7 f3[3]: works done before a plan's 将继续
        ("县里召开会议。按照部署，全县已完成新造林5万亩，明年将继续推进，总投资约3亿元。", [(300000000.0, "CNY", None)]),
        ("县里召开会议。根据规划，全县已建成污水处理厂3座，今年将继续实施管网改造，总投资2亿元。", [(200000000.0, "CNY", None)]),
        # NEGATIVE: works still ahead under a plan
        ("县里召开会议。根据计划，今年全市将新造林5万亩，总投资约3亿元。", []),
    ],
)
def test_funding_fixes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
