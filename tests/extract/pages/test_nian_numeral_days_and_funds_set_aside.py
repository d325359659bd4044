"""Hong Kong and Macau releases and newspaper pages.

Found on invented pages of government honours ceremonies, grants and council sessions:
- a day of the month in 廿/卅 numerals after 本月 (本月廿七日) gave no date (GUIDELINES §3 date);
- a bracketed day after a weekday that was cut (于本周三（三日）下午在…) stayed in the venue (§3 location);
- a 由甲与乙联合主办 agent whose second body holds 和 in its own name (省发展和改革委员会) was not listed (§3 organizer,
  eighteenth review round: 甲、乙);
- 则/也/亦 before 有 and a count closing an honour (铜紫荆星章则有六十四人) was missed or kept in the honour (§5);
- 计划再预留 (money set aside later) was recorded though only intended (§6 `计划再安排`);
- a scheme's signing ceremony (资助计划签署仪式) read as a signing still planned, its sentence's money dropped (§6), and
  as a meeting not held (§3);
- an announcement made at the event (出席…仪式时宣布) did not make the event held (§3, §4 宣布 is 讲话);
- agreements signed just before 涉及金额 are its signing total (§6), an audit's or a case's 涉及金额 is not;
- the Hong Kong post 首长 (执行处首长) was no title (§4 title).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, when


@pytest.mark.parametrize(("body", "expected"), [
    ("本月廿七日上午，行政公職局在澳門理工大學禮堂舉行頒獎典禮。", "2024-05-27"),
    ("本月卅日下午，社會工作局在澳門旅遊塔舉行嘉許典禮。", "2024-05-30"),
    ("本月廿一日，区文联在区文化馆召开座谈会。", "2024-05-21"),
])
def test_this_month_day_in_nian_numerals(extract, body, expected):
    assert [d for d, _, _ in when(extract(page(body)))] == [expected]


@pytest.mark.parametrize("body", [
    "特區政府頒授典禮於本周三（三日）下午在澳門文化中心舉行。",
    "特區政府頒授典禮於上周五（3日）在澳門文化中心舉行。",
    "特區政府頒授典禮於本周一（六日）在澳門文化中心舉行。",
])
def test_bracketed_day_after_weekday_not_in_venue(extract, body):
    assert [m["location"] for m in extract(page(body))["meetings"]] == ["澳门文化中心"]


@pytest.mark.parametrize(("body", "expected"), [
    ("論壇於5月6日在香港會議展覽中心舉行，由香港特區政府政制及內地事務局與廣東省發展和改革委員會聯合主辦。",
     "香港特区政府政制及内地事务局、广东省发展和改革委员会"),
    ("研讨会于5月6日在江城举行，由省发展和改革委员会和江城大学共同主办。", "省发展和改革委员会、江城大学"),
    ("研讨会于5月6日在江城举行，由农业农村部和广西壮族自治区人民政府共同主办。", "农业农村部、广西壮族自治区人民政府"),
])
def test_joint_agent_with_he_inside_a_name(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("另外，十五人獲頒金紫荊星章，銅紫荊星章則有六十四人。",
     [("金紫荆星章", 15, "人", "person"), ("铜紫荆星章", 64, "人", "person")]),
    ("大会表彰先进集体5个，先进个人也有12名。",
     [("先进集体", 5, "个", "organization"), ("先进个人", 12, "名", "person")]),
    ("会上，先进集体则有5个受到表彰。", [("先进集体", 5, "个", "organization")]),
])
def test_list_goes_on_with_ze_or_ye(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "政府計劃明年再預留二億元推行樂齡科技試驗計劃。",
    "政府计划再预留5000万元用于养老服务。",
])
def test_set_aside_later_is_intended(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize("body", [
    "政府今年已预留5000万元用于养老服务。",
    "局长宣布，政府已預留十億元推行第二期地區資助計劃。",
])
def test_set_aside_now_is_funding(extract, body):
    assert len(grants(extract(page(body)))) == 1


@pytest.mark.parametrize("body", [
    "麥美娟前日（十日）出席地區服務及關愛隊資助計劃簽署儀式時宣布，政府已預留十億元推行第二期計劃。",
    "局长昨日出席培训计划启动仪式时宣布，政府已拨款二亿元推行培训计划。",
])
def test_scheme_ceremony_held_and_its_money(extract, body):
    record = extract(page(body))
    assert len(record["meetings"]) == 1 and record["meetings"][0]["date"] is not None
    assert len(grants(record)) == 1


@pytest.mark.parametrize("body", [
    "他计划在启动仪式上宣布新措施。",
    "公司计划签署协议，总投资5亿元。",
])
def test_plan_verb_still_planned(extract, body):
    record = extract(page(body))
    assert record["meetings"] == [] and grants(record) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("論壇期間，兩地企業簽署十六份合作協議，涉及金額約三百億元人民幣。", [(30000000000.0, "CNY", None)]),
    ("会上，两地企业签署16份合作协议，涉及金额约300亿元。", [(30000000000.0, "CNY", None)]),
    ("会上，双方签订采购协议，涉及金额约3亿元。", []),
    ("审计发现问题56个，涉及金额320万元。", []),
    ("警方破获案件12宗，涉及金额约300万元。", []),
])
def test_amount_involved_after_deals_signed(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("典禮上，執行處首長何錦江（Mr Ricky Ho Kam-kong）代表獲獎人員致謝詞。", ("执行处首长", ("致辞",))),
    ("會上，部門首長陳大文發言。", ("部门首长", ("发言",))),
])
def test_shouzhang_is_a_title(extract, body, expected):
    speakers = {s["name"]: (s["title"], tuple(s["roles"])) for s in extract(page(body))["speakers"]}
    assert list(speakers.values()) == [expected]


def test_generic_shouzhang_names_nobody(extract):
    assert extract(page("首长们在会上听取了汇报。"))["speakers"] == []
