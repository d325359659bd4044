"""Funding and speaker shapes in capital-market, start-up and charity news: four misreadings found on invented pages.

- A forecast told as 预计…将 right before the amount (预计全县募集善款将超过1000万元) is no money raised yet: only
  intended (GUIDELINES §6, money only intended; 预计 like 计划).
- The sale price of one item at a charity auction or sale (一幅作品以28万元成交) is a price, not funding (§6 prices).
- Each counted recipient's share in kind after a grant told in the sentence (…，每所学校将获得价值6万元的图书和书架) is a
  stated sum to each recipient, the goods its purpose (§6 shares; gifts in kind with their value).
- 入驻企业代表 before a title chain is a representative label (§4), not a resident envoy (驻华代表).
- A donor named after a title and before 出资/捐资/捐款/捐赠 (…董事局主席张华信出资500万元…) was no known name, so the
  donor's later remarks at the ceremony (张华信表示…) were lost: a speaker by §4 (`X表示` at the event is 讲话).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers

FORECAST_NOT_FUNDING = [
    "活动持续至月底，预计全县募集善款将超过1000万元。",
    "预计今年全市慈善募捐总额将突破5000万元。",
    "项目路演持续三天，预计各机构意向投资将超过3亿元。",
]


@pytest.mark.parametrize("body", FORECAST_NOT_FUNDING)
def test_forecast_after_yuji_is_no_record(extract, body):
    assert grants(extract(page(body))) == []


FORECAST_NEGATIVE = [
    ("县慈善总会将500万元善款交给县教育局，用于资助贫困学生。", 5000000.0),
    ("今年县慈善总会共募集善款800万元，预计将全部用于助学。", 8000000.0),
    ("晚会现场共募集善款1268万元，将全部用于大病救助。", 12680000.0),
]


@pytest.mark.parametrize(("body", "amount"), FORECAST_NEGATIVE)
def test_money_given_or_raised_stays(extract, body, amount):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


SALE_PRICE = [
    "晚会上，书法家的一幅作品以28万元成交，全部所得计入善款。",
    "义卖会上，一件刺绣作品最终以3.5万元成交。",
    "拍卖环节中，一只紫砂壶以12万元售出。",
]


@pytest.mark.parametrize("body", SALE_PRICE)
def test_item_sale_price_is_no_funding(extract, body):
    assert grants(extract(page(body))) == []


SHARE_IN_KIND = [
    ("基金会今年安排资助资金300万元，用于支持50所乡村学校图书室建设，每所学校将获得价值6万元的图书和书架。", 60000.0),
    ("县关工委联合爱心企业开展捐资助学活动，每名学生获得价值800元的学习用品。", 800.0),
    ("爱心企业向20户困难家庭捐赠物资，每户收到价值500元的米面油。", 500.0),
]


@pytest.mark.parametrize(("body", "share"), SHARE_IN_KIND)
def test_share_in_kind_after_a_grant_is_a_record(extract, body, share):
    assert share in [g[0] for g in grants(extract(page(body)))]


SHARE_IN_KIND_NEGATIVE = [
    "商场开展周年庆促销，每位顾客将获得价值50元的礼品。",
    "抽奖活动中，每名幸运观众将获得价值200元的奖品。",
    "该小区每户住宅获得价值评估，每户均价值200万元以上。",
]


@pytest.mark.parametrize("body", SHARE_IN_KIND_NEGATIVE)
def test_value_without_a_grant_is_no_record(extract, body):
    assert grants(extract(page(body))) == []


LABEL_BEFORE_CHAIN = [
    ("5月7日上午，孵化基地揭牌仪式在路演厅举行。入驻企业代表、云犀科技公司创始人钟一凡发言。", "钟一凡", "云犀科技公司创始人"),
    ("5月7日上午，产业园开园仪式举行。入驻企业代表、华信电子公司总经理梁晨发言。", "梁晨", "华信电子公司总经理"),
    ("5月7日上午，园区座谈会召开。进驻单位代表、县农商银行行长孔亮发言。", "孔亮", "县农商银行行长"),
]


@pytest.mark.parametrize(("body", "name", "title"), LABEL_BEFORE_CHAIN)
def test_housed_firm_label_is_dropped(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


ENVOY_KEPT = [
    ("5月7日上午，双方会谈在北京举行。某国驻华代表、大使钟一凡发言。", "钟一凡", "某国驻华代表、大使"),
    ("5月7日上午，推介会在上海举行。集团驻沪首席代表、副总经理梁晨致辞。", "梁晨", "集团驻沪首席代表、副总经理"),
]


@pytest.mark.parametrize(("body", "name", "title"), ENVOY_KEPT)
def test_resident_envoy_post_stays_in_title(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


DONOR_SPEAKS_LATER = [
    ("20日上午，助学基金设立仪式在县会议中心举行。华信集团董事局主席张华信出资500万元设立该基金。县长邓国平讲话。"
     "张华信表示，将继续支持家乡教育。", "张华信"),
    ("20日上午，捐赠仪式在县会议中心举行。远航集团董事长钱一鸣捐款100万元。县长邓国平讲话。钱一鸣在仪式上说，将继续回报社会。",
     "钱一鸣"),
    ("20日上午，捐赠仪式在市民中心举行。宏达公司总经理孔立新捐资80万元。市长邓国平讲话。孔立新表示，将持续关注乡村教育。",
     "孔立新"),
]


@pytest.mark.parametrize(("body", "name"), DONOR_SPEAKS_LATER)
def test_donor_named_before_a_gift_verb_is_known_later(extract, body, name):
    assert "讲话" in speakers(extract(page(body)))[name][1]


DONOR_ONLY_GIVES = [
    "20日上午，捐赠仪式在县会议中心举行。华信集团董事局主席张华信出资500万元设立该基金。县长邓国平讲话。",
    "20日上午，捐赠仪式在县会议中心举行。远航集团董事长钱一鸣捐款100万元。县长邓国平讲话，感谢爱心企业。",
]


@pytest.mark.parametrize("body", DONOR_ONLY_GIVES)
def test_donor_who_only_gives_is_no_speaker(extract, body):
    assert set(speakers(extract(page(body)))) == {"邓国平"}
