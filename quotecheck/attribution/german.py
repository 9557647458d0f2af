"""Attribution in German: the finders of the rule table's German rows (their words and grammar
are :mod:`.german_words`).

German news attributes quotes in its own word order. A speech verb follows the quote with its
subject after it (``„…“, sagte Wiebke Strand.``, ``„…“, so die Ministerin.``); a source is
introduced by ``laut`` or closed by ``zufolge``; and before the quote the verb stands second in
its clause, so the subject opens the sentence (``Die Stadtwerke erklärten: „…“``) unless an
adverbial does, and then it follows the verb (``Nach der Sitzung sagte Bürgermeisterin Jo Kern:
„…“``). Every noun is capitalised, so a name is told by a title before it (``Bundesministerin``,
``SPD-Chef``) or by standing alone where a speaker stands. The words are data in
``quotecheck/data/de`` with their provenance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import regex

from ..lexicon import epithet_key, rows
from ..models import Attribution
from ..quotes import MASK
from .context import Context, Rule
from .discourse import (
    HeadingWords,
    LastSpeakerWords,
    across_colon,
    heading_speaker,
    in_full_span,
)
from .discourse import last_speaker as last_speaker_of
from .german_words import (
    AUXILIARIES,
    BODIES,
    CLAIMS,
    CONDITIONAL,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GENITIVE_ENDING,
    JUDGING,
    MIDDLE_ADVERBS,
    NAMING,
    ONLY_REPORTED,
    OPENERS,
    PREPOSITIONS,
    PRONOUNS,
    REPORTED,
    SUBORDINATORS,
    VERBS,
    adverbial,
    all_capitalised,
    full_name,
    is_given_name,
    is_medium,
    is_person,
    is_title,
    names_something,
    noun_phrase,
    speaks_for,
    swiss,
    tokens,
    verb_like,
)
from .named import (
    Phrase,
    closing_person,
    headline_person_after_colon,
    headline_speaker,
    joined_after,
    nearer_unnamed_subject,
    paragraph_before_lone_quote,
    person_named_in,
    phrase_attribution,
    pronoun_attribution,
    speaker_at,
    text_attribution,
    text_paragraph_before,
)
from .resolve import UNRESOLVED, adjusted

#: what closes a quote and leads to the words after it: marks, a comma, spaces
#: (a semicolon typed for the comma too: ``"…"; sagt ein Sprecher``)
_AFTER_QUOTE = regex.compile(r"[“”\"«»‘’‚„]*\s*(?:[,;]|(?<=\s)[–—]|(?<=\s)-(?=\s))?\s*")  # a dash
#: ``heißt es in der Erklärung``, ``hieß es dazu im Bericht``, ``hieß es bei der Polizei``: the
#: document or the body says it
_IT_SAYS = regex.compile(
    r"(?:so\s+)?(?:(?:hei(?:ß|ss)t|hie(?:ß|ss))\s+es|(?:ist|war|stand|steht)(?=.{1,80}?\bzu\s+lesen\b)"
    r"|(?:steht|stand))\s+(?:(?:" + "|".join(sorted(MIDDLE_ADVERBS)) + r")\s+)*"
    r"(?:in|im|auf|aus|von\s+Seiten|von|vom|seitens|vonseiten|bei|beim)\s+",
    regex.IGNORECASE,
)
#: the prepositions of ``heißt es`` that give whom words come from, not where they stand
_FROM_WHOM = regex.compile(r"\b(?:von|vom|seitens|vonseiten|von\s+Seiten)\s+$", regex.IGNORECASE)
#: adjectives after a preposition with its article in it: ``im letzten Absatz``
_ADJECTIVES = regex.compile(r"\s*(?:\p{Ll}+e[nmrs]?\s+){1,2}(?=\p{Lu})")
_WITH_THESE_WORDS = regex.compile(r"mit\s+(?:diesen|den|folgenden)\s+Worten\s+")
#: the words taken up by a demonstrative before the verb: "„…“ – das verspricht X seit Monaten"
_THAT_TAKEN_UP = regex.compile(r"(?:das|dies)\s+(?=\p{Ll}+\s+\p{L})")
#: the auxiliary of a past of saying after it ("das hatte X versprochen"; not "das ist …")
_HAVE = frozenset({"hat", "hatte", "habe", "hätte"})
_IN_DOCUMENT = regex.compile(r"\b(?:[Ii]n|[Ii]m|[Aa]uf|[Aa]us|[Bb]ei|[Bb]eim|[Vv]onseiten)\s+")
#: "nach Angaben des Ministeriums", "nach Ansicht von Jo Kern", "nach den Worten der Ministerin"
_NACH_ANGABEN = regex.compile(
    # "aus Sicht der Stadt": whose view, as "nach Ansicht der Stadt"
    r"\b(?:[Nn]ach\s+(?:den\s+)?(?!Sicht\b)|[Aa]us\s+(?:der\s+)?(?=Sicht\s))"
    r"(Sicht|Angaben|Ansicht|Auffassung|Meinung|Einschätzung|Worten|Aussagen?|"
    r"Darstellungen?|Informationen|Berichten|Bewertung|Erkenntnissen|Schätzungen?|Recherchen"
    r"|Überzeugung)\s+(?:von\s+|vom\s+)?"
)
#: the outlet's own finding: "nach unseren Informationen", "laut unserer Recherche", "nach
#: Informationen unserer Redaktion"
_OUR_OWN = regex.compile(
    r"\b(?P<cue>[Nn]ach|[Ll]aut)\s+(?P<what>(?:\p{Lu}\p{Ll}+\s+)?unser(?:e[nmrs]?)?\s+\p{Lu}\p{Ll}+)"
)
#: nouns of a view or an account whose owner a genitive names before them
_VIEW_NOUNS = r"(?:Ansicht|Auffassung|Meinung|Einschätzung|Idee|Vorstellung|Überzeugung|Worten)"
#: nouns of an account its giver's possessive pronoun opens: "nach ihren Worten", "seinen
#: Angaben zufolge"
_ACCOUNT_NOUNS = r"(?:Worten|Angaben|Aussagen?|Darstellung|Schilderung|Einschätzung|Ansicht)"
#: the owner of a view: "nach Jo Kerns Ansicht", "nach Kerns Worten", "seiner Meinung nach",
#: "nach ihren Worten", "nach seiner eigenen Einschätzung", "ihren Angaben zufolge"
_OWNER_VIEW = regex.compile(
    r"\b[Nn]ach\s+(?P<owner>(?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+?)(?:s|’|')\s+"
    + _VIEW_NOUNS
    + r"\b|\b(?P<own>[Ss]einer|[Ii]hrer)\s+"
    + _VIEW_NOUNS
    + r"\s+nach\b"
    + r"|\b[Nn]ach\s+(?P<own>seine[nmr]?|ihre[nmr]?)\s+(?:eigenen?\s+)?"
    + _ACCOUNT_NOUNS
    + r"\b|\b(?P<own>[Ss]einen|[Ii]hren|[Ss]einer|[Ii]hrer)\s+(?:eigenen\s+)?"
    + _ACCOUNT_NOUNS
    + r"\s+zufolge\b"
)
#: a noun for a claim and who made it, a clause of what they claimed after a comma: ``der
#: Vorwurf der Partei, es handele sich um …``, ``die Forderung von Jo Kern, dass …``
_CLAIM_OF = regex.compile(
    r"\b(" + "|".join(sorted((c.capitalize() for c in CLAIMS), key=len, reverse=True)) + r")"
    r"\s+(?:der|des|von|vom)\s+"
)
#: the comma that closes the claimer and opens the claimed clause
#: a noun for somebody's words as they said them, opening a label before a colon and a quote
_QUOTE_OF = regex.compile(
    r"(?:Zitat|O-Ton|Originalton|Wortlaut)\s+(?:von\s+|des\s+|der\s+)?(?=[^:\n]{2,60}:\s*"
    + MASK
    + ")"
)
_SET_OFF_CLAUSE = regex.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,")


def _claimant(ctx: Context, rule: Rule) -> Attribution | None:
    """Who made the claim whose clause holds the quote: ``Auf den Vorwurf der Partei, es
    handele sich um „…“`` (the party), the claimer set off by a comma before the clause."""
    q, masked = ctx.quote, ctx.masked
    for m in _CLAIM_OF.finditer(masked, sentence_start(ctx), q.start):
        found = _speaker_at(ctx, m.end(), q.start, m.group(1), rule)
        if found is not None and _SET_OFF_CLAUSE.match(masked, found.mention_end or 0):
            return found
    return None


#: ``kommt von``, ``kam vom``: where a claim or a reaction comes from (``Kritik kam von X``)
_CAME_FROM = regex.compile(
    r"\s+(kommt|kam|kamen|kommen)\s+(?:(?:auch|dagegen|jedoch|aber|zudem)\s+)?(?:von|vom|aus)\s+"
)

#: the personal pronoun a possessive determiner stands for (``seine`` → ``er``)
_OWNER_PRONOUN = {
    stem + ending: pronoun
    for stem, pronoun in (("sein", "er"), ("ihr", "sie"))
    for ending in ("", "e", "em", "en", "er", "es")
}
#: a web address standing for the medium that quotes someone: "zitiert hafenblatt.de Jo Kern"
_WEBSITE = regex.compile(r"[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*\.(?:de|at|ch|com|net|org|eu|info)\s+")
_GLUED_STOP = regex.compile(r"(?<=\p{Ll}{2}[.!?][“”\"]?)(?=\p{Lu}\p{Ll})")
#: a topic before a colon that a clause follows, as headlines and summaries set it, past a live
#: ticker's time stamp ("14:45 Uhr: Kern: Lage „ernst“")
_LABEL = regex.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?i:uhr))?\s*:?\s+)?([^:\n]{1,40}):\s+(?=\p{Lu}[^\p{Z}]*\s+\p{L})"
)
#: an article or a pronoun: after "Modell 3." it opens a new sentence, where an ordinal's
#: noun would follow ("am 3. Mai")
_OPENS_CLAUSE = regex.compile(r"(?:Der|Die|Das|Ein|Eine|Er|Sie|Es|Wir)\b")
#: a number of one or two digits and a full stop, as an ordinal is written; not the second
#: half of a score or a time ("verlor 0:3.", "um 20:15.")
_ORDINAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}:])\d{1,2}\.\s+$")
_CITED_AFTER = regex.compile(
    r"(?:wird|wurde)\s+([^.;:]{1,120}?),?\s+(?:\p{Ll}+\s+)*zitiert\b"
    r"|wie\s+([^,.;:]{1,80}?)\s+(?:\p{Ll}+\s+)*zitiert\s+(?:wird|wurde)\b"
)
_AFTER_LOWER_WORD = regex.compile(r"(?<=\b(?:\p{Ll}{3,}|es)\s)(\p{L}+(?:-\p{L}+)*)\b")
_REFLEXIVE = regex.compile(r"\s+sich\b")
_ER = regex.compile(r"\s+er\b")
_VIEW_OF = regex.compile(r"Für\s+")
#: a copula and ``für`` whose view the words in marks right after give (``war für die Verbände
#: „…“``)
_IS_FOR = regex.compile(r"\b(?:ist|war|sei|sind|waren|wäre|bleibt|blieb)\s+für\s+")
#: what may stand between that view's owner and the quote: where they are (``im Land``)
_PLACE_TO_QUOTE = regex.compile(r"\s*(?:(?:in|im)\s+(?:der\s+|dem\s+)?\p{Lu}\S*\s*)?$")
#: "laut", and "gemäß" (Swiss "gemäss") as it is used alike, "Angaben" after it the source's:
#: "gemäss Angaben der Polizei"
_LAUT = regex.compile(r"\b(?:[Ll]aut|[Gg]emä(?:ß|ss))\s+(?:Angaben\s+(?=de[rs]\s))?")
#: a numbered part of a law or a text as the source: "nach Artikel 65 des Grundgesetzes",
#: "laut § 5 Abs. 2", "gemäß Paragraf 218" (German legal citation)
_BY_LEGAL_PART = regex.compile(
    r"\b(?P<cue>[Nn]ach|[Ll]aut|[Gg]emäß|[Gg]emäss)\s+(?:de[mn]\s+)?"
    r"(?P<part>(?:Artikel|Art\.|Paragrafe?n?|Paragraphe?n?|§§?)\s*\d+[a-z]?"
    r"(?:,?\s+(?:Abs\.|Absatz|Satz|Nr\.)\s*\d+)*"
    r"(?:\s+(?:des|der)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}\-]+)?)"
)
#: "nach" and an article before a noun phrase: a text's as the source when a noun for a text
#: heads it ("Nach dem Bericht der Zeitung ist …"), not a time ("Nach dem Treffen")
_NACH_TEXT = regex.compile(r"\b[Nn]ach\s+(?=(?:dem|der|einem|einer)\s+(?:\p{Ll}+\s+)?\p{Lu})")
#: nouns for a text (data/de/words.tsv "document" rows), which compounds end on
_TEXTS = tuple(sorted(DOCUMENT_NOUNS))
_ZUFOLGE = regex.compile(r"\s+zufolge\b")
#: focus particles before a subject ("Auch der Sprecher sagte")
_FOCUS = frozenset({"auch", "selbst", "sogar", "nur", "ebenfalls"})
#: the conjunctions that stand before a main clause's first constituent without taking its place
#: (German grammar's Nullposition: ``Und Fraktionschef X schoss: „…“``, ``Aber die Stadt …``)
_CONJUNCTIONS_BEFORE_FIRST = frozenset({"Und", "Aber", "Doch", "Denn", "Oder", "Sondern"})
#: determiners of an object opening the sentence ("Den Plan lobte …"): the subject follows the verb
_OBJECT_CASE = frozenset(
    {"den", "dem", "einen", "einem"}
)  # a pronoun's antecedent is a guess that can be wrong


#: an agency's dateline opening a paragraph: the place and the agency, then a dash
_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}/.\- ]{1,40}?\s*\([^()\n]{1,20}\)\s*[-–—]\s+"
    # or the paper's initials after a slash: "Lindenhain/MZ. - "
    r"|\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,2}/\p{Lu}{1,6}\.?\s*[-–—]\s+"
)

#: a local paper's dateline standing as a sentence: the place in capitals, the author's initials
#: in brackets, a full stop (``LINDENHAIN (jk).``)
_DATELINE_ALONE = regex.compile(r"\p{Lu}{2}[\p{Lu}/.\- ]{0,40}\s*\([^()\n]{1,20}\)\s*[.:]?\s*")


def sentence_start(ctx: Context) -> int:
    """Where the quote's sentence starts, read the German way: a full stop after a number is an
    ordinal (``am 20. Juli``), not the end of a sentence, unless an article or a pronoun
    follows it (``das Modell 3. Ein Sprecher …``); nor is one before a quote that opens in lower
    case (``Ludwig IV. „ist …“``)."""
    start, q = ctx.sentence_start, ctx.quote
    if start == q.start - len(q.open_mark) and q.text[:1].islower() and start > ctx.paragraph.start:
        # "sagte Kern, Ludwig IV. „ist …“": words in lower case go on the sentence
        start = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
    while _ORDINAL_BEFORE.search(
        ctx.masked, ctx.paragraph.start, start
    ) and not _OPENS_CLAUSE.match(ctx.masked, start):
        earlier = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
        if earlier >= start:
            break
        start = earlier
    if start == ctx.paragraph.start and (dateline := _DATELINE.match(ctx.masked, start)):
        start = dateline.end()  # "Lindenhain (dpa) - Nach …": where and from whom, no subject
    for glued in _GLUED_STOP.finditer(ctx.masked, start, ctx.quote.start):
        start = glued.end()  # "sagte Kern.Als Ursache …": a stop with its space lost
    label = _LABEL.match(ctx.masked, start, ctx.quote.start)
    if label and not any(verb_like(w) for w in label.group(1).split()):
        start = label.end()  # "Bahnstreik: Regierung ruft zu „…“ auf": a topic, then the clause
    return start


def _attribution(phrase: Phrase, cue: str, rule: Rule, text: str = "") -> Attribution:
    if phrase.name is None and (sent := _DOCUMENT_OF_SENDER.fullmatch(phrase.text)):
        # "in einer Mitteilung des Vereins": the club's words, the document the mention
        sender = sent.group("sender")
        if sent.group("article") == "des":
            sender = GENITIVE_ENDING.sub("", sender)
        return phrase_attribution(phrase, sender, False, cue, rule)
    speaker = full_name(text, phrase.name) if phrase.name else phrase.text
    # a body's noun standing bare as a name ("laut Polizei", "so Gericht") is the body, unless
    # the article gives it as somebody's surname ("Anna Kammer … laut Kammer")
    bare_body = speaker == phrase.name and speaker.lower() in BODIES
    return phrase_attribution(phrase, speaker, is_person(phrase) and not bare_body, cue, rule)


#: a document and the body that issued it, in the genitive: "einer Mitteilung des Vereins",
#: "der Pressemitteilung der Portwell AG"
_DOCUMENT_OF_SENDER = regex.compile(
    r"(?:\p{L}+\s+){0,3}?\p{L}*(?:[Mm]itteilung|[Ee]rklärung|[Ss]tellungnahme|[Ss]chreiben)"
    r"\s+(?P<article>des|der)\s+(?P<sender>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})"
)


def _speaker_at(ctx: Context, pos: int, end: int, cue: str, rule: Rule) -> Attribution | None:
    found = speaker_at(ctx, pos, end, cue, rule, NAMING)
    if found is None or found.mention_start is None or found.mention_end is None:
        return found
    # "Die Einschätzung von Stadträtin X lautet: „…“": the view, and so the words, are X's
    whose = _NOUN_OF_SPEECH_OF.match(ctx.masked, found.mention_start, found.mention_end)
    if whose is not None:
        owner = speaker_at(ctx, whose.end(), found.mention_end, cue, rule, NAMING)
    elif (source := _NOUN_OF_SPEECH_FROM.match(ctx.masked, found.mention_start, end)) and (
        source.end() - found.mention_end < 6
    ):  # "lautete die Antwort aus dem Rathaus": the words came from there
        owner = speaker_at(ctx, source.end(), end, cue, rule, NAMING)
        if owner is None or not owner.speaker:
            return found
        article, _, body = owner.speaker.partition(" ")
        return replace(owner, speaker=body) if article in {"dem", "der"} and body else owner
    else:
        return found
    if owner is None or not owner.speaker:
        return found
    if owner.source_type == "person":
        return owner
    article, _, body = owner.speaker.partition(" ")
    body = GENITIVE_ENDING.sub("", body) if article.lower() == "des" else body
    if article.lower() in {"des", "der"} and body and speaks_for(body):
        # "Die Einschätzung des Verbands lautet": the body's view, so its words
        return replace(owner, speaker=body)
    return found


def _place(text: str, pos: int, end: int) -> Phrase | None:
    """The noun phrase after a preposition, as the place where words stand written (``in der
    Erklärung``, ``im letzten Absatz des Schreibens``): adjectives may open it, the article
    being in the preposition."""
    phrase = noun_phrase(text, pos, end)
    adjectives = _ADJECTIVES.match(text, pos, end) if phrase is None else None
    if adjectives is not None:
        rest = noun_phrase(text, adjectives.end(), end)
        if rest is not None:
            start = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
            return Phrase(start, rest.end, text[start : rest.end], None)
    return None if phrase is None else Phrase(phrase.start, phrase.end, phrase.text, None)


def _plural_phrase(mention: str) -> bool:
    """Whether a noun phrase is plural by its article and the weak adjective ending after it
    (``die tibetischen Mönche``; a feminine singular reads ``die tibetische …``)."""
    words = mention.split()
    return (
        len(words) >= 3
        and words[0].lower() == "die"
        and words[1][:1].islower()
        and words[1].endswith("en")
    )


def _in_opening_clause(fronted: str) -> bool:
    """Whether the words before a quote are a subordinate clause opening the sentence with a
    verb of saying of its own (``Während Jo Kern erklärte, sie sei …``): the quote is that
    clause's, and the verb after it opens the main clause, with another speaker."""
    words = fronted.split()
    return (
        len(words) > 2
        and words[0].lower() in SUBORDINATORS
        and any(w.rstrip(",") in VERBS for w in words[2:])
    )


