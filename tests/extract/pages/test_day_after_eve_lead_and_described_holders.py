"""Meeting-date and award shapes, by class (GUIDELINES §3 date, §5).

1. A day written after a lead clause about a festival ahead (7月1日前夕，…，6月28日上午，…召开) is the meeting's day: the eve dates
   nothing, the written day does (§3 date; the tenth review round's eve reading kept when no day follows).
2. Holders described by a clause closed by 的, then their own noun, before a quoted honour (授予3名在…作出突出贡献的同志“…”,
   三名从事…四十年以上的老专家“…”, 5个在…表现突出的基层党组织“…”称号): the honour is what is quoted (§5), and a stated
   total that is the sum of the counts then read (共计表彰…107个（名）) repeats them (§5 totals).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("7月1日前夕，为庆祝建党103周年，6月28日上午，江城集团党委在集团总部召开表彰大会。", [("表彰大会", "2024-06-28", "6月28日")]),
    ("在5月1日国际劳动节即将到来之际，4月28日下午，县总工会召开劳模座谈会。", [("劳模座谈会", "2024-04-28", "4月28日")]),
    ("为迎接7月1日建党节，6月29日，县委召开党员大会。", [("党员大会", "2024-06-29", "6月29日")]),
    ("国庆节即将来临之际，9月27日上午，市侨联召开归侨座谈会。", [("归侨座谈会", "2023-09-27", "9月27日")]),
    # near misses: the eve alone, or a later day that is a deadline
    ("7月1日前夕，县委召开党员大会。", [("党员大会", None, None)]),
    ("7月1日前夕，县委召开党员大会，会议要求各支部于7月10日前完成整改。", [("党员大会", None, None)]),
])
def test_day_after_eve_lead(extract, body, expected):
    got = [(m["name"], m["date"], m["date_text"]) for m in extract(page(body, "2024-07-02"))["meetings"]]
    assert got == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("大会授予3名在新产线建设中作出突出贡献的同志“突出贡献奖”。", [("突出贡献奖", 3)]),
    ("学会授予三名从事临床工作四十年以上的老专家“终身成就奖”，授予10名中青年医师“青年医师优秀奖”。",
     [("终身成就奖", 3), ("青年医师优秀奖", 10)]),
    ("会议授予5个在创建工作中表现突出的基层党组织“先进基层党组织”称号。", [("先进基层党组织", 5)]),
    ("县委授予12名扎根山区二十年的乡村教师“最美乡村教师”称号。", [("最美乡村教师", 12)]),
    ("市政府授予8家带动就业成效明显的企业“就业扶贫示范企业”称号。", [("就业扶贫示范企业", 8)]),
    # a total that is the sum of the counts just read repeats them
    ("会上授予6个班组“金牌班组”称号，授予十名同志“十佳技术能手”称号，授予3名作出突出贡献的同志“突出贡献奖”。公司共计表彰先进集体和个人19个（名）。",
     [("金牌班组", 6), ("十佳技术能手", 10), ("突出贡献奖", 3)]),
    # near misses: a quote describing people present, a quoted honour inside the description
    ("会上，10名来自基层的代表“现身说法”。", []),
    ("3名曾获得“全国劳模”的同志出席会议。", []),
])
def test_described_holders_before_quote(extract, body, expected):
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected
