"""Speaker shapes of hopes put to those addressed and pronouns (GUIDELINES §4). Invented sentences; expected values follow
corpus/GUIDELINES.md.

- G7: ``X希望…`` put to those addressed is 讲话 (§4 table: ``X希望各…``) also after an act that is no speech: the hope's
  addressees may be a plural in 们 (希望新教师们…) or a unit told what to do (希望税务局再接再厉); praise given in a
  clause of its own (出席，并对…给予肯定，希望/要求…) goes on with the same person; not 希望工程, nor a hope told to the
  press (希望政府能…), nor remarks after a clause that is no praise;
- G8: a 他/她 after a sentence naming nobody (the content of an account, 2025年，全局共完成…) is the subject of the
  sentence before it, not the host named last (one such sentence only, in the same paragraph);
- G9: 并向议会提出施政报告 after 率…列席 or 列席 (Taiwan council) is 作报告;
- G10: a layperson's reaction in a manner adverb (80岁的居民周桂兰高兴地说) is no speech (§4: listeners and recipients
  whose reactions are quoted); one who speaks at the meeting (会上，居民周桂兰说; 居民代表周桂兰发言) keeps the role;
- G11: a medal pinned on those honoured (为老党员佩戴纪念章) is conferring, 颁奖; not 为新党员佩戴党徽.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

# --- G7. 希望… after an act that is no speech ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，学院召开新教师座谈会。院长孙平为新教师们颁发了聘书，并与大家座谈交流。他希望新教师们潜心教书育人。",
         {"孙平": ("院长", ("颁奖", "讲话"))}),
        ("5月6日，学院召开新教师座谈会。院长孙平为新教师们颁发了聘书，并与大家座谈交流。孙平希望新教师们潜心教书育人。",
         {"孙平": ("院长", ("颁奖", "讲话"))}),
        ("5月6日，学院召开新教师座谈会。院长孙平出席。他希望青年教师们扎根讲台。",
         {"孙平": ("院长", ("讲话",))}),
        ("5月6日，县税务局召开工作会议。副县长周丽出席，并对税务局的工作给予肯定，希望税务局再接再厉。",
         {"周丽": ("副县长", ("讲话",))}),
        ("5月6日，县税务局召开工作会议。副县长周丽出席，并对税务局的工作给予充分肯定，要求全局干部再接再厉。",
         {"周丽": ("副县长", ("讲话",))}),
        ("5月6日，县税务局召开工作会议。副县长周丽出席会议。周丽希望税务局继续做好服务。",
         {"周丽": ("副县长", ("讲话",))}),
        ("5月6日，区教育局召开工作会议。副区长刘洋出席，并对教育局的工作表示肯定，希望教育局进一步抓好校园安全。",
         {"刘洋": ("副区长", ("讲话",))}),
    ],
)
def test_hope_put_to_those_addressed_is_a_speech(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a hope told to the press, 希望工程, a clause that is no praise before the hope
        "5月6日，县里召开座谈会。副县长周丽出席。周丽希望政府能加大投入。",
        "5月6日，县里召开座谈会。副县长周丽出席，并参观了希望工程展览。",
        "5月6日，县里召开座谈会。副县长周丽出席，并参观了展览，随后与企业家合影，希望税务局再接再厉。",
    ],
)
def test_hope_not_put_to_those_addressed_gives_no_role(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {}


# --- G8. a pronoun after a sentence naming nobody ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市审计局召开工作会议。局长赵敏作工作报告，副局长王琦主持会议。赵敏回顾了2025年工作。"
         "2025年，全局共完成审计项目86个。她要求，全局干部要提高审计质量。",
         {"赵敏": ("局长", ("作报告", "讲话")), "王琦": ("副局长", ("主持",))}),
        ("5月6日，县林业局召开工作会议。局长钱勇作工作报告，副局长孙莉主持会议。钱勇总结了去年的工作。"
         "去年，全县共完成植树造林3万亩。他强调，要守牢森林防火底线。",
         {"钱勇": ("局长", ("作报告", "讲话")), "孙莉": ("副局长", ("主持",))}),
    ],
)
def test_pronoun_after_a_sentence_naming_nobody_is_the_subject_before(extract_with_model, body: str,
                                                                      expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


def test_pronoun_after_a_speech_goes_on_with_the_speaker(extract_with_model) -> None:
    # NEGATIVE: the sentence before the one naming nobody tells a speech, so its speaker stays the referent
    body = ("5月6日，县林业局召开工作会议。局长钱勇作工作报告。副局长孙莉主持会议并讲话。"
            "去年，全县共完成植树造林3万亩。她强调，要守牢森林防火底线。")
    assert speakers(extract_with_model(page(body))) == {"钱勇": ("局长", ("作报告",)), "孙莉": ("副局长", ("主持", "讲话"))}


# --- G9. a Taiwan council's policy report after attending ---


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，縣議會召開第三次定期會。縣長林志強列席，並向議會提出施政報告。",
        "5月6日，县议会召开第三次定期会。县长林志强率县府团队出席，并向议会提出施政报告。",
        "5月6日，縣議會召開第三次定期會。縣長林志強向議會提出施政報告。",
    ],
)
def test_policy_report_after_attending_is_a_report(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {"林志强": ("县长", ("作报告",))}


def test_words_from_the_policy_report_are_a_report_and_a_speech(extract_with_model) -> None:
    # Re-pinned by fxr14b, GUIDELINES §4 fourteenth review round: "one who speaks from the report that is the reported
    # meeting's own business (`县长X在政府工作报告中指出`, `在施政报告中表示` at the session that hears it) has 作报告 as well
    # as 讲话" (was 作报告 alone)
    body = "5月6日，縣議會召開第三次定期會。縣長林志強率縣府團隊列席，並向議會提出施政報告。林志強在施政報告中表示，縣府將持續推動建設。"
    assert speakers(extract_with_model(page(body))) == {"林志强": ("县长", ("作报告", "讲话"))}


def test_report_demanded_is_no_report(extract_with_model) -> None:
    # NEGATIVE: a report demanded of others
    body = "5月6日，縣議會召開第三次定期會。縣長林志強列席，並要求各局處提出書面報告。"
    assert speakers(extract_with_model(page(body))) == {}


# --- G10. a layperson's reaction is no speech ---


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，社区召开邻里节启动仪式。街道党工委书记陈明出席并讲话。80岁的居民周桂兰高兴地说：“今天真开心。”",
        "5月6日，社区举行重阳节敬老座谈会。街道党工委书记陈明出席并讲话。活动现场，居民周桂兰激动地说：“谢谢党和政府。”",
        "5月6日，村里召开丰收节庆祝大会。街道党工委书记陈明出席并讲话。村民李大山乐呵呵地说：“日子越过越红火。”",
    ],
)
def test_laypersons_reaction_is_no_speech(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {"陈明": ("街道党工委书记", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: one who speaks at the meeting keeps the role
        ("5月6日，社区举行居民座谈会。居民代表周桂兰发言。", {"周桂兰": (None, ("发言",))}),
        ("5月6日，社区举行居民座谈会。会上，居民周桂兰说：“社区服务越来越好。”", {"周桂兰": (None, ("讲话",))}),
        ("5月6日，社区举行居民座谈会。会上，居民代表周桂兰激动地说：“社区服务越来越好。”", {"周桂兰": (None, ("讲话",))}),
    ],
)
def test_one_who_speaks_at_the_meeting_keeps_the_role(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


# --- G11. a medal pinned on those honoured is 颁奖 ---


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("5月6日，街道召开纪念大会。街道党工委书记陈明为老党员佩戴纪念章，并向老党员们致以崇高的敬意。", ("颁奖", "致辞")),
        ("5月6日，街道召开纪念大会。街道党工委书记陈明出席并讲话。陈明为老党员佩戴纪念章。", ("讲话", "颁奖")),
        ("5月6日，街道召开纪念大会。街道党工委书记陈明为老党员们佩戴“光荣在党50年”纪念章并讲话。", ("颁奖", "讲话")),
        ("5月6日，街道召开表彰大会。街道党工委书记陈明为获奖者戴上奖章。", ("颁奖",)),
    ],
)
def test_medal_pinned_is_conferring(extract_with_model, body: str, roles: tuple) -> None:
    assert speakers(extract_with_model(page(body))) == {"陈明": ("街道党工委书记", roles)}


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a party badge is no honour; the medal's wearers named by a relative clause
        "5月6日，街道召开入党宣誓大会。街道党工委书记陈明为新党员佩戴党徽。",
        "5月6日，街道召开纪念大会。街道党工委书记陈明出席。为老党员佩戴纪念章的仪式十分隆重。",
    ],
)
def test_no_medal_conferred_gives_no_conferral(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {}
