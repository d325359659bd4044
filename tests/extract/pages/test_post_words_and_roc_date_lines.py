"""Phrasings of ordinary articles: a post word of an unnamed group read as a
name (市州委宣传部长作交流发言), a meeting day under a Taiwan date line with its issuing unit
(中華民國113年7月23日 發布單位：…), and money that is no grant (a proposed increase, an intent credit line)
or two equal amounts of differently named money.  Invented sentences; the expected values follow
corpus/GUIDELINES.md (§3, §4, §6)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # unnamed people holding a post give no record (§4): 宣传 opens the post word 宣传部长
        ("长沙、岳阳、株洲等市州委宣传部长作交流发言。", {}),
        ("各县区委组织部长、宣传部长作交流发言。", {}),
        # near misses: a name after the post word is read as before
        ("市委宣传部长王某作交流发言。", {"王某": ("市委宣传部长", ("发言",))}),
        ("县委组织部长吴某作交流发言。", {"吴某": ("县委组织部长", ("发言",))}),
    ],
)
def test_post_word_is_no_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


_ROC_BODY = "凱米颱風來襲，縣長翁章梁今（23）日上午於縣府災害應變中心主持防災整備會議，要求各局處嚴陣以待。\n"


@pytest.mark.parametrize(
    "dateline",
    [
        "中華民國113年7月23日 發布單位：嘉義縣政府",
        "中華民國113年7月23日 發稿單位：嘉義縣政府",
        # near misses that were read already
        "中華民國113年7月23日 來源：嘉義縣政府",
        "中華民國113年7月23日",
    ],
)
def test_roc_date_line_with_issuing_unit(extract, dateline: str) -> None:
    record = extract(f"縣府召開颱風防災整備會議\n{dateline}\n{_ROC_BODY}")
    assert record["published"] == "2024-07-23"
    assert record["title"] == "县府召开台风防灾整备会议"
    assert when(record) == [("2024-07-23", "今（23）日", "上午")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a proposed increase is not granted (§6)
        ("會上，區議員陳志明就社區計劃作簡報，並提出增撥社區參與計劃撥款三百萬元，用於舉辦地區文體活動。", []),
        ("委员建议增加教育经费500万元。", []),
        # an intent credit line is no funding; the fund set up beside it is
        ("根据协议，工商银行将为北京大学提供意向性融资支持100亿元，并设立教育发展基金5000万元。",
         [(50000000.0, "CNY", "教育发展基金")]),
        # two equal amounts of differently named money are two records (§6: each stated amount is one record)
        ("县里为受灾群众发放救灾补助金3000元。镇政府向困难学生发放助学金3000元。",
         [(3000.0, "CNY", "救灾补助"), (3000.0, "CNY", "助学金")]),
        # near misses: a decided increase is granted; the same money referred back to is one record
        ("县政府决定增拨社区参与计划拨款三百万元。", [(3000000.0, "CNY", None)]),
        ("县财政发放生活补贴3000元。这笔生活补贴3000元已到账。", [(3000.0, "CNY", "生活补贴")]),
    ],
)
def test_proposals_credit_lines_and_equal_amounts(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