#: after the place ``heißt es`` names, the body there whose words they are: "in Kiel beim …"
_AT_BODY_AFTER = regex.compile(r"\s+(?:beim|bei\s+der|bei\s+dem|vom|von\s+der)\s+")

#: the copula's finite forms: after words in marks with no comma, they make them the subject
_COPULAS = frozenset(
    {"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bleibt", "bleiben"}
)


def after(ctx: Context, rule: Rule) -> Attribution | None:
    """``„…“, sagte Wiebke Strand.``, ``„…“, so die Ministerin.``, ``„…“, heißt es im Bericht``."""
    masked, end = ctx.masked, ctx.paragraph.end
    pos = joined_after(ctx, _AFTER_QUOTE)
    if pos is None:  # "„…“: Brandes kämpft um das Werk", a headline
        return headline_person_after_colon(ctx, rule, NAMING)
    said = _IT_SAYS.match(masked, pos, end)
    if said:
        phrase = _place(masked, said.end(), end)
        if phrase is not None and (at := _AT_BODY_AFTER.match(masked, phrase.end, end)):
            phrase = _place(masked, at.end(), end) or phrase  # "in Kiel beim Tierheim": whose
        if phrase is not None and _FROM_WHOM.search(said.group()):
            # "hieß es vom Abgeordneten Jo Kern": from a person, not a place of writing
            phrase = noun_phrase(masked, said.end(), end) or phrase
        return None if phrase is None else _attribution(phrase, "heißt es", rule)
    cited = _CITED_AFTER.match(masked, pos, end)
    if cited:  # "„…“, wird Jo Kern zitiert", "„…“, wie Jo Kern zitiert wird"
        who = 1 if cited.group(1) else 2
        return _speaker_at(ctx, cited.start(who), cited.end(who), "zitiert", rule)
    if words := _WITH_THESE_WORDS.match(masked, pos, end):  # "„…“, mit diesen Worten …"
        pos = words.end()
    elif (that := _THAT_TAKEN_UP.match(masked, pos, end)) and (
        masked[that.end() : end].split(maxsplit=1)[0].lower() in VERBS | _HAVE
    ):  # "„…“ – das verspricht X", "das hatte X gesagt": the quote taken up as the object
        pos = that.end()
    verb = regex.match(r"(\p{L}+)\s+(?:sich\s+|man\s+)?", masked[pos:end])  # "äußerte sich X"
    if verb is None:
        return None
    cue = verb.group(1)
    if cue.lower() in _LET and not _closes_on_saying(ctx, pos + verb.end()):
        return None  # "„…“, lässt die Antwort offen": only "ließ X verlauten" says anything
    set_off = "," in masked[ctx.quote.end : pos]
    # "Als „verpasste Chance“ beurteilte X …": the quote fronted, the finite verb right after it
    fronted = masked[sentence_start(ctx) : ctx.quote.start - len(ctx.quote.open_mark)].strip()
    if _claimant(ctx, rule) is not None:
        return None  # "Auf den Vorwurf der Partei, es sei „…“, entgegnete X": the party's words
    if _in_opening_clause(fronted):
        return None  # "Während Jo Kern erklärte, …, „…“, räumte Ana Roth ein": Kern's words
    if cue.lower() in _COPULAS and not set_off:
        return None  # "„…“ seien die Folge": the words are the subject, no one after names them
    if cue.lower() not in VERBS and cue.lower() != "so":
        if not ((set_off or fronted in {"", "Als"}) and verb_like(cue)):
            return None  # "„…“, erinnerte sich Jo Kern": after speech and a comma, any verb
        if _SOURCE_BEFORE.search(fronted):
            return None  # "laut Jo Kern „…“, suchen die Forscher …": the source names it
    at = pos + verb.end()
    finite = _WORD_THEN_SPACE.match(masked, at, end) if cue.lower() == "so" else None
    if finite is not None and finite.group(1) in _PASSIVE:
        return None  # "„Rot-Hemden“ – so werden die Anhänger genannt": a name, not speech
    if finite is not None and verb_like(finite.group(1)):
        at, cue = finite.end(), finite.group(1)  # "„…“, so urteilte Jo Kern"
    if cue.lower() == "so" and (noun := _NOUN_OF_SPEECH_OF.match(masked, at, end)):
        at = noun.end()  # "„…“, so das Fazit von Vereinschef Jo Kern": whose conclusion
    while middle := _MIDDLE_FIELD.match(masked, at, end):
        at = middle.end()  # "„…“, sagte dagegen am Montag eine Sprecherin"
    found = None
    if cue.lower() not in _IT_IS_SAID and (it := _IT_THEN_SUBJECT.match(masked, at, end)):
        # "„…“, so hatte es die Ministerin formuliert": "es" the object, a person the subject
        # (not "hieß es Ende Mai": a time)
        found = _speaker_at(ctx, it.end(), end, cue, rule)
        found = found if found is not None and found.source_type == "person" else None
    found = found or _speaker_at(ctx, at, end, cue, rule)
    if found is None and (man := _MAN.search(verb.group())):
        # "„…“, könnte man fragen": anyone's words, the reporter's own; no one to look for
        at = pos + man.start()
        return Attribution(None, "man", at, at + 3, cue=cue, method=rule.method + "+indefinite")
    if found is not None and cue.lower() in _IT_IS_SAID and found.mention == "es":
        going_on = _GOES_ON.match(masked, found.mention_end or at, end)
        if going_on and (last := _last_source(ctx)) is not None:
            # "„…“, hieß es weiter": the source the words before were given to goes on
            method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
            return replace(
                last,
                mention=found.mention,
                mention_start=found.mention_start,
                mention_end=found.mention_end,
                cue=cue,
                method=method,
                confidence=min(confidence, last.confidence),
            )
        # "„…“, hieß es.", "hieß es am Abend": words given out with no one named as their
        # source; "es" stands for no one
        return Attribution(
            None,
            found.mention,
            found.mention_start,
            found.mention_end,
            cue=cue,
            method=rule.method + "+indefinite",
            confidence=UNRESOLVED,
        )
    if found is None and cue.lower() in _QUOTES_SOMEONE:
        site = _WEBSITE.match(masked, pos + verb.end(), end)  # "zitiert hafenblatt.de Jo Kern"
        return _speaker_at(ctx, site.end(), end, cue, rule) if site else None
    if found is not None and cue.lower() in {"zitiert", "zitierte"}:
        quoted = _speaker_at(ctx, found.mention_end, end, cue, rule)
        if quoted is not None and quoted.source_type == "person":
            return quoted  # "„…“, zitiert die Zeitung Jo Kern": the one quoted said it
    if found is not None and (owner := _possessor(ctx, found, rule)) is not None:
        return owner  # "„…“, war sein Fazit": whose conclusion it was
    if found is not None and cue.lower() not in VERBS and _MARK.search(found.mention or ""):
        return None  # "„…“, hat das Jugendzentrum „X“ geleitet": no verb of saying, a name
    return found


#: the indefinite pronoun after the verb: ``könnte man fragen``
_MAN = regex.compile(r"\bman\s*$")
#: the quotation marks a name in marks opens with
_MARK = regex.compile(r"[„“”\"»«‚‘]")
#: an adverb that makes ``hieß es`` go on with the source before: ``hieß es weiter``
_GOES_ON = regex.compile(r"\s+(?:weiter|außerdem|ferner|zudem)\b")


def _last_source(ctx: Context) -> Attribution | None:
    """The attribution of the last quote given a speaker, in the quote's paragraph or the one
    before it (past crossheads); None when there is none."""
    earliest = text_paragraph_before(ctx, ctx.quote.paragraph)
    for q in reversed(ctx.done):
        if q.paragraph < earliest:
            return None
        if q.attribution.speaker:
            return q.attribution
    return None


#: a noun for what someone concluded or said, and whose it is, after ``so``: ``so das Fazit
#: von X``, ``so die Einschätzung des Ministers``
_NOUNS_OF_SPEECH = [
    "Fazit",
    "Urteil",
    "Bilanz",
    "Kommentar",
    "Reaktion",
    "Antwort",
    "Analyse",
    "Prognose",
    "Warnung",
    "Kritik",
    "Worte",
    "Einschätzung",
    "Ansicht",
    "Auffassung",
    "Meinung",
    "Überzeugung",
    "Sichtweise",
    "Sicht",
    "Position",
    "Haltung",
    "Aussage",
    "Botschaft",
    "Forderung",
    "Appell",
    "Mahnung",
    "Devise",
    "Bewertung",
    "Diagnose",
    "Begründung",
    "Vorwurf",
]
_NOUN_OF_SPEECH_OF = regex.compile(
    r"(?i:das|die|der)\s+(?:\p{Ll}+\s+)?(?:" + "|".join(_NOUNS_OF_SPEECH) + r")"
    r"\s+(?:von\s+|vom\s+(?=\p{Lu})|(?=des\s|der\s))"
)
#: the same noun, then where the words came from: "die Antwort aus dem Rathaus"
_NOUN_OF_SPEECH_FROM = regex.compile(
    r"(?i:das|die|der)\s+(?:\p{Ll}+\s+)?(?:" + "|".join(_NOUNS_OF_SPEECH) + r")"
    r"\s+aus\s+(?=(?:dem|der)\s)"
)
#: a source named before the quote in its sentence: ``laut``, ``zufolge``, ``nach Angaben``
_SOURCE_BEFORE = regex.compile(r"\b(?:[Ll]aut|[Gg]emä(?:ß|ss)|zufolge)\b|" + _NACH_ANGABEN.pattern)

#: "es" as the object of an inverted verb, its subject after it: "so hat es die Ministerin"
_IT_THEN_SUBJECT = regex.compile(r"es\s+(?=(?:der|die|das|ein|eine)\s|\p{Lu})")
#: a word in lower case and the space after it
_WORD_THEN_SPACE = regex.compile(r"(\p{Ll}+)\s+")

#: what may stand between an inverted verb of saying and its subject: an adverb, or the day
_MIDDLE_FIELD = regex.compile(
    r"(?:(?:" + "|".join(sorted(MIDDLE_ADVERBS, key=len, reverse=True)) + r")"
    r"|am\s+\p{Lu}\p{Ll}+)\s+"
)


