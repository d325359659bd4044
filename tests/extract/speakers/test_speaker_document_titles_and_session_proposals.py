"""Speaker shapes of document titles and proposals put at a session.

Found: a document's title closed before a list mark (听取了总经理某所作的《…报告》、工会主席某所作的…) was read into the
next person's post (GUIDELINES §4 title: the post is the person's own, not the object of another's report); and a
council member who 提出，then says what, at a council session (分组审议时，委员某提出，要…) was missed, where the
guidelines make it 讲话 at a forum, 座谈会 or council session (§4 sixteenth review round). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

# A report's title then 、/和 before the next person: the title stays out of that one's post.
TITLE_AFTER_DOCUMENT = [
    ("5月6日，某公司召开职工代表大会。大会听取了公司总经理张伟所作的《公司2024年度工作报告》、"
     "公司工会主席李芳所作的工会工作报告。", "李芳", "公司工会主席"),
    ("5月6日，某公司召开职工代表大会。大会审议了总经理张伟所作的《工作报告》、工会主席李芳所作的《工会工作报告》"
     "和财务总监王强所作的财务报告。", "王强", "财务总监"),
    ("5月6日，某公司召开职工代表大会。大会审议了总经理张伟所作的《工作报告》、工会主席李芳所作的《工会工作报告》"
     "和财务总监王强所作的财务报告。", "李芳", "工会主席"),
    ("5月6日，某集团召开职工代表大会。会议听取了董事长陈刚所作的《集团发展规划》及监事会主席刘敏所作的监事会报告。",
     "刘敏", "监事会主席"),
]

# Near misses: posts with no document title before them keep today's title.
TITLE_KEPT = [
    ("5月6日，某公司召开职工代表大会。公司工会主席李芳作工会工作报告。", "李芳", "公司工会主席"),
    ("5月6日，某公司召开职工代表大会。大会听取了公司总经理张伟所作的工作报告。", "张伟", "公司总经理"),
    ("5月6日，某县召开干部大会。县委副书记、县长王明主持会议。", "王明", "县委副书记、县长"),
]


@pytest.mark.parametrize(("body", "name", "title"), TITLE_AFTER_DOCUMENT + TITLE_KEPT)
def test_title_not_taken_from_document_before(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


# 提出，then the words, at a council session told (or a forum): 讲话.
PUT_AT_SESSION = [
    ("5月6日，县人大常委会召开第十次会议。分组审议时，委员钱文静提出，要进一步加大教育投入。", "钱文静"),
    ("5月6日，县人大常委会召开会议，审议县政府工作报告。委员赵立新提出，应当压减一般性支出。", "赵立新"),
    ("5月6日，县政协召开座谈会。委员孙丽华提出，要加快城乡公交一体化建设。", "孙丽华"),
]

# Near misses: no council or forum told, another act of the subject after 提出, or a written proposal earlier.
PUT_ELSEWHERE = [
    ("5月6日，县委召开常委会会议。县长周强提出，要加快老旧小区改造。", "周强"),
    ("5月6日，县人大常委会召开会议。委员钱文静提出，并获得通过。", "钱文静"),
    ("5月6日，县人大常委会召开会议。此前，委员钱文静在书面材料中提出，要加大教育投入。", "钱文静"),
]


@pytest.mark.parametrize(("body", "name"), PUT_AT_SESSION)
def test_proposal_put_at_session_is_speech(extract, body, name):
    assert "讲话" in speakers(extract(page(body)))[name][1]


@pytest.mark.parametrize(("body", "name"), PUT_ELSEWHERE)
def test_proposal_elsewhere_gives_no_speech(extract, body, name):
    people = speakers(extract(page(body)))
    assert name not in people or "讲话" not in people[name][1]
