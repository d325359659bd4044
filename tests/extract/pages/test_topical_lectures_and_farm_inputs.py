"""Agriculture and rural revitalization pages: a topical lecture a named person gives on a stated day
(作了水稻绿色高产栽培技术专题讲座) is a lecture held, named as written, its farmer listeners (为80余名种粮大户和农技人员)
its attendees; a plain count of commended units whose kind the honour's scope names (对基层社建设先进单位进行了表彰，
4个基层社受到表彰) refers back to it; farm inputs given with their value (价值2万元的优质稻种) are the gift's purpose.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 lectures, §5 counts referring back, §6 gifts
in kind); one of a counted group that reported in turn, picked out by 其中 in the next sentence
(5名驻村第一书记逐一述职。其中，…李某介绍), has the group's role (§4, a programme segment names the role)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


def _lectures(record: dict) -> list[tuple[str, str | None, int | None, bool]]:
    """(name, date, attendee_count, attendee_approx) of each meeting, in order."""
    return [(m["name"], m["date"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月2日，市农科所研究员郑海波来到东岭村，为当地60余名种植户作了设施蔬菜栽培技术专题讲座。",
         [("设施蔬菜栽培技术专题讲座", "2024-03-02", 60, True)]),
        ("3月2日上午，省农业大学教授罗文清在镇文化站为45名农民和农技人员作专题讲座。",
         [("专题讲座", "2024-03-02", 45, False)]),
        ("4月18日，县畜牧站高级兽医师曹立新为30名养殖户作了题为《生猪疫病防控》的专题讲座。",
         [("专题讲座", "2024-04-18", 30, False)]),
        ("昨天下午，市委党校教授韩玉梅为120名村干部作了乡村治理专题讲座。",
         [("乡村治理专题讲座", "2024-05-07", 120, False)]),
        # (what came after the lecture, told next, holds no other: the lecture stays)
        ("1月6日，省农科院研究员郑海波为80余名种粮大户作了水稻栽培技术专题讲座。讲座结束后，郑海波还向农户赠送了稻种。",
         [("水稻栽培技术专题讲座", "2024-01-06", 80, True)]),
        ("1月6日，南江大学教授罗文清在图书馆作了题为《乡村振兴》的讲座。讲座后，罗文清还与学生进行了交流。",
         [("讲座", "2024-01-06", None, False)]),
        # NEGATIVE: the audience's view of a lecture, a habit, or a lecture inside the meeting told
        ("5月6日，全体党员聆听了市委党校教授韩玉梅作的专题讲座。", []),
        ("近年来，郑海波研究员多次为基层农技人员作专题讲座。", []),
        ("5月6日，县委理论学习中心组召开集体学习会，邀请市委党校教授韩玉梅作专题讲座。",
         [("集体学习会", "2024-05-06", None, False)]),
        ("5月6日，县农业农村局举行业务学习会，会上，市农科所研究员郑海波作了水稻病虫害防治专题讲座。",
         [("业务学习会", "2024-05-06", None, False)]),
    ],
)
def test_topical_lecture_given(extract, body, expected):
    assert _lectures(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议对2024年度基层社建设先进单位进行了表彰，4个基层社、12名个人受到表彰。",
         [("先进单位", 4, "个", "organization")]),
        ("会议对2024年度合作社发展先进单位进行了表彰，6个合作社受到表彰。",
         [("先进单位", 6, "个", "organization")]),
        ("大会对家庭农场培育先进集体进行了表彰，9个家庭农场受到表彰。",
         [("先进集体", 9, "个", "organization")]),
        # NEGATIVE: people counted for an honour of units, and holders the honour's scope does not name
        ("会议对合作社建设先进单位进行了表彰，8名合作社理事长受到表彰。", []),
        ("会议对基层社建设先进单位进行了表彰，30名教师受到表彰。", []),
    ],
)
def test_count_of_units_the_scope_names(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("讲座结束后，专家组还向种粮大户赠送了价值2万元的优质稻种。", [(20000.0, "CNY", "优质稻种")]),
        ("县林业局为东岭村捐赠了价值8万元的果树苗木。", [(80000.0, "CNY", "果树苗木")]),
        ("县农业农村局向受灾农户赠送价值3万元的农药和化肥。", [(30000.0, "CNY", "农药和化肥")]),
    ],
)
def test_farm_inputs_given(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("4月15日，县委组织部召开驻村第一书记述职评议会。5名驻村第一书记逐一述职，围绕产业发展汇报了驻村工作。"
         "其中，驻东岭村第一书记何永年介绍，该村去年村集体经济收入突破40万元。", "何永年", ("述职",)),
        ("4月15日，镇党委召开村党组织书记抓党建述职评议会。8名村党组织书记依次述职。其中，石桥村党支部书记邹明华表示，"
         "将继续壮大村集体经济。", "邹明华", ("述职",)),
        ("4月15日，县委召开乡村振兴推进会，6名乡镇党委书记作了交流发言。其中，柳河镇党委书记龚立强介绍了土地流转的做法。",
         "龚立强", ("发言",)),
        # NEGATIVE: one with an act of his own after the group's, and a group counted with no act
        ("4月15日，县委组织部召开驻村第一书记述职评议会。5名驻村第一书记逐一述职。其中，县委常委、组织部部长黄立新指出，"
         "要扎根基层。", "黄立新", ("讲话",)),
        ("4月15日，县委组织部召开驻村第一书记述职评议会。全县共有驻村第一书记86名。其中，驻东岭村第一书记何永年介绍，"
         "该村收入突破40万元。", "何永年", ("讲话",)),
    ],
)
def test_one_of_a_group_reporting_in_turn(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles
