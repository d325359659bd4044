"""The one named inside another's frame of talks (`在与某某主席会谈时`, `在同市长某某会见时`) is the other party: the remarks
after the frame are the subject's, and the partner takes no role from them (GUIDELINES §4 thirtieth review round; sixteenth
round: holding talks alone gives no role)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PARTNER = [
    ("8日，克拉克总统在与王立新主席会谈时，重申美国奉行一个中国的政策。", "王立新"),
    ("8日，约翰逊首相在同王立新主席会见时说，英方重视对华关系。", "王立新"),
    ("8日，约翰逊首相在和市长王立新会谈时指出，两市合作潜力巨大。", "王立新"),
    ("8日，約翰遜首相在與王立新主席會談時重申，英方重視對華關係。", "王立新"),
    ("8日，市长王立新在同省长李建国通话时说，全市防汛工作准备就绪。", "李建国"),
    ("8日，市长王立新在与德国经济部部长施密特会晤中表示，欢迎德国企业投资。", "施密特"),
    ("8日，市长王立新在跟老朋友陈大勇交谈时表示，江城变化很大。", "陈大勇"),
]

SPEAKER = [
    # the subject of the frame speaks (a partner named by name between the subject and the verb still takes the subject's
    # role away: a gap left, the partner no longer taking it)
    ("8日，市长王立新在与德国客人会谈时表示，欢迎德国企业投资。", "王立新"),
    # the partner speaking in a sentence of their own keeps the role
    ("8日，市长王立新在与省长李建国会谈时表示，全市工作准备就绪。李建国说，要继续抓好落实。", "李建国"),
    # a frame of attending (与会) names no partner
    ("8日，全市工作会议举行。市长王立新在与会代表讨论时说，要抓好落实。", "王立新"),
]


@pytest.mark.parametrize(("text", "name"), PARTNER)
def test_partner_in_talks_frame_takes_no_role(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                              name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}


@pytest.mark.parametrize(("text", "name"), SPEAKER)
def test_subject_of_talks_frame_speaks(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert "讲话" in speakers.get(name, [])
