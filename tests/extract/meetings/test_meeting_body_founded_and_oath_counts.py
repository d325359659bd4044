"""Meeting shapes of bodies founded, counts of another clause, oath takers and county documents: meeting rules that fired on near misses.

- §3 (a meeting record is an event held; a body is none): 组织 + a word ending in 会 read a body founded (摄影协会,
  异地商会, 青年学会, 妇女联合会, 老年科技研究会) as a meeting held, the helping body's verb glued into the organizer.
  The 会 closing a body's word (协会, 学会, 商会, 工会, 社会, 联合会, 研究会, 促进会, 基金会) no longer ends the noun held.
- §3 fourteenth review round (the count of those listed present): in 出席…的还有 lists, the "any group noun last" total
  ran over a comma into another clause with its own verb (…李某，活动惠及周边群众约三百人). The list's commas are now
  allowed only before a joining word (以及, 及, 和, 与, 还有).
- §3 eighteenth review round (the oath-takers counted): a count of people who did another act before the oath
  (3名同志作了表态发言，随后新任命干部…宣誓) was read as the oath-takers. The clauses skipped between the count and 宣誓
  now hold no other act and no sequence word (随后, 接着, 然后…).
- §3 sixteenth review round (the full name the page gives for the holder): 《南屏县人民政府关于…》, another county's
  document, was read as the full name of the page's 县政府. A government named only as a document's issuer counts only
  when the page names no other place of the level.

Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


def _counts(record: dict) -> dict[str, int | None]:
    return {m["name"]: m["attendee_count"] for m in record["meetings"]}


def _organizers(record: dict) -> dict[str, str | None]:
    return {m["name"]: m["organizer"] for m in record["meetings"]}


# -- W1: 组织 + a body founded ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "5月6日，县文联帮助农民组织摄影协会，开展创作。",
        "5月6日，县工商联帮助在外乡贤组织异地商会。",
        "5月6日，县工商联帮助在外乡贤組織異地商會。",
        "5月6日，市科协指导高校组织青年学会。",
        "5月6日，县妇联指导各村组织妇女联合会。",
        "5月6日，县老科协牵头组织老年科技研究会，李强任会长。",
        "5月6日，团县委指导高校组织青年联合会。",
        "5月6日，街道帮助居民组织书画社和合唱协会。",
        "5月6日，团市委帮助返乡青年组织创业促进会。",
        "5月6日，指导企业组织工会。",
        "5月6日，县总工会组织职工代表大会。",
    ],
)
def test_body_founded_is_no_meeting(extract, body: str) -> None:
    assert _meetings(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，区委宣传部组织专题备课会。", [("专题备课会", "区委宣传部")]),
        ("5月6日，区委宣传部组织专题备课会和“十组百点”调研。", [("专题备课会", "区委宣传部")]),
        ("5月6日，县科协组织学术研讨会。", [("学术研讨会", "县科协")]),
        ("5月6日，县商务局组织项目推介会。", [("项目推介会", "县商务局")]),
        ("5月6日，县文联组织协会工作交流会。", [("协会工作交流会", "县文联")]),
        ("5月6日，县社科联组织学会年会。", [("学会年会", "县社科联")]),
    ],
)
def test_meeting_organized_kept(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# -- W2: the 出席…的还有 list closing on a count ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "5月6日，县委举行揭牌仪式。出席仪式的还有副县长王某、县政协副主席李某，活动惠及周边群众约三百人。",
        "5月6日，县委举行揭牌仪式。出席仪式的还有副县长王某，该中心每年服务群众约三百人。",
        "5月6日，县委举行揭牌仪式。出席仪式的还有副县长王某、县政协副主席李某，项目建成后可带动就业约三百人。",
    ],
)
def test_count_of_another_clause_is_no_attendance(extract, body: str) -> None:
    assert _counts(extract(page(body))) == {"揭牌仪式": None}


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，县委举行颁奖典礼。出席典礼的还有副县长王某、社团代表及得奖者亲友约三百人。",
        "5月6日，县委举行颁奖典礼。出席典礼的还有副县长王某、县政协副主席李某，以及得奖者亲友约三百人。",
    ],
)
def test_list_total_kept(extract, body: str) -> None:
    assert _counts(extract(page(body))) == {"颁奖典礼": 300}


# -- W3: the oath-takers counted ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月6日，区人大常委会举行宪法宣誓仪式。会前，3名同志作了表态发言，随后新任命干部面向国旗，庄严宣誓。", "宪法宣誓仪式"),
        ("5月6日，区人大常委会举行宪法宣誓仪式。5名新任命干部观看了警示教育片，接着全体人员面向国旗，庄严宣誓。", "宪法宣誓仪式"),
        ("5月6日，镇党委举行入党宣誓仪式。2名老党员分享了入党经历，然后新党员面向党旗，庄严宣誓。", "入党宣誓仪式"),
    ],
)
def test_count_before_the_oath_is_no_oath_takers(extract, body: str, name: str) -> None:
    assert _counts(extract(page(body))) == {name: None}


@pytest.mark.parametrize(
    ("body", "name", "count"),
    [
        ("5月6日，区人大常委会举行宪法宣誓仪式。18名新任命的国家工作人员面向国旗，庄严宣誓。", "宪法宣誓仪式", 18),
        ("5月6日，镇党委举行入党宣誓仪式。12名新党员在党委书记李红的带领下，面向党旗，庄严宣誓。", "入党宣誓仪式", 12),
        ("5月6日，镇党委举行入党宣誓仪式。156名新党员面向党旗，举起右拳，庄严宣誓。", "入党宣誓仪式", 156),
    ],
)
def test_oath_takers_kept(extract, body: str, name: str, count: int) -> None:
    assert _counts(extract(page(body))) == {name: count}


# -- W4: another county's document --------------------------------------------------------------------------------

_OWN_SITE = "北山县召开常务会议\n2024-05-08 来源：北山县政府网\n"


@pytest.mark.parametrize(
    "text",
    [
        _OWN_SITE + "5月6日，县政府召开常务会议，学习借鉴《南屏县人民政府关于促进就业的若干措施》的经验做法。\n",
        _OWN_SITE + "5月6日，县政府召开常务会议，对照《南屏县人民政府关于促进就业的若干措施》查找差距。北山县县长李强主持。\n",
        _OWN_SITE + "5月6日，县政府召开常务会议，参照《南屏县人民政府关于加强安全生产的通知》部署工作。\n",
    ],
)
def test_other_county_document_is_no_holder(extract, text: str) -> None:
    assert _organizers(extract(text)) == {"常务会议": "县政府"}


@pytest.mark.parametrize(
    "text",
    [
        _OWN_SITE + "5月6日，县政府召开常务会议，审议《北山县人民政府关于促进就业的若干措施》。\n",
        "召开常务会议\n2024-05-08 来源：某网\n5月6日，县政府召开常务会议，审议《北山县人民政府关于促进就业的若干措施》。\n",
        "召开常务会议\n2024-05-08 来源：某网\n今年全县就业形势稳定。5月6日，县政府召开常务会议，审议《北山县人民政府关于促进就业的"
        "若干措施》。\n",
    ],
)
def test_own_county_document_names_holder(extract, text: str) -> None:
    assert _organizers(extract(text)) == {"常务会议": "北山县人民政府"}
