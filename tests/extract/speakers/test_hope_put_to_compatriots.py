"""A hope put to compatriots addressed as a people (`全国台联副会长王林希望台湾同胞更多地了解…`, `希望海外侨胞…`) at the
meeting is 讲话, like `X希望各…` and `希望广大…` (GUIDELINES §4 speaker table; thirty-eighth review round, 7 December 2026,
eighth stop, from a recall read of newspaper articles); a hope of the speaker's own (`希望能…`) stays none. Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "台盟中央今天在北京举行座谈会。台盟中央副主席王林表示，两岸要加强交流。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (MEETING + "全国台联副会长李明希望台湾同胞更多地了解大陆的发展。",
         {"王林": ("台盟中央副主席", ("讲话",)), "李明": ("全国台联副会长", ("讲话",))}),
        (MEETING + "全国台联副会长李明希望海外侨胞为统一大业多作贡献。",
         {"王林": ("台盟中央副主席", ("讲话",)), "李明": ("全国台联副会长", ("讲话",))}),
        # near miss: a wish of the speaker's own
        (MEETING + "全国台联副会长李明希望能早日回家乡看看。", {"王林": ("台盟中央副主席", ("讲话",))}),
    ],
)
def test_hope_put_to_compatriots(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市台联在江城召开座谈会。市台联副会长王建明希望台湾同胞更多地了解大陆的发展。",
         {"王建明": ("市台联副会长", ("讲话",))}),
        ("5月6日，市侨联在江城召开座谈会。市侨联主席李国华希望海外侨胞继续关心家乡建设。",
         {"李国华": ("市侨联主席", ("讲话",))}),
        # near misses: a hope with no one addressed, and a body named for its work (希望工程)
        ("5月6日，市台联在江城召开座谈会。市台联副会长王建明希望能尽快实现直接通航。", {}),
        ("5月6日，市台联在江城召开座谈会。会后，市台联副会长王建明向希望工程捐款1万元。", {}),
    ],
)
def test_hope_put_to_compatriots_with_rules_alone(extract, body: str, expected: dict) -> None:
    """The same class read without the NER model (the second round that found it, from the third newspaper batch's
    tuning articles, wrote these rows)."""
    assert speakers(extract(page(body))) == expected
