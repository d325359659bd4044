"""Dirty, machine-converted pages (captions, hard wraps, mojibake copies, proposals at a forum).

Found on invented pages of the dirty-extraction register:
- a photo caption that sets the day apart with a comma and names the scene by the meeting's kind noun
  (图为10月10日上午，论坛现场) dates a meeting the body tells only as 近日 (GUIDELINES §3 sixteenth review round);
- a hard wrap between a level word and the body it names (…白石镇在镇 / 政府三楼会议室召开…) cut the venue and the
  organizer apart (GUIDELINES §1: a reader joins broken lines);
- a repaired mojibake copy of a paragraph that lost characters beside the readable copy gave a second, garbled award
  (GUIDELINES §1: repeated facts count once, mojibake repaired as a reader would);
- a proposal at a 座谈会 with what is proposed right after 建议, no comma (总经理姚远建议进一步优化…), gave no role
  (GUIDELINES §4 fourteenth review round: 讲话).
"""

from __future__ import annotations

import pytest

from pipeline.boilerplate import _lossy_copy
from pipeline.normalize import unwrap_step
from tests.extract.views import page, speakers, when

# -- captions ----------------------------------------------------------------------------------------------------

CAPTION_DATED = [
    ("近日，第三届江城文化论坛在市会展中心举行，论坛由市文旅局主办。\n（图为5月6日上午，论坛现场。张三 摄）",
     ("2024-05-06", "5月6日", "上午")),
    ("日前，全县乡村振兴工作座谈会在县委会议室召开，县长李强主持。\n图为5月7日下午，座谈会现场。",
     ("2024-05-07", "5月7日", "下午")),
    ("近日，江城中学2024届毕业典礼在学校礼堂举行，校长王华致辞。\n（图为5月6日，典礼现场）",
     ("2024-05-06", "5月6日", None)),
    ("近日，全市民营经济高质量发展论坛在江城宾馆举行。\n（图为5月5日上午论坛现场）",
     ("2024-05-05", "5月5日", "上午")),
]

CAPTION_NOT_DATED = [
    # a scene of something else (an inspection), not the forum
    "近日，第三届江城文化论坛在市会展中心举行，论坛由市文旅局主办。\n（图为5月6日上午，调研现场）",
    # a kind noun that is not the meeting's (论坛 under a 座谈会)
    "日前，全县乡村振兴工作座谈会在县委会议室召开，县长李强主持。\n（图为5月6日，论坛现场）",
    # an earlier edition's photo, months before the page
    "近日，第三届江城文化论坛在市会展中心举行，论坛由市文旅局主办。\n（图为1月6日上午，论坛现场）",
    # two forums told: the kind noun is tied to neither
    "近日，江城文化论坛和江城旅游论坛先后在市会展中心举行。\n（图为5月6日，论坛现场）",
]


@pytest.mark.parametrize(("body", "expected"), CAPTION_DATED)
def test_caption_dates_meeting_by_kind(extract, body, expected):
    assert when(extract(page(body)))[0] == expected


@pytest.mark.parametrize("body", CAPTION_NOT_DATED)
def test_caption_of_other_scene_dates_nothing(extract, body):
    assert all(w[0] is None for w in when(extract(page(body))))


# -- hard wraps between a level word and its body ----------------------------------------------------------------

WRAP_JOINED = [
    ("4月2日，白石镇在镇\n政府三楼会议室召开项目推进会，研究部署二季度工作。", "在镇政府三楼会议室"),
    ("5月6日，江城县在县\n人民政府二楼会议室召开安全生产工作会议，县长主持。", "在县人民政府二楼会议室"),
    ("5月6日上午，长湖乡召开专题会议，乡\n党委书记王军主持会议并讲话。", "乡党委书记王军"),
    ("5月6日，区委巡察组向区\n政协机关党组反馈巡察情况，区政协主席出席。", "向区政协机关党组"),
]

WRAP_KEPT = [
    # a headline ending on a place, then a paragraph (no clause mark, no sentence going on)
    "白石镇\n政府工作报告提出，今年要抓好项目建设。",
    # a finished sentence before the break
    "记者走访了白石镇。\n政府部门负责人介绍，今年将新建道路三条。",
    # a menu line ending on a place, then a section heading
    "首页 > 政务公开 > 白石镇\n政府信息公开指南，依申请公开。",
]


