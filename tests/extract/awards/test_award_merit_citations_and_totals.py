"""Award phrasings of collective merit citations, second counted honours, Latin letters, totals and money beside honours: a collective
merit citation after 授予, a second counted honour after 及, Latin letters in an honour and the grades
after it, a total over people and bodies, a Hong Kong total after a described list, an amount of
money read as an honour.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 授予 with the recipients and the citation as its two objects (§5, merit citations)
        ("5月1日，县公安局召开表彰会，为5名民警记个人三等功，授予刑侦大队等2个单位集体三等功。",
         [("个人三等功", 5, "名", "person"), ("集体三等功", 2, "个", "organization")]),
        ("5月6日，市公安局召开大会，授予交警支队一大队等3个单位集体二等功。",
         [("集体二等功", 3, "个", "organization")]),
        ("5月6日，支队召开大会，追授2名牺牲消防员个人一等功。", [("个人一等功", 2, "名", "person")]),
        # a person's own tally of citations is no award (§5)
        ("他从警二十年，曾荣立个人三等功2次。", []),
    ],
)
def test_a_merit_citation_conferred_with_shou_yu(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新北市政府今（2）日舉辦表揚大會，表揚63位模範勞工及5位勞工之友。",
         [("模范劳工", 63, "位", "person"), ("劳工之友", 5, "位", "person")]),
        ("市政府今日举办表扬大会，表扬63位模范劳工及5位劳工之友。",
         [("模范劳工", 63, "位", "person"), ("劳工之友", 5, "位", "person")]),
        ("会议表彰了20位优秀教师及5位优秀校长。", [("优秀教师", 20, "位", "person"), ("优秀校长", 5, "位", "person")]),
        # a plain noun joined to an honour is no honour of its own
        ("会议表彰了50名优秀教师和10名新入职教师。", [("优秀教师", 50, "名", "person")]),
        # no honour in any item: nothing vouches for the list
        ("会上，慰问了63位退休职工及5位老同志。", []),
    ],
)
def test_a_second_counted_honour_after_ji(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，公司召开质量大会，表彰优秀QC成果一等奖3项、二等奖6项。",
         [("优秀QC成果一等奖", 3, "项", None), ("优秀QC成果二等奖", 6, "项", None)]),
        ("5月6日，学会召开年会，表彰优秀论文一等奖3篇、二等奖6篇、三等奖9篇。",
         [("优秀论文一等奖", 3, "篇", None), ("优秀论文二等奖", 6, "篇", None), ("优秀论文三等奖", 9, "篇", None)]),
        # grades written bare stay bare
        ("11月29日，颁奖典礼举行，评选出金奖5个、银奖10个。", [("金奖", 5, "个", None), ("银奖", 10, "个", None)]),
    ],
)
def test_a_prize_with_latin_letters_and_its_grades(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a total over people and bodies has no single recipient kind (§5)
        ("澳門特區政府今日舉行授勳典禮，向57個個人及團體頒授勳章、獎章和獎狀。", [("勋章、奖章和奖状", 57, "个", None)]),
        ("特区政府今日举行授勋典礼，向57个个人和团体颁授勋章、奖章和奖状。", [("勋章、奖章和奖状", 57, "个", None)]),
        # bodies alone stay organizations
        ("特区政府今日举行授勋典礼，向12个团体颁授勋章、奖章和奖状。", [("勋章、奖章和奖状", 12, "个", "organization")]),
    ],
)
def test_a_total_over_people_and_bodies(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政長官今日在禮賓府主持授勳典禮，頒授勳章及獎狀予二○二三年授勳名單內共二百八十三人。",
         [("勋章及奖状", 283, "人", "person")]),
        ("行政長官今日在禮賓府主持授勳典禮，頒授勳章及獎狀予共二百八十三人。", [("勋章及奖状", 283, "人", "person")]),
        ("行政長官今日主持授勳典禮，頒授勳章及獎狀予合共一百九十人。", [("勋章及奖状", 190, "人", "person")]),
    ],
)
def test_a_total_after_the_recipients_described(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an amount of money is no honour (§5); the money itself is funding (§6)
        ("5月6日，第五届创意大赛颁奖典礼在北京举行，30个获奖项目各获得10万元奖励资金。", []),
        ("5月6日，颁奖仪式举行，12名学生各获得5000元奖学金。", []),
        # an honour with its prize money keeps the honour
        ("5月6日，大会表彰了10名“优秀教师”，每人奖励5000元。", [("优秀教师", 10, "名", "person")]),
    ],
)
def test_an_amount_of_money_is_no_honour(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert honours(record) == expected


def test_the_prize_money_stays_funding(extract) -> None:
    record = extract(page("5月6日，第五届创意大赛颁奖典礼在北京举行，30个获奖项目各获得10万元奖励资金。"))
    assert [f["amount"] for f in record["funding"]] == [100000]