def according(ctx: Context, rule: Rule) -> Attribution | None:
    """``Laut dem Bericht „…“``, ``„…“, laut Polizei``, ``Der Polizei zufolge „…“``."""
    q, masked = ctx.quote, ctx.masked
    start, sentence_end = sentence_start(ctx), ctx.sentence_end
    said = before(ctx, rule)
    if said is not None and said.source_type == "person" and said.speaker:
        return None  # "Laut Zeugen sagte der Mann: „…“": the person the verb names said it
    if own := _OUR_OWN.search(masked, start, sentence_end):  # the outlet's own: no one named
        return Attribution(
            None,
            own.group("what"),
            own.start("what"),
            own.end("what"),
            cue=own.group("cue"),
            method=rule.method + "+indefinite",
            confidence=UNRESOLVED,
        )
    for m in _nearest(_NACH_ANGABEN.finditer(masked, start, sentence_end), q.start):
        phrase = noun_phrase(masked, m.end(), sentence_end)
        if phrase is not None:
            return _attribution(phrase, m.group(1), rule, text=masked)
    for m in _OWNER_VIEW.finditer(masked, sentence_start(ctx), sentence_end):
        if m.group("own"):
            word = _OWNER_PRONOUN[m.group("own").lower()]
            found = pronoun_attribution(ctx, m.start(), m.end("own"), word, "nach", rule, NAMING)
            found = nearer_unnamed_subject(ctx, found, word, rule, NAMING)
            return replace(found, mention=m.group("own"))
        found = _speaker_at(ctx, m.start("owner"), m.end("owner"), "nach", rule)
        if found is not None and found.mention_end == m.end("owner"):
            return found  # "nach Kerns Ansicht", not "nach Auffassung des Gerichts"
    if (claimant := _claimant(ctx, rule)) is not None:
        return claimant
    view = _VIEW_OF.match(masked, sentence_start(ctx), q.start)
    if view:  # "Für die Ministerin ist der Plan „…“": whose view the sentence gives
        phrase = noun_phrase(masked, view.end(), q.start)
        if phrase is not None and is_person(phrase):
            return _attribution(phrase, "für", rule, text=masked)
    for m in _IS_FOR.finditer(masked, start, q.start):  # "… war für die Verbände „…“"
        phrase = noun_phrase(masked, m.end(), q.start)
        if (
            phrase is not None
            and (is_person(phrase) or speaks_for(phrase.text))
            and _PLACE_TO_QUOTE.match(masked, phrase.end, q.start - len(q.open_mark))
        ):
            return _attribution(phrase, "für", rule, text=masked)
    for m in _nearest(_BY_LEGAL_PART.finditer(masked, start, sentence_end), q.start):
        # "Nach Artikel 65 des Grundgesetzes bestimmt …", "laut § 5 Abs. 2": the text says it
        return text_attribution(m.group("part"), *m.span("part"), m.group("cue"), rule)
    for m in _nearest(_NACH_TEXT.finditer(masked, start, sentence_end), q.start):
        phrase = noun_phrase(masked, m.end(), sentence_end)
        words = phrase.text.split() if phrase is not None else []
        if len(words) > 1 and any(w.lower().endswith(_TEXTS) for w in words[1:3]):
            return _attribution(phrase, "nach", rule, text=masked)  # "Nach dem Bericht der …"
    for m in _nearest(_LAUT.finditer(masked, start, sentence_end), q.start):
        phrase = noun_phrase(masked, m.end(), sentence_end)
        if (
            phrase is not None
            and m.group()[:3].lower() == "gem"
            and "Angaben" not in m.group()
            and not (speaks_for(phrase.text) or " " in (phrase.name or ""))
        ):
            continue  # "gemäß Lehrplan": in keeping with a text, no one's account
        if phrase is not None:
            return _attribution(phrase, "laut", rule, text=masked)
        if (marked := _speaker_at(ctx, m.end(), sentence_end, "laut", rule)) is not None:
            return marked  # "Laut „Küstenpost“ gibt es …": a paper's name in marks
    for m in _nearest(_ZUFOLGE.finditer(masked, start, sentence_end), q.start):
        words = tokens(masked, start, m.start())[-_ZUFOLGE_WORDS:]
        for word in words:  # the longest phrase that ends right before "zufolge"
            phrase = noun_phrase(masked, word[0], m.start())
            if phrase is not None and phrase.end == m.start() and phrase.start == word[0]:
                return _attribution(phrase, "zufolge", rule, text=masked)
    return None


#: how many words before ``zufolge`` its noun phrase may take (``dem Bericht der Stadt zufolge``)
_ZUFOLGE_WORDS = 5


def _nearest(matches: Iterable[regex.Match], quote_start: int) -> list[regex.Match]:
    """Matches in a quote's sentence, the nearest before the quote first, then those after it
    in order: in ``nach Angaben von A … nach Bewertung von B „…“`` it is B's view."""
    found = list(matches)
    return sorted((m for m in found if m.start() < quote_start), key=lambda m: -m.start()) + [
        m for m in found if m.start() >= quote_start
    ]


def before(ctx: Context, rule: Rule) -> Attribution | None:
    """The verb of saying in the quote's sentence before it, and its subject: the words opening
    the sentence (``Die Stadtwerke erklärten: „…“``), or, where an adverbial or an object opens
    it, the noun phrase after the verb (``Nach der Sitzung sagte Bürgermeisterin Jo Kern: „…“``);
    ``wird X zitiert``; a quote joined to the one before it by ``und`` or ``oder`` (``erklärte:
    „…“ und „…“``) has that one's speaker."""
    q, masked = ctx.quote, ctx.masked
    if ctx.earlier and _JOINED_TO_QUOTE.search(masked, sentence_start(ctx), q.start):
        return replace(ctx.earlier[-1], method=rule.method)
    toks = tokens(masked, sentence_start(ctx), q.start - len(q.open_mark))
    verbs = [
        n
        for n, t in enumerate(toks)
        if t[2] in VERBS
        and not _closes_clause(toks, n)
        and not _there_is(toks, n)
        and not _stem_without_particle(ctx, toks, n)
    ]
    for n in reversed(_finite_first(toks, verbs)):
        cue = toks[n][2]
        if cue.lower() == "zitiert":
            wird = next(
                (m for m in range(n - 1, -1, -1) if toks[m][2].lower() in {"wird", "wurde"}), None
            )
            if wird is not None and (
                found := _speaker_at(ctx, toks[wird][1], toks[n][0], cue, rule)
            ):
                return found  # "wird Jo Kern wie folgt zitiert"
        if (found := _relative_clause_subject(ctx, toks, n, cue, rule)) is not None:
            return found  # "die Marke, die Jo Kern zum Ziel erklärt hatte: „…“"
        if n > 0 and (found := subject(ctx, toks, n, cue, rule)) is not None:
            if cue.lower() in _QUOTES_SOMEONE:
                return _quoted_person(ctx, found, toks[n][1], cue, rule) or found
            return found
        if (found := _elided_subject(ctx, toks, n, cue, rule)) is not None:
            return found
    return _written_in(ctx, rule) or _name_before_mark(ctx, rule)


#: what may stand between the conjunction opening a sentence and its verb when the subject is
#: left out: ``Und dann sagt er``, without "er"
_BEFORE_ELIDED_VERB = frozenset({"dann", "später", "schließlich", "noch", "wieder", "zuletzt"})


def _elided_subject(
    ctx: Context, toks: list[tuple[int, int, str]], verb: int, cue: str, rule: Rule
) -> Attribution | None:
    """A sentence opened by a conjunction and a verb of saying with no subject of its own
    (``Kern steht auf dem Platz. Und sagt: „…“``): the person the sentence before opens with,
    or names after its verb, the subject both verbs share."""
    if (
        verb == 0
        or toks[0][2] not in _CONJUNCTIONS_BEFORE_FIRST
        or any(t[2] not in _BEFORE_ELIDED_VERB for t in toks[1:verb])
        or any(t[2][:1].isupper() for t in toks[verb + 1 :])
    ):
        return None
    start = toks[0][0]
    before = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
    if before >= start - 2:
        return None
    opening = ctx.masked[before:start].split(maxsplit=1)[0]
    if opening.lower() in OPENERS | _OBJECT_CASE or adverbial(opening, ctx.masked):
        found = _inverted_subject(ctx, before, start, rule)  # "Mittags steht Kern …"
    else:
        found = _speaker_at(ctx, before, start, cue, rule)
    return found if found is not None and found.source_type == "person" else None


_GIVE = frozenset({"gibt", "gab", "geben", "gaben"})


def _there_is(toks: list[tuple[int, int, str]], n: int) -> bool:
    """Whether the verb at ``n`` is "es gibt", there is, which says nothing (``gab es „keine
    Verletzten“``, ``Bilder gibt es auch aus Bonn``)."""
    return toks[n][2].lower() in _GIVE and n + 1 < len(toks) and toks[n + 1][2] == "es"


#: the stems of separable verbs of saying and the particles that make them one (``teilte … mit``)
_SEPARABLE = {form: frozenset(particles.split("|")) for form, particles in rows("de/separable.tsv")}


def _stem_without_particle(ctx: Context, toks: list[tuple[int, int, str]], n: int) -> bool:
    """Whether ``toks[n]`` is the stem of a separable verb of saying whose particle closes no
    clause around the quote (``Ein Drittel teilt die Ansicht, …``: share, not inform)."""
    particles = _SEPARABLE.get(toks[n][2])
    if particles is None:
        return False
    after = tokens(ctx.masked, ctx.quote.end, ctx.sentence_end)
    return not any(t[2] in particles for t in [*toks[n + 1 :], *after])


#: a quote (masked) and ``und``, ``oder`` or ``sowie`` right before the quote's own marks
_JOINED_TO_QUOTE = regex.compile(MASK + r"[\s,]*(?:und|oder|sowie)\s*" + MASK + r"+$")

#: words that say the quoted words stand written somewhere: "stand", "war … zu lesen", "war von
#: … die Rede", "fand sich", "ist … zu finden"
_WRITTEN = regex.compile(
    r"\b(?:steht|stand|stehen|standen|zu\s+lesen|zu\s+finden|die\s+Rede"
    r"|(?:findet|fand|finden|fanden)\s+sich)\b"
)
#: a relative clause saying what they stand on: ", auf denen", ", in dem"
_WRITTEN_ON_WHICH = regex.compile(r",\s*(?:auf|in)\s+(?:denen|dem|der|welche[mnr]?)\b")
#: where they stand, pointing back: "Darauf", "Darin"
_THERE = regex.compile(r"\b(?:[Dd]arauf|[Dd]arin)\b")


def _written_in(ctx: Context, rule: Rule) -> Attribution | None:
    """The document or thing the quoted words stand written in (``Auf dem Transparent war die
    Parole „…“ zu lesen``, ``In dem Entwurf steht der Passus: „…“``, ``Darauf stand: „…“``),
    as ``heißt es in`` names it."""
    q, masked = ctx.quote, ctx.masked
    start = sentence_start(ctx)
    if not _WRITTEN.search(masked, start, ctx.sentence_end):
        return None
    if (which := _WRITTEN_ON_WHICH.search(masked, start, q.start)) is not None:
        # "ein Zettel, auf dem stand: „…“": the thing the relative clause is about, when the
        # quote closes that clause; "mit Schildern, auf denen „…“ standen" names nothing
        toks = tokens(masked, start, which.start() + 1)
        written = _WRITTEN.search(masked, which.end(), q.start)
        if not toks or written is None or "," in masked[which.end() : q.start]:
            return None
        comma = len(toks) - 1
        if comma > 1 and toks[comma - 1][2].islower():
            comma -= 1  # "… ein Zettel kleben, auf dem …": the clause's verb before the comma
        return _antecedent(ctx, toks, comma, written.group(), rule)
    if (where := _IN_DOCUMENT.search(masked, start, q.start)) is not None:
        phrase = _place(masked, where.end(), q.start)
        if phrase is not None:
            return _attribution(phrase, "steht", rule)
    if (there := _THERE.search(masked, start, q.start)) is not None:
        return _attribution(Phrase(there.start(), there.end(), there.group(), None), "steht", rule)
    return None


#: verbs whose object, not their subject, said the words: "Die Zeitung zitierte Jo Kern mit …"
_QUOTES_SOMEONE = frozenset({"zitiert", "zitierte", "zitieren", "zitierten"})


def _quoted_person(
    ctx: Context, found: Attribution, verb_end: int, cue: str, rule: Rule
) -> Attribution | None:
    """The person a medium quotes (``Ein Sender zitierte Ana Varga mit den Worten: „…“``,
    ``Dazu zitiert die Zeitung den Minister: „…“``): the noun phrase after the verb, or after
    the subject when it follows the verb; None when no person stands there."""
    after = verb_end
    if (found.mention_start or 0) >= verb_end:
        after = found.mention_end or verb_end
    quoted = _speaker_at(ctx, after, ctx.quote.start, cue, rule)
    return quoted if quoted is not None and quoted.source_type == "person" else None


#: a person's name right before a colon, a bracket or a dash that opens the quote
_NAME_THEN_MARK = regex.compile(
    r"(?P<name>(?:\p{Lu}[\p{L}\-]+\s+){1,3}\p{Lu}[\p{L}\-]+)\s*(?P<mark>[:(–—]|(?<=\s)-)\s*$"
)


def _name_before_mark(ctx: Context, rule: Rule) -> Attribution | None:
    """A person named right before a colon, a bracket or a dash that opens the quote, as a list
    of reactions sets them (``… und der Ministerpräsident Jens Berg: „…“``, ``Ana Varga („…“)``,
    ``Trotz der Warnung von Ana Varga – „…“ – …``):
    a given name opens the name, or a role stands before it."""
    q = ctx.quote
    m = _NAME_THEN_MARK.search(ctx.masked, sentence_start(ctx), q.start - len(q.open_mark))
    if m is None:
        return None
    words = m.group("name").split()
    given = next((k for k, w in enumerate(words) if is_given_name(w)), None)
    if given is None or given == len(words) - 1:
        return None  # no given name, or no surname after it
    if given > 0 and not is_title(words[given - 1]):
        return None  # "Die Forderung Ana …": only a role may stand before the name
    start = m.start("name") + m.group("name").index(words[given])
    return _speaker_at(ctx, start, m.end("name"), m.group("mark"), rule)


#: the verb of ``es heißt``, ``hieß es``, ``hatte es geheißen``: no one, the document says it
_IT_IS_SAID = swiss(frozenset({"heißt", "hieß", "geheißen"}))

#: what opens a relative or subordinate clause after a comma (``…, in dem es … gab,``)
_RELATIVE = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche"})


def _finite_first(toks: list[tuple[int, int, str]], verbs: list[int]) -> list[int]:
    """The verbs at ``verbs`` that are no infinitive after ``zu`` (``kündigte an, das Urteil
    zu verkünden``: the announcing is the clause's), or all of them when every one is (``hatte
    nur eines zu sagen``)."""
    return [n for n in verbs if n == 0 or toks[n - 1][2] != "zu"] or verbs


def _closes_clause(toks: list[tuple[int, int, str]], n: int) -> bool:
    """Whether the verb ``toks[n]`` ends a relative or subordinate clause set off by commas
    (``…, in dem es nur Regen gab, …``): its verb stands last, and is not the sentence's."""
    if n + 1 >= len(toks) or toks[n + 1][2] != ",":
        return False
    comma = next((m for m in range(n - 1, -1, -1) if toks[m][2] == ","), None)
    if comma is None or comma + 1 >= n:
        return False
    opener = [t[2].lower() for t in toks[comma + 1 : comma + 3]]
    return opener[0] in SUBORDINATORS | _RELATIVE or (
        opener[0] in OPENERS and len(opener) > 1 and opener[1] in _RELATIVE
    )


def _document_before(ctx: Context, start: int, cue: str, rule: Rule) -> Attribution | None:
    """The text the sentence before ``start`` says words stand in (``in einer
    Pressemitteilung``), for a ``heißt es`` that names none: where its words stand too."""
    if start - 2 <= ctx.paragraph.start:
        return None
    before = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
    for where in _IN_DOCUMENT.finditer(ctx.masked, before, start):
        phrase = _place(ctx.masked, where.end(), start)
        if phrase is not None and phrase.text.split()[-1].lower() in DOCUMENT_NOUNS:
            return _attribution(phrase, cue, rule)
    return None


