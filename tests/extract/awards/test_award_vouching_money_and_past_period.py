"""Award phrasings of vouching, money and past periods:
a plain noun joined to a counted honour, a numeral with 元 inside a real honour, an earlier edition after a
preposition, a subject or a colon, a past meeting named after the count, and a commendation marked as done before.
Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a counted honour vouches only for joined items that read as honours themselves
        ("5月6日，劳工处今日举行颁奖典礼，表扬63位模范劳工及5位劳工之友。",
         [("模范劳工", 63, "位", "person"), ("劳工之友", 5, "位", "person")]),
        ("5月6日，区总工会召开大会，表彰了20名劳动模范及10名先进工作者。",
         [("劳动模范", 20, "名", "person"), ("先进工作者", 10, "名", "person")]),
        ("5月6日，县委召开大会，表彰了20名优秀教师和5名见义勇为个人。",
         [("优秀教师", 20, "名", "person"), ("见义勇为个人", 5, "名", "person")]),
        # a role, a body or a class of people joined to it stays out (§5: the honour must be named)
        ("5月6日，大会表彰了30名优秀运动员和5名教练员。", [("优秀运动员", 30, "名", "person")]),
        ("5月6日，会议表彰了20名劳动模范和3名特邀嘉宾。", [("劳动模范", 20, "名", "person")]),
        ("5月6日，大会表彰了10名优秀村干部和5个行政村。", [("优秀村干部", 10, "名", "person")]),
        ("5月6日，劳工处表扬63位模范劳工及5位雇主。", [("模范劳工", 63, "位", "person")]),
        ("5月6日，会上表彰了12名优秀共产党员和4名入党积极分子。", [("优秀共产党员", 12, "名", "person")]),
        # (changed by fxap to follow GUIDELINES §5, twelfth review round: "holders described as `爱心`/`热心` counted
        # right after `表彰` or `评选出` (`表彰爱心企业12家、热心公益人士8名`) are honours like quoted ones")
        ("5月6日，会议表彰了50名优秀志愿者和10家爱心商家。",
         [("优秀志愿者", 50, "名", "person"), ("爱心商家", 10, "家", "organization")]),
        ("5月6日，大会表彰了20名优秀教师和3个协办单位。", [("优秀教师", 20, "名", "person")]),
        ("5月6日，公司表彰了VIP客户10名和优秀员工20名。", [("优秀员工", 20, "名", "person")]),
    ],
)
def test_a_counted_honour_vouches_only_for_honours(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an honour that is only an amount is no honour
        ("5月6日，第五届创意大赛颁奖典礼在北京举行，30个获奖项目各获得10万元奖励资金。", []),
        ("5月6日，大会为10个项目颁发了5万元奖。", []),
        # a numeral with 元 inside a real honour keeps it
        ("5月6日，大会表彰了三元区优秀教师20名。", [("三元区优秀教师", 20, "名", "person")]),
        ("5月6日，大会表彰了“千元帮扶”先进个人15名、“百万元户”10户。",
         [("千元帮扶先进个人", 15, "名", "person"), ("百万元户", 10, "户", None)]),
        ("5月6日，大会授予12名同志“百元捐助标兵”称号。", [("百元捐助标兵", 12, "名", "person")]),
        ("5月6日，大会表彰了“2万元奖学金”获得者50名。", [("2万元奖学金", 50, "名", "person")]),
    ],
)
def test_money_and_honours_with_an_amount(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an earlier edition after a preposition, a subject, 回顾 or a colon governs the count: its tally
        ("5月6日，市里召开表彰会。在上届评选中，共有8个村获评“美丽乡村示范村”。", []),
        ("5月6日，协会召开大会。该协会往届共评出“优秀会员单位”40个。", []),
        ("5月6日，市教育局召开大会。回顾历届评选，共有120名教师获评“最美教师”。", []),
        ("5月6日，市里召开大会。该市上届评选共表彰“优秀志愿者”100名。", []),
        ("5月6日，学校召开大会。会议回顾了上届工作：上届共评出“教学名师”30名。", []),
        ("5月6日，学校召开大会。从上届开始，共有30名教师获评“教学名师”。", []),
        # this edition's counts after such a clause stay
        ("5月6日，协会召开大会。该协会本届共评出“优秀会员单位”40个。", [("优秀会员单位", 40, "个", "organization")]),
        ("5月6日，学校召开大会。会议指出：上届共评出“教学名师”30名，本届评出“教学名师”35名。",
         [("教学名师", 35, "名", "person")]),
        # the edition as another verb's object governs nothing (the s24 fixes)
        ("6月19日，市作家协会召开第五次会员代表大会。会议审议通过了上届理事会工作报告，表彰了“优秀会员单位”15个。",
         [("优秀会员单位", 15, "个", "organization")]),
        ("5月31日，市教育局举行颁奖仪式，邀请往届获奖教师代表出席，现场为30名“教学能手”颁发证书。",
         [("教学能手", 30, "名", "person")]),
        ("5月31日，市里举行颁奖仪式。本次评选在总结上届经验的基础上，共评出“美丽乡村示范村”12个。",
         [("美丽乡村示范村", 12, "个", "organization")]),
    ],
)
def test_an_earlier_edition_before_the_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a meeting with its own scope after a past year is that year's meeting
        ("5月6日，县教育局召开大会。2023年，我县共有12名教师在全市表彰大会上被授予“优秀教师”称号。", []),
        ("5月6日，县教育局召开大会。去年，全县有15名教师在全市教师节表彰会议上获评“优秀教师”。", []),
        ("5月6日，法院召开大会。2022年，该院有5名干警荣立个人三等功并在表彰会议上受到表彰。", []),
        # a commendation marked as done before is the holders' record
        ("5月6日，县委召开大会。2023年全县涌现出的30名“优秀共产党员”曾受到县委表彰。", []),
        ("5月6日，县委召开大会。去年全县评选出的20个“先进集体”已于去年底受到表彰。", []),
        # this meeting after the count keeps last year's holders commended here
        ("1月15日，县委召开表彰大会。去年全县涌现出的20个“先进集体”和50名“优秀教师”在会上受到表彰。",
         [("先进集体", 20, "个", "organization"), ("优秀教师", 50, "名", "person")]),
        ("1月15日，县委召开表彰大会。去年全县涌现出的20个“先进集体”在今天的大会上受到表彰。",
         [("先进集体", 20, "个", "organization")]),
        ("1月15日，县委召开表彰大会。2023年，我县共有12名教师在本次大会上被授予“优秀教师”称号。",
         [("优秀教师", 12, "名", "person")]),
    ],
)
def test_a_past_year_and_the_meeting_after_the_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-01-16" if body.startswith("1月") else "2024-05-08"))) == expected


def test_a_past_year_with_a_higher_body_after_the_count(extract) -> None:
    # 在上级…: no meeting of this event after the count, the past year governs
    body = "5月6日，县教育局召开大会。2023年，全县有12名教师在上级评比中获评“优秀教师”。"
    assert honours(extract(page(body))) == []
