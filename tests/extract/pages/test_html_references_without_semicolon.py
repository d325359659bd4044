"""Dirty pages: HTML character references written without their semicolon (`&nbsp20万元`,
`&ldquo优秀&rdquo`, `&#8220`) are read as the characters a browser shows (GUIDELINES §1: junk repaired as a reader
would); a photo caption that tells a person's act (`图为杨建军为获奖代表颁奖。（通讯员 赵涛 摄）`) stays part of the
article when a footer follows it (§1: captions are read; §4 为…颁奖); a study led right after one's own 主持 joined by
并 (`主持会议并带领全体党员学习了党章`) is 宣读 (§4). All sentences are invented; near misses that must not change
(`R&D`, `AT&T`, `&region`, a caption with no act, a pledge renewed) are included."""

from __future__ import annotations

import pytest

from pipeline.normalize import entities_step
from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发放奖金&nbsp20万元", "发放奖金 20万元"),
        ("奖金&nbsp&nbsp20万元", "奖金 20万元"),
        ("表彰10名&ldquo优秀党员&rdquo。", "表彰10名“优秀党员”。"),
        ("&#8220优秀&#8221", "“优秀”"),
        ("&#x201C优秀&#x201D", "“优秀”"),
        ("&copy2024 某县人民政府", "©2024 某县人民政府"),
        ("&quot优秀&quot", '"优秀"'),
        ("1998&mdash&mdash2024", "1998——2024"),
        ("授牌仪式，&nbsp２０２４年度", "授牌仪式， ２０２４年度"),
        # near misses: ampersands of names and words, no reference
        ("R&D投入", "R&D投入"),
        ("AT&T公司", "AT&T公司"),
        ("P&G公司与Q&A环节", "P&G公司与Q&A环节"),
        ("&region", "&region"),
        ("A&nbspB", "A&nbspB"),
        ("&Co.Ltd", "&Co.Ltd"),
        ("list.html?id=5&lang=zh&copy2=1", "list.html?id=5&lang=zh&copy2=1"),
        ("发放奖金&nbsp;20万元", "发放奖金 20万元"),
    ],
)
def test_references_without_semicolon(text: str, expected: str) -> None:
    assert entities_step(text).text == expected


def test_bare_references_left_on_html_pages() -> None:
    # (on an HTML page the markup stage decoded the page once: what is left was written as text)
    assert entities_step("发放奖金&nbsp20万元", html_page=True).text == "发放奖金&nbsp20万元"


def test_records_beside_bare_references(extract) -> None:
    text = page("4月2日上午，县委召开十五届六次全会。会议表彰了10名&ldquo优秀乡村干部&rdquo，发放奖金&nbsp20万元。")
    record = extract(text)
    assert honours(record) == [("优秀乡村干部", 10, "名", "person")]
    assert grants(record) == [(200000.0, "CNY", "奖金")]
    evidence = record["funding"][0]["evidence"]
    assert text[evidence["raw_start"] : evidence["raw_end"]].startswith("会议表彰了10名&ldquo优秀乡村干部&rdquo")
    assert text[evidence["raw_start"] : evidence["raw_end"]].endswith("&nbsp20万元。")


BODY = "2月1日，城关镇召开表彰大会。镇党委书记杨建军出席会议并讲话，镇长孙立主持会议。\n"
FOOTER = "\n联系我们 | 网站声明 | 网站地图 Copyright(C)2024 城关镇人民政府 电话：0377-6666666 豫ICP备12000000号"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("图为杨建军为获奖代表颁奖。 (通讯员 赵涛 摄)", {"杨建军": ("讲话", "颁奖"), "孙立": ("主持",)}),
        ("▲杨建军为获奖代表颁奖", {"杨建军": ("讲话", "颁奖"), "孙立": ("主持",)}),
        # near misses: a caption with no act; a caption of another story's meeting
        ("图为会议现场。（通讯员 赵涛 摄）", {"杨建军": ("讲话",), "孙立": ("主持",)}),
        ("▲5月6日，李庄镇召开秋粮收购工作会议，镇长刘晓明主持。", {"杨建军": ("讲话",), "孙立": ("主持",)}),
    ],
)
def test_acting_caption_before_footer(extract, caption: str, expected: dict[str, tuple[str, ...]]) -> None:
    found = speakers(extract(page(BODY + caption + FOOTER)))
    assert {name: roles for name, (_, roles) in found.items()} == expected


HEAD = "4月2日，桃源村党支部召开党员大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("村党支部书记杨德明主持会议并带领全体党员学习了党章。", {"杨德明": ("主持", "宣读")}),
        ("村党支部书记杨德明主持会议并带领与会党员认真学习了有关文件精神。", {"杨德明": ("主持", "宣读")}),
        # near misses: nothing studied; another act led; another person leads
        ("村党支部书记杨德明主持会议并带领全体党员重温入党誓词。", {"杨德明": ("主持",)}),
        ("村党支部书记杨德明主持会议并带领全体党员走访慰问困难群众，学习了先进事迹。", {"杨德明": ("主持",)}),
        ("村党支部书记杨德明主持会议，村委会主任周立新带领全体党员学习了党章。",
         {"杨德明": ("主持",), "周立新": ("宣读",)}),
    ],
)
def test_study_led_after_chairing_with_bing(extract, body: str, expected: dict[str, tuple[str, ...]]) -> None:
    found = speakers(extract(page(HEAD + body)))
    assert {name: roles for name, (_, roles) in found.items()} == expected
