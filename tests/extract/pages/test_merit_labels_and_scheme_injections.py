"""Hong Kong, Macau and Taiwan government releases.

Found on invented releases of that register:
- a label over the merit citations' total (本次有功员警共63人) read as an honour when the total follows the citations
  (GUIDELINES §5: "a label over their total (有功员警42人) is no honour");
- a budget bill proposed and sent for review after the amount (提出追加预算案，规模4.2亿元，将送请议会审议), a budget's
  total spending (预算总开支为…) and a budget speech's proposals (建议预留$100亿) read as funding (§6: a body's overall
  budget is a statistic; money only proposed is intended);
- a standing scheme's yearly level per district (政府每年为每区预留约二千万元) read as funding (§6: a scheme's usual
  amount is a rule);
- money put into a scheme named 资助计划 (为…资助计划注资十亿元) read as a plan to invest (§6), and money drawn on a
  reserve (动支第二预备金15亿元) not read as funding at all;
- the abbreviation closing an English gloss (香港城东大学 (City East University, CEU) 举行…) read as the organizer (§3).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市警察局昨日举行表扬典礼，计记一大功5人、记功2次18人、嘉奖2次40人，本次有功员警共63人。",
         [("记一大功", 5, "人", "person"), ("记功2次", 18, "人", "person"), ("嘉奖2次", 40, "人", "person")]),
        ("消防局昨日举行表扬大会，表扬有功人员42名，其中记功12人、嘉奖30人。",
         [("记功", 12, "人", "person"), ("嘉奖", 30, "人", "person")]),
        ("县警察局今日举行表扬大会，计记功3人、嘉奖25人，有功员警合计28人。",
         [("记功", 3, "人", "person"), ("嘉奖", 25, "人", "person")]),
        # (negatives: a prize category with no merit citation beside it, and an honour of police, stay)
        ("市政府今日举行体育节表扬大会，共表扬杰出教练19人、杰出运动员30人及有功人员14人。",
         [("杰出教练", 19, "人", "person"), ("杰出运动员", 30, "人", "person"), ("有功人员", 14, "人", "person")]),
        ("县公安局召开表彰大会，表彰“优秀民警”20名、先进集体3个。",
         [("优秀民警", 20, "名", "person"), ("先进集体", 3, "个", "organization")]),
    ],
)
def test_merit_label_over_total(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县府此次并提出113年度第一次追加预算案，规模4.2亿元，将送请议会审议。", []),
        ("市政府昨日提出年度预算修正案，新增支出3亿元，将提交市议会审议。", []),
        ("同日，全体会议亦一般性通过《2025年财政年度预算案》，预算总开支为澳门元1,180亿元。", []),
        ("全体会议通过明年预算案，预算总支出达新台币650亿元。", []),
        ("财政司司长今日举行记者会。他表示，预算案建议预留$100亿推动创新科技发展。", []),
        ("局长表示，报告建议拨款5亿元兴建新图书馆。", []),
        ("根据地区小型工程计划，政府每年为每区预留约二千万元，用于改善社区设施。", []),
        ("省财政每年给每个村安排10万元，用于村级组织运转。", []),
        # (negatives: money granted stays)
        ("县财政今年为每个村安排10万元，用于村级组织运转。", [(100000.0, "CNY", "村级组织运转")]),
        ("会议审议通过了追加预算案，安排资金500万元用于防汛。", [(5000000.0, "CNY", "防汛")]),
        ("县政府计划注资2亿元设立产业基金。", []),
    ],
)
def test_budget_and_scheme_levels(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("财委会同日亦批准为「乐龄科技普及化资助计划」注资十亿元，让更多安老服务单位购置科技产品。", 1e9),
        ("财委会同日批准为青年发展奖励计划注资3亿元。", 3e8),
        ("会中核定农业部动支第二预备金新台币15亿元，协助受台风影响的农民复耕。", 1.5e9),
        ("行政院今日核定动支第二预备金新台币3亿元，补助受灾县市。", 3e8),
    ],
)
def test_scheme_injection_and_reserve_drawn(extract, body, amount):
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("香港城东大学 (City East University, CEU) 今日上午于校园综合大楼礼堂举行第三十届学位颁授典礼。", None),
        # (negatives: a bracketed abbreviation alone, and a Latin name as the subject, keep their readings)
        ("香港城东大学（CEU）今日上午于校园综合大楼礼堂举行第三十届学位颁授典礼。", "香港城东大学"),
        ("IBM今日在北京举行新品发布会。", "IBM"),
    ],
)
def test_english_gloss_is_no_organizer(extract, body, organizer):
    assert [m[2] for m in held(extract(page(body)))] == [organizer]
