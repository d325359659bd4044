"""Award, speaker and meeting shapes of contest grades told aside, 将 as object marker, kin words and officiating; invented sentences only.

- A medal's recipient with a representative label and a 、 chain before the name (`老党员代表、退休职工X接过纪念章后
  激动地说`) was kept as a speaker: the representative exemption of the tenth round was read before the receipt. A medal
  or badge received right after the name is each holder's own, the words a reaction (GUIDELINES §4 thirteenth round);
  a trophy or certificate held by the honourees' representative keeps the tenth round's reading.
- Contest grades in a sentence opened by 此外/另外 with the contest after the count (`此外，另有5名学生在大赛中获得一等奖`)
  were kept as awards: §5 sixteenth round (an aside after a ceremony: a competition result), either word order.
- `会议将“X”称号授予十个单位`: 将 marking the quoted title as the object (like 把) was read as a plan; §5, a conferral.
- `指导员甲、战友乙先后作了报告`: a kinship word with no 的 after a list's 、 labels a speaker, title null (§4 eighteenth
  round).
- `主持頒獎儀式` on a Hong Kong or Macau page is 颁奖, not 主持, and no host (§4 nineteenth round); on a mainland page it
  stays 主持.
- On a page with no publication date, years a year-end meeting sets targets or work for (`要求2025年GDP增长5%`) no longer
  outvote another year of the page (§3: a plan's year is no evidence of the meeting's year); where they are the only years,
  the date stays null (§3, as corrected by cfi).
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, honours, page, speakers

# --- awards: contest grades in an aside (§5 sixteenth round) ---

_CEREMONY = "学校召开表彰大会，共有20名教师被评为“优秀教师”。"


@pytest.mark.parametrize("aside", [
    "此外，另有5名学生在大赛中获得一等奖。",
    "另外，还有3名同学在全省数学竞赛中荣获二等奖。",
    "此外，另有12名选手在技能比赛中获得三等奖。",
    "另悉，另有4名学生在作文大赛中获得一等奖。",
])
def test_aside_contest_grade_after_count_is_no_award(extract, aside):
    assert honours(extract(page(_CEREMONY + aside))) == [("优秀教师", 20, "名", "person")]


@pytest.mark.parametrize("body, expected", [
    # the aside itself confers: an award (§5 sixteenth round)
    (_CEREMONY + "此外，大会为在大赛中获得一等奖的5名学生颁奖。",
     [("优秀教师", 20, "名", "person"), ("一等奖", 5, "名", "person")]),
    # no aside word: a grade told at the commendation meeting stays an award (§5)
    (_CEREMONY + "5名学生在大赛中获得一等奖。", [("优秀教师", 20, "名", "person"), ("一等奖", 5, "名", "person")]),
    # an aside that names a title, no contest grade
    (_CEREMONY + "此外，另有5名学生被评为“三好学生”。",
     [("优秀教师", 20, "名", "person"), ("三好学生", 5, "名", "person")]),
])
def test_aside_near_misses_keep_reading(extract, body, expected):
    assert honours(extract(page(body))) == expected


# --- awards: 将 as the object marker (§5) ---

@pytest.mark.parametrize("body, expected", [
    ("会议将“先进集体”称号授予十个单位。", [("先进集体", 10, "个", "organization")]),
    ("大会将“文明单位”荣誉称号授予12个单位。", [("文明单位", 12, "个", "organization")]),
    ("会议决定将“优秀党支部”称号授予15个党支部。", [("优秀党支部", 15, "个", "organization")]),
    ("会议将“先进集体”称号授予十个单位，将“先进个人”称号授予30名同志。",
     [("先进集体", 10, "个", "organization"), ("先进个人", 30, "名", "person")]),
])
def test_jiang_object_marker_confers(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    "会议将于下月将“先进集体”称号授予十个单位。",  # 将于: a date ahead
    "市委将授予十个单位“先进集体”称号。",  # 将 before the verb: a plan
    "会议将把“先进集体”称号授予十个单位。",  # 将把: a plan
])
def test_jiang_plan_stays_no_award(extract, body):
    assert honours(extract(page(body))) == []


# --- speakers: a kinship word with no 的 in a list of speakers (§4 eighteenth round) ---

@pytest.mark.parametrize("body, name, roles", [
    ("座谈会上，指导员张明、战友李强先后作了报告。", "李强", ("作报告",)),
    ("报告会上，连长王刚、战友刘伟先后作了报告。", "刘伟", ("作报告",)),
    ("报告会上，指导员王刚、母亲刘秀兰先后发言。", "刘秀兰", ("发言",)),
    ("报告会上，指导员王刚、父亲陈建国先后作了报告。", "陈建国", ("作报告",)),
])
def test_kin_word_in_speaker_list(extract, body, name, roles):
    assert speakers(extract(page(body)))[name] == (None, roles)


@pytest.mark.parametrize("body, absent", [
    ("报告会上，连长王刚、战友刘伟出席了会议。", "刘伟"),  # no act: attending
    ("报告会上，连长王刚作了报告，战友刘伟参加。", "刘伟"),  # no 、 list
])
def test_kin_word_near_misses(extract, body, absent):
    assert absent not in speakers(extract(page(body)))


# --- speakers: 主持頒獎儀式 on Hong Kong and Macau pages (§4 nineteenth round) ---

@pytest.mark.parametrize("body, name", [
    ("香港特區政府政務司司長陳大文主持頒獎儀式並致辭。", "陈大文"),
    ("澳門特區行政長官李小明主持頒獎儀式。", "李小明"),
    ("本澳社會文化司司長王大衛主持了頒獎儀式。", "王大卫"),
])
def test_sar_officiating_rite_is_conferral(extract, body, name):
    record = extract(page(body))
    title, roles = speakers(record)[name]
    assert "颁奖" in roles and "主持" not in roles
    assert all(m["host"] is None or m["host"]["name"] != name for m in record["meetings"])


@pytest.mark.parametrize("body, name", [
    ("市委书记王刚主持颁奖仪式。", "王刚"),  # a mainland page: the ceremony chaired
    ("香港特區政府政務司司長陳大文主持頒獎典禮。", "陈大文"),  # 典禮 chaired: not the ruling's 儀式
])
def test_chaired_rite_stays_host(extract, body, name):
    assert "主持" in speakers(extract(page(body)))[name][1]


# --- speakers: a medal's recipient with a representative label (§4 thirteenth round) ---

@pytest.mark.parametrize("body", [
    "会上，为10名老党员颁发纪念章。老党员代表、退休职工刘福全接过纪念章后激动地说：“我会永远听党话。”",
    "会上，为老党员颁发纪念章。老党员代表、退休教师刘福全从书记手中接过奖章后感慨地说：“很光荣。”",
    "会上，为老兵颁发纪念章。老兵代表、退伍军人刘福全在接过纪念章后激动地表示：“感谢党。”",
])
def test_medal_recipient_with_label_reacts(extract_with_model, body):
    assert "刘福全" not in speakers(extract_with_model(page(body)))


@pytest.mark.parametrize("body, roles", [
    ("会上，为老党员颁发纪念章。老党员代表、退休职工刘福全接过纪念章后发言。", ("发言",)),  # an address, not a reaction
    ("会上，为老党员颁发纪念章。老党员代表、退休职工刘福全发言。", ("发言",)),
])
def test_medal_representative_who_addresses_keeps_role(extract_with_model, body, roles):
    assert speakers(extract_with_model(page(body)))["刘福全"][1] == roles


# --- meetings: a year-end meeting's plan years on a page with no publication date (§3) ---

def _undated(body: str) -> str:
    return f"标题\n{body}\n"


@pytest.mark.parametrize("body", [
    "12月20日，县委经济工作会议召开。2024年全县GDP增长5.2%。会议要求2025年GDP增长5%，2025年财政收入增长6%。",
    "12月20日，县委经济工作会议召开。今年以来，全县经济稳中向好，2024年前三季度GDP增长5.2%。"
    "会议要求2025年GDP增长5%，2025年财政收入增长6%。",
    "12月20日，县委经济工作会议召开。会议传达学习了2024年12月11日至12日中央经济工作会议精神，"
    "提出2025年GDP增长5%的目标，确定2025年重点工作。",
])
def test_plan_years_give_way_to_held_year(extract, body):
    assert [d for _, d in dated(extract(_undated(body)))] == ["2024-12-20"]


@pytest.mark.parametrize("body, expected", [
    # the plan's year is the only year: no evidence of the meeting's year, the date stays null (§3; changed by cfi,
    # see tests/extract/meetings/test_meeting_plan_years_undated_page.py)
    ("12月20日，县委经济工作会议召开。会议要求2025年GDP增长5%，2025年财政收入增长6%。", None),
    # early in the year the plan's year is the year the meeting is in
    ("1月10日，县委经济工作会议召开。会议要求2025年GDP增长5%，2025年财政收入增长6%。2024年全县GDP增长5.2%。",
     "2025-01-10"),
    # a year stated for the meeting's own date
    ("2024年12月20日，县委经济工作会议召开。会议要求2025年GDP增长5%。", "2024-12-20"),
])
def test_plan_year_near_misses(extract, body, expected):
    assert [d for _, d in dated(extract(_undated(body)))] == [expected]
