"""§5 rulings of the twenty-second review round on works as winners, plaques, rankings and entrants, and a §6 aside.

Found by probing each award reading marked "written ahead of the rules" in corpus/GUIDELINES.md §5 (twenty-second
review round) on main:

- works commended as 获奖 right after 表彰了 (表彰了25篇（部）获奖社科优秀论著) gave nothing: 获奖 now describes the
  works, the honour after it; the bracketed noun of a works unit is left out of the unit (篇);
- an honour's plaque handed to the leaders of counted counties (四县领导…接过…颁发的“光荣脱贫县”的铜牌) gave nothing;
- counted families joining a ranking at the event (会上，…等10个家庭跻身“十佳文明家庭”行列) gave nothing;
- winners counted after a prize's entrants (本届质量奖共有47家企业申报，经评审，5家企业获奖) gave nothing;
- this year's prizes from higher bodies in a work report (2024年…，全年获得省级以上科技进步奖9项; 今年公司获得…8项)
  were kept without a word of hearsay: now a tally (awards/test_award_counts_after_ceremony_acts.py's row changed);
- a scope word before a 十佳 honour after 当选/被评为 (当选全国十佳运动员) stayed on the honour.
- §6 (twenty-first round): a bare 捐赠仪式上 pointing back to a ceremony told as earlier (此前，…举行了…捐赠仪式) kept
  the pledge as the ceremony's.

The flattened table (荣誉称号/获奖单位/数量 each on a line) is not followed yet. Every row is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page

_SOCIAL = "5月6日，市社科联召开表彰大会，"


# §5 twenty-second round: works (and people) described as 获奖 before their honour, counted after 表彰了.
@pytest.mark.parametrize(("body", "expected"), [
    (_SOCIAL + "表彰了25篇（部）获奖社科优秀论著。", [("社科优秀论著", 25, "篇", None)]),
    (_SOCIAL + "表彰了25篇获奖社科优秀论著。", [("社科优秀论著", 25, "篇", None)]),
    ("5月6日，市文联召开表彰大会，表彰了18部（篇）获奖优秀文艺作品。", [("优秀文艺作品", 18, "部", None)]),
    ("5月6日，市教育局召开表彰大会，表彰了30名获奖优秀教师。", [("优秀教师", 30, "名", "person")]),
    # NEGATIVE: no honour after 获奖, or works not commended
    ("5月6日，市教育局召开表彰大会，表彰了30名获奖教师。", []),
    ("该社今年出版了25篇（部）获奖社科优秀论著。", []),
    (_SOCIAL + "表彰了25篇社科优秀论著。", [("社科优秀论著", 25, "篇", None)]),
])
def test_works_described_as_winners(extract, body, expected):
    assert honours(extract(page(body))) == expected


# §5 twenty-second round: an honour's plaque handed to the leaders of counted counties confers it on the counties.
@pytest.mark.parametrize(("body", "expected"), [
    ("会上，四县领导依次走上主席台，接过市委书记颁发的“光荣脱贫县”的铜牌。", [("光荣脱贫县", 4, "县", "organization")]),
    ("大会上，五县负责人接过市长颁授的“生态文明示范县”牌匾。", [("生态文明示范县", 5, "县", "organization")]),
    ("会上，三村党支部书记上台接过县委书记颁发的“美丽乡村”奖牌。", [("美丽乡村", 3, "村", "organization")]),
    # NEGATIVE: a keepsake, no honour's token; no handing over at all
    ("会上，四县领导依次走上主席台，接过市委书记颁发的纪念品。", []),
    ("会上，四县领导听取了市委书记关于“光荣脱贫县”的讲话。", []),
])
def test_plaque_taken_by_leaders_of_counted_places(extract, body, expected):
    assert honours(extract(page(body))) == expected


# §5 twenty-second round: counted holders told at the event as joining a ranking hold it; as background, a tally.
@pytest.mark.parametrize(("body", "expected"), [
    ("会上，张华家庭、李明家庭等10个家庭跻身“十佳文明家庭”行列。", [("十佳文明家庭", 10, "个", None)]),
    ("5月6日，全市文明家庭表彰大会召开。大会上，8户家庭跻身“最美家庭”行列。", [("最美家庭", 8, "户", None)]),
    ("颁奖仪式上，王芳等5名教师跻身“十佳师德标兵”之列。", [("十佳师德标兵", 5, "名", "person")]),
    # NEGATIVE: told as background, with no event named; no count; the city itself
    ("近年来，我市已有10个家庭跻身“十佳文明家庭”行列。", []),
    ("我市已有10个家庭跻身“十佳文明家庭”行列。", []),
    ("会上，主持人介绍，该市已跻身“全国文明城市”行列。", []),
])
def test_counted_holders_join_a_ranking(extract, body, expected):
    assert honours(extract(page(body))) == expected


# §5 twenty-second round: winners counted in their own clause after the entrants of a prize named are its count.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市质量奖颁奖大会召开。本届质量奖共有47家企业申报，经评审，5家企业获奖。", [("质量奖", 5, "家", "organization")]),
    ("5月6日，颁奖大会召开。今年“市长质量奖”共有30家企业申报，经专家评审，最终4家企业获奖。",
     [("市长质量奖", 4, "家", "organization")]),
    ("5月6日，科技奖颁奖大会召开。本届青年科技奖共有86名教师参评，12名教师获奖。", [("青年科技奖", 12, "名", "person")]),
    # NEGATIVE: entrants alone, a win elsewhere, a shortlist
    ("5月6日，颁奖大会召开。本届质量奖共有47家企业申报。", []),
    ("5月6日，颁奖大会召开。本届质量奖共有47家企业申报，经评审，5家企业在省赛中获奖。", []),
    ("5月6日，颁奖大会召开。本届质量奖共有47家企业申报，经评审，5家企业入围。", []),
])
def test_winners_after_entrants(extract, body, expected):
    assert honours(extract(page(body))) == expected


# §5 twenty-second round: this year's prizes from higher bodies told in a work report are a tally, hearsay or not.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，公司召开年度工作会议。2024年公司营业收入达到10亿元，全年获得省级以上科技进步奖9项。", []),
    ("今年公司获得省级以上科技进步奖8项。", []),
    ("集团今年获得国家级科技奖3项。", []),
    ("院长介绍，今年学院获得省部级教学成果奖5项。", []),
    # NEGATIVE: honoured at this event after; no higher body named; one national prize named (kept as
    # pages/test_award_funding_phrasings.py reads it; see the report's proposed ruling)
    ("学校今年获国家科学技术进步奖二等奖2项。", [("国家科学技术进步奖二等奖", 2, "项", None)]),
    ("今年公司获得省级以上科技进步奖8项，大会对获奖团队进行了表彰。", [("省级以上科技进步奖", 8, "项", None)]),
    ("2024年医院门急诊量达到120万人次，全年获得市级以上科技进步奖6项，大会对获奖团队进行了表彰。",
     [("市级以上科技进步奖", 6, "项", None)]),
    ("今年公司获得科技进步奖8项。", [("科技进步奖", 8, "项", None)]),
])
def test_this_years_prizes_from_higher_bodies(extract, body, expected):
    assert honours(extract(page(body))) == expected


# §5 twenty-second round: a scope word before a 十佳 honour chosen with 当选/被评为 is dropped.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，全省体育表彰大会召开，张某等10名运动员当选全国十佳运动员。", [("十佳运动员", 10, "名", "person")]),
    ("5月6日，全省表彰大会召开，5名教师被评为全省十佳教师。", [("十佳教师", 5, "名", "person")]),
    ("5月6日，全市表彰大会召开，8名青年当选全市十佳青年。", [("十佳青年", 8, "名", "person")]),
    # 获评 kept the level of an honour received; the twenty-third review round drops it whatever the verb
    ("5月6日，全省表彰大会召开，我市3名同志获评全国十佳运动员。", [("十佳运动员", 3, "名", "person")]),
])
def test_scope_before_best_ten_chosen(extract, body, expected):
    assert honours(extract(page(body))) == expected


# §6 twenty-first round: a bare 捐赠仪式上 after a ceremony told as earlier points back to it: no pledge kept.
@pytest.mark.parametrize(("body", "expected"), [
    ("此前，县慈善总会举行了爱心捐赠仪式。捐赠仪式上，企业代表表示，将捐资100万元支持村级道路建设。", []),
    ("此前，县慈善总会举行了爱心捐赠仪式。\n仪式上，企业代表表示，将捐资100万元支持村级道路建设。", []),
    # NEGATIVE: the ceremony told as held now, or held again now after an earlier one
    ("5月6日，县慈善总会举行爱心捐赠仪式。捐赠仪式上，企业代表表示，将捐资100万元支持村级道路建设。",
     [(1000000.0, "CNY", "支持村级道路建设")]),
    ("去年，县慈善总会曾举行爱心捐赠仪式。5月6日，县慈善总会再次举行爱心捐赠仪式。捐赠仪式上，企业代表表示，"
     "将捐资100万元支持村级道路建设。", [(1000000.0, "CNY", "支持村级道路建设")]),
])
def test_pledge_at_a_ceremony_told_as_earlier(extract, body, expected):
    assert grants(extract(page(body))) == expected
