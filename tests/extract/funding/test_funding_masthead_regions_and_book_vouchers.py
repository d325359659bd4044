"""Funding and award shapes of Macau mastheads, money for firms, book vouchers and surplus set aside, in funding (GUIDELINES §6) and awards (§5).

Found on invented pages:
- a Macau release whose only regional cue is the portal's masthead (澳門特別行政區政府入口網站), removed as boilerplate,
  priced a bare 元 in CNY: the region's own government named in the removed masthead is a cue, like one in the body
  (§6 sixteenth round: the region's own release is priced in its currency);
- 为企业争取上级项目资金6800万元 was kept: the 项目 of the money's own name was read as a project the money was
  sought for (§6 eighteenth round: money obtained from higher levels with no project or use is a tally, no record);
- a book voucher with its value handed to each honouree (每位獲獎義工同時獲頒書券港幣五百元) was missed: a gift in kind,
  one record of the share (§6 fifteenth round, like 禮券);
- 議長獎則由…代為頒發，共十八名畢業生獲獎: the winners counted in the clause after a prize presented by a proxy are
  that prize's count in Traditional text (§5 nineteenth round, fourth part);
- 盈餘…，其中提撥600萬元作為…之用 was dropped as a part of a statistic: money set aside for a use is funding (§6); and
  將爭取…補助興建…，預計總經費1,500萬元 was recorded though the works are still to be funded (§6: only intended).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


def _macau_page(body: str, masthead: str = "澳門特別行政區政府入口網站") -> str:
    return f"{masthead}\n首頁 > 新聞 > 文化\n文化局公佈資助計劃評審結果\n2025-08-08 17:45\n\n{body}\n"


@pytest.mark.parametrize(
    ("masthead", "body", "currency"),
    [
        ("澳門特別行政區政府入口網站", "　　文化局今日公佈評審結果，共批出資助項目86個，資助總額為3,500萬元。", "MOP"),
        ("澳門特區政府新聞局", "　　體育局今日宣佈向二十個體育會撥款資助，資助總額為一百二十萬元。", "MOP"),
        ("香港特別行政區政府新聞網", "　　康文署今日宣佈向十間博物館撥款資助，資助總額為八百萬元。", "HKD"),
        # no government of the region in the masthead: the bare 元 keeps today's reading
        ("文化藝術資訊網", "　　文化局今日公佈評審結果，共批出資助項目86個，資助總額為3,500萬元。", "CNY"),
    ],
)
def test_masthead_government_region(extract, masthead, body, currency):
    assert [c for _, c, _ in grants(extract(_macau_page(body, masthead)))] == [currency]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a tally obtained for firms or households: no project named
        ("今年以来，县工信局已为企业争取上级项目资金6800万元。", []),
        ("今年以来，县农业农村局为全县农户争取上级项目资金2300万元。", []),
        ("县发改局全年为园区企业争取到上级资金1.5亿元。", []),
        # a project or a use named: a grant, as before
        ("县交通局为江城大桥项目争取上级资金6800万元。", [68000000.0]),
        ("县工信局为企业争取上级项目资金6800万元，用于技术改造。", [68000000.0]),
        ("县里为江城新区污水处理厂项目争取专项债券资金5亿元。", [500000000.0]),
    ],
)
def test_higher_money_for_firms_is_a_tally(extract, body, expected):
    assert [a for a, _, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年共有八十名義工獲頒「傑出義工獎」。每位獲獎義工同時獲頒書券港幣五百元。", [(500.0, "HKD")]),
        ("典禮上，十二名優秀學生獲頒獎狀，每位獲獎學生同時獲頒書券港幣五百元。", [(500.0, "HKD")]),
        ("今年共有八十名義工獲頒「傑出義工獎」。每位獲獎義工同時獲頒禮券港幣五百元。", [(500.0, "HKD")]),
        # a shop's promotion or a voucher's face value: no money granted
        ("書店週年慶，消費滿300元即贈書券30元。", []),
        ("凡購書滿200元送50元書券。", []),
        ("本店書券每張面值港幣五百元。", []),
    ],
)
def test_book_voucher_per_honouree(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("吳淑芬頒發市長獎予三十二名畢業生，議長獎則由周家豪代為頒發，共十八名畢業生獲獎。",
         [("市长奖", 32), ("议长奖", 18)]),
        ("校長頒發校長獎予二十名學生。議長獎則由副議長代為頒發，共十八名畢業生獲獎。", [("校长奖", 20), ("议长奖", 18)]),
        ("議長獎由議長親自頒發，共有十五名畢業生獲獎。", [("议长奖", 15)]),
        ("縣長獎則由秘書長代為頒授，共二十名學生獲獎。", [("县长奖", 20)]),
        # a win elsewhere, no winners, another period, or Simplified text: no count of this prize
        ("議長獎則由周家豪代為頒發，共十八名畢業生在全國比賽中獲獎。", []),
        ("議長獎則由周家豪代為頒發，共十八名畢業生報名。", []),
        ("議長獎由議會頒發，去年共有十五名畢業生獲獎。", []),
        ("議長獎則由周家豪代為頒發，歷年來共有三百名畢業生獲獎。", []),
        ("议长奖则由周家豪代为颁发，共十八名毕业生获奖。", []),
    ],
)
def test_prize_presented_then_winners(extract, body, expected):
    assert [(h, n) for h, n, _, _ in honours(extract(page(body)))] == expected


def _taiwan(body: str) -> str:
    return page(f"某某鄉農會會員代表大會。{body}")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("去年信用部盈餘新臺幣3,600萬元，其中提撥600萬元作為農事推廣及獎助學金之用。", [(6000000.0, "农事推广及奖助学金")]),
        ("本會去年盈餘新臺幣2,000萬元，其中提撥500萬元作為會員福利之用。", [(5000000.0, "会员福利")]),
        ("本會去年盈餘新臺幣2,000萬元，其中提撥500萬元用於會員福利。", [(5000000.0, "会员福利")]),
        # no use stated, no money set aside, or a share to each recipient (its fund kept as purpose)
        ("共表揚績優社區十二個。每個績優社區另獲獎勵金10萬元，作為推動社區營造之用。", [(100000.0, "奖励金")]),
        ("本會去年盈餘新臺幣2,000萬元，其中提撥500萬元。", []),
        ("本會去年盈餘新臺幣2,000萬元，其中500萬元來自利息收入。", []),
    ],
)
def test_surplus_set_aside_for_use(extract, body, expected):
    assert [(a, p) for a, _, p in grants(extract(_taiwan(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("總幹事說明，今年度將爭取縣府補助興建蔬果集貨場，預計總經費1,500萬元。", []),
        ("鄉公所將爭取中央補助興建活動中心，預計總經費3,000萬元。", []),
        ("鄉公所計劃爭取中央補助興建活動中心，預計總經費3,000萬元。", []),
        # money sought or obtained already: the total stays
        ("鄉公所爭取中央補助興建活動中心，總經費3,000萬元。", [30000000.0]),
        ("鄉公所已獲中央補助興建活動中心，總經費3,000萬元，預計年底完工。", [30000000.0]),
    ],
)
def test_estimated_total_of_works_still_sought(extract, body, expected):
    assert [a for a, _, _ in grants(extract(_taiwan(body)))] == expected
