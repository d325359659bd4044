"""Speakers and roles on ordinary pages. Invented sentences; the expected values follow
corpus/GUIDELINES.md §4.

- An office's head left unnamed (县委办公室主任宣读了…) gives no speaker: the 公 of 办公室/办公厅 after the
  item-opening 办 starts no name (no 公室).
- A message read out (宣读了贺信, 宣读了省委的贺电) is the reader's 宣读, no written words that end the reader's
  window: what the reader goes on to do (…，并作工作报告) still counts. Words framed as a written piece
  (在贺信中表示) still give nothing.
- A representative label glued to the title chain after it (共建单位代表市第二医院党委副书记) is dropped like one
  set off by 、 (not a seat: 全国人大代表…; not 代表团, 代表大会).
- A rank after the name before the person's name in Latin letters in brackets (叶玉如教授（Professor Nancy Ip）)
  still joins the chain.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "5月7日，全市工作会议召开。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，县委办公室主任宣读了表彰决定。县委书记王海涛出席并讲话。", {"王海涛": ("县委书记", ("讲话",))}),
        ("会上，市政府办公室副主任宣读了通报，副市长李国平作总结讲话。", {"李国平": ("副市长", ("讲话",))}),
        ("會上，禮賓公關外事辦公室主任宣讀名單，行政長官岑志明頒授勳章。", {"岑志明": ("行政长官", ("颁奖",))}),
        ("会上，省政府办公厅主任宣读了嘉奖令。省长孙立华出席并讲话。", {"孙立华": ("省长", ("讲话",))}),
        # NEGATIVE: a head of an office named after the post, or before it with the office, is still read
        ("会议由县委办公室主任赵晓峰主持。", {"赵晓峰": ("县委办公室主任", ("主持",))}),
        ("会议由县委办公室赵晓峰主任主持。", {"赵晓峰": ("主任", ("主持",))}),
    ],
)
def test_an_unnamed_office_head_is_no_speaker(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市关工委常务副主任黄丽芬宣读了贺信，并作工作报告。", ("宣读", "作报告")),
        ("县委副书记张立新宣读了省委的贺电，并代表县委讲话。", ("宣读", "讲话")),
        ("市总工会主席刘志刚宣读了全国总工会发来的贺信，并作了讲话。", ("宣读", "讲话")),
        ("县委副书记张立新宣读了贺信并作工作报告。", ("宣读", "作报告")),
    ],
)
def test_a_message_read_out_does_not_end_the_readers_acts(extract, body: str, expected: tuple) -> None:
    found = speakers(extract(page(MEETING + body)))
    assert [roles for _, roles in found.values()] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: words framed as a written piece are no address, nor what follows them
        ("会上，县委书记张立新在贺信中表示，希望再接再厉。", {}),
        # NEGATIVE: the sender of a message read out by another gets nothing
        ("会上，市关工委常务副主任黄丽芬宣读了省关工委主任王志强发来的贺信。",
         {"黄丽芬": ("市关工委常务副主任", ("宣读",))}),
    ],
)
def test_written_words_still_give_no_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，共建单位代表市第二医院党委副书记孙伟发言。", {"孙伟": ("市第二医院党委副书记", ("发言",))}),
        ("会上，企业代表华兴电子有限公司董事长李志强发言。", {"李志强": ("华兴电子有限公司董事长", ("发言",))}),
        ("会上，社区志愿服务队队长赵大妈、辖区共建单位代表市第二医院党委副书记孙伟分别发言。",
         {"孙伟": ("市第二医院党委副书记", ("发言",))}),
        # NEGATIVE: a delegation, a congress's presidium and a seat in a people's congress are posts, kept whole
        ("会上，中国代表团团长王建华致辞。", {"王建华": ("中国代表团团长", ("致辞",))}),
        ("会上，职工代表大会主席团常务主席王建华讲话。", {"王建华": ("职工代表大会主席团常务主席", ("讲话",))}),
        ("会上，全国人大代表、华兴电子有限公司董事长李志强发言。",
         {"李志强": ("全国人大代表、华兴电子有限公司董事长", ("发言",))}),
    ],
)
def test_a_glued_representative_label_is_no_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("論壇上，香港科技大學校長葉玉如教授（Professor Nancy Ip）發表主旨演講。",
         {"叶玉如": ("香港科技大学校长、教授", ("讲话",))}),
        ("论坛上，清华大学副校长王立明教授(Professor Wang)作主旨演讲。", {"王立明": ("清华大学副校长、教授", ("讲话",))}),
        ("會上，香港大學校長張翔教授（Professor Xiang Zhang）致辭。", {"张翔": ("香港大学校长、教授", ("致辞",))}),
        # NEGATIVE: a caption's position in brackets adds no rank
        ("会上，市委书记王立明（左二）讲话。", {"王立明": ("市委书记", ("讲话",))}),
    ],
)
def test_a_rank_before_a_latin_name_in_brackets(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(MEETING + body))) == expected
