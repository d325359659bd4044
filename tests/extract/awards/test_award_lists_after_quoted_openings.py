"""Award classes: a list of counted honours going on past a first item that opens
on a quoted word; honours and counts listed after 授予/追授; a grade of a quoted campaign's prize conferred on counted
holders; counts in 县 and 村; an unquoted designation (命名/认定/确定…为…); a scholarship handed over; the first edition
(首届) before a prize; a building verb opening a clause of counted units. Invented sentences; the expected values follow
corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

ORG = "organization"
P = "person"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A1: count-first items after a first one opening on a quoted word
        ("会上表彰了48项“江城杯”优质工程、20家优秀建筑企业。",
         [("江城杯优质工程", 48, "项", None), ("优秀建筑企业", 20, "家", ORG)]),
        ("大会表彰了12个“平安工地”示范项目和30名优秀项目经理。",
         [("平安工地示范项目", 12, "个", None), ("优秀项目经理", 30, "名", P)]),
        ("会议表彰了10家优秀施工企业、25项“长江杯”精品工程。",
         [("优秀施工企业", 10, "家", ORG), ("长江杯精品工程", 25, "项", None)]),
        # NEGATIVE: a plain noun after the quoted item is no honour
        ("会上表彰了48项“江城杯”优质工程、20家参建企业。", [("江城杯优质工程", 48, "项", None)]),
    ],
)
def test_items_after_a_quoted_opening(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A3: honours then counts after 授予 or 追授, a repeated quoted stem
        ("会议授予“三八红旗”集体8个、“三八红旗”手20名。",
         [("三八红旗集体", 8, "个", ORG), ("三八红旗手", 20, "名", P)]),
        ("大会授予三八红旗集体6个、“三八红旗”手15名。",
         [("三八红旗集体", 6, "个", ORG), ("三八红旗手", 15, "名", P)]),
        ("团市委授予“五四红旗”团委5个、“五四红旗”团支部12个。",
         [("五四红旗团委", 5, "个", ORG), ("五四红旗团支部", 12, "个", ORG)]),
        ("会议授予先进基层党组织8个、优秀共产党员30名。",
         [("先进基层党组织", 8, "个", ORG), ("优秀共产党员", 30, "名", P)]),
        # NEGATIVE: holders named before their count, then a quoted honour: one honour for the count
        ("授予王某等12名同志“优秀共产党员”称号。", [("优秀共产党员", 12, "名", P)]),
    ],
)
def test_listed_after_granting(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A2: a grade of a quoted campaign's prize on counted holders, at its conferral
        ("会议为获得“安康杯”竞赛优胜奖的6家单位、12名优秀安全员颁奖。",
         [("安康杯竞赛优胜奖", 6, "家", ORG), ("优秀安全员", 12, "名", P)]),
        ("会上为获得“安康杯”竞赛优胜奖的6家单位和12名个人颁奖。",
         [("安康杯竞赛优胜奖", 6, "家", ORG), ("安康杯竞赛优胜奖", 12, "名", P)]),
        ("大会对获得“金秋杯”评比一等奖的5个班组进行了表彰。", [("金秋杯评比一等奖", 5, "个", ORG)]),
        # NEGATIVE: no conferral told after them
        ("获得“安康杯”竞赛优胜奖的6家单位参加了会议。", []),
        ("获得“安康杯”竞赛优胜奖的6家单位代表作了发言。", []),
    ],
)
def test_grade_of_a_quoted_campaign(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A4: counts in 县 and 村, bodies
        ("4县被命名为“光荣脱贫县”。", [("光荣脱贫县", 4, "县", ORG)]),
        ("全市3村被评为“省级文明村”。", [("省级文明村", 3, "村", ORG)]),
        # an unquoted designation closing the clause
        ("农业部批准命名甲镇工贸小区等60个企业小区为第二批全国乡镇企业示范区。",
         [("全国乡镇企业示范区", 60, "个", ORG)]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("市委命名甲社区等8个社区为市级文明社区。", [("文明社区", 8, "个", ORG)]),
        # NEGATIVE: a designation that is no honour
        ("县里确定10个村为试点村。", []),
        ("市里认定20家企业为高新技术企业。", []),
    ],
)
def test_counted_places_and_designations(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A5: a scholarship handed over to a count; the first edition is no part of the name
        ("学校为120名学生颁发国家励志奖学金。", [("国家励志奖学金", 120, "名", P)]),
        ("基金会向36名在读博士生颁发首届某某基金奖学金。", [("某某基金奖学金", 36, "名", P)]),
        ("36名在读博士生日前获得首届某某基金奖学金。", [("某某基金奖学金", 36, "名", P)]),
        ("会上为20名青年教师颁发了首届园丁奖。", [("园丁奖", 20, "名", P)]),
        # the bare scholarship handed over is the one quoted before it in the sentence
        ("同场举行首届“某某医学奖学金”颁授环节，甲向15名医学生颁发奖学金。", [("某某医学奖学金", 15, "名", P)]),
        ("学校为120名学生颁发了奖学金。", [("奖学金", 120, "名", P)]),
        # NEGATIVE: aid handed over is no honour
        ("学校为50名贫困学生颁发助学金。", []),
    ],
)
def test_scholarships_and_first_edition(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A6: units built, counted in a list opened by the verb far into the clause
        ("目前，甲、乙、丙、丁、戊5地市已建成文明小区194个、文明单位和文明窗口1556个。", []),
        ("全县已建成文明村80个、文明户3000户。", []),
        ("全市现有文明单位1556个。", []),
        # the clause after is its own
        ("全市已建成文明小区194个、文明单位1556个，10个村被评为先进集体。", [("先进集体", 10, "个", ORG)]),
        # NEGATIVE: a conferring verb in the clause
        ("会议表彰了人才培养先进单位10个、优秀导师20名。",
         [("人才培养先进单位", 10, "个", ORG), ("优秀导师", 20, "名", P)]),
    ],
)
def test_units_built(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
