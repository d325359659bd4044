"""Soft remarks told after a person's 点评 belong to the review, as remarks inside an address belong to it.

GUIDELINES §4, twenty-ninth review round (6 December 2026, eighth stop): a reviewer's words introduced by 说, 表示, 认为
or 介绍 after the same person's 点评 (``对民主生活会进行了点评，她认为…``, ``点评时说``, ``…作了点评。他表示，…``) are the
review: 点评 only; 指出, 强调 and 要求 still add 讲话 (spec ``000``: ``刘智在点评中指出`` → 点评 + 讲话), and a noun phrase of
demands inside the review adds nothing (``提出三点要求``).

Every row is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_LIFE = "12月20日，县农业农村局党组召开2024年度民主生活会。"
_CONTEST = "5月6日，团县委举办青年宣讲比赛。"


@pytest.mark.parametrize(("body", "expected"), [
    (_LIFE + "县委督导组组长蓝海燕对民主生活会进行了点评，她认为这次会议准备充分、查摆问题深刻，并就抓好整改提出三点要求。",
     {"蓝海燕": ("县委督导组组长", ("点评",))}),
    (_LIFE + "县委督导组组长蓝海燕作了点评。她表示，班子成员对照检查认真，批评与自我批评辣味十足。",
     {"蓝海燕": ("县委督导组组长", ("点评",))}),
    (_CONTEST + "评委会主任、作家方立群对参赛选手的表现进行讲评，他说，选手们的故事真实感人。",
     {"方立群": ("评委会主任、作家", ("点评",))}),
    (_CONTEST + "团县委书记韩晓梅在点评时介绍，今年共有46名青年报名参赛。",
     {"韩晓梅": ("团县委书记", ("点评",))}),
])
def test_soft_remarks_after_review_are_the_review(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# NEGATIVE: 指出/强调/要求 in the reviewer's words still add 讲话; another person's soft remark keeps its own 讲话.
@pytest.mark.parametrize(("body", "expected"), [
    (_LIFE + "县委督导组组长蓝海燕对民主生活会进行了点评，她指出，班子成员要把查摆出的问题逐条列入整改清单。",
     {"蓝海燕": ("县委督导组组长", ("点评", "讲话"))}),
    (_LIFE + "县委督导组组长蓝海燕作了点评。她强调，要在春节前完成第一批整改任务。",
     {"蓝海燕": ("县委督导组组长", ("点评", "讲话"))}),
    (_LIFE + "县委督导组组长蓝海燕作了点评。局党组书记、局长左立群表示，将不折不扣抓好整改落实。",
     {"蓝海燕": ("县委督导组组长", ("点评",)), "左立群": ("局党组书记、局长", ("讲话",))}),
])
def test_directive_after_review_adds_speech(extract, body, expected):
    assert speakers(extract(page(body))) == expected
