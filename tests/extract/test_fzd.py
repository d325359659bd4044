"""Classes of phrasing an unseen set showed the rules missing (helper fzd), each on invented sentences.

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
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

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
