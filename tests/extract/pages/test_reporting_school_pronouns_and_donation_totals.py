"""University, school and research-institute news:
the reporting school or institute as a pronoun (本校, 本院, 我所) opening a meeting's name, a relative clause of who
built the body whose ceremony is held (由甲与乙共建的…揭牌仪式), an officiating 主礼 whose conferral is told in the
paragraph before, a target of money (计划新增科研经费…), the donations a body has received so far (累计接受捐赠…: now recorded, §6 twenty-third round),
and a prize as the subject rewarding its counted holders (“某某奖学金”资助优秀学生50名).
Near misses keep their earlier reading: a named school before the name, a campus (本校区), a body that hosts
(由…主办的), 主礼 at an inauguration, money added by a decision, one donor's gifts, honours counted after a verb.
All sentences are invented; the expected values follow corpus/GUIDELINES.md §3-§6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reporting school, institute or college as a pronoun before the name: no part of it, no organizer (§3)
        ("本校113學年度畢業典禮6月8日上午在中正堂舉行。", [("113学年度毕业典礼", "2024-06-08", None)]),
        ("本校第十五屆傑出校友表揚大會5月4日在行政大樓舉行。", [("第十五届杰出校友表扬大会", "2024-05-04", None)]),
        ("本院2024年度科研工作会议5月6日上午在学术报告厅召开。", [("2024年度科研工作会议", "2024-05-06", None)]),
        ("我所2024年度职工代表大会5月6日在二楼会议室召开。", [("2024年度职工代表大会", "2024-05-06", None)]),
        # (negative: a named school before the name is its organizer, as before)
        ("江城大学2024届毕业典礼5月6日上午在体育馆举行。", [("2024届毕业典礼", "2024-05-06", "江城大学")]),
    ],
)
def test_the_reporting_body_before_a_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # who built or set up the body whose ceremony is held: no part of the ceremony's name, nor its organizer (§3)
        ("5月6日，由江城大学与临江市人民政府共建的临江生态研究院揭牌仪式在临江举行。", [("临江生态研究院揭牌仪式", "2024-05-06", None)]),
        ("5月6日，由省科技厅和江城大学联合组建的先进材料研究中心揭牌仪式在江城举行。", [("先进材料研究中心揭牌仪式", "2024-05-06", None)]),
        ("5月6日，由两校共同设立的联合培养基地授牌仪式在江城举行。", [("联合培养基地授牌仪式", "2024-05-06", None)]),
        # (negative: the body that hosts it is its organizer)
        ("5月6日，由江城大学主办的第三届材料科学论坛在江城举行。", [("第三届材料科学论坛", "2024-05-06", "江城大学")]),
    ],
)
def test_who_built_the_body_before_its_ceremony(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 主礼 confers the degrees told in the paragraph before (GUIDELINES §4: 颁奖), a paragraph break between
        ("嶺南書院今日舉行榮譽院士頒授典禮，頒授榮譽院士予五位人士。\n典禮由校監梁志遠主禮，校長陳國華致辭。",
         {"梁志远": ("校监", ("颁奖",)), "陈国华": ("校长", ("致辞",))}),
        ("嶺南書院今日舉行榮譽院士頒授典禮，頒授榮譽院士予五位人士。\n\n典禮由校監梁志遠主禮。",
         {"梁志远": ("校监", ("颁奖",))}),
        # (negative: an inauguration officiated, nothing conferred on the page: no role)
        ("新翼大樓今日舉行開幕典禮。\n典禮由校監梁志遠主禮，校長陳國華致辭。", {"陈国华": ("校长", ("致辞",))}),
    ],
)
def test_officiating_after_a_paragraph_break(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-11-08"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a target of money still to come (计划新增): only intended, no record (§6)
        ("研究所今年计划新增科研经费8000万元。", []),
        ("学院明年计划新增实验室建设经费500万元。", []),
        # the donations a body has received so far: money received, recorded as stated over any span (§6 twenty-third
        # review round, which replaced this hunt's reading of them as a running total, no gift)
        ("截至目前，学校累计接受校友捐赠超过3亿元。", [(300000000.0, "CNY", None)]),
        ("基金会成立十年来，累计收到社会捐款2600万元。", [(26000000.0, "CNY", None)]),
        # (negative: money added by a body's allocation, and one donor's gifts, stay)
        ("县财政新增安排资金200万元，用于校舍改造。", [(2000000.0, "CNY", "校舍改造")]),
        ("校友林某累计向母校捐赠300万元，用于资助贫困学生。", [(3000000.0, "CNY", "资助贫困学生")]),
    ],
)
def test_targets_and_running_totals_of_donations(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a prize as the subject rewarding its counted holders: the prize is the honour (§5)
        ("学校举行奖学金颁奖典礼。社会捐资设立的“启航奖学金”资助优秀学生60名。", [("启航奖学金", 60, "名", "person")]),
        ("学校举行奖学金颁奖典礼。“启航奖学金”奖励家庭困难学生60名。", [("启航奖学金", 60, "名", "person")]),
        ("学校举行奖学金颁奖典礼。校友设立的“育英奖学金”共奖励优秀学生20名。", [("育英奖学金", 20, "名", "person")]),
        ("学校举行奖学金颁奖典礼。“启航奖学金”等12项社会奖学金共奖励学生300人次。", [("社会奖学金", 300, "人次", "person")]),
        # (negative: the holders' description conferred after a verb, as before)
        ("学校召开表彰大会。会议表彰优秀学生50名。", [("优秀学生", 50, "名", "person")]),
        ("学校举行奖学金颁奖典礼。60名学生获得“启航奖学金”。", [("启航奖学金", 60, "名", "person")]),
    ],
)
def test_a_prize_rewarding_its_holders(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
