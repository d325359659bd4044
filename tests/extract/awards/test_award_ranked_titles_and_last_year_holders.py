"""Award phrasings: an honour joined to a counted honour that ranks its
holders or opens on a word of praise (教坛新秀, 销售冠军, 美丽庭院), and last year's holders commended at this
event's own meeting whose name carries 上年度.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a title whose head ranks its holders, or that opens on praise, is vouched for by the honour beside it
        ("5月7日，区教育局召开表彰大会，表彰了30名优秀教师和10名教坛新秀。",
         [("优秀教师", 30, "名", "person"), ("教坛新秀", 10, "名", "person")]),
        ("5月6日，县教育局召开表彰会，表彰了20名骨干教师和12名教坛新秀。",
         [("骨干教师", 20, "名", "person"), ("教坛新秀", 12, "名", "person")]),
        ("5月7日，镇妇联召开表彰会，表彰了10户文明家庭和20户美丽庭院。",
         [("文明家庭", 10, "户", None), ("美丽庭院", 20, "户", None)]),
        ("5月6日，某公司召开营销工作会议，表彰了10名优秀员工和3名销售冠军。",
         [("优秀员工", 10, "名", "person"), ("销售冠军", 3, "名", "person")]),
        ("5月6日，公司召开年会，表彰了15名优秀员工和5名服务明星。",
         [("优秀员工", 15, "名", "person"), ("服务明星", 5, "名", "person")]),
        ("5月6日，县总工会召开大会，表彰了20名岗位能手及8名技术状元。",
         [("岗位能手", 20, "名", "person"), ("技术状元", 8, "名", "person")]),
        ("5月6日，公司召开年会，表彰了10名先进工作者和2个最佳团队。",
         [("先进工作者", 10, "名", "person"), ("最佳团队", 2, "个", "organization")]),
        # a role or a class of people joined to it stays out (§5; the cases of tests/extract/awards/test_award_vouching_money_and_past_period.py too)
        ("5月6日，学院表彰了40名优秀学生干部和15名学生助理。", [("优秀学生干部", 40, "名", "person")]),
        ("5月6日，公司召开年会，表彰了15名优秀员工和5名新员工。", [("优秀员工", 15, "名", "person")]),
        # a ranking head with no conferral is no award
        ("5月6日，公司召开年会，15名销售冠军参加会议。", []),
    ],
)
def test_a_counted_honour_vouches_for_ranked_and_praised_titles(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 上年度 / 去年度 naming this event's own meeting, where the holders are commended today
        ("5月7日，县委召开表彰大会。2023年，全县涌现出的20个“先进集体”在今天召开的上年度工作总结表彰大会上受到表彰。",
         [("先进集体", 20, "个", "organization")]),
        ("5月7日，县委召开表彰大会。2023年，全县涌现出的20个“先进集体”在今日召开的去年度表彰大会上受到表彰。",
         [("先进集体", 20, "个", "organization")]),
        # last year as the time of the commendation stays a past record
        ("5月6日，县委召开大会。去年全县涌现出的20个“先进集体”已于去年底受到表彰。", []),
        ("5月6日，县委召开大会。2023年全县涌现出的30名“优秀共产党员”曾受到县委表彰。", []),
        ("5月6日，县委召开大会。2023年，全县涌现出的20个“先进集体”在去年的表彰大会上受到表彰。", []),
    ],
)
def test_last_year_in_this_meetings_name(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