@pytest.mark.parametrize(("text", "joined"), WRAP_JOINED)
def test_level_word_wrap_joined(text, joined):
    assert joined in unwrap_step(text).text


@pytest.mark.parametrize("text", WRAP_KEPT)
def test_other_breaks_kept(text):
    assert unwrap_step(text).text.count("\n") == text.count("\n")


def test_wrapped_venue_read(extract):
    record = extract(page("4月2日，白石镇在镇\n政府三楼会议室召开2024年第一季度重点项目推进会，协调解决项目建设难题。镇党委书记周立新主持会议。"))
    meeting = record["meetings"][0]
    assert (meeting["date"], meeting["location"], meeting["organizer"]) == ("2024-04-02", "镇政府三楼会议室", "白石镇")


# -- a repaired mojibake copy that lost characters ---------------------------------------------------------------

LOSSY = [
    ("幕式上，大会表彰20名“江城市优科技工作者”。", "开幕式上，大会表彰了20名“江城市优秀科技工作者”。"),
    ("会上，县长李强主持会并讲话，部署全年工作。", "会上，县长李强主持会议并讲话，部署全年工作。"),
    ("5月6日，县委召开常委会议，研究近期重工作。", "5月6日，县委召开常委会会议，研究近期重点工作。"),
]

NOT_LOSSY = [
    # a headline over its lead paragraph: no 。 closing it
    ("县委召开常委会会议", "5月6日，县委召开常委会会议，研究近期重点工作。"),
    # two different sentences of the same length class
    ("会上，县长李强主持会议并讲话。", "会上，副县长王芳主持会议并讲话。"),
    # a short sentence that is part of the longer one, many characters apart
    ("会议指出，要抓好安全。", "会议指出，各乡镇、各部门要坚持人民至上，抓好安全生产和防灾减灾工作。"),
    # the same length: a repeat is the exact-repeat rule's, not this one's
    ("会上，县长李强主持会议并讲话。", "会上，县长李强主持会议并讲话。"),
]


@pytest.mark.parametrize(("short", "full"), LOSSY)
def test_lossy_copy(short, full):
    assert _lossy_copy(short, full)


@pytest.mark.parametrize(("short", "full"), NOT_LOSSY)
def test_not_lossy_copy(short, full):
    assert not _lossy_copy(short, full)


def test_lossy_copy_gives_one_award(extract):
    body = ("5日上午，江城市科协第九次代表大会在市会议中心开幕。\n"
            "幕式上，大会表彰20名“江城市优科技工作者”。\n"
            "开幕式上，大会表彰了20名“江城市优秀科技工作者”。省科协副主席钱慧致辞。")
    assert [a["honor"] for a in extract(page(body))["awards"]] == ["江城市优秀科技工作者"]


# -- a proposal at a forum, no comma after 建议 -----------------------------------------------------------------

PROPOSED = [
    ("5月6日，县政协召开民营经济发展座谈会。会上，企业家代表王建军建议加快完善园区配套设施。", "王建军"),
    ("5月6日，区委召开民营企业家座谈会。恒泰物流公司总经理姚远建议进一步优化物流园区周边交通组织。", "姚远"),
    ("5月6日，县人大常委会召开代表座谈会。座谈会上，代表李华也建议尽快出台老旧小区改造办法。", "李华"),
    ("5月6日，市委召开人才工作座谈会。江城科技公司总经理陈明建议设立青年人才公寓。", "陈明"),
]

NOT_PROPOSED = [
    # the noun: a proposal written and cited
    ("5月6日，县政协召开民营经济发展座谈会。委员王建军建议书已转交县发改委办理。", "王建军"),
    # the noun taken up
    ("5月6日，县政协召开民营经济发展座谈会。委员王建军建议被采纳后，园区新建了停车场。", "王建军"),
    # no forum told: a proposal to the press
    ("据了解，市民王建军建议增设一条公交线路。", "王建军"),
    # the forum told after the proposal
    ("委员王建军建议加快完善园区配套设施。5月6日，县政协召开座谈会。", "王建军"),
]


@pytest.mark.parametrize(("body", "name"), PROPOSED)
def test_proposal_at_forum_speaks(extract, body, name):
    assert "讲话" in speakers(extract(page(body)))[name][1]


@pytest.mark.parametrize(("body", "name"), NOT_PROPOSED)
def test_proposal_elsewhere_no_role(extract, body, name):
    assert name not in speakers(extract(page(body)))
