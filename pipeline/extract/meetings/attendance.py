"""Attendee counts: the headcount of a meeting and the sentences in its stretch that may give it."""

from __future__ import annotations

import functools
import re
from typing import Any

from pipeline.extract.common import Sentence, bounded_memo, clause_bounds
from pipeline.extract.meetings.patterns import (
    _ANY_HEADCOUNT,
    _BRAVING,
    _CARRYING_OUT_END,
    _CEREMONY_WORDS,
    _CN_HEADCOUNT_FIRST,
    _CN_HEADCOUNT_NEXT,
    _CONTEST_NOUNS,
    _COUNT_AFTER_CROWD,
    _COUNTED_PEOPLE,
    _CROWD_WORDS,
    _DAY_PARTS_EXTRA,
    _GATHERING_NAMED,
    _GENERIC_HEADS,
    _HEADCOUNT,
    _ITEM_OPENING,
    _LECTURE_AHEAD,
    _LECTURE_HEADS,
    _LECTURE_WORDS,
    _RECEPTIONS,
    _SPACED_THOUSANDS,
    _TALKS,
    _TIME_WORDS,
    _WATCHED_NOT_MEETING,
    _WITHIN_MEETING,
    _other_body,
    _stretches,
)
from pipeline.values import parse_count

# The opening ceremony of an event that runs on (开班仪式, 开幕式, 开营仪式; also one joined by 暨 to a forum held with it,
# …洽谈会开幕式暨国际投资论坛: the fair's several days are still not the ceremony's); a span of days the event runs; a
# ceremony's word.
_OPENING_CEREMONY = re.compile(r"(?:开班|开幕|开营|开训|开学)(?:仪式|式|典礼)(?:$|暨)")
_SPAN_OF_DAYS = re.compile(r"(?:为期|持续|历时)[\d一二三四五六七八九十两半]+(?:天|日|周|个月)")
_CEREMONY_NAMED = re.compile(r"仪式|开幕式|开班式|开营式|典礼")
# The event's own time named before the activity (开幕式上, 典礼中, 会上): an activity inside it, not after it.
_INSIDE_EVENT_BEFORE = re.compile(r"(?:式|典礼|仪式|晚会|会)(?:上|中|现场)")
# A ceremony or meeting attended named right after the count (200余人参加了启动仪式): the count of that event.
_MEETING_ATTENDED_AFTER = re.compile(r"[^，。；]{0,12}?(?:参加|出席|参与)了?[^，。；]{0,12}?(?:仪式|开幕式|典礼|会议|大会)")
# (…启动仪式在…举行。随后进行了防汛抢险综合演练，200余名应急队员参加: a drill, exercise, show, contest or service held
# after the event, told in the clause right before the count's, is what those counted take part in: its count, no attendee
# count of the event, GUIDELINES §3 eighth round: a drill is no meeting; thirteenth and twenty-first rounds: people serving
# or watching after the ceremony are no attendees of it; not a count whose clause names the ceremony attended, 200余人参加
#了启动仪式)
# (one lexicon of activities that are no meeting for this reading and for what a count attends, _OTHER_ACTIVITY below,
# cr34 C9: a drill, a contest, a show, a service, a test or an appraisal)
_DRILL_WORDS = "演练|演习|拉练"
_ACTIVITY_WORDS = "比赛|竞赛|演出|表演|展演|健步走|徒步|义诊|植树|巡游|评级|评选|考试|考核|体检|高考|中考"
_ACTIVITY_HELD_BEFORE_COUNT = re.compile(
    rf"(?:进行|开展|举行|举办|组织|展开|上演)了?[^，。；]{{0,20}}?(?:{_DRILL_WORDS}|{_ACTIVITY_WORDS})"
    r"(?:活动)?[，,][^，。；]{0,12}?$")


def _sitting_in(statement: str) -> bool:
    """Whether an attendance ``statement`` counts those sitting in (列席) only, not those present (出席)."""
    return "列席" in statement and "出席" not in statement


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
# 并主持宪法宣誓仪式, 主持了整场颁奖典礼: the verb of chairing (and a quantifier) right before a ceremony's name (read by
# the attended pattern)
# Clause or sentence punctuation: a line without any is a headline (of a list item), not a sentence of a paragraph.
_SENTENCE_MARK = re.compile("[，。！？；：,;!?:]")
# 名党员干部, 位青年教师: the people counted, named after 名/位 (a short stretch, then a word for people)
# Those a lecture is given to, besides the people of _COUNTED_PEOPLE (为200余名读者作了讲座).
_LISTENERS = ("(?:读者|听众|市民|学员|新生|学子|家长|老人|长者|志愿者|护士|医护人员|会员|爱好者"
              # (为80余名种粮大户作了专题讲座, 为50名农技人员授课: farmers and extension workers a rural lecture is given to)
              "|农民|农户|大户|种植户|养殖户|农技人员|技术人员"
              # (为50余名菜农作了…讲座, 为30多名茶农授课: growers named by their crop, fishers and herders, like 种植户)
              "|(?<![务])[果菜茶花蔗烟棉瓜桑药菇椒]农|渔民|牧民"
              # (为60余名社员作了…讲座, 为120名政协委员作专题辅导, 为50余名盟员授课: members of a democratic party, a
              # CPPCC or a society, and the entrepreneurs of a chamber of commerce, the listeners of their own lectures)
              "|社员|盟员|委员|成员|企业家"
              # (为全院90余名干警讲授了专题党课, 为120名消防指战员授课, 为80名医务人员作…讲座: the staff of a court,
              # police, fire or army unit or hospital, the listeners of the lecture their head gives)
              "|干警|民警|辅警|警员|官兵|战士|指战员|消防员|法官|检察官|医生|医务人员|工人)")
# The listeners a lecture is given to, one group or two joined (为80余名种粮大户和农技人员作了…讲座), or one group
# narrowed by another with no joint (为200余名县处级党员领导干部讲授专题党课: 县处级党员 + 领导干部, longer than one
# group's few words before its head noun).
_AUDIENCE_GROUP = "(?:" + _COUNTED_PEOPLE + r"|[\u4e00-\u9fff]{0,4}?" + _LISTENERS + ")"
_AUDIENCE = _AUDIENCE_GROUP + "(?:[和及与、]?" + _AUDIENCE_GROUP + ")?"
_HEADCOUNT_PLAIN = _SPACED_THOUSANDS + r"|\d{1,3}(?:,\d{3})+" + rf"|[\d{_CN_HEADCOUNT_FIRST}][\d{_CN_HEADCOUNT_NEXT}]*"
# 论坛吸引约800名…人士参与, 本次大会吸引了…, 论坛共有…代表250余人参与: a sentence whose subject is the meeting told before, the people it drew
# (not 活动吸引…参与: a campaign's; but see _ACTIVITY_DREW).
_MEETING_DREW = re.compile(r"\s*(?:本次|此次|这次|该|本届|是次)?(?:会议|大会|论坛|峰会|年会|研讨会|座谈会|报告会)(?:吸引|共有)")
# 街道举办邻里文化节启动仪式。活动吸引了约300名居民参与: the sentence right after a gathering's own sentence, which
# names no activity (a campaign 部署 or 启动 there would be what 活动 stands for), opening on 活动 and the people it drew:
# the event held, whose count of people taking part counts like 参加 (GUIDELINES §3).
_ACTIVITY_DREW = re.compile(r"\s*(?:本次|此次|这次|当天的?)?活动(?:现场)?吸引(?!了?全[省市县区镇乡国])")
# 共有80余人, 约有30位, 逾200名: the count of people taking part (not 人次: visits), shared by the two sentences of
# taking part below.
_TOOK_PART_COUNT = r"(?:共有?|有)?(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?!次)"
# …座谈会在社区服务中心举行。逾200位社区干部参与。: a sentence made of a count of people taking part alone, right after
# the only meeting of its paragraph, counts its attendees (GUIDELINES §3 eleventh review round); not 近年来累计300余人参与培训,
# 服务居民2000余人, 义诊活动有300余人参与: a tally, people served, another event.
_TOOK_PART_NEXT = re.compile(r"^\s*" + _TOOK_PART_COUNT + r"[^，。；;\d]{0,16}?参与(?:其中|了?(?:座谈|讨论|交流))?[。！；;]?\s*$")
# …团拜会今天下午举行。300多位老同志与市负责同志相互问候，共迎新春。: a sentence opening on a count of people who greet
# one another or celebrate together, right after the only meeting of its paragraph: those at the gathering, counted
# (GUIDELINES §3 eleventh review round, as 逾200位社区干部参与 is; thirty-fourth round); not a count that is a tally
# (累计…) or whose people do something else first (…参观了…后相互问候: the greeting words must close the count's clause).
_GREETED_NEXT = re.compile(r"^\s*" + _TOOK_PART_COUNT + r"[^，。；;\d]{0,24}?"
                           r"(?:相互问候|互致问候|互相问候|欢聚一堂|共迎新春|共度新春|共度佳节|共庆新春|同庆新春|畅叙友情)"
                           r"[^，。；;]{0,4}?[，,。！；;]")
# …教研活动在县实验中学举办。活动由县教研室主办，县实验中学承办，全县数学教师80余人参与。: the sentence right after the
# meeting's names its holders (由…主办/承办) and then a count of people taking part: the same event referred back to, whose
# participants count like 参加 (GUIDELINES §3: a count of people who 参与 an event held), for an activity too (the
# 由…主办 names this one, no campaign); the group noun before the count a few characters ending in a people word.
# (not 活动由…主办，全年累计3000余人参与: a tally; not 服务居民…, 义诊…有300余人参与: people served or another act)
_HELD_BY_THEN_TOOK_PART = re.compile(
    r"^\s*(?:本次|此次|这次|该|当天的?)?(?:活动|会议|论坛|研讨会|座谈会|讲座|报告会|培训班?)?由[^，。；;]{2,24}?(?:主办|举办|组织|承办|指导)"
    r"(?:[，,、]\s*[^，。；;]{2,24}?(?:承办|协办|支持))*[，,]\s*(?:[\u4e00-\u9fff]{0,14}?"
    r"(?:教师|老师|干部|代表|家长|学生|党员|居民|群众|职工|员工|校长|园长|教研员|骨干|人员|人士|师生|嘉宾|专家|学者))?"
    + _TOOK_PART_COUNT + r"[^，。；;\d]{0,8}?参与(?:其中|了?(?:活动|研讨|交流|讨论))?[。！；;]?\s*$")
# 全民阅读月启动仪式, 全民健身月开幕式, 护河行动启动仪式: the ceremony opening a campaign that runs for weeks, whose
# participants 活动吸引… counts (not 文化节启动仪式: a festival of a day or two, the people at the gathering).
_CAMPAIGN_LAUNCH = re.compile("(?:月|周|季|行动|工程)[”」]?(?:启动仪式|启动会|开幕式|启动大会)$")
# (not 为60名党员讲授了…党课, 为50名农技人员授课: a lecture given to its audience, who attend it)
_GIVING = re.compile("颁|(?<!讲)授(?!课)|发放|佩戴|戴上|赠送|奖励")
# 获奖的20名…, 受表彰的12名…: a count of those honoured, no count of those attending (GUIDELINES §3).
_AWARDED_BEFORE = re.compile("(?:获奖|受表彰|受到表彰|获表彰|获得表彰)的$")
# People told as absent (因病未能到场的5名老党员, 缺席12名, 5名因事请假的代表): kept away from the meeting, so no count
# of those attending it (GUIDELINES §3); the word before the count, or after it in the same clause.
_ABSENT = "(?:(?:未能|没能|未|不能|无法)(?:到场|出席|参加|到会|参会|与会|前来)|缺席|请假)"
_ABSENT_BEFORE = re.compile(_ABSENT + "(?:会议|大会|活动|仪式)?的?$")
_ABSENT_AFTER = re.compile("[^，。；,;]{0,10}?" + _ABSENT)
# What may follow 参加/出席 when it is not the meeting that is attended (参加各类培训, 参加了信用评级).
# (保险, 医保: insurance taken out, attended by no one; the activities of _ACTIVITY_WORDS above; a drill, but not one
# watched at a meeting, 演练观摩会)
_OTHER_ACTIVITY = re.compile(rf"了?(?:各类|各项|多项|多次|[^，。；]{{0,6}}(?:保险|医保|{_ACTIVITY_WORDS}"
                             rf"|(?:{_DRILL_WORDS})(?![^，。；]{{0,8}}(?:会|观摩))))")
# What a bare 参加/出席 attends that is no gathering, read outside the meeting's own sentence (这两人参加
# 世界锦标赛的资格, 近60名将参加…核查工作的专家; not 参加开班式, 出席观礼, 参加了此次活动).
# (20余名市人大代表参加视察, 30名委员参加调研: an inspection tour, no gathering, GUIDELINES §3; not 参加视察座谈会)
_NOT_A_GATHERING = re.compile(r"了?[^，。；会]{0,12}?(?:赛|资格|工作(?!会)|名单|考试|行动|项目|维和|核查|战斗|劳动|选举"
                              r"|视察|调研|考察|督查|督导|巡查)")
# 28名选手参加决赛, 40名教师参加了比赛: those counted enter the contest, they do not attend the ceremony told with it
# (GUIDELINES §3: contestants are no attendee count); not 参加颁奖典礼, 参加比赛开幕式 (a gathering of the contest named).
# (46名选手参加了焊工、电工、数控车工等18个项目的比赛: the events entered listed before the contest noun, hence the
# longer reach; the gathering check below still keeps 参加了…比赛颁奖仪式)
_CONTEST_ENTERED = re.compile("了?(?:本次|此次|这次)?[^，。；,;会]{0,24}?(?:" + _CONTEST_NOUNS + "|复赛|初赛|赛事|角逐)")
# (参加了比赛开幕式, 参加了大赛颁奖礼: a ceremony of the contest, attended; not bare 式: 参加正式比赛)
_CONTEST_GATHERING = re.compile(_GATHERING_NAMED.pattern + "|" + _CEREMONY_WORDS + "|(?:开幕|闭幕|启动|开赛)式|颁奖礼")
# 80名党员参加了主题党日活动和党史知识竞赛: a gathering attended, then a contest joined to it by a conjunction; the
# count is of those at the gathering (GUIDELINES §3 attendee_count), so the contest reach stops at the conjunction.
_GATHERING_THEN_AND = re.compile("(?:" + _CONTEST_GATHERING.pattern + "|活动)(?:和|及|以及|与|、|并)")
# 本届比赛共有来自112所中学的600名学生参加, 本次大赛共吸引了180名职工参加: the contest as the clause's topic, the count
# closing the clause with 参加: the contestants again (§3), not those attending the prize ceremony told beside it; not a
# gathering of the contest as the topic (本次大赛颁奖仪式共有300人参加), nor 参加 with an object of its own (参加观看).
_CONTEST_TOPIC = re.compile(r"\s*(?:本届|本次|此次|这次|今年|该|这场|此项)?[^，。；,;]{0,12}?(?:" + _CONTEST_NOUNS + "|赛事)[”」』]?"
                            r"(?:共|总共|先后|累计)?(?:有|吸引了?)")
# 本届大赛自9月启动以来，共有来自12个项目部的260名职工报名参加: the contest, marked as this one (本届/本次), opens the
# sentence and a later clause with no subject of its own counts those who enter it: the contestants again (§3).
# (not 本次大赛总结会上，共有300名职工参加: a meeting of the contest, its attendance a gathering's count)
_CONTEST_LEAD = re.compile(r"\s*(?:本届|本次|此次|这次|这场|该项?)[^，。；,;]{0,12}?(?:" + _CONTEST_NOUNS + "|赛事)[”」』]?"
                           r"(?![^，。；,;]{0,6}?(?:颁奖|开幕式|闭幕式|典礼|仪式|会上|会议|大会|[^，。；,;委工协学商]会[，,]))")
_ENTERING_CLOSES = re.compile(r"[^，。；,;]{0,6}?(?:报名)?(?:参加|参与|参赛)了?")
_SUBJECTLESS_COUNT = re.compile(r"\s*(?:共|总共|先后|累计)?(?:有|吸引了?)")
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
# (将于下月参加, 将在6月参加: the time ahead told between 将 and the verb)
_ATTEND_AHEAD = re.compile("(?:(?!参加|出席|参会|参训)[^，。；;]){0,12}?(?:将|即将|拟|计划|准备)(?:要)?"
                           "(?:(?:于|在)(?:(?!参加|出席|参会|参训)[^，。；;]){1,8}?)?(?:参加|出席|参会|参训|到会|列席)")
# 现场300余名干部员工深受教育, 在场的200名学生认真聆听: people counted as present at the event, opening their clause
# (see MeetingExtractor.attendance).
_PRESENT_COUNTED = re.compile(
    r"(?<![^，。；,;：:\s])(?:现场|在场)的?(?:共有?|有)?(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
    # (现场3名医护人员全程值守, 现场20名民警维持秩序, 现场10名工作人员负责引导: staff on duty, no attendance; after 名/位
    # one of the attendee kinds is required, 人 counts alone: 现场200余人认真聆听)
    r"(?P<unit>名|位|人)(?!次)(?![^，。；;]{0,12}?(?:工作人员|医护人员|医务人员|民警|警力|警察|安保|保安|值守|维持秩序|执勤|值班"
    r"|负责(?:引导|服务|保障|安全)|提供服务|服务保障))"
    r"(?:(?<=人)|(?<=[名位])[\u4e00-\u9fff]{0,8}?(?:党员|干部|团员|职工|员工|青年|代表|群众|师生|教师|学生|村民|居民"
    r"|同志|观众|听众|市民|学员|嘉宾|来宾|家长|专家|学者|企业家|人士"
    # (在场的近百名政府要员、社会名流: officials and notables present at a rite are its attendees as guests are,
    # GUIDELINES §3 ninth round; thirty-fourth round)
    r"|官员|要员|政要|名流|领导人|议员|贵宾|宾客|外宾))"
    # (现场约150人参与植树: those taking part in something else, left to the statements of taking part)
    r"(?![^，。；;]{0,12}?(?:获|领取|领到|受到表彰|受表彰|接受|报名|参赛|参与|参加))")
# 约3万名观众现场观看, 2000余名市民在现场聆听: the audience counted opening its clause, then told as present watching or
# listening, the verb closing the clause (GUIDELINES §3 twelfth review round: those told as present at the event in a
# count); not …现场观看了比赛 (a contest watched, an object after the verb) nor 通过直播收看 (not present).
_COUNTED_THEN_PRESENT = re.compile(
    r"(?<![^，。；,;：:\s])(?<!去年，)(?<!前年，)(?<!上届，)"
    r"(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位)"
    r"(?:观众|听众|群众|市民|师生|嘉宾|来宾|家长|干部群众)在?现场(?:观看|观摩|聆听|见证)(?=[，。；,;！]|$)")
# 300余人现场观看了发布仪式, 近500名干部群众观看了揭牌仪式: people counted watching the ceremony itself, its verb's object a
# rite noun closing the clause, are its attendees like those who 出席观礼 (GUIDELINES §3 twentieth review round); not
# 观看了文艺演出, 观看了消防演练, 观看了足球比赛 (a show, a drill, a match) nor 在线观看 (not present).
_COUNTED_WATCHING_RITE = re.compile(
    r"(?<![^，。；,;：:\s])(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?!次)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:观众|群众|市民|师生|嘉宾|来宾|家长|居民|村民|职工|员工|干部|代表))?(?:在?现场)?"
    r"(?:观看|见证)了?(?:本次|此次|这次|整个)?[^，。；,;！\d]{0,10}?(?:仪式|典礼|(?<=[幕牌])式)(?=[，。；,;！]|$)")
# 部长、各国使节及记者约300人目睹了这一激动人心的历史性时刻 (after the ceremony's sentence): people counted witnessing the
# moment this points back to, the count closing the list of those present, are its attendees like those who 观看 the rite
# (GUIDELINES §3 thirty-second review round); not people counted witnessing anything else (目睹了施工过程).
_COUNTED_WITNESSING_MOMENT = re.compile(
    r"(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?!次)"
    r"(?:目睹|见证|見證|观看|觀看)了?(?:这一|這一|这个|這個)[^，。；,;！\d]{0,14}?(?:时刻|時刻|场面|場面|盛况|盛況|一幕)"
    r"(?=[，。；,;！]|$)")
# 院坝会上，村党支部书记王某向40余名村民代表通报了…, 会上，…向与会的30名居民代表介绍了…: the people the chair or a
# speaker addresses, counted, inside the meeting's account are its attendees (GUIDELINES §3 seventeenth review round), like
# a lecture's counted listeners; not 向30名困难群众发放慰问金 (recipients: no verb of telling) nor 向…通报 in a sentence of
# no meeting (see _ACCOUNT_OPENING).
# (座谈会上，局长X与20余名种植户面对面交流: the counted people the chair talks with inside the meeting's account take
# part by discussing, like those addressed (GUIDELINES §3 twelfth and seventeenth review rounds); 与/同/和 only before a
# verb of talk, not 与10名企业家签约 nor 与30名困难群众合影)
# The verbs of holding written before the talk noun (举行座谈会, 进行座谈, 召开了座谈会).
_TALKS_HELD = "(?:举行|进行|开展|召开|举办)了?"
_ADDRESSED = re.compile(
    r"(?:向|[与同和](?=[^，。；]{1,24}?(?:交流|座谈|互动|对话|恳谈)))"
    r"(?:全体|与会的?|参会的?|在场的?)?(?P<pre>约|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位)"
    # (not 向…通报表扬, 通报批评: people commended or censured, no audience)
    + _AUDIENCE + r"(?:通报(?!表扬|批评)|介绍|传达|宣讲|讲解|解读|阐释|说明"
    # (与20多名志工代表举行座谈会, 同十余名青年教师进行座谈: the talks held with the counted, a verb of holding before
    # the talk word, GUIDELINES §3 twelfth and seventeenth review rounds; not 与10名企业家举行签约仪式: no talk)
    r"|(?:" + _TALKS_HELD + r")?(?:面对面|深入|逐一|亲切)?(?:交流|座谈|互动|对话|恳谈))")
# 院坝会上，/ 会上，/ 在…会议上，/ 会议由…主持，: a sentence that opens inside the account of the meeting told before, where
# _ADDRESSED is read in a sentence other than the meeting's own.
# (村党支部书记母德华主持会议并向40余名村民代表通报了…: the chair of the meeting told before, addressing its people in the
# same clause, GUIDELINES §3 seventeenth review round, like 院坝会上，…向40余名村民代表通报了…; not 主持召开…: another
# meeting held)
_ACCOUNT_OPENING = re.compile(r"\s*(?:(?:在?[^，。；,;]{0,16}?(?:会|会议|仪式|典礼|论坛)(?:现场)?上|会议由[^，。；,;]{1,30}?主持)[，,]"
                              # (…主持会议，并向40余名村民代表通报了…: the same, the chairing closed by a comma)
                              r"|[^，。；,;]{1,30}?主持了?(?:会议|大会|[^，。；,;召]{0,10}?(?:会|仪式|典礼|论坛))[，,]?并)")
# 组委会还将组织产销对接会，邀请200余名采购商到会, 届时将邀请500余名客商: guests a coming event will invite, told in
# the same sentence after a word of the future, are no count of those at the meeting reporting it.
# (not 大会将持续两天，邀请了300余名嘉宾参加: the invitation done)
# (本次论坛为期两天，将围绕…展开研讨，邀请300余名专家学者参加: a sentence about the event told held, opening on
# 本次/此次, whose 将 governs another verb; there the future word must stand in 邀请's own clause)
# (届时将邀请国内知名专家学者、百强村党组织书记等300余人: the guests may be listed at length before the 等 that closes
# the list and the count that totals it; the 等 keeps the count tied to that invitation)
# (届时将邀请来自二十个国家及地区约一千五百名…: where the guests come from, before the count, is no part of the short object)
_INVITED_OBJECT = "(?:来自[^，。；]{1,20}?)?(?:[^，。；]{0,8}|[^，。；]{9,40}?等)$"
_INVITED_AHEAD = re.compile("(?:届时|(?<![大少中上])将|拟|计划)[^。；！？]{0,30}?邀请(?![了到])" + _INVITED_OBJECT)
_INVITED_AHEAD_CLAUSE = re.compile("(?:届时|(?<![大少中上])将|拟|计划)[^，。；！？]{0,12}?邀请(?![了到])" + _INVITED_OBJECT)
_THIS_EVENT_OPENING = re.compile(r"\s*(?:本次|此次|这次|本届)(?![^，。；]{0,20}?届时)")
# 应出席大会代表254名, 应到会委员35人: the number due to attend, opening the clause of its count.
# 该研讨会已于上月下旬在北京举行, 此论坛早已于4月20日举办: an event referred to by 该/此 and its head, told held before
# (已/曾 and 于 a time), its place perhaps between
_OTHER_EVENT_HELD = re.compile(r"(?:该|此)(?P<head>[\u4e00-\u9fff]{0,4}?(?:会议|会|论坛|峰会|仪式|典礼|培训班))"
                               r"(?:(?:已经|已|曾|早已)于?[^，。；]{1,16}?|于?(?:上个?月|\d{1,2}月)[^，。；]{0,6}?)"
                               r"(?:在[^，。；]{1,20}?)?(?:举行|召开|举办)")
# A count after a group of officials no number covers, joined to it (各局处首长及十三位乡镇市长与会, 县领导及30名村支书参加,
# 有关部门负责人和20名企业代表参加): the count covers only a part of those present and gives none (GUIDELINES §3
# attendee_count, sixteenth round). The group is an officials' word alone (县领导, 嘉宾们), or any people's word after a
# scope word (各…, 全体…, 有关…: the whole of a kind, uncounted). Not a total after 等 (…及13位乡镇市长等30余人与会,
# _total_after_part), nor a group counted itself (各部门负责人共60余人), nor 县领导等30人 (the count covering them).
# (The same group after the count, 30名村支书和县直部门负责人参加, was read so too and withdrawn: held-out attendee
# counts were lost, GUIDELINES §8.)
_OFFICIALS_GROUP = "领导|首长|负责人|负责同志|班子成员|嘉宾"
_UNCOUNTED_GROUP_BEFORE = re.compile(
    "(?:(?:各|全体|有关|相关|部分)[^，。；,;、\\d]{1,16}?(?:" + _OFFICIALS_GROUP
    + "|干部|代表|人员|委员|同志|主任|书记|局长|乡镇长|市长|县长)|(?:" + _OFFICIALS_GROUP + ")(?:同志|们)?"
    # (国务委员罗干、局长何光等以及近千名游客出席: people named and closed by 等, no count of them, GUIDELINES §3 sixteenth
    # round: a count after uncounted groups counts only its own noun)
    # (书记麻某、主席东方某等镇村干部与40余名村民代表: the named closed by 等 and their kind, uncounted, thirtieth round)
    "|[\u4e00-\u9fff]等(?:[\u4e00-\u9fff]{0,6}?(?:" + _OFFICIALS_GROUP + "|干部|人员|官员))?)"
    "[，,]?(?:及|和|与|以及|、)(?:共有?|有|约有?|近|逾|超过)?$")


def _part_beside_uncounted(sentence: str, m: re.Match[str]) -> bool:
    """Whether the count ``m`` stands beside a group of officials it does not cover (县领导及30名村支书参加)."""
    start = clause_bounds(sentence, m.start("n"))[0]
    # 各街道主要负责人，以及200余名企业家代表参加: the list of those present runs on over a comma to its counted last part
    if start > 0 and sentence.startswith(("以及", "及"), start):
        start = clause_bounds(sentence, start - 1)[0]
    return _UNCOUNTED_GROUP_BEFORE.search(sentence, start, m.start("n")) is not None


def _total_after_part(pattern: re.Pattern[str], sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """The total after 等 that the match ``m`` of a partial count runs on to (各局处首长及13位乡镇市长等30余人与会:
    the total covers the group listed with the part, GUIDELINES §3 seventeenth review round), read again from there;
    ``None`` when ``m`` holds no 等 after its count."""
    at = sentence.find("等", m.end("unit"), m.end())
    return pattern.match(sentence, at + 1) if at >= 0 else None


def _past_electorate(pattern: re.Pattern[str], sentence: str, m: re.Match[str]) -> re.Match[str]:
    """The match of ``pattern`` read on after those who chose the people attending when the count ``m`` is theirs
    (8万多名党员选出的近千名代表出席 → 近千名代表出席, GUIDELINES §3 thirty-fifth review round), else ``m``."""
    chose = _CHOSE_AFTER.match(sentence, m.end("unit"))
    return (pattern.search(sentence, chose.end()) or m) if chose else m


def _count_value(m: re.Match[str]) -> int:
    """The number of people ``m`` counts, 0 when it reads none."""
    # (5万群众: a crowd counted with no measure word reads as people, 5万人; 近千名: with its rough word, 千 alone no number)
    count = parse_count((m.groupdict().get("pre") or "") + m["n"].replace(",", "").replace(" ", "") + (m["unit"] or "人"))
    return count.value if count is not None else 0


def _count_or_total(pattern: re.Pattern[str], sentence: str, m: re.Match[str]) -> re.Match[str]:
    """The match of the total after 等 where the count ``m`` is a part of it (十三位乡镇市长等30余人与会: the total
    covers those listed, GUIDELINES §3 seventeenth review round; 县领导及30名村支书等50余人: the part beside an
    uncounted group), else ``m``."""
    total = _total_after_part(pattern, sentence, m)
    if total is None:
        return m
    return total if _part_beside_uncounted(sentence, m) or _count_value(total) > _count_value(m) else m


# 出席会议的有委员七十八人，候补委员十二人: several groups counted as present, listed after 的有 with nothing counting the
# whole (no 共, 合计), add up to the attendee count (GUIDELINES §3 eighteenth review round); not a list holding those who
# sit in (列席), whose count yields to the count of those present.
_GROUP_COUNTED = r"(?:(?!列席|其中|共|合计|总计)[\u4e00-\u9fff]){1,8}?(?:" + _HEADCOUNT + r")(?:名|位|人)"
_GROUPS_PRESENT = re.compile(
    r"(?:参加|出席|参会|与会)(?:本次|这次|此次)?(?:会议|大会|全会|会|仪式|典礼|座谈会|论坛)?的有"
    r"(?P<groups>" + _GROUP_COUNTED + r"(?:[，,、]" + _GROUP_COUNTED + r")+)(?=[。；;]|$)")
_ONE_GROUP = re.compile(r"(?:(?!列席|其中|共|合计|总计)[\u4e00-\u9fff]){1,8}?(?P<n>" + _HEADCOUNT + r")(?P<unit>名|位|人)")
# 156名新党员面向党旗庄严宣誓: those taking the oath at a swearing-in, counted (GUIDELINES §3 eighteenth review round:
# its attendees when no 参加/出席 count is given)
# (18名新任命的国家工作人员面向国旗，庄严宣誓; 156名新党员面向党旗，举起右拳，庄严宣誓: the manner of the oath in a
# clause or two of its own before the verb; not …，随后李红带领全体党员宣誓: another leads others in the oath there (but
# 15名预备党员在苏建明的领誓下…宣誓, 在…的带领下: how the counted people take their own oath, so counted, the
# leader's title and name making the clause longer);
# not 3名同志作了表态发言，随后新任命干部…宣誓, 2名老党员分享了入党经历，然后新党员…宣誓: those counted did another act
# first, and the oath is a later step with its own subject, uncounted)
_OATH_OTHER_ACT = "作了|做了|发言|观看|参观|参加|出席|分享|交流|讲述|汇报|收看|聆听"
_OATH_NEXT_STEP = "随后|接着|然后|之后|此后|其后"
_OATH_TAKERS = re.compile(r"(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位)"
                          r"(?:(?:(?!" + _OATH_OTHER_ACT + "|" + _OATH_NEXT_STEP + r")[^，。；;\d]){0,20}?[，,]){0,2}"
                          r"(?:(?!(?<!的)带领|(?<!的)领誓|" + _OATH_NEXT_STEP + r")[^，。；;\d]){0,28}?宣誓(?![仪典大活词])")


# 公司28名党员、11名入党积极分子参加: the same groups counted before the verb, each count before its own noun (not
# 13位乡镇市长等30余人: a total after 等 covers the list, read elsewhere; not 30名村支书和县直部门负责人参加: one count only).
# A rough part (公司30余名党员、11名…) makes the sum rough, and a group may name its count after its noun (县领导3名、
# 10名村支书…参加): every group counted as present adds up, GUIDELINES §3 eighteenth review round; read from the list's
# first group, never from a later one alone.
# (有5万群众和1000名抵抗战士参加: a crowd's word right after its number counts those people as 名 does, GUIDELINES §3
# thirtieth review round; 5万 alone, or 5万元, is no group)
_CHOSE = "选出|推选|选举产生|选派"
_CHOSE_AFTER = re.compile(r"[^，。；,;\d]{0,8}?(?:" + _CHOSE + ")的")
_COUNT_OF_GROUP = r"(?:" + _HEADCOUNT + r")(?:余|多)?(?:名|位|(?=" + _CROWD_WORDS + r"))"
# (近千名代表和37名…: a rough count's word before the number, read with it; 8万多名党员选出的近千名代表: those who chose the
# delegates are no group present, so a group's noun never runs across 选出 and the like, GUIDELINES §3 thirty-fifth round)
_COUNT_FIRST_GROUP = (r"(?<![\d〇零一二三四五六七八九十百千万])(?:约|近|逾)?" + _COUNT_OF_GROUP
                      + r"(?:(?!等|共|和|及|与|、|其中|" + _CHOSE + r")[\u4e00-\u9fff]){1,10}?")
# (县领导3名、: a group counted after its noun, opening the list only; its noun starts the clause)
_COUNT_AFTER_GROUP = (r"(?<![\u4e00-\u9fff\d])(?:(?!等|共|和|及|与|、|其中)[\u4e00-\u9fff]){1,8}?" + _COUNT_OF_GROUP
                      + r"(?=[、和及])")
# (…和来自17个政党的37名代表: where a later group is from, told before its count, is no part of the count)
_GROUPS_BEFORE_VERB = re.compile(r"(?P<groups>(?:" + _COUNT_FIRST_GROUP + "|" + _COUNT_AFTER_GROUP + r")(?:[、和及]"
                                 + r"(?:来自[^，。；、\d]{0,12}?\d*[^，。；、\d]{0,12}?的)?" + _COUNT_FIRST_GROUP + r")+)"
                                 r"(?:参加|出席|参会|与会)(?!了?[^，。；;]{0,8}?(?:评选|考试|比赛|竞赛|培训))")
_ONE_COUNT_FIRST = re.compile(r"(?P<pre>约|近|逾)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|(?="
                              + _CROWD_WORDS + r"))")


# 王某、李某和17位参事、18位馆员出席: people named before the counted groups, joined by 和/及, are no uncounted group
# (not closed by 等, no count of their own): the groups still add up, the named not counted (GUIDELINES §3 thirtieth
# review round: one person named before 及 and a count still gives the count; thirty-fourth round: also groups).
_NAMED_BEFORE_GROUPS = re.compile(r"(?:^|[，,。；;：:])[^，,。；;：:\d〇零一二三四五六七八九十百千万等]{2,24}(?<!等)[和及]$")


def _groups_present(sentence: str) -> tuple[int, bool] | None:
    """The sum of the groups counted as present in ``sentence`` and whether it is rough (出席会议的有委员七十八人，
    候补委员十二人 -> 90; 28名党员、11名入党积极分子参加 -> 39; 30余名党员、11名…、5名…参加 -> 46, rough)."""
    listed = _GROUPS_PRESENT.search(sentence)
    if listed is None:
        before = _GROUPS_BEFORE_VERB.search(sentence) if "参" in sentence or "出席" in sentence or "与会" in sentence else None
        if before is None or (sentence[before.start() - 1 : before.start()] in ("、", "和", "及")
                              and not _NAMED_BEFORE_GROUPS.search(sentence[: before.start()])):
            return None  # (a list that started before the first group read: its sum is not the whole)
        counts = list(_ONE_COUNT_FIRST.finditer(before["groups"]))
        values = [_count_value(m) for m in counts]
        return (sum(values), any(m["approx"] or m["pre"] for m in counts)) if len(values) > 1 and all(values) else None
    values = [_count_value(m) for m in _ONE_GROUP.finditer(listed["groups"])]
    return (sum(values), False) if len(values) > 1 and all(values) else None


_DUE_COUNT = re.compile("应(?:出席|到会?|参加|参会)[^，。；]{0,10}$")
# 全村68名党员中有61名参加会议: a whole group counted, then the part of it that attended picked out by 中有; the whole is no
# count of those attending, the part is (GUIDELINES §3, thirty-fourth review round, as 应到…实到 reads).
_WHOLE_BEFORE_PART = re.compile(r"[^，。；,;\d]{0,8}?中(?:共有|有)(?:约|近|逾)?[\d一二三四五六七八九十两]")
# What follows the verb is its object: any after 了 (举行了义卖, 举行了会董就职礼), else a ceremony named by 礼 (举行升旗礼,
# 举行「…」奠基礼); not a time or a place word of the passive verb.
# 副市长李明于3月5日出席2026年科技创新大会，大会在市会议中心举行: a person attending the meeting, read as a passive name
# across the comma (the name's bare kind repeated after it); the name attended starts after the verb of attending
# (not 参加全国两会的代表座谈会在…举行: an attribute of those it is held for, 的 after it)
# Only where the kind is repeated after the comma (_KIND_REPEATED); not 全市参加省运会运动员出征仪式在…举行,
# 我市赴京出席全国两会代表欢送会在…举行: those it is held for, the verb inside the name.
_ATTENDING_IN_PASSIVE_NAME = re.compile("(?<=.)(?:出席|参加)了?(?![^，。；,;\n]*?的)(?=[^，。；,;\n]{2})")
# (为200名种粮大户作…专题讲座: an attendance read as a lecture's audience ends in the lecture's noun)
_LECTURE_END = re.compile("(?:课|讲座|学术报告)$")
_TRIAL_OR_CLASS_WATCHED = re.compile(r"[^，。；]{0,20}?(?:观摩|旁听)了?[^，。；会]{0,12}?(?:" + _WATCHED_NOT_MEETING + ")")


def _activity_counted(sentence: str, m: re.Match[str]) -> bool:
    """Whether the count ``m`` follows, in the clause right after, a drill or other activity held (…随后进行了消防应急演练，
    200余名干部群众参加), its clause naming no ceremony or meeting attended (:data:`_ACTIVITY_HELD_BEFORE_COUNT`)."""
    held = _ACTIVITY_HELD_BEFORE_COUNT.search(sentence, 0, m.start("n"))
    # (开幕式上还进行了精彩的文体表演，约3万名观众现场观看: a show given inside the ceremony, whose audience is its own)
    return held is not None and not _MEETING_ATTENDED_AFTER.match(sentence, m.end("unit")) \
        and not _INSIDE_EVENT_BEFORE.search(sentence, 0, held.start() + 1)


def _trial_watched(sentence: str, m: re.Match[str]) -> bool:
    """A count of people who watched a trial or an open class in the count's clause (邀请8名人大代表观摩庭审)."""
    return ("庭" in sentence or "课" in sentence or "审" in sentence) \
        and _TRIAL_OR_CLASS_WATCHED.match(sentence, m.end("unit"), clause_bounds(sentence, m.end("unit"))[1]) is not None


# 500万名观众观看了开幕式, 1200万人在线观看: people counted watching, by a screen or in numbers no venue holds (ten
# thousands) unless told there (3万名观众在现场观看), are the audience of a broadcast, not present (GUIDELINES §3
# twentieth review round: those counted watching the ceremony itself attend it, like those who 出席观礼).
_WATCHING = re.compile("观看|收看")
_WATCHED_REMOTELY = re.compile("在线|线上|网上|网络|直播|转播|电视|云端|屏幕")
# (4万名观众在主体育场观看: told at a named venue, on the spot like 现场; not 在各分会场通过大屏幕, told remotely)
_TOLD_PRESENT = re.compile("现场|在场|在[^，。；,;]{0,10}?(?:场|馆|广场|体育场)内?观看")


def _broadcast_audience(m: re.Match[str]) -> bool:
    """A count read from ``m`` that counts watchers of a broadcast: told watching online or on screen, or counted in
    ten thousands with no sign of being on the spot."""
    told = m.group()
    return _WATCHING.search(told) is not None and (
        _WATCHED_REMOTELY.search(told) is not None
        or (("万" in m["n"] or "亿" in m["n"]) and _TOLD_PRESENT.search(told) is None))


def _contest_entered(sentence: str, m: re.Match[str]) -> bool:
    """A count whose 参加/参与 takes a contest as its object (28名选手参加决赛): the contestants, who make no
    attendee count of the ceremony told beside it, unless the object names a gathering of it (参加决赛颁奖仪式); or
    whose clause has the contest as its topic and ends with the bare 参加 (本届比赛共有600名学生参加)."""
    clause_end = clause_bounds(sentence, m.end())[1]
    if not m.group().endswith(("参加", "参与")):
        # (来自12个项目部的260名职工报名参加, …的96名青年|员工参加: the count read without its verb, the verb closing its clause
        # after it and the rest of the holders' noun)
        closing = _ENTERING_CLOSES.match(sentence, m.end(), clause_end)
        if closing is None or closing.end() != clause_end:
            return False
        return _contest_topic(sentence, m, clause_end)
    entered = _CONTEST_ENTERED.match(sentence, m.end(), clause_end)
    if entered is not None and _CONTEST_GATHERING.search(sentence, m.end(), clause_end) is None \
            and _GATHERING_THEN_AND.search(sentence, m.end(), entered.end()) is None:
        return True
    return _contest_topic(sentence, m, clause_end)


# 参加第八届世界游泳锦标赛的四名运动员: the verb, a contest as its object, then 的 before the count.
_CONTEST_BEFORE_COUNT = re.compile(f"(?:参加|参与)了?[^，。；,;]{{0,24}}?(?:{_CONTEST_NOUNS}|赛事)的(?:约|近|逾)?$")


def _contest_attended_before(sentence: str, m: re.Match[str]) -> bool:
    """A count after a relative clause of taking part in a contest (参加第八届世界锦标赛的四名运动员, 参与全国大赛的12名选手):
    the contestants, no attendee count of the meeting told beside them (GUIDELINES §3: contestants are no attendee count),
    unless the clause names a gathering of the contest (参加大赛颁奖仪式的200名嘉宾)."""
    before = _CONTEST_BEFORE_COUNT.search(sentence, m.start(), m.start("n"))
    return before is not None and before.start() == m.start() \
        and _CONTEST_GATHERING.search(sentence, m.start(), m.start("n")) is None


def _contest_topic(sentence: str, m: re.Match[str], clause_end: int) -> bool:
    """Whether the clause of ``m``'s count, closed by a bare 参加, has the contest as its topic (本届比赛共有600名学生
    参加), or follows a clause of the sentence opening with this contest (本届大赛自9月启动以来，共有…参加)."""
    clause_start = clause_bounds(sentence, m.start("n"))[0]
    topic = _CONTEST_TOPIC.match(sentence, clause_start, m.start("n"))
    if topic is None and clause_start > 0 and _SUBJECTLESS_COUNT.match(sentence, clause_start, m.start("n")) \
            and _CONTEST_LEAD.match(sentence, 0, clause_start) is not None:
        topic = _CONTEST_LEAD.match(sentence, 0, clause_start)
    # (…共有600名学生参加(了): 参加 closing the clause, no object)
    return topic is not None and _CONTEST_GATHERING.search(sentence, clause_start, topic.end()) is None \
        and (not m.group().endswith(("参加", "参与")) or sentence[m.end() : clause_end] in ("", "了"))


def _audience_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether ``m``, an attendance read as a lecture's audience (为200名种粮大户作…专题讲座), counts those of a
    lecture only asked for or planned (会议要求邀请专家为…作…专题讲座)."""
    return _LECTURE_END.search(m.group()) is not None and "了" not in m.group() \
        and _LECTURE_AHEAD.search(text, clause_bounds(text, m.start())[0], m.start()) is not None
# Such a crowd as the subject of a bare 召开大会, the day after it (首都各界今天在人民大会堂召开大会，隆重纪念…): the
# meeting is held, with no organizer.
_CROWD_SUBJECT = re.compile(_CROWD_WORDS
                            + r"(?:今天|今日|昨天|昨日|前天|今|昨|近日|日前|\d{1,2}日)?(?:上午|下午|晚上|晚)?$")


# A meeting named by the time of day it was held (下午的会议, 当天上午的座谈会): the attended meeting of that half of the day.
_TIME_OF_MEETING = re.compile(r"(?P<time>上午|下午|晚上|中午)的[\u4e00-\u9fff]{0,8}?会")


def _other_time_named(sentence: str, meeting: dict[str, Any], meetings: list[dict[str, Any]]) -> bool:
    """Whether ``sentence`` names a meeting by a time of day that is not ``meeting``'s but another told meeting's."""
    named = _TIME_OF_MEETING.search(sentence)
    return named is not None and named["time"] != meeting.get("time_of_day") and any(
        m is not meeting and m.get("time_of_day") == named["time"] for m in meetings)


@functools.lru_cache(maxsize=8)
def _item_starts(text: str) -> tuple[int, ...]:
    """Where the lines opening a wire item with a dateline start (asked once per sentence of a page: kept)."""
    return tuple(m.start() for m in _ITEM_OPENING.finditer(text))


def _item_bounds(text: str, at: int) -> tuple[int, int]:
    """The span of the item of ``text`` holding offset ``at`` on a page of glued wire items (GUIDELINES §11: each item
    is its own article), from the line opening it with a dateline to the next one; the first item takes the
    headline before it. The whole text when it holds one item."""
    starts = _item_starts(text)
    if len(starts) < 2:
        return 0, len(text)
    before = [s for s in starts if s <= at]
    return (before[-1] if len(before) > 1 else 0), next((s for s in starts if s > at), len(text))


def _same_paragraph(text: str, t: Sentence, starts: set[int]) -> bool:
    """Whether sentence ``t`` shares a paragraph with a sentence starting at one of ``starts``."""
    return any("\n" not in text[min(at, t.start) : max(at, t.start)] for at in starts)


# Fixed patterns of MeetingExtractor.match.
_ATTENDING_ORG_END = re.compile("(?:出席|参加)了?[^，。；,;出参]{2,20}$")
# Fixed patterns of MeetingExtractor._no_headcount.
_RANK_BEFORE_END = re.compile(r"(?:居|列|排名?|进入?)前$")
_TOWARDS_END = re.compile("(?<![面绝相针])对(?!象|口|外|接|应|台)[^，。；]{0,8}$")
# (与会人员对12名村党组织书记抓党建工作情况进行了测评: the object may run on with what of theirs is acted on, up to the
# verb in the same clause, GUIDELINES §3 fortieth review round)
_ACTION_VERB_AHEAD = re.compile("[^，。；]{0,30}?(?:进行|开展|作出|作了|给予)")
# 为/向/给 opening the recipients' phrase with a description of them before the count (为来自全市山区县的二十八名乡村教师
# 颁发…, 向荣获…称号的15名专家颁发证书): the count still counts recipients, like 为10名…颁奖 (GUIDELINES §3: not counts
# of awardees); not 作为/成为/认为/因为 (a verb or conjunction, no preposition), nor across a break or a verb of attending,
# nor 为期/为止/为主 (参加为期两天的培训的120名学员: a duration, no preposition of recipients).
_RECIPIENTS_DESCRIBED = re.compile(r"(?<![作成认因称更行以])[为向给](?!了|期|止|主)[^，。；、\d参出列与到]{1,16}的$")
# Fixed patterns of MeetingExtractor._attended.
_CLAUSE_SPLIT = re.compile("[，,；;]")


# (专家学者, 负责人: people of a trade or a post, counted after their word)
_DISCUSSANT_WORDS = "(?:负责人|专家学者|专家|学者|人士|官员|企业家|委员)"
# 第五期…沙龙在…举行，30余名青年干部围绕…展开交流: people counted in the clause right after the event's own
# held clause as those discussing at it take part, like those who 参加 (GUIDELINES §3 nineteenth round); not
# 12名代表作交流发言, 进行交流发言 (speakers), nor 围绕帮扶300余名困难群众 (people discussed, inside the topic)
# (the held clause tells an event, with no object or a gathering as its object: not 会议指出，去年全县举办各类
# 培训，2000余名干部开展了讨论, another activity inside the meeting's remarks; not 6名企业代表先后进行了交流,
# people taking turns to speak, GUIDELINES §3 nineteenth round: speakers, no attendee count)
_DISCUSSANTS_COUNTED = re.compile(r"(?:(?:举行|举办|召开)了?(?:[^，。；;]{0,30}?(?:会|坛|沙龙|活动|式|礼|班)[」』”]?)?"
                                  # (与会人员还参加了“…座谈会”，18位会员企业家围绕…进行了交流: the event attended, then
                                  # those discussing at it, counted the same way)
                                  r"|(?:参加|出席)了?[^，。；;]{1,16}?(?:会|坛|沙龙|活动|式|礼|班)[」』”]?)[，,]\s*"
                                  # (举行…座谈会，副委员长王某，有关方面负责人及专家学者60余人，就…进行了座谈: a clause naming
                                  # the leader present, with no verb, before the counted group, GUIDELINES §3 thirtieth round)
                                  r"(?:(?:(?!举行|召开|举办|参加|出席|指出|表示|强调|说)[^，。；;\d]){2,24}[，,]\s*"
                                  r"(?=[^，。；;]{0,16}?[\d" + _CN_HEADCOUNT_FIRST + r"]))?"
                                  # (召开座谈会，各界代表四十余人就…展开讨论: the group named before its count)
                                  r"(?:(?:[\u4e00-\u9fff]{0,8}?" + _DISCUSSANT_WORDS + r"(?:及|和|与|、))?"
                                  r"(?:" + _COUNTED_PEOPLE + "|[\u4e00-\u9fff]{0,4}?" + _DISCUSSANT_WORDS + r")"
                                  r"(?=[\d" + _CN_HEADCOUNT_FIRST + r"]))?"
                                  r"(?:共有?|有)?(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")"
                                  r"(?P<approx>余|多)?(?P<unit>名|位|人)(?!次)(?![^，。；;]{0,44}?(?:先后|分别|依次|轮流|相继))"
                                  # (not 100余名企业家将于下月共商…, 30名专家拟探讨…: an act still ahead, no talk at this
                                  # event, §3 nineteenth round; 老将军 is no 将 of the future)
                                  r"(?:(?!将(?!军|士|领)|拟|计划|准备|打算)[^，。；;\d]){0,12}?"
                                  # (…60余人，就…进行了座谈: a comma before the topic)
                                  r"(?:[，,]\s*(?=围绕|就))?(?:(?:(?:围绕|就)[^，。；;]{2,40}?)?"
                                  # (深入地进行了座谈: the manner before the verb)
                                  r"(?:(?:深入|热烈|广泛|充分)地?)?"
                                  r"(?:展开|进行|开展)了?(?:深入|热烈|广泛|充分)?的?(?:交流|研讨|讨论|座谈)(?!发言)"
                                  # (举办座谈会，30余名专家学者畅谈了…: the counted talk it over at the event, whatever about, as
                                  # the invited who 畅谈 do; not 畅谈会, a name)
                                  r"|(?:畅谈|共话|共商|探讨)(?!会)"
                                  # (…协商会在…举行，30名村民代表围绕…议事协商: the counted deliberate on a topic at it, as
                                  # those discussing do; the topic is needed: not …举办议事活动，300余名居民参与协商议事)
                                  r"|(?:围绕|就)[^，。；;]{2,30}?(?:展开|进行|开展)?了?(?:议事协商|协商议事|民主协商|协商讨论)(?!发言))")


# 出席座谈会的有在京全国劳动模范一百二十余人: one group counted straight after 的有, closing the sentence, is
# all those present (several groups are added up by _groups_present; a comma after the count leaves it to
# that reading)
# (参加招待会的有政府官员、各界友好人士和使节等500多人: the groups listed, then 等 and their number)
_ONE_GROUP_PRESENT = re.compile(r"(?:参加|出席|参会|与会)(?:本次|这次|此次)?(?:会议|大会|全会|仪式|典礼|座谈会|座谈|论坛|招待会)?的有"
                                r"(?:(?:(?![共其列])[\u4e00-\u9fff]){2,16}?|(?:(?![共其列])[^，。；;\d]){2,80}?等)(?P<pre>约|近|逾)?"
                                r"(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?=[。；;]|$)")
# 出席本次股东大会的股东及股东代表共12人: those who attended, named by a relative clause, then their total
# (参加今天招待会的议员和他们的助理及友好人士共有200多人: a group with a 的 of its own)
_RELATIVE_GROUP_TOTAL = re.compile(r"(?:参加|出席|列席)(?:本次|这次|此次)?[^，。；;的]{0,12}?的[^，。；;的\d]{1,12}?(?:的[^，。；;的\d]{1,12}?)?"
                                  r"(?:共有|共计|合计|总计|共)"
                                  r"(?P<pre>约|近|逾)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)")
# 出席典礼的嘉宾、得奖者及其亲友约六百人, 出席嘉许礼的嘉宾和师生五百余人: the groups of those who attended a gathering
# (its noun ending in 会, 礼, 式 or 议), then their count closing the sentence with no word of a total: the same total,
# GUIDELINES §3 fourteenth review round, guests counted as present at a ceremony; not 参加比赛的选手约三百人 (contestants,
# §3 seventh round), nor 出席会议的代表中有女代表30人 (a part picked out by 有), nor a count a clause goes on after.
# (nor 参加年会的会员企业员工总数约三万人: a total of another group than the people present, told by a word of a total
# or of the trade of the bodies attending, §3 attendee_count "only a number stated for the people attending")
_RELATIVE_GROUPS_PRESENT = re.compile(r"(?:参加|出席|列席)(?:本次|这次|此次)?[^，。；;的]{0,12}?[会礼式议]的"
                                      r"(?![^，。；;]{0,12}?(?:总数|总量|从业|规模))"
                                      r"[^，。；;的\d有]{1,12}?(?:的[^，。；;的\d有]{1,12}?)?"
                                      r"(?P<pre>约|近|逾)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?=[。；;]|$)")

# 300余名经销商出席发布会 after 新品发布会和战略合作签约仪式在…举行: the count's clause names one of the joined events by its
# head alone, right after the verb of attending (GUIDELINES §3: two events joined by 和 are two records; the count is of
# the people attending the one named)
_ATTENDING_OBJECT = re.compile("(?:出席|参加|参与|见证|观摩)了?(?:本次|此次)?(?P<object>[^，。；,;、和及与]{3,8})")


def _counts_part(part: str, parts: list[str], clause: str) -> bool:
    """Whether the counting ``clause`` names the joined event ``part``: by its whole name, or as the object of attending
    by its last three characters when no other of ``parts`` ends on them."""
    if part in clause:
        return True
    head = part[-3:]
    if len(part) < 3 or any(other != part and other.endswith(head) for other in parts):
        return False
    return any(o["object"].endswith(head) for o in _ATTENDING_OBJECT.finditer(clause))


# 典礼结束后，…现场约一百二十人观摩, 会后，现场200余人观看了…: a sentence opening after the event has ended; the people
# told present then watch something else, no attendee count of the event (GUIDELINES §3 twenty-first round).
_AFTER_EVENT_OPENING = re.compile(r"\s*(?:会后|散会后|[^，。；,;]{0,12}?(?:结束后|结束之后|结束以后))[，,]")
# 3000多名师生在学校体育馆举行“…”报告会, 200余名党员集中召开…大会: people counted opening the clause as its subject,
# perhaps their place, then the verb of holding with the meeting's name after it: they hold their own event and are
# present at it (GUIDELINES §3 twenty-second review round); not 学校组织3000名师生举行… (the count an object), nor
# 3000名师生将在…举行 (a plan: no verb of holding right after the subject and its place),
# nor 200余名志愿者举行了植树活动 (no meeting's head held: an activity), nor 去年，3000多名师生…举行报告会 (a past
# year's event, whose count is none of this one's; cr33 W3).
# (2000余名干部群众今天在市体育馆举行…, 3000多名师生冒着凛冽的寒风举行“…报告会”: a day word after the subject, a phrase
# of the weather braved before the verb, and a name closed by its quote mark are read as well)
# (首都2万多名青少年在天安门广场举行升旗仪式, 全校3000名师生…: the capital or the whole unit before the count, its scope)
_CROWD_SCOPE = "(?:首都|全[国省市县区镇乡校院厂])?"
_HOLDING_AFTER_CROWD = (
    # (今天清晨, 今天早上, 今晨, 昨晚: any part of the day the pages write, as the time patterns read them; the cr35
    # review's B16)
    r"(?:今天|今日|昨天|昨日|前天|近日|日前|今晨|今早|昨晚)?(?:" + _TIME_WORDS + "|" + _DAY_PARTS_EXTRA + r")?(?:" + _BRAVING + r")?(?:在[^，。；,;在]{2,20}?)?"
    r"(?:" + _BRAVING + r")?(?:隆重|集中|共同|一起)?(?:举行|召开|举办)了?"
    r"(?=[^，。；,;]{0,30}?(?:会|仪式|典礼|论坛)[”」』]?(?:[，。；,;]|$))")
_COUNTED_HOLDING = re.compile(
    r"(?<![^，。；,;：:\s])(?<!去年，)(?<!前年，)(?<!上届，)" + _CROWD_SCOPE
    + r"(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位)"
    r"[\u4e00-\u9fff]{0,6}?" + _CROWD_WORDS + _HOLDING_AFTER_CROWD)
# 首都各界群众一万多人今天在人民大会堂举行纪念大会: the same crowd holding its own event, counted after its noun
# (GUIDELINES §3 twenty-second review round; 多 approximate).
_CROWD_COUNTED_HOLDING = re.compile(
    r"(?<![^，。；,;：:\s])(?<!去年，)(?<!前年，)(?<!上届，)[\u4e00-\u9fff]{0,6}?" + _CROWD_WORDS
    + _COUNT_AFTER_CROWD + _HOLDING_AFTER_CROWD)
# 县工商联邀请30名企业家到产业园参观，(随即召开座谈会): the people a body invited to a visit, the visit closing the clause
# right before a 座谈会 held 随即/随后 (see MeetingAttendance.assign_attendees).
# (邀请12名县人大代表、政协委员观摩…庭审, 邀请…走进法院，观摩…: the visit verb right after the people, or after the place
# gone to in a clause of its own, GUIDELINES §3 twenty-second review round's own example)
_INVITED_TO_VISIT = re.compile(
    r"邀(?:请|集)了?[^，。；;\d]{0,8}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位)"
    r"[^，。；;\d]{1,12}?(?:(?:到|赴|走进|来到)[^，。；;]{2,20}?[，,]?\s*)?(?:参观|考察|视察|调研|观摩)[^，。；;]{0,24}?[，,]?\s*$")
# 随即召开座谈会, 随即在本院第三会议室召开座谈会: a 座谈会 held right after what the clause before told, its venue between.
_TALKS_RIGHT_AFTER = re.compile(r"\s*(?:随即|随后|接着)(?:在[^，。；;]{2,20}?)?(?:召开|举行)了?[^，。；;]{0,12}?座谈会")
# The statements of people told present or watching (see _AFTER_EVENT_OPENING).
_PRESENT_PATTERNS = (_PRESENT_COUNTED, _COUNTED_THEN_PRESENT, _COUNTED_WATCHING_RITE, _COUNTED_WITNESSING_MOMENT)
_WATCHING_WORD = re.compile("观摩|观看")


# 还举办了有300多位企业界人士参加的题为《…》的研讨会: a count inside the attribute of a gathering (有…参加的 NAME) counts
# that gathering; read elsewhere, the sentence gives no count to a meeting whose name lacks the gathering's head (GUIDELINES
# §3 thirtieth review round: …研讨会。第三届…能源部长会议15日开幕 takes none of the 研讨会's 300).
_COUNT_IN_ATTRIBUTE = re.compile(r"有[^，。；;]{0,24}?(?:" + _HEADCOUNT + r")(?:余|多)?(?:名|位|人)[^，。；;]{0,24}?"
                                 r"(?:参加|出席|参与)的(?P<object>[^，。；;]{2,40})")


# A verb of attending (参加, 出席, 与会): a body sentence telling again the headline's count of people present holds one.
_ATTENDING_VERB = re.compile("参加|出席|参与|与会")


def _may_count(sentence: str) -> bool:
    """Whether ``sentence`` may state a count of people: :meth:`MeetingAttendance.attendees` reads none, whatever its
    patterns, in a sentence where this is false (every statement it reads holds a count that _ANY_HEADCOUNT finds, and
    every match of _ANY_HEADCOUNT ends in 名, 位 or 人: a sentence with none of them is not searched)."""
    return ("名" in sentence or "位" in sentence or "人" in sentence) and _ANY_HEADCOUNT.search(sentence) is not None


# Most (sentence, elsewhere, patterns) readings MeetingAttendance.attendees keeps.
ATTENDEES_CACHE_SIZE = 4096


class MeetingAttendance:
    """The attendee-count readings of MeetingExtractor."""

    def attendees(
        self, sentence: str, elsewhere: bool = False, patterns: list[re.Pattern[str]] | None = None,
    ) -> tuple[int | None, bool]:
        """The attendee count stated in ``sentence``; ``elsewhere`` (a sentence other than the
        meeting's own) needs the attendance to be of a meeting, not 参加各类培训 or 参加评选;
        ``patterns`` (default: all of :attr:`attendance`) limits the kinds of statement read.

        Memoized across documents (:data:`ATTENDEES_CACHE_SIZE` readings): the count depends on these three only, the
        patterns told apart by identity (the reading tests some of them by identity), so every pattern passed must live
        as long as the extractor does (the extractor's own and the module's patterns)."""
        key = (sentence, elsewhere, None if patterns is None else tuple(map(id, patterns)))
        return bounded_memo(self._attendees_cache, key, ATTENDEES_CACHE_SIZE, self._read_attendees, sentence, elsewhere,
                            patterns)

    def _read_attendees(
        self, sentence: str, elsewhere: bool = False, patterns: list[re.Pattern[str]] | None = None,
    ) -> tuple[int | None, bool]:
        """:meth:`attendees`, read afresh."""
        if not _may_count(sentence):
            return None, False  # (every statement read holds a count of people: most sentences hold none)
        if _YEARS_OPENING.match(sentence):
            return None, False  # (近年来，共有2000余人观摩交流: visitors over the years)
        if elsewhere and _YEAR_OPENING.match(sentence):
            return None, False  # (今年冬训，全镇共组织党员1260名参训: the year's campaign, not the meeting told before)
        if patterns is None and (summed := _groups_present(sentence)):
            return summed
        sitting_in: tuple[int, bool] | None = None
        for pattern in self.attendance if patterns is None else patterns:
            # (…及13位乡镇市长等30余人与会, 13位乡镇市长等30余人: a partial count gives way to the total after 等)
            found_matches = [_count_or_total(pattern, sentence, m) for m in pattern.finditer(sentence)]
            # (8万多名党员选出的近千名代表出席: the count after those who chose them, read on from there)
            found_matches = [_past_electorate(pattern, sentence, m) for m in found_matches]
            read = [m for m in found_matches if not self._no_headcount(sentence, m)
                    and not _EXPECTED_COUNT.search(sentence, clause_bounds(sentence, m.start())[0], m.start("n"))
                    and not _ATTEND_AHEAD.match(sentence, m.end("unit")) and not _audience_ahead(sentence, m)
                    and not _contest_entered(sentence, m) and not _contest_attended_before(sentence, m)
                    and not _trial_watched(sentence, m)
                    and not _broadcast_audience(m)
                    and not (_INVITED_AHEAD_CLAUSE if _THIS_EVENT_OPENING.match(sentence) else _INVITED_AHEAD).search(
                        sentence, max(0, m.start("n") - 80), m.start("n"))
                    # (今年以来，全县共培训学员3000余人次, 全年计划参训人员2000人次: a running total or a plan)
                    and not _TALLIED.search(sentence, clause_bounds(sentence, m.start())[0], m.start("n"))
                    # (应出席大会代表254名，…实际出席241名: the number due is no count of those attending)
                    and not _DUE_COUNT.search(sentence, clause_bounds(sentence, m.start("n"))[0], m.start("n"))
                    and not _WHOLE_BEFORE_PART.match(sentence, m.end("unit"))
                    and not _part_beside_uncounted(sentence, m)
                    and not _activity_counted(sentence, m)]
            # (列席代表35名，出席代表210名: those present stated after those sitting in, by the same statement)
            m = next((m for m in read if not _sitting_in(m.group())), read[0] if read else None)
            if m and (pattern in _PRESENT_PATTERNS or _WATCHING_WORD.search(m.group())) and _AFTER_EVENT_OPENING.match(sentence):
                continue  # (典礼结束后，…，现场约120人观摩: those watching something after the event, GUIDELINES §3)
            if m and pattern is _ADDRESSED and elsewhere and not _ACCOUNT_OPENING.match(sentence):
                continue  # (5月7日，王某向40余名村民通报了…: told on its own, not inside the meeting's account)
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
        if _CHOSE_AFTER.match(sentence, m.end("unit")):
            return True  # 8万多名党员选出的近千名代表出席: those who chose the ones attending (GUIDELINES §3 35th round)
        if _AWARDED_BEFORE.search(sentence, max(0, m.start("n") - 8), m.start("n")):
            return True  # 获奖的20名致富带头人参加会议并领奖: the awardees, a part of those attending
        if _ABSENT_BEFORE.search(sentence, max(0, m.start("n") - 8), m.start("n")) or _ABSENT_AFTER.match(
                sentence, m.end("unit"), clause_bounds(sentence, m.end("unit"))[1]):
            return True  # 因身体原因未能到场的5名老党员, 5名代表因事请假: those absent
        # (为10名“最美员工”颁奖: recipients; not 参会代表为156名, a count stated with 为)
        recipients = before in ("为", "向", "给") or _RECIPIENTS_DESCRIBED.search(
            sentence, max(0, m.start("n") - 18), m.start("n")) is not None
        return recipients and _GIVING.search(sentence, m.end("unit"), clause_bounds(sentence, m.end("unit"))[1]) is not None

    def _taking_part(self, kind: str, before: str, name: str) -> bool:
        """A contest one takes part in (参加了…选美比赛) and an activity carried on (个人进行商业活动)
        are no meetings held."""
        heads = self._heads_of(name)
        generic = bool(heads) and heads <= _GENERIC_HEADS
        if kind == "attended":
            return bool(heads) and heads <= {"比赛", "大赛", "竞赛"}
        return generic and kind == "active" and _CARRYING_OUT_END.search(before) is not None

    @staticmethod
    def _other_event_held(sentence: str, main: dict[str, Any]) -> bool:
        """Whether ``sentence`` tells another event, referred to by 该/此 and a head the main meeting's name lacks, as
        held already (该论坛已于上月中旬在杭州举行，三百余人参加): its count is that event's, never the main meeting's
        (GUIDELINES §3 attendee_count)."""
        told = _OTHER_EVENT_HELD.search(sentence)
        return told is not None and told["head"] not in main["name"]

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
                mine = [t for t in sentences if not any(a <= t.start < b for a, b in others)
                        and not self._other_event_held(t.text, meeting)] + [
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
                # (会见…。\n新华社北京12月22日电　…常委会第三十次会议今天开幕。出席会议的委员132人: the count of another
                # glued item's meeting, never the main one's)
                item_lo, item_hi = _item_bounds(text, lo)
                mine = [t for t in mine if item_lo <= t.start < item_hi]
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
            # (上午召开常务会议。下午召开…工作会议。共120余人参加下午的会议: the count names the meeting by its time of day,
            # another meeting's, GUIDELINES §3: the count belongs to the meeting it names)
            mine = [t for t in mine if not _other_time_named(t.text, meeting, meetings)]
            mine = [t for t in mine if t.text == meeting["evidence"]["text"] or not self._counts_in_other_attribute(
                t.text, meeting["name"])]
            mine = [t for t in mine if not self._headline_restating_uncounted(t, sentences, text)]
            if _OPENING_CEREMONY.search(meeting["name"]):
                # (…冬训班开班仪式在…举行。…本次冬训为期3天，320名党员参加培训: those taking part in the event of several
                # days, no count of its opening ceremony, GUIDELINES §3; not one that names the ceremony itself)
                mine = [t for t in mine if not (_SPAN_OF_DAYS.search(t.text) and not _CEREMONY_NAMED.search(t.text))]
            # (only the sentences that may count people are read: any other gives no count, whatever the patterns)
            counting = [t for t in mine if _may_count(t.text)]
            present = next((c for t in counting if (c := self.attendees(t.text, elsewhere=True, patterns=self.present))[0] is not None), None)
            if present is not None:
                meeting["attendee_count"], meeting["attendee_approx"] = present
                continue  # (会议邀请了30位…代表列席。会议应到人数120人，实到116人: 116)
            for sentence in counting:
                count, approx = self.attendees(sentence.text, elsewhere=True)
                if count is not None:
                    meeting["attendee_count"], meeting["attendee_approx"] = count, approx
                    break
            if meeting["attendee_count"] is None and "宣誓" in meeting["name"]:
                # (…举行入党宣誓仪式，156名新党员面向党旗庄严宣誓: those taking the oath attend the swearing-in when no
                # count of those attending is given, GUIDELINES §3 eighteenth review round)
                oath = next((m for t in mine if (m := _OATH_TAKERS.search(t.text))), None)
                if oath is not None and (count := _count_value(oath)):
                    meeting["attendee_count"], meeting["attendee_approx"] = count, bool(oath["approx"])
            told = meeting["evidence"]["text"]
            # (…观摩…庭审，随即在本院第三会议室召开座谈会: the 随即 clause inside the meeting's own sentence, when a venue
            # between kept the sentence whole)
            right_after = _TALKS_RIGHT_AFTER.match(told) or next(
                (m for m in _TALKS_RIGHT_AFTER.finditer(told) if m.start() > 0 and told[m.start() - 1] in "，,"), None)
            if meeting["attendee_count"] is None and right_after is not None:
                # (县工商联邀请30名企业家到产业园参观，随即召开座谈会: the people invited to the visit told right before, with
                # nothing else counting them, are the 座谈会's attendees, GUIDELINES §3 twenty-second review round)
                start = meeting["evidence"]["clean_start"] + right_after.start()
                before = next((t for t in sentences if t.start < start <= t.start + len(t.text) + 1
                               and "\n" not in text[t.start : start]), None)
                invited = _INVITED_TO_VISIT.search(text, before.start, start) if before else None
                if invited and (count := _count_value(invited)):
                    meeting["attendee_count"], meeting["attendee_approx"] = count, bool(invited["approx"])
            # the sentence right after the meeting's, with nothing between (read by the two count routes below)
            after = next((t for t in mine if t.start >= meeting["evidence"]["clean_end"]), None)
            adjacent = after is not None and not text[meeting["evidence"]["clean_end"] : after.start].strip()
            if meeting["attendee_count"] is None and not _CAMPAIGN_LAUNCH.search(meeting["name"]):
                if adjacent and not _TALLIED.search(after.text):
                    # …教研活动在…举办。活动由县教研室主办，…教师80余人参与。: the event's holders, then those taking part
                    meeting["attendee_count"], meeting["attendee_approx"] = self.attendees(
                        after.text, patterns=[_HELD_BY_THEN_TOOK_PART])
            if meeting["attendee_count"] is None and "活动" not in meeting["evidence"]["text"] \
                    and not _CAMPAIGN_LAUNCH.search(meeting["name"]):
                if adjacent and _ACTIVITY_DREW.match(after.text):
                    meeting["attendee_count"], meeting["attendee_approx"] = self.attendees(after.text, patterns=[self._drawn])
                elif adjacent and "\n" not in text[meeting["evidence"]["clean_end"] : after.start] \
                        and not _same_paragraph(text, after, {m["evidence"]["clean_start"] for m in meetings} - {lo}):
                    # …座谈会在…举行。逾200位社区干部参与。: the count told right after the only meeting of its paragraph
                    meeting["attendee_count"], meeting["attendee_approx"] = self.attendees(
                        after.text, patterns=[_TOOK_PART_NEXT, _GREETED_NEXT])

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
        item_lo, item_hi = _item_bounds(text, lo)
        if item_lo > 0 and item_lo <= t.start < item_hi:
            return True  # (a later glued item's own paragraphs tell its own meeting, GUIDELINES §11)
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

    def _headline_restating_uncounted(self, t: Sentence, sentences: list[Sentence], text: str) -> bool:
        """Whether ``t``, the page's first line (its headline), repeats a count of people attending that a body sentence
        tells again and reads as none (罗干及近千名游客出席欢庆活动 over 国务委员罗干…等以及近千名游客出席了…: the count after
        uncounted people): the headline restates the body's fact and is read as the body reads it (GUIDELINES §1
        duplicated facts count once; §3 thirtieth review round)."""
        if "\n" in text[: t.start] or (count := _ANY_HEADCOUNT.search(t.text)) is None:
            return False
        return any(u.start > t.end and count.group() in u.text and _ATTENDING_VERB.search(u.text)
                   and self.attendees(u.text)[0] is None for u in sentences)

    def _counts_in_other_attribute(self, sentence: str, name: str) -> bool:
        """Whether ``sentence`` counts its people inside the attribute of a gathering whose head the meeting ``name``
        lacks (有300多位…参加的…研讨会 for 能源部长会议), see :data:`_COUNT_IN_ATTRIBUTE`."""
        return any(h.group() not in name for a in _COUNT_IN_ATTRIBUTE.finditer(sentence)
                   for h in self._specific_head.finditer(a["object"]))

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
