"""Meeting shapes: a lecture given as 作(了)…学术讲座 is read again (the academic pass's
gate is its own name alternation); a meeting of people from past editions (历届校友代表座谈会, 历届政协委员茶话会,
前两届获奖者座谈会) is one meeting, not past editions of a series, and 各届 (a slip for 各界) is never past editions; on a
page with no publication date a year's tally looks back only when the year is followed at once by a comma, 全年 or the
tally (not 2024年1月，…, 2024年春节期间，…, 全县2024年打击整治行动中，…, 2024年截至目前，…: a part of the current year);
按计划于/按照…计划于 is the plan followed, and a plan told held in the next two sentences (顺利/按期/如期在…举行) is held.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3 (planned meetings are no records; a lecture
held on a stated day, seventh review round; a meeting put off or planned and then held is held, eighth round).

Second round (fxf, notes49): Meeting venues, organizers and names from self-references, contest holders and council openings (helper fxf).

Found on invented review pages (GUIDELINES §3):
- ``本院第三会议室`` with no holder read stayed as written; a self-reference to a court or hospital before a room is a
  room of the one such body the page is about (thirteenth and sixteenth review rounds). (``该院门诊楼前广场`` is left as
  test_meeting_venues_in_headline_and_reporting_hosts pins it: the guidelines give the body's name to self-references only, fourteenth round.)
- A place before a passive contest ceremony (``云川市第十五届运动会开幕式在…举行``) was kept as organizer although the
  page says who holds the contest (``本届市运会由云川市人民政府主办``): eleventh and fifteenth rounds.
- A Taiwan council session told by its opening (``…定期会今日…举行开幕典礼``) was named ``开幕典礼``; a session told by
  its opening is one record named after the session, organized by the council (seventeenth, eighteenth, ninth rounds).
- An earlier session narrated by its month (``今年3月，市政府常务会议审议通过了…``) was missed beside the main meeting;
  an earlier meeting the article narrates is recorded, date null with the month as date_text (sixteenth round).
- ``约3万名观众现场观看`` gave no count; those told as present at the event in a count are its attendees (twelfth
  round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held, page


def undated(body: str) -> str:
    """An invented page with no publication date: a headline, the body."""
    return f"标题\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr8 m6[0], m6[1], m9[1], m9[2]: 学术讲座 with no 的讲座 nor 学术报告 on the page
        ("5月8日下午，北京大学王教授在学校报告厅作学术讲座，全院师生100余人聆听。", [("学术讲座", "2024-05-08", None)]),
        ("5月8日，北京大学王教授应邀来我院作学术讲座。", [("学术讲座", "2024-05-08", None)]),
        ("5月8日上午，北京大学王教授在学院作了题为《城市更新》的学术讲座。", [("学术讲座", "2024-05-08", None)]),
        ("5月8日，北京大学王教授为学院师生作了一场精彩的学术讲座。", [("学术讲座", "2024-05-08", None)]),
        ("5月6日，江城大学李教授为研究生作学术讲座。", [("学术讲座", "2024-05-06", None)]),
        # NEGATIVE: the audience's, not the speaker's
        ("5月8日，学院师生聆听了学术讲座。", []),
        ("5月8日，学院组织党员观看学术讲座录像。", []),
    ],
)
def test_academic_lecture_gate(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


def test_academic_lecture_keeps_its_attendees(extract) -> None:
    record = extract(page("5月8日下午，北京大学王教授在学校报告厅作学术讲座，全院师生100余人聆听。", published="2024-05-10"))
    assert [(m["name"], m["location"], m["attendee_count"]) for m in record["meetings"]] == [("学术讲座", "学校报告厅", 100)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr8 m7[0], m7[2]–m7[5]: people from past editions meet
        ("5月8日，学校召开历届校友代表座谈会，100余名校友参加。", [("历届校友代表座谈会", "2024-05-08")]),
        ("5月8日，组委会召开前两届获奖者座谈会。", [("前两届获奖者座谈会", "2024-05-08")]),
        ("5月8日，县政协召开历届政协委员迎新春茶话会。", [("历届政协委员迎新春茶话会", "2024-05-08")]),
        ("5月8日，历届校友代表座谈会在学校召开。", [("历届校友代表座谈会", "2024-05-08")]),
        ("5月8日，县总工会召开历次劳模代表座谈会。", [("历次劳模代表座谈会", "2024-05-08")]),
        ("5月6日，市体育局举办历届奥运冠军联谊会。", [("历届奥运冠军联谊会", "2024-05-06")]),
        # cr8 m6[9]: 各届 for 各界
        ("5月8日，县委召开各届人士迎新春座谈会。", [("各届人士迎新春座谈会", "2024-05-08")]),
        # m7[1]: unchanged (a job fair, no meeting)
        ("5月8日，县人社局举办往届高校毕业生专场招聘会。", []),
        # NEGATIVE (the ruled series, m6[8]): past editions of the event itself
        ("5月8日，第五届江城论坛开幕。前四届论坛分别于2020年至2023年举办。", [("第五届江城论坛", "2024-05-08")]),
        ("5月8日，第五届江城论坛开幕。历届论坛共吸引嘉宾3000人次。", [("第五届江城论坛", "2024-05-08")]),
    ],
)
def test_past_editions_of_people(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # cr8 m1[11]–m1[16], m1[19]: a part of the current year, the meeting stays in it
        ("3月8日，县法院召开审判执行工作推进会。\n2024年2月，全院共受理各类案件500件。", "2024-03-08"),
        ("2月20日，县文旅局召开假日旅游工作总结会。\n2024年春节期间，全县共接待游客50万人次。", "2024-02-20"),
        ("3月8日，县法院召开审判执行工作推进会。\n2024年截至目前，全院共受理各类案件500件。", "2024-03-08"),
        ("4月8日，县公安局召开春季治安整治动员会。\n据悉，全县2024年打击整治行动中，共破获刑事案件126起。", "2024-04-08"),
        ("5月8日，县人社局召开就业工作会议。\n2024年“春风行动”期间，全县共举办招聘会20场。", "2024-05-08"),
        ("3月8日，县法院召开审判执行工作推进会。\n2024年1月，全院共受理案件300件，审结280件。", "2024-03-08"),
        ("3月8日，县法院召开审判执行工作推进会。\n2024年3月1日，全院共受理案件30件。", "2024-03-08"),
        ("3月8日，县法院召开审判执行工作推进会。\n2024年，截至目前全院共受理案件500件。", "2024-03-08"),
        ("3月8日，县法院召开审判执行工作推进会。\n2024年1-2月，全院共受理案件300件。", "2024-03-08"),
        # the whole previous year looked back at (h19's intended case, m1[17]), with a comma, 全年 or the tally at once
        ("3月8日，县法院召开审判执行工作推进会。\n2023年，全院共受理案件3000件。", "2024-03-08"),
        ("3月8日，县法院召开审判执行工作推进会。\n2023年全年共受理案件3000件。", "2024-03-08"),
        ("3月8日，县法院召开审判执行工作推进会。\n据了解，该院2023年共审结案件2800件。", "2024-03-08"),
    ],
)
def test_year_tally_needs_the_whole_year(extract, body: str, day: str) -> None:
    assert [m["date"] for m in extract(undated(body))["meetings"]] == [day]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr8 m1[0], m1[6]: the plan followed
        ("第五届数字经济论坛按计划于3月15日在滨江举行，来自全国的200余名专家学者参加。", [("第五届数字经济论坛", "滨江")]),
        ("县委按照年度计划于3月15日召开全县经济工作会议，县委书记王强出席并讲话。", [("全县经济工作会议", None)]),
        ("学校根据教学计划于4月20日在图书馆举办读书分享会。", [("读书分享会", "图书馆")]),
        # cr8 m1[2], m1[9], m1[10]: planned, then told held in the next sentences
        ("江城论坛计划于3月15日在滨江举行。3月15日上午，论坛在滨江顺利举行，省委书记王强出席并致辞。", [("江城论坛", "滨江")]),
        ("江城论坛计划于3月15日举行。3月15日上午，论坛如期在滨江举行，省委书记王强出席。", [("江城论坛", None)]),
        ("江城论坛计划于3月15日举行。当天上午，论坛按期举行。", [("江城论坛", None)]),
        # NEGATIVE: still a plan; the held account a purpose, or too far after the plan
        ("第五届数字经济论坛计划于3月15日在滨江举行。", []),
        ("江城论坛计划于3月15日举行。各部门要确保论坛顺利举行。", []),
        ("江城论坛计划于3月15日举行。论坛由市政府主办。届时将邀请专家作报告。会议还将发布年度报告。全县运动会如期举行。", []),
    ],
)
def test_plan_followed_or_then_held_on_an_undated_page(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["location"]) for m in extract(undated(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr8 m4[6] (GUIDELINES §3 eighth round): decided with the name before the day, then held as planned
        ("县委决定全县经济工作会议于5月8日召开。5月8日，会议如期召开，县委书记王强出席并讲话。",
         [("全县经济工作会议", "2024-05-08", None)]),
        ("市政府同意全市招商引资大会于5月6日举行。5月6日上午，大会顺利举行。",
         [("全市招商引资大会", "2024-05-06", None)]),
        # NEGATIVE: decided, still ahead (after publication, or no held account)
        ("县委决定全县经济工作会议于5月20日召开。5月20日，会议如期召开。", []),
        ("县委决定全县经济工作会议于5月8日召开。", []),
        # cr8 m4[7]: the next session decided at a meeting held (unchanged)
        ("5月8日，全县经济工作会议召开。会议决定下一次调度会于5月20日召开。", [("全县经济工作会议", "2024-05-08", None)]),
    ],
)
def test_decided_then_held(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one window word list (values.WINDOW_LABEL_WORDS): 评审时间, 评选期间 as 征稿时间 are windows, no meeting's day
        ("学校召开项目评审动员会，评审时间为5月20日至5月30日。", [(None, None)]),
        ("县科协召开评选工作会议，评选期间为5月20日至6月10日。", [(None, None)]),
        ("学校召开征文动员会，征稿时间为5月1日到6月30日。", [(None, None)]),
        # NEGATIVE: the meeting's own day, and a window told after it
        ("5月8日，学校召开项目评审动员会，评审时间为5月20日至5月30日。", [("2024-05-08", "5月8日")]),
        ("会议时间：5月8日下午，县科协召开评选工作会议。", [("2024-05-08", "5月8日")]),
        # bracketed weekdays (the comment of _DAY_BEFORE_BRACKETS): 上周三（…）, 周三（…） take the written date
        ("上周三（5月8日），县委召开全县经济工作会议。", [("2024-05-08", "上周三（5月8日）")]),
    ],
)
def test_window_labels_and_bracketed_weekdays(extract, body: str, expected: list) -> None:
    assert [(m["date"], m["date_text"]) for m in extract(page(body, published="2024-05-10"))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr8 m4[5]: decided, told held in the same sentence; the decision no part of the name
        ("经县委研究决定全县经济工作会议于5月8日召开，县委书记王强出席并讲话。", [("全县经济工作会议", "2024-05-08", None)]),
        ("经市政府研究同意全市安全生产工作会议于5月6日召开，市长李明主持会议。", [("全市安全生产工作会议", "2024-05-06", None)]),
        # NEGATIVE: the account still ahead; a decision inside a title stays in the name
        ("县委决定全县经济工作会议于5月20日召开，县委书记王强将出席并讲话。", []),
        ("经县委研究决定全县经济工作会议于5月20日召开，届时县委书记王强出席并讲话。", []),
        ("5月8日，县委举行学习《关于加强基层治理的决定》座谈会。", [("学习《关于加强基层治理的决定》座谈会", "2024-05-08", "县委")]),
    ],
)
def test_decided_and_held_in_one_sentence(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, published="2024-05-10"))) == expected


def _meetings(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，江城区人民法院邀请人大代表走进法院观摩庭审。庭审结束后，随即在本院第三会议室召开座谈会。",
         [("座谈会", "江城区人民法院第三会议室", None)]),
        ("5月6日，江城县人民医院专家来到社区义诊。随后在本院第二会议室召开座谈会。",
         [("座谈会", "江城县人民医院第二会议室", None)]),
        ("5月6日，江城县人民检察院邀请代表视察。随后，在本院检委会会议室召开座谈会。",
         [("座谈会", "江城县人民检察院检委会会议室", None)]),
        # kept: a court holding it is read already
        ("5月6日，江城县人民法院召开党组会议，会议在本院第一会议室举行。",
         [("党组会议", "江城县人民法院第一会议室", "江城县人民法院")]),
    ],
)
def test_self_reference_room(extract, body, expected):
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a back reference before a room keeps the room alone (test_meeting_venues_in_headline_and_reporting_hosts)
        ("5月6日，江城县中医院召开职工大会。会议在该院三楼会议室举行。", [("职工大会", "三楼会议室", "江城县中医院")]),
        # a court and a hospital named: which one 本院 is, is not said
        ("5月6日，江城区人民法院法官走进江城区人民医院。随后在本院第三会议室召开座谈会。",
         [("座谈会", "本院第三会议室", None)]),
        # a holder read that is no court or hospital: 本院 stays as written
        ("5月6日，市政府召开座谈会，会议在本院第三会议室举行。", [("座谈会", "本院第三会议室", "市政府")]),
        # two courts named: which one 本院 is, is not said
        ("5月6日，江城区人民法院与江北区人民法院法官交流。随后在本院第三会议室召开座谈会。",
         [("座谈会", "本院第三会议室", None)]),
    ],
)
def test_self_reference_room_kept(extract, body, expected):
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("5月6日晚，云川市第十五届运动会开幕式在市奥体中心体育场举行。市长致辞。\n本届市运会由云川市人民政府主办，市体育局承办。",
         "云川市人民政府"),
        ("5月6日上午，江城县第三届农民运动会开幕式在县体育场举行。本届运动会由江城县人民政府主办。", "江城县人民政府"),
        ("5月6日，滨海市首届龙舟赛开赛仪式在江滨公园举行。本届赛事由滨海市体育局、滨海市总工会主办。",
         "滨海市体育局、滨海市总工会"),
        # near misses: no holder stated, another edition's holder, another event's holder
        ("5月6日晚，云川市第十五届运动会开幕式在市奥体中心体育场举行。市长致辞。", "云川市"),
        ("5月6日晚，云川市第十五届运动会开幕式在市奥体中心体育场举行。上届运动会由云川市人民政府主办。", "云川市"),
        ("5月6日，江城县第三届农民运动会开幕式在县体育场举行。本届年会由县科协主办。", "江城县"),
    ],
)
def test_contest_holder_over_place(extract, body, organizer):
    assert extract(page(body))["meetings"][0]["organizer"] == organizer


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("江城市議會第4屆第6次定期會今（6）日上午9時在議事廳舉行開幕典禮，由議長蔡宗翰主持。",
         [("江城市议会第4届第6次定期会", "议事厅", "江城市议会")]),
        ("江城縣議會第20屆第3次定期會今日上午在議事堂舉行開議典禮，議長林明主持。",
         [("江城县议会第20届第3次定期会", "议事堂", "江城县议会")]),
        # near misses: no numbered session the subject of the opening; the session only a time of another's ceremony
        ("江城市議會今日上午在議事廳舉行就職典禮，由議長蔡宗翰主持。", [("就职典礼", "议事厅", "江城市议会")]),
        ("江城市議會第4屆第6次定期會期間，市府今日在議事廳舉行開幕典禮。", [("开幕典礼", "议事厅", "市府")]),
    ],
)
def test_council_session_opening(extract, body, expected):
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全市数字政府建设推进会在市行政中心召开。\n今年3月，市政府常务会议审议通过了《江城市数字政府建设三年行动方案》。",
         [("全市数字政府建设推进会", "2024-05-06", "5月6日"), ("市政府常务会议", None, "今年3月")]),
        ("5月6日，全县乡村振兴工作会议召开。\n去年12月，县委常委会会议研究通过了《江城县乡村振兴实施方案》。",
         [("全县乡村振兴工作会议", "2024-05-06", "5月6日"), ("县委常委会会议", None, "去年12月")]),
        ("5月6日，全县乡村振兴工作会议召开。\n今年2月，县政府第十次常务会议审议通过了实施方案。",
         [("全县乡村振兴工作会议", "2024-05-06", "5月6日"), ("县政府第十次常务会议", None, "今年2月")]),
        # near misses: a document passed by a meeting (no period opening the sentence), an attribute, a document issued,
        # a meeting's spirit relayed, a session ahead
        ("5月6日，全县乡村振兴工作会议召开。会议指出，实施方案经县政府常务会议审议通过。",
         [("全县乡村振兴工作会议", "2024-05-06", "5月6日")]),
        ("5月6日，全县乡村振兴工作会议召开。今年3月，市政府常务会议审议通过的方案明确了目标。",
         [("全县乡村振兴工作会议", "2024-05-06", "5月6日")]),
        ("5月6日，全县乡村振兴工作会议召开。今年3月，市政府印发了《江城市数字政府建设三年行动方案》。",
         [("全县乡村振兴工作会议", "2024-05-06", "5月6日")]),
        ("5月6日，全县乡村振兴工作会议召开。会议传达了今年3月市政府常务会议精神。",
         [("全县乡村振兴工作会议", "2024-05-06", "5月6日")]),
        ("5月6日，全县乡村振兴工作会议召开。今年6月，县政府常务会议将审议实施方案。",
         [("全县乡村振兴工作会议", "2024-05-06", "5月6日")]),
    ],
)
def test_earlier_session_by_month(extract, body, expected):
    assert [(m["name"], m["date"], m["date_text"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("5月6日晚，江城市第十五届运动会开幕式在市体育场举行。开幕式上还进行了精彩的文体表演，约3万名观众现场观看。",
         (30000, True)),
        ("5月6日晚，江城县迎新春文艺晚会在县大剧院举行。1200名群众在现场观看。", (1200, False)),
        # near misses: watched on television, a contest of another edition watched (an object after the verb)
        ("5月6日晚，江城市第十五届运动会开幕式在市体育场举行。开幕式通过电视直播，约50万名观众收看。", (None, False)),
        ("5月6日晚，江城市第十五届运动会开幕式在市体育场举行。上届运动会期间，约3万名观众现场观看了比赛。", (None, False)),
    ],
)
def test_audience_counted_present(extract, body, count):
    m = extract(page(body))["meetings"][0]
    assert (m["attendee_count"], m["attendee_approx"]) == count
