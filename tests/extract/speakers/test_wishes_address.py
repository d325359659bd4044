"""An address of good wishes given at the event (发表祝词, 发表了热情洋溢的祝词, 致祝词, 在祝词中说) is 致辞, and the soft remarks
that go on with it (他说, 他表示; the person's own name again, also a dotted name's first part alone) belong to it; wishes sent
(发来祝词) or issued as the year's message in print with no meeting named before (在杂志上发表新年祝辞) are a message, no
address (GUIDELINES §4 致辞 row, remarks inside an address, messages sent; thirty-second review round)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

ADDRESS = [
    ("新华社乌鲁木齐1月20日电 自治区党委今天在人民会堂举行新春团拜会。自治区主席阿不来提在团拜会上发表了热情洋溢的祝词。他说，去年全区经济发展良好。",
     "阿不来提", ["致辞"]),
    ("市委今天举行新春团拜会。市长张华发表祝词。他表示，新的一年要再接再厉。", "张华", ["致辞"]),
    ("市委今天舉行新春團拜會。市長張華發表了熱情洋溢的祝詞。他說，新的一年要再接再厲。", "张华", ["致辞"]),
    ("市委今天举行新春团拜会。市长张华致祝词，向全市人民拜年。", "张华", ["致辞"]),
    ("学校今天举行毕业典礼。校长王芳在祝词中说，希望同学们勇于担当。", "王芳", ["致辞"]),
    ("市委今天举行新春团拜会。市长张华在团拜会上发表祝词时强调，要抓好落实。", "张华", ["致辞", "讲话"]),
    ("市委今天举行新春团拜会。市长张华在团拜会上发表新年祝词。他说，新的一年要再接再厉。", "张华", ["致辞"]),
    ("市委今天举行新春团拜会。市长张华在团拜会上发表了热情洋溢的祝词。他说，去年全市经济发展良好。人民生活进一步改善。张华说，当前全市形势很好。",
     "张华", ["致辞"]),
    ("自治区今天举行新春团拜会。自治区主席阿不来提·阿不都热西提在团拜会上致辞。他说，去年全区经济发展良好。人民生活进一步改善。阿不来提说，当前全区形势很好。",
     "阿不来提·阿不都热西提", ["致辞"]),
    ("市委今天举行全市干部大会。市长张华发表了重要讲话。他说，要抓好落实。", "张华", ["讲话"]),
    ("学校今天举行毕业典礼。副校长李明代为宣读了校长王芳的祝词。", "李明", ["宣读"]),
]

NO_ADDRESS = [
    ("学校今天举行毕业典礼。省长王强发来祝词。", "王强"),
    ("学校今天举行毕业典礼。校友会会长王强寄来了热情洋溢的祝辞。", "王强"),
    ("会长汪明在《两岸关系》杂志1998年1月号上发表新年祝辞。他说，两岸交流日益增多。", "汪明"),
    ("会长汪明发表新春祝词，祝全国人民新春快乐。", "汪明"),
    ("学校今天举行毕业典礼。副校长李明代为宣读了校长王芳的祝词。", "王芳"),
]


@pytest.mark.parametrize(("text", "name", "roles"), ADDRESS)
def test_wishes_given_at_the_event_are_an_address(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                                  roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == roles


@pytest.mark.parametrize(("text", "name"), NO_ADDRESS)
def test_wishes_sent_or_issued_are_no_address(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
