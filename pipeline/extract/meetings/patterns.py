"""Patterns and helpers of meeting extraction that several of its concerns share (dates, names, organizers, attendance,
references and the flow of MeetingExtractor).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

from pipeline.boilerplate import PROVINCES
from pipeline.extract.common import (
    ATTRIBUTE_AHEAD,
    DATE_NUMBER,
    NOT_JIANG_PLACE,
    PLACE_LEVELS,
    clause_bounds,
    first_char_gated,
    literal_gated,
    start_after,
)
from pipeline.normalize import REPORTERS_ITEM_OPENING

# Focusing words that open a clause before its subject or a name (特别是县委…, 尤其是…): no part of what follows them
# (names.py and organizers.py strip them).
_FOCUS_WORDS = "特别是|尤其是"
# A bank's name end: 银行 (农村商业银行, 村镇银行, 人民银行), its branches, and the short 农商行 (县农商行) that ends in no 银行.
_BANK_WORDS = "银行|农商行|分行|支行"
# 新成立的, 不久前组建的, 即将设立的…: when a body was or will be formed, written with 的 before its name (after 由 or
# none), a descriptor, no part of the body's name (GUIDELINES §3 twenty-first and thirty-ninth review rounds).
_NEWLY_FORMED = "(?:新|刚|刚刚|新近|不久前|日前|即将|将要)(?:成立|组建|组成|设立|挂牌)的"
# This year, last year, the year before: the year words a period told relative to the page's year opens on (dates.py's
# periods, references.py's openings).
_RELATIVE_YEAR = "(?:今年|去年|前年)"
# The mark of a range between two days (5月8日至9日, 8—9日), read by holding.py's dates and the extractor's merging.
_RANGE_MARK = r"[至到\-—~－～]"
# Characters every meeting name may hold (scope, kind, edition): not the topic that tells two apart.
_GENERIC_SESSIONS = frozenset({"工作会", "全体会", "专题会", "扩大会", "常务会"})
_NAME_FILLER = frozenset("全省市县区镇乡村工作会议大会座谈推进部署动员年度第次届期一二两三四五六七八九十暨及和与的")
# An edition of a series (第28次, 十届五次): two of them name two meetings.
_DIGITS = frozenset("0123456789百")
_GENERIC_PREFIXES = ("我校", "本校", "我院", "本院", "我所", "本所", "我局", "公司", "学院", "学校", "集团")
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
# 学校与华为技术有限公司…签约仪式: the other party of the event after the generic one (not 跟岗, 同课异构, 和谐)
_OTHER_PARTY = re.compile("[与和同向跟][^，。；]{1,15}?(?:公司|集团|大学|学院|学校|医院|" + _BANK_WORDS + "|政府|协会|基金会|总会|研究院|研究所|中心|委员会|局|厅)")
# 曾多次举办演讲会: a series (checked in the meeting's own clause only: a sentence may report
# one meeting and mention earlier ones, 我县召开会议，…已多次召开专题会议); 本周，省委、省政府密集召开会议, 接连召开
# 会议, 频繁举行会谈: a round-up of several meetings told one by one after it, none of them named here.
_REPEATED = re.compile("(?:多次|屡次|数次|接连|密集|频繁|连番)(?:召开|举行|举办)")
# … only a venue or a city (not 第一时间, 疫情期间坚持, 会见结束后): the usual venue endings and these.
# (在警察总部主持颁奖典礼: a headquarters, HK releases; 在中央党部主持中常会: a party's headquarters, Taiwan releases)
_VENUE_EXTRA = re.compile("(?:府|宫|楼|院|所|场|会堂|大学|学校|党校|中学|小学|附小|附中|公司|总部|党部)$")
# … after 在 in 在…召开的…会上, where an organizer is as likely (在省委召开的, 在国务院召开的): venue
# endings that no body's name has.
# (not a bare 学院, 大学: the body of the article; not 中国科学院: an academy holds it)
_ATTRIBUTIVE_VENUE_EXTRA = re.compile("(?:机场|党校|.+(?:学校|大学|(?<!科)学院|中学|小学)|(?<!政)府|宫|楼|会场|会堂|剧场|体育场|球场|官邸)$")
_NOT_A_PLACE = re.compile("期间|时间|时候|之际|前后|以后|以来|结束|坚持|考察|上午|下午|晚上|会上|会中")
# Words of a rule (a law's article, a regulation): what shall or may be done.
_MODAL = "应当|应该|必须|可以"
# 记者从市住建局获悉，/ 记者5月8日了解到：: the reporter's clause that may open a sentence before the meeting
# referred to (…获悉，近日召开的…会议提出: the meeting stays the subject of what it stated)
# (通讯员李明日前报道，…: a correspondent's report with a vague day word or none, its day word the day reported, as
# 获悉; not 新华社记者5月6日报道，…: a stated day of a report relayed is the event's, as a dateline's)
_REPORTER_SOURCE = (r"(?:(?:记者|通讯员)[^。；！？，,（）()\n]{0,40}?(?:获悉|了解到|得知|获知)"
                    r"|通讯员[^。；！？，,（）()\n\d月]{0,40}?报道(?=[，,：:]))")
# 会议决定，… / 会议明确： the clause after a decision is what was decided; 委员长会议建议，…会议4月23日至26日
# …举行: what was proposed (a session still ahead).
# (not a decision named as a noun, read out or issued: 宣读了表彰决定，并为党员讲授专题党课, 宣读了关于…的决定，: the act
# that follows is done, no decision's content)
_DECIDED_BEFORE = re.compile("(?:(?<![彰励免职分的])决定|同意|明确|确定|研究决定|议定|建议|提议)[，,：:]$")
_APPROVED_BEFORE = re.compile("(?:^|[，。；,;])\\s*经[^，。；,;]*$")
# 双方同意在结束…技术会谈后，立即就…举行会谈: what is agreed on after a time clause of its own (after another event);
# the clause after it is still ahead (GUIDELINES §3 ninth review round: the meeting decided on is planned); so is one
# agreed on for the time of another event (外长们一致同意在四月份举行亚欧会议时，与邻国举行双边首脑会议: thirty-sixth round).
_AGREED_AFTER_BEFORE = re.compile("(?:同意|决定|商定|约定)(?:在|于)[^，。；,;]{1,30}?(?:后|以后|之后|时)[，,]\\s*$")
AGREED_AFTER_REACH = 40
# 建议，/提议，: a proposal; what follows is still ahead unless the proposal is told as done.
_PROPOSAL = re.compile("(?:建议|提议)[，,：:]$")
# 根据县委提议，…召开: the proposal is the basis the clause after acted on (the meeting held on it).
_BASIS_BEFORE = re.compile("(?:^|[，。；,;])\\s*(?:根据|按照|依据|依照|遵照|应)[^，。；,;]*$")
# 召开了, 已召开, 已经举行: the verb of holding told as done (村民代表建议，村两委于4月18日召开了…).
_HELD_DONE = re.compile("(?:召开|举行|举办)了|已(?:经)?(?:于[^，。；,;]{1,12}?)?(?:召开|举行|举办)")
# Not within reach of a word of basis before (按照年度计划, 根据全年培训计划): one fixed-width look-behind per
# distance, as the engine has no variable-width ones (reach: the longest plan words seen, 年度教育培训工作).
_BASIS_REACH = 8
# The words that name what a meeting is held on. Two-character ones only: they go into fixed-width look-behinds.
# A plan's or an order's basis (按照年度计划, 根据上级要求) ...
_PLAN_BASIS_WORDS = "按照|根据|依据|依照|遵照|对照"
# ... and, before a need only, the purpose or the occasion served (鉴于防控需要, 为了工作需要, 出于安全需要, 结合工作
# 需要): as words of a plan's basis they would hide real plans (为了迎接检查，县里计划于6月召开…).
_NEED_BASIS_WORDS = "鉴于|为了|满足|适应|出于|结合"
_NOT_AFTER_BASIS = "".join(
    f"(?<!(?:{_PLAN_BASIS_WORDS})[^，。；,;]{{{k}}})(?<!按[^，。；,;照]{{{k + 1}}})" for k in range(_BASIS_REACH + 1))
# 需要 as the modal "need to" (双方需要进行会谈, 各村需要于月底前召开…), not the noun "the needs" a meeting is held on
# (根据工作需要召开, 因工作需要于5月6日召开, 出于安全需要, 视需要, 按照…的需要): no basis word within reach before it,
# nor a noun of whose needs it is right before it. 因 (not 因此, 因而: "so") and 视 (right before only: 视需要 "as
# needed"; 电视, 监视 are no basis) are one character, outside the two-character lists.
# The look-ahead first: the look-behinds run only where 需要 is.
_NEED_TO = ("(?=需要)" + _NOT_AFTER_BASIS + "".join(
    f"(?<!(?:{_NEED_BASIS_WORDS})[^，。；,;]{{{k}}})(?<!因[^此而，。；,;][^，。；,;]{{{k - 1}}})" if k else
    f"(?<!{_NEED_BASIS_WORDS})(?<!因)(?<![^电监审巡透窥重]视)" for k in range(_BASIS_REACH + 1))
    + "需要(?<!的需要)(?<!(?:工作|实际|业务|发展|形势|现实|特殊|生产|教学|管理|防控|疫情)需要)")
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
# On a page with no publication date the day cannot tell a programme's meeting held from a plan: 计划于 with its 于 is
# read as the verb there (第五届数字经济论坛计划于3月15日在滨江举行: a plan, GUIDELINES §3), in the meeting's own clause
# (not 县委召开常委会，研究计划于5月20日举办的…: the meeting held before the plan it dealt with).
# (not 按计划于3月15日在滨江举行, 按照年度计划于…召开, 根据工作计划于…举办: the plan followed, the meeting held)
# (first_char_gated: the same matches without trying every alternative at every position; see regex_gate)
_PLAN_ON_DAY = first_char_gated("(?<![按照据依如])" + _NOT_AFTER_BASIS + "计划于" + _DAY_AFTER_PLAN + _PLAN_DAY_TAIL)
# 原定于3月15日召开的…会议如期举行, 原计划上月举办的…论坛于5月8日…顺利举行, 推迟举行的…大会今天召开: a meeting once planned
# or put off, told by an attributive before its name, then held (GUIDELINES §3 eighth round): the plan is no plan of
# this clause (not …会议推迟举行, …会议延期, 将推迟至4月举行: still put off; the words of a plan after it count as ever)
_PUT_OFF_ATTRIBUTIVE = "(?:因[^，。；,;的]{1,10}?)?(?:原定|原计划|原拟|原本|推迟|延期|延迟|改期)[^，。；,;的]{0,20}?(?:召开|举行|举办)?的"
# (first_char_gated: the optional 因… opening it made the engine try the whole pattern at every position searched)
_PUT_OFF_HELD = first_char_gated(
    "(?P<plan>" + _PUT_OFF_ATTRIBUTIVE + ")"
    "(?![^，。；,;]*?(?:推迟|延期|延迟|改期|取消|暂停|暂缓|停办))")
# 坚持, 常年, 连续多年: a habit kept up (举办), no one meeting held; also no part of the subject before it.
# (已连续六年开展…, 连续3年举办…, 连续十余年举行…, 年年举办…: kept up over a counted run of years, in any numerals, like
# 连续多年, GUIDELINES §3 habitual ones)
_HABIT_WORDS = "坚持|常年|长期|多年来|年年|连续(?:[\\d一二三四五六七八九十两]{1,3}|多|数|几)(?:余|多)?个?年"
# (first_char_gated: as _DATE below, the same matches without trying every alternative at every position)
# 希望中文学校, 希望小学, 希望集团: a body whose own name opens on 希望 ("hope"), no wish.
HOPE_BODY_NAME = "[\u4e00-\u9fff]{0,4}?(?:小学|中学|学校|学院|集团|公司|书店|基金会)"
_PLANNED = first_char_gated(
    # (上将举行: a general's rank, not the future; 晚上将举行 is the future again)
    # (王宁将出席全省工作推进会并讲话: attending to come)
    # (甲与乙将合办…论坛, 将联合主办: a forum to be held jointly)
    # (其间医院还将深入社区开展健康讲座: a lecture to be given, 开展 the verb of holding it)
    # (学员将进行为期两周的集中学习: a session to come, 进行 right after 将; not 将…进行了部署, 将 as 把 with a deed done)
    # (在将军澳某酒楼举行, 在将乐县召开: 将 begins a place word)
    # (将同他就…问题进行会谈, 还将与对方举行会晤: talks ahead with their party and matter, however long; GUIDELINES §3
    # thirty-fifth review round; not 将与会者…: 与会 is the attendees)
    # (即将换届的县政府…召开: 将 of 即将 is read with it, below, an attribute on another act no plan)
    "(?:(?<![上中少大即])|(?<=[晚马早会路]上))" + NOT_JIANG_PLACE + "将(?:于|在|出席|参加|主持|[^，。；]{0,12}?(?:召开|举行|举办|主办|合办|开幕|会见|开展)|进行(?!了)"
    "|(?:分别)?(?:同|与|和|跟)(?!会)[^，。；]{1,40}?(?:举行|进行)(?=会谈|会晤|磋商))|拟于|拟在|" + _PLAN_SUBJECT + "计划于|" + _BARE_PLAN_SUBJECT + "计划于(?!" + _DAY_AFTER_PLAN + ")|即将(?!" + ATTRIBUTE_AHEAD + ")|预计|筹备召开|筹备举办|正在筹备|定于"
    # 可能于近期召开会议, 或将举行: speculated
    "|(?:可能|或将|有望)[^，。；]{0,8}?(?:召开|举行|举办)"
    # 呼吁尽快召开…, 希望两国总理举行正式会晤, 决定：4月20日召开…: wished for, proposed or planned
    # (由黄河艺术团和希望中文学校联合举办的…: 希望 opening a school's or a firm's name among the holders wishes nothing,
    # GUIDELINES §3 thirty-third review round)
    "|(?:呼吁|建议|(?<![由和与及、])希望(?!工程)|(?<=[由和与及、])希望(?!工程|" + HOPE_BODY_NAME + ")|打算|准备|主张|提议|决定|同意|筹划|酝酿)[^，。；]{0,12}(?:召开|举行|举办)"
    # 责成秘书处筹备4月22日在开罗召开…联席会, 筹办明年5月举行的…: a meeting being prepared, its day and place between;
    # not 运动会筹备工作会议今天召开, 筹备会在…召开, 筹备委员会举行第一次会议: a preparing body's own meeting, held
    "|(?:筹备|筹办)(?!工作|委员会|组|会|领导小组|处|办|小组)[^，。；]{0,12}(?:召开|举行|举办)"
    # 决定第二十五次会议于8月28日至29日召开, 同意县政协十届常委会第十一次会议于9月下旬举行: a session named, then its day
    # ahead, longer than the reach above
    # (not 经县委研究决定全县经济工作会议于5月8日召开，县委书记王强出席并讲话: a held account after it in its sentence
    # tells the decided meeting held, GUIDELINES §3 eighth round; still …召开，县委书记王强将出席: the account ahead too)
    "|(?:决定|同意)[^，。；]{2,24}?于[^，。；]{1,16}?(?:召开|举行|举办)"
    "(?!(?![^。；！？\n]*?(?:将|拟|届时|预计))[^。；！？\n]*?(?:出席|讲话|致辞|主持))"
    # 决定1999年和2000年的年会分别在秘鲁和澳大利亚举行, 商定下届年会在东京召开: meetings decided on with the place they
    # are to be held at, however long their names (GUIDELINES §3 planned events, thirty-third review round); not with a
    # day of holding between (经市委研究决定全市经济工作会议昨天在…召开: approved, then held) nor with an account after it
    "|(?:决定|同意|商定|约定|确定)[^，。；日天]{2,30}?(?:分别)?在[^，。；]{1,20}?(?:召开|举行|举办)"
    "(?!(?![^。；！？\n]*?(?:将|拟|届时|预计))[^。；！？\n]*?(?:出席|讲话|致辞|主持))"
    # 双方同意于2月1日就…问题举行技术会谈, 商定下月在北京就…举行第二轮磋商: a day agreed on, then the matter the
    # meeting is about (就…), longer than the reaches above (GUIDELINES §3 ninth review round: the meeting decided on
    # for a later day is planned)
    "|(?:决定|同意|商定|约定)(?:于|在)?[^，。；就]{1,14}?就[^，。；]{1,30}?(?:召开|举行|举办)"
    "(?!(?![^。；！？\n]*?(?:将|拟|届时|预计))[^。；！？\n]*?(?:出席|讲话|致辞|主持))"
    # (双方同意在结束…技术会谈后，…: the talks whose end is agreed on are still going on or ahead, not told held)
    "|(?:决定|同意|商定|约定)(?:于|在)(?:结束|完成)"
    # (他此行的目的是要与…就…举行会谈, 访问的任务是…举行…: the purpose of a trip, talks still ahead)
    "|(?:目的|任务)(?:是|在于)要?[^，。；]{0,30}?(?:召开|举行|举办)"
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
    # (每年举办一次的江城论坛今天开幕: likewise with the count of times before 的, GUIDELINES §3 thirty-second round)
    # (每周一召开例会, 每月初召开…, 每月15日召开…, 每周五下午召开例会, 每天早上召开晨会: the day or part of it that
    # recurs, which may stand between the habit word and the verb)
    # (每半年召开一次工作会议, 每两年举行一次会员代表大会, 每三个月召开一次联席会议: a longer or counted period that recurs)
    "|(?:定期|经常|每年|每季度|每半年|每半个月|每(?:两|三|四|几)(?:年|个月|个季度|周|天)|每(?:周[一二三四五六日天末]?|个?月(?:\\d{1,2}[日号]|[初底末])?|[天日])"
    "(?:早上|上午|中午|下午|晚上)?|常态化|" + _HABIT_WORDS
    + ")(?:召开|举行|举办|开展(?:一次|一场)?)(?!(?:一次|一届|一场)?的)"
    # 应当主持召开专题会议: what a rule prescribes, not a meeting held
    # (两国外长迫切需要进行会晤, 双方应该进行会谈: talks needed or advised, none held yet)
    "|(?:" + _MODAL + "|须|" + _NEED_TO + ")[^，。；]{0,6}(?:召开|举行|举办|进行(?=[^，。；]{0,8}?(?:会谈|会晤|磋商|会议)))(?!的)"
    # 应当在四十八小时内安排会见, 可以同被告人会见: a call a rule prescribes or allows (a provision), none held; 律师提出会见,
    # 申请会见: a call asked for (GUIDELINES §3 meetings wished for or proposed)
    "|(?:" + _MODAL + "|有权)[^，。；]{0,20}?(?=会见|会晤)|(?:提出|申请|请求|要求)(?=会见|会晤)"
    # 各村要于12月20日前召开村民代表大会, 会议要求各年级尽快召开家长会: a task set for a time ahead
    # (not 根据工作需要于5月6日召开: the needs, _NEED_TO; 要根据工作安排召开…: the task's basis between, a task still)
    "|(?<![重主纲])(?:(?<!需)要|需(?!要)|" + _NEED_TO + "|务必)(?:于|在|根据|按照|依据)[^，。；]{0,12}?(?:召开|举行|举办)"
    # 各党支部要召开一次专题组织生活会, 各单位要及时召开…: a task set with 要 right before the verb of holding, the
    # meeting still ahead (not 重要, 主要领导召开, 必要时 …: 要 inside another word; not 要召开的: an attribute)
    "|(?<![重主纲只需摘提想必首简扼紧])要(?:及时|尽快|认真|立即|迅速|专门|分别|组织|再|也|还)?(?:召开|举行|举办)(?!的)"
    # (not 按照市卫健委要求召开…: a meeting held as required; the order names those who are to hold one)
    "|要求(?:各|全体|所有|下属)[^，。；]{0,16}?(?:召开|举行|举办)"
    # 确保县政协十届四次会议顺利召开: the purpose of a task, the meeting still ahead
    "|(?:确保|保证)[^，。；]{0,30}?(?:顺利|如期|按时|圆满)(?:召开|举行|举办)"
    # 学员们学会了举办讲座, 村干部学会召开座谈会: a skill learnt, no meeting (not 市医学会举办, 学会今日举行: the body)
    "|(?:(?<=[们员部生他她我你])学会|学会了)(?:如何|怎样|怎么)?(?=召开|举行|举办)"
)
# A task set with a modal (各单位要…, 务必…): a clause joined to it by 并 is part of the task
# (各单位要在5月15日前完成自查，并在5月20日召开的…大会上作交流发言: a meeting still ahead).
_TASK_MODAL = re.compile("(?<![重主纲只需摘提])要(?![求点闻素件务])|需要?(?!求)|务必|必须|应当")
# After a date: from, since or before it (5月1日起施行, 3月以来, 6月30日前完成): no day something was held.
_FROM_DATE_AFTER = re.compile(r"\s*(?:起|以来|开始(?!召开|举行)|前(?![往来去进])|之前|以前|以后|之后|后|止|截止)")
# After a date that opens an account: a time of day, then a comma or the subject (6日，…; 6日上午，…; 6日县委…).
_LEAD_DATE_AFTER = re.compile(r"(?:上午|下午|晚上|晚|早上|中午)?(?:[，,]|[\u4e00-\u9fff])(?<![前起后止])")
# After a date: the day of something else than the meeting (4月20日发生的事故, 4月20日以来, 4月20日印发的通知).
_OTHER_DAY_AFTER = re.compile(r"(?:上午|下午|晚上|晚)?(?:发生|印发|下发|出台|发布|公布|以来)")
# What a meeting dealt with, before a date in a later clause of its sentence (学习…4月30日…讲话, 研究部署…).
_DEALT_WITH = re.compile("学习|传达|贯彻|研究|部署|审议|讨论|通报|听取|总结|回顾|修订|解读|落实|实施|纪念|围绕|关于|就|明确|要求")
# A verb of holding the meeting, or of ending it (not 会议召开后: another meeting before this one).
_OPENING_VERBS = "召开|举行|举办|开幕|揭幕|开班"
_HELD_VERB = re.compile(f"(?:{_OPENING_VERBS})(?!(?:之|以)?[后前])")
# The meeting's own verb of holding (not 召开的…: an attribute of another meeting named).
_HELD_FINITE = re.compile(f"(?:{_OPENING_VERBS})(?!(?:之|以)?[后前]|的)")
# …5月6日召开的…, 5月6日举行的…: the day of the meeting named in the clause.
_HELD_AFTER_DATE = re.compile(r"(?:上午|下午|晚上|晚)?(?:召开|举行|举办|开幕|闭幕)")


# Vague dates kept as date_text but never resolved (近日, 日前): the day is not stated.
# (去年底, 2023年年底, 上年末: a year's end, no month or day stated: date_text as written, date null, GUIDELINES §3)
# (去年岁末, 一九九七年底, 今年初, 年末岁初, 岁末年初: a part of a year in any of its words, its year in digits or Chinese
# numerals or none, the same period with no day; 今年 only with its start, gone by on any page: 今年底 is still ahead)
_YEAR_WORD = r"(?:去年|前年|上年|(?:19|20)\d{2}年|[一二][〇○零一二三四五六七八九]{3}年)"
_YEAR_PARTS = "年末岁初|岁末年初|年终岁末|岁末|岁初|岁尾"
_YEAR_END = rf"(?:{_YEAR_WORD}年?(?:底|末|初)|今年年?初|{_YEAR_WORD}?(?:{_YEAR_PARTS}))"
_VAGUE_DATE = re.compile("近日|日前|近期|日内|近一?段时间|前几天|前不久|不久前|(?:几|数)(?:天|日)前|" + _YEAR_END)
# The reporter learnt it at the meeting (记者从…会议上获悉, 记者在会上了解到): the day learnt is the meeting's.
# (从6月6日在…召开的“…研讨会”上获悉: the name in quote marks, a venue before it, GUIDELINES §3 thirtieth review round)
_LEARNT_AT_MEETING = re.compile(r"(?:从|在)[^，。；]{0,40}?(?:会|会议|论坛|仪式)[”」』\"]?上(?:获悉|了解到|得知|获知)")
# A month in Chinese numerals, or January as 元月 (元月一日: the new year's month by its other name).
_CN_MONTH = "(?:[一二三四五六七八九十]{1,2}|元)"
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
#: How far back (characters of clean text) the day named last before a meeting's sentence is looked for
#: (当日/次日/前一天 count from it): a paragraph or two, the reach the same-day rule was written with.
CONTEXT_BEFORE_CHARS = 300
# (由东山村党支部组织召开的村民代表大会: the agent who organized and held it)
# (由市科协主办，某公司协办的…: a helper after the host's clause, like 承办; not the 协 of 市政协, 科协 before 办)
# (由省物流与采购联合会主办、省交通运输厅指导的…: a body that guides or assists is a helper too; so is a sponsor:
# 由澳门书法家协会主办、文化局赞助的…颁奖礼)
_HOSTED_BY = re.compile(r"^(?:由)?(?P<org>[^，。；,;的]{2,30}?)(?P<verb>(?:联合|共同)(?:主办|举办)|合办|主办|举办|承办|(?<![政科])协办"
                        r"|组织(?:召开|举办|举行)?|指导|支持|协助)"
                        r"(?:[、，,][^，。；,;的]{2,30}?(?:协办|承办|支持|联合承办|指导|协助|赞助))?的(?P<name>.+)$")
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
# 113.11.12, 113/11/12: a Republic-of-China year of 100-149, a month and a day, with dots or slashes.
_ROC_NUMERIC = r"1[0-4]\d[./／](?:1[0-2]|0?[1-9])[./／](?:3[01]|[12]\d|0?[1-9])"
# 选举, 任命, 表决通过: a sitting's own acts (GUIDELINES §3 twenty-eighth round), after which a day in Chinese numerals reads
# as one in digits does (…第一次会议十七日选举…).
_SITTING_ACT_AFTER_DAY = "选举(?!工作|办法)|选出|任命|表决"
# (first_char_gated: no literal opens every alternative, so the engine tried all of them at every position of every
# sentence searched, about 5% of the extract stage; the look-ahead on the opening characters finds the same matches)
# A day of the month in Chinese numerals (十九, 三十一, 廿八, 卅一), as the ranges and days of _DATE read it (not 三十九: no
# day has it).
_CN_DAY = "(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
_DATE = first_char_gated(
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
    # (3/5（星期二）上午, 3/5(周二): the weekday's brackets with their word too)
    r"(?<![\d.．/／])(?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])(?=[（(](?:星期|周|礼拜)?[一二三四五六日天][）)]|上午|下午|晚上)|"
    # 113.11.12, 113/11/12: a Republic-of-China date with dots or slashes (Taiwan releases), the year 100-149; read as one
    # only on a Taiwan page (dates.py), and not a version (113.11.13版, 113.1.5 版本, V113.1.5: a letter before it)
    # nor part of a longer run of numbers
    r"(?<![\dA-Za-zＡ-Ｚａ-ｚ.．/／])" + _ROC_NUMERIC + r"(?![\d.．/／%％]|\s*版)|"
    r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?!\d)|(?:(?:19|20)\d{2}年)?(?:\d{1,2}|元)月\d{1,2}号"
    # (113年3月5日至7日: a Republic-of-China date, a range of days too)
    r"|(?:(?:中华)?民国)?1[0-4]\d年\d{1,2}月\d{1,2}日(?:[至到\-—~－～](?:\d{1,2}月)?\d{1,2}日)?|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日?[至到\-—~－～](?:(?:(?:19|20)\d{2}年)?\d{1,2}月)?\d{1,2}日"
    # (5月8日、9日: two days listed, kept whole as the range is; 5月8、9日: the days sharing one 日)
    # (18日和19日, 5月18日和19日: two days joined by 和, the meeting held over both, kept whole; GUIDELINES §3 thirty-fifth
    # round)
    r"|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:、\d{1,2}日)+|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日和\d{1,2}日(?![\d至到])"
    r"|(?<![\d月])\d{1,2}日和\d{1,2}日(?![\d至到])|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}(?:、\d{1,2})+日"
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
    # (元月一日, 一九九八年元月五日: January by its other name, as 元月5日 above)
    rf"|(?:{_ROC_CN_YEAR}年|[一二三四五六七八九十○〇零]{{2,4}}年)?{_CN_MONTH}月[一二三四五六七八九十]{{1,3}}日"
    rf"(?:[至到\-—~－～](?:{_CN_MONTH}月)?[一二三四五六七八九十]{{1,3}}日"
    # (一月十七日、十八日, 一月十七日和十八日: two days listed or joined by 和, kept whole as 1月17日、18日 and 1月17日和18日
    # are; GUIDELINES §3 thirty-fifth and thirty-seventh rounds)
    rf"|(?:、[一二三四五六七八九十]{{1,3}}日)+|和[一二三四五六七八九十]{{1,3}}日(?![至到\-—~－～]))?"
    r"|(?:今|昨)(?=[于在举召开晚午早晨])"
    # 前晚，… / 市卫健委前晚召开 / 某某商会前晚在…举行: the evening two days before, standing where 昨晚 stands (at a
    # clause start or after the subject; not 目前晚稻…, 提前晚…, 此前晚…, 三天前晚上, 开幕前晚: there 前 ends a word)
    r"|(?<![目提之此以日年月周天久空史当眼面跟向超事生战从先早前幕赛式考婚])前(?=晚(?:[，,在于]|召开|举行|举办|\d|[一二三四五六七八九十]{1,2}[时点]))"
    # 日前 as a word, leading the clause or after the subject (日前，…; 县委日前召开); not the tail of a day's
    # name before 前夕/前后 or 前，(国际禁毒日前夕, 全国助残日前后, 世界环境日前，…召开)
    # (本报讯日前，…: right after an item's opening line, 本报讯 or …电, run together with it in the newspaper's copy)
    # (局长最近在某协会第一届会员代表大会上表示: 最近 right before 在…会上, the meeting the remarks were made at, a vague
    # day as 日前 there, GUIDELINES §3 date, fortieth round)
    # (最近在大会上表示: a name of two characters; not 最近在全社会上…, society at large)
    r"|最近(?=在[^，。；在]{1,40}?(?:会(?<!社会)|典礼|仪式|论坛)上)"
    r"|近日|(?<![\u4e00-\u9fff])日前(?![夕后])|(?<=[讯电])日前(?![夕后])|日前(?![夕后，,])"
    # 几天前，…召开; 前不久, 数日前: a few days back with no day told, vague like 日前 (the dateline's day is not the
    # meeting's, GUIDELINES §3 date, thirty-first review round); not 会前几天, 节前几天: days before an event; not 不久前辞职的
    # 外长…22日宣布: the time of another act told as an attribute (召开的, 举行的 stay: the meeting's own)
    r"|(?:(?<![会赛节典式幕考])(?:前几天|前不久)|(?:几|数)(?:天|日)前(?![夕后])|不久前)(?![^，。；,;召举]{0,8}的)"
    # 去年底，…召开 / 去年底召开的…: a year's end leading the clause or right before the verb (not 截至去年底, 到2023年底, a
    # cutoff or a deadline; not 去年底以来, 2023年底前)
    rf"|(?<!截至)(?<!截止)(?<![到至止])(?:{_YEAR_END})(?=[，,]|(?:在[^，。；]{{2,20}}?)?(?:召开|举行|举办))"
    r"|(?:上|本|这)(?:周|星期|礼拜)[一二三四五六日天]"
    # 近期，… / 近段时间，…: a vague day leading its sentence (not 部署近期工作, a matter dealt with, nor
    # 会议要求，近期，各地要…, the time of what was asked)
    r"|(?:(?<=[。）)】\s])|^)(?:近期|近段时间|近一段时间)(?=[，,])"
    rf"|{_CN_MONTH}月[一二三四五六七八九十]{{1,3}}号"
    # 17号上午, 星期五下午: a day or weekday alone only right before a time of day, the venue or the verb
    # (not 3号楼, 1号文件, 下周五; a weekday before 主持 too: 县委书记王强周三主持召开…)
    r"|(?<![\d月])\d{1,2}号(?=上午|下午|晚|在|于|召开|举行|举办)|(?:^|(?<=[，,。]))\d{1,2}号(?=[，,])"
    r"|(?<![上本这下每个逢])(?:周|星期|礼拜)[一二三四五六日天](?=上午|下午|晚|在|于|召开|举行|举办|主持|[，,])"
    # 在三十日召开的…: a day of the month in Chinese numerals after 在/于 or a clause start
    # 十日至十二日: a range in Chinese numerals
    # (after a byline's bracket too: 本报讯（记者 张某）一日上午，…; 廿八日, 卅日)
    r"|(?:(?<=[在于，,）)】])|^)(?:本月)?" + _CN_DAY + "日?至" + _CN_DAY + "日"
    r"|(?:(?<=[在于，,）)】])|^)" + _CN_DAY + r"日(?=[上下晚]|召开|举行|举办|在|，|,)"
    # (二十五日希拉克与…举行会谈: a day of two or three characters opening its sentence before the subject, as 25日 does,
    # GUIDELINES §3 date, fortieth round; not a span, 二十日来, 二十日内, nor one character, 三日, a count as often)
    r"|(?:^|(?<=[。！？\n]))(?![一二三四五六七八九十]日)" + _CN_DAY + "日"
    r"(?![来内后以间里前])(?=[\u4e00-\u9fff])"
    # 台北市政府三日上午举行: a day right after an organization's name, before a time of day
    # (江州市六日召开…, 大会六日在…闭幕, 哈韦尔二日在…: after a subject, before the venue or a verb of holding, opening
    # or closing too, GUIDELINES §3 thirtieth review round; not a count of days: 为期三日, 第三日, 一连三日, 周六日, 初三日)
    r"|(?<=[府委会局院校司部厅处办馆])[一二三四五六七八九]日(?=上午|下午|晚上|召开|举行|举办)"
    r"|(?<=[\u4e00-\u9fff])(?<![期第连续每前后这那几约近数个了过有共达用历周初月年星拜整至到〇零一二三四五六七八九十廿卅两])"
    r"[一二三四五六七八九]日(?=上午|下午|晚上|召开|举行|举办|在|于|开幕|闭幕|" + _SITTING_ACT_AFTER_DAY + ")"
    # …外长会议十九日至二十日在…举行: a range in Chinese numerals anywhere, right before a time of day, the venue or the
    # verb (kept whole, its first day the date: GUIDELINES §3 seventeenth round)
    r"|(?<![第一二三四五六七八九十月○〇零廿卅])" + _CN_DAY + "日?至"
    + _CN_DAY + r"日(?=上午|下午|晚|在|于|召开|举行|举办|开幕|闭幕)"
    # …大会二十八日下午在…: a Chinese day of two or three characters anywhere, right before a time of day,
    # the venue or the verb
    # (…第一次会议十七日选举…: before a sitting's own act too, as 17日选举 reads, GUIDELINES §3 twenty-eighth and
    # thirty-third review rounds)
    r"|(?<![一二三四五六七八九十月○〇零])(?:[一二三]十[一二三四五六七八九]?|十[一二三四五六七八九])日(?=上午|下午|晚|在|于|召开|举行|举办|开幕|闭幕|"
    + _SITTING_ACT_AFTER_DAY + ")"
)
_STOCK_BEFORE = re.compile("(?:到|截至|截止到?)$")
# A cutoff a tally is told up to (截至5月6日, 截止到5月6日): in a sentence of its own it dates no meeting told next (GUIDELINES
# §3: only the day of the clause that holds the meeting counts; 当天/同日 after it still tie the meeting to that day)
_CUTOFF_BEFORE = re.compile("(?:截至|截止到?)$")
# A plan or a requirement in the clause: the date is ahead (要求1998年12月完成, 将在1998年12月20日召开).
_PLAN_IN_CLAUSE = re.compile("要求|计划|" + NOT_JIANG_PLACE + "将|力争|确保|争取|预计|拟|务必|必须|届时")
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


# 全市中小学“青蓝工程”…仪式, 全县各学校“…”, 全区各级医院…: a scope over a class of bodies, all of them, is whom the
# event is for, no body holding it (GUIDELINES §3, organizer row: the organization that held it).
_SCOPE_OF_BODIES = re.compile(r"(?:全[国省市县区镇乡]|各)各?(?:各级|各类|[级类])?[\u4e00-\u9fff]{0,4}?"
                              r"(?:中小学|中学|小学|学校|幼儿园|高校|医院|企业|单位)")


# A verb of taking part inside what reads as a prefix (南屿市参加省…, 我县出征全国…): the prefix is a clause about a
# party joining another event, which the meeting sums up, not its holder's name.
_TAKING_PART = re.compile("参加|参与|参赛|出征")


def _not_an_organizer_prefix(org: str, rest: str) -> bool:
    """A place word before an edition that names no organizer: a congress or a committee named by its
    place (桐溪市第十五届人民代表大会…, 中国共产党桐溪市第十三次代表大会, 政协桐溪市第十届委员会…,
    桐溪市第十五届人大常委会第八次会议),
    a region or a topic (粤港澳大湾区, 中国智慧城市, 全国特色小镇), or a long phrase; nor does a scope over a class
    of bodies (全市中小学, 全县各学校)."""
    if _SCOPE_OF_BODIES.fullmatch(org):
        return True
    if _TAKING_PART.search(org) or _TAKING_PART.match(rest):
        # 南屿市参加省第十七届运动会总结表彰大会, 江城区|参与第十届省运会…: the body's taking part is what the event is about
        # (§3 eighth round), wherever the prefix was cut
        return True
    if not _PLACE_END.search(org):
        return False
    return bool(
        _CONGRESS.search(rest) or org.startswith(("中国共产党", "政协")) or _REGION_END.search(org)
        or (len(org) > PLACE_PREFIX_MAX and not _ZONE_FULL_NAME.fullmatch(org))
    )
# 考察期间，… / 其间，…: a clause opening on a stretch of days told before, no day of its own.
_DURING_STRETCH = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}期间|其间)[，,]")
# 本届, 本次, 这次, 此次 (会议期间): the meeting just told pointed at before its noun (side_events' events within the
# meeting, talks' calls during it).
_THIS_SESSION = "(?:本届|本次|这次|此次)?"
# 会议期间, 大会期间: nouns any meeting is called by, which refer to the main meeting whatever its name.
_ANY_MEETING_NOUNS = ("会议", "大会")
# A date range (8月5日至8日, 6月20日—22日).
# (no full-width tilde, though _RANGE_MARK and _DATE read 8月5日～8日 as a range: adding it is a rule change left for a
# rule round. It changes no record of the snapshot or the free newspaper articles; an event told 考察期间 / 活动期间 /
# 大会期间 after such a range takes the range's first day without it, no day with it, as after 8月5日至8日.)
_RANGE = re.compile("[至到\\-—~－]")
# A contest or a sports meet (not a fair, a show or a festival): what stands for its prize ceremony.
# (the contest nouns and a sports meet's, shared by _CONTEST, _CONTEST_WORD and _FAIR)
_CONTEST_NOUNS = "比赛|大赛|竞赛|决赛|总决赛|联赛|锦标赛|选拔赛|挑战赛"
_SPORTS_MEET = "运动会|运动大会|[运奥]会"


def _fair_only(name: str) -> bool:
    """A fair, show, contest or festival, not joined to a meeting (…论坛及博览会 holds a forum)."""
    bare = name.rstrip("”」』")  # (第一届“…经贸洽谈会”: a quote mark closing the name)
    return _FAIR.search(bare) is not None and not _JOINED_MEETING.search(name)


# 纪念活动, 庆祝活动, 狂欢活动, 宣传活动, 演出活动: 活动 names no meeting unless a meeting word is in the name
# The rite of a ceremony that confers awards (颁奖典礼, 表彰大会, 颁奖礼), closing a ceremony's name: one list for the awards
# ceremony (contests.py _AWARDS_CEREMONY) and the ceremony named after a prize (organizers.py _PRIZE_CEREMONY_NAME).
_AWARDS_RITE = "(?:颁奖|表彰)(?:典礼|仪式|大会|晚会)|颁奖礼"
# (颁奖活动, 表彰活动, 研讨活动, 示范党课活动, 组织生活会暨民主评议党员活动, 重点项目集中开工活动: a ceremony of works
# started; 主题党日活动 and the Youth League's 主题团日活动 are heads of their own).
_ACTIVITY_ONLY = re.compile("(?<!党日|团日)活动$")
_MEETING_WORD_IN_ACTIVITY = re.compile("(?<![社机学])会(?![计员费长])|仪式|典礼|论坛|座谈|讲座|党课|团课|颁奖|颁发|颁授|表彰|表扬|授勋|授牌"
                                       "|揭牌|研讨|观摩|述职|报告|宣讲|签约|签字|开工|开幕|闭幕|开班|结业|茶话|联欢|讲堂|沙龙")


def _activity_only(name: str, after: str) -> bool:
    """``name`` ends in 活动 and holds no meeting word (…周年纪念活动, not 年度颁奖活动), nor is a meeting
    joined to it by 暨 in ``after``, the text right after the name (…敬师活动暨优良教师表扬大会)."""
    return _ACTIVITY_ONLY.search(name.rstrip("”」』")) is not None \
        and _MEETING_WORD_IN_ACTIVITY.search(_BODY_ENDING_IN_HUI.sub("、", name)) is None \
        and not after.lstrip("”」』").startswith("暨")


# The subject's own plan in a clause before (将于5月15日率团…，出席…; 即将赴北京，出席…; not 即将卸任的校长…
# 出席: a person described, nor 即将到来之际: a holiday ahead).
# (吴某将就双边合作问题，分别同…举行会谈: 将 before 就 and the matter the subject means to take up, the talks in the next
# clause still ahead, GUIDELINES §3 planned events, thirty-first review round; not 将就: making do, with nothing after)
_PLAN_GOES_ON = re.compile("(?<!即)将(?:于|在|赴|率|前往|就(?![，。；,;]))|即将(?!卸任|离任|退休|到来|来临|毕业|结束|届满)|预计|拟于|拟在|拟赴|计划于|定于")


# (a clause opening on attending or on 并; matched at the clause's start, not on a copy of the rest of the text)
# (…还将赴尼泊尔，代表中国共产党出席…大会; 率团出席, 应邀出席: on whose behalf, leading whom or invited, before the verb)
_ATTENDING_OPENS = re.compile(r"\s*(?:并|随后|还将|将)?(?:代表[^，。；,;！？\n]{1,20}?|率团|率代表团|应邀)?(?:出席|参加|主持)")
# (县安委办要认真筹备，于7月上旬召开…会议: a clause opening on 于 and a time, then the verb of holding not told done,
# goes on with the task set in the clause before, GUIDELINES §3 thirty-sixth review round; not …高度重视，于5月6日召开了…,
# nor one with an account of it after, …，于5月6日召开…会议，镇长主持会议: held)
_AND_OPENS = re.compile(r"\s*(?:并|于(?=[^，。；,;]{1,16}?(?:召开|举行|举办)(?!了)(?![^。；！？\n]*?(?:出席|讲话|致辞|主持))))")
# (会议要求，镇农办要牵头于6月中旬召开…会议: the task's modal in the meeting's own clause, a few characters of how
# before 于 and a time, then the verb of holding not told done: the same meeting ahead as after a task clause, GUIDELINES
# §3 thirty-seventh review round; not …要求高，于5月6日召开了…, nor one with an account of it after: held; not 需要, which is
# also the noun of 根据工作需要于5月6日召开…, a need the meeting was held on)
_TASK_THEN_AHEAD = re.compile(r"(?:(?<![重主纲只需摘提])要(?![求点闻素件务])|务必|必须|应当)[^，。；,;于]{0,8}?于[^，。；,;]{1,16}?"
                              r"(?:召开|举行|举办)(?!了)"
                              r"(?![^。；！？\n]*?(?:出席|讲话|致辞|主持))")
# A clause opening on a verb of holding with no subject of its own, not told done (…，举办…研讨会; not 举办了…): the
# subject's plan in a clause before goes on in it (还将出版…画册，举办…研讨会: a meeting still ahead, GUIDELINES §3).
# (…定于1月20日赴华盛顿，同美国总统就…问题举行会谈: the party of the talks, then what they are about, may open it; not
# 同时举行: at the same time)
# (…将就…问题，分别同两国政府有关部门举行会谈, …，在北京举行第二轮会谈: how the talks are shared out or where, before
# the party or the verb, thirty-first review round)
_HOLDING_OPENS = re.compile(r"\s*(?:分别|先后|再次|共同)?(?:(?:同(?!时)|与|跟|在)[^，。；,;]{1,30}?)?(?:召开|举行|举办)(?!了)"
                            r"[^，。；,;]*$")
_PLAN_AHEAD_BEFORE = re.compile("(?:还|也|亦|均|都)将(?!军)")
# 各级党委每年都把…列为重要议事日程，召开…会议: a habit word in the clause before, whose subject goes on holding
# (GUIDELINES §3 habitual ones; not 每年一度的…大会今天召开: one edition, told held with its day in its own clause)
_HABIT_GOES_ON = re.compile("(?:每年|每季度|每月|每周|年年|定期|经常)都")


# (总理上台后决定暂不出国，而只在首脑会议上同各国首脑会晤: a decision whose second clause, opening on 而, tells the talks
# the subject means to hold instead; still ahead, no record: GUIDELINES §3 planned events, meetings decided on, thirty-
# fourth and thirty-fifth review rounds)
_BUT_OPENS = re.compile(r"\s*而(?:是|只|仅)?")
_DECIDED_IN_CLAUSE = re.compile("决定|打算|计划|准备")


#: How far back (characters) the sentence right before a meeting's is looked for, for the place people were told gathered
#: at or the place told as the scene there (acts.py, places.py).
PREVIOUS_SENTENCE_REACH = 200


def previous_sentence_in_paragraph(text: str, start: int) -> str:
    """The sentence of ``text`` (the clean text) right before offset ``start``, where a sentence opens, in its paragraph,
    read back no further than PREVIOUS_SENTENCE_REACH; ``""`` when the sentence at ``start`` opens a paragraph of its
    own (the readings of people told gathered, acts.py, and of a scene, places.py, both stop at the break)."""
    before = text[max(0, start - PREVIOUS_SENTENCE_REACH) : start]
    if "\n" in before[len(before.rstrip()) :]:
        return ""
    before = before.rstrip()
    paragraph = before[before.rfind("\n") + 1 :]
    return paragraph[max(paragraph.rfind("。", 0, len(paragraph) - 1), paragraph.rfind("！", 0, len(paragraph) - 1)) + 1 :]


def decided_before_but(text: str, start: int) -> bool:
    """Whether the clause of ``text`` holding ``start`` opens on 而 right after a clause that tells a decision."""
    clause_start = clause_bounds(text, start)[0]
    if clause_start == 0 or not _BUT_OPENS.match(text, clause_start):
        return False
    previous = clause_bounds(text, clause_start - 1)[0]
    return _DECIDED_IN_CLAUSE.search(text, previous, clause_start) is not None


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
    agreed = _AGREED_AFTER_BEFORE.search(text, max(0, clause_start - AGREED_AFTER_REACH), clause_start)
    if agreed and not _APPROVED_BEFORE.search(text, 0, agreed.start()) \
            and not _HELD_DONE.search(text, *clause_bounds(text, start)):
        return True  # (双方同意在结束…会谈后，立即就…举行会谈; not …决定在会后，召开了…: held)
    if _ATTENDING_OPENS.match(text, clause_start):
        # 行政长官将于5月15日率团前往北京，出席「…全体会议」: the subject's plan goes on in this clause
        sentence_start = start_after(text, clause_start, "。；;！？\n")
        if _PLAN_GOES_ON.search(text, sentence_start, clause_start):
            return True
    # (a match of a clause read from its comma on starts at that comma: the clause is the one after it)
    own = start_after(text, start + 1) if text[start : start + 1] in "，," else clause_start
    if own > 0 and _HOLDING_OPENS.match(text, own, clause_bounds(text, own)[1]):
        sentence_start = start_after(text, own - 1, "。；;！？\n")
        if (_PLAN_AHEAD_BEFORE.search(text, sentence_start, own) or _PLAN_GOES_ON.search(text, sentence_start, own)
                or _HABIT_GOES_ON.search(text, sentence_start, own)) \
                and not _HELD_DONE.search(text, sentence_start, own):
            return True
    if _AND_OPENS.match(text, clause_start):
        # 各单位要…，并在5月20日召开的…大会上…: the modal of the clause before governs this one
        previous = start_after(text, clause_start - 1)
        if _TASK_MODAL.search(text, previous, clause_start):
            return True
    # (searched to the text's end: an account of the meeting after its clause tells it held)
    task = _TASK_THEN_AHEAD.search(text, clause_start)
    if task is not None and task.start() < min(end, clause_bounds(text, start)[1]):
        return True  # 镇农办要牵头于6月中旬召开…会议: the modal in the meeting's own clause
    put_off = _PUT_OFF_HELD.search(text, clause_start, clause_bounds(text, start)[1])
    return any(clause_start <= p < end and not (put_off and put_off.start() <= p < put_off.end("plan"))
               for p in _plan_word_starts(text))


#: Texts whose planning words :func:`_plan_word_starts` keeps (a document's sentences and their clauses).
PLAN_WORDS_CACHE = 256


@functools.lru_cache(maxsize=PLAN_WORDS_CACHE)
def _plan_word_starts(text: str) -> tuple[int, ...]:
    """Where the matches of _PLANNED, _REPEATED and _NOT_HELD start in ``text``, in that order, as ``finditer``
    finds them.  Found once per text: _planned_in asks of a sentence once per meeting candidate in it (about half the
    calls on real pages repeat a text), and _PLANNED, with no literal to test first, is tried at every position."""
    return tuple(p.start() for pattern in (_PLANNED, _REPEATED, _NOT_HELD) for p in pattern.finditer(text))


# ■ 6月24日下午，县长…出席签约仪式: a sentence or roundup item that opens with its own day and tells an official attending
# a meeting referred to by its noun (GUIDELINES §3, a meeting referred to; several events, each its own record).
# (同日下午，局长某某主持…工作小组会议: the same day as the event told before, at another part of it, a meeting chaired)
_ATTENDED_ON_OWN_DAY = literal_gated(re.compile(r"(?:^|(?<=[\n。！；]))\s*[■●◆▲★·•]*\s*(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?"
                                                r"|(?P<same>同日|当天|当日)(?P<part>上午|下午|晚上))[，,][^。；\n]{0,60}?(?:出席|参加|主持)"))
# A dateline naming its city (新华社开罗3月2日电, 本报伦敦1月8日电, 新华社杰里科（约旦河西岸）1月25日电).
# (本报开罗一月十八日电: the press of the 1990s writes the day in Chinese numerals)
_DATELINE_CITY = re.compile(r"(?:新华社|本报|中新社|中新网)(?P<city>[\u4e00-\u9fff]{2,8}?)(?:[（(][^）)\n]{1,12}[）)])?"
                            r"(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[电讯]")
# A dateline opening a news item (新华社雅加达1月12日电, 本报汉城1月13日电, 本报讯).
# (本报记者王芳报道 at a line's start opens another item too, though it names no day: GUIDELINES §11 twenty-third review round)
_ITEM_DATELINE = literal_gated(first_char_gated(re.compile(r"(?:新华社|本报|中新社|中新网)[^，。；\s]{0,12}?(?:\d{1,2}月\d{1,2}日)?[电讯]"
                                                           r"|(?<![^\n])[ \t\u3000]*" + REPORTERS_ITEM_OPENING)))
# 这次评选不举行颁奖仪式, 北京愿意主持召开…会议, 将不会举行会谈: not held, or only offered (read in the
# meeting's own clause: 在议会会议上说，…愿意主持召开… holds the first one)
# (他将不会在曼谷与…举行会谈, 拒绝同…举行会晤: refused, a place or a party between)
_NOT_HELD = re.compile("(?:不|未|没有|不会)(?:再)?(?:举行|召开|举办)|愿意(?:主持)?(?:召开|举行|举办)"
                       # (the refusal is the predicate: a place or party right after it; not 以“拒绝毒品”为主题的…大会,
                       # 一位不愿透露姓名的官员说…举行了会谈)
                       "|(?:不会|不再|不愿|拒绝|拒不|无意)(?:再|于[^，。；“”「」在同与和跟]{1,6})?(?:在|同|与|和|跟)[^，。；“”「」]{0,20}?(?:举行|召开|举办)"
                       # (全省上下迎接省第九次党代会胜利召开: a meeting welcomed, still ahead, its holding closing the clause,
                       # GUIDELINES §3 fortieth review round; not 为迎接党代会召开举行座谈会: another meeting held for it)
                       "|(?:迎接|喜迎)(?=[^，。；！？\n]{2,40}?(?:胜利|顺利|隆重)?召开(?:[，。；！？,;!?\n]|$))")


def _stretches(meetings: list[dict[str, Any]]) -> dict[int, tuple[int, float]]:
    """Each meeting's stretch of text, keyed by its sentence start: from there to the next
    meeting's sentence (in text order), the last one to the end."""
    starts = sorted(m["evidence"]["clean_start"] for m in meetings)
    return {s: (s, e) for s, e in zip(starts, [*starts[1:], float("inf")], strict=True)}
