"""Speaker phrasings of long representative labels, certificate ceremonies chaired and presenters: a long representative label heading a title chain
(国家级农民合作社示范社代表、…理事长), a certificate or plaque ceremony chaired (主持颁证仪式: 主持 only), and a
presenter at a press conference making findings public (发布了…情况/数据/成果: 讲话; not a document issued).
Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "5月6日，全县农民合作社发展大会召开。"
_BRIEFING = "5月6日，省政府召开新闻发布会。会上，"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a representative label heading the chain is dropped, however long the group before 代表 (§4)
        (_MEETING + "国家级农民合作社示范社代表、绿源合作社理事长吴建华作交流发言。",
         {"吴建华": ("绿源合作社理事长", ("发言",))}),
        (_MEETING + "全国五一劳动奖章获得者代表、南江村党委书记王刚作交流发言。",
         {"王刚": ("南江村党委书记", ("发言",))}),
        (_MEETING + "优秀企业家代表、南江科技集团董事长王刚作交流发言。", {"王刚": ("南江科技集团董事长", ("发言",))}),
        # a label alone is no title
        (_MEETING + "国家级农民合作社示范社代表吴建华作交流发言。", {"吴建华": (None, ("发言",))}),
        # near misses: a seat in a congress is an office held, and so is a post of a representative abroad
        (_MEETING + "区人大代表、南江科技集团董事长王刚作交流发言。",
         {"王刚": ("区人大代表、南江科技集团董事长", ("发言",))}),
        (_MEETING + "省第十二次党代会代表、南江科技集团董事长王刚作交流发言。",
         {"王刚": ("省第十二次党代会代表、南江科技集团董事长", ("发言",))}),
        ("5月6日，座谈会召开。联合国儿童基金会驻华代表、法学博士王刚作交流发言。",
         {"王刚": ("联合国儿童基金会驻华代表、法学博士", ("发言",))}),
    ],
)
def test_a_long_representative_label_heading_a_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the conferral word is inside the ceremony's name: the chair only chairs it
        ("5月6日，全县表彰大会召开，县委副书记李明主持颁证仪式。", {"李明": ("县委副书记", ("主持",))}),
        ("5月6日，全县表彰大会召开，县委副书记李明主持授牌仪式。", {"李明": ("县委副书记", ("主持",))}),
        ("5月6日，全县表彰大会召开，县委副书记李明主持颁奖典礼。", {"李明": ("县委副书记", ("主持",))}),
        ("5月6日，县委副书记李明主持了今天的颁证会。", {"李明": ("县委副书记", ("主持",))}),
        ("5月6日，全县大会召开，县长李明主持颁证仪式并讲话。", {"李明": ("县长", ("主持", "讲话"))}),
        # near misses: certificates or plaques handed over are 颁奖
        ("5月6日，全县表彰大会召开，县委副书记李明为获奖者颁证。", {"李明": ("县委副书记", ("颁奖",))}),
        ("5月6日，全县表彰大会召开，县委副书记李明主持颁证仪式并为获奖者颁证。",
         {"李明": ("县委副书记", ("主持", "颁奖"))}),
        ("5月6日，全县大会召开，县长李明为示范基地授牌。", {"李明": ("县长", ("颁奖",))}),
        ("5月6日，全县大会召开，县长李明为新成立的志愿服务队授旗。", {"李明": ("县长", ("颁奖",))}),
        ("5月6日，全县表彰大会召开，县委副书记李明主持会议并颁奖。", {"李明": ("县委副书记", ("主持", "颁奖"))}),
    ],
)
def test_a_conferral_ceremony_chaired(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # findings made public by a presenter at a press conference: 讲话, like 发布有关情况
        (_BRIEFING + "省交通厅厅长王强发布了全省交通建设情况。", {"王强": ("省交通厅厅长", ("讲话",))}),
        (_BRIEFING + "省统计局局长王强发布了一季度经济运行数据。", {"王强": ("省统计局局长", ("讲话",))}),
        (_BRIEFING + "省科技厅厅长王强发布了年度科技成果。", {"王强": ("省科技厅厅长", ("讲话",))}),
        (_BRIEFING + "省交通厅厅长王强发布了全省交通建设情况，并回答记者提问。", {"王强": ("省交通厅厅长", ("讲话",))}),
        (_BRIEFING + "省交通厅厅长王强发布有关情况。", {"王强": ("省交通厅厅长", ("讲话",))}),
        # near misses: a document issued, a report of findings, findings quoted, no press conference reported
        (_BRIEFING + "省交通厅厅长王强发布了关于加强交通安全的通知。", {}),
        (_BRIEFING + "省交通厅厅长王强发布了公告。", {}),
        (_BRIEFING + "省交通厅厅长王强发布了相关文件。", {}),
        (_BRIEFING + "省交通厅厅长王强发布了全省交通建设情况通报。", {}),
        (_BRIEFING + "省统计局局长王强发布的数据显示，经济稳中向好。", {}),
        ("5月6日，县委召开常委会。县委书记王强发布了全县交通建设情况。", {}),
    ],
)
def test_findings_published_at_a_press_conference(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
