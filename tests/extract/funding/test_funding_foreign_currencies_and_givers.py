"""Funding records on 1998 newspaper copy (GUIDELINES §6, §11): foreign currencies, equal amounts of two givers, own money handed over.

Classes: (1) a currency outside the five of §6 written after the figure with a name that stands for one currency
(``捐款400万铢``: the baht; 印尼盾, 林吉特, 兰特, 谢克尔 …) takes its ISO 4217 code (§6 'On any page a currency outside
the five above takes its ISO 4217 code', §11); the other side of an exchange rate (``1美元兑33铢``) and a forecast
(``估计能募集200万铢``) stay no record (§6 'Not funding: … market figures'; §6 money only intended); names that stand
for several currencies (bare 盾, 比索, 克朗) stay unread.  (2) The same amount given by two givers, each with a verb
of giving of its own, in one sentence is two records (§6 'Each stated amount is one record'); the same giver's
amount told again stays one (§1 duplicated facts count once).  (3) One's own money named and handed over to a body
or people in need (``将1300元稿费送到助老工程办公室``, 交到, 寄到, 交给) is money donated (§6 opening, 捐助); a deposit, a
payment for goods or money sent home is not.  (4) 若 as the first given-name character after a one-character surname
(``夫人于若木…捐款1.2万元``) is part of a name, no condition (§6 money on a condition), as 蔡若怡 already was.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # positive: bare 铢 after the figure, Arabic or Chinese numerals, verbs of giving varied
    ("南塘金行公会1月6日捐款400万铢，受到总理的赞扬。", [(4000000.0, "THB")]),
    ("老侨领陈明先生慷慨捐出六十万铢。", [(600000.0, "THB")]),
    ("一位老太太亲自将积攒的5000铢捐给基金会。", [(5000.0, "THB")]),
    ("到1月7日止，全国民众捐款已突破1000万铢。", [(10000000.0, "THB")]),
    ("该商会向灾区捐赠200万泰铢。", [(2000000.0, "THB")]),
    # positive: other currencies named by one word
    ("当地华人社团向孤儿院捐赠5亿印尼盾。", [(500000000.0, "IDR")]),
    ("侨团向灾区捐款10万林吉特。", [(100000.0, "MYR")]),
    ("政府拨款3亿谢克尔用于安置新移民。", [(300000000.0, "ILS")]),
    ("该基金会向医院捐赠2万兰特。", [(20000.0, "ZAR")]),
    # negative: the other side of an exchange rate; a forecast; a name of several currencies
    ("侨领当场捐款460美元，当时1美元兑33铢。", [(460.0, "USD")]),
    # (one's own dollars changed into baht move no money to anyone: no record at all, the a2fs class)
    ("市长拿出460美元，以1美元兑33铢换成泰币。", []),
    ("泰币汇率跌至1美元兑换53铢的新低。", []),
    ("高僧发起募捐，他估计能募集200万铢，于2月交给政府。", []),
    ("侨团向灾区捐款10万比索。", []),
])
def test_foreign_currency_read(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body, "1998-01-10")))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: two givers, the same amount, each with its own verb of giving (verbs and punctuation varied)
    ("东湖报业集团捐出500万港元，南海银行慈善基金捐送100万港元，北江中华总商会捐出100万港元。",
     [5000000.0, 1000000.0, 1000000.0]),
    ("南江市慈善会捐赠20万元，江城商会捐赠20万元。", [200000.0, 200000.0]),
    ("某某集团捐款30万元；另一家企业南岭公司也捐款30万元。", [300000.0, 300000.0]),
    ("江城实业公司当场捐资50万元，南岭贸易集团随即捐资50万元。", [500000.0, 500000.0]),
    ("市红十字会拨出10万元，县民政局拨出10万元。", [100000.0, 100000.0]),
    # negative: the same giver told again, or a back reference: one record
    ("江城实业公司捐款50万元。江城实业公司捐款50万元，用于修路。", [500000.0]),
    ("县政府拨款100万元，县政府拨款的100万元将用于修桥。", [1000000.0]),
])
def test_equal_amounts_of_two_givers(extract, body, expected):
    assert [a for a, _, _ in grants(extract(page(body, "1998-01-10")))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: one's own money named and handed over to a body or people in need (verbs and the money's noun varied)
    ("老将军将他刚刚领到的1300元稿费亲自送到助老工程办公室。", [1300.0]),
    ("退休教师将积攒的5000元送到希望工程办公室。", [5000.0]),
    ("老人把积攒的3000元交到了县红十字会。", [3000.0]),
    ("一位老工人将2000元积蓄寄到扶贫基金会。", [2000.0]),
    ("老师把800元奖金交给了班上的贫困学生。", [800.0]),
    # negative: a deposit, a payment for goods, money sent home, goods delivered for sale
    ("他把5000元存到银行。", []),
    ("他把5000元货款送到客户手中。", []),
    ("老人将1000元寄给远在外地的儿子。", []),
    ("公司将价值3万元的货物送到商场。", []),
])
def test_own_money_handed_over(extract, body, expected):
    assert [a for a, _, _ in grants(extract(page(body, "1998-01-10")))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: 若 as a given name's first character after a one-character surname, the name opening its clause or
    # right after a word that introduces a person
    ("陈华同志的夫人于若木亲自来到助老工程办公室，捐款1.2万元。", [12000.0]),
    ("于若木捐款1.2万元。", [12000.0]),
    ("老红军李若飞捐款5000元。", [5000.0]),
    ("会上，张若虹当场捐资3万元。", [30000.0]),
    ("退休教授林若水向母校捐赠10万元。", [100000.0]),
    # negative: 若 as "if" after a noun, a time word or in a word of its own
    ("球队若夺冠，将给予奖金1000万元。", []),
    ("届时若夺冠，将给予奖金1000万元。", []),
    ("双方若达成协议，公司将投资1亿元。", []),
    ("莫若捐款1万元。", []),
])
def test_ruo_inside_a_name(extract, body, expected):
    assert [a for a, _, _ in grants(extract(page(body, "1998-01-10")))] == expected
