"""Award grades after a prize ceremony and references back, tenth review round (GUIDELINES §5 and §3): a bare prize grade counted after a ceremony named for a prize
in the sentence before carries the prize's name; 该奖/该奖章/此项荣誉 refer back to the honour named just before, in the
sentence before as well; a quoted scheme set up with its places confers nothing; a meeting held by 该校/该院/该公司/该局
is organized by the body named in the same or the previous sentence. Invented sentences; expected values follow
corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # B1: bare grades after a ceremony named for a prize in the sentence before
        ("全省冶金科学技术奖颁奖大会日前召开。本年度共授奖项目60项，其中特等奖2项、一等奖10项。",
         [("冶金科学技术奖特等奖", 2, "项", None), ("冶金科学技术奖一等奖", 10, "项", None)]),
        ("市科学技术奖励大会昨天召开。今年共评出获奖项目120项，其中一等奖15项、二等奖40项。",
         [("市科学技术奖一等奖", 15, "项", None), ("市科学技术奖二等奖", 40, "项", None)]),
        ("2024年度江城市科技进步奖表彰大会召开。会议表彰获奖项目50项，其中一等奖5项、二等奖15项。",
         [("江城市科技进步奖一等奖", 5, "项", None), ("江城市科技进步奖二等奖", 15, "项", None)]),
        # near misses: a grade with its own prize keeps it; a meeting named for no prize names none
        ("全省冶金科学技术奖颁奖大会日前召开。会上还颁发了青年科技奖一等奖3项。", [("青年科技奖一等奖", 3, "项", None)]),
        ("全省冶金工作会议日前召开。本年度共授奖项目60项，其中特等奖2项、一等奖10项。",
         [("特等奖", 2, "项", None), ("一等奖", 10, "项", None)]),
        ("全省冶金科学技术奖颁奖大会日前召开。其中，省自然科学奖30项，其中一等奖2项。",
         [("省自然科学奖", 30, "项", None), ("省自然科学奖一等奖", 2, "项", None)]),
    ],
)
def test_grade_after_prize_ceremony(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # B2: 该奖, 该奖章, 此项荣誉 refer back to the honour named in the sentence before
        ("市政府设立“金牛奖”。今年该奖授予10名企业家。", [("金牛奖", 10, "名", "person")]),
        ("省总工会设立“五一劳动奖章”。今年共有20名职工获得该奖章。", [("五一劳动奖章", 20, "名", "person")]),
        ("市里设立“城市英才”荣誉。今年共有15名市民获得此项荣誉。", [("城市英才", 15, "名", "person")]),
        ("市委授予“城市英才”称号，共有15名市民获得此项荣誉。", [("城市英才", 15, "名", "person")]),
        ("去年设立的“江城工匠”荣誉。今年有8名职工获得该荣誉。", [("江城工匠", 8, "名", "person")]),
        ("市里设立“城市英才”称号。今年共有15名市民获得该称号。", [("城市英才", 15, "名", "person")]),
        # near miss: no honour named before, no record
        ("今年共有20名职工获得该奖章。", []),
    ],
)
def test_this_prize_refers_back(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # B3: a scheme set up with its places confers nothing yet
        ("学校设立“优秀学生”奖学金10名。", []),
        ("学院设有“励志”助学金20名。", []),
        ("公司今年设立“创新之星”奖10个。", []),
        # near misses: holders counted where the honour is conferred
        ("会议设立“先进集体”奖，表彰了10个“先进集体”。", [("先进集体", 10, "个", "organization")]),
        ("学校为120名学生颁发国家励志奖学金。", [("国家励志奖学金", 120, "名", "person")]),
    ],
)
def test_scheme_set_up(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "学校为10名学生颁发“优秀学生”奖学金。",
        "学校设立“优秀学生”奖学金，今年共有10名学生获得“优秀学生”奖学金。",
        "学校今年设立“优秀学生”奖学金并为10名学生颁发了“优秀学生”奖学金。",
    ],
)
def test_scheme_quoted_conferred_keeps_a_record(extract, body: str) -> None:
    # conferred on counted students (set up in a clause of its own, or not at all): a record of 10 persons stays
    assert [(a[1], a[3]) for a in honours(extract(page(body)))] == [(10, "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # B4: 该校/该院/该公司/该局 stand for the body named in the same or the previous sentence
        ("记者从江城市第一中学获悉，该校日前召开2024年高考动员会。", [("2024年高考动员会", None, "江城市第一中学")]),
        ("记者从江城市人民医院获悉，该院日前召开2024年党风廉政建设工作会议。",
         [("2024年党风廉政建设工作会议", None, "江城市人民医院")]),
        ("江城电力公司党委高度重视安全工作。近日，该公司召开安全生产工作会议。", [("安全生产工作会议", None, "江城电力公司")]),
        ("记者从市交通运输局了解到，该局日前召开全市交通运输工作会议。", [("全市交通运输工作会议", None, "市交通运输局")]),
        # near misses: no body named, or named two sentences back
        ("据了解，该校日前召开2024年高考动员会。", [("2024年高考动员会", None, None)]),
        ("江城市第一中学是一所百年名校。学校有教师200名。近日，该校召开2024年高考动员会。", [("2024年高考动员会", None, None)]),
    ],
)
def test_body_anaphor_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
