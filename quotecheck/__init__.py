"""quotecheck: check how news outlets quote people.

Extract every direct quotation with its exact span and speaker, align the same quote across
outlets, classify each difference with a severity, and flag wording that drifts between outlets.
"""

__version__ = "0.1.0"
