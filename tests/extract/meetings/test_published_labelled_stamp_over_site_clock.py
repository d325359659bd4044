"""The page's publication date when a bare date with its weekday (the site's clock, the day the page was seen) sits
above the headline and the page's own labelled stamp (发布时间：…, 【发布日期：…】) comes later, below the headline or
at the foot of the article: the labelled stamp is the publication date (GUIDELINES §2), and the meeting's relative
days are read against it.  Near misses keep the bare date: no labelled stamp on the page, a labelled date later than
the bare one, a labelled line that is a programme's time (会议时间：…), or a bare date line that is the only date.
Invented pages; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import when


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the site's clock above the headline, the labelled stamp under it
        ("2024年5月10日 星期五\n县召开防汛工作会议\n发布时间：2024-05-08\n5月7日，县召开防汛工作会议。\n", "2024-05-08"),
        # the clock with its lunar day, the labelled stamp at the foot of the article
        ("2024年05月02日 星期四 农历三月廿四\n学校召开2024年党风廉政建设工作会议\n4月29日下午，学校召开2024年党风廉政建设"
         "工作会议。\n（党委办公室 供稿）\n发布时间：2024年04月30日  浏览次数：311\n", "2024-04-30"),
        ("2024年5月10日 星期五\n县召开防汛工作会议\n5月7日，县召开防汛工作会议。\n【发布日期：2024-05-08】【打印】\n",
         "2024-05-08"),
        # the label after the source on one line
        ("2024-05-10 星期五\n县委召开常委会会议研究部署防汛工作\n来源：县委办 日期：2024-05-08\n5月7日，县委召开常委会会议。\n",
         "2024-05-08"),
        # near miss: no labelled stamp anywhere, the bare date stands
        ("2024年5月10日 星期五\n县召开防汛工作会议专题研究部署工作\n5月9日，县召开防汛工作会议。\n", "2024-05-10"),
        # near miss: a labelled date later than the bare one is no posting day before the clock's
        ("2024年5月10日 星期五\n县召开防汛工作会议专题研究部署工作\n5月9日，县召开防汛工作会议。\n发布时间：2024-05-12\n",
         "2024-05-10"),
        # near miss: a date under the headline with its own label stays the one read
        ("县召开防汛工作会议专题研究部署工作\n发布时间：2024-05-08\n5月7日，县召开防汛工作会议。\n", "2024-05-08"),
    ],
)
def test_a_labelled_stamp_over_the_sites_clock(extract, text: str, published: str) -> None:
    assert extract(text)["published"][:10] == published


def test_relative_days_follow_the_labelled_stamp(extract) -> None:
    text = ("2024年6月7日 星期五\n区召开全区防汛工作会议\n昨日下午，区委、区政府召开全区防汛工作会议，区长秦某出席并讲话。\n"
            "发布时间：2024年06月05日\n")
    assert when(extract(text)) == [("2024-06-04", "昨日", "下午")]
