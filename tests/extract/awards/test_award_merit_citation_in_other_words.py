"""Award shapes: 记功 read inside other words (铭记功勋, 牢记功臣, 书记功不可没,
笔记功能) is no Taiwan merit citation; a plain count of those commended after 另有/此外 (others) or a time since
(今年以来: a tally) does not take the honour named before; a bare word of praise after 表彰 (大力表彰先进) names no
honour. Invented sentences; the expected values follow corpus/GUIDELINES.md §5 (Taiwan merits are citations as
written; a count that refers back to an honour just named counts; tallies do not)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the citations themselves stay
        ("县公安局召开表彰会，为5名民警记三等功，为3名辅警记功。",
         [("三等功", 5, "名", "person"), ("记功", 3, "名", "person")]),
        ("县警察局举行表彰会，为4名员警记一大功，为9名员警各记功2次。",
         [("记一大功", 4, "名", "person"), ("记功2次", 9, "名", "person")]),
        # NEGATIVE: 记 ends a word (铭记, 牢记, 书记, 笔记, 登记), or 功 opens one (功勋, 功臣, 功能, 功不可没)
        ("支队召开表彰大会，表彰了先进集体，300名官兵铭记功勋，接续奋斗。", []),
        ("县公安局召开表彰会，表彰了先进集体，全局50名民警牢记功臣嘱托。", []),
        ("全县召开驻村工作表彰会，表彰了优秀驻村干部，10名第一书记功不可没。", []),
        ("学校开展读书月活动，10名学生使用笔记功能记录心得，受到表扬。", []),
        ("消防大队召开表彰会，表彰了优秀消防员，80名队员牢记功勋前辈的嘱托。", []),
        ("社区召开表彰会，表彰了优秀志愿者，20名志愿者在日记功课中写下感悟。", []),
    ],
)
def test_merit_citation_not_read_inside_other_words(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the counts of those just named stay
        ("会议对先进单位和先进个人进行了表彰，4个单位、12名个人受到表彰。",
         [("先进单位", 4, "个", "organization"), ("先进个人", 12, "名", "person")]),
        ("县委召开大会，表彰了一批优秀教师，30名教师受到表彰。", [("优秀教师", 30, "名", "person")]),
        ("县委召开大会，表彰了优秀共产党员，其中15名同志受到表彰。", [("优秀共产党员", 15, "名", "person")]),
        # NEGATIVE: others than the honour's holders (另有, 此外, 还有, 其余)
        ("市政府召开表彰会，对防汛先进集体和先进个人进行了表彰。另有3名个人受到通报表扬。", []),
        ("区委对抗疫先进集体和先进个人进行了表彰，此外，6名个人受到表扬。", []),
        ("公司对年度先进个人进行了表彰，还有8名员工受到表扬。", []),
        ("公司对年度先进个人进行了表彰，其余25名个人受到表扬。", []),
        # NEGATIVE: a tally since a time (今年以来, 年初以来, 去年以来)
        ("市政府召开表彰会，对防汛先进集体和先进个人进行了表彰。今年以来，12名个人受到表彰。", []),
        ("县委对优秀共产党员进行了表彰。年初以来，全县共有40名同志受到表彰。", []),
    ],
)
def test_plain_count_of_others_or_a_tally(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上表彰了2023年度优秀共产党员，16名同志受到表彰。", [("优秀共产党员", 16, "名", "person")]),
        ("会议表彰了先进个人，9名个人受到表彰。", [("先进个人", 9, "名", "person")]),
        # NEGATIVE: a word of praise alone as the verb's object names no honour
        ("市里召开会议，强调要大力表彰先进，会上10名个人受到表彰。", []),
        ("会议要求积极表扬优秀，会后15名个人受到表扬。", []),
        ("全县召开大会，号召表彰典型，20个单位受到表彰。", []),
    ],
)
def test_bare_praise_word_names_no_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
