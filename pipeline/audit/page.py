"""The review page: one self-contained HTML file (inline CSS and JavaScript, no network).

The bundle is embedded as JSON in a ``<script type="application/json">`` element with ``<``,
``>`` and ``&`` written as ``\\u003c``/``\\u003e``/``\\u0026``, so article text can never close
the element. The script builds the page with ``createElement`` and ``textContent`` only:
article text is never parsed as HTML.

Verdicts live in ``localStorage`` under ``newsrec-audit:<bundle id>`` and are saved on every
change; the Export button downloads ``verdicts.json`` (format ``newsrec-audit-verdicts/1``, read
by :mod:`pipeline.audit.report`). Keyboard: ``j``/``k`` next/previous item, ``1``/``2``/``3``
correct/wrong/partly, ``n`` note, ``Esc`` leaves a text box.

Known limitations:

- Browsers give every ``file://`` page the same storage origin in some configurations
  (Chromium) and a per-file one in others (Firefox); keying by bundle id keeps bundles apart
  either way, but moving the file to another browser or machine leaves the verdicts behind
  until they are exported.
- Evidence is a whole sentence, so the highlight marks the sentence, not the exact value.
- Very long bundles (thousands of items) render at once; there is no paging.
"""

from __future__ import annotations

import html
import json
from typing import Any

VERDICTS_FORMAT = "newsrec-audit-verdicts/1"

# Colours per field: a light background for the sentence and a darker underline, chosen to stay
# apart for the common colour-vision deficiencies (blue / green-teal / amber / purple).
CJK_FONT_STACK = ('"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", '
                  '"Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif')

BASE_CSS = """
:root {
  --bg: #faf8f3; --fg: #1d1d1f; --muted: #6a6660; --line: #e2ddd3; --card: #ffffff;
  --meetings: #dbeafe; --meetings-b: #1d4ed8; --speakers: #ccfbef; --speakers-b: #0f766e;
  --awards: #fdf0c4; --awards-b: #b45309; --funding: #f1e4ff; --funding-b: #7e22ce;
  --entity: #eef0f3; --entity-b: #475569;
  --active: #ffe066; --active-b: #a16207;
  --ok: #15803d; --bad: #b91c1c; --part: #b45309;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #1b1b1d; --fg: #e8e6e1; --muted: #a29e96; --line: #3a3835; --card: #242427;
    --meetings: #1e3a5f; --meetings-b: #93c5fd; --speakers: #134e48; --speakers-b: #5eead4;
    --awards: #5a4310; --awards-b: #fcd34d; --funding: #43245f; --funding-b: #d8b4fe;
    --entity: #33363b; --entity-b: #cbd5e1;
    --active: #7a5d00; --active-b: #fde68a;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font-family: FONT_STACK; font-size: 17px; line-height: 1.8;
  font-kerning: normal; text-rendering: optimizeLegibility;
}
main { max-width: 76em; margin: 0 auto; padding: 1em 1.5em 8em; }
h1 { font-size: 1.25em; margin: 0; font-weight: 600; }
h2 { font-size: 1.3em; line-height: 1.5; margin: 0 0 .2em; font-weight: 600; }
.meta { color: var(--muted); font-size: .85em; overflow-wrap: anywhere; }
.text {
  white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.06em; line-height: 1.9;
  letter-spacing: .02em; max-width: 38em; margin: 0;
}
mark { color: inherit; border-radius: 2px; padding: .1em 0; }
mark.f-meetings { background: var(--meetings); box-shadow: inset 0 -2px var(--meetings-b); }
mark.f-speakers { background: var(--speakers); box-shadow: inset 0 -2px var(--speakers-b); }
mark.f-awards { background: var(--awards); box-shadow: inset 0 -2px var(--awards-b); }
mark.f-funding { background: var(--funding); box-shadow: inset 0 -2px var(--funding-b); }
mark.active { background: var(--active); box-shadow: inset 0 -3px var(--active-b); }
.badge {
  display: inline-block; font-size: .72em; line-height: 1.6; padding: 0 .5em; border-radius: 1em;
  border: 1px solid currentColor; vertical-align: middle; letter-spacing: .03em; white-space: nowrap;
}
.b-meetings { color: var(--meetings-b); } .b-speakers { color: var(--speakers-b); }
.b-awards { color: var(--awards-b); } .b-funding { color: var(--funding-b); }
"""

