"""Funding shapes on real newspaper copy (People's Daily, January 1998), fixed as classes.

1. The region of a mainland article that names Hong Kong, Taiwan or Macau people, bodies or places (GUIDELINES §6
   currency: ``CNY`` for 元, ``HKD`` or ``TWD`` only for a bare 元 in a Hong Kong or Taiwan article; §11: Sections 1-7
   apply unchanged, datelines ``本报北京１月５日讯``, ``新华社…电`` are part of the text, and a line ``本报记者X`` opens an item
   like ``本报讯``, twenty-third round). What varies: the wire taken with 据 (``据新华社北京1月19日电``, with or without a
   date), the paper's own byline line (``本报记者王明``, ``本报驻加拿大记者``); the organs of a county report below the
   province (``地委``, ``行署``, ``乡政府``, ``镇政府``, ``村委会``), which outvote regional words like ``县市`` or a Hong
   Kong donor; a length before 长 (``十里长街``), which is no Taiwan ``里长``. Near misses: a wire or a 驻 reporter in
   Hong Kong or Taiwan, a Taiwan township page.
2. A donation written with 万 and no 元 (``捐了30万``, ``送来50万捐给…``): a stated amount given (§6 opening: 捐助; each
   stated amount is one record), as the rules already read ``出资5000万设立…``. What varies: the verb (捐, 捐出, 捐献, 捐助,
   捐来; 送来, 汇来 or 寄来 only with a verb of giving after), 了 between, the punctuation after. Near misses: things
   counted after the 万 (``捐了30万件衣物``, ``送来50万株树苗``), 送来 with no gift after.
3. An equal amount told in another sentence as another giver's gift (``天津某公司捐了30万`` … ``一位老华侨立即捐出30万``;
   ``1995年向甲会议捐赠三十万元`` … ``1997年在乙县投资三十万元建…``) was dropped as a restatement. §1: duplicated facts
   count once (the fact, not the figure); §6: each stated amount is one record. What varies: the verb of giving (捐, 捐出,
   捐赠, 投资, 送去, 支援, 拿出), the giver or time before it, 价值 before the sum, 万 with or without 元. Near misses: a
   restatement naming the same giver again (县政府拨款 … 县政府拨款), a back reference (捐赠的20万元).

Invented sentences only.
"""

from __future__ import annotations

import pytest


def _currencies(record: dict) -> list[str]:
    return [f["currency"] for f in record["funding"]]


_HK_DONORS = "香港的一位实业家、香港的一家商会和香港某基金会也先后表示支持。"


