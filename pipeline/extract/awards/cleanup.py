"""The last pass over the records: restatements, repeats and sums dropped."""

from __future__ import annotations

import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.awards.patterns import (
    _ANOTHER_CONFERRAL,
    _BODY_LINE,
    _COUNT_IN_BRACKETS_END,
    _DESCRIBED_AS,
    _HEADLINE_PARTS_SPLIT,
    _HONOUR_LIKE_WORD,
    _HONOUR_LIST_SPLIT,
    _JOINING,
    _NAMED_PRIZE_RECORD,
    _PERSON_UNITS,
    _PLAIN_DESCRIPTION,
    _PRIZE_CEREMONY,
    _PRIZE_GRADE,
    _PRIZE_OR_TITLE_END,
    _PRIZE_SELECTS,
    _PRIZE_WINNERS,
    _RANKED_OR_PRAISED,
    _SEVERAL_HONOURS_HELD,
    _SEVERAL_HONOURS_SPLIT,
    _WINNERS_DESCRIBED,
    _YEAR_OPENING,
    _line_at,
    _near_run,
    _other_kind,
    _quoted_after_count,
    _same_unit_kind,
)
from pipeline.extract.common import (
    heading_like,
    in_heading_list,
    summary_line,
)

# A grade with no prize's name of its own (一等奖, 金奖, 优秀奖): a part of whatever prize it is told under.
_BARE_GRADE = re.compile(r"^(?:[一二三四五六特]等奖|[金银铜]奖|优秀奖|提名奖|鼓励奖)$")


def _within_prize(total: dict[str, Any], part: str) -> bool:
    """Whether ``part`` can be a share of the winners counted for ``total``. A total that names one prize quoted in its
    own statement (“青年科技奖”共评出获奖者15名) is summed only by that prize's grades (青年科技奖一等奖, a bare 一等奖)
    or its kinds, not by other prizes told after it (评出优秀论文一等奖5篇、二等奖10篇: another conferral whose counts
    happen to add up to it; §5 twelfth round: a prize's winners counted after its quoted name are its count). Any other
    total (共表彰先进个人15名, 颁授勋衔或嘉奖 over the medals listed after it) is summed by its neighbours as before."""
    honor = total["honor"]
    quoted = any(f"{o}{honor}{c}" in total["evidence"]["text"] for o, c in ("“”", "「」"))
    if not (quoted and len(honor) >= 4 and honor.endswith("奖")):
        return True
    return part.startswith(honor) or part.endswith(honor) or _BARE_GRADE.match(part) is not None


