"""The author's note on a speech the text comes from, in brackets on its own line (GUIDELINES §11 thirty-seventh
review round, 7 December 2026, seventh stop).

Reading: ``（本文系作者在…大会上讲话的一部分）`` closing an article is article content, not a photo caption or a trailer,
whether another item is glued below it or it ends the text; the meeting it names is a record (§3, a speech-title
reference to a meeting that took place). A bracketed line that is a caption or credit stays page furniture. Invented
sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

_BODY = ("要把农村基础教育放在更加突出的位置，切实加强教师队伍建设，改善办学条件，提高教育质量。"
         "各级政府要加大投入，保证教师工资按时足额发放，让每一个适龄儿童都能上学读书。\n")
_GLUED = "山城新添文化广场\n本报讯近日，青峰县城区新建的文化广场落成，每天有上千名群众在这里健身娱乐，丰富了业余文化生活。\n"


@pytest.mark.parametrize(("note", "after", "names"), [
    ("（本文系作者在全省农村教育工作会议上讲话的一部分）", _GLUED, ["全省农村教育工作会议"]),
    ("（本文系作者在全省农村教育工作会议上讲话的一部分）", "", ["全省农村教育工作会议"]),
    ("（本文是作者在全省农村教育工作会议上的讲话摘要）", _GLUED, ["全省农村教育工作会议"]),
    ("（此文系作者在全省农村教育工作座谈会上的发言）", _GLUED, ["全省农村教育工作座谈会"]),
    ("（本文系作者在全省农村教育工作会议上讲话的一部分）", "（记者 张明）\n", ["全省农村教育工作会议"]),
    # near misses: a caption of a picture and a bracketed credit between two items stay page furniture
    ("（图为青峰县第一小学新落成的教学楼）", _GLUED, []),
    ("（青峰县教育局供稿）", _GLUED, []),
])
def test_speech_source_note_is_content(extract, note, after, names):
    record = extract(page(_BODY + note + "\n" + after))
    kept = note in record["clean_text"]
    assert kept == bool(names)
    assert [m["name"] for m in record["meetings"]] == names
