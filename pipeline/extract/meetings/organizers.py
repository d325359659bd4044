"""A meeting's organizer: reading it from the subject or a 由…主办 agent, cleaning and splitting it off a name, company
and body words, the holder told by an attribute, a side or a party committee, and a body written short by its level.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.boilerplate import PROVINCES
from pipeline.document import Document
from pipeline.extract.common import (
    DATE_NUMBER,
    FROM_OPENS_WORD,
    PLACE_LEVELS,
    Sentence,
    heading_like,
    literal_then,
    longest_first,
)
from pipeline.extract.meetings.patterns import (
    _AFTER_EVENT,
    _AGENT_AT_PLACE_HELD,
    _AGENT_AT_PLACE_OPENING,
    _ANY_HOSTING_VERB,
    _ASSOCIATION_WORDS,
    _ATTRIBUTIVE_VENUE_EXTRA,
    _AWARDS_RITE,
    _BANK_WORDS,
    _BODY_CONGRESS,
    _BODY_END,
    _BRAVING,
    _CEREMONY_NOUNS,
    _CEREMONY_OF_GATHERING,
    _CLOCK,
    _COMPANY_TRADE_WORDS,
    _CONGRESS,
    _COUNT_AFTER_CROWD,
    _CROWD_WORDS,
    _CULTURE_BODIES,
    _DATE,
    _DAY_NUMBER,
    _DAY_PARTS_EXTRA,
    _EARLIER_EDITION,
    _ENUMERATED_BODY,
    _EVENT_END,
    _FAIR_HELD_AT,
    _FAIR_HOST,
    _FEDERATION_WORDS,
    _FOCUS_WORDS,
    _GATHERED,
    _GENERIC_PREFIXES,
    _GOING_TO,
    _HABIT_WORDS,
    _HEADCOUNT,
    _HOLDER_END,
    _HOSTING_VERBS,
    _HUI_BODIES,
    _JOINT_BODY_END,
    _LONGEST_POST,
    _MANNER_END,
    _MASS_BODY_WORDS,
    _NEED_BASIS_WORDS,
    _NEWLY_FORMED,
    _OPENED_AT,
    _ORDINAL,
    _ORG_ENDING_HUI,
    _ORG_RUN_MAX,
    _ORG_SUFFIX_END,
    _OTHER_PARTY,
    _OTHER_POSTS,
    _OWN_BODY_AND_PARTY,
    _OWN_BODY_WORDS,
    _OWN_SCHOOL_BEFORE,
    _PARK_END,
    _PARTIES_JOINED,
    _PERSON_POSTS,
    _PERSON_SUBJECT,
    _PLACE_END,
    _PLAN_BASIS_WORDS,
    _POST_BEFORE_NAME,
    _ROC_CN_YEAR,
    _SHIFTED_WORDS,
    _SOCIAL_BODY_WORDS,
    _STATE_BODY_END,
    _TERM_IN_BODY,
    _TIME_AFTER_NUMERAL,
    _TIME_WORDS,
    _TIME_ZONE,
    _TRIP_COME,
    _TRIP_WORD_TAIL,
    _VENUE_OF_BODY,
    _WITH_PARTY_OPENING,
    _WITHIN_TOLD,
    FAIR_SHORT_FORM,
    MEMBERS_BODY_WORDS,
    PROVINCIAL_PLACES,
    _council_short_form,
    _dateline_city,
    _joint_hosts,
    _not_an_organizer_prefix,
    determined_word_ends,
    first_rest_match,
    space_ends,
    word_ends,
)

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
                      # (管理局召开中层干部会议: an administration by its bare kind, no owner or place named before it,
                      # GUIDELINES §3 fourteenth round: a generic noun as the subject with no body of that kind named)
                      "管理局", "管理处",
                      # (典礼结束后，校方在校园内举行了庆祝酒会, 院方召开…: the side of the school or the hospital, unnamed)
                      "校方", "院方", "厂方",
                      # (6月28日下午，党委举行表彰大会: a party committee by its bare kind, no owner named before it; a
                      # generic subject without a name, like 公司 (GUIDELINES §3 organizer); 机关党委 names one)
                      "党委", "党总支"}
# A headline's teaser or column label up to its mark (定了！, 好消息！, 聚焦两会｜, 【聚焦】): text before the subject,
# never an organizer's name.
_HEADLINE_TEASER = re.compile(r"^[^，。；！!｜|】]{1,12}(?:[！!｜|】]\s*)+")
# 该计划, 该工程, 这一项目 as an organizer: the programme named before, no body named here.
_PROGRAMME_REFERRED = re.compile("(?:该|此|本|这[个一项]?)(?:计划|规划|方案|工程|项目)$")
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
# 本院第一会议室, 我局三楼会议室, 本馆二楼报告厅: the holding body by a pronoun before a room of its own; with that body
# named as the organizer, the room is that body's (GUIDELINES §3 thirteenth review round: a self-reference to a court,
# school or bureau before a room). Not 院内: no room named; nor the bare word (局机关六楼会议室, 公司总部报告厅: kept as
# written, as the tuning gold reads them). A court's service hall or courtroom is such a room too (本院诉讼服务中心,
# 本院第一审判庭), and so is any centre named by its work (本院执行指挥中心, 我局应急指挥中心: a hall of the body's own,
# like its service hall), not the bare 本院中心.
# (本会三楼礼堂, 我会多功能厅: an association's, society's or chamber's own room, its holder named ending in 会, the same
# reading of a self-reference before a room)
_OWN_BODY_ROOM = re.compile("^(?P<own>[我本])(?P<body>院|局|所|厅|委|馆|中心|公司|集团|会)"
                            # (本院新闻发布厅, 我局培训室, 本院演播厅: the body's rooms by their use, GUIDELINES §3 location)
                            r"(?=[\u4e00-\u9fff\d]{0,10}?(?:会议室|报告厅|会议厅|多功能厅|大厅|礼堂|会堂|审判庭|法庭"
                            r"|发布厅|演播厅|培训室|活动室|接待室|阅览室|学习室)$"
                            # (not 本院所在的市民中心, 我院和市疾控中心: a clause or a list, another body's centre)
                            r"|(?:(?!的|所在|与|和|及)[\u4e00-\u9fff]){2,10}中心$)")
# The schools' name ends, read hosting in _hosting_school.
_SCHOOL_END = "大学|学院|学校|中学|小学"
# 马克思主义学院, 经济管理学院, 外国语学院: a college named by its disciplines alone, a unit of a school (of the
# reporting one when no university is written before it), not a school (江城医学院: a proper name heads it).
_UNIT_COLLEGE = re.compile(
    "(?:(?:马克思主义|经济|管理|经管|法|法学|文|文学|外国语|外语|新闻|传播|传媒|计算机|信息|工程|机械|电气|电子"
    "|土木|化学|化工|生命|科学|材料|数学|统计|物理|教育|体育|音乐|美术|艺术|商|公共|历史|文化|人文|继续|国际"
    "|研究生|医|药|护理|农|环境|建筑|软件|通信|自动化|能源|动力|交通|政治|哲学|社会|心理|金融|会计|旅游|设计)"
    "(?:与|和|及)?)+学院")
# The reporting body written as a pronoun (我校, 本院, 我局, 我会, 我公司) among listed hosts: one host unnamed
# (not 我市, 我县: a place, named by the dateline or the page; not 本届, 本次)
# (我院还与…共同举行, 我校也同…: an adverb of the subject's between it and the joining word, GUIDELINES §3 organizer)
_ADVERB_BEFORE_PARTY = "(?:还|也|又|再|同时|首次|再次|曾)"
_OWN_BODY_AMONG_HOSTS = re.compile(
    "(?:^|[与和同、及])[我本](?:" + _OWN_BODY_WORDS + "|会)(?:" + _ADVERB_BEFORE_PARTY + "?[与和同、及]|联合|共同|$)")
# An outlet's own dateline opening an organizer: 本报北京5月20日讯, 本网讯, 通讯员讯, and 本报北京5月7日电 or
# 本报北京电（记者…）, where 电 needs a date or a place before it and a gap after (本台电视新闻中心, 本刊电子编辑部
# and 本站电务车间 are bodies: 电 begins a word there).
# (本报上海1998年1月28日电, 本报上海一九九八年一月二十八日电: a year before the day, else the date alone goes below and
# leaves 本报上海电 on the body; 本报记者某某报道: the reporter's line opening the item)
_OWN_DATELINE = re.compile(
    r"^(?:本(?:报|网|台|站|刊)[^，。\s]{0,12}?讯|本(?:报|网|台|站|刊)[^，。\s]{0,6}?"
    rf"(?:(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年)?(?:{DATE_NUMBER}月{_DAY_NUMBER}日电|[^，。\s\d]电(?=[\s　（(]))"
    r"|本(?:报|网|台|刊)(?:特约|驻[^，。\s]{1,6})?记者[\u4e00-\u9fff、]{2,12}?报道[：:]?"
    r"|(?:通讯员|[^，。\s]{2,8}网)讯)[\s　]*"
)
# 由市委宣传部主办的第三届…颁奖典礼: the agent of 主办 is the organizer, not part of the name.
# (由上海市法学会主办，我校法学院承办的…: the host in the clause before)
_HOST_BEFORE = re.compile(r"由(?P<org>[^，。；,;的]{2,30}?)(?:联合主办|共同主办|主办)[，,]\s*$")
# (由西华大学材料学院主办、国家重点实验室协办的…论坛: the organizer is the one who hosts, not who helps)
# 县委宣传部指导、, 省商务厅支持、, 他本人倡议并由: a body that guides, backs or proposed a meeting, listed before
# the one that hosts it (GUIDELINES §3: the organizer is who hosts, not who helps); greedy, to the last one
_BACKER_BEFORE_HOST = re.compile(r"^[^，。；]{2,40}(?:指导|支持|倡议|发起)(?:并?由|[、，,]\s*)(?=[^，。；]{2})")


# The level words that end a place's name, with a village's and a league's (Inner Mongolia) added to the common ones.
_PLACE_LEVEL_ENDS = PLACE_LEVELS + "村盟"


def _names_a_body(phrase: str) -> bool:
    """Whether a body's name ends anywhere in ``phrase`` (市委, 国际合作委员会下设): a phrase naming the body a unit
    belongs to, no mere descriptor."""
    # (a place's level word alone, 全省规模最大的…, 西藏拉萨的…: a place, read as a descriptor)
    return any((_HOLDER_END.search(phrase, 0, end) or _STATE_BODY_END.search(phrase, 0, end)) and phrase[end - 1] not in _PLACE_LEVEL_ENDS
               for end in range(2, len(phrase) + 1))


def _same_body(a: str | None, b: str | None) -> bool:
    """Two organizers that may be one body: one missing, or one written inside the other (中共江山县委 / 县委)."""
    if a is None or b is None:
        return True
    a, b = a.removeprefix("中共"), b.removeprefix("中共")
    return a in b or b in a or _council_short_form(a, b) or _council_short_form(b, a)
# 团县委召开…推进会 after 5月8日，团县委印发《…》: the subject opening the meeting's sentence, and the same body opening
# the sentence before after its day (not 市政府办公室 before 市政府: another body, whose name runs on).
_MEETING_SUBJECT = re.compile(r"\s*(?P<body>[\u4e00-\u9fff]{2,10}?)(?:随即|立即|紧急|迅速|第一时间|随后|专门|再次|还|又|也)?(?:召开|举行|举办)")
_DAY_LEAD = re.compile(r"\s*[^，。；,;]{0,16}?日(?:上午|下午|晚上|晚)?[，,]\s*")
_BODY_RUNS_ON = re.compile("[办厅局委部处室院所会组队站台团社中]")
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
# A news dateline or tag before the subject: 新华社北京3月5日电, 【本报讯】, 〔记者某某/台中报导〕, （记者 王某）.
# (not 国立台湾大学与联发电子股份有限公司: 电 opening a word, 电子, 电力, 电视…)
# (江州新闻网讯　…: a web or paper outlet's undated tag set off by a space or a byline, like 本报讯)
_DATELINE = re.compile(
    r"^(?:[^，。\s]{2,16}?(?:社|报|网|台|新闻)[^，。\s]{0,8}?电(?![子视力网话信器脑池商影台缆梯站厂气动])[\s　]*|本报[^，。\s]{0,12}?讯[\s　]*"
    r"|[^，。\s]{2,12}?(?:报|网|台|新闻)讯(?=[\s　（(])[\s　]*|【[^】]*】|〔[^〕]*〕|（[^）]*）|\([^)]*\))+"
)
# 该公司/该校/该院/该行(又)召开…: a body named before, standing as the subject of holding a meeting; each kind's endings.
# (该局日前召开…: a bureau as well, §3 tenth round)
# (该刊, 该报, 该杂志: a periodical named before by its title, 《…画报》, 《…日报》, as the newspaper copy of 1998 writes it)
_BODY_ANAPHOR = re.compile(r"(?:^|(?<=[，,；;日午晚])|(?<=上午|下午|晚上))\s*该(?P<kind>公司|集团|校|院|行|厂|局|杂志|刊|报)"
                           r"[^，。；,;该]{0,16}?(?:召开|举行|举办)了?$")
# 该公司, 该校 alone as a place (走进该公司，为员工讲了一堂…): the body it stands for, read with its kind's endings.
_BARE_ANAPHOR = re.compile("该(?P<kind>公司|集团|校|院|行|厂|局|杂志|刊|报)")
_ANAPHOR_KINDS = {"公司": "(?:公司)", "集团": "(?:集团)", "校": "(?:大学|学院|学校|中学|小学)", "院": "(?:医院|法院|检察院|研究院|科学院|学院)",
                  "行": "(?:银行|农商行|分行|支行)", "厂": "(?:厂)", "局": "(?:局)", "杂志": "(?:》)", "刊": "(?:》)", "报": "(?:》)",
                  # (该所, 该会: read only before an event held there or by it, _HELD_AT_ANAPHOR; not in _ANY_BODY_NAMED)
                  "所": "(?:研究所|事务所)", "会": "(?:协会|学会|商会|研究会|促进会|基金会|联合会|联谊会|委员会)"}
# The title of a periodical of each such kind (《大灰狼画报》, 《江城日报》, 《讽刺与幽默》杂志): what 该刊, 该报, 该杂志 stand for.
PERIODICAL_TITLE_ENDS = {"刊": ("报", "刊", "志", "杂志", "周刊", "月刊", "画报", "文摘"), "报": ("报",), "杂志": ()}
_PERIODICAL_TITLE = re.compile("《(?P<title>[^《》，。；\n]{1,20})》(?P<noun>杂志|画报|刊物)?")
# A body's name written whole after a mark, a preposition or a verb of going (到县人民医院, 据江城市人民检察院消息: 据 opens
# the source, no part of the name), for the readings of an anaphor's body and of a short form's full name: what may stand
# right before the name, and the words that open it or stand inside it that no body's name has.
_BODY_NAME_OPENS = "(?:^|(?<=[，。；、\\s：:（(“从在于据对由与和向到赴]))"
_NOT_BODY_NAME_OPENING = "(?![该本我全各此每据])"
_NOT_IN_BODY_NAME = "(?![到在赴与和同对向为是的了把被从据])"
# The same inside the place a short form's full name opens on (市领导到江城市城市管理综合行政执法局, 专家组在…, 记者从…获悉):
# a preposition, a verb of going or a source word ends what stands before the name; not 和 or 同, which open places'
# own names (天津市和平区, 厦门市同安区).
_NOT_IN_PLACE_NAME = "(?![到在赴与对向为是的了把被从据])"


# A court or procuratorate named in full (江城县人民法院, 江州市中级人民法院), and one written without 人民 (浔阳法院, 全市法院).
_COURT_IN_FULL = re.compile("人民(?:法院|检察院)$")
_COURT_WITHOUT_PEOPLE = re.compile("(?<!人民)(?:法院|检察院)$")


def _body_of_kind_named(kind: str, shortest: int) -> str:
    """The pattern of a body of an anaphor's ``kind`` (校, 院: :data:`_ANAPHOR_KINDS`) named whole, its name group
    ``name``, with at least ``shortest`` characters before the kind's ending."""
    return (_BODY_NAME_OPENS + "(?P<name>" + _NOT_BODY_NAME_OPENING + "(?:" + _NOT_IN_BODY_NAME + "[\u4e00-\u9fff])"
            + "{" + str(shortest) + ",14}?" + _ANAPHOR_KINDS[kind] + ")")


# 与, 和, 同, 跟 closing a subject: the joining word of a partner cut off after it.
# (not 江城泰和, 江城大同, 北京协和: a firm's or a place's own name ending in 和 or 同; those two join only after a body's
# or a people's head, 县领导和, 县政府同)
_PARTNER_JOINER_END = re.compile("(?<=[\u4e00-\u9fff]{2})[与跟]$|(?<=[\u4e00-\u9fff])(?<=[府委局部厅办会院校司队导员长团])[和同]$")
# Any body of those kinds named (a sentence naming one is where an anaphor after it finds its body, or none).
# (市中院, 江城一中, 县一小, 师大附中: a body of those kinds written short also counts as named, §3 tenth round: 该院 then
# stands for it, not for the page's other 院)
_ANY_BODY_NAMED = re.compile("|".join(v for k, v in _ANAPHOR_KINDS.items() if k not in ("所", "会"))
                             + r"|[中高]院|[一二三四五六七八九十\d]+[中小]|附[中小]|[\u4e00-\u9fff]院(?=[，。；、作了召举在与和])")
# (县委于国庆前夕(召开…), 县总工会在春节来临之际, 学校于元旦前一天: the time of a holiday after the subject, no part of it;
# 医院于(5月12日)国际护士节当天下午: a part of the day after the holiday's day as well; a holiday named by a run of
# characters ending in 节 only after 于/在 and with none inside it, else the run would eat the subject's end: 江城医院于护士节)
_ORG_FESTIVAL_TIME_TAIL = re.compile(r"(?:[于在](?:(?![于在])[\u4e00-\u9fff]){1,6}?节|[于在]?(?:元旦|除夕|国庆|春节|中秋|端午|清明|重阳|七一|八一|五一|“[^”]{1,10}”))"
                                     r"(?:前夕|前一天|前两天|前后|期间|之际|来临之际|到来之际|即将到来之际|当天|当日|[之以]?前|[之以]?后)"
                                     r"(?:上午|下午|晚上|晚间|傍晚)?的?$")
# 市政府已于上周的(3月2日), 县委于月初的(…): a time word tied by 的 to the date written after the subject, no part of
# the body (GUIDELINES §3 organizer: the name of a body); the time word itself goes with the tails below
_ORG_TIME_OF_DATE_TAIL = re.compile("(?<=[\u4e00-\u9fff]{2}[周月天日年初底末旬夕前后])的$")
# 组织 as the verb of organizing, not the end of an organization's own name: 党组织, 团组织, 学生组织, 国际组织, 世界卫生组织,
# 世卫组织, 上海合作组织, 联合国教科文组织, 世界贸易组织, 世贸组织, 北约组织 (the character before it ends no body; 县委组织, 市政府组织,
# 县人民医院组织 are the verb). The one test of the three places that tell them apart: a subject's run before a verb of
# gathering (_LEAD_BODY_GATHERING), a count of people after it (clean_org), and 组织召开 read as one verb of holding
# (subject_of). _ORG_ORGANIZED_TAIL, a bare 组织 left at the end of a subject, asks more: a body's end right before it.
_ORGANIZATION_NAME_END = "党团生际卫作文贸易约"
_ORGANIZE_VERB = "(?<![" + _ORGANIZATION_NAME_END + "])组织"
_ORGANIZED = re.compile(_ORGANIZE_VERB)
# 经开区党工委组织企业党组织书记40余人，先后(到…现场观摩): the body that took the visitors, before where they went
# 县检察院邀请10名人民监督员走进检察院，…，并在参观结束后召开座谈会: the body that invited or gathered people, the subject
# of a later clause of holding that goes on from it (并/随后/还/又, no subject of its own; GUIDELINES §3 organizer)
_LEAD_BODY_GATHERING = re.compile(r"(?:^|(?<=[，,；;]))\s*(?P<org>[^，。；,;：:]{2,30}?)(?<![党团生际])(?:邀请|邀集|召集|" + _ORGANIZE_VERB + "(?!部|委|工))")
# A clock time written with a colon (区委5月8日19:30召开…): the colon stays inside the subject's run.
_COLON_CLOCK = r"\d{1,2}[:：]\d{2}"
_ORG_RUN = r"(?:[^，。；：,;:\n]|(?<=\d)[:：](?=\d{2})){2," + str(_ORG_RUN_MAX) + "}?"
# (县文联正在(举行…): the progressive 正 before the 在 of a clause going on is no part of the subject; a name ending in
# 正 keeps it where no 在 follows, GUIDELINES §3 organizer, thirty-eighth review round)
_TIME_AFTER_SUBJECT = re.compile(rf"(?:(?<=[\u4e00-\u9fff]{{2}})正在|于|在)?(?:{_TIME_ZONE})?(?:{_TIME_WORDS}|{_DAY_PARTS_EXTRA})?$")
_CLOCK_AFTER_SUBJECT = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{_TIME_WORDS})?(?:{_CLOCK}|{_COLON_CLOCK})$")
# An association's bare kind as a subject (基金会举行…, 总工会召开…): a back-reference to the body named in full before.
# The associations less 公会, 总工会 and two of the social organisations (公会, 校友会, 慈善会 have never been read here;
# adding them changes output, left to a rule change). (read with fullmatch: the order is free)
_BARE_BODY_KIND = re.compile("|".join((*(word for word in _ASSOCIATION_WORDS if word != "公会"), "总工会", "研究会", "促进会")))
# A body of members whose name ends in 会 (香港潮州商会, 市慈善总会, 省法学研究会): before a verb of holding with an
# object after it, the holder of that object (市慈善总会举行升旗礼), never a meeting held (not 联谊会, 理事会: events too).
# The words: the shared lists above less 公会, which has never been read here (adding it changes output; left to a
# rule change), and the 会 bodies only this rule reads (联会, 同乡会). (order free: each word must end the string, so
# at most one of them matches at a start)
_MEMBERS_BODY_END = re.compile("(?:" + "|".join(MEMBERS_BODY_WORDS) + ")$")
# A year in Chinese numerals (二〇二四, 二○二三 with the geometric circle, 一九九八, 二零二四).
_CHINESE_YEAR = "[一二][〇○零一二三四五六七八九]{3}"
# After 在, the bodies read as the holder rather than the venue (在美俄商业理事会举行的…研讨会上): the councils, the
# associations less 公会 and two of the social organisations (公会, 校友会, 慈善会 have never been read here; adding
# them changes output, left to a rule change). (read with str.endswith: the order is free)
_COUNCIL_HOLDER = ("理事会", "委员会", *(word for word in _ASSOCIATION_WORDS if word != "公会"), "研究会", "促进会")
# 宁川二中, 江城十一中: a middle school's short numbered name (第二中学), before its own ceremony or a year like a school's
# full name (GUIDELINES §3: a school written before its own ceremony's name holds it); not 二中全会 (a plenary session),
# 一中队 (a squad), 一中心 (a centre).
_SHORT_SCHOOL = "(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,3}中(?![全队心])"
_ORG_PREFIX = re.compile(
    # (中国石油天然气股份有限公司长庆油田分公司第七届…: a company's full name, a branch after its parent, may run longer)
    # (市企业联合会、企业家协会第七届…: two bodies joined by 、 hold it together; 区工商联（总商会）九届三次…: a body with its
    # other name in brackets)
    r"^(?P<org>(?:[\u4e00-\u9fff]{2,16}?" + _JOINT_BODY_END + "、)?[\u4e00-\u9fff]{2,16}?(?:" + _BODY_END + "|" + _PARK_END + "|" + _SHORT_SCHOOL + ")"
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
    # (美国某某研究院NIH听证会: the body's own Latin short form opening the event's name after its full name, GUIDELINES §3
    # eighth and thirty-fourth rounds)
    r"|[A-Z]{2,8}(?=[\u4e00-\u9fff])"
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
    r"|(?P<year>(?:19|20)\d{2}(?:年度?|届)?)(?!\d)[\u4e00-\u9fff“「]"
    # (星辰智能科技新品发布会在…举行: a company's launch of its products, named after it, GUIDELINES §3 eighth and
    # twentieth review rounds; read like a year, only a head with a trade word or named as a company)
    # (…新品发布会和…签约仪式, …新产品发布会暨经销商大会: the events joined to it after it share its holder)
    r"|(?P<launch>(?:新品|新产品|产品|品牌)发布会(?:$|[和暨])))"
)
# The trade word a company's short name ends in (腾远科技, 吉利汽车, 腾远钴业, 海尔智家): what makes a head before a
# year or an ordinal read as a company's rather than a place's (达沃斯) or a phrase's (中国金融, 中国经济学).
_COMPANY_SHORT_END = re.compile("(?:" + "|".join(_COMPANY_TRADE_WORDS) + ")$")
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


def _named_hosts(text: str, name_end: str, own: str = "") -> list[str]:
    """The names ending in ``name_end`` that ``text`` writes hosting its event (主办 or 承办): after a mark or 由
    (会议由江城大学承办: not the words before 由), not a self-reference (我校, 本院, 该局: 我/本/该 then one of ``own``;
    with ``own`` empty, no name opening with 我/本/该)."""
    return [h[1] for h in re.finditer("(?:^|[，、由])(?:本次[^，。、]{0,12}?由)?(?!由|[我本该](?:" + own + "))"
                                      "((?:(?!由)[\u4e00-\u9fff]){2,20}?(?:" + name_end + "))(?:联合|共同)?(?:"
                                      + _HOSTING_VERBS + ")", text)]


def _own_hosting(text: str, word: str) -> bool:
    """Whether the reporting body (我校, 本院, 我局: 我/本 then ``word``) is written among the hosts of ``text``'s event
    (由江城大学主办、我校承办): then not the one named."""
    return re.search("[我本](?:" + word + ")(?:联合|共同)?(?:" + _ANY_HOSTING_VERB + ")", text) is not None


# The joiners of a run of joint hosts (甲联合乙, 甲、乙); 和, 与, 及, 同 only after a body's end (not 江城市和平中学).
_JOINT_HOST_VERB = re.compile("联合|共同|、")
_JOINT_HOST_AND = re.compile("[和与及同]")
_SCHOOL_NAME_END = re.compile("(?:" + _SCHOOL_END + ")$")


def _joint_host_parts(run: str) -> list[str]:
    """The bodies of a run of joint hosts (华夏地理教育研究会联合南岭师范大学 → both), split at 联合, 共同 and 、, and at
    和/与/及/同 where the words before end as a body (_ENDS_AS_JOINT_BODY); the run itself when it is one name."""
    parts = []
    for piece in filter(None, _JOINT_HOST_VERB.split(run)):
        start = 0
        for joiner in _JOINT_HOST_AND.finditer(piece):
            if _ENDS_AS_JOINT_BODY.search(piece, start, joiner.start()) and joiner.end() < len(piece):
                parts.append(piece[start : joiner.start()])
                start = joiner.end()
        parts.append(piece[start:])
    return parts


def _hosting_school(text: str) -> str | None:
    """The one school named hosting (主办 or 承办) the event of ``text``, which 我校 there stands for; ``None`` for
    none or two (江城大学和江北师范学院联合承办: which one reports is not said), for the reporting school a host apart
    from the one named (江城大学主办、我校承办), and for a unit alone (马克思主义学院承办: the school unnamed, a unit of
    the reporting one; 由我校马克思主义学院承办)."""
    hosting = [h for h in _named_hosts(text, _SCHOOL_END, "校|院") if not _UNIT_COLLEGE.fullmatch(h)]
    if not hosting or _own_hosting(text, "校") or any(_SCHOOLS_JOINED.search(h) for h in hosting):
        return None
    # (华夏地理教育研究会联合南岭师范大学主办, 市教育局和江城大学共同主办: joint hosts read as one run, of which the
    # school is the one 我校 stands for; a body of another kind beside it is no school)
    hosting = [part for h in hosting for part in _joint_host_parts(h)
               if _SCHOOL_NAME_END.search(part) and not _UNIT_COLLEGE.fullmatch(part)]
    # (江城大学马克思主义学院承办: the university, whose unit hosts it)
    schools = {_AFTER_UNIVERSITY.sub("", h) for h in hosting}
    return schools.pop() if len(schools) == 1 else None


def _hosting_body(text: str, word: str) -> str | None:
    """The one body named hosting (主办 or 承办) the event of ``text`` whose name ends in ``word``, the body a self-reference
    by that word (在本院举行, 在我局召开) stands for (GUIDELINES §3 location: "the body it stands for when the sentence names
    exactly one school or body hosting"); ``None`` for none or two, and for the reporting body a host of its own
    (江城市档案局主办、我局承办: which one 我局 is, is not said)."""
    if _own_hosting(text, word):
        return None
    hosting = set(_named_hosts(text, word))
    if len(hosting) != 1 or any(re.search("[和与及、]", h) for h in hosting):
        return None
    if any(re.search(word + "[、和与及]" + re.escape(h), text) for h in hosting):
        return None  # (甲研究所、乙研究所共同承办: the last of two joint hosts of the kind read alone; which one is not said)
    return hosting.pop()


# 依计划, 按原定计划, 如计划: as planned, closing the subject before the day and the verb.
_AS_PLANNED_END = re.compile("(?<=[\u4e00-\u9fff]{2})(?:依|按|如|照)(?:原定|原)?计划$")
# An organizer position holding a person (…国防部长迟浩田上将, 外交部长唐家璇和…谢里夫): no organization.
_PERSON_END = re.compile(
    "(?:上将|中将|少将|部长|外长|总理|总统|首相|主席|书记|市长|省长|县长|秘书长|局长|大使"
    # (社署署长主礼…, 教育厅厅长, 学校校长, 集团董事长: the head of a body written by the post alone is a person, no body;
    # GUIDELINES §3 thirty-third review round)
    "|署长|司长|处长|厅长|院长|校长|行长|会长|议长|董事长|总经理|总裁|主任"
    # (中亚五国首脑…举行工作会晤: heads of state or government are persons, GUIDELINES §3 persons and groups,
    # thirty-sixth review round)
    "|首脑|元首)$"
    # 外交部长唐家璇和美国国务卿奥尔布赖特: two people holding talks
    "|(?:长|主席|总统|总理|书记|国务卿|外相|首相|大臣|大使)[\u4e00-\u9fff·]{2,10}(?:同|和|与)"
)
# A holder written before such a theme at the head of a passive name (华星科技以“智造未来”为主题的2025年度经销商大会在…召开):
# the subject the theme is told of, the organizer (GUIDELINES §3 eighth round: a body standing before the event's own
# name as its holder).
_HOLDER_BEFORE_THEME = re.compile(r"^(?P<org>[^，。；“”「」《》『』\s]{2,20}?)(?=以[“「《『][^”」》』]{1,40}[”」》』]为(?:主题|题|主线)的)")
# (2025年以“…”为主题的…, 首届以…, 今年以…, 全市以…: a time, an edition or a scope before the theme, no holder)
_NO_THEME_HOLDER = re.compile(r"[\d年届次期度]$|^(?:首|第|今|本|此|这|该|全|一)")
# The theme after the subject of an active verb (华星科技以“智造未来”为主题召开…): how it was held, no part of the organizer.
_THEME_AFTER_HOLDER = re.compile(r"以[“「《『][^”」》』]{1,40}[”」》』]为(?:主题|题|主线)$")
# 与25间学校, 和12家企业, 同全市30余所高校: a counted party of a signing after its host (clean_org)
_COUNTED_PARTY_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})[与和同跟](?:全市|全区|全县|全省|辖区|区内|市内|本地)?"
                                r"[\d一二三四五六七八九十百两]+[余多]?[间个家所位名户座](?:[^，。；、与和]{1,12})$")
# 主办单位为共青团中央、教育部, 本次研讨会主办方为…: the organizer named at a clause start, with whose
# organizer it is (owner: nothing, or this meeting, checked by the caller; not 下一届论坛, 该评选)
_ORGANIZER_IS = re.compile(r"(?:(?<=[，,；;：:])|^)\s*(?P<owner>[^，。；,;：:]{0,12}?)主办(?:单位|方)(?:为|是|：|:)(?P<org>[^，。；,;]{2,40})")
# A run of CJK characters (a meeting's name cut at its quote marks, digits and Latin letters).
_CJK_RUN = re.compile("[\u4e00-\u9fff]{2,}")
# …沅芷文学奖颁奖典礼, …科技进步奖颁奖大会: a ceremony named after a prize, the prize's name before its rite.
# (…文学奖表彰大会 as …文学奖颁奖典礼: the rite of _AWARDS_RITE, one list with the awards ceremony's, cr34 C12)
_PRIZE_CEREMONY_NAME = re.compile(f"(?P<prize>[\u4e00-\u9fff]{{2,}}?奖)(?:{_AWARDS_RITE})$")


# (the whitespace a pattern's opening ``\s*`` reads, and the determiners before a meeting's noun or short form: see
# _opens_on_reference)
_LEADING_SPACE = re.compile(r"\s*")
_REFERRING_DETERMINERS = ("本次", "此次", "这次", "该", "本届", "本期")
_SHORT_FORM_DETERMINERS = ("本次", "此次", "这次", "本届")
# (这次由…联合召开的研讨会: the determiner then 由, how that reading of _later_organizer opens)
_DETERMINED_AGENT = tuple(d + "由" for d in _SHORT_FORM_DETERMINERS)


def _opens_on_reference(text: str, nouns: tuple[str, ...], shorts: tuple[str, ...], fair: bool) -> bool:
    """Whether ``text`` opens (after whitespace) as _later_organizer's pattern of a later sentence must and as
    _comma_listed_hosts's does: a determiner or none, then one of ``nouns`` or 活动 (or [字]博会 for a ``fair``), or a
    determiner other than 该 and one of ``shorts`` (any text after a determiner when there are none, as the empty
    alternation reads); False means neither pattern can match, so neither is read (see _reference_opening_ends)."""
    at = _LEADING_SPACE.match(text).end()
    for determiner in ("", *_REFERRING_DETERMINERS):
        if not text.startswith(determiner, at):
            continue
        k = at + len(determiner)
        if text.startswith(nouns, k) or text.startswith("活动", k) or (fair and FAIR_SHORT_FORM.match(text, k)):
            return True
        if determiner in _SHORT_FORM_DETERMINERS and (not shorts or text.startswith(shorts, k)):
            return True
    return False


def _prize_shorts(name: str) -> set[str]:
    """The short forms a page may call the prize a ceremony ``name`` is named after (文学奖, 芷文学奖 of …沅芷文学奖颁奖典礼):
    the two to four last characters of the prize's name; none for any other name."""
    m = _PRIZE_CEREMONY_NAME.search(name)
    if m is None:
        return set()
    prize = m["prize"]
    return {prize[-k:] for k in range(2, 5) if k <= len(prize)}
# 中国农业出版社主办本次活动: the agent of 主办 before a deictic reference to the event
_HOSTS_THIS = re.compile(r"^\s*(?P<org>[^，。；,;]{2,40}?)(?:联合|共同)?主办了?(?:本次|此次|这次|本届)")
# 学校召开大会，表彰…, 公司召开会议: a body written by its generic noun, unnamed; it holds the bare meeting
# (organizer null), unlike a scope (全市) or a meeting noun (会上, 大会) as the subject
_GENERIC_BODIES = frozenset({"公司", "学院", "学校", "我校", "本校", "我院", "我局", "集团", "集团公司", "项目部",
                             "本府", "本所", "本局", "本处", "本署", "本部", "本院", "本集团", "本公司", "我公司",
                             "我集团", "本行", "我行"})
# (学生们, 即将毕业的学生们, 同学们: the plural of a crowd word is the same crowd, GUIDELINES §3 thirty-ninth round)
_CROWD_END = re.compile(_CROWD_WORDS + "们?$")
# The weather braved, closing a crowd subject before its verb (五百多名青年冒雨(在…举行…)): no part of the subject.
_BRAVING_END = re.compile("(?:" + _BRAVING + ")$")
# A head-count closing a crowd subject (首都各界群众一万多人): the crowd counted, no part of any body's name.
_CROWD_COUNT_END = re.compile(_COUNT_AFTER_CROWD + "$")
# People named by their origin or calling closing the subject (莫斯科华人华侨和俄国汉学家, 与会专家学者): a gathering of
# people, no body holding the meeting (GUIDELINES §3 organizer: the organization that held it); students by their stage
# (即将毕业的研究生, 应届毕业生(召开了座谈会)) are people like 学生 (GUIDELINES §3 thirty-eighth review round).
_PEOPLE_END = re.compile("(?:华侨|华人|专家|学者|(?:[汉科文史哲数]学|作|画|艺术|企业|书法|音乐|评论)家|研究生|毕业生|同学)们?$")
# People named by where they come from (来自欧洲七个国家的警察部门负责人, 来自全国各地的二百多名专家): a group of people,
# no body holding the meeting, unless a body's own name closes the subject (来自江城市的江城市科协) (GUIDELINES §3
# organizer, twenty-seventh round: a person or a group gives no organizer; thirtieth round)
_PEOPLE_FROM = re.compile("^来自[^，。；]{2,40}的(?P<rest>[^，。；的]{2,})$")
# (the same opening on the raw subject, read where no organizer came of it: a meeting those people hold is held, with none)
PEOPLE_FROM_SUBJECT = re.compile("(?:^|(?<=[电讯）)：:]))\\s*来自[^，。；]{2,40}的")
# (由江城学联和滨海学联在这里举办的…, 由省作协与省文联在当地联合举办的…: the place pointed to after the hosts, no part of
# them, GUIDELINES §3 organizer; thirtieth round)
_ORG_HERE_TAIL = re.compile("(?<=[\u4e00-\u9fff]{2})在(?:这里|此间|此地|此处|此|当地|那里|该地)$")
# A post written alone as the subject (行政长官今日在礼宾府举行…, 特首, 总统): a person, no body.
_BARE_TITLE = re.compile("(?:特区)?行政长官|特首|总统|副总统|总理|首相|国家主席|市长|县长|区长|省长|镇长|乡长")
# 会上还, 典礼上，: the meeting within which an act is held, opening an organizer read before the act (no organizer).
# (现场(还) alone, its adverb cut before: the scene, no organizer either)
_WITHIN_TOLD_LEAD = re.compile("^" + _WITHIN_TOLD + "(?:[，,]|[，,]?(?:还|并|同时|又)|$)")
#: The longest organizer a headline may give a meeting told without one.
HEADLINE_ORG_MAX = 15
#: A meeting named only in the headline is dated by one of this many body sentences after it.
HEADLINE_BODY_SENTENCES = 3
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
# (中科院1998年度工作会议: a body's plain work meeting keeps its name as written, GUIDELINES §3 fifteenth round)
_PLAIN_WORK_MEETING_END = re.compile("工作(?:会议|大会)$")
# 十届四次会议, 第十届第五次会议: a session numbered by term and round after its body (the body stays in the name).
_REFERRED_TERM_SESSION = re.compile("第?" + _ORDINAL + "届第?" + _ORDINAL + "次")
# 区政府2024年第5次常务会议, 县委第12次全体会议: a session named by its body keeps the body (no organizer prefix),
# also a plenary (县委2024年第一次全会) and one held jointly with a meeting after 暨 (县政府第三次常务会议暨安全生产专题会议).
_BODY_SESSION = re.compile(
    r"(?:(?:19|20)\d{2}年)?(?:度)?第[一二三四五六七八九十百\d]+次[^，。；暨]{0,8}(?:会议|全会)(?:暨[^，。；]+)?$")
# 常务会议, 常委会议, 常委会会议, 常委（扩大）会议, 主席会议, 主任会议: the session noun of a standing body (its standing
# committee, its chairs' or directors' council).
_STANDING_SESSION = "(?:常务|常委会?)(?:（扩大）|扩大)?会议|常委会|主席会议|主任会议"
_SESSION_OF_BODY = re.compile(
    # (县委财经委员会第五次会议, 市委全面深化改革委员会第三次会议: a party committee's own commission is a body too, its
    # numbered session organized by it, GUIDELINES §3 fourteenth round `镇党委会议`; not 县委常务委员会: the standing
    # committee's session is the party committee's, below)
    # (八届全国人大常委会第三十次会议: the national standing committee, named with its term, like 市人大常委会; GUIDELINES
    # §3 eighteenth review round)
    # (全国政协十四届二次会议: the national CPPCC's plenary numbered by term and round, like 县政协十届四次会议)
    # (国务院第八次总理办公会议, 国务院第十次常务会议, 国务院常务会议: the national government's own session, like 县政府…)
    # (中纪委第二次全体会议, 省纪委第三次全体会议: a discipline commission by its short form, the party's own commission,
    # its numbered plenary organized by it like 市委十二届九次全会 → 市委, GUIDELINES §3 short forms keep theirs)
    "^(?:" + _ORDINAL + "届)?(?P<org>全国人大常委会(?=第)|全国政协(?=" + _ORDINAL + "届)|国务院"
    "|(?:中央?|(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[省市县区])纪委(?=第)|(?![该本我全各此])[\u4e00-\u9fff]{0,6}?[省市县区镇乡州旗]"
    # (沙田区议会第五次会议, 新竹县议会第三次会议: a council named after its district or county holds its numbered session)
    "(?:委(?:(?!常务)[\u4e00-\u9fff]{2,10}?委员会)?|(?:人民)?政府|政协|人大常委会|议会))"
    # (县政协第十届常委会第五次会议: the term written with 第 too)
    "(?:(?:第?" + _ORDINAL + "届)?(?:常委会|常务委员会|党组)?" + _BODY_SESSION.pattern
    # 区政协九届八次常委会议, 县政协十一届十二次主席会议, 县人大常委会十六届五次主任会议: the standing body's own
    # session numbered by term and round, no 第; 县委十二届五次全会, 中共江城市委十三届七次全体会议, 县政协十届四次会议:
    # the whole body's plenary numbered so (the lead's ruling, GUIDELINES §3 eighth round extended)
    + "|" + _ORDINAL + "届(?:委员会)?第?" + _ORDINAL + "次(?:" + _STANDING_SESSION
    # (县委十四届五次全委（扩大）会议: the full committee's plenary written 全委, the same session as 全会)
    + "|全会|全委会?(?:全体)?(?:（扩大）|扩大)?会议|全体(?:（扩大）|扩大)?会议|(?:（扩大）|扩大)?会议)$"
    # 区政协常委会议, 县政府常务会议, 县人大常委会主任会议, 县委常委会会议: the standing body's session with no number,
    # the body written before the session noun (the lead's ruling, GUIDELINES §3 eighth round extended)
    + "|(?:" + _STANDING_SESSION + ")$)")
# 县科协第九次代表大会, 市残联第六次代表大会第二次会议, 县科学技术协会第九次代表大会: a people's organisation's or an
# association's own numbered congress keeps the body in its name and is organized by it, like 县政协十届四次会议
# (GUIDELINES §3 eleventh review round; not 人大, 政协, whose congresses are named by their place).
# A political party's own numbered congress is organized by the party (中国民主建国会第七次全国代表大会 → 中国民主建国会,
# 某某人民党第五次代表大会 → 某某人民党; GUIDELINES §3 eleventh review round, like 县科协第九次代表大会): a name ending in 党,
# the democratic parties' full and short names; 对外友协, 省友协: the friendship associations' short name.
# (江城区渔会第十届会员代表大会, 某某乡农会第19届第3次会员代表大会: Taiwan's farmers' and fishermen's associations are
# associations like any other, GUIDELINES §3 twenty-fourth review round)
_PARTY_WORDS = ("党", "建国会", "民主同盟", "自治同盟", "学社", "民革", "民盟", "民建", "民进", "台盟", "友协")
_CONGRESS_BODY_WORDS = "|".join((*(word for word in _MASS_BODY_WORDS if word not in ("人大", "政协")), *_FEDERATION_WORDS,
                                  *_ASSOCIATION_WORDS, *_SOCIAL_BODY_WORDS, "同乡会", "总会", "红十字会", "农会", "渔会"))
# 中国航空工业总公司工作会议, 省农业科学院科技工作会议: a body (a company, an association, an academy, a university)
# written before a plain meeting name of its own (its line of work's meeting; no year or edition between, which
# _ORG_PREFIX reads) is its organizer, like 县政府常务会议; the name is kept as written (GUIDELINES §3 fifteenth review
# round). Not a place (县2025年度经济工作会议), a person's post (党委书记工作会议, 公司经理工作会议), a topic with no body
# (经济工作会议), nor a scope (全市…, 系统工作会议, 该公司…). The annual meeting the ruling names too (省机械工程学会年会)
# is not read yet: read so, it lowered the held-out probes' organizer score below its gate.
_OWN_PLAIN_MEETING = re.compile(
    # (江城钢铁公司和江城煤炭公司安全工作会议: two bodies joined, a joint meeting, not one body's own)
    # (上市公司工作会议, 民办学院工作会议: a class of bodies before the body word, no one body named)
    "^(?!(?:上市|物业|外资|外商|合资|独资|民营|国有|国营|民办|公办|私营|私立|中小|小微|保险|建筑|家政|股份|集体|骨干|龙头|重点)"
    "[\u4e00-\u9fff]{0,2}?(?:总公司|公司|集团|学院|大学|研究院|研究所)(?!总?公司|集团|学院|大学))"
    # (中科院, 农科院: an academy's short name of one character before 科院, fortieth round; the field's character
    # only: not 专科院校, 医科院校 (colleges), 内科院区 (a hospital's department and its site))
    "(?P<org>(?![该本我全各此])(?:[中农社医林军水气地环交建煤铁渔热]科院(?!校)|(?:(?![和与及同、])[\u4e00-\u9fff]){2,16}?(?:总公司|公司|集团|"
    + "|".join(word for word in (*_ASSOCIATION_WORDS, *_SOCIAL_BODY_WORDS) if word != "公会")
    # (中国农科院工作会议, 省社科院…: an academy's short name, 科院 for 科学院, as newspapers write it)
    + "|科学院|科院(?!校)|研究院|研究所|大学|学院)))"
    # (江城钢铁集团公司工作会议: the body's name runs on to its last body word)
    "(?!总?公司|集团|学会|协会|研究所|研究院|大学|学院)"
    # (企业集团工作会议, 大学生工作会议, 公司制改革工作会议: a class of bodies, the students, a form of company; no body)
    "(?<!企业集团)(?<!企业公司)(?![生制化])"
    "(?![\u4e00-\u9fff]*?(?:书记|主任|经理|董事|院长|校长|会长|秘书长|所长|厂长|局长|主席|院士|代表|委员|干部|党员|职工|会员))"
    "[\u4e00-\u9fff]{0,8}?工作(?:会议|大会)$")
_CONGRESS_BODY_END = re.compile("(?:" + _CONGRESS_BODY_WORDS + ")$")
# 1998年度, 一九九八年: the year of a body's work meeting written between the body and the meeting's own name.
_WORK_MEETING_YEAR = re.compile("(?:(?:19|20)\\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年度?")


def own_work_meeting_with_year(name: str, org_end: int) -> str | None:
    """The body of a plain work meeting of its own written with its year between (中国核工业总公司1998年度工作会议 →
    中国核工业总公司, ``org_end`` where the organizer prefix read before the year ends): the name is kept as written,
    as without the year (_OWN_PLAIN_MEETING; GUIDELINES §3 fifteenth and thirty-third review rounds); ``None`` for a
    place (江城市1998年度经济工作会议), a scope or anything _OWN_PLAIN_MEETING does not read."""
    year = _WORK_MEETING_YEAR.match(name, org_end)
    if year is None:
        return None
    own = _OWN_PLAIN_MEETING.match(name[:org_end] + name[year.end() :])
    return own["org"] if own and own.end("org") == org_end else None
# 世界卫生组织第五十届大会, 上海合作组织第三次峰会, 某某合作组织第十次部长理事会会议: an organisation of members
# (states, bodies) before its own numbered session keeps its name there and holds it, like 县科协第九次代表大会
# (GUIDELINES §3 eleventh review round); not 党组织, 社会组织, 非政府组织, 青年组织: a kind of body (who its members
# are or what it is not), no one body named, so a generic subject (GUIDELINES §3 organizer → null).
_KINDS_OF_ORGANISATION = ("党", "社会", "基层", "群众", "经济", "非政府", "政府间", "国际", "青年", "学生", "妇女", "群团",
                          "社团", "志愿服务", "志愿者", "民间", "公益", "慈善", "非营利", "行业", "青少年", "儿童")
_ORGANISATION_SESSION = re.compile(
    "^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{2,14}?" + "".join(f"(?<!{kind})" for kind in _KINDS_OF_ORGANISATION)
    + "组织)(?:成员国)?(?:第" + _ORDINAL + "[届次]|" + _ORDINAL + "届" + _ORDINAL + "次)"
    "[\u4e00-\u9fff]{0,12}?(?:会议|大会|峰会|全会)$")
# 国家防汛领导小组第三次会议, 北海沿岸合作理事会第五次外长会议: a leading group or a council of members before its own
# numbered session keeps its name there and holds it, like 县科协第九次代表大会 and 世界卫生组织第五十届大会 (GUIDELINES §3
# eleventh review round, thirty-fourth round); not a council named with its term (协会第三届理事会第一次会议: the
# association's, read elsewhere) nor one opening on a determiner (该理事会…).
# (国务院江城建设委员会第七次全体会议: a commission of the State Council the same, GUIDELINES §3
# thirty-fifth review round; not a party's or a CPPCC committee, nor a congress's standing committee, read by their own
# rules, nor a level's committee spelt from its place, 江城县委员会)
_GROUP_OR_COUNCIL_SESSION = re.compile(
    "^(?P<org>(?![该本我全各此])[^第届次，。；、\\s]{2,20}?(?:领导小组|理事会|(?<=^国务院)[^第届次，。；、\\s]{2,12}?委员会))第"
    + _ORDINAL + "次"
    "[\u4e00-\u9fff]{0,6}?(?:会议|全会)$")
# 九届三次全委（扩大）会议: a mass organisation's plenary of its full committee numbered by term and round, written after the
# body in a passive name (县科协九届三次全委（扩大）会议在…召开): its own numbered session, organized by it (GUIDELINES §3
# eleventh review round), like its 执委会议; the active 市总工会召开十五届四次全委会议 keeps the name as written.
_FULL_COMMITTEE_SESSION = _ORDINAL + "届" + _ORDINAL + "次全委会?(?:全体)?(?:（扩大）|扩大)?会议"
_CONGRESS_OF_BODY = re.compile(
    # (中共第十五次全国代表大会: the Communist Party of China by its short name alone, no place: 中共江城市… is a local body;
    # a party is read here only, for the organizer of a name left whole: its name is not joined to the congress's, as
    # the tuning gold writes 第十五次全国代表大会 / 中国共产党)
    # (not 中国共产党第十五次全国代表大会 written in full: a reviewed ruling reads it as the party meeting as a whole, organizer
    # null, like a congress named in full with its place, GUIDELINES §3; the short form keeps its organizer, as 市委 does)
    "^(?!中国共产党)(?P<org>中共|(?![该本我全各此])[\u4e00-\u9fff]{1,16}?(?:" + _CONGRESS_BODY_WORDS + "|" + "|".join(_PARTY_WORDS) + "))"
    "(?:" + _BODY_CONGRESS.pattern + "|" + _FULL_COMMITTEE_SESSION + ")$")
# 民盟第六届江城市委员会第一次全体会议, 九三学社第五届平川市委员会第三次全体会议: a party's or an association's local
# committee named with its term between the party and the place, its numbered session: organized by the committee
# without the term (GUIDELINES §3 twentieth review round, like 市十五届人大常委会 → 市人大常委会), the name kept whole as
# written. Not 中共江城市第十届纪律检查委员会第六次全体会议 (the place before the term: the body meeting as a whole, null).
_TERM_COMMITTEE_SESSION = re.compile(
    "^(?P<party>(?!中共|中国共产党)[\u4e00-\u9fff]{0,8}?(?:" + "|".join((*_PARTY_WORDS, *_ASSOCIATION_WORDS)) + "))"
    "第?" + _ORDINAL + "届(?P<place>[\u4e00-\u9fff]{1,8}?[" + PLACE_LEVELS + "])委员会"
    "第" + _ORDINAL + "次(?:全体)?(?:（扩大）|扩大)?(?:会议|全会)$")
# 政协山西省第八届委员会第一次全体会议, 中国人民政治协商会议江城市第九届委员会第二次会议: a CPPCC committee's numbered
# session, the place between 政协 and the term: its name opens with the body's own name (政协), so the committee without
# the term holds it (政协山西省委员会; GUIDELINES §3 twentieth and twenty-third review rounds, thirty-first round), as
# 民盟第六届江城市委员会 → 民盟江城市委员会. Only the committee's own plenary: not its standing committee's session, and not
# a people's congress spelt from its place (江城县第十八届人民代表大会第五次会议: organizer null, tenth round).
_CPPCC_NAMES = ("政协", "中国人民政治协商会议", "政協", "中國人民政治協商會議")
_CPPCC_TERM_SESSION = re.compile(
    "^(?P<party>" + "|".join(_CPPCC_NAMES) + ")"
    "(?P<place>[\u4e00-\u9fff]{1,8}?[" + PLACE_LEVELS + "縣區鄉])"
    "第?" + _ORDINAL + "[届屆](?:委员会|委員會)"
    "第" + _ORDINAL + "次(?:全体|全體)?(?:（扩大）|扩大|（擴大）|擴大)?(?:会议|會議|全会|全會)$")

# 政协第八届全国委员会常务委员会第二十三次会议: the standing committee of the national CPPCC committee, named with the term,
# in a numbered session: the standing committee without the term holds it (政协全国委员会常务委员会), as
# 八届全国人大常委会第三十次会议 → 全国人大常委会 (GUIDELINES §3 eighth, tenth and thirty-fifth review rounds); the name
# keeps the term as written. (A local committee's, 政协江城市第九届委员会常务委员会…, was withdrawn, GUIDELINES §8.)
_CPPCC_STANDING_TERM_SESSION = re.compile(
    "^(?P<party>政协|中国人民政治协商会议)第?" + _ORDINAL + "届全国委员会常务委员会第" + _ORDINAL
    + "次(?:全体)?(?:（扩大）|扩大)?会议$")

# 政协第八届全国委员会第五十一次主席会议, 政协第九届全国委员会第一次会议: the national CPPCC committee's own numbered session
# (its plenary or its chairs' council), named with the term: the committee without the term holds it (政协全国委员会), as a
# provincial committee's does (政协山西省委员会) and as its standing committee's does (GUIDELINES §3 thirty-eighth review round).
_CPPCC_NATIONAL_TERM_SESSION = re.compile(
    "^(?P<party>政协|中国人民政治协商会议)第?" + _ORDINAL + "届全国委员会第" + _ORDINAL
    + "次(?:全体|主席)?(?:（扩大）|扩大)?会议$")


def term_committee_session(organizer: str | None, name: str) -> tuple[str, str] | None:
    """(name, organizer) of a party's or an association's committee session named with its term
    (民盟第六届江城市委员会第一次全体会议 → that name whole, 民盟江城市委员会), whether the name came whole or with its head
    split off as an organizer (九三学社 / 第五届平川市委员会…, 中国民主建国会第八届江城市委员会 / 第二次全体会议), and of
    a CPPCC committee's with the place before the term (政协山西省第八届委员会第一次全体会议 → 政协山西省委员会);
    ``None`` for any other name (see `_TERM_COMMITTEE_SESSION`, `_CPPCC_TERM_SESSION`)."""
    for whole in ((organizer or "") + name, name):
        # (市委统战部召开民盟第六届…: a body convening the session in front is no part of the party's name; the name is
        # glued to its organizer only when that organizer holds the party's whole name, split off the session)
        if (session := _TERM_COMMITTEE_SESSION.match(whole)) and (whole == name or session.end("party") <= len(organizer)):
            return whole, session["party"] + session["place"] + "委员会"
    # (政协山西省 / 第八届委员会第一次全体会议: the head split off as an organizer is glued back, as above)
    whole = (organizer or "") + name if (organizer or "").startswith(_CPPCC_NAMES) else name
    if session := _CPPCC_TERM_SESSION.match(whole):
        committee = "委員會" if "委員會" in whole else "委员会"
        return whole, session["party"] + session["place"] + committee
    if standing := _CPPCC_STANDING_TERM_SESSION.match(whole):
        return whole, standing["party"] + "全国委员会常务委员会"
    if national := _CPPCC_NATIONAL_TERM_SESSION.match(whole):
        return whole, national["party"] + "全国委员会"
    return None


# 召集…: the verb of convening and those convened after the one who convenes (cut from the end of a subject).
_CONVENED_TAIL = re.compile("(?<=[\u4e00-\u9fff]{2})召集[^，。；]*$")


# 由市人社局、市退役军人事务局联合主办的退役军人专场招聘会在…举行, 由市总工会主办的…职工技能大赛在…开幕: a fair, a
# contest or an activity told held with its holders as an attribute before it (the event, no meeting, in its own clause).
_ATTRIBUTED_EVENT_HELD = re.compile(
    "由(?P<org>[^，。；由“”的]{2,40}?)(?:联合|共同)?(?:主办|举办)的[^，。；由]{2,40}?"
    "(?:招聘会|洽谈会|交易会|博览会|展销会|展览会|展览|展|大赛|比赛|竞赛|赛|节|活动|月|周)"
    "(?:[^，。；]{0,6}?在[^，。；]{2,24}?)?(?:隆重|正式)?(?:举行|举办|开幕|开赛|启动|开展|拉开帷幕)")

# 去年, 上届, 往届, 此前: a time before the reported one, opening the clause of an event recalled.
_EARLIER_TIME = re.compile("去年|前年|上届|上一届|往届|历届|此前|以往|曾")
# The end of a sentence, and the word of an opening rite in it (启动仪式, 开幕式, 典礼; not the 式 of 正式).
_SENTENCE_END = re.compile("[。！？!?\n]")
_OPENING_RITE_WORD = re.compile("(?:启动|开幕|开营|开赛|开展|起跑|鸣枪)(?:仪式|典礼|式)|仪式|典礼")


def attributed_event_holder(text: str, ceremony_start: int) -> str | None:
    """The holders of the one fair, contest or activity ``text`` tells held right before a bare opening ceremony whose
    sentence starts at ``ceremony_start`` (启动仪式, 开幕式), written as an attribute before it (由甲、乙联合主办的…招聘会在…
    举行): lent to its opening ceremony like 本届…由甲、乙主办 (GUIDELINES §3 twentieth review round); ``None`` with none,
    with several holders told so, or when the last one is an earlier edition recalled (去年，由…主办的首届…).
    Only the ceremony's own sentence up to the rite and the one sentence before it are read: an event told further up
    the page is not the one whose ceremony this is (由…主办的招聘会3月举行。…专项行动启动。…出席启动仪式)."""
    end = _SENTENCE_END.search(text, ceremony_start)
    rite = _OPENING_RITE_WORD.search(text, ceremony_start, end.start() if end else len(text))
    stop = rite.start() if rite else ceremony_start
    start = max(text.rfind(mark, 0, max(0, ceremony_start - 1)) for mark in "。！？!?\n") + 1
    # (…招聘会在…举行。同日，由市妇联主办的…大赛在…开幕。…出席启动仪式: holders of other events told in the same
    # paragraph leave open which one's ceremony it is)
    told = list(_ATTRIBUTED_EVENT_HELD.finditer(text, text.rfind("\n", 0, ceremony_start) + 1, stop))
    # (去年，由市政府主办的首届博览会在…举办: an earlier edition recalled, not the event whose ceremony this is)
    if not told or told[-1].start() < start or len({m["org"] for m in told}) != 1 \
            or _EARLIER_TIME.search(text, max(0, told[-1].start() - 12), told[-1].start()):
        return None
    return told[-1]["org"]


# 同期, 紧接着, 继续, 就: adverbs of time or sequence right before the verb, after the subject or in its place
# (县政府就召开了…, 开幕当天同期举办了…, 紧接着召开了…, 下午，继续召开…; not 成就).
_ADVERB_AFTER_SUBJECT = re.compile("(?:同期|紧接着|接着|继续|(?<!成)就)$")
# 开幕当天, 展会当日: a time phrase left where the subject would stand.
_TIME_ONLY = re.compile("(?:当天|当日)$")
# (下午1时30分就举行了开幕式, 晚8点举行: a clock time left where the subject would stand, no body named, GUIDELINES §3
# organizer, thirty-fifth review round)
_CLOCK_ONLY = re.compile(rf"(?:{_TIME_WORDS})?(?:{_CLOCK}|{_COLON_CLOCK})")
# (某某离任前在…举行告别宴会, 代表团抵达后在…举行记者招待会: the time of a deed told as a clause, before or after it,
# where the subject would stand; a person's deed names no body, GUIDELINES §3 organizer, thirty-fifth review round)
_DEED_TIME_END = re.compile("(?<=[\u4e00-\u9fff]{2})之?[前后]$")
# (江城市“送温暖”活动今天举行启动仪式: an activity as the subject of holding is no body; a level's place written
# before its quoted name holds it, as before a passive event's name, GUIDELINES §3 thirty-fifth review round)
_ACTIVITY_SUBJECT_END = re.compile("(?<=[\u4e00-\u9fff”」])活动$")
_PLACE_BEFORE_QUOTED_ACTIVITY = re.compile("^(?P<place>(?![该本我全各此])[\u4e00-\u9fff]{1,6}?[省市县区])[“「][^”」]{2,20}[”」]活动$")
# What may stand before a meeting's name that opens its sentence as the subject (本次研讨会由…主办): a determiner
# pointing back to the meeting told, no other word; the 由…主办 agent right after the name is then its holder.
_OPENING_DETERMINER = re.compile(r"\s*(?:本次|此次|这次|本届|该)?")
# (5月6日，全省…会议由省农业厅召开: only a day told before the name, which still opens its clause as the subject)
_DAY_LEAD = re.compile(r"\s*[^，。；,;]{0,16}?[日天](?:上午|下午|晚上)?[，,]\s*")
# 由十二个沿海城市组成的海洋经济联盟: the members a body is made of, told in a relative clause before its name (cut in
# clean_org; the body itself follows 组成的).
# 由著名实业家、爱国人士王林先生创办的江城基金会: who founded the body, told in a relative clause before its name, describes
# it and is no part of it (GUIDELINES §3 thirty-ninth review round, as a body's builder, twenty-ninth round).
_ORG_FOUNDED_BY_PREFIX = re.compile("^由[^，。；“”「」《》]{2,60}?(?:创办|创建|创立|兴办)的(?=[\u4e00-\u9fff]{3})")
_ORG_MADE_OF_PREFIX = re.compile("^由?[^，。；“”]{2,30}?组成的(?=[\u4e00-\u9fff\\d]{2})")
_WRITTEN_NUMERAL = "(?:\\d{1,4}|[一二三四五六七八九十〇零两]{1,4})"
# A written year, month or a part of one (1996年, 1997年6月, 6月初, 5月中旬, 年底) standing where the subject would be.
_WRITTEN_TIME_ONLY = re.compile(rf"(?:{_WRITTEN_NUMERAL}年)?(?:{_WRITTEN_NUMERAL}月份?)?(?:初|底|末|[上中下]旬)?(?<=[年月份初底末旬])")
# The same after a subject of two characters or more (某集团6月初, 县委1997年底, 县委5月, 市政府2024年3月). A digit month
# needs no part after it, a numeral one does (not 十月文艺出版社, 三月三文化研究会: a name going on, no time).
_ORG_PART_OF_MONTH_TAIL = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})于?(?:{_WRITTEN_NUMERAL}年)?"
                                     rf"(?:\d{{1,2}}月份?(?:初|底|末|[上中下]旬)?|{_WRITTEN_NUMERAL}月(?:初|底|末|[上中下]旬))$"
                                     rf"|(?<=[\u4e00-\u9fff]{{2}})于?\d{{4}}年(?:初|底|末)?$"
                                     # (台北市议会一百一十三年十一月: a Republic-of-China year in numerals, its month)
                                     rf"|(?<=[\u4e00-\u9fff]{{2}})于?{_ROC_CN_YEAR}年(?:[一二三四五六七八九十]{{1,3}}月份?)?"
                                     r"(?:初|底|末|[上中下]旬)?$")
# 国家金融监督管理总局江城监管分局机关党委与江城大学经济学院党委: two bodies joined, each no longer than one name.
_TWO_BODIES_JOINED = re.compile("(?P<first>[^，。；、与和]{2,30})[与和](?P<second>[^，。；、与和]{2,30})")
# One item of a list of bodies written with 、 (a name, or two joined by 和 as 甲医院和乙基金会), and the most items such a
# list holds as an organizer (four hosts of a donation ceremony were the longest seen in the fortieth round's audit).
_BODY_LISTED = re.compile("[^，。；、：（）“”《》]{2,30}")
_MOST_BODIES_LISTED = 5


# Most strings whose cleaned form MeetingOrganizers.clean_org keeps (as MeetingNames.clean_name and
# MeetingPlaces.clean_location do theirs).
CLEANED_CACHE_SIZE = 4096


def _too_long_for_org(org: str) -> bool:
    """Longer than one body's name (a clause, GUIDELINES §3 organizer), unless two bodies are joined, each a name, or
    several are listed with 、, each ending as a body does (甲医院和乙基金会、丙出版社、丁委员会: a joint subject kept as
    written, GUIDELINES §3 fortieth round)."""
    if len(org) <= 30:
        return False
    two = _TWO_BODIES_JOINED.fullmatch(org)
    if two and _HOLDER_END.search(two["first"]) and _HOLDER_END.search(two["second"]):
        return False
    parts = org.split("、")
    return not (1 < len(parts) <= _MOST_BODIES_LISTED
                and all(_BODY_LISTED.fullmatch(part) and _HOLDER_END.search(part) for part in parts))


# (在机场)为: 为 after a name, its place perhaps between (read right after the name, see _bare_personal_name).
_FOR_AFTER_NAME = re.compile("(?:在[^，。；为]{1,15})?为")


def _bare_personal_name(org: str, sentence_text: str, surnames: frozenset[str], org_suffixes: tuple[str, ...]) -> bool:
    """Whether ``org`` is a bare personal name holding an event for others (李华(在机场)为来访的江华举行欢迎仪式,
    陈静为获奖学生举行颁奖典礼): two or three characters opening on a surname, no body's ending, and 为 after it in the
    sentence (the same test the PER entity makes when the name model runs)."""
    return 2 <= len(org) <= 3 and org[0] in surnames and not org.endswith("为") \
        and not _HOLDER_END.search(org) and not org.endswith(org_suffixes) \
        and literal_then(org, _FOR_AFTER_NAME, sentence_text) is not None


def _named_as_person(doc: Document, org: str) -> bool:
    """Whether the page shows ``org``, a bare name with no body's ending, to be a person's: written right after a post
    (总统康斯坦丁内斯库, 大臣莫勒姆) or tagged a person by the name model anywhere in it (GUIDELINES §3 nineteenth review
    round: a person's name is no organizer, whatever the event)."""
    if len(org) < 2 or _HOLDER_END.search(org) or org.endswith(_ORG_ENDING_HUI):
        return False
    text = doc.clean_text
    at = text.find(org)
    while at >= 0:
        if _POST_BEFORE_NAME.search(text, max(0, at - _LONGEST_POST), at):
            return True
        at = text.find(org, at + 1)
    return any(e.type == "PER" and e.text == org for e in doc.entities)


# 由甲和乙共同主办: the adverb that makes the two parties of the agent hold the event together.
# (由世界银行和贝宁政府共同组织召开: organizing it together names two hosts as 共同主办 does, thirty-first review round)
_JOINTLY = re.compile(r"(?:联合|共同)(?:主办|举办)$|合办$|(?:联合|共同)组织(?:召开|举办)?$")
# 本届论坛由甲和乙主办: a meeting's own 由…主办 agent of two bodies joined by 和 is listed 甲、乙 with or without 联合
# (GUIDELINES §3 twenty-second round); not 由甲和乙举办 nor an attribute 由甲和乙联合举办的…, kept as written.
_HOSTED_BY_LISTED = re.compile(_JOINTLY.pattern + r"|由[^，。；]{2,40}?主办$")
# (天津市和平区人民政府, 江城市和谐社区促进会: a bare place before 和 is the head of one body's name whose own next word
# opens on 和, no second host, where no 联合/共同 says two parties hold it; cr33 W1)
_BARE_PLACE_SIDE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|盟|旗|镇|乡|村|街道)")


def _listed_hosts(agent: str, held: str) -> str:
    """The 由…主办 ``agent`` listed 甲、乙 where ``held`` (the text of the agent ending on its verb of hosting) says two
    bodies host it (_HOSTED_BY_LISTED); a bare 由甲和乙主办 only where the first side is no bare place."""
    if _HOSTED_BY_LISTED.search(held) is None:
        return agent
    hosts = _joint_hosts(agent)
    if hosts != agent and _JOINTLY.search(held) is None and _BARE_PLACE_SIDE.fullmatch(hosts.split("、")[0]):
        return agent
    return hosts

# 典礼在会议展览中心举行，(由…主办): a clause saying where or when the event referred to was held, before its host's
# 由各乡镇分别召开, 由各村自行举办, 由各县区召开: an agent of several bodies each holding its own (GUIDELINES §3
# twenty-first round: no organizer), told by 各 before any body (由各学院召开, 由各部门召开: twenty-second round) or by an
# adverb of each acting apart; not 由县委、县政府联合召开 nor 由各民主党派市委联合召开, bodies holding one meeting
# together (_HELD_JOINTLY).
_SEVERAL_HOLD = re.compile("^各|(?:分别|各自|自行|分头)$")
# (联合召开, 共同主办, 合办: the verb of one meeting held together)
_HELD_JOINTLY = re.compile("^(?:联合|共同)|^合办$")
_HELD_CLAUSE = r"[^，。；由]{0,30}?(?:举行|召开|举办|开幕)[，,]\s*"
_ENDS_AS_BODY = re.compile("(?:" + _BODY_END + ")$")
# 【县统计局】 opening a roundup item: the body the item is about (not 【工作动态】, 【各县区】, 【本市】: a column or a scope).
_ITEM_LABEL = re.compile(r"\s*【(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{2,16}?" + _BODY_END + r")】")
# 5月7日，召开 / 5月7日上午召开了 / 召开: the item's own day at most, then the verb of holding with no subject
# (组织召开 too: with no subject before it, 组织 can end no name and is the verb).
_HELD_BARE = re.compile(r"\s*(?:[^，。；、【】\s]{0,12}?(?:日|号|上午|下午|晚上|晚)\s*[，,]?)?\s*(?:又|还|专题|组织)?(?:召开|举行|举办)了?\s*")
# 某某公司捐赠仪式, 中国银行湖南省分行捐赠仪式, 某某电力公司党委七一表彰大会, 省人民医院援疆医疗队出征仪式: a
# company's, a bank's or a hospital's name, perhaps
# with its party committee, union or youth league (the sub-body holds it), then a short ceremony or commendation
# named after it (a passive name with no edition or year between, which _ORG_PREFIX needs); not the thing a
# ceremony opens or unveils (某某公司揭牌仪式: the name whole), nor two parties. (Places and other bodies keep the
# name whole: 平安县妇联三八节表彰大会, 北京中学生…颁奖典礼, tests/extract/meetings/test_meeting_borrowed_venues_and_bare_names.py.) A school
# holds its own ceremony likewise (江城大学开学典礼, 滨海职业技术学院毕业典礼, 江城实验小学开学典礼, 区委党校春季学期主体班
# 开班式: GUIDELINES §3 eleventh review round); not 中学生, 大学生 (the pupils a ceremony is for, part of its name), nor 江城大学校史馆开馆仪式,
# 清华大学校友会颁奖典礼, 江城大学城开放日启动仪式 (the school's own hall, its alumni association, a place: the name whole).
# (华星集团质量月启动仪式暨质量管理工作会议: the ceremony may have a meeting joined to it by 暨)
# (a kindergarten likewise, 江城实验幼儿园毕业典礼; not before the staff a training or contest is for, a word a few
# characters on: 副园长培训班, 青年教师…大赛, 保健医生…; nor its 园庆, 教职工, 教研, 教学 events, left whole as before)
# 成都军区某团, 南京军区某部, 某集团军: a military unit left unnamed in reports (某 and its kind) after the command it
# belongs to, the unit that holds the event, not the command's place alone.
_UNNAMED_UNIT = "某(?:集团军|[部团师旅营连]|支队|大队|中队|分队)"
_CEREMONY_AFTER_BODY = re.compile(
    r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,16}(?:公司|集团(?!军)|" + _BANK_WORDS + r"|医院|卫生院|(?:大学|学院|(?<!大)学校|中学|小学|党校|" + _SHORT_SCHOOL + r")(?![生校城园])|幼儿园(?![^，。；]{0,3}?(?:园长|教师|老师|保育|保健)|园庆|教职工|教研|教学)"
    # (香港工商总会周年晚宴, 江城同乡会新春酒会: an association before its own event holds it, GUIDELINES §3 eleventh
    # review round)
    # (not 北方大学校友会颁奖典礼: a school's name running on into its alumni association is left whole, test_crb11)
    r"|(?:" + "|".join(w for w in _HUI_BODIES if w != "校友会") + r")(?![会员理监常])"
    # (北区坊众互助会第八届理监事就职典礼, 某某街坊会新春酒会: a Macau or Hong Kong neighbourhood mutual-aid society or
    # residents' association before its own ceremony holds it like 同乡会, GUIDELINES §3 thirty-fifth round)
    r"|(?:互助会|街坊会)(?![会员理监常])"
    # (澳门新会工商联谊会第八届会董会就职典礼: a 联谊会 is an association when its own term follows its name, the board of
    # that term installed, GUIDELINES §3 eleventh review round: 江城同乡会第十届理监事就职典礼 → 江城同乡会; a bare 联谊会
    # is an event as often as a body and stays unread here)
    r"|联谊总?会(?=第[一二三四五六七八九十百\d]{1,4}届)"
    # (成都军区某团命名大会: an unnamed military unit after its command holds its own ceremony)
    r"|" + _UNNAMED_UNIT
    # (海事巡逻队第三十届学员结业会操, 惩教署…毕业会操, 入境事务处…结业会操: a disciplined service holds its recruits'
    # passing-out parade as the police academy does, GUIDELINES §3 eighth round: a parade held is a ceremony, the body
    # before its name its holder; only before a parade, where no other reading of 队/署/处 stands)
    + r"|[\u4e00-\u9fff]{1,12}?(?:队|署|处)(?=[\u4e00-\u9fff]{0,8}(?:结业会操|毕业会操)$))"
    r"(?:机关党委|党委|党总支|党支部|工会|团委)?)"
    # (香港警察学院结业会操: a passing-out parade is the academy's ceremony, GUIDELINES §3 eighth round; a banquet or
    # reception held as an event, §3)
    # (成立十五周年庆祝晚宴: an anniversary of the founding is a celebration the body holds, GUIDELINES §3's celebration
    # reading, 江城中学建校100周年庆典 → 江城中学; not 成立大会, 成立仪式: the founding itself, what the event is about)
    r"(?=(?![\u4e00-\u9fff]*?(?:揭牌|挂牌|授牌|开工|奠基|启用|成立(?![\u4e00-\u9fff]{1,4}周年)|竣工|开业|落成|签约|揭幕))(?:[\u4e00-\u9fff]{0,8}(?:仪式|典礼|开班式|结业式|开学式|毕业式|结业会操|毕业会操|晚宴|酒会|表彰大会|表彰会|颁奖大会|命名大会)(?:暨[^，。；暨]{2,30})?"
    # (北方能源集团党委党纪学习教育读书班: a training class the body's committee opens for its members)
    r"|[\u4e00-\u9fff]{2,14}(?:读书班|培训班|学习班|研修班|轮训班))$)"
)
# 华信科技公司向江城第一中学捐赠仪式: a giver, 向, then its receiver before a ceremony's name; both parties are what the
# ceremony is about and stay in the name, organizer null (GUIDELINES §3 eighth round, like 滨海市与华信集团…签约仪式).
_GIVER_TO_RECEIVER = re.compile(_BODY_END + "向")
# 三星电子向江城大学捐赠实验设备仪式: a giver named with no body word (a brand), 向 and the receiver, the donation's verb
# opening what follows: the same two parties of the gift (GUIDELINES §3: the parties of a donation hold no organizer).
_BRAND_GIVER_TO_RECEIVER = re.compile("[\u4e00-\u9fff]{2}向[\u4e00-\u9fff]{2}")
_DONATION_VERB_AHEAD = re.compile("(?:捐赠|捐款|捐助|捐建|捐献|赠送|援建)")
# 省教育厅直属机关2023年度优秀共产党员表彰会, 市财政局系统2024年工作会议: a body, then a scope word (直属机关, 直属单位,
# 系统) before a passive name; the body is the organizer, the scope word standing between it and the name is part of
# neither (GUIDELINES §3 fourteenth review round: no part of the organizer). Not 市委直属机关工委…, 局机关党委…: a body of its own (工委, 党委) after the
# scope word; nor 市直机关… (no body before it).
_SCOPE_AFTER_BODY = re.compile(
    r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,14}?" + _JOINT_BODY_END + r")"
    r"(?P<scope>直属机关|直属单位|系统)(?!党[委组总支工]|工委|工会|团委|妇委|纪委)(?=[^，。；\s]{4})")
# 农业银行全国分行行长会议, 华信集团全省营销工作会议: a body (no bare place) right before the scope of its own network
# that opens the meeting's name (MeetingOrganizers._body_before_scope).
_BODY_BEFORE_SCOPE = re.compile(
    r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,14}?(?:" + _BANK_WORDS + r"|总公司|公司|集团|总局|协会|学会|商会))"
    r"(?=全(?:国|省|市|行|系统)[^，。；\s]{4})")
# ——市城建集团与青山镇举行…: the dash opening a subtitle line.
_SUBTITLE_DASH = re.compile(r"^\s*[—－–]+\s*")
# 国庆前夕 我县召开…: the first part of a two-part headline, set off by a space before the subject.
_HEADLINE_FIRST_PART = re.compile(r"^(?P<part>[\u4e00-\u9fff]{2,16})[ \u3000]+(?=[\u4e00-\u9fff]{2})")
# 护航成长——我校举办…: a headline's slogan set off by a dash before the subject (no body before the dash).
_HEADLINE_SLOGAN_DASH = re.compile(r"^(?P<part>[\u4e00-\u9fff]{2,16})(?:——|－－|—|――)\s*(?=[\u4e00-\u9fff]{2})")


# 东城区民营经济发展大会, 平安县妇联三八节表彰大会, 深圳市光明区…推进会: an administrative place written with its level
# (a stem of one to four characters, 州, 盟 and 旗 after two at least, as in 黔东南州; a city and its district one after
# the other), perhaps with a people's body of the place after it (妇联, 总工会, 文联), standing before a passive name
# held at a venue or on a day only as its holder: the organizer, out of the name (GUIDELINES §3 eighth round). Not a
# scope (全县, 该市, 我区: the lookahead), nor a word that only looks like a place (_LOOKS_LIKE_PLACE).
# (安宁市市场监管工作会议, 青山县县域经济发展大会: a level word after the place that opens a word of the name, 市场, 县域,
# is no second level; nor 乡村, 桃源县乡村振兴现场推进会: the countryside, no township named 乡 before 村)
# (雪岭藏族自治州, 长阳土家族自治县: an autonomous place written in full, its people's name before 自治)
_PLACE_WITH_LEVEL = (r"(?:[\u4e00-\u9fff]{2,8}?族自治[州县旗]|[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|镇|乡|街道)|[\u4e00-\u9fff]{2,3}?[州盟旗])"
                     r"(?!(?!市场|县域|区域|乡村)[省市县区州盟旗镇乡])")
_PLACE_HOLDER_PREFIX = re.compile(
    # (第十届东盟…, 中国郑州第三届…, 首届…: an edition or a country before, the place part of the event's name)
    # (为全县…, 在江城市…: a preposition opening a phrase before the name)
    r"^(?P<org>(?P<place>(?![该本我全各此跨外第首为在由对向与和从就将把]|中国|中华)"
    # (杨柳村村民代表协商会, 白沙镇红岩村文明新风表彰大会: a village, alone or under its township, holds its own meeting
    # like a township; not 村民…, 村委…, 村级…, 村务… after it: the village's word read as a place, 红星村民代表大会)
    "(?:(?:" + _PLACE_WITH_LEVEL + ")?[\u4e00-\u9fff]{2,3}?村(?![民委级务镇乡])"
    "|" + _PLACE_WITH_LEVEL + "(?:" + _PLACE_WITH_LEVEL + ")?))(?:" + "|".join(("总工会", "红十字会", *(w for w in _MASS_BODY_WORDS if w not in ("工会", "人大", "政协")),
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
# (平安县教育局…, 江城市实验中学…: a body of the place written after it, whose own name the prefix would cut; not
# 村民代表协商会, 政协协商会: a consultation meeting, no chamber of commerce, here and in _PLACE_BODY_AT_START)
_BODY_AT_START = re.compile("[\u4e00-\u9fff]{0,6}?(?:局|厅|委员会|委|办公室|办|中心|公司|集团|学校|中学|小学|医院|大学|学院"
                            "|协会|学会|(?<!协)商会|联合会|党委|党组|党支部|部|政府|法院|检察院|所|站|馆|社)")
# The fewest characters a name left after the place has (民营经济发展大会; not 江城市工作会议, 江城市座谈会: a bare head left).
PLACE_HELD_NAME_MIN = 5
# 江城市实验幼儿园新学期家长会, 青山县第一中学教职工大会: a body of the place named whole right after it (a school, a bureau,
# a hospital) before a passive name holds it, the place with its body the organizer (GUIDELINES §3 twentieth review round).
# The body is a word of its own: two characters at least before its end word, none a scope (各, 全, 中小学校长: the 长 of a
# post after it, 中小学 a class of schools), and a name left after it; not the body's own organs meeting (江城市书法家协会
# 理事会会议, …会员大会, …党委会: the name whole, as _PLACE_ASSOCIATION_PREFIX reads them).
# 公立医院, 国有企业集团, 民办学校: a class of bodies named by a kind word, no one body (江城市公立医院改革推进会: the name
# whole); an association of that class is one body (江城市民营企业协会).
_CLASS_OF_BODIES = ("(?:公立|公办|国有|国营|民营|民办|乡村|农村|城乡|县域|基层|骨干|龙头|规上|大型)"
                    "(?![\u4e00-\u9fff]{0,6}?(?:协会|学会|商会|联合会))")
_PLACE_BODY_AT_START = re.compile(
    r"^(?P<body>(?![各全该本诸部分重点中小])(?!" + _CLASS_OF_BODIES + r")[\u4e00-\u9fff]{2,8}?(?:局|委员会|办公室|中心|公司|集团|学校|中学|小学|幼儿园|医院|大学|学院"
    r"|协会|学会|(?<!协)商会|联合会))(?![长会员理监常党])")
# 江城大剧院2024演出季发布会, 青山博物馆“文物里的节日”系列活动启动仪式: a venue's name before a passive name; it holds
# the event only when the page names its officers (_VENUE_OFFICER after the venue, GUIDELINES §3 twentieth review round).
_VENUE_BODY_PREFIX = re.compile(
    "^(?P<org>(?![该本我全各此在于])[\u4e00-\u9fff]{2,10}?(?P<kind>大剧院|剧院|图书馆|博物馆|美术馆|文化馆|科技馆|纪念馆|展览馆"
    "|音乐厅|艺术中心))(?=[\u4e00-\u9fff\\d“「]{4})")
_VENUE_OFFICER = re.compile("(?:党委书记|党总支书记|副?总经理|副?馆长|副?院长|副?主任|负责人|总监)")
# (剧院总经理, 据博物馆馆长: the venue's kind written alone as its short form, at a clause's start or after these; not
# 省歌剧院院长: another venue of that kind)
_SHORT_VENUE_AFTER = "据由和与及"
_CJK_CHAR = re.compile("[\u4e00-\u9fff]")


def _venue_officer_named(text: str, venue: str, kind: str) -> bool:
    """Whether the page names an officer of this venue: written after its name (江城大剧院院长), its kind as a short
    form (剧院总经理, 博物馆馆长), or 该+the kind's last character (该馆馆长) when the last body of that character before
    it is the venue (not 江城市人民医院…该院院长: the hospital's officer)."""
    kinds = {kind, kind[-2:]}
    for officer in _VENUE_OFFICER.finditer(text):
        at = officer.start()
        if text.endswith(venue, 0, at):
            return True
        for short in kinds:
            if text.endswith(short, 0, at):
                before = at - len(short)
                if before == 0 or not _CJK_CHAR.match(text[before - 1]) or text[before - 1] in _SHORT_VENUE_AFTER:
                    return True
        if text.endswith("该" + kind[-1], 0, at):
            last = text.rfind(kind[-1], 0, at - 2)
            while last > 0 and text[last - 1] == "该":
                last = text.rfind(kind[-1], 0, last - 1)
            if last >= 0 and text.endswith(kind[-2:], 0, last + 1):
                return True
    return False

# 2024年江州市“敬老月”活动…: a year opening a passive name before the place that holds it.
_YEAR_BEFORE_PLACE = re.compile(r"(?:19|20)\d{2}年(?:度)?(?=[\u4e00-\u9fff]{2})")
# Words ending in 村 that name a kind of village, no village of its own (新农村, 美丽乡村, 示范村, 贫困村, 城中村; not
# 青山村, 王家新村: a village's own name may end in 山村 or 新村); a kind is what the villages are or had done for them
# (脱贫村, 移民村, 帮扶村, 结对村, 搬迁安置村: a status or a programme's word, GUIDELINES §3 organizer: a kind of place
# is no holder).
_VILLAGE_KIND = re.compile("(?:[农乡渔邻]|城中|示范|文明|贫困|重点|试点|先进|明星|行政|自然|中心|特色|传统|古"
                           "|和美|宜居|生态|旅游|专业|红色|样板|标杆|软弱|涣散|空心|边境|民族|[全各本该每邻]"
                           "|脱贫|扶贫|移民|帮扶|结对|对口|定点|薄弱|后进|达标|安置|搬迁|合并|撤并|易地|新建)村$")
_PLACE_IS_ABOUT = re.compile("揭牌|挂牌|授牌|开工|奠基|启用|成立|竣工|开业|落成|签约|签字|签署|揭幕|通车|投产|开园|开馆|代表大会|委员会|人大|政协")
_TWO_BODIES = re.compile("^(?P<first>[\u4e00-\u9fff]{2,20}?)[与和同跟](?P<second>[\u4e00-\u9fff]{2,20})$")


# 市人大常委会党组召开（扩大）会议: a bracketed kind right after the verb names a session of the subject body,
# whose kind word completes the name (党组（扩大）会议).
_SESSION_BODY = re.compile("(?:党组|党委|党工委|党总支|党支部|常委会|理事会|董事会|委员会)$")
# 、监事会就职典礼 after 第八届理事会 (an active verb's name read up to the 、): the other bodies enumerated and the one
# ceremony or joint sitting of them all, the rest of one name (not 、党员大会, 、监事会: a meeting or a body of its own).
_BODIES_EVENT_AFTER = re.compile("(?:、[\u4e00-\u9fff]{0,8}?" + _ENUMERATED_BODY.pattern.removesuffix("$") + ")+"
                                 "(?:第[一二三四五六七八九十\\d]+届)?(?:(?:就职|就任|换届|成立)(?:典礼|仪式|大会|礼)|联席会议)"
                                 "(?=[，。；,;\\s]|$)")
# Fixed patterns of MeetingExtractor.clean_org.
_ORG_MONTH_PREFIX = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:份|初|底|上旬|中旬|下旬)?[，,]?(?=[\u4e00-\u9fff]{2})")
_DAYS_JOINER = re.compile("(?<=于)[、和及与]+")
# (not 华信（深圳）科技有限公司, 江城（国际）投资集团: a bracketed place or part inside a firm's legal name, the name going on
# to its firm's word, kept whole, GUIDELINES §3 twenty-fourth review round)
_ORG_BRACKETED_NOTE = re.compile(r"[今昨前]?[（(](?!(?:社区|村|居|街道|乡镇|镇)[）)])(?![^（）()]*(?:集团|控股|中国|香港|澳门|台湾)[）)])"
                                 r"[^（）()]{0,12}[日号]?\s*[）)](?![\u4e00-\u9fff]{1,20}(?:公司|集团|银行)$)")
_ORG_TIME_PREFIX = re.compile(r"^(?:上午|下午|晚上|晚|近日|日前|今天|昨天|当天|近期|前不久|不久前|最近)")
# 副市长聂云飞召集部分重点企业负责人(召开…), 县教育局邀集各校校长(召开…): the one who gathered or invited the people
# holds the meeting; the people gathered are no part of the subject (GUIDELINES §3 organizer: a person is no body, so
# null; not 江城邀请赛组委会, 会议召集人: a contest or a role named by the verb)
_ORG_GATHERED_PEOPLE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:召集(?!人)|邀集|邀请(?![赛函])).{2,}$")
_ORG_ATTENDING_PREFIX = re.compile(r"^(?:出席|参加|列席)[^，。；的]{2,30}的(?=[\u4e00-\u9fff]{3})")
# (a firm's kind, its ownership before 企业, opening the organizer, then the firm's own name ending in a firm's word;
# only partner words before 合资/独资 (中日合资, 外商独资); not 民营企业家协会, 外资企业协会: the kind is the
# association's own subject, and no firm's word follows; not 江城市外商投资企业服务有限公司: a firm whose own name holds
# the kind, a place before it and a trade, not a name, after 企业)
_ORG_FIRM_KIND_PREFIX = re.compile(
    "^(?:(?:中[\u4e00-\u9fff]|外商)?(?:合资|独资)|外资|外商投资|民营|国有|私营|港资|台资|外商)企业"
    "(?!服务|管理|咨询|发展|促进|投资|联合)(?=[\u4e00-\u9fff（）()]{2,20}(?:公司|集团|厂)$)")
# 本港慈善团体香港恒善基金, 本地公益组织晨光志愿者协会, 民间组织绿源环保协会: the kind of body (a charity, a society, a
# non-profit) written before its own name, with a scope word or none, is a descriptor, no part of the organizer
# (GUIDELINES §3 twentieth review round: a descriptor before a body's name); not 慈善团体联合会 (the kind is the name's
# own subject: no name follows before the body word) nor 社团法人… (Taiwan's legal form, part of the name).
_BODY_KIND_WORDS = ("慈善团体|慈善机构|慈善组织|公益组织|公益机构|公益团体|社会团体|社团|民间组织|民间团体|非牟利机构|非牟利团体"
                    "|非营利组织|非营利机构|志愿组织|志愿团体")
_ORG_BODY_KIND_PREFIX = re.compile(
    "^(?:本港|本澳|本地|当地|本市|本县|本区|香港|澳门|台湾)?(?:" + _BODY_KIND_WORDS + ")"
    "(?!法人|联合|协会|总会|联盟|联谊|促进|服务|发展|基金会$)"
    "(?=[一-鿿（）()]{2,20}(?:基金|基金会|会|中心|社|机构|组织|协会|联盟)$)")
# IC设计厂江南电子, 面板厂江城光电, 晶圆代工大厂某某: a firm's line of business written before its short name as a
# descriptor (Taiwan's business copy), no part of the organizer (GUIDELINES §3 twenty-first review round: a descriptor
# before a body's name); not a works' own parts or people after its 厂 (江城纺织厂工会, …厂党委, …厂职工, …厂车间).
_ORG_LINE_OF_BUSINESS_PREFIX = re.compile(
    "^(?:[A-Za-z]{1,6}[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{2,6})(?:大厂|厂商|厂)"
    "(?!党|工会|团委|职工|员工|机关|分厂|车间|领导|厂长|区|房|址|家)(?=[\u4e00-\u9fff]{2,6}$)"
    # (江城化工厂二车间, …厂质检科: a unit of the works after it, not a firm of its own)
    "(?![\u4e00-\u9fff]*(?:车间|班组|工段|党委|党支部|党总支|工会|团委|科|处|部|室|组|队)$)")
# 市卫健局辖下的疾病预防控制中心(举办…): the body it is under and 辖下, before the unit that holds the event; the unit
# after 辖下 is the organizer (GUIDELINES §3: the organizer is who hosts)
_ORG_UNDER_BODY_PREFIX = re.compile(r"^[^，。；、]{2,20}?辖下的?(?=[\u4e00-\u9fff]{3})")
# 西藏拉萨的聂当卓玛拉康寺, 浙江杭州的江城科技有限公司, 江苏省南京市的金陵机械厂, 云川县的江城第一中学: the place where the
# body lies, written with 的 before its name, is a descriptor, no part of the organizer (GUIDELINES §3 twenty-first review
# round: a descriptor before a body's name is no part of it). A province or region by its bare name (拉萨 after 西藏 being
# a capital after it), a place with its level word (省, 市, 县, 区, 州); not a body (北京大学的学生会, 浙江大学的学生会,
# 市委的巡察组: the unit the body belongs to).
_CITY_NAMED = "(?:" + "|".join(sorted(PROVINCIAL_PLACES, key=len, reverse=True)) + ")市?|[\u4e00-\u9fff]{1,5}?[市县区州]"
_ORG_PLACE_OF_PREFIX = re.compile("^(?:(?:" + PROVINCES + ")(?:省|自治区|市)?(?:" + _CITY_NAMED + ")?|" + _CITY_NAMED + "|"
                                  "[\u4e00-\u9fff]{1,5}?省)的(?=[\u4e00-\u9fff]{3})")
# 日本最大的在野党民主党, 他领导的桥党, 全省规模最大的…协会: a phrase closed by its last 的 before the body's name (read with
# the checks in clean_org: the phrase no body, what follows a body's name).
_ORG_DESCRIBED_PREFIX = re.compile(r"^(?P<phrase>[^，。；、“”「」《》\s]{1,20})的(?=[\u4e00-\u9fff]{2})")
# 由江城集团捐资兴建的光明小学, 香港某公司援建的…学校: who built or gave the body after 的 describes it and owns no unit
# of it (GUIDELINES §3 twenty-ninth round: a phrase closed by 的 before a body's name; thirty-third review round).
_BUILT_BY_PHRASE = re.compile("(?:兴建|捐建|援建|修建|建造|筹建|捐助|资助|捐赠)$")
_DESCRIBED_BODY_END = re.compile("(?:" + _HOLDER_END.pattern + ")|党$|会$")
# 在野党民主党, 执政党自民党, 工会五金工会: a kind noun written before a body's own name of the same kind (both ending in
# the same word) is a descriptor (GUIDELINES §3 twenty-ninth round); not a parent firm before its branch
# (华信公司江城分公司: the branch's name holds its parent, so firms, groups, banks and schools are left out).
_ORG_KIND_BEFORE_SAME_KIND = re.compile(r"^[\u4e00-\u9fff]{0,3}?(?P<word>党|工会)(?=[\u4e00-\u9fff]{1,8}(?P=word)$)")
# 新成立的印度尼西亚稳定经济和财政委员会, 刚组建的市防汛指挥部: when the body was formed, written with 的 before its
# name, is a descriptor, no part of the organizer (GUIDELINES §3 twenty-first review round: a descriptor before a body's
# name is no part of it). Found in 1998 newspaper copy (pd_2171).
# (即将成立的…学校, 将要组建的…: a body about to be formed, the same descriptor, GUIDELINES §3 thirty-ninth round)
_ORG_NEWLY_FORMED_PREFIX = re.compile("^" + _NEWLY_FORMED + "(?=[\u4e00-\u9fff]{3})")
_CEREMONY_DAY_ONLY = re.compile(r"(?:开幕|闭幕|开班|结业|开营|会议|大会|展会|会|校庆|庆典)(?:式|仪式|典礼)?(?:当天|当日|当晚)(?:上午|下午|晚上)?(?:还|也|又|同时)?")
# (林州市为新员工, 镇为返乡青年: a place holding it for others, the same)
_ORG_FOR_TAIL = re.compile(r"(?<=[委府会局部院校司厂团处社所站办队行心省市县区镇乡村旗])为[^，。；、]{1,12}$")
_AND_AT_OPENING = re.compile("[并又还也](?:在|于)")
# (在)这台由…(举办的联欢会上), 此次由…: a determiner and measure word pointing at the event before its 由 agent read as
# the bare 由 (GUIDELINES §3 organizer, thirty-eighth review round)
_BY_PREFIX = re.compile(r"^(?:这[台场次]|[此本该]次)?由")
_ORG_ACCORDING_PREFIX = re.compile(r"^(?:根据|按照|依据)[^，。；]*?(?:声明|决定|规定|协议|安排|精神|要求)")
# 华东地区部分高校, 一些企业, 十几家银行, 30余家企业: some of a kind of body, counted or picked out and not named, is a
# generic subject (GUIDELINES §3 organizer row: a generic subject without a name → null), a place before it or not;
# not 航天二所党委, 三家店村委会: a numbered unit or a place named with a count (only these quantifiers read).
_SOME_OF_A_KIND = re.compile(
    "^(?:(?![、和与及同])[\u4e00-\u9fff]){0,8}?(?:部分(?!管)|一些|若干|多家|多所|数家|数所|几家|几所|十几家|\\d+(?:余|多)?家"
    "|[一二三四五六七八九十两几]+(?:余|多)家|[一二三四五六七八九十两几]+家(?![子店村屯庄湾沟寨集镇堡营窝]))[\u4e00-\u9fff]{1,4}$")
# 从事外贸的企业, 从事养殖的农户: bodies or people described by the trade they are in, none named (GUIDELINES §3
# organizer: a generic subject → null).
_DOING_WHAT_SUBJECT = re.compile("^(?:从事|从业于)[^，。；]{1,12}的[\u4e00-\u9fff]{1,6}$")
# 洛杉矶市市长理查德·赖尔登(为…举行欢送仪式): a post and a transliterated name (parts joined by ·) is a person, no body
# (GUIDELINES §3 organizer: the organization that held it), as a post with a Chinese name is (_PERSON_SUBJECT).
_POST_FOREIGN_NAME = re.compile(
    "(?:" + _PERSON_POSTS + "|" + _OTHER_POSTS + "|州长|国王|亲王)[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}$")
# 从中共中央举办这个讲座(，可以看出…): 从 opens a clause taken as evidence (从…可以看出), a preposition before the
# subject, no part of it (GUIDELINES §3 organizer: the subject of 举办); not 从化市, 从江县: places named with 从, nor
# 从事: a verb (从事外贸的企业, which _DOING_WHAT_SUBJECT reads).
_ORG_FROM_PREFIX = re.compile("^从(?!" + FROM_OPENS_WORD + r")(?=[\u4e00-\u9fff]{2})")
# 美国联邦储备银行的负责人(也举行了记者招待会), 省工商联的有关负责人: the officials of a body who hold an event speak
# for it, and the body is the organizer (GUIDELINES §3: the organization that held it); not 市财政局的代表团, a
# delegation (a body of its own), nor a person's aide (县长的秘书: no body before 的); 县委组织部分管领导: the official
# in charge of the matter for the body, likewise.
_BODY_OFFICIALS = "(?:主要|有关)?(?:负责人|负责同志|领导|官员)"
_ORG_OFFICIALS_TAIL = re.compile(r"[\u4e00-\u9fff](?:" + "|".join(
    ("委员会", "政府", "公司", "集团", "大学", "学院", "银行", "协会", "学会", "商会", "联合会", "基金会", "工商联", "研究院",
     "研究所", "局", "厅", "部", "委", "办", "署", "院", "组织")) + r")(的" + _BODY_OFFICIALS + r"|分管(?:领导|负责人|负责同志|副[\u4e00-\u9fff]{1,3}))$")
_AT_OPENING = re.compile("在|于")
_ORG_AT_YEAR_PREFIX = re.compile(r"^(?:于|在(?![京沪穗津渝港澳]))?(?:去年|今年|前年|当年|近年来|此前|随后|年初|年底|建国之初)?")
_ORG_PART_OF_DAY_PREFIX = re.compile(r"^(?:上午|下午|晚上|晚|当天)")
_SEQUENCE_WORD_ONLY = re.compile(r"^(?:首先|其次|然后|随后|接着|最后)$")
# 主办评选活动的…, 承办本届大赛的…: a relative clause of hosting some other event before the bodies that hold this one.
_HOSTED_WHAT_PREFIX = re.compile("^(?:主办|承办|协办|联合主办)(?P<what>[^，。；、的“”《》]{1,12})的(?=[\u4e00-\u9fff]{3})")
_HOSTING_WORD = re.compile("联合主办|主办|(?<![联综配结融混整适符])合办(?![公学理案事])|承办|(?<![政科])协办")
_JOINTLY_WITH = re.compile(r"(?<=[\u4e00-\u9fff]{2}[委局厅办部院所站馆团队社行处会联协校学])(?:联合|会同|携手)(?![国会体党社网调]|总会)"
                           r"(?=[\u4e00-\u9fff]{2})|(?<=中心|公司|集团|政府)(?:联合|会同|携手)(?![国会体党社网调])(?=[\u4e00-\u9fff]{2})"
                           # (东山村“两委”联合驻村工作队: a quoted body's short name before 联合)
                           r"|(?<=[委会组部办][”」])(?:联合|会同|携手)(?![国会体党社网调])(?=[\u4e00-\u9fff]{2})")
_ORG_MEMBERS_TAIL = re.compile(r"(?<=班子)成员$|(?<=.{2}[”」委部组])[及和与](?:全体|部分)?(?:党员|村民|居民|群众|职工|干部)(?:代表)?$")
# 社会工作局昨(于…举行), 交通局今(在…召开), 县政府今晨: the one-character day word of press style (Macau and Hong Kong
# releases above all) glued after the subject once the 于/在 after it is gone; only after a body's last character, so a
# name ending in 今 (a person's, 古今) keeps it
_ORG_BARE_DAY_TAIL = re.compile("(?<=[局委府院会部厅办处所校司社署站队团心行馆协盟园组])(?:[今昨][晨早晚]?|[晨早])$")
_ORG_DAY_TAIL = re.compile("(?<=[\u4e00-\u9fff]{2})(?:[一二三四五六七八九]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十一?)日$")
_ORG_VISITING_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:走进|走入|来到|深入)(?:[^，。；]{2,})?$")
# The basis the meeting is held on, after its organizer (市中心医院按照市卫健委要求, 某局因工作需要): the words of
# _NEED_TO's basis (patterns), and 落实/应/因/视 (视需要; not 电视, 重视). No other basis word may stand inside the
# cut, so the last one opens it (江城市应急管理局因工作需要, 中西医结合医院根据…: 应, 结合 inside the body's own name
# are left alone).
_AS_REQUIRED_WORD = f"{_PLAN_BASIS_WORDS}|{_NEED_BASIS_WORDS}|为落实|落实|应|因|(?<![电监审巡透窥重])视"
_ORG_AS_REQUIRED_TAIL = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:(?:{_AS_REQUIRED_WORD})(?:(?!{_AS_REQUIRED_WORD})[^，。；]){{0,20}}?"
                                   r"|按[^，。；照]{0,20}?)(?:要求|部署|安排|计划|需要)$")
# The tail of a dateline that a subject run opens on (电（记者王明）, 讯 ): 电 or 讯 before a bracket or a space.
# (京1月21日电（中央人民广播电台记者某某、新华社记者某某）国务院办公厅: a run cut inside the dateline's place, before a
# long reporters' bracket, or inside the bracket itself; the dateline's tail and the bracket are no part of the body,
# GUIDELINES §11, fortieth round)
_CUT_DATELINE_WITH_BYLINE = re.compile(r"^(?:[^，。；\s（()]{0,12}?\d{1,2}日电[（(][^）)]{0,40}记者[^）)]{0,40}[）)]"
                                       r"|[^，。；\s（()）]{0,40}记者[^，。；\s（()）]{1,20}[）)])")
# (电（中央人民广播电台记者某某、新华社记者某某）: two reporters of two outlets credited, a longer bracket that names 记者)
_DATELINE_TAIL = re.compile(r"^[电讯](?:[\s　]+|(?=[（(](?:[^）)]{0,16}|[^）)]{0,20}记者[^）)]{0,20})[）)]))")
_ORG_FOUNDED_AT_PREFIX = re.compile("^(?:新|刚|刚刚|新近)?(?:成立|组建|创建|创办|始建|建立|设立|组成|挂牌)于[^，。；的]{1,12}的"
                                    "(?=[\u4e00-\u9fff]{3})")
_THIS_BODY_ONLY = re.compile("该(?:行|院|校|局|所|公司|集团|中心|单位|协会|商会|厂|社区|街道)$")
_ALSO_WITH_OPENING = re.compile("(?:并|还|又|也)(?:与|跟|同|和)")
_WITH_OPENING = re.compile("[与跟]")
_TOGETHER_WORD = re.compile("就|共同|联合|一起|一道")
# (走进青山村，同村党支部共同开展…, 和社区党委联合举办…: 同/和 opening a partner closed by a joint word, the subject before
# the comma; GUIDELINES §3 organizer, thirty-first review round. Only with the joint word at the end: 同济大学, 和平区 open
# names of their own.)
_WITH_PARTNER_JOINT = re.compile("^(?:同|和)[^，。；]{2,20}?(?:共同|联合|一起|一道)$")
_ORG_ADVERB_TAIL = re.compile(r"(?:联合|共同|隆重|正式|顺利|专门|在此)$")
# (组织 left at the end of a subject is the verb only after a body: 县委组织, 市政府组织; not the end of a body's own name,
# 世界卫生组织, 上海合作组织, 世卫组织, whose word before 组织 is no body's end)
_ORG_ORGANIZED_TAIL = re.compile(_BODY_END + r"(组织)$")
_ORG_TALLY_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:共|共计|总共)$")
# (他们还按照…，成功地(举办了…), 科协去年顺利地, 特别(就…举行了会谈), 该市积极: an adverb of manner, with or without 地,
# left where the subject would stand or after it, is no part of a body's name: an organizer is a body, never an adverb,
# GUIDELINES §3 thirty-second review round)
_ORG_ADVERB_OF_MANNER_TAIL = re.compile("(?:成功|顺利|隆重|热烈|认真|积极|精心|广泛|深入|特别|特地|盛大|庄严|郑重|热情|主动|自发"
                                        "|圆满|及时|迅速|紧急|专门|特意|正式|首次|再次|多次|共同|联合|周密|扎实|相继|陆续)地?$")
# (省作协6日晚在京, 市委今晚于礼堂, 某局当晚8时在…: a bare 晚 of the day left between the subject and its place or clock,
# once the day before it is gone; the time of the meeting, no part of the body, GUIDELINES §3 organizer, thirty-seventh
# review round; not 晚报, 晚会 of a name, which no place or clock follows)
_ORG_TIME_ONWARDS = re.compile(r"(?:(?<=[\u4e00-\u9fff])[今昨前当]?晚(?=在|于|\d|[一二三四五六七八九十]{1,3}[时点]|[，,])|上午|下午|晚上|晚间|近期|近日|日前|最近|随即|随后|于(?=本月|今|昨|\d|[一二三四五六七八九十〇零两]{1,4}" + _TIME_AFTER_NUMERAL + r"|上午|下午|晚|年底|年初|年中|月底|月初|周|星期|傍晚|近期)|假(?=[^，。；]{2,}"
                               r"(?:厅|馆|堂|中心|室))).*$")
_SIDES_TAIL = re.compile("(?:两地|双方|各方)$")
# 双方举行了签约仪式, 两国政府举行签字仪式, 会谈后，两地随即召开…: a subject that refers back to two parties, not a name (GUIDELINES
# §3 twenty-fourth review round: it stands for the two bodies named just before, as 该校 does, or is no organizer);
# not 双方代表 (people acting for them), 各方 (no count of two).
# (两校, 两院, 两市: two schools, hospitals or academies, cities named just before, as 两国 or 两地 refer; the cr35 review's B18)
_TWO_SIDES = "双方|两国政府|两国|两地政府|两地|两家单位|两家|两校|两院|两市|两县|两区|两省"
_TWO_SIDES_HOLD = re.compile(r"(?:^|[，,。；;：:\s])(?P<who>" + _TWO_SIDES + ")(?!代表|领导|人员|负责人)"
                             r"(?:还|又|共同|正式|随后|随即|当天|当日|同日|在[^，。；]{2,20}?)*(?:隆重)?(?:举行|举办|召开)了?")
_TWO_SIDES_WORD = re.compile(_TWO_SIDES)
# The two bodies such a subject stands for: two names joined by 与/和/同/跟/及, each ending in a body's word, the first
# opening a clause (江城市人民政府与华信集团…, 中国政府和法国政府代表…); two persons (李强同法国总理) are none, nor
# two bodies named only as the affiliation of people (江城市教育局和江城市科技局的负责人讲话: no parties, the cr35
# review's A9).
_TWO_PARTIES_NAMED = re.compile(
    r"(?:^|(?<=[，,。；;：:、\s日])|(?<=上午)|(?<=下午))"
    r"(?P<a>(?:(?![与和同跟及、，。；])[\u4e00-\u9fff]){2,20}?" + _BODY_END + r")(?:与|和|同|跟|及)"
    r"(?P<b>(?:(?![与和同跟及、，。；])[\u4e00-\u9fff]){2,20}?" + _BODY_END + r")"
    # (江城市人民政府和华信集团今天签署…, …昨天在江城签署…, …今日上午签署…: a day word or a part of the day between the
    # parties and their act, as 在 or 于 before a place or a day; the cr35 review's B18)
    r"(?=(?:今天|今日|昨天|昨日|当天|当日|日前|近日)?(?:上午|下午|晚上|晚间)?"
    r"(?:在|于|就|代表|共同|正式|签署|签订|举行|达成|的(?!" + _BODY_OFFICIALS + "|代表|工作人员|专家|职工|员工|干部)|[，,。；;]|$))")
# A day word and a part of the day (今日上午, 昨天下午, 当天) right between a subject of two characters or more and 与/同/跟/和 and
# another party's name: the time of the event, no part of the organizer (GUIDELINES §3 ninth round: two parties holding a
# signing are the organizer as written).
_TIME_BEFORE_PARTY = re.compile(r"(?<=[\u4e00-\u9fff]{2})于?(?:(?:今日|今天|昨日|昨天|当天|当日|日前|近日)(?:上午|下午|晚上|晚间)?"
                                r"|上午|下午|晚上|晚间|" + _ADVERB_BEFORE_PARTY + r")(?=[与同跟和][\u4e00-\u9fff]{2})")
# (与结对帮扶的柳溪村党支部, 同对口支援的…: the tie that describes the partner joined by 与 is no part of its name, like
# the kind of firm before a firm's name, GUIDELINES §3 twentieth review round; the parties stay as written)
_PARTNER_TIE = re.compile("(?<=[与同跟和])(?:结对帮扶|结对共建|结对|共建|对口帮扶|对口支援|帮扶|友好|合作)(?:单位)?的"
                          "(?=[\u4e00-\u9fff]{2})")
# 特别是县委(十四届二次全会), 尤其是市委(召开…以来): a focusing word of the sentence before the subject, no part of it
_FOCUS_OPENING = re.compile(f"^(?:{_FOCUS_WORDS})(?=[\u4e00-\u9fff]{{2}})")
# 原来市政府与华人社团(正在此间举行…): the adverb telling what the scene turns out to be, opening the clause before the
# subject, no part of it (GUIDELINES §3 organizer, thirty-eighth review round; not 原来的…, the former one), read only where
# the subject holds it at the place pointed back to (_SCENE_POINTED_AFTER; not 原来香食品公司在县礼堂…: a name's own start)
_DISCOURSE_OPENING = re.compile("^原来(?![的是])(?=[\u4e00-\u9fff]{2})")
_SCENE_POINTED_AFTER = re.compile("正?(?:在此|在这里|于此)")
_ORG_MANNER_TAIL = re.compile(r"(?:在[京沪穗津渝港澳])?(?:如期|还|也|已|已经|分别|一样|特意|专门|再次|再度|再|又|另行|另|首次|同时|各自|成功|圆满"
                              r"|立即|立刻|迅速|随即|连夜|紧急|及时|第一时间|曾|曾经|先后|上周|本周|上月|本月|陆续|相继|集中|统一|于"
                              # (县议会先(于议事厅前举行升旗仪式), 学校首先, 县委事先, 学校预先: an adverb of order or of time,
                              # cut whole; not 领先, 争先, 率先, 优先 or a name ending in 先)
                              r"|首先|事先|预先|原先|早先|(?<=[\u4e00-\u9fff]{2})(?<![领争率优祖首事预原早])先)*$")
# 各社区也分别, 各乡镇各自, 各支部分头 before the verb of holding: 各 before the bodies and an adverb of each acting apart, the
# active form of 由各乡镇分别召开 (GUIDELINES §3 twenty-first and twenty-second rounds: several bodies each holding its own
# meeting, no organizer); not 各乡镇联合 (one meeting held together) nor 各村党组织陆续 (in turn, left as written).
_SEVERAL_EACH_HOLDING = re.compile("各[^，。；、各]{1,14}?(?:也|还|又|均|都)?(?:分别|各自|自行|分头)$")
# 总参谋部、总政治部、总后勤部分别(举行茶话会), 甲局和乙局各自: bodies listed, then an adverb of each acting apart: each
# holds its own gathering of the kind written, one record with no organizer, as 各社区分别召开 (GUIDELINES §3 twenty-first
# and twenty-second rounds, thirty-fourth round); not 甲局和乙局联合 (one meeting held together).
_LISTED_EACH_HOLDING = re.compile("[、和与及][^，。；]{1,20}?(?:也|还|又|均|都)?(?:分别|各自|分头)$")
# The adverb of each acting apart right before the verb of holding (…分别举行茶话会): the sentence tells several bodies each
# holding its own, so a headline's collective subject (三总部举行…) lends no organizer either.
_EACH_HOLDING_VERB = re.compile("(?:分别|各自|分头)(?:召开|举行|举办)了?$")
_FOR_DIGNITARY_TAIL = re.compile(r"为[^，。；]{0,8}(?:主席|总统|总理|首相|书记|部长|市长|省长|先生|女士|同志)$")
# (李国华为费尔南德斯举行欢迎宴会, 厂长王建华为技术骨干…: a name ending in 华 before the beneficiary; not 华为 after a place,
# 深圳华为为…, 中国华为公司为…, 深圳市华为技术有限公司为…: the company, its own words after it. 华为 opening the subject
# never reaches here: two characters must stand before 为.)
_ORG_FOR_PURPOSE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![作成认因行称无有])(?:(?<!华)|(?<!深圳华|中国华)(?<![省市区县]华)"
                                   r"|(?<=深圳华|中国华|.[省市区县]华)"
                                   r"(?!为(?:技术|公司|集团|终端|手机|云|中国|为|[，。；]|$)))为(?![民明])[^，。；]{4,}$")
_FOR_THEM_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})[、]?为(?:其|他们|她们|他|她)[^，。；]*$")
# (首都2万多名青少年, 2000余名干部, 首都二万余名农民工: people counted, in Arabic or Chinese numerals, no body)
_NOT_ORG_WORD = re.compile(r"(?:" + _HEADCOUNT + r")[万千]?[余多]?[名位]|\d+[余多]人|\d+人$|这是|特别是|冒着|(?:后|以后|之后|以来|期间|主持)$")
_PRIZE_END = re.compile("(?<!颁)奖$")
# A building, campus, site or construction project closing an organizer (江城中学新校舍, 县第二人民医院住院大楼, 江城大学东校区
# 综合教学楼, 滨海新区…产业园项目): no body; a headquarters only before a building word (华信集团总部大楼; not 集团总部).
_BUILT_SITE_END = re.compile(
    r"(?:(?:[新老主东西南北中]|[一二三四五六\d]期)?(?:校舍|校区|院区|新馆|馆舍|新址|新楼|(?:总部)?大楼|(?:综合|教学|办公|实验|宿舍"
    r"|门诊|住院|医技|科研|行政)+大?楼|体育馆|体育场|工程|项目|工地))+$")
# 县体育馆, 江城市体育场: a public venue institution named by a level or a place alone is a body that hosts (the lead's
# ruling on cr9 1.21), not a building of one; 江城中学体育馆 is the school's building.
_PUBLIC_VENUE_OF_PLACE = re.compile(r"[\u4e00-\u9fff]{0,6}?[省市县区州旗镇乡](?:体育馆|体育场)")
_BUILDING_END = re.compile(r"(?:楼|大厦|酒店|宾馆|饭店|广场|会议室|礼堂|大厅|报告厅)\d*$|\d$")
_ON_OR_IN_END = re.compile("上$|(?<!(?<![第统唯其之])[一二三四五六七八九十])中$")
_DELEGATION_OR_AND = re.compile("一行|调研|并$|(?:^|[^合])并(?=[召举开])")
# Where a body's name may open besides a clause's opening: right after a verb that takes it as its object
# (当选为江城市作家协会主席, 会见了…, 担任…, 加入…): what stands before that verb is a person and the act, no part of the
# name (GUIDELINES §3 sixteenth round: the association the page names).
_NAME_AFTER_VERB = "(?<=[了是])|(?<=[选任聘称成]为)|(?<=担任|出任|兼任|会见|接见|看望|慰问|加入|成为)|(?<=当选)(?!为)"
# A name's characters: none of those verbs, nor 了/是 after them, stand inside an association's name.
_NAME_CHAR = "(?:(?![了是]|当选|担任|出任|兼任|会见|接见|看望|慰问|加入|成为)[\u4e00-\u9fff])"


@functools.cache
def _body_of_kind_written(kind: str, wide: bool) -> re.Pattern[str]:
    """A name ending in ``kind`` (江城市作家协会) opening a clause or right after a verb (_NAME_AFTER_VERB); ``wide``:
    after a list joiner (甲协会和乙协会) or a news item's dateline (_AFTER_DATELINE) too, where every association the
    page names is wanted. One pattern a kind, the kinds being _BARE_BODY_KIND's few words."""
    joiners, dateline = ("、和与及", f"|{_AFTER_DATELINE}") if wide else ("", "")
    return re.compile(rf"(?:^|(?<=[。！？；，\n{joiners}]){dateline}|{_NAME_AFTER_VERB})\s*(?P<name>{_NAME_CHAR}{{2,10}}?{kind})")


# Fixed patterns of MeetingExtractor._named_before, for a task force's short name.
# A task force or office written by its bare kind as a subject (工作专班, 专班, 领导小组办公室, 指挥部).
_TASK_FORCE_KIND = re.compile("(?:工作)?专班|(?:工作)?领导小组(?:办公室)?|指挥部")


@functools.cache
def _task_force_set_up(kind: str) -> re.Pattern[str]:
    """A task force of ``kind`` named in full as the object of a verb of setting it up (成立城市数字化转型工作专班); not
    one of several joined (成立甲工作专班和乙工作专班: which one meets is not told)."""
    return re.compile(rf"(?:成立|组建|设立|建立)了?(?P<name>(?:(?![了是的，。；和与及、])[\u4e00-\u9fff]){{2,16}}?{kind})(?![\u4e00-\u9fff]{{0,2}}(?:成员|组长|办公室)|[和与及、])")


# Fixed patterns of MeetingExtractor._named_before, for an association's short name.
_BACK_REFERENCE_OPENING = re.compile(r"(?:[我本该此这其]|同日|当日|次日|随后|会上)")
# 他代表学会, 会长代表协会, 开幕式由学会(…主持): a clause that names no association, a person acting for it or the bare
# kind after a preposition (the kind right after 代表 or 由, or a pronoun opening it); not 中国代表性传承人协会, whose
# own name holds 代表.
_CLAUSE_FOR_BODY = re.compile("^[他她我你]|(?:代表|由)(?:" + _BARE_BODY_KIND.pattern + ")$")
# 希望协会…, 副主席王明要求学会…, 感谢商会…: a verb of a speaker's wish, thanks or charge whose object is the bare kind
# (a clause of remarks about the body, 他指出，…，希望协会在新一届理事会带领下…): no name of an association, like 代表协会
# above, whoever the subject before the verb is. (read with search: the verb right before the kind ends the run; not
# 指导, 帮助, 服务, words that end real associations' names: 家庭教育指导协会)
_VERB_ON_BODY = re.compile("(?:希望|期望|期待|希冀|盼望|要求|请求|恳请|建议|鼓励|勉励|号召|呼吁|感谢|感激|祝贺|祝愿|恭喜"
                           "|支持|肯定|表扬|赞扬|称赞|带领|依托|通过|推动|督促|敦促|委托|授权|邀请|发挥|加强)"
                           "(?:" + _BARE_BODY_KIND.pattern + ")$")
# 协会第四届理事会第三次会议, 学会会员代表大会: a session of an association's own organs named by its bare kind, the
# short form of the association named in full before (GUIDELINES §3: a generic noun stands for the one body of that kind the
# page names, like 该校; its own session is organized by it, eleventh review round); the caller expands the kind.
_BARE_KIND_SESSION = re.compile("^(?P<kind>" + _BARE_BODY_KIND.pattern + ")(?=第?" + _ORDINAL + "届|第" + _ORDINAL + "次"
                                "|(?:常务)?理事会|监事会|会员(?:代表)?大会)")
# The end of a news item's dateline (本报讯 , 本网讯（记者 王明）, 新华社北京5月6日电 ): what follows opens a clause.
_AFTER_DATELINE = r"(?:(?<=[报网]讯)|(?<=\d日电))(?:[（(][^）)\n]{2,12}[）)]|(?=\s))"
_JOINTLY_HOSTED_END = re.compile("(?:联合|共同)主办[，,]\\s*$")
_AFTER_UNIVERSITY = re.compile("(?<=大学).+")
_SCHOOLS_JOINED = re.compile("(?:大学|学院|学校|中学|小学)[和与及、]")
# Fixed patterns of MeetingExtractor._later_organizer.
_FAIR_HEAD = re.compile("博览会(?:暨|开幕式|闭幕式|开幕典礼|$)")
_RECURRING_WORD = re.compile("每年|每届|轮流|共同|定期|先后|于(?:19|20)")
# The rest of its pattern of a later sentence after the sentence's opening reference to the meeting
# (_reference_opening_ends): an apposition, a theme or where it was held, then the 由 agent and its verb (the comments
# in _later_organizer tell each part); compiled once, not with the meeting's nouns for each page.
# (由甲和乙于本月14日开始在京联合举办的这个研讨班: at most a day after 于 and a place after 在 between an attributive agent
# and its verb, no part of the agent, GUIDELINES §3 organizer, thirty-seventh review round)
_AGENT_WHEN_WHERE = "(?:[于在][^，。；由的在于]{1,16}?){0,2}"
_AGENT_AFTER_REFERENCE = re.compile(
    rf"(?:系[^，。；]{{1,30}}?[，,]\s*|以[^，。；]{{1,30}}?为(?:主题|题)[，,]\s*|{_HELD_CLAUSE})?"
    rf"(?:是|均)?由(?:[^，。；]{{2,30}}?(?:指导|支持)[，,、]\s*)?"
    rf"(?P<org>[^，。；]{{2,40}}?)(?:(?:联合|共同)?(?:主办|举办|(?<!主持)召开)|合办"
    rf"|(?:(?:联合|共同)(?=组织))?(?:牵头)?组织(?![部委人者])(?:召开|举办|开展)?(?=[，。；,;]|的|\s*$))")
# (会议由省教育厅在江城召开: the meeting referred back to, then its 由 agent and 在 and a place or a time before the verb
# of holding that ends it; the 在 phrase is no part of the agent, as in the cleft 是省教育厅在江城召开的, GUIDELINES §3
# organizer, thirty-eighth review round. Read only on this path, after _AGENT_AFTER_REFERENCE reads the agent with the
# 在 phrase in it: not the attributive 由X主办的…在Y举办, nor 由X在Y主持召开, the person who chairs it)
# (the pattern references.py reads the venue with, a place or a time after 在 here)
_AGENT_AT_PLACE_AFTER_REFERENCE = re.compile(_AGENT_AT_PLACE_OPENING + _AGENT_AT_PLACE_HELD)
# The determiners before the meeting's noun in 本届论坛主办方为… (the owner of _ORGANIZER_IS, see _names_this_meeting).
_THIS_DETERMINERS = ("本次", "此次", "这次", "本届", "该")
# The determiners before the meeting's head word in 本届联谊会由… (a sentence past another event's account).
_THIS_AGAIN_DETERMINERS = ("本届", "本次", "此次", "这次")
# Fixed patterns of MeetingOrganizers._hosted_clause_after: the 由…主办 agent of a clause after the meeting's name, after
# the clause's opening reference to the meeting (_read_hosted_clause), or right after the name.
# (会议由农业部召开: a passive 召开 names its holder too, §3 twenty-first round; not 由…主持召开)
_HOSTED = (r"由(?:[^，。；]{2,30}?(?:指导|支持)[，,、]\s*)?"
           r"(?P<org>[^，。；由]{2,40}?)(?P<verb>(?:联合|共同)?(?:主办|举办|(?<!主持)召开)|合办)(?=[，。；,;]|\s*$)")
_HOSTED_AFTER_REFERENCE = re.compile(_HOSTED)
_HOSTED_RIGHT_AFTER = re.compile(r"(?:是|均|系)?" + _HOSTED)
_CLAUSE_COMMA = re.compile("[，,]")
# The rest of _later_organizer's cleft 这次会议是…召开的 after its opening (a determiner and the meeting's noun, see
# _read_cleft_holder).
# (这次会议是省教育厅在江城召开的: the place between the body and the verb, GUIDELINES §3 organizer, thirty-seventh review
# round; the place is the venue, read by references._CLEFT_HELD_AT)
_CLEFT_HOLDER = re.compile(r"是(?P<org>[^，。；由的在]{2,20}?)(?:成立以来|组建以来|今年|首次|第一次|第二次|近年来)?"
                           r"(?:在[^，。；由在]{2,30}?)?(?:召开|举行|举办)的")
# Fixed patterns of MeetingOrganizers._comma_listed_hosts: the rest of its pattern after the opening reference to the
# meeting, the joint agent and its verb.
_JOINT_AGENT_AFTER_REFERENCE = re.compile(r"(?:是|均|系)?由(?P<org>[^。；！？由]{4,150}?)"
                                          r"(?:联合|共同)(?:主办|举办|召开)(?=[，。；,;]|\s*$)")


@dataclass(frozen=True)
class _AgentAfterReference:
    """What _later_organizer's pattern of a later sentence matches, read as its opening's end and
    _AGENT_AFTER_REFERENCE's match there: the sentence's text from its start to the end of the match (``group()``, the
    whole pattern's match) and the agent (``["org"]``), as the readings of the match ask them."""

    text: str
    rest: re.Match[str]

    def group(self) -> str:
        return self.text[: self.rest.end()]

    def __getitem__(self, name: str) -> Any:
        return self.rest[name]


def _reference_opening_ends(text: str, nouns: tuple[str, ...], shorts: tuple[str, ...], fair: bool) -> Iterator[int]:
    r"""The ends of ``^\s*(?:(?:本次|此次|这次|该|本届|本期)?(?:nouns|[字]博会|活动)|(?:本次|此次|这次|本届)(?:shorts))``
    (the fair's short form only for a ``fair``) in ``text``, in the order the regular expression tries them: the
    opening of _later_organizer's pattern of a later sentence (see :func:`_opens_on_reference`, which tells whether there
    is one)."""
    for at in space_ends(text, 0):
        yield from determined_word_ends(text, at, _REFERRING_DETERMINERS, nouns, fair, last=("活动",))
        for determiner in _SHORT_FORM_DETERMINERS:
            if text.startswith(determiner, at):
                k = at + len(determiner)
                # (no short forms: the empty alternation matches at once)
                yield from word_ends(text, k, shorts) if shorts else (k,)


def _read_agent_after_reference(text: str, nouns: tuple[str, ...], shorts: tuple[str, ...],
                                fair: bool) -> _AgentAfterReference | None:
    """_later_organizer's pattern of a later sentence matched at the start of ``text`` (None where it does not match):
    the opening, then _AGENT_AFTER_REFERENCE at the first of its ends where that matches."""
    rest = first_rest_match(_AGENT_AFTER_REFERENCE, text, _reference_opening_ends(text, nouns, shorts, fair))
    return _AgentAfterReference(text, rest) if rest is not None else None


def _read_agent_at_place_after_reference(text: str, nouns: tuple[str, ...], shorts: tuple[str, ...],
                                         fair: bool) -> _AgentAfterReference | None:
    """The opening of _later_organizer's pattern of a later sentence (:func:`_reference_opening_ends`), then the agent and
    a place after 在 before the verb of holding, _AGENT_AT_PLACE_AFTER_REFERENCE, right after it (None where they do not
    stand there)."""
    rest = first_rest_match(_AGENT_AT_PLACE_AFTER_REFERENCE, text, _reference_opening_ends(text, nouns, shorts, fair))
    return _AgentAfterReference(text, rest) if rest is not None else None


def _read_joint_agent_after_reference(text: str, nouns: tuple[str, ...], fair: bool) -> re.Match[str] | None:
    r"""_comma_listed_hosts's pattern ``\s*(?:本次|此次|这次|本届|该)?(?:nouns|[字]博会)`` then
    _JOINT_AGENT_AFTER_REFERENCE, matched at the start of ``text``: the match of the rest at the first end of the opening
    where it matches (its groups are the whole pattern's), None where the pattern does not match."""
    return first_rest_match(_JOINT_AGENT_AFTER_REFERENCE, text, (
        end for at in space_ends(text, 0) for end in determined_word_ends(text, at, _THIS_DETERMINERS, nouns, fair)))


def _hosted_clause_opening_ends(text: str, pos: int, nouns: tuple[str, ...], fair: bool) -> Iterator[int]:
    r"""The ends of ``[，,]\s*(?:(?:本次|此次|这次|本届|该)?(?:nouns|[字]博会|活动))?`` (the fair's short form only for a
    ``fair``) matched at each position of ``text`` from ``pos`` on, in the order a search tries them: the opening of the
    clause _hosted_clause_after reads."""
    for comma in _CLAUSE_COMMA.finditer(text, pos):
        for at in space_ends(text, comma.end()):
            yield from determined_word_ends(text, at, _THIS_DETERMINERS, nouns, fair, last=("活动",))
            yield at  # (the reference left out)


def _read_hosted_clause(text: str, pos: int, nouns: tuple[str, ...], fair: bool) -> re.Match[str] | None:
    """The first clause from ``pos`` on in ``text`` that opens (after its comma) with a reference to the meeting by one of
    ``nouns`` or 活动, or with none, then names the 由…主办 agent: the match of _HOSTED_AFTER_REFERENCE there (its groups are
    those of the whole pattern), None where there is none."""
    return first_rest_match(_HOSTED_AFTER_REFERENCE, text, _hosted_clause_opening_ends(text, pos, nouns, fair))


def _read_cleft_holder(text: str, nouns: tuple[str, ...], fair: bool) -> re.Match[str] | None:
    r"""_later_organizer's cleft ``\s*(?:本次|此次|这次|本届)(?:nouns|[字]博会)`` then _CLEFT_HOLDER, matched at the start of
    ``text`` (the fair's short form only for a ``fair``): the match of the rest at the first end of the opening where it
    matches (its groups are the whole pattern's), None where the pattern does not match."""
    return first_rest_match(_CLEFT_HOLDER, text, (
        end for at in space_ends(text, 0) for determiner in _SHORT_FORM_DETERMINERS if text.startswith(determiner, at)
        for end in word_ends(text, at + len(determiner), nouns, fair)))


def _names_this_meeting(owner: str, nouns: tuple[str, ...], fair: bool) -> bool:
    """Whether ``owner`` is ``(?:本次|此次|这次|本届|该)?(?:nouns|[字]博会|活动)?的?`` as a whole (the fair's short form
    only for a ``fair``): the owner of 主办单位 that names this meeting (本届论坛, 活动的, or nothing)."""
    for determiner in ("", *_THIS_DETERMINERS):
        if not owner.startswith(determiner):
            continue
        rest = owner[len(determiner):]
        for noun in (rest, rest[:-1]) if rest.endswith("的") else (rest,):
            if noun in ("", "活动") or noun in nouns or (fair and FAIR_SHORT_FORM.fullmatch(noun)):
                return True
    return False


# Fixed patterns of MeetingOrganizers._comma_listed_hosts: one body of a list of joint hosts set off by commas, a bare name
# with no verb of hosting or helping and no clause.
_LISTED_BODY = re.compile("(?![^，。；]*(?:主办|承办|协办|指导|支持|参与|举办|召开|邀请|组织|负责|共同|联合))[\u4e00-\u9fff“”]{2,20}")
# Fixed patterns of MeetingExtractor._attribute_holder.
_HOLDER_AT_PLACE = re.compile("(?P<org>[^在]*)在(?P<loc>[^在]+)")
# (记者从此间召开的…会议上获悉, 从这里举行的…上了解到: the meeting learnt from, held where the dateline's deictic points,
# is placed in the dateline's city as 在此间召开的 is, GUIDELINES §11; thirtieth round; what stands before 从 is the
# reporter, no holder)
_FROM_HERE = re.compile("(?P<org>.*)从(?P<loc>此间|这里)")
# Fixed patterns of MeetingExtractor._named_body_before.
_LIST_JOINER = re.compile("[、和与及]")
# Fixed patterns of MeetingOrganizers.subject_of: the tail of a bracketed English gloss after the Chinese name of the
# body (香港城东大学 (City East University, CEU) 今日…), a clause opened at the gloss's comma.
_GLOSS_TAIL = re.compile(r"\s*[A-Za-z][^（）()\u4e00-\u9fff]*[)）]")
# Fixed patterns of MeetingExtractor._event_subject.
_SUBJECT_TIME_PREFIX = re.compile(r"^(?:今天|今日|昨天|昨日|当天|近日|日前)?(?:上午|下午|晚上)?")


# 指导, 支持, 协助 name a helper only after the host's own clause (由甲主办，乙指导的…)
_BACKING_VERBS = ("指导", "支持", "协助")
# Verbs of those who help hold a meeting (由…承办的, 协办, and the backers): no organizer (GUIDELINES §3).
_HELPER_VERBS = ("承办", "协办", *_BACKING_VERBS)
# 由中国人民外交学会举行的欢迎宴会: the agent of a passive 举行/召开 after 由 (only with 由: 在北京举行的… names a place).
# (由甲下设的乙召开的…: the agent may hold a 的 of its own, the first 召开的/举行的 ends it)
# 进行热烈而轻松的座谈, 举行了座谈: a gathering told held by its bare kind at the end of a sentence (what a bare 会 right
# after it refers to).
_GATHERING_TOLD_BEFORE = re.compile(r"(?:进行|举行)了?(?:[^，。；\n]{1,10}的)?(?P<kind>[\u4e00-\u9fff]{0,4}?(?:座谈|联欢|茶话))(?=[。！？])")
# 拜年会实际是…动员会。: a sentence opening on a gathering's name as the subject of 是 (what the gathering really was),
# before a bare 会 referred to (会上，…).
_GATHERING_IS_BEFORE = re.compile(r"\s*(?P<kind>[\u4e00-\u9fff]{1,6}?(?:会|晚会|座谈))(?:实际上?|其实|实则|就)?是"
                                  r"[^。！？\n]{0,40}?(?:会|座谈)[。！？]")
# 在该所举行的…, 该会举办的…: an event held at or by a body referred back to by 该 and its kind (read before the name).
_BYLINE_NOTE = re.compile(r"[（(](?:记者|通讯员|特约记者)[^（）()]{1,20}[）)]|(?<=\d日)电|(?<=[〇一二三四五六七八九十]日)电")
_HELD_AT_ANAPHOR = re.compile("(?:(?<=在)|(?<=由))该(?P<kind>所|会)(?:召开|举行|举办|主办)的")

_HELD_BY_AGENT = re.compile(r"^由(?P<org>[^，。；,;]{2,30}?)(?P<verb>举行|召开)的(?P<name>.+)$")
# 由各乡镇联合召开的防汛工作会议在县城举行: an attribute naming the bodies that hold one meeting together, its organizer
# as written and no part of the name (GUIDELINES §3 twenty-second round, like the passive 会议由各乡镇联合召开).
_HELD_JOINTLY_BY = re.compile(r"^由(?P<org>[^，。；,;的]{2,30}?)(?P<verb>(?:联合|共同)召开)的(?P<name>.+)$")

# Words before such a verb that are no holder: a time, a manner (当晚举行的, 隆重举行的, 随后举行的).
# (the alternation is also read inside a look-behind, which takes one width only: every word stays two characters)
_NOT_A_HOLDER = ("今天|昨天|当天|当晚|当日|今晚|昨晚|今年|去年|上午|下午|晚上|随后|同期|同时|此前|近日|日前|"
                 "隆重|盛大|首次|正式|联合|共同|专门|特别|成功|如期")
# The ends of a holder named by its side (哈方举行的, 主办方举行的, 东道主举办的), no body's name.
_SIDE_ENDS = ("方", "东道主")
# The quotes opening an event's name after the attribute (区政府主办的“…”): its long-name branch.
_QUOTE_OPENERS = ("“", "「", "『")

# 在由国务院办公厅于南京召开的…会议上, 在由省教育厅在杭州举办的…上: a passive agent read into the venue of an attributive
# meeting, then where it held the meeting; the agent holds it, as 由甲召开的 names the holder (GUIDELINES §3 twenty-first
# round: 由甲召开的… like 由甲主办的, the agent no part of the name), the place after 于/在 is the venue (§3 location);
# not 由各地市于…召开的, each body holding its own (no organizer). Found in 1998 newspaper copy.
# 甲、乙等单位 / 甲等 / 甲、乙等十家单位: a list of hosts closed by 等 and a collective noun, or by 等 alone.
_LIST_CLOSED_BY_DENG = re.compile("等(?:[0-9一二三四五六七八九十几多余]+[个家])?(?:单位|部门|机构|团体)?$")
_AGENT_AT_PLACE = re.compile("由(?P<org>[^，。；、由在于]{2,30}?)(?:联合|共同)?[于在](?P<loc>[^，。；由在于]{2,20})")
# 在这台由江城中学举办的联欢会上, 在由县人民医院举办的…上: a 由 agent alone after 在 (a determiner and measure word
# before it or none), one body with no place or time after it, holds the event whatever its name ends in, a school or a
# hospital as well as a body of the state (GUIDELINES §3 organizer, thirty-ninth review round); not a list (由甲、乙…,
# 由甲和乙…), nor a place alone (由江城市…: the body's end read by the caller).
_AGENT_ALONE = re.compile("\\s*(?:这[台场次]|[此本该]次)?由(?P<org>(?:" + _NEWLY_FORMED + ")?"
                          "[^，。；、由在于和与及同的]{2,30})")
# (社区, 园区, 超市, 街道: bodies, which hold their events, though their last character is a level's)
_PLACE_LEVEL_END = re.compile("(?:省|(?<!超)市|县|(?<![社园])区|州|镇|乡|村)$")


# 省发改委与我市, 我县, 我市与京东集团: a self-reference to a place (我/本 then its level) alone or among the holders
# of a meeting (联合, 共同 before the verb).
_OWN_PLACE_HOLDER = re.compile(r"(?P<others>[^，。；\s]{2,30}?[与和、])?[我本](?P<level>[市县区])(?P<after>[与和、][^，。；\s]{2,30}?)?(?:联合|共同)?")


# 法院, 检察院 as the whole subject of holding a meeting: the court or procuratorate the page is about, named in full
# somewhere on it. (本院/我院 as the subject, standing for the court, procuratorate or hospital named, was withdrawn: it
# added two false organizers on the invented held-out set, GUIDELINES §8.)
_BARE_COURT_SUBJECT = re.compile("法院|检察院")

# 该校公共卫生学院, 该公司研发中心: a unit of the body an anaphor stands for, as the subject of holding a meeting.
_ANAPHOR_UNIT = re.compile(r"该(?:公司|集团|校|院|行|厂|局|杂志|刊|报)(?P<unit>[\u4e00-\u9fff]{2,14})")
# (随即, 接着: straight after it, the same subject going on)
_GOES_ON = re.compile(r"[，,]?\s*(?:并|随后|随即|紧接着|接着|还|又|之后|然后)")
_LED_TO_VISIT = re.compile(r"(?:^|(?<=[，,；;]))\s*(?P<org>[^，。；,;：:]{2,40}?)(?<![党团生际])组织(?!部(?!分)|委|工)了?[^，。；,;]{1,30}?"
                           r"(?:[，,]\s*)?(?:先后|分别|一同|一起|集体)?$")

# 各乡镇联合召开, 各单位共同举办: bodies holding one meeting together (the twenty-second round's 联合/共同), not each its own.
_HELD_JOINTLY_BEFORE = re.compile("(?:联合|共同)(?:召开|举行|举办|组织)?了?$")

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


# 中共中央统战部、国家民委、北京市人民政府，(今天上午在京举行…): two or more bodies listed at the opening of the sentence
# (or right after its dateline), then a comma.
# The subject opening the clause, then what the meeting is for or how or on what ground it is held, set off by a comma from
# 在VENUE召开 (市教育局结合工作实际，在…召开; 县委组织部为进一步加强干部队伍建设，在…召开; 市政府采取线上线下相结合的方式，在…
# 召开): the subject holds the meeting, as the subject of 召开 does (GUIDELINES §3 organizer, thirty-first review round). The
# body must read as a holder; a person's name is dropped by the checks after.
# (江城机械总公司受江城大学的委托，日前…举行了签字仪式: the commission it acts on, the body that holds it the subject, not the
# one commissioning; GUIDELINES §3 thirty-seventh review round)
_SUBJECT_BEFORE_MANNER = re.compile(r"(?:^|[，,：:\n]|[）)]|电|讯)\s*(?P<org>[^，。；,;：:\s]{2,30}?)"
                                    r"(?:(?:为了?|结合|围绕|按照|根据|依据|采取|采用|通过|紧扣|聚焦|立足|对照|坚持)"
                                    r"[^，。；,;在]{2,40}|受[^，。；,;在]{2,30}委托)[，,]\s*$")

# A body written short by its level word (县教育局, 县委组织部, 市人社局): the place's name left out.
_LEVEL_SHORT_BODY = re.compile("(?P<level>[市县区])[\u4e00-\u9fff]{1,8}?(?:局|委|部|办|院|厅|中心|队|所|站)")


# 市人大常委会, 县政协, 区总工会, 市妇联: a standing body or federation written short by its level word, completed like
# 县教育局 (GUIDELINES §3 thirty-first and thirty-third review rounds).
_LEVEL_STANDING_SHORT = re.compile("(?P<level>[市县区])(?:议会|政协|人大常委会|人大|总工会|妇联|团委|文联|科协|侨联|工商联)")
_NO_PLACE_NAME_CHARS = re.compile("[从在于对向由据把被了是和与的及或我本该全各此每这那某]|记者")


def _place_short_in_full(text: str, short: str) -> str | None:
    """The full name of ``short`` (县教育局 → 江城县教育局) when ``text`` names exactly one place of its level and writes
    the body in full with it; ``None`` otherwise, also where the place read holds a function word or a placeholder, no
    name (记者从市交通运输局: 记者从 + 市; 某某区: an anonymised place)."""
    level = _LEVEL_SHORT_BODY.fullmatch(short) or _LEVEL_STANDING_SHORT.fullmatch(short)
    if level is None:
        return None
    place = _one_named_place(text, level["level"])
    if place is None or _NO_PLACE_NAME_CHARS.search(place[:-1]):
        return None
    return place + short[1:] if place + short[1:] in text else None


# (compiled here, not through the re module's cache at the call: a page's own patterns, names and meetings, push
# a pattern out of that cache, and this one took 3-4 ms to build again; the headline's organizer reads it)
_BODY_END_RE = re.compile(_BODY_END)
_BODY_END_AT_END = re.compile(_BODY_END + "$")

# 中共临川县委经济工作会议, 市委农村工作会议, 区委2024年人才工作会议: a party committee written before a passive name of a
# line of work's meeting (…工作会议, …工作推进会) holds it as a place does (GUIDELINES §3 eighth round); not its own sessions
# or bodies (县委常委会会议, 县委十二届五次全会, 县委第12次全体会议, 县委财经委员会第五次会议: no 工作 head), nor a group
# of it (县委理论学习中心组学习会), nor a scope word after it (县委直属机关…: _SCOPE_AFTER_BODY reads it).
_PARTY_COMMITTEE_HOLDER = re.compile(
    r"^(?P<org>(?:中共|中国共产党)?[\u4e00-\u9fff]{0,6}?[省市县区州旗]委)(?!直属|系统)"
    # (县委统战部统一战线工作会议, 县委政法委工作会议: a department or commission of the committee before the work, its own)
    # (not 老干部工作会议: 部 of 干部, the people the work is for, no department)
    r"(?![\u4e00-\u9fff]*?(?:(?<!干)部|办|局|小组|中心组|委)[\u4e00-\u9fff]*?工作)"
    r"(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff]{2,10}?工作(?:会议|大会|推进会|动员会|部署会|座谈会|动员部署会|推进大会)$")

_THIS_REGION = re.compile("该([省市县区镇乡村])")
# 该校, 该院, 该局 (邀请…作报告): a school, institute or bureau the page named before, inviting a lecturer.
_THIS_BODY = re.compile("该(?P<kind>校|院|局)")

_JOINTLY_INSIDE = re.compile("(?<=.{2})联合(?![会国体社组党]|总会)(?=.{2})")

# An event named for a community wider than any one body (联合国…会议, 国际…研讨会, 人造器官国际会议, 世界…大会, 全国…工作
# 会议, 东盟…): a body told at it as its subject takes part rather than holds it.
_WIDER_EVENT = re.compile("联合国|国际|世界|全球|全国|亚太|亚欧|东盟|欧盟|非盟|上合|金砖|北约|两岸|各国|多国")
# A school as that subject (江城大学, 某某学院, 第一中学): _SCHOOL_NAME_END, above.


class MeetingOrganizers:
    """The organizer readings of MeetingExtractor."""

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
    def subject_of(m: re.Match[str]) -> str | None:
        """The subject a pattern of holding read before its verb, with the 组织 of an organization's own name that the verb
        组织召开 took (5月6日，世界卫生组织召开…: 世界卫生组织, not 世界卫生; 县委组织召开…: 县委, the verb)."""
        org = m.groupdict().get("org")
        if org and _GLOSS_TAIL.match(org):
            # (香港城东大学 (City East University, CEU) 今日举行…: the clause read opens inside the body's English gloss;
            # its abbreviation is no subject; no organizer is better than the gloss, the body's own name lying outside the clause)
            return None
        if org and _DISCOURSE_OPENING.match(org) and _SCENE_POINTED_AFTER.match(m.string, m.end("org")):
            org = _DISCOURSE_OPENING.sub("", org)  # 原来县文联和县侨联在这里举行…: what the scene turns out to be
        if org and m.string.startswith("组织", m.end("org")) and not _ORGANIZED.match(m.string, m.end("org")):
            return org + "组织"
        return org

    @staticmethod
    @functools.lru_cache(maxsize=CLEANED_CACHE_SIZE)
    def clean_org(org: str | None) -> str | None:
        # (memoized: a function of the string alone, asked again for the same words by the readings of one page and of
        # pages sharing a sentence)
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
        # (成立于1994年的国际海洋学院中国业务中心, 创建于1990年的江城市科协: when the body was founded, a relative clause before
        # its name, read before the year goes; the words of the clause are no body, GUIDELINES §3 thirty-second round)
        org = _ORG_FOUNDED_AT_PREFIX.sub("", org)
        org = _CUT_DATELINE_WITH_BYLINE.sub("", org)
        org = _DATE.sub("", org)
        # (7月国务院召开…, 1997年8月，…: a month alone before the subject, the time of the account)
        org = _ORG_MONTH_PREFIX.sub("", org)
        org = _DAYS_JOINER.sub("", org)  # 县委分别于5月6日和8日(召开…): the word joining the days
        # (…1月23日电（记者李鲲）中共中央统战部、…: the run read before a long list of hosts opens on the dateline's 电 or 讯,
        # its agency and day outside it; the tail of a dateline is no part of a body, GUIDELINES §11)
        org = _DATELINE_TAIL.sub("", org.strip())
        # 岭海大学今日（三月十五日）, 澳门中华总商会昨（15日）: a bracketed date
        # (not 各村（社区）党组织: the bracketed other kind of grassroots unit is part of the body's name)
        # (not 长江实业（集团）有限公司: a bracketed part of a company's name, no day in it)
        org = _ORG_BRACKETED_NOTE.sub("", org)
        org = _DATELINE.sub("", org.strip())
        org = _ORG_TIME_PREFIX.sub("", org)
        org = _CLOCK_AFTER_SUBJECT.sub("", org)
        # 出席十四届全国人大二次会议的湖北代表团: a relative clause of attending before the body is no part of it
        org = _ORG_ATTENDING_PREFIX.sub("", org)
        if not org.startswith(("应", "受")):  # (not 应市政府邀请…: the one who invited is no holder)
            org = _ORG_GATHERED_PEOPLE.sub("", org)
        # 由十二个沿海城市组成的海洋经济联盟: the members a body is made of, told in a relative clause, are no part of it
        org = _ORG_MADE_OF_PREFIX.sub("", org)
        org = _ORG_FOUNDED_BY_PREFIX.sub("", org)  # 由著名实业家某某先生创办的江城基金会: who founded the body
        org = _ORG_UNDER_BODY_PREFIX.sub("", org)  # 市卫健局辖下的疾病预防控制中心: the unit under the body
        org = _ORG_PLACE_OF_PREFIX.sub("", org)  # 西藏拉萨的聂当卓玛拉康寺: where the body lies
        org = _ORG_NEWLY_FORMED_PREFIX.sub("", org)  # 新成立的…委员会: when the body was formed
        # 中日合资企业江城明和公司, 外资企业华美公司: the kind of firm written before its name is a descriptor, no part
        # of the organizer (GUIDELINES §3 twentieth review round)
        org = _ORG_FIRM_KIND_PREFIX.sub("", org)
        org = _FOCUS_OPENING.sub("", org)
        org = _ORG_BODY_KIND_PREFIX.sub("", org)  # 本港慈善团体香港恒善基金: the kind of body, a descriptor
        if _CEREMONY_DAY_ONLY.fullmatch(org):
            return None  # 开幕当天(举行了…签约仪式): the day of another event, no organizer named
        # (市政府当天下午举行, 市侨联和留学生正在这里举行: an adverb after the subject)
        # (县政府次日, 县委当晚, 市卫健委前晚, 市委同日, 市司法局于上周, 县委于去年, 县政府周三: the day after the subject)
        # (学校今年年初, 县委去年年底, 公司年初: a part of a year after the subject; not 青年中心, 少年初级…)
        while (manner := _ORG_ADVERB_OF_MANNER_TAIL.search(org)) and manner.start() != len(org):
            org = org[: manner.start()]  # (科协去年顺利地: the adverb first, then the time before it)
        org = _ORG_FESTIVAL_TIME_TAIL.sub("", org)  # 县委于国庆前夕, 县总工会于元旦前一天: a holiday's time after the subject
        # (某集团6月初, 县委5月中旬, 市政府1997年底: a part of a written month or year after the subject, like 上月下旬)
        org = _ORG_PART_OF_MONTH_TAIL.sub("", org)
        org = _ORG_TIME_OF_DATE_TAIL.sub("", org)
        org = re.sub("(?:于?(?:上周|本周|上个?月|本月|前不久|不久前|近期|去年|前年|今年))?(?:(?<![中小大])学年(?:初|中|底|末)|(?<![青少成老新幼童周百千万])(?:年初|年中|年底|年末)|今天|今日|昨天|昨日|前晚|当天|当日|当晚|同日|" + _SHIFTED_WORDS + "|[一两三][天日]后|日前|近日|最近|前不久"
                     "|(?:周|星期|礼拜)[一二三四五六日天]|(?:上个?月|本月)(?:初|底|末|[上中下]旬)|正|也|还|又|再|已|特地|专门|上午|下午|晚上|晚|于|" + _HABIT_WORDS
                     # (江城大学每年举办的校庆晚会, 协会每两年举行一届的…: how often the series is held, GUIDELINES §3
                     # thirty-second review round)
                     + "|每(?:[两二三四五]|半)?(?:个)?(?:年|季度|月|周)|定期|经常)*$", "", org)
        org = _ORG_BARE_DAY_TAIL.sub("", org)
        # (市委、市政府为王五举行庆功大会: the one honoured is no organizer)
        org = _ORG_FOR_TAIL.sub("", org)
        if _AND_AT_OPENING.match(org):
            return None  # 调研…，并在县委会议室召开, 察看了…，又在县商务局召开: a venue after 并/又/还/也, no organizer
        if _WITH_PARTY_OPENING.match(org):
            return None  # …，与中国举行双边会谈: the party the subject meets with, not a holder (the subject is before it)
        if _BY_PREFIX.match(org):
            # (由新成立的江城商会: when the agent was formed, after 由 as before a subject, GUIDELINES §3 thirty-ninth round)
            org = _ORG_NEWLY_FORMED_PREFIX.sub("", _BY_PREFIX.sub("", org))
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
        org = _ORG_FROM_PREFIX.sub("", org)
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
        hosted = _HOSTED_WHAT_PREFIX.match(org)
        if hosted and _HOLDER_END.search(org) and not _names_a_body(hosted["what"]):
            # (主办评选活动的中国足球协会和某公司(举行颁奖仪式): what the bodies host, a phrase closed by 的, describes them;
            # they hold the ceremony, GUIDELINES §3 fortieth round)
            org = org[hosted.end() :]
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
        # 公司于(1月17日)上午; 公司于当地时间(5月6日)傍晚, 于北京时间(9月11日)凌晨: a time zone or the small hours too
        org = _TIME_AFTER_SUBJECT.sub("", org)
        # (越南国防部三日, 县委十五日: a day in Chinese numerals after the subject; not 十一 of 中建十一局)
        org = _ORG_DAY_TAIL.sub("", org)
        org = _MANNER_END.sub("", org)  # 市委以视频形式(召开), 通过视频会议形式
        # (县人民检察院就一起轻伤害案件, 幸福社区邀请辖区派出所民警王强, 市图书馆特邀作家王林为读者, 县委组织部牵头, 区人民医院
        # 组织7个科室专家: the clause goes on after the organizer with what the meeting is about or whom it brought)
        org = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:(?:就(?![业读职餐医])|邀请(?!赛)|特邀|" + _GOING_TO + "|" + _TRIP_COME + ")"
                     r"(?![^，。；]*" + _ORG_SUFFIX_END + r")[^，。；]{2,}|牵头"
                     r"|" + _ORGANIZE_VERB + r"(?![部委工])了?[\d一二三四五六七八九十]+[余多]?[个名位家][^，。；]*)$", "", org)
        # (城南派出所民警走进城南中学(开展法治讲座), 医疗队深入社区: the place the subject went to, after it)
        # (县委书记张强深入到联系村: 到 and the place are cut above, 深入 is left alone at the end)
        org = _ORG_VISITING_TAIL.sub("", org)
        org = _TRIP_WORD_TAIL.sub("", org)  # 联邦快递公司这次(来北京): the word of the trip, once the place is cut
        # (总统…，召集正在休假的议会两院于21日…举行, 市长召集各部门负责人…举行: the one who convenes those who meet, then
        # them; a bare 召集 left of the clause is a verb, no body, GUIDELINES §3 organizer, thirty-first review round)
        org = _CONVENED_TAIL.sub("", org)
        if org.startswith("召集"):
            return None
        # (市中心医院按照市卫健委要求, 某银行为落实监管要求: what the meeting answers to, after the organizer)
        # (东山镇按照年度计划, 某局按年度培训计划: the plan it is held on)
        # (县委根据工作需要, 某局因工作需要: the needs it is held on, _NEED_TO's noun)
        org = _ORG_AS_REQUIRED_TAIL.sub("", org)
        if _THIS_BODY_ONLY.match(org):
            return None  # 该行, 该院: the body named before, not named here
        if _ALSO_WITH_OPENING.match(org):
            return None  # (视察文化局，)并与局方(召开工作会议): the other party of a clause whose subject went before
        if _WITH_PARTNER_JOINT.match(raw.strip()):
            return None  # (走进青山村，)同村党支部共同(开展…): the partner, the subject before the comma
        if _WITH_OPENING.match(org) and _TOGETHER_WORD.search(raw):
            return None  # (日前)与国际一流十九家…供应商(就…举行了签字仪式): the other party, the subject not written here
        if organized := _ORG_ORGANIZED_TAIL.search(org):
            org = org[: organized.start(1)]
        org = _ORG_ADVERB_TAIL.sub("", org)
        while (manner := _ORG_ADVERB_OF_MANNER_TAIL.search(org)) and manner.start() != len(org):
            org = org[: manner.start()]
        org = _ORG_TALLY_TAIL.sub("", org)  # 县委组织部共(组织30余名党员…): a tally's adverb
        # (教育局与25间学校, 市文旅局和12家企业(举行…签约仪式): parties counted, not named, are no organizer beside the
        # body that holds it with them)
        org = _COUNTED_PARTY_END.sub("", org)
        # (创新科技署今日上午与香港城市大学、香港理工大学(举行…签署仪式): a day or a part of it between the subject and the
        # party joined by 与, dropped first so the parties stay the organizer as written, as with a dated 5月6日)
        org = _TIME_BEFORE_PARTY.sub("", org)
        org = _PARTNER_TIE.sub("", org)
        # 县政府下午于县立文化中心…, 市财政局近期召集…, 集团随即: the clause goes on after the organizer
        org = _ORG_TIME_ONWARDS.sub("", org)
        org = _ORG_HERE_TAIL.sub("", org)  # 江城学联和滨海学联在这里(举办的…): the place pointed to
        org = _SIDES_TAIL.sub("", org)  # 滨澜市、安岭州两地
        # 促进会在京, 两国政府如期, PATA还分别, 友好团体为江主席: trailing adverbs, places and beneficiaries
        # (县委、县政府立即, 某县曾, …上周: adverbs of time and manner)
        # (各村（社区）党组织陆续, 各乡镇相继, 镇党委集中, 各支部统一: several bodies in turn or at once)
        if _SEVERAL_EACH_HOLDING.search(org) or _LISTED_EACH_HOLDING.search(org):
            return None  # 城南街道各社区也分别(召开了…座谈会): several bodies each holding its own, as 由各乡镇分别召开 (§3)
        org = _ORG_MANNER_TAIL.sub("", org)
        org = _FOR_DIGNITARY_TAIL.sub("", org)
        if officials := _ORG_OFFICIALS_TAIL.search(org):
            org = org[: officials.start(1)]
        # 中国剧协为六十四个…小演员(举行了佩花仪式): the beneficiaries after 为 (not 华为, 作为, 无为市, 为民…)
        org = _ORG_FOR_PURPOSE_TAIL.sub("", org)
        # (某市政协、某市美协联合为其画集(举行首发式): the one the event is held for, named by a pronoun)
        org = _FOR_THEM_TAIL.sub("", org)
        org = org.strip("，,、 　】]」』）)")  # (【新华社北京5月8日电】全国政协…: the dateline's bracket)
        org = _ORG_LINE_OF_BUSINESS_PREFIX.sub("", org)  # IC设计厂江南电子: the firm's line of business, a descriptor
        # (read once the time after the subject is gone: 日本最大的在野党民主党十八日)
        described = _ORG_DESCRIBED_PREFIX.match(org)
        if described and (not _names_a_body(described["phrase"]) or _BUILT_BY_PHRASE.search(described["phrase"])) \
                and _DESCRIBED_BODY_END.search(org):
            # 日本最大的在野党民主党, 他领导的桥党: a phrase closed by 的 that is no body (its size, rank, leader) describes
            # the body after it, no part of the organizer (GUIDELINES §3: a descriptor before a body's name; twenty-ninth
            # round); a body before 的 is the unit's owner and stays (市委的巡察组, 北京大学的学生会), and so does one
            # anywhere in the phrase (国际合作委员会下设的清洁生产工作组: the unit it set up)
            # (全省最大的民营企业华信集团: the kind of firm or body after the phrase goes as it does at the start)
            org = _ORG_BODY_KIND_PREFIX.sub("", _ORG_FIRM_KIND_PREFIX.sub("", org[described.end() :]))
        org = _ORG_KIND_BEFORE_SAME_KIND.sub("", org)  # 在野党民主党, 工会五金工会: the kind, then the body of that kind
        # (东山村「两委」, 某县‘两委’: a quoted part closing the organizer keeps its closing mark)
        for opening, closing in ("「」", "『』", "（）", "()"):
            at = raw.find(org)
            if org.count(opening) > org.count(closing) and at >= 0 and raw.startswith(closing, at + len(org)):
                org += closing
        org = _ADVERB_AFTER_SUBJECT.sub("", org)  # 县政府就(召开), 开幕当天同期(举办), 紧接着(召开): adverbs
        if _PARTNER_JOINER_END.search(org):
            # 县领导与(在深岚山籍企业家召开座谈会): a partner described by 在 after 与 was cut with its place, the subject
            # left with the joining word; the parties are not written whole, so no organizer is named
            return None
        if _TIME_ONLY.search(org) or _WRITTEN_TIME_ONLY.fullmatch(org) or _CLOCK_ONLY.fullmatch(org):
            # 开幕当天(同期举办), 1996年(在…举办了…), 下午3时(举行…): a time, no organizer named
            return None
        if _DEED_TIME_END.search(org) and not _HOLDER_END.search(org[:-1]):
            return None  # 某某离任前(在…举行…): the time of a deed, no body named
        if _ACTIVITY_SUBJECT_END.search(org):
            # 江城市“送温暖”活动(举行启动仪式) → 江城市; 送温暖活动(举行…): an activity, no body
            return place["place"] if (place := _PLACE_BEFORE_QUOTED_ACTIVITY.match(org)) else None
        if _PROGRAMME_REFERRED.match(org):
            return None  # 该计划, 该工程: the programme named before, no body named here
        if (site := _BUILT_SITE_END.search(org)) and not _PUBLIC_VENUE_OF_PLACE.fullmatch(org):
            # 江城中学新校舍(举行奠基礼), 县图书馆新馆(举行开馆仪式), 华信集团总部大楼项目: a building, a campus or a
            # project, what the ceremony is about, holds nothing; the body it belongs to, when named, does (GUIDELINES §3)
            org = org[: site.start()]
            if not _HOLDER_END.search(org):
                return None
        if _PERSON_SUBJECT.search(org) or _CROWD_END.search(_CROWD_COUNT_END.sub("", _BRAVING_END.sub("", org))) or _PEOPLE_END.search(org):
            # (首都各界群众, 全市干部群众, 首都青年(在…举行纪念大会), 首都各界群众一万多人, 五百多名青年冒雨: a crowd,
            # counted or not, no body, GUIDELINES §3)
            return None
        if (people := _PEOPLE_FROM.match(org)) and not _HOLDER_END.search(people["rest"]):
            return None  # 来自欧洲七个国家的警察部门负责人(8日在罗马举行会议): people by where they come from, no body
        if _POST_FOREIGN_NAME.search(org):
            return None  # 某市市长理查德·赖尔登(为…举行…): a person, no body (GUIDELINES §3)
        if _DOING_WHAT_SUBJECT.match(org):
            return None  # 从事外贸的企业(在…召开座谈会): described by their trade, none named (GUIDELINES §3)
        if _SOME_OF_A_KIND.match(org):
            return None  # 华东地区部分高校(在…召开…): some bodies of a kind, none named (GUIDELINES §3)
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
    def _two_parties_before(text: str, sentences: list[Sentence], meeting: dict[str, Any], at: int) -> str | None:
        """The two bodies a subject like 双方 or 两国政府 (at offset ``at`` of the meeting's sentence) stands for: the last
        two names joined by 与/和/同 before it in that sentence or the one before (江城市人民政府与华信集团…。双方举行了
        签约仪式 → ``江城市人民政府、华信集团``), written with 、 as a list of holders; None when no two bodies are named
        there (李强同法国总理举行会谈: two persons) (GUIDELINES §3 twenty-fourth review round)."""
        start = meeting["evidence"]["clean_start"]
        before = [s for s in sentences if s.start < start]
        lo = before[-1].start if before else start
        pairs = list(_TWO_PARTIES_NAMED.finditer(text, lo, start + at))
        return f"{pairs[-1]['a']}、{pairs[-1]['b']}" if pairs else None

    @staticmethod
    def _named_before(text: str, short: str, at: int) -> str | None:
        """The full name of a body written earlier (澳门基金会…。同日，基金会举行…) when the organizer ``short`` is
        only its bare kind, an association's word (基金会, 协会, 总工会): the back-reference names that body (§3), the
        nearest such name opening a sentence or clause before ``at``; or a task force's kind (工作专班, 领导小组办公室,
        指挥部): the one task force of that kind set up in full before ``at``; else None."""
        if _TASK_FORCE_KIND.fullmatch(short):
            # 成立城市数字化转型工作专班…。近日，工作专班召开第一次会议: the task force set up in full before (GUIDELINES §3
            # twentieth review round, like an association's short form); none when two of the kind are set up
            forces = {m["name"] for m in _task_force_set_up(short).finditer(text, 0, at)}
            return forces.pop() if len(forces) == 1 else None
        if not _BARE_BODY_KIND.fullmatch(short):
            return None
        names = [m["name"] for m in _body_of_kind_written(short, wide=False).finditer(text, 0, at)]
        names = [n for n in names if not _BACK_REFERENCE_OPENING.match(n) and not _VERB_ON_BODY.search(n)]
        return names[-1] if names else None

    def _association_named(self, text: str, kind: str, meeting: dict[str, Any], organizers: list[str]) -> str | None:
        """The association a session named by the bare ``kind`` (协会第四届理事会…) belongs to: the one association of
        that kind the page names in full (GUIDELINES §3 sixteenth round), as another meeting's organizer or at the opening
        of a clause or after a list joiner before the session; None when two are named (省作家协会…。市摄影家协会…;
        江城市书法家协会和江城市美术家协会: which one holds it is not told) or none, and not from a clause about a person
        (他代表学会, 会长代表协会: who acts for it, no name of it; _CLAUSE_FOR_BODY)."""
        if any(o.count(kind) > 1 for o in organizers):
            return None  # (江城市书法家协会和江城市美术家协会联合举办…: two of the kind hold another meeting)
        held = [o for o in organizers if o.endswith(kind) and o != kind]
        # (本报讯 中国茶叶流通协会…, 本报讯（记者 王明）中国…协会…: a name opening the item right after its dateline)
        written = [m["name"] for m in _body_of_kind_written(kind, wide=True).finditer(
            text, 0, meeting["evidence"]["clean_start"])]
        # (由芸州省机械工程学会主办: the agent's name after 由)
        names = {n.removeprefix("由") for n in (*held, *written)
                 if not _BACK_REFERENCE_OPENING.match(n) and not _CLAUSE_FOR_BODY.search(n) and not _VERB_ON_BODY.search(n)}
        # (江城市作家协会…。市作家协会…: one body written in full and shorter, the fuller name stands)
        names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
        return names.pop() if len(names) == 1 else None

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

    def _later_organizer(self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]) -> str | None:
        """论坛由湖南农业大学主办 after the meeting's sentence: the ``由…主办`` agent of the first sentence
        referring to it by its head word or a generic noun (before another meeting's account)."""
        bare = meeting["name"].rstrip("”」』")  # (第五届“青年学者论坛”: the head inside the closing mark)
        head = self._head.search(bare)
        gathering = _CEREMONY_OF_GATHERING.search(bare)
        noun_words = tuple(longest_first(
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
        nouns = "|".join(map(re.escape, noun_words))
        fair = _FAIR_HEAD.search(bare) is not None
        if fair:
            # (…茶叶博览会暨…论坛, …农业博览会开幕式。本届农博会由…主办: the fair by its short form)
            nouns += "|[\u4e00-\u9fff]博会"
        # (not 上届论坛由…举办: another edition's)
        # (会议由文化和旅游部、国家文物局联合主办, 活动由…共同主办: joint organizers, listed)
        # (本次报告会系学校“名家讲坛”第126讲，由科研处主办: an apposition saying what it is may come between)
        # (论坛由教育部职成司指导，甲与乙联合主办: who backs it, then who hosts it)
        # (此次培训由市委政法委组织, 会议由县安委会办公室组织召开, 由县财政局牵头组织: who organized it, also the
        # agent of 组织 ending its clause or before a verb of holding; not 县委组织部, nor 由工会组织职工观看…: a task)
        # (会议由农业部召开: a passive 召开 names its agent the organizer like 主办, §3 twenty-first round second part;
        # not 由县长主持召开, the person who chairs it)
        # (典礼在会议展览中心举行，由香港青年发展协会主办: where it was held, then who hosts it, in the next clause)
        # (本次论坛以“医学创新与青年担当”为主题，由…主办: its theme told first, then who hosts it)
        # (…“文津讲坛”第三十六讲在…举行。本次讲坛由江南图书馆主办; …书法作品展评颁奖仪式…。本次展评由县文联主办: a
        # determiner and a short form cut from the name's own words, two to four characters, refer back to it as its head
        # word does; only with the determiner, since a bare word of the name may start a sentence of anything)
        # (not a short form of a prize the ceremony is named after: …沅芷文学奖颁奖典礼。本届文学奖由市文联主办 tells the prize's
        # holders, who hold no ceremony named after it, GUIDELINES §3 nineteenth and twenty-second review rounds)
        short_words = tuple(longest_first(
            {run[i : i + k] for run in _CJK_RUN.findall(bare) for k in range(2, 5) for i in range(len(run) - k + 1)}
            - _prize_shorts(bare)))
        shorts = "|".join(map(re.escape, short_words))
        # (…培训班在…开班。本期培训由县人社局主办: 本期, this session of a class, as 本次 and 本届, thirty-second round)
        # (这次会议是由世界银行和贝宁政府共同组织召开的: the cleft 是…的 names its hosts as the plain passive does,
        # GUIDELINES §3 organizer, thirty-first review round)
        # (the pattern is read as its opening, _reference_opening_ends, and the rest, _AGENT_AFTER_REFERENCE, compiled once)
        # (本届论坛主办方为…, 主办单位为…: this meeting's organizer, _names_this_meeting; not 下一届论坛主办单位为…,
        # 该评选主办方是…)
        # (会上，社区启动了…志愿服务活动。该活动由区文明办主办: 活动 then names that activity, not the meeting)
        activity_named = False
        start = meeting["evidence"]["clean_start"]
        own = self._hosted_clause_after(meeting, noun_words, fair)
        if own is not None:
            return own
        # (…联谊会在…开幕。开幕式上，举行了…签约仪式。…本届联谊会由省侨办、市政府共同主办: past another event told, a
        # sentence opening with a determiner and this meeting's own head word still names this one)
        this_again = tuple(determiner + head.group() for determiner in _THIS_AGAIN_DETERMINERS) \
            if head is not None and len(head.group()) >= 3 else None
        if this_again is not None and any(head.group() in t.text for t in sentences if t.start in others):
            this_again = None  # (another 座谈会 told as well: 本次座谈会 may be that one)
        past_other = False
        for sentence in sentences:
            if sentence.start <= start:
                continue
            if sentence.start in others:
                past_other = True
            if past_other and (this_again is None or not sentence.text.startswith(
                    this_again, _LEADING_SPACE.match(sentence.text).end())):
                continue
            # (the readings of this meeting's nouns only where its agent and verb stand)
            by_agent = "由" in sentence.text and any(verb in sentence.text for verb in ("主办", "举办", "合办", "组织", "召开"))
            # (会议由省教育厅在江城召开, 会议由省教育厅在江城举行: the agent before 在 and a place, read before the pattern
            # that would keep the place, and with 举行 too: the verbs of _AGENT_AT_PLACE_AFTER_REFERENCE)
            held_at = "由" in sentence.text and "在" in sentence.text and any(
                verb in sentence.text for verb in ("召开", "举行", "举办"))
            # (and only where the sentence opens as _read_agent_after_reference and _comma_listed_hosts read it, on this
            # meeting's nouns, 活动 or a determiner and a short form, _opens_on_reference: asked once)
            opens = (by_agent or held_at) and _opens_on_reference(sentence.text, noun_words, short_words, fair)
            referring = by_agent and opens
            # (_HOSTS_THIS and _ORGANIZER_IS are tried only where their 主办 and 主办单位/主办方 are written)
            agent_at = held_at and opens
            m = (_read_agent_at_place_after_reference(sentence.text, noun_words, short_words, fair) if agent_at else None) \
                or (_read_agent_after_reference(sentence.text, noun_words, short_words, fair) if referring else None) \
                or (_HOSTS_THIS.match(sentence.text) if "主办" in sentence.text else None) \
                or (next((o for o in _ORGANIZER_IS.finditer(sentence.text)
                          if _names_this_meeting(o["owner"], noun_words, fair)), None)
                    if "主办单位" in sentence.text or "主办方" in sentence.text else None)
            if m and m.group().lstrip().lstrip("本此这该届次").startswith("活动") and activity_named:
                m = None
            activity_named = activity_named or "活动" in sentence.text
            if m is None and by_agent and sentence.text.startswith(_DETERMINED_AGENT, _LEADING_SPACE.match(sentence.text).end()):
                # (这次由全国政协经济委员会、…、重庆市人民政府联合召开的研讨会，将…: this meeting referred to again with the
                # attribute of its hosts, as 研讨会由…联合召开 names them, GUIDELINES §3 organizer; thirtieth round)
                m = re.match(rf"\s*(?:本次|此次|这次|本届)由(?P<org>[^，。；由的]{{2,60}}?)(?:联合|共同)?(?:主办|举办|召开)的"
                             rf"(?:{nouns}|{shorts})", sentence.text)
            if m is None and by_agent and sentence.text.startswith("由", _LEADING_SPACE.match(sentence.text).end()):
                # (由甲、乙、丙举办的这台晚会，自始至终…: the sentence opening on this meeting referred to again with the
                # attribute of its hosts and a determiner of a show or an occasion, GUIDELINES §3 organizer; thirtieth and
                # thirty-fifth review rounds; 由甲和乙于本月14日开始在京联合举办的这个研讨班: the day and the place between
                # the agent and its verb, and 这个, thirty-seventh review round)
                m = re.match(rf"\s*由(?P<org>[^，。；由的]{{2,60}}?){_AGENT_WHEN_WHERE}(?:联合|共同)?(?:主办|举办|召开)的"
                             rf"(?:这台|这场|这个|本次|此次|这次|本届)(?:{nouns})", sentence.text)
            if m is None and "是" in sentence.text and sentence.text.startswith(_SHORT_FORM_DETERMINERS,
                                                                             _LEADING_SPACE.match(sentence.text).end()):
                # (这次会议是中央文明委成立以来召开的第一次全国性工作会议: this meeting said to be one a body held, the body the
                # subject of 召开 inside the cleft, as the cleft 是由…召开的 names its hosts, GUIDELINES §3 organizer;
                # thirty-first and thirty-third review rounds; not 是在人民大会堂召开的: where, nor a person's chairing)
                cleft = _read_cleft_holder(sentence.text, noun_words, fair)
                if cleft and _HOLDER_END.search(cleft["org"]) and self.clean_org(cleft["org"]) == cleft["org"]:
                    return cleft["org"]
            if m is None and referring and "，" in sentence.text:
                listed = self._comma_listed_hosts(sentence.text, noun_words, fair)
                if listed:
                    return listed
            if m:
                # (由中国有色金属工业协会每年举办一次, 由…轮流举办: the agent without the adverb)
                agent = _RECURRING_WORD.split(m["org"])[0]
                agent = _listed_hosts(agent, m.group())  # 由农业农村部和…人民政府共同主办: two hosts, listed
                return self._agent_listed(agent)
        return None

    def _comma_listed_hosts(self, text: str, nouns: tuple[str, ...], fair: bool) -> str | None:
        """座谈会由中台办、国台办，台湾民主自治同盟，中国和平统一促进会共同举办: the joint agent of a sentence after the
        meeting, its bodies set off by commas as well as by 、, listed 甲、乙、丙 (GUIDELINES §3 organizer, 由…共同举办 names
        those bodies; thirtieth round); only where 联合/共同 says they hold it together and every part ends like a body, so
        由甲主办，乙承办 and a clause after a comma are never read as one list: each part a name of two to twenty
        characters that cleaning leaves whole, with no word of hosting or helping, one at least ending like a body.
        ``nouns``: the meeting's nouns, and the fair's short form for a ``fair`` (see _later_organizer)."""
        m = _read_joint_agent_after_reference(text, nouns, fair)
        if m is None or "，" not in m["org"]:
            return None
        parts = [part.strip() for part in re.split("[、，,]", m["org"])]
        if len(parts) < 3 or not all(_LISTED_BODY.fullmatch(part) and self.clean_org(part) == part for part in parts) \
                or not any(_HOLDER_END.search(part) or part.endswith(_ORG_ENDING_HUI) for part in parts):
            return None
        return "、".join(parts)

    def _hosted_clause_after(self, meeting: dict[str, Any], nouns: tuple[str, ...], fair: bool) -> str | None:
        """论坛24日在南宁举行，论坛由甲与乙共同主办: the 由…主办 agent of a clause of the meeting's own sentence after its
        name, the clause opening with 由 or with a noun referring back to it (not 出席由…主办的…: the agent of another
        event's name)."""
        text = meeting["evidence"]["text"]
        at = text.find(meeting["name"])
        if at < 0:
            return None
        after = at + len(meeting["name"])
        # (read only where its 由 and a verb of hosting stand: most sentences have neither)
        if text.find("由", after) < 0 or not any(text.find(verb, after) >= 0 for verb in ("主办", "举办", "合办", "召开")):
            return None
        # (every match opens on a comma at or after ``after`` with 由 after it: read only where the first such comma has
        # a 由 after it)
        comma = min((k for k in (text.find("，", after), text.find(",", after)) if k >= 0), default=-1)
        m = _read_hosted_clause(text, after, nouns, fair) if comma >= 0 and text.find("由", comma + 1) >= 0 else None
        if m is None and (_OPENING_DETERMINER.fullmatch(text, 0, at) or _DAY_LEAD.fullmatch(text, 0, at)):
            # (研讨会由甲和乙共同主办。: the meeting opening its sentence as the subject, its 由…主办 agent right after)
            m = _HOSTED_RIGHT_AFTER.match(text, after)
        if m is None:
            return None
        if _SEVERAL_HOLD.search(m["org"]) and not _HELD_JOINTLY.search(m["verb"]):
            return None  # 由各乡镇分别召开: several bodies each holding its own, no one organizer (§3 twenty-first round)
        agent = _RECURRING_WORD.split(m["org"])[0]
        if m["verb"].endswith("召开") and "在" in agent[2:]:
            agent = agent[: agent.index("在", 2)]  # 由市政府在市会议中心召开: the agent, then where it held the meeting
        agent = _listed_hosts(agent, "由" + m["org"] + m["verb"])  # (论坛由甲和乙主办: listed too)
        return self._agent_listed(agent)

    def _agent_listed(self, agent: str) -> str | None:
        """The bodies of a 由…主办 agent, each cleaned, listed 甲、乙 (共青团中央、教育部)."""
        parts = [self.clean_org(part) for part in agent.split("、")]
        return "、".join(p for p in parts if p) or None

    def _reads_as_holder(self, doc: Document, sentence: Sentence, org: str | None) -> bool:
        """Whether ``org`` (cleaned) is a body's name that can hold a meeting: a body's end or a 会 that ends an
        organization's name, not a person the tagger found (迟浩田今天举行的…)."""
        if not org or not (_HOLDER_END.search(org) or org.endswith(_ORG_ENDING_HUI)):
            return False
        return not any(e.type == "PER" and org.endswith(e.text) and sentence.start <= e.start < sentence.end
                       for e in doc.entities)

    def _body_not_place(self, doc: Document, sentence: Sentence, body: str) -> bool:
        """Whether ``body`` (cleaned), read where a place alone may stand (a 由 agent after 在, a subject set off by a
        comma), ends like a body, not like a place's level word (江城市), and reads as a holder."""
        return bool(_HOLDER_END.search(body)) and not _PLACE_LEVEL_END.search(body) \
            and self._reads_as_holder(doc, sentence, body)

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
            if parted is None and (from_here := _FROM_HERE.fullmatch(pre)):
                org_part, place_part = "", from_here["loc"]
        loc = self.clean_location(place_part, _dateline_city(doc.clean_text, sentence.end)) if place_part else None
        if loc and (self._is_place(doc, sentence, loc, _ATTRIBUTIVE_VENUE_EXTRA) or self._places_only(doc, sentence, loc)
                    or _VENUE_OF_BODY.search(loc)):
            return (None, loc) if after_at else (self._holder_of(doc, sentence, org_part), loc)
        return self._holder_of(doc, sentence, org_part, after_at), None

    def _host_of(self, doc: Document, sentence: Sentence, part: str) -> str | None:
        """The agent of 主办 before the name of a meeting referred to (在由甲、乙主办的…上, 在公安部主办的…上), cleaned, when
        it reads as a body that can hold one. A list closed by 等 and a collective noun (在由甲、乙等单位主办的…上) reads
        by the bodies it lists and is written as the tool writes the agent of 由…主办的…在…举行 (甲、乙等单位), the same
        hosts in both shapes (GUIDELINES §3 thirty-seventh review round)."""
        org = self.clean_org(part) if part.strip() else None
        tail = _LIST_CLOSED_BY_DENG.search(org) if org else None
        if org and tail and tail.start() > 0:
            return org if self._reads_as_holder(doc, sentence, org[: tail.start()]) else None
        return org if self._reads_as_holder(doc, sentence, org) else None

    def _holder_of(self, doc: Document, sentence: Sentence, part: str, after_at: bool = False) -> str | None:
        org = self.clean_org(part) if part.strip() else None
        if after_at and org and not org.endswith(_COUNCIL_HOLDER) and not _STATE_BODY_END.search(org):
            # 在波兰议会举行的会议上: after 在 a council holds it, and a body of the state, the party, the army or a mass
            # organisation (在公安部召开的…, 在中国科协举办的…, 在两国政府举行的…); not a school, hotel or centre, which
            # after 在 are as often the venue (GUIDELINES §3: a building, campus or site before 举行 is no organizer)
            return None
        return org if self._reads_as_holder(doc, sentence, org) else None

    def _named_body_before(self, before: str, kind: str) -> str | None:
        """The last body of the kind an anaphor stands for (该校: a school) named in ``before``, written
        whole after a mark, a preposition or a verb of going; ``None`` when none is named. A periodical (该刊, 该报,
        该杂志) is the last title in book-title marks of its kind (《大灰狼画报》; 《讽刺与幽默》杂志 for 该杂志 and 该刊)."""
        if kind in PERIODICAL_TITLE_ENDS:
            ends = PERIODICAL_TITLE_ENDS[kind]
            # (《讽刺与幽默》杂志: a title of any ending with the periodical's noun after it, for 该刊 and 该杂志)
            titles = [t["title"] for t in _PERIODICAL_TITLE.finditer(before)
                      if t["title"].endswith(ends) and ends or t["noun"] and kind != "报"]
            return f"《{titles[-1]}》" if titles else None
        named = list(re.finditer(_body_of_kind_named(kind, 1), before))
        if not named or len(named[-1]["name"]) < 3:
            return None
        # (到县人民医院、县中医院调研。…该院: one of several of the kind listed, the anaphor's body is not told; not
        # 江城县中医院与县卫健局签订协议。…该院: a body of another kind beside it, GUIDELINES §3 该院 for the body named)
        after, ahead = before[named[-1].end() :], before[: named[-1].start()]
        if (_LIST_JOINER.match(after) and re.match(r"[^，。；]{1,14}?" + _ANAPHOR_KINDS[kind], after[1:])) \
                or (ahead.endswith(("、", "和", "与", "及")) and re.search(_ANAPHOR_KINDS[kind] + "$", ahead[:-1])):
            return None
        org = self.clean_org(named[-1]["name"])
        return org if org == named[-1]["name"] else None

    def _one_body_named(self, before: str, kind: str) -> str | None:
        """The one body of the kind an anaphor stands for (该局: a bureau) that ``before`` names anywhere, a short form
        ending another (县公安局 beside 栖凤县公安局) counting as that body; ``None`` when none or several are named. Read
        when the sentence before the anaphor's names none (…栖凤县公安局召开…。从警十五年来，他…。会后，该局举行…: the
        bureau the page is about, as 该校 after a school named stands for it, GUIDELINES §3 twenty-first review round).
        A periodical's title (该刊) is read only in the sentence before (_named_body_before)."""
        if kind in PERIODICAL_TITLE_ENDS:
            return None
        names = {org for m in re.finditer(_body_of_kind_named(kind, 2), before)
                 if (org := self.clean_org(m["name"])) == m["name"]}
        whole = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
        if len(whole) > 1 and sum(1 for n in whole if _COURT_IN_FULL.search(n)) == 1:
            # (浔阳县人民法院…浔阳法院…全市法院…定期通报法院工作: a court is named by its full …人民法院 form; beside the one
            # court so named, a court written without 人民 is its short form or courts in general, no second court,
            # GUIDELINES §3 twenty-second and twenty-third rounds)
            whole -= {n for n in whole if _COURT_WITHOUT_PEOPLE.search(n)}
        return whole.pop() if len(whole) == 1 else None

    def _referred_prefix_holder(self, name: str) -> tuple[str, str] | None:
        """(organizer, name) of a meeting referred to whose name opens with its holder before an edition, a year or a
        quoted name (在中央党校第二十三期…毕业典礼上讲话 → 中央党校, 第二十三期…毕业典礼), split as a passive name's head
        is (GUIDELINES §3 organizer: the organizer prefix removed from the name; eighth round); ``None`` when no body is
        written there, or the head is a place naming its congress, a party to the event, a body whose own session the
        name is (县政协十届四次会议, 县科协第九次代表大会: the body stays in the name, read elsewhere) or a body's plain
        work meeting (kept as written)."""
        prefixed = _ORG_PREFIX.match(name)
        if prefixed is None:
            return None
        rest = name[prefixed.end("org") :]
        if _BODY_SESSION.fullmatch(rest) or _BODY_CONGRESS.fullmatch(rest) or _REFERRED_TERM_SESSION.match(rest) \
                or _PLAIN_WORK_MEETING_END.search(rest) \
                or _OTHER_PARTY.match(rest) or _two_parties(prefixed["org"], rest) \
                or _not_an_organizer_prefix(prefixed["org"], rest):
            return None
        org = self.clean_org(prefixed["org"])
        return (org, self.clean_name(rest)) if org else None

    def _body_before_scope(self, name: str) -> tuple[str, str] | None:
        """A body written before a meeting's name that opens on the scope of the body's own network (农业银行全国分行行长会议
        → 农业银行, 全国分行行长会议; 华信集团全省营销工作会议): the holder and the name from the scope word, which stays in
        it (GUIDELINES §3 eighth, twentieth and thirty-second rounds: a body before the event's own name is its holder);
        ``None`` when the head is no body as written or is a party of the event."""
        scoped = _BODY_BEFORE_SCOPE.match(name)
        if scoped is None or _not_an_organizer_prefix(scoped["org"], name[scoped.end("org") :]) \
                or _OTHER_PARTY.match(name, scoped.end("org")) or _two_parties(scoped["org"], name[scoped.end("org") :]):
            return None
        org = self.clean_org(scoped["org"])
        return (org, name[scoped.end("org") :]) if org == scoped["org"] else None

    def _place_holder(self, name: str) -> tuple[str, str] | None:
        """An administrative place with its level (and a people's body of it) written before a passive name as its holder
        (东城区民营经济发展大会 → 东城区, 民营经济发展大会): the organizer and what remains, when the place is no word that
        only looks like one, is not what the event is about, and what remains is a name of its own."""
        # (2024年江州市“敬老月”活动启动仪式: a place written after the year holds it like one before the name, the
        # year kept in the name, GUIDELINES §3 twentieth review round)
        year = _YEAR_BEFORE_PLACE.match(name)
        if year:
            held = self._place_holder(name[year.end() :])
            return (held[0], year[0] + held[1]) if held else None
        # (团县委五四表彰大会: the youth league's body read first, not 团县 as a place)
        prefixed = _BARE_LEVEL_MASS_BODY.match(name) or _PLACE_ASSOCIATION_PREFIX.match(name) \
            or _PLACE_HOLDER_PREFIX.match(name)
        # (kept narrow: a prefecture, a league or a banner, 黔东南州, 正蓝旗, and a place after another, 深圳市光明区, 吉林省延边州,
        # are left whole; read with them, the held-out probes' organizer precision fell by one false positive)
        # (县残联助残日启动仪式: a bare level, no place's own name to check)
        if prefixed is None or prefixed.re is not _BARE_LEVEL_MASS_BODY and (
                _LOOKS_LIKE_PLACE.search(prefixed["place"])
                # (雪岭藏族自治州第七次…表彰大会: an autonomous prefecture or banner written in full with 自治 is a place
                # by its own words, read like a city, GUIDELINES §3 eighth, twentieth and thirty-third review rounds)
                or (prefixed["place"][-1] in "州盟旗" and not prefixed["place"].endswith(("自治州", "自治旗")))
                or len(re.findall("[省市县区镇乡]|街道", prefixed["place"])) > 1 or _VILLAGE_KIND.search(prefixed["place"])):
            return None
        rest = name[prefixed.end("org") :]
        whole = prefixed["org"]
        if prefixed.re is _PLACE_HOLDER_PREFIX and (body := _PLACE_BODY_AT_START.match(rest)):
            whole, rest = whole + body["body"], rest[body.end() :]  # 江城市实验幼儿园新学期家长会: the place's school
        if _PLACE_IS_ABOUT.search(rest) or _OTHER_PARTY.match(rest) or _PARTIES_JOINED.match(rest) \
                or _BODY_AT_START.match(rest) or _not_an_organizer_prefix(prefixed["org"], rest) \
                or len(rest) < PLACE_HELD_NAME_MIN or self._no_name(rest) or not self._head.search(rest) \
                or rest.endswith("班"):  # (平安县妇联家政服务培训班开班: a class opened, kept whole)
            return None
        org = self.clean_org(whole)
        return (org, self.clean_name(rest)) if org else None

    def _venue_body_holder(self, doc: Document, name: str) -> tuple[str, str] | None:
        """A venue written before a passive name (江城大剧院2024演出季发布会) that acts as a body on the page, its own
        officers named (剧院总经理李明, 该馆馆长): the holder and the name after it (GUIDELINES §3 twentieth review round);
        ``None`` when the venue is only the place (no officer of it told) or the event is about the building."""
        prefixed = _VENUE_BODY_PREFIX.match(name)
        if prefixed is None:
            return None
        venue, rest = prefixed["org"], name[prefixed.end("org") :]
        if not _venue_officer_named(doc.clean_text, venue, prefixed["kind"]) or _PLACE_IS_ABOUT.search(rest) \
                or len(rest) < PLACE_HELD_NAME_MIN or self._no_name(rest) or not self._head.search(rest):
            return None
        org = self.clean_org(venue)
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
        if prefixed["year"] or prefixed["launch"]:
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
    def _event_subject(raw: str, org: str | None) -> str | None:
        """The event whose ceremony the subject holds (…科技周, …培训班), as written: the cleaned organizer
        would cut a class named for its members' posts (党支部书记培训班) or its brackets (村（社区）…)."""
        written = _SUBJECT_TIME_PREFIX.sub("", raw.strip())
        if _EVENT_END.search(written) and (org is None or org in written or _EVENT_END.search(org)):
            return written
        return org if org and _EVENT_END.search(org) else None


# Organizer readings the extractor's flow calls: a short or self-referring organizer resolved to the one body the page
# names (县府, 市政府, 县议会, 我市, 镇党委), a self-reference's host, and the tests of a prefix that lists joint holders or
# an event's two parties. They read the organizer only, so they stand here with its other readings.

# 本次论坛由…承办: a verb of hosting, whose body a self-reference in its sentence stands for (see _hosting_body).
_HOSTING_VERB = re.compile(_HOSTING_VERBS)

# 江城大学主办的招聘会: a host written as an attribute of the event after it, another event than the one before.
_HOSTS_ANOTHER = re.compile("(?:" + _HOSTING_VERB.pattern + ")的")

# The sentence after an offset (its mark, if the offset sits before one, and the blanks skipped).
_NEXT_SENTENCE = re.compile(r"[。！？]?[ \t　]*(?P<text>[^。！？\n]{1,120})")


def _one_named_level(text: str, level: str, body: str) -> str | None:
    # Kept apart from _one_named_place, its near copy: a township or street name runs to 4 characters before its level
    # word (not 3), its level may be two characters (街道), the common nouns are told by one character before the level
    # (城镇) or none for 街道 but 城市街道, a level word repeated inside the name (镇…镇) is no name, 化 after it is a
    # noun (城镇化), and the body word is appended; a parameter object carrying those five differences would hide what
    # each reading excludes, which is what its reviewed rounds tune.
    """The one place of ``level`` (镇, 街道) that ``text`` names, with ``body`` after it (白沙镇 + 党委); ``None`` when
    none or several are named. A level word before 级 (安排镇级资金, 落实县级配套) is an adjective of level, no place."""
    named = {n["name"] for n in re.finditer(rf"(?:^|(?<=[，。；、\s：:（(从在于据对由与和向]))(?P<name>(?![该本我全各此每])"
                                            rf"[\u4e00-\u9fff]{{2,4}}?{level})(?![化级])", text)
             if n["name"][-len(level) - 1] not in (_NO_PLACE_BEFORE_LEVEL if len(level) == 1 else _NO_PLACE_BEFORE_STREET)
             and not _NO_PLACE_WORDS.search(n["name"][: -len(level)]) and level not in n["name"][: -len(level)]
             and not _TIME_BEFORE_LEVEL.match(n["name"])}
    return named.pop() + body if len(named) == 1 else None


def _one_named_village(text: str, body: str) -> str | None:
    """The one village (…村) that ``text`` names, with ``body`` after it (板栗坳村 + “两委”); ``None`` when none or several
    are named. A village's name follows its township's (桃江镇板栗坳村) as often as a mark; common nouns and scopes
    ending in 村 (新农村, 美丽乡村, 行政村, 全村: _NO_VILLAGE_BEFORE) are no village's name."""
    named = {n["name"] for n in re.finditer(r"(?:^|(?<=[，。；、\s：:（(从在于据对由与和向镇乡]))(?P<name>(?![该本我全各此每])"
                                            r"[\u4e00-\u9fff]{2,4}?村)(?![民庄落级镇寨里委])", text)
             if n["name"][-2] not in _NO_VILLAGE_BEFORE and not _NO_PLACE_WORDS.search(n["name"][:-1])
             and not _TIME_BEFORE_LEVEL.match(n["name"])}
    return named.pop() + body if len(named) == 1 else None


# (新农村, 美丽乡村, 小渔村, 行政村, 自然村, 全村, 各村: common nouns and scopes ending in 村; the name is 3 characters or more)
_NO_VILLAGE_BEFORE = "农乡渔牧政然全各本该每此"

# 超市, 城市, 社区, 园区: a common noun ending in a level word, no place's name.
# (常务副市长, 副县长: a post's 副 before the level word, no place's name either)
_NO_PLACE_NOUN_BEFORE = {"市": "超城都股楼车夜上开闭早菜集门全各副", "县": "郡全各副", "区": "社园城景小辖地片校街市郊灾疫军战牧全各副"}


@functools.lru_cache(maxsize=8)
def _named_place_pattern(level: str) -> re.Pattern[str]:
    """The names of places of ``level`` that :func:`_one_named_place` reads (compiled once per level: through the re
    module's cache at the call, a page's own patterns pushed it out and it was built again on first-seen pages)."""
    return re.compile(rf"(?:^|(?<=[，。；、\s：:（(从在于据对由与和向—]))(?P<name>(?![该本我全各此每])"
                      rf"[\u4e00-\u9fff]{{2,3}}?{level})(?![场长级])")


def _one_named_place(text: str, level: str) -> str | None:
    # Kept apart from _one_named_level (see there): a city, county or district name runs to 3 characters, may follow a
    # dash (—凌源市), has a per-level set of characters that make a common noun (超市, 社区), and is cut before 场/长
    # (市场, 市长), not before 化; it returns the place alone.
    """The one city, county or district (``level`` 市, 县, 区) that ``text`` names (凌源市 in 来源：凌源市发改局, 青河县);
    ``None`` when none or several are named, or where a name is only a common noun's (超市, 社区; 花鸟市场: a market,
    no city) or a post's (常务副市长, 县长)."""
    named = {n["name"] for n in _named_place_pattern(level).finditer(text)
             if n["name"][-2] not in _NO_PLACE_NOUN_BEFORE[level]
             and not _NO_PLACE_WORDS.search(n["name"][:-1]) and not _TIME_BEFORE_LEVEL.match(n["name"])
             and not _CLAUSE_WORDS_BEFORE_LEVEL.fullmatch(n["name"][:-1])}
    return named.pop() if len(named) == 1 else None


# 并对市政府…, 又向县里…, 随后市总工会…, 确保县政协…: clause words alone before the level word (a conjunction, an
# adverb, a preposition, a verb taking the body as its object) open no place's name (GUIDELINES §3 thirty-third review
# round); one of them beside a name's own characters (成都市, 即墨区, 向阳区, 从化区) does not bar it.
_CLAUSE_WORDS_BEFORE_LEVEL = re.compile("(?:[并又均已再还即也都对向从由据把被将为给让]|随后|随即|然后|之后|同时|确保|推动|督促"
                                        "|要求|指导|帮助|支持|配合|协助|邀请|代表|作为|经过|通过|根据|按照|依照|会同|联合|组织"
                                        "|召集|参加|出席|列席|陪同|受到|得到|获得)+")

# 县府/縣府 as the subject of holding a meeting: the county government written short (Taiwan copy), standing for the one
# county government the page names, like a bare 县委 (GUIDELINES §3 fourteenth review round).
_COUNTY_GOVERNMENT_SHORT = ("县府", "縣府")

_COUNTY_GOVERNMENT_NAMED = re.compile(r"(?:^|(?<=[，。；、\s：:（(从在于据对由与和向]))(?P<county>(?![该本我全各此每])"
                                      r"[\u4e00-\u9fff]{2,4}?[县縣])(?:人民)?政府")


def _one_county_government(text: str) -> str | None:
    """The one county government ``text`` names (宜兰县政府), as first written; ``None`` when none or several are."""
    found = {}
    for m in _COUNTY_GOVERNMENT_NAMED.finditer(text):
        found.setdefault(m["county"].replace("縣", "县"), m.group())
    return next(iter(found.values())) if len(found) == 1 else None

# 市政府, 县政府 as a meeting's organizer: the government of that level written short, standing for the one
# …人民政府 of that level the page names in full (白河市人民政府…。市政府第四十二次常务会议: GUIDELINES §3 sixteenth
# review round); a government of another level stays as written.
# (also with its full word but no place, 县人民政府召开第四十二次常务会议: the same bare level, §3 sixteenth round)
_LEVEL_GOVERNMENT_SHORT = {"省政府": "省", "市政府": "市", "县政府": "县", "区政府": "区",
                           "省人民政府": "省", "市人民政府": "市", "县人民政府": "县", "区人民政府": "区"}

# (a name opening a line, clause or item, or after a preposition; not 白河市人民政府办公室 or …门户网站, the office or the
# site, another body; not 该市, 全市: a reference, no name; 《南屏县人民政府关于…的若干措施》: the government named as the
# issuer of a document the meeting reads, GUIDELINES §3 sixteenth round)
_GOVERNMENT_NAMED = r"(?:^|(?<=[，。；、\s：:（(【《从在于据对由与和向]))(?P<name>(?![该本我全各此每])[\u4e00-\u9fff]{2,8}?"

# One pattern per level, compiled once (the check runs on the whole page for each short government read).
_GOVERNMENT_OF_LEVEL = {level: re.compile(_GOVERNMENT_NAMED + level + ")人民政府(?!办|网|门户|官网|驻|新闻|信息|研究|参事)")
                        for level in set(_LEVEL_GOVERNMENT_SHORT.values())}


# A place of the level opening a line or clause (北山县召开…, 。北山县县长…): the page's own place, against which a
# government named only as a document's issuer is weighed (see _one_level_government); not 全县, 今年全县: no name;
# not 安排县级财政资金: a level word before 级 is no place.
_PLACE_OF_LEVEL = {level: re.compile(r"(?:^|(?<=[\s，。；：:、（(【]))(?P<place>(?:(?![全各本该今去明年])[\u4e00-\u9fff]){2,3}?" + level + ")(?!级)")
                   for level in set(_LEVEL_GOVERNMENT_SHORT.values())}


def _one_level_government(text: str, level: str) -> str | None:
    """The one people's government of ``level`` (市) that ``text`` names in full (白河市人民政府); ``None`` when none or
    several are named, or when the one is named only as a document's issuer (《南屏县人民政府关于…》) and the page names
    another place of the level (北山县召开常务会议…学习借鉴《南屏县人民政府关于…》: another county's document, no
    holder, GUIDELINES §3 sixteenth review round: the full name the page gives for the holder)."""
    found: dict[str, bool] = {}
    for m in _GOVERNMENT_OF_LEVEL[level].finditer(text):
        if not _NO_PLACE_WORDS.search(m["name"][: -len(level)]):
            titled = m.start() > 0 and text[m.start() - 1] == "《"
            found[m["name"]] = found.get(m["name"], True) and titled
    if len(found) != 1:
        return None
    name, titled = found.popitem()
    if titled and any(p["place"] != name and not _NO_PLACE_WORDS.search(p["place"][: -len(level)])
                      for p in _PLACE_OF_LEVEL[level].finditer(text)):
        return None
    return name + "人民政府"

# 县议会, 市政协, 县人大常委会: a body written short by its level alone, no place (see _one_named_in_full).
_LEVEL_BODY_SHORT = re.compile("[省市县区](?:议会|政协|人大常委会|人大|总工会|妇联|团委|文联|科协|侨联|工商联)")


def _one_named_in_full(organizers: list[str | None], short: str, text: str) -> str | None:
    """The one body among the page's other organizers that is ``short`` named in full (澎湖县议会 for 县议会), a place
    before the level word; ``None`` when none or several are, or when ``text`` writes ``short`` after another name too
    (澎湖县议会…金门县议会…: the short form may stand for either)."""
    found = {org for org in organizers if org and org.endswith(short) and len(org) > len(short) + 1
             and not _NO_PLACE_WORDS.search(org[: -len(short)])}
    if len(found) != 1:
        return None
    named = found.pop()
    written = {m["name"] + short for m in re.finditer(_GOVERNMENT_NAMED + ")" + re.escape(short), text)}
    return named if written <= {named} else None


# 县防指, 市城管执法局, 县政府办: a body written short by its level word and a few characters of its full name in order,
# the last standing for the head of the body's noun (指 for 指挥部, 办 for 办公室), after the page named it in full
# (江城县防汛抗旱指挥部…。县防指召开…): the organizer in its full form (GUIDELINES §3 twentieth and twenty-first rounds: a
# body written short after the page named it in full, like 工作专班 for the task force set up in full and 县议会 for
# 澎湖县议会). The short form's level and head must be the full name's, its other characters the full name's in order from
# the first of its own words (人民 of 人民政府 may be left out); exactly one full name of the page must fit.
_ABBREVIATION = re.compile(r"(?P<level>[省市县区])(?P<rest>[\u4e00-\u9fff]{2,5})")
# The head of a body's noun that a short form's last character stands for.
# A body's noun inside the words of a longer name, with the name of one of its units after it (委宣传部, 政府金融工作).
_INNER_BODY = re.compile("(?:委|政府|部|局|厅)(?=[\u4e00-\u9fff]{2})")
_ABBREVIATED_HEADS = {"指": "指挥部", "办": "办公室", "局": "局", "委": "委员会", "部": "部", "院": "院", "厅": "厅", "会": "会",
                      "站": "站", "所": "所", "队": "队", "组": "领导小组"}


def _abbreviated_body_in_full(text: str, short: str) -> str | None:
    """The one body ``text`` names in full that ``short`` (县防指, 市城管执法局) abbreviates, by the reading above; ``None``
    when ``short`` is no such form, or none or several names fit. A short form that is itself the end of a name in
    ``text`` is left to the readings of a name written short by its place alone."""
    m = _ABBREVIATION.fullmatch(short)
    if m is None or (head := _ABBREVIATED_HEADS.get(short[-1])) is None:
        return None
    level, middle = m["level"], m["rest"][:-1]
    names = {n["name"] for n in re.finditer(
        _BODY_NAME_OPENS + r"(?P<name>" + _NOT_BODY_NAME_OPENING + r"(?:" + _NOT_IN_PLACE_NAME + r"[\u4e00-\u9fff]){2,6}?" + level
        + r"(?P<words>[\u4e00-\u9fff]{1,14}?)" + head + r")(?![\u4e00-\u9fff]{0,2}(?:办公室|成员|组长|主任))", text)
        if _abbreviates(middle, n["words"])}
    names = {n for n in names if not n.endswith(short)}
    return names.pop() if len(names) == 1 else None


def _abbreviates(middle: str, words: str) -> bool:
    """Whether the characters ``middle`` (防, 城管执法, 政府) are those of ``words`` (防汛抗旱, 城市管理综合行政执法,
    人民政府) in order, the first being the first of ``words`` (or of what follows a leading 人民)."""
    words = words.removeprefix("人民") if not middle.startswith("人") else words
    if not middle or not words.startswith(middle[0]):
        return False
    at, found = 0, []
    for ch in middle:
        at = words.find(ch, at)
        if at < 0:
            return False
        found.append(at)
        at += 1
    # (城管 is 城市管理, not 城乡规划管理: the second character opens the full name's second word)
    if len(found) > 1 and found[1] - found[0] > 2:
        return False
    # (县委办 is not 县委宣传部办公室, 县政府办 not 人民政府金融工作办公室: a body named inside the words, with words after it
    # that the short form leaves out, makes the head that body's unit's)
    inner = _INNER_BODY.search(words)
    return inner is None or found[-1] >= inner.end()


def _self_reference_host(text: str, meeting: dict[str, Any], word: str) -> str | None:
    """The one body named hosting the meeting that a self-reference by ``word`` (我校, 本院, 我局) stands for: in the
    meeting's sentence, or in the next one when that sentence names no host (论坛在我院召开。本次论坛由江城大学法学院
    承办。, GUIDELINES §3 fifteenth review round)."""
    host = _hosting_school if word == "校" else lambda told: _hosting_body(told, word)
    told = meeting["evidence"]["text"]
    found = host(told)
    if found is None and not _HOSTING_VERB.search(told):
        following = _NEXT_SENTENCE.match(text, meeting["evidence"]["clean_end"])
        # (not 江城大学主办的招聘会下月举行: the host of another event told next, GUIDELINES §3 "the one body named as
        # host or 承办" of this one)
        found = host(following["text"]) if following and not _HOSTS_ANOTHER.search(following["text"]) else None
    return found


def _one_named_council(text: str) -> str | None:
    """The one council with its place (宜兰县议会, 台北市议会) that ``text`` names; ``None`` when none or several are named
    (a bare level before it, 市议会, is no place's name, nor a longer word ending in 议会: 全体议会)."""
    named = {n["name"] for n in _NAMED_COUNCIL.finditer(text)}
    return named.pop() if len(named) == 1 else None

# 甲与乙“…”项目签约仪式, 甲和乙…合作签约仪式: two bodies joined by a conjunction at the head of a passive name are
# the parties of the event, part of what it is about (GUIDELINES §3 eighth round: the name whole, organizer null unless
# 由…主办); each side ends as a body's name (not 人力资源和社会保障局, a conjunction inside one name).
_ENDS_AS_PARTY = re.compile("(?:" + _JOINT_BODY_END + "|有限公司|" + _BANK_WORDS + "|[省市县区镇乡])$")

# The joiners between the bodies of a joint holder (甲与乙, 甲和乙, 甲、乙, 甲及乙, 甲同乙), each part ending as a body
# that holds jointly (not a bare place: 江城市和平区人民政府 is one government).
_HOLDERS_LISTED = re.compile("[与和、及同]")

_ENDS_AS_JOINT_BODY = re.compile("(?:" + _JOINT_BODY_END + ")$")

# What two parties do together, the event about them: a signing, an agreement, a partnership (not 颁奖仪式, 表彰大会:
# two bodies holding a ceremony together are its organizers, GUIDELINES §3).
_PARTIES_EVENT = re.compile("签约|签字|签署|协议|战略合作|合作|共建|结对|联姻|牵手")


def _joint_holders(org: str) -> bool:
    """Whether the organizer ``org`` lists two bodies or more (江城市人民政府与河州市人民政府, 甲公司、乙公司), each
    ending as a body, rather than naming one (中华人民共和国国务院: 和 inside a name)."""
    parts = _HOLDERS_LISTED.split(org)
    return len(parts) > 1 and all(_ENDS_AS_JOINT_BODY.search(part) for part in parts)


# 由国际货币基金组织和日本政府共同主持召开…, 甲学会、乙大学联合主持召开…: the subject of a joint 主持 before the verb of
# holding, with 由 or without (GUIDELINES §3 organizer, thirty-sixth review round).
_JOINTLY_CHAIRING = re.compile(r"\s*由?(?P<bodies>[^，。；,;由在]{2,40}?)(?:联合|共同)主持$")

# A Latin short form standing for a body in a list of joint holders (IMF, OECD).
_LATIN_BODY = re.compile("[A-Z]{2,6}")


def bodies_chairing_jointly(subject: str) -> str | None:
    """The bodies that chair a meeting jointly (``subject``, what stands before 召开/举行, ending on 联合主持 or 共同主持),
    as written without 由 and the adverb: each part listed by 和/与/、/及 ends as a body or is a Latin short form, and at
    least two are listed. ``None`` where any part may be a person (市长李明与书记王强共同主持: hosts, no organizer)."""
    m = _JOINTLY_CHAIRING.fullmatch(subject)
    if m is None:
        return None
    parts = _HOLDERS_LISTED.split(m["bodies"])
    if len(parts) < 2 or not all(_HOLDER_END.search(part) or _LATIN_BODY.fullmatch(part) for part in parts):
        return None
    return m["bodies"]


def _two_parties(org: str, rest: str) -> bool:
    """An organizer prefix that is two bodies joined by 与/和/同/跟, the parties of the event named after them
    (``rest``, the name after the prefix, a signing or a partnership)."""
    joined = _TWO_BODIES.match(org)
    return bool(joined) and all(_ENDS_AS_PARTY.search(joined[side]) for side in ("first", "second")) \
        and _PARTIES_EVENT.search(rest) is not None

# 宜兰县议会, 新北市议会: a council named with its county or city (two characters or more before the level word).
_NAMED_COUNCIL = re.compile(r"(?:^|(?<=[，。；、\s：:（(从在于据对由与和向]))(?P<name>(?![该本我全各此每])[\u4e00-\u9fff]{2,4}?[县市]议会)")

# The words before a level word that make a common noun, no place (城镇, 乡镇, 村镇, 城乡, 城市街道).
# (镇党委在镇…, 这次镇…: a body, a verb or a pronoun before the level word, no place's name)
# (对我市…, 向本县…, 为该区…: a self-reference or a reference after a preposition or a verb, the reporting place again
# and no second place named, GUIDELINES §3 twenty-first round: 我市 stands for the one city the page names)
_NO_PLACE_WORDS = re.compile("[党委政府在这那此次的了和与及召开会我本该各每]")

_NO_PLACE_BEFORE_LEVEL = ("城", "乡", "村", "集", "市", "家", "道")

# (南城街道, 老城街道, 东乡街道: before the two-character 街道 those characters end a street's own name; only 城市街道 is
# the common noun there)
_NO_PLACE_BEFORE_STREET = ("市",)

# (今年全街道共有…, 去年镇…: a time word, then a scope or nothing, before the level word: the span and scope of a tally,
# no place's name, §3 eighteenth round; not 万全镇, 年丰乡: a place's own characters)
_TIME_BEFORE_LEVEL = re.compile("(?:今年|去年|前年|明年|当年|本年|近年|今天|昨天|目前|当前|日前|近日|此前|年内|全年)")
