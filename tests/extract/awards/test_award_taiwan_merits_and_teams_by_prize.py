"""Award counts on ordinary pages: Taiwan merits, teams named by their prize, holders paid money, past periods and table rows: Taiwan's administrative merits counted after the citation
(記一大功3人、記功2次8人、嘉獎20人, the total before 其中 then their sum); teams named by the prize they won and counted in
隊 (金質獎團隊6隊); holders of an honour or a designation paid money with no conferral in the clause (为9家“专精特新”企业
兑付奖励资金, 向往年获评的20名“…”发放慰问金); past periods written without 来 (过去五年) or as a part or edition of last
year (去年同期，…; 去年第三届评选中，…), and 曾为…记… (a past citation).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §5 (merit citations count like honours; a total that is the sum of its parts is not repeated;
tallies and past conferrals are no awards; an award record needs an honour conferred)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("桃园市警察局今日举行表扬大会。本次表扬有功员警30人，其中记一大功3人、记功2次7人、嘉奖20人。",
         [("记一大功", 3, "人", "person"), ("记功2次", 7, "人", "person"), ("嘉奖", 20, "人", "person")]),
        ("台中市警察局今日举行绩优员警表扬大会，记大功2人、记小功6人。",
         [("记大功", 2, "人", "person"), ("记小功", 6, "人", "person")]),
        ("高雄市警察局今日表扬侦破诈骗集团有功人员，计记功两次4人、记功一次9人。",
         [("记功两次", 4, "人", "person"), ("记功一次", 9, "人", "person")]),
        # NEGATIVE: mainland citations keep their names without 记
        ("市公安局召开表彰会，记个人二等功3人、个人三等功12人。",
         [("个人二等功", 3, "人", "person"), ("个人三等功", 12, "人", "person")]),
        # NEGATIVE: a record of the past, no count of those cited
        ("他从警二十年，先后记功两次、嘉奖多次。", []),
    ],
)
def test_taiwan_merits_counted_after_the_citation(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("经济部今日举行颁奖典礼，评选出金质奖团队6队、银质奖团队9队。",
         [("金质奖团队", 6, "队", "organization"), ("银质奖团队", 9, "队", "organization")]),
        ("会议表彰了创新奖团体4个。", [("创新奖团体", 4, "个", "organization")]),
        # NEGATIVE: winners described, no prize named
        ("经济部今日举行颁奖典礼，获奖团队12队上台领奖。", []),
    ],
)
def test_teams_named_by_their_prize(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected_awards", "expected_grants"),
    [
        ("5月6日，区政府召开政策兑现会，为9家“专精特新”企业兑付奖励资金共计900万元。",
         [], [(9000000.0, "CNY", "专精特新企业奖励资金")]),
        ("同日，市总工会向往年获评的20名“劳动模范”发放慰问金共计4万元。", [], [(40000.0, "CNY", "慰问金")]),
        ("会上，还向上届获奖的30名“技术能手”拨付跟踪奖励经费。", [], []),
        # NEGATIVE: money handed over at a conferral (颁发), or honours conferred and money paid in one clause
        ("会上为15名“优秀教师”颁发奖金。", [("优秀教师", 15, "名", "person")], []),
        ("会议表彰了10家“诚信企业”并发放奖励资金。", [("诚信企业", 10, "家", "organization")], []),
    ],
)
def test_holders_paid_money_are_no_award(extract, body: str, expected_awards: list, expected_grants: list) -> None:
    record = extract(page(body))
    assert honours(record) == expected_awards
    if expected_grants:
        assert grants(record) == expected_grants


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年共有120人获授勋。过去五年共有逾900人获授勋。", [("授勋", 120, "人", "person")]),
        ("会议表彰了12名“优秀警察”。去年同期，市公安局曾为6名民警记个人二等功。", [("优秀警察", 12, "名", "person")]),
        ("评选活动今天启动。去年第三届评选中，共评出“最美教师”10名、提名奖20名。", []),
        ("此前，该局曾为5名民警记个人三等功。", []),
        # NEGATIVE: this year's conferral after last year's named as a comparison
        ("会议表彰了“优秀教师”30名，比去年增加5名。", [("优秀教师", 30, "名", "person")]),
        ("3月5日，县妇联召开表彰会，授予10名妇女“三八红旗手”称号。", [("三八红旗手", 10, "名", "person")]),
    ],
)
def test_past_periods_and_past_citations(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("区政府决定，对2023年度作出突出贡献的单位和个人给予奖励。奖励情况如下：\n奖项　等级　数量\n"
         "区科技进步奖　一等奖　6项\n区科技进步奖　二等奖　15项\n区优秀青年科技人才　　20人\n附件：获奖名单",
         # (the level dropped before an unquoted title, not a prize's own name: GUIDELINES §5 twenty-third review round)
         [("区科技进步奖一等奖", 6, "项", None), ("区科技进步奖二等奖", 15, "项", None), ("优秀青年科技人才", 20, "人", "person")]),
        ("大会表彰了一批先进。表彰名单如下：\n教学成果奖\t特等奖\t2项\n教学成果奖\t一等奖\t9项\n",
         [("教学成果奖特等奖", 2, "项", None), ("教学成果奖一等奖", 9, "项", None)]),
        # NEGATIVE: a table of other things under a line that confers nothing
        ("本次活动统计如下：\n类别　数量\n参赛人数　120名\n优秀教师　12名\n", []),
        ("对参赛选手给予补贴。补贴情况如下：\n类别　数量\n参赛人数　120名\n", []),
    ],
)
def test_table_rows_with_a_grade_column(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def test_reward_list_on_a_line_of_its_own(extract) -> None:
    body = ("县政府决定，对2023年度获奖项目给予奖励。\n奖励情况如下：\n奖项　等级　数量\n县科技进步奖　一等奖　3项\n"
            "县科技进步奖　二等奖　7项\n获奖项目和人员名单见附件。县财政安排科技奖励资金300万元。\n县人民政府\n2024年3月1日")
    assert honours(extract(page(body))) == [("县科技进步奖一等奖", 3, "项", None), ("县科技进步奖二等奖", 7, "项", None)]