# How a sentence tells of an act held within the meeting just told (会上，县政府与5家企业举行项目签约仪式).
_WITHIN_MEETING = ("会上", "会中", "会议期间")
# 典礼上，…; 在开学典礼上，…; 仪式上，…: a clause opening inside a ceremony just told.
# The names of a ceremony a lecture may be given inside or right after (read by both patterns below).
_CEREMONY_WORDS = "典礼|仪式|开学式|毕业式|开班式|结业式"
# 区委书记王强出席开班式并以“…”为题讲授开班第一课: the ceremony just told attended, then a lecture given there (GUIDELINES
# §3 eleventh review round, like 典礼上，…讲授了“开学第一课”); the same with a comma before 并 (出席开班式，并以…为题讲授),
# or with the ceremony told held in the clause before the bare 出席 (…开学典礼举行，市委书记王强出席并为学员讲授…)
_ATTENDED_CEREMONY_THEN = re.compile(r"出席了?(?:[^，。；]{0,20}?(?:典礼|仪式)|开学式|毕业式|开班式|结业式)[，,]?\s*并"
                                     r"|(?:" + _CEREMONY_WORDS + r")(?:举行|召开|举办)[，,][^，。；]{1,24}?出席并")
# 典礼上, 仪式中，, 典礼的最后，, 典礼期间，: a point inside the ceremony just told, its last part included, as 典礼上 is
# (GUIDELINES §3 eleventh and fifteenth review rounds: a lecture given inside a ceremony is its own record).
# (典礼临近尾声，…; 仪式现场，…: its last part drawing near, or its scene, likewise)
_CEREMONY_POINT = r"(?:上[，,]?|(?:的?(?:最后|尾声)|(?:临近|接近|进入)尾声|中|期间|现场)[，,])"
# 典礼最后，…; 仪式中，…; 在开学典礼上，…: a sentence opening inside the ceremony just told (_CEREMONY_POINT).
# 筹备, 准备, 迎接: the time readying a ceremony, before it.
_PREPARING = "筹备|准备|迎接"
# (毕业典礼上，…; 开学典礼期间，…: the ceremony's own name before its noun, as in _AFTER_CEREMONY; not 在筹备开学典礼期间,
# 准备毕业典礼期间: a time before the ceremony, whose day is not told)
_WITHIN_CEREMONY = re.compile(r"\s*(?:在(?:(?!" + _PREPARING + r")[^，。；]){0,20}?|(?!" + _PREPARING + r")[\u4e00-\u9fff]{0,4}?)?"
                              r"(?:" + _CEREMONY_WORDS + ")" + _CEREMONY_POINT)
