"""Speaker and funding shapes of posts ending in 长, model names, fund parts and wage cases.
Invented sentences; the expected values follow corpus/GUIDELINES.md §4 (speakers) and §6 (funding).

- A title ending in 长 of a class (二班班长孙磊) opened the compound surname 长孙 (长孙磊): the 长 of any post of
  job_titles.txt that ends in 长 ends that post (§4 name: the personal name only).
- A model name running over 向/为/给 into the recipient's name (施永向康宁颁发…) was one person: the one who acts is
  the first name (§4 name).
- Funding parts after 其中 were missed: 其中奖学金 read the exclusion word 中奖 across 其中|奖学金, and 涉农民工工资案款
  (execution money a court hands out, §6 eleventh round) the pay word 工资; a bare fund word of a later list item
  (…、助学金400万元) took the fund named before the earlier item (§6: each stated amount one record).
- A total only proposed (拟投资总额约20亿元) was recorded: money only intended, no record (§6).
- 县长王明推介了… read no name (推介 is no stop word after a name), so a following 他说 was lost (§4: X说 at the event).
- A lecture told as 为…读者带来了一场…讲座 gave no role, or 讲话 from a later 他强调, instead of 作报告 (§4: 作专题讲座).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，学校召开表彰大会，三年级二班班长孙磊作为学生代表发言。", {"孙磊": ("三年级二班班长", ("发言",))}),
        ("5月6日，学校召开表彰大会，二班班长孙磊发言。", {"孙磊": ("二班班长", ("发言",))}),
        ("5月6日，学校召开表彰大会，三年级二班班长孙磊作为代表发言。", {"孙磊": ("三年级二班班长", ("发言",))}),
        # NEGATIVE: a 长 after no post still opens 长孙; other titles and surnames keep their reading
        ("5月6日，座谈会召开，副主任长孙明主持会议。", {"长孙明": ("副主任", ("主持",))}),
        ("5月6日，学校召开表彰大会，三年级二班班长王磊作为学生代表发言。", {"王磊": ("三年级二班班长", ("发言",))}),
        ("5月6日，学校召开表彰大会，江城一中校长孙磊作为校长代表发言。", {"孙磊": ("江城一中校长", ("发言",))}),
    ],
)
def test_post_ending_in_zhang_opens_no_compound_surname(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，颁奖仪式举行。施永向康宁颁发奖杯，并致辞。", {"施永": (None, ("颁奖", "致辞"))}),
        ("5月6日，颁奖仪式举行。施永为康宁颁发奖杯，并致辞。", {"施永": (None, ("颁奖", "致辞"))}),
        ("5月6日，颁奖仪式举行。施永给康宁颁发奖杯，并致辞。", {"施永": (None, ("颁奖", "致辞"))}),
        ("5月6日，颁奖仪式举行。会上，施永向康宁颁发了聘书。", {"施永": (None, ("颁奖",))}),
        # NEGATIVE: names the model reads apart keep their reading
        ("5月6日，颁奖仪式举行。王立军向陈思远颁发奖杯，并致辞。", {"王立军": (None, ("颁奖", "致辞"))}),
        ("5月6日，颁奖仪式举行。局长施永向康宁颁发奖杯。", {"施永": ("局长", ("颁奖",))}),
    ],
)
def test_model_name_cut_at_preposition(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县教育局共发放资金1000万元，其中奖学金600万元、助学金400万元。",
         [(10000000.0, "CNY", None), (6000000.0, "CNY", "奖学金"), (4000000.0, "CNY", "助学金")]),
        ("今年以来，县教育局共发放资金1000万元，其中助学金400万元、奖学金600万元。",
         [(10000000.0, "CNY", None), (4000000.0, "CNY", "助学金"), (6000000.0, "CNY", "奖学金")]),
        ("学校共发放奖励1000万元，其中奖金600万元。", [(10000000.0, "CNY", None), (6000000.0, "CNY", "奖金")]),
        # NEGATIVE: winning a prize draw, and a bare fund word named before the amount, keep today's reading
        ("彩民中奖500万元。", []),
        ("今年以来，县教育局发放助学金400万元。", [(4000000.0, "CNY", "助学金")]),
        ("今年，市人社局共拨付补助资金800万元，其中就业补贴500万元、培训补贴300万元。",
         [(8000000.0, "CNY", None), (5000000.0, "CNY", "就业补贴"), (3000000.0, "CNY", "培训补贴")]),
    ],
)
def test_fund_parts_after_qizhong(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def _amounts(record: dict) -> list[float]:
    return [amount for amount, _currency, _purpose in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县法院集中发放执行案款560万元，其中涉农民工工资案款215万元。", [5600000.0, 2150000.0]),
        ("5月6日，县法院发放执行案款300万元，其中农民工工资执行案款120万元。", [3000000.0, 1200000.0]),
        # NEGATIVE: wages themselves stay no funding
        ("5月6日，县法院发放执行案款560万元，其中农民工工资215万元。", [5600000.0]),
        ("公司向全体员工发放工资300万元。", []),
    ],
)
def test_wage_case_money_paid(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("该项目拟投资总额约20亿元。", []),
        ("某集团拟在我县建设新能源基地，拟投资总额50亿元。", []),
        ("该项目拟投入总额3亿元。", []),
        # NEGATIVE: a signing's total, and a project's total with no 拟, keep today's reading
        ("5月6日，签约仪式举行，某集团与县政府签约，项目拟投资总额20亿元。", [2000000000.0]),
        ("该项目投资总额20亿元，已于去年开工。", [2000000000.0]),
        ("该项目总投资20亿元，已于去年开工。", [2000000000.0]),
    ],
)
def test_proposed_investment_total(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，我县招商推介会在上海举行。县长王明推介了我县的投资环境。他说，我县区位优势明显。",
         {"王明": ("县长", ("讲话",))}),
        ("5月6日，我县招商推介会在上海举行。县长王明推介我县优势产业。他说，我县区位优势明显。",
         {"王明": ("县长", ("讲话",))}),
        ("5月6日，我县招商推介会在上海举行。会上，县长王明推介了我县的投资环境。他表示，我县区位优势明显。",
         {"王明": ("县长", ("讲话",))}),
        # NEGATIVE: 推介 alone is no role (§4 closed list)
        ("5月6日，我县招商推介会在上海举行。县长王明推介了我县的投资环境。", {}),
        ("5月6日，我县招商推介会在上海举行。县长王明介绍了我县的投资环境。他说，我县区位优势明显。",
         {"王明": ("县长", ("讲话",))}),
    ],
)
def test_promotion_then_remarks(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县图书馆举办读书讲座。北京大学教授张明为到场的200余名读者带来了一场精彩的讲座。",
         {"张明": ("北京大学教授", ("作报告",))}),
        ("5月6日，县图书馆举办读书讲座。北京大学教授张明为读者带来了一场精彩的讲座。他说，读书要有恒心。",
         {"张明": ("北京大学教授", ("作报告",))}),
        ("5月6日，县图书馆举办“江城讲坛”。北京大学教授张明为现场150余名读者带来了一场题为“唐诗之美”的讲座。",
         {"张明": ("北京大学教授", ("作报告",))}),
        ("5月6日，县图书馆举办“江城讲坛”。北京大学教授张明为读者带来了一场关于唐诗的讲座，他说，唐诗是中华文化的瑰宝。",
         {"张明": ("北京大学教授", ("作报告",))}),
        # NEGATIVE: a show brought, a party lecture, and praise of a lecture keep today's reading
        ("5月6日，县图书馆举办读书讲座。北京大学教授张明为读者带来了一场精彩的演出。他说，读书要有恒心。",
         {"张明": ("北京大学教授", ("讲话",))}),
        ("5月6日，县图书馆举办读书讲座。北京大学教授张明为读者带来了一堂生动的党课。",
         {"张明": ("北京大学教授", ("讲党课",))}),
        ("5月6日，县图书馆举办读书讲座。北京大学教授张明表示，这次讲座为读者带来了新的知识。",
         {"张明": ("北京大学教授", ("讲话",))}),
    ],
)
def test_lecture_brought_to_listeners(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
