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

What a place holds counted at a date (目前，全市已有…示范村32个; a speaker's 全市有120个村获评…), targets (力争再创建…5个)
and conferrals still to come (…将被授予“…”称号; …10名，将于下月…予以表彰; …30名将于教师节受到表彰) give nothing: no conferral of this event; a conferral reported
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

The package, by module (each imports only from the modules listed before it, and extractor from all of them):

- ``patterns``: patterns, word lists and helpers that several of the readings share;
- ``lists``: lists of holders under a heading or closed by a count (:class:`AwardLists`);
- ``periods``: tallies, periods and years that make a count no conferral (:class:`AwardPeriods`);
- ``cleanup``: the last pass: restatements, repeats and sums dropped (:class:`AwardCleanup`);
- ``extractor``: :class:`AwardExtractor` (built on the classes above): its patterns, ``__call__`` and ``_add``.
"""

from pipeline.extract.awards.extractor import AwardExtractor

__all__ = ["AwardExtractor"]
