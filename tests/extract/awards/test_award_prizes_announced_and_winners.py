"""Award counts of prizes announced and their winners (school, science, culture and Hong Kong/Taiwan registers): a prize announced (揭晓, 公布) and the count of its winners after it (…获奖), the honour's
year or a one-character level (省, 市) written before the quote after 获评/被评为/获得, a Hong Kong/Taiwan prize handed 予 its winners with
獎 or 獎項 after the mark, a tally over recent years written 近三年, and prize categories set up
(设“…”等8个奖项).  Invented sentences; the expected values follow corpus/GUIDELINES.md §5 (counts
referring back to an honour just named, a level or year before the quote dropped, tallies over the
years and categories are no awards) and §1 (values in Simplified characters)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a prize announced, then the count of its winners: refers back to the honour just named
        ("省第十五届“五个一工程”奖揭晓，我市共有6部作品获奖。", [("五个一工程奖", 6, "部", None)]),
        ("全省“五一劳动奖章”日前揭晓，我市5名职工获奖。", [("五一劳动奖章", 5, "名", "person")]),
        ("第八届省青年科技奖评选结果揭晓，我校3名青年教师获奖。", [("省青年科技奖", 3, "名", "person")]),
        ("“最美家庭”评选结果揭晓，全市10户家庭获奖。", [("最美家庭", 10, "户", None)]),
        # (the total is the sum of the grades listed after it: not repeated)
        ("2023年度省科学技术奖揭晓，我市21项成果获奖，其中一等奖3项、二等奖8项、三等奖10项。",
         [("一等奖", 3, "项", None), ("二等奖", 8, "项", None), ("三等奖", 10, "项", None)]),
        # the honour's year before the quote is dropped, as a level is
        ("学校有15名教师获评2023年度“优秀教师”。", [("优秀教师", 15, "名", "person")]),
        ("我县12名教师被评为2024年度市级“优秀教师”。", [("优秀教师", 12, "名", "person")]),
        # a one-character level right before the quote is dropped too
        ("我市共有6部作品获得省“五个一工程”奖。", [("五个一工程奖", 6, "部", None)]),
        ("全市共有20名教师获评省“优秀教师”。", [("优秀教师", 20, "名", "person")]),
        # a prize handed 予 its winners, 獎 or 獎項 after the quote (Traditional converted)
        ("社會局頒發「績優志工」獎項予12位志工，並頒發「金質獎章」予5位志工。",
         [("绩优志工", 12, "位", "person"), ("金质奖章", 5, "位", "person")]),
        ("市府今天頒發「模範公務人員」獎予10名公務員。", [("模范公务人员奖", 10, "名", "person")]),
    ],
)
def test_award_counts_are_read(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a contest's results announced: no honour named (§5 competition results)
        "大赛评选结果揭晓，我校5名学生获奖。",
        "第五届“墨香杯”书画大赛评选结果揭晓，我校5名学生获奖。",
        # candidates, and a tally over the years
        "第十五届“五个一工程”奖揭晓，我市共有6部作品入围。",
        "近年来，省“五个一工程”奖揭晓时，我市先后有20部作品获奖。",
        "学院近三年共获省级以上教学成果奖15项。",
        # prize categories set up (§5: categories are no awards)
        "表彰大会共设“优秀教师”等8个奖项。",
        "本届评选设“十佳青年”等3个奖项。",
    ],
)
def test_no_award_is_recorded(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses that were read right before and must stay so
        # (this year's prizes from higher bodies: a tally since the twenty-second round, §5; see awards/test_award_works_as_winners_and_ranking_joins.py)
        ("学校今年获省级以上教学成果奖15项。", []),
        ("行政長官頒發「傑出義工獎」予12位市民。", [("杰出义工奖", 12, "位", "person")]),
        ("15名教师荣获“2023年度优秀教师”称号。", [("2023年度优秀教师", 15, "名", "person")]),
        ("本次评选共评出特等奖1项、一等奖3项。", [("特等奖", 1, "项", None), ("一等奖", 3, "项", None)]),
    ],
)
def test_near_misses_unchanged(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
