"""National-daily and wire phrasings: a meeting told after
a tour's span of days (the span is not its date; the pronoun's demand there is a speech), the post 副总理
(副总统) read whole before a name, a loan in a passive that built something, a banquet held by a body
after 由 and attended after talks, and who built a site before a ceremony's name.  The sentences are
invented; the expected values follow corpus/GUIDELINES.md (§3 meetings, §4 speakers, §6 funding)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, speakers, when

_TOUR = "新华社石家庄5月20日电 国务院副总理吴邦立5月17日至20日在河北调研。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the span of the tour is not the day of the forum held on it (§3: only the clause holding it counts)
        ("在石家庄召开的座谈会上，吴邦立听取了河北省委、省政府的工作汇报。他要求，各级政府要把安全生产放在首位。",
         [(None, None, None)]),
        ("他先后来到保定、唐山等地考察。\n在石家庄举行的座谈会上，吴邦立听取了工作汇报。",
         [(None, None, None)]),
    ],
)
def test_a_forum_on_a_tour_is_not_dated_by_its_span(extract, body: str, expected: list) -> None:
    assert when(extract(_TOUR + body + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 他要求 after the subject of 在…召开的座谈会上: a speech at the forum (§4)
        (_TOUR + "在石家庄召开的座谈会上，吴邦立听取了河北省委、省政府的工作汇报。他要求，各级政府要把安全生产放在首位。\n",
         {"吴邦立": ("国务院副总理", ("讲话",))}),
        # NEGATIVE: remarks on the tour itself, no meeting told: no speaker
        (_TOUR + "他先后来到保定、唐山等地考察。他要求，各级政府要把安全生产放在首位。\n", {}),
        # NEGATIVE: one only attending the forum
        (_TOUR + "在石家庄召开的座谈会上，吴邦立听取了工作汇报。省长王建民等出席。\n", {}),
        # 副总理 written whole before a name is the title (not 副总 of 副总经理)
        ("新华社北京5月8日电 国务院副总理李振华今天在人民大会堂会见了以副总理颂猜·巴莫为团长的泰国政府经贸代表团。"
         "颂猜·巴莫说，泰国政府高度重视发展对华关系。\n",
         {"颂猜·巴莫": ("副总理", ("讲话",))}),
        ("新华社北京5月8日电 国家副主席胡文清今天会见了美国副总统戈尔顿。戈尔顿说，美方重视对华关系。\n",
         {"戈尔顿": ("美国副总统", ("讲话",))}),
    ],
)
def test_tour_forum_speakers_and_deputy_premiers(extract_with_model, text: str, expected: dict) -> None:
    # (with the model: a transliterated name after a title is read by it)
    assert speakers(extract_with_model(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a loan provided for what it built, told in a passive (§6 loans)
        ("该公路全长186公里，由中国政府提供优惠贷款约5000万美元修建。", [(50000000.0, "USD", None)]),
        # NEGATIVE: a loan ahead; lending statistics
        ("国家开发银行将提供贷款约50亿元建设该项目。", []),
        ("今年以来，该行累计向中小企业发放贷款约50亿元。", []),
    ],
)
def test_a_loan_that_built_something(extract, body: str, expected: list) -> None:
    assert grants(extract("新华社金边2月26日电 " + body + "\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a banquet held by the body after 由, attended (§3 receptions; organizer the agent)
        ("美国前国务卿基辛斯今晚出席了由中国人民外交学会举行的欢迎宴会。",
         [("欢迎宴会", None, "中国人民外交学会")]),
        # and after talks: a second event
        ("国家副主席胡文清今天下午在中南海会见了美国前国务卿基辛斯。\n会见后，基辛斯出席了由中国人民外交学会举行的欢迎宴会。",
         [("会见", None, None), ("欢迎宴会", None, "中国人民外交学会")]),
        # who built the school is no part of the ceremony's name, nor its organizer
        ("由中国青少年发展基金会援建的中国—肯尼亚友谊希望小学落成典礼4日在肯尼亚西部城市基苏木举行。",
         [("中国—肯尼亚友谊希望小学落成典礼", None, None)]),
        # NEGATIVE: a body holding it, 由…主办 stays the organizer
        ("由民政部主办的首届“中华慈善奖”表彰大会今天在北京举行。", [("首届“中华慈善奖”表彰大会", None, "民政部")]),
    ],
)
def test_banquets_and_built_sites(extract, body: str, expected: list) -> None:
    assert held(extract("新华社北京7月2日电 " + body + "\n")) == expected
