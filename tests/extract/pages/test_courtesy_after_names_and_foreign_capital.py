"""Speaker, funding and meeting shapes in united-front, ethnic and religious affairs and overseas Chinese news: a monk's 法师 or a 老先生 after a name
in a list ends that item and is no part of the next person's title (GUIDELINES §4: 法师 a courtesy word); contracted
foreign capital (合同台资, 合同外资) with no signing on the page is capital attracted, a statistic (§6 twelfth round);
a body's executive or council sitting numbered by term and round (十届三次执委会议) is its own session, organized by
it (§3 eleventh round); 江城市民族… reads the city before the passive name, 民族 being no 市民 (§3 eighth round).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月10日，市民宗局召开座谈会。市佛教协会会长释明德法师、市基督教两会主席张恩光作交流发言。",
         {"释明德": ("市佛教协会会长", ("发言",)), "张恩光": ("市基督教两会主席", ("发言",))}),
        ("3月2日，县统战部召开宗教界人士座谈会。正觉寺住持释印顺法师、县道教协会会长李清风先后发言。",
         {"释印顺": ("正觉寺住持", ("发言",)), "李清风": ("县道教协会会长", ("发言",))}),
        ("9月9日，市侨联召开归侨座谈会。市政协顾问黄文伯老先生、市侨联主席王红梅先后发言。",
         {"黄文伯": ("市政协顾问", ("发言",)), "王红梅": ("市侨联主席", ("发言",))}),
        # NEGATIVE: 先生 and a doctorate already ended their items
        ("9月9日，市侨联召开座谈会。市侨联顾问王丽女士、市侨联副主席李强先生发言。",
         {"王丽": ("市侨联顾问", ("发言",)), "李强": ("市侨联副主席", ("发言",))}),
        ("9月9日，学院召开座谈会。数学学院青年教师农晓燕博士、物理学院院长王强发言。",
         {"农晓燕": ("数学学院青年教师、博士", ("发言",)), "王强": ("物理学院院长", ("发言",))}),
    ],
)
def test_courtesy_after_a_name_ends_its_list_item(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月8日，市台办召开台企座谈会。我市累计批准台资企业560家，合同台资45亿美元。", []),
        ("7月6日，市商务局召开外资工作会议。今年1至6月，全市新批外资项目20个，合同外资3.2亿美元。", []),
        ("7月6日，区侨联召开侨商座谈会。全区现有侨资企业300家，合同侨资金额12亿元。", []),
        # NEGATIVE: the contracts of the event's own signing stay
        ("4月8日，江城市重点项目集中签约仪式举行，共签约项目12个，其中合同外资额4.6亿美元。", [(460_000_000.0, "USD", None)]),
        ("4月8日，外资企业座谈会召开。会上，6家外资企业签订合同，合同外资2亿美元。", [(200_000_000.0, "USD", None)]),
        # NEGATIVE: money granted to foreign-funded firms is a grant
        ("4月8日，市侨联召开座谈会，为侨资企业发放补助资金300万元。", [(3_000_000.0, "CNY", "侨资企业补助资金")]),
    ],
)
def test_contracted_foreign_capital_is_a_statistic(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4日，县工商联十届三次执委会议召开。会议由县工商联党组书记张文海主持。",
         [("县工商联十届三次执委会议", "2024-05-04", "县工商联")]),
        ("3月4日，市侨联召开九届二次常务理事（扩大）会议，市侨联主席王红梅主持。",
         [("市侨联九届二次常务理事（扩大）会议", "2024-03-04", "市侨联")]),
        ("3月4日，市总商会十二届五次执委会议在市会议中心召开。",
         [("市总商会十二届五次执委会议", "2024-03-04", "市总商会")]),
        # NEGATIVE: a sitting numbered with 第 keeps reading as before
        ("3月4日，县总商会第十届执委会第三次全体会议召开。",
         [("县总商会第十届执委会第三次全体会议", "2024-03-04", "县总商会")]),
    ],
)
def test_executive_sitting_numbered_by_term_and_round(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月25日上午，江城市民族团结进步表彰大会在市会议中心召开。",
         [("民族团结进步表彰大会", "2024-04-25", "江城市")]),
        ("4月25日，滨海市民族工作会议在市委党校举行。", [("民族工作会议", "2024-04-25", "滨海市")]),
        # NEGATIVE: a school or bureau named after 民族 is the holder; 市民 stays one word
        ("4月1日上午，江城市民族中学开学典礼在学校操场举行。", [("开学典礼", "2024-04-01", "江城市民族中学")]),
        ("4月25日上午，江城市民健身大会开幕式在市体育中心举行。", [("江城市民健身大会开幕式", "2024-04-25", None)]),
    ],
)
def test_city_before_an_ethnic_affairs_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
