"""Funding phrasings: cues of shop promotions,
signings to come, plans still open, budget lines and capital attracted read over a whole sentence
instead of the amount's own clauses, and purposes that took the giver and verb, cut a word short or
dropped the act a gift pays for.  Invented sentences; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a shop word in a later clause, or a promotion that public money pays for: still funding
        # (发放消费券 right after the amount is what the money pays for, as after a comma: hunt h16)
        ("县政府投入1500万元发放消费券，消费券可在全县200余家商超门店使用。", [(15_000_000.0, "CNY", "发放消费券")]),
        ("省商务厅下达汽车以旧换新补贴资金5亿元，消费者在参与活动的门店购车可享受补贴。",
         [(500_000_000.0, "CNY", "汽车以旧换新补贴资金")]),
        ("市政府出资3000万元开展“惠民购车”促销活动。", [(30_000_000.0, "CNY", "开展惠民购车促销活动")]),
        ("县财政拨付农产品产销对接补助资金150万元，支持合作社参加展销促销活动。",
         [(1_500_000.0, "CNY", "支持合作社参加展销促销活动")]),
        # (改造 right after the amount is the act the money pays for, GUIDELINES §6 thirtieth and thirty-eighth rounds)
        ("学校投入260万元改造学生食堂，新增特色餐饮门店5家。", [(2_600_000.0, "CNY", "改造学生食堂")]),
        # a shop's own promotion, in the amount's clause or the clause that leads to it: no funding
        ("某品牌门店推出限时优惠，置换补贴高达8000元。", []),
        ("即日起，到店购买指定型号冰箱可立减500元，以旧换新再补贴200元。", []),
    ],
)
def test_a_promotion_only_in_the_amounts_clauses(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 拟 inside 虚拟, 将 inside 即将, 将 meaning 把: signings that took place
        ("在虚拟现实产业博览会上举行了项目签约仪式，现场签约项目12个，总投资90亿元。", [(9_000_000_000.0, "CNY", None)]),
        ("在即将闭幕的茶博会上举行了集中签约仪式，签约项目6个，总投资15亿元。", [(1_500_000_000.0, "CNY", None)]),
        ("该县将项目签约活动与招商推介会同步举行，现场签约项目10个，总投资40亿元。", [(4_000_000_000.0, "CNY", None)]),
        ("该区将招商引资作为一号工程，6月1日举行重点项目集中签约仪式，共签约项目9个，总投资55亿元。",
         [(5_500_000_000.0, "CNY", None)]),
        # another batch's signing to come does not cancel the one held
        ("下一批项目将于月底举行签约仪式，而上月签约的8个项目总投资25亿元，已全部开工。",
         [(2_500_000_000.0, "CNY", None)]),
        # signings still to come
        ("该项目定于下月正式签约，总投资12亿元。", []),
        ("6月8日，某某县将举行招商引资项目集中签约仪式，总投资90亿元。", []),
    ],
)
def test_a_signing_to_come_is_told_by_its_words(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # paid on schedule; the open state is another batch's
        ("县财政按计划拨付补贴资金3200万元，第二批资金正在审核中。", [(32_000_000.0, "CNY", "补贴资金")]),
        ("县财政局按计划拨付第一批耕地地力保护补贴资金4800万元。", [(48_000_000.0, "CNY", "第一批耕地地力保护补贴资金")]),
        # 申报企业 names the grantee, 兑现 pays
        ("市工信局向符合条件的申报企业兑现奖励资金600万元，另有8家企业的材料正在审核中。",
         [(6_000_000.0, "CNY", "申报企业奖励资金")]),  # (whom the bare fund is paid to: §6 purpose)
        # still open: an application under review, awards under public notice, a plan in talks
        ("县农业农村局已申请省级高标准农田建设补助资金900万元，目前正在审核中。", []),
        ("经企业申请，市商务局拟对6家企业给予奖励资金共计180万元，目前正在公示中。", []),
        ("某某集团拟投资30亿元在我县建设储能电池项目，目前项目正在洽谈中。", []),
    ],
)
def test_an_open_state_belongs_to_its_own_clause(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a verb of spending with its use after: money paid for a purpose
        ("县财政统筹支出600万元，用于困难群众临时救助。", [(6_000_000.0, "CNY", "困难群众临时救助")]),
        ("县财政统筹支出1500万元，用于改善农村学校办学条件。", [(15_000_000.0, "CNY", "改善农村学校办学条件")]),
        # aid money brought in is funding; capital attracted as a statistic is not
        ("近年来，村里引进帮扶资金80万元，建起了扶贫车间。", [(800_000.0, "CNY", "帮扶资金")]),
        ("2023年，全县引进县外境内资金120亿元。", []),
        ("全年一般公共预算支出中，农林水支出18亿元。", []),
        # a reward for meeting a target is a fund; a target is not
        ("县政府拨付目标任务奖励资金200万元，奖励先进乡镇。", [(2_000_000.0, "CNY", "目标任务奖励资金")]),
        ("县里下达招商引资任务50亿元。", []),
    ],
)
def test_spending_aid_brought_in_and_rewards_for_targets(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # after a bare verb of investing or giving, the counted clause is what the money pays for
        ("市政府投资2.5亿元，新建体育公园一座、改造社区球场30处。",
         [(250_000_000.0, "CNY", "新建体育公园一座、改造社区球场30处")]),
        ("今年县财政投资3000万元，新建公办幼儿园4所。", [(30_000_000.0, "CNY", "新建公办幼儿园4所")]),
        ("公司董事长李明捐资200万元，援建希望小学2所。", [(2_000_000.0, "CNY", "援建希望小学2所")]),
        # after a named fund, it is an output beside the money
        ("县财政投入村级组织运转经费800万元，新建党群服务中心10个。", [(8_000_000.0, "CNY", "村级组织运转经费")]),
        # never the giver and verb
        ("区政府投资1200万元，建设的文化广场近日正式启用。", [(12_000_000.0, "CNY", None)]),
        # 申请/申报 before a verb of giving name the grantee, no cut
        ("县人社局为218名申请人发放一次性创业补贴资金100万元。", [(1_000_000.0, "CNY", "一次性创业补贴资金")]),
        ("市科技局为申报成功的企业拨付科技创新券资金200万元。", [(2_000_000.0, "CNY", "科技创新券资金")]),
        # 由 and 向 inside words are no giver or receiver
        ("市财政安排自由贸易试验区发展专项资金2亿元。", [(200_000_000.0, "CNY", "自由贸易试验区发展专项资金")]),
        ("区人社局发放灵活就业和自由职业者社保补贴资金500万元。",
         [(5_000_000.0, "CNY", "灵活就业和自由职业者社保补贴资金")]),
        ("市商务局拨付外向型经济发展专项资金1000万元。", [(10_000_000.0, "CNY", "外向型经济发展专项资金")]),
        ("县财政拨付乡村振兴动向监测补助资金30万元。", [(300_000.0, "CNY", "乡村振兴动向监测补助资金")]),
        ("市财政向各县下拨扶贫资金5000万元。", [(50_000_000.0, "CNY", "扶贫资金")]),
        # the agent 由 and the receiver 向: no fund's name
        ("该村由村民自筹资金和上级补助共投资200万元，建成了村文化广场。", [(2_000_000.0, "CNY", None)]),
        ("公司董事长王强向县扶贫基金捐赠50万元。", [(500_000.0, "CNY", None)]),
        # a passive topic after 这座 is a whole word
        ("这座文化礼堂由乡贤陈先生出资60万元修建，于去年底落成。", [(600_000.0, "CNY", "文化礼堂修建")]),
    ],
)
def test_a_purpose_is_whole_words_of_what_the_money_is_for(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