def subject(
    ctx: Context, toks: list[tuple[int, int, str]], verb: int, cue: str, rule: Rule
) -> Attribution | None:
    """The subject of the clause whose finite verb is ``toks[verb]``: what stands before it,
    unless an adverbial, a preposition or an object does (``Nach der Sitzung sagte …``,
    ``Den Plan lobte …``): then the noun phrase right after the verb (past ``sich``)."""
    masked = ctx.masked
    if cue.lower() in _IT_IS_SAID:  # "In der Mitteilung heißt es: …": the document
        # past words quoted before the verb: "schrieb bei X: „…“, weiter hieß es" is not X's
        # (a name in marks is no such quote: "In der Zeitung „…“ hieß es")
        since = max(
            [toks[0][0]]
            + [d.end for d in ctx.done if d.kind != "title" and toks[0][0] < d.end < toks[verb][0]]
        )
        where = _IN_DOCUMENT.search(masked, since, ctx.quote.start)
        phrase = _place(masked, where.end(), ctx.quote.start) if where else None
        if phrase is None:
            # "In einer Mitteilung zieht die Stadt Bilanz. Zur Begründung heißt es: „…“": the
            # text the sentence before names
            return _document_before(ctx, toks[0][0], cue, rule)
        named = _speaker_at(ctx, where.end(), ctx.quote.start, cue, rule)
        if named is not None and (named.mention_end or 0) > phrase.end:
            return named  # "In der Zeitung „Lindauer Anzeiger“ hieß es": the paper it names
        return _attribution(phrase, cue, rule)
    first = 0
    while first < verb and toks[first][2].lower() in _FOCUS:
        first += 1  # "Auch der Sprecher sagte": the particle belongs to the subject
    joined = _joined_clause_subject(ctx, toks, first, verb, cue, rule)
    if joined is not None:
        return joined
    comma = next((k for k in range(verb - 1, first, -1) if toks[k][2] == ","), None)
    if comma is not None and comma + 2 < verb and toks[comma + 1][2].lower() in SUBORDINATORS:
        # "…, zumal Verteidiger Jo Kern betont hatte, der Angeklagte sei „…“": the clause's own
        found = _speaker_at(ctx, toks[comma + 2][0], toks[verb][0], cue, rule)
        if found is not None and (found.source_type == "person" or speaks_for(found.mention or "")):
            return found
    if (
        comma is not None
        and comma + 2 < verb
        and toks[comma + 1][2] in {"wie", "was"}
        and (verb + 1 == len(toks) or toks[verb + 1][2] in {",", ".", ":"})
    ):  # "…, wie Jo Kern betonte, „…“", "wie sich Kern ausdrückte": the incise's subject (or
        # the sentence's last clause, before a quote standing alone: "…, wie X erläuterte.",
        # "…, was auch X anmerkte.")
        subject_at = comma + 2 + (toks[comma + 2][2] in {"sich", "auch"})
        found = _speaker_at(ctx, toks[subject_at][0], toks[verb][0], cue, rule)
        if found is not None:
            return found
    if (
        comma is not None
        and comma + 2 < verb
        and any(toks[k][2].lower() in ONLY_REPORTED for k in range(comma + 2, verb))
        and not any(toks[k][2] in _COORDINATORS for k in range(comma + 2, verb))
    ):  # "Die Zeitung berichtete, Jo Kern habe vor Vertrauten gesagt: „…“": the reported clause's
        found = _speaker_at(ctx, toks[comma + 1][0], toks[verb][0], cue, rule)
        if found is not None and (found.source_type == "person" or speaks_for(found.mention or "")):
            return found
    opening = toks[first][2] if first < verb else ""
    closes_clause = verb + 1 == len(toks) or toks[verb + 1][2] == ","
    if (
        opening.lower() in SUBORDINATORS
        and first + 1 < verb
        and closes_clause
        # not "Als Teil des Antrags wird die Verwaltung aufgefordert": a finite auxiliary
        # second makes it a main clause, "als" only a word of its first phrase
        and not any(toks[k][2] in _FINITE_AUXILIARIES for k in range(first + 1, verb))
    ):
        # "Während Jo Kern erklärte, …, „…“": the subordinate clause's subject, before its verb
        found = _speaker_at(ctx, toks[first + 1][0], toks[verb][0], cue, rule)
        if found is not None:
            return found
    if opening.lower() == "wie" and first + 1 < verb:
        if closes_clause:  # "Wie die Ministerin erklärte, …"
            return _speaker_at(ctx, toks[first + 1][0], toks[verb][0], cue, rule)
        # "Wie die Zeitung berichtet, soll Jo Kern gesagt haben: …": the main clause's subject,
        # after its finite verb, which follows the comma that closes the "wie" clause
        closing = next((n for n in range(verb - 1, first, -1) if toks[n][2] == ","), None)
        if closing is not None and closing + 2 < verb and verb_like(toks[closing + 1][2]):
            found = _speaker_at(ctx, toks[closing + 1][1], toks[verb][0], cue, rule)
            if found is not None:
                return found
    after = toks[verb][1]
    reflexive = _REFLEXIVE.match(masked, after)
    if reflexive:
        after = reflexive.end()
    if (middle := _MIDDLE_FIELD.match(masked, _SPACES_AT.match(masked, after).end())) is not None:
        after = middle.end()  # "kam immerhin Staatssekretär X": an adverb before the subject
    back = _speaker_at(ctx, after, ctx.quote.start, cue, rule)
    if back is not None and _first_word(back.mention) in _OBJECT_CASE:
        back = None  # "… und nannte den Einsatz „…“": an object follows the verb, no subject
    if back is None and opening.lower() in SUBORDINATORS:
        back = _main_clause_subject(ctx, toks, first, verb, cue, rule)
    closes = verb + 1 == len(toks) or toks[verb + 1][2] in {":", ","}
    if back is None and verb > 0 and (toks[verb - 1][2] == "zu" or closes):
        # "Dazu hatte Jo Kern nur eines zu sagen", "Im Mai hatte Jo Kern in einer Rede
        # verkündet:": the participle or infinitive closes the clause, the subject follows the
        # finite verb after what opens it
        auxiliaries = _FINITE_AUXILIARIES if toks[verb - 1][2] == "zu" else _ACTIVE_AUXILIARIES
        finite = next((k for k in range(first, verb - 1) if toks[k][2] in auxiliaries), None)
        if finite is not None:
            at = toks[finite][1]
            if (reflexive := _REFLEXIVE.match(masked, at)) is not None:
                at = reflexive.end()  # "Im Mai hat sich Jo Kern geäußert:"
            back = _speaker_at(ctx, at, toks[verb][0], cue, rule)
    if back is not None and _possessed(back, masked):
        back = replace(back, source_type="unknown")  # "nannte Kerns Auftrag „…“": an object
    if toks[verb - 1][2] in _COORDINATORS and (back is None or back.source_type != "person"):
        # "… und nannte Kerns Auftrag „…“": the shared subject, the words after the verb an object
        back = _coordinated_subject(ctx, toks, first, verb, cue, rule) or back
    if (
        back is not None
        and toks[verb - 1][2] == ","
        and _named_person(back)
        and not _name_set_off(toks, first, verb)
    ):
        return back  # "Sie sei „…“, sagte die Königin, ihre „…“": a verb after a comma
    pronoun = _ER.match(masked, toks[verb][1])
    if (
        not pronoun
        and (opening[:1].isupper() or opening in DETERMINERS)
        and opening.lower() not in OPENERS | _OBJECT_CASE
        and not adverbial(opening, masked)
        and not _PART_OF_A_TIME.match(masked, toks[first][0])  # "Mitte Monat beklagte X …"
    ):
        front = _speaker_at(ctx, toks[first][0], toks[verb][0], cue, rule)
        if (
            _named_person(back)
            and (" " in (back.speaker or "") or (back.mention or "").lower() in PRONOUNS)
            and (
                front is None
                or (front.source_type != "person" and not is_medium(front.mention or ""))
            )
        ):  # "Die Absicht lobte Jo Kern": a thing fronted, the person after the verb; not
            # "Die Gewerkschaft kündigte Widerstand an": a bare noun after it names nobody
            return back
        if front is not None and _adverb_as_name(front, back, masked):
            return back  # "Scharf kritisierte Jo Kern den Plan": an adverb, then the subject
        if (
            back is not None
            and front is not None
            and _plural_phrase(front.mention or "")
            and not toks[verb][2].endswith("n")
            and (back.source_type == "person" or speaks_for(back.mention or ""))
        ):  # "Die tibetischen Mönche … beschrieb die Agentur als „…“": a plural fronted before
            return back  # a singular verb is its object; the subject follows the verb
        if front is not None:
            inverted = next(
                (
                    k + 1
                    for k in range(first + 1, verb - 1)
                    if toks[k][2] in _FINITE_AUXILIARIES and toks[k + 1][2] in _SUBJECT_PRONOUNS
                ),
                None,
            )  # "Details wollte er nicht nennen: „…“": "er" is only ever a subject
            if inverted is not None:
                return _speaker_at(ctx, toks[inverted][0], toks[verb][0], cue, rule) or front
        return front
    return back


