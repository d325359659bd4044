"""Venues told by the item's own words rather than after 在 in the meeting's sentence (GUIDELINES §3 location,
thirty-second review round, 7 December 2026, second stop; §11: `这里`/`此间` under a dateline name its city):
- a signing ceremony referred to after the item's lead tells the signing `今天在这里/在此间…签署` takes the dateline's city,
  as a signing told at a named place gives that place;
- a press conference at which the speaker of the item's lead statement speaks again (`阿拉法特14日在这里说，…。阿拉法特在
  同…会谈后举行的记者招待会上强调`) is held where that statement was made (twenty-eighth round), `这里` read as the
  dateline's city; another speaker, another item or a conference placed by its own words lends nothing;
- talks held right after the subject arrives (`飞抵X`, twenty-eighth round) are held there also when the visit begun
  there is told between (`飞抵大马士革对叙利亚进行了…访问，与…举行了会谈`).
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None]]:
    """(name, location) of each meeting, in order."""
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社香港1月23日电香港特别行政区今天在这里与英国签署了刑事司法协助协定。协定包含取得证据等条款。\n"
         "局长黎庆宁在签署仪式上表示，这是良好进展。", [("签署仪式", "香港")]),
        ("新華社香港1月23日電香港特別行政區今天在這裡與英國簽署了刑事司法協助協定。黎慶寧在簽署儀式上表示，這是良好進展。",
         [("签署仪式", "香港")]),
        ("新华社北京1月23日电中国和法国今天在此间签署了文化合作协定。文化部部长在签字仪式上讲话。", [("签字仪式", "北京")]),
        # a place named, as before
        ("两国外长今天在人民大会堂签署了经济合作协定。外长李明在签字仪式上致辞。", [("签字仪式", "人民大会堂")]),
        ("本报北京1月23日讯江城市政府今天在北京与华信集团签约，共建数据中心。市长王强出席签约仪式并讲话。", [("签约仪式", "北京")]),
        # no place told for the signing: none
        ("新华社香港1月23日电香港特区今天与英国签署了刑事司法协助协定。黎庆宁在签署仪式上表示，这是良好进展。",
         [("签署仪式", None)]),
    ],
)
def test_signing_here_places_its_ceremony(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-01-24"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社开罗5月6日电外交部长王华6日在此间表示，双方应尽快复谈。王华在随后举行的记者招待会上说，中方愿意发挥作用。",
         [("记者招待会", "开罗")]),
        ("本报北京5月6日讯外交部发言人王华今天在北京表示，中方欢迎这一决定。王华在当天下午举行的例行记者会上指出，希望各方保持克制。",
         [("例行记者会", "北京")]),
        ("新华社东京5月6日电首相李某6日在首相官邸说，政府将加大投入。李某在会见后举行的新闻发布会上强调，改革不会停止。",
         [("新闻发布会", "首相官邸")]),
        # the conference's own place wins
        ("新华社东京5月6日电首相李某6日在这里说，政府将加大投入。李某在大阪举行的新闻发布会上强调，改革不会停止。",
         [("新闻发布会", "大阪")]),
        # no place for the statement, another speaker, or another item between: none
        ("新华社东京5月6日电首相李某6日说，政府将加大投入。李某在会见后举行的新闻发布会上强调，改革不会停止。",
         [("新闻发布会", None)]),
        ("新华社东京5月6日电首相李某6日在这里说，政府将加大投入。外相王某在会见后举行的新闻发布会上强调，改革不会停止。",
         [("新闻发布会", None)]),
        ("新华社东京5月6日电首相李某6日在这里说，政府将加大投入。\n新华社大阪5月6日电李某在会见后举行的新闻发布会上强调，改革不会停止。",
         [("新闻发布会", None)]),
    ],
)
def test_press_conference_of_the_lead_speaker(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-05-07"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报大马士革1月15日电埃及总统穆巴拉克昨天下午突然飞抵大马士革对叙利亚进行了未事先宣布的闪电式访问，"
         "与阿萨德总统就地区形势，特别就中东和平进程举行了会谈。", [("会谈", "大马士革")]),
        ("新华社开罗5月6日电法国总统李某6日抵达开罗开始对埃及的国事访问，随即同埃及总统举行了会谈。", [("会谈", "开罗")]),
        ("新华社开罗5月6日电法国总统李某6日飞抵开罗，对埃及进行为期三天的正式访问，并与埃及总统举行了会谈。", [("会谈", "开罗")]),
        ("新華社開羅5月6日電法國總統李某6日飛抵開羅對埃及進行正式訪問，與埃及總統舉行了會談。", [("会谈", "开罗")]),
        ("法国总统李某6日飞抵开罗，与埃及总统举行会谈。", [("会谈", "开罗")]),
        # no arrival: none
        ("法国总统李某6日结束对埃及的访问，与埃及总统举行了会谈。", [("会谈", None)]),
    ],
)
def test_talks_after_arrival_on_a_visit(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(page(body, "1998-05-07"))) == expected
