"""Hong Kong, Macau and Taiwan pages in Traditional characters: 近年 without 来 is a span of recent
years like 近年来, so holders counted over it are a tally, no conferral (商会近年共有40位会员获颁…), while 临近年底 or
近年度 are not; money a body says it will add at a later time (县府明年将再增加教育经费2亿元, 今后将追加…) is only
intended, like 明年将投入; prize money each winner received (得奖者各获颁奖金港币5万元) has the purpose 奖金, not
颁奖金; a council's closing ceremony (闭会式) is a meeting named by the noun alone.  Invented sentences; the
expected values follow corpus/GUIDELINES.md (§3 meetings, §5 awards tallies, §6 funding only intended, prize money)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


@pytest.mark.parametrize(
    "body",
    [
        "5月10日，香港潮州商会举行周年会员大会。会长陈某表示，商会近年共有40位会员获颁授铜紫荆星章等勋衔。",
        "5月10日，某同乡会举行会庆典礼。近年，该会先后有12名会员获评“优秀义工”。",
        "5月10日，縣府舉行表揚大會。縣長表示，本縣近年共有8個社區獲評「績優社區」。",
    ],
)
def test_holders_counted_over_recent_years_are_a_tally(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the year's end drawing near is no span of years
        ("临近年底，12月28日，公司召开表彰大会，表彰了20名“优秀员工”。",
         [("优秀员工", 20, "名", "person")]),
        ("12月28日，接近年关，协会召开年会，表彰了6个“先进集体”。",
         [("先进集体", 6, "个", "organization")]),
        # NEGATIVE: a conferral of the event itself
        ("5月10日，公益金举行嘉许礼，30位义工获颁“杰出义工奖”。",
         [("杰出义工奖", 30, "位", "person")]),
    ],
)
def test_conferrals_near_the_years_end_stay(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月20日，县政府举行教师表扬典礼。县长王某表示，县府明年将再增加教育经费2亿元。",
        "5月20日，市政府召开座谈会。市长李某说，今后将追加投入文化经费3000万元。",
        "5月20日，区政府召开工作会议。会议提出，下一步将新增产业扶持资金5000万元。",
    ],
)
def test_money_added_at_a_later_time_is_only_intended(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: money added now, no later time
        ("5月20日，县政府召开常务会议，会议决定增加教育经费2亿元。", [(200000000.0, "CNY", "教育")]),
        ("5月20日，市政府举行签约仪式，今年新增投入文化经费3000万元。", [(30000000.0, "CNY", "文化")]),
    ],
)
def test_money_added_now_stays(extract, body: str, expected: list) -> None:
    found = grants(extract(page(body)))
    assert [(a, c) for a, c, _ in found] == [(a, c) for a, c, _ in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("香港青年总会今日举行颁奖典礼，十位得奖者各獲頒獎金港幣5萬元。", [(50000.0, "HKD", "奖金")]),
        ("5月20日，协会举行颁奖礼，十名得奖学生各获颁奖金2000元。", [(2000.0, "CNY", "奖金")]),
        # NEGATIVE: a winner's prize money with the receiving verb alone
        ("5月20日，协会举行颁奖礼，一等奖得主获颁奖金5000元。", [(5000.0, "CNY", "奖金")]),
    ],
)
def test_prize_money_each_winner_received_is_for_the_prize(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("台北市議會昨日舉行閉會式，議長戴某主持並致詞。", [("闭会式", "2024-05-07", "台北市议会")]),
        ("議長林某主持閉會式並致詞，共58位議員出席。", [("闭会式", None, None)]),
        # NEGATIVE: a session that only closes, no ceremony written
        ("議會第5次定期會今日休會，議員將返回選區。", []),
    ],
)
def test_council_closing_ceremony_is_a_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
