"""Award phrasings of past periods and pairing: last year's holders commended here, earlier editions, planned dates and more counts than honours: holders
of last year commended at this meeting, an earlier edition inside a clause about something else, a planned date
in an undated article, the meeting as subject after a milestone, and more counts than honours whose kinds settle
the pairs.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # last year's holders commended at this meeting: the year says when they earned it, the meeting confers it
        ("1月15日，县委召开表彰大会。去年全县涌现出的20个“先进集体”和50名“先进个人”在会上受到表彰。",
         [("先进集体", 20, "个", "organization"), ("先进个人", 50, "名", "person")]),
        ("1月15日，县委召开2023年度综合考核表彰大会。上年度全县涌现出的20个先进集体和50名先进个人受到大会表彰。县委书记赵刚讲话。",
         [("先进集体", 20, "个", "organization"), ("先进个人", 50, "名", "person")]),
        ("3月7日，市妇联召开表彰大会，2023年我市涌现出的50名“三八红旗手”受到表彰。", [("三八红旗手", 50, "名", "person")]),
        ("1月9日，公司召开表彰会。2023年各单位推荐评选出的60名“优秀员工”在会上受到表彰。", [("优秀员工", 60, "名", "person")]),
        ("1月9日，公司召开表彰会，去年本公司评选出的60名“优秀员工”受到表彰。", [("优秀员工", 60, "名", "person")]),
        # still last year's tally: this meeting named only in another clause, or the holders not commended here
        ("1月15日，县委召开表彰大会。去年我县表彰了30名“担当作为好干部”，本次大会表彰了20名“担当作为好干部”。",
         [("担当作为好干部", 20, "名", "person")]),
        ("1月15日，县委召开表彰大会。去年全县评选出的20名“先进个人”名单已在网上公布。", []),
        ("2月19日，集团召开年度表彰大会。2023年，公司共表彰先进集体12个、先进个人60名。今年，公司表彰先进集体15个、先进个人70名。",
         [("先进集体", 15, "个", "organization"), ("先进个人", 70, "名", "person")]),
    ],
)
def test_a_past_year_before_holders_commended_at_this_meeting(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-01-16"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an earlier edition inside a clause about something else governs no count of this edition
        ("6月19日，市作家协会召开第五次会员代表大会。会议审议通过了上届理事会工作报告，表彰了“优秀会员”30名。",
         [("优秀会员", 30, "名", "person")]),
        ("6月19日，市作家协会召开第五次会员代表大会，审议通过上一届理事会工作报告，并表彰“优秀会员”30名。",
         [("优秀会员", 30, "名", "person")]),
        ("5月31日，市教育局举行颁奖仪式，邀请往届获奖教师代表出席，现场为30名“教学能手”颁发证书。",
         [("教学能手", 30, "名", "person")]),
        ("5月31日，市教育局举行颁奖仪式。本次评选在认真总结上届经验的基础上，评出“教学能手”30名、“教学新秀”50名。",
         [("教学能手", 30, "名", "person"), ("教学新秀", 50, "名", "person")]),
        ("6月19日，第十届“金笔奖”颁奖典礼举行。与前两届相比，参评作品数量大幅增加，共评出一等奖3名、二等奖5名。",
         [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
        ("12月19日，第五届创新创业大赛颁奖典礼举行。上届冠军团队代表出席并为获奖者颁奖，典礼评出金奖5个、银奖10个。",
         [("金奖", 5, "个", None), ("银奖", 10, "个", None)]),
        ("6月19日，第十届“金笔奖”颁奖典礼举行。历届获奖者代表出席典礼，共有10名作者获得“金笔奖”。",
         [("金笔奖", 10, "名", "person")]),
        ("5月31日，市教育局举行颁奖仪式。历届“教学能手”代表分享经验后，市教育局为30名“教学能手”颁发证书。",
         [("教学能手", 30, "名", "person")]),
        # an earlier edition opening the count's clause or a clause of its time right before: its own tally
        ("6月19日，第十届“金笔奖”颁奖典礼举行。前两届共评出一等奖6名。本届共评出一等奖3名、二等奖5名。",
         [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
        ("6月19日，协会召开大会，表彰“优秀会员”30名。往届评选中，共有20名会员获得“优秀会员”称号。",
         [("优秀会员", 30, "名", "person")]),
        ("12月19日，大赛颁奖典礼举行，评出金奖5个。上届，共评出金奖8个。", [("金奖", 5, "个", None)]),
    ],
)
def test_an_earlier_edition_leads_only_its_own_clause(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-06-20"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned date does not make the undated article's year 2025, so 2024 is this year
        ("学校召开教师节表彰大会\n来源：某某中学\n9月9日下午，学校召开教师节表彰大会。学校新校区计划于2025年8月投入使用。"
         "2024年，学校共表彰“优秀教师”50名、“优秀班主任”20名。\n",
         [("优秀教师", 50, "名", "person"), ("优秀班主任", 20, "名", "person")]),
        ("公司召开年度表彰大会\n来源：某某公司官网\n1月15日，公司召开年度表彰大会。公司将于2025年6月建成新厂区。"
         "2024年，公司共表彰“先进集体”12个。\n", [("先进集体", 12, "个", "organization")]),
        # a date of what happened still dates the article: 2024 lies before it
        ("公司召开年度表彰大会\n来源：某某公司官网\n1月15日，公司召开年度表彰大会。新厂区于2025年6月建成。"
         "2024年，公司共表彰“先进集体”12个。\n", []),
        ("我校召开教师节表彰大会\n2024年9月10日 来源：某某大学新闻网\n9月9日下午，学校召开教师节表彰大会。"
         "2023年，学校共表彰“优秀教师”50名、“师德标兵”10名。\n", []),
    ],
)
def test_a_planned_date_does_not_set_the_article_year(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting as subject after a milestone: this occasion's conferral
        ("6月30日，市委召开“两优一先”表彰大会。党的十八大以来，会议授予20个党组织“全市先进基层党组织”称号。",
         [("全市先进基层党组织", 20, "个", "organization")]),
        ("5月7日，县妇联召开“最美家庭”表彰会。评选启动以来，会议表彰了100户“最美家庭”。", [("最美家庭", 100, "户", None)]),
        # the years since the milestone with no occasion named: a tally
        ("6月30日，市委召开表彰大会。党的十八大以来，全市共表彰先进基层党组织200个。", []),
    ],
)
def test_the_meeting_after_a_milestone_is_this_occasion(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-07-01"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # more counts than honours, the units settling each pair: bodies to the bodies' category, people to theirs
        ("9月11日，学校召开表彰大会，授予3个教研组、30名教师和2个年级组“先进集体”“优秀教师”称号。",
         [("先进集体", 3, "个", "organization"), ("优秀教师", 30, "名", "person"), ("先进集体", 2, "个", "organization")]),
        ("9月11日，学校召开表彰大会，授予10名教师、5名学生和2个班级“优秀个人”“先进集体”称号。",
         [("优秀个人", 10, "名", "person"), ("优秀个人", 5, "名", "person"), ("先进集体", 2, "个", "organization")]),
        # unsure pairs give nothing: two counts of one kind for an honour not any holder's, or fewer counts
        ("9月11日，镇党委召开表彰大会，授予3个村、5个社区和20名党员“先进村”“优秀共产党员”称号。", []),
        ("7月1日，市委召开大会，授予20个党组织、85名党员和15名党务工作者“全市先进基层党组织”“全市优秀共产党员”称号。", []),
        ("9月11日，学校召开表彰大会，授予30名教师和20名学生“优秀教师”“三好学生”“优秀班干部”称号。", []),
    ],
)
def test_more_counts_than_honours_pair_by_kind(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-09-12"))) == expected
