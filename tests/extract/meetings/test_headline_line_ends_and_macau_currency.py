"""Page and meeting shapes of headline lines without a closing mark, wrapped body lines, Macau currency and lectures within meetings (invented sentences only).

1. A headline with no closing mark above its body (``3月15日，全省…大会召开`` / ``3月15日9时，全省…大会在…召开。``) was
   joined to the body's first sentence by the unwrapping of short lines, so the meeting's name ran over both
   (GUIDELINES §1, §3 name): a line that ends on the verb of an event held breaks before a line that opens on a
   day or restates the event; a line whose verb's object the next line holds stays joined.
2. A bare 元 in a Macau release in Simplified script (``澳门特区政府…拨款1000万元``) was read as CNY: the region's
   own government named makes the page that region's release, whatever the script (GUIDELINES §6, sixteenth round).
3. A party lecture told in the sentence after one opening ``会上，`` (``随后，…讲授专题党课``) had no record: a lesson
   given inside a meeting is a lecture record (GUIDELINES §3, thirteenth and fifteenth rounds).
4. A ``报告会由…主持`` sentence that takes over a lecture lost the body that invited the lecturer as organizer
   (GUIDELINES §3, sixteenth round: the inviting body organizes the lecture).
5. An association named in full right after the item's dateline (``本报讯 中国…协会…``) was not found as the
   organizer of its short-form session (``协会第四届理事会第三次会议``, GUIDELINES §3, sixteenth round).
"""

from __future__ import annotations

import pytest

from pipeline.normalize import unwrap_step
from tests.extract.views import grants, held, page

# -- 1. a headline with no closing mark above its body ---------------------------------------------------------------

_HEADLINE = "3月15日，全省优化营商环境大会召开"


@pytest.mark.parametrize("body", [
    "3月15日9时，全省优化营商环境大会在省会议中心召开。",
    "3月15日晚间，全省优化营商环境大会在省会议中心召开。",
    "3月15日至16日，全省优化营商环境大会在省城召开。",
    "全省优化营商环境大会3月15日在省会议中心召开。",
])
def test_headline_line_ends_its_sentence(extract, body):
    record = extract(f"{_HEADLINE}\n{body}\n省长王强出席会议并讲话。\n", published="2024-05-08")
    doc = record["_doc"]
    assert [doc.clean_text[a:b] for a, b in doc.sentences][:2] == [_HEADLINE, body]
    assert [m["name"] for m in record["meetings"]] == ["全省优化营商环境大会"]


@pytest.mark.parametrize("text, joined", [
    # (a clause whose held verb's object is on the next line: one sentence, wrapped)
    ("5月6日，某县召开\n全县安全生产工作会议。\n", "5月6日，某县召开全县安全生产工作会议。\n"),
    # (a wrapped line that stops before its verb)
    ("5月6日，全市安全生产工作会议在市政府\n召开。\n", "5月6日，全市安全生产工作会议在市政府召开。\n"),
    # (a held verb at a line's end whose next line neither opens on a day nor restates the event)
    ("5月6日，某县举行\n乡村振兴专题培训班开班仪式。\n", "5月6日，某县举行乡村振兴专题培训班开班仪式。\n"),
])
def test_wrapped_body_lines_stay_joined(text, joined):
    assert unwrap_step(text).text == joined


def test_headline_break_kept_by_unwrap():
    text = f"{_HEADLINE}\n3月15日9时，全省优化营商环境大会在省会议中心召开。\n"
    assert unwrap_step(text).text == text


# -- 2. a bare 元 in a Macau release in Simplified script -------------------------------------------------------------


@pytest.mark.parametrize("body, currency", [
    ("澳门特区政府5月6日宣布，拨款1000万元支持中小企业。", "MOP"),
    ("澳门特别行政区政府5月6日宣布，向受灾商户发放援助款200万元。", "MOP"),
    ("5月6日，澳门特区政府向200间中小企业发放补贴共300万元，用于纾缓经营压力。", "MOP"),
    ("香港特区政府5月6日宣布，拨款1000万元支持中小企业。", "HKD"),
    # near misses: a mainland page naming the region's government beside its own organs, or no region at all
    ("5月6日，省政府与澳门特区政府签署合作协议，省财政拨款1000万元支持两地青年创业。省委书记王强出席。", "CNY"),
    ("珠海市政府5月6日宣布，拨款1000万元支持中小企业。", "CNY"),
    ("5月6日，澳门同胞向家乡学校捐赠助学金100万元。", "CNY"),
])
def test_macau_release_currency(extract, body, currency):
    assert [g[1] for g in grants(extract(page(body)))] == [currency]