# 按照惯例，校长还在典礼现场为新生上了“开学第一课”, …在开学典礼上为新生讲授…: the ceremony just told named as where, inside
# the lesson's own clause before the lesson (GUIDELINES §3 eleventh and fifteenth review rounds: a lesson given inside the
# ceremony is its own record, held at its venue); not 在筹备典礼期间 (a time before it).
_AT_CEREMONY_IN_CLAUSE = re.compile("在(?:(?!" + _PREPARING + ")[\u4e00-\u9fff]){0,8}?(?:" + _CEREMONY_WORDS + ")(?:现场|上)")


def within_ceremony(text: str, at: int) -> bool:
    """Whether the sentence ``text`` opens inside the ceremony just told (:data:`_WITHIN_CEREMONY`) or names it as where,
    in the clause before ``at`` (:data:`_AT_CEREMONY_IN_CLAUSE`)."""
    if _WITHIN_CEREMONY.match(text):
        return True
    clause = max(text.rfind(mark, 0, at) for mark in "，,；;") + 1
    return _AT_CEREMONY_IN_CLAUSE.search(text, clause, at) is not None
# 主办, 承办: the verbs that name a host of an event (GUIDELINES §3 location: "the one body named as host or 承办"); with
# 协办 any co-host, which the reporting body may be among (我校协办: one host more).
_HOSTING_VERBS = "承办|主办"
_ANY_HOSTING_VERB = _HOSTING_VERBS + "|协办"


