"""Speaker, meeting and award phrasings of bodies ending in 公会, honours and borrowed venues: a Hong Kong or Macau
body ending in 公会 read as a person named 公会, a famed-physician honour kept in a speaker's title chain,
the Hong Kong venue word 假 after 日前 or 昨天, and a bare 纪念章 whose quoted name was told in a sentence
before in the same paragraph.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


def _locations(record: dict) -> list:
    return [(m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body word is never a person's name (§4); the title keeps the body's word (§4 title chain)
        ("澳門律師公會於本月10日晚上在公會會址舉辦專題講座，講座由公會理事會副主席區嘉欣主持。",
         {"区嘉欣": ("公会理事会副主席", ("主持",))}),
        ("澳门中华总会于昨日举办讲座，由总会理事长何志明主持。", {"何志明": ("总会理事长", ("主持",))}),
        ("香港会计师公会举办年会，会长王明致辞。", {"王明": ("会长", ("致辞",))}),
        # near miss: a person whose surname is 公 is still read
        ("5月3日，市文联召开座谈会。市文联主席公建华主持会议。", {"公建华": ("市文联主席", ("主持",))}),
    ],
)
def test_a_body_word_is_no_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_a_body_ending_in_gonghui_organizes(extract) -> None:
    record = extract(page("澳門律師公會於本月10日晚上在公會會址舉辦專題講座，講座由公會理事會副主席區嘉欣主持。"))
    assert [(m["organizer"], m["host"]) for m in record["meetings"]] == [
        ("澳门律师公会", {"name": "区嘉欣", "title": "公会理事会副主席"})]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an honour in a title chain is no title (§4: Honours are not titles)
        ("5月3日，市中医院举行学术年会。省名中医、医院脾胃病科主任医师卢晓芸作学术报告。",
         {"卢晓芸": ("医院脾胃病科主任医师", ("作报告",))}),
        ("5月3日，市中医院举行学术年会。全国名老中医药专家、市中医院主任中医师郑国华作专题报告。",
         {"郑国华": ("市中医院主任中医师", ("作报告",))}),
        # near miss: a post in a famed physician's studio is a post
        ("5月3日，市中医院举行学术年会。市中医院名中医工作室负责人郑国华作专题报告。",
         {"郑国华": ("市中医院名中医工作室负责人", ("作报告",))}),
    ],
)
def test_an_honour_is_no_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 假 before a venue after any day word (Hong Kong and Macau usage)
        ("香港閩東商會日前假灣仔會議展覽中心舉行第十屆會董就職典禮。", [("湾仔会议展览中心", "香港闽东商会")]),
        ("香港潮州商会昨天假尖沙咀喜来登酒店举行会员大会。", [("尖沙咀喜来登酒店", "香港潮州商会")]),
        # near miss: 假 as a holiday
        ("市总工会日前举行职工座谈会，员工放了三天假。", [(None, "市总工会")]),
    ],
)
def test_a_borrowed_venue_after_a_day_word(extract, body: str, expected: list) -> None:
    assert _locations(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the medal named in full in a sentence before, in the same paragraph (§5 medals)
        ("6月29日，街道党工委举行“光荣在党50年”纪念章颁发仪式。街道党工委书记马俊超为28名老党员颁发纪念章。",
         [("光荣在党50年纪念章", 28, "名", "person")]),
        ("6月29日，街道党工委举行座谈会。街道党工委书记为28名老党员颁发“光荣在党50年”纪念章。",
         [("光荣在党50年纪念章", 28, "名", "person")]),
        # near misses: no quoted name before; the name only in another paragraph
        ("6月29日，街道党工委举行座谈会。街道党工委书记马俊超为28名老党员颁发纪念章。", []),
        ("6月29日，街道党工委举行“光荣在党50年”纪念章颁发仪式。\n街道党工委书记马俊超为28名老党员颁发纪念章。", []),
    ],
)
def test_a_bare_medal_named_before(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
