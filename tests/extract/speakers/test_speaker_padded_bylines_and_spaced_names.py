"""Speaker shapes of padded bylines, spaced names and proposals, on invented sentences; GUIDELINES §4 rules each.

1. §4 fifteenth review round (speech transcripts: "`我` is the byline speaker"; the byline under a `讲话`/`致辞` headline
   names the speaker). Found: a byline whose two-character name is set to the width of three (`县委书记　赵　强`) under a
   headline and a dated line lost the space after the post when the spaced-out name was closed up, so the line read as
   no byline and was dropped as page furniture: no speaker. The name's own gap closes; the gap after the post's word
   stays (pipeline/normalize.py).
2. §4 `name`: "the personal name only". Found: the model's name ran into the 以 that opens the theme of a talk
   (`李静以“乡村振兴的实践与思考”为题作报告` → `李静以`); 以 before a 为题/为主题/为例 phrase is no character of a name.
3. §4 fourteenth review round: "A member's proposal told as spoken at the meeting (`委员X建议…`, `X提出…的建议` at a 座谈会
   or council session) is 讲话; a written proposal cited gives none", and sixteenth round: `提出意见建议` is 讲话. Found:
   the topic set before the verb with 就 (`常委郭玉兰就…提出建议`) gave no speaker.
4. §4 thirteenth and sixteenth review rounds: "A recipient of a medal, badge or honour whose soft-worded words are told
   after receiving it (`接过纪念章后激动地说`) reacts: no role." Found: the time set with 在 (`在接过纪念章后激动地说`)
   was read as 讲话.
5. §4 "Not speakers: … people merely mentioned" (a donor named in `该奖学金由…周海明捐资设立`): not reproduced; the rows
   below pin today's output (no donor speaker).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_BODY = "同志们：今天我们召开这次会议，主要任务是总结工作、部署任务。\n"


# --- 1. a speech byline with the name set to the width of three -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("在全县经济工作会议上的讲话\n（2024年5月6日）\n县委书记　赵　强\n" + _BODY, {"赵强": ("县委书记", ("讲话",))}),
    ("在全县经济工作会议上的讲话\n（2024年5月6日）\n县委书记 赵 强\n" + _BODY, {"赵强": ("县委书记", ("讲话",))}),
    ("在全市安全生产大会上的致辞\n（2024年5月6日）\n市长　李　明\n" + _BODY, {"李明": ("市长", ("致辞",))}),
    ("在全县教育大会上的讲话\n（2024年5月6日）\n县委副书记、县长　王　刚\n" + _BODY, {"王刚": ("县委副书记、县长", ("讲话",))}),
    (page("在全区工作会议上的讲话\n（2024年5月6日）\n区委书记  孙  伟\n" + _BODY), {"孙伟": ("区委书记", ("讲话",))}),
])
def test_padded_byline_name_after_dated_line(extract, text, expected):
    assert speakers(extract(text)) == expected


# Near misses: the bylines that read already, and a line of names set off by spaces (a list, no byline).
@pytest.mark.parametrize(("text", "expected"), [
    ("在全县经济工作会议上的讲话\n（2024年5月6日）\n县委书记 赵强\n" + _BODY, {"赵强": ("县委书记", ("讲话",))}),
    ("在全县经济工作会议上的讲话\n县委书记　赵　强\n" + _BODY, {"赵强": ("县委书记", ("讲话",))}),
    ("在全县经济工作会议上的讲话\n（2024年5月6日）\n赵　强\n" + _BODY, {"赵强": (None, ("讲话",))}),
    ("在全市经济工作会议上的讲话\n（2024年5月6日）\n张立群 李明 王刚\n" + _BODY, {}),
])
def test_padded_byline_near_misses(extract, text, expected):
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县委书记 赵 强\n", "县委书记 赵强\n"),
    ("镇党委书记欧 阳 晓 峰主持会议。", "镇党委书记欧阳晓峰主持会议。"),
    ("赵 建 国", "赵建国"),
    ("会议 由 市长主持", "会议由市长主持"),
    ("首页 新闻 中心", "首页 新闻 中心"),
])
def test_spaced_out_name_after_a_word(text, expected):
    from pipeline.normalize import _space_replacements

    for start, end, new in reversed(_space_replacements(text)):
        text = text[:start] + new + text[end:]
    assert text == expected


# --- 2. 以 opening a talk's theme after a model name ---------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市委党校举办专题讲座。李静以“乡村振兴的实践与思考”为题作报告。", {"李静": (None, ("作报告",))}),
    ("5月6日，市委党校举办专题讲座。会上，李静以“乡村振兴的实践与思考”为题作报告。", {"李静": (None, ("作报告",))}),
    ("5月6日，学院举行讲座。李静以“数字经济”为主题，为师生作了讲座。", {"李静": (None, ("作报告",))}),
    ("5月6日，市委召开座谈会。李静以自身经历为例作了发言。", {"李静": (None, ("发言",))}),
])
def test_yi_opening_a_theme_is_no_part_of_the_name(extract_with_model, body, expected):
    assert speakers(extract_with_model(page(body))) == expected


# Near misses: a title before the name, and a three-character name with 以 inside it.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市委党校举办专题讲座，市农业农村局局长李静以“乡村振兴的实践与思考”为题作报告。",
     {"李静": ("市农业农村局局长", ("作报告",))}),
    ("5月6日，学校举行讲座，陈以明教授作报告。", {"陈以明": ("教授", ("作报告",))}),
])
def test_yi_near_misses(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# --- 3. a member's proposal with its topic set by 就 ---------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县政协召开常委会议。会上，常委郭玉兰就加强农村养老服务提出建议。", {"郭玉兰": ("常委", ("讲话",))}),
    ("5月6日，市政协召开座谈会。委员张建华就优化营商环境提出了建议。", {"张建华": ("委员", ("讲话",))}),
    ("5月6日，市政协召开座谈会。会上，政协委员张建华就优化营商环境提出了意见建议。", {"张建华": ("政协委员", ("讲话",))}),
    ("5月6日，县人大常委会召开第十次会议。常委会委员刘洋就加强农村饮水安全提出建议。", {"刘洋": ("常委会委员", ("讲话",))}),
])
def test_proposal_on_a_topic_at_the_session(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# Near misses: a written proposal cited, a proposal told with a time of its own, one handled later, one sent to a body.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县政协召开座谈会。委员张建华此前就营商环境提交的建议已办结。", {}),
    ("5月6日，市政协召开座谈会。委员张建华就优化营商环境提出的建议已被采纳。", {}),
    ("5月6日，县政协召开常委会议。会议通报了常委郭玉兰此前就养老服务提出建议的办理情况。", {}),
    ("近日，政协委员张建华就优化营商环境向市政府提出建议。", {}),
])
def test_proposal_near_misses(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# --- 4. an honouree's reaction after receiving the item ------------------------------------------------------------

_CEREMONY = "5月6日，县里举行颁发仪式。县委书记王强出席并讲话。"


@pytest.mark.parametrize("tail", [
    "老党员张建华在接过纪念章后激动地说：“感谢党。”",
    "82岁的老党员张建华在接过纪念章后激动地说，自己永远跟党走。",
    "市一中教师刘海波在接过聘书后激动地说：“我会尽力。”",
    "获奖选手陈晓燕在从县长手中接过奖牌后激动地表示，这是最大的荣誉。",
    "老党员张建华接过纪念章后激动地说：“感谢党。”",
    "市一中教师刘海波接过荣誉证书后激动地说：“谢谢。”",
])
def test_reaction_after_receiving(extract_with_model, tail):
    assert speakers(extract_with_model(page(_CEREMONY + tail))) == {"王强": ("县委书记", ("讲话",))}


# Near misses: the honourees' representative holding the trophy, and one speaking at the meeting.
@pytest.mark.parametrize(("tail", "name", "roles"), [
    ("接过奖牌的获奖职工代表陈明说，要继续努力。", "陈明", ("讲话",)),
    ("老党员代表张建华在会上发言。", "张建华", ("发言",)),
])
def test_reaction_near_misses(extract_with_model, tail, name, roles):
    assert speakers(extract_with_model(page(_CEREMONY + tail)))[name][1] == roles


# --- 5. a donor merely mentioned -------------------------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    "该奖学金由校友、江城科技公司董事长周海明捐资设立，每年奖励50名学生。",
    "该奖学金由我校校友、江城科技公司董事长周海明捐资200万元设立。",
    "据悉，该奖学金由校友周海明先生捐资设立，至今已举办五届。",
    "“海明奖学金”由1985届校友、江城集团董事长周海明出资设立。",
])
def test_donor_merely_mentioned(extract_with_model, tail):
    body = "5月6日，学院举行奖学金颁发仪式。院长王强出席并讲话。" + tail
    assert speakers(extract_with_model(page(body))) == {"王强": ("院长", ("讲话",))}
