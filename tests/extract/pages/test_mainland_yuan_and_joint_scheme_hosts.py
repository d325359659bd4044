"""Funding, award and meeting shapes of bare 元 on mainland papers, selections and joint hosts on newspaper copy (invented sentences only).

Found:
- A bare 元 on a mainland paper's report about a Hong Kong donor or fund (本报讯…香港某集团…捐款…港元…价值20万元) was read
  as HKD: the Hong Kong cues outvoted a page that names no listed mainland organ. GUIDELINES §6: a bare 元 is HKD only
  in a Hong Kong article; the dateline of a mainland paper or agency (本报北京…讯, 新华社广州…电, §11) makes it a
  mainland article.
- Units chosen in a selection (…等10名运动员当选全国十佳运动员) were no award, and 教练员 ended no honour; the winners
  of a quoted prize counted in the clause after its ceremony (“某某奖”首届颁奖大会…举行，十二位…获奖) were missed.
  GUIDELINES §5: a count referring back to the honour just named, like 被评为.
- The awards ceremony of a selection held 由甲和乙联合主办 (its results announced) had no organizer, and the opening of a
  festival 由甲和乙主办 kept 和. GUIDELINES §3: the scheme's holders hold its ceremony; two bodies joined by 和 as the 由
  agent are written 甲、乙. (A standing committee's session written in full with its term, 某省第八届人民代表大会常务委员会
  第三十次会议, is left: the pages gold reads that shape null, the s123 gold the committee; a ruling is asked for.)
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours


def _funding(record: dict) -> list[tuple[float, str]]:
    return [(amount, currency) for amount, currency, _ in grants(record)]


@pytest.mark.parametrize("text,expected", [
    ("港商捐资助学\n本报讯记者张华报道：香港某集团董事长李明向希望工程捐款５００万港元。香港某基金会理事长出席。\n"
     "仪式上，某商厦也捐赠了价值２０万元的图书。\n",
     [(5000000.0, "HKD"), (200000.0, "CNY")]),
    ("“某某青年奖”颁奖\n本报北京一月十四日讯记者王某报道：“某某青年奖”首届颁奖大会今天在京举行，每人获得奖金三万元。\n"
     "这一奖项由某研究院和香港某基金会共同设立，香港某基金会出资港币三百万元。\n",
     [(30000.0, "CNY"), (3000000.0, "HKD")]),
    ("港胞捐建学校\n新华社广州１月１０日电香港某公司向广东某县捐资８００万港元兴建中学。香港某公司还捐赠了价值３０万元的教学设备。\n",
     [(8000000.0, "HKD"), (300000.0, "CNY")]),
    # NEGATIVE: a report filed from Hong Kong, and a web item with no paper's dateline, keep the region's reading
    ("拨款资助学校\n本报香港１月１０日电香港特区政府宣布，拨款５亿元资助本港中小学改善设施。香港教育署表示欢迎。\n",
     [(500000000.0, "HKD")]),
    ("基金会捐款\n本网讯 香港某基金会宣布，向本港十所中学捐款５００万元，香港教育局表示欢迎。香港某中学校长致谢。\n",
     [(5000000.0, "HKD")]),
])
def test_mainland_dateline_keeps_bare_yuan_cny(extract, text: str, expected: list) -> None:
    assert _funding(extract(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("评选揭晓\n本报北京１月１８日讯全国十佳运动员、十佳教练员评选结果今天揭晓。游泳运动员王某等１０名运动员当选全国十佳运动员，"
     "田径教练员李某等１０名教练员当选全国十佳教练员。\n",
     # (the scope word before a 十佳 honour after 当选 dropped, §5 twenty-second review round; see awards/test_award_works_as_winners_and_ranking_joins.py)
     [("十佳运动员", 10, "名"), ("十佳教练员", 10, "名")]),
    ("评选揭晓\n本报北京１月１８日讯１９９７年度十佳青年教师评选结果今天揭晓，张某等十名教师当选十佳青年教师。\n",
     [("十佳青年教师", 10, "名")]),
    ("颁奖\n本报北京一月十四日讯“某某青年科学奖”首届颁奖大会今天在京举行，十二位四十岁以下的青年科学家获奖。\n",
     [("某某青年科学奖", 12, "位")]),
    ("颁奖\n本报北京一月十四日讯首届“某某教育奖”颁奖大会今天在京举行，二十名中小学教师获奖。\n",
     [("某某教育奖", 20, "名")]),
    # NEGATIVE: offices filled by election, a win elsewhere, winners of two kinds, a prize not yet judged
    ("选举\n本报讯县人大常委会今天举行会议，３名代表当选县人大常委会委员。\n", []),
    ("选举\n本报讯大会选举产生新一届理事会，１５名会员当选理事，３名会员当选副会长。\n", []),
    ("颁奖\n本报北京一月十四日讯“某某青年科学奖”颁奖大会今天在京举行，会上，３名学生在全国比赛中获奖。\n", []),
    ("颁奖\n本报北京一月十四日讯“某某青年科学奖”颁奖大会今天在京举行，十名青年科学家和五个集体获奖。\n", []),
    ("颁奖\n本报北京一月十四日讯“某某文学奖”评选工作今天启动，将有十名作家获奖。\n", []),
])
def test_selected_and_ceremony_winners(extract, text: str, expected: list) -> None:
    assert [(h, n, u) for h, n, u, _ in honours(extract(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("节日开幕\n新华社长春１月５日电第五届长春冰雕节今天开幕。当晚，开幕式在南湖公园举行。本届冰雕节由吉林省文化厅和长春市人民政府主办。\n",
     [("开幕式", "吉林省文化厅、长春市人民政府")]),
    ("评选揭晓\n本报北京１月１８日讯由中国作协和中华文学基金会联合主办的１９９７年度十佳青年作家评选结果今天揭晓，颁奖大会同时在京举行。\n",
     [("颁奖大会", "中国作协、中华文学基金会")]),
    # NEGATIVE: one body holding the selection; the congress itself named in full with its place (null, §3)
    ("评选揭晓\n本报北京１月１８日讯由国家教委主办的１９９７年度十佳青年教师评选结果今天揭晓，颁奖大会同时在京举行。\n",
     [("颁奖大会", "国家教委")]),
    ("会议开幕\n本报长沙１月５日电湖南省第八届人民代表大会第六次会议今天在长沙开幕。\n",
     [("湖南省第八届人民代表大会第六次会议", None)]),
])
def test_joint_hosts_of_scheme_and_festival(extract, text: str, expected: list) -> None:
    assert [(name, org) for name, _, org in held(extract(text))] == expected
