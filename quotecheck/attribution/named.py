"""What the rule rows of German and French share: a phrase that names a speaker, the attribution
made of it, and a personal pronoun given to the last person this article's quotes went to."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Attribution
from .context import Context, Rule

#: the most a speaker reached through a pronoun can be trusted: its antecedent is a guess
PRONOUN_CONFIDENCE = 0.8


@dataclass(frozen=True)
class Phrase:
    """A noun phrase that names a speaker: its span, its words, and the name in it (a person
    named after a title, or a bare name), if any."""

    start: int
    end: int
    text: str
    name: str | None


def phrase_attribution(
    phrase: Phrase, speaker: str, person: bool, cue: str, rule: Rule
) -> Attribution:
    """The attribution of a phrase found by ``rule``: ``speaker`` as the article names them
    fully, the phrase as the mention."""
    return Attribution(
        speaker,
        phrase.text,
        phrase.start,
        phrase.end,
        None,
        cue,
        rule.method,
        rule.confidence,
        "person" if person else "organisation",
    )


def pronoun_attribution(
    ctx: Context, start: int, end: int, word: str, cue: str, rule: Rule
) -> Attribution:
    """``sagte er``, ``a-t-il dit``: the last person this article's earlier quotes were given
    to, no surer than the rule and :data:`PRONOUN_CONFIDENCE`."""
    antecedent = next(
        (q.attribution for q in reversed(ctx.done) if q.attribution.source_type == "person"),
        None,
    )
    speaker = antecedent.speaker if antecedent is not None else None
    return Attribution(
        speaker,
        word,
        start,
        end,
        None,
        cue,
        f"{rule.method}+pronoun" if speaker else f"{rule.method}+unresolved-pronoun",
        min(rule.confidence, PRONOUN_CONFIDENCE) if speaker else 0.0,
        "person",
    )
