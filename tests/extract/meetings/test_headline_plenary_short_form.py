"""A headline that restates the body's plenary by its short form (`全会` for `全体会议`) is the same meeting: one record
(GUIDELINES §1 duplicated facts count once; §3 thirty-third review round, 7 December 2026, third stop), also when a
subtitle line stands under the headline, in Simplified and Traditional script. Near-miss: another meeting the body
tells beside the plenary stays a record of its own. Invented pages with no publication
date (the newspaper's shape, §11).
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中纪委召开第二次全会\n书记强调要推进党风廉政建设\n本报北京一月二十日讯中共中央纪律检查委员会第二次全体会议今天在北京开幕。",
         ["中共中央纪律检查委员会第二次全体会议"]),
        ("中纪委举行第二次全会\n书记强调要推进党风廉政建设\n本报北京一月二十日讯中共中央纪律检查委员会第二次全体会议今天在北京开幕。"
         "会议由韩明主持。", ["中共中央纪律检查委员会第二次全体会议"]),
        ("江城市委召开第五次全会\n书记要求抓好农业\n本报讯 中共江城市委第五次全体会议昨天在市委礼堂举行。",
         ["中共江城市委第五次全体会议"]),
        ("江城市委召開第五次全會\n書記要求抓好農業\n本報訊 中共江城市委第五次全體會議昨天在市委禮堂舉行。",
         ["中共江城市委第五次全体会议"]),
        ("省委召开八届三次全会\n书记强调要抓好农业\n本报江城一月二十日讯中共江城省委第八届委员会第三次全体会议今天在江城开幕。",
         ["第八届委员会第三次全体会议"]),
        # near-miss: another meeting told beside the plenary
        ("江城市委召开第五次全会\n书记要求抓好农业\n本报讯 中共江城市委第五次全体会议昨天在市委礼堂举行。会前，市委召开了常委会会议。",
         ["中共江城市委第五次全体会议", "常委会会议"]),
    ],
)
def test_headline_plenary_short_form_is_one_record(extract_with_model, text: str, expected: list) -> None:
    assert names(extract_with_model(text)) == expected
