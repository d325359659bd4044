"""The year of a meeting on a page with no publication date, read from years the text writes (GUIDELINES §3 `date`:
year from the text itself; a year given only for a plan or for a person's history is no evidence of the meeting's
year; a year a speaker looks back on at a meeting early in the year is the year before the meeting's; §11: newspaper
articles carry no publication date).

Classes (found by running the rules over about 2,100 unlabelled articles of the 1998 newspaper, where a meeting's year
can only be 1997 or 1998: 63 of 144 meetings dated by the vote over written years had another year; then written for
what varies in such copy):
- A year told as the time of one past happening (a founding, a life event, a signing, a visit: ``1965年签订的``,
  ``回忆起1986年对中国的访问``, ``1927年参加广州起义``, ``早在``/``当年``) is a point in a history: no vote for the
  meeting's year (§3: like ``1989年入党``). Not an anniversary the current year marks (``今年（2024年）适逢…成立三十五周年``).
- A year opening its sentence with a whole-year outcome, a figure reached or a change over the year before (``1997年世界旅游总
  收入达4482亿美元``, ``1997年，两国贸易额保持增长势头``, ``…为6.2亿人，比上一年度减少3.8%``), also after a source or a cause
  (``据初步统计，``, ``由于…的影响，``) or a wire dateline, is looked back on: at a meeting early in the year, the year after it
  (§3 tenth review round, as ``2023年，公司实现…``). Not a target (``预计``, ``力争``), nor a part of the year (``前10个月``).
- A year told as a whole gone by (``1997年是…取得初步成效的一年``, ``…极不平凡的一年``) is looked back on the same way, not the
  current year named (``2023年是…开局之年``, ``…的关键一年``: §3 `date`, the issue's own example).
- At a year-end meeting, a year told with what will happen in it (``1998年乌克兰将…``, ``1998年5月才能决定``) or looked ahead to
  (``展望1998年``) is the next year, as its plan named after it is (§3 nineteenth round: a year-end meeting that sets out the
  next year's plan is in the year before it).
Invented sentences only; the pages have no publication date, as the newspaper part's articles (§11).
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


def _article(body: str) -> str:
    """An undated newspaper item: a headline, then the body with its dateline (GUIDELINES §11: no publication date)."""
    return f"要闻简报\n{body}\n"


def _dates(extract, body: str) -> list[str | None]:
    return [w[0] for w in when(extract(_article(body)))]


@pytest.mark.parametrize(("body", "expected"), [
    # a history year is no evidence: with no other year the date stays null
    ("本报北京1月20日讯 纪念《江南日报》创刊60周年座谈会今天在京举行。该报1938年1月25日创刊于上海，"
     "1956年曾改为周刊，后恢复日报。", None),
    ("本报北京1月20日讯 国家主席今天在人民大会堂与来访的总统举行了会谈。总统回忆起1986年对中国的访问，说那次访问"
     "使他深受教益。", None),
    ("据新华社长沙1月11日电 纪念红军将领李大山诞辰百年铜像揭幕仪式今天在他的家乡举行。李大山1927年参加南昌起义，"
     "1929年加入中国共产党。", None),
    ("本报汉城1月23日电 两国外长今天举行会谈。两国渔业协定是1965年签订的，当时规定了各自的捕鱼水域。", None),
    ("本报济南1月28日讯 市长今天出席了下岗职工新春团拜会。早在1993年，这家工厂就因城市规划停产。", None),
    # near-miss: an anniversary the current year marks is the current year
    ("今年（2024年）适逢江东同乡联谊会成立三十周年。12月6日晚，联谊会第十届理事就职典礼在酒楼举行。", "2024-12-06"),
    # near-miss: a year that is no happening's time still votes (a year's plan at an early meeting)
    ("本报北京1月20日讯 全国农机工作会议今天在京召开。会议部署了1998年农机化工作。", "1998-01-20"),
])
def test_past_happening_year_no_evidence(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: the year opens a sentence with a whole-year figure at a January meeting
    ("据新华社北京1月27日电（记者王平）1997年全国旅游总收入达3100亿元，比上年增加3.3%。这是国家旅游局局长27日在"
     "记者招待会上宣布的。", "1998-01-27"),
    # paraphrases: 为 + a figure and a change, 保持…势头 after a comma, a source lead, a cause lead after a speech lead
    ("本报北京1月12日讯 中英经贸联委会第三次会议今天在京举行。1997年，两国贸易额保持增长势头，英国成为中国在欧洲的"
     "第二大贸易伙伴。", "1998-01-12"),
    ("本报北京1月20日讯 全国禁毒工作会议今天在京召开。据初步统计，1997年全国公安机关共缴获海洛因5吨。", "1998-01-20"),
    ("本报北京1月20日讯 全国旅游工作会议今天在京召开。局长指出，由于受金融危机的影响，1997年入境旅游人数为5700万"
     "人次，比上年减少2%。", "1998-01-20"),
    ("本报上海2月10日讯 市外贸工作会议今天召开。1997年全市外贸出口突破200亿美元。", "1998-02-10"),
    # near-miss: a target for the year (a part of the year: test_months_of_a_year_all_over)
    ("本报北京1月20日讯 全国旅游工作会议今天在京召开。局长指出，1998年入境旅游收入预计达到130亿美元。", "1998-01-20"),
])
def test_whole_year_outcome_looked_back(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("本报北京1月5日讯 中国航天工业总公司年度工作会议今天在京召开。总经理在工作报告中说，1997年是大力推进重点工程"
     "建设的一年，是扭亏解困取得初步成效的一年。", "1998-01-05"),
    ("本报北京1月16日讯 世界经济形势报告会今天在京举行。他认为，1997年是世界经济极不平凡的一年。", "1998-01-16"),
    ("本报北京1月18日讯 全国新闻出版局长会议今天在京召开。1997年是我国出版业经受了考验的一年。", "1998-01-18"),
    # near-misses: the current year named
    ("本报北京1月5日讯 全省水利工作会议今天召开。1998年是实施“九五”计划的关键一年。", "1998-01-05"),
    ("1月5日，全县经济工作会议召开。2023年是全面贯彻党的二十大精神的开局之年。", "2023-01-05"),
])
def test_year_gone_by_named(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("本报基辅12月30日电 乌克兰外长今天在外交部吹风会上总结今年外交工作。他强调，1998年乌克兰将集中精力发展地区合作。",
     "1997-12-30"),
    ("本报讯 省政府于12月1日召开了全省消防工作会议。省政府已作出决定，1998年将对各地消防规划组织专项检查。",
     "1997-12-01"),
    ("本报柏林12月30日电 德国外长今天在记者招待会上发表讲话。他认为，尽管1998年5月才能决定首批成员国，但现在就应做好准备。",
     "1997-12-30"),
    ("本报加拉加斯12月18日电 国际招标开标仪式今天在这里举行。展望1998年，外国投资者将继续在委内瑞拉投资。", "1997-12-18"),
    # near-miss: a year-end meeting's own year told as done
    ("本报北京12月28日讯 全市总结表彰大会今天召开。1997年，全市完成工业产值300亿元。", "1997-12-28"),
])
def test_year_ahead_at_year_end(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # a part of a year whose months are all over, reaching past the meeting's month: the year after it
    ("本报北京1月13日讯 中英经贸合作研讨会今天在京举行。1997年前10个月英国对华出口增长20%。", "1998-01-13"),
    ("本报布加勒斯特1月21日电 议会两院今天举行特别联席会议。1997年1月至11月，该国工业生产比上年同期下降5%。", "1998-01-21"),
    ("本报北京2月9日讯 全省外贸工作会议今天召开。1997年前三季度，全省出口增长12%。", "1998-02-09"),
    ("本报北京3月20日讯 全省外贸工作会议今天召开。1997年上半年，全省出口增长12%。", "1998-03-20"),
    # near-misses: months not yet past the meeting's, a span ahead
    ("本报北京11月20日讯 全省外贸工作会议今天召开。1997年前10个月，全省出口增长12%。", "1997-11-20"),
    ("本报北京5月20日讯 全省外贸工作会议今天召开。1997年1月至4月，全省出口增长12%。", "1997-05-20"),
    ("本报北京1月21日讯 全市经济工作会议今天召开。市长指出，各县在1998年上半年要完成全年任务的一半。", "1998-01-21"),
])
def test_months_of_a_year_all_over(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the horizon of a plan or outline is a year ahead, no evidence
    ("新华社北京1月8日电 国务院总理昨天主持召开国家科技领导小组第四次会议。会议讨论了《全国科技发展“九五”计划和2010年"
     "远景目标纲要（草案）》。", None),
    ("本报讯 1月8日，市政府召开常务会议，审议了《江城市2035年远景目标纲要》。", None),
    # a year's work report named after the year, heard early in the next
    ("据新华社北京1月22日电 全国矿产资源委员会第六次会议今天召开。会议听取了资源委1997年工作汇报和今年的工作要点。",
     "1998-01-22"),
    ("本报讯 1月10日，县科协召开全委会，审议了2023年度工作总结。", "2024-01-10"),
])
def test_plan_horizon_and_year_work_report(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the latest year told wins over an older year written more often
    ("本报北京1月16日讯 金融形势新闻发布会今天在京举行。行长说，1997年我国金融业平稳发展，1997年广义货币余额九万亿元，"
     "1997年汇率保持稳定。1998年我国经济增长有望达到8%，1998年物价涨幅保持较低水平。", "1998-01-16"),
    # a deadline with its month and day is a target: no vote for a later year
    ("1998年，全县粮食丰收。\n县委要求，1999年3月10日前完成全部任务。\n1月5日，县政府召开交通工作会议。", "1998-01-05"),
    ("1998年，全县粮食丰收。\n省里规定，一九九九年二月底前完成验收。\n1月5日，县政府召开交通工作会议。", "1998-01-05"),
    # near-miss: an older year alone is still the vote
    ("本报北京7月16日讯 金融形势新闻发布会今天在京举行。行长说，1997年我国金融业平稳发展。", "1997-07-16"),
])
def test_latest_year_told(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # a year set off by a comma, then what was done in it (perfective 了 or a tally) at a first-quarter meeting: looked back
    ("本报北京1月7日讯 全国兵器工业工作会议今天在京召开。1997年，兵器行业以扭亏为重点，大打结构调整攻坚战，理清了发展思路。",
     "1998-01-07"),
    ("本报北京1月16日讯 全国海关关长会议今天在京闭幕。副总理说，1997年，全国海关征收税款共900亿元。", "1998-01-16"),
    ("本报南京2月8日讯 全省交通工作会议今天召开。1997年，全省新建公路三千公里，改造了一批危桥。", "1998-02-08"),
    # near-misses: the year's work still ahead; a meeting later in the year
    ("本报北京1月7日讯 全国兵器工业工作会议今天在京召开。1998年，兵器行业要以扭亏为重点，理顺管理体制。", "1998-01-07"),
    ("本报北京6月7日讯 全国兵器工业工作会议今天在京召开。1997年，兵器行业理清了发展思路。", "1997-06-07"),
])
def test_year_set_off_and_done(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # an event of a year told as held is a point of the past
    ("本报北京1月20日讯 中国举重队今天为世界冠军举行上光荣榜仪式。在1997年举行的世界锦标赛上，中国队夺得5枚金牌。", None),
    ("本报北京1月21日讯 全国围棋工作会议今天召开。在1996年举办的全国联赛中，该队获得亚军。", None),
    # a full date whose clause goes on with 将 is a day ahead
    ("新华社达沃斯1月29日电 世界经济论坛年会29日在这里开幕。他说，欧元1999年1月1日准时启用将进一步改善投资环境。", None),
    # near-miss: the account's full date, no 将
    ("1998年1月20日，县委书记到大桥视察。\n1月21日，县政府召开交通工作会议。", "1998-01-21"),
])
def test_past_event_held_and_day_ahead(extract, body, expected):
    assert _dates(extract, body) == [expected]
