"""Speaker shapes of planned talks and dotted names: two speaker rules fired on near misses.

W8: the first part of a page's one dotted name (素林 of 素林·披素万) was read as a name wherever its letters stood, so
阿里巴巴集团 or 约翰内斯堡市 cut a later speaker's title (张华 titled 巴巴集团副总裁) and made the dotted person speak
again; the first part now counts only as a word of its own, followed by punctuation or a verb of saying (GUIDELINES
§4: one speaker per person, the title as written before the name).
W9: talks held with 进行 between a lead such as 仪式结束后 and a name kept the name at the event, also when the clause
told them only planned (双方将就…进行座谈) or as an earlier series; planned talks are no event held (§3 twelfth round),
so remarks after them are not made at a meeting (§4).
Invented sentences; expected values follow corpus/GUIDELINES.md §3 and §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_SIGNING = "10月8日，江城市与华信集团举行战略合作签约仪式。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # talks held after the ceremony: the remarks are made there
        (_SIGNING + "仪式结束后，双方就共建联合实验室进行了座谈，市长王强表示，江城将全力支持项目建设。",
         {"王强": ("市长", ("讲话",))}),
        (_SIGNING + "仪式结束后，双方就产业合作进行了工作座谈，副市长李明说，江城欢迎企业落户。",
         {"李明": ("副市长", ("讲话",))}),
        # NEGATIVE: talks only planned, or an earlier series, anywhere in the clause before 进行
        (_SIGNING + "仪式结束后，双方将就下一步合作进行座谈，市长王强表示，江城将全力支持项目建设。", {}),
        (_SIGNING + "仪式结束后，双方将于近期就下一步合作进行座谈，市长王强表示，江城将全力支持项目建设。", {}),
        (_SIGNING + "仪式后，双方拟于下月就产业合作进行工作座谈，市长王强表示，江城将全力支持。", {}),
        (_SIGNING + "仪式结束后，双方计划就人才培养进行座谈，市长王强表示，江城将全力支持项目建设。", {}),
    ],
)
def test_planned_talks_are_not_held(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the first part alone, a word of its own: the same person
        ("中泰合作论坛在江城开幕。泰国驻华大使素林·披素万致辞。素林表示，泰方愿加强合作。",
         {"素林·披素万": ("泰国驻华大使", ("致辞",))}),
        ("中泰合作论坛在江城开幕。泰国驻华大使素林·披素万致辞。会上，素林还说，泰方愿加强合作。",
         {"素林·披素万": ("泰国驻华大使", ("致辞",))}),
        # NEGATIVE: the letters of the first part open a longer name (a firm, a city, another person)
        ("中南友好论坛在江城开幕。南非驻华大使阿里·汗致辞。阿里巴巴集团副总裁张华表示，将加大投资。",
         {"张华": ("阿里巴巴集团副总裁", ("讲话",))}),
        ("中法合作论坛在江城开幕。法国驻华大使约翰·史密斯致辞。约翰内斯堡市代表团团长姆贝基表示，愿加强合作。",
         {"约翰·史密斯": ("法国驻华大使", ("致辞",)), "姆贝基": ("约翰内斯堡市代表团团长", ("讲话",))}),
        ("中非合作论坛在江城开幕。肯尼亚驻华大使彼得·奥卢致辞。彼得森公司总经理李华表示，将加大投资。",
         {"彼得·奥卢": ("肯尼亚驻华大使", ("致辞",)), "李华": ("彼得森公司总经理", ("讲话",))}),
        ("中法合作论坛在江城开幕。法国驻华大使约翰·史密斯致辞。市长约翰逊表示，愿加强合作。",
         {"约翰·史密斯": ("法国驻华大使", ("致辞",)), "约翰逊": ("市长", ("讲话",))}),
    ],
)
def test_dotted_first_part_is_a_whole_word(extract, body: str, expected: dict) -> None:
    result = speakers(extract(page(body)))
    assert {name: result.get(name) for name in expected} == expected
    assert not any("·" in name and name not in expected for name in result)  # no 阿里·汗致辞 cut from the text
