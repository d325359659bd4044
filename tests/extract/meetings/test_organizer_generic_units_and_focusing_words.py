"""Meeting organizers: generic units, adverbs or ties between joint holders, focusing words and plenaries: classes of organizer errors found on the tuning texts, fixed as classes.

GUIDELINES §3, organizer (the table: "a generic subject (公司, 学院, 我校) without a name → null") and the twenty-fourth
review round: "A party body of a generic unit as the subject (局党组召开专题会议, 局党委, 公司党委, 医院党委) is the table's
generic subject: organizer null, also when the article names the unit or that party body in full elsewhere"; "A party body
written with its place or unit name is a name (县林业局党组), and so is an organ whose own kind is its name (机关党委)".

Class: the party organ (党委, 党组, 党总支, 纪委) of a unit named only by its bare kind written short in one character (院
for a hospital, a court or an academy, 校 for a school, 厂 for a factory), as 局 already was, whatever the verb, the time
before it or the clause after it.

§3 organizer, the subject of 召开/举行/举办 as written: "Bodies joined as the subject of a joint event (市科技局与江城大学联合
举办…对接会) are the organizer as written (市科技局与江城大学)"; the self-reference among the hosts names none (the table's
generic 我校/我院; clean_org's reading of 我院与…联合举办); the twentieth round's descriptor before a firm's name is no part of
it; the twenty-sixth round: a name "holds no clause around it: … not a conjunction or a sentence's frame".

Class: what stands between or before the parties of a joint subject and is no body: an adverb of the subject (还, 也, 又, 再,
同时, 首次) before 与/同/和, the tie that describes the partner (结对帮扶的, 对口支援的, 共建的), and a focusing word opening the
sentence (特别是, 尤其是), whatever the verb, the parties or the meeting noun.

§3 twenty-third review round: opening and closing sittings told with a day of their own are records of their own, and
"such a part takes the whole session's venue and organizer when it names neither a venue nor a holder of its own"; "a part
placed in its own venue in a sentence of its own … organizer null unless one is named".

Class: a numbered plenary sitting (第二次全体会议) of a session of several days, on a day of its span, told as an attribute
(在…举行的…上, …举行的…由…主持), whatever the body, the number or the day: the session's organizer, like its opening sitting.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shapes re-invented (a hospital's and a court's page)
    ("7月16日上午，院党组又召开专题会议，研究执法办案工作。", [("专题会议", None)]),
    ("上周五上午，院党委在行政楼二楼会议室召开学习会，传达有关精神。", [("学习会", None)]),
    # paraphrases: the organ, the short kind, the verb, a clause after the subject
    ("5月6日，院纪委召开警示教育会。", [("警示教育会", None)]),
    ("5月6日下午，校党委召开理论学习中心组学习会。", [("理论学习中心组学习会", None)]),
    ("5月6日，厂党委举行表彰大会。", [("表彰大会", None)]),
    ("5月6日，院党总支召开党员大会，选举新一届支委。", [("党员大会", None)]),
    ("江城市第二人民医院召开年度工作会议。会后，院党委召开了青年医务人员座谈会。",
     [("年度工作会议", "江城市第二人民医院"), ("青年医务人员座谈会", None)]),
    # near misses: a college's committee, an organ whose kind is its name, a unit named before its organ, a level word
    ("5月6日，学院党委召开表彰大会。", [("表彰大会", "学院党委")]),
    ("5月6日，机关党委召开座谈会。", [("座谈会", "机关党委")]),
    ("5月6日，江城县人民医院党委召开座谈会。", [("座谈会", "江城县人民医院党委")]),
    ("5月6日，江城县林业局党组召开专题会议。", [("专题会议", "江城县林业局党组")]),
    ("5月6日，白沙镇党委召开表彰大会。会前，镇党委召开党委会议。",
     [("表彰大会", "白沙镇党委"), ("党委会议", "白沙镇党委")]),
])
def test_party_organ_of_a_bare_unit_kind_is_generic(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shapes re-invented
    ("近日，我院还与江城县人民医院共同举行了远程医疗中心揭牌仪式。", [("远程医疗中心揭牌仪式", None)]),
    ("当天下午，江城市财政局第一党支部还与结对帮扶的柳溪村党支部在村委会召开联席座谈会。",
     [("联席座谈会", "江城市财政局第一党支部与柳溪村党支部")]),
    # paraphrases: the adverb, the joining word, the tie, the verb
    ("5月6日，我校也同江城市第一中学联合举办了教学研讨会。", [("教学研讨会", None)]),
    ("5月6日，江城大学还与江城市人民政府共同举行了签约仪式。", [("签约仪式", "江城大学与江城市人民政府")]),
    ("5月6日，江城市科技局又与华信集团举行了项目对接会。", [("项目对接会", "江城市科技局与华信集团")]),
    ("5月6日，江城市第三中学与对口支援的青山县第一中学在江城召开教学交流座谈会。",
     [("教学交流座谈会", "江城市第三中学与青山县第一中学")]),
    ("5月6日，县农业农村局党支部同结对共建的东山村党支部召开联席会议。",
     [("联席会议", "县农业农村局党支部同东山村党支部")]),
    # near misses: the bodies joined with nothing between, a partner that names itself with a tie word, one holder alone
    ("5月6日，江城大学与江城市人民政府举行了签约仪式。", [("签约仪式", "江城大学与江城市人民政府")]),
    ("5月6日，江城市友好城市协会召开理事会议。", [("理事会议", "江城市友好城市协会")]),
    ("5月6日，江城大学还在图书馆召开了座谈会。", [("座谈会", "江城大学")]),
])
def test_adverb_or_tie_between_joint_holders(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented, and paraphrases: the focusing word, an active or a passive subject
    ("特别是县委十四届二次全会召开以来，全县上下狠抓落实。", [("县委十四届二次全会", "县委")]),
    ("尤其是市委十二届五次全会召开以来，全市上下狠抓落实。", [("市委十二届五次全会", "市委")]),
    ("5月6日，特别是县委召开了专题会议。", [("专题会议", "县委")]),
    # near miss: a body whose name opens with 特别 keeps it
    ("5月6日，澳门特别行政区政府举行了国庆招待会。", [("国庆招待会", "澳门特别行政区政府")]),
])
def test_focusing_word_before_subject(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected


SESSION = "5月6日至8日，县政协十届四次会议在县会议中心举行。"


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented
    ("12月27日至28日，市政协十三届常委会第十次会议在市政协机关二楼会议室召开。在28日上午举行的第二次全体会议上，常委李华作了"
     "大会发言。", [("市政协十三届常委会第十次会议", "市政协"), ("第二次全体会议", "市政协")]),
    # paraphrases: the number, the day, the frame of the attribute, the body of the session
    (SESSION + "7日上午举行的第二次全体会议由副主席王明主持。", [("县政协十届四次会议", "县政协"), ("第二次全体会议", "县政协")]),
    (SESSION + "在8日上午举行的第三次全体会议上，委员们听取了提案工作报告。",
     [("县政协十届四次会议", "县政协"), ("第三次全体会议", "县政协")]),
    ("5月6日至8日，市人大常委会第十次会议在市人大常委会会议厅举行。在7日下午举行的第二次全体会议上，委员们审议了报告。",
     [("市人大常委会第十次会议", "市人大常委会"), ("第二次全体会议", "市人大常委会")]),
    # near misses: a day outside the span, a sitting placed in its own venue, another body's plenary
    (SESSION + "在9日上午举行的第二次全体会议上，委员们听取了报告。", [("县政协十届四次会议", "县政协"), ("第二次全体会议", None)]),
    (SESSION + "7日上午，第二次全体会议在江城宾馆报告厅举行。", [("县政协十届四次会议", "县政协"), ("第二次全体会议", None)]),
    (SESSION + "7日上午，县委召开第二次全体会议。", [("县政协十届四次会议", "县政协"), ("县委第二次全体会议", "县委")]),
])
def test_plenary_sitting_within_session_span(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected
