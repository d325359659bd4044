"""A meeting the body tells held by its bare noun only, after an announcement that names it in full (GUIDELINES §3,
a meeting referred to): the record takes the announced name. Invented sentences."""

from __future__ import annotations

import pytest


def names(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the announcement as the first line, then the bare noun told held on its day
        ("第五届数字经济论坛计划于3月15日在滨江举行\n3月15日，论坛开幕，市长王强致辞。\n", "2025-03-16",
         [("第五届数字经济论坛", "2025-03-15")]),
        ("江城青年创新峰会将于5月8日举行\n5月8日上午，峰会开幕，副市长李华致辞。\n", "2025-05-09",
         [("江城青年创新峰会", "2025-05-08")]),
    ],
)
def test_bare_noun_takes_the_announced_name(extract, text: str, published: str, expected: list) -> None:
    assert names(extract(text, published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected_name"),
    [
        # a headline that reports the meeting held, not an announcement: the body's own word stays
        ("学院举办庆祝建党100周年座谈会\n发布时间：2021-06-25 10:20\n6月24日下午，学院离退休党总支在行政楼举办主题活动。"
         "活动邀请了10名老党员参加。在随后举行的座谈会上，老党员代表张建国讲述了入党经历。\n", None, "座谈会"),
        # a body name that is more than the noun keeps its own wording
        ("第五届数字经济论坛计划于3月15日在滨江举行\n3月15日，滨江数字论坛开幕，市长王强致辞。\n", "2025-03-16", "滨江数字论坛"),
    ],
)
def test_name_kept_when_no_announcement_or_more_than_a_noun(extract, text: str, published: str | None,
                                                            expected_name: str) -> None:
    assert expected_name in [m["name"] for m in extract(text, published)["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3月8日，由市总工会主办的全市职工技能大赛决赛在市职教中心举行，共评出一等奖3名、二等奖6名。副市长王强为获奖选手颁奖。",
         ("全市职工技能大赛", "市总工会")),
        ("3月8日，由县教育局主办、县实验小学承办的第五届青年教师演讲比赛在县实验小学举行。比赛评出一等奖2名。",
         ("第五届青年教师演讲比赛", "县教育局")),
        # a helper alone is no organizer; the name loses the clause all the same
        ("3月8日，由县实验小学承办的第五届青年教师演讲比赛在县实验小学举行。比赛评出一等奖2名。",
         ("第五届青年教师演讲比赛", None)),
    ],
)
def test_contest_standing_for_its_ceremony_reads_the_host(extract, text: str, expected: tuple) -> None:
    # GUIDELINES §3: the agent of 主办 is the organizer, not part of the name (release review, stop 38)
    meetings = extract(text, "2025-03-09")["meetings"]
    assert [(m["name"], m["organizer"]) for m in meetings] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（中央社）教育部今天舉行教師節表揚大會，表揚今年度師鐸獎得主45位。", [("师铎奖", 45)]),
        ("县委召开大会，表彰今年度优秀共产党员50名。", [("优秀共产党员", 50)]),
        ("县委召开大会，表彰本年度优秀共产党员50名。", [("优秀共产党员", 50)]),
    ],
)
def test_this_year_word_is_no_part_of_the_honour(extract, text: str, expected: list) -> None:
    # 今年度 is read whole (not 今年 with its 度 left on the honour); the fresh set s94 of stop 38
    assert [(a["honor"], a["count"]) for a in extract(text, "2025-09-26")["awards"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year's tally whose holders the text says were honoured at this event: the honour (GUIDELINES §5 eighth round)
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("9月10日，县教育局召开庆祝教师节大会。过去一年，20名教师荣获市级优秀教师称号，会上对他们进行了表彰。",
         [("优秀教师", 20)]),
        # the same tally with only a speech at the event, or other business: no award
        ("9月10日，县教育局召开庆祝教师节大会。过去一年，20名教师荣获市级优秀教师称号，会上，局长王强作了讲话。", []),
        ("1月10日，公司召开年度工作会议。去年公司获得省级以上科技进步奖8项，会上还部署了今年工作。", []),
    ],
)
def test_past_tally_honoured_at_this_event(extract, text: str, expected: list) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text, "2025-09-11")["awards"]] == expected
