"""Dirty real-page layouts: a commendation list whose rows a converter or a layout broke
in two (the honour alone on a line, its count on the line below: 先进集体 / （5个）, 一等奖 / 三名, 优秀医师 / 30名,
先进个人： / 20名), a bracketed count on a line of its own taken for a photo caption (（共20名）), and betting-site spam
names with a platform word injected into a meeting's or an honour's name (bat365在线平台, bat365网址).
Near misses keep their earlier reading. All sentences are invented; the expected values follow corpus/GUIDELINES.md
§1, §3 and §5."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers

# A closing paragraph, so that the list above it is body, not a page's trailer.
_CLOSING = "会上，党委书记李文华指出，全体干部职工要以受表彰的先进集体和个人为榜样，立足岗位、担当作为，为全年目标任务的完成作出新的更大贡献。"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a bracketed count on the line below its honour (§5: one record per counted honour)
        ("1月18日，华兴公司召开2024年度工作总结暨表彰大会，公司领导班子成员、各部门负责人及员工代表参加会议。表彰名单如下：\n先进集体\n（5个）\n生产一部、质检中心\n先进个人\n（20名）\n王建军、刘红等",
         [("先进集体", 5, "个", "organization"), ("先进个人", 20, "名", "person")]),
        # (共 inside the brackets, four characters: a count, no photo caption; numbered rows)
        ("6月28日，区委召开表彰大会，表彰名单如下：\n一、先进基层党组织\n（共5个）\n第一党支部、第二党支部\n二、优秀共产党员\n（共20名）\n张三、李四等",
         [("先进基层党组织", 5, "个", "organization"), ("优秀共产党员", 20, "名", "person")]),
        # a bare count below, the honour's line closed by a colon
        ("6月28日，区委召开表彰大会，表彰名单如下：\n先进基层党组织：\n5个\n优秀共产党员：\n20名",
         [("先进基层党组织", 5, "个", "organization"), ("优秀共产党员", 20, "名", "person")]),
        # a quoted honour or one in 【】 on its own line
        ("6月28日，区委召开表彰大会，表彰名单如下：\n“先进基层党组织”\n（5个）\n【优秀共产党员】\n（20名）",
         [("先进基层党组织", 5, "个", "organization"), ("优秀共产党员", 20, "名", "person")]),
        # prize grades counted in Chinese numerals, each on the line below its grade
        ("8月18日上午，书法大赛颁奖典礼在区文化馆举行。经评审，评出：\n一等奖\n三名\n二等奖\n八名\n三等奖\n十五名",
         [("一等奖", 3, "名", "person"), ("二等奖", 8, "名", "person"), ("三等奖", 15, "名", "person")]),
        # the parts of a stated total, each broken in two: the parts, the total not repeated (§5)
        ("8月19日，市卫健委召开表彰大会。大会共表彰先进个人50名，其中：\n优秀医师\n30名\n优秀护士\n20名",
         [("优秀医师", 30, "名", "person"), ("优秀护士", 20, "名", "person")]),
        # (the rows whole, as before)
        ("1月18日，华兴公司召开2024年度工作总结暨表彰大会，公司领导班子成员、各部门负责人及员工代表参加会议。表彰名单如下：\n先进集体（5个）\n生产一部、质检中心\n先进个人（20名）\n王建军、刘红等",
         [("先进集体", 5, "个", "organization"), ("先进个人", 20, "名", "person")]),
        # (a space before the bracketed count on one line)
        ("1月18日，华兴公司召开2024年度工作总结暨表彰大会，公司领导班子成员、各部门负责人及员工代表参加会议。表彰名单如下：\n先进集体 （5个）\n生产一部、质检中心",
         [("先进集体", 5, "个", "organization")]),
        # (negative: a count below a line that names no honour: attendance, no award)
        ("1月18日，华兴公司召开2024年度工作会议，总结去年各项工作，部署今年重点任务。参加会议的有：\n公司领导\n（6名）\n部门负责人\n（30名）", []),
        # (negative: holdings listed under no conferral: nothing conferred)
        ("截至目前，全县创建工作成效明显，现有：\n省级文明村\n12个\n市级文明村\n30个", []),
        # (negative: candidates announced for comment, not yet commended)
        ("根据市委组织部的统一安排，现将2024年度拟表彰的先进集体和先进个人对象予以公示，公示期为5个工作日，名单如下：\n先进集体\n（5个）\n先进个人\n（20名）", []),
        # (nor with the rows whole: a list line under a proposal confers nothing)
        ("根据市委组织部的统一安排，现将2024年度拟表彰的先进集体和先进个人对象予以公示，公示期为5个工作日，名单如下：\n先进集体（5个）\n先进个人（20名）", []),
    ],
)
def test_list_rows_broken_in_two(extract, lines: str, expected: list) -> None:
    assert honours(extract(page(lines + "\n" + _CLOSING))) == expected


def test_bracketed_count_line_is_no_caption(extract) -> None:
    # (（共120名） stays in the clean text; a bracketed note with words, （资料图片）, is still a caption)
    record = extract(page("6月28日，区委召开表彰大会，表彰名单如下：\n优秀共产党员\n（共120名）\n张三、李四等\n（资料图片 王明 摄）\n" + _CLOSING))
    assert "（共120名）" in record["clean_text"]
    assert "资料图片" not in record["clean_text"]
    assert honours(record) == [("优秀共产党员", 120, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a betting site's name with a platform word injected into a meeting's name (§1: spam removed)
        ("9月23日上午，县农业农村局召开2024年秋粮收购工作bat365在线平台推进会。",
         [("2024年秋粮收购工作推进会", "2024-09-23", "县农业农村局")]),
        ("9月23日，县农业农村局召开秋粮收购工作bet365官网入口推进会。",
         [("秋粮收购工作推进会", "2024-09-23", "县农业农村局")]),
        # (negative: an event's site named with its year, not spam)
        ("9月23日，县商务局召开APEC2024官网宣传工作推进会。",
         [("APEC2024官网宣传工作推进会", "2024-09-23", "县商务局")]),
    ],
)
def test_platform_spam_in_meeting_names(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-09-24"))) == expected


def test_platform_spam_in_an_honour(extract) -> None:
    record = extract(page("6月28日，区委召开表彰大会，授予30名同志“优秀bat365网址共产党员”称号，授予12名同志“优秀党务工作者”称号。"))
    assert honours(record) == [("优秀共产党员", 30, "名", "person"), ("优秀党务工作者", 12, "名", "person")]


_LEAD = "标题\n3月14日上午，县委召开全县组织工作会议，县委书记王强出席并讲话。会议表彰了先进基层党组织10个。\n"


@pytest.mark.parametrize(
    ("footer", "published", "date"),
    [
        # the page's date only in a credit line closing the page: the publication date, and the meeting's year (§2, §3)
        ("（县委组织部 供稿）2024-03-15", "2024-03-15", "2024-03-14"),
        ("县委组织部 供稿  2024.03.15", "2024-03-15", "2024-03-14"),
        ("文/图 县委组织部 2024-03-15", "2024-03-15", "2024-03-14"),
        # a paper's edition line with the weekday before the page
        ("《城南日报》2024年3月15日 星期五 第02版", "2024-03-15", "2024-03-14"),
        # (as before: the credit inside the brackets, the edition line without a weekday)
        ("（县委组织部 供稿 2024-03-15）", "2024-03-15", "2024-03-14"),
        ("《城南日报》（2024年3月15日 第02版）", "2024-03-15", "2024-03-14"),
        # (negative: a link to another post, a deadline label: no publication date, no year for the meeting)
        ("【上一篇】2023-03-10", None, None),
        ("（报名截止）2024-04-30", None, None),
    ],
)
def test_footer_credit_dates(extract, footer: str, published: str | None, date: str | None) -> None:
    record = extract(_LEAD + footer + "\n")
    assert (record["published"], [m["date"] for m in record["meetings"]]) == (published, [date])


def test_model_name_running_into_a_bracket(extract_with_model) -> None:
    # a reporter's credit in brackets before the lead: the model's name running into the closing bracket is no
    # person (§4: the credit is no speaker); the speaker after it is still read
    body = ("本报讯（通讯员 黎春）1月16日，区应急管理局召开2023年度安全生产工作总结表彰会，局长邵刚出席并讲话。"
            "会议表彰了安全生产工作先进单位6个、先进个人18名。邵刚要求，各单位要把安全生产摆在首要位置。")
    record = extract_with_model("区应急管理局召开年度总结表彰会\n" + body + "\n", "2024-01-17")
    assert speakers(record) == {"邵刚": ("局长", ("讲话",))}
