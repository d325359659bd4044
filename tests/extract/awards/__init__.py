"""Award records: honours conferred at the event, their counts, units and recipient kinds, and counts that are no award (GUIDELINES §5)."""
