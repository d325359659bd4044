"""Funding purposes read as the thing funded (GUIDELINES §6, thirtieth review round, ninth stop of 6 December 2026): an act
of building, buying or starting told after the amount with a place, a source or a perfective 了 between; a fund's own name
cut from the giver, the time and the verb of taking the money before it, and none when only the act of investing or the
fund the money comes out of is named there; a verb of relief after 对…进行; a fund that names the aid right after the amount with another gift joined;
funds listed with 、 sharing one head noun; a project's estimate labelled with 概算 given the works named beside it.
Invented sentences; each expected value was written from the guidelines before the rules ran on it."""

from __future__ import annotations

import pytest


def _purposes(extract, text: str) -> list[str | None]:
    return [f["purpose"] for f in extract(text, published="1998-01-10")["funding"]]


# §6 thirtieth round: the act after the amount, the place, the source and 了 no part of it (as the ninth round's
# 投资100亿元在我市建设…基地 reads the place)
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ('某公司投资300万元开发荒山，种植经济林。', '开发荒山'),
        ('农民王某十年来累计投资80多万元开发滩涂，建成了养殖场。', '开发滩涂'),
        ('县交通局投资5000万元在山区三个乡修建了3条扶贫公路。', '修建3条扶贫公路'),
        ('1995年，该集团投资120万元，在5个村建起了蔬菜基地。', '建起蔬菜基地'),
        ('县、乡两级先后投资900万元，在各村建设文化活动室和阅览室。', '建设文化活动室和阅览室'),
        ('展会期间，他们投资50万元搭建了一座临时展馆。', '搭建一座临时展馆'),
        ('厂里筹措了20万元，从外地购进了一批新设备。', '购进一批新设备'),
        ('村委会筹集资金8万元，在村口新建了一座小桥。', '新建一座小桥'),
        ('該公司投資200萬元在當地興建了一座水廠。', '兴建一座水厂'),
        ('乡政府拿出15万元，在学校操场铺设了塑胶跑道。', '铺设塑胶跑道'),
        ('企业家李明出资100万元，在家乡创办了一所职业学校。', '创办一所职业学校'),
        ('市政府斥资3亿元在江边兴建湿地公园。', '兴建湿地公园'),
        ('他筹措了3万元，在镇上开办了一家小卖部。', '开办一家小卖部'),
    ],
)
def test_act_after_the_amount_with_a_place_between(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text)[0] == purpose


# §6 thirtieth round: no act of building or buying after the place (an outcome, a ranking), or a bare act after the comma
# with no place opening its clause (an outcome reported, as the ninth and eleventh rounds read it): no purpose
@pytest.mark.parametrize("text", ['该公司投资300万元，在当地产生了良好的反响。', '县里投资600万元，在全省排名第一。',
                                  '去年公司动用基金30万元，兴办了一所幼儿园。', '部队和地方先后投资800多万元，建起了20多个国防教育基地。', '军地双方先后投资800多万元，建起了以纪念馆为课堂，以学校为依托的教育基地。'])
def test_place_with_no_act_after_the_amount_gives_no_purpose(extract, text: str) -> None:
    assert _purposes(extract, text)[0] is None


# §6 seventh-round passive with its giver, a longer name of the works before 由
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ('江城市第一人民医院新门诊大楼由市财政投资8000万元建设，建筑面积2万平方米。', '江城市第一人民医院新门诊大楼建设'),
        ('江城职业技术培训中心由华信集团出资1.2亿元兴建。', '江城职业技术培训中心兴建'),
        ('这座图书馆由企业家张明出资500万元建设。', '图书馆建设'),
    ],
)
def test_passive_with_giver_names_the_works(extract, text: str, purpose: str) -> None:
    assert _purposes(extract, text)[0] == purpose


# §6 thirtieth round: the fund's own name, not its giver, time, source or the act of investing
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ('省交通厅投资3000万元修建了这条公路。', '修建这条公路'),
        ('市、区政府先后投资3000多万元，自来水已通到每家每户。', None),
        # (a past span before the verb, 她8年来累计投资…, is no record since the thirty-first round: the adverbs alone here)
        ('她先后累计投资150多万元，如今每天上市鲜花三千枝。', None),
        ('矿工会从活动经费里挤出8万元。', None),
        ('县总工会从会费中拿出5万元。', None),
        ('区政府由此得到周转住房基金近5亿元。', '周转住房基金'),
        ('今年厂里动用基金12.5万元。', None),
        ('全省农村中小学校舍建设共投资30亿元。', '全省农村中小学校舍建设'),
        ('省交通厅投资2亿元。', None),
        ('三年来学校增加投资800多万元，教师增加到120人。', None),
        ('全省共筹集帮困、助学资金9000万元。', '帮困、助学资金'),
        ('县里筹措救灾、助学资金300万元。', '救灾、助学资金'),
        ('該市政府先後投資500萬元，道路煥然一新。', None),
        ('该市三年累计归集房改资金12亿元。', '房改资金'),
        ('该厂从技改资金中调剂出50万元。', None),
        ('去年全县各乡、镇财政共拨付救灾款95万元。', '救灾款'),
        ('仅去年安排给贫困县的资金就达1.79亿元。', '给贫困县的资金'),
        ('全国城镇教职工住房建设共投资542亿元。', '全国城镇教职工住房建设'),
        ('全市旧城改造累计投资30亿元，改善了居住条件。', '全市旧城改造'),
        ('公司拿出100万元作为扶贫基金会的启动资金。', '扶贫基金会的启动资金'),
    ],
)
def test_fund_named_before_is_cut_to_its_own_name(extract, text: str, purpose: str | None) -> None:
    assert _purposes(extract, text)[0] == purpose


