"""This meeting said to be one a body held (`这次会议是中央文明委成立以来召开的第一次全国性工作会议`) names the body, the
subject of 召开 inside the cleft, as its organizer, as the cleft `是由…召开的` names its hosts (GUIDELINES §3 organizer: the
subject of 召开; thirty-first review round; thirty-third review round, 7 December 2026, third stop), with `本次`, `此次`,
`这次` and a time word between (`成立以来`, `今年`, `首次`), Traditional script alike. Near-misses: a cleft of where
(`是在人民大会堂召开的`), of a time with no body (`是去年以来召开的…`, `是继1995年之后召开的…`), of a circumstance (`是在党中央
领导下召开的`) and of a person chairing (`是李明主持召开的`) give no organizer. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("全国精神文明建设工作会议今天在北京召开。这次会议是中央文明委成立以来召开的第一次全国性工作会议。", "中央文明委"),
        ("全市科技工作会议今天在江城宾馆召开。本次会议是江城市科协成立以来召开的规模最大的一次会议。", "江城市科协"),
        ("全国精神文明建设工作会议今天在北京召开。這次會議是中央文明委成立以來召開的第一次全國性工作會議。", "中央文明委"),
        ("职工代表大会今天在公司礼堂召开。此次大会是华信集团首次召开的职工代表大会。", "华信集团"),
        ("全省农村工作会议今天在江城召开。这次会议是省委今年召开的第一次全省性工作会议。", "省委"),
        # near-misses
        ("全国精神文明建设工作会议今天在北京召开。这次会议是在人民大会堂召开的。", None),
        ("全国精神文明建设工作会议今天在北京召开。这次会议是去年以来召开的规模最大的一次会议。", None),
        ("全国精神文明建设工作会议今天在北京召开。这次会议是李明主持召开的。", None),
        ("全国精神文明建设工作会议今天在北京召开。这次会议是继1995年之后召开的又一次重要会议。", None),
        ("全国精神文明建设工作会议今天在北京召开。这次会议是在党中央领导下召开的。", None),
    ],
)
def test_this_meeting_cleft_subject_is_organizer(extract_with_model, body: str, organizer: str | None) -> None:
    assert [org for _, _, org in held(extract_with_model(page(body, "1998-01-16")))] == [organizer]
