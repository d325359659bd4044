"""The part of the day written before the verb of holding (GUIDELINES §3 thirtieth review round, 6 December 2026, ninth
stop).

Reading: when the day opens the sentence with no part of the day of its own, a part of the day written in the meeting's
own clause right before the verb of holding (``于下午召开``, ``下午在市委党校召开``, ``晚上8时在…举行``) is the meeting's
``time_of_day``; a part of the day of another act (``上午调研企业后主持召开``), of what the meeting asked (``会议要求下午…``)
or after a vague day gives none. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，江州市委于下午召开全市组织工作会议。", ("2024-05-06", "5月6日", "下午")),
    ("5月6日，江州市委在市委党校于下午召开全市组织工作会议。", ("2024-05-06", "5月6日", "下午")),
    ("5月6日，在全市上下奋力推进高质量发展的关键时期，江州市委下午召开全市组织工作会议。", ("2024-05-06", "5月6日", "下午")),
    ("5月6日，江州市委下午在市委党校召开全市组织工作会议。", ("2024-05-06", "5月6日", "下午")),
    ("昨天，江州市文联晚上8时在市文化馆举行迎春晚会。", ("2024-05-07", "昨天", "晚上")),
    ("5月6日，臺北市政府下午在市府大樓召開防災會議。", ("2024-05-06", "5月6日", "下午")),
    # near misses
    ("5月6日，市委书记王明上午调研企业后主持召开座谈会。", ("2024-05-06", "5月6日", None)),
    ("5月6日，江州市召开全市组织工作会议，会议要求下午召开各区县会议。", ("2024-05-06", "5月6日", None)),
    ("近日，江州市委下午在市委党校召开全市组织工作会议。", (None, "近日", None)),
])
def test_part_of_day_before_verb(extract, body, expected):
    assert when(extract(page(body)))[0] == expected
