"""Rulings of the thirteenth review round on award counts (§5) and funding standards (§6).

1. §5: "a commendation by notice with a count and a named honour (`通报表扬八个“医德医风先进集体”`) is an award like
   `表彰`." The rules already read it so; the rows pin it, and the eleventh round's notice that names the honour only
   in its title (`12个单位受到通报表扬`) stays without a record.
2. §6: a reward promised per head to those who will qualify (`对考核优秀的特派员每人奖励5000元`) was read as a standard
   this round, then withdrawn (GUIDELINES §8: it removed records the invented held-out gold holds); the rows keep
   what stays: a standard per trainee is none, money paid per head to known people is one record.
3. §5: "A count picked out by an appraisal grade (`评出考核优秀乡镇5个`, `年度考核优秀公务员20名`) is the grade of an
   evaluation, like `评出甲等医院5家`: no award." Found: these were awards. Now an unquoted honour holding an appraisal
   word and grade (考核优秀, 考评良好) gives none; quoted honours (`“优秀公务员”` conferred by 表彰) stay awards.
4. §6: "A yearly standard per student (`奖励标准为每生每年1万元`) is a rate like `每名学生每年3000元`: no record. A rate
   per sitting or per case (`每人每次参审100元`, `每案500元`) is a rate." Found: 每生每年 was not read as per head, so
   the standard was a record. Now 每生 is a per-head word of the yearly standard. (A bare 每生每年 amount after a
   scheme's name, 国家奖学金每生每年8000元, was read as the standard too, then withdrawn with ruling 2, §8.)

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
        # 2. (withdrawn, GUIDELINES §8: a reward promised per head to those who will qualify stays a record, as the
        # invented gold reads it) a standard per trainee is none; money paid per head to known people is one record
        ("每培训1人补助800元。", []),
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
        ("补助标准为每名学生每年3000元。", []),
        ("人民陪审员参审补助为每人每次参审100元。", []),
        ("法律援助律师办案补贴每案500元。", []),
        # NEGATIVE: a share per recipient per year, counted recipients, a total paid under the standard
        ("每名受助学生每年可获得3000元资助。", [(3000.0, "CNY", None)]),
        ("每生每年资助3000元。", [(3000.0, "CNY", None)]),
        ("为50名贫困生每生每年资助3000元。", [(3000.0, "CNY", None)]),
        ("学校按每生每年1000元的标准发放生活补助共计60万元。", [(600000.0, "CNY", "生活补助")]),
    ],
)
def test_standards_per_head(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
