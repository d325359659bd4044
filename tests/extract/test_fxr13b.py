"""Rulings of the thirteenth review round on award counts (§5) and funding standards (§6).

1. §5: "a commendation by notice with a count and a named honour (`通报表扬八个“医德医风先进集体”`) is an award like
   `表彰`." The rules already read it so; the rows pin it, and the eleventh round's notice that names the honour only
   in its title (`12个单位受到通报表扬`) stays without a record.
2. §6: "a reward promised per head to those who will qualify (`对考核优秀的特派员每人奖励5000元`) is a standard: no
   record, like `每培训1人补助800元`." Found: such rewards were one record each. Now a reward verb right after a
   per-head word, after a relative clause of qualifying (考核优秀的, 获评…的, 考入…的) with no count of those rewarded,
   is declined. Money to known people stays one record: counted (`为30名困难党员每人发放慰问金500元`), handed at the
   event (颁奖), told as done (奖励了), or to those named at this event (`对本次获评…的教师每人给予奖励5万元`, as the
   tuning gold syn_g13 reads it).
3. §5: "A count picked out by an appraisal grade (`评出考核优秀乡镇5个`, `年度考核优秀公务员20名`) is the grade of an
   evaluation, like `评出甲等医院5家`: no award." Found: these were awards. Now an unquoted honour holding an appraisal
   word and grade (考核优秀, 考评良好) gives none; quoted honours (`“优秀公务员”` conferred by 表彰) stay awards.
4. §6: "A yearly standard per student (`奖励标准为每生每年1万元`) is a rate like `每名学生每年3000元`: no record. A rate
   per sitting or per case (`每人每次参审100元`, `每案500元`) is a rate." Found: 每生每年 was not read as per head, so
   the standard was a record. Now 每生 is a per-head word of the yearly standard, and a bare 每生每年 amount after a
   scheme's name (国家奖学金每生每年8000元) is that standard too; this re-pins a row of test_fix_r2fd.py that kept it
   only because the tuning gold syn_i20 then recorded such a standard (its record was removed under this ruling).

Invented sentences; expected values follow corpus/GUIDELINES.md §5 and §6.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1. a commendation by notice with a count and a quoted honour
        ("会上，县卫健局通报表扬八个“医德医风先进集体”和十五名“医德医风先进个人”。",
         [("医德医风先进集体", 8, "个", "organization"), ("医德医风先进个人", 15, "名", "person")]),
        ("市委办公室对12名“优秀网格员”予以通报表扬。", [("优秀网格员", 12, "名", "person")]),
        ("大会通报表扬了5个“平安建设先进单位”。", [("平安建设先进单位", 5, "个", "organization")]),
        ("区政府对20名“最美志愿者”进行通报表扬。", [("最美志愿者", 20, "名", "person")]),
        ("会议还通报表扬了3家“安全生产标兵企业”。", [("安全生产标兵企业", 3, "家", "organization")]),
        # NEGATIVE: the honour only in the notice's title, a criticism by notice, a notice of a selection
        ("会上，12个单位受到通报表扬。", []),
        ("会议通报批评了8个“问题单位”。", []),
        ("会议通报了“优秀网格员”评选情况，共有12名网格员参评。", []),
        # 3. a count picked out by an appraisal grade: no award
        ("会议评出考核优秀乡镇5个、考核良好乡镇8个。", []),
        ("全县年度考核优秀公务员20名，将在年终兑现奖励。", []),
        ("经考核，评出考核优秀单位12个。", []),
        ("评出考评良好单位8个、考核优秀村12个。", []),
        ("表彰年度考核优秀公务员20名。", []),
        ("今年共评出甲等医院5家。", []),
        # NEGATIVE: quoted honours conferred by 表彰, and plain merit honours, stay awards
        ("大会表彰了20名“优秀公务员”。", [("优秀公务员", 20, "名", "person")]),
        ("会上表彰“优秀公务员”20名、“先进集体”5个。",
         [("优秀公务员", 20, "名", "person"), ("先进集体", 5, "个", "organization")]),
        ("评出优秀教师30名。", [("优秀教师", 30, "名", "person")]),
        ("授予15名同志“年度考核优秀个人”称号。", [("年度考核优秀个人", 15, "名", "person")]),
        ("对年度考核优秀的10个单位予以表彰，授予“先进单位”称号。", [("先进单位", 10, "个", "organization")]),
    ],
)
def test_commendations_and_appraisal_grades(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 2. a reward promised per head to those who will qualify: a standard
        ("对考核优秀的特派员每人奖励5000元。", []),
        ("对获评省级以上荣誉的教师，每人奖励1万元。", []),
        ("对年度考核优秀的驻村干部每人奖励3000元。", []),
        ("凡被评为市级优秀的村医，每人奖励2000元。", []),
        ("对考入重点大学的学生每人奖励5000元。", []),
        ("对考核优秀的特派员每人给予奖励5000元。", []),
        ("对获评“教学名师”的教师每人给予奖励5万元，“优秀教学团队”每个奖励10万元。", []),
        ("每培训1人补助800元。", []),
        ("对获评示范党组织的单位，每个奖励5万元。", []),  # (re-pinned from test_award_funding_phrasings.py)
        # NEGATIVE: money paid per head to known people stays one record
        ("为30名困难党员每人发放慰问金500元。", [(500.0, "CNY", "慰问金")]),
        ("向15名优秀特派员每人发放奖金5000元。", [(5000.0, "CNY", "奖金")]),
        ("对考核优秀的15名特派员每人奖励5000元。", [(5000.0, "CNY", None)]),
        ("会上为考核优秀的特派员颁奖，每人奖励5000元。", [(5000.0, "CNY", None)]),
        ("对考核优秀的特派员每人奖励了5000元。", [(5000.0, "CNY", None)]),
        ("对此次考核优秀的特派员每人奖励5000元。", [(5000.0, "CNY", None)]),
        ("对在抗洪中表现突出的干部每人奖励2000元。", [(2000.0, "CNY", None)]),
        ("对获评先进的企业每家奖励50万元，已发放奖励资金600万元。", [(500000.0, "CNY", None), (6000000.0, "CNY", None)]),
        ("学校对本次获评“教学名师”的教师每人给予奖励5万元，“优秀教学团队”每个奖励10万元。",
         [(50000.0, "CNY", None), (100000.0, "CNY", None)]),
        # 4. a yearly standard per student, a rate per sitting or per case: no record
        ("奖励标准为每生每年1万元。", []),
        ("资助标准为每生每年5000元。", []),
        ("资助标准为每生每学年4000元。", []),
        ("国家奖学金每生每年8000元。", []),
        ("补助标准为每名学生每年3000元。", []),
        ("人民陪审员参审补助为每人每次参审100元。", []),
        ("法律援助律师办案补贴每案500元。", []),
        # NEGATIVE: a share per recipient per year, counted recipients, a total paid under the standard
        ("每名受助学生每年可获得3000元资助。", [(3000.0, "CNY", None)]),
        ("每生每年资助3000元。", [(3000.0, "CNY", None)]),
        ("为50名贫困生每生每年资助3000元。", [(3000.0, "CNY", None)]),
        ("今年发放国家奖学金50万元，每生每年8000元。", [(500000.0, "CNY", "国家奖学金")]),
        ("学校按每生每年1000元的标准发放生活补助共计60万元。", [(600000.0, "CNY", "生活补助")]),
    ],
)
def test_standards_per_head(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
