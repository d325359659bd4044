"""Party-building commendations (七一 表彰大会, 两优一先 honours with counts, 光荣在党50年 medals, oaths and lectures at the ceremony). Invented sentences; the expected values follow corpus/GUIDELINES.md §3-§6.

- A count after 中共 of a party body's name (宣读了中共东湖市委的表彰决定，授予100名同志“…”称号, then 40 and 60 more)
  was read as a total after 共 and dropped when the later counts added up to it: 中共 is the party, no total (§5: only
  a stated total that is the sum of its parts is not repeated).
- A medal pinned on counted holders (为7名老党员佩戴“光荣在党50年”纪念章) gave no award: a medal with a count counts (§5),
  pinning it on is conferring it (§4 eleventh review round); a badge of a role (胸牌, 徽章) stays none.
- Leading an oath written with 带领 (带领12名新党员面向党旗宣誓) gave no role: 宣读 like 领誓 (§4 thirteenth review
  round); a renewal of the oath led (重温入党誓词) stays no role, as the tuning gold syn_e07 reads it.
- A plaque or medal handed in a 并 clause after a clause with no role (宣读了…决定，命名表彰…二十个，并为获评支部授牌) lost
  its 颁奖 (§4: 授牌 is 颁奖).
- A party lecture joined by 并 to the prizes handed or the decision read at a commendation meeting (为受表彰的代表颁奖，
  并为全镇党员讲授…专题党课) was no record (§3 twelfth review round: a lecture given at a meeting of another kind is its own
  record); the decision read out (宣读了表彰决定，并…) was taken for a decision whose content is planned. 主持会议 told after
  such a lecture chairs the meeting, not the lecture.
- A reward of a conferral still ahead (明年还将评选…，并对每个获评支部给予…奖励2万元) was funding: money only intended (§6).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers

MEETING = "6月28日上午，柳河乡召开表彰大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会宣读了中共东湖市委的表彰决定，授予100名同志“东湖市优秀共产党员”称号，授予40名同志“东湖市优秀党务工作者”称号，"
         "授予60个党组织“东湖市先进基层党组织”称号。",
         [("东湖市优秀共产党员", 100), ("东湖市优秀党务工作者", 40), ("东湖市先进基层党组织", 60)]),
        ("会议宣读了中共江城县委的决定，表彰优秀共产党员30名、优秀党务工作者10名、先进基层党组织20个。",
         [("优秀共产党员", 30), ("优秀党务工作者", 10), ("先进基层党组织", 20)]),
        ("医院党委书记何文静为7名老党员佩戴“光荣在党50年”纪念章，并宣读了表彰决定。", [("光荣在党50年纪念章", 7)]),
        ("仪式上，镇领导为12位老党员戴上“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 12)]),
        # near misses: a total stated with 共 over its parts; badges of a role or of membership pinned on
        ("大会共表彰100名个人，授予40名同志“优秀党务工作者”称号，授予60名同志“优秀共产党员”称号。",
         [("优秀党务工作者", 40), ("优秀共产党员", 60)]),
        ("支部书记为8名新党员佩戴“共产党员”徽章。", []),
        ("镇领导为30名志愿者佩戴“文明劝导员”胸牌。", []),
    ],
)
def test_commendation_counts(extract, body, expected):
    assert [(h, n) for h, n, _unit, _kind in honours(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("市税务局举行入党宣誓仪式。局长秦志刚出席并讲话。秦志刚带领12名新党员面向党旗庄严宣誓。", "秦志刚", ("讲话", "宣读")),
        ("7月1日，县委举行新党员入党宣誓仪式。县委书记王强带领50名新党员宣誓。", "王强", ("宣读",)),
        ("市税务局举行入党宣誓仪式。党委书记秦志刚主持仪式，并带领新党员面向党旗宣誓。", "秦志刚", ("主持", "宣读")),
        # near miss: a renewal of the oath led (no role, as the invented tuning gold syn_e07 reads it)
        ("市税务局举行主题党日活动。党委书记秦志刚主持会议，并带领全体党员重温入党誓词。", "秦志刚", ("主持",)),
        (MEETING + "会上，组织部部长雷小红宣读了表彰决定，命名表彰“红旗党支部”二十个，并为获评支部授牌。", "雷小红", ("宣读", "颁奖")),
        (MEETING + "会上，组织部部长雷小红宣读了表彰决定，授予10个村“文明村”称号，并为老党员佩戴纪念章。", "雷小红", ("宣读", "颁奖")),
        # near misses: a visit led, an oath taken, a lesson given after clauses with no role
        ("市税务局举行入党宣誓仪式。党委书记秦志刚带领新党员参观了廉政教育基地。", "秦志刚", None),
        ("市税务局举行入党宣誓仪式。新党员代表秦志刚庄严宣誓。", "秦志刚", None),
        (MEETING + "会上，组织部部长雷小红宣读了表彰决定，听取了汇报，并为新党员授课。", "雷小红", ("宣读",)),
    ],
)
def test_oath_and_plaques(extract, body, name, roles):
    found = speakers(extract(page(body)))
    assert (found[name][1] if name in found else None) == roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，白沙镇党委召开“两优一先”表彰大会。镇党委书记黄明亮为受表彰的代表颁奖，并为全镇党员讲授了题为“传承红色基因 "
         "争做时代先锋”的专题党课。", [("“两优一先”表彰大会", None, "白沙镇党委"), ("专题党课", None, None)]),
        (MEETING + "乡党委书记杜海峰宣读了表彰决定，并以“坚定理想信念”为题讲授专题党课。",
         [("表彰大会", "2024-06-28", "柳河乡"), ("专题党课", "2024-06-28", None)]),
        (MEETING + "乡党委书记杜海峰为获奖代表颁发荣誉证书，并为与会党员上了一堂专题党课。",
         [("表彰大会", "2024-06-28", "柳河乡"), ("专题党课", "2024-06-28", None)]),
        (MEETING + "乡党委书记杜海峰宣读了《关于表彰优秀共产党员的决定》，并为党员讲授专题党课。",
         [("表彰大会", "2024-06-28", "柳河乡"), ("专题党课", "2024-06-28", None)]),
        # near misses: a lecture at a party day (part of its programme), a habit, a lecture ahead, a decision's content
        ("6月28日上午，柳河乡召开主题党日活动。乡党委书记杜海峰为获奖代表颁奖，并讲授专题党课。",
         [("主题党日活动", "2024-06-28", "柳河乡")]),
        (MEETING + "乡党委书记杜海峰为获奖代表颁奖。他曾多次为党员讲授专题党课。", [("表彰大会", "2024-06-28", "柳河乡")]),
        (MEETING + "乡党委书记杜海峰为获奖代表颁奖，并表示将于下月为党员讲授专题党课。", [("表彰大会", "2024-06-28", "柳河乡")]),
        (MEETING + "会议决定，下月为全体党员讲授专题党课。", [("表彰大会", "2024-06-28", "柳河乡")]),
    ],
)
def test_lecture_at_commendation(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，白沙镇党委召开表彰大会。镇党委书记黄明亮为受表彰的代表颁奖，并为全镇党员讲授了专题党课。"
         "镇党委副书记、镇长李建国主持会议。", [("表彰大会", "李建国"), ("专题党课", None)]),
        (MEETING + "乡党委书记杜海峰宣读了表彰决定，并讲授专题党课。会议由乡长石晓燕主持。", [("表彰大会", "石晓燕"), ("专题党课", None)]),
        # near miss: the lecture's own chair, named with the lecture's noun
        (MEETING + "乡党委书记杜海峰宣读了表彰决定，并讲授专题党课。党课由乡长石晓燕主持。", [("表彰大会", None), ("专题党课", "石晓燕")]),
    ],
)
def test_meeting_chair_after_lecture(extract, body, expected):
    record = extract(page(body))
    assert [(m["name"], m["host"] and m["host"]["name"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("据介绍，街道党工委明年还将评选表彰一批“五星级党支部”，并对每个获评支部给予党建工作经费奖励2万元。", []),
        ("县委组织部今后将对考核优秀的村党组织给予奖励5万元。", []),
        # near misses: a reward promised with no later time (a record, §6 thirteenth round), one paid now, one decided
        ("对考核优秀的特派员每人奖励5000元。", [5000.0]),
        ("街道党工委对今年获评的5个“五星级党支部”各给予党建工作经费奖励2万元，明年还将继续开展评选。", [20000.0]),
        ("会议决定，明年将对获评支部给予奖励2万元。", [20000.0]),
    ],
)
def test_reward_ahead(extract, body, expected):
    assert [amount for amount, _currency, _purpose in grants(extract(page(body)))] == expected
