"""Accuracy audits: sample extracted items, review them in a browser, report precision and recall.

Modules, in the order an audit uses them:

- :mod:`pipeline.audit.sample`: load records, draw a seeded (optionally stratified) sample of
  items plus a sample of articles for recall, write the bundle (``sample.json``, ``review.html``,
  ``README.txt``);
- :mod:`pipeline.audit.page`: the self-contained review page;
- :mod:`pipeline.audit.labelstudio`: the same sample as Label Studio tasks, and the way back;
- :mod:`pipeline.audit.stats` and :mod:`pipeline.audit.report`: Wilson intervals, sample sizes,
  the report (Markdown and HTML);
- :mod:`pipeline.audit.show`: one article rendered with its entities and records;
- :mod:`pipeline.audit.cli`: the ``audit`` and ``show`` commands.
"""
