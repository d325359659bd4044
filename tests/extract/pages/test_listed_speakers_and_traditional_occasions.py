"""Speaker and meeting classes of phrasing the rules missed, each on invented sentences.

Class 1 (GUIDELINES §4: named people who take an active part; names joined by 、 or 和 share the act after the last;
a programme segment names the role of the people in it): speakers named in a 、-list before one verb
(``甲、乙、丙、丁、戊依次述职``). What varies: the joint before the last item (、, 和, 及, 与), a title before each name,
a count closing the list (``等5位村党组织书记``, ``等5人``) with or without a word of turns, a line break inside the
list (after a 、 or before 和), Traditional script. Near misses: a side in talks after 与 (``韩方``), 及 inside a
body's name in a list of titled people, places counted before the act, a group after 和.

Class 2 (§4 fourteenth, sixteenth, seventeenth and twenty-first rounds: at a forum or 座谈会 a named participant who
反映 problems, 建议 or 提出 is 讲话; farming descriptions and lay words before a name are labels, no title; §4
twenty-first round: sharing 经验 at the meeting is 发言, the lexicon's reading of 谈体会): people without office
titles speaking at a 座谈会 or 恳谈会. What varies: the label (种植大户, 种粮大户, 养殖大户, 家庭农场主, 商户), the verb
(反映了…问题, 反映，…, 建议…, 提出，…, 谈了…的体会), a 、-list of labelled people, a lead-in between name and verb,
Traditional script. Near misses: hearsay (``据…反映``), words told after the meeting (``会后``), words to a reporter on a
visit, a conversation (``谈话``), the noun 建议.

Class 3 (§4 sixteenth round: a member questioning the government at a council session is 讲话; §4 mapping table:
致辞 for an opening address, 作报告 for a report; HK school posts such as 校监 are titles): Traditional-script council and
school occasions. What varies: the session's noun (定期會, 臨時會), the question's wording (提出質詢, 就/針對…提出質詢,
質詢…, 向縣府提出質詢), the school address (致開會辭, 致閉會辭) and report (報告校務, 作報告), script. Near misses: the
question's noun (質詢案), a written question, a question ahead, a guest who only attends, words to a reporter.

Class 4 (§5: medals with a count count, 为9名老党员颁发“光荣在党50年”纪念章; §4 eleventh round: pinning a medal on
people is a conferral; §5 twenty-first round: grades listed after 計有/共有 right after a named prize take its name, as
after 其中, and a grade counted after a ceremony named for a prize carries the prize's name, tenth round): award counts
told by the act rather than by 表彰. What varies: the act (佩戴, 戴上, 颁授), quote marks or none, an act after 并, Chinese
or Arabic numerals, the lead of a Taiwan graded list (計有, 其中, 得獎名單計有) and where the prize is named (頒發「X獎」
before it, the ceremony's own name). Near misses: a party badge or a red flower pinned, goods handed out (发放), a past
year's conferral, a holding of graded schools.

Class 5 (§5 sixteenth round: a tally of a past or running period told with no link to this event's conferral is no
award, whichever year word opens it; ninth and twenty-second rounds: a review's prizes from higher bodies are that
period's tally, unless this event confers them): year tallies in a review paragraph. What varies: the span (一年来,
过去一年, 今年以来, 去年, 2023年), the verb (获评, 荣获, 新增), parts after 其中, a designation newly gained beside the
prizes. Near misses: holders honoured at this event later in the sentence, this event's own commendation, a conferral
on holders of a higher honour, an honour of the meeting's own level.

Class 6 (§3 twentieth and twenty-first rounds: a body written short after the page named it in full is the organizer
in its full form; tenth round: 该院 stands for the body named in the same or the previous sentence): organizer
resolution. What varies: the short form (县防指, 市城管执法局, 县政府办, 县委办, 市市场监管局), the sentence the full name
stands in, 该院 after 据…消息 or beside a body of another kind. Near misses: no full name on the page, two full names
that fit, the full name of the body's office only, 该院 after two hospitals listed.

Class 7 (§3 host: the person who 主持 (chairs) it; §4 title: the job-title chain written next to the name):
``工作室主持人X`` is the head of a studio, a title, no chair. What varies: the studio's kind, the act after the name, a
chain going on after 、, a programme's presenter. Near misses: one who chairs with that title (会议由…主持人X主持), the
chair's label (会议主持人X, 主持人、…X).

Class 8 (§3 attendee_count: a number stated for the people attending; eighth round: a drill is no meeting; thirteenth and
twenty-first rounds: people serving or watching after the ceremony are no attendees of it): a drill's or activity's
participant count told after a ceremony sentence. What varies: the activity (演练, 义诊), the lead (随后, 启动仪式后, a
comma in the ceremony's own sentence), the subject doing it, 共有 before the count. Near misses: a count of those at the
ceremony (出席仪式，…参加; 参加了启动仪式; 参加仪式), a show given inside the ceremony (开幕式上…表演，…观看).

Class 9 (§3 date: the day the text gives for that event; seventeenth round: a meeting told only by its end is dated by that
closing day; twentieth round: a contest's own rite told without a day takes the day of the act just told; nineteenth round:
games are a contest, their closing ceremony the record): a bare 闭幕式 after …于19日下午落下帷幕. What varies: the
closing verb (落下帷幕, 收官), a written month or none, the rite in the same sentence after a comma, 闭幕式暨颁奖典礼.
Near misses: a day word of the rite's own (当晚, 当天), a span of days, an opening rite after a close.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers

_FIVE = ("覃小燕", "韦东明", "蒙志刚", "农建华", "黎明辉")


def _each(title: str | None, role: str, names: tuple[str, ...] = _FIVE) -> dict[str, tuple]:
    return {name: (title, (role,)) for name in names}


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: the last name joined by 和
    ("5月6日，县委召开基层党建述职评议会。会上，覃小燕、韦东明、蒙志刚、农建华和黎明辉依次述职。", _each(None, "述职")),
    # paraphrases: 及 and 先后…交流发言, 与 with a title before each name, a count closing the list, Traditional script
    ("5月6日，市委组织部召开座谈会。座谈会上，欧阳丽、霍思远、邝家明、阙丽华及禤国栋先后作交流发言。",
     _each(None, "发言", ("欧阳丽", "霍思远", "邝家明", "阙丽华", "禤国栋"))),
    ("5月6日，县委召开述职评议会。会上，城关镇党委书记覃小燕、龙山镇党委书记韦东明、平安乡党委书记蒙志刚、"
     "石门乡党委书记农建华与板桥乡党委书记黎明辉依次述职。",
     {"覃小燕": ("城关镇党委书记", ("述职",)), "韦东明": ("龙山镇党委书记", ("述职",)), "蒙志刚": ("平安乡党委书记", ("述职",)),
      "农建华": ("石门乡党委书记", ("述职",)), "黎明辉": ("板桥乡党委书记", ("述职",))}),
    ("5月6日，镇党委召开交流会。覃小燕、韦东明、蒙志刚、农建华、黎明辉等5位村党组织书记作交流发言。", _each(None, "发言")),
    ("5月6日，镇党委召开交流会。肖峰东、赵英磊、孟云飞、梁明辉、何亮亮等5人分别发言。",
     _each(None, "发言", ("肖峰东", "赵英磊", "孟云飞", "梁明辉", "何亮亮"))),
    ("5月6日，縣委召開述職評議會。會上，覃小燕、韋東明、蒙志剛、農建華和黎明輝依次發言。", _each(None, "发言")),
    # near misses: a side in talks, 及 inside a body's name, places counted, a group after 和
    ("5月6日，县委召开座谈会。会上，县长王强与韩方分别致辞。", {"王强": ("县长", ("致辞",))}),
    ("5月6日，县委召开座谈会。会上，民政局局长麦美娟、劳工及福利局局长孙玉菡分别致辞。",
     {"麦美娟": ("民政局局长", ("致辞",)), "孙玉菡": ("劳工及福利局局长", ("致辞",))}),
    ("5月6日，县委召开座谈会。会上，江苏、安徽、浙江等3个省作交流发言。", {}),
    ("5月6日，县委召开座谈会。会上，县长王强和群众代表座谈交流。", {}),
])
def test_listed_speakers_before_one_verb(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a titled list cut by a line break after a 、, and a list cut before its 和
    ("5月6日，县委召开述职评议会。会上，城关镇党委书记覃小燕、龙山镇党委书记韦东明、平安乡党委书记蒙志刚、\n"
     "石门乡党委书记农建华、板桥乡党委书记黎明辉依次述职。",
     {"覃小燕": ("城关镇党委书记", ("述职",)), "韦东明": ("龙山镇党委书记", ("述职",)), "蒙志刚": ("平安乡党委书记", ("述职",)),
      "农建华": ("石门乡党委书记", ("述职",)), "黎明辉": ("板桥乡党委书记", ("述职",))}),
    ("5月6日，县委召开述职评议会。\n会上，覃小燕、韦东明、蒙志刚、\n农建华、黎明辉等5名同志依次述职。", _each(None, "述职")),
    ("5月6日，县委召开述职评议会。会上，覃小燕、韦东明、蒙志刚、农建华\n和黎明辉依次述职。", _each(None, "述职")),
])
def test_listed_speakers_across_a_line_break(extract, body, expected):
    assert speakers(extract(page(body))) == expected


def test_listed_two_character_names_with_the_model(extract_with_model):
    """Bare two-character names are read by the model; the rules add the one after 和 it leaves."""
    body = "5月6日，县委召开座谈会。会上，王强、李娜、张伟、刘芳和陈刚依次发言。"
    assert speakers(extract_with_model(page(body))) == _each(None, "发言", ("王强", "李娜", "张伟", "刘芳", "陈刚"))


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: a farming description before the name, 反映 at a 座谈会
    ("5月6日，县农业农村局召开新型农业经营主体座谈会。会上，种植大户李德胜反映了农资价格上涨的问题。",
     {"李德胜": (None, ("讲话",))}),
    # paraphrases: 反映，…; 建议 with its object; a 、-list of labelled people raising in turn; a trader's 提出，…;
    # Traditional script; 谈了…的体会 with a lead-in or a qualifier between
    ("5月6日，县农业农村局召开座谈会。座谈会上，种粮大户刘长贵反映，今年农资价格上涨较快。", {"刘长贵": (None, ("讲话",))}),
    ("5月6日，县农业农村局召开座谈会。家庭农场主王秀兰建议加大对小农户的技术培训力度。", {"王秀兰": (None, ("讲话",))}),
    ("5月6日，镇党委召开恳谈会。恳谈会上，养殖大户赵德明、种粮大户孙建华、家庭农场主周美玲先后反映了生产经营中遇到的困难。",
     {"赵德明": (None, ("讲话",)), "孙建华": (None, ("讲话",)), "周美玲": (None, ("讲话",))}),
    ("5月6日，街道召开商户恳谈会。沿街商户陈美芳提出，希望延长夜市经营时间。", {"陈美芳": (None, ("讲话",))}),
    ("5月6日，鄉公所召開座談會。種植大戶李德勝反映，今年農資價格上漲較快。", {"李德胜": (None, ("讲话",))}),
    ("5月6日，市工商联召开民营企业座谈会。企业代表陈志远结合自身经历谈了企业发展的体会。", {"陈志远": (None, ("发言",))}),
    ("5月6日，县委召开座谈会。返乡创业青年代表何小平谈了自己的创业体会。", {"何小平": (None, ("发言",))}),
    # near misses: hearsay, after the meeting, to a reporter on a visit, a conversation, the noun 建议
    ("5月6日，县农业农村局召开座谈会。据种植大户李德胜反映，今年农资价格上涨较快。", {}),
    ("5月6日，县农业农村局召开座谈会。会后，种植大户李德胜反映了农资价格上涨的问题。", {}),
    ("5月6日，县农业农村局开展走访调研。种植大户李德胜向记者反映，今年农资价格上涨较快。", {}),
    ("5月6日，县委召开座谈会。企业代表陈志远与县长王强谈话。", {}),
    ("5月6日，县委召开座谈会。种植大户李德胜的建议被采纳。", {}),
])
def test_untitled_participants_at_a_forum(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: a councillor's question at a Taiwan council's session, the officer's answer
    ("5月6日，宜蘭縣議會舉行定期會。議員林志明就道路養護問題提出質詢，縣長陳美玲答覆表示將盡速改善。",
     {"林志明": ("议员", ("讲话",)), "陈美玲": ("县长", ("讲话",))}),
    # paraphrases: 針對…提出質詢 after 會中, 質詢 with its object at a 臨時會, Simplified 向…提出质询
    ("5月6日，澎湖縣議會召開定期會。會中，議員許文雄針對離島交通提出質詢。", {"许文雄": ("议员", ("讲话",))}),
    ("5月6日，縣議會召開臨時會。議員黃國華質詢縣府長照政策。", {"黄国华": ("议员", ("讲话",))}),
    ("5月6日，宜兰县议会举行定期会。议员林志明针对道路养护问题向县政府提出质询。", {"林志明": ("议员", ("讲话",))}),
    # the review's school occasion, re-invented: 校監 opens the ceremony, 校長 reports; and the paraphrases
    ("5月6日，聖保祿學校舉行第六十屆畢業典禮。校監陳志強致開會辭，校長李美華報告校務。",
     {"陈志强": ("校监", ("致辞",)), "李美华": ("校长", ("作报告",))}),
    ("5月6日，聖保祿學校舉行畢業典禮。校董會主席何家輝致閉會辭。", {"何家辉": ("校董会主席", ("致辞",))}),
    ("5月6日，培正中學舉行開學禮。校長梁文傑作報告，勉勵同學努力學習。", {"梁文杰": ("校长", ("作报告",))}),
    ("5月6日，圣保禄学校举行毕业典礼。校监陈志强致开会辞。", {"陈志强": ("校监", ("致辞",))}),
    # near misses: the question's noun, a written question, a question ahead, attending only, words to a reporter
    ("5月6日，宜蘭縣議會舉行定期會。議員林志明提出的質詢案獲得通過。", {}),
    ("5月6日，宜蘭縣議會舉行定期會。議員林志明以書面質詢縣府道路養護問題。", {}),
    ("5月6日，宜蘭縣議會舉行定期會。議員林志明將就道路養護問題提出質詢。", {}),
    ("5月6日，聖保祿學校舉行畢業典禮。校監陳志強出席典禮。", {}),
    ("5月6日，聖保祿學校舉行畢業典禮。典禮前，校監陳志強向記者表示，學校將擴建校舍。", {}),
])
def test_council_and_school_occasions_in_traditional_script(extract, body, expected):
    assert speakers(extract(page(body))) == expected


_MEDAL = [("光荣在党50年纪念章", 12, "名", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: a medal pinned on a count of people
    ("5月6日，镇党委召开庆祝建党103周年大会。会上，镇党委书记王强为十二名老党员佩戴“光荣在党50年”纪念章。", _MEDAL),
    # paraphrases: no quote marks, another act after 并, 颁授 to 位, 戴上 with a scope and 一一 between
    ("5月6日，镇党委召开庆祝大会。会上，镇党委书记王强为十二名老党员佩戴光荣在党50年纪念章。", _MEDAL),
    ("5月6日，镇党委召开庆祝大会。会上，镇领导为12名老党员佩戴光荣在党50年纪念章并合影留念。", _MEDAL),
    ("5月6日，镇党委召开庆祝大会。会上，镇领导向十二位老党员颁授光荣在党50年纪念章。", [("光荣在党50年纪念章", 12, "位", "person")]),
    ("5月6日，镇党委召开庆祝大会。会上，镇领导为辖区内十二名老党员一一戴上“光荣在党50年”纪念章。", _MEDAL),
    # the review's graded list, re-invented, and its paraphrases: 其中, the prize in the ceremony's name, a heading word
    ("5月6日，縣府舉行頒獎典禮，頒發「社區營造獎」，計有特優3校、優等7校。",
     [("社区营造奖特优", 3, "校", "organization"), ("社区营造奖优等", 7, "校", "organization")]),
    ("5月6日，縣府舉行頒獎典禮，頒發「社區營造獎」，其中特優3校、優等7校。",
     [("社区营造奖特优", 3, "校", "organization"), ("社区营造奖优等", 7, "校", "organization")]),
    ("5月6日，縣府舉行「社區營造獎」頒獎典禮，計有特優3校、優等7校。",
     [("社区营造奖特优", 3, "校", "organization"), ("社区营造奖优等", 7, "校", "organization")]),
    ("5月6日，縣府舉行頒獎典禮，頒發「校園美化獎」，得獎名單計有特優2校、優等5校、佳作8校。",
     [("校园美化奖特优", 2, "校", "organization"), ("校园美化奖优等", 5, "校", "organization"),
      ("校园美化奖佳作", 8, "校", "organization")]),
    # near misses: a party badge, a red flower, goods handed out, a past year's conferral, a holding
    ("5月6日，镇党委召开庆祝大会。会上，镇领导为十二名老党员佩戴党徽。", []),
    ("5月6日，镇党委召开庆祝大会。会上，镇领导为十二名老党员佩戴大红花。", []),
    ("5月6日，镇党委召开庆祝大会。会上，镇领导为50名老党员发放纪念章。", []),
    ("5月6日，镇党委召开庆祝大会。去年，镇党委为十二名老党员佩戴了“光荣在党50年”纪念章。", []),
    ("5月6日，縣府舉行頒獎典禮。本縣共有特優學校3所、優等學校7所。", []),
])
def test_award_counts_told_by_the_act(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: a year's designations and prizes from higher bodies told in a review
    ("5月6日，市科技局召开年度工作会议。会议指出，一年来，全市新增3个国家级“众创空间”，12家企业获评省级“专精特新”企业。", []),
    # paraphrases: 去年 and a designation newly gained, 今年以来 and parts after 其中, 今年以来 with 共有, 过去一年, 2023年
    ("5月6日，公司召开年度总结大会。去年公司获得省级以上科技进步奖8项，新增国家级“绿色工厂”1个。", []),
    ("5月6日，公司召开年度总结大会。会议指出，今年以来，公司荣获市级以上荣誉12项，其中“五一劳动奖状”1个。", []),
    ("5月6日，县委召开经济工作会议。今年以来，全县共有5家企业获评国家级“绿色工厂”。", []),
    ("5月6日，市科技局召开年度工作会议。过去一年，全市8家企业荣获国家级“绿色工厂”称号。", []),
    ("5月6日，县委召开经济工作会议。2023年，全县新增省级“美丽乡村”示范村3个，获评国家级“卫生乡镇”2个。", []),
    # near misses: honoured at this event later in the sentence, this event's own commendation, a conferral here on holders
    # of a higher honour, an honour of the meeting's own level
    ("5月6日，市教育局召开总结表彰大会。过去一年，20名教师荣获省级“优秀教师”称号，会上对他们进行了表彰。",
     [("优秀教师", 20, "名", "person")]),
    ("5月6日，市教育局召开总结表彰大会。一年来，全市教育工作取得新成效。会议表彰了12名“优秀教师”。",
     [("优秀教师", 12, "名", "person")]),
    ("5月6日，市教育局召开总结表彰大会。会上，为12名获评省级“优秀教师”的教师颁发证书。", [("优秀教师", 12, "名", "person")]),
    # (a running span's tally of the body's own level too: no award, §5 sixteenth round's own example
    # 全局今年共有300名民警获得嘉奖, "whichever body or year word opens it"; the cr34 review's finding 14)
    ("5月6日，镇党委召开年度总结会。一年来，全镇8个村获评镇级“五好”村党组织。", []),
])
def test_year_tallies_in_a_review_are_no_award(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: an abbreviation after the full name
    ("为做好防汛工作，江城县防汛抗旱指挥部近日召开成员单位会议。5月6日，县防指召开防汛工作部署会。",
     [("成员单位会议", None, "江城县防汛抗旱指挥部"), ("防汛工作部署会", "2024-05-06", "江城县防汛抗旱指挥部")]),
    # paraphrases: other short forms, the full name in a sentence of another act
    ("江城市城市管理综合行政执法局开展整治行动。5月6日，市城管执法局召开推进会。",
     [("推进会", "2024-05-06", "江城市城市管理综合行政执法局")]),
    ("江城县人民政府办公室印发通知。5月6日，县政府办召开全体干部会议。", [("全体干部会议", "2024-05-06", "江城县人民政府办公室")]),
    ("江城县委办公室印发通知。5月6日，县委办召开全体干部会议。", [("全体干部会议", "2024-05-06", "江城县委办公室")]),
    ("江城市市场监督管理局开展专项检查。5月6日，市市场监管局召开推进会。", [("推进会", "2024-05-06", "江城市市场监督管理局")]),
    # the review's 该院, re-invented: after a source named with 据, beside a body of another kind, after a sentence of its own
    ("据江城市人民检察院消息，5月6日，该院召开党组会议。", [("党组会议", "2024-05-06", "江城市人民检察院")]),
    ("江城县中医院与县卫健局签订协议。5月6日，该院召开党委会议。", [("党委会议", "2024-05-06", "江城县中医院")]),
    ("近年来，江城市中级人民法院不断深化司法改革。5月6日，该院召开新闻发布会。", [("新闻发布会", "2024-05-06", "江城市中级人民法院")]),
    # near misses: no full name, two that fit, only the office named, two hospitals listed
    ("5月6日，县防指召开防汛会商会。", [("防汛会商会", "2024-05-06", "县防指")]),
    ("江城县防汛抗旱指挥部、江城县防汛指挥部联合发文。5月6日，县防指召开会商会。", [("会商会", "2024-05-06", "县防指")]),
    ("江城县防汛抗旱指挥部办公室发布通知。5月6日，县防指召开防汛会商会。", [("防汛会商会", "2024-05-06", "县防指")]),
    ("到县人民医院、县中医院调研。5月6日，该院召开党委会议。", [("党委会议", "2024-05-06", None)]),
])
def test_organizer_written_short_or_referred_back(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "host", "expected"), [
    # the review's class, re-invented: the studio's head in a chain going on after 、
    ("5月6日，名师工作室研讨会在县教研室召开。省级名师工作室主持人、江城一中教师李娜作专题讲座。", None,
     {"李娜": ("省级名师工作室主持人、江城一中教师", ("作报告",))}),
    # paraphrases: the title right before the name, two studios' heads in a list, a remark, a programme's presenter
    ("5月6日，县教研室召开名师工作室研讨会。名师工作室主持人李娜作专题讲座。", None, {"李娜": ("名师工作室主持人", ("作报告",))}),
    ("5月6日，县总工会召开座谈会。劳模创新工作室主持人王强、技能大师工作室主持人赵刚先后发言。", None,
     {"王强": ("劳模创新工作室主持人", ("发言",)), "赵刚": ("技能大师工作室主持人", ("发言",))}),
    ("5月6日，县教研室举行名师工作室揭牌仪式。名师工作室主持人李娜表示，将发挥示范引领作用。", None,
     {"李娜": ("名师工作室主持人", ("讲话",))}),
    ("5月6日，县融媒体中心召开座谈会。节目主持人、记者刘洋发言。", None, {"刘洋": ("节目主持人、记者", ("发言",))}),
    # near misses: one with the title who chairs, the chair's own label
    ("5月6日，县教研室召开名师工作室研讨会。会议由名师工作室主持人李娜主持。", {"name": "李娜", "title": "名师工作室主持人"},
     {"李娜": ("名师工作室主持人", ("主持",))}),
    ("5月6日，县教研室召开研讨会。会议主持人李娜介绍了会议议程。", {"name": "李娜", "title": None},
     {"李娜": (None, ("主持", "讲话"))}),
    ("5月6日，县教研室召开研讨会。主持人、县教研室主任李娜宣布会议开始。", {"name": "李娜", "title": "县教研室主任"},
     {"李娜": ("县教研室主任", ("主持", "讲话"))}),
])
def test_a_studios_head_is_no_chair(extract, body, host, expected):
    record = extract(page(body))
    assert [m["host"] for m in record["meetings"]] == [host]
    assert speakers(record) == expected


_LAUNCH = "5月6日上午，全县安全生产月活动启动仪式在县政府广场举行"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: a drill told after the ceremony, its participants counted
    ("5月6日上午，全县防汛应急演练启动仪式在县体育广场举行。县长王强宣布演练开始。随后进行了防汛抢险综合演练，200余名应急队员参加。",
     (None, False)),
    # paraphrases: another subject doing it, in the ceremony's own sentence, after 启动仪式后 with 共有, a service
    (_LAUNCH + "。随后，消防救援大队开展了消防应急演练，200余名干部群众参加。", (None, False)),
    (_LAUNCH + "，随后进行了消防应急演练，200余名干部群众参加。", (None, False)),
    (_LAUNCH + "。启动仪式后，开展了应急演练，共有200余人参加。", (None, False)),
    ("5月6日上午，义诊活动启动仪式在县人民医院举行。随后，开展了义诊，60余名医务人员参加。", (None, False)),
    # near misses: those at the ceremony counted, a show inside the ceremony watched
    (_LAUNCH + "。县委书记王强出席仪式，200余名干部群众参加。", (200, True)),
    (_LAUNCH + "。随后进行了消防应急演练。200余名干部群众参加了启动仪式。", (200, True)),
    ("5月6日上午，全县防汛应急演练启动仪式在县体育广场举行，200余名应急队员参加仪式。", (200, True)),
    ("5月6日晚，江城市第十五届运动会开幕式在市体育场举行。开幕式上还进行了精彩的文体表演，约3万名观众现场观看。", (30000, True)),
])
def test_an_activitys_count_after_a_ceremony(extract, body, expected):
    assert [(m["attendee_count"], m["attendee_approx"]) for m in extract(page(body))["meetings"]][:1] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's class, re-invented: the games closed on a day, then a bare 闭幕式 held
    ("江城市第十届运动会于19日下午落下帷幕。闭幕式在市体育中心举行。", [("闭幕式", "2024-05-19", "19日", "下午", "市体育中心")]),
    # paraphrases: a written month, the rite after a comma in the same sentence, a contest's 闭幕式暨颁奖典礼, 收官
    ("江城市第十届运动会于5月19日下午落下帷幕。闭幕式在市体育中心举行。", [("闭幕式", "2024-05-19", "5月19日", "下午", "市体育中心")]),
    ("江城市第十届运动会于5月19日下午落下帷幕，闭幕式在市体育中心举行。", [("闭幕式", "2024-05-19", "5月19日", "下午", "市体育中心")]),
    ("全县职工技能大赛于5月19日下午落下帷幕，闭幕式暨颁奖典礼在县文化中心举行。",
     [("闭幕式暨颁奖典礼", "2024-05-19", "5月19日", "下午", "县文化中心")]),
    ("历时三天的江城市职工运动会5月19日下午圆满收官。闭幕式在市体育中心举行。",
     [("闭幕式", "2024-05-19", "5月19日", "下午", "市体育中心")]),
    # near misses: the rite's own day word, a span of days, an opening rite after a close
    ("江城市第十届运动会于5月19日下午落下帷幕。当晚，闭幕式在市体育中心举行。", [("闭幕式", "2024-05-19", "当晚", "晚上", "市体育中心")]),
    ("江城市第十届运动会于5月19日下午落下帷幕。当天举行了闭幕式。", [("闭幕式", "2024-05-19", "当天", None, None)]),
    ("江城市第十届运动会于5月17日至19日举行。闭幕式在市体育中心举行。", [("闭幕式", None, None, None, "市体育中心")]),
    ("江城市第十届运动会于5月19日下午落下帷幕。开幕式在市体育中心举行。", [("开幕式", None, None, None, "市体育中心")]),
])
def test_a_bare_closing_rite_after_the_close(extract, body, expected):
    record = extract(page(body, "2024-05-25"))
    assert [(m["name"], m["date"], m["date_text"], m["time_of_day"], m["location"]) for m in record["meetings"]] == expected
