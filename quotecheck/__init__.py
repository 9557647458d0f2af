"""quotecheck: check how news outlets quote people.

Extract every direct quotation with its exact span and speaker, align the same quote across
outlets, classify each difference with a severity, and flag wording that drifts between outlets.

>>> import quotecheck
>>> [q.speaker for q in quotecheck.extract(
...     'Foreign Minister Ana Ruiz met her counterparts in Lisbon on Monday for trade talks.\\n\\n'
...     '"This is a good day," Ruiz said.')]
['Ana Ruiz']
"""

from .articles import parse_article
from .models import (
    Article,
    Attribution,
    Comparison,
    Config,
    Edit,
    Quote,
    QuoteGroup,
    Severity,
    TermDrift,
)
from .output import write_reports
from .page import render_html
from .pipeline import compare, compare_articles, extract
from .report import render_text, to_json
from .sources import load_articles
from .version import __version__

__all__ = [
    "Article",
    "Attribution",
    "Comparison",
    "Config",
    "Edit",
    "Quote",
    "QuoteGroup",
    "Severity",
    "TermDrift",
    "__version__",
    "compare",
    "compare_articles",
    "extract",
    "load_articles",
    "parse_article",
    "render_html",
    "render_text",
    "to_json",
    "write_reports",
]
