"""Funding shapes of place characters opening a name, sums beside a rate, project lists, later phases and changed standards: a project or
facility name opening on 乡/村/区/市/县 keeps that character; the sum paid beside a per-hire rate is a record; the total
of a list of projects started or finished is a record; a later phase's planned start does not decline a running
project's total; a changed standard's purpose is the fund, not the decision; the former standard told 由原来的… or
before a repeated currency word is no record; a channel (通过争取…项目) and another's programme studied (学习…经验) are
no purpose; the project named at the sentence's start is preferred to a part of it; 同时 is no partner.
Invented sentences; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name opening on a place character keeps it
        ("县里召开会议。乡村振兴示范项目获得资金3200万元。", [(32000000.0, "CNY", "乡村振兴示范项目")]),
        ("县里召开会议。市政道路改造工程获得上级补助资金500万元。", [(5000000.0, "CNY", "市政道路改造工程")]),
        ("今年，村道硬化工程获得省级补助资金800万元。", [(8000000.0, "CNY", "村道硬化工程")]),
        ("区域医疗中心项目获得中央资金2亿元。", [(200000000.0, "CNY", "区域医疗中心项目")]),
        ("乡村振兴服务中心于今日正式启用，总投资3000万元。", [(30000000.0, "CNY", "乡村振兴服务中心")]),
        ("区域污水处理中心于今日投入使用，总投资8000万元。", [(80000000.0, "CNY", "区域污水处理中心")]),
        # the facility's name runs to the last head before the verb
        ("市人民医院新院区于今日正式启用，总投资12亿元。", [(1200000000.0, "CNY", "市人民医院新院区")]),
        ("县中医院门诊大楼今日正式启用，总投资1.5亿元。", [(150000000.0, "CNY", "县中医院门诊大楼")]),
        # NEGATIVE: the place the project is in (全县, 该镇的, 镇的) is still cut
        ("全县农村供水项目获得资金3200万元。", [(32000000.0, "CNY", "农村供水项目")]),
        ("本市智慧停车项目获得资金600万元。", [(6000000.0, "CNY", "智慧停车项目")]),
        ("镇的文化广场项目获得资金300万元。", [(3000000.0, "CNY", "文化广场项目")]),
    ],
)
def test_place_characters_opening_a_name(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the sum paid or allocated beside a rate per hire or trainee is a record (the rate itself is not)
        ("按照每培训1人补助800元的标准，县财政今年拨付职业技能培训补贴资金200万元。",
         [(2000000.0, "CNY", "职业技能培训补贴资金")]),
        ("对每吸纳1名脱贫劳动力就业的企业给予补贴，今年已为32家企业发放补贴资金96万元。", [(960000.0, "CNY", "补贴资金")]),
        ("企业每招用1名高校毕业生给予补贴，县财政为此安排专项资金500万元。", [(5000000.0, "CNY", None)]),
        ("县人社局按每吸纳1人补贴1000元的标准发放一次性吸纳就业补贴资金96万元。",
         [(960000.0, "CNY", "一次性吸纳就业补贴资金")]),
        ("企业每招用1名退役军人补贴3000元，今年为15家企业兑现稳岗补贴资金45万元。", [(450000.0, "CNY", "稳岗补贴资金")]),
        ("每培训1名新型职业农民补助1500元，市财政今年下达培训经费300万元。", [(3000000.0, "CNY", "培训经费")]),
        # NEGATIVE: the rate's own amount, also after a comma with no fund handed out
        ("企业每招用1人，发放补贴2000元。", []),
        ("每吸纳1名登记失业人员，给予一次性补贴资金1000元。", []),
    ],
)
def test_the_sum_paid_beside_a_rate(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list of projects started, finished or told started after the total
        ("县发改委公布了今年第一批已开工项目清单，涉及项目32个，总投资86亿元。", [(8600000000.0, "CNY", None)]),
        ("会议审议了已竣工项目名单，涉及项目20个，总投资30亿元。", [(3000000000.0, "CNY", None)]),
        ("会议通报了全县重点项目建设计划，列入项目32个，总投资86亿元，目前已全部开工。", [(8600000000.0, "CNY", None)]),
        ("全市重大项目集中开工，开工项目清单中，共涉及项目18个，总投资46亿元。", [(4600000000.0, "CNY", None)]),
        ("市里公布了一季度投产项目名单，涉及项目12个，总投资25亿元。", [(2500000000.0, "CNY", None)]),
        # NEGATIVE: a plan's list, and a start still ahead after the total
        ("会议审议通过了2025年重点项目建设计划，涉及项目18个，总投资约46亿元。", []),
        ("会议通报了全县重点项目建设计划，列入项目32个，总投资86亿元，计划年内全部开工。", []),
    ],
)
def test_a_list_of_projects_started(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a later phase's start ahead: the project is under way
        ("该项目总投资5亿元，一期已建成投产，计划明年开工建设二期。", [(500000000.0, "CNY", None)]),
        ("该项目总投资12亿元，目前一期主体已封顶，计划年内开工建设二期。", [(1200000000.0, "CNY", None)]),
        ("该项目总投资5亿元，去年已完成一期建设，预计今年下半年开工二期工程。", [(500000000.0, "CNY", None)]),
        ("该项目总投资8亿元，计划明年二期开工。", [(800000000.0, "CNY", None)]),
        # NEGATIVE: the project's own start ahead
        ("该项目总投资12亿元，计划明年开工，目前正在办理用地手续。", []),
        ("该项目总投资8亿元，预计明年开工建设。", []),
    ],
)
def test_a_later_phase_ahead(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a changed standard: the fund, not the decision or the time it runs from
        ("县政府召开常务会议，会议决定将见义勇为奖励金由5000元提高至1万元。", [(10000.0, "CNY", "见义勇为奖励金")]),
        ("市政府宣布，今年起把育儿津贴由新台币5000元提高到1万元。", [(10000.0, "TWD", "育儿津贴")]),
        ("会议同意将独居长者慰问金由新台币3000元调高为5000元。", [(5000.0, "TWD", "独居长者慰问金")]),
        ("县里决定，明年起将护林员补助由每人1.2万元提高到1.5万元。", [(15000.0, "CNY", "护林员补助")]),
        # the former standard told 由原来的… or before a repeated currency word is no record
        ("奖学金由原来的2000元提高到3000元。", [(3000.0, "CNY", None)]),
        ("奖学金标准由原来的每人2000元提高到3000元。", [(3000.0, "CNY", None)]),
        ("市政府决定高龄津贴由新台币1万元提高至新台币2万元。", [(20000.0, "TWD", "高龄津贴")]),
        ("乡村教师生活补助从原来的每人1000元提高到1500元。", [(1500.0, "CNY", "乡村教师生活补助")]),
        # NEGATIVE: a fund whose name holds 将 (将士) keeps it
        ("今年，抗洪将士慰问金由每人500元提高到800元。", [(800.0, "CNY", "抗洪将士慰问金")]),
    ],
)
def test_a_changed_standard(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a channel the money came through is no project of its own
        ("我县通过争取中央预算内投资项目获得资金3000万元。", [(30000000.0, "CNY", None)]),
        ("该镇依托乡村振兴衔接项目获得资金500万元。", [(5000000.0, "CNY", None)]),
        # another's programme studied is no purpose
        ("学习借鉴浙江“千万工程”经验，今年全县投入资金2亿元。", [(200000000.0, "CNY", None)]),
        ("借鉴“美丽乡村”建设项目的做法，县里今年安排资金5000万元。", [(50000000.0, "CNY", None)]),
        # NEGATIVE: a project whose own name holds 利用 is named
        ("秸秆综合利用项目获得资金500万元。", [(5000000.0, "CNY", "秸秆综合利用项目")]),
        # NEGATIVE: a programme carried out is the purpose
        ("为推进“千万工程”，今年全县投入资金2亿元。", [(200000000.0, "CNY", "千万工程")]),
        # the project named at the sentence's start, not a part of it
        ("江城新能源电池项目开工，项目规划新建生产线4条，总投资20亿元。", [(2000000000.0, "CNY", "江城新能源电池项目")]),
        ("江城冷链物流园项目奠基，项目新建冷库6座，总投资3亿元。", [(300000000.0, "CNY", "江城冷链物流园项目")]),
        # NEGATIVE: no project named, the works counted
        ("今年新建高标准农田2万亩，总投资6000万元。", [(60000000.0, "CNY", "新建高标准农田")]),
        # 同时 tells a second act, no partner
        ("县财政投入资金500万元，同时与市卫健委合作开展义诊活动。", [(5000000.0, "CNY", None)]),
        ("县财政投入资金30万元，同时和县文联联合举办书画展。", [(300000.0, "CNY", None)]),
        # NEGATIVE: a partner after 同 or 与
        ("县财政投入资金30万元，同县文联联合举办书画展。", [(300000.0, "CNY", "同县文联联合举办书画展")]),
        ("县财政投入资金30万元，与省文联联合举办全县书画展。", [(300000.0, "CNY", "与省文联联合举办全县书画展")]),
    ],
)
def test_no_purpose_from_channels_and_side_acts(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
