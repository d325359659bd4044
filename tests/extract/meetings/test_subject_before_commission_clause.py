"""The body opening the sentence, then a clause set off by a comma, then the clause of holding (GUIDELINES §3
thirty-seventh review round, 7 December 2026, seventh stop, from the daily tuning part's misses).

Reading: the subject before a clause of what it acts on (`受…委托`) or how it works (`结合…`, thirty-first round) holds the
event that the next clause tells with no subject of its own: the clause may open on 在 and the venue, on its day
(`日前`, `昨天`, `5月6日上午`) or on the party the event is held with and its topic (`与十家供应商就…举行了签字仪式`, as
`X日前与…举行` reads). The body commissioning is no organizer; a person's name, hosts joined by 联合 and a verb other than
holding give none. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page

_BODY = "青山农机总公司"


@pytest.mark.parametrize(("text", "expected"), [
    (f"本报讯{_BODY}受江城农业大学的委托，日前与八家设备供应商就新校区实验设备采购举行了签字仪式。",
     [("签字仪式", None, _BODY)]),
    (f"本报讯{_BODY}受江城农业大学委托，日前在江城宾馆举行了新产品发布会。", [("新产品发布会", None, _BODY)]),
    (f"{_BODY}受市政府委托，昨天召开了全市农机行业工作会议。", [("全市农机行业工作会议", "2024-05-07", _BODY)]),
    (f"{_BODY}受市政府委托，在公司礼堂召开了全市农机行业工作会议。", [("全市农机行业工作会议", None, _BODY)]),
    ("市农业局结合工作实际，5月6日上午召开了全市春耕生产工作会议。", [("全市春耕生产工作会议", "2024-05-06", "市农业局")]),
    # near misses: hosts joined by 联合, a person, a verb other than holding
    ("市农业局受市政府委托，与市财政局联合召开了全市春耕生产工作会议。", [("全市春耕生产工作会议", None, None)]),
    ("王立新受市政府委托，昨天召开了全市农机行业工作会议。", [("全市农机行业工作会议", "2024-05-07", None)]),
    (f"{_BODY}受市政府委托，昨天主持了全市农机行业工作会议。", [("全市农机行业工作会议", "2024-05-07", None)]),
])
def test_subject_before_commission_clause(extract, text, expected):
    assert held(extract(page(text))) == expected
