"""Speakers of no meeting and words that are no name or title, on real newspaper copy.

Classes (a random sample of the extractor's records on People's Daily articles of 1998, judged against the guidelines):

- A bare remark dated with a day of its own and a place of its own, in a report that tells a meeting elsewhere
  (``某国总统X本月2日在首都表示``, ``X二十六日在新德里表示``, ``X上月12日在东京表示``, ``X26日晚在巴黎说``): what
  varies is the month word before the day (本月, 上月, 本周), Chinese or Arabic numerals, the time of day and the city.
  GUIDELINES §4 sixteenth review round: "a bare remark dated with a day of its own right after the name … in a report
  that tells a meeting elsewhere is a statement of that day, no role, unless a sentence places the words at the
  meeting". A sentence that refers back to *another* person's words and names this one only as the one answered
  (``甲是针对乙的讲话作上述表示的``) places 甲's words, not 乙's. Near misses: a place that is a meeting
  (``26日在新闻发布会上说``, ``在会谈中说``) and a reference back whose subject is the person
  (``乙是在会见记者时作上述表示的``) keep the role.
- Words that are no person read as names (§4 `name`: "the personal name only"; "Unnamed people … produce no speaker
  record"): a quantifier before a group noun (``许多学者``, ``许多同志``), a field or circle (``代表文学界``,
  ``代表新闻界``), and a time adverb glued to a transliterated name (``路易斯·弗里不久前``, ``前不久``).
- Stray words opening a title (§4 `title`: "stray punctuation repaired"): a list item's number (``1、联合国秘书长``,
  ``二、``, ``（3）``) and a conjunction opening the sentence (``但国防部长``, ``由于市长``).
- 主持 meaning running a publication or a body's business (``主持南方局机关报``, ``主持《某某》杂志``, ``主持校务``,
  ``主持考古发掘``): §4 roles are those of "a reported meeting"; like 主持工作/主持设计 already read, no meeting is
  chaired. Near miss: a meeting of that body named after it (``主持报社编委会会议``) is chaired.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

# another leader's press conference, told first: the page reports a meeting
_CONFERENCE = "甲国外长李文华在外交部举行的记者招待会上强调，要加强地区合作。\n"


def _speakers(record: dict) -> list[tuple[str, list[str]]]:
    return [(s["name"], s["roles"]) for s in record["speakers"]]


@pytest.mark.parametrize("body", [
    "乙国总统王大成本月2日在首都表示，如果谈判没有进展，将以武力解决冲突。",
    "乙国总统王大成上月12日在东京表示，将以武力解决冲突。",
    "乙国总统王大成二十六日在新德里表示，两国应加强合作。",
    "乙国总统王大成26日晚在巴黎说，两国应加强合作。",
    "乙国总理陈立新本周三日在首都宣布，政府将改组。",
    # a time of its own before an act that is no meeting
    "乙国总统王大成在政府改组前说，改组旨在增强管理能力。",
    "乙国总统王大成在离开首都前表示，两国应加强合作。",
    "乙国总理陈立新在出访欧洲之前也表示，将加强合作。",
    # the one answered by a reference back to another's words
    "乙国总统王大成本月2日在首都表示，将以武力解决冲突。李文华是针对王大成的讲话作上述表示的。",
])
def test_dated_remark_with_place_is_a_statement(extract, body):
    assert _speakers(extract(page(_CONFERENCE + body))) == [("李文华", ["讲话"])]


@pytest.mark.parametrize(("body", "expected"), [
    # near misses: the place is a meeting, or the person's own words are referred back to an occasion
    ("乙国总统王大成26日在新闻发布会上说，两国应加强合作。", ("王大成", ["讲话"])),
    ("乙国总统王大成26日在会谈中说，两国应加强合作。", ("王大成", ["讲话"])),
    ("乙国总统王大成2日在首都表示，将以武力解决冲突。王大成是在会见记者时作上述表示的。", ("王大成", ["讲话"])),
    ("乙国总统王大成在欢迎仪式上说，两国应加强合作。", ("王大成", ["讲话"])),
])
def test_dated_remark_at_occasion_kept(extract, body, expected):
    assert expected in _speakers(extract(page(_CONFERENCE + body)))


@pytest.mark.parametrize("body", [
    "12月31日，国家主席王振国发表1998年新年讲话《迈向新世纪》。",
    "在进入新年之际，国家主席王振国发表新年讲话时再次呼吁，希望各方以大局为重。",
    "乙国总统王振国1日发表元旦讲话，强调要团结奋斗。",
    "乙国总理陈立新发表新春讲话指出，经济将会好转。",
])
def test_new_year_address_issued_gives_no_speaker(extract, body):
    assert _speakers(extract(page(body))) == []


@pytest.mark.parametrize(("body", "expected"), [
    # near misses: the address given at a meeting the sentence names
    ("市委书记王振国在新年茶话会上发表新年讲话，强调要团结奋斗。", ("王振国", ["讲话"])),
    ("县长王振国在春节团拜会上发表新春讲话，向全县人民拜年。", ("王振国", ["讲话"])),
])
def test_new_year_address_at_meeting_kept(extract, body, expected):
    assert expected in _speakers(extract(page(body)))


@pytest.mark.parametrize("body", [
    "许多专家在座谈会上指出，要加强研究。",
    "许多同志在会上发言。",
    "在颁奖会上，某公司决定对文学奖做独家捐助，我代表文学界对他们表示感谢。",
    "在颁奖会上，我代表新闻界对他们表示感谢。",
])
def test_word_that_is_no_name(extract_with_model, body):
    assert _speakers(extract_with_model(page(body))) == []


@pytest.mark.parametrize(("body", "expected"), [
    (_CONFERENCE + "美国联邦调查局局长路易斯·弗里不久前在记者招待会上表示担心。", "路易斯·弗里"),
    ("国务卿约翰·史密斯前不久在记者招待会上说，要加强合作。", "约翰·史密斯"),
    ("县委书记王明不久前在全县大会上强调，要加强管理。", "王明"),
    # near miss: a surname-initial name with a rank after it stays a name
    ("许明学者在座谈会上指出，要加强研究。", "许明"),
])
def test_name_ends_before_time_word(extract_with_model, body, expected):
    assert expected in [s["name"] for s in extract_with_model(page(body))["speakers"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("1、联合国秘书长安南1月12日在纽约联合国总部举行的记者招待会上讲话。", ("安南", "联合国秘书长")),
    ("2、县委书记王明在大会上讲话。", ("王明", "县委书记")),
    ("二、县委书记王明在大会上讲话。", ("王明", "县委书记")),
    ("（3）市长李明在座谈会上讲话。", ("李明", "市长")),
    ("但国防部长莫迪凯在会上要求政府撤军。", ("莫迪凯", "国防部长")),
    ("但县长王明在会上强调，要加强管理。", ("王明", "县长")),
    ("由于县长王明在会上强调安全，各部门加强了管理。", ("王明", "县长")),
    # near misses: a number inside the chain, a place opening on the same character
    ("县第二中学校长王明在大会上讲话。", ("王明", "县第二中学校长")),
    ("第3小组组长王明在大会上发言。", ("王明", "第3小组组长")),
])
def test_stray_opening_dropped_from_title(extract_with_model, body, expected):
    assert expected in [(s["name"], s["title"]) for s in extract_with_model(page(body))["speakers"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("当时，哲学家潘梓年主持南方局机关报——新华日报。", []),
    ("著名报人王明主持《江城晚报》多年，经验丰富。", []),
    ("研究员李强主持了殷墟的考古发掘工作。", []),
    ("校长王明主持校务十余年。", []),
    ("社长王明曾主持该刊物二十年。", []),
    # near misses: a meeting of the body or paper chaired
    ("总编辑王明主持报社编委会会议。", [("王明", ["主持"])]),
    ("局长王明主持日报社年度工作会议并讲话。", [("王明", ["主持", "讲话"])]),
    ("县委书记王明主持召开县委常委会议。", [("王明", ["主持"])]),
])
def test_running_a_publication_is_no_chairing(extract_with_model, body, expected):
    assert _speakers(extract_with_model(page(body))) == expected
