"""Who spoke and in what role: classes of bylines, frames, posts and rank references, each read as a class of phrasings.

GUIDELINES §4 (speakers): names, titles and roles, the synonym table and its review rounds. Each class below names what
varies in real copy; the first row of each is the set's failing sentence reduced and re-invented, then paraphrases
that vary what the class varies, then near-miss negatives (marked NEGATIVE) where the reading must not fire.

- Byline under a speech headline set apart by empty lines (§4 fifteenth round: the byline speaker of a speech
  transcript; §2 fourteenth round: the bracketed date line under it).
- A frame of the event before a sentence's subject (``讲座中，``, ``报告会上，``, ``互动环节中，``): a 他/她 in the next
  sentence goes on with that subject, whose lecture it belongs to (§4: remarks going on with an address belong to it).
- A post or a courtesy written between the name and its verb (``校长李明先生报告校务``, ``王明局长汇报了…情况``,
  ``委员张华同志建议…``): the verb forms of §4 (ninth round 报告年度业务, twelfth round 汇报了…情况, fourteenth and
  seventeenth rounds 建议) read after it.
- A rank after a titled name, then the surname and rank as a reference (``院长麦某教授致辞。麦教授颁发…``): one record
  per person, roles merged over all mentions (§4).
- A report's directive clause after clauses telling its content (``作工作报告，回顾了…，并对…作出安排``): 讲话 as
  well as 作报告 (§4 fifteenth round).
- A people noun in the plural (``与家长们作了交流``) is no name; 交流 with a partner is a conversation (§4 nineteenth
  round).
- The surname 和 right after a post (``村党支部书记和建军主持``): the post's holder (§4 name: the personal name).
- Answering the questions raised (``就员工提出的劳动合同、民间借贷等问题作了解答``, ``针对…问题，X逐一作了回应``):
  讲话 (§4 fourteenth and sixteenth rounds).
- A farming or household description before a name at a 座谈会 or 院坝会 (``种植大户X建议…``): a label, no title, and
  the person speaks (§4 fourteenth, fifteenth and twenty-first rounds).
- A turn taken with no speech verb (``X第一个开口。她反映…``, ``X最后一个上台``): the one taking it is the subject of
  the words told next, and after a group's 述职 sequence one of that group (§4 twenty-first round, ``轮到X``).
- A congress of delegates (``职工代表大会``, ``村民代表会议``): its delegates' proposals and problems raised are 讲话
  (§4 thirteenth round: a representative at a congress of delegates; fourteenth and sixteenth rounds).
- Names of minorities with no Chinese surname (Yi ``马海阿呷``, ``沙马拉铁``; Mongolian ``哈斯巴根``; Tibetan before a
  list joint ``次仁旺堆和…``): read whole (§4 name).
- A bare status of a person's life before a title chain (``退役军人、县供电公司职工``) is a label; an address a transcript
  tells as still to come (``等一会儿，X书记还要作重要讲话``) gives no role (§4 twenty-third round).
- An experience told by a participant of a 座谈会 or a commendation meeting (``座谈会上，X谈了…的体会``): 发言 (§4
  twenty-third round: 谈体会 is 发言, like 上台分享).

GUIDELINES §3 (meetings) and §6 (funding), the classes the same pages showed beside the speakers:

- A lesson given inside the ceremony told by its scene or its last part (``在典礼现场为新生上了“开学第一课”``,
  ``典礼临近尾声，…上了在校期间的“最后一课”``): its own record at the ceremony's venue (§3 eleventh and fifteenth rounds).
- A lesson counted by 一堂 with its theme set before the noun (``讲了一堂以“…”为主题的法治课``): a lecture held (§3), and
  ``走进该公司`` after ``应…公司邀请`` places it at that company (§3: 该公司 stands for the body named; twenty-first round:
  a lecturer who 走进 a place gives the lecture there).
- A body's own room by its use after 本院/本局 (``本院新闻发布厅``) and a court written short by its place (``安平法院``,
  ``岑州中院``): the body named in full (§3 location, thirteenth round; twentieth round: a body written short).
- Meetings counted after a mark of a tally (``全州已召开七次…表彰大会，共表彰…``): a series, no record (§3), and the counts
  in the clause right after are its tally, no award (§5).
- A career's tally of project funds (``先后主持…项目等12项，项目经费逾…``), a firm's running total told up to now
  (``目前，公司累计投资…``) and the reward of an event still ahead (``…将于…召开，对每名…给予一次性奖励2万元``): no
  funding (§6: running totals, statistics, money of an event still ahead).

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_BODY = "今天，我们召开全市工作会议。刚才，李明同志宣读了表彰决定。下面，我讲三点意见。"


# Byline under a speech headline, empty lines between (§4 fifteenth round).
@pytest.mark.parametrize(("text", "expected"), [
    ("在全市安全生产工作会议上的讲话\n\n县委副书记、县长　欧阳正远\n（2021年4月12日）\n\n" + _BODY,
     {"欧阳正远": ("县委副书记、县长", ("讲话",))}),
    ("在全市工作会议上的讲话\n\n市委书记 王建国\n\n" + _BODY, {"王建国": ("市委书记", ("讲话",))}),
    ("在全市工作会议上的讲话\n\n\n\n王建国\n\n（2024年3月5日）\n\n" + _BODY, {"王建国": (None, ("讲话",))}),
    ("在2024年新春团拜会上的致辞\n\n区长 赵雪梅\n\n" + _BODY, {"赵雪梅": ("区长", ("致辞",))}),
    ("在全县教育大会上的讲话\n\n县委书记　张立群\n\n\n（2023年9月8日）\n\n" + _BODY, {"张立群": ("县委书记", ("讲话",))}),
    # NEGATIVE: a reporter's, an editor's or a source line under the headline names no speaker
    ("在全市工作会议上的讲话\n\n记者 王建国\n\n" + _BODY, {}),
    ("在全市工作会议上的讲话\n\n来源：市政府网 王建国\n\n" + _BODY, {}),
])
def test_byline_set_apart(extract, text, expected):
    found = speakers(extract(text))
    assert {k: v for k, v in found.items() if k != "李明"} == expected


# An event's frame before the subject: the next sentence's 他/她 goes on with that subject.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("4月24日，图书馆举办读书讲座。作家舒远林作专题讲座，讲座由副馆长秦月主持。讲座中，舒远林讲述了小说的成书过程。他说，写乡村要先住下来。",
     "秦月", ("主持",)),
    ("4月24日，学院举行报告会。教授林海作学术报告，副院长周晴主持。报告会上，林海介绍了研究进展。他说，方向还很多。",
     "周晴", ("主持",)),
    ("4月24日，协会举办论坛。专家高远作主旨演讲，秘书长田甜主持。论坛上，高远分享了案例。他表示，要重视数据。",
     "田甜", ("主持",)),
    ("4月24日，学校举办讲座。律师孙平作法治讲座，副校长韩梅主持。互动环节中，孙平逐一解答了问题。他说，法律离生活很近。",
     "韩梅", ("主持",)),
    ("4月24日，社区举办讲座。医生吴江作健康讲座，主任郑红主持。讲座时，吴江讲解了饮食要点。她说，少盐很重要。",
     "郑红", ("主持",)),
    # NEGATIVE: the lecturer keeps the lecture; the words told with 他 add nothing beyond it
    ("4月24日，图书馆举办读书讲座。作家舒远林作专题讲座，讲座由副馆长秦月主持。讲座中，舒远林讲述了小说的成书过程。他说，写乡村要先住下来。",
     "舒远林", ("作报告",)),
    ("4月24日，学院举行报告会。教授林海作学术报告，副院长周晴主持。报告会上，林海介绍了研究进展。他说，方向还很多。",
     "林海", ("作报告",)),
])
def test_frame_before_subject(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


# A post or a courtesy between the name and the verb form.
@pytest.mark.parametrize(("body", "expected"), [
    ("7月8日，明德书院举行毕业典礼。典礼首先由校长钟伟文先生报告校务。", {"钟伟文": ("校长", ("作报告",))}),
    ("7月8日，學校舉行畢業典禮。典禮首先由校長鍾偉文先生報告校務。", {"钟伟文": ("校长", ("作报告",))}),
    ("县委召开工作会议。局长王明同志汇报了全县农业工作情况。", {"王明": ("局长", ("作报告",))}),
    ("县委召开工作会议。县农业局王明局长汇报了全县农业工作情况。", {"王明": ("局长", ("作报告",))}),
    ("县政协召开座谈会。委员张华女士建议加快建设停车场。", {"张华": ("委员", ("讲话",))}),
    ("县政协召开座谈会。委员王强同志反映，城区停车难。", {"王强": ("委员", ("讲话",))}),
    # NEGATIVE: 代表 after the name speaks for others (the exchange address stays 发言); a report up the line, no meeting
    ("县委召开经验交流会。镇长王强代表城关镇介绍了经验做法。", {"王强": ("镇长", ("发言",))}),
    ("局长王明同志向上级报告了险情。", {}),
])
def test_post_or_courtesy_before_verb(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# A rank after a titled name, the surname and rank then referring to the person.
@pytest.mark.parametrize(("body", "roles"), [
    ("7月8日，毕业典礼在学校礼堂举行。香港大学教育学院院长麦嘉文教授致辞。麦教授其后颁发毕业证书。", ("致辞", "颁奖")),
    ("7月8日，毕业典礼在学校礼堂举行。学院院长林晓教授致辞。林教授随后为毕业生颁发学位证书。", ("致辞", "颁奖")),
    ("3月2日，研讨会在学院召开。研究院院长陈刚研究员作主旨报告。陈研究员指出，要加强基础研究。", ("作报告", "讲话")),
    ("5月4日，表彰大会举行。学院党委书记赵宁教授出席。赵教授为获奖者颁发证书。", ("颁奖",)),
    ("9月1日，开学典礼举行。文学院院长孙梅教授致辞。孙教授为获奖新生颁发奖学金。", ("致辞", "颁奖")),
])
def test_rank_reference(extract, body, roles):
    found = speakers(extract(page(body)))
    assert len(found) == 1 and next(iter(found.values()))[1] == roles


# NEGATIVE: two people of the surname with the rank: the reference is left alone (§1 ambiguity).
@pytest.mark.parametrize("body", [
    "5月4日，论坛举行。学院院长林晓教授、研究所所长林强教授出席。林教授为获奖者颁发证书。",
    "5月4日，论坛举行。院长陈刚教授主持，所长陈明教授致辞。陈教授为获奖者颁奖。",
])
def test_rank_reference_ambiguous(extract, body):
    assert all("颁奖" not in roles for _, roles in speakers(extract(page(body))).values())


# A report's directive clause after clauses of its content.
@pytest.mark.parametrize(("body", "roles"), [
    ("1月18日，集团召开总结大会。总经理谷雨青代表领导班子作年度工作报告，从经营、创新等方面回顾了过去一年的工作，并对2025年重点工作作出安排。",
     ("作报告", "讲话")),
    ("1月18日，集团召开总结大会。总经理谷雨青作年度工作报告，回顾了过去一年的工作，并对明年重点工作作出安排。", ("作报告", "讲话")),
    ("1月18日，县里召开经济工作会议。县长王海作政府工作报告，总结了去年的工作，分析了当前形势，并就今年重点任务进行了部署。",
     ("作报告", "讲话")),
    ("1月18日，县里召开经济工作会议。县长王海作政府工作报告，总结了去年的工作，随后对下一步工作作了具体安排。", ("作报告", "讲话")),
    ("1月18日，县里召开经济工作会议。县长王海作政府工作报告，总结了去年的工作，并对今年工作提出了要求。", ("作报告", "讲话")),
    # NEGATIVE: a clause of the same shape that directs nothing
    ("1月18日，县里召开经济工作会议。县长王海作政府工作报告，总结了去年的工作，并对今年的工作安排表示满意。", ("作报告",)),
    ("1月18日，县里召开经济工作会议。县长王海作政府工作报告，总结了去年的工作，并对代表们提出的问题作了记录。", ("作报告",)),
])
def test_directive_after_content(extract, body, roles):
    found = speakers(extract(page(body)))
    assert len(found) == 1 and next(iter(found.values()))[1] == roles


# A plural people noun is no name; 交流 with a partner is no role.
@pytest.mark.parametrize(("body", "expected"), [
    ("3月1日，学校召开家长会。四（3）班班主任单丽君与家长们作了交流。", {}),
    ("3月1日，学校召开家长会。班主任单丽君和同学们作了交流。", {}),
    ("3月1日，社区召开议事会。书记王芳同居民们作了交流。", {}),
    ("3月1日，村里召开院坝会。村支书李强与村民们作了交流。", {}),
    ("3月1日，学校召开家长会。班主任单丽君与老师们作了交流。", {}),
    # NEGATIVE: 作了交流 with no partner is 发言; two names joined keep both
    ("3月1日，学校召开家长会。班主任单丽君作了交流。", {"单丽君": ("班主任", ("发言",))}),
    ("3月1日，学校召开家长会。班主任单丽君与刘芳分别作了交流。", {"单丽君": ("班主任", ("发言",)), "刘芳": ("班主任", ("发言",))}),
])
def test_plural_noun_no_name(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# The surname 和 right after a post.
@pytest.mark.parametrize(("body", "expected"), [
    ("11月20日，桃坪村召开村民代表会议。会议由村党支部书记和建平主持。", {"和建平": ("村党支部书记", ("主持",))}),
    ("11月20日，县里召开会议。村党支部书记和建平主持会议。", {"和建平": ("村党支部书记", ("主持",))}),
    ("11月20日，县里召开会议。县委书记和建平出席会议并讲话。", {"和建平": ("县委书记", ("讲话",))}),
    ("11月20日，县里召开会议。镇党委书记和丽作表态发言。", {"和丽": ("镇党委书记", ("发言",))}),
    ("11月20日，县里召开会议。会议由县委书记和建平主持，县长和志强作报告。",
     {"和建平": ("县委书记", ("主持",)), "和志强": ("县长", ("作报告",))}),
    # NEGATIVE: 和 joining two posts, a post and a group, or a label
    ("11月20日，县里召开会议。县委书记和县长出席会议并讲话。", {}),
    ("11月20日，县里召开会议。会议由校长和老师们共同主持。", {}),
    ("11月16日，省委宣传部召开座谈会，主创人员、教师和观众代表等40余人参加座谈。", {}),
])
def test_surname_he_after_post(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# Answering the questions raised.
@pytest.mark.parametrize(("body", "expected"), [
    ("6月19日，法院在公司召开座谈会。互动环节，法官助理蓝海就员工提出的劳动合同、民间借贷等问题作了解答。",
     {"蓝海": ("法官助理", ("讲话",))}),
    ("6月19日，镇里召开院坝会。针对群众提出的问题，镇长田小明逐一作了回应。", {"田小明": ("镇长", ("讲话",))}),
    ("6月19日，县里召开座谈会。针对企业家反映的融资、用地、用工等困难，副县长李强一一作了解答。", {"李强": ("副县长", ("讲话",))}),
    ("6月19日，区里召开恳谈会。对居民关心的停车、加装电梯、垃圾分类等问题，区长王芳逐一作了答复。", {"王芳": ("区长", ("讲话",))}),
    ("6月19日，县里召开座谈会。局长孙明就代表们提出的道路、供水、学校建设等意见逐一作了回应。", {"孙明": ("局长", ("讲话",))}),
    # NEGATIVE: a directive that others answer; a promise to answer
    ("6月19日，县里召开座谈会。县长李强要求各部门逐一作出答复。", {"李强": ("县长", ("讲话",))}),
    ("6月19日，县里召开座谈会。局长孙明表示将逐一作出答复。", {"孙明": ("局长", ("讲话",))}),
    ("6月19日，县里召开座谈会。县长李强主持会议，相关部门逐一作了回应。", {"李强": ("县长", ("主持",))}),
])
def test_questions_answered(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# A farming or household description before a name at a forum.
@pytest.mark.parametrize(("body", "expected"), [
    ("7月19日，一场院坝会在柏杨村召开。种植大户冉启明建议镇里帮忙对接冷链物流企业。", {"冉启明": (None, ("讲话",))}),
    ("7月19日，青石镇召开座谈会。养殖大户王大山反映，饲料价格上涨太快。", {"王大山": (None, ("讲话",))}),
    ("7月19日，青石镇召开座谈会。家庭农场主李春花建议增加农机补贴。", {"李春花": (None, ("讲话",))}),
    ("7月19日，青石镇召开座谈会。脱贫户赵二牛提出，要多组织技能培训。", {"赵二牛": (None, ("讲话",))}),
    ("7月19日，青石镇召开座谈会。果农孙秀英反映了冷库不足的问题。", {"孙秀英": (None, ("讲话",))}),
    ("7月19日，青石镇召开座谈会。种植大户冉启明发言。", {"冉启明": (None, ("发言",))}),
    # NEGATIVE: hearsay the page cites; raising it where no forum is told
    ("7月19日，青石镇召开座谈会。据种植大户冉启明反映，今年收成不错。", {}),
    ("种植大户冉启明建议镇里帮忙对接冷链物流企业。", {}),
])
def test_farming_label_at_forum(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# A turn taken with no speech verb.
@pytest.mark.parametrize(("body", "expected"), [
    ("7月19日，青石镇召开院坝会。村民杨树兰第一个开口。她反映，通组路一下雨就积水。", {"杨树兰": (None, ("讲话",))}),
    ("7月19日，青石镇召开座谈会。局长王明第一个开口。他反映，村里的路太窄。", {"王明": ("局长", ("讲话",))}),
    ("7月19日，青石镇召开座谈会。种植大户冉启明率先开口。他建议镇里帮忙对接冷链物流企业。", {"冉启明": (None, ("讲话",))}),
    ("7月19日，青石镇召开座谈会。局长王明第一个发言。", {"王明": ("局长", ("发言",))}),
    ("1月28日，医院召开述职测评会。科室负责人共28人逐一上台述职。儿科主任卜小东最后一个上台。他直言科室存在短板。",
     {"卜小东": ("儿科主任", ("述职",))}),
    ("1月28日，县委召开述职评议会。12名乡镇党委书记依次述职。城关镇党委书记刘强第一个上台。他说，全年完成了目标。",
     {"刘强": ("城关镇党委书记", ("述职",))}),
    # NEGATIVE: a turn at another event told between; a lay person's turn at no meeting
    ("1月28日，医院召开述职测评会。科室负责人共28人逐一上台述职。1月30日，医院举办文艺汇演。儿科主任卜小东最后一个上台。",
     {}),
    ("村民杨树兰第一个开口。她说，今年的收成不错。", {}),
])
def test_turn_taken(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# A congress of delegates: proposals and problems raised there.
@pytest.mark.parametrize(("body", "expected"), [
    ("1月23日，公司三届四次职工代表大会暨工作会议在公司文体中心召开。职工代表、电解车间工人尚红梅提出，要改善就餐条件。",
     {"尚红梅": ("电解车间工人", ("讲话",))}),
    ("1月23日，公司召开三届四次职工代表大会。职工代表尚红梅提出，要改善就餐条件。", {"尚红梅": (None, ("讲话",))}),
    ("1月23日，县一中召开第五届教职工代表大会。教师代表王红英建议学校增加实验课时。", {"王红英": (None, ("讲话",))}),
    ("1月23日，村里召开村民代表会议。村民代表王红英反映，村道太窄。", {"王红英": (None, ("讲话",))}),
    ("1月23日，市总工会第八次会员代表大会在市会议中心开幕。代表李华建议加强职工技能培训。", {"李华": (None, ("讲话",))}),
    # NEGATIVE: no congress held (a press quote), one whose spirit is relayed
    ("职工代表尚红梅提出，要改善就餐条件。", {}),
    ("1月23日，公司传达了市第十次党代表大会精神。职工代表尚红梅提出，要改善就餐条件。", {}),
])
def test_congress_of_delegates(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# Names of minorities with no Chinese surname.
@pytest.mark.parametrize(("body", "name", "roles"), [
    ("2月5日，阿苏乡召开座谈会。乡长马海阿呷及各村第一书记参加座谈。马海阿呷就大家提出的问题逐一作了解答。", "马海阿呷", ("讲话",)),
    ("2月5日，阿苏乡召开座谈会。座谈会上，沙马拉铁反映，村里的产业路一到雨季就泥泞难行。", "沙马拉铁", ("讲话",)),
    ("2月5日，阿苏乡召开座谈会。会上，海来阿支建议乡里多组织技能培训。", "海来阿支", ("讲话",)),
    ("2月5日，布拖县召开座谈会。县长吉克伍各主持会议。", "吉克伍各", ("主持",)),
    ("9月26日，表彰大会召开。模范代表、镇卫生院院长次仁旺堆和校长马文斌先后发言。", "次仁旺堆", ("发言",)),
    ("1月18日，旗里召开总结大会。旗长哈斯巴根主持会议。", "哈斯巴根", ("主持",)),
    ("1月18日，旗里召开座谈会。牧民代表巴特孟根建议增加草场补贴。", "巴特孟根", ("讲话",)),
])
def test_minority_names(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


# NEGATIVE: one syllable inside a place or a foreign word reads no name.
@pytest.mark.parametrize("body", [
    "2月5日，阿苏乡召开座谈会，阿苏乡党委书记主持。",
    "2月5日，阿尔及利亚代表团出席会议并讲话。",
    "2月5日，马海毛产业座谈会召开，与会企业发言。",
])
def test_minority_syllable_no_name(extract, body):
    assert speakers(extract(page(body))) == {}


# An experience told (谈了…的体会) by a participant of a 座谈会 or a commendation meeting: 发言 (§4 twenty-third round).
@pytest.mark.parametrize(("body", "expected"), [
    ("2月5日，阿苏乡召开脱贫户代表座谈会。座谈会上，脱贫户代表王大山谈了自己发展肉牛养殖的体会。", {"王大山": (None, ("发言",))}),
    ("2月5日，社区召开老党员座谈会。老党员代表王建国谈了入党以来的感受。", {"王建国": (None, ("发言",))}),
    ("2月5日，县里召开退役军人代表座谈会。退役军人代表李强谈了谈到企业工作的心得。", {"李强": (None, ("发言",))}),
    ("2月5日，社区召开表彰大会。“最美家庭”代表刘芳谈了照顾老人的体会。", {"刘芳": (None, ("发言",))}),
    ("2月5日，阿苏乡召开脱贫户代表座谈会。脱贫户代表阿尔拉则谈了自己发展养殖的体会。", {"阿尔拉则": (None, ("发言",))}),
    # NEGATIVE: at a meeting that is no 座谈会 and no commendation, or with no meeting told, the experience gives no role
    ("2月5日，阿苏乡召开工作推进会。脱贫户代表王大山谈了自己发展肉牛养殖的体会。", {}),
    ("脱贫户代表王大山谈了自己发展肉牛养殖的体会。", {}),
])
def test_experience_shared(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# §3: a lesson placed inside the ceremony by its scene or its last part, or with an attribute before its quoted name.
@pytest.mark.parametrize(("body", "expected"), [
    ("9月1日上午，实验中学开学典礼在学校田径场隆重举行。按照惯例，校长庞卫国还在典礼现场为新生上了“开学第一课”。",
     [("开学典礼", "学校田径场"), ("开学第一课", "学校田径场")]),
    ("6月22日上午，南溪大学毕业典礼在体育馆隆重举行。典礼临近尾声，校长司徒敏给毕业生上了在校期间的“最后一课”。",
     [("毕业典礼", "体育馆"), ("最后一课", "体育馆")]),
    ("6月22日上午，江城大学毕业典礼在体育馆举行。典礼接近尾声，校长李明给毕业生上了“最后一课”。",
     [("毕业典礼", "体育馆"), ("最后一课", "体育馆")]),
    ("9月1日上午，实验中学开学典礼在操场举行。副校长王芳致辞。校长李明在开学典礼上为新生上了“开学第一课”。",
     [("开学典礼", "操场"), ("开学第一课", "操场")]),
    ("6月22日上午，江城大学毕业典礼在体育馆举行。校长李明在典礼现场为毕业生上了大学里的“最后一课”。",
     [("毕业典礼", "体育馆"), ("最后一课", "体育馆")]),
    # NEGATIVE: a named lesson told with no ceremony, or in a time readying the ceremony
    ("6月22日，退休教师李明为学生们上了“最后一课”。", []),
    ("6月22日上午，江城大学毕业典礼在体育馆举行。6月20日，校长李明在典礼筹备会上为学生干部上了“最后一课”。", [("毕业典礼", "体育馆")]),
])
def test_lesson_inside_ceremony(extract, body, expected):
    assert [(m["name"], m["location"]) for m in extract(page(body))["meetings"]] == expected


# §3: a lesson counted by 一堂 with its theme or title set before the noun; the anaphor of the inviting body as its place.
@pytest.mark.parametrize(("body", "expected"), [
    ("6月19日下午，应天和新材料股份有限公司邀请，区人民法院庭长符晓明走进该公司，为员工80余人讲了一堂以“合同风险防范”为主题的法治课。",
     [("法治课", "天和新材料股份有限公司", "天和新材料股份有限公司", 80)]),
    ("6月19日下午，区检察院检察官李明为全校师生讲了一堂以“远离校园欺凌”为题的法治课。", [("法治课", None, None, None)]),
    ("6月19日下午，县人武部部长王强为学生上了一堂主题为“强国有我”的国防教育课。", [("国防教育课", None, None, None)]),
    ("6月19日下午，应江城化工有限公司邀请，市应急管理局副局长赵刚来到该公司，为职工讲了一堂安全生产课。",
     [("安全生产课", "江城化工有限公司", "江城化工有限公司", None)]),
    ("6月19日下午，应红星机械有限公司的邀请，律师孙平走进该公司，为职工讲了一堂以“劳动合同”为主题的普法课。",
     [("普法课", "红星机械有限公司", "红星机械有限公司", None)]),
    # NEGATIVE: a lesson listened to; a theme lesson with no day; another body's anaphor stays as written
    ("6月19日下午，全体员工听了一堂以“合同风险防范”为主题的法治课。", []),
    ("区检察院检察官李明多次为学生讲了一堂堂以“远离欺凌”为题的法治课。", []),
    ("6月19日下午，应区妇联邀请，律师孙平走进该公司，为职工讲了一堂以“婚姻家庭”为主题的普法课。",
     [("普法课", "该公司", "区妇联", None)]),
])
def test_lesson_with_theme(extract, body, expected):
    assert [(m["name"], m["location"], m["organizer"], m["attendee_count"]) for m in extract(page(body))["meetings"]] == expected


# §6: a career's tally, a firm's running total told up to now, the reward of an event still ahead: no funding.
@pytest.mark.parametrize(("body", "expected"), [
    ("孟庆丰教授长期从事催化研究，先后主持国家自然科学基金重点项目等12项，项目经费逾3000万元。", []),
    ("李华研究员先后承担省部级课题等20余项，科研经费达1500万元。", []),
    ("目前，公司累计投资1.2亿美元，年销售额逾15亿元，员工1400余人。", []),
    ("目前，该集团已累计投资8亿元，带动就业3000余人。", []),
    ("2024年度“桐江工匠”命名表彰大会将于“五一”前夕召开，对每名“桐江工匠”给予一次性奖励2万元。", []),
    ("全市科技创新大会将于下月召开，届时将对获奖团队给予奖励50万元。", []),
    # NEGATIVE: a grant made now, a firm's sum committed at a signing, a reward given at an event held
    ("5月6日，省科技厅为该项目拨付项目经费300万元。", [(3000000.0, "CNY")]),
    ("6月1日，县政府与天和公司签约，公司累计投资5亿元建设新材料产业园。", [(500000000.0, "CNY")]),
    ("5月6日，全市科技创新大会召开，会上对获奖团队给予奖励50万元。", [(500000.0, "CNY")]),
])
def test_no_funding_tallies_or_ahead(extract, body, expected):
    assert [(f["amount"], f["currency"]) for f in extract(page(body))["funding"]] == expected


# §3 location and organizer: a body's own room by its use after 本院/本局; a court written short by its place.
@pytest.mark.parametrize(("body", "expected"), [
    ("6月5日上午，岑州市中级人民法院在本院新闻发布厅召开新闻发布会。", ("岑州市中级人民法院", "岑州市中级人民法院新闻发布厅")),
    ("6月5日上午，县人民检察院在本院演播厅召开新闻发布会。", ("县人民检察院", "县人民检察院演播厅")),
    ("6月5日上午，市税务局在本局培训室召开业务培训会。", ("市税务局", "市税务局培训室")),
    ("6月5日上午，江城市第一人民医院在本院学术报告厅召开会议。", ("江城市第一人民医院", "江城市第一人民医院学术报告厅")),
    ("11月5日上午，江城检察院在本院第一会议室召开座谈会。江城县人民检察院检察长主持。", ("江城县人民检察院", "江城县人民检察院第一会议室")),
    ("11月5日上午，岑州中院召开新闻发布会。岑州市中级人民法院副院长通报了情况。", ("岑州市中级人民法院", None)),
    # NEGATIVE: a short court with no full name on the page, or two courts of that place named, stays as written
    ("11月5日上午，安平法院召开座谈会。", ("安平法院", None)),
    ("11月5日上午，安平法院召开座谈会。安平县人民法院和安平市人民法院的代表参加。", ("安平法院", None)),
])
def test_own_room_and_short_court(extract, body, expected):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["organizer"], meeting["location"]) == expected


# §3 series and §5 tally: meetings counted after a mark of a tally are no record, and the counts right after are their tally.
@pytest.mark.parametrize(("body", "meetings", "awards"), [
    ("9月26日，雪岭州第八次民族团结进步表彰大会召开。自1989年以来，全州已召开七次民族团结进步表彰大会，共表彰模范集体312个、模范个人468名。",
     ["第八次民族团结进步表彰大会"], []),
    ("9月26日，表彰大会召开。近年来，全县先后召开五次科技奖励大会，累计表彰科技人员300名。", ["表彰大会"], []),
    ("9月26日，表彰大会召开。多年来，全市已连续举办十届“最美家庭”颁奖典礼，共评出“最美家庭”500户。", ["表彰大会"], []),
    ("9月26日，表彰大会召开。此前，全州共召开了3次表彰会。", ["表彰大会"], []),
    ("9月26日，表彰大会召开。近年来，协会已举办12场交流会，共表彰优秀会员80名。", ["表彰大会"], []),
    # NEGATIVE: an edition numbered (第八次), a term and session (三届四次), one meeting (一次) and this event's own honours
    ("9月26日，县里召开第八次表彰大会，表彰先进集体20个。", ["第八次表彰大会"], [("先进集体", 20)]),
    ("9月26日，公司召开三届四次职工代表大会，表彰劳动模范12名。", ["三届四次职工代表大会"], [("劳动模范", 12)]),
    ("9月26日，县里召开了一次表彰会，表彰先进个人15名。", ["表彰会"], [("先进个人", 15)]),
])
def test_counted_series(extract, body, meetings, awards):
    record = extract(page(body))
    assert [m["name"] for m in record["meetings"]] == meetings
    assert [(a["honor"], a["count"]) for a in record["awards"]] == awards


# §4 twenty-third round: a bare status of a person's life before a title chain is a label; an address still to come.
@pytest.mark.parametrize(("body", "expected"), [
    ("7月30日，县委召开退役军人代表座谈会。退役军人、县供电公司职工欧锦明发言。", {"欧锦明": ("县供电公司职工", ("发言",))}),
    ("7月30日，县委召开座谈会。退休干部、县老年协会会长王明发言。", {"王明": ("县老年协会会长", ("发言",))}),
    ("7月30日，县委召开座谈会。老党员、村党支部书记李强发言。", {"李强": ("村党支部书记", ("发言",))}),
    ("7月30日，县委召开座谈会。离休干部、市老干部书画协会主席赵明发言。", {"赵明": ("市老干部书画协会主席", ("发言",))}),
    ("3月5日，县里召开全县工作会议。县委书记卞强出席并讲话。", {"卞强": ("县委书记", ("讲话",))}),
    ("3月5日，县里召开全县工作会议。稍后，县长王海将作总结讲话。", {}),
    ("3月5日，县里召开全县工作会议。县长王海同志还将为获奖者致辞。", {}),
    ("今天，我们召开全县工作会议。刚才，县委常委李明同志宣读了表彰决定。等一会儿，卞强书记还要作重要讲话。",
     {"李明": ("县委常委", ("宣读",))}),
    # NEGATIVE: an address told as done; 将 inside the remarks made; a status with a post of its own in the chain
    ("3月5日，县里召开全县工作会议。县长王海还作了总结讲话。", {"王海": ("县长", ("讲话",))}),
    ("3月5日，县里召开全县工作会议。县长王海要求，各部门将工作落到实处。", {"王海": ("县长", ("讲话",))}),
    ("5月7日，县委召开常委会会议。县委书记王宁将作风建设作为重点，强调要抓好落实。", {"王宁": ("县委书记", ("讲话",))}),
    ("7月30日，县委召开座谈会。县粮食局退休干部、县老年协会会长王明发言。", {"王明": ("县粮食局退休干部、县老年协会会长", ("发言",))}),
])
def test_status_label_and_address_ahead(extract, body, expected):
    assert speakers(extract(page(body))) == expected
