"""Meeting days on newspaper articles, fourth round (GUIDELINES §3 date and date_text rows, §11): six classes taken from the failures of the third round's check half (now tuning copy) and of its list of what was left.

1. January written ``元月`` with its day in Chinese numerals (``元月一日``, ``一九九八年元月五日``, ``元月十日至十二日``), read
   like ``元月5日``: the day as written (§3 date_text row: the date expression as written; date row). Not a start
   (``从元月一日起``) nor a day told as what it is (``元月一日是新年。``, §3 tenth review round).
2. A meeting referred to where the speaker of the dated statement just told spoke, pointed back to by a word of manner
   or of what was said (``X是在会见…时这样说的``, ``…时作上述表示的``, ``…上如此表示的``, ``…上就…讲这番话的``): that
   statement's day (§3 eighteenth review round; twenty-sixth round: a meeting referred to where its speaker acted
   takes the day of that speaker's dated act, ``X是在会见…时说…的``). Another person takes nothing.
3. A body's dated act, then its own figures cited with no day of their own (``据该署公布的数据，…``), then its head
   named by the body's own words (``…发展署30日宣布`` / ``经济发展部长X在新闻发布会上说``): the act's day (§3
   eighteenth review round: a meeting only referred to, ``署长在记者招待会上表示``, right after a dated act of the same
   body that day, ``…今天宣布``, takes that day). Another body's head, or a day of the figures' own, takes nothing.
4. A gathering held to commemorate (``X今天在京集会，纪念…``) called by a bare meeting noun in the sentence or two
   after it (``座谈会由…主持``, ``大会由…主持``): one meeting, on the gathering's day (§3 eighteenth review round: such a
   gathering the text then calls ``纪念大会`` is one meeting; ``在京``, the capital by its one-character name, is its
   venue). A bare noun further on may be another event: no day from it.
5. A meeting in a sentence of its own that opens on its order to another event the text tells (``演出前，…会见了…``,
   ``宴会开始前，``, ``比赛结束后，``, ``参观后，``), after a sentence dated by that event's day (``观看了今晚的演出``): no
   ``date_text`` (§3 twenty-third review round: it takes that event's day; an order word in a sentence of its own writes
   none). Without an order word the day of the sentence before stays the meeting's, and a day of its own is its own.
6. A month with its year, or a relative year's month, right before a meeting named as the subject of what it decided
   (``1990年2月江国全国代表会议决定…``, ``去年5月…``): the meeting's time, no part of its name; its ``date_text`` is the
   month as written and ``date`` ``null`` (§3 twenty-sixth review round: a name holds no clause around it; §3 sixteenth
   round: a meeting told by its month only has the month as written).
7. The rite of an act (``签署仪式``, ``签字仪式``, ``签约仪式``, ``揭牌仪式``, ``通车仪式``) told or referred to with no day,
   paragraphs after the item's lead (the paragraph opening on its ``…电``/``…讯`` line) that tells the act and opens on a
   day, no day told between: the lead's day (§3 seventh review round: the signing act told is the ceremony's own, whose
   day it takes; twenty-sixth round: the rite of an opening takes the opening's day). A lead with no day, or another
   item's dated line between, gives nothing.
8. A 报告会 referred to by a word pointing back (``这次报告会由…举办``, ``此次``), across a paragraph break, right after a
   dated sentence telling the report given (``…今天上午向首都军民汇报了…事迹``, ``作了专题报告``): that day (§3 tenth
   review round: the sentence before dates the event it introduced; twenty-third round: a paragraph break cuts no
   tie). Without the pointing word a paragraph break still cuts it, and a report heard (``听取了…汇报``) is none given.
9. The lead of an item telling the meeting's people gathering (``今天上午，2000多名老同志欢聚在人民大会堂``, ``齐聚``,
   ``相聚``), its day opening the account after the dateline: the day of the meeting the headline names or the text
   then refers to (§3 eleventh review round: an act of the meeting's own people that day dates the meeting);
   ``人民大会堂`` is a venue, no other occasion. A lead telling another occasion, or no day, gives nothing of its own, and
   a vague day (``日前，…专家聚集江城``) dates nothing, as tests/extract/meetings/test_meeting_newspaper_dates_first_round.py reads it.
10. A bare rite the headline names (``…出席开幕式``, ``闭幕式``, ``揭牌仪式``, ``奠基仪式``, ``通车仪式``) over a lead that tells the
   act it is the rite of with a day opening the account (``1997年12月31日子夜，…宣布：…正式开幕``, ``昨天晚上，…落下帷幕``):
   that day (§3 twenty-sixth review round: the rite of an opening takes the opening's day; seventeenth round: a
   meeting told by its close is dated by the closing day). A lead with no day, or telling another act, gives none.
Invented sentences only.
"""

from __future__ import annotations

import pytest


def _texts(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date_text"]) for m in record["meetings"]]


def _article(*paragraphs: str) -> str:
    """A newspaper article: a headline and its paragraphs, no publication date (GUIDELINES §11)."""
    return "标题\n" + "\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    (_article("元月一日，江城市政协举行新年茶话会，市领导王明等出席。"), [("新年茶话会", "元月一日")]),
    # paraphrases: a part of the day after it, after the subject, the year in numerals, a range, digits
    (_article("元月三日上午，江城县委召开全县经济工作会议。"), [("全县经济工作会议", "元月三日")]),
    (_article("江城市委元月八日召开常委扩大会议。"), [("常委扩大会议", "元月八日")]),
    (_article("一九九八年元月五日，省政府在江城召开全省扶贫工作会议。"), [("全省扶贫工作会议", "一九九八年元月五日")]),
    (_article("本报讯元月十日至十二日，县政协在县城召开全体会议。"), [("全体会议", "元月十日至十二日")]),
    (_article("元月5日，南江县委召开全县农村工作会议。"), [("全县农村工作会议", "元月5日")]),
    # near misses: a start, a day told as what it is
    (_article("从元月一日起，全县施行新规定。县委召开常委会议。"), [("常委会议", None)]),
    (_article("元月一日是新年。县委召开常委会议。"), [("常委会议", None)]),
])
def test_january_by_its_other_name(extract, body, expected):
    assert _texts(extract(body)) == expected


