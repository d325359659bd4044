"""Fixer fxp (speakers): X介绍，… told after a 据了解/据悉 (in its sentence or the one before) is information given to the
reporter, no role (GUIDELINES §4), while 会上，X介绍 / X在会上介绍 / 座谈会上，X介绍 stay 讲话; guests named as a group
by a label (甲、乙担任主礼嘉宾, 主礼嘉宾包括甲及乙) who then confer as that group (主礼嘉宾为…颁发…) each get 颁奖, a
label named before no list giving nobody; a clause whose agent 由 names (并由承揽厂商代表宣读施工计划) is another
subject's act; Hong Kong police and fire ranks after the name join the title chain like 教授 (观塘区警区指挥官、总警司).
Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "3月2日，全市稳经济工作推进会在市行政中心召开。副市长李明出席会议并讲话。"
_CEREMONY = "12月1日，第三届青年创新人才颁奖典礼在市民中心举行。"


@pytest.mark.parametrize(
    "tail",
    [
        "据了解，今年以来全市经济运行总体平稳。市发改委主任赵磊介绍，下一步将继续加大项目建设力度。",
        "据悉，市发改委主任赵磊介绍，今年全市粮食总产量达到52万吨。",
        "据市发改委主任赵磊介绍，今年全市固定资产投资增长8%。",
        "记者从市发改委了解到，今年以来重点项目进展顺利。市发改委主任赵磊介绍说，全年投资有望突破千亿元。",
        "据统计，全市新增市场主体1.2万户。市发改委主任赵磊还介绍，下一步将优化营商环境。",
    ],
)
def test_information_given_to_the_reporter_is_no_role(extract, tail: str) -> None:
    assert speakers(extract(page(_MEETING + tail))) == {"李明": ("副市长", ("讲话",))}


@pytest.mark.parametrize(
    "tail",
    [
        "会上，市发改委主任赵磊介绍了全市经济运行情况。",
        "市发改委主任赵磊在会上介绍全市经济运行情况。",
        "座谈会上，市发改委主任赵磊介绍，今年以来全市经济运行总体平稳。",
        # (a 据了解 earlier, but the meeting frames the sentence of the name)
        "据了解，今年以来全市经济运行总体平稳。会上，市发改委主任赵磊介绍，下一步将继续加大项目建设力度。",
    ],
)
def test_introducing_at_the_meeting_stays_a_speech(extract, tail: str) -> None:
    assert speakers(extract(page(_MEETING + tail)))["赵磊"] == ("市发改委主任", ("讲话",))


def test_information_then_an_act_at_the_meeting_keeps_the_act(extract) -> None:
    body = _MEETING + "据悉，市发改委主任赵磊介绍，今年投资增长较快。会上，市发改委主任赵磊作了交流发言。"
    assert speakers(extract(page(body)))["赵磊"] == ("市发改委主任", ("发言",))


@pytest.mark.parametrize(
    "tail",
    [
        "今年的主礼嘉宾为民政事务局局长麦美娟和劳工及福利局局长孙玉菡。主礼嘉宾其后为得奖者颁发奖座。",
        "出席典礼的主礼嘉宾包括民政事务局局长麦美娟及劳工及福利局局长孙玉菡。典礼上，主礼嘉宾向二十名得奖学生颁发奖状。",
        "民政事务局局长麦美娟、劳工及福利局局长孙玉菡担任典礼嘉宾。典礼嘉宾为获奖者颁发证书。",
        "民政事务局局长麦美娟、劳工及福利局局长孙玉菡为获奖者颁奖。",
    ],
)
def test_guests_named_by_label_then_conferring(extract, tail: str) -> None:
    assert speakers(extract(page(_CEREMONY + tail))) == {
        "麦美娟": ("民政事务局局长", ("颁奖",)),
        "孙玉菡": ("劳工及福利局局长", ("颁奖",)),
    }


@pytest.mark.parametrize(
    "tail",
    [
        "嘉宾为获奖者颁奖。民政事务局局长麦美娟出席典礼。",  # no list named before the label
        "出席典礼的主礼嘉宾包括民政事务局局长麦美娟。主礼嘉宾致辞后参观展览。",  # the label confers nothing
        "民政事务局局长麦美娟出席典礼。颁奖嘉宾为获奖者张小明、李小红颁发证书。",  # the ones honoured after 为
        "出席典礼的特邀嘉宾包括民政事务局局长麦美娟。随后，颁奖嘉宾为获奖者颁发证书。",  # another label
    ],
)
def test_guest_label_without_its_members_gives_nobody(extract, tail: str) -> None:
    assert speakers(extract(page(_CEREMONY + tail))) == {}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("仪式上，市交通局局长王立新作工程规划报告，并由承揽厂商代表宣读施工计划。", ("作报告",)),
        ("仪式上，市交通局局长王立新介绍工程规划，并由承揽厂商代表宣读施工计划。", ("讲话",)),
        ("仪式上，市交通局局长王立新致辞，随后由施工单位代表宣读安全承诺书。", ("致辞",)),
        ("仪式上，市交通局局长王立新致辞，并宣读了开工令。", ("致辞", "宣读")),  # no 由: the same subject
    ],
)
def test_act_of_the_agent_of_you_is_not_the_one_named_before(extract, tail: str, expected: tuple) -> None:
    body = "3月5日，新跨海大桥工程动工仪式在东港举行。" + tail
    text = f"新跨海大桥工程动工仪式举行\n2024-03-05 来源：某网\n{body}\n"
    assert speakers(extract(text))["王立新"] == ("市交通局局长", expected)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("观塘区警区指挥官黄伟明总警司出席并致辞。", "黄伟明", "观塘区警区指挥官、总警司"),
        ("消防处九龙南区指挥官陈志强消防总长出席并致辞。", "陈志强", "消防处九龙南区指挥官、消防总长"),
        ("观塘警区警民关系主任李家豪高级督察主持讲座。", "李家豪", "观塘警区警民关系主任、高级督察"),
        ("黄伟明总警司出席并致辞。", "黄伟明", "总警司"),
        ("西南大学党委书记李明华教授出席并致辞。", "李明华", "西南大学党委书记、教授"),
    ],
)
def test_uniformed_rank_after_the_name_joins_the_chain(extract, sentence: str, name: str, title: str) -> None:
    body = "6月8日，社区防罪讲座在观塘社区会堂举行。" + sentence
    assert speakers(extract(page(body)))[name][0] == title