class AwardCleanup:
    """The last pass over the records: restatements, repeats and sums dropped: readings of AwardExtractor, whose ``__init__`` sets up the patterns they use."""

    @staticmethod
    def _drop_prize_restatements(doc: Document, awards: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Drop a count of people commended under a description (表扬45位优良教师) that restates the winners of a prize
        named before it in its sentence (本届师铎奖得主共45位，…表扬45位优良教师; 举行师铎奖颁奖典礼，表扬68位优良教师。
        今年师铎奖得主共68位): one conferral, the prize's record kept (§5: one record per conferral). Not when another
        conferral is told between (…，同时表扬…, 另表扬…) or the counts differ."""
        prizes = [a for a in awards if a["unit"] in _PERSON_UNITS and _NAMED_PRIZE_RECORD.search(a["honor"])
                  and not _PRIZE_GRADE.search(a["honor"]) and not _JOINING.search(a["honor"])]
        dropped = []
        for b in awards:
            if b in prizes or b["unit"] not in _PERSON_UNITS or _PRIZE_OR_TITLE_END.search(b["honor"]) \
                    or not _PLAIN_DESCRIPTION.match(b["honor"]) or _quoted_after_count(doc.clean_text, b):
                continue
            said = doc.clean_text[b["evidence"]["clean_start"] : b["_at"]]
            for a in prizes:
                named_at = said.rfind(a["honor"])
                if a["count"] == b["count"] and named_at >= 0 and _PRIZE_WINNERS.match(said, named_at + len(a["honor"])) \
                        and _DESCRIBED_AS.search(said, named_at + len(a["honor"])) \
                        and not _ANOTHER_CONFERRAL.search(said, named_at + len(a["honor"])):
                    dropped.append(b)
                    break
        kept = [a for a in awards if not any(a is d for d in dropped)]
        for b in kept:
            if b["unit"] not in _PERSON_UNITS or not _PLAIN_DESCRIPTION.match(b["honor"]) \
                    or _quoted_after_count(doc.clean_text, b):
                continue
            said = doc.clean_text[b["evidence"]["clean_start"] : b["_at"]]
            # (the description and 共 between it and the count: 表扬获奖的优良教师共30位)
            described = said.rstrip()
            described = described[:-1] if described.endswith(("共", "计")) else described
            if not described.endswith(b["honor"]):
                continue
            head = described[: -len(b["honor"])]
            ceremony = [m for m in _PRIZE_CEREMONY.finditer(head)]
            if ceremony and _WINNERS_DESCRIBED.search(head, ceremony[-1].end()) \
                    and not _ANOTHER_CONFERRAL.search(head, ceremony[-1].end()) \
                    and not any(a is not b and a["honor"] == ceremony[-1]["prize"] for a in kept):
                b["honor"] = ceremony[-1]["prize"]  # 师铎奖颁奖典礼…，表扬获奖的优良教师共30位 → 师铎奖 30
        for b in kept:
            if _PRIZE_OR_TITLE_END.search(b["honor"]) or _quoted_after_count(doc.clean_text, b):
                continue
            said = doc.clean_text[b["evidence"]["clean_start"] : b["_at"]].rstrip()
            selects = _PRIZE_SELECTS.search(said)
            if selects and not any(a is not b and a["honor"] == selects["prize"] for a in kept):
                b["honor"] = selects["prize"]  # “春晖园丁奖”共评出20名乡村优秀教师 → 春晖园丁奖 20
        return kept

    @staticmethod
    def _drop_headline_restatements(doc: Document, awards: list[dict[str, Any]], rows: set[int]) -> list[dict[str, Any]]:
        """A count in a heading-like line that the body states again is one fact (四人获最高荣誉勋章
        above 4人获颁最高荣誉的大紫荆勋章: keep the body's); counts in a list of other articles'
        headlines are none of this article's; ``rows`` are where the rows of a list of honours that a conferral
        introduces start (表彰名单如下： / 优秀员工 45名 / …: short lines, but the article's own)."""
        text = doc.clean_text
        # (一、全县优秀共产党员（5名）: a heading of the list of those commended, the article's own)
        heads = [heading_like(text, a["evidence"]["clean_start"]) and not _COUNT_IN_BRACKETS_END.search(a["evidence"]["text"])
                 and a["evidence"]["clean_start"] not in rows and not _BODY_LINE.search(_line_at(text, a["evidence"]["clean_start"]))
                 for a in awards]
        body_counts = {a["count"] for a, head in zip(awards, heads, strict=True) if not head}  # 廿八人 / 廿八名
        # (我校12项成果获省级教学成果奖 above 特等奖1项、一等奖4项、二等奖7项: the headline sums the body's)
        body = [a for a, head in zip(awards, heads, strict=True) if not head]
        if len(body) > 1:
            body_counts.add(sum(a["count"] for a in body))
            # (420位志工获金银铜牌奖 above 金牌奖40名、银牌奖130名、铜牌奖250名及绩优志工团队12队: the people's counts
            # summed, the teams' apart)
            for kind in ("person", "organization"):
                alike = [a["count"] for a in body if a["recipient_kind"] == kind]
                if len(alike) > 1:
                    body_counts.add(sum(alike))
            # (三十三人获颁高级勋章 above 大紫荆勋章三人、金紫荆星章十二人、银紫荆星章十八人, then 社区服务奖状二十人: the
            # headline sums a run of the body's counts told one after another, not all of them, §5; a run may cross
            # recipient kinds, as the whole body's sum above does: a headline of people equal to bodies plus people,
            # 8个先进集体、12名先进个人 under 20人获表彰, would be dropped; no such drop was met in review probes (that headline
            # took no record before the runs either), so the runs are kept as merged)
            # (running sums, and only when a headline count is there to compare: a page whose body repeats a list
            # holds a thousand counts, and summing every run afresh took seconds)
            if any(heads):
                for i in range(len(body) - 1):
                    run = body[i]["count"]
                    for later in body[i + 1 :]:
                        run += later["count"]
                        body_counts.add(run)
        # (全市表彰120名优秀共产党员 above 对118名优秀共产党员进行了表彰: the headline rounds the body's count; the
        # headline may drop the honour's level: 全省表彰200名劳动模范 above 授予198名同志“省劳动模范”称号)
        rounded = {(a["honor"], round(a["count"], -k)) for a, head in zip(awards, heads, strict=True) if not head
                   for k in range(1, len(str(a["count"])))}

        def rounds_body(a: dict[str, Any]) -> bool:
            return any(count == a["count"] and (honor.endswith(a["honor"]) or a["honor"].endswith(honor))
                       for honor, count in rounded)

        def parts_in_body(a: dict[str, Any]) -> bool:
            """(评选出“好婆婆”“好媳妇”12名 above 6名“好婆婆”、6名“好媳妇”: a headline total over a group of honours that
            the body gives one by one is their sum, not repeated, §5)"""
            parts = _HEADLINE_PARTS_SPLIT.split(a["honor"])
            return len(parts) > 1 and sum(b["count"] for b in body if b["honor"] in parts) == a["count"] \
                and {b["honor"] for b in body if b["honor"] in parts} == set(parts)

        # (【摘要】…表彰近50个先进集体和个人 above 表彰了15个先进基层党组织和30名优秀共产党员: a summary line restates the
        # body's counts, perhaps rounded or summed, §1: its counts are no facts of their own when the body states some)
        summaries = [summary_line(text, a["evidence"]["clean_start"]) for a in awards]
        stated = any(not head and not summary for head, summary in zip(heads, summaries, strict=True))
        return [
            a for a, head, summary in zip(awards, heads, summaries, strict=True)
            if not (head and (a["count"] in body_counts or rounds_body(a) or parts_in_body(a)
                              or in_heading_list(text, a["evidence"]["clean_start"])))
            and not (summary and stated)
        ]

    @staticmethod
    def _drop_several_honours_restated(doc: Document, awards: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Drop the counts read in a clause that counts holders again as winning several honours named together
        (…等五家企业分别获得优秀企业和安全生产先进单位两项荣誉) when every honour it names has its own count earlier on the
        page: the holders are among those counted, no conferral of their own (§5 eighteenth round). Before any count, or
        with an honour not counted before, the clause is kept as today."""
        if not awards:
            return []  # (nothing to drop: the page's clauses are not scanned, most pages having no count at all)
        text = doc.clean_text
        dropped: set[int] = set()
        for m in _SEVERAL_HONOURS_HELD.finditer(text):
            clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；：\n") + 1
            names = {n.strip("“”「」‘’\"").removesuffix("称号").strip("“”「」‘’\"") for n in _SEVERAL_HONOURS_SPLIT.split(m["names"])}
            # (an honour counted with a scope or field before it, 全省建筑业优秀企业五十家, is the one named 优秀企业 again)
            counted_before = [a["honor"] for a in awards if a["_at"] < clause_start]
            if not names or not all(any(h.endswith(n) for h in counted_before) for n in names if n):
                continue
            dropped |= {id(a) for a in awards if clause_start <= a["_at"] < m.end() and a["honor"] in names}
        return [a for a in awards if id(a) not in dropped]

    @staticmethod
    def _drop_repeats(awards: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The same count of the same honour stated again (263个基层党组织被评为“某省先进基层党组织”, later
        263个先进基层党组织) is one fact: the first, fuller statement stays; people counted by another word the second
        time are the same people (揭晓了10名“最美医生”。…赵某等10人获评“最美医生”称号)."""
        kept: list[dict[str, Any]] = []
        for a in awards:
            if not any(b["count"] == a["count"] and _same_unit_kind(a["unit"], b["unit"]) and a["honor"] in b["honor"] for b in kept):
                kept.append(a)
        return kept

    @staticmethod
    def _drop_sums(awards: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A total stated over the categories listed next to it (共评选各类奖学金获得者3295人次, then
        86 + 412 + … in the sentences after it, or 合计174位 after its parts) repeats them and is
        not a fact of its own (corpus/GUIDELINES.md §5); a total the parts do not add up to stays."""
        totals = [bool(a.pop("_total")) for a in awards]
        mixed = [a.pop("_mixed_total") for a in awards]
        # (the last item of a counted list, 一等奖3队、二等奖5队、三等奖8队: its siblings before are no parts of it)
        parts_after = [bool(a.pop("_parts_after", False)) for a in awards]

        def summed(k: int, shortest: int, alike: bool, after_only: bool = False) -> bool:
            """The total ``k`` equals the sum of a run of ``shortest`` or more counts next to it (with ``alike``, counts
            of its own kind only: 共42名人士及8个实体 over 4名, 6名, …, 14名及8个实体). Parts all of the other kind never
            add up to it (42名个人和8个实体…，其中…3名、…5名: the people's parts, not the 8 bodies')."""
            a, at = awards[k], awards[k]["evidence"]["clean_start"]
            others = [(j, b) for j, b in enumerate(awards) if j != k and not (alike and _other_kind(a["unit"], b["unit"]))]
            after = _near_run([b for j, b in others if j > k], at)
            before = _near_run(reversed([b for j, b in others if j < k]), at)
            # (向共十九个个人及团体颁授勋章、奖章和荣誉称号。其中，…勋章两名、…五名、…十二名: a total over people and bodies
            # at once, no kind of its own, is summed by parts of either kind)
            return any(sum(b["count"] for b in run) == a["count"]
                       and not (a["recipient_kind"] is not None and all(_other_kind(a["unit"], b["unit"]) for b in run))
                       and all(_within_prize(a, b["honor"]) for b in run)
                       for side in ((after,) if after_only else (after, before)) for run in (side[:n] for n in range(shortest, len(side) + 1)))

        dropped = {k for k, total in enumerate(totals)
                   if total and (summed(k, 2, False, parts_after[k]) or summed(k, 2, True, parts_after[k]))}
        # (a total over people and bodies at once has no kind of its own: its parts, counted in either unit, after it,
        # each an honour it names: 向37个个人和团体颁授勋章、奖章及奖状。…8人获颁功绩勋章，12人获颁奖章，17个…获颁荣誉奖状;
        # not 授予10个单位和个人“抗疫先锋”称号，表彰优秀党员4名、先进党支部6个: other honours)
        def covered(k: int) -> bool:
            words = tuple(w for w in _HONOUR_LIST_SPLIT.split(awards[k]["honor"]) if len(w) >= 2)
            after = _near_run([b for j, b in enumerate(awards) if j > k], awards[k]["evidence"]["clean_start"])
            return bool(words) and any(
                len(run) >= 2 and sum(b["count"] for b in run) == awards[k]["count"] and all(b["honor"].endswith(words) for b in run)
                for run in (after[:n] for n in range(2, len(after) + 1)))

        dropped |= {k for k, total in enumerate(totals) if mixed[k] and not total and covered(k)}
        # (向共42名人士及8个实体颁授勋章、奖章和奖状: the bodies' count stated with a people's total that its parts repeat
        # repeats its one part as well, 荣誉奖状…8个实体)
        dropped |= {k for k, total in enumerate(totals) if total and k not in dropped and any(
            awards[j]["honor"] == awards[k]["honor"] and awards[j]["evidence"]["clean_start"] == awards[k]["evidence"]["clean_start"]
            for j in dropped) and summed(k, 1, True)}
        # (向二十九名人士及六个实体颁授…。其中，…六个实体获颁荣誉奖状: the same when the people's total stays, its parts
        # adding up to less; the bodies' count is that one part again, stated after it)
        dropped |= {k for k, total in enumerate(totals) if total and k not in dropped and any(
            awards[j]["honor"] == awards[k]["honor"] and awards[j]["evidence"]["clean_start"] == awards[k]["evidence"]["clean_start"]
            and _other_kind(awards[j]["unit"], awards[k]["unit"])
            for j, other in enumerate(totals) if other and j != k) and summed(k, 1, True, after_only=True)}
        return [a for k, a in enumerate(awards) if k not in dropped]

    def _row_honour(self, honor: str) -> bool:
        """A row's name under a list that a conferral introduces reads as an honour: an honour word, or a title that
        ranks its holders or opens on praise (最佳志愿服务项目 8个, 服务明星 5名, _RANKED_OR_PRAISED); not a role or a
        class counted (参赛人数 120名, 志愿服务项目 8个), nor a category of holders, which reads as an honour only when
        joined to a counted honour (参赛个人 120名, 参赛集体 30个: _VOUCHED_HONOR). A year or 年度 opening the row
        (年度卓越团队 3个, 年度最佳新人 5名) is no word of the title: the praise after it still opens it."""
        return self._honor_like(honor) or _RANKED_OR_PRAISED.search(_YEAR_OPENING.sub("", honor)) is not None

    @staticmethod
    def _honor_like(honor: str) -> bool:
        """An unquoted honour before its count must read as one (先进集体, 杰出教练, 金紫荆星章;
        功绩奖状 and 荣誉奖状: Macau's merit and honour certificates, graded like its medals)."""
        return bool(_HONOUR_LIKE_WORD.search(honor))
