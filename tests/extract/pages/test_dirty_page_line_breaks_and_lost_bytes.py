"""Dirty scraped pages: a sentence broken over long lines,
cp1252 quotes that lost a byte, no-break spaces read as Latin-1, names spaced out a character
at a time, thousands set off by a space.  Invented sentences; the expected values follow
corpus/GUIDELINES.md (the same facts as the clean text)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月15日，市总工会召开十五届四次全委（扩大）会议。会议由市总工会副主席李国强主持。市总工会党组书记黄丽华在会上\n作工作报告。",
         {"李国强": ("市总工会副主席", ("主持",)), "黄丽华": ("市总工会党组书记", ("作报告",))}),
        ("1月15日，市总工会召开十五届四次全委（扩大）会议。会议由市总工会副主席\n李国强主持。",
         {"李国强": ("市总工会副主席", ("主持",))}),
        ("1月15日，市总工会召开全委会议，市委常委、组织部长\n郑国华出席会议并讲话，各县区工会主席等120余人参加会议。",
         {"郑国华": ("市委常委、组织部长", ("讲话",))}),
    ],
)
def test_a_line_break_inside_a_sentence_keeps_the_speaker(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_a_line_break_inside_a_meeting_name_keeps_the_meeting(extract) -> None:
    body = "1月15日，市总工会召开十五届四次全委（扩大）\n会议，市委常委郑国华出席会议并讲话，各县区工会主席等120余人参加会议。"
    assert held(extract(page(body, "2024-01-16"))) == [("十五届四次全委（扩大）会议", "2024-01-15", "市总工会")]


@pytest.mark.parametrize(
    "body",
    [
        "6月11日，市卫健委召开推进会。会议下达基层医疗机构建设补助资金\n2000万元。各区县卫健局负责人40余人参加会议。",
        "6月11日，市卫健委召开推进会。会议下达基层医疗机构建设补助资金2000\n万元。各区县卫健局负责人40余人参加会议。",
    ],
)
def test_a_line_break_inside_an_amount_keeps_the_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == [(20000000.0, "CNY", "基层医疗机构建设补助资金")]


def test_a_headline_and_a_long_paragraph_stay_apart(extract) -> None:
    text = ("县委召开常委会会议，传达学习全省经济工作会议精神并研究部署近期重点工作任务\n"
            "县委书记王强主持会议并讲话，县长李明出席会议。\n")
    assert "县委召开常委会会议，传达学习全省经济工作会议精神并研究部署近期重点工作任务\n" in extract(text)["_doc"].clean_text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("7月1日，县委召开大会。会上表彰了10个â€œ先进基层党组织â€\ufffd、30名â€œ优秀共产党员â€\ufffd。",
         [("先进基层党组织", 10, "个", "organization"), ("优秀共产党员", 30, "名", "person")]),
        ("7月1日，县委召开大会。会上表彰了10个â€œ先进基层党组织â€、30名â€œ优秀共产党员â€。",
         [("先进基层党组织", 10, "个", "organization"), ("优秀共产党员", 30, "名", "person")]),
    ],
)
def test_cp1252_quotes_around_an_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def test_cp1252_quotes_in_a_meeting_name(extract) -> None:
    body = "6月4日，市委召开â€œ两学一做â€学习教育推进会，市委书记陈明远出席并讲话。"
    assert held(extract(page(body, "2024-06-05"))) == [("“两学一做”学习教育推进会", "2024-06-04", "市委")]


def test_cp1252_quotes_in_a_funding_purpose(extract) -> None:
    body = "8月15日，市长杨建军主持召开市政府常务会议，会议研究同意安排â€œ城市更新â€\ufffd专项资金5亿元。"
    assert grants(extract(page(body))) == [(500000000.0, "CNY", "城市更新专项资金")]


@pytest.mark.parametrize(
    "body",
    [
        "7月1日，县委召开大会，县委书记Â\u00a0李明讲话，县委副书记Â\u00a0Â\u00a0王刚主持。",
        "7月1日，县委召开大会，县委书记Â 李明讲话，县委副书记Â Â 王刚主持。",
    ],
)
def test_a_no_break_space_read_as_latin1_keeps_the_title(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {"李明": ("县委书记", ("讲话",)), "王刚": ("县委副书记", ("主持",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月1日下午，镇党委召开动员会。镇党委书记赵 建 国主持会议，镇长钱 小 平讲话。",
         {"赵建国": ("镇党委书记", ("主持",)), "钱小平": ("镇长", ("讲话",))}),
        ("4月1日下午，镇党委召开动员会。会议由镇党委书记赵  建  国主持并讲话。", {"赵建国": ("镇党委书记", ("主持", "讲话"))}),
        ("4月1日下午，镇党委召开动员会。会议由镇党委书记赵\t建国主持并讲话。", {"赵建国": ("镇党委书记", ("主持", "讲话"))}),
    ],
)
def test_a_name_spaced_out_is_read_whole(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月14日，县财政局召开会议，下达产业发展资金8 600万元。", [(86000000.0, "CNY", "产业发展资金")]),
        # a count and an amount side by side are not one number
        ("10月14日，县财政局召开会议，共3 个项目获得产业发展资金600万元。", [(6000000.0, "CNY", "产业发展资金")]),
    ],
)
def test_thousands_set_off_by_a_space(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a caption with a credit and the next paragraph are not one sentence
        "▲ 5月6日，县委召开会议。 刘杰 摄\n县委书记王强出席会议并讲话，县长李明主持。",
        # a prompt between the halves joins nothing to the amount
        "6月11日，市卫健委召开推进会。会议下达补助资金\n展开全文\n2000万元。",
    ],
)
def test_no_record_from_a_joined_caption_or_prompt(extract, body: str) -> None:
    record = extract(page(body))
    assert "刘杰" not in speakers(record)
    assert all("展开全文" not in (purpose or "") for _, _, purpose in grants(record))
