"""Award counts and funding amounts in common phrasings, with the usual negatives (competition
results, single named recipients, prices, salaries, statistics, ceilings).  Sentences written for
these tests; expectations follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大会表彰了先进基层党组织20个、优秀共产党员50名、优秀党务工作者15名。",
         [("先进基层党组织", 20, "个", "organization"), ("优秀共产党员", 50, "名", "person"),
          ("优秀党务工作者", 15, "名", "person")]),
        ("授予张三等10名同志“优秀共产党员”称号。", [("优秀共产党员", 10, "名", "person")]),
        ("会议评选出先进集体8个、先进个人30名。", [("先进集体", 8, "个", "organization"), ("先进个人", 30, "名", "person")]),
        ("共有二十名教师获评“师德标兵”。", [("师德标兵", 20, "名", "person")]),
        ("会上为15名“最美志愿者”颁发了荣誉证书。", [("最美志愿者", 15, "名", "person")]),
        ("大会表彰了三十个“五好党支部”。", [("五好党支部", 30, "个", "organization")]),
        ("3家企业被评为“省级绿色工厂”。", [("省级绿色工厂", 3, "家", "organization")]),
        ("会议对50名优秀教师进行表彰。", [("优秀教师", 50, "名", "person")]),
        ("表彰了优秀共产党员十二名、优秀党务工作者五名。",
         [("优秀共产党员", 12, "名", "person"), ("优秀党务工作者", 5, "名", "person")]),
        ("共评选出“十佳青年”10名、“优秀青年”20名。", [("十佳青年", 10, "名", "person"), ("优秀青年", 20, "名", "person")]),
        ("授予40个集体“工人先锋号”称号、60名个人“五一劳动奖章”。",
         [("工人先锋号", 40, "个", "organization"), ("五一劳动奖章", 60, "名", "person")]),
        ("为两百名老党员颁发“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 200, "名", "person")]),
        ("向8位老党员代表颁发了“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 8, "位", "person")]),
        ("对表现突出的10个先进集体和20名先进个人进行了表彰。",
         [("先进集体", 10, "个", "organization"), ("先进个人", 20, "名", "person")]),
        ("共有5人获得“优秀志愿者”称号。", [("优秀志愿者", 5, "人", "person")]),
        ("授予6个班组“青年文明号”称号。", [("青年文明号", 6, "个", "organization")]),
        ("授予王某等120名同志、追授刘某等6名同志“优秀共产党员”称号。",
         [("优秀共产党员", 120, "名", "person"), ("优秀共产党员", 6, "名", "person")]),
        ("授予第三中学等15个基层党组织“先进基层党组织”称号。", [("先进基层党组织", 15, "个", "organization")]),
        ("李某、陈某等八位同志荣获光荣在党50年纪念章。", [("光荣在党50年纪念章", 8, "位", "person")]),
        ("行政长官向运动员甲等三十名人士颁授勋章和奖章。", [("勋章和奖章", 30, "名", "person")]),
        ("县长颁发「体育推手奖」予6个长期赞助基层体育的企业团体。", [("体育推手奖", 6, "个", "organization")]),
        ("另颁授「长期服务嘉许状」予资深义工共8人。", [("长期服务嘉许状", 8, "人", "person")]),
        ("会议授予20名援派干部人才“东西部协作先进个人”称号。", [("东西部协作先进个人", 20, "名", "person")]),
        ("获评省级“安全文明标准化工地”的7个项目部受到通报表扬。", [("安全文明标准化工地", 7, "个", "organization")]),
        ("其中，国家奖学金获得者86名，学校一等奖学金412人。",
         [("国家奖学金", 86, "名", "person"), ("学校一等奖学金", 412, "人", "person")]),
        ("向12间捐款最多的商业机构颁发「卓越伙伴奖」。", [("卓越伙伴奖", 12, "间", "organization")]),
        ("大会进行了表彰，其中优秀单位8个、优秀个人35名。",
         [("优秀单位", 8, "个", "organization"), ("优秀个人", 35, "名", "person")]),
        ("县府表扬运动有功团体12个及有功个人45名。",
         [("运动有功团体", 12, "个", "organization"), ("有功个人", 45, "名", "person")]),
        ("公司评出先进员工605名、表扬员工294名。", [("先进员工", 605, "名", "person"), ("表扬员工", 294, "名", "person")]),
        ("大会还为全市二百六十名党龄达到50年的老党员颁发“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 260, "名", "person")]),
        ("此外，行政长官社区服务奖状颁予六十五人。", [("行政长官社区服务奖状", 65, "人", "person")]),
        ("并向一名于执勤时殉职的警务人员追授金英勇勋章。", [("金英勇勋章", 1, "名", "person")]),
        # the honour as an attribute of the recipients, 荣誉称号 or the count first
        ("荣获“全国体育系统先进集体”荣誉称号的60个单位受到表扬。", [("全国体育系统先进集体", 60, "个", "organization")]),
        ("剧协为六十四个获得“戏曲小梅花”称号的小演员举行了佩花仪式。", [("戏曲小梅花", 64, "个", "person")]),
        ("为20家获得“星级农家乐”称号的农家乐授牌。", [("星级农家乐", 20, "家", "organization")]),
        ("10名领导干部妻子被省纪委、省妇联命名为“十佳廉内助”。", [("十佳廉内助", 10, "名", "person")]),
    ],
)
def test_award_counts(extract, text: str, expected: list[tuple]) -> None:
    got = [(a["honor"], a["count"], a["unit"], a["recipient_kind"]) for a in extract(text)["awards"]]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "该校学生在全国大赛中获得金牌5枚、银牌3枚。",
        "本届大赛共设6大奖项。",
        "该公司荣获“全国文明单位”称号。",
        "授予李明同志“人民楷模”国家荣誉称号。",
        "全市现有党员12000名，党组织800个。",
        "今年获奖人数较去年减少3人。",
    ],
)
def test_not_an_award(extract, text: str) -> None:
    assert extract(text)["awards"] == []


@pytest.mark.parametrize(
    ("text", "amount", "currency", "approximate"),
    [
        ("市财政拨付专项资金500万元，用于农村人居环境整治。", 5_000_000, "CNY", False),
        ("省财政下达2024年衔接推进乡村振兴补助资金12.5亿元。", 1_250_000_000, "CNY", False),
        ("今年区财政安排资金8000万元支持中小企业发展。", 80_000_000, "CNY", False),
        ("本次签约项目共28个，总投资达156.8亿元。", 15_680_000_000, "CNY", False),
        ("对获评示范党组织的单位，每个奖励5万元。", 50_000, "CNY", False),
        ("特区政府拨款1.5亿港元资助青年创业。", 150_000_000, "HKD", False),
        ("澳门基金会向该项目资助200万澳门元。", 2_000_000, "MOP", False),
        ("农委会补助新台币3000万元辅导农民转型。", 30_000_000, "TWD", False),
        ("县里累计投入扶贫资金2000余万元。", 20_000_000, "CNY", True),
        ("该项目总投资约3亿元。", 300_000_000, "CNY", True),
        ("爱心企业现场捐赠善款100万元。", 1_000_000, "CNY", False),
        ("为每名困难党员发放慰问金1000元。", 1000, "CNY", False),
        ("为获奖团队颁发奖金共计10万元。", 100_000, "CNY", False),
        ("此次签约共吸引投资超过5亿美元。", 500_000_000, "USD", True),
        ("区里筹集资金近千万元用于老旧小区改造。", 10_000_000, "CNY", True),
        # exclusion words are no substrings of these (支持有关, 今年均安排, 向亏损企业)
        ("市财政拨付500万元支持有关企业开展技术改造。", 5_000_000, "CNY", False),
        ("今年均安排奖补资金800万元。", 8_000_000, "CNY", False),
        ("向亏损企业拨付补贴资金3亿元。", 300_000_000, "CNY", False),
    ],
)
def test_funding_amount(extract, text: str, amount: float, currency: str, approximate: bool) -> None:
    funding = extract(text)["funding"]
    assert [(f["amount"], f["currency"], f["approximate"]) for f in funding] == [(amount, currency, approximate)]


@pytest.mark.parametrize(
    "text",
    [
        "全年完成固定资产投资120亿元，同比增长8%。",
        "该市居民人均可支配收入达4.8万元。",
        "新入职员工月薪不低于6000元。",
        "门票价格为80元/人。",
        "创业担保贷款额度最高可达50万元。",
        "今年以来全市新增贷款投放300亿元。",
        "预计项目建成后可带动产值超10亿元。",
        "现场签约项目12个，其中10亿元以上项目3个。",
        "带动3200余名农民就业，人均年增收1.6万元。",
        "每个项目的配对拨款上限为300万元。",
        "本届博览会现场成交额达18.3亿元，意向成交额约52亿元。",
        "博览会标准展位费每平方米1200元。",
        # compensation, misused or defrauded money, valuations
        "保险公司便向投保人支付了近8万美元的赔偿金。",
        "该公司原经理擅自动用1100万元资金炒房地产，造成巨大损失。",
        "犯罪团伙以投资为名骗取群众资金300万元。",
        "这家公司在最新一轮融资后的估值达到20亿元。",
        "根据协议，合并后公司的市场资本评估为1660亿元，是最大的一宗合并。",
        "双方签订了购买价值12亿美元的27架飞机的合同。",
        "根据合同，美方决定出售价值1.6亿美元的测试设备。",
        # debts, write-offs, losses, capital withdrawn, bribes, holdings, trade volumes
        "企业三角债为1700亿美元，外商缺乏投资兴趣。",
        "企业经营不善，资金链断裂，如今负债65亿元。",
        "一些外国投资者抛售债券，抽走了140亿美元资金。",
        "他收受某公司5万元钱的问题即将暴露，资金去向成谜。",
    ],
)
def test_not_funding(extract, text: str) -> None:
    assert extract(text)["funding"] == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("社会福利署表示，关爱基金今年共拨款约3,000万元，资助九龙及新界20间机构。", "HKD"),
        ("县府今日颁发奖励金共计380万元，表扬嘉义地区126名绩优选手。", "TWD"),
        ("澳门基金会今年资助氹仔社团活动约150万元。", "MOP"),
        ("区财政安排专项资金500万元用于老旧小区改造。", "CNY"),
        ("关爱基金专责小组在添马政府总部公布新计划，涉及拨款约2.43亿元，惠及公屋住户。", "HKD"),
        ("泛珠博览会在南岭举行，澳门、香港客商参展。南岭省人民政府与澳门企业签约，省财政安排专项经费3800万元。"
         "省商务厅表示，澳门客商签约额创新高。", "CNY"),
    ],
)
def test_bare_yuan_takes_the_regional_currency(extract, text: str, currency: str) -> None:
    assert [f["currency"] for f in extract(text)["funding"]] == [currency]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("商业伙伴捐款合共约1.35亿港元，整体投放资源接近2.5亿港元（约合人民币2.28亿元）。", [135_000_000, 250_000_000]),
        ("今年拨付财政援助资金4.68亿元，较上年增长5%。", [468_000_000]),
        ("动员社会力量捐款捐物折合资金8900余万元。", [89_000_000]),
    ],
)
def test_funding_amounts_next_to_conversions_and_comparisons(extract, text: str, amounts: list[int]) -> None:
    assert [f["amount"] for f in extract(text)["funding"]] == amounts


def test_procurement_notice_lines_are_funding_not_a_headline_list(extract) -> None:
    text = ("采购结果公告\n包1中标金额：人民币陆佰捌拾陆万伍仟元整\n"
            "包2中标金额：¥2,136,800.00（单价：712,266.67元/台）\n包3中标金额：1,288,000.00元\n")
    assert [f["amount"] for f in extract(text)["funding"]] == [6_865_000, 2_136_800, 1_288_000]


def test_headline_amount_rounding_a_body_amount_is_one_fact(extract) -> None:
    text = "关爱基金推出三项新计划 涉款逾2.4亿元\n关爱基金专责小组昨日公布，三项计划合共涉及拨款约2.43亿港元，惠及基层市民。"
    assert [f["amount"] for f in extract(text, "2024-03-08")["funding"]] == [243_000_000]


def test_a_count_that_refers_back_to_the_honour(extract) -> None:
    text = "闭幕式上还颁发了本次大会青年优秀论文奖，南州大学博士研究生李某等8位青年学者获此殊荣。"
    assert [(a["honor"], a["count"], a["unit"]) for a in extract(text)["awards"]] == [("青年优秀论文奖", 8, "位")]


def test_a_headline_amount_converting_a_body_amount_is_no_fact_of_its_own(extract) -> None:
    text = "奖金711万元！南州科学奖公布获奖名单\n南州科学奖每个奖项的单项奖金100万美元(约合人民币711万元)。"
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == [(1_000_000, "USD")]


def test_a_count_of_prize_categories_is_no_award(extract) -> None:
    text = "南州科学奖下设“生命科学奖”、“物质科学奖”、“数学奖”三个奖项，每个单项奖金100万元。"
    assert extract(text)["awards"] == []


def test_an_unquoted_honour_before_its_count(extract) -> None:
    text = "会议对获得2023年度安全生产先进单位的15个单位进行了表彰。"
    assert [(a["honor"], a["count"], a["recipient_kind"]) for a in extract(text)["awards"]] == [
        ("2023年度安全生产先进单位", 15, "organization")]


def test_households_are_counted_but_are_no_organizations(extract) -> None:
    text = "活动共评选出“最美家庭”50户。"
    assert [(a["honor"], a["count"], a["unit"], a["recipient_kind"]) for a in extract(text)["awards"]] == [
        ("最美家庭", 50, "户", None)]


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("大会评选出“金牌员工”20名、“优秀管理者”8名、“卓越团队”5个。",
         [("金牌员工", 20), ("优秀管理者", 8), ("卓越团队", 5)]),
        ("大会评选出“好媳妇”“好婆婆”各10名、“最美家庭”15户。", [("好媳妇", 10), ("好婆婆", 10), ("最美家庭", 15)]),
        ("大会表扬模范父亲32名、孝行楷模10名。", [("模范父亲", 32), ("孝行楷模", 10)]),
        ("会上还为学院四位党龄满五十年的退休老党员颁发了“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 4)]),
        ("同时为从教满30年的86名教职工颁发“从教三十年荣誉证书”。", [("从教三十年荣誉证书", 86)]),
        ("另有166位服务年资满20年以上的教师获颁「资深优良教师奖」。", [("资深优良教师奖", 166)]),
        ("开幕式上颁发了第六届“芸州省机械工程学会青年科技奖”，10名青年科技工作者获奖。",
         [("芸州省机械工程学会青年科技奖", 10)]),
        # each count before its own quoted honour
        ("表彰12名“优秀党组织书记”、6名“优秀党务干部”。", [("优秀党组织书记", 12), ("优秀党务干部", 6)]),
        # a total equal to the parts listed next to it repeats them; sums by chance do not count
        ("学校共评选各类奖学金获得者300人次。其中国家奖学金100名，校长奖学金200名。",
         [("国家奖学金", 100), ("校长奖学金", 200)]),
        ("评出一等奖3个、二等奖5个、三等奖8个。", [("一等奖", 3), ("二等奖", 5), ("三等奖", 8)]),
        ("授予周某等100人「优秀共产党员」称号，授予姚某等50人「优秀党务工作者」称号，授予50个单位「先进基层党组织」称号。",
         [("优秀共产党员", 100), ("优秀党务工作者", 50), ("先进基层党组织", 50)]),
    ],
)
def test_award_wordings_of_real_pages(extract, text: str, awards: list[tuple[str, int]]) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == awards


def test_the_same_honour_and_count_twice_in_a_sentence_is_one_award(extract) -> None:
    text = "表彰了3个先进党支部、12名优秀共产党员，并为3个先进党支部各下拨党建工作经费5000元。"
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == [("先进党支部", 3), ("优秀共产党员", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "村里投入衔接资金50万元建成冷链仓储中心，土鸡蛋每枚卖到1.5元，还供不应求。",
        "区投资促进中心召开招商恳谈会，来自长三角、珠三角的企业家参加，现场签约资金50万元。",
    ],
)
def test_sale_prices_and_place_names_are_no_funding(extract, text: str) -> None:
    assert [f["amount"] for f in extract(text)["funding"]] == [500_000]


def test_a_hong_kong_news_page_without_the_word_hong_kong(extract) -> None:
    text = ("港闻快线\n社区健康关怀基金撥款典禮昨日舉行，宣布向38個地區項目合共撥款8,236萬元。"
            "民政及青年事务局局长出席。项目将把基层医疗服务带到每一个屋邨。")
    assert [(f["amount"], f["currency"]) for f in extract(text, "2024-06-15")["funding"]] == [(82_360_000, "HKD")]


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("林某等286名同志被授予“江岚省优秀共产党员”称号，周某等4名同志被追授这一称号。",
         [("江岚省优秀共产党员", 286), ("江岚省优秀共产党员", 4)]),
        ("楚澧物流、汇岳陶瓷等3个党支部成功创建“澧州市两新领域标杆党组织”。", [("澧州市两新领域标杆党组织", 3)]),
        ("银莲花荣誉勋章则颁予6人，另有20人分别获颁专业、工商、教育等各类功绩勋章。",
         [("银莲花荣誉勋章", 6), ("功绩勋章", 20)]),
        ("263个基层党组织被评为“江岚省先进基层党组织”。大会表彰的263个先进基层党组织覆盖各行各业。",
         [("江岚省先进基层党组织", 263)]),
    ],
)
def test_honours_referred_to_created_listed_and_restated(extract, text: str, awards: list[tuple[str, int]]) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == awards


def test_counts_with_thousands_separators_and_tuition_fees(extract) -> None:
    text = ("本学年，全校共有1,286名学生获得各类奖学金，其中国家奖学金32名、国家励志奖学金415名。"
            "我校本科专业学费标准为每生每学年4,600元至5,800元，学校每年提取资金500万元用于学生资助。")
    record = extract(text)
    assert [(a["honor"], a["count"]) for a in record["awards"]] == [("奖学金", 1286), ("国家奖学金", 32), ("国家励志奖学金", 415)]
    assert [f["amount"] for f in record["funding"]] == [5_000_000]


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("本年度的大莲花荣誉勋章再度从缺，银莲花荣誉勋章也只有一位获得。", [("银莲花荣誉勋章", 1)]),
        ("今年获颁铜紫荆星章的有12人。", [("铜紫荆星章", 12)]),
    ],
)
def test_an_honour_then_how_many_received_it(extract, text: str, awards: list[tuple[str, int]]) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == awards


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("行政長官今日頒授金紫荊星章予10人，銀紫荊星章予15人。", [("金紫荆星章", 10), ("银紫荆星章", 15)]),
        ("大會頒發「優秀義工獎」予45名義工及8間機構。", [("优秀义工奖", 45), ("优秀义工奖", 8)]),
        ("本屆十大傑出青年選舉共選出10名傑出青年。", [("杰出青年", 10)]),
    ],
)
def test_hong_kong_and_taiwan_conferrals(extract, text: str, awards: list[tuple[str, int]]) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == awards


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("臺南市政府今(6)日舉行表揚大會，總經費120萬元。", "TWD"),
        ("本港一間中學獲撥款50萬元改善校舍。", "HKD"),
        ("南州市政府今日拨付专项资金50万元。", "CNY"),
    ],
)
def test_one_regional_cue_is_enough_in_a_short_traditional_brief(extract, text: str, currency: str) -> None:
    assert [f["currency"] for f in extract(text)["funding"]] == [currency]


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("司长甘某乐昨日下午向服务公职近四十年的欧阳某贞等卅一名人员及部门团队颁授奖章和嘉许状。", [("奖章和嘉许状", 31)]),
        ("本年度的「卓越服务金质奖章」则只颁予一人。", [("卓越服务金质奖章", 1)]),
        ("团队嘉许奖章(共七个团队)：市政署巡查组；交通局协调小组。", [("团队嘉许奖章", 7)]),
        ("服务年资嘉许状：钟某民、苏某华等十二名服务满三十五年的公务人员。", [("服务年资嘉许状", 12)]),
    ],
)
def test_macau_commendation_lists(extract, text: str, awards: list[tuple[str, int]]) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == awards


def test_a_count_receiving_the_honour_named_in_an_earlier_sentence(extract) -> None:
    text = "7月21日，沅城市总工会发出通报，授予彭某川“沅城五一劳动奖章”。同批共有12名抗洪一线职工获授这一奖章。"
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == [("沅城五一劳动奖章", 12)]


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("会上宣读决定，授予第三项目部党支部等8个党支部“先进基层党组织”称号。", [("先进基层党组织", 8)]),
        ("命名市发改委机关第一党支部等42个党支部为2023年度市直机关“五星级”党支部。", [("五星级党支部", 42)]),
        ("今年共有八十六名人员获颁署长嘉许状。", [("署长嘉许状", 86)]),
        ("县府表扬来自全县13乡镇市的52位模范母亲。", [("模范母亲", 52)]),
        # a scheme announced for the future confers nothing yet
        ("特区政府宣布，将透过基金会拨款设立计划，每年向20名优秀义工各发放奖励金。", []),
    ],
)
def test_ordinals_namings_and_plans(extract, text: str, awards: list[tuple[str, int]]) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == awards


def test_a_taiwan_budget_is_funding(extract) -> None:
    text = "县长也指出，县府已编列新台币1,200万元推动妇女福利及家庭支持方案。"
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == [(12_000_000, "TWD")]


@pytest.mark.parametrize(
    ("text", "funding"),
    [
        ("这个计划历时11年，耗资达255亿美元。", [(25_500_000_000, "USD")]),
        ("去年该厂自筹700万元，对生产线进行技术改造。", [(7_000_000, "CNY")]),
        ("迄今，累计投入工程建设资金约200万澳元。", [(2_000_000, "AUD")]),
        # a conversion restates the amount in a currency now recognised (马克)
        ("双方协议投资1660亿马克（约合920亿美元）建设新厂。", [(166_000_000_000, "DEM")]),
        # vague amounts, debts recovered and savings are no funding
        ("双方签署了合作协议，金额达数十亿美元。", []),
        ("该镇要回集体陈欠80多万元，节支105万元。", []),
    ],
)
def test_more_ways_of_spending_and_currencies(extract, text: str, funding: list[tuple[float, str]]) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == funding


@pytest.mark.parametrize(
    ("text", "funding"),
    [
        # a middle dot as the decimal point of an amount
        ("世界银行2日批准向该国提供总额为2·25亿美元的贷款，以资助农村开发计划。", [(225_000_000, "USD")]),
        ("政府动用6000万港元招募选民登记大使。", [(60_000_000, "HKD")]),
        ("葡萄牙斥资2.2亿美元，建成了展览公园。", [(220_000_000, "USD")]),
        # reserves, registered capital, export earnings, frozen aid, money recovered: no funding
        ("外汇储备必须在今年底达到230亿美元才够条件接受后续援助。", []),
        ("该集团注册资金为4.8亿元，双方各占50％。", []),
        ("去年集团出口创汇一千七百万美元。", []),
        ("印度被冻结的援助款项为25亿美元。", []),
        ("清理检查公费电话，收回资金909万元。", []),
    ],
)
def test_funding_of_world_news(extract, text: str, funding: list[tuple[float, str]]) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == funding


@pytest.mark.parametrize(
    ("text", "awards"),
    [
        ("县医院被评为“爱婴医院”，共5890所。", [("爱婴医院", 5890)]),
        ("李某连，一位“手到病除”的电焊技师。", []),  # a quoted description, not an honour
        ("今年全县7名“群众最满意的公务员”受到表彰，1名“群众最不满意的公务员”被撤职。", [("群众最满意的公务员", 7)]),
    ],
)
def test_honours_with_a_total_descriptions_and_sanctions(extract, text: str, awards: list[tuple[str, int]]) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == awards


@pytest.mark.parametrize(
    ("text", "funding"),
    [
        # an exchange rate in brackets restates nothing and grants nothing
        ("该银行计划筹集300亿法郎（1法郎约合0.16美元）的资金投放给中小企业。", [(30_000_000_000, "FRF")]),
        ("严格执行排演制度，请假一次扣一百元奖金。", []),  # a penalty
        ("原油价格虽比3月份回升了0.76美元，但仍然偏低。", []),  # a price change below one unit
    ],
)
def test_exchange_rates_penalties_and_small_changes(extract, text: str, funding: list[tuple[float, str]]) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == funding


@pytest.mark.parametrize(
    ("text", "funding"),
    [
        ("双方各出资500万美元合作建设该项目。", [(5_000_000, "USD")]),  # 合作 is no exchange rate
        ("紧扣发展主线投入资金300万元建设文化中心。", [(3_000_000, "CNY")]),  # 紧扣 is no penalty
        ("社会各界捐款总数3000万元。", [(30_000_000, "CNY")]),  # 总数 is no vague multiple
    ],
)
def test_funding_words_next_to_rates_penalties_and_vague_multiples(extract, text: str, funding: list) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == funding


def test_a_total_after_a_quoted_honour_belongs_to_its_own_clause(extract) -> None:
    text = "该校被评为“省级文明单位”，共12名教师在全省比赛中获奖。"
    assert [(a["honor"], a["count"]) for a in extract(text)["awards"]] == []


@pytest.mark.parametrize(
    "text",
    [
        "专项检查中，共对23家企业作出行政处罚，罚款总额120万元。",
        "纪检部门共追回违规发放的补贴资金120万元。",
        "经查，该村会计套取惠农补贴资金30余万元用于个人消费。",
        "今日北向资金净买入56.3亿元。",
        "该项目达产后可实现年创利税1.2亿元。",
        "省科技厅给予每个团队最高500万元的资助。",
        "给予最高不超过50万元的一次性补助。",
        "新能源车享受国家补贴后，该车型起步价为15.98万元。",
    ],
)
def test_red_team_amounts_that_are_not_funding(extract, text: str) -> None:
    assert extract(text)["funding"] == []


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("为该村争取扶贫资金百余万元。", 1_000_000.0, "CNY"),
        ("企业家张某向村里赞助50万元修建文化广场。", 500_000.0, "CNY"),
        ("他发起网络众筹，短短三天筹款20万元。", 200_000.0, "CNY"),
        ("近日，香港同胞陈先生向家乡某镇捐资500万元。陈先生上世纪移居香港，在香港创办了一家贸易公司。",
         5_000_000.0, "CNY"),
        ("客委會今年撥款5000萬元，補助客家文化活動。", 50_000_000.0, "TWD"),
        ("市总工会为困难职工送去帮扶金共计40万元。", 400_000.0, "CNY"),
    ],
)
def test_red_team_funding_words_and_currencies(extract, text: str, amount: float, currency: str) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == [(amount, currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("省委表彰了一批先进典型，其中我市有3名同志获评全省优秀共产党员，2个党组织获评全省先进基层党组织。",
         [("优秀共产党员", 3, "person"), ("先进基层党组织", 2, "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("我校5名教师被评为省级优秀教师。", [("优秀教师", 5, "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("今年，我区12名教师被授予市级骨干教师称号。", [("骨干教师", 12, "person")]),
        ("会议表彰了100名优秀教师、50名优秀班主任和30名优秀教育工作者。",
         [("优秀教师", 100, "person"), ("优秀班主任", 50, "person"), ("优秀教育工作者", 30, "person")]),
        ("区里表彰了12名优秀共青团员和6名优秀团干部。", [("优秀共青团员", 12, "person"), ("优秀团干部", 6, "person")]),
        ("学校今年获国家科学技术进步奖二等奖2项。", [("国家科学技术进步奖二等奖", 2, None)]),
        ("行政長官今日在禮賓府主持授勳典禮，向336名人士頒授勳章及嘉許。", [("勋章及嘉许", 336, "person")]),
        ("高雄市政府表揚120名績優里長。", [("绩优里长", 120, "person")]),
        ("全年共表彰奖励优秀党员60名。", [("优秀党员", 60, "person")]),
        ("312名毕业生获评优秀毕业生，其中省级优秀毕业生98名、校级优秀毕业生214名。",
         [("省级优秀毕业生", 98, "person"), ("校级优秀毕业生", 214, "person")]),
    ],
)
def test_red_team_award_counts(extract, text: str, expected: list) -> None:
    assert [(a["honor"], a["count"], a["recipient_kind"]) for a in extract(text)["awards"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "近日，县委对拟表彰的20名优秀共产党员进行公示。",
        "初评评选出30名“最美教师”候选人，最终将评出10名。",
        "随后，5位市领导为获奖单位颁奖。",
        "现场为10名获奖者颁发了奖金和证书。",
        "活动现场，主办方为50名优秀学员颁发了结业证书。",
    ],
)
def test_red_team_counts_that_are_no_award(extract, text: str) -> None:
    assert extract(text)["awards"] == []


def test_an_approximate_headline_amount_restates_the_body_amount_it_points_to(extract) -> None:
    text = "签约金额超百亿元\n5月8日，全市重大项目集中签约，签约金额达120亿元，签约项目共20个。"
    assert [f["amount"] for f in extract(text)["funding"]] == [12_000_000_000.0]


def test_a_received_honour_loses_the_conferring_verb(extract) -> None:
    awards = extract("今年獲頒授大紫荊勳章的有3人。")["awards"]
    assert [(a["honor"], a["count"]) for a in awards] == [("大紫荆勋章", 3)]