_SPACES_AT = regex.compile(r"[\s\u00a0]*")
#: a part of a month, a week or a year, fronted as when something happened: "Mitte Monat",
#: "Ende der Woche", "Anfang Mai"
_PART_OF_A_TIME = regex.compile(
    r"(?:Anfang|Mitte|Ende)\s+(?:de[rs]\s+)?(?:Monats?|Woche|Jahr(?:es)?|Januar|Februar|März"
    r"|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)


def _name_set_off(toks: list[tuple[int, int, str]], first: int, verb: int) -> bool:
    """Whether the comma before the verb closes a name set off after the sentence's opening
    phrase (``Der Sprecher, Jonas Pfeifer, räumte Fehler ein``): the subject before the verb,
    not a clause the verb follows."""
    opening = next((k for k in range(first + 1, verb - 1) if toks[k][2] == ","), None)
    named = toks[opening + 1 : verb - 1] if opening is not None else []
    return bool(named) and len(named) <= 4 and all(t[2][:1].isupper() for t in named)


#: finite modal and auxiliary verbs, after which a subject pronoun follows a fronted object
#: (no copula: "Der Sieger ist er")
_FINITE_AUXILIARIES = frozenset(
    {"will", "wollte", "wollten", "kann", "konnte", "konnten", "muss", "musste", "mussten"}
    | {"soll", "sollte", "sollten", "darf", "durfte", "mag", "mochte", "möchte", "hat", "hatte"}
    | {"haben", "hatten", "wird", "wurde", "werden", "wurden"}
)
#: the finite verbs of an active clause whose participle or infinitive closes it (``hatte …
#: verkündet``, ``wollte … sagen``): not ``wurde``, whose participle is passive (``Es wurde von
#: X geäußert``), its speaker an agent after ``von``
_ACTIVE_AUXILIARIES = _FINITE_AUXILIARIES - {"wird", "wurde", "werden", "wurden"}
#: the pronouns that are only ever subjects (``sie`` and ``es`` may be objects: left out)
_SUBJECT_PRONOUNS = frozenset({"er", "ich", "wir"})


def _possessed(found: Attribution, text: str) -> bool:
    """Whether a phrase is a thing a named person has, by the genitive of their name before it
    (``Kerns Auftrag``: the article names ``Jo Kern``, or ``Kern`` alone), not that person."""
    words = (found.mention or "").split()
    if (
        len(words) != 2
        or not words[0].endswith("s")
        or is_given_name(words[0])
        or words[0].lower() in DETERMINERS  # "Das Urteil", "Dies Fazit": no genitive
    ):
        return False
    owner = words[0][:-1]
    if not owner[:1].isupper() or is_title(words[1]) or is_given_name(owner):
        return False  # "Lindenhains Bürgermeisterin": a person, of a place
    # the owner named in full, or alone elsewhere ("Kern … Kerns Auftrag")
    if full_name(text, owner) != owner or regex.search(
        r"(?<![\p{L}\-])" + regex.escape(owner) + r"(?![\p{L}\-’'])", text
    ):
        return True
    # or a thing the text names only here, never a surname standing alone ("Vogts
    # Hafenentwurf"; "Jonas Pfeifer … Pfeifer" is a person)
    return not is_person(Phrase(0, 0, words[1], None)) and (
        len(regex.findall(r"(?<![\p{L}\-])" + regex.escape(words[1]) + r"(?![\p{L}\-])", text)) == 1
    )


def _first_word(words: str | None) -> str:
    """The first word of ``words``, in lower case ("" for none)."""
    return next(iter((words or "").lower().split()), "")


def _coordinated_subject(
    ctx: Context, toks: list[tuple[int, int, str]], first: int, verb: int, cue: str, rule: Rule
) -> Attribution | None:
    """A verb joined by ``und`` with no subject of its own shares the one of the clause before:
    the subject of the first verb of saying or finite verb there that has one (``In seiner Rede
    lobte Jo Kern die Feuerwehr und nannte den Einsatz „…“``)."""
    for n in range(first + 1, verb - 1):
        if toks[n][2] in VERBS or verb_like(toks[n][2]):
            found = subject(ctx, toks[: verb - 1], n, cue, rule)
            if found is not None:
                return found
    return None


_JOINS = frozenset({",", ";"})
#: a verb after these shares the subject of the clause before it
_COORDINATORS = frozenset({"und", "sowie", "aber"})


def _joined_clause_subject(
    ctx: Context, toks: list[tuple[int, int, str]], first: int, verb: int, cue: str, rule: Rule
) -> Attribution | None:
    """A person named right before the verb, after a comma or a conjunction that joins a
    clause to the sentence: that clause's subject (``Kern nannte den Plan „teuer“, Ministerin
    Ana Varga bezeichnete ihn als „nötig“``)."""
    joins = [
        n
        for n in range(verb - 1, first, -1)
        if toks[n][2] in _JOINS
        # "… skandierte „…“ und der Unternehmer Jo Kern rief: „…“": a clause with a verb of
        # saying of its own before "und"; not "Die Stadt und Jo Kern erklärten", one subject
        or (toks[n][2] in {"und", "aber"} and any(t[2] in VERBS for t in toks[first:n]))
    ]
    for k, n in enumerate(joins[:3]):
        found = _speaker_at(ctx, toks[n][1], toks[verb][0], cue, rule)
        person = (
            found is not None
            and found.source_type == "person"
            and (found.mention or "").lower() not in PRONOUNS
        )
        if person and found.mention_end == toks[verb - 1][1]:
            return found
        if k == 0 and n != verb - 1:
            return None  # only a comma right before the verb, closing a name set off, looks back
        if (
            k > 0
            and person
            and _SET_OFF_TO_VERB.fullmatch(ctx.masked, found.mention_end, toks[verb][0])
            and any(verb_like(t[2]) for t in toks[first:n])
        ):  # "X wies den Vorwurf zurück, die Sprecherin, Jo Kern (SPD), erklärte: „…“"
            return found
    return None


#: what may close a name set off before its verb: its party in brackets, the comma
_SET_OFF_TO_VERB = regex.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*")


def _main_clause_subject(
    ctx: Context, toks: list[tuple[int, int, str]], first: int, verb: int, cue: str, rule: Rule
) -> Attribution | None:
    """A subordinate clause opens the sentence and ends at a comma; the main clause's finite verb
    follows the comma, and its subject the verb (``Als der Zug hielt, stieg die Ministerin aus
    und sagte: „…“``)."""
    for n in range(first + 1, verb - 1):
        if toks[n][2] == "," and verb_like(toks[n + 1][2]):
            return _speaker_at(ctx, toks[n + 1][1], ctx.quote.start, cue, rule)
    return None


def _adverb_as_name(front: Attribution, back: Attribution | None, text: str) -> bool:
    """Whether the one word opening the sentence before the verb, read as a surname, is an
    adverb or an adjective capitalised there (``Scharf kritisierte Jo Kern …``, ``Knapp
    äußerte sich Jo Kern``), the subject being the full name after the verb: the article names
    nobody with that word (no full name ends on it, it is never capitalised inside a sentence),
    and news introduces a person by their full name before their surname alone."""
    word = front.mention or ""
    if (
        " " in word
        or front.speaker != word
        or back is None
        or back.source_type != "person"
        or len((back.speaker or "").split()) < 2
        or not is_given_name((back.speaker or "").split()[0])
    ):
        return False
    inside = regex.compile(rf"(?<=[\p{{Ll}},]\s)(?:{regex.escape(word)})\b")
    return inside.search(text) is None


def _named_person(found: Attribution | None) -> bool:
    """Whether an attribution names a person: by a name (not a common noun phrase such as
    ``die Absicht``), or by a personal pronoun."""
    if found is None or found.mention is None:
        return False
    if found.mention.lower() in PRONOUNS or found.mention.lower() in NAMING.demonstratives:
        return True
    words = (found.speaker or "").split()
    return found.source_type == "person" and bool(words) and words[0].lower() not in DETERMINERS


#: the finite verb right after a subject, past a bracket
_VERB_AFTER_SUBJECT = regex.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(\p{Ll}+)\b")


def _reports_of(found: Attribution, text: str) -> bool:
    """Whether the verb right after a sentence's subject is in the mood of reported speech
    (``Die Studie zeige …``): the sentence gives what someone else said about the subject."""
    verb = _VERB_AFTER_SUBJECT.match(text, found.mention_end or 0)
    return verb is not None and verb.group(1) in ONLY_REPORTED


def _names_someone(found: Attribution) -> bool:
    """Whether a subject names a person: by a personal pronoun, by a given name, or by a role
    the person's name was found for (``die Ministerin`` for Eva Roth)."""
    mention, speaker = found.mention or "", found.speaker or ""
    return found.source_type == "person" and (
        mention.lower() in PRONOUNS
        or is_given_name(speaker.split()[0] if speaker else "")
        or (speaker != mention and speaker[:1].isupper())
    )


def _possessor(ctx: Context, found: Attribution, rule: Rule) -> Attribution | None:
    """The person a subject belongs to when it is their view or words, not a person or a body
    (``Seine Zuversicht gründet sich …``, ``Ihr Fazit: …``, ``Lindqvists Fazit: …``): the
    owner the possessive or the genitive name stands for, with the subject as the mention."""
    mention = found.mention or ""
    words = mention.split()
    if len(words) == 2 and words[1] in _NOUNS_OF_SPEECH and _possessed(found, ctx.masked):
        name = full_name(ctx.masked, words[0][:-1])  # "Lindqvists Fazit: „…“": Lindqvist's
        return replace(found, speaker=ctx.resolver.canonical(name), source_type="person")
    start, end = found.mention_start or 0, found.mention_end or 0
    first = words[0].lower() if words else ""
    owner = _OWNER_PRONOUN.get(first)
    if owner is None or found.source_type == "person" or speaks_for(mention):
        return None
    resolved = pronoun_attribution(ctx, start, end, owner, "", rule, NAMING)
    return replace(resolved, mention=mention) if resolved.speaker else None


#: a comma and a conjunction right before the quote: it is a clause of its own, with its own
#: subject (``Der Rat stimmte zu, und „die Frage stellte sich uns nicht“``)
_JOINED_CLAUSE = regex.compile(r",[\s\u00a0]*(?:und|aber|denn|doch)[\s\u00a0]+$")


def sentence_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """No verb of saying: the subject opening the quote's sentence, whatever its verb
    (``Der Bundesrat nannte den Plan „überhastet“``), when a noun phrase opens it."""
    q, masked = ctx.quote, ctx.masked
    quoting = _QUOTE_OF.match(masked, sentence_start(ctx), q.start)
    if quoting and (found := _speaker_at(ctx, quoting.end(), q.start, "", rule)) is not None:
        return found  # "O-Ton Kern: „…“", "Zitat von Jo Kern: „…“": whose words these are
    label = _LABEL.match(masked, ctx.sentence_start, q.start)
    if label and (person := headline_speaker(ctx, label, NAMING, rule)):
        return person  # "Pfeifer: Plan „nicht haltbar“": the person the headline names
    if _JOINED_CLAUSE.search(masked, sentence_start(ctx), q.start - len(q.open_mark)):
        return None  # "Der Rat stimmte zu, und „…“": the quote's clause has its own subject
    toks = tokens(masked, sentence_start(ctx), q.start)
    first = 1 if toks and toks[0][2] in _CONJUNCTIONS_BEFORE_FIRST else 0
    while first < len(toks) and toks[first][2].lower() in _FOCUS:
        first += 1
    if first >= len(toks) or MASK in toks[first][2]:
        return None
    opening = toks[first][2]
    if (
        not (opening[:1].isupper() or opening in DETERMINERS)
        or opening.lower() in OPENERS | _OBJECT_CASE
        or adverbial(opening, masked)
    ):  # an adverbial opens it: the subject, if a pronoun or a known speaker, follows the verb
        inverted = _inverted_subject(ctx, toks[first][0], q.start, rule)
        if inverted is not None and _in_reported_speech(ctx) and not _names_someone(inverted):
            return None  # "Dies hätten die Beamten „…“ verhindert": the reporter's words
        if inverted is not None and _asked_in_passive(ctx, toks[first][0], inverted):
            # "Darin wird der Minister (von X) aufgefordert, „…“": the agent's words, or nobody's
            agent = _AGENT_WORD.search(masked, inverted.mention_end or 0, q.start)
            found = agent and _speaker_at(ctx, agent.end(), q.start, "", rule)
            return found or Attribution(None, method=f"{rule.method}+passive")
        return inverted
    found = _speaker_at(ctx, toks[first][0], q.start, "", rule)
    if (
        found is not None
        and found.speaker is None
        and found.method.endswith("unresolved-pronoun")
        and _in_reported_speech(ctx)
    ):
        return None  # "Sie könnten nicht mehr …: „…“": a plural the reported speech is about
    if found is not None and _called_so(ctx, found.mention_end or q.start):
        return Attribution(None, method=f"{rule.method}+passive")  # what it is called, by whom?
    if found is not None and (owner := _possessor(ctx, found, rule)) is not None:
        return owner  # "Ihre Zuversicht gründet sich auf …: „…“": whose confidence it is
    if found is not None and _reports_of(found, masked) and not _names_someone(found):
        return None  # "Jeder Lehrer könne „…“": reported speech; who reports it said the words
    if (
        found is not None
        and (found.mention or "").lower() not in PRONOUNS  # "Er werde „…“": his own words
        and _reports_of(found, masked)
        and not _closes_on_saying(ctx, q.start)
    ):  # "Merz habe der Partei „einen Triumph verschafft“": what the source said Merz did
        return None
    if (
        found is not None
        and found.source_type != "person"
        and not speaks_for(found.mention or "")
        and _LABEL_COLON.fullmatch(masked, found.mention_end or 0, q.start - len(q.open_mark))
    ):  # "„…“, sagt X. Der Grund: „…“": a noun labelling the words of who spoke before
        previous = ctx.same_paragraph[-1] if ctx.same_paragraph else None
        if previous is None or not previous.speaker:
            return None
        confidence = min(rule.confidence, previous.attribution.confidence)
        return replace(previous.attribution, method=f"{rule.method}+label", confidence=confidence)
    if found is not None and _common_noun_alone(found, masked):  # "Kritik kam von …"
        came = _CAME_FROM.match(masked, found.mention_end or 0)
        if came is not None and (found.mention or "").lower() in CLAIMS:
            source = _speaker_at(ctx, came.end(), q.start, came.group(1), rule)
            if source is not None:
                return source  # "Kritik kommt vom Mieterbund, der …": who criticises
        inverted = _inverted_subject(ctx, toks[first][0], q.start, rule)
        return inverted or replace(
            found, speaker=None, method=f"{rule.method}+phrase", confidence=UNRESOLVED
        )
    if found is not None and found.source_type != "person":
        inverted = _inverted_subject(ctx, toks[first][0], q.start, rule)
        if inverted is not None and (
            inverted.source_type == "person" or not speaks_for(found.mention or "")
        ):  # "Die Leitung bat die Belegschaft …": of two bodies, the first is the subject
            return inverted  # "Das Angebot lehnt er ab: „…“": a thing fronted, its subject after
        if _in_reported_speech(ctx) and not speaks_for(found.mention or ""):
            return None  # "Eine Steuererhöhung sei „…“": what is reported, not who reports it
        if _a_thing(found.mention or ""):  # "Die Wolken hingen „…“ im Tal": no speaker
            return replace(
                found, speaker=None, method=f"{rule.method}+phrase", confidence=UNRESOLVED
            )
    return found


#: nothing but a colon between a noun and the quote: a label
_LABEL_COLON = regex.compile(r"\s*:\s*")
#: a passive auxiliary between the subject and the words: "wurde als", "wird … genannt"
_PASSIVE_AUXILIARY = regex.compile(r"\b(?:wird|werden|wurde|wurden|worden)\b")
#: a past participle closing the clause after the words ("bezeichnet", "genannt", "kritisiert")
_CLOSING_PARTICIPLE = regex.compile(
    r"[»«“”„\"‘’‚'" + MASK + r"]*[\s\u00a0]*(?:\p{Ll}+[\s\u00a0]+){0,3}?"
    r"(?:ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|zer|ent|emp|miss)\p{Ll}{2,}t|\p{Ll}+iert)"
    r"(?:[\s\u00a0]+(?:worden|werden))?[\s\u00a0]*[.!?,;]"
)


#: a past participle right before the words, the end of a passive's clause ("aufgefordert,")
_PARTICIPLE_BEFORE = regex.compile(
    r"\b(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|zer|ent|emp|miss)\p{Ll}{2,}t|\p{Ll}+iert)"
    r"[\s\u00a0]*[,:]?[\s\u00a0]*$"
)


def _asked_in_passive(ctx: Context, start: int, subject: Attribution) -> bool:
    """Whether the subject after the verb is who a passive addresses (``Darin wird der Minister
    aufgefordert, „…“``): the words are asked of them, never theirs."""
    masked, q = ctx.masked, ctx.quote
    if subject.mention_start is None or subject.mention_end is None:
        return False
    verb = masked[start : subject.mention_start]
    after = masked[subject.mention_end : q.start - len(q.open_mark)]
    return (
        _PASSIVE_AUXILIARY.search(verb) is not None and _PARTICIPLE_BEFORE.search(after) is not None
    )


#: the word that opens a passive's agent: "von den Hafenarbeitern", "vom Senat", "durch X"
_AGENT_WORD = regex.compile(r"\b(?:von|vom|durch)[\s\u00a0]+")


def _called_so(ctx: Context, subject_end: int) -> bool:
    """Whether the subject is what the words call it in a passive with no agent (``Vogt wurde
    als „Verräter“ bezeichnet``): the words are a name for it, nobody's named words."""
    masked, q = ctx.masked, ctx.quote
    between = masked[subject_end : q.start]
    if not _PASSIVE_AUXILIARY.search(between) or regex.search(r"\b(?:von|vom|durch)\b", between):
        return False
    return _CLOSING_PARTICIPLE.match(masked, q.end) is not None


def _a_thing(mention: str) -> bool:
    """Whether a subject names neither a person (by a given name or an epithet for someone,
    ``das Staatsoberhaupt``) nor a body, a medium or a document by any of its nouns (``Das
    Auswärtige Amt``): a thing (``Die Wolken``, ``Der Nebel``), which says nothing."""
    nouns = [w for w in mention.split() if w[:1].isupper() and w.lower() not in DETERMINERS]
    return not any(
        speaks_for(w) or is_given_name(w) or epithet_key(w) in NAMING.epithets for w in nouns
    )


def _common_noun_alone(found: Attribution, text: str) -> bool:
    """Whether a subject is one capitalised word with no article, a genitive after it or none,
    that the article never names in full and that is no noun for people (``Kritik``,
    ``Sparziele``, ``Absicht der Gäste``): German capitalises every noun, and a surname
    alone is one the article gave with its given name before."""
    mention = found.mention or ""
    words = mention.split()
    if len(words) > 2 and words[1] in {"der", "des"}:
        mention = words[0]  # "Absicht der Gäste sei es, …": a noun and its genitive
    return (
        " " not in mention
        and not mention.isupper()  # "SPD", "ROG": a body's initials
        and mention.lower() not in PRONOUNS
        and full_name(text, mention) == mention
        and not is_given_name(mention)
        and not is_person(Phrase(0, 0, mention, None))
        and not speaks_for(mention)
    )


#: the word in lower case right before a position
_WORD_BEFORE = regex.compile(r"(\p{Ll}+)\s+$")
#: the verb before a subject, past "es" or "sich" (``Ähnlich sieht es Jo Kern``)
_VERB_BEFORE_SUBJECT = regex.compile(r"(\p{Ll}+)\s+(?:(?:es|sich)\s+)?$")
#: a colon and the quote's own marks right after it: the clause before introduces the quote
_COLON_TO_QUOTE = regex.compile(r":\s*" + MASK + r"+$")

#: words after which no subject stands: a preposition's object (``auf den Bürgermeister``) and an
#: object's article; not ``für`` (``Was für die Ministerin „…“ ist``: whose view) nor ``von``
#: (``Hunderte von Demonstranten``: a part of the subject)
_NO_SUBJECT_AFTER = (PREPOSITIONS - {"für", "von", "vom"}) | _OBJECT_CASE


def _inverted_subject(ctx: Context, start: int, end: int, rule: Rule) -> Attribution | None:
    """A personal pronoun, a person this article's quotes were already given to, or a surname
    the article names in full, standing right after a verb in the clause (``… lehnt er ab``,
    ``… weist Kern zurück``); a body or a document there when a colon introduces the quote
    (``So enthält das Gesetz folgende Regel: „…“``)."""
    masked = ctx.masked
    known = {
        d.speaker.split()[-1]
        for d in ctx.done
        if d.speaker and d.attribution.source_type == "person"
    }
    for m in _AFTER_LOWER_WORD.finditer(masked, start, end):
        word = m.group(1)
        before = _WORD_BEFORE.search(masked, max(0, m.start(1) - 40), m.start(1))
        if word.lower() in _OBJECT_CASE or (
            before is not None and before.group(1) in _NO_SUBJECT_AFTER
        ):
            continue  # "Nach dem Angriff auf den Bürgermeister X ermittelt …": no subject
        if word in {"er", "sie"} or (
            word[:1].isupper() and (word in known or full_name(masked, word) != word)
        ):
            return _speaker_at(ctx, m.start(1), end, "", rule)
        verb = _VERB_BEFORE_SUBJECT.search(masked, max(0, m.start(1) - 40), m.start(1))
        if (
            verb is not None
            and verb_like(verb.group(1))
            and (is_title(word) or is_given_name(word))
        ):
            # "Den Bauern sicherte Minister Ole Brandt zu, …", "An der Waage liest Ruth Albers
            # das Gewicht ab: …": a person named in full, or a role and its holder's name,
            # right after the verb
            found = _speaker_at(ctx, m.start(1), end, "", rule)
            if (
                found is not None
                and _named_person(found)
                and (is_title(word) or " " in (found.speaker or ""))
            ):
                return found
        if word.lower() in DETERMINERS:
            found = _speaker_at(ctx, m.start(1), end, "", rule)
            if found is not None and found.source_type == "person":
                return found  # "Den Plan brachte die Sprecherin zur Sprache"
            verb = _WORD_BEFORE.search(masked, max(0, m.start(1) - 40), m.start(1))
            if (
                found is not None
                and speaks_for(found.mention or "")
                and verb is not None
                and verb_like(verb.group(1))
                and verb.group(1) not in OPENERS
            ):
                return found  # "So enthält das Gesetz folgende Regel: „…“": what it says
    return None


def _in_reported_speech(ctx: Context) -> bool:
    """Whether the quote's sentence is in the mood of reported speech."""
    q = ctx.quote
    end = ctx.grammar.sentence_end(q.end, ctx.paragraph.end)
    toks = tokens(ctx.masked, sentence_start(ctx), end)
    words = {t[2] for t in toks}  # verbs: lower case, but the one opening the sentence
    if toks and toks[0][2].lower() in CONDITIONAL:  # "Gingen die Preise weiter hoch, so …"
        words.add(toks[0][2].lower())
    return bool(words & (REPORTED | CONDITIONAL))


def reported(ctx: Context, rule: Rule) -> Attribution | None:
    """A sentence in the mood of reported speech with no speaker of its own: the last speaker
    this article's quotes were given to, in this paragraph or the one before (``Kern
    begründete den Schritt. Damit seien „die Pläne nicht mehr tragbar“.``)."""
    q = ctx.quote
    if not _in_reported_speech(ctx):
        return None
    last = next(
        (
            d
            for d in reversed(ctx.done)
            if (d.speaker or d.attribution.mention) and d.paragraph >= q.paragraph - 1
        ),
        None,
    )
    if last is not None and not last.speaker:
        last = None  # "„…“, hieß es. Es reiche aus, … bedeute „…“": no one's, as that quote
    previous = _previous_subject(ctx, rule) or _only_person_before(ctx, rule)
    if previous is not None and (
        last is None or (previous.mention_start or 0) > (last.attribution.mention_start or 0)
    ):
        return previous  # "Kern begründete den Schritt. Damit seien „…“"
    if last is None:
        return None
    a = last.attribution
    return Attribution(
        a.speaker,
        a.mention,
        a.mention_start,
        a.mention_end,
        a.role,
        a.cue,
        rule.method,
        rule.confidence,
        a.source_type,
    )


def _previous_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """The person opening one of the last :data:`REPORT_SENTENCES` sentences before the
    quote's, in its paragraph, as its subject, or as the subject of a ``wie`` clause of saying
    opening it (``Wie die Ministerin erklärte, …``): the nearest such."""
    start = sentence_start(ctx)
    for _ in range(REPORT_SENTENCES):
        if start - 2 <= ctx.paragraph.start:
            return None
        before = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
        toks = tokens(ctx.masked, before, start)
        if (closing := _closing_cue_subject(ctx, toks, rule)) is not None:
            return closing  # "…, sagt Geschäftsführerin X. Sie könnten …: „…“": X reports on
        if len(toks) > 1 and toks[0][2] == "Wie":  # "Wie die Ministerin erklärte, habe sie …"
            found = _speaker_at(ctx, toks[1][0], start, "", rule)
            if found is not None and (
                _named_person(found)
                or speaks_for(found.mention or "")
                or found.source_type == "person"  # "Wie ein Sprecher der Stadt mitteilte"
            ):
                said = _VERB_AFTER_SET_OFF.match(ctx.masked, found.mention_end or 0)
                if said is not None and said.group(1) in VERBS:
                    return found
        elif toks and not adverbial(toks[0][2], ctx.masked) and toks[0][2].lower() not in OPENERS:
            found = _speaker_at(ctx, toks[0][0], start, "", rule)
            if (
                _named_person(found)
                and not _common_noun_alone(found, ctx.masked)
                and not (len(toks) > 1 and _bare_plural(found.mention or "", toks[1][2]))
            ):
                return found  # not "Reflexartig meldeten zahlreiche Zeitungen …"
            if found is not None and _body_said(found, ctx.masked):
                return found  # "Die Hausverwaltung versicherte, dass …"
            if found is not None and found.source_type == "person":
                said = _VERB_AFTER_SET_OFF.match(ctx.masked, found.mention_end or 0)
                if said is not None and said.group(1) in VERBS:
                    return found  # "Der Bürgermeister forderte …": a role and its verb of saying
        start = before
    return None


def _closing_cue_subject(
    ctx: Context, toks: list[tuple[int, int, str]], rule: Rule, by_role: bool = False
) -> Attribution | None:
    """The person named after a verb of saying that closes a sentence of reported speech, set
    off by a comma (``Die Zahl habe zugenommen, sagt Geschäftsführerin X.``), or, ``by_role``,
    one a role names (``…, berichtet der Berufsimker.``)."""
    if MASK in "".join(t[2] for t in toks) or not any(t[2] in ONLY_REPORTED for t in toks):
        return None
    for n in range(len(toks) - 2, 0, -1):
        if toks[n][2] in VERBS and toks[n - 1][2] == ",":
            found = _speaker_at(ctx, toks[n][1], toks[-1][1], toks[n][2], rule)
            if _named_person(found) or (
                by_role and found is not None and found.source_type == "person"
            ):
                return found
            return None
    return None


#: a person named in full: a given name and a surname, capitalised
_FULL_NAME = regex.compile(
    r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}[\p{L}\-]+)\b"
)


