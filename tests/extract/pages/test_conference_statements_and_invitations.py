"""Meeting and speaker readings of real copy made general, GUIDELINES §3 location and §4 roles.

Found on main: a press conference opening the sentence that tells the lead's statement
(``在当日举行的…新闻发布会上，王华说``) took no place from the statement the lead tells made ``在北京`` that day by the same
speaker, though the statement is the conference's own act (§3 location, twenty-second round: ``…是在当日举行的…上作上述
表示的``); and the lead's verb of statement was only 表示/说/指出/强调, not 介绍/宣布/透露. Another act of the speaker
(会见, 回答了记者提问) or another speaker lends no place. ``在宜昌期间，…出席了…仪式`` gave no place, as a short city name
outside the big cities' list was not known for a place, though the article told the subject going there (``考察湖北宜昌``):
§3 location, twenty-second round (``在X期间，…出席了…仪式`` with X a place places the ceremony at X); a place's name is
told by a province's name before it or its level word after it (``前往洛阳市``), not 来到灾区 or 考察疫情防控 (no
place's name). A next host inviting those present to its meeting at the close (``接过会旗，并向与会代表发出…的邀请``)
was no speaker: §4 twenty-second round (the incoming host taking the flag at a closing ceremony and
``向与会代表发出诚挚邀请`` takes 致辞); those present as 与会/参会/全体 people of any kind (代表, 嘉宾, 来宾, 学者), 发出 or 发起,
with the flag or not; not an invitation to one party (向北京大学发出, 向他发出) nor one received. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _placed(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the conference opening the sentence, the statement the lead tells made at the place, same speaker
    ("副部长李华23日在北京介绍纪念活动的主要安排。在当日举行的新闻发布会上，李华说，活动将分三个阶段进行。",
     [("新闻发布会", "北京")]),
    ("发言人李明5日在北京表示，经济运行总体平稳。在当天举行的国务院新闻办公室新闻发布会上，李明介绍，一季度增长较快。",
     [("新闻发布会", "北京")]),
    ("新闻发言人张强8日在北京宣布，新增病例继续下降。在同日举行的例行记者会上，张强指出，防控形势向好。",
     [("例行记者会", "北京")]),
    ("副市长陈芳9日在江城介绍全市防汛安排。在当日举行的新闻发布会上，陈芳强调，各区要落实责任。",
     [("新闻发布会", "江城")]),
    ("发言人刘洋5日在上海透露，展会筹备就绪。在当天举行的吹风会上，刘洋表示，展馆已全部布置完毕。",
     [("吹风会", "上海")]),
    # negative: another act of the speaker at the place, another speaker, another act at the conference
    ("发言人王华5日在北京会见了来访客人。在当日举行的例行新闻发布会上，王华说，中方欢迎各方参与合作。",
     [("会见", "北京"), ("例行新闻发布会", None)]),
    ("发言人王华5日在北京表示，中方欢迎合作。在当日举行的例行新闻发布会上，李明说，中方欢迎各方参与。",
     [("例行新闻发布会", None)]),
    ("发言人王华5日在北京表示，中方欢迎合作。在当日举行的例行新闻发布会上，王华回答了记者提问。",
     [("例行新闻发布会", None)]),
])
def test_statement_told_at_conference(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # 在X期间 with X a short city name the article tells the subject going to: the ceremony attended there
    ("代表团考察湖北宜昌。在宜昌期间，代表团出席了福利院竣工揭牌仪式。", [("福利院竣工揭牌仪式", "宜昌")]),
    ("考察团一行抵达四川绵阳，在绵阳期间，考察团出席了科技城合作项目签约仪式。", [("科技城合作项目签约仪式", "绵阳")]),
    ("省长王明前往洛阳市调研。在洛阳期间，王明出席了牡丹文化节开幕仪式。", [("牡丹文化节开幕仪式", "洛阳")]),
    ("代表团赴四川宜宾考察，在宜宾期间，代表团出席了白酒产业园揭牌仪式。", [("白酒产业园揭牌仪式", "宜宾")]),
    ("访问团到访云南大理，在大理期间，访问团出席了友好城市缔结仪式。", [("友好城市缔结仪式", "大理")]),
    ("代表团视察淮安县。在淮安期间，代表团出席了运河大桥通车仪式。", [("运河大桥通车仪式", "淮安")]),
    # negative: no going there told, no place's name, a reference, an event
    ("在宜昌期间，代表团出席了福利院竣工揭牌仪式。", [("福利院竣工揭牌仪式", None)]),
    ("代表团考察疫情防控工作。在疫情期间，代表团出席了物资捐赠仪式。", [("物资捐赠仪式", None)]),
    ("副总理来到灾区，在灾区期间，副总理出席了项目奠基仪式。", [("项目奠基仪式", None)]),
    ("王明一行抵达江城。在该市期间，王明出席了江城经贸洽谈会开幕仪式。", [("江城经贸洽谈会开幕仪式", None)]),
    ("代表团赴重庆谈判，在重庆谈判期间，代表团出席了签约仪式。", [("签约仪式", None)]),
])
def test_short_city_gone_to(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the next host inviting those present to its meeting at the close: 致辞
    ("年会于11月3日闭幕。南江大学环境学院副院长王芳教授在闭幕式上接过年会会旗，并向与会代表发出明年在南江大学举办年会的邀请。",
     {"王芳": ("致辞",)}),
    ("论坛于5月6日闭幕。江城大学副校长李强在闭幕式上接过论坛会旗，并向与会嘉宾发出明年在江城相聚的诚挚邀请。",
     {"李强": ("致辞",)}),
    ("研讨会于6月2日闭幕。北山市副市长陈明在闭幕式上向全体参会人员发出了邀请，欢迎大家明年再来北山。",
     {"陈明": ("致辞",)}),
    ("论坛闭幕式上，南江市副市长刘洋接过会旗，向与会来宾们发出诚挚邀请。", {"刘洋": ("致辞",)}),
    ("大会于9月9日闭幕。东湖大学校长张华在闭幕式上向与会学者发起了下届大会的邀请。", {"张华": ("致辞",)}),
    # negative: an invitation to one party, one received, an invitation letter sent by a body
    ("研讨会于6月2日闭幕。王芳教授向北京大学发出了合作邀请。", {}),
    ("研讨会于6月2日闭幕。会后，王芳向他发出邀请，请他来校讲学。", {}),
    ("研讨会于6月2日闭幕。李强接受了与会代表发出的邀请。", {}),
])
def test_invitation_to_those_present(extract, body, expected):
    assert {name: roles for name, (_, roles) in speakers(extract(page(body))).items()} == expected
