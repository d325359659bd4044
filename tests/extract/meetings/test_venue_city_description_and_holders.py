"""Meeting venues and holders on 1998 newspaper copy (GUIDELINES §3 location, organizer).

Classes: a description of a city before its name (region, where in it, the kind of city) with a long transliterated
name is no part of the venue (§3 twenty-first round second part: 在省城兰河 → 兰河); a passive agent written before the
place of an attributive meeting (在由甲于南京召开的…上) is its organizer, not part of the venue (§3 twenty-first round:
由甲召开的… names the holder as 由甲主办的 does; the place after 于/在 is the location); a residence or seat of office
before 为 in a referred meeting's attribute (在总统府为…举行的…上) is its venue (§3 twenty-seventh round: a place before
的 in a referred meeting is its location); a headline telling the gathering at a place with a verb of gathering
(在京聚会讨论…) gives the location of the page's one meeting when the body names no venue (§3 fourteenth round: the
place of the headline's 在X举行; 在京 → 北京, twenty-seventh round); a body opening its sentence with its reaction
(对此深感震惊, 接到报告后) then a clause of holding with only an adverb before 召开 is its organizer (§3 organizer: the
subject of 召开/举行). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _placed(record: dict) -> list[tuple]:
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # (heads of state are persons, organizer null: GUIDELINES §3 thirty-sixth review round, as 外长 below)
    ("去年11月初，两国元首在俄西伯利亚城市克拉斯诺亚尔斯克进行非正式会晤。", [("非正式会晤", "克拉斯诺亚尔斯克", None)]),
    ("两国外长今天在日本北部港口城市符拉迪沃斯托克举行会谈。", [("会谈", "符拉迪沃斯托克", None)]),
    ("两国总理5日在俄罗斯远东地区城市哈巴罗夫斯克举行会谈。", [("会谈", "哈巴罗夫斯克", None)]),
    ("两国外长今天在埃及南部旅游城市阿斯旺举行会谈。", [("会谈", "阿斯旺", None)]),
    ("两国外长今天在美国西部海滨城市圣巴巴拉举行会谈。", [("会谈", "圣巴巴拉", None)]),
    # negative: a name of its own holding the kind word stays whole
    ("研讨会今天在湖南城市学院举行。", [("研讨会", "湖南城市学院", None)]),
    ("论坛今天在上海城市规划展示馆举行。", [("论坛", "上海城市规划展示馆", None)]),
])
def test_city_described_before_its_long_name(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("副省长王明3月15日在由省政府办公厅于南京召开的全省住房工作会议上讲话。",
     [("全省住房工作会议", "南京", "省政府办公厅")]),
    ("副省长王明15日在由省教育厅在杭州召开的全省高校工作会议上讲话。", [("全省高校工作会议", "杭州", "省教育厅")]),
    ("部长李华昨天在由国家体育总局于广州举办的全国体育工作座谈会上发言。",
     [("全国体育工作座谈会", "广州", "国家体育总局")]),
    ("部长李华6日在由省科学技术协会于成都举行的学术年会上讲话。", [("学术年会", "成都", "省科学技术协会")]),
    ("部长李华6日在由江城市人民政府于江城宾馆召开的招商座谈会上讲话。", [("招商座谈会", "江城宾馆", "江城市人民政府")]),
    # negative: several bodies each holding its own name no organizer; a person chairing is none either
    ("部长李华6日在由各地市于成都召开的协作会议上讲话。", [("协作会议", "成都", None)]),
    ("部长李华6日在由他主持于成都召开的协作会议上讲话。", [("协作会议", "成都", None)]),
])
def test_passive_agent_before_the_place_of_an_attribute(extract, body, expected):
    assert _placed(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("在总统府为驻江外国使节举行的新年酒会上，总统王明表示乐观。", [("新年酒会", "总统府", None)]),
    ("首相王明4日在首相官邸为外国记者举行的招待会上说，经济将复苏。", [("招待会", "首相官邸", None)]),
    ("总统王明3日在总统府为驻江外国使节举行新年酒会。", [("新年酒会", "总统府", None)]),
    ("在爱丽舍宫为各国使节举行的新年招待会上，总统王明发表讲话。", [("新年招待会", "爱丽舍宫", None)]),
    # negative: a government before 为 holds the event, no venue
    ("在市政府为外国专家举行的新春招待会上，市长王明表示感谢。", [("新春招待会", None, "市政府")]),
    ("在省政府为全省劳模举行的座谈会上，省长王明讲话。", [("座谈会", None, "省政府")]),
])
def test_residence_before_wei_in_an_attribute(extract, body, expected):
    assert _placed(extract(page(body))) == expected


def _headed(headline: str, body: str) -> str:
    return f"{headline}\n{body}\n"


@pytest.mark.parametrize(("headline", "body", "expected"), [
    ("艺术家、评论家在京聚会讨论繁荣戏曲艺术", "本报北京1月8日讯 今天，部分戏曲艺术家聚集一起，各抒己见。张明、李华等在研讨会上先后发言。",
     [("研讨会", "北京", None)]),
    ("老战士在沪欢聚共话当年", "本报上海1月8日讯 今天，百余名老战士欢聚一堂。王明在座谈会上讲话。", [("座谈会", "上海", None)]),
    ("专家在杭州座谈城市发展", "本报杭州1月8日讯 今天，二十多位专家学者聚在一起。王明在座谈会上发言。", [("座谈会", "杭州", None)]),
    ("老教授在穗聚首话教育", "本报广州1月8日讯 今天，三十多位老教授相聚。王明在座谈会上发言。", [("座谈会", "广州", None)]),
    # negative: the body names the gathering's own venue; a gathering ahead; a headline with no gathering verb
    ("艺术家在京聚会讨论繁荣戏曲艺术", "本报北京1月8日讯 今天，部分戏曲艺术家在江城宾馆聚会。张明在研讨会上发言。",
     [("研讨会", None, None)]),
    ("艺术家将在京聚会讨论繁荣戏曲艺术", "本报北京1月8日讯 张明在研讨会上发言。", [("研讨会", None, None)]),
    ("艺术家在京谈戏曲", "本报北京1月8日讯 张明在研讨会上发言。", [("研讨会", None, None)]),
])
def test_headline_gathering_place_when_the_body_names_none(extract, headline, body, expected):
    assert _placed(extract(_headed(headline, body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("省体育局对此深感震惊，紧急召开专题会议，作出如下决定。", [("专题会议", None, "省体育局")]),
    ("省体育局对此高度重视，立即召开专题会议。", [("专题会议", None, "省体育局")]),
    ("县政府获悉后，迅速召开专题会议，部署救灾。", [("专题会议", None, "县政府")]),
    ("市教育局接到报告后，连夜召开党组会议，研究部署。", [("党组会议", None, "市教育局")]),
    ("江城大学得知消息后，立刻召开校务会议。", [("校务会议", None, "江城大学")]),
    # negative: a person reacting is no organizer; several bodies each holding their own (no record); no meeting held
    ("省长王明接到报告后，连夜召开专题会议。", [("专题会议", None, None)]),
    ("省体育局对此深感震惊，各地紧急召开专题会议。", []),
    ("省体育局的报告说，紧急召开专题会议十分必要。", []),
])
def test_reacting_body_holds_the_meeting_of_its_next_clause(extract, body, expected):
    assert _placed(extract(page(body))) == expected
