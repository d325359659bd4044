"""Record sinks: JSONL files and SQL databases."""
