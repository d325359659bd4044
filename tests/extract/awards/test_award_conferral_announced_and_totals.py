"""Award phrasings: a conferral announced for later
with 现将于, a total named at this event beside its new part, households in a trade counted outside a commendation,
merit citations counted before their count, and a trade union's honours after their recipients' noun.  Invented
sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 现将于, 现将召开: a conferral still to come, nothing conferred yet (§5)
        ("经研究，现将于12月底召开表彰大会，授予20名职工“市劳动模范”称号。", []),
        ("市教育局现将于教师节当天表彰30名“优秀教师”。", []),
        ("县总工会现将于五一前夕为20名职工颁发“县五一劳动奖章”。", []),
        ("县总工会现将召开表彰大会，表彰30名“优秀职工”。", []),
        # 发现 before 将: the future all the same
        ("学校发现将有15名学生获评“三好学生”。", []),
        # 现将…公示: still proposed
        ("经评审，共评出“优秀教师”30名，现将名单予以公示。", []),
        # 现将 publishing a list or result: what was decided is told now
        ("现将获奖名单公布如下：一等奖（5名）、二等奖（10名）。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        ("现将2024年度优秀教师评选结果公布如下：一等奖3名、二等奖5名。",
         [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
    ],
)
def test_a_conferral_announced_for_later(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the total named or commended at this event, though part of it is new
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("市文明委日前命名表彰一批文明单位，本次命名的市级文明单位共有120个，其中新命名40个。",
         [("文明单位", 120, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("本次命名表彰的市级文明单位共有100个，其中新命名30个、复查保留70个。",
         [("文明单位", 100, "个", "organization")]),
        ("本次表彰共有优秀教师50名，其中新评选出的青年教师20名。", [("优秀教师", 50, "名", "person")]),
        # a standing stock and its new part: only the new part was conferred
        ("经复查，全市共有市级文明单位236个，其中新命名文明单位30个。", [("文明单位", 30, "个", "organization")]),
    ],
)
def test_a_total_of_this_event_beside_its_new_part(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # households named, shamed, subsidised, supported or visited: no honour conferred on them
        ("会上表彰了纳税先进企业10家，通报了欠税大户5户。", [("纳税先进企业", 10, "家", "organization")]),
        ("会议表彰了10名优秀村干部，并为种粮大户20户发放了补贴。", [("优秀村干部", 10, "名", "person")]),
        ("县里表彰了科技示范户30户，扶持养殖大户20户。", [("科技示范户", 30, "户", None)]),
        ("县政府表彰了10名农技推广标兵，向种粮大户20户发放奖励资金。", [("农技推广标兵", 10, "名", "person")]),
        ("会上表彰了先进村5个，县领导还走访了养殖大户8户。", [("先进村", 5, "个", "organization")]),
        ("会上，对种粮大户20户发放补贴。", []),
        # a conferring verb governing the households: commended
        ("会上表彰了种粮大户20户。", [("种粮大户", 20, "户", None)]),
        ("会上，对种粮大户20户进行了表彰。", [("种粮大户", 20, "户", None)]),
        ("会上表彰了“十佳新型职业农民”10名、种粮大户20户。",
         [("十佳新型职业农民", 10, "名", "person"), ("种粮大户", 20, "户", None)]),
    ],
)
def test_households_in_a_trade(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # bodies named after the count: organizations (the fix of the last round, kept)
        ("市公安局对表现突出的3个派出所予以嘉奖。", [("嘉奖", 3, "个", "organization")]),
        ("对破案有功的2个刑侦大队予以嘉奖。", [("嘉奖", 2, "个", "organization")]),
        ("支队召开表彰大会，给予5个集体嘉奖。", [("嘉奖", 5, "个", "organization")]),
        # citations before their counts, nothing written of their holders: neither kind
        ("支队共评出三等功12个、嘉奖40个。", [("三等功", 12, "个", None), ("嘉奖", 40, "个", None)]),
    ],
)
def test_merit_citations_counted_by_ge(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月29日，市总工会召开劳模表彰大会。大会授予10个单位市五一劳动奖状，授予50名职工市五一劳动奖章，"
         # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
         "授予20个班组市工人先锋号。",
         [("市五一劳动奖状", 10, "个", "organization"), ("市五一劳动奖章", 50, "名", "person"),
          ("工人先锋号", 20, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("团市委授予10个班组市青年文明号。", [("青年文明号", 10, "个", "organization")]),
        # workers, officials and police before a level-led honour are its recipients, no part of its name
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("县委授予二十名村干部县级优秀村干部称号。", [("优秀村干部", 20, "名", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("市公安局授予15名人民警察市级优秀人民警察称号。", [("优秀人民警察", 15, "名", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("大会授予30名干部市级优秀公务员称号。", [("优秀公务员", 30, "名", "person")]),
        # certificates of training or skill are no honours
        ("大会授予20名职工市级技能等级证书。", []),
        # money handed to workers: no honour conferred
        ("县总工会为50名职工发放五一慰问金。", []),
    ],
)
def test_trade_union_honours_after_their_recipients(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
