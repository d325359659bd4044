"""Page and speaker shapes of speech transcripts dated in Chinese numerals, organizers and common words, fixed in the normaliser, the boilerplate reader and the rules.

- A speech transcript dated in Chinese numerals under its headline (在…会议上的讲话 / （二〇二四年十二月二十六日） /
  县委书记　张立新): the bracketed day dates the meeting the headline names, as the same day in digits does, and the
  byline under it is the speaker (GUIDELINES §2/§3 fourteenth review round: a bracketed date under a speech headline;
  §4: the byline speaker of a speech transcript). Before, only digits were read, and the dated line in Chinese
  numerals also hid the byline.
- An organizer read as a clause (集团已于春节前的): a holiday's time told with 前/后 and a time word tied by 的 to the
  date after the subject are no part of the body (GUIDELINES §3 organizer: the name of a body; a bare 集团 names none).
- A common word read as a name after a person noun (2130名研究生毕业: 毕 is a surname, 毕业 a verb), then found again
  inside 毕业生代表 (GUIDELINES §4: names are people).
- A name character of a Simplified page rewritten by the Traditional-to-Simplified step (华昇 -> 华升): the
  通用规范汉字表 keeps 昇, 陞, 甦, 氾, 甯 and 吒 as standard Simplified for names, so a Simplified page keeps them as
  written; a Traditional page still converts (GUIDELINES §1: names as written).
"""

from __future__ import annotations

import pytest

from pipeline.normalize import T2S, classify_script
from tests.extract.views import dated, held, page, speakers

# -- speech transcript dated in Chinese numerals ---------------------------------------------------------------

_SPEECH_DATED = [
    ("在全县经济工作会议上的讲话\n（二〇二四年十二月二十六日）\n县委书记　张立新\n\n同志们：\n\n"
     "这次全县经济工作会议的主要任务是总结今年工作。刚才，我为受表彰的单位颁发了奖牌。\n",
     ("全县经济工作会议", "2024-12-26"), "张立新"),
    ("在全市安全生产工作会议上的讲话\n（二〇二三年十月九日）\n市长 王建国\n\n同志们：\n\n今天召开全市安全生产工作会议，部署四季度工作。\n",
     ("全市安全生产工作会议", "2023-10-09"), "王建国"),
    ("在全市安全生产工作会议上的讲话\n市长　王建国\n（二〇二三年十月九日）\n\n同志们：\n\n今天召开全市安全生产工作会议，部署四季度工作。\n",
     ("全市安全生产工作会议", "2023-10-09"), "王建国"),
    ("在全区教育大会上的讲话\n（二○二五年三月十二日）\n区长　刘海峰\n\n同志们：\n\n这次全区教育大会的主要任务是部署今年工作。\n",
     ("全区教育大会", "2025-03-12"), "刘海峰"),
]


@pytest.mark.parametrize(("text", "meeting", "speaker"), _SPEECH_DATED)
def test_speech_dated_in_chinese_numerals(extract, text, meeting, speaker) -> None:
    record = extract(text)
    assert meeting in dated(record)
    assert speaker in speakers(record)
    assert "讲话" in speakers(record)[speaker][1]


def test_speech_dated_in_digits_unchanged(extract) -> None:
    """The same transcript with the day in digits reads the same meeting, day and speaker (the rule it joins)."""
    record = extract("在全县经济工作会议上的讲话\n（2024年12月26日）\n县委书记　张立新\n\n同志们：\n\n这次全县经济工作会议的主要任务是总结今年工作。\n")
    assert ("全县经济工作会议", "2024-12-26") in dated(record)
    assert "张立新" in speakers(record)


def test_bracketed_chinese_date_under_a_report_headline_is_no_speech_day(extract) -> None:
    """NEGATIVE: a bracketed day in Chinese numerals under a headline that is no speech title dates no speech."""
    record = extract("县委召开全县经济工作会议\n（二〇二四年十二月二十六日）\n\n今天，县委召开全县经济工作会议，县委书记张立新讲话。\n")
    assert record["_doc"].meta.get("speech_date") is None


# -- organizer ending in a holiday's time or a time word tied by 的 ---------------------------------------------

