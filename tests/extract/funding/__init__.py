"""Funding records: money granted, its amount, currency and purpose, and money figures that are no grant (GUIDELINES §6)."""
