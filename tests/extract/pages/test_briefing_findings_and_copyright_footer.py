"""Shapes of findings published at a briefing, marked captions, copyright footers and bare references: a presenter's 发布了…成果
read only for the act at the press conference (not findings published elsewhere or in an earlier year by someone
merely mentioned); a caption marked as a picture (图为…) kept as the article's account only when the body named its
person after a title and it tells no other year or occasion; a body sentence with a copyright footer glued on its
line kept; references without their semicolon decoded only for the legacy names a browser decodes and a few
typographic ones. All sentences are invented; the expected values follow corpus/GUIDELINES.md §1 and §4, and the
near misses (the cases the rules were added for) must not change."""

from __future__ import annotations

import pytest

from pipeline.normalize import entities_step
from tests.extract.views import grants, page, speakers

_BRIEFED = "5月7日，在市政府新闻办召开的新闻发布会上，市统计局局长张伟介绍有关情况。"
_ZHANG = {"张伟": ("市统计局局长", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # findings published elsewhere or before, by a person merely mentioned: no speaker (§4)
        (_BRIEFED + "据悉，去年，南江大学教授李明在国际期刊上发布了最新研究成果。", _ZHANG),
        (_BRIEFED + "南江大学教授李明在国际期刊上发布了最新研究成果。", _ZHANG),
        (_BRIEFED + "去年，南江大学教授李明发布了最新研究成果。", _ZHANG),
        (_BRIEFED + "南江大学教授李明近日在学术年会上发布了最新研究成果。", _ZHANG),
        # near misses: findings presented at the press conference the text reports
        ("5月7日，市政府召开新闻发布会，市统计局局长张伟发布了一季度全市经济运行数据。", _ZHANG),
        ("5月7日，市政府召开新闻发布会，市应急局局长刘洋发布了近期防汛工作情况。",
         {"刘洋": ("市应急局局长", ("讲话",))}),
        ("5月7日，市政府召开新闻发布会。会上，市卫健委副主任李红在发布会上发布了流感监测数据。",
         {"李红": ("市卫健委副主任", ("讲话",))}),
    ],
)
def test_findings_published_only_at_the_briefing(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


_BODY = "5月7日，县委召开全县经济工作会议。县委书记刘强出席会议并讲话。\n"
_FOOTER = "\n版权所有：某县融媒体中心"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a caption of another event, or of a person the body never named: nothing read from it (§1)
        ("图为张三在2023年表彰大会上发言。\n（通讯员 赵涛 摄）", {"刘强": ("县委书记", ("讲话",))}),
        ("图为张三在表彰大会上发言。\n（通讯员 赵涛 摄）", {"刘强": ("县委书记", ("讲话",))}),
        ("图为杨建军为获奖代表颁奖。（通讯员 赵涛 摄）", {"刘强": ("县委书记", ("讲话",))}),
        ("图为刘强在去年的表彰大会上颁奖。（通讯员 赵涛 摄）", {"刘强": ("县委书记", ("讲话",))}),
        # near misses: the body's own person acting, marked as a picture, or a caption with the title
        ("图为刘强为获奖代表颁奖。（通讯员 赵涛 摄）", {"刘强": ("县委书记", ("讲话", "颁奖"))}),
        ("▲刘强为获奖代表颁奖", {"刘强": ("县委书记", ("讲话", "颁奖"))}),
        ("图为县委书记刘强为获奖代表颁奖。（通讯员 赵涛 摄）", {"刘强": ("县委书记", ("讲话", "颁奖"))}),
    ],
)
def test_marked_caption_of_the_bodys_person(extract, caption: str, expected: dict) -> None:
    assert speakers(extract(page(_BODY + caption + _FOOTER))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a short sentence with a copyright footer glued on its line is kept (however the © is written)
        ("5月7日，某公司投入500万元用于研发。&copy2024 某县融媒体中心", [(5000000.0, "CNY", "研发")]),
        ("5月7日，某公司投入500万元用于研发。©2024 某县融媒体中心", [(5000000.0, "CNY", "研发")]),
        ("5月7日，某公司投入500万元用于研发。Copyright © 2024 某县融媒体中心 版权所有", [(5000000.0, "CNY", "研发")]),
        # near miss: on a line of its own
        ("5月7日，某公司投入500万元用于研发。\n©2024 某县融媒体中心", [(5000000.0, "CNY", "研发")]),
    ],
)
def test_sentence_before_a_copyright_footer(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # html5 names that are no legacy name and no typographic mark: English words, left as written
        ("男装male&female专区", "男装male&female专区"),
        ("Rock&or乐队", "Rock&or乐队"),
        ("Tom&it", "Tom&it"),
        # near misses: legacy names (decoded by a browser) and the typographic marks
        ("3&times4", "3×4"),
        ("&copy2024", "©2024"),
        ("&ldquo优秀&rdquo", "“优秀”"),
        ("等待&hellip。", "等待…。"),
        ("1998&mdash2024", "1998—2024"),
    ],
)
def test_bare_references_decoded(text: str, expected: str) -> None:
    assert entities_step(text).text == expected
