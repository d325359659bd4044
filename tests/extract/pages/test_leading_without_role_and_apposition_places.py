"""Party building pages (主题党日, 专题党课, 述职评议会, 民主生活会, 七一 commendations).

Found: a chair's later address told with 带头/率先 after a clause on behalf of the body (主持会议，代表局党组作对照
检查，并带头作个人发言) was lost: 代表 opening a clause was read as a new subject, and 带头 stopped the 并 clause
(GUIDELINES §4: 发言); a venue told as a description then its name after a dash (来到其党建联系点——东关社区) kept the
description (§3 location: the venue or place); a lecture told right after a ceremony written with its full name
(开班仪式后，…) and a lecture called 专题辅导报告 were no records (§3 thirteenth review round: a lecture told right after
a ceremony is its own record on the ceremony's day; §4 作辅导讲座 -> 作报告); 作家 before a name was read as the verb 作.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize("body, name", [
    # 带头 before an act that is no role gives none
    ("5月7日，县委常委班子召开民主生活会。县委书记王海带头开展批评与自我批评。", "王海"),
    ("5月7日，县委召开座谈会。县委书记王海带头查摆问题。", "王海"),
])
def test_leading_without_a_role_gives_none(extract, body, name):
    assert name not in speakers(extract(page(body)))


@pytest.mark.parametrize("body, location", [
    ("7月1日上午，县委书记张海峰来到其党建联系点——城关镇东关社区，以“传承红色基因”为题，为社区党员一百二十余人讲授专题党课。",
     "城关镇东关社区"),
    ("5月6日，县委书记张海峰在他的家乡———湖南省湘乡市主持召开座谈会。", "湖南省湘乡市"),
    ("5月6日，县科协在其科普基地——江城科技馆召开座谈会。", "江城科技馆"),
])
def test_place_after_an_apposition_dash(extract, body, location):
    assert [m["location"] for m in extract(page(body))["meetings"]][:1] == [location]


@pytest.mark.parametrize("body, location", [
    # a single dash is part of a room's name, no apposition
    ("5月6日，县委在行政中心A-3会议室召开座谈会。", "行政中心A-3会议室"),
    ("5月6日，县委在县委党校召开座谈会。", "县委党校"),
])
def test_no_apposition_keeps_the_place(extract, body, location):
    assert [m["location"] for m in extract(page(body))["meetings"]][:1] == [location]


@pytest.mark.parametrize("body, lecture", [
    ("4月18日，市委党校干部培训班开班仪式在党校礼堂举行。开班仪式后，教授宋明哲作了题为“中国式现代化”的专题辅导报告。",
     "专题辅导报告"),
    ("4月18日，县妇联举行表彰大会。颁奖典礼结束后，教授宋明哲作了专题讲座。", "专题讲座"),
    ("4月18日，县总工会举行职工书屋揭牌仪式。揭牌仪式后，作家李明远作了专题讲座。", "专题讲座"),
    ("4月18日，江城中学举行开学典礼。开学典礼后，校长王强作了专题辅导报告。", "专题辅导报告"),
])
def test_lecture_after_a_named_ceremony(extract, body, lecture):
    meetings = extract(page(body))["meetings"]
    assert [(m["name"], m["date"]) for m in meetings[1:]] == [(lecture, "2024-04-18")]


@pytest.mark.parametrize("body", [
    # a 辅导报告 given inside a study meeting is its programme, no record of its own
    "4月18日，县委理论学习中心组举行集体学习，邀请教授宋明哲作专题辅导报告。",
    "4月18日，县委召开常委会会议。会上，教授宋明哲作了专题辅导报告。",
    # heard, not given; and a report only planned
    "4月18日，县妇联举行表彰大会。仪式结束后，与会人员听取了专题辅导报告。",
    "4月18日，县妇联举行表彰大会。会议要求，下一步要邀请专家作专题辅导报告。",
])
def test_no_lecture_of_its_own(extract, body):
    assert len(extract(page(body))["meetings"]) == 1


@pytest.mark.parametrize("body, name, roles", [
    # a chair who speaks on behalf of the body (代表…作对照检查), then goes first with an address (GUIDELINES §4: 发言)
    ("5月7日，市交通运输局党组召开民主生活会。局长马永强主持会议，代表局党组作对照检查，并带头作个人发言。", "马永强", ("主持", "发言")),
    ("5月7日，县委召开民主生活会。县委书记王海主持会议，通报了整改情况，并率先作个人发言。", "王海", ("主持", "发言")),
    ("5月7日，县委召开民主生活会。县委书记王海主持会议，代表县委常委班子作检视剖析，并作总结讲话。", "王海", ("主持", "讲话")),
])
def test_chair_goes_on_past_a_clause_on_behalf(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize("body, name", [
    # another subject speaks between: the later address is not the chair's
    ("5月7日，县委召开民主生活会。县委书记王海主持会议，通报了整改情况，职工代表逐一发言，并作总结讲话。", "王海"),
    ("5月7日，县委召开民主生活会。县委书记王海主持会议，代表们踊跃发言，并提出建议。", "王海"),
    ("5月7日，县委召开民主生活会。县委书记王海主持会议，代表县委常委班子作对照检查，并带头开展批评。", "王海"),
])
def test_chair_keeps_only_the_chair(extract, body, name):
    assert speakers(extract(page(body)))[name][1] == ("主持",)
