"""Award counts: an honour conferred on an explicit number of people or organizations.

Shapes, in a sentence that holds an award word (表彰/授予/评选/荣获/勋章 …):
- ``12名“优秀党组织书记”`` / ``3个“党建工作示范点”`` / ``授予20名援派干部“…”称号``: count, unit,
  quoted honour (with a following organization noun);
- ``为8位老党员颁发“…”纪念章`` / ``向…等廿八名人士颁授勋章、奖章和奖状`` / ``颁发「…奖」予6个企业``;
- ``授予甲等384名同志、追授乙等16名同志“…”称号`` / ``分别授予15个县区、30个市直部门“…”称号``: two counts, one honour;
- ``4人获颁…大紫荆勋章`` / ``获得“…奖”的8名学者``;
- ``表彰19名优秀共产党员`` / ``先进集体5个`` / ``国家奖学金获得者86名``: unquoted honours;
- ``30名“四有”好老师`` / ``授予十二个机关党支部县级“四强”党支部称号``: an honour quoted only in its qualifying word,
  read on to its holders' head noun, with a level written before the mark;
- ``授予2名科学家市科学技术突出贡献奖`` / ``授予三十个村党组织县级先进基层党组织称号``: an unquoted honour after its
  recipients' noun, told from them by the level that opens it;
- ``对先进支行8家、优秀客户经理46名进行了表彰`` / ``优秀管理者10名受到表彰``: a list before the verb;
- ``甲、乙、丙分别为10个、30名、8名`` / ``对10个党组织和30名党员分别授予“甲”和“乙”称号``: paired in order;
  also without 分别 (``10个集体和25名个人获得“先进集体”和“先进个人”称号`` / ``表彰了先进集体、先进个人各10个、25名``)
  when each honour's name shows the kind of its count;
- ``授予3个教研组、30名教师和2个年级组“先进集体”“优秀教师”称号``: more counts than honours, paired by kind when
  the honours' names settle it;
- ``对7名民警予以嘉奖`` / ``为20户“种粮大户”授牌`` / ``…名单，我村两户家庭获此殊荣`` (also 上榜, 当选);
- ``对荣获“X”称号的甲、乙等10名同志进行了表彰``: holders named before 等, then the count;
- ``表彰名单如下：`` / ``一、优秀教师120名`` / ``| 优秀员工 | 45名 |``: one record per line or table row of a list that a
  conferring line introduces, every counted row naming an honour (not a table of other things);
- ``先进集体`` / ``（5个）``, ``一等奖`` / ``三名``: a row broken in two, the honour alone on its line and only its count on
  the next, read as one row;
- ``优秀员工（共40名）、…进行了表彰`` / ``获表彰的有：…（6个）``, ``评出“X”，共有以下8人：…``, ``…名单，我市有3家医院入选``;
- ``…示范医院名单，我市有3家医院入选`` / ``发布“新时代好少年”名单，我区20人入选`` / ``对…示范企业予以表彰，…88家企业获此荣誉``:
  a count referring back to a list or a commendation just named;
- ``“甲”“乙”“丙”分别为20名、6名、4个`` / ``…金奖的126人、银奖的210人``: quoted honours side by side; grades elided;
- ``为1个集体和4名个人颁发了“X”`` / ``先进集体、先进个人各10个（名）`` / ``荣誉奖状14名及8个实体``: one record per count.
- ``会议对先进单位和先进个人进行了表彰，4个单位、12名个人受到表彰``: plain counts of those commended after the honours
  named just before, each count taking the honour of its kind; ``为5名员警记一大功``: Taiwan's merits after their holders;
  ``…功绩奖章12名、奖状11个``: a bare 奖状 after decorations in one list is the certificate grade.

A description commended with the same count as a prize's winners or ceremony named before it in its sentence
(师铎奖得主共45位，…表扬45位优良教师) restates them: one record, the prize's.

Honours in ‘…’ or 〈…〉 are read as quoted (outside double quotes, where ‘’ are nested quotes).

A count in a heading-like line that the body states again is one fact; lists of other
articles' headlines give nothing.

A stated total that equals a sum of the other counts is dropped (it repeats them), also when the parts follow in the
next sentence opened by 其中 (表彰了326名先进个人。其中，劳动模范48名，先进工作者278名).

What a place holds counted at a date (目前，全市已有…示范村32个), targets (力争再创建…5个) and conferrals still
to come (…将被授予“…”称号; …10名，将于下月…予以表彰) give nothing: no conferral of this event; a conferral reported
done (a merit citation too) keeps its count whatever a later clause says will be handed out (表彰了…50名，将为他们颁发奖金). Star tiers rated
(评定五星级党支部…), star tiers of hotels and guesthouses, counts on candidate, shortlist or recommendation lists and on
media rankings (“…”榜单…上榜, 上榜“…500强”), and counts under a public notice (…1200户，现予以公示) are no awards;
nor are quotas (表彰名额分配为：…100名), past conferrals told with 曾 (2022年曾表彰…8个), holders described in a sentence
that confers nothing (20位获得…称号的校友返回母校), a set of holders framing a later part (全市236个文明单位中，…) and
repeat holders among those counted (其中3个单位已连续三届获此称号).

Known limitations: a count separated from its honour by a long apposition other than names before 等
is missed; approximate counts (30余名) give nothing, the record having no approximate flag;
分别 lists whose counts and honours differ in number give nothing (no pairs are guessed);
honours in lists without counts are not records by definition; a total whose parts are only
partly counted is kept, except a count over bodies and people (…共80个（名）) whose honour is a list;
an unquoted prize after its recipients with no level or place name opening it (授予10名运动员体育道德风尚奖) is missed; a
quoted honour with its rest after the count (评出“四有”好老师30名) is missed; table rows with no unit in the count
cell (| 优秀教师 | 120 |, the unit only in the header) and lists with the honour and the count on separate lines with
other lines between (names under the honour, the count below them) are missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import (
    CLAUSE_BREAK,
    CLAUSE_MARKS,
    GRADES_WON,
    LIFE_EVENT_AFTER_YEAR,
    TAIWAN,
    Lexicons,
    Sentence,
    clause_bounds,
    end_before,
    evidence,
    first_char_gated,
    heading_like,
    in_heading_list,
    literal_gated,
    stamp_year,
    start_after,
    summary_line,
)
from pipeline.values import parse_number

# 1,286 and 一百零二 too, digits or numerals but not both (王五3名: the 五 ends a name); 第三 is an ordinal
# (1.2万名: a decimal before 万 or 千; not the idiom 千家万户 / 千村万户, "every household", no count)
NUM = (r"(?:(?<![第\d.．])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+[.．]\d+[万千]|\d+[十百千万]?)"
       r"|(?<![第\d一二三四五六七八九十百千两廿卅零〇数几])(?<!千[家村])(?!千[家村]万[户家])[一二三四五六七八九十百千两廿卅零〇]+)")
_QUOTE_OPEN, _QUOTE_CLOSE = "“「\"『", "”」\"』"
# A quoted honour (“优秀共产党员”), its name in the group honor; and the up to three Han characters right after the closing
# mark in the group after (称号, 荣誉称号, 奖牌), which the readers look at to tell a title from a thing handed out.
_QUOTED_HONOR = rf"[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n]{{2,30}})[{_QUOTE_CLOSE}]"
_AFTER_QUOTE = r"(?=(?P<after>[\u4e00-\u9fff]{0,3}))"
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
                         f"|(?:(?!{_TAIL_NOT_NOUN})[\u4e00-\u9fff]){{1,4}}?(?<!党员|群众|居民|村民|市民|家属|成员){_TAIL_STOP}")
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
# The grades of a prize (一等奖, 金奖, 金质奖, 优秀奖, §5: a prize's grade is an award), one list for every rule that reads one.
_PRIZE_GRADES = "[一二三四五六特]等奖|金奖|银奖|铜奖|[金银铜]质奖|优秀奖|优异奖|优胜奖|鼓励奖|特别奖"
# A prize grade after a quoted contest's or prize's name (5名选手获“挑战杯”一等奖, 获“创青春”大赛金奖, “挑战杯”全国大学生…竞赛
# 一等奖): the grade of that prize is the honour conferred (§5: prize grades are awards), named with the contest as
# written, never the contest's name alone; the contest's words after the mark hold no verb, 的 or joining word, and the
# grade closes the clause or item. After a quoted name that is a whole honour already (“优秀教学成果奖”一等奖) only a grade
# right after the mark.
_GRADE_TAIL_NOT = "受|获|夺得|被|予|给|颁|授|表彰|表扬|进行|称号|的|在|并|为|向|对|是|了|将|共|各|分别|和|及|与|等"
# (获“金秋杯”书法比赛一等奖和二等奖: one count over two grades joined by 和, the whole phrase, §5)
_GRADE_NAMED = f"(?:{_PRIZE_GRADES})"
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
# A batch of a designation (首批, 第三批), shared by the designation patterns.
_BATCH = "(?:首批|第[一二三四五六七八九十\\d]+批)"
# A period's running count before a designation's plaques or count, in the designation's own clause before its verb
# (全市已为20家…授牌, 累计为…, 全市已认定…45家) or in a clause in front of the sentence that is only that period
# (今年以来，…; 截至目前，…; 近年来，…): a tally, no award (§5 thirteenth review round). Not a period named inside an
# earlier clause's object (会议总结了今年以来的工作，并为…授牌), nor 先后 alone, which is one leader handing the plaques
# in turn at the event (市长先后为15家…授牌).
_DESIGNATION_TALLIED = re.compile("以来|累计|近年|历年|截至|截止|目前|已经?$")
_PERIOD_CLAUSE = re.compile(".{0,10}(?:以来|目前|近年来?|历年来?)|(?:截至|截止).{0,10}")
_CLAUSE_SPLIT = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")
# Words of a designation between its count (or the level after it) and an honour quoted in part (8家国家级专精特新“小巨人”
# 企业, 8家专精特新“小巨人”企业): kept in the name, the level word dropped (§5, tenth review round); not a verb or 的
# between (5名获得“…”, 10名荣获“…”), nor a bare level or scope (10个县级“四强”党支部: _LEVEL_BEFORE_QUOTE).
# (not 8家企业成功入选“专精特新”: the holders' own noun and a verb of listing before the quote, no designation's words)
_HOLDER_HEADS = "企业|单位|学校|村|社区|集体|团体|机构|组织|团队|医院|公司"
_LISTING_VERBS = "入选|列入|成功|确定|认定|命名"
# The verbs of a designation that the award context lexicon does not hold (命名 is there): 确定/认定…为“…” (named_to).
_DESIGNATING = re.compile("确定|认定")
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
_COUNTED_OBJECTS = frozenset(f"{_TROPHY_WORDS}|{_CERTIFICATE_WORDS}".split("|"))
# Prizes counted as places set up (设立“十佳青年”奖项3个, 本次评选设置“创新之星”奖项10个): a scheme, nothing conferred
# (§5, eleventh review round).
_PRIZES_SET_UP = re.compile("(?:设立|设置|设有|共设|下设|增设|新设)[^，。；]{0,16}?奖项(?:共|各|约)?$")
# Prize grades counted as places a contest sets up (本届比赛设个人一等奖10名、二等奖20名; 大赛共设金奖5个): the prize
# scale of a contest, a standard, nothing conferred (§5: 设立…10名 confers nothing yet; §6 大赛设一等奖1名). Not 设 in another
# word (建设, 开设, 设计) nor 设在 (the venue), and not when a conferring or receiving verb stands between 设 and the grade
# (设立奖学金，评出一等奖…: the clause ends; 大会设于…，表彰一等奖…).
_GRADES_SET_UP = re.compile(f"(?<![建开假陈摆铺敷预架])(?:共|下|新)?设(?:立|置|有)?(?![在于计施备法想])"
                            f"[^，。；表评授颁获奖]{{0,12}}?(?:{_PRIZE_GRADES}|奖)"
                            f"(?:[^，。；表评授颁获]{{0,12}}?(?:{_PRIZE_GRADES}))*$")
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
_LEADING_VERB = re.compile("^.*(?:表彰|表扬|授予|追授|评选出|评出|评选|评为|命名|诞生|摘得|夺得)了?")
# List connectors caught at the front of an unquoted honour (其中优秀单位8个, 及有功个人45名, 包括优秀教师奖45名).
# (其中包括专业功绩勋章四名: 其中 and 包括 together)
# (计金牌奖15人、银牌奖28人: 计 opening a list of counted items, as 其中 does; not 计划生育, 计生, 计算机)
_LEADING_CONNECTOR = re.compile("^(?:其中(?:包括)?|另有|另|以及|及|和|与|并|(?:共|合|总)?计(?![划生算量时])|共|包括)")
# A plan announced before the count (将于…表彰, 每年将向…): nothing has been conferred yet.
# (拟为12名民警记个人三等功: a citation proposed, before the count)
# (not 现将获奖名单公布如下, 现将评选结果通报如下: 现将 announcing a list or result now publishes what was decided;
# 现将于…表彰, 现将召开…, 发现将有… and 现将…公示 still look ahead or propose)
_PLANNED = first_char_gated(r"(?:(?<!现)将|(?<=现)将(?![^，。；：:]{0,20}?(?:名单|结果)[^，。；：:]{0,8}?(?:公布|通报|发布)))"
                      # (not 母亲节将至, 教师节即将到来之际, 即将迎来: a day drawing near, no act planned; but 将至各村为…授牌,
                      # 将 going to a place, is one)
                      r"(?!军|领|士|近|来|门|其|之|它|该|此|这|至(?=[，,。；;：:之时际]|$)|临(?!时)|要?(?:到来|来临)|迎来)|现将[^，。；：:]{0,16}?公示|拟于|拟向|拟对|拟为|拟给予|计划于|届时"
                      # 拟表彰的20名…进行公示, 计划表彰, 推荐为…表彰对象: not conferred yet
                      r"|拟(?:表彰|授予|命名|确定|认定|推荐|评选|评出|评定|颁发|入选)|计划(?:表彰|创建|评选|培育|命名|确定|认定|打造)|推荐为")
# An aim in the count's clause before a verb of creating or conferring (计划年底前再创建省级示范村10个, 力争再创建
# 省级“美丽乡村示范村”5个): a target, nothing conferred yet (§5).
_AIMED = re.compile("(?:计划|力争|争取|确保|预计|目标是?)[^，。；]{0,8}?(?:创建|创成|争创|评选|评出|表彰|命名|授予|培育|打造)")
# A conferral still to come after the count (3名一等奖选手将被授予“…”称号; …10名，将于下月…予以表彰): those
# selected or placed await it, nothing conferred yet (§5): 将 in the count's clause or opening the next one, no other
# count between (not 并将其事迹…: no conferring verb after 将; not 表彰了10名…，5名…将被授予…: another count's).
# The group ``next`` marks 将 opening the next clause, which counts only when the count's own clause confers
# nothing (not 表彰了先进个人50名，将在年底为受表彰个人颁发奖章: what the commended will be given later).
# (评出…10名，颁奖典礼将于9月10日举行 / 将于教师节当天举行表彰大会: the ceremony conferring it still ahead, as in
# 将于9月10日颁奖)
_CONFERRED_LATER = re.compile(r"[^，。；,;\d]{0,12}?(?P<next>[，,]并?)?(?:(?:即将|将|拟)(?:被|于|在)?[^。；，,]{0,24}?"
                              "(?:予以表彰|进行表彰|被表彰|授予|颁奖|颁发|命名为|入选|表彰(?:大会|会|仪式|典礼))"
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
_RETAINED = re.compile("(?:继续|予以|仍然?|同意|确认)保留|保留(?:其|了)?[^，。；的]{0,30}?(?:称号|荣誉|命名|资格)")
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
_BUILT_IN_CLAUSE = re.compile(f"(?:{'|'.join(_BUILDING_VERBS)})[^，。；的]*$")
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
_TALLY_CUE = re.compile("截至|截止|迄今|至今|累计|先后有|已有|已经有|近年来|近几年|多年来|历年|" + _YEARS_SPAN)
# A short clause right before the count's clause (近年来，我县6名村民获评…; 截至目前，…): a time adverbial whose
# tally cue governs the next clause, and only that one.
TALLY_LEAD_LENGTH = 10
# 获发 (HK/Macau: 30名学生获发奖学金) is received like 获颁; not 获发展, 获发改委批复, 获发明专利, 获发表 (获 + another word).
_GIVEN_OUT = "获发(?![展改明布放表行])"
# The verbs of receiving an honour (获评, 荣获, 被评为 …), shared by the tally and holding checks below.
_RECEIVING = f"(?:获评|获选|荣获|获得|获颁|{_GIVEN_OUT}|获授|被评为|被授予|被命名)"
# A receiving verb said again after 或/及/和 inside one count's honours (获颁授勋衔或获嘉许): dropped from the honour.
_REPEATED_RECEIVING = f"(?:获颁授?|{_GIVEN_OUT}|获授|获得|荣获|获)"
# 勋衔或获嘉许: the receiving verb repeated after 及/或/和 inside a phrase of honours, one verb over both (cut in _add)
_RECEIVING_REPEATED_IN = re.compile(f"(?<=[及或和]){_REPEATED_RECEIVING}(?=勋|奖|嘉|星|荣誉)")
# 市科学技术进步奖共授奖120项: the conferral closing a prize's name before the count (cut in _add)
_CONFERRAL_CLOSING = re.compile("(?<=..奖)(?:共|共计|总共)?授奖$")
# A clause of a count and a receiving verb (56个村获评…, 12个村获评…): a parallel item that a tally in an earlier
# such clause carries over to (截至目前，全县已有56个村获评“…”，12个村获评“…”).
# (5名教师获“全国模范教师”提名: a nomination received, §5 eleventh review round)
_COUNT_GOT_QUOTED = literal_gated(re.compile(rf"{NUM}[名个位人家所户][^，。；“”「」]{{0,12}}?获{_LEVEL_WORD}?[“「][^”」\n]{{2,30}}[”」](?:提名)?(?:[，。；,;、]|$)"))
_COUNT_RECEIVED = re.compile(r"[\d一二三四五六七八九十两百千]+[多余]?[名个位人户家所][^，。；,;]{0,12}?"
                             + _RECEIVING)
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
_RECEIVED_VERB_AFTER = re.compile(r"[^，。；]{0,12}?" + _RECEIVING)
# 曾 right before the receiving verb (5名同志曾获得县委嘉奖): a record of the past, not this conferral
# (not 8名曾参加抗洪的民警荣获…: 曾 inside a description of the holders).
_ONCE_RECEIVED = re.compile("曾经?" + _RECEIVING + "$")
# 曾 right before a bare 获 after the count (5名青年曾获县级“青年岗位能手”称号): a record of the past as well.
_ONCE_GOT_AFTER = re.compile("[^，。；]{0,12}?曾经?获(?![评选得颁授])")
# 曾 right before a conferring verb in the count's clause (2022年曾表彰“巾帼文明岗”8个, 该县曾授予5名…): a conferral of
# the past told as background, not this event's (§5).
# (市公安局曾为8名民警记个人二等功: 曾 before 为/向/给/对 and the holders counted; not the surname 曾 of a name whose given
# name opens with 为/向, the preposition after it: 县委书记曾向东为20名…, 曾为民向10个…)
_ONCE_CONFERRED = re.compile("曾经?(?:先后)?(?:表彰|表扬|授予|追授|命名|评选出?|评出|嘉奖"
                             "|(?![为向给对][\u4e00-\u9fff]{1,2}?(?:为|向|给|对))(?:为|向|给|对)[^，。；]{0,12}?$)")
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
# 为/向/给 opening the count's clause (为12家“专精特新”企业兑付奖励资金, 向往年获评的32名“见义勇为先进分子”发放慰问金):
# money paid to holders of an honour or a designation after their count, no conferral in the clause; the honour only
# describes them, nothing is conferred (§5; the money is funding, §6). Not 为20名“优秀教师”颁发奖金 (颁发 confers).
# (对获得“小巨人”称号的12家企业兑现奖励资金: 对 names the ones paid as 为 does)
_FOR_BEFORE_COUNT = re.compile("[为向给对][^，。；为向给对]{0,24}$")
_PAID_AFTER = re.compile("[^，。；]{0,30}?(?:发放|兑付|兑现|拨付|下拨|发给|送上|送去|送达)了?[^，。；]{0,12}?"
                         "(?:资金|慰问金|补助|补贴|奖金|奖励金|津贴|生活费|经费|慰问品|奖励)")
# A count closing its clause on 中 (全市236个市级文明单位中，有12个单位…): the frame a later part is picked from, holders
# counted, when the clause confers nothing (not 在评选出的100名优秀教师中，…: the selection of this event).
_FRAME_AFTER = re.compile(r"[^，。；,;]{0,20}?中(?=[，,])")
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
# Taking part in a selection after the count (86人报名参加“…”评选): entrants or candidates, nothing conferred
# (not 授予12名参加技能大赛选拔的选手…: a phrase closed by 的 describes the recipients).
_ENTERED_AFTER = re.compile(r"[^，。；]{0,8}?(?:报名|参加|参与|参评|参选|申报)[^，。；]{0,30}?(?:评选|评比|选拔|竞选)(?!的)")
# Contending for a prize after the count (5名选手参加“挑战杯”一等奖的角逐, 5名选手角逐“挑战杯”金奖): entrants, nothing
# conferred; not those described by it (5名参加“挑战杯”的选手获一等奖, 授予12名参加技能大赛选拔的选手…).
_CONTENDED_AFTER = re.compile(r"[^，。；“”「」的]{0,8}?(?:参加|参与|参赛|角逐|争夺|竞逐|冲击|冲刺|问鼎|备战|瞄准)")
# (not 6名参与救援民警记三等功: those described by what they did, the conferral after: a prize, cup, contest, title or
# medal must follow in the clause with no conferring word before it)
_CONTENDED_PRIZE = re.compile(r"[^，。；获授颁表评记命被]*?(?:奖|杯|赛|冠军|[金银铜]牌)")
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
_PLAIN_NOUN_END = re.compile("(?:教师|老师|驾驶员|选手|员工|职工|学生|人员|干部|代表|党员|工人|民警|医生|护士|志愿者|作品|家庭|企业|单位)$")
# A star tier of a hotel, a guesthouse or a scenic spot (四星级饭店, 五星级农家乐): a grade of service under a rating
# standard, no honour (§5), even when a body names it (命名五星级农家乐15家); not a title without a tier
# (获得“星级农家乐”称号的农家乐).
# A pass grade of an evaluation (合格党员, 基本合格党员, 不合格党员, 称职): every member is graded so, no honour.
_PASS_GRADE = re.compile("(?:基本|不)?(?:合格|称职)")
# The blame side of a red-and-black list or a ranking (评出“红旗村”3个、“黑旗村”2个, 黑榜单位, 末位单位, 后进村): named to be
# criticised, no honour (§5); the red side stays.
# (not a red honour for turning a backward unit round: 后进村转化先进村, 落后村整顿提升先进村)
# A count picked out by an appraisal grade (评出考核优秀乡镇5个, 年度考核优秀公务员20名, 考评良好单位8个): the grade of an
# evaluation like 评出甲等医院5家, no award (§5, thirteenth round); an honour quoted as such (表彰“优秀公务员”20名) is
# untouched, having no appraisal word.
_APPRAISAL_GRADE = re.compile("(?:考核|考评|测评|考察|评议)(?:结果|等次)?为?(?:优秀|良好|合格|称职|基本合格|基本称职)")
_BLAME_LABEL = re.compile("(?:黑旗|黑榜|末位|后进|落后)(?![^，。；]{0,4}?(?:转化|转变|整顿|提升|晋位|升级)[^，。；]{0,6}?先进)")
_STAR_RATED_BUSINESS = re.compile("[一二三四五1-5]星级?(?:旅游)?(?:饭店|酒店|宾馆|农家乐|民宿|客栈|景区|旅游区)$")
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
# 金紫荆星章获颁人12名 as Hong Kong releases write those conferred a decoration).
_WINNERS_WORDS = "获得者|获奖者|得主|获授人|获颁人"
# The holders' word ending an honour (国家奖学金获得者, 红领巾奖章一星章获得者, 大紫荆勋章获授人): no part of it.
_WINNERS_AFTER_PRIZE = re.compile(f"(?<=奖学金|助学金)(?:获得者|得主)$|(?<=[奖章])(?:{_WINNERS_WORDS})$")
# Hong Kong's holders' word alone (大紫荆勋章获授人), taken off before the receiving verbs, whose 获 it would open.
_DECORATION_HOLDERS_END = re.compile("(?<=[奖章])(?:获授人|获颁人)$")
# The winners of a prize named before the verb that confers it (为12名白求恩奖获得者颁奖, 为10名青年科技奖得主颁发奖杯):
# the prize is the honour, its winners' word no part of it (as for 白求恩奖章获得者).
_PRIZE_WINNERS_END = re.compile("(?<=奖)(?:获得者|获奖者|得主)$")
# The tokens a prize's winners are handed (奖杯, 证书, 奖杯和证书, 奖金和证书): no honour of their own.
_PRIZE_TOKENS = re.compile("(?:奖杯|奖牌|证书|荣誉证书|奖状|奖金|奖品)(?:[和及、](?:奖杯|奖牌|证书|荣誉证书|奖状|奖金|奖品))*")
# The winners of the event's prizes, counted with no honour of their own (20位得奖者, 30名获奖者, 获奖选手): a bare
# token handed to them (颁发嘉许状予20位得奖者, 为20名获奖者颁发荣誉证书) is the token of prizes named elsewhere, no
# honour (§5: an award record needs the honour named); not 嘉许状予120名义工, a commendation of plain holders.
_GENERIC_WINNERS = re.compile("(?:获奖|得奖|受奖)(?:者|人员|人士|选手|代表|学生|教师|职工|员工)")
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
_PRIZE_GRADE = re.compile(f"(?:{_PRIZE_GRADES})$")
# A prize named, with or without its count, in the clause before a list opened by 其中 (国家自然科学奖49项，其中一等奖1项、
# 二等奖48项; 表彰了2023年度集团科技进步奖，其中特等奖1项…): the bare grades listed are grades of that prize, named with it.
# The name starts after a clause break, a year or the verb conferring it, never over a verb (学生获奖，其中一等奖3名;
# 全市科技创新大赛颁奖，其中…: the act, no prize) nor over a join (评出个人奖和团体奖，其中一等奖6名: two prizes, whose
# grades are not told apart); a run of grades (共评出一二三等奖，其中一等奖10名) is no prize either (_prize_before_within).
# (the prize may also follow the verb receiving it or the count of what won it: 我市获省科学技术进步奖12项，其中…;
# 授予85项成果市科技进步奖，其中…; and the total may be told as the prize's conferral or its winners: 市科学技术进步奖
# 共授奖120项，其中…; 市科技进步奖获奖项目85项，其中…; 获得市科技进步奖的85项成果受到表彰，其中…)
# (and the prize may be quoted, its name read without the marks: 共评出“科技进步奖”286项，其中一等奖26项)
_PRIZE_BEFORE_WITHIN = re.compile(
    rf"(?:^|[，,：:；;\s]|(?:19|20)\d{{2}}年度?|表彰了?|授予|颁发了?|评出|评选出|荣获|获得|获(?![奖得])"
    rf"|[\d一二三四五六七八九十百千]项(?:成果|项目)?)"
    rf"(?P<open>[“「])?(?P<prize>(?:(?!表彰|授予|授奖|颁发|颁奖|评奖|评出|评选|获|设|[和与、]|(?<!普)及)[\u4e00-\u9fff]){{2,16}}?奖)"
    rf"(?(open)[”」])(?:(?:共|共计|总共)?(?:授奖|评出|评选出|产生)?了?(?:获奖)?(?:项目|成果)?(?:共|计|达)?{NUM}项"
    rf"|的[^，,。；;“”「」]{{0,16}})?[，,]\s*$")
_WITHIN_BEFORE_ITEMS = re.compile(r"[，,]\s*其中[，,：:]?\s*$")
# A bare grade after 其中 and the grades listed before it in the same run (，其中一等奖3项、二等奖…): read with the prize
# named before the comma (_prize_before_within), whichever pattern found the grade.
_GRADE_WITHIN = re.compile(rf"[，,]\s*其中[，,：:]?\s*(?:(?:{_PRIZE_GRADES}){NUM}[项名个人位件][、，,]\s*)*(?:{_PRIZE_GRADES})$")
# This edition or year before a prize named before 其中 (本届市科技进步奖, 第五届…): no part of its name.
_EDITION_BEFORE_PRIZE = re.compile(r"^(?:本届|本次|此次|今年|本年度|第[\d一二三四五六七八九十百]+届)(?=.{3})")


# A ceremony named for a prize (冶金科学技术奖颁奖大会, 市科学技术奖励大会, 科技进步奖表彰大会): the prize whose bare grades
# counted in the next sentence are its grades (§5 tenth round); not a run of grades (一二三等奖颁奖仪式) nor an act (获奖).
_CEREMONY_OF_PRIZE = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=举行|举办|召开|隆重))"
    r"(?P<prize>(?:(?!颁奖|授奖|获奖|评奖|举行|召开|隆重|[和与及、])[\u4e00-\u9fff]){3,16}?奖)"
    r"(?:颁奖|励|表彰|授奖)?(?:大会|典礼|仪式|会议)")
# Words with 奖 that name no prize (授奖, 获奖 …), and what is left naming one.
_NOT_A_PRIZE_WORD = re.compile(f"授奖|获奖|颁奖|评奖|得奖|领奖|奖励|嘉奖|{_PRIZE_GRADES}")
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
# (_APPROX_BEFORE, one character before a bare 百/千, and funding.py's _LEVEL_APPROX, words opening a budget level's
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
# A subject and a receiving verb may follow the lead with no comma (去年公司获得…奖8项, 2023年集团荣获…): the prizes
# won in that year, told in a review of it, are a tally too; not a year's grade (2023年度获评…: an honour's year); nor may
# a clause summed up by a later one opening 全年 or 年内 (2023年医院门诊量达到…，全年获得…奖6项).
# The kinds of body that keep a tally of their members' honours, ending the name of the subject before a year lead:
# bodies with staff or students, not _HOLDER_HEADS' recipients (集体, 团队, 村: those honoured, not those counting).
_TALLY_BODY_KINDS = "局|厅|学校|大学|中学|小学|学院|医院|公司|集团|支队|大队|中心"
_YEAR_LEAD = re.compile(r"(?:^|(?<=[，,；;]))\s*(?:自|从|在)?(?:(?:我|全|本|该)(?:市|县|区|省|州|盟|旗|镇|乡|校|院|局|公司|集团)"
                        # (警察局去年全年共有412人次获得…; 学校去年共有30名学生获评…: a body named as the subject before
                        # the year, up to eight characters of its name before the word of its kind)
                        rf"|(?P<body>[\u4e00-\u9fff]{{0,8}}?(?:{_TALLY_BODY_KINDS})))?"
                        # (我市2024年共有3项工程荣获…: the place or body the tally is of may open the clause before its year)
                        r"(?:(?:(?P<first>(?:19|20)\d{2})年?[至到—～~-])?(?P<last>(?:19|20)\d{2})年"
                        # (去年同期，…; 去年年底，…; 去年第四届评选中，…: a part of last year or its edition, no less past)
                        # (去年教师节，…; 去年“七一”前夕，…; 去年12月，…: a day or a month of last year, no less past)
                        r"|(?P<relative>去年|前年|上一?年度?|过去的?一年)(?:同期|年?[底末初]|[上下]半年|全年|一年"
                        r"|[“「]?[\u4e00-\u9fff\d]{1,5}?[”」]?节?(?:前夕|期间|前后|之际)?(?<=[节夕间后际])|\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬)?"
                        r"|(?:第[\d一二三四五六七八九十]+届)?[^，。；\d]{0,6}?(?:中|里|期间))?)"
                        r"(?P<since>以来)?(?=[，,]|[全我本共各该有](?!年)|(?!度)[^，。；表颁授评为对向]{1,8}?(?:荣?获(?![悉知])|被评为|被授予|被命名)"
                        # (2024年医院门急诊量达到120万人次，全年获得…奖6项: the year opening a clause whose figures a later
                        # clause sums up over 全年, that year; not 2024年12月…, one day of it)
                        r"|(?!度|\d{1,2}月|[一二三四五六七八九十]{1,2}月)[^，。；“”「」]{1,30}?[，,]\s*(?:全年|年内))")
# A running year opening the count's clause or the one before it, the count's subject counted with 有 (全局今年共有300名
# 民警获得嘉奖; 今年以来，全局共有120名…; 今年有15名学生获得…): a tally of the period so far, no conferral of this event
# (GUIDELINES §5 sixteenth review round), unless the page links its honour to this event (_honour_linked).
# Only with a body named before or right after the year (全局今年共有…, 今年，全局共有…) or a stretch up to now (今年以来，
# …): a bare 今年共有45位人士获颁勋章 reports this year's list, the conferral itself.
_RUNNING_TALLY = re.compile(r"(?:^|[，,；;])\s*(?:(?:[^，。；\d]{1,8}?)今年(?:全年|上半年)?|今年以来[，,]?"
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
_SENTENCE_OPENING = re.compile(r"\s*(?:[^，。；“”「」]{1,16}?(?:指出|强调|表示|介绍|说|回顾|谈到|提到|认为)[，,：:]\s*)?")
# Another period opening the clause of a prize's winners chosen (去年“青年科技奖”共评出获奖者15名, 上届“…奖”评出获奖者…):
# winners of that period, not of this event (§5).
_OTHER_PERIOD_CHOSEN = re.compile("去年|前年|上一?年度?|上一?届|往年|历年|此前|过去")
# (荣立三等功: a merit won, like a prize: 去年入伍的15名新兵中，有3人荣立三等功)
_WON_IN_CLAUSE = re.compile("(?:获|荣获|获得|摘得|斩获|荣立)(?!得者|奖者)")
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
                              r"(?:[^，。；、：:\d]{0,8}?)(?:工作|情况|成绩|成效|成果)")
# A colon right after the review (刘洋在报告中总结了2025年工作：…): what follows in the sentence lists that period's work.
# (…工作情况：, …工作如下：: a few words closing the review's object before the colon)
_REVIEW_LISTED = re.compile(r"[\u4e00-\u9fff]{0,4}\s*[：:]")
# The year just past opening a sentence (一年来，…; 过去一年，…; 过去的一年里，…).
_YEAR_PAST_OPENING = re.compile(r"\s*(?:一年来|一年以来|过去一年|过去的一年)(?:里|中)?[，,]")
# Prizes won or honours received in the count's clause, either side of the count (全年获得…9项, 9名教师获评…, 受到省级表彰).
_WON_OR_RECEIVED = re.compile(f"{_RECEIVING}|摘得|斩获|受到[^，。；]{{0,6}}?表彰|(?<![颁授])获(?!得者|奖者)")
# A conferring verb in the active voice (表彰了, 为…颁奖, 授予…称号; not 被授予, 受到表彰, 获颁): this event confers.
# After a second count joined to the holders of an honour (…的6所学校和200名参赛选手颁发证书): people who only took
# part (参赛选手, 参展商, 观众) or the holders' representatives, no more holders of it; 优秀选手 are, and so are
# volunteers (…“优秀志愿服务奖”的3个团队及12名志愿者).
_NOT_SECOND_HOLDERS = (r"(?![^，。；\d]{0,6}?代表)"
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
_APPLIED_FOR = re.compile("(?:申报|申请|报请|提请|呈报|推荐|推选)(?![奖人者书表])")
# The counted holders described as applying for a quoted honour (12个申请“红旗党支部”称号的党支部, 8家正在申报“…”的企业): units
# only applying, nothing conferred on them, whatever is handed out in the sentence (GUIDELINES §5 sixteenth review round:
# only holders of the honour before 获得“…”称号的 count).
_APPLYING_AFTER_COUNT = re.compile(r"\s*(?:正在|已经?|拟|均已|都)?(?:申报|申请|报请|争创)[^，。；“”]{0,6}?[“「]")
_GRANTED_AFTER_APPLYING = re.compile("表彰|表扬|授予|追授|颁发|颁授|颁奖|命名|评为|评出|评选出|选出|记|嘉奖|荣获|获")

_CONFERRING_ACTIVE = re.compile("(?<![被获受到])(?:表彰|表扬|授予|颁发|颁授|颁奖|嘉奖|授牌)")
# The meeting reviewing a period's work is itself the conferring event: named so in the count's sentence or the one
# before (召开2024年度工作总结表彰大会。会议总结了…，30名优秀教师受到表彰; 召开年度总结表彰会，会议总结了…，20户家庭获评…;
# 召开…大会，表彰先进集体和先进个人。) — its honours, no period's tally (§5, the lead's ruling on cr9 1.1).
_CONFERRING_EVENT = re.compile("(?<![被获受到])(?:表彰|颁奖)")
# Honours received in the count's clause told as this meeting's own (…，10个单位获评“先进集体”; …，30名教师受到表彰),
# not a higher level's (受到省级表彰, 获评“全国文明单位”, 获得省级以上奖项: a tally of other bodies' honours).
_RECEIVED_HERE = re.compile("获评|受到表彰")
_HIGHER_LEVEL = re.compile("国家级|国家|全国|省部级|[省市]级|省委|省政府|市委|市政府|上级|中央")
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
_EARLIER_EDITION = re.compile(r"(?:^|(?<=[，,；;：:]))\s*(?:在|从|自|此|(?P<review>回顾)|该[\u4e00-\u9fff]{1,4}?)?"
                              r"(?:上一?届|前[两二三四五六七八九十几数]届|往届|历届)")
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
# (设立“园丁奖教金”20名: the scheme's word inside the marks, the places counted right after the closing one)
# (决赛设团体奖6个，个人奖20个: any prize counted right after its word, not a grade only, §5 tenth round; not 设计奖)
_SET_UP = re.compile("(?<![建开假预陈摆铺敷架])设(?:有|立|置)?(?=[一二三特优金银铜]|(?![在于计施备法想])[^，。；表评授颁获奖“”「」『』]{1,6}?奖[\\d一二三四五六七八九十两]|[“「『][^，。；”」』]{1,20}[”」』]"
                     "(?:等|[\u4e00-\u9fff]{0,4}?(?:奖学金|助学金|奖教金|奖助金|奖章|奖|荣誉|称号)(?:名额)?(?:共|各)?$)"
                     "|[“「『][^，。；”」』]{1,16}(?:奖学金|助学金|奖教金|奖助金)[”」』](?:名额)?(?:共|各)?$)")
# A verb of commending right before an offset (表彰了|评出…): the scope check of an honour's level.
_COMMENDED_BEFORE = re.compile("(?:表彰|表扬|评出|评选出)了?$")


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
# A whole place or body before a count or a category (全镇, 本市, 全公司, 全系统).
_WHOLE = r"(?:全(?:公司|集团|系统|行业|街道|社区|[国省市州县区镇乡村校院局厂行])|本(?:公司|[市州县区镇乡校院局]))"
# Holders named before 等 and the count after it (江城一中等5所先进学校, 西屯區公所等8個績優區公所): no part of the honour.
_HOLDERS_ETC = r"[^，。；\d“”「」、的和及与]{2,24}?等"
# The same below the nation (全县, 全市, 本校): a commendation's scope, never the start of an honour in its list.
_WHOLE_BELOW_NATION = _WHOLE.replace("[国省", "[省", 1)
# A scope word right after a count (50名全市优秀教师), below the nation; not before 级, where the place names the
# honour's level (20名全市级先进个人: 市级先进个人, no scope). One spelling for the item patterns and the check in
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
_CONFERRED_IN = re.compile("表彰|表扬|授予|追授|颁发|颁授|颁奖|评为|评选|评出|命名|嘉许|授勋")
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
# A character of an unquoted honour after its count, or a bracketed list of alternative units that belongs to it
# (对6个优秀县（市、区）和15个优秀市直单位予以通报表扬 → 优秀县（市、区） 6).
_COUNTED_HONOR_PIECE = r"(?:[^\W\d的、，。；]|（[\u4e00-\u9fff]{1,2}(?:、[\u4e00-\u9fff]{1,2}){1,3}）)"
# 前 right before a count (前八名, 前3名): the places at the top of a ranking, no count of those honoured; not 目前, 此前,
# 提前, 以前, 之前, 当前, 年前 (times).
# A count right after 来自 (共表扬来自29个乡镇的模范母亲88位): where the honoured come from, no honour's count (§5).
_ORIGIN_BEFORE = re.compile(r"来自(?:全[国省市县区镇]|各地?)?(?:共|约|近)?$")
_RANK_BEFORE = re.compile("(?<![目此提以之当年日月天])前$")
# The second unit of a count over bodies and people (各10个（名）).
_SECOND_UNIT = re.compile("[（(](?P<unit>[个名位人家])[）)]")
# A place or an event a count of winners won at (在省赛中, 于全国比赛上, 从省赛中, 在展会上): a win elsewhere, not a
# prize's just set up; not 在校, 在职 (the winners' own noun) nor 从众多候选人中 (chosen from the candidates).
_WON_ELSEWHERE = "[在於于][^，。；]{0,8}?(?:中|上|赛|会)|[从從][^，。；]{0,6}?(?:赛|会|展)"
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
_LINE_HONOR = (rf"(?P<honor>(?:[{_QUOTE_OPEN}][\u4e00-\u9fff\d]{{1,10}}[{_QUOTE_CLOSE}](?=[\u4e00-\u9fff]))?"
               r"[\u4e00-\u9fff]{2,16})")
# The number of a list line before its honour (一、, 1., （一）, (2)); the honour may sit in 【】 as a heading does
# (【先进集体】（8个）).
_LINE_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]\s*|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*)"
# What may stand between an honour and its count after it (先进党支部有6个, 先进集体达15个, 优秀员工共30名; 共计, 合计,
# 总计 and a bare 计 as well: “文明家庭”合计20户, 先进班组计7个, also as a later item after a comma).
_BEFORE_ITEM_COUNT = "共有|有|共达|共计|合计|总计|计|共|各|达到?"
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
_NOMINATED_AFTER = re.compile("候选|提名(?!奖)|表彰对象|推荐对象|人选")
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
_PINNED_MEDAL = re.compile("纪念章|勋章|奖章")
_TOTAL_BEFORE = re.compile("(?<![公（(中])共(?!产|青|建|享|同)|合计|总计|累计|各类")
# An item of a list with its own 共 after a sibling item's count (金莲花荣誉勋章4名，…，功绩奖章共18名): the count of that
# honour alone, no total over the items before it.
_ITEM_OWN_TOTAL = re.compile(r"[\d一二三四五六七八九十百千两]+[名个位人家所项户枚][，,、；;]\s*[^，,、；;\d和及与]{2,16}?共计?$")
# The count's item followed by a sibling in a 、-list (共表彰了优秀共产党员30名、优秀党务工作者10名…): the first item
# of the list that 共 opens, no total over the items after it, even when it happens to equal their sum.
_SIBLING_NEXT = re.compile(r"[^，,；;。、和及与]{0,16}、")
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
# A prize grade won in the count's clause (共获得一等奖2项、二等奖4项).
# (not 获颁金奖: conferred at a prize ceremony)
_GRADE_WON = re.compile(f"(?:获得|荣获|夺得|斩获|摘得|获(?![颁授评]))[^，。；]{{0,12}}?(?:{_PRIZE_GRADES})")
# A bare prize grade received right after the count (5名学生获一等奖, 3名选手获得国家金奖): with a contest named before the
# count it is the contest's result unless a conferral is reported (§5).
_GRADE_WON_AFTER = re.compile(rf"{NUM}[^，。；\d]{{0,12}}?(?:获得|荣获|夺得|斩获|摘得|获(?![颁授评]))了?"
                              rf"(?:国家级?|全国|[省市县区]级?)?(?:{_PRIZE_GRADES})(?=[，。；,;、和及]|$|的)")
# A future or proposed mark right before a conferring word (将被授予, 拟表彰).
_BEFORE_PLANNED = re.compile("(?:将|拟)被?$")
# 在…运动会上, 在…田径锦标赛中, 在…篮球联赛中: a sports meet framing where the prize grades after it were won (§5: a sports
# competition's results are no awards; other contests' grades told at a commendation meeting stay, 我校学生在全国大学生
# 数学建模竞赛中获国家一等奖2项, tests/extract/test_awards_review.py). A 锦标赛 is a sports championship in ordinary Chinese
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
_MERIT_LABEL = re.compile(f"有功(?:{_TW_MERIT_HOLDERS})")
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
# An unquoted category after a description of its holders ending in 的 (在疫情防控中表现突出的先进单位).
_DESCRIBED = re.compile("[^“”「」]{2,}的(?P<category>[^“”「」的]{3,})")
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
                                "|(?:(?<=[，。；、：\\s])|^|(?<=设立|设置|设有|颁发|发放|授予|获得)|(?<=设立了|设置了|颁发了|发放了|授予了|获得了))"
                                # (设立了新生奖学金: the aspect word after the verb is no part of the name)
                                "((?!了)(?:(?!设立|设置|设有|颁发|发放|授予|获得)[\u4e00-\u9fff]){2,10}?(?:奖学金|奖教金))")
# A time word before such a prize in its clause (今年该奖授予10名企业家): no part of the honour.
_TIME_BEFORE_THIS_PRIZE = re.compile("^(?:今年|本年度|当年|今年度|本届|此次|本次)(?=该|此|这|本)")
# (a prize name opening a clause or after its edition; not 市政府今天隆重举行科技进步奖…, a whole clause)
_NAMED_PRIZE = re.compile("(?:(?<=[，。；、：“「\\s])|^|(?<=届))[\u4e00-\u9fff]{2,10}?奖(?![金励品项])")

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
# The edition of a contest or the batch of a list before its quoted name (第十届“创青春”, 第三批“…”).
_EDITION = r"第[\d一二三四五六七八九十百]+[届批]"
# (二〇二三年度: the year in Chinese numerals, as a decision may write it)
_YEAR_PREFIX = r"(?:(?:(?:19|20)\d{2}(?:[-－—至](?:19|20)?\d{2,4})?|[一二][〇○零九][〇○零一二三四五六七八九]{2})学?年度?)"
# A year or 年度 opening an honour's title (年度卓越团队, 2024年度最佳新人): no word of the title itself.
_YEAR_OPENING = re.compile(rf"^(?:{_YEAR_PREFIX}|年度)")
# A school's class of a year (2024届毕业生, 2023级新生, 二〇二四届): the year the holders entered or leave, no part of
# the honour they receive (表彰了2024届优秀毕业生320名 → 优秀毕业生).
_CLASS_PREFIX = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[届级]"
# The same or a part of a year (上半年, 2024年第三季度, 一季度) before counts the commendation is for (对上半年20名…).
_PERIOD_PREFIX = rf"(?:{_YEAR_PREFIX}?(?:[上下]半年度?|第?[一二三四1-4]季度)|{_YEAR_PREFIX})"
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
    rf"|《关于(?:表彰|授予){_PERIOD_PREFIX}?(?P<decided>[^，。；,;：:的\d《》“”]{{2,30}}?)的决定》)(?=[，。；,;]|$)")
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


# Proposal words in the lead sentence of a list (现将拟表彰对象予以公示, 拟推荐名单如下, 候选对象, 公示期为5个工作日):
# candidates put forward, nothing conferred yet (§5); not 经公示无异议 (a notice closed before the conferral).
_LIST_PROPOSAL = re.compile("拟(?:于|向|对|为|表彰|授予|命名|推荐|评选|评出|评定|颁发|入选)|计划表彰|推荐为|推荐对象|(?:建议|推荐)名单|候选"
                             "|予以公示|进行公示|公示如下|公示期为|公示时间|现将[^。；\n]{0,30}?公示")
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
    return _LIST_PROPOSAL.search(text[lead_start : min(ends, default=len(text))]) is None


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
_RECEIVED_AFTER = "(?:受到|获得|得到|荣获|获|被)了?(?:通报)?(?:表彰|表扬|嘉奖)"
# The words that end every match of _CONFERRED_AFTER and _RECEIVED_AFTER: a text with none of them has no match of a
# pattern that must look ahead to one of those (a cheap test before the costly pattern).
_COMMENDED_WORDS = re.compile("表彰|表扬|嘉奖")
# The words of AwardExtractor.referred, its alternatives built from them: the verbs of conferring (after an optional
# 被) and of receiving before 这一/该/此 and the honour, the anaphoric 获此…, 榜上有名 and the words said of a list.
_REFERRED_CONFERRING = ("追授", "授予")
_REFERRED_RECEIVING = ("获授", "获颁")
_REFERRED_ON_LIST = ("上榜", "名列其中", "当选", "入选")
# The words one of which every match of AwardExtractor.referred holds: a text with none of them has no match.
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
# The header of a table flattened into text, its columns set apart by spaces (奖项　等级　数量, 荣誉名称 人数).
_TABLE_HEADER = re.compile(r"^\s*(?:(?:奖项|奖励|荣誉|称号|等级|等次|类别|名称|数量|人数|个数|项数|级别|备注)(?:名称|类别)?"
                           r"(?:[ \t\u3000]+|$)){2,5}\s*$")
# A list introduced by rewards given (…给予奖励。奖励情况如下：): a conferral, as 表彰 or 授予 is.
# (奖励情况如下： on a line of its own under …给予奖励。: the rewards listed)
_REWARD_GIVEN = re.compile("(?:给予|予以)(?:[^，。；]{0,6}?)奖励|^\\s*(?:获奖|奖励)(?:情况|结果|名单)如下[：:]")
# An introduction of a list that confers nothing (拟表彰名单如下：, …予以公示：, 全县累计表彰情况如下：, 候选名单).
_LIST_NOT_CONFERRED = re.compile(f"{_PLANNED.pattern}|公示|候选|推荐|累计|历年|共有|现有|已有")
#: An appointment word this close after the count and honour makes them a post given.
APPOINTED_WITHIN = 8
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
# Fixed patterns of AwardExtractor._add.
_AMONG_THEM_AHEAD = re.compile(r"\s*其中")
_YEAR_WORD_QUOTE = re.compile(r"学?年度?[“「『]")
_YEAR_WORD_PREFIX = re.compile(r"^学?年度?")
_QUOTED_JOINER = re.compile("[”」』][和及与、][“「『]")
_REPRESENTATIVE_ACTING = re.compile(r"代表(?![队团])[^，。；]{0,24}?(?:上台|领奖|颁|参加|出席|列席|参会)")
_REPRESENTATIVE_ON_STAGE = re.compile("代表[^，。；]{0,8}?(?:上台|领奖)")
_CONFERRING_PREFIX = re.compile(r"^[^“”「」]*(?:颁授|颁发|颁赠)了?(?=[^“”「」]{2})")
_HONOUR_FILLER_PREFIX = re.compile(r"^(?:其中|分别(?:为|是)|等|了|为|的|对(?![口外台内接标象])(?=.{3})|评选出|表彰|授予|(?:" + _ALL_KINDS + "){1,2}(?=.{2})|(?:表彰)?奖励(?=.{2}))")
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
_TITLE_OF_COUNT_AHEAD = re.compile(rf"(?:[\u4e00-\u9fff]{{0,4}}?{_HOLDER_HEAD})?(?:荣誉)?称号的(?:[^，。；“”「」\d]{{1,40}}?等)?{NUM}")
_REPRESENTATIVE_OR_NOMINATED = re.compile(f"代表|{_NOMINATED_AFTER.pattern}|{_COUNT_IN.pattern}")
# Fixed patterns of AwardExtractor._add, made of the module's constants.
_PRIZE_HOLDERS_TAIL = re.compile(f"(?<=奖)(?:{_PRIZE_HOLDERS})$")
# Fixed patterns of AwardExtractor._honor_like, made of the module's constants.
_HONOUR_LIKE_WORD = re.compile(
    "优秀|先进|模范|标兵|杰出|十佳|最美|金牌|劳模|有功|功绩|荣誉奖状|绩优|勋章|星章|奖章|纪念章|奖$|奖[学教]金|助学金|称号|示范|标杆|表扬"
    f"|骨干|能手|名师|带头人|工匠|英雄|楷模|之星|三好|嘉许状|{_PRIZE_GRADES}|年度人物|感动|好人好事|优良"
    # (纳税大户: firms commended for the taxes they pay; 专精特新: the state's designation of small firms;
    # 种粮大户 and the like only in a commended list, _LEADING_HOUSEHOLD)
    "|文明|红旗|星级|五好|巾帼|先锋|诚信|守合同重信用|重合同守信用|纳税大户|专精特新|平安(?:家庭|单位|村|社区|校园|医院|网点|工地)|优质(?:工程|结构)|精品工程|卫生(?:村|户|单位|乡镇|城市)|和谐|突出贡献|特殊贡献|好人|满意"
    "|^好(?:媳妇|婆婆|公婆|儿女|邻居|家风|少年)"
    # (孝亲家庭, 孝心少年, 孝老爱亲之家: honours of filial care that Taiwan and mainland bodies commend, like 好媳妇)
    "|^孝(?:亲|老|行|心|德)"
    # (县级“四强”党支部, “双强”党组织: the party's designation of branches strong in two to five ways, §5)
    "|[双二三四五]强(?=[\u4e00-\u9fff]{0,2}(?:党组织|党支部|支部|党委|党总支))"
    # (not 获奖学生, 得奖义工: winners described, no prize named)
    # (金质奖团队10队, 金塔奖团体3个: teams named by the prize they won, counted as the prize's holders)
    # (特优32件、优等15件, 特优团体2队: Taiwan's prize grades, written without 奖, whole as the honour)
    "|^(?:特优|优等|甲等|乙等|佳作)(?:团体|团队)?$"
    "|(?<![获得])奖(?:教师|老师|学生|义工|志工|团队|团体|班组)$"  # 师铎奖教师: the prize's holders
)


class AwardExtractor:
    def __init__(self, lex: Lexicons) -> None:
        p = lex.patterns
        self.context = re.compile("|".join(map(re.escape, p["award_context"])))
        self.person_units = tuple(p["person_units"])
        units = "|".join(map(re.escape, sorted(p["person_units"] + p["org_units"], key=len, reverse=True)))
        self._unit_words = tuple(w for w in p["person_units"] + p["org_units"] if w)
        heads = "|".join(map(re.escape, sorted(p["honor_heads"], key=len, reverse=True)))
        # (先进村20个: a short head ends an honour only right before its count)
        heads_before_count = "|".join(map(re.escape, sorted(
            p["honor_heads"] + p["honor_heads_before_count"]["words"], key=len, reverse=True)))
        starts = "|".join(map(re.escape, sorted(p["honor_starts"], key=len, reverse=True)))
        standalone = "|".join(map(re.escape, sorted(p["honor_standalone"]["words"], key=len, reverse=True)))
        self._standalone = frozenset(p["honor_standalone"]["words"])
        # 为/向6名「50年以上党龄」老党员代表颁发了「光荣在党50年」纪念章: the honour is what is handed over.
        # (为在2025届高考中作出突出贡献的20名教师颁发了“…奖”: a clause describing the holders, closed by 的, may run longer
        # than a list closed by 等)
        self.conferred = re.compile(
            rf"(?:为|向|给)(?:[^，。；“”「」]{{0,12}}?等|[^，。；“”「」]{{0,20}}?的|全[市县区校省院]|全体|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{1,4}}?)?(?P<n>{NUM})(?P<unit>{units})"
            # (为1个集体和4名个人颁发了“嘉奖令”: bodies and people counted apart, the same honour for both)
            rf"(?:[^，。；“”「」\d]{{0,6}}?[和及与、](?P<n2>{NUM})(?P<unit2>{units}))?[^，。；]{{0,24}}?(?:颁发|颁授|授予|(?P<pinned>佩戴|戴上))了?"
            rf"{_QUOTED_HONOR}{_AFTER_QUOTE}"
        )
        # 向运动员甲等廿八名人士和实体颁授勋章、奖章和奖状: the same without quote marks, the honour
        # running to the end of the clause and ending in a medal or certificate word.
        self.conferred_plain = re.compile(
            # (向共320名人士颁授…: 共 before a total)
            # (向廿八名人士及五个实体颁授…, 向42名个人及8个团体颁授勋章: a count of bodies joined after the count of
            # people, the same honours)
            # (为辖区内9名老党员颁发纪念章: a short scope before the count, as in the quoted form)
            # (另向35名人员颁发第一勋扣、10名人员颁发第二勋扣: a later conferral joined by 、 right after the honour of
            # one, its own count and verb, 为/向 written once or again)
            rf"(?:(?:为|向|给)(?:[^，。；“”「」]{{0,20}}?等|全[市县区校省院]|全体|合?共|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{1,4}}?)?"
            rf"|(?<=[章扣状许奖衔牌杯书]、)(?:另?(?:为|向|给))?)"
            rf"(?P<n>{NUM})(?P<unit>{units})"
            rf"(?:(?:人士|(?<=[名位])个人)(?:及|和|与)(?P<n2>{NUM})(?P<unit2>{units}))?(?P<between>[^，。；“”「」]{{0,12}}?)(?:颁发|颁授|追授|(?P<handed>发放))了?"
            # (为3600名学生发放国家励志奖学金: a named scholarship handed out, as with 颁发, §5 tenth round; 发放 of anything
            # else is money or aid handed out, AwardExtractor.__call__)
            # (为8位教师颁发师铎奖: a prize named by its own word; 向共320名人士颁授勋衔或嘉奖: ranks or commendations,
            # the day's total, its alternatives joined by 或)
            # (向三十名人员颁发长期服务奖章及向五名人员颁发卓越奖章: the honour ends before the next conferral joined by
            # 、/及/和, never across its verb)
            r"(?P<honor>(?:(?!颁发|颁授|追授)[\u4e00-\u9fff、和及或]){0,20}?(?:勋章|星章|奖章|勋扣|奖状|嘉许状|嘉许|嘉奖|勋衔|纪念章|奖牌|奖杯|荣誉证书|证书|(?<=[\u4e00-\u9fff]{2})奖[学教]金|(?<=[\u4e00-\u9fff]{2})奖"
            # (向共三十八个个人及团体颁授勋章、奖章和荣誉称号: titles of honour listed last after medals, Macau's day)
            r"|(?<=[章状][、和及])荣誉称号|(?:荣誉|名誉)(?:博士)?学位))"
            rf"(?=[，。；,;]|$|(?:、|以及|及|和|并)(?:另?(?:为|向|给))?{NUM}(?:{units})[^，。；“”「」]{{0,12}}?(?:颁发|颁授|追授)"
            # (为326名优秀新生发放奖学金共计980万元: the money's total right after what is handed closes the item)
            r"|(?:共计|合计|总计|共)?(?:约|达)?[\d.]+[万亿]?元)"
        )
        # 为6名“光荣在党50年”的老党员颁发纪念章: the quote qualifying the recipients names the medal handed over
        # (§5, as in 为9名老党员颁发“光荣在党50年”纪念章).
        self.conferred_token = re.compile(
            rf"(?:为|向|给)(?:全[市县区校省院]|全体|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{1,4}}?)?(?P<n>{NUM})(?P<unit>{units})"
            rf"{_QUOTED_HONOR}的?[^，。；“”「」\d]{{0,8}}?(?:颁发|颁授)了?"
            r"(?P<token>纪念章|勋章|奖章)(?=[，。；,;]|$)"
        )
        # 向30名优秀护理员颁奖 / 为12名杰出青年颁发奖项: the recipients' honour, then the presentation.
        self.conferred_prize = re.compile(
            # (协会为今年评出的20名优秀会员颁奖, 为新当选的10名…: a clause describing them before the count, closed by 的)
            rf"(?:为|向|给)(?:全[市县区校省院]|全体|[^，。；“”「」\d一二三四五六七八九十百千两廿卅]{{2,12}}?的)?(?P<n>{NUM})(?P<unit>{units})"
            # (为十五个先进集体、三十名先进个人颁奖: a second count in Chinese numerals opens the next item, as 30名 does)
            rf"(?P<honor>(?:(?![、和及与]{NUM}(?:{units}))[^，。；“”「」\d的]){{2,12}}?)"
            # (为24名国家奖学金获得者、296名国家励志奖学金获得者颁奖: a second count of holders of another prize before
            # the one presentation, each count its own honour, §5)
            rf"(?:(?:、|和|及|以及)(?P<n2>{NUM})(?P<unit2>{units})(?P<honor2>[^，。；、“”「」\d的和及]{{2,12}}?))?"
            r"(?:颁奖|颁发了?(?:奖项|奖励|奖品|荣誉))(?=[，。；,;]|$)"
        )
        # 授予甲等384名同志、追授乙等16名同志“全国优秀共产党员”称号: two counts, one honour.
        self.paired = literal_gated(re.compile(
            rf"(?P<n>{NUM})(?P<unit>{units})(?:同志|人士)?、(?:追授|授予|表彰)[^。；“”「」、，]{{0,12}}?等?"
            rf"(?P<n2>{NUM})(?P<unit2>{units})(?:同志|人士)?{_QUOTED_HONOR}{_AFTER_QUOTE}"
        ))
        # 分别授予15个县区、30个市直部门“…”称号 / 授予甲村等5个村、乙社区等3个社区“…”称号: two counts of recipients, each
        # with its own noun or names before 等, joined by 、 as the objects of one 授予, then one honour (§5: one record
        # per stated count, the same honour).
        recipients = r"[^，。；、“”「」\d（）()]{0,6}?(?:（[\u4e00-\u9fff、]{1,6}）)?"
        # (授予41个集体和76名个人“…”称号: the two counts joined by 和/及/与 as well)
        self.paired_granted = literal_gated(re.compile(
            rf"(?:分别)?(?:授予|追授)(?:[^，。；、“”「」\d]{{1,12}}?等)?(?P<n>{NUM})(?P<unit>{units}){recipients}(?:、|和|及|与)"
            rf"(?:[^，。；、“”「」\d]{{1,12}}?等)?(?P<n2>{NUM})(?P<unit2>{units}){recipients}"
            rf"{_QUOTED_HONOR}{_AFTER_QUOTE}"
        ))
        # 41个集体和76名个人被授予“…”称号 / 5个集体、12名个人荣获“…”称号: two counts of recipients, each with its own
        # noun, joined as the subject of one passive or receiving verb, then one honour (§5: one record per stated count,
        # the same honour); not before a second quoted honour (…获得“甲”和“乙”称号: paired in order below) or a noun, nor with
        # 分别/各 (the counts shared out over several honours).
        holders = r"(?:(?!分别|分获|各)[^，。；、“”「」\d和及与])"
        self.paired_received = literal_gated(re.compile(
            rf"(?P<n>{NUM})(?P<unit>{units}){holders}{{0,6}}?(?:、|和|及|与)(?P<n2>{NUM})(?P<unit2>{units}){holders}{{0,6}}?"
            rf"(?:被(?:授予|追授|评为|命名为)|荣获|获评|获得|获授|获颁|{_GIVEN_OUT})了?{_YEAR_PREFIX}?{_LEVEL_WORD}?"
            rf"{_QUOTED_HONOR}"
            # (the quote closing the clause or before 称号: not …获得“平安校园”宣传资料, a thing handed out)
            rf"(?=(?:荣誉|光荣)?称号|[，。；,;]|$){_AFTER_QUOTE}"
        ))
        # 授予2项成果省科学技术重大贡献奖 / 授予“甲”等8项成果特等奖、20项成果一等奖: a prize or its grade conferred on a
        # count of works (成果, 项目, 论文, 作品), named after them and closing the clause (§5: one record per grade; the
        # titles listed before 等 are the works, no honour).
        self.works_granted = re.compile(
            rf"(?:(?:授予|追授)(?:[^，。；]{{1,40}}?等)?|(?<=奖、))(?P<n>{NUM})(?P<unit>项|篇|件|部)"
            r"(?:科技成果|科研成果|教学成果|成果|项目|论文|作品|课题)"
            r"(?P<honor>[^\W\d的并后和及与、]{0,16}?奖)(?=[，。；,;、]|$)"
        )
        # (…奖金奖的126人、银奖的210人: a bare grade after the count of a prize's grade, 的 between or not)
        self._elided_grade = re.compile(
            rf"[、和及](?P<grade>{_PRIZE_GRADES})的?(?P<n>{NUM})(?P<unit>{units})"
            r"(?=[、和及，。；,;]|$|进行|予以|给予|受到|颁|授)")
        self.grades_each = re.compile(rf"(?P<grades>[一二三四五特](?:[、和及][一二三四五特])+)等奖各(?P<n>{NUM})(?P<unit>{units})")
        # 4人获颁最高荣誉的大紫荆勋章 / 有14人获得金紫荆星章: count, a receiving verb, the honour.
        # (共有六十名地區人士及十五個團體獲頒嘉許狀: two counts joined before the verb, one honour)
        self.received = re.compile(
            rf"(?:(?P<n0>{NUM})(?P<unit0>{units})[^，。；、\d及和与获奖章]{{0,6}}?(?:及|和|与|、))?"
            # (36名在读博士、硕士生日前获得…奖学金: the recipients described, a list of kinds allowed)
            rf"(?P<n>{NUM})(?P<unit>{units})(?:(?:[^，。；、\d]|、(?![^，。；]{{0,6}}?{NUM})){{0,12}}?"
            # (12名服務時數超過一千小時的義工獲頒金獎: a longer description closed by 的 and the holders' noun, another
            # number inside it but no count of holders)
            rf"|(?:(?!{NUM}(?:{units}))[^，。；、]){{2,24}}?的[^\W\d的]{{1,6}}?)"
            # (46名警员获颁发卓越服务奖章: 获颁发 whole, its 发 not left on the honour)
            rf"(?:获颁发|获颁授|获颁|{_GIVEN_OUT}|获授|获追授|获得(?!者)|荣获|获(?![评选]|得者))(?:[^，。；]{{0,8}}的)?"  # (获评…称号: read below)
            # (二百五十名义工获颁金状: Hong Kong's gold, silver and bronze volunteer awards; “红领巾奖章”金章，12名获得银章: a
            # metal grade of a medal, named by _add from the medal just before)
            # (not 奖杯和奖金: prize money, no prize named)
            # (7个集体获省工人先锋号: the union's honour of teams, named …号 like the youth league's 青年文明号)
            # (共有320人获授勋衔或嘉许: ranks of honour or commendations, the day's total, not 授勋 cut off)
            # (三百人获颁勋章、奖章及奖状: the day's medals and certificates listed, one count over them all, §5)
            # (十名人员获颁第二勋扣: a clasp added to a long-service medal)
            rf"(?P<honor>{_HONOR_CHARS}{{0,14}}(?:勋章|星章|奖章|纪念章|称号|奖状|嘉许状|奖[学教]金|助学金|奖(?![金品])|(?<=[金银铜])[状章]|先锋号|文明号|勋扣)"
            # (45位人士获颁勋章、奖章和荣誉称号: Macau's medals and titles of honour listed, one count over them all)
            # (共有二百名人士获颁授勋衔或获嘉许, …获颁勋章或获嘉许: the receiving verb said again after the join, one
            # count over both, the whole phrase, §5, never a cut part)
            rf"(?:[、及和或]{_REPEATED_RECEIVING}?(?:(?![获颁授\d])[^\W的并后，。；]){{0,10}}?(?:勋章|星章|奖章|奖状|嘉许状|荣誉称号)(?![\u4e00-\u9fff])"
            rf"|[及或和]{_REPEATED_RECEIVING}?嘉[许奖](?!状))*"
            # (获嘉许为「长者服务义工」: commended as the quoted honour, read by quoted_after_count, not 嘉许 alone)
            rf"|授勋(?:[及或和]{_REPEATED_RECEIVING}?嘉许)?|勋衔(?:[及或和]{_REPEATED_RECEIVING}?嘉许)?|嘉许(?!为)"
            # (15名市民获得此项荣誉: an honour named before, §5 tenth round)
            # (not 获此殊荣, 获此荣誉: read by AwardExtractor.referred, its tallies set apart)
            # (有10人获得这一荣誉, 这一荣誉称号: 这一 with no 项 between as well)
            rf"|(?:(?:该|此|这一?)项|该|这一)(?:荣誉称号|荣誉|殊荣)(?![\u4e00-\u9fff]))"
        )
        # 另有20人分别获颁专业、工商、教育等各类功绩勋章: the honour after 等/各类 ending the list.
        self.received_listed = literal_gated(re.compile(
            rf"(?P<n>{NUM})(?P<unit>{units})[^，。；、\d]{{0,8}}?(?:获颁发|获颁授|获颁|{_GIVEN_OUT}|获授|获得|荣获)[^，。；]{{0,30}}?(?:等|各类)+"
            rf"(?P<honor>{_HONOR_CHARS}{{1,10}}(?:勋章|星章|奖章|纪念章|奖状|奖))"
        ))
        # 其中包括三名大紫荆勋章获授人士: a count, a medal, then those it was conferred on (Hong Kong's honours lists); not
        # 获得者 or 得主, which describe holders of earlier prizes as often (3名诺贝尔奖获得者出席).
        self.count_holders = literal_gated(first_char_gated(
            rf"(?P<n>{NUM})(?P<unit>{units})(?P<honor>{_HONOR_CHARS}{{1,14}}?(?:勋章|星章|奖章|纪念章|奖状|嘉许状|奖))"
            r"(?:获授|获颁)人士"
        ))
        # 银莲花荣誉勋章也只有一位获得 / 获颁铜紫荆星章的有12人: the honour, then how many received it.
        self.had_count = literal_gated(re.compile(
            rf"(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|纪念章|奖|称号))(?:也|则|共|今年|今年度)?"
            rf"(?:只有|仅有|共有|有)(?P<n>{NUM})(?P<unit>{units})(?:人士)?(?:获得|获颁|获授|获奖|获此)"
        ))
        self.received_then_count = re.compile(
            rf"(?:获颁|获得|获授|荣获)(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|纪念章|奖|称号))的(?:共)?有(?P<n>{NUM})(?P<unit>{units})"
        )
        # 获评全省优秀共青团员的有25人 / 荣获市级三好学生称号的有8人: an unquoted honour received, then how many have it
        # (read only when the phrase reads as an honour, _honor_like: not 获得表彰的有30人).
        self.received_plain_then_count = re.compile(
            rf"(?:获评|被评为|荣获|获得|获颁授?|获授)(?P<honor>{_HONOR_CHARS}{{2,16}}?)(?:荣誉)?(?:称号)?的(?:共有|共计|共|有)"
            rf"(?P<n>{NUM})(?P<unit>{units})"
        )
        # A line that is one honour and its count (大紫荆勋章：4人, 一、先进集体（5个）, “优秀共产党员”（20名）).
        # (表彰名单如下：优秀共产党员（20名）：张三、李四……: the bracketed count heads the names after a colon, the
        # list opened by 如下：)
        self.line_count = re.compile(
            # (一、“五好”家庭（10户）: an honour quoted only in its qualifying word heads the line as well)
            rf"^\s*(?:[^\n：:“”「」]{{0,10}}如下[：:]\s*)?{_LINE_NUMBER}?[{_QUOTE_OPEN}【]?"
            rf"{_LINE_HONOR}[{_QUOTE_CLOSE}】]?"
            rf"(?:[：:]\s*(?:共)?(?P<n>{NUM})(?P<unit>{units})\s*[。；;]?\s*$|[ \t\u3000]*[（(](?:共)?(?P<n2>{NUM})(?P<unit2>{units})[）)](?:\s*[。；;]?\s*$|[：:]))"
        )
        # A line that is only a count, perhaps in brackets (（5个）, 三名, 共20名): the second half of a list row broken in two.
        self.count_only_line = re.compile(rf"\s*[（(]?(?:共|计)?{NUM}(?:{units})[）)]?\s*[。；;]?\s*$")
        # The count closing a section of a list under its honour's heading, after the holders' names (一、先进集体 /
        # 办公室、财务科… / 共10个; …人事科等，共10个; （共25名）; 张三、李四等25名同志): a total after 共, 计 or 合计, or
        # after the names and 等, the holders' noun perhaps after it.
        self.closing_count = re.compile(
            rf"(?:[^\n]*?等[，,]?|(?:[^\n]*?[，,、])?\s*[（(]?(?=共|计|合计))\s*(?:共|计|合计)?"
            rf"(?P<count>{NUM}(?:{units}))(?:单位|集体|同志|个人|人)?[）)]?\s*[。；;]?\s*$"
        )
        # The same line with the count right after the honour or after a space or tab (一、优秀教师120名, 1.优秀教师 120名；,
        # 优秀教师\t120名), or a row of a table (| 优秀员工 | 45名 |): read only inside a list that a conferral introduces
        # (_list_introduced), for such lines also make up tables of other things.
        self.list_line = re.compile(
            rf"^\s*(?:\|\s*)?{_LINE_NUMBER}?[{_QUOTE_OPEN}【]?{_LINE_HONOR}[{_QUOTE_CLOSE}】]?"
            # (市科技进步奖　一等奖　12项, | 市科技进步奖 | 二等奖 | 28项 |: the prize's grade in a column of its own)
            rf"(?:(?:\s*\|\s*|[ \t\u3000]+)(?P<grade>{_PRIZE_GRADES}))?"
            rf"(?:\s*\|\s*|[ \t\u3000]+)?(?:共)?(?P<n>{NUM})(?P<unit>{units})\s*(?:\|\s*)?[。；;]?\s*$"
        )
        # 获评“省级优秀教师”称号的有8人: a quoted honour, then those who have it.
        self.quoted_then_had = re.compile(
            # (荣获“…”称号的单位共8家: the holders named after 的)
            # (获得“光荣在党50年”纪念章的老党员共30名: the token's noun after the quote, read into the honour by _add)
            # (荣获市级“三好学生”的有8人, 獲頒「榮譽勳章」的有30人: a level before the mark, dropped as after 获评)
            # (授予“光荣在党50年”纪念章的老党员共32名, 被授予“…”称号的同志有12名: those it was conferred on, counted after)
            rf"(?:获评|被评为|荣获|获得|获颁授?|获授|被?授予){_LEVEL_WORD}?{_QUOTED_HONOR}"
            r"(?:荣誉)?(?:称号|纪念章|勋章|奖章)?的"
            r"(?:(?:老)?(?:单位|集体|个人|同志|人员|企业|学校|党组织|党支部|教师|学生|同学|干部|职工|党员)?(?:共有|共计|共|有)"
            r"|(?:老)?(?:单位|集体|个人|同志|人员|企业|学校|党组织|党支部|教师|学生|同学|干部|职工|党员)(?=[\d一二三四五六七八九十两]))"
            rf"(?P<n>{NUM})(?P<unit>{units})"
        )
        # 「卓越服务金质奖章」则只颁予一人: a quoted honour handed to a count.
        self.quoted_handed_to = re.compile(
            # (頒發「師鐸獎」給12位優良教師, 頒發「績優志工」獎給35位志工: Taiwan copy hands it 给 them)
            rf"{_QUOTED_HONOR}(?P<tail>奖牌|奖状|奖)?(?:则|亦|也|共)?(?:只|仅)?"
            rf"(?:颁予|授予|颁授予|(?<=[」』”牌状奖])给(?=[^，。；]{{0,4}}?{NUM}))[^，。；\d一二三四五六七八九十]{{0,4}}?"
            rf"(?P<n>{NUM})(?P<unit>{units})"
        )
        # 大紫荆勋章颁授予五人 / 行政长官社区服务奖状颁授予一百二十名人士: an unquoted decoration opening its clause, handed
        # to a count closing it (an honours list's lines); not 该奖授予3人 (a prize named before) nor 今年的…勋章 (over 的).
        self.plain_handed_to = re.compile(
            rf"(?:(?<=[，。；：:\n])|^)\s*(?!该|此|这|本)(?P<honor>(?:(?!的)[\u4e00-\u9fff]){{2,16}}?(?:勋章|星章|奖章|奖状|嘉许状|奖牌))"
            rf"(?:则|亦|也|共)?(?:只|仅)?(?:颁予|颁授予|授予)(?P<n>{NUM})(?P<unit>{units})[^，。；\d、和及与]{{0,4}}?(?=[，。；,;]|$)"
        )
        # 服务年资嘉许状：甲、乙等十二名…: a list line headed by the honour, closed by a count.
        self.labelled_list = re.compile(
            rf"^\s*(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|嘉许状|纪念章|奖|称号))[:：][^。\n]{{0,120}}?等(?P<n>{NUM})(?P<unit>{units})"
        )
        # 命名…等42个党支部为2023年度市直机关“五星级”党支部: those named to an honour.
        self.named_to = re.compile(
            # (确定12个乡镇为2024年度市级“…”示范乡镇, 认定…为…: a designation, read as 命名 is)
            rf"(?:命名|认定|确定)[^，。；“”「」]{{0,20}}?(?P<n>{NUM})(?P<unit>{units})[^，。；“”「」\d]{{0,8}}?为[^，。；“”「」]{{0,16}}?"
            rf"{_QUOTED_HONOR}{_AFTER_QUOTE}"
        )
        # (批准命名甲镇工贸小区等60个乡镇企业小区为第二批全国乡镇企业示范区: the same designation of an unquoted honour closing
        # the clause, which must read as one, _honor_like; the batch before it is no part of its name)
        self.named_to_plain = re.compile(
            rf"(?:命名|认定|确定)[^，。；“”「」]{{0,20}}?(?P<n>{NUM})(?P<unit>{units})[^，。；“”「」\d]{{0,8}}?为(?:{_EDITION})?"
            r"(?P<honor>[^，。；“”「」\d的为]{3,20}?)(?=[，。；,;]|$)"
        )
        # 分别授予3个单位和12名个人“甲”和“乙”称号 / 授予20个党组织、85名党员和15名党务工作者“甲”“乙”“丙”称号: counts,
        # then as many quoted honours, paired in order (with or without 分别; counts and honours differing in number
        # give nothing).
        # (分别授予张三等5名同志、李四等3名同志“甲”“乙”称号: holders named before each count's 等)
        # (one count and its holders' noun, 3个单位, 12名个人: an item of the counts listed before or after the honours)
        join = _JOINING.pattern  # (和, 及, 与 or 、 between two items)
        count_item = rf"{NUM}(?:{units})[^，。；“”「」\d、和及与]{{0,6}}?"
        counted = rf"(?:[^，。；“”「」\d、]{{1,12}}?等)?{count_item}"
        quoted_run = rf"(?P<honors>(?:[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n]{{2,30}}[{_QUOTE_CLOSE}]{join}?){{2,4}})"
        # (分别授予10个单位和30名个人先进集体和先进个人称号: the honours unquoted, each opening on a start word, joined
        # by 和 or 、 before 称号: paired in order as quoted ones are)
        plain_item = "[^，。；“”「」\\d和及、与]{2,12}?"
        plain_run = rf"(?P<plain>(?:{starts}){plain_item}(?:{join}(?:{starts}){plain_item}){{1,3}})(?:荣誉)?称号"
        self.counts_then_honors = re.compile(
            rf"(?:分别)?(?:授予|追授|评为|命名为?|表彰为?)(?P<counts>(?:{counted}{join}){{1,3}}{counted})(?:{quoted_run}|{plain_run})")
        # 对获得“甲”“乙”“丙”称号的15个党组织、60名党员和12名党务工作者进行表彰: quoted honours received, then as
        # many counts of their holders, paired in order (a scope or a year may stand before the first quote).
        self.honors_then_counts = re.compile(
            rf"(?:获得|荣获|获评|获颁)[^，。；“”「」\d]{{0,4}}?{_YEAR_PREFIX}?"
            rf"{quoted_run}(?:荣誉)?(?:称号)?的(?P<counts>(?:{count_item}{join}){{1,3}}{NUM}(?:{units}))")
        # 授予“体育突出贡献奖”运动员40名、教练员15名: one quoted prize conferred, then its holders in two or more groups,
        # each with its own count (§5: one record per stated count, the same honour, as for 授予甲等…、追授甲等…); the
        # groups are no part of the prize's name. (One group alone, 表彰了“…奖”企业10家, is read as before, the holders
        # kept with the name: tests/extract/test_review_f53_s52.py.)
        self.quoted_for_groups = re.compile(
            rf"(?:授予|追授|颁发|颁授|表彰|表扬)了?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。；]{{2,30}}?(?:奖|勋章|奖章|奖状))"
            rf"[{_QUOTE_CLOSE}](?:荣誉)?(?:称号)?(?P<groups>(?:[\u4e00-\u9fff]{{1,6}}?{NUM}(?:{units})[、和及与]){{1,4}}"
            rf"[\u4e00-\u9fff]{{1,6}}?{NUM}(?:{units}))(?=[，。；,;]|$)"
        )
        self._group_count = re.compile(rf"(?P<who>[\u4e00-\u9fff]{{1,6}}?)(?P<n>{NUM})(?P<unit>{units})")
        # 100家单位和100名个人分别荣获“三下乡”先进集体、先进个人称号: counts, then as many honours
        # paired in order (a quoted prefix of the first belongs to the second too).
        # (对10个党组织和30名党员分别授予“甲”和“乙”称号, 15名党员和8名党务工作者分获“甲”和“乙”称号)
        self.respectively_received = literal_gated(first_char_gated(
            rf"(?P<counts>(?:{NUM}(?:{units})[^，。；“”「」\d]{{0,6}}?[和及、与]){{1,3}}{NUM}(?:{units}))[^，。；“”「」\d]{{0,6}}?"
            # (10个集体和25名个人被授予“先进集体”“先进个人”称号: without 分别 only when each honour's name shows the
            # kind of its count, in order)
            r"(?:分别(?:荣获|获得|获评|被授予|被评为|被命名为|授予|颁授|命名为)|分获|(?P<plain>荣获|获得|获评|被授予|被评为|被命名为))了?"
            r"(?P<honors>[^，。；]{2,60}?)"
            # (…分别获评“甲”和“乙”。: quoted honours need no 称号 after them; 被评为先进集体和先进个人。 nor unquoted
            # ones closing the clause)
            rf"(?:(?:荣誉|光荣)?称号|(?<=[{_QUOTE_CLOSE}])(?=[，。；,;]|$)|(?<=[\u4e00-\u9fff])(?=[，。；,;]|$))"
        ))
        # 对…的8个集体和20名个人予以表彰，分别授予“甲”和“乙”称号 / 表彰了…的12名干部群众，授予其“甲”称号 /
        # 8个集体和20名个人受到表彰，被授予“甲”和“乙”称号:
        # the counts in one clause, the honours conferred on them in the next.
        self.granted_them = literal_gated(first_char_gated(
            rf"(?P<n>{NUM})(?P<unit>{units})[^，。；“”「」\d]{{0,6}}?(?:[和及、与](?P<n2>{NUM})(?P<unit2>{units})[^，。；“”「」\d]{{0,6}}?)?"
            # (对…的5名运动员给予通报表彰，授予“体育突出贡献奖”)
            rf"(?:予以|进行了?|给予了?)?(?:通报)?(?:表彰|表扬|嘉奖)?[，,](?:并)?(?P<each>分别)?被?(?:授予|追授)(?:其|他们|她们|其中)?"
            # (授予他们县级“青年岗位能手”称号: the honour's level before its quote)
            r"(?:[省市县区镇]级|国家级)?"
            rf"{_QUOTED_HONOR}"
            rf"(?:[和及、与]?{_QUOTED_HONOR.replace('?P<honor>', '?P<honor2>')})?"
        ))
        # 受到表彰的先进集体和先进个人分别为10个和30名 / 表彰先进基层党组织、优秀共产党员、优秀党务工作者分别为
        # 10个、30名、8名: honours, then their counts in order.
        self.respectively_counts = re.compile(
            # (表彰的“甲”“乙”“丙”分别为…: quoted honours side by side, no mark between them)
            # (表彰了先进集体和先进个人，分别为10个和25名 / …各10个、25名 / 表彰先进集体和先进个人10个、25名: the link
            # after a comma, 各 or none, read only when each honour's name shows the kind of its count, in order)
            r"(?P<honors>[\u4e00-\u9fff“”「」]{2,24}?(?:(?:[和及、与]|(?<=[”」])(?=[“「]))[\u4e00-\u9fff“”「」]{1,16}?){1,4})"
            r"(?:分别(?:为|是|有|达)|(?P<loose>[，,]分别(?:为|是|有|达)|各|))"
            rf"(?P<counts>{NUM}(?:{units})(?:[和及、与]{NUM}(?:{units})){{1,4}})"
        )
        # Every match of respectively_counts holds a unit word right before a link mark (its counts group: a count, a
        # unit, then [和及、与] and the next count): a sentence with none has no match, and the pattern, whose lazy run
        # of honours opens at every Chinese character, is not tried there.
        self._unit_then_link = re.compile(rf"(?:{units})[和及、与]")
        self._count = re.compile(rf"(?P<n>{NUM})(?P<unit>{units})")
        # 授予装卸一队等10个集体…, 表彰了机务3队党支部等5个集体: a numeral and a unit inside a recipient's name, listed
        # before 等 and the count; the name's numeral is no count (§5: the count is the one after 等)
        # (gated: substituted in every sentence, and it opens with a look-behind)
        self._name_numeral = first_char_gated(
            rf"(?<=[\u4e00-\u9fff])(?:[一二三四五六七八九十]{{1,3}}|\d{{1,2}})(?=(?:{units})[^\W\d和及与、]{{0,6}}?等{NUM}(?:{units}))")
        # 分别评选出一、二、三等奖5名、10名、15名: grades, then their counts in order.
        self.grades_counts = re.compile(
            rf"(?P<grades>[一二三四五特](?:[、和及][一二三四五特])+)等奖(?:各|分别)?(?:评出|评选出|决出|产生)?"
            rf"(?P<counts>{NUM}(?:{units})(?:[、和及]{NUM}(?:{units}))+)")
        # 授予12名同志市级优秀共产党员称号: the honour unquoted before 称号.
        # (授予十名同志优秀公务员称号、五个单位先进集体称号: a later grant of the list, its 授予 not repeated)
        self.titled_plain = re.compile(
            rf"(?:授予|追授|(?<=称号[、和及与])|(?<=称号以及)){_RECIPIENTS_BEFORE_COUNT}(?P<n>{NUM})(?P<unit>{units})(?:同志|人士|党员|教师|干部|职工|个人|学生|班组|单位|集体|企业|家庭|学校|党组织|党支部|团队|部门|社区"
            # (授予三十个村党组织县级先进基层党组织称号: other recipients, told from the honour by its level)
            rf"|[\u4e00-\u9fff]{{0,6}}?{_RECIPIENT_HEAD}(?={_LEVEL_OPENING}))?"
            # (授予王某等15人2023年度优秀辅导员称号: the year of the work honoured between the recipients and the honour is no
            # part of its name, as between a count and its honour, GUIDELINES §5 thirteenth round)
            rf"{_PERIOD_PREFIX}?"
            r"(?P<honor>[^，。；“”「」\d]{2,20}?)(?:荣誉)?称号"
        )
        # 授予2名科学家市科学技术突出贡献奖 / 授予382名个人省五一劳动奖章 / 授予2人市…奖: an unquoted prize or medal
        # closing the clause, after its recipients' noun (none after 人), told from them by its level.
        # (授予10个单位市五一劳动奖状, 授予20个班组市工人先锋号: a union's certificate and its honour of teams, named …号
        # like the youth league's 青年文明号)
        # (授予10个单位江陵市五一劳动奖状: a city's name opening the honour, as a level does)
        # (授予100个单位全国五一劳动奖状、授予968名职工全国五一劳动奖章、966个集体…: grants joined by 、, the later ones
        # with or without their own 授予; _GRANT_JOINED)
        self.granted_prize_plain = literal_gated(re.compile(
            rf"(?:(?:授予|追授){_RECIPIENTS_BEFORE_COUNT}|(?<=[章状奖号]、))(?P<n>{NUM})(?P<unit>{units})(?:(?<=人)|[\u4e00-\u9fff]{{0,6}}?{_RECIPIENT_HEAD}"
            # (授予15名教师园丁奖教金, 授予120名学生国家励志奖学金: a named scholarship or teaching award after teachers or
            # students, no level needed, §5 tenth round as with 颁发)
            rf"|[\u4e00-\u9fff]{{0,6}}?(?P<pupils>教师|老师|学生|同学|学子|新生|研究生|本科生|毕业生))"
            rf"(?P<honor>(?(pupils)(?:(?![和及与、并]|称号)[\u4e00-\u9fff]){{2,10}}?(?:奖学金|奖教金)|(?:{_LEVEL_OPENING}|[\u4e00-\u9fff]{{1,3}}[省市县区州])[\u4e00-\u9fff]{{1,16}}?(?:奖章|勋章|奖状|奖|先锋号|文明号)))"
            rf"(?=[，。；,;]|$|、(?:授予|追授)?{_RECIPIENTS_BEFORE_COUNT}{NUM})"
        ))
        # 授予“高速飞行器热防护技术”等5个项目集团科技进步特等奖，15个项目一等奖 / 授予12项成果院科技进步奖: a prize
        # conferred on projects or results counted (项目/成果, which open no prize's name, so the prize needs no level
        # opening it); the projects may be named in quotes before 等, and a next grant may follow after a comma or 、
        # (not 3个项目获奖: a verb of receiving, no prize named)
        self.granted_to_items = literal_gated(re.compile(
            rf"(?:(?:授予|追授)(?:[^，。；“”「」]|[“「][^”」]{{1,30}}[”」]){{0,30}}?等?|(?<=奖[，,、]))(?P<n>{NUM})(?P<unit>个|项)(?:项目|成果){_ITEMS_NOT_PROJECTS}"
            rf"(?P<honor>(?!获|荣获|被|分别|共|均|各|也|还|将|拟|已|曾|{_ITEMS_VERB})[\u4e00-\u9fff]{{2,16}}?奖)(?=[，。；,;、]|$)"
        ))
        # 表彰了优秀共产党员、优秀党务工作者各10名: unquoted honours listed, each with the count.
        self.listed_each = literal_gated(re.compile(
            rf"(?P<honor>(?:[\u4e00-\u9fff]{{2,14}}[、和及与]){{1,4}}[\u4e00-\u9fff]{{2,14}}?)各(?P<n>{NUM})(?P<unit>{units})"
        ))
        # 团队嘉许奖章(共七个团队): the count in brackets after the honour.
        self.bracketed_count = re.compile(
            rf"(?P<honor>{_HONOR_CHARS}{{2,16}}(?:勋章|星章|奖章|奖状|嘉许状|纪念章|奖|称号))[（(](?:共)?(?P<n>{NUM})(?P<unit>{units})"
            r"[^（）()，。；]{0,6}[）)]"
        )
        # 授予以下同志“2023年度优秀员工”称号（共6人）：…: a quoted honour, its count in brackets.
        # (命名…为“四强”党支部（共16个）: an honour quoted only in its qualifying word, its holders' noun after the mark,
        # read on by _add as after any quoted honour)
        self.quoted_bracketed_count = re.compile(
            rf"{_QUOTED_HONOR}(?:[\u4e00-\u9fff]{{0,4}}?{_HOLDER_HEAD})?(?:荣誉)?(?:称号)?[（(](?:共|计)?(?P<n>{NUM})(?P<unit>{units})[）)]"
        )
        # 周某等4名同志被追授这一称号: the honour named before in the sentence.
        # (15名市民获得此项荣誉: 项 between, §5 tenth round)
        self.referred = re.compile(
            # (共有2家单位、5名个人获此殊荣: a count of bodies joined before the count of people, the same honour)
            rf"(?:(?P<n0>{NUM})(?P<unit0>{units})[^，。；“”「」\d、和及与]{{0,6}}?[、和及与])?(?P<n>{NUM})(?P<unit>{units})[^，。；“”「」\d]{{0,12}}?(?:(?:被?(?:{'|'.join(_REFERRED_CONFERRING)})|{'|'.join(_REFERRED_RECEIVING)})(?:这一|该|此|这)项?(?:称号|荣誉称号|荣誉|殊荣|奖章|勋章|奖项|奖)"
            # (公布了“最美家庭”名单，我村两户家庭获此殊荣; …企业名单，5家子公司榜上有名: an honour list named before)
            # (…公布了“五星级党支部”名单，我镇3个党支部上榜 / 名列其中; “最美护士”评选结果揭晓，共10名护士当选)
            # (not 3名护士当选“最美护士”: a quote after 当选 names its own honour)
            # (…公布“改善医疗服务示范医院”名单，我市有3家医院入选: 入选 said of the list, as 上榜)
            rf"|(?P<anaphor>获此(?:殊荣|荣誉|称号|奖项)|榜上有名|(?P<on_list>{'|'.join(_REFERRED_ON_LIST)})(?![\u4e00-\u9fff“「『])))"
        )
        # 为“红旗党支部”授旗。获此殊荣的共有12个党支部: the count told after 获此殊荣, the same back reference as
        # 12个党支部获此殊荣 (§5: a count that refers back to an honour just named).  The groups of ``referred`` that
        # this order does not have are kept, never matching, for the loop that reads both.
        self.referred_after = re.compile(
            rf"(?P<anaphor>获此(?:殊荣|荣誉|称号))的[\u4e00-\u9fff]{{0,4}}?(?:共计|一共|共|总共)?(?:有|为|是|达)"
            rf"(?P<n>{NUM})(?P<unit>{units})(?![\u4e00-\u9fff]{{0,2}}[次届年])"
            rf"(?P<n0>(?!))?(?P<unit0>(?!))?(?P<on_list>(?!))?"
        )
        # The gap between count and quote: a few characters, or 同志/人士 and an apposition
        # (授予吴良镛等384名同志、追授李献忠等16名同志“全国优秀共产党员”称号).
        self.quoted = literal_gated(first_char_gated(
            # (not 5个单位和“先进个人”称号的20名: the quote after 和 is the next item's honour)
            # (授予15个县（市、区）“…”称号: the recipients' noun with its alternatives in brackets)
            # (授予20名青年第二届“中国青年五四奖章”: the edition or the year before the mark, no part of the name)
            # (8家国家级专精特新“小巨人”企业: a level before the words of a designation, §5)
            rf"(?P<n>{NUM})(?P<unit>{units})(?:(?:{_LEVEL_WORD})?[^，。；、“”「」和及与]{{0,4}}?(?:（[\u4e00-\u9fff、]{{1,6}}）)?(?:{_YEAR_PREFIX}|{_EDITION})?"
            rf"|(?:同志|人士)[^。；“”「」\d]{{0,16}}?"
            r"|(?:基层党组织|党组织|党支部|集体|单位|企业|学校|家庭|班组)"
            # (向15名乡村教师发放“春晖”奖教金, 为20名优秀青年教师颁发“园丁”奖: the holders' noun longer than the few
            # characters above, then the verb handing the honour over right before the mark; the honour closes the
            # clause, its word (奖教金, 称号) at most a few characters after the mark: not 发放“春晖”奖教金使用说明手册,
            # a booklet handed out)
            r"|[^，。；、“”「」和及与\d]{0,8}?(?:颁发|发放|颁授)了?"
            r"(?=[“「『][^“”「」『』\n]{1,30}[”」』][\u4e00-\u9fff]{0,4}(?:[，。；,;、]|$))"
            # (授予十二个机关党支部县级“四强”党支部称号: the honour's unquoted rest between the mark and 称号)
            rf"|[^，。；、“”「」]{{0,12}}?(?=[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n]{{2,30}}[{_QUOTE_CLOSE}]"
            rf"(?:[\u4e00-\u9fff]{{0,4}}?{_HOLDER_HEAD})?称号)"
            # (10名领导干部妻子被省纪委、省妇联命名为“十佳廉内助”: the agent between 被 and the verb; 获选为, Hong Kong
            # and Taiwan copy's 獲選為)
            rf"|(?:[^，。；、“”「」]|（[\u4e00-\u9fff、]{{1,8}}）){{0,20}}?(?:被[^，。；“”「」]{{0,12}}?(?:评为|授予|命名为)|获评|获选为?|荣获|获得|获颁发?|获授|评为|获?嘉许为|成功创建|创建|创成"
            # (45名教师入选“最美教师”名单: selected onto the list of those conferred, not 入选…候选人名单, _LISTED_NOT_YET)
            r"|入选"
            # (12名学生获省级“优秀学生干部”: a bare 获 before a quoted honour that closes the clause (perhaps with its
            # title word or nomination prize after the mark), or a
            # quoted contest whose prize's grade closes it, the edition before the mark: 5名来自我校的选手获“挑战杯”一等奖,
            # 获第十届“创青春”大赛金奖, _GRADE_TAIL; not 获“XX杯”一等奖后…)
            rf"|获(?=(?:{_EDITION})?(?:{_LEVEL_WORD}|[\u4e00-\u9fff]{{0,4}}[省市县区州])?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n]{{2,30}}[{_QUOTE_CLOSE}]"
            # (20名退役军人获“最美退役军人”提名奖, 获“优秀网格员”荣誉称号: the honour's nomination prize or its title word
            # closing the clause after the mark)
            # (5名教师获“全国模范教师”提名: a nomination received, its own honour, §5 eleventh review round)
            r"(?:[，。；,;、]|$|(?:(?:荣誉)?称号|(?:(?:荣誉)?称号)?提名奖?)(?=[，。；,;、]|$)|" + _GRADE_TAIL.pattern + ")))"
            # (999名妇女获评全国“三八红旗手”, 5个村被评为省级“美丽乡村示范村”: a level between the verb and the mark,
            # dropped with a whole quoted honour as after 授予, kept with one quoted in part, _LEVEL_BEFORE_QUOTE)
            # (15名教师获评2023年度“优秀教师”, 被评为2024年度市级“…”: the honour's year before the mark, dropped as
            # the level is)
            # (20名教师获评省“优秀教师”: a level written as one character right before the mark, dropped too)
            # (十名青年获评江川区“五四青年奖章”, 获得柳河市“三八红旗手”: the conferring place's name right before the
            # mark, dropped as its level is)
            # (获第十届“创青春”大赛金奖: the edition before the mark, no part of the name)
            rf"(?:{_YEAR_PREFIX}|{_EDITION})?(?:{_LEVEL_WORD}|[\u4e00-\u9fff]{{0,4}}[省市县区州](?=[{_QUOTE_OPEN}]))?)"
            rf"{_QUOTED_HONOR}{_AFTER_QUOTE}"
        ))
        # 颁发「体育推手奖」予6个企业团体 / 颁授「长期服务嘉许状」予资深义工共8人 (Taiwan, Hong Kong).
        self.given_to = re.compile(
            # (頒發「績優志工」獎項予12位志工, 頒發「模範勞工」獎予15名勞工: 奖 written after the mark is the prize's, 奖项
            # only says it is one)
            # (頒發了「…」予25名員工: 了 after the verb)
            rf"(?:颁发|颁授|颁赠|颁予)了?{_QUOTED_HONOR}(?:奖牌|奖状|奖座|奖项|(?P<prize>奖))?予"
            rf"[^，。；]{{0,12}}?(?:共)?(?P<n>{NUM})(?P<unit>{units})"
            rf"(?:[^，。；\d]{{0,6}}?(?:及|和|与|、)(?P<n2>{NUM})(?P<unit2>{units}))?"  # 予45名义工及8间机构
        )
        # (頒發「甲獎」予25名員工及「乙獎」予5個部門: a second quoted prize joined right after the first's recipients,
        # handed to its own count)
        self._given_to_joined = re.compile(
            rf"[^，。；\d{_QUOTE_OPEN}]{{0,6}}?(?:及|和|与|、|以及){_QUOTED_HONOR}"
            rf"(?:奖牌|奖状|奖座|奖项|(?P<prize>奖))?予[^，。；]{{0,12}}?(?:共)?(?P<n>{NUM})(?P<unit>{units})"
        )
        # 行政长官社区服务奖状颁予六十五人 / 颁授金紫荆星章予10人: an unquoted honour handed to a count.
        # (荣誉奖状颁予12名个人及9个团体: two counts; 颁授荣誉博士学位予3位杰出人士, 名誉博士学位予四位: an honorary degree)
        self.handed_to = re.compile(
            # (颁授勋章及奖状予共190名人士, 颁授勋衔及嘉奖予共302名人士: the medals and certificates of the day, a total)
            # (颁发嘉许状予120名义工: a certificate of commendation, a commendation by its wording)
            rf"(?:颁授|颁发)?(?P<honor>(?:勋章|奖章|勋衔)(?:(?:及|和|、|或)(?:勋章|奖章|奖状|嘉许状|嘉奖|嘉许)){{1,3}}|[^\W\d的并后予及]{{0,16}}(?:勋章|星章|奖章|奖状|嘉许状|纪念章|(?<=[^\W\d的并后予及]{{2}})奖|(?:荣誉|名誉)(?:博士)?学位|(?:荣誉|名誉)(?:大学)?院士(?=衔|称号|颁予|授予|予)"
            # (该奖学金今年授予20名学生, 该奖今年授予…: a scholarship or a prize named before, §5 tenth round)
            rf"|(?<=[该此本])奖(?:学金)?|(?<=这一)奖(?:学金)?))(?:衔|称号)?(?:今年度?|本年度|当年)?(?:则|亦|也|共)?"
            # (颁发师铎奖给8位教师: Taiwan copy hands it 给 them)
            # (予二〇二三年授勋名单内共二百八十三人: the recipients described before 共 and their total)
            rf"(?:颁予|授予|予|(?<=奖)给)(?:[^，。；]{{0,16}}?合?共)?(?P<n>{NUM})(?P<unit>{units})"
            rf"(?:[^，。；\d]{{0,4}}?(?:及|和|与|、)(?P<n2>{NUM})(?P<unit2>{units}))?"
        )
        # 授予3位知名人士名誉博士学位: an honorary degree conferred on a count of people, named after them (§5, as
        # 颁授荣誉博士学位予3位杰出人士 above; not 1200名毕业生获颁学位, degrees earned).
        self.degree_granted = re.compile(
            rf"(?:授予|颁授|颁发|颁予)(?:[^，。；“”「」\d]{{0,8}}?)(?P<n>{NUM})(?P<unit>{units})[^，。；“”「」\d]{{0,10}}?"
            r"(?P<honor>(?:荣誉|名誉)(?:博士)?学位|(?:荣誉|名誉)(?:大学)?院士)(?:衔|称号)?(?=[，。；,;]|$)"
        )
        # 向3位杰出校友授予名誉博士学位, 向4位杰出人士颁授名誉院士衔: the same honours conferred on a count of
        # people written first (§5; the honour is what is conferred, not the people's description).
        self.degree_granted_to = re.compile(
            rf"(?:向|为|给)(?P<n>{NUM})(?P<unit>{units})[^，。；“”「」\d]{{0,10}}?(?:授予|颁授|颁发|颁予)了?"
            r"(?P<honor>(?:荣誉|名誉)(?:博士)?学位|(?:荣誉|名誉)(?:大学)?院士)(?:衔|称号)?(?=[，。；,;]|$)"
        )
        # 为获得“青年优秀论文奖”的8名青年学者颁奖: the honour before the count.
        self.honor_then_count = re.compile(
            # (为获得“光荣在党50年”纪念章的126名老党员…: the token's noun after the quote)
            # (对荣获“优秀共产党员”称号的张三、李四等10名同志进行了表彰: the holders named before 等 and the count)
            rf"(?:获得|荣获|获评|获颁)[^，。；“”「」]{{0,4}}?{_YEAR_PREFIX}?{_QUOTED_HONOR}"
            # (为获得“十佳员工”和“优秀员工”称号的23名员工颁奖: one count over quoted honours joined by 和, the whole phrase)
            rf"(?P<more>(?:[和及与、]?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{2,30}}[{_QUOTE_CLOSE}]){{0,3}})"
            # (对获得“江城杯”优质工程的48项工程进行了表彰: the works honoured after the quoted prize)
            r"(?:荣誉)?(?:称号|纪念章|奖章|勋章|奖杯|奖牌|奖状|" + _GRADE_WORDS + "|" + _MERIT_WORKS
            # (为获得“安康杯”竞赛优胜奖的6家单位颁奖: a grade of the quoted campaign's prize, its contest word between)
            + rf"|(?P<grade>(?:竞赛|比赛|评比|活动)?{_GRADE_NAMED}))?的"
            # (not 获得…称号的党员代表和群众等200人参加会议: those attending, holders among them)
            rf"(?:(?:(?!代表|群众|家属|和|及)[^，。；“”「」\d]){{2,40}}?等(?=(?P<listed>{NUM})))?(?P<n>{NUM})(?P<unit>{units})"
            # (named holders need a conferring verb after them: not …等3人来我县宣讲, …等30人参与了座谈)
            rf"(?(listed)(?={_LISTED_CONFERRED}))"
            # (为获得“优秀组织奖”的6所学校和15名教练员颁奖: a second count of holders of the same honour, joined by 和/及;
            # not their representatives, 和15名教练员代表, nor those taking part, 和200名参赛选手)
            rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:和|及|以及|与)(?P<n2>{NUM})(?P<unit2>{units}){_NOT_SECOND_HOLDERS})?"
        )
        # 对获得“先进集体”称号的5个单位和“先进个人”称号的20名个人进行了表彰: each listed honour, then its count
        # (the receiving verb once, before the first item).
        self.listed_honor_then_count = re.compile(
            rf"(?:(?:获得|荣获|获评|获颁)[^，。；“”「」]{{0,8}}?{_YEAR_PREFIX}?|[和及、]\s*(?:获得|荣获)?){_QUOTED_HONOR}"
            rf"(?:荣誉)?(?:称号)?的(?P<n>{NUM})(?P<unit>{units})"
            # (…“优秀组织奖”的6所学校和15名教练员: a second count of holders of the same honour, as in honor_then_count)
            rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:和|及|以及|与)(?P<n2>{NUM})(?P<unit2>{units}){_NOT_SECOND_HOLDERS})?"
        )
        # (the item before with its own count: …称号的5个单位和…, or holders named before 等: …的王红、赵刚等15名同志和…)
        self._after_listed_count = re.compile(rf"[的等]{NUM}(?:{units})[\u4e00-\u9fff]{{0,6}}$")
        # 为六十四个获得“戏曲小梅花”称号的小演员佩花: the count before the recipients' honour.
        self.count_then_honor = literal_gated(first_char_gated(
            rf"(?P<n>{NUM})(?P<unit>{units})(?:获得|荣获|获评|获颁|被授予)(?:了)?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n]{{2,30}})"
            rf"[{_QUOTE_CLOSE}](?:荣誉)?称号的"
        ))
        # 评选出“金牌员工”20名、“卓越团队”5个 / “好婆婆”“好媳妇”各5名: quoted honours, then the count.
        self.quoted_then_count = re.compile(
            rf"(?P<honor>(?:[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；]{{2,30}}[{_QUOTE_CLOSE}][、和及与]?){{1,4}})"
            # (颁发“光荣在党50年”纪念章120枚: the token's noun after the quote belongs to the honour; so does 奖 right
            # before the count: 颁发「特殊优良教师」奖15名 → 特殊优良教师奖)
            # (頒發「傑出婦女」獎項12名: 奖项 before a count of people only says the quoted honour is a prize, as in
            # given_to; not “十佳”奖项3个, the prizes counted)
            # (表彰“爱心企业”奖项5个: 奖项 after an honour conferred on counted bodies is dropped as well; not 设立“十佳青年”
            # 奖项3个, places set up, nothing conferred: §5, eleventh review round)
            rf"(?:称号|荣誉称号|奖项(?=(?:共|各|约)?[ \t\u3000]?{NUM}[名位人])|(?P<prizes>奖项)(?=(?:共|各|约)?{NUM}[个家所支])"
            # (颁发“打诈尖兵”奖座6座, “工安优良厂商”奖牌5面, “优秀志愿者”荣誉证书50本: a trophy, plaque or certificate
            # counted after a quoted honour counts the honour, the object's noun dropped; §5, eleventh review round)
            rf"|(?P<object>{_TROPHY_WORDS}|(?P<cert>{_CERTIFICATE_WORDS}))"
            rf"|(?P<token>纪念章|勋章|奖章|奖(?=[\d一二三四五六七八九十两百]))|(?P<merit>{_MERIT_WORKS}))?(?:获得者|获奖者|得主|(?<=奖[{_QUOTE_CLOSE}])(?:{_PRIZE_HOLDERS}|(?P<works>{_PRIZE_WORKS})))?"
            # (评出“优秀党支部书记”，共有以下8人：张三、…: the count heading the names after a colon)
            # (表彰了“优秀教师” 120名: a space before the count)
            # (表彰了“优秀志愿者”约100名: an approximate count read as 约100名“…” is, no 约 left on the honour; the other
            # approximate words give nothing, _APPROX_BEFORE)
            # (“青年科技奖”共评出获奖者15名, “金点子奖”评选出15名获奖者: a prize's winners chosen, counted; not “…奖”评出15名
            # with no winners' word, the count then being of what else was chosen)
            rf"(?:[，,]?共|各|约|[，,]共有?(?:以下|如下)(?=[^，。；]{{1,6}}[：:])"
            rf"|(?<=奖[{_QUOTE_CLOSE}])共?评(?:选)?出了?(?:{_WINNERS_WORDS}|(?={NUM}[名位人](?:{_WINNERS_WORDS}))))?"
            rf"[ \t\u3000]?(?P<n>{NUM})(?P<unit>{units}"
            # (a certificate counted by 本, 份 or 张)
            r"|(?(cert)(?:本|份|张)|(?!)))"
        )
        # (…纪念章28枚和“优秀共产党员”证书40本: a quoted honour's token joined after another's, its own count; a
        # certificate counted by 本 or 份)
        self._token_count_joined = re.compile(
            rf"[和及、][{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。；]{{2,30}})[{_QUOTE_CLOSE}]"
            rf"(?P<token>{_CERTIFICATE_WORDS}|纪念章|勋章|奖章|{_TROPHY_WORDS})(?P<n>{NUM})(?P<unit>{units}|本|份|张)(?=[，。；,;]|$)")
        self._count_before = re.compile(rf"{NUM}(?:{units})[^，。；、“”「」\d]{{0,6}}$")
        # 表扬模范父亲32名、孝行楷模10名: unquoted honours listed right after an award verb.
        # (优秀员工（共40名）、优秀管理者（共10名）: each item's own count in brackets, 共 inside them)
        # (表彰优秀教师 120名、优秀班主任 60名: a space between an honour and its count)
        # (表彰先进网点10个、“服务之星”15名: a quoted honour as a whole item, read by quoted_then_count, the list going
        # on past it)
        def honour_items(separator: str) -> str:
            """One to eight honours each with its count, set off by ``separator``."""
            return (rf"(?P<items>(?:(?:{_QUOTED_ITEM_HONOR}|(?:(?!{NUM}(?:{units})){_HONOR_PIECE}){{2,12}}?)"
                    rf"{_ITEM_GAP}{NUM}(?:{units})[）)]?{separator}?){{1,8}})")

        honor_items = honour_items("[、和及]")
        # (表彰先进网点10个，优秀客户经理20名: after the verb the items may be set off by commas too, each such item an
        # honour of its own, nothing vouching for it; not a clause opening on 其中 or 分别, read as such below)
        honor_items_after = honour_items("(?:[、和及]|[，,](?!其中|分别))")
        self.listed_after_verb = re.compile(
            # (…受到表彰。其中，先进集体20个、先进个人80名: the list after 其中 continues the sentence before)
            # (先进集体（10个）、先进个人（30名）: the counts in brackets)
            # (表彰了2023年度优秀员工46名、…: the year before the list)
            # (表彰了先进单位、优秀项目，分别为先进单位8家、优秀项目12个: the counts of honours named in the clause
            # before, opening the next one; those honoured must be said before, _HONOURED_BEFORE)
            # (获表彰的有：就业工作先进单位（6个）、…: those commended listed after 的有)
            # (会议表彰了一批先进典型，其中突出贡献集体5个、突出贡献者3名: 其中 opening a later clause of the sentence
            # that confers them, _HONOURED_BEFORE)
            # (表彰了2024届优秀毕业生320名、…: a school's class before the list, as a year)
            # (表扬服务满二十五年的资深优良教职员12名: a description of the holders ending in 的 before the honour)
            # (授予三八红旗集体8个、“三八红旗”手20名: the honours and their counts conferred by 授予 or 追授 too; not holders
            # named before 等, 授予李某等同志“四有”好老师称号（共22名）, nor a title, 被授予“…”称号的同学有45名, which the quoted
            # patterns read)
            # (颁发流动红旗5面: a mobile red flag counted is an honour, with no recipient kind, §5 eleventh review round;
            # not 颁发奖牌10面, 颁发证书200本: the objects alone)
            rf"(?:(?:表彰|表扬|评选出|评出|评选|命名|(?<![被获])(?:授予|追授)(?![^，。；]{{0,16}}?等|[^，。；]*?称号)|创建|创成"
            rf"|(?:颁发|颁授)(?=[\u4e00-\u9fff]{{0,8}}?流动红旗{NUM}面))(?:了|的(?:有|是|为)[：:]?)?(?:(?:19|20)\d{{2}}学?年度?|{_CLASS_PREFIX})?"
            rf"(?:(?<![的有是为：:])[^，。；\d“”「」的]{{2,24}}?的)?|^\s*其中[，,：:]?"
            r"|(?P<within>(?<=[，,])其中[，,：:]?)"
            rf"|(?P<respective>(?<=[，,])分别(?:为|是)[：:]?)){honor_items_after}"
            # (表揚金質獎20名、銀質獎35名、銅質獎50名績優志工: the recipients named after the last count)
            r"(?!以上|以下|左右)(?=(?:[\u4e00-\u9fff]{2,8})?(?:[，。；,;]|$))"
        )
        # 对安全生产先进企业6家、优秀安全员18人进行了表彰 / 会上，优秀管理者10名受到表彰: the same list between
        # 对 and a conferring verb, or opening a clause before a passive one.
        self.listed_before_verb = re.compile(
            # (会上，公司对优秀技师（共30名）…进行了表彰: the subject and 对 before the list, not the first item's)
            rf"(?:对(?:(?:19|20)\d{{2}}学?年度?)?|(?:^|(?<=[，,：:\s]))(?![\u4e00-\u9fff]{{1,8}}?(?<![应面针绝相])对(?![口外台内接标象话]))){honor_items}"
            rf"(?=(?:分别)?(?:{_CONFERRED_AFTER}|{_RECEIVED_AFTER}))"
        )
        # (表彰了全县优秀教师50名: the whole place the commendation covers is no part of the honour, §5; a national level,
        # 全国劳动模范, names the honour and stays)
        self._list_item = re.compile(rf"(?:{_WHOLE_BELOW_NATION})?(?P<honor>{_QUOTED_ITEM_HONOR}|{_HONOR_PIECE}{{2,12}}?){_ITEM_GAP}(?P<n>{NUM})(?P<unit>{units})")
        # 表彰了12名金牌工匠、8名青年岗位能手和3个工人先锋号 / 对15名年度十佳员工进行了表彰: counts right
        # after the conferring verb (or between 对 and the verb), each before an honour that runs to the
        # next count or the clause's end; the honour need not start with a word the lists know.
        # (表彰了10个先进网点、15名“服务之星”: a quoted honour as a whole item, read by the quoted patterns)
        # (表彰了48项“江城杯”优质工程、20家优秀建筑企业: a quoted word that more of the honour follows, read by the quoted
        # patterns, the list going on past it)
        # (表彰15个2024年度先进单位: the year of the work honoured between the count and the honour, no part of its name, as
        # it is before the count)
        # (对30个全省优化营商环境工作先进集体…: a scope word right after the count, no part of the honour, GUIDELINES §5
        # sixteenth review round; it sits outside the honour's 2-12 bound so a long honour after it is still read whole)
        item = rf"{NUM}(?:{units}){_PERIOD_PREFIX}?(?:{_SCOPE_WORD})?(?:{_QUOTED_ITEM_HONOR}{_COUNTED_HONOR_PIECE}{{0,8}}?|{_COUNTED_HONOR_PIECE}{{2,12}}?)"
        self.counted_after_verb = re.compile(
            # (表彰了全市50名劳动模范和20个先进集体, 表彰了在…中表现突出的50名…: a scope or a description first)
            # (对全市教育系统100名优秀教师、…和20所…学校: the whole place's line of work as the scope)
            rf"(?:(?P<verb>(?:表彰|表扬|评选出|评出|命名)了?)|对)(?:{_PERIOD_PREFIX}?(?:{_WHOLE}(?:[\u4e00-\u9fff]{{1,8}}?(?:系统|行业|战线))?"
            rf"|[^，。；\d“”「」]{{2,24}}?的"
            # (对6个县（市、区）的20名优秀河湖长, 对全市12个乡镇的35个先进集体: a count of the places the honoured come from
            # is their scope, not an honour's count, §5)
            rf"|(?:{_WHOLE})?{NUM}个[^，。；\d“”「」的]{{1,12}}?的"
            # (表彰江城一中等5所先进学校, 表揚西屯區公所等8個績優區公所: the holders named before 等, then their count and
            # the honour, §5)
            rf"|{_HOLDERS_ETC}(?={NUM}(?:{units})))|{_PERIOD_PREFIX})?"
            # (对2024年度20名优秀政协委员进行了表彰: the year alone before the count; also a part of a year, 上半年 or 第三季度)
            # (对十佳员工、20名优秀管理者和6个优秀团队进行了表彰: honours listed bare before the counted ones, with no count
            # of their own, give nothing; the counts after them keep their honours)
            rf"(?:(?:(?!{NUM}(?:{units}))[^\W\d的、，。；“”「」]){{2,12}}?、){{0,3}}"
            # (表彰了全县50名优秀教师和全县12所先进学校: the scope repeated before each count)
            # (表彰江城一中等5所先进学校和李某等10名优秀教师: holders named before the next count's 等 as well)
            rf"(?P<items>(?:{item}(?:以及|[、和及与；;])(?:{_WHOLE}|{_HOLDERS_ETC})?(?={NUM}(?:{units}))){{0,7}}{item})"
            r"(?=[，。；,;]|$|(?P<after_verb>" + _CONFERRED_AFTER + "))"
        )
        # 会上，20个先进村、50名致富带头人受到表彰: the counts and their honours, then the passive verb.
        self.counted_before_verb = re.compile(
            rf"(?:^|(?<=[，,：:\s]))(?:{_WHOLE})?(?P<items>(?:{item}[、和及与](?:{_WHOLE})?(?={NUM}(?:{units}))){{0,7}}{item})"
            r"(?:分别)?(?=" + _RECEIVED_AFTER + ")"
        )
        # (表彰了10个先进基层党组织；20名优秀共产党员。: a sentence that is only such counts, after a
        # sentence conferring honours)
        self.counted_sentence = re.compile(
            rf"^\s*(?:其中[，,：:]?\s*)?(?P<items>(?:{item}[、和及与，,；;](?={NUM}(?:{units}))){{0,7}}{item})\s*[。；;]?\s*$"
        )
        # 对获得“江城杯”优质工程的48项工程、20家优秀建筑企业进行了表彰: counted honours listed after the holders of a quoted
        # one, up to the conferring verb after them or the clause's end after a conferring verb (§5; not …、20家企业参加
        # 了观摩: those attending)
        self.items_after_quoted = re.compile(
            # (the holders' noun of the quoted honour's count first: …的48项工程、…, …的8个单位和…)
            rf"[\u4e00-\u9fff]{{0,4}}?(?:以及|[、和及与])(?P<items>(?:{item}(?:以及|[、和及与])(?={NUM}(?:{units}))){{0,7}}{item})"
            r"(?=(?:分别)?(?:" + _CONFERRED_AFTER + "|" + _RECEIVED_AFTER + r"|颁奖|颁发|授牌)|(?P<end>[，。；,;]|$))"
        )
        self._counted_item = re.compile(
            rf"(?P<n>{NUM})(?P<unit>{units}){_PERIOD_PREFIX}?(?:{_SCOPE_WORD})?(?P<honor>{_QUOTED_ITEM_HONOR}{_COUNTED_HONOR_PIECE}{{0,8}}?|{_COUNTED_HONOR_PIECE}{{2,12}}?)"
            rf"(?=(?:以及|[、和及与；;])(?:{_WHOLE}|{_HOLDERS_ETC})?(?={NUM})|[，。；,;]|$|进行|予以|给予|通报|(?:分别)?{_RECEIVED_AFTER})"
        )
        # 会议表彰了一批先进。先进集体10个，先进个人30名。: a sentence that is only such a list, after
        # a sentence conferring honours
        # (…进行表彰。其中，先进基层党组织6个，优秀共产党员22名。: the parts after 其中, no total before)
        # (…进行表彰。其中，“优秀管理者”10名，“优秀员工”35名。: quoted honours, read by quoted_then_count)
        list_items = (rf"(?P<items>(?:[{_QUOTE_OPEN}]?(?:(?!{NUM}(?:{units}))[\u4e00-\u9fff]){{2,12}}?[{_QUOTE_CLOSE}]?"
                      rf"[（(]?{NUM}(?:{units})[）)]?[、和及，,；;]?){{1,8}})")
        self.list_sentence = re.compile(rf"^\s*(?:其中[，,：:]?\s*)?{list_items}\s*[。；;]?\s*$")
        # (此次共有15人获得国家勋章和国家荣誉称号，其中“共和国勋章”4人，国家荣誉称号11人。: the same list after 其中
        # closing the sentence, the parts of a count received or conferred in the clause right before it, which
        # holds the verb and the count in either order)
        self.parts_clause = literal_gated(re.compile(
            rf"(?<![^，。；,;])(?=[^，。；,;]*?(?:{_RECEIVING}|{_CONFERRED_IN.pattern}))[^，。；,;]*?{NUM}(?:{units})[^，。；,;]*?"
            rf"[，,]\s*其中[，,：:]?\s*{list_items}"
            r"\s*[。；;]?\s*$"
        ))
        # 颁发了本次大会青年优秀论文奖，…吴某等10位青年学者获此殊荣: the count refers back to the honour.
        # (颁发防灾绩优单位奖牌，共有8个区公所获奖: the honour's plaque named after it, its token, no part of its name)
        self.anaphoric = re.compile(
            rf"(?:颁发|颁授|授予|评选出|评出)了?(?P<honor>[^，。；“”「」]{{0,12}}?[{_QUOTE_OPEN}]?[^，。；“”「」]{{2,20}}?"
            rf"(?:(?:奖|称号|勋章|奖章|奖状)[{_QUOTE_CLOSE}]?|[{_QUOTE_CLOSE}]?(?=(?P<token>奖牌|牌匾)[，,])))(?:奖牌|牌匾)?"
            # (首度颁发“终身成就奖”，由张某等4位会员获得: the holders 由 whom it is received, 获得 closing the clause)
            rf"[，,](?P<by>[^，。；]{{0,8}}?由)?[^。；]{{0,60}}?(?P<n>{NUM})(?P<unit>{units})"
            # (由县委组织部等3个单位推荐的4位老同志获得: no 的 between the holders' count and 获得, the count of those
            # who put them forward closing a relative clause before it is not theirs)
            r"(?(by)(?:(?!的)[^，。；]){0,12}?获得(?=[，。；,;]|$)|[^，。；]{0,12}?(?:获此殊荣|获此荣誉|获此奖项|获此称号|获此奖|获奖)(?![\u4e00-\u9fff]))"
        )
        # 省“五个一工程”奖揭晓，我市共有6部作品获奖 / 第八届省青年科技奖评选结果揭晓，我校3名教师获奖: a prize announced,
        # then the count of its winners in the next clause (a count referring back to the honour just named, §5); the
        # prize quoted (with 奖 or 奖章 after the mark) or unquoted and ending on 奖 or 奖章, not a contest's (大赛…揭晓:
        # its results, §5).
        self.announced_anaphoric = re.compile(
            rf"(?:[{_QUOTE_OPEN}](?P<quoted>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?P<tail>奖章|奖|称号)?"
            rf"|(?:(?<=[，,；;：:\n])|^)\s*(?:第[\d一二三四五六七八九十百]+届|{_YEAR_PREFIX})?"
            r"(?P<plain>(?!第)(?:(?!的)[^，。；“”「」\d\s]){2,16}?(?:奖章|奖)))"
            r"(?:评选结果|评审结果|评选|获奖名单|名单)?(?:日前|近日|近期|正式|已经?|今天|今日|昨天|昨日)?(?:揭晓|公布|出炉)"
            rf"[，,](?:[^，。；\d]{{0,8}}[，,])?[^，。；\d]{{0,10}}?(?P<n>{NUM})(?P<unit>{units})[^，。；\d]{{0,10}}?"
            r"获奖(?![\u4e00-\u9fff])"
        )
        # 公布113年师铎奖得奖名单，共有六十三位教师获奖: a prize's list of winners published, then their count (a year
        # before the prize, 113年 in Taiwan's calendar, is no part of it).
        self.list_anaphoric = re.compile(
            rf"(?:公布|发布|揭晓)了?(?:\d{{2,4}}学?年度?)?(?P<honor>[^，。；“”「」\d]{{2,20}}?奖)(?:得奖|获奖)名单[，,][^。；]{{0,40}}?"
            rf"(?P<n>{NUM})(?P<unit>{units})[^，。；]{{0,12}}?(?:获此殊荣|获此奖|获奖)(?![\u4e00-\u9fff])"
        )
        # 举行绩优员警表扬大会，共有四十二名员警获得表扬 / 举行“最美家庭”表彰大会，10户家庭受到表彰: those commended at a
        # ceremony named after their honour; the honour must read as one (not 举行年度总结表彰大会), be one honour (not
        # 先进集体和先进个人表彰大会: the count may be over both) and more than a bare word of praise (先进表彰大会).
        self.ceremony_commended = re.compile(
            rf"(?:举行|召开|举办)了?{_YEAR_PREFIX}?(?:第[\d一二三四五六七八九十百]+届)?(?:{_WHOLE})?(?!(?:先进|优秀|模范)(?:表扬|表彰))"
            rf"(?P<honor>[{_QUOTE_OPEN}]?(?:(?![和及与])[\u4e00-\u9fff]){{2,12}}?[{_QUOTE_CLOSE}]?)(?:表扬|表彰)(?:大会|典礼|仪式|会)"
            rf"(?:[^。；，,]{{0,20}}[，,])?[^，。；\d]{{0,6}}?(?P<n>{NUM})(?P<unit>{units})[^，。；\d]{{0,8}}?"
            r"(?:获得|受到|得到)了?(?:表扬|表彰)(?=[，。；,;]|$)"
        )
        # 举行2024年行政长官卓越教学奖颁奖典礼，共有42名教师获奖: the winners of the prize the ceremony named after it
        # presents, counted in a clause of their own (GUIDELINES §5, a count referring back to an honour just named); an
        # unquoted prize's name ends in 奖 (the quoted one is ceremony_anaphoric's).
        self.ceremony_prize_won = re.compile(
            rf"(?:举行|召开|举办)了?{_YEAR_PREFIX}?(?:第[\d一二三四五六七八九十百]+届)?"
            # (a named scholarship or teachers' prize is an honour like a prize, §5: 李氏奖学金颁奖典礼)
            r"(?P<honor>(?:(?![和及与])[\u4e00-\u9fff]){2,14}?奖(?:学金|教金)?)(?:颁奖|颁授|授奖)(?:典礼|仪式|大会|晚会)"
            rf"(?:[^。；，,]{{0,20}}[，,])?\s*(?:共有|共|有)?(?P<n>{NUM})(?P<unit>{units})[^，。；\d和及与、]{{0,8}}?"
            r"(?:获奖|得奖|获此殊荣|获此荣誉)(?=[，。；,;]|$)"
        )
        # …举行2024年度李氏奖学金颁奖典礼。共有32位学生获奖: the same winners counted at the head of the next sentence
        # (GUIDELINES §5: a count referring back to the honour just named), the ceremony held in the sentence before
        # (举行/召开/举办 before its name, or 在…举行 after it); not a count that won elsewhere (有32名学生在省赛中获奖),
        # nor one joined to another count (和/及/与, or 、 before another count).
        # (举行「113年度绩优学生奖学金颁奖典礼」，由县长林某亲自颁奖。: the name quoted whole, a Taiwan year before it, and one
        # clause of who presents after it are still the ceremony held in the sentence before)
        self.prize_ceremony_held = re.compile(
            rf"(?:(?:举行|召开|举办)了?[{_QUOTE_OPEN}]?(?:{_YEAR_PREFIX}|1[01]\d学?年度)?(?:第[\d一二三四五六七八九十百]+届)?"
            r"(?P<honor>(?:(?![和及与])[\u4e00-\u9fff]){2,14}?奖(?:学金|教金)?)(?:颁奖|颁授|授奖)(?:典礼|仪式|大会|晚会)"
            rf"[{_QUOTE_CLOSE}]?"
            rf"|^{_YEAR_PREFIX}?(?:第[\d一二三四五六七八九十百]+届)?"
            r"(?P<head>(?:(?![和及与])[\u4e00-\u9fff]){2,14}?奖(?:学金|教金)?)(?:颁奖|颁授|授奖)(?:典礼|仪式|大会|晚会)"
            r"[^，。；,;]{0,20}?举行)[^，。；,;]{0,20}(?:[，,]\s*由[^，。；,;]{1,20}?(?:颁奖|颁发|颁授))?$")
        self.winners_next = re.compile(
            rf"\s*(?:本届|今年|本年度|此次|本次)?(?:共有|共|有)?(?P<n>{NUM})(?P<unit>{units})"
            rf"(?:(?!{_WON_ELSEWHERE})(?:[^，。；\d和及与、]|、(?!{NUM}))){{0,10}}?(?:获奖|得奖|获此殊荣|获此荣誉)(?=[，。；,;]|$)")
        # 学校设立杰出教师奖，选出二十四名得奖者; 设立“乡村教育贡献奖”，评出获奖者十五名: the winners counted after a prize
        # named just before are that prize's count (GUIDELINES §5 fourteenth review round). The prize is set up right before
        # the clause that chooses its winners, and a winners' word stands beside the count: not 设立…奖。大会选出二十四名代表
        # (no prize's winners), nor 设立…奖以来，累计评出… (a tally since, the adverb between ends the match). The winners
        # may be told as a count that won (设立“杰出学生奖”，首届有十名学生获奖), not one that took part (…，有十名学生报名).
        self.prize_set_winners = re.compile(
            rf"(?:设立|设置|创设|新设|增设)了?{_YEAR_PREFIX}?(?:首届)?[{_QUOTE_OPEN}]?"
            rf"(?P<honor>(?:(?![和及与、{_QUOTE_CLOSE}])[\u4e00-\u9fff]){{2,14}}?奖)[{_QUOTE_CLOSE}]?[，,]\s*"
            r"(?:(?:并|共|首批|今年|当年|本届|首届)?(?:评出|选出|评选出|评定出)了?"
            rf"(?=(?:{_WINNERS_WORDS}|得奖者)|{NUM}(?:{units})(?:{_WINNERS_WORDS}|得奖者))(?:{_WINNERS_WORDS}|得奖者)?"
            # (设立「杰出学生奖」，首届有十名学生获奖: the winners counted as those who won, at the end of their clause;
            # their noun between, 在校学生 and 从众多候选人中脱颖 too, not a contest or an event they won at:
            # 有十名教师在省赛中获奖, 于全国比赛上, 从省赛中: a win elsewhere, not this prize's)
            r"|(?:今年|当年|本届|首届|首批)?(?:共有|共|有)"
            rf"(?={NUM}(?:{units})(?:(?!{_WON_ELSEWHERE})[^，。；\d和及与、]){{0,12}}?(?:获奖|得奖)(?=[，。；,;]|$)))"
            rf"(?P<n>{NUM})(?P<unit>{units})(?:{_WINNERS_WORDS}|得奖者)?"
        )
        # 为新认定的15家市级就业见习基地授牌, 为8家省级众创空间颁牌: a designation conferred on counted units with its plaque,
        # unquoted, its level word dropped (GUIDELINES §5 tenth review round: 为新认定的8家国家级专精特新“小巨人”企业授牌). The
        # level word marks the designation (not 为12家企业授牌: the holders' own noun, no honour named), and the plaque is
        # handed over (not 挂牌, a body hanging its own). The units may be described by the act that made them eligible
        # (为目前已通过评审的15家…授牌): a short clause ending on a designating or review verb and 的.
        self.designated_plaque = re.compile(
            rf"为(?:[^，。；\d为]{{0,8}}?(?:认定|命名|评定|评选|获批|评审|验收)的|{_BATCH})?(?P<n>{NUM})(?P<unit>家|个|所)"
            rf"{_BATCH}?{_LEVEL_WORD}(?P<honor>{_DESIGNATION_NAME})"
            # (…重点村和5个乡村旅游重点镇授牌: a second designation of the same batch, its level shared with the first)
            rf"(?:[和及、](?P<n2>{NUM})(?P<unit2>家|个|所)(?:{_LEVEL_WORD})?(?P<honor2>{_DESIGNATION_NAME}))?"
            r"(?:授牌|颁牌)")
        # 首批共认定院士专家工作站六家, 正式认定市级众创空间12个: the same designation conferred, the count after the
        # designation's name (not 认定高新技术企业312家: a rating of firms, no designation of the heads above). 认定 is
        # the body's own act, not the object of another verb: no designation undone, sought, pending or put off (取消认定,
        # 撤销认定, 申请认定, 申报认定, 拟认定, 待认定, 未认定, 复核认定, 暂缓认定, 不予认定); and 共认定 sums a batch only
        # after the batch's word (首批共认定, 今年共认定), else it is the stock held to date (全市共认定市级公共服务平台20个:
        # a running tally).
        self.designated_counted = re.compile(
            rf"(?:(?:{_BATCH}|本批|本次|此次|今年|年内)共|正式|新"
            r"|(?<![共拟待未])(?<!取消)(?<!撤销)(?<!申请)(?<!申报)(?<!复核)(?<!暂缓)(?<!不予))"
            rf"认定(?:{_LEVEL_WORD})?(?P<honor>{_DESIGNATION_NAME})"
            rf"(?P<n>{NUM})(?P<unit>家|个|所)(?=[，。；,;]|$)")
        # 为“先进单位”颁发奖牌，20个单位受到表彰: a plaque given for a quoted honour (GUIDELINES §5, like 为20户“种粮大户”
        # 授牌), the count of those commended in the next clause (为2023年度“…”: the year before the mark is dropped).
        self.plaque_commended = re.compile(
            rf"为[^，。；“”「」\d]{{0,4}}?(?:(?:19|20)\d{{2}}年度?)?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?:称号)?(?:获得者)?"
            r"(?:颁发了?(?:奖牌|奖状|证书|荣誉证书|牌匾)|授牌|颁牌|颁奖)[，,]"
            rf"[^，。；\d]{{0,8}}?(?P<n>{NUM})(?P<unit>{units})[^，。；\d]{{0,8}}?(?:受到|获得|得到)了?(?:表彰|表扬)(?=[，。；,;]|$)"
        )
        # 举行2023年度“十佳客户经理”颁奖仪式，10名客户经理获此殊荣: the count refers back to the honour
        # of the ceremony named before it.
        self.ceremony_anaphoric = re.compile(
            # (「香港十大杰出青年」选举颁奖典礼昨日举行，十位得奖者…: the winners of the prize the ceremony presents)
            rf"[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?:选举|评选)?(?:颁奖|表彰|授奖)(?:仪式|典礼|大会|晚会)"
            rf"[^。；]{{0,40}}?(?P<n>{NUM})(?P<unit>{units})(?:[^，。；\d]{{0,12}}?(?:获此殊荣|获此荣誉|获此称号)|(?:得奖者|获奖者|得主))"
        )
        # 全县“最美家庭”颁奖典礼在县文化馆举行，20户家庭受到表彰: those commended at a ceremony named after a quoted
        # honour, counted at the head of a clause of their own (GUIDELINES §5, a count referring back to an honour just
        # named); not …，20户家庭和10名个人受到表彰 (the count then runs over more than the honour's holders), nor a
        # name for several honours (“两优一先”, “双先”: the count is over all of them).
        # (举行“优秀教师”嘉许典礼，共嘉许65位教师 / 「杰出员工」颁奖礼，共嘉许28名…员工 / “文明楼院”授牌仪式，为15个楼院授牌:
        # the ceremony's act told with the count after it, the same conferral; not a count joined to another, nor one
        # with a quoted honour of its own in the clause)
        self.ceremony_quoted_commended = re.compile(
            rf"[{_QUOTE_OPEN}](?![^{_QUOTE_CLOSE}]*?[一二两三双][优先])(?P<honor>[^{_QUOTE_CLOSE}\n，。]{{2,20}})[{_QUOTE_CLOSE}](?:选举|评选)?"
            r"(?:颁奖|表彰|授奖|嘉许|授牌)(?:仪式|典礼|大会|晚会|(?<=颁奖)礼)"
            rf"[^。；]{{0,40}}?[，,]\s*(?:(?P<active>(?:共|并|现场)?(?:表彰|表扬|嘉许)了?)|(?P<given>为[^，。；\d“”「」]{{0,6}}?)|共有|共|有)?"
            rf"(?P<n>{NUM})(?P<unit>{units})"
            r"(?(active)[^，。；\d和及与、“”「」]{0,12}?|(?(given)[^，。；\d和及与、“”「」]{0,8}?(?:授牌|颁牌)"
            r"|[^，。；\d和及与、]{0,8}?(?:受到|获得|得到)了?(?:表彰|表扬|嘉许)))(?=[，。；,;]|$)"
        )
        # 对获得2023年度安全生产先进单位的15个单位进行了表彰: the same with an unquoted honour.
        self.honor_then_count_plain = re.compile(
            # (对评为优秀教师的15名教师进行了表彰: 评为 without 被 as well)
            rf"(?:获得|荣获|获评|被?评为)(?P<honor>[^，。；“”「」的]{{2,24}}?(?:{heads}))(?:称号|荣誉称号)?的(?P<n>{NUM})(?P<unit>{units})"
            # (…先进单位的8个乡镇和12家企业: a second count of holders of the same honour)
            rf"(?:[\u4e00-\u9fff]{{0,4}}?[和及与](?P<n2>{NUM})(?P<unit2>{units}))?"
        )
        # 对荣获一等奖的3个单位、二等奖的5个单位进行了表彰: a later item of that list, its honour before 的 and its count
        # (the receiving verb once, before the first item; checked to follow an item with its own count)
        self.listed_honor_then_count_plain = re.compile(
            rf"[、和及](?:获得|荣获|获评)?(?P<honor>[^，。；“”「」的、和及\d]{{2,24}}?(?:{heads}))(?:称号|荣誉称号)?的(?P<n>{NUM})(?P<unit>{units})"
        )
        # 3名同志获评全省优秀共产党员, 5名教师被评为省级优秀教师: a count, a verb, an unquoted honour
        # (2名教师获选市级骨干教师: 获选 as 获评; 12所学校被命名为省级文明校园)
        # 另有17位教育奉献奖得主一并接受表扬 / 大会表彰了17名青年科技奖获得者: a prize's winners counted and commended at
        # the event, the prize named before 得主/获得者 (§5: a prize conferred on its winners named by it, like 为12名白求恩奖
        # 获得者颁奖); not winners only described (3名诺贝尔奖得主出席), nor a prize name holding a verb (获奖者).
        self.winners_commended = literal_gated(re.compile(
            rf"(?P<lead>(?:表彰|表扬)了?)?(?P<n>{NUM})(?P<unit>{units})(?P<honor>(?:(?![获颁受被授为])[\u4e00-\u9fff]){{2,16}}?奖)"
            rf"(?:获得者|获奖者|得主)(?(lead)(?=[，。；,;、和及]|$)|[^，。；\d]{{0,8}}?(?:受到|接受|得到)了?[^，。；\d]{{0,6}}?(?:表彰|表扬))"
        ))
        self.count_verb_plain = literal_gated(first_char_gated(
            # (二十名教师中有三人被评为…: the count of those honoured is the one after 中有)
            rf"(?P<n>{NUM})(?P<unit>{units})(?:(?!中有|其中)[^，。；、\d“”「」]){{0,8}}?(?:获评|获选为?|被评为|评为|被授予|被命名为|荣获|获得|(?P<selected>入选))"
            # (我区两个村入选全国文明村镇, 3家企业入选省级专精特新企业名单: selected into an honour conferred, its list
            # named or not; not 入选…候选名单, …培育名单, …拟推荐名单: no head of an honour before 名单)
            # (3家企业入选省级专精特新企业名单: a level opening it, a short head ends the honour before its list)
            # (20个村被命名为卫生村: the honour ends the clause, so a short head ends it too, as before a count)
            rf"(?P<honor>[\u4e00-\u9fff]{{0,14}}?(?:{heads_before_count})|(?<=入选)(?:第[\d一二三四五六七八九十]+批)?{_LEVEL_OPENING}"
            rf"[\u4e00-\u9fff]{{1,14}}?(?:{heads_before_count})(?=名单))(?:荣誉称号|称号|(?(selected)名单))?(?=[，。；,;、和及]|$)"
        ))
        self.count_first = first_char_gated(
            # (20名全县优秀共产党员: a scope word may stand before the honour's first word)
            # (十個傑出義工團體: a head right after a head belongs to the honour)
            # (32名劳动模范: an honour complete in itself)
            # (120名各级先进个人: 各级, 各类, 各项 dropped like a level word, _HONOUR_FILLER_PREFIX, §5 fifteenth round)
            rf"(?P<n>{NUM})(?P<unit>{units})(?P<honor>(?:{_ALL_KINDS}){{0,2}}(?:全国|全省|全市|全县|全区|全校|[省市县区])?(?:(?:{starts})(?:[\u4e00-\u9fff]|（[\u4e00-\u9fff、]{{1,6}}）){{0,14}}?(?:{heads})(?:团体|组织|集体|单位|分队|团队|班组|教师|干部|医师|员工|职工|工作者|导师|长(?![\u4e00-\u9fff]))?|(?:{standalone})(?![\u4e00-\u9fff]{{0,2}}(?:代表|候选)))"
            # (命名了264个全国双拥模范城（县）: the honour's kind of unit and its bracketed alternative, ending the clause)
            r"(?:[\u4e00-\u9fff]{0,2}（[\u4e00-\u9fff、]{1,4}）(?=[，。；,;、]|$))?"
            # (命名了50个全国文明城市（区）: a start word, no head, a kind of place and its bracketed alternative places
            # ending the clause: places named, the honour as written; not 5个示范项目（试点）)
            rf"|(?:全国|全省|全市|全县|全区|[省市县区])?(?:{starts})[\u4e00-\u9fff]{{0,8}}?(?:城市|城|县|区|市|镇|乡)"
            r"（[区县市镇乡旗、]{1,4}）(?=[，。；,;、]|$))"
        )
        # 表揚42位模範勞工及8位特殊貢獻勞工: a second item with its own count joined after a counted honour (及, 以及, 暨,
        # 和, 与, 、), its honour ending in a head with no start word of the lists
        self.joined_count = re.compile(
            rf"(?:以及|及|暨|和|与|、)(?P<n>{NUM})(?P<unit>{units})(?P<honor>[\u4e00-\u9fff]{{2,14}}?(?:{heads}))"
            r"(?=[，。；,;、和及与暨]|以及|$)")
        # 颁发了“甲”“乙”等奖项共30个: a total over a group of quoted honours closed by 等, its count after the group
        self.quoted_etc_total = re.compile(
            rf"(?:颁发|颁授|评出|评选出|表彰|授予|决出)了?[{_QUOTE_OPEN}](?P<honor>[^{_QUOTE_CLOSE}\n，。；]{{2,30}})[{_QUOTE_CLOSE}]"
            rf"(?=(?:[、，,]?[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}\n，。；“”「」]{{2,30}}[{_QUOTE_CLOSE}]){{1,5}}等(?:[\d一二三四五六七八九十]+类)?"
            rf"(?:奖项|荣誉称号|荣誉|称号)(?:共计?|合计|总计)(?P<n>{NUM})(?P<unit>{units}))")
        # (受到表彰的先进党支部有6个: 有 between the honour and its count)
        self._head_then_count = re.compile(rf"(?:{heads_before_count})[{_QUOTE_CLOSE}]?(?:{_WINNERS_WORDS})?(?:{_BEFORE_ITEM_COUNT})?(?:(?<=章|状)[ \t\u3000])?{NUM}(?:{units})")
        self.honor_first = re.compile(
            # (其中A级诚信企业30家, AAA级诚信企业: Latin letters of a grade inside the honour, more of it after them)
            rf"(?P<honor>(?:{starts})?(?:[\u4e00-\u9fff“”「」]|[A-Za-z]{{1,4}}(?=[\u4e00-\u9fff])){{0,14}}?(?:{heads_before_count}))[{_QUOTE_CLOSE}]?(?:{_WINNERS_WORDS})?(?:{_BEFORE_ITEM_COUNT})?"
            # (大紫荆勋章 3人: a space between a medal or a certificate and its count, §5; lines such as 示范医院 12所
            # are read only under a conferral, list_line)
            rf"(?:(?<=章|状)[ \t\u3000])?(?P<n>{NUM})(?P<unit>{units})"
            # (…一等奖5篇、二等奖10篇获奖。: 获奖 closing the clause says the counted works won the prize)
            r"(?![\u4e00-\u9fff]{0,2}(?:党员|同志|获奖(?![，。；,;]|$)|受表彰)|奖项|类)"  # “甲奖”、“乙奖”三个奖项: categories
        )

        # Merit citations (立功): 为12名民警记个人三等功, 3个集体荣立集体二等功, 给予15名同志记三等功奖励 /
        # 记个人二等功1人、个人三等功5人 / 对荣立三等功的8名官兵进行表彰.
        self.merit_for = re.compile(
            # (为6名参与救援民警记三等功; not 为荣立二等功的2名民警和荣立三等功的10名…: the next holders' grade)
            # (为5名员警记一大功, 为12名员警各记功2次: Taiwan's merits after their holders, 记 kept in the citation's name)
            rf"(?P<n>{NUM})(?P<unit>{units})(?:(?![和及与](?:荣立|记))[^，。；、\d“”「」]){{0,8}}?(?:(?:记|荣立|立)了?|(?={_WORD_ENDING_JI}记))"
            rf"(?P<honor>{_MERIT}|{_RECORDED_COMMENDATION}|{_TW_MERIT})"
        )
        # (記一大功員警3人、記功2次員警20人、嘉獎2次員警60人: Taiwan's citations with the holders' noun before their count,
        # 嘉奖 with its times a citation like 记功2次; the noun is no part of the citation, §5 "count as written")
        self.merit_counted = re.compile(
            rf"(?<![\u4e00-\u9fff]{{2}}的)(?P<honor>{_MERIT}|{_RECORDED_COMMENDATION}|{_TW_MERIT}|{_TW_COMMENDATION_TIMES})(?:奖励)?"
            rf"(?:{_TW_MERIT_HOLDERS})?(?P<n>{NUM})(?P<unit>{units})")
        # 对表现突出的7名民警予以嘉奖 / 给予7名民警嘉奖奖励 / 给予2名民警个人三等功奖励: a commendation or a
        # citation given to a count with 予以/给予 (not 对获得嘉奖的7名…: the holders, read above)
        # (授予刑侦大队等2个单位集体三等功: 授予 with the recipients and the citation as its two objects)
        self.commended = re.compile(
            # (对获评“优秀”等次的18名公务员予以嘉奖: a quoted grade describing those commended)
            rf"(?:对|给予了?|授予|追授)(?:[^，。；“”「」\d]|[“「][^，。；“”「」]{{1,12}}[”」]){{0,16}}?(?P<n>{NUM})(?P<unit>{units})[^，。；“”「」\d嘉记]{{0,10}}?"
            # (宣读了对9名民警予以嘉奖的决定: the decision conferring it; not 嘉奖的民警, its holders)
            rf"(?:予以|给予了?)?(?:通报)?记?(?P<honor>嘉奖|{_MERIT})(?!的(?!决定|命令|通令|通报))"
        )
        # 5名同志获得县委、县政府嘉奖: a commendation received, the bodies giving it between (not 曾获得…: a record).
        self.commendation_received = re.compile(
            rf"(?P<n>{NUM})(?P<unit>{units})[^，。；、\d“”「」曾]{{0,8}}?(?:获得|受到|得到)了?[^，。；\d“”「」的曾]{{0,16}}?(?P<honor>嘉奖)(?![令的])"
        )
        self.merit_holders = re.compile(rf"(?:荣立|记|获得?|受到?)了?(?P<honor>{_MERIT}|嘉奖)的(?P<n>{NUM})(?P<unit>{units})")
        # 会议对先进单位和先进个人进行了表彰，4个单位、12名个人受到表彰: counts of plain holders, then a passive verb of
        # commendation; their honours are the ones named just before (_NAMED_FOR_COUNTS).
        self.commended_plain = re.compile(
            rf"(?:^|(?<=[，,：:\s]))(?P<lead>[^，。；,;：:\d“”「」]{{0,8}}?)"
            # (a holder noun of up to six characters: 36名人民陪审员受到表彰, the head of 优秀人民陪审员)
            rf"(?P<items>(?:{NUM}(?:{units})[^\W\d和及与、]{{0,6}}?[、和及与]){{0,3}}{NUM}(?:{units})[^\W\d和及与、]{{0,6}}?)"
            r"(?:分别|均|都)?(?=(?:受到|得到|获得|获|被|受)了?(?:通报)?(?:表彰|表扬)(?=[，。；,;]|$))"
        )
        self._commended_plain_item = re.compile(rf"(?P<n>{NUM})(?P<unit>{units})(?P<noun>[^\W\d和及与、]{{0,6}})")

    @staticmethod
    def _respective_tokens(text: str, m: re.Match[str]) -> tuple[str, str] | None:
        """The two honours of a conferral match ``m`` with two counts when 分别 pairs them with two quoted honours and
        their tokens joined by 和 (分别为30名…、20名…颁发了“甲”纪念章和“乙”证书 → 甲纪念章, 乙证书); else None."""
        clause_start = start_after(text, m.start())
        token = _TOKEN_WORD.match(text, m.end("honor") + 1)
        joined = _JOINED_TOKEN.match(text, token.end()) if token else None
        if joined is None or "分别" not in text[clause_start : m.start("honor")]:
            return None
        return m["honor"] + token.group(), _QUOTES.sub("", joined["more"][1:])

    def _other_holders(self, other: str, named: str, unit: str) -> bool:
        """``other``, a quoted honour named before ``named``, is the one a count in ``unit`` refers back to when
        ``named`` is of the other kind: one is an honour of bodies, the other reads as an honour of people."""
        bodies = _ORG_HONOR.search(named) is not None
        return bodies != (_ORG_HONOR.search(other) is not None) and not _kind_mismatch(other, unit) \
            and (unit in self.person_units) == bodies and self._honor_like(other)

    def _shared_qualifier(self, honor: str, head: str) -> bool:
        """Whether ``head`` after 和 is a holder's word that takes the qualifier of ``honor`` (先进集体和个人: 先进个人), so
        that the two are honours joined under one count."""
        own = _ANY_HOLDER.search(honor)
        return own is not None and head in ("集体", "单位", "个人") and head != own.group() \
            and self._honor_like(honor[: own.start()] + head)

    def _kind(self, unit: str, honor: str, after: str = "") -> str | None:
        """``after``: the text right after the count's unit."""
        if unit == "户":
            return None  # households are neither persons nor organizations (corpus/GUIDELINES.md §5)
        if honor.endswith("家庭") and unit not in self.person_units:
            # 两个“五好家庭”, 20个“最美家庭”: families, like households, have no recipient kind, also when counted by
            # 个 (§5 eleventh review round; 20名“最美家庭”成员: their members, people)
            return None
        if unit == "个" and honor.endswith("个人"):
            return "person"  # “爱心个人”奖项20个: persons, though counted by 个 (§5 eleventh review round)
        if _ORG_HONOR.search(honor) and not (unit in self.person_units and _MEMBERS_AFTER_QUOTE.match(after)):
            return "organization"
        if _THING_HONOR.search(honor) and unit not in self.person_units:
            # 评出优秀案例30个, 优秀志愿服务项目20个: works and projects, no bodies (§5; not 获得“优秀项目”的3个项目和
            # 20名个人: people counted by a unit of persons, whatever the honour names)
            return None
        citation = _CITATION.fullmatch(honor)
        # (3家派出所获得嘉奖, 对3个中队给予集体嘉奖: the count is of bodies named after it, not of citations; 评出三等功12个、
        # 嘉奖40个: the citation before its count and no noun after it, citations counted)
        if citation and unit not in self.person_units and unit == "个" and (
                after.startswith(honor) or _NO_NOUN_AFTER.match(after)):
            # 27个个人三等功, 150个嘉奖: citations counted; their holders are people when 个人 says so, bodies when
            # 集体 does, else unknown (§5)
            return {"个人": "person", "集体": "organization"}.get(citation["holder"] or "")
        if unit in self.person_units:
            return "person"  # 12名“优秀党组织书记”: people, though the honour names an organization
        # (特优8校: schools; 绩优农事小组3组: farming groups, bodies counted by their own measure word)
        if unit in ("个", "家", "支", "所", "县市", "县", "村", "间", "队", "校", "组"):
            return "organization"
        return None

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[dict[str, Any]]:
        awards: list[dict[str, Any]] = []
        # (the sentence before conferred counted honours: 表彰了…。其中，… continues it; not 拟表彰…公示。
        # 其中，…, nor 引进人才500名。其中，…)
        conferred_before = False
        conferring_before = False  # the sentence before confers honours, whether counted or not
        # the conferring sentence that leads the lines proposes them (以下单位和个人为表彰候选对象。: candidates, §5)
        proposed_before = False
        list_rows: set[int] = set()  # where the rows of a list that a conferral introduces start
        # (一、先进集体 / 办公室、财务科… / 共10个: a section of a list closed by its count, read as one row)
        joined, closed_sections = self._split_rows_joined(doc.clean_text, sentences)
        for sentence in map(self._recipient_view, map(_quote_view, joined)):
            text = sentence.text
            # (…名单，我市有3家医院入选: 入选 an award word only when it refers back to an honour's list)
            # (12名学生获省级“优秀学生干部”: a bare 获 of a quoted honour after a count, _COUNT_GOT_QUOTED)
            # (确定25个团队为“优秀家庭医生团队”: a designation of counted holders to an honour, read as 命名 is, is its own
            # context; not 确定3个项目为“重点项目”, a list of projects, nor 计划确定…, a plan)
            # (首批共认定院士专家工作站六家: a designation conferred on counted units is its own context, as 命名 is)
            context_here = self.context.search(text) is not None or _COUNT_GOT_QUOTED.search(text) is not None or (
                "认定" in text and self.designated_counted.search(text) is not None) or (
                _DESIGNATING.search(text) is not None and any(self._honor_like(d["honor"]) for d in self.named_to.finditer(text))) or (
                "入选" in text and (
                self.referred.search(text) is not None or self.count_verb_plain.search(text) is not None
                or any(_SELECTED_INTO.search(text, q.end("unit"), q.start("honor")) for q in self.quoted.finditer(text))))
            # (一、先进集体（5个） / 大紫荆勋章：4人: a line of a list of honours under a conferral)
            line_item = self.line_count.match(text)
            if line_item is not None and not self._honor_like(line_item["honor"]):
                line_item = None
            # (一、优秀教师120名 / | 优秀员工 | 45名 |: a line of a list or a table row, read only under a conferral)
            list_row = self.list_line.match(text) if self._ends_in_unit(text) else None
            if list_row is not None and self._row_honour(list_row["honor"]) and self._list_introduced(doc, sentence):
                list_rows.add(sentence.start)
                line_item = line_item or list_row
            if sentence.start in closed_sections and line_item is not None:
                list_rows.add(sentence.start)  # (a row of the list, no headline over the body's counts)
            # (经研究，以下单位和个人为2023年度表彰候选对象。 / 先进集体（3个）: the rows of a proposal, nothing conferred,
            # as _line_list_conferred reads the lead sentence of the other list path)
            list_sentence = self.list_sentence.match(text) if conferring_before and not proposed_before else None
            if list_sentence is None and context_here:
                list_sentence = self.parts_clause.search(text)
            counted_sentence = self.counted_sentence.match(text) if conferring_before and not proposed_before else None
            # (其中，“年度卓越团队”3个、…: a quoted item under a conferral whose title, its year aside, opens on praise or
            # ranks its holders, or a quoted category of holders (“抗疫先锋集体”), as an item joined to a counted honour
            # reads; not “百岁老人”10名, “五保户”35户: groups of people quoted)
            quoted_items = set(_QUOTED_ITEM.findall(list_sentence["items"])) if list_sentence is not None else set()
            if list_sentence is not None and (_NOT_CONFERRED_LIST.search(text) or not all(
                    self._honor_like(item["honor"]) or (
                        item["honor"] in quoted_items and _VOUCHED_HONOR.search(_YEAR_OPENING.sub("", item["honor"])))
                    for item in self._list_item.finditer(_QUOTES.sub("", list_sentence["items"])))):
                list_sentence = None  # (全县共有省级文明村12个, 候选对象15个: holdings and candidates, nothing conferred)
            listed_on = list_sentence is not None or counted_sentence is not None or (conferred_before and _ITEMS_AFTER_TOTAL.match(text) is not None) or (
                line_item is not None
                and (line_item.re is self.list_line
                     or _line_list_conferred(doc.clean_text, sentence.start)))
            if not context_here and not listed_on:
                conferred_before = conferring_before = False
                continue
            count_before = len(awards)
            # (read only for a sentence that goes on: most sentences stop above)
            conferring_here = _CONFERRED_IN.search(text) is not None and not _PLANNED.search(text) and not _SCHEME.search(text)
            taken: list[tuple[int, int]] = []
            first_added = len(awards)
            # Two counts of one honour (授予甲等384名、追授乙等16名“…”; 颁发「…」予45名义工及8间机构), or of two
            # honours paired in order (分别授予3个单位和12名个人“甲”和“乙”称号).
            for m in (*self.counts_then_honors.finditer(text), *self.honors_then_counts.finditer(text)):
                plain = m.groupdict().get("plain")
                if plain:
                    honors = _JOINING.split(plain)
                    if not all(self._honor_like(h) for h in honors):
                        continue  # (授予…优秀教师和教练员称号: an item that reads as no honour; the phrase is read below)
                else:
                    honors = re.findall(rf"[{_QUOTE_OPEN}]([^{_QUOTE_CLOSE}]+)[{_QUOTE_CLOSE}]", m["honors"])
                taken.append((m.start(), m.end()))
                counts = list(self._count.finditer(m["counts"]))
                if len(counts) > len(honors):
                    # (授予3个教研组、30名教师和2个年级组“先进集体”“优秀教师”称号: each count by its kind)
                    paired = _pair_by_kind(honors, [c["unit"] for c in counts])
                    if paired is None:
                        continue  # 20个党组织、85名党员和15名党务工作者“甲”“乙”: the kinds leave a count unsure
                    honors = paired
                elif len(counts) != len(honors) or any(_kind_mismatch(h, c["unit"]) for h, c in zip(honors, counts, strict=True)):
                    continue  # two counts for three honours, or a count of people for bodies: no pairs guessed
                for honor, c in zip(honors, counts, strict=True):
                    self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[honor],
                              at=m.start("counts") + c.start("n"))
            for m in self.quoted_for_groups.finditer(text):
                groups = list(self._group_count.finditer(m["groups"]))
                if not all(_GROUP_NAMED.fullmatch(g["who"]) and not self._honor_like(g["who"]) for g in groups):
                    continue  # 授予“甲奖”先进集体5个: an honour after the quote, not the holders; read below
                taken.append((m.start(), m.end()))
                for g in groups:
                    self._add(awards, doc, sentence, m, g["n"], g["unit"], honor_first=False, honors=[m["honor"]],
                              at=m.start("groups") + g.start("n"))
            for m in (*self.paired.finditer(text), *self.paired_granted.finditer(text), *self.paired_received.finditer(text),
                      *self.given_to.finditer(text)):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if m.re in (self.paired_granted, self.paired_received) and any(_kind_mismatch(m["honor"], m[u]) for u in ("unit", "unit2")):
                    continue  # 授予15名同志、3个党支部“先进基层党组织”称号: not one honour for both counts
                taken.append((m.start(), m.end()))
                # (頒發「模範勞工」獎予…: the prize named with the 奖 after the mark)
                prize = [m["honor"] + "奖"] if m.groupdict().get("prize") and not m["honor"].endswith("奖") else None
                for n in ("n", "n2"):
                    if m[n]:
                        self._add(awards, doc, sentence, m, m[n], m["unit" + n[1:]], honor_first=False, honors=prize,
                                  at=m.start(n))
                joined = self._given_to_joined.match(text, m.end()) if m.re is self.given_to else None
                while joined is not None:
                    prize = [joined["honor"] + "奖"] if joined["prize"] and not joined["honor"].endswith("奖") else [joined["honor"]]
                    self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False, honors=prize,
                              at=joined.start("n"))
                    taken.append((joined.start(), joined.end()))
                    joined = self._given_to_joined.match(text, joined.end())
            for m in self.works_granted.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[m["honor"]], at=m.start("n")):
                    taken.append((m.start(), m.end()))
            # (prize grades first: 一、二、三等奖各评出2名、4名、6名，分别授予“…”称号 counts the grades, the title after them
            # shared and no count of its own)
            for m in self.grades_counts.finditer(text):
                if _SET_UP_END.search(text[: m.start()]):
                    continue  # 比赛设一、二、三等奖5名、10名、15名: prizes set up, none conferred yet
                taken.append((m.start(), m.end()))
                grades = [g + "等奖" for g in _GRADE_NUMERAL.findall(m["grades"])]
                counts = list(self._count.finditer(m["counts"]))
                if len(counts) == len(grades):  # (else no pairs guessed)
                    for grade, c in zip(grades, counts, strict=True):
                        self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[grade],
                                  at=m.start("counts") + c.start("n"))
            # 评出一、二、三等奖各10名: one record per grade
            for m in self.grades_each.finditer(text):
                if _SET_UP_END.search(text[: m.start()]):
                    continue  # 比赛设一、二、三等奖各5名: prizes set up, none conferred yet
                grades = [g + "等奖" for g in _GRADE_NUMERAL.findall(m["grades"])]
                if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=grades, at=m.start("n")):
                    taken.append((m.start(), m.end()))
            for m in self.granted_them.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                pairs = [("n", m["honor"]), ("n2", m["honor2"])]
                if m["honor2"] is None:
                    pairs = [(n, m["honor"]) for n in ("n", "n2") if m[n]]  # 授予其“甲”称号: one honour for each count
                elif not m["n2"]:
                    continue  # two honours, one count: not paired
                for n, honor in pairs:
                    self._add(awards, doc, sentence, m, m[n], m["unit" + n[1:]], honor_first=False, honors=[honor], at=m.start(n))
                taken.append((m.start(), m.end()))
            for m in self.respectively_counts.finditer(text) if self._unit_then_link.search(text) else ():
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                # (评选出一、二、三等奖分别为5名、10名、15名: grades written once, one item each)
                items = _HONOURS_SPLIT.split(_JOINED_GRADES.sub(lambda g: "等奖、".join(_GRADE_NUMERAL.findall(g.group())),
                                                                m["honors"]))
                if not _HONOURED_BEFORE.search(text, 0, m.end("honors") - len(items[-1])):
                    continue  # 参加评选的…分别为50名和30名: the entrants, not those honoured
                honors = [_LEADING_VERB.sub("", _UP_TO_DE.sub("", h)) for h in items]
                if not all(self._honor_like(h) for h in honors):
                    continue
                counts = list(self._count.finditer(m["counts"]))
                if m["loose"] is not None and not _pairs_in_order([_QUOTES.sub("", h) for h in honors], [c["unit"] for c in counts]):
                    continue  # 表彰优秀党员、先进集体10名、20个: no 分别, and the names contradict the order
                taken.append((m.start(), m.end()))
                if len(counts) != len(honors):
                    continue  # 甲、乙、丙分别为10个、30名: not one count per honour, no pairs guessed
                for honor, c in zip(honors, counts, strict=True):
                    self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[honor],
                              at=m.start("counts") + c.start("n"))
            for m in self.respectively_received.finditer(text):
                # (分别获评“甲”“乙”: quoted honours side by side)
                honors = [h for h in re.split(rf"[、和及与]|(?<=[{_QUOTE_CLOSE}])(?=[{_QUOTE_OPEN}])", m["honors"]) if h]
                counts = list(self._count.finditer(m["counts"]))
                if len(honors) < 2 or not all(len(_QUOTES.sub("", h)) >= 2 and (self._honor_like(h) or _QUOTES.search(h))
                                              for h in honors):
                    continue  # (分别荣获全国和省级先进集体称号: one honour at two levels, not two honours)
                if m["plain"] and not _pairs_in_order([_QUOTES.sub("", h) for h in honors], [c["unit"] for c in counts]):
                    continue  # 3个集体和5名个人获得“先进个人”和“先进集体”称号: no 分别, and the names contradict the order
                taken.append((m.start(), m.end()))
                if len(honors) != len(counts):
                    continue  # three honours for two counts: no pairs guessed
                quoted = re.match(rf"[{_QUOTE_OPEN}][^{_QUOTE_CLOSE}]+[{_QUOTE_CLOSE}]", honors[0])
                if quoted and _CATEGORY.fullmatch(honors[0][quoted.end() :]) and all(_CATEGORY.fullmatch(h) for h in honors[1:]):
                    honors[1:] = [quoted.group() + h for h in honors[1:]]  # “三下乡”先进集体、先进个人: the second is “三下乡”先进个人
                for honor, c in zip(honors, counts, strict=True):
                    self._add(awards, doc, sentence, m, c["n"], c["unit"], honor_first=False, honors=[honor],
                              at=m.start("counts") + c.start("n"))
            for m in self.listed_each.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue  # 先进集体、先进个人各10个、25名: the counts paired in order already
                items = _JOINING.split(_LEADING_CONNECTOR.sub("", _LEADING_VERB.sub("", m["honor"])))
                if any(h.endswith("代表") for h in items) or _ACTING_AFTER.match(text, m.end()):
                    continue  # 优秀党员和优秀党务工作者代表各1名作交流发言: representatives acting
                second = _SECOND_UNIT.match(text, m.end())
                paired = _pair_by_kind(items, [m["unit"], second["unit"]]) if second and len(items) == 2 else None
                if paired is not None and all(self._honor_like(h) for h in items):
                    # 先进集体、先进个人各10个（名）: each honour with the unit of its kind, one record each (§5)
                    for honor, unit in zip(paired, (m["unit"], second["unit"]), strict=True):
                        self._add(awards, doc, sentence, m, m["n"], unit, honor_first=False, honors=[honor], at=m.start("n"),
                                  split_dual=True)
                    taken.append((m.start(), second.end()))
                    continue
                if len(items) > 1 and all(self._honor_like(h) for h in items) and self._add(
                        awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=items, at=m.start("n")):
                    taken.append((m.start(), m.end()))
            if line_item is not None:
                n, unit = (line_item["n"], line_item["unit"]) if line_item["n"] else (line_item["n2"], line_item["unit2"])
                if self._add(awards, doc, sentence, line_item, n, unit, honor_first=False, honors=[line_item["honor"] + (line_item.groupdict().get("grade") or "")],
                             at=line_item.start("n") if line_item["n"] else line_item.start("n2")):
                    taken.append((line_item.start(), line_item.end()))
            if "授牌" in text or "颁牌" in text or "认定" in text:
                for m in (*self.designated_plaque.finditer(text), *self.designated_counted.finditer(text)):
                    if self._designation_tallied(text, m.start()):
                        continue  # 今年以来，全市已为20家市级…基地授牌: plaques handed out over a period, a tally (§5)
                    if not any(m.start() < e and s < m.end() for s, e in taken) and self._add(
                            awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[m["honor"]],
                            at=m.start("n"), kind="organization"):
                        taken.append((m.start(), m.end()))
                        if m.groupdict().get("n2"):
                            self._add(awards, doc, sentence, m, m["n2"], m["unit2"], honor_first=False,
                                      honors=[m["honor2"]], at=m.start("n2"), kind="organization")
            # The patterns with a long lazy honour scan run only where their core is present.
            # (by identity: a compiled pattern's hash reads its whole program)
            merit = "等功" in text or "嘉奖" in text or _TW_MERIT_WORD.search(text) is not None
            absent = {id(p) for p, core in (
                (self.honor_first, self._head_then_count.search(text) is not None),
                (self.handed_to, "予" in text or "奖给" in text),
                (self.plain_handed_to, "予" in text),
                (self.anaphoric, "获此" in text or "获奖" in text or "由" in text),
                (self.announced_anaphoric, "获奖" in text),
                (self.ceremony_anaphoric, "获此" in text or "奖者" in text or "得主" in text),
                (self.plaque_commended, "为" in text and ("表彰" in text or "表扬" in text)),
                (self.ceremony_quoted_commended, "表彰" in text or "表扬" in text or "嘉许" in text or "授牌" in text),
                (self.ceremony_prize_won, "颁奖" in text or "授奖" in text or "颁授" in text),
                (self.prize_set_winners, "设" in text and ("奖者" in text or "得主" in text or "获得者" in text
                                                       or "获奖" in text or "得奖" in text)),
                (self.merit_for, merit),
                (self.merit_counted, merit),
                (self.merit_holders, "等功" in text or "嘉奖的" in text),
                (self.commended, merit),
                (self.commendation_received, "嘉奖" in text),
                # (the verb of received holds 获; the counts of both bracketed patterns sit in brackets)
                (self.received, "获" in text),
                (self.quoted_bracketed_count, "（" in text or "(" in text),
                (self.bracketed_count, "（" in text or "(" in text),
            ) if not core}
            for m in self.quoted_then_count.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if m["works"]:
                    lead = text[start_after(text, m.start()) : m.start()]
                    if not _WORKS_CONFERRED.search(lead) or _WORKS_NOT_WON.search(lead):
                        continue  # 组织申报“科技进步奖”项目20个, 通报了“…奖”项目20个的推荐情况: no prize won
                before = self._count_before.search(text, max(0, m.start() - 12), m.start())
                # (not 获得“甲”的6个代表队和“乙”30名: the count before holds the item that 和 closes, the quote its own)
                own_count_before = before is not None and text[before.start() - 1 : before.start()] not in _QUOTE_CLOSE \
                    and not _JOINER_END.search(before.group())
                honors = re.findall(rf"[{_QUOTE_OPEN}]([^{_QUOTE_CLOSE}]+)[{_QUOTE_CLOSE}]", m["honor"])
                start = m.start()
                if own_count_before and len(honors) == 1:
                    continue  # 12名“甲”、6名“乙”: each count stands before its honour (not “甲”10名和“乙”6名)
                if m["honor"][-1] not in _QUOTE_CLOSE and m.end() < len(text) and text[m.end()] in _QUOTE_OPEN:
                    continue  # 对“甲”、20名“乙”和6个“丙”: the count stands before the next quoted honour, not after this one
                if _COMMA_OPENING.match(text[m.end("honor") : m.start("n")]) and not _CLAUSE_END_AHEAD.match(text[m.end():]) \
                        and not _FOLLOWING_WORD.search(text[m.end("honor") : m.start("n")]):
                    continue  # 被评为“…”，共12名教师在比赛中获奖: the count of another clause
                if "评" in text[m.end("honor") : m.start("n")] \
                        and _OTHER_PERIOD_CHOSEN.search(text, start_after(text, m.start()), m.start()):
                    continue  # 去年“青年科技奖”共评出获奖者15名: winners chosen in another period, not at this event
                if m["unit"] == "处":
                    clause_start, clause_end = start_after(text, m.start()), clause_bounds(text, m.end("n"))[1]
                    if _SITES_CHECKED.search(text, clause_start, m.start()) \
                            or not _CONFERRED_DONE.search(text, clause_start, clause_end):
                        continue  # 通报了检查“三小场所”200处的情况: sites checked, none honoured
                if m["token"]:
                    honors = [h + m["token"] for h in honors]
                elif (m["object"] or m["prizes"]) and _OBJECTS_MADE.search(text, start_after(text, m.start()), m.start()):
                    # 为本次表彰大会订制“劳动模范”奖杯20座: objects made, no honour for any later reader either
                    taken.append((start_after(text, m.start()), m.end()))
                    continue
                elif (m["object"] or m["prizes"]) and not _CONFERRAL_OF_OBJECTS.search(
                        text, start_after(text, m.start()), clause_bounds(text, m.end("n"))[1]):
                    continue  # 订购“安全生产”奖杯3座, 制作“劳动模范”奖牌20块用于本次表彰: objects bought or made, none handed over
                elif m["merit"]:
                    # 为“平安工地”示范项目12个授牌: the works honoured, only with a verb of conferring in the clause (not
                    # 打造“美丽乡村”示范项目12个, 建成“四好农村路”示范工程5个: works built, §5)
                    if not _CONFERRED_DONE.search(text, start_after(text, m.start()), clause_bounds(text, m.end("n"))[1]):
                        continue
                    honors = [h + m["merit"] for h in honors]
                if len(honors) > 1 and "各" not in text[m.end("honor") : m.start("n")]:
                    # (表彰了10个“先进集体”和“先进个人”50名: the first has its own count before it; 表彰了“…50强”“…优秀民营
                    # 企业家”20名: two quotes side by side, no mark between and no total word before the count; the count
                    # after the last is that one's, as after “甲”和“乙”20名, never the two names run together)
                    side_by_side = len(honors) == 2 and re.search(f"[{_QUOTE_CLOSE}][{_QUOTE_OPEN}]", m["honor"]) is not None \
                        and not _TOTAL_BEFORE.search(text, m.end("honor"), m.start("n"))
                    if not (own_count_before or side_by_side) or m["honor"][-1] not in _QUOTE_CLOSE \
                            or _CATEGORY_AHEAD.match(text[m.end() :]):
                        # “甲”“乙”共12名 without 各: the count is not each one's (nor …“乙”和8个“丙”: the next item's;
                        # 下设“甲奖”“乙奖”“丙奖”三个奖项: the categories counted, §5)
                        continue
                    if side_by_side and not own_count_before and not _COUNT_IN_NAME.search(honors[0]):
                        # (评选出“好婆婆”“好媳妇”12名: neither name counts its own holders, so the count is over the
                        # pair, named as written, 好婆婆、好媳妇, as “甲”“乙”等奖项 is; §5, never a cut part)
                        honors = ["、".join(honors)]
                    else:
                        honors = honors[-1:]
                        # (the quotes before the last are left to the patterns reading their own counts)
                        start = m.start("honor") + max(m["honor"].rfind(q) for q in _QUOTE_OPEN)
                if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=honors,
                             at=m.start("n")):
                    taken.append((start, m.end()))
                    # (颁发了“光荣在党50年”纪念章28枚和“优秀共产党员”证书40本: a second token with its own count)
                    # (“优秀共产党员”证书40本: a certificate's or a trophy's noun dropped, as above)
                    joined = self._token_count_joined.match(text, m.end()) if m["token"] or m["object"] else None
                    if joined and self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                                            honors=[joined["honor"] + ("" if joined["token"] in _COUNTED_OBJECTS
                                                                       else joined["token"])], at=joined.start("n")):
                        taken.append((joined.start(), joined.end()))
            # (listed_before_verb looks ahead to a verb of conferring or receiving, each ending in 表彰, 表扬 or 嘉奖)
            for m in (*([list_sentence] if list_sentence is not None else []), *self.listed_after_verb.finditer(text),
                      *(self.listed_before_verb.finditer(text) if _COMMENDED_WORDS.search(text) else ())):
                items = list(self._list_item.finditer(m["items"]))
                if m.re is self.listed_after_verb and (m["respective"] or m["within"]) and not _HONOURED_BEFORE.search(text, 0, m.start()):
                    continue  # 参评单位分别为…, 全县有文明村50个，其中…: no conferral said before the counts
                if any(_WHOLE_OR_JOINER_END.search(item["honor"]) for item in items):
                    continue  # 表彰了全市50名劳动模范和20个先进集体, …和全县12所…: counts first, read below
                if _ITEMS_AFTER_TOTAL.match(m.group()) and (
                        any(_NOT_HONOUR_ITEM.search(item["honor"]) for item in items) or _ACTING_AFTER.match(text, m.end())):
                    continue  # 其中，先进个人代表3名作典型发言: representatives acting, not the parts of a total
                if m.re is self.listed_before_verb and any(_ENDS_IN_REPRESENTATIVES.search(item["honor"]) for item in items):
                    continue  # 优秀共产党员代表10名受到表彰: representatives on stage, not all those honoured
                if any(_CONFERRING_END.search(item["honor"]) for item in items):
                    continue  # 其中大紫荆勋章颁予3人: an honour handed to a count, read as such below
                # 表扬模范父亲32名、孝行楷模10名: one item reading as an honour vouches for the list
                # (a whole quoted item vouches for none: 表彰“服务之星”15名、客户经理20名)
                listed = any((self._honor_like(item["honor"]) or _LEADING_HOUSEHOLD.match(item["honor"]))
                             and not _WHOLE_QUOTED_ITEM.fullmatch(item["honor"]) for item in items)
                # (表彰爱心企业12家、热心公益人士8名: caring holders counted right after 表彰 or 评选出, §5 twelfth round)
                listed = listed or (m.re is self.listed_after_verb and _CARING_CONFERRED_BEFORE.match(m.group()) is not None
                                    and any(_CARING_HOLDERS.match(item["honor"]) for item in items))
                grade_prefix = ""  # (优秀QC成果一等奖3项、二等奖6项: a bare grade after a full one is a grade of its prize)
                within = _WITHIN_BEFORE_ITEMS.search(text, 0, m.start("items"))
                if within is not None:
                    grade_prefix = _prize_before_within(text, within.start() + 1)
                for item in items:
                    span = (m.start("items") + item.start(), m.start("items") + item.end())
                    if any(span[0] < e and s < span[1] for s, e in taken) or _WHOLE_QUOTED_ITEM.fullmatch(item["honor"]):
                        continue  # (a whole quoted item: quoted_then_count's)
                    if m["items"][item.start() - 1 : item.start()] in ("，", ",") and (
                            not self._honor_like(item["honor"]) or _ENDS_IN_REPRESENTATIVES.search(item["honor"])
                            or not _ITEM_CLOSED.match(text, span[1])):
                        break  # 表彰先进网点10个，新增客户2000户 / 优秀员工代表20名参加会议: a clause after a comma that names
                        # no honour, or tells what those counted do, ends the list
                    if m.re is self.listed_before_verb and not self._honor_like(item["honor"]) and _PLAIN_NOUN_END.search(item["honor"]):
                        continue  # 对新入职教师20名、优秀教师15名进行了表彰: a plain noun among the honours before the verb
                    if _LATIN_LETTERS.search(item["honor"]) and not self._honor_like(item["honor"]):
                        continue  # 表彰了VIP客户10名和优秀员工20名: a class of customers, not vouched for by the list
                    if _VERB_LED_DESCRIPTION.match(item["honor"]):
                        continue  # 表扬服务满三十年的教职员20名: the verb and a description of plain holders, no honour
                    if item["honor"].startswith("其中"):  # (省自然科学奖49项，其中一等奖1项: 其中 inside the list)
                        grade_prefix = _prize_before_within(text, m.start("items") + item.start())
                    added_before = len(awards)
                    if self._add(awards, doc, sentence, item, item["n"], item["unit"], honor_first=True, listed=listed,
                                 at=m.start("items") + item.start("n")):
                        taken.append(span)
                        self._add_bodies_joined(awards, doc, sentence, span[1])
                    if len(awards) > added_before:
                        grade = _PRIZE_GRADE.search(awards[-1]["honor"])
                        if grade is None:
                            grade_prefix = ""
                        elif grade.start() > 0:
                            grade_prefix = awards[-1]["honor"][: grade.start()]
                        elif grade_prefix:
                            awards[-1]["honor"] = grade_prefix + awards[-1]["honor"]
                            if _TEAM_PRIZE.match(grade_prefix) and awards[-1]["unit"] == "个" and awards[-1]["recipient_kind"] is None \
                                    and not (_MIXED_RECIPIENTS.match(sentence.text, span[1]) or _THING_HONOR.search(awards[-1]["honor"])):
                                awards[-1]["recipient_kind"] = "organization"  # 团体一等奖1个、二等奖2个: team prizes too
            for m in (*([counted_sentence] if counted_sentence is not None else []), *self.counted_after_verb.finditer(text),
                      *self.counted_before_verb.finditer(text)):
                if m.re is self.counted_after_verb and m["verb"] is None and m["after_verb"] is None:
                    continue  # 对12名…: 对 with no conferring verb after the counts
                counted_items = list(self._counted_item.finditer(m["items"]))
                # (表扬63位模范劳工及5位劳工之友: after the conferring verb one item reading as an honour vouches for
                # the items joined to it that read as honours of their own kind, not for plain nouns: 表彰了50名优秀教师和
                # 10名新入职教师, 30名优秀运动员和5名教练员)
                vouched = m.groupdict().get("verb") is not None and len(counted_items) > 1 and any(
                    self._honor_like(item["honor"]) and not _WHOLE_QUOTED_ITEM.match(item["honor"]) for item in counted_items)
                for item in counted_items:
                    honor, at = item["honor"], m.start("items") + item.start("n")
                    if _WHOLE_QUOTED_ITEM.match(honor):
                        continue  # (an item opening on a quoted word: the quoted patterns')
                    span = (at, m.start("items") + item.end())
                    honor = honor.rsplit("为", 1)[-1] if m.group().startswith("命名") else honor  # 命名了5个村为…示范村
                    # (27个个人三等功和150个嘉奖: merit citations and commendations count like honours, §5)
                    honor_read = self._honor_like(honor) or (vouched and _VOUCHED_HONOR.search(honor) is not None) \
                        or _MERIT_OR_COMMENDATION.fullmatch(honor) is not None
                    # (表彰了12家爱心企业, 12家爱心企业和8名热心人士受到表彰: caring holders right after 表彰 or 评选出 or
                    # before a passive or 对…进行 表彰, §5 twelfth review round; not 12家爱心企业捐款)
                    honor_read = honor_read or (_CARING_HOLDERS.match(honor) is not None and (
                        _CARING_CONFERRED_BEFORE.match(m.groupdict().get("verb") or "") is not None
                        or _CARING_CONFERRED_AFTER.match(text, m.end()) is not None))
                    honor_read = honor_read or (_RANKING_TITLE.match(honor) is not None
                                                and _RANKING_CONFERRED_BEFORE.match(m.groupdict().get("verb") or "") is not None)
                    if any(span[0] < e and s < span[1] for s, e in taken) or _CLAUSE_NOT_HONOR.search(honor) or not honor_read:
                        continue  # (表彰了12名优秀党员和优秀党务工作者: one count over two honours; 10名同志: no honour;
                        # 300名优秀员工代表参加大会, 50名先进工作者受到表彰: a clause, not an honour)
                    if self._add(awards, doc, sentence, item, item["n"], item["unit"], honor_first=False, honors=[honor], at=at):
                        taken.append(span)
            for m in [*self.referred.finditer(text), *(self.referred_after.finditer(text) if "获此" in text else ())] \
                    if any(w in text for w in _REFERRED_WORDS) else ():
                clause_start = start_after(text, m.start("n"))
                if m["anaphor"] and self._tallied(text, clause_start, m.start("n"), _REFERRED_TALLY):
                    continue  # 截至目前，…我省有86个村获此殊荣; 近年来，…先后有6个村镇获此殊荣: a tally (§5)
                if m["anaphor"] and _REPEATED_WIN.search(text, m.end("unit"), m.start("anaphor")):
                    continue  # 其中3个单位已连续三届获此称号: repeat holders among those counted, a tally (§5)
                # the honour quoted last before it, in this sentence or the text shortly before
                before = doc.clean_text[max(0, sentence.start - REFERRED_WITHIN) : sentence.start] + text[: m.start()]
                if m["anaphor"]:
                    before = before[before.rfind("\n") + 1 :]  # (获此殊荣: the honour named in its own paragraph)
                # (“能被评为全国优秀教师，是对我的鼓励。”: words quoted, punctuated as a sentence, name no honour)
                quotes = list(re.finditer(rf"[{_QUOTE_OPEN}]([^{_QUOTE_CLOSE}，。！？；!?]{{2,30}})[{_QUOTE_CLOSE}]", before))
                listed_at = [k for k, q in enumerate(quotes) if _LIST_AFTER_QUOTE.match(before, q.end())]
                if m["on_list"] and listed_at and all(q[1] == quotes[listed_at[-1]][1] for q in quotes[listed_at[-1] :]):
                    # (发布全国“最美家庭”名单，999户家庭获评全国“最美家庭”。我省有28户家庭入选: the list named before the
                    # honour's repeat)
                    quotes = quotes[: listed_at[-1] + 1]
                named = [q[1] for q in quotes[-1:]]
                # (with a quote before: only a batch whose honour holds the last quote and goes on after it,
                # 命名了第二批“红色物业”示范小区; not 表彰了第三届全市“优秀企业家”, whose quote holds the whole honour)
                # (公布全省改善医疗服务示范医院名单，我市有3家医院入选: 入选, 上榜 said of an unquoted honour's list
                # published, not of a batch conferred; a list named after the last quote is nearer than it)
                batch = [b for b in sorted([*([] if m["on_list"] else [*_CONFERRED_BATCH.finditer(before), *_COMMENDED_OBJECT.finditer(before)]),
                                            *_LIST_PUBLISHED.finditer(before)],
                                           key=lambda b: b.start())
                         if not quotes or b.start("honor") <= quotes[-1].start() < quotes[-1].end() < b.end("honor")
                         or (m["on_list"] and b.start() >= quotes[-1].end())] if m["anaphor"] else []
                if batch and self._honor_like(batch[-1]["honor"]) \
                        and (not _JOINING.search(batch[-1]["honor"]) or _fields_joined(batch[-1]["honor"])) \
                        and not _kind_mismatch(batch[-1]["honor"], m["unit"]):
                    # 命名表彰了一批市级文明单位，我区12个单位榜上有名: the unquoted honour of the batch just conferred
                    if self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=[batch[-1]["honor"]],
                                 at=m.start("n")):
                        taken.append((m.start(), m.end()))
                        if m["n0"] and not _kind_mismatch(batch[-1]["honor"], m["unit0"]):
                            self._add(awards, doc, sentence, m, m["n0"], m["unit0"], honor_first=False,
                                      honors=[batch[-1]["honor"]], at=m.start("n0"))
                    continue
                other_kind = None  # the honour of the first count's kind when the second's is another
                if m["anaphor"] and named:
                    # (“守合同重信用”企业名单: the holders' noun after the quote; the quote must read as an honour)
                    noun = _NOUN_AFTER.match(before[quotes[-1].end() :])
                    named = [named[0] + (noun.group() if noun else "")]
                    # (获此殊荣 says an honour was won, and a list may name it; 榜上有名 is said of rankings too)
                    # (“十大孝星”颁奖晚会…。本届共有10位孝星获此殊荣: the ceremony presenting it; 十大孝星 reads as an
                    # honour of its own kind, _VOUCHED_HONOR)
                    # (“江城工匠”名单公布，我市15人获此荣誉: 获此荣誉 and 获此称号 as 获此殊荣, §5)
                    listed = m["anaphor"] in ("获此殊荣", "获此荣誉", "获此称号") and (_LIST_WORD_AHEAD.match(before[quotes[-1].end() :])
                                                       or _VOUCHED_HONOR.search(named[0]))
                    on_list = _LIST_AFTER_QUOTE.match(before, quotes[-1].end())
                    # (发布“新时代好少年”名单，我区20人入选: a quoted name ending on its holders' head noun, its list right
                    # after the quote)
                    listed = listed or bool(m["on_list"] and on_list and on_list.group() == "名单"
                                            and _HOLDER_ENDED.search(named[0]) and not _NOMINATED_IN.search(named[0]))
                    if m["anaphor"] != "获此殊荣" and _CANDIDACY.search(before, quotes[-1].end()):
                        named = []  # “最美医生”候选人名单公布，我院2名医生上榜: candidates, nothing conferred yet (§5)
                    elif m["on_list"] and not (on_list and (self._honor_like(named[0]) or listed)):
                        named = []  # 上榜, 当选: said of an honour's list or selection just named (not “百强县”名单, a ranking)
                    elif m["on_list"] and on_list["ranking"] and not _CONFERRED_IN.search(before, max(0, quotes[-1].start() - 20)):
                        named = []  # “中国最美县城”榜单发布，我省3个县城上榜: a media ranking, no conferral named
                    elif not (self._honor_like(named[0]) or listed):
                        named = []
                    elif _kind_mismatch(named[0], m["unit"]) and m["n0"] and len(quotes) > 1 \
                            and self._other_holders(quotes[-2][1], named[0], m["unit"]) \
                            and not _kind_mismatch(named[0], m["unit0"]):
                        # (…“全省三八红旗手”称号，…“全省三八红旗集体”称号。其中，我市有2个集体、6名同志获此殊荣: each count
                        # refers back to the honour of its own kind, §5)
                        other_kind = named[0]
                        named = [quotes[-2][1]]
                    elif _kind_mismatch(named[0], m["unit"]):
                        named = []  # …被评为“先进基层党组织”。全县共有15名党员获此殊荣: not the honour last named
                if named and self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False, honors=named[-1:],
                                       at=m.start("n")):
                    taken.append((m.start(), m.end()))
                    # (“十大金牌导游”“十佳旅行社”评选结果，分别有10名导游、10家旅行社获此殊荣: 分别 pairs the counts with
                    # the two honours just named side by side, in order)
                    respective = bool(m["n0"]) and len(quotes) > 1 and "分别" in text[clause_start : m.start("n0")] \
                        and _OPTIONAL_JOINER.fullmatch(before[quotes[-2].end() : quotes[-1].start()]) is not None
                    first = quotes[-2][1] if respective else other_kind or named[-1]
                    if m["n0"] and not respective and len(quotes) > 1 and _kind_mismatch(first, m["unit0"]) \
                            and self._other_holders(quotes[-2][1], first, m["unit0"]):
                        # (授予…“全省三八红旗手”称号，授予…“全省三八红旗集体”称号。其中，我市有6名同志、2个集体获此殊荣:
                        # each count of its own kind refers back to the honour of that kind just named, §5)
                        first = quotes[-2][1]
                    if m["n0"] and not _kind_mismatch(first, m["unit0"]) and (
                            not respective or self._honor_like(first) or _VOUCHED_HONOR.search(first)):
                        self._add(awards, doc, sentence, m, m["n0"], m["unit0"], honor_first=False, honors=[first],
                                  at=m.start("n0"))
            for pattern in (self.merit_for, self.merit_holders, self.merit_counted, self.commended, self.commendation_received, self.conferred, self.conferred_token, self.conferred_plain, self.conferred_prize, self.named_to, self.named_to_plain, self.handed_to, self.degree_granted, self.degree_granted_to,
                            self.count_then_honor,
                            self.listed_honor_then_count, self.quoted_etc_total, self.quoted, self.honor_then_count, self.honor_then_count_plain,
                            self.listed_honor_then_count_plain, self.anaphoric, self.list_anaphoric, self.announced_anaphoric,
                            self.ceremony_anaphoric,
                            self.ceremony_commended, self.ceremony_quoted_commended, self.ceremony_prize_won, self.prize_set_winners, self.plaque_commended, self.count_holders, self.received_listed,
                            self.had_count, self.received_then_count, self.received_plain_then_count, self.quoted_then_had, self.quoted_handed_to, self.plain_handed_to,
                            self.winners_commended,
                            # (the quoted one first: “四强”党支部称号（共16个） is no unquoted 党支部称号)
                            self.quoted_bracketed_count, self.bracketed_count,
                            self.labelled_list, self.received, self.count_verb_plain, self.count_first, self.honor_first,
                            self.titled_plain, self.granted_prize_plain, self.granted_to_items):
                if id(pattern) in absent:
                    continue
                for m in pattern.finditer(text):
                    if any(m.start() < e and s < m.end() for s, e in taken):
                        continue
                    if pattern is self.granted_prize_plain and text[m.start() - 1 : m.start()] == "、" and not _GRANT_JOINED.search(
                            text, start_after(text, m.start()), m.start()):
                        continue  # …奖章、50名…市五一劳动奖章 with no 授予 before in the clause: not a grant joined on
                    if pattern is self.titled_plain and not _GRANT_JOINED.match(text, m.start()) and not _GRANT_JOINED.search(
                            text, start_after(text, m.start()), m.start()):
                        continue  # 取消三名同志…称号、两个单位…称号: a later item with no 授予 before in the clause
                    if pattern is self.granted_to_items and not _GRANT_JOINED.match(text, m.start()) \
                            and not _ITEMS_GRANT_BEFORE.search(text, start_after(text, m.start() - 1), m.start()):
                        continue  # …奖，3个项目申报省级科技奖: no grant in the clause before the projects counted
                    if pattern is self.prize_set_winners and _OTHER_PERIOD_CHOSEN.search(
                            text, start_after(text, m.start()), m.start()):
                        continue  # 去年设立…奖，共评出获奖者12名: winners chosen in another period, not at this event
                    if pattern is self.count_first and _HANDING_VERB_INSIDE.search(m["honor"]):
                        continue  # 为326名优秀新生发放奖学金: the holders, a verb and what is handed, no one honour's name
                    if pattern is self.count_first and _REGION_LEVEL_PREFIX.sub("", m["honor"]) in self._standalone \
                            and not _HONOURED_BEFORE.search(text):
                        continue  # 为50名劳动模范颁发慰问金: the holders of an honour, not honoured here
                    if pattern is self.received_plain_then_count and not self._honor_like(m["honor"]):
                        continue  # 获得表彰的有30人: no honour named
                    if pattern in (self.received_plain_then_count, self.quoted_then_had) and (
                            _ONCE_BEFORE.search(text, 0, m.start()) is not None or self._tallied(
                                text, start_after(text, m.start()), m.start())):
                        continue  # 近年来获评“省级文明单位”的有6个, 曾获评…的有5人: holders tallied, nothing conferred now (§5)
                    if pattern in (self.honor_then_count, self.honor_then_count_plain) and _CONTEST.search(m["honor"]):
                        continue  # 获得大赛一等奖的5名选手: a contest's result (§5)
                    if pattern is self.honor_then_count and _FOR_HOLDERS.search(text, 0, m.start()) \
                            and not _CONFERRED_IN_AHEAD.match(text[m.end() :]):
                        continue  # 为获得“…”纪念章的26名老党员送上慰问金: holders visited, nothing conferred (§5)
                    if pattern is self.honor_then_count and m["grade"] and not _CONFERRED_IN_AHEAD.match(text[m.end() :]):
                        continue  # 获得“安康杯”竞赛优胜奖的6家单位参加了会议: a grade won, conferred at no ceremony told (§5)
                    if pattern is self.received and (
                            (_CONTEST.search(text, m.end("unit"), m.start("honor")) and not (
                                # (学校召开表彰大会。我校5名学生在全省数学竞赛中获一等奖: a prize grade told at a commendation
                                # or prize ceremony is an award, §5, as when the contest is named before the count; not a
                                # sports meet's, _SPORTS_FRAME)
                                _PRIZE_GRADE.fullmatch(m["honor"]) and self._commended_near(doc, sentence)
                                and not _SPORTS_FRAME.search(text, m.end("unit"), m.start("honor"))))
                            or (_DEMONSTRATIVE_OPENING.match(m["honor"]) and not _THIS_PRIZE.fullmatch(m["honor"]))):
                        continue  # 3名选手在全国技能大赛中获得金奖: a contest's result; 获得该奖学金: no honour named
                    if pattern is self.conferred_plain and m["handed"] and not _NAMED_SCHOLARSHIP_GIVEN.fullmatch(m["honor"]) \
                            and not (m["honor"] in ("奖学金", "奖教金")
                                     and self._prize_referred_to(m["honor"], text[: m.start()])):
                        continue  # 为50名老党员发放纪念章, 为30名困难学生发放助学金: goods or aid handed out, no honour conferred
                    if pattern is self.received and _ITEM_HONOUR_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                        continue  # 大紫荆勋章三人、金紫荆星章十二人获颁授勋衔: the count closes the list's item before it (§5)
                    if pattern is self.received and _HOLDERS_WITH_KIN_ATTEND.match(text, m.end("honor")):
                        continue  # 约300名获嘉许人员及其家属出席典礼: holders and their families attending, no holders counted (§5)
                    if pattern is self.quoted and _TITLE_OF_COUNT_AHEAD.match(text[m.end("honor") + 1 :]):
                        # 15名同志和“先进基层党组织”称号的3个党支部, …32名同志，荣获“乙”称号的赵六等10名同志: the quote is
                        # the next item's, with its own count
                        continue
                    if pattern is self.conferred and m["pinned"] and not _PINNED_MEDAL.match(m["after"]):
                        continue  # 为新党员佩戴“…”党徽, 佩戴“…”绶带: only a medal pinned on is an honour conferred (§5)
                    if pattern is self.conferred and m["n2"] and (second := self._respective_tokens(text, m)):
                        # 分别为30名老党员、20名优秀党员颁发了“甲”纪念章和“乙”证书: two counts, two quoted honours with their
                        # tokens, paired in order (§5: one record per stated count)
                        added = [self._add(awards, doc, sentence, m, m[n], m["unit" + n[1:]], False, honors=[honor], at=m.start(n))
                                 for n, honor in zip(("n", "n2"), second, strict=True)]
                        if any(added):
                            taken.append((m.start(), m.end()))
                        continue
                    if pattern is self.quoted and _SELECTED_INTO.search(text, m.end("unit"), m.start("honor")) and _LISTED_NOT_YET.match(text, m.end("honor") + 1):
                        continue  # 45名教师入选“最美教师”候选人名单 / 拟表彰名单 / 公示名单: nothing conferred yet (§5)
                    if pattern is self.quoted and _ON_LIST_BEFORE_QUOTE.search(text, m.end("unit"), m.start("honor") - 1):
                        ranking = _LIST_AFTER_QUOTE.match(text, m.end("honor") + 1)
                        if _RANKING_NAME.search(m["honor"]) or (ranking and ranking["ranking"]) or not self._honor_like(m["honor"]):
                            continue  # 5家企业上榜“2024中国企业500强”, 3个县城上榜“中国最美县城”榜单: a ranking, no conferral (§5)
                    if pattern is self.quoted and not self._honor_like(m["honor"]) and _MEMBERS_CERTIFIED.match(text, m.end("honor") + 1) \
                            and not _CONFERRAL_NAMED.search(text):
                        continue  # 为20名“双报到”党员颁发证书: members of a scheme given a certificate, no honour named
                    clause_end = min((i for i in map(lambda ch: text.find(ch, m.end()), "，。；,;") if i >= 0), default=len(text))
                    if pattern is self.quoted and not self._honor_like(m["honor"]) and not self.context.search(text, 0, clause_end) \
                            and not _CONFERRED_ON_THEM.match(text, clause_end):
                        # 为10名“百岁老人”送上慰问品，并为5户“…”颁发牌匾: a group named, the conferral a later clause's
                        # (not 20名“新时代好少年”走上舞台，市领导为他们颁发证书: conferred on them)
                        continue
                    if pattern is self.listed_honor_then_count_plain and not (
                            self._honor_like(m["honor"]) and self._after_listed_count.search(text, max(0, m.start() - 24), m.start())):
                        continue  # 参加全县运动会和“…”的50名学生: no honour, or no item before with its own count
                    if pattern is self.listed_honor_then_count and text[m.start()] in "和及、" and not self._after_listed_count.search(
                            text, max(0, m.start() - 24), m.start()):
                        continue  # 参与“送温暖”和“献爱心”的50名志愿者: no item before with its own count
                    # (六十四个获得“…”称号的小演员: the recipients written after 的 are people)
                    people = (pattern is self.count_then_honor and m["unit"] not in ("家", "所", "间")
                              and not _COLLECTIVE_WORD.search(m["honor"]) and bool(_PERSON_NOUN.match(text, m.end())))
                    plain = pattern in (self.honor_first, self.count_verb_plain, self.ceremony_commended, self.named_to_plain)
                    between = m.groupdict().get("between") or ""
                    if pattern is self.anaphoric and m["token"] and not self._honor_like(m["honor"]):
                        continue  # 颁发纪念奖牌，共有8个单位获奖: a plaque for no honour named
                    if pattern is self.conferred_prize and any(
                            honor is not None and (honor.endswith("代表") or honor.startswith(("获奖", "受表彰", "获表彰"))
                                                   or not self._honor_like(_PRIZE_WINNERS_END.sub("", honor)))
                            for honor in (m["honor"], m["honor2"])):
                        continue  # 为30名获奖者颁奖, 为10名优秀党员代表颁奖: no honour named, or representatives
                    if pattern is self.conferred_prize and m["n2"]:
                        # 为24名国家奖学金获得者、296名国家励志奖学金获得者颁奖: one record per count, each its own prize
                        for n, unit, honor in ((m["n"], m["unit"], m["honor"]), (m["n2"], m["unit2"], m["honor2"])):
                            if self._add(awards, doc, sentence, m, n, unit, True, honors=[honor], at=m.start("n") if n is m["n"] else m.start("n2")):
                                taken.append((m.start(), m.end()))
                        continue
                    if pattern is self.conferred_plain and _ENDS_IN_REPRESENTATIVES.search(between):
                        continue  # 为10名优秀共产党员代表颁发了荣誉证书: the representatives on stage, not all honoured
                    if pattern in (self.conferred_plain, self.handed_to) and _BARE_TOKENS.fullmatch(_CONFERRING_PREFIX.sub("", m["honor"])) and (
                            _GENERIC_WINNERS.fullmatch(between) if pattern is self.conferred_plain
                            else _GENERIC_WINNERS.match(text, m.end("unit"))):
                        continue  # 为20名获奖者颁发荣誉证书, 颁发嘉许状予20位得奖者: the token of prizes named elsewhere
                    between = between.rsplit("的", 1)[-1]  # 为15名受表彰的优秀共产党员颁发…
                    if pattern is self.conferred_plain and _JOINER.search(between) and self._honor_like(between):
                        # 为15名优秀党员和优秀党务工作者颁发…: one count over two honours, the whole phrase (§5, never a cut
                        # part); no record when a part is no honour (为10名优秀党员和困难党员颁发…)
                        if not _COUNT_IN.search(between) and all(
                                len(part) >= 2 and self._honor_like(part) for part in _JOINER.split(between)) and self._add(
                                awards, doc, sentence, m, m["n"], m["unit"], True, honors=[between], at=m.start("n")):
                            taken.append((m.start(), m.end()))
                        continue
                    # (为10名青年科技奖得主颁发奖杯和证书: the winners of a prize handed its tokens; not 为12名诺贝尔奖获得者颁发荣誉
                    # 市民证书, another honour conferred on a prize's earlier winners)
                    winners = _PRIZE_WINNERS_END.search(between) is not None and _PRIZE_TOKENS.fullmatch(m["honor"]) is not None
                    if pattern is self.conferred_plain and self._honor_like(_PRIZE_WINNERS_END.sub("", between) if winners else between) \
                            and not _COMPLETION_WORD.search(m["honor"]) and not _DIGIT.search(between) \
                            and not _NAMED_SCHOLARSHIP_GIVEN.fullmatch(m["honor"]) \
                            and not (m["honor"] in ("奖学金", "奖教金") and self._prize_referred_to(m["honor"], text[: m.start()])):
                        # (not 设立了新生奖学金，…为326名优秀新生颁发奖学金: the bare 奖学金 takes the scholarship named before
                        # it in the sentence, §5 twelfth review round, over the holders' description)
                        # 为15名优秀共产党员颁发了荣誉证书: the honour is the recipients', the certificate its token
                        if self._add(awards, doc, sentence, m, m["n"], m["unit"], True, honors=[between], at=m.start("n")):
                            taken.append((m.start(), m.end()))
                        continue
                    # (頒發「績優社區」獎牌給8個社區: the plaque is the honour's token, no part of its name)
                    named = [m["honor"]] if pattern is self.quoted_handed_to else None
                    if pattern is self.handed_to and not m["n2"] and _BARE_TOKENS.fullmatch(_CONFERRING_PREFIX.sub("", m["honor"])) \
                            and (holders := _HOLDERS_AFTER_TOKEN.match(text, m.end("unit"))) \
                            and (holders["quoted"] or self._honor_like(holders["plain"])):
                        named = [holders["quoted"] or holders["plain"]]  # 颁发嘉许状予35名「优秀义工」: the holders' honour
                    if pattern is self.conferred_plain and m["honor"] == "奖学金":
                        # (…首届“某某奖学金”颁授环节，…向15名学生颁发奖学金: the scholarship quoted before in the sentence)
                        named = [q for q in _QUOTED_ITEM.findall(text, 0, m.start()) if q.endswith("奖学金")][-1:] or None
                    if pattern is self.honor_then_count and m["grade"]:
                        named = [m["honor"] + m["grade"]]  # 安康杯竞赛优胜奖: the quoted campaign and its prize's grade
                    if pattern is self.titled_plain and (recipients := _RECIPIENTS_BEFORE_TITLE.fullmatch(m["honor"])) \
                            and self._honor_like(recipients["honor"]):
                        named = [recipients["honor"]]  # 授予10名战士一级英雄模范称号: 一级英雄模范, not 战士一级英雄模范
                    if pattern is self.count_first and (more := _JOINED_PLAIN.match(text, m.end())) \
                            and (self._honor_like(more["next"]) or self._shared_qualifier(m["honor"], more["next"])) \
                            and not _REPRESENTATIVE_OR_NOMINATED.search(more["next"]):
                        # 表彰了20名优秀教师和优秀班主任: one count, the whole phrase (§5); so is 120名先进集体和个人, the
                        # qualifier written once (a total over both: no split is stated, §5 "never a cut part")
                        named = [m["honor"] + more.group("more")]
                    if pattern is self.count_first and named is None and _NOMINEES_PRIZE_AFTER.match(text, m.end()):
                        named = [m["honor"] + "提名奖"]  # 254名全国道德模范提名奖获得者: the honour's nomination prize (§5)
                    if pattern is self.announced_anaphoric:
                        honor = m["plain"] or m["quoted"] + (m["tail"] if m["tail"] in ("奖", "奖章") else "")
                        if _CONTEST.search(honor) or not (m["plain"] or m["tail"] or self._honor_like(honor)):
                            continue  # “XX杯”大赛揭晓…: a contest's results (§5); a quoted name that reads as no honour
                        named = [honor]
                    if pattern is self.conferred_token:
                        # (the quote and the medal: 光荣在党50年纪念章; not 为5名“五一劳动奖章”获得者颁发奖章, the medal named whole)
                        named = [m["honor"] if m["honor"].endswith(m["token"]) else m["honor"] + m["token"]]
                    if self._add(awards, doc, sentence, m, m["n"], m["unit"], plain, honors=named,
                                 at=m.start("n"),
                                 kind="person" if people else None):
                        taken.append((m.start(), m.end()))
                        if m.re is self.received and m["n0"] and "分别" not in m.group():
                            self._add(awards, doc, sentence, m, m["n0"], m["unit0"], plain, at=m.start("n0"))
                        if m.re in (self.handed_to, self.honor_then_count, self.listed_honor_then_count, self.honor_then_count_plain, self.conferred_plain, self.conferred) \
                                and m["n2"]:
                            self._add(awards, doc, sentence, m, m["n2"], m["unit2"], plain, honors=named, at=m.start("n2"))
                        if m.re in (self.honor_then_count, self.listed_honor_then_count) and not m["n2"]:
                            self._add_items_after_quoted(awards, doc, sentence, m, taken)
                        if m.re is self.honor_first:
                            self._add_bodies_joined(awards, doc, sentence, m.end())
                        if m.re is self.count_first:
                            self._add_joined_counts(awards, doc, sentence, m.end(), taken)
                        self._add_elided_grades(awards, doc, sentence, m.end("unit"), taken)
            for m in self.commended_plain.finditer(text) if "表" in text else ():
                if any(m.start("items") < e and s < m.end() for s, e in taken):
                    continue
                self._add_commended_plain(awards, doc, sentence, m)
            for added in awards[first_added:]:
                self._add_elided_repeats(awards, added, doc, sentence, taken)
            self._shared_scope(awards[first_added:], text)
            if len(awards) == first_added and ("获" in text or "得奖" in text):
                self._add_ceremony_winners_next(awards, doc, sentence)
            self._name_grades_within(awards[first_added:], text, sentence.start, self._previous_text(doc, sentence))
            # (共表彰先进单位和个人50个（名）。其中，…: a count over bodies and people gives no record, but its
            # parts follow)
            conferred_before = (len(awards) > count_before or _DUAL_UNIT.search(text) is not None) and conferring_here
            # (表彰了…10个；…20名；…5名: each list sentence carries the conferral on)
            conferring_before = conferring_here or (conferring_before and listed_on)
            proposed_before = _LIST_PROPOSAL.search(text) is not None if conferring_here else proposed_before and listed_on
        awards = self._drop_prize_restatements(doc, awards)
        # (本次有功员警共63人 after 记一大功5人…: a label over the citations' total, no honour, whichever pattern found it; §5)
        awards = [a for a in awards if not (_MERIT_LABEL.fullmatch(a["honor"])
                                            and _MERIT_CITATION.search(a["evidence"]["text"]))]
        awards.sort(key=lambda a: a["_at"])  # text order, whichever pattern found them
        for a in awards:
            del a["_at"]
        return self._drop_repeats(self._drop_sums(self._drop_headline_restatements(doc, awards, list_rows)))

    def _add_ceremony_winners_next(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence) -> None:
        """…李氏奖学金颁奖典礼。共有32位学生获奖: a count of winners opening the sentence right after one that holds a
        ceremony named for one prize or scholarship is that honour's count (GUIDELINES §5, a count referring back to the
        honour just named), as :attr:`ceremony_prize_won` reads it within one sentence."""
        m = self.winners_next.match(sentence.text)
        if m is None:
            return
        ceremony = self.prize_ceremony_held.search(self._previous_text(doc, sentence).rstrip("。！？"))
        if ceremony is None:
            return
        self._add(awards, doc, sentence, m, m["n"], m["unit"], honor_first=False,
                  honors=[ceremony["honor"] or ceremony["head"]], at=m.start("n"))

    def _add_commended_plain(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, m: re.Match[str]) -> None:
        """The records of match ``m`` of ``commended_plain`` (counts of plain holders commended, 4个单位、12名个人受到表彰):
        each count paired with an honour named just before, in the clauses before it or the sentence before in its
        paragraph (§5: a count that refers back to an honour just named counts). A count takes the one honour of its
        kind (单位/集体/个 bodies, 名/人/位 people), or the honours in order when there are as many counts as honours
        and the kinds do not contradict it; with none named, nothing."""
        text = sentence.text
        clause_start = start_after(text, m.start("items"))
        if self._tallied(text, clause_start, m.start("items"), _COMMENDED_ELSEWHERE):
            return  # 近年来，先后有10个单位受到表彰: a tally (§5); 另有3名个人…: others
        clean = doc.clean_text
        previous = start_after(clean, max(0, sentence.start - 1), _SENTENCE_MARKS)
        before = clean[previous : sentence.start] + text[:clause_start]
        named = [n for n in _NAMED_FOR_COUNTS.finditer(before) if n.end() < len(before)]
        if not named or _HOLDERS_COUNTED.search(before[named[-1].end() :]):
            return  # (表彰了先进集体10个，…: the honours counted already; the plain count is another fact)
        last = named[-1]
        phrase = next(g for g in (last["object"], last["plain"], last["titled"], last["meeting"], last["decided"]) if g)
        honors = [h for h in _JOINING.split(_QUOTES.sub("", phrase)) if h]
        if not last["titled"]:
            honors = self._fields_rejoined(_QUOTES.sub("", phrase))
        honors = [_SCOPE_OPENING.sub("", h) for h in honors]
        # (基层社建设先进单位: the phrase before the category names the kind of unit honoured, whose plain count,
        # 4个基层社受到表彰, refers back to it)
        scopes = [h[: category.start()] if (category := _CATEGORY.search(h)) else "" for h in honors]
        # (安全生产工作先进单位: the category inside the longer phrase, §5, as the lists keep it)
        honors = [h[category.start() :] if (category := _CATEGORY.search(h)) else h for h in honors]
        for k in range(1, len(honors)):
            elided = _ELIDED_HOLDER.match(honors[k - 1])
            if honors[k] in ("集体", "单位", "个人") and elided:
                honors[k] = elided["qualifier"] + honors[k]  # 先进集体和个人: 先进个人
        if not honors or not all(self._honor_like(h) or last["titled"] for h in honors):
            return  # 召开表彰大会, 对获奖单位进行了表彰: no honour named
        items = list(self._commended_plain_item.finditer(m["items"]))
        units = [item["unit"] for item in items]
        if len(items) == len(honors) and _pairs_in_order(honors, units):
            paired: list[str | None] = list(honors)
        else:
            # (对先进单位和先进个人进行了表彰，12名个人受到表彰: the one honour of the count's kind)
            fits = [[h for h in honors if not _kind_mismatch(h, unit)
                     and (len(honors) == 1 or _kind_mismatch(h, "名") != _kind_mismatch(h, "个"))] for unit in units]
            paired = [f[0] if len(f) == 1 else None for f in fits]
        for item, honor in zip(items, paired, strict=True):
            scope = scopes[honors.index(honor)] if honor is not None else ""
            # (28名村级河长: the holders' level says who they are, not which honour; the head noun, 河长, is compared)
            noun = _HOLDER_LEVEL.sub("", item["noun"])
            if last["decided"] and (not noun or not honor.endswith(noun) or "通报" in m.string[m.end() : m.end() + 6]):
                continue  # 《关于表彰…优秀辅导员的决定》，12名同志受到表彰: only the honour's own head noun counts (§5)
            if honor is None or not (item["noun"] in _PLAIN_HOLDERS or honor.endswith(noun)
                                     or (len(item["noun"]) >= 2 and item["noun"] in scope
                                         and not _kind_mismatch(honor, item["unit"]))):
                continue  # 会议对先进单位进行了表彰，30名教师受到表彰: no honour of theirs named
            self._add(awards, doc, sentence, m, item["n"], item["unit"], honor_first=False, honors=[honor],
                      at=m.start("items") + item.start("n"))

    def _fields_rejoined(self, phrase: str) -> list[str]:
        """The honours joined in ``phrase`` (先进集体和先进个人), a part that reads as no honour joined back to the
        part after it: the joiner then links two fields inside one honour's scope (文化和旅游工作先进集体: not 文化
        and 旅游工作先进集体), §5 (the category inside the longer phrase)."""
        parts = re.split(f"({_JOINING.pattern})", phrase)
        honors: list[str] = []
        carried = ""
        for k in range(0, len(parts), 2):
            piece = carried + parts[k]
            if piece and k + 1 < len(parts) and not self._honor_like(piece):
                carried = piece + parts[k + 1]
                continue
            carried = ""
            if piece:
                honors.append(piece)
        return honors

    def _ends_in_unit(self, text: str) -> bool:
        """Whether ``text`` ends in a unit word, then perhaps a table bar, a stop mark and spaces (the ending of every
        :attr:`list_line` match, ``\\s`` being ``str.isspace``): a cheap test before that pattern, which most lines fail
        only after trying each length of the honour."""
        tail = text.rstrip()
        if tail[-1:] in ("。", "；", ";"):
            tail = tail[:-1].rstrip()
        if tail.endswith("|"):
            tail = tail[:-1].rstrip()
        return tail.endswith(self._unit_words)

    def _recipient_view(self, sentence: Sentence) -> Sentence:
        """The sentence with a numeral inside a recipient's name listed before 等 and the count (装卸一队等10个集体)
        written as 某 (same length: offsets into the clean text hold), so that no pattern reads it as a count."""
        text = self._name_numeral.sub(lambda m: "某" * len(m.group()), sentence.text)
        return sentence if text == sentence.text else Sentence(sentence.start, sentence.end, text)

    def _add_items_after_quoted(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence,
                                m: re.Match[str], taken: list[tuple[int, int]]) -> None:
        """对获得“江城杯”优质工程的48项工程、20家优秀建筑企业进行了表彰: the counted honours listed after the holders of a
        quoted honour, each its own record when it reads as an honour and the clause confers them (§5)."""
        text = sentence.text
        listed = self.items_after_quoted.match(text, m.end())
        if listed is None or any(s < listed.end() and listed.start() < e for s, e in taken):
            return
        if listed["end"] is not None and not _CONFERRED_DONE.search(text, start_after(text, m.start()), m.start()):
            return  # (…的48项工程、20家企业参加了观摩: no conferring verb before a list that closes the clause)
        for item in self._counted_item.finditer(listed["items"]):
            if not self._honor_like(item["honor"]):
                continue
            at = listed.start("items") + item.start("n")
            if self._add(awards, doc, sentence, item, item["n"], item["unit"], False, at=at):
                taken.append((listed.start("items") + item.start(), listed.start("items") + item.end()))

    def _add_joined_counts(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, end: int,
                           taken: list[tuple[int, int]]) -> None:
        """表揚42位模範勞工及8位特殊貢獻勞工: the items with their own counts joined after a counted honour, each
        its own record when it reads as an honour (§5; not 表彰了20名优秀教师和5名退休教师)."""
        text = sentence.text
        while (more := self.joined_count.match(text, end)) and not any(s < more.end() and more.start() < e for s, e in taken):
            if self.count_first.match(text, more.start("n")) or not self._honor_like(more["honor"]):
                return  # found on its own, or no honour
            if not self._add(awards, doc, sentence, more, more["n"], more["unit"], False, at=more.start("n")):
                return
            taken.append((more.start(), more.end()))
            end = more.end()

    @staticmethod
    def _name_grades_within(added: list[dict[str, Any]], text: str, sentence_start: int, before: str = "") -> None:
        """Bare grades listed after 其中 with their counts (市科技进步奖共授奖120项，其中一等奖3项、二等奖30项) are
        grades of the prize named right before the comma (GUIDELINES §5: 省自然科学奖30项，其中一等奖2项 →
        省自然科学奖一等奖 2); ``text`` is the sentence starting at ``sentence_start`` in the clean text. With no prize
        named before the grade in its sentence, a ceremony named for a prize in the sentence ``before`` names it
        (…冶金科学技术奖颁奖大会日前召开。本年度共授奖项目60项，其中特等奖2项 → 冶金科学技术奖特等奖, §5 tenth round)."""
        ceremony = _CEREMONY_OF_PRIZE.search(before)
        if ceremony and _PRIZE_GRADE.search(ceremony["prize"]):
            ceremony = None  # (一等奖颁奖仪式: a grade's ceremony, no prize named)
        for a in added:
            if not _PRIZE_GRADE.fullmatch(a["honor"]):
                continue
            within = _GRADE_WITHIN.search(text, 0, a["_at"] - sentence_start)
            prize = _prize_before_within(text, within.start() + 1) if within else ""
            if not prize and ceremony and not _PRIZE_WORD.search(_NOT_A_PRIZE_WORD.sub("", text[: a["_at"] - sentence_start])):
                prize = _SCOPE_BEFORE_PRIZE.sub("", ceremony["prize"])
            if prize:
                a["honor"] = prize + a["honor"]

    @staticmethod
    def _shared_scope(added: list[dict[str, Any]], text: str) -> None:
        """表彰了全县安全生产工作先进集体10个、先进个人20名: the scope written once before a list of
        categories (a bare category follows after 、) is no part of the first one's name; keep the
        category (GUIDELINES §5). Quoted honours stay as written."""
        # (…新闻宣传工作先进单位6个、优秀通讯员18名: any honour opened by a word of praise is as bare)
        bare = [a["honor"] for a in added if _CATEGORY.fullmatch(a["honor"]) or _PRAISE_WORD.match(a["honor"])]
        for a in added:
            category = _CATEGORY.search(a["honor"])
            if not category or category.start() == 0 or not _SCOPE.fullmatch(a["honor"][: category.start()]):
                continue
            # (the item right before a bare category of the list, its count between)
            if any(re.search(re.escape(a["honor"]) + rf"{NUM}[个名位家项人]、" + re.escape(b), text) for b in bare):
                a["honor"] = category.group()

    def _add_bodies_joined(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, end: int) -> None:
        """荣誉奖状14名及8个实体: a count of bodies joined right after the count of the award just added (``end``, an
        offset into the sentence, right after its unit), the same honour conferred on them (§5: one record per count)."""
        joined = _BODIES_JOINED.match(sentence.text, end)
        if joined is not None:
            self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                      honors=[awards[-1]["honor"]], at=joined.start("n"))

    def _add_elided_grades(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, end: int,
                           taken: list[tuple[int, int]]) -> None:
        """获得…奉献奖金奖的126人、银奖的210人、铜奖的380人: bare grades joined right after the count of a prize's grade
        just added (``end``, an offset into the sentence, right after its unit), the prize written once before the
        first; one record per grade (§5), each named with the prize (…奉献奖银奖), as in a list of grades."""
        grade = _PRIZE_GRADE.search(awards[-1]["honor"]) if awards else None
        if grade is None or grade.start() == 0 or awards[-1]["evidence"]["clean_start"] != sentence.start:
            return
        prize = awards[-1]["honor"][: grade.start()]
        for joined in self._elided_grade.finditer(sentence.text, end):
            if joined.start() != end or any(joined.start() < e and s < joined.end() for s, e in taken):
                break
            if not self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                             honors=[prize + joined["grade"]], at=joined.start("n")):
                break
            taken.append((joined.start(), joined.end()))
            end = joined.end()

    def _add_elided_repeats(self, awards: list[dict[str, Any]], added: dict[str, Any], doc: Document, sentence: Sentence,
                            taken: list[tuple[int, int]]) -> None:
        """高一年级评出“优秀班集体”4个，高二年级3个，高三年级2个: counts that follow with the honour left out, each told of a
        scope parallel to the subject that conferred the honour of ``added`` (an award of this sentence: 高二年级 beside
        高一年级, by their last word), refer back to that honour: one record each (GUIDELINES §5 fifteenth review round).
        Not a count of something else (全区评出…，参赛队伍3个: no parallel scope), nor a clause that names an honour of
        its own, nor a clause holding more than the one count."""
        text = sentence.text
        counted = re.compile(rf"{NUM}{re.escape(added['unit'])}").match(text, added["_at"] - sentence.start)
        if counted is None:
            return
        end = counted.end()
        clause_start = start_after(text, end - 1)
        subject = _CONFERRING_SUBJECT.match(text, clause_start)
        if subject is None or len(re.findall(rf"{NUM}[个名位家项人所户]", text[clause_start:end])) != 1:
            return
        honor, unit = added["honor"], added["unit"]
        for joined in _SCOPE_COUNT.finditer(text, end):
            if joined.start() != end or joined["unit"] != unit or any(joined.start() < e and s < joined.end() for s, e in taken):
                break
            # (parallel: as long, all but the first one or two words the same, 高二年级 beside 高一年级, 西城区 beside 东城区;
            # not 参赛队伍3个 after 全区评出…, 共有班级12个 after 高一年级评出…: no scope parallel to the one that conferred)
            scope, first = joined["scope"], subject["subject"]
            if scope == first or len(scope) != len(first) or not first.endswith(scope[-max(1, len(scope) - 2) :]):
                break
            if _TIME_SCOPE.fullmatch(first) or _TIME_SCOPE.fullmatch(scope):
                break  # 今年评出“文明家庭”40户，去年35户: another period's count, a comparison, not this conferral's
            if not self._add(awards, doc, sentence, joined, joined["n"], joined["unit"], honor_first=False,
                             honors=[honor], at=joined.start("n")):
                break
            taken.append((joined.start(), joined.end()))
            end = joined.end()

    def _split_row_above(self, text: str, start: int, end: int) -> int | None:
        """The start of the honour's line when the line ``text[start:end]`` is only a count and the line above it only an
        honour (优秀医师 / 30名): a list row broken in two; else None."""
        if start < 2 or not self.count_only_line.match(text, start, end):
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        return above if _SPLIT_ROW_HONOR.match(text, above, start - 1) else None

    def _split_rows_joined(self, text: str, sentences: list[Sentence]) -> tuple[list[Sentence], set[int]]:
        """``sentences`` with each list row broken in two (a line that is only an honour, the next line only its count:
        先进集体 / （5个）, 一等奖 / 三名) read as one line, the break written as a space (same length: offsets into the
        clean text hold), and each section of a list closed by its count read as one row (:meth:`_closed_section`);
        with the starts of those sections."""
        closed: set[int] = set()
        if "\n" not in text:
            return sentences, closed
        joined: list[Sentence] = []
        i = 0
        while i < len(sentences):
            a = sentences[i]
            b = sentences[i + 1] if i + 1 < len(sentences) else None
            if b is not None and text.count("\n", a.end, b.start) == 1 and not text[a.end : b.start].strip() \
                    and (a.start == 0 or text[a.start - 1] == "\n") and (b.end == len(text) or text[b.end] == "\n") \
                    and _SPLIT_ROW_HONOR.match(a.text) and self.count_only_line.match(b.text):
                joined.append(Sentence(a.start, b.end, a.text + " " * (b.start - a.end) + b.text))
                i += 2
                continue
            section = self._closed_section(text, sentences, i)
            if section is not None:
                joined.append(section[0])
                closed.add(a.start)
                i = section[1]
                continue
            joined.append(a)
            i += 1
        return joined, closed

    def _closed_section(self, text: str, sentences: list[Sentence], i: int) -> tuple[Sentence, int] | None:
        """A section of a list whose count closes it (一、先进集体 / 办公室、财务科、人事科 / 共10个): the heading line
        ``sentences[i]`` only an honour, then lines of names with no count and no sentence closed in them, then a
        line ending in the section's count (a line of its own or the last line of names, …等，共10个). Read as one
        line of an honour and its count (先进集体：…10个: the names and 共 written as spaces, same length, so offsets
        into the clean text hold), with the index of the sentence after it; else None."""
        a = sentences[i]
        if a.start and text[a.start - 1] != "\n":
            return None
        # (先进集体：办公室、财务部…等10个单位: the heading, the names and the count closing them on one line)
        colon = _HEADING_COLON.search(a.text)
        if colon is not None and (a.end == len(text) or text[a.end] == "\n"):
            head = a.text[: colon.start()]
            named = _SPLIT_ROW_HONOR.match(head)
            closing = self.closing_count.match(a.text, colon.end())
            if named is not None and closing is not None and "等" in a.text[colon.end() : closing.start("count")] \
                    and self._honor_like(named["honor"]):
                at = closing.start("count")
                view = head + "：" + " " * (at - len(head) - 1) + closing["count"]
                return Sentence(a.start, a.end, view.ljust(len(a.text))), i + 1
        heading = _SPLIT_ROW_HONOR.match(a.text)
        if heading is None or not self._honor_like(heading["honor"]):
            return None
        for j in range(i + 1, min(len(sentences), i + 1 + LIST_ROWS_MAX)):
            b = sentences[j]
            if text[b.start - 1] != "\n" or (b.end < len(text) and text[b.end] != "\n") or _BODY_LINE.search(b.text):
                return None  # (a paragraph, not a list's line)
            closing = self.closing_count.match(b.text)
            if closing is not None:
                head = a.text.rstrip().rstrip("：:")
                at = b.start - a.start + closing.start("count")
                view = head + "：" + " " * (at - len(head) - 1) + closing["count"]
                return Sentence(a.start, b.end, view.ljust(b.end - a.start)), j + 1
            if self.count_only_line.search(b.text) or (
                    (name := _SPLIT_ROW_HONOR.match(b.text)) is not None and self._honor_like(name["honor"])):
                return None  # (another count or the next section's heading: this section has no count of its own)
        return None

    def _list_introduced(self, doc: Document, sentence: Sentence) -> bool:
        """The line ``sentence`` is a row of a list of honours and counts that a line conferring them introduces
        (表彰名单如下： / 大会表彰了： / …表彰大会召开。 above it, only such rows or a table's header between), and every
        counted row of that list names an honour (not a table of other things counted: 参赛人数 | 120名)."""
        text = doc.clean_text
        if sentence.start > 0 and text[sentence.start - 1] != "\n":
            return False  # (a sentence inside a paragraph, not a line of its own)
        rows_end = text.find("\n", sentence.start)
        for row in text[sentence.start : len(text) if rows_end < 0 else rows_end], *self._rows_after(text, rows_end):
            listed = self._list_row(row)
            if listed is None:
                break  # (the list ends)
            if listed is False:
                return False
        end = sentence.start - 1
        for _ in range(LIST_ROWS_MAX):
            if end < 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            row = self._list_row(text[start:end])
            above = self._split_row_above(text, start, end) if row is None else None
            if above is not None:
                # (一等奖 / 三名 above: a row broken in two, its honour on the line above the count)
                row = self._honor_like(_SPLIT_ROW_HONOR.match(text, above, start - 1)["honor"])
                start = above
            if row is None:
                intro = text[start:end]
                if _DATELINE_ROW.match(intro) and start > 0:
                    end = start - 1  # (区委“两优一先”表彰名单 / 2024-06-30 来源：… / | 先进基层党组织 | 20个 |: the headline above its dateline)
                    continue
                return (_CONFERRED_IN.search(intro) is not None or _REWARD_GIVEN.search(intro) is not None) \
                    and _LIST_NOT_CONFERRED.search(intro) is None
            if row is False:
                return False  # (参赛人数 | 120名 above: a table of other things)
            end = start - 1
        return False

    @staticmethod
    def _rows_after(text: str, end: int) -> list[str]:
        """The lines after the offset ``end`` (a line break) up to LIST_ROWS_MAX of them."""
        rows: list[str] = []
        while end >= 0 and len(rows) < LIST_ROWS_MAX:
            nxt = text.find("\n", end + 1)
            rows.append(text[end + 1 : len(text) if nxt < 0 else nxt])
            end = nxt
        return rows

    def _list_row(self, line: str) -> bool | None:
        """A line of a list of honours and counts: True for a row naming an honour (优秀教师 120名) or a table's header
        or rule (| 奖项 | 数量 |); False for a counted row naming no honour (参赛人数 | 120名); None for another line."""
        row = self.list_line.match(line) or self.line_count.match(line)
        if row is not None:
            return self._row_honour(row["honor"])
        return True if _TABLE_ROW.match(line) or _TABLE_HEADER.match(line) else None

    @staticmethod
    def _tally_before(text: str, end: int) -> bool:
        """The clause before ``end`` tallies prizes won by one subject (我校获奖17项), not prizes given
        to counted recipients (15个项目分别获得一、二、三等奖)."""
        start = clause_bounds(text, max(end - 1, 0))[0]
        won = _TALLY.search(text, start, end)
        return won is not None and not _COUNT_WITH_UNIT.search(text[start : won.start()])

    @staticmethod
    def _tallied(text: str, clause_start: int, at: int, cue: re.Pattern[str] = _TALLY_CUE) -> bool:
        """A tally cue governs the count at ``at`` (offsets into ``text``, its clause opening at ``clause_start``):
        the cue stands in the count's clause, in a short time clause right before it (近年来，…), or in an
        earlier clause of a chain of parallel received counts (…已有56个村获评“甲”，12个村获评“乙”); not
        in a clause about something else (会上，先后有3名代表发言，20名同志获得…), nor across a count's clause
        naming this time (…先后有6名医生获评“甲”，今年又有2名医生获此殊荣)."""
        if cue.search(text, clause_start, at):
            return True
        if _THIS_TIME.search(text, clause_start, at):
            return False
        while clause_start > 0:
            before_start = start_after(text, clause_start - 1)
            if cue.search(text, before_start, clause_start) and (
                    clause_start - before_start <= TALLY_LEAD_LENGTH or _COUNT_RECEIVED.search(text, before_start, clause_start)):
                return True
            if not _COUNT_RECEIVED.search(text, before_start, clause_start):
                return False
            clause_start = before_start
        return False

    @staticmethod
    def _past_period(doc: Document, text: str, at: int, before: str = "") -> bool:
        """A past period governs the count at ``at`` (an offset into the sentence ``text``): a year or span before the
        article's year, last year, an earlier edition or the years since a milestone, written before the count with
        no word of this time or occasion between (2023年，…共表彰…20名，今年表彰…26名: the 26 is this year's); a year or
        a milestone leads only the count's own clause or the one it opens (not 长期以来，广大教师辛勤耕耘，会议表彰了…),
        an earlier edition only when it opens the count's clause or a clause of time right before it (上届评选中，…).
        The count's clause saying after the count that the holders are commended at this event keeps it
        (去年全县涌现出的20个“先进集体”…在会上受到表彰; 2023年我市涌现出的50名“三八红旗手”受到表彰), unless the
        meeting has a scope of its own (在全市表彰大会上: that year's) or the commendation is marked as done before
        (曾受到县委表彰, 已于去年底受到表彰). ``before`` is the sentence before the count's (read by
        :meth:`_period_reviewed`)."""
        # (近年来，全县共有30人获得省级以上表彰，其中省劳动模范5人，…: parts after 其中 share their total's period)
        parts_from = text.rfind("其中", 0, at)
        if parts_from > 0 and text[parts_from - 1] in "，," and not _SENTENCE_OR_SEMICOLON.search(text[parts_from:at]):
            total_start = start_after(text, parts_from - 1)
            if AwardExtractor._tallied(text, total_start, parts_from - 1, _PARTS_TALLY_CUE) \
                    or AwardExtractor._past_period(doc, text, parts_from - 1, before):
                return True
        clause_start = start_after(text, at)
        clause_end = clause_bounds(text, at)[1]
        if _THIS_EVENT_AFTER.search(text, at, clause_end) and not _EARLIER_DONE.search(text, at, clause_end):
            return False
        if AwardExtractor._period_reviewed(text, clause_start, at, clause_end, before):
            return True
        leads = [m for m in _YEAR_LEAD.finditer(text, 0, at)
                 if (m.end() >= clause_start - 1 or AwardExtractor._year_frames_won(text, m, clause_start, at))
                 and not _THIS_EVENT.search(text, m.end(), at)]
        if leads:
            lead = leads[-1]
            commended_here = _COMMENDED_AT_EVENT.search(text, clause_end)
            if commended_here is not None and not _EARLIER_DONE.search(text, at, commended_here.end()):
                return False  # (…，受到大会表彰: commended at this event, no tally)
            if lead["body"] and _EVENT_HELD_BEFORE.search(text, 0, lead.start()):
                return False  # (市公安局召开表彰大会，市公安局2023年共有…: told at the ceremony)
            if AwardExtractor._honoured_later(text, at, clause_end):
                # (过去一年，20名教师荣获市级优秀教师称号，会上对他们进行了表彰: a clause of its own says they were honoured
                # at this event, §5 eighth round; not 在全市表彰大会上被授予…: another meeting, that year's)
                return False
            described = _HOLDERS_DESCRIBED.search(text, lead.end(), clause_end)
            passive = _COMMENDED_PASSIVE.search(text, at, clause_end)
            if described is not None and described.start() < at and passive is not None \
                    and not _EARLIER_DONE.search(text, at, passive.start()):
                return False
            if lead["relative"]:
                return True
            year = _article_year(doc)
            # (2022年以来: the period began before this year; 2021年至2023年, 2023年: it ended before it)
            if year is not None and int(lead["first"] if lead["since"] and lead["first"] else lead["last"]) < year:
                return True
        if AwardExtractor._earlier_year_lead(doc, text, at, clause_start, clause_end):
            return True
        since = [m for m in (*_SINCE_LEAD.finditer(text, 0, at), *_YEARS_LEAD.finditer(text, 0, at))
                 if (m.end() >= clause_start - 1 or AwardExtractor._year_frames_won(text, m, clause_start, at))
                 and not _THIS_YEAR_START.search(m.groupdict().get("milestone") or "")
                 and not _THIS_EVENT.search(text, m.end(), at)]
        if since and not AwardExtractor._honoured_later(text, at, clause_end):
            return True
        previous_start = start_after(text, clause_start - 1) if clause_start else 0
        for edition in _EARLIER_EDITION.finditer(text, previous_start, at):
            if _THIS_EVENT.search(text, edition.end(), at):
                continue  # (上届评选中，…；本届表彰…: this edition named between)
            if edition.start() >= clause_start or _EDITION_TIME.fullmatch(text, edition.end(), clause_start - 1) or (
                    edition["review"] and _EDITION_REVIEWED.fullmatch(text, edition.end(), clause_start - 1)):
                return True
        if clause_start and _COUNT_RECEIVED.match(text, clause_start) and not _THIS_TIME.search(text, clause_start, at):
            # (去年以来，全市共有12人获评…，8个集体获评…: a parallel received count, its subject and period elided,
            # shares the period of the received count in the clause before, as a tally cue carries over in _tallied)
            received = _COUNT_RECEIVED.search(text, previous_start, clause_start)
            if received is not None:
                return AwardExtractor._past_period(doc, text, received.start(), before)
        return False

    @staticmethod
    def _unlinked_running_tally(doc: Document, sentence: Sentence, at: int, m: re.Match[str]) -> bool:
        """The count at ``at`` is a running year's tally (see _RUNNING_TALLY): its receiving verb after the count,
        and its honour named nowhere else on the page with a conferral or an event (今年，学校共有56名学生获得国家奖学金
        under a headline 为…颁发国家奖学金: this event's conferral, told as a count)."""
        text = sentence.text
        clause_end = clause_bounds(text, at)[1]
        tally = _RUNNING_TALLY.search(text, 0, at)
        if tally is None or tally.end() != at or not _WON_OR_RECEIVED.search(text, at, clause_end):
            return False
        if _CONFERRAL_OR_EVENT.search(text, 0, at):
            return False  # (会上，全局今年共有…: its own sentence ties it to a conferral or this event)
        for later in _CONFERRAL_OR_EVENT.finditer(text, at):
            if not _EARLIER_DONE.search(text, at, later.start()):
                return False  # (今年有20名学生获评…，受到大会表彰; not …，去年曾在会上受到表彰, an earlier one)
        honor = ((m.groupdict().get("honor") or "").strip("“”「」\"『』") if "honor" in m.re.groupindex else "")
        if len(honor) < 2:
            return False  # (no honour read: nothing to weigh the link by)
        own = doc.clean_text.find(text)
        # The headline and the body are read apart, so an index found in the body is the body's own.
        for where_text, is_body in ((doc.meta.get("title") or "", False), (doc.clean_text, True)):
            for found in re.finditer(re.escape(honor), where_text):
                if is_body and own >= 0 and own <= found.start() < own + len(text):
                    continue  # (the count's own sentence)
                line_start = max(where_text.rfind(ch, 0, found.start()) for ch in "。！？\n") + 1
                line_end = min((i for i in (where_text.find(ch, found.end()) for ch in "。！？\n") if i >= 0),
                               default=len(where_text))
                if _CONFERRAL_OR_EVENT.search(where_text, line_start, line_end):
                    return False
        return True

    @staticmethod
    def _earlier_year_lead(doc: Document, text: str, at: int, clause_start: int, clause_end: int) -> bool:
        """A work year (2023年度，…) or 当年 after a written year (…是在2020年，当年…) leads the count's clause (``at``,
        from ``clause_start`` to ``clause_end``) and names a period before this event's: a tally of it (§5)."""
        year = _article_year(doc)
        if year is None or AwardExtractor._honoured_later(text, at, clause_end):
            return False
        for lead in _ANNUAL_LEAD.finditer(text, 0, at):
            # (2023年度，…: the clause it ends opens the count's; 2024年度，… on a 2025 page: this event's, §3)
            if lead.end() == clause_start and int(lead["year"]) < year - 1 and not _THIS_EVENT.search(text, lead.end(), at):
                return True
        that = _THAT_YEAR_LEAD.match(text, clause_start)
        if that is None or _THIS_EVENT.search(text, that.end(), at):
            return False
        written = [m for m in _YEAR_WRITTEN.finditer(text, 0, clause_start)]
        return bool(written) and int(written[-1]["year"]) < year

    @staticmethod
    def _honoured_later(text: str, at: int, clause_end: int) -> bool:
        """A clause of its own after the count's (``at``, its clause ending at ``clause_end``) says the holders were
        honoured at this event (…，会上对他们进行了表彰; …，大会对他们进行了表彰; …，并为获奖作者颁奖), not marked as done
        before (…，已于去年受到表彰)."""
        here = _HONOURED_HERE_AFTER.search(text, clause_end)
        return (here is not None and text[: here.start()].rstrip().endswith(("，", ",", "；", ";"))
                and not _EARLIER_DONE.search(text, at, here.end()))

    @staticmethod
    def _prize_referred_to(honor: str, before: str) -> list[str]:
        """The honours that ``honor`` (该奖, 该奖章, 此项荣誉) may refer back to in ``before``, the last one last: a
        medal or a title refers to the name quoted last, a prize to the prize named (quoted or not)."""
        quoted = re.findall(rf"[{_QUOTE_OPEN}]([^{_QUOTE_CLOSE}，。！？；!?]{{2,30}})[{_QUOTE_CLOSE}]", before)
        if honor.endswith(("称号", "荣誉", "殊荣")):
            # (公布了“市级优秀教师”名单，荣获该称号的…12人: the title quoted last before it)
            return quoted
        if honor.endswith("奖章"):
            return [q for q in quoted if q.endswith("奖章")]
        if honor.endswith(("奖学金", "奖教金")):
            # (学校设立“明德”奖学金。该奖学金今年授予20名学生: the scholarship named last before it, §5 tenth round; a bare
            # 奖教金 likewise, twelfth round)
            return [name for q, noun, plain in _NAMED_SCHOLARSHIP.findall(before)
                    if (name := q + noun if q else plain).endswith(honor[-3:]) and name != honor and not _THIS_PRIZE.search(name)]
        # (公司设立“金点子”奖。今年12名员工获得这项奖励: a quoted name with 奖 after its closing mark as well, §5 eleventh
        # review round)
        named = [(m.start(), m.group()) for m in _NAMED_PRIZE.finditer(before)]
        named += [(m.start(), m["p"] + "奖") for m in _QUOTED_THEN_PRIZE.finditer(before)]
        return [p for _, p in sorted(named) if not _THIS_PRIZE.search(p)
                and not p.endswith(("颁奖", "获奖", "得奖", "领奖", "受奖"))]

    @staticmethod
    def _previous_text(doc: Document, sentence: Sentence) -> str:
        """The text of the sentence before ``sentence`` (up to 200 characters back), or ``""``."""
        full = doc.clean_text
        end = len(full[: sentence.start].rstrip())
        return full[start_after(full, end - 1, "。！？\n", floor=max(0, end - 200)) : end] if end > 0 else ""

    @staticmethod
    def _year_after_review(doc: Document, sentence: Sentence, at: int) -> bool:
        """The sentence opens with the year just past (一年来，…; 过去一年，…) right after a sentence reviewing a period's
        work (会议回顾了过去一年的工作。), and the count's clause tells prizes won or honours received with no conferring
        of this event in the sentence: that period's tally, as :meth:`_period_reviewed` reads it in one sentence."""
        text = sentence.text
        if not _YEAR_PAST_OPENING.match(text):
            return False
        before = AwardExtractor._previous_text(doc, sentence)
        clause_start = start_after(text, at)
        clause_end = clause_bounds(text, at)[1]
        return (_PERIOD_REVIEWED.search(before) is not None
                and _WON_OR_RECEIVED.search(text, clause_start, clause_end) is not None
                and not _CONFERRING_ACTIVE.search(text, 0, clause_end)
                and not _THIS_EVENT.search(text, 0, at)
                and not _HONOURED_HERE_AFTER.search(text, at))

    @staticmethod
    def _period_reviewed(text: str, clause_start: int, at: int, clause_end: int, before: str = "") -> bool:
        """A clause before the count's (``at``, an offset into the sentence ``text``; its clause ``clause_start`` ..
        ``clause_end``) reviews a period's work and the count's clause tells prizes won or honours received in it
        (会议回顾了2024年工作，全年获得省级以上荣誉9项), with no conferring verb of this event after the review and no
        honouring at this event later in the sentence; unless the meeting reviewing is itself the conferring event, named
        so in the sentence or the one ``before`` (总结表彰大会), or the count's clause tells the honours as received
        with no higher level (…，10个单位获评“先进集体”; …，30名教师受到表彰; not 受到省级表彰)."""
        # (…总结了2025年工作：全县新发展团员860名，评选“青年文明号”12个: the items the colon opens, the first one in the
        # review's own clause, are that period's work, conferred or won, as long as this event is not named among them)
        reviewed = next((r for r in _PERIOD_REVIEWED.finditer(text, 0, at) if _REVIEW_LISTED.match(text, r.end())), None)
        listed = reviewed is not None
        reviewed = reviewed or _PERIOD_REVIEWED.search(text, 0, clause_start)
        if reviewed is None:
            return False
        if not listed and _WON_OR_RECEIVED.search(text, clause_start, clause_end) is None:
            return False
        if not _HIGHER_LEVEL.search(text, clause_start, clause_end) and (
                _CONFERRING_EVENT.search(text, 0, reviewed.start()) or _CONFERRING_EVENT.search(before)
                or _RECEIVED_HERE.search(text, clause_start, clause_end)):
            return False
        return ((listed or not _CONFERRING_ACTIVE.search(text, reviewed.end(), clause_end))
                and not _THIS_EVENT.search(text, reviewed.end(), at)
                and not _HONOURED_HERE_AFTER.search(text, at))

    @staticmethod
    def _year_frames_won(text: str, lead: re.Match[str], clause_start: int, at: int) -> bool:
        """The year ``lead`` opens the sentence ``text`` and frames the later clause of the count at ``at`` (opening at
        ``clause_start``) as prizes won in it, with no verb of conferring after the year and no honouring at this
        event later in the sentence (2024年，公司坚持创新驱动，全年获得省级以上科技进步奖9项)."""
        # (…，8件作品获…金奖: the verb of winning after the count too; not …，为8件获奖作品颁奖, conferred in the clause)
        clause_end = clause_bounds(text, at)[1]
        return (_SENTENCE_OPENING.fullmatch(text, 0, lead.start()) is not None
                and _WON_IN_CLAUSE.search(text, clause_start, clause_end) is not None
                and not _CONFERRED_IN.search(text, lead.end(), clause_end)
                and not _HONOURED_HERE_AFTER.search(text, at))

    @staticmethod
    def _commended_near(doc: Document, sentence: Sentence) -> bool:
        """A conferral reported in the sentence or the text shortly before it (a commendation or a prize ceremony,
        表彰, 颁奖, 评出 …), not one still to come (…3名一等奖选手将被授予“…”称号 commends nobody yet)."""
        before = max(0, sentence.start - CONTEST_BEFORE)
        return any(not _BEFORE_PLANNED.search(doc.clean_text, max(0, c.start() - 3), c.start())
                   for c in _CONFERRED_IN.finditer(doc.clean_text, before, sentence.end))

    @staticmethod
    def _conferred_in_article(doc: Document) -> bool:
        """A conferral reported anywhere in the article, headline included (§5: grades stay when "the article reports the
        commendation or prize ceremony that conferred them"), not one still to come (将被授予, 将为…颁奖)."""
        text = doc.clean_text
        for c in _CONFERRED_IN.finditer(text):
            start = start_after(text, c.start(), CLAUSE_MARKS + "\n")
            end = min((i for i in (text.find(ch, c.end()) for ch in "，。；,;\n") if i >= 0), default=len(text))
            if not _PLANNED.search(text, start, end):
                return True  # (颁奖典礼将于下月举行: a ceremony still to come, in its clause)
        return False

    @staticmethod
    def _conferred_done(text: str, start: int, end: int) -> bool:
        """A conferring verb between ``start`` and ``end`` (offsets into ``text``, one clause) that is not itself
        marked as still to come (表彰了…50名, not 将表彰…, 拟授予…)."""
        return any(not _BEFORE_PLANNED.search(text, max(start, c.start() - 3), c.start())
                   for c in _CONFERRED_DONE.finditer(text, start, end))

    def _add(self, awards: list[dict[str, Any]], doc: Document, sentence: Sentence, m: re.Match[str], n: str,
             unit: str, honor_first: bool, honors: list[str] | None = None, listed: bool = False, at: int = 0,
             kind: str | None = None, split_dual: bool = False) -> bool:
        """Append the award of match ``m`` (count ``n`` ``unit``, at offset ``at`` of the sentence)
        when it reads as one.

        ``honors``: several honours sharing the count (“甲”“乙”各5名), one record each;
        ``listed``: an item of a list after an award verb whose other items read as honours;
        ``kind``: the recipients' kind when the text names them (else read from the unit);
        ``split_dual``: a count of bodies and people (10个（名）) already split by the honours' kinds, one unit each."""
        if _PLANNED.search(sentence.text, 0, at) or _PROPOSED_LIST.match(sentence.text, at):
            return False  # 将…每年向20名优秀义工发放奖励金: a planned scheme, not honours conferred
        if _PRIZES_SET_UP.search(sentence.text, start_after(sentence.text, at), at):
            return False  # 设立“十佳青年”奖项3个: places set up, nothing conferred
        if _GRADES_SET_UP.search(sentence.text, start_after(sentence.text, at), at):
            return False  # 本届比赛设个人一等奖10名、二等奖20名: a contest's prize scale, nothing conferred
        if _APPROX_WORD_BEFORE.search(sentence.text, max(0, at - 2), at):
            return False  # 逾300名学生获颁…嘉许状, 近200名: an approximate count, no explicit count (§5)
        if _ORIGIN_BEFORE.search(sentence.text, max(0, at - 8), at):
            return False  # 来自29个乡镇的模范母亲88位: the places the honoured come from (§5)
        if _RANK_BEFORE.search(sentence.text, 0, at):
            return False  # 男女组前八名选手分别获得奖杯和奖金: places of a ranking, a competition result (§5)
        clause_start = start_after(sentence.text, at)
        later = _CONFERRED_LATER.match(sentence.text, at + len(n))
        if later and later["next"] and self._conferred_done(sentence.text, clause_start, later.start("next")):
            later = None  # 表彰了先进个人50名，将为他们颁发奖金: commended now, something more handed out later
        if _AIMED.search(sentence.text, clause_start, at) or later:
            return False  # 力争再创建…5个, 3名…选手将被授予…: a target or a conferral still to come
        # (建院以来…; 多年来，…: the years over, unless this time or occasion is named before the count:
        # 会议表彰了…, 6月17日，…, 本届大会…)
        since = _SINCE_FOUNDED.search(sentence.text, 0, at) or _TALLY_LEAD.match(sentence.text)
        over_years = since is not None and not _THIS_TIME.search(sentence.text, since.end(), at) and (
            since.re is _SINCE_FOUNDED or not _THIS_OCCASION.search(sentence.text, since.end(), at))
        if _CUMULATIVE.search(sentence.text, clause_start, at) or over_years:
            return False  # 学校累计表彰优秀教师900名: holders counted over the years
        if self._past_period(doc, sentence.text, at, self._previous_text(doc, sentence)):
            return False  # 2023年，全县共表彰…20名; 上届评选中，8个…; “十四五”以来，…: an earlier period's conferrals (§5)
        if any(a["evidence"]["clean_start"] < sentence.start for a in awards) and self._unlinked_running_tally(doc, sentence, at, m):
            # 全局今年共有300名民警获得嘉奖 after a ceremony's own honours, told in a sentence before: this year's tally (§5)
            return False
        if self._year_after_review(doc, sentence, at):
            return False  # 会议回顾了过去一年的工作。一年来，共有15名教师荣获…: that period's tally (§5)
        if _ONCE_CONFERRED.search(sentence.text, clause_start, at):
            return False  # 2022年曾表彰“巾帼文明岗”8个: a past conferral told as background (§5)
        if any(not _WITHDRAWN_DESCRIBES.match(sentence.text, w.end(), at)
               for w in _WITHDRAWN.finditer(sentence.text, clause_start, max(at, m.end()))):
            return False  # 对考核不合格的3个单位撤销“市级文明单位”称号: an honour taken away, nothing conferred
        applied = [*_APPLIED_FOR.finditer(sentence.text, clause_start, at)][-1:]
        if applied and not (_GRANTED_AFTER_APPLYING.search(sentence.text, applied[0].end(), end_before(sentence.text, at))
                            or _GRANTED_AFTER_APPLYING.search(sentence.text, clause_start, applied[0].start())
                            or sentence.text.startswith("的", applied[0].end())):
            # 已向省厅申报集体二等功1个: applied for, not conferred (§5, like works put forward); not 表彰了各乡镇推荐的“最美
            # 家庭”20户, 表扬…推荐的模范父亲共58位: those put forward, described by it, commended by a verb before it
            return False
        quota = [q for q in _QUOTA.finditer(sentence.text, 0, at) if not self._conferred_done(sentence.text, q.end(), at)]
        if quota:
            return False  # 表彰名额分配为：优秀共产党员100名: a quota, nothing conferred yet (§5)
        clause = clause_bounds(sentence.text, at)  # (its marks, CLAUSE_BREAK, are more than clause_start's)
        clause_end = clause[1]
        if _RETAINED.search(sentence.text, clause_start, clause_end):
            return False  # 12个单位继续保留“文明单位”称号: kept after a review, nothing conferred (§5)
        after_count = at + len(n) + len(unit)
        if _HOLDERS_DESCRIBED_AFTER.match(sentence.text, after_count) and not (
                _CONFERRED_IN.search(sentence.text) or _HOLDERS_FETED.search(sentence.text)):
            return False  # 20位获得全国劳动模范称号的校友返回母校: holders described, nothing conferred here (§5)
        if _APPLYING_AFTER_COUNT.match(sentence.text, after_count):
            return False  # 为12个申请“红旗党支部”称号的党支部授旗: those applying, nothing conferred on them (§5)
        kin = _HOLDERS_KIN_AFTER.match(sentence.text, after_count)
        if kin and not (_CONFERRED_IN.search(sentence.text, clause_start, at)
                        or _CONFERRED_IN.search(sentence.text, kin.end(), clause_end)):
            # 约六百名获授勋人士的亲友出席观礼: the holders' relatives counted (§5); not 为30名获奖学生的家长颁发“优秀家长”
            # 荣誉证书, 授予15名获奖学生的父母“优秀家长”称号: an honour conferred on the relatives themselves
            return False
        if _FOR_BEFORE_COUNT.search(sentence.text, clause_start, at) and _PAID_AFTER.match(sentence.text, after_count, clause_end) \
                and not _CONFERRED_IN.search(sentence.text, clause_start, clause_end):
            return False  # 为12家“专精特新”企业兑付奖励资金: holders paid, nothing conferred (§5)
        if _FRAME_AFTER.match(sentence.text, after_count) and not _CONFERRED_IN.search(sentence.text, clause_start, clause_end):
            return False  # 全市236个市级文明单位中，有12个单位…: the frame of a later part, holders counted (§5)
        received = _RECEIVED_VERB_AFTER.match(sentence.text, at)
        # (五年来，全县20名教师获评“…”，大会对他们进行了表彰: a later clause says they were honoured here, §5)
        if received and (self._tallied(sentence.text, clause_start, at)
                         and not self._honoured_later(sentence.text, at, clause_end)
                         or _ONCE_RECEIVED.search(received.group())) \
                or _ONCE_GOT_AFTER.match(sentence.text, at):
            return False  # 近年来先后有6名村民获评“好媳妇”, 5名同志曾获得县委嘉奖, 5名青年曾获…: a tally (§5)
        held_now = clause_bounds(sentence.text, max(0, clause_start - 2))[0] if clause_start else -1
        if held_now >= 0 and _HOLDING_NOW.match(sentence.text, held_now):
            return False  # 我校现有教职工1200人，其中获评全国优秀教师3人: holders among the staff (§5)
        if _NOTICE_AFTER.match(sentence.text, at) and not self._conferred_done(sentence.text, clause_start, clause_end):
            return False  # 共评出五星级文明户1200户，现予以公示: proposed under a public notice (§5)
        holding = [h for h in _HOLDING.finditer(sentence.text, clause_start, at)
                   if not _CONFERRING_BETWEEN.search(sentence.text, h.end(), at)]
        if not holding and not received and clause_start > 0 \
                and not _CONFERRING_BETWEEN.search(sentence.text, clause_start, at):
            # 目前，全县共有“甲”获得者26名，“乙”获得者40名: a bare honour and count after a held count carry its holding on
            held_start = start_after(sentence.text, clause_start - 1)
            carried = [h for h in _HOLDING.finditer(sentence.text, held_start, clause_start)
                       if not _CONFERRING_BETWEEN.search(sentence.text, h.end(), clause_start)]
            if carried and self._tallied(sentence.text, held_start, carried[0].end(), _HOLDING_CUE):
                return False
        if not received and holding and (self._tallied(sentence.text, clause_start, at, _HOLDING_CUE)
                                         or (_STOCK_WITH_NEW.match(sentence.text, at)
                                             and not _EVENT_TOTAL.search(sentence.text, clause_start, at))):
            return False  # 目前，全市已有省级美丽乡村示范村32个; 共有…236个，其中新命名…30个: what the place holds (§5)
        if _ENTERED_AFTER.match(sentence.text, at):
            return False  # 共有86人报名参加“优秀青年人才”评选: entrants, nothing conferred
        contended = _CONTENDED_AFTER.match(sentence.text, at)
        prize = contended and _CONTENDED_PRIZE.match(sentence.text, contended.end())
        if prize and not _CONTENDED_REST.match(sentence.text, contended.end()):
            won = _CONTEST_WON.match(sentence.text, prize.end())
            honor_at = m.start("honor") if "honor" in m.re.groupindex and m["honor"] else -1
            if won is None or honor_at < won.end() and not (
                    honor_at >= 0 and _CONTEST_FRAME_GRADE.match(sentence.text, m.end("honor") + 1)):
                return False  # 5名选手参加“挑战杯”一等奖的角逐: entrants contending, nothing conferred
        if _SCHEME.search(sentence.text, 0, at) and not _THIS_TIME.search(sentence.text, clause_start, at):
            return False
        if _EACH_HOLDER.search(sentence.text, clause_start, at):
            return False  # 每人获颁奖章一座, 每个获奖单位颁发奖牌一块: what each holder gets, no count of holders
        # (the set-up list may run on over 、，； which end this sentence: read back to the 。 that opens its own)
        count_at = sentence.start + at
        opened = min(start_after(doc.clean_text, count_at, "。！？\n"), sentence.start + clause_start)
        set_up = [s for s in _SET_UP.finditer(doc.clean_text, opened, count_at)
                  if s.start() >= sentence.start + clause_start
                  or not _SET_UP_CONFERRED.search(doc.clean_text, s.end(), count_at)]
        if set_up and not _SET_UP_WON_AFTER.match(sentence.text, after_count) \
                and not (all(doc.clean_text[s.end()] in _QUOTE_OPEN for s in set_up)
                         and _SET_UP_DONE_AFTER.match(sentence.text, after_count)):
            # 本届设一等奖1名: a prize set up (not 设…奖，评出一等奖3名: conferred in its own clause); also the later grades of
            # the set-up list in the sentence (设一等奖1名，奖金10万元；二等奖3名，…) while no verb of conferring comes between
            return False
        shortlist = list(_SHORTLIST.finditer(sentence.text, clause_start, at))
        if shortlist and not _SELECTED.search(sentence.text, shortlist[-1].end(), at):
            return False  # 入围…评选的45名: a shortlist (not 从入围的…中评选出10名)
        if unit in ("项", "枚") and (_TALLY.search(sentence.text, clause_start, at) or (
                _AMONG_THEM_AHEAD.match(sentence.text[clause_start:]) and self._tally_before(sentence.text, clause_start))):
            return False  # 他曾获国家科学技术进步奖二等奖2项, 我校获奖17项，其中一等奖2项, 先后荣获勋章3枚: a tally (§5)
        if unit == "项" and (profile := [p for p in _PROFILE.finditer(sentence.text, 0, at)]) \
                and not _PROFILE_BROKEN.search(sentence.text, profile[-1].end(), at) and sentence.text[at + len(n) + 1 : at + len(n) + 2] != "的":
            return False  # 主讲人张明长期从事材料研究，获省科技进步一等奖2项: a person's own record in a profile, a tally (§5)
        before = max(0, sentence.start - CONTEST_BEFORE)
        # (另外，在…竞赛中，我校8名学生获一等奖: another matter than the conferral told before it, _ASIDE_LEAD; only a
        # prize grade counted, and only when the sentence confers nothing itself: not …获一等奖的8名选手被记个人二等功, a
        # merit conferred, nor …8名选手获一等奖，大会对他们予以奖励)
        aside = bool(_ASIDE_LEAD.match(sentence.text) and _CONTEST.search(sentence.text, 0, at)
                     and any(_PRIZE_GRADE.search(h) for h in honors or [m.groupdict().get("honor") or ""])
                     and not _CONFERRED_IN.search(sentence.text) and not _CONFERRED_DONE.search(sentence.text)
                     and not _REWARD_GIVEN.search(sentence.text) and not _REWARDED.search(sentence.text))
        commended = not aside and self._commended_near(doc, sentence)
        won = _GRADE_WON.search(sentence.text, clause_start, at)
        if won and not commended and _CONTEST.search(doc.clean_text, before, sentence.start + at):
            return False  # 大赛在天津举行。我市代表队共获得一等奖2项: prizes won at a contest (§5), no commendation
        if not won and _GRADE_WON_AFTER.match(sentence.text, at) and (
                (not commended and _CONTEST.search(doc.clean_text, before, sentence.start + at)
                 and (aside or not self._conferred_in_article(doc)))
                or (_SPORTS_FRAME.search(sentence.text, 0, at) and not _CONFERRED_IN.search(sentence.text, 0, at))):
            # 在全省数学竞赛中，我校5名学生获一等奖 / 全省数学竞赛日前举行，我校5名学生获一等奖: the grade won at the contest
            # named before the count, no commendation or prize ceremony reported (near the sentence or anywhere in the
            # article: …获一等奖。5月7日，颁奖典礼在省城举行 reports the ceremony): a competition result (§5), as when the
            # contest follows the count (5名学生在全省数学竞赛中获一等奖); at a sports meet framing the sentence whatever
            # the meeting that tells it (总结表彰大会召开。在全省运动会上，我市5名运动员获一等奖)
            return False
        if won and _SPORTS_FRAME.search(sentence.text, clause_start, won.start()) \
                and not _CONFERRED_IN.search(sentence.text, clause_start, at) \
                and any(_PRIZE_GRADE.search(h) for h in honors or [m.groupdict().get("honor") or ""]):
            # 总结表彰大会召开。代表团在全国民族运动会上共获得一等奖12个: the grades were won at the sports meet framing
            # the clause (§5, a competition result), whatever the meeting that tells them commends; not a title conferred
            # on the winners (在校运动会上获得一等奖的12名同学被授予“体育之星”称号: the title is the honour)
            return False
        weak = m.groupdict().get("honor") or ""
        # (not 为10名青年科技奖得主颁发奖杯: a prize's winners with the conferral on them after, in the clause)
        if weak.endswith(_WEAK_HEADS) and not _CONFERRED_IN.search(sentence.text, 0, at) and not (
                _PRIZE_WINNERS_END.search(weak) and _FOR_BEFORE_COUNT.search(sentence.text, clause_start, at)
                and _CONFERRED_IN.search(sentence.text, at, clause_end)):
            return False  # 10位杰出校友回到母校, 3名金牌得主出席: people described, nothing conferred here
        if _BUILT_QUOTED.search(sentence.text, clause_start, at):
            return False  # 新建“文化礼堂”3座: units built, named in quotes
        if honors:
            return all([self._add(awards, doc, sentence, _PLAIN_HONOR.match(h), n, unit, False, at=at, split_dual=split_dual)
                        for h in honors])
        honor = m["honor"].strip("“”「」\"『』")
        # (3户家庭获得“最美家庭”称号提名: a nomination received is its own honour, 最美家庭提名; §5, eleventh review round)
        # (8名同志获评“最美家庭”称号提名奖: the nomination prize, 最美家庭提名奖)
        nominated = _NOMINATION_AFTER_QUOTE.match(sentence.text, m.end()) if m.re is not _PLAIN_HONOR else None
        nomination = nominated is not None and _RECEIVED_QUOTE.search(sentence.text, at, m.end()) is not None
        if nomination:
            honor += "提名" + (nominated["prize"] or "")
        if _YEAR_WORD_QUOTE.match(honor) and m.string[m.start("honor") - 1 : m.start("honor")].isdigit():
            # (表彰了2025年度“民营经济突出贡献奖”企业10家: the rest of a year cut off before the quoted honour, no part
            # of its name, as 2025年度 is not)
            honor = _YEAR_WORD_PREFIX.sub("", honor)
        if honor_first:
            # 评选出“十佳志愿者”和“优秀志愿服务项目”20个: the count after the last of two quoted honours is that one's
            # (not “十佳员工”和“优秀员工”共23名: a total over both, the whole phrase, §5)
            if not _TOTAL_BEFORE.search(sentence.text, max(0, at - 3), at):
                honor = _QUOTED_JOINER.split(honor)[-1]
        # (a conferring verb of another clause does not make it one: 共有36名教师获得…表彰，培养省级骨干教师200名)
        # (全市已建成文明小区194个、文明单位和文明窗口1556个: the verb opening the clause builds every item of its list)
        if (_BUILT.match(honor) or _BUILT_IN_CLAUSE.search(sentence.text, clause_start, at)) \
                and not _CONFERRED_IN.search(sentence.text, *clause) and not _RECEIVED_IN.search(sentence.text, *clause):
            return False  # 培养民兵科技示范户1.5万户, 建立示范基地5个: units built up, no honour conferred
        after = m.groupdict().get("after") or ""
        if after.startswith("的") and not after.startswith(("的称号", "的荣誉")) and not (
            _AWARD_VERB.search(sentence.text, m.end("unit"), m.start("honor")) or self._honor_like(honor)
        ):
            return False  # 一位“手到病除”的电焊技师: a quoted description, not an honour
        if after.startswith(("等次", "档次")):
            return False  # 12个单位获评“优秀”等次: the grade of an evaluation, no award (§5)
        # (先进集体和先进个人200个（名），其中先进集体68个、先进个人130名: a total over bodies and people, kept when
        # its parts do not add up to it; else no honour's count)
        dual = _DUAL_UNIT.match(sentence.text, at) is not None and not split_dual
        if _SANCTION.match(sentence.text, at):
            return False  # 1名“群众最不满意的公务员”被撤职: a sanction, not an honour
        if not nomination and (_NOMINATED_AFTER.match(sentence.text, m.end()) or _NOMINATED_AFTER.match(after)
                               or _NOMINATED_IN.search(honor)):
            return False  # 30名“最美教师”候选人, 4个“全国文明城市提名城市”: nominees, not honoured yet
        if m.re is not _PLAIN_HONOR and (_REPRESENTATIVE_ACTING.match(sentence.text[m.end() :])
                                         or _REPRESENTATIVE_ON_STAGE.search(m.groupdict().get("honor") or "")):
            return False  # 为10名优秀共产党员代表颁发…, 100名优秀党员代表参加了大会: representatives, not all honoured
        appointed = _APPOINTED.search(sentence.text, m.end(), min(len(sentence.text), m.end() + APPOINTED_WITHIN))
        if appointed and "并" not in sentence.text[m.end() : appointed.start()]:
            return False  # 为10名“法治副校长”颁发了聘书: an appointment, not an honour (not 表彰…并颁发任命书)
        # (102个“五好”基层党组织, “感动江城”年度人物: the noun after the closing mark, from the sentence)
        # (positions of the text the match was made on: a slice of the sentence for some patterns, so that
        # 评出“五星级”党支部20个 does not read 党支部 again after the honour)
        source = m.string
        quote_end = (m.end("honor") + 1) if m.re is not _PLAIN_HONOR and "honor" in m.re.groupindex else -1
        quote_closed = quote_end > 0 and source[quote_end - 1 : quote_end] in _QUOTE_CLOSE
        grouped = False  # (a group of quoted honours closed by 等, named whole)
        noun_after = _NOUN_AFTER.match(source[quote_end : quote_end + 8]) if quote_closed else _NOUN_AFTER.match(after)
        # (30名“四有”好老师, 10个“巾帼”文明岗: the rest of an honour quoted only in its qualifying word)
        tail = _HONOR_TAIL.match(source, quote_end) if (
            quote_closed and noun_after is None and not _QUOTED_WHOLE.search(honor)) else None
        if tail is None and quote_closed and noun_after is None and _PRAISE_WORD.fullmatch(honor):
            tail = _PRAISED_MEMBERS.match(source, quote_end)  # 12名“优秀”党员: 优秀党员, not the bare word of praise
        if noun_after and _TOKEN_AFTER.fullmatch(noun_after.group()) and _HOLDER_ENDED.search(honor):
            noun_after = None  # 为5家支行颁发了“普惠金融先进单位”奖牌: the plaque of the honour quoted (§5)
        if tail is None and quote_closed and noun_after is None:
            ranked = _RANK_TAIL.match(source, quote_end)
            tail = ranked if ranked and (ranked["campaign"] or not _HOLDER_ENDED.search(honor)) else None
        if tail is None and quote_closed and noun_after is None:
            graded = _GRADE_TAIL.match(source, quote_end)
            tail = graded if graded and not (graded["contest"] and _QUOTED_WHOLE.search(honor)) else None
            if tail is None and not _QUOTED_WHOLE.search(honor) and _CONTEST_RESULT_TAIL.match(source, quote_end):
                return False  # 3名学生获得“希望杯”数学邀请赛金牌: a contest's result (§5), not the contest's name
            if tail is not None and tail["own_count"] is not None and at < m.start("honor"):
                return False  # 5名学生获“挑战杯”一等奖2项: the grade's own count after it is its count (read after the honour)
            # (not 10名“最美志愿者”在比赛中获一等奖: a whole honour quoted, its holders described)
            framed = _CONTEST_FRAME_GRADE.match(source, quote_end) if tail is None and not _QUOTED_WHOLE.search(honor) else None
            if framed:
                honor = framed["grade"]
        if noun_after or tail:
            honor += (noun_after or tail).group()
            # (授予十二个机关党支部县级“四强”党支部称号: the level written before the mark is part of the name)
            level = _LEVEL_BEFORE_QUOTE.search(source, 0, m.start("honor") - 1) if quote_closed else None
            honor = level.group() + honor if level else honor
            words = _WORDS_BEFORE_QUOTE.search(source, 0, m.start("honor") - 1) if quote_closed and not level else None
            honor = words["words"] + honor if words else honor  # (专精特新“小巨人”企业: the designation's words)
            # (为30名老党员颁发了“光荣在党50年”纪念章和“优秀党员”证书: one count before two quoted honours with their
            # tokens joined by 和, then the clause's end: one record, the whole phrase, §5; not with a second count)
            token_joined = _JOINED_TOKEN.match(source, quote_end + len((noun_after or tail).group())) if (
                quote_closed and at < m.start("honor") and not ("n2" in m.re.groupindex and m["n2"])) else None
            if token_joined:
                honor += _QUOTES.sub("", token_joined["more"])
        elif quote_closed and (etc := _QUOTED_ETC.match(source, quote_end)):
            # 86名员工和团队获得“优秀员工”“优秀团队”等奖项, 颁发了“甲”“乙”等奖项共30个: one count over a group of
            # honours, the whole group as written (§5, never a cut part)
            honor = "、".join([honor, *_QUOTED_ITEM.findall(etc["more"])]) + "等" + etc["word"]
            grouped = True
        elif quote_closed and at < m.start("honor") and (joined := _JOINED_QUOTES.match(source, quote_end)) and all(
                q["joiner"] or ("、" not in q["item"] and self._honor_like(q["item"]))
                for q in _JOINED_QUOTE_ITEM.finditer(joined["more"])):
            # 对23名“十佳员工”和“优秀员工”进行了表彰: one count before two quoted honours joined by 和, then the
            # conferral: one record, the whole phrase (§5, never a cut part); their representatives are not all honoured
            if joined["representatives"]:
                return False
            honor += _joined_honours(joined["more"])
        elif "more" in m.re.groupindex and m["more"]:
            honor += _joined_honours(m["more"])  # (获得“甲”和“乙”称号的23名: the same, the count after)
        if honor_first:
            stripped = _LEADING_CONNECTOR.sub("", _LEADING_VERB.sub("", honor))
            # 表扬员工294名: the verb may be the honour's own first word
            honor = stripped if self._honor_like(stripped) else _LEADING_CONNECTOR.sub("", honor)
            if prize := _PRIZE_REWARDS_HOLDERS.search(_QUOTES.sub("", honor)):
                honor = prize["prize"]  # “明德奖学金”资助优秀学生50名: the prize, its holders counted
        honor = _CONFERRING_PREFIX.sub("", honor)  # 行政长官今日颁授金紫荆星章
        honor = _HONOUR_FILLER_PREFIX.sub("", honor)
        # (表彰本年度优秀教师10名: this year, no part of the honour)
        honor = _OCCASION_PREFIX.sub("", honor)  # 本次大会青年优秀论文奖
        # (学校今年)获国家科学技术进步奖二等奖, 我校今年共获省科学技术奖: the winner and the verb before it
        # (我县获评省级文明村3个: 获评 as a whole, not its 评 left on the honour)
        # (获颁大紫荆勋章的有4人: 获颁 as a whole, not its 颁 left on the honour)
        honor = _RECEIVING_REPEATED_IN.sub("", honor)  # 勋衔或获嘉许: one verb over both
        # (大紫荆勋章获授人5名: the holders' word, whose 获 opens no honour after it)
        honor = _DECORATION_HOLDERS_END.sub("", honor)
        honor = _WON_PREFIX.sub("", honor)
        # (not 一等奖, 高等学校, 中等职业, 平等就业: 等 inside a word)
        named_first = [] if grouped or _GRADED_WORD.search(honor) \
            else honor.split("等")
        if len(named_first) > 1 and len(named_first[-1]) >= 3 and self._honor_like(named_first[-1]):
            honor = named_first[-1]  # 市财政局机关党委等先进基层党组织10个: the recipients named before 等 (not 一等奖)
        honor = _GIVEN_PREFIX.sub("", honor)  # (获颁)授大紫荆勋章
        # (颁发感谢状给绩优志工团队5队: the token handed over, then 给 and the holders named by their honour)
        honor = _TOKEN_GIVEN_TO_PREFIX.sub("", honor)
        # (获颁授最高荣誉大紫荆勋章, 最高级别的金紫荆星章: a descriptor of its rank before a named honour, no part of the
        # name, as a level before the quote mark is not; not 最高荣誉勋章, where nothing names the honour without it)
        ranked = _RANK_DESCRIPTOR.match(honor)
        if ranked and len(honor) - ranked.end() >= 4 and self._honor_like(honor[ranked.end() :]):
            honor = honor[ranked.end() :]
        # (比赛共决出一等奖, 公司共奖励优秀员工, 颁奖仪式上揭晓了年度人物: the verb of the clause)
        # (今年共选出模范母亲30名: 选出 as well)
        verbless = _SELECTED_PREFIX.sub("", honor)
        honor = verbless if self._honor_like(verbless) else honor
        # (学生在全国大学生数学建模竞赛中获国家一等奖: the contest the prize was won in)
        honor = _WON_IN_PREFIX.sub("", honor)
        honor = _TALLY_TAIL.sub("", honor)
        honor = _CONFERRAL_CLOSING.sub("", honor)  # 市科学技术进步奖共授奖120项: the prize, not its conferral
        # (优秀志愿者约100名: 约 belongs to the count, read as in 约100名“…”; not 诚信守约, a word ending in 约)
        honor = _ABOUT_TAIL.sub("", honor)  # 受表彰的优秀共产党员共30名, 先进党支部有6个, 先进集体达15个
        # (“优秀网格员”计46人: 计 before the count; not 优秀设计, 优秀会计, 统计: words ending in 计)
        honor = _COUNTED_TAIL.sub("", honor)
        honor = _EDITION_PREFIX.sub("", honor)  # 第六届“…青年科技奖”, 第三批: the edition
        # An unquoted honour right after a year's number loses what it keeps of the year word at its start (2023年先进集体:
        # the year's 年 as well; 学年度, 年度, or nothing): the test is the year before the honour, as the word may be empty.
        if (not _QUOTE_MARK.search(honor)
                # (表扬113年度模范劳工, 民国113年模范母亲: a year of Taiwan's calendar, three digits)
                and re.search(r"(?:\d{4}|(?<![\d.．])(?:民国)?\d{2,3}|[〇○零一二三四五六七八九]{4})" + re.escape(honor), sentence.text)):
            honor = _YEAR_WORD_PREFIX.sub("", honor)  # 表彰了2023年度先进集体10个: the category (GUIDELINES §5), not 年度先进集体
        # (表彰了2024届优秀毕业生320名, 二〇二四届: the rest of a school's class cut off before the honour, its year's digits
        # left out of the honour's characters or its numerals read into it; not 一级英雄模范, a grade with no year before it)
        class_word = _CLASS_WORD.match(honor)
        if (class_word and not _QUOTE_MARK.search(honor)
                and re.search(r"(?:(?:19|20)?\d{2}|[〇○零一二三四五六七八九]{2,4})" + re.escape(honor), sentence.text)):
            honor = honor[class_word.end() :]
        # (表彰来自12个单位的“先进个人”30名: the places the honoured come from, no part of the honour)
        # (表扬全县18个乡镇推荐的“模范父亲”共58位: those who put the holders forward, a description of them ending in the
        # verb before 的; the quoted honour wins, §5)
        origin = _ORIGIN_BEFORE_QUOTE.match(honor)
        if origin and (re.search(f"来自[^，。；]{{0,6}}{re.escape(origin[1])}的", sentence.text)
                       or _PUT_FORWARD_END.search(origin[1])):
            honor = honor[origin.end() :]
        holders = _HOLDERS_AFTER.fullmatch(honor)
        if holders and (holders["titled"] or self._honor_like(holders["honor"]) or _THIS_PRIZE.fullmatch(holders["honor"])):
            honor = holders["honor"]  # 获评“优秀共产党员”称号的党员15名: the holders after 的, not the honour
        described = _DESCRIBED.fullmatch(honor)
        # (not “群众最满意的优秀村干部”: the quote marks hold the whole name, its 的 included)
        quoted_whole = described is not None and re.search(
            f"[{_QUOTE_OPEN}《]{re.escape(honor[: described.start('category')])}", sentence.text) is not None
        if described and not quoted_whole and self._honor_like(described["category"]):
            honor = described["category"]  # 在疫情防控中表现突出的先进单位20家: the category, not its description (§5)
        if honor in _BARE_MEDALS:
            # 举行“光荣在党50年”纪念章颁发仪式，为22名老党员颁发纪念章: the medal named in full before
            named = re.findall(rf"[“「『]([^”」』，。]{{2,20}})[”」』]{honor}", sentence.text[:at])
            if not named:
                # (举行“光荣在党50年”纪念章颁发仪式。书记为28名老党员颁发纪念章: named in a sentence before, in the
                # same paragraph)
                paragraph = doc.clean_text[doc.clean_text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
                named = re.findall(rf"[“「『]([^”」』，。]{{2,20}})[”」』]{honor}", paragraph)
            if named:
                honor = named[-1] + honor
            elif m.re is self.conferred_plain and honor != "勋章":
                # 为22名老党员颁发纪念章 alone: an award record needs the honour named (§5); a decoration conferred
                # (向42名个人颁授勋章) is the honour itself, a medal with a count (§5)
                return False
        if honor in ("奖学金", "奖教金") and (named := self._prize_referred_to(honor, sentence.text[:at])):
            # (设立园丁奖教金，15名教师获得奖教金: a bare 奖教金 or 奖学金 takes the name of the one named before it in the
            # sentence, §5 twelfth review round)
            honor = _FIRST_OR_NTH_EDITION.sub("", named[-1])
        if _THIS_PRIZE.fullmatch(_TIME_BEFORE_THIS_PRIZE.sub("", honor)):
            honor = _TIME_BEFORE_THIS_PRIZE.sub("", honor)
            if _REPEATED_WIN.search(sentence.text, at, clause_end):
                return False  # 其中3个单位已连续三届获此称号: repeat holders among those counted, a tally (§5)
            # 首届青年文学奖今天颁奖，6名作家喜获该奖: the prize named before in the sentence (or, named in none before
            # the count in it, in the sentence before: 市政府设立“金牛奖”。今年该奖授予10名企业家, §5 tenth round)
            for before in (sentence.text[:at], self._previous_text(doc, sentence)):
                named = self._prize_referred_to(honor, before)
                if named:
                    break
            if not named:
                return False
            honor = _FIRST_OR_NTH_EDITION.sub("", named[-1])
        if _CONFERRING_WORD.search(honor):
            return False  # 向30名杰出护理员颁发奖项: the act of presenting read into the honour
        if _MONEY_IN_HONOR.fullmatch(honor) and not re.search(
                f"[{_QUOTE_OPEN}]{re.escape(honor)}[{_QUOTE_CLOSE}]", sentence.text):
            return False  # 30个获奖项目各获得10万元奖励资金: an amount, no honour (§5)
        if _COMPARED.search(honor):
            return False  # 先进基层党组织增加了5个, 优秀共产党员比去年多5名: a comparison, no conferral (§5)
        # (共有金奖义工256名, 受表彰的有…, 县府表扬师铎奖教师: the clause's verb and subject, not the honour)
        # (全县共有全国文明村镇: the place and its holding verb)
        honor = _HAVING_PREFIX.sub("", honor)
        # (共有金奖2项、银奖4项产生: 有 before a two-character honour)
        had = _HAVING_TWO_LEFT.match(honor)
        honor = honor[had.end() :] if had and self._honor_like(honor[had.end() :]) else honor
        # (“红领巾奖章”一星章获得者42名: a medal's as well)
        honor = _WINNERS_AFTER_PRIZE.sub("", honor)  # 国家奖学金获得者86名
        honor = _PRIZE_HOLDERS_TAIL.sub("", honor)  # 体育道德风尚奖代表队6个: the prize, not its holders
        # (“五一劳动奖状”获得单位15个: the holders' noun after a quoted honour)
        honor = re.sub(f"(?<=[{_QUOTE_CLOSE}])获(?:得|奖)?(?:者|单位|集体|个人)$", "", honor)
        # (镇党委对“优秀共产党员”“优秀党务工作者”共50名进行表彰: the body and its preposition before the first quote)
        honor = re.sub(f"^[^{_QUOTE_OPEN}{_QUOTE_CLOSE}]{{0,8}}?(?:对|为|向|给)(?=[{_QUOTE_OPEN}])", "", honor)
        # (“优秀共产党员”“优秀党务工作者”共50名: side-by-side quotes, one count over both: the whole phrase, its items
        # apart as in a list, §5, not glued into one name)
        honor = re.sub(f"(?<=[^{_QUOTE_OPEN}{_QUOTE_CLOSE}])[{_QUOTE_CLOSE}][{_QUOTE_OPEN}](?=[^{_QUOTE_OPEN}{_QUOTE_CLOSE}])", "、", honor)
        one_char_level = _ONE_CHAR_LEVEL_QUOTE.match(honor)
        if one_char_level and _QUOTED_WHOLE.search(one_char_level["quoted"]):
            honor = honor[one_char_level.end() :]
        scoped = _SCOPE_OPENING.match(honor)
        if scoped and _commended_at(sentence.text, honor) and not _quoted_in(sentence.text, honor):
            # 会议表彰了全市三八红旗手50名: the scope of the body commending, not the honour's (not “全县十佳村医”, quoted;
            # nor 我市3名同志获评全省优秀共产党员, the level of an honour received from above, nor 表彰全市优秀教师的决定，授予
            # 30名同志“全市优秀教师”称号: a level inside the quote marks stays, §5)
            honor = honor[scoped.end() :]
        honor = _QUOTE_MARK.sub("", honor)  # the guidelines drop quote marks from honours
        honor = _TITLE_QUOTED.sub(r"\1", honor)  # 授予…《人民满意的公务员》称号: 《》 used as quote marks
        honor = _DE_TAIL.sub("", honor)  # 获授大紫荆勋章的有3人: the holders after 的, not the honour
        if _MONEY_TO_EACH_TAIL.search(honor):
            return False  # 为10个先进村各安排奖补资金5万元: money to the holders, no conferral (§5)
        honor = _REWARD_TAIL.sub("", honor)  # 对10个先进村各奖励5万元: the reward, not the honour
        if _UNNAMED_TITLE.fullmatch(honor):
            # (授予28人国家荣誉称号: the state's title, named by its level; 授予28人荣誉称号, 授予10名同志市级荣誉称号: a
            # title of honour naming none, no record, §5)
            if not (honor == "国家" and "honor" in m.re.groupindex and source.startswith("荣誉称号", m.end("honor"))):
                return False
            honor = "国家荣誉称号"
        # 全省优秀教师称号, 劳模称号 (not 国家荣誉称号: a level alone left names no honour)
        # (国家勋章和国家荣誉称号, 勋章和荣誉称号: nor a level's title after a conjunction, where the cut would leave 国家勋章和国家;
        # the phrase is kept whole, one count over both honours)
        # (“甲”“乙”等荣誉称号: a group closed by 等 keeps its word, as 甲、乙等奖项 does, §5)
        untitled = _TITLE_WORD_TAIL.sub("", honor)
        joined = _JOINING.split(untitled)
        if not _LEVEL_HONOR_TITLE.fullmatch(honor) and not (
                untitled != honor and len(joined) > 1 and (not joined[-1] or _UNNAMED_TITLE.fullmatch(joined[-1]))):
            honor = untitled
        entry = _PRIZE_ENTRY_TAIL.search(honor)
        if entry is not None and _WORKS_NOT_WON.search(sentence.text, start_after(sentence.text, at), at):
            return False  # 推荐“五个一工程奖”作品10部参评, 入选…作品10部: works put forward, no prize won
        honor = honor[: entry.start()] if entry is not None else honor  # 一等奖作品8件: the prize grade
        if _BARE_GRADE_OPENING.match(honor) and (_RATING_WORD.search(sentence.text, 0, at) or not (
                _PRIZE_CONTEXT_WORD.search(sentence.text) or TAIWAN.search(doc.clean_text))):
            return False  # 通报医院等级评审结果，评出甲等医院5家、乙等8家: a rating, no prize (§5)
        if honor.endswith("证书") and not honor.endswith("荣誉证书") and not _MERIT_WORD.search(honor[:-2]):
            return False  # 获奖证书, 捐赠证书, 志愿服务证书: a certificate, no honour (not 优秀教师证书)
        if _GRADE_WORD.search(honor) or _PASS_GRADE.match(honor) or _BLAME_LABEL.match(honor) or (
                _APPRAISAL_GRADE.search(honor) and not _quoted_in(sentence.text, honor)):
            # 评出“优秀”等次公务员85名; 评出合格党员812名、基本合格党员3名 (民主评议); 评出考核优秀乡镇5个 (not quoted):
            # the grade of an evaluation, no award (§5)
            return False
        if _STAR_RATED_BUSINESS.search(honor):
            return False  # 命名五星级农家乐15家: a star rating of a business, no honour (§5)
        if _AID_HONOR.search(honor):
            return False  # 国家助学金资助学生2860名: need-based aid, no honour (§5)
        if _MEDAL_GRADE.fullmatch(honor):
            # (…获得“红领巾奖章”一星章，8名队员获得二星章: 红领巾奖章二星章, the medal of the grade just before)
            graded = [a for a in awards if sentence.start + at - MEDAL_GRADE_WITHIN <= a["_at"] < sentence.start + at
                      and "\n" not in doc.clean_text[a["_at"] : sentence.start + at]]
            medal = _MEDAL_GRADE.search(graded[-1]["honor"]) if graded else None
            if medal and medal.start() > 0 and medal.end() == len(graded[-1]["honor"]):
                honor = graded[-1]["honor"][: medal.start()] + honor
            elif honor[0] in "金银铜":
                return False  # 12名选手获得银章 alone: no medal named (§5)
        count = parse_number(n)
        if count is None and n in _BARE_HUNDRED and not _APPROX_BEFORE.search(sentence.text, 0, at) \
                and sentence.text.count("“", 0, at) <= sentence.text.count("”", 0, at):
            count = _BARE_HUNDRED[n]  # 表彰百名“优秀村干部”: an exact hundred (not 近百名, nor inside “百名好医生”)
        if unit in ("枚", "块") and (count == 1 or _MEDAL_END.search(honor)):
            return False  # 获得金牌12枚: a medal tally (§5); 为他颁发…奖牌一块: one token for one recipient
        # (…功绩奖章12名、奖状11个: a bare 奖状 after decorations counted in one list is the honours system's
        # certificate grade, 勋章、奖章和奖状, no token handed over)
        after_count = at + len(n) + len(unit)
        if (scope := _SCOPE_AFTER_COUNT.match(honor)) is not None and sentence.text.startswith(honor, after_count):
            # 表彰50名全市优秀教师, 对30个全省…先进集体: a scope word right after the count is no part of the honour
            # (GUIDELINES §5 sixteenth review round; 全国劳动模范 names a national title and stays)
            honor = honor[scope.end() :]
        graded_certificate = honor == "奖状" and _DECORATIONS_BEFORE_BARE.search(sentence.text, max(0, at - 40), at) is not None
        if count is None or count <= 0 or count != int(count) or len(honor) < 2 or (
                _NOT_AN_HONOR.search(honor) and not graded_certificate):
            return False
        if honor_first and not (listed or self._honor_like(honor) or graded_certificate):
            return False
        if "授旗" in sentence.text and not self._honor_like(honor) and not self.context.search(sentence.text.replace("授旗", "")):
            return False  # 为新组建的8支“青年突击队”授旗: a flag for a team set up, no honour unless one is named (为10支“优秀…队”授旗)
        if any(a["honor"] == honor and a["count"] == int(count) and a["evidence"]["clean_start"] == sentence.start
               for a in awards):
            return True  # 表彰了3个先进党支部，并为3个先进党支部各下拨…: one fact
        # (共表彰先进集体和先进个人30个（名）: two honours joined by 和 under one count, one record, as without （名）, §5)
        if dual and not (_JOINING.search(honor) and "、" + honor not in sentence.text
                         and (_AMONG_THEM_SOON.match(sentence.text[at:] + doc.clean_text[sentence.end : sentence.end + 8])
                              or ("、" not in honor and _AND_WORD.search(honor)))):
            # 先进集体、先进个人共85个（名）: one count over bodies and people, no parts to weigh it against
            # (nor a list's tail read as its honour: 优秀共产党员、优秀党务工作者和先进基层党组织共80个（名）)
            return False
        # (共有56个先进集体和先进个人受到表彰: one count over an honour of bodies and one of people, a total of neither kind)
        mixed = _MIXED_RECIPIENTS.match(sentence.text, at + len(n) + len(unit)) is not None or _MIXED_HONOR.search(honor) is not None
        recipient_kind = None if dual or mixed else kind or self._kind(unit, honor, sentence.text[at + len(n) + len(unit) :])
        if recipient_kind == "organization" and unit in ("个", "项") and honor.endswith("等奖项"):
            recipient_kind = None  # 颁发了“甲”“乙”等奖项共30个: prizes counted, not bodies
        if recipient_kind == "organization" and (_ITEMS_COUNTED.match(sentence.text, at + len(n) + len(unit))
                                                 or _WORKS_BEFORE_COUNT.search(sentence.text, max(0, at - 8), at)):
            recipient_kind = None  # 授予12个项目科技进步奖: projects counted, neither people nor bodies (§5)
        # (团体一等奖1个: a prize of teams, its count one of the bodies that won it, §5)
        team_prize = _TEAM_PRIZE.match(honor) is not None
        if recipient_kind == "organization" and unit == "个" and _PRIZE_GRADE.search(honor) and not team_prize \
                and not _BODIES_NAMED.match(sentence.text, at + len(n) + len(unit)):
            recipient_kind = None  # 决出金奖3个: prizes counted, not bodies (§5; not 一等奖的3个单位)
        if recipient_kind == "organization" and unit == "个" and honor.endswith("奖") and not team_prize \
                and re.search(f"{re.escape(honor)}[{_QUOTE_CLOSE}]?$", sentence.text[:at]) \
                and _NO_NOUN_AFTER.match(sentence.text, at + len(n) + len(unit)):
            # 颁发“金点子奖”20个: prizes counted, no holders named on either side of the count (not 向5个合作团队颁授
            # “…奖”, “体育道德风尚奖”代表队6个)
            recipient_kind = None
        awards.append({
            "honor": honor,
            "count": int(count),
            "unit": unit,
            "recipient_kind": recipient_kind,
            "recipients": [],
            # (the sentence as written, not its quote view)
            "evidence": evidence(doc, Sentence(sentence.start, sentence.end, doc.clean_text[sentence.start : sentence.end])),
            # (312名毕业生获评优秀毕业生，其中省级…98名、校级…214名: a total over the parts after 其中;
            # not 共评出金奖3名、银奖5名、铜奖8名: 共 belongs to the list, not to an item after a 、)
            # (100个先进集体和个人受到表彰。其中，…: a total over persons and entities, parts in the next sentence)
            "_total": dual or bool(_RANKS_OF_HONOUR.search(honor))
                      or bool(_PEOPLE_THEN_BODIES.match(sentence.text, at + len(n) + len(unit))
                              or (_BODY_WORDS_AT.match(sentence.text, at + len(n) + len(unit))
                                  and _PEOPLE_BEFORE_BODIES.search(sentence.text, max(0, at - 12), at))) or bool((_TOTAL_BEFORE.search(sentence.text, max(0, at - TOTAL_WORD_BEFORE, sentence.text.rfind("、", 0, at) + 1), at)
                            and not (_SIBLING_NEXT.match(sentence.text, at + len(n) + len(unit)) and not _AND_WORD.search(honor))
                            and not _ITEM_OWN_TOTAL.search(sentence.text, max(0, at - TOTAL_WORD_BEFORE * 2), at))
                           or _AMONG_THEM_NEXT_CLAUSE.match(sentence.text[at:])
                           or (_COLLECTIVES_AND_INDIVIDUALS.match(sentence.text[at:])
                               and _ITEMS_AFTER_TOTAL.match(doc.clean_text, sentence.end, sentence.end + 4) is not None)
                           # (大会表彰了326名先进个人。其中，劳动模范48名，…: the count's clause closing its sentence, the
                           # parts in the next one opened by 其中; not an item with a sibling after it in a 、-list)
                           or (_CLAUSE_TO_END.match(sentence.text[at:])
                               and not (_SIBLING_NEXT.match(sentence.text, at + len(n) + len(unit)) and not _AND_WORD.search(honor))
                               and _ITEMS_AFTER_TOTAL.match(doc.clean_text, sentence.end, sentence.end + 4) is not None)),
            # (向37个个人和团体颁授勋章、奖章及奖状。今年共有8人获颁…，12人…，17个…: a count over people and bodies
            # at once, told before its parts; dropped only when parts after it add up to it)
            "_mixed_total": _MIXED_RECIPIENTS.match(sentence.text, at + len(n) + len(unit)) is not None,
            "_at": sentence.start + at,
        })
        return True

    @staticmethod
    def _drop_prize_restatements(doc: Document, awards: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Drop a count of people commended under a description (表扬45位优良教师) that restates the winners of a prize
        named before it in its sentence (本届师铎奖得主共45位，…表扬45位优良教师; 举行师铎奖颁奖典礼，表扬68位优良教师。
        今年师铎奖得主共68位): one conferral, the prize's record kept (§5: one record per conferral). Not when another
        conferral is told between (…，同时表扬…, 另表扬…) or the counts differ."""
        prizes = [a for a in awards if a["unit"] in _PERSON_UNITS and _NAMED_PRIZE_RECORD.search(a["honor"])
                  and not _PRIZE_GRADE.search(a["honor"]) and not _JOINING.search(a["honor"])]
        dropped = []
        for b in awards:
            if b in prizes or b["unit"] not in _PERSON_UNITS or _PRIZE_OR_TITLE_END.search(b["honor"]) \
                    or not _PLAIN_DESCRIPTION.match(b["honor"]) or _quoted_after_count(doc.clean_text, b):
                continue
            said = doc.clean_text[b["evidence"]["clean_start"] : b["_at"]]
            for a in prizes:
                named_at = said.rfind(a["honor"])
                if a["count"] == b["count"] and named_at >= 0 and _PRIZE_WINNERS.match(said, named_at + len(a["honor"])) \
                        and _DESCRIBED_AS.search(said, named_at + len(a["honor"])) \
                        and not _ANOTHER_CONFERRAL.search(said, named_at + len(a["honor"])):
                    dropped.append(b)
                    break
        kept = [a for a in awards if not any(a is d for d in dropped)]
        for b in kept:
            if b["unit"] not in _PERSON_UNITS or not _PLAIN_DESCRIPTION.match(b["honor"]) \
                    or _quoted_after_count(doc.clean_text, b):
                continue
            said = doc.clean_text[b["evidence"]["clean_start"] : b["_at"]]
            # (the description and 共 between it and the count: 表扬获奖的优良教师共30位)
            described = said.rstrip()
            described = described[:-1] if described.endswith(("共", "计")) else described
            if not described.endswith(b["honor"]):
                continue
            head = described[: -len(b["honor"])]
            ceremony = [m for m in _PRIZE_CEREMONY.finditer(head)]
            if ceremony and _WINNERS_DESCRIBED.search(head, ceremony[-1].end()) \
                    and not _ANOTHER_CONFERRAL.search(head, ceremony[-1].end()) \
                    and not any(a is not b and a["honor"] == ceremony[-1]["prize"] for a in kept):
                b["honor"] = ceremony[-1]["prize"]  # 师铎奖颁奖典礼…，表扬获奖的优良教师共30位 → 师铎奖 30
        for b in kept:
            if _PRIZE_OR_TITLE_END.search(b["honor"]) or _quoted_after_count(doc.clean_text, b):
                continue
            said = doc.clean_text[b["evidence"]["clean_start"] : b["_at"]].rstrip()
            selects = _PRIZE_SELECTS.search(said)
            if selects and not any(a is not b and a["honor"] == selects["prize"] for a in kept):
                b["honor"] = selects["prize"]  # “春晖园丁奖”共评出20名乡村优秀教师 → 春晖园丁奖 20
        return kept

    @staticmethod
    def _drop_headline_restatements(doc: Document, awards: list[dict[str, Any]], rows: set[int]) -> list[dict[str, Any]]:
        """A count in a heading-like line that the body states again is one fact (四人获最高荣誉勋章
        above 4人获颁最高荣誉的大紫荆勋章: keep the body's); counts in a list of other articles'
        headlines are none of this article's; ``rows`` are where the rows of a list of honours that a conferral
        introduces start (表彰名单如下： / 优秀员工 45名 / …: short lines, but the article's own)."""
        text = doc.clean_text
        # (一、全县优秀共产党员（5名）: a heading of the list of those commended, the article's own)
        heads = [heading_like(text, a["evidence"]["clean_start"]) and not _COUNT_IN_BRACKETS_END.search(a["evidence"]["text"])
                 and a["evidence"]["clean_start"] not in rows and not _BODY_LINE.search(_line_at(text, a["evidence"]["clean_start"]))
                 for a in awards]
        body_counts = {a["count"] for a, head in zip(awards, heads, strict=True) if not head}  # 廿八人 / 廿八名
        # (我校12项成果获省级教学成果奖 above 特等奖1项、一等奖4项、二等奖7项: the headline sums the body's)
        body = [a for a, head in zip(awards, heads, strict=True) if not head]
        if len(body) > 1:
            body_counts.add(sum(a["count"] for a in body))
            # (420位志工获金银铜牌奖 above 金牌奖40名、银牌奖130名、铜牌奖250名及绩优志工团队12队: the people's counts
            # summed, the teams' apart)
            for kind in ("person", "organization"):
                alike = [a["count"] for a in body if a["recipient_kind"] == kind]
                if len(alike) > 1:
                    body_counts.add(sum(alike))
        # (全市表彰120名优秀共产党员 above 对118名优秀共产党员进行了表彰: the headline rounds the body's count; the
        # headline may drop the honour's level: 全省表彰200名劳动模范 above 授予198名同志“省劳动模范”称号)
        rounded = {(a["honor"], round(a["count"], -k)) for a, head in zip(awards, heads, strict=True) if not head
                   for k in range(1, len(str(a["count"])))}

        def rounds_body(a: dict[str, Any]) -> bool:
            return any(count == a["count"] and (honor.endswith(a["honor"]) or a["honor"].endswith(honor))
                       for honor, count in rounded)

        def parts_in_body(a: dict[str, Any]) -> bool:
            """(评选出“好婆婆”“好媳妇”12名 above 6名“好婆婆”、6名“好媳妇”: a headline total over a group of honours that
            the body gives one by one is their sum, not repeated, §5)"""
            parts = _HEADLINE_PARTS_SPLIT.split(a["honor"])
            return len(parts) > 1 and sum(b["count"] for b in body if b["honor"] in parts) == a["count"] \
                and {b["honor"] for b in body if b["honor"] in parts} == set(parts)

        # (【摘要】…表彰近50个先进集体和个人 above 表彰了15个先进基层党组织和30名优秀共产党员: a summary line restates the
        # body's counts, perhaps rounded or summed, §1: its counts are no facts of their own when the body states some)
        summaries = [summary_line(text, a["evidence"]["clean_start"]) for a in awards]
        stated = any(not head and not summary for head, summary in zip(heads, summaries, strict=True))
        return [
            a for a, head, summary in zip(awards, heads, summaries, strict=True)
            if not (head and (a["count"] in body_counts or rounds_body(a) or parts_in_body(a)
                              or in_heading_list(text, a["evidence"]["clean_start"])))
            and not (summary and stated)
        ]

    @staticmethod
    def _drop_repeats(awards: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The same count of the same honour stated again (263个基层党组织被评为“某省先进基层党组织”, later
        263个先进基层党组织) is one fact: the first, fuller statement stays; people counted by another word the second
        time are the same people (揭晓了10名“最美医生”。…赵某等10人获评“最美医生”称号)."""
        kept: list[dict[str, Any]] = []
        for a in awards:
            if not any(b["count"] == a["count"] and _same_unit_kind(a["unit"], b["unit"]) and a["honor"] in b["honor"] for b in kept):
                kept.append(a)
        return kept

    @staticmethod
    def _drop_sums(awards: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A total stated over the categories listed next to it (共评选各类奖学金获得者3295人次, then
        86 + 412 + … in the sentences after it, or 合计174位 after its parts) repeats them and is
        not a fact of its own (corpus/GUIDELINES.md §5); a total the parts do not add up to stays."""
        totals = [bool(a.pop("_total")) for a in awards]
        mixed = [a.pop("_mixed_total") for a in awards]

        def summed(k: int, shortest: int, alike: bool, after_only: bool = False) -> bool:
            """The total ``k`` equals the sum of a run of ``shortest`` or more counts next to it (with ``alike``, counts
            of its own kind only: 共42名人士及8个实体 over 4名, 6名, …, 14名及8个实体). Parts all of the other kind never
            add up to it (42名个人和8个实体…，其中…3名、…5名: the people's parts, not the 8 bodies')."""
            a, at = awards[k], awards[k]["evidence"]["clean_start"]
            others = [(j, b) for j, b in enumerate(awards) if j != k and not (alike and _other_kind(a["unit"], b["unit"]))]
            after = _near_run([b for j, b in others if j > k], at)
            before = _near_run(reversed([b for j, b in others if j < k]), at)
            # (向共十九个个人及团体颁授勋章、奖章和荣誉称号。其中，…勋章两名、…五名、…十二名: a total over people and bodies
            # at once, no kind of its own, is summed by parts of either kind)
            return any(sum(b["count"] for b in run) == a["count"]
                       and not (a["recipient_kind"] is not None and all(_other_kind(a["unit"], b["unit"]) for b in run))
                       for side in ((after,) if after_only else (after, before)) for run in (side[:n] for n in range(shortest, len(side) + 1)))

        dropped = {k for k, total in enumerate(totals) if total and (summed(k, 2, False) or summed(k, 2, True))}
        # (a total over people and bodies at once has no kind of its own: its parts, counted in either unit, after it,
        # each an honour it names: 向37个个人和团体颁授勋章、奖章及奖状。…8人获颁功绩勋章，12人获颁奖章，17个…获颁荣誉奖状;
        # not 授予10个单位和个人“抗疫先锋”称号，表彰优秀党员4名、先进党支部6个: other honours)
        def covered(k: int) -> bool:
            words = tuple(w for w in _HONOUR_LIST_SPLIT.split(awards[k]["honor"]) if len(w) >= 2)
            after = _near_run([b for j, b in enumerate(awards) if j > k], awards[k]["evidence"]["clean_start"])
            return bool(words) and any(
                len(run) >= 2 and sum(b["count"] for b in run) == awards[k]["count"] and all(b["honor"].endswith(words) for b in run)
                for run in (after[:n] for n in range(2, len(after) + 1)))

        dropped |= {k for k, total in enumerate(totals) if mixed[k] and not total and covered(k)}
        # (向共42名人士及8个实体颁授勋章、奖章和奖状: the bodies' count stated with a people's total that its parts repeat
        # repeats its one part as well, 荣誉奖状…8个实体)
        dropped |= {k for k, total in enumerate(totals) if total and k not in dropped and any(
            awards[j]["honor"] == awards[k]["honor"] and awards[j]["evidence"]["clean_start"] == awards[k]["evidence"]["clean_start"]
            for j in dropped) and summed(k, 1, True)}
        # (向二十九名人士及六个实体颁授…。其中，…六个实体获颁荣誉奖状: the same when the people's total stays, its parts
        # adding up to less; the bodies' count is that one part again, stated after it)
        dropped |= {k for k, total in enumerate(totals) if total and k not in dropped and any(
            awards[j]["honor"] == awards[k]["honor"] and awards[j]["evidence"]["clean_start"] == awards[k]["evidence"]["clean_start"]
            and _other_kind(awards[j]["unit"], awards[k]["unit"])
            for j, other in enumerate(totals) if other and j != k) and summed(k, 1, True, after_only=True)}
        return [a for k, a in enumerate(awards) if k not in dropped]

    @staticmethod
    def _designation_tallied(text: str, verb: int) -> bool:
        """A designation whose verb (为 or 认定) opens at ``verb`` is a period's running tally: a tally word in its own
        clause before the verb, or a clause in front of it that is only a period (_DESIGNATION_TALLIED)."""
        clause_start = clause_bounds(text, verb)[0]
        if _DESIGNATION_TALLIED.search(text, clause_start, verb):
            return True
        return any(_PERIOD_CLAUSE.fullmatch(part.strip()) for part in _CLAUSE_SPLIT.split(text[:clause_start]))

    def _row_honour(self, honor: str) -> bool:
        """A row's name under a list that a conferral introduces reads as an honour: an honour word, or a title that
        ranks its holders or opens on praise (最佳志愿服务项目 8个, 服务明星 5名, _RANKED_OR_PRAISED); not a role or a
        class counted (参赛人数 120名, 志愿服务项目 8个), nor a category of holders, which reads as an honour only when
        joined to a counted honour (参赛个人 120名, 参赛集体 30个: _VOUCHED_HONOR)."""
        return self._honor_like(honor) or _RANKED_OR_PRAISED.search(honor) is not None

    @staticmethod
    def _honor_like(honor: str) -> bool:
        """An unquoted honour before its count must read as one (先进集体, 杰出教练, 金紫荆星章;
        功绩奖状 and 荣誉奖状: Macau's merit and honour certificates, graded like its medals)."""
        return bool(_HONOUR_LIKE_WORD.search(honor))
