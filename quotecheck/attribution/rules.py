"""The attribution rules, as a table: each row a method name, a confidence, one finder and an
invented example. :func:`quotecheck.attribution.attribute` takes the first row that fires, so a
row's place in :data:`RULES` is its precedence.

Every finder has one signature, ``(context, rule) -> Attribution | None``: it reads the quote
and its surroundings from the :class:`Context` and names the speaker with the row's method and
confidence (lowered, with a suffix on the method, when the speaker is reached through a pronoun,
``who`` or a participle: see :data:`~quotecheck.attribution.resolve.ADJUSTMENTS`). The finders
live in :mod:`.opening`, :mod:`.closing`, :mod:`.sentence` and :mod:`.discourse`, by where
they look.
"""

from __future__ import annotations

from .closing import (
    according_after,
    after,
    after_any_verb,
    after_inverted,
    headline_cue,
    later_inverted,
    reporter_last,
    signed,
    taken_up,
)
from .context import Context, Rule
from .discourse import (
    caption_after,
    colon,
    colon_subject,
    continuation,
    in_full,
    nearby,
    paragraph_continuation,
    previous_paragraph,
    previous_paragraph_subject,
    previous_sentence,
    previous_subject,
    quoted_turn,
    same_sentence,
    speaker_heading,
    split,
    transcript,
)
from .french import according as french_according
from .french import after as french_after
from .french import before as french_before
from .french import colon_paragraph as french_colon_paragraph
from .french import in_full as french_in_full
from .french import last_speaker as french_last_speaker
from .french import later as french_later
from .french import named_before_colon as french_named_before_colon
from .french import next_sentence as french_next_sentence
from .french import passive_agent as french_passive_agent
from .french import previous_paragraph as french_previous_paragraph
from .french import previous_sentence as french_previous_sentence
from .french import sentence_subject as french_sentence_subject
from .french import speaker_heading as french_speaker_heading
from .french import taken_up as french_taken_up
from .french import verbless_sentence as french_verbless_sentence
from .german import according as german_according
from .german import after as german_after
from .german import before as german_before
from .german import colon_paragraph as german_colon_paragraph
from .german import in_full as german_in_full
from .german import last_speaker as german_last_speaker
from .german import later as german_later
from .german import next_sentence as german_next_sentence
from .german import passive_agent as german_passive_agent
from .german import previous_paragraph as german_previous_paragraph
from .german import previous_sentence as german_previous_sentence
from .german import relative_clause as german_relative_clause
from .german import reported as german_reported
from .german import sentence_subject as german_sentence_subject
from .german import speaker_heading as german_speaker_heading
from .german import taken_up as german_taken_up
from .opening import according_before, introduced, introduced_by_colon
from .sentence import (
    before,
    before_parenthetical,
    claimed_by,
    later,
    possessed_words,
    question_put,
    sentence_subject,
    sentence_subject_who,
)

__all__ = ["RULES", "Context", "Rule", "rule_of"]

#: the rules in order of precedence: the first that fires names the speaker. The confidences
#: are fitted to the development set (``eval/fit_confidences.py`` on ``quotecheck evaluate
#: --format json``: how often each rule named the right speaker, smoothed as (right + 1) /
#: (quotes + 2)), the German rows to the German one; the French rows, which no annotated set
#: exercises, keep their set values; ``transcript`` does not occur there and keeps its, as does
#: ``before+claim``, whose one quote there the annotators gave no speaker, ``question`` (and
#: its German and French rows), which names no one for most of its quotes (nor do the
#: annotators), and
#: ``title-case`` (headlines, which the development set does not annotate) the headline cap.
RULES: tuple[Rule, ...] = (
    # every language: a transcript's turn is the speaker its label names, whatever the words
    # around it (a German or French interview sets its turns as English does)
    Rule(
        "transcript",
        0.9,
        transcript,
        "QUILL: Will the plan pass?\n\nOKAFOR: We will see what the committee says.",
        "Okafor",
        "We will see",
        ("en", "de", "fr"),
    ),
    Rule(
        "transcript+quoted",
        0.9,
        quoted_turn,
        'The hearing went on late.\n\n"QUILL: Will you vote for the bill?"\n\n'
        '"HARLOW: We will see what the committee says."',
        "Harlow",
        "HARLOW",
        ("en", "de", "fr"),
    ),
    # French: the inverted verb after the quote (an incise inside one splits it in two, the
    # first segment followed by the incise), selon / d'après, the subject opening the clause of
    # a verb of saying before it, and the opening subject
    Rule(
        "question-fr",
        0.9,
        question_put,
        "Interrogé par Marc Delaunay sur un projet « mort-né », Hugo Perrin a souri.",
        "Marc Delaunay",
        "mort-né",
        ("fr",),
    ),
    Rule(
        "after-fr",
        0.95,
        french_after,
        "« Nous ne céderons pas », a déclaré la maire, Claire Fontaine.",
        "Claire Fontaine",
        "Nous ne",
        ("fr",),
    ),
    Rule(
        "according-fr",
        0.9,
        french_according,
        "Selon le parquet de Rennes, « l'enquête suit son cours ».",
        "parquet de Rennes",
        "l'enquête",
        ("fr",),
    ),
    Rule(
        "passive-agent-fr",
        0.75,
        french_passive_agent,
        "Le projet a été jugé « irréaliste et coûteux » par la députée Marie Duval.",
        "Marie Duval",
        "irréaliste",
        ("fr",),
    ),
    Rule(
        "before-fr",
        0.9,
        french_before,
        "Mardi, le procureur Marc Delaunay a déclaré : « L'enquête sera longue. »",
        "Marc Delaunay",
        "L'enquête",
        ("fr",),
    ),
    Rule(
        "in-full-fr",
        0.8,
        french_in_full,
        "La maire Claire Fontaine s'est exprimée lundi. Nous publions ci-dessous son message :"
        "\n\n« Restez chez vous. »",
        "Claire Fontaine",
        "Restez",
        ("fr",),
    ),
    Rule(
        "colon-fr",
        0.75,
        french_colon_paragraph,
        "Le procureur Marc Delaunay a précisé dans un communiqué :\n\n« L'enquête sera longue. »",
        "Marc Delaunay",
        "L'enquête",
        ("fr",),
    ),
    Rule(
        "name-colon-fr",
        0.84,
        french_named_before_colon,
        "Football – Hugo Perrin : « Nous avons été trop lents »",
        "Hugo Perrin",
        "Nous avons",
        ("fr",),
    ),
    Rule(
        "later-fr",
        0.85,
        french_later,
        "Le pont est « à bout de souffle » et doit fermer, a déclaré lundi la maire, Claire "
        "Fontaine.",
        "Claire Fontaine",
        "à bout",
        ("fr",),
    ),
    Rule(
        "taken-up-fr",
        0.85,
        french_taken_up,
        "« Le pont est fini. » C'est en ces termes que la ministre Claire Fontaine a résumé la "
        "situation.",
        "Claire Fontaine",
        "Le pont",
        ("fr",),
    ),
    Rule(
        "previous-sentence-fr",
        0.7,
        french_previous_sentence,
        "La réponse de la maire, Claire Fontaine, est sans appel. « Le pont sera démoli. »",
        "Claire Fontaine",
        "Le pont",
        ("fr",),
    ),
    Rule(
        "next-sentence-fr",
        0.6,
        french_next_sentence,
        "« Le pont sera démoli. » La maire de Valbourg, Claire Fontaine, a vécu une longue nuit.",
        "Claire Fontaine",
        "Le pont",
        ("fr",),
    ),
    Rule(
        "previous-paragraph-fr",
        0.6,
        french_previous_paragraph,
        "La capitaine Lena Moor a refusé de partir. Elle raconte.\n\n« La mer était forte. »",
        "Lena Moor",
        "La mer",
        ("fr",),
    ),
    Rule(
        "speaker-heading-fr",
        0.8,
        french_speaker_heading,
        "L'entraîneur Hugo Perrin :\n\n« Nous avons manqué de réalisme. »",
        "Hugo Perrin",
        "Nous avons",
        ("fr",),
    ),
    Rule(
        "sentence-subject-fr",
        0.66,
        french_sentence_subject,
        "La ministre Agnès Morel trouve le projet « trop coûteux pour la ville ».",
        "Agnès Morel",
        "trop coûteux",
        ("fr",),
    ),
    Rule(
        "verbless-fr",
        0.7,
        french_verbless_sentence,
        "La ministre Agnès Morel a jugé que le pont, « c'est une honte ». Alors, « il faut le"
        " reconstruire ».",
        "Agnès Morel",
        "il faut",
        ("fr",),
    ),
    # German: the verb after the quote with its subject after it, a source by "laut" or
    # "zufolge", and the verb before the quote with the subject opening the sentence or after it
    Rule(
        "question-de",
        0.9,
        question_put,
        "Auf die Frage von Jonas Pfeifer, ob der Plan „tot“ sei, lachte Tom Brell.",
        "Jonas Pfeifer",
        "tot",
        ("de",),
    ),
    Rule(
        "after-de",
        0.9,
        german_after,
        "Die Brücke bleibt gesperrt. „Wir sind noch lange nicht am Ziel“, sagte Wiebke Strand.",
        "Wiebke Strand",
        "Wir sind",
        ("de",),
    ),
    Rule(
        "according-de",
        0.92,
        german_according,
        "Laut Bürgermeisterin Ilka Hembrock ist die Brücke „in einem erbärmlichen Zustand“.",
        "Ilka Hembrock",
        "in einem",
        ("de",),
    ),
    Rule(
        "before-de",
        0.91,
        german_before,
        "Nach der Sitzung sagte Stadtrat Jonas Pfeifer: „Die Brücke wird im Mai geöffnet.“",
        "Jonas Pfeifer",
        "Die Brücke",
        ("de",),
    ),
    Rule(
        "in-full-de",
        0.8,
        german_in_full,
        "Am Abend meldete sich Stadträtin Ilka Brandes in einem Video. Wir dokumentieren es im"
        " Wortlaut:\n\n„Bleiben Sie zu Hause.“",
        "Ilka Brandes",
        "Bleiben",
        ("de",),
    ),
    Rule(
        "colon-de",
        0.75,
        german_colon_paragraph,
        "Stadtrat Jonas Pfeifer erklärte nach der Sitzung:\n\n„Die Brücke wird im Mai geöffnet.“",
        "Jonas Pfeifer",
        "Die Brücke",
        ("de",),
    ),
    Rule(
        "later-de",
        0.91,
        german_later,
        "Die Stadt müsse die Brücke „noch in diesem Jahr“ sanieren, so Stadträtin Ilka Brandes.",
        "Ilka Brandes",
        "noch in diesem",
        ("de",),
    ),
    Rule(
        "taken-up-de",
        0.8,
        german_taken_up,
        "„Die Brücke bleibt bis Mai gesperrt.“ Das sagte Bürgermeisterin Ilka Brandes am Montag.",
        "Ilka Brandes",
        "Die Brücke bleibt",
        ("de",),
    ),
    Rule(
        "passive-agent-de",
        0.83,
        german_passive_agent,
        "Der Entwurf wurde von Stadträtin Ilka Brandes als „völlig überzogen“ bezeichnet.",
        "Ilka Brandes",
        "völlig",
        ("de",),
    ),
    Rule(
        "relative-de",
        0.8,
        german_relative_clause,
        "Lob kam von Stadträtin Ilka Brandes, die den Plan als „mutig und richtig“ bezeichnete.",
        "Ilka Brandes",
        "mutig",
        ("de",),
    ),
    Rule(
        "speaker-heading-de",
        0.8,
        german_speaker_heading,
        "Trainerin Ilka Brandes\n\n„Wir haben die zweite Halbzeit verschlafen.“",
        "Ilka Brandes",
        "Wir haben",
        ("de",),
    ),
    Rule(
        "sentence-subject-de",
        0.76,
        german_sentence_subject,
        "Der Stadtrat hält den Plan für die Brücke für „überhastet und teuer“.",
        "Der Stadtrat",
        "überhastet",
        ("de",),
    ),
    Rule(
        "reported-de",
        0.78,
        german_reported,
        "„Die Brücke bleibt zu“, sagte Ilka Brandes. Die Sanierung sei „leider unumgänglich“.",
        "Ilka Brandes",
        "leider",
        ("de",),
    ),
    Rule(
        "previous-sentence-de",
        0.6,
        german_previous_sentence,
        "Stadträtin Ilka Brandes kritisierte den Plan. „Die Brücke ist zu teuer.“",
        "Ilka Brandes",
        "Die Brücke ist",
        ("de",),
    ),
    Rule(
        "previous-paragraph-de",
        0.6,
        german_previous_paragraph,
        "Stadträtin Ilka Brandes stand vor der Brücke.\n\n„Sie ist zu alt.“",
        "Ilka Brandes",
        "Sie ist",
        ("de",),
    ),
    Rule(
        "next-sentence-de",
        0.6,
        german_next_sentence,
        "„Die Brücke ist zu teuer.“ Stadträtin Ilka Brandes ist enttäuscht.",
        "Ilka Brandes",
        "Die Brücke ist",
        ("de",),
    ),
    Rule(
        "introduced+according",
        0.93,
        according_before,
        'According to Lena Okafor, "the bridge will reopen in May."',
        "Lena Okafor",
        "the bridge",
    ),
    Rule(
        "later+reporter",
        0.96,
        reporter_last,
        'Fans chanted "Open the bridge" all night, the Harbour Gazette reported.',
        "Harbour Gazette",
        "Open the bridge",
    ),
    Rule(
        "introduced",
        0.95,
        introduced,
        'Port director Lena Okafor told reporters: "The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "after+according",
        0.86,
        according_after,
        '"The bridge will reopen in May," according to Lena Okafor.',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "after+inverted",
        0.97,
        after_inverted,
        '"The bridge will reopen in May," said port director Lena Okafor.',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "later+inverted",
        0.94,
        later_inverted,
        '"This will be a hard winter" for the fleet, said Maren Holt.',
        "Maren Holt",
        "This will be",
    ),
    Rule(
        "before+claim",
        0.85,
        claimed_by,
        'The mayor dismissed claims from Lena Okafor that the bridge was "unsafe for lorries."',
        "Lena Okafor",
        "unsafe",
    ),
    Rule(
        "question",
        0.9,
        question_put,
        'Asked by moderator Jo Baker whether the port was "a lost cause," Okafor laughed.',
        "Jo Baker",
        "a lost cause",
    ),
    Rule(
        "after",
        0.98,
        after,
        '"The bridge will reopen in May," port director Lena Okafor said.',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "title-case",
        0.5,
        headline_cue,
        "'The Bridge Must Close': Okafor Says Repairs Cannot Wait\n\nPort director Lena Okafor"
        " spoke on Monday about the harbour.",
        "Lena Okafor",
        "The Bridge",
    ),
    Rule(
        "signed",
        0.73,
        signed,
        '"The bridge is a disgrace and everyone knows it." ― Lorna Betts, 54, Tulsa',
        "Lorna Betts",
        "The bridge",
        ("en", "de", "fr"),
    ),
    Rule(
        "taken-up",
        0.85,
        taken_up,
        '"The bridge is finished." That was how Lena Okafor put it on Monday.',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "introduced+colon",
        0.84,
        introduced_by_colon,
        'Port director Lena Okafor was blunt: "The bridge will not reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "before+parenthetical",
        0.91,
        before_parenthetical,
        'The bridge, Lena Okafor said, will reopen "well before the summer crowds."',
        "Lena Okafor",
        "well before",
    ),
    Rule(
        "before",
        0.92,
        before,
        'Lena Okafor told the council the bridge would reopen "well before the summer."',
        "Lena Okafor",
        "well before",
    ),
    Rule(
        "later",
        0.8,
        later,
        'The council faces a "rough week" before the vote, the Harbour Gazette reports, citing two'
        " members.",
        "Harbour Gazette",
        "rough week",
    ),
    Rule(
        "caption-after",
        0.8,
        caption_after,
        '"The bridge is all we have."\n\nLena Okafor (34), ferry café owner',
        "Lena Okafor",
        "The bridge",
        ("en", "de", "fr"),
    ),
    Rule(
        "continuation",
        0.82,
        continuation,
        'Lena Okafor, the port director, wrote to the council:\n\n"The bridge is old.\n\n'
        '"It will reopen in May."',
        "Lena Okafor",
        "It will",
        ("en", "de", "fr"),
    ),
    Rule(
        "split",
        0.97,
        split,
        '"The bridge is old," Lena Okafor said. "It will reopen in May."',
        "Lena Okafor",
        "It will",
        ("en", "de", "fr"),
    ),
    Rule(
        "previous-sentence",
        0.82,
        previous_sentence,
        'Lena Okafor spoke at the quay on Monday. "The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "previous-subject",
        0.7,
        previous_subject,
        'Lena Okafor was blunt. "The bridge is finished."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "speaker-heading",
        0.8,
        speaker_heading,
        'HEAD COACH LENA OKAFOR\n\nOn the late goal:\n\n"The bridge of our defence held."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "in-full",
        0.8,
        in_full,
        "Port director Lena Okafor issued a statement on Monday. It reads in full:\n\n"
        '"The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "colon",
        0.95,
        colon,
        'Port director Lena Okafor added:\n\n"The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "colon+subject",
        0.67,
        colon_subject,
        'Port director Lena Okafor on the delay:\n\n"The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "after+verb",
        0.88,
        after_any_verb,
        '"Will the bridge reopen in May?" Lena Okafor pressed.',
        "Lena Okafor",
        "Will the bridge",
    ),
    Rule(
        "continuation+paragraph",
        0.84,
        paragraph_continuation,
        '"The bridge is old," Lena Okafor said. "It needs work."\n\n"It will reopen in May."',
        "Lena Okafor",
        "It will reopen",
        ("en", "de", "fr"),
    ),
    # German and French: a quote in the first person standing alone, a few paragraphs after
    # the last one, the reporter's words between naming no one else
    Rule(
        "last-speaker-de",
        0.7,
        german_last_speaker,
        "„Uns fehlt das Geld“, sagt Ruth Albers.\n\nDie Preise steigen weiter. „Wir brauchen"
        " mehr Spenden.“",
        "Ruth Albers",
        "Wir brauchen",
        ("de",),
    ),
    Rule(
        "same-sentence",
        0.7,
        same_sentence,
        "« On s'y attendait », a dit Hugo Perrin. Si neuf salariés « ont retrouvé un travail »,"
        " les autres restent « dans une situation difficile ».",
        "Hugo Perrin",
        "dans une situation",
        ("fr", "de"),
    ),
    Rule(
        "last-speaker-fr",
        0.7,
        french_last_speaker,
        "« Le loup revient », avoue l'éleveur Marc Delaunay.\n\nHuit bêtes seront euthanasiées,"
        " un choc pour l'éleveur. « Nous avons perdu dix agneaux. »",
        "Marc Delaunay",
        "Nous avons",
        ("fr",),
    ),
    Rule(
        "previous-paragraph",
        0.48,
        previous_paragraph,
        'Lena Okafor wrote to the ferry crews on Monday.\n\n"The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "previous-paragraph+subject",
        0.67,
        previous_paragraph_subject,
        'Lena Okafor is upbeat about the bridge.\n\n"It will reopen in May."',
        "Lena Okafor",
        "It will",
    ),
    Rule(
        "possessive",
        0.75,
        possessed_words,
        'The council rejected Lena Okafor’s claim that "the bridge is safe for every lorry."',
        "Lena Okafor",
        "the bridge",
    ),
    Rule(
        "sentence-subject+who",
        0.57,
        sentence_subject_who,
        'Lena Okafor, who could be called "the bridge builder," took office in May.',
        "Lena Okafor",
        "the bridge builder",
    ),
    Rule(
        "sentence-subject",
        0.66,
        sentence_subject,
        'Lena Okafor wants to appoint a "chief bridge inspector" for the port.',
        "Lena Okafor",
        "chief bridge",
    ),
    Rule(
        "nearby",
        0.38,
        nearby,
        'Lena Okafor has argued that the bridge is old. As a result, there is "a real risk."',
        "Lena Okafor",
        "a real risk",
    ),
)


def rule_of(method: str) -> str:
    """The row of :data:`RULES` an attribution's method comes from (its suffixes dropped), or
    ``"none"`` when no rule named a speaker.

    >>> rule_of("after+inverted+pronoun"), rule_of("after+pronoun"), rule_of("scare")
    ('after+inverted', 'after', 'none')
    """
    names = [r.method for r in RULES if method == r.method or method.startswith(r.method + "+")]
    return max(names, key=len, default="none")
