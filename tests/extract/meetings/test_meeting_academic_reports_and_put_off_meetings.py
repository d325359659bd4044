"""Meeting shapes of academic reports planned or habitual, talks before a signing, college ceremonies and meetings put off: an academic report invited for a later day or told
as a habit is no lecture held on the clause's day; talks told before a signing with a time of their own keep no day
of the signing; a college unveiled or set up stays in its ceremony's name (no organizer of its own ceremony); only a
lecture's noun in the headline, the report's own sentence or a sentence opening soon after it refers to the report
(not another event's 讲座 or a column's 讲坛 elsewhere).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §3 (planned meetings are no records; a lecture held on a stated day, seventh review round).

Fixer fxd, second round (GUIDELINES §3/§4 eighth review round): a meeting once planned or put off and then held is
held, the attributive of the plan no part of its name (原定于3月15日召开的…会议如期举行, 推迟举行的…大会今天召开), while one
still put off or called off is none; a planned meeting in the headline that the body only refers to (论坛由市政府主办，
将邀请…) is planned; a drill or exercise is no meeting and remarks at it give no role, unless a ceremony or meeting held
with it is named (启动仪式, 点评会); a body's numbered session (十七届县政府第28次常务会议) keeps the body in its name and has
it as its organizer."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr7 m6[0], m6[2]): invited for a day still to come; a habit
        ("5月8日，江城大学邀请北京大学王教授5月20日来校作学术报告。", []),
        ("5月8日，王教授曾多次来我校作学术报告。", []),
        ("5月8日，学院邀请清华大学李教授于6月3日到院作学术讲座。", []),
        ("5月8日，李研究员经常应邀到各地高校作学术讲座。", []),
        ("5月8日，张教授每年都来学院作学术报告。", []),
        # invited with no day of its own, or for the day told; 曾 as a surname; several speakers in turn
        ("5月8日，学院邀请清华大学李教授来院作学术报告。", [("学术报告", "2024-05-08", None)]),
        # (re-pinned, GUIDELINES §3 fourteenth review round: "The lecturer is never a lecture's organizer: the body that
        # invites the lecturer (`江城大学邀请…教授作专题讲座`, `学院特邀…`) is")
        ("5月8日，物理学院邀请中科院院士张华5月8日下午来校作学术报告。", [("学术报告", "2024-05-08", "物理学院")]),
        ("5月8日下午，曾教授在图书馆报告厅作学术报告。", [("学术报告", "2024-05-08", None)]),
        ("5月8日下午，张教授、李教授先后作学术报告。", [("学术报告", "2024-05-08", None)]),
        # cr7 m6[1]: the audience organized to hear it, a lecture held
        ("5月8日，学院组织师生听取了王教授作学术报告。", [("学术报告", "2024-05-08", None)]),
    ],
)
def test_academic_report_planned_or_habitual(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 m6[8]: talks told with a time of their own take no day of the signing
        ("5月8日，市政府与江城大学举行战略合作签约仪式。在签约前，双方于去年举行了三轮会谈。",
         # (the talks named without their count of rounds, GUIDELINES §3 thirty-second review round)
         [("战略合作签约仪式", "2024-05-08", "市政府与江城大学"), ("会谈", None, None)]),
        ("5月8日，县政府与江城集团举行项目签约仪式。在签约前，双方2023年进行了会谈。",
         [("项目签约仪式", "2024-05-08", "县政府与江城集团"), ("会谈", None, None)]),
        # the talks just before it, told with no time: the signing's day (test_meeting_lecture_hosts_and_counted_parties)
        ("5月8日，县政府与江城集团举行项目签约仪式。在签约前，双方进行了会谈。",
         [("项目签约仪式", "2024-05-08", "县政府与江城集团"), ("会谈", "2024-05-08", None)]),
    ],
)
def test_talks_before_a_signing_with_their_own_time(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 m7[3]: the college unveiled is no organizer of its own unveiling
        ("5月8日，新时代文明实践学院揭牌仪式举行，全县教职工代表参加。",
         [("新时代文明实践学院揭牌仪式", "2024-05-08", None)]),
        ("5月8日，人工智能学院成立大会举行，全校师生代表参加。", [("人工智能学院成立大会", "2024-05-08", None)]),
        ("5月8日，乡村振兴学院挂牌仪式在县委党校举行，全体教职工参加。", [("乡村振兴学院挂牌仪式", "2024-05-08", None)]),
        # a college's own meetings keep it as organizer (cr7 m7[2]; test_meeting_lecture_hosts_and_counted_parties)
        ("5月8日，县老年学院春季开学典礼举行，师生200余人参加。", [("春季开学典礼", "2024-05-08", "县老年学院")]),
        ("5月8日，外国语学院建院60周年庆祝大会举行，全院师生参加。",
         [("建院60周年庆祝大会", "2024-05-08", "外国语学院")]),
    ],
)
def test_college_of_its_own_ceremony(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr7 m9[0], m9[1]: another event's 讲座, a column's 讲坛 elsewhere
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。5月10日，学院还将举办就业指导讲座。",
         [("学术报告", "2024-05-08", None)]),
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。据悉，该院“百家讲坛”系列活动已举办20期。",
         [("学术报告", "2024-05-08", None)]),
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。学院近年来已举办各类讲座100余场。",
         [("学术报告", "2024-05-08", None)]),
        # the sentence after referring to the report by its noun: read from there
        ("5月8日下午，研究员陈刚在物理楼报告厅作学术报告。报告会由物理学院院长李明主持。",
         [("报告会", "2024-05-08", None)]),
        ("5月8日下午，研究员陈刚在物理楼报告厅作了题为《超导新进展》的学术讲座。讲座由院长李明主持。",
         [("讲座", "2024-05-08", None)]),
    ],
)
def test_lecture_noun_referring_to_the_report(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("原定于3月15日召开的全县经济工作会议如期举行。", "2025-03-16", [("全县经济工作会议", "2025-03-15", None)]),
        ("原定于3月15日举行的滨江区人才工作座谈会于3月15日上午在区行政中心如期召开。", "2025-03-16",
         [("人才工作座谈会", "2025-03-15", "滨江区")]),  # (the district holds it, GUIDELINES §3 eighth round; fxaa)
        ("原计划上月举办的滨江发展论坛于5月8日在滨江宾馆顺利举行。", "2025-05-09", [("滨江发展论坛", "2025-05-08", None)]),
        ("推迟举行的全市科技创新大会今天在市会议中心召开。", "2025-05-09", [("全市科技创新大会", "2025-05-09", None)]),
        ("因疫情推迟的第三届江城文化论坛5月8日在江城大学开幕。", "2025-05-09", [("第三届江城文化论坛", "2025-05-08", None)]),
        # (held on another day than the one once planned: the day it was held)
        ("原定于3月15日召开的全县经济工作会议于3月20日召开。", "2025-03-21", [("全县经济工作会议", "2025-03-20", None)]),
        ("3月15日，原定于上月举行的第二届江城读书节开幕式在市图书馆举行。", "2025-03-16",
         [("第二届江城读书节开幕式", "2025-03-15", None)]),
        ("江城论坛计划于3月15日举行。3月15日上午，论坛在滨江如期举行，300余人参加。", "2025-03-16",
         [("江城论坛", "2025-03-15", None)]),
        # NEGATIVE: still put off, called off, or put off to a later day
        ("原定于3月15日召开的全县经济工作会议推迟举行。", "2025-03-10", []),
        ("原定于3月15日召开的全县经济工作会议延期。", "2025-03-10", []),
        ("原定于3月15日召开的全县经济工作会议取消。", "2025-03-10", []),
        ("原定于3月15日召开的全县经济工作会议将推迟至4月举行。", "2025-03-10", []),
        ("全县经济工作会议定于3月15日召开。", "2025-03-10", []),
    ],
)
def test_put_off_then_held_is_held(extract, body: str, published: str, expected: list) -> None:
    assert held(extract(page(body, published))) == expected


def _headlined(headline: str, body: str, published: str | None) -> str:
    return f"{headline}\n发布时间：{published}\n{body}\n" if published else f"{headline}\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "body", "published", "expected"),
    [
        ("第五届数字经济论坛计划于3月15日在滨江举行", "论坛由市政府主办，将邀请专家作报告。", "2025-03-01", []),
        ("第五届数字经济论坛定于3月15日在滨江举行", "论坛由市政府主办，将邀请专家作报告。", "2025-03-01", []),
        ("第五届数字经济论坛将于3月15日在滨江举行", "论坛由市政府主办，将邀请专家作报告。", None, []),
        ("2025滨江人才大会定于5月20日举办", "据悉，大会由市委组织部主办，届时将发布人才政策。", "2025-05-10", []),
        # NEGATIVE: the body tells it held
        ("第五届数字经济论坛计划于3月15日在滨江举行", "3月15日，论坛开幕，市长王强致辞。", "2025-03-16",
         [("第五届数字经济论坛", "2025-03-15", None)]),
    ],
)
def test_planned_headline_referred_to_is_planned(extract, headline: str, body: str, published: str | None,
                                                 expected: list) -> None:
    assert held(extract(_headlined(headline, body, published))) == expected


@pytest.mark.parametrize(
    ("body", "names", "people"),
    [
        ("6月5日，市防汛应急综合演练在江滨举行。副市长王强宣布演练开始，并对演练进行点评，他指出，要提高应急能力。", [], {}),
        ("6月5日上午，县消防救援大队组织开展高层建筑灭火救援实战演习。演习结束后，县委常委、副县长刘洋作了讲评，要求各部门加强协同。",
         [], {}),
        ("6月5日，我市举行地震应急疏散演练。市应急管理局局长赵刚在演练现场点评时指出，演练达到了预期效果。", [], {}),
        # NEGATIVE: a ceremony or a meeting held with the drill is named; a drill only asked for at a meeting
        ("6月5日，市防汛应急综合演练启动仪式在江滨举行，副市长王强致辞。", ["市防汛应急综合演练启动仪式"],
         {"王强": ("副市长", ("致辞",))}),
        ("6月5日，市防汛应急综合演练在江滨举行。演练结束后召开点评会，副市长王强讲话。", ["点评会"],
         {"王强": ("副市长", ("讲话",))}),
        ("6月5日，县政府召开安全生产工作会议，副县长刘洋主持会议并讲话，要求各乡镇开展应急演练。", ["安全生产工作会议"],
         {"刘洋": ("副县长", ("主持", "讲话"))}),
    ],
)
def test_drill_is_no_meeting(extract, body: str, names: list[str], people: dict) -> None:
    record = extract(page(body, "2025-06-06"))
    assert [m["name"] for m in record["meetings"]] == names
    assert speakers(record) == people


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月5日，县长李明主持召开十七届县政府第28次常务会议。", [("十七届县政府第28次常务会议", "2025-06-05", "县政府")]),
        ("6月5日，市政协十四届常委会第十二次会议召开。", [("市政协十四届常委会第十二次会议", "2025-06-05", "市政协")]),
        ("6月5日，区委书记张伟主持召开区委2025年第一次全会。", [("区委2025年第一次全会", "2025-06-05", "区委")]),
        # NEGATIVE: a numbered meeting of no body (全县: a scope)
        ("6月5日，全县第三次农业普查工作会议召开。", [("全县第三次农业普查工作会议", "2025-06-05", None)]),
    ],
)
def test_body_session_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2025-06-06"))) == expected
