"""Meetings and speakers shapes of people gathered, watching, manner remarks and report sequences (GUIDELINES §3 and §4, twenty-first review round).

Found: people a body 组织s, listed before their count, then the event held at a venue in the next clause, had no
attendee count (§3); a listener's remark with a manner adverb (感慨地说) after the lecture had ended took 讲话 (§4: a
reaction); the one whose turn comes in a 述职 sequence (轮到X，他直言…) had no role, and 轮到 was read into the title
(§4); named people telling what they shared right after an unnamed group's 交流发言 took 讲话, not 发言 (§4); a body
written short (县议会) after the page named it in full stayed short, and 该校 before a room lost the school (§3); people
watching something after the ceremony had ended were its attendee count (§3); a Hong Kong written reply gave a 立法会会议
(§3). Every row is invented; the negative rows are near misses that keep the output of main before these rules.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


def _places(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


# §3 twenty-first round: people a body 组织s to the event held in the next clause attend it.
@pytest.mark.parametrize(("body", "expected"), [
    ("上周五下午，青禾社区党委组织辖区在职党员、离退休党员和志愿者30余人，在社区党群服务中心开展“学雷锋”主题党日活动。",
     [("“学雷锋”主题党日活动", 30, True)]),
    ("5月6日上午，红枫村党支部组织全体党员20余人，在村文化礼堂开展“传承红色基因”主题党日活动。",
     [("“传承红色基因”主题党日活动", 20, True)]),
    ("近日，城南街道机关党委组织党员干部约40人，在区档案馆举行“廉洁文化进机关”主题党日活动。",
     [("“廉洁文化进机关”主题党日活动", 40, True)]),
    ("5月6日，红枫村党支部组织党员25人在村委会会议室召开专题组织生活会。", [("专题组织生活会", 25, False)]),
    # negative: the people gathered to watch a film after the meeting; people gathered after it for other work
    ("5月6日，红枫村党支部在村委会会议室召开专题组织生活会，组织党员25人观看警示教育片。", [("专题组织生活会", None, False)]),
    ("5月6日，红枫村党支部召开党员大会。会后，支部组织党员、志愿者和群众代表30余人，在村广场开展环境整治。",
     [("党员大会", None, False)]),
    ("红枫村党支部组织党员志愿者30余人，在社区开展志愿服务。", []),
])
def test_people_gathered_to_the_event_attend_it(extract, body, expected):
    assert _counts(extract(page(body))) == expected


# §3 twenty-first round: people counted watching something after the ceremony are no attendee count of it.
@pytest.mark.parametrize(("body", "expected"), [
    ("南投縣政府15日在縣府中興樓舉辦「績優教保服務人員表揚典禮」，縣長張秀芳頒獎。典禮結束後，受表揚幼兒園並分享特色課程，"
     "現場約一百二十人觀摩。", [("绩优教保服务人员表扬典礼", None, False)]),
    ("市教育局5月6日在市行政中心举行优秀教师表彰大会。大会结束后，获奖教师开展示范教学，现场约200人观摩。",
     [("优秀教师表彰大会", None, False)]),
    # negative: the people watching the event itself, told in its own sentence; attendees counted after it otherwise
    ("市教育局5月6日在市行政中心举行优秀教师表彰大会，现场约200人观摩。", [("优秀教师表彰大会", 200, True)]),
    ("市教育局5月6日举行优秀教师表彰大会。大会结束后，与会的200余名教师参观了校史馆。", [("优秀教师表彰大会", 200, True)]),
])
def test_watching_after_the_ceremony_is_no_attendance(extract, body, expected):
    assert _counts(extract(page(body))) == expected


# §4: a remark after the lecture has ended, with a manner adverb, is a reaction (the NER model reads the bare names).
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("5月6日，红枫村党支部开展主题党日活动。社区党委书记柯晓燕讲了一堂专题党课。\n党课结束后，党员们分成4个小组清理楼道杂物。"
     "退休党员包根生感慨地说：“党员的身份不能忘。”", "包根生", None),
    ("5月6日，红枫村党支部开展主题党日活动。社区党委书记柯晓燕讲了一堂专题党课。党课结束后，党员们分成4个小组清理楼道杂物。"
     "退休党员包根生感慨地说：“党员的身份不能忘。”", "包根生", None),
    ("5月6日，红枫村党支部开展主题党日活动。社区党委书记柯晓燕讲了一堂专题党课。\n讲座结束后，大家走上街头捡拾垃圾。"
     "志愿者陈雨桐高兴地说：“收获很大。”", "陈雨桐", None),
    # negative: the remark told at the meeting, or at a meeting held after the lecture
    ("5月6日，红枫村党支部开展主题党日活动。会上，退休党员包根生感慨地说：“党员的身份不能忘。”", "包根生", (None, ("讲话",))),
    ("5月6日，红枫村党支部开展主题党日活动。社区党委书记柯晓燕讲了一堂专题党课。党课结束后，支部召开座谈会，"
     "老党员包根生激动地说：“很受教育。”", "包根生", (None, ("讲话",))),
])
def test_manner_remark_after_the_event_is_a_reaction(extract_with_model, body, name, expected):
    assert speakers(extract_with_model(page(body))).get(name) == expected


_REVIEW = "1月5日，县委召开乡镇党委书记述职评议会，12名乡镇党委书记依次述职。"


# §4 twenty-first round: a person whose turn comes in a 述职 sequence takes 述职.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("12月27日，某街道党工委召开社区党组织书记述职评议会，14个社区党组织书记逐一登台述职。街道党工委书记芦永平主持会议。\n"
     "渔港社区党委书记晏春花在述职时说，今年建起了18个议事点。轮到金沙社区党委书记饶宏伟，他直言社区在发展青年党员方面还有短板。",
     "饶宏伟", ("金沙社区党委书记", ("述职",))),
    (_REVIEW + "县委书记王建军主持会议。接下来轮到东岭镇党委书记孟凡宇，他坦言基层党建存在薄弱环节。",
     "孟凡宇", ("东岭镇党委书记", ("述职",))),
    (_REVIEW + "随后，轮到西山乡党委书记林佳慧上台，她用一组数据回顾了全年工作。", "林佳慧", ("西山乡党委书记", ("述职",))),
    # negative: a turn to assess (a role of its own); a turn with no 述职 sequence told; no turn at all
    (_REVIEW + "轮到县委组织部部长葛云峰点评时，他指出问题要逐项整改。", "葛云峰", ("县委组织部部长", ("点评", "讲话"))),
    ("1月5日，县委召开全县经济工作会议。县委书记王建军主持会议。轮到县长孟凡宇，他直言今年任务艰巨。", "孟凡宇", None),
    (_REVIEW + "县委组织部部长葛云峰作点评。会议还听取了县人大常委会主任林佳慧的意见。", "林佳慧", None),
])
def test_turn_in_a_report_sequence(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


_EXCHANGE = "5月6日，县委召开党建工作推进会。会上，3名乡镇党委书记作了交流发言。"


# §4 twenty-first round: named people right after an unnamed group's exchange are those speakers: 发言.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("5月6日，长宁镇党委召开党建工作推进会。会上，东湾村、石桥社区两个党组织书记作了交流发言。东湾村党总支书记江海涛介绍了"
     "“党建+合作社”的经验，石桥社区党委书记伍佳则分享了网格化治理的做法。", "江海涛", ("东湾村党总支书记", ("发言",))),
    (_EXCHANGE + "城关镇党委书记周海洋介绍了基层治理的做法。", "周海洋", ("城关镇党委书记", ("发言",))),
    ("5月6日，县委召开党建工作推进会。会上，城关镇党委书记周海洋等3名乡镇党委书记作了交流发言。城关镇党委书记周海洋介绍了"
     "基层治理的做法。", "周海洋", ("城关镇党委书记", ("发言",))),
    # negative: a leader's demand after the exchange; no group's exchange before; the group's sentence names a chair
    (_EXCHANGE + "县委书记王建军强调，要抓好整改落实。", "王建军", ("县委书记", ("讲话",))),
    ("5月6日，县委召开党建工作推进会。会上，县委书记王建军讲话。县发改局局长刘明介绍了全县项目建设情况。",
     "刘明", ("县发改局局长", ("讲话",))),
    ("5月6日，县委召开党建工作推进会。会上，县委书记王建军主持会议，3名乡镇党委书记作了交流发言。县委书记王建军介绍了全县情况。",
     "王建军", ("县委书记", ("主持", "讲话"))),
])
def test_named_after_a_group_exchange(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


# §3 twenty-first round: a body written short after its full name; 该校 before a room after the school was named.
@pytest.mark.parametrize(("body", "expected"), [
    ("澎湖縣議會第20屆第4次定期會昨（15）日上午開議，議長許文雄主持開議典禮。開議典禮前，縣議會先於議事廳前舉行升旗儀式。",
     ("升旗仪式", "澎湖县议会", "议事厅前")),
    ("江城市政協十三屆二次會議5月6日上午開幕。開幕會前，市政協在會議中心廣場舉行升旗儀式。", ("升旗仪式", "江城市政协", "会议中心广场")),
    ("國立竹東高級中學第76屆畢業典禮昨(14)日上午在該校活動中心舉行，由校長鄭志豪主持。",
     ("第76届毕业典礼", "国立竹东高级中学", "国立竹东高级中学活动中心")),
    ("江城市实验中学第20届毕业典礼5月6日上午在该校体育馆举行，校长王海鹰主持。",
     ("第20届毕业典礼", "江城市实验中学", "江城市实验中学体育馆")),
    # negative: two councils named in full leave the short one as written; a room with no 该校 stays as written
    ("澎湖縣議會第20屆第4次定期會5月6日上午開議。金門縣議會第8屆第2次定期會同日開議。開議典禮前，縣議會先於議事廳前舉行升旗儀式。",
     ("升旗仪式", "县议会", "议事厅前")),
    ("江城市实验中学第20届毕业典礼5月6日上午在体育馆举行，校长王海鹰主持。", ("第20届毕业典礼", "江城市实验中学", "体育馆")),
])
def test_short_body_and_this_school(extract, body, expected):
    assert expected in _places(extract(page(body)))


# §3 twenty-first round: a Hong Kong written reply to a legislator is a written statement, no meeting.
@pytest.mark.parametrize(("body", "expected"), [
    ("以下是今日（五月十五日）在立法會會議上葉劉淑儀議員的提問和勞工及福利局局長孫玉菡的書面答覆：\n問題：\n政府可否告知本會？\n"
     "答覆：\n主席：\n就議員的提問，現答覆如下：（一）獎券基金批出四億元。", []),
    ("以下是今日在立法會會議上陳家偉議員的提問及發展局局長甯漢豪的書面答覆：\n問題：\n政府可否告知本會？\n答覆：\n現答覆如下。", []),
    # negative: an oral reply at the sitting keeps the meeting
    ("以下是今日（五月十五日）在立法會會議上陳家偉議員的提問和發展局局長甯漢豪的答覆：\n問題：\n政府可否告知本會？\n答覆：\n"
     "主席：\n現答覆如下：（一）政府已批出四億元。", ["立法会会议"]),
])
def test_written_reply_is_no_meeting(extract, body, expected):
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected
