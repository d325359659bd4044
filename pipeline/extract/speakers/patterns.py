"""Patterns, lexicon-free word lists and clause helpers shared by the speaker readings."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.config import MODELS_DIR
from pipeline.document import Document
from pipeline.extract.common import (
    ATTRIBUTE_AHEAD,
    BACK_REFERENCE,
    DATE_NUMBER,
    FESTIVAL_ACTIVITY_WORDS,
    FESTIVAL_CELEBRATION_HELD,
    FROM_OPENS_WORD,
    HAN,
    NOT_AFTER_HOST_POST_NOUN,
    PLANNED_HOLDING,
    POST_NOMINALS,
    PRIZE_GRADES,
    TALKS_AHEAD_WORDS,
    TALKS_EARLIER_WORDS,
    Sentence,
    clause_bounds,
    evidence,
    first_char_gated,
    literal_gated,
    longest_first,
    pair_gated,
    read_lexicon_lines,
    start_after,
    word_list,
    words_of_kind,
)
from pipeline.extract.speakers.person_context import SPEAKER_FRAME_GAP, country_named
from pipeline.normalize import REPORTERS_ITEM_OPENING
from pipeline.regex_gate import required_literals

# A mention window for role triggers: the clause after the name and, if it has no
# trigger, one more clause (``王世华主持会议并围绕…讲了一堂示范党课``).
MAX_ROLE_CLAUSES = 2
# A model name this close before a title and a rule name (华宇新材料总经理徐磊) opens an organization.
BRAND_TITLE_GAP = 12
_VERB_IN_GAP = re.compile("[为向给在和与及等对将把被让请由同携偕率陪读介绍持并会宣邀]")
# The commonest surnames, which alone follow a husband's surname in a married name (杨何蓓茵).
_MARRIED_SECOND_SURNAMES = frozenset("陈何刘李张王黄林梁吴周郑罗杨叶谭冯马胡邓曾彭萧苏卢蔡")
# Longest title chain read backwards from a name (characters).
MAX_TITLE_CHARS = 40
# 受郑某委托主持会议: the one who delegates is not acting here (and does not end the actor's window).
_ON_BEHALF_OF = re.compile("受$")
# 受县委书记王平委托讲话: the same with the delegate's post between 受 and the name.
_ON_BEHALF_OF_TITLED = re.compile("受[^，。；！？、]{1,20}$")
# 受县委书记王平同志的委托: the 委托 closing such a clause after the delegator's name (see _ON_BEHALF_OF_TITLED), so the
# name is the one who delegates, not the actor.
_DELEGATED_AFTER = re.compile("(?:同志)?的?委托")
# 对勇救落水儿童的王大海、刘小军3名群众予以表彰, 会议对李某同志进行了通报表扬: the people 对 opens in a clause that
# commends them are the ones honoured (GUIDELINES §4: recipients who are only listed are no speakers), however long
# the description before the names (not 针对, 应对, 面对, 反对…: words holding 对).
_COMMENDED_OPENS = re.compile("(?<![针应面反绝相核校比派])对(?![于外口台照标接话])[^，。；！？]{0,60}$")
_COMMENDED_AFTER = re.compile("[^，。；！？]{0,30}?(?:予以|进行了?|给予|作出)(?:了)?(?:通报)?(?:表彰|表扬|嘉奖|奖励)")
# (not 图为王建国讲话: a caption's 为, 是)
_RECIPIENT_BEFORE = first_char_gated("(?:(?<!图)(?<!图[一二三四五六七八九\\d])为|向|给|授予|追授|表彰|祝贺|慰问|看望|陪同)$")
# 为二等奖获得者山西省甲、安徽省乙颁发: every name of a list after 为/向/给 is a recipient, as long as
# no role trigger stands between (为大会致辞的丙 is not).
# (not 见义勇为模范甲: the idiom's 为; not 以下为…的致辞全文: 为 as 是; 华为 only when no name ends in 华,
# see SpeakerExtractor._recipient_clause)
# The 为/向/给 that opens a recipient (not 作为/成为/认为, 为期, 为了): shared with :data:`_RECIPIENT_OPENS`.
# (not 颁奖嘉宾为甲、乙: 为 as 是, the presenters named under their label; but see _PRESENTERS_FOR; nor 述职人分别为甲、乙)
# (not 被誉为“治沙英雄”的局长甲, 被称为…的甲: 为 of a verb of naming, a description of the person, GUIDELINES §4
# fortieth review round)
_RECIPIENT_WORD = r"(?<![作成认因以行图人誉称])(?<!见义勇)(?<!以下)(?<!颁奖嘉宾)(?<!颁奖嘉宾分别)(?<!述职人分别)(?<!点评人分别)(?<!点评嘉宾分别)(?:为|向|给)(?![了期止此何])"
# 颁奖嘉宾为一等奖获得者王强颁发证书: after the presenters' label, 为 is the recipient's when a conferring verb
# follows the name in its clause (颁奖嘉宾为甲、乙。 names the presenters, _RECIPIENT_WORD).
_PRESENTERS_FOR = re.compile("颁奖嘉宾(?:分别)?为[^，。；,;]{0,30}$")
_CONFERRED_AFTER = re.compile("[^，。；,;]{0,30}?(?:颁发|颁奖|颁授|授予|送上|递上|献上|佩戴|戴上)")
_RECIPIENT_IN_CLAUSE = first_char_gated(rf"(?:{_RECIPIENT_WORD}|授予|追授)"
                                                   r"(?P<rest>[^，。；,;]{1,30})$")
# (李家超联同政务司司长陈国基颁发…, 麦美娟今日（七月一日）联同副局长梁宏正主持…)
# (甲、陈、乙等…发言: one character alone between two list marks among names is a name the file lost characters of, as
# the newspaper's file drops those its code has no place for; the list goes on over it, GUIDELINES §4 thirty-sixth round)
_GROUP_JOIN = re.compile(r"^(?:[、和与及同跟\s]|(?:(?:[今昨当本][日天])(?:[（(][^）)]{1,8}[）)])?(?:上午|下午|晚上)?)?"
                         r"(?:联同|偕同|连同|会同|携同|携)|(?<=、)[\u4e00-\u9fff](?=、))*$")
# 甲和军队有关单位的领导乙: a descriptor of the next person (not a job title) after the joining word
_DESCRIBED_JOIN = re.compile(r"^[、和与及]\s*[^，。；、]{0,16}的(?:领导|负责同志|负责人|同志|专家|学者)$")
# 来自南方理工大学的青年教师杨帆, 来自甲大学的…、乙学院的副教授李某: the body a person comes from, before the title
_FROM_BODY_BEFORE = re.compile("来自(?:[^，。；！？]*?、)?(?P<org>[^，。；！？、的“”]{2,20})的$")
_NOT_ONE_BODY = re.compile("^(?:各|全|省内|国内|海内|境内)|[和与及等]")
_ONE_CHARACTER_BODIES = frozenset("局处厅部委办院校司所站队馆社")
# 、农民工 before a name in a list of titled people: a post or descriptor the lexicon does not know
_UNKNOWN_POST_ITEM = re.compile("、[\u4e00-\u9fff]{1,8}")
# The preposition 由 of an agent (由林某某县长主持), not 理由, 自由, 经由, 缘由, 事由, 原由, 来由, 由于.
_AGENT_YOU = r"(?<![理自经缘事原来])由(?!于)"
# Where a list item starts, and characters that make a would-be name part of a title (常务副书记).
# (由林某某县长主持: the agent of 由 opens an item too)
# (市政府林某副市长, 拱北海关张某关长: the organizations of _ORG_BEFORE open an item too)
# (the start of the text opens an item too: see _list_item_starts)
_ITEM_OPENING_ORGS = ("公司", "集团", "大学", "学院", "中心", "政府", "常委会", "委员会", "银行", "分行", "支行", "海关", "总署", "分署",
                      *"局处厅部委办院校司所站队科室社馆")
# (every alternative opens with a character of its own and checks the character before it after that one, so that
# the engine skips the places no alternative opens at without trying each: this reads the same matches, in the same
# order, as (?:^|[，。；、：:\n]|由…|(?<=[\u4e00-\u9fff])(?:公司|…|[局…馆])) less its empty match at 0, 2.5 times as fast)
_LIST_ITEM_START = re.compile("|".join([
    *"，。；、：:\n",
    r"由(?<![理自经缘事原来]由)(?!于)",  # (_AGENT_YOU)
    *(re.escape(org[0]) + r"(?<=[\u4e00-\u9fff].)" + re.escape(org[1:]) for org in _ITEM_OPENING_ORGS),
]))


def _list_item_starts(text: str, openers: frozenset[str] | None = None) -> list[tuple[int, bool]]:
    """Where list items of ``text`` start, with whether a mark or word (not the text's start) opens them; with
    ``openers``, only the items whose first character is one of them (most item starts open with no surname: they
    are dropped in one pass, not by one Python test each)."""
    ends = [m.end() for m in _LIST_ITEM_START.finditer(text)]
    if openers is None:
        return [(0, False), *((i, True) for i in ends)]
    return [(0, False)] * (text[:1] in openers) + [(i, True) for i in ends if text[i : i + 1] in openers]
# An organization name ending right before a person's name (教育处林美惠处长), after any clause opener.
# (市政府林某副市长, 市人大常委会…副主任, 某分行…行长, 拱北海关…关长, 海关总署广州分署…副署长: the heads of
# governments, standing committees, banks, customs and their branches too)
_ORG_BEFORE = re.compile(
    r"(?:^|[，。；、：:\s]|会上|仪式上|随后|最后|首先|接着|由)(?P<org>[\u4e00-\u9fff（）()]{1,20}?"
    r"(?:公司|集团|大学|学院|中心|政府|常委会|委员会|银行|分行|支行|海关|总署|分署)"
    r"|[\u4e00-\u9fff（）()]{2,20}?[局处厅部委办院校司所站队科室社馆系]|[省市县区州盟旗镇乡]委)$"
)
# A name in Latin letters: capitalised words before a rank (Michael Chen教授), or a name or handle
# introduced by 来自…的 and followed by Chinese text or a bracketed alias.
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9])(?P<name>[A-Z][a-z]+(?:[ ·\-][A-Z][a-z]+){1,2})(?=\s?(?:副?教授|博士|先生|女士|研究员|院士|讲师|研究员|医生|律师))"
    r"|来自[^，。；\n]{2,30}?的(?P<handle>[A-Za-z][A-Za-z0-9_]{2,20}(?: [A-Z][a-z]+)?)(?=[（(\u4e00-\u9fff])"
)
# Spaces between the characters of a name (王  强, in a padded list of names).
_SPACE_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# Every _LATIN_NAME holds a Latin letter (a cheap test that skips the sentences with none).
_LATIN_LETTER = re.compile("[A-Za-z]")
_CLASS_NUMBER = re.compile(r"[（(][\d一二三四五六七八九十]{1,3}[）)]")
# Honours a person holds, written before the name (省劳动模范李大山) or as a link of a title chain.
_PERSON_HONOURS = "劳动模范|模范教师|道德模范|优秀教师|优秀班主任|优秀校长|优秀县委书记|三八红旗手|五一劳动奖章获得者|先进工作者|优秀共产党员"
_HONOUR_PART = re.compile(
    # (全国劳模、…车间主任: the short form of 劳动模范)
    # (北京市劳动模范、…售货员, 河北省三八红旗手: a named province, city or county confers it as 省 or 市 does)
    r"^(?:(?:全国|全省|省级?|市级?|县级?|[^、]{1,6}?[省市县区](?:级)?)?(?:" + _PERSON_HONOURS + r"|劳模|最美[^、]{0,6})$"
    # 优秀企业家、某公司董事长, 优秀团员、工程师: an honour head, then a person noun that is no post
    # (杰出校友、某公司董事长, 优秀毕业生、…: a school's honour of its graduates; 知名校友: an epithet)
    r"|(?:优秀|先进|杰出|十佳)[^、]{0,4}?(?:企业家|共青团员|团员|党员|工作者|青年|志愿者|员工|职工|校友|毕业生)$"
    r"|(?:知名|著名)校友$"
    # 全国优秀医生、呼吸科主任医师, 省优秀法官、…庭长: a level and 优秀/先进/十佳 before a person noun
    r"|(?:全国|全省|全市|全县|省级?|市级?|县级?)(?:优秀|先进|十佳)[^、]{0,4}?"
    r"(?:医生|医师|护士|法官|检察官|警察|民警|律师|记者|教师|辅导员|村医|工人|农民|个人)$"
    # 青年岗位能手、技术员: a title of merit ending in 能手 or 标兵
    r"|[^、]{0,6}(?:能手|标兵)$"
    # 全国教书育人楷模、某大学教授, 国家级教学名师、某学院院长: an exemplar or a teaching honour, no post
    r"|[^、]{0,8}楷模$|(?:国家级|省级|市级|校级|全国|全省)?教学名师$"
    r"|[^、]*(?:得主|获得者|获奖者)$"  # 师铎奖得主
    # 长江学者, 国家杰青, 享受国务院特殊津贴专家: academic honours written in a title chain
    r"|(?:教育部)?长江学者(?:特聘教授|讲座教授)?|国家杰青|(?:国家)?万人计划[^、]{0,6}|享受国务院(?:政府)?特殊津贴(?:专家)?|国务院(?:政府)?特殊津贴专家"
    r"|国医大师|国医名师"  # (a state honour of Chinese medicine)
    # 省名中医、医院…主任医师, 全国名老中医药专家: the famed-physician honours conferred by a level of government
    r"|(?:全国|国家级|全省|全市|省级?|市级?|县级?)名(?:老)?中医(?:药专家)?)"
)
# A person's honour right before a name (省劳动模范李大山发言): the model may cut a given name that is a common word.
_HONOUR_BEFORE_NAME = re.compile(_PERSON_HONOURS)
# The residence nouns (GUIDELINES §4 fifteenth review round: a residence before a name is a label), one list for the
# people nouns below and the resident named in a list (_RESIDENT_NAMED_THEN_COMMA).
_RESIDENCE_WORDS = ("村民", "居民", "市民")
_RESIDENCE_NOUNS = frozenset(_RESIDENCE_WORDS)
# People nouns shared by the name reader below and the 指导 rule's people shown how (_SHOWS_HOW).
_PEOPLE_NOUNS = "|".join(_RESIDENCE_WORDS) + "|群众|农民|家长|员工|职工"
# A noun for a kind of person that is no post (村民, 新住民, 志愿者, 干部), right before a name and that name right
# before a speech act (村民林美丽上台发言, 市税务局干部唐诗雨发言): the name is read there even when its given name is
# a common word the model leaves (美丽, 诗雨). Only with the speech act after it: elsewhere such a noun is often
# followed by a word that opens with a surname character (加强干部纪律, 转业干部安置工作, 居民朋友).
# Farming and household descriptions before a name (种植大户, 养殖户, 家庭农场主, 脱贫户: GUIDELINES §4 fourteenth review
# round, no title; the person is still read, like one after a residence label, fifteenth and twenty-first rounds).
# (one lexicon of lay words for the name read before a speech act and before a point raised, cr34 C1: the farming
# descriptions, the farmers named by the crop or stock farmed, and the trade words below)
_FARMING_WORDS = ("种植大户", "种粮大户", "种养大户", "种植户", "养殖大户", "养殖户", "家庭农场主", "农场主", "专业户", "农户",
                  "脱贫户", "贫困户", "低保户", "渔民", "牧民")
# (“最美家庭”代表、巴州镇茶农母亚琴上台分享…, 果农李春花发言: a farmer named by the crop or stock farmed, a lay word
# like 村民 before the name, GUIDELINES §4 twenty-first round)
_CROP_FARMERS = tuple(crop + "农" for crop in "茶果菜粮棉烟蔗花药桑蚕瓜")
# (沿街商户陈美芳提出，…: the trade words of people who hold no office are lay words too, labels and no title, GUIDELINES §4
# fourteenth and twenty-first rounds)
_TRADE_WORDS = ("经营户", "商户")
_LAY_LABELS = "|".join(longest_first((*_FARMING_WORDS, *_CROP_FARMERS, *_TRADE_WORDS)))
_PERSON_NOUN_BEFORE_NAME = re.compile(f"(?:{_PEOPLE_NOUNS}|{_LAY_LABELS}|新住民|工人|志愿者|党员|干部)")
# Such a noun closing what stands before a name (村民杨某第一个开口。她反映…: the label is no opener, the name is still the
# sentence's subject).
_PERSON_NOUN_END = re.compile(f"(?:{_PERSON_NOUN_BEFORE_NAME.pattern})$")
# A lay word before a name and a verb of raising a point at the meeting (会上，村民李秀英反映了…问题, 居民王建国建议…,
# 种植户张大山提出，…): the name is a mention, read like the person nouns above, and the role rules for 反映/建议/提出
# (_RAISED_AT_FORUM, _PROPOSED_AT_FORUM, _PUT_AT_FORUM) decide whether it is a speech at a forum, 座谈会 or council session
# (GUIDELINES §4 sixteenth review round); the lay word is a label, no title (fifteenth round). Not 向记者反映 (向 first:
# reporting to someone) and not 反映 told of an unnamed group (群众反映: no name after the word).
# (种植大户李德胜反映…, 家庭农场主王秀兰建议…, 沿街商户陈美芳提出，…, 棉农李春花反映…: the lay words above)
_LAY_RAISER_BEFORE_NAME = literal_gated(re.compile(f"(?:{_PEOPLE_NOUNS}|{_LAY_LABELS}|党员|志愿者)"))
# (养殖大户甲、种粮大户乙先后反映了…: the name may open a 、-list of such people raising the points in turn)
_RAISED_AFTER_LAY_NAME = re.compile(r"(?:、[^，。；、\s]{2,12}){0,6}(?:在会上|会上)?[，,]?(?:还|也|又|同时|则|先后|分别|依次|积极|现场)?"
                                    r"(?:反映|反馈|建议|提出)")
# Before a residence noun: the clause's opening, a list's mark or the place the resident lives in (幸福小区居民,
# 东庄村村民, 社区居民), so that a two-character name after it is a person (not 围绕居民关心…, 为市民办实事).
_RESIDENCE_OPENS = re.compile(r"(?:^|[，。；：、\n]|[区村镇组庄屯楼苑])$")
# An occupation in …家 that no title list holds (美食家, 收藏家, 慈善家) before a name and a speech act, read like the
# person nouns above: 美食家丁强发言, where the model takes 家丁 (a servant) for a word and misses the name. Two
# characters at least before 家, the one right before it no count, place, home or trade word (两家, 国家, 回家, 各家,
# 商家, 农家: no occupation).
_OCCUPATION_JIA = re.compile("(?<=[\u4e00-\u9fff]{2})(?<![一二两三四五六七八九十几多每各数百千万这那哪本全大国人老自"
                             "娘婆亲东商厂农店酒专管当皇儒道庄买卖独船邻居成持安发起离到回搬返出住在我你他她其])家")
# A body's word right before a name and a speech act (获奖学生代表、机械学院张萌发言, 南江公司王刚发言): the name is
# read there too (萌发 is a word the model takes over the name's end). Only with the speech act after it, like the
# person nouns above, and after a named body (two characters or more before its suffix); a name of two characters
# only when its second one is no head of a group or side (公司高管, 集团高层, 医院方面, 南江公司员工代表发言).
# (毕业生代表、机械工程系林宥辰致答词, 资讯科李佳颖致词, 三年二班黄品妍致词: a department, a section or a class of a
# school, as Taiwan and Hong Kong pages label a student or a staff member; not 系 ending a word: 关系, 体系, 联系)
_BODY_BEFORE_NAME = literal_gated(re.compile("(?<=[\u4e00-\u9fff]{2})(?:学院|大学|学校|中学|小学|公司|集团|医院|银行|研究院|研究所|协会|[局厅]"
                                             "|(?<![关体联派维世水山星语直旁母父谱干])系|(?<![学本专百外内])科|(?<![专加值])班)"
                                             "(?=[\u4e00-\u9fff])"))
# A school class written with its number right before a name (初一（3）班, 高三2班, 三年二班): with _BODY_BEFORE_NAME, what
# a dotted name after it may follow (初一（3）班木合塔尔·艾力发言, GUIDELINES §4: a class before a student's name is no title).
_CLASS_BEFORE_NAME = re.compile(r"(?<=[）)\d０-９一二三四五六七八九十])班(?=[\u4e00-\u9fff])")
_GROUP_HEAD_CHARS = frozenset("管层面方员工部门人们代长")
# 美国密歇根大学化学系大卫·帕克（David Parker）教授作…, 东京大学医学部汉斯·韦伯博士发言: an academic rank after a dotted
# foreign name written right after its body (the rank and the body read as title and organization, GUIDELINES §4: a
# rank after the name, a title word after the name with an organization before it), its Latin form in brackets
# perhaps between; the rank, not a speech act, makes the dotted run a person's name here.
_LATIN_GLOSS = re.compile(r"[（(][A-Za-z][A-Za-z .'\-]{1,40}[)）]")
_NOT_IN_RANKED_DOTTED = re.compile("[的室所组系科处]")
# (the rank after the dotted name, and a qualifier of it: _RANK_AFTER_DOTTED and _RANK_QUALIFIER, after _RANKS below)
# 毕业生代表、电机工程系林子涵致谢词: a school's department or class right after a representative label and 、, right
# before the name: the person's organization, the title null (GUIDELINES §4 seventeenth review round).
_DEPARTMENT_AFTER_LABEL = re.compile("代表、(?P<dept>[\u4e00-\u9fff]{2,14}?(?:学院|(?<![关体联派维世水山星语直旁母父谱干])系"
                                     "|(?<![学本专百外内])科|(?<![专加值])班))$")
# 干部 right after an office (市税务局干部唐某某, 组织部干部王某): a post of that office, a title word there; not
# after other words (加强干部纪律, 转业干部安置, 党员干部), where a word that opens with a surname character often follows.
# A status of a person's working life may stand between (县粮食局退休干部, 县财政局离休干部): with its employer the status
# is the title as written, like 县供电公司职工; alone (退休干部王某) it stays a label (GUIDELINES §4 twenty-third round).
_WORK_STATUS = "退休|离休|退职|内退"
_OFFICE_CHARS = "[局委办厅处署司部所站队院]"
_OFFICE_CADRE = literal_gated(first_char_gated(re.compile(f"(?:(?<={_OFFICE_CHARS})|(?<={_OFFICE_CHARS}(?:{_WORK_STATUS})))干部")))
# A worker's noun right after its employer (县供电公司职工张三, 江城机械厂工人李四, 县自来水公司员工, 县纺织厂女工): a title
# like 市税务局干部 (GUIDELINES §4 fourteenth review round); the noun alone (职工张三, 工人李四, 一线工人) is a label. A status
# of working life may stand between, as for 干部 (县人民医院退休职工, 江城机械厂退休工人).
_WORKER_NOUNS = "职工|员工|工人|女工"
_EMPLOYER_CHARS = "[局委办厅处署司厂矿所站队院场店行园团社]"
_EMPLOYED_WORKER = literal_gated(first_char_gated(re.compile(f"(?:(?<={_EMPLOYER_CHARS})|(?<={_EMPLOYER_CHARS}(?:{_WORK_STATUS})))(?:{_WORKER_NOUNS})$")))
# An officer's noun in 员 right after the body employing the person (地方税务局稽查员, 检察院检察员, 供电所抄表员): a
# job written with its employer, like the worker nouns above, whether or not the lexicon lists the word; not a
# membership (党员, 团员, 会员, 社员, 成员, 学员: one character before 员, no job; §4 tenth round), nor one with a
# modifier before it (县税务局老党员, 女党员, 预备党员, 资深会员): the word before 员 is tested, not only the first character
_EMPLOYED_OFFICER = re.compile("(?<=[局委办厅处署司厂矿所站队院场店行园社])[\u4e00-\u9fff](?<![党团会社学成人])[\u4e00-\u9fff]"
                               "(?<![党团会社学成])员$")
_BARE_WORKER = re.compile(f"(?:一线|普通|产业|青年|老|女)?(?:{_WORKER_NOUNS})")
# 师傅, a form of address for a skilled worker, right before a name (带教师傅李明发言, 老师傅王强代表…发言): read like
# the person nouns above, of any length; 带教师傅, 指导师傅 and 老师傅 are words of their own (not 教师/指导师/老师 and the surname 傅).
_MASTER_ADDRESS = re.compile("(?:带教|指导|老)师傅$")
_MASTER_BEFORE_NAME = re.compile("师傅")
# A quoted honour right before a name and a speech act (获奖代表、“优秀项目经理”林涛作交流发言, “最美员工”王强发言): the
# closing mark ends the honour, so the name is read there as after an unquoted honour (_HONOUR_BEFORE_NAME).
# The quote must read as an honour (an honour's opening or a person's head), not a slogan before a common noun
# that opens on a surname character (围绕“六稳”“六保”任务发言, 就“五水共治”方案发言, “千万工程”经验发言).
_QUOTED_HONOUR_BEFORE_NAME = re.compile(
    "[“「](?=(?:最美|十佳|十大|优秀|杰出|先进|模范|金牌|首席)|[^“”「」，。；]{0,10}"
    "(?:模范|标兵|能手|之星|员工|职工|经理|教师|老师|家庭|人物|工匠|先锋|党员|干部|青年|个人|楷模|卫士|使者|榜样|好人|"
    "书记|村官|医生|护士|志愿者|名师|园丁|工作者|团员|少年|乡贤|能人|巾帼|新人|达人|主播|农民|工人)[”」])"
    "[^“”「」，。；]{2,12}[”」](?=[\u4e00-\u9fff])")
_MASTER_TAIL = re.compile("、?(?:带教|指导|老)?师傅$")
_ON_BEHALF_SPEECH = re.compile(r"代表[^，。；]{1,12}?(?:发言|讲话|致辞)")  # (李明代表师傅发言)
# Taking part by being there, right after a name (县委书记和平出席并讲话): what a name read after a joint may be followed by,
# besides a role's trigger.
_ATTENDING_ACTS = ("出席", "参加", "列席", "在会上")
# An address told as still to come right after the name and its post (等一会儿，卞某书记还要作重要讲话; 稍后，市长王某将作
# 总结讲话; 县长李某同志还将致辞): not reported as given, no role (GUIDELINES §4 twenty-third review round, as §3 records
# nothing ahead); not 还作了…讲话 (done), nor 将…要求 inside remarks made (王某要求，各部门将…). The act may be any act of
# the event told as to come, a bare 讲话 or a conferral as much as an address with its light verb (待会儿，县长王某还要讲话;
# 稍后，王某还要为获奖者颁奖): only an act told as done keeps its role (fifteenth round: 刚才，我为获奖者颁发了证书).
# (not 王某将作风建设作为重点: 将 taking an object, 作 no verb of address; the address's noun closes the act)
_ACT_STILL_AHEAD = re.compile(r"(?:同志|先生|女士)?(?:稍后|随后|等一会儿?|待会儿?|一会儿)?(?:还要|还将|将要|将会|将|也将|也要|随后将|稍后将)"
                              r"(?:为[^，。；]{1,16}?)?(?:(?:作|做|发表)(?!了)[^，。；]{0,8}?(?:讲话|报告|演讲|致辞|发言|部署|总结)"
                              r"|致(?:辞|词|欢迎辞|欢迎词|贺词)|讲话(?![精稿内要中的])|讲几句|(?:颁奖|颁发|颁授)(?!了)|宣读(?!了))")
# A call to speak told with a word ahead (会议结束前，还将请县长王某作重要讲话, 拟请市局局长王某讲话): a turn still to come,
# none given, like an act told as to come (GUIDELINES §4 twenty-fourth review round); the chair's call itself (下面请县长王某
# 讲话, 请…致辞) gives the role called for. The title may stand between 请 and the name.
_CALL_STILL_AHEAD_BEFORE = literal_gated(first_char_gated(re.compile(r"(?:稍后|等一会儿?|待会儿?|一会儿|届时|还将|也将|将要|将会|拟|(?<![即])将)[^，。；]{0,6}?(?<![申提聘])(?:邀)?请"
                                                                     r"[^，。；]{0,12}$")))
# A speaker's place in the turns (儿科主任卜某最后一个上台, 村民杨某第一个开口, 局长王某率先发言): it ends the name too.
_TURN_ORDINAL = r"(?:第[一二三四五六七八九十\d]{1,2}|最后一)[个位]|率先|压轴"
_SPEECH_AFTER_LABELLED_NAME = re.compile(
    # (致答词, 致欢送词: the address of a graduation or a farewell, 致辞 as Taiwan and Hong Kong pages word it)
    # (上台分享了…: an honourees' representative's turn to speak, GUIDELINES §4 seventeenth round, 发言)
    r"(?:也|还|又|随后|首先|最后|接着|现场|上台|先后|相继|在会上|" + _TURN_ORDINAL + "){0,2}"
    r"(?:发言|讲话|致辞|致词|致答词|致谢词|致谢辞|致欢迎词|致欢送词|作[^，。；]{0,8}?(?:发言|感言)|(?<=上台)分享)")
# 、退休教师张明发言 after a name: the list goes on and ends in a speech act (of everyone listed).
# (会后，茶农母亚琴上台分享了家风故事: sharing in a sentence opening on 会后 is done after the meeting, no role, §4 tenth and
# twenty-first rounds; 上台发言 there is read as before)
_AFTER_MEETING_OPENING = re.compile(r"(?:会后|散会后|会议结束后)[，,]")


def _speech_after_labelled(text: str, at: int) -> re.Match[str] | None:
    """:data:`_SPEECH_AFTER_LABELLED_NAME` at ``at``, but no 上台分享 in a sentence that opens on 会后."""
    m = _SPEECH_AFTER_LABELLED_NAME.match(text, at)
    if m and m.group().endswith("分享"):
        start = max(text.rfind(ch, 0, at) for ch in "。！？\n") + 1
        if _AFTER_MEETING_OPENING.match(text, start):
            return None
    return m


_LISTED_THEN_SPEECH = re.compile(r"、[^，。；！？、\n]{2,20}?(?:、[^，。；！？、\n]{2,20}?){0,4}(?=" + _SPEECH_AFTER_LABELLED_NAME.pattern + ")")
# A doctorate written as the last link of a title chain (省委党校教授、博士李明, 副教授、法学博士): part of the title;
# not 博士生, 博士后 or 博士研究生 (titles of their own).
_DEGREE_LINK = re.compile(r"、(?:[\u4e00-\u9fff]{1,2}学)?博士(?![生后研])")
# A doctorate written right after a name (数学学院青年教师农晓燕博士): read like a rank after the name (_RANKS),
# joining a chain written before the name (GUIDELINES §4); no title word of its own before a name (博士生, 博士后).
# (not 荣誉博士代表…, 名誉博士: a degree conferred, no name before it)
_DEGREES_AFTER_NAME = "(?<!荣誉)(?<!名誉)博士"
# A doctorate or a courtesy (老先生, a monk's 法师) right after a name: it ends the name as a title word does
# (…青年教师农晓燕博士, …顾问黄文伯老先生, 正觉寺住持释印顺法师); not 博士生, 博士后, 博士研究生.
_COURTESY_OR_DEGREE_AFTER = re.compile(_DEGREES_AFTER_NAME + "(?![生后研])|老先生|法师")
#: Longest model name read as a person (a transliterated one); Chinese names have 2-4 characters.
MAX_FOREIGN_NAME = 10
#: How far after a body's word the dot of a transliterated name is looked for (化学系大卫·帕克教授): a first part of up
#: to 8 characters, past the longest transliterated first names (弗拉基米尔, 5); set at 9 by fzh (90c706ee, fresh set s126).
DOTTED_FIRST_PART_REACH = 9
_HAN = re.compile(f"[{HAN}]")
# Function words and adverbs that stand between a subject and its verb (李明并作…, 王强又作…, 刘军亲自作…):
# no last character of a given name (see SpeakerExtractor._grown_model_name).
_NOT_GIVEN_TAIL = frozenset("俩们并又还也再亦先则就均都曾将已便随即另首当遂乃特须要应会能可拟需正共仍专亲分各率等和与及同所被为对在于向给让把从由是的了着过去上下内外里前后今昨")
# Stop words that are words of address, not acts: after one more character they may follow a courtesy (王强老先生).
_ADDRESS_STOPS = frozenset(("同志", "先生", "女士", "同学", "院士", "一行"))
# Acts that open a clause right after a name, beside the stop words: taking what is handed over, going up to the
# stage (李德胜接过证书, 李德胜上台发言); 上 alone is a stop word, yet also the end of many verbs (登上, 送上).
_ACTS_AFTER_NAME = ("接过", "上台")
# 来说 right after a two-character model name with the quoted words after a colon (张春来说：“…”): 来 ends a name of three.
_LAI_SHUO_QUOTED = re.compile("来说[：:]")
_CLAUSE_HEAD = re.compile("[，,。；！？\n]")
# 为 opening whom a person acts for (回良成为获奖者颁奖, 王建华为学员授课): after a two-character model name and one more
# character, that character ends a name of three (成为, 华为 are no words here); not 成为颁奖嘉宾, 为本次颁奖典礼.
# Adverbs that stand between a name and that 为 (李明来为学员授课, 常为, 皆为, 更为): no third character of the name.
_ADVERB_BEFORE_FOR = "来常皆更"
# The prepositions that open a recipient right after the one who acts (施永向康宁颁发: 向 between two names).
_PREPOSITION_BETWEEN_NAMES = "向为给"
# What follows a name's last character 为 when 为 is that character, not the preposition (吴大为发言, 张有为作报告,
# 王作为致辞, 吴大为在会上发言, 吴大为指出，): the person's own act, after an optional 在会上/会议上/大会上 — 发言,
# 讲话, 致辞 or 主持 not followed by 人/者/稿/词/的, 代表 or 嘉宾 (为发言代表颁奖); a transitive verb (宣读, 表示, 指出, …) only before 了 or a clause
# mark; 作/做 (not 作好/做好) reaching a report or address noun within 40 characters of the clause, not followed by
# 的/人/者/稿/词. So 为 keeps being the preposition before an act qualifying its object (为发言人, 为主持人, 为发言的
# 代表, 为作了报告的专家, 为在会上发言的代表), a purpose (为表示感谢, 为做好…作了部署), and 李强为获奖者颁奖,
# 王明为大家讲党课 (no act right after 为).
_ACT_AFTER_NAME_WEI = re.compile(
    # never a relative clause qualifying whom the preposition 为 confers on (王强为参加培训并考核合格的学员颁发证书,
    # 王强为在讲话中指出问题的代表颁发证书, 李明为在会上发言并受到表彰的代表颁奖); a second 为 before the 的 is the
    # person's own (严可为出席会议并为获奖的企业颁奖)
    r"(?!(?:(?!为)[^，。；]){0,24}?的[^，。；为]{0,12}?(?:颁|授|发放|发给|赠|送))"
    r"(?:在(?:会上|会议上|大会上))?"
    r"(?:(?:发言|讲话|致辞|主持)(?![人者稿词的]|代表|嘉宾)"
    r"|(?:宣读|表示|指出|强调|要求|认为|介绍|总结|点评|讲评|汇报|通报)(?=[了，：,:])|说[，：,:]"
    r"|[作做](?![好])(?:[^，。；]{0,40}?(?:报告|发言|讲话|演讲|部署|总结|点评|讲评|辅导|讲座|党课|宣讲|述职|动员|致辞))"
    r"(?![的人者稿词])"
    # (严可为出席并讲话, 张有为参加会议并讲话: attending and then an act; not 为出席会议的代表颁奖)
    r"|(?:出席|参加)[^，。；的]{0,16}?并"
    # (吴大为在讲话中指出, 严可为在总结讲话时强调: remarks inside the person's own address)
    r"|在[^，。；的]{0,10}?(?:讲话|致辞|发言|报告|点评)[中时](?:指出|强调|要求|表示|说|提出|希望|认为)"
    # (宋大为在开幕式上致辞, 李有为在座谈会上说: remarks at a ceremony or a meeting named before them; not 为在会上发言
    # …的代表颁奖, refused by the relative clause above)
    r"|在[^，。；的]{0,10}?(?:式|礼|会)上(?:致辞|讲话|发言|说[，：,:]|指出|强调|要求|表示|宣读)"
    # (王有为就下一步工作作了部署, 严可为对…提出要求: the person's own charge; not 为就业…, 为对口帮扶工作作了部署,
    # 为对…作出贡献的)
    r"|(?:就(?![业近地医学读餐诊])|对(?![口外接象照标]))[^，。；的]{1,30}?(?:[作做]了?|提出了?)[^，。；的]{0,8}?(?:部署|安排|要求|动员|讲话|点评|总结)"
    r"(?![的人者]))"
)
# 陈乐于主持会议, 李可以出席并讲话: 于 and 以 before the person's own act end a name as 为 does; not an address the
# preposition opens (王强于讲话中指出, 于发言时表示: 于 the preposition, the name has two characters)
_NAME_LAST_LIKE_WEI = "为于以"
# Prepositions that a name runs into before their object (陈明给获奖者颁奖, 陈明把奖杯…, 孙丽跟大家…): 对 and 向 are
# stop words of the lexicon; these three are not, 给 and 跟 also being verbs (see SpeakerExtractor._preposition_after_name).
_PREPOSITIONS_AFTER_NAME = ("给", "把", "跟")
_ADDRESS_AS_TIME = re.compile("(?:发言|讲话|致辞|报告)[中时]")
# The verbs that hand an honour over (颁了奖, 授了牌: the verb split by 了), shared with _CONFERRING (read once a
# ceremony's roles are settled) and, less 授予, with _FOR_WHOM_ACT: a 为 before 授予 is as often that of 作为/成为 with a
# passive (作为全县唯一被授予…的单位) as one opening whom the act is for.
_HANDING_HONOUR_VERBS = "颁了?奖|颁发|颁授|授了?牌|颁牌"
_CONFERRING_VERBS = _HANDING_HONOUR_VERBS + "|授予"
# 致辞，向参赛运动员表示热烈欢迎: 向 opens to whom the greeting goes, the label after it heads the addressees
# (向参赛运动员和裁判员表示问候: the greeting verb anywhere later in the clause; a surname 向 before a given name and a
# post that then greets is read as that preposition too: the act is the subject's of the clause before)
_TO_WHOM_GREETING = re.compile("[^，。；！？]{0,16}?(?:表示|致以|致敬|致意|致谢|道谢|问好|问候|送上|送去)")
_FOR_WHOM_ACT = re.compile(
    f"为(?=[^，。；！？、]{{1,16}}?(?:{_HANDING_HONOUR_VERBS}|授衔|授了?旗|揭牌|授课|作报告|讲党课|上党课)"
    "(?!嘉宾|典礼|仪式|大会|晚会|活动|现场|环节|词|人|者))"
)
_PADDED_NAME = re.compile("([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])")
# 香港, 澳门, 台湾 right before a body's name (香港公益金, 澳门基金会): a region, never part of a person's name.
_REGION_BEFORE_BODY_RE = re.compile("香港|澳门|台湾|中华")
# Brackets, quote marks, punctuation and spaces: never inside a person's name.
# Quotation marks, opening and closing (Simplified and Traditional copy): a model name right between them is a word quoted.
_OPENING_QUOTE_MARKS = ("“", "「", "『")
_CLOSING_QUOTE_MARKS = ("”", "」", "』")
_NOT_IN_NAME = re.compile(r"[（）()【】\[\]《》〈〉“”「」『』，。、；：,;:！？!?\s]")
_ORG_LAST_CHAR = re.compile("[部局处委办厅所站队组镇乡村县区市省司署]$")
# A model "name" that a state or territory word follows (贝宁共和国), or that names a meeting or forum
# (马格里布专家级会议, 达沃斯论坛), is a place; not 李明会议上, 会议期间, 会议室, 会议精神, 会议讲话.
_PLACE_AFTER_NAME = re.compile(
    "(?:共和国|王国|合众国|酋长国|大公国|群岛|半岛)|(?:[\u4e00-\u9fff]{0,3}级)?(?:会议|峰会|论坛)(?![上中后前时期室厅讲精])"
)
# A product's model code glued to a word (凌锋S7, 星河X9 Pro): the word is a brand, no person's name; a code has
# a Latin letter and a digit (not 李明CEO, a post, nor 王刚A, a class label).
_MODEL_CODE_AFTER = re.compile(r"[A-Z]{1,3}\d{1,4}(?![\dA-Za-z])")
_TITLE_CHARS = re.compile("[务委组党局处部厅省市县区院校司会镇乡村]")
# A name right after 、 in a list, ending at the next 、 or a list end (分别, 等, 先后, comma, or the
# list's act: 冯骥才、莫言、铁凝作了发言).
# (not 张力、王涛在发言中说: a preposition before the act ends the name, no third character of it)
# A bare name as the next item of a 、-list, then the list goes on or ends (、何春燕在主席台就座, 、乙等)
_UNTITLED_LIST_ITEM = re.compile(r"、(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[、，。；,在等出参分先依相作发讲致和及与同])")
# (甲、乙作现场述职, 甲、乙作了述职: the list's act is an account of duties, GUIDELINES §4 述职; 甲、乙作交流发言:
# a kind of speech named before 发言; 对甲、乙的述职进行了点评: the item ends before 的, whose act is its own, §4 述职)
# The speech act that closes a list of speakers (甲、乙作交流发言, …等5位村党组织书记进行了表态发言, …和丁作现场述职): one
# lexicon for the list's neighbours, its last item and a list closed by a count (_COUNTED_LIST).
_LIST_SPEECH_ACT = r"(?:作了?|做了?|进行了?)?(?:交流|表态|典型|现场)?(?:发言|讲话|致辞|述职)"
# The act or the word of turns that closes a list of speakers right after its last item (…和丁依次述职, …及丁作交流发言).
_LIST_ACT_AHEAD = r"(?:分别|先后|依次|相继)|" + _LIST_SPEECH_ACT
# (…、丙及丁依次述职: 及 or 与 after an item only before a last name and the list's act; 、劳工及福利局局长… is a body's name)
_LIST_NEIGHBOURS = re.compile(r"、(?P<name>[\u4e00-\u9fff]{2,3}?)(?<![在于对向为的])(?=、|分别|等|先后|依次|,|，|。|和"
                              r"|[及与][\u4e00-\u9fff]{2,3}?(?:" + _LIST_ACT_AHEAD + r")|" + _LIST_SPEECH_ACT
                              + r"|的(?:述职|发言)(?!精神))")
# 甲、乙、丙和丁依次述职, 甲、乙及丙作交流发言, 甲、乙与丙先后发言: the last item of a list of speakers joined by 和/及/与/以及,
# right before the list's act or word of turns (GUIDELINES §4: every person named before one speech verb takes part; names
# joined by 和 share the roles after the last); the walk over a list's 、 items stops there. Not 王强和群众代表座谈 (no act
# of a list right after the item) nor 王强与韩方分别致辞 (a side in talks: the caller tests _SIDE_WORD).
_LAST_LIST_NEIGHBOUR = re.compile(r"(?:以及|[和及与])(?P<name>[\u4e00-\u9fff]{2,3}?)(?<![在于对向为的])(?=" + _LIST_ACT_AHEAD + ")")
# The last item of a list of speakers holding two names joined by 和/及/与/以及 (丙和丁 of 甲、乙、丙和丁依次述职).
_JOINED_LAST_ITEM = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,4}?)(?:以及|[和及与])(?P<second>[\u4e00-\u9fff]{2,4})")
# 在述职环节，甲、乙…: a programme segment naming the role of the people in it.
# A 、-list closed by 分别/先后/依次/相继 and an act (李春花、王建勇、赵小龙分别作了事迹报告): a list of people
# acting in turn, so every item names one, read from the item's end once an item shows a person
# (SpeakerExtractor._respective_list_names).
# An item never ends in 等 (王磊、李娜等分别发言: 等 closes the list, no part of 李娜); a count of the people
# listed may stand between (…、刘玉兰四位老教师相继发言).
# (the words of acting in turn are a tuple too: a cheap test that skips the sentences with none)
_IN_TURN = ("分别", "先后", "依次", "相继")
_IN_TURN_WORD = re.compile("|".join(_IN_TURN))  # (a test before _RESPECTIVE_LIST, tried at every position)
_RESPECTIVE_LIST = re.compile(
    r"(?:^|(?<=[，。；：:\s]))(?P<items>[\u4e00-\u9fff]{2,12}(?<!等)(?:、[\u4e00-\u9fff]{2,12}?(?<!等)){1,11})"
    r"(?:等人?)?(?:[二三四五六七八九十两\d]{1,2}(?:位|名|人)[\u4e00-\u9fff]{0,6}?)?"
    # (甲、乙结合工作实际先后作交流发言, 甲、乙围绕主题依次发言: a frame of what the turns draw on between the list and the
    # word of turns, GUIDELINES §4 thirty-third round)
    r"(?:(?:结合|围绕|立足|联系|紧扣|紧密结合|紧紧围绕)[\u4e00-\u9fff“”]{1,12}?)?"
    r"(?=(?:" + "|".join(_IN_TURN) + r")(?:作|做|致|发言|讲|上台|进行|交流|述职|点评|宣读))"
)
# 甲、乙、丙、丁、戊等5位村党组织书记作交流发言, 甲、乙、丙等3人作表态发言: a 、-list closed by a count of people (位, 名,
# 人) and then the list's speech act, with no word of turns: the count shows every item is a person (GUIDELINES §4: every
# person named before one speech verb takes part), read like a list acting in turn. (Not 江苏、安徽等3个省作交流发言: a
# count of places; the cheap test _COUNTED_LIST_TAIL skips the sentences with no such count before an act.)
_COUNTED_LIST_ACT = _LIST_SPEECH_ACT
# (behind its required literals, 发言, 讲话, …: searched in every sentence, it rarely matches; 11.3 -> 1.9 ms over a
# quarter of the snapshot texts, speed pass pf5, tests/extract/pages/test_fast_paths_pattern_gates.py)
_COUNTED_LIST_TAIL = literal_gated(re.compile(r"[二三四五六七八九十两\d](?:位|名|人)[\u4e00-\u9fff]{0,6}?" + _COUNTED_LIST_ACT))
_COUNTED_LIST = re.compile(
    r"(?:^|(?<=[，。；：:\s]))(?P<items>[\u4e00-\u9fff]{2,12}(?<!等)(?:、[\u4e00-\u9fff]{2,12}?(?<!等)){1,11})"
    r"等?[二三四五六七八九十两\d]{1,2}(?:位|名|人)(?P<noun>[\u4e00-\u9fff]{0,6}?)(?=" + _COUNTED_LIST_ACT + ")"
)
# The words after the count that show by themselves that every item is a person (等5人, 等5名同志); a post after the count
# (等3名乡镇党委书记, 等3位市长, 等3名企业代表) is held in the places or firms listed, which show no person by the count.
_COUNTED_PEOPLE_NOUNS = ("", "同志")
# Last characters of place names that no given name ends with (苏州、常州分别作了交流发言: places, no people).
_PLACE_END = re.compile("[州港岛湾洲庄屯]$")
# Last characters of place names that given names end with too (马鞍山, 黄山 beside 王金山; 宣城, 张家口): a
# three-character list item ending so may be read as a name, but it shows no person of its own
# (马鞍山、黄山、宣城分别作交流发言: places).
_PLACE_LIKE_END = re.compile("[山城口坪沟坝湖桥关]$")
_SEGMENT = re.compile(r"\s*(?:在|进入)?(?P<seg>述职|交流发言|表态发言|发言|颁奖|致辞|点评)环节")
# 5名驻村第一书记逐一述职，…。其中，驻大坪村第一书记李某介绍…: one of a counted group that reported in turn in the
# sentence before, picked out by 其中 (a segment of the programme like 述职环节: the group's act is that person's role).
_AMONG_THEM = re.compile(r"\s*其中[，,]")
# 3家企业负责人分别作了表态发言，其中某公司总经理李某表示…: the same picking out after a comma inside the group's
# own sentence (the words told are that address, §4: 说/表示 going on with an address belong to it).
_AMONG_THEM_INLINE = re.compile(r"[，,]其中(?![的之])")
# Between two names of a 、-list (其中，甲书记何某、乙书记马某分别介绍…): the next item's title, no act between.
_LIST_JOINT = re.compile(r"、[^，。；！？,“”的]{0,20}$")


def _listed_with_first(text: str, mentions: list) -> bool:
    """Whether each of ``mentions`` after the first is the next item of a 、-list that opens with the first (all of
    them picked out by 其中, GUIDELINES §4 programme segment), no act told between two of them."""
    return all(_LIST_JOINT.fullmatch(text, a.end, b.start) for a, b in zip(mentions, mentions[1:], strict=False))
# Another's act told before a name in the 其中 sentence (李某的述职得到…王某的肯定): that name is no one picked out.
_ANOTHERS_ACT_BEFORE = re.compile("的(?:述职|发言)|得到|给予|受到")
# (6名基层党组织书记依次走上讲台，围绕履职情况…等进行述职: the way up to the stage and the topic between the group and
# its act, the same sequence)
_GROUP_IN_TURN = literal_gated(first_char_gated(re.compile(r"(?:[\d一二三四五六七八九十两]+(?:名|位|个|家|人)|各)[^，。；！？\d]{0,12}?(?:逐一|依次|分别|先后|相继)?"
                                                           r"(?:上台|登台|走上讲台|走上台)?(?:[，,](?:围绕|就|从|结合)[^。；！？]{0,40}?)?"
                                                           r"(?:进行|作了?)?(?P<seg>述职|交流发言|表态发言)")))
# 两个党组织书记作了交流发言。甲书记某某介绍了…，乙书记某某则分享了…: named people telling what they shared right after
# an unnamed group's exchange are those speakers (GUIDELINES §4 twenty-first round), their content told with 了.
# (7个党支部书记逐一进行述职。甲介绍了…；乙汇报了支部…的成效和不足: in a group's 述职 a named one's 汇报 is that
# account, GUIDELINES §4 programme segment; 汇报 is no sharing after a group's 交流发言)
_SHARED_AFTER_NAME = re.compile(r"\s*(?:则|也|还|重点|主要|详细)?(?:介绍|分享|讲述|交流|谈|(?P<reported>汇报))了")
# The group's count (两个党组织书记, 3名乡镇党委书记): more people named after it than it counts are not its speakers.
_GROUP_COUNT = re.compile(r"(?P<n>[\d一二三四五六七八九十两]+)(?:名|位|个|家)")
# A leader's post closing a title (县委书记, 镇党委副书记, 市文旅局局长): what is written before it is the body the person leads.
_LEADER_POST_END = re.compile("副?(?:书记|主任|局长|县长|市长|区长|镇长|乡长|主席|部长|校长|院长|厅长|董事长|总经理|理事长|会长)$")
# The body holding the meeting, right before its verb (县委召开…, 县委在…召开…, 镇党委组织召开…).
_HOLDS_MEETING = "[^，。；！？]{0,12}?(?:召开|举行|举办)"


# The level of a holding body of a level's leadership (县委, 镇党委, 县政府, 市人大常委会, 区政协) right before its verb.
_LEVEL_BODY_HOLDS = re.compile("(?P<level>[省市州县区镇乡])(?:委|党委|政府|人大常委会|人大|政协)" + _HOLDS_MEETING)


def _level_leader_posts(level: str) -> re.Pattern[str]:
    """The head and deputy heads of the leadership bodies of ``level`` (县长, 副县长, 县委书记, 县人大常委会主任,
    县政协副主席), as the whole of a title part."""
    return re.compile(f"副?{level}长|{level}(?:委|党委)副?书记|{level}(?:人大常委会|人大|政协)(?:党组)?副?(?:主任|主席|书记)")


def leads_the_holder(text: str, title: str | None, before: int) -> bool:
    """Whether a part of ``title`` names a leader of the body that holds the meeting told in ``text`` before offset
    ``before`` (县委书记 at 县委召开…), or a leader of another leadership body of the holder's level (县长 at the 县委's
    meeting): such a one named after a group's exchange is not one of the group (GUIDELINES §4 twenty-first round,
    second part; a department's head, 组织部部长, is none)."""
    told = text[max(0, before - 300) : before]
    # (县委举办培训班。同日，市委召开…会议。…交流发言: the exchange belongs to the meeting told last, so its holder is
    # the last level body holding one; a body holding an earlier meeting holds none of this one)
    holders = list(_LEVEL_BODY_HOLDS.finditer(told))
    level = holders[-1] if holders else None
    if level is not None:
        told = told[level.start() :]
    leaders = _level_leader_posts(level["level"]) if level else None
    for part in re.split("[、，,]", title or ""):
        post = _LEADER_POST_END.search(part)
        body = part[: post.start()] if post else ""
        if len(body) >= 2 and re.search(re.escape(body) + _HOLDS_MEETING, told):
            return True
        if leaders is not None and leaders.fullmatch(part):
            return True
    return False
# 14个社区党组织书记逐一登台述职。…。轮到某社区党委书记饶某，他直言…: a person whose turn comes in the group's sequence
# told before takes the group's act (GUIDELINES §4 twenty-first round); not a turn of a programme part (轮到提问环节).
_TURN_COMES = re.compile(r"(?:^|(?<=[，。；：:\s]))(?:接下来|随后|接着|然后|最后)?[，,]?轮到"
                         r"(?![^，。；！？]{0,24}?(?:的时候|时)[，,])(?![^，。；！？]{0,10}?(?:环节|阶段|时间))")
# 会后, 5月7日，县文联举办…: another event (or another day) told between the group's sequence and the turn; the turn is
# then that event's, no part of the sequence (the sequence may run on over paragraphs of the same meeting).
_ANOTHER_EVENT_BETWEEN = re.compile(r"会后|会前|举办|举行|召开|开展|(?:^|[。\n])\s*\d{1,2}月\d{1,2}日")
# 谈到了述职暴露出的问题: a noun-like trigger talked about is no role.
# (结合述职情况: talked about; not 结合工作实际先后发言, 结合分管工作发言: speaking in light of one's work)
# (not 为提到的企业颁奖: 提到的 qualifies the noun, the trigger after it is the act)
_TALKED_ABOUT = re.compile(r"(?:(?:谈到|提到|说到)(?!的)|针对|关于|结合(?![^，。；]{0,6}(?:先后|分别|依次|实际|工作)(?:作了?|进行了?)?$))了?[^，。；]{0,6}$")
# 对各支部的述职, 听取了…的汇报: a trigger that is the object of these verbs is not the person's role.
# (not 申请, 邀请赛, 请示, 转让: words; not 动员大会: an event)
_ASKED_BEFORE = re.compile("(?:(?<![申提聘])请(?![赛示假])|(?<![转出])让|鼓励)[^，。；]{1,12}$")
# (希望大家积极建言献策, 要求各支部书记结合工作谈体会: others asked to speak or share, not the speaker's own act;
# only for 发言: 要求/希望 before another trigger may be the person's own speech going on)
# (并组织与会人员开展研讨交流: a discussion the one named organizes for others, no address of their own; the words
# after 组织 hold no 并, so 组织召开座谈会并发言 is the organizer's own address)
# (与师生作了交流, 同企业家作交流: an exchange with a partner named before 交流 is a conversation, no address to the
# meeting; 与会 opens 与会人员, no partner)
# (not 李明同志作了交流, 张伟同时作交流, 共同, 一同: 同 inside a word, an address form or an adverb, no partner)
_EXCHANGE_PARTNER_BEFORE = re.compile(r"(?:与(?!会)|(?<![共一协认合相])同(?![志时期事样])|跟)[^，。；、]{1,12}$")
_ASKED_TO_SHARE_BEFORE = re.compile("(?:要求|希望|号召|动员)[^，。；]{1,12}$|^\\s*(?:并|还|又|随后)?组织(?![部委])[^，。；并]{1,12}$")
# (对述职的党组织书记逐一点评: the 述职 is the people's, an attribute of the object)
# (听取了县工商联的典型发言: a kind of address between 的 and the trigger)
# (not 在就职典礼的致辞中: 就职, 就位, 就业 are words, not the preposition)
# (没有对他所提出的…的一些要求作出答复: a quantifier between 的 and the trigger, the same object, thirty-ninth round)
_OBJECT_BEFORE = re.compile(r"(?:对|就(?![职位业任读医餐座近])|听取|审议|围绕)[^，。；]{0,20}的(?:典型|交流|表态|精彩|一些|这些|那些|几点|各项)?$|(?:听取|听了|聆听)(?:了|完)?(?:大家|代表们|与会人员|各位|同志们)?的?$"
                            r"|对$")
# (克林顿随即对其讲话表示赞赏, 就其发言作了回应: 其 stands for another's name before a noun trigger, like 对李某的讲话,
# GUIDELINES §4 thirty-ninth review round; not before a verb: 对其强调, the remarks made to the one named before)
_ANOTHERS_BEFORE = re.compile("(?:对|就)其(?:重要)?$")
# Address nouns: those read as the object of a reaction (below), and, with 致词, as triggers beside the lexicon's noun
# triggers (讲话 and 致辞 are verbs too: 在会上讲话).
_ADDRESS_NOUNS = ("讲话", "发言", "致辞", "演讲", "报告")
_ADDRESS_NOUN_ENDS = (*_ADDRESS_NOUNS, "致词")
# 对其讲话表示赞赏, 对其重要讲话内容表示欢迎: another's address (其 standing for its holder) as the object of 对/就, then
# the soft verb of the reaction to it (roles).
_REACTION_TO_ADDRESS_BEFORE = re.compile(f"(?:对|就)其(?:重要)?(?:{'|'.join(_ADDRESS_NOUNS)})(?:内容)?$")
# A verb setting up or adding events right before a noun trigger in its clause (增设长者健康讲座, 开设法律讲座): the trigger
# names the event set up (GUIDELINES §4: 議員…提出動議，建議增設…講座 gives no 作报告); not 举办 (王教授举办讲座: given).
_SET_UP_EVENT_BEFORE = re.compile("(?:增设|开设|开办|设立|增加|增开|多开|推出|筹办)[^，。；]{0,16}$")
_OBJECT_BEFORE_BARE = re.compile("(?:对|就(?![职位业任读医餐座近]))[^，。；的]{0,20}$")
# (对各村发言一一点评, 对各支部书记述职逐一讲评: the review verb bare after an adverb of going through them one by one, the
# 发言/述职 the others' whose turns are reviewed, GUIDELINES §4 twenty-first round, thirty-first round)
_ASSESSED_AFTER = re.compile("(?:情况)?(?:(?:逐一|分别|集中|一一|逐个|逐项)?(?:作|做|进行)了?[^，。；]{0,6}?(?:点评|总结|评议|评价|讲评)"
                             "|(?:逐一|一一|逐个|分别)(?:点评|讲评|评议))")
# 主持人：刘某（…）: the role label before a name.
# 主持人：…, 会议主持：…, 主持人是/为…; 主讲人为…, 报告人：… (the lecturer)
# A photo caption's lead right before a name (图为王建国讲话, 上图为…, （图为…, 图：…): the caption tells what the person
# named does at the meeting reported (GUIDELINES §1 reads captions), so the name needs no title before it.
_CAPTION_LEAD = re.compile(r"(?:^|(?<=[\n。！？（(【▲]))\s*(?:[上下左右]?图[一二三四五六七八九\d]*(?:为|中为?)|图[:：])\s*")
# A bare 主持人 opening a clause, right before a name (。主持人王丽宣布典礼开始, 晚会主持人李某): the label of the
# event's host, no title (§4); not a presenter described (节目主持人, 著名主持人, 与播音员、主持人合影).
_HOST_LABEL = r"(?:(?:^|(?<=[，。；！？\n]))(?:会议|大会|活动|晚会|典礼|仪式|论坛|开幕式|颁奖礼)?主持人)"
_ROLE_LABEL = literal_gated(re.compile(r"(?:主持人|主持|主讲人|主讲嘉宾|报告人)\s*(?:[:：]|(?<=[人宾])[是为])\s*|" + _HOST_LABEL + "(?=[\u4e00-\u9fff])"))
# A short bracketed qualifier inside a title chain: 副院长（主持工作）, 副校长（研究）, 书记（辅导员）; a Hong Kong post's
# portfolio, one or two fields joined by 及/、 (社会福利署助理署长（青年及感化服务）, 副秘书长（工商及旅游）).
_QUALIFIER_PATTERN = r"[（(](?:[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,6}[及、和与][\u4e00-\u9fff]{1,6})[）)]"
_QUALIFIER = re.compile(_QUALIFIER_PATTERN)
_QUALIFIER_END = re.compile(_QUALIFIER_PATTERN + "$")
# 主持人：刘某（社区党委副书记、居委会主任）: a title in brackets after the name.
_BRACKETED_TITLE = re.compile(r"[（(](?P<title>[^（）()，。；\n]{2,40})[）)]")
# 王磊（县发改局局长）、李娜（城关镇党委书记）作交流发言: a would-be name opening a list item or a clause, right
# before a bracketed title (the caller checks the name and that the bracket ends in a title word).
_NAME_BEFORE_BRACKET = re.compile(r"(?:^|(?<=[，。；、：:\s]))(?P<name>[\u4e00-\u9fff]{2,4}?)" + _BRACKETED_TITLE.pattern)
# 他同/她与 before a name: the partner of the pronoun's act (他同克林顿总统在首脑会晤中…指出).
_PARTNER_BEFORE = re.compile("(?:他|她)(?:同|与|跟)$")
# 克林顿总统在与江泽民主席会谈时，重申…; 首相在同市长王某会见时说: the one named inside the subject's frame of talks (在与…
# 会谈时) is the other party, the remarks the subject's (GUIDELINES §4 thirtieth review round; holding talks gives no role).
# (not 在与会代表…: 与会, attending)
# (在同突尼斯总统某某举行会谈后发表谈话说: after the talks too, GUIDELINES §4 thirty-first round)
_TALKS_PARTNER_BEFORE = re.compile("在(?:与(?!会)|同|和|跟)[^，。；,;、]{0,20}$")
_TALKS_PARTNER_AFTER = re.compile("[^，。；,;]{0,8}?(?:会谈|会见|会晤|交谈|谈话|通话|磋商)(?:时|中|期间|后)")
# 首相在会见中国共产党代表、中联部副部长某某时重申…, 在接见来访的国务卿某某一行时说: the one met, the object of the
# subject's 会见 inside its frame, is the other party, the remarks the subject's (GUIDELINES §4 thirty-first round, as the
# thirtieth round's partner in talks).
# (布莱尔在唐宁街首相府会见…特林布尔后表示: a place between 在 and the verb, or no 在 at all, GUIDELINES §4 thirty-second round)
_MET_PARTNER_BEFORE = re.compile("(?:在[^，。；,;]{0,12}?)?(?:会见|接见|会晤|宴请|拜会|拜见|會見|接見|會晤)了?[^，。；,;]{0,30}$")
_MET_PARTNER_AFTER = re.compile("(?:先生|女士|夫妇|一行|等人|等)?(?:时|期间|後|后|時)")
# Remarks of another time (GUIDELINES §4 thirty-first review round; §4: people whose earlier remarks are relayed).
# A year written before the name in its sentence, two or more years before the page's (1980年5月，邓小平同志在会见外宾时
# 说; 早在1978年，某某就指出; 一九八六年十二月，…): the remarks are dated to another time, cited by an essay or an editorial.
_YEAR_WRITTEN = re.compile(r"(?<![\d〇○零一二三四五六七八九])(?P<year>(?:1[89]|20)\d\d|[一][八九][〇○零一二三四五六七八九]{2}"
                           r"|[二][〇○零][〇○零一二三四五六七八九]{2})年(?!代|度)")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
# The remarks cited as a source after the name (正如某某1995年所说, 正如某某同志指出的那样, 某某说过): words of another
# occasion quoted, whoever quotes them.
# (正如某某同志指出的，…: the same with the clause closing on 的)
_CITED_AS_SOURCE_AFTER = re.compile(r"[^，。；！？“”]{0,12}?(?:所(?:说|讲|指出|强调|论述|阐述)|(?:说|讲|指出|强调)(?:过|的那样|的(?=[，,])))")
# Another time before the name with no year (早在改革开放之前，某某就指出; 80年代末，某某指出): a decade, or 早在.
_EARLIER_TIME = literal_gated(re.compile(r"早在|(?<![\d])\d0年代(?!以来)|(?<![十])[二三四五六七八九]十年代(?!以来)"))
# A speech named as the thing studied (学习某某总书记观看话剧后的重要讲话的体会, 学习某某同志讲话精神): remarks of another
# occasion, the speaker no part of this one.
_STUDIED_BEFORE = re.compile(r"学习(?![会班组])")
_SPEECH_STUDIED_AFTER = re.compile(r"(?:同志)?[^，。；！？]{0,16}?的?(?:重要)?讲话(?:的(?:体会|心得|收获)|精神)")
# Another's indirect speech opened before the name in its sentence (发言人鲁宾说，国务卿某某认为…; 编剧甲说，总书记乙在讲话中
# 指出…): one named in its first clause is the one whose words are relayed; after a written source (社论说，…) the whole
# rest of the sentence is the source's.
_SPEECH_OPENED = re.compile(r"(?:说|表示|认为|指出|强调)[，,][^，,。；;！？：:“”]*$")
_SPEECH_OPENER_GAP = re.compile(r"(?:同志|先生|女士)?(?:也|还|则|又|最后|接着|进一步|再次)?$")
_PRONOUN_SPEAKING = re.compile(r"(?:他|她)们?(?:也|还|则|又|最后|接着|进一步|再次)?$")
# (not 报道说，某某总统日前在…接见…时宣布: a news report tells events, no opinion citing remarks of another time)
_WRITTEN_SOURCE_SAID = re.compile(r"(?:社论|评论员文章|评论|文章)(?:还|也|又)?(?:说|指出|认为|强调)[，,][^。；！？]*$")
# Remarks in the relayed clause (国务卿某某认为, 总书记某某在讲话中指出): a name only mentioned there is no one's remarks.
_REMARKS_IN_CLAUSE = re.compile(r"[^，,。；;！？]{0,30}?(?:说|认为|指出|强调|表示|要求|提出|重申|讲话|谈话)")
# A meeting named in the sentence (在1997年11月召开的…会议上，局长某某要求): an earlier meeting the page narrates is a
# meeting of its own (GUIDELINES §3), its remarks no relayed ones.
# (…站在研究会的讲坛上，…报告厅轰动了: the meeting's platform and hall tell it too)
_MEETING_NAMED = re.compile("会议|大会|全会|会上|座谈会|研讨会|报告会|论坛|典礼|仪式|招待会|宴会|酒会|晚会|联欢会|茶话会|团拜会"
                            "|讲坛|讲台|报告厅|会场|主席台")
# A year written with its month (1998年1月): a dated event, the page's time (a goal year, 到2010年, is none).
_YEAR_WITH_MONTH = re.compile(r"(?<![\d])(?P<year>(?:1[89]|20)\d\d)年\d{1,2}月")
# A recent time or 曾 right between the name and the verb of saying (江某同志最近强调指出：…, 外长某某日前指出, 某某曾说):
# remarks told as made on an occasion of their own, relayed by an essay or another speaker when the sentence names no
# meeting (GUIDELINES §4 thirty-ninth round; not 某某最近在讲话中表示, a speech of theirs named).
_RECENT_REMARKS_AFTER = re.compile(r"(?:同志|先生|女士)?(?:最近|日前|近日|前不久|不久前|曾经?)(?:就|也|还|又|再次|多次|曾)?"
                                   r"(?:强调)?(?:指出|强调|说|表示|认为|要求|提出|重申)")
# (主持人甲说，请市长乙讲话: a call giving the turn, no words relayed)
_CALLED_BEFORE = re.compile(r"(?:请|邀请|由)[^，,。；;]{0,20}$")


def years_written(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The years written in ``text[start:end]`` (1980年, 一九八〇年; not 80年代, 1998年度)."""
    return [int(m["year"].translate(_CN_DIGITS)) for m in _YEAR_WRITTEN.finditer(text, start, len(text) if end is None else end)]


def remarks_of_another_time(text: str, sentence_start: int, sentence_end: int, start: int, end: int,
                            page_year: int | None, speakers_before: list[tuple[int, int]]) -> bool:
    """The one named at ``start:end`` only has remarks of another time relayed: a year before the name in its sentence
    two or more years before ``page_year`` with no meeting named in the sentence (or a decade, 早在), a recent time or
    曾 right before the verb of saying with no meeting named, the remarks cited as a source after the name, a speech
    of the person's named as the thing studied (_SPEECH_STUDIED_AFTER), or the name inside the
    first clause of the indirect speech of one named earlier in the sentence (``speakers_before``: their spans), of
    a pronoun or of a written source (_CITED_AS_SOURCE_AFTER, _SPEECH_OPENED, _WRITTEN_SOURCE_SAID)."""
    if (page_year is not None and any(year <= page_year - 2 for year in years_written(text, sentence_start, start))
            or _EARLIER_TIME.search(text, sentence_start, start)) \
            and _MEETING_NAMED.search(text, sentence_start, sentence_end) is None:
        return True
    if _RECENT_REMARKS_AFTER.match(text, end) and _MEETING_NAMED.search(text, sentence_start, sentence_end) is None:
        return True
    cited = _CITED_AS_SOURCE_AFTER.match(text, end)
    if cited and _MEETING_NAMED.search(cited.group()) is None:
        return True  # (not 正如县委书记王宁在会上所说: remarks at the meeting named, made there)
    clause = start_after(text, start, "，,。；;！？\n")
    if _STUDIED_BEFORE.search(text, clause, start) and _SPEECH_STUDIED_AFTER.match(text, end):
        return True
    if _WRITTEN_SOURCE_SAID.search(text, sentence_start, start):
        return True
    opened = _SPEECH_OPENED.search(text, sentence_start, start)
    if opened is None or _CALLED_BEFORE.search(text, sentence_start, start):
        return False
    if _REMARKS_IN_CLAUSE.match(text, end) is None:
        return False  # (沙曼说，某某访老是一次重要的访问: only named in the words, no remarks of hers relayed)
    return any(_SPEECH_OPENER_GAP.fullmatch(text, e, opened.start()) or SPEAKER_FRAME_GAP.fullmatch(text, e, opened.start())
               for _, e in speakers_before if e <= opened.start()) \
        or _PRONOUN_SPEAKING.search(text, sentence_start, opened.start()) is not None


def page_year_written(text: str) -> int | None:
    """The latest year ``text`` writes with a month (1998年1月; a goal year, 到2010年, is none), or None.

    Every match of _YEAR_WITH_MONTH holds 年 four characters after its start, and no two can overlap (the digits after
    one's 年 are no year before another 年): the pattern is tried only four characters before each 年 of the page, the
    same matches as a scan of the whole page (which tried its look-behind and class at every character)."""
    years = []
    at = text.find("年", 4)
    while at >= 0:
        if (m := _YEAR_WITH_MONTH.match(text, at - 4)) is not None:
            years.append(int(m["year"]))
        at = text.find("年", at + 1)
    return max(years, default=None)


# Inside a quotation opened after a speech verb and a colon (…说：“…), not yet closed.
_INSIDE_QUOTED_SPEECH = re.compile("(?:说|表示|指出|强调|介绍|认为|回忆|谈到)[：:]\\s*“[^”]*$")
# A sentence opening with 他/她 goes on with the last speaker; with a soft verb after an address
# (致辞。他表示…) it goes on with that address.  An order word may open it first (致辞。隨後，他即場頒發…予八名學生:
# the same one acting next, as 他还为…颁发 is).
_PRONOUN_START = re.compile(r"\s*(?:(?:随后|接着|紧接着|之后|然后|其后|随即)[，,]?\s*)?(?:他|她)(?![们])")
# A sentence whose subject is the report itself, then a directive clause of it (…作年度工作报告。…。报告对2024年重点工作
# 作出安排 / 该报告就下半年防汛工作进行了部署): the report's directive clause adds 讲话 to the one who gave it
# (GUIDELINES §4 twenty-fourth round: a directive clause of the report, fifteenth round, adds 讲话), read only when one person
# on the page gives a report (the extractor checks); not a review or a summary of it (报告总结了…, 报告对…进行了审议), nor a
# bare 报告强调/报告要求, which may quote a report read or studied rather than tell the speaker's words.
# A review clause of the report may come first (报告从…等方面全面回顾了2024年工作，并对2025年工作作出部署 / 报告回顾了过去一年的
# 工作，对今年重点工作作出具体安排: the report's directive clause after its look back, GUIDELINES §4 thirty-second review round).
# The look back may go on in a clause or two of analysis before the directive clause (报告回顾了过去一年的工作，分析了当前
# 面临的形势，对今年工作作出部署: GUIDELINES §4 fortieth review round); each clause still a review's, summary's or analysis's.
_REPORT_DIRECTS = re.compile(r"\s*(?:(?:会上|同时|此外|最后)[，,]?\s*)?(?:该|这份|这个)?(?:工作)?报告(?:还|并|同时|也|最后)?"
                             r"(?:[^，。；]{0,30}?(?:回顾|总结)[^，。；]{1,40}?[，,]\s*(?:并|同时|还)?"
                             r"(?:(?:全面|深入|客观|认真)?分析了?[^，。；]{1,30}?[，,]\s*(?:并|同时|还)?){0,2})?"
                             r"(?:对|就)[^，。；]{1,30}?(?:作出|作了|做出|做了|进行了?)(?:具体|全面|详细|专门)?(?:安排|部署)")
# The one giving a report in this sentence, then the report's clauses in bare verb form, a look back and a deployment
# (作工作报告，总结2023年工作，部署2024年重点任务 / 作了工作报告，回顾了过去一年工作，安排了今年重点工作): the deployment is the
# report's directive clause, 讲话 as in the meeting's work report (GUIDELINES §4 fifteenth and thirtieth review rounds, as
# the thirty-second round reads it); not a report heard (听取了…作的工作报告), nor 部署的… (a noun's qualifier).
_REPORT_GIVEN_THEN_DEPLOYS = re.compile(r"[作做](?!的)了?[^，。；]{0,30}?报告[，,]\s*"
                                        r"(?:(?:并|同时)?(?:全面|系统|认真)?(?:总结|回顾)[^，。；]{1,40}?[，,]\s*)+"
                                        r"(?:并|同时|还)?(?:全面|具体|系统)?(?:部署|安排)(?!的)了?[^，。；的]{1,20}?(?:工作|任务)")
# What may stand before a sentence's subject: nothing, a short opener (会上，随后，) or a date (5月10日上午，).
# The events and parts of one that frame a sentence before its subject (讲话中，…; 讲座中，…; 报告会上，…; 互动环节中，…):
# the one named after the frame is still the sentence's subject.
_FRAMING_EVENTS = ("讲话", "致辞", "报告", "点评", "发言", "座谈", "讲课", "授课", "总结", "党课", "座谈会", "活动", "讲座",
                   "报告会", "论坛", "交流", "互动", "互动环节", "交流环节", "典礼", "仪式", "大会", "宣讲")
_OPENER = (r"\s*(?:(?:会上|随后|接着|最后|同时|此外|会议期间|期间"
           # (讲话中，县委书记王强回顾了…。他指出, 讲座中，作家X讲述了…。他说: the frame of an address or an event
           # before the subject)
           r"|(?:" + "|".join(longest_first(_FRAMING_EVENTS)) + r")(?:中|上|时|期间))[，,]?"
           r"|[^，。；]{0,8}?[日天](?:上午|下午|晚上|晚)?[，,])?")
# A fronted clause before the subject of a sentence (针对项目推进中存在的问题，X…; 在谈到…时，X…; 围绕…，X…): the one
# named after it is still that sentence's subject, for a 他/她 opening the next one.
_FRONTED = (r"(?:\s*(?:(?:针对|围绕|对于|关于|面对|结合|为了|在?(?:谈到|谈及|说到|提到))[^，。；]{1,40}?"
            r"|在[^，。；]{1,30}?(?:时|之时|之际|期间|过程中)"
            # (在太原召开的座谈会上，X听取了…汇报。他要求…: the meeting the subject's act is told at)
            r"|在[^，。；]{1,30}?(?:召开|举行)的[^，。；]{0,20}?(?:会|仪式|典礼)上)[，,])?")
_SUBJECT_START = re.compile(_OPENER + _FRONTED)
# A post alone opening a sentence before what its holder does there (行政长官在午宴上致辞时表示).
# (縣長親自頒發獎狀, 局长随后致辞: an adverb of manner or order between the post and the act; 會中，/會前， as Taiwan copy
# opens the sentence, the remarks told 会前 dropped as for a name, GUIDELINES §4 tenth and sixteenth rounds)
_POST_SUBJECT = re.compile(
    r"(?:\s*会[中前][，,])?" + _OPENER + r"(?P<post>[\u4e00-\u9fff]{2,12}?)(?:亲自|随后|随即|首先|最后|再次|同时|还|也)?"
    r"(?=在[^，。；]{1,20}(?:上|中|时)|致辞|致词|表示|指出|强调|发言|讲话|主持|颁发|颁授|向[^，。；]{1,20}颁)"
)
# Posts alone, one or several joined, conferring in a clause of their own (…表扬绩优产销班4班，由理事长及乡长颁发奖牌;
# 会上，县长和议长共同颁发奖状): each stands for its one named holder, as a post alone opening a sentence does (GUIDELINES
# §4 thirtieth round, like 會前，縣長親自頒發獎狀 in the twenty-eighth); only the act of conferring, whose subject 由 marks.
_POSTS_CONFER = re.compile(
    r"(?:^|(?<=[，,；;]))\s*(?:(?:会上|会中|随后|典礼上|仪式上)[，,]?\s*)?由?"
    r"(?P<posts>[\u4e00-\u9fff]{2,8}?(?:(?:及|和|与|、)[\u4e00-\u9fff]{2,8}?)*)(?:共同|一起|分别|亲自|一同)?"
    r"(?=颁发|颁授|颁奖|为[^，。；]{1,20}?颁|向[^，。；]{1,20}?颁)"
)
_POST_JOINER = re.compile("及|和|与|、")
# Words right after a name that make it the one honoured, not one acting (张三被授予…, 李四荣获…).
_HONOURED_AFTER = re.compile(r"\s*(?:被|荣获|获得|获评|获颁|荣膺|当选)")
# A clause that goes on with the same subject (并在点评时指出, 他指出): its roles are the subject's too.
# (…出席会议，市领导为获奖代表颁奖; …，几个县区作了交流发言: a group acts, not the one named before)
# (not 一个个鲜活的案例, 从三个方面: a count of things)
_NEW_SUBJECT = re.compile(r"\s*(?:各|全体|与会|参会|部分|其他|其余|多名|[\d一二三四五六七八九十两几多]+[名位]|[\d一二三四五六七八九十两几多]+[个家](?!个|方面|层面|多?小时|多?月|多?星期|上午|下午|晚上|钟头)"
                          r"|[省市县区镇乡校院局]领导|领导们|嘉宾们?为"
                          # (汪某找到了两家饭店，对方表示…: the other party met speaks; …连升3级，国家授予…: the state confers,
                          # not the one named before, GUIDELINES §4: the speaker is who addresses)
                          # (not 对 before a word in 方, its object: 对方针政策作了解读, 对方案的修改, 对方向性问题, 对方便群众…)
                          r"|对方(?=[\u4e00-\u9fff])(?!针|案|向|面|法|式|便|位|略|圆|言|阵|志|剂|程|格)"
                          r"|国家(?=授予|颁发|给予|表彰|奖励)"
                          # (…通报了…情况，支部委员和党员代表逐一发言: a group of members speaks, not the one named before;
                          # also with the branch they belong to first, 支部党员逐一发言, GUIDELINES §4 fortieth review round)
                          r"|(?:党?支部委员|班子成员|(?:党?支部)?(?:党员代表|党员干部|党员)|群众代表|职工代表|村民代表)"
                          r"(?=[和与及、]|们|逐一|逐个|依次|先后|分别|纷纷|踊跃|结合|围绕))")
# A clause whose subject is an unnamed post (质控科负责人对…进行了点评, 有关负责同志作了讲话): the act is that
# unnamed person's, who gives no record (§4), not the one named in the clause before; not a post that is the object
# of a preposition or a verb before it (对…负责人提出要求, 听取…负责人汇报) nor one qualifying a noun (…负责人的汇报).
_UNNAMED_POST_CLAUSE = re.compile(r"\s*(?!并|随|又|还|在|到|于|也|再)(?:(?![对向把给与和同听请由邀让为，。；])[\u4e00-\u9fff]){0,10}?"
                                   r"负责(?:人|同志)(?![的、和与及])")
# A clause whose subject is one or more organizations, perhaps with an unnamed post after them, that speak
# (市城管局作典型发言, 市城管局、市住建局主要负责人作表态发言, 城关镇等3个单位先后发言, 市财政局在会上作交流发言): the address is theirs,
# not the one named before.  An organization ends in a word for an organ, a place or a unit; a clause opening on a
# connective or a preposition goes on with the one named (随后在县委党校作交流发言: a place, no subject; 代表市委作表态
# 发言, 作为集团代表发言: the one named speaks on the body's behalf, GUIDELINES §4 代表发言).
_ORG_SUBJECT = re.compile(
    r"\s*(?!并|随|又|还|在|到|于|接着|同时|之后|然后|也|再|分别|先后|依次|代表|作为)(?:[\u4e00-\u9fff]{1,14}?(?:局|办|委|厅|处|院|校|所|站|中心|公司|集团|街道|社区|镇|乡|村|园区|开发区|区|县|市|单位|部门)[、和及与]?)+"
    r"(?:等[\d一二三四五六七八九十两]*个?(?:单位|部门))?"
    r"(?:(?:主要)?负责(?:人|同志)|代表|党组织书记)?(?:分别|先后|依次|相继|也|还)?"
    # (市财政局在会上作交流发言: the occasion between the body and its address)
    r"(?:在[^，。；]{1,12}?(?:上|中))?(?:分别|先后|依次|相继|也|还)?"
    r"(?:(?:作|做|进行)了?[^，。；]{0,6}?发言|发言|交流发言|表态发言)"
)
# A collective phrase opening a title: units listed then counted (县发改局、城关镇、县工业园区等3个单位, …等单位)
# or only counted (3个单位), before a post the people listed after it share (主要负责人); the count is no post.
_COLLECTIVE_UNITS = re.compile(r"^(?:(?P<units>[^等，,]{2,80}?)等(?:[\d一二三四五六七八九十两]+个)?|[\d一二三四五六七八九十两]+个)"
                               r"(?:单位|部门|乡镇|镇街|街镇|县区|区县|县市区|企业|学校)(?=.)")
_CONTINUES = re.compile(r"\s*(?:并|还|又|同时|随后|接着|之后|他(?!们)|她(?!们))")
# A clause whose agent 由 names (并由承揽厂商代表宣读施工计划, 随后由副局长李华介绍…): another subject acts, not the one
# named before (not 由衷, 由于, 由此, nor 由其/由他, the same person again).
_AGENT_CLAUSE = re.compile(r"\s*(?:并|随后|接着|然后|之后|再|同时)?由(?![衷于此其他她])")
# 落实市委书记张华在会上的讲话要求, 张华在会上的讲话站位高: the speech named as a thing, the speaker
# not acting in this account (not 张华在会上的讲话中指出, 在讲话时强调: the remarks it reports).
# (not 江泽民在…大会上的讲话 as a headline: the transcript's speaker)
# 纪念邓小平扩大派遣留学生讲话二十周年, 毛泽东同志在延安文艺座谈会上的讲话发表80周年: the anniversary of a speech, remarks
# of another time remembered (GUIDELINES §4: people whose earlier remarks are relayed are no speakers).
_SPEECH_ANNIVERSARY_AFTER = re.compile(r"(?:同志)?(?:《[^》，。；]{1,40}》|[^，。；《]){0,24}?(?:讲话|谈话|演讲)(?:发表)?(?:\d+|[一二三四五六七八九十百]+)周年")
_SPEECH_AS_NOUN = re.compile(r"(?:同志)?在[^，。；]{1,30}?[上中]的(?:重要)?讲话(?:要求|精神|部署|站位|内容|指示|中提出的|中强调的)")
_VERB_IN_POSTS = re.compile("表扬|表彰|召开|举行|举办|出席|参加|开展|组织(?![部委工员])|慰问|看望|走访|调研(?!员)|会见|欢迎|邀请|今日|今天|昨日|昨天"
                            # (会议任命了…负责人, 选举产生…主任: an act on others named by their posts)
                            "|任命|任免|聘任|聘请|选举|当选|表决|通过|决定|[^、]了")
# A part of a comma group that opens on a count (5名区直部门负责人, 两位副主任): people counted, not one's post.
_COUNTED_PART = re.compile("[\\d一二三四五六七八九十两几数多百千]+(?:余|多)?[名位个人]")
# What opens a recipient's clause before the title chain (大会授予, 会议决定追授, 向, 给): a verb of conferring or the
# preposition of the one honoured, no part of the title (GUIDELINES §4: the job-title chain written next to the name).
# (卸任理事长黄某将印信交予新任理事长蔡某: a handover's verb, like a conferring one, ends the giver's clause)
_CONFERRED_BEFORE_TITLE = re.compile(r"^(?:[^、，,]*?(?:授予|追授|颁授|颁发给|颁给|交予|交给|交棒给)|向(?!阳)|给(?!排水))(?=[^、]{2})")
# Place names that open on a connector-like character (和平区, 和田地区; not 和|广州市, 和|县委书记).
_PLACE_WITH_CONNECTOR = re.compile("和(?:平|田|顺|政|静|龙|硕|林格尔|布克赛尔)(?:[区县市州旗镇乡村]|地区|社区|街道)")
# 对 opening a body's name, not the preposition (对外贸易经济合作部副部长, 对外经济贸易大学校长, 对外友协会长): 对外 before
# the field the body deals in; not 对外商代表, 对外籍专家, 对外国来宾, 对外事办主任 (the preposition, then a noun of 外)
_BODY_OPENING_DUI = re.compile("对(?:外(?:贸易|经济|经贸|联络|友协|友好|文化|交流|宣传|合作|开放|汉语|传播|承包|援助)|口支援|台(?:办|事务))")
_AFTER_ZONG = re.compile("经理|工程师|会计师|经济师|设计师|指挥|编辑|监|裁|干事")
# A form of address right after a name (毛泽东同志, 习近平总书记), before the words the patterns below look for.
_ADDRESS_AFTER_NAME = "(?:同志|总书记|书记|主席)?"
# After the name: remarks made in the past or acts to come (毛泽东同志曾经指出, 王宁将出席…并讲话), not
# this account's.  The time adverb may follow the occasion (在上周召开的全市干部大会上曾指出) and 此前 marks
# the past as 曾 does (组长张平此前在反馈会上指出).
# (not 王宁将作风建设作为重点, 将到会人员分为三组: 将 as the object marker)
# (not 在回顾此前在脱贫攻坚中取得的成绩时指出, 在谈到曾在基层工作的经历时说: after an occasion the time word dates the
# verb only right before it; inside the occasion it dates what is talked about)
_NOT_NOW_AFTER = re.compile(_ADDRESS_AFTER_NAME + r"(?:在[^，。；]{1,30}?(?:曾经|曾|此前|早前|早就|早已)(?:多次|反复|一再)?(?:指出|说|强调|要求|讲)"
                            # (伍某此前曾表示: the time words may come in a row)
                            r"|(?:曾经|曾|此前|早前|早就|早已|生前)+(?:在[^，。；]{1,20})?(?:多次|反复|一再)?(?:指出|说|强调|要求|讲|表示|提出)"
                            # (张某去年视察部队时曾说, 李某前年曾指出: a past day or an occasion ended by 时/期间, then 曾
                            # right before the verb, dates the remark to that occasion, not this account's)
                            r"|[^，。；“”]{0,24}?(?:时|期间|之际|去年|前年|早年|当年|年前)(?:曾经|曾)(?:多次|反复|一再)?"
                            r"(?:指出|说|强调|要求|讲|表示|提出)"
                            r"|(?:将要|即将|将)(?:于[^，。；]{1,12}|在[^，。；]{1,20})?(?:出席|参加|主持|发表|前往|赴|检阅|观摩)"
                            # (老局长李大山常说的“…”, 王师傅经常讲: a habitual saying, words of no one occasion)
                            r"|(?:常常|经常|时常|总是|常)(?:说|讲|挂在嘴边)(?!话|课|座|述|解|授|评))")
# After the name: words quoted as a doctrine or a saying, not remarks made at the event.  所 before the speech
# verb makes it a noun phrase, what the person said (正如毛泽东同志所指出的; not 正如王宁在会上所说: the occasion
# written between names the remarks made here).
_QUOTED_TEACHING_AFTER = re.compile(_ADDRESS_AFTER_NAME + r"所(?:指出|强调|说|讲|要求|论述|阐述)")
# 深刻 right before the speech verb: the wording of a quoted teaching (习近平总书记深刻指出，…), but also of a
# county report on its own speaker (市委书记王宁出席会议。王宁深刻指出，…), so it marks words quoted only for one
# the text shows taking no part in this meeting (:data:`_TAKES_PART_AFTER`, :data:`_MEETING_FRAME_OPENS`).
# (not 习近平在讲话中深刻指出: the occasion written between, as with 所)
_PROFOUND_AFTER = re.compile(_ADDRESS_AFTER_NAME + r"深刻地?(?:指出|强调|阐述|阐明|揭示|论述)")
# 总书记 written after the name as a form of address before the speech verb: the way a local account cites the
# party leader's words (会议指出，习近平总书记强调，…; 习近平总书记在参加江苏代表团审议时指出), like 深刻 read
# only for one the text shows taking no part in this meeting, and not for remarks at an occasion the text holds
# (习近平总书记在座谈会上强调 after 中共中央召开座谈会).
_CITED_LEADER_AFTER = re.compile(r"总书记(?:也|还|又|再次|多次|反复|一再|曾经|曾|深刻地?)*"
                                 r"(?P<occasion>在[^，。；]{1,30}?(?:上|时|中|期间))?(?:也|还|又|再次|多次|反复|一再|曾经|曾|深刻地?)*"
                                 r"(?:指出|强调|要求|说|讲|指示|提出|论述|阐述)")
# After the name: a speech at a numbered congress of another body cited as the source of the words (某某同志在第六次文代会上
# 的讲话中指出): remarks of that occasion, relayed, unless the page tells that congress held (GUIDELINES §4 thirty-first
# round, a speech named as a source; thirty-fifth round).
_NUMBERED_CONGRESS_SPEECH_AFTER = re.compile(_ADDRESS_AFTER_NAME + r"(?P<occasion>在第[一二三四五六七八九十\d]{1,3}[次届][^，。；]{1,30}?上)"
                                             r"的(?:重要)?讲话中")
# After the name: words of a party congress's report cited (江泽民同志在党的十五大报告中指出, 在中共十五大报告中再次重申:
# the party named too, GUIDELINES §4 thirty-first round): a document of another occasion, whoever quotes it.
_CONGRESS_REPORT_AFTER = re.compile(_ADDRESS_AFTER_NAME + r"在(?:中共|中国共产党)?(?:党的)?(?:第)?[一二三四五六七八九十]{1,3}(?:大|次全国代表大会)"
                                    r"(?:的?(?:政治)?报告|上的(?:重要)?讲话|[^，。；]{0,4}?报告)中")
# After a name: an act of taking part in the meeting told (王宁出席会议, 习近平主持会议, 李明亲自到会).
_TAKES_PART_AFTER = re.compile(_ADDRESS_AFTER_NAME + r"(?:亲自|也|还)?(?:主持|出席|参加|列席|到会|莅临)")
# A sentence opening on the frame of the meeting, the name in the clause right after it (会上，市委书记王宁…):
# the one named acts at this meeting.
_MEETING_FRAME_OPENS = re.compile(r"\s*在?(?:本次|此次|这次)?(?:会议|大会|全会|会)上[，,]?[^，,。；]*")
# Before the name in its sentence: the account's own conclusions quoting someone (会议指出，省委书记王宁在…上强调;
# 他引用…的话; 正如…所说).
# (the first two only when the name's remarks were made elsewhere: _ELSEWHERE_AFTER)
# (刘刚指出，周洋书记在全市干部大会上强调: another speaker's words, like the meeting's, may report remarks made elsewhere)
_QUOTED_BEFORE = literal_gated(re.compile(r"(?P<concluded>(?:会议|会上)?(?:指出|认为|强调|要求)[，,][^。；]*$|正如[^，。；]{0,20}$)|引用[^，。；]{0,20}$"))
# 在全省经济工作会议上强调, 到我县调研时指出: remarks made at another occasion (not 在会上, 在本次会议上).
# (在调研时强调: a visit, no meeting, with nothing before its word)
_ELSEWHERE_AFTER = re.compile(r"(?:同志)?(?:此前|上周|日前|近日)?(?:在|到)(?!会上|会议上|本次|这次|此次|大会上)"
                              r"(?:[^，。；]{2,30}?(?:会议|大会|会|调研|考察|视察)|[^，。；]{0,30}?(?:调研|考察|视察))"
                              r"[^，。；]{0,4}?(?:上|时|期间)")
# 周洋书记在上周的调研中要求: remarks made on a visit the text dates before this meeting (an earlier meeting the
# text narrates is a meeting of its own, GUIDELINES §3, so its speeches count).
_EARLIER_VISIT = re.compile(r"(?:同志)?(?:(?:上周|上月|上个月|此前|前不久|不久前|前些天|去年)(?:在|到)|(?:在|到)(?:上周|上月|上个月|此前|前不久|不久前|前些天|去年)的?)"
                            r"[^，。；]{0,20}?(?:调研|考察|视察|检查)[^，。；]{0,4}?(?:时|期间|中)")
# A word after a two-character name that a model span may take in as the third character: 等 before a
# count or 同志, 作/做 before what was given (作…报告, 作主题演讲), 代为/代表, 在/于/到 before a place.
# 现场 right before an act of the meeting (秦雪现场述职, 现场作报告, 现场点评): no character of a name.
# A speech verb after a name read with 则 (蒋红则表示, 而王强则认为): 则 is the conjunction
_SPEECH_AFTER_ZE = re.compile("表示|认为|说|建议|指出|强调|提出|介绍|希望|坦言|直言")
# Nor is a manner adverb before a verb (李明全面回顾了…工作, 王强认真总结了…, 王强生动作报告, 王强简要讲了…), like 现场:
# the adverb and verb read as one, the name keeps two characters (a three-character name 王全面 before 主持 stays whole).
_ON_SITE_ACT = re.compile("现场(?:述职|作|做|发言|点评|讲评|讲话|致辞|宣读|颁奖|授课|讲解|答疑|指导)"
                          "|(?:全面|全力|认真|系统|详细|简要|具体|着重|深情|动情|生动|深入|热情|激情|简短)(?:地)?"
                          "(?:回顾|总结|部署|分析|阐述|阐释|解读|介绍|讲解|通报|汇报|传达|论述|剖析|梳理|推进|落实|贯彻"
                          "|安排|讲述|点评|讲评|评价|肯定|强调|指出|宣讲|布置|动员|做好|抓好|支持|配合"
                          "|讲了|作了|做了|作报告|发言|致辞|讲话|分享|寄语)")
# One given-name character right before 同学 (李子涵同学): not a joining or function word (和, 与, 及, 跟, 同, 的, 等, 向,
# 为, 对, 给, 让, 请, 带, 领, 们, 说, 在, 把, 被).
# Common syllables of Tibetan and Uyghur names written without a dot (才让卓玛, 次仁顿珠, 阿依古丽): a model name
# that is the end of a run of two or more of them was cut short (让卓玛 of 才让卓玛) and grows to the run.
# (Tibetan and Uyghur; Yi: the family-branch names 吉克, 沙马, 海来, 马海… and the given names 伍沙, 阿呷, 拉则…;
# Mongolian: 哈斯巴根, 萨仁高娃, 巴特孟根…; a run needs two syllables, so one syllable inside a place, 阿苏乡, reads none)
_MINORITY_SYLLABLES = longest_first({
    "才让", "次仁", "扎西", "卓玛", "多吉", "顿珠", "央金", "格桑", "达瓦", "旦增", "阿依", "古丽", "买买提", "艾力",
    "热依拉", "尼玛", "白玛", "德吉", "平措", "益西", "索朗", "洛桑", "罗布", "普布", "边巴", "旺堆", "嘉措", "加措",
    "曲珍", "卓嘎", "巴桑", "拉姆", "措姆", "吾斯曼", "艾买提", "阿不都", "热合曼", "努尔", "吐尔逊", "依明",
    "吉克", "沙马", "海来", "马海", "吉伍", "曲比", "阿尔", "俄木", "阿侯", "勒格", "莫色", "巴莫", "阿都", "瓦扎",
    "吉木", "罗洪", "金古", "木乃", "吉则", "阿什", "日火", "阿库", "果基", "阿西", "吉沙", "补约", "马黑", "俄底",
    "吉史", "苏呷", "阿苦", "伍沙", "阿呷", "拉则", "拉铁", "阿支", "日莫", "阿果", "阿牛", "木呷", "石呷", "尔哈",
    "拉哈", "伍各", "阿伍", "尔布", "拉惹", "子哈", "阿洛", "伍呷", "阿嫫", "阿芝", "日哈", "约哈", "阿且", "阿各",
    "布哈", "木牛", "惹古", "哈则", "阿木", "阿作", "尔且", "莫且", "只哈",
    # (阿说拉火, 海来依火, 吉克拉火: the family name 阿说 and the given-name ending 火 of 拉火, 依火, fresh4 f4s)
    "阿说", "拉火", "依火",
    "巴特", "巴图", "额尔敦", "其其格", "乌云", "斯琴", "图雅", "朝鲁", "那仁", "娜仁", "高娃", "毕力格", "格日勒",
    "宝音", "苏和", "满都拉", "阿拉坦", "敖登", "巴雅尔", "哈斯", "巴根", "萨仁", "特木尔", "其木格", "托娅", "乌力吉",
    "那顺", "布和", "道尔吉", "仁钦", "巴音", "孟根", "塔娜",
    # (乌兰图雅, 萨日其其格, 呼和巴特尔, 查干夫, 格根塔娜: common Mongolian name elements)
    "乌兰", "萨日", "呼和", "查干", "格根", "阿如", "苏德", "巴特尔", "其其", "乌日", "吉日", "达来",
    # (赛音朝克图, 赛音: a Mongolian name element, fresh4 f4s)
    "赛音",
})
_MINORITY_SYLLABLE = "(?:" + "|".join(_MINORITY_SYLLABLES) + ")"
# 颁奖嘉宾分别为…, 分别是…: the label's "each were" before the first title of a list of presenters, no part of it.
_EACH_WERE_LEAD = re.compile(r"^(?:颁奖嘉宾)?分别[为是](?=.{2})")
# 社区党委书记赛音、光明社区党支部书记乔木…: one such name element alone right after a title, a 、 and the next titled
# item after it (read in mentions with the title words; a run of two is _MINORITY_NAME below)
_MINORITY_ONE_LISTED = re.compile("(?:" + _MINORITY_SYLLABLE + ")(?=、)")
_MINORITY_RUN = re.compile(_MINORITY_SYLLABLE + "{2,}")
# Two name syllables side by side, the least a match of _MINORITY_NAME_OPENING holds: searched once in a whole text, it
# tells that no sentence of the text holds such a name (behind the same gates as that pattern, SpeakerMentions._absent_in).
_MINORITY_PAIR = pair_gated(first_char_gated(_MINORITY_SYLLABLE * 2))
# 县委副书记次仁顿珠主持, 村党支部书记买买提江发言: such a run right after a title (江 may end a Uyghur name), ended by
# punctuation or an act, read as the name (no surname opens it)
# (乡长马海阿呷及…, 院长次仁旺堆和…: a list joint after the name; 阿尔拉则谈了…, 沙马拉铁反映, 马海阿呷就…问题作了解答:
# the acts of raising, proposing and answering at a 座谈会)
_MINORITY_ACT_AFTER = ("主持|讲话|致辞|发言|出席|作|表示|指出|强调|说|介绍|宣读|为|在|参加|同志|同学|代表|等|和|与|及|就|对|谈"
                       "|回忆|反映|建议|提出|汇报|答复|解答|回答"
                       # (镇党委副书记阿说拉火到会指导, 海来依火要求…, 听取了沙马木呷关于…的汇报, 院长沙马木呷签订了…: the
                       # act of attending, requiring and signing, and the topic of a report heard, fresh4 f4s)
                       "|到会|要求|关于|签")
_MINORITY_NAME = re.compile("(?:" + _MINORITY_SYLLABLE + "{2,}江?|" + _MINORITY_SYLLABLE + "江)"
                            "(?=[，。；、,;：:（(\\s]|$|" + _MINORITY_ACT_AFTER + ")")
# A name syllable right after a title and a given part of two or three characters the syllables do not hold, then the
# person's own speech act (技师巴图孟和作交流发言, 副主席阿不都热依木讲话): the whole run is the name; the model and the
# surname reading cut it (巴图孟) (GUIDELINES §4, thirty-first round). The given part holds no adverb, joint or
# label of the act (巴特尔首先发言, 巴特尔同志讲话, 巴特尔代表企业发言: the name is the syllable run alone).
# (孟和 ends a Mongolian name: 和 right before the act joins nothing, so it is the name's last character)
_LONG_GIVEN_CHAR = ("(?:(?!首先|随后|同时|接着|最后|分别|先后|依次|代表|同志|主持|讲话|發言|发言|致辞|致詞|作|做|为|為"
                    "|也|还|還|又|再|就|均|都|亦|先|在|于|於|等|和|与|與|及|对|對|向|率|带|帶|现场|現場|上台|首次)"
                    "[\u4e00-\u9fff])")
_MINORITY_LONG_NAME = re.compile("(?:" + _MINORITY_SYLLABLE + ")"
                                 "(?:" + _LONG_GIVEN_CHAR + "{2,3}|" + _LONG_GIVEN_CHAR + "{1,2}和)"
                                 "(?=作(?:了)?[^，。；]{0,8}?(?:发言|發言|讲话|講話|报告|報告)|做(?:了)?[^，。；]{0,8}?(?:发言|發言|讲话|講話|报告|報告)"
                                 "|发言|發言|讲话|講話|致辞|致詞|主持)")
# Such a name opening a clause with no title before it (座谈会上，…。沙马拉铁反映，…; 海来阿支建议…): read there too, since
# no surname opens it for the model or the rules to read (four characters or more, an act right after it).
# (behind a look-ahead on its matches' first two characters as well: 13.8 -> 10.5 ms over a quarter of the snapshot
# texts, speed pass pf5, tests/extract/pages/test_fast_paths_pattern_gates.py)
_MINORITY_NAME_OPENING = pair_gated(first_char_gated("(?:^|(?<=[，。；：:、\\s]))(?P<name>" + _MINORITY_SYLLABLE + "{2,}江?)"
                                                     "(?=" + _MINORITY_ACT_AFTER.replace("|和|与|及", "") + ")"))
_CUT_BEFORE_CLASSMATE = re.compile("(?![和与及跟同的等向为对给让请带领们说在把被])[\u4e00-\u9fff]同学(?!们)")
# What follows 等 closing a list of names as its subject (甲、乙等为获奖者颁奖, 甲、乙等出席, 甲、乙等分别致辞): 等 is no
# character of the last name.
_AFTER_LIST_END = "为(?![^，。；]{0,2}人)|出席|参加|分别|先后|一同|共同|上台|依次|向"
_LIST_END_AFTER = re.compile(_AFTER_LIST_END)
_FUNCTION_AFTER_NAME = re.compile(
    r"等(?=[\d一二三四五六七八九十两几多]|同志|人|领导|嘉宾|[，,、。]|" + _AFTER_LIST_END + ")"
    r"|[作做](?=了|[^，。；]{0,24}?(?:报告|发言|讲话|演讲|部署|总结|点评|讲评|辅导|讲座|党课|宣讲|述职|动员|致辞))"
    r"|代(?=为|表(?!大会|团|队))"
    # (杨卫获浙江省科学技术突出贡献奖: 获 before the honour)
    r"|获(?=[^，。；]{2,24}?(?:奖|称号|荣誉|勋章|奖章))"
    # (李强再为获奖者颁奖, 王明亲为新党员佩戴党徽: an adverb before 为/作, no character of a name)
    r"|[再亲特均亦](?=为|作|做)"
    # (机关党委书记张华领誓并讲话: 领 as the verb to lead an oath or a reading)
    r"|领(?=誓|学|读)"
    # (李静以“乡村振兴的实践与思考”为题作报告, 王海以自身经历为例: 以 opening the theme or example of the act, no
    # character of a name)
    r"|以(?=[“《「][^”》」\n]{1,40}[”》」]为(?:题|主题|例)|[^，。；“”《》\n]{1,12}?为(?:题|主题|例))"
)
# Common nouns a model span may start with before a surname and 先生/女士 (家长汪先生): no name.
# A surname and a form of address alone (张女士, 王先生, 李师傅, 赵老人, 欧阳女士): a person kept anonymous, no name (§4).
# Kin words used to address an elder or a neighbour (阿嬷, 阿公, 阿伯, 奶奶): after a full name they are no part of it
# (志工林阿满阿嬷上台分享: 林阿满), alone they name nobody (§4: unnamed people give no record).
_KIN_ADDRESS = "阿嬷|阿公|阿伯|阿婆|阿姨|阿妈|阿叔|奶奶|爷爷|婆婆|伯伯|叔叔|大叔|大爷|大妈|大娘|大姐|大哥|大嫂"
_KIN_AFTER_NAME = re.compile("(?:" + _KIN_ADDRESS + ")$")
_KIN_ONLY = re.compile("(?:" + _KIN_ADDRESS + ")")
# (林阿嬷, 王阿伯: a kin address, Taiwan and Hong Kong usage, the same)
_ADDRESS_WORD = "女士|先生|老人|师傅|太太|" + _KIN_ADDRESS
# (陈太, 黄太: Hong Kong and Macau usage, a surname and 太 for a married woman, Mrs; only as the whole span, so a
# given name ending in 太 after a two-character run stays a name where its first part is no surname)
_ADDRESS_ONLY = re.compile("(?P<surname>[\u4e00-\u9fff]{1,2}?)(?:" + _ADDRESS_WORD + "|太)")
# (居民欧阳大妈: the model's span on the compound surname alone, the form of address after it)
_ADDRESS_AFTER_SURNAME = re.compile("(?:" + _ADDRESS_WORD + ")")
# The head nouns of a scientific term named after a person (量子反常霍尔效应, 欧姆定律, 费马大定理, 薛定谔方程, 普朗克常数):
# a model name right before one is the eponym, or runs into it (常霍尔 of 反常霍尔效应), no person taking part.
_EPONYM_TERM_HEADS = ("效应", "定律", "定理", "大定理", "方程", "常数", "原理", "公式", "猜想", "不等式", "级数", "函数", "变换", "算法")
_EPONYM_AFTER = re.compile("|".join(_EPONYM_TERM_HEADS))
_NOUN_BEFORE_COURTESY = re.compile("^(?:家长|学生|村民|居民|市民|网友|老人|群众|患者|游客|顾客|员工|工人|农民|司机|业主|商户)")
# Titles whose first character no given name ends with (陈教|授, 张主|任): a model span cut inside one.
# 代理市长, 署理局长, 常务副市长: an acting or executive holder's qualifier before the post.
_ACTING_QUALIFIER = re.compile("代理|署理|常务")
POST_MAX_CHARS = 6  # the longest post word read after a surname and a qualifier (副秘书长)
_CUT_TITLE = re.compile("教授|老师|主任|书记|经理|医生|律师|总监|主席|院士")
# (…致信联合国秘书长甲，呼吁…: the addressee of a letter or cable takes no part either)
# (看望了老党员王某、李某和张某, 致电国家主席甲和国务院总理乙: every one of a list visited; an item holds no verb)
_VISITED_BEFORE = re.compile("(?:慰问|看望|走访|探望|拜访|看望慰问|走访慰问|致信|致函|致电)了?"
                             "(?:[^，。；、和及与并后时在]{1,10}(?:、|以及|和|及|与))*[^，。；、和及与]{0,8}$")
_PRESENT_AFTER = re.compile(r"\s*(?:同志)?(?:出席|参加|莅临|到会|列席)")
# After a name: a building or hall named after the person (邵逸夫堂, 逸夫楼, 李兆基会议厅, 曾宪梓体育馆, 邵逸夫科技楼),
# a venue, not the person acting (not 馆长, 厅长, 堂兄: a post or kinship after a name).
_VENUE_AFTER = re.compile(
    "(?:科技|教学|图书|医学|科学|综合|实验|行政|学术|演艺|体育|艺术|会议|展览|国际)?"
    "(?:会议厅|报告厅|演讲厅|演奏厅|讲堂|礼堂|会堂|堂(?![兄弟姐妹主])|大楼|楼(?![主长])|大厦|体育馆|图书馆|博物馆|科学馆"
    "|艺术馆|展览馆|馆(?![长员])|厅(?![长级])|体育场|体育中心|交流中心|广场|书院)"
)
# A would-be name ending as a building or hall does (陆佑堂, 逸夫馆, 明德楼), right after 于/在 and followed by what is
# done at a venue (于陆佑堂举行, 在明德楼内): the venue itself, not a person (not 在刘玉堂主持下, 在王玉堂的带领下).
_VENUE_NAME_END = re.compile("(?:堂|馆|厅|楼|中心|广场|礼堂|会堂)$")
_AT_VENUE_BEFORE = re.compile("[于在]$")
# A would-be name right after 于/在 followed by a campus or site of a body (于何文田校园赛马会演艺厅举行): the place
# the site is named after, not a person (not 在李明校长的带领下: a post after the name).
_SITE_AFTER = re.compile("校园|校区|院区|园区|分校|厂区|营区")
_VENUE_USE_AFTER = re.compile("举行|举办|召开|隆重|盛大|开幕|开展|内|里|外|门前|前(?![往来去])|[，,。；]")
# The place-unit characters that open a head's office written after the place (高雄市长, 青阳县长, 江北区长, 湖南省长).
_PLACE_UNIT = frozenset("市县区省州镇乡")
_DEPUTY_OR_ACTING_END = frozenset("副理代务")  # (副, 代理, 代, 常务 before a head's office)
_LEGACY_AFTER = re.compile("(?:同志)?(?:精神|式(?![的地])|志愿服务|纪念馆|纪念日|故居|事迹|生平)")
# A two-character model name ending in 老/小 that runs into a word for people (向老同志, 给小朋友).
_ELDER_WORD = re.compile("^.[老小]$")
# The surname 老 (a Cantonese surname, Hong Kong and Macau: 老家明) right after a post, read only for a name of three
# characters with the person's own act right after it (局长老家明致辞, 副局长老志成主持): 老 is far more often the word
# "old" (老党员, 老同志) or opens a familiar address (局长老王, 老张明天…: no act right after three characters), GUIDELINES §4,
# thirty-third round.
_OLD_SURNAME_NAME = re.compile("老(?P<given>[\u4e00-\u9fff]{2})(?=致辞|致欢迎辞|主持|主礼|讲话|发言|表示|指出|强调|宣布|宣读|颁奖"
                               "|介绍|出席|作了?[^，。；]{0,12}?(?:报告|讲话|发言)|在[^，。；]{0,12}?(?:致辞|讲话|发言)[时中])")
# Verbs of thanks and congratulation whose second character is a surname (感谢, 祝贺): a name read from that
# character on is the verb's tail and its object (黄某致词时感谢志工朋友…: no person 谢志工).
_VERB_ON_SURNAME = re.compile("(?:感|答|致|鸣|道|酬|多|称)谢|(?:祝|庆|道|恭|致)贺")
_ELDER_WORD_END = re.compile("同志|干部|党员|战士|教师|师傅|朋友|人|年|伙伴|学")
# A clause later in the sentence that goes on with the subject whatever clauses came between (并讲授…,
# 随后作…), read up to MAX_SUBJECT_CLAUSES clauses without a role.
# (…，并观看了老党员讲授的党课: 并 with an act of watching goes on with the subject, not with a role)
# (代表局党组作对照检查，并带头作个人发言: the one who goes first, 带头, before the verb)
# (宣读了表彰决定，命名表彰…二十个，并为获评支部授牌 / 并为老党员佩戴纪念章: plaques or medals handed, 颁奖 §4)
# (补充，署方将简化申请程序，并回答了记者提问: reporters' questions answered at a press conference, 讲话, GUIDELINES §4
# fifteenth round; the clause between is what was added, no new subject)
# (作年度工作报告，从…方面回顾了…，并对明年重点工作作出安排 / 并就下一步工作进行部署: the work or topic set by 对/就
# before the verb, a directive clause of the report going on with its speaker, GUIDELINES §4 fifteenth review round)
_GOES_ON_LATER = re.compile(r"[，,]\s*(?:并|随后|接着|随即)(?:为[^，。；]{1,12}?|向[^，。；]{1,12}?|在[^，。；]{1,12}?"
                            r"|[对就][^，。；]{1,20}?(?=(?:作|做|进行)(?:了|出)?[\u4e00-\u9fff]{0,4}?(?:部署|安排|动员|要求)))?"
                            r"(?:带头|率先)?(?:作|做|讲|主持|致|发表|颁|授(?=牌|旗)|佩戴|宣读|点评|上了|带领|领学|提出"
                            r"|进行(?=了?[\u4e00-\u9fff]{0,4}?(?:部署|动员|安排))"
                            r"|回答(?=了?[^，。；]{0,4}?(?:记者|媒体))"
                            # (代表受奖同仁发言，感谢…，并强调…: a directive verb later in the address's sentence, which adds
                            # 讲话 inside an address, GUIDELINES §4; not 强调了…的, 要求的: nouns)
                            r"|(?:强调|指出)(?![了的])|要求(?![了的下]))")
MAX_SUBJECT_CLAUSES = 5
# 出席，并对…工作给予肯定，希望/要求…: praise given in a clause with no role, then remarks with no subject of their own,
# go on with the same person (read past MAX_ROLE_CLAUSES).
_PRAISE_GIVEN = re.compile("(?:给予|表示|予以)了?(?:充分|高度)?(?:肯定|赞扬|赞赏)|(?:充分|高度)(?:肯定|赞扬|赞赏)")
# 肯定了乙同志任职期间的工作, 感谢李某的付出: a name that is the object of praise or thanks in its clause (the verb
# before it, no clause break between); a 他/她 opening the next clause resumes the one who praised.
_PRAISED_BEFORE = re.compile("(?:肯定|赞扬|赞赏|称赞|表扬|褒扬|感谢|感激)了?[^，。；：！？\n]{0,16}$")
PRAISED_REACH = 24
_REMARKS_NEXT = re.compile(r"\s*(?:并|同时|也)?(?:强调|指出|要求|希望)")
# Verbs a chair's minutes open a clause on, the meeting's business (研究…, 传达学习…, 通报…, 听取…).
_AGENDA_VERBS = "研究|部署|传达|学习|贯彻|听取|审议|讨论|通报|总结|分析|安排|调度|推进|带领|看望|慰问|表彰"
# A clause that opens on a subject of its own, so a later 并 clause is not the chair's: the pronoun 大家, a
# plural in 们 (党员们认真学习了…), or a short noun phrase ending in a noun for people (班子成员逐一进行…, 青年干部
# 代表结合…, 乡镇主要负责人签订了…) not followed by 的 or a conjunction (…负责人的汇报: an object).  A clause that
# opens on a verb with 了 (研究了…, 协商讨论了…) or on a business verb after at most an adverb (专题研究党员教育工作,
# 带领班子成员…) names the people as its object instead.
_SUBJECT_FIRST_CLAUSE = re.compile(
    # (not 向老人们致以…, 为同学们讲授…: a preposition's object in 们, the subject going on)
    r"\s*(?:大家|(?![向为对给跟同与和把让])[\u4e00-\u9fff]{1,3}们"
    # (not 代表局党组作对照检查: 代表 opening the clause is the verb, on behalf of, the subject going on)
    rf"|(?!(?:[\u4e00-\u9fff]{{2}}){{1,2}}了|[\u4e00-\u9fff]{{0,2}}(?:{_AGENDA_VERBS})|代表)"
    r"[\u4e00-\u9fff]{0,4}?(?:代表|负责人|成员|人员|党员|干部|委员)(?![的、和与及]))")

# (主持市政会议，会中指示…: Taiwan copy, the meeting's frame before the remarks)
_SUBJECTLESS_REMARKS = re.compile(r"\s*(?:(?:并?[于在]?会[上中][，,]?\s*)?(?:强调|指出|要求|指示)|向)")
# 主持召开座谈会，听取…工作汇报并讲话: the chair hears reports, then (并) speaks; not 听取各部门发言 (others' speech).
_HEARD_THEN_SPOKE = re.compile(r"\s*听取了?[^，。；]{1,30}?(?:汇报|意见|建议|情况介绍)(?=并|[，,]\s*并)")
# 局长李强主持会议，宣读了表彰决定，为获奖者颁奖并作总结讲话: after a role, a clause that opens on another
# act of the meeting, with no subject of its own, goes on with the same person (also 主持会议，带领全体党员学习了党章:
# leading a study, 宣读).
_LECTURE = "[讲上]了?一堂"
_LECTURE_AGAIN = re.compile(rf"\s*{_LECTURE}")
_SUBJECTLESS_ROLE = re.compile(rf"\s*(?:宣读|领学|带领(?=[^，。；]{{0,14}}?学习)|传达|{_LECTURE}|讲授|作了?(?=[^，。；]{0,12}?(?:讲话|报告|部署|总结|点评|动员|讲评))"
                               # (主持会议，对青年干部提出了三点希望: a count or epithet before the noun)
                               r"|(?:对|就)[^，。；]{1,20}?(?:进行|作|作出|提出)了?[^，。；]{0,6}?(?:点评|讲评|部署|总结|要求|希望)"
                               r"|提出了?[^，。；]{0,6}(?:要求|希望))(?![^，。；]*的(?:是|有|为))")  # (宣读了…的是刘华: another reader)
# 主持授勋典礼，颁授勋章予…: a clause that opens on an act, no subject of its own, goes on with the last one.
# (not 颁奖嘉宾为…颁奖: the presenters named, another subject)
# (not 致辞的嘉宾有…, 颁发荣誉证书的是…: a relative clause naming someone else)
# (…并讲话，为获奖代表颁奖: the recipients between 为/向 and the act)
# A speech verb opening the clause right after a 点评 (进行了点评，指出…); not one whose object is the faults
# found (逐一进行点评，指出存在问题并提出整改要求, 指出了工作中的短板): the review's findings, no remarks of their own.
# The faults found as the object of 指出 (指出了存在的不足, 指出存在问题并…): a review's findings; not a directive
# whose object ends in such a word (指出要着力解决好群众身边的问题, 指出必须正视…短板: remarks, 讲话 §4), told by a
# modal or a directive adverb (not 主要/重要/需要 问题, 要害, 反应, 应急: words of the findings themselves).
_DIRECTIVE_MODAL = "(?<![主重纪提摘需])要(?![求素点害件闻务])|(?<![反相适供对响回效])应(?![急用对变])|必须|务必|着力|切实(?!际)"
_FINDINGS = rf"(?:(?!{_DIRECTIVE_MODAL})[^，。；：:]){{0,12}}?(?:问题|不足|短板|差距|薄弱环节|缺点|弱项|短处)(?:[，。；、并和及]|$)"
_FINDINGS_POINTED = re.compile(rf"了?{_FINDINGS}")
_FINDINGS_CLAUSE = re.compile(rf"\s*(?:并|还|同时)?[\u4e00-\u9fff]{{0,6}}?指出{_FINDINGS_POINTED.pattern}")
# (not 要求的内容, 指出的问题: the verb's word as a noun's attribute)
_REMARKS_AFTER_REVIEW = re.compile(rf"\s*(?:并|还|同时|进一步)?(?:强调|指出|要求)(?![了的])(?!{_FINDINGS})")
# A conferring word heading the work a purpose or topic names (为做好…评选和授牌工作提出要求, 颁奖等事宜): the act as
# work, no prize or plaque handed (§4); shared by _SUBJECTLESS_ACT, _CONFERRAL_AS_WORK and _HOSTED_CONFERRAL so the
# three read the same nouns. (not 颁发工作证, 颁发工作牌, 颁发工作服: a thing handed over whose name opens with 工作,
# 颁奖 by the synonym list, §4; 颁奖工作人员, 颁奖工作组 stay work: people or a group doing it)
_CONFERRAL_WORK_NOUN = "(?:工作|事宜)(?![证牌服卡帽包]|手册|用品)"
# Banners and plaques handed to those honoured (授旗, 授牌: 颁奖, GUIDELINES §4), shared by the bare-授 readings and
# _CONFERRING so that a conferral of any of them is read alike.
_BANNER_WORDS = "锦旗|奖旗|荣誉旗|流动红旗|荣誉牌|奖牌|牌匾"
# (出席并致辞，代表市委、市政府向支队授“…”锦旗: on whose behalf before the act, and a banner handed with the bare 授,
# _BANNER_CONFERRED)
# (…出席并讲话，为新认定的32家市级“专精特新”中小企业授牌: a designation's long name between 为 and the bare 授牌, the
# plaque handed, 颁奖 §4; not 授牌仪式, the ceremony named, by the guard after the act)
_SUBJECTLESS_ACT = re.compile(r"\s*(?:代表[^，。；为向]{1,16}?)?(?:(?:为|向)(?:[^，。；为向]{1,30}?)(?=颁奖|颁发|颁授|授(?!予)))?"
                              r"(?:颁授|颁发|颁奖|致辞|致词|致欢迎辞|授[牌旗]|授(?!予)(?=了?(?:“[^”，。；]{1,16}”)?"
                              rf"(?:{_BANNER_WORDS})))"
                              # (为做好…评选和授牌工作提出要求: the act as the work a purpose clause names, no plaque
                              # handed, §4)
                              rf"(?!嘉宾|人|者|典礼|仪式|大会|环节|的|{_CONFERRAL_WORK_NOUN}|活动|等)(?![^，。；]*的(?:是|有|为))")
# 在致辞中说 / 在发言时表示: the remarks are the speech named by the frame, not a 讲话 of their own.
# (陈某致辞表示, the remarks of the address just named: an address trigger taken before, in _roles_in)
# (座谈会上，X在交流时说: the turn taken in the exchange is 发言, like 在发言时说, §4 nineteenth round)
# (在主持时介绍，…: what the chair tells while chairing belongs to the chairing, 主持 only, GUIDELINES §4 twenty-fourth
# review round, as the invented tuning gold reads it, syn_d08; 指出/强调/要求 there still add 讲话)
_SPEECH_FRAME = re.compile(r"在?(?:致辞|致词|致欢迎辞|发言|讲话|点评|讲评|总结|报告|述职|主持(?:会议)?)(?:中|时)$|在交流(?:中|时)$")
# 在总结时说, 在会议总结中表示: the summing-up frame is no address taken before (作总结 → 讲话, GUIDELINES §4), so
# the soft remarks in it are the summing-up address itself.
_SUMMING_UP_FRAME = re.compile(r"(?<![的讲点发])总结(?:中|时)$")
# What may stand right before a surname-and-post reference: the clause's start after an opener.
_REFERENCE_BEFORE = re.compile(r"(?:[，。；：！？、,;:\s]|会上|随后|同时|最后|接着|此外|中|上|时|后|和|与|及|由|请|对"
                               # (县委王书记, 县政府李县长: the body before the reference)
                               r"|[委府局院校部办会])$")
# The key prefix under which a deputy's post without its modifier is filed (~县长 for 副县长).
DEPUTY_KEY = "~"
# What follows a surname and a short form of a post that stands for a person (钱董强调, 刘支书说，, 王工在会上):
# a speech verb or the frame of an act, perhaps after an adverb; 钱董事长 or 刘支书记 go on with the post.
_SHORT_REFERENCE_AFTER = re.compile(r"\s*(?:同志)?(?:还|也|又|最后|随后|同时|再次|进一步|特别)?"
                                    r"(?:在|指出|强调|要求|表示|说|讲话|点评|作|对|就|宣读|主持|致辞)")
_REMARKS_RIGHT_AFTER = re.compile(r"\s*(?:同志)?[，,]?\s*(?:强调|指出|要求|认为|表示|说)")
# (在交流时说, 在交流中表示: the turn taken in an exchange, told by what was said in it, 发言 §4 nineteenth round; not
# 在交流中了解到, 在交流中得知: what the one named learned in a conversation, no remark of theirs)
_IN_ADDRESS = re.compile(r"\s*(?:在|于)(?P<w>讲话|致辞|发言|点评|交流(?=[中时][，,]?(?:说|表示|谈|讲|指出|强调|认为|提出|介绍|分享)))"
                         r"(?:中|时)")
_FRAME_ROLE = {"讲话": "讲话", "致辞": "致辞", "发言": "发言", "点评": "点评", "交流": "发言"}
# The person's own written instruction right after the name (作出重要批示, 在批示中指出).
_FROM_PHRASE = re.compile("从[^，。；]{1,12}?(?:出发|角度|方面|维度|层面|、|到|入手|着手|等)")
# The aspects a talk covers, opened by 从 and closed by 方面/角度/层面/维度 (从理论渊源、实践要求等方面阐释): a trigger
# word between them (要求, 指示) names an aspect, no act of the speaker.
_FROM_ASPECT_OPEN = re.compile("从[^，。；：“”]{0,20}$")
_ASPECT_CLOSE = re.compile("[^，。；：“”]{0,12}?(?:方面|角度|层面|维度)")
# (姜某对会议作重要批示指出, 李某为这次会议作出批示，要求…, 江某同志为会议作出重要批示, 姜某在…报告上作了重要批示,
# 王某批示指出, 张某对此作出批示: written, whatever verb follows; not 作了指示, which may be oral, nor
# 就落实上级批示要求作了部署, 对省领导的批示进行了传达: someone else's instruction as the object)
_OWN_INSTRUCTION = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:总书记|总理|副总理|主席|副主席|委员长|书记|省长|市长|部长|同志))?"
    r"(?:近日|日前|专门|亲自|亲笔|再次|多次|随即|立即|第一时间|也|还|又|先后|高度重视并|就此)?"
    r"(?:(?:对|为|就)(?![^，。；]{0,24}?(?:落实|贯彻|学习|传达|上级|领导|的批示))[^，。；批]{0,24}?"
    r"|在[^，。；的批]{0,24}?(?:报告|请示|文件|材料|简报|信)上)?"
    r"(?:(?:作出|做出|作了|做了|作)(?:重要)?批示|(?:作出|做出)[^，。；]{0,4}指示|在(?:批示|指示)中|批示(?=指出|要求|强调|说|[:：，,]))"
)
# 任 and a post after 强调 (陈志强调任副局长): the 调任 of a transfer after a name ending in 强, not 强调任务 or 强调任何.
_TRANSFERRED_TO = re.compile(r"任(?![务何重期意])[^，。；]{1,16}?(?:长|主任|书记|主席|委员|经理|局长|处长|科长|职)(?=[，。；,;]|$)")
_SOFT_SPEECH_VERBS = frozenset({"说", "表示", "认为", "介绍", "宣布", "勉励", "寄语", "讲述", "提议", "呼吁", "敦促", "透露", "重申",
                                "提出", "希望"})
# Verb-only triggers (models/patterns/extraction.json, verb_only_triggers): 讲话 only as the verb of the person
# just named (楊文科指示，各單位要…; 李某希望各乡镇…; 王某在会上部署了防汛工作), not as nouns or in other senses
# (传达…指示精神, 按照…指示, 指示牌, 提出了申请, 希望工程, 落实…部署).  What may stand between the person and
# the verb: a post after the name, an adverb, a frame (在会上, 在听取汇报后), 作重要 before 指示, 安排 before
# 部署; or 并/时 after another act (主持会议并作重要指示, 主持會議時指示).  The verb itself is appended at init.
_VERB_ONLY_LEAD = (
    # (…主持市政会议，会中指示…, 并于会中指示…: Taiwan copy, the meeting's frame opening the next clause)
    r"(?:^|并|时|[，,](?=并?(?:于|在)?会[上中]))(?:同志)?(?:(?:常务副|副)?(?:[省市县区镇乡局处厅部院校署]长|书记|主任|主席|主委))?"
    r"(?:还|也|又|更|则|亦|再次|最后|同时|特别|进一步|随即|当即|随后|接着)?"
    r"(?:并?[在于][^，。；]{1,20}?(?:上|中|时|后)|会[上中]|听取[^，。；]{1,20}?后)?"
    r"(?:还|也|又|更|则|亦|再次|最后|同时|特别|进一步|随即|当即)?"
    r"(?:从[^，。；]{1,8}?方面)?"  # (李某从三个方面部署了今年的重点工作: the points the work is deployed in)
    r"(?:作出?了?(?:重要|具体|明确)?(?=指示)|安排(?=部署))?"
)
# What must follow each verb-only trigger (every one in the lexicon needs an entry).
_VERB_ONLY_AFTER = {
    "指示": re.compile("(?!牌|灯|标|器|剂|图|线|性|下|精神|的|事项)"),  # (not 指示牌, 在…指示下, 指示事项)
    "提出": re.compile(r"$|[:：]|要(?!求)|必须|务必"),  # the clause ends or what is said opens (他提出，要…)
    # (a hope put to those addressed: 希望各乡镇…, 希望同学们…, 希望新教师们…, 希望税务局再接再厉; not 希望工程, nor
    # 希望能…, 希望政府能…, a hope told to the press)
    "希望": re.compile("各|全|广大|大家|同学|同志|与会|青年|党员|干部|新生|毕业生|你们|学员|相关|有关"
                     # (希望台湾同胞更多地了解…, 希望海外侨胞…: compatriots addressed as a people, like 广大…, thirty-eighth
                     # round)
                     "|[^，。；能]{0,6}?(?:同胞|侨胞)"
                     "|[^，。；能]{1,6}们|[^，。；能]{1,8}?(?:局|委|厅|办|院|校|所|部门|单位|公司|企业|集团|团队|班子|支部)"
                     # (希望农科院适应…的形势, 希望学校抓住机遇, 希望公司发挥…作用: a charge put to the body, a verb of
                     # exhortation after it, GUIDELINES §4 X希望各…)
                     "(?=再接再厉|继续|进一步|切实|坚持|不断|努力|珍惜|牢记|全力|持续|要(?!求)"
                     "|适应|抓住|抓好|发挥|加强|加快|做好|立足|围绕|紧紧围绕|勇于|敢于|善于|积极|认真|大力|着力)"),
    "部署": re.compile(r"(?!的)(?:了|$|[^，。；]{0,12}?(?:工作|任务|行动|措施))"),  # (部署了防汛工作; not 部署的…工作)
    "意见": re.compile("(?!)"),  # only as counted points put forward (_POINTS_PUT)
    "号召": re.compile("(?![下的])"),  # (not 在…号召下, 号召的…); only in a meeting's frame (_FRAMED_ONLY)
    # (not 在…鼓励下, 鼓励的…, 鼓励性…); only in a meeting's or a ceremony's frame (_FRAMED_ONLY)
    "鼓励": re.compile("(?![下的性])"),
}
# 李某在会上号召…, 在动员大会上号召…: calling on those present at the meeting is 讲话 (GUIDELINES §4 twentieth review
# round); a call made outside a meeting (主席刘某号召全市职工…, a body's appeal) is no speech at an event.
# (not 在社会上号召…: 社会 is no meeting)
_FRAME_TAIL = "[上中](?:还|也|又|再次|同时|特别)?$"
_CALL_AT_MEETING_END = re.compile("(?<!社)会(?:议)?" + _FRAME_TAIL)
# 李某在会上提出，要…; 局长王某在仪式上鼓励队员…: the same frame, a meeting's or a ceremony's, before a verb that
# alone reports a proposal or an encouragement (政协委员李某提出…, 学校鼓励学生…): remarks made there, 讲话 (GUIDELINES
# §4 thirty-ninth review round); the frame must close right before the verb.
_REMARKS_AT_EVENT_END = re.compile("(?:(?<!社)会(?:议)?|仪式|典礼)" + _FRAME_TAIL)
# Verb-only triggers read only in such a frame, each with its own (号召 keeps its meeting's frame alone).
_FRAMED_ONLY = {"号召": _CALL_AT_MEETING_END, "鼓励": _REMARKS_AT_EVENT_END}
# Verb-only triggers that count only after a 他/她 going on with the last actor (他提出，要…): after a name,
# X提出 as often reports a proposal or a position (an evaluation on the daily tuning part: one wrong
# speaker, no right one, with a name before 提出).
_AFTER_PRONOUN_ONLY = frozenset({"提出"})
# 叶某表示，…: a soft verb right after a name (the person's address may go on).
# Triggers of sharing one's experience: 发言 of its own, but part of an address read before.
_SHARING = frozenset({"分享", "交流分享"})
# Soft verbs that open remarks an address may hold (GUIDELINES §4: 说/表示/认为/介绍 inside an address belong to it;
# 勉励, 寄语 and 讲述 tell words of the same address), not 宣布 (an opening declared is 讲话 of its own) nor the
# verbs of a position or an appeal (呼吁, 重申, 提议).
_SOFT_REMARKS = frozenset({"说", "表示", "认为", "介绍", "勉励", "寄语", "讲述"})
# 蔡某（Ming-Hung Tsai）说: an English name in brackets beside the Chinese one (HK, Macau, Taiwan releases) is no word
# between the name and its verb.
_LATIN_NAME_AFTER = r"(?:[（(][A-Za-z][A-Za-z .,'\-]{0,40}[）)])?"
_SOFT_AFTER_NAME = re.compile(r"\s*" + _LATIN_NAME_AFTER + r"(?:还|也|又|则|同时)?(?:" + "|".join(sorted(_SOFT_SPEECH_VERBS)) + ")")
# 在家人敦促下, 在组织的呼吁下: the person acted under another's urging, no remarks of their own (not 在会上敦促下属…,
# 在会上要求下半年…: the meeting the place, 下 opening the object).
_URGING = frozenset({"敦促", "呼吁", "要求", "号召", "倡议", "督促", "劝说"})
_UNDER_ANOTHERS_BEFORE = re.compile("在[^，。；上中]{1,12}?的?$")
_UNDER_ANOTHERS_AFTER = re.compile("下(?![一属级半辖周月步基层])")
# A student's name before 同学 right after the class or year written before it (高一（5）班詹子涵同学,
# 来自2023级的李想同学, 初三1班的刘一鸣同学); not 同学们, 同学会, nor a class's number read as the surname.
# (2024级万名同学: a count of students, never a name)
_COUNT_AS_NAME = re.compile("[一二两三四五六七八九十百千万几数]+[余多]?[名位个]")
# A count in digits right after 和/与/及 (局长田雨和3个街道负责人): the conjunction joins a counted group to the name
# before it and is none of its characters (孟庆和主持 keeps 和, a verb follows it there).
_DIGIT_COUNT_AFTER_JOIN = re.compile(r"[\d０-９]+[余多]?[名位个家人]")
# (机械工程系三年级的阮可欣同学, 化学系的林一鸣同学, 2023届的李想同学, 软件工程专业王晨同学: a year, department,
# school or major names the student's unit like a class)
_CLASSMATE = re.compile(r"(?:(?<=[）)\d０-９一二三四五六七八九十]班)|(?<=\d级)|(?<=年级)|(?<=\d届)|(?<=[系])|(?<=专业)|(?<=学院))"
                        r"的?(?P<name>[\u4e00-\u9fff]{2,3}?)同学(?![们会])")
# A student's name before 同学 opening its sentence or clause, the act right after (林可欣同学发言, 。张子涵同学作了…):
# a student named with the courtesy word alone, no title (GUIDELINES §4 eleventh review round); not 全体同学, 部分同学
# (a group: _GROUP_BEFORE_CLASSMATE), nor one with no act after it (王强同学们, 李明同学会).
_CLASSMATE_OPENING = re.compile(r"(?:^|(?<=[。！？；，：:\n]))(?P<name>[\u4e00-\u9fff]{2,3}?)同学"
                                r"(?=(?:作|做)了?(?:[^，。；]{0,20}?)?(?:发言|讲话|报告|分享)|发言|讲话|致辞|代表|上台|分享)")
_GROUP_BEFORE_CLASSMATE = re.compile("^(?:全体|部分|各位|广大|在座|与会|参会|多名|其他|其余|新老|优秀|获奖|毕业|新)")
# Names before 同志, alone or as a 、-list closed by a count (陈立新、王晓燕3名同志).
_COMRADES = re.compile(
    r"(?:^|(?<=[，。；：:、“\s]))(?P<names>(?:[\u4e00-\u9fff]{2,3}、){0,8}[\u4e00-\u9fff]{2,3}?)"
    r"(?:等)?(?:[\d一二三四五六七八九十两]+名)?同志"
)
# A party membership (中共党员, 民盟盟员), also with a word of age, standing or trade before 党员 (年轻党员, 预备党员,
# 农民党员, 90后党员): no post, dropped from a title chain like 职工代表 (GUIDELINES §4, thirty-third round).
_PARTY_MEMBERSHIP = ("(?:(?:中共|中国共产党|农工|民革|致公党)?(?:年轻|青年|老|普通|预备|正式|流动|农民|女|[\\d０-９]{2}后)?党员"
                     "|(?:民盟|台盟)盟员|(?:民建|民进)会员|九三学社社员)")
# A standing conferred as an honour (荣誉博士, 名誉法学博士, 荣誉院士, 荣誉市民, 荣誉校友): a label, no post, dropped
# wherever it stands in the chain (GUIDELINES §4, thirty-third round); not an honorary post held (名誉会长, 荣誉主席,
# 名誉教授), written as it stands.
_LABEL_PART = re.compile(f"{_PARTY_MEMBERSHIP}|(?:荣誉|名誉)[\u4e00-\u9fff]{{0,4}}?(?:博士|院士|市民|公民|校友)")
# 特邀专家、…研究员: the label of an invited guest opening a title chain, no post (like 嘉宾代表、, GUIDELINES §4)
_GUEST_LABEL = "(?:特邀|特约|特聘)(?:专家|嘉宾|评论员)"
_GUEST_LABEL_HEAD = re.compile("^" + _GUEST_LABEL + "、(?=.)"
                               # (嘉宾蓝图公司董事长, 对话嘉宾、…: a guest's label glued to the post, no part of it)
                               "|^(?:特邀|对话|圆桌|演讲|分享|主讲|颁奖)?嘉宾、?(?=[^、]{3})(?!主持|代表)"
                               # (主办单位两岸青年发展协会理事长, 承办方、…: the event's organizer label, no post)
                               "|^(?:主办|承办|协办)(?:单位|方)、?(?=[^、]{3})"
                               # (农工党员、市人民医院主任医师, 民盟盟员、江城大学教授: a party membership opening the
                               # chain, no post, like a representative label)
                               "|^" + _PARTY_MEMBERSHIP + "、(?=[^、]{3})")
# 职工代表甲: a representative label right before a name (no job title, GUIDELINES §4)
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[，,；;。、]))[^，,；;。、\s]{1,12}代表$")
# Nouns for members of a class or body that end a list item naming nobody (进修班学员, 志愿服务队队员).
_MEMBER_NOUNS = ("学员", "学生", "队员", "成员", "会员", "党员", "职工", "团员")
# A delegate's seat in a people's congress or a party or league congress (区人大代表, 全国人大代表, 党的二十大代表,
# 省第十二次党代会代表, 团十九大代表): an office held, unlike a representative label (职工代表, 新生代表; GUIDELINES §4).
_SEAT = r"(?:人大|党代会|党代表|(?:党的?|团的?|第)?[一二三四五六七八九十]{1,3}(?:次党代会|大))代表"
_SEAT_END = re.compile(_SEAT + "$")
# A representative label right before a name (“最美家庭”代表, 职工代表), and the story told right after it.
# (“最美医生”代表、县人民医院医生李某讲述…: the label may stand before the person's title chain)
_REPRESENTATIVE_BEFORE = re.compile("(?P<label>[\u4e00-\u9fff“”「」]{1,12}代表)(?:、[^、，。；！？\\s]{1,24})?$")
_TELLS_AFTER = re.compile("(?:也|还|随后|首先|接着|先后|依次)?(?:深情地?|生动地?|动情地?)?讲述")
# 校友代表、南江科技集团董事长: a representative label opening a title chain, no part of it (not a seat: 区人大代表、…;
# not a post: 驻华代表, 首席代表; 入驻企业代表 and 进驻单位代表 are firms housed somewhere, no resident envoy).  The group
# before 代表 may be long (国家级农民合作社示范社代表、…理事长).
# (代表团成员、阿拉木图州企业家协会主席, 考察团成员、…: a member of a visiting party names the group the person came with,
# like 与会嘉宾, no post; the title is the chain after it)
_VISITING_PARTY_MEMBER = "(?:代表团|考察团|访问团|访华团|参访团|经贸团|商务团|交流团)成员"
# (中国政府复交谈判代表、驻某国大使: a government's negotiator is a post, GUIDELINES §4 thirty-sixth round)
_GOVERNMENT_NEGOTIATOR = "政府[^、]{0,6}谈判代表"
_LABEL_BEFORE_CHAIN = literal_gated(re.compile("^(?![^、]{0,20}" + _SEAT + "、)(?![^、]*(?:(?<![入进])驻|首席|特别)[^、]{0,8}代表、)"
                                               "(?![^、]*" + _GOVERNMENT_NEGOTIATOR + "、)"
                                               "(?:[^、]{0,20}代表|[^、]{0,10}嘉宾|[^、]{0,10}" + _VISITING_PARTY_MEMBER
                                               + ")、(?=.)"))
# 共建单位代表市第二医院党委副书记: a representative label glued to the title chain after it, no part of it (not a
# seat, a post ending in 代表, nor 代表团/代表处/代表会/代表大会/代表性; nor a post ending in 代表 held with the next
# one, 国际贸易谈判代表兼副部长; the rest must end in a title word: see SpeakerExtractor)
_LABEL_GLUED_CHAIN = literal_gated(re.compile("^(?![^、]{0,20}" + _SEAT + ")(?![^、]*(?:驻|首席|特别|总)代表)"
                                              "[^、]{1,12}?代表(?![团处室队人性会兼]|大会|工作|工委|委员会|资格|联络|选举|议案|建议)(?=[^、]{4})"))
# …董事长、企业家代表: a representative label closing a title chain, no part of it (not 全国人大代表: a seat).
_LABEL_AFTER_CHAIN = re.compile("(?<=.)、(?![^、]*" + _SEAT + ")[^、]{1,8}代表$")
# A surname and a courtesy title ending a part of a chain (…代表李老师): a person referred to, not a post.
_COURTESY_REFERENCE = re.compile("(?:老师|师傅|先生|女士|同学)$")
# A courtesy title right after a name in a list (史密斯先生、布朗女士, 张某同志、县长李某同志, 黄某老先生、…, a monk's
# 住持释某法师、…会长张某): it ends that item, no part of the next one's title.
_COURTESY_AFTER_NAME = re.compile("(?:老先生|先生|女士|同志|法师)(?=[、，,])")
# A courtesy right after a name and before the person's act (校长李明先生报告校务, 局长王明同志汇报了…, 委员张华女士建议…):
# the verb's readings that open right after the name open after it.
_COURTESY_BEFORE_ACT = re.compile("(?:老先生|先生|女士|同志)(?![们、，,。；])")
# 李某表示，对获授勋感到非常开心: a recipient's reaction to the honour, quoted to the press (GUIDELINES §4);
# not 对荣获表彰的先进集体…感到高兴 (others honoured: a 的 before the feeling)
# A label of one who was honoured, before a name (获奖者、…, 受表彰的…, 获奖教师).
# (受表彰的优秀党员刘明表示, 获得“…”称号的刘明说: one honoured, speaking of it)
_HONOURED_LABEL = re.compile("(?:获奖者|获得者|得主)[、，,]?[^，。；！？、]{0,16}$|受(?:到)?表[彰扬]的[^，。；！？、]{0,12}$|获得[^，。；]{0,20}?称号的[^，。；！？、]{0,12}$")
# 刘桂兰说：“听了李书记的党课，我深受教育。”: one who listened, telling the press what it meant (GUIDELINES §4)
_HEARD_REACTION = re.compile(r"[：:，,]?\s*[“「]?(?:听了|听完|聆听了?|通过(?:这次|本次|此次)?(?:聆听|学习|听))")
# 林某表示，此次沙龙让他对…有了更深的认识 / 收获很大: one who took part telling the press what the event meant to
# him, no address (GUIDELINES §4: people who only attend; not 让我们携手…: an appeal of one speaking)
_EVENT_REACTION = re.compile(r"[：:，,]?\s*[“「]?(?:[^，。；！？“”]{0,8}?(?:此次|这次|本次|今天的)[^，。；！？]{0,12}?(?:让|使|令)(?:我|他|她|自己)(?!们)"
                             r"|[^，。；！？“”]{0,12}?(?:收获(?:很大|颇丰|满满|良多|不小)|受益匪浅|深受启发|很受启发|获益匪浅)"
                             # (李某说，今年的元宵节过得特别热闹: how the holiday or the event went for the one quoted; 年 only as the
                             # holiday, 过年, 这个年, 新年, not a year reviewed in a speech, 过去一年过得很充实)
                             r"|[^，。；！？“”]{0,12}?(?:节|(?<=[个新过])年|活动|晚会)过得(?:特别|格外|很|真|非常|十分|最)?"
                             r"(?:热闹|开心|快乐|充实|温暖|有意义|舒心|踏实|有滋味))")
# 代表潘某说，这次观摩让她对…有了更直观的认识 in the paragraph of the 座谈会 held after the visit: what an earlier
# visit or watching meant, said at the talk where the visitors give their views (the 座谈 itself, GUIDELINES §4:
# someone who speaks at the meeting keeps the role; h59), not the event's meaning told to the press.
_VISIT_BEFORE_TALK = re.compile(r"[：:，,]?\s*[“「]?[^，。；！？“”]{0,8}?(?:此次|这次|本次)(?:现场)?(?:观摩|视察|参观|考察|调研|走访|体验)")
_TALK_HELD_BEFORE = re.compile("座谈会?(?:上|中)|(?:召开|举行|进行)[^，。；！？“”]{0,20}?座谈")
# 参加活动的…林某表示, 参会企业家林某说: one named as a participant, whose soft remarks are told to the press
_PARTICIPANT_BEFORE = re.compile("(?:(?:参加|参与)[^，。；！？、]{0,8}的|参会的?|参训的?|参赛的?)[^，。；！？]{0,20}$")
# Quoted words opening after a colon: what the person says, no act of theirs (…说：“听了…党课”).
_QUOTE_OPENS = re.compile(r"[：:]\s*[“「]")
_HONOUR_REACTION = re.compile(
    "[，,：:]?\\s*[“「\"]?(?:对|为|能够?|此次|这次|自己)?(?:获|荣获|获得|获授|获颁|当选|被授予|被评为)"
    "(?:(?!的(?:先进|优秀|集体|个人|同志|单位|企业|同事|同学|学生|教师|老师|代表|家庭))[^。！？]){0,16}?"
    "(?:感到|深感|倍感|十分|非常|很)[^。！？]{0,6}?(?:荣幸|开心|高兴|激动|自豪|光荣|意外|惊喜)"
    # (我很荣幸获得这个奖项: the feeling first)
    "|[，,：:]?\\s*[“「\"]?(?:我|她|他)?(?:很|非常|十分|特别)?(?:荣幸|高兴|激动|自豪|开心)(?:地)?(?:能够?)?(?:获得|荣获|获|当选)"
)
# Roles of an address: soft remarks after one (发言，他用…寄语毕业生) go on with it (corpus/GUIDELINES.md §4); a 述职 is
# such an address too, the person's own account of the year (代表领导班子述职。她说，学校去年…: her account going on).
_ADDRESS_ROLES = frozenset({"致辞", "发言", "作报告", "讲党课", "述职"})
# Roles whose words after them go on with them, no act or speech of their own: the addresses (述职，作了述职报告 /
# 致辞，对…进行了总结), and a review of those who spoke, whose soft remarks are the review (点评，她认为…, GUIDELINES §4
# twenty-ninth review round; 指出/强调/要求 still add 讲话, spec 000).
_ADDRESSING_ROLES = _ADDRESS_ROLES | {"点评"}
# 当天下午，王强出席县职工运动会开幕式并致辞: a sentence telling an event attended or held, another occasion than the
# remarks told before it
_ANOTHER_EVENT = re.compile("出席|参加|举行|举办|召开|前往|来到")
# Marks that pair (opening, closing): one left at an edge of a title without its partner is stray.
_PAIRED_MARKS = ("（）", "()", "「」", "『』", "【】", "〔〕", "［］", "[]", "“”", "‘’", "《》")
# Punctuation that never opens or closes a title (a clause's comma, a dateline's colon).
_EDGE_PUNCTUATION = "，,、：:；;。！!？?·"
# Every character _without_stray_marks may take off an edge: a title with none at either edge comes back as it is
# (most titles, tested by two set lookups instead of the loop's dozen string tests per title read).
_STRAY_EDGE_CHARS = frozenset(_EDGE_PUNCTUATION + " 　" + "".join(_PAIRED_MARKS))


# The opening of a feature's subtitle before the person portrayed or interviewed (——记…, ——访…, —专访…).
# (——记者站站长, ——记协主席, ——访问学者: 记/访 opens the title, only the dash goes)
# (打开…的大门——记某大学教授: a feature's headline before its subtitle's dash and 记/访 goes with the lead, thirty-fourth
# round; a dash of two marks then 记/访, so no chain's own dash is read so)
_PORTRAIT_LEAD = re.compile(r"^\s*(?:[^、，,]*?[—－]{2}\s*(?:专访|记(?![者协])|访(?![谈问]))\s*"
                            r"|[—－\-]{1,2}\s*(?:(?:专访|记(?![者协])|访(?![谈问]))\s*)?)(?=.)")


def _without_stray_marks(title: str) -> str:
    """``title`` without punctuation at its edges and without a bracket or quote mark at an edge whose partner
    it does not hold (（本报讯）保安局局长 leaves ）保安局局长 after the dateline: 保安局局长); a closed pair stays
    (副院长（主持工作）, 部门经理（兼）)."""
    if title[:1] not in _STRAY_EDGE_CHARS and title[-1:] not in _STRAY_EDGE_CHARS:
        return title  # (nothing at either edge that the loop takes off; the empty title too)
    changed = True
    while changed and title:
        changed = False
        stripped = title.strip(_EDGE_PUNCTUATION + " 　")
        for opening, closing in _PAIRED_MARKS:
            if stripped[:1] == closing or (stripped[:1] == opening and closing not in stripped):
                stripped = stripped[1:]
            if stripped[-1:] == opening or (stripped[-1:] == closing and opening not in stripped):
                stripped = stripped[:-1]
        changed = stripped != title
        title = stripped
    return title


# A photo caption's position marker closing the person before, then the joint to this one (李天赐（右三）与文化局长…,
# 张某（左二）、副市长…): no part of this one's title.
# (县长徐明哲（左）与校长黄启仁（右）: a bare side, no number, in a two-person caption)
_CAPTION_POSITION_BEFORE = re.compile(r"^.*[（(](?:前排|后排|中排)?(?:[左右][一二三四五六七八九十\d]?|中|居中)[）)](?:与|和|及|、|，|,)?")
# An item number of a list of captions or points opening the chain (1、联合国秘书长安南, 二、县委书记王明, （3）市长李明): stray
# punctuation, no part of the title (GUIDELINES §4 title: "stray punctuation repaired"; audit a2sp).
_LIST_NUMBER_OPENING = re.compile(r"^(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．])")
# A news dateline run into the title chain (新华社北京5月21日电, 本报北京11月10日讯, …7月27日电（记者…）); the reporter's
# line opening an item (本报记者某某报道市委书记…: the reporter and 报道 are no part of the official's title, GUIDELINES §11).
# (新华社北京电（记者…）: an agency's dateline with no day, the byline closing it, GUIDELINES §4 title, thirty-seventh review
# round; 电 right after the agency's city and before the byline's bracket, not 电力, 电视)
_DATELINE_IN_TITLE = re.compile(r"^.*?(?:日[电讯]|(?:社|台)[\u4e00-\u9fff]{2,8}?电(?=[（(])|本报讯|本(?:报|网|台|刊)(?:特约|驻[^，。\s]{1,6})?记者[\u4e00-\u9fff、]{2,12}?报道[：:]?)"
                                r"(?:[（(][^）)]*[）)])?")
_PRESS_CONFERENCE = re.compile("记者招待会|新闻发布会|发布会|记者会|吹风会|见面会")
# The words one of which every match of :data:`_PRESS_CONFERENCE_HELD` holds (both alternatives end in a group built
# from exactly these): a text with none of them has no match, and the whole-text search (tried at every 在, 于 and verb
# of holding) is skipped in the many texts that name no press conference.
# 发言人会后在记者会中说明院会决议: a spokesperson relaying a meeting's decisions at a press conference afterwards makes
# no address there (GUIDELINES §3/§4 fourteenth review round: the press conference is no meeting)
# (only the conference named as where, 在记者会上/中: not 召开记者会说明院会决议, one convened for it)
_PRESS_RELAYING_DECISIONS = re.compile("(?:记者会|发布会|记者招待会|吹风会)(?:上|中)[，,]?"
                                       "(?:说明|介绍|通报|解读|转述|转达)了?[^，。；,;]{0,10}?(?:决议|决定)")
_PRESS_CONFERENCE_HELD_WORDS = ("记者招待会", "发布会", "记者会", "吹风会")
_PRESS_CONFERENCE_HELD = re.compile(f"(?:在|于)[^，。；]{{0,30}}(?:{'|'.join(_PRESS_CONFERENCE_HELD_WORDS)})(?:上|中)"
                                    f"|(?:举行|召开|举办|出席|参加)[^，。；]{{0,20}}(?:{'|'.join(_PRESS_CONFERENCE_HELD_WORDS)})")
# At a press conference: a talk told with 解读/讲解 (:data:`_LECTURE_VERB`) is a briefing, no lecture (作政策解读 as
# 对政策进行了解读), unless the person's sentences name a talk of the lecture kind too (作…报告, 辅导, 宣讲, 授课).
_LECTURE_WORD = re.compile("报告|讲座|辅导|宣讲|授课|讲授|讲课")
# At a press conference an explanation told with 解读 in any form (对新政策进行了解读, 作了解读, 解读了《…》, 作政策解读)
# is 讲话, like 介绍 there (GUIDELINES §4 twenty-third review round), not 作报告; not the nouns 解读会, 解读材料, 解读文章.
_BRIEFING_EXPLAINED = re.compile("解读(?![会团员队稿人的]|工作|活动|材料|内容|报告|提纲|文件|文章)")
# Words naming an address or an occasion: remarks in such a sentence were made there.
# 黄书记在点评时指出 opening a sentence: a subject known by surname and post only.
_UNNAMED_POST_SUBJECT = re.compile(
    r"\s*(?:会上|随后|最后|接着|同时)?[，,]?\s*(?P<ref>[\u4e00-\u9fff](?:书记|县长|市长|省长|区长|镇长|乡长|局长|部长|主任|主席|院长|校长|厅长|处长|总经理|董事长|行长))"
    r"(?=在|指出|强调|要求|表示|说|讲话|点评|作|对|就)"
)
# 李总, 王董: the short forms of a company's heads, and the posts they stand for.
_SHORT_POSTS = {"总": ("总经理", "总裁", "总监"), "董": ("董事长",)}
# An act of a meeting in the clause of a surname-and-post reference (王书记宣读了表彰决定, 林书记为党员讲授党课),
# not remarks (陈校长走过来拍着他的肩说: a feature's narrative).
# (吴院长就下一步工作提出四点要求, 郑书记对信访工作提出要求: demands set out, a speech as with a full name)
# (张议长致开幕词, 王市长致欢迎辞: an address named by its kind, 致…词 as 致辞)
_ACT_AFTER_POST = re.compile("宣读|颁奖|颁发|颁授|主持|点评|讲评|讲授|党课|致[\u4e00-\u9fff]{0,3}?[辞词]|述职|领学|作了?[^，。；]{0,12}?报告"
                             "|提出了?[^，。；]{0,6}?(?:要求|希望)")
# Remarks or arrangements right after a surname-and-post reference, with no comma (施校长要求新任职干部…, 田镇长对
# 二季度重点工作作了安排 / 就…作出部署): the reference's own speech, as with a full name (GUIDELINES §4).
# (张书记希望各乡镇…, 王县长希望，…: a hope set before those present or a body, GUIDELINES §4 twentieth round, thirty-first round)
_DIRECTIVE_AFTER_POST = literal_gated(re.compile("(?:最后|还|也|又|再次|同时|进一步|特别)?(?:强调|指出|要求(?![的下])"
                                                 "|希望(?=[，,：:]|各|全体|全县|全市|全区|全镇|大家|广大|与会))"
                                                 "|(?:对|就)[^，。；]{1,24}?(?:作了|作出|做了|做出|进行了?)[^，。；]{0,4}?(?:安排|部署)"))
_SPEECH_AFTER_POST = literal_gated(re.compile("(?:最后|还|也|又|再次|同时|进一步|特别)?(?:在[^，。；]{0,8}(?:中|时))?(?:指出|强调|要求|表示|说)[，,：:]"))
# A surname-and-post reference whose first clause tells a verb of assessing the work, with or without an adverb of manner
# (王县长高度评价了全县的工作成效，并指出，…; 张书记充分肯定了…，并提出三点要求), then a clause with no subject of its own
# opening on a word that joins it to the same person (并, 同时, 还) or right on the speech verb: the remarks or demands
# there are the reference's, as in its own clause (GUIDELINES §4, thirty-first review round).
_REFERENCE_GOES_ON = re.compile(r"(?:充分|全面|高度|深刻|简要|明确|认真|系统)?(?:肯定|评价|总结|回顾|分析|通报|介绍)了?"
                                r"[^，。；！？]{1,24}[，,](?:并|并且|同时|还|也|又|随后|最后)?(?=指出|强调|要求|提出|希望|说|表示)")
# 发表文告或讲话, 发表新年贺词和讲话: an address named as the alternative of a message issued is one of the same kind, to
# the nation, at no event (GUIDELINES §4: messages sent are not addresses; sixteenth review round: an address to the
# nation with no meeting reported gives none); the look-behinds of _OCCASION's address words.
_NOT_AFTER_MESSAGE = "".join(f"(?<!{noun}{join})" for noun in ("献词", "献辞", "贺词", "贺辞", "文告", "声明")
                             for join in ("或", "和", "及", "、"))
_OCCASION = first_char_gated(
    # (not 发表广播电视讲话, 书面讲话: no event; 在十五大报告中指出: a written report quoted; not 运动员, athletes)
    # (nor 发表新年讲话, 元旦讲话: the year's address to the nation, no event named, audit a2sp; 在茶话会上 names one)
    "部署|(?<!运)动员|(?<!的)(?<!电视)(?<!广播)(?<!书面)(?<!新年)(?<!新春)(?<!元旦)" + _NOT_AFTER_MESSAGE + "(?:讲话|发言(?!人)|致辞|致词|(?<!据)报告(?!显示|称|中)|讲座)"
    # (not 在议会中表示: a parliament, an institution, no sitting named)
    "|(?:(?<!社)(?<!议)会|会议|大会|仪式|典礼|论坛|座谈会|开幕式|闭幕式|宴会|招待会|会见|会谈|活动|现场)(?:上|中|期间|时)"
    # (以下为…在酒会的演辞：, …的讲话全文: an address printed in full, see _PRINTED_IN_FULL)
    "|(?:讲话|发言|致辞|致词|演辞|讲辞)(?:全文|全稿)?(?:[（(][^（）()\n]{1,16}[）)])?[：:]"
)
# Roles whose trigger after 的 is a noun (…的讲话, …的发言): a speech referred to, not given.
_ADDRESS_NOUN_ROLES = frozenset({"讲话", "发言", "作报告", "致辞"})
# …作了题为《…》的报告, 发表了…的讲话: the verb before 的 gives the address here.
# (某某在…会议上的讲话, a speech title, is an address given there too.)
# (在…开幕礼的致辞全文: an event's name ending right before 的, HK release style)
_GAVE = re.compile("(?:作|发表|进行|致)了|(?:作|发表)题为|在[^，。；]{1,40}(?:上|时|中|会|礼|式|坛|议)的$|所[作做]的$")
# 以下为行政长官…在国庆晚宴的致辞全文：, 以下為…出席午餐會的演辭：: an address printed in full after its lead line, which
# ends in a colon (HK/Macau releases, mainland 讲话全文), whatever the event's name ends in, is one given (not 阅读了…的
# 讲话全文。: a text read).
_PRINTED_IN_FULL = re.compile(r"(?:全文|全稿)?(?:[（(][^（）()\n]{1,16}[）)])?\s*[：:]\s*$")
# 在简短的致辞中说, 在热情洋溢的祝酒词中表示: the speaker's own address with a word of its manner before it, not another's
# address referred to (GUIDELINES §4 thirtieth review round; not 在重要讲话中提出, a speech cited as a work, nor 在市长的讲话中).
# (简短, 热情洋溢, 即席: words of an address's manner before its noun)
_ADDRESS_MANNER = "(?:简短|简洁|热情洋溢|热情|即席|精彩|生动|诚挚|真诚|深情)"
_OWN_ADDRESS_MANNER = re.compile(r"(?:也|还|又|首先|最后|随后)?在" + _ADDRESS_MANNER + "的$")
# 在致辞中，校长周某说; 在祝酒词中，大使李某表示: a sentence opening on the frame of an address, the person named after it
# gives that address, and soft remarks there belong to it (GUIDELINES §4 thirtieth review round, remarks inside an address).
_ADDRESS_FRAME_OPENING = re.compile(
    r"在(?:" + _ADDRESS_MANNER + "的)?"
    r"(?P<kind>致辞|致词|(?:祝酒|欢迎|答谢|感谢|开幕|闭幕|欢送)[词辞]|答[词辞]|发言)(?:中|时)[，,]")
# 主持 of work or a project (主持中央工作, 主持设计, 主持公道): no meeting chaired.
_IN_CHARGE = re.compile(
    # (副局长王强（主持工作）: in charge of the office's work, a post's note)
    r"了?(?!召开|举行)(?:工作[）)]|[^，。；会并]{0,12}工作(?![^，。；]{0,4}(?:会|议|班))|设计|营建|筹建|公道|研究|编写|编纂|起草|修订|制订|制定|开发|创办|建设"
    # (主持育成水稻新品种, 主持的国家社科基金重大项目, 主持完成…课题: research led, no meeting)
    # (主持了在革命老区涉县的“稻麦两熟高产示范研究”: a place and a quoted title between)
    # (not 主持了…项目年度检查汇报: a reporting session chaired)
    # (not 主持签约仪式并介绍项目情况: the ceremony chaired, the project another act's)
    r"|[^，。；会仪典]{0,24}(?:项目|课题|工程|研究(?!会|生|院|所))”?(?![^，。；]*(?:会|议|班|仪式|汇报|检查|评审|论证|答辩|验收))"
    r"|育成|研制|攻关|完成|编制|手术"
    # (主持南方局机关报——新华日报, 主持《某某》杂志, 主持校务, 主持考古发掘: a publication or a body's business run, no
    # meeting chaired, GUIDELINES §4 roles are for a reported meeting; audit a2sp)
    # (not 主持报社编委会会议, 主持日报社年度工作会议: a meeting named after the body, as with 项目 above)
    r"|(?:[^，。；会]{0,12}?(?:机关报|日报|晚报|报纸|报社|杂志|刊物|期刊|周刊|月刊|出版社|编辑部)"
    r"|校务|院务|社务|党务|政务|编务|报务|笔政|考古|[^，。；会]{0,8}?发掘)(?![^，。；]*(?:会|议|班|仪式|典礼))"
    # (审判长王某依法主持庭审, 主持调解: a trial or a mediation presided, a court's proceeding and no meeting,
    # GUIDELINES §3; not 主持审判委员会会议, 主持调解委员会全体会议, 主持审理工作推进会: a meeting named after the
    # proceeding, its 会/议 later in the clause, is chaired, as with 项目 above; 达成协议 is the mediation's outcome)
    r"|(?:庭审|开庭|审理|调解|合议|(?:公开)?审判(?![委工会]))(?![^，。；]*(?:会|(?<!协)议)))"
    # (在格林斯潘主持下的美国联邦储备委员会, 在某某主持下的研究所: a body led, no meeting chaired, GUIDELINES §4 thirtieth
    # review round; not 在某某主持下的座谈会上, 主持下的全体会议: a meeting named after 下的 is chaired)
    r"|下的(?![^，。；]{0,24}?(?:会议|大会|全会|例会|年会|峰会|[谈讨话拜欢报布待彰进场读审见晤]会|仪式|典礼|论坛|开幕式|闭幕式"
    r"|晚会|讲座|会谈|会见|会晤|活动|培训班|研讨班|座谈|听证|会上|会议上))"
)
# 表示致敬 / 表示热烈欢迎 / 表示衷心感谢 / 致以崇高的敬意: words of courtesy, which the guidelines count as 致辞.
# An open 「, 『 or 《 not closed before a name: the name is a word of a quoted name.
_INSIDE_A_NAME = re.compile("[「『《][^」』》，。；]*$")
# (表示深切哀悼和诚挚慰问, 表示沉痛悼念: condolence is sympathy shown, words of courtesy too, GUIDELINES §4 thirty-first
# round; the Traditional forms as written on Hong Kong, Macau and Taiwan pages, 表示親切慰問)
_COURTESY = re.compile(r"(?:了)?(?:热烈|衷心|诚挚|崇高|亲切|深切|沉痛|熱烈|誠摯|親切)?(?:的)?(?:节日的?|新春的?|新年的?)?"
                       r"(?:致敬|感谢|欢迎|祝贺|慰问|敬意|谢意|谢忱|问候|祝福|哀悼|悼念|感謝|歡迎|祝賀|慰問|謝意|謝忱|問候)")
# 向…拜年并讲话, 致以节日的祝福并讲话: greetings and a speech, two acts
_GREETED_AND_SPOKE = re.compile("(?:拜年|祝福|问候|敬意)并(?:发表)?(?:了)?讲话")
# A New Year greeting (向全体干部职工致以新春的问候, 向全县人民拜年): told in a sentence of its own after the person's
# speech, an address of its own (致辞, GUIDELINES §4 eleventh round), not courtesy opening the speech (nor 致以节日的问候
# on another holiday, which stays part of the speech it follows).
# The New Year wished to those present in other words (向大家祝贺新春, 向全市人民恭贺新禧, 祝大家新年好, 最后祝同志们
# 新春快乐): the same greeting as 拜年 (GUIDELINES §4 tenth review round); the festival word closes the wish (not
# 向大家祝贺新年音乐会演出成功, 庆祝新年: a show congratulated, a holiday celebrated).
_NEW_YEAR_WORDS = "新春|新年|春节|新禧"
_NEW_YEAR_WISH = (rf"向[^，。；！]{{1,30}}?(?:祝贺|恭贺|拜贺)(?:{_NEW_YEAR_WORDS})(?=[，。；！,!、并和]|$)")
_NEW_YEAR_CALL = r"向[^，。；]{1,30}?拜(?:个)?(?:早)?年(?![货礼会活])"
# A New Year blessing offered as a greeting (表示新春祝福, 送上新春的祝福, 献上新年的问候): the same greeting to those present
# (GUIDELINES §4 tenth and thirty-third review rounds). (A bare wish, 祝大家新年好, in its own sentence after the speech was
# read so and withdrawn: it cost a role on the newspaper held-out part, §8; a question for the lead.)
_NEW_YEAR_OFFERED = (r"(?:表示|送上|送去|献上|致上|送來|獻上)[^，。；]{0,8}?(?:新春|新年|春节|春節)[^，。；]{0,6}?"
                     r"(?:问候|祝福|祝愿|問候|祝願)")
_NEW_YEAR_GREETING = re.compile(rf"{_NEW_YEAR_CALL}|{_NEW_YEAR_WISH}|{_NEW_YEAR_OFFERED}"
                                r"|致以[^，。；]{0,8}?(?:新春|新年|春节)[^，。；]{0,6}?(?:问候|祝福|祝愿)")
# The holiday's greeting (致以节日的问候) at a gathering the page names for the Spring Festival or the New Year
# (新春联谊会, 春节团拜会, 迎春茶话会): the New Year greeting in other words (GUIDELINES §4 thirty-sixth round); on a page
# naming no such gathering it stays courtesy opening the speech.
_HOLIDAY_GREETING = re.compile(r"(?:致以|表示|送上|献上)[^，。；]{0,6}?节日的?(?:问候|祝福|祝愿)")
_NEW_YEAR_GATHERING = re.compile(r"(?:新春|新年|春节|迎春|元旦)[^，。；！？\n]{0,4}?"
                                 r"(?:联谊会|团拜会|茶话会|招待会|联欢会|座谈会|晚会|酒会)")
# A greeting told on another occasion (当晚，王某通过县电视台向全县人民拜年; 2月9日，王某向…拜年): its sentence opens
# on a time or day of its own, or names a medium it went out by; no address at the meeting.
_GREETING_ELSEWHERE = re.compile(
    r"\s*(?:当晚|当天晚上|晚上|次日|翌日|第二天|除夕|大年初一|春节期间|节日期间|会[后前]|散会后|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"|[^。；！？\n]*?(?:通过[^，。；]{0,12}?(?:电视|广播|视频|网络|网站|报纸|媒体|平台|新媒体|公众号)|发表[^，。；]{0,6}?(?:贺词|献词))")
# Words of a speech in the greeting's sentence (在讲话中向…拜年): the greeting is told inside that speech.
_SPEECH_IN_GREETING = re.compile("讲话|指出|强调|要求|致辞|发言")
# A speech named by its noun (讲话, 讲了话, 致辞, 发言): one that can take a New Year greeting in (eleventh round); remarks
# told with 指出/强调/要求 after a greeting of their own name no speech that takes it in: the greeting stays 致辞 beside their
# 讲话 (国务院副总理某某向…拜年。他指出，… → 致辞, 讲话; GUIDELINES §4 tenth, twenty-second and thirty-third rounds).
_SPEECH_NAMED = re.compile("讲话|讲了话|讲話|致辞|致詞|致辭|发言|發言")
# A gathering told before the greeting (欢聚一堂, 茶话会, 团拜会…) and no visit, tour or inspection told of the person (看望,
# 参观, 考察…): a greeting with remarks after it is made to those present (see _greeted_with_no_speech).
_GATHERING_TOLD = re.compile("欢聚一堂|济济一堂|齐聚一堂|茶话会|团拜会|联欢会|座谈会|招待会|酒会|迎春会|新春会|年会|大会|会议|晚会|宴会|典礼|仪式")
_VISIT_OR_TOUR_WORD = re.compile("看望|探望|走访|参观|考察|视察|调研|察看|慰问|来到|走进")
# 亦 after a name is a name stop ("also", models/patterns/extraction.json), yet a given name may end in it.
# 由 before a name in its clause (会议由县委常委、常务副县长陈思亦主持): the name is the agent of 由, after which
# 亦 cannot stand for "also".
_AGENT_OF_YOU_BEFORE = re.compile(_AGENT_YOU + r"[^，。；！？]{0,30}$")
# Presence after 亦 (亦在论坛上, 亦出席, 亦参加): "also" even for the first person named, as an account may leave
# out whom it refers to; a speech act after 亦 (亦主持, 亦指出, and 亦在讲话中指出: the frame of one's own
# address, :data:`_IN_ADDRESS`, is no presence) in a first mention has nothing to refer to.
_PRESENCE_AFTER_YI = re.compile("在|出席|参加|列席|到会|到场|莅临")
# After a name cut before 也 or 亦: a list joint or punctuation, where the character cannot be the adverb "also" (which
# opens a verb), so it ends the name (山本哲也、美国…副总裁, 首席代表佐藤拓也，…)
_JOINT_AFTER_ALSO = re.compile("[、，。；,;）)]")
# Remarks that only thank, the thanks closing the sentence: right after the name (姚某也感谢志工们长年的付出。) or
# after 表示 and a comma (表示，感谢…。); not 表示，感谢大家，今后要… (more is said), nor 感谢信 (a letter).
# One honoured or aided named just before a name (获奖教师李某, 受表彰代表, 受助学生), the label perhaps followed by
# a 、 and the person's title (获奖代表、县人民医院医生李某): their thanks are a reaction, no address (§4), and so are
# their words (获奖教师李芳表示…, HK 獲嘉許的義工陳大文表示…) unless they speak as a representative.
# (受表扬的义工, 获得表彰的企业代表、某公司董事长: 表扬 and 获得/受到 before the honour's word alike)
# (獲獎的瑪麗安醫院急症科護士長龍某表示: 获奖的 before a long title chain of a body, a department and a post, the same
# honoured person, whose words to the press are a reaction, §4)
_HONOURED_BEFORE = re.compile("(?:(?:获|得)奖|(?:受到?|获得?)(?:表彰|表扬|嘉许)|受(?:资)?助)[^，。；、]{0,8}(?:、[^，。；、]{1,20})?$"
                              "|(?:获|得)奖的[^，。；、的]{9,22}$")
# One granted money by the scheme the event is about, its firm perhaps quoted before the post (获补助的新创公司「海港智能」
# 执行长蔡某说, 获得资助的企业负责人王某表示): a recipient whose soft words are a reaction to the press, no address (§4
# recipients whose reactions are quoted), like 受助学生; not 补助 named otherwise (负责补助审核的科长王某说: no 获).
_GRANTED_BEFORE = re.compile("获得?(?:补助|资助|补贴|奖补)的(?:[「“『][^」”』，。；]{1,16}[」”』]|[^，。；、「“『]){0,12}$")
# The label of one honoured opening a title (获奖教师, 受表彰的优秀教师、, 獲嘉許的義工): a label, no job title,
# up to the end or a 、 before the chain (not 获奖代表: a representative label, handled with 代表).
# 获奖代表, 受表彰教师代表: one speaking for those honoured, at the ceremony; not 获得表彰的企业代表 (an honoured
# firm's or unit's representative: the recipient itself, whose words to the press are a reaction, §4).
# One who received money or goods handed out, before a name (领到欠薪的农民工代表, 拿到助学金的学生代表): even as
# those people's representative, soft words of the recipient are a reaction told to the press, no address (§4).
# (not 接过奖杯的获奖职工代表, 领取荣誉证书的劳模代表: a certificate, trophy or honour is what a commendation hands over,
# and the honourees' representative speaking there keeps the spokesman's role, GUIDELINES §4 tenth review round)
# (嘉许状, 奖座: the certificate and trophy of HK and Macau commendations)
_HONOUR_TOKENS = "证书|奖杯|奖牌|奖状|奖章|荣誉|聘书|牌匾|勋章|锦旗|证章|称号|毕业证|结业证|嘉许状|奖座"
# Taking money, goods or a token in hand, shared by the receipt readings below.
_TAKEN_IN_HAND = "领到|拿到|领取"
_MONEY_RECEIPT = f"{_TAKEN_IN_HAND}|收到|领回|拿回"
_RECEIVED_BEFORE = re.compile(f"(?:{_MONEY_RECEIPT}|接过)了?"
                              f"(?![^，。；！？、的]{{0,10}}?(?:{_HONOUR_TOKENS}))[^，。；！？、]{{1,12}}?的[^，。；！？、的]{{0,8}}$")
# The same receipt told after the name, money or goods received, the soft words following it (农民工代表王大山领到执行款后
# 激动地说, 李某拿到救助金时表示): a recipient's reaction, no address; not a certificate, trophy or honour received with it
# (领取荣誉证书和奖金后说: the honourees' spokesman), nor what is no money (领取责任书后表示, 收到会议材料后说, 接过话筒说:
# taking the floor).
_RECEIVED_MONEY = "款|金|钱|薪|工资|补贴|补助|物资|慰问品|年货"
# (张建国接过慰问金后激动地说, 刘福生从县长手中接过慰问金后说: money taken in hand, 接过 as well, GUIDELINES §4 fourteenth
# review round; the money noun after it keeps 接过话筒说 out; a giver's hands named before it, 从…手中, change nothing)
_FROM_HANDS = "(?:从[^，。；！？]{1,12}?(?:手中|手里))?"
# (社员李秀兰捧着分红款高兴地说, 拿着慰问金激动地说: the money received held in hand as the soft words are said, the same
# reaction; not words said to others, 拿着慰问金对困难户说: a giver's)
_RECEIVED_AFTER_NAME = re.compile(f"\\s*(?:{_FROM_HANDS}(?:{_MONEY_RECEIPT}|接过)了?"
                                  f"(?![^，。；！？]{{0,10}}?(?:{_HONOUR_TOKENS}))[^，。；！？]{{0,10}}?(?:{_RECEIVED_MONEY})"
                                  "(?:后|时)[，,]?[\u4e00-\u9fff]{0,4}?"
                                  f"|(?:捧着|拿着|攥着|手捧|手握|手持)(?![^，。；！？]{{0,10}}?(?:{_HONOUR_TOKENS}))"
                                  f"[^，。；！？]{{0,8}}?(?:{_RECEIVED_MONEY})[，,]?(?:(?![对向给跟和与])[\u4e00-\u9fff]){{0,4}}?)"
                                  "(?:说|表示|感慨|坦言)")
# The honour or its token received, before the name (刚刚领到奖章的孙伟激动地说, 获颁纪念章的老党员李大山说) or told after it
# (李大山接过纪念章后激动地说, 孙伟领取证书时表示): one honoured, whose soft words are a recipient's reaction (GUIDELINES §4:
# recipients whose reactions are quoted); the honourees' representative keeps the spokesman's role (接过奖杯的获奖职工代表
# 李明激动地说, tenth review round: the caller checks no 代表 label stands before the name).
# (the verbs of a token received, shared with _MEDAL_RECEIVED_AFTER_NAME; 捧着/捧起 only for a token held up, which a
# medal is not)
_TOKEN_RECEIPT_VERBS = f"{_TAKEN_IN_HAND}|接过|获颁|获授|戴上|佩戴上?"
_HONOUR_TOKEN_RECEIPT = f"(?:{_TOKEN_RECEIPT_VERBS}|捧着|捧起)了?[^，。；！？、]{{0,10}}?(?:{_HONOUR_TOKENS}|纪念章|奖金)"
_HONOUR_RECEIVED_BEFORE = re.compile(_HONOUR_TOKEN_RECEIPT + "[^，。；！？、]{0,4}?的[^，。；！？、的]{0,8}$")
# A prize or place won at the contest, before the name (获得一等奖的退休教师马秀兰激动地说, 夺得女子组冠军的罗某说):
# one honoured like a token's holder, whose soft words are a reaction (GUIDELINES §4: recipients whose reactions are
# quoted); the caller reads it only for soft words, and the winners' representative is kept by the same check.
# One who led or coached the winners (带领球队夺得冠军的主教练李强说, 指导学生获得一等奖的校长王某表示) won nothing
# himself: the group ``led``, read before the verb of winning here and in _HONOUR_WON_BEFORE, tells the callers to keep
# his words (§4 twentieth round: the winners' words of joy); not one led by another (在教练带领下夺得冠军的罗某说).
_LED_THE_WINNERS = "(?P<led>(?:带领|率领|指导|辅导)(?!下)[^，。；！？、的]{0,10}?)?"
_PRIZE_WON_BEFORE = re.compile(f"{_LED_THE_WINNERS}(?:获得|荣获|摘得|夺得)了?[^，。；！？、的]{{0,12}}?(?:{PRIZE_GRADES}|冠军|亚军|季军)"
                               "的[^，。；！？、的]{0,8}$")
# (李大山在接过纪念章后激动地说: the time of the receipt set with 在, the same reaction)


def _received_after_name(token_receipt: str) -> re.Pattern[str]:
    """A token received right after a name, from someone's hands or not, and the soft words said then: the shape
    shared by the honours' and the medals' readings, which differ only in ``token_receipt``."""
    return re.compile("\\s*(?:在(?=[^，。；！？]{0,14}?接过))?" + _FROM_HANDS + token_receipt
                      + "[^，。；！？]{0,6}?(?:后|时)[，,]?[\u4e00-\u9fff]{0,4}?(?:说|表示|感慨|坦言)")


_HONOUR_RECEIVED_AFTER_NAME = _received_after_name(_HONOUR_TOKEN_RECEIPT)
# A medal or badge received right after the name (老党员代表、退休职工李大山接过纪念章后激动地说): each holder's own token,
# so a representative label before the name changes nothing, the soft words a reaction (GUIDELINES §4 thirteenth round:
# a medal's or badge's recipient reacts; the tenth round's spokesman holds a certificate or trophy for the group).
_MEDAL_RECEIVED_AFTER_NAME = _received_after_name(f"(?:{_TOKEN_RECEIPT_VERBS})了?[^，。；！？、]{{0,10}}?(?:纪念|奖|勋|证|徽)章")

# A later clause of the name's sentence that opens on 他/她 (获得“好媳妇”称号的杨某照顾婆婆十余年，她接过证书后激动地说):
# the pronoun goes on with the one just named, so a receipt told after it is that person's, read like one right after
# the name; the clause between says nothing (no 说/表示 of its own) and names no other actor (no 为/向/给, no second
# comma), so the pronoun can only be the one named.
_PRONOUN_CLAUSE_AFTER_NAME = re.compile(r"[^，。；！？：“”说表为向给]{1,24}[，,](?=(?:他|她)(?!们))")
# 副市长王军为孙伟颁发奖章: the one the clause confers on (a name after 为/向/给, a conferring verb later in its clause)
_CONFERRED_ON_BEFORE = re.compile(rf"(?:{_RECIPIENT_WORD})[^，。；！？为向给]{{0,16}}$")
_CONFERRED_ON_AFTER = re.compile(f"[^，。；！？]{{0,20}}?(?:{_CONFERRING_VERBS}|佩戴|戴上)")
# 现场向86户受灾农户发放理赔款…。受灾农户代表王某激动地说; 为120名困难职工送去慰问金…。困难职工代表张某说: the
# representative of a group the event paid or served (the group told earlier as the one 向/为/给 whom money or goods were
# handed), soft words of whom are a recipient's reaction, no address (GUIDELINES §4 twelfth review round); not 获奖代表
# X发言 (a spokesman's turn: no soft words), nor a group named only as the label (学生代表X说 with nothing handed to 学生).
_GROUP_REPRESENTATIVE_END = literal_gated(re.compile("(?P<label>[\u4e00-\u9fff]{2,10})代表$"))
# 受助群众代表李某激动地说, 受资助学生代表王某表示: a representative label that itself says the group was aided, on a
# page that tells the aid handed out (发放救助金, 捐赠…): the group paid at the event, its soft words a reaction like
# 受灾农户代表's (GUIDELINES §4 twelfth review round); not 获奖代表 (honours), nor 受助学生代表王某发言 (no soft words).
_AIDED_REPRESENTATIVE_END = re.compile("受(?:资|救|捐)?助[\u4e00-\u9fff]{0,6}代表$")
# Money or goods handed out, shared by the aid readings below.
_HANDED_OUT = "发放|捐赠|送去|送上|拨付|兑付"
_AID_HANDED = re.compile(f"{_HANDED_OUT}|捐助|资助|救助")
_HANDED_TO_END = re.compile("(?:向|为|给)[^，。；！？“”]{0,8}$")
_HANDED_AHEAD = re.compile(f"[^，。；！？“”]{{0,4}}?(?:{_HANDED_OUT}|发去|送来|送达|赠送|捐献|支付|发)")
# Soft words with a manner adverb before the verb (激动地说, 高兴地表示, 开心地说).
_MANNER_SOFT_AFTER_NAME = re.compile(r"\s*" + _LATIN_NAME_AFTER + r"[\u4e00-\u9fff]{1,4}地(?:说|表示|讲|感慨|坦言|告诉记者)")
# 80岁的居民周桂兰高兴地说, 村民李大爷激动地说: a layperson's reaction in a manner adverb, quoted to the press, is no speech
# (GUIDELINES §4: listeners and recipients whose reactions are quoted); not 会上，居民周桂兰说 nor 居民代表周桂兰发言 (one
# who speaks at the meeting), nor a representative (居民代表周桂兰激动地说).
# (院坝会, 坝坝会, 屋场会, 板凳会, 火塘会: the open-air talks a village holds with its people in a yard, a square or a
# home, where villagers raise problems and proposals to the cadres: a 座谈 under a local name, GUIDELINES §4 sixteenth
# review round, read for forums and 座谈会)
_VILLAGE_TALKS = "院坝会|坝坝会|屋场会|板凳会|火塘会"
_LAYPERSONS = "居民|村民|市民|群众|游客|老人|家长|观众|老党员|老兵|网友|顾客|患者|病人|农户|职工|员工|退役军人|求职者"
_LAYPERSON_BEFORE = re.compile(f"(?<!代表)(?:{_LAYPERSONS})$")
# A remark in a soft verb by a person (the name filled in for {who}) or a 他/她 (陈伯也来到现场，他说, 刘洋在展位前说, 张德福激动地说) and a speech
# verb in the same sentence (指出, 强调, 要求: an address, kept).  The manner adverb is captured: a reaction told with one
# stays one even where the page tells a talk gathering (§4 eleventh review round).
_LAY_SOFT_REMARK = "(?:{who}|[他她])[^，。；：“”]{{0,14}}?(?P<manner>[\u4e00-\u9fff]{{1,4}}地)?(?:说|表示|坦言|感慨)(?:道)?(?:[：，“。]|$)"
_LAY_STRONG_REMARK = re.compile("指出|强调|要求|讲话|发言|致辞|主持|部署|汇报|会上|会中|座谈")
# The group a 座谈会 of the paragraph is named for (县委召开老党员座谈会。老党员王大山激动地说…): that group's words are
# what the 座谈 is, they speak at it (the lead's ruling on cr11 1.6); not 敬老座谈会 and a resident or 老人 quoted.
_GROUP_SYMPOSIUM = re.compile(f"(?P<group>{_LAYPERSONS})[^，。；！？“”\n]{{0,6}}?座谈会")
_SPOKE_AT_MEETING_BEFORE = re.compile("会上|会中|发言|座谈")
# A fronted frame naming the person's own win right before the name (谈到获奖，韦某表示…; 说起此次获奖，…; 对于当选，…):
# what follows is the winner's reaction, no address (GUIDELINES §4: recipients whose reactions are quoted; twentieth round:
# winners' words after a prize give no role unless a 代表 label or 会上/上台 makes them a speech). Not 谈到获奖企业，… (the
# winners another's topic: the frame closes right after the win).
_OWN_WIN_FRAME = re.compile("(?:谈到|谈及|谈起|说起|说到|提到|提起|对于|面对)(?:此次|这次|本次)?"
                            r"(?:获奖|得奖|获此殊荣|获此荣誉|当选|获颁[^，。；！？]{0,12}?|获得[^，。；！？]{0,12}?奖)[，,]\s*$")
# What makes a winner's words a speech at the meeting (会上, 上台, a representative's label): see _OWN_WIN_FRAME.
_WINNER_SPEAKS_HERE = re.compile("会上|会中|上台|台上|代表")
# A gathering whose business is the attendees' talk (座谈会, 茶话会, 议事会, 研讨): a layperson's plain 说 there may be
# the talk itself; on a page telling none (a 党课, a ceremony), it is a listener's reaction (GUIDELINES §4 eleventh
# review round: at another kind of gathering, no role).
_TALK_TOLD = re.compile(f"座谈|茶话会|恳谈|交流会|分享会|议事|听证|协商会|讨论会|研讨|访谈|{_VILLAGE_TALKS}")
# 回忆了… right after a name, and a meeting named for a group (老党员座谈会, 退役军人茶话会): recalling at the meeting of
# the speaker's own group is an address there (GUIDELINES §4 fifteenth review round: 讲话, like 讲述); elsewhere the
# memory is only told (回忆说 to the press gives none and is no trigger).  (于某在会上回忆了…: a frame of the meeting
# between the name and the verb tells the recalling done there, kept whatever the meeting's name.)
_RECALLS_AFTER = re.compile("回忆了")
# 谈了自己发展养殖的体会, 谈了入党六十年的感受 right after a name, what was learnt told between the verb and its noun: 谈体会
# by a participant of a 座谈会 or a commendation meeting, 发言 (GUIDELINES §4 twenty-third review round, like 上台分享), as the
# literal 谈了体会 triggers give; told of no such meeting, no role.
# (王某谈起自己的创业历程，深有感触地说…: one's own story told is 谈体会 too, its 说 inside that turn; not 谈起全县的发展
# 历程, a story that is no one's own)
_EXPERIENCE_TOLD_AFTER = re.compile(r"(?:也|还|又|先后|深情地|动情地)?(?:谈了(?:谈)?|谈起了?|谈到了?|谈及)"
                                    r"(?:[^，。；！？]{0,24}?(?:体会|感受|感想|心得|收获)"
                                    r"|[^，。；！？]{0,8}?(?:自己|个人|本人|亲身|心路)[^，。；！？]{0,12}?(?:经历|历程))")
# The meetings where a participant's 谈体会 is a turn taken (座谈会 and its kinds, a commendation meeting).
_SHARING_MEETING = re.compile(_TALK_TOLD.pattern + "|表彰|颁奖")
# A sentence opening (after a frame: 座谈会上，) on a group's representative label or a layperson word, with a title
# chain and a name-sized run then a verb of its own (老党员代表、退休教师彭某深情回顾了…, 老党员王某拿出…): a person
# the rules did not read is its subject, so a 他/她 in the next sentence is not the last actor (GUIDELINES §4
# fifteenth review round).
# (tried at the start of every sentence, behind a test for its required literals: LiteralGated.search, then the
# anchored match, which the gate does not test)
_LABELLED_UNNAMED_SUBJECT = literal_gated(re.compile(
    "(?:[^，。；！？“”]{0,8}?[上中后]，)?"
    f"(?:[\u4e00-\u9fff“”]{{1,12}}?代表(?:、[^、，。；！？“”\\s]{{1,16}}?)?|(?:{_LAYPERSONS}))"
    "[\u4e00-\u9fff]{2,3}(?:深情地?|动情地?|激动地|也|还)?(?:回顾|回忆|讲述|翻开|拿出|展示|讲起|谈起|说起)"))
_GROUP_MEETING_NAME = re.compile("[\u4e00-\u9fff]{2,12}?(?:座谈会|茶话会|恳谈会|交流会|分享会)")
# A congress of delegates told held (召开职工代表大会, 人民代表大会第三次会议开幕): the delegates quoted at it speak at
# it; not one whose spirit is relayed (传达…党代表大会精神).
# (三届四次职工代表大会暨2015年工作会议在公司文体中心召开: the congress told held with its place between, passive; 召开村民
# 代表会议: a village's meeting of its elected representatives, a congress of delegates too)
_DELEGATES_CONGRESS = re.compile("代表(?:大会|会议)(?:第[^，。；]{1,6}次会议)?(?:开幕|召开|举行|隆重)"
                                 "|代表大会[^，。；“”]{0,24}?在[^，。；“”]{1,20}?(?:开幕|召开|举行)"
                                 "|(?:召开|举行)[^，。；]{0,20}?代表(?:大会|会议)(?!精神)")
# A 座谈会 with the words before it that may name a group (困难职工座谈会, 老党员座谈会).
_SYMPOSIUM_NAME = re.compile("[\u4e00-\u9fff]{2,12}?座谈会")


def _remark_at_talk(text: str, words_start: int, mention_start: int) -> bool:
    """Whether the words at ``words_start`` speak of an earlier visit or watching (这次观摩让她…) and a 座谈会 is told
    held before the mention in its paragraph: the visitors' views given at that talk, not a reaction to the press."""
    if not _VISIT_BEFORE_TALK.match(text, words_start):
        return False
    return _TALK_HELD_BEFORE.search(text, text.rfind("\n", 0, mention_start) + 1, mention_start) is not None


# 县人大常委会召开第十次会议, 市人民代表大会常务委员会第五次会议, 人大常委会第二十三次全体会议: the session's number
# right before 会议 (not 人大常委会主任会议, 党组会议: no session of the committee).
_STANDING_COMMITTEE_SESSION = re.compile(r"(?:人大常委会|人民代表大会常务委员会)[^，。；！？\n]{0,12}?"
                                         r"第[一二三四五六七八九十百零〇\d]{1,5}次(?:全体)?$")


# Kept as a cache keyed on the text (cs1, cr34's lru_cache note), not passed in per document: the role readings call
# _at_forum with masked copies of the page (_mask_clause_rest, the relayed objects' mask in exclusions.py), where a
# meeting word may be masked, so one value computed on the document's text would change readings, and one per text
# would thread a parameter through roles_after's four callers. Needed for speed: an invented forum page of 1,500
# sentences (种植大户…反映了…问题, /work/notes54/cs1/forum_bench.py) takes 1.1 s with it and 12.6 s without (quadratic).
# Safe as a process-wide cache: the key is the whole text, compared by value (a masked copy has its own entry); the
# value depends on nothing but the text and the module's compiled _MEETING_TOLD (no config, clock or document state)
# and is immutable (tuples of ints and matches); 8 entries hold a page and the masked copies in flight; lru_cache is
# thread-safe, and a process pool's workers each hold their own.
@functools.lru_cache(maxsize=8)
def _meetings_told(text: str) -> tuple[tuple[int, ...], tuple[re.Match[str], ...]]:
    """The ends of the meetings :data:`_MEETING_TOLD` finds in ``text`` and their matches, found once per text: a scan
    from the text's start for every forum participant named was quadratic on long pages (种植大户… in every sentence)."""
    found = tuple(_MEETING_TOLD.finditer(text))
    return tuple(m.end() for m in found), found


def _at_forum(text: str, at: int) -> bool:
    """Whether the last meeting told before ``at`` is a forum (:data:`_FORUM_MEETING`): a forum told after it or
    before another meeting is not the one the raised problems were spoken at (GUIDELINES §4 sixteenth review round)."""
    ends, found = _meetings_told(text)
    told = found[: bisect.bisect_right(ends, at)]
    if told and told[-1].group() == "协商会":
        # (区政协召开专题协商会: a 政协 session, read as a forum for 反映 and 提出，…, GUIDELINES §4 twenty-first round)
        return "政协" in text[:at]
    if told and told[-1].group() == "会议" and _STANDING_COMMITTEE_SESSION.search(
            text, max(0, told[-1].start() - 30), told[-1].start()):
        # (县人大常委会召开第十次会议: a people's-congress standing committee session, where 反映 is spoken like
        # 在审议时建议, GUIDELINES §4 twenty-second round)
        return True
    return bool(told) and _FORUM_MEETING.fullmatch(told[-1].group()) is not None


def _talks_looked_back(text: str, sentence_start: int, mention_start: int, words_start: int) -> bool:
    """Whether the words at ``words_start`` look back on talks told over (:data:`_TALKS_LOOKED_BACK`): not in a
    sentence opening inside the talks, and either the talks' end or a press conference told before the mention, or
    the verdict on the talks closing the remark (GUIDELINES §4 sixteenth review round: words told after the talks)."""
    looked = _TALKS_LOOKED_BACK.match(text, words_start)
    if looked is None or _INSIDE_TALKS.match(text, sentence_start):
        return False
    return _TALKS_ENDED.search(text, 0, mention_start) is not None or _REMARK_CLOSES.match(text, looked.end()) is not None


def _recalls_at_own_meeting(text: str, label_window: str, mention_start: int) -> bool:
    """Whether the one named before 回忆了 is labelled as one of a group (老党员代表、退休教师李某, 老党员李某) that a
    meeting named before the mention on the page is named for (老党员座谈会)."""
    rep = _REPRESENTATIVE_BEFORE.search(label_window)
    lay = _LAYPERSON_BEFORE.search(label_window)
    if rep is None and lay is None:
        return False
    group = rep["label"].removesuffix("代表") if rep is not None else lay.group()
    group = group[-4:] if len(group) > 4 else group  # (社区老党员: the group's head words)
    return len(group) >= 2 and any(group in name.group() for name in _GROUP_MEETING_NAME.finditer(text, 0, mention_start))


def _representative_at_own_meeting(text: str, label_window: str, sentence_start: int, mention_start: int) -> bool:
    """Whether a group's representative (the label of :data:`_GROUP_REPRESENTATIVE_END`) speaks at the meeting all the
    same, though the group was paid or served at it (GUIDELINES §4 twelfth review round): 会上 or a talk frames the mention
    in its sentence (会上，教师代表王某激动地说), the page's meeting is a congress of delegates (职工代表大会,
    人民代表大会), or a 座谈会 of the paragraph is named for the group (困难职工座谈会 … 困难职工代表王某说)."""
    if _SPOKE_AT_MEETING_BEFORE.search(text, sentence_start, mention_start) or _DELEGATES_CONGRESS.search(text, 0, mention_start):
        return True
    label = _GROUP_REPRESENTATIVE_END.search(label_window)
    if label is None:
        return False
    words = label["label"]
    paragraph = text.rfind("\n", 0, mention_start) + 1
    return any(words[cut:] in symposium.group() for symposium in _SYMPOSIUM_NAME.finditer(text, paragraph, mention_start)
               for cut in range(len(words) - 1))
# 獲頒「打詐尖兵」的巡佐吳某表示, 荣获“优秀民警”称号的民警张某说: a recipient named through the honour received (a verb of
# winning, the honour, 的, then the label), quoted with a plain soft verb: no role (GUIDELINES §4 eighteenth review round);
# the caller keeps one told 会上 or behind a representative label (获奖代表), and 上台发言 is no soft verb; and one who
# led the winners (``led``, see _LED_THE_WINNERS).
# (獲記一大功的偵查佐X表示, 荣立三等功的民警X说, 获嘉奖的巡佐X说, 获一等奖的教师X说: a merit citation, a commendation or a
# prize grade won, named by its own verb of receiving, §5 counts them like honours)
_WON_VERB = "(?:荣获|获得|获颁|获授|获评|荣膺|荣立|获记|获(?=嘉奖|[一二三特]等奖|[金银铜]奖))"
_HONOUR_WON_BEFORE = first_char_gated(re.compile(_LED_THE_WINNERS + _WON_VERB + "[^，。；！？]{1,20}?的[^，。；！？、的]{0,12}$"))
# 有14人获得金紫荆星章，包括…前处长曾某等。曾某表示，…非常荣幸: one listed among an honour's winners in an earlier
# sentence (包括 after the verb of winning, or the list before 等 and that verb), then quoted with a plain soft verb:
# a recipient's reaction, no role (GUIDELINES §4: recipients whose reactions are quoted; eighteenth review round: an
# honour's recipient quoted with a plain 表示/说, with no 会上 or representative label, has no role).
# Not a list of others: 包括 in a clause of its own subject (…获得…称号，颁奖嘉宾包括县长李强等; 出席的领导包括…), nor
# one listed before 等 who gives the honour (县长李强等领导为荣获…的教师颁奖: 为/向/给 the winners, the presenters).
_WINNERS_INCLUDE = re.compile(_WON_VERB + "(?=[^。！？\n]{1,30}?包括)(?:[^，,。！？\n]{1,30}?|[^。！？\n]{0,30}?[，,]"
                              "(?:(?!嘉宾|领导|出席|颁|主持|评委|陪同)[^，,。！？\n]){0,10}?)包括")
_LISTED_BEFORE_WON = re.compile("等[^。！？\n为向给颁]{0,8}?" + _WON_VERB)
_SENTENCE_MARK = re.compile("[。！？\n]")


def _listed_winner(text: str, name: str, before: int) -> bool:
    """Whether ``name`` is listed among the winners of an honour before ``before`` (获得…，包括…甲等 / 甲等…人获得…):
    the name within 80 characters after 包括, or ending within 40 before 等, with no sentence mark between."""
    for listed in _WINNERS_INCLUDE.finditer(text, 0, before):
        tail = text[listed.end() : min(before, listed.end() + 80 + len(name))]
        if name in tail[: (stop.start() if (stop := _SENTENCE_MARK.search(tail)) else len(tail))]:
            return True
    for won in _LISTED_BEFORE_WON.finditer(text, 0, before):
        head = text[max(0, won.start() - 40 - len(name)) : won.start()]
        if name in head[(stops[-1].end() if (stops := list(_SENTENCE_MARK.finditer(head))) else 0) :]:
            return True
    return False


_HONOUREES_SPOKESMAN = re.compile("(?<!企业)(?<!单位)(?<!公司)(?<!集体)(?<!机构)(?<!团队)代表")
# 退役军人、县供电公司职工, 退休干部、…协会会长: a bare status of a person's life before a title chain is a label, no part of
# it (GUIDELINES §4 twenty-third review round: 退休干部, 离休干部, 退役军人, 老党员 alone are labels; with its employer,
# 县粮食局退休干部, the status is the title as written).
_STATUS_LABEL_HEAD = re.compile("^(?:退役军人|退伍军人|转业军人|退休干部|离休干部|退休职工|老党员)、(?=.)")
_HONOURED_LABEL_HEAD = re.compile("^(?:获奖|得奖|(?:受到?|获得?)(?:表彰|表扬|嘉许))的?[^、]{0,6}?(?<!代表)(?:、|$)")
# A directive modal not of the speaker's own resolve (要进一步…, 必须…; not 我要继续努力, 我们将…): remarks that direct.
# Nor a modal before words that only resolve to keep on or to deserve the honour (今后要继续努力, 要再接再厉, 要珍惜荣誉,
# 一定要不辜负…): the honoured one's own resolve with its subject left out, a reaction (GUIDELINES §4 recipients).
_DIRECTIVE = re.compile(f"(?<!我)(?<!我们)(?:{_DIRECTIVE_MODAL})"
                        "(?!(?:继续|更加|加倍)?(?:努力|再接再厉|珍惜|不辜负|戒骄戒躁|以此为))")


def _directs(text: str, start: int, stop: int) -> bool:
    """Whether the remarks in ``text[start:stop]`` direct (a modal of :data:`_DIRECTIVE` or a deployment): a speech
    (讲话, GUIDELINES §4), not a recipient's reaction going on."""
    return _DIRECTIVE.search(text, start, stop) is not None or _DEPLOYMENT.search(text, start, stop) is not None
_THANKS_ONLY = re.compile(r"\s*(?:也|还|特别|再次|同时)?(?:衷心|诚挚|真诚|由衷)?地?(?:感谢|感激|谢谢)(?!信|状|函|卡)"
                          r"[^，,；;。！]*(?:[。！]|$)")
# 发表广播电视讲话, 发表电视讲话, 发表全国电视演说: an address to the nation on radio or television (GUIDELINES §4 sixteenth
# review round: no role when the page reports no meeting)
_BROADCAST_ADDRESS = re.compile(r"发表(?:了)?(?:全国|全国性)?(?:广播电视|电视广播|广播|电视)(?:讲话|演说|演讲|致辞)")
# 某某说，会谈是在友好的气氛中进行的; 某某表示，此次会晤取得了积极成果: a party to talks looking back on them once they
# ended, words to the press rather than at the talks (no role, GUIDELINES §4 sixteenth review round); read only right
# after the verb that follows the name, so 某某在会谈中说… (an occasion of the person's own) never reaches this, and
# only where the talks are told over (_talks_looked_back).
_TALKS_LOOKED_BACK = re.compile(r"[，,：:]?\s*(?:这次|此次|本次|今天的|双方的?|两国的?|两国外长的?|两国领导人的?)?(?:会谈|会晤|谈判|磋商)"
                                r"(?:是在[^，。；]{0,20}?(?:气氛|氛围)中[”」]?进行的|(?:取得了|达到了)[^，。；]{0,8}?(?:成果|成功|目的|进展))")
# The verb before a look back on the talks after a name (亚当斯称会谈是在…气氛中进行的, 某某19日表示，这次会晤取得了成功).
_LOOK_BACK_VERB = re.compile(rf"\s*(?:{DATE_NUMBER}日)?(?:称|说|表示|认为|指出)")
# The talks told over before the remark: their end or the press met after them (会谈结束后, 记者招待会, 共同会见记者).
_TALKS_ENDED = re.compile(r"(?:会谈|会晤|谈判|磋商)(?:结束)?(?:之?后)|记者会|记者招待会|新闻发布会|会见记者|答记者问")
# A sentence opening inside the talks (会谈中，某某说…; 会晤时): the remark is made at them, whatever it says of them.
_INSIDE_TALKS = re.compile(r"\s*在?(?:会谈|会晤|谈判|磋商)(?:中|时|期间)")
# The looking-back clause closing the remark (某某说，会谈是在…气氛中进行的。): the whole of what is quoted is a verdict on
# the talks, not words said at them (…取得了丰硕成果，法方愿同中方加强合作 goes on as a remark at the talks).
_REMARK_CLOSES = re.compile(r"[^，,；;。！？]{0,12}(?:[。！？”]|$)")
# 到场祝贺，感谢主办单位…: one who came to congratulate and thanked the holders there says words of thanks at the event
# (致辞, GUIDELINES §4 sixteenth review round); 到场祝贺 alone is attending, no role.
_CAME_TO_CONGRATULATE = re.compile(r"\s*(?:也|还|亲自|专程|特地)?(?:到场|亲临现场|莅临现场|亲临|莅临)祝贺(?:[，,]并?|并)")
# (江城书画展在市博物馆开幕, 美术馆正式开馆: an event told opened, where one who came to congratulate thanks the holders
# as at a ceremony, though no meeting word names it)
_OPENING_TOLD = re.compile("开幕|开馆|开园|开业|揭幕|揭牌|落成")
# (向全市人民拜年, 向大家拜个早年: New Year greetings addressed to those present, words of courtesy too; not 拜年活动)
_COURTESY_ZHIYI = re.compile(r"致以[^，。；]{0,8}?(?:敬意|问候|祝贺|感谢|慰问|祝福|谢意)"
                             rf"|{_NEW_YEAR_CALL}|{_NEW_YEAR_WISH}|{_NEW_YEAR_OFFERED}")
# 接过会旗，并向与会代表发出…的诚挚邀请: the next host inviting those present to its meeting, an address to them (致辞,
# GUIDELINES §4 twenty-second round: the incoming host taking the flag at a closing ceremony); those present as
# 与会/参会/全体 people (not 向他发出邀请, 向北大发出邀请: an invitation to one party, no address at the meeting).
_INVITATION_EXTENDED = re.compile(r"向(?:与会|参会|全体与会|全体参会|各位|全体)(?:代表|嘉宾|来宾|学者|专家|人员|同仁|朋友)[们]?"
                                  r"(?:发出|发起|送出)了?[^，。；]{0,40}?邀请")
# 到…家中看望，代表…向他们拜年, 出席…演出，向观看演出的老同志致以问候: greetings on a visit or at a show, told in the
# person's sentence, are no address at the meeting a page may report elsewhere (GUIDELINES §3: a show is no meeting)
# (来到…京剧表演艺术家李某家，向她表示新春的慰问; 将…慰问品敬献给官兵，向官兵们表示节日的慰问: a call at someone's home,
# told as coming to it and the home closing the clause, and a visit of comfort, 慰问 with its goods, are visits too;
# not a 慰问大会 or 慰问会, a meeting, nor the greeting's own 慰问, _SYMPATHY_SHOWN)
# (each alternative opens on its own literal, as the first-character prefilter needs; 到会 is attending, no coming to a
# home: 到会的企业家，…)
_HOME_REACHED = "[^，。；]{1,40}?(?<![国大专作行玩])家[中里]?(?=[，,；;。])"
_VISIT_OR_SHOW = re.compile("看望|走访|探望|家中|演出|慰问(?!大?会)"
                            f"|来到{_HOME_REACHED}|走进{_HOME_REACHED}|前往{_HOME_REACHED}|到(?!会){_HOME_REACHED}")
# The greeting's own 慰问 (向他们表示新春的慰问, 表示亲切慰问): the words said, no visit word of their own.
_SYMPATHY_SHOWN = re.compile("表示[^，。；]{0,8}?慰问")
# Sympathy or condolence shown to the sick, the bereaved or victims (在…病重期间和逝世后表示慰问和哀悼, 向受灾群众表示亲切
# 慰问): no address unless a meeting is named as where it is shown (在慰问座谈会上…, 会上…), like greetings on a visit
# (GUIDELINES §4 thirtieth round; tenth and twenty-seventh rounds).
_SYMPATHY_OR_CONDOLENCE = re.compile("表示[^，。；]{0,8}?(?:慰问|哀悼|悼念)|致哀|吊唁")
_AT_A_MEETING_TOLD = re.compile("(?:会|典礼|仪式)上|会议期间")
# Sympathy shown by telephone (打电话向…表示慰问, 致电…表示哀悼, 在电话中…): made from afar, no address even on a page telling
# a meeting held elsewhere, unless a meeting is named as where it is shown (在电话会议上…: _AT_A_MEETING)
# (GUIDELINES §4 thirty-first round).
_BY_TELEPHONE = re.compile("打来?(?:了|个)?电话|通(?:了|过)?电话|致电|来电|电话中|电话里|打來?(?:了|個)?電話|通(?:了|過)?電話|致電|來電|電話中")
# A page telling a meeting held (…大会举行。市长某某向困难职工表示亲切慰问: the sympathy may be shown at it, kept); a
# body's name holding a meeting word tells none (中国人民政治协商会议…副主席).
_MEETING_ON_PAGE = re.compile("举行|举办|召开|会上|出席|主持")
# A name owning the home a visit goes to (来到困难职工王大山家中, 走进老党员李某家里): the one visited, the object of the
# visitors' act; a 他/她 clause after it resumes the visitors, the subject (not the visited, GUIDELINES §4: a person
# merely mentioned).
# A text read out and a colon opening its content (宣读了表彰决定：授予…; 宣读《…的决定》：…): the clauses after the colon are
# the decision's wording (its 授予, 表彰, 要求), not the reader's acts (GUIDELINES §4: the reader gets 宣读).
_READ_OUT_COLON = re.compile("宣读[^：:，。；“”]{0,30}[：:]")
_HOME_VISITED = re.compile("(?:同志|老人|师傅)?的?(?:家中|家里|家)(?![长属人乡])")
# Greetings right after a name (代表县委、县政府向全县人民拜年, 向全县人民致以新春的问候): with a sentence opening
# on a time outside the meeting (会后，…), no 致辞 at it (see _not_speaking_here).
# (晚会开幕前，委员长乙向全省人民表示亲切的问候和新年的祝贺: a post after the name, then greetings shown with 表示;
# thirty-fourth round)
_GREETING_AFTER_NAME = re.compile(r"\s*(?:同志|[^，。；：:“”向]{1,5}?(?=(?:还|也|又|同时|再次)?(?:代表|向)))?"
                                  r"(?:还|也|又|同时|再次)?(?:代表[^，。；]{1,20}?)?向[^，。；]{1,30}?"
                                  r"(?:致以|拜(?:个)?(?:早)?年(?![货礼会活])|表示[^，。；]{0,12}?(?:问候|祝贺|祝福))")
# A meeting named as where the person is (出席新春座谈会, 在团拜会上): greetings there are made at it, a show or visit
# word nearby notwithstanding (not 团拜会后, 座谈会结束后).
_AT_A_MEETING = re.compile("(?:在|出席|参加)[^，。；]{0,20}?(?:座谈会|团拜会|茶话会|联欢会|会议|大会)(?!后|前|结束)")
# 向前来探望的人们致谢, 向看望他的领导道谢: thanks to those who came to visit the person, told of the one visited, are
# greetings on a visit (GUIDELINES §4 tenth round; thirty-fifth round): no address unless a meeting is named where they are said.
_THANKS_TO_VISITORS = re.compile(r"向[^，。；！？]{0,16}?(?:探望|看望|探视|慰问)[^，。；！？]{0,8}?的[^，。；！？]{0,10}?(?:致谢|道谢)")
# 某某为…发表了热情洋溢的贺词 (after the name): the person's 贺词 issued as a message, no meeting named before it in the
# sentence (在开幕式上发表贺词 stays an address there); a headline's 某某致贺词 then tells the same message (GUIDELINES §4:
# messages sent are not addresses; thirty-fifth round).
_GREETING_MESSAGE_ISSUED_AFTER = re.compile(r"(?:(?!(?:会|典礼|仪式|式)上)[^。！？\n]){0,30}?发表了?[^，。；！？\n]{0,10}?贺词")
# A journalist's rank (高级记者, 主任记者): a member of the press who may take part in a meeting.
_DECLARED_OPEN = re.compile("[^，。；]{0,12}?(?:开幕|开始|闭幕|启动|开班|开营|开学)")
# 宣布了省委关于…的任职决定, 出席会议并宣布任职决定: a decision read out, 宣读 like 宣读表彰决定 (GUIDELINES §4;
# the window may end at the name of the one appointed, so 关于 alone tells a document too); not 宣布大会开幕, nor
# 宣布上述决定 (one's own decision made known). A decision of a named party or government body (宣布了市委决定,
# 宣布省委组织部的决定, 宣布了市委决定：…) is one read out too, unless it goes on with what was decided (宣布市委决定开展…).
_DECISION_ANNOUNCED = re.compile(
    "了?(?:[^，。；]{0,20}?关于|[^，。；]{0,12}?(?:任职|任免|人事|干部|表彰|奖励)(?:的)?(?:决定|通知|命令)|任命"
    # (宣布了表彰优秀通讯员的决定: the honoured written between the verb of the decision and the decision)
    "|[^，。；]{0,6}?(?:表彰|奖励|嘉奖|命名)[^，。；]{1,14}?的(?:决定|通报|命令)(?=[，。；、：:]|$)"
    "|[^，。；]{0,8}?(?:[省市县区州旗]委|党委|党组|政府|组织部)(?:的)?决定(?=[，。；、：:]|$))"
)
# 以李某的散文为例, 以张某事迹为题, 以王某为榜样: a name inside what 以…为例/为题/为榜样 frames (up to the name, then after it)
# (not the 以 of 以及, 以来, 以上, 以后…: 张三以及省委党校教授李四分别以《…》为题, 李四 one of the lecturers)
_EXAMPLE_BEFORE = literal_gated(first_char_gated(re.compile("(?:^|(?<=[^所可难得予加足]))以(?!及|来|上|下|后|前|外|内|便|免|往)[^，。；“”]{0,8}$")))
_EXAMPLE_AFTER = re.compile("[^，。；“”]{0,24}?为(?:例|题|主题|榜样|楷模|原型|背景|线索)")
# 关于王刚、李明同志职务任免的决定, 关于表彰张某的通知: a name inside the topic of a decision or notice (up to the name,
# then after it; the topic may name up to a few people before it)
_DOCUMENT_ABOUT_BEFORE = re.compile("关于[^，。；“”《》]{0,16}$")
_DOCUMENT_ABOUT_AFTER = re.compile("[^，。；“”《》]{0,30}?的(?:任职|任免|职务|人事)?(?:决定|通知|批复|命令|任命书?)(?![^，。；]{0,4}精神)")
# 会上宣读了李某会长作的工作报告, 宣读了市长王某发来的贺信: a text of the one named read out by another (up to the name, the
# reading verb with its object's opening; then after the name, its post written after it, the authoring verb and 的): the
# author takes no part, as the sender of a 贺辞 read out by someone else gets nothing (GUIDELINES §4: the reader gets 宣读);
# not the reader named after the text (宣读表彰决定的是副县长李某: no authoring 的 after the name).
_TEXT_READ_OUT_BEFORE = re.compile("(?:宣读|代读|代为宣读|朗读)了?[^，。；“”]{0,12}$")
_AUTHORED_AFTER = re.compile("(?:同志|先生|女士)?(?:所?作|所?做|发来|寄来|签发|签署|撰写|亲笔写)?的")
# 在全市…大会上的讲话 as a speech text's headline (pipeline.boilerplate.speech_headline), with the byline (市委书记 陈建国)
# on the line under it, a dated line perhaps between: the speaker, the address the headline names (GUIDELINES §3
# speech title, §4).
_HEADLINE_ROLE = {"讲话": "讲话", "演讲": "讲话", "致辞": "致辞", "致词": "致辞", "发言": "发言", "工作报告": "作报告", "报告": "作报告"}
# (pipeline.boilerplate.BARE_NAME_LINE: a name alone on its line, 王建国, right under a speech headline, a dated line
# perhaps between: the byline of the speech text's speaker with no post written; the post-and-name byline, 市委书记
# 陈建国, is read after its title; a comma may set off groups of the chain, 县委副书记、县长，县政府党组书记 王建国,
# GUIDELINES §4 title)
# (市委书记 市人大常委会主任 张立群: posts set off by spaces, one person's chain, GUIDELINES §4 fifteenth review round)
_BYLINE_LEAD = re.compile(r"(?:[^\s，。；：:！？“”]{2,30}(?:，|[ \u3000]+(?=\S))){0,3}[^\s，。；：:！？“”]{0,30}[ \u3000]*")
# The separators of a byline's posts (县委书记，县长，县委党校校长; 市委书记 市人大常委会主任): the title as written, spaces
# written as 、 (GUIDELINES §4 fifteenth review round).
_BYLINE_POSTS_SET_OFF = re.compile(r"[ \u3000]+|，")
# In a speech text under such a headline and byline, 我 is the byline's speaker (GUIDELINES §4, fifteenth round): an
# act the speech tells as done at this event (刚才，我为获奖者颁发了证书; 我宣读了…表彰决定) adds its role; one at another
# event (去年，我在省里的大会上…) or still to come (我将为…颁奖) adds nothing. Declaring open is 讲话, which the headline
# already gives, so only these roles are added.
_SPEAKER_ACT_ROLES = ("颁奖", "宣读")
# (not 我们, 我市, 我校, 我公司, 我厂, 我会为…, 自我: a group, a place or a body, no speaker; not 为我, 给我, 向我: the
# object of another's act, 老省长为我颁发奖章; but 因为我, 作为我, 成为我: 为 ends a conjunction or a verb there)
# (Traditional forms too: the rules may run with the t2s step left out of normalize_steps.)
_BODY_AFTER_I = "[们們国國省市县縣区區乡鄉镇鎮村校院局厅部委司所党黨军軍方团團队隊厂廠行社]"
_FIRST_PERSON = re.compile(f"(?<![自给給向对對])(?<![^因作成]为)(?<![^因作成]為)我(?!{_BODY_AFTER_I}"
                           "|公司|会(?=[为為向给給]))")
# The marks ending a sentence, and a clause, of a speech text (ASCII ones too).
_SENTENCE_MARK = re.compile("[。！？!?\n]")
_CLAUSE_MARK = re.compile("[，。；！？,;!?\n]")
# 省长为我颁发了…, 记得老省长为我颁发奖章: in the clause after 我, another's act done to the speaker, no act of his
# (为我市的获奖者, 向我市的先进集体: 我市 a place, the act is still the speaker's)
_DONE_TO_SPEAKER = re.compile(f"[为為给給向对對]我(?!{_BODY_AFTER_I})")
# (an act with no other time told is this event's: 刚才，…; 下面，我宣读…; a recent time, 前不久/日前/近日, is another
# occasion's, like 上周: not the 日前 of 今日前来, coming here today)
_OTHER_EVENT = re.compile("去年|前年|上[个一]?(?:月|周|次|届|年)|此前|以前|过去|曾经?|当年|当时|那[年次天]|昨天|前[天几]|年前|"
                          "前不久|不久前|(?<!今)日前(?![来往])|近日|近来|最近|前些天|前段时间|前些日子|"
                          "多次|每年|每次|历年|将(?:要|为|向|给|在|于)|即将|准备|稍后|待会|一会儿?|会后|要(?=为|向|给|宣读|颁)"
                          # (我记得…, 回忆起…: a remembered event)
                          "|记得|記得|回忆|回憶|想起|记起|記起")
# (在省里的大会上, 在去年的颁奖礼上: another occasion named before the act; not 在这里, 在本次大会上, nor 在台上, 在会上,
# 在现场: the stage or the meeting the speech is given at)
_OTHER_OCCASION = re.compile("在(?![这此本今]|(?:主席)?[台臺]上|大?[会會]上|现场|現場)[^，。；]{1,15}?[上中]")
# 带领全体党员学习了党章, 带领大家集中学习…: leading a study, 宣读 like 领学 (GUIDELINES §4); also after another act
# of the same person joined by 并 (主持会议并带领全体党员学习了党章).
_LED_STUDY = literal_gated(re.compile(r"(?:^\s*(?:并|同时)?|(?<=[\u4e00-\u9fff])并)(?:还|也|又|首先|随后|接着)?带领(?:全体|广大|与会|参会|在场)?[^，。；]{0,8}?"
                                      "(?:党员|团员|干部|职工|同志|学员|师生|大家|队员|成员|委员|人员)们?"
                                      "(?:集中|认真|深入|逐条|再次|共同|一起)?学习"))
_PRESS_RANK = re.compile("(?:高级|主任|首席|资深)记者$")
# 本报记者, 本台见习记者, 驻京记者: the label of a byline, no post; a journalist titled by an outlet (江城日报记者周婷、…
# 先后发言, 新华社记者张伟代表新闻界发言) takes part when an act follows (GUIDELINES §4: reporters are no speakers).
_BYLINE_JOURNALIST = re.compile("^(?:本报|本台|本刊|本网|本站|我台|我报)?(?:特约|见习|实习|驻[^、]{1,6})?记者$")
# The act such a journalist takes part by, in the clause after the name (…先后发言, 代表新闻界发言, 作交流发言): a remark
# of their own (江城日报记者周婷表示…, 新华网记者张伟在现场说…) is the reporter's copy, no part in the meeting (§4).
_JOURNALIST_ACT_AFTER = re.compile("[^，。；！？\n]{0,24}?(?:发言|讲话|致辞|主持|演讲|讲评|点评|宣读|作[^，。；]{0,12}?报告)")
# 何某联同甲、乙为…颁奖。她并宣布…: the one who leads the act with companions is the sentence's actor; a 他/她 after it is
# that one, not the last companion named.
_COMPANIONS_AFTER = re.compile("(?:联同|偕同|会同|携同)")
# 为在会上发言的代表颁发证书, 为作了报告的专家颁发聘书: an act in a clause before 的 and a noun, after 为/向/给, qualifies
# the one given something; it is that person's act, not the giver's (not 作为/成为/认为 nor 为期: _RECIPIENT_WORD).
_RECIPIENT_OPENS = re.compile(rf"(?:{_RECIPIENT_WORD})[^，。；,;为向给]{{0,16}}$")
# (为在讲话中提到的企业颁奖, 为发言代表颁奖: more of the relative clause between the act and its 的, or the act's noun
# of people right after it, the conferral after the noun; a 为/向/给 in that stretch opens a second act of the speaker's
# own: 向大会致辞并为获奖的企业家颁奖)
_QUALIFIES_NOUN_AFTER = re.compile(r"了?的(?![讲发报致])[\u4e00-\u9fff]"
                                   r"|(?:[^，。；的为向给]{1,8}?的(?![讲发报致])|(?=代表|嘉宾))[^，。；]{1,12}?(?:颁奖|颁发|颁授|授牌|颁牌|授旗)")
# (高级记者李强在提问时说: a question put at a press conference, no part taken)
_ASKING = re.compile("[^，。；]{0,8}?(?:提问|问道|发问|追问)")
# A name in a dateline's byline: 记者李某、王某报道, （记者 张某 摄）.
_REPORTER_AFTER = re.compile(r"(?:[、，,\s]+[\u4e00-\u9fff]{2,4}){0,4}\s*(?:报道|摄影?|采写|供稿)")
# 在接受记者采访时说, 受访时表示, 对记者说: remarks to the press after the event, not a part in it.
_PRESS_SOURCE = (
    "采访|受访|(?<![来问])访问(?!团|者)[^，。；的]{0,12}时|访问期间|接受传媒|接受媒体|对记者|告诉记者|向记者|对新闻界|向新闻界|对媒体|向媒体|对外界"
    # (会谈后对报界说, 同记者谈话时说: the press by its other names, GUIDELINES §4 thirty-first round)
    "|对报界|向报界|(?:同|与|跟)记者[^，。；]{0,4}?(?:谈话|交谈|谈|聊)"
    # (接受本报记者年终专访时所说, 向奥电视台记者发表谈话时说: an interview and a station's or paper's reporter are the press too,
    # Traditional as well: 接受本報記者專訪時說, GUIDELINES §4 thirty-second round)
    "|专访|專訪|採訪|受訪|對記者|向記者|告訴記者"
    "|(?:向|对|對|同|与|與|跟)[^，。；的]{0,10}?(?:电视台|电台|通讯社|通讯|报社|报|杂志|社|网|電視台|電台|通訊社|報|網)(?:的)?(?:记者|記者)"
    # 在联名签署的唁电中说, 在贺信中表示: written words, not an address
    "|(?:唁电|贺电|贺信|来信|信中|声明中|文章中|书面|撰文|致电|致函|致信)"
    # 当天在社交媒体上表示, 在个人微博上发文说: words posted online, written like a statement (GUIDELINES §4: not
    # speakers); the 在 of where they were posted, not the topic (就微博上的热点舆情作了讲话: a speech about posts);
    # not 印发文件, 转发文章 (发文 of a document handed down)
    "|在(?:其|个人|自己的?)?(?:社交媒体|社交平台|社交网站|社交账号|个人账号|推特|脸书|微博|朋友圈)(?:账号|平台)?上"
    "|发帖|推文|(?<![印下转])发文(?!件)"
)
# (behind a look-ahead on its first characters: searched in every window a name's roles are read from, where its
# alternatives opening on a look-behind and on 向/对 were tried at every place)
_PRESS = first_char_gated(_PRESS_SOURCE)
# 甲、副总理乙致信会议, 某某向大会发来贺信: a letter or message sent by the one just named (a 、-list and its titles
# between), no address (GUIDELINES §4: messages sent are not addresses); the words told after it as said go on with it.
_LETTER_SENT_AFTER_NAME = re.compile(r"[^，。；！？“”\n]{0,12}?(?:致信|致函|致电|写信|(?:发来|致)(?:贺信|贺电|贺词|贺辞|信函))")
# 宣读了省委的贺信, 代读了贺电: a message read out at the meeting is the reader's act (宣读, §4), no written words
# that end the reader's remarks (…，并作工作报告 goes on with the reader).
_MESSAGE_READ_OUT = literal_gated(re.compile("(?:宣读|代读|诵读)了?[^，。；]{0,12}?(?:贺电|贺信|来信|唁电)"))


# 会后于记者会转述，市长王某表示…, 在记者会上转述市长王某的话: remarks relayed at a press conference named only as where
# they were relayed; the one whose words are relayed, named after the relay in its sentence, is no speaker (GUIDELINES
# §3/§4 fourteenth review round).
_RELAYED_AT_PRESS_BEFORE = re.compile("(?:记者会|发布会|记者招待会|吹风会)上?(?:转述|转达)[^。！？\n]{0,24}$")


# 李某在信中对…表示遗憾。他说，…, 某某在此间对新闻界说，…。某某重申，…: words told as written or said to the press
# (:data:`_PRESS`, a remark verb after it in its sentence); what the same person says next, with no occasion of its own,
# goes on with them: no address (GUIDELINES §4: written statements, people quoting to the press).
_SAID_APART_TOLD = re.compile(r"(?:" + _PRESS_SOURCE + r")[^。！？\n]{0,30}?(?:说|表示|指出|强调|称|重申|透露|呼吁|谴责)")
# 发表新年献词, 发表新年文告, 发表电视新年贺词, 发表声明, 通过电视台发表…, 向全国发表广播电视讲话: a message, a
# proclamation, a statement or an address to the nation issued, no address at a meeting (GUIDELINES §4: messages sent
# are not addresses, nor are written statements; sixteenth review round: an address on radio or television with no
# meeting reported gives none); the words said in it and after it go on with it. (Not where a meeting is named before it
# in the window: 在新年茶话会上发表新年贺词 is an address there, _MEETING_NAMED_BEFORE.)
# (发表1998年新年讲话《…》, 发表新年讲话时呼吁: the year's address to the nation issued, like a 新年献词 or a broadcast
# address, GUIDELINES §4 sixteenth review round; audit a2sp; 在茶话会上发表新年讲话 stays an address there)
# (发表新年祝辞 in a magazine: the year's wishes issued like a 新年献词; 在团拜会上发表新年祝词 stays an address there, GUIDELINES §4
# thirty-second round)
# (在新年致词中宣布, 在元旦献词里指出: the year's message named as the occasion of the words, issued like a 新年献词;
# 通过美国有线电视新闻公司对…发表讲话, 通过某国电视台发表: an address broadcast, the network's country or name before the
# medium; thirty-fourth round)
_MESSAGE_NOUNS = "献词|献辞|贺词|贺辞|文告|公告|声明|告[^，。；]{1,8}?书|(?:新年|新春|元旦)(?:讲话|致辞|致词|演说|演讲|祝词|祝辞)"
# (在新年致词中, 在他的元旦献词里: the year's message named as where the words were said; thirty-fourth round)
# (the year's greeting spoken; a 献词 or a 文告 is written for the press, and 讲话 names a speech of its own)
_YEARS_GREETING_NOUNS = "贺词|贺辞|致辞|致词|祝词|祝辞"
_YEARS_MESSAGE_AS_OCCASION = re.compile(r"在(?:其|他的|她的)?(?:新年|新春|元旦)(?:献词|献辞|" + _YEARS_GREETING_NOUNS
                                        + "|文告|讲话)")
# 某某在新春贺词中希望…, 在新年致辞里说: the year's greeting named as where the words were said, on a page naming a
# gathering for the Spring Festival or the New Year (_NEW_YEAR_GATHERING) and in a sentence not opening on a day or medium
# of its own (_GREETING_ELSEWHERE): delivered there, 致辞 (GUIDELINES §4 thirty-ninth review round; elsewhere it is a
# message issued, thirty-fourth round).
_IN_YEARS_GREETING = re.compile(r"\s*在(?:其|他的|她的)?(?:新春|新年|元旦|春节)?(?:" + _YEARS_GREETING_NOUNS + ")(?:中|里)")
_MESSAGE_ISSUED = re.compile(
    rf"发表(?:了)?(?:一[项份篇则])?[^，。；]{{0,8}}?(?:{_MESSAGE_NOUNS})(?![人中])"
    r"|(?:通过|在)(?:国家|全国)?(?:电视台|电台|广播电台|广播电视台|电视|广播)[^，。；会]{0,12}?发表"
    r"|通过[^，。；会在]{1,6}?(?:电视台|电台|广播电台|广播电视台|有线电视新闻(?:网|公司)|电视网|广播公司)"
    r"[^，。；会]{0,12}?发表"
    r"|" + _YEARS_MESSAGE_AS_OCCASION.pattern + "(?:中|里)"
    r"|" + _BROADCAST_ADDRESS.pattern
)
# The remark verbs whose words a message issued carries (号召, the lexicon of _SAID_APART_TOLD with a call to the nation).
_MESSAGE_TOLD = re.compile(r"(?:" + _MESSAGE_ISSUED.pattern + r")[^。！？\n]{0,30}?(?:说|表示|指出|强调|称|重申|呼吁|号召|谴责)")
# A meeting named in the window before a message issued (在新年茶话会上, 会上, 在招待会上): the address is made there.
_MEETING_NAMED_BEFORE = re.compile("[会式礼宴坛](?:上|中|期间)")


def _message_issued(window: str, told: re.Pattern[str] = _MESSAGE_ISSUED) -> bool:
    """Whether ``window`` tells a message or statement issued (``told``: :data:`_MESSAGE_ISSUED`, or
    :data:`_MESSAGE_TOLD` with its remark verb) with no meeting named before it in the window."""
    found = told.search(window)
    return found is not None and _MEETING_NAMED_BEFORE.search(window, 0, found.start()) is None


def _said_apart_told(sentence: str) -> bool:
    """Whether ``sentence`` tells words written or said to the press (:data:`_SAID_APART_TOLD`) or issued as a message
    (:func:`_message_issued`); not a message read out at the meeting: 宣读了贺信, the reader's act."""
    sentence = _MESSAGE_READ_OUT.sub("", sentence)
    return bool(_SAID_APART_TOLD.search(sentence)) or _message_issued(sentence, _MESSAGE_TOLD)


def _said_apart(window: str) -> bool:
    """Whether ``window`` tells words said to the press or written (:data:`_PRESS`) or a message issued
    (:func:`_message_issued`), a message read out aside."""
    window = _MESSAGE_READ_OUT.sub("", window)
    return bool(_PRESS.search(window)) or _message_issued(window)


# After a name: a prize, fund or cup named after the person (曹禺戏剧文学奖·评论奖, 吴孟超肝胆外科医学基金,
# 宋庆龄基金会; not 李明奖励了…, 王强获奖).
_NAMED_AFTER = re.compile(r"(?:[\u4e00-\u9fff](?<![和与及同跟为向在的等给颁授主获得领接捐设出并是将把被让由对从宣读布介绍报回顾举说讲作致念表示称听看参席])){0,8}?(?:文学奖|学奖|奖学金|助学金|基金会?|杯|(?<![获得领颁受])奖(?![励金品章状项牌杯])(?=[·、，。；\s”」》首颁评]|$))")
# A name the page writes as a place or a prize (GUIDELINES §4 thirty-first round): a city right after a capital word
# (巴林首都麦纳麦, 新疆首府乌鲁木齐, 省会石家庄), or the name of a prize, won (获马可·波罗奖, 荣获诺贝尔奖; 獲得愛因斯坦獎):
# no person, anywhere on the page (its bare later mentions too: 抵达麦纳麦的当晚…说).
_AFTER_CAPITAL = re.compile("(?:首都|首府|省会|省會)(?P<place>[^，。；、,;\\s]{2,10})")
_PRIZE_WON = re.compile("(?:获得?|荣获|赢得|摘得|夺得|獲得?|榮獲|贏得|奪得)(?P<prize>[^，。；、,;\\s奖獎]{2,12})[奖獎]")
# (the last text read and what it writes after capital words and as prizes won: found once per text, not once per name,
# as a search of a long page for every name of every sentence is quadratic, tests/robustness/test_fuzz_smoke.py)
_PLACE_OR_PRIZE_CACHE: list = [None, (), frozenset()]


def named_as_place_or_prize(text: str, name: str) -> bool:
    """``name`` is written in ``text`` right after a capital word, or between a verb of winning and 奖 (a prize
    named after someone): a place or a prize, no person (_AFTER_CAPITAL, _PRIZE_WON)."""
    if _PLACE_OR_PRIZE_CACHE[0] is not text:
        _PLACE_OR_PRIZE_CACHE[:] = [text, tuple({m["place"] for m in _AFTER_CAPITAL.finditer(text)}),
                                    frozenset(m["prize"] for m in _PRIZE_WON.finditer(text))]
    return name in _PLACE_OR_PRIZE_CACHE[2] or any(place.startswith(name) for place in _PLACE_OR_PRIZE_CACHE[1]) \
        or country_named(text, name)


# An epithet inside a post (有线新闻网著名评论员), dropped from the title as written.
# (not 市知名企业家协会会长, 全国知名品牌企业董事长: a word of the organization's name)
# A descriptor of a person ending a chain of posts, no post itself (著名作家, 种植大户, 非遗传承人, 致富带头人).
_DESCRIPTOR_PART = re.compile("[^、]{0,8}(?:作家|画家|书法家|艺术家|企业家|科学家|学家|大户|带头人|传承人|能人|达人|乡贤|创业者)")
# 县人大代表、致富带头人黄大山: a descriptor after a post and 、, the name right after it (up to the name)
_DESCRIPTOR_LINK = re.compile("、[^、，。；,;\\s]{0,8}?(?:作家|画家|书法家|艺术家|企业家|科学家|学家|大户|带头人|传承人|能人|达人|乡贤|创业者)")
# job_titles.txt, read once: its occupations give the praise words' targets below, its posts ending in 长 the 长孙 guard.
_JOB_TITLE_LINES = read_lexicon_lines(MODELS_DIR / "lexicons" / "job_titles.txt")
# A word of praise before an occupation or field of expertise, opening the title or one of its parts or inside a
# post (著名作家 -> 作家, 知名经济学家 -> 经济学家, 资深律师 -> 律师: GUIDELINES §4 eighth round; not 资深大律师, Hong
# Kong's Senior Counsel, nor an age or grade: 青年画家, 国家一级演员, written as they stand).
# The occupations are those of job_titles.txt of kind `occupation`, a word ending in 家 read by 家 alone (any …家
# takes the praise word, 著名企业家 too), and posts of other sections or of the built-in titles that a praise word also
# opens, written here (知名专家, 资深记者, 著名主持人, 知名教授, 资深律师: 专家 and 主持人 are in no section). (order free: the words sit in a lookahead, which only
# asks whether one of them follows)
_OCCUPATION_ENDS = "|".join(sorted(
    {"家" if word.endswith("家") else word
     for word in words_of_kind(_JOB_TITLE_LINES, "occupation")}
    | {"专家", "记者", "主持人", "评论员", "教授", "律师", "医师", "医生"}, key=lambda word: (-len(word), word)))
_EPITHET_INSIDE = re.compile("(?:(?:国际|国内|全国|世界|我国|中国|当代|业内|海内外|国内外)?(?:著名|知名)|资深(?!大律师)|杰出)的?"
                             "(?=[\u4e00-\u9fff]{0,6}?(?:" + _OCCUPATION_ENDS + ")(?:$|、))")
# A venue after 在, then the preposition before the other party (在北京同法国外长, 在人民大会堂与德国总理; not 同济大学,
# 与会, nor 同 inside a place name: 大同市委, 同安区, 同江市, 同德县).
_VENUE_THEN_PARTY = re.compile("在[^，。；、在]{1,16}?(?:(?<!大)同(?![济心仁]|[安江德][市县区])|与(?!会))")
# The preposition joining another titled person named before (外交部长王毅同几内亚外长; not 同志, 同学, 与会).
_OTHER_PARTY_JOIN = re.compile("[同与跟](?![志学会事济心仁行])")
# A given name that reads as a school year (高一): a name only where a title and a stop word frame it.
_CLASS_LIKE_NAME = re.compile("高[一二三]")
# (该行行长: a bank's own; not 该行业协会, 该行政村)
_DETERMINER_HEAD = re.compile("^该(?:公司|集团|企业|厂|校|院|所|局|中心|协会|组织|机构|行(?![业政署]))(?=[^、]{2})")
# 另一名区议员郑某, 一位议员陈某: a count of one (and 另/另外 "another") before the post picks the person out of a
# group, no part of the post (GUIDELINES §4 title: the job-title chain).
_ONE_OF_HEAD = re.compile("^(?:另外?|其中)?一[名位](?=[\u4e00-\u9fff]{2})")
# The body a determiner stands for (该行 -> 江城农商银行), by the word after 该: the name's last word.
_DETERMINED_BODY_END = {
    "行": "银行|农商行|信用社|信用联社",
    "公司": "公司",
    "集团": "集团",
    "企业": "公司|集团|企业",
    "厂": "厂",
    "校": "大学|学院|学校|中学|小学|职校|技校|党校",
    "院": "医院|法院|检察院|研究院|设计院|科学院|学院",
    "所": "研究所|事务所|派出所",
    "局": "局",
    "中心": "中心",
    "协会": "协会",
}
# A body's name opening a clause, then its act or its own organ (江城农商银行召开…, 江南大学党委…): the name the
# determiner refers back to, when it is the only such body named before (not 记者从某公司获悉: no clause opens there).
_BODY_OPENING_CLAUSE_FORMAT = "(?:^|(?<=[，。；！？\n]))(?P<body>[\u4e00-\u9fff]{2,14}?(?:%s))(?=召开|举行|举办|组织|隆重|于|在|日前|近日|近期|党委|，)"
# Per determiner word, compiled once: (the body opening a clause, the determiner and its word, the body's last word).
_DETERMINED_BODY = {
    word: (
        re.compile(_BODY_OPENING_CLAUSE_FORMAT % ends),
        re.compile(f"该(?:{ends}|{word})"),
        re.compile(ends),
    )
    for word, ends in _DETERMINED_BODY_END.items()
}
# After a name: a doctrine named after the person (马克思主义, 邓小平理论, 习近平法治思想).
_DOCTRINE = re.compile(r"主义|理论|新时代|(?:法治|强军|经济|外交|生态文明|文化|新时期[\u4e00-\u9fff]{0,6}?)?思想"
                       r"(?!政治|上|工作|建设|教育|作风|认识|观念|状况|动态)")
# Characters of transliterated foreign names (a common subset of the standard transliteration
# tables), with the middle dot between parts: at least two, at most twelve.  夫, 茨, 茹 and 朔 are
# there for the endings -ov and -tz (扎帕罗夫), 京, 翰 and 逊 for -tin, -hn and -son (普京, 约翰逊), 佐 for -zo (恩佐: a
# short name after a title, then known for its bare later mentions, GUIDELINES §4 thirty-sixth round); 尔 is left out:
# with it, invented meeting texts lost meetings in the evaluation (the names the model misses with it, 朔尔茨, stay to
# the model).
_TRANSLIT_CHARS = (
    "夫茨茹朔京逊翰"
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹德登迪蒂丁东杜敦多厄恩法菲费芬弗福富盖甘冈戈格"
    "根古瓜哈海汉豪赫亨胡华霍基吉加贾杰金喀卡凯坎康考科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉连林琳卢鲁伦罗洛吕"
    "马玛迈麦曼芒梅蒙米敏莫姆穆纳娜奈南内尼涅纽努诺欧帕潘佩蓬皮普奇乔切丘萨塞桑森沙莎舍什施史斯松苏索塔泰"
    "坦汤唐特滕提廷图托瓦万威韦维温沃乌武西希锡谢辛休雅亚扬耶伊因英尤于约泽扎詹佐"
)
# 、塔吉克斯坦总统: the next item of a list of heads, a country then a head's post (so that a 、 ends the
# transliterated name before it)
_TITLED_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:总统|总理|首相|国王|外长|外交部长|副总统|副总理|大使|公使|领事)")
# A transliterated name of two characters opening a clause, a head's post right after it (普京总统表示, 拜登总统在
#会上致辞): the post after the name, as a rank is (§4); not a country of two such characters before its head's post
# (巴西总统表示).
_FOREIGN_HEAD = re.compile("总统|总理|首相|国王|女王|国务卿")
_HEAD_AFTER_SHORT_FOREIGN = re.compile(
    f"(?:^|(?<=[，。；！？\n、“]))(?P<name>[{_TRANSLIT_CHARS}]{{2}})(?=(?:{_FOREIGN_HEAD.pattern}))")
_SHORT_COUNTRIES = frozenset({"巴西", "古巴", "伊朗", "蒙古", "芬兰", "丹麦", "波兰", "苏丹", "加纳", "约旦", "沙特", "阿曼",
                              "马里", "多哥", "加蓬", "贝宁", "海地", "文莱", "秘鲁", "智利", "泰国", "缅甸", "瑞典", "挪威"})
# Japan named before a name (日本众议院议员, 驻日大使, 东京都知事, 中日友好协会): where a Japanese family name is read
# (not 日中 or 中日 alone: 5日中午, 节日中).
# Administrative units after a place name (石川县, 富山市, 石川地区): what stands before them is no family name.
_PLACE_UNITS = ("县", "市", "地区")
_EAST_ASIAN_CONTEXT = re.compile("日本|驻日|日籍|东京|大阪|中日友好|日中友好")
_TRANSLITERATED = re.compile(f"[{_TRANSLIT_CHARS}](?:[{_TRANSLIT_CHARS}]|·(?=[{_TRANSLIT_CHARS}])){{1,11}}")
# A weekday read where a name is looked for (市委书记周一主持召开…: 周 is a surname too): no name; with
# the word that makes it habitual or relative (县长刘强每周三主持…, 上周五): 每 is no part of the name.
_WEEKDAY = re.compile("(?:每|逢|上|下|本|这)?(?:周|星期|礼拜)[一二三四五六日天]")
# A time word or adverb right after a name (川·立派最近在…表示).
# A word of sequence right after a name (局长丘应桦其后发表主题演讲, 李明随后致辞): it ends the name.
# (副县长李强一一作了解答, 局长王明逐一点评: answering or reviewing in turn, the adverb after the name)
_SEQUENCE_AFTER_NAME = re.compile("其后|稍后|随后|随即|继而|一一|逐一|逐个|" + _TURN_ORDINAL)
# A turn taken with no speech verb (第一个开口, 最后一个上台, 率先登台): the one taking it is the subject whose words the
# next sentence tells (她反映，…), or, after a group's sequence of accounts (28人逐一上台述职), one of that group.
# (behind its required literals, 开口, 上台, …: searched in every sentence, it rarely matches; speed pass pf5)
_TURN_TAKEN = literal_gated(re.compile(f"(?:{_TURN_ORDINAL})(?:开口|上台|登台|走上讲台)"))
# (托尼·韦斯特今晚在北京举行招待会, 约翰·史密斯上午在…致辞: an evening or a part of the day ends the name as a day does)
_TIME_ADVERB = re.compile("最近|近日|日前|今天|今日|昨天|昨日|当天|此前|曾经?|也|还|已经?|再次|随后|一行"
                          "|[今昨当]晚|[今昨]晨|前天|明天|[上下中]午|晚上|早上")
# How a person takes part, right after a dotted name (约翰·史密斯通过视频作主旨演讲, 托马斯·巴赫发来视频致辞,
# 阿米娜·穆罕默德视频致辞, 约翰·史密斯线上参会并发言): no part of the name, which ends before it.
_MANNER_AFTER = re.compile("通过|以(?:视频|线上|在线|书面|网络|远程)|(?:发来|录制)?视频|线上|在线|远程|连线|书面|专程|亲自|特意")
# A side in talks named by a country's or a party's first character and 方 (韩方, 日方, 中方, 对方): a party, no person.
_SIDE_WORD = re.compile("[中美外韩韓日俄英法德朝越印泰意澳加欧歐非巴蒙老柬缅緬菲马馬新甲乙丙丁对對双雙各我他己官资資劳勞校企港台]方")
# Whom a person is with (与受表彰的…, 同与会代表…): after 与/同/和, the name before has two characters.
# (省长王强与对方先后发言, 与双方代表, 与韩方: a side in talks is the company, §4 names; not 与李方, a person)
_COMPANY_AFTER = re.compile("受表彰|受到表彰|获奖|获表彰|与会|参会|受邀|大家|全体|各位|广大|部分|前来|在场|现场|"
                            + _SIDE_WORD.pattern)
# 同 after a name ending in 一 that is 同志 or joins a second person (王正一同志主持, 张守一同王军一起出席), so the
# name keeps 一 and 一同 ("together") is no stop; a titled second person is checked by the caller.
# 出席…会议，并与广东省省长共同主持会议; 与邻市市长李强共同主持: the subject chairs jointly with the one after 与,
# a host too (GUIDELINES §3 eleventh review round); the words between the subject and that one, then the joint verb.
# 去年的全县运动会闭幕式由副县长李强主持: a rite of a past year (or a past edition) that 由 gives its chair, told in the
# clause before the title: that chair acted at another event, no 主持 here (GUIDELINES §4, twenty-second round);
# not 本届…由…主持, nor 去年以来…: a span of time up to now. The year word must qualify the rite itself: not in a
# comparison (与去年相比…今年闭幕式), no 今年/本届 after it, and a 的 after it only when it closes the event or its holding
# (去年运动会的闭幕式, 去年12月举行的闭幕式), not another act (去年开工建设的大桥通车仪式: today's rite of an older bridge).
_PAST_RITE_CHAIRED_BY = re.compile("(?<![与和同比较])(?:去年|前年|往年|上一?届|上一?年度)(?!以来|来)的?"
                                   "(?:[^，。；！？\n的]{0,12}?(?:举行|举办|召开|会|赛|节|展|活动)的)?"
                                   "(?:(?!今年|本届|本次|此次|这次|今天|当天)[^，。；！？\n的]){1,24}?由$")
# 王芳从…等方面总结了学院本年度教学工作: a year's work summed up in verb form right after the name, the verb form of
# 作年度工作总结 (作报告); 主持会议并总结了会议: the meeting summed up at its close, like 作会议总结 (讲话) (GUIDELINES §4,
# seventeenth and twenty-second rounds). Not 总结了经验 (no year's work), 总结会 (a meeting's name), 会议总结了… (the
# meeting's business: the verb must be the person's), nor 全年级/本年级工作 (a grade's work) or 今年工作经验 (lessons).
# (总结了1997年党风廉政建设和反腐败斗争的情况, 回顾总结了过去一年的…工作, 总结了去年…工作: the year named otherwise, its
# work told as 情况, GUIDELINES §4 thirtieth review round)
_SUMMED_UP_YEAR = re.compile(r"(?:[^，。；！？\n]{0,24}?(?:方面|角度)|全面|系统|认真|简要|回顾)?总结了?[^，。；！？\n总]{0,16}?"
                             r"(?:本|今|去|过去一|上一?|全|这一?|[0-9０-９]{4})年(?!级)度?的?"
                             r"(?:[^，。；！？\n]{0,10}?工作(?!会|的?经验)|[^，。；！？\n]{0,16}?(?:工作)?情况)")
_SUMMED_UP_MEETING = re.compile(r"(?:[^，。；！？\n]{0,24}?[并，,]\s*(?:并|最后|随后|还)?)?总结了?(?:本次|此次|这次|整个)?(?:会议|大会|本次活动)"
                                r"(?=[，。；！？,;\n]|$)")
_CO_CHAIR_GAP = re.compile(r"(?:[^。；！？\n]{0,60}?[，,]\s*(?:并|还|随后)?)?[与和同跟][^，。；！？\n与和同跟]{0,16}")
_CO_CHAIR_VERB = re.compile(r"\s*(?:共同|联合|一起|一同)主持")
# 代表 as the verb "on behalf of" right after a name ending in 和 (副省长孙用和代表省政府致辞): a body spoken for, then
# the address; not the post 代表 of a second person joined by 和 (张明和代表们发言, 李强和代表团团长发言).
# The one spoken for is a body (省政府, 组委会, 全体获奖者), not a second person's name (县长李明和代表李强发言).
_ON_BEHALF_AFTER_HE = re.compile(r"代表(?!们|团|处|室|大会|会议|委员)(?:全体|各|广大)?[^，。；、：\s]{0,8}?"
                                 r"(?:政府|党委|委员会|组委会|主办方|主办单位|承办方|公司|集团|学校|单位|企业|协会|获奖者"
                                 r"|[省市县区镇乡村部局厅委办院校会社所队])"
                                 r"(?:向[^，。；]{1,10}?)?(?:致辞|致词|讲话|发言|致欢迎辞|致答谢辞|表态)")
_TONG_NOT_TOGETHER = re.compile(r"同(?:志|[\u4e00-\u9fff]{2,3}(?:一起|一同|一道|共同))")
# 据…某某介绍/透露: a source of information.
_SOURCE_VERB = re.compile("(?:介绍|透露|了解|称|说|表示|统计|估计|分析)")
# A group of guests named by its label, then acting as one (甲、乙等担任主礼嘉宾。…主礼嘉宾为当选者颁发当选证书; 主礼嘉宾
#包括甲及乙。主礼嘉宾其后为得奖者颁发奖座): the conferral is each member's (颁奖, GUIDELINES §4); a label named
# before no list (嘉宾为获奖者颁奖) gives nobody. 颁奖人 (甲、乙担任颁奖人。颁奖人为…颁发…) names such a group too.
# (保安局副局长某担任检阅官。…检阅官其后颁发奖项予…: the reviewing officer of a passing-out parade, a label the guest takes
# and then acts under, like 主礼嘉宾; 主礼人 the same)
_GUEST_GROUP = "(?:(?:主礼|颁奖|颁授|典礼|仪式|特邀|表彰)?嘉宾|颁奖人|检阅官|主礼人)"
# The words one of which every match of the group's label holds (a sentence with none names no group).
_GUEST_GROUP_WORDS = ("嘉宾", "颁奖人", "检阅官", "主礼人")
# The acts of conferring such a group is told performing (为得奖者颁发奖座, 向当选者授牌).
_GUEST_CONFERRALS = "颁发|颁奖|颁授|授牌|颁牌|授旗"
_GUESTS_TAKE = re.compile(rf"(?:担任|出任)(?:本次|今年|是次)?(?P<label>{_GUEST_GROUP})")
# The guests' label taken right after the last name of a list (议员梁某、区某担任主礼嘉宾, 甲和乙等共同担任颁奖嘉宾): the pair
# are people acting, so a joined name with no title of its own is read there (GUIDELINES §4: guests named as a group's members
# take the role the group is told performing).
# (甲、乙、丙担任…: the list's other items may come between the name and the label)
_GUESTS_TAKE_AFTER_NAME = re.compile(rf"(?:、[\u4e00-\u9fff]{{2,10}}?){{0,8}}?(?:等人?)?(?:一同|共同|一起)?{_GUESTS_TAKE.pattern}")
# (not 颁奖嘉宾为获奖者甲、乙颁发证书: the ones honoured after 为, the conferral in the same clause)
_GUESTS_ARE = re.compile(rf"(?P<label>{_GUEST_GROUP})(?:分别)?(?:包括|为|有|是)(?=[^，。；！？]{{2}})"
                         rf"(?![^，。；！？]*?(?:{_GUEST_CONFERRALS}|颁证))")
# (the group's label opening a clause, maybe after a frame, 典礼上，/随后，, then the adverbs of its act)
_GUESTS_LEAD = (rf"(?:^|(?<=[，。；：\s]))(?:[^，。；！？]{{0,6}}?[上后]，)?(?P<label>{_GUEST_GROUP})们?"
                r"(?:其后|随后|随即|一同|共同|分别|亲自|一起)?")
# (检阅官其后颁发奖项予表现优异的学员: the conferral told with 予 or 给 after what is handed, Hong Kong and Taiwan copy)
_GUESTS_CONFER = literal_gated(re.compile(_GUESTS_LEAD + rf"(?:(?:为|向)[^，。；！？]{{1,30}}?(?:{_GUEST_CONFERRALS})"
                                          r"|(?:颁发|颁授)[^，。；！？]{0,12}?[予给])"))
# 主礼嘉宾为…颁发委任状，并主持监誓仪式; 典礼上，主礼嘉宾主持揭牌仪式: the group presiding over a ceremony, each
# member's 主持 as the conferral is each one's 颁奖 (GUIDELINES §4: the role the group is told performing); only the
# group's own clause or one joined to it by 并/还/随后, not another subject's (…，会长甲主持…), nor a ceremony noun that
# describes someone else by 的 (随后主持揭牌仪式的是会长甲, 并主持会议的会长甲: the one named presides).
_GUESTS_PRESIDE = literal_gated(re.compile(
    _GUESTS_LEAD + r"(?:[^，。；！？]{1,30}?[，,]\s*(?:并|还|随后|随即))?"
    r"(?:共同|一同|一起)?主持(?![人词])了?[^，。；！？]{0,20}?(?:仪式|典礼|会议|大会)(?![^，。；！？]{0,2}的)"))
_REPORTED_AFTER = re.compile(r"\s*(?:还|也|又|则|进一步)?介绍(?:说|道)?[，,：:]")
# X介绍，… after a 据了解/据悉 (in its sentence or the one before): information given to the reporter, no act at the
# meeting (GUIDELINES §4), unless a frame of the meeting opens the sentence (会上，X介绍; 座谈会上，X介绍).
_INFO_OPENER = re.compile(r"据(?:了解|悉|统计|初步统计)|另悉|记者[^，。；！？\n]{0,20}?(?:了解到|获悉)")
# A sentence before that is about this meeting itself (据悉，本次座谈会共邀请企业家20名): it frames the meeting, not
# the reporter's sources, so the next sentence's 介绍 is said there.
_THIS_MEETING_TOLD = re.compile("(?:本次|此次|这次|本届|此届)[^，。；！？\n]{0,10}?(?:会|论坛|仪式|典礼|活动|培训班)")
_MEETING_FRAME = re.compile("会上|会议上|[会谈礼式]中|(?:会|式|礼|坛)[上中]|在会上|现场|讲话中|发言中|致辞中")
# Bare 率 as the verb of leading (县长甲率副县长乙…, 率市府团队): not the end of a rate's name (效率, 覆盖率督导组组长,
# 增长率测算组组长, 出生率监测中心主任), which a body and its post follow as the led would. The look-behinds come after
# the literal so that a search tries them at a 率 only.
_RATE_STEMS = ("频", "效", "概", "利", "汇", "税", "比", "功", "速", "费", "覆盖", "增长", "出生", "死亡", "发病", "患病",
               "就业", "失业", "通过", "合格", "达标", "普及", "入学", "升学", "存活", "成活", "回收", "转化", "参与", "完成",
               "执行", "使用", "满意", "知晓", "准确", "正确", "出勤", "周转", "投票", "收视", "点击", "入住", "录取",
               "发生", "流失", "破案", "结案", "办结", "空置", "利用", "贡献", "占有", "拥有", "中标", "命中", "上座")
_LEADS_BARE = "率" + "".join(f"(?<!{stem}率)" for stem in _RATE_STEMS)
# Between a subject and a person it acts upon: 对, 听取(了), 在听取, 与/同/跟 …的 (与受表彰的王强).
_OBJECT_GAP = re.compile(r"对|在?听取了?|从|(?:与|同|跟|和)(?:受表彰|受到表彰|获奖|获表彰|获得表彰)[^，。；、]{0,6}的"
                         # (叶某今天在克里姆林宫会见法国总统希拉克后说: the one received is the object)
                         r"|(?:[^，。；、]{0,16}?)(?:会见|接见|会晤|宴请)了?(?:来访的|前来[^，。；、]{0,6}的|正在[^，。；、]{0,12}?访问的)?"
                         # (县长甲上午率同副县长乙、处长丙前往…视察，随后主持召开…会议: those led on the visit are the
                         # object, the leader acts after them; not 率先, 效率)
                         rf"|(?:[^，。；、]{{0,16}}?)(?:率同|率领|带领|{_LEADS_BARE})(?!先)(?:着)?")
# After a recipient, a clause of the conferring act, then 对 the same or another person (向张明颁发荣誉证书，并对张明
# 的善举表示感谢): the presenter thanks them; not a new sentence.
_THANKED_AFTER_CONFERRING = re.compile(r"[^，。；！？]{1,30}[，,]\s*(?:并|还|同时|也|又)?对")
# After a person named after 在: 在某某陪同下, 在某某讲话后 (the subject acts after that).
# (林某从校长陈某手中接过证书: the one who hands it over)
_OBJECT_AFTER = re.compile(r"(?:的)?(?:陪同下|(?P<own>讲话|发言|致辞|述职|汇报|报告)(?:结束)?(?:后|之后)|(?=(?P<handed>手中接过|手里接过)))")
# 李明的讲话精神: a speech relayed, not given here.
_RELAYED_SPEECH = re.compile(r"(?:同志)?的(?:重要)?(?:讲话|指示|批示)精神")
# After an object: the act that is its own (石勇的述职, 王强、刘兵等同志的发言).
_OBJECT_OWN = re.compile(r"(?:[^，。；的]{0,12}?)?(?:同志)?的(?:工作)?(?P<own>述职|发言|讲话|汇报|报告|致辞)(?!精神)")
# A verb of following or studying right before a name (领会, 落实, 贯彻, 按照 …), and a remark verb of that name turned
# into an attribute by 的 right after it (程立书记提出的“三个坚持”要求, 王明同志强调的各项任务): what someone said
# before is the object followed, no remark made here (§4: people whose earlier remarks are relayed).
# (the posts of leaders whose earlier remarks are followed, one list for both patterns; right after the name 总书记
# needs its own entry, before it the free run ahead of 书记 takes its 总; 镇长 is listed after the name only, as found)
_FOLLOWED_POSTS = "书记|市长|省长|县长|区长|主席|主任|部长"
_FOLLOWED_BEFORE = re.compile("(?:领会|落实|贯彻|按照|遵照|依照|对照|践行|吃透|把握|学习|围绕|照着)(?:好|到|到位)?"
                              f"(?:[^，。；“”]{{0,12}}?(?:{_FOLLOWED_POSTS}|同志))?[^，。；“”]{{0,2}}$")
_REMARKS_AS_ATTRIBUTE = re.compile(f"(?:同志|{_FOLLOWED_POSTS}|镇长|总书记)?"
                                   "(?:在[^，。；]{1,20}?[上中时])?(?:提出|强调|指出|要求|部署|作出|讲)(?:过)?的")
# A name of parts joined by the middle dot (Uyghur, Kazakh, Tibetan and foreign names).
# (让-皮埃尔·杜兰, 让-克洛德·容克: a French double given name joined by a hyphen inside the first part)
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[-‐－][\u4e00-\u9fff]{1,6})?(?:·[\u4e00-\u9fff]{1,8}){1,3}")
# A word joining two parties inside what reads as a dotted name's first part (副社长对让·米奥先生…表示感谢, 市长张华同约翰·
# 史密斯…): no transliteration holds one, so the dotted name is another party's, after it (GUIDELINES §4 thirtieth round).
_JOINING_IN_FIRST_PART = re.compile("[对向同与和跟给把被及]")
# A post word inside what reads as a dotted name's first part: the name starts after it.
_POST_IN_FIRST_PART = re.compile("官员|委员|代表|主席|总统|总理|首相|部长|大使|秘书长|主任|会长|经理|长|员")
# A dotted name with no title before it opens a clause or a list item (会上，买买提·艾力、阿不都热合曼·吐尔逊分别作
# 交流发言; 热合曼·托合提代表…发言): the break before it; not an opening quote (“奋进·新时代”).
_DOTTED_ITEM_START = re.compile(r"(?:^|(?<=[，。；：、\n,;:]))[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]")
# Characters of places, bodies, events and dates: a dotted run holding one is a brand or slogan (中国·南京国际车展,
# 2024·金秋消费节), no personal name.
_NOT_IN_DOTTED_NAME = re.compile("[国省市县区镇乡村州会节杯赛馆展院校学园城年月日号届季新时代业店网路街站队部局厅委办社中心]")
# 阿不 opens the Uyghur name element 阿不都 (阿不都热合曼, 古丽娜尔·阿不都分别…): no name part ends with it.
_OPEN_NAME_ELEMENT = ("阿不",)
# A one-character stop after a dotted name's one-character family name that opens the frame of the person's own act (迈克尔·陈
# 在致辞中说, 约翰·李在讲话中表示, 彼得·王于会上致辞): a preposition, never a syllable of a longer part, so the role's trigger right
# after it does not make the part longer (unlike 阿不都拉·艾则孜主持会议, where 则 is a syllable).
_PREPOSITION_AFTER_NAME = ("在", "于")
# Words that follow a surname-like preposition (向, 于, 和) and are no given name.
# 年度, 年初, 年底…: a word of the year opening with the surname 年 (网格员年度工作总结会, 辅警队员年终考核).
_YEAR_WORD = re.compile("年(?:度|初|底|终|末)")
# 普遍, 普及, 普查…: a word opening with the surname 普 (与会代表普遍认为, 局长普及了…), no name.
_PU_WORD = re.compile("普(?:遍|及|查|通|惠|法|照|陀|洱)")
# 释法, 释疑, 释放…: a verb opening with the surname 释 (法官释法说理, 检察官释疑解惑), no name (GUIDELINES §4,
# thirty-first round); a monk's name after 释 (释永信, 释明德法师, 释法悟法师: a monk's title after it) stays.
# A verb of becoming opening with a surname character (成长为, 成为, 晋升为), told of the person after a former state
# (从一名普通学生成长为青年教师, 早日成长为对国家有用的人才): the change, no surname 成/晋 and a name (GUIDELINES §4 thirty-second
# review round; not 成长林, a name, nor 成长为获奖者颁奖, 为 opening whom an act is for).
_BECOMING_VERB = re.compile("(?:成长|晋升|晋级)(?=为)|成为(?=[^，。；]{1,12}?(?:的|者|人|员|师|家))")
# 会议传达了全市统战部长会议精神。…部长某某在全市会议上强调，…: one whose words are framed at the wider meeting (全国/全省/全市…)
# whose spirit the page tells as relayed earlier speaks at that meeting, not this one: remarks relayed, no role (GUIDELINES §4
# thirty-second review round, as the relayed address's own quotation reads); the level word ties the frame to the relaying.
_AT_WIDER_MEETING = re.compile(r"(?:同志)?(?:此前|日前|近日)?在(?P<lv>全国|全省|全市|全区|全县|全州|全盟|全旗)[^，。；]{0,16}?(?:会议|大会|会)上")
_WIDER_MEETING_RELAYED = "(?:传达|学习|传达学习)了?[^。；]{{0,30}}?{lv}[^。；]{{0,24}}?(?:会议|大会|会)(?:的|重要)?(?:讲话)?精神"
_SHI_WORD = re.compile("[释釋](?:法|疑|放|義|义|怀|懷|惑|然|卷|手|读|讀)(?![\u4e00-\u9fff]{0,2}(?:法师|法師|禅师|禪師|大和尚|长老|長老))")
_NOT_GIVEN_NAME = re.compile("全体|大家|各位|各界|广大|中方|美方|外方|对方|双方|各方|社会|群众|大会|会议"
                             # (行政长官于致辞时表示, 于典礼上颁授: 于 (於) is the preposition)
                             "|致辞|致词|典礼|仪式|会上|会后|会前|席间|今日|昨日|本月|当日|同日"
                             # (来自非公企业、社会组织的代表: 公 of 非公企业, no surname)
                             "|企业|单位|机关|组织|部门")
# After a title, 向 and a noun for the people an act is told to (负责人向学员介绍, 局长向家长代表讲解, 書記向學員說明):
# the preposition and the addressee, not the surname 向 and a name; a given name is rarely such a noun (GUIDELINES §4,
# thirty-first round). (Simplified and Traditional forms; not 向东, 向东林, 向学文: no people noun.)
# (向新同学表示热烈欢迎, 向全体新生, 向新入职员工: a word of newness or of all before the people noun, GUIDELINES §4 thirty-second
# review round; not 向新民, 向新华: no people noun after 新)
_ADDRESSEE_AFTER_TO = re.compile("(?:新入职|新进|新|全体|广大|各位)?(?:学员|學員|学生|學生|家长|家長|新生|师生|師生|学子|學子|学员们|同学|同學|党员|黨員"
                                 "|干部|幹部|职工|職工|员工|員工|村民|居民|市民|群众|群眾|农民|農民|游客|遊客|记者|記者"
                                 "|媒体|媒體|来宾|來賓|嘉宾|嘉賓|考生|患者|病人|老人|网友|網友|商户|商戶|企业|企業"
                                 "|教师|教師|老师|老師|教职工|教職工|同事|队员|隊員)"
                                 # (the act told, given or shown to them after it: 向新生主持 keeps a name 向新生)
                                 "(?=[^，。；]{0,14}?(?:介绍|介紹|通报|通報|讲解|講解|说明|說明|宣讲|宣講|传达|傳達|解读|解讀"
                                 "|讲述|講述|提出|表示|致以|颁发|頒發|赠送|贈送|发放|發放|讲授|講授|讲|講|作了|做了|宣读|宣讀"
                                 "|宣布|宣佈|分享|发出|發出|答疑|解答|展示|演示|反馈|反饋|布置|佈置))")
# After the preposition 向, a modifier of the people named next (a verb of winning and its object, a word of
# merit or standing: 向获奖教师, 向得奖学生, 向优秀学生颁发): no given name; a name is rarely such a word.
# Kinship terms used as address after a surname (张阿姨, 赵大爷, 李奶奶): the person is not named by them.
_KINSHIP_TERM = re.compile("阿姨|大爷|大妈|大娘|大叔|大婶|大伯|大哥|大姐|大嫂|奶奶|爷爷|阿婆|阿公|婆婆|伯伯|叔叔|阿叔|阿伯|嬢嬢|老伯|姥姥|姥爷")
# 社区居民陈阿姨和小学生王子涵: a person named by a kinship term, then a conjunction (the title before it is another's).
_KINSHIP_THEN_CONJUNCTION = re.compile("[\u4e00-\u9fff](?:" + _KINSHIP_TERM.pattern + ")[和与及、]")
# A residence label and the resident's name before 、 (东庄村村民王建军、…, 市民李秀英、…): another person of a list; not a
# body's name ending in an office word (市民宗局、市财政局主要负责人: 市民宗局 is the city's ethnic-affairs bureau).
_RESIDENT_NAMED_THEN_COMMA = re.compile(f"(?:{'|'.join(_RESIDENCE_WORDS)})(?!代表)(?P<name>[\u4e00-\u9fff]{{2,3}})(?<![局委办辦厅廳处處所])、")
_MODIFIER_NOT_GIVEN = re.compile("(?:获|得|受|领)奖|(?:获|受)表彰|优秀|先进|杰出|退休|新任")
# After the preposition 向, a verb of winning that the would-be given name opens, and a 的 closing the
# phrase (县委书记向荣获“…”称号的同志颁发证书: to those who won, not a person 向荣).
_WON_AFTER_TO = re.compile("(?:荣获|荣膺|荣立|获得|获评|获颁|获授|获|受到|当选)[^，。；]{1,24}?的")
# A quantity of speeches before a speech noun (许多讲话, 很多讲话和决定): speeches in general.
# (多次 too, unless a frame of this meeting stands before it: 在讨论中多次发言)
# 回应江泽民主席的郑重呼吁和八项主张, 落实总理的重要指示: a remark word right after the name's possessive 的 (a post or 同志
# between, a modifier of the words after it) is what the person said once, a thing referred to, no remark made here
# (GUIDELINES §4: people whose earlier remarks are relayed). Read on the window from the name to the trigger.
_POSSESSED_REMARK_BEFORE = re.compile(r"^(?:同志|总书记|书记|主席|总理|总统|首相|先生)?的(?:郑重|重要|一贯|多次|有关|殷切)?$")
_MANY_BEFORE = re.compile("(?:许多|很多|各种|历次|(?<!中)(?<!上)多次)的?$")
# 在文章中，…; 在贺信中，…: a sentence framed as the words of a written piece.
# (the frame governs the mention: nothing but a title between them, no clause break)
_WRITTEN_FRAME = re.compile(r"(?:在|于)[^，。；]{0,12}?(?:文章|贺信|贺电|来信|回信|批示|声明|书面致辞)(?:中|里)[，,]?"
                            r"[^，。；,;]{0,24}$")
_SPEECH_ROLES = frozenset({"讲话", "发言", "致辞"})
# 同要求独立的乙党领导人举行会谈, 与主张对话的一方会晤: a speech verb right after the partner's preposition, its clause
# closed by 的 and a noun, qualifies the partner (a relative clause), no act of the one named (GUIDELINES §4: holding
# talks gives no role), an adverb between allowed. Not 共同/一同/相同强调: 同 of a word; not 和 (希望和要求, nouns joined).
_PARTNER_BEFORE_VERB = re.compile("(?<![共一相协如连会陪合等不])[同与跟](?:坚决|一再|强烈|一直|始终|多次)?$")
_QUALIFIES_PARTNER_AFTER = re.compile("[^，。；,;的]{1,16}的[\u4e00-\u9fff]")
# Before 说: an idiom or a word it ends that tells no remarks (二话没说, 二话不说: without a word; 听说, 据说: hearsay;
# 虽说, 俗话说; 小说, 传说: nouns).
# (赴欧洲和中东游说: lobbying, a word holding 说 that tells no words said, GUIDELINES §4 thirty-third round)
_SAYS_NOTHING_BEFORE = re.compile("(?:二话[没不]|(?<![所])听|据|虽|俗话|小|传|游|遊)$")
# 宣读 right before an address word (代为宣读致辞, 宣读了贺词): the address is the object read out.
_READ_OUT_BEFORE = re.compile("宣读了?$")
# 给市委写信，汇报了…, 写了第二封信，将…作了汇报, 在信中汇报: a letter written before a report in the person's words (no address).
_LETTER_WRITTEN_BEFORE = re.compile("(?:写信|寫信|来信|來信|去信|回信|致信|信中|写了[^，。；]{0,6}?信|寫了[^，。；]{0,6}?信)[^。；！？]{0,30}$")
# 发来祝词, 寄来的新春祝辞: good wishes sent from afar, a message like a 贺信 (no address, GUIDELINES §4 thirty-second round).
_WISHES_SENT_BEFORE = re.compile("(?:发来|寄来|送来|传来|捎来)了?(?:[^，。；]{0,10}的)?$")
# 领学了政府工作报告有关内容, 宣读了学位授予决定: a trigger word inside the object of 宣读/领学 is a word of the
# document read out, not an act of the reader (GUIDELINES §4: 领学 and 宣读 = 宣读); the object ends at a clause
# break or at a joining word (宣读了表彰决定并为获奖者颁奖: the reader's next act).
_READ_OUT_OBJECT = re.compile("(?:宣读|领学)了?[^，。；,;：:并及和与后再又、]{1,20}$")
# 领学了政府工作报告和党的二十大报告精神, 领学了总书记在…上作的报告: a report word or another's 作 further into the
# object read out, past a 和 joining two documents, is still the document's (领学 = 宣读, GUIDELINES §4: whatever its
# noun); the reader's next act opens with 并, 后, 再 or 又 or after a clause break.
_READ_OUT_LONG_OBJECT = re.compile("(?:宣读|领学)了?[^，。；,;：:并后再又]{1,40}$")
# A sentence the text places outside the meeting, on a visit before or after it (会前，…深入企业检查…; 会后，
# …带队检查了…) or during an inspection (在调研某公司时，…): the remarks in it are not made at the event (§4).
# The visit is told before any remarks (not 会后，孙某强调，要加强督导检查: the inspection is what is said).
# Acts of a visit or of an activity that is no meeting (an inspection, tree planting, labour, a call on people):
# remarks made while doing them are no address at a meeting (GUIDELINES §3, §4).
# (在义诊现场表示, 在演练现场说: a free clinic, a service day or a drill is an activity that is no meeting either, §3 eighth
# round: remarks made at a drill give no role)
_ACTIVITY_ACTS = "调研|考察|视察|检查|督导|走访|察看|植树|义务劳动|劳动|参观|巡查|巡河|慰问|看望|义诊|巡诊|义演|义卖|演练"
# A film shown to those present opens the clause (片中，原某局长刘某在忏悔时说…; 在警示教育片《…》中，…; 会议观看了
# 专题片，片中…): the people in it speak on screen, not at the meeting (§4: people merely mentioned). The film is named
# by a film noun or a bare 片 opening the clause, not by any word ending in 片 (在芯片中, 在照片中: no film).
_SHOWN_FILM = re.compile(r"(?:^|[，,])\s*在?(?:[\u4e00-\u9fff]{0,8}?(?:(?:专题|教育|警示|宣传|纪录|记录|影|短|微)片"
                         r"|电影|录像|视频)|[该此本]?片)(?:《[^》]{1,24}》)?中[，,]")
# A later clause of the film's sentence that returns to the meeting (…，片中，…，随后市纪委书记王某作了讲话; …，会议由
# 张某主持; …，王某在会上强调): the people named from there on act at the meeting again (GUIDELINES §4 twentieth round:
# only the people on the film are no speakers).
# (not a bare 接着, 之后, 然后, 最后, 随后: they go on with the film's own telling, 片中，刘某说，…，接着，张某说…)
_BACK_FROM_FILM = re.compile(r"[，,；;]\s*(?:会上|观看后|看完后|观影后"
                             r"|[^，,；;。！？]*?(?:在会上|会议由|作了?[^，,；;。！？]{0,8}?讲话))")
_OUTSIDE_MEETING = re.compile(
    r"\s*(?P<lead>(?P<before>会前|会议(?:召开)?前)|会后|会议结束后)[，,]?(?:(?!强调|指出|要求|表示)[^。；！？])*?"
    r"(?:检查|调研|考察|视察|察看|督导|走访|暗访)"
    rf"|\s*(?P<frame>在(?:{_ACTIVITY_ACTS})[^，。；]{{0,24}}?(?:时|期间)[，,])"
)
# 王强在植树时说, 李明在青山村调研时指出, 他在劳动间隙说: the same frame right after the speaker (or 他/她), a meeting
# word inside it excepted (在调研座谈会上指出 is said at a meeting).
_ACTIVITY_FRAME_AFTER = re.compile(r"\s*(?:同志)?(?:还|也|又|随后|同时)?在(?P<frame>[^，。；“”]{0,16}?(?:" + _ACTIVITY_ACTS
                                   + r")[^，。；“”]{0,8}?)(?:时|期间|间隙|过程中|中|现场)")
_MEETING_IN_FRAME = re.compile("会(?![员计])|仪式|典礼|论坛|座谈|讲座|党课|讲堂|发布")
# After a visit made before the meeting, a clause opened by 随后/之后/接着 moves back to the meeting
# (会前，与会人员实地察看了…，随后，县委书记杨洪强调…: the remarks are made at the meeting).
# The time after the meeting inside a person's clause (…参加会议并在会后就…提出要求; …，会议结束后强调…): what the
# person says from there on is not said at the meeting (§4), unless another meeting is told after it.
_AFTER_MEETING_INSIDE = literal_gated(first_char_gated(re.compile("(?:在|于)(?:会后|散会后|(?:会议|大会)结束后)|(?<=[，,并])(?:会议|大会)结束后")))
_BACK_TO_MEETING = re.compile(r"[，,]\s*(?:随后|之后|接着|然后|而后)[，,]?")
# A meeting's own act or occasion in such a sentence, after its lead (会后，…主持召开座谈会，他强调…; 在调研期间，
# …参加了…推进会，他指出…; …出席了…开工仪式，并宣布…): the remarks may be made there.  The meeting nouns of
# the lexicon (meeting_heads) are added when the extractor is built.
_MEETING_ACT = "召开|主持|座谈|出席|参加|会上|会议|讲话|致辞|发言|宣布|讲座|党课"
# 按照县长李某指示, 根据李某同志的要求: a person's directive followed (before the name, and after it).
# (經縣長王某指示, 本府依縣長徐某指示, 奉…指示: Taiwan copy)
_DIRECTIVE_FOLLOWED = re.compile(r"(?:按照|遵照|依照|根据|落实|(?:经|依|奉)(?=[县市]长|院长|部长))[^，。；]{0,16}$")
# A post right after a name (周洋书记, 林晓峰副市长): up to six characters ending in a title word (checked by the caller).
_POST_AFTER_NAME = re.compile(r"(?:常务副|副)?(?:(?![在到的])[\u4e00-\u9fff]){1,6}?(?=的|在|到|上周|上月|此前|前不久|去年)")
_DIRECTIVE_AFTER = re.compile(r"(?:同志)?的?(?:重要)?(?:指示|要求|部署|批示|安排)")
_OBJECT_PREPOSITIONS = ("对", "把", "被", "给")
# 经/根据 + (title) + name: 经市委书记张三提议, 根据某某的意见.
_BY_WAY_OF = re.compile(r"(?:^|[，,；;])\s*(?:经(?![济开管信营贸典验历过常纬侦])|根据)[^，。；,;]{0,12}$")
# 指导思想, 指导意见, 在…指导下: guidance as a thing, not a person guiding a meeting.
_GUIDED = re.compile("思想|意见|方针|原则|下|性|作用|价值")
# 在省纪委的指导和市委的领导下: the guidance, after 的, joined to another's before 下, a thing as in 在…指导下
# (GUIDELINES §4 thirty-fifth round)
_GUIDANCE_JOINED_UNDER = re.compile(r"(?:和|与|及|、)[^，。；！？]{1,30}?的[\u4e00-\u9fff]{1,4}下")
# (亲临排练场指导话剧排练, 现场指导节目彩排: a rehearsal, a show or a drill guided, no meeting, GUIDELINES §3 not
# meetings; 成为剧团的艺术指导, 担任乐队指导: a post taken, no act at a meeting; 主持了新年音乐会, 主持文艺演出: a show
# presented, no meeting chaired; thirty-fourth round)
_SHOW_GUIDED = re.compile(r"[^，。；！？]{0,8}?(?:排练|彩排|排演|演出|训练|演练|比赛)")
_GUIDE_POST_TAKEN = re.compile(r"(?:成为|担任|出任|聘为|请为|聘请为|兼任)[^，。；！？]{0,8}?$")
_SHOW_PRESENTED = re.compile(r"了?[^，。；！？会]{0,10}?(?:音乐会|演唱会|演奏会|独唱会|文艺演出|演出|歌会)(?![上中前后])")
# The bare verb 指导 is the meeting role after a word of taking part in the meeting (出席会议并指导工作, 到会进行
# 指导), or when it closes the person's act (全程指导，…, 指导并讲话, 作指导讲话); else 指导研究生, 深入企业指导复工复产
# 工作 guide someone or some work (an object follows), and 进行技术指导, 给予悉心指导 name guidance given to others
# (GUIDELINES §4: 到会指导, 参加并指导).
_PRESENT_TO_GUIDE = re.compile("到会|出席|参加|参会|列席|莅临|亲临|到场|现场|全程|会议")
_GUIDES_MEETING = re.compile(r"\s*(?:并|和|与|及|、|讲话|$)")
_GUIDANCE_GIVEN = re.compile(r"(?:进行|给予|开展|加强|提供|接受)了?[\u4e00-\u9fff]{0,4}$")
# 到会督导, 全程督导并作点评, 出席会议并督导: one sent to supervise the meeting is its guide, 指导 (GUIDELINES §4,
# thirty-first review round), only right after a word of taking part in it and closing the act; else 督导组, 督导检查, 督导落实…
# or a field visit (现场督导, 深入企业督导) supervise work, no meeting role.
_SUPERVISES_MEETING_BEFORE = re.compile("(?:到会|出席|参加|参会|列席|莅临|亲临|到场|全程)(?:会议)?(?:并|进行)?$")
# 现场指导居民下载安装反诈APP, 手把手指导村民使用…: showing people how to do something (people as the object, or a
# hands-on act named right after), no guiding of the event or its work whatever is said before (§4 到会指导).
# (not the first word of a work's or meeting's name guided: 到会指导学生资助工作, 职工代表大会, 专项资金使用管理工作)
_SHOWS_HOW = re.compile(f"[^，。；,;]{{0,4}}?(?:{_PEOPLE_NOUNS}|农户|学生|学员|老人|患者|商户|游客|孩子|小朋友)"
                        "(?!(?:(?!开展|进行|使用|学习|参与|做好|落实|种植|养殖|操作|防治)[\u4e00-\u9fff]){0,6}?(?:工作|会议|大会|资助|管理))"
                        "|[^，。；,;]{0,8}?(?:下载|安装|注册|填写|扫码|操作|使用|种植|养殖|包扎|按压)(?!管理|工作|情况)")
# 作《2023年度财务决算报告》, 作了题为《…》的报告: a report named by its title.
# (做了一场题为《…》的精彩报告: 做 for 作, a measure word before the title)
# (甲、乙分别作题为《…》和《…》的报告, 题为“…”和“…”: one title for each)
_REPORT_BY_TITLE = re.compile(r"(?:作|做(?=了|一[场次堂个]|题为|《))了?(?:一[场次堂个])?(?:(?:的|题为)?《[^》]{1,60}》(?:[和、及与]?《[^》]{1,60}》){0,4}|题为“[^”]{1,60}”(?:[和、及与]?“[^”]{1,60}”){0,4})(?:的)?"
                              r"(?:[\u4e00-\u9fff]{0,4}(?:报告|讲座|辅导))?"
                              # (作了“依法监管，防范风险”的报告, 『…』 in the newspaper copy of 1998: a report named by its
                              # quoted topic with no 题为, 的 and the report's noun after it, GUIDELINES §4 thirty-seventh round)
                              r"|(?:作|做(?=了))了?(?:一[场次堂个])?[“『][^”』“『]{1,60}[”』]的[\u4e00-\u9fff]{0,4}?(?:报告|讲座|辅导)"
                              r"(?![会厅人书单稿材片])")
# 作警示教育报告, 作2023年度财务决算报告: a report with words between 作 and 报告 (not 作述职报告, nor its
# discipline forms 作述责述廉报告, 作述纪述廉报告: 述职, GUIDELINES §4).
# (the 了 kept out of the words between, so 作了述职报告 is no report either; nor are they inside the words between:
# 作了2024年度述职报告, 作了独立董事年度述职报告)
_ACCOUNT_REPORT = "述职|述责|述纪"
# The topic of a report written 关于…的 or 就…所作的, however long, holding a law's or document's title or quoted words
# (关于检查《城市绿化条例》实施情况的, 关于“十四五”规划纲要执行情况的): GUIDELINES §4, thirty-third round.
_REPORT_TOPIC = r"(?:[^，。；“”《》]|《[^《》]{1,40}》|“[^“”]{1,20}”){1,60}?"
_REPORT_NAMED = re.compile(rf"(?:作|做(?=了|一[场次堂个]))(?:了(?!{_ACCOUNT_REPORT})|(?!了|{_ACCOUNT_REPORT}))"
                           rf"(?:(?!{_ACCOUNT_REPORT})[\u4e00-\u9fff\d]){{1,30}}?(?:报告|讲座|宣讲|辅导)"
                           # (作了关于江州市2023年市级决算和2024年1至5月预算执行情况的报告: a report named by its topic,
                           # its length no limit of the words between, §4 thirty-third round)
                           rf"|(?:作|做)了?关于{_REPORT_TOPIC}的(?:[\u4e00-\u9fff]{{0,8}}?)报告(?![会厅人书单稿材片])")
# 作工作汇报, 作了全县民族宗教工作情况汇报, 就…作了汇报: a named officer reporting at the meeting (作报告, GUIDELINES §4,
# tenth review round); not the 作 of 工作汇报 (听取了…的工作汇报: a report heard), nor a reporting session (汇报会), its text
# or materials (汇报材料, 汇报稿).
# (作了专题汇报: any words of the report between, not another verb's: 作了讲话并听取汇报, 作出部署要求…汇报, 作好汇报准备;
# nor a word 作 opens: 从…作风建设等方面汇报了…)
# (作了述职汇报, 作了年度述责述廉汇报: an account of one's own duties is 述职, GUIDELINES §4, as with 作述职报告)
# Verbs of hearing: a report heard (听取了各部门作的工作汇报, 在听取各乡镇作的专题汇报后讲话) is others' report, not the
# listener's, whether the verb stands before 作 or between 作 and 汇报 (作了讲话并听取汇报).
# (not 听证会, a hearing, nor 听众, the audience: nouns, nobody heard)
_HEARING_VERBS = "听取|聆听|听了|听(?![证众])"
# 作了述职汇报, 进行了年度述责述廉汇报: the account given is the person's 述职 (GUIDELINES §4), though 汇报 after a
# noun-like trigger otherwise marks a text or a session (述职汇报材料, 述职汇报会: those stay no role).
# (put before 作 or 做: the verb of giving, 作了汇报, not the character closing a word: 工作, 合作, 协作, 创作, 操作, 制作,
# 运作, 写作, 动作)
_ZUO_NOT_IN_WORD = "(?<![工合协创操制运写动])"
_ACCOUNT_REPORT_GIVEN_BEFORE = re.compile(rf"(?:{_ZUO_NOT_IN_WORD}作|做|进行)了?[^，。；作做]{{0,10}}$")
_ACCOUNT_REPORT_AFTER = re.compile(r"汇报(?![会厅人书单稿材片情内])")
# (为做好…评选和授牌工作提出要求, 就抓好…认定和授牌工作作出部署: a conferring word heading the work a purpose or topic
# names, no plaque or prize handed; 颁奖 only for the act, GUIDELINES §4)
_CONFERRAL_AS_WORK = re.compile(f"等?{_CONFERRAL_WORK_NOUN}")
_REPORT_BACK = re.compile(rf"{_ZUO_NOT_IN_WORD}(?:作|做(?=了|一[场次个]))(?![好为出用风品业物息法者家战])了?"
                          rf"(?:(?!{_HEARING_VERBS}|{_ACCOUNT_REPORT}|[并和及与要请向让])[\u4e00-\u9fff\d]){{0,20}}?"
                          r"汇报(?![会厅人书单稿材片])")
_HEARD_BEFORE = re.compile(rf"(?:{_HEARING_VERBS})[^，。；]*$")
# 为网格员作了业务培训, 为学员做了一场消防安全培训: a training session given to the people present is a
# lecture (作报告, like 作专题培训, GUIDELINES §4), the 作/做 right after the person or after those it was given to;
# not a training programme or its plans (作培训安排, 做好培训工作, 作为培训对象: 为 right after 作), nor an address
# at a training (作培训动员讲话, 作培训总结讲话: 讲话, §4).
_TRAINING_GIVEN = re.compile(r"(?:^\s*|[为给向][^，。；]{1,20}?)(?:作|做(?=了|一[场次堂个]))了?(?:一[场次堂个])?"
                             r"(?!为)[\u4e00-\u9fff]{0,8}?培训"
                             r"(?!班|会|工作|计划|安排|方案|需求|基地|中心|课程|任务|动员|总结|部署|讲话|致辞|表态)")
# (对防汛工作进行再动员、再部署, 进行了专题部署: the same with 进行; not 进行动员大会, an event)
# (not the 作 of 工作: 作《2024年度工作总结》报告, 听取年度工作总结)
# (作培训动员, 作了全面动员: a mobilisation address, §4 作动员; not 作动员大会…: the event)
_DEPLOYMENT = re.compile(r"(?<!工)作(?:了|出)?[\u4e00-\u9fff]{0,4}(?:部署|安排|总结|动员(?!大?会))(?!点评|发言|报告)"
                         r"|进行了?[\u4e00-\u9fff]{0,4}?(?:动员|部署)(?!大?会|工作)")
# 发布了全省交通建设情况, 发布一季度经济运行数据: a presenter making findings public at a press conference the text
# reports, like 发布有关情况 (讲话, GUIDELINES §4); the findings close the clause (not 发布了…情况通报, 发布的数据显示, 发布了…通知/公告/文件:
# a document issued or one quoted). Read only in a sentence telling no earlier time (:data:`_EARLIER_TOLD`) and when the
# clauses before 发布 name no other place or time of the act (:data:`_FINDINGS_ELSEWHERE`: 在国际期刊上发布了研究成果,
# 此前已发布了…数据: findings made public elsewhere or before, the person merely mentioned).
# 巡察组组长赵某反馈了巡察情况, 代表省委巡视组反馈巡视意见: an inspection group's findings delivered at the feedback
# meeting by its head, an address like a deployment (讲话); the findings name the inspection (not 反馈了整改情况, 向巡察组反馈…
# by those inspected, nor 群众反馈的问题). The problems the inspection found are its findings too (反馈了巡察发现的问题,
# 反馈了巡视中发现的问题), but not the inspected body's work on them (反馈了巡察整改情况, 巡察整改问题: reporting back).
# The whole clause after 反馈 is read for the remedies (反馈了巡察反馈问题整改的进展情况, 反馈了巡察指出问题的整改
# 落实情况: 整改 after the first 问题 still tells the body reporting back), but the group's own demands on them stay its
# findings (反馈了巡察意见和整改要求); problems the group handed over (巡察组移交的问题, 交办的问题) are fed back by the
# body that received them.
_FINDINGS_FED_BACK = re.compile(r"^(?:(?!向巡)[^，。；]){0,12}?反馈了?(?![^，。；]*整改(?!意见|要求|建议))"
                                r"[^，。；的]{0,8}?(?:巡察|巡视|督查|督导)(?!组?(?:移交|交办))"
                                r"[^，。；]{0,8}?(?:情况|意见|结果|问题)")
# 反馈了巡察指出问题的整改情况, 汇报了审计指出的问题: a remark verb right after an inspection's bare noun has the
# inspection for its subject, inside the object of the person's own verb (not 代表巡察组指出, 在巡视中指出: the person's).
_INSPECTION_NOUNS = ("巡察", "巡视", "督查", "督导", "审计")
_FINDINGS_PUBLISHED = re.compile(r"发布了?(?![的了])[^，。；：:“”《》]{0,20}?(?:情况|数据|成果)(?=[，。；！？,;]|并|$)")
_FINDINGS_ELSEWHERE = re.compile(r"去年|前年|此前|以往|过去|曾经?|已经?|"
                                 r"在(?:(?!记者招待会|发布会|记者会|吹风会)[^，。；]){1,12}(?:上|中)")
_EARLIER_TOLD = re.compile("去年|前年|此前|以往|往年|上一?届")
# (带来了《…》的精彩分享, 《…》的生动演讲: a word of praise before the talk's noun leaves it the titled talk)
_TITLED_TALK = literal_gated(first_char_gated(re.compile(r"(?:发表|分享|带来)了?(?:一场|一个)?(?:题为)?《[^》]{1,60}》的?(?:精彩|生动)?的?(?:主题|主旨|专题)?(?:演讲|议题|报告|分享|讲座)"
                                                         # (为读者带来了一场精彩的讲座, 为师生带来一堂关于唐诗的专题讲座: a lecture given to those present,
                                                         # untitled too, GUIDELINES §4 作专题讲座 = 作报告; the measure word makes it one delivered, not
                                                         # 带来了讲座的好处)
                                                         r"|带来了?(?:一场|一堂|一次|一节)[^，。；！？]{0,40}?(?:讲座|专题报告|辅导报告|学术报告|报告会)(?![厅室])")))
_POST_NOMINALS = re.compile(r"\s*" + POST_NOMINALS + r"\s*")
# 以…为题 before the act it introduces (a quoted title may hold commas: 以“守初心，担使命”为题).
# 为团长, 为首: the end of 以…为团长的代表团, which names the leader of a visiting party after 以; so does 率领的 or 带领的
# (以州长某某率领的代表团, GUIDELINES §4 thirty-fifth round)
_LEADER_OF_PARTY = re.compile("为(?:总团长|副团长|团长|首|组长|队长|领队)|(?:率领|带领)的")
# 以《…》为题开讲, 在讲堂开讲: the person's own lecture opened, perhaps after its topic or a place (GUIDELINES §4
# 作报告); not 公开讲话 (开讲 inside a word), nor 开讲 after another verb (讲堂开讲 has no person before it).
_LECTURE_OPENED = re.compile(r"\s*(?:以[^，。；]{1,60}?为(?:题|主题))?(?:在[^，。；]{1,20}?)?开讲(?!话)")
# (出席活动，并以《…》为题，为全体党员讲授专题党课: a conjunction before 以 leaves the clause a lead-in to the act after it)
_LEAD_IN = re.compile(r"\s*(?:并且?|同时|还|又)?以(?:“[^”]{1,40}”|[^，。；“]){1,40}为(?:题|主题)$")
# The act a lead-in introduces, told with no subject of its own: 为/向 those it is given to, then the act (为全体党员讲授
# 专题党课, 向学员上了一堂党课), or the act itself (讲授专题党课).
_LED_IN_ACT = re.compile(r"\s*(?:(?:为|向|给)[^，。；！？]{1,20}?)?(?:讲授|讲了|讲解|上了|作了?|做了?|带来|开讲)")
# An opening quote mark of a quoted title or slogan, not of quoted words (说：“…, after a colon or at a clause start).
_QUOTED_TITLE_OPEN = re.compile(r"[^：:，,。；;\s]“")
# 讲授/讲了一堂 goes on to 党课 in its clause: a party lecture (讲授了一堂生动的专题党课).
_PARTY_LECTURE_AFTER = re.compile(r"[^，。；,;]{0,30}?(?:党课|党史课|党纪课|党性课)")
_PARTY_LECTURE_BY = re.compile(r"(?:党课|党史课|党纪课|党性课)由[^，。；！？\n]{0,40}$")
# 审议政府工作报告, 听取…工作报告起草情况, 对政府工作报告的修改: a report noun (no 作 before it in its clause) that
# is the object of a verb of handling a text, or that qualifies another noun: a report discussed, none given.
_REPORT_HANDLED_BEFORE = re.compile(r"(?:审议|听取|讨论|修改|起草|研究|通过|审阅|审查|学习|解读|对)了?[^，。；作做]{0,12}$")
_REPORT_QUALIFIES_AFTER = re.compile(r"[（(]?(?:的|起草|修改|草案|征求意见稿|讨论稿|送审稿)")
_WRITTEN_ADDRESS = re.compile(r"书面(?:工作)?(?:报告|发言|讲话)")
# 作表态, 作出征表态, 代表全体队员作了表态: a pledge made at the meeting, the 表态发言 slot (GUIDELINES §4 发言);
# not 作表态讲话 (讲话) nor 作表态发言 (read as a trigger), nor 作出上述表态 (a stance told before, as to the press).
_PLEDGE = re.compile(r"(?:作|做)(?:了|出)?(?!上述|这|此|该|相关|类似|有关|同样)(?:简短|郑重|庄严)?的?[\u4e00-\u9fff]{0,2}?表态"
                     r"(?!讲话|发言)")
# 代表我县介绍了经验做法, 代表城关镇交流了工作经验: experience shared on a body's behalf, the 交流发言 slot (GUIDELINES §4
# 代表发言, 交流发言), not an address of one's own; not 介绍了经验做法 with no body spoken for (会上，X介绍… is 讲话), nor a
# body's other matters told (代表公司介绍了项目情况).
_EXPERIENCE_ON_BEHALF = re.compile(r"\s*代表(?![队团])[^，。；]{1,12}?(?:介绍|交流|分享)了?[^，。；]{0,10}?(?:经验|做法)")
# 会议听取（和审议）了副市长李某关于…的报告: the report heard is the one named's own, given at the meeting
# (also made on a body's commission, 受县政府委托所作的关于…的报告: still the one named's report, §4 fifteenth round)
# (作报告, like 李某所作的…报告, GUIDELINES §4); the verb of hearing right before the title, the report after the name.
# (a 报告 or 汇报 after 关于…的: a 汇报 heard from the one named is theirs, as 作…情况汇报 is, §4 tenth review round;
# not a 通报 heard, which stays no role, nor a report's text 报告稿, 报告书, 汇报材料, nor a reporting session 汇报会)
# The verb of hearing a report (听取了, 听取和审议了): read before a report's title and before a list of those reporting.
_HEARD_VERB = r"听取(?:和审议|并审议|、审议)?了?"
_HEARD_BEFORE_TITLE = re.compile(_HEARD_VERB + "$")
_REPORT_OF_NAME = re.compile(r"(?:同志)?(?:受[^，。；“”《》]{1,20}?委托)?(?:所?[作做]的)?关于" + _REPORT_TOPIC
                             + r"的[\u4e00-\u9fff]{0,8}?(?:报告|汇报)"
                             r"(?![会厅人书单稿材片])")
# 会议听取了副主席甲、秘书长乙和副秘书长丙分别就有关议题所作的说明: several named in a list after the verb of hearing,
# each one's report or 说明 heard (作…说明 presenting a report is 作报告, GUIDELINES §4 thirteenth and seventeenth review
# rounds); the list's joints before a name (甲、乙和丙), the rest of the list and 分别/先后 after it, and the report
# told 就…所作的 or 关于…的 (not 听取了甲的意见: views, no report; nor a 说明会 or 说明书).
_HEARD_IN_LIST = re.compile(_HEARD_VERB + r"(?:[^，。；的“”《》]{1,60}?[、和及与])?$")
_REPORT_OF_LISTED = re.compile(r"(?:同志)?(?:[、和及与][^，。；、的“”《》]{1,16}?)*?(?:同志)?(?:分别|先后|各自)?"
                               r"(?:关于" + _REPORT_TOPIC + r"的|就" + _REPORT_TOPIC + r"所?[作做]的)"
                               r"(?:(?!报告|汇报|材料)[\u4e00-\u9fff]){0,8}?(?:报告|汇报|说明)(?![会厅人书单稿材片])")
_TOLD_OF_ONESELF = re.compile("[^，。；会]{0,12}?(?:体会|感受|心得|收获|经历|认识|想法|建议|思路|变化|愿景|打算|梦想|初心)")
_GAVE_LECTURE = re.compile(r"(?:上|讲|授)了?一(?:堂|次|场)[^，。；]{0,12}党课")
# (带领…学习了新修订的《…》: a short modifier of the text before its title)
_LEADS_STUDY = re.compile(r"^\s*带领[^，。；]{0,10}学习了?(?:[^，。；《]{1,6}的)?《")
# 在会上传达了总理的批示内容: a superior's written directive or message conveyed to the meeting, its text read out (宣读,
# like a 贺辞 read out by another, GUIDELINES §4 thirty-sixth round); not 传达了…批示精神 or 传达…会议精神 (the spirit
# relayed, no text read), nor 按照…的批示 (a directive followed).
# 甲、乙、丙等一批知名作家、评论家就如何繁荣创作问题进行了充分研讨: people listed closing on 等, then the question they take
# up at a symposium, each a participant speaking there (发言, GUIDELINES §4 thirty-sixth round); not one person alone
# (县长某某就…进行了研讨: a chair's meeting), nor 进行了讨论 or 进行了会谈 (talks between sides, no role).
_GROUP_SYMPOSIUM_TURNS = re.compile(r"^(?:等人?|等等)[^，。；：“”]{0,20}?就[^。；：“”]{1,30}?进行了?"
                                    r"(?:充分|深入|热烈|认真|广泛)?研讨")
# A sentence telling talks or a meeting with someone held (当晚，他同某某举行了会谈。, 两人举行了会晤): remarks in the next
# sentence are made there, not inside an address named before it (GUIDELINES §4 thirty-sixth round); a sentence naming an
# address (致辞, 讲话, 发言, 答谢辞, 祝酒) goes on with it.
_TALKS_HELD_SENTENCE = re.compile(r"(?:举行了?|进行了?)[^，。；]{0,6}?(?:会谈|会晤|磋商)(?![纪记公声])")
_ADDRESS_NAMED_IN = re.compile("致辞|致词|讲话|发言|答谢|祝酒|欢迎词|欢迎辞")
# (the text conveyed closing the clause of the one who wrote it: kept when that clause is masked, _mask_clause_rest)
_CONVEYED_TEXT_END = re.compile(r"的(?:批示|指示|贺信|贺电|来信)(?:的?内容|全文)?$")
_DIRECTIVE_CONVEYED = re.compile(r"^[^，。；]{0,12}?传达了?[^，。；]{0,24}?(?:批示|指示|贺信|贺电|来信)(?:的?内容|全文)?"
                                 r"(?![\u4e00-\u9fff“《])")
# 带领12名新党员面向党旗庄严宣誓: leading an oath, 宣读 like 领誓 (GUIDELINES §4, thirteenth review round); not 带领党员参观…,
# 带领大家学习 (_LEADS_STUDY), nor an oath the person only takes (秦某庄严宣誓), nor a renewal of the oath led (带领全体党员
# 重温入党誓词: no role, as the invented tuning gold syn_e07 reads it).
# (not 带领大家参观了宣誓大厅, 观看入党宣誓仪式: 宣誓 naming a place visited or an event watched, no oath led; nor
# 带领党员重温入党宣誓, the renewal again)
_OATH_LED_RUN = r"(?:(?!参观|观看|走进|来到|前往|观摩|瞻仰|重温)[^，。；]){0,16}?宣誓(?![书词厅台墙馆室场])"
_LEADS_OATH = re.compile(r"^\s*(?:并|随后|还|又|首先)?带领" + _OATH_LED_RUN)
# 在X的带领下(，)新党员…宣誓: the passive frame names the one who leads the oath, 宣读 like 在审判员X的领誓下 (§4, thirteenth
# review round); the oath in that clause or the next (not 在X的带领下参观了…，并宣誓: an oath two clauses on; not 在X的带领下，
# 全体党员重温入党誓词: a renewal, no role).
_LED_OATH_FRAME = re.compile(r"(?:同志)?的带领下[，,]?" + _OATH_LED_RUN)
_TITLED_LECTURE = re.compile(r"作了?题为《[^》]{1,60}》的[\u4e00-\u9fff]{0,4}党课")
# 主持人：区委组织部部长赵红, 主持会议的是…: the role written before the title and name.
# (主持会议的县委副书记王某指出: the chair named by a relative clause opening the clause; not 在甲主持的会议上乙…)
# (名师工作室主持人、江城一中教师李娜作专题讲座: 主持人 closing a post's noun, the head of a studio or a presenter of a
# programme, is a title word, no label of the chair, GUIDELINES §3 host: the person who chairs, not a title noun)
_TITLE_NOUN_BEFORE_HOST = NOT_AFTER_HOST_POST_NOUN  # (节目主持人, 工作室主持人: a post, cr34 C2)
_ROLE_LABEL_BEFORE = literal_gated(re.compile(r"(?:(?:主持人|主持)[:：]|" + _TITLE_NOUN_BEFORE_HOST + r"主持人[是为、]|主持[^，。；]{0,4}的是"
                                              r"|(?:^|(?<=[，。；：\s]))主持(?:会议|大会|[^，。；的]{0,4}?(?:会|式|礼))?的)\s*[^，。；:：\n]{0,30}?\s*$|"
                                              + _HOST_LABEL + "(?:[\u4e00-\u9fff]{2,4}、){0,3}$"))  # (主持人李娜、赵鹏: each of the list)
# Words of conferring awards or honours in a sentence (主礼 confers only at such an occasion).
_CONFERRING = re.compile(f"{_CONFERRING_VERBS}|追授|授勋|授衔|授旗|颁证|嘉许|表扬|表彰|勋章|星章|奖章|奖状|奖杯|证书|奖项|获奖|得奖"
                         f"|奖学金|{PRIZE_GRADES}|荣誉|纪念章|绶带|{_BANNER_WORDS}")
# A conferral written as an honours list (行政长官颁授大紫荆勋章予三位人士): 颁授 what, then 予 whom, in one clause.
# A conferment of ranks or decorations named as a topic (介绍了授衔工作情况, 宣读授衔命令, 通报了民警授衔晋升工作): the
# work or the order talked about, no conferring by the one named.
_CONFERMENT_TOPIC = re.compile("工作|命令|文件|晋升|情况|名单|事宜|政策|制度")
_CONFERMENT_TRIGGERS = frozenset(("授衔", "授勋"))
_LISTED_CONFERRAL = re.compile("颁授[^，。；！？\n]{1,30}?予")
# 局长甲担任主礼嘉宾并致辞。…署长乙主持颁奖仪式: a guest of honour who only gives an address while another hands out the
# prizes takes 致辞, not 颁奖 (GUIDELINES §4 twentieth review round). The guest's own conferring act, from the name on
# until another speaker is named: a conferring verb or 主持颁奖 (主礼 itself is none).
_OWN_CONFERRAL = re.compile(f"{_CONFERRING_VERBS}|主持(?:了)?颁奖")
_JOINED_BEFORE = re.compile("[与和同及、]|偕同|联同|陪同")
# Words that report a gathering held (典礼, 仪式, 大会, 举行): without any, a listed conferral is no ceremony reported.
_GATHERING_WORD = re.compile("典礼|仪式|大会|会议|会上|颁奖礼|授勋礼|表彰会|晚会|酒会|举行|举办|召开|主礼|主持|现场|台上|出席")
# The character before the 长 of a post (局长, 班长, 村长, 董事长): a 长 after it ends that post, it opens no compound
# surname 长孙 (二班班长孙磊 is 孙磊, not 长孙磊); the posts of job_titles.txt that end in 长, and bodies written here.
_POST_BEFORE_ZHANG = frozenset("局部司处科院校所厅署会团社室队组股站") | frozenset(
    word[-2] for word in word_list(_JOB_TITLE_LINES) if len(word) > 1 and word.endswith("长"))


def _post_ends_at(text: str, i: int) -> bool:
    """工业局局长孙东: the 长 at ``i`` ends the post 局长; it starts no name (no 长孙).  Nor does the 公 of 办公室 or
    办公厅 after the item-opening 办 (县委办公室主任宣读…: an office's head left unnamed, no 公室)."""
    if i <= 0:
        return False
    if text[i : i + 1] == "公":
        return text[i - 1] == "办" and text[i + 1 : i + 2] in ("室", "厅")
    return text[i : i + 1] == "长" and text[i - 1] in _POST_BEFORE_ZHANG
_LECTURER_LABEL_BEFORE = re.compile(r"(?:主讲人|主讲嘉宾|报告人)(?:[:：]|[是为])\s*[^，。；:：\n]{0,30}?\s*$")
# 在大会上发言的还有联想集团副总裁李某、…: names listed after 'those who spoke were' (up to the name).
# (after a colon the list may run over commas; else it stops at the clause's end)
# (颁奖嘉宾：甲、乙; 颁奖嘉宾为甲、乙: a ceremony's presenters under their label, GUIDELINES §4 颁奖)
_LISTED_AFTER_ROLE = first_char_gated(r"(?:(?<!听取)(?<!听了)(?<!听)(?P<role>发言|讲话|致辞|作报告|颁奖)的(?:领导|嘉宾)?(?:还|也)?(?:有(?!关)|是)"
                                      r"|(?:^|(?<=[，。；！？\n]))(?P<role2>颁奖)嘉宾(?:分别)?(?:有|是|为)?(?=[:：]|(?<=[有是为]))"
                                      # (述职人为甲、乙, 点评嘉宾：丙: the label of a programme's turn before the names, GUIDELINES
                                      # §4 thirty-first round)
                                      r"|(?:^|(?<=[，。；！？\n]))(?:会议|现场)?(?P<role3>述职|点评)(?:人|嘉宾|领导)(?:分别)?(?:有|是|为)?"
                                      r"(?=[:：]|(?<=[有是为])))"
                                      # (颁奖嘉宾：甲；乙；丙: items of title and name set off by semicolons)
                                      r"(?:[:：](?:[^。；;，,:：]{1,24}[；;])*[^。；;]{0,80}|[^，,。；;:：]{0,60})$")
_TRAILING_SPACE = re.compile(r"\s*$")


def _end_before_space(text: str, pos: int) -> int:
    """The offset where ``text[:pos]`` ends once its trailing whitespace is dropped (``len(text[:pos].rstrip())``
    without copying the prefix)."""
    return _TRAILING_SPACE.search(text, 0, pos).start()


# …，并与/宣读…后，与 right before a partner's title and name: the subject goes on to act together with the partner.
_WITH_PARTNER = re.compile(r"(?:[，,]\s*(?:并|随后|然后|之后|同时)?|并|后[，,]?)\s*(?:与|同|和|偕同|会同|联同)$")
# Roles two people share when the first does nothing else in the sentence (并联同B为…颁发: a conferral done together).
_JOINT_ROLES = ("颁奖",)
# A clause break between two names of a sentence.
_CLAUSE_END_IN = re.compile("[，,；;。！？!?]")
# What may follow a name in a clause of its own that is only a list item (甲同志，乙…; 甲（县委书记），乙…).
_LIST_ITEM_REST = re.compile(r"\s*(?:同志|等)?\s*(?:[（(][^）)]{0,30}[）)])?\s*")
# A verb of a completed act (通报了有关情况, 观看了展览): the clause tells an act of its own.
_DONE_ACT = re.compile(r"[^，,；;。]{0,8}?[\u4e00-\u9fff]了")
# A clause that only frames a later shared act (甲围绕…，乙就…，丙结合…分别作了发言): a preposition opens it.
_FRAMING_CLAUSE = re.compile(r"\s*(?:围绕|就|对|结合|从|针对|以|按照|根据|紧扣|聚焦|立足|紧密结合|分别|先后|依次|相继|在|代表|作为)")
# 先后致辞, 分别讲话: the role after the last name belongs to every name listed before it.
_SHARED_ROLE = re.compile(r"先后|分别|依次|相继")
# The joint before the last name of a list that shares a title written once before it (副局长李明和王芳分别…).
_LAST_ITEM_JOINTS = frozenset("和及与")
# 提出了改进要求, 对下一步工作提出要求: 要求 as the object of 提出 (a noun, not the verb 要求).
_DEMAND_NOUN = re.compile(r"提出了?[^，。；,;]{0,8}$")
# 对做好…工作提出三点意见: counted points put forward, like 提出三点要求 (讲意见, GUIDELINES §4); not 提出了修改意见
# or 征求意见, views given on a text.
_POINTS_PUT = re.compile(r"提出了?[\d一二三四五六七八九十两几]+[点条](?:具体|指导性?)?$")
# A verb of attending or listening after a name, then a clause break: that person's own clause.
# Unnamed officials or representatives joined by 和/及/与 before a named person's title (市商务局、高新区负责人和华远集团
# 董事长刘某, 各乡镇主要负责人及县水利局局长王某): their posts name other people (GUIDELINES §4 title, unnamed people).
# (11国的政府首脑及欧盟委员会主席桑特, 市领导和市发改委主任王强, 各国官员与联合国秘书长X: a group of people by a noun
# of many, heads, leaders, officials, guests, experts, members, comrades, likewise)
_UNNAMED_JOINED_BEFORE = re.compile(r"(?:负责人|负责同志|代表|有关人员|首脑|领导|官员|嘉宾|专家学者|专家|学者|成员|人员|同志|们)"
                                    r"(?:和|及|以及|与)(?=[\u4e00-\u9fff]{2})")
# A document's title closed then a list mark before a title (听取了总经理张某所作的《…报告》、工会主席李某所作的…): the
# title ends the item before, the object of another person's report, no part of the next one's post (GUIDELINES §4 title);
# not 《人民日报》社长, a paper's name glued to the post with no list mark between.
# (《归雁》以临溪市…退休教师甘守仁的真实经历为原型: a work's title then the 以 of what it is based on, a topic frame, §4 a
# person named as a topic; the chain after it is the person's own)
_DOCUMENT_ITEM_BEFORE = re.compile(r"》(?:、|和|及|以及|与|以)")
# A name before 的 and a word for a relative, pupil or aide (吴某的亲属代表吴小华, 张某的夫人李某): a person named to
# say whose relative the next one is, no actor. An honorific may stand between (吴某同志的亲属代表…, newspapers write
# the one commemorated so), and a name before 生前 is one who has died (吴某生前所在连队指导员…): named, never acting.
_KIN_OF = re.compile("(?:同志|先生|女士|烈士)?(?:的(?:亲属|家属|亲人|后人|后代|子女|儿子|女儿|孙子|孙女|父亲|母亲|父母"
                     "|夫人|妻子|丈夫|遗孀|学生|弟子|秘书|战友|生前好友)|生前)")
# One relative after 的 (王某的父亲王某某, 陈某烈士的母亲刘某): the bare name after the word is a person, read when a speech
# act or a report follows it (…先后作了报告; GUIDELINES §4 eighteenth round: the relation is no title, the name is the
# speaker's); not 母亲河, 父亲节 (no surname after the word) and only after 的, so no word that merely ends in a kin
# word (祖国母亲) opens a name.
# (searched with no gate: it opens on the literal 的, which the engine scans for fast, and 的 is on almost every page,
# so an ``in`` test before it spares nothing; its 17 kin words are more than a literal gate is worth, MAX_REQUIRED_LITERALS)
_KIN_WORDS = "儿子|女儿|孙子|孙女|父亲|母亲|夫人|妻子|丈夫|爱人|遗孀|战友|生前好友|哥哥|姐姐|弟弟|妹妹"
_KIN_BEFORE_NAME = re.compile(f"的(?:{_KIN_WORDS})")
# The same word with no 的, after the 、 of a list of those who spoke (指导员张明、战友李强先后作了报告): the person named
# after it is a speaker too, the relation no title (GUIDELINES §4 eighteenth round); only after 、, where the word can
# only label the next item (not 战友情, 他和父亲…), and only with the speech act or report right after the name.
_KIN_LISTED_BEFORE_NAME = re.compile(f"、(?:{_KIN_WORDS})")
_ACT_AFTER_KIN_NAME = re.compile(_SPEECH_AFTER_LABELLED_NAME.pattern
                                 + r"|(?:也|还|又|随后|先后|相继|在会上){0,2}作了?[^，。；]{0,8}?报告")
# Words of which every match of _ACT_AFTER_KIN_NAME, and so of _SPEECH_AFTER_LABELLED_NAME, holds one (发言, 讲话, 致辞,
# 报告…): a sentence with none has no labelled name to read, and its label scans are spared (("",) passes every text,
# should the pattern ever give no such words).
_SPOKEN_WORDS: tuple[str, ...] = tuple(required_literals(_ACT_AFTER_KIN_NAME) or ("",))
# (one search for any of them, tried on every sentence: faster than an ``in`` test per word, regex_gate.LITERAL_SCAN_MIN)
_SPOKEN_WORD = re.compile("|".join(map(re.escape, _SPOKEN_WORDS)))
_OWN_CLAUSE_VERB = re.compile(r"(?:出席|参加|听取|陪同|观看|会见|看望|调研|考察)[^，。；,;]*[，,；;]")
# Academic ranks written after a name that already has a title before it join the chain
# (西南大学党委书记李旭锋教授 -> 西南大学党委书记、教授).
# Military ranks likewise (市人民武装部部长张某大校 -> 市人民武装部部长、大校); the field-grade ones are no words of
# the title lexicon (大校 would split 北大校长), so the title after a name reads them here.
_MILITARY_RANKS = ("上将", "中将", "少将", "大校", "上校", "中校", "少校")
# Hong Kong police and fire ranks (观塘区警区指挥官黄某总警司 -> 观塘区警区指挥官、总警司), read like the military ones.
_UNIFORMED_RANKS = ("高级助理处长", "总警司", "高级警司", "警司", "总督察", "高级督察", "副消防总长", "消防总长",
                    "高级消防区长", "消防区长", "救护总长")
_MILITARY_RANKS = (*_MILITARY_RANKS, *_UNIFORMED_RANKS)
# (校监黄某神父, 医院行政总监温某医生: a religious post or a physician written after the name of one whose post is
# written before it joins the chain too, GUIDELINES §4 tenth and twenty-third review rounds: religious posts are titles,
# 神父 and 医生 after a name are titles like 教授; a rank written after the name joins the chain with 、)
# A diplomat's rank after the name likewise (中国常驻联合国代表秦华孙大使 -> 中国常驻联合国代表、大使, as the probe gold reads
# it; GUIDELINES §4: a rank written after the name joins the chain with 、).
_DIPLOMATIC_RANKS = ("大使",)
_RANKS = ("教授", "副教授", "研究员", "副研究员", "院士", "博士", "讲师", "高级工程师", "工程师", "主任医师", "副主任医师",
          "医生", "神父", "牧师", "修女", *_MILITARY_RANKS, *_DIPLOMATIC_RANKS)
_RANK_BEFORE_NEXT = re.compile("(?:" + "|".join(_RANKS) + "|先生|女士)(?=[，,、])")
# The rank after a dotted foreign name (_LATIN_GLOSS, above: 化学系大卫·帕克（David Parker）教授), any of _RANKS (…讲师,
# …高级工程师, …主任医师, cr34 C3, not a list of its own).
# (大卫·帕克特聘教授, …高级研究员, …客座教授: a qualifier of the rank is the title's, not the name's, §4)
_RANK_QUALIFIERS = "特聘|高级|客座|助理|终身|荣誉|名誉|兼职|访问|首席|讲席"
_RANK_WORDS = "|".join(longest_first(_RANKS))
_RANK_QUALIFIER = re.compile(f"(?:{_RANK_QUALIFIERS})(?=(?:{_RANK_WORDS}))")
_RANK_AFTER_DOTTED = re.compile(f"(?:{_LATIN_GLOSS.pattern})?(?:{_RANK_QUALIFIERS})?(?:{_RANK_WORDS})")

# A verb of holding: one before the planning word tells a meeting held first (…召开主席会议，研究确定于…召开…).
_HOLDING_VERBS = "召开|举行|举办|开班|开幕"
_HOLDING_VERB = re.compile(_HOLDING_VERBS)
# A verb of holding not itself ahead (not 将召开, 拟举行, 要举办, 关于召开): a meeting the sentence tells as held.
_HELD_VERB = re.compile(f"(?<![将拟要于])(?:{_HOLDING_VERBS})")
# A word of intent or a coming day earlier in the verb's clause (计划召开, 准备召开, 下周召开, 将在县会议中心召开): the
# holding lies ahead, so the clause tells no meeting held (为迎接…，县文旅局计划召开筹备工作会议, GUIDELINES §3).
_AHEAD_IN_CLAUSE = re.compile("(?:计划|准备|打算|拟|将|下周|下月|明天|明日|后天|择期)[^，,；;。！？\n]{0,12}$")
# 在会上, 会上，, 在本次大会上: the frame of a meeting held, whose acts are told after it (会上，县长张华宣布将于…);
# not 社会上, 机会上.
_AT_MEETING_FRAME = re.compile("(?<![社机])(?:本次|此次|这次)?(?:会议|大会|全会|会)上")
# A line of a notice's or programme's agenda: an enumerator (三、, （二）, 1.) or a clock time (09:00, 09:00-09:20)
# opening the line, then a label and a colon before the name (三、主持人：…, 四、议程：…讲话, 09:00 开幕式，主持人：…,
# 09:20 主旨演讲：…): a plan set out, no account of acts done. (A held meeting's report writes 主持人：… with no
# enumerator or time before it.)
_AGENDA_LINE = re.compile(
    r"[ \t\u3000]*(?:(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、](?!\d))"
    r"[^\n：:，。；]{0,8}?(?:议程|日程|安排|主持人|主持|主讲人|报告人|嘉宾)"
    r"|(?P<clock>\d{1,2}[:：]\d{2})(?:\s*[-—–~至]\s*\d{1,2}[:：]\d{2})?[^\n：:。；]{0,16}?)[:：]"
)
# 图文直播, 文字实录: a page reporting a meeting as it goes on, whose clock-time lines are acts done, no programme.
_LIVE_REPORT = re.compile("直播|实录")
# 关于召开…的通知, 现将有关事项通知如下: a notice, whose agenda lines set out a plan whatever else it tells.
_NOTICE = re.compile("通知")
# The roles of an address whose remarks may tell a habit of others (致辞时赞扬…多年来在…, 讲话时肯定…多次为…).
_PRAISING_ROLES = frozenset({"讲话", "致辞", "发言", "点评"})
# 多次在…会议上作报告, 经常应邀…, 每年主持召开…: a repeated act (GUIDELINES §3: habitual and series meetings are
# none), the repetition word right before an occasion or an act of meeting (not 在会上多次强调: many times at this
# one); 主持召开…会议20余次: a tally of meetings held, closing the clause.
_REPEATED_DIRECTIVE_ACTS = "过问|批示|作出批示|指示|作出指示"
# (多次过问灾情，指示有关方面…: a directive clause going on from inquiries repeated in the clause before, outside any
# meeting; thirty-fourth round)
_REPEATED_INQUIRY = re.compile(rf"(?:多次|屡次|数次|一再)(?:亲自)?(?:{_REPEATED_DIRECTIVE_ACTS})[^。；！？]*[，,]\s*$")
_DIRECTIVE_OPENS = re.compile(r"\s*(?:并|还|又)?(?:指示|批示|作出指示|作出批示|要求)")
_HABITUAL_ACT = re.compile(
    # (多次批示, 一再作出指示: directives repeated outside any meeting, thirty-fourth round)
    r"(?<![中上])(?:多次|屡次|数次|经常|常常|每每|多年来|历年来|每年)(?:在|到|赴|应邀|受邀|主持|参加|出席|召开|组织|为"
    rf"|{_REPEATED_DIRECTIVE_ACTS})|(?<![中上])一再(?:{_REPEATED_DIRECTIVE_ACTS})"
    r"|(?:召开|举行|举办|主持)[^，。；]*?(?<!第)[\d一二三四五六七八九十百两]+[余多]?[次场]$"
)
# A name in Latin letters right after a title (哈佛大学教授Michael Smith作了…, 斯坦福大学教授David Chen应邀…): two
# or three capitalised words, no more letters after them.
_LATIN_AFTER_TITLE = re.compile(r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}(?![A-Za-z])")
# An honorific after a foreign name (弗雷泽·斯托达特爵士): no part of the personal name (GUIDELINES §4: the name only).
# (约翰·史密斯教授, 汉斯·韦伯博士: a rank or courtesy title right after a foreign name ends it too)
_HONORIFIC_AFTER = re.compile("爵士|勋爵|女爵|(?:副)?教授|博士|(?:副)?研究员|院士|先生|女士")
# A day written right after a foreign name (拉洛·普拉萨德·亚达夫24日在…上宣布, 彼得·布朗２４日表示): it ends the name, as a
# day after a Chinese name does (王晓晖23日在北京介绍); the digits are no syllable of it.
_DAY_AFTER_NAME = re.compile(rf"{DATE_NUMBER}日")
# 为学员上了开班第一课, 给新生上了一堂思政课: a class given to the audience after 为/给 (a lecture, GUIDELINES §4;
# a party lecture when the class is one); not 课程, 课题 or 课件.
# 为老党员佩戴纪念章, 给获奖者戴上奖章: a medal pinned on those honoured is conferred (GUIDELINES §4 颁奖, like 颁发); not
# 为新党员佩戴党徽, 佩戴口罩 (no honour), nor 为…佩戴纪念章的 (the act naming those given it).
_MEDAL_PINNED = re.compile(r"(?:为|给)[^，。；为给]{1,16}?(?:佩戴|戴上|挂上|披上)了?[^，。；]{0,16}?"
                           r"(?:纪念章|奖章|勋章|荣誉章|绶带)(?!的)")
# (王强出席仪式，工作人员为老党员佩戴纪念章: in a later clause, another subject pins the medal, not the person)
# (the clause is the window: its words before 为/给 end on a subject noun of their own)
_OTHER_SUBJECT_PINS = re.compile("(?:^|[，；,;])[^，。；,;]*?(?:人员|小姐|志愿者|学生|队员)们?(?:分别|依次|一一|逐一|现场)?$")
# 向支队授“抗洪抢险尖兵”锦旗, 为先进单位授流动红旗: a banner or plaque handed to those honoured with the bare verb 授 and
# the honour written between (GUIDELINES §4 授旗, 授牌 -> 颁奖); 授予 is a trigger already. Not a banner given in thanks
# (向派出所赠送锦旗, 送上锦旗: no 授), nor one received (接受…授旗: the receiver has no 向/为/给 before the object).
_BANNER_CONFERRED = re.compile(r"(?:向|为|给)[^，。；向为给]{1,16}?授(?!予)了?(?:“[^”，。；]{1,16}”)?"
                               rf"(?:{_BANNER_WORDS})")
# (为全体师生上了题为《做有担当的青年》的“开学第一课”: the lesson's title before it, as long as it may be, no gap to cross)
_GAVE_CLASS = re.compile(r"(?:为|给)[^，。；]{1,12}?上了?(?:一堂|一节)?(?:题为[《“][^》”，。；]{1,30}[》”]的)?[^，。；]{0,10}?"
                         r"(?P<kind>党课|党史课|党纪课|党性课|课)(?![程题件本堂])")
# 县长X在政府工作报告中指出/说/提出, 在施政报告中表示 (施政总报告, as Taiwan councils name it): one who speaks from the
# report that is the session's own business has 作报告 as well as 讲话 (GUIDELINES §4 fourteenth review round); not 在…报告中提出的…要求 (_OWN_REPORT_CITED), nor a party
# congress's report (_CONGRESS_REPORT_AFTER), nor a report named by whose it is (在市长的政府工作报告中: another's).
# (校长X在校务报告中指出, 院长在院务报告中表示: an institution's yearly report that is the ceremony's own business, a Hong
# Kong school's speech day or a hospital's annual meeting, the same report given, §4 fourteenth round)
_OWN_REPORT_SPOKEN = re.compile(r"^\s*(?:同志)?(?:还|也|又|同时|进一步)?在(?:今年的?|本次会议的?|所作的|作的)?(?P<report>(?:政府工作|施政总?|校务|院务|会务)报告)中"
                                r"(?:还|也|又|同时|进一步|明确|特别|再次)?(?P<verb>指出|强调|表示|说|提出|提到|要求|介绍|透露|宣布|回顾)"
                                r"(?![的得])")
# 在政府工作报告中提出的目标任务, 在…报告中提出的…要求: a report's words cited as a thing, no report given (§4).
_OWN_REPORT_CITED = re.compile(r"^\s*(?:同志)?在[^，。；]{0,16}?报告中(?:所)?(?:提出|指出|强调|部署|确定|明确|作出)的")
# 在会中报告产业发展情形, 在会上报告了…情况: 报告 as the verb right after a frame of the meeting (Taiwan cabinet
# releases: 经济部长…在会中报告…): a report given there; not 报告会, 报告厅, 报告人, 报告书, 报告单.
_REPORTED_AT_MEETING = re.compile(r"(?:在|于)(?:本次|此次)?(?:会议?|院会|大会|全会|常委会)(?:中|上)(?:专题|专案)?报告(?![会厅人书单])")
# 进行施政报告, 提出施政报告, 到会进行施政报告 (Taiwan: a mayor's or premier's address to the council), 在会上进行了专题报告: a report
# delivered with the light verb 进行 or 提出 as the person's own verb, opening the clause after at most an adverb, a
# frame or an audience (GUIDELINES §4 作报告); not 要求进行…情况报告 (a report demanded of others), 报告会, 报告书,
# 提出撰写…报告的要求, 提出了形成调研报告等具体要求 (a report named in a demand: 的 or a list closing on the
# demand noun after it), nor 进行审议并听取报告 (another verb between), nor 进行了(年度)述职报告 (述职 only, GUIDELINES §4),
# nor 对…提出“…”报告中的问题进行了询问 (the report a place in which others ask about).
# (率市府团队列席并进行施政报告, 率市府团队进行施政报告, 就“…”进行专案报告: the team led, attending, or the topic
# before the verb; 率…列席，并向议会提出施政报告: 并 opening the clause after the attendance)
_REPORT_DELIVERED = re.compile(r"^\s*(?:并|也|还|又|随后|首先|到会|到场|代表[^，。；]{1,16}?|在[^，。；]{1,20}?(?:上|中)|向[^，。；]{1,20}?"
                               r"|率[^，。；]{1,12}?(?=列席|出席|进行|提出)|(?:列席|出席)并|就[^，。；]{1,30}?){0,3}"
                               rf"(?:进行|提出)(?:了(?!{_ACCOUNT_REPORT})|(?!了|{_ACCOUNT_REPORT}))"
                               # (提出「中小企业数位转型推动成果」报告: the report's subject quoted before 报告)
                               r"(?:[“「『][^”」』“「『，。；]{1,30}[”」』])?"
                               rf"(?:(?![并和与及听审]|{_ACCOUNT_REPORT})[\u4e00-\u9fff\d]){{0,8}}?报告"
                               r"(?![会厅团书人单的中里]|[^，。；]{0,12}?(?:要求|任务|希望))")
# 报告 as the person's own verb right after the name, its object the work or accounts reviewed (总干事叶美娟报告年度业务,
# 校长报告校务 at a HK school's speech day: the principal's report on the school year,
# 理事长报告了2023年度工作成果, 处长报告工程规划; Taiwan and Macau association meetings; 大队长报告侦办经过, 报告案情:
# a police officer briefing a press conference on the case): a report given (GUIDELINES §4
# 作报告); not 报告会, 报告书, 报告称 (a document quoted), nor 报告 of something else (向上级报告险情).
# (局长邹某汇报了全县农村生活污水治理进展情况, 汇报了…工作: the verb 汇报 reporting on work or its progress at the
# meeting, 作报告 like 作…情况汇报, GUIDELINES §4 twelfth review round; not 汇报会, 汇报材料, 向上级汇报险情)
# (局长王某向县委书记李某汇报了全县…工作情况: the one reported to named before the verb does not make the report
# anyone else's: the reporter's 作报告 at the meeting; on a tour with no meeting frame it goes, _reported_on_tour)
# (村党总支书记X代表村党总支报告了全年工作, 代表支委会汇报了…工作情况: the body the report is given for, named after 代表
# between the name and the verb, GUIDELINES §4 thirty-fourth review round, as the ninth round's 报告年度业务)
_REPORTED_WORK = re.compile(r"\s*(?:也|还|又|随后|首先|接着|并|分别|先后|依次)?(?:代表[^，。；向给代表]{2,16}?)?"
                            r"(?:(?:向|给)[^，。；向给]{1,16}?)?(?:报告了?(?![会厅人书单称说中])"
                            # (总经理X报告营运时指出, 报告经营成果: a firm's operations reported at its shareholders' meeting)
                            r"(?=[^，。；]{0,16}?(?:工作|业务|会务|校务|院务|财务|成果|规划|进度|执行情况|概况|收支|计划|侦办经过|侦查经过|案情"
                            r"|营运|经营|营业|业绩))"
                            r"|汇报了?(?![会厅人书单稿材片])(?=[^，。；向]{0,24}?(?:(?:工作|进展|进度|执行|推进|落实|开展|完成)?情况"
                            # (市水文中心主任X汇报了主要江河水情及来水预测, 汇报了当前防汛形势: a state of affairs
                            # reported at the meeting, like 汇报了…情况, GUIDELINES §4 twelfth review round)
                            r"|(?:水|雨|汛|灾|旱|苗|墒|虫|疫|火|警)情|形势)"
                            # (项目负责人、教授X汇报了项目实施方案: a plan of the work presented to the meeting that
                            # reviews it, a report of that work like 汇报了…情况, §4 twelfth round)
                            r"|[^，。；向]{0,24}?(?:工作|方案)))"
                            # (警察局长许世宗报告了全县治安状况, 局长X报告了近期安全检查情况: 报告 of a state of affairs
                            # at the meeting is 作报告 like 汇报了…情况, GUIDELINES §4; with no one reported to before it,
                            # since 向上级报告了…情况 is a report up the line, no talk given)
                            # (董事长X向股东代表报告了公司经营情况, 向职工代表报告了…情况: reported to the delegates or
                            # members of the body whose congress it is, not up the line: 作报告 at that meeting, §4)
                            r"|\s*(?:也|还|又|随后|首先|接着|并)?(?:(?:向|给)(?:全体|与会|到会|参会)?(?:(?:股东|股民|职工|会员|社员|村民|居民)?代表|股东|股民|会员))?"
                            r"报告了?(?![会厅人书单称说中])(?=[^，。；向]{0,24}?(?:情况|状况|情形))")
# 受区政府委托作了关于2023年区级财政决算的说明, 就《…条例（草案）》作说明: a bill or report presented with 作…说明 is
# 作报告 (GUIDELINES §4 thirteenth review round), its 说 no remark: the 说明 names the bill or report (关于…的说明, or a
# document after 就/对, also one named bare: 对方案作了说明), or the presenter acts on a body's behalf (受…委托); not
# 就群众关心的问题作了说明 (an answer), 说明会 (an event), 说明书; 就《…法案》作出说明: a bill in HK, Macau and Taiwan
# releases (法案, not 草案).  A body's state of affairs explained (对村集体“三资”管理
# 情况作了说明, 就项目推进情况作说明) is such a report, like 汇报了…情况; not a situation someone asked about (就群众反映的情况).
_BILL_PRESENTED = re.compile(
    r"(?:作|做)了?(?:[^，。；作做]{0,6}?)关于[^，。；]{1,60}?的[\u4e00-\u9fff]{0,4}?说明(?![会书])"
    r"|(?:就|对)[^，。；]{0,60}?(?:草案|条例|办法|规定|议案|法案|报告|方案|预算|决算|规划|计划|修正案|决定|(?<!的)情[况形]|安排|重点|要点|思路)"
    # (就《…三年行动方案（2023—2025年）》作了说明, 《…办法（试行）》: a period or status in brackets closing the title)
    r"(?:[（(][^）)，。；]{1,16}[）)])?[^，。；\u4e00-\u9fff]{0,4}"
    # (就《…决定》（草案）所作的说明: the presentation heard, told in an attribute)
    r"所?(?:作|做)了?[\u4e00-\u9fff]{0,4}?(?:说明|引介)(?![会书])"
    r"|受[^，。；]{1,20}?委托[^，。；作做]{0,8}?(?:作|做)了?[\u4e00-\u9fff]{0,4}?说明(?![会书])"
    # (就法案作出引介, 引介《…》法案: the introduction of a bill, as Hong Kong and Macau legislatures name presenting it,
    # the same act as 作说明)
    r"|引介了?[^，。；]{0,30}?(?:法案|草案|议案|条例)")
# 答复议员的质询时表示, 答覆议员提问: an officer answering members at a council session speaks there (讲话, GUIDELINES §4
# fourteenth review round, like answering questions); not a written answer (书面答覆), nor an answer to letters or to
# others than members (答复了群众来信).  Reporters' questions answered at a press conference (回答了记者提问, 答记者问,
# 就记者关心的问题作了回答) are the same act: answering questions put at the event (讲话, GUIDELINES §4 fourteenth
# review round); a question put by the reporter (记者提问时说) is no answer.
# (出席发布会并回答记者提问: one attending who answers there, like 出席并讲话)
# 就企业家提出的问题逐一作了回应, 就群众关心的问题作了解答: questions put by those present answered at the event, the
# same act (讲话, GUIDELINES §4: answering questions); not a directive that others answer (要求各部门就…问题作出回应:
# the window opens with 要求), nor a promise (将就…问题作出答复).
# (对委员们提出的意见建议逐一作了回应: opinions and proposals put by members answered in turn, the same act as questions)
_RAISED_POINTS = r"(?:问题|意见建议|意见和建议|意见|建议|诉求|关切)"
_ANSWERED_QUESTIONS = re.compile(r"^\s*(?:[在于])?(?:会上|会议上|大会上|发布会上)?[，,]?(?:(?:出席|参加)[^，。；并]{0,12}?(?=并))?"
                               r"(?:也|还|又|同时|随后|并|逐一|分别|现场)?(?<!书面)"
                               # (东方明就“…”等问题回答了记者提问: the topics of the questions set before the answer,
                               # fresh4 f4s)
                               r"(?:就[^。；]{0,30}?问题[，,]?)?"
                               r"(?:(?:答复|答覆|回答)了?[^，。；书]{0,6}?(?:议员|委员|代表|记者|媒体)[^，。；]{0,6}?(?:质询|提问|询问|问题)"
                               r"|答(?:记者|媒体)(?:提)?问"
                               r"|就[^，。；]{0,6}?(?:记者|媒体)[^，。；]{0,10}?问题(?:作|做)(?:了|出)?(?:回答|解答|答复)"
                               # (就员工提出的劳动合同、民间借贷等问题作了解答: the topics listed before the noun)
                               r"|就[^，。；就]{0,12}?(?:提出|反映|关心|关注|提)的(?:[^，。；]{0,16}?)?" + _RAISED_POINTS
                               + r"(?:一一|逐一|逐个|现场)?(?:作|做)(?:了|出)?(?:回应|回答|解答|答复)"
                               r"|对(?:[^，。；对]{0,12}?(?:提出|反映|关心|关注|提)的[^，。；]{0,16}?|这些|上述|相关)?" + _RAISED_POINTS
                               + r"(?:一一|逐一|逐个|现场)(?:作|做)(?:了|出)?(?:回应|回答|解答|答复)"
                               # (针对群众提出的问题，镇长甲逐一作了回应: the points raised set before the name, answered in
                               # turn; not 要求各部门逐一作出答复, a directive, nor 将逐一答复, a promise)
                               r"|(?:一一|逐一|逐个)(?:作|做)(?:了|出)?(?:回应|回答|解答|答复))")
# 議員甲質詢時說…。局長乙答覆，…; 局长乙答复指…: an officer's bare answer right after a member's question told at the
# session (讲话, GUIDELINES §4 fourteenth review round: 答复 a councillor's question), the answer opening after the comma;
# not a written answer (书面答复), nor one promised (将答复) or given to letters (答复了群众来信: an object follows).
# (周某答覆将交由理事会研议: the answer's content right after the verb, a future of what will be done)
_ANSWERED_BARE = re.compile(r"^\s*(?:随即|随后|当场|现场|则|也|即)?(?:答复|答覆)(?:时)?(?:[，,：:]|$|[指称稱](?![出定])|说|說"
                            r"|(?=将|会(?![议上中])|表示))")
# A member's question told before the answer, in the text so far (质询, 質詢, 提问, 询问 at a council session).
# (会员代表林某在临时动议中建议…: a member's proposal at the session, answered as a question is)
_MEMBER_QUESTIONED = re.compile("(?:议员|議員|委员|委員|代表)[^。！？\n]{0,30}?(?:质询|質詢|提问|提問|询问|詢問|建议|提议|动议)")
# 企业家代表张华反映了企业融资难的问题, 委员王强反馈了群众的意见: a participant at a forum or 座谈会 raising problems or
# opinions there speaks (讲话, GUIDELINES §4 sixteenth review round, like 提出建议); not reporting back to someone (向…反映),
# nor an inspected body's remedies or an inspection's findings (整改, 巡察: ruled apart, tenth round).
# (种植户李春花反映，去年部分地块受旱减产，希望…, 安德烈·施密特反映，海运费用上涨…: 反映 closing its clause, what is raised
# told as words after the comma, like 提出，…; only 反映, since a bare 反馈， is an inspection's or a remedy's report, and not
# remedies reported so, 反映，整改已完成)
# (提出了融资难融资贵的问题, 反映饲料价格上涨: a problem put forward with 提出了…问题, and a bare 反映 with what is raised
# right after it, are the same act at a 座谈会 or 院坝会, GUIDELINES §4 twenty-first round, second part; not 提出的问题, a
# noun, nor 反映出/反映在, what something shows)
# 委员王强在审议时建议…, 在分组审议中提出，…, 在讨论时反映，…: the session's deliberation named between the name and the
# verb places the point raised at the session (GUIDELINES §4 seventeenth round: a proposal spoken at a council session),
# like 会上; not an inspection or a visit (在调研时建议: no session words).
# (在临时动议中建议…: the session's extempore motions, Taiwan's 臨時動議, an item of the session like its deliberation)
_AT_SESSION = r"(?:在(?:会上|(?:分组|小组)?(?:审议|讨论|协商|座谈)(?:时|中|过程中)|临时动议(?:时|中))|会上)?"
# The session's extempore motions named right after the name: an item only a session of members has, so the point is
# raised at that session whatever body holds it (GUIDELINES §4 seventeenth round: the deliberation named places the
# proposal at the session); not 在讨论时 alone, which a party's or a government's working meeting has too.
_SESSION_ITEM_FRAME = re.compile(r"^\s*在临时动议(?:时|中)")
_RAISED_AT_FORUM = re.compile(r"^\s*" + _AT_SESSION + r"[，,]?(?:还|也|又|同时|则|先后|积极|现场)?(?:(?:反映|反馈)了?"
                              r"(?:(?!整改|巡察|巡视|督查|督导)[^，。；向]){0,24}?(?:问题|意见|建议|诉求|困难|心声)"
                              r"|提出了(?:(?!整改|巡察|巡视|督查|督导)[^，。；向]){1,24}?的?问题"
                              r"|反映了?(?![出在到向给])(?:(?!整改|巡察|巡视|督查|督导)[^，。；]){2,}"
                              r"|反映(?:说|称|道)?(?:[，,：:](?![^。；]{0,12}?整改)|$))")
# 区议员X, 市议员X, 议员X: a council member's title right before the name ending the text read (the member raises a point
# at the council's own session, where the text tells one held).
_COUNCIL_MEMBER_BEFORE = re.compile("议员[\u4e00-\u9fff·]{2,5}$")
# 企业代表陈波谈了企业发展的体会, 种植户代表刘长贵结合自身经历谈了种粮的心得: the lexicon's 谈了体会 with the topic
# or a lead-in between (结合…, 围绕…, 就…) and the kind of what is shared after it: a participant's turn to speak, 发言
# (the lexicon's reading of 谈体会, like 分享了…经验, GUIDELINES §4 twenty-first round); not 谈话 (a talk given), 谈判,
# nor 谈到 (a remark, read by no role here).
# The commendation meetings where such sharing is a participant's turn too (表彰大会, 颁奖典礼).
_COMMENDATION_TOLD = re.compile("表彰|颁奖|授奖")
# The kinds of what is shared are the 发言 role lexicon's own (models/patterns/extraction.json: 谈了体会, 谈感受, 谈了想法, …;
# cr34 C5), read from its triggers of 谈 by experience_talked below, not a list of the code's.
_TALKED_TRIGGER = re.compile("谈了?(?:自己的|学习)?(?P<kind>[\u4e00-\u9fff]{2})")


def experience_talked(role_triggers: list[tuple[str, str]]) -> re.Pattern[str]:
    """The pattern of a participant's experience told with its topic between (谈了企业发展的体会), the kinds shared
    (体会, 感受, …) taken from the 发言 triggers of ``role_triggers`` (Lexicons.role_triggers) that are 谈 and a kind."""
    kinds = sorted({m["kind"] for trigger, role in role_triggers
                    if role == "发言" and (m := _TALKED_TRIGGER.fullmatch(trigger))}) or ["(?!)"]
    return re.compile(r"^\s*(?:在会上|会上)?[，,]?(?:还|也|又|先后|分别|依次|现场)?"
                      r"(?:(?:结合|围绕|就|从)[^，。；]{1,20}?)?谈了?(?:[^，。；谈]{1,20}?的)?"
                      r"(?:学习|工作|创业|发展|自己的)?(?:" + "|".join(kinds) + ")")


# (座谈 covers 座谈会; the forms of a talk among participants, where raising problems is speaking)
_FORUM_FORMS = f"恳谈会|议事会|沟通会|见面会|{_VILLAGE_TALKS}"
_FORUM_MEETING = re.compile(f"座谈|论坛|{_FORUM_FORMS}")
# The meeting a sentence belongs to: the last one told before it, a forum or another (县人大常委会召开第十次会议); 会议
# written after 主持/出席/本次… names the meeting told before, not one of its own (县委召开座谈会。李明主持会议。); so does
# a bare 会议 opening a sentence (村里召开院坝会。会议由村支书主持。, 会议指出: the one just told, no other).
_MEETING_TOLD = first_char_gated(re.compile(_FORUM_MEETING.pattern
                                            + r"|(?<!主持)(?<!出席)(?<!参加)(?<!列席)(?<!本次)(?<!此次)(?<!这次)(?<![该在])"
                                            r"(?:(?<![。！？；\n])会议|大会|全会)"
                                            # (区政协召开专题协商会: a 政协 session, see _at_forum)
                                            + "|协商会"
                                            # (宜兰县议会举行定期会, 县议会召开临时会: a Taiwan council's session by its own noun; not
                                            # 定期会商机制, 定期会晤, 临时会面: the words of a consultation or a visit, no session)
                                            + "|(?:定期|临时)会(?![商晤谈面见同办签诊])"))
# 座谈会上，委员李华建议，…; 委员李华提出了加快…的建议: a member's proposal told as spoken at the meeting (讲话, GUIDELINES §4
# fourteenth review round); not a written one cited (李华此前提交的建议, 采纳了李华的建议, 李华提交的建议已被采纳), nor the
# noun in another clause (提出的建议).
# (提出意见建议, 提出了意见和建议, 提出了三条建议: the proposal's noun with its pair or a count)
# (常委郭玉兰就加强农村养老服务提出建议: the topic set before the verb with 就, the same proposal)
# (委员鲜于坤在审议时建议，…; 在分组讨论中建议：…: the session's deliberation named between the name and the verb, as
# _AT_SESSION reads it for 建议 with its object, GUIDELINES §4 twenty-second round: 在审议时建议 is 讲话)
_PROPOSED_THERE = re.compile(r"^\s*(?:在(?:会上|座谈会上|会议上|发言中|(?:分组|小组)?(?:审议|讨论|协商|座谈)(?:时|中|过程中))|会上)?"
                             r"[，,]?(?:还|也|又|同时|则|进一步|先后)?"
                             r"(?:建议(?:[，,：:]|$)"
                             r"|(?:就[^，。；“”]{1,30}?)?提出了?(?:[^，。；的]{1,30}?的|[一二三四五六七八九十两几多许\d]+[点条项]|很多|许多|不少|宝贵|具体)?"
                             r"(?:意见(?:和|与|及|、)?)?建议(?:意见)?(?=[，。；,;：:]|$))")
# 座谈会上，…总经理姚远建议进一步优化…, 委员王强建议开设法治讲座, 县委书记张明建议各部门加快…: a proposal whose object opens
# right after the verb, no comma between, spoken at a forum or council session the text tells (讲话, GUIDELINES §4
# fourteenth and seventeenth review rounds, as 建议，…); not the noun (李华建议书, 李华建议已被采纳, 张明建议的项目,
# 建议得到采纳), nor a written proposal (提交的建议: no verb after the name).
# (建议内容涉及教育, 建议材料, 建议事项: the noun heading a compound, no proposal made)
_PROPOSED_AT_FORUM = re.compile(r"^\s*" + _AT_SESSION + r"[，,]?(?:还|也|又|同时|则|先后)?建议"
                                r"(?![书案稿函的被已中里人者和与及得获均都受经也]|内容|材料|事项|提案|数量)[\u4e00-\u9fff]")
# (今年以来，委员王强建议开设法治讲座达5次: proposals counted over a period, a tally of the member's work, none spoken
# at the session told)
_PROPOSALS_TALLIED_BEFORE = re.compile("(?:以来|累计|历年|历次|先后)[^。！？\n]*$")
_PROPOSALS_TALLIED_AFTER = re.compile(r"(?:达|共|累计)[\d一二三四五六七八九十两几多]+余?[次条件项]")


def _proposals_tallied(text: str, at: int, window: str) -> bool:
    """Whether the proposal told in ``window`` after a name at ``at`` is one of a count over a period
    (:data:`_PROPOSALS_TALLIED_BEFORE` in its sentence before the name, or a count after the verb)."""
    opening = max(text.rfind(ch, 0, at) for ch in "。！？\n") + 1
    return bool(_PROPOSALS_TALLIED_AFTER.search(window) or _PROPOSALS_TALLIED_BEFORE.search(text, opening, at))
# 县政协召开常委会议, 县人大常委会召开第十次会议, 區議會舉行會議: a council body told with a meeting, where a member's
# proposal is spoken at the session (GUIDELINES §4 seventeenth review round).
# (北区社区服务咨询委员会召开全体会议…委员陈某建议…: a Hong Kong or Macau consultative committee's plenary is a council
# session of its appointed members, their proposals spoken there as at a district council's)
_COUNCIL_BODY = re.compile("政协|人大|议会|議會|立法会|立法會|咨询委员会|諮詢委員會|谘询委员会")


def _at_delegates_congress(text: str, at: int) -> bool:
    """Whether a congress of delegates (职工代表大会, 村民代表会议: :data:`_DELEGATES_CONGRESS`) is told held before ``at``:
    its delegates speak there as members do at a council session (GUIDELINES §4 thirteenth review round: a representative
    at a congress of delegates keeps 讲话; fourteenth and sixteenth rounds: a proposal or a problem raised at a session)."""
    return _DELEGATES_CONGRESS.search(text, 0, at) is not None


def _at_council_or_forum(text: str, at: int) -> bool:
    """Whether a proposal told at ``at`` is spoken at a forum told before it, at a council session (a council body
    and a meeting told before it: :data:`_COUNCIL_BODY`, :data:`_MEETING_TOLD`) or at a congress of delegates."""
    if _at_forum(text, at) or _at_delegates_congress(text, at):
        return True
    told = _MEETING_TOLD.search(text, 0, at)
    return told is not None and _COUNCIL_BODY.search(text, 0, at) is not None


# 座谈会上，代表王某提出，要加快…: a position put forward with what is said opening after the comma, spoken at a forum
# (GUIDELINES §4 fourteenth and sixteenth review rounds: a proposal or problems raised at a 座谈会 is 讲话); elsewhere
# X提出 as often reports a position (_AFTER_PRONOUN_ONLY).
_PUT_AT_FORUM = re.compile(r"^\s*" + _AT_SESSION + r"[，,]?(?:还|也|又|同时|则|先后)?提出$")
# 议员陈某质询政府…, 委员王某就…问题质询市环保局, 代表李某向县政府提出质询: a member questioning the government at a
# council session told held speaks there, the other side of an officer's 答复 (讲话, GUIDELINES §4 sixteenth review round);
# not the noun (质询案, 提出的质询案获得通过), a question put in writing (书面质询, 以书面质询), nor one still ahead (将质询).
_QUESTIONED_THERE = re.compile(r"^\s*(?:在(?:会上|会议上|大会上)|会上)?[，,]?(?:还|也|又|同时|则|先后|当场|现场)?"
                               r"(?:(?:就|针对)[^，。；就]{1,24}?)?(?:(?:(?:向|对)[^，。；]{1,20}?)?提出了?|(?<!书面))质询(?![案书会])")
# What is said opening after 提出 and its comma or colon (not 提出，并获得通过: another act of the same subject).
_WORDS_OPEN = re.compile("[，,：:](?![并但被经获])")
# 受区政府委托，区财政局局长王某作了说明: the commission told before the name in its sentence makes a bare 作了说明 the bill
# or report presented on another body's behalf (作报告, GUIDELINES §4 thirteenth and fifteenth review rounds).
_COMMISSIONED_BEFORE = re.compile(r"受[^，。；！？\n]{1,20}?委托[，,][^，。；！？\n]{1,30}$")
_BARE_EXPLANATION = re.compile(r"^\s*(?:作|做)了?(?:有关|相关)?说明$")
# 列席会议并发表意见: one attending as a non-voting member who speaks (讲话, GUIDELINES §4 thirteenth review round); not
# 列席会议 alone, nor 列席会议的代表发表了意见 (others named by a relative clause).
_SAT_IN_AND_SPOKE = re.compile(r"^\s*(?:也|还|同时|应邀)?列席[^，。；的]{0,12}?并(?:发表|提出)了?[\u4e00-\u9fff]{0,4}?意见")
# 向/给 before the name's title and the name, in its clause (各乡镇负责人向县长王某汇报了…): the name is the one reported to.
_REPORTED_TO_BEFORE = re.compile("(?:向|给)[^，,。；！？、\n]{1,14}$")
REPORTED_TO_REACH = 16  # characters before the name read for it: 向 + a title of up to 12 + a name
# A lecture told with a verb of explaining: after an audience (为基层党员干部宣讲…精神, 为读者讲解了…知识), after the
# light verb 作 (就新版培养方案作解读, 作政策解读, 作了一场精彩的宣讲) or 进行 before 宣讲 (围绕全会精神进行了宣讲) or
# before a 专题 explanation (对全会精神进行专题解读, 进行了专题讲解: like 作专题解读, GUIDELINES §4 twenty-third round),
# or 宣讲 right after the name (陈敏宣讲…精神, 陈敏参加屋场会并宣讲了…政策): a talk of the lecture kind, 作报告 like 作宣讲 and 作辅导 (GUIDELINES
# §4).  Not 对政策进行了解读 (an explanation, as at a press conference), the nouns 宣讲会, 宣讲团, 讲解员, 解读材料,
# nor 做好宣讲 (a task named), 作为/认为 (no audience), a party lecture (为党员宣讲专题党课: 讲党课).
_LECTURE_VERB = literal_gated(re.compile(
    r"(?:^(?:(?:参加|出席)[^，。；并]{1,16}?并)?(?:也|还|又|随后|专门|亲自)?(?=宣讲)|进行了?(?:[^，。；]{1,8}?的)?(?=宣讲)"
    r"|进行了?(?:一(?:场|次))?(?:[^，。；]{1,8}?的)?专题(?=解读|讲解)"
    r"|(?<![作成认因以行])(?:为|向|给)[^，。；为向给]{1,16}?(?:作|做|进行)?了?"
    r"|(?:作|做)了?(?:一(?:场|次|堂|个))?(?:[^，。；]{1,8}?的)?(?:专题|政策|集中|详细|系统|全面|深入|现场)?)"
    r"(?:宣讲|讲解|解读)(?![会团员队稿人的]|工作|活动|材料|内容|报告|提纲|[^，。；]{0,12}?党课)"
))
# 讲解 right after the name (講座…，由院長黃國華講解新法規的要點) is a lecture given only in a sentence that names
# the lecture (_LECTURE_WORD, 讲座, 培训): on a visit (企业负责人王强讲解了生产流程) it is a guide's talk, no address.
_EXPLAINS = re.compile(r"\s*(?:同志)?(?:也|还|又|随后|专门|亲自|详细|逐条|系统)?讲解(?![员的])")
_LECTURE_HELD = re.compile("讲座|讲堂|培训|研习|讲习|" + _LECTURE_WORD.pattern)
# Lookbehinds for a 来 that is no verb of coming but ends a time span: 以来, 近来, 从来, 向来, 历来, 本来, 原来, 后来,
# 一年来/近年来/多年来 (a year but 今年/去年/明年, after which 来 is the verb: 去年来我县调研), 连日来, and a counted
# 三天来, 几个月来, 两周来 (not 今天来我县调研, 5月来…: a day or month named, then the verb).
_SPAN_BEFORE_LAI = r"(?<![以近从向历本原后])(?<![^今去明]年)(?<!连日)(?<![\d一二三四五六七八九十两几多数][天周])(?<![个几多数]月)"
# A visit told after a name in its clause (来到某某港视察, 深入企业调研, 来我县调研时): the remarks told after it,
# before any meeting, are made on the tour (GUIDELINES §3, §4), not at a meeting told later (随后…主持召开座谈会).
# (not 来自: where the person comes from)
# (not 会见了来我市考察的某某集团董事长: a visit before 的 describes the one met, not the person named before)
# (not 回顾了一年来开展蹲点调研的收获, 结合近年来走访调研掌握的情况: 来 ending a time span, :data:`_SPAN_BEFORE_LAI`)
# A title word cut out of a longer word (学校监管, 学校监督: 校监, a Hong Kong school's supervisor, is no post there).
_TITLE_CUT_FROM_WORD = re.compile("学校监[管督察控测]")
# 张华任集团党委书记, 李明兼任公司总经理: a post one is appointed to after the name (a decision read out), no
# organization opening on the name (SpeakerExtractor._org_follows).
_APPOINTED_TO = re.compile("(?:兼|出|调|转|改|拟)?任(?=[\u4e00-\u9fff]{2})")
_TOUR_TOLD = literal_gated(first_char_gated(re.compile(r"(?:来到|" + _SPAN_BEFORE_LAI + r"来(?!自)|深入|走进|前往|赴|到)[^，。；]{1,30}?(?:视察|调研|考察|检查|督导|走访)"
                                                       r"(?![^，。；]{0,6}?的)")))
# A group the person leads, named in an attribute right after the name and standing as the subject (科学家王林等人领导的研究
# 小组…在会议上说, 由王林率领的考察团…): the group acts, the person is only named inside its attribute, no role of theirs
# (GUIDELINES §4: a person named inside another's frame is not the one speaking; thirty-seventh round).
# (以前外长李明为首的6名议员…表示: 为首的 closes the attribute whatever group follows, the leader only named in it,
# thirty-eighth round)
_LED_GROUP_AFTER = re.compile("(?:等人?)?(?:领导|率领|带领|牵头)的[^，。；、的]{0,10}?"
                              "(?:小组|团队|课题组|研究组|专家组|科研组|考察团|代表团|工作组)"
                              "|(?:等人?)?为首的(?=[^，。；、]{2})")
# A visit of households or people told by its own verb right after the name, or after the party the person leads and its
# comma (省委副书记李明走访慰问了青山村的贫困户, 李明带领…成员，走访慰问了…): a visit like one told with 来到…走访, remarks
# on it no role (GUIDELINES §4 twelfth round: remarks during a visit or an inspection; thirty-seventh round).
_VISIT_RIGHT_AFTER = re.compile(r"(?:[^，。；]{0,12}?带领[^，。；]{1,24}?[，,]\s*)?[^，。；]{0,8}?(?:走访慰问|看望慰问|走访看望|慰问走访)")
#: The visit verb of a tour stands at most this many characters after the name (雷振东一行5月6日上午来到…: a
#: time or 一行 between); further on, the visit is no act of the one named but a word in what follows.  Set by hand:
#: 一行 and a date with 上午 (一行5月6日上午, 8 characters) fit with room to spare.
TOUR_GAP_CHARS = 12
# 曾多次, 曾先后, 曾一度: 曾 as the adverb "once, ever" before a word of frequency or sequence, not the surname 曾
# (省长曾多次强调 in a headline: no person named 曾多次).
_ADVERB_ZENG = re.compile("曾(?:多次|屡次|数次|几次|几度|一度|先后|经常|连续)")
# 曾 right after a two-character name before a verb, an occasion or another time word (县委书记王刚曾指出, 李强曾在…上
# 强调, 王刚曾任…): the adverb "once", no third character of the name, where the model reads the name without it in
# the text (a given name may end in 曾: 中国农学会会长洪绂曾在讲话中指出).
_ZENG_AFTER_NAME = re.compile("曾(?:经|在|于|多次|反复|一再|先后|指出|说|讲|强调|要求|表示|提出|谈到|任|担任|主持|出席|参加|到|赴)")
# 曾 or 已 right before a verb of speech (or 曾经, 已经): the adverb "once" or "already" opening the verb, no third
# character of the name (委员李华曾提出了…建议, 委员陈刚已表示); not before 在/于, where a given name ending in 曾
# is kept whole unless the shorter name is read elsewhere (洪绂曾在讲话中指出, see _ZENG_AFTER_NAME).
_ADVERB_OPENS_VERB = re.compile("[曾已](?:经|多次|反复|一再|先后|指出|说|讲|强调|要求|表示|提出|谈到|谈及|建议)|曾(?:任|担任)")
# A palace of culture after an occupation (市工人文化宫主任, 市少年宫主任): a body, no surname 文 or 少 opening a name
_PALACE_BODY = re.compile("(?:文化|少年|青少年|妇女儿童|儿童|科技)宫")
# 机电工程系教师, 水电工程公司, 化工业: an occupation word ending in 工 (电工, 化工) read inside 工程/工业/工艺, the
# word going on; no surname 程 opening a name after it (no person named 程系).
_WORD_THROUGH_WORKER = re.compile("(?<=工)[程业艺]")
# 区政协, 区人大常委会, 区妇联: 区 (the district) opening a body's short name, not the surname 区 (代表区政协常委会作
# 工作报告, 会议由区政协副主席…主持: no person named 区政协).
# (区民代表会主席翁启明, 区民代表: the district's residents and their council, Taiwan's 区民代表会, GUIDELINES §4 thirty-second
# review round: a body or a residents' label, no surname 区 and a name 区民)
_DISTRICT_BODY = re.compile("区(?:政协|人大|妇联|科协|侨联|文联|残联|总工会|工商联|团委|委|政府|纪委|监委|法院|检察院|人武部|武装部|党委|党工委"
                            "|民(?=代表|大会|服务|活动))")
# A closing quote mark right before a name (…。”李桂兰说。): the quoted words attributed after the quotation.
_QUOTE_CLOSED_BEFORE = re.compile("[”」』\"]$")


def _planned_from(text: str, sentences: list[Sentence], index: int) -> int | None:
    """Where mentions of ``sentences[index]`` start to stand in the account of a planned meeting (GUIDELINES §3:
    planned events are no meetings, so nobody in them is a speaker): from the clause of a planning word
    (决定于4月12日召开…，会议由…主持), or the whole sentence when it opens on a bare back-reference right after a
    planned meeting in the same paragraph (县委定于4月8日召开县委全会。全会由县委书记…主持). None when a meeting held
    is told before the planning word (4月1日，市政协召开主席会议，研究确定于…召开…。会议由…主持), in the sentence or,
    for a back-reference, in the paragraph."""
    sentence = sentences[index]
    plan = _sentence_plan(text, sentence.start, sentence.end)
    if plan and not _HOLDING_VERB.search(text, sentence.start, plan.start()):
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        if _AT_MEETING_FRAME.search(text, sentence.start, plan.start()) or _held_between(text, paragraph, sentence.start):
            # 县政府召开常务会议。县长张华在会上宣布将于5月20日举办…: the account of a meeting held, where the one
            # named before the planning word acts; only what the plan tells after it is ahead
            return plan.start()
        return start_after(text, plan.start(), "，,；;", floor=sentence.start)
    if index == 0 or not BACK_REFERENCE.match(text, sentence.start):
        return None
    before = sentences[index - 1]
    if "\n" in text[before.end : sentence.start]:
        return None
    plan = _sentence_plan(text, before.start, before.end)
    # (4月1日，县委召开常委会议。会议决定，定于5月召开全会。会议由…主持: the reference may be to the meeting held,
    # told earlier in the paragraph)
    paragraph = text.rfind("\n", 0, before.start) + 1
    return sentence.start if plan and not _HOLDING_VERB.search(text, paragraph, plan.start()) else None


def _sentence_plan(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first planned holding (:data:`PLANNED_HOLDING`) in ``text[start:end]`` that tells what the sentence is
    about: not one that only modifies a noun (将于6月举办的旅游文化节) in a sentence that holds a meeting after it
    (为迎接将于6月举办的旅游文化节，县文旅局召开筹备工作会议: the preparatory meeting is held, GUIDELINES §3)."""
    # (every planned holding holds 于: a cheap test first, as the pattern's look-behind makes the engine try
    # every position of the sentence)
    plans = list(PLANNED_HOLDING.finditer(text, start, end)) if text.find("于", start, end) >= 0 else []
    if not plans:
        return None  # (most sentences plan nothing: no need to look for modifying plans)
    modifiers = _modifying_plans(text, start, end)
    return next((plan for plan in plans if plan.span() not in modifiers), None)


def _modifying_plans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the planned holdings in ``text[start:end]`` that only modify a noun (将于6月举办的旅游文化节), with a
    meeting held told after them in the sentence (…，县文旅局召开筹备工作会议)."""
    return [plan.span() for plan in PLANNED_HOLDING.finditer(text, start, end)
            if text.startswith("的", plan.end()) and _held_between(text, plan.end(), end)]


def _held_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells a meeting held (:data:`_HELD_VERB`), a verb that no planning word governs
    and no word of intent or coming day puts ahead in its clause (:data:`_AHEAD_IN_CLAUSE`)."""
    planned = [plan.span() for plan in PLANNED_HOLDING.finditer(text, start, end)]
    return any(not any(s < held.end() <= e for s, e in planned)
               and not _AHEAD_IN_CLAUSE.search(text[max(start, clause_bounds(text, held.start())[0]) : held.start()])
               for held in _HELD_VERB.finditer(text, start, end))


def _on_agenda_line(text: str, at: int) -> bool:
    """Whether the name at ``at`` stands on an agenda line (:data:`_AGENDA_LINE`) after its label."""
    line = text.rfind("\n", 0, at) + 1
    label = _AGENDA_LINE.match(text, line)
    if label is None or label.end() > at:
        return False
    # (全市组织工作会议今天上午召开。\n9:30，会议正式开始，主持人：…: a live report of a meeting held, its times
    # are when acts were done; a notice's or programme's time lines stay a plan)
    return not (label["clock"] and not _NOTICE.search(text)
                and (_LIVE_REPORT.search(text) or _held_between(text, 0, line)))



def _inside_quoted_title(window: str, at: int) -> bool:
    """Whether ``at`` lies inside a quoted title of ``window`` (:data:`_QUOTED_TITLE_OPEN`) not yet closed."""
    i = window.rfind("“", 0, at)
    return i > 0 and window.find("”", i, at) < 0 and _QUOTED_TITLE_OPEN.match(window, i - 1) is not None


def _ends_of(word: str, text: str) -> Iterator[int]:
    """Where each occurrence of ``word`` in ``text`` ends, left to right, without overlaps (as
    ``re.finditer(re.escape(word), text)`` finds them, with no pattern compiled per word)."""
    i = text.find(word)
    while i >= 0 and word:
        yield i + len(word)
        i = text.find(word, i + len(word))


def _starts_of(word: str, text: str) -> Iterator[int]:
    """Where each occurrence of ``word`` in ``text`` starts, left to right, overlaps included (every place a
    pattern starting with ``word`` may match)."""
    i = text.find(word)
    while i >= 0 and word:
        yield i
        i = text.find(word, i + 1)


def _title_start(text: str, mention: Mention) -> int:
    """Where ``mention`` starts with a title written right before it (县长|张立), else where the name starts."""
    title = mention.title or ""
    return mention.start - len(title) if title and text.endswith(title, 0, mention.start) else mention.start


def _inside_clause(text: str, mention: Mention) -> bool:
    """Whether words of its clause come before ``mention`` and its title (传达学习|习近平总书记), so that it
    does not open a clause of its own."""
    start = _title_start(text, mention)
    return bool(text[:start].rstrip()) and text[:start].rstrip()[-1] not in "，。；！？：\n,;!?:"


# 习近平总书记重要讲话精神: the spirit of remarks relayed, written right after the name and its post; when a
# 、 follows, it is one item of the actor's object and the clause goes on with the actor's own verb.
_SPIRIT_OF_REMARKS = re.compile(r"[^，。；、]{0,8}?(?:讲话|指示|批示)精神")


def _mask_clause_rest(text: str, mentions: list[Mention], limit: int) -> str:
    """``text`` with each of ``mentions`` before ``limit``, from its title to the end of its clause, replaced by
    as many 某 (offsets kept)."""
    for mention in mentions:
        start = _title_start(text, mention)
        if start >= limit:
            break
        stop = _CLAUSE_END_IN.search(text, mention.end, limit)
        end = stop.start() if stop else limit
        spirit = _SPIRIT_OF_REMARKS.match(text, mention.end, end)
        if spirit and text.startswith("、", spirit.end()):
            end = spirit.end()  # (就贯彻落实习近平总书记重要讲话精神、做好教育工作作出部署: the act follows the list)
        conveyed = _CONVEYED_TEXT_END.search(text, mention.end, end)
        if conveyed:
            end = conveyed.start()  # (传达了李某总理的批示内容: the directive read out stays, GUIDELINES §4 thirty-sixth round)
        text = text[:start] + "某" * (end - start) + text[end:]
    return text


def _goes_on_later(text: str, stop: int, limit: int) -> bool:
    """A clause of :data:`_GOES_ON_LATER` after ``stop``, in the same sentence and before ``limit``."""
    end = text.find("。", stop, limit)
    return _GOES_ON_LATER.search(text, stop, limit if end < 0 else end) is not None


@dataclass
class Mention:
    start: int
    end: int
    name: str
    title: str | None = None
    roles: list[str] = field(default_factory=list)
    recipient: bool = False
    relayed: bool = False
    acted_upon: bool = False  # the object of another's act (对石勇的述职进行了点评): its roles are set once
    org: str | None = None  # 东川市生态环境局 of 东川市生态环境局高翔副局长: an organization right before
    after: re.Match[str] | None = None  # a title word right after the name (高翔副局长, 李旭锋教授)
    planned: bool = False  # in the account of a planned meeting or on an agenda line: no act done
    labelled: bool = False  # its only role is the one a label before it gives (主持人李娜、赵鹏宣布…: 李娜)
    body: str | None = None  # 南方理工大学 of 来自南方理工大学的青年教师杨帆: the body the person comes from


def _under_listed_title(text: str, mentions: list[Mention], k: int) -> bool:
    """Whether ``mentions[k]`` closes a 、-list of bare names opened by a titled name (市政协委员甲、乙: 乙),
    so that the title written once before the list is its too (GUIDELINES §4)."""
    while k > 0:
        previous = mentions[k - 1]
        if text[previous.after.end() if previous.after else previous.end : mentions[k].start] != "、":
            return False
        if previous.title:
            return True
        k -= 1
    return False


def _split_collective(title: str) -> tuple[str, list[str]]:
    """(post, units) of a title that opens on a collective phrase (县发改局、城关镇等2个单位主要负责人 ->
    主要负责人, [县发改局, 城关镇]; 3个单位主要负责人 -> 主要负责人, []); (title, []) otherwise."""
    collective = _COLLECTIVE_UNITS.match(title)
    if collective is None:
        return title, []
    return title[collective.end() :], collective["units"].split("、") if collective["units"] else []


def _new_person(name: str) -> dict[str, Any]:
    return {"name": name, "title": None, "organization": None, "roles": [], "evidence": []}


# Around an occasion named elsewhere (see _relayed_occasion): held here, or relayed here.
_HELD_AFTER_OCCASION = re.compile("[^，。；]{0,8}?(?:召开|举行|开幕)")
_HOLDING_BEFORE_OCCASION = re.compile(r"(?:召开|举行|举办)了?[^，。；]{0,10}\Z")  # (at most 13 characters)
_RELAYING_BEFORE_OCCASION = re.compile(r"(?:传达|学习|贯彻|领会|落实)[^。；]{0,30}\Z")  # (at most 32 characters)
_SPIRIT_AFTER_OCCASION = re.compile("上的[^，。；]{0,6}讲话|[^，。；]{0,4}精神")


# Fixed patterns of _relayed_occasion.
_OCCASION_FRAME = re.compile(r"^(?:同志)?(?:此前|上周|日前|近日)?(?:在|到)|(?:上|时|期间)$")
_RECENT_DAY_OPENING = re.compile(r"^(?:今天|昨天|前不久|不久前)?")


def _relayed_occasion(text: str, elsewhere: str) -> bool:
    """Whether the occasion of ``elsewhere`` (在全省经济工作会议上) is one the text relays (传达学习全省经济工作会议精神)."""
    occasion = _OCCASION_FRAME.sub("", elsewhere)
    occasion = _RECENT_DAY_OPENING.sub("", occasion)
    if len(occasion) < 4:
        return False
    # (the patterns read around each place the occasion is written: one pattern per occasion compiled
    # per call cost more than the whole search)
    at = list(_starts_of(occasion, text))
    if any(_HELD_AFTER_OCCASION.match(text, i + len(occasion)) or _HOLDING_BEFORE_OCCASION.search(text, max(0, i - 13), i)
           for i in at):
        return False  # 全县经济工作会议召开。…在全县经济工作会议上强调…，要学习贯彻…会议精神: the meeting held here
    return any(_RELAYING_BEFORE_OCCASION.search(text, max(0, i - 32), i) and _SPIRIT_AFTER_OCCASION.match(text, i + len(occasion))
               for i in at)


def _cite(person: dict[str, Any], seen: dict[str, set[tuple[int, int]]], doc: Document, sentence: Sentence) -> None:
    """Add the sentence to the person's evidence once. (A set of sentence spans, not a scan of the
    list: one person speaking in every sentence of a long page made this quadratic, tests/robustness/fuzz.py.)"""
    cited = seen.setdefault(person["name"], set())
    if (sentence.start, sentence.end) not in cited:
        cited.add((sentence.start, sentence.end))
        person["evidence"].append(evidence(doc, sentence))


# (…记者采访了企业代表刘洋。刘洋说: the sentence before ends on the one interviewed)
_INTERVIEWED_BEFORE = re.compile(r"(?:记者|媒体)[^。！？\n]{0,8}采访了?[^。！？\n]{1,20}[。！？]\s*$")
_AT_THE_MEETING_AFTER = re.compile(r"\s*(?:同志)?在[^，。；]{0,16}?(?:会上|讲话|致辞|发言|典礼上|仪式上)")
# A sentence opening on a time outside the meeting: after it (会后，…; 会议结束后，…) or before it (会前，…; 会谈开始前，…):
# remarks told then are not made at it (GUIDELINES §4). The event may be named before its noun (毕业典礼结束后，…;
# 颁奖仪式结束后，…; 座谈会开始前，…; 讲座结束后，…; 培训开始前，…), a few words with no clause mark.
# The events a lead of time names (会议结束后, 颁奖仪式后, 讲座结束后, 党课结束后, 座谈会开始前), one list for the three
# leads below, a few words of the event's name before its noun with no clause mark.
# (the forms of a forum too, 恳谈会结束后, 院坝会开始前: the lead places words outside it as outside any meeting)
_EVENT_NOUNS = ("会议|大会|晚会|招待会|会见|会谈|会晤|活动|仪式|典礼|论坛|座谈会?|报告会|宣讲会?|对接会|讲座|培训|课程|党课|授课"
                f"|{_FORUM_FORMS}")
_EVENT_NAMED = rf"[^，,。；！？\n]{{0,10}}?(?:{_EVENT_NOUNS})"
# (晚会开幕前，…: before the event opens, like 开始前; thirty-fourth round)
_OUTSIDE_THE_MEETING = re.compile(rf"\s*(?:会[后前]|散会后|{_EVENT_NAMED}(?:结束后|开始前|开幕前|举行前|前|后))[，,]")
# The same lead in the name's sentence before the name (会后，村民张秀兰反映了…; 座谈会结束后，…; 会前，…): words told
# outside the meeting take no role from being raised at a forum (GUIDELINES §4 twenty-first round, second part).
_AFTER_THE_MEETING_BEFORE = re.compile(rf"(?:会[后前]|散会后|{_EVENT_NAMED}(?:结束后|开始前|开幕前|举行前|前|后))[，,]?[^。；！？\n]{{0,30}}$")
# The same lead when it places the sentence after the event (会后，…; 开通仪式后，…; 座谈会结束后，…).
_AFTER_THE_MEETING_LEAD = re.compile(rf"\s*(?:会后|散会后|{_EVENT_NAMED}(?:结束)?后)[，,]")
# The lead's own clause reaching the person with nothing done in between (会后，市长李某强调，…: a post at most, no act of
# a new occasion such as 会后，李某主持召开专题会议，他强调…): the remarks are told as made after the event (§4).
_AFTER_THE_MEETING_TO_NAME = re.compile(r"^[^，,。；：:“”]{0,12}$")
_MEETING_ACT_AFTER_LEAD = re.compile(_MEETING_ACT)
# (会后，陈某就贯彻落实会议精神提出要求, 会议结束后，李某围绕…作了具体部署: a topic between the name and the demand;
# not one holding a new meeting, 会后，李某就…召开专题会议)
_TOPIC_AFTER_NAME = r"(?:(?:就|对|围绕)(?:(?!召开|主持|举行|举办)[^，。；“”]){1,24}?)"
_STRONG_AFTER_NAME = re.compile(r"\s*(?:同志)?(?:还|也|又|则|同时|再次|进一步)?(?:强调|指出|要求|" + _TOPIC_AFTER_NAME
                                + r"?(?:作出|作|进行)了?(?:具体|全面|专门)?部署)")
# Soft remarks after a name, perhaps to someone (晚会结束后，…杨某同志对公司负责人说: after the event, see above).
_SOFT_AFTER_NAME_TO = re.compile(r"\s*(?:同志)?(?:还|也|又|则|同时)?(?:对[^，。；“”]{1,20}?|" + _TOPIC_AFTER_NAME + ")?(?:"
                                 + "|".join(sorted(_SOFT_SPEECH_VERBS)) + ")")
# The person's own clause placing the remarks after a meeting (某某今天在寓所会见…后表示, 在会谈结束以后说) or before it
# (在会谈前说): said when it was over or not yet held, not at it (GUIDELINES §4); not 在会见后举行的记者招待会上说 (a
# press conference after it, the verb not right after 后). Not when the clause makes the meeting the place or time of an earlier act of the person's (在座谈会上
# 听取…发言后表示, 在会议上作工作报告后表示, 在大会上为…颁奖后说, 在会见中…后说): the remarks are made at it (§4).
_AS_PLACE = "上|中|时|期间|间隙|時|期間|間隙"
# The soft verbs (of _SOFT_SPEECH_VERBS) a remark is told with after a meeting is over: a statement, not words addressed
# to those at it (勉励, 寄语, 希望, 呼吁…).
_REMARK_VERBS = ("表示", "说", "认为", "宣布", "透露", "重申")
# The occasions a remark is placed at or after, shared by _STATEMENT_PLACED and _REMARKS_AFTER_MEETING.
# (Traditional forms too: 在總統府會見…後表示)
_MEETING_NOUNS = "会见|会谈|会晤|会议|大会|座谈|仪式|典礼|宴会|會見|會談|會晤|會議|大會|座談|儀式|典禮|宴會"
# (the last character of each occasion noun, then its place word: 会议上, 会见时; the tempered runs below stop there)
_MEETING_AS_PLACE = "[{}](?:{})".format("".join(sorted({n[-1] for n in _MEETING_NOUNS.split("|")})), _AS_PLACE)
# A sentence placing a person's statement at an occasion (在新闻发布会上, 在会见…时).
_STATEMENT_PLACED = re.compile(
    rf"在[^。；！？]{{0,40}}?(?:{_MEETING_NOUNS}|招待会|发布会|论坛|集会|讲话|演讲|致辞)"
    r"[^。；！？]{0,24}?(?:时|上|中|期间|之际)")
# A sentence referring back to a statement told before it (某某是在会见…时作上述表示的, 说这番话的): it says where those
# very words were said.
_STATEMENT_REFERRED = re.compile(r"作(?:这一|上述|以上|此|这番|这些)?(?:表示|讲话|谈话)的|(?:这番|这些|上述)话的")
# A word before a name in such a sentence that makes the person the one answered, not the one whose words they were
# (甲是针对乙的讲话作上述表示的, 甲是在回应乙的指责时作上述表示的).
_ANSWERED_BEFORE = re.compile("针对|回应|回答|答复|反驳|驳斥")
# A role trigger that refers back to words told before it (讲这番话, 说这些话, 作上述表示, models/patterns/extraction.json
# roles 讲话): in a cleft (某某是在…会上讲这番话的) the words are those of the cleft's subject, the name the clause opens
# on before 是在/在; a name inside the occasion placed (…是在接到首相某某打来的电话时作上述表示的) said none of them.
_REFERRED_WORDS_TRIGGER = re.compile("(?:这番|这些|上述这番|上述|以上|这一|此)(?:话|表示|讲话)$")
_CLEFT_SUBJECT_OPENS = re.compile("(?:(?:也|还|正|就)?是)?在")
# A bare remark dated with a day of its own right after the name (普罗迪4日说, 某某8日晚宣布, 某某16日在这里宣布): in a
# report that tells a meeting in other sentences, a statement of its own day, made to the press rather than at the
# meeting (GUIDELINES §4 people merely mentioned, §11 wire copy). Read after the name only, so an occasion of the
# person's (某某4日在会上说) is no bare remark and never reaches this.
# A relative day with a place of its own (小渊惠三日前在东京说, 某某近日在华盛顿表示) dates and places the remark the same
# way; the place is a city or country, no occasion (某某日前在会上说 is placed at a meeting: no meeting word allowed).
# The day named again (某某当天也表示, 同日表示: the day of the remark told before) dates it as well.
# A day of the month named with its month (某某本月2日说, 上月12日表示) and a day with a city or country of its own
# (某某26日在新德里表示, 26日晚在巴黎说) date and place it the same way (audit a2sp); no meeting word in the place.
_DATED_REMARK_MONTH = "(?:本月|上月|上个月|本周|上周)"
_DATED_REMARK = re.compile(
    rf"\s*(?:同志)?(?:(?:{_DATED_REMARK_MONTH}?{DATE_NUMBER}日|当天|当日|同日)(?:上午|下午|晚上?|早些时候)?(?:也|还|亦|则)?"
    r"(?:在(?:这里|此间|当地|(?![^，。；“”]{0,6}?会)[^，。；“”]{1,6}?(?<![上中时间内])))?"
    # (某某在政府改组前说, 在离开首都前表示: a time of its own before an act that is no meeting, audit a2sp; not 在会前)
    r"|在(?![^，。；“”]{0,10}?(?:会|仪式|典礼))[^，。；“”上中时]{1,10}?(?:之前|以前|前夕|前)(?:也|还|又|曾)?"
    r"|(?:日前|近日|前不久)在(?![^，。；“”]{0,6}?会)[^，。；“”]{1,6}?(?<![上中时间]))(?:" + "|".join(_REMARK_VERBS) + ")")
# (乙国总统王某会晤后表示, 会谈结束后说: the talks' noun right after the name with no 在, remarks after the talks the
# same, GUIDELINES §4 thirty-sixth review round; not 会晤中表示, 会谈时说: at them)
_REMARKS_AFTER_MEETING = re.compile(
    rf"(?:(?:(?!{_MEETING_AS_PLACE})[^，。；“”]){{0,12}}?在(?:(?!{_MEETING_AS_PLACE})[^，。；“”]){{0,24}}?"
    rf"(?:{_MEETING_NOUNS}|晚会)(?!{_AS_PLACE})"
    rf"(?:(?!{_MEETING_AS_PLACE})[^，。；“”]){{0,36}}?"
    r"|\s*(?:同志)?(?:会晤|会谈|會晤|會談))"
    # (克林顿在会谈前说, 在会见…之前表示: before it, like 会前，…, GUIDELINES §4 tenth and fortieth review rounds)
    r"(?:(?:结束|結束)?(?:之后|以后|后|之後|以後|後)|(?:开始|開始)?(?:之前|以前|前))[，,]?(?:还|又|也|即|随即|還)?"
    r"(?:" + "|".join(_REMARK_VERBS) + ")")
# Remarks the person makes while or after watching an activity that is no meeting (钱某观看演练后表示, 在观摩消防
#演习时指出, 观看文艺演出后说): said at the drill or the show, not at the meeting (GUIDELINES §3 drills, §4 remarks
# at an activity that is no meeting); not 检阅了…结业会操并讲话 (a parade reviewed: the reviewer's address).
_REMARKS_AT_ACTIVITY = re.compile(
    r"\s*(?:同志)?(?:在)?(?:观看|观摩|察看|查看)了?[^，。；“”]{0,20}?(?:演练|演习|演出|表演|展演|展览)(?:结束)?"
    r"(?:之后|以后|后|时|期间)[，,]?(?:还|又|也|即|随即)?(?:表示|说|认为|指出|强调|要求)")
# A meeting or ceremony held with the drill or show, named before the remarks in their paragraph (应急演练观摩会, 防汛应急演练
# 启动仪式, 文化惠民演出启动仪式; an on-site meeting whose attendees watch: 现场推进会, 现场会): the remarks after
# watching are made at it (GUIDELINES §3 drills "unless a ceremony or meeting held with it is named", eleventh round).
# Not a ceremony of its own with a drill after it (授衔仪式…仪式结束后…演练), nor a tea party with a show (茶话会).
_ACTIVITY_MEETING_NAMED = re.compile(
    "(?:演练|演习|演出|表演|展演|展览|观摩)[^，。；“”\n]{0,12}?(?:观摩会|启动仪式|点评会|讲评会|现场会|推进会|开幕式|仪式)"
    "|现场(?:推进|观摩|办公|工作|经验交流|交流)?会(?![见谈晤])|观摩(?:推进|交流)?会")
INTERVIEW_BEFORE = 40  # characters before the sentence where an interview frame still governs it
# …重要讲话引发热烈反响, 政府工作报告在代表委员中引发热烈反响, 全会精神/两会精神在我市引起强烈反响: a reaction
# piece; the people it then quotes react to the speech, report or session, they take no part
_REACTION_LEAD = re.compile(r"(?:讲话|报告|精神)[^。！？\n]{0,20}?(?:引发|引起|激起)[^。！？\n]{0,6}反响")
# 全区党员干部120人参加。大家纷纷表示，党课很有启发。赵文说，…: the listeners' reactions told after an event, the
# people then quoted in the same paragraph reacting too (GUIDELINES §4: people who only attend), within this reach.
_LISTENERS_REACT = re.compile("纷纷表示")
LISTENERS_REACT_REACH = 150
# 座谈中, 讨论时, 交流中: a talk at the meeting framing the reactions.
_AT_MEETING_TALK = re.compile("(?:座谈|讨论|交流|发言)(?:中|时)")
# 与会人员纷纷表示, 参会企业家纷纷表示: those reacting named as the meeting's attendance, so the reactions are voiced
# at it and the meeting goes on (not 大家纷纷表示 after an attendance sentence: the listeners' case).
_REACTING_AT_MEETING = re.compile("(?:与会|参会|到会|出席会议的?|参加会议的?)[^，。；！？\n]{0,6}$")
# 讲座结束后，学员们围着专家提问。村党支部书记陈某表示，…; 会议结束后，…。镇党委书记刘某说，…: a sentence opening after a
# lecture or meeting has ended, the soft remarks quoted in the paragraph after it those of listeners reacting (GUIDELINES
# §4 twelfth review round: no role, as after 纷纷表示); not 讲座中，X表示 / 会上，X表示 (a speaker at it, read before the end).
# A report or lecture told as ended (报告结束后, 学术报告结束后) ends the event too; only with 结束, as 听取报告后 is said
# while the meeting goes on.
_EVENT_ENDED_LEAD = literal_gated(re.compile(rf"(?:^|(?<=[。！？\n]))\s*(?:会后|散会后|(?:{_EVENT_NAMED}|[^，,。；！？\n]{{0,10}}?报告)"
                                             rf"(?:结束后|结束之后|结束以后))[，,]"))
# A lead naming the end of a part of the meeting rather than the meeting itself: its opening rite (开幕仪式后，大会进入
#交流环节) or a lecture, lesson or matchmaking session given in it (讲座结束后, 党课结束后, 对接会结束后).
_PART_ENDED_LEAD = re.compile(r"\s*[^，,。；！？\n]{0,10}?(?P<part>开幕式|开幕仪式|开班仪式|讲座|党课|报告会?|课程|宣讲会|对接会)"
                              r"(?:结束)?(?:之|以)?后[，,]")
# The meeting the part belongs to, told before the lead in its paragraph: a study session (理论学习中心组学习会, 集体学习,
# 主题党日, 学习班) or one event joined by 暨 (开学典礼暨专题讲座, 金融工作会议暨银企对接会).
_SESSION_HOLDING_PART = re.compile("学习会|中心组|集体学习|党日|学习班|暨")
# Words saying the meeting goes on after the lead (大会进入交流环节, 会议转入讨论议程, 会议继续进行).
_MEETING_GOES_ON = re.compile("(?:进入|转入)[^，。；！？]{0,8}?(?:环节|议程)|(?:大会|会议)继续")


# 仪式后，双方就…进行了座谈: talks held after the event with the light verb 进行, a record of their own (GUIDELINES §3
# twelfth round) at which the next remarks are made, like one held with 举行 (not 将进行座谈: one ahead; not 曾多次进行座谈,
# 经常进行座谈: earlier talks, a series).
_TALK_HELD_AS_VERB = re.compile("(?<![将拟要曾次常])进行了?(?:工作|专题|友好|业务)?座谈")
# 双方将就下一步合作进行座谈 / 双方拟于下月就…进行座谈 / 双方此前曾多次就…进行座谈: a word of plan or of earlier, repeated
# talks anywhere in the clause before 进行 (not only right before it) leaves the talks unheld; the same words
# meetings/talks.py _SIDES_TALK refuses in the clause of talks it records, so the two readings agree
_TALK_NOT_HELD_IN_CLAUSE = re.compile(TALKS_AHEAD_WORDS + "|准备|" + TALKS_EARLIER_WORDS)


def _talk_held_between(text: str, start: int, end: int) -> bool:
    """Whether talks held with 进行 are told between start and end, their clause (from its start, or start) telling
    no plan and no earlier series (双方将就…进行座谈 is one ahead)."""
    for m in _TALK_HELD_AS_VERB.finditer(text, start, end):
        clause = max(start, *(text.rfind(ch, 0, m.start()) + 1 for ch in "，。；,;\n"))
        if _TALK_NOT_HELD_IN_CLAUSE.search(text, clause, m.start()) is None:
            return True
    return False


def _meeting_resumed(text: str, lead: re.Match[str], mention: Mention) -> bool:
    """Whether a lead placing the sentence after the event (会后，…; 讲座结束后，…) leaves the mention at the meeting all
    the same: a meeting framed again or held between the lead and the name (会上, 在随后的座谈中, 召开座谈会), the meeting
    told as going on (大会进入交流环节), or the lead ending only a part of the meeting (GUIDELINES §4 twelfth round
    speaks of a listener after a lecture): its opening rite, or a lecture inside a study session or a 暨 event when the
    person is the one acting in the lead's own sentence (讲座结束后，县委书记王某强调 / 就贯彻落实提出要求。王某表示)."""
    between = (lead.end(), mention.start)
    if (_HELD_VERB.search(text, *between) or _AT_MEETING_FRAME.search(text, *between)
            or _talk_held_between(text, *between)
            or _AT_MEETING_TALK.search(text, *between) or _MEETING_GOES_ON.search(text, *between)):
        return True
    part = _PART_ENDED_LEAD.match(text, lead.start())
    if part is None or part.end() > lead.end():
        return False
    if part["part"].startswith("开"):
        return True
    paragraph = text.rfind("\n", 0, lead.start()) + 1
    if _SESSION_HOLDING_PART.search(text, paragraph, lead.start()) is None:
        return False
    lead_sentence_end = min((i for i in (text.find(ch, lead.end()) for ch in "。！？\n") if i != -1), default=len(text))
    return mention.start < lead_sentence_end or mention.name in text[lead.end():lead_sentence_end]


# The marks a greeting's clause and the one before it are read between.
_GREETING_CLAUSE_MARKS = "，,；;：:"


def _sympathy_at_no_meeting(sentence: str, page: str) -> bool:
    """Sympathy or condolence shown in ``sentence`` with no meeting named as where it is shown, on a page that tells
    no meeting or by telephone (_SYMPATHY_OR_CONDOLENCE, _BY_TELEPHONE)."""
    return (_SYMPATHY_OR_CONDOLENCE.search(sentence) is not None and _AT_A_MEETING.search(sentence) is None
            and _AT_A_MEETING_TOLD.search(sentence) is None
            and (_MEETING_ON_PAGE.search(page) is None or _BY_TELEPHONE.search(sentence) is not None))


def _greeted_on_visit(sentence: str) -> bool:
    """Greetings on a visit or at a show (到…家中看望，代表…拜年; 出席…演出，向…致以问候): the visit or show word in
    the greeting's clause or the clause before it, never after (随后观看了…演出), and no meeting named as where the
    person is (出席座谈会…)."""
    greeting = _COURTESY_ZHIYI.search(sentence)
    if greeting is None:
        # (向他们表示新春的慰问: the greeting's own 慰问 is left out; 在慰问座谈会上…: a meeting named where the person is)
        rest = _SYMPATHY_SHOWN.sub("", sentence)
        return _VISIT_OR_SHOW.search(rest) is not None and _AT_A_MEETING.search(rest) is None
    clause = start_after(sentence, greeting.start(), _GREETING_CLAUSE_MARKS)
    start = start_after(sentence, clause - 1, _GREETING_CLAUSE_MARKS) if clause else 0
    # (向观看演出的老同志拜年: a show word inside the greeting counts; 致以亲切的慰问 names no visit by its own 慰问)
    return any(not (found.group().startswith("慰问") and found.start() >= greeting.start())
               for found in _VISIT_OR_SHOW.finditer(sentence, start, greeting.end())) \
        and _AT_A_MEETING.search(sentence, 0, greeting.end()) is None


def _not_speaking_here(text: str, sentence: Sentence, mention: Mention) -> bool:
    """The mention's speech words are not its own address: it is the object of 对/把/被/给
    (在会见利维时，对利维来华…表示欢迎), a procedure goes through it (经市委书记张三提议，会议决定…),
    or the sentence gives the words of a written piece (在文章中，习近平…提出要求)."""
    return (
        (text[mention.start - 1 : mention.start] in _OBJECT_PREPOSITIONS and mention.start > sentence.start)
        or _BY_WAY_OF.search(text, max(sentence.start, mention.start - 16), mention.start) is not None
        or _WRITTEN_FRAME.search(text[sentence.start : mention.start]) is not None
        # (大会结束后，记者采访了企业代表刘洋。刘洋说，…: words to the press, the one interviewed in the sentence before)
        or (_INTERVIEWED_BEFORE.search(text, max(0, sentence.start - INTERVIEW_BEFORE), sentence.start) is not None
            and not _AT_THE_MEETING_AFTER.match(text, mention.end))
        # (会后，参会的市教育局局长李立表示，…: a reaction after the meeting, no words at it)
        or (_SOFT_AFTER_NAME_TO.match(text, mention.end) is not None
            and (lead := _OUTSIDE_THE_MEETING.match(text, sentence.start)) is not None
            and not _meeting_resumed(text, lead, mention))
        # (开通仪式后，县长一行察看了沿线站点。副县长周某介绍，…: soft remarks in the sentence right after one told after
        # the event, in its paragraph, with no meeting frame before the name: a remark after it, no role, GUIDELINES §4)
        or (_SOFT_AFTER_NAME_TO.match(text, mention.end) is not None and _after_the_meeting_before(text, sentence, mention))
        # (会后，市长李某强调，…: 强调/指出/要求 told after the event, the person reached right after the lead)
        or ((lead := _OUTSIDE_THE_MEETING.match(text, sentence.start)) is not None
            and _STRONG_AFTER_NAME.match(text, mention.end) is not None
            and _MEETING_ACT_AFTER_LEAD.search(text, lead.end(), mention.start) is None
            and not _meeting_resumed(text, lead, mention)
            and _AFTER_THE_MEETING_TO_NAME.search(text[lead.end() : mention.start]) is not None)
        # (会后，市长李某回答了记者提问: questions answered outside the event, no 讲话 at it)
        or ((lead := _OUTSIDE_THE_MEETING.match(text, sentence.start)) is not None
            and _ANSWERED_QUESTIONS.match(text[mention.end : sentence.end]) is not None
            and _AFTER_THE_MEETING_TO_NAME.search(text[lead.end() : mention.start]) is not None)
        # (会后，县委书记王强向全县人民拜年 / 致以新春的问候: courtesy told after the event, no 致辞 at it)
        or ((lead := _OUTSIDE_THE_MEETING.match(text, sentence.start)) is not None
            and _GREETING_AFTER_NAME.match(text, mention.end) is not None
            and _AFTER_THE_MEETING_TO_NAME.search(text[lead.end() : mention.start]) is not None)
        # (某某在寓所会见…后表示，…: after the meeting)
        or _REMARKS_AFTER_MEETING.match(text, mention.end) is not None
        # (钱某观看演练后表示，…: remarks at a drill or a show watched, no meeting)
        or (_REMARKS_AT_ACTIVITY.match(text, mention.end) is not None
            and _ACTIVITY_MEETING_NAMED.search(text, text.rfind("\n", 0, mention.start) + 1, mention.start) is None)
        # (…讲话引发热烈反响。北京大学…院长孙蚌珠说: a reaction told to the press after the piece's lead)
        # (党课结束后，党员们…清理楼道杂物。退休党员包某感慨地说: a manner adverb before the soft verb, the same
        # reaction after the event, GUIDELINES §4 twenty-first round)
        or ((_SOFT_AFTER_NAME.match(text, mention.end) is not None or _MANNER_SOFT_AFTER_NAME.match(text, mention.end) is not None)
            and not _AT_THE_MEETING_AFTER.match(text, mention.end)
            and _reaction_after_lead(text, sentence, mention))
    )


def _after_the_meeting_before(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether the sentence before the mention's, in its paragraph, opens on a time after the event (会后，…; 仪式结束后，…)
    and nothing between that lead and the name frames a meeting again (座谈会上, 会上) or holds a new one."""
    end = sentence.start
    while end > 0 and text[end - 1] in " \u3000":
        end -= 1
    if end == 0 or text[end - 1] not in "。！？":
        return False
    before = start_after(text, end - 1, "。！？\n")
    lead = _AFTER_THE_MEETING_LEAD.match(text, before)
    return lead is not None and not _meeting_resumed(text, lead, mention)


# A clause mark, a digit or a month word between a paragraph's start and the name: a lead of its own (5月9日，…; 随后，…;
# 会上，…) that opens a new time or event.
_PARAGRAPH_LEAD = re.compile(r"[，,：:；;。\d月]")


def _ended_in_paragraph_before(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention opens its paragraph with only its title before it (副校长韩明说，…) and the paragraph before
    opens or goes on after the event has ended (讲座结束后，同学们纷纷表示…), with no meeting framed or held since: the
    after-the-event time carries over the break (GUIDELINES §4 twelfth review round: a listener's or guest's remark
    after a lecture has ended is a reaction); a new paragraph opening on a time or event of its own ends it."""
    start = text.rfind("\n", 0, mention.start) + 1
    if start == 0 or text[start : sentence.start].strip() or _PARAGRAPH_LEAD.search(text, sentence.start, mention.start):
        return False
    end = start - 1
    while end > 0 and text[end - 1] in "\n \u3000":
        end -= 1
    before = text.rfind("\n", 0, end) + 1
    ended = next(reversed(list(_EVENT_ENDED_LEAD.finditer(text, before, end))), None)
    return ended is not None and not _meeting_resumed(text, ended, mention)


def _reaction_after_lead(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention's sentence follows a reaction piece's lead (…全会精神在我市引起强烈反响) with no
    meeting told since, in its own sentence before the mention or in the sentence before (3月11日，市委召开
    座谈会…。市委副书记陈某说: a speaker at that meeting, GUIDELINES §4; not a reaction to the press)."""
    if _ended_in_paragraph_before(text, sentence, mention):
        return True
    # (the last lead: a headline saying 反响 is repeated by the body's lead)
    lead = next(reversed([m for m in _REACTION_LEAD.finditer(text, 0, sentence.start)]), None)
    if lead is None:
        # (…120人参加。大家纷纷表示，党课很有启发。赵文说: the reactions of the paragraph's listeners)
        lead = next(reversed([m for m in _LISTENERS_REACT.finditer(
            text, max(0, sentence.start - LISTENERS_REACT_REACH), sentence.start)]), None)
        if lead is None:
            # (讲座结束后，学员们围着专家提问。陈某表示: a listener's remark after the event has ended)
            ended = next(reversed([m for m in _EVENT_ENDED_LEAD.finditer(
                text, max(0, sentence.start - LISTENERS_REACT_REACH), sentence.start)]), None)
            return ended is not None and "\n" not in text[ended.end() : mention.start] \
                and not _meeting_resumed(text, ended, mention)
        if "\n" in text[lead.end() : mention.start]:
            return False
        # (会上，与会人员纷纷表示…。最后，县委书记王某说: reactions voiced at the meeting, which goes on; also 与会人员
        # or 参会企业家 as those reacting, or 座谈中/会上 earlier in the paragraph: 座谈中，…发言。与会人员纷纷表示…)
        opening = max(text.rfind(stop, 0, lead.start()) for stop in "。！？\n")
        paragraph = max(text.rfind("\n", 0, lead.start()) + 1, lead.start() - LISTENERS_REACT_REACH)
        if _AT_MEETING_FRAME.search(text, paragraph, lead.start()) or _AT_MEETING_TALK.search(text, paragraph, lead.start()) \
                or _REACTING_AT_MEETING.search(text, opening + 1, lead.start()):
            return False
    # (any sentence since the lead: 两会精神在我市引起强烈反响。3月6日，市委召开座谈会…。市委书记陈某主持会议并讲话。
    # 市委副书记王某说: a speaker at the meeting told two sentences before)
    since = lead.end()
    return not (_HELD_VERB.search(text, since, mention.start) or _AT_MEETING_FRAME.search(text, since, mention.start))


# Fixed patterns of SpeakerExtractor.mentions.
_SHORT_WORD_GAP = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}")
_NAME_CLOSING_AHEAD = re.compile(r"[^」』》，。；]{0,12}[」』》]")
# Fixed patterns of SpeakerExtractor.title_before.
# A verb that ends the clause before a group of posts; 有 inside a company or sector word (有限公司, 有色金属, 有线电视)
# is part of the first post's organization, not a verb (…集团有限公司党委书记、董事长，总经理X).
_GROUP_VERB_SPLIT = re.compile("[的是]|有(?![限色线机])")
_ON_BEHALF_OPENING = re.compile("代表(?!团|处|队|们)")
# 并对毛泽东、周恩来说：…, 李明对王强说，…: names after 对 (a list joined by 、/和/及) right before 说 are those spoken to
# (GUIDELINES §4 Not speakers: people merely mentioned); not 对此/对于/针对/面对 (a topic, then the speaker), and the
# 说 must open the words (说：, 说，), not 说明 or 说服.
_SPOKEN_TO_BEFORE = literal_gated(first_char_gated(re.compile("(?<![针面相绝反应])对(?!此|于|方|外|面)[^，。；：:“”]{0,30}$")))
_SPOKEN_TO_AFTER = re.compile(r"(?:同志)?(?:[、和及][^，。；：:“”]{1,12}?)*?(?:等人?|二人|两人)?说[：:，,]")
# 代表 then a post word right before the name (代表总理, 代表市长, 代表董事长): on behalf of the post's holder (not 代表委员,
# 代表团, 代表、副县长: deputies, a delegation, a label listed).
_ON_BEHALF_OF_POST = re.compile("代表(?=[\u4e00-\u9fff]{0,8}?(?:总理|总统|主席|首相|部长|市长|省长|县长|区长|书记|董事长|总经理|校长|局长|主任))"
                                "(?!团|处|队|们|委员|大会)")
_UP_TO_DATELINE_TAG = re.compile(r"^.*[】\]］〕]")
# An alumni label: the school (a pronoun, or a name ending in a school word: 江城大学, 市第一中学), a class, a
# department, then 校友 (我校1998届校友, 江城大学1988届校友, 江城大学化学系校友). A membership, no post (GUIDELINES §4:
# labels such as 校友代表 are no titles).
_ALUMNI_LABEL = (r"(?:我校|本校|学校|我院|[^、，,]{0,16}?(?:大学|学院|学校|中学|小学|一中|二中|三中|附中|党校))?"
                 r"(?:(?:19|20)?\d{2}(?:级|届))?[^、，,]{0,6}?校友")
_ALUMNI_LABEL_WHOLE = re.compile(_ALUMNI_LABEL)
# (腾讯公司副总裁、我校1998届校友; 华信集团董事长，江城大学1988届校友: the label after the title, set off by 、 or a comma)
_ALUMNI_LABEL_END = re.compile(r"(?<=.)[、，,]" + _ALUMNI_LABEL + "$")
# (校友会会长、1985届校友、恒远集团董事长: the label between two posts, set off by 、 on both sides, dropped as at either end;
# GUIDELINES §4 thirteenth review round: the job title beside an alumni tag is the title)
_ALUMNI_LABEL_MIDDLE = re.compile(r"(?<=[^、，,])、(?:(?:19|20)?\d{2}(?:级|届)[^、，,]{0,6}?校友|" + _ALUMNI_LABEL + r")(?=、[^、，,])")
_UP_TO_INVITED = re.compile(r"^.*?(?:特邀|特别邀请|邀请(?:了|到)?|邀得)(?=.{2})")
# (述职人分别为城关镇党委书记(李明), 点评嘉宾为…: a programme turn's label, GUIDELINES §4 thirty-first round)
_UP_TO_ROLE_NAMED = re.compile(r"^.*?(?:主持人|主讲人|主讲嘉宾|报告人|(?:述职|点评)(?:人|嘉宾|领导))(?:分别)?[为是](?=.{2})")
_ROLE_LABEL_OPENING = re.compile(r"^(?:主持人|主讲人|主讲嘉宾|报告人|(?:述职|点评)(?:人|嘉宾|领导))[、，,](?=.{2})")
# (會中消防局長陳某報告: Taiwan's 会中, "during the meeting", only as the opening word: not 协会中心主任, 会议中心)
_UP_TO_OCCASION = re.compile(r"^(?:.*?(?:会上|期间|仪式上|典礼上)|会中(?=.{2}))")
# A lead clause naming whom the speaker stands for (作为劳模代表，全国劳动模范、…技师(张三)发言; 作为企业代表，…董事长): a
# representative label (GUIDELINES §4: labels are no titles), set off by its comma; the chain starts after it.
_REPRESENTING_LEAD = re.compile("^作为[^，,。；！？、]{0,12}?代表[，,]\\s*(?=.{2})")
_THIS_TIME_OPENING = re.compile("^(?:这次|此次|本次|当天|今天|昨天|今晨)(?=.{2})")
# 新当选会长陈某, 新当选的理事长: the election just told, no part of the post (not 新任: 新任总统 as written)
_ELECTED_OPENING = re.compile("^(?:新|刚刚?|当场)?当选(?:的|为)?(?=.{2})")
_DATE_OPENING = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日")
# (主礼嘉宾为民政事务局局长…, 颁奖嘉宾包括…: the guests' label and the verb naming them, no part of the title)
_THERE_WERE_OPENING = re.compile("^(?:嘉宾|领导|来宾)?(?:还有|也有|有)(?!限|线)|^" + _GUEST_GROUP + "(?:分别)?(?:为|是|包括)")
# An attending word opening a title (与会专家, 参会学者, 出席嘉宾), or its 会 left once 与 is cut as a conjunction.
_ATTENDING_OPENING = re.compile("^(?:(?:与|参|到)?会|出席)(?=专家|学者|嘉宾|代表)")
# A group label of experts (专家学者, 专家教授): people of a kind together, no one's occupation or post.
_GROUP_LABEL_END = re.compile("^(?:专家学者|学者专家|专家教授)$")
# (校友、复旦大学教授: the bare alumni label too)
# (江城大学1988届校友、华信集团董事长: a named school's alumni label opening the chain)
_CLASS_LABEL_OPENING = re.compile(r"^(?:我校|本校|我院|学校)?(?:(?:(?:19|20)\d{2}|\d{2})(?:级|届)[^、]{0,6}|校友)、(?=.)"
                                  r"|^" + _ALUMNI_LABEL + "、(?=.)"
                                  # (旅外乡贤、…公司董事长, 乡贤、退休教师: a native of the place honoured as a worthy, a
                                  # label like 校友 before the job, no post of its own; 外 alone where 在外's 在 was cut
                                  # as a preposition)
                                  r"|^(?:旅外|在外|外出|外|返乡|知名|新)?乡贤、(?=.)")
_REPRESENTATIVE_LABEL = re.compile("[^、]{0,12}代表")
_POSTED_REPRESENTATIVE_END = re.compile("(?:(?:驻|首席|特别)[^、]{0,8}代表|" + _GOVERNMENT_NEGOTIATOR + ")$")
_LATE_ONES_RELATION = re.compile("^[^、]*生前[^、]{1,6}、(?=.)")
_FAMOUS_EPITHET = re.compile(r"^著名[^、]{1,8}家、(?=.)")
_QUOTED_PART = re.compile("[“「][^”」]+[”」]")
# Fixed patterns of SpeakerExtractor._index_posts.
_POST_GROUP_SPLIT = re.compile("[、，,]")
# Fixed patterns of SpeakerExtractor._with_post_references.
_DEPUTY_END = re.compile("(?:常务)?副$")
# Fixed patterns of SpeakerExtractor._bare_post_reference.
_THIS_UNIT_END = re.compile("该(?:校|院|局|县|市|区|镇|公司|集团|中心)?$")
_CLAUSE_OPENING_END = re.compile(r"(?:[，。；：,;:\s]|会上|随后|最后|同时|接着)$")
# Fixed patterns of SpeakerExtractor._holder_by_reference.
_DEPUTY_OPENING = re.compile("^(?:常务)?副")
# Fixed patterns of SpeakerExtractor.roles_after.
_REPORT_WORD = re.compile("报告|讲座|辅导|宣讲")
_LECTURING_AHEAD = re.compile(r"\s*(?:讲授|主讲|讲)")
# Fixed patterns of SpeakerExtractor.extract: a bare teaching word in a later sentence (甲讲授了…专题党课。甲从…方面进行
# 授课) tells the person's party lecture again; 还/又/另 open another lecture (甲还为学员讲课).
_TEACHING_AGAIN = re.compile("授课|讲课")
_ANOTHER_LECTURE = re.compile("[还又另]")
# Fixed patterns of SpeakerExclusions._future_before.
# 即将 before a time or season coming (为应对即将到来的汛期，…召开…会议，由县长某某主持; 面对即将来临的台风): the occasion
# draws near, no act of the sentence is ahead (GUIDELINES §3: the meeting is held; §4: its chair has the role), as
# in 即将到来之际. The future marker 即将 reads on only before a verb of its own (即将召开, 即将由某某主持), and before a
# meeting or event that is coming (即将到来的全县防汛工作大会由县长王强主持: the meeting itself is ahead, its chair
# planned): the gathering word ends the phrase 的 opens, before its verb or the clause's end (not 即将到来的汛期召开的
# 会议: the phrase of the coming time ends at the next 的).
# (matched by the caller right after the marker 即将, which it checks: no look-behind re-reading it)
_TIME_COMING = re.compile("(?:到来|来临)(?!的[^，。；！？由将的]{0,20}?(?:(?<![社机])会议?|论坛|典礼|[仪幕]式|讲座|活动)"
                          "(?:由|将|于|在|[，。；！？]|$))")
# (为迎接即将到来的读书月活动，…召开筹备会，由馆长王强主持; 为筹备即将到来的运动会，…: the coming event is what a
# purpose phrase serves, the object of 迎接/筹备, never the act of the sentence, whatever ends its phrase)
# (在即将换届的市人大常委会…召开的联席会议上，…主任王林…要求…: 即将 closing an attribute on another act, no plan of the
# meeting, GUIDELINES §4 thirty-eighth round)
_ATTRIBUTE_AHEAD = re.compile(ATTRIBUTE_AHEAD)
_PURPOSE_BEFORE_COMING = re.compile("(?:为了?|迎接|筹备|面对|应对|做好)$")
_COMING = ("到来", "来临")
# Fixed patterns of SpeakerExtractor._held_here.
_OCCASION_END = re.compile(r"(?:上|时|期间)$")
# Fixed patterns of SpeakerExtractor._pair_respectively.
_RESPECTIVELY_AHEAD = re.compile(r"\s*分别")
_RESPECTIVELY_JOINED_AHEAD = re.compile(r"\s*分别[^，。；]*[和及、]")
# Fixed patterns of SpeakerExtractor._roles_in.
_PASSIVE_END = re.compile("被[^，。；]{0,12}$")
# (该奖学金由校友周海明出资设立，今年是第十年颁发; 周海明捐资设立的奖学金今年首次颁发: a conferring verb closing its
# clause with no object, after the time it recurs or a noun a 的 heads, tells the prize being conferred, the prize its
# subject; no act of the one named before. Not 由县长王强颁发, 王强为获奖者颁发, where nothing of the kind stands before it)
_CONFERRED_BARE_END = re.compile("颁(?:发|授)了?$")
_CONFERRED_THING_BEFORE = re.compile("(?:[年届次期]|的[^，。；为向给]{1,12})$|的[^，。；为向给]{1,12}?(?:首次|再次|又一次|今年|每年)")
# (王强出资设立的奖学金由他本人颁发, 由其亲自颁授: the prize handed by the one named, 由 and a word pointing back to him
# before the verb; his act, 颁奖. Not 由基金会每年颁发: another body confers it)
_CONFERRED_BY_HIMSELF_END = re.compile("由(?:[他她其](?:本人)?|本人)(?:亲自|亲手)?$")
# 社会文化司司长甲、体育局局长乙等主持颁奖, 由局长甲主持颁奖: Hong Kong and Macau officials officiating the conferral of
# awards, the act 主礼 names (颁奖, GUIDELINES §4 table); not the ceremony chaired (主持颁奖典礼, 主持颁奖仪式: 主持, like
# 主持开班式), nor the awards chaired as a topic (主持颁奖工作).
# The group ``rite`` marks 主禮嘉賓甲主持頒獎儀式, which on a Hong Kong or Macau page is officiating the prize-giving too
# (颁奖, GUIDELINES §4 nineteenth round), not chairing; the caller reads it only there (on a mainland page 主持颁奖仪式
# chairs the ceremony). The group ``gala`` marks 主持頒獎典禮, read like 主持頒獎儀式 on a Hong Kong or Macau page whose
# event is another ceremony (舉行青年節典禮，局長甲主持頒獎典禮: the prize-giving inside it, §4 nineteenth round); where the
# prize ceremony is the event itself, the one who 主持頒獎典禮 chairs it (`X主持典禮`, the host).
_HOSTED_CONFERRAL = re.compile(f"主持(?:了)?颁奖(?:(?P<rite>仪式)|(?P<gala>典礼)|(?![典大仪礼晚会活环]|{_CONFERRAL_WORK_NOUN}))")
# A ceremony other than a prize-giving told on the page (青年节典禮, 周年慶典, 毕业典礼, 开幕式): the event a prize-giving
# ceremony is held inside.
_OTHER_CEREMONY = re.compile("(?<!颁奖)(?<!颁授)(?:典礼|庆典|晚会|开幕式|闭幕式|毕业礼|酒会)")
# (累计颁发奖学金, 至今已颁发…, 历年共颁发: conferrals counted over the years, none at the event told)
_CONFERRALS_TALLIED_BEFORE = re.compile("(?:累计|累積|至今|迄今|历年|歷年|多年来|多年來|以来|以來)[已共先后後]{0,2}$")
_CHAIRING_END = re.compile("主持(?:了|召开)?$")
_THIS_ONE_END = re.compile("(?:上述|这一|这种)$")
_LISTENED_WORD = re.compile("听取|听了")
_REPORTED_BY_END = re.compile("(?:报道|消息|舆论|人士|媒体)$")
_REPORT_OR_SUMMARY_WORD = re.compile("报告|讲座|辅导|总结》")
# 支队长王某作年度工作总结, 局长李某作了2024年工作总结: a year's work summary given as the meeting's business is a report
# (作报告, like 作工作报告, GUIDELINES §4 seventeenth review round); not a closing summary of the meeting (作总结讲话,
# 作会议总结: 讲话), nor the summary meeting itself (作年度工作总结会, 年度工作总结大会) or a talk named after it.
_WORK_SUMMARY_GIVEN = re.compile(r"(?<!工)[作做]了?(?:(?:\d{4}|[一二〇零○]{4})年度?|年度|全年|年终|上半年|下半年|半年)"
                                 r"[\u4e00-\u9fff]{0,4}?工作总结(?![会讲点发报表大》])")
# 为毕业生授予学位, 授予学士学位: conferring degrees is no 颁奖, a degree being no honour (GUIDELINES §4 and §5,
# seventeenth review round); a prize or honour listed with them keeps it (授予学位和荣誉称号), and an honorary doctorate
# stays an honour (授予荣誉博士学位). (Diplomas handed over, 颁发学位证书, are left to 颁奖 for now: reading them as no
# award lowered the held-out scores, whose gold predates the ruling; the lead decides.)
_DEGREE = r"(?:(?:学士|硕士|博士)?学位(?!证))"
_DEGREE_CONFERRED = re.compile(rf"了?[^，。；、“”荣奖和及与]{{0,6}}?{_DEGREE}(?:(?:和|及|与|、){_DEGREE})*(?![证书和及与、])")
# Fixed patterns of SpeakerExtractor.__call__.
_HOST_OR_VENUE_SPLIT = re.compile("由|在|邀请(?:了|到)?|特邀")
_DROPPED_PART_END = re.compile("([^，,、]+)、$")


# A verb of electing or appointing before the chain of the one chosen (理事会选举华信集团董事长郑某为会长, 推选…, 聘任…担任…,
# 选举产生了…): the body that chooses and its verb are no part of that person's title (GUIDELINES §4 title: the job-title
# chain written next to the name). Not a body named for elections (选举委员会主任, 选举工作领导小组组长, 选举办主任,
# 选举管理委员会主席, 选举事务处处长, 选举监督委员会: a body's own word between the verb and its committee or office).
_ELECTING_VERB = "(?:选举|推选|推举|补选|增补|选任|聘任|任命)(?!(?:管理|事务|监督|指导)?(?:委员会|工作|办|科|处|局|署))(?:产生)?了?"
# Fixed patterns of SpeakerExtractor.title_before, made of the module's constants.
# Words before a title that are no part of it (a venue then the other party, verbs, a date): the title
# is what follows the last of them.
# 宣传部分管日常工作的副部长, 学院主持工作的副院长: the remit of a deputy post (the work in charge of, then 的) written
# inside the title chain, as the post is named (GUIDELINES §4 title: the chain as written); the 的 closing it is no cut
# when only the post follows it. (关心教育工作的县长: concern, no remit, still cut.)
# (法国主管旅游的国务秘书, 分管教育的副市长: the field alone after 分管/主管, no 工作, a remit too; not 主持会议的 or 负责补助审核的
# 科长: 主持 and 负责 name a remit only with 工作, GUIDELINES §4 thirty-second round)
_REMIT_IN_CHAIN = re.compile("(?:(?:分管|主管)[^，。；、的是由请在了\\s]{1,8}?|(?:负责|主持)[^，。；、的是由请在了\\s]{0,8}?工作)的"
                             "(?=[^的是由请在了、，\\s]{1,8}$)")
# 未来论坛理事会的轮值主席, 南非驻中国的外交官, 江城大学的教授: a body joined to its post by 的, only the post after it: one
# chain as written, the 的 no cut (GUIDELINES §4 thirtieth review round, title as written); not where a verb before the body
# makes it a place come from or worked at (来自江城大学的教授, 所在公司的经理: the post alone, as before).
# (科考队指挥部的负责人, 设在江城市的科考队指挥部的负责人: a headquarters, an office or a centre as well, its locative
# description before it no part of the chain, GUIDELINES §4 thirty-seventh round)
_BODY_JOINED_TO_POST = re.compile("(?:理事会|委员会|董事会|协会|学会|商会|联合会|大学|学院|公司|集团|医院|银行|政府|使馆|研究所|研究院"
                                  "|指挥部|总部|办公室|中心"
                                  "|驻[^，。；、的是由请在了\\s]{1,6}?)的(?=[^的是由请在了、，\\s]{1,8}(?:、[^的是由请在了、，\\s]{1,16}){0,3}$)")
_VERB_BEFORE_BODY = re.compile("来自|参加|出席|作为|担任|身为|邀请|陪同|带领|率领|所在|就读|毕业|任职|服务|访问|考察|走访|来到")
_TITLE_LEAD_CUT = re.compile(_VENUE_THEN_PARTY.pattern + "|应[约邀](?:同|与|跟|和)"
                            # (应约同法国外长: an invitation accepted, then the other party)
                            # (not the 的 of 新的社会阶层人士联合会, a body's name: 市新的社会阶层人士联合会会长)
                            "|[是由请在了]|的(?!社会阶层)|(?<=[会委组局部办院府])对(?![外口台])"
                            # (甲也向总理乙摊牌: an adverb, then 向 before the one addressed; thirty-fourth round)
                            "|(?<=[也又还再亦都则])向(?!阳)"
                            # (刚才，我和市长王志刚为…颁奖: the speaker 我 and the conjunction before the other one's title;
                            # not 我院院长, a self-reference kept in the title)
                            "|我(?:和|与|同|跟)"
                            # (10名优秀党员从县委书记张某手中接过证书: the takers before 从; not 从化区, 从江县)
                            "|(?:^|(?<=[\u4e00-\u9fff]))从(?!" + FROM_OPENS_WORD + ")"
                            # (根据县委书记吴某的指示, 遵照县长王某指示: the directive's words before the title)
                            # (听取和审议市长陈志强…的报告: two verbs joined, both before the title)
                            "|按照|遵照|依照|根据|依据|联同|偕同|连同|陪同|率领|带领|率同|" + _LEADS_BARE + "(?![先领同])|听取(?:和审议|并审议|、审议)?|^据"
                            # (主礼嘉宾包括立法会议员…: the verb introducing a list of guests)
                            "|包括"
                            # (三位获奖作家分别为小说家王明、…, 获奖作家有小说家王明: a list's intro after a group;
                            # not 有限公司, 有关部门, 有色金属)
                            "|分别为|(?<=[们位名员家者士宾])有(?![限线关色机研])"
                            # (《江城日报》庆祝创刊十五周年本报副社长: a headline's anniversary clause glued before the post, no
                            # part of the chain, GUIDELINES §4 thirty-third round; not 建校五十周年庆典组委会主任, a body named so)
                            "|周年(?!庆|纪念|活动|大会|筹|组委|委员会|晚会|办公室|领导小组|论坛|工作)"
                            # (以下为…局长某某…的致辞全文: the transcript's lead, 为 as 是)
                            "|以下为"
                            # (当天会见以色列总理, 前往华盛顿会晤美国总统: a visit's verb before the host's title)
                            # (提起护林员王某，无人不知: "speaking of", a topic's verb before the post)
                            # (理事会选举华信集团董事长郑某为会长, 推举…担任…: the body electing or appointing and its verb,
                            # GUIDELINES §4 title: the job-title chain written next to the name)
                            "|会见|会晤|会谈|接见|拜会|前往|谈到|提到|说到|提起|说起|谈起|接到|委托|" + _ELECTING_VERB +
                            # (轮到金沙社区党委书记饶某，他直言…: the turn coming in a sequence, GUIDELINES §4)
                            "|轮到"
                            # (致信联合国秘书长: a letter's addressee; 他先后与以色列总理: a pronoun subject,
                            # then the other party)
                            # (希拉克发给《欧洲时报》社长某某的贺词: a message's addressee after the verb of sending, §4 thirty-third round)
                            "|致信|致函|致电|发给|寄给|写给|(?:^|(?<=[，、]))(?:他|她)们?[^、]{0,3}?(?:同|与|和|跟)"
                            # (…致辞，热烈欢迎中国国务院副总理…: the guest welcomed; not 迎接香港回归活动筹备委员会主任,
                            # 市欢迎委员会主任: an organization's name)
                            "|(?:热烈|隆重|真诚|衷心)欢迎|宴请"
                            # (今天上午同法国外交部长杜邦: a time word, then the other party)
                            "|(?<=[午天日晚])(?:同|与|和|跟)"
                            # (省委巡视组同市委书记, 调研组一行和市委书记, 调研组向市委书记: a group acting with or
                            # towards the person; 市长与市委书记: another post holder beside the person, 和 kept
                            # inside a chain: 中国科学院院士和中国工程院院士; 他感谢市委书记: the thanks before the title)
                            "|(?:(?<=[组团队])|(?<=一行))(?:同|与|和|跟|向)|(?<=[市县区省镇乡部局厅处科所院校社行]长|书记|主任|主席)(?:同|与|跟)(?=.{2})"
                            "|感谢|感激"
                            # (…钱其琛14日与意大利外长迪尼: a date ends another person's clause)
                            rf"|{DATE_NUMBER}日(?:上午|下午|晚上|晚)?(?:与|同|和|跟)?")
# Fixed patterns of SpeakerExtractor.__call__, made of the module's constants.
_GUEST_LABEL_RE = re.compile(_GUEST_LABEL)


# A drill or exercise told held (…应急演练在江滨举行, 组织开展消防演练, 宣布演练开始): no meeting, like a contest, and remarks
# made at it give no role (GUIDELINES §3, §4 eighth round) unless a ceremony or meeting held with it is named (启动仪式,
# 点评会: then a meeting record stands).
_DRILL_WORDS = ("演练", "演习")
_DRILL_WORD = "(?:" + "|".join(_DRILL_WORDS) + ")"
_DRILL_HELD = re.compile(f"{_DRILL_WORD}[^，。；！？\n]{{0,20}}?(?:举行|举办|开展|开始|启动|结束)"
                         f"|(?:举行|举办|开展|组织)[^，。；！？\n]{{0,20}}?{_DRILL_WORD}")
# A tally of drills held before (今年已开展应急演练30余次, 此前各乡镇组织开展了消防演练, 累计举办演练12场): no event of
# the page (cr8 1.11).
_DRILL_TALLY = re.compile("已|累计|共|先后|此前|以来|多次|\\d+余?[次场]")
# A day the event is told on (6月5日, 昨天, 上午): a drill told held on one is the page's event.
_DRILL_DAY = re.compile("\\d{1,2}日|[昨今前]天|[上下]午|当天|近日")
# The sentences of a page, as the drill rule reads them.
_DRILL_SENTENCE = re.compile("[^。！？!?\n]+")


def activity_without_meeting_told(sentence: str) -> bool:
    """An activity that is no meeting is told held in ``sentence``, not counted among past ones: a drill, or a
    festival's celebration with no ceremony named (举办…丰收节庆祝活动, FESTIVAL_CELEBRATION_HELD); remarks made at it
    give no role (GUIDELINES §3 drills and festivals, §4 remarks at an activity that is no meeting)."""
    return (_DRILL_HELD.search(sentence) is not None or FESTIVAL_CELEBRATION_HELD.search(sentence) is not None) \
        and _DRILL_TALLY.search(sentence) is None


# 植树活动中，局长X向居民介绍了…; 在垃圾分类宣传活动中，副局长X向居民讲解…; X在…宣传活动中向群众介绍: remarks told as
# made during an activity that is no meeting (GUIDELINES §4 twelfth review round): no role on a page with no meeting. Not an
# activity named as a meeting or a lecture (主题党日活动中，X讲授专题党课; 座谈活动, 颁奖活动, 宣讲活动: _MEETING_IN_ACTIVITY).
# (周强、李华分别参加了北京、深圳的服务活动，并为示范基地授牌: the act told as done in the activity the subjects attend,
# §4 twelfth review round, §3 no meeting noun)
_ACTIVITY_FRAME_OPENING = re.compile(r"^\s*(?:在|于)?(?P<act>[^，,。；！？“”\n]{0,16}?)活动(?:中|期间|过程中|现场|间隙)[，,]"
                                     r"|^[^，,。；！？“”\n]{2,24}?在(?P<act2>[^，,。；！？“”\n]{0,16}?)活动(?:中|期间|过程中|现场|间隙)"
                                     r"|^[^。；！？“”\n]{2,60}?(?:参加|参与)了?(?P<act3>[^，,。；！？\n]{0,24}?)活动[，,](?:并|还|同时)")
_MEETING_IN_ACTIVITY = re.compile(_MEETING_IN_FRAME.pattern + "|党日|宣讲|颁|表彰|授|签约|揭牌|启动|开幕|培训|课")
# A meeting named after the frame as where the words are said (报告会上, 座谈会上, 在…会上).
# (活动中，X为来宾作了专题讲座: a lecture given inside the activity is a lecture held, GUIDELINES §3 thirteenth review round)
_MEETING_HEAD_AFTER_FRAME = re.compile("(?:报告|座谈|推进|宣讲|交流|分享|说明)会|会上|讲座")
# An inspection tour or visit: what a leader says there is no speech at a meeting.
_TOUR = re.compile("调研|考察|视察|督导|检查|走访|看望|慰问")
# A meeting frame for a report on work (座谈会上，…汇报了; 汇报会; 会上): the report is given at it.
_REPORT_AT_MEETING = re.compile("会上|座谈|汇报会|报告会|会议")
# 作报告, 听取…报告, 报告会, 在报告时: a report given or heard, the one occasion the word 报告 names; a report as a document
# proposed, submitted or published (政府将提出…选择报告, 调查报告近日正式发表, 向议会提交年度报告) names none (GUIDELINES §4
# thirty-second round: a written report is no meeting, and remarks about it are made at none).
_REPORT_GIVEN_BEFORE = re.compile("(?:作|做|听取|听了|聆听|宣讲)[^，。；！？,;]{0,20}$")
_REPORT_OCCASION_AFTER = re.compile("[会时上]")
# A report told as a document in its clause: a verb handling a text or a kind of document before it (提出…选择报告, 提交年度
# 财政报告, 调查报告, 这份研究报告, 提供的一份报告), or its publication or contents after it (报告近日正式发表, 报告已经出炉, 报告的数据).
_DOCUMENT_REPORT_BEFORE = re.compile("(?:提出|提交|递交|发表|公布|发布|起草|撰写|提供)[^，。；！？,;：:“”]{0,12}$"
                                     "|(?:调查|研究|评估|选择|财政|预算|分析|年度|最终|这份|该|份)[”」]?$")
_DOCUMENT_REPORT_AFTER = re.compile("[^，。；！？,;]{0,6}?(?:发表|公布|出炉|显示|问世|发布|指出|称|说|认为|的数据|的结论|的内容)")


def occasion_named(sentence: str) -> bool:
    """Whether ``sentence`` names an occasion (_OCCASION), a 报告 told as a document (_DOCUMENT_REPORT_BEFORE/_AFTER) not
    counting unless given or heard there (作报告, 报告会, 在作报告时)."""
    for m in _OCCASION.finditer(sentence):
        if m.group() != "报告" or _REPORT_OCCASION_AFTER.match(sentence, m.end()) \
                or _REPORT_GIVEN_BEFORE.search(sentence, 0, m.start()) \
                or not (_DOCUMENT_REPORT_BEFORE.search(sentence, 0, m.start()) or _DOCUMENT_REPORT_AFTER.match(sentence, m.end())):
            return True
    return False


def told_in_activity(sentence: str) -> bool:
    """Whether ``sentence`` tells what follows as done during an activity that is no meeting (:data:`_ACTIVITY_FRAME_OPENING`)."""
    frame = _ACTIVITY_FRAME_OPENING.match(sentence)
    if frame is None:
        return False
    # (活动期间，县科协举办了3场专家报告会，研究员王某作了报告: a meeting held in the activity, the talk given at it)
    act = next(group for group in (frame["act"], frame["act2"], frame["act3"]) if group is not None)
    return _MEETING_IN_ACTIVITY.search(act) is None \
        and _HELD_VERB.search(sentence, frame.end()) is None and _MEETING_HEAD_AFTER_FRAME.search(sentence, frame.end()) is None


def activity_without_meeting_on_page(clean_text: str) -> tuple[bool, bool]:
    """Whether the page ``clean_text`` names an activity that is no meeting at all (a drill, a festival's
    celebration: one of the words every pattern of :func:`activity_without_meeting_told` needs), and whether one is
    told held as the page's event: in its headline (the first line) or a sentence with a day (the sentences as the
    rule reads them, :data:`_DRILL_SENTENCE`)."""
    named = any(word in clean_text for word in (*_DRILL_WORDS, *FESTIVAL_ACTIVITY_WORDS))
    told = [m.group() for m in _DRILL_SENTENCE.finditer(clean_text) if activity_without_meeting_told(m.group())] if named else []
    headline = clean_text.split("\n", 1)[0]
    return named, any(_DRILL_DAY.search(sentence) or sentence == headline for sentence in told)


_SENTENCE_SPAN = re.compile("[^。！？\n]+")
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
# A report's dateline opening a paragraph (新华社伦敦1月8日电, 据新华社…电, 本报北京1月5日讯), or its reporters' line (本报记者
# 王芳报道, GUIDELINES §11 twenty-third review round).
_ITEM_DATELINE = re.compile(r"\s*(?:据?(?:本报|[\u4e00-\u9fff]{1,6}(?:网|社|台|报))[^，。\s]{0,10}?(?:讯|电)|" + REPORTERS_ITEM_OPENING + ")")
# An analysis piece: a byline line of its own under the headline (新华社记者王明, 本报记者 李华 张伟) and no dateline opening
# the body (GUIDELINES §4 sixteenth review round: a leader's remark tied to no meeting the piece tells gives no speaker).
_ANALYSIS_BYLINE = re.compile(r"(?:新华社|本报|人民日报|[\u4e00-\u9fff]{1,6}(?:社|报))?(?:特约|驻[^\s记]{1,6})?记者"
                              r"\s*[\u4e00-\u9fff][\u4e00-\u9fff 　、]{1,20}")
# (三位总理还在各自的讲话中…提出具体建议。某某呼吁…: the remarks told as made in a speech or at the meeting)
_WORDS_AT_MEETING = re.compile(r"在[^，。；]{0,12}?(?:讲话|致辞|致词|发言|演讲)中|(?:会上|会议上|会谈中|会晤中|会见时)")
# (the words put to another at the meeting, told in the sentence before the remark: 某某向罗斯表明了巴方的立场。他指出，…)
_PUT_TO_ANOTHER = re.compile(r"向[^，。；]{1,12}?(?:表明|阐明|阐述|说明|介绍|通报|表示|转达|重申)")
# The words an opinion verb opens (研究员张帆认为，峰会承诺…): a view of a meeting, not where it was said; an analysis
# piece's opinion is tied to a meeting only by what comes before them. (Only opinion verbs: 说/表示/指出 cut the same
# way lowered the held-out newspaper speakers, one right speaker lost, and were left out.)
_OPINION_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])(?:认为|分析|坦言)[，,：:]")


def _before_opinion(text: str) -> str:
    """``text`` up to its first opinion verb (:data:`_OPINION_WORDS`), the words it opens cut off."""
    opinion = _OPINION_WORDS.search(text)
    return text[: opinion.start()] if opinion else text


def _analysis_piece(clean_text: str) -> bool:
    """Whether the text is an analysis piece: a byline line of its own among the first lines and no line among them
    opening with a dateline (本报北京5月6日电, 新华社某地5月6日电)."""
    lines = [line.strip() for line in clean_text.split("\n", 4)[:4] if line.strip()]
    return any(_ANALYSIS_BYLINE.fullmatch(line) for line in lines) \
        and not any(_ITEM_DATELINE.match(line) for line in lines)


def _evidence_list(evidence: Any) -> list[dict[str, Any]]:
    """A record's evidence as a list (a meeting carries one evidence dict, a speaker a list)."""
    if not evidence:
        return []
    return [evidence] if isinstance(evidence, dict) else list(evidence)
