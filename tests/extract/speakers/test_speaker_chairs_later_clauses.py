"""Speaker phrasings: the
chair's later 并 clause after clauses with no subject of their own that do not end in 了 (专题研究…, 认真传达
学习了…, 通报…), and after a clause relaying a named leader's words.  Clauses that open on a subject of their
own (党员们, 大家, …代表, …负责人) still keep the later clause from the chair.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "5月7日，县委召开常委会会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an adverb before the verb, or a verb with no 了: still the chair's own act
        ("县委书记李强主持会议，专题研究乡村振兴工作，并作总结讲话。", {"李强": ("县委书记", ("主持", "讲话"))}),
        ("县长张立主持会议，认真传达学习了上级会议精神，并作总结讲话。", {"张立": ("县长", ("主持", "讲话"))}),
        ("县长张立主持会议，通报一季度经济运行情况，并提出工作要求。", {"张立": ("县长", ("主持", "讲话"))}),
        ("县委书记李强主持会议，深入分析当前形势，研究部署下一步工作，并作总结讲话。",
         {"李强": ("县委书记", ("主持", "讲话"))}),
        # people named as the object of the chair's verb, not as a subject
        ("县委书记李强主持会议，专题研究党员教育管理工作，并作总结讲话。", {"李强": ("县委书记", ("主持", "讲话"))}),
        ("县委书记李强主持会议，听取各乡镇负责人工作汇报，并作总结讲话。", {"李强": ("县委书记", ("主持", "讲话"))}),
        # two subjectless clauses before the later one
        ("县长张立主持会议，传达学习省委全会精神，研究部署安全生产工作，并作总结讲话。",
         {"张立": ("县长", ("主持", "讲话"))}),
    ],
)
def test_a_later_clause_after_subjectless_clauses_is_the_chairs(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("镇党委书记陈刚主持会议，党员们认真学习了党章，并作交流发言。", {"陈刚": ("镇党委书记", ("主持",))}),
        ("县委书记李强主持会议，委员们审议了相关议题，并作总结讲话。", {"李强": ("县委书记", ("主持",))}),
        ("县委书记李强主持会议，大家围绕主题教育进行了深入讨论，并作交流发言。", {"李强": ("县委书记", ("主持",))}),
        ("县委书记李强主持会议，班子成员逐一进行对照检查，并作表态发言。", {"李强": ("县委书记", ("主持",))}),
        ("县委书记李强主持会议，村民代表围绕村务公开提出意见，并作表态发言。", {"李强": ("县委书记", ("主持",))}),
        ("县长王军作动员讲话，乡镇主要负责人签订了安全生产责任书，并作表态发言。", {"王军": ("县长", ("讲话",))}),
        ("县委书记李强主持会议，与会人员观看了警示教育片，并作交流发言。", {"李强": ("县委书记", ("主持",))}),
        # another person named as the subject takes the later clause
        ("县委书记李强主持会议，县委副书记王军传达省委全会精神，并作总结讲话。",
         {"李强": ("县委书记", ("主持",)), "王军": ("县委副书记", ("讲话",))}),
    ],
)
def test_a_later_clause_after_a_clause_with_its_own_subject_is_not_the_chairs(
    extract, body: str, expected: dict
) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县长张立主持召开县政府常务会议，传达学习习近平总书记重要讲话精神，研究部署安全生产工作，并作总结讲话。",
         {"张立": ("县长", ("主持", "讲话"))}),
        # the relayed words alone give no 讲话
        ("县长张立主持召开县政府常务会议，传达学习习近平总书记重要讲话精神。", {"张立": ("县长", ("主持",))}),
        ("县委书记陈红主持会议，领学了省委书记李明在全省教育大会上的重要讲话。", {"陈红": ("县委书记", ("主持", "宣读"))}),
        # a leader opening a clause of their own still ends the chair's clauses
        ("县长张立主持会议，传达了市委书记王明的讲话精神，县委书记李强作总结讲话。",
         {"张立": ("县长", ("主持",)), "李强": ("县委书记", ("讲话",))}),
    ],
)
def test_a_leader_relayed_inside_a_clause_does_not_end_the_chairs_clauses(
    extract_with_model, body: str, expected: dict
) -> None:
    assert speakers(extract_with_model(page("5月7日，" + body))) == expected
