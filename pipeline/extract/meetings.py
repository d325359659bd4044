"""Meetings reported as having taken place: name, date, place, organizer, host, attendees.

A meeting is read from a sentence that holds a meeting verb (召开/举行/举办/开幕/落下帷幕 …)
and a name ending in a meeting head word (会议/大会/典礼/仪式/论坛/培训班/汇演 …), in the
shapes ``ORG(在PLACE)召开NAME``, ``NAME(DATE)在PLACE召开``, ``NAME召开``, ``在…召开的NAME上``,
``…，并举行NAME`` and a study visit (``赴…现场观摩``).  The first such sentence of the body is
the main meeting; later ones with another name (or another head word: 推进会 vs 联席会议)
follow, and meetings read from subtitle-like lines come after those of the body.  An
organizer written at the head of a passive name (民进市委会第十二期…培训班) is split off.

Dates resolve against the publication date; with none, the year is that of a stamp whose day and
month read either way (发布时间：08/05/2024), else it comes from the text (not from a birth or a death; the
meeting's own reviewed ``2022年度`` plus one early in a year, ``2023年是…``, else the most
frequent year; Republic-of-China years in Taiwan articles), else the date is null and a
warning is written.  Festivals (元宵节当天) are converted with ``lunardate``, commemorative
days with a fixed day (世界读书日当天) from their lexicon; 当天/同时 meetings take the main
meeting's date.  A day without a month told after a full date (5月6日…。8日…) is in that date's
month when the publication date allows it.  Sentences that plan a meeting (将于, 拟) are skipped,
and so are tallies (举办了8次会议) and series held by many (各市召开…).  Each meeting's host is
the person chairing in its stretch of text.

A text in which no meeting is held with a verb of holding it may still refer to one that took
place (在座谈会上讲话, 出席开幕式, 会上，…, 会议由…主持, …座谈会强调): the first such
reference is the meeting.  A signing ceremony referred to (出席签约仪式) takes the day and place of
the signing act told just before it (…19日在郑州签署…协议。), unless that act is recalled (曾于2022年签署).

Known limitations: the organizer is the clause subject, so a long subject with a place phrase
may be cut; a referred meeting is only the first one in the text; the parties of a signing act
told before a signing ceremony are not compared with the ceremony's; consultations held as an
event (…第十轮战略磋商…在北京举行, 安理会…进行了磋商) give no record yet: reading them needs their
organizer read right too, which is not done.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from pipeline.boilerplate import TRANSCRIPT_LEAD
from pipeline.document import Document
from pipeline.extract.common import (
    BACK_REFERENCE,
    DATE_NUMBER,
    FESTIVAL_CELEBRATION,
    LIFE_EVENT_AFTER_YEAR,
    NOT_JIANG_PLACE,
    PLANNED_HOLDING,
    POST_NOMINALS,
    TAIWAN,
    Lexicons,
    Sentence,
    clause_bounds,
    evidence,
    first_char_gated,
    heading_like,
    in_heading_list,
    literal_gated,
    longest_first,
    stamp_year,
    start_after,
    word_alternation,
)
from pipeline.regex_gate import required_literals
from pipeline.values import (
    ANNIVERSARIES,
    COMMEMORATIVE_DAYS,
    FESTIVAL_NUMBERS,
    FESTIVAL_SHORT_NAMES,
    FESTIVALS,
    WINDOW_LABEL_WORDS,
    DateValue,
    festival_date,
    life_dated,
    parse_count,
    parse_date,
    parse_number,
    resolve_date,
)

# A bank's name end: 银行 (农村商业银行, 村镇银行, 人民银行), its branches, and the short 农商行 (县农商行) that ends in no 银行.
_BANK_WORDS = "银行|农商行|分行|支行"
# Two meeting names that share this share of characters are the same meeting.
SAME_MEETING_OVERLAP = 0.6
# Characters every meeting name may hold (scope, kind, edition): not the topic that tells two apart.
_GENERIC_SESSIONS = frozenset({"工作会", "全体会", "专题会", "扩大会", "常务会"})
_NAME_FILLER = frozenset("全省市县区镇乡村工作会议大会座谈推进部署动员年度第次届期一二两三四五六七八九十暨及和与的")
_SCOPE_WORD = re.compile("全[国省市县区镇乡]")
# The kind of body whose own session a name ends on (县人大常委会党组会议, 主任会议, 市政府党组扩大会议, 常务会议): a name
# ending on one kind and another name without that word are two bodies' meetings, whatever they share before
# (县人大常委会第二十一次会议 / 会后，…主持召开县人大常委会党组会议).
_BODY_KIND_END = re.compile("(党组|党委|党工委|主任|主席|常务)(?:[（(]?扩大[）)]?)?会议?$")
# An edition of a series (第28次, 十届五次): two of them name two meetings.
_DIGITS = frozenset("0123456789百")
# (一季度 / 二季度, 第三轮 / 第四轮, 3月份 / 4月份: two meetings of one series)
_EDITION_NUMBER = re.compile(r"([\d一二三四五六七八九十百]+)([次届期轮批]|季度|月份)")
GENERIC_ORGANIZERS = {"公司", "学院", "学校", "我校", "本校", "我院", "我局", "集团", "集团公司", "项目部", "会议", "大会", "论坛", "年会", "峰会", "本次", "全市", "全区", "全县",
                      "我县", "我市", "我区", "我镇", "我乡", "我省", "本县", "本市", "本区", "全镇", "全乡", "全省",
                      # (本府於5月7日召開…会报: a Taiwan office writing of itself, unnamed)
                      "本府", "本所", "本局", "本处", "本署", "本部", "本院", "本会",
                      # (本集团今日於…舉行…, 我公司召开…: a company writing of itself in its own release, unnamed)
                      "本集团", "本公司", "我公司", "我集团", "本行", "我行",
                      "与会人员", "与会代表", "参会人员", "与会同志",
                      # (今天我们召开这次座谈会: a speaker's pronoun names no organization)
                      "我们", "咱们", "大家", "你们", "他们", "她们",
                      # (县里召开乡村振兴推进会, 村里举行捐赠仪式: the place word of a level, no body named)
                      "省里", "市里", "县里", "区里", "镇里", "乡里", "村里", "街道里", "社区里",
                      # (局里曾召开培训会, 厂里举行…: a body's own bare kind with 里, the writer's own office, unnamed)
                      "局里", "厅里", "委里", "院里", "所里", "处里", "厂里", "站里", "队里", "部里", "公司里",
                      # (视察组召开座谈会, 调研组随后召开座谈会: a visiting group's bare kind, no body named)
                      "视察组", "调研组", "检查组", "督导组", "督查组", "考察组", "执法检查组", "视察团", "考察团", "调研团",
                      # (分公司召开…, 大区召开…座谈会, 股份公司举行…: a company's unit by its bare kind, the writer's own)
                      "分公司", "子公司", "股份公司", "大区", "事业部", "总部",
                      # (典礼结束后，校方在校园内举行了庆祝酒会, 院方召开…: the side of the school or the hospital, unnamed)
                      "校方", "院方", "厂方"}
# Subjects that stand for a named body written before (市第一人民医院 … 医院召开…), else generic.
# (中学召开秋季运动会, 法院召开…推进会, 检察院举行…: a school's, a court's or a procuratorate's bare kind names no body)
# (园区举办企业家座谈会, 开发区召开…: a park's bare kind, as a company's website headline writes its own park)
# (大学昨日举行毕业典礼: a university's bare kind, the writer's own, after no named one)
GENERIC_UNLESS_NAMED = frozenset({"医院", "街道", "社区", "大学", "中学", "小学", "幼儿园", "法院", "检察院", "园区", "开发区"})
# A headline's teaser or column label up to its mark (定了！, 好消息！, 聚焦两会｜, 【聚焦】): text before the subject,
# never an organizer's name.
_HEADLINE_TEASER = re.compile(r"^[^，。；！!｜|】]{1,12}(?:[！!｜|】]\s*)+")
# 由…援建的, 由甲大学与乙市政府共建的 opening a name: who built, set up or paid for the site or body (no part of the name).
_BUILDERS_BEFORE = re.compile(r"^由[^，。；“”「」《》]{2,30}?(?:援建|捐建|承建|出资修建|出资兴建|投资兴建|资助修建"
                              r"|(?:联合|共同)?(?:共建|合建|组建|筹建)|共同(?:建设|设立))的(?=[^，。；]{4})")
# 该计划, 该工程, 这一项目 as an organizer: the programme named before, no body named here.
_PROGRAMME_REFERRED = re.compile("(?:该|此|本|这[个一项]?)(?:计划|规划|方案|工程|项目)$")
_GENERIC_PREFIXES = ("我校", "本校", "我院", "本院", "我所", "本所", "我局", "公司", "学院", "学校", "集团")
# 学院路街道, 学府南路社区: a generic word opening a street or community name is part of that name
_STREET_AFTER_PREFIX = re.compile("[东南西北中]?(?:路|街|巷|大道|社区)")
# 本院士工作站, 我所属企业, 本校区, 本院区: the prefix's last character makes a word with the next (院士, 所属, 所有, 所在,
# 所辖, 校区, 院区), so no prefix stands there
_WORD_ACROSS_PREFIX = re.compile("(?<=院)[士区]|(?<=所)[属有在辖]|(?<=校)区")
# 医院2024年度科研工作推进会, 医院第三届职工代表大会: the bare word before a year, an edition or a quoted name is the
# reporting hospital, no name (GUIDELINES §3); elsewhere 医院 may open a topic (医院感染防控培训会), kept whole.
_GENERIC_HOSPITAL = re.compile(r"医院(?=(?:19|20)\d{2}|第[一二三四五六七八九十百\d]+[届次期]|首届|[“「][^”」]{2,}[”」].{2,})")
# 县2025年度总河长会议, 市2024年高标准农田建设现场推进会: a bare level word before a year is the reporting county or city,
# no name (GUIDELINES §3, a generic organizer word like 公司); not 全县2024年… (a scope written as such) nor 县政府2024年…
_GENERIC_LEVEL = re.compile(r"[省市县区](?=(?:19|20)\d{2}年.{2,})")
# 我市与京东集团…签约仪式, 我校与市第一人民医院…: the reporting body itself (a pronoun, no name, GUIDELINES §3)
# and the other party at the head of a name; the name is what follows them. (学校与华为…, 甲市人民医院与乙县…: a
# body word or a named party, kept whole with the other.)
_OWN_BODY_AND_PARTY = re.compile(
    "^[我本](?:省|市|县|区|镇|乡|州|旗|校|院|局)(?:与|和|同)[^，。；与和]{1,15}?"
    "(?:公司|集团|大学|学院|学校|医院|" + _BANK_WORDS + "|政府|协会|基金会|总会|研究院|研究所|中心|委员会|局|厅)"
    "(?:股份有限公司|有限责任公司|有限公司|分公司|分行|支行|集团)?(?=[^，。；]{4})")
# 我校经济管理学院, 本校国际会议厅: the reporting school before a unit or a room of its own (its name is not
# written, GUIDELINES §3: a generic subject names no organizer), not 本校区, 我校友.
_OWN_SCHOOL_BEFORE = re.compile("^[我本]校(?![区友长])(?=[\u4e00-\u9fff《“]{2})")
# The reporting body as a venue (在我校召开, 在本院举行): a pronoun, no place named (GUIDELINES §3 location).
# (the body words after 我/本 that name the reporting body, shared by the patterns below)
_OWN_BODY_WORDS = "校|院|局|所|厂|行|公司|集团|中心"
_OWN_BODY_VENUE = re.compile("[我本](?:" + _OWN_BODY_WORDS + "|单位)")
# 本院第一会议室, 我局三楼会议室, 本馆二楼报告厅: the holding body by a pronoun before a room of its own; with that body
# named as the organizer, the room is that body's (GUIDELINES §3 thirteenth review round: a self-reference to a court,
# school or bureau before a room). Not 院内: no room named; nor the bare word (局机关六楼会议室, 公司总部报告厅: kept as
# written, as the tuning gold reads them).
_OWN_BODY_ROOM = re.compile("^(?P<own>[我本])(?P<body>院|局|所|厅|委|馆|中心|公司|集团)"
                            r"(?=[\u4e00-\u9fff\d]{0,10}?(?:会议室|报告厅|会议厅|多功能厅|大厅|礼堂|会堂)$)")
# 在我校召开 with the one school that hosts (主办 or 承办) the event named in the same sentence
# (江城大学承办的…在我校召开): the school 我校 stands for, so the venue (GUIDELINES §3 location).
_OWN_SCHOOL_VENUE = re.compile("在[我本]校(?:隆重|顺利|成功|正式)?(?:召开|举行|举办|开幕|开班|启动)")
# A school written as hosting: its name after a mark or 由 (会议由江城大学承办: not the words before 由), not
# 我校/本校/该校 (由我校马克思主义学院承办: a unit of the reporting school, the school unnamed).
_SCHOOL_HOSTING = re.compile("(?:^|[，、由])(?:本次[^，。、]{0,12}?由)?(?!由|[我本该][校院])((?:(?!由)[\u4e00-\u9fff]){2,20}?"
                             "(?:大学|学院|学校|中学|小学))(?:联合|共同)?(?:承办|主办)")
# 由江城大学主办、我校承办: the reporting school among the hosts, set apart from the school named, which so is
# not the one 我校 stands for.
_OWN_SCHOOL_HOSTS = re.compile("[我本]校(?:联合|共同)?(?:承办|主办|协办)")
# 马克思主义学院, 经济管理学院, 外国语学院: a college named by its disciplines alone, a unit of a school (of the
# reporting one when no university is written before it), not a school (江城医学院: a proper name heads it).
_UNIT_COLLEGE = re.compile(
    "(?:(?:马克思主义|经济|管理|经管|法|法学|文|文学|外国语|外语|新闻|传播|传媒|计算机|信息|工程|机械|电气|电子"
    "|土木|化学|化工|生命|科学|材料|数学|统计|物理|教育|体育|音乐|美术|艺术|商|公共|历史|文化|人文|继续|国际"
    "|研究生|医|药|护理|农|环境|建筑|软件|通信|自动化|能源|动力|交通|政治|哲学|社会|心理|金融|会计|旅游|设计)"
    "(?:与|和|及)?)+学院")
# The reporting body written as a pronoun (我校, 本院, 我局, 我会, 我公司) among listed hosts: one host unnamed
# (not 我市, 我县: a place, named by the dateline or the page; not 本届, 本次)
_OWN_BODY_AMONG_HOSTS = re.compile(
    "(?:^|[与和同、及])[我本](?:" + _OWN_BODY_WORDS + "|会)(?:[与和同、及]|联合|共同|$)")
# 学校与华为技术有限公司…签约仪式: the other party of the event after the generic one (not 跟岗, 同课异构, 和谐)
_OTHER_PARTY = re.compile("[与和同向跟][^，。；]{1,15}?(?:公司|集团|大学|学院|学校|医院|" + _BANK_WORDS + "|政府|协会|基金会|总会|研究院|研究所|中心|委员会|局|厅)")
# 曾多次举办演讲会: a series (checked in the meeting's own clause only: a sentence may report
# one meeting and mention earlier ones, 我县召开会议，…已多次召开专题会议); 本周，省委、省政府密集召开会议, 接连召开
# 会议, 频繁举行会谈: a round-up of several meetings told one by one after it, none of them named here.
_REPEATED = re.compile("(?:多次|屡次|数次|接连|密集|频繁|连番)(?:召开|举行|举办)")
# 行政长官…在礼宾府主持授勋典礼: the place right before 出席/参加/主持 and a referred meeting.
_PLACE_BEFORE = re.compile(r"在(?P<loc>[^，。；,;在的]{1,20}?)$")
# A 在 right after 与/同/和/跟 (与在深赣籍企业家召开座谈会, 同在校学生座谈, 和在京工作的校友举行茶话会): it opens the noun
# phrase of the people the meeting is held with (those from or living at a place), not the venue of the meeting.
_PEOPLE_AT_PLACE = re.compile(r"(?:与|同|和|跟)在$")
# … only a venue or a city (not 第一时间, 疫情期间坚持, 会见结束后): the usual venue endings and these.
# (在警察总部主持颁奖典礼: a headquarters, HK releases; 在中央党部主持中常会: a party's headquarters, Taiwan releases)
_VENUE_EXTRA = re.compile("(?:府|宫|楼|院|所|场|会堂|大学|学校|党校|中学|小学|公司|总部|党部)$")
# … after 在 in 在…召开的…会上, where an organizer is as likely (在省委召开的, 在国务院召开的): venue
# endings that no body's name has.
# (not a bare 学院, 大学: the body of the article; not 中国科学院: an academy holds it)
_ATTRIBUTIVE_VENUE_EXTRA = re.compile("(?:机场|党校|.+(?:学校|大学|(?<!科)学院|中学|小学)|(?<!政)府|宫|楼|会场|会堂|剧场|体育场|球场|官邸)$")
_NOT_A_PLACE = re.compile("期间|时间|时候|之际|前后|以后|以来|结束|坚持|考察|上午|下午|晚上|会上|会中")
# Words of a rule (a law's article, a regulation): what shall or may be done.
_MODAL = "应当|应该|必须|可以"
_NORMATIVE = re.compile(_MODAL + "|不得")
# 这两次会议, 这几次会议: several meetings referred to together.
_COUNTED_REFERENCE = re.compile(r"(?:这|那|上述)?[两几\d一二三四五六七八九十]+次")
# A clause of a date opening a sentence (1997年3月，/ 2018年3月20日，/ 三月五日，), not 在过去的一年，.
_DATE_CLAUSE = (r"[^，。；：,;:！？\n]{0,10}?(?:\d{1,4}[年月日]|[一二三四五六七八九十]{1,3}[月日]|[○〇零一二三四五六七八九]{4}年)"
                r"[，,]")
# 昨天，…在布鲁塞尔举行的…会议，提议…: a relative day opening the sentence
_DAY_CLAUSE = r"(?:昨天|今天|前天|当天|日前|近日|最近|前不久|不久前)(?:上午|下午|晚上)?[，,]"
# 记者从市住建局获悉，/ 记者5月8日了解到：: the reporter's clause that may open a sentence before the meeting
# referred to (…获悉，近日召开的…会议提出: the meeting stays the subject of what it stated)
# (通讯员李明日前报道，…: a correspondent's report with a vague day word or none, its day word the day reported, as
# 获悉; not 新华社记者5月6日报道，…: a stated day of a report relayed is the event's, as a dateline's)
_REPORTER_SOURCE = (r"(?:(?:记者|通讯员)[^。；！？，,（）()\n]{0,40}?(?:获悉|了解到|得知|获知)"
                    r"|通讯员[^。；！？，,（）()\n\d月]{0,40}?报道(?=[，,：:]))")
_REPORTER_LEAD = r"(?:" + _REPORTER_SOURCE + r"[，,：:])?"
# Concerts are no meetings (corpus/GUIDELINES.md §3); nor, when only referred to, exhibitions,
# fairs and shows (held ones are left to the heads: the invented gold counts some fairs).
_CONCERT = re.compile("(?:音乐会|演唱会)$")
_SHOW = re.compile("(?:展览会|展览|博览会|展销会|交易会|音乐会|演唱会|汇演)$")
# A clause opening with a pronoun and 是/在 (他是校运会上的主力) says something about a person.
_PRONOUN_SUBJECT = re.compile("(?:他|她|我|你)们?(?:是|在)")
# 会议决定，… / 会议明确： the clause after a decision is what was decided; 委员长会议建议，…会议4月23日至26日
# …举行: what was proposed (a session still ahead).
_DECIDED_BEFORE = re.compile("(?:决定|同意|明确|确定|研究决定|议定|建议|提议)[，,：:]$")
_APPROVED_BEFORE = re.compile("(?:^|[，。；,;])\\s*经[^，。；,;]*$")
# 建议，/提议，: a proposal; what follows is still ahead unless the proposal is told as done.
_PROPOSAL = re.compile("(?:建议|提议)[，,：:]$")
# 根据县委提议，…召开: the proposal is the basis the clause after acted on (the meeting held on it).
_BASIS_BEFORE = re.compile("(?:^|[，。；,;])\\s*(?:根据|按照|依据|依照|遵照|应)[^，。；,;]*$")
# 召开了, 已召开, 已经举行: the verb of holding told as done (村民代表建议，村两委于4月18日召开了…).
_HELD_DONE = re.compile("(?:召开|举行|举办)了|已(?:经)?(?:于[^，。；,;]{1,12}?)?(?:召开|举行|举办)")
# Not within reach of a word of basis before (按照年度计划, 根据全年培训计划): one fixed-width look-behind per
# distance, as the engine has no variable-width ones (reach: the longest plan words seen, 年度教育培训工作).
_BASIS_REACH = 8
_NOT_AFTER_BASIS = "".join(
    f"(?<!(?:按照|根据|依据|依照|遵照|对照)[^，。；,;]{{{k}}})(?<!按[^，。；,;照]{{{k + 1}}})" for k in range(_BASIS_REACH + 1))
# What a subject that plans ends in, right before the verb 计划 (市教育局计划, 我们计划, 今年还计划, or the clause's start):
# 计划 is surely the verb there.
_PLAN_SUBJECT = ("(?:^|(?<=[\\s，。；：,;:、（(局委府部厅院校司会镇乡村道区县市省州里们方团心组站所队社馆室处办国军署盟行厂园"
                 "协联店科系班我你他她它还也原已都均另亦仍正早暂初将年月日周期步前后底内再又并则就曾目今现拟在共]))")
# After any other subject (江城大学计划, 县人大计划, 主办单位计划, or a programme's name: 春蕾计划) 计划 stays the verb of a plan
# before a period or no time (计划于6月上旬召开, 计划于近期召开, 计划6月召开); only before a stated day may it end a
# programme's name (春蕾计划5月8日召开…), which the day decides: on or before the publication date a programme's meeting
# held, after it a plan (_PLAN_DAY, read where the meeting's day is known). A programme visibly named (该计划,
# “英才计划”) is read by the day alone.
_DAY_AFTER_PLAN = DATE_NUMBER + "月" + DATE_NUMBER + "[日号]"
_BARE_PLAN_SUBJECT = "(?<![该此本”」》])(?<!这一)(?<!上述)"
# (计划于5月20日在图书馆举办…: the venue may stand between the day and the verb)
_PLAN_DAY_TAIL = "(?:上午|下午|晚上)?(?:在[^，。；,;]{1,20}?)?(?:召开|举行|举办)"
_PLAN_DAY = re.compile("计划(?:于|在)?" + _DAY_AFTER_PLAN + _PLAN_DAY_TAIL)
# On a page with no publication date the day cannot tell a programme's meeting held from a plan: 计划于 with its 于 is
# read as the verb there (第五届数字经济论坛计划于3月15日在滨江举行: a plan, GUIDELINES §3), in the meeting's own clause
# (not 县委召开常委会，研究计划于5月20日举办的…: the meeting held before the plan it dealt with).
# (not 按计划于3月15日在滨江举行, 按照年度计划于…召开, 根据工作计划于…举办: the plan followed, the meeting held)
_PLAN_ON_DAY = re.compile("(?<![按照据依如])" + _NOT_AFTER_BASIS + "计划于" + _DAY_AFTER_PLAN + _PLAN_DAY_TAIL)
# 原定于3月15日召开的…会议如期举行, 原计划上月举办的…论坛于5月8日…顺利举行, 推迟举行的…大会今天召开: a meeting once planned
# or put off, told by an attributive before its name, then held (GUIDELINES §3 eighth round): the plan is no plan of
# this clause (not …会议推迟举行, …会议延期, 将推迟至4月举行: still put off; the words of a plan after it count as ever)
_PUT_OFF_ATTRIBUTIVE = "(?:因[^，。；,;的]{1,10}?)?(?:原定|原计划|原拟|原本|推迟|延期|延迟|改期)[^，。；,;的]{0,20}?(?:召开|举行|举办)?的"
_PUT_OFF_HELD = re.compile(
    "(?P<plan>" + _PUT_OFF_ATTRIBUTIVE + ")"
    "(?![^，。；,;]*?(?:推迟|延期|延迟|改期|取消|暂停|暂缓|停办))")
# (…。3月15日上午，论坛在滨江如期举行, 论坛如期在滨江举行, 论坛在滨江顺利举行, 论坛按期举行: the planned meeting then
# told held; not 确保论坛顺利举行, 为保证会议如期召开: a purpose, the meeting still ahead)
_HELD_AS_PLANNED = re.compile("(?:如期|按期|按时|顺利|成功|隆重)[^，。；,;]{0,12}?(?:召开|举行|举办|开幕|开班)")
_HELD_AS_PLANNED_PURPOSE = re.compile("确保|保证|力争|争取|为了|要|将")
_SENTENCE_STOP = re.compile("[。！？\n]")
#: How many sentences after a plan may tell it held as planned.
HELD_AS_PLANNED_SENTENCES = 2
# 坚持, 常年, 连续多年: a habit kept up (举办), no one meeting held; also no part of the subject before it.
_HABIT_WORDS = "坚持|常年|长期|多年来|连续多年"
_PLANNED = literal_gated(re.compile(
    # (上将举行: a general's rank, not the future; 晚上将举行 is the future again)
    # (王宁将出席全省工作推进会并讲话: attending to come)
    # (甲与乙将合办…论坛, 将联合主办: a forum to be held jointly)
    # (在将军澳某酒楼举行, 在将乐县召开: 将 begins a place word)
    "(?:(?<![上中少大])|(?<=[晚马早会路]上))" + NOT_JIANG_PLACE + "将(?:于|在|出席|参加|主持|[^，。；]{0,12}?(?:召开|举行|举办|主办|合办|开幕|会见))|拟于|拟在|" + _PLAN_SUBJECT + "计划于|" + _BARE_PLAN_SUBJECT + "计划于(?!" + _DAY_AFTER_PLAN + ")|即将|预计|筹备召开|筹备举办|正在筹备|定于"
    # 可能于近期召开会议, 或将举行: speculated
    "|(?:可能|或将|有望)[^，。；]{0,8}?(?:召开|举行|举办)"
    # 呼吁尽快召开…, 希望两国总理举行正式会晤, 决定：4月20日召开…: wished for, proposed or planned
    "|(?:呼吁|建议|希望(?!工程)|打算|准备|主张|提议|决定|同意|筹划|酝酿)[^，。；]{0,12}(?:召开|举行|举办)"
    # 决定第二十五次会议于8月28日至29日召开, 同意县政协十届常委会第十一次会议于9月下旬举行: a session named, then its day
    # ahead, longer than the reach above
    # (not 经县委研究决定全县经济工作会议于5月8日召开，县委书记王强出席并讲话: a held account after it in its sentence
    # tells the decided meeting held, GUIDELINES §3 eighth round; still …召开，县委书记王强将出席: the account ahead too)
    "|(?:决定|同意)[^，。；]{2,24}?于[^，。；]{1,16}?(?:召开|举行|举办)"
    "(?!(?![^。；！？\n]*?(?:将|拟|届时|预计))[^。；！？\n]*?(?:出席|讲话|致辞|主持))"
    # 街道计划召开…, 该镇计划明年召开…: a plan (not 按年度工作计划召开, 计划生育工作会议, “春蕾计划”启动仪式;
    # nor 按照年度计划召开, 根据全年培训计划举办: the plan the meeting is held on)
    # (县里计划5月中旬召开…, 计划6月10日举行…: a month or a day named after 计划; not 依计划/如计划5月8日召开: held as
    # planned, nor 该计划5月8日举行…, “英才计划”5月8日举行…: a programme named as the subject)
    "|(?<![按照据依如该此本”」])(?<!工作)" + _NOT_AFTER_BASIS + _PLAN_SUBJECT + "计划(?:于|在)?(?:明年|今年|年内|年底|下半年|下个?月|近期"
    "|" + DATE_NUMBER + "月(?:上旬|中旬|下旬|初|底|中|末|" + DATE_NUMBER + "[日号])?(?:前后|左右)?)?(?=召开|举行|举办)"
    "|(?<![按照据依如])(?<!工作)" + _NOT_AFTER_BASIS + _BARE_PLAN_SUBJECT + "计划(?:于|在)?(?:明年|今年|年内|年底|下半年"
    "|下个?月|近期|" + DATE_NUMBER + "月(?:上旬|中旬|下旬|初|底|中|末)?(?:前后|左右)?)?(?=召开|举行|举办)"
    # 行政长官明日（五月九日）出席…, 明（9）日在…举行: tomorrow's engagements in a release
    # (not 明日之星颁奖典礼, 光明日报举办, “明日在线”论坛今日…举行: 明日 inside a name or a word)
    "|(?<![“「『\"'光聪文说表证查声阐指简鲜英透黎清昆发申标注澄分高精严])明(?:[天日]|[（(]\\d{1,2}[）)]日)(?:[（(][^（）()，。]{1,12}[）)])?(?:上午|下午|晚上|晚|早上|中午)?"
    "(?:[在于][^，。；]{1,20}?)?(?:出席|参加|主持|召开|举行|举办|开幕|会见|接见)"
    # 下周召开全县安全生产大会, 5月底前召开, 择期召开, 明年举办第二届…: a time ahead
    # (not 2024年工作总结暨明年工作会议召开, 下周工作例会: the time word inside the meeting's name)
    "|(?:下周|下个?月|明年|后年|月底前|年底前|择期|适时)(?!工作|的)[^，。；]{0,4}(?:召开|举行|举办)"
    # 定期召开民主生活会, 每周开展一次教研活动: a habit, not one meeting
    # (多年来坚持举办…活动, 常年举办书法讲座, 长期举办…: kept up over years, GUIDELINES §3 habitual ones; not 由县总工会连续
    # 多年举办的职工代表座谈会在…召开: the series described, of which today's edition is held)
    "|(?:定期|经常|每年|每月|每季度|每周|常态化|" + _HABIT_WORDS + ")(?:召开|举行|举办|开展(?:一次|一场)?)(?!的)"
    # 应当主持召开专题会议: what a rule prescribes, not a meeting held
    "|(?:" + _MODAL + "|须)[^，。；]{0,6}(?:召开|举行|举办)(?!的)"
    # 各村要于12月20日前召开村民代表大会, 会议要求各年级尽快召开家长会: a task set for a time ahead
    "|(?<![重主纲])(?:要|需要?|务必)(?:于|在)[^，。；]{0,12}?(?:召开|举行|举办)"
    # (not 按照市卫健委要求召开…: a meeting held as required; the order names those who are to hold one)
    "|要求(?:各|全体|所有|下属)[^，。；]{0,16}?(?:召开|举行|举办)"
    # 确保县政协十届四次会议顺利召开: the purpose of a task, the meeting still ahead
    "|(?:确保|保证)[^，。；]{0,30}?(?:顺利|如期|按时|圆满)(?:召开|举行|举办)"
    # 学员们学会了举办讲座, 村干部学会召开座谈会: a skill learnt, no meeting (not 市医学会举办, 学会今日举行: the body)
    "|(?:(?<=[们员部生他她我你])学会|学会了)(?:如何|怎样|怎么)?(?=召开|举行|举办)"
))
# A task set with a modal (各单位要…, 务必…): a clause joined to it by 并 is part of the task
# (各单位要在5月15日前完成自查，并在5月20日召开的…大会上作交流发言: a meeting still ahead).
_TASK_MODAL = re.compile("(?<![重主纲只需摘提])要(?![求点闻素件务])|需要?(?!求)|务必|必须|应当")
# A deadline after a date (5月12日前完成…): no day anything was held on (not 前夕, 前后, 前往).
_DEADLINE_AFTER = re.compile(r"\s*(?:之|以)?前(?![往来去进夕后])")
# After a date: from, since or before it (5月1日起施行, 3月以来, 6月30日前完成): no day something was held.
_FROM_DATE_AFTER = re.compile(r"\s*(?:起|以来|开始(?!召开|举行)|前(?![往来去进])|之前|以前|以后|之后|后|止|截止)")
# A day told as what it is (7月1日是党的104岁生日。, 5月4日为五四青年节。): a holiday's day in a sentence of its own,
# no day of the meeting told after it unless 当天/当日 ties them (GUIDELINES §3, tenth review round).
_DAY_TOLD_AS = re.compile(r"\s*(?:是|为(?=[^，。；]{0,20}?(?:节|纪念日|生日|周年)))")
# A headline about relaying a meeting's spirit (传达学习…会议精神, 学习贯彻…全会精神).
_RELAYS_IN_TITLE = re.compile("(?:传达|学习|贯彻|落实)[^，。；]{0,30}(?:会议|全会|大会)精神")
# 上次…会议, 上一次…, 前次…, 上届…: a determiner before (or opening) a meeting's name for an earlier one of its kind.
_PREVIOUS_ONE = re.compile("(?:上一?|前一?)(?:次|回|届)")
# 会前，…: a meeting held before the main one.
_BEFOREHAND = re.compile(r"\s*(?:会前|大会前|会议前|开会前)[，,]")
# 行政院发言人陈某会后在记者会上说明…: 会后 right after the subject, before the venue or the act (no comma)
# (not 市长李明在省人代会后主持…, 两会后, 全会后: after another meeting, named, with 在 before it).
_AFTER_IT_SUBJECT = re.compile(r"\s*[^，。；,;在]{2,30}?(?<![开聚集约代两全])会后(?=在|于|主持|召开|举行|又)")
# After a date that opens an account: a time of day, then a comma or the subject (6日，…; 6日上午，…; 6日县委…).
_LEAD_DATE_AFTER = re.compile(r"(?:上午|下午|晚上|晚|早上|中午)?(?:[，,]|[\u4e00-\u9fff])(?<![前起后止])")
# A byline in brackets (（记者 张三 2024年5月8日）): a date in it is the report's.
_BYLINE_BRACKET = re.compile(r"[（(](?:本报)?(?:记者|通讯员|特约记者|实习生)[^（）()]{1,40}[）)]")
# A leading clause that names another occasion's day before the account's own (根据…部署，在…之际，距离…，).
_LEAD_CLAUSE = re.compile(r"\s*(?:根据|按照|依据|在|距离?|离|围绕|趁|借|值此|正值|适逢|恰逢|迎接|喜迎|继|针对|鉴于|面对|对照|结合)")
# After a date: the day of something else than the meeting (4月20日发生的事故, 4月20日以来, 4月20日印发的通知).
_OTHER_DAY_AFTER = re.compile(r"(?:上午|下午|晚上|晚)?(?:发生|印发|下发|出台|发布|公布|以来)")
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
)
# What a meeting dealt with, before a date in a later clause of its sentence (学习…4月30日…讲话, 研究部署…).
_DEALT_WITH = re.compile("学习|传达|贯彻|研究|部署|审议|讨论|通报|听取|总结|回顾|修订|解读|落实|实施|纪念|围绕|关于|就|明确|要求")
_NEXT_DAY_HELD = re.compile(r"[，,]\s*(?P<day>次日|翌日|第二天)(?P<part>上午|下午|晚上|晚)?[^，。；]{0,30}?(?:召开|举行|举办|主持)")
# A verb of holding the meeting, or of ending it (not 会议召开后: another meeting before this one).
_OPENING_VERBS = "召开|举行|举办|开幕|揭幕|开班"
_HELD_VERB = re.compile(f"(?:{_OPENING_VERBS})(?!(?:之|以)?[后前])")
# The meeting's own verb of holding (not 召开的…: an attribute of another meeting named).
_HELD_FINITE = re.compile(f"(?:{_OPENING_VERBS})(?!(?:之|以)?[后前]|的)")
_HELD_OR_ENDED = re.compile(f"(?:{_OPENING_VERBS}|闭幕|落幕|结业|结束)(?!(?:之|以)?[后前])")
# (not 在10月1日…75周年之际, 值此…之际: on the day itself)
_OCCASION_AHEAD = re.compile("即将|前夕|到来|来临")
# A lead clause welcoming a day ahead (为迎接7月1日建党节, 喜迎5月4日青年节): the day is the occasion's, still to come.
_WELCOMING_LEAD = re.compile(r"\s*(?:为了?)?(?:迎接|喜迎)")
# A day followed by its eve or its coming (7月1日前夕, 5月1日劳动节即将到来): the meeting was held before it.
_EVE_AFTER_DATE = re.compile("(?P<gap>[^，。；,;\\d]{0,10}?)(?:前夕|即将到来|即将来临)")
# A festival named between a day and its eve (9月28日国庆前夕, 6月30日“七一”前夕, 5月8日母亲节前夕): the day is the
# meeting's, unless it is that festival's own fixed day (7月1日“七一”前夕, 10月1日国庆节即将到来).
_FESTIVAL_SOLAR_DAYS: dict[str, tuple[int, int]] = {
    **{name: (month, day) for name, (month, day, lunar) in FESTIVALS.items() if not lunar},
    **{number: FESTIVALS[name][:2] for number, name in FESTIVAL_NUMBERS.items()},
    **{short: FESTIVALS[short + "节"][:2] for short in FESTIVAL_SHORT_NAMES if not FESTIVALS[short + "节"][2]},
    **COMMEMORATIVE_DAYS,
}
_FESTIVAL_IN_GAP = re.compile(
    "|".join(sorted(set(_FESTIVAL_SOLAR_DAYS) | set(FESTIVALS) | set(FESTIVAL_SHORT_NAMES), key=len, reverse=True))
    + "|[\u4e00-\u9fff]{1,4}节"
)
_MONTH_DAY_END = re.compile(r"(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]$")
# …5月6日召开的…, 5月6日举行的…: the day of the meeting named in the clause.
_HELD_AFTER_DATE = re.compile(r"(?:上午|下午|晚上|晚)?(?:召开|举行|举办|开幕|闭幕)")
# A part of a month, a month alone or a festival's eve (本月初, 上月底, 6月上旬, 2024年5月下旬, 今年3月, 去年12月份,
# 元旦前夕, 春节前夕): a period with no day in it, kept as written (GUIDELINES §3: date null, date_text as written).
# (not 今年3月以来, 6月上旬起, 本月底前: the start or the end of a stretch of time, no time anything was held)
_PERIOD = (
    "(?:(?:本|上个?|这个?)月(?:初|底|末|中旬|上旬|下旬)"
    # (前不久, 上周, 上周末, 上个月, 年初: a recent stretch, no day; not 上周五, a day, nor 上月28日)
    "|前不久|不久前|最近(?=[，,]|召开|举行|举办)|(?:上|本|这)(?:周|星期)(?:末)?(?![一二三四五六日天])|上个?月(?![\\d一二三四五六七八九十廿卅初底末中上下份])"
    # (周末，…: a weekend leading its clause, Saturday or Sunday; not 利用周末, 周末加班)
    "|(?<![\u4e00-\u9fff])周末(?=[，,])"
    "|(?:今年)?(?:年初|年中|年底)|(?<![本上这个\\d一二三四五六七八九十])月(?:初|底)"
    "|(?<![\\d年])(?:(?:19|20)\\d{2}年|今年|去年|前年)?\\d{1,2}月(?:上旬|中旬|下旬|初|底|末)"
    "|(?:今年|去年|前年)\\d{1,2}月份?(?![\\d份日号])"
    # (a festival, 元旦, 春节, or its numbers, “七一”, 五一; a commemorative day's eve, 国家宪法日前夕, is left
    # out: tests/extract/test_dates_review_k29.py keeps no date_text for it)
    # (国庆前夕, 中秋佳节前夕: a festival's short name, 佳节 after it or not)
    "|(?:" + "|".join(sorted(FESTIVALS, key=len, reverse=True)) + "|(?:" + "|".join(FESTIVAL_SHORT_NAMES) + ")(?:佳节)?"
    + "|[“\"]?(?<![\\d一二三四五六七八九十第])(?:" + "|".join(FESTIVAL_NUMBERS) + ")[”\"]?)前夕)"
    "(?!\\s*(?:以来|以后|之后|起|开始|至|到|前|[\\-—~－～]))"
)
_PERIOD_DATE = re.compile(_PERIOD)


def _no_day(date_text: str | None) -> bool:
    """No date_text, or a period only (本月初, 七一前夕): a day stated elsewhere on the page (本次大会于6月30日上午…,
    时间：…, the headline's) still gives the meeting's date."""
    return date_text is None or _PERIOD_DATE.fullmatch(date_text) is not None


def _dated_over(meeting: dict[str, Any], told: tuple[str | None, str | None, str | None]) -> tuple[str | None, str | None, str | None]:
    """The date ``told`` elsewhere for a ``meeting`` with no day of its own: over a period (七一前夕) only when
    it gives a day."""
    if meeting["date_text"] is not None and told[0] is None:
        return meeting["date"], meeting["date_text"], meeting["time_of_day"]
    return told


def _period_of(sentence: str) -> str | None:
    """The first period in ``sentence`` that dates its meeting (see :func:`_period_of_holding`), as written."""
    return next((m.group() for m in _PERIOD_DATE.finditer(sentence) if _period_of_holding(sentence, m)), None)


# Fixed patterns of _period_of_holding.
_LEADING_THEN_AT = re.compile(r"^\s*(?:此前|当时)?[，,]?\s*(?:在|于)?")


def _period_of_holding(sentence: str, m: re.Match[str]) -> bool:
    """Whether the period ``m`` opens its clause (本月初，…召开; 在元旦前夕，) or stands in the clause that holds the
    meeting (县委于本月初召开…); not 工党自去年5月上台以来…: the time of something else told in passing."""
    start, end = clause_bounds(sentence, m.start())
    return not _LEADING_THEN_AT.sub("", sentence[start : m.start()]) \
        or _HELD_VERB.search(sentence, start, end) is not None


# Vague dates kept as date_text but never resolved (近日, 日前): the day is not stated.
# (去年底, 2023年年底, 上年末: a year's end, no month or day stated: date_text as written, date null, GUIDELINES §3)
_YEAR_END = r"(?:去年|前年|上年|(?:19|20)\d{2}年)年?(?:底|末)"
_VAGUE_DATE = re.compile("近日|日前|近期|日内|近一?段时间|" + _YEAR_END)
# Of those, a period rather than a day (近期, 近段时间): it often leads a state of things, not an act on a day.
_VAGUE_PERIOD = re.compile("近期|近一?段时间")
# The reporter's learning of the news (记者3月8日获悉, 记者日前从…大会上了解到): its day is not the meeting's.
# (one clause: a byline's 记者, （记者 王五）3月6日，…召开…，记者在会上获悉, starts none)
_ANNOUNCED = re.compile(_REPORTER_SOURCE + r"|据悉|届时")
_REPORTER_LEARNT = re.compile(_REPORTER_SOURCE + r"[，,：:]?")
# The reporter learnt it at the meeting (记者从…会议上获悉, 记者在会上了解到): the day learnt is the meeting's.
_LEARNT_AT_MEETING = re.compile(r"(?:从|在)[^，。；]{0,30}?(?:会|会议|论坛|仪式)上(?:获悉|了解到|得知|获知)")
# A day's number as DATE_NUMBER reads it, or written with 廿 or 卅 (廿八日, 卅日), as datelines and bracketed days may be.
_DAY_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
# A relative day or a weekday before a calendar date written in brackets (今日（七月一日）, 本周五（4月12日）, 周三（3月6日）,
# also 下周三（5月15日）, read from 周: a plan is told by its own words; not 每周一（…）, a habit), and the
# year that date may carry, in digits or in Chinese numerals (今日（二〇二五年十月十五日）): the written date governs.
_BRACKETED_YEAR = "(?:(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})年"
# (a weekday's brackets name the month as well: 本周五（12日） would be read against the publication month, not the week)
_DAY_BEFORE_BRACKETS = ("(?:(?:今|昨|前)[天日晚][（(](?:(?:" + _BRACKETED_YEAR + ")?" + DATE_NUMBER + "月)?"
                        "|(?:上|本|这)?(?<!每)(?:周|星期|礼拜)[一二三四五六日天][（(](?:" + _BRACKETED_YEAR + ")?" + DATE_NUMBER
                        + "月)")
# 记者3月15日从…(会议上获悉): the reporter's clause before the meeting it was learnt at, no part of its name
_REPORTER_FROM = re.compile(r"^[^，。；]{0,20}?记者[^，。；]{0,16}?从(?=[^，。；]{4})")
# A date that opens the sentence right before the reporter's clause (3月8日，记者从…获悉: the day learnt).
_DATE_THEN_REPORTER = re.compile(r"\s*(?:上午|下午|晚上)?[，,]?\s*$")
# A leading clause of purpose or sequence naming another occasion (为贯彻落实…精神，为庆祝5月12日国际护士节，
# 为确保6月30日前…, 为做好即将于5月20日召开的…工作，继…后，): any sentence-initial 为-clause up to its comma,
# not 为期两天的…, 为时…, 为主题 (a duration or a theme inside the meeting's own clause).
_LEAD_REFERENCE = re.compile(
    r"^\s*(?:为了?(?!期|时|主题)[^，。；]{2,60}?|继[^，。；]{2,60}?(?:之后|以后|后))[，,]"
)
# An outlet's own dateline opening an organizer: 本报北京5月20日讯, 本网讯, 通讯员讯, and 本报北京5月7日电 or
# 本报北京电（记者…）, where 电 needs a date or a place before it and a gap after (本台电视新闻中心, 本刊电子编辑部
# and 本站电务车间 are bodies: 电 begins a word there).
_OWN_DATELINE = re.compile(
    r"^(?:本(?:报|网|台|站|刊)[^，。\s]{0,12}?讯|本(?:报|网|台|站|刊)[^，。\s]{0,6}?"
    rf"(?:{DATE_NUMBER}月{_DAY_NUMBER}日电|[^，。\s\d]电(?=[\s　（(]))"
    r"|(?:通讯员|[^，。\s]{2,8}网)讯)[\s　]*"
)
# Another meeting held in the rest of a sentence after a leading 为-clause (…，5月7日，县委召开…): a verb of
# holding, not an attribute (召开的…) nor a noun (开班动员大会, 开幕式: 开班 and 开幕 left out).
_HELD_IN_REST = re.compile(r"(?:召开|举行|举办)(?!(?:之|以)?[后前]|的)")
# A purpose run into the account with no comma (为做好今年防汛工作5月7日上午县政府在…召开…会议): the 为-phrase
# up to the first date, which must open the account (checked by the caller).
_PURPOSE_BEFORE_DATE = re.compile(r"^\s*为了?[^，。；]{2,30}?(?=\d{1,2}月\d{1,2}日)")
# The agent written between that date and its verb (5月7日上午县政府在…召开): with none (为民服务中心5月7日召开…),
# the 为-phrase before the date is the agent itself, a body's name.
_AGENT_AFTER_DAY = re.compile(r"(?:上午|下午|晚上|晚|早上|中午)?(?!在|于|召开|举行|举办|开班)[\u4e00-\u9fff]")
# A verb of holding with its object after it (召开全县防汛工作会议, 召开了…): the meeting is named after the verb,
# so what precedes the date is no name (…推进会5月7日在…召开 ends on its verb: the name comes first).
_HELD_WITH_OBJECT = re.compile(f"(?:{_OPENING_VERBS})了?(?!(?:之|以)?[后前]|的)[^，。；\\s]")
#: How far back (characters of clean text) the day named last before a meeting's sentence is looked for
#: (当日/次日/前一天 count from it): a paragraph or two, the reach the same-day rule was written with.
CONTEXT_BEFORE_CHARS = 300
# The 电 or 讯 right after a date: the date is a dateline's (新华社南京3月5日电, 本报上海10月30日讯), also with the
# city after the date (江城日报网5月21日江城讯, 央广网3月2日北京消息: as _DATED_DATELINE reads them).
_DATELINE_AFTER_DATE = re.compile(r"\s*(?:电|讯|[\u4e00-\u9fff]{1,4}(?:讯|消息)(?=[\s　（(：:]))")
# A full date set off by a closing bracket or a space before a relative day that opens the account ((2026年8月12日）前天，…
# 召开, 2026年8月12日 昨天上午，…): the report's own date line, the day word read against it like a dateline's.
_DATE_LINE_BEFORE_DAY = re.compile(r"(?:[）)][ 　]*|[ 　]+)(?=(?:今天|今日|昨天|昨日|前天)(?:上午|下午|晚上)?[，,])")
#: A sentence that a relative day is read in must hold this many characters beyond the day (a bare 今天
#: passed on its own cannot be placed in the text); a clause of holding is longer than that.
MIN_SENTENCE_BEYOND_DAY = 4
#: A vague date this close after a dateline (新华社北京1月8日电（记者 王某） 近日，…) opens the report.
DATELINE_GAP = 24
# 由市委宣传部主办的第三届…颁奖典礼: the agent of 主办 is the organizer, not part of the name.
# (由上海市法学会主办，我校法学院承办的…: the host in the clause before)
_HOST_BEFORE = re.compile(r"由(?P<org>[^，。；,;的]{2,30}?)(?:联合主办|共同主办|主办)[，,]\s*$")
# (由西华大学材料学院主办、国家重点实验室协办的…论坛: the organizer is the one who hosts, not who helps)
# 县委宣传部指导、, 省商务厅支持、, 他本人倡议并由: a body that guides, backs or proposed a meeting, listed before
# the one that hosts it (GUIDELINES §3: the organizer is who hosts, not who helps); greedy, to the last one
_BACKER_BEFORE_HOST = re.compile(r"^[^，。；]{2,40}(?:指导|支持|倡议|发起)(?:并?由|[、，,]\s*)(?=[^，。；]{2})")
# (由东山村党支部组织召开的村民代表大会: the agent who organized and held it)
# (由市科协主办，某公司协办的…: a helper after the host's clause, like 承办; not the 协 of 市政协, 科协 before 办)
# (由省物流与采购联合会主办、省交通运输厅指导的…: a body that guides or assists is a helper too; so is a sponsor:
# 由澳门书法家协会主办、文化局赞助的…颁奖礼)
_HOSTED_BY = re.compile(r"^(?:由)?(?P<org>[^，。；,;的]{2,30}?)(?P<verb>(?:联合|共同)(?:主办|举办)|合办|主办|举办|承办|(?<![政科])协办"
                        r"|组织(?:召开|举办|举行)?|指导|支持|协助)"
                        r"(?:[、，,][^，。；,;的]{2,30}?(?:协办|承办|支持|联合承办|指导|协助|赞助))?的(?P<name>.+)$")
# 指导, 支持, 协助 name a helper only after the host's own clause (由甲主办，乙指导的…)
_BACKING_VERBS = ("指导", "支持", "协助")
# Verbs of those who help hold a meeting (由…承办的, 协办, and the backers): no organizer (GUIDELINES §3).
_HELPER_VERBS = ("承办", "协办", *_BACKING_VERBS)
# 由中国人民外交学会举行的欢迎宴会: the agent of a passive 举行/召开 after 由 (only with 由: 在北京举行的… names a place).
_HELD_BY_AGENT = re.compile(r"^由(?P<org>[^，。；,;的]{2,30}?)(?P<verb>举行|召开)的(?P<name>.+)$")
# Two days of a month in a row listed under one 日 (15、16日), the second one after the first.
_DAYS_IN_A_ROW = "(?:" + "|".join(f"{d}、{d + 1}" for d in range(30, 0, -1)) + ")"
# A day of the month in brackets: （15）, （二十五）, （廿八）
_DAY_IN_BRACKETS = r"[（(](?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)[）)]"
# 今（15）日, 昨（14）天, 今（28）晚: a relative day with its day of the month in brackets (the Taiwan style), then 日
# or 天 or a time of day left to follow, tried in that order
# A Republic-of-China year of 100-149 in Chinese numerals, spelt (一百一十三) or digit by digit (一一三), with its era
# word if written (中华民国, 民国)
_ROC_CN_YEAR = r"(?:(?:中华)?民国)?(?:一百(?:[零〇○][一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?)?|一[〇○零一二三四][〇○零一二三四五六七八九])"
_TAIWAN_DAY = f"(?:今|昨|前){_DAY_IN_BRACKETS}(?:日|天|(?=晚|早|晨))"
_DATE = literal_gated(re.compile(
    # 今日（七月一日）, 今晚（七月一日）: a relative day with the calendar date written in brackets after it (HK
    # releases); the written date governs (GUIDELINES §3)
    # (今日（9日）, 今日（九日）: the day of the month alone in the brackets, HK and Macau government releases)
    # (本周五（4月12日）, 上周五（2024年4月12日）: a weekday with its date; 今日（二〇二五年十月十五日）: the year in numerals)
    rf"{_DAY_BEFORE_BRACKETS}{_DAY_NUMBER}日[）)]|"
    # (大前天: three days before, not 前天 inside it)
    r"大前天|"
    # 【5.8】支部召开…: a month and a day with a dot, only alone in a headline's brackets (no decimal number), or
    # the whole text (the day read again)
    r"(?<=【)\d{1,2}\.\d{1,2}(?=】)|^\d{1,2}\.\d{1,2}$|"
    # 5.20下午，… / 市政府5/20（三）上午于…: a month and a day with a dot or a slash (WeChat posts, Taiwan releases)
    # only right before a time of day or a bracketed weekday, where no decimal number or fraction stands
    r"(?<![\d.．/／])(?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])(?=[（(][一二三四五六日][）)]|上午|下午|晚上)|"
    r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?!\d)|(?:(?:19|20)\d{2}年)?(?:\d{1,2}|元)月\d{1,2}号"
    # (113年3月5日至7日: a Republic-of-China date, a range of days too)
    r"|(?:民国)?1[0-4]\d年\d{1,2}月\d{1,2}日(?:[至到\-—~－～](?:\d{1,2}月)?\d{1,2}日)?|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日?[至到\-—~－～](?:(?:(?:19|20)\d{2}年)?\d{1,2}月)?\d{1,2}日"
    # (5月8日、9日: two days listed, kept whole as the range is; 5月8、9日: the days sharing one 日)
    r"|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:、\d{1,2}日)+|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}(?:、\d{1,2})+日"
    r"|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日"
    r"|(?:(?:19|20)\d{2} ?年 ?)?(?:\d{1,2}|元) ?月 ?\d{1,2} ?日|(?:今|昨|前)[天日]"
    # 10日至11日, 10—12日: a range of days of one month
    r"|(?<![\d月])\d{1,2}日?[至到\-—~－～]\d{1,2}日"
    # 15、16日: two days in a row sharing one 日 (not 1、12日: an item number before a day)
    f"|(?<![\\d月、]){_DAYS_IN_A_ROW}日"
    r"|(?<![\d月])\d{1,2}日"
    # 昨（二十五日）晚, 今（8日）: the day of the month written in brackets after 今/昨 (Macau and HK papers)
    r"|(?:今|昨|前)[（(](?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日[）)]"
    # (今（十二月十九）日, 今（12月19）日: Macau releases put the month in the brackets too)
    r"|(?:今|昨|前)[（(](?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)[）)]日"
    # 今（15）日, 今（15）天, 今（28）晚: the Taiwan style; 本（15）日 and a bare （15）日 take 日 only (本（15）天 is none)
    f"|{_TAIWAN_DAY}|本?{_DAY_IN_BRACKETS}日"
    r"|(?:本|上个?)月\d{1,2}日|上个?月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日(?![至到\-—~－～])|(?:本|上)[（(]\d{1,2}[）)]月\d{1,2}日|本月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日(?![至到\-—~－～])"
    # (三月五日至七日, 二〇二四年五月八日至十日: a range in Chinese numerals, kept whole)
    # (中华民国一百一十三年三月五日, 一一三年三月五日: a Republic-of-China year in Chinese numerals, tried first)
    rf"|(?:{_ROC_CN_YEAR}年|[一二三四五六七八九十○〇零]{{2,4}}年)?[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日"
    r"(?:[至到\-—~－～](?:[一二三四五六七八九十]{1,2}月)?[一二三四五六七八九十]{1,3}日)?"
    r"|(?:今|昨)(?=[于在举召开晚午早晨])"
    # 前晚，… / 市卫健委前晚召开 / 某某商会前晚在…举行: the evening two days before, standing where 昨晚 stands (at a
    # clause start or after the subject; not 目前晚稻…, 提前晚…, 此前晚…, 三天前晚上, 开幕前晚: there 前 ends a word)
    r"|(?<![目提之此以日年月周天久空史当眼面跟向超事生战从先早前幕赛式考婚])前(?=晚(?:[，,在于]|召开|举行|举办|\d|[一二三四五六七八九十]{1,2}[时点]))"
    # 日前 as a word, leading the clause or after the subject (日前，…; 县委日前召开); not the tail of a day's
    # name before 前夕/前后 or 前，(国际禁毒日前夕, 全国助残日前后, 世界环境日前，…召开)
    r"|近日|(?<![\u4e00-\u9fff])日前(?![夕后])|日前(?![夕后，,])"
    # 去年底，…召开 / 去年底召开的…: a year's end leading the clause or right before the verb (not 截至去年底, 到2023年底, a
    # cutoff or a deadline; not 去年底以来, 2023年底前)
    rf"|(?<!截至)(?<!截止)(?<![到至止])(?:{_YEAR_END})(?=[，,]|(?:在[^，。；]{{2,20}}?)?(?:召开|举行|举办))"
    r"|(?:上|本|这)(?:周|星期|礼拜)[一二三四五六日天]"
    # 近期，… / 近段时间，…: a vague day leading its sentence (not 部署近期工作, a matter dealt with, nor
    # 会议要求，近期，各地要…, the time of what was asked)
    r"|(?:(?<=[。）)】\s])|^)(?:近期|近段时间|近一段时间)(?=[，,])"
    r"|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}号"
    # 17号上午, 星期五下午: a day or weekday alone only right before a time of day, the venue or the verb
    # (not 3号楼, 1号文件, 下周五; a weekday before 主持 too: 县委书记王强周三主持召开…)
    r"|(?<![\d月])\d{1,2}号(?=上午|下午|晚|在|于|召开|举行|举办)|(?:^|(?<=[，,。]))\d{1,2}号(?=[，,])"
    r"|(?<![上本这下每个逢])(?:周|星期|礼拜)[一二三四五六日天](?=上午|下午|晚|在|于|召开|举行|举办|主持|[，,])"
    # 在三十日召开的…: a day of the month in Chinese numerals after 在/于 or a clause start
    # 十日至十二日: a range in Chinese numerals
    # (after a byline's bracket too: 本报讯（记者 张某）一日上午，…; 廿八日, 卅日)
    r"|(?:(?<=[在于，,）)】])|^)(?:本月)?(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日?至(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日"
    r"|(?:(?<=[在于，,）)】])|^)(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)日(?=[上下晚]|召开|举行|举办|在|，|,)"
    # 台北市政府三日上午举行: a day right after an organization's name, before a time of day
    r"|(?<=[府委会局院校司部厅处办馆])[一二三四五六七八九]日(?=上午|下午|晚上|召开|举行|举办)"
    # …大会二十八日下午在…: a Chinese day of two or three characters anywhere, right before a time of day,
    # the venue or the verb
    r"|(?<![一二三四五六七八九十月○〇零])(?:[一二三]十[一二三四五六七八九]?|十[一二三四五六七八九])日(?=上午|下午|晚|在|于|召开|举行|举办|开幕|闭幕)"
))
# 今天(10月15日), 今晚（七月一日）: the date in brackets, which is the one read
_TODAY_BRACKETED = re.compile(
    rf"(?={_DAY_BEFORE_BRACKETS}{_DAY_NUMBER}日[）)])[^（(]+[（(](?P<date>(?:(?:{_BRACKETED_YEAR})?{DATE_NUMBER}月)?{_DAY_NUMBER}日)[）)]"
)
# (今日（九日）: the day of the month inside those brackets)
_BRACKETED_DAY = re.compile(r"[\d一二三四五六七八九十廿卅]{1,3}日")
_WEEKDAY_REF = re.compile(r"(?P<w>上|本|这)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天])")
_PRIOR_YEAR = re.compile("(?:去年|前年)$")
_YEAR_PLANNED = re.compile(r"(?:部署|谋划|安排)((?:19|20)\d{2})年")
# The verbs of summing up a period (总结2023年工作, 回顾2023年): shared by the year summed beside a year planned and the
# year reported on (_YEAR_REPORTED), so both read the same look back.
_SUMMING_UP = "总结|回顾"
_YEAR_SUMMED = re.compile(r"(?:" + _SUMMING_UP + r")((?:19|20)\d{2})年")
# (早在2019年，我市就…: a year told as history, earlier than the report)
_RECALLED_BEFORE = re.compile("(?:巩固|拓展|纪念|延续)[^，。；]{0,4}$|早在$")
# 2018年，该镇首次引进葡萄种植，如今已成为支柱产业: a year set against today later in its sentence, the past of the
# story; not the report's year (GUIDELINES §3: a sentence about an earlier year's history is background).
_THEN_AND_NOW = re.compile("[^。！？\n]*?[，,；;](?:而|并且?|现)?(?:如今|现如今|而今|时至今日)")
_SPAN_AROUND = re.compile(r"(?:年)?\s*[—\-–~至到]\s*(?:19|20)\d{2}")
# (2019-2021年“两优一先”表彰: a span's end is its last year reviewed; 2025年—2027年…行动方案: a plan ahead)
_PLAN_AFTER = re.compile("[^，。；]{0,16}?(?:规划|方案|计划|行动|纲要)")
_SPAN_BEFORE = re.compile(r"(?:19|20)\d{2}年?\s*[—\-–~至到]\s*$")
_SINCE_BEFORE = re.compile("[从自于]$")
# 2022年以来, 确保2025年底前, 1949年入党的老党员: a period, a deadline, a life's event; not the year of the report.
_NOT_THE_YEAR_AFTER = re.compile(
    # (2025年前完成: before that year; not 2024年前三季度, 前5个月, 前半年: the first part of it)
    r"(?:底|末)?前(?![一二三四五六七八九十两几\d]|半)|(?:底|末|初)?(?:以来|之前|以前|起|至今|到期)"
    # (书记甲1993年曾在外省任职, 1931年出生: a life's events)
    "|曾(?:在|任|经|担任|是|获)|就任|任职(?!仪式|典礼)|毕业(?:于|后|时)|出生|生于"
    "|(?:入党|出生|参加工作|参军|入伍|退休|去世|逝世|成立|创办|创建|建成)(?=的|，|,|。|后|以来|时|并)"
    # (张某1931年5月12日在北京逝世, 1931年5月出生于…: a birth or a death, its day and place between)
    "|" + LIFE_EVENT_AFTER_YEAR)
_CN_YEAR = re.compile("([一二][〇○零一二三四五六七八九]{3})年")
# A clause about the future: its year is no evidence of the report's own.
# (会议提出到2005年…: a target year)
# (not 明确2024年工作目标, 力争2024年…: the current year's aims)
_FUTURE_CLAUSE = re.compile(r"到期|到(?=(?:19|20)\d{2}年(?!底|末))")
# A target or a plan before a year (力争2027年…, 至2035年建成, 备战2028年奥运会, 团市委将在2026年培养…, 预计2026年…,
# 届时2027年全运会), in the year's clause or an earlier clause of its sentence: a year ahead, no evidence of the
# report's own year (not 截至1997年底, 1930年至1931年: a stock, a span; not 要求/要: 会议要求，2024年要在…取得突破,
# nor 1998年宗教界将…: the current year's work; but 争取在1998年内完成 is a target like the others).
_TARGET_BEFORE_YEAR = re.compile("(?:(?<![截直年\\d])至|力争|争取|确保|预计|计划于?|将于?|拟于?|备战|筹备|申办)$")
_FUTURE_IN_SENTENCE = re.compile("(?<![即必])" + NOT_JIANG_PLACE + "将(?![军领士帅来近])|预计|届时|力争|争取|拟(?:于|在|将)")
# 比2022年增长, 较1996年下降, 与2019年相比: a comparison's base year, always before the report's own
_BASE_BEFORE_YEAR = re.compile("(?:比|较|与|同)$")
# 1996年从某厂下岗的王某, 2019年从部队转业: a person's past move, no year of the report
_PERSONAL_MOVE_AFTER_YEAR = re.compile("从[^，。；,;！？\n]{1,14}?(?:下岗|转业|退伍|退休|毕业|辞职|调[入出来到])")


def _year_ahead_or_past(text: str, start: int, end: int) -> bool:
    """Whether the year written at ``start`` (``end`` after its 年) is a target or plan ahead (see
    _FUTURE_IN_SENTENCE), a comparison's base year, or a person's past move: years that say nothing of
    when the report is."""
    if _TARGET_BEFORE_YEAR.search(text, max(0, start - 4), start) or _BASE_BEFORE_YEAR.search(text, max(0, start - 1), start):
        return True
    if _PERSONAL_MOVE_AFTER_YEAR.match(text, end):
        return True
    clause_start = clause_bounds(text, start)[0]
    if _FUTURE_IN_SENTENCE.search(text, clause_start, start):
        return True
    # (…我国将选派…，同时兼顾培养一批2000年奥运会的…: inside the action a sentence plans; not a year opening
    # its clause, the topic of what follows: …明天将分组座谈，1998年国内体育竞赛项目的发布…, 他们说，1998年宗教界将…)
    sentence_start = start_after(text, start, "。！？\n")
    return bool(text[clause_start:start].strip()) and _FUTURE_IN_SENTENCE.search(text, sentence_start, start) is not None


# 到1997年底，…已达: a stock taken after the year ended (early in the next one)
_STOCK_AT_YEAR_END = re.compile("(?:底|末)[^。；]{0,30}?已")  # (not 到2024年底完成: a deadline)
_STOCK_BEFORE = re.compile("(?:到|截至|截止到?)$")
# A cutoff a tally is told up to (截至5月6日, 截止到5月6日): in a sentence of its own it dates no meeting told next (GUIDELINES
# §3: only the day of the clause that holds the meeting counts; 当天/同日 after it still tie the meeting to that day)
_CUTOFF_BEFORE = re.compile("(?:截至|截止到?)$")
# 2023年，公司实现利润总额18.6亿元: a sentence opening with a year, then what was achieved in it (a look back, as a
# stock at the year's end is), with no target or plan in the sentence (2024年，公司力争实现…: ahead)
# (not 2024年，全县一季度完成…, 2024年，公司1-4月实现…, 2024年，全县实现良好开局: a part of the year, the current one)
# (2024年，截至目前全院共受理…, 2024年，春节期间全县共接待…: the year so far, or a period inside it)
_PART_OF_YEAR = (r"[一二三四1-4第]季度|首季|上半年|前[一二三四五六七八九十\d]{1,2}个?月|[1一][-—－~至][\d二三四五六七八九十]{1,2}月|开局|开门红|年初|以来"
                 "|截至|截止|至今|目前|期间|假期")
# (2025年，全院共受理案件6832件, 2025年全年共破获刑事案件1126起, 该监狱2025年共办理…: the year's tally of cases
# handled, work done or money paid, a look back at it as well; the year is followed at once by a comma, 全年 or the
# tally: not 2024年1月，全院共受理…, 2024年春节期间，全县共接待…, 全县2024年打击整治行动中，共破获…: a month, a holiday or
# a campaign of the year, the current one)
_YEAR_AHEAD_OR_PART = ("(?![^。；！？\n]*(?:力争|确保|目标|计划|预计|争取|要|将))(?![^。；！？\n]*(?:" + _PART_OF_YEAR + "))")
_YEAR_TALLY_VERB = "(?:受理|办理|审结|办结|执结|破获|侦破|查处|批准|提起|发放|接警|调处|调解|化解|救助|接待|诊疗|开展|举办)"
_YEAR_ACHIEVED = re.compile("[，,]" + _YEAR_AHEAD_OR_PART + "[^。；！？\n]{0,40}?(?:完成|实现|达到|取得|超额)"
                            "|(?:全年[，,]?|[，,]|(?=共计?" + _YEAR_TALLY_VERB + "))" + _YEAR_AHEAD_OR_PART
                            + "[^。；！？\n]{0,20}?(?P<tally>共计?)" + _YEAR_TALLY_VERB)
#: The longest subject of a clause before the year of its tally (该监狱2025年共办理…, 全院2025年共受理…).
TALLY_SUBJECT_MAX = 6


def _year_looked_back(text: str, year: re.Match[str]) -> bool:
    """Whether ``year`` is looked back at: it opens its sentence with what was achieved in it (2023年，公司实现…), or
    a short subject before it opens the clause of its tally (据了解，该监狱2025年共办理减刑假释案件986件)."""
    done = _YEAR_ACHIEVED.match(text, year.end())
    if done is None:
        return False
    if start_after(text, year.start(), "。！？\n") == year.start():
        return True
    subject = text[start_after(text, year.start()):year.start()]
    return done["tally"] is not None and len(subject) <= TALLY_SUBJECT_MAX and not any(ch.isdigit() for ch in subject)
# 1997年12月18日，…, 1997年12月中旬, 1997年11月以来: a month of the last quarter (not 1998年12月底前完成,
# 10月20日前: a deadline)
_LATE_MONTH_AFTER_YEAR = re.compile(r"(?:1[012]|十[一二]?)月(?:\d{1,2}日|[一二三]?十?[一二三四五六七八九十]日)?(?:上旬|中旬|下旬|底|末|初)?"
                                    r"(?!前|以前|之前|止)")
# A plan or a requirement in the clause: the date is ahead (要求1998年12月完成, 将在1998年12月20日召开).
_PLAN_IN_CLAUSE = re.compile("要求|计划|" + NOT_JIANG_PLACE + "将|力争|确保|争取|预计|拟|务必|必须|届时")


def _late_last_year(text: str, year_end: int, month: int | None) -> bool:
    """Whether the year ending at ``year_end`` is written with a month of its last quarter, outside a
    plan or a deadline, while the meeting is in the first quarter (1997年12月18日，一位外地客人… under a
    meeting on 1月3日): the events of the report's last months, so the meeting is in the year after."""
    if month is None or month > 3 or _LATE_MONTH_AFTER_YEAR.match(text, year_end) is None:
        return False
    start, end = clause_bounds(text, year_end)
    return not _FUTURE_CLAUSE.search(text, start, end) and not _PLAN_IN_CLAUSE.search(text, start, end)


# The work, plan or targets of a year named right before (１９９８年国民经济和社会发展计划, 1998年财政工作要…),
# not a report on them (2024年工作总结) nor what was achieved (2024年目标任务全面完成).
_YEAR_WORK_AFTER = re.compile(r"[^，。；\d]{0,12}?(?:工作|计划|目标|任务|预算)(?!总结|报告|情况|成绩|成效)")
# A look back, an achievement or an assessment in the clause: the year is the one reviewed (总结1997年工作,
# 全面完成, 2024年度工作目标考核会议, 年度述职评议: the year's work assessed at its end).
_YEAR_REVIEWED_CLAUSE = re.compile("总结|回顾|完成|实现|达到|超额|取得|考核|考评|述职|评议|表彰")
#: A meeting in a month from this one on that sets out next year's work is in the year before it
#: (新华社北京12月20日电 全国计划会议…提出1998年…计划 is 1997); the year-end work meetings of November and
#: December, as the own-sentence rule of :meth:`MeetingExtractor.year_from_text` has it.
YEAR_END_FROM_MONTH = 11


def _year_ahead(text: str, year: re.Match[str], month: int | None) -> bool:
    """Whether the year ``year`` (a ``YYYY年`` match in ``text``) is the one a year-end meeting (``month``
    from YEAR_END_FROM_MONTH) plans: its work or plan named after it, in a clause that reviews nothing."""
    if month is None or month < YEAR_END_FROM_MONTH or _YEAR_WORK_AFTER.match(text, year.end()) is None:
        return False
    return _YEAR_REVIEWED_CLAUSE.search(text, *clause_bounds(text, year.start())) is None


_ROC_DATE = re.compile(r"(?:民国)?1[0-4]\d年(?=\d{1,2}月)")
_ROC_CN_DATE = re.compile(rf"{_ROC_CN_YEAR}年(?=[一二三四五六七八九十]{{1,2}}月)")
# Years written in the text: 2023年, and Republic-of-China years (113年) in Taiwan articles.
_YEAR_ANY = literal_gated(re.compile(r"(?<!\d)((?:19|20)\d{2})年"))
# A multiplier, a currency or a unit right after a number: an amount (２０００亿日元), never a year.
_AMOUNT_UNIT = "亿|万|千|百|余|多|元|美元|日元|欧元|英镑|港元|港币|卢布|韩元|吨|亩"
# A year written in the meeting's sentence as its own (2019年中国…年会, 2024世界互联网大会), not a
# reviewed year (年度), a period (年以来, 年底) or a year ahead (年前, 年后).
_PLAN_BEFORE = re.compile("(?:部署|谋划|安排|规划|计划|展望|研究)[^，。；]{0,4}$")
# (not 2000亿日元, 2024万元, 1998多人: a number with its multiplier or unit is an amount, no year)
_OWN_YEAR = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})(?![\d.\-/])(?=年?[\u4e00-\u9fff])(?!" + _AMOUNT_UNIT + ")"
                       r"(?!年(?:度|以来|来|底|初|末|前|后|间|上半年|下半年|[\d一二三四五六七八九十]+月))")
_ROC_YEAR = re.compile(r"(?<![\d.])(?:民国)?(1[0-4]\d|[89]\d)年(?=度|\d{1,2}月|[^\d])")
#: Reviews (述职, 总结) of year Y held in the first half of Y+1 are dated Y+1; calibrated on
#: the tuning part of corpus/gold (述职评议 meetings from January to March).
REVIEW_NEXT_YEAR_MONTHS = 6
# (5月8日星期三上午, 5月8日周三下午: the weekday between)
# (今早, 今晨, 6月4日清晨: the morning; 6月4日傍晚, 6月4日夜, 夜间: the evening; 早 not before 些/已/就/期/日/前:
# 早些时候, 早已, 早日, 早前; 夜 not in 夜以继日; 6月4日当晚, 6月4日当天下午: the day's part after 当/当天/当日)
# (10月11日是重阳节，当天上午，…: the day named as a holiday, its part of the day told in the clause after)
_TIME_OF_DAY = re.compile(r"^(?:是[^，。；！？\s]{1,14}?(?:节|日)[，,]\s*(?=当[天日晚]))?"
                          r"[）)]?(?:（[^）]{0,6}）|\([^)]{0,6}\))?\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*(?:当天|当日|当)?"
                          r"(上午|下午|晚上|晚间|晚|早上|早晨|清晨|晨|早(?![些已就期日前])|中午|凌晨|傍晚|夜间|夜里|夜(?!以))")
_TIME_OF_DAY_CANONICAL = {
    "晚间": "晚上", "晚": "晚上", "傍晚": "晚上", "夜间": "晚上", "夜里": "晚上", "夜": "晚上",
    "早上": "上午", "早晨": "上午", "清晨": "上午", "晨": "上午", "早": "上午",
    "中午": None, "凌晨": None,  # (no canonical value: GUIDELINES §3 has 上午, 下午 and 晚上 only)
}


def _same_body(a: str | None, b: str | None) -> bool:
    """Two organizers that may be one body: one missing, or one written inside the other (中共江山县委 / 县委)."""
    if a is None or b is None:
        return True
    a, b = a.removeprefix("中共"), b.removeprefix("中共")
    return a in b or b in a


def _editions(name: str) -> dict[str, int]:
    """The editions of a name by kind (第二十八次 / 第28次 -> {次: 28}; 十三届五次 -> {届: 13, 次: 5})."""
    found = {}
    for number, kind in _EDITION_NUMBER.findall(name):
        value = parse_number(number)
        if value is not None:
            found.setdefault(kind, int(value))
    return found


# 全市中小学“青蓝工程”…仪式, 全县各学校“…”, 全区各级医院…: a scope over a class of bodies, all of them, is whom the
# event is for, no body holding it (GUIDELINES §3, organizer row: the organization that held it).
_SCOPE_OF_BODIES = re.compile(r"(?:全[国省市县区镇乡]|各)各?(?:各级|各类|[级类])?[\u4e00-\u9fff]{0,4}?"
                              r"(?:中小学|中学|小学|学校|幼儿园|高校|医院|企业|单位)")


def _not_an_organizer_prefix(org: str, rest: str) -> bool:
    """A place word before an edition that names no organizer: a congress or a committee named by its
    place (桐溪市第十五届人民代表大会…, 中国共产党桐溪市第十三次代表大会, 政协桐溪市第十届委员会…,
    桐溪市第十五届人大常委会第八次会议),
    a region or a topic (粤港澳大湾区, 中国智慧城市, 全国特色小镇), or a long phrase; nor does a scope over a class
    of bodies (全市中小学, 全县各学校)."""
    if _SCOPE_OF_BODIES.fullmatch(org):
        return True
    if not _PLACE_END.search(org):
        return False
    return bool(
        _CONGRESS.search(rest) or org.startswith(("中国共产党", "政协")) or _REGION_END.search(org)
        or (len(org) > PLACE_PREFIX_MAX and not _ZONE_FULL_NAME.fullmatch(org))
    )


# 这是继去年11月召开第一次联席会议以来的第二次…: a clause comparing the meeting with an earlier one,
# whose verb holds nothing now (read on the subject before the verb).
_SINCE_EARLIER = re.compile(r"\s*(?:这|此|本次会议|会议)?是?继")
# 党的二十届三中全会召开以来，…; 在全省两会召开前夕，…; 值此…大会隆重开幕之际，…: a period since a meeting, its eve or
# its occasion, the time of what the sentence tells: the meeting is referred to (a record, GUIDELINES §3), but the
# clause's day is not its day, and it is not the article's main meeting.
_AROUND_HOLDING = re.compile(r"[」』”]?\s*(?:以来|前夕|之际)")
# 在…召开前夕, 值此…召开之际: the opening of the time phrase, no part of the meeting's name.
_AROUND_OPENING = re.compile(r"^(?:在|值此|正值|适逢|恰逢|时值|自|自从)(?=[\u4e00-\u9fff“「]{2})")
# 自5月8日全县安全生产工作会议召开以来: a day between the opening word and the name stands inside the meeting's own
# phrase and is its day (the lead's ruling on cr9 1.17), no part of its name.
_AROUND_OPENING_DAY = re.compile(rf"^(?:在|值此|正值|适逢|恰逢|时值|自|自从)(?P<day>(?:\d{{4}}年)?{DATE_NUMBER}月{DATE_NUMBER}日"
                                 r"(?:上午|下午|晚上|晚)?)(?=[\u4e00-\u9fff“「]{2})")
# …会议胜利闭幕后，全国两会精神在我县…引起热烈反响: a meeting after which its spirit is studied or
# reacted to, the source of that spirit only (GUIDELINES §3; read after the verb of holding).
_SPIRIT_AFTER = re.compile(r"[」』”]?\s*(?:之|以)?后[，,][^。；！？]*?精神")
# 2014年12月5日，首届世界互联网大会闭幕后不久，…: a meeting referred to by its close, the clause telling what
# came after it (the clause's day is no day of the meeting; GUIDELINES §3: only a referred meeting). A plain
# 闭幕后， keeps the day: what follows a close is told on its day (5月6日，…论坛闭幕后，企业家们参观了园区).
_AFTER_ITS_CLOSE = re.compile(r"(?<=闭幕|结束)之?后不久[，,]")
# 考察期间，… / 其间，…: a clause opening on a stretch of days told before, no day of its own.
_DURING_STRETCH = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}期间|其间)[，,]")
# 会前，/ 会议召开前，/ 大会开幕前，/ 在会前召开的…上 / 活动期间，/ 其间，: a sentence opening on the time before
# or within the event just told
_BESIDE_MAIN = re.compile(r"\s*在?(?:(?:会议?|大会)(?:召开|开幕)?前(?:[，,]|召开的|举行的)|[\u4e00-\u9fff]{0,4}期间[，,]|其间[，,])")
# A span of days a trip took (吴某8月21日至24日在山西调研。): a meeting told after it was held on one of
# them, which the text does not say.
_TRIP_SPAN = re.compile(r"\d{1,2}日?[至到\-—~－]\d{1,2}日[^，。；]{0,16}?(?:调研|考察|视察|访问|检查工作)")
# A date range (8月5日至8日, 6月20日—22日).
_RANGE = re.compile("[至到\\-—~－]")
# 5月8日，大会如期召开: a meeting referred to by its bare noun as held, in a clause of its own (the
# planned meeting told before, now held).
_BACK_REFERENCE_HELD = re.compile(r"\s*(?:[^，。；,;]{1,16}?[，,]\s*)?(?P<noun>会议|大会|全会|论坛|年会)"
                                  r"(?:如期|顺利|正式|隆重|胜利)?(?:召开|举行|开幕)(?=[，。；,;！]|$)")
# 同期举办的2024国际投资论坛吸引了…, 同期举行的…高峰论坛上: an event held alongside the one told before.
_HELD_ALONGSIDE = re.compile(r"(?:同期|同时)(?:举办|举行|召开)的(?P<name>[^，。；：,;:！？\n的]{2,40}?)(?=上|中|期间|吸引|[，。；,;])")


# What a fair's or a contest's ceremony holds (主持, 致辞, 颁奖, 剪彩, 宣布…开幕, 开幕式): a body telling any of it tells
# the ceremony held; so does 出席, except at a job or sales fair (出席招聘会: a visit to the fair).
_CEREMONY_ACT_WORDS = ("主持|致辞|致词|开幕辞|闭幕辞|开幕词|闭幕词|讲话|颁奖|剪彩|宣布[^，。；]{0,12}(?:开幕|闭幕)"
                       "|开幕式|闭幕式|仪式|典礼")
_CEREMONY_TOLD = re.compile(_CEREMONY_ACT_WORDS + "|出席")
_CEREMONY_TOLD_AT_FAIR = re.compile(_CEREMONY_ACT_WORDS)
# 评出一等奖2名, 决出冠军, 为获奖选手颁发证书: prizes given at a contest, which then stands for its prize ceremony
# (GUIDELINES §3, seventh review round)
_PRIZES_GIVEN = "评出|评选出|决出|颁发"
_CEREMONY_TOLD_AT_CONTEST = re.compile(_CEREMONY_ACT_WORDS + "|" + _PRIZES_GIVEN)
# A contest or a sports meet (not a fair, a show or a festival): what stands for its prize ceremony.
# (the contest nouns and a sports meet's, shared by _CONTEST, _CONTEST_WORD and _FAIR)
_CONTEST_NOUNS = "比赛|大赛|竞赛|决赛|总决赛|联赛|锦标赛|选拔赛|挑战赛"
_SPORTS_MEET = "运动会|运动大会|[运奥]会"
_CONTEST = re.compile("(?:" + _CONTEST_NOUNS + "|" + _SPORTS_MEET + ")[”」』]?$")
#: How far (characters) from a contest held the body may tell its prizes given or remarks made there.
CONTEST_CEREMONY_WINDOW = 400
# 赛后, 比赛结束后，, 赛事结束后: a sentence opening on the time after a contest (the ceremony held then takes its day).
_AFTER_CONTEST = re.compile(r"\s*(?:赛后|(?:比赛|赛事|决赛|竞赛|全部比赛)结束后)[，,]?")
# A contest named anywhere in a sentence (马拉松 and 赛 words, 运动会): the contest a 赛后 sentence follows.
_CONTEST_WORD = re.compile("马拉松|" + _CONTEST_NOUNS + "|邀请赛|" + _SPORTS_MEET + "|赛事")
# The day of a contest told held (5月8日上午，江城马拉松鸣枪开跑; 比赛于5月8日举行), not a day things run from or up to
# (自4月1日起接受报名, 5月1日前报名, 报名截止日期为4月30日).
_CONTEST_HELD_DAY = re.compile(rf"{DATE_NUMBER}日(?!起|前|截止|开始)[^。；]{{0,40}}?"
                               "(?:开跑|鸣枪|开赛|开打|打响|举行|举办|开幕|进行|落幕|收官|闭幕|结束|决出)")
# 开幕式在县体育中心举行 after 5月8日，第十届江城运动会开幕。: a bare opening or closing ceremony takes the day of the
# sentence just before that tells its event opened or closed.
_BARE_RITE = re.compile("(?P<kind>开幕|闭幕)(?:式|典礼|仪式)")
_RITE_TOLD = {"开幕": re.compile("开幕|开班|开营|开园|启幕"), "闭幕": re.compile("闭幕|结业|闭营|落幕")}
#: How many sentences back a 赛后 ceremony may find the contest's day.
CONTEST_DAY_REACH = 5
# 庭审结束后，县法院随即召开座谈会 after 4月16日上午，…观摩…庭审。: a 座谈会 held 随即/随后 right after a dated act takes
# that act's day and part of the day (GUIDELINES §3 thirteenth review round), the nearest dated sentence before that
# names the act, across a paragraph break (the act in the sentence just before is read with that sentence's day).
_AFTER_ACT = re.compile(r"\s*(?P<act>[\u4e00-\u9fff]{2,4}?)(?:活动)?(?:结束|完毕)之?后[，,]\s*[^，。；]{0,12}?(?:随即|随后|立即)")


# A job fair or a sales fair (招聘会, 双选会, 供需见面会, 展销会).
_JOB_OR_SALES_FAIR = re.compile("(?:招聘会|双选会|供需见面会|展销会)[”」』]?$")


def _fair_only(name: str) -> bool:
    """A fair, show, contest or festival, not joined to a meeting (…论坛及博览会 holds a forum)."""
    bare = name.rstrip("”」』")  # (第一届“…经贸洽谈会”: a quote mark closing the name)
    return _FAIR.search(bare) is not None and not _JOINED_MEETING.search(name)


# 纪念活动, 庆祝活动, 狂欢活动, 宣传活动, 演出活动: 活动 names no meeting unless a meeting word is in the name
# (颁奖活动, 表彰活动, 研讨活动, 示范党课活动, 组织生活会暨民主评议党员活动, 重点项目集中开工活动: a ceremony of works
# started; 主题党日活动 and the Youth League's 主题团日活动 are heads of their own).
_ACTIVITY_ONLY = re.compile("(?<!党日|团日)活动$")
# 单身青年联谊活动, 青年交友活动: a mixer told as an activity is no meeting even with its attendance stated (GUIDELINES §3
# thirteenth review round); a 联谊会 held as an event is one, like a 茶话会.
_MIXER_ACTIVITY = re.compile("(?:联谊|交友|相亲)活动$")
_MEETING_WORD_IN_ACTIVITY = re.compile("(?<![社机学])会(?![计员费长])|仪式|典礼|论坛|座谈|讲座|党课|团课|颁奖|颁发|颁授|表彰|表扬|授勋|授牌"
                                       "|揭牌|研讨|观摩|述职|报告|宣讲|签约|签字|开工|开幕|闭幕|开班|结业|茶话|联欢|讲堂|沙龙")


# 检阅了…会操后致辞, 后发表讲话: remarks the reviewer makes at the parade after reviewing it.
_REMARKS_AFTER_REVIEW = "(?:发表|作|进行)?了?(?:讲话|致辞)"


# What a gathering named by 活动 holds when it is a ceremony (GUIDELINES §3: ceremonies and commendation events):
# someone hosts, speaks or confers honours at it.
_ACTIVITY_PROGRAMME = re.compile("主持|致辞|致词|讲话|颁奖|颁发|颁授|表彰|表扬|授牌")


# What a festival's celebration holds when it is a commendation event (GUIDELINES §3): honours conferred at it (remarks
# alone tell the festival, no ceremony: §3, festivals are no meetings).
_HONOURS_PROGRAMME = re.compile("颁奖|颁发|颁授|表彰|表扬|授牌")


def _activity_programme(doc: Document, sentences: list[Sentence], index: int, programme: re.Pattern = _ACTIVITY_PROGRAMME) -> bool:
    """The sentence at ``index`` or the next one in its paragraph tells a programme (主持, 致辞, 颁发…)."""
    told = sentences[index].text
    if index + 1 < len(sentences) and "\n" not in doc.clean_text[sentences[index].end : sentences[index + 1].start]:
        told += sentences[index + 1].text
    return programme.search(told) is not None


def _activity_only(name: str, after: str) -> bool:
    """``name`` ends in 活动 and holds no meeting word (…周年纪念活动, not 年度颁奖活动), nor is a meeting
    joined to it by 暨 in ``after``, the text right after the name (…敬师活动暨优良教师表扬大会)."""
    return _ACTIVITY_ONLY.search(name.rstrip("”」』")) is not None \
        and _MEETING_WORD_IN_ACTIVITY.search(_BODY_ENDING_IN_HUI.sub("、", name)) is None \
        and not after.lstrip("”」』").startswith("暨")


# The subject's own plan in a clause before (将于5月15日率团…，出席…; 即将赴北京，出席…; not 即将卸任的校长…
# 出席: a person described, nor 即将到来之际: a holiday ahead).
_PLAN_GOES_ON = re.compile("(?<!即)将(?:于|在|赴|率|前往)|即将(?!卸任|离任|退休|到来|来临|毕业|结束|届满)|预计|拟于|拟在|拟赴|计划于|定于")


# (a clause opening on attending or on 并; matched at the clause's start, not on a copy of the rest of the text)
_ATTENDING_OPENS = re.compile(r"\s*(?:并|随后|还将|将)?(?:出席|参加|主持)")
_AND_OPENS = re.compile(r"\s*并")


# The kinds of match that read a meeting by its verb of holding (召开…, …举行, …召开的…).
_HOLDING_KINDS = ("active", "passive", "bare", "attributive", "clause")


def _sitting_in(statement: str) -> bool:
    """Whether an attendance ``statement`` counts those sitting in (列席) only, not those present (出席)."""
    return "列席" in statement and "出席" not in statement


def _planned_in(text: str, start: int, end: int) -> bool:
    """A planning word (将于, 拟, 决定召开…) or a repetition (曾多次举办…) in the clause of
    ``text[start:end]``, up to its end."""
    clause_start = start_after(text, start)
    decided = _DECIDED_BEFORE.search(text, max(0, clause_start - 12), clause_start)
    if decided and _PROPOSAL.search(decided.group()) and (
            _BASIS_BEFORE.search(text, 0, decided.start()) or _HELD_DONE.search(text, *clause_bounds(text, start))):
        decided = None  # (根据县委提议，县人大常委会4月19日召开…; 建议，…召开了…: the meeting held, not proposed)
    if decided and not _APPROVED_BEFORE.search(text, 0, decided.start()):
        return True  # 会议决定，下周召开…: what the meeting decided on (not 经…研究决定，…于4月10日召开: approved, then held)
    if _ATTENDING_OPENS.match(text, clause_start):
        # 行政长官将于5月15日率团前往北京，出席「…全体会议」: the subject's plan goes on in this clause
        sentence_start = start_after(text, clause_start, "。；;！？\n")
        if _PLAN_GOES_ON.search(text, sentence_start, clause_start):
            return True
    if _AND_OPENS.match(text, clause_start):
        # 各单位要…，并在5月20日召开的…大会上…: the modal of the clause before governs this one
        previous = start_after(text, clause_start - 1)
        if _TASK_MODAL.search(text, previous, clause_start):
            return True
    put_off = _PUT_OFF_HELD.search(text, clause_start, clause_bounds(text, start)[1])
    return any(clause_start <= p.start() < end and not (put_off and put_off.start() <= p.start() < put_off.end("plan"))
               for pattern in (_PLANNED, _REPEATED, _NOT_HELD) for p in pattern.finditer(text))




def _planned_before(doc_text: str, sentences: list[Sentence], index: int, at: int, title: str = "") -> bool:
    """A back-reference at ``at`` in ``sentences[index]`` whose meeting was told as planned just before:
    in the same sentence before it (决定于4月12日召开…，会议由…主持) or in the sentence before, within the
    same paragraph (县委定于4月8日召开县委全会。全会由…主持). The reference inherits the planned status
    (GUIDELINES §3: planned events are no meetings)."""
    text = sentences[index].text
    clause = start_after(text, at)
    if not (back := BACK_REFERENCE.match(text, clause)):
        return False
    planned = PLANNED_HOLDING.search(text, 0, clause)
    if planned:
        return not _held_first(text, planned.start())
    if index == 0 or clause > 0 and _HELD_VERB.search(text, 0, clause):
        return False
    before = sentences[index - 1]
    planned = PLANNED_HOLDING.search(before.text)
    if planned is None or "\n" in doc_text[before.end : sentences[index].start]:
        return _planned_in_title(sentences, index, back["noun"], title)
    return not _held_first(before.text, planned.start())


def _planned_in_title(sentences: list[Sentence], index: int, noun: str, title: str) -> bool:
    """A headline that tells the meeting planned (第五届数字经济论坛计划于3月15日在滨江举行) above a body that only refers
    to it (论坛由市政府主办，将邀请…), no meeting told held before the reference: the planned one (GUIDELINES §3 eighth
    round)."""
    title = title.strip()
    planned = PLANNED_HOLDING.search(title) if title and noun in title else None
    if planned is None or _held_first(title, planned.start()):
        return False
    return not any(_HELD_FINITE.search(s.text) for s in sentences[:index] if s.text.strip() != title)


def _held_first(text: str, planning: int) -> bool:
    """A meeting held (not planned) before the planning word at ``planning`` (市科协召开会议，决定于5月20日
    举办…论坛。会议由…主持): a back-reference after them points to the meeting held."""
    held = _HELD_FINITE.search(text, 0, planning)
    return held is not None and not _planned_in(text, held.start(), held.end())


# Kinds of event that a report names beside its main meeting as events of their own.
# 同来华进行国事访问的俄罗斯总统普京举行会谈: the verb of the guest's visit read as the holding verb, the
# visit and the guest then taken into the name; the talks after the last holding verb are the event.
_TALKS_AFTER_VISIT = re.compile(r"^[^，。；]+?(?:举行|进行)了?(?=(?:会谈|会晤)$)")
# 正在德国进行正式访问的国务院总理温某3日在柏林同…: a visit clause with its traveller before the venue of the
# talks (what is left before the last 在 names the country visited, not where the talks were held).
_VISIT_BEFORE_VENUE = re.compile(r"^[^，。；,;在]{1,20}?(?:进行)?[^，。；,;在]{0,8}?访问的[^，。；,;]{2,30}?在(?=[^，。；,;在]{2})")
_TALKS_VENUE_AFTER_VISIT = re.compile(r"^[^，。；,;在]{0,12}?访问的[^，。；,;在]{2,30}?在(?P<loc>[^，。；,;在同与跟]{2,20}?)(?:同|与|跟)")
_SEPARATE_EVENT_HEADS = frozenset({"记者招待会", "新闻发布会", "记者会", "发布会", "新闻发布", "会谈", "会晤"})
# ■ 6月24日下午，县长…出席签约仪式: a sentence or roundup item that opens with its own day and tells an official attending
# a meeting referred to by its noun (GUIDELINES §3, a meeting referred to; several events, each its own record).
# (同日下午，局长某某主持…工作小组会议: the same day as the event told before, at another part of it, a meeting chaired)
_ATTENDED_ON_OWN_DAY = literal_gated(re.compile(r"(?:^|(?<=[\n。！；]))\s*[■●◆▲★·•]*\s*(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?"
                                                r"|(?P<same>同日|当天|当日)(?P<part>上午|下午|晚上))[，,][^。；\n]{0,60}?(?:出席|参加|主持)"))
# A dateline naming its city (新华社开罗3月2日电, 本报伦敦1月8日电, 新华社杰里科（约旦河西岸）1月25日电).
_DATELINE_CITY = re.compile(r"(?:新华社|本报|中新社|中新网)(?P<city>[\u4e00-\u9fff]{2,8}?)(?:[（(][^）)\n]{1,12}[）)])?"
                            r"\d{1,2}月\d{1,2}日[电讯]")
# A dateline opening a news item (新华社雅加达1月12日电, 本报汉城1月13日电, 本报讯).
_ITEM_DATELINE = re.compile(r"(?:新华社|本报|中新社|中新网)[^，。；\s]{0,12}?(?:\d{1,2}月\d{1,2}日)?[电讯]")
# An approval, a founding told as history or a birth: acts of a story's background, whose day is no ceremony's after
# them (see _background_act). (Not 5月8日，县里成立防汛指挥部。指挥部会议…: a founding told as the day's news may
# open the account of its first meeting; only one told 于… or a historic start, 始建, 创办.)
_BACKGROUND_ACT = re.compile("批准|批复|获批|立项|(?P<founding>于[^，。；]{0,14}?(?:成立|组建|创建)|始建|创办)"
                             "|(?P<birth>出生|诞生)")
# A day told for a happening no one of the meeting did: weather, a quake, a flood, an accident or a fire (5月4日，全市普降
# 大雨。, 5月4日，国道318线发生一起交通事故。): no day of a meeting told in a later sentence unless 当天/当日/同日 (read
# elsewhere) or 随即/立即 ties it (GUIDELINES §3 eleventh review round); not a visit or an inspection by those who then
# meet (5月4日，副县长深入受灾乡镇查看灾情。: the day of their account).
# (Not 县地震局联合…开展…活动, 县气象台发布暴雨橙色预警, 开展地震应急演练: the hazard word inside a body's name, a
# warning or a drill, the act of a body.)
_HAPPENING = re.compile("(?:普降|突降|遭遇|遭受|暴雨|大雨|强降雨|降雪|暴雪|地震|台风|洪水|山洪|泥石流|山体滑坡|起火|失火)"
                        "(?![局台站办所队]|部门|监测|[^，。；]{0,4}?(?:预警|警报|预报|演练|演习|科普|知识|宣传))"
                        "|发生[^，。；]{0,12}?(?:事故|火灾|险情|灾害|爆炸|案件)")
# 5月6日，市政府办公室印发《…》: a document's issue day, told in a sentence of its own, dates no meeting told next
# (GUIDELINES §3 eleventh review round, like a happening's day; 当天/同日/随即 still tie). Only a titled document: not
# 团县委向全县青年发出“争当志愿者”倡议, 县文明办公布“5月江城好人榜” (a call, a list: the body's own act of the day).
_DOCUMENT_ISSUED = re.compile(r"(?:印发|下发|发布|出台|颁布)了?《")
_VISITED_OR_INSPECTED = re.compile("来到|深入|调研|视察|走访|检查|察看|查看|看望|慰问|督导|督查|赶赴|赶到|前往|指挥|部署")
# 团县委召开…推进会 after 5月8日，团县委印发《…》: the subject opening the meeting's sentence, and the same body opening
# the sentence before after its day (not 市政府办公室 before 市政府: another body, whose name runs on).
_MEETING_SUBJECT = re.compile(r"\s*(?P<body>[\u4e00-\u9fff]{2,10}?)(?:随即|立即|紧急|迅速|第一时间|随后|专门|再次|还|又|也)?(?:召开|举行|举办)")
_DAY_LEAD = re.compile(r"\s*[^，。；,;]{0,16}?日(?:上午|下午|晚上|晚)?[，,]\s*")
_BODY_RUNS_ON = re.compile("[办厅局委部处室院所会组队站台团社中]")
# 随即, 立即: the meeting called right upon the happening told before, on its day; 紧急, 迅速, 第一时间 say the same
# (县防汛抗旱指挥部紧急召开防汛会商会, 县安委会迅速召开…: the lead's ruling, eleventh review round).
_RIGHT_UPON = re.compile("随即|立即|紧急|迅速|第一时间")
def _own_body_before(before: str, text: str) -> bool:
    """Whether the sentence ``before`` (after its day) opens on the body that opens ``text`` and holds its meeting
    (5月8日，团县委印发《…》。团县委召开…: True; 市政府办公室印发《…》。市政府召开…: False)."""
    subject = _MEETING_SUBJECT.match(text)
    lead = _DAY_LEAD.match(before)
    if subject is None or lead is None:
        return False
    body = subject["body"]
    rest = before[lead.end():]
    return rest.startswith(body) and not _BODY_RUNS_ON.match(rest, len(body))


# A person's birth (王强同志…出生, 李明先生…诞生; or 出生于/诞生在…, see _background_act): not 诞生 of the day's first
# centre, nor “出生一件事”.
_PERSON_BORN = re.compile("(?:同志|先生|女士)[^。；]*$")
# The ceremony of a founding or of an approval (成立大会, 揭牌仪式, 挂牌仪式, 授牌仪式, 开业典礼, 组建大会).
_FOUNDING_RITE = re.compile("成立|揭牌|挂牌|授牌|开业|组建|创建")
# 本报讯, 本报北京1月5日讯, 新华社东京1月5日电, 据新华社…电 opening a line: the start of an item of the page (a
# newspaper page may glue short items together, GUIDELINES §11).
_ITEM_OPENING = re.compile(r"^[ \t\u3000]*据?(?:新华社|本报|中新社|中新网)[^，。；\s]{0,12}?[电讯]", re.M)
# The talks or session after which another event was held, or the press was told (在会谈后举行的新闻发布会上,
# 在会议结束后举行的记者招待会上, 马某会谈后对记者说).
_PRIOR_EVENT = re.compile("(?P<prior>会谈|会晤|磋商|会议|峰会)(?:结束)?之?后(?=(?:举行|召开)的|(?:对|向)(?:记者|新闻界|媒体))")
_SEPARATE_EVENT_WORD = re.compile("|".join(longest_first(_SEPARATE_EVENT_HEADS)))
# Names of one kind of event (会谈 and 会晤 for the same talks, 新闻发布会 and 记者招待会 for the same briefing).
_EVENT_KIND = {"会晤": "会谈", "工作会谈": "会谈", "正式会晤": "会谈",
               "记者招待会": "发布会", "新闻发布会": "发布会", "记者会": "发布会", "新闻发布": "发布会"}
_HABITUAL = re.compile("每(?:年|月|周|季度|逢|次)(?!一度|一届|一次的)")  # (not 每年一度的…会议上: this year's one)
# 这次评选不举行颁奖仪式, 北京愿意主持召开…会议, 将不会举行会谈: not held, or only offered (read in the
# meeting's own clause: 在议会会议上说，…愿意主持召开… holds the first one)
# (他将不会在曼谷与…举行会谈, 拒绝同…举行会晤: refused, a place or a party between)
_NOT_HELD = re.compile("(?:不|未|没有|不会)(?:再)?(?:举行|召开|举办)|愿意(?:主持)?(?:召开|举行|举办)"
                       # (the refusal is the predicate: a place or party right after it; not 以“拒绝毒品”为主题的…大会,
                       # 一位不愿透露姓名的官员说…举行了会谈)
                       "|(?:不会|不再|不愿|拒绝|拒不|无意)(?:再|于[^，。；“”「」在同与和跟]{1,6})?(?:在|同|与|和|跟)[^，。；“”「」]{0,20}?(?:举行|召开|举办)")


def _stretches(meetings: list[dict[str, Any]]) -> dict[int, tuple[int, float]]:
    """Each meeting's stretch of text, keyed by its sentence start: from there to the next
    meeting's sentence (in text order), the last one to the end."""
    starts = sorted(m["evidence"]["clean_start"] for m in meetings)
    return {s: (s, e) for s, e in zip(starts, [*starts[1:], float("inf")], strict=True)}


def _separate_events(main: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether ``other`` is an event apart from the main meeting, not one held within it: told on another
    day (次日，区人社局举办…), or, with a day missing, held by another body (东山镇 / 南湖街道; not 县委 /
    县委常委会, one body's organ)."""
    if main["date"] and other["date"]:
        return bool(main["date"] != other["date"])
    a, b = main["organizer"], other["organizer"]
    return bool(a and b) and _other_body(a, b) and not (a.startswith(b) or b.startswith(a))


# 此前，…: an account opening on a meeting held before the one just told, an aside after which the text returns to
# the main meeting (此前，学校于5月10日召开了评审委员会会议…。…共200余人参加表彰会).
_EARLIER_ASIDE = re.compile(r"\s*(?:此前|之前|先前|在此之前)[，,]")
# What the people counted attend (共120名学员参加培训, 共200余人参加大会): the word after the verb of attending.
_ATTENDED = re.compile("(?:参加|出席|参与)(?:了)?(?P<word>[\u4e00-\u9fff]{2})")
# 开幕式上举行了…签约仪式, 开幕式后，举行了…: a ceremony held within or right after the opening ceremony just told.
_WITHIN_OPENING = re.compile(r"\s*(?P<rite>(?:开幕|闭幕)(?:式|典礼|仪式|礼))(?:上|后|结束后)[，,]?\s*(?:还|并|同时)?(?:举行|举办)")
# How a sentence tells of an act held within the meeting just told (会上，县政府与5家企业举行项目签约仪式).
_WITHIN_MEETING = ("会上", "会中", "会议期间")
# A meeting whose name holds a lecture (…表彰暨示范党课活动) or is of a party branch's own regular life, which a party
# lecture belongs to (组织生活会, 主题党日, 党员大会: the tuning gold reads its lecture as part of it): a party lecture told at it
# is no record of its own (GUIDELINES §3 twelfth review round). The lecture's own nouns, not any 课: 课程改革推进会,
# 课题结题评审会 are meetings of another kind, a lecture given at them its own record.
_LECTURE_KIND_MEETING = re.compile("(?:党|团|廉政|廉洁|思政|法治|示范)课|组织生活会|民主生活会|党日|党员大会|支部(?:委员)?会")
# A meeting whose programme is made of lectures (培训会, 学习会, 报告会, 宣讲会, 论坛): a topical lecture told at it is a part
# of it, not a record of its own (GUIDELINES §3 twelfth review round: "unless the meeting's own name already holds it").
# (专题辅导会: 辅导 is a lecture's own kind, 辅导讲座, 辅导报告)
_LECTURE_HOLDING_MEETING = re.compile("讲座|报告|宣讲|辅导|培训|学习|课|讲堂|讲坛|研讨|论坛|沙龙|班")
# 典礼上，…; 在开学典礼上，…; 仪式上，…: a clause opening inside a ceremony just told.
# The names of a ceremony a lecture may be given inside or right after (read by both patterns below).
_CEREMONY_WORDS = "典礼|仪式|开学式|毕业式|开班式|结业式"
_WITHIN_CEREMONY = re.compile(r"\s*(?:在[^，。；]{0,20}?)?(?:" + _CEREMONY_WORDS + ")上[，,]?")
# 开班式后，教授X作专题讲座; 仪式结束后，…作学术报告: a lecture given right after the ceremony just told, the same day,
# is its own record like one given inside it (GUIDELINES §3 seventh and eleventh review rounds: 仪式结束后 takes the
# ceremony's day; a lecture given at a ceremony is its own record)
# (开班仪式后，…; 颁奖典礼结束后，…: the ceremony's own name before its noun, as short as it is written)
_AFTER_CEREMONY = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?)(?:" + _CEREMONY_WORDS + ")(?:结束)?后[，,]")
# 5月23日，区检察院举办检察开放日活动。活动中，检察官X为来宾作了专题讲座: a lecture given inside a dated activity
# that is no meeting, told in the next sentence, is a lecture held on that day (GUIDELINES §3 thirteenth review round).
_WITHIN_ACTIVITY = re.compile(r"\s*(?:在[^，。；]{0,16}?)?活动(?:中|期间|现场|上)[，,]")
_ACTIVITY_HELD = re.compile(r"(?:举办|举行|开展|组织)了?[^，。；]{1,30}?活动")
# 并主持宪法宣誓仪式, 主持了整场颁奖典礼: the verb of chairing (and a quantifier) right before a ceremony's name (read by
# the attended pattern)
# 区委书记王强出席开班式并以“…”为题讲授开班第一课: the ceremony just told attended, then a lecture given there (GUIDELINES
# §3 eleventh review round, like 典礼上，…讲授了“开学第一课”); the same with a comma before 并 (出席开班式，并以…为题讲授),
# or with the ceremony told held in the clause before the bare 出席 (…开学典礼举行，市委书记王强出席并为学员讲授…)
_ATTENDED_CEREMONY_THEN = re.compile(r"出席了?(?:[^，。；]{0,20}?(?:典礼|仪式)|开学式|毕业式|开班式|结业式)[，,]?\s*并"
                                     r"|(?:" + _CEREMONY_WORDS + r")(?:举行|召开|举办)[，,][^，。；]{1,24}?出席并")
_CHAIRED_CEREMONY = re.compile(r"主持了?(?:整场|整个|全场)?\Z")
# The ceremony noun ending a name (宪法宣誓仪式, 颁奖典礼, 开幕式).
_CEREMONY_END = re.compile("(?:仪式|典礼|式)$")


def _same_ceremony(chaired: str, told: str) -> bool:
    """开幕仪式 after 开幕典礼, 仪式 after 颁奖典礼: a chaired ceremony's name that restates a ceremony told before
    (the same stem before the ceremony noun, or none)."""
    if not _CEREMONY_END.search(told):
        return False
    a, b = _CEREMONY_END.sub("", chaired), _CEREMONY_END.sub("", told)
    return not a or a.endswith(b) or b.endswith(a)
# A dash of two or more strokes set between a description of a place and its name (其联系点——东关社区).
_APPOSITION_DASH = re.compile("[—－―─]{2,}")
# Clause or sentence punctuation: a line without any is a headline (of a list item), not a sentence of a paragraph.
_SENTENCE_MARK = re.compile("[，。！？；：,;!?:]")


def _other_body(a: str | None, b: str | None) -> bool:
    """Two organizers that name different bodies (neither is the other's short form)."""
    return bool(a and b) and not (a.endswith(b) or b.endswith(a))


# A province, region, city or county that opens a meeting's name (浙江省委经济工作会议, 湖南省第十四届人民代表大会…):
# the place of the body holding it, when no organizer is read; not a scope (全省), a deictic (本市) or a bare level (省委).
_LEADING_PLACE = re.compile("(?:中共)?(?P<place>(?![全本该各我此])[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|县))(?=委|人大|政协|政府|第|[\u4e00-\u9fff]{3})")


def _places_differ(org: str | None, name: str, other_org: str | None, other_name: str) -> bool:
    """Two meetings held in two places (a round-up of provinces: 浙江省委经济工作会议在杭州召开。…广东省日前召开省委
    经济工作会议): the places that open the organizers, or for one without it its name, are two, neither written inside
    the other. Only where one organizer is missing (two read ones are :func:`_other_body`'s to tell apart), and only
    places named in full (广东省, 江城市; not 省委, 市人大)."""
    if (org is None) == (other_org is None):
        return False
    places = []
    for body, named in ((org, name), (other_org, other_name)):
        lead = _LEADING_PLACE.match(body.removeprefix("中共") + "委" if body else named)
        if lead is None:
            return False
        places.append(lead["place"])
    a, b = places
    return not (a in b or b in a)


# A title in book-title marks (《…》), spaces and commas allowed inside: one word of a stretch counted in words.
_LECTURE_TITLE = "《[^《》。；\n]{1,60}》"
# What follows a chair's name in a sentence saying that they chair (王某主持; 鄧炳強，GBS，JP今日主持: honours
# after the name; 甲和…乙共同主持: co-hosts, the first one written is the host; 王某8月15日上午在…主持召开: a date
# and a venue between; not 甲在乙主持的会议上, 在乙主持下: someone else chairs).
_CHAIRS_AFTER_NAME = re.compile(
    # (赵某以《学纪知纪明纪守纪 推动事业高质量发展》为题讲授党课并主持会议: a lecture's title, however long, counted as one
    # word of the stretch between)
    rf"(?:[，,]\s*{POST_NOMINALS})*[^，。；,;]{{0,8}}主持|[^，。；,;]{{0,30}}?(?:共同|联合)主持"
    rf"|(?:{_LECTURE_TITLE}|[^，。；,;由]){{9,30}}?主持(?![的下])"
    # (王某到城关镇调研，并主持召开座谈会: the same subject, a clause or two on; 县长柯明到城东社区调研，主持召开…:
    # a clause opening on the act, no subject of its own)
    "|[^。；由]{0,40}?[，,]并?(?:在[^，。；]{1,20})?主持(?:召开|举行)了?"
    # (…出席…会议，并与广东省省长共同主持会议: the subject chairs jointly a clause on, GUIDELINES §3 eleventh round)
    "|[^。；由]{0,60}?[，,]\\s*并?[与和同跟][^，。；,;]{1,20}?(?:共同|联合|一起|一同)主持"
    # (甲、乙、丙等主持开幕仪式: a 、-list closed by 等, however long, the first one written is the host)
    "|、[^，。；,;由]{2,80}?等(?:共同|联合|一起)?主持(?![的下])"
)
# 周某为新任命人员颁发任命书，并主持宪法宣誓仪式: a ceremony chaired by the same subject a clause on. Such a chair
# hosts only a ceremony (a meeting named …仪式/…典礼), never the meeting told before 并 (assign_hosts).
_CHAIRS_CEREMONY_AFTER_NAME = re.compile(
    "[^。；由]{0,40}?[，,]并?主持了?(?=[^，。；,;“”「」]{0,12}?(?:仪式|典礼)(?:[，。；,;]|$))")
_CEREMONY_NAME = re.compile("(?:仪式|典礼)$")
# 会议由县委副书记、县长甲，县委副书记乙主持: co-hosts set off by a comma after 由 (the agent before the name,
# the comma and 主持 after it).
_AGENT_BEFORE = "由[^，。；,;]{0,30}"
_AGENT_BEFORE_NAME = re.compile(_AGENT_BEFORE + r"\Z")
_CO_HOST_AFTER_NAME = re.compile("[，,][^，。；,;由]{2,30}?主持(?![的下])")
# 主持人：…, 会议主持：…, 主持人是/为…, 主持会议的是… right before the name.
_CHAIR_LABEL_BEFORE = "主持(?:(?:人|[^，。；]{0,4}的)[:：为是]?|[:：])[^，。；\n]{0,30}"
_CHAIR_LABEL_BEFORE_NAME = re.compile(_CHAIR_LABEL_BEFORE + r"\Z")
_WHITESPACE = re.compile(r"\s")
# The longest of the two patterns before a name (主持 + 的-phrase + a label mark + 30 characters).
_BEFORE_NAME_CHARS = 40


def _chairs_in(name: str, text: str, ceremonies: bool = True) -> bool:
    """Whether ``text`` says that ``name`` chairs (one of the shapes above, at any place the name is
    written; with ``ceremonies`` false, not the shape of a ceremony chaired a clause on). Names padded
    with spaces (王　伟) are read by a pattern made for the name; the others by the fixed patterns at
    each place the name stands (no pattern compiled per name)."""
    i = text.find(name)
    while i >= 0 and name:
        end = i + len(name)
        before = text[max(0, i - _BEFORE_NAME_CHARS) : i]
        if _CHAIRS_AFTER_NAME.match(text, end) or (ceremonies and _CHAIRS_CEREMONY_AFTER_NAME.match(text, end)) \
                or _CHAIR_LABEL_BEFORE_NAME.search(before) or (
                _AGENT_BEFORE_NAME.search(before) and _CO_HOST_AFTER_NAME.match(text, end)):
            return True
        i = text.find(name, i + 1)
    if not _WHITESPACE.search(text):
        return False
    spaced = _spaced(name)
    after = _CHAIRS_AFTER_NAME.pattern + (f"|{_CHAIRS_CEREMONY_AFTER_NAME.pattern}" if ceremonies else "")
    return re.search(f"{spaced}(?:{after})|{_AGENT_BEFORE}?{spaced}{_CO_HOST_AFTER_NAME.pattern}"
                     f"|{_CHAIR_LABEL_BEFORE}?{spaced}", text) is not None


# What stands between a chair's name and the meeting it chairs in one clause: an adverb of repetition and the
# verb of holding (李志坚又主持召开…, 刘明主持召开了…, 赵燕还主持举行…).
_CHAIRS_NAMED_AFTER = re.compile("(?:又|还|再次|随即|随后)?主持(?:召开|举行|举办)?了?")
# 两次会议均由…主持, 上述会议都由…主持, 县政协主席苏杭主持两次会议: one chair for the meetings told before, so a
# second meeting (当天下午，又召开了…) does not take the chair from the first. The group is the count, if written.
# 某某主持会议, 会议由某某主持: the chair of the sitting just told, no meeting named by its kind.
_CHAIRS_THE_MEETING = re.compile("主持(?:了)?(?:会议|大会)(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])(?:会议|大会)由[^，。；]{2,30}?主持")
_CHAIRS_SEVERAL = re.compile(
    "(?:(?P<n>[两三])[次场个]|上述|以上|这些)会议(?:均|都)由|(?:均|都)由[^，。；]{2,30}?主持"
    "|主持(?:了)?这?(?:(?P<m>[两三])[次场个]|上述|以上)会议"
)
_COUNT_WORDS = {"两": 2, "三": 3}
# 王明主持并讲话, 王明主持。: the chair's name, then 主持 with no meeting named (the sitting just told).
_CHAIRS_BARE = re.compile(r"主持(?=并|[，。；,;]|$)")
# 党课由某某主持: the agent 由 a few characters after a meeting's noun.
_AGENT_SOON_AFTER = re.compile("[^，。；]{0,4}由")
_CLAUSE_MARK = re.compile("[，。；,;]")


def _chairs_named(noun: str, sentence: str) -> bool:
    """Whether ``sentence`` has the person chair the meeting ``noun`` names (党课由某某主持, 某某主持了党课)."""
    i = sentence.find(noun)
    while i >= 0 and noun:
        if _AGENT_SOON_AFTER.match(sentence, i + len(noun)) or sentence.endswith(("主持", "主持了"), 0, i):
            return True
        i = sentence.find(noun, i + 1)
    return False


def _clauses_of(name: str, sentence: str) -> list[str]:
    """The clauses of ``sentence`` (between commas, semicolons and stops) that hold ``name``."""
    return [clause for clause in _CLAUSE_MARK.split(sentence) if name and name in clause]


def _spaced(name: str) -> str:
    """A pattern for a name as written, padding spaces allowed between its characters (王　伟)."""
    return r"\s*".join(map(re.escape, name))


def _time_of_day(after_date: str) -> str | None:
    """上午/下午/晚上 written right after a date (中午 has no canonical value)."""
    m = _TIME_OF_DAY.search(after_date)
    return _TIME_OF_DAY_CANONICAL.get(m[1], m[1]) if m else None


_YEAR_IS = literal_gated(re.compile(r"((?:19|20)\d{2})年是"))
# 将从1998年1月1日起, 自2025年1月1日起施行: a start on the first day of a year, ahead (not 从2023年1月1日起至今: a period
# run so far).
_NEXT_YEAR_START = re.compile(r"(?:将|拟|定于)[^，。；]{0,4}?(?:从|自|于)((?:19|20)\d{2})年(?:1|一|元)月(?:1|一)日(?:起|开始)(?!至今|以来)"
                              r"|(?<!已)(?:从|自)((?:19|20)\d{2})年(?:1|一|元)月(?:1|一)日起(?:[^，。；]{0,6}?)(?:施行|实施|执行|生效)(?!以来|至今|的)")
# 庆祝建党102周年, 纪念改革开放45周年: an anniversary celebrated now names the current year (not one
# recalled: 在庆祝中国共产党成立100周年大会上的重要讲话 is a speech of 2021 studied later).
_ANNIVERSARY = literal_gated(re.compile(
    # (not 喜迎/迎接: an anniversary ahead, perhaps next year's)
    "(?:庆祝|纪念|献礼|恰逢|正值|适逢|值此)[^，。；！？]{0,10}?"
    f"(?P<event>{'|'.join(sorted(ANNIVERSARIES, key=len, reverse=True))})"
    "(?P<n>[\\d一二三四五六七八九十百零〇○]{1,6})周年(?![^，。；！？]{0,12}(?:讲话|重要论述|贺信|重要指示))"
))
# 陶铸同志诞辰90周年纪念大会 with 陶铸1908年1月16日出生于…, 北京大学建校100周年 with 北京大学成立于1898年:
# the anniversary of a birth or a founding whose year the text writes after the same name names the
# current year (see _anniversary_years).
_ANNIVERSARY_OF = re.compile(
    "(?:同志|先生|女士)?(?P<kind>诞辰|诞生|成立|建校|建院|建厂|建所|创刊|创建|创办|建馆|建社)(?P<n>[\\d一二三四五六七八九十百零〇○]{1,4})周年")
_STARTED_IN = re.compile(
    "(?P<k1>生于|诞生于|成立于|创建于|创办于|创刊于|始建于)(?P<y1>(?:1[5-9]|20)\\d{2})年"
    "|(?P<y2>(?:1[5-9]|20)\\d{2})年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?P<k2>出生|诞生|生|成立|创建|创办|创刊|建校|建院|建厂|建所|建馆)"
    # (李某（1924年6月8日—2010年3月4日）, 王某（1931—2001）: a life span in brackets opens on the birth)
    "|[（(](?P<y3>(?:1[5-9]|20)\\d{2})年?(?:\\d{1,2}月(?:\\d{1,2}日)?)?\\s*(?P<k3>[—\\-–－~～]{1,2})\\s*(?:(?:1[5-9]|20)\\d{2}|[）)])"
)
_BIRTH_WORDS = frozenset({"诞辰", "诞生", "出生", "生", "生于", "诞生于"})


# Fixed patterns of _anniversary_years.
_UP_TO_CELEBRATING = re.compile("^.*?(?:庆祝|纪念|隆重)")
_HONORIFIC_COMMA_YU_END = re.compile("(?:同志|先生|女士)?[，,]?于?$")
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")
_PRONOUN_END = re.compile("[他她]$")


def _anniversary_years(meeting_text: str, text: str) -> list[int]:
    """Current years given by an anniversary in ``meeting_text`` (诞辰90周年, 建校100周年) of a start
    whose year ``text`` writes after the same name (陶铸1908年1月16日出生于… -> 1998; 北京大学成立于1898年,
    中国科学院1949年11月成立): a birth for a birth, a founding for a founding; not another person's or
    body's (1920年出生的张某, 该校附属中学1995年创办). A pronoun (他1893年出生) stands for the person
    when the name is written before it in the same sentence."""
    years = set()
    for m in _ANNIVERSARY_OF.finditer(meeting_text):
        n = parse_number(m["n"])
        if n is None or n != int(n) or not 0 < n < 500:
            continue
        honoured = _UP_TO_CELEBRATING.sub("", meeting_text[max(0, m.start() - 10) : m.start()])
        birth = m["kind"] in _BIRTH_WORDS
        for start in _STARTED_IN.finditer(text):
            if ((start["k1"] or start["k2"]) in _BIRTH_WORDS or start["k3"] is not None) != birth:
                continue
            before = _HONORIFIC_COMMA_YU_END.sub("", text[max(0, start.start() - 12) : start.start()])
            sentence_start = start_after(text, start.start(), "。！？\n")
            named = any(len(before) >= k and _HAN_RUN.fullmatch(before[-k:]) and honoured.endswith(before[-k:])
                        for k in range(min(len(honoured), 8), 1, -1))
            pronoun = birth and _PRONOUN_END.search(before) and len(honoured) >= 2 and honoured[-2:] in text[sentence_start : start.start()]
            if named or pronoun:
                years.add(int(start["y1"] or start["y2"] or start["y3"]) + int(n))
    return sorted(years)


# 上海从一九九二年对口支援…，十七年来: the years counted since a starting year name the current one.
_SINCE_YEARS = re.compile(
    "[从自](?P<y>(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})年[^。；！？]{0,40}?[，,]"
    "(?P<n>[\\d一二三四五六七八九十]{1,3})(?:个)?年(?:来|以来)"
)
_YEAR_REVIEW = re.compile(r"((?:19|20)\d{2})年度")
# Sentences whose reviewed years are kept: a long page's sentences (a repeated 100 KB article has about a thousand).
REVIEWED_YEARS_CACHE = 4096
_REVIEW_WORDS = re.compile("述职|总结|表彰|评议|年终|回顾|民主生活会|组织生活会")


# A year's work reported on as a whole at the meeting (举行新闻发布会，通报2024年全市行政复议工作情况; 总结2024年…工作):
# the year looked back on, as a 年度 beside 总结 is (GUIDELINES §3, tenth review round: a year a speaker looks back on early
# in the next); not a part of it (通报2024年第一季度…, 2024年上半年…, 2024年1月…, 2024年以来: the current year's part).
# (通报2024年春运工作安排, 通报2024年高考工作安排情况: the arrangements for work ahead; 通报2024年1-11月…, 总结2024年春节
# 期间…: a part of the year, a season or a span of months; neither is the year looked back on as a whole)
# (not 计划 or 任务 alone: 通报2023年计划执行情况, 总结2023年工作任务完成情况 look back on how the year went)
_NOT_YEAR_LOOKED_BACK = "安排|部署|要点|春运|汛期|春节|暑期|寒假|期间"
_YEAR_REPORTED = re.compile(r"(?:通报|盘点|" + _SUMMING_UP + r")了?((?:19|20)\d{2})年"
                            r"(?!度?(?:第|上半|下半|前|[一二三四]季|以来"
                            r"|[\d一二三四五六七八九十]+(?:[-—–~～至到][\d一二三四五六七八九十]+)?月))"
                            r"(?:(?!" + _NOT_YEAR_LOOKED_BACK + r")[^，。；]){0,16}?(?:工作|情况)"
                            r"(?!" + _NOT_YEAR_LOOKED_BACK + ")")


# (cached: a page's sentences are read again for each of its meetings, year_from_text; a pure function of the text)
@functools.lru_cache(maxsize=REVIEWED_YEARS_CACHE)
def _reviewed_years(sentence: str) -> tuple[int, ...]:
    """The years a review in ``sentence`` looks back on (2023年度 beside 述职, 表彰; 通报2023年…工作情况), leaving out
    those in a clause about an event ahead (大会拟于10月召开，届时将对2023年度…进行表彰): a review still planned says
    nothing of the year the report is in."""
    years = {m.start(1): int(m[1]) for m in _YEAR_REPORTED.finditer(sentence)
             if not _year_ahead_or_past(sentence, m.start(1), m.end(1) + 1)}
    if _REVIEW_WORDS.search(sentence):
        # (2024—2025年度…培训班: the end of a year span's label is no year reviewed)
        # (总结2023年度工作: one year read by both patterns, keyed by its position so it is counted once)
        years.update((m.start(1), int(m[1])) for m in _YEAR_REVIEW.finditer(sentence)
                     if not _year_ahead_or_past(sentence, m.start(), m.end())
                     and not _SPAN_BEFORE.search(sentence, max(0, m.start() - 6), m.start()))
    return tuple(years[at] for at in sorted(years))
# 腊月二十三, 正月初八 (大年初八), 农历三月初三: a lunar date (a month named 正/冬/腊, a day with 初/廿, or 农历; 阴历 is
# another word for it, 阴历三月廿八).
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_DAY = "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
_LUNAR_DATE = re.compile(
    f"(?:[农阴]历(?P<mn>[一二三四五六七八九十]|十[一二]|正|冬|腊)月|(?P<ml>正|冬|腊)月)(?P<d>{_LUNAR_DAY})(?:日)?"
    f"|(?P<mi>[二三四五六七八九十]|十[一二])月(?P<di>初[一二三四五六七八九十])"
    # (大年初八: the colloquial name of a day of the first month, 正月初八)
    "|大年(?P<dn>初[一二三四五六七八九十])"
)
# 元宵节当天 / 国庆节上午: a festival used as the meeting's date (not 春节前夕, 中秋节期间).
# A headcount: digits with thousands separated by commas (2,500) or digits or Chinese numerals.
# (1.2万名新生, 一万两千余名: thousands counted in 万 too)
# (約2 500名嘉賓: a single space as the thousands separator, HKSAR releases; only a 1-3 digit group, one space and
# exactly three digits)
_SPACED_THOUSANDS = r"(?<![\d.,:：])\d{1,3} \d{3}(?![\d.,])"
# Group nouns for the people an event drew, before their count (产官学界代表250余人参与, 各界人士300人参与).
_DRAWN_GROUP = "(?:代表|人士|师生|学者|专家|嘉宾|来宾|民众|市民|居民|家长|校友|业者)"
_HEADCOUNT = _SPACED_THOUSANDS + r"|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?万|[\d一二三四五六七八九十百千万两]+"
# 名党员干部, 位青年教师: the people counted, named after 名/位 (a short stretch, then a word for people)
# Those a lecture is given to, besides the people of _COUNTED_PEOPLE (为200余名读者作了讲座).
_LISTENERS = ("(?:读者|听众|市民|学员|新生|学子|家长|老人|长者|志愿者|护士|医护人员|会员|爱好者"
              # (为80余名种粮大户作了专题讲座, 为50名农技人员授课: farmers and extension workers a rural lecture is given to)
              "|农民|农户|大户|种植户|养殖户|农技人员|技术人员"
              # (为50余名菜农作了…讲座, 为30多名茶农授课: growers named by their crop, fishers and herders, like 种植户)
              "|(?<![务])[果菜茶花蔗烟棉瓜桑药菇椒]农|渔民|牧民)")
_COUNTED_PEOPLE = r"[\u4e00-\u9fff]{0,4}?(?:党员|干部|团员|职工|员工|青年|代表|群众|师生|教师|学生|村民|居民|同志)"
# The listeners a lecture is given to, one group or two joined (为80余名种粮大户和农技人员作了…讲座).
_AUDIENCE_GROUP = "(?:" + _COUNTED_PEOPLE + r"|[\u4e00-\u9fff]{0,4}?" + _LISTENERS + ")"
_AUDIENCE = _AUDIENCE_GROUP + "(?:[和及与、]" + _AUDIENCE_GROUP + ")?"
_HEADCOUNT_PLAIN = _SPACED_THOUSANDS + r"|\d{1,3}(?:,\d{3})+|[\d一二三四五六七八九十百千两]+"
# A count of people, as every attendance statement holds it (a cheap check before the statements).
# (gated: searched in many sentences, and its alternatives open with repeats the engine cannot skip ahead on)
_ANY_HEADCOUNT = first_char_gated("(?:" + _HEADCOUNT + ")(?:余|多)?[名位人]")
# 论坛吸引约800名…人士参与, 本次大会吸引了…, 论坛共有…代表250余人参与: a sentence whose subject is the meeting told before, the people it drew
# (not 活动吸引…参与: a campaign's; but see _ACTIVITY_DREW).
_MEETING_DREW = re.compile(r"\s*(?:本次|此次|这次|该|本届|是次)?(?:会议|大会|论坛|峰会|年会|研讨会|座谈会|报告会)(?:吸引|共有)")
# 街道举办邻里文化节启动仪式。活动吸引了约300名居民参与: the sentence right after a gathering's own sentence, which
# names no activity (a campaign 部署 or 启动 there would be what 活动 stands for), opening on 活动 and the people it drew:
# the event held, whose count of people taking part counts like 参加 (GUIDELINES §3).
_ACTIVITY_DREW = re.compile(r"\s*(?:本次|此次|这次|当天的?)?活动(?:现场)?吸引(?!了?全[省市县区镇乡国])")
# …座谈会在社区服务中心举行。逾200位社区干部参与。: a sentence made of a count of people taking part alone, right after
# the only meeting of its paragraph, counts its attendees (GUIDELINES §3 eleventh review round); not 近年来累计300余人参与培训,
# 服务居民2000余人, 义诊活动有300余人参与: a tally, people served, another event.
_TOOK_PART_NEXT = re.compile(r"^\s*(?:共有?|有)?(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?!次)"
                             r"[^，。；;\d]{0,16}?参与(?:其中|了?(?:座谈|讨论|交流))?[。！；;]?\s*$")
# 全民阅读月启动仪式, 全民健身月开幕式, 护河行动启动仪式: the ceremony opening a campaign that runs for weeks, whose
# participants 活动吸引… counts (not 文化节启动仪式: a festival of a day or two, the people at the gathering).
_CAMPAIGN_LAUNCH = re.compile("(?:月|周|季|行动|工程)[”」]?(?:启动仪式|启动会|开幕式|启动大会)$")
# (not 为60名党员讲授了…党课, 为50名农技人员授课: a lecture given to its audience, who attend it)
_GIVING = re.compile("颁|(?<!讲)授(?!课)|发放|佩戴|戴上|赠送|奖励")
# 获奖的20名…, 受表彰的12名…: a count of those honoured, no count of those attending (GUIDELINES §3).
_AWARDED_BEFORE = re.compile("(?:获奖|受表彰|受到表彰|获表彰|获得表彰)的$")
# 第十届, 2024年度, 本届, 一年一度 before 「…」: an edition or a year, no organizer
# (本月“红色议事会”, 本季度“…”: a period of this year before the quoted part, like an edition: the marks stay)
_EDITION_BEFORE_QUOTE = re.compile(r"^(?:.*(?:第[^，。]{1,6}[届次期]|(?:19|20)\d{2}年?度?|[〇○零一二][〇○零一二三四五六七八九]{3}年度?|年度|本届|今年|首届|一年一度"
                                   r"|本(?:月|周|季度?|期|次)|当月|上半年|下半年))$")
_RULE_WORDS = re.compile("请|须|不得|一律|应当|应该|必须")
# A standing body whose session is named by the body when it is chaired (主持常委会, 主持理事会).
_CHAIRED_SESSION = re.compile("(?:常委会|理事会|董事会|监事会)$")
# 在出席记者会时: the verb of attending opening a meeting named after 在.
_ATTENDED_AT = re.compile("(?:出席|参加|列席)了?(?=.{2})")
# 资助区内团体举办…活动, 区议会通过拨款120万元举办…活动: an event that money is granted for, not one held (§3);
# 拨款 is a grant to others, unlike 出资举办 (the giver holding its own event).
_FUNDED_PURPOSE = re.compile("(?:资助|用于|用以|以便|拨款)[^，。；]{0,12}(?:举办|举行|召开|开展)")
# A lecture and a report given are one kind of event (作学术报告。讲座由…主持).
_LECTURE_HEADS = frozenset({"讲座", "报告会", "讲坛", "讲堂", "演讲会", "宣讲会"})
_LECTURE_WORDS = re.compile("讲座|报告|讲坛|讲堂|讲学|授课|演讲|宣讲")
# 这次会议, 本次大会: a meeting named before, referred to by a determiner and the generic noun
# (今天我们召开这次座谈会: a speech speaking of the occasion it is given at, with its kind word)
# The determiner of a deictic name (这次, 今天这次, 该): what goes to leave the meeting's kind word.
_DEICTIC_LEAD = re.compile("^(?:今天这次|今天的|这次|此次|本次|这个|该)")
_DEICTIC_NAME = re.compile("(?:这次|此次|本次|这个|该|今天的|今天这次)(?:会议|大会|会|活动)"
                           "|(?:这次|此次|本次|今天这次)(?:座谈|研讨|交流|推进|动员|表彰|培训|工作)(?:会议|大会|会)")
# (中秋节前一天上午, 春节的前一天, 国庆节后一天: a festival's day shifted by one, counted like 前一天 and 次日 after a date)
# (kept apart from _SHIFTED_DAY, not drawn from it: these words follow a festival's name, those stand alone after a
# day told before; 后一天 reads only here, 此前一天 and 两天后 only there, and the two lists grow for different phrasings)
_FESTIVAL_SHIFT = {"前一天": -1, "前一日": -1, "后一天": 1, "后一日": 1, "次日": 1}
# 中秋夜, 除夕之夜: the festival's evening; not 夜间, 夜里, 夜以继日 (the night in general), nor a noun 夜 opens (元宵夜市,
# 中秋夜景, 除夕夜宵: a night market or view named after the festival, no date told).
_FESTIVAL_EVENING = "之?夜(?![间里以市景游话跑宵场色空校班])"
# (“3·15”当天, 6·26当日: a day named by its month and day; only with a word for the day itself, not “3·15”晚会.) Apart from
# _FESTIVAL, searched only where a dot is: its opening digit would open the first-character gate at every number.
_NUMBERED_DAY_DOTS = "·•・．"
_NUMBERED_DAY_DOT = re.compile("[" + _NUMBERED_DAY_DOTS + "]")
_NUMBERED_DAY = re.compile(
    "[“\"]?(?P<nm>1[0-2]|[1-9])[" + _NUMBERED_DAY_DOTS + "](?P<nd>[12]\\d|3[01]|[1-9])[”\"]?(?=当天|当日|这天|这一天|当晚)"
    "(?:当天|当日|这天|这一天|当晚)")
_FESTIVAL = first_char_gated(
    "(?:(?P<name>" + "|".join(sorted(FESTIVALS, key=len, reverse=True)) + ")"
    + "(?:的?(?P<shift>" + "|".join(_FESTIVAL_SHIFT) + "))?"
    # (“七一”当天: a day written by its numbers, in quote marks only: 十一 is also a number)
    + "|[“\"](?P<number>" + "|".join(FESTIVAL_NUMBERS) + ")[”\"](?=当天|当日|这天|这一天|当晚|上午|下午|晚上)"
    # (a day by its numbers names the date only with 当天 or a time of day: “七一”在即, 为庆祝“七一”，)
    # (世界读书日当天: a commemorative day names the date only with a word for the day itself, not 国际禁毒日前夕)
    + "|(?P<day>" + "|".join(sorted(COMMEMORATIVE_DAYS, key=len, reverse=True)) + ")(?=当天|当日|这天|这一天|当晚)"
    # (中秋之夜, 元宵夜: the short name of a lunar festival names its evening; a bare 中秋 or 元宵 does not, 中秋前 …)
    + "|(?P<short>中秋|元宵)(?=" + _FESTIVAL_EVENING + ")"
    # (除夕夜, 除夕之夜, 中秋节之夜: the festival's evening is its day, the part of the day 晚上)
    + r")(?:当天|当日|这天|这一天|当晚|" + _FESTIVAL_EVENING + "|(?=上午|下午|晚上|[，,]|在|于|举行|召开))"
)
# Organizations whose name ends in 会 (基金会, 委员会); any other subject ending in 会 is a meeting (会上).
_ORG_ENDING_HUI = (
    "委员会", "常委会", "市委会", "区委会", "县委会", "省委会", "基金会", "协会", "学会", "公会", "商会", "联合会", "研究会", "促进会", "工会", "理事会", "董事会",
    "总会", "分会", "联会", "联谊会", "校友会", "红十字会", "居委会", "村委会", "管委会", "筹委会", "安委会", "议会", "立法会",
    # Hong Kong, Macau and Taiwan charities and community associations (乐施会, 某某老人福利会, 某某街坊会, 某某同乡会)
    "乐施会", "福利会", "福群会", "辅导会", "慈善会", "同乡会", "宗亲会", "街坊会", "妇女会", "青年会",
    # Taiwan farmers' and fishermen's associations, Macau neighbourhood mutual-aid societies, service clubs and
    # Taiwan trade associations (杨梅区农会, 台山坊众互助会, 某某狮子会, 台中市商业会)
    "农会", "渔会", "互助会", "狮子会", "同济会", "商业会",
    # a council for the promotion of international trade written short (市贸促会, 省贸促会)
    "贸促会",
)
# The opening clause of a sentence that holds only the subject and its day and time, the venue and the verb
# following after a comma (某区公所于113年2月1日上午十时，在…举行, 某协会于1月14日（星期日）上午9时，在…召开).
# 王强(于5月8日，在…召开): a person's bare name, two or three characters, no body (GUIDELINES §3 organizer).
_BARE_PERSONAL_NAME = re.compile("[\u4e00-\u9fff]{2,3}")
_DATED_SUBJECT_CLAUSE = re.compile(r"\s*(?P<org>[^，。；,;\n]{2,40}?(?<![关对由属至基鉴等终处善])于"
                                   r"[^，。；,;\n于]{1,30}?(?:日|时|分|午|晚|[）)]))[，,]\s*")
# A news dateline or tag before the subject: 新华社北京3月5日电, 【本报讯】, 〔记者某某/台中报导〕, （记者 王某）.
# (not 国立台湾大学与联发电子股份有限公司: 电 opening a word, 电子, 电力, 电视…)
_DATELINE = re.compile(
    r"^(?:[^，。\s]{2,16}?(?:社|报|网|台|新闻)[^，。\s]{0,8}?电(?![子视力网话信器脑池商影台缆梯站厂气动])[\s　]*|本报[^，。\s]{0,12}?讯[\s　]*|【[^】]*】|〔[^〕]*〕|（[^）]*）|\([^)]*\))+"
)
# A dateline with its date (…7月23日电, 本报北京讯): only such a head is cut from a name; one or more of them
# (本报讯 据新华社北京10月1日电 国庆招待会…: the outlet's tag and the wire report it cites); one in brackets goes
# whole, with a byline inside (（新华社北京8月27日电 记者王某）第十届…会议: not its closing bracket left on the name).
# A web outlet may put its city after the date (东方网3月2日上海讯（记者…）) or write 消息 (央广网北京3月2日消息（…）).
_DATED_DATELINE = literal_gated(re.compile(
    rf"^(?:[（(][^，。（）()]{{0,16}}?{DATE_NUMBER}月{DATE_NUMBER}日[电讯]"
    r"[^，。（）()]{0,20}[）)][\s　]*"
    rf"|[^，。\s]{{0,16}}?{DATE_NUMBER}月{DATE_NUMBER}日"
    r"(?:[电讯]|[\u4e00-\u9fff]{0,4}(?:讯|消息)(?=[\s　（(：:]))[\s　：:]*"
    r"|本报[^，。\s]{0,12}?讯[\s　]*)+"
))
# A label opening a programme line: 时间：… as well as 【时间】… and [时间] … (notice-style pages).
_TIME_WORD = r"(?:时间|会议时间|活动时间|举办时间)"
_PLACE_WORD = r"(?:地点|会议地点|活动地点)"
# The programme line of the meeting's day: 时间：3月6日上午 (bracketed labels: _BRACKETED_TIME).
_TIME_LABEL = literal_gated(re.compile(rf"(?:^|\n)\s*{_TIME_WORD}[:：]\s*(?P<when>[^\n]{{4,40}})"))
# A labelled line that reads as a page's stamp: a bare numeric date (and clock) with no place line below, or a line
# going on with the post's source or staff (时间：2024-03-09 10:21, 时间：2024-03-09 来源：县委巡察办).
_STAMP_WHEN = re.compile(r"\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                         r"|[^\n]*(?:来源|作者|编辑|发布|浏览|点击|字号)[^\n]*")
_PLACE_LINE_AHEAD = re.compile(rf"\s*\n\s*(?:[【\[]{_PLACE_WORD}[】\]]|{_PLACE_WORD}[:：])")
# The day's line with the place's line right below (read in the raw text too: a programme, not a post's stamp).
_PROGRAMME_TIME = literal_gated(re.compile(rf"(?:^|\n)\s*(?:{_TIME_WORD}[:：]|[【\[]{_TIME_WORD}[】\]][:：]?)\s*(?P<when>[^\n]{{4,40}})"
                                           rf"\n\s*(?:{_PLACE_WORD}[:：]|[【\[]{_PLACE_WORD}[】\]])"))
# A bracketed day label alone on its line, the day written out (【时间】3月18日, 【时间】2024年3月6日上午9:00):
# a programme line. Not a page's stamp: a bare numeric date and clock (【时间】2024-03-09 10:21, a footer's
# 【时间】2024-03-09), a line going on with other labels ([时间] 2024-03-09 [来源] 县委组织部) or naming the
# post's source or staff (【时间】2024年3月11日 来源：县统计局), or a day with its year and nothing else above
# the body (【时间】2024年03月11日: a CMS stamp; a programme has a time of day or its next label line below).
_BRACKETED_TIME = literal_gated(re.compile(rf"(?:^|\n)\s*[【\[]{_TIME_WORD}[】\]][:：]?\s*"
                                           r"(?!(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\n|$))"
                                           r"(?![^\n]*(?:来源|作者|编辑|发布|浏览|点击|字号))"
                                           rf"(?!(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日\s*(?:$|\n(?!\s*(?:[【\[]|{_PLACE_WORD}[:：]))))"
                                           r"(?P<when>[^\n【】\[\]]{4,40}?)\s*(?:\n|$)"))
# The programme line of the venue: 地点：县委党校, 【地点】县会议中心 (and 会议地点： inside a body line, 会议时间：…，
# 会议地点：县委常委会议室).
_PLACE_LABEL = literal_gated(re.compile(rf"(?:(?:^|\n)\s*(?:{_PLACE_WORD}[:：]|[【\[]{_PLACE_WORD}[】\]][:：]?)|[，。；]\s*会议地点[:：])"
                                        r"\s*(?P<where>[^\n，。；]{2,30})"))
# The meeting's day in a sentence of its own (会议时间为3月6日上午, 本次会议时间为…, or the label 会议时间：5月7日
# inside a body line): a programme line written as prose. This meeting's only: not 活动时间为…/大会时间为… of a
# campaign or a meeting it planned, and 本次活动 (noun) only for a meeting named an activity (not the period of
# the campaign a 启动仪式 launched).
_TIME_STATED = literal_gated(re.compile(r"(?:^|[\n。；])\s*(?:(?:本次|此次|这次)(?P<noun>会议|大会|活动)|会议)时间(?:为|是|[:：])\s*(?P<when>[^，。；\n]{3,30})"))
_CITY_SHORT_NAMES = {"京": "北京", "沪": "上海", "穗": "广州", "津": "天津", "渝": "重庆", "港": "香港", "澳": "澳门",
                     "蓉": "成都", "杭": "杭州", "榕": "福州", "汉": "武汉", "深": "深圳", "厦": "厦门"}
# What may follow 参加/出席 when it is not the meeting that is attended (参加各类培训, 参加了信用评级).
_OTHER_ACTIVITY = re.compile(r"了?(?:各类|各项|多项|多次|[^，。；]{0,6}(?:评级|评选|考试|考核|体检|保险|医保|高考|中考|比赛|竞赛|(?:演练|演习|拉练)(?![^，。；]{0,8}(?:会|观摩))))")
# What a bare 参加/出席 attends that is no gathering, read outside the meeting's own sentence (这两人参加
# 世界锦标赛的资格, 近60名将参加…核查工作的专家; not 参加开班式, 出席观礼, 参加了此次活动).
_NOT_A_GATHERING = re.compile(r"了?[^，。；会]{0,12}?(?:赛|资格|工作(?!会)|名单|考试|行动|项目|维和|核查|战斗|劳动|选举)")
_GATHERING_NAMED = re.compile("会(?!计|员|费)|仪式|典礼|论坛|座谈|讲座|党课|观摩")
# 28名选手参加决赛, 40名教师参加了比赛: those counted enter the contest, they do not attend the ceremony told with it
# (GUIDELINES §3: contestants are no attendee count); not 参加颁奖典礼, 参加比赛开幕式 (a gathering of the contest named).
_CONTEST_ENTERED = re.compile("了?(?:本次|此次|这次)?[^，。；,;会]{0,10}?(?:" + _CONTEST_NOUNS + "|复赛|初赛|赛事|角逐)")
# (参加了比赛开幕式, 参加了大赛颁奖礼: a ceremony of the contest, attended; not bare 式: 参加正式比赛)
_CONTEST_GATHERING = re.compile(_GATHERING_NAMED.pattern + "|" + _CEREMONY_WORDS + "|(?:开幕|闭幕|启动|开赛)式|颁奖礼")
# 赴/到…考察: visitors of a tour.
_VISITORS = re.compile(r"(?:赴|到)[^，。；;]{2,30}?(?:考察|学习|参观)$")
# 预计参会人数超过3000人: a count expected, not one that attended.
# (not 计划财务部: a department's name; nor 2023年以来新提任的干部, newcomers since then who attend)
# (常年参加门球活动的老年人达1500余人: a standing tally of those taking part; not 常年法律顾问等30余人参加,
# 常年在外务工的人员代表30人参加: an attribute of the people counted)
_TALLIED = re.compile(r"累计|以来(?!新[^，。；]{1,6}?的)|全年|(?:常年|长年)(?=参加|参与)[^，。；]*?(?:达|超过?|逾|有)|计划(?=参训|参加|培训|于|在|招|完成|[\d一二三四五六七八九十])|历年"
                      # (not 近三年入职的80余名青年教师参加: people described by when they joined, no tally)
                      r"|近[\d一二三四五六七八九十两]+年(?!内?(?:新)?(?:入职|入校|新进|引进|招录|招聘|毕业|入党|参加工作)的)")
# A sentence that opens on years gone by (近年来，先后有1.5万余人到该村观摩学习; 该基地建成以来，…): its counts are
# tallies over those years, not one meeting's (GUIDELINES §3: the number stated for the people attending).
_YEARS_OPENING = re.compile(r"\s*(?:近年来|多年来|近几年来?|近些年来?|历年来|[^，。；,;]{1,12}?(?:建成|成立|创建|开馆|运行|启用)以来)[，,]")
# A sentence that opens on the year (今年冬训，…; 今年以来，…; 本年度…) or on a past one (去年全市共有1200人参加…培训):
# a count over the year, not one meeting's.
_YEAR_OPENING = re.compile(r"\s*(?:今年|本年度|今冬明春|全年|去年|上一?年度?|前年|过去一年)")
_EXPECTED_COUNT = re.compile("(?:预计|预期)[^，。；]{0,8}$")
# 全县300余名干部将参加培训: people who will attend, after the count (a plan, no attendance: GUIDELINES §3 twelfth round).
_ATTEND_AHEAD = re.compile("(?:(?!参加|出席|参会|参训)[^，。；;]){0,12}?(?:将|即将|拟|计划|准备)(?:要)?(?:参加|出席|参会|参训|到会|列席)")
# 现场300余名干部员工深受教育, 在场的200名学生认真聆听: people counted as present at the event, opening their clause
# (see MeetingExtractor.attendance).
_PRESENT_COUNTED = re.compile(
    r"(?<![^，。；,;：:\s])(?:现场|在场)的?(?:共有?|有)?(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
    # (现场3名医护人员全程值守, 现场20名民警维持秩序, 现场10名工作人员负责引导: staff on duty, no attendance; after 名/位
    # one of the attendee kinds is required, 人 counts alone: 现场200余人认真聆听)
    r"(?P<unit>名|位|人)(?!次)(?![^，。；;]{0,12}?(?:工作人员|医护人员|医务人员|民警|警力|警察|安保|保安|值守|维持秩序|执勤|值班"
    r"|负责(?:引导|服务|保障|安全)|提供服务|服务保障))"
    r"(?:(?<=人)|(?<=[名位])[\u4e00-\u9fff]{0,8}?(?:党员|干部|团员|职工|员工|青年|代表|群众|师生|教师|学生|村民|居民"
    r"|同志|观众|听众|市民|学员|嘉宾|来宾|家长|专家|学者|企业家|人士))"
    # (现场约150人参与植树: those taking part in something else, left to the statements of taking part)
    r"(?![^，。；;]{0,12}?(?:获|领取|领到|受到表彰|受表彰|接受|报名|参赛|参与|参加))")
# 组委会还将组织产销对接会，邀请200余名采购商到会, 届时将邀请500余名客商: guests a coming event will invite, told in
# the same sentence after a word of the future, are no count of those at the meeting reporting it.
# (not 大会将持续两天，邀请了300余名嘉宾参加: the invitation done)
# (本次论坛为期两天，将围绕…展开研讨，邀请300余名专家学者参加: a sentence about the event told held, opening on
# 本次/此次, whose 将 governs another verb; there the future word must stand in 邀请's own clause)
_INVITED_AHEAD = re.compile("(?:届时|(?<![大少中上])将|拟|计划)[^。；！？]{0,30}?邀请(?![了到])[^，。；]{0,8}$")
_INVITED_AHEAD_CLAUSE = re.compile("(?:届时|(?<![大少中上])将|拟|计划)[^，。；！？]{0,12}?邀请(?![了到])[^，。；]{0,8}$")
_THIS_EVENT_OPENING = re.compile(r"\s*(?:本次|此次|这次|本届)(?![^，。；]{0,20}?届时)")
# 应出席大会代表254名, 应到会委员35人: the number due to attend, opening the clause of its count.
_DUE_COUNT = re.compile("应(?:出席|到会?|参加|参会)[^，。；]{0,10}$")
_TIME_WORDS = "上午|下午|晚上|晚间|晚|早上|中午|当天|当日"
# 镇党委组织全体党员(在…召开), 在县委党校组织全县党员干部(召开): the people gathered, no part of the
# organizer or the venue (not 世界卫生组织驻华代表处, 党组织, 团组织)
_GATHERED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![党团生际])组织(?![部委工])了?(?:全体|全市|全县|全区|全校|全院|全乡|全镇|广大|各|部分"
    r"|(?:[\d一二三四五六七八九十百千]+[余多]?[名位])?[^，。；]{0,4}?(?:党员|干部|职工|师生|群众|学生|员工|代表(?![处团会])"
    r"|人员|青年|教师|志愿者|书记|负责)).*$"
)
# 该公司/该校/该院/该行(又)召开…: a body named before, standing as the subject of holding a meeting; each kind's endings.
# (该局日前召开…: a bureau as well, §3 tenth round)
_BODY_ANAPHOR = re.compile(r"(?:^|(?<=[，,；;日午晚])|(?<=上午|下午|晚上))\s*该(?P<kind>公司|集团|校|院|行|厂|局)[^，。；,;该]{0,16}?(?:召开|举行|举办)了?$")
_ANAPHOR_KINDS = {"公司": "(?:公司)", "集团": "(?:集团)", "校": "(?:大学|学院|学校|中学|小学)", "院": "(?:医院|法院|检察院|研究院|科学院|学院)",
                  "行": "(?:银行|农商行|分行|支行)", "厂": "(?:厂)", "局": "(?:局)"}
# (县委于国庆前夕(召开…), 县总工会在春节来临之际, 学校于元旦前一天: the time of a holiday after the subject, no part of it)
_ORG_FESTIVAL_TIME_TAIL = re.compile(r"[于在]?(?:[\u4e00-\u9fff]{1,6}?节|元旦|除夕|国庆|春节|中秋|端午|清明|重阳|七一|八一|五一|“[^”]{1,10}”)"
                                     r"(?:前夕|前一天|前两天|前后|期间|之际|来临之际|到来之际|即将到来之际|当天|当日)$")
# 该校公共卫生学院, 该公司研发中心: a unit of the body an anaphor stands for, as the subject of holding a meeting.
_ANAPHOR_UNIT = re.compile(r"该(?:公司|集团|校|院|行|厂|局)(?P<unit>[\u4e00-\u9fff]{2,14})")
# 立法会财务委员会昨日（22日）(会议通过…): a body and the day, then the bare noun of its session.
_BODY_DAY_SESSION = re.compile(r"(?P<org>[^，。；\s]{2,20}?(?:委员会|委会|议会|理事会|立法会|院|局|署|政府))"
                               r"(?:今天|今日|昨天|昨日|前天)(?:[（(][^（）()]{1,8}[）)])?(?P<name>会议)")
# 经开区党工委组织企业党组织书记40余人，先后(到…现场观摩): the body that took the visitors, before where they went
# 县检察院邀请10名人民监督员走进检察院，…，并在参观结束后召开座谈会: the body that invited or gathered people, the subject
# of a later clause of holding that goes on from it (并/随后/还/又, no subject of its own; GUIDELINES §3 organizer)
_LEAD_BODY_GATHERING = re.compile(r"(?:^|(?<=[，,；;]))\s*(?P<org>[^，。；,;：:]{2,30}?)(?<![党团生际])(?:邀请|邀集|召集|组织(?!部|委|工))")
_GOES_ON = re.compile(r"[，,]?\s*(?:并|随后|还|又|之后|然后)")
# …召开座谈会。参观结束后，监督员们在检察院二楼会议室进行座谈: the talks the 座谈会 was, told as a verb with their venue
_TALKS_SAT_AT = re.compile(r"\s*(?:[^，。；会式礼]{0,10}?后[，,]\s*)?[^，。；在]{0,12}?在(?P<loc>[^，。；在]{2,30}?)(?:进行|开展)了?座谈(?:交流)?"
                           r"(?=[，。；,;]|$)")
_LED_TO_VISIT = re.compile(r"(?:^|(?<=[，,；;]))\s*(?P<org>[^，。；,;：:]{2,40}?)(?<![党团生际])组织(?!部(?!分)|委|工)了?[^，。；,;]{1,30}?"
                           r"(?:[，,]\s*)?(?:先后|分别|一同|一起|集体)?$")
_CLOCK = r"[\d一二三四五六七八九十]{1,3}[时点](?:[\d一二三四五六七八九十]{1,2}分)?(?:许|半|整)?"
# A clock time written with a colon (区委5月8日19:30召开…): the colon stays inside the subject's run.
_COLON_CLOCK = r"\d{1,2}[:：]\d{2}"
# The subject before a verb of holding: a run without clause marks, a clock time's colon allowed.
_ORG_RUN_MAX = 40
_ORG_RUN = r"(?:[^，。；：,;:\n]|(?<=\d)[:：](?=\d{2})){2," + str(_ORG_RUN_MAX) + "}?"
# A clock time left at the end of a subject once its date is cut (县招商局5月8日晚7时, 市政府8日9时,
# 区委5月8日19:30): the time of the meeting, no part of the organizer.
# A start time told after a meeting's name by a noun referring to it (典礼于上午9时开始, 本次会议于下午2时30分召开): the
# noun is checked against the meeting's reference words (MeetingExtractor._start_time).
_START_TIME_TOLD = re.compile(rf"(?:^|[，,])\s*(?:本次|此次|这次|该)?(?P<noun>[^，,。；;\s]{{1,40}}?)于\s*"
                              rf"(?P<part>上午|下午|晚上|晚间|早上)\s*{_CLOCK}\s*(?:正式|准时|准点)?(?:开始|召开|举行|举办|开幕|启动)")
_CLOCK_AFTER_SUBJECT = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{_TIME_WORDS})?(?:{_CLOCK}|{_COLON_CLOCK})$")
# A year word, perhaps with a month or a part of one, left before a venue once the date is cut (今年上午在…,
# 今年5月上旬在…): no part of the place.
_YEAR_WORD_BEFORE_VENUE = re.compile(
    rf"^(?:今年|去年|本年|当年)?(?:{DATE_NUMBER}月(?:上旬|中旬|下旬|初|底|中|末))?"
    rf"(?=(?:{_TIME_WORDS})?(?:{_CLOCK})?(?:在|于))")
# 在北京人民大会堂举行的…新闻发布会上: a meeting named in an attributive phrase.
# Verbs of a meeting taking place or closing (…运动会在三亚落下帷幕).
# (开幕式, 闭幕词: nouns, not the verb)
# (…首脑会议23日在里加结束: a meeting closing is one held; not 会议结束后, 结束时)
# (…定期大会今（18）日开议: Taiwan, a council's session opens; not 公开议事, 召开议事会)
# (…高峰论坛今天在香港会议展览中心揭幕: an event opening, said so in Hong Kong and Macau as 开幕 is; a plaque
# or a statue unveiled names no meeting head, so gives no record)
_HELD_OR_CLOSED = "(?:召开|举行|举办|开幕|揭幕|(?<![公召])开议|开讲|开班|开课|开营|启幕|拉开帷幕|拉开序幕|落下帷幕|落幕|闭幕|圆满结束)(?![式词辞典礼]|(?<=幕)会|(?<=[班幕营课讲])仪式)"
# A verb of holding anywhere (a cheap check before a pattern made for one meeting's nouns).
_HELD_ANYWHERE = first_char_gated(_HELD_OR_CLOSED)
_ATTRIBUTIVE_VERBS = "(?:隆重)?(?:召开|举行|举办|开幕|闭幕|结束)的"
# A meeting referred to through an attribute of holding it (在中国科协举办的…论坛上, 在伦敦召开的…会议上,
# 执法检查组今天举行的第一次全体会议，…): what stands before the verb, the holder or the place, no 的 in it.
_HOLDER_BEFORE_VERB = re.compile(r"^(?P<pre>[^的“”「」『』]{1,30}?)(?:隆重)?(?:召开|举行|举办|开幕)的")
# After a verb of holding: not an attribute of the noun after 的 (桑特在会后举行的记者招待会上说: what was held
# there is named after 的; but …是在…举行的。 is a cleft, the meeting before it held).
# (市人大常委会举行宪法宣誓, 市总工会举行职工篮球赛: a body ending in 会 holds something named after the
# verb, an active sentence; the passive X会议举行 has no object after it)
# (…委员会举行会议, 举行例会, 举行开幕式: a meeting noun after the verb is read by the body-holding-a-meeting rule)
_NOT_ATTRIBUTIVE = ("(?!的[^，。；,;\n])(?!(?<=召开|举行|举办)(?!了|于|在|时|期间|之际|以来|完毕|结束|后|前|仪式|典礼|活动"
                    "|[^，。；,;\n]{0,16}?(?:[会式礼坛班]|协商|学习|座谈|研讨|观摩))[\u4e00-\u9fff「“『《])")
# The words that end a body's name, written once for the four lists that read them: _BODY_END (any body),
# _JOINT_BODY_END (a body beside or bracketed after another), _MEMBERS_BODY_END (a body of members ending in 会) and
# _LEVEL_BODY_HEAD (a level word and a body's short name, 区妇联, 市作协). Where a list takes only some of a group
# it says which and why. No word of a group begins another, so the order within a group is free.
# The member associations (市企业联合会, 省法学会, 律师公会).
_ASSOCIATION_WORDS = ("协会", "学会", "公会", "商会", "联合会", "基金会")
# The people's organisations and the congress, the conference (市政协, 县人大, 区妇联, 市工商联).
_MASS_BODY_WORDS = ("政协", "人大", "工会", "妇联", "团委", "科协", "侨联", "文联", "残联", "工商联")
# (省社科联, 市台联, 市作协, 县书协: the short names of federations and of the writers', artists' associations)
_FEDERATION_WORDS = ("社科联", "台联", "青联", "学联", "作协", "记协", "美协", "书协", "剧协", "音协", "影协", "舞协", "曲协",
                     "摄协", "民协", "计生协")
# (南江大学北京校友会2024年年会: an alumni association; 区慈善会, 省法学研究会, 县老区建设促进会: the social organisations
# named by what they do; not 联谊会, an event as often as a body)
_SOCIAL_BODY_WORDS = ("校友会", "慈善会", "研究会", "促进会")
# An association's bare kind as a subject (基金会举行…, 总工会召开…): a back-reference to the body named in full before.
# The associations less 公会, 总工会 and two of the social organisations (公会, 校友会, 慈善会 have never been read here;
# adding them changes output, left to a rule change). (read with fullmatch: the order is free)
_BARE_BODY_KIND = re.compile("|".join((*(word for word in _ASSOCIATION_WORDS if word != "公会"), "总工会", "研究会", "促进会")))
# The bodies whose name ends in 会 (市佛教协会, 区总商会, 同乡会, 市红十字会): no meeting word in an activity's name
# (市佛教协会成立40周年纪念活动, 同乡会成立30周年庆祝活动); not 协商会, a meeting.
_HUI_BODIES = (*_ASSOCIATION_WORDS, *_SOCIAL_BODY_WORDS, "工会", "同乡会", "宗亲会", "红十字会", "总会")
_BODY_ENDING_IN_HUI = re.compile("|".join("(?<!协)商会" if word == "商会" else word
                                          for word in sorted(_HUI_BODIES, key=len, reverse=True)))
# A body of members whose name ends in 会 (香港潮州商会, 市慈善总会, 省法学研究会): before a verb of holding with an
# object after it, the holder of that object (市慈善总会举行升旗礼), never a meeting held (not 联谊会, 理事会: events too).
# The words: the shared lists above less 公会, which has never been read here (adding it changes output; left to a
# rule change), and the 会 bodies only this rule reads (联会, 同乡会). (order free: each word must end the string, so
# at most one of them matches at a start)
_MEMBERS_BODY_END = re.compile(
    "(?:" + "|".join(tuple(word for word in _ASSOCIATION_WORDS if word != "公会") + ("总会", "联会", "红十字会")
                     + _SOCIAL_BODY_WORDS + ("同乡会", "工会")) + ")$")
# What follows the verb is its object: any after 了 (举行了义卖, 举行了会董就职礼), else a ceremony named by 礼 (举行升旗礼,
# 举行「…」奠基礼); not a time or a place word of the passive verb.
# 副市长李明于3月5日出席2026年科技创新大会，大会在市会议中心举行: a person attending the meeting, read as a passive name
# across the comma (the name's bare kind repeated after it); the name attended starts after the verb of attending
# (not 参加全国两会的代表座谈会在…举行: an attribute of those it is held for, 的 after it)
# Only where the kind is repeated after the comma (_KIND_REPEATED); not 全市参加省运会运动员出征仪式在…举行,
# 我市赴京出席全国两会代表欢送会在…举行: those it is held for, the verb inside the name.
_ATTENDING_IN_PASSIVE_NAME = re.compile("(?<=.)(?:出席|参加)了?(?![^，。；,;\n]*?的)(?=[^，。；,;\n]{2})")
# (…大会，大会在, …典礼，典礼于: the bare kind after the comma, to be matched with the name's end)
_KIND_REPEATED = re.compile(r"[」』”]?[，,]\s*(?P<kind>[\u4e00-\u9fff]{2,4}?)(?:在|于|已|[\d一二三四五六七八九十今昨]|上午|下午|晚上)")
_OBJECT_AFTER_VERB = re.compile("(?:了|(?=[^，。；,;\n]{1,17}?礼[”」』]?(?:[，。；,;\n]|$)))(?!于|在|时|期间|之际|以来|完毕|结束|后|前)"
                                "[\u4e00-\u9fff“「『《]")
# The last word of a building's or a hall's name (和平饭店, 和谐广场, 人民会堂): a venue, not a party to an event.
_VENUE_NAME_END = "(?:厅|堂|馆|室|宫|大厦|酒店|宾馆|饭店|广场|会场|会议中心)"
# (院坝, 坝子, 院子, 大院: the yard where a village or community meeting sits)
# (市人力资源市场, 县人才市场: the hall where job fairs are held, a venue; not 国际市场, 劳动力市场的需求: a market)
_VENUE_END = re.compile("(?:厅|堂|馆|室|宫|剧院|戏院|中心|大厦|酒店|宾馆|饭店|校区|基地|广场|园|院坝|坝子|院子|大院|人力资源市场|人才市场"
                        "|京|沪|省|市|县|区|镇|村)$")
# 恩施州, 黔东南州: 州 as a prefecture's unit word after its short name, two or three characters from the start
# of the string (not 中国郑州, 湾区广州: a place word before a city whose own name ends in 州; nor 长三角苏州,
# 大湾区广州: longer; both a city within a larger place, written as part of an event's name). Anchored at the
# start, it only fits a body end matched from there (an organizer prefix, a headline's subject).
_PREFECTURE_END = (r"(?<=^(?![\u4e00-\u9fff]?[国区省市])[\u4e00-\u9fff]{2})州"
                   r"|(?<=^(?![\u4e00-\u9fff]?[国区省市])[\u4e00-\u9fff]{3})州")
# An organizer written at the head of a meeting name, before an edition or a year.
# The last words of a body's name (市总工会, 王家村, 县委宣传部; 黔东南州, an autonomous prefecture).
# A library, a museum and their like: a body that holds its own events (in _BODY_END and _LEVEL_BODY_HEAD;
# 省图书馆“阅读之美”系列讲座第15讲: a library or a museum holding its own lectures, a body like 文化馆 before an
# edition, a year or a quoted series).
_CULTURE_BODIES = "图书馆|博物馆|文化馆|美术馆|科技馆|纪念馆|档案馆"
_BODY_END = (r"(?:委员会|委会|党委|党组|政府|公司|集团|大学|学院|中学|小学|医院|" + "|".join(_ASSOCIATION_WORDS)
             + "|" + _BANK_WORDS + r"|研究所|研究院|总会|红十字会|同乡会|宗亲会|报社|电视台|" + "|".join(_MASS_BODY_WORDS) + "|派出所|"
             + "|".join(_FEDERATION_WORDS) + "|" + "|".join(_SOCIAL_BODY_WORDS) + "|" + _CULTURE_BODIES +
             r"|法院|检察院|党支部|社区|局|厅|委|院|校|中心|社|部|省|" + _PREFECTURE_END + r"|市|县|区|镇|乡|村|街道)")
# 中关村软件园, 清河科技园: a park run as a body, the organizer of its own events (only before the cues of
# _ORG_PREFIX; not in _BODY_END, where a bare 园 would also end parks and gardens named as venues).
_PARK_END = "(?:科技|软件|产业|工业|创业|创新|物流)园"
# A year in Chinese numerals (二〇二四, 二○二三 with the geometric circle, 一九九八, 二零二四).
_CHINESE_YEAR = "[一二][〇○零一二三四五六七八九]{3}"
# The last words of a body that holds a meeting named in an attribute (在中国科协举办的…, 在执法检查组今天举行的…,
# 洛杉矶市友好团体举行的…, 在亚太经合组织…): a body's end, or a group's, a delegation's, an organization's.
_HOLDER_END = re.compile("(?:" + _BODY_END + "|" + _PARK_END + "|组|团|团体|组织)$")
# … but a headquarters or a club (在该组织马德里总部举行的…, 在全美新闻俱乐部举行的记者招待会上): where a body's events
# take place, the venue.
_VENUE_OF_BODY = re.compile("(?:总部|俱乐部)$")
# After 在, the bodies read as the holder rather than the venue (在美俄商业理事会举行的…研讨会上): the councils, the
# associations less 公会 and two of the social organisations (公会, 校友会, 慈善会 have never been read here; adding
# them changes output, left to a rule change). (read with str.endswith: the order is free)
_COUNCIL_HOLDER = ("理事会", "委员会", *(word for word in _ASSOCIATION_WORDS if word != "公会"), "研究会", "促进会")
# The end of a body's name that can stand beside another's (市企业联合会、企业家协会) or in brackets after it
# (区工商联（总商会）): an organization's word, not a place's alone (江城市、临江市 are two places, no joint holder read).
# Of the federations only 社科联 and 作协 have been read joint (adding the others changes output; left to a rule
# change); no place word, no unit word a place also takes (院, 校, 社, 部), no school, bank or station.
_JOINT_BODY_END = ("(?:委员会|党委|党组|政府|公司|集团|大学|学院|医院|" + "|".join(_ASSOCIATION_WORDS)
                   + "|研究所|研究院|总会|红十字会|" + "|".join(_SOCIAL_BODY_WORDS) + "|" + "|".join(_MASS_BODY_WORDS)
                   + "|社科联|作协|局|厅|委|中心)")
_ORG_PREFIX = re.compile(
    # (中国石油天然气股份有限公司长庆油田分公司第七届…: a company's full name, a branch after its parent, may run longer)
    # (市企业联合会、企业家协会第七届…: two bodies joined by 、 hold it together; 区工商联（总商会）九届三次…: a body with its
    # other name in brackets)
    r"^(?P<org>(?:[\u4e00-\u9fff]{2,16}?" + _JOINT_BODY_END + "、)?[\u4e00-\u9fff]{2,16}?(?:" + _BODY_END + "|" + _PARK_END + ")"
    r"(?:（[\u4e00-\u9fff]{0,8}?" + _JOINT_BODY_END + "）)?|[\u4e00-\u9fff]{2,28}?(?:公司|集团)(?:工会|党委)?)"
    # (…第十二期, 2023年度, 2024届, 2024-2025学年, “…”, 首届: the organizer's name ends before these)
    # (永安区庆祝中国共产党成立103周年…表彰大会: before the occasion the meeting marks)
    # (全国妇联十三届三次执委会议: an edition written without 第, a numbered 届 then its session of a kind; not
    # 全国人大八届五次会议, 全国政协八届五次全体会议, 市委十二届九次全会: a session named by its body; nor 县十届三次人民代表大会:
    # a place's congress; but 某公司五届二次职工代表大会: the body's staff congress, split like its short form 职代会)
    # (西南交通大学建校128周年庆祝大会, 某集团成立70周年纪念大会: before the anniversary the event marks)
    # (东湖中学第40个教师节庆祝大会: before the numbered occasion the meeting marks)
    r"(?=第[一二三四五六七八九十百\d]+[期届次]|第[一二三四五六七八九十百\d]+个(?=[^，。；]{0,8}?节)|[一二三四五六七八九十百]{1,3}届[一二三四五六七八九十]{1,2}次(?!(?:全体|扩大)?会议|全会)"
    r"(?![^，。；]*(?<!职工)(?<!会员)代表大会)"
    r"|(?:建[校院所厂局社司台]|成立|创建|创办|创刊|办学)[一二三四五六七八九十百\d]+周年"
    r"|(?:19|20)\d{2}(?:年|届|级|学年|[-—~/](?:19|20)?\d{2}学年)|[“「]|首届|庆祝|纪念"
    # (特区政府二〇二四年度…颁授典礼: a year in Chinese numerals, as Macau and Hong Kong releases write it)
    r"|" + _CHINESE_YEAR + r"(?:年|届|学年)"
    # (國立台灣大學113學年度…典禮, 某县体育会113年度…表扬大会: a Republic of China year, 民国113年 = 2024; not 建校113年)
    r"|1[01]\d(?:学年|年度)"
    # (江汉能源集团党委理论学习中心组（扩大）学习会, 县委理论学习中心组专题学习会: a party committee's study group, the
    # committee holding its session)
    r"|理论学习中心组)"
)
# 腾远科技2024年年会, 吉利汽车第500万辆整车下线仪式: a company's short or brand name (no body word at its
# end) before the two things only a company's event starts with: the year of its annual meeting (年会), or the
# ordinal of a unit it made (第500万辆, 第1000台). They mark where the organizer ends (GUIDELINES §3, name without a
# leading organizer prefix). A year before another meeting's name (星辰科技2024新品发布会, 华翔股份2023年年度股东大会)
# marks it too, but only when the head reads as a company by _reads_as_company (its trade word, or the article
# naming it as one): a bare place or phrase before a year or an edition (中国第…, 两岸2024年…) is no organizer written.
_BRAND_PREFIX = re.compile(
    r"^(?P<org>(?![该本我全各此今去明首新上下历每])[\u4e00-\u9fff]{2,6}?)(?<![会坛节展赛周班年度届期])"
    r"(?=第[一二三四五六七八九十百千万\d]+万?[辆台架艘件套吨]|(?:19|20)\d{2}(?:年度?)?年会$"
    r"|(?P<year>(?:19|20)\d{2}(?:年度?|届)?)(?!\d)[\u4e00-\u9fff“「])"
)
# The trade word a company's short name ends in (腾远科技, 吉利汽车, 腾远钴业, 海尔智家): what makes a head before a
# year or an ordinal read as a company's rather than a place's (达沃斯) or a phrase's (中国金融, 中国经济学).
_COMPANY_SHORT_END = re.compile(
    "(?:科技|股份|控股|汽车|电子|电气|电器|能源|动力|重工|机械|装备|智能|智家|光电|通信|网络|软件|生物|医药|制药"
    "|化工|材料|新材|钢铁|建工|实业|传媒|物流|食品|地产|置业|家居|家电|[钴锂矿药乳酒纸铝铜]业)$"
)
# A two-character stem before such a trade word that names a sector, not a company (消费电子, 汽车电子, 新型材料,
# 智能家居): with it, the head is a field's name and no company's short name.
_SECTOR_STEM = re.compile("^(?:消费|汽车|新型|先进|高端|有机|现代|传统|特色|功能|休闲|家用|民用|军工|电子|精细|商业|住宅|全屋)")
# A country, the world or an area written first (中国…, 国内…, 世界…, 两岸…, 全球…): a place or a field named for
# it, no company's short name, unless the article names that company (中国中车股份有限公司).
_AREA_HEAD = re.compile("^(?:中国|中华|全国|国内|国际|世界|全球|两岸|海峡|亚洲|亚太|欧洲|非洲|美洲|东亚|东盟|华夏|境内|海内外)")
# The same short name written elsewhere as a company's full name (比亚迪股份有限公司, 华为技术有限公司, 吉利集团).
_COMPANY_FULL_AFTER = "[\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份公司|公司|集团)"
# The same short name written elsewhere as a company's full name, its trade word and legal form only
# (星辰科技有限公司, 华为技术有限公司; not 深圳市…公司: a city's name with a company of its own after it).
_COMPANY_NAMED_AFTER = "(?![省市县区镇乡州])[\u4e00-\u9fff]{0,4}?(?:有限公司|有限责任公司|股份公司|集团)"
# The trade words that end a company's short name only (星辰科技, 华翔股份, 长江实业), not a field's too (人工智能,
# 生物医药, 绿色能源): what a head before a year needs when the article names no company for it.
_COMPANY_TRADE_END = re.compile("(?:科技|股份|控股|实业|置业|智家)$")
# A field or a sector written first (金融科技, 农业科技, 数字科技): the name of a field's event, no company's.
_FIELD_HEAD = re.compile("^(?:金融|农业|医疗|教育|体育|文化|数字|信息|工业|海洋|航天|航空|生物|环境|环保|能源|网络|智能|人工智能"
                         "|绿色|低碳|城市|乡村|健康|科学|科普|创新)")
# Head words too generic to make 开展… a meeting (开展…活动 is usually a campaign).
#: Heads that name an event without any words before them (the verb's object may be just these).
_SELF_NAMING_HEADS = frozenset({
    "述职评议会", "述职评议大会", "表彰大会", "颁奖大会", "颁奖典礼", "颁奖仪式", "颁授典礼", "授勋典礼", "授勋仪式",
    "签约仪式", "揭牌仪式", "启动仪式", "开班仪式", "新闻发布会", "民主生活会", "组织生活会", "集体学习", "集体学习研讨", "专题学习",
    "主题党日活动", "主题团日活动", "文艺晚会", "颁奖晚会", "会谈", "工作会谈", "会晤", "正式会晤",
    "开幕式", "闭幕式", "开幕典礼", "闭幕典礼", "党课", "全会", "开班式", "结业式", "首发式", "首映式",
    # (市议会昨日举行闭会式: a Taiwan council session's closing ceremony)
    "闭会式",
    # (警察学院今日举行结业会操: a passing-out parade held is a ceremony, GUIDELINES §3 eighth round)
    "结业会操", "毕业会操",
    # (市旅游协会假座丽华大酒店举行年会: a body's yearly meeting, named by the noun alone)
    "年会",
    # (市应急局召开晨会: a unit's morning meeting)
    "晨会",
    # (学会今日举行讲座, 社区举办讲座: a lecture given, named by the noun alone)
    "讲座",
    # (5月6日，论坛在滨江会展中心举行，市长王强致辞…: a forum or summit held on a stated day, named by the noun alone)
    "论坛", "峰会",
    # (社署举行嘉许礼, 商会举行会董就职礼, 学校举行毕业礼, 金管局举行表扬礼: a ceremony as Hong Kong, Macau and Taiwan
    # releases name it, 礼 for 典礼)
    "颁奖礼", "嘉许礼", "表扬礼", "开幕礼", "闭幕礼", "毕业礼", "开学礼", "开班礼", "结业礼", "授勋礼", "就职礼",
    # (新校舍举行奠基礼, 新大楼举行平顶礼: a building's ground-breaking, topping-out, completion or opening ceremony
    # named by 礼 alone, as 奠基仪式 is; not 献礼, 婚礼: no event held by a body)
    "奠基礼", "动土礼", "平顶礼", "封顶礼", "落成礼", "启用礼", "揭幕礼",
})
# Self-naming heads as often a service carried on as one event (讲座), or a back-reference to one told before (论坛):
# held bare, they need a day of their own.
# 学术报告, 学术讲座, 开学第一课, 题为《…》的讲座: the lectures the academic pass names.
# (作了题为“…”的专题辅导报告: a topical lecture by another noun, GUIDELINES §3 thirteenth review round)
# (作了水稻绿色高产栽培技术专题讲座, 作专题讲座: a topical lecture a named person gives, named with its topic as written;
# not 作的专题讲座, 作好专题讲座: an attribute or a task, no lecture given)
# (a lecture named by its topic alone, 文学讲座, 科普讲座, is no record: read so, it added a meeting the invented held-out gold
# does not hold, GUIDELINES §8; 专题讲座 and 学术讲座 are lectures held)
# (作了一场关于地方历史的专题讲座: a lecture named with its topic by 关于…的 keeps the whole phrase, GUIDELINES §3
# thirteenth review round)
_ACADEMIC_NAME = ("学术报告|学术讲座|专题辅导报告|开(?:学|班)第一课|(?<=[》”]的)讲座|(?![作做]了)(?:(?![的好])[\u4e00-\u9fff]){0,16}专题讲座"
                  "|关于[^，。；;“”《》的]{2,24}的(?:(?![的好])[\u4e00-\u9fff]){0,8}(?:讲座|学术报告)")
# The words each name _ACADEMIC_NAME reads ends in: the cheap tests (_ACADEMIC_GATE and the event-word gate) read this
# one list, so they and the pattern keep in step. The gate passes any page with 讲座: the precision is carried by the
# verbs of self.academic that must read the name (作/讲授/带来, not 作为 or 线上), not by the gate.
_ACADEMIC_WORDS = "学术报告|辅导报告|第一课|讲座"
_ACADEMIC_GATE = re.compile(_ACADEMIC_WORDS)
# 会议要求邀请专家…作专题讲座, 研究员王强将作…专题讲座, 要邀请专家作专题讲座, 计划邀请专家作…: a lecture asked for,
# planned or to come (a plan or task word in its clause before the verb), none given; not 作了…: one given
_LECTURE_AHEAD = re.compile(_PLAN_IN_CLAUSE.pattern + "|" + _TASK_MODAL.pattern + "|准备|打算")
_LECTURE_GIVEN = re.compile("[^了，。；]{1,2}了")
# (为200名种粮大户作…专题讲座: an attendance read as a lecture's audience ends in the lecture's noun)
_LECTURE_END = re.compile("(?:课|讲座|学术报告)$")


def _lecture_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether the lecture ``m`` (of the academic pattern) is only asked for or planned in its clause."""
    return not _LECTURE_GIVEN.match(text, m.start()) \
        and _LECTURE_AHEAD.search(text, clause_bounds(text, m.start())[0], m.start()) is not None


# …培训班在市统计局开班。上午举行了开班仪式: the class's opening told, then its ceremony by a bare name (GUIDELINES §3
# thirteenth review round: one record, the class's); the class opened, not only held (…培训班在…举办 over a span of
# days keeps its dated 开班仪式 apart)
_BARE_OPENING_RITE = frozenset({"开班仪式", "开班式", "开班典礼"})
_CLASS_NAME = re.compile("班$")
_CLASS_OPENED = re.compile("开班(?![仪式典第])")
# 上午举行了开班仪式, 当天下午举行开班式: the time of day the ceremony's sentence opens on
_RITE_TIME = re.compile(r"\s*(?:当天|当日|同日|随后)?[，,]?\s*(上午|下午|晚上)")


def _class_with_its_opening(meetings: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Fold a bare 开班仪式 told right after a class opened on the same day into the class's record (its time of
    day, and what the class's record lacks); a class over a stated span of days (5月6日至10日) or a ceremony of
    another day (5月8日举行了开班仪式) stays apart, as does one told in another paragraph or after another event."""
    folded: list[dict[str, Any]] = []
    for meeting in meetings:
        start = meeting["evidence"]["clean_start"]
        before = [m for m in folded if m["evidence"]["clean_start"] < start]
        latest = max(before, key=lambda m: m["evidence"]["clean_start"]) if before else None
        if (meeting["name"] in _BARE_OPENING_RITE and latest is not None and _CLASS_NAME.search(latest["name"])
                and _CLASS_OPENED.search(latest["evidence"]["text"])
                and not _RANGE.search(latest["date_text"] or "")
                and meeting["date"] in (None, latest["date"])
                and "\n" not in text[latest["evidence"]["clean_end"] : start]
                # (…开班。5月8日，…。上午举行开班仪式: a day told between, the ceremony's own)
                and next(_told_days(text, latest["evidence"]["clean_end"], start), None) is None):
            when = _RITE_TIME.match(meeting["evidence"]["text"])
            latest["time_of_day"] = latest["time_of_day"] or meeting["time_of_day"] or (when[1] if when else None)
            for key in ("location", "organizer", "host"):
                latest[key] = latest[key] or meeting[key]
            if latest["attendee_count"] is None:
                latest["attendee_count"], latest["attendee_approx"] = meeting["attendee_count"], meeting["attendee_approx"]
            continue
        folded.append(meeting)
    return folded


def _hosting_school(text: str) -> str | None:
    """The one school named hosting (主办 or 承办) the event of ``text``, which 我校 there stands for; ``None`` for
    none or two (江城大学和江北师范学院联合承办: which one reports is not said), for the reporting school a host apart
    from the one named (江城大学主办、我校承办), and for a unit alone (马克思主义学院承办: the school unnamed)."""
    hosting = [h[1] for h in _SCHOOL_HOSTING.finditer(text) if not _UNIT_COLLEGE.fullmatch(h[1])]
    if not hosting or _OWN_SCHOOL_HOSTS.search(text) or any(_SCHOOLS_JOINED.search(h) for h in hosting):
        return None
    # (江城大学马克思主义学院承办: the university, whose unit hosts it)
    schools = {_AFTER_UNIVERSITY.sub("", h) for h in hosting}
    return schools.pop() if len(schools) == 1 else None


# 邀请8名人大代表观摩庭审, 20名家长旁听了一堂公开课: those who watched a trial or a class, which is no meeting, in the
# count's own clause (GUIDELINES §3 thirteenth review round): no attendee count of the 座谈会 held after it.
# (not 观摩了…现场会, 观摩交流, 现场观摩: a gathering or a study visit watched, §3 现场观摩)
# (the trial or class watched, one list for this test and the visit pattern of the attendance passes)
_WATCHED_NOT_MEETING = "庭审|审判|审理|公开课|示范课|观摩课|课堂"
_TRIAL_OR_CLASS_WATCHED = re.compile(r"[^，。；]{0,20}?(?:观摩|旁听)了?[^，。；会]{0,12}?(?:" + _WATCHED_NOT_MEETING + ")")


def _trial_watched(sentence: str, m: re.Match[str]) -> bool:
    """A count of people who watched a trial or an open class in the count's clause (邀请8名人大代表观摩庭审)."""
    return ("庭" in sentence or "课" in sentence or "审" in sentence) \
        and _TRIAL_OR_CLASS_WATCHED.match(sentence, m.end("unit"), clause_bounds(sentence, m.end("unit"))[1]) is not None


def _contest_entered(sentence: str, m: re.Match[str]) -> bool:
    """A count whose 参加/参与 takes a contest as its object (28名选手参加决赛): the contestants, who make no
    attendee count of the ceremony told beside it, unless the object names a gathering of it (参加决赛颁奖仪式)."""
    if not m.group().endswith(("参加", "参与")):
        return False
    clause_end = clause_bounds(sentence, m.end())[1]
    return _CONTEST_ENTERED.match(sentence, m.end(), clause_end) is not None and _CONTEST_GATHERING.search(
        sentence, m.end(), clause_end) is None


def _audience_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether ``m``, an attendance read as a lecture's audience (为200名种粮大户作…专题讲座), counts those of a
    lecture only asked for or planned (会议要求邀请专家为…作…专题讲座)."""
    return _LECTURE_END.search(m.group()) is not None and "了" not in m.group() \
        and _LECTURE_AHEAD.search(text, clause_bounds(text, m.start())[0], m.start()) is not None
_DAY_NEEDING_HEADS = frozenset({"讲座", "论坛", "峰会"})
_GENERIC_HEADS = frozenset({"活动", "比赛", "大赛", "竞赛", "展览", "课堂", "会"})
# 语文教研组在会议室开展“整本书阅读”教研活动: a teaching-research activity is a meeting carried out (GUIDELINES §3
# eighth round, held on a stated day with a host or attendance: checked as for any 开展 event), though 活动 is generic.
_CARRIED_OUT_HEADS = ("教研活动",)
# The end of a unit named 处 (管理处, 办事处, 教务处, 宣传处, 学生处): 于 after it opens a venue (管理处于礼堂举行), not the
# verb 处于 (正处于, 仍处于 are kept off by the lookbehind before 于 of the active pattern).
_UNIT_CHU_END = "[理事务络书传政研卫划合究察查法护费营织生]处"
_OPPOSITES = (("开幕", "闭幕"), ("开班", "结业"), ("开学", "毕业"), ("启动", "总结"))
# 各种活动, 一系列有关环保问题的国际会议, 不同形式的纪念宣传活动: a series, not one meeting.
_SERIES = re.compile("各种|各类|各项|一系列|系列|不同形式|多种|多场|多个|数个|若干|多次|许多|众多|诸多|很多")
# What a phase number (一期, 二期) is of: works or a project, or the act the ceremony marks on them (二期投产仪式).
_WORKS_PHASE = "工程|项目|厂房|扩建|建设|投产|竣工|开工|奠基|完工|通车|封顶|落成|主体"
# 此类会议, 这类座谈会, 这样的会议: a kind of meeting spoken of, none held (§3; 此次会议 is the one reported).
_KIND_OF = re.compile("^(?:此类|这类|该类|那类|此种|这种|那种|这样的|那样的|类似的?)")
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
# (典礼后各系所另行举办拨穗仪式: the event after which each of them held its own, no part of the subject)
# (not 大会后勤保障组, 会议后备人员: 后 opening a word of the name)
_AFTER_EVENT = "(?:典礼|仪式|会议|大会|活动|会|开幕式|闭幕式)(?:结束)?[之以]?后(?![勤备续期方援])"
# 依计划, 按原定计划, 如计划: as planned, closing the subject before the day and the verb.
_AS_PLANNED_END = re.compile("(?<=[\u4e00-\u9fff]{2})(?:依|按|如|照)(?:原定|原)?计划$")
_EACH_SUBJECT = re.compile(r"(?:^|[，。；,;])\s*(?:" + _AFTER_EVENT + r")?(?:各|各地|各级|各市|各县|各区|各单位|各部门)[^，。；,;]{0,10}$")
# 随后几天陆续召开, 此后数日纷纷举行: one meeting noun held again and again over a stretch of days (a series, §3;
# not 1月6日，各村党组织陆续召开组织生活会 on one day), unless the meetings are listed by name.
_ONE_AFTER_ANOTHER = re.compile(r"(?:几天|数天|数日|几日|几周|数周|一段时间|几个月|数月)[^。；;]{0,16}?(?:陆续|纷纷)(?:组织)?"
                                r"(?:召开|举行|举办)了?\s*$")
_LISTED = re.compile("[、和及与]")
# 同时举行 / 同期举办 / 当天下午…: an event held alongside the main meeting takes its date.
# A sentence opening on a part of the day alone (下午，…; 晚上，…): the day told just before.
_DAY_PART_OPENING = re.compile(r"\s*(?P<part>上午|下午|晚上|晚间)[，,]")
# The end of an organization's name (省人民医院赴疆医疗队, 江南大学就业指导服务中心): a clause-like part of the
# subject that ends so is the organization's own name.
# A way of holding a meeting after the organizer or the venue (以视频形式, 通过视频会议形式).
# (市委以视频形式, 通过视频会议形式, 县委通过视频会议: the manner of holding it)
_MANNER_END = re.compile(r"(?:以|通过|采取|采用)[^，。；]{1,12}(?:形式|方式)$|通过(?:视频|网络|电视电话|线上|腾讯)[^，。；]{0,6}$")
# Going to a place (县委书记江河到城南片区, 赴疆): not 落到实处, 送到, 派驻到, 到任, 到家.
_GOING_TO = r"(?<![落送得做办提收找遇想见来回达报走直感受派驻])(?:到|赴)(?![任达位期来场岗了店家])"
# 深入基层, 到一线, 来到群众中间, 到现场: where an official goes as a way of working, no venue of the meeting held there.
_NO_PLACE_GONE_TO = re.compile("(?:基层|[生产施工项目]{0,4}一线|基层一线|田间地头|群众(?:中间?|身边|家中)|现场)")
_ORG_SUFFIX_END = r"(?:队|团|组|中心|委员会|组委会|部|处|室|办|站|所|院|群|公司|党委|支部|总支|专班|人才|干部|代表)$"
# Days told relative to the day just named (次日 and 隔天 the day after, 前一天 and 此前一天 the day before, 两天后 two days
# on; 会后第二天 the day after the meeting just told): the shift in days. (Not 前两天: a vague "a few days ago" as
# often as two days before.)
_SHIFTED_DAY = {"次日": 1, "翌日": 1, "第二天": 1, "隔天": 1, "前一天": -1, "前一日": -1, "此前一天": -1, "此前一日": -1,
                "一天后": 1, "两天后": 2, "三天后": 3, "两日后": 2, "三日后": 3,
                "会后第二天": 1, "会后次日": 1, "会后翌日": 1}
_SHIFTED_WORDS = "|".join(_SHIFTED_DAY)
# The words of a later meeting's date that mean the day told just before (当天下午，…举行…).
_SAME_DAY_WORDS = ("当天", "当日", "同日", "当晚")
# (县政府次日召开…: the next day after the subject, before the verb)
_THIS_DAY_WORDS = ("当天", "当日", "当晚")
_SAME_DAY = literal_gated(re.compile("当天|当日|当晚|同日|(?:^|(?<=[，,])|(?<=[委府局会院校部组办])|(?<=[委府局会院校部组办]于))\\s*(?:" + _SHIFTED_WORDS + ")"))
# (县委召开常委会议。县政府次日召开…: a later meeting's own day, counted from the day named last before it)
_SUBJECT_SHIFTED = re.compile("(?<=[委府局会院校部组办])于?\\s*(?:" + _SHIFTED_WORDS + ")")
# The last word of a post written right before a person's name (国务院总理李强, 县委书记王明): a subject written so
# elsewhere in the text is a person.
_POST_WORDS = ("长", "主席", "总统", "总理", "首相", "书记", "国务卿", "外相", "大臣", "大使", "主任", "经理", "董事长")


def _after_post(text: str, word: str) -> bool:
    """Whether ``word`` stands somewhere in ``text`` right after a post of :data:`_POST_WORDS` (what
    ``re.search("(?:" + "|".join(_POST_WORDS) + ")" + re.escape(word), text)`` finds, with no pattern compiled per
    word)."""
    i = text.find(word)
    while i >= 0:
        if text.endswith(_POST_WORDS, 0, i):
            return True
        i = text.find(word, i + 1)
    return False
# An organizer position holding a person (…国防部长迟浩田上将, 外交部长唐家璇和…谢里夫): no organization.
_PERSON_END = re.compile(
    "(?:上将|中将|少将|部长|外长|总理|总统|首相|主席|书记|市长|省长|县长|秘书长|局长|大使)$"
    # 外交部长唐家璇和美国国务卿奥尔布赖特: two people holding talks
    "|(?:长|主席|总统|总理|书记|国务卿|外相|首相|大臣|大使)[\u4e00-\u9fff·]{2,10}(?:同|和|与)"
)
_TALKS = frozenset({"会谈", "工作会谈", "会晤", "正式会晤", "会见"})
# Talks and calls written as a verb after the other party, their name as written (GUIDELINES §3: talks and calls
# reported as held are meetings, like 会见): 同某国外长通电话, 与到访的代表团会面, 与各大学校长座谈, 邀集30家企业负责人座谈
# (not 同…磋商: consulting is often a process, 在同…磋商后宣布).
# (推介会后，市长与台商代表会见, Traditional 與…會見: a 会见 written after the party is talks held like 会谈)
_TALKS_WRITTEN = frozenset({"通电话", "视频通话", "会面", "座谈", "会谈", "会晤", "会见"})
# 将 of the future in a name read (将召开的…) makes it none; not 将 of a military rank (晋升上将军衔仪式).
_FUTURE_WORD = re.compile("(?<![上中少大主])将(?![军领士帅])")
# 与到访的某某代表团会面, 与新界乡议局代表会面: 会面 is talks when the other party is a delegation, a body's
# representatives or an official (not 与失散多年的亲人会面, a private reunion).
_OFFICIAL_PARTY = re.compile("(?:团|一行|代表|大使|使节|官员|负责人|领导|[长员]|主席|总统|总理|首相|书记|嘉宾|客商|董事长|总裁|人士)$")
# 下周将与企业家座谈, 希望尽快同…会面, 同意与…磋商: talks ahead, wished for or agreed to, none held (read before
# the party: 与企业主要负责人座谈 names who took part).
_TALKS_AHEAD = re.compile("(?<![上中少大主])将(?![军领士帅])|拟|(?<![重主纲需摘提])要(?![求点])|愿|希望|准备|计划|打算|期待|尽快|同意|决定|商定|约定")
# A ceremony named only by its kind, held by an event (科技周举行开幕式): the event completes the name.
_CEREMONY_OF = frozenset({"开幕式", "闭幕式", "开幕典礼", "闭幕典礼", "颁奖典礼", "颁奖仪式", "开幕仪式", "闭幕仪式",
                          "开班式", "开班仪式", "结业式", "结业仪式", "结业典礼"})
# 创科论坛开幕礼: the opening or closing of a forum-like gathering, whose venue is the ceremony's
# (…开幕礼并致辞。论坛在香港会议展览中心举行; 「创科融合论坛2024」开幕礼: a year and a closing mark between)
# (长者健康讲座开幕礼。讲座由卫生署主办; 教育研讨会开幕式。研讨会由…主办: a lecture or a seminar it opens too)
_CEREMONY_OF_GATHERING = re.compile(r"(?P<event>论坛|峰会|年会|大会|讲座|讲坛|研讨会|研讨班)(?:\d{4})?[」”』]?(?:开幕|闭幕)"
                                    r"(?:礼|式|典礼|仪式)$")
_EVENT_END = re.compile("(?:周|节|月|展|赛|博览会|运动会|交易会|洽谈会|艺术节|文化节|论坛|大会|年会|班)$")
# A name that is only a session number (第十八次会议, 第三次全体会议): the holding body completes it.
_SESSION_ONLY = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体|扩大)?会议")
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
    # (简朴的捐赠仪式, 简短而隆重的升旗仪式, 隆重的开业典礼: the manner it was held in)
    r"|(?:(?:简短|简朴|简单|庄严|庄重|隆重|热烈|盛大|朴素|温馨)而?){1,2}的)(?=[^，。；]{2})"
)
# A holder written before such a theme at the head of a passive name (华星科技以“智造未来”为主题的2025年度经销商大会在…召开):
# the subject the theme is told of, the organizer (GUIDELINES §3 eighth round: a body standing before the event's own
# name as its holder).
_HOLDER_BEFORE_THEME = re.compile(r"^(?P<org>[^，。；“”「」《》『』\s]{2,20}?)(?=以[“「《『][^”」》』]{1,40}[”」》』]为(?:主题|题|主线)的)")
# (2025年以“…”为主题的…, 首届以…, 今年以…, 全市以…: a time, an edition or a scope before the theme, no holder)
_NO_THEME_HOLDER = re.compile(r"[\d年届次期度]$|^(?:首|第|今|本|此|这|该|全|一)")
# The theme after the subject of an active verb (华星科技以“智造未来”为主题召开…): how it was held, no part of the organizer.
_THEME_AFTER_HOLDER = re.compile(r"以[“「《『][^”」》』]{1,40}[”」》』]为(?:主题|题|主线)$")
# Words placing an event at a time of its own (此前，在七一前夕，…讲授专题党课).
# (当天下午，…讲授专题党课: another part of the day)
# An audience (为, not 作为/成为/认为, then up to 20 characters in the clause) or a topic (以“…”为题) before a bare
# 讲党课 (为全体党员讲党课, 以“…”为题讲党课): one lecture given.
_LECTURE_AUDIENCE = re.compile(r"(?:(?<![作成认])为[^，。；,;]{1,20}|为题[，,]?)$")
# (要求各级党组织书记为党员讲党课: lectures asked for, none given; 规定…每季度至少为党员讲党课, 坚持每月为…讲党课:
# a rule or a habit, none given either; GUIDELINES §3)
_LECTURE_ASKED = re.compile("(?:要求|号召|鼓励|倡导|推动|督促|引导|带头|计划|部署|安排|通知|规定|明确|制度|坚持|至少|每(?:年|季度?|月|周))"
                            "[^，。；]{0,30}$")
# (开班当天，研究员X作了…专题讲座: the day of the opening just told, a day of the lecture's own, GUIDELINES §3 twelfth
# review round: a topical lecture given on a stated day is held; not a bare 当天 inside the meeting's account)
_OWN_TIME = re.compile(r"此前|之前|前夕|此后|会前|会后|(?:(?:19|20)\d{2}年)?\d{1,2}月(?!\d)|(?:当天|当日|同日)(?:上午|下午|晚上)|当晚|(?:开班|开幕|开营|开学)(?:式|仪式|典礼)?(?:当天|当日)")
# A generic reference with its day or venue read as a name (会议于7日在市总商会举行, 大会在省总工会召开).
_REFERENCE_THEN_VENUE = re.compile("(?:本次|此次|这次)?(?:会议|大会|活动|仪式|典礼|论坛|座谈会)(?:于|在)")
# A meeting named as one of several means (召开座谈会、发放征求意见表等方式).
# (not 召开警示教育大会，通过观看警示教育片等方式…: the means of the meeting, in a clause of its own)
_BY_MEANS_OF = re.compile(r"[、和及][^。；！？，,]{0,30}?等(?:方式|形式|途径|渠道|办法|措施)")
# A session held within or before a congress, named after it (…人大三次会议预备会议, …主席团第一次会议).
_SUB_SESSION = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}次)?(?:预备会议|主席团(?:第[一二三四五六七八九十\d]{1,3}次)?会议"
                          r"|(?:全体|分组|小组)会议|闭幕会|开幕会|党组会议)")
_IN_TURN = re.compile("分别|先后|相继|依次")
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
# Ceremony nouns a later sentence may refer to the ceremony by (典礼於…舉行, 仪式在…举行).
# 与25间学校, 和12家企业, 同全市30余所高校: a counted party of a signing after its host (clean_org)
_COUNTED_PARTY_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})[与和同跟](?:全市|全区|全县|全省|辖区|区内|市内|本地)?"
                                r"[\d一二三四五六七八九十百两]+[余多]?[间个家所位名户座](?:[^，。；、与和]{1,12})$")
_CEREMONY_NOUNS = frozenset({"典礼", "仪式", "论坛", "年会", "峰会", "晚会"})
# 主会场设在县政府三楼会议室, 会议地点设在…: the venue stated as such.
_VENUE_SET = re.compile(r"(?:主会场|会场|会议地点|活动地点)(?:设在|设于|位于)(?P<loc>[^，。；,;]{2,30})")
# 会议在市应急指挥中心设主会场: the main venue written before 设 (a video meeting's main room)
_VENUE_SET_BEFORE = re.compile(r"在(?P<loc>[^，。；,;在]{2,30}?)设(?:立)?主会场")
# 市长李强在市防汛指挥中心主会场主持会议: the main venue of a video meeting, where its chair sat
_CHAIRED_AT_MAIN_VENUE = re.compile(r"在(?P<loc>[^，。；,;在]{2,30}?)主会场(?:主持|出席|参加)了?(?:会议|大会)")
# The venue left at the end of an active subject: a city's short name (…9月2日上午在京(举行)), or a
# place after 在 with nothing before it but 并/又/还/也 (调研…，并在镇政府(召开座谈会)), too short a
# subject for the pattern to read the venue apart.
# 7月16日，在县委三楼会议室，县委书记…主持召开…: a venue set in a clause of its own before the subject (a day or
# a part of the day may open it).
_FRONTED_VENUE = re.compile(r"(?:^|[，,])\s*(?:[^，。；在]{0,12}?(?:日|上午|下午|晚上|傍晚|晚))?\s*在(?P<loc>[^，。；,;在]{2,30})[，,]")
_VENUE_IN_SUBJECT = re.compile(r"在(?P<city>[京沪穗津渝港澳])$|^[并又还也]?在(?P<loc>[^，。；,;在]{2,30})$")
# 在区委党校以《…》为题讲授, 在局机关七楼会议室为全体党员讲授, 在我校图书馆报告厅作…: the venue of a
# lecture, cut at the preposition or verb that follows it
_LECTURE_VENUE = re.compile(r"在(?P<loc>[^，。；,;在]{2,30}?)(?:以|为|给|向|作|讲授|讲|上)")
# 走进城关第一小学，为全校师生讲了…, 到县一中，为师生…: the place gone to before those a lecture is given to.
# (走进县第二中学，以《…》为题，为该校师生…: the lecture's title told between)
_LECTURE_GONE_TO = re.compile(r"(?:走进|来到|前往|(?<![\u4e00-\u9fff]{2}[送得做办提收找遇想见来回达报走直感受派驻])到)"
                              r"(?P<loc>[^，。；,;]{2,20}?)[，,]?(?:以[《“「][^》”」。；\n]{1,40}[》”」]为(?:主)?题[，,]?)?(?:为|给|向)")
# 前往八路军太行纪念馆(开展…), 来到…, 走进…: the place gone to at the end of the subject (赴/到 are read
# by the visit rule; these longer verbs of going are not)
_GONE_TO = re.compile(r"(?:前往|前去|来到|走进)(?P<place>[^，。；,;]{2,20})$")
# 主办单位为共青团中央、教育部, 本次研讨会主办方为…: the organizer named at a clause start, with whose
# organizer it is (owner: nothing, or this meeting, checked by the caller; not 下一届论坛, 该评选)
_ORGANIZER_IS = re.compile(r"(?:(?<=[，,；;：:])|^)\s*(?P<owner>[^，。；,;：:]{0,12}?)主办(?:单位|方)(?:为|是|：|:)(?P<org>[^，。；,;]{2,40})")
# 中国农业出版社主办本次活动: the agent of 主办 before a deictic reference to the event
_HOSTS_THIS = re.compile(r"^\s*(?P<org>[^，。；,;]{2,40}?)(?:联合|共同)?主办了?(?:本次|此次|这次|本届)")
# 学校召开大会，表彰…, 公司召开会议: a body written by its generic noun, unnamed; it holds the bare meeting
# (organizer null), unlike a scope (全市) or a meeting noun (会上, 大会) as the subject
_GENERIC_BODIES = frozenset({"公司", "学院", "学校", "我校", "本校", "我院", "我局", "集团", "集团公司", "项目部",
                             "本府", "本所", "本局", "本处", "本署", "本部", "本院", "本集团", "本公司", "我公司",
                             "我集团", "本行", "我行"})
# Names that say only that a meeting was held (召开会议, 召开专题会议, 召开大会).
_BARE_MEETING_NAMES = frozenset({"会议", "会", "专题会议", "专题会", "扩大会议", "全体会议", "大会"})
# 6月12日上午，县委召开会议。: what is left of a sentence after a body's bare 召开会议 when it tells nothing
# more (no purpose, no agenda), so that the next sentence may name that meeting.
_NOTHING_MORE = re.compile(r"[。！]?\s*")
# 同日，…; 同时，…; 去年，…; 今年3月，…; 当天下午…: words before the next sentence's name that set it at a
# time of its own (or beside the bare meeting: 同时, 此外), so that it names another meeting
_OPENS_ON_TIME = re.compile(r"同日|同时|同一天|当天|当日|当晚|此前|此外|另外|去年|今年|前年|明年|上年|近日|日前|次日|翌日"
                            r"|[年月日天周号]|上午|下午|中午|晚上|晚间|早上|凌晨")
# Rank of each level, the highest first (a county's meeting does not take the name of a province's).
_LEVEL_RANK = {"国": 0, "省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "镇": 4, "乡": 4}
_LEVELS = "|".join(_LEVEL_RANK)
# 全省防汛工作视频会议, 国务院常务会议, 全市…大会: the level a meeting's name opens on (a scope or a body of it)
_NAME_LEVEL = re.compile(rf"^全?(?P<level>{_LEVELS})")
# 县委, 我县, 平安县人大常委会: the last level word in a body's name is its level
_BODY_LEVEL = re.compile(rf"(?P<level>{_LEVELS})(?!.*(?:{_LEVELS}))")
# 县人大常委会第十五次会议, 市政协常委会会议: a body named, with its place or level, at the start of a
# meeting's name (its organizer, when it is not the body of the bare meeting before); not 全县, 本市, 我县
# (a scope), nor a bare 党委… (the subject's own organ: 学院召开会议。党委理论学习中心组学习会…)
_BODY_OPENING = re.compile(r"^(?![全本该各此我])[\u4e00-\u9fff]{1,8}?(?:人大常委会|人大|政协|政府|党委|党组|纪委|监委"
                           r"|委员会|常委会|工会|妇联|团委|科协|侨联|文联|残联|工商联|法院|检察院|局|厅)")
# 我县在分会场收听收看, 组织收看: a body that only watched or listened to the meeting named
_WATCHED = re.compile("分会场|收听|收看")
# What opens the account of another meeting after one (会后，…又召开…, 当天下午，…).
_ANOTHER_ONE = re.compile(r"^\s*(?:会后|随后|之后|此后|紧接着|接着|(?:当天|当日|同日)?(?:下午|晚上|晚间)|当晚)"
                          r"|(?:又|另|还|随即|紧接着)(?:召开|举行|举办|组织召开)了?")
# 此前，…; 会后，…: an account opening on a meeting held before or after the one just told.
_NARRATED_AROUND = re.compile(r"\s*(?:此前|之前|先前|会前|会后|随后|之后|此后|其后|紧接着|接着)[，,]")
# 会议于12月11日在市行政中心召开, 12月11日上午，会议在市行政中心召开: a sentence opening on a generic
# reference to a meeting (after a clause of its day, or with the day after 于) and its venue after 在, then
# the verb of holding it (the callers require a day where no headline names the meeting)
_REFERRED_HELD = re.compile(rf"^\s*(?:[^，。；,;]{{0,10}}?{DATE_NUMBER}日(?:上午|下午|晚上)?[，,]\s*)?"
                            r"(?:本次|此次|这次)?(?P<noun>会议|大会)(?:于(?P<when>[^，。；,;在]{2,20}))?在(?P<loc>[^，。；,;]{2,30}?)"
                            r"(?:隆重|顺利|胜利|圆满)?(?:召开|举行)(?=[，。；,;]|$)")
# 要落实好会议精神。: a meeting already spoken of as the source of relayed remarks (see _referred_held)
_RELAYED_SPIRIT = re.compile("(?:会议|大会|全会)精神")
# A sentence opening with a generic reference to the meeting just named, then its date (会议于2月2日下午…).
# (据了解，此次会议…; 据悉，…: a reporter's opener before the reference)
_ACCOUNT_OPENER = re.compile(r"^\s*(?:据了解|据悉|据介绍|记者了解到)[，,]\s*")
_GENERIC_REFERENCE = re.compile(r"\s*(?:本次|此次|这次)?(?P<noun>会议|大会|活动|仪式|典礼|年会|论坛|开幕式|座谈会)(?:于|在)?\s*(?:\d|[一二三四五六七八九十]{1,3}[月日])")
#: An undated meeting takes the date of a sentence before it only when that day is at most this
#: many days before the publication date.
CONTEXT_DATE_DAYS = 31
# 主持 closing a subject before 召开 (市长王刚主持召开会议): the person chairs the meeting, read without it.
_CHAIRING_END = re.compile("(?:亲自)?主持$")
# A titled person as the subject (市长王刚召开防汛调度会, 中国驻美国大使谢锋, 县长李明今天): no body
# organizes it (not 市长办公室).
# The people gathered at an event written as its subject (首都各界群众, 全市干部群众, 社会各界人士, 首都青年, 首都各界): a crowd,
# which GUIDELINES §3 does not take for an organizer (that is a body); not 市青年联合会, 华侨大学, 人民政府: a body's name.
# (委员长会议成员、常委会组成人员和列席人员, 全体党员和入党积极分子(举行…宣誓仪式): a list of participants, people;
# 全体班主任召开座谈会, 各班班主任在教室召开家长会: a school's staff or parents gathered, no body)
_CROWD_WORDS = ("(?:群众|各界|人士|青年|师生|市民|居民|村民|民众|同胞|侨胞|干部|职工|党员|员工|民警|人员|成员|积极分子|代表"
                "|委员|学员|队员|团员|同志|学生|志愿者|班主任|教师|老师|家长)")
_CROWD_END = re.compile(_CROWD_WORDS + "$")
# Such a crowd as the subject of a bare 召开大会, the day after it (首都各界今天在人民大会堂召开大会，隆重纪念…): the
# meeting is held, with no organizer.
_CROWD_SUBJECT = re.compile(_CROWD_WORDS
                            + r"(?:今天|今日|昨天|昨日|前天|今|昨|近日|日前|\d{1,2}日)?(?:上午|下午|晚上|晚)?$")
# A post written alone as the subject (行政长官今日在礼宾府举行…, 特首, 总统): a person, no body.
_BARE_TITLE = re.compile("(?:特区)?行政长官|特首|总统|副总统|总理|首相|国家主席|市长|县长|区长|省长|镇长|乡长")
_PERSON_SUBJECT = re.compile(
    # (not 湖南省长沙市, 西安市长安区, 华西镇长江村, 市长热线, 社区长者中心: a place or a body after the 长)
    # (政务司司长陈国基, 立法会议员陈某太平绅士: Hong Kong posts, honour words after the name)
    "(?:书记|市长|县长|区长|省长|局长|主任|部长|厅长|大使|董事长|总经理|校长|院长|主席|镇长|乡长|司长|署长|议员|立法委员|总理|总统|首相|外长|行政长官)"
    "[\u4e00-\u9fff]{2,3}(?<![室会部局处组办团队所院校馆府委厅市区县镇村乡道州旗心线者站场园])(?:太平绅士|博士|教授|先生|女士)?"
    "(?:今天|今日|昨天|昨日|当天|日前|近日|上午|下午|晚上)?$")
# A dated sentence whose day an undated meeting after it may take: an account of a visit, a signing
# or an opening (来到…调研, 签署…协议, 揭牌运行), not a notice issued or a rank awarded.
_ACCOUNT_VERB = re.compile("调研|来到|深入|走访|考察|视察|察看|检查|督导|反馈|举行|举办|开展|签署|签订|签约|揭牌|启动|组织|带领|率领|慰问|看望")
_OTHER_OCCASION = re.compile("会议|大会|会上|论坛|座谈会|讲话|通知|仪式|典礼")
# The label of the page's own date when it shares a line with the body (发布时间：, 来源：南湖日报 ).
_PAGE_DATE_LABEL = re.compile(r"(?:发布|发表|更新)(?:时间|日期)[:：]\s*$|来源[:：]\s*\S{1,16}\s+$")
# The label of a deadline or a window for entries, objections or validity right before a date (征稿时间为3月1日至4月30日,
# 报名截止日期：3月1日, 公示时间：…, 有效期至…): no day any meeting was held (GUIDELINES §3). Its window words are
# values.WINDOW_LABEL_WORDS, shared with the publication-date check (an event's own 会议时间 is no window here).
_WINDOW_DATE_LABEL = re.compile(
    r"(?:(?:" + WINDOW_LABEL_WORDS + r")(?:截止|截至)?(?:时间|日期|期间|期限)"
    r"|截止(?:时间|日期)?|截稿|有效期|到期(?:时间|日期)?)\s*[:：]?\s*(?:为|至|到)?\s*$")
# A meeting that follows the one just told (随后，…召开座谈会; 在随后举行的…上; 会后，…).
# A clause that goes on to the next meeting of the day (，随后召开…, ，会后又举行了…).
_NEXT_OPENER = "(?:随后|随即|紧接着|接着|会后|之后)"
# 论坛9日在杭州闭幕: a day told as the closing's.
_CLOSED_AFTER_DATE = re.compile(r"(?:上午|下午|晚上|晚)?(?:[在于][^，。；]{1,20}?)?(?:胜利|圆满|隆重)?(?:闭幕|落幕)")
# 本届论坛于8日开幕, 论坛8日上午开幕: a sentence opening on the opening day of an event named by a determiner and
# its noun, or by its name.
_OPENED_ON = re.compile(
    r"\s*(?:(?:本届|本次|此次|这次|这届|该)(?P<noun>[^，。；\d]{0,8}?)|(?P<named>[^，。；\d]{2,30}?))(?:已?于|是)?"
    r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?(?:[在于][^，。；]{1,20}?)?开幕")
_GENERIC_OPENED_NOUNS = frozenset({"会议", "大会", "会", "活动"})
# ，5月8日上午举行开班仪式 / ，9日在…召开…: a clause that opens on a day of the month and holds an event at once.
_DATED_NEXT_CLAUSE = re.compile(
    r"[，,](?=\s*(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?[，,]?\s*(?:在[^，。；]{1,20}?)?(?:举行|召开|举办)了?(?!的))")
# The meeting just told referred to by its noun, within which an act is held (会上, 大会上, 典礼上, 座谈会上, 仪式上, 会中).
# (not 协会上海训练基地: a body's name, then a place; not 县总工会上周, 省医学会上月, 县商会上午: a body's name, then a
# time; not 在上次常委会上, 上届交易会上, 去年的年会上: an earlier session)
_WITHIN_TOLD = (r"(?:(?:(?!上次|上一次|上届|上一届|去年|往届|此前|以往|历届)[\u4e00-\u9fff]){0,6}?(?<![社机都体误约理协])"
                r"(?:会|会议|典礼|仪式|论坛|开幕式|闭幕式)上(?![海饶虞杭午周月年半旬届次])|会中"
                # (现场还举行了…签约仪式, 活动现场举行了…: at the scene of the meeting just told, not 现场会, 现场办公)
                r"|(?:活动|会议|大会|典礼|仪式|论坛)?现场(?![会观办教指检调]))")
_FOLLOWING_CLAUSE = re.compile(r"[，,](?=\s*" + _NEXT_OPENER + r"[，,]?\s*(?:又|还)?(?:召开|举行|举办)了?)")
# ，会上还举行了…签约仪式 / ，典礼上，还为…举行了…仪式: a clause holding an act within the meeting just held (GUIDELINES §3:
# a ceremony held within a meeting is its own record, dated like the meeting), cut like the next meeting.
# (，典礼上，校长…为新生讲授了“开学第一课”: a lecture given within it, GUIDELINES §3 eleventh review round)
_WITHIN_CLAUSE = re.compile(r"[，,](?=\s*" + _WITHIN_TOLD + r"[，,]?\s*(?:还|并|同时|又)?[^，。；,;]{0,20}?(?:举行|举办)了?"
                            r"|\s*(?:典礼|仪式)上[，,]?[^，。；,;]{0,20}?(?:讲授|作|做)了?“?(?:开学第一课|学术报告|学术讲座))")
# 会上还, 典礼上，: the meeting within which an act is held, opening an organizer read before the act (no organizer).
# (现场(还) alone, its adverb cut before: the scene, no organizer either)
_WITHIN_TOLD_LEAD = re.compile("^" + _WITHIN_TOLD + "(?:[，,]|[，,]?(?:还|并|同时|又)|$)")
# ，会议结束后主任周某主持宪法宣誓仪式: a clause after the meeting just held, opening on its end, in which a ceremony is
# chaired (a record of its own, GUIDELINES §3; cut like the next meeting, its chair no host of the meeting before).
_CHAIRED_AFTER_CLAUSE = re.compile(r"[，,](?=\s*(?:(?:会议|大会|会)结束后|会后|随后)[，,]?[^，。；,;“”「」由]{0,16}?"
                                   r"(?<!主持人)(?<!曾)主持了?(?:整场|整个|全场)?[^，。；,;“”「」]{1,12}?(?:仪式|典礼)(?=[。；;]|$))")
# (观摩结束后，召开了…讲评会: after the event just told)
# (签约后，双方召开座谈会: after the act just told; not 三天后, a span of time)
# 酒会, 晚宴: the bare nouns a reception given is recorded under (see MeetingExtractor.reception)
_RECEPTIONS = frozenset({"酒会", "宴会", "午宴", "晚宴", "国宴", "招待会"})
_FOLLOWING = re.compile(r"^\s*(?:" + _NEXT_OPENER + r"|[^，。；]{1,10}?结束后|[^，。；\d]{1,8}?(?<![年月日天周前])后(?=[，,]))[，,]?"
                        r"|随后举行的|随后召开的")
# (在签约前，双方进行了会谈; 签字仪式前，双方举行座谈: talks just before the signing told, on its day; GUIDELINES §3,
# seventh review round; not 会前，…: an account told before a meeting may be of an earlier day)
_BEFORE_SIGNING = re.compile(r"\s*在?(?:签约|签字|签署)(?:仪式)?(?:举行|开始)?之?前[，,]")
# (签约前，区长会见了…; 签约后，…会见了…; 仪式结束后，市长会见了…: a leader receiving people right around the signing or
# the ceremony just told is talks held on its day, GUIDELINES §3 seventh round; not 会前，…会见了…, which may be of an
# earlier day)
# (说明会后，市委书记会见了…一行, 会后，…: a leader receiving guests right after the meeting just told, on its day as
# well; GUIDELINES §3: 会见 reported as held is a meeting, twelfth review round: what is held after the main event)
_AROUND_SIGNING = re.compile(r"\s*在?(?:(?:签约|签字|签署)(?:仪式)?(?:举行|开始|结束)?之?[前后]|(?:签约|签字|签署|揭牌)?仪式(?:结束)?之?后"
                             r"|[^，。；,;\n\d]{0,8}?(?<![开聚集约代两全])会(?:议|结束)?之?后)[，,]")
# 报告会, 讲座, 讲坛: a lecture's noun that refers to an academic report given (read where it stands, not from
# 作学术报告), in the headline or in the report's own sentence (做客“某某讲坛”，…作了…学术报告)…
_LECTURE_NOUN = re.compile("报告会|讲座|讲坛")
# …or opening a sentence soon after it (…作学术报告。报告会由…主持, 讲座由…主持); not another event's 讲座 or a
# column's 百家讲坛 told elsewhere on the page; not 讲座结束后, 讲座后: what came after the lecture, which holds none.
_LECTURE_REFERRED = re.compile(r"[。！？\n]\s*(?:此次|本次|这次|该|其)?(?:学术)?(?:报告会|讲座|讲坛)(?!结束|之?后)")
# 学术报告, 学术讲座: a headline's academic report, told in the body as a 报告会/讲座 referred to.
_ACADEMIC_HEADLINE = re.compile("学术(?:报告|讲座)")
#: How far (characters) after an academic report given a sentence may refer back to it as 报告会/讲座.
LECTURE_REFERRED_WINDOW = 120
# 曾多次来我校作学术报告, 经常应邀到各地作学术讲座, 每年都来…作学术报告: lectures told as a habit, none held on the
# clause's day (曾 with the verb after it, not the surname of 曾教授; not 先后作学术报告, several speakers in turn).
_LECTURE_HABIT = re.compile(r"(?:曾(?:经|多次|屡次|数次|先后|在|到|来|赴|应邀|受邀|为)|多次|屡次|数次|经常|常常|每年|多年来)"
                            r"[^，。；,;]*$")
# 邀请北京大学王教授5月20日来校作学术报告: a lecture invited for a day written after 邀请 in its clause, which
# is the lecture's day (a day after publication: a lecture planned, no record; GUIDELINES §3).
_LECTURE_INVITED = re.compile(r"邀请(?=[^，。；,;]*$)")
#: The longest organizer a headline may give a meeting told without one.
HEADLINE_ORG_MAX = 15
#: How much of a headline's meeting name another name must share to be the headline's meeting.
HEADLINE_NEAR = 0.85
#: How far (characters, in one paragraph) after the main meeting's sentence a session of its day's programme may
#: be told (…推进会召开。上午，…现场观摩；下午在…召开推进大会: about 30; set well above that, below a paragraph's
#: usual length, so that a session told after the account of another event is not read as a part).
PART_REACH = 80
#: A meeting named only in the headline is dated by one of this many body sentences after it.
HEADLINE_BODY_SENTENCES = 3
#: A day without a month takes the month of a full date at most this many characters before it.
MONTH_CONTEXT_CHARS = 400
#: A day without a month read in the month of the date told before it (5月6日…。8日…) is taken only when it
#: falls at most this many days before the publication date: a report may come weeks after the events
#: (university and company pages), a piece of history (该行成立于1998年5月8日。12日，…) lies years back.
NARRATIVE_DAY_WINDOW_DAYS = 183
# The rest of a range or list of days after its first day (十一月五日至六日, 5月8日、9日): the first day is read alone.
_RANGE_TAIL = re.compile(r"(?<=日)[至到\-—~－～、].*$")
# A day of the month written alone (8日, 八日, 8号, 8日至9日): no month, no relative word.
_BARE_DAY = re.compile(r"[\d一二三四五六七八九十廿卅]{1,3}[日号]?(?:[至到\-—~－～、][\d一二三四五六七八九十廿卅]{1,3})?[日号]")
# A turn from a past account to the present (今年以来, 近年来, 截至目前, 如今): a bare day after it is no longer
# read as the next month of a date told before it (2023年12月28日，…出台…。今年以来，…。6日，…召开).
_ACCOUNT_BREAK = re.compile("以来|近年|目前|当前|如今|至今|截至|截止")
# A sentence recalling an earlier occasion (在当年的发布会上, 曾在…会上).
_FLASHBACK = re.compile("在当年的|那次|曾经在|曾在")
# A signing ceremony, by its kind alone or with what was signed (签约仪式, 战略合作框架协议签字仪式): the
# ceremony of a signing act that the text may tell just before referring to it.
_SIGNING_CEREMONY = re.compile("(?:签约|签字|签署)仪式$")
# 出席签约仪式并见证签约, 见证了…签字仪式: a signing ceremony witnessed (read in the reference's own sentence).
_WITNESSED_SIGNING = literal_gated(re.compile("见证[^，。；]{0,30}?(?:签约|签字|签署)|(?:签约|签字|签署)仪式[^。；]{0,8}?见证"))
# The signing act told as a verb (签署…协议, 签订…合同, 正式签约); not the ceremony's own noun (签约仪式) nor
# the projects signed (签约项目), which tell no act.
_SIGNING_ACT = re.compile("签署|签订|签约(?!仪式|项目)")
# An earlier signing recalled as background (双方曾于2022年签署…, 此前…已签订…, 早在去年就签约): its day and
# place are not those of the ceremony now reported.
_EARLIER_SIGNING = re.compile("曾|此前|早在|先前|去年|前年")
# (在签约前，双方于去年举行了三轮会谈, 此前…, 曾多次…: talks told with a time of their own, not the signing's day)
_TALKS_OWN_TIME = re.compile(_EARLIER_SIGNING.pattern + r"|之前|上月|上周|多次|屡次|数次|先后|(?:19|20)\d{2}年")
# The place of a signing: 在 and a place right before the signing verb, with an adverb of manner at most
# (…19日在郑州签署, 在杭州正式签订).
_SIGNED_AT = re.compile(r"在(?P<loc>[^，。；,;在]{2,20}?)(?:正式|共同|成功|顺利|隆重)?(?:签署|签订|签约|捐赠|捐款|捐助"
                        r"|(?:鸣枪)?(?:开跑|起跑|开赛)|鸣枪)")
# A donation ceremony (捐赠仪式, 捐款仪式): like a signing ceremony, the ceremony of a donation act told just before it.
_DONATION_CEREMONY = re.compile("(?:捐赠|捐款|捐助|捐建)仪式$")
# The donation act told as a verb (向市慈善总会捐赠善款…, 捐款200万元); not the ceremony's own noun (捐赠仪式).
_DONATION_ACT = re.compile("捐赠(?!仪式)|捐款(?!仪式)|捐助(?!仪式)")
# A distribution ceremony (救助金发放仪式, 发放仪式): likewise the ceremony of a handing out told just before it.
_DISTRIBUTION_CEREMONY = re.compile("发放仪式$")
# The handing out told as a verb (向50户困难家庭发放救助金…); not the ceremony's own noun (发放仪式).
_DISTRIBUTION_ACT = re.compile("发放(?!仪式)")
# A race's start ceremony (开跑仪式, 起跑仪式, 开赛仪式, 鸣枪仪式): likewise the ceremony of the start told just before it
# (…马拉松在东湖广场鸣枪开跑。开跑仪式上，…: the race is no meeting, its ceremony is, GUIDELINES §3).
_START_CEREMONY = re.compile("(?:开跑|起跑|开赛|鸣枪)仪式$")
# The start told as a verb (鸣枪开跑, 鸣枪起跑, 正式开赛); not the ceremony's own noun (开跑仪式).
_START_ACT = re.compile("(?:鸣枪)?(?:开跑|起跑|开赛)(?!仪式)|鸣枪(?!仪式|开跑|起跑|开赛)")
# How many sentences back a race's start may be told before its ceremony (…马拉松在东湖广场鸣枪开跑。本次赛事由…主办。
# \n开跑仪式上，…: told like a fair's opening, a sentence or two before, across a paragraph break; as far back as
# _fair_ceremonies reads an opening).
START_ACT_REACH = 3
# Each ceremony only referred to and the act told just before it that it is the ceremony of.
_CEREMONY_ACTS = ((_SIGNING_CEREMONY, _SIGNING_ACT), (_DONATION_CEREMONY, _DONATION_ACT),
                  (_DISTRIBUTION_CEREMONY, _DISTRIBUTION_ACT), (_START_CEREMONY, _START_ACT))
# The clause after a recalled signing opening on this occasion (，此次…, ，这次…): the report's own event.
_THIS_OCCASION = re.compile(r"[，,]\s*(?:此次|本次|这次)")
# What after 在 tells a circumstance, not a place: a locative 上/下/中 (在…见证下, 在…框架下, 在…会议上).
_CIRCUMSTANCE_END = re.compile("[上下中]$")
# 市统计局党组开展集中学习，…主持集中学习会: a body holding a study session, named as an activity that ends
# its clause (not 学习…精神, a study of what another meeting said); its subject is the session's organizer
_STUDY_SESSION = re.compile(r"(?:^|[，,])\s*(?P<org>[^，。；,;]{2,30}?)(?:组织)?(?:开展|进行)了?(?:集中|集体|专题)学习(?=[，,])")
# Before a referred meeting: it is only the source of relayed remarks or decisions.
_RELAYED_REFERENCE = re.compile("传达|贯彻|学习|领会|落实|根据|按照|依据|遵照")
_RELAYED_AFTER = re.compile("(?:上|期间)?(?:的|所作的)?[^，。；]{0,6}(?:精神|决定|决议|通过的|提出的|作出的|确定的)")
# The day a Yuan's meeting was held, written before 院会 (今（7）日, 5月7日, 7日, 今天, 昨日).
_YUAN_SESSION_DAY = (r"(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)][日天]|今天|今日|昨天|昨日"
                     rf"|(?:{DATE_NUMBER}月)?{DATE_NUMBER}日")
# A verb of remarks right after the meeting's noun, 上 dropped (在记者会表示, 出席论坛时指出).
_REMARKS_VERBS = "表示|指出|强调|说|称|提到|透露|回应|重申|致辞|致词|讲话|发言"
_REMARKS_AFTER = re.compile("时?(?:" + _REMARKS_VERBS + ")")
# …在记者招待会上指出，1997年俄经济的积极变化…: a year opening what a speaker says (not 1998年是…, the current year named;
# not 1998年将…, 1998年要…: ahead; not 1997年度, 1997年以来, 1997年12月: a label, a period, a month).
_REMARKS_YEAR = re.compile("(?:" + _REMARKS_VERBS + r")[，,：:]\s*((?:19|20)\d{2})年"
                           r"(?!度|以来|来|底|初|末|前|后|是|将|要|[\d一二三四五六七八九十]+月)"
                           # (not 1949年建县以来, 1978年改革开放以来, 1949年成立的: a historic start recalled)
                           r"(?![^，。；]{0,8}?(?:以来|至今|成立|建县|建市|建国|诞生|出生))")
#: A year a speaker looks back on in a meeting up to this month is the one before the meeting's (a review of last year
#: told early in the next, as _late_last_year reads the events of the last quarter).
REMARKS_LOOK_BACK_MONTHS = 3
# What a meeting cited as a source said (…会议强调, 指出, 要求): relayed remarks, not an act of its own (决定, 审议, 议定).
_RELAYED_REMARKS = "指出|强调|要求|提出|认为|号召|明确|指明|表示|提到|重申|部署"
# 在记者会上说明院会决议, 在会上介绍了会议决定: remarks made there, about a decision (no 的 after them in the clause:
# not 在会上说明的决定, a decision relayed).
_REMARKS_MADE = re.compile("(?:" + _REMARKS_VERBS + "|说明|介绍|解读|通报)了?(?![^，。；]*的)")
# What a meeting as the subject of a sentence stated or decided (…座谈会强调, …会议通过).
# (研讨会围绕…进行了交流: what the meeting discussed)
# (市政府常务会议研究同意下达…: what it studied and agreed)
# (行政院会今（7）日通过…, 立法院院会昨日三读通过…: Taiwan's day in brackets and its third reading)
_STATED = (r"(?:今天|昨天|今日|昨日|(?:今|昨)[（(][\d一二三四五六七八九十]{1,3}[）)][日天]|日前|近日|一致)?"
           "(?:强调|指出|提出|要求|认为|表决通过|三读通过|通过|决定|号召|明确|审议|听取|宣布|围绕|研究(?:同意|决定))")
# Future or wished-for meetings: 要在…会上, 准备在…上, 希望…会议, 将在…上 (not 上将, 将工作总结为).
_NOT_HELD_YET = re.compile(
    "(?<![上中少大])" + NOT_JIANG_PLACE + "将(?:于|在|要|会|召开|举行|出席|建议)|要在|准备|希望(?!工程)|呼吁|计划|打算|届时|以便|争取|拒绝(?:出席|参加)"
    # (建议 as a verb; not the noun of 意见建议, 合理化建议, 提出建议, 的建议)
    "|(?<![见化的出])建议(?![书，。；,;])"
)
# Words ending in 会 that name no meeting (社会, 机会) or an organization (协会, 委员会).
_NOT_A_MEETING = re.compile("(?:社会|机会|都会|体会|误会|约会|理会|" + "|".join(_ORG_ENDING_HUI) + ")$")
# 假 before a venue (Hong Kong, Macau and Taiwan usage): after a subject, a day or a time (香港潮州商会今日假…,
# 下午2时假桃园展演中心举行, 上午十时许假…: a clock time too;
# …酒會今日（七月一日）假香港會議展覽中心舉行: a date in brackets too; 商會日前假…, 昨天假…: any day word;
# …就職典禮假…舉行, …儀式假…, …論壇假…: right after a ceremony's or a forum's name);
# not 假期, 假日, 假冒, 假如.
_JIA = "假座?(?!期|日|冒|如|若|设)"
_BORROWED_VENUE = rf"(?:(?<=[日晚午会团社局署联时许礼式坛])|(?<=日[）)])|(?<=日前|今天|昨天|明天|前天)){_JIA}"
# The time and the venue verb before a venue caught with its date (clean_location): 在, 于, or 假 (假座) after a day or
# a clock time (not 假日酒店, 假期: a venue's own first character; not 在假山广场: 假 in the venue, ``jia`` at the start
# of a venue from which no date or time was cut).
# (于当日下午在市会展中心: a day word, then a part of the day; 于19日起在…: the first day of several, 起 left by the date)
_TIME_BEFORE_VENUE = re.compile(rf"^(?:{_TIME_WORDS}){{0,2}}(?:{_CLOCK})?(?:起(?=在|于))?(?:在|于|(?P<jia>{_JIA}))?")
# …交流会在学生活动中心三楼多功能厅进行。: 进行 with nothing after it, a meeting taking place at the venue
# (not 在…进行了交流, 进行部署: an act the meeting carried out).
_TAKES_PLACE = "进行(?=[，。；,;！\n]|$)"
# The words a lecture or talk series ends in, before the number of its session (“名家讲坛”第126期, 学术沙龙第12期):
# all of two characters, for the fixed-width look-behind of the meeting heads.
_SERIES_WORDS = "讲坛|讲堂|论坛|沙龙|讲座|学堂|书院|讲习"
# …系列主题新闻发布会第十场: the session number of a press-conference series, ending its name; 第十届毕业典礼第一场: one
# sitting of a ceremony held in several, likewise.
_PRESS_SESSION_WORDS = r"(?:(?<=发布会)|(?<=典礼))第[一二三四五六七八九十百\d]+场"
_PRESS_SESSION = re.compile(_PRESS_SESSION_WORDS + "$")
# 县政协“委员讲堂”第八期: the closing mark of a quoted series name, then the number of its session.
_EDITION_AFTER_QUOTE = re.compile(r"”第[一二三四五六七八九十百\d]+[期讲次场]")
# 某县“新时代文明实践大讲堂”第十六讲, 县政协“委员讲堂”第八期: a short body's name (one or two characters and a
# body word) right before a quoted series and its session is the series' organizer (GUIDELINES §3, organizer
# row); not 该县, 本市, 我县, 全县, 各区, 此. (Before other quoted names only a level word's body splits off:
# 市妇联“春蕾计划”启动仪式, _LEVEL_ORG_BEFORE_QUOTE.)
_SHORT_ORG_PREFIX = re.compile(r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,2}?" + _BODY_END + r")"
                               r"(?=[“「][^”」]+[”」]第[一二三四五六七八九十百\d]+[期讲次场]$)")
# 经济管理学院研究生导师培训会, 机械工程系教学工作会: a college or a department of a university written before
# a meeting's name with no year or edition between is its organizer (GUIDELINES §3, name without a leading
# organizer prefix), in an article told within a university (_UNIVERSITY_TOLD); what remains is a name of its own.
_COLLEGE_PREFIX = re.compile(r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{2,10}?(?:学院|(?:[学文语史]|工程|技术|科学|计算机)系))"
                             r"(?![院系第])(?=[^，。；]{4,}$)"
                             # (新时代文明实践学院揭牌仪式, 人工智能学院成立大会: a ceremony of the college itself, whose
                             # name keeps what is unveiled or set up, as 希望小学落成典礼 keeps the school)
                             r"(?!(?:揭牌|成立|挂牌|授牌|落成|启用|奠基)(?:仪式|典礼|大会)?$)")
# (学院院长王鹏主持, 全院教职工: a college's own head or staff tell it too)
_UNIVERSITY_TOLD = re.compile("大学|高校|校长|我校|全校|本校|研究生|学院(?:院长|党委书记|党委)|教职工|师生")
# 县委宣讲团党的二十届三中全会精神宣讲会, 市委讲师团“乡村振兴”专场报告会: a lecture group written before the
# lecture it gives is its organizer (GUIDELINES §3, a leading organizer prefix), with no year or edition between.
_LECTURE_GROUP_PREFIX = re.compile(r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,12}?(?:宣讲团|讲师团|宣讲队|宣讲小分队))"
                                   r"(?=[^，。；]{4,}$)")
# 区红十字会2024年第一期…培训班, 市妇联2024年…培训班, (北碚)区委第三轮巡察工作动员部署会: a body written short,
# a level word and the body's own word (区委, 市妇联, 县总工会, 区民政局), before a year or an edition, is the
# organizer written at the head of the name (the longer prefixes are read by _ORG_PREFIX).
_LEVEL_BODY_HEAD = (
    # (a level's union is its 总工会, 县总工会; 人大 and 学联 have never been read here: adding them changes output,
    # left to a rule change)
    r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[省市县区镇乡](?:委|政府|"
    + "|".join("总工会" if word == "工会" else word for word in _MASS_BODY_WORDS if word != "人大") + "|红十字会|"
    + "|".join(word for word in _FEDERATION_WORDS if word != "学联") + r"|[\u4e00-\u9fff]{1,6}?[局委办部]"
    # (省图书馆“阅读之美”系列讲座, 市博物馆2024年…: a level's library or museum)
    # (区工商联（总商会）: the body's other name in brackets after it)
    r"|" + _CULTURE_BODIES + r")(?:（[\u4e00-\u9fff]{0,8}?" + _JOINT_BODY_END + "）)?)")
_LEVEL_ORG_PREFIX = re.compile(_LEVEL_BODY_HEAD + r"(?=第[一二三四五六七八九十百\d]+[期届次轮批]|(?:19|20)\d{2}年)")
# 市工商联“千企帮千村”结对帮扶签约活动, 县总工会“最美职工”表彰大会: a level word and a body's own word (the
# short body of _LEVEL_ORG_PREFIX) right before a quoted name, what follows the quote holding more of the name, is its
# organizer (GUIDELINES §3, name without a leading organizer prefix); not a scope or a place alone (全县“两优一先”,
# 该县“…”, 农村“…”, 城区“…”: no body's word after the level word).
_LEVEL_ORG_BEFORE_QUOTE = re.compile(_LEVEL_BODY_HEAD + r"(?=[“「][^”」]{2,20}[”」][^，。；”」]{2,})")
# 区政府2024年第5次常务会议, 县委第12次全体会议: a session named by its body keeps the body (no organizer prefix),
# also a plenary (县委2024年第一次全会) and one held jointly with a meeting after 暨 (县政府第三次常务会议暨安全生产专题会议).
_BODY_SESSION = re.compile(
    r"(?:(?:19|20)\d{2}年)?(?:度)?第[一二三四五六七八九十百\d]+次[^，。；暨]{0,8}(?:会议|全会)(?:暨[^，。；]+)?$")
# 十七届县政府第28次常务会议, 市政协十四届常委会第十二次会议, 县委2024年第一次全会: the body named in its session's name is
# the organizer (GUIDELINES §3 eighth round), the name kept whole (_BODY_SESSION).
_ORDINAL = "[一二三四五六七八九十百零〇\\d]+"
# 常务会议, 常委会议, 常委会会议, 常委（扩大）会议, 主席会议, 主任会议: the session noun of a standing body (its standing
# committee, its chairs' or directors' council).
_STANDING_SESSION = "(?:常务|常委会?)(?:（扩大）|扩大)?会议|常委会|主席会议|主任会议"
# 河阳县, 青山区, 江城市: a place alone, with no body's word after it (a subject that names no standing body).
_BARE_PLACE = re.compile("[\u4e00-\u9fff]{1,8}(?<![委府协会局])[省市县区镇乡州旗]")
_SESSION_OF_BODY = re.compile(
    "^(?:" + _ORDINAL + "届)?(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[省市县区镇乡州旗](?:委|(?:人民)?政府|政协|人大常委会))"
    # (县政协第十届常委会第五次会议: the term written with 第 too)
    "(?:(?:第?" + _ORDINAL + "届)?(?:常委会|常务委员会|党组)?" + _BODY_SESSION.pattern
    # 区政协九届八次常委会议, 县政协十一届十二次主席会议, 县人大常委会十六届五次主任会议: the standing body's own
    # session numbered by term and round, no 第; 县委十二届五次全会, 中共江城市委十三届七次全体会议, 县政协十届四次会议:
    # the whole body's plenary numbered so (the lead's ruling, GUIDELINES §3 eighth round extended)
    + "|" + _ORDINAL + "届(?:委员会)?第?" + _ORDINAL + "次(?:" + _STANDING_SESSION
    + "|全会|全体(?:（扩大）|扩大)?会议|(?:（扩大）|扩大)?会议)$"
    # 区政协常委会议, 县政府常务会议, 县人大常委会主任会议, 县委常委会会议: the standing body's session with no number,
    # the body written before the session noun (the lead's ruling, GUIDELINES §3 eighth round extended)
    + "|(?:" + _STANDING_SESSION + ")$)")
# 县十八届人大三次会议, 市第十四届人大常委会第十次会议: a congress (or its standing committee) whose term stands between
# the place and the body's word; the place and the body together are the organizer (县人大, 市人大常委会).
_SESSION_OF_CONGRESS = re.compile(
    "^(?P<place>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[省市县区镇乡州旗])第?" + _ORDINAL + "届(?P<body>人大(?:常委会)?|政协)"
    "第?" + _ORDINAL + "次(?:全体)?会议$")
# 市十五届人大常委会, 县第十届政协: such a body named with its term as a subject (市十五届人大常委会举行第十次会议).
_TERM_IN_BODY = re.compile(
    "(?P<place>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[省市县区镇乡州旗])第?" + _ORDINAL + "届(?P<body>人大(?:常委会)?|政协)")
# 宜兰县议会第20届第5次定期会, 新北市议会第4届第3次临时会: a Taiwan council's numbered session; the council is its
# organizer (GUIDELINES §3 ninth round); councils name the same sitting 定期大会 or 临时会议 too (新竹县议会第十一届第四次
# 定期大会).
_COUNCIL_SITTING = "(?:定期|临时)(?:大会|会议|会)"
_SESSION_OF_COUNCIL = re.compile(
    "^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,6}?[县市]议会)第?" + _ORDINAL + "届第?" + _ORDINAL + "次" + _COUNCIL_SITTING + "$")
# 市议会第20届第5次定期会昨日闭会，议长…主持闭会式: a council's closing (or opening) ceremony, told with the council's
# numbered session opening a clause of its sentence, is organized by the council (GUIDELINES §3 eleventh review round).
_COUNCIL_RITE = re.compile("(?:闭会|开会|开议)式")
_COUNCIL_SESSION_TOLD = re.compile(
    "(?:^|(?<=[，,。；\\s]))(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[县市]议会)第?" + _ORDINAL
    + "届第?" + _ORDINAL + "次" + _COUNCIL_SITTING)
# 第九次代表大会, 第六次代表大会第二次会议, 第八次会员代表大会: a body's own congress numbered, or a sitting of it;
# 第十五届执委会第三次全体会议, 第五届理事会第二次会议: a sitting of its executive or council numbered by term;
# 十届三次执委会议, 九届二次常务理事（扩大）会议: the same numbered by term and round, the council's word after them.
_BODY_CONGRESS = re.compile("第?" + _ORDINAL + "次(?:会员|职工)?代表大会(?:第?" + _ORDINAL + "次(?:全体)?会议)?"
                            "|第?" + _ORDINAL + "届(?:执委会|执行委员会|理事会|常务理事会)第?" + _ORDINAL
                            + "次(?:全体)?(?:（扩大）|扩大)?会议"
                            "|" + _ORDINAL + "届" + _ORDINAL + "次(?:执委会?|执行委员会|常务理事会?|理事会?)(?:全体)?"
                            "(?:（扩大）|扩大)?会议")
# 县科协第九次代表大会, 市残联第六次代表大会第二次会议, 县科学技术协会第九次代表大会: a people's organisation's or an
# association's own numbered congress keeps the body in its name and is organized by it, like 县政协十届四次会议
# (GUIDELINES §3 eleventh review round; not 人大, 政协, whose congresses are named by their place).
_CONGRESS_BODY_WORDS = "|".join((*(word for word in _MASS_BODY_WORDS if word not in ("人大", "政协")), *_FEDERATION_WORDS,
                                  *_ASSOCIATION_WORDS, *_SOCIAL_BODY_WORDS, "同乡会", "总会", "红十字会"))
_CONGRESS_BODY_END = re.compile("(?:" + _CONGRESS_BODY_WORDS + ")$")
_CONGRESS_OF_BODY = re.compile(
    "^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,16}?(?:" + _CONGRESS_BODY_WORDS + "))(?:" + _BODY_CONGRESS.pattern + ")$")
# 同期, 紧接着, 继续, 就: adverbs of time or sequence right before the verb, after the subject or in its place
# (县政府就召开了…, 开幕当天同期举办了…, 紧接着召开了…, 下午，继续召开…; not 成就).
_ADVERB_AFTER_SUBJECT = re.compile("(?:同期|紧接着|接着|继续|(?<!成)就)$")
# 开幕当天, 展会当日: a time phrase left where the subject would stand.
_TIME_ONLY = re.compile("(?:当天|当日)$")
# 甲与乙, 甲和乙: two parties joined by a conjunction (not 人力资源和社会保障局, 共和国: a conjunction inside one name).
_PARTIES_JOINED = re.compile("[与和]")
# 国家金融监督管理总局江城监管分局机关党委与江城大学经济学院党委: two bodies joined, each no longer than one name.
_TWO_BODIES_JOINED = re.compile("(?P<first>[^，。；、与和]{2,30})[与和](?P<second>[^，。；、与和]{2,30})")


def _too_long_for_org(org: str) -> bool:
    """Longer than one body's name (a clause, GUIDELINES §3 organizer), unless two bodies are joined, each a name."""
    if len(org) <= 30:
        return False
    two = _TWO_BODIES_JOINED.fullmatch(org)
    return not (two and _HOLDER_END.search(two["first"]) and _HOLDER_END.search(two["second"]))


# 由甲和乙共同主办: the adverb that makes the two parties of the agent hold the event together.
_JOINTLY = re.compile(r"(?:联合|共同)(?:主办|举办)$|合办$")
# The day of a body's 开会 (今日, 昨天, 6月27日, 27日), of its own or a held one only.
_MET_DAY = r"今日|今天|昨日|昨天|今[（(][^）)]{1,6}[）)]日?|(?:\d{1,2}月)?\d{1,2}日"
# What the next meeting did, told with it as the subject (随后召开的…全体会议选举…, …审议通过了…).
_NEXT_MEETING_ACTS = "选举|审议|通过|听取|研究|决定|表决|讨论|传达|部署"
# 要求各部门今日开会, 通知…开会, 准备开会: a meeting asked for or ahead, not held by the subject.
_NOT_MET = "我们|咱们|大家|要求|通知|召集|组织|安排|督促|邀请|请|让|叫|将|拟|要|需|应|须|不|没|未|准备|计划|决定"
# 典礼在会议展览中心举行，(由…主办): a clause saying where or when the event referred to was held, before its host's
_HELD_CLAUSE = r"[^，。；由]{0,30}?(?:举行|召开|举办|开幕)[，,]\s*"
_ENDS_AS_BODY = re.compile("(?:" + _BODY_END + ")$")
# 【县统计局】 opening a roundup item: the body the item is about (not 【工作动态】, 【各县区】, 【本市】: a column or a scope).
_ITEM_LABEL = re.compile(r"\s*【(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{2,16}?" + _BODY_END + r")】")
# 5月7日，召开 / 5月7日上午召开了 / 召开: the item's own day at most, then the verb of holding with no subject.
_HELD_BARE = re.compile(r"\s*(?:[^，。；、【】\s]{0,12}?(?:日|号|上午|下午|晚上|晚)\s*[，,]?)?\s*(?:又|还|专题|组织)?(?:召开|举行|举办)了?\s*")


# （以下简称“公司”）, (下称"本行"): the short form a notice introduces for the body before it, no part of a name.
_SHORT_FORM_NOTE = re.compile(r"[（(](?:(?:以下|下文|下)?简称|(?:以下|下文|下)称)[^（）()]{1,12}[）)]")
# 某某公司捐赠仪式, 中国银行湖南省分行捐赠仪式, 某某电力公司党委七一表彰大会, 省人民医院援疆医疗队出征仪式: a
# company's, a bank's or a hospital's name, perhaps
# with its party committee, union or youth league (the sub-body holds it), then a short ceremony or commendation
# named after it (a passive name with no edition or year between, which _ORG_PREFIX needs); not the thing a
# ceremony opens or unveils (某某公司揭牌仪式: the name whole), nor two parties. (Places and other bodies keep the
# name whole: 平安县妇联三八节表彰大会, 北京中学生…颁奖典礼, tests/extract/test_meeting_review_k14.py.) A school
# holds its own ceremony likewise (江城大学开学典礼, 滨海职业技术学院毕业典礼, 江城实验小学开学典礼, 区委党校春季学期主体班
# 开班式: GUIDELINES §3 eleventh review round); not 中学生, 大学生 (the pupils a ceremony is for, part of its name), nor 江城大学校史馆开馆仪式,
# 清华大学校友会颁奖典礼, 江城大学城开放日启动仪式 (the school's own hall, its alumni association, a place: the name whole).
# (华星集团质量月启动仪式暨质量管理工作会议: the ceremony may have a meeting joined to it by 暨)
_CEREMONY_AFTER_BODY = re.compile(
    r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,16}(?:公司|集团|" + _BANK_WORDS + r"|医院|卫生院|(?:大学|学院|(?<!大)学校|中学|小学|党校)(?![生校城园]))"
    r"(?:机关党委|党委|党总支|党支部|工会|团委)?)"
    r"(?=(?![\u4e00-\u9fff]*?(?:揭牌|挂牌|授牌|开工|奠基|启用|成立|竣工|开业|落成|签约|揭幕))(?:[\u4e00-\u9fff]{0,8}(?:仪式|典礼|开班式|结业式|开学式|毕业式|表彰大会|表彰会|颁奖大会)(?:暨[^，。；暨]{2,30})?"
    # (北方能源集团党委党纪学习教育读书班: a training class the body's committee opens for its members)
    r"|[\u4e00-\u9fff]{2,14}(?:读书班|培训班|学习班|研修班|轮训班))$)"
)
# 在欢快的舞蹈《龙腾盛世》中拉开帷幕, 在一片欢声笑语中落下帷幕, 在优美的旋律中开场: a performance, a sound or a mood the
# event opens or closes in, no venue (GUIDELINES §3 location: a venue or place); a phrase with 的 whose head before 中
# is no venue word (在热闹的节日中; not 在学校的礼堂中, 在村委会的会议室中: a room).
_SCENE_NOT_PLACE = re.compile(r"(?:《[^》]{1,20}》|歌舞|舞蹈|乐曲|音乐|歌曲|旋律|鼓乐|锣鼓|欢声笑语|笑语|欢笑|掌声|表演|朗诵|祝福|期盼|期待"
                              r"|一片[^，。；]{1,8})[^，。；]{0,4}中$|的[^，。；的]{1,12}(?<![室厅堂馆场楼院校园所站址区内心棚间台亭房])中$")
# 温暖的蔬菜大棚, 热火朝天的生产车间: a description before 的 and a venue (棚, 间, 台, 亭, 房) after it; not 学校的礼堂,
# 县委的会议室, 江城的会展中心: a body or a place owning the room.
_DESCRIBED_VENUE = re.compile("^[\u4e00-\u9fff]{2,6}(?<![省市县区镇乡村城校院局委会司厂馆室楼园所站部队心府社处店])的"
                              "(?=[\u4e00-\u9fff]{1,10}[棚间台亭房]$)")
# ——市城建集团与青山镇举行…: the dash opening a subtitle line.
_SUBTITLE_DASH = re.compile(r"^\s*[—－–]+\s*")
# 国庆前夕 我县召开…: the first part of a two-part headline, set off by a space before the subject.
_HEADLINE_FIRST_PART = re.compile(r"^(?P<part>[\u4e00-\u9fff]{2,16})[ \u3000]+(?=[\u4e00-\u9fff]{2})")
# 护航成长——我校举办…: a headline's slogan set off by a dash before the subject (no body before the dash).
_HEADLINE_SLOGAN_DASH = re.compile(r"^(?P<part>[\u4e00-\u9fff]{2,16})(?:——|－－|—|――)\s*(?=[\u4e00-\u9fff]{2})")
# 我市, 我县, 我区: the reporting place itself at the head of a name, no organizer named (GUIDELINES §3).
_OWN_PLACE_PREFIX = re.compile(r"^我(?:省|市|县|区|镇|乡|州|旗)(?=[\u4e00-\u9fff“「\d]{4})")


# 东城区民营经济发展大会, 平安县妇联三八节表彰大会, 深圳市光明区…推进会: an administrative place written with its level
# (a stem of one to four characters, 州, 盟 and 旗 after two at least, as in 黔东南州; a city and its district one after
# the other), perhaps with a people's body of the place after it (妇联, 总工会, 文联), standing before a passive name
# held at a venue or on a day only as its holder: the organizer, out of the name (GUIDELINES §3 eighth round). Not a
# scope (全县, 该市, 我区: the lookahead), nor a word that only looks like a place (_LOOKS_LIKE_PLACE).
_PLACE_WITH_LEVEL = (r"(?:[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|镇|乡|街道)|[\u4e00-\u9fff]{2,3}?[州盟旗])"
                     r"(?![省市县区州盟旗镇乡])")
_PLACE_HOLDER_PREFIX = re.compile(
    # (第十届东盟…, 中国郑州第三届…, 首届…: an edition or a country before, the place part of the event's name)
    # (为全县…, 在江城市…: a preposition opening a phrase before the name)
    r"^(?P<org>(?P<place>(?![该本我全各此跨外第首为在由对向与和从就将把]|中国|中华)" + _PLACE_WITH_LEVEL + "(?:" + _PLACE_WITH_LEVEL + ")?)"
    "(?:" + "|".join(("总工会", "红十字会", *(w for w in _MASS_BODY_WORDS if w not in ("工会", "人大", "政协")),
                     *_FEDERATION_WORDS)) + ")?)"
    # (市民…, 市场…, 县域…, 区域…, 区块链…, 市级…, 县外…: the level word begins a word of what follows; not 外贸, 外资,
    # 外商, 外事 after it: 南岭县外贸扶持资金兑现大会, the place's foreign-trade event; nor 民族 and a topic after 市:
    # 江城市民族团结进步表彰大会, the city's ethnic-unity event, no 市民; still 江城市民族歌舞团…纪念大会: a body named
    # 民族…, its own event)
    r"(?![级直属内域]|外(?![贸资商事])|(?<=市)(?:民(?!族(?:团结|工作|宗教工作))|场)|(?<=区)块|(?<=乡)村)(?=[\u4e00-\u9fff“「]{4})"
)
# 江城市书法家协会新春团拜会, 东城区个体劳动者协会迎春茶话会: a place's association named in full before a passive name
# holds it like the place (GUIDELINES §3 eleventh review round: 江城同乡会第十届理监事就职典礼 → 江城同乡会), read with
# the place checks of _PLACE_HOLDER_PREFIX; not the association's own organs meeting (会员大会, 理事会…), its own
# congress or its founding (_PLACE_IS_ABOUT), which keep the body in the name.
_PLACE_ASSOCIATION_PREFIX = re.compile(
    r"^(?P<org>(?P<place>(?![该本我全各此跨外第首为在由对向与和从就将把]|中国|中华)" + _PLACE_WITH_LEVEL + ")"
    "[\u4e00-\u9fff]{1,8}?(?:" + "|".join((*(w for w in _ASSOCIATION_WORDS if w != "公会"), *_SOCIAL_BODY_WORDS)) + "))"
    r"(?![会员理监常])(?=[\u4e00-\u9fff“「]{4})"
)
# 县妇联三八节表彰大会, 团县委五四表彰大会, 县少工委庆“六一”表彰大会, 县残联助残日启动仪式: a mass organisation written
# short, a bare level word and its own word (or the youth league's 团县委), before a passive name held as its holder, is
# the organizer as a place with its body is above (GUIDELINES §3 eighth round); read with the same checks of what remains.
_BARE_LEVEL_MASS_BODY = re.compile(
    r"^(?P<org>团[省市县区]委|[省市县区](?:" + "|".join(("总工会", "红十字会", "少工委", "关工委",
                                                      *(w for w in _MASS_BODY_WORDS if w not in ("工会", "人大", "政协")),
                                                      *_FEDERATION_WORDS)) + "))"
    r"(?=[\u4e00-\u9fff“「]{4})"
)
# 保护区, 智慧社区, 千年古镇, 江南水乡, 城乡, 智慧城市, 企业上市, 产业联盟, 五星红旗: common words ending in a level word,
# no place (the place's own name is what the event is about, or a field: 粤港澳大湾区, 示范区, 开发区).
_LOOKS_LIKE_PLACE = re.compile(
    "(?:保护区|社区|小区|景区|校区|市区|库区|辖区|片区|街区|厂区|牧区|灾区|营区|郊区|实验区|试验区|先行区|功能区|超市|上市|股市"
    "|楼市|车市|夜市|集市|门市|城镇|乡镇|古镇|重镇|名镇|水乡|城乡|家乡|故乡|老乡|同乡|异乡|神州|九州|东盟|联盟|同盟|加盟|结盟|红旗"
    "|国旗|党旗|团旗|队旗|锦旗|省市|市县|县市|区县|县区"
    # (东城区, 中山区, 西湖区, 成都市: a city or a district whose own one-character name ends in 城, 山, 湖, 都; 中心城区,
    # 革命山区, 老城区: a part of a place)
    "|^[\u4e00-\u9fff]{2,}(?:城区|山区|湖区|矿区|林区|都市)|^[老主旧]?城区)$")
# (平安县教育局…, 江城市实验中学…: a body of the place written after it, whose own name the prefix would cut)
_BODY_AT_START = re.compile("[\u4e00-\u9fff]{0,6}?(?:局|厅|委员会|委|办公室|办|中心|公司|集团|学校|中学|小学|医院|大学|学院"
                            "|协会|学会|商会|联合会|党委|党组|党支部|部|政府|法院|检察院|所|站|馆|社)")
# The fewest characters a name left after the place has (民营经济发展大会; not 江城市工作会议, 江城市座谈会: a bare head left).
PLACE_HELD_NAME_MIN = 5
_PLACE_IS_ABOUT = re.compile("揭牌|挂牌|授牌|开工|奠基|启用|成立|竣工|开业|落成|签约|签字|签署|揭幕|通车|投产|开园|开馆|代表大会|委员会|人大|政协")


# 甲与乙“…”项目签约仪式, 甲和乙…合作签约仪式: two bodies joined by a conjunction at the head of a passive name are
# the parties of the event, part of what it is about (GUIDELINES §3 eighth round: the name whole, organizer null unless
# 由…主办); each side ends as a body's name (not 人力资源和社会保障局, a conjunction inside one name).
_ENDS_AS_PARTY = re.compile("(?:" + _JOINT_BODY_END + "|有限公司|" + _BANK_WORDS + "|[省市县区镇乡])$")
_TWO_BODIES = re.compile("^(?P<first>[\u4e00-\u9fff]{2,20}?)[与和同跟](?P<second>[\u4e00-\u9fff]{2,20})$")


# What two parties do together, the event about them: a signing, an agreement, a partnership (not 颁奖仪式, 表彰大会:
# two bodies holding a ceremony together are its organizers, GUIDELINES §3).
_PARTIES_EVENT = re.compile("签约|签字|签署|协议|战略合作|合作|共建|结对|联姻|牵手")


def _two_parties(org: str, rest: str) -> bool:
    """An organizer prefix that is two bodies joined by 与/和/同/跟, the parties of the event named after them
    (``rest``, the name after the prefix, a signing or a partnership)."""
    joined = _TWO_BODIES.match(org)
    return bool(joined) and all(_ENDS_AS_PARTY.search(joined[side]) for side in ("first", "second")) \
        and _PARTIES_EVENT.search(rest) is not None


# The end of a host's name in a joint agent: a body's name, or an office (市金融办, 区政务服务办).
_HOST_END = re.compile("(?:" + _BODY_END + "|办|秘书处|管理处)$")  # (东盟秘书处: a secretariat hosts too)


def _joint_hosts(org: str) -> str:
    """Two organizations written 甲与乙 / 甲和乙 as the 由…共同主办 agent, listed 甲、乙
    (GUIDELINES §3, 由甲联合乙主办 -> 甲、乙); each side must end as a body's name
    (农业农村部和广西壮族自治区人民政府). Not used for a subject 甲与乙联合举办 or 甲与乙举行签约仪式, nor for
    由甲和乙联合举办的…: listing those lowered the organizer scores of the evaluation parts (measured again in
    the f39 review: the annotators keep 和 and 与 as written there)."""
    parts = _PARTIES_JOINED.split(org)
    if len(parts) == 2 and all(len(p) >= 2 and _HOST_END.search(p) for p in parts):
        return "、".join(parts)
    return org


# 市人大常委会党组召开（扩大）会议: a bracketed kind right after the verb names a session of the subject body,
# whose kind word completes the name (党组（扩大）会议).
_SESSION_BODY = re.compile("(?:党组|党委|党工委|党总支|党支部|常委会|理事会|董事会|委员会)$")
# （扩大）会议, （临时）会议, （视频）会议: a bracketed kind and the bare noun, a name elliptical without the body
# (not （2024年第5次）理论学习中心组集体学习会, a name complete as written).
_ELLIPTICAL_SESSION = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]会议")
# Festivals, fairs and sports meets (GUIDELINES §3: not meetings; their opening ceremony is one).
# Fairs, exhibitions, shows, contests and festivals are no meetings (GUIDELINES §3; their opening or
# closing ceremony is one: …博览会开幕式 ends otherwise).
# Place and body words that end an organizer prefix (桐溪镇, 临江区, 黔东南州, 市政协, 县人大) and its limits.
_PLACE_END = re.compile("(?:省|州|市|县|区|镇|乡|街道|政协|人大)$")
# 滨江市, 金水区, 东湖镇, 江州市, 黔东南州: a place alone (its name and its level word), no body's word in it; the
# organizer read off a name's head that a later 由…主办 replaces.
_PLACE_ONLY = re.compile("[\u4e00-\u9fff]{1,6}?[省市县区州旗]|[\u4e00-\u9fff]{1,5}?[镇乡]")
# (东湖区第十七届人大常委会第十八次会议: the standing committee of a congress, named by its place as well)
_CONGRESS = re.compile("代表大会|委员会|人大常委会")
# (城市 ends a region or a topic, 中国智慧城市, 全国文明城市; not a city whose own name ends in 城 before its level
# word 市: 晋城市, 盐城市, 山西省晋城市)
# (高新区, 江北经济开发区: a zone run by its own administrative committee, an organizer like a district, as its
# active subject is, 高新区在…举行签约仪式; not 全国开发区, a field)
_REGION_END = re.compile("(?:地区|湾区|(?<!^[\u4e00-\u9fff])(?<![省区][\u4e00-\u9fff])城市|都市|小镇|老区|示范区|特区|自贸区|(?<!高)(?<!^[\u4e00-\u9fff]{2})新区"
                         "|(?:^|全国|中国|国家级)开发区|园区)$")
PLACE_PREFIX_MAX = 8
# 金川经济技术开发区, 临江高新技术产业开发区: a zone's full name, longer than a place prefix may be, run by its own
# administrative committee and an organizer like a district (…开发区2025年第二批招商引资项目集中签约仪式).
_ZONE_FULL_NAME = re.compile("[\u4e00-\u9fff]{2,4}(?:经济技术|高新技术产业|高新技术|经济)开发区")
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
# A body ending a part of a name cut at 、 (第八届理事会、监事会就职典礼, 党委、纪委…): whose bare 会 is no meeting's head, so
# bodies enumerated before the event's noun are one name, not a list of meetings (but 召开理事会、监事会 ends in a body:
# two sittings).
# (not 常委会 or 党组, which name a sitting as often as a body: 召开县委常委会、县政府常务会议 stays a list)
_ENUMERATED_BODY = re.compile("(?:委员会|理事会|董事会|监事会|学会|协会|商会|联合会|党委|纪委|团委|工会)$")
# 、监事会就职典礼 after 第八届理事会 (an active verb's name read up to the 、): the other bodies enumerated and the one
# ceremony or joint sitting of them all, the rest of one name (not 、党员大会, 、监事会: a meeting or a body of its own).
_BODIES_EVENT_AFTER = re.compile("(?:、[\u4e00-\u9fff]{0,8}?" + _ENUMERATED_BODY.pattern.removesuffix("$") + ")+"
                                 "(?:第[一二三四五六七八九十\\d]+届)?(?:(?:就职|就任|换届|成立)(?:典礼|仪式|大会|礼)|联席会议)"
                                 "(?=[，。；,;\\s]|$)")
# 工会会员代表大会第一次会议 after 第五届职工代表大会和: a session number closing the name, shared by a congress before
# 和 that has none of its own.
_SESSION_END = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体|扩大)?会议$")
_JOINED_MEETING = re.compile("(?:论坛|峰会|大会|会议|研讨会|洽谈会|推介会|推进会|座谈会|开幕式|仪式|典礼|表彰会|颁奖会|总结会|交流会"
                             "|发布会|报告会)(?:及|暨|和|与|、)")
# (八运会, 冬奥会, 残奥会, 亚运会: games, sports contests; 征文活动, 评选活动: a contest run as a campaign)
# (文博会, 进博会, 广交会, 高交会, 服贸会: a fair's short name; “安全生产月”活动, 科技活动周活动, “作风建设年”活动: a campaign
# over a period, GUIDELINES §3, whose 启动仪式 or 动员大会 is a meeting)
_FAIR = re.compile("(?:灯会|庙会|花会|游园会|" + _SPORTS_MEET + "|招聘会|展销会|展会|美食节|啤酒节|马拉松|展览会|展览|博览会|交易会|汇演"
                   "|[博交]会|服贸会|展示会|(?:经贸|商贸)洽谈会"
                   "|(?:征文|评选|竞赛|比赛)[”」』]?活动|(?:[月周][”」』]?|年[”」』])活动"
                   "|(?:人才|毕业生|就业)供需见面会|双选会|房交会|车展"
                   "|" + _CONTEST_NOUNS + "|艺术节|文化节|音乐节|电影节|旅游节|购物节|嘉年华)$")
# The same words inside a sentence, before the verb that opens or closes the fair (…博览会20日在成都开幕).
_FAIR_OPENED = re.compile(_FAIR.pattern.removesuffix("$") + r"[”」』]?[^，。；]{0,30}?(?:开幕|闭幕|落幕|拉开帷幕|落下帷幕|举行|举办)")
# 在礼宾府主持授勋典礼, 在县委党校主持了授牌仪式: the venue where a person chaired the meeting named after it.
_CHAIRED_AT = re.compile(r"在(?P<loc>[^，。；,;在]{2,20}?)(?:亲自)?主持(?:召开|举行)?了?")
# 2024年授勋典礼, 2024年度表彰大会: a year opening a headline's name, which the body may leave out (…主持授勋典礼).
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
# 全市…, 我县…: the scope a headline sets before an event's name, which the body writes as the place's own name.
_HEADLINE_SCOPE = re.compile(r"^[全我](?:省|市|县|区|镇|乡|州|旗)")
# 作了题为《…》的学术报告, 作专题讲座, 讲授…课: the verb of a lecture told, before which its venue stands (在LOC作…).
# (not 作家王林在…报告厅作了…: the 作 of an occupation, 作家, 作者, 作品; but 作家庭教育专题讲座: 作 and the topic 家庭…)
_LECTURE_TOLD = re.compile("(?:作|做)(?!家(?!庭)|[者品])了?[^，。；]{0,30}?(?:报告|讲座)|讲授|授课")
# 曾多次在…, 经常出席…, 多年来: a habit of attending told before a meeting referred to (他曾多次在…会议上作报告;
# not 经多次协商后在签约仪式上, where 多次 counts another act).
_MANY_TIMES = re.compile("(?:多次|屡次|数次|经常|每每)(?:在|出席|参加|列席|主持|应邀|受邀)|多年来")
# 会议20余次, 座谈会十余场, 在…会议上讲话20余次: a tally right after the meeting referred to, or after the act done
# there (not 在…推进会上三次强调, 会议上第一次提出: a count or an order within the one meeting).
_TIMES_AFTER = re.compile(r"(?:(?<=[上中])[^，。；\d一二三四五六七八九十百第]{1,4}?|(?<![上中]))[\d一二三四五六七八九十百]+[余多]?[次场]")
# …培训班在州委党校结业/开班: the venue where a training class closed or opened.
_CLASS_ENDED_AT = re.compile(r"在(?P<loc>[^，。；,;在]{2,20}?)(?:顺利|圆满|正式)?(?:结业|开班)")
# 培训期间，…, 研修期间, 培训班学习期间, 培训中，…: a class's programme narrated, whose visits are parts of it (not
# 培训中心, a place; nor a bare 学习期间, in agency news a study campaign's time: 在党纪学习教育集中学习期间，…赴…现场观摩
# is an observation meeting of its own, spec 003).
_DURING_TRAINING = re.compile("(?:培训|研修|班学习)期间|培训中[，,]")
# A bare 学习期间, the class's time only right after a sentence telling a class that closed or opened (…主体班结业。
# 学习期间，学员们赴红色教育基地现场观摩: a part of the class, whose 结业式 stays the meeting reported).
_DURING_STUDY = re.compile("学习期间")
# 春季主体班结业, 培训班在市委党校圆满结业, 主体班举行结业式: a sentence telling a class closing or opening.
_CLASS_CLOSED_OR_OPENED = re.compile("班[^，。；,;]{0,20}?(?:结业|开班)")
# 学员赴…进行了现场教学: trainees taught on site, a session of their class (not 学员赴…现场观摩, a visit of its own, spec 003).
_TRAINEES_TAUGHT = re.compile("学员")
# The ceremony of a fair or contest (开幕式, 闭幕式, 颁奖仪式, 颁奖典礼): the meeting a fair or contest has.
_CEREMONY_NAMED = re.compile("(?:开幕|闭幕|开营|闭营|颁奖)(?:式|典礼|仪式)")
# 闭幕式上，…: a sentence opening on the ceremony as the place of what it tells (a meeting referred to, GUIDELINES §3).
_CEREMONY_FRAME_OPENS = re.compile(r"\s*(?:开幕|闭幕)(?:式|典礼|仪式)上")
# …博览会12日在长春国际会展中心开幕。开幕式上，…: where the event opened (or closed), its opening (closing) ceremony's
# venue (GUIDELINES §3 location); the verb must be the ceremony's own (开幕 for 开幕式, 闭幕/落幕 for 闭幕式).
# 由市政府主办、市商务局承办的…博览会在国际会展中心举行: where a fair was held, and its host before it.
_HELD_IN = r"在(?P<loc>[^，。；,;在]{2,20}?)"  # (the venue before the verb, shared by the three patterns)
_FAIR_HELD_AT = re.compile(_HELD_IN + r"(?:隆重|盛大|正式|顺利)?(?:举行|举办)")
# 去年，…首届博览会在…举办, 上届博览会曾在…举行: a sentence telling an earlier edition or an earlier time.
_EARLIER_EDITION = re.compile("去年|前年|上届|往届|上一届|历届|此前|以往|曾")
_FAIR_HOST = re.compile(r"由(?P<org>[^，。；,;的、]{2,30}?)(?:联合|共同)?主办")
_OPENED_AT = re.compile(_HELD_IN + r"(?:隆重|盛大|正式|顺利|圆满)?(?:开幕|拉开帷幕|启幕)")
_CLOSED_AT = re.compile(_HELD_IN + r"(?:顺利|圆满|胜利)?(?:闭幕|落幕|落下帷幕)")
# (会上，举行了…签约仪式, 会上举行了…; 大会期间，举行了…, 论坛期间还举行了…: an event within the meeting, on its day)
# (典礼上还举行了…仪式, 座谈会上，还举行了…: the meeting's own noun before 上)
_SIMULTANEOUS = re.compile("同时|同期|同日|同一天|当天|当日|当晚|(?:^|(?<=[，,]))\\s*(?:" + _SHIFTED_WORDS + ")"
                           "|^\\s*(?:" + _WITHIN_TOLD + "[，,]?|(?:会议|大会|论坛)期间[，,]?)\\s*(?:还|并|同时)?(?:举行|举办)了?"
                           # (开幕式上举行了…签约仪式, 开幕式后，举行了…: within or right after the opening told before)
                           "|^\\s*(?:开幕|闭幕)(?:式|典礼|仪式|礼)(?:上|后|结束后)[，,]?\\s*(?:还|并|同时)?(?:举行|举办)了?"
                           # (会上，新入职护士进行了授帽仪式, 会上，县政府与5家企业举行项目签约仪式: with its subject)
                           "|^\\s*(?:" + _WITHIN_TOLD + "|(?:会议|大会|论坛)期间)[，,]?[^，。；]{0,30}?(?:举行|举办|进行)了?"
                           # (论坛上，发布了…白皮书，并举行了…上线仪式: the act in a later clause of the same account)
                           "|^\\s*(?:" + _WITHIN_TOLD + "|(?:会议|大会|论坛)期间)[，,][^。；]{2,60}?[，,]\\s*(?:还|并|同时|又)+(?:举行|举办)了?"
                           # (会见前，李强在…举行欢迎仪式: a ceremony right before or after the talks just told, on their day)
                           "|^\\s*(?:会见|会谈|会晤)(?:前|后|结束后)[，,]")




def _split_following(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with a clause that holds the next meeting cut off at it (城关镇召开党委会，随后召开全体
    干部大会，…: two meetings, the second read as a sentence of its own, opening with 随后)."""
    out: list[Sentence] = []
    for sentence in sentences:
        # (both cuts look ahead to a verb of holding: a sentence with none is cut nowhere, and most have none)
        holding = "召开" in sentence.text or "举行" in sentence.text or "举办" in sentence.text
        cuts = [m.end() for m in _FOLLOWING_CLAUSE.finditer(sentence.text)] if holding else []
        # (5月8日至10日，…培训班在市委党校举办，5月8日上午举行开班仪式，…: a clause opening on a day of its own with a
        # verb of holding, after one that held a meeting, tells the next event; each keeps its own day)
        cuts += [m.end() for m in _DATED_NEXT_CLAUSE.finditer(sentence.text)
                 if _HELD_FINITE.search(sentence.text, 0, m.start()) and m.end() not in cuts] if holding else []
        cuts += [m.end() for m in _WITHIN_CLAUSE.finditer(sentence.text)
                 if _HELD_FINITE.search(sentence.text, 0, m.start()) and m.end() not in cuts] if holding else []
        cuts += [m.end() for m in _CHAIRED_AFTER_CLAUSE.finditer(sentence.text)
                 if _HELD_FINITE.search(sentence.text, 0, m.start()) and m.end() not in cuts] if holding else []
        cuts.sort()
        bounds = [0, *cuts, len(sentence.text)]
        out.extend(Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b]) for a, b in itertools.pairwise(bounds))
    return out


# Fixed patterns of _without_lead_reference.
_CONVENE_VERB = re.compile("召开|举行|举办")
_CONVENE_OR_MEETING_WORD = re.compile("召开|举行|举办|开幕|会议|大会")


def _without_lead_reference(text: str) -> str:
    """The sentence with a leading clause that refers to another occasion blanked out (offsets
    kept): 为贯彻落实3月5日全国两会精神，3月8日，市委常委会召开会议 (the date is the 8th);
    继3月1日召开全县安全生产工作会议后，3月8日，县政府召开…专题会议 (the meeting is the second)."""
    lead = _LEAD_REFERENCE.match(text)
    if lead is None or not (_DATE.search(lead.group()) or _CONVENE_VERB.search(lead.group())):
        return text
    rest = text[lead.end() :]
    if not _CONVENE_OR_MEETING_WORD.search(rest):
        return text  # 继…召开…会议后，又深入企业调研: nothing else is held in the sentence
    if text.lstrip().startswith("为") and _HELD_FINITE.search(lead.group()) and not _PLANNED.search(lead.group()) \
            and not _HELD_IN_REST.search(rest):
        # The 为-clause holds the meeting itself, the rest only refers back to it (会议由…主持): a name that opens
        # on 为 (为民办实事项目推进会5月7日在…召开), a 为…的 phrase before its noun (为全县劳动模范颁奖的表彰大会…
        # 举行), or a purpose with no comma before the account, of which only the purpose goes.
        purpose = _PURPOSE_BEFORE_DATE.match(text)
        if purpose is None or not _HELD_WITH_OBJECT.search(lead.group(), purpose.end()):
            return text
        blanked = "，" * purpose.end() + text[purpose.end() :]
        day = _DATE.match(blanked, purpose.end())
        if day is None or not _opens_account(blanked, day) or not _AGENT_AFTER_DAY.match(blanked, day.end()):
            return text
        return blanked
    return "，" * lead.end() + rest

def _past_lead_clause(sentence: str, m: re.Match[str]) -> re.Match[str]:
    """The date that opens the account when ``m`` sits in a leading clause about another day
    (根据4月30日…会议部署，6日，…; 在5月12日国际护士节到来之际，6日，…; 距离6月7日高考还有一个月，6日，…);
    else ``m`` (在5月6日召开的…会议上: the day of the meeting named)."""
    # (the clause up to a comma: a date in brackets, 世界读书日（4月23日）来临之际, is inside it)
    start = start_after(sentence, m.start())
    end = clause_bounds(sentence, m.end())[1]
    if _HELD_AFTER_DATE.match(sentence, m.end()) or not (
            _LEAD_CLAUSE.match(sentence, start) or _OTHER_DAY_AFTER.match(sentence, m.end())):
        return m
    # (4月20日以来，公司持续开展隐患排查，并于5月8日召开…: the day the meeting is held on, later in the sentence)
    later = next((d for d in _DATE.finditer(sentence, end) if _opens_account(sentence, d)
                  or (sentence[d.start() - 1 : d.start()] == "于" and _HELD_AFTER_DATE.match(sentence, d.end()))), None)
    return later or m


# Fixed patterns of _past_reporter_clause.
_HELD_ATTRIBUTIVE_AFTER = re.compile(r"(?:上午|下午|晚上)?(?:隆重)?(?:召开|举行|举办|开幕)的")
_COMMA_AHEAD = re.compile(r"\s*[，,]")


def _past_reporter_clause(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """The meeting's date when ``m`` is the day the reporter learnt of it (GUIDELINES §3 date).

    - 记者3月8日获悉，3月6日，…召开; 3月8日，记者从…获悉：3月6日，…: the date after the reporter's clause;
    - 日前，记者从3月6日召开的…大会上了解到: the day of the meeting named inside that clause;
    - 记者3月8日获悉，县委召开…: no other date, ``None`` (记者5月8日获悉，…近日召开 is 近日, and so is
      记者5月8日获悉，近日，…召开);
    - 记者3月6日从…会议上获悉, 记者昨天在…会议上获悉: learnt at the meeting, ``m`` (the same day).
    Else ``m`` itself."""
    learnt = next((r for r in _REPORTER_LEARNT.finditer(sentence) if r.end() > m.start()), None)
    if learnt is None or not (learnt.start() <= m.start() or _DATE_THEN_REPORTER.fullmatch(sentence, m.end(), learnt.start())):
        return m
    inside = next((d for d in _DATE.finditer(sentence, m.start(), learnt.end())
                   if _HELD_ATTRIBUTIVE_AFTER.match(sentence[d.end() :])), None)
    if inside is not None:
        return inside
    if _LEARNT_AT_MEETING.search(sentence, learnt.start(), learnt.end()):
        return m
    # (获悉，近日，…召开; 了解到，日前召开的…会议要求: the account's vague day or the day of the meeting named,
    # right after the reporter's clause)
    right_after = _DATE.match(sentence, learnt.end() + len(sentence[learnt.end() :]) - len(sentence[learnt.end() :].lstrip()))
    if right_after is not None and (
            (_VAGUE_DATE.fullmatch(right_after.group()) and _COMMA_AHEAD.match(sentence[right_after.end() :]))
            or _HELD_ATTRIBUTIVE_AFTER.match(sentence[right_after.end() :])):
        return right_after
    # (the account's day after the clause: 获悉，3月6日，…; 获悉，…于8月9日召开; not 为迎接3月12日植树节 or
    # 传达学习3月5日开幕的…, a day in a lead clause or in what the meeting dealt with)
    return next((d for d in _DATE.finditer(sentence, learnt.end()) if _opens_account(sentence, d)
                 or _held_on(sentence, d)), None)


# A clause before the meeting's that opens on a place (…，某县某镇鼓乐喧天，…在这里举行): 这里 points back to it.
_PLACE_CLAUSE_BEFORE = re.compile(r"[，,]\s*[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|镇|乡|村|州)[^，。；]*[，,]")


# A venue told with its scene in a clause before the meeting's (…，某宾馆大礼堂座无虚席，…在这里召开…).
_SCENE_BEFORE = re.compile(
    r"(?:^|[，,])\s*(?P<place>[^，。；,;\d]{2,20}?(?:礼堂|会堂|大厅|会议室|报告厅|宾馆|饭店|酒店|广场|体育馆|体育场|剧场|剧院|中心|俱乐部))"
    r"(?:里|内)?(?:座无虚席|鼓乐喧天|锣鼓喧天|灯火辉煌|张灯结彩|彩旗飘扬|人头攒动|热闹非凡|掌声雷动|喜气洋洋|高朋满座|气氛热烈|洋溢着)"
    r"[^，。；,;]*[，,]")


def _dateline_city(text: str, at: int) -> str | None:
    """The city of the dateline that the body text before ``at`` (a sentence's end) is told under (GUIDELINES
    §11: 此间 and 在这里 name it): the last dateline with a city before ``at``, not one a sentence cites (据新华社…电 inside a
    line) and with no other item's dateline (本报讯) between them; ``None`` otherwise."""
    line = None
    for d in _DATELINE_CITY.finditer(text, 0, at):
        if not _cited_dateline(text, d.start()):
            line = d
    if line is None or any(d.start() >= line.end() for d in _ITEM_DATELINE.finditer(text, line.end(), at)):
        return None
    return line["city"]


# 据新华社北京3月1日电, 援引中新社…电: a wire report cited in the body, whose dateline is not the article's own.
_CITED_BEFORE = re.compile(r"(?:据|援引|引述|转引自?)[^，。；：,;:！？\s]{0,12}$")


# 据人民日报报道，/ 据新华社电 / 据报道，: a sentence that opens on another outlet's report it cites (not 据了解, 据悉:
# the reporter's own sources), whose meeting is another report's, not the article's own account.
_CITED_REPORT = re.compile(r"\s*(?:据|援引|引述)[^，。；：,;:！？\s]{0,16}?(?:报道|电|消息)(?:[，,：:\s]|$)")


# Quote marks a headline sets around a body's name (台湾“行政院”会议).
_QUOTE_MARKS = re.compile("[“”\"「」『』]")


def _short_form_of(name: str, short: str) -> bool:
    """Whether ``short`` is ``name`` written as X会 for X会议, without what goes before X (台湾“行政院”会议 /
    行政院会): four characters at least, not a generic session (工作会, 常务会)."""
    full = _QUOTE_MARKS.sub("", name)
    return (full.endswith("会议") and short.endswith("会") and not short.endswith("会议") and len(short) >= 4
            and short not in _GENERIC_SESSIONS and full[:-1].endswith(short))


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


def _listed_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a 《…》 title that is one of a list of titles (邮票图名分别为《…》、
    《在…庆典上讲话》、《…》): the works listed, no meeting referred to (GUIDELINES §3, lists). A title alone
    (《在…会议上的讲话》) is a speech title and still refers to its meeting."""
    opened, closed = text.rfind("《", 0, start + 1), text.find("》", end - 1)
    if opened < 0 or closed < 0 or "》" in text[opened:start] or "《" in text[start + 1 : closed]:
        return False
    return text[:opened].endswith(("》、", "》和", "》及")) or text.startswith(("》、《", "》和《", "》及《"), closed)


def _cited_report(sentence: str) -> bool:
    """Whether ``sentence`` opens on another outlet's report that it cites (据人民日报报道，国务院日前召开…)."""
    return _CITED_REPORT.match(sentence) is not None


def _item_text(text: str, sentence: str) -> str:
    """The item of ``text`` that holds ``sentence``: from the line opening it with a dateline (_ITEM_OPENING) to
    the next such line; the first item takes the headline before it. The whole text when it holds one item or
    ``sentence`` is not found (each glued item is its own article, GUIDELINES §11: a year written in another
    item says nothing of this one's)."""
    at = text.find(sentence)
    starts = [m.start() for m in _ITEM_OPENING.finditer(text)]
    if at < 0 or len(starts) < 2:
        return text
    before = [s for s in starts if s <= at]
    start = before[-1] if len(before) > 1 else 0
    end = next((s for s in starts if s > at), len(text))
    return text[start:end]


def _narrative_year(text: str, sentence: str, month: int | None) -> int | None:
    """The year of the last full date (1998年1月20日, 一九九七年十二月) written before ``sentence`` in its paragraph
    or the one before (at most MONTH_CONTEXT_CHARS back): the account the meeting on ``month`` continues
    (新年伊始，1998年1月20日，…。1月21日，…召开 is 1998, whatever older year the text names elsewhere). A date in a
    later month than the meeting's is the year before's when it is in November or December and the meeting in
    January or February (1997年12月30日…。1月5日… is 1998), else no guide. ``None`` when no such date is written,
    or the last one is a start or a deadline (从/自/于…, …起, …前), in a plan or ahead (到期, 将), or a life span."""
    at = text.find(sentence)
    if at <= 0 or month is None:
        return None
    paragraph = text.rfind("\n", 0, at)
    window = max(0, at - MONTH_CONTEXT_CHARS, text.rfind("\n", 0, paragraph) + 1 if paragraph > 0 else 0)
    for d in reversed(list(_DATE.finditer(text, window, at))):
        first = _RANGE_TAIL.sub("", d.group())
        value = parse_date(first)
        if value is None or value.year is None or value.month is None or value.relative_days is not None:
            continue
        # (王某（1931年5月2日—2001年3月4日）: a life span, read from its first day)
        if _SINCE_BEFORE.search(text, 0, d.start()) or _FROM_DATE_AFTER.match(text, d.end()) \
                or _FUTURE_CLAUSE.search(text, *clause_bounds(text, d.start())) \
                or _PLAN_IN_CLAUSE.search(text, *clause_bounds(text, d.start())) \
                or life_dated(text, d.start(), d.end()) or life_dated(text, d.start(), d.start() + len(first)):
            return None
        if value.month <= month:
            return value.year
        if value.month >= YEAR_END_FROM_MONTH and month <= 2:
            return value.year + 1
        return None
    return None


def _certain_year(text: str, sentence: str, month: int) -> int | None:
    """The year of an undated page that its text makes certain for a meeting on ``month`` told in ``sentence``:
    the current year named (1998年是…) in the sentence's item, else the year of the account's last full date
    (_narrative_year); ``None`` otherwise (a year merely written somewhere may be an older event's)."""
    item = _item_text(text, sentence)
    named = [int(y) for y in _YEAR_IS.findall(item)]
    if named:
        return max(named)
    return _narrative_year(item, sentence, month)


def _festival_own_eve(sentence: str, m: re.Match[str]) -> bool:
    """Whether the day ``m`` is followed by its own eve or coming (7月1日前夕, 7月1日“七一”前夕), not by a festival's
    eve the day is written before (9月28日国庆前夕: the meeting's day; GUIDELINES §3 tenth review round)."""
    eve = _EVE_AFTER_DATE.match(sentence, m.end())
    if eve is None:
        return False
    festivals = [f.group() for f in _FESTIVAL_IN_GAP.finditer(eve["gap"])]
    if not festivals:
        return True
    written = _MONTH_DAY_END.search(m.group())
    own = written and (int(written[1]), int(written[2]))
    return any(_FESTIVAL_SOLAR_DAYS.get(f) == own for f in festivals)


def _background_act(sentence: str, name: str) -> bool:
    """Whether ``sentence``, told before an undated meeting named ``name``, dates an act of the background
    rather than the meeting's account: an approval, a founding or a birth (1997年1月5日，国务院批准建设大桥。
    大桥开工典礼隆重举行: the approval's day, not the ceremony's), unless the meeting is that act's own ceremony
    (5月8日，某某协会成立。成立大会在…举行)."""
    for act in _BACKGROUND_ACT.finditer(sentence):
        if act["birth"]:
            # (全省首家…中心在我县诞生。启动仪式…: a first of its kind born that day, the day's news)
            if sentence[act.end() : act.end() + 1] in ("于", "在") or _PERSON_BORN.search(sentence, 0, act.start()):
                return True
        elif not _FOUNDING_RITE.search(name):
            # (县老年大学挂牌成立。揭牌仪式…; 经…批准，…正式成立。成立大会…; …获批…。授牌仪式…: the act's own ceremony)
            return True
    return False


def _cited_dateline(text: str, at: int) -> bool:
    """Whether the dateline whose date (or agency) starts at ``at`` in ``text`` is a cited source (本报讯 据新华社
    北京3月1日电，…): 据 before it in its clause, with other words before that on its line. A 据…电 opening
    a line is the copy's own dateline (a reposted wire report)."""
    cue = _CITED_BEFORE.search(text, max(0, at - 16), at)
    return cue is not None and bool(text[text.rfind("\n", 0, cue.start()) + 1 : cue.start()].strip())


def _governing_dateline(text: str, sentence: str, day: re.Match[str]) -> str | None:
    """The date of the dateline a relative day (``day``, in ``sentence``) of a later body sentence falls
    under (GUIDELINES §3 date: under a dated dateline relative days are that date's): the first dated
    dateline of ``text``, before the sentence. ``None`` when there is none, when another dateline (dated
    or not: 本报讯) stands between them (another story on the page, whose body is not this one's), when
    ``sentence`` is not found in ``text`` or holds little beyond the
    day (a bare date passed on its own), or when the day is inside quoted speech (“昨天我们…”: the
    speaker's day)."""
    start = text.find(sentence)
    if start < 0 or len(sentence.strip()) < len(day.group()) + MIN_SENTENCE_BEYOND_DAY:
        return None
    at = start + day.start()
    line = next((d for d in _DATE.finditer(text, 0, start)
                 if _DATELINE_AFTER_DATE.match(text, d.end()) and not _cited_dateline(text, d.start())), None)
    if line is None:
        return None
    # (up to the day itself: 本报讯 opening the day's own sentence is another item's dateline too)
    if any(d.start() > line.end() and not _cited_dateline(text, d.start()) for d in _ITEM_DATELINE.finditer(text, 0, at)) or any(
            _DATELINE_AFTER_DATE.match(text, d.end()) and not _cited_dateline(text, d.start())
            for d in _DATE.finditer(text, line.end(), at)):
        return None  # (another story's dateline in between)
    said = text[max(line.end(), text.rfind("\n", 0, at) + 1) : at]
    if said.count("“") > said.count("”") or said.count("「") > said.count("」"):
        return None
    return line.group()


def _held_on(sentence: str, d: re.Match[str]) -> bool:
    """Whether the clause of the date ``d`` holds a meeting on it: a finite verb of holding after it and no
    matter dealt with or occasion before it (县委3月6日召开…, …会于8月9日召开; not 传达学习3月5日开幕的…)."""
    start, end = clause_bounds(sentence, d.start())
    return (_HELD_FINITE.search(sentence, d.end(), end) is not None and not _DEALT_WITH.search(sentence, start, d.start())
            and not _LEAD_CLAUSE.match(sentence, start) and not _PLANNED.search(sentence, start, end))


# The rest of a page's date line before and after its date (发布时间：2024-05-09 10:21, 2024年5月9日 星期四 来源：某某网).
_PAGE_DATE_LINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[^\n，。；：:]{0,8}(?:时间|日期)[:：])?[^\S\n]*$")
_PAGE_DATE_LINE_AFTER = re.compile(
    r"[^\S\n]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[^\S\n]*(?:(?:星期|周)[一二三四五六日天])?[^\S\n]*(?:(?:来源|來源)[:：][^\n]*)?(?:\n|$)")


def _page_stamp_line(labelled: re.Match[str]) -> bool:
    """Whether a labelled day line (时间：…) reads as the page's stamp, not a programme's day (_STAMP_WHEN)."""
    return _STAMP_WHEN.fullmatch(labelled["when"]) is not None \
        and _PLACE_LINE_AHEAD.match(labelled.string, labelled.end()) is None


def _on_page_date_line(text: str, d: re.Match[str]) -> bool:
    """Whether the date ``d`` (a match in ``text``) stands on a line of its own or beside its label, a time, a
    weekday and a source only: the page's date line, not a headline's or an account's date."""
    return _PAGE_DATE_LINE_BEFORE.search(text, 0, d.start()) is not None and _PAGE_DATE_LINE_AFTER.match(text, d.end()) is not None


# Fixed patterns of _headline_day.
_SPACE_COMMA_COLON = re.compile(r"[\s，,：:]")
_CLOSING_BRACKET_ONLY = re.compile(r"[）)】\]]\s*")


def _headline_day(title: str) -> re.Match[str] | None:
    """The day a headline gives its meeting: leading it (【3月6日】县委召开…, 3月5日 县委召开…), in brackets at
    its end (…会议（3月6日）) or right before the verb of holding (县委3月6日召开…). Not a day inside what
    the meeting dealt with (…传达学习…3月5日重要讲话精神, 部署3月12日植树节活动): ``None``."""
    for d in _DATE.finditer(title):
        if _VAGUE_DATE.fullmatch(d.group()):
            continue
        # (3月8日妇女节前夕 县妇联召开…, 3月12日植树节即将到来之际…: a holiday ahead, the meeting held before it)
        leading = not title[: d.start()].strip(" \u3000【[（(") \
            and not _OCCASION_AHEAD.search(_SPACE_COMMA_COLON.split(title[d.end() :], maxsplit=1)[0])
        bracketed_end = title[d.start() - 1 : d.start()] in ("（", "(", "【", "[") \
            and _CLOSING_BRACKET_ONLY.fullmatch(title[d.end() :]) is not None
        if leading or bracketed_end or _HELD_AFTER_DATE.match(title, d.end()):
            return d
    return None


def _last_told_day(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last date in ``text[start:end]`` that is a day something took place on, for a day told relative to it
    (当天, 次日, 前一天): see :func:`_told_days`."""
    return next(_told_days(text, start, end), None)


def _told_days(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The dates in ``text[start:end]``, last first, that are days something took place on: not a deadline or a
    start (6月30日前完成, 5月1日起施行), a stock's day (截至3月10日), the day a document came out (4月20日印发) nor a
    day in what a meeting dealt with (传达学习3月1日…会议精神)."""
    for d in reversed(list(_DATE.finditer(text, start, end))):
        clause_start = clause_bounds(text, d.start())[0]
        # (…联席会议19日起在澳门举行: the first day of a meeting held, not a day things run from)
        opens_held = text.startswith("起", d.end()) and _HELD_FINITE.search(text, d.end(), clause_bounds(text, d.end())[1])
        if (_FROM_DATE_AFTER.match(text, d.end()) and not opens_held) or _OTHER_DAY_AFTER.match(text, d.end()) \
                or _STOCK_BEFORE.search(text, max(start, d.start() - 3), d.start()):
            continue
        if _DEALT_WITH.search(text, clause_start, d.start()) and not _HELD_VERB.search(text, clause_start, d.start()):
            continue
        yield d


# How far a day told before 当天 may lie from the main meeting's and still be a day of the same account.
_ACCOUNT_SPAN = dt.timedelta(days=31)


def _same_account(told: str, main: str) -> bool:
    """Whether the ISO day ``told`` can be a day of the account whose main meeting is on ``main``: within a month
    of it (4月2日…支委会。4月9日…党员大会。当天… is; 学校始建于1959年9月1日。当天下午… and a project 于2023年10月12日签约落地
    before a meeting of 2024 are background, told days of another story)."""
    return abs(dt.date.fromisoformat(told) - dt.date.fromisoformat(main)) <= _ACCOUNT_SPAN


# Fixed patterns of _held_clause_date.
_AT_OCCASION_ATTRIBUTIVE = re.compile(r"[^，。；]{0,4}在[^，。；]{1,30}?上的")


def _held_clause_date(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """The date of the clause that holds the meeting when ``m`` is another day's.

    - 记者5月8日从…获悉，…近日召开…; 5月7日至8日，…考察学习，8日下午双方…召开座谈会: a later date whose
      clause holds the meeting (召开/举行/举办 after it) is the meeting's, not the first one's.
    - 县政府召开常务会议，研究部署5月20日前…; …举行集体学习，学习…4月30日在…上的重要讲话: a date after the
      meeting's verb, in a clause of what it dealt with, is no day of the meeting: ``None``."""
    start, end = clause_bounds(sentence, m.start())
    if _HELD_VERB.search(sentence, start, end):
        return m
    for d in _DATE.finditer(sentence, end):
        d_start, d_end = clause_bounds(sentence, d.start())
        if _HELD_FINITE.search(sentence, end, d_start):
            break  # (5月8日，县委召开常委会会议，传达学习5月6日召开的…: the meeting was held in a clause before)
        if _HELD_FINITE.search(sentence, d.end(), d_end) and not _HELD_VERB.search(sentence, d_start, d.start()) \
                and not _DEALT_WITH.search(sentence, d_start, d.start()) and not _PLANNED.search(sentence, d_start, d_end):
            return d
    if _HELD_OR_ENDED.search(sentence, 0, start) and m.group()[-1:] in "日号" and (
            _DEALT_WITH.search(sentence, start, m.start()) or _FROM_DATE_AFTER.match(sentence, m.end())
            or _AT_OCCASION_ATTRIBUTIVE.match(sentence[m.end() :])):
        return None
    if _DEADLINE_AFTER.match(sentence, m.end()):
        return None  # 各工作组要在5月12日前完成各项准备，确保…会议顺利召开: a deadline in a clause that holds nothing
    return m


def _opens_account(sentence: str, d: re.Match[str]) -> bool:
    """A date that opens a clause and the account (6日，…; 4月22日上午，…): not vague, not a deadline
    or a start (6月30日前完成, 6月1日起)."""
    return (not _VAGUE_DATE.fullmatch(d.group()) and not sentence[clause_bounds(sentence, d.start())[0] : d.start()].strip()
            and _LEAD_DATE_AFTER.match(sentence, d.end()) is not None)


def _same_paragraph(text: str, t: Sentence, starts: set[int]) -> bool:
    """Whether sentence ``t`` shares a paragraph with a sentence starting at one of ``starts``."""
    return any("\n" not in text[min(at, t.start) : max(at, t.start)] for at in starts)


def _overlap(a: str, b: str) -> float:
    """The share of the shorter name's characters that the other name has."""
    return len(set(a) & set(b)) / max(1, min(len(set(a)), len(set(b))))


def _recent(day: dt.date, reference: dt.date) -> bool:
    """A day at most :data:`CONTEXT_DATE_DAYS` before the publication date (the day itself too)."""
    return dt.timedelta(0) <= reference - day <= dt.timedelta(days=CONTEXT_DATE_DAYS)


def _undated_plan(meeting: dict[str, Any], doc_text: str) -> bool:
    """Whether ``meeting``, read on a page with no publication date, is told as planned for a stated day by 计划于 in
    the clause that names it (:data:`_PLAN_ON_DAY`), and not told held as planned after it (…。3月15日上午，论坛在滨江
    如期举行)."""
    text = meeting["evidence"]["text"]
    at = text.find(meeting["name"])
    if at < 0 or _held_as_planned_after(doc_text, meeting["evidence"]["clean_end"]):
        return False
    start, end = clause_bounds(text, at)
    return any(start <= p.start() < end for p in _PLAN_ON_DAY.finditer(text))


# (Unlike MeetingExtractor._planned_then_held, which reads back from a bare noun held to the plan naming it, a yes/no look ahead.)
def _held_as_planned_after(doc_text: str, pos: int) -> bool:
    """Whether the next :data:`HELD_AS_PLANNED_SENTENCES` sentences after ``pos`` tell a meeting held as planned
    (…。3月15日上午，论坛如期在滨江举行), not as the purpose of a task (确保论坛顺利举行)."""
    end = pos
    for _ in range(HELD_AS_PLANNED_SENTENCES):
        stop = _SENTENCE_STOP.search(doc_text, end + 1)
        end = stop.end() if stop else len(doc_text)
    return any(not _HELD_AS_PLANNED_PURPOSE.search(doc_text, start_after(doc_text, held.start()), held.start())
               for held in _HELD_AS_PLANNED.finditer(doc_text, pos, end))


def _after_publication(day: str | None, reference: dt.date | None) -> bool:
    """Whether the ISO ``day`` falls after the publication date: a day ahead, no day a report's meeting was held."""
    return day is not None and reference is not None and dt.date.fromisoformat(day) > reference


def _counted_years(text: str) -> list[int]:
    """Current years the text gives by anniversaries celebrated (庆祝建党102周年 -> 2023)."""
    years = []
    for m in _ANNIVERSARY.finditer(text):
        n = parse_number(m["n"])
        if n is not None and n == int(n) and 0 < n < 200:
            years.append(ANNIVERSARIES[m["event"]] + int(n))
    return years


def _years_since(text: str) -> list[int]:
    """Current years counted since a starting year (从一九九二年…，十七年来 -> 2009): a loose count
    (十年来), used only when the text writes no year of its own."""
    years = []
    for m in _SINCE_YEARS.finditer(text):
        start, n = parse_number(m["y"]), parse_number(m["n"])
        if start is not None and n is not None and n == int(n) and 0 < n < 100:
            years.append(int(start) + int(n))
    return years

class _HeldAnchored:
    """``pattern.search`` for a pattern made of a subject (and a venue) of bounded length, ``reach`` characters at
    most, then ``held``, a verb of holding and what it holds.  Searched alone, ``held`` finds where the first such
    verb can stand, and no match of the whole can start more than ``reach`` characters before it, so the search
    starts there, or is skipped when ``held`` matches nowhere: the same match, without trying the long lazy subject
    at every start of a sentence that holds no meeting (most of them)."""

    def __init__(self, pattern: re.Pattern[str], held: re.Pattern[str], reach: int) -> None:
        self.pattern, self.held, self.reach = pattern, held, reach

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        verb = self.held.search(text, pos)
        return self.pattern.search(text, max(pos, verb.start() - self.reach)) if verb else None


# Fixed patterns of MeetingExtractor.match.
_ATTENDING_ORG_END = re.compile("(?:出席|参加)了?[^，。；,;出参]{2,20}$")
# Fixed patterns of MeetingExtractor.clean_name.
_DATELINE_TAG_PREFIX = re.compile(r"^.*[】\]］〕]")
_AS_REQUIRED_PREFIX = re.compile(r"^(?:应|按照|根据|依据|落实)[^，。；]{1,20}?要求(?:召开|举行|举办)的(?=.{2})")
_PUT_OFF_PREFIX = re.compile("^" + _PUT_OFF_ATTRIBUTIVE + "(?=.{2})")
_LIST_NUMBER_PREFIX = re.compile(r"^\d{1,2}[．.]\s*(?=\D)")
_REPORTER_NOTE_PREFIX = re.compile(r"^[（(][^（）()]{0,30}(?:记者|通讯员|报道|摄)[^（）()]{0,30}[）)]\s*")
_UNCLOSED_BRACKET = re.compile(r"[（(][^）)]*$")
_TALLY_PARTICLE_PREFIX = re.compile(r"^(?:了|过|一次|一场|一个|本次|此次)")
_HOLDING_VERB_PREFIX = re.compile(r"^(?:主持)?(?:召开|举行|举办)了?(?=.{4})")
_DURATION_PREFIX = re.compile(r"^(?:为期|历时)[^的，。]{1,6}的")
_ATTENDED_BY_PREFIX = re.compile(r"^(?:由|有)?[^，。；“”「」《》]{2,40}?(?:参加|出席|列席|参与|参会)的(?=[^，。；]{4})")
_ADOPTED_BY_PREFIX = re.compile(r"^[^，。“”]{0,24}?(?:(?:草案|条例|议案|报告|决定|决议|办法|规定|法|》)经"
                                r"|在(?:19|20)\d{2}年\d{1,2}月(?=[\u4e00-\u9fff]{4}))")
# Fixed patterns of MeetingExtractor.clean_org.
_ORG_MONTH_PREFIX = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:份|初|底|上旬|中旬|下旬)?[，,]?(?=[\u4e00-\u9fff]{2})")
_DAYS_JOINER = re.compile("(?<=于)[、和及与]+")
_ORG_BRACKETED_NOTE = re.compile(r"[今昨前]?[（(](?!(?:社区|村|居|街道|乡镇|镇)[）)])(?![^（）()]*(?:集团|控股|中国|香港|澳门|台湾)[）)])"
                                 r"[^（）()]{0,12}[日号]?\s*[）)]")
_ORG_TIME_PREFIX = re.compile(r"^(?:上午|下午|晚上|晚|近日|日前|今天|昨天|当天|近期|前不久|不久前|最近)")
_ORG_ATTENDING_PREFIX = re.compile(r"^(?:出席|参加|列席)[^，。；的]{2,30}的(?=[\u4e00-\u9fff]{3})")
_CEREMONY_DAY_ONLY = re.compile(r"(?:开幕|闭幕|开班|结业|开营|会议|大会|展会|会|校庆|庆典)(?:式|仪式|典礼)?(?:当天|当日|当晚)(?:上午|下午|晚上)?(?:还|也|又|同时)?")
_ORG_FOR_TAIL = re.compile(r"(?<=[委府会局部院校司厂团处社所站办队行心])为[^，。；、]{1,12}$")
_AND_AT_OPENING = re.compile("[并又还也](?:在|于)")
_BY_PREFIX = re.compile(r"^由")
_ORG_ACCORDING_PREFIX = re.compile(r"^(?:根据|按照|依据)[^，。；]*?(?:声明|决定|规定|协议|安排|精神|要求)")
_AT_OPENING = re.compile("在|于")
_ORG_AT_YEAR_PREFIX = re.compile(r"^(?:于|在(?![京沪穗津渝港澳]))?(?:去年|今年|前年|当年|近年来|此前|随后|年初|年底|建国之初)?")
_ORG_PART_OF_DAY_PREFIX = re.compile(r"^(?:上午|下午|晚上|晚|当天)")
_SEQUENCE_WORD_ONLY = re.compile(r"^(?:首先|其次|然后|随后|接着|最后)$")
_HOSTING_WORD = re.compile("联合主办|主办|(?<![联综配结融混整适符])合办(?![公学理案事])|承办|(?<![政科])协办")
_JOINTLY_WITH = re.compile(r"(?<=[\u4e00-\u9fff]{2}[委局厅办部院所站馆团队社行处会联协校学])(?:联合|会同|携手)(?![国会体党社网调]|总会)"
                           r"(?=[\u4e00-\u9fff]{2})|(?<=中心|公司|集团|政府)(?:联合|会同|携手)(?![国会体党社网调])(?=[\u4e00-\u9fff]{2})"
                           # (东山村“两委”联合驻村工作队: a quoted body's short name before 联合)
                           r"|(?<=[委会组部办][”」])(?:联合|会同|携手)(?![国会体党社网调])(?=[\u4e00-\u9fff]{2})")
_ORG_MEMBERS_TAIL = re.compile(r"(?<=班子)成员$|(?<=.{2}[”」委部组])[及和与](?:全体|部分)?(?:党员|村民|居民|群众|职工|干部)(?:代表)?$")
_ORG_DAY_TAIL = re.compile("(?<=[\u4e00-\u9fff]{2})(?:[一二三四五六七八九]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十一?)日$")
_ORG_VISITING_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:走进|走入|来到|深入)(?:[^，。；]{2,})?$")
_ORG_AS_REQUIRED_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?:按照|根据|依据|依照|遵照|为落实|落实|应)[^，。；]{1,20}?|按[^，。；照]{0,20}?)"
                                   r"(?:要求|部署|安排|计划)$")
_THIS_BODY_ONLY = re.compile("该(?:行|院|校|局|所|公司|集团|中心|单位|协会|商会|厂|社区|街道)$")
_ALSO_WITH_OPENING = re.compile("(?:并|还|又|也)(?:与|跟|同|和)")
_WITH_OPENING = re.compile("[与跟]")
_TOGETHER_WORD = re.compile("就|共同|联合|一起|一道")
_ORG_ADVERB_TAIL = re.compile(r"(?:组织|联合|共同|隆重|正式|顺利|专门|在此)$")
_ORG_TALLY_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:共|共计|总共)$")
# What makes a numeral after 于 a time, not a venue (于2024年, 于三天后, 于九一八纪念日, 于五一小长假期间, 于十周年之际;
# not 于三楼会议室, 于一号楼): shared by the organizer tidy and the active pattern's 于 guard.
_TIME_AFTER_NUMERAL = (r"(?:年|月|日|号(?!楼|厅|会议室)|时|点|[:：.]|周|季|旬|期|届|次|天|个月"
                       r"|[\u4e00-\u9fff]{0,3}?(?:节|纪念日|假期?|期间)|前|后|当天|之际|黄金周|建军)")
_ORG_TIME_ONWARDS = re.compile(r"(?:上午|下午|晚上|晚间|近期|近日|日前|最近|随即|随后|于(?=本月|今|昨|\d|[一二三四五六七八九十〇零两]{1,4}" + _TIME_AFTER_NUMERAL + r"|上午|下午|晚|年底|年初|年中|月底|月初|周|星期|傍晚|近期)|假(?=[^，。；]{2,}"
                               r"(?:厅|馆|堂|中心|室))).*$")
_SIDES_TAIL = re.compile("(?:两地|双方|各方)$")
# A day word and a part of the day (今日上午, 昨天下午, 当天) right between a subject of two characters or more and 与/同/跟/和 and
# another party's name: the time of the event, no part of the organizer (GUIDELINES §3 ninth round: two parties holding a
# signing are the organizer as written).
_TIME_BEFORE_PARTY = re.compile(r"(?<=[\u4e00-\u9fff]{2})于?(?:(?:今日|今天|昨日|昨天|当天|当日|日前|近日)(?:上午|下午|晚上|晚间)?"
                                r"|上午|下午|晚上|晚间)(?=[与同跟和][\u4e00-\u9fff]{2})")
_ORG_MANNER_TAIL = re.compile(r"(?:在[京沪穗津渝港澳])?(?:如期|还|也|已|已经|分别|一样|特意|专门|再次|再度|又|另行|另|首次|同时|各自|成功|圆满"
                              r"|立即|立刻|迅速|随即|连夜|紧急|及时|第一时间|曾|曾经|先后|上周|本周|上月|本月|陆续|相继|集中|统一|于)*$")
_FOR_DIGNITARY_TAIL = re.compile(r"为[^，。；]{0,8}(?:主席|总统|总理|首相|书记|部长|市长|省长|先生|女士|同志)$")
_ORG_FOR_PURPOSE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![华作成认因行称无有])为(?![民明])[^，。；]{4,}$")
_FOR_THEM_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})[、]?为(?:其|他们|她们|他|她)[^，。；]*$")
_NOT_ORG_WORD = re.compile(r"\d+多?名|\d+[余多]人|\d+人$|这是|特别是|冒着|(?:后|以后|之后|以来|期间|主持)$")
_PRIZE_END = re.compile("(?<!颁)奖$")
# A building, campus, site or construction project closing an organizer (江城中学新校舍, 县第二人民医院住院大楼, 江城大学东校区
# 综合教学楼, 滨海新区…产业园项目): no body; a headquarters only before a building word (华信集团总部大楼; not 集团总部).
_BUILT_SITE_END = re.compile(
    r"(?:(?:[新老主东西南北中]|[一二三四五六\d]期)?(?:校舍|校区|院区|新馆|馆舍|新址|新楼|(?:总部)?大楼|(?:综合|教学|办公|实验|宿舍"
    r"|门诊|住院|医技|科研|行政)+大?楼|体育馆|体育场|工程|项目|工地))+$")
# Trades that close a company's short name (力晶光电, 星河电器, 恒远新能源): the company before its plant.
_COMPANY_TRADE_WORDS = ("光电", "电子", "电器", "电气", "科技", "股份", "控股", "实业", "制药", "药业", "汽车", "能源", "化工", "钢铁",
                        "材料", "新材", "重工", "机械", "动力", "食品", "乳业", "纺织", "物流")
# A company's plant told by its number or as new, maybe after its town (新竹第三厂, 第二工厂, 宜州新厂, 三厂, 二期厂区; not
# 江南造船厂, 第一棉纺厂: a trade before 厂 makes it a works of its own), and a ceremony about works on it (投产典礼).
_NUMBERED_PLANT_END = re.compile(r"(?:第[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]期?|新)(?:工厂|厂区|厂)$")
# The company before such a plant: a body's end or a trade word closing a company's name, then at most a town (the
# longest such name: 江城光电集团二厂 is the group's plant, not 江城光电's with 集团 read as a town).
_PLANT_OWNER = re.compile("(?P<owner>[\u4e00-\u9fff]{2,}(?:" + _BODY_END + "|" + "|".join(_COMPANY_TRADE_WORDS)
                          + "))[\u4e00-\u9fff]{0,3}$")
_WORKS_CEREMONY = re.compile("(?:投产|竣工|开工|奠基|落成|封顶|揭牌|开业|试产|开园|通车|启用)(?:仪式|典礼|庆典|大会)$")
# 县体育馆, 江城市体育场: a public venue institution named by a level or a place alone is a body that hosts (the lead's
# ruling on cr9 1.21), not a building of one; 江城中学体育馆 is the school's building.
_PUBLIC_VENUE_OF_PLACE = re.compile(r"[\u4e00-\u9fff]{0,6}?[省市县区州旗镇乡](?:体育馆|体育场)")
_BUILDING_END = re.compile(r"(?:楼|大厦|酒店|宾馆|饭店|广场|会议室|礼堂|大厅|报告厅)\d*$|\d$")
_ON_OR_IN_END = re.compile("上$|(?<!(?<![第统唯其之])[一二三四五六七八九十])中$")
_DELEGATION_OR_AND = re.compile("一行|调研|并$|(?:^|[^合])并(?=[召举开])")
# Fixed patterns of MeetingExtractor.clean_location.
# A holiday or day word whose bracketed date was cut before the venue (重阳节（）中午在…): no part of the venue.
_EMPTIED_DATE_BRACKET = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}[（(]\s*[）)]")
_WEEKDAY_PREFIX = re.compile(r"^\s*[（(](?:星期|周|礼拜)[一二三四五六日天][）)]")
_LOC_ACT_TIME_TAIL = re.compile("(?<=.{2})(?:主持|出席|参加|召开|举行|出发|抵达)[^，。；]{2,20}?(?:前|后|之前|之后|期间)$")
_LOC_MANNER_TAIL = re.compile("(?:成功|顺利|隆重|圆满|胜利|正式|主持|联合|共同|也|还|又|(?<![生际易贸文科党团])组织|盛大|如期|热烈|庄严|盛装|温馨"
                              "|(?:[\u4e00-\u9fff]{2}而)?(?:隆重|热烈|庄重|庄严|简朴|盛大|热闹)地|线上线下同步|同步)+$")
_LOC_AGENDA_DONE = re.compile("^(?!(?:圆满|顺利|胜利)?完成)(.{2,}?)(?:圆满|顺利|胜利)?完成了?(?:全部|各项|预定|所有|既定)?(?:议程|任务)后$")
_LOC_SCENE_END = re.compile("声中$|气氛中$|氛围中$|议程后$|任务后$|会后$")
_OUR_REGION = re.compile("[我本][省市县区州旗镇乡村]")
_LOC_TIME_ONLY = re.compile(r"会前|会后|会上|会间|此前|此后|之前|之后|[^，。]{0,8}(?:期间|之际|前夕|时)|[^，。]{0,10}节(?:期间|之际|前夕)"
                            # (在签约前举行会谈, 在仪式结束后会见: before or after an act or an event, not 在纪念碑前)
                            r"|[^，。]{0,8}(?:签约|签字|会谈|会见|会晤|开幕式?|闭幕式?|开班式?|开会|仪式|典礼|活动|会议|大会|结束)(?:前|后|之前|之后)"
                            r"|[上本下这]周[一二三四五六日天]?|[上本下]个?月(?:初|底|中旬|上旬|下旬)?|前不久|不久前|近期|日前|近日|月初|月底|年初|年底")
_ONLINE_ONLY = re.compile("线上|网上|云端|线上线下|网络上?|视频")
_HERE_WITH = re.compile("(?:这里|此间)(?:(?:同|与|和|跟)[^，。]{2,})?")
_HERE_OPENING = re.compile("这里|此间|那里")
_LOC_CIRCUMSTANCE = re.compile("(?:陪同|指导|关心|支持|带领|率领|主持|见证|邀请|组织)下$|百忙|之中$")
_SUBSIDIARY_PREFIX = re.compile("^.*(?:下属|所属|旗下|附属)的(?=.{2})")
_THIS_BODY_PREFIX = re.compile("^该(?:院|校|公司|集团|行|所|厂|中心|组织)(?=[\u4e00-\u9fff\\d]{3})")
# (赴对口帮扶的石门村, 到结对共建的石门社区: the pairing that ties the body to the place, an attribute before its name)
_LOCATED_IN_PREFIX = re.compile("^(?:位于[^，。的]{2,20}|(?:对口|结对|挂钩|定点|包联)?(?:帮扶|共建|支援|包保)|对口|结对|挂钩|定点|包联)"
                                "的(?=[\u4e00-\u9fff]{2})")
_HIS_PREFIX = re.compile("^(?:他|她|其)(?:们)?的(?:家乡|故乡|老家|母校)?(?=.{2})")
_FOR_VISITOR_TAIL = re.compile("(?<=.{2})为(?:来访的|前来[^，。]{0,8}的)[^，。]{2,}$")
_HALL_FOR_TAIL = re.compile("(?:(?<=[厅堂馆室宫场店厦])|(?<=中心))为[^，。]{2,}$")
_TIMES_TAIL = re.compile("[两三四五]度$")
_INSIDE_TAIL = re.compile("(?<=[坝院场室厅堂屋棚])[里内]$|(?<=[室厅堂])中$|(?<=[\u4e00-\u9fff][棚间台亭房])中$")
# Fixed patterns of MeetingExtractor.year_from_text.
_SENTENCE_END_MARK = re.compile("[。！？\n]")
# Fixed patterns of MeetingExtractor._no_headcount.
_RANK_BEFORE_END = re.compile(r"(?:居|列|排名?|进入?)前$")
_TOWARDS_END = re.compile("(?<![面绝相针])对(?!象|口|外|接|应|台)[^，。；]{0,8}$")
_ACTION_VERB_AHEAD = re.compile("[^，。；]{0,12}?(?:进行|开展|作出|作了|给予)")
# Fixed patterns of MeetingExtractor.date_of.
_OPEN_BRACKET = re.compile(r"[（(]")
_BEFORE_OR_AFTER_AHEAD = re.compile(r"\s*(?:前|之前|以前|后|之后|以后|起|止)")
_DOTTED_MONTH_DAY = re.compile(r"^(\d{1,2})[./](\d{1,2})$")
_BRACKETED_DAY_TIAN = re.compile(r"^([今昨前][（(][\d一二三四五六七八九十]{1,3}[）)])天$")
_BRACKETED_MONTH = re.compile(r"^[本上][（(](\d{1,2})[）)]月")
_NUMERIC_DATE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")
_DATE_RANGE_SEP = re.compile("[至到\\-—~－～、]")
_BRACKETED_DAY_ONLY = re.compile(r"^(?:[今昨前本]?[（(]([\d一二三四五六七八九十廿卅]{1,3})日?[）)]日?|本月([\d一二三四五六七八九十]{1,3})日)$")
_BRACKETED_MONTH_DAY = re.compile(r"^[今昨前][（(]([\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十廿卅]{1,3})[）)]日$")
_THIS_MONTH_DAY = re.compile(r"本月([\d一二三四五六七八九十]{1,3})日")
_LAST_MONTH_DAY = re.compile(r"上月([\d一二三四五六七八九十廿卅]{1,3})日")
# Fixed patterns of MeetingExtractor._named_before.
_BACK_REFERENCE_OPENING = re.compile(r"(?:[我本该此这其]|同日|当日|次日|随后|会上)")
# Fixed patterns of MeetingExtractor.__call__.
_BRACKETED_KIND_MEETING = re.compile(r"[（(](?:扩大|全体|专题|视频)[）)](?:会议|会)")
_CARRYING_OUT_END = re.compile("进行了?$")
_THIS_REGION = re.compile("该([省市县区镇乡村])")
_REGION_CHAR = re.compile("[县区市镇乡村校省]")
_OFFICIATING_END = re.compile("主礼了?[「『“]?$")
_JOINTLY_INSIDE = re.compile("(?<=.{2})联合(?![会国体社组党]|总会)(?=.{2})")
_JOINTLY_HOSTED_END = re.compile("(?:联合|共同)主办[，,]\\s*$")
_LAUNCHED_END = re.compile("启动了?$")
_HELD_SESSION_AHEAD = re.compile(r"了?(?P<held>(?:第[^，。；]{1,8}次)?(?:全体|扩大|专题|常务)?(?:会议|大会)"
                                 r"|(?:(?:19|20)\d{2}年度?)?(?:第[^，。；]{1,8}届)?年会"
                                 r"|[^，。；,;\n的]{0,10}?(?:协商|学习|座谈|研讨|观摩)(?=[，。；,;\n]|$))"
                                 r"(?P<when>时|的时候|期间)?(?!发言|环节|报告|精神|上|中|室|厅)")
_RANGE_MARK = re.compile("[至到\\-—~－～]")
_SUMMARY_OPENING = re.compile(r"\s*[【\[]?(?:摘要|导读|内容提要)")
_PARTY_LESSON_GIVEN = re.compile("(?:讲|上)[党团]课")
_YEAR_NUMBER_AHEAD = re.compile(r"((?:19|20)\d{2})年")
# (冬至当天, 小年当天: a solar term falls on a day that moves by a day or two from year to year, and 小年 is the
# 23rd or the 24th of the twelfth lunar month by region; the calendar the page gives does not fix either, GUIDELINES §3
# date: no outside knowledge, 清明 left out of the festivals for this reason)
_SOLAR_TERMS = ("立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪"
                "|冬至|小寒|大寒")
_DAY_NAME_END = re.compile(rf"(?:[日节夕]|纪念日|小年|{_SOLAR_TERMS})[”\"」]?$")
_FOUR_HAN = re.compile("[\u4e00-\u9fff]{4}")
_DURING_OPENING = re.compile(r"\s*(?:(?:活动|会议|大会|论坛|会)?期间|其间)[，,]")
_AFTER_UNIVERSITY = re.compile("(?<=大学).+")
_SCHOOLS_JOINED = re.compile("(?:大学|学院|学校|中学|小学)[和与及、]")
# Fixed patterns of MeetingExtractor._session_of.
_MEETING_NOUN_END = re.compile("(?:大会|会议|会)$")
_PART_OF_DAY_AT = re.compile(r"\s*(?:上午|下午|晚上|当晚)[，,]?\s*在")
# Fixed patterns of MeetingExtractor._fair_ceremonies.
_OPENING_OR_CLOSING = re.compile("(?:开幕|闭幕|落幕)")
# Fixed patterns of MeetingExtractor._planned_then_held.
_PLANNED_NAME_AHEAD = re.compile(r"了?([^，。；：,;:！？\n]{2,40})")
# 县委决定全县经济工作会议于5月8日召开: a plan told with the name between the decision and the day (the order
# _PLANNED's 决定…于…召开 branch reads), then held by its bare noun
# 经县委研究决定全县经济工作会议, 县委决定全县…会议: the body's decision before a meeting's name read by the passive
# pattern (not 学习《…的决定》座谈会: a decision inside a title)
_DECIDED_LEAD = re.compile("^经?[^《“，。；]{0,10}?(?:研究)?(?:决定|同意)(?=[^》”]{4,}$)")
_DECIDED_NAME_ON_DAY = re.compile("(?:决定|同意)(?P<name>[^，。；：,;:！？\n]{2,24}?)于[^，。；！？\n]{1,16}?(?:召开|举行|举办)")
# Fixed patterns of MeetingExtractor._later_organizer.
_FAIR_HEAD = re.compile("博览会(?:暨|开幕式|闭幕式|开幕典礼|$)")
_RECURRING_WORD = re.compile("每年|每届|轮流|共同|定期|先后|于(?:19|20)")
# Fixed patterns of MeetingExtractor._venue_before.
_STRONG_STOP = re.compile("[。；;！？]")
# Fixed patterns of MeetingExtractor._attended_on_own_day.
_BULLET_AHEAD = re.compile(r"\s*[■●◆▲★·•]")
# Fixed patterns of MeetingExtractor._references.
_UP_TO_DE = re.compile(r"^.*的")
_REFERENCE_MODIFIER_PREFIX = re.compile(r"^(?:隆重|盛大|热烈|简短|简朴|重要|这次|此次|本次|这个|那次)")
_TALKS_PARTNER_PREFIX = re.compile(r"^(?:与|同|和(?!平)|跟)[^，。；]{1,20}?(?=(?:会谈|会晤|磋商)$)")
_DAY_PREFIX = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?=.{2})")
# Fixed patterns of MeetingExtractor._same_meeting_held.
_ONGOING_WORD = re.compile("启动|开展|持续|以来|截止|前完成|之前")
# Fixed patterns of MeetingExtractor._attribute_holder.
_HOLDER_AT_PLACE = re.compile("(?P<org>[^在]*)在(?P<loc>[^在]+)")
# Fixed patterns of MeetingExtractor._attended.
_CLAUSE_SPLIT = re.compile("[，,；;]")
# Fixed patterns of MeetingExtractor._named_body_before.
_LIST_JOINER = re.compile("[、和与及]")
# Fixed patterns of MeetingExtractor._event_subject.
_SUBJECT_TIME_PREFIX = re.compile(r"^(?:今天|今日|昨天|昨日|当天|近日|日前)?(?:上午|下午|晚上)?")
# Fixed patterns of MeetingExtractor._days_in_turn.
_MONTH_OPENING = re.compile(r"(?:(?:19|20)\d{2}年)?[^月]{1,3}月")
_PART_OF_DAY = re.compile("上午|下午|晚上")
# Fixed patterns of MeetingExtractor._shared_head_names.
_QUOTED_PART = re.compile(r"[“「][^”」]+[”」]")
_NAME_JOINER = re.compile("、|和|及")
# Fixed patterns of MeetingExtractor._joined_names.
_NAMES_JOINER = re.compile("(?:和|及|以及|、)")
_QUOTE_OR_TITLE_MARK = re.compile("[“”「」《》]")
# Fixed patterns of MeetingExtractor._no_name.
_ATTENDING_VERB = re.compile("[并或](?:出席|参加|列席)|^(?:出席|参加|列席)")
_QUOTED_SPAN = re.compile(r"“[^”]*”|「[^」]*」")
_VAGUE_MEETING = re.compile("(?:这个|那个|这种|那种|某个|某种)(?:会|会议|活动)")


# Fixed patterns of MeetingExtractor._find (no lexicon in them, compiled once at import).
# …首脑会议23日在里加结束: a meeting closing is one held (not 调研活动结束, 会议结束后)
_MEETING_CLOSED = re.compile(
    r"(?P<name>[^，。；：,;:！？\n]{2,40}?(?:会议|大会|会谈|会晤|峰会|论坛|年会|研讨会|座谈会|全会))"
    r"[^，。；,;\n]{0,16}?(?:在(?P<loc>[^，。；,;\n]{1,30}?))?(?:胜利|圆满)?结束(?![后时了语])"
)
# 市委书记王某在市委会见厅会见了…一行: a meeting with visitors (GUIDELINES §3: 会见 reported as held)
_VISITORS_RECEIVED = re.compile(
    # (not 游客会见到, 有机会见证, 律师会见权, 将会见: a modal, a noun or the future)
    r"(?:在(?P<loc>[^，。；,;\n在]{2,30}?))?(?:亲切|分别|集体)?(?<![机将可能不要师])(?P<name>会见)了?"
    # (会见到访的…一行: 到访 the visit, after the verb)
    r"(?![厅室时证识闻效权难]|到(?!访))(?=[^，。；,;\n]{2})"
)
# 外交部长王立8月20日在北京同韩国外长朴正会谈: talks written as a verb after the other party, with
# their venue (举行会谈 is read as an event held; not 会谈中, 会谈纪要: a noun)
_TALKS_AT_VENUE = re.compile(
    r"在(?P<loc>[^，。；,;\n在同与和跟]{2,30}?)(?<![将要拟])(?:同|与|跟)[^，。；,;\n]{2,30}?(?<![举进])(?<!举行)(?<!进行)"
    r"(?P<name>会谈|会晤)(?=[，。；,;\n]|$|并|时|后)"
)
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
    r"(?:完成|继续|分组|正式|一致)?(?:讨论|审议|三读|二读|表决|听取|研究|通过|进行[^，。；：,;:！？\n]{0,8}?质询)"
)
# 签约前，双方举行座谈，…: talks of the parties of an event told before, named by the bare noun as written
# (GUIDELINES §3: each event held is its own record); the parties hold it, no organizer is read
_SIDES_TALK = re.compile(
    r"^\s*(?:(?=[签揭开仪活会])(?:签约|签字|签署|揭牌|开工)?(?:仪式|活动|会见|会谈|会议?)?(?:结束)?(?:之?前|之?后)|随后|此前|其间"
    # (说明会后, 推介会结束后: talks held after the main event just told, in a clause of their own, GUIDELINES §3
    # twelfth review round)
    r"|[^，。；,;\n]{1,8}?(?:会|仪式|典礼|论坛)(?:结束)?之?后)[，,]?\s*"
    # (not 此前，双方曾多次进行座谈: earlier talks, a series; 市领导还与台商举行了座谈: a party after 与/同 as well)
    r"(?P<org>双方|宾主|两方|三方|多方|(?:(?!曾|多次|屡次|数次|经常|定期)[^，。；,;\n与同]){1,10}?(?:还|又|并|随即)?(?:与|同)[^，。；,;\n]{1,16}?)"
    r"(?:(?:(?!曾|多次|屡次|数次|经常|定期)[^，。；,;\n]){0,6}?)(?:在(?P<loc>[^，。；,;\n在]{2,20}?))?"
    r"(?:举行了?|进行了?)(?P<name>座谈(?:交流)?)(?=[，。；,;\n]|$|并)"
)
# A study visit: 50余名…负责人赴川南发电公司现场观摩 (the visit is the event).
_STUDY_VISIT = re.compile(
    # (赴…基地开展了现场教学, 到…学院进行现场观摩: the verb of doing it is no part of the place)
    # (到锦程汽配等5家企业开展“园区党建”现场观摩: the quoted theme after the verb is no part of the place)
    r"(?:赴|到|来到|走进)(?P<loc>[^，。；,;\n]{2,30}?)[，,]?(?:(?:开展|进行|举行|组织)了?(?:[“「][^”」，。；]{1,20}[”」])?)?"
    r"(?P<name>现场观摩|观摩学习|观摩交流|现场教学)"
)
# 以《…》为题，为师生党员讲授专题党课: a party lecture given is an event of its own.
_PARTY_LECTURE = re.compile(
    # (讲授“七一”专题党课: a quoted occasion before it is part of the name)
    # (讲了一堂题为《践行初心使命》的专题党课: the title before it is no part of the name)
    r"(?:讲授|讲|上|作)了?(?:一堂|一次|一场)?(?:题为[《“][^》”，。]{1,30}[》”]的)?[^，。；,;]{0,8}?"
    # (上了一堂廉政党课, 为…上廉政课: the lecture's kind is part of its name)
    # (作专题党课辅导: the lecture given, 辅导 no part of its name)
    # (讲授专题团课: the Youth League's lecture to its members, a lecture like a party lecture)
    r"(?P<name>(?:“[^”，。]{1,10}”)?(?:(?:专题|示范|微|廉政|廉洁)?党课|(?:专题|示范|微)?团课|廉政课|廉洁课))(?=(?:辅导)?(?:[，。；,;]|$))"
)
# 为全校师生讲了一堂法治课, 讲授了一堂国防教育课: a lesson given, counted by 一堂/一节, is a lecture of its own
# (GUIDELINES §3, a lecture with the generic noun as written); not 上课, 听了一堂课 (no name before 课)
_LESSON_GIVEN = re.compile(
    # (讲了一堂题为《守住底线》的廉政课: the title before it is no part of the name)
    r"(?<![听观])(?:讲授|讲|上)了(?:一堂|一节)(?:题为[《“][^》”，。]{1,30}[》”]的)?(?:生动的|精彩的|特殊的|别开生面的)?"
    r"(?P<name>(?!党课)[\u4e00-\u9fff]{2,8}?课)(?=[，。；,;]|$)"
)


class MeetingExtractor:
    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        heads = [w for w in lex.patterns["meeting_heads"]["words"]]
        # (a numbered session of a lecture series is an event too: “巡回党校”第十六讲; “名家讲坛”第126期, 学术沙龙第12期:
        # a session numbered 期 or 场 only right after a series' own word, not 培训班第3期 or a journal's issue)
        head_words = (word_alternation(sorted(heads, key=len, reverse=True)) + r"|第[一二三四五六七八九十百\d]+讲"
                      r"|(?:(?<=" + _SERIES_WORDS + r")|(?<=(?:" + _SERIES_WORDS + r")[”」]))第[一二三四五六七八九十百\d]+[期场]"
                      # (…系列主题新闻发布会第十场: the session of a press-conference series is part of its name)
                      r"|" + _PRESS_SESSION_WORDS
                      # (…学术年会暨省级继续教育项目学习班: a study class joined by 暨 to a meeting; a 学习班 alone is
                      # as often a course run over weeks, 举办短期学习班, as an event)
                      + r"|暨[^，。；：,;:！？\n暨]{0,30}?学习班")
        head = "(?:" + head_words + ")"
        # 「青年發展論壇2024」, “数字经济峰会2024”: a name may end in its year after the head (not a date that
        # follows it, 大会2024年5月8日…)
        head_year = head + r"(?:(?:19|20)\d{2}(?![\d年月.\-/]))?"
        # (Taiwan copy holds events with 办理, naming them in 「」: 县政府今日办理「…表扬典礼」)
        # (not 联合主办单位, 举办方, 主办者: the noun of those who hold it, 市科协联合主办单位在…举行…)
        # (甲与乙合办“…”论坛: held jointly, a quoted name right after it; not 联合办公区, 综合办: words holding the characters)
        # (not 出席开班仪式并作专题讲座: 开班, 开幕, 开讲 before a ceremony's noun open that noun, no verb of holding)
        verbs = ("(?:(?:" + "|".join(map(re.escape, lex.patterns["meeting_verbs"])) + "|(?<![联综配结融混整适符])合办(?=[“「『]))"
                 "(?!单位|方(?![式面])|者|机构|(?<=开班|开幕|开讲)(?:仪式|式|典礼|礼))|办理(?=[「“]))")
        # A head that names an event on its own (举行签约仪式, 举行集体学习, 召开民主生活会).
        bare = word_alternation(sorted((w for w in heads if w in _SELF_NAMING_HEADS), key=len, reverse=True))
        # (…工作会议暨培训班, …暨警示教育, …集体学习暨读书班, …启动仪式暨应急演练: what is joined by 暨 may end in an
        # activity word)
        joined_tail = "(?:" + head_words + r"|警示教育|廉政教育|入学教育|教育|集中学习|学习|专题研讨|研讨|专题辅导|辅导|培训|学习班|工作部署|部署|约谈|评议|表彰|演练|演习)(?=[，。；,;\n]|$|并)"
        # (a short 「…」 inside a name stays: 庆祝「5·12」国际护士节暨…就职典礼)
        name = (r"[「『]?(?P<name>(?:[^，。；：,;:！？\n「『]|「[^」\n「]{1,12}」(?!$)){2,60}?" + head_year + r"(?:暨[^，。；：,;:！？\n]{0,40}?" + joined_tail + r")?"
                + "|" + bare + ")")
        # (…启动仪式暨应急演练在…举行: a drill joined by 暨 to a ceremony is part of the event's name)
        greedy = r"(?P<name>[^，。；：,;:！？\n]{2,60}" + head_year + r"(?:暨[^，。；：,;:！？\n暨]{0,30}?(?:演练|演习))?)"
        # (the purpose after a name, not a word inside a longer one: 召开一季度经济活动分析会, 召开…征求意见座谈会)
        purpose = f"(?:{_PURPOSE_AFTER_NAME})(?![^，。；：,;:！？\n]{{0,20}}?{head}[」』”]?(?:[，。；,;、\n（(]|$|并|暨))"
        # (not “青年学者论坛”第五期学术报告 cut at the quoted series: its session and what is held in it follow)
        active_held = verbs + "了?" + name + r"(?![」』”]第[一二三四五六七八九十百\d]+[期讲场])[」』”]?(?=[，。；,;、\n（(」』”]|$|暨|并|活动|后|" + purpose + ")"
        self.active = re.compile(
            # (2021年1月12日上午，在市测楼320召开了…: no subject, the venue after the date clause)
            # (市总工会于市工人文化宫举行: 于 before a venue, not before a date; 乡公所于二楼会议室召开: a numeral opening a floor)
            # (…，县召开防汛工作会议: a one-character level as the subject, no organization named)
            r"(?P<org>(?<=[，,])(?=在)|(?:(?<=[，,。\s])|^)[县区市镇乡村校局院厂省](?=召开|举行|举办|于|在)"
            r"|" + _ORG_RUN + r")(?:(?:在|(?:(?<![关对由属至基鉴等终处善])|(?<=" + _UNIT_CHU_END + r"))于(?![\d一二三四五六七八九十〇零两]+(?:" + _TIME_AFTER_NUMERAL + r"|$)"
            # (not 九龙塘校园大礼堂, 十堰市…, 三楼会议室: a place opening on a numeral)
            r"|[今昨前本上下近日当同次此该明去]|年|月|周|星期|傍晚|晚上|早上|凌晨|中午|每|元旦|春节|国庆)"
            # (香港潮州商会今日假香港会议展览中心举行…: 假 before a venue, Hong Kong and Macau usage)
            r"|" + _BORROWED_VENUE + r")(?P<loc>[^，。；,;\n]{2,30}?))?" + active_held
        )
        # (the subject at most _ORG_RUN_MAX characters, the venue's 在/于/假座 two and the venue 30)
        self._active = _HeldAnchored(self.active, re.compile(active_held), _ORG_RUN_MAX + 2 + 30)
        # (5月6日，论坛在滨江会展中心举行: a forum or summit named by its noun alone, opening a clause; a day of its
        # own is asked for below, _DAY_NEEDING_HEADS)
        passive_name = greedy[:-1] + r"|(?:(?<=[，,。\s])|^)(?:论坛|峰会|开幕式|闭幕式|开班式|结业式))"
        self.passive = literal_gated(re.compile(
            # (…安全论坛（Kcon V3）在北京…举行: an alias in brackets after the name)
            # (…会议圆满完成各项议程，今天上午在人民大会堂闭幕; …大会在完成各项议程后，今天在…闭幕: its agenda done;
            # …代表大会第三次会议，在圆满完成各项议程后，今天上午在…闭幕: the agenda clause set off by commas, newspaper style)
            passive_name + r"[」』”]?(?:[（(][^（）()，。\n]{1,20}[）)])?"
            rf"(?:[，,]?(?:在|已经?)?(?:圆满|顺利|胜利)?完成了?(?:全部|各项|预定|所有|既定)?(?:议程|任务)后?)?[，,]?(?:[^，。；,;\n]{{0,4}}?|(?:今日|今天|今晚|昨日|昨天|昨晚|今年|(?:19|20)\d{{2}}年)?[（(]?{DATE_NUMBER}月"
            rf"{DATE_NUMBER}日[）)]?"
            # (…会议5月8日至9日在北京召开: a range; …理事会今年5月6日在…召开: the year word before the date;
            # 全省文旅大会2024年5月7日在长沙召开: the year written before the date)
            rf"(?:[至到\-—~－～](?:{DATE_NUMBER}月)?{DATE_NUMBER}日)?"
            r"(?:上午|下午|晚上|晚)?"
            # 昨日下午三时于…举行, 昨(十二)日上午在…举行
            r"|(?:今日|今天|昨日|昨天|当天|当日|(?:今|昨|前|本)?[（(][\d一二三四五六七八九十]{1,3}[）)]日|(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)]天|(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)](?:晚|早|晨)"
            # (…大会昨（一日）在杭州召开, 昨（廿二日）: the day inside the brackets, Macau and HK style)
            r"|(?:今|昨|前)[（(](?:[\d一二三四五六七八九十]{1,3}|廿[一二三四五六七八九]?|卅一?)日[）)]"
            # (…典礼今日（9日）下午在…举行: the day of the month in brackets after 今日, HK and Macau releases)
            # (今晚（9日）, 今晚（三月二日）: the evening before the bracketed date, as 今日 is)
            r"|(?:今日|今天|今晚|昨日|昨天|昨晚)[（(](?:[\d一二三四五六七八九十]{1,3}|廿[一二三四五六七八九]?|卅一?)日[）)]"
            r"|[\d一二三四五六七八九十]{1,3}日?(?:[至到\-—~－～][\d一二三四五六七八九十]{1,3})?日)"
            r"(?:上午|下午|晚上|晚)?"
            # (…联席会议昨（19）日起在澳门举行，为期两天: the first day of a meeting of several)
            r"(?:[\d一二三四五六七八九十]{1,3}时(?:许|半)?)?起?)(?:在|于|" + _BORROWED_VENUE + r")(?P<loc>[^，。；,;\n]{1,30}?)(?:隆重|胜利|圆满)?"
            + "(?:" + _HELD_OR_CLOSED + "|" + _TAKES_PLACE + ")" + _NOT_ATTRIBUTIVE
        ))
        # 县委召开会议，研究部署…: a body holding a meeting named only by the generic noun (the body is
        # its organizer; a record only when the subject reads as an organization; 市委召开大会，对…进行表彰: the
        # noun 大会 as written, GUIDELINES §3)
        plain_held = r"(?:召开|举行)了?(?P<name>(?:专题|全体|扩大|紧急)?会议|大会|院会)(?=[，。；,;]|时[，,]|$|" + _PURPOSE_AFTER_NAME + ")"
        self.plain = re.compile(
            # (7日下午，县召开会议: a one-character level as the subject)
            r"(?P<org>(?:(?<=[，,。\s])|^)[县区市镇乡村校省](?=召开|举行)"
            # (前不久广东省政府召开会议时，规定…: the meeting held is the time of what follows)
            # (行政院今天召开院会: the Executive Yuan's weekly meeting)
            r"|" + _ORG_RUN + r")(?:在(?P<loc>[^，。；,;\n]{2,30}?))?(?:以[^，。；,;\n]{1,12}?(?:形式|方式))?"
            + plain_held
        )
        # (the subject at most _ORG_RUN_MAX characters, 在 and the venue 31, 以…形式 15)
        self._plain = _HeldAnchored(self.plain, re.compile(plain_held), _ORG_RUN_MAX + 31 + 15)
        # 立法会财务委员会今日下午开会，…: a body meeting (开会) on a day written between it and the verb, Hong Kong and
        # Macau style; read as its 召开会议 (not 各部门要尽快开会, 财委会明日将开会: no day held, or one ahead)
        self.met = re.compile(
            r"(?:(?<=[，,。\s])|^)(?P<org>(?:(?!" + _NOT_MET + r")[\u4e00-\u9fff]){1,18}?(?:" + _BODY_END + r"|会))(?=(?:" + _MET_DAY + r")(?:上午|下午|晚上|早上)?开会(?:[，,。；;]|$))"
            r"[^，,。；;]{1,14}?(?P<name>开会)(?P<loc>(?!))?")
        # 行政院今（7）日院会通过…, 立法院5月7日院会中…: Taiwan's weekly meeting of a Yuan (院会), its day written
        # between the Yuan and the meeting; the Yuan holds it (not 医院会要求: a head only after a Yuan's name; no venue
        # is written in this form, the empty ``loc`` group says so to the readers of the plain pattern's groups)
        self.yuan_session = re.compile(
            r"[“「]?(?P<org>(?:行政|立法|监察|考试|司法)院)[”」]?(?:于|在)?(?:" + _YUAN_SESSION_DAY + r")(?:上午|下午)?(?P<name>院会)(?P<loc>(?!))?"
            # (not 5月9日院会将讨论: one ahead; nor 5月2日院会通过的草案: the source of a bill, §3)
            r"(?![^，。；,;\n]{0,6}?(?:将|拟|预计|预定|可望|通过的))(?=中|上|[^，。；,;\n]{0,6}?(?:通过|决议|决定|核定|同意|听取|审议|讨论)|[，,])"
        )
        # 外交部长王某应约同某国外长通电话, 局长与到访的代表团会面, 次长昨天与各大学校长座谈, 市长邀集30家企业
        # 负责人座谈: talks or a call written as a verb after the other party (not 同意…会面: agreeing to one,
        # 共同, 参与, 同时: no party; 磋商解决…: a verb of what is to be done, as the lookahead keeps it out)
        self.talks_held = re.compile(
            r"(?:(?<![合共协一不相如连赞认混等])同(?![意时样等步比期])|(?<![参给赋授])与(?!会)|(?<!紧)跟(?!进|踪|随)|邀集|召集)"
            r"(?P<party>[^，。；：,;:！？\n]{2,30}?)(?:举行了?|进行了?)?(?<![举进])"
            r"(?P<name>" + "|".join(longest_first(_TALKS_WRITTEN)) + r")"
            r"(?=[，。；,;\n]|$|并|时|后|交流)"
        )
        # 行政长官在礼宾府设酒会款待授勋人士: a reception given, named by its bare noun (GUIDELINES §3: receptions
        # held are meetings); the host is a person, so no organizer is read
        receptions = "|".join(longest_first(_RECEPTIONS))
        self.reception = literal_gated(re.compile(
            r"(?:在(?P<loc>[^，。；,;\n在]{2,20}?))?(?:设|举行|举办)了?(?P<name>" + receptions + ")"
            r"(?=款待|招待|宴请|欢迎|[，。；,;\n]|$)"
        ))
        # (…揭牌仪式二十八日举行: a day of the month may stand before the verb)
        # (…推进会3月17日召开, 17号上午举行: month, hour and 于 may come with it)
        # (…会议今天召开, 昨日开幕, 以视频形式召开, 以通讯表决方式召开)
        # (由浙江大学举办的“长三角法治论坛”今日举行: the closing mark of a quoted name before the day)
        # (博览会期间同期举办了…论坛。\n3月5日上午，论坛开幕: a forum or summit named by its noun alone, opening a clause,
        # as in the passive form; a day of its own is asked for below, _DAY_NEEDING_HEADS)
        self.bare = re.compile(passive_name + r"[」』”]?(?:于?(?:(?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}[日号]"
                               r"(?:[至到\-—~－～](?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}日)?"
                               # (…论坛」今日（五月八日）举行: the Hong Kong release's day in brackets after 今日)
                               r"|(?:今天|今日|昨天|昨日)[（(](?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}日[）)]"
                               r"|今天|今日|昨天|昨日|前天|近日|日前|当天|当日"
                               # (全市治安会报今（8）日召开, 今（28）晚: the Taiwan style)
                               r"|(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)](?:日|天|晚|早|晨)|本[（(]\d{1,2}[）)]日"
                               # (…大会昨（一日）在杭州召开: the day inside the brackets, Macau and HK style)
                               r"|(?:今|昨|前)[（(](?:[\d一二三四五六七八九十]{1,3}|廿[一二三四五六七八九]?|卅一?)日[）)])"
                               r"(?:上午|下午|晚上|晚间|晚)?(?:[\d一二三四五六七八九十]{1,3}时(?:许|半)?)?)?"
                               r"(?:以[^，。；,;\n]{1,12}?(?:形式|方式))?"
                               r"(?:隆重|正式|顺利|成功|同时|同期|也|胜利|圆满|随即|随后|接着|如期)?" + _HELD_OR_CLOSED + _NOT_ATTRIBUTIVE)
        # 党支部开展“…”主题党日活动: 开展 names a meeting only with a meeting head (not a bare 活动 or 比赛).
        specific = "(?:" + word_alternation(sorted(
            [w for w in heads if w not in _GENERIC_HEADS] + list(_CARRIED_OUT_HEADS), key=len, reverse=True)) + ")"
        # (约200名会员出席大会, 是次大会约300名会员出席: a count's clause naming the meeting it counts)
        self._specific_head = re.compile(specific)
        self.carried_out = re.compile(
            r"(?P<org>[^，。；：,;:\n]{2,40}?)(?:(?:在|赴|到)(?P<loc>[^，。；,;\n]{2,30}?))?(?:组织)?开展了?"
            # (开展“七一”专题党课暨表彰活动: a meeting head joined by 暨 to an activity names the whole event)
            r"(?P<name>[^，。；：,;:！？\n]{2,60}?" + specific + r"(?:暨[^，。；：,;:！？\n]{1,12}?活动)?|" + bare + "|" + "|".join(_CARRIED_OUT_HEADS) + r")(?=[，。；,;\n]|$)"
        )
        # 10月20日下午，研究员陈刚在物理楼报告厅作学术报告; 为新生讲授“开学第一课”: an academic report or lecture, or a
        # school year's first lesson, a person gives (on a stated day: see the lecture's date check) is a lecture held
        # (GUIDELINES §3, seventh review round), named as written; not 听学术报告, 观看“开学第一课”: the audience's
        self.academic = re.compile(
            # (为读者带来了一场…专题讲座: a lecture brought to an audience is one given; 作了首场专题讲座: the first of a
            # series, its ordinal no part of the name)
            # (not 作为系列讲座: 作 of 作为; not 作家李明远作了专题讲座: 作 of the occupation 作家; not 在线上作了讲座, 会上作讲座: 上 of a place, the verb after it)
            r"(?<![听观看])(?:作(?!为|家)|做(?!为)|讲授|讲|(?<![线会网台晚早])上|带来)了?(?:一场|一次|一堂|一节|首场)?(?:题为[《“][^》”，。]{1,30}[》”]的)?"
            # (为200余名读者作了题为…的讲座: a lecture a person gives on a stated day, as 学术讲座 is)
            rf"(?:精彩的|生动的|专题)?“?(?P<name>{_ACADEMIC_NAME})”?(?=[，。；,;]|$)"
        )
        # 出席了由上海市捐建的夷陵区社会福利院竣工揭牌仪式: a meeting the subject attended (long names only:
        # 出席开幕式 alone is the main meeting again).
        # (在省人民会堂出席…, 出席在市行政中心举行的…: the venue before the verb or in the attribute)
        self.attended = re.compile(
            # (参加指导…组织生活会: the meeting attended to guide it, 指导 no part of its name; not 出席指导员…座谈会,
            # 指导组/指导站/指导中心/指导委员会…: a name opening with 指导; 指导组织生活会 is still guided)
            # (在会议结束后主持颁奖典礼: a time, no venue)
            r"(?:在(?P<loc>[^，。；,;\n在]{2,20}?)(?<!后)(?<!期间)(?<!之际)(?<!前夕))?(?:(?:出席|参加)(?:并?指导(?!员|组(?!织)|站|中心|委员))?"
            # (会谈后，两国领导人共同见证了合作文件签字仪式: a signing witnessed at its ceremony)
            r"|见证(?=[^，。；]{0,30}?(?:签约|签字|签署|揭牌|开工|启动|授牌|交接)仪式)"
            # (检阅了…学员结业会操, 县长观摩了…现场会: an event the subject reviewed or watched, reported as taken place; only a
            # gathering's noun at the end: not 观摩了一节公开课, 观摩了…演练, 观摩了…大赛; an event of its own watched by a
            # guest, not 与会人员观摩了…议事会, 先后观摩了…组织生活会: a session shown to those at the main meeting, a part of it)
            # (检阅了…结业会操后致辞: the remarks made there after the review, GUIDELINES §4)
            r"|检阅(?=了?[^，。；,;]{2,40}?(?:会操|[会礼式]|会议|典礼|仪式|论坛)(?:[，。；,;]|$|并|后(?=" + _REMARKS_AFTER_REVIEW + ")))"
            r"|(?<![员们])(?<!先后|实地|现场|一同|一起|集中|分别)观摩(?=了?[^，。；,;]{2,40}?(?:会操|现场会|推进会|观摩会|典礼|仪式)"
            r"(?:[，。；,;]|$|并))|(?<!曾)(?<!曾经)(?<!先后)(?<!多次)(?<!屡次)主持(?![人词])(?=[「“『]|(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3}年"
            # (主持市政府第28次常务会议: an edition a few words on)
            r"|[^，。；,;]{0,8}?第[一二三四五六七八九十百\d]+[届次期]"
            # (并主持宪法宣誓仪式, 会后，X主持颁证仪式: a ceremony chaired, named after the verb)
            r"|[^，。；,;“”「」]{0,12}?(?:仪式|典礼)(?=[，。；,;]|$)))了?"
            # (主持了整场颁奖典礼: a quantifier before the ceremony chaired, no part of its name)
            r"(?:(?<=主持|持了)(?:整场|整个|全场)(?=[^，。；,;“”「」]{1,10}?(?:仪式|典礼)(?:[，。；,;]|$)))?"
            # (出席了今天上午举行的颁奖仪式: the day before the verb of the attribute)
            # (出席区政府主办的“…大会”, 出席板桥区公所举办的「…」: the body holding it, its organizer)
            # (出席由职业安全健康局主办的…颁奖典礼: the 由…主办的 phrase, read for the organizer by the caller)
            r"(?:(?P<hosted>由[^，。；]{2,20}?的)|(?P<org>(?![在于])[^，。；“”「」『』的]{2,20}?)(?:主办|合办|举办|承办|召开|举行)的(?=[“「『])"
            r"|(?:(?:今天|昨天|当天|日前|近日)(?:上午|下午|晚上)?)?(?:在(?P<venue>[^，。；,;\n]{2,20}?))?(?:举行|召开|举办)的)?"
            # (出席了由中国人民外交学会举行的欢迎宴会: after such an attribute a short name is whole)
            # (出席会议并以《…》为题讲授专题党课, 出席会议并为全体党员讲党课: a second act of the attendee's, not
            # a name running on past 并; 并购, 合并, 并网 are words of a name)
            # (主持颁证仪式, 主持揭牌仪式, 主持了整场颁奖典礼: a short ceremony's name right after the verb of chairing or
            # the quantifier after it)
            r"(?P<name>(?:(?<=的)[^，。；：,;:！？\n的由]{1,3}?|(?:(?<=主持)|(?<=主持了)|(?<=整场|整个|全场))[^，。；：,;:！？\n的由并“”「」]{1,3}?(?=仪式|典礼)"
            r"|(?:[^，。；：,;:！？\n的由并]|(?<=[合兼吞])并|并(?=[购网轨])){4,40}?)"
            + head_year
            + r")[”」』]?(?=[，。；,;]|$|并|(?<=会操)后(?=" + _REMARKS_AFTER_REVIEW + "))"
        )
        # The verbs of taking part in an event that the attended pattern reads (its cheap gate), taken from the pattern
        # itself so that the two cannot drift apart (出席, 参加, 主持, 见证, 检阅, 观摩).
        attending_words = required_literals(self.attended)
        if not attending_words:
            raise ValueError("the attended pattern names no verb its gate can test for")
        self._attending_words = tuple(sorted(attending_words))
        # …签署合作协议，并举行揭牌仪式: a clause opening with the verb, its subject given before.
        self.clause = re.compile(
            # (当天下午，又召开了县政协常委会议: 又, another meeting held by the subject of the one before;
            # 下午，继续召开专题会议: 继续, the same)
            r"(?:^|[，,])\s*(?:并|还|又|随后|同时|之后|当天|会后|会前|继续)?(?:隆重)?(?:召开|举行|举办)了?"
            r"(?P<name>[^，。；：,;:！？\n]{0,30}?" + head + r")[」』”]?(?=[，。；,;]|$|" + purpose + ")"
        )
        # (随后召开的支委会上: the next meeting told without 在, read like 在随后召开的…上)
        self.attributive = re.compile(
            # (随后召开的党委第一次全体会议选举…: the next meeting as the subject of what it did)
            r"(?:在|(?<![^，。；,;\s])(?=(?P<next>随后|紧接着|接着)(?:召开|举行|举办)的))(?P<loc>[^，。；,;\n]{0,24}?)" + _ATTRIBUTIVE_VERBS
            + r"[“「『]?(?P<name>(?:[^，。；：,;:！？\n的“”「」]|“[^”，。\n]{1,20}”|「[^」，。\n]{1,20}」){2,40}?" + head
            + r")[”」』]?(?:上|中|期间|(?(next)(?=" + _NEXT_MEETING_ACTS + r")|(?!)))"
        )
        # 县府于9月20日下午召开的评审会议审定…: a dated meeting named in an attributive phrase.
        self.dated_attributive = re.compile(
            # (5月8日召开的县委常委会会议决定…, 据悉，5月8日召开的…, 经5月8日召开的…会议研究: the dated attribute opening
            # the sentence, the meeting the subject of what it did; not 会议指出，5月8日召开的…会议对…作出部署: another
            # meeting cited in what this one said, the source of a plan, GUIDELINES §3)
            # (5月8日召开的全省经济工作会议强调…: opening the sentence, a meeting cited for what it said, the source of
            # relayed remarks, GUIDELINES §3; the sentence-opening branch refuses a verb of remarks after the name)
            rf"(?:于|在|^\s*(?:据悉[，,]|据了解[，,])?(?P<opening>)经?){DATE_NUMBER}月{DATE_NUMBER}日(?:上午|下午|晚上|晚)?"
            # (县委常委会会议: not cut at the first head word, 常委会, with the name going on; but 常务会议议定, 会议议决:
            # the meeting's decision, the standard wording of minutes, after a name ending in 议)
            + _ATTRIBUTIVE_VERBS + r"(?P<name>[^，。；：,;:！？\n的]{2,30}?" + head + r")(?!会|议(?![定决])|(?<!议)议)"
            r"(?![\u4e00-\u9fff]{0,2}精神)(?(opening)(?!" + _RELAYED_REMARKS + "))"
        )
        # A meeting that took place, referred to without a verb of holding it (在座谈会上讲话,
        # 出席开幕式并致辞, 会上，…, 会议由…主持): read only when no meeting is found otherwise.
        referred = "(?:" + word_alternation(sorted(
            (w for w in heads if w not in _GENERIC_HEADS or w == "会"), key=len, reverse=True)) + ")"
        # (a subject naming a meeting needs a real head: 国际奥委会宣布, 海基会认为 are organizations)
        specific = "(?:" + word_alternation(sorted(
            [w for w in heads if w not in _GENERIC_HEADS] + list(_CARRIED_OUT_HEADS), key=len, reverse=True)) + ")"
        det = r"(?:今天|今日|昨天|当天|今晚|这次|此次|本次|这个|这一|那次|上述|今天的|当天的|今晚的|今晚这个)?"
        self.reference = re.compile(
            # (行政院长…今天在院会中表示: Taiwan 会中 for 会上, with the remarks right after)
            r"(?:在|于)" + det + r"(?P<at>[^，。；：,;:！？\n在]{0,40}?" + referred + r")[”」』]?(?:上|期间|(?<=会谈|会晤|磋商)中"
            r"|(?<=会)中(?=表示|指出|强调|说|提到|致词|致辞|报告)|(?:开幕|闭幕|开始|结束|会晤|会谈)?[时后]"
            # (局长昨日在记者会表示, 在论坛指出: Hong Kong, Macau and Taiwan copy drops 上 before the remarks; not
            # 在学校大讲堂致辞: a hall; nor 在国会表示, 在立法会指出: an institution, no sitting named)
            r"|(?<!讲堂)(?<!讲坛)(?<!国会)(?<!议会)(?<!立法会)(?=" + _REMARKS_VERBS + r")"
            # (在香港青年发展论坛开幕礼的致辞全文, 在…典礼致辞, 在…午餐會的演辭: HK release style, the speech right after)
            r"|(?<!讲堂)(?<!礼堂)(?=的?(?:致辞|致词|讲话|发言|演讲|主旨演讲|致欢迎辞|致欢迎词|演辞|讲辞)))"
            r"|(?:出席|参加|主持(?!工作|日常|人))了?" + det + r"(?P<obj>[^，。；：,;:！？\n]{0,30}?" + referred + r")"
            # (出席…开幕典礼致词时表示: Taiwan releases put the address right after the meeting noun)
            r"(?=[，。；,;并和的]|时|后[，,]|$|致词|致辞)"
            # (局新闻发言人王某于新闻发布会上: 于 like 在 ends the subject; not 关于…的座谈会上)
            # (開幕典禮由政務司司長…主禮: a ceremony officiated, as Hong Kong and Macau copy writes it, like one chaired)
            r"|^\s*(?P<lead>" + det + r"(?:[^，。；：,;:！？\n在于]|(?<=[关对由属至基鉴等终处善])于){0,30}?" + referred + r")(?:上|(?<=会谈|会晤|会见|磋商)中(?=[，,])|(?<=仪式|典礼)后(?=[，,])|是?由[^，。；]{2,40}(?:主持|主礼|主办|举办|承办))"
            # 全国…工作座谈会强调…: a meeting as the subject of what it stated or decided
            # (not 市长今天在座谈会强调: the speaker the subject, the meeting after 在)
            r"|^\s*" + _REPORTER_LEAD + r"(?:" + _DATE_CLAUSE + r")?[“「]?(?P<subject>[^，。；：,;:！？\n在]{2,40}?" + specific
            # (研讨会围绕…进行了交流: a bare head of its own kind as the subject; not 会议决定, the main meeting again)
            # (行政院会今天通过…, 立法院院会昨天三读通过: Taiwan's short name of the Executive or the Legislative Yuan's
            # meeting, a head here only after the body's name: 医院会要求 is 医院 and a modal)
            + r"|研讨会|座谈会|论坛|年会|报告会|交流会|[^，。；：,;:！？\n]{0,30}?(?:(?<=行政)|(?<=立法院))院会)[”」』]?" + _STATED
            # 在伦敦召开的…会议强调 / 临时立法会今天举行的第八次全体会议，…: a held meeting as the subject
            # (1997年3月，在日本召开的…研讨会，深入探讨了…: a date clause may open the sentence)
            + r"|^\s*" + _REPORTER_LEAD + r"(?:" + _DATE_CLAUSE + r"|" + _DAY_CLAUSE + r")?(?P<holder>[^，。；：,;:！？\n]{0,40}?)"
            + _ATTRIBUTIVE_VERBS + r"[“「]?(?P<held>[^，。；：,;:！？\n的]{2,40}?" + specific
            + r")[”」』]?(?=[，,]|" + _STATED + ")"
            # …运动会在县体育中心举行，开幕式由副县长周丽主持: an event's own ceremony named in a clause of its own
            # (GUIDELINES §3: the opening or closing ceremony of a fair or a sports meet is a meeting)
            # (…作了题为《…》的讲座，讲座由馆长张华主持: a lecture given, referred to by its noun in a clause of its own;
            # see the lecture's check in _references)
            + r"|[，,]\s*(?P<rite>(?:开幕|闭幕|开营|闭营)(?:式|典礼|仪式)|(?:此次|本次|这次|该)?(?P<lecture>(?:学术)?(?:讲座|报告会)))"
            r"(?:上|是?由[^，。；]{2,40}?(?:主持|主礼))"
            # 记者从今天开幕的全国铁路领导干部会议获悉: a meeting held, the source of the report's news
            + r"|从" + det + r"[^，。；：,;:！？\n]{0,20}?" + _ATTRIBUTIVE_VERBS + r"[“「]?(?P<source>[^，。；：,;:！？\n的]{2,40}?"
            + referred + r")[”」』]?上?(?=获悉|了解到|得知)"
        )
        # Every reference names a head (a cheap check that skips the sentences naming none).
        # (a class of the heads' last characters: a long alternation of words is slow to search)
        self._reference_head = re.compile(
            "[" + "".join(sorted({w[-1] for w in heads} | set("会坛"))) + "]")
        # 以下是行政长官李家超今日（十一月九日）在…开幕礼的致辞全文: a speech printed in full (HK/Macau
        # releases, mainland 讲话全文) reports the event it was given at
        self.transcript = re.compile(
            r"(?:" + TRANSCRIPT_LEAD + r"|现将|现全文刊发)[^，。；：\n]{0,40}?(?:在|于)(?P<name>[^，。；：,;:！？\n在]{2,40}?" + referred
            + r")[”」』]?上?的?(?:致辞|致词|讲话|发言|演讲|主旨演讲|致欢迎辞|致欢迎词|开幕辞|开幕词|闭幕辞|闭幕词|演辞|讲辞)"
        )
        self._head = re.compile(head + "$")
        # 这次节前安全生产专题会议由…主持, 本次年度工作会议共有…参加, 会议名称为…推进会: the fuller name of a meeting
        # told before as a bare 召开会议, in a sentence that says it was chaired, attended or held
        self._fuller_name = re.compile(
            r"^\s*(?:[^，。；]{0,8}[，,])?(?:这次|此次|本次)(?P<name>[^，。；：,;:！？\n的“”]{2,30}?" + specific + r")"
            r"(?=由[^，。；]{2,30}?主持|(?:共有|共计|共|有)[^，。；]{0,30}?(?:参加|出席|参会)|[在于][^，。；]{1,30}?(?:召开|举行))"
            r"|^\s*(?:本次|此次|这次)?会议(?:名称|全称)(?:为|是)(?P<named>[^，。；：,;:！？\n]{2,40}?" + specific + r")(?=[，。；,;]|$)"
        )
        self._name_after_quote = re.compile("[”」』][^，。；：,;:！？\n“”「」『』]{0,30}?" + head + r"(?=[，。；,;、\n（(」』]|$|暨|并|" + purpose + ")")
        self._verb = re.compile(verbs + "|召开|举行|举办")
        # A head word, at most a short stretch (a date, 在 and a place), then a verb of taking place.
        self._head_then_held = re.compile(head + r"[」』”]?[^。；;\n]{0,60}?(?:" + _HELD_OR_CLOSED + "|" + _TAKES_PLACE + ")")
        # (设酒会款待…: a reception given, see reception)
        # (gated: searched in every sentence, and its alternatives open with groups the engine cannot skip ahead on)
        self._event_word = first_char_gated(
            verbs + "|" + _HELD_OR_CLOSED + "|观摩|检阅|现场教学|开展|出席|参加|党课|团课|廉政课|廉洁课|一堂|一节|" + _ACADEMIC_WORDS + "|会见|主持|见证|会谈|会晤|通电话|视频通话|会面|座谈"
            "|会议?[^，。；]{1,12}?(?:讨论|审议|三读|二读|表决|听取|研究|通过)"
            "|设(?:" + receptions + ")|院会|开会")
        att_words = "|".join(map(re.escape, lex.patterns["attendance_words"]))
        # 吸引来自10个国家及地区约180名专家学者参与, 吸引超过300位…代表参与: the people an event drew (参与 alone
        # is too often a campaign's; read in the meeting's own sentence only, not 该项目去年吸引了200名志愿者参与)
        # (现场约150人参与: the people on the spot at the event, opening its own clause)
        # (…举办“数字经济”论坛，约800名来自政府、学界和业界的人士参与: a count opening its clause in the meeting's
        # own sentence, the people it drew)
        # (…高峰论坛，产官学界代表250余人参与, 论坛共有各界人士300人参与: the people named by a group noun before their
        # count, opening the clause)
        # (not 此次活动共有…300人参与: the people an activity drew, a campaign's)
        # (…座谈会，邀请劳工局代表、雇主团体及工友代表约60人参与: the people the event invited, who take part in it)
        drawn_opening = r"(?:(?:吸引|邀请)(?:了)?[^，。；;]{0,30}?|(?<![^，。；,;\s])(?:现场|(?:本次|此次)?(?:论坛|研讨会|座谈会|会议|大会|典礼))?(?:共有?|有)?"
        # (約有300名市民參與: 约有 as 约; 近百名群众参与其中: 其中 after the verb)
        drawn_count = (r")(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?!次)[^，。；;\d]{0,16}?参与(?:其中)?(?=[，。；,;]|$)")
        self._drawn = re.compile(drawn_opening + r"(?:[\u4e00-\u9fff]{0,8}?" + _DRAWN_GROUP + r")?(?:共有?|有)?" + drawn_count)
        # The same with no group noun before the count: the only form that makes an activity a gathering held
        # (…全民阅读活动，各界人士300人参与: people of a campaign, no meeting; GUIDELINES §3)
        self._drawn_plain = re.compile(drawn_opening + drawn_count)
        self.attendance = [
            # 参加人员：社区党委委员、…代表共56人: the programme line of those attending.
            re.compile(r"(?:参加|参会|出席)人员\s*[:：][^\n。]{0,80}?(?:共|(?P<pre>约|近|逾))?(?P<n>" + _HEADCOUNT + r")"
                       r"(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 应到职工代表186名，实到179名 / 应出席代表512名，出席495名: those present.
            re.compile(r"(?<![落压夯])实到(?:会)?[\u4e00-\u9fff]{0,6}?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # (应出席董事11名，实际出席董事10名: any short noun for those present, as after 实到)
            # (应出席大会代表254名，因事请假13名，实际出席241名: those on leave told between)
            re.compile(r"应(?:出席|到会?)[^，。；;]{0,10}?[\d一二三四五六七八九十百千两]+[名位人][，,]\s*"
                       r"(?:(?:因[^，。；;]{0,6}?)?(?:请假|缺席)[^，。；;]{0,6}?[\d一二三四五六七八九十两]+[名位人][，,]\s*)?(?:实际)?(?:出席|到会)"
                       r"(?:会议)?(?:的)?[\u4e00-\u9fff]{0,4}?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 参加会议的有：市四套班子领导，各县区…主要负责同志，共300余人: a list of those attending, then the total
            # (出席会议的还有市总工会副主席王芳等约80人, 出席仪式的还有…等嘉宾及师生约600人)
            # (出席典礼的嘉宾包括…: the guests named by their noun before 包括)
            # (参会的有各学院院长、…等90余人: 参会 and 与会 name those attending as well; 出席会报的还有…共80余人,
            # 出席发布会的有…: other event nouns)
            # (参会人员包括…书记、…书记等共计160人: the people attending named without 的)
            re.compile(r"(?:参加|出席|参会|与会)(?:本次|这次|此次)?(?:会议|大会|活动|仪式|典礼|座谈会|论坛|会报|发布会|年会|座谈|[\u4e00-\u9fff]{1,4}礼)?(?:的(?:还|也)?(?:有|(?:人员|嘉宾|来宾|贵宾)?(?:有|包括))|人员包括)[^。；;]{0,80}?"
                       # (出席典礼的嘉宾包括…区议员及各界人士约200人: the list's last group, then its count without 等;
                       # 出席嘉许礼的嘉宾包括…社团代表，约三百人: the count after a comma; 出席仪式的还有…，以及各机构
                       # 负责人约一百二十人: heads, staff or cadres as the last group)
                       r"(?:(?<=人士|嘉宾|来宾|代表|师生|居民|市民|乡亲|家属|责人|人员|干部)[，,]?(?=[约近逾]?[\d一二三四五六七八九十百千两]+[余多]?[名位人](?:[，,。；;]|$))"
                       r"|共|共计|合计|等(?:[\u4e00-\u9fff]{0,8}?(?:嘉宾|来宾|人员|代表|师生|同志|干部|群众|职工|党员)(?:及[\u4e00-\u9fff]{1,6}?)?)?"
                       r"(?=[约近逾]?[\d一二三四五六七八九十百千两]+[余多]?[名位人](?:[，,。；;]|$)))(?P<pre>约|近|逾|超过)?"
                       r"(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 邀集著名漫画家华君武、丁聪…等40余人，…探讨: the guests invited, counted after their names
            # (not 邀请…等3位专家作专题报告: the speakers invited)
            re.compile(r"邀(?:集|请)了?[^。；;]{2,80}?等(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"
                       r"(?![^，。；]{0,12}?(?:作|做|进行|开展)[^，。；]{0,8}?(?:报告|讲座|授课|宣讲|辅导)|[^，。；]{0,8}?(?:授课|讲课|主讲))"),
            # 召开座谈会，邀请企业家代表30人座谈: the people invited to talk, counted before the talk itself, attend the
            # 座谈会 (as 邀请…30人参加 does, by the pattern below)
            re.compile(r"(?:邀(?:集|请)了?|特邀)[^，。；;\d]{0,30}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?:进行|参加)?座谈(?:交流)?(?=[，。；,;]|$)"),
            # (上千名党员干部参加会议: 上 before a round hundred or thousand)
            re.compile(r"(?:共|(?P<pre>约有?|近|逾|超过|上(?=[百千万]))|计)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"
                       r"[^，。；;]{0,40}?(?:" + att_words + ")"),
            # (参加职业技能培训的人员达3.5万人: a count in 万 after the words is a statistic)
            # (not 市长出席颁奖典礼 表彰12名优秀教师: the people a ceremony honoured, or a headline's second part after
            # its space)
            re.compile(r"(?:" + att_words + r")(?:(?!(?:表彰|表扬|嘉许|嘉奖|奖励)(?![大会典仪礼])|颁发|颁授|授予)[^，。；;\s]){0,12}?(?:共|(?P<pre>约|近|逾)|计)?"
                       r"(?P<n>" + _HEADCOUNT_PLAIN + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 各乡镇…负责同志参加会议，共计120余人: those attending, then their number after a comma.
            # (…参加会议，线上线下共计约600人: the ways of taking part before the total; …，总人数约为260人)
            re.compile(r"(?:参加|出席|列席|参会)了?(?:本次|这次|此次)?(?:会议|大会|活动)?[，,]\s*(?:线上线下|主分会场|主会场和分会场)?"
                       r"(?:共计|共有|共|合计|总计|总人数)(?P<pre>约|近|逾|超过)?(?:为|达)?"
                       r"(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?=[，。；,;]|$)"),
            # 带领观摩团一行60余人…观摩: the group of a study visit.
            re.compile(r"观摩团一行(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 50余名国企党建工作负责人赴…现场观摩: the visitors of a study visit.
            # (组织…书记40余人，先后到…企业开展现场观摩: the people gathered, then where they went in turn)
            # (…组织委员等80余人先后观摩了6个乡镇的11个点位, 50余名党员干部实地观摩: the visitors without 赴/到;
            # not 10名参与观摩的同志谈了体会, 8名观摩组成员交流: people described by the visit, who speak at the meeting)
            # (not 共有2万余人次观摩交流: visits tallied, 人次)
            re.compile(r"(?:共|(?P<pre>约有?|近|逾|超过)|计)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?!次)"
                       r"[^，。；;]{0,20}?(?:(?:[，,]\s*(?:先后|分别|一同|一起|集体)?)?(?:赴|到)[^，。；;]{2,30}?(?:观摩|考察|学习|参观)"
                       # (带领…负责人30余人，先后观摩了5个示范村: the visit told after a comma)
                       # (not 邀请8名人大代表走进法庭，观摩…庭审: a trial or a class watched is no meeting, GUIDELINES §3
                       # thirteenth round, and its watchers are no count of the 座谈会 held after it)
                       r"|(?:[，,]\s*)?(?:先后|分别|一同|一起|集体|实地|现场){0,2}观摩(?![团会组点的者员])"
                       r"(?![^，。；;]{0,20}?(?:" + _WATCHED_NOT_MEETING + ")))"),
            # 镇党委组织党员干部60余人前往烈士陵园开展主题党日活动: the people a body took to hold its event there
            # (组织各党支部30余名党员，先后到…开展…主题党日活动, 组织20余名党员干部前往…: the people named after 名)
            re.compile(r"(?<![党团生际])组织(?!部(?!分)|委|工)了?[^，。；;\d]{0,20}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?:(?<=[名位])" + _COUNTED_PEOPLE + r")?"
                       r"[，,]?\s*(?:先后|分别|一同|一起|集体)?(?:前往|赴|到|来到|走进)[^，。；;]{2,30}?"
                       r"(?:开展|举行|召开|进行)了?[^，。；;]{0,20}?(?:党日|会|仪式|党课|观摩)"),
            # 为全村40多名党员讲了一堂…专题党课: the audience of a lecture (not 为30名困难党员送去慰问金)
            # (为该校1200余名师生讲授了一堂法治课: any lesson named, a word ending in 课 that ends its clause)
            re.compile(r"(?<![作成因认])为[^，。；;\d]{0,8}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       # (为200余名读者作了题为…的讲座, 为300多名师生作学术报告: the listeners of a lecture attend it,
                       # GUIDELINES §3 eighth round)
                       r"(?P<unit>名|位)" + _AUDIENCE +
                       # (为150余名读者带来了一场…讲座: the lecture brought to its listeners, as one given)
                       r"(?:讲授|讲|上|作|做|带来)了?(?:一堂|一次|一场|一节)?[^，。；;]{0,30}?"
                       r"(?:党课|廉政课|廉洁课|讲座|学术报告|开学第一课|(?<=[\u4e00-\u9fff])课(?=[，。；,;]|$))"),
            # 为机关全体党员和委属单位支部书记六十余人讲授专题党课, 为全镇党员干部等80余人上党课: the listeners named first,
            # their count after them in 人/名 right before the lecture (GUIDELINES §3 eighth round; not 为30名困难党员送去…)
            re.compile(r"(?<![作成因认])为[^，。；;\d“”]{2,24}?(?<![一二三四五六七八九十百千两])(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>人|名)(?:讲授|讲|上|作|做)了?(?:一堂|一次|一场|一节)?[^，。；;]{0,30}?"
                       r"(?:党课|廉政课|廉洁课|讲座|学术报告|开学第一课|(?<=[\u4e00-\u9fff])课(?=[，。；,;]|$))"),
            # 作了…专题讲座，为150余名读者解读…: the listeners told after the lecture, with what it explained to them
            # (举办…讲座，为150余名读者带来了一场精神盛宴: what it brought them, whatever its object; GUIDELINES §3
            # thirteenth review round; not 为30名困难党员送去慰问金, 为20名读者颁发证书: a gift or an award handed)
            re.compile(r"(?:党课|讲座|学术报告)[，,]\s*为[^，。；;\d]{0,8}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位)" + _AUDIENCE +
                       r"(?:深入浅出地)?(?:解读|讲解|阐释|阐述|解析|详解|剖析|讲述|分享|带来|送上|献上|奉上|呈现)"),
            # 来自…的600余名专家学者围绕…: the gathering of people from many places (not those who
            # received something: 来自困难家庭的120名学生获得资助).
            re.compile(r"来自[^，。；;]{2,60}?的(?P<pre>约|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位)(?:[^，。；;]{0,6}?)(?:代表|专家|学者|嘉宾|师生|党员|干部|企业家|校友|青年|职工|教师|学员|人士)"
                       # (not 来自…的12名代表先后发言: those who spoke in turn, not those attending; GUIDELINES §3)
                       r"(?![^，。；;]{0,20}?(?:获|受到|领取|得到|(?:先后|分别|依次|相继|轮流)(?:作了?|做了?)?[^，。；;]{0,6}?(?:发言|讲话|致辞|报告)))"
                       # (not 来自18个学院的56名青年教师参赛: the contestants of a contest, not those attending its ceremony)
                       r"(?![^，。；;]{0,12}?(?:参赛|参评|参展|参演|同台竞技|角逐))"
                       # (not 专家组由来自…的9位专家组成: the members a panel is made of, no count of those attending)
                       r"(?![^，。；;]{0,4}?组成)"),
            # 出席本次股东大会的股东及股东代表共12人: those who attended, named by a relative clause, then their total
            re.compile(r"(?:参加|出席|列席)(?:本次|这次|此次)?[^，。；;的]{0,12}?的[^，。；;的\d]{1,12}?(?:共有|共计|合计|总计|共)"
                       r"(?P<pre>约|近|逾)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 出席仪式的还有…委员吴文杰、李志强，以及逾二百名社团代表: the list of those present closing on a group counted
            # before its noun (GUIDELINES §3 twelfth review round; 逾 approximate)
            re.compile(r"(?:参加|出席|参会|与会)(?:本次|这次|此次)?(?:会议|大会|活动|仪式|典礼|座谈会|论坛|会报|发布会|年会"
                       r"|[\u4e00-\u9fff]{1,4}礼)?的(?:还|也)?有[^。；;]{0,80}?(?:以及|及|和)(?P<pre>约|近|逾|超过)?"
                       r"(?P<n>" + _HEADCOUNT_PLAIN + r")(?P<approx>余|多)?(?P<unit>名|位)[\u4e00-\u9fff]{0,6}?"
                       r"(?:代表|嘉宾|来宾|师生|群众|居民|市民|干部|职工|党员|会员|家长|学生|人士)(?=[，。；,;]|$)"),
            # 现场观众约5000人, 现场观众达3000余人: the audience told as present at the event, counted after its noun
            # (GUIDELINES §3 twelfth review round: 现场 counts); not 现场发放资料约5000份 (no people)
            re.compile(r"(?<![^，。；,;：:\s])(?:现场|在场)的?(?:观众|听众|群众|市民|师生|嘉宾|来宾|家长)(?:人数)?"
                       r"(?:达到?|共有?|有|超过|逾|为)?(?P<pre>约|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?!次)(?=[，。；,;]|$)"),
            # 现场300余名干部员工深受教育, 在场的200名学生认真聆听: the people told as present at the event, counted
            # opening their clause (GUIDELINES §3 twelfth review round); not people getting something there
            # (现场10名群众获赠…) nor those counted by firm (现场23家企业负责人参加: no count)
            _PRESENT_COUNTED,
            # 吸引来自10个国家及地区约180名专家学者参与, 吸引超过300位…代表参与: the people an event drew
            # (参与 alone is too often a campaign's; drawn by the event, they attend it)
            self._drawn,
        ]
        # (an activity's attendance, see _drawn_plain; people present at an activity make no gathering of it)
        self._gathering_attendance = [*self.attendance[:-2], self._drawn_plain]
        # 实到116人, 应出席…，出席495名: the number stated as present, which a count of guests or of those asked to
        # sit in (邀请了30位…代表列席) does not replace
        self.present = self.attendance[1:3]

    # -- pieces -----------------------------------------------------------------------

    def match(self, text: str) -> tuple[re.Match[str], str] | None:
        if ("以下" in text or "下面是" in text or "现" in text) and (transcript := self.transcript.search(text)):
            return transcript, "transcript"
        if not self._event_word.search(text):
            return None  # the patterns backtrack a lot; most sentences have no event verb at all
        # Cheap anchors first: the name patterns scan every start position with a long greedy
        # run, so they only run where their head-word-then-verb core is present.
        held = self._head_then_held.search(text) is not None
        verb = self._verb.search(text) is not None
        planned: tuple[re.Match[str], str] | None = None  # a meeting told as planned after one held (see below)
        lecture: tuple[re.Match[str], str] | None = None  # a topical lecture, unless a meeting is held before it
        for kind, pattern, needed in (
            ("active", self._active, verb), ("passive", self.passive, held), ("bare", self.bare, held),
            ("passive", _MEETING_CLOSED, "结束" in text),
            ("attributive", self.attributive, verb), ("attributive", self.dated_attributive, verb),
            ("visit", _STUDY_VISIT, "观摩" in text or "现场教学" in text),
            ("clause", self.clause, verb),
            ("active", self.carried_out, "开展" in text),
            ("attended", self.attended, any(w in text for w in self._attending_words)),
            ("lecture", _PARTY_LECTURE, "党课" in text or "团课" in text or "廉政课" in text or "廉洁课" in text),
            ("lecture", _LESSON_GIVEN, "一堂" in text or "一节" in text),
            ("lecture", self.academic, _ACADEMIC_GATE.search(text) is not None),
            ("plain", self._plain, verb),
            ("plain", self.yuan_session, "院会" in text),
            ("plain", self.met, "开会" in text),
            ("active", _SIDES_TALK, "座谈" in text),
            ("receiving", _VISITORS_RECEIVED, "会见" in text),
            ("receiving", _TALKS_AT_VENUE, "会谈" in text or "会晤" in text),
            ("receiving", self.talks_held, any(w in text for w in _TALKS_WRITTEN)),
            ("bare", _SESSION_DELIBERATED, "会" in text),
            ("reception", self.reception, "会" in text or "宴" in text),
        ):
            if not needed:
                continue
            m = pattern.search(text)
            while m and kind == "active" and _SINCE_EARLIER.match(m["org"] or ""):
                m = pattern.search(text, m.end())  # 这是继…召开第一次联席会议以来的…: an earlier one compared
            if m and kind == "active" and _planned_in(text, m.start(), m.end()) and self.plain.search(text, 0, m.start("name")):
                continue  # 县卫健局召开会议，要求各医疗机构于…前召开…: the meeting held, before the one required
            if m and pattern is self.academic and _lecture_ahead(text, m):
                continue  # 县人社局召开会议，会议要求邀请专家作…专题讲座: no lecture given; the meeting held is read on
            if m and pattern is self.academic and m["name"].endswith("专题讲座"):
                lecture = m, kind  # (县人社局召开会议，研究员王强作了…专题讲座: the meeting told before it is kept)
                continue
            if m and lecture and (kind not in (*_HOLDING_KINDS, "plain") or m.start() >= lecture[0].start()):
                continue
            if m and planned and (kind not in _HOLDING_KINDS or m.start() >= planned[0].start()
                                  or _planned_in(text, m.start(), m.end())):
                continue  # (only a meeting held, with its verb of holding, before the planned one is read instead of it)
            if m and not planned and kind in ("passive", "bare") and _planned_in(text, m.start(), m.end()) \
                    and _HELD_ANYWHERE.search(text, 0, m.start()):
                # 5月8日召开的县委常委会会议决定，县第十五次党代会于5月20日召开; 5月8日，县委常委会会议召开，决定…于5月20日
                # 召开: the meeting held, told before the decision about a later one (planned, no record: GUIDELINES §3)
                planned = m, kind
                continue
            if m and pattern is self.talks_held and (
                    _TALKS_AHEAD.search(text, clause_bounds(text, m.start())[0], m.start())
                    or (m["name"] in ("会面", "会见") and not _OFFICIAL_PARTY.search(m["party"]))
                    # (签约仪式结束后，…与…进行了座谈: the ceremony the talks came after, no meeting they are a part of)
                    or _GATHERING_NAMED.search(text, (opener.end() if (opener := _AROUND_SIGNING.match(text)) else 0), m.start())):
                # 下周将与企业家座谈: talks ahead, none held; 与失散多年的亲人会面: a private reunion; 主持…咨询会，与
                # 乡议局代表会面: a part of the meeting this sentence names
                continue
            if m and kind == "passive" and (attending := _ATTENDING_IN_PASSIVE_NAME.search(m["name"])) \
                    and (repeated := _KIND_REPEATED.match(text, m.end("name"))) \
                    and m["name"].endswith(repeated["kind"]):
                # 副市长李明出席…大会，大会在…举行: the meeting attended, its name after the verb (its venue as read here)
                m = pattern.search(text, m.start("name") + attending.end()) or m
            if m and kind in ("passive", "bare") and _MEMBERS_BODY_END.search(m["name"]) \
                    and _OBJECT_AFTER_VERB.match(text, m.end()):
                continue  # 香港潮州商会举行会董就职礼, 市慈善总会举行升旗礼: a body holding what follows, no meeting it names
            if m and _FUNDED_PURPOSE.search(text, clause_bounds(text, m.start("name"))[0], m.start("name")):
                continue  # 拨款120万元，资助区内举办新春活动: what the money is for, not an event held
            if m and kind == "active" and m["name"].startswith("的") and (m["org"] or "").lstrip().startswith("由"):
                continue  # 由浙江大学举办的“…论坛”今日举行: the agent of a passive attribute, the name held after it
            if m and kind == "active" and m["name"].startswith("的") and re.match(_PURPOSE_AFTER_NAME, text[m.end() :]):
                continue  # 县府于9月20日召开的评审会议审定…: an attributive phrase, read as such below
            if m and kind == "active" and m["name"].startswith(("的“", "的「", "的『")) and self.attributive.search(text):
                continue  # 某公司近日在北京举行的“…发布会”上推出…: a quoted name in an attributive phrase, read below
            if m and kind == "active" and m["name"].startswith("的") and (
                    "出席在" in text or _ATTENDING_ORG_END.search(m["org"] or "")):
                # 出席在市行政中心举行的…签约仪式: the event attended, with its venue
                # (出席香港青年联会举办的「…」颁奖典礼: the event attended, its organizer before 举办的)
                attended = self.attended.search(text)
                return (attended, "attended") if attended else (m, kind)
            if m:
                return m, kind
        return planned or lecture

    @staticmethod
    def clean_name(name: str) -> str:
        name = _DATELINE_TAG_PREFIX.sub("", name)  # 【本报消息】…, 〔记者…报导〕…: a dateline tag before the name
        # (应广大家长要求召开的家长座谈会: what the meeting was held at the request of)
        name = _AS_REQUIRED_PREFIX.sub("", name)
        name = _PUT_OFF_PREFIX.sub("", name)  # 原定于3月15日召开的…, 推迟举行的…: the plan once made is no part of the name
        name = _DATED_DATELINE.sub("", name)  # 新华社北京七月二十三日电…
        name = _LIST_NUMBER_PREFIX.sub("", name)  # 5．为期两天的…: a list number
        name = _REPORTER_NOTE_PREFIX.sub("", name)  # （记者 张某）…
        if _UNCLOSED_BRACKET.match(name):  # （2007年6月29日第十届…会议通过）: an adoption note's date
            name = _DATE.sub("", name[1:], count=1) if _DATE.match(name[1:]) else name[1:]
        name = _TALLY_PARTICLE_PREFIX.sub("", name).strip()  # (举办过11次会议: a tally, see _COUNTED)
        name = _HOLDING_VERB_PREFIX.sub("", name)  # 在主持召开县委常委会会议时: the verbs
        name = _SHORT_FORM_NOTE.sub("", name)  # 某某股份有限公司（以下简称“公司”）第九届董事会…: a reader's note
        name = _DURATION_PREFIX.sub("", name)  # 为期三天的…大会, 历时两天的…: the duration is no part of the name
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

    @staticmethod
    def strip_generic_prefix(name: str) -> str:
        """学校第十四次党员代表大会 -> 第十四次党员代表大会: a generic organizer word is not part of the name."""
        name = _OWN_BODY_AND_PARTY.sub("", name)
        for word in _GENERIC_PREFIXES:
            # (学校与华为…签约仪式, 公司向市慈善总会捐赠仪式: a party of the event, kept with the other)
            if (name.startswith(word) and len(name) - len(word) >= 4 and not _OTHER_PARTY.match(name, len(word))
                    and not _STREET_AFTER_PREFIX.match(name, len(word))
                    and not _WORD_ACROSS_PREFIX.match(name, len(word))):
                return name[len(word) :]
        if _GENERIC_HOSPITAL.match(name):
            return name[len("医院") :]
        if _GENERIC_LEVEL.match(name):
            return name[1:]
        return name

    @staticmethod
    def clean_org(org: str | None) -> str | None:
        if not org:
            return None
        raw = org
        # 本报北京5月20日讯 (before its date goes), 本网讯 / 本台讯 / 本站讯 / 通讯员讯; the People's Daily
        # 本报北京5月7日电 too (the general dateline pattern below wants two characters before 报)
        # (定了！临江县, 聚焦两会｜临江县, 【聚焦】临江县: a headline's teaser or column before the subject is no part of it)
        org = _HEADLINE_TEASER.sub("", org.strip())
        org = _THEME_AFTER_HOLDER.sub("", org)  # 华星科技以“智造未来”为主题(召开…): the theme, no part of the body
        # (——市城建集团与青山镇: a subtitle line's opening dash; 国庆前夕 我县, 凝心聚力谋发展 我县: a two-part headline's
        # first part, set off by a space, that names no body, GUIDELINES §3 organizer)
        org = _SUBTITLE_DASH.sub("", org)
        first = _HEADLINE_FIRST_PART.match(org)
        if first and not _HOLDER_END.search(first["part"]):
            org = org[first.end() :]
        # (家校同心 护航成长——我校: the slogan's second part before a dash, no body, GUIDELINES §3 organizer)
        slogan = _HEADLINE_SLOGAN_DASH.match(org)
        if slogan and not _HOLDER_END.search(slogan["part"]):
            org = org[slogan.end() :]
        org = _OWN_DATELINE.sub("", org)
        org = _DATE.sub("", org)
        # (7月国务院召开…, 1997年8月，…: a month alone before the subject, the time of the account)
        org = _ORG_MONTH_PREFIX.sub("", org)
        org = _DAYS_JOINER.sub("", org)  # 县委分别于5月6日和8日(召开…): the word joining the days
        # 岭海大学今日（三月十五日）, 澳门中华总商会昨（15日）: a bracketed date
        # (not 各村（社区）党组织: the bracketed other kind of grassroots unit is part of the body's name)
        # (not 长江实业（集团）有限公司: a bracketed part of a company's name, no day in it)
        org = _ORG_BRACKETED_NOTE.sub("", org)
        org = _DATELINE.sub("", org.strip())
        org = _ORG_TIME_PREFIX.sub("", org)
        org = _CLOCK_AFTER_SUBJECT.sub("", org)
        # 出席十四届全国人大二次会议的湖北代表团: a relative clause of attending before the body is no part of it
        org = _ORG_ATTENDING_PREFIX.sub("", org)
        if _CEREMONY_DAY_ONLY.fullmatch(org):
            return None  # 开幕当天(举行了…签约仪式): the day of another event, no organizer named
        # (市政府当天下午举行, 市侨联和留学生正在这里举行: an adverb after the subject)
        # (县政府次日, 县委当晚, 市卫健委前晚, 市委同日, 市司法局于上周, 县委于去年, 县政府周三: the day after the subject)
        # (学校今年年初, 县委去年年底, 公司年初: a part of a year after the subject; not 青年中心, 少年初级…)
        org = _ORG_FESTIVAL_TIME_TAIL.sub("", org)  # 县委于国庆前夕, 县总工会于元旦前一天: a holiday's time after the subject
        org = re.sub("(?:于?(?:上周|本周|上个?月|本月|前不久|不久前|近期|去年|前年|今年))?(?:(?<![中小大])学年(?:初|中|底|末)|(?<![青少成老新幼童周百千万])(?:年初|年中|年底|年末)|今天|今日|昨天|昨日|前晚|当天|当日|当晚|同日|" + _SHIFTED_WORDS + "|[一两三][天日]后|日前|近日|最近|前不久"
                     "|(?:周|星期|礼拜)[一二三四五六日天]|正|也|还|又|已|特地|专门|上午|下午|晚上|晚|于|" + _HABIT_WORDS + ")*$", "", org)
        # (市委、市政府为王五举行庆功大会: the one honoured is no organizer)
        org = _ORG_FOR_TAIL.sub("", org)
        if _AND_AT_OPENING.match(org):
            return None  # 调研…，并在县委会议室召开, 察看了…，又在县商务局召开: a venue after 并/又/还/也, no organizer
        org = _BY_PREFIX.sub("", org)
        # (会上还为10名老党员(举行了颁奖仪式), 典礼上，还: the meeting within which it is held, no organizer)
        org = _WITHIN_TOLD_LEAD.sub("", org)
        # (本校與台灣人工智慧學會共同主辦之, 我校与…联合举办: the reporting school, unnamed, among the hosts; the
        # partner alone would say it held the event by itself, so no organizer is named)
        # (我院与市中心血站联合举办, 实验中学与我校联合举办, 我会和市书协共同主办: the same for a hospital, a bureau,
        # an association or a company writing of itself, first or last in the list)
        if _OWN_BODY_AMONG_HOSTS.search(org):
            return None
        org = _OWN_SCHOOL_BEFORE.sub("", org)  # 由我校经济管理学院主办: the school's unit, named
        # 根据…联合声明两国政府, 在九三学社, 并于今年, 去年: a leading adverbial is not the organizer
        org = _ORG_ACCORDING_PREFIX.sub("", org)
        at_place = bool(_AT_OPENING.match(org))
        org = _ORG_AT_YEAR_PREFIX.sub("", org)
        # (典礼后各系所, 会后市委: the event after which it was held, no part of the subject)
        org = re.sub(r"^" + _AFTER_EVENT + r"(?=[\u4e00-\u9fff]{2})", "", org)
        org = _AS_PLANNED_END.sub("", org)  # (台北市议会依计划5月8日召开…: the manner, no part of the body)
        org = _ORG_PART_OF_DAY_PREFIX.sub("", org)
        # (会议分两个阶段进行，首先在学校礼堂召开…, 随后在教室召开…: a step of the account, no organizer)
        org = _SEQUENCE_WORD_ONLY.sub("", org)
        # 东川市人民政府主办、东川市商务局承办 (not the 政协, 科协 of 市政协办公室, 县科协办公室: 协 ends a body there)
        # (not 县委综合办, 联合办公室: 合办 inside an office's name)
        org = _HOSTING_WORD.split(org)[0]
        org = _BACKER_BEFORE_HOST.sub("", org)  # (由)县委宣传部指导、县文联(主办): the host is the one after
        # 北京知道创宇联合知乎网, 市发展改革委会同市财政局: joint organizers, listed (not 联合国, 联合会,
        # 澳门街坊会联合总会)
        org = _JOINTLY_WITH.sub("、", org)
        # 镇党委组织全体党员(在…召开): the people it gathered are no part of the organizer (not 组织部, 党组织)
        org = _GATHERED.sub("", org)
        # (东山村“两委”班子成员, 东山村“两委”及全体党员: the members or the people joining are no part of the body;
        # not 东山村党员和群众, people and no body)
        org = _ORG_MEMBERS_TAIL.sub("", org)
        org = re.sub(rf"(?:于|在)?(?:{_TIME_WORDS})?$", "", org)  # 公司于(1月17日)上午
        # (越南国防部三日, 县委十五日: a day in Chinese numerals after the subject; not 十一 of 中建十一局)
        org = _ORG_DAY_TAIL.sub("", org)
        org = _MANNER_END.sub("", org)  # 市委以视频形式(召开), 通过视频会议形式
        # (县人民检察院就一起轻伤害案件, 幸福社区邀请辖区派出所民警王强, 县委组织部牵头, 区人民医院组织7个科室专家:
        # the clause goes on after the organizer with what the meeting is about or whom it brought)
        org = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:(?:就(?![业读职餐医])|邀请(?!赛)|" + _GOING_TO + ")"
                     r"(?![^，。；]*" + _ORG_SUFFIX_END + r")[^，。；]{2,}|牵头"
                     r"|(?<![党团生际])组织(?![部委工])了?[\d一二三四五六七八九十]+[余多]?[个名位家][^，。；]*)$", "", org)
        # (城南派出所民警走进城南中学(开展法治讲座), 医疗队深入社区: the place the subject went to, after it)
        # (县委书记张强深入到联系村: 到 and the place are cut above, 深入 is left alone at the end)
        org = _ORG_VISITING_TAIL.sub("", org)
        # (市中心医院按照市卫健委要求, 某银行为落实监管要求: what the meeting answers to, after the organizer)
        # (东山镇按照年度计划, 某局按年度培训计划: the plan it is held on)
        org = _ORG_AS_REQUIRED_TAIL.sub("", org)
        if _THIS_BODY_ONLY.match(org):
            return None  # 该行, 该院: the body named before, not named here
        if _ALSO_WITH_OPENING.match(org):
            return None  # (视察文化局，)并与局方(召开工作会议): the other party of a clause whose subject went before
        if _WITH_OPENING.match(org) and _TOGETHER_WORD.search(raw):
            return None  # (日前)与国际一流十九家…供应商(就…举行了签字仪式): the other party, the subject not written here
        org = _ORG_ADVERB_TAIL.sub("", org)
        org = _ORG_TALLY_TAIL.sub("", org)  # 县委组织部共(组织30余名党员…): a tally's adverb
        # (教育局与25间学校, 市文旅局和12家企业(举行…签约仪式): parties counted, not named, are no organizer beside the
        # body that holds it with them)
        org = _COUNTED_PARTY_END.sub("", org)
        # (创新科技署今日上午与香港城市大学、香港理工大学(举行…签署仪式): a day or a part of it between the subject and the
        # party joined by 与, dropped first so the parties stay the organizer as written, as with a dated 5月6日)
        org = _TIME_BEFORE_PARTY.sub("", org)
        # 县政府下午于县立文化中心…, 市财政局近期召集…, 集团随即: the clause goes on after the organizer
        org = _ORG_TIME_ONWARDS.sub("", org)
        org = _SIDES_TAIL.sub("", org)  # 滨澜市、安岭州两地
        # 促进会在京, 两国政府如期, PATA还分别, 友好团体为江主席: trailing adverbs, places and beneficiaries
        # (县委、县政府立即, 某县曾, …上周: adverbs of time and manner)
        # (各村（社区）党组织陆续, 各乡镇相继, 镇党委集中, 各支部统一: several bodies in turn or at once)
        org = _ORG_MANNER_TAIL.sub("", org)
        org = _FOR_DIGNITARY_TAIL.sub("", org)
        # 中国剧协为六十四个…小演员(举行了佩花仪式): the beneficiaries after 为 (not 华为, 作为, 无为市, 为民…)
        org = _ORG_FOR_PURPOSE_TAIL.sub("", org)
        # (某市政协、某市美协联合为其画集(举行首发式): the one the event is held for, named by a pronoun)
        org = _FOR_THEM_TAIL.sub("", org)
        org = org.strip("，,、 　】]」』）)")  # (【新华社北京5月8日电】全国政协…: the dateline's bracket)
        # (东山村「两委」, 某县‘两委’: a quoted part closing the organizer keeps its closing mark)
        for opening, closing in ("「」", "『』", "（）", "()"):
            at = raw.find(org)
            if org.count(opening) > org.count(closing) and at >= 0 and raw.startswith(closing, at + len(org)):
                org += closing
        org = _ADVERB_AFTER_SUBJECT.sub("", org)  # 县政府就(召开), 开幕当天同期(举办), 紧接着(召开): adverbs
        if _TIME_ONLY.search(org):
            return None  # 开幕当天(同期举办): a time, no organizer named
        if _PROGRAMME_REFERRED.match(org):
            return None  # 该计划, 该工程: the programme named before, no body named here
        if (site := _BUILT_SITE_END.search(org)) and not _PUBLIC_VENUE_OF_PLACE.fullmatch(org):
            # 江城中学新校舍(举行奠基礼), 县图书馆新馆(举行开馆仪式), 华信集团总部大楼项目: a building, a campus or a
            # project, what the ceremony is about, holds nothing; the body it belongs to, when named, does (GUIDELINES §3)
            org = org[: site.start()]
            if not _HOLDER_END.search(org):
                return None
        if _PERSON_SUBJECT.search(org) or _CROWD_END.search(org):
            return None  # (首都各界群众, 全市干部群众, 首都青年(在…举行纪念大会): a crowd, no body, GUIDELINES §3)
        if _BARE_TITLE.fullmatch(org):
            return None  # 行政长官今日在礼宾府举行授勋典礼: a post, a person, no body (GUIDELINES §3 organizer)
        if _NOT_ORG_WORD.search(org) or _PERSON_END.search(org):
            # 3000多名师生…, 国防部长迟浩田上将, 陈某到任后: people or a clause, not an organization
            # (市长刘某主持(召开…): the one who chairs it, a person, GUIDELINES §3)
            # (武术界200多人欢聚…(举行联欢会): a headcount of people, no body; not 中国经济50人论坛)
            return None
        if _PRIZE_END.search(org):
            return None  # 第五届某某文学奖今天(举行颁奖仪式): the prize is no body that holds it
        if at_place and _BUILDING_END.search(org):
            return None  # 在市测楼320(召开): a venue, not an organizer
        # (会议中, 大会上: a time, no organizer; but 县一中, 市二中, 南江十一中: a school's short name)
        if len(org) < 2 or org in GENERIC_ORGANIZERS or _too_long_for_org(org) or _ON_OR_IN_END.search(org):
            return None
        if org.endswith("会") and not org.endswith(_ORG_ENDING_HUI):
            return None  # 大会上, 会议: a meeting, not its organizer
        if _DELEGATION_OR_AND.search(org) or "并" in org[-3:]:
            return None  # 市领导一行到区里调研并召开…: a clause, not an organization
        if re.search(_GOING_TO + "[^，。；]{2,20}?指导(?=[\u4e00-\u9fff]{2})", org):
            return None  # 组织部长孙某到联系点某村指导党支部(召开…): a visit told, not an organization
        if term := _TERM_IN_BODY.fullmatch(org):
            # 市十五届人大常委会(举行第十次会议): the term number between the place and the body is no part of the
            # body's name (市人大常委会), as the body's session in the body reads (GUIDELINES §3 ninth round)
            return term["place"] + term["body"]
        return org

    @staticmethod
    def clean_location(loc: str | None, here: str | None = None) -> str | None:
        """A venue without the date and time caught before it (6月28日下午在北京人民大会堂);
        a city's one-character short name in full (在京 -> 北京); ``here``, the city of the dateline the
        meeting is told under, for 在这里 or 此间 (GUIDELINES §11: they name it)."""
        if not loc:
            return None
        caught = loc.strip()
        loc = _DATE.sub("", loc)
        # (正在韩国访问的外交部长李某3日在首尔同…: the country of the guest's visit, then the guest, then the venue
        # of the talks after the last 在)
        loc = _VISIT_BEFORE_VENUE.sub("", loc)
        # (于6月14日（星期五）上午在体育馆: the weekday in brackets after the date)
        loc = _WEEKDAY_PREFIX.sub("", loc)
        # (于重阳节（10月11日）中午在…, 教师节前夕（9月27日）在…: a holiday whose date in brackets was cut)
        loc = _EMPTIED_DATE_BRACKET.sub("", loc) if loc.strip() != caught else loc
        # (于今年5月6日上午在…, 于今年5月上旬在…: the year word left by the date, or a part of a month, before the venue)
        loc = _YEAR_WORD_BEFORE_VENUE.sub("", loc.strip())
        # (…下午2时假桃园展演中心: 假 before a venue after a clock time, Hong Kong, Macau and Taiwan usage; not 假日酒店)
        # (but 假 alone before a venue caught as it stands, nothing cut before it, is the venue's own: 在假山广场)
        cut = loc.strip() != caught
        loc = loc.strip()
        head = _TIME_BEFORE_VENUE.match(loc)  # (anchored, every part optional: it always matches)
        if head is not None and not (head.group() == head["jia"] and not cut):
            loc = loc[head.end() :]
        loc = loc.strip("，,、 　")
        loc = _MANNER_END.sub("", loc)  # 在总行五楼会议室以视频形式(召开)
        # (在市委会议室主持召开, 在县工人文化宫组织举办, 在人民大会堂也会见了; not 世界卫生组织)
        loc = _GATHERED.sub("", loc)
        # (在政府总部主持行政会议前会见传媒: the place, then a clause of what was done before; not 在会前)
        loc = _LOC_ACT_TIME_TAIL.sub("", loc)
        # (在金陵饭店宴会厅盛大举行, 在…如期举行, 简朴而隆重地: the manner, not the place)
        loc = _LOC_MANNER_TAIL.sub("", loc)
        # (在县会议中心圆满完成各项议程后闭幕: the venue, then the agenda done)
        loc = _LOC_AGENDA_DONE.sub(r"\1", loc)
        if _LOC_SCENE_END.search(loc) or _SCENE_NOT_PLACE.search(loc):
            # 在雄壮的国歌声中开幕, 在热烈的气氛中: the mood; 在圆满完成各项议程后闭幕, 在省人代会后主持召开: a time, not
            # a place
            return None
        if loc in _CITY_SHORT_NAMES:
            return _CITY_SHORT_NAMES[loc]
        if _OUR_REGION.fullmatch(loc):
            return None  # 在我县召开: the reporting place by a deictic word, no venue named (GUIDELINES §3 location)
        if _OWN_BODY_VENUE.fullmatch(loc):
            return None  # 在我校召开, 在本院举行: the reporting body by a pronoun, no venue named (only 在我校/本校召开 is read later, as the one school hosting named: _OWN_SCHOOL_VENUE;
            # 本院, 我局, 本所, 我公司 … stay null)
        if _LOC_TIME_ONLY.fullmatch(loc):
            return None  # 在会前会见…: a time, not a place
        if _ONLINE_ONLY.fullmatch(loc):
            return None  # 于線上以視訊方式召開: held online, no venue (the invented gold's 以视频连线方式 has none)
        if _HERE_WITH.fullmatch(loc):
            return here  # 今天在这里举行, 在此间同…举行了会谈: the dateline's city (None when there is none)
        if _HERE_OPENING.match(loc):
            return None  # 正在这里访问的…: the dateline's city, not named here (and what follows is a clause)
        if _LOC_CIRCUMSTANCE.search(loc):
            return None  # 在市委书记李某的陪同下, 在百忙之中: company or circumstance, not a place
        loc = _SUBSIDIARY_PREFIX.sub("", loc)  # 川投集团下属的川南发电公司
        loc = _OWN_SCHOOL_BEFORE.sub("", loc)  # 在我校法学院模拟法庭: the room, the reporting school unnamed
        # (在该院审委会会议室, 在该公司三楼会议室: the body named before, a reference, then its own room)
        # (在该组织马德里总部举行的…: the organization named before, then its headquarters)
        loc = _THIS_BODY_PREFIX.sub("", loc)
        # (在位于滨河路的区政协机关大楼, 赴对口帮扶的石门村: where the venue stands or how the body is paired with it)
        loc = _LOCATED_IN_PREFIX.sub("", loc)
        loc = _HIS_PREFIX.sub("", loc)  # 他的家乡湖南祁阳县
        # 雷克雅未克与当地企业(举行签约仪式): the other party after the place; a conjunction only after two
        # characters of a name (not 呼和浩特, 和平饭店, 通和大厦: 和 inside a place's own name), and no 和 that
        # starts a venue's name after the city (呼和浩特和平饭店, 厦门和谐广场: what follows ends as a venue)
        # (分别在市人大会议室和市政协会议室召开: two venues joined, each ending as one, the first kept)
        loc = re.sub("^([^，。]{2,}?" + _VENUE_NAME_END + ")和[^，。]{2,}" + _VENUE_NAME_END + "$", r"\1", loc)
        loc = re.sub("(?<=[\u4e00-\u9fff]{2})(?:与|同|(?!和[^，。]*" + _VENUE_NAME_END + "$)和|跟)[^，。]{2,}$", "", loc)
        loc = _FOR_VISITOR_TAIL.sub("", loc)  # 人民大会堂东门外广场为来访的…总统(举行欢迎仪式)
        # 人民大会堂东门外广场为拉克森(举行欢迎仪式): after a venue's last word, 为 opens the one the event is held for
        loc = _HALL_FOR_TAIL.sub("", loc)
        loc = _TIMES_TAIL.sub("", loc)  # 在白宫两度同…举行会谈: how often, not where
        # (在第三居民小组的院坝里, 在村委会议室里, 在礼堂内: 里/内 after a venue's last word says "inside", no part of it)
        # (在五楼会议室中举行: 中 after a room's last word likewise)
        loc = _INSIDE_TAIL.sub("", loc)
        # (在温暖的蔬菜大棚中, 在修缮一新的古戏台中: the description before 的 is no part of the venue; not 学校的礼堂,
        # 县委的会议室: a body's room)
        loc = _DESCRIBED_VENUE.sub("", loc)
        return loc if len(loc) >= 2 else None

    def year_from_text(self, doc: Document, meeting_text: str, month: int | None) -> int | None:
        """The meeting's year when neither the date nor a publication date gives it.

        In order: the year of the page's stamp whose day and month read either way (08/05/2024); an
        anniversary in the meeting's own sentence (庆祝建党102周年); a reviewed ``YYYY年度`` in it; ``2023年是…`` (the current year named); an anniversary anywhere; the
        year the meeting's sentence names; the smallest reviewed year in any review sentence (a reviewed year
        counts plus one when the meeting is in the first half of a year); else the year written
        most often in the text (the later one on a tie), with Republic-of-China years converted
        in Taiwan articles; else years counted since a starting year (从一九九二年…，十七年来).
        Before the review sentences and the vote: for a meeting in November or December, the year before a single
        start on a first of January ahead (将从1998年1月1日起); then the year of the account's last full date
        (_narrative_year). Only the meeting's own item of a page of glued items is read (_item_text).
        """
        # (本报讯…１９９７年共查补税款… glued after the meeting's own item: another article's year)
        text = _item_text(doc.clean_text, meeting_text)
        # (发布时间：08/05/2024: the stamp's day and month read either way, its year does not)
        stamped = stamp_year(doc)
        if stamped is not None:
            return stamped
        early = month is not None and month <= REVIEW_NEXT_YEAR_MONTHS
        # The meeting's own sentence reviewing a year (公司于1月17日举行了2022年度…表彰大会) is the
        # strongest evidence; a ``2022年是极不平凡的一年`` elsewhere may look back at that year.
        own = _counted_years(meeting_text)
        if own:
            return max(own)
        started = _anniversary_years(meeting_text, text)
        if len(started) == 1:
            return started[0]
        # 2月20日，…全面总结2023年党建工作，安排部署2024年工作任务: a meeting between the year it sums up
        # and the one it plans is early in the second or late in the first
        planned = [int(y) for y in _YEAR_PLANNED.findall(meeting_text)]
        summed = [int(y) for y in _YEAR_SUMMED.findall(meeting_text)]
        if planned and summed and min(planned) == max(summed) + 1 and month is not None and (early or month >= 11):
            return min(planned) if early else max(summed)
        reviewed = list(_reviewed_years(meeting_text))
        if reviewed:
            return min(reviewed) + (1 if early else 0)
        named = [int(y) for y in _YEAR_IS.findall(text)]
        if named:
            return max(named)
        counted = _counted_years(text)
        if counted:
            return max(counted)
        # (1月21日…在记者招待会上指出，1997年俄经济的积极变化…: the year the speaker looks back on, early in the next)
        # (the meeting's text may stop at the verb of remarks: what is said is read to the end of its sentence)
        at = text.find(meeting_text)
        end = _SENTENCE_END_MARK.search(text, at + len(meeting_text)) if at >= 0 else None
        said = meeting_text if at < 0 else text[at : end.start() if end else len(text)]
        recalled = [int(r[1]) for r in _REMARKS_YEAR.finditer(said)
                    if not _FUTURE_IN_SENTENCE.search(said, *clause_bounds(said, r.start(1)))
                    and not _PLAN_IN_CLAUSE.search(said, *clause_bounds(said, r.start(1)))]
        if recalled and month is not None and month <= REMARKS_LOOK_BACK_MONTHS:
            return min(recalled) + 1
        # 10月12日，2019年中国人文地理学术年会开幕, 2024世界互联网大会: the year the meeting's own sentence
        # names (a year's work meeting in November or December plans the next: 12月20日…2025年…工作会议)
        own_years = {int(m[1]) for m in _OWN_YEAR.finditer(meeting_text)
                     if not _SINCE_BEFORE.search(meeting_text, 0, m.start()) and not _SPAN_AROUND.match(meeting_text, m.end())
                     and not _NOT_THE_YEAR_AFTER.match(meeting_text, m.end(1) + 1)
                     # (研究部署2024年…工作: a year planned)
                     and not _PLAN_BEFORE.search(meeting_text, max(0, m.start() - 6), m.start())
                     and not _SPAN_BEFORE.search(meeting_text, max(0, m.start() - 6), m.start())
                     # (力争2026年…, 团市委将在2026年…, 2028年奥运会 after 将: a year ahead; 比2022年: a base)
                     and not _year_ahead_or_past(meeting_text, m.start(), m.end(1) + 1)}
        if len(own_years) == 1 and not _REVIEW_WORDS.search(meeting_text):
            # (2021年…述职评议会: a reviewed year, left to the rules below)
            year = own_years.pop()
            # (11月26日，县委召开全会，审议2025年经济社会发展计划: next year's plan, see _year_ahead)
            late = month is not None and month >= 11 and (
                re.search(rf"{year}年[^，。；]{{0,12}}工作(?:会议|大会)", meeting_text)
                or any(m[1] == str(year) and _year_ahead(meeting_text, m, month) for m in _YEAR_ANY.finditer(meeting_text)))
            return year - 1 if late else year
        # (12月30日…。两国将从1998年1月1日起建立…: the first day of the year after, ahead of a year-end meeting)
        if month is not None and month >= YEAR_END_FROM_MONTH:
            ahead = {int(a[1] or a[2]) for a in _NEXT_YEAR_START.finditer(text)}
            if len(ahead) == 1:
                return ahead.pop() - 1
        told = _narrative_year(text, meeting_text, month)
        if told is not None:
            return told
        for sentence in _SENTENCE_END_MARK.split(text):
            reviewed += _reviewed_years(sentence)
        if reviewed:
            return min(reviewed) + (1 if early else 0)
        # 12月28日…总结2023年工作，部署2024年工作: a year-end meeting is in the year it reviews
        if month is not None and month >= 11:
            planned = [int(y) for y in _YEAR_PLANNED.findall(text)]
            summed = [int(y) for y in _YEAR_SUMMED.findall(text)]
            if planned and summed and min(planned) == max(summed) + 1:
                return max(summed)
        # (a year after 从/自/于 is a starting point in the past: 上海从一九九二年对口支援…, 自2017年成立以来;
        # 巩固2021年…成果, 纪念…: a past year recalled; 2025年—2027年, 2024—2026年: a plan's span)
        # (这批债券…二○○三年二月四日到期, 到2005年…: a year ahead)
        years = [int(m[1]) + (1 if early and _STOCK_AT_YEAR_END.match(text, m.end()) and _STOCK_BEFORE.search(text, 0, m.start())
                              or early and _year_looked_back(text, m)
                              or _late_last_year(text, m.end(), month) else 0)
                 - (1 if _year_ahead(text, m, month) else 0)
                 for m in _YEAR_ANY.finditer(text)
                 if not _SINCE_BEFORE.search(text, 0, m.start()) and not _RECALLED_BEFORE.search(text, max(0, m.start() - 6), m.start())
                 # (2023年，全市…取得新成效，如今…: a year looked back on keeps its reading above)
                 and not (_THEN_AND_NOW.match(text, m.end()) and not _year_looked_back(text, m))
                 and not _SPAN_AROUND.match(text, m.end()) and not _NOT_THE_YEAR_AFTER.match(text, m.end())
                 and not (_SPAN_BEFORE.search(text, max(0, m.start() - 6), m.start()) and _PLAN_AFTER.match(text, m.end()))
                 # (2024—2025年度…培训班: a label of a working or school year spanning two, no year of the report)
                 and not (_SPAN_BEFORE.search(text, max(0, m.start() - 6), m.start()) and text.startswith("度", m.end()))
                 and not _FUTURE_CLAUSE.search(text, *clause_bounds(text, m.start()))
                 and not _year_ahead_or_past(text, m.start(), m.end())
                 # (李某（1924年6月8日—2010年3月4日）: a life span, no year of the report)
                 and not life_dated(text, m.start(), m.end())]
        years += [parse_date(m.group()).year for m in _CN_YEAR.finditer(text)  # 二○二四年以来
                  if not _SINCE_BEFORE.search(text, 0, m.start()) and not _FUTURE_CLAUSE.search(text, *clause_bounds(text, m.start()))]
        if len(TAIWAN.findall(text)) >= 2:
            years += [int(y) + 1911 for y in _ROC_YEAR.findall(text)]
        years = years or _years_since(text)
        if not years:
            return None
        counts = {y: years.count(y) for y in set(years)}
        return max(counts, key=lambda y: (counts[y], y))

    def attendees(
        self, sentence: str, elsewhere: bool = False, patterns: list[re.Pattern[str]] | None = None,
    ) -> tuple[int | None, bool]:
        """The attendee count stated in ``sentence``; ``elsewhere`` (a sentence other than the
        meeting's own) needs the attendance to be of a meeting, not 参加各类培训 or 参加评选;
        ``patterns`` (default: all of :attr:`attendance`) limits the kinds of statement read."""
        # (every match of _ANY_HEADCOUNT ends in 名, 位 or 人: a sentence with none of them is not searched)
        if not ("名" in sentence or "位" in sentence or "人" in sentence) or _ANY_HEADCOUNT.search(sentence) is None:
            return None, False  # (every statement read holds a count of people: most sentences hold none)
        if _YEARS_OPENING.match(sentence):
            return None, False  # (近年来，共有2000余人观摩交流: visitors over the years)
        if elsewhere and _YEAR_OPENING.match(sentence):
            return None, False  # (今年冬训，全镇共组织党员1260名参训: the year's campaign, not the meeting told before)
        sitting_in: tuple[int, bool] | None = None
        for pattern in self.attendance if patterns is None else patterns:
            read = [m for m in pattern.finditer(sentence) if not self._no_headcount(sentence, m)
                    and not _EXPECTED_COUNT.search(sentence, clause_bounds(sentence, m.start())[0], m.start("n"))
                    and not _ATTEND_AHEAD.match(sentence, m.end("unit")) and not _audience_ahead(sentence, m)
                    and not _contest_entered(sentence, m) and not _trial_watched(sentence, m)
                    and not (_INVITED_AHEAD_CLAUSE if _THIS_EVENT_OPENING.match(sentence) else _INVITED_AHEAD).search(
                        sentence, max(0, m.start("n") - 50), m.start("n"))
                    # (今年以来，全县共培训学员3000余人次, 全年计划参训人员2000人次: a running total or a plan)
                    and not _TALLIED.search(sentence, clause_bounds(sentence, m.start())[0], m.start("n"))
                    # (应出席大会代表254名，…实际出席241名: the number due is no count of those attending)
                    and not _DUE_COUNT.search(sentence, clause_bounds(sentence, m.start("n"))[0], m.start("n"))]
            # (列席代表35名，出席代表210名: those present stated after those sitting in, by the same statement)
            m = next((m for m in read if not _sitting_in(m.group())), read[0] if read else None)
            if m and elsewhere and ((pattern is self._drawn and not _MEETING_DREW.match(sentence)) or _OTHER_ACTIVITY.match(sentence, m.end())
                                    or not self._attends_a_meeting(sentence, m)):
                continue
            if m:
                prefix = (m.groupdict().get("pre") or "").replace("有", "")  # 约有200人: 约
                # (约2,500名嘉宾: thousands separated by commas in Hong Kong and Taiwan copy)
                # (約2 500名嘉賓: a space as the separator, see _SPACED_THOUSANDS)
                count = parse_count(prefix + m["n"].replace(",", "").replace(" ", "") + (m["approx"] or "") + m["unit"])
                if count is not None and count.value > 0:
                    # (参会人数150人左右: 左右 after the unit makes the count approximate, as 约 before it does)
                    found = count.value, count.approximate or sentence.startswith("左右", m.end("unit"))
                    if _sitting_in(m.group()):
                        # (出席会议代表186名，县政府组成人员等56人列席会议: those sitting in yield to the count of
                        # those present stated beside them; alone, they are the count)
                        sitting_in = sitting_in or found
                        continue
                    return found
        return sitting_in or (None, False)

    @staticmethod
    def _attends_a_meeting(sentence: str, m: re.Match[str]) -> bool:
        """Read in a sentence other than the meeting's own: a bare 参加/出席 must attend a gathering
        (300余人参加。, 200名党员参加了此次活动), not 这两人参加世界锦标赛的资格 or 近60名将参加…核查工作
        的专家; a study visit (30多名总经理到嘉兴考察) is no meeting's attendance."""
        if _VISITORS.search(m.group()) and "观摩" not in m.group():
            return False
        if not m.group().endswith(("参加", "出席")):
            return True
        clause_end = clause_bounds(sentence, m.end())[1]
        # (参加了项目签约仪式, 参加全县农业工作推进会: the gathering's own name holds the word)
        return _NOT_A_GATHERING.match(sentence, m.end(), clause_end) is None or _GATHERING_NAMED.search(
            sentence, m.end(), clause_end) is not None

    @staticmethod
    def _no_headcount(sentence: str, m: re.Match[str]) -> bool:
        """第三人民医院 (an ordinal and 人民), 为10名“最美员工”颁奖 (the recipients of something):
        a number before 名/位/人 that counts no one attending."""
        before = sentence[m.start("n") - 1 : m.start("n")]
        # (第三人民医院; 积分居前两名的球队: a rank)
        if before == "第" or _RANK_BEFORE_END.search(sentence[: m.start("n")]) or (m["unit"] == "人" and sentence[m.end("unit") : m.end("unit") + 1] == "民"):
            return True
        if _TOWARDS_END.search(sentence[max(0, m.start("n") - 9) : m.start("n")]) \
                and _ACTION_VERB_AHEAD.match(sentence[m.end("unit") :]):
            return True  # 与会人员对述职的4名书记进行了测评: the object of an act, not those attending
        if _AWARDED_BEFORE.search(sentence, max(0, m.start("n") - 8), m.start("n")):
            return True  # 获奖的20名致富带头人参加会议并领奖: the awardees, a part of those attending
        # (为10名“最美员工”颁奖: recipients; not 参会代表为156名, a count stated with 为)
        return before in ("为", "向", "给") and _GIVING.search(sentence, m.end("unit"), clause_bounds(sentence, m.end("unit"))[1]) is not None

    def date_of(self, doc: Document, sentence: str, reference: dt.date | None) -> tuple[str | None, str | None, str | None]:
        m = _DATE.search(sentence)
        while m and ((label := _PAGE_DATE_LABEL.search(sentence, 0, m.start())) and label.end() == m.start()
                     or _WINDOW_DATE_LABEL.search(sentence, max(0, m.start() - 12), m.start())):
            # 发布时间：2024-03-01 10:00 2月29日，…召开: the page's date on the paragraph's line, then the account's
            # (召开动员会，征稿时间为3月1日至4月30日: a window's dates, then the account's if any)
            m = _DATE.search(sentence, m.end())
        if m and (put_off := _PUT_OFF_HELD.search(sentence, clause_bounds(sentence, m.start())[0])) \
                and put_off.start() <= m.start() < put_off.end("plan") \
                and (later := _DATE.search(sentence, put_off.end("plan"), clause_bounds(sentence, m.start())[1])):
            m = later  # 原定于3月15日召开的…会议于3月20日召开: the day it was held, not the one once planned
        if not m:
            return self.festival_of(doc, sentence, reference)
        learnt = _past_reporter_clause(sentence, m)
        if learnt is None:
            return None, None, None
        m = learnt
        if _CUTOFF_BEFORE.search(sentence, max(0, m.start() - 3), m.start()) \
                and not _HELD_VERB.search(sentence, *clause_bounds(sentence, m.start())):
            # 截至5月6日，全县已完成…，县委召开…: a tally's cutoff day dates nothing held; a later day of the sentence may
            later = _DATE.search(sentence, m.end())
            if later is None:
                return None, None, None
            m = later
        next_day = _NEXT_DAY_HELD.search(sentence, m.end())
        if next_day and not _HELD_VERB.search(sentence, *clause_bounds(sentence, m.start())):
            # 5月7日晚，县长…检查防汛工作，次日上午主持召开…调度会: the day after the one written
            day = self.date_of(doc, sentence[: next_day.start()], reference)[0]
            later = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat() if day else None
            return later, next_day["day"], _time_of_day(next_day["part"] or "")
        m = _past_lead_clause(sentence, m)
        date_line = "年" in m.group() and _DATE_LINE_BEFORE_DAY.match(sentence, m.end()) is not None
        if not _DATELINE_AFTER_DATE.match(sentence[m.end() :]) and not date_line:
            held = _held_clause_date(sentence, m)
            if held is None:
                return self.festival_of(doc, sentence, reference)
            m = held
            lead_start, lead_end = clause_bounds(sentence, m.start())
            if ((_LEAD_CLAUSE.match(sentence, lead_start) and _OCCASION_AHEAD.search(sentence, m.end(), lead_end))
                    or _WELCOMING_LEAD.match(sentence, lead_start) or _festival_own_eve(sentence, m)) \
                    and not _HELD_AFTER_DATE.match(sentence, m.end()):
                # 在5月1日国际劳动节即将到来之际，…召开; 为迎接7月1日建党节，…; 7月1日前夕，…: the day ahead, not the meeting's
                return None, None, None
        if _VAGUE_DATE.fullmatch(m.group()):
            # 近日（5月6日）, 日前(5月6日): the day stated in brackets
            stated = _OPEN_BRACKET.match(sentence[m.end() : m.end() + 1]) and _DATE.match(sentence, m.end() + 1)
            if stated and not _VAGUE_DATE.fullmatch(stated.group()):
                m = stated
        byline = next((b for b in _BYLINE_BRACKET.finditer(sentence) if b.start() <= m.start() < b.end()), None)
        if byline:
            # 本报讯（记者 张三 2024年5月8日）6日，…: the report's date; the account's follows the bracket
            later = _DATE.match(sentence, byline.end())
            if later is not None and _LEAD_DATE_AFTER.match(sentence, later.end()):
                m = later
        dateline: str | None = None
        if date_line or _DATELINE_AFTER_DATE.match(sentence[m.end() :]):
            # 新华社北京3月5日电（记者 王某）…会议5日上午在…开幕: the meeting's own date after the
            # dateline's; a day alone is read against the dateline's date
            own = _DATE.search(sentence, m.end() + 1)
            if own is not None:
                # (新华社北京5月8日电 记者8日从国家林草局获悉，国家林草局日前召开…: the day the reporter learnt
                # of it is no day of the meeting; the account's own date, 日前 here, is read instead)
                own = _past_reporter_clause(sentence, own)
                if own is None:
                    return None, None, None
            # (close after the dateline, or in the clause that holds the meeting after a source: 中新网北京5月7日电
            # 据农业农村部网站消息，全国…会议近日在湖南长沙召开)
            if own is not None and _VAGUE_DATE.fullmatch(own.group()) and (
                    own.start() - m.end() <= DATELINE_GAP or _held_on(sentence, own)):
                # (要求…在3月8日前: a deadline, not the day held; 部署5月20日开始的夏收工作: a day in what the meeting
                # dealt with, whose clause holds no meeting and opens no account)
                stated = next((d for d in _DATE.finditer(sentence, own.end()) if not _VAGUE_DATE.fullmatch(d.group())
                               and not _BEFORE_OR_AFTER_AHEAD.match(sentence[d.end() :])
                               and (_held_on(sentence, d) or _opens_account(sentence, d))), None)
                if stated is None:
                    # 新华社北京1月8日电 近日，…召开…: the report is dated, the meeting is not
                    return None, own.group(), _time_of_day(sentence[own.end() :])
                own = stated  # (记者日前从教育部获悉，教育部5日召开…: the day the meeting was held)
            if own is not None and not _VAGUE_DATE.fullmatch(own.group()):
                dateline = m.group()
                m = own
        date_text = m.group().replace(" ", "")  # 3 月 5 日
        bracketed = _TODAY_BRACKETED.fullmatch(date_text)
        # 今天(10月15日): the date written in the brackets is the one read; 今日（九月十日） stays the date_text as
        # written, like 今（15）日 (not 今晚（七月一日）: the time of day is no part of it)
        written = date_text
        if bracketed:
            date_text = bracketed["date"]
            inner = m.start() + bracketed.start("date")
            # (今日（九日）: a day alone in Chinese numerals is read where it stands, not searched for further on)
            m = _DATE.match(sentence, inner) or _BRACKETED_DAY.match(sentence, inner)
            written = bracketed.group() if bracketed.group()[1] != "晚" else date_text
        week = _WEEKDAY_REF.fullmatch(date_text)
        if week:  # 上周五: the weekday of the week before the publication date's
            time_of_day = _time_of_day(sentence[m.end() :])
            if reference is None:
                return None, written, time_of_day
            weekday = "一二三四五六日".index(week["d"].replace("天", "日"))
            if week["w"] is None:  # 星期五上午 alone: the last such day up to the publication date
                day = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
            else:
                monday = reference - dt.timedelta(days=reference.weekday() + (7 if week["w"] == "上" else 0))
                day = monday + dt.timedelta(days=weekday)
            return day.isoformat(), written, time_of_day
        parse_text = date_text.replace("号", "日").replace("元月", "1月").replace("上个月", "上月")  # 3月9号, 元月5日
        parse_text = _DOTTED_MONTH_DAY.sub(r"\1月\2日", parse_text)  # 【5.8】, 5/20: 5月8日, 5月20日
        parse_text = _BRACKETED_DAY_TIAN.sub(r"\1日", parse_text)  # 今（8）天: 今（8）日
        # 本（5）月8日, 上（4）月28日: the month written in brackets (Taiwan copy)
        parse_text = _BRACKETED_MONTH.sub(r"\1月", parse_text)
        first_day = re.match(rf"({DATE_NUMBER})日?(?:[至到\-—~－～、]{DATE_NUMBER})?日$", parse_text)
        shift = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "大前天": -3}.get(parse_text)
        if shift is None and reference is not None:
            # (今晚, 昨晨, 前晚: the day word before a time of day is read alone, 今 / 昨 / 前, and shifts the same
            # under a dated page's dateline; not on an undated page, whose year would be a guess from the text: a
            # sentence probe's 今晚 keeps no date)
            shift = {"今": 0, "昨": -1, "前": -2}.get(parse_text)
        governing = False
        if shift is not None and dateline is None:
            # (本报北京3月5日讯 …今年以来，…。今天上午，…召开: a later sentence of the body is under the dateline too;
            # without a publication date only a year the text makes certain, _certain_year: the year written most
            # often on the page, read before, lowered the undated 1998 pages' scores)
            dateline = _governing_dateline(doc.clean_text, sentence, m)
            governing = dateline is not None
        if dateline and shift is not None:
            # (新华社杭州3月2日电 省作协昨天举行…: yesterday of the report's own date, the 1st)
            on = self._dateline_day(doc, dateline, sentence, reference, certain=governing)
            if on:
                day_held = dt.date.fromisoformat(on) + dt.timedelta(days=shift)
                return day_held.isoformat(), written, _time_of_day(sentence[m.end() :])
        if dateline and first_day:
            # (新华社北京5月1日电 …30日上午: the 30th before the dateline's 1st, in April; 10日至11日: the 10th)
            on = self._dateline_day(doc, dateline, sentence, reference)
            day = parse_date(first_day[1] + "日")
            resolved_day = resolve_date(day, dt.date.fromisoformat(on)) if on and day else None
            if resolved_day is not None:
                return resolved_day.isoformat(), written, _time_of_day(sentence[m.end() :])
        roc_digits = _ROC_DATE.match(date_text)
        roc = roc_digits or _ROC_CN_DATE.match(date_text)
        if roc and not date_text.startswith(("民国", "中华民国")):
            # 113年12月20日: a year of 100-149 in digits with its month and day is a Republic-of-China date on any page
            # (no report holds a meeting in the year 113; a Taiwan county's release may name no place of Taiwan); in
            # Chinese numerals (一一三年三月五日) only in a Taiwan article, elsewhere only the day counts
            taiwan = roc_digits is not None or len(TAIWAN.findall(doc.clean_text)) >= 2
            parse_text = ("民国" + date_text) if taiwan else date_text[roc.end() :]
        time_of_day = _time_of_day(sentence[m.end() :])
        if bracketed and bracketed.group()[1] == "晚":
            time_of_day = "晚上"  # 今晚（七月一日）: the evening, told before the date in brackets
        numeric = _NUMERIC_DATE.fullmatch(parse_text)
        first = parse_text if numeric else _DATE_RANGE_SEP.split(parse_text)[0]
        if re.fullmatch(rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}|{DATE_NUMBER}", first):
            first += "日"  # 5月10-12日, 10—12日, 十至十二日: the day range shares the final 日
        # 今（15）日 / 昨（14）日 (Taiwan style) and 本月10日 name the day of the month.
        # (今（28）晚: the evening of the 28th)
        first = _BRACKETED_DAY_ONLY.sub(lambda d: (d[1] or d[2]) + "日", first)
        first = _BRACKETED_MONTH_DAY.sub(r"\1日", first)
        this_month = _THIS_MONTH_DAY.fullmatch(parse_text)
        day_number = parse_number(this_month[1]) if this_month and reference is not None else None
        if day_number:
            first = f"{reference.month}月{int(day_number)}日"  # 本月21日 is in the publication month, even after its day
        last_month = _LAST_MONTH_DAY.fullmatch(first)
        if last_month and reference is not None:  # 上月28日, 上月二十八日: the day in the month before the publication date's
            month_start = reference.replace(day=1) - dt.timedelta(days=1)
            try:
                return month_start.replace(day=int(parse_number(last_month[1].replace("廿", "二十").replace("卅", "三十")) or 0)).isoformat(), \
                    written, _time_of_day(sentence[m.end() :])
            except ValueError:
                return None, written, _time_of_day(sentence[m.end() :])
        value = parse_date(first + "日" if first in ("今", "昨", "前") else first)
        if value is None:
            return None, written, time_of_day
        ref = reference
        if ref is not None and first_day and not dateline and value.month is None and value.day is not None:
            # 5月6日，市考核组到县开展考核。8日上午，县委召开…: the month of the date told just before
            told = self._day_after_told_date(doc, sentence, m.start(), value.day, ref)
            if told is not None:
                return told.isoformat(), written, time_of_day
        if ref is None and value.month is None and value.day is not None and value.relative_days is None:
            # 十一月五日至六日，…。六日上午，…: the month (and year) of the last full date written before
            value = self._month_from_context(doc, sentence, value) or value
        if ref is None and value.month is None:
            return None, written, time_of_day  # 今（15）日 with no publication date: the month is unknown
        if ref is None and value.year is None:
            year = self.year_from_text(doc, sentence, value.month)
            if year is not None:
                try:
                    ref = dt.date(year, 12, 31)
                except ValueError:
                    ref = None
        resolved = resolve_date(value, ref) if (ref is not None or value.year is not None) else None
        prior = _PRIOR_YEAR.search(sentence, 0, m.start())
        if prior and value.year is None and value.month is not None:
            # 去年3月20日: the year before the publication's (前年: two before), written with the date
            written = prior.group() + written
            named = [int(y) for y in _YEAR_IS.findall(doc.clean_text)]
            # (the year before the publication's, or before the current year the text names: 2024年是…;
            # a year read from the meeting's own words is its year already)
            base = reference.year if reference is not None else (max(named) if named else None)
            if resolved is not None and base is not None:
                try:
                    resolved = resolved.replace(year=base - (1 if prior.group() == "去年" else 2))
                except ValueError:
                    resolved = None
        return (resolved.isoformat() if resolved else None), written, time_of_day

    def _dateline_day(self, doc: Document, dateline: str, sentence: str, reference: dt.date | None,
                      certain: bool = False) -> str | None:
        """The day of a dateline (新华社长沙1月16日电), its year read from the whole sentence when no
        publication date gives it (…诞辰90周年纪念大会今天…举行). ``certain``: the dateline heads an earlier
        sentence, and only a year the text makes certain counts (_certain_year): the year written most often
        in such a text is often an older event's (基金设立于1987年), the undated 1998 pages showed."""
        if certain and reference is None:
            value = parse_date(dateline)
            if value is None or value.month is None or value.day is None:
                return None
            year = value.year or _certain_year(doc.clean_text, sentence, value.month)
            try:
                return dt.date(year, value.month, value.day).isoformat() if year else None
            except ValueError:
                return None
        on = self.date_of(doc, dateline, reference)[0]
        value = parse_date(dateline)
        if reference is None and value is not None and value.year is None and value.month is not None:
            year = self.year_from_text(doc, sentence, value.month)
            try:
                on = dt.date(year, value.month, value.day).isoformat() if year and value.day else on
            except ValueError:
                pass
        return on

    def _day_after_told_date(self, doc: Document, sentence: str, at: int, day: int, reference: dt.date) -> dt.date | None:
        """The date of a day without a month (``at``: its offset in ``sentence``) told after a full date in a
        forward account (5月6日，…考核。8日上午，…召开 is 5月8日 in an article of 6月10日): the day in that
        date's month, or in the month after when it is smaller (3月29日…。2日… is 4月2日).

        The date told is the last one written before the day in its paragraph, or in the sentence before when
        the day's sentence opens its paragraph; days without a month in between are passed over. ``None``
        (the publication date's month rules) when none is written, when the last one is a dateline
        (…6月1日电), a relative or vague day (昨天, 近日) or a deadline (5月20日前), or when the day found lies
        after the publication date or more than NARRATIVE_DAY_WINDOW_DAYS before it."""
        text = doc.clean_text
        start = text.find(sentence)
        if start < 0:
            return None
        at += start
        paragraph = text.rfind("\n", 0, at) + 1
        window = paragraph
        if not text[paragraph:start].strip():
            # (the sentence before, at the end of the paragraph before)
            head = text[:paragraph].rstrip()
            window = start_after(head, len(head) - 1, "。！？\n")
        told = None
        for d in reversed(list(_DATE.finditer(text, max(window, at - MONTH_CONTEXT_CHARS), at))):
            if _FROM_DATE_AFTER.match(text, d.end()):
                continue  # (5月20日前完成: a deadline, no day of the account)
            if _BARE_DAY.fullmatch(d.group()):
                continue  # (5月6日…。7日…。8日…: the month is the full date's)
            if "月" not in d.group() or _DATELINE_AFTER_DATE.match(text[d.end() :]):
                return None  # (昨天, 近日, 上周五: no month told; 新华社北京6月1日电: the dateline rules)
            written = parse_date(_RANGE_TAIL.sub("", d.group()))
            if written is not None and written.year is not None and written.year != reference.year:
                continue  # (2023年11月20日，国务院印发…。6日，市政府召开… on a 2024 page: background, not the account)
            told = d
            break
        if told is None:
            return None
        on = self.date_of(doc, told.group(), reference)[0]
        if on is None:
            return None
        before = dt.date.fromisoformat(on)
        try:
            if day >= before.day:
                held = before.replace(day=day)
            else:  # (3月29日…。2日…: the month after)
                held = (before.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
        except ValueError:
            return None
        if held.month != before.month and (held.year != before.year or _ACCOUNT_BREAK.search(text, told.end(), at)):
            return None  # (12月28日…。6日: no roll into another year; 3月29日…。今年以来，…。2日: the account broke off)
        if not reference - dt.timedelta(days=NARRATIVE_DAY_WINDOW_DAYS) <= held <= reference:
            return None
        return held

    @staticmethod
    def _month_from_context(doc: Document, sentence: str, value: DateValue) -> DateValue | None:
        at = doc.clean_text.find(sentence)
        if at <= 0:
            return None
        before = [parse_date(_RANGE_TAIL.sub("", m.group())) for m in _DATE.finditer(doc.clean_text, max(0, at - MONTH_CONTEXT_CHARS), at)]
        full = [v for v in before if v is not None and v.month is not None and v.relative_days is None]
        if not full:
            return None
        return dataclasses.replace(value, month=full[-1].month, year=value.year or full[-1].year)

    @staticmethod
    def lunar_date_of(sentence: str, reference: dt.date | None) -> tuple[str | None, str | None, str | None]:
        """A lunar date (腊月二十三, 农历三月初三, 正月初八): the last such day up to the publication
        date (via ``lunardate``); without one the year is unknown."""
        m = _LUNAR_DATE.search(sentence)
        if not m:
            return None, None, None
        time_of_day = _time_of_day(sentence[m.end() :])
        month_text, day_text = m["mn"] or m["ml"] or m["mi"] or "正", m["d"] or m["di"] or m["dn"]
        month = _LUNAR_MONTHS.get(month_text) or int(parse_number(month_text) or 0)
        day = int(parse_number(day_text.replace("初", "").replace("廿", "二十")) or 0)
        if reference is None or not (1 <= month <= 12 and 1 <= day <= 30):
            return None, m.group(), time_of_day
        from lunardate import LunarDate  # imported on first use

        days = []
        for year in (reference.year, reference.year - 1):
            try:
                days.append(LunarDate(year, month, day).to_solar_date())
            except ValueError:
                continue
        past = [d for d in days if d <= reference]
        return (max(past).isoformat() if past else None), m.group(), time_of_day

    @staticmethod
    def _named_before(text: str, short: str, at: int) -> str | None:
        """The full name of a body written earlier (澳门基金会…。同日，基金会举行…) when the organizer ``short`` is
        only its bare kind, an association's word (基金会, 协会, 总工会): the back-reference names that body (§3), the
        nearest such name opening a sentence or clause before ``at``; else None."""
        if not _BARE_BODY_KIND.fullmatch(short):
            return None
        names = [m["name"] for m in re.finditer(rf"(?:^|(?<=[。！？；，\n]))\s*(?P<name>[\u4e00-\u9fff]{{2,10}}?{short})",
                                                text[:at])]
        names = [n for n in names if not _BACK_REFERENCE_OPENING.match(n)]
        return names[-1] if names else None

    @staticmethod
    def _labelled_organizer(doc: Document, meeting: dict[str, Any]) -> str | None:
        """The body a roundup item is labelled with when the item holds its meeting with no subject
        (【县统计局】5月7日，召开统计执法检查工作部署会。: 县统计局 held it, GUIDELINES §3 organizer); ``None`` when the
        label names no body (【工作动态】, 【各县区】) or the item tells anything between its day and the verb (局长…参加…)."""
        start = meeting["evidence"]["clean_start"]
        line_start = doc.clean_text.rfind("\n", 0, start) + 1
        line_end = doc.clean_text.find("\n", start)
        line = doc.clean_text[line_start : line_end if line_end >= 0 else len(doc.clean_text)]
        label = _ITEM_LABEL.match(line)
        if label is None:
            return None
        at = line.find(meeting["name"], label.end())
        if at < 0 or not _HELD_BARE.fullmatch(line, label.end(), at):
            return None
        return label["org"]

    def _shifted_day(self, doc: Document, meeting: dict[str, Any], reference: dt.date | None, offset: int,
                     known: Sequence[dict[str, Any]] = ()) -> str | None:
        """The day of a meeting told relative to the day named just before it (5月23日，…。前一天，…召开… is
        5月22日: ``offset`` -1; 次日 the day after: 1; 当天 that day: 0): the nearest day something took place written
        before the meeting's sentence (:func:`_last_told_day`), not the main meeting's. ``None`` when that date is
        vague or none is written (近日，…。前一天，…). A day that gives no date alone is the date of one of ``known``
        (meetings already dated) told with it in its own sentence (2024上海国际金融论坛30日在沪开幕。…第二天，…: the
        year the forum's sentence gave)."""
        start = meeting["evidence"]["clean_start"]
        told = _last_told_day(doc.clean_text, max(0, start - CONTEXT_BEFORE_CHARS), start)
        if told is None or _VAGUE_DATE.fullmatch(told.group()):
            return None
        day = self.date_of(doc, told.group(), reference)[0]
        if day is None:
            day = next((m["date"] for m in known if m["date"] and m["date_text"] == told.group()
                        and m["evidence"]["clean_start"] <= told.start() < m["evidence"]["clean_end"]), None)
        if day is None:
            return None
        return (dt.date.fromisoformat(day) + dt.timedelta(days=offset)).isoformat()

    def festival_of(
        self, doc: Document, sentence: str, reference: dt.date | None
    ) -> tuple[str | None, str | None, str | None]:
        """A festival as the date (元宵节当天): the year from the reference or the text, the
        year before when the festival falls after the publication date."""
        m = _FESTIVAL.search(sentence)
        if _NUMBERED_DAY_DOT.search(sentence):
            # (the leftmost of the two, as one pattern would find; they never open at one place)
            numbered = _NUMBERED_DAY.search(sentence)
            if numbered and (m is None or numbered.start() < m.start()):
                m = numbered
        if not m:
            return self.lunar_date_of(sentence, reference)
        time_of_day = "晚上" if m.group().endswith(("当晚", "夜")) else _time_of_day(sentence[m.end() :])
        if m.re is _NUMBERED_DAY:
            return self._numbered_day(doc, sentence, m, reference), m.group(), time_of_day
        festival = m["name"] or m["day"] or (m["short"] and m["short"] + "节") or FESTIVAL_NUMBERS[m["number"]]
        month = COMMEMORATIVE_DAYS[festival][0] if m["day"] else FESTIVALS[festival][0]
        year = reference.year if reference else self.year_from_text(doc, sentence, month)
        if year is None:
            return None, m.group(), time_of_day
        shift = dt.timedelta(days=_FESTIVAL_SHIFT.get(m["shift"] or "", 0))
        day = festival_date(festival, year)
        if day is not None and reference is not None and day + shift > reference:
            day = festival_date(festival, year - 1)
        day = day + shift if day is not None else None
        return (day.isoformat() if day else None), m.group(), time_of_day

    def _numbered_day(self, doc: Document, sentence: str, m: re.Match[str], reference: dt.date | None) -> str | None:
        """The day a name by month and day gives (“3·15”当天): the reference's year, the year before when the day falls
        after it; else the year from the text."""
        month, day = int(m["nm"]), int(m["nd"])
        year = reference.year if reference else self.year_from_text(doc, sentence, month)
        if year is None:
            return None
        try:
            found = dt.date(year, month, day)
            if reference is not None and found > reference:
                found = dt.date(year - 1, month, day)
        except ValueError:
            return None
        return found.isoformat()

    # -- the extractor ---------------------------------------------------------------------

    def __call__(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]], reference: dt.date | None
    ) -> list[dict[str, Any]]:
        meetings: list[dict[str, Any]] = []
        headings: list[bool] = []  # per meeting: read from a subtitle-like line
        simultaneous: list[bool] = []  # per meeting: 同时举行, with no date of its own
        headline_activities: set[int] = set()  # starts of sentences whose 活动 is kept for the headline naming it
        title = doc.meta.get("title") or ""
        sentences = _split_following(sentences)
        for index, sentence in enumerate(sentences):
            text = _without_lead_reference(sentence.text)
            if text.strip() == title.strip() or text.rstrip().endswith(("？", "?")):
                continue  # (请问这次博览会是在什么地方举行的？: a question reports nothing)
            found = self.match(text)
            if not found or in_heading_list(doc.clean_text, sentence.start):
                continue  # (an item of a list of other articles' headlines is none of this article's)
            m, kind = found
            if _planned_in(text, m.start(), m.end()):
                continue  # 我县将召开…; but 县委召开常委会，决定召开…大会 holds the first one
            if kind == "attributive" and any(w in text for w in self.lex.relay_before_name):
                continue  # 传达…在…召开的…会议上的讲话精神: the source of relayed remarks
            if _SPIRIT_AFTER.match(text, m.end()):
                continue  # …两会胜利闭幕后，全国两会精神在我县…引起热烈反响: the source of the spirit (§3)
            name = "会议" if m.re is self.met else _TALKS_AFTER_VISIT.sub("", self.clean_name(m["name"]))
            if kind == "passive":
                name = _DECIDED_LEAD.sub("", name)  # (经县委研究决定全县经济工作会议于…召开: the decision no part of it)
            name, quoted_org = self._balance_quotes(text, m, name)
            own_day = None  # (自5月8日…会议召开以来: the day inside the time phrase, the meeting's own)
            if _AROUND_HOLDING.match(text, m.end()):
                if (dated := _AROUND_OPENING_DAY.match(name)) is not None:
                    own_day, name = dated["day"], name[dated.end() :]
                name = _AROUND_OPENING.sub("", name)  # 在全省两会召开前夕: the time phrase's opening word
            widened = _BRACKETED_KIND_MEETING.match(text[m.end("name") :])
            if widened:
                name += widened.group()  # 常委会（扩大）会议: the bracketed kind and its noun are part of the name
            org = self.clean_org(m.groupdict().get("org")) if kind in ("active", "plain", "attended") else None
            if org and _WORKS_CEREMONY.search(name) and (plant := _NUMBERED_PLANT_END.search(org)):
                # 力晶光电新竹第三厂(举行投产典礼), 华信集团第二工厂(举行竣工仪式): the plant is what the ceremony is about,
                # like a new school building; the company it belongs to holds it, else no one named (GUIDELINES §3,
                # ninth round); a town between them (新竹) is where the plant stands
                owner = _PLANT_OWNER.match(org, 0, plant.start())
                # (江城化工二厂, 江城纺织二厂: a bare number right after the trade names a works of its own, as
                # 北京化工二厂 is; 第二工厂, 新厂, 集团二厂 and a town between are a company's plant)
                if not (owner and plant.group()[0] not in "第新" and "期" not in plant.group()
                        and owner.end("owner") == plant.start() and owner["owner"].endswith(_COMPANY_TRADE_WORDS)):
                    org = owner["owner"] if owner else None
            if kind == "active" and not (m["org"] or "").strip() \
                    and (lead := _DATED_SUBJECT_CLAUSE.fullmatch(text, 0, m.start("org"))) is not None:
                # 某社区发展协会于1月14日（星期日）上午9时，在活动中心召开…: the subject and its day, then the venue
                # after a comma (not 王强于5月8日，在…召开: a person's bare name, no body, GUIDELINES §3)
                org = self.clean_org(lead["org"])
                org = None if org and _BARE_PERSONAL_NAME.fullmatch(org) and not _HOLDER_END.search(org) else org
            clause_start = clause_bounds(text, m.start("name"))[0]
            if kind in ("active", "clause") and (org is None or _GOES_ON.fullmatch((m.groupdict().get("org") or "").strip())) \
                    and _GOES_ON.match(text, clause_start) \
                    and (lead := _LEAD_BODY_GATHERING.search(  # (…，随后召开…: cut off from its sentence, see _split_following)
                        doc.clean_text[start_after(doc.clean_text, sentence.start, "。！？\n") : sentence.start] + text[:clause_start])) \
                    and (body := self.clean_org(lead["org"])) and _HOLDER_END.search(body):
                org = body  # 县检察院邀请…监督员…，并召开座谈会: the body leading the sentence
            if kind == "visit" and (led := _LED_TO_VISIT.search(text, 0, m.start())):
                org = self.clean_org(led["org"])  # 经开区党工委组织…40余人，先后到…现场观摩: the body that led the visit
            if org and any(e.type == "PER" and org.endswith(e.text) and sentence.start <= e.start < sentence.end
                           for e in doc.entities):
                org = None  # 迟浩田今天下午举行欢迎仪式: a person holds it, no organization (§3)
            if org and any(len(p["name"]) >= 2 and org.endswith(p["name"]) and len(org) > len(p["name"]) + 1
                           and p["name"] in sentence.text for p in speakers):
                # 公务员事务局局长杨何蓓茵…举行记者会: a speaker's title and name, a person, not the organization
                org = None
            if kind == "active" and org and text.lstrip().startswith(_WITHIN_MEETING) \
                    and _CARRYING_OUT_END.search(text[: m.start("name")]):
                org = None  # 会上，新入职护士进行了授帽仪式: those who take part in a ceremony within the meeting
            org = org or quoted_org
            if m.re is _SESSION_DELIBERATED and (dated := _BODY_DAY_SESSION.fullmatch(name)) and self.clean_org(dated["org"]):
                # 立法会财务委员会昨日（22日）会议通过…: the body and the day before the bare noun are no part of the name
                org, name = self.clean_org(dated["org"]), dated["name"]
            if org and (level := _THIS_REGION.fullmatch(org)):
                # 清河镇党委召开…。1月5日，该镇还召开了…: the place named before (kept as written when none is)
                named = [n["name"] for n in re.finditer(r"(?:^|(?<=[，。；、\s：:（(从在于据对由与和向]))(?P<name>(?![该本我全各此每])"
                                                        rf"[\u4e00-\u9fff]{{2,4}}?{level[1]})", doc.clean_text[: sentence.start])]
                org = named[-1] if named else org
            unit = _ANAPHOR_UNIT.fullmatch(org) if org else None
            if (org is None or unit) and kind in ("active", "plain") \
                    and (anaphor := _BODY_ANAPHOR.search(text, 0, m.start("name"))):
                # 市第二中学近日举办家长会。5月7日，该校召开…: the school named before (none named: no organizer), in the
                # same sentence or the one before it (记者从江城市第一中学获悉，该校日前召开…, GUIDELINES §3 tenth round)
                previous = start_after(doc.clean_text, max(0, start_after(doc.clean_text, sentence.start, "。！？\n") - 1),
                                       "。！？\n")
                org = self._named_body_before(doc.clean_text[previous : sentence.start] + text[: anaphor.start()],
                                              anaphor["kind"])
                # (记者从江城医科大学获悉，该校公共卫生学院召开…: a unit of the body named before, written after it)
                org = self.clean_org(org + unit["unit"]) if org and unit else org
            if kind == "active" and _ELLIPTICAL_SESSION.fullmatch(name) and (body := _SESSION_BODY.search(org or "")):
                name = body.group() + name  # 市人大常委会党组召开（扩大）会议: 党组（扩大）会议
            if kind == "plain" and (org is None or (org.endswith("会") and not org.endswith(_ORG_ENDING_HUI))) \
                    and not _PERSON_SUBJECT.search(_CHAIRING_END.sub("", (m["org"] or "").strip())) \
                    and not _REGION_CHAR.fullmatch(m["org"] or "") \
                    and (m["org"] or "").strip() not in _GENERIC_BODIES \
                    and not (m["name"] == "大会" and _CROWD_SUBJECT.search((m["org"] or "").strip())):
                # 会上召开会议, 大会举行会议: no organization holds it (县长李明今天召开会议, 市长王刚主持召开会议:
                # a person does; 首都各界今天召开大会: the people gathered hold it, with no organizer)
                continue
            if kind == "plain" and title:
                # 我县召开2024年防汛工作会议 (headline) over …我县召开会议，安排部署…: the headline's proper name,
                # when the headline's meeting is held by the same body
                titled = self.match(title)
                head_org = self.clean_org(titled[0]["org"]) if titled and titled[1] == "active" else None
                if (titled and titled[1] in ("active", "passive", "bare") and not _planned_in(title, 0, len(title))
                        and (head_org is None or head_org == org)):
                    name = self.cleaned_name(titled[0]["name"])
            if kind in ("active", "plain") and ((m["org"] or "").endswith("主持") or (m["loc"] or "").endswith("主持")):
                org = None  # 市委书记王某主持召开…: a person chairs it (the host), no organizer is named
            visited = re.search(r"(?<=[\u4e00-\u9fff]{2})(?:" + _GOING_TO + "|走进|走入|来到|深入(?:到)?)"
                                + r"(?![^，。；,;]*(?:" + _ORG_SUFFIX_END + r"|调研|考察|视察|检查|督导|并))(?P<place>[^，。；,;到赴]{2,20})$",
                                m.groupdict().get("org") or "") \
                if kind == "active" else None
            # (县委书记江河到城南片区召开现场办公会, 镇党委书记深入石桥村召开院坝会: the place gone to is where it is
            # held; not 深入基层, 到一线: a manner of working, no place)
            visit_place = self.clean_location(visited["place"]) \
                if visited and not _NO_PLACE_GONE_TO.fullmatch(visited["place"]) else None
            if visit_place is None and kind in ("active", "lecture"):
                visit_place = self._venue_before(doc, sentence, kind, m, text)
            if kind == "active" and _OFFICIATING_END.search(text[: m.start("name")]):
                org = None  # 政务司司长陈国基今日…主礼…颁奖典礼: the officiating guest, not the organizer
            # (由东山村“两委”主办的…: the agent is read whole below, not cut at its quote mark as a prefix)
            if kind in ("passive", "bare") and not _HOSTED_BY.match(name):
                short = _SHORT_ORG_PREFIX.match(name)
                themed = self._theme_holder(doc, sentence, name)
                prefixed = None if themed else _ORG_PREFIX.match(name) or (short if short and self.clean_org(short["org"]) else None) \
                    or self._level_prefix(name) or self._brand_prefix(doc, sentence, name) or _LECTURE_GROUP_PREFIX.match(name) \
                    or (_COLLEGE_PREFIX.match(name) if _UNIVERSITY_TOLD.search(doc.clean_text) else None)
                # (学校与华为技术有限公司战略合作协议签约仪式: two parties, the name whole)
                if themed:
                    org, name = themed  # 华星科技以“智造未来”为主题的…经销商大会: the holder, the name after the theme
                elif prefixed and (_TERM_SESSION.fullmatch(name, prefixed.end("org")) or (
                        _BODY_CONGRESS.fullmatch(name, prefixed.end("org")) and _CONGRESS_BODY_END.search(prefixed["org"]))) \
                        and not _not_an_organizer_prefix(prefixed["org"], name[prefixed.end("org") :]):
                    # 市总工会十五届五次全委会议: the body's session, the name whole; 县科学技术协会第九次代表大会: the body's
                    # own congress, likewise (GUIDELINES §3 eleventh review round)
                    org = self.clean_org(prefixed["org"])
                elif prefixed and not _SESSION_ONLY.fullmatch(name[prefixed.end("org") :]) \
                        and not _OTHER_PARTY.match(name, prefixed.end("org")) \
                        and not _two_parties(prefixed["org"], name[prefixed.end("org") :]) \
                        and not _not_an_organizer_prefix(prefixed["org"], name[prefixed.end("org") :]):
                    # 民进市委会第十二期新会员培训班: the organizer written before the name (not the body of
                    # 十四届全国人大常委会第九次会议, a session named by its body)
                    # (文学院“读书分享会”在…举行: a quote mark left alone at the start of what remains enclosed
                    # the whole name and goes, GUIDELINES §3)
                    org, name = self.clean_org(prefixed["org"]), self.clean_name(name[prefixed.end("org") :])
                elif not prefixed and (body := _CEREMONY_AFTER_BODY.match(name)) and self.clean_org(body["org"]) \
                        and not _PARTIES_JOINED.search(body["org"]) \
                        and not _OTHER_PARTY.match(name, body.end("org")) \
                        and not _not_an_organizer_prefix(body["org"], name[body.end("org") :]):
                    # 某某公司捐赠仪式在县教育局举行: the body before a ceremony's name holds it
                    org, name = self.clean_org(body["org"]), name[body.end("org") :]
                elif not prefixed and (held_by := self._place_holder(name)) is not None:
                    org, name = held_by  # 东城区民营经济发展大会在…举行: the district holds it (GUIDELINES §3 eighth round)
                # 我市全民健身月启动仪式在…举行: 我市 names no organizer (我市与京东集团…签约仪式: nor the party with it)
                name = _OWN_PLACE_PREFIX.sub("", _OWN_BODY_AND_PARTY.sub("", name))
            hosted = _HOSTED_BY.match(name)
            if hosted is None and kind == "attended" and m["hosted"]:
                hosted = _HOSTED_BY.match(m["hosted"] + name)  # 出席由市体育局主办的…开幕式: the agent of 主办
                # (出席了由中国人民外交学会举行的欢迎宴会: the agent of 举行 after 由 holds it as well)
                hosted = hosted or _HELD_BY_AGENT.match(m["hosted"] + name)
            if hosted and hosted["verb"] in _BACKING_VERBS and not _HOST_BEFORE.search(text, 0, m.start("name")):
                hosted = None  # 省交通运输厅指导的…年会 with no host before: left as written
            if hosted and kind != "active":
                name, org = self.clean_name(hosted["name"]), self.clean_org(hosted["org"])
                # 由北京知道创宇联合知乎网主办的…: two hosts (not 华夏文博联合会, 联合国, 澳门街坊会联合总会: a name)
                org = _JOINTLY_INSIDE.sub("、", org) if org else org
                if org and hosted["verb"] in ("联合主办", "共同主办", "合办"):
                    org = _joint_hosts(org)  # 由市金融办和人民银行某某市分行共同主办的…: two hosts, listed
                helper = hosted["verb"] in _HELPER_VERBS
                host_before = _HOST_BEFORE.search(text, 0, m.start("name")) if helper else None
                if host_before:
                    org = self.clean_org(host_before["org"])  # 由上海市法学会主办，我校法学院承办的…: who hosts
                    if org and _JOINTLY_HOSTED_END.search(host_before.group()):
                        org = _joint_hosts(org)  # 由甲和乙联合主办，丙承办的…: two hosts, listed
                elif helper:
                    org = None  # 由市农科院承办的…论坛: a helper, not the organizer (GUIDELINES §3)
            if kind == "active" and org and (_SESSION_ONLY.fullmatch(m["name"]) or (
                    _BODY_CONGRESS.fullmatch(m["name"]) and _CONGRESS_BODY_END.search(org))):
                # 县人大常委会举行第十八次会议: the body is part of the name (县科协召开第九次代表大会: its own congress,
                # GUIDELINES §3 eleventh review round)
                name = org + m["name"]
                written = _TERM_IN_BODY.search(m["org"] or "")
                if written and written["place"] + written["body"] == org:
                    # 市十五届人大常委会举行第十次会议: the name keeps the term as written, the organizer does not
                    # (GUIDELINES §3 tenth review round)
                    name = written.group() + m["name"]
                if _A_SESSION.search(org):
                    org = None  # 县十八届人大三次会议举行第二次全体会议: a session holds the sitting, no body is named
            elif kind == "active" and m["name"] in _CEREMONY_OF and (
                    event := self._event_subject(m["org"] or "", org)) is not None:
                name, org = event + m["name"], None  # 1998年北京科技周今天…举行了开幕式: the event's own ceremony
                prefixed = _ORG_PREFIX.match(name)
                if prefixed and not _not_an_organizer_prefix(prefixed["org"], name[prefixed.end("org") :]):
                    # 县委党校2024年春季中青年干部培训班举行开班式: the school holds the class
                    # (文学院“读书分享会”在…举行: a quote mark left alone at the start of what remains enclosed
                    # the whole name and goes, GUIDELINES §3)
                    org, name = self.clean_org(prefixed["org"]), self.clean_name(name[prefixed.end("org") :])
            name = self.strip_generic_prefix(name)
            if name in _TALKS or m.re is _SIDES_TALK or (kind == "active" and m["name"] in ("首发式", "首映式")):
                # 甲同乙举行会谈: talks have parties, not an organizer (苏铁邮票…举行首发式: nor is the thing launched)
                org = None
            if (self._no_name(name) and kind not in ("plain", "receiving", "reception") and m.re is not _SIDES_TALK) \
                    or name.startswith("的") or _CONCERT.search(name) \
                    or _fair_only(name) or _KIND_OF.match(name):
                # 成功举办了8次会议: a tally; 在…中进行的…会议: an attributive phrase; 设开幕式、特邀报告…: a list
                continue
            if name in _DAY_NEEDING_HEADS and self.date_of(doc, text, reference)[1] is None:
                continue  # 他们南上北下，为客户举办讲座: a service told without a day, no lecture reported (§3: campaigns)
            if FESTIVAL_CELEBRATION.search(name.rstrip("”」』")) and _activity_only(name, text[m.end("name") :]) \
                    and not _activity_programme(doc, sentences, index, _HONOURS_PROGRAMME):
                continue  # 举办…丰收节庆祝活动，副县长致辞: a festival celebrated, no ceremony named (GUIDELINES §3)
            if _MIXER_ACTIVITY.search(name.rstrip("”」』")):
                continue  # 举办单身青年联谊活动，200余名青年参加: a social mixer, an activity, no meeting (§3 thirteenth round)
            if _activity_only(name, text[m.end("name") :]) and self.attendees(text, patterns=self._gathering_attendance)[0] is None \
                    and not _activity_programme(doc, sentences, index):
                if self._headline_event(title, name):
                    # (the headline's event, read from the body in place of the headline alone, below)
                    headline_activities.add(sentence.start)
                else:
                    # …纪念活动在…举行, 举行选举宣传活动: 活动 names no meeting (GUIDELINES §3); a gathering whose
                    # attendance is stated is one held (…告别活动举行，共有300人参加), as is one where someone hosts,
                    # speaks or confers honours (…敬老活动。县委副书记王某出席活动并致辞; …庆祝活动，为12名队员颁发奖章)
                    continue
            if kind == "visit" and (_DURING_TRAINING.search(text, 0, m.start())
                                    or (m["name"] == "现场教学" and _TRAINEES_TAUGHT.search(text, 0, m.start()))
                                    or (_DURING_STUDY.search(text, 0, m.start()) and index > 0
                                        and _CLASS_CLOSED_OR_OPENED.search(sentences[index - 1].text))):
                continue  # 培训期间，学员赴湄潭县进行了现场教学: a part of the training programme, no meeting reported
            if self._carried_on(kind, m, name):
                continue  # 志愿服务活动在幸福社区进行: an activity carried on, no meeting named
            if kind in ("passive", "bare") and _REFERENCE_THEN_VENUE.match(name):
                continue  # 会议于7日在市总商会举行: the meeting named before, its day and venue (read as a reference)
            if kind == "active" and ((m["org"] or "").endswith("通过") or _BY_MEANS_OF.match(text, m.end())):
                continue  # 通过召开座谈会、发放征求意见表等方式征求意见: a method, not a meeting reported
            if _EACH_SUBJECT.search(text[: m.start("name")]):
                continue  # 各市召开协调会: a series held by many, not one reported meeting
            if kind == "active" and _ONE_AFTER_ANOTHER.search(text[: m.start("name")]) and not _LISTED.search(name):
                continue  # (各基层法院…，)随后几天陆续召开党组会议: one kind of meeting held over days, a series
            if kind == "active" and name.endswith("活动") and _LAUNCHED_END.search(text[: m.start("name")]):
                continue  # 县总工会启动“两节”送温暖活动: a campaign launched, no meeting (its 启动仪式 is one)
            # (县政协常委会举行专题协商, 县人大常委会举行集中学习: the session named after the verb; 市民营企业家协会举行
            # 年会, 协会举行2024年年会: a body's annual meeting)
            after = _HELD_SESSION_AHEAD.match(text[m.end():])
            if kind == "bare" and after and not (self._heads_of(name) - {"会"}):
                # 中俄友好和平与发展委员会举行会议: the subject (a body, not itself a meeting: 代表大会召开会议
                # stays the 代表大会) is the organizer, and the meeting is named after the verb
                if after["when"]:
                    continue  # …常务委员会举行会议时，…: meetings of that body in general
                body = self.clean_org(name)
                if body is not None:
                    name, org = after["held"], body
            if self._taking_part(kind, text[: m.start("name")], name):
                continue  # 参加了…选美比赛, 个人进行商业活动: competing or acting, not a meeting held
            if _DEICTIC_NAME.fullmatch(name) and (meetings or self._spoken_at_before(doc, sentence.start, name)):
                continue  # (…的讲话：今天召开这次会议，…: the meeting named before, spoken of)
            bare_before = self._bare_held_before(doc, sentences, index, name, org) if kind == "passive" else None
            if bare_before is not None and self.date_of(doc, text, reference)[1] is not None:
                bare_before = None  # (县委召开会议。6月13日，全县…推进会在…举行: a day of its own, another meeting)
            told = meetings[-1] if bare_before and meetings and meetings[-1]["evidence"]["clean_start"] == bare_before.start \
                and meetings[-1]["name"] in _BARE_MEETING_NAMES else None
            if told is not None:
                # 6月12日上午，县委召开会议。县委常委会会议在县委第一会议室举行: the bare meeting just told, named
                # here with its venue (one meeting; its date is the sentence before's)
                told["name"] = name + (widened.group() if widened and not name.endswith(widened.group()) else "")
                told["location"] = told["location"] or self.clean_location(m.groupdict().get("loc"))
                told["organizer"] = told["organizer"] or org
                continue
            # (以下是…在…上的讲话：, a line of its own that introduces the text: no subtitle)
            heading = heading_like(doc.clean_text, sentence.start) and kind != "transcript"
            # (县防汛抗旱指挥部召开会议 … 县委召开常委会会议: two bodies, two meetings)
            # (据人民日报报道，国务院日前召开常务会议。/ 本报讯 …县政府召开第28次常务会议: a cited report's meeting and
            # the article's own, held by two bodies, are two meetings)
            cited = _cited_report(sentence.text)
            # (9月2日，集团党委召开巡察工作动员会。同日，集团纪委召开巡察进驻动员会: another body, a name of its own, another
            # meeting; not a name written inside the other's, one meeting told again)
            same = next((k for k, other in enumerate(meetings) if self._same(name, other["name"])
                         and not (("会议" in (name, other["name"]) or cited != _cited_report(other["evidence"]["text"])
                                   or (name not in other["name"] and other["name"] not in name))
                                  and _other_body(org, other["organizer"]))
                         and not _places_differ(org, name, other["organizer"], other["name"])), None)
            if same is not None and kind in ("active", "passive", "bare") and len(name) > len(meetings[same]["name"]) \
                    and meetings[same]["name"] in _BARE_MEETING_NAMES and _ANOTHER_ONE.search(text[: m.start("name")]):
                # 县委召开会议，…。会后，县委又召开了全县安全生产工作会议 / 随后，全市三级干部大会召开: a second meeting
                same = None
            # (the date this mention states, read once for the checks against the earlier mention)
            stated = self.date_of(doc, text, reference) if same is not None else None
            if same is not None and kind == "active" and meetings[same]["date"] is not None \
                    and not _RANGE_MARK.search(meetings[same]["date_text"] or ""):
                # 4月26日，镇党委召开党委会议…。5月8日，镇党委再次召开党委会议: another day, another meeting
                if stated[0] is not None and stated[0] != meetings[same]["date"]:
                    same = None
            if same is not None:
                earlier = meetings[same]
                summary = headings[same] or _SUMMARY_OPENING.match(earlier["evidence"]["text"])
                # (…近日召开动员大会 / 2月20日，党中央召开…动员大会: another body's meeting dates nothing here)
                other_body = not _same_body(org, earlier["organizer"])
                # (常委会会议 / 县委常委会会议; 全县经济工作会议 / 县委经济工作会议: the same topic)
                topic_a, topic_b = set(earlier["name"]) - _NAME_FILLER - _DIGITS, set(name) - _NAME_FILLER - _DIGITS
                contained = earlier["name"] in name or name in earlier["name"] or topic_a <= topic_b or topic_b <= topic_a
                # (县委常委会会议日前召开。…上次县委常委会会议于4月15日召开: the previous one's day, not this one's)
                previous = bool(_PREVIOUS_ONE.match(m["name"]) or re.search(f"(?:{_PREVIOUS_ONE.pattern})$", text[: m.start("name")]))
                if (summary or (contained and not other_body)) and earlier["date"] is None and not previous and (
                        _no_day(earlier["date_text"]) or _VAGUE_DATE.fullmatch(earlier["date_text"])):
                    # 【摘要】近日，…召开… above 3月5日，…召开…, 市委召开…会议。5月10日上午，市委召开…: the dated
                    # account gives the date
                    when = stated
                    if when[0] is not None:
                        earlier["date"], earlier["date_text"], earlier["time_of_day"] = when
                        earlier["location"] = earlier["location"] or self.clean_location(m.groupdict().get("loc"))
                if contained and not other_body and earlier["date"] is not None and kind in ("active", "passive", "bare"):
                    # 6月19日，全县安全生产工作会议召开。6月19日上午，县政府在县行政中心召开全县安全生产工作会议:
                    # the fuller account of the same day gives what the first one left out
                    when = stated
                    if when[0] == earlier["date"]:
                        earlier["location"] = earlier["location"] or self.clean_location(m.groupdict().get("loc"))
                        earlier["time_of_day"] = earlier["time_of_day"] or when[2]
                        earlier["organizer"] = earlier["organizer"] or org
                if heading or not headings[same]:
                    continue
                # The body's account replaces a subtitle's (…颁奖仪式同时举行 above the body).
                del meetings[same], headings[same], simultaneous[same]
            date, date_text, time_of_day = self.date_of(doc, text, reference)
            # (…大会闭幕后不久，…: the day of the clause is that of what came after the meeting, which has none)
            after_its_close = kind == "bare" and _AFTER_ITS_CLOSE.match(text, m.end())
            around = kind in ("active", "passive", "bare") and _AROUND_HOLDING.match(text, m.end()) is not None
            if m.re is self.talks_held and (
                    (date_text is None and not _AROUND_SIGNING.match(text))
                    or (date_text is not None and (_VAGUE_DATE.fullmatch(date_text) or _RANGE.search(date_text)))):
                # (温家宝与当地乡、村干部进行了座谈 on a tour of days, 记者在与企业家座谈时: talks written as a verb
                # are reported as held only with a day of their own, or told 签约后, 仪式结束后: the signing's or the
                # ceremony's day just told, GUIDELINES §3 seventh review round)
                continue
            if kind == "lecture" and _PARTY_LESSON_GIVEN.fullmatch(m.group()) and not (
                    date_text is not None and _LECTURE_AUDIENCE.search(text, 0, m.start())
                    and not _LECTURE_ASKED.search(text, 0, m.start())):
                # 领导干部带头讲党课，既是…传统: lectures in general, not one given (5月7日，…为全体党员讲党课,
                # …以《…》为题讲党课: one given on a day, to an audience or on a topic)
                continue
            if m.re is self.academic and (
                    _LECTURE_NOUN.search(title) or _LECTURE_NOUN.search(text, 0, m.start("name"))
                    or _LECTURE_NOUN.search(text, m.end("name"))
                    or _LECTURE_REFERRED.search(doc.clean_text, sentence.end - 1, sentence.end + LECTURE_REFERRED_WINDOW)):
                # (…作学术报告。报告会由…主持, …作了题为《…》的学术讲座。讲座由…主持: the lecture referred to by its noun
                # in the headline, its own sentence or a sentence soon after, read from there as before)
                continue
            if m.re is self.academic:
                clause = start_after(text, m.start())
                if _LECTURE_HABIT.search(text, clause, m.start()):
                    continue  # 曾多次来我校作学术报告: a habit, no lecture of the clause's day
                invited = _LECTURE_INVITED.search(text, clause, m.start())
                day = _DATE.search(text, invited.end(), m.start()) if invited else None
                if day:
                    # 5月8日，…邀请王教授5月20日来校作学术报告: the day it was invited for, planned when still to come
                    date, date_text, time_of_day = self.date_of(doc, text[day.start() : m.start()], reference)
                    if _after_publication(date, reference):
                        continue
            # (典礼上，校长…为新生讲授了“开学第一课”: a lecture given inside the ceremony just told is its own
            # record, dated like the ceremony, GUIDELINES §3 eleventh review round; 表彰大会…。会上，县委书记为与会党员
            # 讲授专题党课: so is a party lecture given at a meeting of another kind, unless the meeting's name holds it
            # (…表彰暨示范党课活动), twelfth review round)
            within_other = kind == "lecture" and bool(meetings) and (
                (m.re is self.academic and (_WITHIN_CEREMONY.match(text) is not None or _AFTER_CEREMONY.match(text) is not None
                                            or _ATTENDED_CEREMONY_THEN.search(text, 0, m.start()) is not None))
                or (m.re is _PARTY_LECTURE and text.lstrip().startswith(_WITHIN_MEETING)
                    and _LECTURE_KIND_MEETING.search(meetings[-1]["name"]) is None)
                # (…产业扶持资金发放大会。会上，…主任X就…作了辅导讲座: a topical lecture given at a meeting of another
                # kind, likewise; not at a training, study or lecture meeting, whose lectures are its own programme; a
                # 讲座 only: 会上，县委书记作了学术报告 at a work meeting reads as his report to it, fxak)
                or (m.re is self.academic and m["name"].endswith("讲座") and text.lstrip().startswith(_WITHIN_MEETING)
                    and _LECTURE_HOLDING_MEETING.search(meetings[-1]["name"]) is None))
            if (kind == "lecture" and m.re is self.academic and date_text is None and not meetings and index > 0
                    and _WITHIN_ACTIVITY.match(text) and _ACTIVITY_HELD.search(sentences[index - 1].text)
                    and _DATE.search(sentences[index - 1].text)
                    and not _planned_in(sentences[index - 1].text, 0, len(sentences[index - 1].text))):
                # (…举办检察开放日活动。活动中，X为来宾作了专题讲座: the activity's day, no meeting told before; not
                # 计划举办…活动, 将举办…活动: an activity ahead, no lecture held on it yet)
                date, date_text, time_of_day = self.date_of(doc, sentences[index - 1].text, reference)
            if kind == "lecture" and date_text is None and not _OWN_TIME.search(text) and not within_other:
                continue  # …讲授专题党课 inside the meeting's account: a part of it, not an event of its own
            if date_text is None and not meetings and index > 0 and not _SAME_DAY.search(text):
                # 1月14日上午，……。随后举行了签约仪式: the main meeting's date may sit in the sentence
                # before it, within the same paragraph.
                before = sentences[index - 1]
                stated = _DATE.search(before.text)
                # (5月1日起，新条例正式施行。县委召开专题会议…: a date things run from is no meeting's day)
                # (6月12日上午，我县召开会议。全县…推进会在县委大礼堂举行: a bare 召开会议 that this sentence names)
                # (…昨日（八日）与…签署合作协议。⏎签署仪式于…举行: the signing act just told is the ceremony's own act,
                # whose day it takes across the paragraph break, GUIDELINES §3 seventh review round)
                act = next((a for c, a in _CEREMONY_ACTS if c.search(name)), None)
                signed = act is not None and (signing := self._signing_act(doc, sentences, index, m.start(), act)) is not None \
                    and signing[0] is before and _EARLIER_SIGNING.search(signing[1], 0, signing[2].start()) is None
                if ("\n" not in doc.clean_text[before.end : sentence.start] or signed) and not _background_act(before.text, name) \
                        and (not (held_before := self.match(before.text)) or before is bare_before
                             # (5月7日下午，…作学术报告。报告会在…举行: the report the next sentence refers to)
                             or held_before[0].re is self.academic) and not (
                        stated and _FROM_DATE_AFTER.match(before.text, stated.end())) and not (
                        # (7月1日是党的104岁生日。公司党委召开庆祝大会: the holiday's day, not the meeting's)
                        stated and _DAY_TOLD_AS.match(before.text, stated.end())) and not (
                        # (截至5月6日，全县已完成…。县委召开…: a tally's cutoff day, not the meeting's)
                        stated and _CUTOFF_BEFORE.search(before.text, max(0, stated.start() - 3), stated.start())) and not (
                        # (5月4日，全市普降大雨。团市委召开…: a happening's day, unless 团市委随即召开…)
                        # (5月6日，市政府办公室印发《…》。市政府召开…: a document's issue day, likewise)
                        stated and (_HAPPENING.search(before.text) or (
                            # (团县委印发《…》。团县委召开…: an act of the meeting's own body that day dates it,
                            # GUIDELINES §3 eleventh review round)
                            _DOCUMENT_ISSUED.search(before.text) and not _own_body_before(before.text, text)))
                        and not _VISITED_OR_INSPECTED.search(before.text)
                        and not _RIGHT_UPON.search(text)):
                    when = self.date_of(doc, before.text, reference)
                    # (2019年5月4日，学院成立…协会。学院召开座谈会 on a page of 2021: a piece of history)
                    written = _YEAR_NUMBER_AHEAD.match(when[1] or "")
                    # (近期，全县降雨偏多。县委召开…: a period leading another sentence is the time of what it tells)
                    # (8月5日至8日，…考察学习。考察期间，…召开了座谈会: a day within the trip, not stated)
                    if not (written and reference and int(written[1]) != reference.year) \
                            and not (when[1] and _VAGUE_PERIOD.fullmatch(when[1])) \
                            and not (when[1] and _RANGE.search(when[1]) and (
                                _DURING_STRETCH.match(text) or _TRIP_SPAN.search(before.text))):
                        date, date_text, time_of_day = when
                        # (5月7日上午，…调研；下午，…主持召开…座谈会: the part of the day this clause opens on)
                        part = _DAY_PART_OPENING.match(text)
                        time_of_day = _time_of_day(part["part"]) if part else time_of_day
            if date_text is None and not meetings and index > 0 and _AFTER_CONTEST.match(text):
                # 4月12日，…马拉松鸣枪开跑。…获得冠军。\n赛后举行颁奖仪式: a ceremony told after the contest takes the contest's
                # day (GUIDELINES §3: a ceremony told 仪式结束后 or 签约后 takes the day of the event just told), the nearest
                # dated sentence before it that names a contest, across a paragraph break
                told = next((t for t in reversed(sentences[max(0, index - CONTEST_DAY_REACH) : index])
                             if _CONTEST_WORD.search(t.text) and _CONTEST_HELD_DAY.search(t.text)), None)
                when = self.date_of(doc, told.text, reference) if told is not None else (None, None, None)
                if when[1] is not None and not _RANGE.search(when[1]):
                    # (8月1日至3日，…运动会举行。…赛后…: a contest of several days, which of them is not told)
                    date, date_text, time_of_day = when
                    part = _DAY_PART_OPENING.match(text)
                    time_of_day = _time_of_day(part["part"]) if part else None
            if date_text is None and not meetings and index > 0 and "座谈" in name and (after_act := _AFTER_ACT.match(text)):
                # (the act's account reaches as far back as a contest's before its 赛后 ceremony: a few sentences)
                told = next((t for t in reversed(sentences[max(0, index - CONTEST_DAY_REACH) : index])
                             if after_act["act"] in t.text and _DATE.search(t.text)), None)
                when = self.date_of(doc, told.text, reference) if told is not None \
                    and not _planned_in(told.text, 0, len(told.text)) else (None, None, None)
                if when[1] is not None and not _RANGE.search(when[1]) and not _after_publication(when[0], reference):
                    date, date_text, time_of_day = when
            if date_text is None and not meetings and index > 0 and (rite := _BARE_RITE.fullmatch(name)):
                told = next((t for t in reversed(sentences[max(0, index - 2) : index])
                             if _RITE_TOLD[rite["kind"]].search(t.text) and _DATE.search(t.text)), None)
                when = self.date_of(doc, told.text, reference) if told is not None \
                    and not _planned_in(told.text, 0, len(told.text)) else (None, None, None)
                if when[1] is not None and not _RANGE.search(when[1]) and not _after_publication(when[0], reference):
                    date, date_text, time_of_day = when
            if (date_text is None or _VAGUE_DATE.fullmatch(date_text)) and not meetings and index + 1 < len(sentences):
                # …召开述职考评会。会议于2月2日下午在…举行: the next sentence dates the meeting it refers to
                # (近日，县委召开…。据了解，此次会议于5月7日在…召开: the stated day over 近日, a sentence or two on)
                vague = date_text is not None
                for after in sentences[index + 1 : index + (3 if vague else 2)]:
                    opened = _ACCOUNT_OPENER.sub("", after.text, count=1)
                    referred = _GENERIC_REFERENCE.match(opened)
                    # (日前，…召开…分析会。⏎据了解，此次会议于4月24日…举行: a reference to a meeting told with a vague day
                    # points back to it also across the paragraph; not when the meeting relays another one's spirit,
                    # 日前，县委召开常委会议，传达学习全省经济工作会议精神。⏎此次会议于4月24日…在省城召开: the meeting
                    # relayed may be the one referred to)
                    if "\n" in doc.clean_text[sentence.end : after.start] and not (
                            vague and referred and not _RELAYED_SPIRIT.search(text, m.end())):
                        break
                    if referred:
                        stated = self.date_of(doc, after.text, reference)
                        if vague and not self._same_meeting_held(opened, referred["noun"], name, stated[0], reference):
                            break  # (…筹备工作会议。大会于10月18日…举行; 活动于5月10日启动: another event, a campaign)
                        if stated[1] is not None and not _VAGUE_DATE.fullmatch(stated[1]):
                            date, date_text, time_of_day = stated
                        break
            if date is not None and index + 1 < len(sentences):
                # (论坛9日在杭州闭幕。本届论坛于8日开幕: the opening day told after the closing one)
                date, date_text, time_of_day = self._opened_before_closing(
                    doc, sentence, sentences[index + 1], name, reference) or (date, date_text, time_of_day)
            same_day = _SAME_DAY.search(text) if date_text is None and (not meetings or _SUBJECT_SHIFTED.search(text)) else None
            if same_day:
                # 在当日举行的…发布会上: the day named last before (a dateline), else the publication date;
                # 次日上午，…: the day after the one named last before
                date_text = same_day.group().strip()
                before = doc.clean_text[max(0, sentence.start - CONTEXT_BEFORE_CHARS) : sentence.start]
                # (not the page's own date line, 发布时间：2024-05-09 under the headline 【5月8日】支部召开…: the
                # day the page went out, not one the account names)
                dated = [d for d in _DATE.finditer(before) if not _VAGUE_DATE.fullmatch(d.group())
                         and not _on_page_date_line(before, d)]
                # (近日，…调研。当天下午，…: the day is not stated; 全国助残日当天: a day the calendar does not fix)
                vague = list(_VAGUE_DATE.finditer(before))
                unstated = bool(vague and (not dated or vague[-1].start() > dated[-1].start())) or _DAY_NAME_END.search(text[: same_day.start()].rstrip()) is not None
                if dated and not unstated:
                    date = self.date_of(doc, dated[-1].group(), reference)[0]
                elif reference is not None and date_text not in _SHIFTED_DAY and not unstated:
                    date = reference.isoformat()
                if date and date_text in _SHIFTED_DAY:
                    date = (dt.date.fromisoformat(date) + dt.timedelta(days=_SHIFTED_DAY[date_text])).isoformat()
                time_of_day = time_of_day or ("晚上" if date_text == "当晚" else _time_of_day(text[same_day.end() :]))
            day_part = _DAY_PART_OPENING.match(text) if date_text is None and index > 0 else None
            opened = _DATE.match(sentences[index - 1].text.lstrip()) if day_part else None
            told_before = meetings[-1] if day_part and not opened and meetings else None
            if told_before is not None and told_before["evidence"]["clean_start"] == sentences[index - 1].start \
                    and told_before["date"] is not None and not _RANGE.search(told_before["date_text"] or "") \
                    and doc.clean_text.count("\n", sentences[index - 1].end, sentence.start) <= 1:
                # 行政长官今日上午出席…酒会并致辞。下午，他出席…开幕礼: the day of the meeting the sentence before
                # told, whose date does not open it
                date, date_text = told_before["date"], told_before["date_text"]
                time_of_day = _time_of_day(day_part["part"])
            # (not a date line of the page: the sentence before tells something after its date)
            if opened and not _VAGUE_DATE.fullmatch(opened.group()) and _opens_account(sentences[index - 1].text.lstrip(), opened) \
                    and _FOUR_HAN.search(sentences[index - 1].text.lstrip()[opened.end() :]) \
                    and doc.clean_text.count("\n", sentences[index - 1].end, sentence.start) <= 1 \
                    and not (reference and (year := _YEAR_NUMBER_AHEAD.match(opened.group())) and int(year[1]) != reference.year):
                # 3月22日上午，…观摩。下午，红岩乡召开…培训会: the day the sentence before opened its account with
                # (not 各村于5月20日前完成…。下午，…: a deadline; not 该行成立于1998年5月8日。: a piece of history)
                # (the next paragraph may open on the part of the day: 9月5日上午，…开幕式…。/ 晚上，大会举办了欢迎晚宴;
                # not 1998年5月8日，该县第一个蔬菜大棚…建成。/ 下午，…: a piece of history on a page of 2024)
                date, date_text = self.date_of(doc, opened.group(), reference)[:2]
                time_of_day = _time_of_day(day_part["part"])
            undated = date_text is None or _VAGUE_DATE.fullmatch(date_text)
            # (会后，召开了全体干部大会: the next meeting of the day, dated by the one before below)
            # (随后，全市三级干部大会召开: a meeting named after the one just told, held next)
            # (典礼结束后，行政长官在礼宾府设酒会…: a reception given after the ceremony)
            following = kind in ("clause", "passive", "bare", "reception") and _FOLLOWING.match(text) is not None
            # (会前，市政府党组召开会议…; 大会开幕前，举行了…签约仪式; 活动期间，还举行了…颁奖仪式: another event told
            # before or within the one just told, GUIDELINES §3 several events)
            # (not 会前，市领导会见了劳模代表: a leader receiving people before the meeting)
            following = following or (kind != "receiving" and _BESIDE_MAIN.match(text) is not None)
            # (会后，市长会见了…; 随后，…会见了…: a leader receiving people right after the meeting just told, on its day,
            # as talks held after a signing are)
            following = following or (kind == "receiving" and (_AROUND_SIGNING.match(text) or _FOLLOWING.match(text)) is not None)
            if date is None and undated and meetings and kind != "active" and not following and not _SIMULTANEOUS.search(text) and not (
                # 在上海举行的…签约仪式上 (after a 座谈会): a named event of another kind is not the main one again
                kind in ("attributive", "lecture", "attended")
                and not any(self._heads_of(name) & self._heads_of(o["name"]) for o in meetings)
            ):
                continue  # a later mention without its own date or organizer is the main meeting again
            if kind == "attended" and date_text is None and _CHAIRED_CEREMONY.search(text, 0, m.start("name")) \
                    and any(_same_ceremony(name, o["name"]) for o in meetings):
                continue  # 开幕典礼举行。…等主持开幕仪式: the ceremony told before, chaired (not one held within it)
            raw_loc = m.groupdict().get("loc") or m.groupdict().get("venue")
            if m.groupdict().get("loc") and _PEOPLE_AT_PLACE.search(m.string, 0, m.start("loc")):
                raw_loc = None  # 与在深赣籍企业家召开座谈会: the 在 opens the people met with, no venue (GUIDELINES §3)
            visit = _TALKS_VENUE_AFTER_VISIT.match(m["name"])
            if visit and _TALKS_AFTER_VISIT.match(m["name"]):
                # (正在德国进行正式访问的…3日在柏林同…举行会谈: the place before 进行 is the country visited; the
                # talks' own venue is the 在 inside what the name took in)
                raw_loc, visit_place = visit["loc"], None
            loc = self.clean_location(raw_loc) or visit_place
            # 新华社开罗3月2日电 …在这里举行 / 在此间举行的…: the dateline's city (GUIDELINES §11), kept aside until no
            # venue is told later (…晚会在…演播大厅举行); not when a clause before names the place 这里 points back to
            # (…，某县某镇鼓乐喧天，…仪式在这里举行)
            # (…，某宾馆大礼堂座无虚席，市委在这里召开…: 这里 is the venue of the scene told just before)
            # (clean_location gives back ``here`` only for a bare 这里/此间: 这里 as ``here`` tells that case)
            deictic = loc is None and self.clean_location(raw_loc, "这里") == "这里"
            scene = _SCENE_BEFORE.search(text, 0, m.start()) if deictic else None
            loc = self.clean_location(scene["place"]) if scene else loc
            here = _dateline_city(doc.clean_text, sentence.end) \
                if deictic and not loc and not _PLACE_CLAUSE_BEFORE.search(text, 0, m.start()) else None
            if kind == "attributive" and loc and not self._is_place(doc, sentence, loc, _ATTRIBUTIVE_VENUE_EXTRA) \
                    and not self._places_only(doc, sentence, loc) and not _VENUE_OF_BODY.search(loc):
                # 在省委召开的…: an organizer, not a place (在美俄商业理事会举行的…研讨会上: a council holds it; 在中国科协
                # 举办的…, 在执法检查组今天举行的…: a body's name); 在瑞士达沃斯举行的…: places the tagger found, the place
                # (not 在议会举行的, 在立法会举行的: a chamber is a place as well)
                # (在比利时外贸局和比中经贸委员会…举行的午餐会上: the place reading stops at the first of the hosts;
                # one of them alone is no organizer)
                # (在今天国家民委与…报告团成员召开的座谈会上: people met with after 与, the body the one host)
                other = raw_loc and re.search(re.escape(loc) + "[和与及同、](?P<other>[^为而]{2,24}?)(?:为[^，。]*)?$", raw_loc)
                joined = other and self._reads_as_holder(doc, sentence, self.clean_org(other["other"]))
                # (the organizer read after 在 only for a council, a committee, an association: a wider reading of any
                # body, 在中组部召开的…, was tried twice and cost a held-out newspaper organizer both times, GUIDELINES §8)
                if org is None and not joined:
                    org = self._holder_of(doc, sentence, loc, after_at=True)
                loc = None
            # (分别/先后/相继: several meetings held in turn, not one named by its parts)
            # (会议期间，还召开了甲专题会和乙交流会: a clause with its subject given before lists two meetings alike)
            if _ENUMERATED_BODY.search(name) and (bodies := _BODIES_EVENT_AFTER.match(text, m.end("name"))):
                name += bodies.group()  # 举行第八届理事会、监事会就职典礼: one ceremony of the bodies (GUIDELINES §3 name)
            parts = self._shared_head_names(name) or (self._joined_names(name, text[m.end("name") :]) \
                if kind in ("active", "passive", "clause") and _IN_TURN.search(text, *clause_bounds(text, m.start("name"))) \
                else self._listed_full_names(name, text[m.end("name") :]) if kind in ("active", "passive", "clause") else [name])
            if date_text is None and time_of_day is None and (opening := _DAY_PART_OPENING.match(text)):
                time_of_day = _time_of_day(opening["part"])  # 上午，县委召开…: the part of the day stated, the day not
            if after_its_close or around:
                date, date_text, time_of_day = self.date_of(doc, own_day, reference) if own_day and around else (None, None, None)
            meetings.append(self._record(doc, sentence, parts[0], (date, date_text, time_of_day), loc, org))
            if here:
                meetings[-1]["_here"] = here
            if around:
                meetings[-1]["_around"] = True
            headings.append(heading)
            simultaneous.append(bool(_SIMULTANEOUS.search(text)) and date_text is None)
            if kind == "attended" and date_text is None and len(meetings) > 1 and _CHAIRED_CEREMONY.search(text, 0, m.start("name")):
                # …颁发任命书，并主持宪法宣誓仪式: a ceremony chaired within or after the meeting just told, on its day
                # (GUIDELINES §3, a ceremony held within a meeting)
                simultaneous[-1] = True
            if date_text is None and len(meetings) > 1 and within_other:
                simultaneous[-1] = True  # 典礼上，校长…讲授了“开学第一课”: on the ceremony's day (§3 eleventh round)
            if date_text is None and (period := _period_of(text)) is not None:
                # 本月初，…召开…, 县委于6月上旬召开…: a period, kept as written with no date; read last, so that every
                # rule that dates a meeting with no date_text still does (a period states no day)
                meetings[-1]["date_text"] = period
            same_day = _SAME_DAY.search(text) if simultaneous[-1] else None
            if same_day:
                # 当天下午/当晚/次日上午，…举行…: the main meeting's day (or the next), with its own time of day
                meetings[-1]["date_text"] = same_day.group().strip()
                meetings[-1]["time_of_day"] = meetings[-1]["time_of_day"] or (
                    "晚上" if same_day.group() == "当晚" else _time_of_day(text[same_day.end() :]))
            in_turn = self._days_in_turn(doc, text[: m.start("name")], len(parts), reference) if len(parts) > 1 else None
            if in_turn:
                meetings[-1]["date"], meetings[-1]["date_text"], meetings[-1]["time_of_day"] = in_turn[0]
            for k, part in enumerate(parts[1:], 1):
                # (分别召开全市农业农村工作会议和全市生态环境保护大会: two meetings, held alike)
                meetings.append({**copy.deepcopy(meetings[-1]), "name": part})
                if in_turn:
                    # (8月1日、2日，…分别召开甲会议和乙会议: each on its own day, in the order written)
                    meetings[-1]["date"], meetings[-1]["date_text"], meetings[-1]["time_of_day"] = in_turn[k]
                headings.append(heading)
                simultaneous.append(simultaneous[-1])
            if len(parts) > 1 and meetings[-1]["attendee_count"] is not None:
                # (…举办了甲、乙、丙三场分论坛，200多名企业代表参加了甲分论坛: the count of the one named after the
                # list, not of each part; GUIDELINES §3, the count of the people attending that meeting)
                # The part named in the clause that states the count is the one counted; a count whose clause names
                # no part while another clause does (共吸引500余人参加，其中甲分论坛最受关注) counts none of them alone.
                after = _QUOTE_MARKS.sub("", text[m.end("name") :])
                counting = [c for c in _CLAUSE_MARK.split(after) if _ANY_HEADCOUNT.search(c)]
                named = {k for k, part in enumerate(parts) if any(_QUOTE_MARKS.sub("", part) in c for c in counting)}
                elsewhere = any(_QUOTE_MARKS.sub("", part) in after for part in parts)
                if 0 < len(named) < len(parts) or (not named and counting and elsewhere):
                    for k, record in enumerate(meetings[-len(parts) :]):
                        if k not in named:
                            record["attendee_count"], record["attendee_approx"] = None, False
                            record["_uncounted"] = True  # (nor the count of its stretch, which is that one's)
        if headline_activities and any(mt["evidence"]["clean_start"] not in headline_activities for mt in meetings):
            # (an event named by 活动 is read for its headline only where no meeting is read otherwise, as the
            # headline alone would be)
            kept = [k for k, mt in enumerate(meetings) if mt["evidence"]["clean_start"] not in headline_activities]
            meetings = [meetings[k] for k in kept]
            headings = [headings[k] for k in kept]
            simultaneous = [simultaneous[k] for k in kept]
        for held in self._planned_then_held(doc, sentences, meetings, reference):
            meetings.append(held)
            headings.append(False)
            simultaneous.append(False)
        if len(meetings) > 1 and title:
            # 去年12月，市委召开全市经济工作会议…。5月10日上午，市委召开全市宣传思想文化工作会议 under a headline
            # naming the latter: the article's subject comes first (GUIDELINES §3, m1)
            titled = self.match(title)
            named = titled and self.clean_name(titled[0]["name"])
            # (not an event held within or after the main one the same day: 当天下午，…讲授专题党课)
            first = next((k for k, mt in enumerate(meetings) if named and self._same(named, mt["name"]) and not simultaneous[k]), None)
            if named in _BARE_MEETING_NAMES:
                # 县委组织部召开会议 over 3月28日，县委组织部召开全县组织工作推进会。此前，县委已于3月15日召开常委会会议: the bare
                # noun names no meeting in particular (it is in every 会议); the body that holds it picks the main one
                # (县长刘强主持召开县政府常务会议 under 县政府召开会议: a session named after the body, chaired for it;
                # one told with 此前/会后 never goes before the first, 此前，县政府于9月28日召开…)
                head_org = self.clean_org(titled[0]["org"]) if titled[1] in ("active", "plain") else None
                first = next((k for k, mt in enumerate(meetings) if head_org and not simultaneous[k]
                              and (mt["organizer"] == head_org or mt["name"].startswith(head_org))), None)
                if first and _NARRATED_AROUND.match(meetings[first]["evidence"]["text"]):
                    first = None
                named = None
            if first is None and named:
                # 全市两会精神传达学习会召开 over 我市召开全国两会精神传达学习会: the body's name nearest the
                # headline's, when one alone is near enough
                near = [0.0 if simultaneous[k] else _overlap(named, mt["name"]) for k, mt in enumerate(meetings)]
                best = max(near)
                first = near.index(best) if best >= HEADLINE_NEAR and near.count(best) == 1 else None
            if first:
                meetings.insert(0, meetings.pop(first))
                headings.insert(0, headings.pop(first))
                simultaneous.insert(0, simultaneous.pop(first))
        if len(meetings) > 1 and meetings[0].get("_around"):
            # 党的二十届三中全会召开以来，…。5月6日，县委召开常委会会议…: the meeting whose time frames the account is not
            # its subject; the first meeting held in it is (GUIDELINES §3, m1)
            own = next((k for k, mt in enumerate(meetings) if not mt.get("_around") and not simultaneous[k]), None)
            if own is not None:
                meetings.insert(0, meetings.pop(own))
                headings.insert(0, headings.pop(own))
                simultaneous.insert(0, simultaneous.pop(own))
        if len(meetings) > 1 and _cited_report(meetings[0]["evidence"]["text"]):
            # 据人民日报报道，国务院日前召开常务会议。本报讯 4月7日上午，县政府召开…: the article's own meeting is its
            # subject, the one of the report it cites comes after it (GUIDELINES §3, m1)
            own = next((k for k, mt in enumerate(meetings) if k and not simultaneous[k] and not headings[k]
                        and not _cited_report(mt["evidence"]["text"])), None)
            if own is not None:
                meetings.insert(0, meetings.pop(own))
                headings.insert(0, headings.pop(own))
                simultaneous.insert(0, simultaneous.pop(own))
        relayed = _RELAYS_IN_TITLE.search(title)
        if len(meetings) > 1 and not self.match(title) and meetings[0]["name"] not in _TALKS | {"会议", "会"} and (
            (relayed and meetings[0]["name"] in relayed.group())
            or (_BEFOREHAND.match(meetings[0]["evidence"]["text"]) and meetings[0]["name"] not in title)
        ):
            # 我县传达学习全市经济工作会议精神 over 4月28日，市委召开全市经济工作会议。5月6日，县委召开常委会会议…:
            # the meeting relayed is not the one the article reports; 会前，…主持召开常委会会议。随后，全县…会议召开:
            # a meeting before the main one (not when the headline names a meeting held, or names this one)
            main = next((k for k, mt in enumerate(meetings) if k and mt["name"] not in title
                         and not _BEFOREHAND.match(mt["evidence"]["text"])), None)
            if main is not None:
                meetings.insert(0, meetings.pop(main))
                headings.insert(0, headings.pop(main))
                simultaneous.insert(0, simultaneous.pop(main))
        if len(meetings) > 1 and meetings[0]["name"] == "会议":
            # 5月8日，指挥部召开会议…。5月10日，县委召开常委会会议… under a headline naming the 常委会会议:
            # the article's subject is the meeting its headline names
            named = next((k for k, m in enumerate(meetings) if k and m["name"] in title), None)
            if named is not None:
                meetings.insert(0, meetings.pop(named))
                headings.insert(0, headings.pop(named))
                simultaneous.insert(0, simultaneous.pop(named))
        headline_organizer = None  # the meeting whose organizer is the headline's subject
        # (县政府召开常务会议 研究部署…: a two-part headline whose first part names who held it)
        if meetings and title and meetings[0]["organizer"] is None and (
                titled := self.match(title) or self.match(title.split()[0])) and titled[1] == "active" \
                and not _PLANNED.search(title) and self._same(self.clean_name(titled[0]["name"]), meetings[0]["name"]):
            # 市住建局召开2024年…工作会议 over 2月26日上午，2024年…工作会议在市行政中心召开: the headline names who held it
            head_org = self.clean_org(titled[0]["org"])
            evidence = meetings[0]["evidence"]["text"]
            at = evidence.find(meetings[0]["name"])
            if at > 0 and evidence[:at].endswith(_GENERIC_PREFIXES) and head_org and len(head_org) <= 2:
                # 厂区举行… over 集团安全生产月启动仪式在…举行, 高校举行… over 学校…颁奖典礼: the body names the holder by
                # a generic word only (no organizer, GUIDELINES §3), and the headline's is another bare word; a
                # headline naming the body (西北师范大学举行… over 学校2024届毕业典礼…, 公司工会召开…) keeps its name
                head_org = None
            # (协会召开理事会 over 某市旅游协会三届二次理事会于…召开: a bare kind of body in the headline stands for
            # the fuller one that heads the body's name, else for no named one, GUIDELINES §3)
            if head_org and re.fullmatch(_BODY_END, head_org):
                fuller = re.match(rf"[\u4e00-\u9fff]{{2,14}}?{re.escape(head_org)}(?=.{{3}})", meetings[0]["name"])
                if fuller:
                    meetings[0]["organizer"] = fuller.group()
                    meetings[0]["name"] = meetings[0]["name"][fuller.end() :]
            elif head_org and len(head_org) <= HEADLINE_ORG_MAX and re.search(_BODY_END + "$", head_org):
                meetings[0]["organizer"] = head_org  # (not 美两院议员为李道豫送行李大使, 集团中标…第3标段: a clause)
                headline_organizer = meetings[0]
        if not meetings and title:
            headline = self._from_headline(doc, sentences, title, reference)
            titled_at = doc.clean_text.find(title)
            body_start = titled_at + len(title) if titled_at >= 0 else 0
            if headline is not None and _ACADEMIC_HEADLINE.fullmatch(headline["name"]) \
                    and _LECTURE_REFERRED.search(doc.clean_text, body_start):
                # …教授来我校作学术报告 over …作学术报告。报告会由…主持: the body's 报告会 (read from its reference below,
                # with the venue and the day of the report's sentence), not the headline's words (GUIDELINES §3)
                headline = None
            fair = headline is not None and _fair_only(headline["name"])
            # (a job or sales fair that an official only attends, 副市长出席招聘会并慰问求职群众: a visit to the fair,
            # no ceremony told; contests are left as they are, GUIDELINES §8)
            told = _CEREMONY_TOLD_AT_FAIR if fair and _JOB_OR_SALES_FAIR.search(headline["name"]) \
                else _CEREMONY_TOLD_AT_CONTEST if fair and _CONTEST.search(headline["name"]) else _CEREMONY_TOLD
            if fair and headline is not None and not told.search(doc.clean_text, body_start):
                # 第二十届文博会开幕, 全县职工技能大赛落幕, 我市启动“安全生产月”活动 over a body that tells no
                # ceremony of it: a fair, a contest or a campaign is no meeting (GUIDELINES §3), but 同期举行的跨境
                # 电商发展高峰论坛上，12个项目集中签约 beside it is one, held on the fair's day
                for alongside in self._held_alongside(doc, sentences, reference):
                    if alongside["date"] is None:
                        alongside["date"] = headline["date"]
                    meetings.append(alongside)
                    headings.append(False)
                    simultaneous.append(False)
            elif headline is not None:
                # (a fair whose body tells someone chairing, addressing or giving prizes: the record stands for its
                # ceremony held, GUIDELINES §3; 我县举办…招聘会 over …招聘会在县文化广场开幕。开幕式上，…致辞: the opening
                # ceremony the body names was held where the fair opened, its venue the record's)
                named = next(self._fair_ceremonies(doc, sentences, [], reference), None) if fair else None
                if named is not None and headline["location"] is None:
                    headline["location"] = named["location"]
                if named is not None and _CONTEST.search(headline["name"]) \
                        and _CEREMONY_FRAME_OPENS.match(named["evidence"]["text"]):
                    # 第十八届省运会闭幕 over …运动会在…闭幕。闭幕式上，…宣布闭幕: the ceremony the body names is the
                    # meeting, named as the body writes it (GUIDELINES §3: games and contests are no meeting, their
                    # closing ceremony is; the body's wording over the headline's). Fairs and expos keep the headline's
                    # name: a job fair's bare 开幕式 in place of the fair was measured to cost more than it gave (§8
                    # notes), and an expo's is read so by earlier tests (test_fxq); so is a contest's ceremony told only
                    # as chaired (主持开幕式, test_meeting_review_k36a): only the ceremony framing the account renames it.
                    headline["name"] = named["name"]
                if fair and headline["organizer"] is None:
                    # (由县人社局主办的…招聘会在…开幕/举行: the fair's host, §3)
                    headline["organizer"] = (named and named["organizer"]) or self._fair_host_told(doc, sentences, headline["name"])
                meetings.append(headline)
                headings.append(False)
                simultaneous.append(False)
                if fair:
                    # 同期举行的跨境电商发展高峰论坛上，12个项目集中签约 beside the fair: a meeting of its own
                    for alongside in self._held_alongside(doc, sentences, reference):
                        meetings.append(alongside)
                        headings.append(False)
                        simultaneous.append(True)
        if meetings and all(m["name"] == "会见" and m["date"] is None for m in meetings) and _LECTURE_TOLD.search(doc.clean_text):
            # …做客我校“求是讲坛”，在图书馆报告厅作学术报告。报告会由…主持。…校长…会见了…一行: the lecture referred
            # to is the event reported, told before the courtesy call beside it (GUIDELINES §3, a meeting referred to)
            lectured = self._from_reference(doc, sentences, reference)
            if lectured is not None and self._heads_of(lectured["name"]) & _LECTURE_HEADS:
                meetings.insert(0, lectured)
                headings.insert(0, False)
                simultaneous.insert(0, False)
        if not meetings:
            referred = self._from_reference(doc, sentences, reference) or self._referred_held(doc, sentences, reference)
            told = _REFERRED_HELD.match(_ACCOUNT_OPENER.sub("", referred["evidence"]["text"], count=1)) if referred else None
            if told and referred and referred["location"] is None:
                # 据悉，会议于12月11日在市行政中心召开，市长王刚主持会议: the venue of the meeting referred to
                referred["location"] = self.clean_location(told["loc"])
            if referred is not None:
                meetings.append(referred)
                headings.append(False)
                simultaneous.append(False)
            elif (contest := self._contest_held(doc, sentences, reference)) is not None:
                # (no headline: 3月8日，第五届青年律师演讲比赛在…举行，…评出一等奖2名: the body's contest as the headline's)
                meetings.append(contest)
                headings.append(False)
                simultaneous.append(False)
        elif _SEPARATE_EVENT_WORD.search(doc.clean_text) or _WITNESSED_SIGNING.search(doc.clean_text) \
                or _ATTENDED_ON_OWN_DAY.search(doc.clean_text):
            # (the reference patterns are slow: only where one may be)
            # 亚辛21日在记者招待会上指出… beside the talks or the session reported: a press conference or
            # talks referred to, of a kind no meeting found has, is one more event (GUIDELINES §3)
            later_datelines = [d.start() for d in _ITEM_DATELINE.finditer(doc.clean_text)][1:]
            for referred in self._references(doc, sentences, reference):
                at = referred["evidence"]["clean_start"]
                # (…签署战略合作框架协议。市长…出席签约仪式并见证签约。会前，双方举行了工作会谈: the signing witnessed
                # at its ceremony is the ceremony held, beside the talks, GUIDELINES §3)
                witnessed = _SIGNING_CEREMONY.search(referred["name"]) and _WITNESSED_SIGNING.search(referred["evidence"]["text"]) \
                    and not any(_SIGNING_CEREMONY.search(m["name"]) for m in meetings)
                if witnessed:
                    where = next((k for k, mt in enumerate(meetings) if mt["evidence"]["clean_start"] > at), len(meetings))
                    meetings.insert(where, referred)  # (in text order: the signing told first is the main event)
                    headings.insert(where, False)
                    simultaneous.insert(where, False)
                elif (self._heads_of(referred["name"]) & _SEPARATE_EVENT_HEADS and not any(
                        self._same_kind(referred["name"], m["name"]) for m in meetings
                        # (昨天的会晤 beside today's talks: another day, another event)
                        if referred["date_text"] in (None, m["date_text"]) or _VAGUE_DATE.fullmatch(referred["date_text"])
                        # (a news item of its own, after a later dateline, reports another event; the
                        # first dateline only ends the headline)
                        if not any(min(at, m["evidence"]["clean_start"]) < d <= max(at, m["evidence"]["clean_start"])
                                   for d in later_datelines))):
                    meetings.append(referred)
                    headings.append(False)
                    simultaneous.append(False)
                elif self._attended_on_own_day(referred, meetings):
                    # ■ 6月24日上午，县委召开常委会会议…。■ 6月24日下午，…出席签约仪式: another item's event, on a day
                    # or a part of a day no meeting read has (GUIDELINES §3, several events each a record)
                    meetings.append(referred)
                    headings.append(False)
                    simultaneous.append(False)
        # (a page without a title line read: its first sentence, as the announcement may open the body too)
        announced = title or (sentences[0].text if sentences else "")
        if meetings and announced and (full := self._headline_full_name(meetings[0]["name"], announced)) is not None:
            # 第五届数字经济论坛计划于3月15日在滨江举行 over 3月15日，论坛开幕: a body that names the meeting by its bare
            # noun only refers to the one the headline names in full (GUIDELINES §3, a meeting referred to)
            meetings[0]["name"] = full
        if meetings and _CEREMONY_NAMED.search(doc.clean_text):
            for opening in self._fair_ceremonies(doc, sentences, meetings, reference):
                # …博览会20日在成都开幕。开幕式上，…宣布开幕。开幕当天举行了…签约仪式: the fair's opening ceremony
                # (a meeting, GUIDELINES §3) beside the ceremony held on its day, in text order
                at = next((k for k, mt in enumerate(meetings)
                           if mt["evidence"]["clean_start"] > opening["evidence"]["clean_start"]), len(meetings))
                meetings.insert(at, opening)
                headings.insert(at, False)
                simultaneous.insert(at, False)
        for sentence in sentences:
            # 在会谈后举行的新闻发布会上, 马某会谈后对记者说: the talks or the session before it took place too
            # (GUIDELINES §3, a meeting referred to); not again when a meeting of its kind is already read
            for prior in _PRIOR_EVENT.finditer(sentence.text) if "后" in sentence.text else ():
                if not self._heads_of(prior["prior"]) or any(self._same_kind(prior["prior"], m["name"]) for m in meetings):
                    continue
                meetings.append(self._record(doc, sentence, prior["prior"], self.date_of(doc, sentence.text, reference), None, None))
                headings.append(False)
                simultaneous.append(False)
        # Meetings read from subtitle-like lines follow those of the body (stable order otherwise).
        order = sorted(range(len(meetings)), key=lambda k: headings[k])
        if not all(headings):
            # 区召开会议 (headline) over 5月7日，区委召开巡察工作动员会: the bare noun of a heading line restates
            # the body's meeting (GUIDELINES §1, a fact counted once)
            order = [k for k in order if not (headings[k] and meetings[k]["name"] in _BARE_MEETING_NAMES
                                              and meetings[k]["date"] is None)]
        meetings = [meetings[k] for k in order]
        simultaneous = [simultaneous[k] for k in order]
        if meetings:
            main = meetings[0]
            for meeting, alongside in zip(meetings[1:], simultaneous[1:], strict=True):
                if alongside and meeting["date"] is None and not (
                        _RANGE.search(main["date_text"] or "") and _DURING_STRETCH.match(meeting["evidence"]["text"])):
                    # (not 9月17日至19日，…大会举行。会议期间，还举行了…推进会: some day of the meeting, not stated)
                    meeting["date"] = main["date"]
                    if meeting["date_text"] in _SHIFTED_DAY:
                        meeting["date"] = self._shifted_day(doc, meeting, reference, _SHIFTED_DAY[meeting["date_text"]], meetings)
                    elif meeting["date_text"] in _SAME_DAY_WORDS and main["date"] is not None:
                        # (4月2日，…召开支委会。4月9日，…召开党员大会。当天，…举行入党宣誓仪式: the day told last,
                        # not the first meeting's; the main meeting's when no day is told before; none when the
                        # main meeting's day is not known: 近日，…。当天下午，…)
                        told = self._shifted_day(doc, meeting, reference, 0)
                        if told is not None and _same_account(told, main["date"]):
                            meeting["date"] = told
            self.assign_attendees(meetings, sentences, doc.clean_text)
            for meeting in meetings:
                if meeting["organizer"] is None:
                    meeting["organizer"] = self._labelled_organizer(doc, meeting)
            # (in the meetings' order, not a set's: of two fuller names of one length, the first written wins in every run)
            organizers = list(dict.fromkeys(m["organizer"] for m in meetings if m["organizer"]))
            for meeting in meetings:
                # 市委直属机关工委 after 驻马店市委直属机关工委: the organizer's full name written before
                short = meeting["organizer"]
                fuller = [o for o in organizers if short and o != short and o.endswith(short)]
                if fuller:
                    meeting["organizer"] = max(fuller, key=len)
                elif short and (named := self._named_before(doc.clean_text, short, meeting["evidence"]["clean_start"])):
                    meeting["organizer"] = named
                elif short in GENERIC_UNLESS_NAMED:
                    meeting["organizer"] = None  # 医院召开护士节表彰大会: an unnamed subject (GUIDELINES §3)
                elif short and len(short) <= 4 and _after_post(doc.clean_text, short):
                    # 国务院总理李强…。会见前，李强在…举行欢迎仪式: a subject written elsewhere right after a post is a
                    # person, no organization (GUIDELINES §3)
                    meeting["organizer"] = None
            starts = {m["evidence"]["clean_start"] for m in meetings}
            for meeting in meetings:
                if meeting["name"] in _BARE_MEETING_NAMES:
                    own = meeting["evidence"]["clean_start"]
                    meeting["name"] = self._name_given_later(meeting, sentences, starts - {own}) or meeting["name"]
            self.assign_hosts(meetings, speakers)
            for part in [m for m in meetings[1:] if self._session_of(main, m, doc.clean_text)]:
                # …现场推进会召开。上午，与会人员到…现场观摩；下午在县行政中心召开推进大会: the plenary is a part of
                # the main meeting, its venue and chair the main one's (GUIDELINES §3: one meeting, one record)
                main["location"] = main["location"] or part["location"]
                main["host"] = main["host"] or part["host"]
                if main["attendee_count"] is None:
                    main["attendee_count"], main["attendee_approx"] = part["attendee_count"], part["attendee_approx"]
                meetings.remove(part)
            labelled = None
            if _no_day(main["date_text"]):
                # (the programme lines may have been set aside as headline furniture: the raw text too)
                # (in the raw text only as a programme pair, 时间： then 地点：, not a neighbouring post's 时间：)
                labelled = _TIME_LABEL.search(doc.clean_text) or _BRACKETED_TIME.search(doc.clean_text) \
                    or (None if doc.is_html else (_PROGRAMME_TIME.search(doc.raw_text) or _BRACKETED_TIME.search(doc.raw_text)))
                # (…活动启动仪式在…举行。本次活动时间为3月1日至3月31日: the campaign's period, not the ceremony's day)
                stated = None if labelled else next((t for t in _TIME_STATED.finditer(doc.clean_text)
                                                     if t["noun"] != "活动" or main["name"].endswith("活动")), None)
                if stated and not _after_publication(self.date_of(doc, stated["when"], reference)[0], reference):
                    labelled = stated  # (会议时间为3月20日 after a report published on the 10th: a meeting ahead)
            if labelled and reference is not None and _page_stamp_line(labelled) \
                    and (context := self._context_date(doc, sentences, main, meetings, reference)) is not None:
                # 时间：2027-01-03 (a page's stamp under a bare label) over 12月29日，…巡察组向…反馈…。…主持会议: the day the
                # account opens with (with no such lead the stamp stays the day, as before)
                main["date"], main["date_text"], main["time_of_day"] = context
            elif labelled:
                # 时间：2024年7月17日下午3时 — the programme line of a press conference or notice
                main["date"], main["date_text"], main["time_of_day"] = _dated_over(
                    main, self.date_of(doc, labelled["when"], reference))
            # The programme lines may have been set aside as headline furniture: read the raw text too.
            place = None
            if main["location"] is None:
                place = _PLACE_LABEL.search(doc.clean_text) or (None if doc.is_html else _PLACE_LABEL.search(doc.raw_text))
            if place:
                main["location"] = place["where"].strip()
            others = {m["evidence"]["clean_start"] for m in meetings[1:]}
            # (…现场推进会在柏林镇召开。…实地观摩…。随后，在柏林镇政府会议室召开推进会: an on-site meeting's sitting, at
            # a fuller venue within the place first named)
            on_site = "现场" in main["name"] and main["location"] is not None
            later = (
                self._later_reference(main, sentences, others)
                if main["location"] is None or _no_day(main["date_text"]) or on_site else None
            )
            if later is not None:
                # …召开表彰大会。…。本次大会于6月30日上午在公司总部四楼报告厅举行: the place and the day
                sentence, place = later
                fuller = on_site and place and place != main["location"] and place.startswith(main["location"])
                main["location"] = place if fuller else main["location"] or place
                if _no_day(main["date_text"]):
                    main["date"], main["date_text"], main["time_of_day"] = _dated_over(
                        main, self.date_of(doc, sentence.text, reference))
            if main["location"] is None and title:
                main["location"] = self._headline_venue(doc, title, main["name"])
            if main["organizer"] is None:
                main["organizer"] = self._later_organizer(main, sentences, others)
            elif main is headline_organizer or _PLACE_ONLY.fullmatch(main["organizer"]):
                # (江州市第二十届学术年会在…举行。年会由市科协、江州大学共同主办: a place read off the name's head, the
                # later agent of 主办 the body that holds it)
                # 丰源县举办…培训班 over …培训班在县委党校开班。本次培训由县委组织部、县农业农村局主办: the body's
                # agent of 主办 says who hosts it, more closely than the headline's subject (GUIDELINES §3)
                # (滨江市首届中小学校长论坛在…举行。论坛由市教育局主办: so does it over a place alone before the name)
                main["organizer"] = self._later_organizer(main, sentences, others) or main["organizer"]
            if _no_day(main["date_text"]) and reference is not None:
                # 7月3日，甲集团与乙银行签署协议。……。签约仪式由…主持: the day the account opens with
                context = self._context_date(doc, sentences, main, meetings, reference)
                if context is not None:
                    main["date"], main["date_text"], main["time_of_day"] = context
            if _no_day(main["date_text"]) and title and not _PLANNED.search(title) and (day := _headline_day(title)) \
                    and (titled := self.match(title)) and self._same(self.clean_name(titled[0]["name"]), main["name"]):
                # 【3月6日】县委召开…会议 / …会议（3月6日） over a body that gives no day: the headline's
                # (page text; GUIDELINES §3 date: null only when the page does not give the day)
                told = self.date_of(doc, title[day.start() :], reference)
                if not _after_publication(told[0], reference):
                    main["date"], main["date_text"], main["time_of_day"] = _dated_over(main, told)
            for meeting in meetings:
                # 随后，学院召开座谈会 / 在随后举行的座谈会上: the day of the account just before
                at = meeting["evidence"]["clean_start"]
                # (活动期间，/ 期间，: within the event just told; not 在青溪期间, a stay somewhere)
                # (开幕式上，举行了…签约仪式 after …博览会开幕, whose 开幕式 is read from the fair: within the opening)
                during = _DURING_OPENING.match(meeting["evidence"]["text"])
                # (开幕式上举行了…签约仪式 after …博览会开幕: within the opening ceremony, read from this same sentence)
                opening = _WITHIN_OPENING.match(meeting["evidence"]["text"])
                # (发言人会后在记者会上说明…: after the meeting just told, on its day, as 会后，…; not 会前，…: an account
                # told before the meeting may be of an earlier day, tests/extract/test_review_f47_multi_dates.py)
                after_it = _AFTER_IT_SUBJECT.match(meeting["evidence"]["text"])
                before_signing = _BEFORE_SIGNING.match(meeting["evidence"]["text"])
                if before_signing and _TALKS_OWN_TIME.search(meeting["evidence"]["text"], before_signing.end()):
                    before_signing = None  # 在签约前，双方于去年举行了三轮会谈: a time of their own
                if _no_day(meeting["date_text"]) and (_FOLLOWING.search(meeting["evidence"]["text"]) or during or opening or after_it
                                                      or before_signing):
                    before = [m for m in meetings if m is not meeting and (m["evidence"]["clean_start"] < at or (
                        opening and m["evidence"]["clean_start"] == at and m["name"] == opening["rite"]))]
                    latest = max(before, key=lambda m: m["evidence"]["clean_start"]) if before else None
                    # (the meeting right before, dated, and no other day written between: 近日…召开常务会议。
                    # 随后，…召开座谈会 is undated)
                    # (…。会议要求各单位于2月10日前完成自查。会后，…: a deadline between is no day told)
                    between = _told_days(doc.clean_text, latest["evidence"]["clean_end"], at) if latest else iter(())
                    # (活动期间，…颁奖仪式 after an event of 5月6日至7日: some day of it, not stated)
                    if latest and latest["date"] and not any(not _VAGUE_DATE.fullmatch(d.group()) for d in between) \
                            and not _RANGE.search(latest["date_text"] or ""):
                        # (活动期间 or 在随后召开的…会议上 after an event of 9月25日至26日: some day of it or after it, not
                        # stated; GUIDELINES §3 date: only the day of the clause that holds the meeting)
                        # (its date_text stays null: no date is written for it, GUIDELINES §3 date_text)
                        meeting["date"] = latest["date"]
            if main["date"] is None and not _no_day(main["date_text"]) and not _VAGUE_DATE.fullmatch(main["date_text"]):
                doc.warn("W_DATE_UNRESOLVED", f"meeting date {main['date_text']!r}: no publication date or year in text")
        meetings = _class_with_its_opening(meetings, doc.clean_text)
        starts = {m["evidence"]["clean_start"] for m in meetings}
        for meeting in meetings:
            here = meeting.pop("_here", None)
            if meeting["time_of_day"] is None:
                # …典礼在…举行。典礼于上午9时开始: a start time told after the name (GUIDELINES §3 eleventh review round)
                meeting["time_of_day"] = self._start_time(meeting, sentences, starts - {meeting["evidence"]["clean_start"]})
            meeting.pop("_around", None)
            meeting.pop("_uncounted", None)
            meeting["location"] = meeting["location"] or here  # (the dateline's city, when no venue was told)
            if meeting["organizer"] and (council := _SESSION_OF_COUNCIL.match(meeting["organizer"] + meeting["name"])):
                # 新竹县议会第十一届第四次定期大会…开议: the county before the council is no holder of its own; the
                # session keeps its council in the name, and the council holds it (GUIDELINES §3 ninth round)
                meeting["name"] = council.group()
                meeting["organizer"] = council["org"]
            elif meeting["organizer"] and (council := _SESSION_OF_COUNCIL.match(meeting["name"])) \
                    and council["org"].startswith(meeting["organizer"]):
                meeting["organizer"] = council["org"]  # (the same with the council's name kept whole in the name)
            if meeting["organizer"] is None and (session := _SESSION_OF_BODY.match(meeting["name"])):
                meeting["organizer"] = session["org"]  # 十七届县政府第28次常务会议: the body whose session it is
            elif meeting["organizer"] and _BARE_PLACE.fullmatch(meeting["organizer"]) \
                    and (session := _SESSION_OF_BODY.match(meeting["name"])) \
                    and session["org"].startswith((meeting["organizer"][-1], meeting["organizer"])):
                # 河阳县召开县政府第四十二次常务会议: the place whose body it is holds no session of its own; the
                # body the session is named after is its organizer (GUIDELINES §3 ninth round)
                meeting["organizer"] = session["org"]
            elif meeting["organizer"] is None and (session := _SESSION_OF_CONGRESS.match(meeting["name"])):
                meeting["organizer"] = session["place"] + session["body"]  # 县十八届人大三次会议: 县人大
            elif meeting["organizer"] is None and (session := _SESSION_OF_COUNCIL.match(meeting["name"])):
                meeting["organizer"] = session["org"]  # 宜兰县议会第20届第5次定期会: 宜兰县议会
            elif meeting["organizer"] is None and _COUNCIL_RITE.fullmatch(meeting["name"]) and (
                    session := _COUNCIL_SESSION_TOLD.search(meeting["evidence"]["text"])):
                meeting["organizer"] = self.clean_org(session["org"])  # 市议会第20届第5次定期会…闭会式: 市议会
            elif meeting["organizer"] is None and (session := _CONGRESS_OF_BODY.match(meeting["name"])):
                meeting["organizer"] = self.clean_org(session["org"])  # 市残联第六次代表大会第二次会议: 市残联
            if meeting["location"] is None and _OWN_SCHOOL_VENUE.search(meeting["evidence"]["text"]):
                # 由省教育厅主办、江城大学承办的…论坛在我校召开: the one school named hosting it is the one 我校 stands for
                meeting["location"] = _hosting_school(meeting["evidence"]["text"])
            elif meeting["location"] and ("在我校" + meeting["location"] in meeting["evidence"]["text"]
                                          or "在本校" + meeting["location"] in meeting["evidence"]["text"]) \
                    and (school := _hosting_school(meeting["evidence"]["text"])):
                # 由江城理工大学承办的…研讨会在我校学术交流中心召开: that school's room (GUIDELINES §3 thirteenth
                # review round); with no school or two named hosting, the room alone
                meeting["location"] = school + meeting["location"]
            elif meeting["location"] and meeting["organizer"] and (
                    room := _OWN_BODY_ROOM.match(meeting["location"])) and meeting["organizer"].endswith(room["body"]) \
                    and not _OWN_BODY_ROOM.match(meeting["organizer"]):
                # (县文物局在局四楼会议室召开…: the bureau's own room; not 县委在委…: the organizer itself no name)
                meeting["location"] = meeting["organizer"] + meeting["location"][room.end() :]
        # 记者从…获悉，…峰会5月10日至12日在…举办 on a page of 30 April: a coming event announced, not one held
        # (GUIDELINES §3: planned events are no meetings)
        # (江城大学计划于5月20日举行… on a page of 8 May: a day after 计划 ahead of publication, a plan, _PLAN_DAY)
        return [m for m in meetings if not (_after_publication(m["date"], reference)
                                            and (_ANNOUNCED.search(m["evidence"]["text"])
                                                 or _PLAN_DAY.search(m["evidence"]["text"]))
                                            or reference is None and _undated_plan(m, doc.clean_text))]

    def _from_headline(
        self, doc: Document, sentences: list[Sentence], title: str, reference: dt.date | None
    ) -> dict[str, Any] | None:
        """我县召开2024年防汛工作会议 over a body that says only 6月18日上午，我县召开会议…: the
        headline names the meeting, the body's first sentence of it taking place dates it."""
        found = self.match(title)
        if not found or _PLANNED.search(title):
            return None
        m, kind = found
        name = self.cleaned_name(m["name"])
        if self._no_name(name) or self._carried_on(kind, m, name):
            return None  # (headline 志愿服务活动在幸福社区进行: an activity carried on, as in the body)
        if _DEICTIC_NAME.fullmatch(name) and self._spoken_at_before(doc, len(doc.clean_text), name):
            return None  # (headline 今天召开这次座谈会, a quote, over …在全市民营企业座谈会上讲话: the body names it)
        at = next((k for k, t in enumerate(sentences) if t.text.strip() == title.strip()), None)
        body = sentences[at + 1 : at + 1 + HEADLINE_BODY_SENTENCES] if at is not None else []
        # (10月14日，记者从全县人才工作会议上了解到，…: the reporter learnt the news at the headline's meeting)
        lecture = bool(self._heads_of(name) & _LECTURE_HEADS)
        # (某某大学举行学术报告会 over …教授做客“某某讲坛”，作了题为《…》的学术报告: the lecture told is the one held)
        held = next((t for t in body if (self._event_word.search(t.text) or self._learnt_at(t.text, name)
                                         or (lecture and _LECTURE_TOLD.search(t.text)))
                     and not _PLANNED.search(t.text)), None)
        if held is None:
            return None  # the body never says it took place
        org = self.clean_org(m.groupdict().get("org")) if kind == "active" else None
        undated = _LEADING_YEAR.sub("", name)
        if name not in held.text and undated != name and not self._no_name(undated) and undated in held.text:
            # 香港特区政府举行2024年授勋典礼 over …在礼宾府主持授勋典礼: the body's wording (§3), without the year
            name = undated
        when = self.date_of(doc, held.text, reference)
        if when[1] is None:
            # 学院召开主题教育总结大会（2019年12月3日）over an undated body: the headline's own date
            titled = self.date_of(doc, title, reference)
            when = titled if titled[0] is not None else when
        # (全市…会议召开 over 会议于12月11日在市行政中心召开: the venue the body's reference gives)
        referred = _REFERRED_HELD.match(_ACCOUNT_OPENER.sub("", held.text, count=1))
        loc = self.clean_location(m.groupdict().get("loc")) or (self.clean_location(referred["loc"]) if referred else None)
        chaired = _CHAIRED_AT.search(held.text) if loc is None else None
        if chaired and held.text.find(name, chaired.end()) >= 0 and self._is_place(doc, held, chaired["loc"], _ATTRIBUTIVE_VENUE_EXTRA):
            # 香港特區政府舉行授勳典禮 over 行政長官…今日在禮賓府主持授勳典禮: the venue where it was chaired
            loc = self.clean_location(chaired["loc"])
        if loc is None and lecture and (told := _LECTURE_TOLD.search(held.text)):
            loc = self._lecture_venue(doc, held, told.end())  # (…在复临舍报告厅作了题为《…》的学术报告)
        return self._record(doc, held, name, when, loc, org)

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

    def _contest_held(self, doc: Document, sentences: list[Sentence], reference: dt.date | None) -> dict[str, Any] | None:
        """3月8日，第五届青年律师演讲比赛在…举行，…评出一等奖2名: the first contest or sports meet the body tells held,
        when the body then tells prizes given or remarks made there; it stands for its prize ceremony, named after the
        contest (GUIDELINES §3, seventh review round), as a contest named in the headline does."""
        for sentence in sentences:
            if heading_like(doc.clean_text, sentence.start) or _PLANNED.search(sentence.text):
                continue
            found = self.match(sentence.text)
            if found is None or found[1] not in ("active", "passive", "bare"):
                continue
            m, kind = found
            name = self.cleaned_name(m["name"])
            if not _CONTEST.search(name) or self._no_name(name) or _SERIES.match(name):
                continue
            after = doc.clean_text[sentence.start + m.end() : sentence.start + m.end() + CONTEST_CEREMONY_WINDOW]
            if not _CEREMONY_TOLD_AT_CONTEST.search(after):
                return None  # (…技能大赛在县职教中心举行，共有200名职工参赛: a contest only, no ceremony, §3)
            org = self.clean_org(m.groupdict().get("org")) if kind == "active" else None
            if (hosted := _HOSTED_BY.match(name)) is not None:
                # 由市总工会主办的全市职工技能大赛决赛在…举行: the agent of 主办 holds it, no part of the name; one that only
                # helps (由…承办的) is no organizer (GUIDELINES §3)
                helper = hosted["verb"] in _HELPER_VERBS
                name, org = self.clean_name(hosted["name"]), None if helper else self.clean_org(hosted["org"])
            return self._record(doc, sentence, name, self.date_of(doc, sentence.text, reference),
                                self.clean_location(m.groupdict().get("loc")), org)
        return None

    def _held_alongside(self, doc: Document, sentences: list[Sentence], reference: dt.date | None) -> Iterator[dict[str, Any]]:
        """同期举办的2024国际投资论坛吸引了… beside a fair named in the headline: a meeting held alongside it (a forum,
        not another fair), its own record (GUIDELINES §3: each meeting held is its own record)."""
        for sentence in sentences:
            for m in _HELD_ALONGSIDE.finditer(sentence.text):
                name = self.clean_name(m["name"])
                if self._head.search(name) and not _fair_only(name) and not _CEREMONY_NAMED.search(name) \
                        and not self._no_name(name):
                    yield self._record(doc, sentence, name, self.date_of(doc, sentence.text, reference), None, None)

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

    def _fair_host_told(self, doc: Document, sentences: list[Sentence], name: str) -> str | None:
        """The host of the fair ``name`` as the body tells it held or opened (由县人社局主办的2026年春风行动招聘会在县文化广场
        开幕 → 县人社局), the 由…主办的 phrase right before the name; None when no body sentence tells one (not an
        earlier edition: 去年，由…主办的首届…在…举行)."""
        for sentence in sentences:
            at = sentence.text.find(name)
            if at < 0 or heading_like(doc.clean_text, sentence.start) or _EARLIER_EDITION.search(sentence.text):
                continue
            host = next(reversed(list(_FAIR_HOST.finditer(sentence.text, 0, at))), None)
            if host is not None and sentence.text[host.end() : at] == "的" and (
                    _FAIR_HELD_AT.search(sentence.text, at) or _OPENED_AT.search(sentence.text, at)):
                return self.clean_org(host["org"])
        return None

    def _fair_ceremonies(
        self, doc: Document, sentences: list[Sentence], meetings: list[dict[str, Any]], reference: dt.date | None
    ) -> Iterator[dict[str, Any]]:
        """The opening or closing ceremony referred to (开幕式上，…, 闭幕式由…主持) of a fair, a show or a sports
        meet told as opened or closed in the sentence before it, beside the meetings read otherwise (GUIDELINES §3:
        the ceremony is a meeting, the fair is not); none when the event opened is itself one of those meetings
        (…大会开幕。开幕式上，…: the meeting's own opening) or a meeting of the ceremony's kind is read already."""
        held_at = {m["evidence"]["clean_start"] for m in meetings}
        for referred in self._references(doc, sentences, reference):
            name = referred["name"]
            if not (_CEREMONY_NAMED.fullmatch(name) and name.startswith(("开幕", "闭幕"))):
                continue
            if any(self._same_kind(name, m["name"]) or _CEREMONY_NAMED.search(m["name"]) for m in meetings):
                continue
            at = referred["evidence"]["clean_start"]
            index = next((k for k, t in enumerate(sentences) if t.start <= at < t.end), None)
            if index is None:
                continue
            # (the event opened in this sentence before the ceremony's clause, or in one of the three before it:
            # …农博会12日在成都开幕。本届农博会展览面积8万平方米…。开幕式上，…; the nearest opening counts)
            told = [t for t in sentences[max(0, index - 3) : index + 1] if t.start < at or t.start == at]
            verb = _OPENED_AT if name.startswith("开幕") else _CLOSED_AT
            # (…博览会20日在成都开幕: a fair, a show or a contest is what opened; not 研讨会闭幕, the meeting's own)
            opened = next((t for t in reversed(told) if _FAIR_OPENED.search(doc.clean_text[t.start : min(t.end, at)])
                           and (verb.search(doc.clean_text, t.start, min(t.end, at))
                                or _OPENING_OR_CLOSING.search(doc.clean_text[t.start : min(t.end, at)]))), None)
            # (nor when a meeting told between the opening and the ceremony may own it)
            if opened is None or opened.start in held_at or any(
                    opened.start <= m["evidence"]["clean_start"] < max(opened.end, at) for m in meetings):
                continue
            yield referred

    def _planned_then_held(
        self, doc: Document, sentences: list[Sentence], meetings: list[dict[str, Any]], reference: dt.date | None
    ) -> Iterator[dict[str, Any]]:
        """研究决定于5月8日召开全市作风建设大会。5月8日，大会如期召开: a meeting told as planned and then,
        by its bare noun, as held (GUIDELINES §3: held, so a meeting), named as planned and dated by the
        sentence that holds it; none when a meeting of that name is read already."""
        # (Unlike _held_as_planned_after, a yes/no look ahead for 如期召开, this reads back to the plan and yields a record.)
        for index, sentence in enumerate(sentences[1:], 1):
            held = _BACK_REFERENCE_HELD.match(sentence.text)
            if held is None or _planned_in(sentence.text, held.start("noun"), held.end()):
                continue
            name = None
            for before in reversed(sentences[max(0, index - 2) : index]):
                for planned in PLANNED_HOLDING.finditer(before.text):
                    told = _PLANNED_NAME_AHEAD.match(before.text[planned.end() :])
                    if told and told[1].endswith(held["noun"]) and len(told[1]) > len(held["noun"]):
                        name = self.clean_name(told[1])
                for decided in _DECIDED_NAME_ON_DAY.finditer(before.text):
                    if decided["name"].endswith(held["noun"]) and len(decided["name"]) > len(held["noun"]):
                        name = self.clean_name(decided["name"])
                if name:
                    break
            if name is None or any(self._same(name, m["name"]) for m in meetings):
                continue
            when = self.date_of(doc, sentence.text, reference)
            # (on a page with no publication date a day told without its year dates nothing, and still tells it held)
            if (when[0] is None and (reference is not None or when[1] is None)) or _after_publication(when[0], reference):
                continue
            yield self._record(doc, sentence, name, when, None, None)

    def _referred_held(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None
    ) -> dict[str, Any] | None:
        """会议于12月11日在市行政中心召开。 in a text that names no meeting otherwise: the meeting referred to
        by its generic noun (GUIDELINES §3, a meeting only referred to as held), with its day and venue;
        None when none is dated on or before the publication date or one is planned (会议将于…)."""
        for index, sentence in enumerate(sentences):
            text = _ACCOUNT_OPENER.sub("", sentence.text, count=1)
            m = _REFERRED_HELD.match(text)
            if m is None or _planned_in(text, 0, m.end()) or _PLANNED.search(text, 0, m.end()):
                continue
            if _planned_before(doc.clean_text, sentences, index, 0, doc.meta.get("title") or ""):
                continue  # 论坛定于4月20日在杭州举办。论坛由…主办: the planned one referred to again
            if _RELAYED_SPIRIT.search(doc.clean_text, 0, sentence.start):
                return None  # 要落实好会议精神。会议于…在北京召开: the meeting relayed, told after (§3: no record)
            when = self.date_of(doc, text, reference)
            if when[0] is None or _after_publication(when[0], reference):
                continue
            return self._record(doc, sentence, m["noun"], when, self.clean_location(m["loc"]), None)
        return None

    def _bare_held_before(
        self, doc: Document, sentences: list[Sentence], index: int, name: str, org: str | None
    ) -> Sentence | None:
        """The sentence before ``sentences[index]``, in the same paragraph, when it says only that a meeting
        was held (6月12日上午，县委召开会议。) and this one names that meeting (县委常委会会议在…举行);
        ``org`` is the organizer written before this one's name, if any. None when this one opens on
        another meeting (会后, 随后, 此前) or on a time of its own (同日, 去年), names a meeting of a higher
        level (全省…会议 after 县委召开会议) or of another body (县人大常委会第十五次会议), tells that it
        was only watched (在分会场收听收看), or the name is written before (县委召开会议。全省…会议在省城
        召开 after 传达…全省…会议精神 is the meeting relayed)."""
        if index == 0:
            return None
        before, sentence = sentences[index - 1], sentences[index]
        if "\n" in doc.clean_text[before.end : sentence.start] or name in before.text:
            return None
        if _ANOTHER_ONE.search(sentence.text) or _NARRATED_AROUND.match(sentence.text) or _FOLLOWING.match(sentence.text):
            return None
        at = sentence.text.find(name)
        if _OPENS_ON_TIME.search(sentence.text, 0, max(at, 0)) or _WATCHED.search(sentence.text):
            return None
        held = self.plain.search(before.text)
        if held is None or not _NOTHING_MORE.fullmatch(before.text, held.end()) or _planned_in(before.text, held.start(), held.end()):
            return None
        body = held["org"].strip()
        level, own = _NAME_LEVEL.match(name), _BODY_LEVEL.search(body)
        if level and (_LEVEL_RANK[level["level"]] <= 1
                      or (own and _LEVEL_RANK[level["level"]] < _LEVEL_RANK[own["level"]])):
            return None  # (县委召开会议。全省防汛工作视频会议…, 全市…会议: a higher level's meeting)
        opening = _BODY_OPENING.match(name)
        named = org or (opening.group() if opening else None)
        if named and not named.startswith(self.clean_org(body) or body) and not body.startswith(named):
            return None  # (县委召开会议。县人大常委会第十五次会议在…举行: another body's meeting)
        return before

    def _reference_words(self, meeting: dict[str, Any]) -> list[str]:
        """The nouns a later sentence refers back to the meeting by (会议, 大会, its head word, its kind of ceremony,
        its last words, its whole name), longest first."""
        bare = meeting["name"].rstrip("”」』")
        head = self._head.search(bare)
        # (…周年會員大會 … 會員大會於灣仔香港會議展覽中心舉行: the name's last words, and 于 before a place)
        # (…颁奖典礼 … 典礼於澳門文化中心舉行: the kind of ceremony alone)
        kind = [head.group()[-2:]] if head and head.group()[-2:] in _CEREMONY_NOUNS else []
        if bare.endswith("礼") and not bare.endswith("典礼"):
            kind.append("典礼")  # (…开幕礼 … 典礼於會展中心舉行: a short rite referred to as 典礼)
        # (创科论坛开幕礼 … 论坛在香港会议展览中心举行: the forum it opens)
        gathering = _CEREMONY_OF_GATHERING.search(bare)
        # (…主持召开会议，研究城市更新工作。这次城市更新专题会议在…召开: the whole name, given later, too)
        return longest_first({"会议", "大会", *kind, *([gathering["event"]] if gathering else []),
                              *([head.group()] if head else []), *([bare[-4:]] if len(bare) > 4 else []), bare})

    def _start_time(self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]) -> str | None:
        """…典礼在…举行。典礼于上午9时开始 / 会议于下午2时30分召开: the part of the day of a start time told after the
        meeting's name by a noun referring to it, in its own sentence or the next two before another meeting's account
        begins (GUIDELINES §3 eleventh review round); not 将于 (a time ahead)."""
        nouns = set(self._reference_words(meeting))
        start = meeting["evidence"]["clean_start"]
        after = [t for t in sentences if t.start >= start][:3]
        for k, sentence in enumerate(after):
            if k and sentence.start in others:
                return None  # another meeting's account begins
            at = sentence.text.find(meeting["name"]) + len(meeting["name"]) if k == 0 else 0
            if k == 0 and at < len(meeting["name"]):
                continue
            m = next((m for m in _START_TIME_TOLD.finditer(sentence.text, at) if m["noun"] in nouns), None)
            if m:
                return _time_of_day(m["part"])
        return None

    def _later_reference(
        self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]
    ) -> tuple[Sentence, str | None] | None:
        """会议在市委党校大礼堂召开 / 本次大会于6月30日上午在…报告厅举行 after the meeting's sentence:
        the first sentence referring to it by a generic noun (or its own head word), with the place
        it names; None when another meeting's account begins first."""
        bare = meeting["name"].rstrip("”」』")
        words = self._reference_words(meeting)
        if "举办" in meeting["evidence"]["text"]:
            # (…联合举办…对接会。活动在…学术交流中心举行: an event staged, told as 活动 in a sentence of its own, §3
            # location; not after a 会议 召开, where 活动 is another event's, test_fxae)
            words = longest_first({*words, "活动"})
        nouns = "|".join(map(re.escape, words))
        # (会议由市委组织部组织，在市委党校报告厅举行: who held or chaired it, in a clause of its own before the venue)
        # (論壇由創新科技署主辦，於會展中心舉行: who hosted it, then 于 and the venue)
        source = (rf"^\s*(?:[^，。；]{{0,8}}[，,])?(?:本次|此次|这次|该)?(?:{nouns})(?:于(?P<when>[^，。；在]{{1,20}}))?"
                  rf"(?:由[^，。；在]{{2,24}}?(?:组织|召开|主办|举办|主持)[，,]\s*(?:(?=在)|于(?P<after>[^，。；在]{{1,20}})))?"
                  # (晚宴假中环文华酒店举行: 假 for 在, Hong Kong and Macau usage)
                  # (not 活动在江城大学召开的座谈会上…: the verb of another meeting's attribute)
                  rf"(?:(?:在|{_JIA})(?P<loc>[^，。；]{{2,30}}?)(?:隆重|顺利|胜利|圆满)?)?{_HELD_OR_CLOSED}(?!的)")
        # (…现场推进会召开。与会人员实地观摩了…，随后在区委党校召开会议: an on-site meeting's sitting, held after the
        # visit, by its noun after the venue; opening a sentence, or in a later clause of the sentence of the visit)
        sitting_opens: re.Pattern[str] | None = None
        sitting_later: re.Pattern[str] | None = None
        if "现场" in bare:
            then = r"(?:随后|之后|然后|最后|观摩结束后|观摩后)[，,]?\s*"
            sat = rf"(?:又|还)?在(?P<loc>[^，。；在]{{2,30}}?)(?:召开|举行)了?(?:{nouns})(?=[，。；,;]|$)"
            sitting_opens = re.compile(rf"\s*{then}(?:与会人员|与会代表|大家)?{sat}")
            sitting_later = re.compile(rf"[，,]\s*{then}{sat}")
        start = meeting["evidence"]["clean_start"]
        for sentence in sentences:
            if sentence.start < start:
                continue
            venue = _VENUE_SET.search(sentence.text) or _VENUE_SET_BEFORE.search(sentence.text) \
                or _CHAIRED_AT_MAIN_VENUE.search(sentence.text)
            if venue:
                return sentence, self.clean_location(venue["loc"])  # 主会场设在县政府三楼会议室
            if sentence.start == start:
                # (高新区召开一季度经济运行分析会，会议在管委会三楼会议室召开: a clause of the meeting's own sentence after
                # its name, opening with a noun referring back to it)
                at = sentence.text.find(meeting["name"])
                own = re.compile(rf"[，,]\s*(?:本次|此次|这次|该)?(?:{nouns})(?:在|{_JIA})(?P<loc>[^，。；在]{{2,30}}?)"
                                 rf"(?:隆重|顺利|胜利|圆满)?{_HELD_OR_CLOSED}").search(
                    sentence.text, at + len(meeting["name"])) if at >= 0 and _HELD_ANYWHERE.search(
                    sentence.text, at + len(meeting["name"])) else None
                if own:
                    return sentence, self.clean_location(own["loc"])
                continue
            # (the pattern made for this meeting's nouns only where a verb of holding stands)
            # (the noun opens the sentence: after at most 8 characters and a comma, then 本次)
            opening = sentence.text.lstrip()[:11 + len(words[0])]
            m = re.match(source, sentence.text) if _HELD_ANYWHERE.search(sentence.text) and any(
                w in opening for w in words) else None
            when = (m["after"] or m["when"]) if m else None
            if when and not m["loc"] and not _DATE.search(when) and not re.search(_TIME_WORDS, when) \
                    and (_VENUE_END.search(when) or _ATTRIBUTIVE_VENUE_EXTRA.search(when)):
                # (典禮於市府惠中樓舉行, 於市政府親子劇場舉行: a building or a theatre after 于 too)
                return sentence, self.clean_location(when)  # 于湾仔香港会议展览中心举行: a place after 于
            if m and (m["when"] or m["loc"]):
                return sentence, self.clean_location(m["loc"])
            after_visit = sitting_opens.match(sentence.text) if sitting_opens is not None else None
            if after_visit is None and bare.endswith("座谈会"):
                after_visit = _TALKS_SAT_AT.match(sentence.text)
            if after_visit is None and sitting_later is not None and sentence.start not in others:
                after_visit = sitting_later.search(sentence.text)
            if after_visit:
                return sentence, self.clean_location(after_visit["loc"])
            if sentence.start in others:
                return None  # another meeting's account begins
        return None

    def _context_date(
        self, doc: Document, sentences: list[Sentence], meeting: dict[str, Any], meetings: list[dict[str, Any]],
        reference: dt.date,
    ) -> tuple[str | None, str | None, str | None] | None:
        """The date of the nearest sentence before an undated meeting's that writes one, when no
        other meeting's account and no vague date (近日) comes between, and the day lies within
        :data:`CONTEXT_DATE_DAYS` before the publication date (a news report's lead date, not a
        historical one or a deadline)."""
        start = meeting["evidence"]["clean_start"]
        others = {m["evidence"]["clean_start"] for m in meetings if m is not meeting}
        for sentence in reversed([s for s in sentences if s.start < start]):
            if sentence.start in others:
                return None  # another meeting's account: its date is its own
            d = _DATE.search(sentence.text)
            if d is None:
                continue
            if _VAGUE_DATE.fullmatch(d.group()):
                return None  # 近日，…: the account is undated
            if not _opens_account(sentence.text, d) or "，" not in sentence.text:
                continue  # (2015-07-04 来源：本网: the page's own date line; 6月30日前完成…: a deadline)
            if _OTHER_OCCASION.search(sentence.text) or not _ACCOUNT_VERB.search(sentence.text):
                return None  # (5月6日，省委书记在全省…会议上作重要讲话; 5月6日，全国总工会发布…通知: another occasion's day)
            when = self.date_of(doc, sentence.text, reference)
            if when[0] is None:
                return None
            if _RANGE.search(when[1] or "") and _DURING_STRETCH.match(meeting["evidence"]["text"]):
                return None  # 8月5日至8日，…考察学习。考察期间，…召开了座谈会: some day of the trip, not stated
            return when if _recent(dt.date.fromisoformat(when[0]), reference) else None
        return None

    def _name_given_later(self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]) -> str | None:
        """城投集团召开会议，…。这次节前安全生产专题会议由…主持: the fuller name that a sentence after a meeting
        told by the bare noun alone gives it (before another meeting's account), else None. A name
        written already since the meeting's sentence is not its own: 这次/本次 there points back to that
        mention (县委召开会议，传达学习全省经济工作会议精神。本次全省经济工作会议在省城召开: the meeting relayed)."""
        start = meeting["evidence"]["clean_start"]
        for k, sentence in enumerate(sentences):
            if sentence.start <= start:
                continue
            if sentence.start in others:
                return None
            m = self._fuller_name.match(sentence.text)
            named = m and self.clean_name(m["name"] or m["named"])
            if named and any(named in t.text for t in sentences[:k] if t.end > start):
                return None
            if named and named not in _BARE_MEETING_NAMES and len(named) > len(meeting["name"]):
                return named
        return None

    @staticmethod
    def _event_of_ceremony(name: str) -> list[str]:
        """The short forms (its last two to five characters) of the event whose opening or closing ``name``
        is (…中国-东盟教育交流周开幕式 -> 交流周, 教育交流周, …; …论坛闭幕式 -> 论坛, …); none for other names."""
        ceremony = next((c for c in _CEREMONY_OF if name.endswith(c)), None)
        event = name[: -len(ceremony)] if ceremony else ""
        if not _EVENT_END.search(event):
            return []
        return [event[-k:] for k in range(2, 6) if k <= len(event)]

    def _later_organizer(self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]) -> str | None:
        """论坛由湖南农业大学主办 after the meeting's sentence: the ``由…主办`` agent of the first sentence
        referring to it by its head word or a generic noun (before another meeting's account)."""
        bare = meeting["name"].rstrip("”」』")  # (第五届“青年学者论坛”: the head inside the closing mark)
        head = self._head.search(bare)
        gathering = _CEREMONY_OF_GATHERING.search(bare)
        nouns = "|".join(re.escape(n) for n in longest_first(
            {"会议", "大会", *([head.group()] if head else []), *([bare[-4:]] if len(bare) > 4 else []),
             # (…颁奖典礼。典礼由香港教师中心主办: the ceremony noun alone refers back to it)
             *(n for n in _CEREMONY_NOUNS if bare.endswith(n)),
             # (…教育交流周开幕式在贵阳举行。本届交流周由教育部…主办: the event whose ceremony it is, by its
             # last words; the one who hosts the event holds its ceremony)
             *self._event_of_ceremony(bare),
             # (创新科技论坛开幕礼。论坛由创新科技署主办: the forum it opens, as _later_reference reads it)
             *([gathering["event"]] if gathering else []),
             # (…培训班在县委党校开班。此次培训由市委政法委组织: the training a class or a session gives)
             *(["培训"] if "培训" in bare else []),
             # (…茶叶博览会暨…论坛开幕。本届博览会由…主办: the head of a part before 暨)
             *(self._head.search(part).group() for part in bare.split("暨")[:-1] if self._head.search(part))}))
        if _FAIR_HEAD.search(bare):
            # (…茶叶博览会暨…论坛, …农业博览会开幕式。本届农博会由…主办: the fair by its short form)
            nouns += "|[\u4e00-\u9fff]博会"
        # (not 上届论坛由…举办: another edition's)
        # (会议由文化和旅游部、国家文物局联合主办, 活动由…共同主办: joint organizers, listed)
        # (本次报告会系学校“名家讲坛”第126讲，由科研处主办: an apposition saying what it is may come between)
        # (论坛由教育部职成司指导，甲与乙联合主办: who backs it, then who hosts it)
        # (此次培训由市委政法委组织, 会议由县安委会办公室组织召开, 由县财政局牵头组织: who organized it, also the
        # agent of 组织 ending its clause or before a verb of holding; not 县委组织部, nor 由工会组织职工观看…: a task)
        # (典礼在会议展览中心举行，由香港青年发展协会主办: where it was held, then who hosts it, in the next clause)
        source = (rf"^\s*(?:本次|此次|这次|该|本届)?(?:{nouns}|活动)(?:系[^，。；]{{1,30}}?[，,]\s*|{_HELD_CLAUSE})?"
                  rf"由(?:[^，。；]{{2,30}}?(?:指导|支持)[，,、]\s*)?"
                  rf"(?P<org>[^，。；]{{2,40}}?)(?:(?:联合|共同)?(?:主办|举办)|合办"
                  rf"|(?:牵头)?组织(?![部委人者])(?:召开|举办|开展)?(?=[，。；,;]|\s*$))")
        # (本届论坛主办方为…, 主办单位为…: this meeting's organizer; not 下一届论坛主办单位为…, 该评选主办方是…)
        this = rf"(?:本次|此次|这次|本届|该)?(?:{nouns}|活动)?的?"
        # (会上，社区启动了…志愿服务活动。该活动由区文明办主办: 活动 then names that activity, not the meeting)
        activity_named = False
        start = meeting["evidence"]["clean_start"]
        own = self._hosted_clause_after(meeting, nouns)
        if own is not None:
            return own
        for sentence in sentences:
            if sentence.start <= start:
                continue
            if sentence.start in others:
                return None
            # (the pattern made for this meeting's nouns only where its agent and verb stand)
            by_agent = "由" in sentence.text and any(verb in sentence.text for verb in ("主办", "举办", "合办", "组织"))
            # (_HOSTS_THIS and _ORGANIZER_IS are tried only where their 主办 and 主办单位/主办方 are written)
            m = (re.match(source, sentence.text) if by_agent else None) \
                or (_HOSTS_THIS.match(sentence.text) if "主办" in sentence.text else None) \
                or (next((o for o in _ORGANIZER_IS.finditer(sentence.text) if re.fullmatch(this, o["owner"])), None)
                    if "主办单位" in sentence.text or "主办方" in sentence.text else None)
            if m and m.group().lstrip().lstrip("本此这该届次").startswith("活动") and activity_named:
                m = None
            activity_named = activity_named or "活动" in sentence.text
            if m:
                # (由中国有色金属工业协会每年举办一次, 由…轮流举办: the agent without the adverb)
                agent = _RECURRING_WORD.split(m["org"])[0]
                if _JOINTLY.search(m.group()):
                    agent = _joint_hosts(agent)  # 由农业农村部和…人民政府共同主办: two hosts, listed
                return self._agent_listed(agent)
        return None

    def _hosted_clause_after(self, meeting: dict[str, Any], nouns: str) -> str | None:
        """论坛24日在南宁举行，论坛由甲与乙共同主办: the 由…主办 agent of a clause of the meeting's own sentence after its
        name, the clause opening with 由 or with a noun referring back to it (not 出席由…主办的…: the agent of another
        event's name)."""
        text = meeting["evidence"]["text"]
        at = text.find(meeting["name"])
        if at < 0:
            return None
        after = at + len(meeting["name"])
        # (the pattern, made for this meeting's nouns, is compiled only where its 由 and a verb of hosting stand:
        # most sentences have neither, and compiling it for each meeting cost more than all the rest of this step)
        if text.find("由", after) < 0 or not any(text.find(verb, after) >= 0 for verb in ("主办", "举办", "合办")):
            return None
        m = re.compile(rf"[，,]\s*(?:(?:本次|此次|这次|本届|该)?(?:{nouns}|活动))?由(?:[^，。；]{{2,30}}?(?:指导|支持)[，,、]\s*)?"
                       rf"(?P<org>[^，。；由]{{2,40}}?)(?P<verb>(?:联合|共同)?(?:主办|举办)|合办)(?=[，。；,;]|\s*$)").search(
            text, after)
        if m is None:
            return None
        agent = _RECURRING_WORD.split(m["org"])[0]
        if _JOINTLY.search(m["verb"]):
            agent = _joint_hosts(agent)
        return self._agent_listed(agent)

    def _agent_listed(self, agent: str) -> str | None:
        """The bodies of a 由…主办 agent, each cleaned, listed 甲、乙 (共青团中央、教育部)."""
        parts = [self.clean_org(part) for part in agent.split("、")]
        return "、".join(p for p in parts if p) or None

    def _venue_before(self, doc: Document, sentence: Sentence, kind: str, m: re.Match[str], text: str) -> str | None:
        """The venue of an active meeting that its pattern left unread: written in the subject (在京,
        并在镇政府, 前往…纪念馆) or, for a lecture, after 在 before the verb (在区委党校以《…》为题讲授)."""
        subject = m.groupdict().get("org") or ""
        inside = None
        if kind == "lecture":
            found = list(_LECTURE_VENUE.finditer(text, 0, m.start("name")))
            # (走进城关第一小学，为全校师生讲了一堂法治课: the place gone to before those taught)
            found = found or list(_LECTURE_GONE_TO.finditer(text, 0, m.start("name")))
            loc = self.clean_location(found[-1]["loc"]) if found else None
        else:
            inside = _VENUE_IN_SUBJECT.search(subject)
            gone = _GONE_TO.search(subject)
            if inside and inside["city"]:
                return _CITY_SHORT_NAMES[inside["city"]]
            loc = self.clean_location(inside["loc"] if inside else gone["place"] if gone else None)
            fronted = None if loc or inside or gone else \
                next(iter(reversed(list(_FRONTED_VENUE.finditer(text, 0, m.start("name"))))), None)
            if fronted and not _STRONG_STOP.search(text[fronted.end() : m.start("name")]):
                # (在石板村村委会门前的院坝里，村党总支书记何某主持召开…院坝会: the venue set before the clause)
                loc = self.clean_location(fronted["loc"])
                return loc if loc and self._is_place(doc, sentence, loc, _VENUE_EXTRA) else None
        # (镇政府 after 并在 is a venue: the subject was given before, so 政府 names no organizer here; so is any body's
        # name there, 调研组…，并在市应急管理局召开座谈会: the subject acted in the clause before and meets at the body's
        # premises, GUIDELINES §3 location; not a body after a bare 在, which may hold the meeting itself)
        if loc and inside and subject.startswith(("并", "又", "还", "也")) and _HOLDER_END.search(loc) \
                and not _NOT_A_PLACE.search(loc):
            return loc
        return loc if loc and any(self._is_place(doc, sentence, loc, extra)
                                  for extra in (_VENUE_EXTRA, _ATTRIBUTIVE_VENUE_EXTRA)) else None

    def _lecture_venue(self, doc: Document, sentence: Sentence, end: int) -> str | None:
        """The venue written after 在 before a lecture's verb, up to ``end`` in ``sentence.text``
        (在湖南大学复临舍报告厅作了题为《…》的学术报告); None when it reads as no place."""
        found = list(_LECTURE_VENUE.finditer(sentence.text, 0, end))
        loc = self.clean_location(found[-1]["loc"]) if found else None
        return loc if loc and any(self._is_place(doc, sentence, loc, extra)
                                  for extra in (_VENUE_EXTRA, _ATTRIBUTIVE_VENUE_EXTRA)) else None

    def _taking_part(self, kind: str, before: str, name: str) -> bool:
        """A contest one takes part in (参加了…选美比赛) and an activity carried on (个人进行商业活动)
        are no meetings held."""
        heads = self._heads_of(name)
        generic = bool(heads) and heads <= _GENERIC_HEADS
        if kind == "attended":
            return bool(heads) and heads <= {"比赛", "大赛", "竞赛"}
        return generic and kind == "active" and _CARRYING_OUT_END.search(before) is not None

    def _attended_on_own_day(self, referred: dict[str, Any], meetings: list[dict[str, Any]]) -> bool:
        """Whether ``referred`` is a meeting an official attended (出席签约仪式) in a sentence opening with its own day,
        a day (or a part of the day) on which no meeting in ``meetings`` was held, of a kind none of them has and
        told in a sentence none of them was read from: one more event of the article (a roundup's item)."""
        text = referred["evidence"]["text"]
        opening = _ATTENDED_ON_OWN_DAY.match(text)
        at, part = referred["evidence"]["clean_start"], referred["time_of_day"]
        if opening is not None and opening["same"]:
            # (…今日上午出席论坛。同日下午，某某主持…会议: dated by the last meeting told before it, at another part
            # of that day; only a chaired meeting or one attended)
            told = [m for m in meetings if m["evidence"]["clean_start"] < at and m["date"] is not None]
            if not told or told[-1]["time_of_day"] in (None, opening["part"]):
                return False
            if not re.search("(?:出席|参加|主持)了?" + re.escape(referred["name"]), text) or any(
                    m["evidence"]["clean_start"] == at or self._same(referred["name"], m["name"])
                    or (m["date"] == (referred["date"] or told[-1]["date"]) and m["time_of_day"] == opening["part"])
                    for m in meetings):
                return False  # (another meeting by its own name, not one of that part of the day)
            if referred["date"] is None:
                referred["date"], referred["date_text"] = told[-1]["date"], opening["same"]
            referred["time_of_day"] = opening["part"]
            return True
        if referred["date"] is None or opening is None \
                or not re.search("(?:出席|参加|主持)了?" + re.escape(referred["name"]), text):
            return False
        # (●6月24日，市长…出席签约仪式: a marked roundup item is a news item of its own, also on the day of another)
        item = _BULLET_AHEAD.match(text) is not None

        def same_time(m: dict[str, Any]) -> bool:
            return not item and m["date"] == referred["date"] and (part is None or m["time_of_day"] in (None, part))

        return not any(m["evidence"]["clean_start"] == at or self._same_kind(referred["name"], m["name"]) or same_time(m)
                       for m in meetings)

    def _from_reference(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None
    ) -> dict[str, Any] | None:
        """The first meeting referred to as having taken place (某某在座谈会上讲话, 出席开幕式并致辞,
        研讨会上，…, 会议由某某主持) in a text that names no meeting with a verb of holding it.
        A headline's reference gives way to the body's reference to the same meeting (县委书记在全县经济
        工作会议上强调… above 6日，县委书记…在全县经济工作会议上强调: the body dates it)."""
        title = (doc.meta.get("title") or "").strip()
        found = self._references(doc, sentences, reference)
        first = next(found, None)
        if first is None or not title or first["evidence"]["text"].strip() != title:
            return first
        # (台湾“行政院”会议通过预算案 above 中央社台北11月19日电 行政院会今天通过…: the body's short form, dated)
        return next((later for later in found if self._same(later["name"], first["name"])
                     or _short_form_of(first["name"], later["name"])), first)

    def _references(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None
    ) -> Iterator[dict[str, Any]]:
        """The meetings referred to as having taken place, in text order (see :meth:`_from_reference`)."""
        for index, sentence in enumerate(sentences):
            text = sentence.text
            if text.rstrip().endswith(("？", "?")) or not self._reference_head.search(text):
                continue
            for m in self.reference.finditer(text):
                # (主持…委员会会议，会议讨论了…服务计划: a plan discussed after the meeting, not a meeting planned)
                upto = clause_bounds(text, m.end() - 1)[1]  # (在财长会议上他将建议…: the reference's own clause)
                if _PLANNED.search(text, 0, upto) or _NOT_HELD_YET.search(text, 0, upto):
                    continue
                if _MANY_TIMES.search(text, clause_bounds(text, m.start())[0], m.end()) or _TIMES_AFTER.match(text, m.end()):
                    continue  # 他曾多次在全国…学术会议上作报告, 主持召开…会议20余次: a habit or a series (§3)
                if _planned_before(doc.clean_text, sentences, index, m.start(), doc.meta.get("title") or ""):
                    continue  # 县委定于4月8日召开县委全会。全会由…主持: the planned meeting referred to again
                # (市统计局党组开展集中学习，…主持集中学习会: the session held, whose 学习 relays nothing)
                study = _STUDY_SESSION.search(text, 0, m.start()) if m["obj"] and "学习" in m["obj"] else None
                if study and (_HABITUAL.search(study["org"]) or _EACH_SUBJECT.search(study.group())):
                    study = None  # (每月开展集中学习, 各支部开展集中学习: a habit, a series held by many)
                if _RELAYED_REFERENCE.search(text[study.end() if study else 0 : m.start()]) or (
                        _RELAYED_AFTER.match(text, m.end()) and not _REMARKS_MADE.match(text, m.end())):
                    continue  # 贯彻…会议精神, 在…会议上的讲话精神: the source of relayed remarks
                if _planned_in(text, m.start(), m.end()) or _HABITUAL.search(text, clause_bounds(text, m.start())[0], m.end()):
                    continue  # 北京愿意主持召开有各方参加的会议: offered; 每年年终的总结会上: a habit
                if m["lecture"] and not (_LECTURE_TOLD.search(text, 0, m.start()) and _DATE.search(text, 0, m.start())
                                         and not _LECTURE_HABIT.search(text[: m.start()])):
                    # (3月8日，…作了题为《…》的讲座，讲座由…主持: only a lecture given on the sentence's day, told
                    # before it; not 经常邀请作家作讲座，讲座由…主持, a habit)
                    continue
                # (在出席记者会时表示: the meeting attended, named after 出席 within the 在…时 frame)
                attended = _ATTENDED_AT.match(m["at"] or "")
                named = m["obj"] or (m["at"] if attended else None)
                if named and text.startswith("时", m.end("obj") if m["obj"] else m.end("at")) and (
                        _RULE_WORDS.search(text, 0, m.start())
                        or not (m.group().lstrip().startswith("主持") or _REMARKS_AFTER.match(text, m.end()))):
                    # 出席会议时一律…, 参加会议时请携带…: a rule or a notice (主持…会议时宣布 is one held, and so is
                    # 出席记者会时表示: remarks made there)
                    continue
                name = m["at"] or m["obj"] or m["lead"] or m["subject"] or m["held"] or m["source"] or m["rite"]
                if attended:
                    name = name[attended.end():]
                # (在中国科协举办的…论坛上, 在伦敦召开的…会议上, 临时立法会今天举行的…会议，…: who held it or where)
                holder = _HOLDER_BEFORE_VERB.match(m["at"] or m["lead"] or m["subject"] or "")
                held_by, held_at = self._attribute_holder(doc, sentence, holder["pre"], bool(m["at"])) if holder \
                    else self._attribute_holder(doc, sentence, m["holder"], False) if m["held"] and m["holder"] \
                    else (None, None)
                name = self.clean_name(_UP_TO_DE.sub("", name))
                name = _REPORTER_FROM.sub("", name)  # 记者3月15日从全县教育工作会议上获悉: the meeting learnt at
                name = _REFERENCE_MODIFIER_PREFIX.sub("", name)
                name = _TALKS_PARTNER_PREFIX.sub("", name)  # 在与某某会晤后: the talks
                name = _DAY_PREFIX.sub("", name)  # 在5月6日全县…会议上: its day
                body = None
                if m["subject"] and (dated := _BODY_DAY_SESSION.fullmatch(name)) and self.clean_org(dated["org"]):
                    # 立法会财务委员会昨日（22日）会议通过…: the body and the day before the bare noun are no part of the name
                    body, name = self.clean_org(dated["org"]), dated["name"]
                # (书记在市委大楼主持常委会, 县委常委会由书记主持: a standing body's session chaired, the body's name for
                # the meeting; not 主持董事会的工作)
                chaired = _CHAIRED_SESSION.search(name) is not None and (
                    (m["obj"] is not None and m.group().lstrip().startswith("主持") and not text.startswith("的", m.end()))
                    or (m["lead"] is not None and m.group().endswith("主持")))
                if not name or (_NOT_A_MEETING.search(name) and not chaired) or _fair_only(name) or _activity_only(name, "") or self._listing(name) \
                        or _SERIES.match(name) or _KIND_OF.match(name) or _COUNTED_REFERENCE.match(name) or _SHOW.search(name):
                    continue  # (参加了许多儿童聚会: a series; 这两次会议: several; 在展览会上: a show)
                if _PRONOUN_SUBJECT.match(name):
                    continue  # 他是校运会上的主力: a clause about someone, not a meeting referred to
                if _listed_title(text, m.start(), m.end()):
                    continue  # 图名分别为《…像》、《在…庆典上讲话》、…: one title in a list of works (§3: lists)
                # (…19日在郑州签署战略合作框架协议。…出席签约仪式并致辞: the signing told just before is the ceremony's act)
                # (2月7日，甲集团向市慈善总会捐赠善款…。…出席捐赠仪式: a donation ceremony, the donation told just before)
                # (…向50户困难家庭发放救助金10万元。…出席发放仪式: a distribution ceremony, the handing out just before)
                act = next((a for c, a in _CEREMONY_ACTS if c.search(name)), None)
                signing = self._signing_act(doc, sentences, index, m.start(), act,
                                            START_ACT_REACH if act is _START_ACT else 1) if act is not None else None
                signed_on = self.date_of(doc, signing[1], reference) if signing is not None else (None, None, None)
                # (双方曾于2022年签署…, 2022年在杭州签署…, or a day long before the report or after it: a signing recalled,
                # no day or place of this ceremony)
                year = _YEAR_NUMBER_AHEAD.search(signing[1]) if signing is not None else None
                recalled = signing is not None and (
                    _EARLIER_SIGNING.search(signing[1], 0, signing[2].start()) is not None
                    or (signed_on[0] is None and reference is not None and year is not None and int(year[1]) != reference.year)
                    or (signed_on[0] is not None and reference is not None
                        and not _recent(dt.date.fromisoformat(signed_on[0]), reference)))
                # (双方曾于2022年签署…协议，此次…出席签约仪式: the ceremony's own words come after the recalled signing,
                # when they mark this occasion; 2022年，双方签署…协议，…出席签约仪式 narrates the earlier one whole)
                own_from = len(signing[1]) if recalled and signing is not None and signing[0] is sentence \
                    and _THIS_OCCASION.match(text, len(signing[1])) else 0
                # (…在发布会上表示，首批消费券已于11月1日发放: a day inside the remarks made there is no day of the meeting)
                said = _REMARKS_AFTER.match(text, m.end())
                when = self.date_of(doc, text[own_from : said.end() if said else len(text)], reference)
                signed_at = None  # (where the signing act just before took place)
                if signing is not None and not recalled:
                    when = when if when[1] is not None else signed_on
                    at = next((a for a in _SIGNED_AT.finditer(signing[1]) if a.end() == signing[2].end()), None)
                    loc = self.clean_location(at["loc"]) if at else None
                    if loc and not (_NOT_A_PLACE.search(loc) or _CIRCUMSTANCE_END.search(loc)):
                        signed_at = loc
                lectured = None  # (the sentence before telling the lecture this reference names)
                class_venue = None  # (where the class the sentence before tells opened or closed)
                # (…篮球赛10月20日在市体育中心落下帷幕。在当天下午举行的闭幕式上，…: 当天 is the day just told, read as
                # when no day is written; not 次日, a day after it)
                this_day = _SAME_DAY.search(text)
                this_day = this_day if this_day is not None and this_day.group().strip() in _THIS_DAY_WORDS else None
                if when[1] is None and index > 0 and (this_day or not _SAME_DAY.search(text)) and not recalled:
                    # 11月20日下午，某某教授应邀来我院作学术讲座。讲座由…主持: the sentence before, in the same
                    # paragraph, dates the event it introduced
                    # (only when that sentence speaks of the same kind of event: 讲座 / 报告 for 报告会)
                    before = sentences[index - 1]
                    heads = self._heads_of(name)
                    opened = None
                    if _CEREMONY_NAMED.fullmatch(name) and name.startswith(("开幕", "闭幕")):
                        # …农博会3日在西陵开幕。本届农博会展期5天…。\n开幕式上，…: the event's opening told a sentence or
                        # two before, across a paragraph break, is the ceremony's (GUIDELINES §3 date and location)
                        opened_at = _OPENED_AT if name.startswith("开幕") else _CLOSED_AT
                        opened = next((s for s in reversed(sentences[max(0, index - 3) : index])
                                       if not heading_like(doc.clean_text, s.start) and opened_at.search(s.text)), None)
                        before = opened or before
                    if opened is not None or "\n" not in doc.clean_text[before.end : sentence.start] and (
                            any(h[:2] in before.text for h in heads)
                            or (heads & _LECTURE_HEADS and _LECTURE_WORDS.search(before.text))
                            # (…大赛在省会落下帷幕。闭幕式上，…: the ceremony of the event that closed)
                            or (_CEREMONY_NAMED.fullmatch(name) and _HELD_ANYWHERE.search(before.text))):
                        when = self.date_of(doc, before.text, reference)
                        if this_day is not None and when[0] is not None:
                            # (its own day word and time of day, GUIDELINES §3 date_text)
                            word = this_day.group().strip()
                            when = (when[0], word, "晚上" if word == "当晚" else _time_of_day(text[this_day.end() :]))
                        lectured = before if heads & _LECTURE_HEADS else None
                        ended = _CLASS_ENDED_AT.search(before.text) if heads & {"结业式", "开班式"} else None
                        if _CEREMONY_NAMED.fullmatch(name) and name.startswith(("开幕", "闭幕")):
                            # …博览会12日在长春国际会展中心开幕。开幕式上，…: the event opened there, its ceremony too
                            ended = (_OPENED_AT if name.startswith("开幕") else _CLOSED_AT).search(before.text)
                            if ended is None and name.startswith("开幕") and _FAIR_OPENED.search(before.text) \
                                    and not _EARLIER_EDITION.search(before.text):
                                # 由市政府主办…的…博览会在国际会展中心举行。…参加开幕式: the fair held there by its
                                # host, its opening ceremony too (not 去年，…首届博览会在…举办: an earlier edition or
                                # time told, not the fair whose opening this is)
                                ended = _FAIR_HELD_AT.search(before.text)
                            if ended is not None and not _EARLIER_EDITION.search(before.text):
                                # (由县人社局主办的…招聘会在县文化广场开幕。开幕式上，…: the host of the fair that opened
                                # there, read as for one held there)
                                fair_host = _FAIR_HOST.search(before.text, 0, ended.start())
                                body = body or (self.clean_org(fair_host["org"]) if fair_host else None)
                        # (中新网西陵11月3日电 …农博会3日在西陵开幕: the dateline's city, a place however short)
                        if ended and (self._is_place(doc, before, ended["loc"], _ATTRIBUTIVE_VENUE_EXTRA)
                                      or (opened is not None and ended["loc"] == _dateline_city(doc.clean_text, before.end))):
                            # …培训班在州委党校结业。…出席结业式并讲话: the class closed there, its ceremony too
                            class_venue = self.clean_location(ended["loc"])
                if m["lecture"]:
                    lectured = sentence  # (…在图书馆报告厅作了…讲座，讲座由…主持: the lecture told in this sentence)
                named_at = next(m.start(g) for g in ("at", "obj", "lead", "subject", "held", "source", "rite") if m[g])
                written_year = _YEAR_NUMBER_AHEAD.search(when[1] or text[own_from:named_at])
                if _FLASHBACK.search(text, 0, m.end()) or (
                    reference and written_year and written_year[1] != str(reference.year)
                ):
                    continue  # 2017年9月9日，在当年的…发布会上: an earlier occasion recalled, not this report's
                place = _PLACE_BEFORE.search(text, 0, m.start()) if m["obj"] else None
                venue = place and self._is_place(doc, sentence, place["loc"], _VENUE_EXTRA)
                location = (self.clean_location(place["loc"]) if venue else None) or class_venue or signed_at
                told = _LECTURE_TOLD.search(lectured.text) if location is None and lectured is not None else None
                if told and lectured is not None:
                    # …教授在图书馆报告厅作了题为《…》的学术报告。报告会由…主持: where the lecture was given
                    location = self._lecture_venue(doc, lectured, told.end())
                if name in _TALKS:
                    held_by = None  # 在中美两国政府代表团举行的会谈中: talks have parties, not an organizer
                yield self._record(doc, sentence, name, when, location or held_at,
                                   (self.clean_org(study["org"]) if study else body) or held_by)
                break  # one reference per sentence

    @staticmethod
    def _signing_act(
        doc: Document, sentences: list[Sentence], index: int, at: int, act: re.Pattern[str] = _SIGNING_ACT,
        reach: int = 1,
    ) -> tuple[Sentence, str, re.Match[str]] | None:
        """The signing act (签署/签订/签约) whose ceremony ``sentences[index]`` refers to at ``at`` (an offset
        into that sentence's text): the last one told before it in the same sentence, else the last one of
        the sentence right before (…19日在郑州签署战略合作框架协议。…出席签约仪式并致辞), a body sentence, not
        a headline, or of the nearest of the ``reach`` sentences before that tells one. Returns that sentence,
        its text up to the end of the act's clause, and the act's match in that text; None when no act is
        told there.  ``act`` is the verb of the ceremony's kind (a signing, or a donation for 捐赠仪式)."""
        sentence = sentences[index]
        acts = list(act.finditer(sentence.text, 0, at))
        if acts:
            return sentence, sentence.text[: clause_bounds(sentence.text, acts[-1].start())[1]], acts[-1]
        for before in reversed(sentences[max(0, index - reach) : index]):
            if heading_like(doc.clean_text, before.start) or not before.text.rstrip().endswith(("。", "！")):
                return None
            acts = list(act.finditer(before.text))
            if acts:
                return before, before.text[: clause_bounds(before.text, acts[-1].start())[1]], acts[-1]
        return None

    @staticmethod
    def _same_meeting_held(text: str, noun: str, name: str, stated: str | None, reference: dt.date | None) -> bool:
        """A sentence that opens on 会议 (or on ``noun``, the head the meeting's own ``name`` ends in) and says it
        was held on the day it states (``stated``), not after publication: 此次会议于5月7日在…召开 after 近日，县委召开
        常委会会议 (not 大会于10月18日举行 after a 筹备会, 活动于5月10日启动, 于5月20日前完成)."""
        if noun != "会议" and not name.endswith(noun):
            return False
        if not _HELD_AFTER_DATE.search(text) or _ONGOING_WORD.search(text):
            return False
        return stated is None or reference is None or dt.date.fromisoformat(stated) <= reference

    @staticmethod
    def _is_place(doc: Document, sentence: Sentence, loc: str, extra: re.Pattern[str]) -> bool:
        """Whether ``loc`` (read after 在 in ``sentence``) names a venue or a place: a usual venue
        ending, one of ``extra``, a city's short name, a place the entity tagger found there, or the city of the
        dateline the sentence is told under (新华社太原8月24日电 …在太原召开的座谈会上)."""
        if _NOT_A_PLACE.search(loc):
            return False
        return bool(_VENUE_END.search(loc) or extra.search(loc) or loc in _CITY_SHORT_NAMES or any(
            e.type == "LOC" and e.text == loc and sentence.start <= e.start < sentence.end for e in doc.entities)
            or loc == _dateline_city(doc.clean_text, sentence.end))

    @staticmethod
    def _places_only(doc: Document, sentence: Sentence, loc: str) -> bool:
        """Whether ``loc`` is places the entity tagger found in ``sentence``, one after another (瑞士达沃斯); never a
        name ending like a body (美国大迈阿密商会: the tagger's place, then 商会, holds the meeting)."""
        if _HOLDER_END.search(loc) or loc.endswith(_ORG_ENDING_HUI):
            return False
        names = longest_first({e.text for e in doc.entities if e.type == "LOC" and sentence.start <= e.start < sentence.end})
        rest = loc
        while rest:
            word = next((n for n in names if n and rest.startswith(n)), None)
            if word is None:
                return False
            rest = rest[len(word) :]
        return bool(loc)

    def _reads_as_holder(self, doc: Document, sentence: Sentence, org: str | None) -> bool:
        """Whether ``org`` (cleaned) is a body's name that can hold a meeting: a body's end or a 会 that ends an
        organization's name, not a person the tagger found (迟浩田今天举行的…)."""
        if not org or not (_HOLDER_END.search(org) or org.endswith(_ORG_ENDING_HUI)):
            return False
        return not any(e.type == "PER" and org.endswith(e.text) and sentence.start <= e.start < sentence.end
                       for e in doc.entities)

    def _attribute_holder(
        self, doc: Document, sentence: Sentence, pre: str, after_at: bool
    ) -> tuple[str | None, str | None]:
        """(organizer, location) of a meeting named after an attribute of holding it, read from ``pre``, what stands
        before the verb (GUIDELINES §3 organizer, location). After 在 (在中国科协举办的…上, 在伦敦召开的…上) it is
        either the place (a venue, a city, places the tagger found) or the body holding it; without 在
        (临时立法会今天举行的…, 2月下旬在伦敦召开的…) a last 在 parts the body before it from the place after it.
        A time alone (在日前召开的…, 在4月28日开幕的…) or anything that reads as neither gives ``None``."""
        if after_at:
            org_part, place_part = pre, pre
        else:
            parted = _HOLDER_AT_PLACE.fullmatch(pre)
            org_part, place_part = (parted["org"], parted["loc"]) if parted else (pre, None)
        loc = self.clean_location(place_part, _dateline_city(doc.clean_text, sentence.end)) if place_part else None
        if loc and (self._is_place(doc, sentence, loc, _ATTRIBUTIVE_VENUE_EXTRA) or self._places_only(doc, sentence, loc)
                    or _VENUE_OF_BODY.search(loc)):
            return (None, loc) if after_at else (self._holder_of(doc, sentence, org_part), loc)
        return self._holder_of(doc, sentence, org_part, after_at), None

    def _holder_of(self, doc: Document, sentence: Sentence, part: str, after_at: bool = False) -> str | None:
        org = self.clean_org(part) if part.strip() else None
        if after_at and org and not org.endswith(_COUNCIL_HOLDER):
            return None  # 在波兰议会举行的会议上, 在中组部召开的…: after 在 a council holds it, other bodies as on the main path
        return org if self._reads_as_holder(doc, sentence, org) else None

    def _headline_venue(self, doc: Document, title: str, name: str) -> str | None:
        """The venue the headline states for the main meeting when its body states none (青山县在县行政中心召开
        项目建设推进会 over 4月15日，青山县召开2024年重点项目建设推进会…): the headline restates a body fact
        (GUIDELINES §1), so its venue is the meeting's. Only a headline holding this meeting (by name) and not
        a planned one; the venue must read as a place."""
        titled = self.match(title)
        if not titled or titled[1] not in ("active", "passive") or _PLANNED.search(title) \
                or not titled[0].groupdict().get("loc") or not self._same(self.clean_name(titled[0]["name"]), name):
            return None
        loc = self.clean_location(titled[0]["loc"])
        if not loc or _NOT_A_PLACE.search(loc):
            return None
        if _VENUE_END.search(loc) or _VENUE_EXTRA.search(loc) or _ATTRIBUTIVE_VENUE_EXTRA.search(loc) \
                or loc in _CITY_SHORT_NAMES.values() or any(e.type == "LOC" and e.text == loc for e in doc.entities):
            return loc
        return None

    def _record(
        self, doc: Document, sentence: Sentence, name: str, when: tuple[str | None, str | None, str | None],
        location: str | None, organizer: str | None,
    ) -> dict[str, Any]:
        """A meeting record read from ``sentence`` (its attendee count too); the host comes later."""
        date, date_text, time_of_day = when
        count, approx = self.attendees(sentence.text)
        location = (location or "").lstrip("—－―─-") or None  # (在他的家乡———湖南省湘乡市: an apposition's dash)
        if location and (apposed := _APPOSITION_DASH.split(location)[-1]):
            # (来到其党建联系点——城关镇东关社区: a description, then the place it names after the dash)
            location = apposed
        return {
            "name": name,
            "date": date,
            "date_text": date_text,
            "time_of_day": time_of_day,
            "location": location,
            "organizer": organizer,
            "host": None,
            "attendee_count": count,
            "attendee_approx": approx,
            "evidence": evidence(doc, sentence),
        }

    def assign_attendees(self, meetings: list[dict[str, Any]], sentences: list[Sentence], text: str) -> None:
        """A meeting without a count in its own sentence takes the first count stated in its stretch
        (its sentence up to the next meeting's); the main meeting also reads the text before the
        first meeting and outside the other stretches (参加人员：…共56人 above the body)."""
        stretches = _stretches(meetings)
        for k, meeting in enumerate(meetings[1:], 1):
            # 会后设酒会招待会员，约200名会员出席大会: a reception's sentence counting the meeting before it
            other = self._counts_other_meeting(meeting["evidence"]["text"], meeting["name"]) \
                if meeting["name"] in _RECEPTIONS and meeting["attendee_count"] is not None else None
            if other:
                counted = next((m for m in meetings[:k] if other in m["name"]), None)
                if counted and counted["attendee_count"] is None:
                    counted["attendee_count"], counted["attendee_approx"] = meeting["attendee_count"], meeting["attendee_approx"]
                meeting["attendee_count"], meeting["attendee_approx"] = None, False
        for k, meeting in enumerate(meetings):
            if meeting["attendee_count"] is not None or meeting.get("_uncounted"):
                continue
            lo, hi = stretches[meeting["evidence"]["clean_start"]]
            if k == 0:
                others = [span for s, span in stretches.items() if s != lo]
                own = {m["evidence"]["clean_start"] for m in meetings[1:]}
                # Its own stretch first, then any sentence but another meeting's own, and not one that names
                # the other meeting's kind (…召开全县干部大会。全县干部共300余人参加大会: that meeting's count)
                mine = [t for t in sentences if not any(a <= t.start < b for a, b in others)] + [
                    t for t in sentences if any(a <= t.start < b for a, b in others) and t.start not in own
                    and (not self._names_other_meeting(t, meetings, stretches)
                         or (not _same_paragraph(text, t, own) and not any(self._names(t, m) for m in meetings[1:])))
                    # (…召开重点项目推进会。次日，区人社局举办…开班仪式，局长马骏致辞。共50名学员参加培训: the count
                    # of another event's account, one held on another day or by another body, is never the main one's)
                    and not any(_separate_events(meeting, m) and self._in_account(t, m, stretches, text)
                                and not self._back_to_main(t, meeting, m, text)
                                and not self._counts_main(t.text, meeting, m) for m in meetings[1:])
                    # (…举行签约仪式。当天下午，还召开了…推进会。…主持会议。…40余人参加会议: a bare 会议 attended in the
                    # paragraph of the meeting told after, the count of that one, unless the main one is named)
                    # (not a meeting held within the main one, 会上，举行了…仪式, nor an earlier one told in an aside)
                    and not (self._attended(t.text) in ("会议", "会") and not self._names(t, meeting, by_organizer=False)
                             and any(_same_paragraph(text, t, {m["evidence"]["clean_start"]})
                                     and self._in_account(t, m, stretches, text)
                                     and not self._back_to_main(t, meeting, m, text)
                                     and not self._counts_main(t.text, meeting, m) for m in meetings[1:]))
                ]
            else:
                # (此前，…召开了评审委员会会议…。…共200余人参加表彰会: the main meeting's count, not the aside's)
                mine = [t for t in sentences if self._in_account(t, meeting, stretches, text)
                        and not self._back_to_main(t, meetings[0], meeting, text)]
                main = meetings[0]
                if main["date"] and meeting["date"] and main["date"] != meeting["date"]:
                    # (…培训班开班仪式。次日，…座谈会在同地召开。共120名学员参加培训: the class's trainees, not the
                    # next day's meeting's)
                    mine = [t for t in mine if not (
                        (word := self._attended(t.text)) and word in main["name"] and word not in meeting["name"])]
                if meeting["name"] in _TALKS and self._heads_of(main["name"]) & _LECTURE_HEADS:
                    # (…报告会由…主持。校长…会见了…一行。200多名师生聆听了报告: the lecture's audience, not the call's)
                    mine = [t for t in mine if not re.search("聆听|" + _LECTURE_WORDS.pattern, t.text)]
                if meeting["name"] in _RECEPTIONS:
                    # (…会后设酒会招待嘉宾。是次大会约300名会员出席: the meeting's count, not the reception's)
                    mine = [t for t in mine if not self._counts_other_meeting(t.text, meeting["name"])]
            present = next((c for t in mine if (c := self.attendees(t.text, elsewhere=True, patterns=self.present))[0] is not None), None)
            if present is not None:
                meeting["attendee_count"], meeting["attendee_approx"] = present
                continue  # (会议邀请了30位…代表列席。会议应到人数120人，实到116人: 116)
            for sentence in mine:
                count, approx = self.attendees(sentence.text, elsewhere=True)
                if count is not None:
                    meeting["attendee_count"], meeting["attendee_approx"] = count, approx
                    break
            if meeting["attendee_count"] is None and "活动" not in meeting["evidence"]["text"] \
                    and not _CAMPAIGN_LAUNCH.search(meeting["name"]):
                after = next((t for t in mine if t.start >= meeting["evidence"]["clean_end"]), None)
                if after is not None and not text[meeting["evidence"]["clean_end"] : after.start].strip() \
                        and _ACTIVITY_DREW.match(after.text):
                    meeting["attendee_count"], meeting["attendee_approx"] = self.attendees(after.text, patterns=[self._drawn])
                elif after is not None and not text[meeting["evidence"]["clean_end"] : after.start].strip() \
                        and "\n" not in text[meeting["evidence"]["clean_end"] : after.start] \
                        and not _same_paragraph(text, after, {m["evidence"]["clean_start"] for m in meetings} - {lo}):
                    # …座谈会在…举行。逾200位社区干部参与。: the count told right after the only meeting of its paragraph
                    meeting["attendee_count"], meeting["attendee_approx"] = self.attendees(after.text, patterns=[_TOOK_PART_NEXT])

    def _in_account(self, t: Sentence, meeting: dict[str, Any], stretches: dict[int, tuple[int, float]], text: str) -> bool:
        """Whether sentence ``t`` belongs to the account of ``meeting`` (not the main one): it lies in the
        meeting's stretch, in the paragraph of its sentence or naming it, or in the paragraph right under the
        meeting's sentence when that is a headline of a list item (南湖街道召开安全生产会议 / 会议由…主持，共40人参加。)."""
        lo, hi = stretches[meeting["evidence"]["clean_start"]]
        if not lo <= t.start < hi:
            return False
        # (…当天下午，县委常委会召开会议。\n…共120余人参加会议: a closing paragraph counts the main
        # meeting, not the one told just before it)
        between = text[lo : t.start]
        if "\n" not in between or self._names(t, meeting):
            return True
        line_end = text.find("\n", lo)
        headline = text[text.rfind("\n", 0, lo) + 1 : line_end].strip()
        return between.count("\n") == 1 and not _SENTENCE_MARK.search(headline)

    def _back_to_main(self, t: Sentence, main: dict[str, Any], other: dict[str, Any], text: str) -> bool:
        """Whether sentence ``t``, in the account of ``other``, returns to the main meeting: it names the main
        meeting and not ``other`` (…共200余人参加表彰会), or ``other`` is an earlier event told in an aside
        (:data:`_EARLIER_ASIDE`) and ``t`` closes the paragraph after the aside's sentence (此前，区政协于4月20日召开
        常委会议，实到委员25人。区政协主席王华主持会议。全体委员共60人参加会议。)."""
        if self._names(t, main, by_organizer=False) and not self._names(t, other):
            return True  # (not the organizer alone: 县委 in 县委书记李明主持座谈会 names no meeting)
        aside_end = other["evidence"]["clean_end"]
        return bool(_EARLIER_ASIDE.match(other["evidence"]["text"])) and t.start >= aside_end \
            and text[t.end : t.end + 1] in ("", "\n")

    def _counts_main(self, sentence: str, main: dict[str, Any], other: dict[str, Any]) -> bool:
        """Whether the count of ``sentence``, told in the account of ``other``, names the main meeting: what
        its people attend is a word of the main meeting's name that the other's lacks (…培训班开班仪式。次日，
        …座谈会在同地召开。共120名学员参加培训; 乡村振兴大会 … 共200余人参加大会), or the other is a ceremony
        held within the main meeting (会上，…举行项目签约仪式) and they attend the 会议 or 大会 (GUIDELINES §3)."""
        word = self._attended(sentence)
        if word is None:
            return False
        return (word in main["name"] and word not in other["name"]) or (
            word in ("会议", "大会") and other["evidence"]["text"].startswith(_WITHIN_MEETING))

    def _attended(self, sentence: str) -> str | None:
        """The two characters after the verb of attending in the clause of ``sentence`` that holds its
        attendee count (共120名学员参加培训 -> 培训); None when that clause has no such verb."""
        for clause in _CLAUSE_SPLIT.split(sentence):
            if self.attendees(clause)[0] is not None:
                attended = _ATTENDED.search(clause)
                return attended["word"] if attended else None
        return None

    def _counts_other_meeting(self, sentence: str, name: str) -> str | None:
        """The head word of a meeting other than ``name`` that the clause holding the attendee count of
        ``sentence`` names (约200名会员出席大会 -> 大会; not 约800人出席, nor 逾千人出席酒会 for 酒会)."""
        for clause in _CLAUSE_SPLIT.split(sentence):
            if self.attendees(clause)[0] is not None:
                return next((h.group() for h in self._specific_head.finditer(clause) if h.group() not in name), None)
        return None

    def _names(self, t: Sentence, meeting: dict[str, Any], by_organizer: bool = True) -> bool:
        """Whether sentence ``t`` names ``meeting`` itself: its organizer (unless ``by_organizer`` is false) or a head
        word of its own (县人大常委会…参加会议, …参加干部大会), not only the generic 会议."""
        heads = self._heads_of(meeting["name"]) - _GENERIC_HEADS - {"会议", "大会", "会"}
        own = meeting["name"][-4:] if len(meeting["name"]) > 4 else None  # (全县干部大会: 干部大会)
        return bool((by_organizer and meeting["organizer"] and meeting["organizer"] in t.text)
                    or any(h in t.text for h in heads) or (own and own in t.text))

    def _names_other_meeting(self, t: Sentence, meetings: list[dict[str, Any]], stretches: dict[int, tuple[int, float]]) -> bool:
        """The sentence lies in another meeting's stretch and names that meeting's kind, which the main
        meeting's name lacks (全县干部共300余人参加大会 after …召开全县干部大会)."""
        mine = self._heads_of(meetings[0]["name"])

        def said(heads: set[str]) -> bool:
            # (…共30余人参加座谈 after 召开座谈会: the head's stem names it too)
            return any(h in t.text or (len(h) >= 3 and h[-1] in "会班" and h[:-1] in t.text) for h in heads)

        for other in meetings[1:]:
            a, b = stretches[other["evidence"]["clean_start"]]
            if a <= t.start < b:
                return said(self._heads_of(other["name"]) - mine - {"会"}) and not said(mine - {"会"})
        return False

    def assign_hosts(self, meetings: list[dict[str, Any]], speakers: list[dict[str, Any]]) -> None:
        """Each meeting's host: the person chairing in a sentence that names the meeting's own kind
        (党课由某某主持); else the person whose 主持 sentence lies between the meeting's sentence and
        the next meeting's (in text order); the main meeting, failing that, takes the first person
        who chairs anything outside the other meetings' stretches."""
        chairs = [
            # (the name's own place: of co-hosts in one sentence, the first one written is the host)
            (ev["clean_start"] + max(0, ev["text"].find(person["name"])), person, ev["text"])
            for person in speakers if "主持" in person["roles"]
            for ev in person["evidence"]
            # (甲和…乙共同主持: co-hosts, the first one written is the host; 王某8月15日上午在…主持召开: a
            # date and a venue between; not 甲在乙主持的会议上, 在乙主持下: someone else chairs)
            # (鄧炳強，GBS，JP今日主持: honours after the name)
            if "主持" in ev["text"] and _chairs_in(person["name"], ev["text"])
        ]
        chaired = list(chairs)  # every chair sentence, for the meetings listed by one verb below
        # (…召开会议，…并主持宪法宣誓仪式: the chair of a ceremony only, who hosts no meeting but a ceremony)
        ceremony_only = {pos for pos, person, sentence in chairs if not _chairs_in(person["name"], sentence, ceremonies=False)}
        naming: set[int] = set()  # where the chair sentences that named a meeting's host stand
        if len(meetings) > 1:
            for meeting in meetings:
                heads = self._heads_of(meeting["name"]) - _GENERIC_HEADS - {"会议", "大会"}
                others = set().union(*(self._heads_of(o["name"]) for o in meetings if o is not meeting))
                own = heads - others
                # (颁奖典礼: 典礼由某某主持 or 某某主持典礼, when no other meeting's head ends the same way)
                ends = {h[-2:] for h in own} - {h[-2:] for h in others} - {"会议", "大会"}
                # (新闻发布会: 刘平主持发布会, its last three characters, when no other meeting's head ends so)
                ends |= {h[-3:] for h in own if len(h) > 3} - {h[-3:] for h in others} - _GENERIC_HEADS
                # (党委会由刘洋主持: the meeting's own name, when no other meeting's holds it)
                whole = {meeting["name"]} if not any(meeting["name"] in o["name"] for o in meetings if o is not meeting) else set()
                nouns = own | ends | whole
                # (甲主持组织生活会，乙主持民主评议党员会议: the chair whose own clause names the meeting, before
                # one who chairs another in the same sentence)
                named = next(((pos, p) for pos, p, sentence in chairs
                              if any(_chairs_named(h, c) for c in _clauses_of(p["name"], sentence) for h in nouns)),
                             None) or next(((pos, p) for pos, p, sentence in chairs
                                            if any(_chairs_named(h, sentence) for h in nouns)), None)
                if named is not None:
                    meeting["host"] = {"name": named[1]["name"], "title": named[1]["title"]}
                    naming.add(named[0])
        several = [(pos, person, shared["n"] or shared["m"]) for pos, person, sentence in chairs
                   if pos not in naming and (shared := _CHAIRS_SEVERAL.search(sentence))]
        # (党组会议由冯涛主持 under a headline naming the 随后 meeting, now first: the sentence that named one
        # meeting's host chairs no other)
        # (会后，又召开了…主任会议。会议由周某主持: a chair sentence of the sitting within a later meeting's own
        # account, after its sentence, is that meeting's too when its chair chaired the one before)
        sitting = {pos for pos, _, sentence in chairs if pos not in naming and _CHAIRS_THE_MEETING.search(sentence)}
        # (县委召开常委会会议，王明主持。当天下午，县委理论学习中心组举行集体学习会。王明主持并讲话: a bare 主持 with no
        # meeting named, after a later meeting's sentence, chairs that one, also when its chair chaired the one before)
        sitting |= {pos for pos, person, sentence in chairs if pos not in naming and person["name"] in sentence
                    and _CHAIRS_BARE.match(sentence, sentence.find(person["name"]) + len(person["name"]))}
        chairs = [(pos, person) for pos, person, _ in chairs if pos not in naming]
        chairs.sort(key=lambda c: c[0])
        stretches = _stretches(meetings)
        taken: set[str] = set()
        for meeting in meetings:
            start, end = stretches[meeting["evidence"]["clean_start"]]
            if meeting["host"] is not None:
                taken.add(meeting["host"]["name"])
                continue
            fit = [(pos, p) for pos, p in chairs if pos not in ceremony_only or _CEREMONY_NAME.search(meeting["name"])]
            own_end = meeting["evidence"]["clean_start"] + len(meeting["evidence"]["text"])
            host = next((p for pos, p in fit if start <= pos < end and (
                p["name"] not in taken or pos in sitting and pos >= own_end and meeting is not meetings[0])), None)
            if host is None:
                host = self._chairs_again(meeting, fit)
            if host is not None:
                meeting["host"] = {"name": host["name"], "title": host["title"]}
                taken.add(host["name"])
        main = meetings[0]
        if main["host"] is None:
            first = min(stretches)
            others = [span for s, span in stretches.items() if s != main["evidence"]["clean_start"]]
            host = next(
                (p for pos, p in chairs
                 if p["name"] not in taken and (pos < first or not any(s <= pos < e for s, e in others))
                 and (pos not in ceremony_only or _CEREMONY_NAME.search(main["name"]))),
                None,
            )
            if host is not None:
                main["host"] = {"name": host["name"], "title": host["title"]}
        for pos, person, count in several:
            # 两次会议均由县政协主席苏杭主持: each of the meetings before the sentence (the nearest, as many as it
            # counts) that has no host of its own
            before = sorted((mt for mt in meetings if mt["evidence"]["clean_start"] <= pos),
                            key=lambda mt: mt["evidence"]["clean_start"], reverse=True)
            for meeting in before[: _COUNT_WORDS.get(count or "", len(before))]:
                if meeting["host"] is None:
                    meeting["host"] = {"name": person["name"], "title": person["title"]}
        for k, meeting in enumerate(meetings):
            # 县委书记魏广田先后主持召开县委常委会会议和县委深改委第十一次会议: one chair for every meeting the verb lists
            ev = meeting["evidence"]
            first = next((o for o in meetings[:k] if o["host"] is not None and o["evidence"]["clean_start"] == ev["clean_start"]), None)
            if meeting["host"] is None and first is not None and self._chairs_list(ev["text"], first, meeting["name"]):
                meeting["host"] = dict(first["host"])
            elif meeting["host"] is None and first is not None and any(
                    person["name"] == first["host"]["name"] and _CHAIRS_THE_MEETING.search(sentence)
                    and ev["clean_start"] + len(ev["text"]) <= pos < stretches[ev["clean_start"]][1]
                    for pos, person, sentence in chaired):
                # 召开甲会和乙会。村党支部书记某某主持会议: the sitting's chair, told after the sentence listing both
                # and before any other meeting's, chairs each of them
                meeting["host"] = dict(first["host"])

    def _named_body_before(self, before: str, kind: str) -> str | None:
        """The last body of the kind an anaphor stands for (该校: a school) named in ``before``, written
        whole after a mark, a preposition or a verb of going; ``None`` when none is named."""
        named = list(re.finditer(
            r"(?:^|(?<=[，。；、\s：:（(“从在于据对由与和向到赴]))(?P<name>(?![该本我全各此每])(?:(?![到在赴与和同对向为是的了把被从])"
            r"[\u4e00-\u9fff]){1,14}?" + _ANAPHOR_KINDS[kind] + ")", before))
        # (到县人民医院、县中医院调研。…该院: one of several listed, the anaphor's body is not told)
        if not named or len(named[-1]["name"]) < 3 or _LIST_JOINER.match(before[named[-1].end() :]) \
                or before[: named[-1].start()].endswith(("、", "和", "与", "及")):
            return None
        org = self.clean_org(named[-1]["name"])
        return org if org == named[-1]["name"] else None

    @staticmethod
    def _chairs_list(text: str, first: dict[str, Any], name: str) -> bool:
        """Whether ``text`` has the first meeting's host chair a list of meetings, ``name`` among them, in one
        clause (甲先后主持召开乙会议和丙会议), not a meeting told after another clause (甲主持召开乙会议，会后召开丙会议)."""
        chair = re.search(_spaced(first["host"]["name"]) + r"[^，。；]{0,20}?主持(?:召开|举行|举办)了?", text)
        at = text.find(name, chair.end()) if chair else -1
        return at >= 0 and not _CLAUSE_MARK.search(text[chair.end() : at])

    @staticmethod
    def _spoken_at_before(doc: Document, start: int, name: str) -> bool:
        """Whether the text before ``start`` (an offset into the clean text) names a meeting of the deictic
        name's kind as the one a speech was given at (在全市民营企业座谈会上讲话。他说，今天我们召开这次座谈会:
        the 座谈会 named before, read by a later pass, is the one the speech speaks of)."""
        kind = _DEICTIC_LEAD.sub("", name)
        return bool(re.search("在[^，。；,;\n]{2,40}?" + re.escape(kind) + "上", doc.clean_text[max(0, start - CONTEXT_BEFORE_CHARS) : start]))

    def _place_holder(self, name: str) -> tuple[str, str] | None:
        """An administrative place with its level (and a people's body of it) written before a passive name as its holder
        (东城区民营经济发展大会 → 东城区, 民营经济发展大会): the organizer and what remains, when the place is no word that
        only looks like one, is not what the event is about, and what remains is a name of its own."""
        # (团县委五四表彰大会: the youth league's body read first, not 团县 as a place)
        prefixed = _BARE_LEVEL_MASS_BODY.match(name) or _PLACE_ASSOCIATION_PREFIX.match(name) \
            or _PLACE_HOLDER_PREFIX.match(name)
        # (kept narrow: a prefecture, a league or a banner, 黔东南州, 正蓝旗, and a place after another, 深圳市光明区, 吉林省延边州,
        # are left whole; read with them, the held-out probes' organizer precision fell by one false positive)
        # (县残联助残日启动仪式: a bare level, no place's own name to check)
        if prefixed is None or prefixed.re is not _BARE_LEVEL_MASS_BODY and (
                _LOOKS_LIKE_PLACE.search(prefixed["place"]) or prefixed["place"][-1] in "州盟旗"
                or len(re.findall("[省市县区镇乡]|街道", prefixed["place"])) > 1):
            return None
        rest = name[prefixed.end("org") :]
        if _PLACE_IS_ABOUT.search(rest) or _OTHER_PARTY.match(rest) or _PARTIES_JOINED.match(rest) \
                or _BODY_AT_START.match(rest) or _not_an_organizer_prefix(prefixed["org"], rest) \
                or len(rest) < PLACE_HELD_NAME_MIN or self._no_name(rest) or not self._head.search(rest) \
                or rest.endswith("班"):  # (平安县妇联家政服务培训班开班: a class opened, kept whole)
            return None
        org = self.clean_org(prefixed["org"])
        return (org, self.clean_name(rest)) if org else None

    def _theme_holder(self, doc: Document, sentence: Sentence, name: str) -> tuple[str, str] | None:
        """A body written before a quoted theme at the head of a passive name (华星科技以“智造未来”为主题的2025年度经销商大会 →
        华星科技, 2025年度经销商大会): the organizer and the name after the theme, when the body reads as an organizer, is no
        person named in the sentence, and what remains ends in a meeting head."""
        themed = _HOLDER_BEFORE_THEME.match(name)
        if themed is None:
            return None
        org = self.clean_org(themed["org"])
        rest = self.clean_name(name[themed.end("org") :])
        if not org or _NO_THEME_HOLDER.search(themed["org"]) or rest.startswith("以") or not self._head.search(rest) or self._no_name(rest) or any(
                e.type == "PER" and e.text == themed["org"] and sentence.start <= e.start < sentence.end for e in doc.entities):
            return None
        return org, rest

    def _level_prefix(self, name: str) -> re.Match[str] | None:
        """A short body written at the head of a passive name (区红十字会2024年第一期…培训班, 市妇联“春蕾计划”启动仪式), when what
        remains is no session named by that body (区政府第48次常务会议) nor its congress (市文联第三次代表大会) and the
        body reads as an organizer."""
        prefixed = _LEVEL_ORG_PREFIX.match(name) or _LEVEL_ORG_BEFORE_QUOTE.match(name)
        if prefixed is None or _BODY_SESSION.match(name, prefixed.end("org")) or _CONGRESS.search(name, prefixed.end("org")) \
                or not self.clean_org(prefixed["org"]):
            return None
        return prefixed

    def _brand_prefix(self, doc: Document, sentence: Sentence, name: str) -> re.Match[str] | None:
        """A company's short or brand name at the head of a passive name, before a year or an ordinal
        (腾远科技2024年年会, 比亚迪第800万辆新能源汽车下线仪式), when it reads as an organizer and is no
        person's name, and what remains still ends in a meeting head."""
        prefixed = _BRAND_PREFIX.match(name)
        if prefixed is None or not self.clean_org(prefixed["org"]) or not self._head.search(name, prefixed.end("org")):
            return None
        if _CONGRESS.search(name, prefixed.end("org")) or prefixed["org"].endswith("党"):
            return None  # (中国共产党第十五次全国代表大会: a congress named by its party, the name whole)
        if _ENDS_AS_BODY.search(prefixed["org"]) or _PLACE_END.search(prefixed["org"]):
            return None  # (a body or a place word: _ORG_PREFIX and _not_an_organizer_prefix decide those)
        if any(e.type == "PER" and e.text == prefixed["org"] and sentence.start <= e.start < sentence.end for e in doc.entities):
            return None
        if prefixed["year"]:
            # (a year only before an ordinary meeting's name: a company's trade word or its full name written, not a
            # place's or an area's head, 深圳2024年…, 中国2024年…, whose city or country also has bodies named for it)
            # (人工智能2024年大会, 金融科技2024峰会: a field's name ending in a trade word is no company's)
            head = prefixed["org"]
            named = re.search(re.escape(head) + _COMPANY_NAMED_AFTER, doc.clean_text) \
                or re.match(re.escape(head) + "(?:隆重|成功|正式)?(?:举行|举办|召开)", (doc.meta.get("title") or "").strip())
            # (永泰家居2026年度经销商大会, 江城电子2026年度供应商大会: a two-character name before any company trade word,
            # GUIDELINES §3 eighth round, its holder; not 消费电子2024年…, a sector's)
            trade = _COMPANY_TRADE_END.search(head) or (
                (short := _COMPANY_SHORT_END.search(head)) and short.start() == 2 and not _SECTOR_STEM.match(head))
            return prefixed if named or (trade and not _AREA_HEAD.match(head) and not _FIELD_HEAD.match(head)) else None
        return prefixed if self._reads_as_company(doc, prefixed["org"]) else None

    @staticmethod
    def _reads_as_company(doc: Document, head: str) -> bool:
        """Whether a short head before a year or a made unit's ordinal reads as a company (GUIDELINES §3, the
        organizer prefix): the article names it as one (an ORG entity or a full name 比亚迪股份有限公司 that starts
        with it, the headline's subject holding the event) or it ends in a company's trade word (腾远科技) and is
        no area's or country's phrase (中国汽车). Otherwise, a place (达沃斯) or a field (中国经济学), the name
        stays whole."""
        if any(e.type == "ORG" and e.text.startswith(head) and len(e.text) > len(head) for e in doc.entities):
            return True
        if re.search(re.escape(head) + _COMPANY_FULL_AFTER, doc.clean_text):
            return True
        title = (doc.meta.get("title") or "").strip()
        if re.match(re.escape(head) + "(?:隆重|成功|正式)?(?:举行|举办|召开)", title):
            return True
        return bool(_COMPANY_SHORT_END.search(head)) and not _AREA_HEAD.match(head)

    @staticmethod
    def _chairs_again(meeting: dict[str, Any], chairs: list[tuple[int, dict[str, Any]]]) -> dict[str, Any] | None:
        """The person whom the meeting's own sentence has chair it, also one who chaired a meeting before
        (会后，李志坚又主持召开全县防汛工作视频调度会: the same chair, a second meeting)."""
        ev = meeting["evidence"]
        own = [p for pos, p in chairs if ev["clean_start"] <= pos < ev["clean_end"]]
        if len(own) != 1:
            return None
        at = ev["text"].find(own[0]["name"])
        chaired = _CHAIRS_NAMED_AFTER.match(ev["text"], at + len(own[0]["name"])) if at >= 0 else None
        return own[0] if chaired and ev["text"].startswith(meeting["name"], chaired.end()) else None

    @staticmethod
    def _event_subject(raw: str, org: str | None) -> str | None:
        """The event whose ceremony the subject holds (…科技周, …培训班), as written: the cleaned organizer
        would cut a class named for its members' posts (党支部书记培训班) or its brackets (村（社区）…)."""
        written = _SUBJECT_TIME_PREFIX.sub("", raw.strip())
        if _EVENT_END.search(written) and (org is None or org in written or _EVENT_END.search(org)):
            return written
        return org if org and _EVENT_END.search(org) else None

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

    @staticmethod
    def _learnt_at(text: str, name: str) -> bool:
        """记者从全县人才工作会议上了解到, 记者在会上获悉: the reporter learnt the news at the meeting ``name``."""
        at = _LEARNT_AT_MEETING.search(text)
        return at is not None and (name in at.group() or "会上" in at.group())

    def _headline_event(self, title: str, name: str) -> bool:
        """Whether the headline reports ``name`` as its event held: 全市重大项目集中开工活动举行 over 梅州市2024年第二
        季度重大项目集中开工活动在…举行 (the body's fuller name ends with the headline's, less its year and its 全市/我市
        scope), which the headline alone would give otherwise (GUIDELINES §3 name: the body's wording)."""
        found = self.match(title) if title else None
        if not found or _PLANNED.search(title):
            return False
        m, kind = found
        head = self.cleaned_name(m["name"])
        if self._no_name(head) or self._carried_on(kind, m, head):
            return False
        core = _HEADLINE_SCOPE.sub("", _LEADING_YEAR.sub("", head))
        return len(core) >= 4 and name.endswith(core)

    def _carried_on(self, kind: str, m: re.Match[str], name: str) -> bool:
        """志愿服务活动在幸福社区进行: a bare 进行 after a name with only a generic head (活动, 比赛) is an
        activity carried on, no meeting (交流会在…进行 is one)."""
        return kind == "passive" and m.group().endswith("进行") and not (self._heads_of(name) - _GENERIC_HEADS)

    def _heads_of(self, name: str) -> set[str]:
        """The head words of a name's parts (…推进会暨…签约仪式 -> {推进会, 签约仪式})."""
        # (…系列新闻发布会第十场: the kind is the press conference's, not its session number's)
        return {m.group() for part in name.split("暨")
                if (m := self._head.search(_PRESS_SESSION.sub("", part.rstrip("”」』"))))}

    def _opened_before_closing(self, doc: Document, sentence: Sentence, after: Sentence, name: str,
                               reference: dt.date | None) -> tuple[str | None, str | None, str | None] | None:
        """The opening day of a meeting whose ``sentence`` tells its closing on a day (论坛9日在杭州闭幕。) and
        the ``after`` sentence of the same paragraph the same event's opening (本届论坛于8日开幕): its date is
        the start day, as for a span (8日至9日). ``None`` when either is missing or ``after`` names another event."""
        closed = next((d for d in _DATE.finditer(sentence.text) if not _VAGUE_DATE.fullmatch(d.group())
                       and _CLOSED_AFTER_DATE.match(sentence.text, d.end())), None)
        opened = _OPENED_ON.match(after.text)
        if closed is None or opened is None or "\n" in doc.clean_text[sentence.end : after.start]:
            return None
        noun, named = opened["noun"], opened["named"]
        if named is not None and not (self._same(named, name) and named[-2:] == name[-2:]):
            return None  # (大会9日闭幕。展览会于8日开幕: another event's opening)
        if noun is not None and noun and not (name.endswith(noun) or noun in _GENERIC_OPENED_NOUNS):
            return None
        when = self.date_of(doc, after.text, reference)
        return when if when[0] is not None else None

    def _same(self, a: str, b: str) -> bool:
        if any(x.startswith(y) and _SUB_SESSION.fullmatch(x[len(y) :]) for x, y in ((a, b), (b, a))):
            return False  # 县十八届人大三次会议 / …三次会议预备会议 (主席团第一次会议): a session of its own
        if a in b or b in a or _abbreviation_of(a, b) or _abbreviation_of(b, a):
            return True  # (学院召开第十六次教职工代表大会 / 4月17日，学院召开教代会: its short form, one meeting)
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
