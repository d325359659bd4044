#!/usr/bin/env bash
# Installs the optional HanLP backend (CPU torch). hanlp 2.1.7 pins hanlp-common>=0.0.24, which
# the registry lacks, so its dependencies are installed by hand and hanlp itself with --no-deps
# (see models/ner/HANLP.md). torch resolves to the CPU build where a local wheel folder provides it.
set -euo pipefail
pip install --quiet "torch==2.13.0"
pip install --quiet "hanlp-common==0.0.23" hanlp-downloader "hanlp-trie>=0.0.4" nvidia-ml-py \
  "sentencepiece>=0.1.91" termcolor "toposort==1.5" "transformers>=4.1.1"
pip install --quiet --no-deps "hanlp==2.1.7"
# Fail here, not halfway through the tests, when the set does not import together.
python -c "import hanlp, torch; print('hanlp', hanlp.__version__, 'torch', torch.__version__)"