@pytest.mark.parametrize(("body", "expected"), [
    # the wire taken with 据: a mainland report whatever Hong Kong donors it names
    (f"据新华社北京1月19日电 {_HK_DONORS}市慈善总会向灾区捐款50万元。", ["CNY"]),
    (f"据新华社成都电（记者李明）{_HK_DONORS}省红十字会拨出救灾款80万元。", ["CNY"]),
    (f"据新华社上海三月二日电 {_HK_DONORS}该区教育基金会出资20万元资助贫困学生。", ["CNY"]),
    # the paper's own byline line, at home or abroad
    (f"本报记者王明\n{_HK_DONORS}县希望工程办公室收到捐款30万元。", ["CNY"]),
    (f"本报驻加拿大记者李华\n{_HK_DONORS}当地华人社团捐款5万元资助留学生。", ["CNY"]),
    # near misses: a wire or a reporter posted in Hong Kong or Taiwan is left to the vote
    ("据新华社香港1月3日电 香港特区政府今天宣布，香港赛马会拨款200万元资助本港社福机构。", ["HKD"]),
    ("本报驻香港记者张华\n香港特区政府宣布，香港赛马会拨款200万元资助本港社福机构。", ["HKD"]),
])
def test_mainland_dateline_and_byline(extract, body, expected):
    assert _currencies(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a prefecture's report: 县市 is the mainland's word too, its 地委 and 行署 say whose page it is
    ("地委、行署每年召开专题会议。全区各县市都建立了服务站。县市财政拨付专项经费590万元。", ["CNY"]),
    # a township's organs beside four Hong Kong donors
    (f"乡党委、乡政府制定了优惠政策。{_HK_DONORS}香港一位老先生捐款50万元。", ["CNY"]),
    ("镇政府和村委会组织群众修路。香港的乡亲、香港的商会和香港的校友会捐资修路，共捐款120万元。", ["CNY"]),
    ("行署决定拨款300万元。全区各县市都成立了领导小组，县市长亲自抓。", ["CNY"]),
    # near miss: a Taiwan township page (乡公所, 县市), no mainland organ
    ("乡公所今天表示，县市合作办理的计划获得补助300万元。县议会已通过预算。", ["TWD"]),
])
def test_mainland_organs_outvote_regional_words(extract, body, expected):
    assert _currencies(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a length before 长 (十里长街, 五里长堤) is no Taiwan 里长
    ("十里长江路挂满灯笼。十里长街分外红。我们出资10万元，让十里长江路亮起来。", ["CNY"]),
    ("五里长堤、三里长廊都已修好。八里长沟也要整治，县里拨款20万元。", ["CNY"]),
    # near miss: Taiwan's 里长 heading a 里, with a Taiwan city
    ("台南市某里里长表示，里长办公处获补助50万元。", ["TWD"]),
])
def test_length_before_chang_is_no_taiwan_cue(extract, body, expected):
    assert _currencies(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the class, re-invented: a firm's gift in 万 with no 元, in a list of gifts
    ("江城一家公司率先捐了100万元，然后南山食品公司捐了30万，东海酒业捐了10万。", [1000000, 300000, 100000]),
    # paraphrases: 捐出, 捐献, 捐助, 送来…捐给, 寄来…资助
    ("听说这项工程后，一位老侨胞立即捐出20万。", [200000]),
    ("一位退休教师把积蓄捐献8万，支持家乡办学。", [80000]),
    ("一家企业当场捐助15万，用于修建校舍。", [150000]),
    ("一位老先生辗转送来40万捐给贫困母亲。", [400000]),
    ("海外校友寄来6万资助贫困学生。", [60000]),
])
def test_donation_in_wan_without_yuan(extract, body, expected):
    assert [f["amount"] for f in extract(body)["funding"]] == expected


@pytest.mark.parametrize("body", [
    # near misses: things counted after the 万, 送来 with no gift after
    "社会各界捐了30万件衣物，支援灾区。",
    "林业局送来50万株树苗，支援植树活动。",
    "读者寄来5万封信，支持这项捐款活动。",
    "经费到位后，邮局送来50万，全是包裹。",
])
def test_counted_things_and_plain_delivery_are_no_donation(extract, body):
    assert extract(body)["funding"] == []


@pytest.mark.parametrize(("body", "expected"), [
    # the class, re-invented: two donors of the same sum, then a firm's two gifts of one sum in two years
    ("南江一家食品公司捐了30万元。听说这项工程后，一位老华侨立即捐出30万元。", [300000, 300000]),
    ("1995年，该企业向一次国际会议捐赠二十万元。1997年，还在山区某县投资二十万元建希望小学。", [200000, 200000]),
    # paraphrases: gifts in kind with their value, 万 with and without 元, 拿出
    ("东城区支援价值40万元的棉衣、棉被等物资。当天下午，西山市为灾区送去价值40万元的药品。", [400000, 400000]),
    ("一家商会去年捐了50万。今年，一位退休教授又拿出50万元资助贫困学生。", [500000, 500000]),
    ("北湖集团向灾区捐赠10万元。南岭中学的师生也捐出10万元。", [100000, 100000]),
    # the verb opens its clause: the giver named at the sentence's start
    ("山东一家酒厂捐了10万。美国华侨李女士听了一场音乐会，当晚打来电话，捐助10万元。", [100000, 100000]),
    # near misses: the same giver again, a back reference, the same body named again
    ("县政府拨款100万元，用于修建村道。据了解，县政府拨款100万元后，工程进展顺利。", [1000000]),
    ("某公司捐赠20万元。公司捐赠的20万元已全部到账。", [200000]),
    ("市慈善总会捐款30万元。市慈善总会这次捐款30万元，是今年最大的一笔。", [300000]),
])
def test_equal_amount_of_another_giver(extract, body, expected):
    assert [f["amount"] for f in extract(body)["funding"]] == expected
