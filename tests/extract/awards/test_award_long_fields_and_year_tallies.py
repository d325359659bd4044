"""Award-count shapes of long fields before a quoted honour and year tallies beside this event's count (corpus/GUIDELINES.md §5), kept by invented rows.

Found:
- a field of work longer than four characters between the count and a quoted honour (8个民生实事项目“优秀承办单位”) let
  the count go unread, with 表彰 as with 通报表扬 (thirteenth round: a commendation by notice with a count and a named
  honour is an award): the gap may now run to eight characters, with no 的, when the quoted honour ends on its holders'
  own noun of the kind the unit counts (个/家/所 bodies, 名/位/人 people);
- a year opening a work report's sentence with a subject and 共 (2024年县委党校共举办…，其中46名学员被评为“…”) did not
  frame the rating in a later clause as that year's tally (§5 eighth and sixteenth rounds: a past period's tally is no
  award); rated in the passive (被评为) is now received like a prize won;
- the article's own year written out after a word of hearsay, before prizes won from higher bodies (据了解，2024年公司
  获得省级以上科技进步奖8项 on a 2024 page) is a running tally (§5 sixteenth round), unless the sentence confers or links
  them to this event; without the hearsay word the reading stays as test_award_counts_after_ceremony_acts keeps it (a ruling is proposed);
- a clause naming this time (本次/本届/此次) after an earlier times' tally (前两次共表彰…80名，本次表彰…30名) was read as
  an item of that tally: it holds this event's count (§5 sixteenth and twenty-first rounds);
- a Hong Kong ceremony named for a certificate (…社区服务奖状颁授典礼…举行，共有112名人士获颁奖状) gave no count: the
  winners of a ceremony's prize are its count (§5 sixteenth round), a named certificate an honour (fifteenth round);
- holders who received an honour at another ceremony told after them (…，他们已于上月在另一典礼上接受颁授) were counted:
  an honour won at another event is no award of this one (§5 twenty-first round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

POSITIVE = [
    # a field of work between the count and a quoted honour ending on its holders' noun
    ("会议通报表扬了区财政局、区水利局等8个民生实事项目“优秀承办单位”。", ("优秀承办单位", 8, "个", "organization"), None),
    ("会议表彰了6个城乡环境整治工作“先进单位”和12名“优秀联络员”。", ("先进单位", 6, "个", "organization"), None),
    ("会议表彰了6个城乡环境整治工作“先进单位”和12名“优秀联络员”。", ("优秀联络员", 12, "名", "person"), None),
    ("大会表彰了12个乡村振兴重点工作“先进集体”。", ("先进集体", 12, "个", "organization"), None),
    ("会上通报表扬了20名疫情防控志愿服务“优秀志愿者”。", ("优秀志愿者", 20, "名", "person"), None),
    ("市政府表彰了5家重大项目建设“先进企业”。", ("先进企业", 5, "家", "organization"), None),
    # this time's count after an earlier times' tally
    ("这是全市第三次表彰优秀教师，前两次共表彰优秀教师80名，本次表彰优秀教师30名。", ("优秀教师", 30, "名", "person"), None),
    ("这是全省第五次表彰劳动模范，前四次共表彰劳动模范620名，本届表彰劳动模范100名。", ("劳动模范", 100, "名", "person"), None),
    ("前三批共命名“江州工匠”60名，此次命名“江州工匠”20名。", ("江州工匠", 20, "名", "person"), None),
    # a ceremony named for a certificate, its winners counted after it was held
    ("行政長官社區服務獎狀頒授典禮今日在禮賓府舉行，共有86名人士獲頒獎狀，以表揚他們熱心服務社會。",
     ("行政长官社区服务奖状", 86, "名", "person"), None),
    ("区议会社区贡献奖状颁授典礼昨日在大会堂举行，共有45名义工获颁奖状。", ("区议会社区贡献奖状", 45, "名", "person"), None),
    ("李氏奖学金颁奖典礼今日在学校礼堂举行，共有32名学生获奖。", ("李氏奖学金", 32, "名", "person"), None),
    # a year's tally with this event's own conferral kept
    ("2024年，学校共有30名学生获评“三好学生”，会上对他们进行了表彰。", ("三好学生", 30, "名", "person"), "2025-03-03"),
    ("会议对2024年度30名“优秀学员”进行了表彰。", ("优秀学员", 30, "名", "person"), "2025-03-03"),
    ("会议表彰了2024年获得省级以上科技进步奖的8个项目。", ("省级以上科技进步奖", 8, "个", None), "2024-11-29"),
    ("据了解，2024年公司获得省级以上科技进步奖8项，会上对获奖团队进行了表彰。", ("省级以上科技进步奖", 8, "项", None),
     "2024-11-29"),
    # holders told after them to have been honoured at a ceremony of this page, no other one
    ("典礼上，另有30名人士获颁荣誉勋章，他们随后上台接受颁授。", ("荣誉勋章", 30, "名", "person"), None),
]

NONE = [
    # a year's tally told in a work report
    ("据了解，2024年县委党校共举办各类主体班次12期，培训干部1560人次，其中46名学员被评为“优秀学员”。", "2025-03-03"),
    ("2023年市委党校共举办培训班20期，其中35名学员被评为“优秀学员”。", "2025-03-03"),
    ("据悉，去年县委党校共举办各类主体班次12期，其中46名学员被评为“优秀学员”。", "2025-03-03"),
    ("据了解，2024年公司获得授权发明专利56件，获得省级以上科技进步奖8项。", "2024-11-29"),
    ("据悉，2024年公司获得国家级科技进步奖3项。", "2024-11-29"),
    # an earlier times' tally alone stays a past tally
    ("这是全市第四次表彰劳动模范和先进工作者，前三次共表彰劳动模范和先进工作者620名。", None),
    ("前两次共表彰优秀教师80名，优秀班主任30名。", None),
    # an honour received at another ceremony
    ("今年七月公佈的授勳名單中另有三十名人士獲頒榮譽勳章，他們已於上月在另一典禮上接受頒授。", None),
    ("另有5名教师获颁“杰出教师奖”，她们已于上周在另一仪式上接受表彰。", None),
    # a field of work before a quoted word that names no holders, or no conferral
    ("会议通报了8个民生实事项目“进展情况”。", None),
    ("今年共完成8个民生实事项目“民心工程”建设。", None),
    ("会议表彰了8个民生实事项目“示范点”。", None),
    ("会议明确了8个民生实事项目“牵头单位”。", None),
    # bodies that put holders forward (的), or a count of bodies before an honour of people
    ("会议表彰了12个乡镇推荐的“先进集体”。", None),
    ("会议表彰了12个重点工作部门“优秀公务员”。", None),
    # a certificate's ceremony whose count took part, won nothing
    ("社区服务奖颁奖典礼今日举行，共有30名义工获颁奖状。", None),
    ("李氏奖学金颁奖典礼今日在学校礼堂举行，共有300名师生出席。", None),
]


@pytest.mark.parametrize(("body", "expected", "published"), POSITIVE)
def test_award_read(extract, body: str, expected: tuple, published: str | None) -> None:
    text = page(body, published) if published else page(body)
    assert expected in honours(extract(text))


@pytest.mark.parametrize(("body", "published"), NONE)
def test_no_award(extract, body: str, published: str | None) -> None:
    text = page(body, published) if published else page(body)
    assert honours(extract(text)) == []


def test_year_tally_beside_this_events_count(extract) -> None:
    body = ("会议表彰了2024年度“优秀学员”20名。据了解，2024年县委党校共举办各类主体班次12期，"
            "其中46名学员被评为“优秀学员”。")
    assert honours(extract(page(body, "2025-03-03"))) == [("优秀学员", 20, "名", "person")]


def test_certificate_ceremony_and_honour_elsewhere(extract) -> None:
    body = ("行政長官社區服務獎狀頒授典禮今日在禮賓府舉行，共有112名人士獲頒獎狀。"
            "另外，今年七月公佈的授勳名單中另有三十名人士獲頒榮譽勳章，他們已於上月在另一典禮上接受頒授。")
    assert honours(extract(page(body))) == [("行政长官社区服务奖状", 112, "名", "person")]