def _other_body(a: str | None, b: str | None) -> bool:
    """Two organizers that name different bodies (neither is the other's short form)."""
    return bool(a and b) and not (a.endswith(b) or b.endswith(a) or _council_short_form(a, b) or _council_short_form(b, a))


_SHORT_FORM_LEVELS = "省市县区州旗镇乡"
# The fixed short forms of the mass organisations: each stands for one full name only (科协 is the 科学技术协会, never a
# 科技创新协会 whose characters happen to hold 科…协 in order).
_FIXED_SHORT_FORMS = {"科协": "科学技术协会", "妇联": "妇女联合会", "残联": "残疾人联合会", "文联": "文学艺术界?联合会",
                      "社科联": "社会科学界?联合会", "工商联": "工商业联合会"}


def _council_short_form(short: str, full: str) -> bool:
    """Whether ``short`` is the usual short form of the federation or association ``full`` (省残联 / 河北省残疾人联合会,
    市妇联 / 江州市妇女联合会, 县科协 / 东岭县科学技术协会): its level, then the first character of the body's name
    and a later one of it, the full name ending in 会 (GUIDELINES §3: a body written short is the same body); not two
    names sharing their first character only (市妇联 / 市妇幼保健院); a fixed short form only for its own full name
    (区科协 / 区科学技术协会, not 区科技创新协会)."""
    if not 3 <= len(short) <= 4 or short[0] not in _SHORT_FORM_LEVELS or not full.endswith("会"):
        return False
    at = full.rfind(short[0])
    rest, tail = full[at + 1 :], short[1:]
    if tail in _FIXED_SHORT_FORMS:
        return at >= 0 and re.fullmatch(_FIXED_SHORT_FORMS[tail], rest) is not None
    if at < 0 or len(rest) < len(tail) + 2 or rest[0] != tail[0]:
        return False
    found = 0
    for char in tail[1:]:
        found = rest.find(char, found + 1)
        if found < 0:
            return False
    return not rest.startswith(tail)
_CLAUSE_MARK = re.compile("[，。；,;]")
# 开幕会, 闭幕大会: the opening or closing sitting of a session of several days (not 开幕式, a rite): with no day of its own
# the session's part (GUIDELINES §3 nineteenth review round), with one its own record at the session's venue (twenty-first).
_SESSION_SITTING = re.compile("(?:开幕|闭幕)大?会")
# (闭幕会议, 开幕会议: the same sittings named with 会议, as a headline names them: 某某出席闭幕会议并讲话)
_SESSION_SITTING_NAMED = re.compile("(?:开幕|闭幕)(?:大?会|会议)")


def _time_of_day(after_date: str) -> str | None:
    """上午/下午/晚上 written right after a date (中午 has no canonical value)."""
    m = _TIME_OF_DAY.search(after_date)
    return _TIME_OF_DAY_CANONICAL.get(m[1], m[1]) if m else None
# 元宵节当天 / 国庆节上午: a festival used as the meeting's date (not 春节前夕, 中秋节期间).
# A headcount: digits with thousands separated by commas (2,500) or digits or Chinese numerals.
# (1.2万名新生, 一万两千余名: thousands counted in 万 too)
# (約2 500名嘉賓: a single space as the thousands separator, HKSAR releases; only a 1-3 digit group, one space and
# exactly three digits)
_SPACED_THOUSANDS = r"(?<![\d.,:：])\d{1,3} \d{3}(?![\d.,])"
# 一百〇二, 二百五十, 两千: the Chinese numerals of a head-count, the first one and those after it (a zero, written 零, 〇
# or ○, only inside: 一百○二); shared by every head-count pattern, so that all read the same numerals.
_CN_HEADCOUNT_FIRST = "一二三四五六七八九十百千两"
_CN_HEADCOUNT_NEXT = "零〇○" + _CN_HEADCOUNT_FIRST
_HEADCOUNT = (_SPACED_THOUSANDS + r"|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?万"
              + rf"|[\d{_CN_HEADCOUNT_FIRST}万][\d{_CN_HEADCOUNT_NEXT}万]*")
_COUNTED_PEOPLE = r"[\u4e00-\u9fff]{0,4}?(?:党员|干部|团员|职工|员工|青年|代表|群众|师生|教师|学生|村民|居民|同志)"
# A count of people, as every attendance statement holds it (a cheap check before the statements).
# (gated: searched in many sentences, and its alternatives open with repeats the engine cannot skip ahead on)
_ANY_HEADCOUNT = first_char_gated("(?:" + _HEADCOUNT + ")(?:余|多)?[名位人]")
# A lecture and a report given are one kind of event (作学术报告。讲座由…主持).
_LECTURE_HEADS = frozenset({"讲座", "报告会", "讲坛", "讲堂", "演讲会", "宣讲会"})
_LECTURE_WORDS = re.compile("讲座|报告|讲坛|讲堂|讲学|授课|演讲|宣讲")
# Organizations whose name ends in 会 (基金会, 委员会); any other subject ending in 会 is a meeting (会上).
_ORG_ENDING_HUI = (
    "委员会", "常委会", "市委会", "区委会", "县委会", "省委会", "基金会", "协会", "学会", "公会", "商会", "联合会", "研究会", "促进会", "工会", "理事会", "董事会",
    "总会", "分会", "联会", "联谊会", "校友会", "红十字会", "居委会", "村委会", "管委会", "筹委会", "安委会", "议会", "立法会",
    # Hong Kong, Macau and Taiwan charities and community associations (乐施会, 某某老人福利会, 某某街坊会, 某某同乡会)
    "乐施会", "福利会", "福群会", "辅导会", "慈善会", "同乡会", "宗亲会", "街坊会", "妇女会", "青年会",
    # Taiwan farmers' and fishermen's associations, Macau neighbourhood mutual-aid societies, service clubs and
    # Taiwan trade associations (杨梅区农会, 台山坊众互助会, 某某狮子会, 台中市商业会)
    "农会", "渔会", "互助会", "狮子会", "同济会", "商业会",
    # a county's or city's sports association, Taiwan's usual name for it (宜兰县体育会; 体育总会 is 总会 above)
    "体育会",
    # a council for the promotion of international trade written short (市贸促会, 省贸促会)
    "贸促会",
    # a democratic party named in full (中国民主建国会, its provincial 省委会 above)
    "民主建国会",
    # an Olympic committee by its usual short name (中国奥委会, 国际奥委会, 省残奥委会: 奥林匹克委员会 is 委员会 above),
    # thirty-first review round
    "奥委会",
    # an organizing or executive committee written short like 筹委会 (论坛组委会, 博览会组委会), and the Hong Kong and
    # Taiwan 协进会 of a community or trade body (香港社区关爱协进会), thirty-second review round
    "组委会", "协进会",
    # a school's or a university's student union (江城中学学生会, 某大学研究生会), the body holding its students'
    # meetings; fortieth review round
    "学生会", "研究生会",
)
_PLACE_WORD = r"(?:地点|会议地点|活动地点)"
# The last word of a building's or a hall's name (和平饭店, 和谐广场, 人民会堂): a venue, not a party to an event.
_VENUE_NAME_END = "(?:厅|堂|馆|室|宫|大厦|酒店|宾馆|饭店|广场|会场|会议中心)"
# A venue written right before a meeting's name (参加了江城广场升国旗仪式): where that one was held (_venues_differ).
_VENUE_BEFORE_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?{_VENUE_NAME_END}$")


