"""Page structure of dirty scraped pages: another article glued on after an
end mark, a sentence above the headline, a print stamp as the only date.  Invented pages; the expected
values follow corpus/GUIDELINES.md (§1 page furniture, §2 published, §3 date)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, speakers, when

FIRST = ("某某镇召开防汛工作部署会\n2024-06-14 来源：某某镇人民政府\n"
         "6月14日，某某镇召开防汛工作部署会，镇长吕波主持会议并讲话。\n")
NEXT = "6月13日，某某县召开防汛抗旱指挥部会议，县长何平出席并讲话，会议下拨资金300万元。\n"


@pytest.mark.parametrize(
    "end_mark",
    [
        "责任编辑：刘芳\n某某县召开防汛抗旱指挥部会议\n2024-06-13 来源：某某县人民政府\n",
        "（编辑：刘芳）\n",
    ],
)
def test_an_article_glued_on_after_the_end_mark_is_furniture(extract, end_mark: str) -> None:
    record = extract(FIRST + end_mark + NEXT)
    assert held(record) == [("防汛工作部署会", "2024-06-14", "某某镇")]
    assert set(speakers(record)) == {"吕波"}
    assert grants(record) == []


def test_the_end_mark_alone_closes_the_article(extract) -> None:
    record = extract(FIRST + "责任编辑：刘芳\n")
    assert held(record) == [("防汛工作部署会", "2024-06-14", "某某镇")]


def test_an_editor_credit_under_the_headline_does_not_cut_the_body(extract) -> None:
    text = ("某某镇召开防汛工作部署会\n编辑：刘芳\n2024-06-14 来源：某某镇人民政府\n"
            "6月14日，某某镇召开防汛工作部署会，镇长吕波主持会议并讲话。\n会议要求，各村要落实防汛责任，镇财政安排防汛资金80万元。\n")
    record = extract(text)
    assert held(record) == [("防汛工作部署会", "2024-06-14", "某某镇")]
    assert grants(record) != []


HEADLINE = "区民政局举行志愿者表彰会\n2024年3月9日 来源：某某区民政局\n3月8日下午，区民政局局长麦丽在区文化中心主持志愿者表彰会。\n"


@pytest.mark.parametrize(
    "banner",
    [
        "欢迎访问某某区人民政府网站！今天是2024年3月9日，星期六。",
        "下载“某某新闻”客户端，看更多本地新闻。",
        "滚动新闻：全省普降暴雨，气象台发布橙色预警。",
        "您当前的位置：首页 > 要闻动态",
    ],
)
def test_a_sentence_above_the_headline_leaves_the_headline_its_place(extract, banner: str) -> None:
    record = extract(f"{banner}\n{HEADLINE}")
    assert held(record) == [("志愿者表彰会", "2024-03-08", "区民政局")]
    assert when(record)[0][:2] == ("2024-03-08", "3月8日")
    assert record["meetings"][0]["location"] == "区文化中心"


def test_the_headline_organizer_survives_a_ticker_line(extract) -> None:
    text = ("滚动新闻：全省普降暴雨，气象台发布橙色预警。\n县委召开全县表彰大会\n2024-03-08 来源：某某县融媒体中心\n"
            "3月7日上午，县委书记白露在县会堂主持召开全县表彰大会。\n")
    assert held(extract(text)) == [("全县表彰大会", "2024-03-07", "县委")]


def test_a_comment_above_the_headline_is_no_funding(extract) -> None:
    text = ("网友“小李”：建议县政府投入5000万元建设体育馆，方便群众健身。\n县委召开全县表彰大会\n2024-03-08 来源：某某县融媒体中心\n"
            "3月7日上午，县委书记白露在县会堂主持召开全县表彰大会。\n")
    assert grants(extract(text)) == []


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("打印时间：2024年7月8日", [("座谈会", None, "镇党委")]),
        ("打印时间：2024-07-08 10:21", [("座谈会", None, "镇党委")]),
        # a publication date beside the print stamp gives the year
        ("发布时间：2024年7月2日 打印时间：2024年7月8日", [("座谈会", "2024-07-01", "镇党委")]),
    ],
)
def test_a_print_stamp_gives_no_year(extract, stamp: str, expected: list) -> None:
    record = extract(f"镇党委召开座谈会\n{stamp}\n7月1日，镇党委在镇便民服务中心召开座谈会。\n")
    assert held(record) == expected
