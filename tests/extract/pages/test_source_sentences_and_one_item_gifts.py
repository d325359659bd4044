"""Speaker and funding shapes: a 据悉/据了解 sentence about the meeting itself
(据悉，本次座谈会共邀请企业家20名) frames the meeting, so a 介绍 in the next sentence is said there (讲话), while one
about other matters still marks the reporter's sources; a gift of one item told with its value
(捐赠价值300万元一台的CT设备) is funding (GUIDELINES §6 gifts in kind), while a price per item stays none.
Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers

_MEETING = "5月8日，县委召开民营企业家座谈会。"


@pytest.mark.parametrize(
    "tail",
    [
        "据悉，本次座谈会共邀请企业家20名。县长王强介绍，今年以来全县经济稳中向好。",
        "据了解，此次会议是今年召开的第二次座谈会。县长王强介绍，全县将进一步优化营商环境。",
    ],
)
def test_a_source_sentence_about_the_meeting_itself_frames_it(extract, tail: str) -> None:
    assert speakers(extract(page(_MEETING + tail))) == {"王强": ("县长", ("讲话",))}


@pytest.mark.parametrize(
    "tail",
    [
        "据悉，今年以来全县新增市场主体3000户。县长王强介绍，下一步将继续优化营商环境。",
        "据了解，全县民营经济增加值占比超过六成。县长王强介绍，今年全县将新建标准厂房10万平方米。",
    ],
)
def test_a_source_sentence_about_other_matters_still_marks_the_reporter(extract, tail: str) -> None:
    assert speakers(extract(page(_MEETING + tail))) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月8日，华信集团向县人民医院捐赠价值300万元一台的CT设备。", [300 * 10**4]),
        ("5月8日，远航公司为县第一中学赠送价值50万元一套的智慧教室设备。", [50 * 10**4]),
        # negatives: a price per item, bought or quoted, stays no funding
        ("5月8日，县图书馆启用了四五万元一台的自助借还书机。", []),
        ("5月8日，记者在市场看到，这种新型农机售价12万元一台。", []),
    ],
)
def test_a_gift_of_one_item_with_its_value_is_funding(extract, text: str, expected: list) -> None:
    assert [amount for amount, _, _ in grants(extract(page(text)))] == expected