def _venues_differ(name: str, loc: str | None, other_name: str, other_loc: str | None) -> bool:
    """Two events of one name held at two venues (…参加了江城广场升国旗仪式。…江城县在县政府广场举行升国旗仪式): the venue
    each is told at, read after 在 or written before the other's name inside its own, are two, neither written inside
    the other (GUIDELINES §3 fortieth review round: each event held is its own record). Where either names no venue,
    nothing tells them apart here."""
    def venue(own: str, own_loc: str | None, other: str) -> str | None:
        if own_loc:
            return own_loc
        written = _VENUE_BEFORE_NAME.search(own, 0, len(own) - len(other)) \
            if len(own) > len(other) and own.endswith(other) else None
        return written.group() if written else None

    a, b = venue(name, loc, other_name), venue(other_name, other_loc, name)
    return bool(a and b and a not in b and b not in a)


_GATHERING_NAMED = re.compile("会(?!计|员|费)|仪式|典礼|论坛|座谈|讲座|党课|观摩")
_TIME_WORDS = "上午|下午|晚上|晚间|晚|早上|中午|当天|当日"
# 北京时间, 当地时间: the time zone written before a time (a subject's or a venue's run left when the date was cut).
_TIME_ZONE = "北京时间|当地时间"
# 凌晨, 傍晚: the parts of a day that _TIME_WORDS leaves out (they name no meeting time of their own), read
# only where a date or a clock time was cut before a subject or a venue.
_DAY_PARTS_EXTRA = "凌晨|清晨|早晨|傍晚|深夜"
# A 在 that opens a word of status rather than a venue: 在职党员, 在岗职工, 在册党员, 在编人员, 在读研究生, 在押人员, 在校学生
# (组织30余名在职党员开展…: the people gathered, described by their status). The status word must be followed by the
# people it describes, since 职, 读 and the rest also open venue names: 在职业技术学院, 在读者服务中心, 在职工之家 are places.
_STATUS_PEOPLE = "党员|干部|职工|人员|学生|研究生|博士生|硕士生|本科生|师生|员工|教师|医生|医护人员|民警|工人"
# The people word must not open a venue's name either: 在校学生活动中心, 在职业中学学生活动中心, 在职工之家 are the venue
# (a hall, a centre or a home of those people).
_PEOPLE_VENUE = r"(?!(?:活动|服务|文化|教育|培训|实践)?(?:中心|之家|室|馆|楼|堂|厅|广场|宿舍|公寓|食堂|餐厅|学院|学校|基地|站))"
_STATUS_AFTER_AT = (r"(?!(?:职|岗|册|编|读|押)[\u4e00-\u9fff]{0,3}?(?:" + _STATUS_PEOPLE + ")" + _PEOPLE_VENUE +
                    r"|校(?:学生|生|大学生|师生|中小学生)" + _PEOPLE_VENUE + ")")
# 与俄罗斯: "with" opening what follows 在 (在与…举行…后) or a clause (…，与中国举行双边会谈) names the other party, not
# a place or a holder (not 与会: the attendees; 跟 is left out because it opens names: 跟谁学公司).
_WITH_PARTY_OPENING = re.compile("与(?!会)")
# The verb 组织 of gathering people (not 党组织, 团组织, 学生组织, 国际组织: the noun; not 组织部, 组织委员, 组织工作), shared
# by _GATHERED and the two attendance patterns of the people a body gathered (organizers.py's _ORGANIZE_VERB bars more
# names' ends for the subject's run).
_GATHERING_VERB = "(?<![党团生际])组织"
# Before a count of the people gathered, 组织部分党员 is the verb and its scope word (部分), the guard lets it through.
_GATHERING_VERB_BEFORE_COUNT = _GATHERING_VERB + "(?!部(?!分)|委|工)了?"
# 镇党委组织全体党员(在…召开), 在县委党校组织全县党员干部(召开): the people gathered, no part of the
# organizer or the venue (not 世界卫生组织驻华代表处, 党组织, 团组织); 组织辖区30余名在职党员: a scope word before their count
# (Here 部分 alone is one of the scope words that end the subject, so 部 stays barred: 县委组织部分管领导 is the department.)
_GATHERED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})" + _GATHERING_VERB + r"(?![部委工])了?(?:全体|全市|全县|全区|全校|全院|全乡|全镇|广大|各|部分"
    r"|(?:[\u4e00-\u9fff]{0,4}?[\d一二三四五六七八九十百千]+[余多]?[名位])?[^，。；]{0,4}?(?:党员|干部|职工|师生|群众|学生|研究生|员工|代表(?![处团会])"
    r"|人员|青年|教师|志愿者|书记|负责)).*$"
)
# 立法会财务委员会昨日（22日）(会议通过…): a body and the day, then the bare noun of its session.
_BODY_DAY_SESSION = re.compile(r"(?P<org>[^，。；\s]{2,20}?(?:委员会|委会|议会|理事会|立法会|院|局|署|政府))"
                               r"(?:今天|今日|昨天|昨日|前天)(?:[（(][^（）()]{1,8}[）)])?(?P<name>会议)")
_CLOCK = r"[\d一二三四五六七八九十]{1,3}[时点](?:[\d一二三四五六七八九十]{1,2}分)?(?:许|半|整)?"
# The subject before a verb of holding: a run without clause marks, a clock time's colon allowed.
_ORG_RUN_MAX = 40
# 在北京人民大会堂举行的…新闻发布会上: a meeting named in an attributive phrase.
# Verbs of a meeting taking place or closing (…运动会在三亚落下帷幕).
# (开幕式, 闭幕词: nouns, not the verb)
# (…首脑会议23日在里加结束: a meeting closing is one held; not 会议结束后, 结束时)
# (…定期大会今（18）日开议: Taiwan, a council's session opens; not 公开议事, 召开议事会)
# (…定期会於本月5日閉會，…: Taiwan, a council's session told by its close, GUIDELINES §3 eighteenth review round; only
# ending its clause: not 人大闭会期间, 闭会后, a time between or after sessions)
# (…高峰论坛今天在香港会议展览中心揭幕: an event opening, said so in Hong Kong and Macau as 开幕 is; a plaque
# or a statue unveiled names no meeting head, so gives no record)
# (not 党的十一届三中全会召开20周年, 遵义会议召开六十周年: a meeting's anniversary, no meeting held now)
# (not 开幕闭幕式, 开幕、闭幕式, 开幕和闭幕式: the opening and closing ceremonies named together, a noun after the event's
# name, no verb; …执导过某运动会开幕闭幕式等演出 tells a career, no meeting held)
_HELD_OR_CLOSED = "(?:召开|举行|举办|开幕|揭幕|(?<![公召])开议|开讲|开班|开课|开营|启幕|拉开帷幕|拉开序幕|落下帷幕|落幕|闭幕|(?<![公召])闭会(?=[，,。；;]|$)|圆满结束)(?![式词辞典礼]|(?<=幕)会|(?<=[班幕营课讲])仪式|(?<=开幕)[、和与及]?闭幕|[\\d一二三四五六七八九十百]+多?周年)"
# A verb of holding anywhere (a cheap check before a pattern made for one meeting's nouns).
_HELD_ANYWHERE = first_char_gated(_HELD_OR_CLOSED)
# (会议由省教育厅在江城召开: the meeting referred back to, then its 由 agent and 在 and a place or a time before the verb of
# holding that ends it, GUIDELINES §3 organizer and location, thirty-eighth review round; not 由X在Y主持召开, the person who
# chairs it, nor 召开的…, 召开会议: an attribute or another meeting). The rest of a pattern after the opening reference,
# written once for the agent (organizers.py, a place or a time after 在) and for the venue (references.py, a place only:
# _AGENT_AT_PLACE_NO_TIME between the two parts).
_AGENT_AT_PLACE_OPENING = r"由(?P<org>[^，。；由在的]{2,30}?)在(?P<loc>[^，。；由在的]{2,20}?)"
_AGENT_AT_PLACE_HELD = r"(?<!主持)(?:联合|共同)?(?:召开|举行|举办)(?![的会])"
# (not a time or a circumstance after 在: 在…期间, 在…之际, 在…主持下)
_AGENT_AT_PLACE_NO_TIME = r"(?<![下时际刻头夕间景势况中后前])"
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
# The words that end the name of a body of members (香港潮州商会, 市慈善总会, 省法学研究会; organizers._MEMBERS_BODY_END):
# the associations less 公会, which has never been read here, and the 会 bodies only that rule reads.
MEMBERS_BODY_WORDS = (tuple(word for word in _ASSOCIATION_WORDS if word != "公会") + ("总会", "联会", "红十字会")
                      + _SOCIAL_BODY_WORDS + ("同乡会", "工会"))
# Those bodies or a committee (纪律检查委员会; not a standing committee's session, 常委会): the bodies whose name read as a
# meeting's is their own, the holder of what they hold (names.py, holding.py). (The look-behind after the first character,
# 委(?<!常委)员会, so that every alternative opens on a literal: one first made a search about 7x slower.)
MEMBERS_OR_COMMITTEE = "(?:" + "|".join((*MEMBERS_BODY_WORDS, "委(?<!常委)员会")) + ")"
# The bodies whose name ends in 会 (市佛教协会, 区总商会, 同乡会, 市红十字会): no meeting word in an activity's name
# (市佛教协会成立40周年纪念活动, 同乡会成立30周年庆祝活动); not 协商会, a meeting.
_HUI_BODIES = (*_ASSOCIATION_WORDS, *_SOCIAL_BODY_WORDS, "工会", "同乡会", "宗亲会", "红十字会", "总会")
_BODY_ENDING_IN_HUI = re.compile("|".join("(?<!协)商会" if word == "商会" else word
                                          for word in sorted(_HUI_BODIES, key=len, reverse=True)))
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
# edition, a year or a quoted series; 南湾坊众互助会第六届理监事就职典礼, 东园街坊会第十届…: a neighbourhood mutual-aid
# society or residents' association before its own term's ceremony, like 同乡会, GUIDELINES §3 thirty-fifth round).
_CULTURE_BODIES = "图书馆|博物馆|文化馆|美术馆|科技馆|纪念馆|档案馆"
_BODY_END = (r"(?:委员会|委会|党委|党组|政府|公司|集团|大学|学院|中学|小学|幼儿园|医院|" + "|".join(_ASSOCIATION_WORDS)
             + "|" + _BANK_WORDS + r"|研究所|研究院|总会|红十字会|同乡会|宗亲会|互助会|街坊会|农会|渔会|报社|电视台|" + "|".join(_MASS_BODY_WORDS) + "|派出所|"
             + "|".join(_FEDERATION_WORDS) + "|" + "|".join(_SOCIAL_BODY_WORDS) + "|" + _CULTURE_BODIES +
             r"|法院|检察院|党支部|社区|局|厅|委|院|校|中心|社|部|省|" + _PREFECTURE_END + r"|市|县|区|镇|乡|村|街道)")
# 中关村软件园, 清河科技园: a park run as a body, the organizer of its own events (only before the cues of
# _ORG_PREFIX; not in _BODY_END, where a bare 园 would also end parks and gardens named as venues).
_PARK_END = "(?:科技|软件|产业|工业|创业|创新|物流)园"
# The last words of a body that holds a meeting named in an attribute (在中国科协举办的…, 在执法检查组今天举行的…,
# 洛杉矶市友好团体举行的…, 在亚太经合组织…): a body's end, or a group's, a delegation's, an organization's.
_HOLDER_END = re.compile("(?:" + _BODY_END + "|" + _PARK_END + "|组|团|团体|组织)$")
# The last word of a body of the state, the party, the army or a mass organisation (公安部, 国家民委, 市科委, 省教育厅,
# 国家环保总局, 国务院办公厅, 两国政府, 中国科协, 解放军总政治部, 武警部队, 市委讲师团, 友好团体): after 在 it holds the meeting
# it names (在公安部召开的…会上), never the room (GUIDELINES §3 organizer: the subject of 召开/举行/举办).
# (not 俱乐部, 总部, 居委, 大厅, 餐厅, 宴会厅, 书局: a club, headquarters, a hall or a shop, places as often as bodies;
# nor a part of a body's grounds or a region's, 学校本部, 医院门诊部/住院部, 银行营业部, 城区东部: places, §3 "a building,
# campus, site or project before 举行 is no organizer", as the cr35 review found)
_PLACE_PART_BU_ONE = "乐总本东西南北中内"
_PLACE_PART_BU_TWO = "门诊|急诊|住院|营业"
_STATE_BODY_END = re.compile(f"(?:(?<![{_PLACE_PART_BU_ONE}])(?<!{_PLACE_PART_BU_TWO})部|"
                             "(?<![居村])委|(?<![大餐客礼展宴舞])厅|(?<![书])局|(?<![公])署|办公室|政府|国务院"
                             "|科协|妇联|总工会|团体|部队|军区|讲师团)$")
# … but a headquarters or a club (在该组织马德里总部举行的…, 在全美新闻俱乐部举行的记者招待会上): where a body's events
# take place, the venue.
_VENUE_OF_BODY = re.compile("(?:总部|俱乐部)$")
# The end of a body's name that can stand beside another's (市企业联合会、企业家协会) or in brackets after it
# (区工商联（总商会）): an organization's word, not a place's alone (江城市、临江市 are two places, no joint holder read).
# Of the federations only 社科联 and 作协 have been read joint (adding the others changes output; left to a rule
# change); no place word, no unit word a place also takes (院, 校, 社, 部), no school, bank or station.
_JOINT_BODY_END = ("(?:委员会|党委|党组|政府|公司|集团|大学|学院|医院|" + "|".join(_ASSOCIATION_WORDS)
                   + "|研究所|研究院|总会|红十字会|" + "|".join(_SOCIAL_BODY_WORDS) + "|" + "|".join(_MASS_BODY_WORDS)
                   + "|社科联|作协|局|厅|委|中心)")
