"""Who built or gave the body after `的` describes it and owns no unit of it: the body after `的` holds the event
(GUIDELINES §3 twenty-ninth round: a phrase closed by 的 before a body's name is no part of the organizer; thirty-third
review round, 7 December 2026, third stop): `由江城集团捐资兴建的光明小学昨天举行开学典礼` → `光明小学`. Near-misses: a body
before 的 that owns the unit (`市委的巡察组`) or set it up (`…委员会下设的…工作组`) stays, and a descriptor with no body in
it goes as before. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("由江城集团捐资兴建的光明小学昨天举行开学典礼。", "光明小学"),
        ("江城集团捐建的光明小学昨天举行建校五周年庆祝大会。", "光明小学"),
        ("香港华信公司援建的青山中学昨天举行建校十周年座谈会。", "青山中学"),
        ("由江城市政府出资兴建的江城图书馆昨天举行开馆仪式。", "江城图书馆"),
        ("香港知名企业家捐资兴建的青山小学昨天举行开学典礼。", "青山小学"),
        # near-misses: the owner before 的 stays; a descriptor with no body goes
        ("国际合作委员会下设的清洁生产工作组昨天召开会议。", "国际合作委员会下设的清洁生产工作组"),
        ("日本最大的在野党民主党昨天召开大会。", "民主党"),
    ],
)
def test_donor_before_body_is_descriptor(extract_with_model, body: str, organizer: str) -> None:
    assert [org for _, _, org in held(extract_with_model(page(body, "1998-01-20")))] == [organizer]
