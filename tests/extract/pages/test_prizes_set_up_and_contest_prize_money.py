"""Contests, competitions and their prize-givings: graded prizes set up for a contest, their later
grades after ，/； included (设一等奖1名，奖金5万元；二等奖2名，…), are no awards and their prize money no funding; prize
grades counted in works hung (一等奖8幅); a commendation's scope opening an unquoted honour (表彰了全县五好家庭40户);
a ceremony's presenters listed under their label (颁奖嘉宾：甲、乙); a past tally's period shared by a parallel received count
(去年以来，…12人获评…，8个集体获评…); 优异奖 a prize grade; a sponsor (赞助) a helper, not part of the meeting's name.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §4 (颁奖), §5 (prizes set up or standing schemes are not conferred; one record per grade) and §6
(money of a contest still ahead, a rate per prize, is no money paid)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本届书法大赛设一等奖2名，奖金各8000元；二等奖4名，奖金各5000元；三等奖6名，奖金各2000元。", []),
        ("征文活动设特等奖1名、一等奖3名，另设优秀奖15名。", []),
        ("本次技能竞赛分设一、二、三等奖各2名，优秀奖各8名；", []),
        # NEGATIVE: grades conferred after the set-up in the same sentence keep their counts
        ("大赛设金奖、银奖、铜奖三个等次，最终评出金奖2个、银奖5个。",
         [("金奖", 2, "个", None), ("银奖", 5, "个", None)]),
        # NEGATIVE: a contest's results with no set-up
        ("经过两轮角逐，本次演讲比赛共评出一等奖2名、二等奖4名。",
         [("一等奖", 2, "名", "person"), ("二等奖", 4, "名", "person")]),
    ],
)
def test_prizes_set_up_are_not_conferred(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本届书法大赛设一等奖2名，奖金各8000元；二等奖4名，奖金各5000元。", []),
        ("大赛设置金奖1个，奖励3万元；银奖3个，奖励各1万元。", []),
        # NEGATIVE: prize money paid after the grades were conferred
        ("大赛共评出一等奖2名，奖金各8000元。", [(8000.0, "CNY", None)]),
        # NEGATIVE: a pool of prize money set up names no grade
        ("本届创业大赛设置总奖金池200万元。", [(2000000.0, "CNY", "总奖金")]),
    ],
)
def test_prize_money_of_prizes_set_up(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("经专家评审，本次美术作品展评共评出一等奖8幅、二等奖16幅。",
         [("一等奖", 8, "幅", None), ("二等奖", 16, "幅", None)]),
        ("大会表彰了全县五好家庭40户、最美庭院25户。",
         [("五好家庭", 40, "户", None), ("最美庭院", 25, "户", None)]),
        ("会上表彰了本校优秀班主任18名。", [("优秀班主任", 18, "名", "person")]),
        # NEGATIVE: a level inside the quote marks stays in the honour
        ("大会表彰了“全县十佳村医”10名。", [("全县十佳村医", 10, "名", "person")]),
        # NEGATIVE: works received are no awards
        ("本次展评共收到参赛作品500余幅，展出作品120幅。", []),
    ],
)
def test_works_counted_and_scope(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("第八届“最美教师”颁奖典礼在市文化中心举行。颁奖嘉宾：市委常委、宣传部部长赵立群、副市长孙红梅。",
         {"赵立群": ("市委常委、宣传部部长", ("颁奖",)), "孙红梅": ("副市长", ("颁奖",))}),
        ("年度人物颁奖典礼在市广电中心举行。颁奖嘉宾有：市总工会主席钱海涛。",
         {"钱海涛": ("市总工会主席", ("颁奖",))}),
        # NEGATIVE: guests of honour that confer nothing
        ("第八届“最美教师”颁奖典礼在市文化中心举行。特邀嘉宾：市作家协会主席周文斌。", {}),
    ],
)
def test_presenters_under_their_label(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("去年以来，全区共有9人获评市级“优秀志愿者”，4个社区获评市级“志愿服务示范社区”。", []),
        ("2021年，全镇有6户家庭获评县级“文明家庭”，3个村获评县级“美丽村庄”。", []),
        # NEGATIVE: parallel received counts reported at this commendation keep theirs
        ("大会通报表扬了一批先进典型，9名同志获评“优秀志愿者”，4个社区获评“志愿服务示范社区”。",
         [("优秀志愿者", 9, "名", "person"), ("志愿服务示范社区", 4, "个", "organization")]),
        # NEGATIVE: this year's count after last year's keeps its own
        ("去年，全区共有9人获评“优秀志愿者”，今年又有5名居民获评“优秀志愿者”。", [("优秀志愿者", 5, "名", "person")]),
    ],
)
def test_parallel_counts_share_the_period(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("頒獎禮上，評審共評出金獎2名、銀獎4名，另有15名參賽者獲優異獎。",
         [("金奖", 2, "名", "person"), ("银奖", 4, "名", "person"), ("优异奖", 15, "名", "person")]),
        ("頒獎禮上，大會頒發優異獎12名。", [("优异奖", 12, "名", "person")]),
        # NEGATIVE: a merit grade set up, not conferred
        ("比賽設金獎1名、優異獎10名。", []),
    ],
)
def test_merit_prize_grade(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月2日，由市美术家协会主办、江城农商银行赞助的第五届青少年绘画比赛颁奖仪式在市青少年宫举行。",
         [("第五届青少年绘画比赛颁奖仪式", "2024-06-02", "市美术家协会")]),
        # NEGATIVE: a helper that assists stays a helper as before
        ("6月2日，由市美术家协会主办、市青少年宫协办的第五届青少年绘画比赛颁奖仪式在市青少年宫举行。",
         [("第五届青少年绘画比赛颁奖仪式", "2024-06-02", "市美术家协会")]),
    ],
)
def test_sponsor_is_a_helper(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
