"""Meeting phrasings of company prefixes before a year or ordinal, bare days after a told date and transcripts: a
place, an area or a field taken for a company's short name before a year or an ordinal, a bare day
taking the month of a background date, and a few organizer, venue and transcript slips.  Invented
sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


def titled(headline: str, body: str, published: str = "2024-05-08") -> str:
    """An invented page under its own headline."""
    return f"{headline}\n{published} 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a country, an area or the world before an ordinal or a year is no organizer: the name stays whole
        ("5月7日，中国第1000台国产盾构机下线仪式在郑州举行。", [("中国第1000台国产盾构机下线仪式", "2024-05-07", None)]),
        ("5月7日，国内第1000台氢能重卡下线仪式在佛山举行。", [("国内第1000台氢能重卡下线仪式", "2024-05-07", None)]),
        ("5月7日，世界第一台第四代核电机组投产仪式在威海举行。", [("世界第一台第四代核电机组投产仪式", "2024-05-07", None)]),
        ("5月7日，两岸2024年年会在厦门举行。", [("两岸2024年年会", "2024-05-07", None)]),
        # a field of study or of trade, and a place
        ("5月7日，中国经济学2024年年会在武汉大学举行。", [("中国经济学2024年年会", "2024-05-07", None)]),
        ("5月7日，中国金融2024年年会在北京举行，300余名代表参加。", [("中国金融2024年年会", "2024-05-07", None)]),
        ("5月7日，达沃斯2024年年会在天津开幕。", [("达沃斯2024年年会", "2024-05-07", None)]),
        ("5月7日，中国汽车2024年年会在北京举行。", [("中国汽车2024年年会", "2024-05-07", None)]),
        # a short name with no company cue: when in doubt, whole
        ("5月7日，比亚迪第800万辆新能源汽车下线仪式在深圳举行。",
         [("比亚迪第800万辆新能源汽车下线仪式", "2024-05-07", None)]),
        # a company's short name: its trade word, or its full name elsewhere in the article
        ("5月7日，腾远科技2024年年会在赣州举行。", [("2024年年会", "2024-05-07", "腾远科技")]),
        ("5月7日，吉利汽车第500万辆整车下线仪式在宁波举行。", [("第500万辆整车下线仪式", "2024-05-07", "吉利汽车")]),
        ("5月7日，比亚迪第800万辆新能源汽车下线仪式在深圳举行。比亚迪股份有限公司董事长王传福出席。",
         [("第800万辆新能源汽车下线仪式", "2024-05-07", "比亚迪")]),
        ("5月7日，中国中车第1000台动车组下线仪式在青岛举行。中国中车股份有限公司董事长孙永才出席。",
         [("第1000台动车组下线仪式", "2024-05-07", "中国中车")]),
    ],
)
def test_a_company_prefix_only_where_it_reads_as_one(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_the_headline_subject_names_the_company(extract) -> None:
    text = titled("比亚迪举行第800万辆新能源汽车下线仪式", "5月7日，比亚迪第800万辆新能源汽车下线仪式在深圳举行。")
    assert held(extract(text)) == [("第800万辆新能源汽车下线仪式", "2024-05-07", "比亚迪")]


@pytest.mark.parametrize(
    ("body", "published", "date"),
    [
        # a background date written with another year gives no month to a bare day
        ("2023年11月20日，国务院印发《关于促进民营经济发展的意见》。6日，市政府召开常务会议，研究贯彻落实措施。",
         "2024-05-08", "2024-05-06"),
        ("2023年12月20日，市委出台人才新政。6日，市委召开人才工作座谈会，听取意见建议。", "2024-05-08", "2024-05-06"),
        ("2023年12月28日，县委出台乡村振兴实施方案。今年以来，各项工作稳步推进。6日，县委召开常委会会议，听取进展汇报。",
         "2024-05-08", "2024-05-06"),
        # nor across a paragraph break
        ("2022年9月，该项目开工建设，2023年12月18日建成投产。\n6日，县委召开常委会会议，听取项目运营情况汇报。",
         "2024-05-08", "2024-05-06"),
        # no roll into the next month across a turn to the present
        ("3月29日，省督导组进驻我县。今年以来，督导工作有序推进。2日，县委召开督导工作对接会。", "2024-05-08", "2024-05-02"),
        # a forward account keeps the month told before it
        ("5月6日，市考核组到县开展考核。8日上午，县委召开考核反馈会。", "2024-06-10", "2024-05-08"),
        ("2024年5月6日，市考核组到县开展考核。8日上午，县委召开考核反馈会。", "2024-06-10", "2024-05-08"),
        ("3月29日，省督导组进驻我县。2日，县委召开督导工作对接会。", "2024-05-08", "2024-04-02"),
    ],
)
def test_a_bare_day_after_a_told_date(extract, body: str, published: str, date: str) -> None:
    assert [d for d, _, _ in when(extract(page(body, published)))] == [date]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a full date with its year between the name and 在…召开
        ("全省文旅大会2024年5月7日在长沙召开，副省长张迎春出席。", [("全省文旅大会", "2024-05-07", None)]),
        # 协办 inside 政协办公室 is no verb
        ("为确保市政协十届三次会议如期召开，市政协办公室5月7日召开筹备工作会议。", [("筹备工作会议", "2024-05-07", "市政协办公室")]),
        # 继续 is an adverb, not the organizer
        ("5月7日上午，市委召开常委会会议；下午，继续召开专题会议。",
         [("常委会会议", "2024-05-07", "市委"), ("专题会议", "2024-05-07", None)]),
        ("5月7日上午，市委召开常委会会议。会后，市委继续召开专题会议。",
         [("常委会会议", "2024-05-07", "市委"), ("专题会议", "2024-05-07", "市委")]),
        # the speech's own 这次座谈会 is the meeting it was given at, not another one
        ("5月7日，市委书记王强在全市民营企业座谈会上讲话。他说，今天我们召开这次座谈会，就是要听取大家的意见建议。",
         [("全市民营企业座谈会", "2024-05-07", None)]),
        # a transcript with no meeting named before: the occasion, with no pronoun as its organizer
        ("同志们：今天我们召开这次座谈会，主要是听取大家的意见。", [("这次座谈会", "2024-05-08", None)]),
    ],
)
def test_organizers_names_and_transcripts(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_a_quoted_headline_over_the_meeting_named_in_the_body(extract) -> None:
    text = titled("今天召开这次座谈会",
                  "5月7日，市委书记王强在全市民营企业座谈会上讲话。他说，今天我们召开这次座谈会，就是要听取大家意见。")
    assert held(extract(text)) == [("全市民营企业座谈会", "2024-05-07", None)]


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("5月7日，全市文旅产业发展座谈会在呼和浩特和平饭店召开。", "呼和浩特和平饭店"),
        ("5月7日，全市文旅产业发展座谈会在呼和浩特召开。", "呼和浩特"),
        # two venues joined by 和, each ending as one: the first (not both glued)
        ("5月7日，全市文旅产业发展座谈会在市委一号会议室和二号会议室同时召开。", "市委一号会议室"),
        # the other party after the place is still cut
        ("5月7日，市长王刚在雷克雅未克与当地企业举行签约仪式。", "雷克雅未克"),
    ],
)
def test_a_venue_whose_name_starts_with_he(extract, body: str, location: str) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == [location]


@pytest.mark.parametrize(
    "body",
    [
        # a meeting spoken of, none reported held
        "他说，这次座谈会开得很好，大家畅所欲言。",
        # a bare day after a background date, no meeting
        "2023年12月20日，市委出台人才新政。6日，市委印发实施细则。",
        # a product made, no ceremony named
        "中国第1000台国产盾构机在郑州下线。",
        # a dated meeting ahead
        "全省文旅大会将于2024年5月20日在长沙召开。",
        # a duty, with 继续 before the verb
        "我们要继续开好民主生活会。",
    ],
)
def test_no_meeting(extract, body: str) -> None:
    assert extract(page(body))["meetings"] == []
