"""The year of a meeting on a page with no publication date, second round over the unlabelled 1998 newspaper articles
(GUIDELINES §3 `date`: the year from the text itself; a year given only for a plan or for a person's history is no
evidence of the meeting's year; on a page with no publication date a year inside the meeting's own name is its year;
the twenty-fifth review round's readings of what a year written in the text says; §11: newspaper articles carry no
publication date).

Classes (each found among the meetings of the unlabelled January 1998 articles dated outside 1997-11..1998-01, then
written for what varies in such copy):
- An anniversary in the meeting's sentence of a start the item dates (§3 step of ``诞辰90周年`` with ``1908年…出生``)
  is read also with its count before ``诞辰`` or with ``年`` for ``周年`` (``百年诞辰``, ``一百周年诞辰``, ``诞辰100年``), with a
  title between the name and the anniversary (``将军``, ``烈士``, ``教授``), with the name in title marks (``《江南日报》``),
  and with ``诞生`` said of a body's founding.
- An honour or an office in a person's or a body's history told with its year (``1960年被评为全国劳动模范``, ``授予``,
  ``荣获``, ``当选``, ``被命名为``), a founding told after a month set off by a comma (``1992年10月，该县建起…``), a memory
  (``永远不能忘记1950年1月…``) and the time of a past act told by 是…的 (``这是…1996年为我画的``) are points in a history
  (§3 twenty-fifth round, like ``1989年入党``, ``1965年签订的``, ``回忆起``): no vote for the meeting's year.
- A year set off by a comma with what was done in it (§3 twenty-fifth round, ``1997年，…理清了发展思路``) stays looked back
  when the sentence names a target or a plan as the object of what was done (``明确了…总体目标``) or holds 要/将 inside
  another word (``主要``, ``需要``, ``将近``).
- A year told as a whole gone by (§3 twenty-fifth round, ``1997年是…取得初步成效的一年``) is also one told by how it went:
  its growth with the manner it had (``稳步发展的一年``) or what was gained (``获得成果的一年``).
- The gains of a year named as a whole (``欢庆1997年一系列重大胜利``, ``1997年的成绩``) are the year looked back on at a
  meeting of the first quarter, as a year gone by is.
- A year's end written in full (``到1997年年底，全省已…``) is a stock counted at the year's end like ``到1997年底``.
- A year's work meeting named after its year (``召开1998年度工作会议``) is in that year: a year in the meeting's own name
  (§3); a 年度 review (``2023年度表彰大会``) stays the year after.
- A celebration, a festival or games of a year at which the sentence says what is to be done (``1999年…50周年大庆和2000年
  …艺术节上，…都要…``) is an event ahead: its year is given only for a plan (§3), no evidence.
- An article told in sentences before the first opening line of a page of glued items is a lead article of its own: the
  first item begins at its opening line (§11: glued items take their years only from their own text, from one opening
  line to the next); headline lines, with no full stop, stay with the first item.
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
    # the failing shape re-invented: the count before 诞辰, a title after the name
    ("本报长沙1月11日电 纪念红军将领李大山将军百年诞辰大会1月9日在他的家乡举行。李大山1898年3月5日出生于湘江县，"
     "1928年7月在平江率部起义。", "1998-01-09"),
    # paraphrases: N周年诞辰, 诞辰N年, another title, a name in title marks with 诞生 or 创刊 said of the paper
    ("本报杭州1月15日电 纪念陈光烈士一百周年诞辰座谈会今天举行。陈光1898年出生于绍兴。", "1998-01-15"),
    ("本报南京1月20日讯 纪念王远明教授诞辰100年学术报告会今天举行。王远明1898年生于苏州，1930年回国任教。",
     "1998-01-20"),
    ("本报北京1月20日讯 在今天举行的《江南日报》创刊60周年座谈会上，老报人纷纷发言。《江南日报》1938年1月25日诞生于"
     "上海，1956年我党提出“双百方针”后，该报…", "1998-01-20"),
    ("本报北京1月22日讯 《北方文学》创刊40周年纪念会今天在京召开。《北方文学》1958年创刊于哈尔滨。", "1998-01-22"),
    # near-misses: another person's birth year, a pronoun-less back reference to the paper
    ("本报长沙1月11日电 纪念红军将领李大山将军百年诞辰大会1月9日在他的家乡举行。他的战友王林1898年出生。", None),
    ("本报北京1月20日讯 纪念《江南日报》创刊60周年座谈会今天在京举行。该报1938年1月25日诞生于上海。", None),
])
def test_anniversary_of_a_start_the_item_dates(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: an honour in a person's history told in passing
    ("本报北京1月20日讯 全国劳模座谈会今天在京举行。老劳模李长山1960年被评为全国劳动模范。", None),
    # paraphrases: conferred, won, elected, named; a founding after a month set off by a comma
    ("本报莫斯科1月6日电 中国大使今天为老专家举行招待会。老专家回国后任副主席，1958年周总理授予他“友谊奖章”。", None),
    ("本报济南1月14日讯 全省科技大会今天召开。张教授1991年当选为中国科学院学部委员。", None),
    ("本报兰州1月9日讯 全省见义勇为表彰会今天召开。王强1985年荣获全国五一劳动奖章。", None),
    ("本报广州1月12日讯 军区今天召开座谈会。该连1979年被中央军委命名为“硬骨头六连”。", None),
    ("本报连云港1月7日讯 全县水晶节开幕式今天举行。1992年10月，该县建起全国首家水晶专业市场。", None),
    # near-miss: the year's tally of people honoured, set off by a comma, is looked back on (first quarter)
    ("本报北京1月20日讯 全国劳模座谈会今天在京举行。1997年，全国共有2000人被评为劳动模范。", "1998-01-20"),
])
def test_honour_in_a_history_no_evidence(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shapes re-invented: the time of a past act told by 是…的; a memory
    ("本报莫斯科1月6日电 中国大使今天出席酒会。老人指着墙上的画像说，“这是画家李明1996年为我画的”。", None),
    ("本报莫斯科1月6日电 中国大使今天出席酒会。老人说，他永远不能忘记1950年1月的一个傍晚。", None),
    # paraphrases: another cleft, other memory verbs
    ("本报北京1月16日讯 老战士座谈会今天举行。这座纪念碑是1985年由当地群众集资修的。", None),
    ("本报北京1月16日讯 老战士座谈会今天举行。他至今还记得1949年进城时的情景。", None),
    ("本报北京1月16日讯 老战士座谈会今天举行。最难忘的是1984年国庆那天的阅兵。", None),
    # near-miss: 是 with the year's gains after 的, not a past act closing the clause
    ("本报北京1月16日讯 全省科技工作会议今天召开。这是1997年的一项重要成果。", "1998-01-16"),
])
def test_cleft_and_memory_no_evidence(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: a target named as the object of what was done, 要 inside 主要
    ("新华社北京1月7日电 全国兵器工业工作会议今天在京召开。1997年，他们以扭亏为重点，大打攻坚战，进一步理清了思路，"
     "明确了战略重组的总体目标和主要任务。", "1998-01-07"),
    # paraphrases: a plan told done, 需要, 将近, 重要
    ("本报南京1月9日讯 全省计划工作会议今天召开。1997年，全省超额完成了全年计划，财政收入增长10%。", "1998-01-09"),
    ("本报合肥1月12日讯 全省企业工作会议今天召开。1997年，各地理顺了管理体制，需要解决的问题大多得到了解决。",
     "1998-01-12"),
    ("本报郑州1月13日讯 全省乡镇企业工作会议今天召开。1997年，全省将近九成的村办起了企业。", "1998-01-13"),
    ("本报太原1月14日讯 全省交通工作会议今天召开。1997年，全省建成了一批重要公路。", "1998-01-14"),
    # near-misses: a target or a plan of the year ahead, no 了 before it; 要 as a plan word
    ("新华社北京1月7日电 全国兵器工业工作会议今天在京召开。1998年，全行业工作的主要目标是扭亏增盈。", "1998-01-07"),
    ("新华社北京1月7日电 全国兵器工业工作会议今天在京召开。1998年，全行业要实现扭亏，理顺了的体制还需巩固。", "1998-01-07"),
])
def test_year_set_off_with_plan_words_told_done(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented, and paraphrases of how the year went
    ("本报北京1月18日讯 全国新闻出版局长会议今天在京召开。1997年是我国新闻出版业稳步发展的一年。", "1998-01-18"),
    ("本报北京1月19日讯 全省农业工作会议今天召开。1997年是全省农业持续发展的一年。", "1998-01-19"),
    ("本报波恩1月5日电 德国外长今天举行新闻发布会。他认为，1997年是欧洲外交获得成果的一年。", "1998-01-05"),
    ("本报北京1月21日讯 全市外贸工作会议今天召开。1997年是我市外贸快速发展的一年。", "1998-01-21"),
    # near-misses: the current year named, its growth still to come
    ("1月5日，全县经济工作会议召开。2024年是全县持续发展的关键一年。", "2024-01-05"),
    ("本报北京1月19日讯 全省农业工作会议今天召开。1998年是农业要稳步发展的一年。", "1998-01-19"),
])
def test_year_gone_by_told_by_how_it_went(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: a year's victories celebrated at a January event
    ("1月23日，首都军民迎新春文艺晚会在中国剧院举行。晚会体现了全国军民欢庆1997年一系列重大胜利的喜悦心情。", "1998-01-23"),
    # paraphrases: 的成绩, 的丰硕成果, …取得的业绩, 成就
    ("本报北京1月10日讯 全省总结表彰大会今天召开。省长说，1997年的成绩来之不易。", "1998-01-10"),
    ("本报北京1月11日讯 全省科技工作会议今天召开。代表们畅谈1997年的丰硕成果。", "1998-01-11"),
    ("本报北京1月12日讯 全省外贸工作会议今天召开。会议充分肯定了1997年外贸工作取得的业绩。", "1998-01-12"),
    ("本报北京2月12日讯 全省经济工作会议今天召开。与会者回首1997年的巨大成就，倍感振奋。", "1998-02-12"),
    # near-misses: a target ahead; a meeting of the year's end, the year closing
    ("本报北京1月10日讯 全省总结表彰大会今天召开。省长要求，确保1998年取得更大成绩。", None),
    ("本报北京12月28日讯 首都军民联欢晚会今天举行。晚会体现了全国军民欢庆1997年一系列重大胜利的喜悦心情。",
     "1997-12-28"),
])
def test_year_gains_named_looked_back(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # a year's end written in full, 年年底/年年末, read as 年底: a stock looked back on early in the next year
    ("本报石家庄1月14日电 全省扶贫工作会议今天召开。到1997年年底，全省已有563万贫困人口脱贫。", "1998-01-14"),
    ("本报上海1月15日讯 全市证券工作会议今天召开。截至1997年年末，全市累计有380家公司上市。", "1998-01-15"),
    ("本报太原1月16日讯 全省农村工作会议今天召开。到一九九七年年底，全省所有县区已越过温饱线。", "1998-01-16"),
    # near-miss: a deadline the meeting sets
    ("本报太原1月16日讯 全省农村工作会议今天召开。会议要求，到1998年年底全面完成电网改造任务。", None),
])
def test_year_end_written_in_full(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: a year's work meeting named after its year, a later sentence's year compared
    ("本报南京1月16日电 国家教委今天在南京召开1998年度工作会议。高等教育要稳步发展。1998年普通高校招生比1997年增长7%，"
     "增量部分主要用于发展职业教育。", "1998-01-16"),
    # paraphrases: 工作大会, a company, a December meeting planning the next year
    ("1月8日，县水利局召开2024年度工作大会。", "2024-01-08"),
    ("本报讯 2月6日，江城电力公司召开2024年度工作会议，部署全年工作。", "2024-02-06"),
    ("12月20日，市交通局召开2025年度工作会议。", "2024-12-20"),
    # near-misses: a 年度 review is the year after
    ("1月10日，县科协召开2023年度工作总结会。", "2024-01-10"),
    ("1月10日，县科协召开2023年度表彰大会。", "2024-01-10"),
])
def test_year_work_meeting_named_after_its_year(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented: celebrations and a festival of named years at which work is to be shown
    ("本报北京1月18日讯 全国文化厅局长座谈会今天举行。1999年新中国成立50周年大庆和2000年第六届中国艺术节上，"
     "各艺术门类都要拿出一批精品。", None),
    # paraphrases: games, an expo, 期间, 将
    ("本报北京1月20日讯 全国体育工作会议今天召开。2000年奥运会上，我国选手要争取好成绩。", None),
    ("本报北京1月21日讯 全市外事工作会议今天召开。2008年奥运会期间，全市将接待大批外宾。", None),
    ("本报上海1月22日讯 全市会展工作会议今天召开。2010年世博会上，我国将展示城市建设成就。", None),
    # near-misses: an event told as held; a meeting of the year, no festive event; a holiday of the calendar
    ("本报北京12月20日讯 全国体育工作会议今天召开。1997年全运会上，我国选手打破了3项世界纪录。", "1997-12-20"),
    ("本报北京1月10日讯 全省体育工作会议今天召开。1998年全省经济工作会议上，省长强调要重视体育。", "1998-01-10"),
    ("本报北京1月10日讯 全市春运工作会议今天召开。1998年春节期间，全市将增开公交线路。", "1998-01-10"),
])
def test_festive_event_ahead_no_evidence(extract, body, expected):
    assert _dates(extract, body) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the failing shape re-invented: a lead article told in sentences, with no opening line, before glued briefs
    ("致富有道\n江城乳业生产能力迅猛提高。\n1994年夏，江城乳业试探着打入武汉市场，吃了“闭门羹”。\n"
     "本报讯 1月24日，省政府在北京举行中外合作葡萄基地项目签字仪式。\n本报讯 山东电建一公司日前中标电厂工程。\n", [None]),
    # paraphrases: two paragraphs and an exclamation, a wire item after, a quote closing the last sentence
    ("老厂新貌\n1993年，该厂因城市规划停产！\n厂长说，大家没有灰心。\n新华社济南1月28日电 市长今天出席了下岗职工新春团拜会。\n"
     "本报讯 全市春运工作有序进行。\n", [None]),
    ("山乡巨变\n1992年10月，村里建起了第一座水电站，村民说：“日子亮堂了。”\n本报讯 1月9日，县里举行捐赠仪式。\n"
     "本报讯 县医院新楼落成。\n", [None]),
    # near-misses: headline lines only before the first opening line (no full stop) stay with the first item
    ("1998年全国经济工作要点发布\n本报讯 1月24日，国家计委举行座谈会。\n本报讯 山东电建一公司日前中标电厂工程。\n",
     ["1998-01-24"]),
    ("江城召开座谈会\n——纪念建市五十周年\n本报讯 1月24日，江城市举行座谈会。1997年是江城经济稳步发展的一年。\n"
     "本报讯 山东电建一公司日前中标电厂工程。\n", ["1998-01-24"]),
])
def test_lead_article_before_glued_items(extract, text, expected):
    assert [w[0] for w in when(extract(text))] == expected
