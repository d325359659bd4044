"""Venue classes of real 1998 newspaper copy (meetings, GUIDELINES §3 location).

Classes: an adverb of manner written with 地 after the venue (``在首都德黑兰成功地举行``) and the word 首都 before a
capital's name are no part of the place (§3 location; twenty-first round: 省会 before 长沙 describes the city; order
and manner adverbs after a venue are no part of it, twenty-seventh round); a place written right after a word telling
it a city (``在菲南部城市宿务举行的…论坛上``) is the location of the referred meeting, not its holder (twenty-seventh
round: a place in a referred meeting is its location); ``在沪期间，…会见了…`` places talks at the city stayed at, its
short name written in full (twenty-second and twenty-seventh rounds); talks held by a guest the text places on a visit
(``正在伊拉克访问的…同…举行会谈``) are located at the place of the visit (twenty-second round); talks opening on a later
part of the day right after a sentence ending on the same subject's arrival (``…飞抵香港。中午，X会见了…``) are held
there (twenty-eighth round: talks held right after the subject arrives are held there). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _placed(record: dict) -> list[tuple]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a manner adverb with 地 after the venue, the capital word before the city
    ("去年10月在首都开罗成功地举行了第五届非洲国家首脑会议。", [("第五届非洲国家首脑会议", "开罗")]),
    ("去年5月在首都内罗毕顺利地召开了东非国家首脑会议。", [("东非国家首脑会议", "内罗毕")]),
    ("上月在江城市圆满地召开了全市经济工作会议。", [("全市经济工作会议", "江城市")]),
    ("今年3月在首都利马如期地举行了安第斯国家外长会议。", [("安第斯国家外长会议", "利马")]),
    ("去年在首都达卡举行了南亚区域合作联盟首脑会议。", [("南亚区域合作联盟首脑会议", "达卡")]),
    # negative: a venue named after the capital stays whole
    ("市委在首都宾馆召开座谈会。", [("座谈会", "首都宾馆")]),
    ("协会在首都体育馆举行联欢会。", [("联欢会", "首都体育馆")]),
    ("学会在首都师范大学召开年会。", [("年会", "首都师范大学")]),
])
def test_manner_and_capital_word_around_venue(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the place after a word telling it a city, in a referred meeting's attribute
    ("总统是8日在菲南部城市宿务举行的东盟旅游论坛上发表讲话的。", [("东盟旅游论坛", "宿务")]),
    ("部长7日在南部港口城市蒙巴萨举行的地区经济论坛上说，合作前景广阔。", [("地区经济论坛", "蒙巴萨")]),
    ("他5日在北部城市阿鲁沙举行的部长会议上表示，各方应当加强合作。", [("部长会议", "阿鲁沙")]),
    ("外长3日在西部边境城市塔布里兹举行的双边磋商会上说，两国关系良好。", [("双边磋商会", "塔布里兹")]),
    # negative: a body after 在 in the attribute is no place
    ("市长5日在市委召开的座谈会上说，要抓好安全。", [("座谈会", None)]),
])
def test_city_word_before_attributive_venue(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: talks while the subject stays in a city, its short name or its full name
    ("在沪期间，市长李华会见了王明一行。", [("会见", "上海")]),
    ("在京期间，副总理李华会见了代表团一行。", [("会见", "北京")]),
    ("在穗期间，省长李华会见了王明一行。", [("会见", "广州")]),
    ("在广州期间，省长李华会见了王明一行。", [("会见", "广州")]),
    ("在深圳市期间，市长李华同王明举行了会谈。", [("会谈", "深圳市")]),
    # negative: a visit or an event stretch names no place
    ("在访华期间，总统李华会见了王明一行。", [("会见", None)]),
    ("在两会期间，代表李华会见了王明一行。", [("会见", None)]),
])
def test_talks_during_stay(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: talks by a guest on a visit to the place written after 正在
    ("正在法国进行国事访问的国家主席王明今天同法国总统举行会谈。", [("会谈", "法国")]),
    ("正在德国访问的外长李华8日同德国外长举行了会谈。", [("会谈", "德国")]),
    ("正在泰国进行正式访问的总理王明今天与泰国总理举行会谈。", [("会谈", "泰国")]),
    ("正在江西省进行友好访问的代表团团长李华今天同省长举行会谈。", [("会谈", "江西省")]),
    ("正在伊拉克访问的特委会主席李华今天同伊拉克副总理王明举行会谈。", [("会谈", "伊拉克")]),
    ("正在南非访问的外长李华8日与南非外长王明举行了会谈。", [("会谈", "南非")]),
    # negative: a visit ended, a manner word after 正在, a talks venue of its own
    ("刚结束对法国国事访问的国家主席王明今天同德国总统举行会谈。", [("会谈", None)]),
    ("正在积极访问的代表团团长李华今天同市长举行会谈。", [("会谈", None)]),
])
def test_talks_of_a_guest_on_a_visit(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("正在伊拉克访问的特委会主席巴特勒今天同伊拉克副总理阿齐兹举行会谈。", [("会谈", "伊拉克")]),
])
def test_talks_of_a_guest_on_a_visit_tagged(extract_with_model, body, expected):
    assert _placed(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: referred talks of a guest on a visit (在…会谈中)
    ("正在伊拉克访问的特委会主席李华同伊拉克副总理王明在第一轮会谈中已达成协议。", [("第一轮会谈", "伊拉克")]),
    ("正在法国进行国事访问的主席王明同法国总统在会谈中表示，两国关系良好。", [("会谈", "法国")]),
    # negative: a visit ended names no place
    ("刚结束对法国访问的主席王明同德国总统在会谈中表示，两国关系良好。", [("会谈", None)]),
])
def test_referred_talks_of_a_guest_on_a_visit(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: talks opening on a later part of the day, right after a sentence ending on the same subject's arrival
    ("副总理李华结束对南非的访问后，于今天上午飞抵香港。中午，李华会见了特区行政长官王明等官员。", [("会见", "香港")]),
    ("外长王明今天下午抵达开罗。晚上，王明同埃及外长举行了会谈。", [("会谈", "开罗")]),
    ("外长王明今天下午抵达开罗。当晚，王明与埃及外长举行会谈。", [("会谈", "开罗")]),
    ("总理王明3日上午飞抵东京。下午，王明会见了日本首相。", [("会见", "东京")]),
    ("本报香港1月2日电 副总理李华结束访问后，于今天上午飞抵香港。\n中午，李华会见了特区行政长官王明。", [("会见", "香港")]),
    # negative: another subject, a venue of its own, an arrival not ending the sentence
    ("外长王明今天下午抵达开罗。晚上，总统李华会见了埃及外长。", [("会见", None)]),
    ("外长王明今天下午抵达开罗。晚上，王明在总统府会见了埃及外长。", [("会见", "总统府")]),
    ("外长王明今天下午抵达开罗，开始对埃及的访问。晚上，王明会见了埃及外长。", [("会见", None)]),
])
def test_talks_right_after_arrival(extract, body, expected):
    assert _placed(extract(page(body))) == expected


def _held_by(record: dict) -> list[tuple]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a theme or content clause with no quote marks before the name (§3 twelfth and twenty-sixth rounds)
    ("以全面贯彻会议精神，加快改革步伐，开创机械工业新局面为主要内容的机械工业工作会议今天在北京召开。",
     [("机械工业工作会议", None)]),
    ("以深化改革为主要内容的全省国企工作会议今天在杭州召开。", [("全省国企工作会议", None)]),
    ("以科技创新为主题的江城发展论坛今天在江城开幕。", [("江城发展论坛", None)]),
    ("以加强党建为重点的全县组织工作会议昨天召开。", [("全县组织工作会议", None)]),
    ("以农业结构调整为中心内容的全市农村工作会议今天召开。", [("全市农村工作会议", None)]),
])
def test_theme_clause_before_name(extract, body, expected):
    assert _held_by(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: when the body was formed, written before it with 的 (§3 twenty-first round: a descriptor)
    ("新成立的江城稳定经济委员会今天在总统主持下举行首次会议。", [("首次会议", "江城稳定经济委员会")]),
    ("新近成立的县老年书画协会昨天举行成立大会。", [("成立大会", "县老年书画协会")]),
    ("刚成立的市青年企业家协会今天举行座谈会。", [("座谈会", "市青年企业家协会")]),
    ("新组建的省扶贫开发领导小组今天召开座谈会。", [("座谈会", "省扶贫开发领导小组")]),
    # negative: no 的, the words are the body's own name
    ("新成立委员会办公室今天召开会议。", [("会议", "新成立委员会办公室")]),
])
def test_newly_formed_descriptor(extract, body, expected):
    assert _held_by(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: bodies listed as the subject, a comma before the day and place of holding (§3 organizer)
    ("中共中央统战部、国家民委、北京市人民政府，今天上午在京举行首都各界人士迎春茶话会。",
     [("首都各界人士迎春茶话会", "中共中央统战部、国家民委、北京市人民政府")]),
    ("江城市委、市政府，今天上午在市会议中心举行迎春茶话会。", [("迎春茶话会", "江城市委、市政府")]),
    ("省总工会、省妇联，昨天在省会议中心联合举行表彰大会。", [("表彰大会", "省总工会、省妇联")]),
    ("新华社北京1月21日电 全国总工会、全国妇联，今天在京举行座谈会。", [("座谈会", "全国总工会、全国妇联")]),
    # negative: people listed, not bodies
    ("王明、李华，今天上午在京举行座谈会。", [("座谈会", None)]),
])
def test_bodies_listed_before_comma(extract, body, expected):
    assert _held_by(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a holder before a quoted name closing right after it: the marks go, the holder organizes (§3 name;
    # twenty-seventh round)
    ("县委“三级干部会议”今天在县会堂召开。", [("三级干部会议", "县委")]),
    ("他出席了江城大学“青年学者论坛”。", [("青年学者论坛", "江城大学")]),
    ("市政协“委员恳谈会”今天在市政协礼堂举行。", [("委员恳谈会", "市政协")]),
    # negative: an edition before the quote keeps the marks; a name quoted whole loses them
    ("第五届“青年学者论坛”在江城举行。", [("第五届“青年学者论坛”", None)]),
    ("“全国科技大会”今天在北京召开。", [("全国科技大会", None)]),
    # negative: an agent of hosting before the quote is read by its own rule (甲、乙); a description names no holder
    ("由江城大学和江城日报社共同主办的“青年学者论坛”近日在江城召开。", [("青年学者论坛", "江城大学、江城日报社")]),
    ("1985年他作为乐团指挥举办了名为“周末通俗音乐会”的系列演出。", []),
])
def test_holder_before_quoted_name(extract, body, expected):
    assert _held_by(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a discipline commission's short form before its numbered plenary organizes it (§3: short forms keep
    # theirs, 市委十二届九次全会 → 市委)
    ("1月22日，总书记王明出席中纪委第二次全体会议并作重要讲话。", [("中纪委第二次全体会议", "中纪委")]),
    ("省纪委第三次全体会议今天在省会议中心召开。", [("省纪委第三次全体会议", "省纪委")]),
    ("书记李华出席了市纪委第五次全体会议。", [("市纪委第五次全体会议", "市纪委")]),
    ("江城县纪委第四次全体会议昨天召开。", [("江城县纪委第四次全体会议", "江城县纪委")]),
    # negative: the full name with its term and place is the body meeting as a whole (organizer null)
    ("中共江城市第十届纪律检查委员会第六次全体会议今天召开。", [("中共江城市第十届纪律检查委员会第六次全体会议", None)]),
])
def test_discipline_commission_short_form(extract, body, expected):
    assert _held_by(extract(page(body))) == expected
