"""An auction is a sale, not a meeting (GUIDELINES §3 not meetings: trade fairs and shows; thirty-third review round,
7 December 2026, third stop): `…拍卖会`, `…竞拍会` held, or named as where someone bought things, give no record, in
Simplified and Traditional script. Near-misses: a meeting held by an auction house or about auctions, a press
conference after an auction and a gala with an auction in it (`慈善拍卖晚会`, a gala held, §3 banquets and galas) stay
records. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    "body",
    [
        "去年五月十八日，王某在江城拍卖行举办的书画拍卖会上，竞买到三幅名家作品。",
        "江城拍卖公司昨天举办春季艺术品拍卖会，成交额达500万元。",
        "春季拍賣會昨日在江城酒店舉行，成交額創新高。",
        "一枚邮票在1993年瑞士邮票拍卖会上以高价购回。",
        "土地使用权拍卖会今天在市国土局举行，三宗地块全部成交，200多人参加竞买。",
        "市文物商店昨天在江城宾馆举行古玩竞拍会，成交30件。",
        "昨天下午，江城拍卖行在江城宾馆举行了首场房产拍卖会，副市长王强主持拍卖会。",
        "历时4天的秋季拍卖会为去年国内艺术品拍卖活动画上了一个圆满的句号。",
    ],
)
def test_auction_gives_no_record(extract_with_model, body: str) -> None:
    assert held(extract_with_model(page(body, "1998-01-20"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("拍卖会结束后，江城拍卖行昨天下午举行了新闻发布会。", [("新闻发布会", "1998-01-19", "江城拍卖行")]),
        ("江城拍卖行昨天召开拍卖工作座谈会，20余名代表参加。", [("拍卖工作座谈会", "1998-01-19", "江城拍卖行")]),
        ("江城拍卖行今天举行成立十周年庆祝大会。", [("成立十周年庆祝大会", "1998-01-20", "江城拍卖行")]),
        ("拍卖行负责人昨天在新闻发布会上说，春季拍卖会将于下月举行。", [("新闻发布会", "1998-01-19", None)]),
        ("江城市政府昨天召开国有资产拍卖工作会议。", [("国有资产拍卖工作会议", "1998-01-19", "江城市政府")]),
        ("慈善拍卖晚会昨天在江城宾馆举行，筹得善款10万元。", [("慈善拍卖晚会", "1998-01-19", None)]),
    ],
)
def test_meeting_beside_auction_kept(extract_with_model, body: str, expected: list) -> None:
    assert held(extract_with_model(page(body, "1998-01-20"))) == expected
