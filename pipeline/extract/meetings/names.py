"""Meeting names: name patterns, heads, editions, name cleaning, names listed or joined under one verb, and a name
told again (a bare press conference, a meeting's opening rite) or joining two parties' summits.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import DATE_NUMBER, SPEECH_VERBS, literal_gated
from pipeline.extract.meetings.patterns import (
    _DATE,
    _DAYS_IN_A_ROW,
    _DIGITS,
    _ENUMERATED_BODY,
    _FOCUS_WORDS,
    _GENERIC_SESSIONS,
    _HELD_AFTER_DATE,
    _HOSTED_BY,
    _NAME_FILLER,
    _ORDINAL,
    _PLAN_ON_DAY,
    _PLANNED,
    _PRESS_SESSION_WORDS,
    _PUT_OFF_ATTRIBUTIVE,
    _QUOTE_MARKS,
    _SELF_NAMING_HEADS,
    _SERIES,
    MEMBERS_OR_COMMITTEE,
    _fair_only,
    _overlap,
    _time_of_day,
)
from pipeline.values import parse_number

# Two meeting names that share this share of characters are the same meeting.
SAME_MEETING_OVERLAP = 0.6
_SCOPE_WORD = re.compile("全[国省市县区镇乡]")
# The kind of body whose own session a name ends on (县人大常委会党组会议, 主任会议, 市政府党组扩大会议, 常务会议): a name
# ending on one kind and another name without that word are two bodies' meetings, whatever they share before
# (县人大常委会第二十一次会议 / 会后，…主持召开县人大常委会党组会议).
_BODY_KIND_END = re.compile("(党组|党委|党工委|主任|主席|常务)(?:[（(]?扩大[）)]?)?会议?$")
# (一季度 / 二季度, 第三轮 / 第四轮, 3月份 / 4月份: two meetings of one series)
_EDITION_NUMBER = re.compile(r"([\d一二三四五六七八九十百]+)([次届期轮批]|季度|月份)")
# Subjects that stand for a named body written before (市第一人民医院 … 医院召开…), else generic.
# (中学召开秋季运动会, 法院召开…推进会, 检察院举行…: a school's, a court's or a procuratorate's bare kind names no body)
# (园区举办企业家座谈会, 开发区召开…: a park's bare kind, as a company's website headline writes its own park)
# (大学昨日举行毕业典礼: a university's bare kind, the writer's own, after no named one)
GENERIC_UNLESS_NAMED = frozenset({"医院", "街道", "社区", "大学", "中学", "小学", "幼儿园", "法院", "检察院", "园区", "开发区"})
# 医院党委召开…, 公司党委召开…, 基金於本月十五日召開…: the bare kind of a school, hospital, company or fund, or its party
# organ, as a subject is generic and keeps no organizer even when the page names one such body in full elsewhere (GUIDELINES
# §3 eighteenth review round: only level words, 镇党委, 街道, and a court or procuratorate stand for the one body named; the
# invented tuning gold reads 医院党委, 公司党委 and 基金 so). Not 学院党委: a college's committee has been kept as written
# since the fyu stop (tests/extract/pages/test_bare_party_committees_and_remits.py), beside real tuning pages of
# colleges; nor 集团党委, pinned as written by
# reviewed rows (tests/extract/meetings/test_meeting_names_and_organizers_at_head.py). 局党组, 局党委 (a bureau's party body
# as a bare subject) are
# generic too (GUIDELINES §3 twenty-fourth review round, as the invented gold reads a 局党组 subject, syn_d13), also beside
# the full name of that party body or its bureau written elsewhere; never composed from the bureau's name. 院党委, 院党组,
# 校党委, 厂党委: the same unit's bare kind written by its one-character short form (院 for a hospital, a court or an
# academy, 校 for a school, 厂 for a factory), as 局 is (GUIDELINES §3 twenty-fourth review round; the fresh tuning gold
# reads 院党委 and 院党组 so, s144_09, s146_10). Not 学院党委 (fullmatch: a college's committee, kept as written above).
_GENERIC_UNIT_KINDS = ("医院", "学校", "公司", "局", "院", "校", "厂")
GENERIC_KIND_SUBJECT = re.compile("(?:(?:" + "|".join(_GENERIC_UNIT_KINDS) + ")(?:党委|党组|党总支|纪委)|基金)")
# 由…援建的, 由甲大学与乙市政府共建的 opening a name: who built, set up or paid for the site or body (no part of the name).
_BUILDERS_BEFORE = re.compile(r"^由[^，。；“”「」《》]{2,30}?(?:援建|捐建|承建|出资修建|出资兴建|投资兴建|资助修建"
                              r"|(?:联合|共同)?(?:共建|合建|组建|筹建)|共同(?:建设|设立))的(?=[^，。；]{4})")
# What a meeting was held for, written right after its name with no comma (召开专题会议研究部署防汛工作,
# 召开党组会议传达学习…, 召开座谈会听取意见): the name ends before it.
_PURPOSE_AFTER_NAME = (
    # (召开座谈会纪念…, 举行招待会庆祝…, 召开表彰大会表彰…: what it was held for;
    # 欢迎 is left out: 举行仪式欢迎… is mostly a person's welcome in wire copy, the organizer a person)
    "纪念|庆祝|欢送|表彰|推广|慰问|交流|共话|宣布|庆贺|喜迎|欢庆|欢度|悼念|缅怀|祝贺|答谢|迎接"
    "|研究|部署|传达|学习贯彻|集中学习|专题学习|听取|审议|调度|推进|总结|安排|通报|征求|协调|分析|讨论|贯彻|动员"
    "|解读|宣讲|研判|谋划|落实|推动|回顾|布置|审定|专题研究|就(?![职业读餐近])|围绕|对(?![接口外标照])|进行"
    # (召开记者会说明…, 举行记者会公布…: Taiwan copy, what a press conference was held to tell)
    "|说明|公布|发表"
    # (举行新闻发布会说…, 召开座谈会指出…: what its holder said at it, a speech verb right after the name; GUIDELINES §3:
    # the meeting is held whatever follows it)
    # (a comma or colon after the verb opens what was said; not 举行会议表示支持: a verb with its own object)
    "|(?:" + SPEECH_VERBS + ")(?=[，,：:])"
)


def _editions(name: str) -> dict[str, int]:
    """The editions of a name by kind (第二十八次 / 第28次 -> {次: 28}; 十三届五次 -> {届: 13, 次: 5})."""
    found = {}
    for number, kind in _EDITION_NUMBER.findall(name):
        value = parse_number(number)
        if value is not None:
            found.setdefault(kind, int(value))
    return found
_SEPARATE_EVENT_HEADS = frozenset({"记者招待会", "新闻发布会", "记者会", "发布会", "新闻发布", "会谈", "会晤"})
# Names of one kind of event (会谈 and 会晤 for the same talks, 新闻发布会 and 记者招待会 for the same briefing).
_EVENT_KIND = {"会晤": "会谈", "工作会谈": "会谈", "正式会晤": "会谈",
               "记者招待会": "发布会", "新闻发布会": "发布会", "记者会": "发布会", "新闻发布": "发布会"}
# 第十届, 2024年度, 本届, 一年一度 before 「…」: an edition or a year, no organizer
# (本月“红色议事会”, 本季度“…”: a period of this year before the quoted part, like an edition: the marks stay)
_EDITION_BEFORE_QUOTE = re.compile(r"^(?:.*(?:第[^，。]{1,6}[届次期]|(?:19|20)\d{2}年?度?|[〇○零一二][〇○零一二三四五六七八九]{3}年度?|年度|本届|今年|首届|一年一度"
                                   r"|本(?:月|周|季度?|期|次)|当月|上半年|下半年))$")
# (这项欢庆活动, 这一庆祝活动, 此项盛大活动: a celebration referred back to with a measure word and what it was, after the
# ceremony named before, GUIDELINES §3 name: a pronoun-like phrase names no meeting of its own)
_DEICTIC_NAME = re.compile("(?:这次|此次|本次|这个|该|今天的|今天这次)(?:会议|大会|会|活动)"
                           "|(?:这次|此次|本次|今天这次)(?:座谈|研讨|交流|推进|动员|表彰|培训|工作)(?:会议|大会|会)"
                           "|(?:这项|这一|此项|该项|这场|此次|这次)(?:欢庆|庆祝|庆典|纪念|盛大的?|隆重的?)(?:活动|盛会|仪式)")
# The opening clause of a sentence that holds only the subject and its day and time, the venue and the verb
# following after a comma (某区公所于113年2月1日上午十时，在…举行, 某协会于1月14日（星期日）上午9时，在…召开).
# 王强(于5月8日，在…召开): a person's bare name, two or three characters, no body (GUIDELINES §3 organizer).
_BARE_PERSONAL_NAME = re.compile("[\u4e00-\u9fff]{2,3}")
# A dateline with its date (…7月23日电, 本报北京讯): only such a head is cut from a name; one or more of them
# (本报讯 据新华社北京10月1日电 国庆招待会…: the outlet's tag and the wire report it cites); one in brackets goes
# whole, with a byline inside (（新华社北京8月27日电 记者王某）第十届…会议: not its closing bracket left on the name).
# A web outlet may put its city after the date (东方网3月2日上海讯（记者…）) or write 消息 (央广网北京3月2日消息（…）).
_DATED_DATELINE = literal_gated(re.compile(
    rf"^(?:[（(][^，。（）()]{{0,16}}?{DATE_NUMBER}月{DATE_NUMBER}日[电讯]"
    r"[^，。（）()]{0,20}[）)][\s　]*"
    rf"|[^，。\s]{{0,16}}?{DATE_NUMBER}月{DATE_NUMBER}日"
    r"(?:[电讯]|[\u4e00-\u9fff]{0,4}(?:讯|消息)(?=[\s　（(：:]))[\s　：:]*"
    r"|本报[^，。\s]{0,12}?讯[\s　]*"
    # (江州新闻网讯　…, 江城日报讯（记者…）: a web or paper outlet's undated tag, set off by a space or a byline, like 本报讯)
    r"|[^，。\s]{2,12}?(?:报|网|台|新闻)讯(?=[\s　（(])[\s　]*"
    # (据新华社电（记者…）, 新华社电, 据中新社电: a wire's lead with no date, its byline in brackets, GUIDELINES §11)
    r"|据?(?:新华社|中新社|中央社)[^，。\s（(]{0,10}?电[\s　]*(?:[（(][^（）()，。]{0,20}[）)][\s　]*)?)+"
))
# 语文教研组在会议室开展“整本书阅读”教研活动: a teaching-research activity is a meeting carried out (GUIDELINES §3
# eighth round, held on a stated day with a host or attendance: checked as for any 开展 event), though 活动 is generic.
_CARRIED_OUT_HEADS = ("教研活动",)
_OPPOSITES = (("开幕", "闭幕"), ("开班", "结业"), ("开学", "毕业"), ("启动", "总结"))
# What a phase number (一期, 二期) is of: works or a project, or the act the ceremony marks on them (二期投产仪式).
_WORKS_PHASE = "工程|项目|厂房|扩建|建设|投产|竣工|开工|奠基|完工|通车|封顶|落成|主体"
# (九届全国人大二次会议 names a session: 届 is no tally)
# (举办了3期青年骨干培训班: a series of classes, however long the name; not 二期工程…仪式, 二期项目投产仪式: 期 there
# is a phase of the works the ceremony is about, one event; only before a ceremony: 3期项目培训会 is still three sessions)
_COUNTED = re.compile(r"^[\d一二三四五六七八九十百千两]+[多余]?(?:(?:次|场|期(?!(?:" + _WORKS_PHASE
                      + r")[^，。；]{0,10}?(?:仪式|典礼|庆典)$)|个)[^，。；]{0,6}$|届的|期[^，。；]{0,20}班$)")
# 前四届论坛, 此前九届读书节, 历届峰会, 往届年会: past editions told in passing are a series, no meeting (GUIDELINES §3,
# eighth round; not 九届全国人大二次会议, 第五届论坛: one session, one edition)
# (历届校友代表座谈会, 历届政协委员茶话会, 前两届获奖者座谈会: a meeting of people from past editions is one meeting; 各届
# is never read: in names it is a slip for 各界, 各届人士座谈会)
_EDITIONS_PEOPLE = "校友|委员(?!会)|代表(?!大会)|劳模|模范|获奖者|获得者|得主|毕业生|学员|会员(?!大会|代表大会)|人士|老同志|老干部|老领导|冠军|选手|运动员|志愿者"
_PAST_EDITIONS = re.compile(
    r"^(?:(?:(?:此前|之前|以往|过去|已往)的?|前)(?:[\d一二三四五六七八九十两几]+|数)届|历届|往届|历次)"
    rf"(?![^，。；]*?(?:{_EDITIONS_PEOPLE}))"
)
# 将 of the future in a name read (将召开的…) makes it none; not 将 of a military rank (晋升上将军衔仪式).
_FUTURE_WORD = re.compile("(?<![上中少大主])将(?![军领士帅])")
# 下周将与企业家座谈, 希望尽快同…会面, 同意与…磋商: talks ahead, wished for or agreed to, none held (read before
# the party: 与企业主要负责人座谈 names who took part).
_TALKS_AHEAD = re.compile("(?<![上中少大主])将(?![军领士帅])|拟|(?<![重主纲需摘提])要(?![求点])|愿|希望|准备|计划|打算|期待|尽快|同意|决定|商定|约定")
# A name that is only a session number (第十八次会议, 第三次全体会议): the holding body completes it.
_SESSION_ONLY = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体|扩大)?会议")
# The same with the preparatory or presidium session held before it named after it (第四次会议预备会议): still the
# session of the body written before it, no organizer cut off (GUIDELINES §3: the session's own sub-session).
_SESSION_WITH_SUB = re.compile(_SESSION_ONLY.pattern + r"(?:预备会议|主席团(?:第[一二三四五六七八九十\d]{1,3}次)?会议)?")
# A standing body's session named by its term and sitting (十五届五次全委（扩大）会议, 九届三次执委会议): the body
# written before it keeps its place in the name and holds it (GUIDELINES §3, eighth round: a session named after its
# standing body); not 第四届委员会第二次全体会议, the committee named again inside, cut at the prefix as the tuning gold has it.
_TERM_SESSION = re.compile(r"第?[一二三四五六七八九十百\d]+届第?[一二三四五六七八九十百\d]+次[^，。；暨届]{0,8}?(?:会议|全会)(?:暨[^，。；]+)?")
# A congress's session named as the subject holding a sitting (县十八届人大三次会议举行第二次全体会议): no body.
_A_SESSION = re.compile(r"[一二三四五六七八九十百\d]次(?:全体)?会议$")
# A description set before a meeting's name, no part of it: its theme in quotes (以“…”为主题的, 主题为“…”的,
# 题为“…”的), its focus (聚焦基层治理的), a word of praise (别开生面的) or of its manner (简朴的). What follows must
# still be a name.
_DESCRIPTION_BEFORE_NAME = re.compile(
    r"^(?:以[“「《『][^”」》』]{1,40}[”」》』]为(?:主题|题|主线)的|(?:主题|题目?)为[“「《『][^”」》』]{1,40}[”」》』]的"
    r"|聚焦[^，。；“”「」的]{2,16}的|(?:别开生面|形式新颖|生动活泼|内容丰富)的"
    # (以全面贯彻…，开创…新局面为主要内容的…会议, 以改革为中心的…: a theme or a content written with no quote marks,
    # its clause perhaps cut at a comma before: the words up to 为…的, GUIDELINES §3 twelfth and twenty-sixth rounds)
    r"|以?[^，。；“”「」]{2,40}?为(?:主要内容|主题|中心内容|中心|重点|主线)的"
    # (…研究通过“三改一加强”、…为主要内容的: a content with short quoted words inside, its clause cut at a comma before,
    # thirty-fifth round; 以 only at its start: not 华星科技以“…”为主题的, a body before 以, the holder the organizer reading keeps)
    r"|以?(?:[^，。；“”「」以]|“[^，。；“”]{1,12}”){2,40}?为(?:主要内容|主题|中心内容|中心|重点|主线)的"
    # (简朴的捐赠仪式, 简短而隆重的升旗仪式, 隆重的开业典礼: the manner it was held in)
    r"|(?:(?:简短|简朴|简单|庄严|庄重|隆重|热烈|盛大|朴素|温馨)而?){1,2}的)(?=[^，。；]{2})"
)
# A session held within or before a congress, named after it (…人大三次会议预备会议, …主席团第一次会议).
_SUB_SESSION = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}次)?(?:预备会议|主席团(?:第[一二三四五六七八九十\d]{1,3}次)?会议"
                          r"|(?:全体|分组|小组)会议|闭幕会|开幕会|党组会议)")
# 乡村旅游、智慧文旅两场分论坛, “数字经济”“绿色低碳”“人才发展”三个平行分论坛: topics listed before a count and one
# head noun they share name that many meetings (GUIDELINES §3 several events, one record each: 乡村旅游分论坛, …); the
# count must match the topics listed (not 数字经济、绿色低碳等三个分论坛, 两场分论坛 alone).
_SHARED_HEAD_LIST = re.compile(
    r"^(?P<items>[^，。；：,;:！？、\s]{2,14}(?:、[^，。；：,;:！？、\s]{2,14})+|(?:[“「][^”」，。]{2,14}[”」]){2,})"
    r"(?P<count>[两二三四五六七八九十]|\d{1,2})(?:场|个|项)(?P<head>[\u4e00-\u9fff]{2,8})$")
# One more meeting's name in a list after a name (…党组会议、市政府第60次常务会议和…).
_DAY_WRITTEN = rf"(?:(?:19|20)\d{{2}}年)?(?:{DATE_NUMBER}月)?{DATE_NUMBER}日"
# 8月1、2日, 1、2日: days listed under one 日 (as _DATE reads them)
_SHARED_DAY = re.compile(f"(?<=月)\\d{{1,2}}(?:、\\d{{1,2}})+(?=日)|(?<![\\d月、]){_DAYS_IN_A_ROW}(?=日)")
_LISTED_DAY = re.compile(f"({_DAY_WRITTEN})(上午|下午|晚上)?")
# 8月1日、2日，…分别召开; 分别于5月6日和8日召开: two days or more listed (the joining word between each)
_DAYS_LISTED = re.compile(f"{_DAY_WRITTEN}(?:上午|下午|晚上)?(?:(?:、|和|及|与)\\s*{_DAY_WRITTEN}(?:上午|下午|晚上)?)+")
# 8月1日上午和下午，…分别召开: the parts of one day listed
_PARTS_LISTED = re.compile("(?:上午|下午|晚上)(?:(?:、|和|及|与)(?:上午|下午|晚上))+")
_LISTED_NAME = re.compile(r"(?:、|和|及|以及)(?P<part>[^，。；：,;:！？\n、和及]{3,40}?)(?=[、，。；,;\n]|$|和|及)")
#: How much of a headline's meeting name another name must share to be the headline's meeting.
HEADLINE_NEAR = 0.85
#: How far (characters, in one paragraph) after the main meeting's sentence a session of its day's programme may
#: be told (…推进会召开。上午，…现场观摩；下午在…召开推进大会: about 30; set well above that, below a paragraph's
#: usual length, so that a session told after the account of another event is not read as a part).
PART_REACH = 80
_PRESS_SESSION = re.compile(_PRESS_SESSION_WORDS + "$")
# 县政协“委员讲堂”第八期: the closing mark of a quoted series name, then the number of its session.
_EDITION_AFTER_QUOTE = re.compile(r"”第[一二三四五六七八九十百\d]+[期讲次场]")
# 县十八届人大三次会议, 市第十四届人大常委会第十次会议: a congress (or its standing committee) whose term stands between
# the place and the body's word; the place and the body together are the organizer (县人大, 市人大常委会).
_SESSION_OF_CONGRESS = re.compile(
    "^(?P<place>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[省市县区镇乡州旗])第?" + _ORDINAL + "届(?P<body>人大(?:常委会)?|政协)"
    "第?" + _ORDINAL + "次(?:全体)?会议$")
# 宜兰县议会第20届第5次定期会, 新北市议会第4届第3次临时会: a Taiwan council's numbered session; the council is its
# organizer (GUIDELINES §3 ninth round); councils name the same sitting 定期大会 or 临时会议 too (新竹县议会第十一届第四次
# 定期大会).
_COUNCIL_SITTING = "(?:定期|临时)(?:大会|会议|会)"
_SESSION_OF_COUNCIL = re.compile(
    "^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,6}?[县市]议会)第?" + _ORDINAL + "届第?" + _ORDINAL + "次" + _COUNCIL_SITTING + "$")
_COUNCIL_SESSION_TOLD = re.compile(
    "(?:^|(?<=[，,。；\\s]))(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[县市]议会)第?" + _ORDINAL
    + "届第?" + _ORDINAL + "次" + _COUNCIL_SITTING)


# （以下简称“公司”）, (下称"本行"): the short form a notice introduces for the body before it, no part of a name.
_SHORT_FORM_NOTE = re.compile(r"[（(](?:(?:以下|下文|下)?简称|(?:以下|下文|下)称)[^（）()]{1,12}[）)]")
# （扩大）会议, （临时）会议, （视频）会议: a bracketed kind and the bare noun, a name elliptical without the body
# (not （2024年第5次）理论学习中心组集体学习会, a name complete as written).
_ELLIPTICAL_SESSION = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]会议")
# The fewest characters each of two meeting names joined by 和 has (党风廉政建设工作会议; not 开幕式和分论坛, 学习和座谈会:
# programme parts or a clause of activities, kept whole).
FULL_NAME_MIN = 6
# The fewest characters a shorter side of 和 has when the other side is a full name and its own head is a meeting noun
# with a word before it (新品发布会和战略合作签约仪式在…举行: two events, GUIDELINES §3 several events; not 分论坛).
SHORT_NAME_MIN = 4
# A programme part of an event (峰会开幕式和专题分论坛, …和主论坛, …和平行论坛: parts of one event, kept whole; not a
# shorter side of 和 of its own).
_PROGRAMME_PART = re.compile("(?:分论坛|平行论坛|主论坛|开幕式|闭幕式|分会场|主会场|环节)$")
# Standing meetings of a party branch or a village, short but each a meeting of its own on either side of 和
# (召开组织生活会和民主评议党员大会, 召开支委会和党员大会: two meetings, GUIDELINES §3).
_STANDING_MEETINGS = frozenset({"组织生活会", "民主生活会", "党员大会", "支委会", "党委会", "党小组会", "村民大会",
                                "村民代表大会", "居民代表大会", "党员代表大会"})
# A body's routine meeting, short but a meeting of its own beside a full name on the other side of 和
# (召开常委会会议和理论学习中心组学习会, 召开党组会议和…专题会: two meetings, GUIDELINES §3).
_ROUTINE_MEETING = re.compile("(?:党组|党委|常委会|常务|办公|院务|局务|厅务|校务|所务|行务|部务|支委)会议")
# A part before or after 和 that ends in an activity or a show (团体辅导活动, 文艺晚会, 文艺汇演): no meeting of its own.
_ACTIVITY_END = re.compile("(?:活动|晚会|汇演|比赛|大赛|竞赛|展览)$")
# 省委全会 with no session number before 全会 (not 四中全会, 第一次全会): the plenary whose documents are studied.
_UNNUMBERED_PLENARY = re.compile("(?<![中次])全会$")
# …会精神座谈会, …会情况通报会: a meeting about what other meetings decided or how they went, so the part before
# 和 is another of its topics (学习贯彻全国两会和省委全会精神宣讲会, 民主生活会和组织生活会情况通报会).
_ABOUT_MEETINGS = re.compile("会议?(?:精神|情况)")
# 学习贯彻全国两会精神专题会议: a verb of studying before the topic, so 两会精神 is this part's own topic (the part
# before 和 is a meeting of its own, not a second topic).
_STUDYING = re.compile("学习|贯彻|传达|落实|宣讲|领会")
# 联席会议, 联合学术研讨会: one meeting that the bodies on both sides of 和 hold together.
_JOINT_OF_BOTH = re.compile("(?:联席|联合)[\u4e00-\u9fff]{0,8}$")
# 职工代表大会 (和…联席会议): a body before 和 that holds the joint meeting (not 全市安全生产工作会议和全市防汛抗旱联席会议,
# a meeting of its own before 和).
_BODY_OF_JOINT = re.compile("(?:代表大会|委员会|常委会|理事会|董事会|监事会|学会|协会|商会)$")
# 工会会员代表大会第一次会议 after 第五届职工代表大会和: a session number closing the name, shared by a congress before
# 和 that has none of its own.
_SESSION_END = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体|扩大)?会议$")
# 全市…, 我县…: the scope a headline sets before an event's name, which the body writes as the place's own name.
_HEADLINE_SCOPE = re.compile(r"^[全我](?:省|市|县|区|镇|乡|州|旗)")


# The kind of a gathering written between its topic and 会 (迎春茶话会, 新春联欢会), which a short mention leaves out (迎春会).
_GATHERING_KIND = re.compile("茶话|联欢|团拜|座谈|招待|联谊")


def _abbreviation_of(full: str, short: str) -> bool:
    """Whether ``short`` abbreviates ``full`` by taking one character of each of its words (教代会 /
    第十六次教职工代表大会, 党代会 / 党员代表大会): three or four characters, each found in order in the full name
    and none next to the one before it there, the last character shared. (工作会 / 工作推进会, 党委会 / 党委…学习会:
    two characters written together, another meeting's words, not an abbreviation.)"""
    full = _QUOTE_MARKS.sub("", full)
    if not 3 <= len(short) <= 4 or len(full) < len(short) + 3 or short[-1] != full[-1]:
        return False
    at = full.find(short[0])
    for char in short[1:]:
        found = full.find(char, at + 1) if at >= 0 else -1
        if found < 0 or found == at + 1:
            return False
        at = found
    return at == len(full) - 1
# Fixed patterns of MeetingExtractor.clean_name.
_DATELINE_TAG_PREFIX = re.compile(r"^.*[】\]］〕]")
_AS_REQUIRED_PREFIX = re.compile(r"^(?:应|按照|根据|依据|落实)[^，。；]{1,20}?要求(?:召开|举行|举办)的(?=.{2})")
_PUT_OFF_PREFIX = re.compile("^" + _PUT_OFF_ATTRIBUTIVE + "(?=.{2})")
# (5．…, （三）…: a list's item number; GUIDELINES §3 thirty-fifth round for the bracketed one)
_LIST_NUMBER_PREFIX = re.compile(r"^(?:\d{1,2}[．.]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])\s*(?=\D)")
_REPORTER_NOTE_PREFIX = re.compile(r"^[（(][^（）()]{0,30}(?:记者|通讯员|报道|摄)[^（）()]{0,30}[）)]\s*")
_UNCLOSED_BRACKET = re.compile(r"[（(][^）)]*$")
# 共120人 opening an adoption note of a list (（共120人2007年6月29日…会议通过）): how many the list names, before the date.
_LIST_COUNT_PREFIX = re.compile(r"^共\d{1,5}(?:人|名)(?=(?:19|20)\d{2}年)")
# (王某总理对这次税务局长会议提出的战略表示支持: the subject reacting to what the meeting put forward and 对, before the
# meeting referred to by 这次; GUIDELINES §3 twenty-sixth round, a name holds no clause around it; thirty-fifth round)
_SUBJECT_TOWARD_PREFIX = re.compile(r"^[^，。；“”「」《》的对]{1,20}?对(?=(?:这次|此次|本次)[^，。；]{2})")
_TALLY_PARTICLE_PREFIX = re.compile(r"^(?:了|过|一次|一场|一个|本次|此次)")
# (两轮会谈, 三轮磋商: talks of one occasion counted by their rounds are one record named by the talks' noun, GUIDELINES §3
# thirty-second round; an ordinal, 第二轮会谈, names the round and stays; 多次会晤, 几轮会谈 over a time are a series, §3
# thirty-first round, left to that reading)
_COUNTED_TALKS_PREFIX = re.compile(r"^(?<!第)[两二三四五六七八九十]轮(?=会谈|会晤|磋商|谈判|对话)")
_HOLDING_VERB_PREFIX = re.compile(r"^(?:主持)?(?:召开|举行|举办)了?(?=.{4})")
_DURATION_PREFIX = re.compile(r"^(?:为期|历时)[^的，。]{1,6}的")
# (每年举办一次的江城论坛今天开幕, 每两年举行一届的…, 一年一度的…: how often the series is held describes it, no part of the
# name of the edition held, GUIDELINES §3 thirty-second review round)
_RECURRENCE_PREFIX = re.compile(
    r"^(?:(?:每|一)(?:[一二两三四五六七八九十\d]{1,2}|半)?(?:个)?(?:年|季度|月|周)(?:[^的，。；]{0,12}?)(?:举办|举行|召开|主办)(?:一次|一届|一回)?的"
    r"|[一二两三四五]年一(?:度|届|次)的)(?=.{2})")
# (今年的颁奖典礼于5月6日举行: the year of this edition, a determiner, no part of the name, like 为期三天的)
_THIS_YEAR_PREFIX = re.compile(r"^(?:今年|今年度|本年度)的(?=.{2})")
# (国家体委副主任李明今天在全国体委主任会议…, 市长王强昨天在…: a clause's subject and its day before 在, no part of the name;
# GUIDELINES §3 name row. Not 在京老同志迎春茶话会: 在 with no day before it, which may open a name.)
_SUBJECT_DAY_AT_PREFIX = re.compile(r"^[^，。；“”「」《》的]{1,30}?(?:今天|今日|昨天|昨日|前天|当天|当日|今晚|昨晚|日前|近日"
                                    r"|[\d一二三四五六七八九十]{1,3}日)(?:上午|下午|晚上|晚)?(?:在|于)(?=[^，。；的]{4})")
# A body's name (香港中华总商会, 欧盟委员会): what is left after a venue's 在 when the name read ran into the venue.
_BODY_NAME_END = re.compile(MEMBERS_OR_COMMITTEE + "$")
# (但中美会谈, 然而全省工作会议, 这是…, 今年是…: a conjunction or a sentence's frame, no part of the name)
# An evaluation or a description of how an event went (很好的会谈, 热情友好的会晤, 盛大宴会, 隆重的仪式) written before a bare
# generic noun with nothing else: the event has no proper name, so it is named by the generic noun (GUIDELINES §3 name:
# "Without a proper name, use the generic noun as written"; talks "named by their noun as written"; twentieth round "one
# record named 宴会"). Only a whole name of modifier and noun: 友好城市座谈会, 非正式会晤 (a kind of talks) keep theirs.
_EVALUATIVE_WORDS = ("很好|良好|友好|热情|亲切|坦诚|坦率|热烈|愉快|融洽|成功|有益|深入|富有成果|卓有成效|建设性|"
                     "盛大|隆重|简短|简朴|简单|热闹|丰盛|盛况空前|别开生面|"
                     # (丰富多彩的文艺晚会, 精彩纷呈的联欢晚会: praise of a show, GUIDELINES §3 thirty-fifth review round)
                     "丰富多彩|精彩纷呈|精彩")
_EVALUATIVE_NOUNS = ("会谈|会见|会晤|宴会|晚宴|午宴|国宴|招待会|酒会|茶话会|座谈会|仪式|典礼|庆典|晚会|联欢会|集会"
                     "|文艺晚会|联欢晚会|文艺演出")
# (45分钟的重要会谈, 长达两个小时的会谈, 一个半小时的友好会谈: how long the talks lasted, with or without a word of their
# weight, is no part of the noun either, GUIDELINES §3 thirtieth review round; 重要 only after a length)
_LASTED = r"(?:长达|近|约|整整|足足)?[\d〇一二三四五六七八九十两半]+个?半?(?:分钟|小时|钟头)(?:之久)?的"
_EVALUATED = f"(?:(?:很|非常|十分|极为|更加|最为)?(?:{_EVALUATIVE_WORDS})(?:而|、|和)?)"
EVALUATIVE_BEFORE_NOUN = re.compile(
    f"(?:{_LASTED}(?:重要|{_EVALUATED})*|{_EVALUATED}+)的?(?P<noun>{_EVALUATIVE_NOUNS})")
# (特别是县委十四届二次全会召开以来, 尤其是…: a focusing word of the sentence, no part of the name either)
_CONJUNCTION_PREFIX = re.compile(f"^(?:但是?|然而|可是|不过|{_FOCUS_WORDS}|这是|那是|(?:今年|明年|去年)是)(?=[^，。；]{{2}})")
# (伦敦举行联席会议 of 在伦敦举行联席会议时: a place and the verb of holding before the name read from a reference; not
# 纪念三中全会召开20周年座谈会: the anniversary a meeting marks)
_PLACE_AND_VERB_PREFIX = re.compile(r"^[^，。；“”「」《》的\d]{1,12}?(?:召开|举行|举办)了?(?![\d一二三四五六七八九十百]+多?周年)(?=[^，。；的]{2,})")
_ATTENDED_BY_PREFIX = re.compile(r"^(?:由|有)?[^，。；“”「」《》]{2,40}?(?:参加|出席|列席|参与|参会)的(?=[^，。；]{4})")
_ADOPTED_BY_PREFIX = re.compile(r"^[^，。“”]{0,24}?(?:(?:草案|条例|议案|报告|决定|决议|办法|规定|法|》)经"
                                r"|在(?:19|20)\d{2}年\d{1,2}月(?=[\u4e00-\u9fff]{4}))")
_HELD_SESSION_AHEAD = re.compile(r"了?(?P<held>(?:第[^，。；]{1,8}次)?(?:全体|扩大|专题|常务)?(?:会议|大会)"
                                 r"|(?:(?:19|20)\d{2}年度?)?(?:第[^，。；]{1,8}届)?年会"
                                 r"|[^，。；,;\n的]{0,10}?(?:协商|学习|座谈|研讨|观摩)(?=[，。；,;\n]|$))"
                                 r"(?P<when>时|的时候|期间)?(?!发言|环节|报告|精神|上|中|室|厅)")
# Fixed patterns of MeetingExtractor._session_of.
_MEETING_NOUN_END = re.compile("(?:大会|会议|会)$")
_PART_OF_DAY_AT = re.compile(r"\s*(?:上午|下午|晚上|当晚)[，,]?\s*在")
# Fixed patterns of MeetingExtractor._days_in_turn.
_MONTH_OPENING = re.compile(r"(?:(?:19|20)\d{2}年)?[^月]{1,3}月")
_PART_OF_DAY = re.compile("上午|下午|晚上")
# Fixed patterns of MeetingExtractor._shared_head_names.
_QUOTED_PART = re.compile(r"[“「][^”」]+[”」]")
_NAME_JOINER = re.compile("、|和|及")
# Fixed patterns of MeetingExtractor._joined_names.
_NAMES_JOINER = re.compile("(?:和|及|以及|、)")
_QUOTE_OR_TITLE_MARK = re.compile("[“”「」《》]")
_OPENING_MARKS = {"“": "”", "「": "」", "《": "》", "（": "）"}


def _split_outside_marks(name: str) -> list[str]:
    """``name`` split at each 和 that stands outside every quote, title and bracket (balanced; an unbalanced name is
    kept whole)."""
    parts, depth_of, start = [], [], 0
    for i, char in enumerate(name):
        if char in _OPENING_MARKS:
            depth_of.append(_OPENING_MARKS[char])
        elif depth_of and char == depth_of[-1]:
            depth_of.pop()
        elif char == "和" and not depth_of:
            parts.append(name[start:i])
            start = i + 1
    return [name] if depth_of else [*parts, name[start:]]
# Fixed patterns of MeetingExtractor._no_name.
_ATTENDING_VERB = re.compile("[并或](?:出席|参加|列席)|^(?:出席|参加|列席)")
_QUOTED_SPAN = re.compile(r"“[^”]*”|「[^」]*」")
_VAGUE_MEETING = re.compile("(?:这个|那个|这种|那种|某个|某种)(?:会|会议|活动)")
# What a session told as the subject deliberated, passed or questioned (讨论, 审议, 三读, 进行县政总质询).
_DELIBERATED_WORDS = "讨论|审议|三读|二读|表决|听取|研究|通过|进行[^，。；：,;:！？\n]{0,8}?质询"
# 行政会议于今日完成讨论《…》法律草案, 国务院常务会议5月7日审议通过…, 立法院会今（7）日三读通过…, 县议会
# 第20届第5次定期会今（4）日进行县政总质询 (its questioning of the county's head): a session
# named as the subject, on a stated day, of what it deliberated or passed, is a session held (GUIDELINES §3;
# not 会议审议通过…: the meeting told before, nor a day ahead: 将于5月20日审议)
_SESSION_DELIBERATED = re.compile(
    # (中央社记者…台北22日电　行政院会今天通过…: the wire's dateline before the name is no part of it)
    r"^\s*(?:[^，。；：,;:！？\n]{2,30}?[\d一二三四五六七八九十]{1,3}日[电讯][\s　]*)?"
    r"(?P<name>(?!这次|此次|本次|该|上次|下次|下一次)[^，。；：,;:！？\n]{0,30}?(?:会议|全会|(?<=行政|立法)院会|(?<=立法院)院会"
    # (县议会第20届第5次定期会今（4）日进行县政总质询: a Taiwan council's session, numbered)
    r"|(?<=次)" + _COUNCIL_SITTING + "))"
    r"(?:于|在)?(?:今天|今日|昨天|昨日|前天|(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)]日"
    r"|(?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}日)(?:上午|下午|晚上)?"
    r"(?:完成|继续|分组|正式|一致)?(?:" + _DELIBERATED_WORDS + ")"
)
# Every match of _SESSION_DELIBERATED holds one of its verbs: the test before it is tried (the match scans a lazy
# dateline and a lazy name at the start of every sentence naming 会, most of which tell nothing deliberated).
_DELIBERATED_WORD = re.compile(_DELIBERATED_WORDS)

# 今年3月，市政府常务会议审议通过了《…方案》; 去年12月，县委常委会会议研究通过…; 今年3月召开的区委常委会会议已研究…: an earlier session of a standing body,
# told by its month or a period of it opening the sentence, narrated by what it deliberated or passed: a meeting held
# (GUIDELINES §3: an earlier meeting the article narrates; sixteenth review round: one told by its month only has date
# null). Not 经…会议审议通过 (a document's passage, no period opening the sentence), not …审议通过的方案 (an attribute),
# not 将审议 (ahead), not 6月底，…审议通过方案后，各区要… (a step ahead the rest depends on; a month after the page's
# is ahead too, see `_session_ahead` in the extractor). The duty is read in the clause right after 后 only, and not
# inside a word (重要任务已完成, 主要指标) nor as 将 (…后，各区迅速行动，将在年底前完成: work going on after a step done
# is no evidence the step is ahead).
_SESSION_DELIBERATED_AFTER_PERIOD = re.compile(
    # (该草案今年8月经市政府常务会议审议通过后…, 《办法》去年12月经…: the document the session passed as the subject,
    # its month then 经 before the session, the same earlier step, GUIDELINES §3 nineteenth review round)
    r"^\s*(?P<subject>(?:该|此|这[一项个部份]?)[\u4e00-\u9fff]{1,6}?|《[^》\n]{2,40}》)?"
    # (3月1日，市政府常务会议专题研究了…: the session's own day after its month, the same earlier step dated to the day,
    # GUIDELINES §3 an earlier meeting the article narrates, s132_13)
    r"(?P<period>(?P<year>今年|去年|上年|本年)?(?:(?P<month>[\d一二三四五六七八九十]{1,2})月(?:[\d一二三四五六七八九十]{1,3}日|上旬|中旬|下旬|初|底|末|份)?"
    r"|年初|年底))(?:(?(subject)(?!)|[，,]\s*)|(?P<attr>(?:召开|举行)的)|(?(subject)经|(?!)))"
    r"(?P<name>(?!这次|此次|本次|该)[\u4e00-\u9fff\d]{1,12}?(?:常务会议|常委会会议|常委会|党组会议|党组会|办公会议|全体会议|全会"
    r"|(?(attr)工作会议|(?!))))"
    # (…常务会议专题研究了《方案》, 专门审议了…: a session's own subject studied, the verbs of its deliberating)
    r"(?:先后|已|还)?(?:审议通过|研究通过|审议并通过|审议并原则通过|原则通过|研究审定|(?:专题|专门)(?:研究|审议)"
    # (今年3月召开的区委常委会会议已专题研究…, 去年12月举行的上一次工作会议已确定…: the session told in a dated attribute,
    # the subject of a step it took, GUIDELINES §3 twentieth review round with the nineteenth's month and no day)
    r"|(?(attr)已(?:专题|专门)?(?:研究|审议|确定|部署|明确)|(?!)))(?!的)"
    r"(?![^，。；！？\n]{0,30}后[，,][^，。；！？\n]{0,10}?(?:(?<![重主需只纲])要(?!求)|(?<!必)须|需|必须|(?<![反相适供效对])应(?!用)))")

# The head of a national body's session (党的二十届三中全会, 国务院常务会议, 中央政治局常委会会议, 十四届全国人大常委会…):
# narrated as background on a local page (去年7月，党的二十届三中全会审议通过了《决定》) it is no meeting of the page's
# own place (GUIDELINES §3 nineteenth review round); a local plenary names its body first (市委十三届五次全会).
_NATIONAL_SESSION_HEAD = re.compile(
    r"(?:党的|中共)?(?:二?十)[一二三四五六七八九]?届[一二三四五六七八九十]{1,2}中全会"
    r"|(?:党中央|中共中央|中央|国务院|全国人大|全国政协|(?:二?十)[一二三四五六七八九]?届全国)")

# The nation's party congress or plenary named on its own (第十五次全国代表大会, 中国共产党第十六次全国代表大会, 党的十五大,
# 十六届三中全会, 党的十五届一中全会) and the national party as its holder (中国共产党, 中共中央, 党中央, 我们党): narrated as
# the past year's background in a speech or a review (中国共产党成功地召开了第十五次全国代表大会，制定了…; 随后，中国共产党召开
# …; 一年来，党中央召开了十六届三中全会) with no day of its own, it is no meeting of the page (GUIDELINES §3 nineteenth
# review round, a national body's session narrated as background; twenty-sixth round, like a meeting's anniversary). Not
# a local congress (中共江城市委召开第十次代表大会: the page's own body, an earlier step), and not the congress reported
# on its day (…第十六次全国代表大会今天上午在人民大会堂开幕).
NATIONAL_PARTY_SESSION = re.compile(
    r"(?:中国共产党|中共|党的)?(?:第[一二三四五六七八九十\d]{1,3}次全国代表大会|[一二三四五六七八九十]{2,3}大"
    r"|第?[一二三四五六七八九十\d]{1,3}届[一二三四五六七八九十]{1,2}中全会)")
NATIONAL_PARTY_HOLDER = re.compile(r"(?:中国共产党|中共中央|党中央|我们党|我党|我们)")
# 今天, 昨日, 15日, 当晚: a date expression that names the day (not a month or a year alone: 去年9月, 1997年).
NAMES_A_DAY = re.compile(r"[日号天晚晨]")


# Most names whose cleaned form MeetingNames.clean_name keeps.
CLEANED_NAMES_CACHE_SIZE = 4096


# A gathering read from its verb (同…座谈) and the noun of that gathering (座谈会), which a later sentence of the body may use
# to refer to it: as chaired, attended, or where someone spoke (主持座谈会, 参加了座谈会, 在座谈会上发言).
_VERB_FORM_NOUNS = {"座谈": "座谈会"}
_NOUN_REFERRED = re.compile("(?:主持|参加了?|出席了?|在)(?P<noun>座谈会)(?:上|。|，|$)")


# 东盟—中日韩和中国—东盟首脑非正式会晤: two summits or sessions of parties written with a dash, joined by 和 and sharing
# the head written once, are two records (GUIDELINES §3 twelfth and thirtieth review rounds: two events joined by 和);
# not 经济和社会发展研讨会 (no parties with a dash: a topic).
_JOINED_PARTIES = re.compile(r"(?P<first>[\u4e00-\u9fff]{1,8}[—－\-][\u4e00-\u9fff]{1,8})(?:和|及|与)"
                             r"(?P<second>[\u4e00-\u9fff]{1,8}(?:[—－\-][\u4e00-\u9fff]{1,8})?)"
                             r"(?P<head>(?:首脑|领导人|外长|部长|经济部长|财长|议长)(?:非正式)?(?:会议|会晤|峰会|对话会|对话|会谈|磋商))")
# 新闻发布会, 记者招待会: the bare noun of a press conference; a later record whose name ends in it (出席了代表团成立新闻发布会)
# with no day of its own is the same one (GUIDELINES §1 duplicated facts count once; §3 thirtieth review round).
_PRESS_CONFERENCE_NOUN = re.compile("新闻发布会|记者招待会|记者会|新闻吹风会|吹风会|发布会")
# 研讨会开幕式, 年会开幕式: the opening or closing of a meeting named by its bare head (GUIDELINES §3 nineteenth, twentieth
# and thirtieth review rounds: a bare opening told beside its meeting, with no day of its own, is its part).
_HEAD_RITE = re.compile("(?P<stem>研讨会|座谈会|论坛|年会|峰会|大会|会议|博览会|交易会|洽谈会|展览会|运动会|艺术节|文化节)"
                        "(?:开幕|闭幕)(?:式|典礼|仪式)")


def _split_joined_parties(meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each record named by two parties' summits joined by 和 (:data:`_JOINED_PARTIES`) as two records."""
    out: list[dict[str, Any]] = []
    for meeting in meetings:
        joined = _JOINED_PARTIES.fullmatch(meeting["name"])
        if joined is None:
            out.append(meeting)
            continue
        for party in (joined["first"], joined["second"]):
            one = copy.deepcopy(meeting)
            one["name"] = party + joined["head"]
            out.append(one)
    return out


def _told_again(meeting: dict[str, Any], meetings: list[dict[str, Any]]) -> bool:
    """Whether ``meeting``, with no day of its own, is another record of the page told again: a press conference's fuller
    name after the bare noun of a dated one (在今天的新闻发布会上 … 出席了代表团成立新闻发布会), or the opening of a meeting
    named by that meeting's bare head (…研讨会8日举行 … 出席了研讨会开幕式)."""
    if meeting["date_text"] is not None:
        return False
    name = meeting["name"]
    others = [m for m in meetings if m is not meeting]
    if (rite := _HEAD_RITE.fullmatch(name)) is not None:
        return any(m["name"].endswith(rite["stem"]) and m["name"] != rite["stem"] for m in others)
    if _PRESS_CONFERENCE_NOUN.search(name) is None:
        return False
    return any(m["date_text"] is not None and _PRESS_CONFERENCE_NOUN.fullmatch(m["name"]) and name.endswith(m["name"])
               and name != m["name"] and m["evidence"]["clean_start"] < meeting["evidence"]["clean_start"]
               and (meeting["location"] is None or meeting["location"] == m["location"]) for m in others)


# 东、南部非洲…, 东、西部…: compass points listed before the 部 they share, one region's name, no list of events.
_COMPASS_POINTS_SHARED = re.compile("^[东南西北中](?:、[东南西北中])*、[东南西北中]部")


# 某国, 丹国: a state written by its name ending in 国, before a quoted name (not 邻国, 外国, 两国, 各国, 大国: no one state).
_STATE_BEFORE_QUOTE = re.compile("(?![该本我全各此])[\u4e00-\u9fff]{1,6}(?<![邻外两各他友大小盟诸])国")


class MeetingNames:
    """The name readings of MeetingExtractor."""

    @staticmethod
    @functools.lru_cache(maxsize=CLEANED_NAMES_CACHE_SIZE)
    def clean_name(name: str) -> str:
        # (memoized: a function of the string alone, asked again for the same name by the readings of one page and of
        # pages sharing a sentence)
        name = _DATELINE_TAG_PREFIX.sub("", name)  # 【本报消息】…, 〔记者…报导〕…: a dateline tag before the name
        # (应广大家长要求召开的家长座谈会: what the meeting was held at the request of)
        name = _AS_REQUIRED_PREFIX.sub("", name)
        name = _PUT_OFF_PREFIX.sub("", name)  # 原定于3月15日召开的…, 推迟举行的…: the plan once made is no part of the name
        name = _DATED_DATELINE.sub("", name)  # 新华社北京七月二十三日电…
        name = _LIST_NUMBER_PREFIX.sub("", name)  # 5．为期两天的…: a list number
        name = _REPORTER_NOTE_PREFIX.sub("", name)  # （记者 张某）…
        if _UNCLOSED_BRACKET.match(name):  # （2007年6月29日第十届…会议通过）: an adoption note's date
            # (（共120人2007年6月29日…会议通过）: the count of the list adopted before it, thirty-fifth round)
            inner = _LIST_COUNT_PREFIX.sub("", name[1:])
            name = _DATE.sub("", inner, count=1) if _DATE.match(inner) else inner
        name = _RECURRENCE_PREFIX.sub("", name)  # 每年举办一次的…, 一年一度的…: how often, no part of the name
        name = _SUBJECT_TOWARD_PREFIX.sub("", name)  # 王某对这次…会议提出的…: the subject of the reaction and 对
        name = _TALLY_PARTICLE_PREFIX.sub("", name).strip()  # (举办过11次会议: a tally, see _COUNTED)
        name = _COUNTED_TALKS_PREFIX.sub("", name)  # 两轮会谈, 数次会晤: the count of rounds, no part of the talks' name
        name = _HOLDING_VERB_PREFIX.sub("", name)  # 在主持召开县委常委会会议时: the verbs
        name = _SHORT_FORM_NOTE.sub("", name)  # 某某股份有限公司（以下简称“公司”）第九届董事会…: a reader's note
        name = _DURATION_PREFIX.sub("", name)  # 为期三天的…大会, 历时两天的…: the duration is no part of the name
        name = _THIS_YEAR_PREFIX.sub("", name)  # 今年的颁奖典礼: this edition's year, no part of the name
        name = _CONJUNCTION_PREFIX.sub("", name)  # 但中美会谈: a conjunction or a frame (这是…)
        # 副主任李明今天在全国…会议: the subject and its day before 在 (not 会议于7日在市总商会, a venue: the body left is no name)
        if not _BODY_NAME_END.search(stripped := _SUBJECT_DAY_AT_PREFIX.sub("", name)):
            name = stripped
        name = _PLACE_AND_VERB_PREFIX.sub("", name)  # 伦敦举行联席会议: the place and the verb of holding
        name = _DESCRIPTION_BEFORE_NAME.sub("", name)  # 以“…”为主题的…论坛: the theme is no part of the name
        # (县四套班子领导参加的全县领导干部大会, 由…负责人参加的…: who attended is no part of the name)
        name = _ATTENDED_BY_PREFIX.sub("", name)
        # (由中国青少年发展基金会援建的…希望小学落成典礼, 由甲大学与乙市政府共建的…研究院揭牌仪式: who built, set up or
        # paid for the site or the body is no part of the name, nor the organizer of its ceremony)
        name = _BUILDERS_BEFORE.sub("", name)
        # 这些法律草案经第五届人大第二次会议, 某某同志在1978年12月中央工作会议: a subject and a date before it
        name = _ADOPTED_BY_PREFIX.sub("", name)
        # Drop a quote mark at either end only when it has no partner inside the name.
        if name[:1] in "“\"" and name.count("”") + name.count('"') < (2 if name[0] == '"' else 1):
            name = name[1:]
        if name[-1:] in "”\"" and name.count("“") + name.count('"') < (2 if name[-1] == '"' else 1):
            name = name[:-1]
        for opening, closing in ("「」", "『』"):  # 「113年度…表扬大会: the same for corner brackets
            if name[:1] == opening and closing not in name:
                name = name[1:]
            if name[-1:] == closing and opening not in name:
                name = name[:-1]
        return name.strip()

    def _balance_quotes(self, text: str, m: re.Match[str], name: str) -> tuple[str, str | None]:
        """举行「2024杰出校友奖」颁奖典礼: the opening mark the pattern left outside the name goes back
        in; 出席社联「2024杰出义工嘉许礼」: a mark closing right after the name encloses the whole name
        (dropped, GUIDELINES §3), and what stands before it is the organizer."""
        start, end = m.span("name")
        if m["name"].count("“") > m["name"].count("”") and text[end : end + 1] == "”":
            # 召开学习贯彻全国“两会”精神专题会议: a quoted word ending in a head (两会) inside the name
            rest = self._name_after_quote.match(text, end)
            if rest:
                return self.clean_name(m["name"] + rest.group()), None
        if name.count("“") > name.count("”") and (edition := _EDITION_AFTER_QUOTE.match(text, end)):
            return name + edition.group(), None  # 县政协“委员讲堂”第八期在…开讲: the session of a quoted series
        if name.count("“") > name.count("”") and text[end : end + 1] == "”":
            # 第五届“青年学者论坛”在…举行: the closing mark of a quoted part that ends the name (a name quoted
            # whole loses its marks, GUIDELINES §3)
            before, _, inside = name.rpartition("“")
            if not before:
                return inside, None
            if _EDITION_BEFORE_QUOTE.match(before):
                return name + "”", None
            if _STATE_BEFORE_QUOTE.fullmatch(before):
                # (某国“全国和解会议”5月6日在首都举行: a state written before a name quoted whole holds it, the name without
                # the marks, as 江城市“…论坛” (GUIDELINES §3 eighth and thirty-fourth rounds); no half quote left in the name.
                # Read for a state only: other words before the mark, 题为, 出席了, a reporter's 从, are no holder)
                return inside, before
        for opening, closing in ("「」", "『』"):
            if closing in name and opening not in name and text[start - 1 : start] == opening:
                return opening + name, None
            if text[start - 1 : start] == opening and opening not in name and text[end : end + 1] == closing \
                    and (rest := self._name_after_quote.match(text, end)) and not _HELD_AFTER_DATE.search(rest.group()):
                # 召开「2026台北智慧城市产业媒合会」记者会: a quoted event name ending in a head, then the head of the
                # event held (the marks do not enclose the whole name)
                return opening + name + rest.group(), None
            if opening in name and closing not in name and text[end : end + 1] == closing:
                before, _, inside = name.rpartition(opening)
                if before and _EDITION_BEFORE_QUOTE.match(before):
                    return name + closing, None  # 第十届「…颁奖典礼」: the marks do not enclose the whole name
                if hosted := _HOSTED_BY.match(before + inside):
                    # 由香港大学举办的「…论坛」: the agent of 举办 (a helper that 承办 is no organizer, §3)
                    return inside, self.clean_org(hosted["org"]) if hosted["verb"] != "承办" else None
                return inside, self.clean_org(before) if len(before) >= 2 else None
        return name, None

    @classmethod
    def cleaned_name(cls, name: str) -> str:
        """A name as read from a match: :meth:`clean_name`, then :meth:`strip_generic_prefix`."""
        return cls.strip_generic_prefix(cls.clean_name(name))

    def _headline_full_name(self, name: str, title: str) -> str | None:
        """The full name in a headline that announces the meeting (第五届数字经济论坛计划于…举行) of the meeting the body
        then tells held by its bare noun only (3月15日，论坛开幕), or None when ``name`` is more than a noun, the headline
        is no announcement or names no meeting of that noun."""
        if self._heads_of(name) != {name} or not (_PLANNED.search(title) or _PLAN_ON_DAY.search(title)):
            return None  # (学院举办庆祝建党100周年座谈会 over 在随后举行的座谈会上: the body's word, GUIDELINES §3)
        found = self.match(title)
        if found is None:
            return None
        full = self.cleaned_name(found[0]["name"])
        return full if len(full) > len(name) and full.endswith(name) and not self._no_name(full) else None

    @staticmethod
    def _session_of(main: dict[str, Any], part: dict[str, Any], text: str) -> bool:
        """Whether ``part`` is a session of the main meeting told as a part of its day's programme: a clause that
        opens on a time of day (下午在…召开推进大会), with no day, organizer or name of its own beyond a short form of
        the main meeting's (推进大会 of …现场推进会), in the paragraph right after the main meeting's sentence."""
        if part["date_text"] is not None or part["organizer"] is not None or main["date"] is None:
            return False
        stem = _MEETING_NOUN_END.sub("", part["name"])
        if len(stem) < 2 or stem == part["name"] or stem not in main["name"] or part["name"] in main["name"]:
            return False
        if not _PART_OF_DAY_AT.match(part["evidence"]["text"]):
            return False
        between = text[main["evidence"]["clean_end"] : part["evidence"]["clean_start"]]
        return main["evidence"]["clean_start"] < part["evidence"]["clean_start"] and "\n" not in between \
            and len(between) <= PART_REACH

    def _days_in_turn(
        self, doc: Document, before: str, count: int, reference: dt.date | None
    ) -> list[tuple[str | None, str | None, str | None]] | None:
        """The days (or parts of one day) written as a list before meetings held in turn, one per meeting in
        order (8月1日、2日; 7月30日和8月1日; 5月6日上午和下午), when the list has as many items as
        there are meetings; else ``None``."""
        # (8月1、2日: the days sharing one 日 are listed as 8月1日、2日 are)
        before = _SHARED_DAY.sub(lambda d: "日、".join(d.group().split("、")), before)
        days = list(_DAYS_LISTED.finditer(before))
        if days and (listed := days[-1]) and len(items := _LISTED_DAY.findall(listed.group())) == count:
            told, month = [], None
            for day, part in items:
                written = day if "月" in day or month is None else month + day
                month = _MONTH_OPENING.match(written)
                month = month.group() if month else None
                date = self.date_of(doc, written + "，召开", reference)[0]
                told.append((date, day, _time_of_day(part) if part else None))
            return told if all(t[0] for t in told) else None
        # (5月7日上、下午，…分别召开: 上午、下午 with the shared 午 written once)
        parts = list(_PARTS_LISTED.finditer(before.replace("上、下午", "上午、下午")))
        if parts and len(items := _PART_OF_DAY.findall(parts[-1].group())) == count:
            date, date_text, _ = self.date_of(doc, before, reference)
            return [(date, date_text, part) for part in items]
        return None

    def _shared_head_names(self, name: str) -> list[str] | None:
        """The meetings a list of topics sharing one counted head names (乡村旅游、智慧文旅两场分论坛 ->
        乡村旅游分论坛, 智慧文旅分论坛), when the count is the number of topics and the head is a meeting's;
        else None."""
        listed = _SHARED_HEAD_LIST.match(name)
        if listed is None or not self._head.search(listed["head"]):
            return None
        items = _QUOTED_PART.findall(listed["items"]) if listed["items"].startswith(("“", "「")) \
            else _NAME_JOINER.split(listed["items"])
        count = parse_number(listed["count"])
        if count is None or int(count) != len(items) or any(item.endswith("等") for item in items):
            return None
        names = [item + listed["head"] for item in items]
        return None if any(self._no_name(n) or _fair_only(n) for n in names) else names

    def _joined_names(self, name: str, after: str) -> list[str]:
        """The meetings a name lists (甲会议和乙大会; 甲会议、乙会议和丙会议 read on past the first): each
        part ends in a head word and is three characters or more, or a noun that names a meeting alone (常委会会议和全会);
        else the name whole."""
        parts = _NAMES_JOINER.split(name)
        if len(parts) > 1 and all((len(p) >= 3 or p in _SELF_NAMING_HEADS) and self._head.search(p) for p in parts) and not _QUOTE_OR_TITLE_MARK.search(name):
            names = parts
        else:
            names = [name]
        at = 0
        while (more := _LISTED_NAME.match(after, at)) and self._head.search(more["part"]):
            names.append(more["part"])
            at = more.end()
        if len(names) < 2 or any(self._no_name(n) for n in names):
            return [name]
        # (分别举行了交易会和世界分会大会: a fair among them is no meeting)
        return [n for n in names if not _fair_only(n)] or [name]

    def _listed_full_names(self, name: str, after: str) -> list[str]:
        """Full meeting names listed with 、 under one verb (主持召开县委常委会会议、县委财经委员会会议和县委深改委会议:
        three meetings, GUIDELINES §3 several events), each long and a meeting of its own; else as
        :meth:`_two_full_names` reads the name."""
        if after.startswith("、"):
            names = self._joined_names(name, after)
            if len(names) > 1 and all(self._full_meeting(n) and not n.endswith("等") for n in names):
                return names
        return self._two_full_names(name)

    def _two_full_names(self, name: str) -> list[str]:
        """Two full meeting names joined by 和 under one verb (…人民代表大会第四次会议和政协…第三次会议在…召开;
        召开…总结大会暨…部署会和党风廉政建设工作会议): each part long and a meeting of its own; else the name whole."""
        parts = name.split("和")
        if len(parts) != 2 or _QUOTE_OR_TITLE_MARK.search(name):
            # (许某诞辰100周年纪念会和《许某文集》（三卷本）首发式: one 和 outside every title and quote joins two
            # events, GUIDELINES §3 twelfth round; thirty-first round; a 和 inside a title, 《论和平》研讨会, joins nothing)
            parts = _split_outside_marks(name)
            if len(parts) != 2:
                return [name]
        first, second = parts
        sides = [p for p in parts if not (_ACTIVITY_END.search(p) or _fair_only(p))]
        if len(sides) == 1 and self._full_meeting(sides[0]):
            return sides  # 举办亲子阅读活动和家庭教育讲座: the activity is no meeting, the lecture is one (GUIDELINES §3)
        if not all(self._full_meeting(p) for p in parts) and not (
                any(map(self._full_meeting, parts))
                and all(self._full_meeting(p) or _ROUTINE_MEETING.fullmatch(p) or self._short_meeting(p) for p in parts)):
            return [name]
        about = _ABOUT_MEETINGS.search(second)
        if (about and not _STUDYING.search(second, 0, about.start())) or (_JOINT_OF_BOTH.search(second) and _BODY_OF_JOINT.search(first)) \
                or (first.endswith("代表大会") and _SESSION_END.search(second)):
            return [name]  # one meeting about, of or for both parts (…和组织生活会情况通报会, 职工代表大会和…联席会议)
        return parts

    def _short_meeting(self, part: str) -> bool:
        """A side of 和 shorter than a full name that still names an event of its own beside one (新品发布会, 项目推介会):
        a meeting noun other than the bare 会 of a body, with a word of its own before it."""
        head = self._head.search(part)
        return len(part) >= SHORT_NAME_MIN and head is not None and head.group() != "会" and head.start() > 0 \
            and not (_ACTIVITY_END.search(part) or self._no_name(part) or _fair_only(part) or _PROGRAMME_PART.search(part))

    def _full_meeting(self, part: str) -> bool:
        """One side of 和 that names a meeting by itself: long, ending in a meeting head that is more than
        the bare 会 of a body (市安全生产委员会, 第三届理事会, 某市温州商会, 全国两会), and no activity, show, fair or
        unnumbered plenary (省委全会)."""
        if part in _STANDING_MEETINGS:
            return True
        head = self._head.search(part)
        # (召开安全生产专题会和项目管理经验交流会: 专题会 is a meeting's noun, not the 会 of a body)
        return len(part) >= FULL_NAME_MIN and head is not None and (head.group() != "会" or part.endswith("专题会")) \
            and not (_ACTIVITY_END.search(part) or _UNNUMBERED_PLENARY.search(part) or self._no_name(part) or _fair_only(part))

    def _no_name(self, name: str) -> bool:
        """Too short, a tally (成功举办了8次会议) or a list of programme parts: no meeting's name."""
        return (
            (len(name) < 3 and name not in _SELF_NAMING_HEADS)
            or bool(_COUNTED.match(name) or _SERIES.match(name) or _PAST_EDITIONS.match(name))
            # (not 晋升上将军衔仪式, 将帅: 将 of a military rank)
            or _FUTURE_WORD.search(name) is not None
            or self._listing(name)
            # (参加调研并出席会议, 通过召开座谈会、发放征求意见表等方式: acts of attending, a method)
            or _ATTENDING_VERB.search(_QUOTED_SPAN.sub("", name)) is not None
            # (今天举办这个节，明天举行那个会: any meeting at all, none reported)
            or _VAGUE_MEETING.fullmatch(name) is not None
        )

    def _listing(self, name: str) -> bool:
        """设开幕式、大会特邀报告、分论坛…: a list of programme parts, not one meeting's name (but
        勋章、奖章和奖状颁授典礼 is one name)."""
        if _COMPASS_POINTS_SHARED.match(name):
            return False  # 东、南部非洲领导人论坛会: compass points sharing 部, one region's name (thirty-fifth round)
        parts = _QUOTED_SPAN.sub("", name).split("、")
        if len(parts) > 1 and all(_ENUMERATED_BODY.search(p) for p in parts[:-1]) and not _ENUMERATED_BODY.search(parts[-1]):
            return False  # 第八届理事会、监事会就职典礼: bodies enumerated before the one event's noun (GUIDELINES §3 name)
        return len(parts) > 1 and (len(parts[0]) < 2 or sum(bool(self._head.search(p)) for p in parts) > 1)

    def _same_kind(self, a: str, b: str) -> bool:
        """Whether two meeting names name events of one kind: a head of one ends a head of the other,
        synonyms (会谈/会晤, 新闻发布会/记者招待会) counted as one kind."""
        kinds_a = {_EVENT_KIND.get(h, h) for h in self._heads_of(a)}
        kinds_b = {_EVENT_KIND.get(h, h) for h in self._heads_of(b)}
        # (院会 beside 记者会: the bare head 会 of a name the lexicon has no fuller head for names no kind that a
        # longer head ending in 会 shares; it matches a bare 会 only)
        return any(x == y or ("会" not in (x, y) and (x.endswith(y) or y.endswith(x))) for x in kinds_a for y in kinds_b)

    def _heads_of(self, name: str) -> set[str]:
        """The head words of a name's parts (…推进会暨…签约仪式 -> {推进会, 签约仪式})."""
        # (…系列新闻发布会第十场: the kind is the press conference's, not its session number's)
        return {m.group() for part in name.split("暨")
                if (m := self._head.search(_PRESS_SESSION.sub("", part.rstrip("”」』"))))}

    def _same(self, a: str, b: str) -> bool:
        if a.endswith("全会") != b.endswith("全会") and "全体会议" in a + b:
            # (第二次全会 / 中共中央纪律检查委员会第二次全体会议: 全会 is the plenary's short form, and a headline that
            # restates the body's plenary so is one record, GUIDELINES §1 duplicated facts, §3 thirty-third review round)
            a, b = (x.removesuffix("全会") + "全体会议" if x.endswith("全会") else x for x in (a, b))
        if any(x.startswith(y) and _SUB_SESSION.fullmatch(x[len(y) :]) for x, y in ((a, b), (b, a))):
            return False  # 县十八届人大三次会议 / …三次会议预备会议 (主席团第一次会议): a session of its own
        if a in b or b in a or _abbreviation_of(a, b) or _abbreviation_of(b, a):
            return True  # (学院召开第十六次教职工代表大会 / 4月17日，学院召开教代会: its short form, one meeting)
        if any(len(y) >= 3 and y.endswith("会") and x.endswith("会") and x.startswith(y[:-1])
               and _GATHERING_KIND.fullmatch(x[len(y) - 1 : -1]) for x, y in ((a, b), (b, a))):
            return True  # (迎春茶话会 / 迎春会上: the topic with a bare 会, the kind of gathering left out, GUIDELINES §3 thirty-second round)
        if any(x.endswith("课") and not y.endswith("课") for x, y in ((a, b), (b, a))):
            return False  # 第一学期开学典礼 / 开学第一课: a lesson given at a ceremony is its own record (§3), whatever they share
        if any((kind := _BODY_KIND_END.search(x)) and kind.group(1) not in y for x, y in ((a, b), (b, a))):
            return False  # 县人大常委会第二十一次会议 / 县人大常委会党组会议: two bodies' sessions
        scope_a, scope_b = _SCOPE_WORD.match(a), _SCOPE_WORD.match(b)
        if scope_a and scope_b and scope_a.group() != scope_b.group():
            return False  # 全省…工作会议 / 全市…工作会议: two levels, two meetings
        editions_a, editions_b = _editions(a), _editions(b)
        if any(editions_a[k] != editions_b[k] for k in editions_a.keys() & editions_b.keys()):
            return False  # 第27次常务会议 / 第28次常务会议: two sessions (第二十八次 and 第28次 are one)
        topic_a, topic_b = set(a) - _NAME_FILLER - _DIGITS, set(b) - _NAME_FILLER - _DIGITS
        if topic_a and topic_b and len(topic_a & topic_b) / min(len(topic_a), len(topic_b)) < SAME_MEETING_OVERLAP:
            return False  # 全市经济工作会议 / 全市宣传思想文化工作会议: the topics differ
        # (…现场推进会召开。…随后召开推进会议: X会议 is the X会 named before)
        if any(x.endswith("会议") and len(x) >= 4 and x[:-1] not in _GENERIC_SESSIONS and y.endswith(x[:-1])
               for x, y in ((a, b), (b, a))):
            return True
        if any((x in a and y in b) or (y in a and x in b) for x, y in _OPPOSITES):
            return False  # 大会开幕式 / 大会闭幕式: two events
        heads_a, heads_b = self._heads_of(a), self._heads_of(b)
        if heads_a and heads_b and not heads_a & heads_b:
            return False  # 山海协作推进会(暨…签约仪式) / 山海协作联席会议: two kinds of event
        return _overlap(a, b) >= SAME_MEETING_OVERLAP

