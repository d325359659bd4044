"""Meeting phrasings: a cited report's meeting beside the
article's own, a cited dateline inside a name, a body's annual meeting, Taiwan's 行政院会, a distribution
ceremony after the handing out.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


def headed(headline: str, body: str, published: str = "2024-05-08") -> str:
    """An invented page with its own headline, a date line, the body."""
    return f"{headline}\n{published} 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the article's own meeting is the first record; the cited report's is another one, after it
        ("据人民日报报道，国务院日前召开常务会议。\n本报讯 4月7日上午，县政府召开第28次常务会议，县长李建国主持会议。",
         [("第28次常务会议", "2024-04-07", "县政府"), ("常务会议", None, "国务院")]),
        ("据新华社电 记者从某省获悉，该省日前召开全省优化营商环境大会。\n本报讯 5月7日上午，某市召开优化营商环境大会。",
         [("优化营商环境大会", "2024-05-07", "某市"), ("全省优化营商环境大会", None, "该省")]),
        # without the cited report, one meeting
        ("本报讯 4月7日上午，县政府召开第28次常务会议，县长李建国主持会议。", [("第28次常务会议", "2024-04-07", "县政府")]),
        # the same body told twice is still one meeting
        ("近日，县政府召开常务会议。4月7日上午，县政府召开常务会议，县长李建国主持会议。", [("常务会议", "2024-04-07", "县政府")]),
    ],
)
def test_a_cited_report_keeps_its_own_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_the_chair_goes_to_the_article_own_meeting(extract) -> None:
    record = extract(page("据人民日报报道，国务院日前召开常务会议。\n本报讯 4月7日上午，县政府召开第28次常务会议，县长李建国主持会议。"))
    hosts = [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]
    assert hosts == [("第28次常务会议", "李建国"), ("常务会议", None)]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("本报讯 据新华社北京10月1日电 国庆招待会9月30日晚在人民大会堂举行。", "2024-10-03", [("国庆招待会", "2024-09-30", None)]),
        ("本报北京5月6日讯 新华社北京5月6日电 全国劳动模范座谈会6日在北京举行。", "2024-05-08",
         [("全国劳动模范座谈会", "2024-05-06", None)]),
    ],
)
def test_a_cited_dateline_is_no_part_of_a_name(extract, body: str, published: str, expected: list) -> None:
    assert held(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报讯（记者 李梅）昨天下午，市民营企业家协会举行年会，会长赵志刚致辞。", [("年会", "2024-05-07", "市民营企业家协会")]),
        ("5月6日，市旅游协会举行2024年年会。", [("2024年年会", "2024-05-06", "市旅游协会")]),
        # a body named with its session keeps that name
        ("5月6日，县人大常委会举行第十八次会议。", [("县人大常委会第十八次会议", "2024-05-06", "县人大常委会")]),
        # a general remark on annual meetings is none held
        ("协会每年举行年会时，会员都很踊跃。", []),
    ],
)
def test_a_body_holds_its_annual_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("台湾“行政院”会议通过预算案", "中央社台北11月19日电 行政院会今天通过明年度总预算案，岁出规模达新台币3兆元。",
         [("行政院会", "2024-11-19", "今天")]),
        ("标题", "中央社台北11月19日电 行政院会今天通过明年度总预算案。", [("行政院会", "2024-11-19", "今天")]),
        # 院会 after any other word is no meeting (a hospital and a modal verb)
        ("标题", "该医院会要求病人签字。", []),
    ],
)
def test_taiwan_executive_yuan_meeting(extract, headline: str, body: str, expected: list) -> None:
    record = extract(headed(headline, body, "2024-11-20"))
    assert [(m["name"], d, t) for m, (d, t, _) in zip(record["meetings"], when(record), strict=True)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市红十字会向50户困难家庭发放救助金10万元。市红十字会常务副会长李建国出席发放仪式并讲话。",
         [("发放仪式", "2024-05-06", None)]),
        # a handing out recalled from another year gives this ceremony no day
        ("市红十字会曾于2022年5月6日向50户困难家庭发放救助金。市红十字会常务副会长李建国出席发放仪式并讲话。",
         [("发放仪式", None, None)]),
    ],
)
def test_a_distribution_ceremony_takes_the_day_of_the_handing_out(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
