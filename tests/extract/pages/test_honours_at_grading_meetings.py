"""Awards and speakers shapes of honours at a grading meeting and group exchanges (GUIDELINES §5 and §4, twenty-first review round).

Found: an honour title conferred at or after a grading meeting (县召开等级评定工作会议，12家单位被评为先进单位) gave no
award, as if it were a grade of the exercise; only what is itself a grade (一级图书馆, 三星级, 甲等, A级, 优秀等次) is none
(§5 twenty-first round). After an unnamed group's 交流发言, the leader of the body holding the meeting named next (县委书记
at the 县委's meeting) took 发言 as one of the group, and so did every one named when more were named than the group
counts (§4 twenty-first round, second part: he keeps 讲话; none takes 发言 from the group then). Every row is invented;
the negative rows are near misses that keep the output of main before these rules.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


# §5 twenty-first round: an honour title given at a grading meeting is an award; a grade of the exercise is none.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县召开等级评定工作会议，12家单位被评为先进单位。", [("先进单位", 12, "家", "organization")]),
    ("市召开A级景区等级评定总结会，15名同志被评为优秀共产党员。", [("优秀共产党员", 15, "名", "person")]),
    ("在本次等级评定工作会议上，10名个人荣获“先进个人”称号。", [("先进个人", 10, "名", "person")]),
    ("区文旅局召开星级饭店等级评定工作推进会，9名同志被评为先进工作者。", [("先进工作者", 9, "名", "person")]),
    # negative: what the exercise gives is itself a grade
    ("县召开等级评定工作会议，12家单位被评为一级图书馆。", []),
    ("本次等级评定中，8家饭店被评为三星级饭店。", []),
    ("经评估定级，全市共有20所学校被评为甲等。", []),
    ("在等级评定中，15个单位被评为A级单位。", []),
    ("县开展等级评定，30名干部获评优秀等次。", []),
])
def test_honour_at_a_grading_meeting(extract, body, expected):
    assert honours(extract(page(body))) == expected


_MEETING = "5月6日，县委召开党建工作推进会。会上，两个党组织书记作了交流发言。"


# §4 twenty-first round, second part: the holder's leader named after a group's exchange keeps 讲话; more named than the
# group counts take no 发言 from it.
@pytest.mark.parametrize(("body", "name", "expected"), [
    (_MEETING + "县委书记王建军介绍了下一步工作安排。", "王建军", ("县委书记", ("讲话",))),
    ("5月6日，镇党委召开党建工作推进会。会上，两个村党组织书记作了交流发言。镇党委书记李明华介绍了全镇党建工作情况。",
     "李明华", ("镇党委书记", ("讲话",))),
    (_MEETING + "县委副书记、县长王建军介绍了下一步工作安排。", "王建军", ("县委副书记、县长", ("讲话",))),
    ("5月6日，县委在县会议中心召开党建工作推进会。会上，两名党组织书记作了交流发言。县委书记王建军则介绍了全县情况。",
     "王建军", ("县委书记", ("讲话",))),
    (_MEETING + "东湾村党总支书记江海涛介绍了经验，石桥社区党委书记伍佳介绍了做法，西岭村党支部书记何小兰介绍了做法。",
     "江海涛", ("东湾村党总支书记", ("讲话",))),
    (_MEETING + "东湾村党总支书记江海涛介绍了经验，石桥社区党委书记伍佳介绍了做法，西岭村党支部书记何小兰介绍了做法。",
     "何小兰", ("西岭村党支部书记", ("讲话",))),
    # negative: as many named as the group counts; a group with no count; the group's members beside the leader
    (_MEETING + "东湾村党总支书记江海涛介绍了经验，石桥社区党委书记伍佳分享了做法。", "江海涛", ("东湾村党总支书记", ("发言",))),
    ("5月6日，县委召开党建工作推进会。会上，3名乡镇党委书记作了交流发言。城关镇党委书记周海洋介绍了基层治理的做法。",
     "周海洋", ("城关镇党委书记", ("发言",))),
    ("5月6日，县委召开党建工作推进会。会上，各乡镇党委书记作了交流发言。城关镇党委书记周海洋介绍了做法，"
     "河口镇党委书记李强分享了经验，县委书记王建军介绍了工作安排。", "李强", ("河口镇党委书记", ("发言",))),
    ("5月6日，县委召开党建工作推进会。会上，两个乡镇党委书记作了交流发言。城关镇党委书记周海洋介绍了做法，"
     "县委书记王建军介绍了工作安排。", "周海洋", ("城关镇党委书记", ("发言",))),
])
def test_named_after_a_group_exchange_leader_and_count(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected
