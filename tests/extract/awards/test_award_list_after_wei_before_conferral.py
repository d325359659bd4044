"""Award-count shapes of the list between 为 and the conferring verb (corpus/GUIDELINES.md §5), kept by invented rows.

Found: the list between 为 and 颁奖/授牌 also read a purpose (为了…颁奖，工会筹措资金: nothing handed, §5 tenth round reads
the list of holders a prize is handed to); an edition word before the list (为上届优胜班组12个…颁奖) stayed in the honour,
where the year or edition the honours are for is no part of them (§5 tenth round, like 上年度 and 首届); the numeral reader
took the 一 of 唯一 into the count (唯一一对 read as 一一, then dropped as the preposition 对; 唯一一家 counted 11), where
the count is the one after the word (§5: explicit counts, pairs counted by 对); and the preposition 对 after 一一 (one by
one) was read as pairs. Entrants counted (47家企业申报) stay no award (§5 eighth round); the winners counted after them with
no honour repeated (经评审，5家企业获奖) are left to a ruling.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

POSITIVE = [
    # the only pair, household or person: the count after 唯一
    ("大会表彰了全县唯一一对“模范夫妻”。", [("模范夫妻", 1, "对", None)]),
    ("大会为唯一一对“模范夫妻”颁发了证书。", [("模范夫妻", 1, "对", None)]),
    ("大会表彰了全省唯一一家“五星级企业”。", [("五星级企业", 1, "家", "organization")]),
    ("会上，全市唯一一位“最美法官”受到表彰。", [("最美法官", 1, "位", "person")]),
    # pairs counted as before
    ("大会表彰了一对“模范夫妻”。", [("模范夫妻", 1, "对", None)]),
    ("大会表彰了“模范夫妻”一对、“文明家庭”十户。", [("模范夫妻", 1, "对", None), ("文明家庭", 10, "户", None)]),
    # the edition the honours are for is no part of them (§5 tenth round)
    ("会议为上届优胜班组12个、优秀安全员30名颁奖。",
     [("优胜班组", 12, "个", "organization"), ("优秀安全员", 30, "名", "person")]),
    ("大会为上一届先进集体5个、先进个人10名授牌。",
     [("先进集体", 5, "个", "organization"), ("先进个人", 10, "名", "person")]),
    ("会议为优胜班组12个、优秀安全员30名颁奖。",
     [("优胜班组", 12, "个", "organization"), ("优秀安全员", 30, "名", "person")]),
    ("大会为上一年度先进集体5个、先进个人10名授牌。",
     [("先进集体", 5, "个", "organization"), ("先进个人", 10, "名", "person")]),
]

NONE = [
    # 为了: a purpose, no prize handed (the review's sentence)
    "为了优胜班组12个、优秀安全员30名颁奖，工会筹措资金。",
    "他以为优胜班组12个、优秀安全员30名颁奖是好事。",
    # the preposition 对 after a word ending in 一, or after 一一 (one by one)
    "大会统一对先进个人进行表彰。",
    "会议一一对先进个人进行表彰。",
    "大会同一对先进个人进行表彰。",
    # 唯一 with no honour counted
    "该公司是全省唯一一家获此殊荣的企业。",
    "这是全县唯一一次集中表彰活动。",
    # a past edition's holders told with no conferral here
    "上届优胜班组12个、优秀安全员30名已于去年受到表彰。",
]

# Wrong readings the review saw, which must not come back: (body, honour or count that must not be read).
NOT_READ = [
    ("会议为上届优胜班组12个、优秀安全员30名颁奖。", "上届优胜班组"),
    ("大会为上一届先进集体5个、先进个人10名授牌。", "上一届先进集体"),
    ("大会表彰了全省唯一一家“五星级企业”。", 11),
    ("本届质量奖共有47家企业申报，经评审，5家企业获奖。", 47),
    ("今年“科技创新奖”共有30个项目申报，经专家评审，8个项目获奖。", 30),
]


@pytest.mark.parametrize(("body", "expected"), POSITIVE)
def test_award_read(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize("body", NONE)
def test_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(("body", "wrong"), NOT_READ)
def test_wrong_reading_gone(extract, body: str, wrong: str | int) -> None:
    got = honours(extract(page(body)))
    assert all(wrong not in (honour, count) for honour, count, _unit, _kind in got)
