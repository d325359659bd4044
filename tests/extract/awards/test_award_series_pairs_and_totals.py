"""Award phrasings: counts of bodies and people listed in one series and
their honours in another (with or without 分别, the link after a comma, 各 or none), 被授予 in the clause after a
commendation, a quoted honour whose count follows it after an item closed by 和, a Hong Kong total of 勋衔及嘉奖,
and the idiom 千家万户 (no count).  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_BOTH = [("先进集体", 10, "个", "organization"), ("先进个人", 25, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # counts first, then as many honours whose names show their kinds: paired in order without 分别 (§5)
        ("10个集体和25名个人获得“先进集体”和“先进个人”称号。", _BOTH),
        ("10个集体和25名个人被授予“先进集体”“先进个人”称号。", _BOTH),
        ("10个集体、25名个人荣获“先进集体”“先进个人”称号。", _BOTH),
        ("10个集体和25名个人被评为先进集体和先进个人。", _BOTH),
        ("共有10个集体和25名个人获得先进集体和先进个人称号。", _BOTH),
        # 被授予 in the clause after the commendation
        ("10个集体和25名个人受到表彰，被授予“先进集体”和“先进个人”称号。", _BOTH),
        # honours first, then the counts after a comma, after 各, or right after them
        ("表彰了先进集体和先进个人，分别为10个和25名。", _BOTH),
        ("表彰了先进集体、先进个人各10个、25名。", _BOTH),
        ("分别表彰了先进集体和先进个人10个和25名。", _BOTH),
        ("表彰先进集体和先进个人10个、25名。", _BOTH),
        # (unchanged: with 分别 as before)
        ("受表彰的先进集体和先进个人分别为10个和25名。", _BOTH),
        ("10个集体和25名个人分别获得先进集体和先进个人称号。", _BOTH),
        # a quoted honour whose count follows it, after an item that 和 closes
        ("大会对获得“体育道德风尚奖”的6个代表队和“优秀裁判员”30名进行了表彰。",
         [("体育道德风尚奖", 6, "个", "organization"), ("优秀裁判员", 30, "名", "person")]),
        # a stated total whose parts do not add up to it is its own record (§5 "A total")
        ("今年共頒授勳銜及嘉獎予三百零二名人士，其中三人獲頒大紫荊勳章。",
         [("勋衔及嘉奖", 302, "名", "person"), ("大紫荆勋章", 3, "人", "person")]),
    ],
)
def test_series_pairs_totals(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the idiom 千家万户 is no count (§5 needs an explicit count and an honour)
        ("评选活动让文明新风吹进了千家万户。", []),
        ("表彰了10户“文明家庭”，让文明新风吹进千家万户。", [("文明家庭", 10, "户", None)]),
        # one count over two honours joined by 和 stays one record with the whole phrase (§5)
        ("15人获得国家勋章和国家荣誉称号。", [("国家勋章和国家荣誉称号", 15, "人", "person")]),
        # entrants, not those honoured
        ("参加评选的先进集体和先进个人候选，分别为10个和25名。", []),
        # each count before its own quoted honour stays as it was
        ("表彰了12名“优秀党组织书记”、6名“优秀党务干部”。",
         [("优秀党组织书记", 12, "名", "person"), ("优秀党务干部", 6, "名", "person")]),
        # medal tallies of a sports competition are no awards
        ("代表团共获得金牌25枚、银牌18枚。", []),
    ],
)
def test_near_misses(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no 分别 and names whose kinds contradict the order: no pairs guessed in order (f62aw pairs series of
        # equal length in order when the names do not contradict it, tests/extract/awards/test_award_scopes_before_lists.py)
        "3个集体和5名个人获得“优秀共产党员”和“先进基层党组织”。",
        "表彰先进基层党组织、优秀共产党员10名、20个。",
    ],
)
def test_no_pairs_guessed(extract, body: str) -> None:
    got = honours(extract(page(body)))
    assert ("先进基层党组织", 5, "名", "person") not in got and ("优秀共产党员", 20, "个", "organization") not in got
    assert ("优秀共产党员", 3, "个", "organization") not in got and ("先进基层党组织", 10, "名", "person") not in got
