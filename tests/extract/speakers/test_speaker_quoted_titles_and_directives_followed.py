"""Speaker phrasings: quoted titles
with commas, report nouns handled as texts, directives followed, remarks relayed from other occasions, acts
shared with a partner or over a list, long clause chains, names running into a verb, organizations before
a name.  Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "3月4日，县委召开常委会会议。"


def organizations(record: dict) -> dict[str, tuple]:
    """Name -> (title, organization)."""
    return {s["name"]: (s["title"], s["organization"]) for s in record["speakers"]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市委书记王建军以“守初心，担使命”为题，为全市党员干部上了一堂党课。", {"王建军": ("市委书记", ("讲党课",))}),
        ("市委书记王建军以“弘扬伟大建党精神，奋力谱写新篇章”为题，为全市党员干部讲了一堂专题党课。",
         {"王建军": ("市委书记", ("讲党课",))}),
        ("市委书记王建军以“弘扬伟大建党精神，奋力谱写新篇章”为题，作专题辅导报告。", {"王建军": ("市委书记", ("作报告",))}),
        # the role word inside the quoted title is no role of its own
        ("市委书记王建军以“讲好党课，作好表率”为题，作专题辅导报告。", {"王建军": ("市委书记", ("作报告",))}),
    ],
)
def test_a_comma_inside_a_quoted_title_ends_no_clause(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委书记周强与代表们一起审议政府工作报告。", {}),
        ("县委书记周强参加代表团审议，与代表们一起审议政府工作报告。周强指出，要抓好落实。",
         {"周强": ("县委书记", ("讲话",))}),
        ("市长王平参加经济界别讨论，认真听取委员们对政府工作报告的意见建议。", {}),
        ("县委书记周强审议了县政府工作报告（征求意见稿）。", {}),
        ("县委书记周强认真听取政府工作报告起草情况汇报。", {}),
        ("县委书记周强对政府工作报告的修改提出意见。", {}),
        # the report given
        ("县长李强代表县人民政府作政府工作报告。", {"李强": ("县长", ("作报告",))}),
    ],
)
def test_a_report_handled_as_a_text_is_no_report_given(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "按照周洋书记的指示要求，会议对秋粮收购工作作了安排。",
        "会议按照周洋书记的指示要求，对秋粮收购工作作了安排。",
        "会议根据周洋书记的要求，对秋粮收购工作作了安排。",
        "遵照周洋书记的指示，会议对秋粮收购工作作了安排。",
    ],
)
def test_a_directive_followed_is_no_speech(extract, body: str) -> None:
    assert speakers(extract(page(MEETING + body))) == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议指出，市委书记周洋在调研时强调，要抓好防汛工作。", {}),
        ("县长刘刚主持会议。刘刚指出，周洋书记在全市干部大会上强调，要抓好防汛工作。",
         {"刘刚": ("县长", ("主持", "讲话"))}),
        ("周洋书记在上周的调研中要求，要抓好防汛工作。", {}),
        # remarks at this meeting stay
        ("市委书记周洋出席会议并讲话。周洋书记在会上强调，要抓好防汛工作。", {"周洋": ("市委书记", ("讲话",))}),
    ],
)
def test_remarks_from_another_occasion_are_relayed(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委副书记李明宣读表彰决定，并与县长王军为获奖代表颁奖。",
         {"李明": ("县委副书记", ("宣读", "颁奖")), "王军": ("县长", ("颁奖",))}),
        ("县委副书记李明宣读了《关于表彰先进集体的决定》，并与县长王军一起为获奖代表颁奖。",
         {"李明": ("县委副书记", ("宣读", "颁奖")), "王军": ("县长", ("颁奖",))}),
        ("县委副书记李明宣读表彰决定后，与县长王军一同为获奖代表颁奖。",
         {"李明": ("县委副书记", ("宣读", "颁奖")), "王军": ("县长", ("颁奖",))}),
        ("县委书记周强同县长王军为获奖代表颁奖。", {"周强": ("县委书记", ("颁奖",)), "王军": ("县长", ("颁奖",))}),
        # a partner only met gives no act
        ("县委副书记李明宣读表彰决定，并与获奖代表刘洋合影留念。", {"李明": ("县委副书记", ("宣读",))}),
    ],
)
def test_an_act_done_with_a_partner(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body.join(("3月4日，县委召开表彰大会。", ""))))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("区委书记孙宏通报了有关情况，企业家代表、县商会会长王德明，县工商联主席李秀英先后发言。",
         {"王德明": ("县商会会长", ("发言",)), "李秀英": ("县工商联主席", ("发言",))}),
        ("会上，区委书记孙宏通报了有关情况，县商会会长王德明、县工商联主席李秀英先后发言。",
         {"王德明": ("县商会会长", ("发言",)), "李秀英": ("县工商联主席", ("发言",))}),
        ("区委书记孙宏观看了展览，县商会会长王德明、县工商联主席李秀英先后发言。",
         {"王德明": ("县商会会长", ("发言",)), "李秀英": ("县工商联主席", ("发言",))}),
        # names of the list itself, each in a clause that only frames the shared act, share it
        ("县商会会长王德明围绕招商引资，县工商联主席李秀英就民营经济发展分别作了发言。",
         {"王德明": ("县商会会长", ("发言",)), "李秀英": ("县工商联主席", ("发言",))}),
    ],
)
def test_a_shared_role_word_covers_its_own_list(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委书记张立主持会议，传达了省委全会精神，研究了有关工作，并作总结讲话。",
         {"张立": ("县委书记", ("主持", "讲话"))}),
        ("县委书记张立主持会议，传达了省委全会精神，并作总结讲话。", {"张立": ("县委书记", ("主持", "讲话"))}),
        # a new subject between: the summing-up is not the chair's
        ("县委书记张立主持会议，与会人员观看了警示教育片，并作了交流发言。", {"张立": ("县委书记", ("主持",))}),
    ],
)
def test_a_role_a_few_subjectless_clauses_on(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月4日，学校召开开学典礼。校党委书记吴刚走上讲台致辞。", {"吴刚": ("校党委书记", ("致辞",))}),
        ("3月4日，县委召开座谈会。县委书记孙宏观看了展览后讲话。", {"孙宏": ("县委书记", ("讲话",))}),
        # a real three-character name is kept
        ("3月4日，县委召开座谈会。县委书记孙宏观观看了展览后讲话。", {"孙宏观": ("县委书记", ("讲话",))}),
        ("3月4日，县委召开座谈会。县委书记周大同主持会议。", {"周大同": ("县委书记", ("主持",))}),
    ],
)
def test_a_name_does_not_take_in_the_verb_after_it(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市政府林晓峰副市长出席并讲话。", {"林晓峰": ("副市长", "市政府")}),
        ("市委张伟副书记出席并讲话。", {"张伟": ("副书记", "市委")}),
        ("市人大常委会李强副主任出席并讲话。", {"李强": ("副主任", "市人大常委会")}),
        ("拱北海关张伟关长出席并讲话。", {"张伟": ("关长", "拱北海关")}),
        # a title written before the name gives no organization of its own
        ("副市长林晓峰出席并讲话。", {"林晓峰": ("副市长", None)}),
    ],
)
def test_an_organization_before_the_name_and_the_post_after_it(extract, body: str, expected: dict) -> None:
    assert organizations(extract(page("3月4日，市政府召开座谈会。" + body))) == expected
