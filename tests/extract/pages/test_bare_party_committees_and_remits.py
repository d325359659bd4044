"""Shapes of bare party committees as subjects, bare provincial places, meeting nouns organized and remits before posts, kept by invented rows.

Found:
- a party committee written by its bare kind as the subject (党委举行表彰大会) was taken as the organizer `党委`: a generic
  subject without a name gives none, like 公司 (GUIDELINES §3 organizer);
- 在上海举行的…签约仪式上 lost its place: after 在 in an attribute only a venue ending or a tagged place counted, and the
  bare name of a province-level place or a capital now counts as the place it is (§3 location);
- 组织专题备课会 was no meeting held: 组织 with a meeting noun as its direct object holds it like 组织召开, and a meeting
  joined by 和 to an activity that is no meeting (…备课会和“十组百点”调研) ends at its noun (§3 name, organizer);
- 宣传部分管日常工作的副部长 was cut to 副部长: the remit before a deputy post is part of the chain as written (§4 title);
- …找到了两家饭店，对方表示… and …连升3级，国家授予…: a clause whose subject is the other party or the state is not the
  act of the one named before (§4: the speaker is who addresses or presents);
- a winner listed in an earlier sentence (获得金紫荆星章，包括…甲等) and then quoted with a plain 表示 was a speaker: a
  recipient's reaction, no role (§4 recipients whose reactions are quoted; eighteenth review round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

ORGANIZER = [
    # a bare party committee as the subject: no organizer named
    ("6月28日下午，党委举行表彰大会。", None),
    ("6月28日下午，党总支召开专题会议。", None),
    ("5月6日上午，党委召开理论学习中心组学习会议。", None),
    # NEGATIVE: a committee named with its owner, or by a name of its own, keeps it
    ("6月28日下午，学院党委举行表彰大会。", "学院党委"),
    ("3月2日下午，机关党委在行政楼3号会议室召开党建工作推进会。", "机关党委"),
    ("5月6日，县委召开全县经济工作会议。", "县委"),
]


@pytest.mark.parametrize(("body", "organizer"), ORGANIZER)
def test_bare_party_committee_is_no_organizer(extract, body, organizer):
    meetings = extract(page(body))["meetings"]
    assert [m["organizer"] for m in meetings] == [organizer]


VENUE = [
    ("今年四月，在上海举行的对口支援合作项目签约仪式上，双方签约七个项目。", "上海"),
    ("5月10日，在成都举行的座谈会上，双方交流了经验。", "成都"),
    ("5月10日，在重庆召开的推进会上，与会代表交流了经验。", "重庆"),
    ("5月10日，在浙江举行的招商推介会上，双方签约五个项目。", "浙江"),
    # NEGATIVE: not a place, or a body holding it
    ("5月10日，在当地举行的座谈会上，双方交流了经验。", None),
    ("5月10日，在省委召开的座谈会上，双方交流了经验。", None),
    ("5月10日，在中国科协举办的论坛上，双方交流了经验。", None),
]


@pytest.mark.parametrize(("body", "location"), VENUE)
def test_bare_provincial_place_in_attribute_is_the_venue(extract, body, location):
    meetings = extract(page(body))["meetings"]
    assert len(meetings) == 1
    assert meetings[0]["location"] == location


ORGANIZED = [
    ("区委宣传部组织专题备课会，邀请基层党组织书记对宣讲稿逐一点评。", ("专题备课会", "区委宣传部")),
    ("5月6日，县教育局组织了一次教学研讨会，各校校长参加。", ("教学研讨会", "县教育局")),
    ("区委组织专题备课会和“十组百点”调研。", ("专题备课会", "区委")),
    ("区委召开专题备课会和专题调研。", ("专题备课会", "区委")),
    # NEGATIVE: two meetings joined by 和 stay one name as before
    ("区委召开座谈会和交流会。", ("座谈会和交流会", "区委")),
]


@pytest.mark.parametrize(("body", "expected"), ORGANIZED)
def test_meeting_noun_organized_is_held(extract, body, expected):
    meetings = extract(page(body))["meetings"]
    assert [(m["name"], m["organizer"]) for m in meetings] == [expected]


NOT_ORGANIZED = [
    # NEGATIVE: the people gathered, another verb, the party branch's 组织生活会
    "县委组织全体党员收看表彰大会。",
    "党支部组织生活会。",
    "学校组织学生到博物馆参观。",
    "为了安排下岗职工再就业，政府专门组织用人单位进厂开招聘洽谈会。",
    "组委会还将组织产销对接会，邀请采购商到会。",
    "下一步，县商务局计划组织招商推介会。",
    # NEGATIVE: a tally of events joined by 和 holds no one meeting
    "专家们深入基层开展科技咨询和培训，仅集中举办专题讲座和技术服务就达117次。",
]


@pytest.mark.parametrize("body", NOT_ORGANIZED)
def test_organizing_people_holds_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []


TITLES = [
    ("中共某省委宣传部分管日常工作的副部长李某出席会议并讲话。", "李某", "中共某省委宣传部分管日常工作的副部长"),
    ("市委宣传部负责日常工作的副部长张某在会上讲话。", "张某", "市委宣传部负责日常工作的副部长"),
    ("会议由学院主持工作的副院长王某主持。", "王某", "学院主持工作的副院长"),
    # NEGATIVE: concern or love of work is no remit; a plain chain as before
    ("关心教育工作的县长李某在会上讲话。", "李某", "县长"),
    ("热爱本职工作的老教师李某在会上发言。", "李某", "老教师"),
    ("市委宣传部副部长王某在会上讲话。", "王某", "市委宣传部副部长"),
]


@pytest.mark.parametrize(("body", "name", "title"), TITLES)
def test_remit_before_deputy_post_is_in_the_title(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


OTHER_SUBJECT = [
    # the other party or the state acts in the clause after the name
    ("县长李强会见了客商，对方表示愿意投资。", "李强"),
    ("县长李强走访了两家企业，对方表示将扩大生产。", "李强"),
    ("快递员汪勇连升3级，国家授予特别奖。", "汪勇"),
    ("快递员汪勇连升3级，国家授予他特别奖。", "汪勇"),
]


@pytest.mark.parametrize(("body", "name"), OTHER_SUBJECT)
def test_other_subject_clause_is_not_the_named_ones(extract_with_model, body, name):
    assert name not in speakers(extract_with_model(page(body)))


def test_own_speech_before_other_party_kept(extract):
    # NEGATIVE: the named one's own speech before the other party's reply keeps its role
    assert speakers(extract(page("县长李强在会上讲话，对方表示赞同。")))["李强"] == ("县长", ("讲话",))


CEREMONY = "市政府5日举行表彰大会，市长陈某为获奖者颁奖。\n"
LISTED = "有10人获得劳动模范称号，包括纺织厂工人王秀兰、中学教师李建国等。\n"

LISTED_WINNER = [
    (CEREMONY + LISTED + "李建国表示，能够成为其中一员，他感到十分荣幸。", "李建国", False),
    (CEREMONY + "李建国等10人获得劳动模范称号。\n李建国表示，这份荣誉属于大家，他感到十分荣幸。", "李建国", False),
    ("特区政府31日举行授勋典礼。\n有14人获得金紫荆星章，包括商会主席周某、警务处前处长曾伟雄等。\n"
     "曾伟雄表示，特区政府表扬对社会有贡献的人士，他能作为一分子当然是非常荣幸。", "曾伟雄", False),
    # NEGATIVE: words said at the meeting, a representative's, or words that direct keep 讲话
    (CEREMONY + LISTED + "李建国在会上表示，要继续努力工作。", "李建国", True),
    (CEREMONY + LISTED + "获奖代表李建国表示，感谢党和政府的关怀。", "李建国", True),
    (CEREMONY + LISTED + "李建国表示，各单位要加强安全生产。", "李建国", True),
]


@pytest.mark.parametrize(("body", "name", "speaks"), LISTED_WINNER)
def test_listed_winner_quoted_reacts(extract_with_model, body, name, speaks):
    found = speakers(extract_with_model(page(body)))
    assert ("讲话" in found.get(name, (None, ()))[1]) is speaks
    assert name == "曾伟雄" or found["陈某"][1] == ("颁奖",)