_ORG_TIME_TAIL = [
    ("此外，集团已于春节前的1月20日召开2024年度经营总结会，对全年工作进行复盘。", "2024年度经营总结会", None),
    ("另外，公司已在国庆前的9月28日召开三季度安全生产例会，部署节日安全工作。", "三季度安全生产例会", None),
    ("此前，市政府已于上周的3月2日召开全市春季农业生产工作会议。", "全市春季农业生产工作会议", "市政府"),
    ("此外，市政府已于国庆节前的9月28日召开全市安全生产工作会议。", "全市安全生产工作会议", "市政府"),
    ("此外，集团已于春节前召开2024年度经营总结会。", "2024年度经营总结会", None),
    ("青年之家于五一前的4月28日召开志愿者座谈会。", "志愿者座谈会", "青年之家"),
]


@pytest.mark.parametrize(("body", "meeting", "organizer"), _ORG_TIME_TAIL)
def test_organizer_without_time_tail(extract, body, meeting, organizer) -> None:
    organizers = {name: org for name, _, org in held(extract(page(body)))}
    assert organizers[meeting] == organizer


@pytest.mark.parametrize(("body", "meeting", "organizer"), [
    # NEGATIVE: organizers as today
    ("此外，远航物流集团已于1月20日召开2024年度经营总结会，对全年工作进行复盘。", "2024年度经营总结会", "远航物流集团"),
    ("此外，市政府已于国庆前夕召开全市安全生产工作会议。", "全市安全生产工作会议", "市政府"),
    ("5月6日，县总工会召开全县工会工作会议。", "全县工会工作会议", "县总工会"),
])
def test_organizer_kept(extract, body, meeting, organizer) -> None:
    organizers = {name: org for name, _, org in held(extract(page(body)))}
    assert organizers[meeting] == organizer


# -- a common word read as a name after a person noun -----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "毕业生代表陈一鸣发言。今年有很多学生毕业。",
    "毕业生代表陈一鸣发言。本届共有2130名研究生毕业，其中三成留在本省。",
    "毕业生代表陈一鸣发言。不少学生毕业后，选择回乡创业。",
    "学生代表陈一鸣发言。会上，300名新生宣誓。",
    "学生代表陈一鸣发言。现有40名员工申请，经审核通过。",
])
def test_common_word_is_no_name(extract, body) -> None:
    names = speakers(extract(page(body)))
    assert set(names) == {"陈一鸣"}


@pytest.mark.parametrize(("body", "name"), [
    # NEGATIVE: a real name opening with the same surname stays
    ("大会上，研究生毕小明代表全体毕业生发言。", "毕小明"),
    ("会上，学生毕业帆作交流发言。", "毕业帆"),
    ("会议由副县长申立新主持。", "申立新"),
])
def test_surname_names_kept(extract, body, name) -> None:
    assert name in speakers(extract(page(body)))


# -- name characters of a Simplified page ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def t2s() -> T2S:
    return T2S()


@pytest.mark.parametrize(("text", "kept"), [
    ("华昇控股集团今天召开二〇二五年工作会议，董事长讲话。", "华昇"),
    ("陞任项目经理的李先生在会上发言，介绍了工作经验。", "陞任"),
    ("会议由副校长王甦主持，全体教职工参加了会议。", "王甦"),
    ("甯海县召开全县经济工作会议，县长作报告。", "甯海"),
])
def test_simplified_page_keeps_name_characters(t2s, text, kept) -> None:
    language, _ = classify_script(text, t2s)
    assert language == "zh-Hans"
    assert kept in t2s.convert(text, simplified=True)


@pytest.mark.parametrize(("text", "converted"), [
    # NEGATIVE: a Traditional page still converts, the name character too (as OpenCC's t2s does)
    ("華昇控股集團今天召開工作會議，董事長講話。", "华升控股集团"),
    ("會議由副校長王甦主持，全體教職工參加了會議。", "王苏"),
])
def test_traditional_page_still_converts(t2s, text, converted) -> None:
    language, _ = classify_script(text, t2s)
    assert language == "zh-Hant"
    assert converted in t2s.convert(text, simplified=False)


def test_name_character_in_a_whole_page(extract) -> None:
    """The whole pipeline keeps 华昇 in a Simplified page's title chain and organizer."""
    record = extract(page("昨日，华昇控股集团在总部召开2025年工作会议。获奖代表、华昇建工第三项目部经理何志远发言。"))
    assert speakers(record)["何志远"][0] == "华昇建工第三项目部经理"
    assert [org for _, _, org in held(record)] == ["华昇控股集团"]
