"""Meetings a body decides or agrees on with the place they are to be held at are planned (GUIDELINES §3 planned events;
ninth review round: the meeting decided on for a later day is planned; thirty-third review round, 7 December 2026, third
stop): `决定1999年和2000年的年会分别在秘鲁和澳大利亚举行`, `商定下届年会在东京召开` give no record, however long the
name between the decision and the place. Near-misses: the meeting held that decides (`…召开常委会会议，决定…`), and a
meeting approved and then held on its day (`经市委研究决定全市经济工作会议昨天在…召开`) stay records. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("亚太论坛第六届年会今天在汉城闭幕。大会结束后发表了共同声明，并决定1999年和2000年的年会分别在秘鲁和澳大利亚举行。",
         [("亚太论坛第六届年会", "1998-01-20", None)]),
        ("亚太论坛第六届年会今天在汉城闭幕。会议决定下届年会在上海举行。", [("亚太论坛第六届年会", "1998-01-20", None)]),
        ("两国外长昨天在北京举行会谈。双方同意下一轮会谈在华盛顿举行。", [("会谈", "1998-01-19", None)]),
        ("部长会议昨天在开罗闭幕。会议确定第三次部长会议1999年在开罗举行。", [("部长会议", "1998-01-19", None)]),
        ("江城论坛昨天闭幕，与会者一致同意明年的论坛在江城举办。", [("江城论坛", "1998-01-19", None)]),
        ("首脑会议昨天在马尼拉举行，会议决定第三次首脑会议于1999年在河内举行。", [("首脑会议", "1998-01-19", None)]),
        ("研讨会昨天在江城闭幕，主办方宣布第二届研讨会2000年在香港举办。", [("研讨会", "1998-01-19", None)]),
        ("江城论坛今天闭幕。理事会商定第二届和第三届论坛分别在上海和广州举办。", [("江城论坛", "1998-01-20", None)]),
        ("部长會議今天閉幕。會議決定下屆部長會議在台北舉行。", [("部长会议", "1998-01-20", None)]),
        ("两国外长昨天在北京举行会谈，约定两国副外长下月在莫斯科举行磋商。", [("会谈", "1998-01-19", None)]),
        # near-misses: the meeting held that decides, a meeting approved and then held on its day
        ("市委昨天召开常委会会议，决定在全市开展作风建设活动。", [("常委会会议", "1998-01-19", "市委")]),
        ("经市委决定，全市经济工作会议昨天在江城宾馆召开。", [("全市经济工作会议", "1998-01-19", None)]),
        ("经市委研究决定全市经济工作会议昨天在江城宾馆召开，市委书记王强出席并讲话。",
         [("全市经济工作会议", "1998-01-19", None)]),
        ("江城大学昨天举行座谈会，决定成立校友会。", [("座谈会", "1998-01-19", "江城大学")]),
    ],
)
def test_meeting_decided_with_place_is_planned(extract_with_model, body: str, expected: list) -> None:
    assert held(extract_with_model(page(body, "1998-01-20"))) == expected
