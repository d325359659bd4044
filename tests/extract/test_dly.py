"""Remarks quoted to the press in a report that also tells a meeting (newspaper register, GUIDELINES §4, §11).

Found on the tuning articles of corpus/daily: wire copy and round-ups tell a meeting in one paragraph and go on to
other news, quoting officials who took no part in it (另据报道，某国财政部长某某说，…). Every bare remark
(某某说/表示/认为/介绍说) counted as an address once the text named any meeting, so those officials were read as
speakers. §4 counts only people who take an active part in a reported meeting: people merely mentioned, and words
told to the press, are no speakers. The rule (``SpeakerExtractor.drop_press_quotes``) keeps bare remarks that stand in
a meeting's paragraph, the paragraph after it or a run of remark paragraphs going on from it, and those of a person
named in a sentence that tells the meeting; in a report (the text, or the part after a dateline: 新华社…电) whose lead
tells the meeting they all stay; others go. A remark that names its own occasion (在招待会上说) stays.

Also found there: a subject naming people by origin or calling (旅居某地的华人华侨和汉学家举行迎春晚会) was read as the
organizer. §3: the organizer is the organization that held the meeting; people are no body (like 首都各界群众).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_LEAD = "南方国家统计局15日公布，该国去年经济增长百分之五。\n"
_TALKS = "外交部长王立新15日在北京会见了来访的南方国家议长代表团。双方就双边关系交换了意见。\n"
_OTHER_NEWS = "南方国家近年来经济增长较快，出口增加了两成。\n"
_PANEL = "全国文联今天在京召开座谈会，各界代表三十余人出席。\n"
_NEXT_REPORT = "新华社东京1月8日电东方国家央行今天宣布下调利率。\n"

QUOTED_ELSEWHERE = [
    ("said", _LEAD + _TALKS + _OTHER_NEWS + "另据报道，北方国家财政部长赵海峰说，该国今年将削减预算赤字。", "赵海峰"),
    ("stated", _LEAD + _TALKS + _OTHER_NEWS + "北方国家总统刘振国表示，该国将继续推进改革。", "刘振国"),
    ("briefed", _LEAD + _TALKS + _OTHER_NEWS + "国家计委主任孙长江介绍说，今年的投资重点是基础设施。", "孙长江"),
    ("held", _LEAD + _TALKS + _OTHER_NEWS + "东方国家外长郑国华认为，地区局势总体稳定。", "郑国华"),
    ("next report in the same text", _TALKS + _OTHER_NEWS + _NEXT_REPORT + "东方国家财政大臣钱卫东说，利率将保持不变。", "钱卫东"),
    ("next report, quote further down", _TALKS + _NEXT_REPORT + _OTHER_NEWS + "北方国家出口也有增长。\n"
     "东方国家财政大臣钱卫东表示，利率将保持不变。", "钱卫东"),
]

@pytest.mark.parametrize(("case", "text", "name"), QUOTED_ELSEWHERE, ids=[c[0] for c in QUOTED_ELSEWHERE])
def test_press_quote_away_from_the_meeting_is_no_speaker(extract, case, text, name):
    record = extract(page(text))
    assert record["meetings"], case  # the text does report a meeting
    assert name not in speakers(record)


KEPT = [
    ("paragraph after the meeting", _PANEL + "作家协会副主席张文海认为，文艺创作要贴近生活。", ["张文海"]),
    ("run of remark paragraphs", _PANEL + "作家协会副主席张文海认为，文艺创作要贴近生活。\n戏剧家协会主席李春明说，舞台艺术要面向基层。\n"
     "音乐家协会秘书长赵德清表示，要多出精品。", ["张文海", "李春明", "赵德清"]),
    ("same paragraph as the meeting", "外交部长王立新15日在北京会见了来访的南方国家议长代表团。双方就双边关系交换了意见。"
     "南方国家议长陈大年表示，愿意加强合作。", ["陈大年"]),
    ("participant named in the meeting sentence", "外交部长王立新15日在北京会见了来访的东方国家外长郑国华。\n" + _OTHER_NEWS
     + "北方国家出口也有增长。\n郑国华说，两国关系发展顺利。", ["郑国华"]),
    ("lead tells the meeting", _TALKS + _OTHER_NEWS + "北方国家出口也有增长。\n南方国家议长陈大年表示，愿意加强合作。", ["陈大年"]),
    ("report after a dateline whose lead tells the meeting", _LEAD + _OTHER_NEWS + "新华社北京1月8日电外交部长王立新今天会见了来访的"
     "南方国家议长代表团。\n" + _OTHER_NEWS + "北方国家出口也有增长。\n南方国家议长陈大年表示，愿意加强合作。", ["陈大年"]),
    ("occasion named in the remark", "外交部长王立新15日在北京会见了来访的南方国家议长代表团。\n" + _OTHER_NEWS
     + "北方国家总统刘振国在当晚的招待会上说，该国将继续推进改革。", ["刘振国"]),
]


@pytest.mark.parametrize(("case", "text", "names"), KEPT, ids=[c[0] for c in KEPT])
def test_remarks_at_the_meeting_keep_their_role(extract, case, text, names):
    found = speakers(extract(page(text)))
    for name in names:
        assert "讲话" in found.get(name, (None, ()))[1], (case, name)


def test_no_meeting_text_unchanged(extract):
    """Without a meeting the older rule already drops bare remarks; nothing here adds a speaker."""
    record = extract(page(_OTHER_NEWS + "北方国家总统刘振国表示，该国将继续推进改革。"))
    assert record["meetings"] == []
    assert "刘振国" not in speakers(record)


# GUIDELINES §3 organizer: the organization that held the meeting. A subject that names people by their origin or
# calling (华人华侨, 汉学家, 专家学者) is a gathering of people, no body: no organizer. A body named for such people
# (华侨联合会, 作家协会, 专家委员会) keeps its reading.
PEOPLE_SUBJECTS = [
    ("compatriots and scholars", "旅居南方的华人华侨和当地汉学家15日在这里举行迎春晚会。"),
    ("experts", "来自全国各地的农业专家学者15日在江城举行座谈会。"),
    ("writers", "滨江市的青年作家15日在市图书馆举行座谈会。"),
    ("entrepreneurs", "江城的民营企业家15日在会展中心举行联谊会。"),
]


@pytest.mark.parametrize(("case", "text"), PEOPLE_SUBJECTS, ids=[c[0] for c in PEOPLE_SUBJECTS])
def test_people_holding_a_meeting_are_no_organizer(extract, case, text):
    record = extract(page(text))
    assert record["meetings"], case
    assert all(m["organizer"] is None for m in record["meetings"]), case


BODIES_OF_PEOPLE = [
    ("federation", "南方华人华侨联合会15日在这里举行迎春晚会。", "南方华人华侨联合会"),
    ("association", "滨江市作家协会15日在市图书馆举行座谈会。", "滨江市作家协会"),
    ("committee", "省农业专家委员会15日在江城举行座谈会。", "省农业专家委员会"),
]


@pytest.mark.parametrize(("case", "text", "organizer"), BODIES_OF_PEOPLE, ids=[c[0] for c in BODIES_OF_PEOPLE])
def test_body_named_for_people_keeps_organizer(extract, case, text, organizer):
    record = extract(page(text))
    assert [m["organizer"] for m in record["meetings"]] == [organizer], case
