"""1990s news phrasings of designations, works commended and meeting holders (GUIDELINES §9 probes, read by §3 and §5): 1990s news phrasings the rules missed.

- Designation in the 将/把 frame (§5 tenth round: a designation conferred on counted units, ``命名…为…``, is an honour): the
  holders counted before the verb (``省政府已将12个乡镇命名为“文明乡镇”``, ``把``) as after it; 将 of a plan (``明年，…将…``,
  ``将于…``, ``拟将``, ``还将``, and 将 right after a body, §5 nineteenth round, as the cr35 review found) confers nothing.
- Works commended as 获奖 with no honour word after it (§5 twenty-second review round: works commended as 获奖 are counted as
  the honour): ``表彰了191篇获奖人口科学论著及作者`` -> ``获奖人口科学论著`` 191; people described as 获奖 with no honour
  (``30名获奖教师``) and works only discussed give none.
- A crowd counted as the subject holding its own event (§3 twenty-second review round: attendee count, approximate), also
  with a day word after the subject, a phrase of the weather braved before the verb, a quoted name, or the count after the
  crowd's noun (``首都各界群众一万多人在…举行纪念大会``: no organizer, a crowd is no body, §3 organizer), or the capital
  or the whole unit as its scope before the count (``首都2万多名青少年…``, ``全校3000名师生…``).
- The organizer after 在 in ``在X召开的…上`` (§3 organizer: the subject of 召开/举行/举办) for a body of the state, the party,
  the army or a mass organisation (``在公安部召开的…会上``, ``在两国政府举行的…仪式上``); a school, hotel, headquarters or
  hall there is the venue (§3: a building, campus or site before 举行 is no organizer).

- The same body as the subject opening the clause when only a time stands between 在 and the verb (``中宣部在日前召开的…座谈会
  上强调``): it holds the meeting (§3 organizer: the subject of 召开/举行/举办); a person, a post, a delegation or a school
  there gives none.
- An edition before a conferred quoted honour (§5 tenth round: ``首届`` is dropped like ``第N届``): ``向23位科学家颁发了首届
  “…奖”``, ``获得本届“…”的共有10人`` count as without it; so do an edition or a year (§5 thirteenth round) between the
  receiving verb and an unquoted prize (``三位科学家荣获1997年度…成就奖``).
- The national government's own session (§3: a session named after its standing body keeps the body in its name, and the
  body is its organizer, ``县政府第28次常务会议``): ``国务院第八次总理办公会议``, ``国务院常务会议`` -> ``国务院``.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


def _counted(record: dict) -> list[tuple[str, int]]:
    return [(honor, count) for honor, count, _unit, _kind in honours(record)]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the holders counted before the verb, 将 or 把 marking them, quoted or not, Arabic or Chinese numerals
    # (changed by the cr35 review, finding A4, after §5 nineteenth round: 将 right after a body stays a plan; 已将 told as
    # done, 把, or a meeting as the subject designate)
    ("会上，省政府已将12个乡镇命名为“文明乡镇”。", [("文明乡镇", 12)]),
    ("会上，省政府把5个村命名为“生态示范村”。", [("生态示范村", 5)]),
    ("会上，区政府已经将二十个社区命名为文明社区。", [("文明社区", 20)]),
    ("会议将十五家企业确定为“重合同守信用企业”。", [("重合同守信用企业", 15)]),
    ("省政府把十二个乡镇命名为文明乡镇。", [("文明乡镇", 12)]),
    ("会上，省政府将12个乡镇命名为“文明乡镇”。", []),
    # the verb first, as before
    ("会上，省政府命名12个乡镇为“文明乡镇”。", [("文明乡镇", 12)]),
    # negative: 将 of a plan or a proposal
    ("明年，省政府将12个乡镇命名为“文明乡镇”。", []),
    ("省政府将于年底把12个乡镇命名为“文明乡镇”。", []),
    ("市政府拟将8个村命名为“生态村”。", []),
    ("省政府还将12个乡镇命名为“文明乡镇”。", []),
])
def test_designation_with_jiang(extract, body, expected):
    assert _counted(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: works commended as 获奖, their authors joined after them or not, by 篇, 部 or 项
    ("会上还表彰了191篇（部）获奖人口科学论著及作者。", [("获奖人口科学论著", 191)]),
    ("大会表彰了30篇获奖论文。", [("获奖论文", 30)]),
    ("会上表彰了48部获奖作品及其作者。", [("获奖作品", 48)]),
    ("大会表彰了十二项获奖科研成果。", [("获奖科研成果", 12)]),
    ("大会表彰了25部（篇）获奖著作。", [("获奖著作", 25)]),
    # an honour word after 获奖 is the honour, as before
    ("大会表彰了25篇获奖社科优秀论著。", [("社科优秀论著", 25)]),
    ("大会表彰了20篇优秀论文及作者。", [("优秀论文", 20)]),
    # negative: people with no honour named; works discussed or their authors present, nothing conferred
    ("大会表彰了30名获奖教师。", []),
    ("会上交流了30篇获奖论文。", []),
    ("30篇获奖论文的作者出席了会议。", []),
])
def test_works_commended_as_won(extract, body, expected):
    assert _counted(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the counted crowd holding its own event
    ("11月18日，在江城实验中学，3000多名师生冒着凛冽的寒风举行“李明事迹报告会”。", [("李明事迹报告会", 3000, None)]),
    ("5月6日，2000余名干部群众今天在市体育馆举行“王华事迹报告会”。", [("王华事迹报告会", 2000, None)]),
    ("5月6日，五百多名青年冒雨在人民广场举行入团仪式。", [("入团仪式", 500, None)]),
    ("5月6日，首都各界群众一万多人在人民大会堂举行纪念大会。", [("纪念大会", 10000, None)]),
    ("5月6日，全市干部群众三千余人在体育场举行庆祝大会。", [("庆祝大会", 3000, None)]),
    ("5月6日，千余名青年学生在人民大会堂举行纪念五四运动座谈会。", [("纪念五四运动座谈会", 1000, None)]),
    # the capital or the whole unit as the scope before the count
    ("5月6日，首都2万多名青少年在天安门广场举行升旗仪式。", [("升旗仪式", 20000, None)]),
    ("5月6日，全校3000名师生在操场举行开学典礼。", [("开学典礼", 3000, None)]),
    ("5月6日，首都2000余名少年儿童在人民大会堂举行新年联欢会。", [("新年联欢会", 2000, None)]),
    # negative: a plan, an activity, a past year's event
    ("学校召开表彰大会。3000名师生将在体育馆举行报告会。", [("表彰大会", None, None)]),
    ("200余名志愿者冒着寒风举行了植树活动。", []),
    ("5月6日，全市2000余名青少年将在广场举行成人仪式。", []),
    ("5月6日，全市2000余名青少年参观了展览。", []),
    ("学校召开表彰大会。去年，3000多名师生冒雨举行报告会。", [("表彰大会", None, None), ("报告会", None, None)]),
])
def test_crowd_holding_its_event(extract, body, expected):
    record = extract(page(body))
    assert [(m["name"], m["attendee_count"], m["organizer"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a body of the state, the party, the army or a mass organisation after 在 holds the meeting
    ("闻韶派出所在公安部召开的“全国住宅安全防范经验交流会”上介绍了经验。", ("全国住宅安全防范经验交流会", "公安部", None)),
    ("李华在外交部今天举行的新闻发布会上说，中方欢迎这一决定。", ("新闻发布会", "外交部", None)),
    ("张明在国家计委举行的座谈会上介绍了情况。", ("座谈会", "国家计委", None)),
    ("在农业部日前召开的全国春耕生产电视电话会议上，刘江要求各地抓好春耕。", ("全国春耕生产电视电话会议", "农业部", None)),
    ("王强在解放军总政治部召开的座谈会上强调，要加强学习。", ("座谈会", "解放军总政治部", None)),
    ("江主席在中俄两国政府举行的签字仪式上讲话。", ("签字仪式", "中俄两国政府", None)),
    ("在中国科协举办的“企业技术创新论坛”上，代表们交流了体会。", ("企业技术创新论坛", "中国科协", None)),
    # negative: a school, a hotel, headquarters or a hall after 在 is the venue
    ("李华在江城大学举行的研讨会上发言。", ("研讨会", None, "江城大学")),
    ("李华在北京饭店举行的招待会上讲话。", ("招待会", None, "北京饭店")),
    ("李华在联合国总部举行的会议上发言。", ("会议", None, "联合国总部")),
    ("李华在市体育馆举行的报告会上讲话。", ("报告会", None, "市体育馆")),
])
def test_organizer_after_zai(extract, body, expected):
    record = extract(page(body))
    assert [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: an edition or this round before the quoted honour
    ("会上，中国科学院向23位科学家颁发了首届“杰出科技成就奖”。", [("杰出科技成就奖", 23)]),
    ("会上，中国科学院向23位科学家颁发了第二届“杰出科技成就奖”。", [("杰出科技成就奖", 23)]),
    ("会上，协会为十二名会员颁发了本届“优秀会员奖”。", [("优秀会员奖", 12)]),
    ("获得本届“中国青年五四奖章”的共有10人。", [("中国青年五四奖章", 10)]),
    ("获得这次“全国优秀教师”称号的有二十名。", [("全国优秀教师", 20)]),
    # the edition or the year between the receiving verb and an unquoted prize
    ("会上，有三位科学家荣获首届何梁何利基金科学与技术成就奖。", [("何梁何利基金科学与技术成就奖", 3)]),
    ("有三位科学家荣获1997年度何梁何利基金科学与技术成就奖。", [("何梁何利基金科学与技术成就奖", 3)]),
    ("会上，有五名教师荣获本届园丁奖。", [("园丁奖", 5)]),
    # the same without the edition, as before
    ("会上，中国科学院向23位科学家颁发了“杰出科技成就奖”。", [("杰出科技成就奖", 23)]),
    ("有三位科学家荣获何梁何利基金科学与技术成就奖。", [("何梁何利基金科学与技术成就奖", 3)]),
    # negative: a conferral still ahead, or no count
    ("明年，中国科学院将向23位科学家颁发首届“杰出科技成就奖”。", []),
    ("会上，中国科学院向科学家颁发了首届“杰出科技成就奖”。", []),
    ("明年，将有三位科学家荣获本届何梁何利基金科学与技术成就奖。", []),
    ("他们当中，有三位科学家曾荣获首届何梁何利基金科学与技术成就奖。", []),
])
def test_edition_before_quoted_honour(extract, body, expected):
    assert _counted(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the national government's own session, numbered or not, chaired or held
    ("前不久，总理主持召开国务院第八次总理办公会议，专门研究了税收工作。", ("国务院第八次总理办公会议", "国务院")),
    ("5月6日，总理主持召开国务院第十次常务会议。", ("国务院第十次常务会议", "国务院")),
    ("5月6日，总理主持召开国务院常务会议。", ("国务院常务会议", "国务院")),
    ("5月6日，国务院召开第五次全体会议。", ("国务院第五次全体会议", "国务院")),
    # the county government's, as before
    ("5月6日，县长王强主持召开县政府第28次常务会议。", ("县政府第28次常务会议", "县政府")),
    # negative: an office of it holding a briefing is that office
    ("5月6日，国务院新闻办公室举行新闻发布会。", ("新闻发布会", "国务院新闻办公室")),
])
def test_state_council_session(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a state body as the subject, only a time between 在 and the verb
    ("中宣部在日前召开的全国“三下乡”工作座谈会上强调，要满足农民的需要。", ("全国“三下乡”工作座谈会", "中宣部")),
    ("水利部在今天召开的全国防汛工作会议上要求，各地做好防汛准备。", ("全国防汛工作会议", "水利部")),
    ("国家计委在日前举行的座谈会上表示，将加快改革。", ("座谈会", "国家计委")),
    ("市妇联在5月6日举行的表彰大会上宣布了这一决定。", ("表彰大会", "市妇联")),
    # negative: a person, a post, a delegation, a school as the subject
    ("外交部发言人在今天举行的记者招待会上说，中方欢迎这一决定。", ("记者招待会", None)),
    ("中国代表团在今天举行的全体会议上发言。", ("全体会议", None)),
    ("李明在日前召开的座谈会上强调，要抓好春耕。", ("座谈会", None)),
    ("江城大学在日前召开的座谈会上宣布了这一消息。", ("座谈会", None)),
])
def test_body_subject_before_zai_time(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == [expected]
