"""Award counts across registers: a past period's tally with its body first, contest grades told aside, and a headline total over joined honours: three wrong firings found on invented pages.

- A past period's tally with a body named as the subject before the year (据统计，警察局去年全年共有412人次获得记功
  嘉奖; 学校去年共有30名学生获评…) is a tally, no conferral of the reported event (GUIDELINES §5: "a tally of a past
  period (去年上半年…) is no award"), as it already was with the year first (去年，全局共有…).
- Grades won at a contest told in a sentence set apart as another matter (另外，在全国大学生数学竞赛中，我校8名学生获
  一等奖) after a ceremony that conferred something else (a scholarship's 颁奖仪式) are a competition result (§5: grades
  stay only when "the article reports the commendation or prize ceremony that conferred them").
- A headline total over honours joined by 和/及/与 that the body counts one by one (为1260名学生颁发国家奖学金和国家励志
  奖学金 above 56名 and 1204名) is their sum, not repeated (§1 a headline restating a body fact; §5 a total that is the
  sum of the listed categories), as one over a 、-list already was.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_COMMENDED = "5月6日，学校召开表彰大会，表彰“三好学生”20名。"
_OWN = [("三好学生", 20, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body as the subject before a past year: that year's tally
        ("5月6日，市公安局召开表彰大会，为8名民警记个人三等功。据统计，警察局去年全年共有412人次获得记功嘉奖。",
         [("个人三等功", 8, "名", "person")]),
        ("5月6日，市公安局召开表彰大会，为8名民警记个人三等功。全局去年共有300名民警获得嘉奖。",
         [("个人三等功", 8, "名", "person")]),
        (_COMMENDED + "学校去年共有30名学生获评“三好学生”。", _OWN),
        (_COMMENDED + "市第一医院去年共有12名医生荣获“优秀医师”称号。", _OWN),
        (_COMMENDED + "江城公司2022年共有8个班组获评“工人先锋号”。", _OWN),
        # negatives: the past year describing those commended now, a year inside the conferring clause, a work year
        ("5月6日，公司召开表彰大会，对去年涌现出的12名“优秀员工”进行了表彰。", [("优秀员工", 12, "名", "person")]),
        ("5月6日，大会表彰了学校去年评选出的30名“三好学生”。", [("三好学生", 30, "名", "person")]),
        ("5月6日，公司召开总结表彰大会，公司2024年度“优秀员工”20名受到表彰。", [("优秀员工", 20, "名", "person")]),
    ],
)
def test_body_before_past_year_is_tally(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another matter after a ceremony of something else: a contest's result
        ("11月21日，江城大学国家奖学金颁奖仪式在图书馆举行。仪式上，与会领导为获奖学生代表颁发证书。"
         "另外，在今年全国大学生数学竞赛中，我校8名学生获一等奖。", []),
        (_COMMENDED + "此外，在全省青年教师讲课比赛中，我校3名教师获一等奖。", _OWN),
        ("5月6日，市职工技能大赛颁奖典礼在市体育馆举行，大会为获奖选手颁奖。"
         "另悉，在全国职业院校技能大赛中，学院5名学生获得一等奖。", []),
        # negatives: no aside (told at the commendation, §5), an aside with no contest, an aside that confers itself
        (_COMMENDED + "在全省青年教师讲课比赛中，我校3名教师获一等奖。", [*_OWN, ("一等奖", 3, "名", "person")]),
        (_COMMENDED + "此外，大会还评出一等奖3名。", [*_OWN, ("一等奖", 3, "名", "person")]),
        ("5月6日，全市中学生作文大赛颁奖典礼举行。此外，在全市中学生作文大赛中，大会为获得一等奖的5名学生颁发了证书。",
         [("一等奖", 5, "名", "person")]),
    ],
)
def test_aside_contest_grades(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline's total over honours joined by a conjunction is the sum of the body's counts
        ("江城大学为1260名学生颁发国家奖学金和国家励志奖学金\n2024-11-22 来源：学生工作处\n11月21日，颁奖仪式在图书馆举行。"
         "今年，学校共有56名学生获得国家奖学金，1204名学生获得国家励志奖学金。会上还表彰“优秀辅导员”10名。\n",
         [("国家奖学金", 56, "名", "person"), ("国家励志奖学金", 1204, "名", "person"), ("优秀辅导员", 10, "名", "person")]),
        ("市总工会表彰320名劳动模范及先进工作者\n2024-05-02 来源：某网\n4月30日，市总工会召开大会，授予120名同志“劳动模范”"
         "称号，授予200名同志“先进工作者”称号，表彰“工人先锋号”8个。\n",
         [("劳动模范", 120, "名", "person"), ("先进工作者", 200, "名", "person"), ("工人先锋号", 8, "个", "organization")]),
        # negatives: a headline total the parts do not add up to, and one whose part the body never counts
        ("市总工会表彰300名劳动模范及先进工作者\n2024-05-02 来源：某网\n4月30日，市总工会召开大会，授予120名同志“劳动模范”"
         "称号，授予200名同志“先进工作者”称号。\n",
         [("劳动模范及先进工作者", 300, "名", "person"), ("劳动模范", 120, "名", "person"), ("先进工作者", 200, "名", "person")]),
        ("县里表彰50名优秀教师和优秀班主任\n2024-09-10 来源：某网\n9月9日，县教育局召开大会，表彰优秀教师30名。\n",
         [("优秀教师和优秀班主任", 50, "名", "person"), ("优秀教师", 30, "名", "person")]),
    ],
)
def test_headline_total_over_joined_honours(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected
