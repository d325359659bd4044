"""Award, speaker and funding phrasings: a count inside 来自N个X的 (where the
honoured come from, no award), a surname with a form of address (张女士, 王先生: no name), money offered
by a policy for later (将对…给予奖励; money planned to be raised, 计划筹集, stays funding as the tuning
probes' gold has it), words said after the meeting inside a person's clause (在会后…提出要求), and an act
whose subject is an unnamed post (质控科负责人…进行了点评) given to the person named in the clause before.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§4 speakers, §5 awards, §6 funding),
with near misses that keep their records."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 来自N个X的: the places the honoured come from, no honour's count (§5)
        ("5月8日，市妇联召开表彰大会，共表扬来自29个乡镇的模范母亲88位。", [("模范母亲", 88, "位", "person")]),
        ("5月8日，县里召开表彰大会，表彰来自12个单位的“先进个人”30名。", [("先进个人", 30, "名", "person")]),
        ("5月8日，县里召开表彰大会，表彰了来自全县各地的“优秀教师”30名。", [("优秀教师", 30, "名", "person")]),
        # near misses: counts of honours, whatever is said of where the people come from
        ("5月8日，县里召开表彰大会，来自全县各地的30名“优秀教师”受到表彰。", [("优秀教师", 30, "名", "person")]),
        ("5月8日，县里召开表彰大会，表彰“先进集体”12个、“先进个人”30名。",
         [("先进集体", 12, "个", "organization"), ("先进个人", 30, "名", "person")]),
    ],
)
def test_counts_of_where_the_honoured_come_from(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a surname and a form of address: a person kept anonymous, no name (§4)
        ("5月8日，学校召开家长会。家长代表张女士发言。校长李明讲话。", {"李明": ("校长", ("讲话",))}),
        ("5月8日，社区召开座谈会。居民王先生、欧阳女士先后发言。", {}),
        ("5月8日，社区召开座谈会。退休职工李师傅发言。", {}),
        # near misses: a full name with a courtesy title, a given name that holds 女
        ("4月11日，商会举行年会。商会会长李志明先生致辞。", {"李志明": ("商会会长", ("致辞",))}),
        ("5月8日，社区召开座谈会。社区书记张女贞讲话。", {"张女贞": ("社区书记", ("讲话",))}),
    ],
)
def test_a_surname_and_a_form_of_address_is_no_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a policy announcing rewards for later: nothing granted yet (§6)
        ("1月8日，市政府召开常务会议。我市将对新认定的国家级专精特新企业给予一次性奖励50万元。", []),
        # near misses: money allocated or granted by a decision taken at the meeting, or at the meeting itself; money
        # planned to be raised stays funding (the tuning probes' gold records it, §9)
        ("1月8日，县总工会召开会议。今年全县各级工会计划筹集送温暖资金500万元。", [(5_000_000.0, "CNY", "送温暖资金")]),
        ("1月8日，县政府召开常务会议。会议决定安排资金300万元用于农村道路建设。", [(3_000_000.0, "CNY", "农村道路建设")]),
        ("1月8日，县政府召开常务会议。会议决定，将对新认定的高新技术企业给予一次性奖励20万元。", [(200_000.0, "CNY", None)]),
        ("1月8日，县政府召开表彰会，对新认定的高新技术企业给予一次性奖励20万元。", [(200_000.0, "CNY", None)]),
    ],
)
def test_planned_and_policy_money(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # words said after the meeting, inside the person's clause: no role at the meeting (§4)
        ("1月8日，市里召开安全生产会议。副市长王伟参加会议并在会后就我市工作提出要求。", {}),
        ("1月8日，市里召开安全生产会议。副市长王伟参加会议，并在会议结束后强调，要抓好落实。", {}),
        # near misses: a role before the time after the meeting; another meeting held after it; at the meeting
        ("1月8日，市里召开安全生产会议。副市长王伟出席会议并讲话，并在会后深入企业调研。", {"王伟": ("副市长", ("讲话",))}),
        ("1月8日，市里召开安全生产会议。副市长王伟在会后主持召开座谈会并讲话。", {"王伟": ("副市长", ("主持", "讲话"))}),
        ("1月8日，市里召开安全生产会议。副市长王伟在会上就我市工作提出要求。", {"王伟": ("副市长", ("讲话",))}),
    ],
)
def test_words_after_the_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an act whose subject is an unnamed post is no act of the person named before (§4)
        ("4月8日下午，县人民医院召开会议。会上，医务科科长张莉通报了医疗质量情况，质控科负责人对检查结果进行了点评。", {}),
        ("4月8日下午，县人民医院召开会议。会上，医务科科长张莉通报了医疗质量情况，有关负责同志作了讲话。", {}),
        # near misses: the act without a subject of its own, a named post, a post that is an object
        ("4月8日下午，县人民医院召开会议。会上，医务科科长张莉通报了医疗质量情况，并对检查结果进行了点评。",
         {"张莉": ("医务科科长", ("点评",))}),
        ("4月8日下午，县人民医院召开会议。会上，医务科科长张莉通报了医疗质量情况，质控科主任李明对检查结果进行了点评。",
         {"李明": ("质控科主任", ("点评",))}),
        ("4月8日下午，县人民医院召开会议。院长张莉听取了各科室汇报，对科室负责人提出要求。", {"张莉": ("院长", ("讲话",))}),
    ],
)
def test_an_act_of_an_unnamed_post(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
