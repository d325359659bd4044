"""Newspaper copy of the People's Daily kind (GUIDELINES §11): a year counted from a start at a year's end, commendations
after a long description, and a fund's prize referred back to.

Classes (each found on a tuning article of the 1998 part, then written for what varies in such copy):
- A count of years from a start at a year's end (§3 twenty-third review round: ``自1996年底启动以来…一年来``, decided by
  the meeting's month: the last quarter in the year the count reaches, the first quarter in the year after it, any other
  month ``null``), with the count a clause or a sentence after the start (a campaign's report tells what was done between
  them), the year in Chinese, Arabic or full-width digits, 底/末/十二月, and the verb among the verbs of starting.
- A commendation given to a count (§5: ``对7名民警予以嘉奖`` is 嘉奖 7) after a long description of those commended (their
  deeds, with 、 or a quoted prize inside), 给予/予以/给予通报.
- A count that refers back to an honour just named (§5: ``…我县12名教师获此殊荣``; 该奖/此奖 the prize named before) when the
  prize is named only by its prize-giving (``首届李明远农业科技基金颁奖仪式…，9名专家喜获该奖``), a fund's among them; not a
  contest's prize-giving (§5: competition results), nor a fund that only helps (``获得“春苗助学基金”的救助款``).
- A meeting only referred to right after a dated act of the same body that day takes that day (§3 eighteenth review
  round: ``…今天宣布…。署长…在记者招待会上表示``), the act a person's statement too (``莫伊12日就…一事表示，…。莫伊在会见…时
  指出``), the matter it is about between the day and the verb, and the day written on a page with no year (§11: date
  null with its date_text); not another speaker's remarks, nor a meeting ahead.
- Years that look back at an early-year meeting on an undated page (§3 tenth round: a year a speaker looks back on at a
  meeting early in the year, ``…在记者招待会上指出，1997年…``, is the year before the meeting's), also after the remark's short
  subject and 在/于 (``说，日本经济在1997年陷入停滞``); a stock at a year's end after 截至/截止 (``截至1997年底，…达到…``), a
  look back as ``到1997年底…已…`` is, whatever the verb. Not a year ahead in the remark, nor a cutoff set as a target.
- A deadline the meeting sets (§3 eighteenth and nineteenth rounds: a year given only for a plan or a target is no
  evidence of the meeting's year): ``会议要求，到1999年底，…`` with the plan word in an earlier clause of the sentence, at any
  month, stays ``null``; a stock at a year's end that was (``到1997年底，全国已建成…``) still looks back.
- Prize grades won at a contest with the verb before the count (§5: grades won at a contest are a competition result
  unless the article reports the ceremony that conferred them): ``参加…大赛获两项优秀奖``, as ``…获优秀奖2项`` already reads;
  kept when the prize-giving is reported or no contest is named.
- A subject that refers back stands for the body named in the same or the previous sentence (§3 tenth round: 该校, 该院,
  该公司, 该局), a periodical too: 该刊, 该报, 该杂志 for the title in book-title marks named before (《大灰狼画报》); with
  no such title named, a generic subject (§3 table: organizer ``null``).
- A festival that opens the account right after a dateline is the meeting's day, not the dateline's (§3: the event's own
  day wins over a dateline; a festival converted with the year known): ``…讯 元旦，…举行新年茶话会`` (date null without a
  year, date_text 元旦), ``…讯 一九九八年元旦上午，…``; ``元旦当天`` kept whole. Not a festival celebrated later in the
  sentence (``今天…举行茶话会，庆祝元旦``: today's).
- The new year a year-end meeting greets (``12月31日电 …举行新年茶话会，欢庆1998年元旦``) is ahead of it: the year before
  (§3 tenth round: a November or December meeting before a start on 1 January ahead is in the year before); a January
  meeting greeting it is in that year.
Invented sentences only; the pages have no publication date, as the newspaper part's articles (§11).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, when


def _article(body: str) -> str:
    """An undated newspaper item: a headline, then the body with its dateline (GUIDELINES §11: no publication date)."""
    return f"农村简讯\n{body}\n"


_CAMPAIGN = "各地各部门高度重视，采取有力措施，组织了一批集中活动，解决了一批实际问题。据不完全统计，"


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the failing shape re-invented (the count a sentence after the start), January -> the year after it reaches
    ("本报北京一月八日讯 全国农技下乡活动表彰会今天在京召开。这项活动自一九九六年底启动以来，" + _CAMPAIGN
     + "一年来，共培训农民一百多万人次。", "1998-01-08"),
    # paraphrases: another start year and count, full-width digits, 末 and another verb, 十二月 with a December meeting
    ("本报北京一月八日讯 全国农技下乡活动表彰会今天在京召开。这项活动自一九九五年底启动以来，" + _CAMPAIGN
     + "两年来，共培训农民一百多万人次。", "1998-01-08"),
    ("本报北京１月８日讯 全国农技下乡活动表彰会今天在京召开。这项活动自１９９５年底启动以来，" + _CAMPAIGN
     + "两年来，共培训农民一百多万人次。", "1998-01-08"),
    ("本报北京一月八日讯 全国农技下乡活动表彰会今天在京召开。这项工作从一九九六年末开展以来，各地积极响应，取得了明显成效，"
     "涌现出一批先进典型，受到农民群众的普遍欢迎。一年来，共培训农民一百多万人次。", "1998-01-08"),
    ("本报北京十二月二十八日讯 全国农技下乡活动表彰会今天在京召开。这项活动自一九九六年十二月实施以来，" + _CAMPAIGN
     + "一年来，共培训农民一百多万人次。", "1997-12-28"),
    ("本报南京二月十日讯 全省科技扶贫总结会今天在宁召开。这项计划自一九九六年底发起以来，各市县纷纷响应，派出了大批科技人员，"
     "建起了一批示范基地。一年多来，共推广实用技术三百多项。", "1998-02-10"),
    # negative: a month between the quarters leaves the year unknown; a start not at a year's end gives no such reading
    ("本报北京五月八日讯 全国农技下乡活动表彰会今天在京召开。这项活动自一九九六年底启动以来，" + _CAMPAIGN
     + "一年来，共培训农民一百多万人次。", None),
    ("本报北京一月八日讯 全国农技下乡活动表彰会今天在京召开。这项活动自一九九六年五月启动以来，" + _CAMPAIGN
     + "一年来，共培训农民一百多万人次。", None),
])
def test_year_counted_from_year_end_start(extract, body, expected):
    assert [w[0] for w in when(extract(_article(body)))] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the failing shape re-invented (a quoted prize inside the description of those commended)
    ("本报讯 市电视台日前在市区举行了颁奖大会。大会同时对市广播电视艺术中心获第十二届“金鹰”奖作品的七位编剧给予嘉奖。",
     [("嘉奖", 7, "位", "person")]),
    # paraphrases: deeds listed with 、, full-width digits and 通报, a description with a numeral edition, a short one
    ("本报讯 大会对在抗洪抢险中表现突出、受到群众广泛赞誉的十二名民警予以嘉奖。", [("嘉奖", 12, "名", "person")]),
    ("本报讯 会上，市公安局对在今年全市春运安保工作中成绩突出的８名民警给予通报嘉奖。", [("嘉奖", 8, "名", "person")]),
    ("本报讯 会议对参加省第九届运动会安保工作的全体民警中表现优秀的15名同志予以嘉奖。", [("嘉奖", 15, "名", "person")]),
    ("本报讯 会议决定，对获得全国“五一”劳动奖章的三位职工给予嘉奖。", [("嘉奖", 3, "位", "person")]),
    # negative: a promise for later holders, a requirement with no count, a visit to those described, a decision ahead
    ("本报讯 今后，电视剧中心凡是获“飞天”奖作品的编剧，都将受到嘉奖。", []),
    ("本报讯 会议要求，对在春运安保工作中表现突出的民警，年底前由各分局予以嘉奖。", []),
    ("本报讯 大会对在抗洪抢险中表现突出、受到群众广泛赞誉的十二名民警进行了慰问。", []),
    ("本报讯 大会决定，将对在抗洪抢险中表现突出、受到群众广泛赞誉的十二名民警予以嘉奖。", []),
])
def test_commendation_after_long_description(extract, body, expected):
    assert honours(extract(_article(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the failing shape re-invented (a fund named by its prize-giving, a long description of the winners)
    ("本报杭州１月９日电 今天上午，首届李明远农业科技基金颁奖仪式在这里举行，王晓东等９名长期从事水稻育种研究并取得显著成就的"
     "专家喜获该奖。", [("李明远农业科技基金", 9, "名", "person")]),
    # paraphrases: another edition and ceremony noun, the name after 举行, 此奖, a prize ending on 奖 as before
    ("本报讯 第二届王大明教育基金颁奖大会昨天在武汉召开，来自全省的１５位中学教师获得该奖。",
     [("王大明教育基金", 15, "位", "person")]),
    ("本报讯 日前，省政府隆重举行金桥科技基金颁奖典礼，２０名青年科技人员荣获此奖。", [("金桥科技基金", 20, "名", "person")]),
    ("本报讯 第三届江南青年文学奖颁奖大会昨天在南京举行，张华等１２位青年作家获得此奖。",
     [("江南青年文学奖", 12, "位", "person")]),
    ("本报讯 首届华夏建筑设计奖颁奖仪式今天举行，来自各地的８家设计院获此奖励。",
     [("华夏建筑设计奖", 8, "家", "organization")]),
    # negative: a contest's prize-giving, shortlisted, still ahead, a fund that helps
    ("本报讯 全省青年歌手大赛颁奖晚会昨天举行，１０名选手获该奖。", []),
    ("本报讯 首届李明远农业科技基金颁奖仪式今天举行，９名专家入围该奖。", []),
    ("本报讯 首届李明远农业科技基金颁奖仪式今天举行。明年将有１０名专家获得该奖。", []),
    ("本报讯 五名孤儿获得“春苗助学基金”的救助款。", []),
])
def test_prize_named_by_its_prize_giving(extract, body, expected):
    assert honours(extract(_article(body))) == expected


_KENYA = "新华社内罗毕３月１２日电 "


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the failing shape re-invented (the year written in the statement, the talks in the next paragraph)
    ("新华社雅温得１月３０日电 加蓬总统邦戈２９日就两国复交一事表示，１９９８年１月２９日是一个具有历史意义的日子。\n"
     "邦戈在会见中国政府代表、中国驻加蓬大使李华时强调，加中友谊源远流长。", [("1998-01-29", "29日")]),
    # paraphrases: no year (the day written, date null), a press conference, 宣布 and 昨天, the same paragraph
    (_KENYA + "肯尼亚总统莫伊１２日就两国合作一事表示，双方合作前景广阔。\n莫伊在会见中国政府代表团团长王立时指出，肯中友谊源远流长。",
     [(None, "12日")]),
    ("新华社开罗３月１２日电 埃及外长穆萨１１日就中东局势表示，各方应保持克制。穆萨在记者招待会上说，埃及愿意发挥积极作用。",
     [(None, "11日")]),
    ("新华社开罗３月１２日电 埃及总统穆巴拉克昨天宣布，埃及将派出观察员。穆巴拉克在会见美国特使时说，埃及愿意发挥积极作用。",
     [(None, "昨天")]),
    (_KENYA + "肯尼亚总统莫伊今天表示，双方合作前景广阔。莫伊在会见中国政府代表团团长王立时说，肯中友谊源远流长。", [(None, "今天")]),
    # negative: another speaker at the press conference; a press conference ahead
    ("新华社开罗３月１２日电 埃及外长穆萨１１日就中东局势表示，各方应保持克制。叙利亚外长沙雷在记者招待会上说，叙方愿意发挥积极作用。",
     [(None, None)]),
    ("新华社开罗３月１２日电 埃及外长穆萨１１日就中东局势表示，各方应保持克制。他说，埃及外长将于１５日在记者招待会上介绍情况。", []),
])
def test_meeting_referred_after_dated_statement(extract, body, expected):
    assert [w[:2] for w in when(extract(_article(body)))] == expected


_TOKYO = "新华社东京１月８日电 日本经济企划厅长官今天在记者招待会上"
_FARMING = "本报北京１月６日讯 全国农业工作会议今天在京召开。"


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the year after the remark's subject, in a January press conference -> the year after
    (_TOKYO + "说，日本经济在１９９７年陷入停滞。", "1998-01-08"),
    (_TOKYO + "指出，我国经济于１９９７年实现了软着陆。", "1998-01-08"),
    (_TOKYO + "说，１９９７年日本经济陷入停滞。", "1998-01-08"),
    (_TOKYO + "表示，日本出口在一九九七年增长了百分之十。", "1998-01-08"),
    # positive: a cutoff at a year's end told in January, any verb, digits or numerals, 底 or 末
    (_FARMING + "截至１９９７年底，全国农民人均纯收入达到２０９０元。", "1998-01-06"),
    (_FARMING + "截止到一九九七年末，全国农村贫困人口减少到五千万。", "1998-01-06"),
    (_FARMING + "截至１９９７年年底，全国共建成高标准农田一亿亩。", "1998-01-06"),
    # negative: a year ahead in the remark; a cutoff the meeting sets as a target (no evidence of its own year)
    (_TOKYO + "说，日本经济将在１９９９年恢复增长。", None),
    (_FARMING + "会议要求，截至１９９９年底，全国农村贫困人口减少到四千万。", None),
])
def test_year_looked_back_early_in_year(extract, body, expected):
    assert [w[0] for w in when(extract(_article(body)))] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the class): a deadline at a year's end set by the meeting, the plan word a clause before
    (_FARMING + "会议要求，到１９９９年底，全国农村贫困人口减少到四千万。", None),
    (_FARMING + "会议提出，到二○○○年末，全国基本解决农村贫困人口的温饱问题。", None),
    (_FARMING + "会议强调，力争到１９９９年底，全国农田有效灌溉面积增加三千万亩。", None),
    (_FARMING + "会议确定的目标是，截至１９９９年底，全国建成高标准农田一亿亩。", None),
    # positive (near-miss): a stock at a year's end told, no plan in its sentence -> a look back, the year after
    (_FARMING + "到１９９７年底，全国已建成高标准农田一亿亩。", "1998-01-06"),
    (_FARMING + "截至１９９７年底，全国累计解决了五千万农村人口的温饱问题。", "1998-01-06"),
])
def test_deadline_set_is_no_year(extract, body, expected):
    assert [w[0] for w in when(extract(_article(body)))] == [expected]



@pytest.mark.parametrize(("body", "expected"), [
    # negative (the class): the failing shape re-invented, and paraphrases (在…中, 夺得, a comma, 获得 and 个)
    ("本报讯 江城职业学校参加全国第三届职业中学烹饪大赛获两项优秀奖。", []),
    ("本报讯 江城职业学校在全国第三届职业中学烹饪大赛中获两项优秀奖。", []),
    ("本报讯 在全国第三届职业中学烹饪大赛中，江城职业学校夺得３个一等奖。", []),
    ("本报讯 市少年合唱团参加全国少儿合唱比赛获得三个金奖。", []),
    ("本报讯 市一中有５名学生在全省中学生物理竞赛中获一等奖。", []),
    # positive (near-miss): the prize-giving reported; no contest named; a title conferred on winners
    ("本报讯 全国第三届职业中学烹饪大赛颁奖大会昨天在京举行，江城职业学校获两项优秀奖。", [("优秀奖", 2, "项", None)]),
    ("本报讯 江城职业学校获两项优秀奖。", [("优秀奖", 2, "项", None)]),
    ("本报讯 全省技能大赛落下帷幕。省总工会召开表彰大会，对获得一等奖的３名选手授予“技术能手”称号。",
     [("技术能手", 3, "名", "person")]),
])
def test_grades_won_at_contest_verb_first(extract, body, expected):
    assert honours(extract(_article(body))) == expected



@pytest.mark.parametrize(("body", "expected"), [
    # positive: the failing shape re-invented, and paraphrases (该报, 该杂志, the title's noun after it, 召开)
    ("本报讯 由江城出版社主办的少儿刊物《小白兔画报》创刊十周年。近日，该刊在京举行座谈会。", "《小白兔画报》"),
    ("本报讯 由江城出版社主办的低幼文学刊物《大灰狼画报》创刊１０年。前不久，该刊在京举行座谈会，与会专家共同为低幼文学把诊号脉。",
     "《大灰狼画报》"),
    ("本报讯 《江城日报》今年创刊五十周年。昨天，该报在市文化宫举行纪念大会。", "《江城日报》"),
    ("本报讯 《青年文摘》杂志今年创刊二十周年。日前，该杂志在京召开读者座谈会。", "《青年文摘》"),
    # negative: no title named; a book's title is no newspaper
    ("本报讯 近日，该刊在京举行座谈会，与会专家共同为低幼文学把诊号脉。", None),
    ("本报讯 小说《红岩》出版四十周年。近日，该报在京举行座谈会。", None),
])
def test_periodical_referred_back(extract, body, expected):
    assert [m["organizer"] for m in extract(_article(body))["meetings"]] == [expected]



@pytest.mark.parametrize(("body", "expected"), [
    # positive: a festival opening the account after the dateline, with or without its year, a byline between
    ("本报北京１月５日讯 元旦，首都各界在人民大会堂举行新年茶话会。", (None, "元旦")),
    ("本报北京１月５日讯 一九九八年元旦，首都各界在人民大会堂举行新年茶话会。", ("1998-01-01", "元旦")),
    ("本报北京１月５日讯 １９９８年元旦上午，首都各界在人民大会堂举行新年茶话会。", ("1998-01-01", "元旦")),
    ("新华社北京１月２日电（记者王明）元旦当天，首都各界在人民大会堂举行新年茶话会。", (None, "元旦当天")),
    # negative: the festival celebrated, not the day; the dateline's 今天 stays
    ("本报北京１月５日讯 首都各界今天在人民大会堂举行新年茶话会，庆祝元旦。", (None, "今天")),
])
def test_festival_opening_after_dateline(extract, body, expected):
    assert [w[:2] for w in when(extract(_article(body)))] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a year-end meeting greeting the new year's festival ahead (元旦, 新年, 新春), digits or numerals
    ("新华社北京１２月３１日电 全国政协今天在人民大会堂举行新年茶话会，欢庆１９９８年元旦。", "1997-12-31"),
    ("新华社北京１２月３１日电 全国政协今天在人民大会堂举行新年茶话会，迎接１９９８年新年的到来。", "1997-12-31"),
    ("新华社北京１２月３０日电 首都各界今天在人民大会堂举行联欢晚会，喜迎一九九八年新春。", "1997-12-30"),
    # negative: a January meeting greeting it is in that year; a year-end meeting reviewing its year
    ("新华社北京１月１日电 首都各界今天在人民大会堂举行新年茶话会，欢庆１９９８年元旦。", "1998-01-01"),
    ("新华社北京１２月３１日电 全国政协今天在人民大会堂举行新年茶话会。会议回顾了１９９７年的工作。", "1997-12-31"),
])
def test_new_year_greeted_at_year_end(extract, body, expected):
    assert [w[0] for w in when(extract(_article(body)))] == [expected]