# Head words too generic to make 开展… a meeting (开展…活动 is usually a campaign).
#: Heads that name an event without any words before them (the verb's object may be just these).
_SELF_NAMING_HEADS = frozenset({
    "述职评议会", "述职评议大会", "表彰大会", "颁奖大会", "颁奖典礼", "颁奖仪式", "颁授典礼", "授勋典礼", "授勋仪式",
    "签约仪式", "揭牌仪式", "启动仪式", "开班仪式", "新闻发布会", "民主生活会", "组织生活会", "集体学习", "集体学习研讨", "专题学习",
    "主题党日活动", "主题团日活动",
    # (支部赴纪念馆开展“学党史”主题党日: the party day named without 活动, the same event)
    "主题党日", "主题团日",
    "文艺晚会", "颁奖晚会", "会谈", "工作会谈", "会晤", "正式会晤",
    "开幕式", "闭幕式", "开幕典礼", "闭幕典礼", "党课", "全会", "开班式", "结业式", "首发式", "首映式",
    # (市议会昨日举行闭会式: a Taiwan council session's closing ceremony)
    "闭会式",
    # (警察学院今日举行结业会操: a passing-out parade held is a ceremony, GUIDELINES §3 eighth round)
    "结业会操", "毕业会操",
    # (市旅游协会假座丽华大酒店举行年会: a body's yearly meeting, named by the noun alone)
    "年会",
    # (市应急局召开晨会: a unit's morning meeting; 货币政策委员会举行例会: a body's regular sitting)
    "晨会", "例会",
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
# The words each name _ACADEMIC_NAME reads ends in: the cheap tests (_ACADEMIC_GATE and the event-word gate) read this
# one list, so they and the pattern keep in step. The gate passes any page with 讲座: the precision is carried by the
# verbs of self.academic that must read the name (作/讲授/带来, not 作为 or 线上), not by the gate.
_ACADEMIC_WORDS = "学术报告|辅导报告|专题辅导|一课|讲座"
# 会议要求邀请专家…作专题讲座, 研究员王强将作…专题讲座, 要邀请专家作专题讲座, 计划邀请专家作…: a lecture asked for,
# planned or to come (a plan or task word in its clause before the verb), none given; not 作了…: one given
_LECTURE_AHEAD = re.compile(_PLAN_IN_CLAUSE.pattern + "|" + _TASK_MODAL.pattern + "|准备|打算")


# 邀请8名人大代表观摩庭审, 20名家长旁听了一堂公开课: those who watched a trial or a class, which is no meeting, in the
# count's own clause (GUIDELINES §3 thirteenth review round): no attendee count of the 座谈会 held after it.
# (not 观摩了…现场会, 观摩交流, 现场观摩: a gathering or a study visit watched, §3 现场观摩)
# (the trial or class watched, one list for this test and the visit pattern of the attendance passes)
_WATCHED_NOT_MEETING = "庭审|审判|审理|公开课|示范课|观摩课|课堂"
_GENERIC_HEADS = frozenset({"活动", "比赛", "大赛", "竞赛", "展览", "课堂", "会"})
# 各种活动, 一系列有关环保问题的国际会议, 不同形式的纪念宣传活动: a series, not one meeting.
# (双方举行了多轮磋商, 数轮会谈: rounds of talks told as a tally, a series like 多场)
_SERIES = re.compile("各种|各类|各项|一系列|系列|不同形式|多种|多场|多轮|数轮|几轮|多个|数个|若干|多次|许多|众多|诸多|很多")
# (在)中纪委多次会议(上), 省委几次工作会议, 市政府历次常务会议, 全省两次经济工作会议: meetings referred to as where something
# was said, counted by a word of how many (多次, 数次, 几次, 屡次, 历次, 两次), not numbered (九届全国人大二次会议, 第二次
# 全会: one session), are many meetings over time, a series, no meeting held (GUIDELINES §3 series, thirty-first review
# round); read on referred names only: talks told held on a trip, 举行了数次会晤, stay one record as the newspaper gold has them
_MEETINGS_COUNTED = re.compile("(?<!第)(?:多|数|几|屡|历|两|好几|若干|许多)次(?=[^，。；]{0,10}$)")
# 此类会议, 这类座谈会, 这样的会议: a kind of meeting spoken of, none held (§3; 此次会议 is the one reported).
_KIND_OF = re.compile("^(?:此类|这类|该类|那类|此种|这种|那种|这样的|那样的|类似的?)")
# 学员进行为期两周的集中学习: a study over weeks or months is a class's programme, a course run, no one meeting held
# (GUIDELINES §3: series; a study session over a day or two, 为期一天的集中学习, is left as it is read)
_STUDY_OVER_WEEKS = re.compile("(?:为期|历时)[\\d一二三四五六七八九十两半]+(?:周|个?星期|个多?月)的[\u4e00-\u9fff]{0,4}学习$")
# 在另一典礼上接受颁授, 在另一场会议上: an event other than the one the page tells, not named (GUIDELINES §3: a record
# needs a name as written); a determiner, not a name (另行举办 is a verb, no event word after 另一)
_OTHER_EVENT = re.compile("^(?:另一|另外一|另外的|其他的?|其它的?|别的)[个场次项届]?")
# (典礼后各系所另行举办拨穗仪式: the event after which each of them held its own, no part of the subject)
# (not 大会后勤保障组, 会议后备人员: 后 opening a word of the name)
_AFTER_EVENT = "(?:典礼|仪式|会议|大会|活动|会|开幕式|闭幕式)(?:结束)?[之以]?后(?![勤备续期方援])"
# (全县各乡镇分别召开…, 各社区于3月5日在活动室分别召开…: a scope before 各, a day or a venue after a short body word and
# before the verb; GUIDELINES §3 twenty-third review round; not 各民主党派中央和全国工商联在京举行…, 各方组成的联合调查组在…:
# bodies joined, or one body the others formed)
# (我驻澳使馆和各领事馆都已举行了…招待会: one body joined before 各, and 都 or 分别 telling each held its own)
_EACH_SUBJECT = re.compile(r"(?:^|[，。；,;])\s*(?:" + _AFTER_EVENT + r")?(?:全[省市县区镇乡])?(?:各|各地|各级|各市|各县|各区|各单位|各部门)"
                           r"(?:[^，。；,;]{0,10}|[\u4e00-\u9fff]{1,4}?[于在][^，。；,;]{1,16})$"
                           r"|(?:^|[，。；,;])\s*[\u4e00-\u9fff]{2,12}?[和与及、]各[\u4e00-\u9fff]{1,8}?(?:都|均|分别)[^，。；,;]{0,6}$")
# The end of an organization's name (省人民医院赴疆医疗队, 江南大学就业指导服务中心): a clause-like part of the
# subject that ends so is the organization's own name.
# A way of holding a meeting after the organizer or the venue (以视频形式, 通过视频会议形式).
# (市委以视频形式, 通过视频会议形式, 县委通过视频会议: the manner of holding it)
_MANNER_END = re.compile(r"(?:以|通过|采取|采用)[^，。；]{1,24}(?:形式|方式)$|通过(?:视频|网络|电视电话|线上|腾讯)[^，。；]{0,6}$")
# Going to a place (县委书记江河到城南片区, 赴疆): not 落到实处, 送到, 派驻到, 到任, 到家.
_GOING_TO = r"(?<![落送得做办提收找遇想见来回达报走直感受派驻])(?:到|赴)(?![任达位期来场岗了店家])"
# 联邦快递公司这次来北京(举行董事会), 协会专程来江城(召开年会): 来 as the verb of coming, told so by a word of the trip
# right before it (这次, 此次, 专程, 特意); the subject before it holds the meeting at the place after it (GUIDELINES §3
# organizer and location, thirty-first review round); not 来自, 来说, 看来, 以来
_TRIP_COME = r"(?<=这次|此次|专程|特意|特地|专门)来(?![自说看讲])"
# The word of the trip left after the subject once the place gone to is cut (江城公司这次(到深圳召开…)): no part of it.
_TRIP_WORD_TAIL = re.compile("(?<=[\u4e00-\u9fff]{2})(?:这次|此次|本次|专程|特意|特地|专门)$")
_ORG_SUFFIX_END = r"(?:队|团|组|中心|委员会|组委会|部|处|室|办|站|所|院|群|公司|党委|支部|总支|专班|人才|干部|代表)$"
# Days told relative to the day just named (次日 and 隔天 the day after, 前一天 and 此前一天 the day before, 两天后 two days
# on; 会后第二天 the day after the meeting just told): the shift in days. (Not 前两天: a vague "a few days ago" as
# often as two days before.)
_SHIFTED_DAY = {"次日": 1, "翌日": 1, "第二天": 1, "隔天": 1, "前一天": -1, "前一日": -1, "此前一天": -1, "此前一日": -1,
                "一天后": 1, "两天后": 2, "三天后": 3, "两日后": 2, "三日后": 3,
                "会后第二天": 1, "会后次日": 1, "会后翌日": 1}
_SHIFTED_WORDS = "|".join(_SHIFTED_DAY)
# 次日, 翌日 opening a clause or after a body (县政府次日召开, 县委于次日): a day the text moves to, not 各单位次日起开展…
# inside a meeting's remarks.
# (典礼前一天, 会议次日, 论坛第二天, 开幕式前一天: counted from the event its noun names, as after a body)
_SHIFTED_DAY_OPENS = "(?:^|(?<=[，,])|(?<=[委府局会院校部组办礼式议坛幕])|(?<=[委府局会院校部组办]于))\\s*(?:" + _SHIFTED_WORDS + ")"
_SAME_DAY = literal_gated(re.compile("当天|当日|当晚|同日|" + _SHIFTED_DAY_OPENS))
# A shift with its day of the month in brackets opening a sentence (前一天（7日），…; 次日（9日）上午，…): the day the
# shift counts to, its month and year those of the day it counts from.
_SHIFTED_DAY_BRACKETED = re.compile(r"\s*(?P<shift>" + _SHIFTED_WORDS + r")[（(](?P<day>\d{1,2})[日号][）)]")
_TALKS = frozenset({"会谈", "工作会谈", "会晤", "正式会晤", "会见"})
# A ceremony named only by its kind, held by an event (科技周举行开幕式): the event completes the name.
_CEREMONY_OF = frozenset({"开幕式", "闭幕式", "开幕典礼", "闭幕典礼", "颁奖典礼", "颁奖仪式", "开幕仪式", "闭幕仪式",
                          "开班式", "开班仪式", "结业式", "结业仪式", "结业典礼"})
# 创科论坛开幕礼: the opening or closing of a forum-like gathering, whose venue is the ceremony's
# (…开幕礼并致辞。论坛在香港会议展览中心举行; 「创科融合论坛2024」开幕礼: a year and a closing mark between)
# (长者健康讲座开幕礼。讲座由卫生署主办; 教育研讨会开幕式。研讨会由…主办: a lecture or a seminar it opens too)
_CEREMONY_OF_GATHERING = re.compile(r"(?P<event>论坛|峰会|年会|大会|讲座|讲坛|研讨会|研讨班)(?:\d{4})?[」”』]?(?:开幕|闭幕)"
                                    r"(?:礼|式|典礼|仪式)$")
# (联合丰年祭, 海神祭, 祭典: a festival named 祭, as Taiwan's indigenous harvest festivals are, like one named 节)
_EVENT_END = re.compile("(?:周|节|祭|祭典|月|展|赛|博览会|运动会|交易会|洽谈会|艺术节|文化节|论坛|大会|年会|班)$")
_CEREMONY_NOUNS = frozenset({"典礼", "仪式", "论坛", "年会", "峰会", "晚会"})
# Names that say only that a meeting was held (召开会议, 召开专题会议, 召开大会).
_BARE_MEETING_NAMES = frozenset({"会议", "会", "专题会议", "专题会", "扩大会议", "全体会议", "大会"})
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
#: An undated meeting takes the date of a sentence before it only when that day is at most this
#: many days before the publication date.
CONTEXT_DATE_DAYS = 31
# A titled person as the subject (市长王刚召开防汛调度会, 中国驻美国大使谢锋, 县长李明今天): no body
# organizes it (not 市长办公室).
# The people gathered at an event written as its subject (首都各界群众, 全市干部群众, 社会各界人士, 首都青年, 首都各界): a crowd,
# which GUIDELINES §3 does not take for an organizer (that is a body); not 市青年联合会, 华侨大学, 人民政府: a body's name.
# (委员长会议成员、常委会组成人员和列席人员, 全体党员和入党积极分子(举行…宣誓仪式): a list of participants, people;
# 全体班主任召开座谈会, 各班班主任在教室召开家长会: a school's staff or parents gathered, no body; 首都两万多名青少年,
# 少年儿童, 会员, 校友, the cr35 review's A8; one lexicon with attendance's counted holders, its C1)
_CROWD_WORDS = ("(?:群众|各界|人士|青年|师生|市民|居民|村民|民众|同胞|侨胞|干部|职工|党员|员工|民警|人员|成员|积极分子|代表"
                "|委员|学员|队员|团员|同志|学生|志愿者|班主任|教师|老师|家长|少年|儿童|会员|校友"
                # (全体议员, 部分议员, 驻地官兵: a council's members or a unit's soldiers, people, GUIDELINES §3
                # thirty-third review round)
                "|议员|官兵)")
# The weather braved, written between a crowd subject and its verb of holding (五百多名青年冒雨(在…举行…), 3000多名师生冒着
# 凛冽的寒风举行…): no part of the subject; the phrase braved stops before 将/要/在 (a plan, or the venue, follows).
# Shared by attendance's counted holders and the organizer's crowd test (the cr35 review's C1).
_BRAVING = "(?:冒着|顶着|迎着)[^，。；,;将要在]{1,10}?|冒雨|冒雪|冒严寒"
# A head-count written after the crowd's noun (首都各界群众一万多人): the crowd counted (GUIDELINES §3 twenty-second review
# round; 多 approximate); read by attendance, and cut from a subject by the organizer's crowd test.
_COUNT_AFTER_CROWD = r"(?:共|约)?(?P<pre>近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>人|名)"
# The posts a person holds, written before the person's name (市长王某, 总统约瑟夫·拜登).
# (厂长王某为技术骨干举行表彰会: a factory's director, a person like 校长 or 院长)
# (所长莫某今天在国会举行记者招待会, 处长王某召开科室会议: the head of an institute, a division, a section or a museum,
# a person holding the event, no body; GUIDELINES §3 fortieth review round)
_PERSON_POSTS = ("书记|市长|县长|区长|省长|局长|主任|部长|厅长|大使|董事长|总经理|校长|院长|厂长|主席|镇长|乡长|司长|署长|议员"
                 "|立法委员|总理|总统|首相|外长|行政长官|所长|处长|科长|馆长")
# (北爱尔兰事务大臣莫勒姆, 美国国务卿奥尔布赖特, 议长萨维, 秘书长安南: the posts of foreign and international copy,
# before a person's name as well)
_FOREIGN_POSTS = "大臣|国务卿|外相|议长|秘书长|总督|总裁"
# (中央银行行长某某, 商会会长某某: the posts of banks, firms and societies; kept out of _PERSON_SUBJECT, whose subjects are
# read whole: 中国银行长沙分行 holds 行长 before a place)
_OTHER_POSTS = _FOREIGN_POSTS + "|行长|会长|社长"
# Any post ending right before a name (the name's start is the search's end): _PERSON_POSTS and _OTHER_POSTS.
_POST_BEFORE_NAME = re.compile(f"(?:{_PERSON_POSTS}|{_OTHER_POSTS})$")
# The most characters a post of _POST_BEFORE_NAME spans (立法委员, 行政长官), the window searched before a name.
_LONGEST_POST = 4
_PERSON_SUBJECT = re.compile(
    # (not 湖南省长沙市, 西安市长安区, 华西镇长江村, 市长热线, 社区长者中心: a place or a body after the 长)
    # (政务司司长陈国基, 立法会议员陈某太平绅士: Hong Kong posts, honour words after the name)
    "(?:" + _PERSON_POSTS + "|" + _FOREIGN_POSTS + ")"
    "[\u4e00-\u9fff]{2,3}(?<![室会部局处组办团队所院校馆府委厅市区县镇村乡道州旗心线者站场园])(?:太平绅士|博士|教授|先生|女士)?"
    "(?:今天|今日|昨天|昨日|当天|日前|近日|上午|下午|晚上)?$")
# A meeting that follows the one just told (随后，…召开座谈会; 在随后举行的…上; 会后，…).
# A clause that goes on to the next meeting of the day (，随后召开…, ，会后又举行了…).
_NEXT_OPENER = "(?:随后|随即|紧接着|接着|会后|之后)"
# The meeting just told referred to by its noun, within which an act is held (会上, 大会上, 典礼上, 座谈会上, 仪式上, 会中).
# (not 协会上海训练基地: a body's name, then a place; not 县总工会上周, 省医学会上月, 县商会上午: a body's name, then a
# time; not 在上次常委会上, 上届交易会上, 去年的年会上: an earlier session)
_WITHIN_TOLD = (r"(?:(?:(?!上次|上一次|上届|上一届|去年|往届|此前|以往|历届)[\u4e00-\u9fff]){0,6}?(?<![社机都体误约理协])"
                r"(?:会|会议|典礼|仪式|论坛|开幕式|闭幕式)上(?![海饶虞杭午周月年半旬届次])|会中"
                # (现场还举行了…签约仪式, 活动现场举行了…, 开幕式现场，举行了…: at the scene of the meeting just told, not
                # 现场会, 现场办公)
                r"|(?:活动|会议|大会|典礼|仪式|论坛|开幕式|闭幕式)?现场(?![会观办教指检调]))")
# (观摩结束后，召开了…讲评会: after the event just told)
# (签约后，双方召开座谈会: after the act just told; not 三天后, a span of time)
# (仪式结束时，…举行招待宴会: at the close of the event just told, on its day like 仪式结束后; GUIDELINES §3 twenty-third
# review round)
# 酒会, 晚宴: the bare nouns a reception given is recorded under (see MeetingExtractor.reception)
_RECEPTIONS = frozenset({"酒会", "茶会", "宴会", "午宴", "晚宴", "国宴", "招待会"})
_FOLLOWING = re.compile(r"^\s*(?:" + _NEXT_OPENER + r"|[^，。；]{1,10}?结束[后时]|[^，。；\d]{1,8}?(?<![年月日天周前])后(?=[，,]))[，,]?"
                        r"|随后举行的|随后召开的")
# An order word opening a sentence that ties its event to the event just told: inside it (会上, 典礼上), after it (会后,
# 签约后, 仪式结束后, 开班式后, 随即, 随后, 紧接着), at its close (仪式结束时) or right before it (会前, 签约前, 开幕式前,
# 会议召开前). An event so told with no day of its own takes that event's day and, unless its own sentence writes one,
# its part of the day (GUIDELINES §3 nineteenth and twenty-third review rounds); not 当天/当日/同日, which give the day
# only, nor 期间 (some day of the event), 此前/之前/事前 (a time of its own) or 三天后 (a span).
_ORDER_TIE = re.compile(r"\s*在?(?:" + _NEXT_OPENER + "|" + _WITHIN_TOLD + r"|[^，。；]{1,10}?结束[后时]|[^，。；\d]{1,8}?(?<![年月日天周前此之以今日])后(?=[，,])"
                        r"|(?:[\u4e00-\u9fff]{0,6}?(?:会|会议|大会|典礼|仪式|式|礼)|签约|签字|签署)(?:召开|开幕|开始|举行)?之?前(?=[，,]))")
# 曾多次来我校作学术报告, 经常应邀到各地作学术讲座, 每年都来…作学术报告: lectures told as a habit, none held on the
# clause's day (曾 with the verb after it, not the surname of 曾教授; not 先后作学术报告, several speakers in turn).
_LECTURE_HABIT = re.compile(r"(?:曾(?:经|多次|屡次|数次|先后|在|到|来|赴|应邀|受邀|为)|多次|屡次|数次|经常|常常|每年|多年来)"
                            r"[^，。；,;]*$")
# A signing ceremony, by its kind alone or with what was signed (签约仪式, 战略合作框架协议签字仪式): the
# ceremony of a signing act that the text may tell just before referring to it.
_SIGNING_CEREMONY = re.compile("(?:签约|签字|签署)仪式$")
# The signing act told as a verb (签署…协议, 签订…合同, 正式签约); not the ceremony's own noun (签约仪式) nor
# the projects signed (签约项目), which tell no act.
_SIGNING_ACT = re.compile("签署|签订|签约(?!仪式|项目)")
# An earlier signing recalled as background (双方曾于2022年签署…, 此前…已签订…, 早在去年就签约): its day and
# place are not those of the ceremony now reported.
_EARLIER_SIGNING = re.compile("曾|此前|早在|先前|去年|前年")
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
# The opening of a place or a work told as a verb (江城博物馆今天正式开馆, 大桥今天通车): its rite (开馆仪式, 通车典礼) is the
# ceremony of that act, as a race's start ceremony is the start's (GUIDELINES §3 twentieth review round).
OPENING_ACTS = ("开馆", "开业", "开园", "通车", "竣工", "开工", "奠基", "揭牌", "落成", "投产", "开通", "启用")
_OPENING_CEREMONIES = tuple((re.compile(act + "(?:仪式|典礼|式)$"), re.compile(act + "(?!仪式|典礼|式)")) for act in OPENING_ACTS)
# Each ceremony only referred to and the act told just before it that it is the ceremony of.
_CEREMONY_ACTS = ((_SIGNING_CEREMONY, _SIGNING_ACT), (_DONATION_CEREMONY, _DONATION_ACT),
                  (_DISTRIBUTION_CEREMONY, _DISTRIBUTION_ACT), (_START_CEREMONY, _START_ACT), *_OPENING_CEREMONIES)
# A verb of remarks right after the meeting's noun, 上 dropped (在记者会表示, 出席论坛时指出).
_REMARKS_VERBS = "表示|指出|强调|说|称|提到|透露|回应|重申|致辞|致词|讲话|发言"
# 假 before a venue (Hong Kong, Macau and Taiwan usage): after a subject, a day or a time (香港潮州商会今日假…,
# 下午2时假桃园展演中心举行, 上午十时许假…: a clock time too;
# …酒會今日（七月一日）假香港會議展覽中心舉行: a date in brackets too; 商會日前假…, 昨天假…: any day word;
# …就職典禮假…舉行, …儀式假…, …論壇假…: right after a ceremony's or a forum's name);
# not 假期, 假日, 假冒, 假如.
_JIA = "假座?(?!期|日|冒|如|若|设)"
# …系列主题新闻发布会第十场: the session number of a press-conference series, ending its name; 第十届毕业典礼第一场: one
# sitting of a ceremony held in several, likewise.
_PRESS_SESSION_WORDS = r"(?:(?<=发布会)|(?<=典礼))第[一二三四五六七八九十百\d]+场"
# 十七届县政府第28次常务会议, 市政协十四届常委会第十二次会议, 县委2024年第一次全会: the body named in its session's name is
# the organizer (GUIDELINES §3 eighth round), the name kept whole (_BODY_SESSION).
_ORDINAL = "[一二三四五六七八九十百零〇\\d]+"
# 市十五届人大常委会, 县第十届政协: such a body named with its term as a subject (市十五届人大常委会举行第十次会议).
_TERM_IN_BODY = re.compile(
    "(?P<place>(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[" + PLACE_LEVELS + "])第?" + _ORDINAL + "届(?P<body>人大(?:常委会)?|政协)")
# 第九次代表大会, 第六次代表大会第二次会议, 第八次会员代表大会: a body's own congress numbered, or a sitting of it;
# 第十五届执委会第三次全体会议, 第五届理事会第二次会议: a sitting of its executive or council numbered by term;
# 十届三次执委会议, 九届二次常务理事（扩大）会议: the same numbered by term and round, the council's word after them.
# (第七次全国代表大会, 第七届全国理事会会议: a national body's congress or its council's first sitting of a term)
_BODY_CONGRESS = re.compile("第?" + _ORDINAL + "次(?:全国)?(?:会员|职工)?代表大会(?:第?" + _ORDINAL + "次(?:全体)?会议)?"
                            "|第?" + _ORDINAL + "届(?:执委会|执行委员会|理事会|常务理事会)第?" + _ORDINAL
                            + "次(?:全体)?(?:（扩大）|扩大)?会议"
                            "|第" + _ORDINAL + "届全国(?:执委会|执行委员会|理事会|常务理事会)(?:全体)?会议"
                            "|" + _ORDINAL + "届" + _ORDINAL + "次(?:执委会?|执行委员会|常务理事会?|理事会?)(?:全体)?"
                            "(?:（扩大）|扩大)?会议")
# 甲与乙, 甲和乙: two parties joined by a conjunction (not 人力资源和社会保障局, 共和国: a conjunction inside one name).
_PARTIES_JOINED = re.compile("[与和]")


# The end of a host's name in a joint agent: a body's name, or an office (市金融办, 区政务服务办).
# (中央文献研究室, 县委办公室: a research or general office is a body too, GUIDELINES §3 eighteenth review round
# 由甲和乙联合主办 -> 甲、乙; not a bare 室, a room)
# (共青团中央, 中共中央, 团中央: a central committee hosts too)
_HOST_END = re.compile("(?:" + _BODY_END + "|办|秘书处|管理处|(?:研究|办公|工作)室|[共团]中央)$")  # (东盟秘书处: a secretariat hosts too)


def _joint_hosts(org: str) -> str:
    """Two organizations written 甲与乙 / 甲和乙 as the 由…共同主办 agent, listed 甲、乙
    (GUIDELINES §3, 由甲联合乙主办 -> 甲、乙); each side must end as a body's name
    (农业农村部和广西壮族自治区人民政府). Not used for a subject 甲与乙联合举办 or 甲与乙举行签约仪式, nor for
    由甲和乙联合举办的…: listing those lowered the organizer scores of the evaluation parts (measured again in
    the f39 review: the annotators keep 和 and 与 as written there)."""
    # (由甲局与省发展和改革委员会联合主办: a body's own name may hold 和 as well; the one joint where both sides end as
    # bodies is the split, none or two such joints leave the agent as written)
    splits = [(org[: j.start()], org[j.end() :]) for j in _PARTIES_JOINED.finditer(org)]
    bodies = [pair for pair in splits if all(len(p) >= 2 and _HOST_END.search(p) for p in pair)]
    if len(bodies) == 1:
        return "、".join(bodies[0])
    return org
# Festivals, fairs and sports meets (GUIDELINES §3: not meetings; their opening ceremony is one).
# Fairs, exhibitions, shows, contests and festivals are no meetings (GUIDELINES §3; their opening or
# closing ceremony is one: …博览会开幕式 ends otherwise).
# Place and body words that end an organizer prefix (桐溪镇, 临江区, 黔东南州, 市政协, 县人大) and its limits.
_PLACE_END = re.compile("(?:省|州|市|县|区|镇|乡|街道|政协|人大)$")
# (东湖区第十七届人大常委会第十八次会议: the standing committee of a congress, named by its place as well)
_CONGRESS = re.compile("代表大会|委员会|人大常委会")
# (城市 ends a region or a topic, 中国智慧城市, 全国文明城市; not a city whose own name ends in 城 before its level
# word 市: 晋城市, 盐城市, 山西省晋城市)
# (高新区, 江北经济开发区: a zone run by its own administrative committee, an organizer like a district, as its
# active subject is, 高新区在…举行签约仪式; not 全国开发区, a field)
# (南湾区, 北湾区: a district whose own two-character name ends in 湾, one character before it; not 大湾区, 杭州湾区)
_REGION_END = re.compile("(?:地区|大湾区|(?<!^[\u4e00-\u9fff])湾区|(?<!^[\u4e00-\u9fff])(?<![省区][\u4e00-\u9fff])城市|都市|小镇|老区|示范区|特区|自贸区|(?<!高)(?<!^[\u4e00-\u9fff]{2})新区"
                         "|(?:^|全国|中国|国家级)开发区|园区)$")
PLACE_PREFIX_MAX = 8
# 金川经济技术开发区, 临江高新技术产业开发区: a zone's full name, longer than a place prefix may be, run by its own
# administrative committee and an organizer like a district (…开发区2025年第二批招商引资项目集中签约仪式).
_ZONE_FULL_NAME = re.compile("[\u4e00-\u9fff]{2,4}(?:经济技术|高新技术产业|高新技术|经济)开发区")
# A body ending a part of a name cut at 、 (第八届理事会、监事会就职典礼, 党委、纪委…): whose bare 会 is no meeting's head, so
# bodies enumerated before the event's noun are one name, not a list of meetings (but 召开理事会、监事会 ends in a body:
# two sittings).
# (not 常委会 or 党组, which name a sitting as often as a body: 召开县委常委会、县政府常务会议 stays a list)
_ENUMERATED_BODY = re.compile("(?:委员会|理事会|董事会|监事会|学会|协会|商会|联合会|党委|纪委|团委|工会)$")
_JOINED_MEETING = re.compile("(?:论坛|峰会|大会|会议|研讨会|洽谈会|推介会|推进会|座谈会|开幕式|仪式|典礼|表彰会|颁奖会|总结会|交流会"
                             "|发布会|报告会)(?:及|暨|和|与|、)")
# (八运会, 冬奥会, 残奥会, 亚运会: games, sports contests; 征文活动, 评选活动: a contest run as a campaign)
# (文博会, 进博会, 广交会, 高交会, 服贸会: a fair's short name; “安全生产月”活动, 科技活动周活动, “作风建设年”活动: a campaign
# over a period, GUIDELINES §3, whose 启动仪式 or 动员大会 is a meeting)
_FAIR = re.compile("(?:灯会|庙会|花会|游园会|" + _SPORTS_MEET + "|招聘会|展销会|展会|美食节|啤酒节|马拉松|展览会|展览|博览会|交易会|汇演"
                   "|[博交]会|服贸会|展示会|(?:经贸|商贸)洽谈会"
                   "|(?:征文|评选|竞赛|比赛)[”」』]?活动|(?:[月周][”」』]?|年[”」』])活动"
                   "|(?:人才|毕业生|就业)供需见面会|双选会|房交会|车展"
                   # (书画拍卖会, 古玩竞拍会: an auction is a sale, like a trade fair, GUIDELINES §3 thirty-third review round)
                   "|拍卖会|竞拍会"
                   # (“…贺元旦”嘉年华会: a carnival with 会 after it; 再就业赶集大会, 赶集会: a job fair told as a market day,
                   # GUIDELINES §3 trade fairs, festivals)
                   "|" + _CONTEST_NOUNS + "|艺术节|文化节|音乐节|电影节|旅游节|购物节|嘉年华会?|赶集大?会"
                   # (迎春书画展, 摄影展, 成果展: an exhibition by its short noun; not 发展, 进展, 开展, 拓展: a verb's end)
                   "|(?<![发进开拓扩施伸舒招])展)$")
# An investment and trade fair (中国兰州投资贸易洽谈会, 兰洽会, 投洽会) is a trade fair, no meeting, when the page tells its
# several days or its exhibitors and traders (GUIDELINES §3 nineteenth review round); told only as opening, with neither, it
# is read as the meeting the sentence holds (…投资贸易洽谈会在…隆重开幕).
_TRADE_FAIR = re.compile("(?:(?:投资贸易|贸易投资)洽谈会|[\u4e00-\u9fff]洽会)$")
# (为期…天 counts days, 两 and any length included: a count, not a day of the month, so not common.DATE_NUMBER; the
# range of dates is digits only as calibrated, and widening it to DATE_NUMBER's numerals would change what it reads)
_FAIR_DAYS_OR_TRADERS = re.compile("为期[\\d一二三四五六七八九十两]+天|参展|展区|展位|展览面积|客商"
                                   "|\\d{1,2}月\\d{1,2}日(?:至|到|—|-)(?:\\d{1,2}月)?\\d{1,2}日")
# The same words inside a sentence, before the verb that opens or closes the fair (…博览会20日在成都开幕).
_FAIR_OPENED = re.compile(_FAIR.pattern.removesuffix("$") + r"[”」』]?[^，。；]{0,30}?(?:开幕|闭幕|落幕|拉开帷幕|落下帷幕|举行|举办)")
# 书画院日前举办迎春书画展，…: a fair or a show held, the verb before its name (its opening ceremony then told by 开幕式),
# with the subject holding it. Matched from the opening of each comma clause (fair_held), not searched at every offset.
_FAIR_HELD = re.compile(r"\s*(?P<org>[^，。；,;]{0,30}?)(?:举办|举行)了?[^，。；]{0,30}?" + _FAIR.pattern.removesuffix("$") + r"[”」』]?(?=[，。；,;]|$)")


def fair_held(text: str) -> re.Match[str] | None:
    """The first comma clause of ``text`` that tells a fair or a show held (_FAIR_HELD), its subject the holder."""
    starts = itertools.chain((0,), (i + 1 for i, ch in enumerate(text) if ch in "，,"))
    return next((m for start in starts if (m := _FAIR_HELD.match(text, start)) is not None), None)
# 作了题为《…》的学术报告, 作专题讲座, 讲授…课: the verb of a lecture told, before which its venue stands (在LOC作…).
# (not 作家王林在…报告厅作了…: the 作 of an occupation, 作家, 作者, 作品; but 作家庭教育专题讲座: 作 and the topic 家庭…)
_LECTURE_TOLD = re.compile("(?:作|做)(?!家(?!庭)|[者品])了?[^，。；]{0,30}?(?:报告|讲座)|讲授|授课")
# The ceremony of a fair or contest (开幕式, 闭幕式, 颁奖仪式, 颁奖典礼): the meeting a fair or contest has.
_CEREMONY_NAMED = re.compile("(?:开幕|闭幕|开营|闭营|颁奖)(?:式|典礼|仪式)")
# 闭幕式暨颁奖仪式: a closing ceremony joined to its prize-giving, one ceremony (GUIDELINES §3 eighteenth review round)
_JOINED_CEREMONY = re.compile("(?:开幕|闭幕)(?:式|典礼|仪式)暨(?:颁奖|表彰)(?:式|典礼|仪式|大会)")


def _ceremony_of_event(name: str) -> bool:
    """Whether ``name`` is an opening or closing ceremony alone (开幕式, 闭幕典礼) or joined to its prize-giving
    (闭幕式暨颁奖仪式)."""
    return name.startswith(("开幕", "闭幕")) and bool(_CEREMONY_NAMED.fullmatch(name) or _JOINED_CEREMONY.fullmatch(name))
# …博览会12日在长春国际会展中心开幕。开幕式上，…: where the event opened (or closed), its opening (closing) ceremony's
# venue (GUIDELINES §3 location); the verb must be the ceremony's own (开幕 for 开幕式, 闭幕/落幕 for 闭幕式).
# 由市政府主办、市商务局承办的…博览会在国际会展中心举行: where a fair was held, and its host before it.
_HELD_IN = r"在(?P<loc>[^，。；,;在]{2,20}?)"  # (the venue before the verb, shared by the three patterns)
_FAIR_HELD_AT = re.compile(_HELD_IN + r"(?:隆重|盛大|正式|顺利)?(?:举行|举办)")
# 去年，…首届博览会在…举办, 上届博览会曾在…举行: a sentence telling an earlier edition or an earlier time.
_EARLIER_EDITION = re.compile("去年|前年|上届|往届|上一届|历届|此前|以往|曾")
# (他们的代表参加了全国三届票友会: a count of editions between a scope and the noun, a series attended, no one
# edition held; GUIDELINES §3 eighth round, series and tallies; thirty-sixth review round; not 全国第三届…: one edition,
# nor 九届全国人大…: a term before its body)
_EDITIONS_COUNTED = re.compile("(?:全国|全省|全市|全区|全县)(?:[两二三四五六七八九十几数多]|十[一二三四五六七八九]?)届(?![全第\\d一二三四五六七八九十]|人大|政协)")
_FAIR_HOST = re.compile(r"由(?P<org>[^，。；,;的、]{2,30}?)(?:联合|共同)?主办")
# (…围棋赛今天在北京揭开战幕, …锦标赛在体育馆拉开战幕: a contest's opening told by its idiom, its 开幕式 the same day)
OPENING_IDIOMS = "开幕|拉开帷幕|揭开帷幕|启幕|揭幕|揭开战幕|拉开战幕"
_OPENED_AT = re.compile(_HELD_IN + r"(?:隆重|盛大|正式|顺利|圆满)?(?:" + OPENING_IDIOMS + ")")
_CLOSED_AT = re.compile(_HELD_IN + r"(?:顺利|圆满|胜利)?(?:闭幕|落幕|落下帷幕)")


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


# Quote marks a headline sets around a body's name (台湾“行政院”会议).
_QUOTE_MARKS = re.compile("[“”\"「」『』]")


def _cited_dateline(text: str, at: int) -> bool:
    """Whether the dateline whose date (or agency) starts at ``at`` in ``text`` is a cited source (本报讯 据新华社
    北京3月1日电，…): 据 before it in its clause, with other words before that on its line. A 据…电 opening
    a line is the copy's own dateline (a reposted wire report)."""
    cue = _CITED_BEFORE.search(text, max(0, at - 16), at)
    return cue is not None and bool(text[text.rfind("\n", 0, cue.start()) + 1 : cue.start()].strip())


# A speaker's remarks opened before a day in the same sentence (高远表示，…; 他指出：…): not a meeting's or a document's
# own statement (会议指出，通报指出，…), which the callers read as the meeting's.
_REMARKS_OPENED = re.compile(r"(?<!会议)(?<!大会)(?<!通报)(?<!通知)(?<!报告)(?<!文件)(?<!意见)(?<!公告)"
                             r"(?:表示|指出|强调|说|透露|认为)[，,：:]")
# 据介绍，据负责人介绍说，据了解: a sentence led by the reporter's source, no one's remarks.
_SOURCE_LEAD = re.compile(r"\s*据")


def _in_remarks(text: str, at: int) -> bool:
    """Whether ``at`` lies inside someone's remarks opened earlier in its sentence (高远表示，集团已于2月26日…)."""
    start = start_after(text, at, "。！？\n")
    return _SOURCE_LEAD.match(text, start) is None and _REMARKS_OPENED.search(text, start, at) is not None


# 今天的年轻人, 今天的幸福生活: 今天/今日 as an attribute of what is no event means "nowadays" and tells no day (GUIDELINES
# §3 twenty-ninth review round); 今天的会议上, 今天的开幕式 still tell the day.
_NOWADAYS = re.compile("(?:今天|今日)的(?![^，。；,;]{0,12}?(?:会|式|礼|论坛|活动|讲座|报告|演出|比赛|庆典|签约|发布|仪式))")


def _told_days(text: str, start: int, end: int, *, remarks: bool = False) -> Iterator[re.Match[str]]:
    """The dates in ``text[start:end]``, last first, that are days something took place on: not a deadline or a
    start (6月30日前完成, 5月1日起施行), a stock's day (截至3月10日), the day a document came out (4月20日印发) nor a
    day in what a meeting dealt with (传达学习3月1日…会议精神). With ``remarks``, not a day inside someone's remarks
    either (高远表示，集团已于2月26日…): asked by the talks told 签约前, dated from the signing only when no day of
    their own was told between; elsewhere a day in remarks stays a day told, as it was before that reading."""
    for d in reversed(list(_DATE.finditer(text, start, end))):
        clause_start = clause_bounds(text, d.start())[0]
        # (…联席会议19日起在澳门举行: the first day of a meeting held, not a day things run from)
        opens_held = text.startswith("起", d.end()) and _HELD_FINITE.search(text, d.end(), clause_bounds(text, d.end())[1])
        if (_FROM_DATE_AFTER.match(text, d.end()) and not opens_held) or _OTHER_DAY_AFTER.match(text, d.end()) \
                or _STOCK_BEFORE.search(text, max(start, d.start() - 3), d.start()):
            continue
        if _DEALT_WITH.search(text, clause_start, d.start()) and not _HELD_VERB.search(text, clause_start, d.start()):
            continue
        if _NOWADAYS.match(text, d.start()):
            continue  # 这是今天的年轻人应当珍惜的: nowadays, no day told
        if remarks and _in_remarks(text, d.start()):
            continue  # 高远表示，集团已于2月26日完成…: a day inside someone's remarks dates nothing (GUIDELINES §3)
        yield d


def _opens_account(sentence: str, d: re.Match[str]) -> bool:
    """A date that opens a clause and the account (6日，…; 4月22日上午，…): not vague, not a deadline
    or a start (6月30日前完成, 6月1日起)."""
    return (not _VAGUE_DATE.fullmatch(d.group()) and not sentence[clause_bounds(sentence, d.start())[0] : d.start()].strip()
            and _LEAD_DATE_AFTER.match(sentence, d.end()) is not None)


def _overlap(a: str, b: str) -> float:
    """The share of the shorter name's characters that the other name has."""
    return len(set(a) & set(b)) / max(1, min(len(set(a)), len(set(b))))


def _recent(day: dt.date, reference: dt.date) -> bool:
    """A day at most :data:`CONTEXT_DATE_DAYS` before the publication date (the day itself too)."""
    return dt.timedelta(0) <= reference - day <= dt.timedelta(days=CONTEXT_DATE_DAYS)


def _after_publication(day: str | None, reference: dt.date | None) -> bool:
    """Whether the ISO ``day`` falls after the publication date: a day ahead, no day a report's meeting was held."""
    return day is not None and reference is not None and dt.date.fromisoformat(day) > reference
# What makes a numeral after 于 a time, not a venue (于2024年, 于三天后, 于九一八纪念日, 于五一小长假期间, 于十周年之际;
# not 于三楼会议室, 于一号楼): shared by the organizer tidy and the active pattern's 于 guard.
_TIME_AFTER_NUMERAL = (r"(?:年|月|日|号(?!楼|厅|会议室)|时|点|[:：.]|周|季|旬|期|届|次|天|个月"
                       r"|[\u4e00-\u9fff]{0,3}?(?:节|纪念日|假期?|期间)|前|后|当天|之际|黄金周|建军)")
# Trades that close a company's short name (力晶光电, 星河电器, 恒远新能源, 腾远钴业, 海尔智家): the company before its
# plant, and a head before a year or an ordinal read as a company's (organizers' _COMPANY_SHORT_END).
_COMPANY_TRADE_WORDS = ("科技", "股份", "控股", "汽车", "电子", "电气", "电器", "能源", "动力", "重工", "机械", "装备", "智能", "智家",
                        "光电", "通信", "网络", "软件", "生物", "医药", "制药", "化工", "材料", "新材", "钢铁", "建工", "实业", "传媒",
                        "物流", "食品", "地产", "置业", "家居", "家电", "纺织", "钴业", "锂业", "矿业", "药业", "乳业", "酒业", "纸业",
                        "铝业", "铜业")
_CARRYING_OUT_END = re.compile("进行了?$")
_YEAR_NUMBER_AHEAD = re.compile(r"((?:19|20)\d{2})年")

# 本报讯, 本报北京1月5日讯, 新华社东京1月5日电, 据新华社…电 opening a line: the start of an item of the page (a
# newspaper page may glue short items together, GUIDELINES §11); so does 本报记者王芳报道 (twenty-third review round).
_ITEM_OPENING = re.compile(r"^[ \t\u3000]*(?:据?(?:新华社|本报|中新社|中新网)[^，。；\s]{0,12}?[电讯]|" + REPORTERS_ITEM_OPENING + ")", re.M)


# Readings that references shares with extractor (see the package docstring: siblings share through this module).
# A press conference's holder written before its name: a pattern with its match, read the same by an organizer found in a
# dated attribute (extractor) and in a referred briefing (references).

# 区政府新闻发布会, 市教育局新闻通气会: a body right before a press conference's name, read in a dated attribute (记者从
# 12日召开的区政府新闻发布会上获悉, 在5月12日举行的…上): the body gives the briefing, its holder, and the name is the
# conference alone (GUIDELINES §3 ninth and twentieth review rounds: a body before the meeting's name is its holder).
# Only a body word ends the prefix (局, 委, 政府, 办…), not a company's brand (星辰科技新品发布会: left whole here).
_BRIEFING_AFTER_BODY = re.compile(r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,16}?" + _BODY_END + r"(?:新闻办|新闻办公室)?)"
                                  r"(?P<name>(?:新闻)?(?:发布会|通气会|通报会))$")


