"""Award, meeting and funding shapes of listed counts in numerals, plan verbs before a rite and pledges, and the twenty-first round's pledge ruling.

Found (invented sentences, rules only):
- 共有县长奖十二名、议长奖八名、校长奖三十名获奖 gave one record, 县长奖 8: the list-item guard after a conferral knew
  only Arabic counts, while Taiwan and Hong Kong pages write Chinese numerals (GUIDELINES §5, one record per count);
- 双方计划签约仪式后注资5亿元 kept its amount: the exemption for a scheme's rite (资助计划签署仪式) took every 计划 before
  a rite's noun, the verb of planning too (§6 signing still planned; §3 for the meeting side);
- 签署购房协议，涉及金额… and 签署整改协议，涉及金额… were read as signing totals: any agreement signed made 涉及金额 a
  total; only agreements of cooperation or investment do, trade ones excluded with the trade lists (§6 sixteenth round);
- X表示，将捐资100万元支持… gave a record: a pledge told in someone's remarks is intended money, no record, while a
  body's own allocation with 将 stays funding (§6 twenty-first round), and so does a pledge a donation ceremony on
  the page marks (§6 twelfth round, tests/extract/pages/test_quoted_series_and_members_listening.py).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县府举行表扬大会，颁发县长奖，共有县长奖十二名、议长奖八名、校长奖三十名获奖。",
     [("县长奖", 12, "名", "person"), ("议长奖", 8, "名", "person"), ("校长奖", 30, "名", "person")]),
    ("5月6日，市府举办表扬会，颁发市长奖，共有市长奖二十人、议长奖十五人获奖。",
     [("市长奖", 20, "人", "person"), ("议长奖", 15, "人", "person")]),
    ("5月6日，县府举行表扬大会，颁发县长奖，共有县长奖12名、议长奖8名、校长奖30名获奖。",
     [("县长奖", 12, "名", "person"), ("议长奖", 8, "名", "person"), ("校长奖", 30, "名", "person")]),
])
def test_listed_counts_in_numerals_each_their_own(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县府举行表扬大会，颁发县长奖，共有十二名学生获奖。", [("县长奖", 12, "名", "person")]),
    ("5月6日，县府举行表扬大会，颁发县长奖，县长奖十二名获奖。", [("县长奖", 12, "名", "person")]),
    ("5月6日，县府举行表扬大会，颁授县长奖，共有三十名同学获此殊荣。", [("县长奖", 30, "名", "person")]),
])
def test_one_count_after_a_conferral_unchanged(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "双方计划签约仪式后注资5亿元。",
    "该公司计划签约仪式于下月举行，总投资5亿元。",
    "公司计划签约后注资5亿元。",
    "双方计划于下月举行签约仪式，总投资5亿元。",
])
def test_plan_verb_before_a_rite_still_ahead(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize("body", [
    "5月6日，双方出席资助计划签署仪式，总投资5亿元。",
    "5月6日，县里举行资助计划签约仪式，项目总投资5亿元。",
    "局长出席培训计划启动仪式时宣布，政府已拨款二亿元推行培训计划。",
])
def test_scheme_rite_attended_keeps_its_money(extract, body):
    assert len(grants(extract(page(body)))) == 1


@pytest.mark.parametrize("body", [
    "他计划出席签约仪式时宣布新措施。",
    "双方计划签约仪式后在会上宣布合作事项。",
])
def test_plan_verb_before_a_rite_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []


@pytest.mark.parametrize("body", [
    "会上，双方签署购房协议，涉及金额约3亿元。",
    "审计组与被审计单位签署整改协议，涉及金额320万元。",
    "会上，双方签订采购框架协议，涉及金额约3亿元。",
    "会上，双方签署设备采购合作协议，涉及金额约3亿元。",
])
def test_amount_involved_after_other_agreements_excluded(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("会上，双方签署了战略合作协议，涉及金额约3亿元。", [(300000000.0, "CNY", None)]),
    ("会上，两地企业签署十六份合作协议，涉及金额300亿元。", [(30000000000.0, "CNY", None)]),
    ("会上，双方签订项目投资协议，涉及金额约3亿元。", [(300000000.0, "CNY", None)]),
])
def test_amount_involved_after_cooperation_agreements(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "5月6日，县慈善总会召开座谈会。企业家张明表示，将捐资100万元支持家乡教育事业。",
    "5月6日，座谈会上，王总说：“公司将捐赠50万元用于村里修路。”",
    "5月6日，座谈会上，乡贤代表承诺，将再出资300万元建设老年食堂。",
])
def test_pledge_in_remarks_is_intended(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize("body", [
    "5月6日，县慈善总会召开座谈会。徐某表示，已捐资100万元支持家乡教育事业。",
    "5月6日，县慈善总会召开座谈会。会上，徐某捐资100万元支持家乡教育事业。",
    "5月6日，县政府召开会议。县财政今年将安排资金800万元用于农村道路建设。",
    "5月6日，县政府召开会议。县长表示，县财政今年将安排资金800万元用于农村道路建设。",
    "5月6日，县政府召开会议。会议决定，将出资500万元设立助学基金。",
    "5月6日，捐赠仪式举行。仪式上，企业代表表示，将捐资100万元支持家乡教育事业。",
])
def test_given_or_allocated_stays_funding(extract, body):
    assert len(grants(extract(page(body)))) == 1
