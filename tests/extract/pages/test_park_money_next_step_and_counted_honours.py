"""Phrasings of company, industrial-park and chamber-of-commerce websites: money a park or a government says it will put in at a next step (下一步将投入, 下一步将设立规模…的
基金) or that a project is expected to draw in (带动社会投资), an honour
list where a bare quoted honour is followed by a counted one (对“甲”、20名“乙”), and Hong Kong
releases handing two quoted prizes each to its own count (頒發了「甲獎」予25名員工及「乙獎」予5個部門),
and a park's bare kind as the subject of a meeting (园区召开…, 开发区召开…).
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 organizer, §5 awards, §6 funding)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page


def amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money only intended: a next step's 将 before the verb of investing right before the amount (§6)
        ("8月22日，园区召开企业家座谈会。下一步，园区将投入2亿元建设标准厂房。", []),
        ("8月22日，园区召开企业家座谈会。管委会主任表示，下一步将设立规模10亿元的产业发展基金。", []),
        ("8月22日，园区召开企业家座谈会。今后市里将设立总额5亿元的纾困基金。", []),
        ("8月22日，县政府召开常务会议。明年县里还将继续投入3000万元改造老旧小区。", []),
        # money that a project draws in is no money invested
        ("8月22日，某县召开项目推进会。项目建成后，预计将带动社会投资50亿元。", []),
        # near misses that stay funding: a bare 将 (money committed, as the tuning tests read it), a decision or an
        # announcement reported, a signing or a donation ceremony on the page, money already put in, a fund set up
        ("8月22日，园区召开企业家座谈会。园区将投入2亿元建设标准厂房。", [200000000.0]),
        ("8月22日，县政府召开常务会议。会议决定，明年将投入500万元用于农村公路养护。", [5000000.0]),
        ("8月22日，首相在演说中宣布，政府今后将投入30万亿日元公共资金，以维护金融系统的稳定。", [30000000000000.0]),
        ("8月22日，县政府召开常务会议。会议研究，明年县财政将投入资金1200万元实施农村饮水安全工程。", [12000000.0]),
        ("8月22日，市政府召开常务会议，会议通过《老旧小区改造计划》，明年市财政将投入2亿元改造老旧小区。", [200000000.0]),
        ("9月11日，园区举行项目签约仪式。下一步，该企业将投资20亿元建设新生产线。", [2000000000.0]),
        ("8月22日，助学基金捐赠仪式举行。仪式上，某集团董事长表示，今后集团将出资100万元设立助学基金。", [1000000.0]),
        ("8月22日，园区召开企业家座谈会。园区今年已投入2亿元建设标准厂房。", [200000000.0]),
        ("8月22日，园区召开企业家座谈会。园区设立了规模10亿元的产业发展基金。", [1000000000.0]),
    ],
)
def test_money_a_body_will_put_in(extract, body: str, expected: list) -> None:
    assert amounts(extract(page(body, "2024-08-23"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the count before a quoted honour is that honour's, not the one before the 、 (§5); the bare one gives none
        ("1月29日，公司召开年度表彰大会，对“十佳员工”、20名“优秀管理者”和6个“优秀团队”进行了表彰。",
         [("优秀管理者", 20, "名", "person"), ("优秀团队", 6, "个", "organization")]),
        ("1月29日，公司召开年度表彰大会，表彰了“年度功勋员工”、15名“优秀员工”。", [("优秀员工", 15, "名", "person")]),
        # near misses: the quoted honour then its own count stays
        ("1月29日，公司召开年度表彰大会，评选出“金牌员工”20名、“卓越团队”5个。",
         [("金牌员工", 20, "名", "person"), ("卓越团队", 5, "个", "organization")]),
        ("1月29日，公司召开年度表彰大会，表彰了“先进集体”5个、“优秀管理者”20名。",
         [("先进集体", 5, "个", "organization"), ("优秀管理者", 20, "名", "person")]),
    ],
)
def test_counted_honour_after_a_bare_one(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-01-30"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two quoted prizes, each handed to its own count; 了 after the verb (§5)
        ("集團於1月19日舉行年會。大會上，集團頒發了「卓越服務獎」予25名員工及「最佳團隊獎」予5個部門。",
         [("卓越服务奖", 25, "名", "person"), ("最佳团队奖", 5, "个", "organization")]),
        ("集團於1月19日舉行年會。大會上，集團頒發了「卓越服務獎」予25名員工。", [("卓越服务奖", 25, "名", "person")]),
        # near misses: one prize to two counts stays one honour; a relative after 及 adds nothing
        ("集團於1月19日舉行年會。大會上，集團頒發「傑出義工」獎予45名義工及8間機構。",
         [("杰出义工奖", 45, "名", "person"), ("杰出义工奖", 8, "间", "organization")]),
        ("集團於1月19日舉行年會。大會上，集團頒發「卓越服務獎」予25名員工及其家屬。", [("卓越服务奖", 25, "名", "person")]),
    ],
)
def test_prizes_handed_to_their_counts(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-01-20"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a park's bare kind names no organizer (§3: a generic subject without a name → null)
        ("标题\n2024-08-23 来源：某网\n8月22日下午，园区召开安全生产会议。\n", [("安全生产会议", "2024-08-22", None)]),
        ("标题\n2024-08-23 来源：某网\n8月22日下午，开发区召开安全生产会议。\n", [("安全生产会议", "2024-08-22", None)]),
        # near misses: the park named in full, and the bare kind referring back to it
        ("标题\n2024-08-23 来源：某网\n8月22日下午，锦江工业园区召开企业家座谈会。会后，园区召开安全生产会议。\n",
         [("企业家座谈会", "2024-08-22", "锦江工业园区"), ("安全生产会议", "2024-08-22", "锦江工业园区")]),
    ],
)
def test_a_parks_bare_kind_as_organizer(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected
