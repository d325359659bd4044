"""A revision stamp in an HTML page's footer gives way to the release's own dateline (invented pages).

GUIDELINES §2, thirty-fifth review round (7 December 2026, fifth stop), from the new tuning pages s166: on a Hong Kong or
Macau release whose text closes on its dateline (`完 / 2024年3月5日（星期二） / 香港時間16時20分`) and whose footer, an
element of its own, shows a publication stamp of uncertain order (`發佈日期：05/03/2024`) and a revision stamp
(`本網頁最近修訂日期：2024年3月6日`), the revision stamp gives way (thirtieth and thirty-second rounds) and the dateline
dates the page.  Near misses: a revision stamp that is the page's only stamp stays `published`; a footer publication
stamp written in full keeps its own day.
"""

from __future__ import annotations

import pytest

from pipeline.html import html_to_text


def _page(stamp: str, footer: str) -> str:
    return ("<html><head><meta charset='UTF-8'><title>康樂事務署與某某體育會簽署合作協議</title></head><body>"
            "<div id='top'><a href='/tc/'>新聞公報</a> | <a href='/en/'>English</a></div>"
            "<div id='release'><h1>康樂事務署與某某體育會簽署合作協議</h1>"
            "<p>　　康樂事務署與某某體育會今日（三月五日）上午在體育館會議室舉行合作協議簽署儀式，推動青少年體育發展。</p>"
            "<p>　　康樂事務署署長馮大文在儀式上致辭時表示，政府會繼續支持社區體育活動，鼓勵市民多做運動。</p>"
            "<p>　　某某體育會主席何小明致辭，感謝署方多年來的支持，並承諾開辦更多青少年訓練班。</p>"
            f"<p>完</p>{stamp}</div><div id='footer'>{footer}<p>2024 | 重要告示 | 私隱政策</p></div>"
            "</body></html>")


_DATELINE = "<p>2024年3月5日（星期二）<br>香港時間16時20分</p>"
_BOTH = "<p>發佈日期：05/03/2024</p><p>本網頁最近修訂日期：2024年3月6日</p>"


@pytest.mark.parametrize(("stamp", "footer", "published"), [
    (_DATELINE, _BOTH, "2024-03-05"),
    (_DATELINE, "<p>發佈日期：05/03/2024</p><p>最近更新日期：2024年3月8日</p>", "2024-03-05"),
    ("<p>2024年3月5日（星期二）</p><p>澳門時間16時20分</p>", _BOTH, "2024-03-05"),
    # near misses: the revision stamp alone; a footer publication stamp written in full
    ("", "<p>本網頁最近修訂日期：2024年3月6日</p>", "2024-03-06"),
    (_DATELINE, "<p>發佈日期：2024年3月7日</p><p>本網頁最近修訂日期：2024年3月9日</p>", "2024-03-07"),
])
def test_release_dateline_over_revision_stamp(stamp, footer, published):
    assert html_to_text(_page(stamp, footer)).published == published
