"""A lay participant who raises a point at a village or community meeting.

Found on main, fixed here: at a 院坝会, 座谈会 or council session, ``村民李秀英反映了…问题`` (also 居民, 种植户, 党员,
志愿者 … + name + 反映/建议/提出) gave no speaker, while ``村民代表李秀英`` did: no mention was read after a lay word
unless a speech act (发言, 讲话) followed the name. GUIDELINES §4 sixteenth review round: a named participant who 反映
problems at a forum or 座谈会 is 讲话, like 提出建议 (fourteenth round); §4 fifteenth round: a residence before a name
is a label, no title. The mention is read now, and the existing 反映/建议/提出 rules decide the role.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

RAISED = [
    ("5月6日，东庄村召开院坝会。会上，村民李秀英反映了村道破损的问题。", "李秀英"),
    ("5月6日，社区召开居民座谈会，居民王建国建议增设停车位。", "王建国"),
    ("5月6日，县里召开座谈会。党员陈明建议成立互助小组。", "陈明"),
    ("5月6日，村里召开院坝会，志愿者赵丽建议组建巡逻队。", "赵丽"),
    ("5月6日，镇政府召开产业发展座谈会。种植户张大山反映了灌溉用水紧张的问题。", "张大山"),
    ("5月6日，县农业农村局召开座谈会。座谈会上，养殖户刘红梅反映，饲料价格上涨，希望给予补贴。", "刘红梅"),
    ("5月6日，东庄村召开院坝会。会上，村民王强建议修建文化广场。", "王强"),
]


@pytest.mark.parametrize(("body", "name"), RAISED)
def test_lay_participant_raising_a_point_speaks(extract, body, name):
    found = speakers(extract(page(body)))
    assert name in found
    assert found[name] == (None, ("讲话",))


NOT_RAISED = [
    # attending or helped, no point raised
    ("5月6日，东庄村召开院坝会。会后，镇长王强为村民李秀英送去慰问品。", "李秀英"),
    # told to the reporter, not at the meeting
    ("5月6日，东庄村召开院坝会。村民李秀英向记者反映，村道已修好。", "李秀英"),
    # hearsay the page cites (据…反映)
    ("5月6日，东庄村召开院坝会，镇长王强主持。据村民李秀英反映，村道经常积水。", "李秀英"),
    ("5月6日，社区召开座谈会。据居民王建国反映，小区停车难。", "王建国"),
    # no meeting told: a visit
    ("5月6日，镇长王强走访东庄村。村民李秀英反映了村道破损的问题。", "李秀英"),
    # a written proposal cited, not spoken
    ("5月6日，东庄村召开院坝会。村民李秀英此前提交的建议已被采纳。", "李秀英"),
]


@pytest.mark.parametrize(("body", "name"), NOT_RAISED)
def test_lay_person_not_raising_at_the_meeting_gives_no_speaker(extract, body, name):
    assert name not in speakers(extract(page(body)))


NO_NAME = [
    "5月6日，东庄村召开院坝会。会上，群众反映了村道破损的问题。",
    "5月6日，东庄村召开院坝会。会上，村民代表反映了村道破损的问题。",
    "5月6日，社区召开座谈会。会上，居民群众建议增设停车位。",
    "5月6日，社区召开座谈会。会上，党员干部提出了改进作风的意见。",
    "5月6日，县里召开座谈会。会上，职工代表反映了工资待遇问题。",
]


@pytest.mark.parametrize("body", NO_NAME)
def test_lay_word_before_a_common_noun_gives_no_speaker(extract, body):
    assert speakers(extract(page(body))) == {}


KEPT = [
    ("5月6日，东庄村召开院坝会。会上，村民代表李秀英反映了村道破损的问题。", "李秀英", (None, ("讲话",))),
    ("5月6日，县政协召开座谈会。座谈会上，政协委员李华反映了农村养老服务存在的困难。", "李华", ("政协委员", ("讲话",))),
]


@pytest.mark.parametrize(("body", "name", "value"), KEPT)
def test_labelled_raisers_kept(extract, body, name, value):
    assert speakers(extract(page(body))).get(name) == value
