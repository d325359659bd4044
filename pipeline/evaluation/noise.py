"""Dirty copies of the invented articles: the same facts under the furniture of scraped pages.

The invented gold sets (``corpus/synthetic``, ``corpus/heldout_synthetic``) hold some page
furniture each, written by hand. :func:`dirty` adds more, drawn at random but seeded by
the document id, so every run scores the same copies: navigation and breadcrumb lines,
share and app prompts, image captions with a photographer's name, a duplicated paragraph
or body, a "相关推荐" list of other headlines (meetings, commendations and amounts, some
dated) at the end or in the middle of the body, editor, copyright, ICP and police-record
lines, hard-wrapped lines, full-width digits, and Traditional characters with inline
pinyin glosses (``會(huì)``). None of it states a fact of the article, so a copy's gold is
the original's: ``python run_pipeline.py eval`` scores the copies of the tuning set as
``syn_noisy`` and of the held-out set as ``syn_heldout_noisy``, and the difference to the
clean parts is what the furniture costs.

``python -m pipeline.evaluation.noise show STEM`` prints one copy (``--seed`` for another
draw); ``materialize DIR`` writes the copies of a set.

The invented articles were written by us; real copy is dirtier. ``invariance`` is a label-free
check on real copy (:func:`invariance`): furniture states no fact, so an article's records must
be the same with and without it. It adds each kind of furniture alone, to every article (rate
1.0), over the People's Daily articles that no gold file covers (:mod:`pipeline.evaluation.daily`,
about 2,100; ``--limit N`` for the first N) and prints, per kind, how many of the articles with
records changed: each change is a misreading of the clean or of the dirty copy, whatever a gold
file would say. Each copy is seeded by its article's id; ``--seed S`` draws another set of copies (other wrap
widths, other furniture), so a fix tuned on the default draw can be checked on one it has not seen.

Known limitations: only ``.txt`` articles get copies (an HTML page's furniture is its
markup, tested by the news pages); the Traditional conversion is OpenCC's ``s2t``, whose
round trip back to Simplified is not the identity for a few characters of names
(``于``/``於`` stay apart); the noise writes no publication date, so a copy's
publication date is its original's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pipeline.config import PROJECT_ROOT

SYNTHETIC_RAW = PROJECT_ROOT / "corpus" / "synthetic" / "raw"
SYNTHETIC_GOLD = PROJECT_ROOT / "corpus" / "synthetic" / "gold"

# -- the furniture ----------------------------------------------------------------------

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢钟"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨宇浩然欣怡子轩佳琪思远文博雨涵"
_PLACES = ("东川市", "白沙县", "滨江区", "青山镇", "南湖街道", "西平县", "临河区", "北塘镇", "云岭县", "安宁市")
_TOPICS = ("安全生产", "乡村振兴", "基层党建", "文明城市创建", "营商环境", "河长制", "森林防火", "民生实事", "招商引资", "疫情防控")
_SITES = ("政府网", "融媒体中心", "新闻网", "发布", "党建网", "日报")
_SECTIONS = ("首页", "新闻中心", "工作动态", "政务公开", "部门动态", "乡镇动态", "图片新闻", "党建工作", "通知公告")

_TOP_LINES: tuple[Callable[[random.Random], str], ...] = (
    lambda r: " | ".join(r.sample(_SECTIONS, 5)),
    lambda r: "当前位置：" + " > ".join(["首页", *r.sample(_SECTIONS[1:], 2)]),
    lambda r: "您现在的位置：首页 >> " + r.choice(_SECTIONS[1:]),
    lambda r: "【字体：大 中 小】 【打印本页】 【关闭窗口】",
    lambda r: "字号：T | T",
    lambda r: "分享到：微信 微博 QQ空间",
    lambda r: f"浏览次数：{r.randint(100, 99999)}",
    lambda r: "无障碍阅读 | 长者模式 | 繁體版",
    lambda r: "打开APP 查看更多精彩内容",
)
_BOTTOM_LINES: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"责任编辑：{_name(r)}",
    lambda r: f"（编辑：{_name(r)}  审核：{_name(r)}）",
    lambda r: f"版权所有：{r.choice(_PLACES)}人民政府办公室　主办",
    lambda r: f"{r.choice('京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新')}ICP备{r.randint(10**7, 10**8 - 1)}号-1",
    lambda r: f"{r.choice(('浙', '湘', '川', '鲁'))}公网安备 {r.randint(10**13, 10**14 - 1)}号",
    lambda r: f"技术支持：{r.choice(_PLACES)}大数据有限公司",
    lambda r: "扫一扫在手机打开当前页",
    lambda r: "【打印】【关闭】",
    lambda r: "网站地图 | 联系我们 | 使用帮助 | 隐私声明",
    lambda r: "点击下载客户端，阅读更多本地新闻",
    lambda r: "声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请与本网联系。",
)
_BODY_PROMPTS = (
    "打开APP，阅读全文",
    "点击关注，获取更多资讯",
    "扫码关注公众号，了解更多动态",
    "↓↓↓ 点击下方链接查看往期内容",
    "广告",
    "展开全文",
)
_CAPTIONS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"（图为活动现场。{_name(r)} 摄）",
    lambda r: "▲ 活动现场",
    lambda r: f"图片来源：{r.choice(_PLACES)}{r.choice(_SITES)}",
    lambda r: f"图｜{_name(r)}",
    lambda r: f"摄影：{_name(r)}",
    lambda r: "[图片]",
    lambda r: "点击查看大图",
)
_RELATED_HEADINGS = ("相关推荐", "相关阅读", "推荐阅读", "相关新闻", "热点推荐", "延伸阅读")
_HEADLINES: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"{r.choice(_PLACES)}召开{r.randint(2019, 2024)}年{r.choice(_TOPICS)}工作会议",
    lambda r: f"{r.choice(_PLACES)}表彰{r.randint(10, 90)}名优秀共产党员",
    lambda r: f"{r.choice(_PLACES)}投入{r.randint(100, 9000)}万元推进{r.choice(_TOPICS)}",
    lambda r: f"{_name(r)}主持召开{r.choice(_PLACES)}委常委会会议",
    lambda r: f"{r.choice(_PLACES)}举行{r.choice(_TOPICS)}推进会 {_name(r)}出席并讲话",
    lambda r: f"{r.choice(_PLACES)}{r.randint(12, 60)}个先进集体受到表彰",
    lambda r: f"{r.choice(_PLACES)}：{r.choice(_TOPICS)}跑出“加速度”",
    lambda r: f"{r.choice(_PLACES)}签约{r.randint(3, 30)}个项目 总投资{r.randint(5, 90)}亿元",
)
# Machine-converted pages gloss characters with their pinyin; a few common ones suffice.
_GLOSSES = {"會": "huì", "議": "yì", "開": "kāi", "區": "qū", "書": "shū", "長": "zhǎng", "獎": "jiǎng", "黨": "dǎng",
            "員": "yuán", "領": "lǐng", "導": "dǎo", "組": "zǔ", "織": "zhī", "舉": "jǔ", "辦": "bàn"}


def _name(r: random.Random) -> str:
    return r.choice(_SURNAMES) + "".join(r.choice(_GIVEN) for _ in range(r.choice((1, 2))))


def _headline_list(r: random.Random) -> list[str]:
    heading = r.choice(_RELATED_HEADINGS)
    items = []
    for _ in range(r.randint(3, 6)):
        line = r.choice(_HEADLINES)(r)
        if r.random() < 0.4:
            line += f" {r.randint(2019, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        items.append(r.choice(("", "· ", "• ", "> ")) + line)
    return [heading, *items]


# -- the transforms ---------------------------------------------------------------------


def _paragraph_indexes(lines: list[str]) -> list[int]:
    """Lines that look like body paragraphs (long, ending in a sentence mark)."""
    return [i for i, line in enumerate(lines) if len(line.strip()) >= 40 and line.rstrip()[-1:] in "。！？”」）"]


def _hard_wrap(line: str, r: random.Random) -> list[str]:
    width = r.randint(28, 42)
    if len(line) <= width:
        return [line]
    return [line[i : i + width] for i in range(0, len(line), width)]


def _traditional(text: str, r: random.Random) -> str:
    import opencc

    converted = opencc.OpenCC("s2t").convert(text)
    return re.sub("[" + "".join(_GLOSSES) + "]", lambda m: m.group() + (f"({_GLOSSES[m.group()]})" if r.random() < 0.3 else ""),
                  converted)


@dataclass(frozen=True, slots=True)
class Rates:
    """How often each kind of furniture is drawn (per article)."""

    caption: float = 0.5
    prompt: float = 0.3
    repeated_paragraph: float = 0.3
    related_inside: float = 0.15
    related_after: float = 0.6
    repeated_body: float = 0.1
    hard_wrap: float = 0.25
    full_width: float = 0.2
    traditional: float = 0.15


RATES = Rates()


def dirty(text: str, seed: str | int, rates: Rates = RATES) -> str:
    """``text`` with page furniture added; the same ``seed`` gives the same copy."""
    r = random.Random(seed if isinstance(seed, int) else int(hashlib.sha1(seed.encode()).hexdigest()[:12], 16))
    lines = text.splitlines()
    body = _paragraph_indexes(lines)
    inserts: dict[int, list[str]] = {}  # line index -> lines inserted after it

    def after(index: int, new: list[str]) -> None:
        inserts.setdefault(index, []).extend(new)

    if body and r.random() < rates.caption:
        after(r.choice(body), [_CAPTIONS[r.randrange(len(_CAPTIONS))](r)])
    if body and r.random() < rates.prompt:
        after(r.choice(body), [r.choice(_BODY_PROMPTS)])
    if body and r.random() < rates.repeated_paragraph:
        i = r.choice(body)
        after(i, [lines[i]])  # a paragraph the scraper caught twice
    if len(body) >= 3 and r.random() < rates.related_inside:
        after(r.choice(body[:-1]), _headline_list(r))  # a related box inside the body
    out: list[str] = []
    wrap = r.random() < rates.hard_wrap
    full_width = r.random() < rates.full_width
    for i, line in enumerate(lines):
        if full_width and i in body:
            line = line.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
        out.extend(_hard_wrap(line, r) if wrap and i in body else [line])
        out.extend(inserts.get(i, []))
    top = [f(r) for f in r.sample(_TOP_LINES, r.randint(1, 3))]
    bottom = [f(r) for f in r.sample(_BOTTOM_LINES, r.randint(2, 5))]
    if r.random() < rates.related_after:
        bottom = _headline_list(r) + bottom if r.random() < 0.5 else bottom + _headline_list(r)
    if body and r.random() < rates.repeated_body:
        out += [""] + [lines[i] for i in body]  # the whole body twice
    result = "\n".join(top + out + [""] + bottom) + "\n"
    return _traditional(result, r) if r.random() < rates.traditional else result


#: The kinds of furniture, each a field of :class:`Rates`.
KINDS = tuple(f.name for f in fields(Rates))


def only(kind: str) -> Rates:
    """Rates that add ``kind`` to every article and nothing else."""
    return Rates(**{name: float(name == kind) for name in KINDS})


def facts(record: dict[str, Any], simplified: Callable[[str], str]) -> frozenset[tuple[Any, ...]]:
    """What a record states, as comparable tuples: each meeting (name, date, place, organizer, host, attendees), speaker
    (name, title, roles), award (honour, count) and grant (amount, currency); text values through ``simplified``, so a
    Traditional copy's values compare with the original's."""
    def text(value: Any) -> Any:
        return simplified(value) if isinstance(value, str) else value

    out: set[tuple[Any, ...]] = set()
    for m in record["meetings"]:
        out.add(("meeting", text(m["name"]), m["date"], text(m["location"]), text(m["organizer"]),
                 text((m["host"] or {}).get("name")), m["attendee_count"]))
    for sp in record["speakers"]:
        out.add(("speaker", text(sp["name"]), text(sp["title"]), tuple(sorted(sp["roles"]))))
    for a in record["awards"]:
        out.add(("award", text(a["honor"]), a["count"]))
    for f in record["funding"]:
        out.add(("funding", f["amount"], f["currency"]))
    return frozenset(out)


@dataclass(slots=True)
class Invariance:
    """Per kind of furniture: articles read, articles with records, and the articles whose facts changed."""

    articles: int = 0
    with_records: int = 0
    changed: dict[str, list[str]] = field(default_factory=dict)


class _Reader:
    """The pipeline and the Simplified conversion, built once per process: what an article states, clean or dirty."""

    def __init__(self) -> None:
        from pipeline.config import load_config
        from pipeline.nlp import Pipeline
        from pipeline.normalize import T2S

        self.nlp = Pipeline(load_config())
        self.simplified = T2S().convert

    def facts(self, doc_id: str, text: str) -> frozenset[tuple[Any, ...]]:
        from pipeline.ingest import RawInput, to_document
        from pipeline.records import to_record

        return facts(to_record(self.nlp(to_document(RawInput(doc_id, text.encode("utf-8"), False, {})))), self.simplified)

    def changes(self, item: tuple[str, str, tuple[str, ...], str | None]) -> tuple[bool, list[str]]:
        """Whether the article ``(id, text, kinds, seed)`` has records, and the kinds that change its facts."""
        doc_id, text, kinds, seed = item
        base = self.facts(doc_id, text)
        copy_seed = copy_seed_of(doc_id, seed)
        return bool(base), [kind for kind in kinds if self.facts(doc_id, dirty(text, copy_seed, only(kind))) != base]


_WORKER_READER: list[_Reader] = []  # (one per worker process, built by the pool's initializer)


def _start_worker() -> None:
    _WORKER_READER.append(_Reader())


def _worker_changes(item: tuple[str, str, tuple[str, ...], str | None]) -> tuple[bool, list[str]]:
    return _WORKER_READER[0].changes(item)


def copy_seed_of(doc_id: str, seed: str | None = None) -> str:
    """The seed of an article's dirty copies: its id (the default draw), or its id under another draw ``seed``."""
    return doc_id if seed is None else f"{doc_id}#{seed}"


def invariance(texts: dict[str, str], kinds: tuple[str, ...] = KINDS, jobs: int = 1,
               seed: str | None = None) -> Invariance:
    """Read each article of ``texts`` (id -> text) clean and with each of ``kinds`` added alone (seeded by the id, as
    :func:`dirty` does, or by the id under another draw ``seed``: :func:`copy_seed_of`), in ``jobs`` processes; an
    article counts as changed for a kind when its facts (:func:`facts`) differ."""
    items = [(doc_id, text, kinds, seed) for doc_id, text in texts.items()]
    if jobs > 1:
        from multiprocessing import Pool

        with Pool(jobs, initializer=_start_worker) as pool:
            outcomes = pool.map(_worker_changes, items, chunksize=4)
    else:
        reader = _Reader()
        outcomes = [reader.changes(item) for item in items]
    result = Invariance(articles=len(items), changed={kind: [] for kind in kinds})
    for (doc_id, _, _, _), (has_records, changed) in zip(items, outcomes, strict=True):
        result.with_records += has_records
        for kind in changed:
            result.changed[kind].append(doc_id)
    return result


def unlabelled_daily(limit: int | None = None) -> dict[str, str]:
    """The People's Daily articles of a workable length that no gold file covers (id -> text), the first ``limit``."""
    from pipeline.evaluation import daily

    texts = dict(sorted(daily.unlabelled(daily.load_articles()).items()))
    return dict(list(texts.items())[:limit]) if limit is not None else texts


def materialize(target: Path, gold_dir: Path, raw_dir: Path) -> list[str]:
    """Write a dirty copy of each ``.txt`` article of ``gold_dir`` into ``target``; returns the ids."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(gold_dir.glob("*.json")):
        stem = json.loads(path.read_text(encoding="utf-8"))["doc"]
        raw = raw_dir / f"{stem}.txt"
        if raw.exists():
            (target / raw.name).write_text(dirty(raw.read_text(encoding="utf-8"), stem), encoding="utf-8")
            written.append(stem)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.noise", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("show", help="print the dirty copy of one invented article")
    s.add_argument("stem")
    s.add_argument("--seed", help="another draw (default: the stem)")
    s.add_argument("--raw", default=str(SYNTHETIC_RAW), help="folder of the article")
    m = sub.add_parser("materialize", help="write the dirty copies of a gold set into DIR")
    m.add_argument("dir")
    m.add_argument("--gold", default=str(SYNTHETIC_GOLD))
    m.add_argument("--raw", default=str(SYNTHETIC_RAW))
    v = sub.add_parser("invariance", help="label-free: per kind of furniture, the newspaper articles without gold whose records change")
    v.add_argument("--limit", type=int, help="only the first N articles")
    v.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated kinds (default: all nine, {','.join(KINDS)})")
    v.add_argument("--jobs", type=int, default=1, help="worker processes (default 1; all nine kinds over all articles: about 15 CPU minutes)")
    v.add_argument("--seed", help="another draw of the copies (default: each seeded by its article's id alone)")
    args = parser.parse_args(argv)
    if args.command == "invariance":
        kinds = tuple(args.kinds.split(","))
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown:
            parser.error(f"unknown kind(s) {', '.join(unknown)}; kinds: {', '.join(KINDS)}")
        try:
            texts = unlabelled_daily(args.limit)
        except (OSError, ValueError) as exc:  # (no file, or one that cannot be read or decoded: as the daily module's own commands)
            print(f"error: {exc}", file=sys.stderr)
            return 1
        result = invariance(texts, kinds, args.jobs, args.seed)
        draw = "" if args.seed is None else f" (draw {args.seed})"
        print(f"{result.articles} newspaper articles without gold, {result.with_records} with records; per kind of furniture{draw}, "
              "the articles whose records changed:")
        for kind in kinds:
            changed = result.changed[kind]
            print(f"{kind:20} {len(changed):4d} changed  {' '.join(changed[:6])}{' ...' if len(changed) > 6 else ''}")
    elif args.command == "show":
        text = (Path(args.raw) / f"{args.stem}.txt").read_text(encoding="utf-8")
        sys.stdout.write(dirty(text, args.seed or args.stem))
    else:
        ids = materialize(Path(args.dir), Path(args.gold), Path(args.raw))
        print(f"{len(ids)} copies written to {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
