"""A 报告会 pointed back to (`这次报告会…`, `此次报告会…`) after the sentence telling a report given to an audience with its place
(`今天上午在人民大会堂向首都军民汇报了…事迹`) is located there, as a lecture told with its place gives the 报告会 its venue
(GUIDELINES §3 location, thirty-ninth review round, 7 December 2026, ninth stop, from a recall read of newspaper articles;
the fourth round of newspaper days for the day such a reference takes). Invented sentences; near misses, the report told
with no place and a report heard, give none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import venues


def _article(*paragraphs: str) -> str:
    """A newspaper article: a headline and its paragraphs, no publication date (GUIDELINES §11)."""
    return "标题\n" + "\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented
    (_article("新华社北京5月6日电 被誉为“治沙模范”的某县林业局局长王明，今天上午在省人民会堂向全省干部群众汇报了他的先进事迹。",
              "这次报告会由省委宣传部、省林业厅联合举办。"), [("报告会", "省人民会堂")]),
    # paraphrases: 此次, the afternoon, a university's hall
    (_article("新华社江城1月21日电 江城市劳模李华今天下午在市委礼堂向机关干部汇报了他的先进事迹。", "此次报告会由市委宣传部主办。"),
     [("报告会", "市委礼堂")]),
    (_article("本报江城1月9日讯 英模事迹报告团成员今天在江城大学礼堂向师生汇报了英模事迹。", "此次报告会由团市委主办。"),
     [("报告会", "江城大学礼堂")]),
    # near misses: the report told with no place; a report heard
    (_article("本报江城1月9日讯 江城市劳模李华今天上午向全市干部群众汇报了他的先进事迹。", "这次报告会由市委宣传部主办。"),
     [("报告会", None)]),
    (_article("本报江城1月9日讯 市委今天在市委礼堂听取了李华的工作汇报。", "这次报告会由市委宣传部主办。"), [("报告会", None)]),
])
def test_report_meeting_takes_venue_of_report_given(extract, body, expected):
    assert venues(extract(body)) == expected