# -- 3. a party lecture told after 会上 --------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "5月6日，某县召开庆祝建党103周年暨表彰大会。会上，县委副书记王刚宣读了表彰决定。"
    "随后，县委书记李明以《牢记初心使命》为题，为全体党员讲授专题党课。",
    "5月6日，市直机关工委召开党建工作推进会。会上，工委书记赵强通报了工作情况。"
    "接着，市委常委、秘书长孙丽以《践行群众路线》为题，为与会人员讲了一堂专题党课。",
    "5月6日，某区召开优秀共产党员表彰大会。会上，区委副书记周平宣读了表彰决定。最后，区委书记陈刚为与会党员讲授专题党课。",
])
def test_lecture_after_within_meeting_sentence(extract, body):
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]][1:] == [("专题党课", "2024-05-06")]


@pytest.mark.parametrize("body, name", [
    # (a meeting of a branch's own life: its lecture is part of it)
    ("5月6日，某支部召开组织生活会。会上，支部书记王刚通报了情况。随后，书记李明为全体党员讲授专题党课。", "组织生活会"),
    # (lectures asked for, none given)
    ("5月6日，某县召开表彰大会。会上，县委副书记王刚宣读了表彰决定。随后，县委书记李明要求各级党组织书记为党员讲党课。", "表彰大会"),
    # (no lecture told after 随后)
    ("5月6日，某县召开表彰大会。会上，县委副书记王刚宣读了表彰决定。随后，与会人员参观了县党史馆。", "表彰大会"),
])
def test_no_lecture_after_within_meeting_sentence(extract, body, name):
    assert [m["name"] for m in extract(page(body))["meetings"]] == [name]


# -- 4. the inviting body of a lecture taken over by 报告会由…主持 -----------------------------------------------------


@pytest.mark.parametrize("body, organizer", [
    ("5月6日，应市科协邀请，中国科学院院士王林在市会议中心作科普报告。报告会由市科协主席张强主持。", "市科协"),
    ("5月6日，市总工会邀请全国劳动模范李华作先进事迹报告。报告会由市总工会副主席陈红主持。", "市总工会"),
    ("5月6日下午，应县委宣传部邀请，省委党校教授刘明来我县作专题报告。报告会由县委常委、宣传部部长赵丽主持。", "县委宣传部"),
    # near miss: no inviter told, the lecturer is never the organizer
    ("5月6日，中国科学院院士王林在市会议中心作科普报告。报告会由市科协主席张强主持。", None),
])
def test_lecture_taken_over_keeps_inviter(extract, body, organizer):
    assert [(name, org) for name, _, org in held(extract(page(body)))] == [("报告会", organizer)]


# -- 5. an association named in full right after the dateline ---------------------------------------------------------


@pytest.mark.parametrize("body, organizer", [
    ("本报讯 中国茶叶流通协会近日发布年度报告。5月6日，协会第四届理事会第三次会议在北京召开。", "中国茶叶流通协会"),
    ("本报讯（记者 王明）中国茶叶流通协会近日发布年度报告。5月6日，协会第四届理事会第三次会议在北京召开。", "中国茶叶流通协会"),
    ("本网讯 江城市摄影家协会近日组织会员采风。5月6日，协会第三届理事会第二次会议在会议室召开。", "江城市摄影家协会"),
    # (two associations named, the first right after the dateline: which one holds it is not told, where the second
    # alone was read before)
    ("本报讯 江城市书法家协会和江城市美术家协会近日联合办展。5月6日，协会第三届理事会第二次会议召开。", None),
    # near misses: no association named in full; one named after a clause opener, read as before
    ("本报讯 5月6日，协会第三届理事会第二次会议在会议室召开。", None),
    ("本报讯 近日，江城市摄影家协会组织会员采风。5月6日，协会第三届理事会第二次会议召开。", "江城市摄影家协会"),
])
def test_association_after_dateline(extract, body, organizer):
    assert [org for _, _, org in held(extract(page(body)))] == [organizer]
