"""Meeting shapes of descriptions before a named city, passive convening, scheme signings and rites still planned (invented sentences, rules only).

Found:
- 在省城兰河 gave the location 省城兰河: a description before a named city (省城, 省会, 首府) is no part of the venue
  (GUIDELINES §3 twenty-first round, second part); 省会议中心 and a building named 首府大厦 stay venues of their own;
- 会议由农业部召开 gave no organizer and a bare X会议由Y召开。 gave no meeting: a passive 召开 names its agent the
  organizer like 由Y主办, and the meeting is held (§3 twenty-first round, second part); 由…主持召开 (the chair) and a
  bare 由Y主办 (no holding told) keep today's output;
- a glued item's headline 省残联召开第三次代表大会 stayed a second record beside the body's 河北省残疾人联合会第三次代表
  大会: a federation's short form (level, first character of its name and a later one, 省残联, 市妇联, 县科协) names the
  same body as the full name ending in 会 (§3, a body written short is the same body); 市妇联 / 市妇幼保健院 stay two;
- a class held 6月30日至7月2日 lent its venue to neither its dated 开班仪式 nor its 结业式: a span running into the next
  month was not read (§3 twenty-first round, second part); and a party lecture told right after the ceremony just told
  (开班仪式后，X…为全体学员讲授了…党课) was dropped as a part of the class: its own record on the ceremony's day, no venue
  (§3 thirteenth and eighteenth rounds); one still planned (将为学员讲授) or told 培训期间 keeps today's output;
- …资助计划签署仪式在县会议中心举行，总投资5亿元 gave no funding: a scheme's signing ceremony told as held in the
  passive is a signing held (§6 twenty-first round, second part); the rite still planned (于下月, 举行后) keeps none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


def _places(record: dict) -> list[str | None]:
    return [m["location"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全省农业工作会议在省城兰河召开。", ["兰河"]),
    ("5月6日，全省文化旅游推介会在省会长沙举行。", ["长沙"]),
    ("5月6日，自治区林业工作会议在首府南宁召开。", ["南宁"]),
    ("5月6日，全省林业工作会议在省会城市西宁召开。", ["西宁"]),
])
def test_description_before_a_city_cut(extract, body, expected):
    assert _places(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全省农业工作会议在省会议中心召开。", ["省会议中心"]),
    ("5月6日，全省农业工作会议在省城宾馆召开。", ["省城宾馆"]),
    ("5月6日，全区林业工作会议在首府大厦召开。", ["首府大厦"]),
    ("5月6日，全县教育工作会议在县城东关召开。", ["县城东关"]),
])
def test_venue_named_after_the_capital_kept(extract, body, expected):
    assert _places(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全国农业工作会议在北京召开。会议由农业部召开，部长王明作了工作报告。",
     [("全国农业工作会议", "2024-05-06", "农业部")]),
    ("5月6日，全省水利工作会议在兰河召开。本次会议由省水利厅召开，厅长李强出席并讲话。",
     [("全省水利工作会议", "2024-05-06", "省水利厅")]),
    ("全省春耕生产工作会议由农业部召开。", [("全省春耕生产工作会议", None, "农业部")]),
    ("5月6日，全省春耕生产工作会议由省农业厅召开，副厅长王明主持。",
     [("全省春耕生产工作会议", "2024-05-06", "省农业厅")]),
    ("5月6日，全市安全生产工作会议由市政府在市会议中心召开。",
     [("全市安全生产工作会议", "2024-05-06", "市政府")]),
])
def test_passive_convening_names_the_organizer(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全县安全生产工作会议在县会议中心召开。会议由县委书记张华主持召开。",
     [("全县安全生产工作会议", "2024-05-06", None)]),
    ("5月6日，全县安全生产工作会议在县会议中心召开。会议由副县长张华主持。",
     [("全县安全生产工作会议", "2024-05-06", None)]),
    ("5月6日，全省春耕生产工作会议由省农业厅主办，副厅长王明主持。", []),
    ("5月6日，全省春耕生产工作会议由副厅长王明主持召开。", []),
])
def test_chair_or_bare_host_unchanged(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "5月6日，乡村振兴资助计划签署仪式在县会议中心举行，总投资5亿元。",
    "5月6日，教育资助计划签约仪式在市会议中心隆重举行，项目总投资3亿元。",
    "5月6日，人才培养计划签约仪式在县会议中心举行，协议总金额2亿元。",
])
def test_scheme_signing_held_in_the_passive_funds(extract, body):
    assert len(grants(extract(page(body)))) == 1


@pytest.mark.parametrize("body", [
    "该公司计划签约仪式于下月在县会议中心举行，总投资5亿元。",
    "双方计划签约仪式在县会议中心举行后注资5亿元。",
    "双方计划签约仪式将在县会议中心举行，总投资5亿元。",
])
def test_rite_still_planned_no_funding(extract, body):
    assert grants(extract(page(body))) == []


_GLUED = "简讯\n2024-01-13 来源：某网\n本报江州1月13日电 江州市第二届农民书画展今天在市博物馆开幕。\n{head}\n本报江州1月13日电 {body}\n"


@pytest.mark.parametrize(("head", "body", "expected"), [
    ("省残联召开第三次代表大会", "河北省残疾人联合会第三次代表大会11日至13日在石家庄举行。",
     [("河北省残疾人联合会第三次代表大会", "2024-01-11", "河北省残疾人联合会")]),
    ("市妇联召开第十二次代表大会", "江州市妇女联合会第十二次代表大会11日在江州举行。",
     [("江州市妇女联合会第十二次代表大会", "2024-01-11", "江州市妇女联合会")]),
    ("县科协召开第九次代表大会", "东岭县科学技术协会第九次代表大会11日在县会议中心举行。",
     [("东岭县科学技术协会第九次代表大会", "2024-01-11", "东岭县科学技术协会")]),
])
def test_federation_short_form_headline_merged(extract, head, body, expected):
    assert held(extract(_GLUED.format(head=head, body=body))) == expected


def test_short_form_of_another_body_not_merged(extract):
    record = extract(_GLUED.format(head="市妇联召开第十二次代表大会", body="江州市妇幼保健院第十二次职工代表大会11日在江州举行。"))
    assert held(record) == [("第十二次职工代表大会", "2024-01-11", "江州市妇幼保健院"), ("市妇联第十二次代表大会", None, "市妇联")]


_CLASS = "标题\n2024-07-03 来源：某网\n{span}，全县基层党组织书记示范培训班在县委党校举办。\n{rest}\n"


@pytest.mark.parametrize(("span", "rest", "expected"), [
    ("6月30日至7月2日", "6月30日上午举行开班仪式，县委常委黎某出席并讲话。\n7月2日下午举行结业式，阮某作总结讲话。",
     [("开班仪式", "2024-06-30", "县委党校"), ("结业式", "2024-07-02", "县委党校")]),
    ("5月30日至6月1日", "30日上午举行开班仪式，县委常委黎某出席并讲话。\n6月1日下午举行结业式，阮某作总结讲话。",
     [("开班仪式", "2024-05-30", "县委党校"), ("结业式", "2024-06-01", "县委党校")]),
])
def test_class_over_two_months_lends_its_venue(extract, span, rest, expected):
    record = extract(_CLASS.format(span=span, rest=rest))
    assert [(m["name"], m["date"], m["location"]) for m in record["meetings"][1:]] == expected


@pytest.mark.parametrize("rest", [
    "6月30日上午举行开班仪式，县委常委黎某出席并讲话。\n开班仪式后，黎某以《守正创新抓党建》为题为全体学员讲授了第一堂专题党课。",
    "6月30日上午举行开班仪式，县委常委黎某出席并讲话。\n仪式结束后，黎某为全体学员上了一堂专题党课。",
    "6月30日上午举行开班仪式，县委常委黎某出席并讲话。\n开班式后，黎某为全体学员讲授了专题党课。",
])
def test_lecture_right_after_the_opening_own_record(extract, rest):
    record = extract(_CLASS.format(span="6月30日至7月2日", rest=rest))
    assert [(m["name"], m["date"], m["location"]) for m in record["meetings"][-1:]] == [("专题党课", "2024-06-30", None)]


def test_closing_after_the_lecture_still_takes_the_class_venue(extract):
    rest = ("6月30日上午举行开班仪式，县委常委黎某出席并讲话。\n开班仪式后，黎某为全体学员讲授了专题党课。\n"
            "7月2日下午举行结业式，阮某作总结讲话。")
    record = extract(_CLASS.format(span="6月30日至7月2日", rest=rest))
    assert [(m["name"], m["date"], m["location"]) for m in record["meetings"][1:]] == [
        ("开班仪式", "2024-06-30", "县委党校"), ("专题党课", "2024-06-30", None), ("结业式", "2024-07-02", "县委党校")]


@pytest.mark.parametrize("rest", [
    "6月30日上午举行开班仪式，县委常委黎某出席并讲话。\n开班仪式后，黎某将为全体学员讲授专题党课。",
    "6月30日上午举行开班仪式，县委常委黎某出席并讲话。\n培训期间，黎某为全体学员讲授了专题党课。",
])
def test_lecture_planned_or_in_the_programme_no_record(extract, rest):
    record = extract(_CLASS.format(span="6月30日至7月2日", rest=rest))
    assert [m["name"] for m in record["meetings"]] == ["全县基层党组织书记示范培训班", "开班仪式"]
