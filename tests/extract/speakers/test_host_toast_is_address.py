"""A host whose only words propose a toast gives an address of wishes (GUIDELINES §4 thirty-first review round: words
that only propose a toast are 致辞; fortieth review round, from a fourth recall read of newspaper articles).

One who hosts the show (``主持节目``) and whose only quoted words propose a toast (``“让我们为…干杯！”``) is 主持 and
致辞, not 讲话. Near misses: a host who also speaks (``主持节目并讲话``, ``并勉励…``) keeps 讲话, and words with no toast stay
讲话; a word that only holds a verb of saying (``称号``, ``希望工程``) tells no speech.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import speakers

_OPENING = "江城举行新春联欢晚会\n本报江城1月1日电 12月31日晚上，江城电视台举办了一场新春联欢晚会。"


@pytest.mark.parametrize(("body", "roles"), [
    ("江城大学教授王立新上台主持节目。晚会最后，王立新说：“让我们为两地人民的友谊干杯！”", ("主持", "致辞")),
    ("江城大学教授王立新上台主持节目。晚会最后，王立新举杯说：“为我们的友谊干杯，祝大家身体健康！”", ("主持", "致辞")),
    # near misses: the host also speaks; words with no toast
    ("江城大学教授王立新上台主持节目并讲话。晚会最后，王立新说：“让我们为两地人民的友谊干杯！”", ("主持", "讲话")),
    ("江城大学教授王立新上台主持节目。晚会最后，王立新说：“今年是丰收的一年。”", ("主持", "讲话")),
    # the host's other sentence speaks with a soft verb of saying; a word there only holds one
    ("江城大学教授王立新上台主持节目并勉励青年演员。晚会最后，王立新说：“让我们为两地人民的友谊干杯！”", ("主持", "讲话")),
    ("江城大学教授王立新上台主持节目并呼吁大家关心老人。晚会最后，王立新说：“让我们为两地人民的友谊干杯！”", ("主持", "讲话")),
    ("荣获“优秀教师”称号的江城大学教授王立新上台主持节目。晚会最后，王立新说：“让我们为两地人民的友谊干杯！”", ("主持", "致辞")),
    ("江城大学教授王立新上台主持节目，节目收入捐给希望工程。晚会最后，王立新说：“让我们为两地人民的友谊干杯！”", ("主持", "致辞")),
])
def test_host_toast_is_address(extract, body, roles):
    assert speakers(extract(f"{_OPENING}{body}\n"))["王立新"] == ("江城大学教授", roles)
