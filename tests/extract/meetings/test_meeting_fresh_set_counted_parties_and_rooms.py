"""Meeting classes of counted parties of talks, chairs addressing and rooms (GUIDELINES §3; §3 table: attendee_count, location).

Each class is named, with the GUIDELINES sentence it rests on, in a comment above its rows. Class A (attendee_count):
the counted other party of talks the holder holds, written between 与/同/和 and a verb of holding before the talk noun
(``与20多名志工代表举行座谈会``, ``同十余名青年教师进行座谈``), are its attendees, like the counted people the chair talks
with (``与20余名种植户面对面交流``, §3 twelfth and seventeenth review rounds; 余/多 approximate). Not a signing or a photo
with counted people (no talk), nor counted people inside the topic. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _counts(record: dict) -> list[tuple]:
    return [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence reduced and re-invented
    ("5月8日上午，市长王明与30多名企业代表举行座谈会，听取企业对营商环境的建议。",
     [(30, True)]),
    # paraphrases: the verb of holding, the talk noun, 同/和, Chinese numerals, Traditional script, 了
    ("5月8日，院长李华同十余名青年教师进行座谈，了解科研需求。", [(10, True)]),
    ("5月8日，县委书记张强与40名村民代表召开了座谈会。", [(40, False)]),
    ("5月8日，局长赵刚和二十余位返乡青年举行恳谈会，共商创业发展。", [(20, True)]),
    ("5月8日下午，縣長陳志明與50多名農民代表舉行座談會。", [(50, True)]),
    ("5月8日，校长孙丽与15位学生代表举行了座谈交流。", [(15, False)]),
])
def test_counted_party_of_talks_held(extract, body, expected):
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # near misses: a signing or a photo with counted people is no talk; counted people as the topic
    ("5月8日，市长王明出席招商推介会，并与10名企业家举行签约仪式。", [(None, False)]),
    ("5月8日，镇长刘洋召开座谈会，会后与30名困难群众合影留念。", [(None, False)]),
    ("5月8日，县长王明召开座谈会，研究与200余名搬迁群众相关的安置问题。", [(None, False)]),
])
def test_counted_party_not_of_talks(extract, body, expected):
    assert _counts(extract(page(body))) == expected


# Class B (attendee_count): the chair of the meeting told before, then a comma and 并 addressing counted people
# (``主持会议，并向40余名村民代表通报了…``), addresses its attendees as in ``主持会议并向…通报`` (§3 seventeenth review
# round: people the chair addresses with a count inside the meeting's account). Not the same address told on its own
# day, nor counted people given something (no verb of telling).
@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日，石桥村党支部在村委会院坝召开院坝会。村党支部书记王林主持会议，并向30余名村民代表通报了村级财务情况。",
     [(30, True)]),
    ("5月8日，幸福社区召开居民议事会。社区书记李芳主持会议，并向与会的20名居民代表介绍了改造方案。", [(20, False)]),
    ("5月8日，红星村召开村民代表大会。村委会主任赵亮主持大会，并向五十余名村民代表传达了上级精神。", [(50, True)]),
    ("5月8日，東山里召開里民大會。里長陳明主持會議，並向60多位里民代表說明了道路拓寬計畫。", [(60, True)]),
    ("5月8日，青山村召开院坝会。村支书刘强主持了会议，并向25名党员群众宣讲了惠民政策。", [(25, False)]),
])
def test_chair_addresses_after_comma(extract, body, expected):
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日，石桥村召开院坝会。村党支部书记王林主持会议，并向30名困难群众发放了慰问金。", [(None, False)]),
    ("5月8日，石桥村召开院坝会，村党支部书记王林主持会议。5月10日，王林向30余名村民通报了整改情况。", [(None, False)]),
])
def test_chair_not_addressing_attendees(extract, body, expected):
    assert _counts(extract(page(body))) == expected


# Class C (location): 该校/该院/该公司 before a room, with no holder of that kind read, stands for the body of its kind
# named in the same or the previous sentence (§3 tenth round: 该校 stands for the body named in the same or the
# previous sentence, as 我校 does for location; thirteenth round: a self-reference before a room is that body's room).
# Not an anaphor with no body of its kind named, nor one after two bodies of its kind listed.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日上午，江城慈善基金会向南岭县第二中学捐赠仪式在该校报告厅举行。", "南岭县第二中学报告厅"),
    ("5月8日，华信科技有限公司向青山希望小学捐赠图书仪式在该校多功能厅举行。", "青山希望小学多功能厅"),
    ("记者从江城市人民医院获悉，5月8日，医德医风座谈会在该院三楼会议室召开。", "江城市人民医院三楼会议室"),
    ("5月8日，華信公司向竹東國民小學捐贈儀式在該校禮堂舉行。", "竹东国民小学礼堂"),
    ("江城爱心协会日前来到北岭职业技术学院。5月8日，助学金发放仪式在该校行政楼会议室举行。", "北岭职业技术学院行政楼会议室"),
])
def test_anaphor_before_room(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日，爱心图书捐赠仪式在该校报告厅举行。", "报告厅"),
    ("5月8日，江城一中、江城二中联谊会在该校礼堂举行。", "该校礼堂"),
])
def test_anaphor_before_room_unresolved(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]


# Class D (location): 本会/我会 before a room, the holder named an association, society or chamber ending in 会, is
# that body's room (§3 thirteenth round: a self-reference before a room is that body's room when the page names exactly
# one such body as the holder; table: location). Not with no holder read, nor a holder of another kind.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日，江城市慈善总会在本会会议室召开理事会。", "江城市慈善总会会议室"),
    ("5月8日，江城市书法家协会在本会二楼活动室举行迎春笔会。", "江城市书法家协会二楼活动室"),
    ("5月8日，竹東鎮農會在本會二樓禮堂舉行會員代表大會。", "竹东镇农会二楼礼堂"),
    ("5月8日，江城市总商会在我会多功能厅召开会长办公会议。", "江城市总商会多功能厅"),
    ("5月8日，南岭县老年人体育协会在本会大会议室召开工作会议。", "南岭县老年人体育协会大会议室"),
])
def test_association_own_room(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日，理事会在本会会议室召开。", "本会会议室"),
    ("5月8日，华信科技公司在本会会议室召开座谈会。", "本会会议室"),
])
def test_association_own_room_unresolved(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]


def _places(record: dict) -> list[tuple]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


# Class E (location): a ceremony held within a meeting (开幕式上/会上还举行了…) takes the meeting's venue as the meeting's
# own sentence resolves it (the room of the body a self-reference stands for), not the bare room (§3 seventeenth round:
# a ceremony held within a meeting takes the meeting's venue; thirteenth round: a self-reference before a room). Where
# the meeting's room stays unresolved, the ceremony takes the same bare room.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日，由江城理工大学承办的第三届材料科学论坛在我校学术交流中心开幕。开幕式上，江城理工大学与华信科技有限公司举行了"
     "校企合作签约仪式。",
     [("第三届材料科学论坛", "江城理工大学学术交流中心"), ("校企合作签约仪式", "江城理工大学学术交流中心")]),
    ("5月8日，江城区人民法院在本院第一会议室召开全院干警大会。会上还举行了廉政教育基地揭牌仪式。",
     [("全院干警大会", "江城区人民法院第一会议室"), ("廉政教育基地揭牌仪式", "江城区人民法院第一会议室")]),
    ("5月8日，江城市慈善总会在本会会议室召开理事会。会上还举行了爱心企业授牌仪式。",
     [("理事会", "江城市慈善总会会议室"), ("爱心企业授牌仪式", "江城市慈善总会会议室")]),
])
def test_ceremony_within_takes_resolved_venue(extract, body, expected):
    assert _places(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日，第三届材料科学论坛在我校学术交流中心开幕。开幕式上，两家单位举行了校企合作签约仪式。",
     [("第三届材料科学论坛", "学术交流中心"), ("校企合作签约仪式", "学术交流中心")]),
])
def test_ceremony_within_unresolved_venue(extract, body, expected):
    assert _places(extract(page(body))) == expected


# Class F (location): 在我所/本所召开 with the one institute or firm ending in 所 named hosting (主办/承办) in the sentence or
# the next is that body, as 在我校/本院/我局召开 is (table: location, a self-reference names the body it stands for when the
# sentence names exactly one body hosting; §3 fifteenth round: the next sentence's host). Not with none or two named.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月10日，由中国地质学会主办、江城地质研究所承办的第五届地质学术年会在我所召开。", "江城地质研究所"),
    ("5月10日，由省律师协会主办、华信律师事务所承办的青年律师研讨会在本所举行。", "华信律师事务所"),
    ("5月10日，由台灣化學學會主辦、竹東化工研究所承辦的催化研討會在本所舉行。", "竹东化工研究所"),
    ("5月10日，全国植物保护学术研讨会在我所隆重召开。本次研讨会由南岭农业科学研究所承办。", "南岭农业科学研究所"),
    ("5月10日，由江城光学研究所主办的激光技术论坛于我所举行。", "江城光学研究所"),
])
def test_own_institute_as_venue(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月10日，第五届地质学术年会在我所召开。", None),
    ("5月10日，由江城地质研究所、南岭地质研究所共同承办的地质学术年会在我所召开。", None),
])
def test_own_institute_unresolved(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]


def _held_at(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["location"], m["organizer"]) for m in record["meetings"]]


# Class G (date, location, organizer): a bare opening or closing ceremony of a class or meeting of several days dated by
# a day told relative to the page (昨日, 今天, 前天), that day inside the span, is dated inside the span like one dated
# 6日上午: it takes the span's organizer and venue when it names none (§3 seventeenth and twenty-first review rounds: a
# bare opening or closing ceremony dated inside the span of any meeting or class of several days). Not a relative day
# outside the span. (Pages of 8 May 2024.)
@pytest.mark.parametrize(("body", "expected"), [
    ("由县人社局主办的2024年电商技能培训班5月6日至10日在县职教中心举办。昨日上午举行了开班仪式。",
     [("2024年电商技能培训班", "2024-05-06", "县职教中心", "县人社局"),
      ("开班仪式", "2024-05-07", "县职教中心", "县人社局")]),
    ("由市委组织部主办的全市青年干部培训班5月4日至7日在市委党校举行。昨天下午举行了结业仪式。",
     [("全市青年干部培训班", "2024-05-04", "市委党校", "市委组织部"),
      ("结业仪式", "2024-05-07", "市委党校", "市委组织部")]),
    ("由縣勞動局主辦的2024年技工培訓班5月6日至10日在縣職訓中心舉辦。前天上午舉行了開班儀式。",
     [("2024年技工培训班", "2024-05-06", "县职训中心", "县劳动局"),
      ("开班仪式", "2024-05-06", "县职训中心", "县劳动局")]),
    ("由江城市医学会主办的第五届心血管病学术年会5月7日至9日在江城宾馆召开。今天上午举行了开幕式。",
     [("第五届心血管病学术年会", "2024-05-07", "江城宾馆", "江城市医学会"),
      ("开幕式", "2024-05-08", "江城宾馆", "江城市医学会")]),
])
def test_relative_day_inside_span(extract, body, expected):
    assert _held_at(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("由县人社局主办的2024年电商技能培训班5月1日至3日在县职教中心举办。昨日上午举行了开班仪式。",
     [("2024年电商技能培训班", "2024-05-01", "县职教中心", "县人社局"), ("开班仪式", "2024-05-07", None, None)]),
])
def test_relative_day_outside_span(extract, body, expected):
    assert _held_at(extract(page(body))) == expected


def _venue_of(record: dict, name: str) -> list:
    return [m["location"] for m in record["meetings"] if m["name"] == name]


# Class H (location): a dated opening or closing sitting of a session of several days takes the session's venue even
# when a meeting of one other day outside the span (the preparatory meeting the day before) is told between (§3
# seventeenth round: a bare opening or closing ceremony dated inside the span takes the meeting's venue; twenty-third
# round: dated opening sittings kept apart). Not a sitting dated outside the span.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("5月4日至6日，江城市第五届人民代表大会第二次会议在市会议中心召开。3日下午召开了大会预备会议。"
     "4日上午举行开幕大会，市人大常委会主任王明主持。", "开幕大会", ["市会议中心"]),
    ("5月4日至6日，南岭县政协第十届第三次会议在县会议中心召开。3日下午召开了预备会议。4日上午举行开幕会。",
     "开幕会", ["县会议中心"]),
    ("5月4日至6日，江城市医学会年会在江城宾馆举行。3日晚召开了理事会。4日上午举行开幕式。", "开幕式", ["江城宾馆"]),
    ("5月4日至6日，江城市医学会年会在江城宾馆举行。3日晚召开了理事会。6日下午举行闭幕式。", "闭幕式", ["江城宾馆"]),
])
def test_sitting_after_other_day(extract, body, name, expected):
    assert _venue_of(extract(page(body)), name) == expected


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("5月4日至6日，江城市医学会年会在江城宾馆举行。3日晚召开了理事会。3日晚还举行了欢迎仪式。", "欢迎仪式", [None]),
])
def test_sitting_after_other_day_outside(extract, body, name, expected):
    assert _venue_of(extract(page(body)), name) == expected


# Class I (organizer): the kind of body (a charity, a society, a non-profit) written before the body's own name, with a
# scope word (本港, 本地, 当地) or none, is a descriptor, no part of the organizer (§3 twentieth review round: a descriptor
# before a body's name, 中日合资企业江城明和公司). Not a name whose own subject is the kind (慈善团体联合会), nor Taiwan's
# legal form 社团法人, part of the name.
@pytest.mark.parametrize(("body", "expected"), [
    ("本港慈善团体江城恒爱基金5月7日在大会堂举行助学金颁授典礼。", ["江城恒爱基金"]),
    ("本地公益组织晨光志愿者协会5月7日在社区中心举行表彰大会。", ["晨光志愿者协会"]),
    ("慈善机构南岭仁爱基金会5月7日举行助学金颁发仪式。", ["南岭仁爱基金会"]),
    ("本澳社團濠江青年聯合會5月7日舉行就職典禮。", ["濠江青年联合会"]),
    ("民间组织绿源环保协会5月7日召开会员大会。", ["绿源环保协会"]),
])
def test_body_kind_descriptor(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("江城市慈善团体联合会5月7日召开会员大会。", ["江城市慈善团体联合会"]),
    ("社团法人江城青年发展协会5月7日召开会员大会。", ["社团法人江城青年发展协会"]),
])
def test_body_kind_in_name(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected


# Class K (meetings): a meeting told as recurring over a longer or counted period (每半年, 每两年, 每三个月 …召开一次) is a
# habit, no meeting held (§3: a body's regular meeting told as a habit, 每周一召开例会, 每月初…, is none). Not a meeting
# held whose name or attribute says how often it recurs.
@pytest.mark.parametrize("body", [
    "双方将成立联合工作组，每半年召开一次工作会议，检视合作进度。",
    "根据章程，协会每两年召开一次会员代表大会。",
    "领导小组每三个月召开一次联席会议，通报工作进展。",
    "雙方同意設立聯合委員會，每半年舉行一次例會。",
    "联盟成员单位每两年举办一次学术年会。",
])
def test_longer_period_habit(extract, body):
    assert extract(page(body))["meetings"] == []


@pytest.mark.parametrize(("body", "expected"), [
    ("5月7日，江城市书法家协会召开了两年一次的会员代表大会。", 1),
    ("5月7日，县里召开半年工作会议。", 1),
])
def test_period_in_held_meeting(extract, body, expected):
    assert len(extract(page(body))["meetings"]) == expected


# Class J (meetings): 会见 with the press as its object, named only as where remarks were made (会见传媒时表示, 会见记者时
#说), is no talks held (§3: a press encounter named only as where remarks were relayed is no meeting, 会后于记者会转述).
# Not the press met told as an encounter of its own (会见传媒，并宣布…, kept as the Hong Kong review reads it), nor a
# delegation of journalists received (会见记者协会代表团一行), nor any other visitors received.
@pytest.mark.parametrize("body", [
    "5月7日，处长王明会见传媒时表示，今年将再招聘五百名新人。",
    "5月7日，市长王明在市政府会见记者时说，今年的施政重点是民生。",
    "5月7日，行政长官会见媒体时指出，社会关注的问题将尽快解决。",
    "5月7日，處長陳志明會見傳媒時說，項目進展順利。",
    "5月7日，局长王明会见新闻界人士时透露，案件已有进展。",
])
def test_press_met_no_talks(extract, body):
    assert extract(page(body))["meetings"] == []


@pytest.mark.parametrize("body", [
    "5月7日上午，市长王明会见了华信集团董事长李华一行。",
    "5月7日，市长王明会见了省记者协会代表团一行。",
    "5月7日，行政长官在政府总部会见传媒，并宣布新措施。",
])
def test_visitors_received(extract, body):
    assert [m["name"] for m in extract(page(body))["meetings"]] == ["会见"]
