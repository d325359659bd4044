"""The twenty-fourth review round's readings (6 December 2026, first stop), one class each, invented sentences only.

GUIDELINES §6 (funding: money granted over a past period told as background needs a stated use, for every verb of
granting and with or without a word of a total); §3 (meetings: a venue written as the text writes it, its country
included; a farmers' or fishermen's association holds its own congress; a bracketed place inside a firm's legal name
stays in the organizer; a venue told right after a meeting held by 地点/会场 is its location; a lecture needs a meeting
noun); §4 (speakers: what the chair tells while chairing is the chairing; remarks inside a report follow those inside
an address; a Hong Kong official who chairs a conferring ceremony and confers in it chairs and confers; a transcript's
call 下面请X讲话 gives the role called for); §5 (awards: 全国 before an unquoted honour is part of the title, the levels
below the nation are dropped).

Each class has the failing sentence re-invented, paraphrases that vary what the class varies (the verb, the total
word and its place, the lead clause, the body, the order), and near-miss negatives where the reading must not fire.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


def _meetings(record: dict, key: str) -> list[tuple]:
    return [(m["name"], m[key]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's sentences (cr34 finding 27), re-invented: a past year's bare total, any verb, no use
    ("该局上年共发放资金3000万元。", []),
    ("基金会去年共发放资助约五亿元。", []),
    ("基金会去年批出资助合共约五亿元。", []),
    # paraphrases: the verb among its synonyms, with or without a total word, the year as a lead clause
    ("县财政去年累计投入资金5000万元。", []),
    ("去年，县财政局拨付资金2000万元。", []),
    ("市住建局前年共下达经费800万元。", []),
    ("基金会去年安排资金3000万元。", []),
    ("该基金上年度合计拨付款项1200万元。", []),
    # near misses: a use stated after, a fund named by its aid, recipients named, money raised, the reported day
    ("去年县财政共拨付资金2000万元，用于农村道路建设。", [20000000.0]),
    ("前年，市财政共下达经费800万元，用于农村饮水工程。", [8000000.0]),
    ("去年，县法院共发放司法救助金320万元。", [3200000.0]),
    ("2023年全县共发放学生资助资金4100万元。", [41000000.0]),
    ("去年为320名困难学生发放资金96万元。", [960000.0]),
    ("去年，县民政局向受灾群众发放资金300万元。", [3000000.0]),
    ("基金会去年共募集善款500万元。", [5000000.0]),
    ("5月6日，县财政局向10所学校拨付资金200万元。", [2000000.0]),
])
def test_past_year_bare_grants(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "roles"), [
    # the class: what the chair tells while chairing, whatever it is about
    ("5月6日，县政府召开座谈会。县委副书记李明在主持时介绍，全县已建成项目67个。", ("主持",)),
    ("5月6日，县政府召开座谈会。县委副书记李明在主持会议时介绍，今年以来全县新增企业120家。", ("主持",)),
    ("5月6日，县政府召开座谈会，县委副书记李明主持会议，介绍了与会嘉宾和会议议程。", ("主持",)),
    ("5月6日，县政府召开座谈会。会议由县委副书记李明主持，他在主持时说，座谈会旨在听取企业意见。", ("主持",)),
    # near misses: a speech verb in the chair's words, the chair's own turn at the meeting
    ("5月6日，县政府召开座谈会。县委副书记李明在主持时指出，全县要加快项目建设。", ("主持", "讲话")),
    ("5月6日，县政府召开座谈会，县委副书记李明主持会议。会上，李明介绍了全县工作情况。", ("主持", "讲话")),
])
def test_chair_introduces_while_chairing(extract, body, roles):
    assert speakers(extract(page(body)))["李明"][1] == roles


@pytest.mark.parametrize(("body", "roles"), [
    # remarks inside the report given at this meeting: soft verbs belong to it, speech verbs add 讲话
    ("5月6日，县人大会议开幕。县长王芳作政府工作报告。王芳在报告中表示，全县经济稳中有进。", ("作报告",)),
    ("5月6日，县人大会议开幕。县长王芳作政府工作报告。王芳在报告中介绍，全县经济稳中有进。", ("作报告",)),
    ("5月6日，县人大会议开幕。县长王芳作政府工作报告。王芳在报告中指出，全县经济稳中有进。", ("作报告", "讲话")),
    ("5月6日，县人大会议开幕。县长王芳作政府工作报告。王芳在报告中强调，要坚持稳中求进。", ("作报告", "讲话")),
])
def test_remarks_inside_a_report(extract, body, roles):
    assert speakers(extract(page(body)))["王芳"][1] == roles


@pytest.mark.parametrize(("body", "expected"), [
    # a farmers' or fishermen's association before its own numbered congress holds it (active or passive)
    ("5月6日，江城区渔会第十次会员代表大会在渔会礼堂举行。", [("江城区渔会第十次会员代表大会", "江城区渔会")]),
    ("5月6日，江城区渔会第十届会员代表大会在渔会礼堂举行。", [("第十届会员代表大会", "江城区渔会")]),
    ("5月6日，枫溪乡农会第19届第3次会员代表大会在乡农会礼堂召开。", [("第19届第3次会员代表大会", "枫溪乡农会")]),
    ("5月6日，江城市农会召开第十八届会员代表大会。", [("第十八届会员代表大会", "江城市农会")]),
    ("5月6日，南港区渔会第五届第二次会员代表大会假渔会礼堂举行。", [("第五届第二次会员代表大会", "南港区渔会")]),
    # near miss: a self-reference before the congress stays the generic subject
    ("5月6日，本会第19届第3次会员代表大会在本会三楼礼堂召开。", [("本会第19届第3次会员代表大会", None)]),
])
def test_farmers_and_fishermen_associations(extract, body, expected):
    assert _meetings(extract(page(body)), "organizer") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a bracketed place or part inside a firm's legal name, kept whole (subject, 由 agent, a group)
    ("5月6日，华信（深圳）科技有限公司举行新品发布会。", "华信（深圳）科技有限公司"),
    ("5月6日，华信（深圳）科技有限公司在公司总部召开年度工作会议。", "华信（深圳）科技有限公司"),
    ("5月6日，由华信（深圳）科技有限公司主办的产品发布会在深圳举行。", "华信（深圳）科技有限公司"),
    ("5月6日，江城（国际）投资集团召开年度工作会议。", "江城（国际）投资集团"),
    # near misses: a bracketed day after the subject is no part of it
    ("江城大学今日（五月六日）召开教学工作会议。", "江城大学"),
    ("华信科技有限公司昨（5日）召开年度工作会议。", "华信科技有限公司"),
])
def test_bracketed_place_in_legal_name(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # a venue told right after the meeting held, by 地点 or 会场 referring back to it
    ("5月6日，市政府召开座谈会，地点设在市民中心。", [("座谈会", "市民中心")]),
    ("5月6日，县委召开全县经济工作会议。会议地点在县行政中心三楼会议室。", [("全县经济工作会议", "县行政中心三楼会议室")]),
    ("5月6日，市政府召开座谈会，会议在市民中心举行。", [("座谈会", "市民中心")]),
    ("5月6日，区委召开全区组织工作会议，会场设在区委党校礼堂。", [("全区组织工作会议", "区委党校礼堂")]),
    # near miss: a video meeting's branch venues are not its location
    ("5月6日，县政府召开防汛工作视频会议，主会场设在县政府三楼会议室，分会场设在各乡镇。",
     [("防汛工作视频会议", "县政府三楼会议室")]),
])
def test_venue_told_after_the_meeting(extract, body, expected):
    assert _meetings(extract(page(body)), "location") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a venue as written, its country included; nothing added
    ("5月6日，第五届中法文化论坛在法国巴黎举行。", [("第五届中法文化论坛", "法国巴黎")]),
    ("5月6日，第五届中法文化论坛在巴黎举行。", [("第五届中法文化论坛", "巴黎")]),
])
def test_venue_with_its_country(extract, body, expected):
    assert _meetings(extract(page(body)), "location") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a lecture needs a meeting noun; the topic after 以 stays out of the name
    ("5月6日，江城市图书馆邀请省社科院研究员王芳以《乡村振兴的路径》为题作专题讲座。", ["专题讲座"]),
    # near miss: no meeting noun, only the act of lecturing
    ("5月6日，省社科院研究员王芳在图书馆以《乡村振兴的路径》为题，为200余名读者作了精彩讲授。", []),
])
def test_lecture_named_by_topic(extract, body, expected):
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 全国 before an unquoted honour is part of its title (the nation's honours, as the tuning gold reads them)
    ("5月6日，县委召开表彰大会，表彰全国优秀教师10名。", ["全国优秀教师"]),
    # near misses: a level below the nation is dropped; 全国 before a quote mark stays outside the quoted name
    ("5月6日，县委召开表彰大会，表彰全县优秀教师10名。", ["优秀教师"]),
    ("5月6日，县委召开表彰大会，12名妇女获评全国“三八红旗手”。", ["三八红旗手"]),
])
def test_nation_before_unquoted_honour(extract, body, expected):
    assert [a["honor"] for a in extract(page(body))["awards"]] == expected


def test_hong_kong_chair_who_confers(extract):
    text = ("香港特別行政區政府 新聞公報\n行政長官頒授獎狀\n"
            "　　行政長官岑啟賢今日（十一月二十三日）下午在禮賓府主持社區服務獎狀頒授典禮，向八十四名人士頒授獎狀。\n")
    record = extract(text)
    assert speakers(record)["岑启贤"][1] == ("主持", "颁奖")
    assert record["meetings"][0]["host"]["name"] == "岑启贤"


@pytest.mark.parametrize(("body", "expected"), [
    # the chair's call in a transcript gives the role called for
    ("今天我们召开全县安全生产工作会议。下面请县长王芳同志讲话。", {"王芳": ("县长", ("讲话",))}),
    ("今天我们召开全县教育工作会议。下面，请市教育局局长王芳同志致辞。", {"王芳": ("市教育局局长", ("致辞",))}),
])
def test_transcript_call_to_speak(extract, body, expected):
    text = f"在会议上的主持词\n县委副书记 李明\n同志们：\n{body}\n"
    found = speakers(extract(text))
    assert {name: found[name] for name in expected} == expected


@pytest.mark.parametrize("body", [
    # near misses: a speech told as coming later (twenty-third round), a call told with a word ahead
    "今天我们召开全县安全生产工作会议。等一会儿，县长王芳同志还要作重要讲话。",
    "今天我们召开全县安全生产工作会议。会议结束前，还将请县长王芳同志作重要讲话。",
    "今天我们召开全县安全生产工作会议。稍后，将请县长王芳同志致辞。",
])
def test_transcript_speech_foretold(extract, body):
    text = f"在全县安全生产工作会议上的讲话\n县委书记 李明\n同志们：\n{body}\n"
    assert "王芳" not in speakers(extract(text))


def test_call_told_ahead_on_a_page(extract):
    # near miss outside a transcript: a call planned (拟请) gives no role
    assert "王芳" not in speakers(extract(page("5月6日，县委召开大会，县政府拟请市教育局局长王芳讲话。")))


@pytest.mark.parametrize(("body", "expected"), [
    # a bureau's party body as a bare subject: generic, never composed from the bureau named before
    ("5月6日，局党组召开专题会议，研究部署安全生产工作。", [None]),
    ("5月6日，局党委召开全面从严治党工作会议。", [None]),
    ("5月6日，江城市交通运输局召开会议。局党组召开专题会议，研究部署安全生产工作。", ["江城市交通运输局", None]),
    # ...also beside the same party body written in full as another event's holder (as the invented gold reads, syn_d13)
    ("5月6日，江城市交通运输局党组召开理论学习中心组学习会。会后，局党组又召开专题会议，研究部署安全生产工作。",
     ["江城市交通运输局党组", None]),
    # near misses: a party body with its place, and an organ whose own kind is its name (dev_011), stay as written
    ("5月6日，县林业局党组召开党组会议。", ["县林业局党组"]),
    ("5月6日，机关党委召开支部书记述职评议会。", ["机关党委"]),
])
def test_bureau_party_body_as_subject(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 双方, 两国政府, 两地 standing for the two bodies named just before: listed with 、
    ("5月6日，中国政府和法国政府代表在北京签署合作协议。两国政府举行了签字仪式。", ["中国政府、法国政府"]),
    ("5月6日，江城市人民政府与华信集团在北京签署战略合作协议。双方举行了签约仪式。", ["江城市人民政府、华信集团"]),
    ("5月6日，江城大学与华信科技公司就共建实验室达成协议，双方在江城大学举行了签约仪式。", ["江城大学、华信科技公司"]),
    ("5月6日，江城市与河州市签署对口协作协议。两地随后召开了联席会议。", ["江城市、河州市"]),
    # near misses: two persons, nobody named, the parties as the subject written, representatives acting
    ("5月6日，国务院总理李强同法国总理在北京举行会谈。会谈后，双方举行了签字仪式。", [None, None]),
    ("5月6日，双方举行了签约仪式。", [None]),
    ("5月6日，江城大学与华信科技公司举行战略合作签约仪式。", ["江城大学与华信科技公司"]),
    ("5月6日，江城市人民政府与华信集团签署战略合作协议。双方代表举行了座谈会。", [None]),
])
def test_two_sides_referring_back(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected


# The ruling stands (a celebration held is a ceremony, GUIDELINES §3 twenty-fourth review round), but its rule (庆典 as a
# meeting noun) was withdrawn a third time: it found one more probe held-out meeting with a wrong organizer and no venue
# (§8), and no wrong firing could be seen on tuning text to narrow it by.
_WITHDRAWN = pytest.mark.xfail(strict=True, reason="庆典 as a meeting noun withdrawn on held-out evidence (§8)")


@pytest.mark.parametrize(("body", "expected"), [
    # a celebration held is a ceremony: its holder the body whose anniversary it is, its venue as told
    pytest.param("5月6日，江城中学举行建校100周年庆典。", [("建校100周年庆典", "江城中学", None)], marks=_WITHDRAWN),
    pytest.param("5月6日，江城中学建校100周年庆典在学校体育馆隆重举行。", [("建校100周年庆典", "江城中学", "学校体育馆")],
                 marks=_WITHDRAWN),
    pytest.param("5月6日上午，江城大学在体育馆举行建校70周年庆典，3000余名师生和校友参加。",
                 [("建校70周年庆典", "江城大学", "体育馆")], marks=_WITHDRAWN),
    pytest.param("5月6日，华信集团成立30周年庆典在江城大酒店举行。", [("成立30周年庆典", "华信集团", "江城大酒店")],
                 marks=_WITHDRAWN),
    # near misses: a celebration ahead, one only greeted, a festival's celebration with no ceremony noun
    ("江城中学将于10月举行建校100周年庆典。", []),
    ("为迎接建校百年庆典，学校对校园进行了改造。", []),
    ("5月6日，县里举办丰收节庆祝活动。", []),
])
def test_celebration_held(extract, body, expected):
    assert [(m["name"], m["organizer"], m["location"]) for m in extract(page(body))["meetings"]] == expected
