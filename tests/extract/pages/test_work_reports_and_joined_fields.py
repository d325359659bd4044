"""Tenth review round rulings, GUIDELINES §3-§6: 作…汇报 by a named officer is 作报告 (§4); fields joined by 和
in an honour 获此殊荣 refers back to, the words of a designation between its count or level and a quote, a count of
个人 is of persons (§5); investment completed with a sector named between 完成 and 投资 is no funding, tokens handed
with prize money leave 奖金 as purpose, 该馆 opens no purpose (§6); a holiday's day told as 'D是…' dates no meeting told
after it unless 当天 ties them (§3).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, honours, page, speakers

HELD = "5月6日，县委召开全县民族宗教工作会议，县委书记周海平主持会议。"


@pytest.mark.parametrize(
    "body",
    [
        HELD + "县民宗局局长丁海作工作汇报。",
        HELD + "县民宗局局长丁海作了全县民族宗教工作情况汇报。",
        HELD + "会上，县民宗局局长丁海就全县民族宗教工作作了汇报。",
        HELD + "县民宗局局长丁海作了今年以来工作进展汇报，县委书记周海平讲话。",
        HELD + "县民宗局局长丁海作了专题汇报。",
    ],
)
def test_work_report_made_at_the_meeting(extract, body: str) -> None:
    assert speakers(extract(page(body)))["丁海"] == ("县民宗局局长", ("作报告",))


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a report heard (the earlier ruling on heard 汇报 is kept: only 关于…的报告 is read as given)
        HELD + "会议听取了县民宗局局长丁海的工作汇报。",
        # NEGATIVE: materials of a report, a reporting session
        HELD + "县民宗局局长丁海准备了工作汇报材料。",
    ],
)
def test_report_not_made(extract, body: str) -> None:
    assert "丁海" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: 汇报 the object of another verb after 作 (a speech made, a readiness asked for)
        HELD + "县民宗局局长丁海作了重要讲话并听取汇报。",
        HELD + "县民宗局局长丁海要求各单位作好汇报准备。",
        HELD + "县民宗局局长丁海作出部署，要求定期汇报。",
        # NEGATIVE: a word opening on 作 (作风) before 汇报
        HELD + "县民宗局局长丁海从队伍作风建设等方面汇报了一年来的工作，县委书记周海平讲话。",
    ],
)
def test_other_verb_not_a_report(extract, body: str) -> None:
    assert "作报告" not in speakers(extract(page(body))).get("丁海", (None, ()))[1]


def test_reported_to_gives_the_addressee_no_role(extract) -> None:
    people = speakers(extract(page(HELD + "县民宗局局长丁海向县委书记周海平作了汇报。")))
    assert people["周海平"] == ("县委书记", ("主持",))


MEETING = "5月6日，市政府召开安全生产大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (MEETING + "会议对2024年度安全生产和质量管理先进企业进行了表彰，20家企业获此殊荣。",
         [("安全生产和质量管理先进企业", 20, "家", "organization")]),
        (MEETING + "会议对节能减排与环境保护示范单位予以表彰，12个单位获此殊荣。",
         [("节能减排与环境保护示范单位", 12, "个", "organization")]),
        (MEETING + "会议对2024年度安全生产先进企业进行了表彰，20家企业获此殊荣。",
         [("安全生产先进企业", 20, "家", "organization")]),
    ],
)
def test_fields_joined_in_honour_referred_back(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def test_two_honours_joined_not_one(extract) -> None:
    # NEGATIVE: two honours joined (each part with its own head) are no single honour for 获此殊荣
    body = MEETING + "会议对先进单位和先进个人进行了表彰，20家企业获此殊荣。"
    assert ("先进单位和先进个人", 20, "家", "organization") not in honours(extract(page(body)))


FORUM = "5月6日，市政府召开企业发展大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FORUM + "会议为新认定的8家国家级专精特新“小巨人”企业授牌。", [("专精特新小巨人企业", 8, "家", "organization")]),
        (FORUM + "会议为8家专精特新“小巨人”企业授牌。", [("专精特新小巨人企业", 8, "家", "organization")]),
        (FORUM + "会议表彰了8家专精特新“小巨人”企业。", [("专精特新小巨人企业", 8, "家", "organization")]),
        (FORUM + "会议为6家省级高新技术“瞪羚”企业授牌。", [("高新技术瞪羚企业", 6, "家", "organization")]),
        # NEGATIVE: no words between the count and the quote; a level alone stays as before
        (FORUM + "会议为8家“小巨人”企业授牌。", [("小巨人企业", 8, "家", "organization")]),
        # (a level before the quote of a designation handed by plaque is dropped: §5 thirteenth round, helper fxh)
        (FORUM + "会议为8家国家级“小巨人”企业授牌。", [("小巨人企业", 8, "家", "organization")]),
    ],
)
def test_designation_words_before_quote(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，市总工会召开表彰大会，为获得“先进集体”称号的8个单位和20名个人颁发奖牌。",
        "5月6日，市总工会召开表彰大会，对获得“先进集体”称号的8个单位和20名个人进行了表彰。",
    ],
)
def test_individuals_counted_are_persons(extract, body: str) -> None:
    assert honours(extract(page(body))) == [("先进集体", 8, "个", "organization"), ("先进集体", 20, "名", "person")]


@pytest.mark.parametrize(
    "body",
    [
        "2025年，公司完成电网投资2.6亿元，新建变电站3座。",
        "全年完成路网建设投资86亿元，新建公路120公里。",
        "今年以来，县交通局完成交通基础设施投资12.5亿元。",
        "全年完成投资12亿元。",
    ],
)
def test_completed_sector_investment_no_record(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: a grant, an investment made in a company or a round, the total of a work to be done
        ("县财政下达电网改造专项资金2000万元，用于农村电网升级。", 20000000.0),
        ("公司完成对江城新能源公司的投资2亿元。", 200000000.0),
        ("基金完成A轮投资5000万元。", 50000000.0),
        ("该项目完成后总投资3亿元。", 300000000.0),
        # (no year nor span stated: the ruling reads investment completed over a year)
        ("该公司完成电网投资2.6亿元，用于城区电网改造。", 260000000.0),
    ],
)
def test_not_completed_investment(extract, body: str, amount: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    "body",
    [
        "7月1日是党的104岁生日。公司党委召开庆祝大会，党委书记周海平讲话。",
        "5月4日为五四青年节。团市委召开青年座谈会，团市委书记周海平主持。",
    ],
)
def test_holiday_day_told_alone_dates_nothing(extract, body: str) -> None:
    assert [d for _, d in dated(extract(page(body)))] == [None]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("7月1日是党的104岁生日。当天，公司党委召开庆祝大会，党委书记周海平讲话。", "2024-07-01"),
        ("7月1日是党的104岁生日。当日，公司党委召开庆祝大会，党委书记周海平讲话。", "2024-07-01"),
        # NEGATIVE: a day opening the account
        ("5月4日上午，团市委召开青年座谈会。会上，团市委书记周海平讲话。", "2024-05-04"),
    ],
)
def test_day_tied_to_the_meeting_kept(extract, body: str, day: str) -> None:
    assert [d for _, d in dated(extract(page(body)))] == [day]


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("该馆总投资3.2亿元，建筑面积2万平方米。", None),
        ("市图书馆新馆日前开馆。该馆总投资3.2亿元。", None),
        ("5月6日，市政府召开科技奖励大会，为获奖人员颁发证书和奖金，每人奖励2万元。", "奖金"),
        ("5月6日，市政府召开科技奖励大会，为获奖人员颁发荣誉证书、奖牌和奖金，每人2万元。", "奖金"),
        # NEGATIVE: a fund named alone keeps its name
        ("5月6日，学校召开表彰大会，为学生颁发“自强奖学金”，每人3000元。", "自强奖学金"),
    ],
)
def test_purposes(extract, body: str, purpose) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == [purpose]
