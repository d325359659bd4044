"""Speaker phrasings: a title chain ending in a worker's
occupation (装卸工人, 焊工, 电工, 农民), also after a representative label; the organization a determiner
(该行, 该公司, 该校, 该院) stands for when the article named that body just before; 作了<year>年度述职报告 read
as 述职 only.  Near misses that must not change are kept beside them (a palace of culture after 工人, a label
alone, a determiner whose body is unclear or named nowhere, a work report).  Invented sentences; the expected
values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §4 title: the chain as written, an occupation ending it; a representative label before it dropped
        ("4月28日，市总工会召开表彰大会。劳模代表、临港港务集团装卸工人张卫东发言。",
         {"张卫东": ("临港港务集团装卸工人", ("发言",))}),
        ("4月28日，市总工会召开表彰大会。临港港务集团装卸工人张卫东发言。",
         {"张卫东": ("临港港务集团装卸工人", ("发言",))}),
        ("5月1日，区总工会召开劳模座谈会。中建三局焊工刘强、国网供电公司电工孙伟先后发言。",
         {"刘强": ("中建三局焊工", ("发言",)), "孙伟": ("国网供电公司电工", ("发言",))}),
        ("5月1日，全县乡村振兴座谈会召开。石桥村农民陈大山发言。", {"陈大山": ("石桥村农民", ("发言",))}),
        ("5月1日，市总工会召开表彰大会。市环卫处环卫工人李秀兰作交流发言。",
         {"李秀兰": ("市环卫处环卫工人", ("发言",))}),
        # (negatives: a palace of culture after 工人 or 教师 is a body, the post after it the title; a label alone
        # stays no title; the newspaper 工人日报's reporter is no speaker; an occupation inside a body's name stays)
        ("4月28日，市总工会召开座谈会。市工人文化宫主任王强主持会议。",
         {"王强": ("市工人文化宫主任", ("主持",))}),
        ("4月28日，市教育局召开座谈会。市教师文化宫主任王强主持会议。",
         {"王强": ("市教师文化宫主任", ("主持",))}),
        ("4月28日，市总工会召开表彰大会。工人代表张强发言。", {"张强": (None, ("发言",))}),
        ("4月28日，市总工会召开座谈会。市电工学会会长李明发言。", {"李明": ("市电工学会会长", ("发言",))}),
        ("4月28日，市总工会召开座谈会。工人日报记者李明报道。", {}),
    ],
)
def test_an_occupation_ending_the_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def _organizations(record: dict) -> dict[str, tuple]:
    return {s["name"]: (s["title"], s["organization"]) for s in record["speakers"]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §4 organization, given apart from the title: the body the determiner refers back to
        ("2月13日，江城农商银行召开2024年度工作会议。该行党委书记、董事长齐海军致辞，该行行长司马远航主持会议。",
         {"齐海军": ("党委书记、董事长", "江城农商银行"), "司马远航": ("行长", "江城农商银行")}),
        ("2月13日，华宇科技有限公司召开年度总结大会。该公司总经理王强作工作报告。",
         {"王强": ("总经理", "华宇科技有限公司")}),
        ("9月1日，江南大学举行2024级新生开学典礼。该校校长李明致辞。", {"李明": ("校长", "江南大学")}),
        ("3月5日，市第一人民医院召开职工代表大会。该院院长张华作工作报告。", {"张华": ("院长", "市第一人民医院")}),
        # (negatives: two bodies of the kind named before, or none opening a clause: the reference unclear, null;
        # 该行业协会 is no determiner of a bank)
        ("2月13日，华宇科技有限公司召开总结会，远航贸易有限公司应邀参加。该公司总经理王强致辞。",
         {"王强": ("总经理", None)}),
        ("记者从华宇科技有限公司获悉，2月13日该公司召开年度总结大会。该公司总经理王强作工作报告。",
         {"王强": ("总经理", None)}),
        ("2月13日，年会召开。该行业协会会长王强致辞。", {"王强": ("该行业协会会长", None)}),
    ],
)
def test_the_body_a_determiner_stands_for(extract, body: str, expected: dict) -> None:
    assert _organizations(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §4: 述职 (by a named person), a 述职报告 is no lecture (作报告): 述职 only, with a year or a post between
        ("5月29日，华泰重工召开2024年年度股东大会。独立董事李明远作了2024年度述职报告。",
         {"李明远": ("独立董事", ("述职",))}),
        ("5月29日，华泰重工召开2024年年度股东大会。独立董事李明远作独立董事年度述职报告。",
         {"李明远": ("独立董事", ("述职",))}),
        ("1月19日，县纪委召开全会。县纪委书记王强作了2024年度述责述廉报告。",
         {"王强": ("县纪委书记", ("述职",))}),
        # (negatives: a work report stays 作报告; a plain 述职报告 stays 述职)
        ("5月29日，华泰重工召开2024年年度股东大会。总经理李明远作了2024年度工作报告。",
         {"李明远": ("总经理", ("作报告",))}),
        ("5月29日，华泰重工召开2024年年度股东大会。独立董事李明远作了述职报告。",
         {"李明远": ("独立董事", ("述职",))}),
    ],
)
def test_an_annual_account_report(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
