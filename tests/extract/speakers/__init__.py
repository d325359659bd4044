"""Speaker records: who takes an active part in a meeting, their names, title chains and roles, and who is no speaker (GUIDELINES §4)."""
