"""Remarks not made at the meeting a report tells (GUIDELINES §4, helper fxt): X说/表示/认为 after a 据悉/据了解/记者了解到
opener, in the same sentence or right after one opening so, is information relayed to the reporter like X介绍; remarks
in a sentence opening on a time before the meeting (会前，…; 会谈开始前，…) are not made at it, like those told after it.
Near misses keep the role: a frame of the meeting in the sentence, an opener about the meeting itself, remarks at it.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HELD = "5月6日，江城市政府召开优化营商环境座谈会，市长周海平主持会议。"


@pytest.mark.parametrize(
    "body",
    [
        # the position relayed right after a sentence opening with 据悉 / 据了解 / 记者了解到
        HELD + "据悉，华信集团已表示愿意追加投资。集团董事长吴建新说，公司将在江城新建研发中心。",
        HELD + "据了解，该项目已完成选址。市发改委主任孙立群表示，项目将于年内开工。",
        HELD + "记者了解到，园区已引进企业40家。园区管委会主任郑晓光认为，今年招商形势总体向好。",
        # in the opener's own sentence
        HELD + "据悉，市交通局局长钱卫东说，地铁三号线将于明年通车。",
        # before the meeting
        HELD + "会前，市商务局局长冯晓岚表示，今年将出台新的支持政策。",
        HELD + "座谈会开始前，华信集团董事长吴建新说，企业对江城的营商环境很有信心。",
    ],
)
def test_remarks_not_at_the_meeting(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert set(people) == {"周海平"}
    assert people["周海平"] == ("市长", ("主持",))


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        # NEGATIVE: the meeting's frame in the sentence
        (HELD + "据悉，座谈会上，华信集团董事长吴建新说，公司将在江城新建研发中心。", "吴建新", "华信集团董事长"),
        # NEGATIVE: the opener is about this meeting itself
        (HELD + "据悉，本次座谈会共邀请企业家30名。市发改委主任孙立群表示，将逐条研究企业诉求。", "孙立群", "市发改委主任"),
        # NEGATIVE: remarks at the meeting
        (HELD + "会上，市商务局局长冯晓岚表示，今年将出台新的支持政策。", "冯晓岚", "市商务局局长"),
        (HELD + "市交通局局长钱卫东在座谈会上说，地铁三号线将于明年通车。", "钱卫东", "市交通局局长"),
        # NEGATIVE: 会前 not opening the sentence (the time of another act)
        (HELD + "市商务局局长冯晓岚在会上说，会前已征求了企业意见。", "冯晓岚", "市商务局局长"),
    ],
)
def test_remarks_at_the_meeting_kept(extract, body: str, name: str, title: str) -> None:
    people = speakers(extract(page(body)))
    assert people[name] == (title, ("讲话",))
    assert people["周海平"] == ("市长", ("主持",))
