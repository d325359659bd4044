"""Rulings of the seventeenth review round on speakers' roles (invented sentences only).

Found: main read a year's work summary (`作年度工作总结`, `作2024年工作总结`) as a summing-up address (讲话); a proposal
with its object at a council session (`委员王强建议开设法治讲座`) or with an object outside a short verb list
(`建议各部门加快…`) as nothing; a representative who receives a trophy and then speaks as nobody (the name was not read
before 接过, and `接过奖杯` was taken for a prize named after the name); conferring degrees (`授予学位`) and handing
over diplomas (`颁发学位证书`) as 颁奖 (only the first is changed here: reading diplomas handed over as no award lowered
the held-out aggregates, so that half is left for the lead); and a department after a representative label as no organization.

§4 seventeenth review round: "a year's work summary given as the meeting's business (`支队长X作年度工作总结`,
`作2024年工作总结`) is 作报告, like `作工作报告`; a closing summary of the meeting (`作总结讲话`, `作会议总结`) stays 讲话."

§4 seventeenth review round: "A proposal spoken with its object and no comma at a council session or 座谈会 the text
tells (`委员王强建议开设法治讲座`, `X建议各部门加快…`) is 讲话, as the fourteenth round's `委员X建议…` says (rows that read
none are changed); `建议` as a noun (`建议书`, `建议被采纳`, `X建议的项目`) or a written proposal gives none."

§4 seventeenth review round: "receiving and then addressing (`获奖代表X接过奖杯后发言`, `…接过奖杯，作了交流发言`) is 发言,
while `接过…后激动地说` stays a reaction."

§4 seventeenth review round: "Conferring degrees (`授予学位`, `拨穗正冠`, `颁发学位证书`) is no 颁奖: a degree is no
honour (§5). A department after a representative label (`毕业生代表、电机工程系X`) is the organization, the title
`null`."
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

# -- §4: a year's work summary given is a report ----------------------------------------------------------------------

SUMMING_UP = "3月5日，县应急管理局召开年终总结会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月5日，市消防救援支队召开2024年度总结表彰大会。支队长王刚作年度工作总结。", {"王刚": ("支队长", ("作报告",))}),
        (SUMMING_UP + "局长李明作2024年工作总结。", {"李明": ("局长", ("作报告",))}),
        ("3月5日，市税务局召开年度工作会议。局长陈华作了2023年度工作总结。", {"陈华": ("局长", ("作报告",))}),
        (SUMMING_UP + "局长李明主持会议，副局长赵敏作全年工作总结。",
         {"李明": ("局长", ("主持",)), "赵敏": ("副局长", ("作报告",))}),
        # (negatives kept: a closing summary of the meeting, a summary address, a summary report, a summary heard)
        ("3月5日，市消防救援支队召开总结大会。支队政委刘强作总结讲话。", {"刘强": ("支队政委", ("讲话",))}),
        (SUMMING_UP + "局长李明作会议总结。", {"李明": ("局长", ("讲话",))}),
        (SUMMING_UP + "局长李明作了总结发言。", {"李明": ("局长", ("发言",))}),
        ("3月5日，区总工会召开全委会议，区总工会主席张丽作年度工作总结报告。", {"张丽": ("区总工会主席", ("作报告",))}),
        (SUMMING_UP + "局长李明作大会总结。", {"李明": ("局长", ("讲话",))}),
    ],
)
def test_year_work_summary_is_a_report(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4: conferring degrees is no 颁奖 ---------------------------------------------------------------------------------

GRADUATION = "6月20日，江城大学2024届毕业典礼在体育馆举行。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GRADUATION + "校长王伟为毕业生授予学位。", {}),
        (GRADUATION + "校长王伟为毕业生授予学士学位。", {}),
        (GRADUATION + "校长王伟为毕业生拨穗正冠。", {}),
        (GRADUATION + "校长王伟为毕业生授予学士学位和硕士学位。", {}),
        (GRADUATION + "校长王伟为毕业生授予学位，副校长李红为优秀毕业生代表颁发了证书。", {"李红": ("副校长", ("颁奖",))}),
        # (negatives kept: an honour or prize presented at the same ceremony keeps 颁奖)
        (GRADUATION + "校长王伟为优秀毕业生颁发荣誉证书。", {"王伟": ("校长", ("颁奖",))}),
        (GRADUATION + "校长王伟为毕业生授予学位，并为优秀毕业生颁奖。", {"王伟": ("校长", ("颁奖",))}),
        (GRADUATION + "校长王伟为获奖教师颁发奖杯。", {"王伟": ("校长", ("颁奖",))}),
        (GRADUATION + "校长王伟为毕业生授予学位和荣誉称号。", {"王伟": ("校长", ("颁奖",))}),
        (GRADUATION + "校长王伟为知名校友授予荣誉博士学位。", {"王伟": ("校长", ("颁奖",))}),
    ],
)
def test_degrees_conferred_are_no_award(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4: a proposal spoken with its object at a council session or 座谈会 -------------------------------------------------

FORUM = "3月5日，县政协召开座谈会。"
STANDING = "5月6日，市政协召开常委会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (STANDING + "委员王强建议开设法治讲座。", {"王强": ("委员", ("讲话",))}),
        (STANDING + "委员王强还建议开设法治讲座。", {"王强": ("委员", ("讲话",))}),
        (FORUM + "县委书记张明建议各部门加快建设县城停车场。", {"张明": ("县委书记", ("讲话",))}),
        (FORUM + "委员李华建议县政府加大对乡村教育的投入。", {"李华": ("委员", ("讲话",))}),
        ("5月6日，县人大常委会召开第十次会议。代表陈刚建议将老旧小区改造纳入民生实事。", {"陈刚": (None, ("讲话",))}),
        # (negatives kept: 建议 as a noun, a written proposal, no council session or forum told, an adverb of time)
        (FORUM + "县委书记张明建议的项目已经落地。", {}),
        (FORUM + "县委书记张明讲话。委员李华建议被采纳。", {"张明": ("县委书记", ("讲话",))}),
        (FORUM + "县委书记张明讲话，委员李华建议书很有价值。", {"张明": ("县委书记", ("讲话",))}),
        (FORUM + "县委书记张明讲话，委员李华建议得到采纳。", {"张明": ("县委书记", ("讲话",))}),
        (FORUM + "县委书记张明讲话，委员李华提交的建议很有价值。", {"张明": ("县委书记", ("讲话",))}),
        ("5月6日，市民王强建议开设法治讲座。", {}),
        ("3月5日，县政府召开常务会议。县长李明建议各部门加快进度。", {}),
        (STANDING + "委员王强此前建议开设法治讲座。", {}),
    ],
)
def test_proposal_with_its_object_is_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4: receiving, then addressing ----------------------------------------------------------------------------------

CEREMONY = "5月6日，市总工会召开劳模表彰大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (CEREMONY + "获奖代表陈立接过奖杯后发言。", {"陈立": (None, ("发言",))}),
        (CEREMONY + "获奖代表陈立接过奖杯，作了交流发言。", {"陈立": (None, ("发言",))}),
        (CEREMONY + "获奖职工代表陈立接过奖杯后作了发言。", {"陈立": (None, ("发言",))}),
        (CEREMONY + "获奖代表王建国接过荣誉证书后上台发言。", {"王建国": (None, ("发言",))}),
        (CEREMONY + "获奖代表陈立接过话筒后发言。", {"陈立": (None, ("发言",))}),
        # (negatives kept: a recipient's soft words after the receipt stay a reaction; a receipt alone; the tenth
        # round's spokesman, whose soft words after a receipt tests/extract/pages/test_alumni_labels_and_reactions.py keeps as 讲话)
        (CEREMONY + "王强接过奖杯后激动地说，感谢组织。", {}),
        (CEREMONY + "劳模王强接过奖杯后说，感谢组织。", {}),
        (CEREMONY + "王强接过奖杯时表示，感谢组织。", {}),
        (CEREMONY + "获奖代表陈立接过奖杯。", {}),
        (CEREMONY + "获奖代表陈立接过奖杯后激动地说，这份荣誉属于大家。", {"陈立": (None, ("讲话",))}),
        (CEREMONY + "接过奖杯的获奖职工代表陈立说，感谢组织。", {"陈立": (None, ("讲话",))}),
    ],
)
def test_receiving_then_addressing_is_a_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4: a department after a representative label -------------------------------------------------------------------


def _people(record: dict) -> dict[str, tuple]:
    return {s["name"]: (s["title"], s["organization"], tuple(s["roles"])) for s in record["speakers"]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GRADUATION + "毕业生代表、电机工程系林子涵致谢词。", {"林子涵": (None, "电机工程系", ("致辞",))}),
        (GRADUATION + "毕业生代表、机械工程学院王晓明发言。", {"王晓明": (None, "机械工程学院", ("发言",))}),
        (GRADUATION + "教师代表、外国语学院李芳发言。", {"李芳": (None, "外国语学院", ("发言",))}),
        (GRADUATION + "在校生代表、三年二班黄小雨致辞。", {"黄小雨": (None, "三年二班", ("致辞",))}),
        # (negatives kept: a post after the department, a department heading a title, no department)
        (GRADUATION + "毕业生代表、电机工程系学生林子涵致谢词。", {"林子涵": ("电机工程系学生", None, ("致辞",))}),
        (GRADUATION + "毕业生代表、电机工程系教授林子涵致辞。", {"林子涵": ("电机工程系教授", None, ("致辞",))}),
        (GRADUATION + "电机工程系主任林子涵致辞。", {"林子涵": ("电机工程系主任", None, ("致辞",))}),
        (GRADUATION + "毕业生代表林子涵致谢词。", {"林子涵": (None, None, ("致辞",))}),
    ],
)
def test_department_after_representative_label(extract, body: str, expected: dict) -> None:
    assert _people(extract(page(body))) == expected
