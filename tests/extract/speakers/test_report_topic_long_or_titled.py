"""A report named by its topic, written 关于…的 after the light verb (作了关于…的报告) or after the name of one whose report the
meeting hears (听取了X作的关于…的报告), is 作报告 however long the topic and whether or not it holds a law's or document's
title in 《》 or quoted words (GUIDELINES §4, thirty-third review round, third stop of 7 December 2026; the report readings
of the tenth and fifteenth rounds; remarks 在报告中说 stay inside the report, 在报告中指出 add 讲话, twenty-fourth round).
Invented sentences; near misses where the report is a text handled, not given."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "6月28日，市人大常委会第五次会议开幕。"


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("受市人民政府委托，副市长卓雅作了关于江州市2016年市级决算和2017年1至5月预算执行情况的报告。", "卓雅", ("作报告",)),
        ("副市长卓雅作了关于江州市2016年市级决算和2017年1至5月预算执行情况的报告。卓雅在报告中说，全市财政运行总体平稳。",
         "卓雅", ("作报告",)),
        ("副市长卓雅作了关于江州市2016年市级决算和2017年1至5月预算执行情况的报告。卓雅在报告中指出，要压减一般性支出。",
         "卓雅", ("作报告", "讲话")),
        ("会议听取了副主任王建国作的关于检查《江州市城市绿化条例》实施情况的报告。", "王建国", ("作报告",)),
        ("会议听取了副主任王建国关于检查《城市绿化条例》实施情况的报告。", "王建国", ("作报告",)),
        ("副主任王建国作了关于检查《城市绿化条例》实施情况的报告。", "王建国", ("作报告",)),
        ("副主任王建國作了關於檢查《江州市城市綠化條例》實施情況的報告。", "王建国", ("作报告",)),
        ("县长刘晓东作了关于“十四五”规划纲要实施情况中期评估的报告。", "刘晓东", ("作报告",)),
        ("会议听取和审议了县法院院长孙立群所作的关于全县法院开展行政审判工作和化解行政争议情况的报告。", "孙立群", ("作报告",)),
        ("会议听取了县审计局局长周平、县财政局局长马文分别作的关于2023年度县级预算执行和其他财政收支审计工作情况的报告。",
         "马文", ("作报告",)),
    ],
)
def test_a_report_named_by_a_long_or_titled_topic_is_given(extract_with_model, body: str, name: str,
                                                            roles: tuple[str, ...]) -> None:
    found = speakers(extract_with_model(page(HEAD + body, "2017-06-29")))
    assert found[name][1] == roles


@pytest.mark.parametrize(
    "body",
    [
        # a report studied or a bill's review opinion: a text handled, nobody's report given
        "县长刘晓东学习了关于《城市绿化条例》实施情况的报告。",
        "会议审议了县政府关于《江州市城市绿化条例》实施情况的报告。",
    ],
)
def test_a_report_handled_as_a_text_gives_no_report_role(extract_with_model, body: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body, "2017-06-29")))
    assert all("作报告" not in roles for _, roles in found.values())
