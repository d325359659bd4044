"""Award phrasings: a stated total of honours written as medals,
decorations and titles of honour conferred on people and bodies together (Macau: 向共三十八个个人及团体颁授勋章、奖章和
荣誉称号), kept when its parts add up to less and dropped when they add up to it; a total over an honour of bodies and
one of people (先进集体和先进个人) of neither kind; honorary degrees conferred on a count of people (颁授名誉博士学位予
四位杰出人士, 授予3位知名人士名誉博士学位).  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_PARTS = "\n其中，金蓮花榮譽勳章兩名、銀蓮花榮譽勳章五名、功績獎章十二名。"
_MEDALS = [("金莲花荣誉勋章", 2, "名", "person"), ("银莲花荣誉勋章", 5, "名", "person"), ("功绩奖章", 12, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a stated total the parts (2+5+12=19) do not add up to stays, over people and bodies: no kind (§5)
        ("行政長官今日主持年度勳章、獎章和榮譽稱號頒授典禮，向共三十八個個人及團體頒授勳章、獎章和榮譽稱號。" + _PARTS,
         [("勋章、奖章和荣誉称号", 38, "个", None), *_MEDALS]),
        ("行政长官今日主持颁授典礼，向共四十个个人及团体颁授勋章、奖章和荣誉称号。",
         [("勋章、奖章和荣誉称号", 40, "个", None)]),
        # a total that is just the sum of its parts is not repeated, whatever kind they are counted in
        ("行政長官今日主持頒授典禮，向共十九個個人及團體頒授勳章、獎章和榮譽稱號。" + _PARTS, _MEDALS),
        # one honour of bodies and one of people under one count: a total of neither kind, kept against parts
        # that add up to less
        ("大会对先进集体和先进个人进行了表彰，共有56个先进集体和先进个人受到表彰。其中先进集体10个、先进个人20名。",
         [("先进集体和先进个人", 56, "个", None), ("先进集体", 10, "个", "organization"), ("先进个人", 20, "名", "person")]),
        ("大会共表彰了120个先进集体和先进个人，其中先进集体20个、先进个人50名。",
         [("先进集体和先进个人", 120, "个", None), ("先进集体", 20, "个", "organization"), ("先进个人", 50, "名", "person")]),
        # ... and dropped against parts that add up to it
        ("大会共表彰了70个先进集体和先进个人，其中先进集体20个、先进个人50名。",
         [("先进集体", 20, "个", "organization"), ("先进个人", 50, "名", "person")]),
        # a total of commended people before its parts (read before; kept when they add up to less, else dropped)
        ("大会对共计86名先进个人进行表彰，其中优秀共产党员30名、优秀党务工作者20名。",
         [("先进个人", 86, "名", "person"), ("优秀共产党员", 30, "名", "person"), ("优秀党务工作者", 20, "名", "person")]),
        ("大会对共计50名先进个人进行表彰，其中优秀共产党员30名、优秀党务工作者20名。",
         [("优秀共产党员", 30, "名", "person"), ("优秀党务工作者", 20, "名", "person")]),
        # certificates handed to bodies and people together: a total of neither kind
        ("大会向120个单位和个人颁发奖牌和荣誉证书，其中先进单位20个、先进个人50名。",
         [("奖牌和荣誉证书", 120, "个", None), ("先进单位", 20, "个", "organization"), ("先进个人", 50, "名", "person")]),
        ("大会向70个单位和个人颁发荣誉证书，其中先进单位20个、先进个人50名。",
         [("先进单位", 20, "个", "organization"), ("先进个人", 50, "名", "person")]),
    ],
)
def test_stated_totals_beside_their_parts(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # those attending, candidates under 公示 and contestants are no recipients of honours
        ("共有300名代表参加会议，其中先进集体代表50名。", []),
        ("大会拟表彰共计86名先进个人，现予公示。", []),
        ("大会拟向共计120个单位和个人颁发荣誉证书，现予公示。", []),
        # a count of the commended with no honour written names none (§5)
        ("共有56个集体和个人受到表彰。", []),
    ],
)
def test_counts_that_are_no_total_of_honours(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("香港大學今日於陸佑堂舉行學位頒授典禮，頒授名譽博士學位予四位傑出人士。", [("名誉博士学位", 4, "位", "person")]),
        ("学校颁授荣誉博士学位予3位杰出人士。", [("荣誉博士学位", 3, "位", "person")]),
        ("学校授予3位知名人士名誉博士学位。", [("名誉博士学位", 3, "位", "person")]),
        ("大学今日举行典礼，授予三位知名学者名誉博士学位。", [("名誉博士学位", 3, "位", "person")]),
        ("学校为3位知名人士颁授名誉博士学位，表彰其贡献。", [("名誉博士学位", 3, "位", "person")]),
        # degrees earned by graduates, and their certificates, are no honours
        ("典礼上，共有1,200名毕业生获颁学位。", []),
        ("学校向5名学生颁发学位证书。", []),
        ("学校授予320名毕业生学士学位。", []),
    ],
)
def test_honorary_degrees_with_a_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