def test_january_dated_with_its_year(extract):
    meeting = extract(_article("一九九八年元月五日，省政府在江城召开全省扶贫工作会议。"))["meetings"][0]
    assert meeting["date"] == "1998-01-05"


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    (_article("本报莫斯科1月13日电记者王华报道：江国总统李明今天在首都表示，联盟的前景不能令人放心。",
              "李明是在会见联盟议会秘书长张强时这样说的。"), [("会见", "今天")]),
    # paraphrases: 作上述表示, 如此表示, 讲这番话 with its matter between, the act's day as a day of the month
    (_article("新华社东京1月5日电 江国外长王明5日在东京表示，两国关系良好。", "王明是在会见日本首相时作上述表示的。"),
     [("会见", "5日")]),
    (_article("新华社东京1月5日电 江国外长王明5日在东京表示，两国关系良好。", "王明是在记者招待会上如此表示的。"),
     [("记者招待会", "5日")]),
    (_article("新华社东京1月5日电 江国外长王明5日在东京说，两国关系良好。", "王明是在一个研讨会上就两国关系讲这番话的。"),
     [("研讨会", "5日")]),
    (_article("新华社开罗1月8日电 河国总理赵平8日在开罗指出，和平进程不能停滞。", "赵平是在会见美国特使时作出上述表示的。"),
     [("会见", "8日")]),
    # near misses: another person; a statement with no day
    (_article("新华社东京1月5日电 江国外长王明5日在东京说，两国关系良好。", "李华是在会见日本首相时这样说的。"),
     [("会见", None)]),
    (_article("江国外长王明日前表示，两国关系良好。", "王明是在会见日本首相时这样说的。"), [("会见", None)]),
])
def test_statement_pointed_back_to(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    (_article("据新华社马尼拉1月30日电 江国国民经济发展署30日在这里宣布，江国经济仍保持了较高的增长率。",
              "据江国国民经济发展署公布的数据表明，1997年，江国国民生产总值增长率为5.8%。",
              "江国经济发展部长李华在新闻发布会上说，经济保持了增长。"), [("新闻发布会", "30日")]),
    # paraphrases: the figures cited by 该署, 统计 or 提供; a bureau and its 局长; a 署 and its 署长, nothing between
    (_article("新华社河城1月6日电 河国统计署6日宣布，去年物价上涨了3%。", "据该署统计，食品价格上涨最多。",
              "河国统计署长王强在记者招待会上表示，今年物价将保持稳定。"), [("记者招待会", "6日")]),
    (_article("新华社北京1月9日电 江国国家统计局今天公布了去年的经济数据。", "据国家统计局提供的数据，去年经济增长8.8%。",
              "统计局局长张明在新闻发布会上说，经济运行良好。"), [("新闻发布会", "今天")]),
    (_article("新华社河城1月6日电 河国社会福利署6日宣布，救济金将提高。", "社会福利署长李平在记者招待会上表示，新标准下月实施。"),
     [("记者招待会", "6日")]),
    # near misses: another body's head; the figures with a day of their own
    (_article("据新华社马尼拉1月30日电 江国国民经济发展署30日在这里宣布，经济保持了增长。",
              "据江国国民经济发展署公布的数据表明，出口有所下降。", "江国交通部长李华在新闻发布会上说，港口建设进展顺利。"),
     [("新闻发布会", None)]),
    (_article("据新华社马尼拉1月30日电 江国国民经济发展署30日在这里宣布，经济保持了增长。",
              "据该署29日公布的数据，出口有所下降。", "江国经济发展部长李华在新闻发布会上说，经济保持了增长。"),
     [("新闻发布会", None)]),
])
def test_body_head_after_its_figures(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    (_article("据新华社北京1月27日电 江城各界人士和市工商联今天在京集会，纪念王明同志重要讲话发表三周年。",
              "座谈会由市政协主席李华主持。"), [("座谈会", "今天")]),
    # paraphrases: 大会, 纪念会, another city by its one-character name, the holders listed 、, a sentence between
    (_article("新华社上海1月8日电 市各民主党派和市工商联今天在沪隆重集会，纪念改革开放二十周年。", "大会由市政协主席王强主持。"),
     [("大会", "今天")]),
    (_article("本报讯 江城市委、市政府8日在市会堂集会，纪念建市五十周年。", "纪念会由市长赵平主持。"), [("纪念会", "8日")]),
    (_article("新华社天津1月8日电 市各界人士今天在津集会，纪念李明诞辰一百周年。", "座谈会由市政协副主席王华主持。"),
     [("座谈会", "今天")]),
    (_article("新华社北京1月27日电 江城各界人士和市工商联今天在京集会，纪念王明同志重要讲话发表三周年。",
              "与会者一致认为，讲话意义重大。", "座谈会由市政协主席李华主持。"), [("座谈会", "今天")]),
    # near miss: the bare noun several sentences on
    (_article("据新华社北京1月27日电 江城各界人士今天在京集会，纪念王明同志重要讲话发表三周年。", "与会者认为，讲话意义重大。",
              "大家表示要认真学习。", "各地还将陆续举办活动。", "座谈会由市政协主席李华主持。"), [("座谈会", None)]),
])
def test_gathering_called_by_a_bare_noun(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    (_article("本报北京1月6日讯记者李华报道：市领导王明等观看了今晚的演出，并向张华表示祝贺。演出前，市长李强会见了张华和她的学生。"),
     [("会见", None)]),
    # paraphrases: a banquet's start, a contest's end, a visit, a show by another word
    (_article("本报江城1月6日讯 市领导王明出席了今晚的宴会。宴会开始前，王明会见了代表团全体成员。"), [("会见", None)]),
    (_article("本报江城1月6日讯 市长王明观看了今天下午的比赛。比赛结束后，王明会见了全体运动员。"), [("会见", None)]),
    (_article("本报江城1月6日讯 代表团今天上午参观了江城港。参观后，市长王明会见了代表团。"), [("会见", None)]),
    (_article("本报江城1月6日讯 市领导观看了今晚的文艺表演。表演前，市长王明会见了演员代表。"), [("会见", None)]),
    # near misses: no order word, the day of the sentence before stays; a span
    (_article("本报江城1月6日讯 市长王明今晚观看了演出。王明会见了张华和她的学生。"), [("会见", "今")]),
    (_article("本报江城1月6日讯 市长王明今晚观看了演出。今天下午，王明会见了张华和她的学生。"), [("会见", "今天")]),
])
def test_order_to_another_event_writes_no_day(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    (_article("1990年2月江国全国代表会议决定改行多党制，成立过渡政府，他留任总统。"), [("江国全国代表会议", "1990年2月")]),
    # paraphrases: a relative year's month, a comma after the month (read so before), another body, its day too
    (_article("去年5月江城县人民代表大会决定撤销该项目。"), [("江城县人民代表大会", "去年5月")]),
    (_article("1990年2月，江国全国代表会议决定改行多党制。"), [("江国全国代表会议", "1990年2月")]),
    (_article("1995年10月河国议会特别会议决定提前大选。"), [("河国议会特别会议", "1995年10月")]),
    (_article("1996年3月江国全国代表会议通过了新宪法。"), [("江国全国代表会议", "1996年3月")]),
    (_article("1995年10月8日河国议会特别会议决定提前大选。"), [("河国议会特别会议", "1995年10月8日")]),
    # near misses: no time before the name
    (_article("江国全国代表会议决定改行多党制。"), [("江国全国代表会议", None)]),
    (_article("河国议会特别会议决定提前大选。"), [("河国议会特别会议", None)]),
])
def test_month_before_a_deciding_meeting(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failures, re-invented: a signing, a plaque unveiled at a founding
    (_article("新华社河城1月23日电 江城特区今天在这里与河国签署了司法协助协定。保安局局长李明代表特区政府签署此协定。",
              "这是特区签署的第四份协定。其中三份分别与甲国、乙国和丙国签署。", "协定包含多项重要条款。",
              "李明在签署仪式上表示，合作取得了良好进展。"), [("签署仪式", "今天")]),
    (_article("新华社上海1月27日电 江城航运有限公司今天上午在上海正式成立。副市长王明为公司成立揭牌。",
              "公司现有总资产200亿元，拥有船舶140艘。", "交通局局长李华在致词中说，公司落户上海意义重大。",
              "集团总裁张强主持了揭牌仪式。"), [("揭牌仪式", "今天")]),
    # paraphrases: 签订 and its 签字仪式, a bridge opened to traffic, 签约 and its 签约仪式
    (_article("新华社北京1月8日电 江国和河国今天在北京签订了两国经济合作协定。江国外长王明和河国外长李华分别代表本国政府签字。",
              "根据协定，双方将扩大贸易往来。", "王明在签字仪式上说，协定将推动两国合作。"), [("签字仪式", "今天")]),
    (_article("本报江城1月9日讯 江城大桥今天正式建成通车。", "大桥全长3000米，总投资5亿元。", "大桥的建成将改善交通状况。",
              "副省长王明在通车仪式上讲话。"), [("通车仪式", "今天")]),
    (_article("新华社香港1月23日电 特区政府今天与江城公司签约，合作建设新机场。", "新机场将于2000年建成。",
              "财政司司长李明在签约仪式上表示，项目意义重大。"), [("签约仪式", "今天")]),
    # near misses: a lead with no day; another item's dated line between
    (_article("江城特区与河国签署了司法协助协定。", "这是特区签署的第四份协定。", "协定包含多项重要条款。",
              "李明在签署仪式上表示，合作取得了良好进展。"), [("签署仪式", None)]),
    (_article("新华社河城1月23日电 江城特区今天在这里与河国签署了司法协助协定。", "协定包含多项条款。",
              "新华社河城1月24日电 河国总理昨天访问了甲国。", "李明在签署仪式上表示，合作取得了良好进展。"), [("签署仪式", None)]),
])
def test_rite_of_the_leads_act(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    (_article("新华社北京1月21日电 被誉为“扶贫司令”的江城军分区司令员王明，今天上午在人民大会堂向首都军民汇报了他扶贫济困的先进事迹。",
              "这次报告会由中宣部、总政治部联合举办。"), [("报告会", "今天")]),
    # paraphrases: 此次, a report given by 作专题报告, a part of the day after the day
    (_article("新华社北京1月21日电 江城市劳模李华今天下午在市委礼堂向机关干部汇报了他的先进事迹。", "此次报告会由市委宣传部主办。"),
     [("报告会", "今天")]),
    (_article("本报江城1月9日讯 省委党校教授王芳今天上午为全市干部作了专题报告。", "这次报告会由市委组织部主办。"),
     [("报告会", "今天")]),
    (_article("本报江城1月9日讯 英模事迹报告团成员今天在江城大学向师生汇报了英模事迹。", "此次报告会由团市委主办。"),
     [("报告会", "今天")]),
    # near misses: no pointing word across the paragraph; a report heard
    (_article("本报江城1月9日讯 江城市劳模李华今天下午向机关干部汇报了他的先进事迹。", "报告会由市委宣传部主办。"),
     [("报告会", None)]),
    (_article("本报江城1月9日讯 市委今天听取了李华的工作汇报。", "这次报告会由市委宣传部主办。"), [("报告会", None)]),
])
def test_report_meeting_pointed_back(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented: a headline meeting
    ("江城老同志迎春茶话会举行\n本报江城1月20日讯记者王华报道：今天上午，500多名老同志欢聚在人民大会堂，喜迎新春佳节。"
     "市委书记李明向出席茶话会的老同志拜年。\n", [("江城老同志迎春茶话会", "今天")]),
    # paraphrases: a subtitle, 齐聚 and the evening before; 相聚 and the afternoon
    ("河城各界春节联欢会举行\n市长出席并讲话\n本报河城1月25日讯 昨天晚上，2000多名各界人士齐聚市体育馆，共庆新春。"
     "市长王明在联欢会上讲话。\n", [("河城各界春节联欢会", "昨天")]),
    ("江城侨界新春团拜会举行\n归侨侨眷代表出席\n新华社江城1月22日电 今天下午，江城市300多名归侨侨眷相聚江城宾馆，共迎新春。"
     "副市长李华向出席团拜会的归侨侨眷拜年。\n", [("江城侨界新春团拜会", "今天")]),
    # near misses: another occasion told in the lead; a gathering with no day; a vague day
    ("学者聚首河城研讨生态保护\n本报讯 近日，全国30多位学者聚首河城，共商生态保护大计。\n学者们认为，保护生态刻不容缓。\n"
     "“生态与发展”研讨会是由河城大学主办的。\n", [("“生态与发展”研讨会", None)]),
    ("江城老同志迎春茶话会举行\n本报江城1月20日讯 今天上午，市委召开全市老干部工作会议，500多名老同志欢聚一堂。"
     "市委书记李明向出席茶话会的老同志拜年。\n", [("全市老干部工作会议", "今天")]),
    ("江城老同志迎春茶话会举行\n本报江城1月20日讯 500多名老同志欢聚在市会堂，喜迎新春佳节。市委书记李明向出席茶话会的老同志拜年。\n",
     [("江城老同志迎春茶话会", None)]),
])
def test_gathering_in_the_lead(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the audit's failure, re-invented
    ("江城旅游年圆满结束新春游隆重启幕王明出席开幕式\n本报江城1月1日电记者李华报道：1997年12月31日子夜，随着钟声撞响，"
     "市长王明在此郑重宣布：江城旅游年圆满结束，新春游正式开幕。\n数千名中外宾朋参加了这一隆重而特别的仪式。\n",
     [("开幕式", "1997年12月31日")]),
    # paraphrases: a close and its 闭幕式, a bridge opened to traffic, a plaque unveiled, a foundation laid
    ("江城冰雪节落幕副省长出席闭幕式\n本报江城1月9日讯 昨天晚上，第五届江城冰雪节在市体育馆落下帷幕。\n三千多名市民参加了仪式。\n",
     [("闭幕式", "昨天")]),
    ("江城大桥建成通车省长出席通车仪式\n本报江城1月9日讯 今天上午，江城大桥正式建成通车。\n省长王明为大桥剪彩。\n",
     [("通车仪式", "今天")]),
    ("江城科学院挂牌副市长出席揭牌仪式\n本报江城1月9日讯 今天上午，江城科学院在高新区正式揭牌。\n副市长王明和院长李华共同为科学院揭牌。\n",
     [("揭牌仪式", "今天")]),
    ("江城新机场开工省长出席奠基仪式\n新华社江城1月9日电 昨天上午，江城新机场工程在城南正式奠基。\n省长王明为工程培土。\n",
     [("奠基仪式", "昨天")]),
    # near misses: a lead with no day; a lead telling another act
    ("江城大桥建成通车省长出席通车仪式\n本报讯 江城大桥正式建成通车。\n省长王明为大桥剪彩。\n", [("通车仪式", None)]),
    ("江城大桥建成通车省长出席通车仪式\n本报江城1月9日讯 今天上午，江城大桥通过竣工验收。\n省长王明为大桥剪彩。\n",
     [("通车仪式", None)]),
])
def test_headline_rite_of_the_leads_act(extract, body, expected):
    assert _texts(extract(body)) == expected
