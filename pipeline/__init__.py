"""Turn scraped Chinese news pages into structured, auditable records.

Stages run in the order given by :data:`pipeline.config.DEFAULTS` ``stages``; see
:mod:`pipeline.nlp` for the driver.
"""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
