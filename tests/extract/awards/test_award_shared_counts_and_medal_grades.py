"""Award phrasings: one count before two quoted honours joined by 和 (the whole
phrase, GUIDELINES §5), two quoted honours side by side with the count after the second (that one's), a count
after a quoted honour whose sibling has its own count before it, need-based aid (助学金) read as no honour, a
bare medal grade after the medal named with another grade (…“红领巾奖章”一星章，8名队员获得二星章), metal grades
and 获得者 after a medal, and prize grades whose kind the next item's words decided.  Invented sentences; the
expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one count before two quoted honours joined by 和, then the conferral: one record, the whole phrase (§5)
        ("大会对23名“十佳员工”和“优秀员工”进行了表彰。", [("十佳员工和优秀员工", 23, "名", "person")]),
        ("大会对23名“十佳员工”及“优秀员工”进行了表彰。", [("十佳员工及优秀员工", 23, "名", "person")]),
        ("会议为30名“最美护士”和“优秀护士”颁发证书和奖金。", [("最美护士和优秀护士", 30, "名", "person")]),
        ("授予23名同志“优秀共产党员”和“优秀党务工作者”称号。", [("优秀共产党员和优秀党务工作者", 23, "名", "person")]),
        # the same with the count after the honours and 的
        ("会议为获得“十佳员工”和“优秀员工”称号的23名员工颁奖。", [("十佳员工和优秀员工", 23, "名", "person")]),
        # a total word before the count after two quoted honours: over both, the whole phrase
        ("会议对“十佳员工”和“优秀员工”共23名进行了表彰。", [("十佳员工和优秀员工", 23, "名", "person")]),
        ("会议表彰了“十佳员工”和“优秀员工”共23名。", [("十佳员工和优秀员工", 23, "名", "person")]),
        # negative: each honour with its own count, and representatives of both on stage
        ("会议表彰了30名“优秀教师”和20名“优秀班主任”。",
         [("优秀教师", 30, "名", "person"), ("优秀班主任", 20, "名", "person")]),
        ("会议表彰了30名“优秀教师”和“优秀班主任”和8个“先进集体”。",
         [("优秀教师", 30, "名", "person"), ("先进集体", 8, "个", "organization")]),
        ("大会对23名“十佳员工”和“优秀员工”代表进行了表彰。", []),
        ("会上，10名“优秀教师”和“优秀班主任”代表作了发言。", []),
        # negative: holders counted over the years, and people who only entered
        ("近年来，先后有30名教师获得“优秀教师”和“优秀班主任”称号。", []),
        ("参加“优秀教师”和“优秀班主任”评选的50名教师参加了培训。", []),
    ],
)
def test_one_count_over_joined_quoted_honours(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two quotes side by side, the count after the second: that one's (a number inside the first is its name's)
        ("会议表彰了2023年度“金陵区民营企业50强”“金陵区优秀民营企业家”20名。", [("金陵区优秀民营企业家", 20, "名", "person")]),
        ("会议表彰了“十佳村干部”“优秀村干部”30名。", [("优秀村干部", 30, "名", "person")]),
        # the first with its own count before it: the count after the second is that one's
        ("会议表彰了10个“先进集体”和“先进个人”50名。",
         [("先进集体", 10, "个", "organization"), ("先进个人", 50, "名", "person")]),
        # already right: 和 between, a count after the last (tests/extract/awards/test_award_tallies_over_years_and_later_items.py)
        ("会议表彰了“十佳村干部”和“优秀村干部”30名。", [("优秀村干部", 30, "名", "person")]),
        # negative: 各 gives each its count; a quote with its own count after it
        ("会议表彰了“文明家庭”“最美家庭”各20户。", [("文明家庭", 20, "户", None), ("最美家庭", 20, "户", None)]),
        ("会议表彰了“纳税50强企业”10家、“优秀民营企业家”20名。",
         [("纳税50强企业", 10, "家", "organization"), ("优秀民营企业家", 20, "名", "person")]),
    ],
)
def test_count_after_quoted_honours_side_by_side(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # need-based aid is no honour (§5: an honour named; the money is funding)
        ("本学年，学校共评选出国家奖学金获得者18名、国家励志奖学金获得者356名，国家助学金资助学生2860名。",
         [("国家奖学金", 18, "名", "person"), ("国家励志奖学金", 356, "名", "person")]),
        ("全县共有3名学生获得国家助学金。", []),
        ("今年共有120名学生获得奖助学金。", []),
        ("全校共有30名学生获得三好学生，10名学生获得国家助学金。", [("三好学生", 30, "名", "person")]),
        # negative: honours for helping those in need stay honours
        ("会议表彰了20名“优秀帮扶干部”。", [("优秀帮扶干部", 20, "名", "person")]),
        ("会议表彰了扶贫济困先进个人20名。", [("扶贫济困先进个人", 20, "名", "person")]),
    ],
)
def test_need_based_aid_is_no_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare grade after the medal named with another grade: the medal written once (§5, the whole name)
        ("本学期共有42名少先队员获得“红领巾奖章”一星章，8名队员获得二星章。",
         [("红领巾奖章一星章", 42, "名", "person"), ("红领巾奖章二星章", 8, "名", "person")]),
        ("本学期共有42名少先队员获得“红领巾奖章”一星章。另有8名队员获得二星章。",
         [("红领巾奖章一星章", 42, "名", "person"), ("红领巾奖章二星章", 8, "名", "person")]),
        # metal grades and 获得者 after a medal
        ("会上，36名少先队员获得“红领巾奖章”金章，12名获得银章。",
         [("红领巾奖章金章", 36, "名", "person"), ("红领巾奖章银章", 12, "名", "person")]),
        ("大会表彰了“红领巾奖章”一星章获得者42名、二星章获得者8名。",
         [("红领巾奖章一星章", 42, "名", "person"), ("红领巾奖章二星章", 8, "名", "person")]),
        ("大会为获得“红领巾奖章”三星章的12名队员颁奖。", [("红领巾奖章三星章", 12, "名", "person")]),
        ("共有42名少先队员获得“红领巾奖章”一星章，同时有8个中队获得“红领巾奖章”集体奖章。",
         [("红领巾奖章一星章", 42, "名", "person"), ("红领巾奖章集体奖章", 8, "个", "organization")]),
        # negative: a grade alone keeps its word (no medal before); a metal grade alone names no medal
        ("8名队员获得二星章。", [("二星章", 8, "名", "person")]),
        ("会上，12名选手获得银章。", []),
    ],
)
def test_medal_grades(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # prizes counted: the next item's 组织 after 和 names no bodies for the one before
        ("比赛共评出一等奖3个、二等奖5个、三等奖8个和优秀组织奖2个。",
         [("一等奖", 3, "个", None), ("二等奖", 5, "个", None), ("三等奖", 8, "个", None), ("优秀组织奖", 2, "个", None)]),
        # negative: bodies named right after the count
        ("会议对荣获一等奖的3个单位进行了表彰。", [("一等奖", 3, "个", "organization")]),
    ],
)
def test_prize_grades_counted(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # categories of a prize counted, no conferral (§5 `6大奖项`)
        "目前该奖下设“前沿医学奖”“新材料奖”“智能科学奖”三个奖项。",
        "目前该奖下设“前沿医学奖”“新材料奖”两个奖项。",
    ],
)
def test_quoted_categories_counted(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
