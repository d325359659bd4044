"""The page's own stamp below the site's copyright line, after a block of other articles (invented pages).

GUIDELINES §2, twenty-ninth review round (6 December 2026, eighth stop), following the fifteenth round (a block under a
`【相关阅读】` heading gives no publication date): the site's copyright line (`某某日报社版权所有`, `Copyright ©`) closes that
block, and a labelled stamp below it is the page's own footer: `published`; a stamp inside the block stays another
article's.
"""

from __future__ import annotations

import pytest

_BODY = ("某某日报数字报 > 第A01版：要闻\n\n县里召开会议\n\n本报讯（记者 王明）8月18日上午，县政府召开全县安全生产工作会议。"
         "县长李强主持会议。\n\n")


@pytest.mark.parametrize(("tail", "published", "meeting_date"), [
    ("【相关阅读】\n·县里举行开工仪式\n\n某某日报社版权所有 未经授权不得转载\n发布时间：2022-08-19 07:30\n",
     "2022-08-19T07:30", "2022-08-18"),
    ("【延伸阅读】\n·市里召开防汛会议\n发布时间：2022-06-01\n\nCopyright © 2022 某某网 版权所有\n发布日期：2022年8月19日\n",
     "2022-08-19", "2022-08-18"),
    # near miss: the only stamp is inside the other articles' block
    ("【相关新闻】\n·县里举行开工仪式 发布时间：2022-06-01\n\n某某日报社版权所有 未经授权不得转载\n", None, None),
])
def test_footer_stamp_after_related_block(extract, tail, published, meeting_date):
    record = extract(_BODY + tail)
    assert record["published"] == published
    assert [m["date"] for m in record["meetings"]] == [meeting_date]
