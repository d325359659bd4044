"""A description by a verb of naming before a titled speaker (`被誉为“治沙英雄”的江城县林业局局长王某在会上…作了报告`,
`被称为…的`) is no 为 of a recipient: the person acts and is read as a speaker (GUIDELINES §4, fortieth review round,
8 December 2026, tenth stop). A name after 为 of a giving act (`市长甲为被誉为“…”的乙颁发奖章`) stays the one given to;
the nickname in quotes is no name. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "江城市委宣传部今天上午举办报告会。"
_CEREMONY = "江城市今天举行表彰大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the described person acts: a speaker
        (_MEETING + "被誉为“治沙英雄”的江城县林业局局长王德明在会上向全市干部作了报告。",
         {"王德明": ("江城县林业局局长", ("作报告",))}),
        (_MEETING + "被称为“铁人”的江城县石油公司经理陈大海在会上向全市干部作了报告。",
         {"陈大海": ("江城县石油公司经理", ("作报告",))}),
        # near misses that must not change: the one given to, after 为 of the act
        (_CEREMONY + "市长王德明为被誉为“治沙英雄”的林业局局长李华颁发奖章。", {"王德明": ("市长", ("颁奖",))}),
        (_MEETING + "人称“治沙英雄”的江城县林业局局长王德明在会上向全市干部作了报告。",
         {"王德明": ("江城县林业局局长", ("作报告",))}),
    ],
)
def test_named_as_description_keeps_the_speaker(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
