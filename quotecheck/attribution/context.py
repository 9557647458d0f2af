"""What every attribution rule reads (:class:`Context`) and what a rule is (:class:`Rule`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..models import Article, Attribution, Paragraph, Quote
from .grammar import Grammar
from .resolve import Resolver


@dataclass
class Context:
    """A quote and what the rules may read around it."""

    article: Article
    resolver: Resolver
    quote: Quote
    paragraph: Paragraph
    sentence_start: int
    earlier: list[Attribution]  # this sentence's earlier attributions, nearest last
    same_paragraph: list[Quote]  # this paragraph's quotes attributed so far
    by_paragraph: dict[int, list[Quote]]  # every paragraph's attributed quotes so far
    done: list[Quote]  # every quote attributed so far, by index

    @property
    def grammar(self) -> Grammar:
        return self.resolver.grammar

    @property
    def masked(self) -> str:
        return self.resolver.masked

    @property
    def sentence_end(self) -> int:
        """Where the quote's sentence ends: right after its closing mark when the quoted words
        end a sentence and another starts (``„… gelingen.“ Laut Zeitung …``), else at the
        first full stop after it."""
        q = self.quote
        after = q.end + len(q.close_mark)
        if q.text.rstrip()[-1:] in {".", "!", "?"} and _NEXT_SENTENCE.match(self.masked, after):
            return after
        return self.grammar.sentence_end(q.end, self.paragraph.end)


#: a sentence opening after a closing mark: a space, then a capital letter or an opening mark
_NEXT_SENTENCE = regex.compile(r"\s+[\p{Lu}„«\"“‚‹»]")


@dataclass(frozen=True)
class Rule:
    """One way news attributes a quote."""

    method: str
    confidence: float
    find: Callable[[Context, Rule], Attribution | None]
    example: str  # an invented sentence the rule attributes
    speaker: str  # the speaker it names there
    quote: str  # the quote of the example it attributes (its first words)
    #: the languages whose articles it reads (its words and word order are theirs)
    languages: tuple[str, ...] = ("en",)
