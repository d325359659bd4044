"""Meeting records: which events are meetings held, their names, dates and times of day, venues, organizers, hosts and attendee counts (GUIDELINES §3)."""
