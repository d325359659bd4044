"""An administrative place written with its level (and a people's body of it) before a passive name held at a venue
or on a day is the event's holder: the organizer, out of the name (GUIDELINES §3 eighth round: 东城区民营经济发展大会 →
民营经济发展大会 / 东城区). Places or parties that are what the event is about, scopes and words that only look like
places keep the name whole. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _view(record: dict) -> list[tuple]:
    """(name, organizer) of each meeting, in order."""
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月1日，东城区民营经济发展大会在区会议中心举行。", ("民营经济发展大会", "东城区")),
        ("6月1日，平安县学习贯彻全国两会精神宣讲报告会在县会堂举行。", ("学习贯彻全国两会精神宣讲报告会", "平安县")),
        ("6月1日，平安县妇联三八节表彰大会在县会堂举行。", ("三八节表彰大会", "平安县妇联")),
        ("江城市总工会劳模座谈会于6月1日在市职工之家召开。", ("劳模座谈会", "江城市总工会")),
        ("6月1日，宜兰县农业高质量发展论坛在县文化中心举办。", ("农业高质量发展论坛", "宜兰县")),
        ("6月1日上午，光明街道平安建设推进会在街道会议室召开。", ("平安建设推进会", "光明街道")),
        ("6月1日，苏州市民营企业家座谈会在市会议中心召开。", None),  # 市民: the level word begins a word
    ],
)
def test_a_place_holding_a_passive_event_is_its_organizer(extract, body: str, expected: tuple | None) -> None:
    meetings = _view(extract(page(body, "2024-06-02")))
    if expected is None:
        assert meetings and meetings[0][1] is None
    else:
        assert meetings == [expected]


@pytest.mark.parametrize(
    "name",
    [
        # a scope, the parties, the thing opened, a congress named by its place
        "全县安全生产工作会议",
        "滨海市与华信集团战略合作签约仪式",
        "夷陵区社会福利院竣工揭牌仪式",
        "平安县第十五届人民代表大会第三次会议",
        # words that only look like places
        "保护区管理工作会议",
        "智慧社区建设推进会",
        "千年古镇文化推介会",
        "江南水乡文化论坛",
        "企业上市工作推进会",
        "智慧城市发展论坛",
        "城乡融合发展推进会",
        "产业联盟成立大会",
        "长三角区域合作交流会",
        "北京中学生作文大赛颁奖典礼",
        # a body of the place after it, or a bare head left
        "平安县教育局中小学校长座谈会",
        "江城市工作会议",
        "江城市座谈会",
        # a bare 城区, a country or an edition before, the people of a city, 乡村 after a county
        "城区“便民服务圈”启动仪式",
        "中国郑州国际物流发展论坛",
        "苏州市民营企业家座谈会",
        "寿县乡村振兴人才培训班开班仪式",
        # kept narrow: a city with its district, a prefecture, a banner
        "深圳市光明区优化营商环境推进大会",
        "黔东南州民族团结进步表彰大会",
        "正蓝旗那达慕大会开幕式",
    ],
)
def test_a_name_that_keeps_its_place(extract, name: str) -> None:
    meetings = _view(extract(page(f"6月1日，{name}在市会议中心举行。", "2024-06-02")))
    assert meetings and meetings[0][0] == name
