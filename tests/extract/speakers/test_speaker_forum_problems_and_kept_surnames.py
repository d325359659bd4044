"""Speaker shapes of problems raised outside the forum, the holder told last and kept surnames.

Found in /work/notes52/cr31/review.md (W1, W2, W5); every row is invented:

- §4 (remarks told in a sentence opening ``会前，`` or ``…开始前，`` are not made at the meeting, like ``会后，``) and §4
  twenty-first round, second part (``会后，X反映了…`` gives no role): the lead before a name raising a problem at a
  forum read only 会后/散会后/会议结束后, so ``座谈会结束后，``/``会前，``/``恳谈会开始前，`` gave 讲话.  The lead is now
  built from the events the other outside-the-meeting leads name (speakers/patterns.py ``_EVENT_NAMED``).
- §4 twenty-first round, second part (after an unnamed group's 交流发言, a leader of the body holding the meeting, or
  of another body of its level, keeps 讲话): the holder was the first level body holding anything in the text
  before, an earlier meeting's holder too; it is now the last one, the holder of the meeting the exchange belongs to.
- §4 (names as written): 甯 and 氾, kept on a Simplified page by pipeline/normalize.py, were no surnames in
  models/lexicons/surnames.txt, so 县长甯志强 lost its speaker.  The other kept characters (昇陞甦吒) stay no surname.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_FORUM = "5月6日，镇党委召开座谈会。"


# §4: a lead of time outside the forum before the name: no role from raising a problem there.
@pytest.mark.parametrize(("body", "name", "expected"), [
    (_FORUM + "座谈会结束后，村民李秀英反映了饲料价格上涨的情况。", "李秀英", None),
    (_FORUM + "会前，村民李秀英反映了饲料价格上涨的情况。", "李秀英", None),
    ("5月6日，县政协召开恳谈会。恳谈会开始前，企业家王建国反映了融资难的问题。", "王建国", None),
    ("5月6日，青石村召开院坝会。院坝会结束后，村民张秀兰反映了道路破损的问题。", "张秀兰", None),
    ("5月6日，县工商联召开座谈会。座谈会举行前，企业代表周敏反映用工成本上升明显。", "周敏", None),
    (_FORUM + "会后，村民李秀英反映了饲料价格上涨的情况。", "李秀英", None),
    # negative: raised at the forum (会上, 座谈会上, no lead), a 前 that is no lead of time, a 会前 in the sentence before
    (_FORUM + "座谈会上，村民李秀英反映了饲料价格上涨的情况。", "李秀英", (None, ("讲话",))),
    (_FORUM + "村民李秀英反映了饲料价格上涨的情况。", "李秀英", (None, ("讲话",))),
    (_FORUM + "会上，村民李秀英反映了饲料价格上涨的问题。", "李秀英", (None, ("讲话",))),
    (_FORUM + "座谈会上，前来参会的村民李秀英反映了饲料价格上涨的情况。", "李秀英", (None, ("讲话",))),
    ("5月6日，镇党委召开座谈会，会前进行了调研。村民李秀英反映了饲料价格上涨的情况。", "李秀英", (None, ("讲话",))),
])
def test_problem_raised_outside_the_forum(extract, body, name, expected) -> None:
    assert speakers(extract(page(body))).get(name) == expected


_GROUP = "两个县委书记作了交流发言。"


# §4 twenty-first round, second part: the holder is that of the meeting the group's exchange belongs to.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("4月，镇党委召开动员会。5月6日，市委召开党建工作会议。" + _GROUP + "镇长王强介绍了经验。", "王强", ("镇长", ("发言",))),
    ("5月6日，县委举办培训班。同日，市委召开党建工作会议。" + _GROUP + "县长王强介绍了经验。", "王强", ("县长", ("发言",))),
    ("5月6日，县委举办培训班。同日，市委召开党建工作会议。" + _GROUP + "县委书记王强介绍了经验。", "王强",
     ("县委书记", ("发言",))),
    ("5月6日，市委举办培训班。同日，县委召开党建工作会议。两个镇党委书记作了交流发言。县长王强介绍了经验。", "王强",
     ("县长", ("讲话",))),
    # negative: the holder the only one told (its head and another body's head of its level keep 讲话), a group member
    ("5月6日，市委召开党建工作会议。" + _GROUP + "市长王强介绍了经验。", "王强", ("市长", ("讲话",))),
    ("5月6日，县委召开党建工作会议。两个镇党委书记作了交流发言。县长王强介绍了经验。", "王强", ("县长", ("讲话",))),
    ("5月6日，县委召开党建工作会议。两个镇党委书记作了交流发言。甲镇党委书记李明介绍了经验。", "李明",
     ("甲镇党委书记", ("发言",))),
])
def test_holder_of_the_meeting_told_last(extract, body, name, expected) -> None:
    assert speakers(extract(page(body))).get(name) == expected


# §4: 甯 and 氾 as written on a Simplified page are surnames.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("5月6日，县委召开大会，县长甯志强讲话。", "甯志强", ("县长", ("讲话",))),
    ("5月6日，华昇公司召开年会，董事长甯静讲话。", "甯静", ("董事长", ("讲话",))),
    ("5月6日，县委召开大会，县长氾志强讲话。", "氾志强", ("县长", ("讲话",))),
    ("5月6日，县委召开大会，副县长甯晓梅主持会议，县长氾建国讲话。", "甯晓梅", ("副县长", ("主持",))),
    ("5月6日，县委召开大会，副县长甯晓梅主持会议，县长氾建国讲话。", "氾建国", ("县长", ("讲话",))),
])
def test_kept_surnames_read(extract, body, name, expected) -> None:
    assert speakers(extract(page(body))).get(name) == expected


# negative: the other kept characters open no name, and 甯/氾 inside words or a place name give no person.
@pytest.mark.parametrize(("body", "people"), [
    ("5月6日，县委召开大会，县长昇志强讲话。", set()),
    ("5月6日，县委召开大会，会上吒咤风云的县长王强讲话。", {"王强"}),
    ("5月6日，甦醒公司召开年会，董事长王静讲话。", {"王静"}),
    ("5月6日，县委召开大会，陞职干部代表李强发言。", {"李强"}),
    ("5月6日，县委召开防汛会议，县长王强强调要防止洪水氾滥成灾。", {"王强"}),
    ("5月6日，县委召开大会，县长王强讲话，指出甯可多备不可少备。", {"王强"}),
    ("甯海县召开全县经济工作会议，县长作报告。", set()),
])
def test_kept_characters_open_no_wrong_name(extract, body, people) -> None:
    assert set(speakers(extract(page(body)))) == people
