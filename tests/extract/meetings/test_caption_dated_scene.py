"""A labelled photo caption dating the meeting by a day written right before its name (GUIDELINES §3 twenty-ninth review
round, 6 December 2026, eighth stop; the sixteenth round's caption dating a 近日 meeting).

Reading: a caption (``图说：``, ``图为``, ``图片说明：``) telling people at the meeting ``于DAY NAME中/上/现场`` (a month and day,
or a Taiwan page's ROC date with dots, seventeenth round) gives the date of the meeting the body tells only by
``近日``/``日前`` when NAME is that meeting's name or its end; a caption of another scene gives nothing. Invented
sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

_BODY = "近日，江城市政府与华信集团在市政府会议中心举行战略合作签约仪式。双方将在新能源领域开展合作。\n"


@pytest.mark.parametrize(("caption", "expected"), [
    ("图说：市长王明（右）与华信集团董事长李华（左）于5月6日签约仪式中互换协议文本。", ("2024-05-06", "5月6日")),
    ("图为市长王明与李华于5月6日在签约仪式上握手。", ("2024-05-06", "5月6日")),
    ("图片说明：双方代表于5月7日上午战略合作签约仪式现场合影。", ("2024-05-07", "5月7日")),
    # another scene: nothing
    ("图说：市长王明与李华于4月6日参观展览中交流。", (None, "近日")),
])
def test_caption_dates_recent_meeting(extract, caption, expected):
    record = extract(page(_BODY + caption))
    assert [(m["date"], m["date_text"]) for m in record["meetings"]] == [expected]


def test_roc_caption_on_taiwan_page(extract):
    body = ("澎河縣政府近日與海峰電力公司在縣府大禮堂舉行「離岸風電合作協議簽約儀式」，由縣長林志明與總經理陳美玲"
            "代表雙方簽署。\n縣長表示，縣府將全力協助。\n"
            "圖說：縣長林志明（左）與總經理陳美玲（右）於113.11.13簽約儀式中交換協議書。（工務處提供）")
    record = extract(f"澎河縣政府 全球資訊網\n新聞稿\n發布時間：2024/11/15\n{body}\n")
    assert [m["date"] for m in record["meetings"]] == ["2024-11-13"]
