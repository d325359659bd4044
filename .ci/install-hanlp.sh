#!/usr/bin/env bash
# Installs the optional HanLP backend (CPU torch). hanlp 2.1.7 pins hanlp-common>=0.0.24, which
# the registry lacks, so its dependencies are installed by hand and hanlp itself with --no-deps
# (see models/ner/README.md).
set -euo pipefail
pip install --quiet "torch==2.13.0"
pip install --quiet "hanlp-common==0.0.23" hanlp-downloader "hanlp-trie>=0.0.4" nvidia-ml-py \
  "sentencepiece>=0.1.91" termcolor "toposort==1.5" "transformers>=4.1.1"
pip install --quiet --no-deps "hanlp==2.1.7"
