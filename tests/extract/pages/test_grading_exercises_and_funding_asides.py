"""Award and funding shapes of grading exercises and asides (GUIDELINES §5 and §6, twenty-first review round).

Found: grades of an evaluation and grading exercise (评估定级…被评为“一级图书馆”) were read as honours; an honour the
holders received at another occasion (另有…获…奖，已于…接受表扬) was read as this event's; Taiwan's grades listed after
計有/共有 (頒發「X獎」，計有特優3校、優等7校…) gave only the first count under the prize's bare name, or nothing; an honour
set as the topic before 方面 with only a count of holders after it (功績勳章方面，共有十四名人士及實體獲頒) was missed; a
list row opening on a written year (2024年度最佳新人 5名) gave nothing, where the year is dropped and the honour kept; a body's
total of grants over a whole past year with no use (去年全年共批出资助约五亿元) and a scheme's yearly range per recipient with
no recipients counted (各区关爱队每年可获资助四十万至八十万元) were funding records. Each row is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page

# (sentence, expected awards) — §5 twenty-first round: grades of an evaluation, another event's honour, grades after 計有.
AWARD_ROWS = [
    # grading exercise: no record
    ("部里公布第七次全国公共图书馆评估定级结果，全国共有1180个公共图书馆被评为“一级图书馆”。", []),
    ("本次等级评定中，我市共有35家博物馆被评为“二级博物馆”。", []),
    ("经过定级评估，全省共有40家文化馆被评定为“一级文化馆”。", []),
    # another event's honour: no record
    ("今年本縣另有5位教師獲教育部師鐸獎，已於上月赴台北接受表揚。", []),
    ("此外，另有4位志工獲頒內政部績優志工獎，已於10月在台北接受表揚。", []),
    ("局长指出，另有2名职工荣获全国劳动模范称号，已于日前在北京受到表彰。", []),
    # grades after 計有/共有: one record per grade
    ("教育局于會中頒發「優良教師獎」，計有特優5校、優等9校、甲等14校獲獎。",
     [("优良教师奖特优", 5, "校", "organization"), ("优良教师奖优等", 9, "校", "organization"),
      ("优良教师奖甲等", 14, "校", "organization")]),
    ("市府頒發「環保績優獎」，共有特優2個、優等6個、甲等10個單位獲獎。",
     [("环保绩优奖特优", 2, "个", "organization"), ("环保绩优奖优等", 6, "个", "organization"),
      ("环保绩优奖甲等", 10, "个", "organization")]),
    ("頒獎典禮共有特優社區4個、優等社區7個、甲等社區12個獲獎。",
     [("特优社区", 4, "个", "organization"), ("优等社区", 7, "个", "organization"), ("甲等社区", 12, "个", "organization")]),
    ("典禮中頒發「績優農會獎」，計有特優1家、優等4家。",
     [("绩优农会奖特优", 1, "家", "organization"), ("绩优农会奖优等", 4, "家", "organization")]),
    # an honour as the topic before 方面, then its holders' count (§5; people and bodies: no single kind)
    ("今年金蓮花榮譽勳章方面，共有兩名人士獲頒；功績勳章方面，共有十二名人士及實體獲頒。",
     [("金莲花荣誉勋章", 2, "名", "person"), ("功绩勋章", 12, "名", None)]),
    ("銀紫荊星章方面，有二十五人獲頒。", [("银紫荆星章", 25, "人", "person")]),
    ("功績勳章方面，今年共有十名人士獲頒。", [("功绩勋章", 10, "名", "person")]),
    # a written year opening a list row is dropped (§5 21st round)
    ("获奖名单如下：\n2024年度最佳新人    5名\n2024年度优秀员工    30名",
     [("最佳新人", 5, "名", "person"), ("优秀员工", 30, "名", "person")]),
    ("公司表彰了一批先进，获奖名单如下：\n2023年度优秀员工    30名\n2023年度先进集体 4个",
     [("优秀员工", 30, "名", "person"), ("先进集体", 4, "个", "organization")]),
    ("获奖名单如下：\n| 2024年度优秀员工 | 45名 |\n| 2024年度先进集体 | 6个 |",
     [("优秀员工", 45, "名", "person"), ("先进集体", 6, "个", "organization")]),
    # NEGATIVE: near misses that keep today's output
    ("获奖名单如下：\n年度最佳新人    5名\n年度优秀员工    30名",
     [("年度最佳新人", 5, "名", "person"), ("年度优秀员工", 30, "名", "person")]),
    ("公司业绩如下：\n2023年新增客户    500名\n2023年新增门店    30家", []),
    ("嘉獎方面，共有八名人士及團體獲頒榮譽獎狀。", [("荣誉奖状", 8, "名", None)]),
    ("教育方面，共有十四名人士獲頒獎學金。", [("奖学金", 14, "名", "person")]),
    ("工作方面，共有十名人士出席。", []),
    ("奖章方面，共有12名人士获提名。", []),
    ("勋章方面，我市历年来共有30人获得。", []),
    ("市委市政府表彰大会上，12个单位被评为“文明单位”。", [("文明单位", 12, "个", "organization")]),
    ("经评选，全县28个村被评为“美丽乡村示范村”。", [("美丽乡村示范村", 28, "个", "organization")]),
    ("會上，5名教師獲評優秀教師，已在大會上接受表揚。", [("优秀教师", 5, "名", "person")]),
    ("今年本縣有5位教師獲教育部師鐸獎。", [("教育部师铎奖", 5, "位", "person")]),
    ("大會表彰了12名優秀教師，另有3位教師獲頒師鐸獎。",
     [("优秀教师", 12, "名", "person"), ("师铎奖", 3, "位", "person")]),
    ("本市計有國小12校、國中5校參加評比。", []),
    ("頒發「優良教師獎」，計有教師20名出席。", []),
    ("本次頒發「社區營造獎」，計有金質獎3隊、銀質獎5隊、銅質獎8隊。",
     [("金质奖", 3, "队", "organization"), ("银质奖", 5, "队", "organization"), ("铜质奖", 8, "队", "organization")]),
]


@pytest.mark.parametrize(("body", "expected"), AWARD_ROWS)
def test_awards(extract, body, expected):
    assert honours(extract(page(body))) == expected


# (sentence, expected funding) — §6 twenty-first round: a past year's total with no use, a scheme's yearly range.
FUNDING_ROWS = [
    ("据了解，基金会去年全年共批出资助约五亿元。", []),
    ("基金会2023年全年共批出资助逾三亿元。", []),
    ("该局去年全年共發放津貼約八千萬元。", []),
    ("各区关爱队每年可获资助四十万至八十万元。", []),
    ("每个社区每年可获补助十万至二十万元。", []),
    ("各参与机构每年可获资助五十万至一百万元。", []),
    # NEGATIVE: a use stated, recipients counted, this event's grant, a single share per head
    ("基金会去年全年共批出资助约五亿元，用于支持社团活动。", [(500000000.0, "CNY", "支持社团活动")]),
    ("本次签约，基金会向12个社团批出资助约五千万元。", [(50000000.0, "CNY", None)]),
    ("首批12支关爱队每年可获资助四十万至八十万元。", [(400000.0, "CNY", None)]),
    ("去年共拨付资金800万元修建乡村道路。", [(8000000.0, "CNY", "修建乡村道路")]),
]


@pytest.mark.parametrize(("body", "expected"), FUNDING_ROWS)
def test_funding(extract, body, expected):
    assert grants(extract(page(body))) == expected