def _only_person_before(ctx: Context, rule: Rule) -> Attribution | None:
    """The one person the sentence before the quote's names in full, wherever in it (``In
    Hannover nahm auch Ministerin Ana Roth Stellung.``, ``Nach Ansicht von Ana Roth ist …``),
    when it names no other: whose view the reported speech goes on with."""
    start = sentence_start(ctx)
    if start - 2 <= ctx.paragraph.start:
        return None
    before = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
    named = [
        m
        for m in _FULL_NAME.finditer(ctx.masked, before, start)
        if is_given_name(m.group(1)) and not is_given_name(m.group(2))
    ]
    if len({m.group(2) for m in named}) != 1:
        return None
    found = _speaker_at(ctx, named[0].start(), start, "", rule)
    return found if _named_person(found) else None


#: the verb after a subject that a name set off closes (``Wie die Ministerin, Jo Kern, erklärte``)
_VERB_AFTER_SET_OFF = regex.compile(r"[\s,]*(\p{Ll}+)\b")


def _body_said(found: Attribution, text: str) -> bool:
    """Whether a body, a medium or a document is the subject of a verb of saying right after it
    (``Die Hausverwaltung versicherte, …``, ``Die Nordsee Welle berichtet …``), as a person would
    be."""
    verb = _VERB_AFTER_SUBJECT.match(text, found.mention_end or 0)
    if verb is None or verb.group(1) not in VERBS or _REFLEXIVE.match(text, verb.end()):
        return False  # "Die Lage erklärt sich aus …" says nothing
    words = [w for w in (found.mention or "").split() if w.lower() not in DETERMINERS]
    # a name of two capitalised words or more: an adjective in capitals is part of a name
    # ("Die Deutsche Welle berichtet"), as no common noun phrase has it
    return speaks_for(found.mention or "") or (len(words) > 1 and all_capitalised(" ".join(words)))


#: how many sentences back reported speech looks for the person whose words it reports
REPORT_SENTENCES = 3


#: a demonstrative taking up the quote before it as the next sentence's object or subject, and
#: that sentence's finite verb: "„…“ Das sagte …", "„…“. Dies erklärte …", a reflexive one
#: with its pronoun ("„…“ So äußerte sich …"); after a colon too ("„…“: Das sagt …")
_TAKEN_UP = regex.compile(
    r"[.!?:]?\s+(?:(?:Das|Dies|Diese[rs]?)|Mit\s+diesen\s+Worten|So)\s+(\p{Ll}+)\s+(?:sich\s+)?"
    r"(?:(?:die|seine|ihre)\s+Worte\s+(?:von\s+)?)?"  # "So lauteten die Worte von X"
)


#: the quoted words named as someone's right after them: "„…“ – dieser Satz von X", "„…“: Der
#: Spruch des Trainers"
_WORDS_NAMED = regex.compile(
    r"\s*[.!?]?\s*(?:[–—:-]\s*)?(?:[Dd]ieser|[Dd]er)\s+(?:Satz|Spruch|Ausspruch)\s+(?:von\s+)?"
)


#: the auxiliary of the passive (``wird``, ``wurde``, ``worden``) and the word naming its agent
_PASSIVE = frozenset({"wird", "wurde", "werden", "wurden", "worden"})
_AGENT = frozenset({"von", "vom"})
#: a past participle closing the clause after the quote: ``ge-`` inside it (``eingestuft``,
#: ``genannt``), an inseparable prefix (``bezeichnet``, ``beschrieben``) or ``-iert``; one of
#: saying or judging names its agent the speaker
_PARTICIPLE_AFTER = regex.compile(
    r"\s*(\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|er|ver|zer|ent|emp|miss)\p{Ll}{2,}t"
    r"|\p{Ll}{3,}iert)\b"
)
#: what may stand between a speaker's noun phrase and the quote: ``als``, a comma
_TO_QUOTE = regex.compile(r"[\s,]*(?:als\s*)?$")


def passive_agent(ctx: Context, rule: Rule) -> Attribution | None:
    """A passive clause names who said it with ``von``: ``Der Plan wurde von Stadträtin Ilka
    Brandes als „überzogen“ bezeichnet`` (the plan is what was spoken of, not the speaker), and
    ``Die Gefahr von Bränden wird vom Umweltamt als „hoch“ eingestuft`` (the agent is the
    ``von`` nearest the quote)."""
    q, masked = ctx.quote, ctx.masked
    toks = tokens(masked, sentence_start(ctx), q.start - len(q.open_mark))
    aux = next((n for n, t in enumerate(toks) if t[2].lower() in _PASSIVE), None)
    if aux is None:
        return None
    participle = _PARTICIPLE_AFTER.match(masked, q.end + len(q.close_mark))
    if participle is None or participle.group(1) not in VERBS | JUDGING:
        return _agent_of_said(ctx, toks, aux, rule)  # not "von Polizisten „brutal“ festgenommen"
    for n in range(len(toks) - 1, aux, -1):  # the agent nearest the quote (not "von Bränden")
        if toks[n][2].lower() in _AGENT:
            found = _speaker_at(ctx, toks[n][1], q.start, toks[aux][2], rule)
            if found is not None and _TO_QUOTE.match(
                masked, found.mention_end or 0, q.start - len(q.open_mark)
            ):
                return found
    for m in _IN_MEDIUM.finditer(masked, toks[aux][1], q.start):  # "wurde im „Kurier“ als …"
        found = _speaker_at(ctx, m.end(), q.start, toks[aux][2], rule)
        if found is not None and _TO_QUOTE.match(
            masked, found.mention_end or 0, q.start - len(q.open_mark)
        ):
            return found
    return None


def _agent_of_said(
    ctx: Context, toks: list[tuple[int, int, str]], aux: int, rule: Rule
) -> Attribution | None:
    """The agent of a passive of saying whose participle closes its clause before the clause
    holding the quote (``Es wurde von Jo Kerns Sohn die Vermutung geäußert, die Stadt brauche
    „…“``): the ``von`` phrase between the auxiliary and the participle."""
    said = next(
        (
            n
            for n in range(aux + 1, len(toks) - 1)
            if toks[n][2] in VERBS
            and toks[n + 1][2] == ","
            and _PARTICIPLE_AFTER.fullmatch(toks[n][2])
        ),
        None,
    )
    if said is None:
        return None
    for n in range(aux + 1, said):
        if toks[n][2].lower() in _AGENT:
            found = _speaker_at(ctx, toks[n][1], toks[said][0], toks[said][2], rule)
            if found is not None and (
                found.source_type == "person" or speaks_for(found.mention or "")
            ):
                return found
    return None


#: a paper named in marks where a passive's words were written: ``im „Kurier“``, ``in der „Post“``
_IN_MEDIUM = regex.compile(r"\b(?:im|in\s+der|in\s+dem)\s+(?=" + MASK + ")")


#: relative pronouns that may be their clause's subject (``der``, not ``den``)
_SUBJECT_RELATIVE = frozenset({"der", "die", "das", "welche", "welcher"})
#: personal pronouns in the nominative: right after a relative pronoun, the clause's subject
_NOMINATIVE = frozenset({"er", "sie", "wir", "ich", "man"})
#: articles that may open a subject: after ``die`` or ``das``, either may be the subject
_OWN_SUBJECT = frozenset({"der", "die", "das", "ein", "eine"})
#: the verb closing a relative clause after the quote (``…, der den Plan „teuer“ nannte.``)
_CLAUSE_VERB_AFTER = regex.compile(r"\s*(\p{Ll}+)(?:\s+(?:hatte|hat|habe|hätte))?\s*[,.;]")
#: how many words back the noun phrase a relative pronoun stands for may start
_ANTECEDENT_WORDS = 8


def _own_subject(pronoun: str, following: str) -> bool:
    """Whether the word after a relative pronoun opens its clause's own subject, the pronoun
    being an object: a personal pronoun in the nominative (``die sie „…“ nannte``), a name or
    a role (``den Ministerin Eva Roth „…“ nannte``), or any noun phrase after a pronoun that
    is never a subject (``den der Minister „…“ nannte``). After ``der``, an article opens the
    object (``ein Kommentar, der die Entscheidung als „…“ bezeichnet``)."""
    if following in _NOMINATIVE or following[:1].isupper():
        return True
    return pronoun not in _SUBJECT_RELATIVE and following in _OWN_SUBJECT | DETERMINERS


def _relative_clause_subject(
    ctx: Context, toks: list[tuple[int, int, str]], verb: int, cue: str, rule: Rule
) -> Attribution | None:
    """The person a relative clause names as its own subject, its verb of saying ``toks[verb]``
    closing it right before the quote (``die Marke, die Jo Kern zum Ziel erklärt hatte:
    „…“``): the relative pronoun is the object."""
    if any(t[2] not in AUXILIARIES and t[2] not in {":", ","} for t in toks[verb + 1 :]):
        return None  # the verb does not close the clause: "X, der Leiter der Y sagte über …"
    comma = next((k for k in range(verb - 1, 0, -1) if toks[k][2] == ","), None)
    if comma is None or comma + 2 >= verb or toks[comma + 1][2] not in _RELATIVE:
        return None
    if not _own_subject(toks[comma + 1][2], toks[comma + 2][2]):
        return None
    if comma + 3 < verb and toks[comma + 3][2] in AUXILIARIES | ONLY_REPORTED:
        return None  # "…, das Ministerium habe … erklärt": an article and a main clause's verb
    found = _speaker_at(ctx, toks[comma + 2][0], toks[verb][0], cue, rule)
    return found if found is not None and found.source_type == "person" else None


def relative_clause(ctx: Context, rule: Rule) -> Attribution | None:
    """A relative clause whose pronoun is its subject and whose verb of saying closes it after
    the quote: the noun phrase before its comma said it (``Lob kam von Stadträtin Ilka Brandes,
    die den Plan als „mutig“ bezeichnete.`` → Ilka Brandes); a subordinate clause so closed, its
    own subject (``…, weil die Stadt den Plan als „…“ bezeichnet hatte.``)."""
    q, masked = ctx.quote, ctx.masked
    verb = _CLAUSE_VERB_AFTER.match(masked, q.end + len(q.close_mark))
    if verb is None or verb.group(1) not in VERBS:
        return None
    toks = tokens(masked, sentence_start(ctx), q.start - len(q.open_mark))
    comma = next((n for n in range(len(toks) - 2, 0, -1) if toks[n][2] == ","), None)
    opener = 0 if comma is None else comma + 1
    if opener + 1 < len(toks) and toks[opener][2].lower() in SUBORDINATORS:
        # "…, weil die Regierung das Land als „…“ bezeichnet hat": the clause's own subject
        found = _speaker_at(ctx, toks[opener + 1][0], q.start, verb.group(1), rule)
        if found is not None and (found.source_type == "person" or speaks_for(found.mention or "")):
            return found
        return None
    if comma is None or toks[comma + 1][2] not in _RELATIVE:
        return None
    pronoun = toks[comma + 1][2]
    following = toks[comma + 2][2] if comma + 2 < len(toks) else ""
    if _own_subject(pronoun, following):  # "…, den der Minister „…“ nannte"
        found = _speaker_at(ctx, toks[comma + 2][0], q.start, verb.group(1), rule)
        end = q.start - len(q.open_mark)
        if found is not None and _TO_QUOTE.match(masked, found.mention_end or 0, end):
            return found
        return None
    if pronoun not in _SUBJECT_RELATIVE or (pronoun != "der" and following in _OWN_SUBJECT):
        return None  # "…, die die Stadt „…“ nannte": either may be the subject
    return _antecedent(ctx, toks, comma, verb.group(1), rule)


def _antecedent(
    ctx: Context, toks: list[tuple[int, int, str]], comma: int, cue: str, rule: Rule
) -> Attribution | None:
    """The noun phrase ending where ``toks[comma]`` starts that a relative pronoun after the
    comma stands for: the longest one of at most :data:`_ANTECEDENT_WORDS` words."""
    for n in range(max(0, comma - _ANTECEDENT_WORDS), comma):
        word, previous = toks[n][2], toks[n - 1][2] if n > 0 else ","
        if not (word[:1].isupper() or word in DETERMINERS):
            continue
        if not previous.islower() and previous not in _JOINS and word not in DETERMINERS:
            continue  # a phrase starts after a preposition, a verb, a comma, or with an article
        found = _speaker_at(ctx, toks[n][0], toks[comma][0], cue, rule)
        if found is not None and found.mention_end == toks[comma - 1][1]:
            return found
    return None


def taken_up(ctx: Context, rule: Rule) -> Attribution | None:
    """The next sentence takes the quoted words up with a demonstrative, and names who said
    them after its verb (``„Wir bleiben.“ Das sagte Bürgermeisterin Jo Kern am Montag.``,
    ``Mit diesen Worten fasste Jo Kern … zusammen``, ``So lauteten die Worte von Jo Kern``)."""
    q = ctx.quote
    if named := _WORDS_NAMED.match(ctx.masked, q.end + len(q.close_mark), ctx.paragraph.end):
        # "„…“ – dieser Satz von Jo Kern machte die Runde": the words named as someone's
        return _speaker_at(ctx, named.end(), ctx.paragraph.end, "Satz", rule)
    m = _TAKEN_UP.match(ctx.masked, q.end + len(q.close_mark), ctx.paragraph.end)
    if m is None or not verb_like(m.group(1)):
        return None
    if m.group(1) in _MODAL_OR_PASSIVE and not _closes_on_saying(ctx, m.end()):
        return None  # "So mussten Anwohner gerettet werden": no one said anything
    at = m.end()
    if noun := _NOUN_OF_SPEECH_OF.match(ctx.masked, at, ctx.paragraph.end):
        at = noun.end()  # "Das ist das Fazit von Jo Kern": whose conclusion
    found = _speaker_at(ctx, at, ctx.paragraph.end, m.group(1), rule)
    if (
        found is not None
        and found.mention_end is not None
        and m.group(1) not in VERBS | JUDGING
        and (verb := _NEXT_WORD.match(ctx.masked, found.mention_end, ctx.paragraph.end))
        and verb_like(verb.group(1))
    ):
        return None  # "Das tote Schaf wies …": an adjective, the verb comes after the noun
    return found


#: the finite modals and the passive's auxiliary, whose clause ends on the verb that says
#: what was done (``Das musste X einräumen``, not ``So mussten Anwohner gerettet werden``)
_MODAL_OR_PASSIVE = AUXILIARIES - frozenset(
    {"ist", "war", "sind", "waren", "hat", "hatte", "hatten", "haben", "gab", "gibt"}
)
#: the last word of a clause, before its closing punctuation
_CLAUSE_LAST_WORD = regex.compile(r"(\p{L}+)\W*$")


def _closes_on_saying(ctx: Context, pos: int) -> bool:
    """Whether the sentence from ``pos`` ends on a verb of saying or judging, the infinitive or
    participle an auxiliary or modal before it leaves for the end (``Das musste X zu Beginn
    einräumen``, ``X habe den Plan als „…“ bezeichnet``)."""
    end = ctx.grammar.sentence_end(pos, ctx.paragraph.end)
    last = _CLAUSE_LAST_WORD.search(ctx.masked, pos, end)
    return last is not None and last.group(1) in VERBS | JUDGING


def previous_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence standing alone right after a sentence of its paragraph with a verb of
    saying: that verb's subject, when it names a person (``Die Abgeordnete Ilka Brandes
    verurteilte die Haltung der Regierung. „Diese Regierung hat versagt.“``), after a
    sentence of reported speech with a personal pronoun as its subject, or after one that gives
    a person as its source. A sentence of only a conjunction and the quote stands alone too
    (``Und „…“.``)."""
    q, masked = ctx.quote, ctx.masked
    start = sentence_start(ctx)
    opened = q.start - len(q.open_mark)
    alone = q.kind == "sentence" and start == opened
    # "Und „kleine Betriebe schaffen das nicht“.": a conjunction and the quote, nothing else
    joined = masked[start:opened].strip() in _CONJUNCTIONS_BEFORE_FIRST and not masked[
        q.end + len(q.close_mark) : ctx.sentence_end
    ].strip(" .!?…")
    if not (alone or joined) or start - 2 <= ctx.paragraph.start:
        return None
    narrated = False  # whether a short sentence of narration was passed
    for _ in range(REPORT_SENTENCES):
        before = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
        if _DATELINE_ALONE.fullmatch(masked, before, start):
            return None  # "LINDENHAIN (jk). „…“": where and by whom, no speaker
        toks = tokens(masked, before, start)
        if any(MASK in t[2] for t in toks):
            return None  # a quote of its own there: the split rule follows it
        verbs = _finite_first(
            toks,
            [
                n
                for n, t in enumerate(toks)
                if t[2] in VERBS and not _closes_clause(toks, n) and not _there_is(toks, n)
            ],
        )
        if verbs and verbs[-1] > 0:
            # "Sein Schnitt liege bei 15 Kilo, berichtet der Imker.": the closing cue's subject
            found = _closing_cue_subject(ctx, toks, rule, by_role=True) or subject(
                ctx, toks, verbs[-1], toks[verbs[-1]][2], rule
            )
            return found if found is not None and found.source_type == "person" else None
        found = (
            _reporting_pronoun(ctx, toks, rule)
            or _pronoun_subject(ctx, toks, rule)
            or _person_as_source(ctx, before, start, rule)
            or _named_person_opening(ctx, toks, rule)
            # "Nicht überzeugt ist Jonas Pfeifer, Notarzt und Gewerkschafter. „…“"
            or closing_person(ctx, before, start, rule, NAMING, PREPOSITIONS)
        )
        reported = any(t[2] in ONLY_REPORTED for t in toks)
        if found is None and not verbs and not reported and not narrated and _narration(toks):
            narrated = True  # "…, erzählte Jo Kern. Dann kam die Flut. „…“": one short
            start = before  # sentence of the reporter's, naming no one, between
            if start - 2 <= ctx.paragraph.start:
                return None
            continue
        if found is not None or verbs or not reported:
            return found
        # "…, sagte Jo Kern. Es sei zu spät. „…“": reported speech with no speaker of its own
        # goes on in the words of whoever the sentence before it quotes
        start = before
        if start - 2 <= ctx.paragraph.start:
            return None
    return None


#: how many words a sentence of narration passed between a cue and its quote may have
_NARRATION_WORDS = 15


def _narration(toks: list[tuple[int, int, str]]) -> bool:
    """Whether a sentence is a short one of the reporter's that names no one (``Dann kam die
    Flutwelle.``): the quote after it still goes on with the speaker before it."""
    words = [t[2] for t in toks if t[2][:1].isalpha()]
    return len(words) <= _NARRATION_WORDS and not any(
        _LAST_SPEAKER_WORDS[1](word) for word in words
    )


def _bare_plural(subject: str, verb: str) -> bool:
    """Whether a subject of one capitalised word with no article takes a verb in the plural
    (``Keller wurden ausgepumpt``, ``Helfer sind vor Ort``): a noun's bare plural, never one
    person's surname, however much the word looks like one."""
    return " " not in subject and (verb.endswith("en") or verb == "sind")


#: the definite articles of one person opening a sentence: a role after them may stand for
#: someone named before ("Der stellvertretende Bürgermeister lebt …")
_DEFINITE_ONE = frozenset({"Der", "Die"})


def _role_holder_opening(
    ctx: Context, toks: list[tuple[int, int, str]], rule: Rule
) -> Attribution | None:
    """The person named in full before whom a role opening the sentence stands for, as its
    subject (``Der stellvertretende Bürgermeister lebt selbst in Lindenhain.`` ¶ ``„…“``)."""
    found = _speaker_at(ctx, toks[0][0], toks[-1][1], "", rule)
    if (
        found is None
        or found.source_type != "person"
        or not found.speaker
        or found.speaker == found.mention
        or not is_given_name(found.speaker.split()[0])
        or found.mention_end is None
    ):
        return None
    after = next((t for t in toks if t[0] >= found.mention_end), None)
    return found if after is not None and verb_like(after[2]) else None


def _named_person_opening(
    ctx: Context, toks: list[tuple[int, int, str]], rule: Rule
) -> Attribution | None:
    """A person by name opening the sentence before (or its second main clause, after a
    comma), its subject with no verb of saying (``Trainer Jonas Pfeifer haderte mit dem
    Schiedsrichter. „…“``): the quote standing alone after it is theirs, as a reader takes it."""
    if not toks:
        return None
    commas = [k + 1 for k, t in enumerate(toks[:-1]) if t[2] == ","]
    phrase = noun_phrase(ctx.masked, toks[0][0], toks[-1][1])
    for k in commas[:1] if phrase is None or phrase.name is None else ():
        # "Die Niederlage ist kein Grund zur Freude, Trainer X blieb gelassen.": a main clause
        # joined by a comma, opening on a person named in full
        joined = noun_phrase(ctx.masked, toks[k][0], toks[-1][1])
        if joined is not None and joined.name and is_given_name(joined.name.split()[0]):
            phrase = joined
    if phrase is not None and phrase.name is None and toks[0][2] in _DEFINITE_ONE:
        return _role_holder_opening(ctx, toks, rule)
    if phrase is None or phrase.name is None or not is_person(phrase):
        return None
    if phrase.name.lower() in FUNCTION_WORDS or phrase.name.lower() in PRONOUNS:
        return None  # "Nicht überzeugt ist …", "Er wurde …": grammar capitalised for opening
    if " " not in phrase.name and not is_given_name(full_name(ctx.masked, phrase.name).split()[0]):
        return None  # "Drinnen sei es voll": one word the article never gives in full names no one
    first = phrase.name.split()[0]
    if " " in phrase.name and not is_given_name(first) and _INFLECTED.fullmatch(first):
        return None  # "Große Sorgen macht sich X": an adjective and a noun fronted, no name
    after = next((t for t in toks if t[0] >= phrase.end), None)
    if after is None or not verb_like(after[2]):
        return None  # the name must be the subject before its finite verb: "X haderte"
    if _bare_plural(phrase.text, after[2]):
        return None
    q = ctx.quote
    rest = ctx.masked[q.end : ctx.grammar.sentence_end(q.end, ctx.paragraph.end)]
    if phrase.name.split()[-1] in rest.split():
        return None  # "„…“ wie X ausübten": the quote's own sentence speaks of them
    return _attribution(phrase, "", rule, text=ctx.masked)


#: a capitalised word with an adjective's ending (``Große``, ``Neuen``, ``Hohes``)
_INFLECTED = regex.compile(r"\p{Lu}\p{Ll}+(?:e|en|er|es|em)")


def next_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence opening its paragraph with no cue, right before a sentence whose
    subject is a person named in full (``„Das tut weh.“ Bürgermeisterin Ruth Albers ist
    enttäuscht über …``) or by a given name alone (``„Oh, ist das schwer.“ Elena zieht …``):
    copy that opens on the words and then introduces who said them."""
    q, masked = ctx.quote, ctx.masked
    opening = q.start - len(q.open_mark)
    if q.kind != "sentence" or masked[ctx.paragraph.start : opening].strip():
        return None
    after = _SENTENCE_AFTER.match(masked, q.end + len(q.close_mark), ctx.paragraph.end)
    if after is None:
        return None
    end = ctx.grammar.sentence_end(after.end(), ctx.paragraph.end)
    if not _only_names_in_marks(ctx, after.end(), end):
        return None  # a quote of its own there: its own cue
    found = _speaker_at(ctx, after.end(), end, "", rule)
    if found is None or found.source_type != "person" or found.mention_end is None:
        return None
    if _WHO_SAYS_IT.match(masked, found.mention_end, end):
        return found  # "„…“ Der Landwirt, der das berichtet, will anonym bleiben": the role
    words = (found.speaker or "").split()
    # "Jo Kern, Vorsitzender des Vereins, bringt es auf den Punkt": a role set off between
    set_off = _SET_OFF_ROLE.match(masked, found.mention_end, end)
    verb = _NEXT_WORD.match(masked, set_off.end() if set_off else found.mention_end, end)
    if not words or not is_given_name(words[0]) or verb is None:
        return None  # a person named in full or by a given name, not a role or a body
    if len(words) < 2 and found.mention != words[0]:
        return None  # "die Elena": no given name alone
    return found if verb_like(verb.group(1)) else None


def _only_names_in_marks(ctx: Context, start: int, end: int) -> bool:
    """Whether every run of words in marks between ``start`` and ``end`` is a name (``Inhaber
    des „Gasthauses Prinz“``), no quote with a cue of its own."""
    text = ctx.article.text
    for run in _MASKED_RUN.finditer(ctx.masked, start, end):
        words = text[run.start() : run.end()].strip(_MARKS)
        at = text.find(words, run.start())  # where the words open, past their mark
        if not words or not names_something(text, at - 1, words):
            return False
    return True


#: quote marks and spaces around masked words
_MARKS = '„“”"«»‚‘’ \u00a0'


#: a run of masked words in marks
_MASKED_RUN = regex.compile(MASK + "+")
#: a relative clause that makes its noun the one who says the words before: ", der das
#: berichtet,", ", die das erzählt,"
_WHO_SAYS_IT = regex.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:der|die)[\s\u00a0]+(?:das|dies|es)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?"
    r"(?:sagt|berichtet|erzählt|schildert|beklagt|sagte|berichtete|erzählte|schilderte),"
)
#: an apposition set off by commas after a name, before its verb: ", Vorsitzender des Vereins,"
_SET_OFF_ROLE = regex.compile(r"[\s\u00a0]*,[^,.!?;:„“\n]{1,120},")


#: the end of a quote's own sentence and the start of the next: a stop inside or after the
#: closing mark, spaces
_SENTENCE_AFTER = regex.compile(r"[.!?…]?[\s\u00a0]+(?=\p{Lu})")
#: the word after a phrase, where its finite verb stands
_NEXT_WORD = regex.compile(r"[\s\u00a0]+(\p{Ll}+)\b")


def previous_paragraph(ctx: Context, rule: Rule) -> Attribution | None:
    """A paragraph that is nothing but a quote, after a paragraph whose last sentence names a
    person as the subject of its verb of saying, or opens on one (``Kapitänin Lena Moor stand
    auf der Brücke.`` ¶ ``„Es war gegen zwei Uhr nachts. …“``): that person, named in full
    with a given name."""
    masked = ctx.masked
    prev = paragraph_before_lone_quote(ctx)
    if prev is None or masked[prev.start : prev.end].rstrip().endswith(":"):
        return None  # a colon introduces the quote: the colon rules read it
    before = ctx.grammar.sentence_start(prev.start, prev.end - 1)
    toks = tokens(masked, before, prev.end)
    if not toks or any(MASK in t[2] for t in toks):
        return None  # a quote of its own there: the rules for quotes in a row follow it
    verbs = _finite_first(
        toks, [n for n, t in enumerate(toks) if t[2] in VERBS and not _closes_clause(toks, n)]
    )
    if verbs and verbs[-1] > 0:
        found = subject(ctx, toks, verbs[-1], toks[verbs[-1]][2], rule)
    elif not adverbial(toks[0][2], masked) and toks[0][2].lower() not in OPENERS:
        found = _speaker_at(ctx, toks[0][0], prev.end, "", rule)
    else:
        found = None
    if found is None or not (
        is_given_name(_first_word(found.speaker))
        or _ADDRESSED.match(found.mention or "")  # "Frau Eltner weiß, …": a person by surname
    ):
        # a person the article names in full, not a medium or a body; or the one person the
        # paragraph is about, whom its last sentence takes up again
        return _paragraph_about(ctx, prev.start, before, rule)
    return found


#: a surname after the German forms of address
_ADDRESSED = regex.compile(r"(?:Frau|Herr|Herrn)[\s\u00a0]+\p{Lu}\p{Ll}+$")


#: a word taking up one person again: a pronoun or a possessive of the third person singular,
#: or a definite article and a noun for a person ("den Winzer", "die Ärztin")
_PERSON_AGAIN = regex.compile(
    r"\b(?:er|ihm|ihn|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?"
    r"|(?:der|den|dem|die)[\s\u00a0]+\p{Lu}\p{Ll}+(?:er|in|e|t))\b"
)


#: a capitalised word, as a given name is written
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")


def _paragraph_about(ctx: Context, start: int, last: int, rule: Rule) -> Attribution | None:
    """A lone quote after a paragraph that opens on a person named in full, names no one
    else, and takes them up again in its last sentence (``Markus Brell ist verzweifelt. Für den
    Winzer war das Unwetter ein Albtraum.`` ¶ ``„Es ist eine Katastrophe.“``): theirs."""
    masked = ctx.masked
    toks = tokens(masked, start, last)
    if not toks or adverbial(toks[0][2], masked) or toks[0][2].lower() in OPENERS:
        return None
    found = _speaker_at(ctx, toks[0][0], last, "", rule)
    if found is None or found.source_type != "person" or not found.speaker:
        return None
    names = found.speaker.split()
    if len(names) < 2 or not is_given_name(names[0]):
        return None
    end = ctx.paragraph.start
    others = [w for w in _CAPITALISED.findall(masked, start, end) if is_given_name(w)]
    if any(w not in names for w in others) or not _PERSON_AGAIN.search(masked, last, end):
        return None  # someone else named there too, or the last sentence is about another
    return found


def _person_as_source(ctx: Context, start: int, end: int, rule: Rule) -> Attribution | None:
    """A person a sentence gives as its source (``nach den Worten von Minister X``, ``laut X``,
    ``…, so X.``) when the quoted sentence after it stands alone: their words go on."""
    masked = ctx.masked
    for source in (
        *_NACH_ANGABEN.finditer(masked, start, end),
        *_LAUT.finditer(masked, start, end),
        *_SO_SET_OFF.finditer(masked, start, end),
    ):
        phrase = noun_phrase(masked, source.end(), end)
        if phrase is not None and is_person(phrase):
            cue = source.group().strip(" ,").split()[0].lower()
            return _attribution(phrase, cue, rule, text=masked)
    return None


def _reporting_pronoun(
    ctx: Context, toks: list[tuple[int, int, str]], rule: Rule
) -> Attribution | None:
    """The person whose words a sentence in reported speech gives by a personal pronoun as its
    subject (``Er sei sich seiner Sache sicher, …``, ``… sei er sich seiner Sache sicher``): a
    quote standing alone after it goes on in that person's words."""
    for n, (start, end, word) in enumerate(toks):
        beside = {toks[k][2] for k in (n - 1, n + 1) if 0 <= k < len(toks)}
        if word.lower() in {"er", "sie"} and beside & ONLY_REPORTED:
            found = pronoun_attribution(ctx, start, end, word, "", rule, NAMING)
            return found if found.speaker else None
    return None


