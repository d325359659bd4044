"""Rulings of the fifteenth review round on speech texts (GUIDELINES §4) and award counts (§5), on invented texts.

- §4: "In a speech transcript (a `讲话`/`致辞` headline with the speaker's byline) `我` is the byline speaker: an act the
  speech tells as done at this event (`刚才，我为获奖者颁发了证书`, `我宣读了…表彰决定`, `我在这里宣布…开幕`) adds its role
  (颁奖, 宣读; declaring open is 讲话, which the speech already gives); an act at another event adds nothing."
  Found: the byline speaker had the headline's role only; 我颁发了…, 我宣读了… added nothing.
- §5: "`各类`, `各项` or `各级` before an honour is dropped like a level word (`评出各类奖学金获得者300名` → `奖学金` 300,
  `各级先进个人120名` → `先进个人` 120)." Found: 各级 stayed in the honour (各级先进个人), and a count before 各级/各类
  (120名各级先进个人) gave no record.
- §5: "A certificate of commendation conferred on an exact count (`12名学生获颁校长嘉许状`) is an honour (`校长嘉许状` 12); a
  certificate of thanks (`向30名义工颁发感谢状`) is none." Found: already read so; pinned here.
- §5: a fifteenth-round reading of `超过` and `近` before a count as `逾` (no record) lowered the held-out probes and was
  withdrawn (§8): those counts stay read; the word is no part of the honour (优秀教师近50名 gave the honour 优秀教师近).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

_HEAD = "在全市教育工作表彰大会上的讲话\n市长 张伟\n（2024年3月5日）\n同志们：\n"
_GREETING = "在全港杰出青年颁奖典礼上的致辞\n局长 陈志强\n各位嘉宾：\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_HEAD + "刚才，我为获奖者颁发了证书。我代表市政府表示祝贺。\n", {"张伟": ("市长", ("讲话", "颁奖"))}),
        (_HEAD + "刚才，我宣读了市政府的表彰决定。希望大家再接再厉。\n", {"张伟": ("市长", ("讲话", "宣读"))}),
        (_HEAD + "下面，我宣读市政府的表彰决定。\n", {"张伟": ("市长", ("讲话", "宣读"))}),
        (_HEAD + "刚才，李副市长宣读了表彰决定，我为获奖者颁发了证书。\n", {"张伟": ("市长", ("讲话", "颁奖"))}),
        ("在全市表彰大会上的讲话\n王建国\n同志们：\n刚才，我和大家一起为受表彰的先进个人颁奖。\n",
         {"王建国": (None, ("讲话", "颁奖"))}),
        ("在全港傑出青年頒獎典禮上的致辭\n局長 陳志強\n各位嘉賓：\n剛才，我頒發了傑出青年獎項。\n",
         {"陈志强": ("局长", ("致辞", "颁奖"))}),
        (_GREETING + "刚才，我颁发了杰出青年奖项。\n", {"陈志强": ("局长", ("致辞", "颁奖"))}),
    ],
)
def test_the_speakers_act_at_this_event_adds_its_role(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NEGATIVE: declaring open (讲话, already given), another event, an act to come, 我们/我市, no speech headline
        ("在全县科技创新大会上的致辞\n县委书记 李明\n各位来宾：\n我在这里宣布，全县科技创新大会开幕！\n",
         {"李明": ("县委书记", ("致辞",))}),
        (_HEAD + "上个月，我在省里的大会上为获奖者颁发了证书。\n", {"张伟": ("市长", ("讲话",))}),
        (_HEAD + "去年，我宣读了省政府的表彰决定。\n", {"张伟": ("市长", ("讲话",))}),
        (_HEAD + "我曾多次为全市优秀教师颁奖。\n", {"张伟": ("市长", ("讲话",))}),
        (_HEAD + "待会儿，我将为获奖者颁发证书。\n", {"张伟": ("市长", ("讲话",))}),
        (_HEAD + "我们为获奖者颁发了证书。\n", {"张伟": ("市长", ("讲话",))}),
        (_HEAD + "我市为获奖者颁发了证书。\n", {"张伟": ("市长", ("讲话",))}),
        ("市长为获奖者颁发证书\n2024-05-08 来源：某网\n刚才，我为获奖者颁发了证书。\n", {}),
    ],
)
def test_an_act_elsewhere_or_of_no_speaker_adds_nothing(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("评出各类奖学金获得者300名。", [("奖学金", 300, "名", "person")]),
        ("会上表彰了各级先进个人120名。", [("先进个人", 120, "名", "person")]),
        ("大会表彰了120名各级先进个人。", [("先进个人", 120, "名", "person")]),
        ("大会表彰了30个各级先进集体。", [("先进集体", 30, "个", "organization")]),
        ("表彰各级各类先进个人120名。", [("先进个人", 120, "名", "person")]),
        ("今年共评出各项奖学金获得者500名。", [("奖学金", 500, "名", "person")]),
        ("1,286名学生获得各类奖学金，其中国家奖学金20名。",
         [("奖学金", 1286, "名", "person"), ("国家奖学金", 20, "名", "person")]),
        ("会议表彰了各级“优秀共产党员”45名、各类先进集体20个。",
         [("优秀共产党员", 45, "名", "person"), ("先进集体", 20, "个", "organization")]),
    ],
)
def test_a_scope_of_all_kinds_is_dropped_from_the_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: 各级 naming the conferring bodies or the recipients, holders visited, a level word kept as today
        ("各级党组织表彰了先进个人120名。", [("先进个人", 120, "名", "person")]),
        ("各类企业15家被评为“诚信企业”。", [("诚信企业", 15, "家", "organization")]),
        ("大会慰问了120名各级领导干部。", []),
        ("为50名各级劳动模范颁发慰问金。", []),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("大会表彰了120名市级先进个人。", [("先进个人", 120, "名", "person")]),
        ("各级各类学校200所参加评选。", []),
    ],
)
def test_other_uses_of_all_levels_keep_todays_reading(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("12名学生获颁校长嘉许状。", [("校长嘉许状", 12, "名", "person")]),
        ("典礼上，12名学生获颁“校长嘉许状”。", [("校长嘉许状", 12, "名", "person")]),
        ("活动向20名教师颁发嘉许状。", [("嘉许状", 20, "名", "person")]),
        # NEGATIVE: certificates and letters of thanks
        ("学校向30名义工颁发感谢状。", []),
        ("会上，15名志愿者获颁感谢状。", []),
        ("大会向8家企业颁发感谢信。", []),
    ],
)
def test_a_commendation_certificate_is_an_honour_a_thanks_one_none(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("超过300名学生获颁校长嘉许状。", [("校长嘉许状", 300, "名", "person")]),
        ("近200名教师被评为“优秀教师”。", [("优秀教师", 200, "名", "person")]),
        ("大会表彰了超过50名“优秀志愿者”。", [("优秀志愿者", 50, "名", "person")]),
        ("大会表彰了近50名“优秀志愿者”。", [("优秀志愿者", 50, "名", "person")]),
        ("将近30名教师被评为“优秀教师”。", [("优秀教师", 30, "名", "person")]),
        ("接近30名教师被评为“优秀教师”。", [("优秀教师", 30, "名", "person")]),
        # the word before the count is no part of the honour
        ("评出优秀教师近50名。", [("优秀教师", 50, "名", "person")]),
        ("共评选出优秀志愿者超过50名。", [("优秀志愿者", 50, "名", "person")]),
        ("评出优秀教师将近50名。", [("优秀教师", 50, "名", "person")]),
        # 逾 stays no explicit count (§5 tenth round)
        ("逾300名学生获颁校长嘉许状。", []),
    ],
)
def test_a_count_over_or_nearly_stays_read_as_written(extract, body: str, expected: list) -> None:
    """超过/近 before a count: the fifteenth-round reading as 逾 was withdrawn (GUIDELINES §8, it lowered the held-out
    probes); the count stays read, and the word is no part of the honour."""
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: 约 (§8), 近日/最近 (recently), 超过 not before the count, an exact count
        ("约30名教师被评为“优秀教师”。", [("优秀教师", 30, "名", "person")]),
        ("近日，50名“优秀志愿者”受到表彰。", [("优秀志愿者", 50, "名", "person")]),
        ("最近50名“优秀志愿者”受到表彰。", [("优秀志愿者", 50, "名", "person")]),
        ("最近，12名学生获颁校长嘉许状。", [("校长嘉许状", 12, "名", "person")]),
        ("超过期限后，12家“诚信企业”受到表彰。", [("诚信企业", 12, "家", "organization")]),
        ("评出优秀教师50名。", [("优秀教师", 50, "名", "person")]),
    ],
)
def test_an_exact_count_near_such_words_keeps_its_record(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
