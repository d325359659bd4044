"""A project that got a grant, named in quote marks or after a long lead: the purpose is the project, never a name
cut inside a word by the reader's length limit."""

import pytest


@pytest.mark.parametrize(
    ("text", "purposes"),
    [
        # quoted project after a long lead naming who leads it
        ("5月8日，研资局公布结果。由化学系讲座教授李嘉豪领导的「新型固态电池电解质的设计与制备」项目获拨款约八百五十万港元。",
         ["新型固态电池电解质的设计与制备项目"]),
        ("5月8日，由护理学院陈慧敏教授领导的“香港长者认知障碍早期筛查及干预”项目获拨款约七百八十万港元。",
         ["香港长者认知障碍早期筛查及干预项目"]),
        # unquoted, the lead longer than the limit: what follows the last 的
        ("5月8日，由市农业科学研究院首席专家王建国研究员牵头承担的盐碱地水稻高产栽培技术示范项目获得资金300万元。",
         ["盐碱地水稻高产栽培技术示范项目"]),
        # NEGATIVE (unchanged): a short name from the clause start keeps its words
        ("5月8日，全县农村供水项目获得资金3200万元。", ["农村供水项目"]),
        ("5月8日，乡村振兴示范项目获得资金3200万元。", ["乡村振兴示范项目"]),
    ],
)
def test_project_got_purpose(extract, text: str, purposes: list) -> None:
    record = extract(text, "2024-05-10")
    assert [f["purpose"] for f in record["funding"]] == purposes
