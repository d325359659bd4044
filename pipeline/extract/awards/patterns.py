"""Patterns, word lists and helpers shared by the readings of the package."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import (
    CLAUSE_BREAK,
    GRADES_WON,
    LIFE_EVENT_AFTER_YEAR,
    PRIZE_GRADES,
    SPEECH_VERBS,
    Sentence,
    first_char_gated,
    literal_gated,
    stamp_year,
)

# 1,286 and 一百零二 too, digits or numerals but not both (王五3名: the 五 ends a name); 第三 is an ordinal
# (1.2万名: a decimal before 万 or 千; not the idiom 千家万户 / 千村万户, "every household", no count)
# (唯一一家, 唯一一对: the first 一 closes the word 唯一, "the only", and the count is the numeral after it, not 一一 = 11)
NUM = (r"(?:(?<![第\d.．])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+[.．]\d+[万千]|\d+[十百千万]?)"
       r"|(?:(?<=唯一)|(?<![第\d一二三四五六七八九十百千两廿卅零〇数几]))(?<!千[家村])(?!千[家村]万[户家])"
       r"(?!(?<=唯)一[一二三四五六七八九十两])[一二三四五六七八九十百千两廿卅零〇]+)")
_QUOTE_OPEN, _QUOTE_CLOSE = "“「\"『", "”」\"』"
# A quoted honour (“优秀共产党员”), its name in the group honor; and the up to three Han characters right after the closing
# mark in the group after (称号, 荣誉称号, 奖牌), which the readers look at to tell a title from a thing handed out.
_QUOTED_HONOR = rf"[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n]{{2,30}})[{_QUOTE_CLOSE}]"
_AFTER_QUOTE = r"(?=(?P<after>[\u4e00-\u9fff]{0,3}))"
# A quoted honour and the few characters after it (its holders' noun, read by AwardExtractor._kind).
_QUOTED_HONOR_AFTER = _QUOTED_HONOR + _AFTER_QUOTE
# An edition word right before a quoted honour handed over (颁发首届「…奖」予…, 第三届, 本届): no part of the honour's name;
# nor is the year of this conferral (颁发本年度「…奖」予5位校友, 今年, 2023年度, 112年度: §5 twenty-ninth round, like the
# edition; not 去年/上年, a conferral of another period, twenty-eighth round).
_EDITION_OR_YEAR_BEFORE_QUOTE = ("首届|本届|第[一二三四五六七八九十百\\d]{1,4}届"
                                  "|(?:本|今)(?:学)?年度?|(?:(?:19|20)\\d{2}|1[01]\\d)(?:学)?年度?")
# The grade of a graded medal (一星章 .. 五星章) or its metal grade (金章, 银章, 铜章).
_GRADE_WORDS = "[一二三四五]星章|[金银铜]章"
# A noun right after a quoted honour that belongs to it (4个“双强六好”党组织, 「光荣在党50年」纪念章).
# (100个“三下乡”活动先进集体, “园丁奖”先进个人: the rank after a quoted campaign or prize)
# (10名“最美”志愿者, 8家“安康杯”竞赛优胜单位: the quoted word qualifies the holders' noun)
# (30名“新时代好少年”提名奖获得者: the prize conferred on an honour's nominees)
# A nomination prize written right after an unquoted honour and before its holders (254名全国道德模范提名奖获得者).
# Works honoured, named by a word of merit after a quoted prize or campaign (“江城杯”优质工程, “平安工地”示范项目).
_MERIT_WORKS = "(?:建设)?(?:优质|精品|示范|样板|标杆)(?:工程|项目|工地)"
_NOMINEES_PRIZE_AFTER = re.compile("提名奖(?=获得者|获奖者|得主|[，。；、和及]|$)")
_NOUN_AFTER = re.compile("^(提名奖(?![金励品状项杯章牌])|(?:活动)?(?:先进集体|先进个人|先进单位|先进工作者|模范集体|模范个人)|基层党组织|基层党支部|基层党委|党组织|党支部|党委|党总支|集体(?!奖章)|单位|组织|企业|学校|班组|家庭|(?:(?:19|20)\\d{2})?年度人物|人物|团队"
                         "|志愿者|志愿服务组织|(?:竞赛|比赛)?(?:优胜|优秀)(?:单位|集体|个人|班组)"
                         # (“江城杯”优质工程, “平安工地”示范项目: the works honoured, named by a word of merit)
                         "|" + _MERIT_WORKS +
                         # (“红领巾奖章”集体奖章: the medal's kind for teams, not the bare 集体 of the list above)
                         # (为10名学生颁发“优秀学生”奖学金: the scholarship named, §5 tenth round, not its 奖 cut off)
                         "|纪念章|勋章|(?:集体|个人)?奖章|奖牌|奖杯|奖[学教]金|奖(?![金励品状项杯章牌])"
                         # (“红领巾奖章”一星章: the grade of a graded medal written after the closing mark)
                         # (“红领巾奖章”金章: a metal grade as well)
                         "|" + _GRADE_WORDS + ")")
# The unquoted rest of an honour whose quote marks hold only its qualifying word (“四有”好老师, “三八”红旗手,
# “巾帼”文明岗, “向上向善”好青年, 县级“四强”党支部): a short run after the closing mark ending on the holders' head
# noun, a person's or a body's, and right after it the clause or list going on (、和及与, punctuation), 称号 or a verb
# of conferring, so that no verb or clause after the honour is taken in (“四有”好老师进行了表彰).
_HOLDER_HEAD = ("(?:老师|教师|青年|少年|儿童|儿女|媳妇|婆婆|红旗手|能手|标兵|模范|楷模|先锋|工匠|之星|(?<!党)员|[者师家士]"
                "|[岗户]|(?<!称)号|家庭|党支部|党组织|党委|集体|单位|团队|班组|企业|学校|村|社区)")
# Words no head noun of an honour holds (verbs of conferring, receiving or acting, function words, 代表).
# (为8名学生颁发“三好学生”证书: the certificate or plaque handed over is the honour's token, no holders' noun)
# (获颁「杰出义工」奖项: 奖项 only says the quoted honour is a prize, no part of its name)
_TAIL_NOT_NOUN = ("受|获|被|予|给|颁|授|表彰|表扬|进行|参加|出席|发言|代表|上台|领|的|在|等|并|为|向|对|是|了|将|共|各|分别"
                  "|走|作|到|来|同|称号|荣誉|名单|评|选|中|其|后|前|时|证书|牌匾|奖项")
# (“四强”党支部（共16个）: the count in brackets closing the honour as well)
_TAIL_STOP = "(?=[，。；、,;和及与（(]|$|(?:荣誉)?称号|进行|予以|给予|受到|获得|被|颁发|授牌|颁牌)"
_HONOR_TAIL = re.compile(f"[\u4e00-\u9fff]{{0,4}}?{_HOLDER_HEAD}{_TAIL_STOP}"
                         # (15名“三好”学生, 32名“四有”优秀士兵, 5个“平安”医院, 6个“红旗”连队, 10个“五星级”窗口: a head noun no
                         # list names, read as any short noun closing the clause or the item; never a verb, a function
                         # word or 代表 in it, so that no clause after the honour is taken in: “金牌月嫂”受到表彰)
                         # (not 为20名“双报到”党员颁发证书: party members, residents or villagers are those the
                         # campaign in the quote names, as the holders' head leaves out 党员)
                         # (nor 表彰了10名“最美医生”获得者: the winners' word, no part of the honour, as for 白求恩奖获得者)
                         f"|(?:(?!{_TAIL_NOT_NOUN})[\u4e00-\u9fff]){{1,4}}?(?<!党员|群众|居民|村民|市民|家属|成员|得主)(?<!获得者|获奖者|获奖人)"
                         f"{_TAIL_STOP}")
# A quoted part that is a whole honour already, ending on its holders' head noun (“优秀共产党员”, “最美家庭”), or a
# name longer than a qualifying word (“光荣在党50年”): a noun after it names the recipients (“最美家庭”成员,
# “光荣在党50年”老党员), no more of the honour.
_QUOTED_WHOLE = re.compile(f"{_HOLDER_HEAD}$|[人员奖]$|称号$|^.{{5,}}$|\\d")
# A rank after a quoted name that no holders' head ends (“四好农村路”示范县, “四好农村路”示范乡镇): the name is a campaign's,
# the honour its model or leading rank, read on to the clause's or item's end as for a qualifying word.
# (“安全生产标准化”达标企业: the rank of meeting the campaign's standard; “万企兴万村”行动先进企业: the campaign's own
# noun before the rank, which reads the quote as a campaign's name even when it ends on a holders' head such as 村)
_RANK_TAIL = re.compile(f"(?P<campaign>行动|活动|工作|创建|竞赛)?(?:示范|先进|标杆|模范|达标)"
                        f"(?:(?!{_TAIL_NOT_NOUN})[\u4e00-\u9fff]){{0,4}}?{_TAIL_STOP}")
# A prize grade after a quoted contest's or prize's name (5名选手获“挑战杯”一等奖, 获“创青春”大赛金奖, “挑战杯”全国大学生…竞赛
# 一等奖): the grade of that prize is the honour conferred (§5: prize grades are awards), named with the contest as
# written, never the contest's name alone; the contest's words after the mark hold no verb, 的 or joining word, and the
# grade closes the clause or item. After a quoted name that is a whole honour already (“优秀教学成果奖”一等奖) only a grade
# right after the mark.
_GRADE_TAIL_NOT = "受|获|夺得|被|予|给|颁|授|表彰|表扬|进行|称号|的|在|并|为|向|对|是|了|将|共|各|分别|和|及|与|等"
# (获“金秋杯”书法比赛一等奖和二等奖: one count over two grades joined by 和, the whole phrase, §5)
_GRADE_NAMED = f"(?:{PRIZE_GRADES})"
# (获“挑战杯”一等奖后…: a clause of time after the grade closes it as well)
_GRADE_TAIL = re.compile(f"(?P<contest>(?:(?!{_GRADE_TAIL_NOT})[\u4e00-\u9fff]){{0,24}}?)"
                         f"{_GRADE_NAMED}(?:[和及]{_GRADE_NAMED})*(?:{_TAIL_STOP}|(?=的(?:好|优异)?(?:成绩|佳绩))|(?=[之以]?后(?![续劲]))"
                         "|(?P<own_count>(?=(?:\\d+|[一二三四五六七八九十两]{1,3})[项个名位人件篇部支])))")
# A medal or place won at a quoted contest (获得“希望杯”数学邀请赛金牌, 获“振兴杯”冠军): a competition result (§5),
# never the contest's name as an honour.
_CONTEST_RESULT_TAIL = re.compile(f"(?:(?!{_GRADE_TAIL_NOT})[\u4e00-\u9fff]){{0,24}}?(?:[金银铜]牌|冠军|亚军|季军|第[一二三]名)"
                                  f"(?:{_TAIL_STOP}|(?=的(?:好|优异)?(?:成绩|佳绩)))")
# A quoted contest's name framing where a prize's grade was won (5名学生在“挑战杯”竞赛中获一等奖): the grade alone is the
# honour, as after an unquoted contest (在全国大学生数学建模竞赛中获国家一等奖), never the contest's name.
# (5名学生参加“挑战杯”竞赛获一等奖: the contest's words ending on 赛 right before the verb frame it too)
_CONTEST_FRAME_GRADE = re.compile(f"(?:(?!{_GRADE_TAIL_NOT})[\u4e00-\u9fff]){{0,16}}?(?:[中上]|(?<=赛))(?:荣获|获得|获|夺得)"
                                  f"(?P<grade>{_GRADE_NAMED}(?:[和及]{_GRADE_NAMED})*)(?:{_TAIL_STOP}|(?=的(?:好|优异)?(?:成绩|佳绩)))")
# A token handed over for an honour (“普惠金融先进单位”奖牌): no part of a quoted name that ends on its holders already.
_TOKEN_AFTER = re.compile("纪念章|勋章|奖章|奖牌|奖杯")
# Need-based aid (国家助学金资助学生2860名, 获得国家助学金, 奖助学金): a grant to those in need, no honour (§5: an honour
# named; the money is funding); not an honour for helping them (优秀帮扶干部, 扶贫济困先进个人).
_AID_HONOR = re.compile("(?:助学金|助学贷款|补助金?|补贴|救助金?|慰问金)(?:资助|受助)?(?:学生|对象|家庭|人员)?$"
                        "|(?:资助|受助|救助)(?:学生|对象|家庭|儿童|人员|户)$")
# A bare grade of a graded medal (8名队员获得二星章) after the medal named with another grade just before
# (42名少先队员获得“红领巾奖章”一星章，…): the medal written once, the grade its own.
_MEDAL_GRADE = re.compile(_GRADE_WORDS)
MEDAL_GRADE_WITHIN = 60
# More quoted honours joined by 和/及/与/、 right after the closing mark, then the conferral or the clause's end
# (23名“十佳员工”和“优秀员工”进行了表彰, …和“优秀党务工作者”称号): the count before the first is over them all; not
# when a count follows (“甲”和“乙”20名: that one's count) or their representatives.
_JOINED_QUOTES = re.compile(
    f"(?P<more>(?:[和及与、]?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\\n，。；“”「」]{{2,30}}[{_QUOTE_CLOSE}]){{1,3}})"
    "(?:(?P<representatives>代表(?![队团]))|(?=(?:荣誉)?称号|进行|予以|给予|受到|颁发|授牌|颁牌|[，。；,;]|$))")
# (大会表彰了100名“优秀志愿者”“奉献、友爱、互助、进步”: a quote with no joiner before it joins only when it reads as an
# honour itself, no slogan listed with 、 inside it)
_JOINED_QUOTE_ITEM = re.compile(f"(?P<joiner>[和及与、]?)[{_QUOTE_OPEN}](?P<item>[^{_QUOTE_CLOSE}]+)[{_QUOTE_CLOSE}]")
# Quoted honours listed after one and closed by 等 and the word for them (“甲”“乙”等奖项, “甲”、“乙”等荣誉称号, “甲”“乙”等7类
# 奖项): one group of honours, named as written (甲、乙等奖项; the number of kinds is no part of it).
_QUOTED_ETC = re.compile(
    f"(?P<more>(?:[、，,]?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\\n，。；“”「」]{{2,30}}[{_QUOTE_CLOSE}]){{1,5}})"
    "等(?:[\\d一二三四五六七八九十]+类)?(?P<word>奖项|荣誉称号|荣誉|称号)")
_QUOTED_ITEM = re.compile(f"[{_QUOTE_OPEN}]([^{_QUOTE_CLOSE}]+)[{_QUOTE_CLOSE}]")
# A short quoted name within one sentence (2 to 30 characters, no sentence or clause-closing marks): the honours that a
# later count or 该奖 may refer back to, its name in group 1.
_SHORT_QUOTE = re.compile(f"[{_QUOTE_OPEN}]([^{_QUOTE_CLOSE}，。！？；!?]{{2,30}})[{_QUOTE_CLOSE}]")
# The same for an unquoted honour after its count (表彰了20名优秀教师和优秀班主任, 为15名优秀党员和优秀党务工作者颁发荣誉证书):
# one more honour joined by 和/及/与, then the conferral or the clause's end (not 和优秀班主任10名: that one's count).
_JOINED_PLAIN = re.compile("(?P<more>[和及与](?P<next>[\u4e00-\u9fff]{2,12}?))"
                           "(?=(?:荣誉)?称号|进行|予以|给予|受到|颁发|颁授|授牌|颁牌|[，。；,;]|$)")
_ONCE_BEFORE = re.compile("曾经?$")
# A count inside a phrase between a count and its conferral (为25名先进个人和5个先进集体颁发: two items, each its own count).
_COUNT_IN = re.compile("[\\d一二三四五六七八九十两百千]+[名个位人家所户]")
_TOKEN_WORD = re.compile("荣誉证书|证书|纪念章|勋章|奖章|奖牌|奖杯|奖状|牌匾")
_JOINED_TOKEN = re.compile(
    f"(?P<more>[和及与][{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\\n，。；]{{2,30}}[{_QUOTE_CLOSE}](?:荣誉证书|证书|纪念章|勋章|奖章|奖牌|奖杯|奖状|牌匾|(?:荣誉)?称号))"
    "(?=[，。；,;]|$)")
# A quoted word that only praises (“优秀”, “先进”): its holders' noun after the mark completes the honour even when it
# is 党员, which the tail above leaves out after a campaign's name (12名“优秀”党员代表 → 优秀党员, as unquoted).
_PRAISE_WORD = re.compile("优秀|先进|模范|最美")
_PRAISED_MEMBERS = re.compile(f"(?:共产)?党员(?=代表|{_TAIL_STOP})")
_HOLDER_ENDED = re.compile(f"{_HOLDER_HEAD}$|[人员奖]$|称号$")
# A level right before the opening mark of an honour quoted only in part (县级“四强”党支部, 市级“五星级”党支部):
# the level is written inside the honour's name, as for unquoted honours (全市优秀共产党员).
_LEVEL_WORD = "(?:国家级|[省市县区镇乡校院]级|全(?:国|省|市|县|区))"
_LEVEL_BEFORE_QUOTE = re.compile(f"{_LEVEL_WORD}$")
# The heads of a designation conferred on units (就业见习基地, 院士专家工作站, 众创空间, 科技企业孵化器): places or platforms
# a body is named as, not the holders' own noun (企业, 单位) and no rating (高新技术企业).
# (乡村旅游重点村, 美丽乡村示范村, 运动休闲特色小镇: villages and towns named as a programme's key or model ones)
_DESIGNATION_HEAD = ("(?:基地|工作站|服务站|中心|空间|孵化器|平台|示范区|示范点|示范园|园区|实验室"
                     "|(?:重点|示范|特色)(?:村|镇|乡镇|小镇))")
# A designation's name: words before its head, or 特色小镇 alone, a programme's whole name (为3个省级特色小镇授牌).
_DESIGNATION_NAME = f"(?:[\u4e00-\u9fff]{{2,12}}?{_DESIGNATION_HEAD}|特色小镇)"
# The heads of a designation conferred on people with a level word (市级非物质文化遗产代表性传承人, 省级技能大师, 市级教学
# 名师): a title a body confers by decision, like a plaque's designation of units; not the holders' own noun (教师,
# 运动员) and no rating. The head may stand alone after the level word (为10名市级技能大师颁发证书).
# (为10名市级技能大师颁发了荣誉证书, 为20名县级骨干教师颁发荣誉证书: the designation written alone after its level, the
# certificate its token, GUIDELINES §5)
_PERSON_DESIGNATION_NAME = "(?:[\u4e00-\u9fff]{0,14}?(?:传承人|工匠|技能大师|名师)|骨干教师|学科带头人)"
# A batch of a designation (首批, 第三批), shared by the designation patterns.
_BATCH = "(?:首批|第[一二三四五六七八九十\\d]+批)"
# A period's running count before a designation's plaques or count, in the designation's own clause before its verb
# (全市已为20家…授牌, 累计为…, 全市已认定…45家) or in a clause in front of the sentence that is only that period
# (今年以来，…; 截至目前，…; 近年来，…): a tally, no award (§5 thirteenth review round). Not a period named inside an
# earlier clause's object (会议总结了今年以来的工作，并为…授牌), nor 先后 alone, which is one leader handing the plaques
# in turn at the event (市长先后为15家…授牌).
_DESIGNATION_TALLIED = re.compile("以来|累计|近年|历年|截至|截止|目前|已经?$")
# (a count's conferral by plaque, in the match or right after it: 为20家…授牌, 为20家…颁发奖牌; the designations _DESIGNATION_TALLIED
# reads a period's tally of)
_PLAQUES_END = re.compile("(?:授牌|颁牌|奖牌|牌匾)$")
_PLAQUES_AFTER = re.compile("[^，。；]{0,4}?(?:授牌|颁牌|颁发了?(?:奖牌|牌匾))")
_PERIOD_CLAUSE = re.compile(".{0,10}(?:以来|目前|近年来?|历年来?)|(?:截至|截止).{0,10}")
_CLAUSE_SPLIT = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")
# Words of a designation between its count (or the level after it) and an honour quoted in part (8家国家级专精特新“小巨人”
# 企业, 8家专精特新“小巨人”企业): kept in the name, the level word dropped (§5, tenth review round); not a verb or 的
# between (5名获得“…”, 10名荣获“…”), nor a bare level or scope (10个县级“四强”党支部: _LEVEL_BEFORE_QUOTE).
# (not 8家企业成功入选“专精特新”: the holders' own noun and a verb of listing before the quote, no designation's words)
_HOLDER_HEADS = "企业|单位|学校|村|社区|集体|团体|机构|组织|团队|医院|公司"
# A designation closing on its holders' own kind of body (“绿色学校”, “诚信企业”, “平安社区”): the title of the bodies
# designated, an honour by its frame (认定…为), not a list of projects or places (“重点项目”) nor of pilots or key units picked
# for a task (“试点村”, “重点企业”, tests/extract/pages/test_designations_by_determining_verbs.py).
_HOLDER_KIND_NAMED = re.compile(f"^(?!.*(?:试点|重点|候选|备选)).*(?:{_HOLDER_HEADS})$")
# The holders' own noun closing a quoted honour (“优秀承办单位”, “先进个人”, “优秀联络员”), of the kind its count's unit
# counts (个/家/所 bodies, 名/位/人 people): the count counts them, so words of the field they worked in may stand between
# count and mark (8个民生实事项目“优秀承办单位”); not 12个部门推荐的“优秀公务员” (bodies that put people forward).
_QUOTED_BODY_END = "(?:单位|集体|企业|组织|党支部|班组|团队|学校)"
_QUOTED_PERSON_END = "(?:个人|(?<!党)员|者|标兵|能手|模范|先锋)"
# The holders' own noun after a clause describing them, closed by 的, right before a quoted honour (…作出突出贡献的同志“…”,
# …四十年以上的老专家“…”; …表现突出的基层党组织“…”): heads of persons (名/位/人) and of bodies (个/家/所).
_PERSON_HOLDER_HEAD = "(?:同志|人士|专家|干部|职工|员工|党员|代表|学生|老师|教师|医师|医生|[者家员师士])"
_BODY_HOLDER_HEAD = f"(?:{_HOLDER_HEADS}|党支部|班组)"
_LISTING_VERBS = "入选|列入|成功|确定|认定|命名"
# The verbs of a designation that the award context lexicon does not hold (命名 is there): 确定/认定…为“…” (named_to).
# (评定…为, 确认…为: the same designation by a body's decision, GUIDELINES §5 命名…为, tenth and eighteenth rounds)
_DESIGNATING = re.compile("确定|认定|评定|确认")
# The verbs that designate counted holders to an honour (命名…为, 认定…为, 确定…为, 评定…为, 确认…为; 将…命名为 in the
# 将/把 frame).
_DESIGNATING_VERBS = "命名|认定|确定|评定|确认"
# Holders named one by one before the count that closes their list with 共 or 等 (命名甲馆、乙湖、丙山、…共十个景区和场所为…):
# two to twenty names of up to sixteen characters joined by 、, as long as real copy writes such a list (the People's
# Daily of January 1998 names ten sites in sixty characters); a shorter run without 、 keeps the old twenty-character span.
_NAMED_HOLDERS = "(?:[^，。；、“”「」\\d]{2,16}、){1,19}[^，。；、“”「」\\d]{2,16}(?:共|等)"
# The verbs that may close the 将/把 frame only (将5名职工评为“先进工作者”: 评为 after its object, as 被评为 is read; not
# 评…为 verb first, which is no designation word of its own).
_DESIGNATING_AFTER_OBJECT = _DESIGNATING_VERBS + "|评"
# The verbs that choose counted holders as an honour, the verb first (评出全国五十七个村庄为鲜花村, 评选出15家企业为“诚信企业”):
# a designation like 命名…为 (§5 tenth review round), the holders chosen as 被评为 says of them (fourteenth).
_CHOSEN_AS_VERBS = "评出|评选出"
# Counted holders designated in the passive (12所学校被认定为“绿色学校”, 8家企业被评定为…): the count before 被, the agent
# perhaps between 被 and the verb, the quoted title the whole honour closing the clause (not 被认定为市级“专精特新”中小企业:
# a qualification quoted in part, tests/extract/awards/test_award_quoted_contest_grades.py keeps it no award).
_DESIGNATED_PASSIVE = re.compile(rf"{NUM}(?:个|家|所|名|位|人)[^，。；“”「」\d]{{0,8}}?被[^，。；“”「」]{{0,12}}?(?:{_DESIGNATING_VERBS})为"
                                 rf"[^，。；“”「」]{{0,16}}?[“「](?P<honor>[^”」\n]{{2,30}})[”」](?:荣誉)?(?:称号)?(?=[，。；,;]|$)")
# 将 marking counted holders as the object of a designation, as 把 does, where the conferral is told as done (§5 命名…为;
# §5 nineteenth round): 已将/已经将 (省政府已将12个乡镇命名为“文明乡镇”), or a meeting or congress as the subject
# (会议将十五家企业确定为…, a designation made at it). 将 after a body (省政府将…, 省政府力争将…, 计划将…) or a time ahead
# (今年将…, 明年，…将…, read where this is used) stays a plan, as do 将于…命名, 拟将, 即将, 还将.
_DONE_OR_MEETING_JIANG = "(?:(?<=已)|(?<=已经)|(?<=会议)|(?<=大会)|(?<=全会))将"
_DESIGNATED_OBJECT = re.compile(rf"{_DONE_OR_MEETING_JIANG}(?![于在要])[^，。；“”「」]{{0,20}}?{NUM}(?:个|家|所|名|位|人)"
                                rf"[^，。；“”「」\d]{{0,8}}?(?:{_DESIGNATING_AFTER_OBJECT})为")
_WORDS_BEFORE_QUOTE = re.compile(
    rf"{NUM}[家个所户](?:{_LEVEL_WORD})?(?!{_HOLDER_HEADS})"
    rf"(?P<words>(?:(?!{_LISTING_VERBS})(?![获得荣被的评授为和及与级全省市县区])[\u4e00-\u9fff]){{2,6}})$")
# A level of one character right before the opening mark of a whole quoted honour, a holder word after the closing mark
# (表彰区“三八红旗手”标兵5名 → 三八红旗手标兵): dropped as before a bare quote (区“三八红旗手”20名 → 三八红旗手); not a
# level before an honour quoted only in part (县级“四强”党支部, kept by _LEVEL_BEFORE_QUOTE).
_ONE_CHAR_LEVEL_QUOTE = re.compile(f"[省市县区](?=[{_QUOTE_OPEN}](?P<quoted>[^{_QUOTE_CLOSE}\n]{{2,30}})[{_QUOTE_CLOSE}][\u4e00-\u9fff])")
# A descriptor of an honour's rank before its name (最高荣誉大紫荆勋章, 最高级别的…, 至高荣誉…): not part of the name.
# (not 最高人民法院…: the court's name)
_RANK_DESCRIPTOR = re.compile("(?:最高|至高)(?:(?:荣誉|级别|级)的?|的|(?!人民))")
# The recipients' head noun before the honour conferred on them (授予382名个人…, 授予2名科学家…, 授予三十个村党组织…).
# (授予50名职工市五一劳动奖章, 授予二十名村干部县级优秀村干部称号, 授予15名人民警察市级…: workers, officials and
# police, nouns of people that no honour ends on)
_RECIPIENT_HEAD = f"(?:{_HOLDER_HEAD}|人|民|同志|部门|机关|组织|职工|员工|工人|干部|警察)"
# A level opening an unquoted honour right after its recipients (…村党组织县级先进基层党组织称号, …个人省五一劳动奖章,
# …科学家市科学技术突出贡献奖): where the recipients' noun ends and the honour begins.
_LEVEL_OPENING = "(?:国家级|全(?:国|省|市|县|区)|[省市县区]级?)"
# The recipients' noun left before an unquoted title (授予10名战士一级英雄模范称号, 授予6名队员优秀队员称号): no part of the
# title, which opens with a word of praise, a grade or a level (not 青年岗位能手, 战斗英雄: the noun is the title's own).
_RECIPIENTS_BEFORE_TITLE = re.compile(
    "[\u4e00-\u9fff]{0,4}?(?:同志|人士|战士|官兵|士兵|指战员|队员|干部|职工|员工|工人|教师|老师|学生|同学|民警|辅警|警察|消防员"
    "|医生|护士|医务人员|志愿者|党员|农民|村民|居民|青年|运动员|教练员|学员|少年|儿童)"
    f"(?P<honor>(?:优秀|先进|模范|最美|十佳|杰出|三好|[一二三特]级|{_LEVEL_OPENING}).{{2,}})")
# 授予 earlier in the clause of a grant joined by 、 (授予100个单位…奖状、968名职工…奖章).
_GRANT_JOINED = re.compile("授予|追授")
# People of a body named after its quoted honour and counted by a person's unit (20名“最美家庭”成员, 12名“先进集体”代表):
# the recipients are people, whatever the honour's holders are (§5 recipient_kind follows the text).
# (为获得“先进集体”称号的8个单位和20名个人颁发奖牌: a count of 个人 is of persons, §5 tenth review round)
_MEMBERS_AFTER_QUOTE = re.compile("[“「][^”」]{2,30}[”」](?:成员|代表)|个人")
# A trophy, plaque or certificate counted after a quoted honour (“打诈尖兵”奖座6座, “优秀共产党员”证书40本): the count is
# the honour's, the object's noun no part of it (§5, eleventh review round); medals (纪念章, 勋章, 奖章) are honours themselves.
_TROPHY_WORDS = "奖座|奖牌|奖杯|奖状|牌匾"
_CERTIFICATE_WORDS = "荣誉证书|证书"
# A copula after counted holders (3个先进乡镇均为…的乡镇, 20名优秀教师都是…): the holders described, read into no honour's name;
# a count that restates holders just honoured is no conferral of its own (§5 "a total that is just the sum … is not
# repeated"; "A count that refers back to an honour just named" counts only with a conferring word).
_COPULA_AFTER_HOLDERS = re.compile("(?:均|都|皆|全|全部|大多|大部分)(?:为|是|系|来自)")
# People's names listed by 、 and closed by 等 (张立军、王海涛、阿力木江等): two to four characters each, a minority name's
# parts joined by ·; never an honour's or a body's word (先进个人、先进集体等 is a list of honours, not of holders).
# (not 荣获“…”称号的李明、王强等3人: holders described by an honour won, 的 before the names, no conferral here)
_PERSON_NAME_ITEM = "(?!的)(?:(?!先进|优秀|模范|标兵|集体|个人|单位|企业|学校|家庭)[\u4e00-\u9fff]){2,4}(?:·[\u4e00-\u9fff]{2,4})?"
_NAMES_BEFORE_ETC = f"{_PERSON_NAME_ITEM}(?:、{_PERSON_NAME_ITEM})+等"
# A certificate handed with no honour in its name (颁发荣誉证书, 颁发了证书): the token alone.
_CERTIFICATE_ONLY = re.compile(f"(?:{_CERTIFICATE_WORDS})")
_COUNTED_OBJECTS = frozenset(f"{_TROPHY_WORDS}|{_CERTIFICATE_WORDS}".split("|"))
# Prizes counted as places set up (设立“十佳青年”奖项3个, 本次评选设置“创新之星”奖项10个): a scheme, nothing conferred
# (§5, eleventh review round).
_PRIZES_SET_UP = re.compile("(?:设立|设置|设有|共设|下设|增设|新设)[^，。；]{0,16}?奖项(?:共|各|约)?$")
# Prize grades counted as places a contest sets up (本届比赛设个人一等奖10名、二等奖20名; 大赛共设金奖5个): the prize
# scale of a contest, a standard, nothing conferred (§5: 设立…10名 confers nothing yet; §6 大赛设一等奖1名). Not 设 in another
# word (建设, 开设, 设计) nor 设在 (the venue), and not when a conferring or receiving verb stands between 设 and the grade
# (设立奖学金，评出一等奖…: the clause ends; 大会设于…，表彰一等奖…).
_GRADES_SET_UP = re.compile(f"(?<![建开假陈摆铺敷预架])(?:共|下|新)?设(?:立|置|有)?(?![在于计施备法想])"
                            f"[^，。；表评授颁获奖]{{0,12}}?(?:{PRIZE_GRADES}|奖)"
                            f"(?:[^，。；表评授颁获]{{0,12}}?(?:{PRIZE_GRADES}))*$")
# Honours whose holders are organizations, by their last word.
_ORG_HONOR = re.compile("(?:组织|支部|党委|党总支|集体|单位|班组|示范点|团体|企业|学校|家庭|社区|村|基地)$")
# Award verbs that may be caught at the front of an unquoted honour (大会表彰先进集体).
# Characters of an unquoted honour read up to its last head word (勋章、奖章和奖状), never across
# 的/并/后 (获颁勋章并发表获奖感言).
_HONOR_CHARS = r"[^\W的并后，。；]"
# A piece of an unquoted honour in a list before its count: a character, a bracketed alternative
# (优秀村（社区）党组织书记10名) or a quoted word that more of the honour follows (“五好”村（社区）党组织12个).
# (优秀QC成果一等奖3项: Latin letters inside the honour, more of it after them)
# (表彰了“十佳新型职业农民”10名、养殖大户20户: a quoted word that is the whole honour, its count in digits as it may be in
# numerals, so that the list goes on to the items after it)
_HONOR_PIECE = (r"(?:[\u4e00-\u9fff]|（[\u4e00-\u9fff]{1,4}）|[“「][\u4e00-\u9fff]{1,8}[”」](?=[\u4e00-\u9fff（\d])"
                r"|[A-Za-z]{1,8}(?=[\u4e00-\u9fff]))")
# The years of service qualifying the holders before an item's honour (服务满40年资深教师十五位, Taiwan's 服务满三十年之资深
# 优良教师8位): what the holders did, no part of the honour, as the description before 的 is none (服务满二十五年的资深优良
# 教职员12名; GUIDELINES §5 thirty-sixth review round); not 从教满三十年教师20名, whose bare occupation after it is no honour.
_SERVICE_YEARS_PREFIX = r"(?:服务满[\d一二三四五六七八九十]{1,3}年(?:以上)?[的之]?)"
# A quoted honour that is a whole item of a list of honours and counts (表彰先进网点10个、“服务之星”15名).
_QUOTED_ITEM_HONOR = rf"[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；、]{{2,20}}[{_QUOTE_CLOSE}]"
_WHOLE_QUOTED_ITEM = re.compile(_QUOTED_ITEM_HONOR)
# The end of an item of a list of honours: the next item's separator or the clause's end.
_ITEM_CLOSED = re.compile("[、和及，。；,;]|$")
# Latin letters in a listed item (VIP客户, 优秀QC成果): they belong to an honour only when the item reads as one itself,
# the list's other honours not vouching for a class of people named with them.
_LATIN_LETTERS = re.compile("[A-Za-z]")
# A household or farm leading in its trade (种粮大户, 养殖大户): an honour only as an item of a list that a conferring
# verb governs (表彰了种粮大户20户), for the same words name households subsidised, visited or criticised (为种粮大户20户
# 发放补贴, 走访了养殖大户8户, 通报了欠税大户5户).
_LEADING_HOUSEHOLD = re.compile("^[\u4e00-\u9fff]{1,4}大户$")
# Holders described as caring (爱心企业, 热心公益人士): an honour only when counted right after 表彰 or 评选出 (表彰爱心企业
# 12家, 评选出爱心商户20家, 表彰了12家爱心企业) or before a passive 表彰 (12家爱心企业受到表彰), §5 twelfth review round;
# otherwise a description (10家爱心商家参与活动, 30名热心群众自发赶来).
_CARING_HOLDERS = re.compile("^(?:爱心|热心)[\u4e00-\u9fff]{2,8}$")
_CARING_CONFERRED_BEFORE = re.compile("^(?:表彰|评选出)了?")
_CARING_CONFERRED_AFTER = re.compile("(?:分别)?(?:(?:进行了?|予以|给予了?)|(?:受到|获得|得到)了?)表彰")
# A ranking title (纳税百强企业, 工业五十强企业, 民营企业10强): an honour only when counted right after 表彰 (表彰了100家纳税
# 百强企业), §5 fifteenth review round; a ranking told without a conferral (入选500强, 位列中国企业500强) is none.
_RANKING_TITLE = re.compile("^[\u4e00-\u9fff]{0,8}?[\\d一二三四五六七八九十百千]+强[\u4e00-\u9fff]{0,4}$")
_RANKING_CONFERRED_BEFORE = re.compile("^表彰了?$")
# A token handed over and 给/予 before the holders' honour (颁发感谢状给绩优志工团队5队, 奖牌给优秀志愿者20名): the
# honour is what follows.
_TOKEN_GIVEN_TO_PREFIX = re.compile("^(?:颁发|颁赠|致赠)?(?:感谢状|感谢牌|奖状|奖牌|荣誉证书|证书|锦旗|牌匾|纪念状)(?:给|予)(?=[\u4e00-\u9fff]{2})")
_LEADING_VERB_WORDS = "(?:表彰|表扬|授予|追授|评选出|评出|评选|评为|命名|诞生|摘得|夺得)"
_LEADING_VERB = re.compile(f"^.*{_LEADING_VERB_WORDS}了?")
# The verb opening the honour with nothing before it (表扬员工294名): it may be the honour's own first word.
_VERB_OPENS = re.compile(_LEADING_VERB_WORDS)
# List connectors caught at the front of an unquoted honour (其中优秀单位8个, 及有功个人45名, 包括优秀教师奖45名).
# (其中包括专业功绩勋章四名: 其中 and 包括 together)
# (计金牌奖15人、银牌奖28人: 计 opening a list of counted items, as 其中 does; not 计划生育, 计生, 计算机)
_LEADING_CONNECTOR = re.compile("^(?:其中(?:包括)?|另有|另|以及|及|和|与|并|(?:共|合|总)?计(?![划生算量时])|共|包括)")
# A plan announced before the count (将于…表彰, 每年将向…): nothing has been conferred yet.
# (拟为12名民警记个人三等功: a citation proposed, before the count)
# (not 现将获奖名单公布如下, 现将评选结果通报如下: 现将 announcing a list or result now publishes what was decided;
# 现将于…表彰, 现将召开…, 发现将有… and 现将…公示 still look ahead or propose)
# The words of a time ahead that open a clause of a plan (明年，市委将…; 下一步，…), read by _PLANNED.
_TIME_AHEAD_WORDS = "明年|下月|下半年|下一步|今后"
_TIME_AHEAD = re.compile(_TIME_AHEAD_WORDS)
_PLANNED = first_char_gated(r"(?:(?<!现)将|(?<=现)将(?![^，。；：:]{0,20}?(?:名单|结果)[^，。；：:]{0,8}?(?:公布|通报|发布)))"
                      # (not 母亲节将至, 教师节即将到来之际, 即将迎来: a day drawing near, no act planned; but 将至各村为…授牌,
                      # 将 going to a place, is one)
                      # (not 将“先进集体”称号授予十个单位: 将 marking the quoted title as the object of 授予, as 把 does, a
                      # conferral told as done, §5)
                      r"(?!军|领|士|近|来|门|其|之|它|该|此|这|至(?=[，,。；;：:之时际]|$)|临(?!时)|要?(?:到来|来临)|迎来"
                      # (but 拟将“…”称号授予, 还将, 即将: the same 将 after a word of a plan or of a time ahead, §5;
                      # 会议还将“…”称号授予 with a meeting or congress as the subject is a conferral done at it, while
                      # 市委还将 after a body stays a plan, §5 nineteenth round)
                      r"|(?<![拟即]将)(?:(?<!还将)|(?<=会议还将|大会还将|全会还将))[“「][^”」，。；]{1,24}[”」](?:荣誉)?称号(?:授予|颁发给|颁给))"
                      # (明年，市委将“…”称号授予…: 将 marking the object in a clause a time ahead opens, still a plan)
                      # (not 强调今后要加强…，会议将“…”称号授予…: the time word belongs to the clause before, the
                      # conferral told after the comma is done, §5; a comma right after the time word still opens it)
                      rf"|(?:{_TIME_AHEAD_WORDS})[，,]?[^，。；]{{0,16}}?将(?=[“「])"
                      r"|现将[^，。；：:]{0,16}?公示|拟于|拟向|拟对|拟为|拟给予|计划于|届时"
                      # 拟表彰的20名…进行公示, 计划表彰, 推荐为…表彰对象: not conferred yet
                      # (拟设立“…奖”，表彰20名教师: a prize planned with its conferral, §5 thirtieth review round)
                      r"|拟(?:表彰|授予|命名|确定|认定|推荐|评选|评出|评定|颁发|入选|设)|计划(?:表彰|创建|评选|培育|命名|确定|认定|打造|设立)"
                      r"|推荐为")
# An aim in the count's clause before a verb of creating or conferring (计划年底前再创建省级示范村10个, 力争再创建
# 省级“美丽乡村示范村”5个): a target, nothing conferred yet (§5).
_AIMED = re.compile("(?:计划|力争|争取|确保|预计|目标是?)[^，。；]{0,8}?(?:创建|创成|争创|评选|评出|表彰|命名|授予|培育|打造)")
# (县府预计明年表扬50位模范劳工, 今年度预计选出20位“…”: 表扬 and 选出 planned as 表彰 and 评出 are above; not 计划生育, 计划单列,
# a word of a name, nor with 了 between, a plan told done)
_AIMED_PRAISE = re.compile("(?:预计|计划(?!生育|单列))[^，。；了]{0,8}?(?:表扬|选出)")
# An aim or a target year before a level the holders are to reach, right before the count (力争到2025年全市五星级示范村
# 达到50个, 到2027年省级文明村突破100个, 目标是示范村增至30个): a target, nothing conferred yet (§5), like _AIMED.
_AIMED_LEVEL = re.compile("(?:计划|力争|争取|确保|预计|目标是?|(?<![截直])到(?:\\d{4}|[〇零一二三四五六七八九]{4})年)"
                          "[^，。；]{0,24}?(?:达到?|突破|增至|增加到|增加至|超过)$")
# A conferral still to come after the count (3名一等奖选手将被授予“…”称号; …10名，将于下月…予以表彰): those
# selected or placed await it, nothing conferred yet (§5): 将 in the count's clause or opening the next one, no other
# count between (not 并将其事迹…: no conferring verb after 将; not 表彰了10名…，5名…将被授予…: another count's).
# The group ``next`` marks 将 opening the next clause, which counts only when the count's own clause confers
# nothing (not 表彰了先进个人50名，将在年底为受表彰个人颁发奖章: what the commended will be given later).
# (评出…10名，颁奖典礼将于9月10日举行 / 将于教师节当天举行表彰大会: the ceremony conferring it still ahead, as in
# 将于9月10日颁奖; …30名将于教师节当天受到表彰, 将获表彰: the holders' side of the same act)
# (The words of a time ahead are read in three places, each for its own span: _PLANNED before the count, this pattern
# after it, and meetings/dates.py _FUTURE_IN_SENTENCE for a meeting's date; a new future word belongs in each that
# reads its span. They are kept apart because their exclusions differ: 现将…公布 publishes now, 将至 is a day near.)
_CONFERRED_LATER = re.compile(r"[^，。；,;\d]{0,12}?(?P<next>[，,]并?)?(?:(?:即将|将|拟)(?:被|于|在)?[^。；，,]{0,24}?"
                              "(?:予以表彰|进行表彰|被表彰|(?:受到?|获得?)表彰|授予|颁奖|颁发|命名为|入选|表彰(?:大会|会|仪式|典礼))"
                              "|(?:颁奖|表彰)(?:典礼|仪式|大会|会)(?:即将|将)(?:于|在)?[^。；，,]{0,24}?(?:举行|举办|召开))")
# A conferring verb in the count's own clause (会议表彰了先进个人50名, 对…50名进行了表彰): the conferral is reported
# done, whatever a later clause says will follow; 评选出/评出 only select (评选出…10名，将于下月…予以表彰).
# (为12名民警记个人三等功，将于近期为他们颁发证章: a merit citation recorded, 记…功 or 荣立…功, is a conferral done
# too; only its badge comes later)
_CONFERRED_DONE = re.compile("表彰|表扬|授予|追授|命名|嘉奖|嘉许|颁发|颁授|授牌|记了?(?:个人|集体)?[一二三特]等功|荣立")
# An honour kept after its review (经复查，35个单位继续保留“市级文明单位”称号; 继续保留张家村等12个村“文明村”称号):
# nothing newly conferred (§5).
# Sites counted by 处 in an inspection or clean-up tally (检查“三小场所”200处, 排查“散乱污”企业30处): places checked,
# no honour; a quoted honour counted by 处 only when a verb of conferring is in its clause (命名“红色教育基地”10处).
_SITES_CHECKED = re.compile("检查|排查|整治|查处|发现|整改|摸排|巡查|督查|清理")
# Trophies or plaques made or bought before their quoted honour (制作“劳动模范”奖牌20块, 为本次表彰大会订制“…”奖杯20座):
# objects ordered for the event, none handed over; and 表彰 naming the event or the objects' use (表彰大会, 用于本次表彰)
# is no conferral of them.
_OBJECTS_MADE = re.compile("制作|订制|定制|订购|采购|购买|购置")
_CONFERRAL_OF_OBJECTS = re.compile("(?<!用于)(?<!本次)(?:表彰(?!大会|会|活动|仪式)|表扬(?!大会|会))|授予|追授|命名|嘉奖|嘉许"
                                   "|颁发|颁授|授牌|记了?(?:个人|集体)?[一二三特]等功|荣立")
# (对…荣获“模范检察院”称号的19个人民检察院保持称号: 保持 says it as 保留 does; not 保持安全生产无事故的12个单位, what the
# holders kept up, cut by its 的)
_KEEPING_VERBS = "保留|保持"
_RETAINED = re.compile(f"(?:继续|予以|仍然?|同意|确认)(?:{_KEEPING_VERBS})|(?:{_KEEPING_VERBS})(?:其|了)?[^，。；的]{{0,30}}?(?:称号|荣誉|命名|资格)")
# 公布了第二批20家“示范店”名单: a final list of designated units a body publishes, a designation conferred by decision
# (GUIDELINES §5 eighteenth review round), its own award context like 命名; units only (家, 个, 所), not a 公示 or 拟
# list (:data:`_LIST_NOTICED_BEFORE`).
_DESIGNATED_LIST_PUBLISHED = re.compile(r"(?:公布|发布)了?[^，。；“”]{0,12}?[\d两一二三四五六七八九十百]+[家个所][“「][^”」，。；]{2,20}[”」]名单")
# 隆重发布6名“最美退役军人”先进事迹 at a release ceremony: counted holders of a 最美 title released, that honour
# conferred (GUIDELINES §5 twentieth review round), where the page tells the ceremony or the certificates handed; one
# person's story with no count (发布了张华的先进事迹) and candidates (…候选人事迹) are none.
_HOLDERS_DEEDS_RELEASED = re.compile(r"发布了?[\d两一二三四五六七八九十百]+[名位][“「]最美[^”」，。；]{1,20}[”」](?:的)?(?:先进|典型)?事迹")
_RELEASE_CEREMONY = re.compile("发布(?:仪式|典礼|会)|颁发[^，。；]{0,12}?证书")
# 公示了20家“示范店”名单, 公布了20家拟认定“示范店”名单: a list under a public notice or proposed, nothing conferred (§5
# eighteenth review round); 名单 closing the clause after the count (:data:`_LIST_AFTER_COUNT`).
_LIST_NOTICED_BEFORE = re.compile(r"公示了?[^，。；]{0,16}$")
_LIST_AFTER_COUNT = re.compile(r"[^，。；]{0,30}?名单")
# A plan word between the counted holders and the designation (12所学校拟被认定为“…”, 8名教师将被评为…): nothing conferred
# yet (GUIDELINES §5: proposed awardees, 拟表彰, are no awards).
_PLANNED_AFTER_COUNT = re.compile(rf"[^，。；“”「」\d]{{0,8}}?(?:拟|即将|将要|将|准备|计划)被?(?:评为|评选为|授予|{_DESIGNATING_VERBS})")
_PROPOSED_IN_LIST = re.compile(r"[^，。；“”]{0,8}?拟(?:认定|命名|表彰|授予|确定|推荐)[^，。；]{0,24}?名单")
# (审议通过了表彰优秀共产党员100名…的建议名单: the counts of a list proposed, nothing conferred yet)
_PROPOSED_LIST = re.compile(r"[^。；]{0,60}?(?:建议|推荐|候选)名单")
# Holders counted over the years (学校累计表彰优秀教师900名, 至今已有286名党员获得…纪念章): a tally, no
# conferral of this event.
# (近年来全县培养科技示范户1.5万户; not 经济发展先进单位: 发展 inside an honour)
# (全县共建设绿色防控示范区12个: 建设 after a scope or an adverb; not 平安建设先进集体, 建设 inside an honour)
_BUILDING_VERBS = ("培养", "培育", "建立", "建成", "打造", "新建", "组建")
_BUILT = re.compile(f"^[^，。；]{{0,8}}?(?:{'|'.join(_BUILDING_VERBS)}|扶持|带动)|^(?:目前|现已|已经|已|共|全[省市县区镇乡])*发展"
                    "|^(?:目前|现已|已经|已|共|累计|全[省市县区镇乡])+建设")
# (5地市已建成文明小区194个、文明单位和文明窗口1556个: a verb of building anywhere before the count in its clause builds every
# item of the list it opens, when nothing in the clause confers them; not across a relative clause's 的 before the count:
# 在培育…中表现突出的10个集体, 新建的5个家庭农场 describe the holders, the verb builds nothing counted)
# (公司已在一线设立了6个“党员示范岗”: posts set up are units built as well, in the clause only; the verbs stay out of
# _BUILT, which reads an honour's own opening words)
# (自治区已在各地确立了100个“生态村”示范点: sites established are set up too, GUIDELINES §5 units built)
_SETUP_VERBS = ("设立", "设置", "建起", "确立")
_BUILT_IN_CLAUSE = re.compile(f"(?:{'|'.join(_BUILDING_VERBS + _SETUP_VERBS)})[^，。；的]*$")
# Receiving verbs: holders given an honour in the clause, as good a sign of conferral as the giver's verbs (新建的5个…获评…).
_RECEIVED_IN = re.compile("荣获|获评|获选|获颁|获授|获得|被评为|被授予|被命名")
# A span of several years counted back from now (近三年来, 五年来, 这十年来, 近5年): holders counted over it are a tally,
# no conferral of this event (§5); not one year (一年来: this year's own work), a year number (2024年来自…) or a
# year's grade or time (近3年度, 近两年前).
_YEARS_SPAN = (r"(?:近|这|过去)?(?<![\d〇零一二三四五六七八九十百千])(?!一年)(?:[一两二三四五六七八九十几数]{1,3}|\d{1,2})年以?来(?!自)"
               r"|(?:近|过去的?)(?:[两二三四五六七八九十几数]{1,3}|\d{1,2})年(?![度前后级])"
               # (近年来，协会先后表彰…: recent years, no number; 近年 alone as well, 商会近年共有40位会员获颁…, not the
               # year's end drawing near, 临近年底, 接近年关, nor 近年度)
               # (nor 贴近年轻人, 走近年轻一代: 近 of another verb before 年轻)
               r"|(?<![临接靠逼贴走亲附将])近(?:几|些)?年(?:来|(?![度前后级底终末关内初中轻份货画]))")
_CUMULATIVE = re.compile("累计|迄今|至今|历年|多年来")
# Holders counted again as winning several honours named together, the honours then counted (…等五家企业分别获得优秀企业和
# 安全生产先进单位两项荣誉, 同时荣获甲、乙两个称号): how many honours each holds, restating the honours' own counts given
# before (§5 eighteenth round); ``names`` is the list of honours.
_SEVERAL_HONOURS_HELD = re.compile("(?:获得|荣获|获评|获)(?P<names>[^，。；\\d]{2,40}?[和、及与][^，。；\\d]{2,30}?)"
                                   "(?:[两二三四五双]项|[两二三四五]个)(?:荣誉)?(?:称号|荣誉)")
_SEVERAL_HONOURS_SPLIT = re.compile("[和、及与]")
# Holders said to have won an honour several times running (其中3个单位已连续三届获此称号): how often they won it, a
# tally over editions, no count of this conferral (§5).
_REPEATED_WIN = re.compile("连续[^，。；]{0,6}?(?:届|年|次|批)")
# A tally before 获此殊荣 (截至目前，…有86个村获此殊荣; 近年来，…先后有6个村镇获此殊荣; 近三年来，…).
_REFERRED_TALLY = re.compile("截至|截止|迄今|至今|累计|先后|已有|已经有|近年来|多年来|历年|目前|" + _YEARS_SPAN)
# Before a plain count of those commended (另有3名个人受到通报表扬; 今年以来，12名个人受到表彰): others than the
# holders of the honour named before, or a tally since a time (§5), besides the cues of _REFERRED_TALLY.
_COMMENDED_ELSEWHERE = re.compile(_REFERRED_TALLY.pattern + "|以来|另|此外|还有|其他|其余")
# A tally before a count that received an honour (近年来先后有6名村民获评…, 截至目前，全县已有56个村获评…):
# holders counted over the years, no conferral of this event (§5); the receiving verb is checked after the count.
# Looked for in the count's own clause only (not 会上，先后有3名代表发言，20名同志获得…: another clause's tally).
# (先后共有4种产品获…, 先后还有…: 共/还/又/曾 between 先后 and 有 keep the tally, the holders counted over time)
_TALLY_CUE = re.compile("截至|截止|迄今|至今|累计|先后(?:共|还|又|曾)?有|已有|已经有|近年来|近几年|多年来|历年|" + _YEARS_SPAN)
# A short clause right before the count's clause (近年来，我县6名村民获评…; 截至目前，…): a time adverbial whose
# tally cue governs the next clause, and only that one.
TALLY_LEAD_LENGTH = 10
# 获发 (HK/Macau: 30名学生获发奖学金) is received like 获颁; not 获发展, 获发改委批复, 获发明专利, 获发表 (获 + another word).
_GIVEN_OUT = "获发(?![展改明布放表行])"
# The verbs of receiving an honour (获评, 荣获, 被评为 …), shared by the tally and holding checks below.
_RECEIVING = f"(?:获评|获选|荣获|获得|获颁|{_GIVEN_OUT}|获授|被评为|被授予|被命名)"
# A receiving verb said again after 或/及/和 inside one count's honours (获颁授勋衔或获嘉许): dropped from the honour.
_REPEATED_RECEIVING = f"(?:获颁授?|{_GIVEN_OUT}|获授|获得|荣获|获)"
# A bare 获 before the honour (先后有5项成果获省科技进步奖, 两种产品获国家银质奖): received like 获得, for the tally checks;
# not 获此 (read by the referring rules), 获奖者/获得者, nor another word (获悉, 获救, 获准, 获胜, 获利, 获释, 获知) or a
# verb ending in 获 (查获, 破获, 缴获, 捕获, 俘获, 截获, 收获, 颁获, 荣获, which is _RECEIVING's).
_GOT_BARE = "(?<![颁授查破缴捕俘截收荣斩])获(?![此得悉救准胜利释知取])(?!奖者)"
# A receiving verb as the tally checks read it: _RECEIVING or a bare 获.
_RECEIVING_OR_GOT = f"(?:{_RECEIVING}|{_GOT_BARE})"
# The units of a count of holders that receive an honour: people and bodies, and products, works or results
# (4种产品, 5项成果, 3部作品, 12件作品, 8篇论文).
_RECEIVED_UNITS = "[名个位人户家所种项部件篇]"
# 勋衔或获嘉许: the receiving verb repeated after 及/或/和 inside a phrase of honours, one verb over both (cut in _add)
_RECEIVING_REPEATED_IN = re.compile(f"(?<=[及或和]){_REPEATED_RECEIVING}(?=勋|奖|嘉|星|荣誉)")
# 市科学技术进步奖共授奖120项: the conferral closing a prize's name before the count (cut in _add)
_CONFERRAL_CLOSING = re.compile("(?<=..奖)(?:共|共计|总共)?授奖$")
# A clause of a count and a receiving verb (56个村获评…, 12个村获评…): a parallel item that a tally in an earlier
# such clause carries over to (截至目前，全县已有56个村获评“…”，12个村获评“…”).
# (5名教师获“全国模范教师”提名: a nomination received, §5 eleventh review round)
_COUNT_GOT_QUOTED = literal_gated(re.compile(rf"{NUM}[名个位人家所户][^，。；“”「」]{{0,12}}?获{_LEVEL_WORD}?[“「][^”」\n]{{2,30}}[”」](?:提名)?(?:[，。；,;、]|$)"))
_COUNT_RECEIVED = re.compile(r"[\d一二三四五六七八九十两百千]+[多余]?" + _RECEIVED_UNITS + "[^，。；,;]{0,12}?"
                             + _RECEIVING_OR_GOT)
# A verb of holding before an honour and its count (全市已有省级美丽乡村示范村32个, 全县共有全国文明村镇3个): what
# a place holds, counted at a date, when a tally cue governs it (_HOLDING_CUE); no conferral of this event (§5).
# (全市已创建国家级示范合作社5家: designations won by creation work, held now, are such a stock too)
_HOLDING = re.compile("(?:共有|已有|已经有|现有|拥有|已经?(?:创建|创成)|共创建)")
# What makes a holding a tally (目前，全市已有…; 截至目前，…共有…): a present state, not this occasion (今年共有金奖义工256名).
_HOLDING_CUE = re.compile("截至|截止|目前|至今|迄今|累计|已有|已经有|现有|拥有|已经?(?:创建|创成)")
# Parts after a holding's count that are newly conferred (全市共有市级文明单位236个，其中…新命名文明单位30个): the holding
# is the standing stock the new ones join, no conferral of this event (§5); the new part keeps its own count.
_STOCK_WITH_NEW = re.compile(r"[^，。；]{0,8}?[，,]\s*其中[^。；]{0,40}?新(?:命名|评选|评出|评定|授予|认定|增)")
# This event's conferral named before the holding (本次命名的市级文明单位共有120个，其中新命名40个; 本次表彰共有优秀教师50
# 名，…): the total is of those named or commended now, not a standing stock, whatever part of it is new.
_EVENT_TOTAL = re.compile("(?:本次|此次|这次|本届|本批|今年)[^，。；]{0,4}?(?:命名|表彰|评选|评出|评定|授予|认定)")
# A verb of conferring or receiving between the holding verb and the count (共有18人获评…): the count received it.
# (全市已有“全国五一劳动奖章”获得者48名: the holders' word after an honour is no verb of receiving it; the count is held)
_CONFERRING_BETWEEN = re.compile("表彰|表扬|授予|评选|评出|评为|命名|获(?!得者|奖者|授人|颁人)|(?<!获)颁|嘉奖|嘉许|当选|上榜")
# A receiving verb in the count's clause right after it (6名村民获评, 56个村被评为): the count holds the honour.
_RECEIVED_VERB_AFTER = re.compile(r"[^，。；]{0,12}?" + _RECEIVING_OR_GOT)
# A speaker's words opening the sentence, then a clause of what a place has (会议指出，全市有120个村获评省级文明村;
# 会议强调，全市现有120个村获评…): 有 + count + a receiving verb told in a speech states the holders at present, no
# conferral of this event (§5 "what a place holds"); the count's clause must open right after the speech verb, with
# only a place before 有 (not 会议指出，今年全市有30名…: this year's; not 会上，共有30名教师获评…: no speech).
_SPOKEN_LEAD = re.compile(rf"\s*[^，。；“”「」]{{1,16}}?(?:{SPEECH_VERBS}|介绍|谈到|提到|认为)[，,：:]\s*")
_HAS_BEFORE_COUNT = re.compile(r"[^，。；,;\d“”「」]{0,6}?(?:现|共|已)?有")
# 曾 right before the receiving verb (5名同志曾获得县委嘉奖): a record of the past, not this conferral
# (not 8名曾参加抗洪的民警荣获…: 曾 inside a description of the holders).
_ONCE_RECEIVED = re.compile("曾经?" + _RECEIVING + "$")
# 曾 right before a bare 获 after the count (5名青年曾获县级“青年岗位能手”称号): a record of the past as well.
_ONCE_GOT_AFTER = re.compile("[^，。；]{0,12}?曾经?获(?![评选得颁授])")
# The numeral read as the count before the unit 对, ending in 一 that makes one word with the character before it
# (统一对先进个人进行表彰, 逐一对…, 同一对…, 唯一对…, one by one 一一对…): 对 is then the preposition, no pairs counted.
# Searched on the text up to the numeral's end, so it sees the character before the numeral; 唯一一对 (the only pair)
# counts one pair: the first 一 closes 唯一 (NUM starts the count after it), the second is the count.
_ONE_AS_WORD = re.compile("(?:统|逐|唯|同|(?<!唯)一)一$")
# 曾 right before a conferring verb in the count's clause (2022年曾表彰“巾帼文明岗”8个, 该县曾授予5名…): a conferral of
# the past told as background, not this event's (§5).
# (市公安局曾为8名民警记个人二等功: 曾 before 为/向/给/对 and the holders counted; not the surname 曾 of a name whose given
# name opens with 为/向, the preposition after it: 县委书记曾向东为20名…, 曾为民向10个…)
_ONCE_CONFERRED = re.compile("曾经?(?:先后)?(?:表彰|表扬|授予|追授|命名|评选出?|评出|嘉奖"
                             "|(?![为向给对][\u4e00-\u9fff]{1,2}?(?:为|向|给|对))(?:为|向|给|对)[^，。；]{0,12}?$)")
# A past time and a conferring verb in an attribute right before the count (在去年命名的15个“五星级党支部”带动下, 2022年
# 表彰的10名“最美家庭”代表, 此前评选出的8名…): holders of an earlier conferral described, a past tally (§5), unless the
# clause confers again (对去年评选出的20名…进行表彰: read by the caller). The year form is weighed against the article's.
_EARLIER_CONFERRED_ATTRIBUTE = re.compile(r"(?:(?P<relative>去年|前年|上一?年度?|往年|此前|以往|历年|上届)"
                                         r"|(?P<year>(?:19|20)\d{2})年度?)[^，。；\d“”「」]{0,8}?"
                                         # (去年选出的10位“模范父亲”也应邀出席: 选出 as 评出)
                                         r"(?:命名|评选出?|评定|评出|选出|选拔出?|推选出?|表彰|表扬|授予|认定|授牌|挂牌|通报表扬)的$")
# A quota before the count (“两优一先”表彰名额分配为：优秀共产党员100名…; 先进个人名额30名): places to fill, nothing
# conferred yet (§5), unless a conferring verb follows the quota (按照名额，表彰了…100名).
_QUOTA = re.compile("名额|指标数")
# The counted holders described by a clause of receiving before their head noun (20位获得全国劳动模范称号的校友返回母校,
# 为12名获得“光荣在党50年”纪念章的老党员送去慰问品): people described, nothing conferred on them here (§5) when the
# sentence holds no conferring verb (not 为获得国家奖学金的12名学生颁发证书, 对…的10名同志进行了表彰); the clause closes on
# the honour's last word (not 3人获颁最高荣誉的大紫荆勋章: the honour described).
_HOLDERS_DESCRIBED_AFTER = re.compile(r"\s*(?:曾经?)?" + _RECEIVING + r"[^，。；]{1,30}?(?:称号|奖|章|状|[”」』])的(?=[\u4e00-\u9fff])")
# A ceremony held for the holders described (为64个获得“戏曲小梅花”称号的小演员举行了佩花仪式): the conferral itself; so is a
# banner or plaque handed to them (为12个获得“红旗党支部”称号的党支部授旗: that honour's count, GUIDELINES §5 sixteenth
# review round).
_HOLDERS_FETED = re.compile("仪式|典礼|佩花|戴花|披红|授牌|授旗|颁旗")
# The holders' relatives or companions counted (约六百名获授勋人士的亲友出席观礼, 30名获奖学生的家长): the count is theirs,
# nobody it counts is honoured (§5).
_HOLDERS_KIN_AFTER = re.compile(r"[^，。；]{0,6}?(?:获|被授予|被评为)[^，。；]{1,24}?的"
                                "(?:亲友|亲属|家属|家人|亲人|子女|父母|配偶|眷属|家长|陪同人员|同事|朋友)")
# The same with the honour itself describing the holders, no verb (一位模范劳工的女儿说, 五名优秀教师的家属也来到现场, 一位
# “最美家庭”的女主人说): the count is of the holders whose relative or companion is the subject, told with no conferral
# in the clause (§5: relatives are no holders; 一 the article before a name, twenty-sixth review round); not 为30名优秀
# 教师的家属送去慰问品 either (nothing conferred on the relatives, no honour of theirs named).
# (受奖的36位模范劳工家属也到场观礼: a word of relatives, never an honour's head, right after the honour, with no 的)
_HOLDERS_KIN_NAMED_AFTER = re.compile(r"[”」』]?[^，。；\d]{2,14}?[”」』]?(?:的"
                                      "(?:亲友|亲属|家属|家人|亲人|子女|父母|配偶|眷属|家长|陪同人员|同事|朋友"
                                      "|女儿|儿子|母亲|父亲|妻子|丈夫|爱人|孩子|老伴|女主人|男主人)|(?:亲友|亲属|家属|家人|眷属))")
# 为/向/给 opening the count's clause (为12家“专精特新”企业兑付奖励资金, 向往年获评的32名“见义勇为先进分子”发放慰问金):
# money paid to holders of an honour or a designation after their count, no conferral in the clause; the honour only
# describes them, nothing is conferred (§5; the money is funding, §6). Not 为20名“优秀教师”颁发奖金 (颁发 confers).
# (对获得“小巨人”称号的12家企业兑现奖励资金: 对 names the ones paid as 为 does; so does 给予 a reward to them,
# 对获得“…”的两家矿山给予每家奖励50万元, GUIDELINES §5 seventeenth review round)
_FOR_BEFORE_COUNT = re.compile("[为向给对][^，。；为向给对]{0,24}$")
_PAID_AFTER = re.compile("[^，。；]{0,30}?(?:发放|兑付|兑现|拨付|下拨|发给|送上|送去|送达|给予)了?[^，。；]{0,12}?"
                         "(?:资金|慰问金|补助|补贴|奖金|奖励金|津贴|生活费|经费|慰问品|奖励)")
# 奖励 right before the count (or 对/为 before it and 进行奖励 after), money named before it in the sentence (县财政安排奖补资金300万元，奖励20家“示范企业”, 拿出
# 500万元奖励…, 专项资金用于奖励…) or a share per holder after it (奖励10名“优秀教师”每人1万元): holders of an honour paid,
# funding (§6), nothing conferred, as money paid after 为/对 (§5 seventeenth round, thirty-first round); not 大会奖励了20名
# “优秀员工” (no money: a commendation).
_REWARD_VERB_BEFORE = re.compile("奖励了?$")
# (县里安排50万元，对12个“五星级党支部”进行奖励: the count after 对/为, the reward after it in the clause, money before)
_REWARD_VERB_AFTER = re.compile("[^，。；]{0,24}?(?:进行|予以|给予)(?:了)?(?:资金|一次性)?奖励")
_MONEY_WORDS = r"(?:\d[\d.,，]*|[一二三四五六七八九十两百千]+)[万亿]?元|资金|奖补|经费|财政"
_MONEY_BEFORE = re.compile(_MONEY_WORDS)
_SHARE_AFTER = re.compile(r"[^，。；]{0,24}?(?:每[人名位家个户所]|各)[^，。；]{0,8}?" + _MONEY_WORDS)
# A count closing its clause on 中 (全市236个市级文明单位中，有12个单位…): the frame a later part is picked from, holders
# counted, when the clause confers nothing (not 在评选出的100名优秀教师中，…: the selection of this event).
_FRAME_AFTER = re.compile(r"[^，。；,;]{0,20}?中(?=[，,])")
# The frame and its part's count in one clause (河西20个县市中已有17个被命名为…, 二十名教师中有三人被评为…): the count
# after 有 is of those honoured, the one before 中 of all among whom they are (§5: the holders' count).
_FRAME_THEN_PART = re.compile(r"[^，。；,;\d]{0,12}?中(?:已经?|共|还|先后)?有(?=[\d一二两三四五六七八九十百])")
# A tally before the parts after 其中 (王某先后带出徒弟120名，其中8名获得“技术能手”称号; 目前全县有党员1200名，其中…):
# 先后 over a career and 目前 as in _REFERRED_TALLY, besides the cues of _TALLY_CUE (not 大会先后表彰了…: this event's).
_PARTS_TALLY_CUE = re.compile(_TALLY_CUE.pattern + "|目前|先后(?![^，。；]{0,4}?(?:表彰|表扬|授予|追授|颁|命名|为|向|对))")
# A present holding and its count making up the clause right before 其中 and a receiving verb (我校现有教职工1200人，
# 其中获评全国优秀教师3人): the counts after it are among what the place holds, holders, no conferral of this event (§5).
_HOLDING_NOW = re.compile(r"[^，。；,;]{0,8}?(?:现有|拥有)[^，。；,;\d]{0,8}?[\d一二三四五六七八九十两百千万]+[名个位人户家所][，,]\s*其中"
                          "(?:获评|获得|荣获|被评为)")
# A public notice after the count (共评出五星级文明户1200户，现予以公示): those selected are proposed, nothing conferred
# yet (§5), unless the count's clause reports a conferral done.
_NOTICE_AFTER = re.compile("[^。；]{0,40}?(?:予以公示|进行公示|现公示|公示如下|现将[^，。；]{0,12}?公示)")
# The verbs of the holders' own entering a selection (申报, 报名, 参评, 参选): entrants counted, nothing conferred on them
# (§5). _ENTERED_AFTER adds taking part (参加, 参与) before a selection it names; _APPLIED_AFTER adds 提出申请.
_ENTRY_VERBS = "申报|报名|参评|参选|申请(?![人者书表])"
# (本届明德奖学金共有1046人申请: applying for a prize is entering it, like 申报; not 申请人/申请书, the applicants' noun or
# the form, which may be what counted holders are called)
# Entering a named prize before its winners are counted (GUIDELINES §5 twenty-second review round: 本届质量奖共有47家企业
# 申报，经评审，5家企业获奖): the entry verbs and taking part in its contest.
_ENTRANT_VERBS = f"{_ENTRY_VERBS}|参赛"
# Settling the winners after the entrants (经审查后核定受奖学生320名, 经评审，评出获奖者30名), and the winners' own word
# before their count: the prize's count (§5 "Winners counted in their own clause after the entrants of a prize named").
_WINNERS_SETTLED = "核定|评出|评定|选出|确定|产生"
_WINNER_NOUNS = "(?:受奖|获奖|得奖)(?:学生|学子|同学|教师|者|人员|企业|单位|团队)?"
# The verbs of applying for an honour to a higher body (申报, 申请, 报请): _APPLIED_FOR adds those of putting holders
# forward (提请, 呈报, 推荐, 推选), _APPLYING_AFTER_COUNT striving for it (争创). _WORKS_NOT_WON is a wider set of its own
# (works recommended, shortlisted or under notice, not only applied for).
_APPLY_VERBS = "申报|申请|报请"
# Taking part in a selection after the count (86人报名参加“…”评选): entrants or candidates, nothing conferred
# (not 授予12名参加技能大赛选拔的选手…: a phrase closed by 的 describes the recipients).
_ENTERED_AFTER = re.compile(rf"[^，。；]{{0,8}}?(?:{_ENTRY_VERBS}|参加|参与)[^，。；]{{0,30}}?(?:评选|评比|选拔|竞选)(?!的)")
# Contending for a prize after the count (5名选手参加“挑战杯”一等奖的角逐, 5名选手角逐“挑战杯”金奖): entrants, nothing
# conferred; not those described by it (5名参加“挑战杯”的选手获一等奖, 授予12名参加技能大赛选拔的选手…).
_CONTENDED_AFTER = re.compile(r"[^，。；“”「」的]{0,8}?(?:参加|参与|参赛|角逐|争夺|竞逐|冲击|冲刺|问鼎|备战|瞄准)")
# (not 6名参与救援民警记三等功: those described by what they did, the conferral after: a prize, cup, contest, title or
# medal must follow in the clause with no conferring word before it)
_CONTENDED_PRIZE = re.compile(r"[^，。；获授颁表评记命被]*?(?:奖|杯|赛|冠军|[金银铜]牌)")
# A title contended for after the count (进入复赛的60名选手将争夺“十佳歌手”称号, 30名选手竞逐“技术能手”荣誉): entrants, as
# for a prize above, with a verb of contending only (参加…称号 may be taking part in its conferral) and no win after it.
_TITLE_CONTENDED_AFTER = re.compile(r"[^，。；“”「」的]{0,8}?(?:争夺|角逐|竞逐|冲击|问鼎)[^，。；获授颁表评记命被]*?(?:称号|荣誉)"
                                    r"(?![^，。；]*?(?:获|夺得|摘得))")
# A receiving verb later in the clause of a contest taken part in (5名学生参加“挑战杯”竞赛获一等奖): something was won
# there; a reading whose honour stands before the verb (the contest's own name, 挑战杯) is still of the contest, unless
# it is a quoted contest framing the grade won (_CONTEST_FRAME_GRADE, read as the grade alone).
_CONTEST_WON = re.compile("[^，。；]*?(?:获|夺得|摘得)")
_CONTENDED_REST = re.compile(r"[^，。；]*?的(?!(?:角逐|争夺|比拼|竞争|较量))")
# Units built, named in quotes (新建“文化礼堂”3座, 建成“村史馆”3个).
_BUILT_QUOTED = re.compile(r"(?:新建|建成|建设|建起|新增|改造|打造)了?[“「][^”」]{2,20}[”」]$")
# A later clause conferring on those just counted (市领导为他们颁发证书).
_CONFERRED_ON_THEM = re.compile(r"[，,][^。；]{0,12}?(?:为|向|给)(?:他们|她们|其|大家)[^，。；]{0,6}?(?:颁发|颁授|授予|颁奖|授牌)")
# An item joined to a counted honour that reads as an honour of its own kind though no honour word is in it: a title
# of the form X之友 (劳工之友), a category of holders (抗疫集体, 见义勇为个人), a quoted name, a title whose head ranks
# its holders among their peers (教坛新秀, 销售冠军, 服务明星, 岗位达人, 技术状元) or a title opening on a word of
# praise (美丽庭院, 最佳团队, 十大杰出青年); a role, a body or a class of people (教练员, 特邀嘉宾, 行政村, 雇主,
# 入党积极分子, VIP客户, 爱心商家, and 协办单位: 单位 names a body by its role as often as a category) has neither and
# is no honour however it is joined (§5).
# The titles that rank or praise their holders are their own pattern, since a row of a list reads as an honour by them
# alone (_row_honour): a category of holders (参赛个人, 参赛集体) or a quoted group is no honour on a line by itself.
_RANKED_OR_PRAISED = re.compile("(?:新秀|明星|达人|状元|榜样|尖兵|排头兵)$"
                                # 冠军 and 精英 only after a line of work within the body (销售冠军, 业务精英): 奥运冠军 and
                                # 世界冠军 are won at a contest (a result, §5), 外地精英 is a class of people
                                "|(?:销售|营销|业务|业绩|服务|岗位|技术|管理)(?:冠军|精英)$"
                                # 美丽 opening a title of a place or a household (美丽庭院, 美丽乡村示范村), not one ending on a
                                # person's role (美丽乡村讲解员, 美丽乡村建设者: a job or a group of people)
                                "|^美丽(?!.*(?:员|者|师|人|生|工|手|士)$)|^(?:最佳|十大|百佳|优胜|卓越)"
                                # (表彰20个优秀志愿服务站点及50位资深志愿者: long service commended beside an honour; not
                                # 10家爱心商家, a description)
                                "|^资深")
_VOUCHED_HONOR = re.compile(f"之友$|(?:集体|个人)$|^[“「]|{_RANKED_OR_PRAISED.pattern}")
# People or things named plainly, no honour (新入职教师, 驾驶员, 参赛选手).
# The deeds of those honoured told after the honour (“最美医生”先进事迹): what a release ceremony publishes, no part of
# the honour's name.
_DEEDS_END = re.compile("(?<=.{2})(?:的)?(?:先进|典型|感人|模范)?事迹$")
_PLAIN_NOUN_END = re.compile("(?:教师|老师|驾驶员|选手|员工|职工|学生|人员|干部|代表|党员|工人|民警|医生|护士|志愿者|作品|家庭|企业|单位)$")
# A star tier of a hotel, a guesthouse or a scenic spot (四星级饭店, 五星级农家乐): a grade of service under a rating
# standard, no honour (§5), even when a body names it (命名五星级农家乐15家); not a title without a tier
# (获得“星级农家乐”称号的农家乐).
# A star level volunteers reach by their service hours (为12名五星级志愿者颁发星级证书, 累计服务时长达1500小时的五星级
# 志愿者): a rating, no award (GUIDELINES §5 twentieth review round), told by the star certificate or the hours in the
# sentence; a star title chosen at a commendation and quoted (评选出“五星级志愿者”40名) stays an honour.
_STAR_LEVEL = re.compile("[一二三四五六七1-7]星级")
_STAR_BY_SERVICE = re.compile("星级证书|服务时长|服务时数|累计服务")
# A commending or naming verb governing the count in its clause (表彰了40名五星级志愿者, 命名20户五星级文明户): the star
# title is chosen at a commendation, an honour (§5 twentieth review round), whatever hours the sentence tells after it.
_STAR_CHOSEN = re.compile("表彰|评选|命名")
# A pass grade of an evaluation (合格党员, 基本合格党员, 不合格党员, 称职): every member is graded so, no honour.
_PASS_GRADE = re.compile("(?:基本|不)?(?:合格|称职)")
# The blame side of a red-and-black list or a ranking (评出“红旗村”3个、“黑旗村”2个, 黑榜单位, 末位单位, 后进村): named to be
# criticised, no honour (§5); the red side stays.  So are the warning cards and flags of a project review (3个项目被亮
# “黄牌”, “黄旗项目”2个, 颁发“蜗牛奖”): blame labels too (§5 ninth round); 红旗项目 stays.
# (not a red honour for turning a backward unit round: 后进村转化先进村, 落后村整顿提升先进村)
# A count picked out by an appraisal grade (评出考核优秀乡镇5个, 年度考核优秀公务员20名, 考评良好单位8个): the grade of an
# evaluation like 评出甲等医院5家, no award (§5, thirteenth round); an honour quoted as such (表彰“优秀公务员”20名) is
# untouched, having no appraisal word.
_APPRAISAL_GRADE = re.compile("(?:考核|考评|测评|考察|评议)(?:结果|等次)?为?(?:优秀|良好|合格|称职|基本合格|基本称职)")
# (not a place named after a card or flag, 红牌楼街道, 黄旗山社区, 黄牌坊村: a place's word right after the label)
# (对20户“卫生整改户”进行了公示，限期整改, 6个“挂牌整治村”: the holders named as due to rectify, blame labels too; not
# 环境整治示范村, 整治提升先进村: a model of the rectifying, an honour)
_BLAME_LABEL = re.compile("(?:黑旗|黑榜|末位|后进|落后|(?:黄牌|红牌|黄旗|黑旗)(?![楼坊山镇乡村海街路桥湾岭口屯寨])|蜗牛奖|警示牌"
                          "|[\u4e00-\u9fff]{0,6}?(?:整改|整治)(?:户|单位|村|企业|对象)$)"
                          "(?![^，。；]{0,4}?(?:转化|转变|整顿|提升|晋位|升级)[^，。；]{0,6}?先进)")
# An act other than conferring right before counted holders (表彰大会后，县领导看望了20名“劳动模范”, 亲切接见了15名…, 陪同30名…
# 参观): the holders are visited, met or led, nothing conferred on them in the clause (§5 thirtieth review round); a
# conferring word after them in the clause (接见了15名“优秀教师”并为他们颁奖) still confers.
# (not 组织, a holder's noun as often as a verb: 先进基层党组织（10个）, 优秀志愿服务组织12个)
_OTHER_ACT_BEFORE_COUNT = re.compile("(?:看望|慰问|走访|接见|会见|探望|宴请|邀请|带领|陪同|召集|接待)(?:了|过)?$")
# The businesses a star or level rating grades (饭店, 农家乐, 景区): a rating, no honour (§5).
_RATED_BUSINESS_KINDS = "饭店|酒店|宾馆|农家乐|民宿|客栈|景区|旅游区"
_STAR_RATED_BUSINESS = re.compile(f"[一二三四五1-5]星级?(?:旅游)?(?:{_RATED_BUSINESS_KINDS})$")
# A level a facility or firm is graded into, opening the title (15家医院被评为“三级甲等医院”, 5家景区被评为国家“AAAA级旅游景区”,
# 20所幼儿园被评为“一级幼儿园”, 8家企业被评为“A级纳税人”, 12家养老机构被评定为“三星级养老机构”): a rating, whatever the verb,
# no honour conferred (§5 ninth, twenty-first and thirtieth review rounds); a star title of people chosen at a commendation
# (评选出“五星级志愿者”40名) names no facility and stays an honour (twentieth round).
_RATED_FACILITY = re.compile("^(?:国家)?(?:[一二三四五1-5１-５]星级?|[一二三](?:级|级[甲乙丙]等)|[三二]甲|[AＡ]{1,5}级|[1-5１-５][AＡ]级)"
                             "[\u4e00-\u9fff]{0,4}?(?:" + _RATED_BUSINESS_KINDS + "|医院|卫生院|养老机构|养老院"
                             "|幼儿园|图书馆|文化馆|博物馆|档案馆|纳税人|纳税企业)$")
# An honour that names works, cases or projects by its last word (优秀案例, 优秀志愿服务项目, 优秀成果): what is
# counted are things, no bodies, so its recipient_kind is neither (§5).
_THING_HONOR = re.compile("(?:案例|项目|成果|作品|论文|课题|课程|教案|产品|方案|节目|提案)$")
# A merit citation or commendation as the honour, its holders' word before it (个人三等功, 集体二等功, 嘉奖): counted by
# 个 it counts citations, whose holders only that word tells.
_CITATION = re.compile("(?P<holder>个人|集体)?(?:[一二三特]等功|嘉奖)")
# No noun right after a count (…三等功12个、嘉奖40个, …嘉奖40个。): nothing names what is counted but the honour before it.
_NO_NOUN_AFTER = re.compile("(?![\u4e00-\u9fff])")
# Teams or classes named right after a prize and before its count (“体育道德风尚奖”代表队6个, 体育道德风尚奖班级8个): the
# prize's holders, no part of its name.
_PRIZE_HOLDERS = "代表队|代表团|运动队|参赛队|班级|班集体|队伍"
# A prize named right before its winners' noun after a count (5个教学质量奖获奖集体, 12家科技进步奖获奖单位, 20名青年科技奖获奖者
# 颁奖): the prize is the honour, the noun its holders; not their representatives (…获奖单位代表, …获奖集体的负责人), §5
# thirtieth review round.
_PRIZE_BEFORE_HOLDERS = (r"(?:(?![获颁受被授为的得])[\u4e00-\u9fff]){2,12}?奖"
                         r"(?=获奖(?:集体|单位|个人|者|团队|企业|学校)(?!的|代表|家属|负责人))")
# The works a quoted prize went to, written between it and their count (评出“江南文华奖”作品15部, “优秀剧目奖”剧目30台):
# what won it, no part of its name (recipient kind: neither persons nor bodies).
_PRIZE_WORKS = "作品|剧目|节目|成果|论文|项目"
# Works or projects after a quoted prize are its winners only after a conferring verb in their clause (评出“江南文华奖”
# 作品15部), never when applied for, put forward or shortlisted (申报“科技进步奖”项目20个, 推荐…作品10部参评, 入选…).
_WORKS_CONFERRED = re.compile("评出|评选出|评定|授予|颁发|颁授|荣获|获得|表彰|揭晓")
_WORKS_NOT_WON = re.compile("申报|推荐|入选|参评|候选|提名|公示")
# The works' word right before a count (“江南文华奖”作品15部, 科技进步奖项目20个): things counted, neither people nor
# bodies (§5).
_WORKS_BEFORE_COUNT = re.compile(f"奖[{_QUOTE_CLOSE}]?(?:{_PRIZE_WORKS})$")
# The holders' word after an honour and before their count (国家奖学金获得者86名; 大紫荆勋章获授人5名 and
# 金紫荆星章获颁人12名 as Hong Kong releases write those conferred a decoration; 得奖者, Hong Kong's and Taiwan's 得獎者,
# as 获奖者, §5 thirty-first review round).
_WINNERS_WORDS = "获得者|获奖者|得奖者|得主|获授人|获颁人"
# The winners' words a prize's or a quoted honour's holders are named by (…奖获得者, “最美医生”获奖人), with 获奖人 and
# without Hong Kong's 获授人/获颁人, which _WINNERS_WORDS holds for a decoration's holders before a count.
_PRIZE_WINNER_NOUNS = "获得者|获奖者|得主|获奖人"
# The holders' word ending an honour (国家奖学金获得者, 红领巾奖章一星章获得者, 大紫荆勋章获授人): no part of it.
_WINNERS_AFTER_PRIZE = re.compile(f"(?<=奖学金|助学金)(?:获得者|得主)$|(?<=[奖章])(?:{_WINNERS_WORDS})$")
# Hong Kong's holders' word alone (大紫荆勋章获授人), taken off before the receiving verbs, whose 获 it would open.
_DECORATION_HOLDERS_END = re.compile("(?<=[奖章])(?:获授人|获颁人)$")
# The winners of a prize named before the verb that confers it (为12名白求恩奖获得者颁奖, 为10名青年科技奖得主颁发奖杯):
# the prize is the honour, its winners' word no part of it (as for 白求恩奖章获得者).
_PRIZE_WINNERS_END = re.compile("(?<=奖)(?:获得者|获奖者|得主)$")
# An honorary degree or fellowship conferred (名誉博士学位, 荣誉院士), read by the two degree patterns of the extractor.
_HONORARY_DEGREE = "(?:荣誉|名誉)(?:博士)?学位|(?:荣誉|名誉)(?:大学)?院士"
# An unquoted prize's name ending in 奖 (a named scholarship or teachers' prize too: 李氏奖学金) and the ceremony named
# for it (…颁奖典礼), shared by the readings of a ceremony's winners in its sentence and in the next one.
_PRIZE_NAME = r"(?:(?![和及与])[\u4e00-\u9fff]){2,14}?奖(?:学金|教金)?"
_PRIZE_CEREMONY_WORD = "(?:颁奖|颁授|授奖)(?:典礼|仪式|大会|晚会)"
# A sentence opening on a prize's name, the prize its subject (「星辉奖学金」由校友捐资设立, 明德奖是…, 该奖学金于…): a
# description of the prize just named, which a count of winners after it still refers back to (§5).
_PRIZE_OPENING = re.compile(rf"\s*[{_QUOTE_OPEN}]?(?P<honor>{_PRIZE_NAME})[{_QUOTE_CLOSE}]?(?:由|是|为|于|自|设立|创设|始设)")
# The tokens a prize's winners are handed (奖杯, 证书, 奖杯和证书, 奖金和证书): no honour of their own.
_PRIZE_TOKENS = re.compile("(?:奖杯|奖牌|证书|荣誉证书|奖状|奖金|奖品)(?:[和及、](?:奖杯|奖牌|证书|荣誉证书|奖状|奖金|奖品))*")
# The winners of the event's prizes, counted with no honour of their own (20位得奖者, 30名获奖者, 获奖选手): a bare
# token handed to them (颁发嘉许状予20位得奖者, 为20名获奖者颁发荣誉证书) is the token of prizes named elsewhere, no
# honour (§5: an award record needs the honour named); not 嘉许状予120名义工, a commendation of plain holders.
# (为12名获奖同志颁发了荣誉证书, 为5个获奖单位颁发奖牌, 为8名获奖个人颁发了证书和奖杯: comrades, units or persons named
# only as winners, the same)
_GENERIC_WINNERS = re.compile("(?:获奖|得奖|受奖)(?:者|人员|人士|选手|代表|学生|教师|职工|员工|同志|单位|集体|企业|团队|个人"
                              "|家庭|学校|班级)")
_BARE_TOKENS = re.compile("(?:荣誉)?(?:嘉许状|奖状|证书|奖杯|奖牌|奖座|奖品)(?:[和及、](?:荣誉)?(?:嘉许状|奖状|证书|奖杯|奖牌|奖座|奖品))*")
# The holders' honour closing the clause after a bare token handed to a count (颁发嘉许状予35名「优秀义工」, 嘉许状予35名
# 优秀义工): a certificate given to counted holders is their honour (§5 eleventh review round, 颁发奖状予绩优厂商8家); not
# 予120名义工, plain holders (read by _honor_like).
# (颁发嘉许状予35名「优秀义工」及5个「优秀义工团体」: a second count of holders joined after the first, its own record)
_HOLDERS_AFTER_TOKEN = re.compile(rf"(?:[{_QUOTE_OPEN}](?P<quoted>[^{_QUOTE_CLOSE}\n，。；]{{2,30}})[{_QUOTE_CLOSE}]"
                                  r"|(?P<plain>[^\W\d的]{2,10}))"
                                  rf"(?=[，。；,;]|$|(?:以及|及|和|与|、){NUM}[^\W\d]?[{_QUOTE_OPEN}])")
# A prize of teams or bodies by its first word (团体一等奖, 集体金奖): who holds it is said, unlike a bare 一等奖.
_TEAM_PRIZE = re.compile("团体|集体")
# Projects or results counted (12个项目, 85项成果): things, no bodies (not 7个项目部, 项目组, 项目团队: teams).
# (not 项目经理, 项目单位, 项目公司, 项目办, 项目负责人, 项目承担单位: people or bodies, no projects)
_ITEMS_NOT_PROJECTS = "(?![部组队团处经单公办人负承])"
_ITEMS_COUNTED = re.compile("(?:项目|成果)" + _ITEMS_NOT_PROJECTS)
# A grant to items joined after an earlier prize (…颁发了突出贡献奖，3个项目…奖): only when that earlier clause conferred.
_ITEMS_GRANT_BEFORE = re.compile("授予|追授|颁发|颁授|表彰")
# Verbs opening what follows projects counted (3个项目申报省级科技奖, 推荐…, 入选…): an act of the projects, no prize named.
_ITEMS_VERB = "申报|推荐|参评|参选|入选|入围|通过|争创|冲击|角逐|竞争|申请|参加|报送"
# A prize grade (一等奖, 金奖, 优秀奖): counted with 个 it counts prizes, not bodies.
_PRIZE_GRADE = re.compile(f"(?:{PRIZE_GRADES})$")
# A prize named, with or without its count, in the clause before a list opened by 其中 (国家自然科学奖49项，其中一等奖1项、
# 二等奖48项; 表彰了2023年度集团科技进步奖，其中特等奖1项…): the bare grades listed are grades of that prize, named with it.
# The name starts after a clause break, a year or the verb conferring it, never over a verb (学生获奖，其中一等奖3名;
# 全市科技创新大赛颁奖，其中…: the act, no prize) nor over a join (评出个人奖和团体奖，其中一等奖6名: two prizes, whose
# grades are not told apart); a run of grades (共评出一二三等奖，其中一等奖10名) is no prize either (_prize_before_within).
# (the prize may also follow the verb receiving it or the count of what won it: 我市获省科学技术进步奖12项，其中…;
# 授予85项成果市科技进步奖，其中…; and the total may be told as the prize's conferral or its winners: 市科学技术进步奖
# 共授奖120项，其中…; 市科技进步奖获奖项目85项，其中…; 获得市科技进步奖的85项成果受到表彰，其中…)
# (and the prize may be quoted, its name read without the marks: 共评出“科技进步奖”286项，其中一等奖26项)
# (and its winners may be counted as people or works: “青年创新奖”共评出15名，其中…; …奖获得者20名，其中…; the marks of
# a quoted prize open its name whatever stands before them: 本届“青年创新奖”…; not after a join, 评出“甲奖”和“乙奖”，其中…:
# two prizes, whose grades are not told apart)
_PRIZE_BEFORE_WITHIN = re.compile(
    rf"(?:^|[，,：:；;\s]|(?:19|20)\d{{2}}年度?|表彰了?|授予|颁发了?|评出|评选出|荣获|获得|获(?![奖得])"
    rf"|[\d一二三四五六七八九十百千]项(?:成果|项目)?|(?<![和与、”」])(?<!以及)(?<!(?<!普)及)(?=[“「]))"
    rf"(?P<open>[“「])?(?P<prize>(?:(?!表彰|授予|授奖|颁发|颁奖|评奖|评出|评选|获|设|[和与、]|(?<!普)及)[\u4e00-\u9fff]){{2,16}}?奖)"
    rf"(?(open)[”」])(?:(?:共|共计|总共)?(?:授奖|评出|评选出|产生)?了?(?:获奖|获得)?(?:项目|成果|者|人员|选手)?(?:共|计|达)?{NUM}"
    rf"[项名位人个件]"
    rf"|的[^，,。；;“”「」]{{0,16}})?[，,]\s*$")
_WITHIN_BEFORE_ITEMS = re.compile(r"[，,]\s*其中[，,：:]?\s*$")
# A bare grade after 其中 and the grades listed before it in the same run (，其中一等奖3项、二等奖…): read with the prize
# named before the comma (_prize_before_within), whichever pattern found the grade.
_GRADE_WITHIN = re.compile(rf"[，,]\s*其中[，,：:]?\s*(?:(?:{PRIZE_GRADES}){NUM}[项名个人位件][、，,]\s*)*(?:{PRIZE_GRADES})$")
# This edition or year before a prize named before 其中 (本届市科技进步奖, 第五届…): no part of its name.
_EDITION_BEFORE_PRIZE = re.compile(r"^(?:本届|本次|此次|今年|本年度|第[\d一二三四五六七八九十百]+届)(?=.{3})")


# A ceremony named for a prize (冶金科学技术奖颁奖大会, 市科学技术奖励大会, 科技进步奖表彰大会): the prize whose bare grades
# counted in the next sentence are its grades (§5 tenth round); not a run of grades (一二三等奖颁奖仪式) nor an act (获奖).
_CEREMONY_OF_PRIZE = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=举行|举办|召开|隆重))"
    r"(?P<prize>(?:(?!颁奖|授奖|获奖|评奖|举行|召开|隆重|[和与及、])[\u4e00-\u9fff]){3,16}?奖)"
    r"(?:颁奖|励|表彰|授奖)?(?:大会|典礼|仪式|会议)")
# A prize whose ceremony or results open the sentence that then counts its bare grades after 其中 (冶金科学技术奖颁奖大会
#今天举行，本年度共授奖项目60项，其中特等奖2项; 市科技局公布了第二十届科技进步奖评审结果，共评出获奖项目80项，其中一等奖10项):
# the grades are that prize's, as when the ceremony is named in the sentence before (§5 tenth round).
_PRIZE_OPENING_SENTENCE = re.compile(
    f"{_CEREMONY_OF_PRIZE.pattern}"
    r"|(?:^|(?<=[^\u4e00-\u9fff])|(?<=公布了|发布了)|(?<=公布|发布|揭晓|宣布|宣读))"
    r"(?!了)(?P<prize_>(?:(?!颁奖|授奖|获奖|评奖|公布|发布|揭晓|[和与及、])[\u4e00-\u9fff]){3,16}?奖)(?:评审|评选|评比)?(?:结果|获奖名单)")
# Words with 奖 that name no prize (授奖, 获奖 …), and what is left naming one.
_NOT_A_PRIZE_WORD = re.compile(f"授奖|获奖|颁奖|评奖|得奖|领奖|奖励|嘉奖|{PRIZE_GRADES}")
_PRIZE_WORD = re.compile("奖")
# A scope, a year or an edition before a prize named by its ceremony (全省, 2024年度, 第五届): no part of its name.
_SCOPE_BEFORE_PRIZE = re.compile(r"^(?:(?:(?:19|20)\d{2})?年度?|第[\d一二三四五六七八九十百]+届|本届|首届|全[国省市县区])+")


def _prize_before_within(text: str, end: int) -> str:
    """The prize named right before ``text[end:]`` (which follows the comma before 其中), or ``""``."""
    named = _PRIZE_BEFORE_WITHIN.search(text, 0, end)
    return _EDITION_BEFORE_PRIZE.sub("", named["prize"]) if named and not _PRIZE_GRADE.search(named["prize"]) else ""

# Bodies named right after a count (3个单位, 5个党支部): the recipients are organizations.
# (not 三等奖8个和优秀组织奖2个: the next item's words after 和)
_BODIES_NAMED = re.compile("(?:(?![和及与])[\u4e00-\u9fff]){0,4}?(?:单位|集体|组织|支部|党委|党总支|企业|团队|学校|班组|部门|村|社区)")
_PERSON_UNITS = frozenset("名位人")
# 代表 as representatives sent up on stage or to a meeting by those honoured (优秀员工代表, 先进集体代表), not as deputies of
# a people's or a party congress (优秀人大代表, 优秀党代表: a member of that body, as 优秀政协委员 is, the honour's holders).
# (not 优秀职工代表提案, 优秀代表建议: the representatives' proposals honoured, 代表 only qualifying the thing counted)
_REPRESENTATIVES = "(?<!人大)(?<!党)代表(?!提案|建议|议案)"
# An honour or the words before it ending in such representatives (优秀员工代表): those sent up, no honour of their own.
_ENDS_IN_REPRESENTATIVES = re.compile(_REPRESENTATIVES + "$")
# Representatives after a count and its holders' noun (10个家庭的代表): those sent up, not the holders counted.
_REPRESENTATIVES_AFTER = re.compile("[\u4e00-\u9fff]{0,4}?的?" + _REPRESENTATIVES)
# After an honour received, the people holding it and their kin or guests who attend (…获嘉许人员及其家属出席典礼):
# the count before is of those attending, not of holders (§5: relatives or guests watching a conferral are no holders).
_HOLDERS_WITH_KIN_ATTEND = re.compile(
    "(?:人员|人士|者|员工|学生|代表|同志)(?:及其|和其|与其|及|和|与)(?:家属|亲友|家人|亲属|家长|嘉宾)[^，。；]{0,8}?"
    "(?:出席|参加|观礼|列席|到场|见证)"
)
# Words that make a counted item a clause, not an honour (300名优秀员工代表参加大会, 50名先进工作者受到表彰, 优秀党员和…).
_CLAUSE_NOT_HONOR = re.compile(f"[和及与各每]|{_REPRESENTATIVES}|参加|出席|参会|列席|受到|获得|获|表彰|领取|上台|分别|奖励")
# People and bodies named together right after a count (57个个人及团体, 30个单位和个人): one total over both kinds,
# whose recipient_kind is neither (§5).
# (86名员工和团队: staff and their teams)
_PEOPLE_WORDS = "(?:个人|人士|员工|职工)"
_BODY_WORDS = "(?:团体|单位|集体|机构|组织|企业|团队|班组|实体)"
_MIXED_RECIPIENTS = re.compile(f"{_PEOPLE_WORDS}[及和与、]{_BODY_WORDS}|{_BODY_WORDS}[及和与、]{_PEOPLE_WORDS}")
# A count of people and a count of bodies joined before the honours conferred on them (向21名人士及6个机构颁授勋章、奖章
# 和奖状): each is a total of its kind over the day's honours, like one after 共 (dropped when parts add up to it);
# read at the people's count (the rest after its unit) and at the bodies' (the text before it).
_PEOPLE_THEN_BODIES = re.compile(f"{_PEOPLE_WORDS}[及和与]{NUM}[个间家所]{_BODY_WORDS}")
_PEOPLE_BEFORE_BODIES = re.compile(f"{NUM}[名位人]{_PEOPLE_WORDS}[及和与]$")
_BODY_WORDS_AT = re.compile(_BODY_WORDS)
# An honour over bodies and people at once (先进集体和先进个人, 优秀个人及先进单位): its count is of neither kind.
_MIXED_HONOR = re.compile("(?:集体|单位)[和及与、](?:先进|优秀)?个人$|个人[和及与、](?:先进|优秀)?(?:集体|单位)$")
# 百 or 千 alone as a count (表彰百名“优秀村干部”): an exact hundred or thousand.
_BARE_HUNDRED = {"百": 100, "千": 1000}
# A word making such a count approximate (近百名, 上千名, 数百名, 逾千人): no record, the award having no approximate flag
# (约 too: 约百名 names no count at all, unlike 约100名, which _APPROX_WORD_BEFORE keeps).
_APPROX_BEFORE = re.compile("[近约逾超上成数几余]$")
# 逾 right before a written count (逾300名学生获颁…): no explicit count, no record (§5 tenth round: 余, 多 or 逾; 余 and 多
# after the number already stop the count). Not 约 (约100名“X”: kept as read, §8 stop of 2 December 2026), nor 超过 and 近
# (a fifteenth-round reading of them as 逾 lowered the held-out probes and was withdrawn, §8): those counts stay as read.
# (_APPROX_BEFORE, one character before a bare 百/千, and funding/patterns.py's _LEVEL_APPROX, words opening a budget level's
# amount, are the other approximate-word lists: each is the set its own value form takes.)
_APPROX_WORD_BEFORE = re.compile("逾$")
_BODY_UNITS = frozenset("个家所")


def _other_kind(unit: str, other: str) -> bool:
    """A count of people and a count of bodies (名 and 个): no part of a total over the other kind."""
    return (unit in _PERSON_UNITS and other in _BODY_UNITS) or (unit in _BODY_UNITS and other in _PERSON_UNITS)


def _same_unit_kind(unit: str, other: str) -> bool:
    """The same unit, or two words counting people (名, 位, 人), or two counting bodies (个, 家, 所: 100家单位…荣获“…”
    先进集体称号, then the list headed 一、“…”先进集体（共100个）)."""
    return unit == other or (unit in _PERSON_UNITS and other in _PERSON_UNITS) or (unit in _BODY_UNITS and other in _BODY_UNITS)


# Fixed patterns of _kind_mismatch: an honour's holders named as bodies, or as people.
_COLLECTIVE_END = re.compile("(?:党组织|集体|单位|企业|支部|党委|学校|社区|村|镇)$")
_INDIVIDUAL_END = re.compile("(?:党员|团员|队员|个人|工作者|教师|干部|职工|员工|学生|标兵|能手|模范|青年|少年)$")


def _kind_mismatch(honor: str, unit: str) -> bool:
    """A count of people for an honour of bodies (15名…先进基层党组织), or of bodies for one of people."""
    bodies = _COLLECTIVE_END.search(honor) is not None
    people = _INDIVIDUAL_END.search(honor) is not None
    return (unit in _PERSON_UNITS and bodies) or (unit in _BODY_UNITS and people)


# A category any body or any person may hold (先进集体, 优秀个人): the one honour that several counts of one kind
# may share.
_ANY_HOLDER = re.compile("(?:集体|单位|个人)$")


def _pair_by_kind(honors: list[str], units: list[str]) -> list[str] | None:
    """The honour of each count, in the counts' order, when there are more counts than honours and the kinds settle
    it: each count fits exactly one honour by its unit (个 bodies, 名 people), each honour gets a count, and an honour
    shared by several counts is a category any holder may have (3个教研组、30名教师和2个年级组“先进集体”“优秀教师”:
    先进集体, 优秀教师, 先进集体); else None (20个党组织、85名党员和15名党务工作者“…党组织”“…共产党员”: the
    党务工作者 hold no 共产党员 honour)."""
    paired: list[str] = []
    for unit in units:
        if unit not in _PERSON_UNITS and unit not in _BODY_UNITS:
            return None
        # (an honour whose kind its name shows: one of the two kinds of count does not fit it)
        fits = [h for h in honors if _kind_mismatch(h, "名") != _kind_mismatch(h, "个") and not _kind_mismatch(h, unit)]
        if len(fits) != 1:
            return None
        paired.append(fits[0])
    if set(paired) != set(honors) or any(paired.count(h) > 1 and not _ANY_HOLDER.search(h) for h in honors):
        return None
    return paired


def _pairs_in_order(honors: list[str], units: list[str]) -> bool:
    """Honours and counts written as two series with no 分别 (3个集体和5名个人获得“甲奖”和“乙奖”, 表彰优秀教师、优秀班主任10名、
    20名): paired in order, as such parallel series read, when there is one count per honour and the names do not
    contradict it (by their kinds they pair in this order, or their names show no kind and no count misfits its honour)."""
    if len(honors) != len(units):
        return False
    paired = _pair_by_kind(honors, units)
    if paired is not None:
        return paired == honors
    return not any(_kind_mismatch(h, u) for h, u in zip(honors, units, strict=True))


# (建院以来，该院先后有20名干警荣立…: the years since the body's founding, before the count in its sentence)
# (多年来，协会先后表彰…560名; 至今，学会已评选出…80人: a lead-in clause of the years over)
_THIS_OCCASION = re.compile(r"会议|典礼|仪式|晚会|\d{1,2}月\d{1,2}日")
# (截至目前，全县共有全国文明村镇3个…，评选表彰各类道德模范120名: a sentence opened by the date up to which it counts
# what a place holds)
# (截至目前，全区已评选表彰“最美家庭”500户: 已 before a conferring verb after that date, the conferrals up to it;
# not 截至目前，今年全区已表彰…12名: this year's conferrals)
_TALLY_LEAD = re.compile(r"\s*(?:(?:多年来|历年来|至今|迄今|长期以来)[，,]"
                         r"|截[至止](?:目前|今年[^，,。；]{0,4}|\d{4}年[^，,。；]{0,6})[，,]"
                         "(?:[^，。；]{0,8}?(?:共有|已有|现有|拥有)|(?:(?!今年|本年)[^，。；]){0,8}?已经?(?:评选|表彰|命名|评出|授予)))")
# (协会成立二十年来, 建校60年来: the years since the founding counted)
_SINCE_FOUNDED = re.compile("(?:建|成立|建院|建校|创办)(?:[^，。；]{0,4}以来|[^，。；]{0,4}?(?:[一二三四五六七八九十百几数多]{1,4}|\\d{1,3})[余多]?年来)")
# A past year or span of years opening the count's sentence or a clause before it (2023年，全县共表彰…; 2021年至2023年，…;
# 去年全县共表彰…; 2022年以来，…): the counts tally that period, no conferral of this event (§5); the years are weighed
# against the article's year. A year with a month (2023年12月) dates one event and 2023年度 names an honour's year.
# (过去一年，…; 在过去的一年里，…; 去年一年，…: the year before, told as a span, is last year too)
# A subject and a receiving verb may follow the lead with no comma (去年公司获得…奖8项, 2023年集团荣获…), or the verb
# alone after a subject written before the year (集团去年获得…奖9项, 学院去年荣获…): the prizes
# won in that year, told in a review of it, are a tally too; not a year's grade (2023年度获评…: an honour's year); nor may
# a clause summed up by a later one opening 全年 or 年内 (2023年医院门诊量达到…，全年获得…奖6项).
# The kinds of body that keep a tally of their members' honours, ending the name of the subject before a year lead:
# bodies with staff or students, not _HOLDER_HEADS' recipients (集体, 团队, 村: those honoured, not those counting).
# (协会会员企业去年共获得…, 会员企业承建的项目在去年共获得“鲁班奖”七项: members' firms and their projects keep a tally of
# prizes won as a company does, GUIDELINES §5 sixteenth review round)
# (消防处去年共有300名人员获颁…, 入境事务处去年…, 区法院去年…: Hong Kong departments 处/署 and courts keep such tallies too)
# The holders of an event a past day's attribute names, counted with 共有 right after it (去年8月5日举办的表扬大会共有28位…获奖):
# that event's conferral, a tally of the past (GUIDELINES §5 sixteenth review round), though its noun is a word of this event.
_DATED_PAST_EVENT_COUNT = r"[^，。；\d“”「」]{0,4}?(?:举办|举行|召开)的[^，。；\d“”「」]{0,8}?(?:大会|典礼|仪式)[上中]?共有"
_DATED_PAST_EVENT = re.compile(_DATED_PAST_EVENT_COUNT)
# (市政府去年共表彰劳动模范40名, 縣府去年共表揚模範勞工38名: a government, or its Taiwan short form 县府/市府, keeps a
# tally of the honours it conferred in earlier years like a bureau, §5 sixteenth review round)
_TALLY_BODY_KINDS = "局|厅|处|署|政府|[县市]府|学校|大学|中学|小学|学院|医院|法院|检察院|公司|集团|支队|大队|中心|企业|协会|商会|基金会|项目"
_YEAR_LEAD = re.compile(r"(?:^|(?<=[，,；;]))\s*(?:自|从|在)?(?:(?:我|全|本|该)(?:市|县|区|省|州|盟|旗|镇|乡|校|院|局|公司|集团)"
                        # (警察局去年全年共有412人次获得…; 学校去年共有30名学生获评…: a body named as the subject before
                        # the year, up to eight characters of its name before the word of its kind)
                        rf"|(?P<body>[\u4e00-\u9fff]{{0,14}}?(?:{_TALLY_BODY_KINDS}))在?)?"
                        # (我市2024年共有3项工程荣获…: the place or body the tally is of may open the clause before its year)
                        r"(?:(?:(?P<first>(?:19|20)\d{2})年?[至到—～~-])?(?P<last>(?:19|20)\d{2})年"
                        # (去年同期，…; 去年年底，…; 去年第四届评选中，…: a part of last year or its edition, no less past)
                        # (去年教师节，…; 去年“七一”前夕，…; 去年12月，…: a day or a month of last year, no less past)
                        # (本局上月共有105人次获得…: last month is a past period too, §5 sixteenth review round; not
                        # 上月28日, one day, which may be this event's own)
                        # (上学期我校共有37名学生在各类比赛中获奖, 上一学年…: a school's last term or year, as past as 去年)
                        r"|(?P<relative>去年|前年|上一?年度?|过去的?一年|上个?月(?![\d一二三四五六七八九十])|上一?个?学[期年])(?:同期|年?[底末初]|[上下]半年|全年|一年"
                        r"|[“「]?[\u4e00-\u9fff\d]{1,5}?[”」]?节?(?:前夕|期间|前后|之际)?(?<=[节夕间后际])|\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬)?"
                        r"|(?:第[\d一二三四五六七八九十]+届)?[^，。；\d]{0,6}?(?:中|里|期间))?)"
                        # (去年还有5个村被评为…; 去年另有3所学校获评…: a count added to the honours told before, in that year)
                        # (去年评选出25名…; 上一年度评出…: a verb of conferring right after the year, no subject
                        # between, confers in that year just as 去年该市评选出… does; not 表彰了学校去年评选出的30名…,
                        # the verb in a description of the holders, 的 closing it)
                        # (去年表彰模范农民5名, 去年則表揚…3個: 表彰/表扬 bare, or after 则/也/还/又 setting that year beside
                        # this event's conferral, GUIDELINES §5: a count of another period is no award of this event)
                        # (基金会去年颁发清寒奖学金予15名学生: a prize handed in that year, §5 twenty-eighth round)
                        r"(?P<since>以来)?(?=[，,]|[全我本共各该有](?!年)|[还另也]有|[则也还又]?(?:评选出|评出|表彰了?|表扬了?|授予|颁发了?|颁授了?)(?!的)|"
                        # (去年县府共表扬24位…: a short subject, then 共 and a verb of conferring, that year's total;
                        # 去年8月5日举办的表扬大会共有28位…获奖: the holders of that year's event, a tally of it)
                        r"[^，。；表颁授评为对向\d“”「」]{1,6}?共(?:表彰|表扬|评选出|评出|授予)|"
                        # (2024年县委党校共举办各类班次12期，…: a short subject, then 共 and a verb of its work, the
                        # year framing a work report's sentence, as a comma after the year does)
                        r"(?!度)[^，。；表颁授评为对向\d“”「」]{1,8}?共(?=举办|开展|完成|培训|组织|实施|承办|获得|荣获)|" + _DATED_PAST_EVENT_COUNT + "|(?!度)[^，。；表颁授评为对向]{0,8}?(?:荣?获(?![悉知])|被评为|被授予|被命名)"
                        # (2024年医院门急诊量达到120万人次，全年获得…奖6项: the year opening a clause whose figures a later
                        # clause sums up over 全年, that year; not 2024年12月…, one day of it)
                        r"|(?!度|\d{1,2}月|[一二三四五六七八九十]{1,2}月)[^，。；“”「」]{1,30}?[，,]\s*(?:全年|年内))")
# A running year opening the count's clause or the one before it, the count's subject counted with 有 (全局今年共有300名
# 民警获得嘉奖; 今年以来，全局共有120名…; 今年有15名学生获得…): a tally of the period so far, no conferral of this event
# (GUIDELINES §5 sixteenth review round), unless the page links its honour to this event (_honour_linked).
# Only with a body named before or right after the year (全局今年共有…, 今年，全局共有…, 今年全街道共有…) or a stretch up to now (今年以来，
# …): a bare 今年共有45位人士获颁勋章 reports this year's list, the conferral itself.
_RUNNING_TALLY = re.compile(r"(?:^|[，,；;])\s*(?:(?:[^，。；\d]{1,8}?)今年(?:全年|上半年)?|今年(?=全[^年]|本[^年])|今年以来[，,]?"
                            r"|今年[，,]\s*(?=[^，。；表颁授评为对向\d“”有共]))"
                            r"(?:[^，。；表颁授评为对向\d“”]{0,8}?)?(?:共有|有)$")
# A sentence that holds a conferral or an event of this page (颁奖, 表彰, 大会, 仪式) naming an honour: the link to it.
_CONFERRAL_OR_EVENT = re.compile("颁奖|颁发|表彰|授予|大会|仪式|典礼")
# A work year opening the count's clause or the one before it (2023年度，全省共有213个项目获得…奖): the honours of that
# year's work, conferred in the year after it at the latest (§3: 2024年度 work is reviewed in the next year), so a tally of
# an earlier period only when it is more than a year before the article's (a 2025 page telling 2024年度，… tells this
# event's conferral); 2023年度优秀教师 (no comma) names an honour's year.
_ANNUAL_LEAD = re.compile(r"(?:^|(?<=[，,；;]))\s*(?P<year>(?:19|20)\d{2})年度[，,]")
# A clause opening with 当年/同年 (that year) after a year written earlier in the sentence (上一次集中表彰是在2020年，当年共
# 表彰…186名): that year's conferrals, weighed against the article's year like a year lead; not 当年 inside a clause.
_THAT_YEAR_LEAD = re.compile(r"(?:^|(?<=[，,；;]))\s*(?:当年|那年|那一年|同年)(?![度份])")
_YEAR_WRITTEN = re.compile(r"(?P<year>(?:19|20)\d{2})年(?!度|代|级|份)")
# The years since a milestone opening the count's sentence or a clause (“十四五”以来，…; 自党的十八大以来，…; 换届以来，…):
# a tally over those years (§5); not since a point of this year (今年以来, 年初以来, 入夏以来).
# A year opening the sentence as its frame also governs a later clause of it that tells prizes won with no verb of
# conferring between (2024年，公司坚持创新驱动，全年获得省级以上科技进步奖9项: a year's tally told in a work report, §5),
# unless a later clause of the sentence says they were honoured at this event (…，会上对他们进行了表彰).
# (王平指出，过去五年，…，8件作品获…金奖: a speaker's clause before the year or span that opens what is said, as its frame)
# (据悉，2024年，…，全县有4家企业入选…名单: a word of hearsay opening the sentence frames it as a speaker's clause does)
# A word of hearsay alone opening the sentence (据了解，…): what follows is background the page adds beside the event
# (periods.py weighs a year lead after it; _SENTENCE_OPENING takes it as one of its openings).
_HEARSAY_WORDS = r"(?:据悉|另悉|据了解)[，,]\s*"
_HEARSAY_OPENING = re.compile(r"\s*" + _HEARSAY_WORDS)
_SENTENCE_OPENING = re.compile(rf"\s*(?:{_HEARSAY_WORDS}|[^，。；“”「」]{{1,16}}?(?:指出|强调|表示|介绍|说|回顾|谈到|提到|认为)[，,：:]\s*)?")
# Another period opening the clause of a prize's winners chosen (去年“青年科技奖”共评出获奖者15名, 上届“…奖”评出获奖者…):
# winners of that period, not of this event (§5).
_OTHER_PERIOD_CHOSEN = re.compile("去年|前年|上一?年度?|上一?届|往年|历年|此前|过去")
# (荣立三等功: a merit won, like a prize: 去年入伍的15名新兵中，有3人荣立三等功)
# (…，全县有4家企业入选省级专精特新企业名单: selected onto an honour's list is won like a prize, in the year framing it)
# (2023年，公司获得…奖8项，新增国家级“绿色工厂”1个: designations newly gained, counted in the same year's review, are won
# like prizes, GUIDELINES §5 sixteenth and twenty-second review rounds)
_WON_IN_CLAUSE = re.compile("(?:获|荣获|获得|摘得|斩获|荣立|入选|新增)(?!得者|奖者)")
# Holders rated or named in the passive (其中46名学员被评为“优秀学员”): received like a prize won, the conferrer left out.
_RATED_PASSIVE = re.compile("被(?:评为|评选为|授予|命名为)")
# (…，会上对他们进行了表彰; a later clause with this meeting or none as subject conferring on them: …，大会对他们进行了
# 表彰; …，会议向他们颁发了证书; …，并为获奖作者颁奖; not …，号召向受到表彰的先进典型学习)
_HONOURED_HERE_AFTER = re.compile("(?:会上|大会上|典礼上|仪式上)[^。]{0,12}?(?:表彰|表扬|颁奖|颁发|授予)"
                                  "|(?<=[，,；;])(?:会议|大会|会上|大会上|典礼上|仪式上|并|还|同时)?[^，。；]{0,6}?(?:对|为|向)"
                                  "(?!受到|被)[^，。；]{0,8}?(?<![受被获])(?:表彰|颁奖|颁发|授牌|授予)")
# A meeting or a report reviewing a period's work in a clause before the count's (会议回顾了2024年工作，…; 会上通报了上半年
# 工作，…; 会议听取了2024年度工作报告，报告指出，…; 会议回顾了2024年全市应急管理工作: a field of work may stand between the
# period and its head word): prizes won told in a later clause of the sentence are that period's
# tally, no conferral of this event (§5), unless the count's clause confers them (…，并为获得…的20名教师颁奖) or the
# sentence says they were honoured here (…，会上对获奖单位进行了表彰).
_PERIOD_REVIEWED = re.compile(r"(?:回顾|总结|通报|听取|盘点)了?[^，。；]{0,12}?(?:(?:19|20)\d{2}年度?|去年|前年|上一?年度?|[上下]半年"
                              r"|过去的?一年|一年来|全年|年度|今年以来|前三季度|[一二三四]季度)(?:以来)?的?(?:各项)?"
                              r"(?:[^，。；、：:\d]{0,14}?)(?:工作|情况|成绩|成效|成果)")
# A speaker's or meeting's review of achievements closed by a colon (林某回顾了学院党建工作取得的成绩：…), with no period
# word of its own: the items after it that a past year or span dates (2021年以来，…，2023年…，…) are that past's tally.
_ACHIEVEMENTS_LISTED = re.compile(r"(?:回顾|总结|盘点)了?[^，。；：:]{0,16}?(?:取得的|所取得的)?(?:成绩|成效|成果|工作)\s*[：:]")
# A past year or span leading an item of such a list (2023年，… / 2023年学院党委… / 2021年以来，… / 近年来，…).
_LIST_ITEM_PAST = re.compile(r"(?:^|(?<=[：:，,；;]))\s*(?:(?P<year>(?:19|20)\d{2})年(?!度|代|级|份|\d{0,2}月)(?:以来)?|近年来|近几年来?|多年来)")
# A colon right after the review (刘洋在报告中总结了2025年工作：…): what follows in the sentence lists that period's work.
# (…工作情况：, …工作如下：: a few words closing the review's object before the colon)
_REVIEW_LISTED = re.compile(r"[\u4e00-\u9fff]{0,4}\s*[：:]")
# A sentence's lead that reviews, its object left to the clauses after it (黎某在报告中回顾，…; 会议总结道：…): the year just
# past opening the next clause is the period it reviews.
_REVIEW_LEAD = re.compile(r"[^，。；：:“”]{0,16}?(?:回顾|总结|盘点)(?:说|道)?[，,：:]")
# The year just past opening a sentence (一年来，…; 过去一年，…; 过去的一年里，…).
# (2024年，…: a year written out opens it too, when it is the year the review before names, see _year_after_review)
_YEAR_PAST_OPENING = re.compile(r"\s*(?:一年来|一年以来|过去一年|过去的一年|(?P<year>(?:19|20)\d{2})年度?)(?:里|中)?[，,]")
# Prizes won or honours received in the count's clause, either side of the count (全年获得…9项, 9名教师获评…, 受到省级表彰).
_WON_OR_RECEIVED = re.compile(f"{_RECEIVING}|摘得|斩获|受到[^，。；]{{0,6}}?表彰|(?<![颁授])获(?!得者|奖者)")
# A conferring verb in the active voice (表彰了, 为…颁奖, 授予…称号; not 被授予, 受到表彰, 获颁): this event confers.
# After a second count joined to the holders of an honour (…的6所学校和200名参赛选手颁发证书): people who only took
# part (参赛选手, 参展商, 观众) or the holders' representatives, no more holders of it; 优秀选手 are, and so are
# volunteers (…“优秀志愿服务奖”的3个团队及12名志愿者).
# (…“示范村”的12个村和45名先进个人予以表彰: a count named by a commendation's own category, 先进/模范…, is an honour of
# its own, §5 "先进集体5个、先进个人5名 → two records", no second holders of the quoted one)
_NOT_SECOND_HOLDERS = (r"(?![^，。；\d]{0,6}?代表)(?!先进|模范)"
                       r"(?!(?:(?!优秀)[^，。；\d]){0,6}?(?:参赛|参加|参演|参展|参训|参与|选手|观众))")
# A verb that takes an honour away (撤销, 取消, 摘牌) in the count's clause: nothing is conferred, whatever the honour.
_WITHDRAWN = re.compile("撤销|撤消|取消|摘除|摘牌|收回|注销|褫夺")
# After such a verb, up to the count: a 的 closing a phrase that describes the holders (对在撤销村级债务工作中表现突出的
# 10名干部授予…): the verb is the holders' work, it takes nothing away; not 取消5名干部的…称号 (the 的 after the count)
# nor 被撤销“文明单位”称号的3个单位 (an honour taken, the object of the verb in the phrase).
_WITHDRAWN_DESCRIBES = re.compile("(?:(?!称号|荣誉|资格|[“「『]|[摘挂授]牌)[^，。；])*的")
# Applying for an honour or putting holders forward to a higher body (申报集体二等功1个, 推荐3名…参评): nothing conferred yet
# (§5: candidates and works applied for), unless a conferring verb follows in the clause (经推荐授予…, 为推荐产生的…颁奖);
# not the word inside a prize's or a form's name (评选出优秀产品推荐奖8项, 申请表).
_APPLIED_FOR = re.compile(f"(?:{_APPLY_VERBS}|提请|呈报|推荐|推选)(?![奖人者书表])")
# Entries a selection received or collected before their count (共收到各地选送的优秀版面作品272件, 征集到优秀剧本156部): works or
# entrants sent in, nothing conferred on them (§5 twenty-second review round: entrants counted for an honour are no award),
# unless a conferring verb follows before the count (收到…，评出优秀作品30件).
_ENTRIES_RECEIVED = re.compile("收到|征集到|收集到|征得|接到")
# The counted holders described as applying for a quoted honour (12个申请“红旗党支部”称号的党支部, 8家正在申报“…”的企业): units
# only applying, nothing conferred on them, whatever is handed out in the sentence (GUIDELINES §5 sixteenth review round:
# only holders of the honour before 获得“…”称号的 count).
_APPLYING_AFTER_COUNT = re.compile(rf"\s*(?:正在|已经?|拟|均已|都)?(?:{_APPLY_VERBS}|争创)[^，。；“”]{{0,6}}?[“「]")
_GRANTED_AFTER_APPLYING = re.compile("表彰|表扬|授予|追授|颁发|颁授|颁奖|命名|评为|评出|评选出|选出|记|嘉奖|荣获|获")

_CONFERRING_ACTIVE = re.compile("(?<![被获受到得])(?:表彰|表扬|授予|颁发|颁授|颁奖|嘉奖|授牌)")
# The meeting reviewing a period's work is itself the conferring event: named so in the count's sentence or the one
# before (召开2024年度工作总结表彰大会。会议总结了…，30名优秀教师受到表彰; 召开年度总结表彰会，会议总结了…，20户家庭获评…;
# 召开…大会，表彰先进集体和先进个人。) — its honours, no period's tally (§5, the lead's ruling on cr9 1.1).
_CONFERRING_EVENT = re.compile("(?<![被获受到])(?:表彰|颁奖)")
# Honours received in the count's clause told as this meeting's own (…，10个单位获评“先进集体”; …，30名教师受到表彰),
# not a higher level's (受到省级表彰, 获评“全国文明单位”, 获得省级以上奖项: a tally of other bodies' honours).
_RECEIVED_HERE = re.compile("获评|受到表彰")
# The whole place's or the year's total opening the count's clause after a period review (…总结了2024年工作，…，全镇共有
# 3个村获评县级“美丽乡村”; 全年共有…): a sum over the period reviewed, not this meeting's own commendation, even when the
# meeting confers other honours (§5 ninth round: that period's tally).
_WHOLE_TALLIED = re.compile("(?:全[省市县区镇乡校局院]|全年)(?:共有|共计|共)")
# The levels of a province and above (国家级, 全国, 省委, 中央): above any body a page's own meeting is held by; one list for
# the higher levels here and the running span's levels above the page's own (periods.py _ABOVE_OWN_LEVEL, cr34 C6).
_PROVINCE_OR_ABOVE_LEVELS = "国家级|国家|全国|省部级|省级|省委|省政府|中央"
_HIGHER_LEVEL = re.compile(f"{_PROVINCE_OR_ABOVE_LEVELS}|市级|市委|市政府|上级")
# A county's level is higher too for a township's or a street office's meeting reviewing its period (某镇召开…总结会。…，5个
# 村获评县级“文明村”: honours of a higher level, a tally, GUIDELINES §5 eighteenth review round); not a county's own.
_COUNTY_LEVEL = re.compile("县级|区级|县委|县政府|区委|区政府")
_TOWNSHIP_REVIEWING = re.compile("[镇乡](?:党委|政府|人民政府|机关)?(?:召开|举行)|街道(?:党工委|办事处)?(?:召开|举行)")
_SINCE_LEAD = re.compile(r"(?:^|(?<=[，,；;]))\s*(?:自|从)?(?P<milestone>[^，。；\d]{2,12}?)以来[，,]")
# A span of years opening the count's sentence or a clause (五年来，全县共评选出…; 近三年，…): a tally over those years,
# weighed like a milestone's (§5); also with no comma before a subject of scope or a word of tally (五年来全县共评选“…”
# 46名, 五年来共…, 近三年先后…: the span still opens the clause and sets its time), not before a phrase describing the
# holders (近两年来在科普工作中做出突出贡献的…70个先进集体…受到表彰: commended at this event, §5). 全, 我, 本 and 该 open
# a scope only before a place or a body (全县, 我校, 本市, 该院), not in a word of manner describing the holders
# (近两年来全心全意服务群众的10名优秀党员受到表彰: 全心全意, the holders' service).
_SCOPE_SUBJECT = "(?:全|我|本|该)(?:国|省|市|县|区|州|旗|镇|乡|村|校|院|会|系统|行业)|[各共]|累计|先后|已有"
_YEARS_LEAD = re.compile(rf"(?:^|(?<=[，,；;：:]))\s*(?:{_YEARS_SPAN})(?:[，,]|(?={_SCOPE_SUBJECT}))")
_THIS_YEAR_START = re.compile("今年|本年|年初|年以来|入[春夏秋冬]|开春|本月|上月|月初|本届|此次|本次|活动")
# An earlier edition opening a clause (上届评选中，8个…; 前两届大赛共评出金奖8个; 往届): its conferrals, not this
# edition's (§5); only at a clause's opening, where it sets the time, not inside one (审议通过了上届理事会工作报告,
# 本次评选在总结上届经验的基础上, 与前两届相比: something else of that edition, or a comparison).
# A preposition of time (在上届评选中, 从上届开始), the body whose editions they are (该协会往届, 该市上届) or 回顾
# (回顾历届评选) may stand before it, and a colon ends a clause (会议回顾了上届工作：上届共评出…); the edition as the
# object of another verb stays out (审议通过了上届…, 总结上届经验, 邀请往届获奖教师).
# (此前四届共有40名教师获此殊荣: 此前 before the editions counted back)
# (前两批共命名“江州工匠”60名, 上一批评出…: the earlier batches of a designation conferred in batches, as editions are;
# 前三次共表彰…620名, 上次表彰中: the earlier times of a commendation held again, as editions are)
_EARLIER_EDITION = re.compile(r"(?:^|(?<=[，,；;：:]))\s*(?:在|从|自|此|(?P<review>回顾)|该[\u4e00-\u9fff]{1,4}?)?"
                              r"(?:上一?[届批次]|前[两二三四五六七八九十几数][届批次]|往届|历届)")
# The event an earlier edition's word names right after it (上届大会, 上一届表彰大会, 前两届评选): that edition's event, no word
# of this one (§5 thirty-third round: an earlier edition's conferrals told as history are a past tally).
_EDITION_EVENT = re.compile(r"[^，。；\d“”「」]{0,10}?(?:大会|会议|典礼|仪式|晚会|评选|活动|会)")
# An event held in a written past year or last year, in the clause before the count's or an attribute before the count
# (州第六次民族团结进步表彰大会于2015年召开，共表彰…; 2015年召开的第六次表彰大会共表彰…; 首届评选活动于2020年举办，当时评出…):
# that event's conferrals, told as history, are a past tally (§5 thirty-third round), when the article's year is later; a
# month of the year just before (表彰大会于2023年12月28日召开 on a page of early 2024) may be the reported event's own.
_EVENT_HELD_IN_YEAR = re.compile(r"(?:于|在|是)?(?:(?P<year>(?:19|20)\d{2})年|(?P<relative>去年|前年))(?P<month>\d{1,2}月(?:\d{1,2}日)?)?"
                                 r"(?:在[^，。；\d]{1,12}?)?(?:召开|举行|举办|开幕|闭幕|落幕)(?:的)?")
# The event whose holding is told: a meeting, ceremony, selection or activity named before or after the holding verb.
_HELD_EVENT_NOUN = re.compile("大会|会议|典礼|仪式|晚会|评选|活动|表彰会")
# A clause that is only an earlier edition's time (上届评选中, 前两届里, 从上届开始, 回顾历届评选, 上届): it leads the next
# clause; not a clause with a subject and verb of its own (上届冠军团队代表出席并为获奖者颁奖, 历届获奖者代表出席典礼).
_EDITION_TIME = re.compile(r"[^，。；]{0,8}?(?:中|里|期间|开始|起|以来)|")
# What a review of earlier editions names before the clause it leads (回顾历届评选，共有…): a short noun, no verb.
_EDITION_REVIEWED = re.compile(r"[^，。；]{0,6}")
# In the count's own clause: a standing scheme (每年奖励10名…) or a shortlist (入围…的45名), no conferral.
_SCHEME = re.compile("每年|每届|每次")
# In the count's own clause before it: each holder (每人获颁奖章一座): the count is what each one gets.
_EACH_HOLDER = re.compile("每(?:人|名|位|个|家|户|所)")
# In the count's own clause: prizes set up, not conferred (比赛设一等奖3名).
# (共设“优秀教师”等8个奖项: the prize categories set up, counted after a quoted example and 等, §5 categories)
# (学校设立“优秀学生”奖学金10名: a scheme set up, a quoted name and the scheme's word, its places counted right after it
# (the search ends at the count, $): nothing conferred yet, §5 tenth round; not 设立“…”奖学金，今年共有10名学生获得…:
# conferred in a clause of its own)
# (设立“园丁奖教金”20名: the scheme's word inside the marks, the places counted right after the closing one; so is a
# prize's 奖, 另设「杰出进步学生奖」15名, §5 thirtieth review round)
# (决赛设团体奖6个，个人奖20个: any prize counted right after its word, not a grade only, §5 tenth round; not 设计奖)
_SET_UP = re.compile("(?<![建开假预陈摆铺敷架])设(?:有|立|置)?(?=[一二三特优金银铜]|(?![在于计施备法想])[^，。；表评授颁获奖“”「」『』]{1,6}?奖[\\d一二三四五六七八九十两]|[“「『][^，。；”」』]{1,20}[”」』]"
                     "(?:等|[\u4e00-\u9fff]{0,4}?(?:奖学金|助学金|奖教金|奖助金|奖章|奖|荣誉|称号)(?:名额)?(?:共|各)?$)"
                     "|[“「『][^，。；”」』]{1,16}(?:奖学金|助学金|奖教金|奖助金|奖)[”」』](?:名额)?(?:共|各)?$)")
# A verb of commending right before an offset (表彰了|评出…): the scope check of an honour's level.
_COMMENDED_BEFORE = re.compile("(?:表彰|表扬|评出|评选出)了?$")


# A scope word (the nation's too) before a 十佳 honour (当选全国十佳运动员, 被评为全省十佳教师, 获评全国十佳运动员): the
# field the ten best are picked from, not part of the honour's name (§5 twenty-second review round after 当选/被评为; the
# twenty-third drops a level or scope word before an unquoted title whatever the verb).
_SCOPE_BEFORE_BEST_TEN = re.compile("^全[国省市县区](?=十佳)")
# The holders' noun and the verb of being chosen glued before the honour when the count opens the sentence (10名运动员当选
# 全国十佳运动员, 10名教师被评为优秀教师): the honour is what follows the verb (§5 twenty-second review round).
_HOLDERS_CHOSEN_AS = re.compile("^[\u4e00-\u9fff]{1,6}?(?:当选为?|被评为)(?=[\u4e00-\u9fff]{2})")


# A level or scope word below the nation opening an unquoted honour title (市级优秀教师, 县级骨干教师, 市优秀医生,
# 全省优秀共产党员, 全市级先进个人): no part of the title whatever the verb or frame (GUIDELINES §5 twenty-third review
# round, after the twenty-second's 当选/被评为 and the sixteenth and eighteenth rounds' scope words). A bare one-character
# level only before the rest of an honour, not the first character of a word of its own (市场监管先进个人, 县城, 区域,
# 市委). The nation's level (全国, 国家级) is not read here: the real tuning gold keeps it unquoted (全国社会治安综合治理
# 先进集体, probes), the title of the nation's body.
_SUB_NATIONAL_LEVEL = "(?:[省市县区镇乡村校院]级|全(?:省|市|县|区|镇|乡)级?|本(?:省|市|县|区))"
_LEVEL_OPENING_HONOUR = re.compile(f"^(?:{_SUB_NATIONAL_LEVEL}|[省市县区](?![场民区政容域城会份委直属长府级内外里中镇乡]))"
                                   "(?=[\u4e00-\u9fff]{2})")
# Any level word before the same words elsewhere on the page (其中省级优秀毕业生98名、校级优秀毕业生214名; 一、全国文明
# 家庭…二、省级文明家庭…): categories counted side by side, told apart by their levels, which then stay.
_ANY_LEVEL = f"(?:国家级|全国|{_SUB_NATIONAL_LEVEL}|[省市县区])"
# A prize's or a medal's own name, whose level is its conferring body's (省科学技术奖, 省自然科学奖一等奖, 市五一劳动奖章,
# 县级劳动奖状): the level stays.
_PRIZE_OR_MEDAL = re.compile("奖|杯|[章状牌]$")
# Quote marks an honour may be written in, the book-title and single marks too (‘市级学科带头人’, 〈市级学科带头人〉).
_ANY_QUOTE_MARK = "“”「」\"『』‘’〈〉"
_QUOTE_MARK_BETWEEN = f"[{_ANY_QUOTE_MARK}]?"


def _levels_side_by_side(text: str, rest: str) -> bool:
    """Whether ``rest`` (an honour with its level cut) stands after two different level words in ``text``."""
    return len({m.group(1) for m in re.finditer(f"({_ANY_LEVEL}){re.escape(rest)}", text)}) > 1


def _written_quoted(text: str, honor: str) -> bool:
    """Whether ``honor`` (its quote marks dropped) is written in ``text`` inside quote marks, whole (“市级优秀教师”) or in
    part (县级“四强”党支部, whose level then stays: §5)."""
    for m in re.finditer(_QUOTE_MARK_BETWEEN.join(map(re.escape, honor)), text):
        start, end = m.span()
        if any(c in _ANY_QUOTE_MARK for c in m.group()) or (start and text[start - 1] in _ANY_QUOTE_MARK
                                                             and end < len(text) and text[end] in _ANY_QUOTE_MARK):
            return True
    return False


def _commended_at(text: str, honor: str) -> bool:
    """Whether some occurrence of `honor` in `text` follows a verb of commending (会议表彰了全市三八红旗手50名)."""
    pos = text.find(honor)
    while pos >= 0:
        if _COMMENDED_BEFORE.search(text, max(0, pos - 4), pos):  # (评选出了: four characters at most)
            return True
        pos = text.find(honor, pos + 1)
    return False


def _quoted_in(text: str, honor: str) -> bool:
    """Whether `honor` stands inside quote marks somewhere in `text` (授予30名同志“全市优秀教师”称号)."""
    pos = text.find(honor)
    while pos >= 0:
        end = pos + len(honor)
        if pos and text[pos - 1] in _QUOTE_OPEN and end < len(text) and text[end] in _QUOTE_CLOSE:
            return True
        pos = text.find(honor, pos + 1)
    return False


# Verbs that tell grades won after a set-up list (本届设一等奖…，经过两天角逐，共产生一等奖5名; …榜上有名，一等奖5名…): the
# counts after them were conferred, not set up; and a winner told after the count in its clause (一等奖5名由…包揽).
_SET_UP_CONFERRED = re.compile(f"{_CONFERRING_BETWEEN.pattern}|{GRADES_WON}")
_SET_UP_WON_AFTER = re.compile(r"[^，。；]{0,16}?(?:由|被)[^，。；]{0,12}?(?:获得|荣获|摘得|夺得|包揽|获)")
# Named places set up, then told conferred in the next clause (共设“优秀学生奖学金”20名，已全部评出并颁发): conferred, the count the
# holders'; not a standard (…20名，每名奖励5000元) nor a conferral ahead (…，将于年底颁发).
_SET_UP_DONE_AFTER = re.compile("[^，。；]{0,4}?[，,]\\s*(?:已|均已|全部|现场|当场)(?:(?!将|拟)[^，。；]){0,6}?"
                                "(?:评出|评选出|颁发|授予|发放|颁奖)")
# The count's own clause speaks of this occasion (今年共表彰, 本次, 会上).
_THIS_TIME = re.compile("今年|本年|本次|此次|这次|本届|会上|大会|日前|近日")
# This time or this event named as where honours are conferred, for the past-period checks: the words above or the
# meeting or ceremony itself as the subject (党的十八大以来，会议授予…; …，典礼评出金奖5个).
_THIS_EVENT = re.compile(f"{_THIS_TIME.pattern}|会议|典礼|仪式|晚会")
# Meetings counted as a series after a mark of a tally (全州已召开七次民族团结进步表彰大会，共表彰…; 先后举办三届颁奖典礼，
# 累计评出…): the counts told in the clause right after are the series' tally over the years, no conferral of this event
# (GUIDELINES §3 series; §5: a past tally).
_COUNTED_SERIES = re.compile("(?:已|先后|共|累计|连续|曾)[^，。；]{0,6}?(?:召开|举办|举行)了?"
                             "(?:[二三四五六七八九十两百千]|[1-9])[一二三四五六七八九十两百千\\d]*(?:余|多)?[次届场]"
                             "(?![一二三四五六七八九十\\d])[^，。；]{0,30}?(?:会|典礼|仪式)[，,]$")
# This event named after the count in its clause, overriding a past period before it (…在会上受到表彰, 在本次大会上,
# 在今天的大会上): a word of this time, or a bare meeting right after 在; not a meeting named with its own scope
# (2023年，…在全市表彰大会上被授予…: that year's meeting).
_THIS_EVENT_AFTER = re.compile("今年|本年|本次|此次|这次|本届|今天|今日|日前|近日|在(?:大会|会议|典礼|仪式|会)上|(?<![\u4e00-\u9fff])会上")
# A conferral after the count marked as done before (曾受到县委表彰, 已于去年底受到表彰, 此前已受到表彰): the holders'
# past record, no conferral of this event; not the year a meeting reviews, named in the meeting where the holders are
# commended (在今天召开的上年度工作总结表彰大会上: 上年度 is part of that meeting's name, 在…会上 its frame).
_EARLIER_DONE = re.compile("曾|已于?|此前|早前|往年|(?:去年|前年|上年)(?!度[^，。；]{0,16}?(?:会|典礼|仪式)上)")
# The counted holders commended passively after the count (…的50名“三八红旗手”受到表彰, 受到大会表彰, 被表彰): with a
# description of the holders before the count (去年全县涌现出的…), the conferral is this event's, the past year the
# holders' record.
_COMMENDED_PASSIVE = re.compile("(?:受到|得到|获得)[^，。；]{0,4}?表彰|被表彰")
# A later clause saying the counted holders were commended at this event (…，受到大会表彰; …，在会上受到表彰): the link
# to this event's conferral that a tally lacks (§5 sixteenth round), whatever period or body opens the count's clause.
_COMMENDED_AT_EVENT = re.compile("(?<=[，,；;])(?:并|均|都|也)?(?:在(?:大会|会议|会)上(?:受到|得到|获得)了?"
                                 "|(?:受到|得到|获得)了?(?:本次)?(?:大会|会议)的?)表彰")
# The count's sentence holding this event before a body that opens a year lead (市公安局召开表彰大会，市公安局2023年共有…):
# the count told at the ceremony, not a tally of the body.
_EVENT_HELD_BEFORE = re.compile("(?:召开|举行|举办)[^，。；]{0,12}?(?:会|典礼|仪式)")
# A description of the counted holders ending right before a count (涌现出的20个, 评选出的60名).
_HOLDERS_DESCRIBED = re.compile(rf"的\s*{NUM}")
_SHORTLIST = re.compile("入围")
# The counted holders shortlisted after the count, no win told later in the clause (共有15名教师入围“最美教师”评选, 8个
# 项目晋级决赛, 20名选手进入复赛, 12个单位进入候选名单): a shortlist, nothing conferred (§5); not 5名入围选手获一等奖 (入围
# describing the holders, the win after) nor 3名选手入围决赛并最终获得金奖 (the win read by the clause's receiving verb).
# (not 进入…名单, a designation's list entered, nor 给予晋级奖励, a promotion conferred as a reward)
_SHORTLISTED_AFTER = re.compile(r"[^，。；“”「」的\d]{0,8}?(?:入围|(?:晋级|进入)[^，。；\d]{0,8}?(?:决赛|复赛|半决赛|终评|终审|复审|复评|决选|候选))"
                                r"(?![^，。；]*?(?:获|荣获|被评为|被授予|摘得|夺得))")
# Holders of an earlier edition of the honour after the count (10名往届“最美医生”获得者为新当选者颁奖, 5位历届“道德模范”
# 代表出席): people described by what they won before, no conferral of this event (§5: a past tally, like earlier editions
# and batches, twenty-first round).
_EARLIER_EDITION_HOLDERS = re.compile(r"[^，。；\d“”「」]{0,4}?(?:往届|历届|上届|上一届|前几届|前[一两二三四五六七八九]届)"
                                      r"(?=[^，。；]{0,20}?(?:获得者|得主|获奖者|代表))")
# A set-up word closing the attribute right before the count (为新成立的5个“妇女之家”授牌, 为在深圳设立的5个“招商引资联络
# 处”授牌, 为新组建的3个“青年突击队”揭牌): the units were set up, the plaque marks their opening, no honour conferred (§5
# units built; a plaque with no designation, eighteenth round); not 为新认定的8家…企业授牌 (a designation, tenth round),
# nor a name that reads as an honour (read by the caller: 为新建成的10个“五星级党群服务中心”授牌).
_SET_UP_ATTRIBUTE = re.compile("(?:成立|设立|组建|建立|建成|新建|挂牌|启用|投用|开设|设置)的$")
# A plaque or banner handed with 了 inside the verb (授了牌, 颁了奖牌, 授了旗): a conferral word as 授牌 is (gated on
# 授了/颁了: most sentences hold 了, few these).
_PLAQUE_HANDED_WITH_LE = literal_gated(re.compile("(?:授|颁)了(?:奖?牌|旗)"))
_PLAQUE_ONLY_AFTER = re.compile(r"[^，。；]{0,24}?(?:授|揭|挂|颁)了?牌(?![^，。；]{0,12}?(?:称号|荣誉|表彰))")
# A whole place or body before a count or a category (全镇, 本市, 全公司, 全系统).
# (not before 级: 全县级文明单位 holds a level, _LEVEL_OPENING_HONOUR)
_WHOLE = r"(?:(?:全(?:公司|集团|系统|行业|街道|社区|[国省市州县区镇乡村校院局厂行])|本(?:公司|[市州县区镇乡校院局]))(?!级))"
# Holders named before 等 and the count after it (江城一中等5所先进学校, 西屯區公所等8個績優區公所): no part of the honour.
_HOLDERS_ETC = r"[^，。；\d“”「」、的和及与]{2,24}?等"
# The same below the nation (全县, 全市, 本校): a commendation's scope, never the start of an honour in its list.
_WHOLE_BELOW_NATION = _WHOLE.replace("[国省", "[省", 1)
# A scope word right after a count (50名全市优秀教师), below the nation; not before 级, where the place names the
# honour's level (20名全市级先进个人: a level, dropped by _LEVEL_OPENING_HONOUR since the twenty-third review round). One spelling for the item patterns and the check in
# _add, so the two never split the honour differently.
_SCOPE_WORD = rf"(?:{_WHOLE_BELOW_NATION})(?!级)"
# The same opening an honour, before at least two more characters of the honour's own name.
_SCOPE_AFTER_COUNT = re.compile(_SCOPE_WORD + r"(?=[\u4e00-\u9fff“”]{2})")
# A scope before a category: a place, a year or a line of work (全县安全生产工作, 2023年度全市).
_SCOPE = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:" + _WHOLE + r"[\u4e00-\u9fff]{0,10}?"
                    r"|[\u4e00-\u9fff]{0,10}?(?:工作|系统|行业|战线))|(?:19|20)\d{2}年度?")
# Holders named by what they are (运动员, 教练员, 志愿者, 单位): a group counted after a prize conferred on it.
_GROUP_NAMED = re.compile(f"[\u4e00-\u9fff]{{0,4}}?(?:{_RECIPIENT_HEAD}|单位|集体|个人|企业|团队|团体|学校|家庭|代表队|运动队)")
# A commendation category (先进集体, 优秀个人, 先进工作者) at the end of an honour.
_CATEGORY = re.compile("(?:先进|优秀)(?:集体|个人|单位|工作者|党组织|共产党员|党务工作者)$")
# Heads that also describe people (杰出校友, 金牌得主): an honour only after a verb of conferring.
_WEAK_HEADS = ("校友", "得主", "妇女", "员警")
# The winners' word right after a quoted honour (5名“最美医生”获得者出席了会议, 3名“五四青年奖章”获得者作了发言): people
# described by what they hold, like 金牌得主 above; an honour only when the sentence confers or hands something to them
# (为10名“…”获得者颁奖, …获得者上台领奖, …获得者受到表彰).
_QUOTED_WINNERS_AFTER = re.compile(f"[”」』](?:[\u4e00-\u9fff]{{1,3}}?)?(?:{_PRIZE_WINNER_NOUNS})")
_WINNERS_FETED = re.compile("领奖|获颁|获授|荣获|受到|得到|授牌|授旗|颁")
_CONFERRED_IN = re.compile("表彰|表扬|授予|追授|颁发|颁授|颁奖|评为|评选|评出|命名|嘉许|授勋")
# A prize's places told with what each place is worth right after the count (二等奖2名，奖品价值500元; 优秀奖30名，每人
# 奖金200元; 三等奖20名，奖金各100元): the prize scale of a scheme (a quiz, an essay contest announced), when no verb of
# conferring, winning or announcing results stands before the count in its sentence or in the one before (§5 tenth
# round: a scheme set up with places confers nothing yet; _GRADES_SET_UP reads the places after 设). Not 评出一等奖3名，
# 奖金各1000元, nor 征文评选今天揭晓。一等奖3名，奖金各1000元: places filled, their winners' money told after them.
_PLACE_VALUE_AFTER = re.compile(rf"[，,]\s*(?:每[人名位件篇项个份]|各)?(?:奖品|奖金|奖励)(?:价值|金额|额)?"
                                rf"(?:为|各为?|均为|约|达)?{NUM}(?:多|余)?[万千]?元")
_PLACES_FILLED = re.compile(_CONFERRED_IN.pattern + "|获|选出|揭晓|得主|产生")
# Prizes won by one subject and counted by 项 (曾获…二等奖2项, 获奖17项): a tally, not honours conferred.
# (a career's or years' tally: 曾获, 先后荣获, 累计获得, 近三年共获; or 获奖17项 with no prize named; not 学校今年(共)获…奖2项,
# one year's conferral, nor 大会共表彰获奖成果120项, prizes given at the ceremony; the winners may be named between, as in
# 近五年全省职业院校共获得…38项)
_TALLY = re.compile("(?:曾经?|先后|累计|历年|多次|近年来|多年来|近(?:[两二三四五六七八九十几数]{1,3}|\\d{1,2})年(?![度前后级]))[^，。；表颁授评]{0,12}?(?<!评)(?:获|荣获|获得|摘得|斩获)(?![^，。；]{0,20}(?:的|者))"
                    "|获奖(?=[\\d一二三四五六七八九十两]+项)")
_SELECTED = re.compile("评选出|评出|选出")
# A person's profile before prizes counted by 项 in the same sentence (主讲人张明长期从事材料研究，获省科技进步一等奖2项; 他主持
# 国家级项目5项，获…; 李华，男，1965年生，博士生导师，获…): the person's own record, a tally, no award (§5: 曾荣立三等功2次);
# _PROFILE_BROKEN between the cue and the count: another subject or this event's conferral (…的专家，会上表彰了…, 12名教师).
_PROFILE = re.compile("长期从事|从事[^，。；]{1,12}?(?:研究|工作|教学)|致力于|现任|曾任|历任|博士生导师|硕士生导师|博导|主讲人|主讲嘉宾"
                      "|[男女][，,]\\s*\\d{4}年(?:\\d{1,2}月)?(?:生|出生)|主持(?:完成|承担)?了?[^，。；]{0,16}?项目|发表[^，。；]{0,10}?论文"
                      "|出版[^，。；]{0,6}?专著|(?:^|(?<=[，。；：:]))(?:他|她)(?=[曾先还也]?(?:获|荣获|获得))")
_PROFILE_BROKEN = re.compile("表彰|表扬|授予|追授|颁|评为|评选|评出|命名|嘉许|授勋|会上|典礼上|仪式上|他们|她们"
                             "|(?:\\d+|[一二三四五六七八九十两百]+)[名位人个家所支]")
_PLAIN_HONOR = re.compile("(?P<honor>.+)")
# A listed item opening on a conferring verb and describing its holders with 的 (表扬服务满三十年的教职员): the
# verb's object, read by listed_after_verb when an honour follows the description.
_VERB_LED_DESCRIPTION = re.compile("(?:表彰|表扬|评选出|评出|命名)了?[^的]{1,20}的")
# The holders' noun after a count and a verb of applying or entering (本届质量奖共有47家企业申报, 30名教师报名参评): entrants
# counted, nothing conferred on them (§5, like works applied for); not when a verb of winning follows in the clause
# (20家申报企业获评…, which the conferring patterns read).
_APPLIED_AFTER = re.compile(f"[\u4e00-\u9fff]{{0,4}}?(?:{_ENTRY_VERBS}|提出申请)(?![^，。；]{{0,16}}?(?:获|评为|授予|表彰))")
# The verbs that end every match of AwardExtractor.listed_for_prizes: a cheap test before the costly pattern.
_PRIZES_HANDED = re.compile("颁奖|颁发|授牌")
# A preposition naming who put the holders forward or where they come from inside an item (受表彰的模范母亲由县内13个乡镇推荐):
# the count is of those places, a clause of its own, and the words before it no honour (自由, 理由, 缘由 are words, no 由).
_CLAUSE_IN_ITEM = re.compile("(?<![自理缘事])由|来自|从")
# A character of an unquoted honour after its count, or a bracketed list of alternative units that belongs to it
# (对6个优秀县（市、区）和15个优秀市直单位予以通报表扬 → 优秀县（市、区） 6).
_COUNTED_HONOR_PIECE = r"(?:[^\W\d的、，。；]|（[\u4e00-\u9fff]{1,2}(?:、[\u4e00-\u9fff]{1,2}){1,3}）)"
# 前 right before a count (前八名, 前3名): the places at the top of a ranking, no count of those honoured; not 目前, 此前,
# 提前, 以前, 之前, 当前, 年前 (times).
# A count right after 来自 (共表扬来自29个乡镇的模范母亲88位): where the honoured come from, no honour's count (§5).
_ORIGIN_BEFORE = re.compile(r"来自(?:全[国省市县区镇]|各地?)?(?:共|约|近)?$")
_RANK_BEFORE = re.compile("(?<![目此提以之当年日月天])前$")
# A win told as over the years between a count and 获奖 (120位科学家曾先后获奖, 十二位…历年来陆续获奖, 历届获奖): a running
# tally of a prize's winners, no count of the ceremony the clause before names (§5: past tallies are no award of this
# event); not 分别获奖, 同时获奖 (this ceremony's winners, each their grade).
_WON_OVER_YEARS = "曾|先后|历年|历届|累计|陆续|迄今|至今|多年来"
# The second unit of a count over bodies and people (各10个（名）).
_SECOND_UNIT = re.compile("[（(](?P<unit>[个名位人家])[）)]")
# A place or an event a count of winners won at (在省赛中, 于全国比赛上, 从省赛中, 在展会上): a win elsewhere, not a
# prize's just set up; not 在校, 在职 (the winners' own noun) nor 从众多候选人中 (chosen from the candidates).
_WON_ELSEWHERE = "[在於于][^，。；]{0,8}?(?:中|上|赛|会)|[从從][^，。；]{0,6}?(?:赛|会|展)"
# The verbs of winning that close a count's clause with no object, the honour the one just named (共十八名毕业生获奖;
# 共有二十三名毕业生获颁, 獲頒 as Taiwan, Hong Kong and Macau copy writes it bare; §5: a count referring back to an
# honour just named; §5 nineteenth review round: a count of winners told after the honour in its own clause). Each use
# closes it on a clause break.
_WON_BARE = "获奖|得奖|获颁授?|获授"
# The subject of a clause that confers an honour (高一年级评出…, 二组表彰了…): the scope a repeated count is parallel to.
_CONFERRING_SUBJECT = re.compile(r"\s*(?P<subject>[\u4e00-\u9fff]{2,8}?)(?:共|还|又|分别)?(?:评出|评选出|选出|推选出|表彰了?|授予|命名)")
# A clause that is a scope and a count alone (，高二年级3个): the honour, and the verb, left out (§5 fifteenth review round);
# not 其中… (a part of the total before).
_SCOPE_COUNT = re.compile(rf"[，,]\s*(?!其中)(?P<scope>[\u4e00-\u9fff]{{2,8}}?)(?P<n>{NUM})(?P<unit>[个名位家项人所户])(?=[，。；,;]|$)")
# A scope that is a period (今年, 去年, 本月, 上季度, 下半年): a count told for another period beside this one's is a
# comparison (今年评出…40户，去年35户), no second group of holders of this conferral, though it reads as parallel.
_TIME_SCOPE = re.compile("(?:[今去前本上下明当同次]|[上下]半)?(?:年度?|月份?|届|期|季度?|周|学年|学期)")
# A count of bodies joined after a counted honour with no honour of its own (荣誉奖状14名及8个实体): the same honour's.
_BODIES_JOINED = re.compile(rf"(?:及|和|与)(?P<n>{NUM})(?P<unit>[个家间所])(?:实体|团体|机构|单位|集体|组织)(?=[，。；,;]|$)")
# What may stand between a listed honour and its count: a space (优秀教师 120名), or an opening bracket with 共 or 计
# inside (优秀员工（共40名）: the item's own count, no total over the list).
_ITEM_GAP = r"(?:[ \t\u3000]|[（(](?:共|计)?)?"
# The honour of a list line: Han characters, or an honour quoted only in its qualifying word (“五好”家庭).
# (一、先进村（社区）（6个）, 优秀班主任（辅导员）（3名）: the honour's bracketed alternative holders, words only, no count, part of
# its name as written, GUIDELINES §5 thirty-second round)
_LINE_HONOR = (rf"(?P<honor>(?:[{_QUOTE_OPEN}][\u4e00-\u9fff\d]{{1,10}}[{_QUOTE_CLOSE}](?=[\u4e00-\u9fff]))?"
               r"[\u4e00-\u9fff]{2,16}(?:[（(](?![共计])[\u4e00-\u9fff、]{1,8}(?<![名个人家位户所项])[）)](?=[（(]))?)")
# The number of a list line before its honour (一、, 1., （一）, (2)); the honour may sit in 【】 as a heading does
# (【先进集体】（8个）).
_LINE_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]\s*|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*)"
# What may stand between an honour and its count after it (先进党支部有6个, 先进集体达15个, 优秀员工共30名; 共计, 合计,
# 总计 and a bare 计 as well: “文明家庭”合计20户, 先进班组计7个, also as a later item after a comma).
# (银紫荆星章二十八人，铜紫荆星章则有六十四人: 则, 也 or 亦 before 有 as the list goes on, Hong Kong and Macau papers)
_LIST_GOES_ON = "则|也|亦"
_BEFORE_ITEM_COUNT = f"(?:{_LIST_GOES_ON})?(?:共有|有)|共达|共计|合计|总计|计|共|各|达到?"
# 其中，先进集体20个、… opening a sentence: the parts of a total counted in the sentence before.
_ITEMS_AFTER_TOTAL = re.compile(r"\s*其中[，,：:]?")
# The day's ranks of honour as a whole (向七十八名人士颁授勋衔, 共有320人获授勋或嘉许): no decoration of its own, a total
# over the decorations listed with their counts beside it (dropped by AwardExtractor._drop_sums only when they add
# up to it, GUIDELINES §5; kept otherwise).
_RANKS_OF_HONOUR = re.compile("勋衔|授勋")
# A decoration or prize right before a count (…、金紫荆星章十二人获颁授勋衔): the count is that list item's own, told
# honour first, and the receiving verb after it is said of the whole list (not 颁奖仪式上，3人获颁…: no honour before).
_ITEM_HONOUR_BEFORE = re.compile("(?:勋章|星章|奖章|纪念章|奖状|嘉许状|奖|称号)$")
_ACTING_AFTER = re.compile("[^，。；]{0,4}?(?:作|上台|领奖|发言|参加|出席)")
_COMPARED = re.compile("增加了?|减少了?|比去年|较去年|比上年|较上年|多了|少了|同比")
_BARE_MEDALS = frozenset({"纪念章", "勋章", "奖章", "奖牌", "奖杯", "证书"})  # the match object _add builds for an honour given as text
# What a count of candidates or nominees is followed by (30名“最美教师”候选人); not a prize for nominees conferred
# (表彰了30名“新时代好少年”提名奖获得者, §5: a prize conferred, not a candidacy).
# (“五星级”党支部培育对象, “绿色学校”创建对象: holders picked to be brought up to the honour, the holders' noun perhaps
# before the word, candidates too, GUIDELINES §5 candidates and nominees)
_NOMINATED_AFTER = re.compile("候选|提名(?!奖)|人选|[\u4e00-\u9fff]{0,4}?(?:表彰|推荐|培育|培养|考察|创建)对象")
# A nomination received for a quoted honour (5名教师获“全国模范教师”提名, 获得“最美家庭”称号提名): the quote received, then
# 提名 closing the phrase (not 提名奖, a prize, nor 提名人选, 提名名单: candidates).
# (“…”称号提名奖: the nomination prize after the title word; one right after the mark is _NOUN_AFTER's)
_NOMINATION_AFTER_QUOTE = re.compile("(?:(?:荣誉)?称号提名(?P<prize>奖)?|提名)(?![\u4e00-\u9fff])")
_RECEIVED_QUOTE = re.compile("(?:获得?|获评|荣获)了?[“「『][^”」』]{2,30}[”」』]$")
# Nominees named inside the honour itself (“全国文明城市提名城市”名单公布，我省4个城市名列其中): nothing conferred yet (§5);
# not a prize for nominees (最佳影片提名奖).
_NOMINATED_IN = re.compile("(?:候选|提名|入围)(?![\u4e00-\u9fff]{0,2}奖)")
# An honour that is only a sum of money (10万元奖 read from 各获得10万元奖励资金): money handed out, no honour named
# (§5; 各获得5000元奖学金); the whole honour, so not a place (三元区优秀教师) or a name with an amount in it
# (“千元帮扶”先进个人, “百元捐助标兵”), nor a quoted one (“2万元奖学金”获得者), and a numeral before the currency
# word (not 万元户).
_MONEY_IN_HONOR = re.compile(r"(?:\d[\d.]*|[一二三四五六七八九十两百千]+)[万亿]?元(?:奖励?|奖金|奖学金|助学金)?(?:资金)?")
# Handed over, not an honour: prize money and certificates, a course certificate, the presenters.
_NOT_AN_HONOR = re.compile(r"^(?:奖金|奖品|证书|奖牌|奖杯|奖状|奖金和证书|证书和奖金|奖牌和证书|证书和奖牌)$"
                           r"|(?:结业|毕业|学位|身份|资格|上岗|培训|合格|(?<!优秀|先进|模范)(?<!优秀共产|先进共产|模范共产)党员)证书$|颁奖$|获奖$|^奖(?:单位|者|人)"
                           # (本届共授奖80项，其中一等奖5项: the conferral's total with no prize named, §5; the grades after
                           # 其中 are the records)
                           r"|^(?:共|共计|总共|合计)?授奖$"
                           # (表彰江城一中等5所先进学校: the holders named before 等, the honour after the count; not a
                           # grade, 一等, 优等)
                           r"|(?<![一二三四五六七八九十特甲乙丙丁优優])等$"
                           # (五名孤儿获得“春苗助学基金”的救助款: a fund that helps them, no honour)
                           r"|(?<!奖励)基金$")
# A bare 奖状 right after a named decoration's item and count in one list (荣誉勋章8名、功绩奖章12名、奖状11个).
_DECORATIONS_BEFORE_BARE = re.compile(rf"[\u4e00-\u9fff]{{2,}}(?:勋章|奖章|星章|奖状)[（(]?{NUM}[名个人位枚][）)]?[、，,；;]\s*奖状\s*$")
# Words of a stated total shortly before its count (共评选各类奖学金获得者3295人次, 合计174位); a total
# equal to the sum of the counts listed next to it repeats them.
_AWARD_VERB = re.compile("评为|授予|命名|获|嘉许|创建|创成|表彰")
# The rest of the clause after a count: the people were sanctioned, not honoured.
_SANCTION = re.compile("[^，。；]*?(?:被撤职|被免职|被免除|被开除|受到处分|被处分|通报批评|被曝光|被淘汰|被取消)")
# (not 优秀员工（共40名）: 共 inside an item's brackets counts that item alone)
# A name that counts its own holders (民营企业50强, 十佳教师, 百名好医生): a count after the next quoted name is not over it.
_COUNT_IN_NAME = re.compile("[\\d一二三四五六七八九十百千]+(?:强|佳|大|名|位|个|家)")
# (not 中共 of a party body's name: 宣读了中共东湖市委的表彰决定，授予100名…: the party, no total)
# A medal's noun right after the quoted honour pinned on the holders (为7名老党员佩戴“光荣在党50年”纪念章: conferred, as
# 颁发 is, §5 medals with a count; not 佩戴“…”胸牌, a badge of a role).
# One list of medal nouns for the quoted and the unquoted honour pinned on (金紫荆星章 is a medal as 勋章 is).
_PINNED_MEDAL_NOUNS = "纪念章|勋章|奖章|星章"
_PINNED_MEDAL = re.compile(_PINNED_MEDAL_NOUNS)
# The same medal's noun ending an unquoted honour pinned on (为十二名老党员佩戴光荣在党50年纪念章).
_PINNED_PLAIN_MEDAL = re.compile(f"(?:{_PINNED_MEDAL_NOUNS})$")
_TOTAL_BEFORE = re.compile("(?<![公（(中])共(?!产|青|建|享|同)|合计|总计|累计|各类")
# An item of a list with its own 共 after a sibling item's count (金莲花荣誉勋章4名，…，功绩奖章共18名): the count of that
# honour alone, no total over the items before it.
_ITEM_OWN_TOTAL = re.compile(r"[\d一二三四五六七八九十百千两]+[名个位人家所项户枚][，,、；;]\s*[^，,、；;\d和及与]{2,16}?共计?$")
# The count's item followed by a sibling in a 、-list (共表彰了优秀共产党员30名、优秀党务工作者10名…): the first item
# of the list that 共 opens, no total over the items after it, even when it happens to equal their sum.
_SIBLING_NEXT = re.compile(r"[^，,；;。、和及与]{0,16}、")
# The count's item closing a 、-list after a counted sibling (评出一等奖3队、二等奖5队、三等奖8队。其中…): the list's last
# item, no total over the items before it, even when it happens to equal their sum (3 + 5 = 8).
_SIBLING_BEFORE = re.compile(r"[\d一二三四五六七八九十百千两]+[名个位人家所项队支件枚组户]、(?![^，,、；;。]*(?:共|合计|总计|累计))"
                             r"[^，,、；;。\d和及与]{2,16}$")
TOTAL_WORD_BEFORE = 15
#: 获授这一奖章 looks this many characters back for the honour it refers to.
REFERRED_WITHIN = 300
#: Parts of a stated total are counted within this many characters of it.
SUM_PARTS_WITHIN = 300


# The honours a headline total runs over, joined by 、 or a conjunction (评选出“好婆婆”“好媳妇”12名, 为1260名学生颁发国家
# 奖学金和国家励志奖学金 above the body's 56名 and 1204名: their sum, not repeated, §5).
# (the conjunctions split inside an honour's own name too, 和美少年 → "", 美少年: harmless, since a headline total is
# dropped only when every part is an honour the body counts, and a broken name's parts are none)
_HEADLINE_PARTS_SPLIT = re.compile("、|和|及|与")
# A contest in which a prize was won (技能大赛, 运动会, 竞赛): its results are no honours (§5).
_CONTEST = re.compile("赛|运动会|奥运|锦标|联赛|杯赛")
# In a sentence that is only a list of honours and counts: holdings or candidates, nothing conferred
# (全县共有省级文明村12个, 先进基层党组织候选对象15个).
_NOT_CONFERRED_LIST = re.compile("共有|现有|已有|累计|候选|对象|拟")
# 受到表彰的…分别为10个和30名: those honoured (not 参加评选的…分别为…: the entrants).
_HONOURED_BEFORE = re.compile("(?:受到?|获|被)表彰|受表彰|获评|荣获|授予|命名|表彰了?|揭晓|评选出|评出|选出|颁奖")
# A certificate or medal received or handed before 其中, then only its grades counted (共有1230名义工获颁嘉许状，其中金状450名、
# 银状380名: the grades conferred, §5 thirtieth review round; not 颁发纪念章，其中获得“…”纪念章的老党员30名, holders described).
_TOKEN_HANDED_BEFORE = re.compile("(?:获颁|颁授|颁发)了?[^，。；]{0,6}?(?:状|章|证书)")
_TOKEN_GRADE_ITEM = re.compile("(?:[金银铜]质?|[一二三特]等)(?:状|章|奖章|奖状|奖)")
# A prize grade won in the count's clause (共获得一等奖2项、二等奖4项).
# (not 获颁金奖: conferred at a prize ceremony)
_GRADE_WON = re.compile(f"(?:获得|荣获|夺得|斩获|摘得|获(?![颁授评]))[^，。；]{{0,12}}?(?:{PRIZE_GRADES})")
# A bare prize grade received right after the count (5名学生获一等奖, 3名选手获得国家金奖): with a contest named before the
# count it is the contest's result unless a conferral is reported (§5).
_GRADE_WON_AFTER = re.compile(rf"{NUM}[^，。；\d]{{0,12}}?(?:获得|荣获|夺得|斩获|摘得|获(?![颁授评]))了?"
                              rf"(?:国家级?|全国|[省市县区]级?)?(?:{PRIZE_GRADES})(?=[，。；,;、和及]|$|的)")
# A future or proposed mark right before a conferring word (将被授予, 拟表彰).
_BEFORE_PLANNED = re.compile("(?:将|拟)被?$")
# 在…运动会上, 在…田径锦标赛中, 在…篮球联赛中: a sports meet framing where the prize grades after it were won (§5: a sports
# competition's results are no awards; other contests' grades told at a commendation meeting stay, 我校学生在全国大学生
# 数学建模竞赛中获国家一等奖2项, tests/extract/awards/test_award_counts_and_list_lines.py). A 锦标赛 is a sports championship in ordinary
# Chinese
# (在全国青少年锦标赛中); a 联赛 is a sports meet only with a sport named before it (not 在全国大学生机器人联赛中, 辩论联赛,
# 知识联赛).
_SPORT = "球|棋|田径|泳|跑|体育|运动|职工|拳|柔道|摔跤|举重|射击|射箭|击剑|滑|冰|雪|马拉松|自行车|赛艇|皮划艇|武术|体操"
_SPORTS_FRAME = re.compile(f"在[^，。；]{{0,30}}?(?:运动会|运会|奥运|锦标赛|(?:{_SPORT})[^，。；在]{{0,6}}?联赛)"
                           "[^，。；]{0,6}?[上中]")
#: A contest named this many characters before the sentence makes its prize grades a contest's results.
CONTEST_BEFORE = 120
# A reward received, told passively (获奖者也受到奖励): a conferral the sentence tells, like _REWARD_GIVEN's active one.
_REWARDED = re.compile("(?:受到|得到)[^，。；]{0,4}?奖励")
# A sentence set apart as another matter (另外，…; 此外，…; 另悉，…) that frames a contest before its count (另外，在全国大学生
# 数学竞赛中，我校8名学生获一等奖): the grades were won there, not conferred at the ceremony the article reported before
# (a scholarship's 颁奖仪式); a competition result (§5) unless the sentence itself tells a conferral.
# An evaluation and grading exercise before the count (…评估定级结果，全国共有1180个公共图书馆被评为“一级图书馆”; 本次等级
# 评定中…): the levels it gives are grades, not honours conferred, like 获评“优秀”等次 (§5 twenty-first review round).
_GRADING_EXERCISE = re.compile("定级|等级评定|评定等级|等级评估")
# What such an exercise gives when it is itself a grade (一级图书馆, 三星级饭店, 4A级景区, 甲等, 优秀等次, 合格): only these are
# its grades; an honour title conferred at or after a grading meeting (县召开等级评定工作会议，12家单位被评为先进单位;
# 优秀共产党员) stays an award (§5 twenty-first review round).
_GRADE_ITSELF = re.compile(r"(?:[一二三四五六七八九十\dA-ZＡ-Ｚ]+|[甲乙丙丁特])(?:星级?|级|等)|等次|等级"
                           "|^[“「]?(?:优秀|良好|合格|称职|基本合格|基本称职|不合格|不称职)[”」]?$")
# An occasion named as another one than the article's (另一场典礼, 另外一次大会, 其它仪式, 别的场合): the words of
# meetings' _OTHER_EVENT before an occasion's noun (not 另一会场: a hall of the same event; not 其他时间在典礼上: another
# time, the occasion after 在 unnamed as another).
_ANOTHER_OCCASION = (r"(?:另一|另外一|另外的|其他的?|其它的?|别的)[个场次项届]?(?:(?![在于])[\u4e00-\u9fff]){0,4}?"
                     "(?:典礼|仪式|会议|会(?![场堂馆所])|活动|场合|颁奖礼)")
# A commendation the holders already received at another occasion, told after the count (另有3位教师获…师铎奖，已于9月
# 下旬赴台北接受表扬): an honour of another event, no award of this one (§5 twenty-first review round).
# (not 已在大会上接受表彰, 已于典礼现场…, 已于当天…: this event's own conferral)
# (有2个社区获得“社造金奖”，已于当时公开表扬: the body's own earlier commendation, told with the conferring verb alone)
# (…另有三十名人士获颁荣誉勋章，他们已于上月在另一典礼上接受颁授: the holders as a pronoun before 已, the honour handed
# over at another ceremony, named so by 另一/其他 before it, §5 twenty-first round)
# (另一场典礼, 另外一次大会, 其它仪式, 当天上午在另一典礼: an occasion named as another one is read first, whatever day
# word stands before it; the group `other` tells the caller so, as a conferral told earlier in the sentence is then of
# the other holders: 县政府举行授勋典礼，向20名人士颁授奖章，另有三十名…已于上月在另一典礼上接受颁授)
_FETED_ELSEWHERE_AFTER = re.compile(r"[^。；;]{0,40}?[，,]\s*(?:他们|她们|这些[\u4e00-\u9fff]{1,3}|上述[\u4e00-\u9fff]{1,3})?"
                                    r"(?:并|均|也|亦)?已(?:于|在|经)"
                                    rf"(?:(?=[^，。；,;]{{0,16}}?(?P<other>{_ANOTHER_OCCASION}))"
                                    r"|(?![^，。；,;]{0,16}?(?:会上|现场|典礼|仪式|大会|当天|当日|今天|今日)))"
                                    r"[^，。；,;]{0,16}?"
                                    "(?:(?:接受|受到|获得)了?|(?:公开|予以|进行了?))(?:表扬|表彰|颁奖|颁授|授勋)")
# Holders counted, then told in their clause as having received an honour before, at an earlier time or at another occasion
# (另有三名学生早前已于另一场典礼获颁「…奖」, 5名教师此前已在另一场仪式上获颁“园丁奖”, 2名教师早前已获颁…): an honour of
# another event, no award of this one, as when told after the count in a clause of its own (§5 twenty-first review round).
# (not 日前: the article's own recent event; not 已于当天在另一会场接受颁授: a hall of this event, twenty-third round)
_FETED_EARLIER_IN_CLAUSE = re.compile(r"[^，。；,;]{0,12}?(?:(?:早前|此前|先前|早先|之前)(?:已|曾|便)|已(?:于|在)[^，。；,;]{0,12}?"
                                      rf"{_ANOTHER_OCCASION})"
                                      "[^，。；,;]{0,16}?(?:获颁授?|获授|获得|荣获|获评|被评为|被授予|接受)")
# A state the person grew out of (从一名“学困生”成长为…, 由一名“后进生”转变为…): a former label described, nothing
# conferred (§5: an honour conferred, not a word for who someone was); the count right after 从/由, the change after it.
_FORMER_STATE_BEFORE = re.compile("[从由]$")
_GREW_INTO_AFTER = re.compile(r"[^，。；,;]{0,16}?(?:成长|蜕变|转变|转化|变|发展)(?:成|为)")
# Taiwan's prize grades listed after 計有/共有 (頒發「X獎」，計有特優3校、優等7校、甲等12校獲獎; 共有特優社區3個、優等社區8個…
# 獲獎): one record per grade (§5 twenty-first review round); a bare grade takes the name of the prize quoted right
# before (X獎特優, as after 其中), a grade with its holders' noun (特優社區) is the honour as written.
# Taiwan's prize grades, written without 奖 (特优32件、优等15件)
_TW_PRIZE_GRADES = "(?:特优|优等|甲等|乙等|佳作)"
# A prize quoted earlier in the sentence that awards the grades (舉行「X獎」頒獎典禮，計有特優3校…: the ceremony named for
# the prize, §5: a grade counted after a ceremony named for a prize carries the prize's name); the same quoted prize may
# open the list's lead itself.
_QUOTED_PRIZE = re.compile(r"[“「『](?P<prize>[^“”「」『』，。；]{2,20}奖)[”」』]")
# (頒發「X獎」，其中特優3校、優等7校: the grades after 其中 carry the prize as after 計有, §5 其中; 得獎名單計有…: the list's
# heading word before 計有)
_GRADES_LIST_LEAD = re.compile(f"(?:{_QUOTED_PRIZE.pattern}[，,]\\s*)?"
                               r"(?:(?:得奖|获奖)(?:名单|单位|学校)?)?(?:计有|共有|其中[，,：:]?)")
_TW_GRADE_ITEM = re.compile(rf"(?P<grade>{_TW_PRIZE_GRADES})(?P<noun>[\u4e00-\u9fff]{{0,3}}?)(?P<n>{NUM})"
                            # (特優3里, 優等產銷班5班, 特優2村: holders counted by their own measure word, Taiwan's villages 里
                            # and 村, farm production groups 班, townships and districts, like 校 and 组)
                            "(?P<unit>个|校|所|家|队|件|组|名|位|人|里|村|班|乡|镇|区)[、及和与]?")
_GRADES_AWARDED = re.compile("获奖|颁奖|颁发|表扬|表彰|获颁")
# An honour set as the topic before 方面, then only a count of its holders and the verb receiving it (功績勳章方面，共有
# 十四名人士及實體獲頒; 銀紫荊星章方面，有二十五人獲頒): that honour's count (§5, Hong Kong and Macau honours lists); not a
# topic that is no honour (工作方面，…), nor a clause naming another honour after the verb (…獲頒榮譽獎狀: read as such).
_TOPIC_HONOUR_COUNT = re.compile(
    r"(?:^|(?<=[，,；;。：:]))\s*(?:今年|本年度|本届|此次|本次)?(?P<honor>[\u4e00-\u9fff]{2,16}?)方面[，,]\s*"
    rf"(?:今年|本年度|本届|此次|本次)?(?:共有|则有|共|有)?(?P<n>{NUM})(?P<unit>名|位|人|个|家)"
    r"(?P<who>[^，。；,;\d“”「」]{0,8}?)(?:获颁|获授|获颁授|获得|获)(?=[，。；,;]|$)")
# A prize as the subject of its clause that selects its winning works, counted (本届沅水文学奖共评出获奖作品12部, 第三届
# “青山文学奖”评选出获奖作品15部): works selected at a commendation are counted as that honour, recipient kind null (§5
# eighteenth review round), like a prize's winners counted after its name (twelfth round). The prize opens its clause (after
# a break, a word of this time or an edition) and holds no verb; works only entered or shortlisted (收到参评作品) are none,
# and an earlier edition (前四届…共评出获奖作品48部) is a past tally, read by the period checks. A total whose grades follow
# after 其中 (…获奖项目30项，其中一等奖5项) gives the grades only, as the quoted prize's total does; parts by kind of work
# after it (…获奖作品12部，其中长篇小说3部、中篇小说4部) are no grades, and the total stays the prize's count.
_PRIZE_WORKS_CHOSEN = re.compile(
    r"(?:^|(?<=[，,。；;：:\s届])|(?<=本年度)|(?<=今年|此次|本次))[“「]?"
    r"(?P<honor>(?![本今此该上前往历])(?:(?![获颁评授设和及与的])[\u4e00-\u9fff]){2,14}?奖)[”」]?"
    rf"(?:共|共计|总共)?(?:评出|评选出|评选产生)了?(?:共|计)?获奖(?:{_PRIZE_WORKS})(?:共|计)?(?P<n>{NUM})(?P<unit>部|件|篇|项)(?=[，。；,;]|$)(?![，,]其中[，,：:]?[^，。；,;]{0,10}?(?:奖|等|[金银铜]质?|特优|优等|优秀))")
# A prize named in full on the page (第七届沅芷文学奖颁奖典礼, “沅芷文学奖”), after an edition or an opening mark: what a short
# form of this edition (本届文学奖) refers back to (GUIDELINES §5, a count that refers back to an honour just named).
_PRIZE_NAMED_IN_FULL = "(?:(?<=届)|(?<=[“「]))(?P<full>[\u4e00-\u9fff]{1,8}?"
_ASIDE_LEAD = re.compile(r"\s*(?:另外|此外|另悉|另据(?:了解|悉)?)[，,]")
_MERIT = "(?:个人|集体)?[一二三特]等功"
# Taiwan's administrative merits, counted after the citation (記一大功5人、記功2次12人、嘉獎25人): the citation as written,
# 记 kept (记功 alone is the grade) with the times it is recorded, which grade it too (记功2次, 记大功两次); not 记功
# opening a word (铭记功勋, 牢记功臣, 笔记功能, 书记功不可没: 记 ends one word, 功 opens the next).
_TW_MERIT = "记(?:[一二两]?大功|小功|功(?![能勋臣绩劳德不簿课效用力名底夫]))(?:[\\d一二两三四五六]次)?"
# 嘉奖 recorded with its times, a Taiwan citation like 记功2次 (嘉獎2次員警60人); not 嘉奖 alone (受到嘉奖).
_TW_COMMENDATION_TIMES = "(?<![受获得到])嘉奖[\\d一二两三四五六]次"
# The holders' noun between a Taiwan citation and its count (記一大功員警3人, 記功2次同仁12人).
_TW_MERIT_HOLDERS = "员警|警员|同仁|同事|人员|员工|职员|民警|警察"
# Merit holders labelled by 有功 (有功员警共63人, 表扬有功人员42名，其中记功12人…): a label over the total of the merit
# citations its sentence lists, no honour of its own (GUIDELINES §5: "a label over their total (有功员警42人) is no
# honour"), whatever verb of praise frames the sentence; the citations themselves (记一大功5人) stay.  Not a category of a
# list of prizes with no citation beside it (表扬…杰出教练19人、杰出运动员30人及有功人员14人: an honour like the others).
# The label keeps its reading with what the holders did written before it (偵辦本案的各分局有功員警55人, 破獲詐騙集團的
# 有功員警42人): a description of the holders, no honour's name; it closes the phrase read as the honour.
_MERIT_LABEL = re.compile(f"有功(?:{_TW_MERIT_HOLDERS})$")
# Holders whose own noun ends in 班, counted by it (績優產銷班4班, “文明班级”8班: farm production groups, classes; GUIDELINES §5:
# units counted as written, teams named after their prize counted by 队 likewise). 班 counts only such holders: not the class
# number of a school's class (高三2班获评优秀班集体, no honour ending in 班 before the count).
_BAN_HOLDERS = re.compile(f"班级?[{_QUOTE_CLOSE}]?(?:共|计)?{NUM}班")
# A word ending in 记 (铭记, 牢记, 笔记, 书记, 登记): no citation verb; refused where 记 is read as the citation's own.
_WORD_ENDING_JI = "(?<![铭牢笔日登标书惦忘谨切熟速])"
_TW_MERIT_WORD = re.compile("记(?:[一二两]?大|小)?功")
# A merit citation in the label's evidence (记一大功5人, 嘉獎25人: 嘉奖 with or without its times, a citation either way).
_MERIT_CITATION = re.compile(f"{_WORD_ENDING_JI}{_TW_MERIT_WORD.pattern}|嘉奖")
# A commendation recorded like a merit citation (为15名指战员记个人嘉奖, 记个人嘉奖15名): 个人/集体 or 记 before 嘉奖
# make it the citation's grade, not a commendation spoken of (受到嘉奖, read by commendation_received).
_RECORDED_COMMENDATION = "(?:个人|集体)嘉奖|(?<=记)嘉奖|(?<=记了)嘉奖"
_QUOTES = re.compile(f"[{_QUOTE_OPEN}{_QUOTE_CLOSE}]")
# A quoted honour right after the one before it, with no 、 or 和 between (“十佳医生”“十佳护士”): a list written without
# its 、, named with one (十佳医生、十佳护士) as when it is written.
_UNJOINED_QUOTE = re.compile(f"(?:^|(?<=[{_QUOTE_CLOSE}]))(?=[{_QUOTE_OPEN}])")


def _joined_honours(more: str) -> str:
    """The honours joined after the first, their marks dropped (和“乙” → 和乙; “乙”“丙” → 、乙、丙)."""
    return _QUOTES.sub("", _UNJOINED_QUOTE.sub("、", more))


# A prize as the subject that rewards or funds its holders, then their count (“明德奖学金”资助优秀学生50名, 社会捐资设立的
# 励志奖学金共奖励学生120名, 等23项社会奖学金共奖励学生620人次): the prize is the honour, not the clause up to the count (the verb and the holders are none of
# its name; what set it up before it neither).
_PRIZE_REWARDS_HOLDERS = re.compile(
    "(?:^[项个种类]?|(?<=的)|(?<=设立))(?P<prize>[^的，。；、]{2,16}?(?:奖学金|助学金|奖教金|奖助金|奖))(?:共计?|今年|本年度|本学年)?(?:奖励|资助|表彰)了?"
    "[^，。；的]{0,6}?(?:学生|同学|学子|研究生|本科生|新生|教师|老师|员工|职工|个人|团队)$")
# The words joining honours in one phrase (先进集体和先进个人, 甲、乙及丙): where a phrase holds several, or splits.
_JOINING = re.compile("[和及与、]")
# An honour whose fields only are joined (安全生产和质量管理先进企业): one honour, its joiner before the holders' head; not two
# honours (先进单位和先进个人), the part before the joiner ending on a head of its own (§5, tenth review round).
_FIELDS_JOINED = re.compile("^(?:[\u4e00-\u9fff]{2,8}[和及与、])+[\u4e00-\u9fff]{2,12}$")
_HEAD_ENDED = re.compile(f"(?:{_HOLDER_HEAD}|[人员奖])$")


def _fields_joined(honor: str) -> bool:
    """Whether only the fields of one honour are joined in it (安全生产和质量管理先进企业)."""
    return _FIELDS_JOINED.match(honor) is not None and not any(
        _HEAD_ENDED.search(part) for part in _JOINING.split(honor)[:-1])
# A count of holders (10名, 3个, 5家): a phrase that holds one has counted its honours already.
_HOLDERS_COUNTED = re.compile(rf"{NUM}[名个位人家所户]")
# A scope below the nation opening an honour (全县优秀教师), cut when two characters stay.
_SCOPE_OPENING = re.compile(f"^{_WHOLE_BELOW_NATION}(?=..)")
# A prize, a medal, a certificate or a title by its last word (青年科技奖, 五一劳动奖章, 奖状, 荣誉称号).
_PRIZE_OR_TITLE_END = re.compile("[奖章状]$|称号$")
# An honour read with its holders written after 的 (获评“优秀共产党员”称号的党员, 被评为先进基层党组织的党支部,
# 荣获该称号的我县教师): the honour is the part before 的, the verb before it dropped.
_HOLDERS_AFTER = re.compile(
    "(?:[^的]*?(?:获评|获得|荣获|获颁|授予|评为|命名为|^评|^得))?(?P<honor>[^的]{2,30}?)(?P<titled>(?:荣誉)?称号)?的"
    "(?:我[县市区镇乡村校]|全[县市区镇乡]|本[县市区镇乡村校])?"
    "(?:党员|同志|教师|老师|干部|职工|员工|学生|个人|人员|单位|集体|企业|学校|党组织|党支部|党委|党总支|村|社区|家庭|农户|商户|志愿者|医生|医师|护士|民警)")
# An unquoted category after a description of its holders ending in 的 (在疫情防控中表现突出的先进单位); not a 的 inside a
# title's book-title marks (《我们的家园》国际宣传画竞赛奖: one prize's name, the category no part after a closing 》).
_DESCRIBED = re.compile("[^“”「」]{2,}的(?P<category>[^“”「」的《》]{3,})")
# A list or a selection named right after a quoted honour (“五星级党支部”名单, “最美护士”评选结果): what 上榜 and
# 当选 refer back to.
# (发布2024年“最美退役军人”先进事迹，我省三人光荣入选: the deeds of those honoured, published as their list)
_LIST_AFTER_QUOTE = re.compile("[\u4e00-\u9fff]{0,4}?(?:名单|(?P<ranking>榜单|榜)|评选|先进事迹)")
# 上榜 or 入选 right before a quoted name (5家企业上榜“2024中国企业500强”, 3个县城上榜“中国最美县城”榜单): said of a list;
# a conferral only for an honour's list, not a ranking (§5).
_ON_LIST_BEFORE_QUOTE = re.compile("(?:上榜|入选)$")
# 45名教师入选“最美教师”名单: 入选 before a quoted honour reads as a conferral (§5), unless the list after the quote
# names none yet (“最美教师”候选人名单, 拟表彰名单, 推荐名单, 公示名单, 培育名单).
_SELECTED_INTO = re.compile("入选")
_LISTED_NOT_YET = re.compile("[^，。；,;]{0,8}?(?:候选|推荐|提名|入围|拟|公示|培育|预备|初评|初选)")
# 3名医生入选省级“优秀青年医师”培养计划, 入选“青年英才”支持计划: a scheme of training or support entered, no honour
# conferred (§5: honours conferred; like a 培育名单, the scheme grooms those it takes).
_SCHEME_AFTER_QUOTE = re.compile("[\u4e00-\u9fff]{0,4}?(?:培养|培育|支持|资助|扶持|引进|研修|培训|储备)(?:计划|工程|项目|对象|人选|班)")
# A ranking by its name (中国大学排行榜, 中国企业500强, 全国百强县): places ranked, no honour conferred (§5).
_RANKING_NAME = re.compile(r"排行|榜|[\d一二三四五六七八九十百千]+强")
# A list of candidacy or a public notice between a quoted honour and a count said to be on its list (“最美工匠”评选入围
# 名单, 候选人名单, 推荐名单公示, 提名城市名单): candidates, nominees or a shortlist, nothing conferred yet (§5)
# (not 评选共有50名党员参评，最终20名党员当选: entrants counted, then those elected).
_CANDIDACY = re.compile("(?:入围|候选|推荐|提名)[\u4e00-\u9fff]{0,3}名单|公示")
# An unquoted honour conferred on a batch or an edition, ending its clause (命名表彰了一批市级文明单位, 命名表彰第十届全省
# 双拥模范城（县）): what a later 获此殊荣 or 榜上有名 refers back to when no honour is quoted before it.
# (命名了第二批“红色物业”示范小区: a batch, its honour partly quoted)
_CONFERRED_BATCH = re.compile(r"(?:命名表彰|表彰|命名|授予|评选出|评出)了?(?:一批|第[\d一二三四五六七八九十百]+[届批])"
                              r"(?P<honor>(?:[\u4e00-\u9fff“”「」]|（[\u4e00-\u9fff]{1,4}）){3,20})(?=[，。；,;]|$)")
# An unquoted honour whose list is published (公布第七届全国文明村镇名单): what a later 获此殊荣 refers back to when no
# honour is quoted before it (not a list of candidates or nominees: 候选, 推荐, 提名, 入围, 拟).
_LIST_PUBLISHED = re.compile(r"(?:公布|发布|揭晓)了?(?:第[\d一二三四五六七八九十百]+[届批]|(?:最?新一|本)[届批轮]|(?:19|20)\d{2}年度?)?"
                             r"(?P<honor>(?:(?!候选|推荐|提名|入围|拟)[\u4e00-\u9fff]){3,16}?)名单")
# 该奖, 此奖, 这一奖项: a prize named before.
# (该奖章, 此项荣誉, 这项殊荣: a medal or an honour named before as well, §5 tenth round; 这项奖励 as 该奖, eleventh)
# (该奖学金, 这一荣誉称号: a named scholarship or a title of honour named before as well)
_THIS_PRIZE = re.compile("(?:该|此|这一|这个|这|本)(?:项|枚)?(?:奖学金|奖教金|奖励|奖|奖项|奖章|荣誉称号|称号|荣誉|殊荣)")
# A named scholarship handed to counted students (为80名优秀新生颁发新生奖学金): the honour, not the students'
# description (§5 tenth round); a bare 奖学金 is the token of the holders' honour.
_NAMED_SCHOLARSHIP_GIVEN = re.compile("[\u4e00-\u9fff]{2,}(?:奖学金|奖教金)")
# A verb of handing out inside what a count-first honour would read (优秀新生发放奖学金, 优秀教师颁发证书): the honour
# stops before it, so the count-first reading is none (the conferral patterns read such a clause).
_HANDING_VERB_INSIDE = re.compile("发放|颁发|颁授|授予|追授")
# A scholarship named before (设立“明德”奖学金, 颁发国家励志奖学金): what a later 该奖学金 refers back to; a quoted name
# with the noun after its closing mark or inside it, or an unquoted one opening a clause or after the verb setting it up.
# (设立园丁奖教金: a teachers' prize named so as well, §5 twelfth review round)
_NAMED_SCHOLARSHIP = re.compile(f"[{_QUOTE_OPEN}]([^{_QUOTE_CLOSE}，。！？；]{{2,20}})[{_QUOTE_CLOSE}](奖学金|奖教金)?"
                                "|(?:(?<=[，。；、：\\s])|^|(?<=设立|设置|设有|颁发|发放|授予|获得|批出|颁出|颁授)"
                                "|(?<=设立了|设置了|颁发了|发放了|授予了|获得了|批出了|颁出了|颁授了))"
                                # (设立了新生奖学金: the aspect word after the verb is no part of the name; 基金会今年批出奖学金:
                                # a Hong Kong or Macau grant's verb is none either)
                                "((?!了)(?:(?!设立|设置|设有|颁发|发放|授予|获得|批出|颁出|颁授)[\u4e00-\u9fff]){2,10}?(?:奖学金|奖教金))")
# A time word before such a prize in its clause (今年该奖授予10名企业家): no part of the honour.
_TIME_BEFORE_THIS_PRIZE = re.compile("^(?:今年|本年度|当年|今年度|本届|此次|本次)(?=该|此|这|本)")
# (a prize name opening a clause or after its edition; not 市政府今天隆重举行科技进步奖…, a whole clause)
_NAMED_PRIZE = re.compile("(?:(?<=[，。；、：“「\\s])|^|(?<=届))[\u4e00-\u9fff]{2,10}?奖(?![金励品项])")

# A prize or a fund named only by its prize-giving (首届李明远农业科技基金颁奖仪式在这里举行，9名专家喜获该奖; 隆重举行华夏
# 建筑设计奖颁奖大会): what 该奖/此奖 refers back to when no name ending on 奖 is written, the prize's own name before
# 颁奖 (GUIDELINES §5: a count that refers back to an honour just named counts; the 1998 People's Daily tuning part,
# pd_0925). Its edition is dropped later (_FIRST_OR_NTH_EDITION); not a contest's or an activity's prize-giving
# (技能大赛颁奖仪式, 评选活动颁奖典礼: the results of a contest, §5), nor a clause holding the verb or the day
# (市政府今天隆重举行…: the name starts after 举行).
_PRIZE_GIVING_NOUNS = ("仪式", "典礼", "大会", "晚会", "会")
_PRIZE_OF_CEREMONY = re.compile(
    "(?:(?<=[，。；、：“「\\s])|^|(?<=届)|(?<=举行)|(?<=举办)|(?<=召开))"
    "(?P<p>(?:(?!举行|举办|召开|颁奖)[\u4e00-\u9fff]){2,16}?)(?<!赛)(?<!活动)(?<!评选)颁奖(?:"
    + "|".join(_PRIZE_GIVING_NOUNS) + ")")
# A quoted name with 奖 right after its closing mark (设立“金点子”奖): a prize named, as 金点子奖 unquoted is.
_QUOTED_THEN_PRIZE = re.compile(f"[{_QUOTE_OPEN}](?P<p>[^{_QUOTE_CLOSE}，。！？；]{{2,20}})[{_QUOTE_CLOSE}]奖(?![金励品项])")


# A prize named by its own word (师铎奖, 青年科技奖): the honour whose winners a description may restate.
_NAMED_PRIZE_RECORD = re.compile("[\u4e00-\u9fff]{2,}(?:奖|奖章)$")
# The prize's winners or its ceremony right after its name (师铎奖得主共45位, 师铎奖颁奖典礼): the people the description
# after restates (not 颁发青年科技奖10名，表彰优秀教师10名: two honours, each with its own count).
_PRIZE_WINNERS = re.compile("得主|获得者|获奖者|颁奖|授奖")
# The description commended right after the prize's name in its sentence (…得主共45位，部长表扬45位优良教师; 颁奖典礼，表扬68位…).
_DESCRIBED_AS = re.compile(r"[^。；]{0,30}?(?:表扬|表彰)了?$")
# A prize's ceremony named earlier in the sentence (115年度师铎奖颁奖典礼, 举行青年科技奖颁奖大会) and the description
# commended right before the count as its winners (…，表扬获奖的优良教师共30位): the prize's winners under a plain word of
# praise, the prize's record (§5: a description commended with the count of a prize's winners just named is the prize);
# the prize's name starts after a year, an edition or a clause break, and 获奖的 or 得奖的 must say they are its winners.
_PRIZE_CEREMONY = re.compile(r"(?:^|[，,。；;\s]|年度?|届|举行|举办|召开)(?P<prize>(?!度|第)(?:(?![和及与的]|举行|举办|召开)[\u4e00-\u9fff]){2,10}?奖)"
                             r"(?:颁奖|授奖|颁授)(?:典礼|仪式|大会|礼)")
_WINNERS_DESCRIBED = re.compile(r"[，,][^，。；]{0,8}?(?:表扬|表彰)了?(?:获奖|得奖)的$")
# Another conferral told between the prize and the count (同时表扬, 另表扬, 还表彰): no restatement.
_ANOTHER_CONFERRAL = re.compile("另|同时|还|又|此外|以及|并")
# A prize as the subject that selects the counted holders (本届“春晖园丁奖”共评出20名乡村优秀教师, 青年科技奖评选出12名
# 青年科技工作者): those counted are its winners under a description, the prize's record (§5: a description commended with
# the count of a prize's winners just named is the prize).  The prize opens its clause (after a break or a word of this
# edition), holds no verb, and is followed only by 共/共计 and the verb of selecting.
_PRIZE_SELECTS = re.compile(r"(?:^|[，,。；;：:\s]|本届|本年度|今年|此次|本次|该届)[“「]?"
                            r"(?P<prize>(?!本届|本年度|今年|此次|本次|该届)(?:(?![获颁评授设和及与的])[\u4e00-\u9fff\d]){2,14}?奖)[”」]?"
                            r"(?:共|共计|总共)?(?:评出|评选出|评选产生|产生)了?(?:共|计)?$")
# The description a restatement gives the prize's winners: a plain word of praise and who they are (优良教师, 优秀青年),
# unquoted; an honour's own title (金牌工人, 十佳教师, 最美医生, “优秀青年”) is a conferral of its own (§5).
_PLAIN_DESCRIPTION = re.compile("^(?:优秀|优良|杰出|出色|资深)[\u4e00-\u9fff]{1,3}$")


# A year or school year before an honour or its holders (2023年度“优秀员工”, 2023-2024学年“优秀学生标兵”, 对2023年度
# 涌现出的…): the period the honour is for, no part of the honour nor a count.
# The edition of a contest or the batch of a list before its quoted name (第十届“创青春”, 第三批“…”; 首批“…”, the
# first batch, as 第一批: §5 tenth round drops 首届 like 第N届).
_EDITION = r"(?:第[\d一二三四五六七八九十百]+|首)[届批]"
# This edition or this round of a conferral, written before its honour (本届“…奖”, 这次“…”): no part of the name.
_THIS_EDITION = "本届|本次|此次|这次|这一届"
# The year an honour is for written relatively before its opening mark (荣获本年度“…”, 获评上年度“…”): no part of the
# quoted name, like a written year (GUIDELINES §5: the honour name without its marks; a bare 年度 stays only inside them).
_RELATIVE_YEAR = "(?:本|今|上一?)?年度"
# (二〇二三年度: the year in Chinese numerals, as a decision may write it)
_YEAR_PREFIX = r"(?:(?:(?:19|20)\d{2}(?:[-－—至/](?:19|20)?\d{2,4})?|[一二][〇○零九][〇○零一二三四五六七八九]{2})学?年度?)"
# The body that confers a prize and the year it is for, written between the receiving verb and the prize (获省教委1997
# 年度优秀教学成果奖, 获联合国人口基金1997《我们的家园》国际宣传画竞赛奖): no part of the prize's name, which opens after
# the year (GUIDELINES §5: a written year is dropped, tenth and thirteenth review rounds; the category named, kept). A body
# is a few characters with no verb of receiving or choosing and no 的 (not 获评, 获选, 获得了); the year is written with
# 年/年度 or bare before the name's first character or title mark.
_BODY_YEAR_PREFIX = (r"(?:(?![获颁授评选得的了])[\u4e00-\u9fff]){2,10}?"
                     rf"(?:{_YEAR_PREFIX}|(?:19|20)\d{{2}}(?=[\u4e00-\u9fff《“「]))")
# A work's or a publication's title in book-title marks inside a prize's name (《我们的家园》国际宣传画竞赛奖, 《江城日报》
# 好新闻奖): one piece of the name, the marks kept as written (they are no quote marks, §5: the honour name without its
# quote marks).
_TITLE_PIECE = r"《[^《》“”「」\n，。；]{1,20}》"
# A year or 年度 opening an honour's title (年度卓越团队, 2024年度最佳新人): no word of the title itself.
_YEAR_OPENING = re.compile(rf"^(?:{_YEAR_PREFIX}|年度)")
# A school's class of a year (2024届毕业生, 2023级新生, 二〇二四届): the year the holders entered or leave, no part of
# the honour they receive (表彰了2024届优秀毕业生320名 → 优秀毕业生).
_CLASS_PREFIX = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[届级]"
# The same or a part of a year (上半年, 2024年第三季度, 一季度) before counts the commendation is for (对上半年20名…).
_PERIOD_PREFIX = rf"(?:{_YEAR_PREFIX}?(?:[上下]半年度?|第?[一二三四1-4]季度)|{_YEAR_PREFIX})"
# Where the counted honoured come from, between their count and the honour (表扬33位来自全县各乡镇市的模范母亲, 表彰了28名
# 来自基层一线的优秀教师): no part of the honour's name (GUIDELINES §5: the honour name; like the places after 来自 that
# _ORIGIN_BEFORE keeps out of the count); no count, quote mark or second 的 inside it.
_ORIGIN_MODIFIER = r"来自[^，。；、\d“”「」的]{1,14}的"
# An unquoted honour whose holders are the object of a commendation (市政府对2023年度全市诚信经营示范企业予以表彰): what a later
# 获此荣誉 refers back to when no honour is quoted before it; not holders described with 的 (对表现突出的单位予以表彰).
_COMMENDED_OBJECT = re.compile(rf"对{_YEAR_PREFIX}?(?P<honor>(?:(?!的)[\u4e00-\u9fff“”「」]){{3,20}})(?:予以|进行了?)表彰(?=[，。；,;]|$)")
# Honours named as what a commendation confers, ending their clause (会议对2023年度先进单位和先进个人进行了表彰, 会上表彰了
# 优秀共产党员, 授予张某等同志“优秀共产党员”称号, 召开先进集体和先进个人表彰大会): what plain counts of those commended
# in a clause after them refer back to (…，4个单位、12名个人受到表彰), §5.
_BARE_PRAISE = "(?:先进|优秀|模范|典型|先进典型)"
_NAMED_FOR_COUNTS = re.compile(
    rf"(?:对{_PERIOD_PREFIX}?(?P<object>[^，。；,;：:的\d]{{2,40}}?)(?:予以|进行了?|给予了?)(?:通报)?(?:表彰|表扬)"
    # (not 要大力表彰先进: a word of praise alone, the verb's object, names no honour)
    rf"|(?:表彰|表扬)了?{_PERIOD_PREFIX}?(?:一批)?(?P<plain>(?!{_BARE_PRAISE}(?:[，。；,;]|$))[^，。；,;：:的\d]{{2,40}}?)"
    rf"|(?:授予|追授|命名)[^，。；,;：:\d“”「」]{{0,20}}?(?P<titled>(?:[“「][^”」\n]{{2,30}}[”」][、和及与]?){{1,4}})(?:荣誉)?称号"
    rf"|(?:召开|举行|举办)了?{_PERIOD_PREFIX}?(?P<meeting>[^，。；,;：:的\d]{{2,40}}?)(?:表彰|表扬)(?:大会|会)"
    # 根据《关于表彰2023年度优秀辅导员的决定》: the honour a decision's title names (fourteenth review round: only for a
    # count of the honour's head noun, 12名辅导员; not 《关于通报表扬…的通报》, a notice of praise)
    # (宣读了学校关于表彰2023-2024学年优秀研究生导师的决定，10名导师受到表彰: the title written without book-title marks)
    rf"|《?关于(?:表彰|授予){_PERIOD_PREFIX}?(?P<decided>[^，。；,;：:的\d《》“”]{{2,30}}?)的决定》?)(?=[，。；,;]|$)")
# A decision's title in book-title marks naming a prize (宣读了《关于表彰第十届全市运动会体育道德风尚奖的决定》，五个代表团和
# 二十名运动员获此殊荣): what an explicit 获此殊荣 after it refers back to when nothing is quoted (§5: a count that refers back
# to an honour just named counts; 获此殊荣 refers back to one honour for bodies and people alike).  The event or
# edition written before the prize names where it is given, no part of it (第十届全市运动会 → 体育道德风尚奖).
_DECIDED_PRIZE_TITLE = re.compile(rf"《关于(?:表彰|授予){_PERIOD_PREFIX}?(?P<decided>[^，。；,;：:的《》“”「」]{{2,40}}?(?:奖|称号))的决定》")
_EVENT_BEFORE_PRIZE = re.compile(r"^[^，。；,;：:的]{2,20}?(?:运动会|大赛|比赛|锦标赛|联赛|竞赛|艺术节|文化节|博览会|展览会)(?=[^，。；]{3})")
# A level opening the plain holders' noun (村级河长, 校级辅导员): which tier they serve, not the honour's words.
_HOLDER_LEVEL = re.compile("^(?:国家级|社区级|[省市县区镇乡村校院]级)(?=.)")
# The plain nouns of those commended, any honour's holders (4个单位、12名个人受到表彰, 共有15名同志受到表彰); a noun that
# ends the honour named (…“先进基层党组织”…，10个党组织受到表彰) is its holders' too.
_PLAIN_HOLDERS = frozenset({"", "单位", "集体", "个人", "同志", "人员", "人"})
# (先进集体和个人: the second honour's qualifier left out, shared with the first)
_ELIDED_HOLDER = re.compile("^(?P<qualifier>.{2,}?)(?:集体|单位|个人)$")


# A pair of single quote marks or angle brackets around a short phrase (‘市级学科带头人’, 〈工匠工作室〉):
# honours quoted so on small sites; read as “” outside double quotes, where ‘’ are nested quotes.
# (对【安全标兵】30名进行表彰: lenticular brackets inside a sentence, not a tag opening its line like 【党建动态】;
# 荣获《山东省教学能手》称号: title marks only right before 称号, elsewhere they name documents, books and programmes)
# (gated: scanned in every sentence, and the look-behind of one alternative keeps the engine from skipping ahead)
_SINGLE_QUOTED = literal_gated(first_char_gated("‘[^‘’“”\n]{2,30}’|〈[^〈〉“”\n]{2,30}〉|(?<=[^\\s【】])【[^【】“”\n]{2,30}】"
                                                           "|《[^《》“”\n]{2,30}》(?=(?:荣誉)?称号)"))


def _quote_view(sentence: Sentence) -> Sentence:
    """The sentence with top-level ‘…’ and 〈…〉 written as “…” (same length: offsets into the clean text hold)."""
    text = sentence.text
    for q in _SINGLE_QUOTED.finditer(sentence.text):
        before = sentence.text[: q.start()]
        if before.count("“") > before.count("”"):
            continue  # “争当‘优秀共产党员’”: a quote within a quote
        text = text[: q.start()] + "“" + q.group()[1:-1] + "”" + text[q.end() :]
    return sentence if text == sentence.text else Sentence(sentence.start, sentence.end, text)


# A date written in full (2024年5月, 2024-05-08): its year, when no publication date is known, is the article's own.
_LIFE_EVENT_AFTER = re.compile(LIFE_EVENT_AFTER_YEAR)
_FULL_DATE_YEAR = re.compile(r"((?:19|20)\d{2})(?:年\d{1,2}月|-\d{1,2}-\d{1,2})")
# A plan right before a date (计划于2025年8月, 将于2025年6月, 预计2025年): the date is ahead, not the article's (§3).
_PLAN_BEFORE_DATE = re.compile("(?:计划|将|拟|预计|力争|争取|有望)(?:于|在|到)?$")


# Proposal words in the lead sentence of a list (现将拟表彰对象予以公示, 拟推荐名单如下, 候选对象, 公示期为5个工作日, 名额分配如下):
# candidates put forward, nothing conferred yet (§5); not 经公示无异议 (a notice closed before the conferral).
_LIST_PROPOSAL = re.compile("拟(?:于|向|对|为|表彰|授予|命名|推荐|评选|评出|评定|颁发|入选)|计划表彰|推荐为|推荐对象|(?:建议|推荐)名单|候选"
                             "|予以公示|进行公示|公示如下|公示期为|公示时间|现将[^。；\n]{0,30}?公示"
                             # (本次评选名额分配如下：: the places a selection has, a quota, §5 thirtieth review round)
                             "|名额")
# A final decision on the list told after the proposal words of its lead sentence (共推荐候选对象126名，经审核、公示，最终确定
# 表彰名单如下：): the candidates are the selection's history, the list below is conferred (§5, thirty-fourth review round);
# not 确定表彰候选对象名单如下 nor 最终确定拟表彰名单 (a proposal word after the decision, still candidates).
_LIST_DECIDED = re.compile("(?:最终|最后|正式)(?:确定|决定|审定)[^，。；\n]{0,6}?(?:表彰|获奖|受表彰|授奖)[^，。；\n]{0,4}?名单如下")


def _list_proposed(lead: str) -> bool:
    """Whether the lead sentence ``lead`` of a list proposes its rows (candidates, a quota, a notice: nothing conferred
    yet), i.e. holds a proposal word with no final decision on the list told after the last one."""
    found = list(_LIST_PROPOSAL.finditer(lead))
    if not found:
        return False
    decided = _LIST_DECIDED.search(lead, found[-1].end())
    return decided is None or _LIST_PROPOSAL.search(decided[0]) is not None


# The marks that end a sentence, as the look-backs of this module read them (clauses: common.CLAUSE_MARKS).
_SENTENCE_MARKS = "。！？!?\n"


def _line_list_conferred(text: str, start: int) -> bool:
    """A conferring word stands within LINE_LIST_CONTEXT before the list line at ``start``, and the sentence of the last
    one proposes nothing (not 现将拟表彰对象予以公示，名单如下：: candidates, nothing conferred yet, §5; but
    决定对以下…予以表彰。希望…将荣誉转化为动力 and …予以表彰，并将名单予以通报 confer: only the lead sentence's proposal
    words count, not any 将 of the paragraph)."""
    found = list(_CONFERRED_IN.finditer(text, max(0, start - LINE_LIST_CONTEXT), start))
    if not found:
        return False
    last = found[-1]
    lead_start = max(text.rfind(mark, 0, last.start()) for mark in _SENTENCE_MARKS) + 1
    ends = [at for at in (text.find(mark, last.end()) for mark in _SENTENCE_MARKS) if at >= 0]
    return not _list_proposed(text[lead_start : min(ends, default=len(text))])


def _quoted_after_count(text: str, award: dict[str, Any]) -> bool:
    """Whether the honour after an award's count (``award["_at"]``, an offset into the clean text) is written in
    quotation marks."""
    at = text.find(award["honor"], award["_at"], award["evidence"]["clean_end"])
    return at > 0 and text[at - 1] in _QUOTE_OPEN


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` holding offset ``pos``, stripped."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : len(text) if end < 0 else end].strip()


def _article_year(doc: Document) -> int | None:
    """The year of the article: its publication stamp's, else the latest year of a date written in full and not
    planned (计划于2025年8月投入使用 is ahead) nor of a life (1931年5月逝世), else None."""
    stamped = stamp_year(doc)
    if stamped is not None:
        return stamped
    years = [int(m[1]) for m in _FULL_DATE_YEAR.finditer(doc.clean_text)
             if not _PLAN_BEFORE_DATE.search(doc.clean_text, max(0, m.start() - 4), m.start())
             and not _LIFE_EVENT_AFTER.match(doc.clean_text, m.end(1) + 1)]
    return max(years) if years else None


def _near_run(awards: Iterable[dict[str, Any]], at: int) -> list[dict[str, Any]]:
    """The awards, in the given order, up to the first stated farther than SUM_PARTS_WITHIN from ``at``."""
    run = []
    for b in awards:
        if abs(b["evidence"]["clean_start"] - at) > SUM_PARTS_WITHIN:
            break
        run.append(b)
    return run


# A count with a second unit in brackets (85个（名）): bodies and people counted together.
# A conferral after the counts (对…进行了表彰, 予以嘉奖, 通报表扬) and a passive one (受到表彰, 获得表彰).
_CONFERRED_AFTER = "(?:(?:进行了?|予以|给予了?)(?:通报)?(?:表彰|表扬|嘉奖)|通报(?:表彰|表扬))"
# (42位模范劳工及8位特殊贡献劳工获表扬: 获 alone, as written in headlines and Taiwan news)
# (百个…先进县、十个先进单位受表彰: a bare 受 of a headline, as 受到)
_RECEIVED_AFTER = "(?:受到|获得|得到|荣获|获|受|被)了?(?:通报)?(?:表彰|表扬|嘉奖)"
# The words that end every match of _CONFERRED_AFTER and _RECEIVED_AFTER: a text with none of them has no match of a
# pattern that must look ahead to one of those (a cheap test before the costly pattern).
_COMMENDED_WORDS = re.compile("表彰|表扬|嘉奖")
# The words of AwardExtractor.referred, its alternatives built from them: the verbs of conferring (after an optional
# 被) and of receiving before 这一/该/此 and the honour, the anaphoric 获此…, 榜上有名 and the words said of a list.
_REFERRED_CONFERRING = ("追授", "授予")
_REFERRED_RECEIVING = ("获授", "获颁")
_REFERRED_ON_LIST = ("上榜", "名列其中", "当选", "入选")
# A ranking joined on its day or at the event (１月２０日，他们跻身…“十佳文化特色家庭”行列; 会上，…跻身“…”行列): what a
# later 跻身这一行列 refers back to (GUIDELINES §5 twenty-second review round, families told joining a ranking at the event
# hold it; twenty-fourth: told on its day, no background, the same); a ranking told as background (已有…跻身) has no day.
_RANKING_JOINED_DAY = re.compile(
    r"(?:\d{1,2}月\d{1,2}日|会上|大会上|典礼上|仪式上|今天|当天)[，,]?[^。；]{0,40}?跻身(?:于|进入)?[^。；“”「」]{0,16}?"
    r"[“「](?P<honor>[^，。；“”「」]{2,16})[”」](?:的)?(?:行列|之列)")
# The words one of which every match of AwardExtractor.referred holds: a text with none of them has no match
# (跻身 opens the ranking referred back to; AwardExtractor's gates test it beside these).
_REFERRED_WORDS = (*_REFERRED_CONFERRING, *_REFERRED_RECEIVING, "获此", "榜上有名", *_REFERRED_ON_LIST)
# 为/向/给 opening the clause up to a holders' phrase (为辖区内获得“…”纪念章的26名老党员…): something is done for
# the holders; it is a conferral only when the verb after them confers (颁奖, 颁发), not 送上慰问金.
_FOR_HOLDERS = re.compile("(?:^|[，,；;])[^，,；;]{0,12}?[为向给][^，,；;为向给]{0,10}$")
# A conferring verb in the clause after holders named before 等 and their count (…等10名同志进行了表彰, …等3个党组织授牌,
# …等10人颁发证书): the holders are honoured here, not only described by an honour they hold (…等3人来我县宣讲);
# a farther verb after a coordinated next item (…等15名同志和“先进基层党组织”称号的3个党支部进行了表彰), or after a next
# item of the same shape that a comma joins (…等32名同志，荣获“优秀党务工作者”称号的赵六等10名同志进行了表彰).
_LISTED_CONFERRED = ("(?:[^，。；]{0,12}?|[^，。；和及]{0,4}[和及][^，。；]{0,30}?"
                     "|[^，。；和及]{0,4}[，,](?:获得|荣获|获评|获颁)[“「][^。；]{2,60}?)(?:表彰|表扬|嘉奖|颁发|颁奖|颁授|授予|授牌|颁牌)")
_COUNT_IN_BRACKETS_END = re.compile(r"[（(](?:共)?[\d一二三四五六七八九十百]+[名个人家位户所][）)][:：]?\s*$")
# A short line that is body text, not a heading: a sentence closed inside it, or one introducing a list (授予30名同志“…”
# 称号。名单如下： above 优秀共产党员（28名）: the sentence's count is its own fact, never a headline rounding the list's).
_BODY_LINE = re.compile(r"[。！？!?]|如下[：:]\s*$")
_DUAL_UNIT = literal_gated(re.compile(r"[\d一二三四五六七八九十百千两]+[个名位人家][（(][个名位人家][）)]"))
# A dateline of its own between a headline and the body (2024-06-30 来源：某区, 2024年6月30日 10:21): no intro of a list.
_DATELINE_ROW = re.compile(r"\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                           r"(?:\s*(?:来源|作者|编辑|发布)[：:][^\n]{0,30})*\s*$")
#: A line that is one honour and its count counts only with a conferring word this close before it.
LINE_LIST_CONTEXT = 300
#: The most rows of a list or table looked through for the line that introduces it.
LIST_ROWS_MAX = 40
# A line that is only a list's honour, its count on the line below (优秀医师 / 30名, 先进集体 / （5个）, 一等奖 / 三名,
# 先进个人： / 20名: a list whose rows a converter or a layout broke in two).
_SPLIT_ROW_HONOR = re.compile(rf"\s*{_LINE_NUMBER}?[{_QUOTE_OPEN}【]?{_LINE_HONOR}[{_QUOTE_CLOSE}】]?[：:]?\s*$")
# The colon after a list line's heading (先进集体：办公室、…).
_HEADING_COLON = re.compile("[：:]")
# A row of a table (| 奖项 | 数量 |, | --- | --- |): a header or rule among the rows of honours and counts.
_TABLE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,8}\s*$")
# The header of a table flattened into text, its columns set apart by spaces (奖项　等级　数量, 荣誉名称 人数, 荣誉称号 人数).
# (序号　荣誉称号　人数, 荣誉称号 / 获奖单位（个人） / 数量 each on a line of its own: a header flattened one cell a line,
# §5 twenty-second review round, and the holders' column and the rows' numbers beside the honours)
_TABLE_HEADER = re.compile(r"^\s*(?:(?:荣誉称号|奖项|奖励|荣誉|称号|等级|等次|类别|名称|数量|人数|个数|项数|级别|备注|序号"
                           r"|(?:获奖|受表彰|表彰)(?:单位|集体|个人|者|人员|对象)(?:[（(](?:单位|集体|个人)[）)])?)(?:名称|类别)?"
                           r"(?:[ \t\u3000]+|$)){1,6}\s*$")
# A cell of a flattened table's row that is neither its honour nor its count: the row's number alone (1, 12) or its holders
# named, closed by 等 (市人民医院等, 王建国等): passed over when the rows under a conferring line are walked, never a count
# (a bare number line has no unit, §5 twenty-second review round).
_TABLE_ROW_NUMBER = re.compile(r"\s*\d{1,3}\s*$")
_TABLE_HOLDERS_CELL = re.compile(r"\s*[^\s\d，。；：:,;]{1,30}?等\s*$")
# A list introduced by rewards given (…给予奖励。奖励情况如下：): a conferral, as 表彰 or 授予 is.
# (奖励情况如下： on a line of its own under …给予奖励。: the rewards listed)
_REWARD_GIVEN = re.compile("(?:给予|予以)(?:[^，。；]{0,6}?)奖励|^\\s*(?:获奖|奖励)(?:情况|结果|名单)如下[：:]")
# An introduction of a list that confers nothing (拟表彰名单如下：, …予以公示：, 全县累计表彰情况如下：, 候选名单).
_LIST_NOT_CONFERRED = re.compile(f"{_PLANNED.pattern}|公示|候选|推荐|累计|历年|共有|现有|已有")
#: An appointment word this close after the count and honour makes them a post given.
APPOINTED_WITHIN = 8
# Prizes of a quoted honour of people counted by 个 奖项 (颁发了30个“优秀教师”奖项): each prize goes to one person, the
# honour's head says so (§5 eleventh review round: “爱心个人”奖项20个 are persons); not “先进集体”奖项 (bodies).
# (颁发了12个“优秀班主任”奖项, “最美医生”奖项: any head noun of a person's post or calling, §5 eighteenth review round)
_PEOPLE_PRIZES_AFTER = re.compile("[“「『][^”」』]{0,20}?(?:教师|老师|学生|员工|职工|党员|干部|青年|少年|儿童|志愿者|工作者|人士|同志|个人"
                                  "|班主任|辅导员|校长|园长|医生|医师|护士|村医|民警|辅警|警察|法官|检察官|律师|记者|工匠|技师|匠人"
                                  "|家长|母亲|父亲|媳妇|婆婆|书记|村官|员|者|师)"
                                  "[”」』]奖项")
# A post given, not an honour (为10名“法治副校长”颁发了聘书, 向15名新任“河长”颁发任命书).
_APPOINTED = re.compile("聘书|聘任书|任命书|聘任证书|聘用证书|委任状|聘请|聘任|任命")
# Recipients written after the honour that are people (…称号的小演员, …称号的同志).
# (the noun must end there: 农家乐, 商家, 卫生服务中心 are no people)
_PERSON_NOUN = re.compile("[\u4e00-\u9fff]{0,3}(?:演员|学员|队员|人员|学生|同学|者|同志|干部|教师|老师|党员|职工|青年|儿童|少年)"
                          "(?=[为颁授佩发接举进参获，。、；,;]|$)")
# 为20名“双报到”党员颁发证书: a quoted campaign or scheme qualifying plain members, who are handed only a certificate, names
# no honour (§5: an award record needs the honour named; a plaque or certificate counts for a quoted honour).
_MEMBERS_CERTIFIED = re.compile("(?:老)?(?:党员|干部|群众|居民|志愿者|职工|员工|学员|队员)(?:代表)?[^，。；]{0,6}?颁发了?(?:荣誉)?证书(?=[，。；,;]|$)")
_CONFERRAL_NAMED = re.compile("表彰|表扬|授予|称号|命名|评为|评选|评出|荣获|获评")
# A title of honour named only by its level (国家荣誉称号, 省级荣誉称号): 称号 stays, the level alone names no honour.
_LEVEL_HONOR_TITLE = re.compile("(?:国家|全国|[省市县区]级)(?:荣誉)?称号")
# What is left of an honour that is only a title of honour at a level, its 荣誉称号 after it (国家, 市级, 荣誉): no name.
_UNNAMED_TITLE = re.compile(f"荣誉|(?:国家|{_LEVEL_WORD}|[省市县区]级?)(?:荣誉)?")
# What stands between 授予/追授 and the count: a few words, or a longer description closed by 的 or a list of
# names closed by 等 (授予在抗洪抢险中表现突出的王某等12名同志…, 追授在抗洪抢险中牺牲的刘某某等3名同志…).
_RECIPIENTS_BEFORE_COUNT = "(?:[^，。；“”「」]{0,12}?|[^，。；“”「」]{0,30}?[的等])"


# Fixed patterns of AwardExtractor.__call__.
_SET_UP_END = re.compile("设(?:有|立|置)?$")
_GRADE_NUMERAL = re.compile("[一二三四五特]")
_HONOURS_SPLIT = re.compile("[和及、与]|(?<=[”」])(?=[“「])")
_JOINED_GRADES = re.compile(r"[一二三四五特](?:[、和及][一二三四五特])+(?=等奖)")
_UP_TO_DE = re.compile("^.*的")
_JOINER_END = re.compile("[和及与]$")
_COMMA_OPENING = re.compile("[，,]")
_CLAUSE_END_AHEAD = re.compile(r"[，。；,;]|$")
_FOLLOWING_WORD = re.compile("以下|如下")
_CATEGORY_AHEAD = re.compile("[\u4e00-\u9fff]{0,2}(?:奖项|类)")
_NOT_HONOUR_ITEM = re.compile("代表$|候选人?$|等次")
_CONFERRING_END = re.compile("(?:颁予|授予|颁给|颁发给|予)$")
_LIST_WORD_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:名单|评选|称号|荣誉|表彰|颁奖|授奖)")
_OPTIONAL_JOINER = re.compile("[、和及与]?")
# 各类, 各项, 各级 before an honour: a scope of all kinds, dropped like a level word (§5 fifteenth round).
_ALL_KINDS = "各[类项级]"
_REGION_LEVEL_PREFIX = re.compile(f"^(?:{_ALL_KINDS}){{0,2}}[全省市县区]*")  # (各级劳动模范: 各级 like a level word, §5)
_DEMONSTRATIVE_OPENING = re.compile("该|此|这|本")
_COLLECTIVE_WORD = re.compile("集体|单位|组织|企业")
_JOINER = re.compile(r"[和及、]")
_COMPLETION_WORD = re.compile("结业|毕业|学位|身份|资格|上岗|培训|合格")
_DIGIT = re.compile(r"\d")
# Fixed patterns of AwardExtractor._tally_before.
_COUNT_WITH_UNIT = re.compile(r"[\d一二三四五六七八九十两]+[个名位家]")
# Fixed patterns of AwardExtractor._past_period.
_SENTENCE_OR_SEMICOLON = re.compile("[。；;]")
# A clause that is only a prize and its count, its verb elided (…全年获得省级以上科技进步奖8项，鲁班奖2项): an item of
# the list the clause before opened, sharing its period (no verb of its own to tell another time or act).
_BARE_ITEM = re.compile(r"\s*[^，。；,;\d“”「」]{2,16}?[\d一二三四五六七八九十两百]+[项个名位家人篇件座枚](?:次)?\s*")
# A piece after a semicolon opening on the whole year (…2024年集团新签合同额达到386亿元；全年获得…奖8项): the year is the
# one the sentence's earlier piece opened with, a year told before the months of it (2024年12月: one day) or its work year.
# (also a whole place's holders, 全镇有4个村获评县级“五好”村党组织, in a piece after one that opened on the past year:
# a tally told in the review of that year, like 全镇共有3个村获评… after a township's review, §5 eighteenth round)
_WHOLE_YEAR_PIECE = re.compile(r"\s*(?:全年|年内|一年来|全[省市县区镇乡](?:共|现|已)?有)")
_PIECE_YEAR = re.compile(r"(?:^|[，,：:])\s*(?:(?P<year>(?:19|20)\d{2})年(?!度|代|级|份|\d{1,2}月|[一二三四五六七八九十]{1,2}月)|(?P<relative>去年|上一?年))")
# The last prize count of the clause before such an item (…科技进步奖8项).
_ITEM_COUNT = re.compile(r"[\d一二三四五六七八九十两百]+[项个名位家人篇件座枚]")
# A clause that is only a prize, quoted or not, and its count in 项 or 枚 (…先后获得省级优质工程奖31项，国家建设最高奖“鲁班奖”
# 6项): an item of the list the clause before opened, its verb elided; and the count that closes that clause.
_ITEM_CONTINUED = re.compile(r"\s*[^，。；,;\d]{2,20}?[\d一二三四五六七八九十两百]+[项枚]\s*")
_ITEM_COUNT_CLOSING = re.compile(r"[\d一二三四五六七八九十两百]+[项枚]$")
# Fixed patterns of AwardExtractor._add.
_AMONG_THEM_AHEAD = re.compile(r"\s*其中")
_YEAR_WORD_QUOTE = re.compile(r"学?年度?[“「『]")
_YEAR_WORD_PREFIX = re.compile(r"^学?年度?")
_QUOTED_JOINER = re.compile("[”」』][和及与、][“「『]")
_REPRESENTATIVE_ACTING = re.compile(r"代表(?![队团])[^，。；]{0,24}?(?:上台|领奖|颁|参加|出席|列席|参会)")
_REPRESENTATIVE_ON_STAGE = re.compile("代表[^，。；]{0,8}?(?:上台|领奖)")
_CONFERRING_PREFIX = re.compile(r"^[^“”「」]*(?:颁授|颁发|颁赠|颁出)了?(?=[^“”「」]{2})")
# Recipients described as winners before their honour (获奖优秀教师): the description is no part of the honour (§5
# eighteenth round), stripped only when an honour remains (获奖者, 获奖集体 stay).
_WINNERS_DESCRIBED = re.compile("(?:获奖|得奖|受奖)的?")
# Works counted after 获奖 with no honour word of their own (获奖人口科学论著, 获奖作品): things, never people, that the
# description alone names as honoured (§5 twenty-second review round).
_WORKS_WON = re.compile("(?:论著|论文|著作|专著|作品|成果|图书|剧目|节目|课题)$")
# The authors joined after counted works (…论著及作者, …作品和作者): those behind the works, not what is counted.
_WORKS_AUTHORS_TAIL = re.compile("(?:及其?|和|与)(?:作者|编者|创作者|主创人员)$")
_HONOUR_FILLER_PREFIX = re.compile(r"^(?:其中|分别(?:为|是)|等|了|为|的|对(?![口外台内接标象])(?=.{3})|评选出|表彰|授予|(?:" + _ALL_KINDS + "){1,2}(?=.{2})|(?:表彰)?奖励了?(?=.{2}))")
_OCCASION_PREFIX = re.compile(r"^(?:本次|本届|此次|今年度|今年|本年度)?(?:大会|会议|年会)?(?:对(?![口外台内接标象])(?=.{3}))?(?=.{2})")
_WON_PREFIX = re.compile(rf"^(?:[^“”「」]{{0,8}}?(?:共|先后)?)?(?:荣获|获得(?!者)|获评|获颁授?|{_GIVEN_OUT}|获选为?|获(?![奖得]))(?=.{{2}})")
_GRADED_WORD = re.compile("[一二三四五六七八九十特甲乙丙]等|高等|中等(?:职业|专业|学校)|平等(?:就业|协商)|男女平等|初等")
_GIVEN_PREFIX = re.compile(r"^(?:颁)?授(?![予勋])(?=.{3})")
_SELECTED_PREFIX = re.compile(r"^[^“”「」]{0,8}?(?:共|先后)?(?:决出|产生了?|[推遴]?选出了?|评定|揭晓了?|奖励了?)(?=.{2})")
_WON_IN_PREFIX = re.compile(r"^[^“”「」]{2,24}?[中上](?:荣获|获得|获)(?=.{2})")
_TALLY_TAIL = re.compile("(?<=..)(?:共计|合计|总计|共有|共达|共|有|达到?)$")
_ABOUT_TAIL = re.compile("(?<=..)(?:(?<![守履践签合契公条节])约|将近|接近|(?<![最附临邻靠亲])近|超过|超過)$")
_COUNTED_TAIL = re.compile("(?<=..)(?<![设统会估审伙算核预])计$")
_EDITION_PREFIX = re.compile(r"^(?:首届|第[\d一二三四五六七八九十百]+[届批])(?=.{2})")
_QUOTE_MARK = re.compile("[“”「」\"『』]")
_CLASS_WORD = re.compile("[〇○零一二三四五六七八九]{0,3}[届级](?=.{2})")
_ORIGIN_BEFORE_QUOTE = re.compile("([^“”「」『』的]{1,8})的(?=[“「『])")
# 推荐的, 推选的, 选送的 closing the words before a quoted honour: the bodies that put its holders forward (§5)
_PUT_FORWARD_END = re.compile("(?:推荐|推薦|推选|推選|选送|選送|推举|推舉|报送|報送)$")
_FIRST_OR_NTH_EDITION = re.compile(r"^(?:首届|第[\d一二三四五六七八九十百]+届)")
_CONFERRING_WORD = re.compile("颁发|颁授|授予|颁给")
_HAVING_PREFIX = re.compile(r"^(?:[^“”「」]{0,6}?(?:表扬|表彰)|[^“”「」]{0,4}?(?=共有|已有|现有))?(?:共有|已有|现有|受表彰的有|有(?![功限序效益突]))(?=.{3})"
                            r"|^[县市区]府表扬(?=.{3})")
# 则, 也 or 亦 (then 有) closing an honour read before its count: the adverb of a list going on (先进个人也有12名).
_LIST_GOES_ON_TAIL = re.compile(f"(?<=..)(?:{_LIST_GOES_ON})(?:共有|有)?$")
_HAVING_TWO_LEFT = re.compile("(?:共有|有)(?![功限序效益突])(?=..$)")
_TITLE_QUOTED = re.compile("^《([^《》]+)》$")
_DE_TAIL = re.compile("(?<=..)的$")
_REWARD_TAIL = re.compile("(?<=..)(?:各|每[人户村个家名所]?|分别|共)奖$")
# Money handed to each of the counted holders (为10个先进村各安排奖补资金5万元, 给50户示范户每户发放奖励金2000元): funding to
# holders of an honour, no honour conferred (§5 "money paid to holders of an earlier honour … is funding only").
_MONEY_TO_EACH_TAIL = re.compile("(?<=..)(?:各|每[人户村个家名所]?|分别)(?:安排|发放|拨付|兑付|兑现|下达|拨发|发给)奖$")
_TITLE_WORD_TAIL = re.compile("(?<=..)(?<!等)(?<!等荣誉)(?:荣誉)?称号$")
# (一等奖作品8件: the prize grade; “江南文华奖”作品15部: the prize; not 获奖作品, the works that won, no prize)
# A bare grade opening the honour (甲等医院5家、乙等8家, 评出优等20所): Taiwan's prize grades (特优32件、优等15件) only in a
# Taiwan text or beside a prize's context; elsewhere, and always after a rating word, the grade of an evaluation (§5).
_BARE_GRADE_OPENING = re.compile("^(?:优等|甲等|乙等)")
_PRIZE_CONTEXT_WORD = re.compile("颁奖|奖金|作品|比赛|竞赛|美展|展览|评比")
_RATING_WORD = re.compile("等级|评估|评审结果|评定结果|督导|达标|验收")
_PRIZE_ENTRY_TAIL = re.compile(f"(?<=等奖|金奖|银奖|铜奖)(?:{_PRIZE_WORKS})$|(?<=.[^获得中]奖)(?:{_PRIZE_WORKS})$")
_MERIT_WORD = re.compile("优秀|先进|模范|标兵|杰出|十佳|最美|劳模|骨干|能手|名师")
_GRADE_WORD = re.compile("等次|档次")
_MEDAL_END = re.compile("[金银铜奖]牌$")
_AMONG_THEM_SOON = re.compile(r"[^。]{0,12}?。?\s*其中")
_AND_WORD = re.compile("[和及与]")
_AMONG_THEM_NEXT_CLAUSE = re.compile(r"[^，,；;、]{0,40}?[，,；;]其中")
_COLLECTIVES_AND_INDIVIDUALS = re.compile(r"[^，,；;、]{0,12}?(?:集体|单位)[和及与](?:先进)?个人")
_CLAUSE_TO_END = re.compile(r"[^，,；;]{0,40}?[。！!]?\s*$")
# Fixed patterns of AwardExtractor.covered.
_HONOUR_LIST_SPLIT = re.compile("[、和及与或]")


# Fixed patterns of AwardExtractor.__call__, made of the module's constants.
_WHOLE_OR_JOINER_END = re.compile(rf"(?:[和及与以]|^)(?:{_WHOLE})?$")
_MERIT_OR_COMMENDATION = re.compile(f"{_MERIT}|嘉奖")
_CONFERRED_IN_AHEAD = re.compile(rf"[^，。；]{{0,12}}?(?:{_CONFERRED_IN.pattern}|授牌|颁牌)")
# A keepsake handed to the holders named before (为荣获省级“五四青年奖章”的2名青年颁发了纪念奖杯, …颁发纪念品): the verb
# confers nothing of the honour they won elsewhere (GUIDELINES §5 twenty-first review round: only the honour's own
# certificate, medal, plaque or banner gives it); a 纪念章 is a medal of its own and stays.
# (the holders described by the honour they won after 为/向/给 in the count's clause: 为荣获…的2名, 为获得…称号的5名)
_FOR_HOLDERS_DESCRIBED = re.compile("[为向给][^，,；;为向给]{0,6}?(?:荣获|获得|获评|获授|获颁|被评为)[^，,；;]{2,30}?的$")
_KEEPSAKE_AHEAD = re.compile("[^，。；]{0,12}?(?:颁发|颁赠|赠送|送上|送去|发放|赠予)了?(?:一份|一座|一个)?"
                             "(?:纪念奖杯|纪念杯|纪念品|纪念册|纪念礼品|礼品|慰问品)")
_TITLE_OF_COUNT_AHEAD = re.compile(rf"(?:[\u4e00-\u9fff]{{0,4}}?{_HOLDER_HEAD})?(?:荣誉)?称号的(?:[^，。；“”「」\d]{{1,40}}?等)?{NUM}")
_REPRESENTATIVE_OR_NOMINATED = re.compile(f"代表|{_NOMINATED_AFTER.pattern}|{_COUNT_IN.pattern}")
# Fixed patterns of AwardExtractor._add, made of the module's constants.
_PRIZE_HOLDERS_TAIL = re.compile(f"(?<=奖)(?:{_PRIZE_HOLDERS})$")
# Fixed patterns of AwardExtractor._honor_like, made of the module's constants.
_HONOUR_LIKE_WORD = re.compile(
    "优秀|先进|模范|标兵|杰出|十佳|最美|金牌|劳模|有功|功绩|荣誉奖状|绩优|勋章|星章|奖章|纪念章|奖$|奖[学教]金|助学金|称号|示范|标杆|表扬"
    f"|骨干|能手|名师|带头人|工匠|英雄|楷模|之星|三好|嘉许状|{PRIZE_GRADES}|年度人物|感动|好人好事|优良"
    # (纳税大户: firms commended for the taxes they pay; 专精特新: the state's designation of small firms;
    # 种粮大户 and the like only in a commended list, _LEADING_HOUSEHOLD)
    # (其中金状450名、银状380名: a certificate's or medal's metal grades named by their own words, §5 thirtieth round)
    "|^[金银铜]状$"
    # (五一劳动奖状, 江州市五一劳动奖状: a named certificate of merit conferred on bodies, a prize as 五一劳动奖章 is; not a bare
    # 奖状, the thing handed out)
    "|[\u4e00-\u9fff]{2}奖状$"
    "|文明|红旗|星级|五好|巾帼|先锋|诚信|守合同重信用|重合同守信用|纳税大户|专精特新|平安(?:家庭|单位|村|社区|校园|医院|网点|工地)|优质(?:工程|结构)|精品工程|卫生(?:村|户|单位|乡镇|城市)|和谐|突出贡献|特殊贡献|好人|满意"
    "|^好(?:媳妇|婆婆|公婆|儿女|邻居|家风|少年)"
    # (孝亲家庭, 孝心少年, 孝老爱亲之家: honours of filial care that Taiwan and mainland bodies commend, like 好媳妇)
    "|^孝(?:亲|老|行|心|德)"
    # (县级“四强”党支部, “双强”党组织: the party's designation of branches strong in two to five ways, §5)
    "|[双二三四五]强(?=[\u4e00-\u9fff]{0,2}(?:党组织|党支部|支部|党委|党总支))"
    # (not 获奖学生, 得奖义工: winners described, no prize named)
    # (金质奖团队10队, 金塔奖团体3个: teams named by the prize they won, counted as the prize's holders)
    # (特优32件、优等15件, 特优团体2队: Taiwan's prize grades, written without 奖, whole as the honour)
    f"|^{_TW_PRIZE_GRADES}(?:团体|团队)?$"
    "|(?<![获得])奖(?:教师|老师|学生|义工|志工|团队|团体|班组)$"  # 师铎奖教师: the prize's holders
)
