"""Meeting dates on ordinary pages. Invented sentences; the expected values follow
corpus/GUIDELINES.md §2 (the publication date, not an update stamp), §3 (a meeting's year from the text only when
the text makes it certain; 民国113年 = 2024) and §6 (audit figures, plans and events ahead are no money granted).

- A year reviewed in a clause about an event still ahead (大会拟于10月召开，届时将对2023年度…进行表彰) is no
  evidence of the year the undated page reports in.
- A year of 100-149 in digits with its month and day (113年5月20日) is a Republic-of-China date on any page,
  also a county's release that names no place of Taiwan.
- A Republic-of-China publication line after an update stamp on the same line (更新日期：113-05-17 發布日期：113-05-16)
  gives the publication date, as Gregorian stamps do.
- Money an audit found misused (审计查出违规资金…), the total of works a plan counts (计划改造老旧小区86个，总投资…;
  计划安排政府投资项目120个、总投资…) and money of an event ahead (届时…奖金总额…) are no funding.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only year is a review planned ahead: no year for the meeting
        ("科技局召开筹备会\n9月25日下午，市科技局召开全市科技大会筹备工作推进会，局长某某主持会议。"
         "大会拟于10月中旬召开，届时将对2023年度市科学技术奖获奖项目进行表彰。",
         [("全市科技大会筹备工作推进会", None)]),
        ("某县召开经济工作会议\n9月25日上午，全县经济工作会议召开，县委书记王某出席会议并讲话。"
         "会议明确，县里拟于10月召开表彰大会，对2023年度先进单位进行表彰。",
         [("全县经济工作会议", None)]),
        # NEGATIVE: a review held (not planned) still gives the year, plus one early in the next year
        ("某县召开述职评议会\n1月26日，县委召开2023年度基层党组织书记述职评议会，县委书记王某出席会议并讲话。",
         [("2023年度基层党组织书记述职评议会", "2024-01-26")]),
        ("某县召开总结表彰会\n9月25日上午，县委召开全县经济工作会议，县委书记王某出席会议并讲话。"
         "会议总结表彰了2023年度先进单位。",
         [("全县经济工作会议", "2023-09-25")]),
    ],
)
def test_a_review_planned_ahead_gives_no_year(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("113年度績優志工表揚大會\n113年5月20日上午，縣府於縣政中心舉行113年度績優志工表揚大會，縣長林某某致詞。",
         [("113年度绩优志工表扬大会", "2024-05-20")]),
        ("本府於113年5月20日上午舉行績優志工表揚大會，縣長林某某致詞，表揚績優志工50名。",
         [("绩优志工表扬大会", "2024-05-20")]),
        ("112年12月8日下午，本所於二樓禮堂召開年終檢討會議，所長陳某某主持。",
         [("年终检讨会议", "2023-12-08")]),
        # NEGATIVE: a four-digit year is read as written
        ("2024年5月20日上午，县政府召开常务会议，县长王某主持会议。", [("常务会议", "2024-05-20")]),
    ],
)
def test_a_three_digit_year_with_month_and_day_is_a_roc_date(extract, text: str, expected: list) -> None:
    assert dated(extract(text)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("更新日期：113-05-17 發布日期：113-05-16", "2024-05-16"),
        ("修改日期：113/05/20　發布日期：113/05/16", "2024-05-16"),
        # NEGATIVE: a publication label alone, and the Gregorian form, as before
        ("發布日期：113-05-16", "2024-05-16"),
        ("更新日期：2024/05/17  发布日期：2024/05/16", "2024-05-16"),
    ],
)
def test_roc_publication_line_after_an_update_stamp(extract, line: str, expected: str) -> None:
    record = extract(f"縣務會議\n{line}\n縣長林某某今（16）日主持縣務會議，聽取各局處工作報告。")
    assert (record["published"] or "")[:10] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，县人大常委会召开会议。报告显示，全县审计查出违规资金2300万元。", []),
        ("5月7日，县委召开巡察工作会议。巡察发现违纪违规金额860万元，已全部整改。", []),
        ("5月7日，区政府召开常务会议。方案提出，到2026年底全区计划改造老旧小区86个，总投资约15亿元。", []),
        ("5月7日，区政府召开务虚会。区长某某指出，明年计划安排政府投资项目120个、总投资240亿元。", []),
        ("5月7日，市科技局召开推进会。大会拟于10月召开，届时将表彰获奖项目60项，奖金总额500万元。", []),
        # NEGATIVE: money granted and an audit sentence without a finding
        ("5月7日，县政府召开常务会议。会议同意下达春耕生产补助资金680万元，用于良种补贴。", [(6_800_000.0, "CNY")]),
        ("5月7日，县审计局召开会议。县财政安排审计专项经费50万元。", [(500_000.0, "CNY")]),
        # NEGATIVE: projects signed, with the total after 、
        ("5月7日，县里举行招商推介会。现场签约项目12个、总投资86亿元。", [(8_600_000_000.0, "CNY")]),
        # NEGATIVE: works completed (not planned) keep their total
        ("5月7日，区政府召开常务会议。去年全区改造老旧小区86个，总投资约15亿元。", [(1_500_000_000.0, "CNY")]),
    ],
)
def test_audit_findings_plans_and_events_ahead_are_no_funding(extract, body: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(page(body)))] == expected
