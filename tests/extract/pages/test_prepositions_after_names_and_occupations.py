"""Speaker, meeting and funding shapes of prepositions after names, occupations before names and committee sessions. Invented sentences; expected values follow corpus/GUIDELINES.md §3, §4, §6.

- L1: 给/把/跟 after a name and before its object is a preposition, no character of the name (县长陈明给获奖者颁发奖章 →
  陈明); a name right before the person's own act keeps it (县长陈明给发言: no object after it);
- L2: an occupation in …家 that no title list holds, before a name and a speech act (美食家丁强发言), reads the name
  that the model misses over 家丁; not a count, a home or a country before 家 (两家, 回到家, 国家);
- L3: a district committee's standing committee session chaired by its secretary is organized by the committee
  (区委), not the district (already so on main; pinned);
- L4: people invited to talk counted before 座谈 attend the 座谈会 (邀请企业家代表30人座谈 → 30); not those a future
  word says will be invited;
- L5: a place's association written before a passive name holds it like a place (GUIDELINES §3 eleventh review
  round: "A mass organisation or association written before its event's name holds it like a place"); its own
  organs' sessions, congress and founding keep the body in the name;
- L6: the projects a verb of funding takes right before the amount are the purpose (资助市残联辅具项目200万元).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers

# --- L1. a preposition after a name ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日，县长陈明给获奖者颁发奖章。", {"陈明": ("县长", ("颁奖",))}),
        ("5月5日，县长陈明给获奖代表颁奖。", {"陈明": ("县长", ("颁奖",))}),
        ("5月5日，市长刘洋给受表彰的企业颁发奖牌。", {"刘洋": ("市长", ("颁奖",))}),
        ("5月5日，院长孙丽跟大家分享了经验。", {"孙丽": ("院长", ("发言",))}),
        ("5月5日，副市长刘洋给大家拜年并讲话。", {"刘洋": ("副市长", ("讲话",))}),
        # NEGATIVE: the person's own act right after the name: 给 is the name's own character
        ("5月5日，县长陈明给发言。", {"陈明给": ("县长", ("发言",))}),
    ],
)
def test_preposition_after_name(extract, extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
    assert speakers(extract_with_model(page(body))) == expected


def test_verb_gei_after_name_is_no_part_of_it(extract_with_model) -> None:
    # NEGATIVE: 给予 the verb; no role, and no name 陈明给 read
    record = extract_with_model(page("5月5日，县长陈明给予充分肯定并讲话。"))
    assert "陈明给" not in speakers(record)


# --- L2. an occupation in …家 before the surname 丁 ---

@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月5日，美食家丁强发言。", "丁强"),
        ("5月5日，美食家丁强上台发言。", "丁强"),
        ("5月5日，收藏家丁强作交流发言。", "丁强"),
        ("5月5日，慈善家丁一鸣发言。", "丁一鸣"),
    ],
)
def test_occupation_jia_before_name(extract, extract_with_model, body: str, name: str) -> None:
    assert list(speakers(extract(page(body)))) == [name]
    assert list(speakers(extract_with_model(page(body)))) == [name]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日，企业家丁建军发言。", {"丁建军": ("企业家", ("发言",))}),
        ("5月5日，作家丁玲发言。", {"丁玲": ("作家", ("发言",))}),
        ("5月5日，书法家丁一致辞。", {"丁一": ("书法家", ("致辞",))}),
        ("5月5日，科学家丁某发言。", {"丁某": ("科学家", ("发言",))}),
    ],
)
def test_listed_occupation_before_ding(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a home, a count, a country before 家: no occupation
        "5月5日，他回到家丁强发言。",
        "5月5日，全市有两家丁强发言。",
        "5月5日，国家丁强发言。",
    ],
)
def test_no_occupation_before_jia(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


# --- L3. a district committee's session ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日，江城区委书记林振华主持召开区委常委会会议。", [("区委常委会会议", "2024-05-05", "区委")]),
        ("5月3日上午，江城区委书记林振华主持召开区委常委会会议，传达学习有关精神。", [("区委常委会会议", "2024-05-03", "区委")]),
        ("5月5日，江城县委书记林振华主持召开县委常委会会议。", [("县委常委会会议", "2024-05-05", "县委")]),
    ],
)
def test_committee_session_organizer(extract_with_model, body: str, expected: list) -> None:
    assert held(extract_with_model(page(body))) == expected


# --- L4. people invited to talk ---

@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("5月5日，市委召开民营企业座谈会，邀请企业家代表30人座谈。", 30),
        ("5月5日，市工商联举行座谈会，邀请企业家代表30余人座谈交流。", 30),
        ("5月5日，市委召开民营企业座谈会。会议邀请企业家代表30人座谈。", 30),
        ("5月5日，县政协召开座谈会，特邀委员代表20名座谈交流。", 20),
        ("5月5日，市委召开民营企业座谈会，邀请企业家代表30人座谈，听取意见建议。", 30),
        # already so: 参加 after the count
        ("5月5日，市委召开民营企业座谈会，邀请企业家代表30人参加。", 30),
        # NEGATIVE: people a future word says will be invited
        ("5月5日，市委召开民营企业座谈会。下月，市委将邀请企业家代表30人座谈。", None),
        ("5月5日，市委召开民营企业座谈会，拟邀请企业家代表30人座谈。", None),
    ],
)
def test_invited_to_talk_attend(extract, body: str, count: int | None) -> None:
    meetings = extract(page(body))["meetings"]
    assert len(meetings) == 1
    assert meetings[0]["attendee_count"] == count


# --- L5. an association before a passive name ---

@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("5月5日，江城市书法家协会新春团拜会在市文化馆举行。", "新春团拜会", "江城市书法家协会"),
        ("5月5日，东城区个体劳动者协会迎春茶话会在区会议中心举行。", "迎春茶话会", "东城区个体劳动者协会"),
        ("5月5日，江城市老年书画研究会新春联谊会在市老干部活动中心举行。", "新春联谊会", "江城市老年书画研究会"),
        ("5月5日，江城市企业家协会优秀会员表彰大会在江城宾馆举行。", "优秀会员表彰大会", "江城市企业家协会"),
        # already so: a year after the association
        ("5月5日，江城市作家协会2025年迎春茶话会在市文化馆举行。", "2025年迎春茶话会", "江城市作家协会"),
        # NEGATIVE: the association's own organs, congress or founding keep the body in the name
        ("5月5日，江城市书法家协会会员大会在市文化馆举行。", "江城市书法家协会会员大会", None),
        ("5月5日，江城市书法家协会理事会会议在市文化馆举行。", "江城市书法家协会理事会会议", None),
        ("5月5日，江城市书法家协会成立大会在市文化馆举行。", "江城市书法家协会成立大会", None),
        ("5月5日，江城市书法家协会第五次会员代表大会在市文化馆举行。", "江城市书法家协会第五次会员代表大会", "江城市书法家协会"),
    ],
)
def test_association_before_passive_name(extract, body: str, name: str, organizer: str | None) -> None:
    assert held(extract(page(body))) == [(name, "2024-05-05", organizer)]


# --- L6. projects funded ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日，市政府资助市残联辅具项目200万元。", [(2000000.0, "CNY", "市残联辅具项目")]),
        ("5月5日，基金会资助县医院设备更新项目50万元。", [(500000.0, "CNY", "县医院设备更新项目")]),
        ("5月5日，市科技局扶持重点研发项目共计500万元。", [(5000000.0, "CNY", "重点研发项目")]),
        # a use stated after wins
        ("5月5日，市政府资助市残联辅具项目200万元，用于购置轮椅。", [(2000000.0, "CNY", "购置轮椅")]),
        # NEGATIVE: people funded, no project
        ("5月5日，该基金会资助贫困学生200万元。", [(2000000.0, "CNY", None)]),
    ],
)
def test_funded_projects_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
