"""Award counts in commendation notices, company, school and Taiwan pages: an honour's count after
共计/合计/计, also as a later item after a comma (“文明家庭”合计20户, 先进班组计7个), and 计 opening a list of counted
items (计金牌奖15人、银牌奖28人); list headings in 【】 or numbered （一） (【先进集体】（8个）); an honour quoted only in its
qualifying word with its count in brackets (命名…为“四强”党支部（共16个）); a day or a month of last year opening a clause
(去年教师节，…; 去年12月，…); what each holder gets (每人获颁奖章一座).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §5 (one record per counted honour; tallies of past periods are no awards; an award needs a count of
holders)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("经村居推荐、镇妇联审核，本次评选出“五好家庭”共计25户，“平安家庭”合计18户。",
         [("五好家庭", 25, "户", None), ("平安家庭", 18, "户", None)]),
        ("公司年会上，评选产生“金牌员工”计16名、“优秀团队”计4个，“创新之星”合计3名。",
         [("金牌员工", 16, "名", "person"), ("优秀团队", 4, "个", "organization"), ("创新之星", 3, "名", "person")]),
        ("本次表彰会评选出优秀员工40名，先进班组合计9个。",
         [("优秀员工", 40, "名", "person"), ("先进班组", 9, "个", "organization")]),
        ("县府今日表扬绩优志工80名，并颁发志愿服务绩优奖章，计金牌奖12人、银牌奖20人、铜牌奖31人。",
         [("绩优志工", 80, "名", "person"), ("金牌奖", 12, "人", "person"), ("银牌奖", 20, "人", "person"),
          ("铜牌奖", 31, "人", "person")]),
        # NEGATIVE: an honour whose name begins with 计 (计划生育) keeps it
        ("大会表彰了计划生育先进个人25名。", [("计划生育先进个人", 25, "名", "person")]),
        # NEGATIVE: a total over the items listed before it, stated with 合计, is not repeated
        ("大会表彰了优秀教师30名、优秀班主任20名，合计50名。",
         [("优秀教师", 30, "名", "person"), ("优秀班主任", 20, "名", "person")]),
    ],
)
def test_count_after_a_total_word(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("公司党委研究决定，对以下集体和个人予以通报表彰：\n【红旗班组】（6个）\n装配车间一班、检修车间二班\n"
         "【岗位标兵】（15名）\n周楠、许立、邵军\n",
         [("红旗班组", 6, "个", "organization"), ("岗位标兵", 15, "名", "person")]),
        ("学院团委决定予以表彰。\n（一）优秀团支部（9个）\n文学院2023级团支部\n（二）优秀团员（60名）\n马琳　程浩\n",
         [("优秀团支部", 9, "个", "organization"), ("优秀团员", 60, "名", "person")]),
        # NEGATIVE: a bracketed heading with no conferral before it counts nothing honoured
        ("本期共培训学员200人。\n【培训班次】（4个）\n科级干部进修班\n", []),
    ],
)
def test_list_headings_in_brackets(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("局党委决定，命名第二中学党支部等党组织为“五星”党支部（共11个）。", [("五星党支部", 11, "个", "organization")]),
        ("授予城关社区党委等党组织“红旗”党组织称号（共7个）。", [("红旗党组织", 7, "个", "organization")]),
        ("授予李某等同志“四有”好老师称号（共22名）。", [("四有好老师", 22, "名", "person")]),
        # NEGATIVE: a whole honour quoted keeps its name; representatives are not all honoured
        ("授予赵某等同志“优秀党务工作者”称号（共9名）。", [("优秀党务工作者", 9, "名", "person")]),
        ("推选“优秀共产党员”代表（共5名）参加大会。", []),
    ],
)
def test_qualifying_word_quoted_with_bracketed_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会表彰了优秀教师96名。去年教师节，区里表彰优秀教师88名。", [("优秀教师", 96, "名", "person")]),
        ("会议表彰优秀党员7名。去年“七一”前夕，局党委表彰优秀党员5名。", [("优秀党员", 7, "名", "person")]),
        ("会议表彰先进个人14名。去年11月，集团表彰先进个人12名。", [("先进个人", 14, "名", "person")]),
        # NEGATIVE: this year's holiday is this occasion
        ("今年教师节，区里表彰优秀教师88名。", [("优秀教师", 88, "名", "person")]),
    ],
)
def test_day_or_month_of_last_year(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("院长颁奖表扬模范公务人员36名，每人获颁奖章一座及奖金。", [("模范公务人员", 36, "名", "person")]),
        ("每个获奖单位获颁奖牌一块。", []),
        # NEGATIVE: 每人 after the count says what each of those counted gets
        ("大会表彰先进集体6个、先进个人18名，每人奖励2000元。",
         [("先进集体", 6, "个", "organization"), ("先进个人", 18, "名", "person")]),
    ],
)
def test_what_each_holder_gets(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("镇党委决定予以表彰。\n一、“文明”家庭（12户）\n张家、李家\n二、“最美”医生（5名）\n王某\n",
         [("文明家庭", 12, "户", None), ("最美医生", 5, "名", "person")]),
        ("学校决定予以表彰，名单如下：\n一、“十佳”班主任 10名\n二、优秀辅导员 4名\n",
         [("十佳班主任", 10, "名", "person"), ("优秀辅导员", 4, "名", "person")]),
        # NEGATIVE: a quoted heading with no conferral before it counts nothing honoured
        ("本镇今年开展入户走访。\n一、“文明”家庭（12户）\n张家、李家\n", []),
    ],
)
def test_list_line_quoted_in_its_qualifying_word(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("授予“光荣在党50年”纪念章的老党员共26名。", [("光荣在党50年纪念章", 26, "名", "person")]),
        ("被授予“优秀共青团员”称号的同学有45名。", [("优秀共青团员", 45, "名", "person")]),
        # NEGATIVE: holders tallied over the years, nothing conferred now
        ("近年来，被授予“优秀共产党员”称号的同志共有12名。", []),
    ],
)
def test_conferred_honour_then_its_holders_counted(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("表彰会昨天举行。60家单位和80名个人分别荣获“科技下乡”先进集体、先进个人称号。名单如下：\n"
         "一、“科技下乡”先进集体（共60个）\n甲厂、乙站\n",
         [("科技下乡先进集体", 60, "家", "organization"), ("科技下乡先进个人", 80, "名", "person")]),
        # NEGATIVE: another count of the same honour is another fact
        ("表彰会昨天举行。60家单位和80名个人分别荣获“科技下乡”先进集体、先进个人称号。名单如下：\n"
         "一、“科技下乡”先进集体（共58个）\n甲厂、乙站\n",
         [("科技下乡先进集体", 60, "家", "organization"), ("科技下乡先进个人", 80, "名", "person"),
          ("科技下乡先进集体", 58, "个", "organization")]),
    ],
)
def test_list_heading_restating_a_count_of_bodies(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
