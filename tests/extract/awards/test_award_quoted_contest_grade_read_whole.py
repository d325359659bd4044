"""Award counts around a quoted contest's prize grade, round 3: the grade before a clause of time (获“挑战杯”一等奖后…)
is still the honour; the grade's own count after it (获“挑战杯”一等奖2项) is its count even with recipients counted
before; entrants contending for a prize (参加“挑战杯”一等奖的角逐, 角逐/争夺/冲击“…”金奖) get nothing; a medal or place
won at a quoted contest (获得“希望杯”数学邀请赛金牌) is a competition result, never the contest's name as an honour.
Near misses keep their reading: recipients described by taking part (授予12名参加技能大赛选拔的选手…, 5名参加“…”的
选手获一等奖, 6名参与救援民警记三等功), a quoted honour that is itself a title (获评“冠军”).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the grade before a clause of time: the contest's grade, never the contest's name alone (§5)
        ("我校5名学生获“挑战杯”一等奖后，学校举行了庆功会。", [("挑战杯一等奖", 5, "名", "person")]),
        ("我校5名学生荣获“挑战杯”一等奖后返校。", [("挑战杯一等奖", 5, "名", "person")]),
        ("我校5名学生获“挑战杯”一等奖后备受鼓舞。", [("挑战杯一等奖", 5, "名", "person")]),
        # the grade's own count after it
        ("我校获“挑战杯”一等奖2项。", [("挑战杯一等奖", 2, "项", None)]),
        ("我校5名学生获“挑战杯”一等奖2项。", [("挑战杯一等奖", 2, "项", None)]),
        ("我校学生共获“挑战杯”一等奖2项、二等奖3项。", [("挑战杯一等奖", 2, "项", None), ("挑战杯二等奖", 3, "项", None)]),
        # recipients described by taking part: their honour read as before
        ("授予12名参加技能大赛选拔的选手“技术能手”称号。", [("技术能手", 12, "名", "person")]),
        ("5名参加“挑战杯”的选手获一等奖。", [("一等奖", 5, "名", "person")]),
        ("10名学生获评“冠军”。", [("冠军", 10, "名", "person")]),
        ("6月10日，县公安局为6名参与救援民警记三等功。", [("三等功", 6, "名", "person")]),
        ("我校5名学生获“挑战杯”一等奖，学校举行了庆功会。", [("挑战杯一等奖", 5, "名", "person")]),
    ],
)
def test_grade_of_a_quoted_contest_read_whole(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # contending for a prize: entrants, nothing conferred
        "我校5名选手参加“挑战杯”一等奖的角逐。",
        "5名选手角逐“挑战杯”一等奖。",
        "5名选手争夺“挑战杯”金奖。",
        "5名学生冲击“挑战杯”一等奖。",
        "我校5名选手参加“挑战杯”竞赛。",
        # a medal or place won at a quoted contest: a competition result (§5)
        "我校3名学生获得“希望杯”数学邀请赛金牌。",
        "我校3名学生获“振兴杯”冠军。",
        # no count
        "我校学生获“挑战杯”一等奖后，受到表彰。",
    ],
)
def test_no_award_from_a_quoted_contest(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