REVIEW_CSS = """
.topbar {
  position: sticky; top: 0; z-index: 5; background: var(--bg); border-bottom: 1px solid var(--line);
  padding: .5em 1.5em; display: flex; gap: 1.2em; align-items: center; flex-wrap: wrap;
}
.topbar .spacer { flex: 1; }
.topbar h1 { font-size: 1.05em; }
#progress { font-variant-numeric: tabular-nums; color: var(--muted); }
.keys { color: var(--muted); font-size: .8em; }
kbd {
  font-family: ui-monospace, monospace; font-size: .9em; border: 1px solid var(--line); border-bottom-width: 2px;
  border-radius: 4px; padding: 0 .35em; background: var(--card);
}
button {
  font: inherit; font-size: .9em; line-height: 1.5; padding: .25em .8em; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--line); background: var(--card); color: var(--fg);
}
button:hover { border-color: var(--muted); }
button:focus-visible, .item:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible {
  outline: 3px solid var(--active-b); outline-offset: 1px;
}
.article { border-top: 1px solid var(--line); padding: 1.6em 0 1em; }
.article-body { display: grid; grid-template-columns: minmax(0, 38em) minmax(19em, 1fr); gap: 2.2em; margin-top: .8em; }
@media (max-width: 62em) { .article-body { grid-template-columns: 1fr; } }
.article-body > .reading {
  position: sticky; top: 3.4em; align-self: start; max-height: calc(100vh - 4em); overflow: auto; padding-right: .6em;
}
@media (max-width: 62em) { .article-body > .reading { position: static; max-height: none; } }
.unplaced { margin-top: 1em; font-size: .9em; color: var(--muted); }
.unplaced p { margin: .2em 0; white-space: pre-wrap; }
.items { display: flex; flex-direction: column; gap: .9em; }
.item {
  background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--line);
  border-radius: 8px; padding: .7em .9em; font-size: .93em; line-height: 1.65;
}
.item.active { border-color: var(--active-b); box-shadow: 0 0 0 2px var(--active-b); }
.item.v-correct { border-left-color: var(--ok); } .item.v-wrong { border-left-color: var(--bad); }
.item.v-partly { border-left-color: var(--part); }
.item-head { display: flex; gap: .5em; align-items: baseline; flex-wrap: wrap; }
.item-head .summary { font-weight: 600; overflow-wrap: anywhere; }
.item-head .tag { color: var(--muted); font-size: .78em; }
table.values { border-collapse: collapse; margin: .4em 0; width: 100%; }
table.values th { text-align: left; font-weight: normal; color: var(--muted); padding: 0 .8em 0 0; width: 8em;
  vertical-align: top; font-size: .9em; }
table.values td { overflow-wrap: anywhere; }
.verdicts { display: flex; gap: .4em; margin: .4em 0; }
.verdicts button[aria-pressed="true"].ok { background: var(--ok); color: #fff; border-color: var(--ok); }
.verdicts button[aria-pressed="true"].bad { background: var(--bad); color: #fff; border-color: var(--bad); }
.verdicts button[aria-pressed="true"].part { background: var(--part); color: #fff; border-color: var(--part); }
.fields { display: none; flex-wrap: wrap; gap: .2em 1em; font-size: .9em; margin: .2em 0 .4em; }
.item.v-partly .fields { display: flex; }
.fields .ask { width: 100%; color: var(--part); }
textarea, input[type=text], select {
  font: inherit; font-size: .92em; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: .3em .5em;
}
textarea { width: 100%; min-height: 2.4em; resize: vertical; }
.missed { margin-top: 1.2em; padding: .8em 1em; border: 1px dashed var(--muted); border-radius: 8px; }
.missed h3 { font-size: 1em; margin: 0 0 .4em; }
.missed .row { display: flex; gap: .4em; flex-wrap: wrap; }
.missed .row input[type=text] { flex: 1; min-width: 12em; }
.missed ul { margin: .5em 0; padding-left: 1.2em; }
.missed li { overflow-wrap: anywhere; }
.recall-badge { color: var(--bad); }
.empty { color: var(--muted); font-style: italic; }
"""

REVIEW_JS = r"""
(function () {
  'use strict';
  var B = JSON.parse(document.getElementById('bundle-data').textContent);
  var KEY = 'newsrec-audit:' + B.bundle_id;
  var FIELD_NAMES = {meetings: 'meeting', speakers: 'speaker', awards: 'award', funding: 'funding'};
  var state = load();
  var items = [];        // every item, in page order
  var byId = {};         // id -> {item, card, marks[]}
  var current = -1;

  function load() {
    try {
      var s = JSON.parse(window.localStorage.getItem(KEY) || 'null');
      if (s && typeof s === 'object' && s.items) { s.missed = s.missed || {}; s.done = s.done || {}; return s; }
    } catch (e) { /* unreadable storage: start empty */ }
    return {items: {}, missed: {}, done: {}};
  }
  function save() {
    try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) {
      document.getElementById('storage-warning').hidden = false;
    }
    progress();
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(v) {
    if (v === null || v === undefined || v === '') return '—';
    if (Array.isArray(v)) return v.length ? v.map(fmt).join('、') : '—';
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (typeof v === 'object') {
      if ('name' in v) return v.name + (v.title ? '（' + v.title + '）' : '');
      return JSON.stringify(v);
    }
    return String(v);
  }
  function verdictOf(id) { return state.items[id] || {verdict: null, fields: [], note: ''}; }

  function renderText(article) {
    var box = el('div', 'text');
    var text = article.text, spans = article.spans;
    var cuts = {0: true}; cuts[text.length] = true;
    spans.forEach(function (s) { cuts[s.start] = true; cuts[s.end] = true; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      var ids = [];
      spans.forEach(function (s) { if (s.start <= a && s.end >= b) ids = ids.concat(s.items); });
      var piece = text.slice(a, b);
      if (!ids.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var m = el('mark', 'f-' + byId[ids[0]].item.field, piece);
      m.dataset.items = ids.join(' ');
      m.title = ids.map(function (id) { return byId[id].item.summary; }).join('\n');
      m.addEventListener('click', function (ev) { select(items.indexOf(byId[ev.currentTarget.dataset.items.split(' ')[0]].item)); });
      ids.forEach(function (id) { byId[id].marks.push(m); });
      box.appendChild(m);
    }
    return box;
  }

  function renderItem(item) {
    var card = el('div', 'item');
    card.id = 'item-' + item.id;
    card.tabIndex = -1;
    card.dataset.id = item.id;
    var head = el('div', 'item-head');
    head.appendChild(el('span', 'badge b-' + item.field, FIELD_NAMES[item.field]));
    head.appendChild(el('span', 'summary', item.summary));
    head.appendChild(el('span', 'tag', item.precision_sample ? 'precision sample' : 'recall article'));
    card.appendChild(head);
    var table = el('table', 'values');
    Object.keys(item.values).forEach(function (k) {
      var tr = el('tr');
      tr.appendChild(el('th', null, k));
      tr.appendChild(el('td', null, fmt(item.values[k])));
      table.appendChild(tr);
    });
    if (!item.evidence.length) {
      var tr = el('tr'); tr.appendChild(el('th', null, 'evidence')); tr.appendChild(el('td', 'empty', 'none'));
      table.appendChild(tr);
    }
    card.appendChild(table);
    var row = el('div', 'verdicts');
    [['correct', 'ok', '1 correct'], ['wrong', 'bad', '2 wrong'], ['partly', 'part', '3 partly']].forEach(function (v) {
      var b = el('button', v[1], v[2]);
      b.type = 'button'; b.dataset.verdict = v[0]; b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', function () { select(items.indexOf(item), true); setVerdict(item.id, v[0]); });
      row.appendChild(b);
    });
    card.appendChild(row);
    var fields = el('div', 'fields');
    fields.appendChild(el('span', 'ask', 'Which values are wrong?'));
    (B.attributes[item.field] || []).forEach(function (attr) {
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox'; box.value = attr; box.name = 'field';
      box.addEventListener('change', function () {
        var v = verdictOf(item.id);
        var set = (v.fields || []).filter(function (f) { return f !== attr; });
        if (box.checked) set.push(attr);
        state.items[item.id] = {verdict: v.verdict, fields: set, note: v.note || ''};
        save();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + attr));
      fields.appendChild(label);
    });
    card.appendChild(fields);
    var note = el('textarea', 'note');
    note.placeholder = 'note (n)';
    note.rows = 1;
    note.addEventListener('input', function () {
      var v = verdictOf(item.id);
      state.items[item.id] = {verdict: v.verdict, fields: v.fields || [], note: note.value};
      save();
    });
    note.addEventListener('focus', function () { select(items.indexOf(item), true); });
    card.appendChild(note);
    card.addEventListener('click', function (ev) {
      if (ev.target === card || ev.target.tagName === 'TD' || ev.target.tagName === 'TH') select(items.indexOf(item), true);
    });
    return card;
  }

  function paint(id) {
    var entry = byId[id], v = verdictOf(id), card = entry.card;
    card.classList.remove('v-correct', 'v-wrong', 'v-partly');
    if (v.verdict) card.classList.add('v-' + v.verdict);
    card.querySelectorAll('.verdicts button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.verdict === v.verdict));
    });
    card.querySelectorAll('.fields input').forEach(function (b) { b.checked = (v.fields || []).indexOf(b.value) >= 0; });
    var note = card.querySelector('textarea.note');
    if (document.activeElement !== note) note.value = v.note || '';
  }

  function setVerdict(id, verdict) {
    var v = verdictOf(id);
    state.items[id] = {verdict: verdict, fields: verdict === 'partly' ? (v.fields || []) : [], note: v.note || ''};
    save();
    paint(id);
    if (verdict === 'partly') {
      var first = byId[id].card.querySelector('.fields input');
      if (first) first.focus();
    }
  }

  function select(index, noScroll) {
    if (index < 0 || index >= items.length) return;
    if (current >= 0) {
      var old = byId[items[current].id];
      old.card.classList.remove('active');
      old.marks.forEach(function (m) { m.classList.remove('active'); });
    }
    current = index;
    var entry = byId[items[current].id];
    entry.card.classList.add('active');
    entry.marks.forEach(function (m) { m.classList.add('active'); });
    if (entry.marks.length) {
      // Scroll the sticky reading column (not the window) so the highlighted sentence is in view.
      var reading = entry.marks[0].closest('.reading');
      var top = entry.marks[0].getBoundingClientRect().top - reading.getBoundingClientRect().top;
      if (top < 0 || top > reading.clientHeight - 40) reading.scrollTop += top - reading.clientHeight / 3;
    }
    if (!noScroll) {
      entry.card.scrollIntoView({block: 'center'});
      if (entry.card.contains(document.activeElement) === false) entry.card.focus({preventScroll: true});
    }
  }

  function renderMissed(article) {
    var box = el('div', 'missed');
    box.appendChild(el('h3', null, 'Missed items (recall): list every item the extraction did not find'));
    var row = el('div', 'row');
    var sel = el('select');
    sel.className = 'missed-field';
    B.params.fields.forEach(function (f) { var o = el('option', null, f); o.value = f; sel.appendChild(o); });
    var input = el('input');
    input.type = 'text'; input.className = 'missed-text'; input.placeholder = 'what was missed, e.g. 刘智 市委组织部科长';
    var add = el('button', 'missed-add', 'Add missed item');
    add.type = 'button';
    var list = el('ul');
    var doneLabel = el('label');
    var done = el('input');
    done.type = 'checkbox'; done.className = 'recall-done';
    doneLabel.appendChild(done);
    doneLabel.appendChild(document.createTextNode(' all missed items listed (article fully reviewed)'));
    function draw() {
      list.textContent = '';
      (state.missed[article.doc_id] || []).forEach(function (m, i) {
        var li = el('li', null, m.field + ': ' + m.text + ' ');
        var rm = el('button', null, '×');
        rm.type = 'button'; rm.title = 'remove';
        rm.addEventListener('click', function () { state.missed[article.doc_id].splice(i, 1); save(); draw(); });
        li.appendChild(rm);
        list.appendChild(li);
      });
      done.checked = !!state.done[article.doc_id];
    }
    function addOne() {
      var text = input.value.trim();
      if (!text) return;
      (state.missed[article.doc_id] = state.missed[article.doc_id] || []).push({field: sel.value, text: text});
      input.value = '';
      save(); draw();
    }
    add.addEventListener('click', addOne);
    input.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { ev.preventDefault(); addOne(); } });
    done.addEventListener('change', function () { state.done[article.doc_id] = done.checked; save(); });
    row.appendChild(sel); row.appendChild(input); row.appendChild(add);
    box.appendChild(row); box.appendChild(list); box.appendChild(doneLabel);
    draw();
    return box;
  }

  function progress() {
    var judged = items.filter(function (it) { return verdictOf(it.id).verdict; }).length;
    var recall = B.articles.filter(function (a) { return a.recall; });
    var done = recall.filter(function (a) { return state.done[a.doc_id]; }).length;
    var text = judged + ' / ' + items.length + ' items judged';
    if (recall.length) text += ' · ' + done + ' / ' + recall.length + ' recall articles done';
    document.getElementById('progress').textContent = text;
  }

  function exportVerdicts() {
    var out = {
      format: 'VERDICTS_FORMAT', bundle_id: B.bundle_id, source: B.source, exported_at: new Date().toISOString(),
      params: B.params, population: B.population, allocation: B.allocation, attributes: B.attributes,
      items: items.map(function (it) {
        var v = verdictOf(it.id);
        return {id: it.id, doc_id: it.doc_id, field: it.field, outlet: it.outlet, summary: it.summary,
                values: it.values, evidence: it.evidence.map(function (e) { return e.text; }),
                precision_sample: it.precision_sample, recall_article: it.recall_article,
                verdict: v.verdict || null, fields: v.verdict === 'partly' ? (v.fields || []) : [], note: v.note || ''};
      }),
      recall_articles: B.articles.filter(function (a) { return a.recall; }).map(function (a) {
        return {doc_id: a.doc_id, title: a.title, done: !!state.done[a.doc_id], missed: state.missed[a.doc_id] || []};
      })
    };
    var blob = new Blob([JSON.stringify(out, null, 1)], {type: 'application/json'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'verdicts.json';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function build() {
    var main = document.getElementById('articles');
    B.articles.forEach(function (article) {
      article.items.forEach(function (it) { items.push(it); byId[it.id] = {item: it, card: null, marks: []}; });
      var sec = el('section', 'article');
      sec.id = 'doc-' + article.doc_id;
      var h = el('h2', null, article.title || '(no title)');
      if (article.recall) { h.appendChild(document.createTextNode(' ')); h.appendChild(el('span', 'badge recall-badge', 'RECALL')); }
      sec.appendChild(h);
      sec.appendChild(el('div', 'meta', [article.outlet || 'unknown outlet', article.published || 'no date',
        article.source || '', 'doc ' + article.doc_id.slice(0, 16)].join(' · ')));
      var body = el('div', 'article-body');
      var left = el('div', 'reading');
      if (article.text_kind !== 'clean_text') {
        left.appendChild(el('p', 'meta', 'No clean text in the records (run with --with-text): only the evidence sentences are shown.'));
      }
      left.appendChild(renderText(article));
      if (article.unplaced.length) {
        var un = el('div', 'unplaced');
        un.appendChild(el('strong', null, 'Evidence not found in the text:'));
        article.unplaced.forEach(function (u) { un.appendChild(el('p', null, byId[u[0]].item.summary + ': ' + u[1])); });
        left.appendChild(un);
      }
      body.appendChild(left);
      var right = el('div', 'items');
      if (!article.items.length) right.appendChild(el('p', 'empty', 'Nothing was extracted from this article.'));
      article.items.forEach(function (it) { var c = renderItem(it); byId[it.id].card = c; right.appendChild(c); });
      if (article.recall) right.appendChild(renderMissed(article));
      body.appendChild(right);
      sec.appendChild(body);
      main.appendChild(sec);
    });
    items.forEach(function (it) { paint(it.id); });
    document.getElementById('export').addEventListener('click', exportVerdicts);
    progress();
    if (items.length) select(0, true);
  }

  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    var typing = t && (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && t.type === 'text'));
    if (typing) { if (ev.key === 'Escape') t.blur(); return; }
    if (ev.ctrlKey || ev.metaKey || ev.altKey || !items.length) return;
    var id = current >= 0 ? items[current].id : null;
    if (ev.key === 'j') { select(Math.min(current + 1, items.length - 1)); }
    else if (ev.key === 'k') { select(Math.max(current - 1, 0)); }
    else if (ev.key === '1' && id) { setVerdict(id, 'correct'); }
    else if (ev.key === '2' && id) { setVerdict(id, 'wrong'); }
    else if (ev.key === '3' && id) { setVerdict(id, 'partly'); }
    else if (ev.key === 'n' && id) { byId[id].card.querySelector('textarea.note').focus(); }
    else { return; }
    ev.preventDefault();
  });

  build();
})();
"""