def briefing_holder(name: str) -> tuple[str, str] | None:
    """(holder, name) of a press conference named with its body before it (区政府新闻发布会), or None."""
    briefing = _BRIEFING_AFTER_BODY.match(name)
    return (briefing["org"], briefing["name"]) if briefing else None


# A lecture's inviter (应X邀请，…作报告; X邀请…作报告): patterns and their reading, used by the extractor's lecture flow
# and by a lecture referred to (references).

# 江城大学邀请北京大学王林教授(作专题讲座), 学院特邀…研究员李华(作…): the inviting body that opens the lecture's clause.
# (江州市图书馆邀请…研究员方某，在报告厅作了…讲座: the lecture told after a comma in a clause opening on a preposition,
# with no subject of its own, is the invitee's; not …邀请了读者代表，馆员李某作了讲座: another subject)
_LECTURE_INVITER = re.compile(r"(?:^|(?<=[，,；;]))\s*(?P<org>[^，。；,;：:]{2,30}?)(?:特别邀请|邀请|特邀)了?[^，。；,;]{2,40}"
                              r"(?:[，,](?=在|为|于|就|围绕|向)[^，。；,;]{1,40})?$")

# 应江城大学物理学院邀请，…教授作学术报告: the inviting body told in a clause of its own opening with 应 (not 应邀来我院:
# no body named; not 理应邀请, 应邀请专家…: 应 as "should" inside a clause, the lecture not yet given)
_LECTURE_INVITED_BY = re.compile(r"(?:^|(?<=[，,；;\n]))\s*应(?P<org>[^，。；,;：:邀]{2,30}?)(?:的)?(?:盛情|诚挚)?邀请[，,]")

