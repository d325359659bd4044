"""Phrasings of dirty scraped pages: photo captions of other
stories, attendee counts taken across another event's account, a summary line restating an amount,
an advert injected inside a meeting name.  Invented pages; the expected values follow
corpus/GUIDELINES.md (§1 page furniture and duplicated facts, §3 attendee_count)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, speakers

HEAD = "县教育局召开校园安全工作会议\n2024-05-08 来源：县教育局\n"
BODY = "5月7日，县教育局召开校园安全工作会议，局长孙丽华主持并讲话。\n"
OWN = [("校园安全工作会议", "2024-05-07", "县教育局")]


@pytest.mark.parametrize(
    "text",
    [
        # a caption of another body's meeting on another day, below the article, above its headline, after 图为：
        HEAD + BODY + "▲ 5月6日，镇政府召开秋粮收购工作会议，镇长刘晓明主持。\n",
        "▲ 5月6日，镇政府召开秋粮收购工作会议，镇长刘晓明主持。 刘杰 摄\n" + HEAD + BODY,
        HEAD + BODY + "图为：5月6日，镇政府召开秋粮收购工作会议，镇长刘晓明主持。\n",
        # a block of picture news after the body, marked or not
        HEAD + BODY + "图片新闻\n▲ 5月2日，县委召开理论学习中心组学习会议，县委书记孙立新主持。\n▲ 图为5月3日县政协召开常委会议现场\n",
        HEAD + BODY + "图片新闻\n5月2日，县委召开理论学习中心组学习会议，县委书记孙立新主持。\n",
    ],
)
def test_a_caption_of_another_story_gives_no_records(extract, text: str) -> None:
    record = extract(text, published="2024-05-08")
    assert held(record) == OWN
    assert speakers(record) == {"孙丽华": ("局长", ("主持", "讲话"))}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # the article's own meeting in a caption: its people are read
        ("▲ 县教育局局长孙丽华在会上讲话。\n", {"孙丽华": ("县教育局局长", ("主持", "讲话"))}),
        ("▲ 5月7日，县教育局召开2024年校园安全工作会议，副局长王刚作报告。\n",
         {"孙丽华": ("局长", ("主持", "讲话")), "王刚": ("副局长", ("作报告",))}),
    ],
)
def test_a_caption_of_the_article_own_meeting_is_read(extract, tail: str, expected: dict) -> None:
    record = extract(HEAD + BODY + tail, published="2024-05-08")
    assert held(record) == OWN
    assert speakers(record) == expected


def test_a_caption_of_an_act_on_the_article_day_by_its_body_stays(extract) -> None:
    record = extract(HEAD + BODY + "图为：5月7日，县教育局举行校园安全承诺书签订仪式，副局长王刚宣读承诺书。\n", published="2024-05-08")
    assert held(record) == [*OWN, ("校园安全承诺书签订仪式", "2024-05-07", "县教育局")]


def test_a_caption_between_paragraphs_stays(extract) -> None:
    text = HEAD + BODY + "▲ 5月6日，镇政府召开秋粮收购工作会议，镇长刘晓明主持。\n会议要求，各校要切实抓好校园安全工作。\n"
    assert held(extract(text, published="2024-05-08"))[1] == ("秋粮收购工作会议", "2024-05-06", "镇政府")


def test_a_text_that_is_one_caption_is_read(extract) -> None:
    record = extract("▲ 5月6日，镇政府召开秋粮收购工作会议，镇长刘晓明主持。\n", published="2024-05-08")
    assert held(record) == [("秋粮收购工作会议", "2024-05-06", "镇政府")]


def counts(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next day's class counts its trainees; the first meeting has no count
        ("区委召开重点项目推进会\n11月19日，区委召开重点项目推进会，区委书记吴敏出席并讲话。次日，区人社局举办就业创业培训班开班仪式，"
         "局长马骏致辞。共50名学员参加培训。\n", [("重点项目推进会", None), ("就业创业培训班开班仪式", 50)]),
        # a list page: each item's count is its own
        ("区科技局召开科技创新大会\n2024-11-20\n11月19日，区科技局召开科技创新大会，区长吴敏出席并讲话。\n"
         "区人社局举办就业创业培训班开班仪式\n2024-11-18\n11月18日上午，区人社局举办就业创业培训班开班仪式，局长马骏致辞。共50名学员参加培训。\n",
         [("科技创新大会", None), ("就业创业培训班开班仪式", 50)]),
        # an item whose paragraph under its headline counts it
        ("基层动态\n东山镇召开人居环境整治推进会\n发布时间：2024-11-19\n11月18日，东山镇召开人居环境整治推进会，镇党委书记刘洋主持会议并讲话。\n"
         "南湖街道召开安全生产会议\n发布时间：2024-11-17\n会议由街道办事处主任孙立主持，共40人参加。\n",
         [("人居环境整治推进会", None), ("安全生产会议", 40)]),
        # a ceremony held within the meeting, on its day: the count after it is the meeting's still
        ("区委召开重点项目推进会\n11月19日，区委召开重点项目推进会，区委书记吴敏出席并讲话。会上，举行了重点项目集中签约仪式。共300人参加会议。\n",
         [("重点项目推进会", 300), ("重点项目集中签约仪式", 300)]),
    ],
)
def test_a_count_belongs_to_the_account_it_is_in(extract, text: str, expected: list) -> None:
    assert counts(extract(text, published="2024-11-20")) == expected


SIGNING = "市政府与华润集团举行战略合作签约仪式\n2024-08-02 来源：市投资促进局\n8月1日上午，市政府与华润集团在市行政中心举行战略合作签约仪式，项目总投资102亿元。市长孙国平致辞。\n"


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # a summary line restating the body's amount, rounded or exact, is the body's one fact
        ("摘要：8月1日，市政府与华润集团签约，总投资超100亿元。\n", [(10200000000.0, "CNY", None)]),
        ("导读：8月1日，市政府与华润集团签约，总投资102亿元。\n", [(10200000000.0, "CNY", None)]),
        # a figure that is no rounding of the body's stays a fact of its own
        ("摘要：8月1日，市政府与华润集团签约，首期投资30亿元。\n", [(3000000000.0, "CNY", "首期"), (10200000000.0, "CNY", None)]),
    ],
)
def test_a_summary_line_restating_an_amount(extract, summary: str, expected: list) -> None:
    assert grants(extract(summary + SIGNING, published="2024-08-02")) == expected


def test_an_advert_in_brackets_inside_a_name_is_cut_and_the_name_kept(extract) -> None:
    raw = "市委召开组织工作会议\n6月4日，市委召开2024年度全市【澳门威尼斯人 www.vns888.com】组织工作会议，市委常委、组织部部长刘志刚讲话。\n"
    record = extract(raw, published="2024-06-05")
    assert [m["name"] for m in record["meetings"]] == ["2024年度全市组织工作会议"]
    doc = record["_doc"]
    start = doc.clean_text.index("2024年度全市组织工作会议")
    raw_start, raw_end = doc.raw_span(start, start + len("2024年度全市组织工作会议"))
    assert raw[raw_start:raw_end] == "2024年度全市【澳门威尼斯人 www.vns888.com】组织工作会议"


def test_a_web_address_in_round_brackets_is_no_advert(extract) -> None:
    record = extract("市政府召开新闻发布会\n6月4日，市政府召开新闻发布会，详情可登录市政府网站（www.example.gov.cn）查询。\n",
                     published="2024-06-05")
    assert "（www.example.gov.cn）" in record["_doc"].clean_text
