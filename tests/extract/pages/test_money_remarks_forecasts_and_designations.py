"""Speaker, funding and award near misses of the thirteenth-round rulings.
Invented near-miss sentences; the expected values follow corpus/GUIDELINES.md §4 (recipients' reactions), §5 (an
honour counted at this event, not a tally over years) and §6 (money granted vs only intended; money in a name).

- A quoted remark telling money given (市长表示：“今年市财政已拨付资金2亿元用于乡村振兴工程”) was taken for an amount
  inside a quoted scheme name because its tail ends on 工程 (h63): a name opens on its amount or a word or two, with
  no verb of giving before the amount (§6: the money granted is a record).
- 预计 with the page's own year (预计2024年全市投入… on a 2024 page) was read as a plan for a later year (h63): it is
  this year's figure, read like 预计今年 (§6 keeps it); 预计2026年 stays intended.
- A share per head after a clause that follows a plan (根据年度计划资助困难学生200名，每人5000元) was read as a share
  of a planned aid (h53/h60 merge): 按/根据…计划 was read only in the share's own clause; the plan followed is money
  paid as planned (§6).
- A span of years before a word of manner describing the holders (近两年来全心全意服务群众的10名优秀党员受到表彰) was
  read as a tally's time by the comma-less span lead (h61): 全/我/本/该 open a scope only before a place or a body (§5).
- 特色小镇, named in the comment of the village designations (h61), could not match (the head wanted 特色镇), so a
  plaque for 省级特色小镇 gave nothing and dropped the batch beside it (§5: designations conferred by plaque count).
- A designation put off or refused (暂缓认定, 不予认定, 未认定) was counted as conferred (cr13 W1 fix lists 取消/撤销/
  申请/拟/待 only): nothing is conferred (§5).
- An honoured person who resolves with the subject left out (张明表示，今后要继续努力) was read as directing, 讲话
  (cr13 W9 fix): a modal before words of one's own resolve is a reaction (§4); 要巩固创建成果 still directs.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


def _amounts(record: dict) -> list[float]:
    return [amount for amount, _, _ in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the wrong firing: a quoted remark of money given, its tail ending on a scheme's head noun
        ("5月6日，全县乡村振兴推进会召开。县长表示：“今年县财政已拨付资金2亿元用于乡村振兴工程”。", [200000000]),
        ("5月6日，市政府召开会议。市长说：“我们已经投入3000万元实施老旧小区改造项目”。", [30000000]),
        # kept: the amount opens a quoted name
        ("行政院今日上午召开院会。会中通过「三百亿元中央扩大租金补贴专案计画」修正案。", []),
        ("5月6日，县里启动“10亿元产业扶持计划”，首批拨付资金2亿元。", [200000000]),
    ],
)
def test_quoted_remark_of_money_given_is_no_name(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the wrong firing: the page's own year after 预计, read like 预计今年
        ("5月6日，市政府召开会议。预计2024年全市投入资金5亿元用于道路建设。", [500000000]),
        ("5月6日，市政府召开会议。预计今年全市投入资金5亿元用于道路建设。", [500000000]),
        # kept: a later year
        ("5月6日，公司召开董事会。公司预计2026年投资8亿元扩建厂房。", []),
        ("5月6日，市政府召开会议。市府预计于2025年投入1.5亿元改善校舍。", []),
    ],
)
def test_forecast_for_the_page_year_is_no_plan(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the wrong firing: 全 of 全心全意 describing the holders, no scope
        ("5月6日，全县表彰大会召开，近两年来全心全意服务群众的10名优秀党员受到表彰。",
         [("优秀党员", 10, "名", "person")]),
        ("5月6日，全县表彰大会召开，近两年来为群众服务的10名优秀党员受到表彰。",
         [("优秀党员", 10, "名", "person")]),
        # kept: the span before a scope or a tally word is a tally over those years
        ("5月6日，全县人才工作会议召开。五年来全县共评选“优秀人才”46名。", []),
        ("5月6日，全校总结大会召开。近三年我校共有“优秀教师”20名。", []),
    ],
)
def test_years_before_a_word_of_manner_is_no_tally(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the wrong firing: the honoured one's own resolve, subject left out
        ("5月6日，全市劳模表彰大会举行。副省长李华为张明颁发“全国劳动模范”奖章。随后，张明表示，今后要继续努力，"
         "为企业发展作出更大贡献。", {"李华": ("副省长", ("颁奖",))}),
        ("5月6日，全市劳模表彰大会举行。副省长李华为张明颁发“全国劳动模范”奖章。随后，张明表示，一定要珍惜荣誉，"
         "在岗位上再立新功。", {"李华": ("副省长", ("颁奖",))}),
        # kept: a leader receiving for the city who then directs speaks (cr13 W9)
        ("5月6日，全市表彰大会举行。副省长李华为市长王军颁发“全国文明城市”奖牌。随后，王军表示，要巩固创建成果，"
         "推动全市高质量发展。", {"李华": ("副省长", ("颁奖",)), "王军": ("市长", ("讲话",))}),
    ],
)
def test_recipient_resolve_is_no_directive(extract_with_model, body, expected):
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the wrong firing: 特色小镇 after its level, alone or as the second designation of a batch
        ("5月6日，市文旅局召开大会，为5个省级乡村旅游重点村和3个省级特色小镇授牌。",
         [("乡村旅游重点村", 5, "个", "organization"), ("特色小镇", 3, "个", "organization")]),
        ("5月6日，市发改委召开大会，为3个省级特色小镇授牌。", [("特色小镇", 3, "个", "organization")]),
        ("5月6日，市发改委召开大会，为3个省级运动休闲特色小镇授牌。", [("运动休闲特色小镇", 3, "个", "organization")]),
        # kept: no level word, the town's own hanging of a plaque
        ("5月6日，市发改委召开大会，为3个特色小镇授牌。", []),
        ("5月6日，市发改委召开大会。会后，3个省级特色小镇统一挂牌。", []),
    ],
)
def test_featured_town_designation_conferred(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the wrong firing: a designation put off, refused or not made
        ("5月6日，市科技局召开会议，暂缓认定市级众创空间3家。", []),
        ("5月6日，市科技局召开会议，不予认定市级众创空间2家。", []),
        ("5月6日，市科技局召开会议，尚未认定市级众创空间2家。", []),
        # kept: the body's own designation
        ("5月6日，市科技局召开会议，经评审认定市级众创空间12家。", [("众创空间", 12, "家", "organization")]),
        ("5月6日，市科技局召开会议，首批共认定院士专家工作站6家。", [("院士专家工作站", 6, "家", "organization")]),
    ],
)
def test_designation_put_off_is_no_award(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the wrong firing: the plan followed, in the clause before the share
        ("5月6日，县民政局根据年度计划资助困难学生200名，每人5000元。", [5000]),
        ("5月6日，县民政局按照工作计划资助困难学生200名，每人资助5000元。", [5000]),
        # kept: a plan of its own, in the clause before the share or in the share's clause
        ("5月6日，县民政局计划资助困难学生200名，每人资助5000元。", []),
        ("5月6日，县民政局计划为100户困难家庭每户发放慰问金800元。", []),
    ],
)
def test_share_after_a_plan_followed_is_paid(extract, body, expected):
    assert _amounts(extract(page(body))) == expected