# 作科普报告, 作了题为…的专题讲座: a lecture given in a sentence, where its inviter is read before it.
_LECTURE_GIVEN_VERB = re.compile(r"[作做]了?[^，。；,;]{0,30}?(?:报告|讲座)")


def lecture_inviter(text: str, clean_org: Callable[[str | None], str | None]) -> str | None:
    """The body ``text`` tells as inviting the lecturer of the lecture it tells (应X邀请，…作报告; X邀请…作报告), which
    organizes the lecture (GUIDELINES §3 fourteenth and sixteenth review rounds); ``None`` when none is told."""
    given = _LECTURE_GIVEN_VERB.search(text)
    if given is None:
        return None
    for found in (_LECTURE_INVITED_BY.search(text, 0, given.start()), _LECTURE_INVITER.search(text, 0, given.start())):
        if found and (body := clean_org(found["org"])) and _HOLDER_END.search(body):
            return body
    return None


# The provincial-level places and their capitals by their bare names (上海, 浙江, 成都, 拉萨): a closed class of place
# names, read where the wording alone is unsure (a venue after 在, a place before a holder's name with 的).
PROVINCIAL_PLACES = frozenset((
    PROVINCES + "|石家庄|太原|沈阳|长春|哈尔滨|南京|杭州|合肥|福州|南昌|济南|郑州|武汉|长沙|广州|海口|成都|贵阳|昆明|西安|兰州|西宁|台北"
    "|呼和浩特|南宁|拉萨|银川|乌鲁木齐|深圳|大连|青岛|宁波|厦门").split("|"))


# The readings of a later sentence that refers back to one meeting (its organizer, its venue) open on one of that meeting's
# nouns; the nouns change from page to page, so a pattern holding them would be compiled for each page.  Each such
# pattern is instead split into its opening, read here with string tests in the order the regular expression tries it,
# and its rest, compiled once in the module that reads it and matched at each end the opening can have: the first end
# whose rest matches is the one the whole pattern would have taken, so the match is the same.
_SPACE_RUN = re.compile(r"\s*")
# 比博会, 农博会: the short form of a fair, ``[\u4e00-\u9fff]博会`` in the nouns of a fair (see organizers' _later_organizer)
FAIR_SHORT_FORM = re.compile("[\u4e00-\u9fff]博会")


def space_ends(text: str, at: int) -> range:
    """The ends ``\\s*`` can take at ``at`` of ``text``, in the order the regular expression tries them (longest first)."""
    return range(_SPACE_RUN.match(text, at).end(), at - 1, -1)


def word_ends(text: str, at: int, words: tuple[str, ...], fair: bool = False, last: tuple[str, ...] = ()) -> Iterator[int]:
    """The ends the alternation ``(?:w1|w2|…)`` of ``words`` (literals; then ``[\u4e00-\u9fff]博会`` for a ``fair``; then the
    literals ``last``) can take at ``at`` of ``text``, in the order the regular expression tries them."""
    for word in words:
        if text.startswith(word, at):
            yield at + len(word)
    if fair and FAIR_SHORT_FORM.match(text, at):
        yield at + 3
    for word in last:
        if text.startswith(word, at):
            yield at + len(word)


def determined_word_ends(text: str, at: int, determiners: tuple[str, ...], words: tuple[str, ...],
                         fair: bool = False, last: tuple[str, ...] = ()) -> Iterator[int]:
    """The ends of ``(?:d1|d2|…)?(?:w1|w2|…)`` at ``at`` (``determiners`` and ``words`` literals, ``fair`` and ``last`` as
    in :func:`word_ends`), in the order the regular expression tries them: with a determiner first, then without."""
    for determiner in (*determiners, ""):
        if text.startswith(determiner, at):
            yield from word_ends(text, at + len(determiner), words, fair, last)


def first_rest_match(rest: re.Pattern[str], text: str, ends: Iterator[int]) -> re.Match[str] | None:
    """The match of ``rest`` at the first of ``ends`` where it matches (None where it matches at none): the part after
    the opening of the whole pattern the ends are read from, as that pattern matches."""
    for end in ends:
        if (m := rest.match(text, end)) is not None:
            return m
    return None
