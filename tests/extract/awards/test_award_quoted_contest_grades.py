"""Award counts of a prize grade won under a quoted contest's or prize's name: the grade right after the closing
mark (5名选手获“挑战杯”一等奖), after the contest's words (获“创青春”大赛金奖), with the edition before the mark
(获第十届“…”大赛金奖), two grades joined by 和, and the quoted contest framing where the grade was won (在“…”竞赛中
获一等奖).  Near misses keep what they gave: a grade not closing the clause, bare grades listed under a prize named
before (kept as the category written), a bare 提名奖 after a listed honour, honour rolls (榜) and designations
(被认定为) with no title of honour.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the prize grade of the quoted contest is the honour, never the contest's name alone (§5)
        ("我校5名选手获“挑战杯”一等奖。", [("挑战杯一等奖", 5, "名", "person")]),
        ("我校5名选手荣获“挑战杯”竞赛一等奖。", [("挑战杯竞赛一等奖", 5, "名", "person")]),
        ("我校12名学生荣获“挑战杯”全国大学生课外学术科技作品竞赛一等奖。",
         [("挑战杯全国大学生课外学术科技作品竞赛一等奖", 12, "名", "person")]),
        ("我校5名选手获“挑战杯”一等奖，3名选手获“挑战杯”二等奖。",
         [("挑战杯一等奖", 5, "名", "person"), ("挑战杯二等奖", 3, "名", "person")]),
        ("全区8名选手获“振兴杯”职业技能大赛优胜奖。", [("振兴杯职业技能大赛优胜奖", 8, "名", "person")]),
        ("我校5名选手获“挑战杯”一等奖的好成绩。", [("挑战杯一等奖", 5, "名", "person")]),
        # the edition before the mark is no part of the name
        ("我校3支团队获第十届“创青春”大赛金奖。", [("创青春大赛金奖", 3, "支", "organization")]),
        ("我院3名学生获第十二届“挑战杯”全国大学生课外学术科技作品竞赛二等奖。",
         [("挑战杯全国大学生课外学术科技作品竞赛二等奖", 3, "名", "person")]),
        # a whole quoted prize with its grade right after the mark
        ("20名教师获“优秀教学成果奖”一等奖。", [("优秀教学成果奖一等奖", 20, "名", "person")]),
        # one count over two grades joined by 和: the whole phrase (§5)
        ("共有20件作品获“金秋杯”书法比赛一等奖和二等奖。", [("金秋杯书法比赛一等奖和二等奖", 20, "件", None)]),
        # grades listed after the quoted contest, each its own count
        ("大赛评出“挑战杯”一等奖3名、二等奖5名。", [("挑战杯一等奖", 3, "名", "person"), ("挑战杯二等奖", 5, "名", "person")]),
        # the quoted contest frames where the grade was won: the grade alone, as after an unquoted contest
        ("我校5名学生在“挑战杯”竞赛中获一等奖。", [("一等奖", 5, "名", "person")]),
    ],
)
def test_grade_of_a_quoted_contest(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # unchanged: the quoted prize with its own 奖, the contest's words with a grade after 获 already read
        ("全市共有6件作品获“五个一工程”奖。", [("五个一工程奖", 6, "件", None)]),
        ("我院8件作品荣获“互联网+”大赛银奖。", [("互联网+大赛银奖", 8, "件", None)]),
        ("我校3支团队荣获“创青春”金奖。", [("创青春金奖", 3, "支", "organization")]),
        # a quoted whole honour and its 称号: no grade read
        ("会上，10名学生获“三好学生”称号，另有5名学生获一等奖学金。",
         [("三好学生", 10, "名", "person"), ("一等奖学金", 5, "名", "person")]),
        # bare grades listed under a prize named before: the category as written (tuning gold's convention)
        ("本届“金鹰奖”共评出一等奖3名、二等奖5名。", [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
        ("第五届“青年科技奖”揭晓，其中一等奖3项、二等奖5项。", [("一等奖", 3, "项", None), ("二等奖", 5, "项", None)]),
        # a bare 提名奖 listed after an honour: left as written (§5 names it with the honour only when written so)
        ("本次活动评选出“十佳孝老爱亲模范”10名、提名奖20名。",
         [("十佳孝老爱亲模范", 10, "名", "person"), ("提名奖", 20, "名", "person")]),
        # honour rolls (榜) and designations with no title of honour: no record (judgement left as it was)
        ("我市5人荣登2024年第二季度“中国好人榜”。", []),
        ("我市有5人入选“中国好人榜”。", []),
        ("我区17家企业被认定为市级“专精特新”中小企业。", []),
        # a past win of one person: a tally, no award
        ("她曾获“挑战杯”一等奖2次。", []),
        # medals won at sports games: no award (§5)
        ("在全省运动会上，我市运动员表现出色，共获得金牌3枚、银牌2枚。", []),
    ],
)
def test_near_misses_keep_their_reading(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
