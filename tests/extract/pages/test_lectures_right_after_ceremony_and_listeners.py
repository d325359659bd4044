"""Health insurance and public health pages: a lecture a named person gives right after the ceremony just
told (开班式后，教授X作专题讲座) is its own record on the ceremony's day; listeners named before their count in 人
(为机关全体党员和委属单位支部书记六十余人讲授专题党课) attend the lecture; a representative whose label says the group was
aided (受助群众代表X激动地说), on a page that tells the aid handed out, reacts and has no role. Invented sentences; the
expected values follow corpus/GUIDELINES.md (§3 seventh round: 仪式结束后 takes the ceremony's day; eleventh and twelfth
rounds: a lecture given at a ceremony or meeting of another kind is its own record; eighth round: listeners a lecture is
given to attend it; §4 twelfth round: a representative of a group paid or served at the event reacting in soft words)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月15日，县2024年家庭医生能力提升培训班在县委党校开班，局长吴海燕出席开班式。开班式后，主任医师许文斌以"
         "《家庭医生签约服务的规范与实践》为题作专题讲座。",
         ["2024年家庭医生能力提升培训班", "专题讲座"]),
        ("5月6日，市卫健委举行护理骨干研修班开班仪式，副主任王敏主持。仪式结束后，省护理学会理事长周丽作了护理质量管理专题讲座。",
         ["护理骨干研修班开班仪式", "护理质量管理专题讲座"]),
        ("5月6日上午，江城医学院举行2024级新生开学典礼，院长刘峰致辞。典礼结束后，院士陈明为新生作学术报告。",
         ["2024级新生开学典礼", "学术报告"]),
        # NEGATIVE: a lecture told after the ceremony with no one giving it; a lecture only planned after it
        ("5月6日，市卫健委举行护理骨干研修班开班仪式，副主任王敏主持。仪式结束后，学员们观看了专题讲座视频。",
         ["护理骨干研修班开班仪式"]),
        ("5月6日，市卫健委举行护理骨干研修班开班仪式，副主任王敏主持。仪式结束后，主办方表示将邀请专家作专题讲座。",
         ["护理骨干研修班开班仪式"]),
    ],
)
def test_lecture_right_after_the_ceremony(extract, body, expected):
    record = extract(page(body))
    assert [m[0] for m in held(record)] == expected
    assert {m[1] for m in held(record)} == {"2024-05-06" if "5月6日" in body else "2024-04-15"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月28日下午，区卫健委机关党委举办专题党课，党组书记黄海燕为机关全体党员和委属单位支部书记六十余人讲授专题党课。",
         (60, True)),
        ("5月6日，镇党委书记李明为全镇党员干部等80余人上了一堂专题党课。", (80, True)),
        ("5月6日，县医院举办医保政策专题讲座，医保办主任周涛为临床科室医务人员120人作了专题讲座。", (120, False)),
        # NEGATIVE: money handed to people counted after them; a lecture with the count of a series, not its audience
        ("5月6日，县卫健局召开专题会议，为困难职工家属30人送去慰问金。", (None, False)),
        ("5月6日，县医院召开党员大会，院长王强为党员讲授专题党课。", (None, False)),
    ],
)
def test_listeners_named_before_their_count(extract, body, expected):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("5月6日上午，县慈善总会举行大病救助金发放仪式，为86户困难家庭发放救助金40万元。受助群众代表李秀英激动地说：“有了这笔钱，"
         "手术费终于有着落了。”", "李秀英", ()),
        ("5月6日，县教育基金会举行助学金发放仪式，向全县120名高三毕业生发放助学金。受资助学生代表王晓燕表示，将努力学习回报社会。",
         "王晓燕", ()),
        ("5月6日，县红十字会举行救助款发放仪式，为困难家庭送去救助款。受救助群众代表张大山高兴地说，感谢党和政府的关怀。",
         "张大山", ()),
        # NEGATIVE: the aided representative's own turn to speak; an honourees' spokesman; no aid told on the page
        ("5月6日，县教育基金会举行助学金发放仪式，向120名学生发放助学金。受资助学生代表王晓燕作表态发言。", "王晓燕", ("发言",)),
        ("5月6日，县卫健委召开表彰大会，表彰先进个人20名。获奖代表、县医院主任医师李芳发言。", "李芳", ("发言",)),
        ("5月6日，县总工会召开帮扶工作座谈会。会上，受助职工代表刘强说，帮扶工作要更加精准。", "刘强", ("讲话",)),
    ],
)
def test_aided_representative_reacts(extract_with_model, body, name, roles):
    people = speakers(extract_with_model(page(body)))
    assert people.get(name, (None, ()))[1] == roles
