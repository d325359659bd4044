"""A hope put to compatriots by a person named at a meeting (`X希望台湾同胞…`, `X希望海外侨胞…`) is 讲话, like `X希望各…` and
`X希望广大…` (GUIDELINES §4 thirty-eighth review round, from the third newspaper batch's tuning articles).  Invented
sentences; the near misses, a hope with no one addressed or told as the press's, keep their readings."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


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
def test_hope_put_to_compatriots(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