# §6 twenty-third round (a fund's noun that names the aid is the purpose), thirtieth round: another gift joined after it
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ('离开时，县长把县妇联的300元慰问金和一袋面粉交到她手里。', '慰问金'),
        ('区长将500元慰问金及一袋面粉送到老人手中。', '慰问金'),
        ('这批援助有50万美元援款和价值约2000万日元的药品等物资。', '援款'),
        ('领事馆已收到侨胞捐赠给震区的赈灾款300多万日元。', '赈灾款'),
        ('市里拿出30万元慰问金和一批棉被送往灾区。', '慰问金'),
        ('他把300元钱和一袋米送给老人。', None),
        ('各界捐赠賑災款共計50萬元。', '赈灾款'),
        ('灾情发生后，政府向该国捐赠了100万美元援款。', '援款'),
    ],
)
def test_fund_naming_the_aid_beside_the_amount(extract, text: str, purpose: str | None) -> None:
    assert _purposes(extract, text)[0] == purpose


# §6 purpose of a bare label (its project named beside it), thirtieth round: 概算 labels read like 总投资
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ('城南污水处理厂工程是省重点工程，总投资概算3亿元。', '城南污水处理厂工程'),
        ('西环高速公路全长86公里，工程概算总投资22亿元。', '西环高速公路'),
        ('江北水厂扩建工程已开工，概算总投资1.2亿元。', '江北水厂扩建工程'),
        ('城东热电厂项目开工仪式昨天举行。该项目总投资概算4.5亿元。', '城东热电厂项目'),
        ('今年全市开工项目120个，总投资概算300亿元。', None),
        ('江州市第二水厂是省重点工程之一，是利用世界银行贷款建设的项目，总投资概算5.2亿元。', '江州市第二水厂'),
        ('已经开工的南湖大桥全长1.2公里，总投资概算3.6亿元。', '南湖大桥'),
        ('該工程項目總投資概算為5億元。', None),
        ('跨江大桥工程已于去年动工，总投资概算8亿元。', '跨江大桥工程'),
        ('城北水厂项目总投资概算2亿元，已于上月开工。', '城北水厂项目'),
        ('新建的县医院门诊楼投资概算为3000万元。', '县医院门诊楼'),
        ('环城铁路已开工建设，全线概算投资45亿元。', '环城铁路'),
    ],
)
def test_estimate_label_takes_the_works_named_beside_it(extract, text: str, purpose: str | None) -> None:
    assert _purposes(extract, text)[-1] == purpose


# §6 twenty-ninth round (a verb of relief after the amount's comma, with those it reaches), thirtieth round: 对X进行救济 alike
@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("这家公司共送救济款和慰问品计120万元，对85户困难职工家属进行了救济。", "救济85户困难职工家属"),
        ("县民政局拨款30万元，对受灾群众进行救助。", "救助受灾群众"),
        ("区总工会筹集5万元，对困难职工进行了走访慰问。", "走访慰问困难职工"),
        ("該會撥款20萬元，對災民進行救濟。", "救济灾民"),
        ("县财政安排80万元，对特困户进行帮扶，救助困难群众2万人次。", "帮扶特困户"),
        ("县里投入50万元，对全县道路进行了检查。", None),
    ],
)
def test_relief_done_to_those_named_after_dui(extract, text: str, purpose: str | None) -> None:
    assert _purposes(extract, text)[0] == purpose


# §6 thirtieth round: only funds listed after the verb of giving share the head noun; givers listed before it are no fund,
# the fund that names the aid stays the purpose (twenty-third round)
@pytest.mark.parametrize(
    "text",
    [
        "今年省、市两级财政共拨付救灾款300万元。",
        # (拨发 read as a verb of giving since the thirty-first round, §6)
        "去年全县各乡、镇财政共拨发救灾款95万元。",
    ],
)
def test_givers_listed_with_dun_are_no_fund_name(extract, text: str) -> None:
    assert _purposes(extract, text)[0] == "救灾款"
