"""quotecheck: check how news outlets quote people.

Extract every direct quotation with its exact span and speaker, align the same quote across
outlets, classify each difference with a severity, and flag wording that drifts between outlets.

>>> import quotecheck
>>> [q.speaker for q in quotecheck.extract(
...     'Foreign Minister Ana Ruiz met her counterparts in Lisbon on Monday for trade talks.\\n\\n'
...     '"This is a good day," Ruiz said.')]
['Ana Ruiz']
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:  # pragma: no cover - for type checkers; at run time, loaded on first use
    from .archive import Archive
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

#: where each public name lives: imported on first use, so ``quotecheck extract`` never loads
#: pandas, jinja2 or the comparison stages it does not run
_HOMES = {
    "Archive": "archive",
    "parse_article": "articles",
    "Article": "models",
    "Attribution": "models",
    "Comparison": "models",
    "Config": "models",
    "Edit": "models",
    "Quote": "models",
    "QuoteGroup": "models",
    "Severity": "models",
    "TermDrift": "models",
    "write_reports": "output",
    "render_html": "page",
    "compare": "pipeline",
    "compare_articles": "pipeline",
    "extract": "pipeline",
    "render_text": "report",
    "to_json": "report",
    "load_articles": "sources",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value  # the next use is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "Archive",
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
