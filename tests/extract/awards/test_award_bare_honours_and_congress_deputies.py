"""Award phrasings: an unquoted honour list whose first items are bare (对十佳员工、
20名优秀管理者和6个优秀团队进行了表彰), honours of congress deputies (优秀人大代表, 优秀党代表: members of a body, not
representatives sent on stage), a part of a year before the count (对上半年20名…, 对2024年第三季度20名…), and prize grades
received after a count at a contest named before it (在全省数学竞赛中，我校5名学生获一等奖), read like those with the
contest after the count: a competition result unless a commendation or prize ceremony is reported (§5).
(Module named …r2aw34: tests/extract/awards/test_award_quoted_contest_grades.py belongs to an earlier branch of the same name.)
Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

MEETING = "1月29日，公司召开年度表彰大会，"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # bare honours listed first give nothing (no count); the counted ones after them keep theirs (§5)
        (MEETING + "对十佳员工、20名优秀管理者和6个优秀团队进行了表彰。",
         [("优秀管理者", 20, "名", "person"), ("优秀团队", 6, "个", "organization")]),
        (MEETING + "对年度功勋员工、20名优秀管理者进行了表彰。", [("优秀管理者", 20, "名", "person")]),
        (MEETING + "表彰了年度功勋员工、20名优秀管理者。", [("优秀管理者", 20, "名", "person")]),
        (MEETING + "对优秀班组长、十佳员工、15名优秀技师进行了表彰。", [("优秀技师", 15, "名", "person")]),
        # NEGATIVE: unchanged readings: a count in numerals first, the quoted form, no count at all, no honour counted
        (MEETING + "对二十名优秀管理者、6个优秀团队进行了表彰。",
         [("优秀管理者", 20, "名", "person"), ("优秀团队", 6, "个", "organization")]),
        (MEETING + "对“十佳员工”、20名“优秀管理者”和6个“优秀团队”进行了表彰。",
         [("优秀管理者", 20, "名", "person"), ("优秀团队", 6, "个", "organization")]),
        (MEETING + "对十佳员工、优秀管理者进行了表彰。", []),
        (MEETING + "对十佳员工、20名同志进行了表彰。", []),
        (MEETING + "对十佳员工、20名新入职员工进行了表彰。", []),
    ],
)
def test_bare_honours_before_counted_ones(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # deputies of a people's or a party congress are the honour's holders, as 政协委员 are
        ("会上还对2024年度20名优秀人大代表进行了表彰。", [("优秀人大代表", 20, "名", "person")]),
        ("会上表彰了20名优秀人大代表。", [("优秀人大代表", 20, "名", "person")]),
        ("会上表彰了20名优秀党代表。", [("优秀党代表", 20, "名", "person")]),
        ("会上，优秀人大代表20名受到表彰。", [("优秀人大代表", 20, "名", "person")]),
        ("会上为20名优秀人大代表颁发了荣誉证书。", [("优秀人大代表", 20, "名", "person")]),
        ("会上表彰了优秀人大代表20名、优秀政协委员30名。",
         [("优秀人大代表", 20, "名", "person"), ("优秀政协委员", 30, "名", "person")]),
        # NEGATIVE: representatives of those honoured, on stage or at the meeting; deputies with no honour
        ("会上，为10名优秀共产党员代表颁发了荣誉证书。", []),
        ("会上，优秀共产党员代表10名受到表彰。", []),
        ("100名优秀党员代表参加了大会。", []),
        ("会上表彰了20名人大代表。", []),
    ],
)
def test_congress_deputies_honoured(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a year, a school year or a part of a year before the count: the period, no part of the honour
        ("会上还对2024年度20名优秀政协委员进行了表彰。", [("优秀政协委员", 20, "名", "person")]),
        ("会上还对2023—2024学年度20名优秀政协委员进行了表彰。", [("优秀政协委员", 20, "名", "person")]),
        ("会上还对上半年20名优秀政协委员进行了表彰。", [("优秀政协委员", 20, "名", "person")]),
        ("会上还对第三季度20名优秀政协委员进行了表彰。", [("优秀政协委员", 20, "名", "person")]),
        ("会上还对2024年第三季度20名优秀政协委员进行了表彰。", [("优秀政协委员", 20, "名", "person")]),
        ("会上还对一季度20名优秀员工进行了表彰。", [("优秀员工", 20, "名", "person")]),
        # NEGATIVE: a standing scheme, nothing conferred this time (unchanged)
        ("该奖项每年对上半年20名优秀政协委员进行表彰。", []),
    ],
)
def test_period_before_the_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a grade won at a contest with no commendation or prize ceremony reported: a competition result (§5), wherever
        # the contest is named
        ("5名学生在全省数学竞赛中获一等奖。", []),
        ("在全省数学竞赛中，我校5名学生获一等奖。", []),
        ("全省数学竞赛日前举行，我校5名学生获一等奖。", []),
        ("在全国职业技能大赛中，3名选手获得金奖。", []),
        ("在全省职业技能大赛中，我市3名选手获一等奖，3名一等奖选手将被授予“省技术能手”称号。", []),
        # told at a commendation or prize ceremony: the grades conferred are awards (§5), either order
        ("6日，学校召开表彰大会，在全省数学竞赛中，我校5名学生获一等奖。", [("一等奖", 5, "名", "person")]),
        ("6日，学校召开表彰大会。我校5名学生在全省数学竞赛中获一等奖。", [("一等奖", 5, "名", "person")]),
        ("6日，颁奖典礼举行。5名学生在全省数学竞赛中获一等奖。", [("一等奖", 5, "名", "person")]),
        # NEGATIVE: a sports meet's grades stay no award even at a commendation meeting (§5, hunt hf89)
        ("4月30日，总结表彰大会召开。我市5名运动员在全省运动会上获一等奖。", []),
        ("4月30日，总结表彰大会召开。在全省运动会上，我市5名运动员获一等奖。", []),
        # NEGATIVE: no contest named, and the pinned quoted-contest frame, keep their readings
        ("我校5名学生获一等奖。", [("一等奖", 5, "名", "person")]),
        ("我校5名学生在“挑战杯”竞赛中获一等奖。", [("一等奖", 5, "名", "person")]),
    ],
)
def test_contest_grades_received_after_the_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
