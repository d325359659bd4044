"""Meeting readings of bare-kind sessions, school rooms and same-day words, stated by class (GUIDELINES §3).

- An association's own numbered session written with its bare kind (``协会第三届理事会第一次会议``) is organized by the
  one association of that kind the page names in full (§3 sixteenth review round); a clause where the bare kind is the
  object of a speaker's verb (``希望协会…``, ``感谢学会…``, ``要求商会…``) names no other association of the kind, and
  two associations named in full still leave the session with none.
- A room after a self-reference (``在我校国际会议中心``) with exactly one school named as host is that school's room (§3
  location; thirteenth and fifteenth review rounds), also when the hosts are written as one run of joint holders with a
  body of another kind (``由华夏地理教育研究会联合南岭师范大学主办``, ``由市教育局和江城大学共同主办``); two schools, or the
  reporting school among the hosts, leave it as written, and 和 inside one school's name splits nothing.
- ``当天``/``当日``/``同日``/``当晚`` for an event told after the main meeting, with no day told between, is the main
  meeting's day (§3: a day relative to the one told just before; eleventh round ``当天`` ties), also when the main
  meeting's sentence says only ``日前``/``近日`` and the page gives its day by a headline bracket or a photo caption
  (§3 sixteenth and seventeenth rounds); a day told between wins, and with no day given anywhere the date stays null.
- An event held after the ceremony just told (``大会于典礼后举行创业分享会``, ``于仪式结束后``) takes its day, as one told
  ``会后`` does (§3 seventh and fifteenth rounds: ``仪式结束后`` takes the day of the ceremony just told); a past
  ceremony (``于去年典礼后``) gives none.
- A ``联谊会``/``联谊总会`` with its own term after its name (``…工商联谊会第八届会董会就职典礼``) is an association before
  its own ceremony in the passive, its holder (§3 eleventh review round, ``江城同乡会第十届理监事就职典礼`` → ``江城同乡会``);
  an anniversary of its founding joined by 暨 (``成立十五周年庆祝晚宴``) is a celebration it holds, not its founding; a
  联谊会 with no term of its own is the event itself, and a founding (``成立大会``) keeps the body in the name.
- An opening or closing rite joined by 暨 to another rite (``闭幕式暨颁奖仪式``, ``结业式暨颁证仪式``), dated inside a
  meeting or class of several days and naming no venue, takes its organizer and venue like a bare one (§3 seventeenth
  round; 暨 joins one event); one placed in a venue of its own keeps that venue and no holder (twenty-third round).
- A bare kind as the subject (``医院``, ``大学``, ``中学``, ``幼儿园``) is generic, but a headline whose subject is a body of
  that kind holding the same meeting names the holder (§3 eighteenth review round, ``江城师范学院举行…`` over ``学校…``); a
  headline of another kind of body, or naming another meeting, leaves it none.
- The chair of the meeting just told who addresses a counted group in the same clause (``…主持会议并向40余名村民代表通报了…``)
  gives its attendee count, like ``院坝会上，…向40余名村民代表通报了…`` (§3 seventeenth review round); a group addressed on
  another day, told on its own, gives none.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the one association named in full, beside a clause of remarks with the bare kind as the verb's object
    ("12月7日，江淮市物流协会第三次会员代表大会在江淮宾馆召开。副局长王明指出，希望协会发挥桥梁作用。"
     "8日下午，协会第三届理事会第一次会议召开，选举李强为会长。", "江淮市物流协会"),
    ("5月6日，南江县作家协会第四次会员代表大会在县文化馆举行。县委副书记王明讲话，感谢协会多年来的工作。"
     "当天下午，协会第四届理事会第一次会议召开。", "南江县作家协会"),
    ("5月6日，江城市机械工程学会第九次会员代表大会在江城大学召开。市科协副主席王明要求学会加强自身建设。"
     "随后，学会第九届理事会第一次会议召开。", "江城市机械工程学会"),
    ("5月6日，青山市温州商会第二次会员大会在青山宾馆举行。市委统战部部长王明勉励商会服务会员。"
     "会后，商会第二届理事会第一次会议召开，选举新一届会长。", "青山市温州商会"),
    ("5月6日，江城市餐饮行业协会换届大会在江城宾馆召开，局长王明表示，支持协会开展行业自律。"
     "会后，协会第五届理事会第一次会议召开。", "江城市餐饮行业协会"),
    # near miss: two associations of the kind named in full: which one holds it is not told
    ("5月6日，江城市作家协会与江城市书法家协会联合举办座谈会。王明希望协会加强合作。"
     "会后，协会第四届理事会第一次会议召开。", None),
    # near miss: no association named in full, only the remarks: none
    ("5月6日，王明在调研时指出，希望协会发挥桥梁作用。当天下午，协会第三届理事会第一次会议召开。", None),
])
def test_bare_kind_session_beside_remarks(extract, body, expected):
    sessions = [m for m in extract(page(body))["meetings"] if "理事会" in m["name"]]
    assert [m["organizer"] for m in sessions] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: one school among joint hosts of other kinds, in the sentence or the next
    ("5月6日，全国地理教育学术年会在我校国际会议中心召开。本次年会由华夏地理教育研究会联合南岭师范大学主办。",
     "南岭师范大学国际会议中心"),
    ("5月6日，江城教育论坛在我校图书馆报告厅举行，论坛由江城市教育局和江城大学共同主办。", "江城大学图书馆报告厅"),
    ("5月6日，全省化学学术研讨会在我校学术交流中心召开。会议由省化学学会、江城师范学院联合主办。",
     "江城师范学院学术交流中心"),
    ("5月6日，全国青少年科普论坛在我校科技楼报告厅举行。论坛由中国科普研究所与青山大学共同主办，青山大学物理学院承办。",
     "青山大学科技楼报告厅"),
    ("5月6日，乡村教育振兴论坛在我校大礼堂举行，论坛由江城市教育局联合江城第一中学主办。", "江城第一中学大礼堂"),
    # near miss: two schools joint: which one reports is not told
    ("5月6日，江城教育论坛在我校图书馆报告厅举行，论坛由江城大学和江北师范学院共同主办。", "图书馆报告厅"),
    ("5月6日，江城教育论坛在我校图书馆报告厅举行，论坛由江城大学联合江北师范学院主办。", "图书馆报告厅"),
    # near miss: the reporting school a host apart from the one named
    ("5月6日，江城教育论坛在我校图书馆报告厅举行，论坛由江城市教育局主办、我校承办。", "图书馆报告厅"),
    # near miss: 和 inside one school's name is no joiner
    ("5月6日，江城教育论坛在我校图书馆报告厅举行，论坛由江城市和平中学主办。", "江城市和平中学图书馆报告厅"),
])
def test_own_school_room_among_joint_hosts(extract, body, expected):
    assert extract(page(body))["meetings"][0]["location"] == expected


def _headed(headline: str, body: str) -> str:
    return f"{headline}\n2024-05-08 来源：某网\n{body}\n"


@pytest.mark.parametrize(("text", "expected"), [
    # positive: a headline bracket dates the main meeting; 当天/当日/同日/当晚 after it
    (_headed("【4月27日】市国资委第二党支部开展主题党日活动",
             "日前，市国资委第二党支部全体党员赴红岩纪念馆开展主题党日活动。党员们参观了展览。"
             "当天下午，支部还与大坪村党支部在村委会召开联席座谈会。"), "2024-04-27"),
    (_headed("【4月27日】县财政局党支部开展主题党日活动",
             "近日，县财政局党支部组织党员赴青山村开展主题党日活动。当日，支部在村部召开帮扶座谈会。"), "2024-04-27"),
    # positive: a photo caption dates the main meeting
    ("标题\n2024-05-08 来源：某网\n近日，江城医院与青山县医院医联体合作签约仪式在青山县医院举行。"
     "签约仪式后，专家开展义诊。当天下午，医院一行还召开了帮扶工作座谈会。\n图为4月26日上午签约仪式现场。\n", "2024-04-26"),
    ("标题\n2024-05-08 来源：某网\n日前，江城大学与华信集团校企合作签约仪式在江城大学举行。"
     "同日，双方召开了人才培养座谈会。\n图为4月25日签约仪式现场。\n", "2024-04-25"),
    ("标题\n2024-05-08 来源：某网\n近日，江城市侨联第十届委员会换届大会在江城宾馆举行。"
     "当晚，市侨联举行了新春联谊会。\n图为4月20日下午换届大会现场。\n", "2024-04-20"),
    # near miss: no day given anywhere: none
    ("标题\n2024-05-08 来源：某网\n近日，县财政局党支部组织党员赴青山村开展主题党日活动。"
     "当天下午，支部在村部召开帮扶座谈会。\n", None),
])
def test_same_day_word_after_dated_vague_main(extract, text, expected):
    assert extract(text)["meetings"][-1]["date"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: held after the ceremony just told, by its bare noun
    ("5月6日上午，第六届青年创新创业大赛颁奖典礼在科学馆举行。另外，大会于典礼后举行创业分享会。", "2024-05-06"),
    ("5月6日上午，江城大学2024届毕业典礼在体育馆举行。学校于典礼后举行校友座谈会。", "2024-05-06"),
    ("5月6日下午，江城市志愿服务表彰仪式在市民中心举行。主办方于仪式结束后举办了志愿者座谈会。", "2024-05-06"),
    ("5月6日，江城中学建校百年庆典在学校体育馆举行。此外，校友会于典礼结束后召开校友代表座谈会。", "2024-05-06"),
    ("5月6日，江城市新春团拜会在江城宾馆举行。市总商会于团拜会后召开会员座谈会。", "2024-05-06"),
    # near miss: a past ceremony; a day of its own
    ("5月6日上午，江城大学2024届毕业典礼在体育馆举行。学校于去年典礼后举行校友座谈会。", None),
    ("5月6日上午，江城大学2024届毕业典礼在体育馆举行。学校于典礼后的5月8日举行校友座谈会。", "2024-05-08"),
])
def test_held_after_the_ceremony(extract, body, expected):
    assert extract(page(body))["meetings"][-1]["date"] == expected


@pytest.mark.parametrize("body", [
    # near miss: a day told between is the one 当天 means, not the main meeting's
    "近日，县财政局党支部组织党员赴青山村开展主题党日活动。4月29日，支部党员参观了产业园。当天下午，支部在村部召开帮扶座谈会。",
    "日前，县财政局党支部组织党员赴青山村开展主题党日活动。次日，党员们走访了贫困户。4月29日，支部党员参观了产业园。"
    "当日，支部在村部召开帮扶座谈会。",
])
def test_same_day_word_after_another_day(extract, body):
    record = extract(_headed("【4月27日】县财政局党支部开展主题党日活动", body))
    assert record["meetings"][-1]["date"] != "2024-04-27"


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a 联谊会 or 联谊总会 with its own term after its name, before the term's installation
    ("澳门新会工商联谊会第八届会董会就职典礼暨成立十五周年庆祝晚宴，昨（6）日晚于渔人码头会展中心宴会厅举行。",
     ("第八届会董会就职典礼暨成立十五周年庆祝晚宴", "澳门新会工商联谊会")),
    ("江城工商联谊会第八届会董会就职典礼昨日在江城酒店举行。", ("第八届会董会就职典礼", "江城工商联谊会")),
    ("香港青山同乡联谊总会第十二届会董就职典礼5月6日晚在旺角酒楼举行。", ("第十二届会董就职典礼", "香港青山同乡联谊总会")),
    ("江城台商联谊会第三届理监事就职典礼昨日在江城宾馆举行。", ("第三届理监事就职典礼", "江城台商联谊会")),
    # positive: an anniversary joined by 暨 is no founding (the twenty-fourth round's celebration held by the body)
    ("江城同乡会第十届理监事就职典礼暨成立二十周年庆祝晚宴昨日在江城酒店举行。",
     ("第十届理监事就职典礼暨成立二十周年庆祝晚宴", "江城同乡会")),
    # near miss: a 联谊会 with no term of its own after it is the event itself, read whole
    ("两岸青年联谊会第三届开幕式昨日在江城酒店举行。", ("两岸青年联谊会第三届开幕式", None)),
    # near miss: the body's founding stays in the name with no holder
    ("江城同乡会成立大会昨日在江城酒店举行。", ("江城同乡会成立大会", None)),
])
def test_association_before_its_term_installation(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: an opening or closing rite joined by 暨 to another rite, dated inside the span, naming no venue
    ("11月19日至21日，第十二届心血管病学学术年会在江城国际会议中心举行，由江南省医学会主办。21日下午举行闭幕式暨颁奖仪式。",
     ("闭幕式暨颁奖仪式", "江南省医学会", "江城国际会议中心")),
    ("4月3日至5日，全省青年教师教学技能培训班在县委党校举办，由省教育厅主办。5日下午举行结业式暨颁证仪式。",
     ("结业式暨颁证仪式", "省教育厅", "县委党校")),
    ("4月3日至5日，第十届护理学术年会在江城宾馆举行，由省护理学会主办。3日上午举行开幕式暨授牌仪式。",
     ("开幕式暨授牌仪式", "省护理学会", "江城宾馆")),
    ("4月3日至5日，全市统计业务培训班在市委党校举行，由市统计局主办。5日下午举行结业典礼暨颁奖典礼。",
     ("结业典礼暨颁奖典礼", "市统计局", "市委党校")),
    # near miss: the rite placed in its own venue is an event of its own: that venue, no holder
    ("4月3日至5日，第十届学术年会在江城宾馆举行，由省医学会主办。5日下午在江城大学礼堂举行闭幕式暨颁奖仪式。",
     ("闭幕式暨颁奖仪式", None, "江城大学礼堂")),
])
def test_rite_joined_by_ji_within_span(extract, body, expected):
    assert [(m["name"], m["organizer"], m["location"]) for m in extract(page(body))["meetings"]][-1] == expected


@pytest.mark.parametrize(("headline", "body", "expected"), [
    # positive: the headline's subject, a body of the subject's kind, holds the same meeting
    ("江城市第三人民医院召开2020年度中层干部述职测评会",
     "1月28日下午，医院在门诊楼十楼学术报告厅召开2020年度中层干部述职测评会。", "江城市第三人民医院"),
    ("青山县中医医院举行2024年护士节表彰大会", "5月6日上午，医院在行政楼会议室举行2024年护士节表彰大会。", "青山县中医医院"),
    ("江城大学召开2024年本科教学工作会议", "3月5日上午，大学在图书馆报告厅召开2024年本科教学工作会议。", "江城大学"),
    ("江城县第一中学召开新学期教职工大会", "2月26日下午，中学在学校礼堂召开新学期教职工大会。", "江城县第一中学"),
    ("南湖实验幼儿园召开新学期家长委员会会议", "3月1日上午，幼儿园在多功能厅召开新学期家长委员会会议。", "南湖实验幼儿园"),
    # near miss: a headline subject of another kind, or a headline naming another meeting: the generic subject stays none
    ("市卫健委召开2020年度中层干部述职测评会",
     "1月28日下午，医院在门诊楼十楼学术报告厅召开2020年度中层干部述职测评会。", None),
    ("江城市第三人民医院召开党风廉政建设工作会议",
     "1月28日下午，医院在门诊楼十楼学术报告厅召开2020年度中层干部述职测评会。", None),
])
def test_headline_names_generic_subject(extract, headline, body, expected):
    assert extract(_headed(headline, body))["meetings"][0]["organizer"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the chair of the meeting just told addresses a counted group in the same clause
    ("8日上午，青山村在三组村民家院坝召开院坝会，商议通组路硬化事宜。村党支部书记母德华主持会议并向40余名村民代表通报了项目进展情况。",
     (40, True)),
    ("5月6日，江城社区召开居民议事会。社区书记王芳主持议事会并向30名居民代表介绍了改造方案。", (30, False)),
    ("5月6日，白沙镇召开安全生产工作会议。镇长李强主持了会议并向50多位党员干部传达了上级精神。", (50, True)),
    ("5月6日，县医院在门诊楼召开患者座谈会。副院长王明主持座谈会并与20名患者代表面对面交流。", (20, False)),
    ("5月6日，江城小学召开家长会。校长王丽主持大会并向200余名家长讲解了新学期安排。", (200, True)),
    # near miss: told on its own with another day, or a meeting of its own held by the chair: none for the first
    ("5月6日，江城社区召开居民议事会。5月7日，社区书记王芳向30名居民代表介绍了改造方案。", (None, False)),
])
def test_chair_addresses_counted_group(extract, body, expected):
    main = extract(page(body))["meetings"][0]
    assert (main["attendee_count"], main["attendee_approx"]) == expected