def _pronoun_subject(
    ctx: Context, toks: list[tuple[int, int, str]], rule: Rule
) -> Attribution | None:
    """The person a main clause has as its subject by ``er``, opening it or right after its
    finite verb (``Er schüttelte den Kopf.``, ``Dem Vorschlag kann er wenig abgewinnen.``): a
    quote standing alone after it is theirs, as a reader takes it. ``sie`` only right after a
    finite verb in the singular with no article after it (``Beim Versorger landete sie in der
    Warteschleife.``): elsewhere it may be the object or the plural."""
    for n, (start, end, word) in enumerate(toks):
        if word == "Er" and n == 0 and len(toks) > 1 and verb_like(toks[1][2]):
            pass
        elif not (
            word in {"er", "sie"}
            and n > 1
            and verb_like(toks[n - 1][2])
            and toks[n - 1][2] not in SUBORDINATORS
            and (word == "er" or _singular_subject_sie(toks, n))
        ):
            continue
        found = pronoun_attribution(ctx, start, end, word, "", rule, NAMING)
        return found if found.speaker else None
    return None


def _singular_subject_sie(toks: list[tuple[int, int, str]], n: int) -> bool:
    """Whether ``sie`` at ``toks[n]`` is one woman as the subject: the finite verb before it is
    in the singular (no ``-en`` or ``-n`` of the plural: ``landete``, ``hat``, ``wartet``) and
    no article follows, which would open the subject and make ``sie`` the object (``Dann rief
    sie der Arzt an``)."""
    verb = toks[n - 1][2]
    after = toks[n + 1][2] if n + 1 < len(toks) else ""
    return (
        verb.islower() and not verb.endswith("n") and after.lower() not in _ARTICLES_OPENING_SUBJECT
    )


#: the articles that open a subject after the verb and ``sie`` ("rief sie der Arzt an"), and
#: the reflexive after a plural "sie" ("einigten sie sich")
_ARTICLES_OPENING_SUBJECT = frozenset(
    {"der", "die", "das", "ein", "eine", "kein", "keine", "sich", "selbst", "beide", "alle"}
)


_SO_SET_OFF = regex.compile(r",\s+so\s+(?=\S)")
_CLOSING_CUE = regex.compile(r",\s+(\p{L}+)\s+(?:sich\s+)?(?=\S)")


def _closes_sentence(rest: str) -> bool:
    """Whether what follows a speaker named after a closing cue ends the sentence: nothing, or
    to whom, when or where it was said (``…, sagte er dem „Kurier“.``, ``…, sagte sie am
    Montag in Bonn.``), with no clause of its own."""
    rest = rest.strip(" .!?")
    first = next(iter(rest.split()), "")
    if rest.startswith(","):
        return True  # "…, sagte die Ministerin, ihre „…“": what follows is hers too
    return rest == "" or ("," not in rest and (first in OPENERS or first in DETERMINERS))


def later(ctx: Context, rule: Rule) -> Attribution | None:
    """A cue closing the quote's sentence further on (``Der Iran müsse „…“ beenden, so die
    Ministerin.``, ``…, sagte Jo Kern.``), or ``so`` set off before the quote (``Das sei, so
    die Ministerin, „…“``)."""
    q, masked = ctx.quote, ctx.masked
    start = q.end + len(q.close_mark)
    end = min(ctx.sentence_end, ctx.grammar.sentence_end(start, ctx.paragraph.end))
    for m in _CLOSING_CUE.finditer(masked, start, end) if not _in_subject_relative(ctx) else ():
        cue, at = m.group(1), m.end()
        if (cue == "so" or cue.lower() in _IT_IS_SAID) and (
            said := _IT_SAYS.match(masked, m.start(1), end)
        ):  # "…, so heißt es in der Erklärung.", "…, hiess es in einer Mitteilung."
            phrase = _place(masked, said.end(), end)
            if phrase is not None and _closes_sentence(masked[phrase.end : end]):
                return _attribution(phrase, "heißt es", rule)
        finite = _WORD_THEN_SPACE.match(masked, at, end) if cue == "so" else None
        if finite is not None and verb_like(finite.group(1)):
            at = finite.end()  # "…, so urteilte Jo Kern."
        if cue.lower() in _LET and not _closes_on_saying(ctx, at):
            continue  # "…, lässt die Antwort offen": only "ließ X verlauten" says anything
        if cue.lower() in VERBS or cue == "so":
            found = _speaker_at(ctx, at, end, cue, rule)
            if found is not None and _closes_sentence(masked[found.mention_end : end]):
                return found  # the speaker closes the sentence, or to whom, when, where
    if (said := _AS_SAID_AFTER.search(masked, start, end)) and MASK not in masked[
        start : said.end()
    ]:
        toks = tokens(masked, said.end(), end)  # "…, wie Jo Kern der Zeitung sagte.": its subject
        verb = next((n for n in range(len(toks) - 1, 0, -1) if toks[n][2] in VERBS), None)
        if verb is not None and all(t[2] in _AUXILIARY_AFTER for t in toks[verb + 1 :]):
            found = _speaker_at(ctx, said.end(), toks[verb][0], toks[verb][2], rule)
            if found is not None:
                return found
    for m in _SO_SET_OFF.finditer(masked, sentence_start(ctx), q.start):
        found = _speaker_at(ctx, m.end(), q.start, "so", rule)
        if found is not None:
            return found  # "Doch sei es, so die Autorin, „…“": the cue set off before it
    return _source_of_next(ctx, end, rule)


#: the forms of "lassen" the lexicon has for "ließ verlauten", "lässt mitteilen": a cue only
#: with the infinitive of saying that closes their clause
_LET = frozenset({"lässt", "ließ", "liess"})
#: ``wie`` opening a clause of saying after the quote: ``…, wie Jo Kern der Zeitung sagte.``
_AS_SAID_AFTER = regex.compile(r",\s+wie\s+(?=\p{L})")
#: what may close such a clause after its verb: an auxiliary, and the sentence's end
_AUXILIARY_AFTER = frozenset({"hatte", "hat", "habe", "hätte", ".", "!", "?", "…"})


#: how many words a noun phrase opening a sentence before its relative clause may have
_SUBJECT_WORDS = 8


def _in_subject_relative(ctx: Context) -> bool:
    """Whether the quote stands in a relative clause on the noun phrase that opens its sentence
    (``Der Gewerkschafter, der von „Verachtung“ sprach, forderte …``): the verb after the
    clause is the main clause's, its subject the phrase before, and no cue closes the quote."""
    q = ctx.quote
    toks = tokens(ctx.masked, sentence_start(ctx), q.start - len(q.open_mark))
    comma = next((n for n, t in enumerate(toks) if t[2] == ","), None)
    if comma is None or not 0 < comma <= _SUBJECT_WORDS or "," in (t[2] for t in toks[comma + 1 :]):
        return False
    if any(verb_like(t[2]) for t in toks[:comma]):
        return False  # "Es sei falsch, die Anlage, die „…“ sei, zu schließen, sagte X"
    k = comma + 1 + (comma + 2 < len(toks) and toks[comma + 1][2] in PREPOSITIONS)
    return k < len(toks) and toks[k][2] in _RELATIVE


def _source_of_next(ctx: Context, end: int, rule: Rule) -> Attribution | None:
    """A quoted sentence standing alone, then a sentence of reported speech closing on its
    source (``„…“ Die Stadt müsse …, so Brandes.``): the same person's words."""
    q, masked = ctx.quote, ctx.masked
    if q.kind != "sentence" or sentence_start(ctx) != q.start - len(q.open_mark):
        return None
    following = ctx.grammar.sentence_end(end + 1, ctx.paragraph.end)
    if MASK in masked[end:following]:
        return None  # another quote there: its own cue decides
    sources = list(_SO_SET_OFF.finditer(masked, end, following))
    if not sources:
        return None
    source = sources[-1]  # the last "so" of the sentence: the source closing it
    phrase = noun_phrase(masked, source.end(), following)
    if phrase is None or not is_person(phrase):
        return None
    if not _closes_sentence(masked[phrase.end : following]):
        return None
    return _attribution(phrase, "so", rule, text=masked)


def in_full(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph given whole after the sentences that name who said it
    (``Die Zeitung dokumentiert sie im Wortlaut:``): the one person named there."""
    if (span := in_full_span(ctx)) is None:
        return None
    return person_named_in(ctx, *span, rule, NAMING)


def colon_paragraph(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after a paragraph that ends on a colon
    (``… erklärte die Ministerin:`` ¶ ``„…“``): the verb of saying before the colon and its
    subject; else the person the sentence before the colon opens on, whatever its verb
    (``Er findet keinen Nachfolger:`` ¶ ``„…“``)."""
    return (
        across_colon(ctx, rule, before)
        or across_colon(ctx, rule, _so_before_colon)
        or across_colon(ctx, rule, _subject_before_colon)
    )


def _so_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """The person a closing ``so`` names before the colon (``…, so Christian Ude, Präsident
    des Städtetags:`` ¶ ``„…“``): the source of what follows, as after a quote."""
    colon = ctx.masked.rfind(":", ctx.sentence_start, ctx.quote.start)
    so = next(reversed(list(_SO_BEFORE.finditer(ctx.masked, ctx.sentence_start, colon))), None)
    if so is None:
        return None
    found = _speaker_at(ctx, so.end(), colon, "so", rule)
    if found is None or found.source_type != "person" or found.mention_end is None:
        return None
    rest = ctx.masked[found.mention_end : colon]
    return found if not rest.strip() or rest.lstrip().startswith(",") else None


#: "so" before a capitalised word: a source named after a statement ("…, so Jo Kern")
_SO_BEFORE = regex.compile(r"\bso\s+(?=\p{Lu})")


def _subject_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """The person opening a sentence that ends on the colon before a quote paragraph, not a
    heading that is only the person (``Bürgermeisterin Ilka Brandes:``)."""
    found = sentence_subject(ctx, rule)
    if found is None or not found.speaker or found.source_type != "person":
        return None
    colon = ctx.masked.rfind(":", ctx.sentence_start, ctx.quote.start)
    return found if ctx.masked[found.mention_end or colon : colon].strip() else None


#: German headings: roles (``Trainerin``, ``Sportchef``) and articles before the name
_HEADING_WORDS: HeadingWords = (
    lambda word: is_title(word) or word.lower() in DETERMINERS,
    is_given_name,
)


def speaker_heading(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph under a heading that is only a person's name, a role before it
    (``Trainerin Ilka Brandes`` ¶ ``„…“``), as a sheet of voices after a match sets them."""
    return heading_speaker(ctx, rule, _HEADING_WORDS)


#: words that open a sentence capitalised and name no one ("Vor", "Auch", "Er")
_NEVER_A_NAME = DETERMINERS | OPENERS | FUNCTION_WORDS | PREPOSITIONS | frozenset(PRONOUNS)
#: German first person (``ich``, ``wir`` and their cases and possessives), whether a word
#: names a person: a given name, a role, a noun for people or someone who does something, and
#: the conjunctions that join a quoted clause (``…, und „…“``)
_LAST_SPEAKER_WORDS: LastSpeakerWords = (
    regex.compile(r"\b(?i:ich|mich|mir|mein\p{Ll}*|wir|uns|unser\p{Ll}*)\b"),
    lambda word: (
        word[:1].isupper()
        and word.lower() not in _NEVER_A_NAME
        and (is_given_name(word) or is_person(Phrase(0, 0, word, None)))
    ),
    _JOINED_CLAUSE,
)


def last_speaker(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence in the first person with no cue, after text of the reporter's that
    names no one else since the last quote: that quote's speaker (``„…“, sagt Ruth Albers.`` ¶
    ``Die Preise steigen weiter. „Wir brauchen mehr Spenden.“``)."""
    return last_speaker_of(ctx, rule, _LAST_SPEAKER_WORDS, _reported_sentence)


def _reported_sentence(sentence: str) -> bool:
    """Whether a sentence is in the mood of reported speech and gives it to no one of its own
    (not ``…, sagt X.``, ``…, so X.``): the last speaker's account, whoever it names."""
    toks = tokens(sentence, 0, len(sentence))
    cued = any(
        toks[n - 1][2] == "," and (toks[n][2] in VERBS or toks[n][2] == "so")
        for n in range(1, len(toks))
    )
    return not cued and any(t[2] in ONLY_REPORTED for t in toks)
