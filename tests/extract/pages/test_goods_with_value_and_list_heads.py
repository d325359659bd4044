"""News of courts, hospitals, museums, charities, science institutes and veterans' bodies (GUIDELINES §4-§6).

Found while hunting extraction errors on invented pages of these institutions:
- Goods handed out with their value written before them and no one named as given to (`现场免费发放价值约2万元的常用药品`)
  were dropped, while the other word order (`发放药品价值2万余元`) and a gift with a recipient (`为…送去价值…的图书`) were
  kept. §6: "Gifts in kind stated with their value … are funding, the value as the amount"; the value of goods bought,
  seized or won, or of something that is no goods (an order), stays out (funding/patterns.py `_HANDED_OUT_VALUED`).
- A count of units receiving an honour with the part of the year written before the mark (`三个科室荣获医院2024年一季度
  “优秀科室”称号`) lost its record: the period filled the span allowed for the holders and the conferrer. §5 counts a
  quoted honour received by a stated count (awards/extractor.py, the quoted-honour-with-称号 branch).
- The head of a list under one title chain (`院党组成员、副院长甲、乙`) who is written later with the chain's last post alone
  (`副院长甲指出`) kept the short post. §4: "Take the fullest chain among the mentions"; a different post elsewhere stays the
  head's own (speakers/extractor.py `head_titles`).
- An academic rank right after the name of one an honour is conferred on (`授予鲁明远院士…突出贡献奖`), the same person speaking
  later, was not read as the title. §4: "A rank written after the name (`李某教授`) is the title when nothing is written
  before the name" (speakers/extractor.py `_title_after`).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers

# --- goods handed out with their value before them: a gift in kind (§6) ---


@pytest.mark.parametrize("body, amount", [
    ("9月6日，义诊活动启动仪式在镇卫生院举行。现场免费发放价值约两万元的常用药品。", 20000),
    ("9月6日，敬老慰问活动启动仪式举行。志愿者分发了价值3000元的慰问品。", 3000),
    ("9月6日，防疫志愿服务启动仪式举行。工作人员现场派发价值五千元的口罩和食品。", 5000),
    ("9月6日，助学活动启动仪式举行。爱心企业送去价值8万元的书包和文具。", 80000),
])
def test_goods_handed_out_with_value_before(extract, body, amount):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize("body", [
    "9月6日，签约仪式举行。双方发放价值1000万元的订单。",
    "9月6日，启动仪式举行。现场发放价值不菲的药品。",
    "9月6日，启动仪式举行。医院购买价值2万元的药品。",
    "9月6日，颁奖仪式举行。一等奖奖品价值2000元的电脑。",
])
def test_value_of_no_gift_gives_no_funding(extract, body):
    assert grants(extract(page(body))) == []


# --- the part of the year before a quoted honour with 称号 (§5) ---


@pytest.mark.parametrize("body, expected", [
    ("6月10日，医院召开院周会。心血管内科、急诊科、儿科三个科室荣获医院2024年一季度“优秀科室”称号。",
     ("优秀科室", 3, "个", "organization")),
    ("6月10日，医院召开院周会。三个科室荣获医院2024年第一季度“优秀科室”称号。", ("优秀科室", 3, "个", "organization")),
    ("6月10日，县里召开表彰会。五个村荣获全县2024年上半年“卫生村”称号。", ("卫生村", 5, "个", "organization")),
    ("6月10日，公司召开表彰会。五名职工荣获公司2024年第三季度“服务之星”称号。", ("服务之星", 5, "名", "person")),
])
def test_period_before_quoted_honour(extract, body, expected):
    assert honours(extract(page(body))) == [expected]


@pytest.mark.parametrize("body", [
    "6月10日，县里召开表彰会。五个村在上半年“卫生村”创建中表现突出。",
    "6月10日，县里召开推进会。五个村参加了2024年第一季度“卫生村”评比。",
])
def test_period_without_conferral_gives_no_award(extract, body):
    assert honours(extract(page(body))) == []


# --- the chain over a list is its head's fullest title (§4) ---


@pytest.mark.parametrize("body, name, title", [
    ("4月18日，县法院召开审判委员会会议，院党组成员、副院长马春燕、罗建国参加会议。副院长马春燕发表了意见，她指出，要严格审查证据。",
     "马春燕", "院党组成员、副院长"),
    ("4月18日，县委召开常委会会议，县委常委、副县长张伟、李强参加会议。副县长张伟发言。", "张伟", "县委常委、副县长"),
    ("4月18日，市中院召开党组会议，党组成员、政治部主任刘强、王芳列席会议。政治部主任刘强讲话。", "刘强", "党组成员、政治部主任"),
])
def test_list_head_keeps_fullest_chain(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize("body, name, title", [
    ("4月18日，县委召开常委会会议，大会执行主席张伟、李强参加会议。县政协主席张伟讲话。", "张伟", "县政协主席"),
    ("4月18日，县委召开常委会会议，县委常委、宣传部部长张伟、李强参加会议。副县长张伟发言。", "张伟", "副县长"),
    ("4月18日，县委召开常委会会议，县委常委、副县长张伟、李强参加会议。副县长李强发言。", "李强", "副县长"),
])
def test_other_post_or_list_member_keeps_own(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


# --- an academic rank after an honoured name is the title (§4) ---


@pytest.mark.parametrize("body, name, title", [
    ("6月25日，省里召开科学技术奖励大会。大会授予鲁明远院士省科学技术突出贡献奖。获奖代表鲁明远发言。", "鲁明远", "院士"),
    ("6月25日，市里召开表彰大会。会议授予张华研究员科技进步特等奖。获奖代表张华发言。", "张华", "研究员"),
    ("6月25日，市里召开表彰大会。大会授予李明教授“杰出人才”称号。获奖代表李明在会上发言。", "李明", "教授"),
])
def test_rank_after_honoured_name(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize("body, name", [
    ("6月25日，市里召开表彰大会。会议授予张华突出贡献奖。获奖代表张华发言。", "张华"),
    ("6月25日，市里召开座谈会。张华教授们的建议被采纳。获奖代表张华发言。", "张华"),
])
def test_no_rank_no_title(extract, body, name):
    assert speakers(extract(page(body)))[name][0] is None
