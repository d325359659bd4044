"""Meeting shapes of contest holders and venues, unquoted schemes, visit words and directives.

What was found on invented pages, and the guideline that rules it (corpus/GUIDELINES.md §3):

G1. Fifteenth round: "a contest's own ceremony takes the holders the page states for the contest or activity". A bare
    活动/比赛/赛事 (另一项读书活动由…, 市足球比赛在…) named any other event on the page, whose holder or venue the ceremony
    took. Now a generic word only after a demonstrative (本届赛事, 此次活动); a name's tail (马拉松由…) bare.
G2. The same round: "the awards ceremony of a prize scheme that the page says a body holds": a scheme named unquoted
    (江城好人评选活动由…) was no longer matched with its ceremony (第五届江城好人颁奖典礼).
G3. Seventh round: "a meeting told right before the ceremony just told" takes its day; a named ceremony of another kind
    (开学典礼前 after a sports meet's 闭幕式) is not the one just told.
G4. §3 held events: a place whose name holds a visit word (检查站, 参观基地, 督导组驻地) was read as a visit, the event dropped.
G5. Fifteenth round: an event asked for is planned. A directive followed (按照要求) stayed in the organizer, and an asking
    verb ending the clause before the subject (县委要求，…开展…) let the asked-for event through.
G6. Fifteenth round: "an event held within the meeting just told takes its venue"; not when those present are told going
    elsewhere first (与会人员前往县展览馆).
G7. §3: an activity's own ceremony told (启动仪式上，…) is the meeting held; another event's or year's ceremony named
    anywhere on the page (去年…启动仪式上) dropped the headline activity.
G8. Fifteenth round: "a body written before a plain meeting name of its own" holds it; a class of bodies (上市公司,
    民办学院) names no one body.

Later, code reviewer cr19's findings (same section §3: location, organizer, date, attendee_count):

Found, each against GUIDELINES §3:
- location: a venue after a relative clause opening on 与 (在与江城县交界的白石镇) was dropped whole as a party of talks;
  the venue is the head after 的 (在与投资方举行的座谈会上, a meeting with a party, stays no venue).
- organizer: a kind of organisation before its numbered session (非政府组织第五届大会, 青年组织…) was read as its holder
  (a generic subject → null); 部分 was read across 组织部 + 分管 (县委组织部分管领导: the official speaks for the
  body, as 县委组织部的负责人 does); 从事 lost its 从 as a preposition (从事外贸的企业, a generic subject → null); a
  bare count of bodies (两家公司) held the event (counted, not named → null; 三家店村委会, a place name, stays).
- organizer: a party committee was taken from the name of a meeting only referred to (县委经济工作会议召开后，…).
- location/organizer: 在职业技术学院, 在读者服务中心 were read as status words (在职党员, 在读研究生), gluing the venue to
  the organizer; a status word now needs the people it describes after it.
- organizer: a Republic-of-China year and month in numerals stayed glued to the body (台北市议会一百一十三年十一月).
- date: a version number (V113.1.5, 113.1.5 版本) was read as a Republic-of-China date on a Taiwan page.
- attendee_count: a count before a total after 等 (十三位乡镇市长等30余人与会) gave the part, not the total (seventeenth
  review round: 30, approximate); a contest joined by 和 after the gathering attended (参加了主题党日活动和…竞赛) made
  the count that of contestants.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


def _dates(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date"]) for m in record["meetings"]]


# --- G1: the contest's or activity's holder and venue ----------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("“全民阅读”活动启动仪式在市图书馆举行。据悉，今年5月另一项读书活动由市教育局主办。",
     [("“全民阅读”活动启动仪式", None, "市图书馆")]),
    ("2024江城马拉松起跑仪式昨日举行。市长李强出席。上午，市足球比赛由县体育局主办，在县体育场举行。",
     [("2024江城马拉松起跑仪式", None, None)]),
    ("2024江城马拉松起跑仪式昨日举行。本届赛事由市体育局主办。同日，全市青少年足球比赛在县体育场进行。",
     [("2024江城马拉松起跑仪式", "市体育局", None)]),
    ("江城读书节开幕式昨日举行。此外，市文联组织的书法活动在市文化馆举办。", [("江城读书节开幕式", None, None)]),
    ("2024江城马拉松起跑仪式昨日举行。今年3月，全省围棋比赛由省体育局主办。", [("2024江城马拉松起跑仪式", None, None)]),
    # kept: this contest's holders, by a demonstrative or by its name
    ("2024江城马拉松起跑仪式在市民广场举行。本届赛事由市体育局、市总工会主办。",
     [("2024江城马拉松起跑仪式", "市体育局、市总工会", "市民广场")]),
    ("2024江城马拉松起跑仪式昨日举行。马拉松由市体育局主办。", [("2024江城马拉松起跑仪式", "市体育局", None)]),
    ("“书香江城”读书活动启动仪式昨日举行。此次活动由市文明办主办。", [("“书香江城”读书活动启动仪式", "市文明办", None)]),
    ("5月5日，江城地理学术年会在江城大学召开。本届年会由江城地理学会主办。次日上午，年会开幕式在逸夫楼举行。",
     [("江城地理学术年会", "江城地理学会", "江城大学"), ("年会开幕式", "江城地理学会", "逸夫楼")]),
    # NEGATIVE: another edition's
    ("2024江城马拉松起跑仪式在市民广场举行。上届赛事由市体育局主办。", [("2024江城马拉松起跑仪式", None, "市民广场")]),
])
def test_contest_holder_and_venue(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G2: a scheme named unquoted -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，江城好人评选活动由市文明办主办。第五届江城好人颁奖典礼昨日举行。", [("第五届江城好人颁奖典礼", "市文明办", None)]),
    ("最美教师评选活动由县教育局主办。首届最美教师颁奖典礼昨日在县剧院举行。", [("首届最美教师颁奖典礼", "县教育局", "县剧院")]),
    ("“江城好人”评选活动由市文明办主办。第五届“江城好人”颁奖典礼昨日举行。", [("第五届“江城好人”颁奖典礼", "市文明办", None)]),
    # NEGATIVE: another prize's ceremony
    ("江城好人评选活动由市文明办主办。第三届江城文学奖颁奖典礼昨日举行。", [("第三届江城文学奖颁奖典礼", None, None)]),
])
def test_scheme_named_unquoted(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G3: before the ceremony just told ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县运动会闭幕式在县体育场举行。开学典礼前，区教育局召开了教学工作会议，8位代表先后发言。",
     [("县运动会闭幕式", "2024-05-06"), ("教学工作会议", None)]),
    ("5月6日，县运动会闭幕式在县体育场举行。颁奖典礼前，区政府召开了体育工作座谈会。",
     [("县运动会闭幕式", "2024-05-06"), ("体育工作座谈会", None)]),
    # kept: the ceremony just told
    ("5月6日，县运动会闭幕式在县体育场举行。闭幕式前，区政府召开体育工作座谈会。",
     [("县运动会闭幕式", "2024-05-06"), ("体育工作座谈会", "2024-05-06")]),
    ("5月6日，江城大学毕业典礼在体育馆举行。毕业典礼前，学校召开了校友座谈会。",
     [("毕业典礼", "2024-05-06"), ("校友座谈会", "2024-05-06")]),
    # NEGATIVE: a time of its own
    ("5月6日，县运动会闭幕式在县体育场举行。仪式前，去年区政府曾召开体育工作座谈会。",
     [("县运动会闭幕式", "2024-05-06"), ("体育工作座谈会", None)]),
])
def test_before_told_ceremony(extract, body: str, expected: list) -> None:
    assert _dates(extract(page(body))) == expected


# --- G4: a visit word in the place's name ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，第一党支部党员来到检查站，开展主题党日活动。", [("主题党日活动", "第一党支部", "检查站")]),
    ("5月6日，第一党支部党员来到边境检查站，开展“警民共建”主题党日活动。",
     [("“警民共建”主题党日活动", "第一党支部", "边境检查站")]),
    ("5月6日，第一党支部党员走进党员教育参观基地，开展主题党日活动。", [("主题党日活动", "第一党支部", "党员教育参观基地")]),
    ("5月6日，第一党支部党员前往督导组驻地，开展主题党日活动。", [("主题党日活动", "第一党支部", "督导组驻地")]),
    ("5月6日，第一党支部党员来到慰问中心，开展主题党日活动。", [("主题党日活动", "第一党支部", "慰问中心")]),
    ("5月6日，第一党支部党员来到东庄村，开展主题党日活动。", [("主题党日活动", "第一党支部", "东庄村")]),
    # NEGATIVE: a visit of its own before the event
    ("5月6日，第一党支部党员来到东庄村看望老党员，开展主题党日活动。", []),
    ("5月6日，第一党支部党员来到东庄村调研，开展主题党日活动。", []),
    ("5月6日，第一党支部党员来到敬老院慰问老人，开展主题党日活动。", []),
])
def test_visit_word_in_place(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G5: a directive followed, an asking verb before the subject -----------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，第一党支部按照要求开展“学党史”主题党日活动。", [("“学党史”主题党日活动", "第一党支部", None)]),
    ("5月6日，第一党支部根据部署开展“学党史”主题党日活动。", [("“学党史”主题党日活动", "第一党支部", None)]),
    ("5月6日，第一党支部按照县委要求开展“学党史”主题党日活动。", [("“学党史”主题党日活动", "第一党支部", None)]),
    ("5月6日，希望村党支部开展“学党史”主题党日活动。", [("“学党史”主题党日活动", "希望村党支部", None)]),
    # NEGATIVE: asked for, none held
    ("县委要求，按照上级要求开展主题党日活动。", []),
    ("会议强调，按照上级要求开展主题党日活动。", []),
    ("5月6日，县委召开会议。会议要求各支部认真开展“学党史”主题党日活动。", [("会议", "县委", None)]),
])
def test_directive_and_asked_for(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G6: those present gone elsewhere --------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县委在县委礼堂召开全会。会上，与会人员前往县展览馆，参观了成就展，县委书记讲授专题党课。",
     [("全会", "县委", "县委礼堂"), ("专题党课", None, None)]),
    ("5月6日，县委在县委礼堂召开全会。会上，与会人员来到县展览馆，县委书记讲授专题党课。",
     [("全会", "县委", "县委礼堂"), ("专题党课", None, None)]),
    # kept: held within the meeting
    ("5月6日，县委在县委礼堂召开全会。会上，县委书记讲授专题党课。", [("全会", "县委", "县委礼堂"), ("专题党课", None, "县委礼堂")]),
])
def test_gone_elsewhere_within_meeting(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G7: the activity's own ceremony, not another's -----------------------------------------------------------------

_ACTIVITY_PAGE = "江城科技周主场活动举行\n2024-05-08 来源：某网\n5月6日，江城科技周主场活动在科技馆广场举行。{}\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("副市长李强出席活动。据了解，去年全市读书月启动仪式上，市长曾为市民赠书。", [("江城科技周主场活动", None, "科技馆广场")]),
    ("副市长李强出席活动。上届读书月开幕式上，市长曾致辞。", [("江城科技周主场活动", None, "科技馆广场")]),
    # kept: the activity's own ceremony, told right after it
    ("启动仪式上，副市长李强宣布科技周启动。", [("启动仪式", None, None)]),
])
def test_activity_rite_told(extract, body: str, expected: list) -> None:
    assert _meetings(extract(_ACTIVITY_PAGE.format(body))) == expected


# --- G8: a class of bodies before a plain meeting name ----------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，上市公司工作会议在市会议中心召开。", [("上市公司工作会议", None, "市会议中心")]),
    ("5月6日，物业公司工作会议在市住建局召开。", [("物业公司工作会议", None, "市住建局")]),
    ("5月6日，外资公司工作会议在市商务局召开。", [("外资公司工作会议", None, "市商务局")]),
    ("5月6日，民办学院工作会议在省教育厅召开。", [("民办学院工作会议", None, "省教育厅")]),
    # kept: one body named
    ("5月6日，江城钢铁集团公司安全生产工作会议在公司总部召开。",
     [("江城钢铁集团公司安全生产工作会议", "江城钢铁集团公司", "公司总部")]),
    ("5月6日，江城大学研究生工作会议在行政楼召开。", [("江城大学研究生工作会议", "江城大学", "行政楼")]),
])
def test_class_of_bodies_before_meeting(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# === cr19's findings ===
_TAIPEI_HEAD = "臺北市政府新聞稿\n2024-11-13 來源：臺北市政府\n"
_COUNCIL_HEAD = "臺北市議會新聞稿\n2024-12-13 來源：臺北市議會\n"


def _first(record: dict) -> dict:
    assert record["meetings"], "no meeting read"
    return record["meetings"][0]


# --- location: a venue after a relative clause opening on 与 --------------------------------------------------
@pytest.mark.parametrize(("body", "location"), [
    ("全县招商推介会在与县政府一街之隔的市民中心举行。", "市民中心"),
    ("两县联防联控工作会议在与江城县交界的白石镇举行。", "白石镇"),
    ("全市文旅推介会在与高铁站相邻的会展中心举行。", "会展中心"),
    ("河西片区联席会议在与三镇接壤的青山乡政府会议室召开。", "青山乡政府会议室"),
    # NEGATIVE: 与 names the party of a meeting (a time frame), no venue
    ("县长在与投资方举行座谈后，召开县政府常务会议。", None),
    ("县长在与投资方举行的座谈会上作了讲话。", None),
])
def test_venue_after_relative_clause_with(extract, body: str, location: str | None) -> None:
    assert _first(extract(page(body)))["location"] == location


# --- organizer: kinds of organisation, officials in charge, trades, counts of bodies -----------------------
@pytest.mark.parametrize(("body", "organizer"), [
    ("非政府组织第五届大会5月7日在日内瓦召开。", None),
    ("青年组织第三次代表大会5月7日在县团委召开。", None),
    ("学生组织第二届代表大会5月7日在学校礼堂召开。", None),
    ("国际组织第十次年会5月7日在日内瓦召开。", None),
    # NEGATIVE: a named organisation before its session holds it
    ("世界卫生组织第五十届大会5月7日在日内瓦召开。", "世界卫生组织"),
    ("上海合作组织第三次峰会5月7日在阿斯塔纳召开。", "上海合作组织"),
    ("县委组织部分管领导在县委党校召开座谈会。", "县委组织部"),
    ("县委统战部分管副部长在县委党校召开座谈会。", "县委统战部"),
    ("市委宣传部分管负责同志在市委党校召开座谈会。", "市委宣传部"),
    ("从事外贸的企业在县会展中心召开座谈会。", None),
    ("从事养殖的农户在村委会召开座谈会。", None),
    # NEGATIVE: places named with 从
    ("从化区政府在区会议中心召开座谈会。", "从化区政府"),
    ("从江县委在县委礼堂召开全委会议。", "从江县委"),
    ("两家公司在县会展中心举行签约仪式。", None),
    ("三家企业在县会展中心举行签约仪式。", None),
    ("两家银行在县会展中心举行签约仪式。", None),
    ("华东地区部分高校在县会展中心召开座谈会。", None),
    # NEGATIVE: a place named with a count
    ("三家店村委会在村部召开村民大会。", "三家店村委会"),
])
def test_generic_or_official_subject(extract, body: str, organizer: str | None) -> None:
    assert _first(extract(page(body)))["organizer"] == organizer


@pytest.mark.parametrize(("body", "organizer"), [
    ("县委经济工作会议召开后，各乡镇迅速行动，抓好落实。", None),
    ("县委农村工作会议召开后，各乡镇党委书记立即部署。", None),
    # NEGATIVE: told held, the committee holds its meeting
    ("5月7日，县委经济工作会议召开，部署全年工作。", "县委"),
])
def test_meeting_referred_after_it_was_held(extract, body: str, organizer: str | None) -> None:
    assert _first(extract(page(body)))["organizer"] == organizer


# --- location/organizer: a status word after 在 needs its people ---------------------------------------------
@pytest.mark.parametrize(("body", "location", "organizer"), [
    ("江城市总工会在职业技术学院举行职工技能大赛开幕式。", "职业技术学院", "江城市总工会"),
    ("县图书馆在读者服务中心举行读书分享会。", "读者服务中心", "县图书馆"),
    ("县文联在读书馆举行读书分享会。", "读书馆", "县文联"),
    # NEGATIVE: 在岗职工 describes the people, no venue
    ("县总工会在岗职工技能培训班在县职教中心开班。", "县职教中心", "县总工会"),
])
def test_status_word_needs_people(extract, body: str, location: str, organizer: str) -> None:
    meeting = _first(extract(page(body)))
    assert (meeting["location"], meeting["organizer"]) == (location, organizer)


# --- organizer: an ROC year and month in numerals after the body ---------------------------------------------
@pytest.mark.parametrize(("text", "organizer"), [
    (_COUNCIL_HEAD + "臺北市議會一百一十三年十一月召開定期會。台灣各縣市議會均有代表出席。\n", "台北市议会"),
    ("臺中市議會新聞稿\n2024-12-13 來源：臺中市議會\n臺中市議會一百一十三年五月召開定期會。台灣各縣市議會均有代表出席。\n",
     "台中市议会"),
])
def test_roc_month_after_body(extract, text: str, organizer: str) -> None:
    meeting = _first(extract(text))
    assert (meeting["organizer"], meeting["date"]) == (organizer, None)


# --- date: a version number is no ROC date ----------------------------------------------------------------------
@pytest.mark.parametrize(("body", "date"), [
    ("臺北市政府召開資安會議，系統已升級至V113.1.5。台灣各縣市均派員參加。", None),
    ("臺北市政府召開資安會議，系統已升級至113.1.5 版本。台灣各縣市均派員參加。", None),
    ("臺北市政府召開資安會議，系統已升級至v113.2.3。台灣各縣市均派員參加。", None),
    # NEGATIVE: an ROC date before the verb
    ("臺北市政府113.11.5召開資安會議。台灣各縣市均派員參加。", "2024-11-05"),
])
def test_version_is_no_roc_date(extract, body: str, date: str | None) -> None:
    assert _first(extract(_TAIPEI_HEAD + body + "\n"))["date"] == date


# --- attendee_count: the total after 等, a contest joined after the gathering ---------------------------------
@pytest.mark.parametrize(("body", "count"), [
    ("5月7日，县政府召开工作会议，十三位乡镇市长等30余人与会。", 30),
    ("5月7日，县委召开工作会议，五位乡镇长等20余人参加。", 20),
    ("5月7日，县委召开工作会议，各局处首长及十三位乡镇市长等30余人与会。", 30),
    ("5月7日，县委组织部举办主题党日活动，80名党员参加了主题党日活动和党史知识竞赛。", 80),
    ("5月7日，县团委举办读书分享会，60名青年参加了分享会及诗词知识竞赛。", 60),
    # NEGATIVE: contestants, and a part beside an uncounted group
    ("5月7日，县文联举行颁奖仪式，28名选手参加了书法比赛。", None),
    ("5月7日，县委召开工作会议，县领导及30名村支书参加。", None),
    ("5月7日，县委召开工作会议，各乡镇党委书记和20名村支书参加。", None),
])
def test_total_after_part_and_contest_after_gathering(extract, body: str, count: int | None) -> None:
    assert _first(extract(page(body)))["attendee_count"] == count