REVIEW_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Audit {title}</title>
<style>{css}</style>
</head>
<body>
<div class="topbar">
  <h1>Accuracy audit</h1>
  <span id="progress"></span>
  <span class="spacer"></span>
  <span class="keys"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>1</kbd> correct · <kbd>2</kbd> wrong · <kbd>3</kbd> partly · <kbd>n</kbd> note · <kbd>Esc</kbd> leave box</span>
  <button type="button" id="export">Export verdicts</button>
</div>
<main>
<p class="meta">Bundle {title} · {summary}</p>
<p class="meta" id="storage-warning" hidden>This browser does not let the page save verdicts: export often.</p>
<noscript><p>This page needs JavaScript to record verdicts.</p></noscript>
<div id="articles"></div>
</main>
<script type="application/json" id="bundle-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""


def embed_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>``, ``&`` escaped as JSON unicode escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_review(bundle: dict[str, Any]) -> str:
    """The review page for a bundle built by :func:`pipeline.audit.sample.build_bundle`."""
    params = bundle["params"]
    n_items = sum(len(a["items"]) for a in bundle["articles"])
    summary = (f"{n_items} items in {len(bundle['articles'])} articles · fields {', '.join(params['fields'])} · "
               f"seed {params['seed']} · stratify {params['stratify'] or 'none'} · source {bundle.get('source') or '-'}")
    return REVIEW_TEMPLATE.format(
        title=html.escape(bundle["bundle_id"]),
        css=(BASE_CSS + REVIEW_CSS).replace("FONT_STACK", CJK_FONT_STACK),
        summary=html.escape(summary),
        data=embed_json(bundle),
        js=REVIEW_JS.replace("VERDICTS_FORMAT", VERDICTS_FORMAT),
    )


def blank_verdicts(bundle: dict[str, Any]) -> dict[str, Any]:
    """The verdicts document the page exports, with nothing judged yet (the format in Python).

    Items carry ``verdict`` (``correct``/``wrong``/``partly`` or ``None``), ``fields`` (the
    attributes named for ``partly``) and ``note``; recall articles carry ``done`` and ``missed``
    (``{"field", "text"}``).
    """
    items = []
    for article in bundle["articles"]:
        for it in article["items"]:
            items.append({
                **{k: it[k] for k in ("id", "doc_id", "field", "outlet", "summary", "values", "precision_sample",
                                      "recall_article")},
                "evidence": [e.get("text") for e in it["evidence"]], "verdict": None, "fields": [], "note": "",
            })
    return {
        "format": VERDICTS_FORMAT,
        **{k: bundle.get(k) for k in ("bundle_id", "source", "params", "population", "allocation", "attributes")},
        "items": items,
        "recall_articles": [{"doc_id": a["doc_id"], "title": a["title"], "done": False, "missed": []}
                            for a in bundle["articles"] if a["recall"]],
    }
