"""Attribution in French: the finders of the rule table's French rows and the grammar they read.

French news sets the verb of saying after the quote with its subject inverted (``« … », a
déclaré la maire, Claire Fontaine.``), or a clitic pronoun joined to it (``a-t-il dit``,
``dit-elle``, ``ajoute-t-il``), often inside the quote as an incise (``« Nous irons, a-t-il dit,
jusqu'au bout »``, which :mod:`quotecheck.quotes` splits into two segments, the first followed by
the incise); before the quote the subject opens its clause (``Le ministre a estimé :
« … »``), and a source is introduced by ``selon`` or ``d'après``. Roles are written in lower
case (``le procureur Marc Delaunay``), names capitalised. The words are data in
``quotecheck/data/fr`` with their provenance.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import regex

from ..lexicon import by_kind, fold_accents, french_speech_verbs, role_epithets, rows
from ..models import HEADING_ROLES, Attribution, Quote
from ..quotes import MASK, crosshead_quote
from .context import Context, Rule
from .discourse import (
    HeadingWords,
    LastSpeakerWords,
    across_colon,
    heading_speaker,
    in_full_span,
)
from .discourse import last_speaker as last_speaker_of
from .named import (
    IMPERSONAL,
    ListJoins,
    Naming,
    Phrase,
    after_place_noun,
    before_surname,
    closing_person,
    headline_person_after_colon,
    headline_speaker,
    in_long_list,
    joined_after,
    latest_person,
    nearer_unnamed_subject,
    paragraph_before_lone_quote,
    person_named_in,
    pronoun_attribution,
    speaker_at,
    text_attribution,
)
from .opening import named_before_colon as heading_name_before_colon
from .resolve import UNRESOLVED, adjusted
from .words import FIRST_NAMES

#: the French verbs of saying, in every form news sets next to a quote
VERBS = french_speech_verbs()
#: French given names the U.S. table lacks or gives the other sex, with their sex
GIVEN_NAMES = {name: sex for sex, name in rows("fr/given_names.tsv")}
_WORDS = rows("fr/words.tsv")
_KINDS = by_kind("fr/words.tsv")
#: verbs that say something only with their reflexive pronoun ("s'inquiète")
_PRONOMINAL = _KINDS["pronominal"]
#: verbs of saying that say nothing after a reflexive pronoun ("la crise se poursuit")
_MIDDLE = _KINDS["middle"]
#: the determiners that count, cardinal numbers and quantifiers: a plural noun phrase after them
_COUNTING = _KINDS["counting"]
DETERMINERS = _KINDS["determiner"] | _COUNTING
PRONOUNS = {w: kind.split(":")[1] for kind, w in _WORDS if kind.startswith("pronoun:")}
PARTICLES = _KINDS["particle"]
HONORIFICS = _KINDS["honorific"]
STOPS = _KINDS["stop"]
#: roles, and the same held jointly: "la co-gérante", "le coprésident" (the patterns below are
#: built from the lexicon's rows alone, and read "co-" themselves where it matters)
_TITLE_ROWS = _KINDS["title"]
TITLES = _TITLE_ROWS | {f"{co}{t}" for t in _TITLE_ROWS for co in ("co-", "co")}
WORKS = _KINDS["work"]
#: the media among them and beyond, which give words as a speaker does
MEDIA = _KINDS["medium"]
#: nouns of things and texts a name in guillemets follows that give no words (``la loi « … »``)
NAMED_THINGS = _KINDS["named"]
#: nouns of a movement or a group whose name follows after "des" or "du"
GROUPS = _KINDS["group"]
#: adverbs and conjunctions opening a sentence before its subject (``Enfin, le préfet …``)
SENTENCE_ADVERBS = _KINDS["adverb"]
#: the same words and the adverbs with their accents dropped, as many sites drop them on a
#: capital (``Egalement``, ``A l'image``): a capitalised word among them opens a sentence
_UNACCENTED_FUNCTION_WORDS = frozenset(fold_accents(w) for w in STOPS | SENTENCE_ADVERBS)
BODIES = _KINDS["body"] | _KINDS["document"]
#: body nouns that are a body only when capitalised ("l'État", not "l'état des routes")
_CAPITAL_BODIES = _KINDS["capital_body"]
#: the institutions among them, which a noun alone after its article may stand for when named
#: in full before (``le ministère`` for ``le ministère de l'Intérieur``)
INSTITUTIONS = _KINDS["body"]
#: nouns for the kind of body a name stands for (``l'autorité``): the body just named
GENERIC_BODIES = _KINDS["generic_body"]
#: the nouns for a company named before ("l'entreprise", "la société")
COMPANY_NOUNS = _KINDS["company"]
#: nouns for what someone said, opening a sentence before a colon (``Réaction de X : « … »``)
SPEECH_NOUNS = _KINDS["speech"]
#: role nouns whose field follows "à" ("l'adjointe à la culture")
ROLES_WITH_A_FIELD = _KINDS["field"]
#: nouns for a person by nationality (``la Française``, ``le Belge``)
DEMONYMS = _KINDS["demonym"]
#: the singular articles a demonym is a person's epithet after
_SINGULAR_ARTICLES = frozenset({"le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette"})
#: the endings of the nouns for a town's or a region's people ("Marseillaise", "Lyonnais",
#: "Niçoise", "Parisienne", "Toulousain", "Québécoise")
_DEMONYM_ENDING = regex.compile(r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|éen|éenne)$")


def _city_demonym(taken: list[tuple[int, int, str]], word: str) -> bool:
    """Whether a capitalised word after a demonstrative (``cette Marseillaise``, ``ce
    Lyonnais``) ends as the noun for a town's people does and is no given name: an epithet for
    a person, never a name (after ``le`` or ``la`` it may be a paper's: ``La Marseillaise``)."""
    return (
        bool(taken)
        and taken[-1][2].lower() in {"ce", "cet", "cette"}
        and word[:1].isupper()
        and _DEMONYM_ENDING.search(word) is not None
        and not _is_given(word)
    )


_SPEECH_NOUN = "|".join(regex.escape(n) for n in sorted(SPEECH_NOUNS, key=len, reverse=True))

#: a person named after a role or an honorific: "la ministre Ana Varga", "M. Jonas Reyes"
#: a word of a name, its parts joined by hyphens ("Jean-Marie", "Ould-Abdallah")
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*"
TITLED_NAME = regex.compile(
    r"(?P<title>(?:\b(?i:le|la|l['’])\s+)?(?:\b(?i:premier|première|vice|haut|haute|co)[\s\-]+)?\b(?:"
    + "|".join(regex.escape(t) for t in sorted(_TITLE_ROWS, key=len, reverse=True))
    # the honorifics, abbreviated or written out before a name (Me, Maître: a lawyer's)
    + r")|\b(?:M|Mme|Mlle)\.?|\b(?:Me|Maître|Monsieur|Madame|Mademoiselle)(?=\s+\p{Lu}))"
    # an adjective of the role after it, as French sets it: "le conseiller municipal Marc Roux",
    # "le député socialiste", "la ministre déléguée", "le maire sortant"
    + r"(?:\s+\p{Ll}[\p{Ll}\-]*"
    + r"(?:ale?|aux|ienne?|ique|iste|aise?|elle?|aire|ée?|ive?|ante?|ente?))?"
    # the role's complement, and the name set off after it: "la co-présidente d'Ecolo, Iwa Kerlan"
    + r"(?:(?P<of>\s+(?:de|du|des|d['’])(?:\s+(?:la|l['’]))?\s*[^\s,.;:!?«»()]+"
    + r"(?:\s+[^\s,.;:!?«»()]+){0,3}?)?,)?"
    # (on one line: "d'un maire" ¶ "Dans l'Oise" is a crosshead's last word and a place)
    + r"[^\S\n]+(?P<name>(?:"
    + _NAME_WORD
    + r"[^\S\n]+){0,2}"
    + _NAME_WORD
    + r")\b"
)
_TOKEN = regex.compile(
    # an elided article, pronoun or conjunction before a word or a quote: "l'élu",
    # "d'« historique »", "qu'il"
    r"(?i:\b(?:m|mme|mlle|mgr|dr)\.)|\b\p{Lu}\.(?:-?\p{Lu}\.)*(?=\s)"
    r"|(?i:\b(?:[cçdjlmnst]|jusqu|lorsqu|puisqu|quoiqu|qu))['’](?=[\p{L}«“\"" + MASK + r"]|$)"
    # an apostrophe inside any other word is the word's own: "Le Floc’h", "O’Brien",
    # "aujourd’hui"
    r"|[\p{L}\p{N}][\p{L}\p{N}\-]*(?:['’]\p{L}[\p{L}\p{N}\-]*)*|" + MASK + r"+|\S"
)
#: marks, spaces (no-break ones too) and a comma between a quote and the words after it
_AFTER_QUOTE = regex.compile(r"[»«“”\"]*[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*")
#: spaces, then a capital
_CAPITAL_AFTER = regex.compile(r"[\s\u00a0\u202f]*(?=\p{Lu})")
_STOPS = frozenset(".!?…")
#: an inverted clitic subject: "a-t-il dit", "dit-elle", "ajoute-t-il", "estiment-ils"
_INCISE_PRONOUN = regex.compile(
    # the one spoken to, before the verb: "nous explique-t-il", "m'a-t-elle confié"
    r"(?:(?:nous|vous|me|te|lui|leur)[\s\u00a0]+|[mt]['’])?"
    r"(?:(?:a-t|avait|avaient|aurait|auraient|ont|s['’]est|s['’]était|se\s+sont|s['’]étaient)"
    r"-(?P<p1>il|elle|ils|elles)"  # "a-t-il", and a reflexive: "s'est-il exclamé"
    r"(?:\s+(?:encore|aussi|également|alors|ensuite|enfin|même|déjà|pourtant|d['’]ailleurs"
    r"|en\s+effet|par\s+ailleurs|de\s+nouveau|à\s+nouveau))?"
    r"\s+(?P<v1>\p{L}+)"
    # a reflexive verb in the present: "s'agace-t-il", "se désole-t-elle"
    r"|(?:s['’]|se[\s\u00a0]+)?(?P<v2>\p{L}+)-(?:t-)?(?P<p2>il|elle|ils|elles))\b"
)
#: the nouns of a body, one of which may follow "en" with no article: ``en mairie``
_BODY_NOUN = r"(?:" + "|".join(sorted(_KINDS["body"])) + r")\b"
#: "on" inverted, and where it was said: "a-t-on appris auprès de la préfecture", "indique-t-on
#: à la mairie", "souligne-t-on dans l'entourage du ministre" (those around him, not he),
#: "indique-t-on dans son équipe", "a-t-on appris de source judiciaire"; a verb ending in a
#: "t" or a "d" takes "on" without its "-t-": "dit-on", "répond-on", "fait-on savoir"
_SAID_AT = regex.compile(
    r"(a-t-on\s+\p{L}+|\p{L}+-t-on|(?:fait|laisse)-on[\s\u00a0]+(?:savoir|valoir|remarquer)"
    r"|\p{L}+[td]-on)[\s\u00a0]+(?:auprès[\s\u00a0]+(?:(?:de|du|des)\b|d['’])|aux|au|à"
    # "estime-t-on du côté de la CGT", "répond-on chez Portwell"
    r"|du[\s\u00a0]+côté[\s\u00a0]+(?:(?:de|du|des)\b|d['’])|chez"
    r"|dans|de(?=[\s\u00a0]+sources?\b)"
    # "explique-t-on en mairie": a body's seat with no article (not "en effet")
    r"|en(?=[\s\u00a0]+" + _BODY_NOUN + r"))"
    r"[\s\u00a0]*"
)
#: "on" (or someone) reading the words somewhere, and where: "lit-on dans le communiqué", "lit-il
#: sur un panneau", "peut-on lire sur le site de la mairie", "pouvait-on lire dans un tract"
_READ_IN = regex.compile(
    r"((?:lit|lisait)-(?:on|il|elle|ils|elles)|(?:peut|pouvait|pourra)-on[\s\u00a0]+lire"
    r"|est-il[\s\u00a0]+écrit)"
    r"[\s\u00a0]+(?:dans|sur)[\s\u00a0]+"
)
#: what signs are written on: ``« … », pouvait-on lire sur les banderoles``
_SIGNS = _KINDS["sign"]
#: a noun after its article, if any: ``la feuille``, ``une banderole``, ``l'affiche``
_WORD_AFTER_ARTICLE = regex.compile(
    r"(?:(?:le|la|les|une?|des|ces|cette|ce|cet)[\s\u00a0]+|l['’])?([\p{L}\-]+)"
)
#: where the words can be read, named before the quote: "Dans le communiqué, on peut lire :",
#: "On peut lire dans la lettre du maire :"
_READ_BEFORE = regex.compile(
    r"(?:(?:Dans|Sur)[\s\u00a0]+(?P<before>[^,;:]{3,80}),[\s\u00a0]+on[\s\u00a0]+"
    r"|On[\s\u00a0]+)(?:peut|pouvait|pourra)[\s\u00a0]+lire"
    r"(?:[\s\u00a0]+(?:dans|sur)[\s\u00a0]+(?P<after>[^,;:]{3,80}?))?[\s\u00a0]*:?[\s\u00a0]*"
)
#: the impersonal passive of saying or writing, where the text is named: "Dans le rapport, il
#: est indiqué que", "il est précisé dans la lettre que"; "il" stands for no one
_IMPERSONAL_SAID = regex.compile(
    r"(?:(?:Dans|Sur)[\s\u00a0]+(?P<before>[^,;:]{3,80}),[\s\u00a0]+)?[Ii]l[\s\u00a0]+"
    r"(?:est|était|a[\s\u00a0]+été)[\s\u00a0]+(?:(?:également|aussi|encore|bien|notamment)"
    r"[\s\u00a0]+)?(?:indiqué|précisé|écrit|stipulé|mentionné|noté|rappelé|souligné|spécifié)"
    r"(?:[\s\u00a0]+(?:dans|sur)[\s\u00a0]+(?P<after>[^,;:«]{3,80}?))?"
    r"[\s\u00a0]+(?:que[\s\u00a0]*|qu['’])$"
)
#: a sign the quote is read on, named before it: "une pancarte sur laquelle on peut lire :",
#: "une banderole où était écrit :", "Sur les pancartes, on pouvait lire :"
_SIGN_BEFORE = regex.compile(
    r"(?:(?P<sign>[\p{L}\-]+)[\s\u00a0]+(?:sur[\s\u00a0]+(?:laquelle|lequel|lesquelles|lesquels)|où)"
    r"|[Ss]ur[\s\u00a0]+(?:l[ae]s?|une?|des|ces|cette|ce)[\s\u00a0]+(?P<on>[\p{L}\-]+),?)"
    r"[\s\u00a0]+(?:on[\s\u00a0]+(?:peut|pouvait|pourra|lit|lisait)(?:[\s\u00a0]+lire)?"
    r"|(?:est|était|sont|étaient)[\s\u00a0]+(?:écrit|inscrit|marqué)e?s?)[\s\u00a0]*:?[\s\u00a0]*$"
)
#: an object pronoun before the verb of an inverted cue or its auxiliary: ``lui a répondu``,
#: ``leur avait dit``, ``lui répond``, ``nous confie``, ``y écrit``, ``m’a confié``,
#: ``l’avait attaqué``
_CLITIC = regex.compile(
    r"(?:(?:lui|leur|nous|vous|y)[\s\u00a0]+|[mt]['’]|l['’](?=(?:a|avait|ont|avaient)[\s\u00a0]))"
    r"(?=\p{Ll})"
)
_AUXILIARY = regex.compile(
    r"(?:a|ont|avait|avaient|aurait|auraient|s['’](?:est|était|étaient)|se\s+(?:sont|serait))"
    r"\s+(?:(?:aussi|encore|également|ainsi|alors|déjà|pourtant|toutefois|cependant|ensuite"
    r"|enfin|même|d['’]ailleurs|notamment|aussitôt|immédiatement|vite|vivement|bien|plutôt"
    r"|tout\s+de\s+suite|tout\s+de\s+même|en\s+effet|par\s+ailleurs|de\s+nouveau|à\s+nouveau|une\s+nouvelle\s+fois"
    r"|\p{Ll}{4,}ment|quant\s+à\s+(?:lui|elle|eux|elles)"
    r"|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|à\s+(?:son|leur)\s+tour)\s+){0,2}"
)
#: how a subject after an inverted verb opens: an article or a possessive, an honorific, a name
_SUBJECT_OPENING = regex.compile(
    r"(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs|cette|ce|cet)[\s\u00a0]|l['’]|M\.|Mme|\p{Lu})"
)
#: the reflexive pronoun of a verb in the present: ``« … », s'exclame la maire``, ``se félicite``
_REFLEXIVE_PRESENT = regex.compile(r"(?:s['’]|se[\s\u00a0]+)(?=\p{L})")
_MONTH = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
#: a time of day: "à 20 heures", "vers 11H30"
_CLOCK = r"(?:à|vers)\s+\d{1,2}\s*(?:h|H|heures?)(?:\s*\d{2})?\b"
#: when it was said, between an inverted verb and its subject: ``a annoncé mardi l'avocat``
_DAY = r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)" + (
    r"(?:\s+\d{1,2}(?:er)?\s+" + _MONTH + r"(?:\s+\d{4})?)?"
)
_WHEN = (
    r"(?:"
    + "|".join(
        (
            _DAY,
            r"hier|aujourd['’]hui|ce\s+matin|ce\s+soir|avant-hier",
            # "en soirée", "dans la matinée", "en début d'après-midi"
            r"(?:en|dans\s+la|dans\s+l['’])\s*(?:(?:début|fin)\s+d(?:e\s+|['’]))?"
            r"(?:soirée|matinée|journée|nuit|après-midi)",
            _CLOCK,
            # "en 2023", "en mars", "début mars", "fin 2022", "le 3 mars", "la semaine dernière"
            r"en\s+(?:\d{4}|" + _MONTH + ")",
            r"(?:début|mi|fin)[\s\-]+(?:\d{4}|" + _MONTH + ")",
            r"le\s+\d{1,2}(?:er)?\s+" + _MONTH + r"(?:\s+\d{4})?",
            r"(?:la\s+semaine|le\s+mois|l['’]an(?:née)?|l['’]été|l['’]hiver|l['’]automne"
            r"|le\s+printemps)\s+(?:dernière?|passée?)",
        )
    )
    + r")(?:\s+(?:matin|midi|soir|après-midi|dernier|prochain|\d{4}))?"
)
#: when it was said, set off by commas: "a martelé, samedi 3 décembre, X"
_WHEN_SET_OFF = r",[\s\u00a0]*" + _WHEN + r"[\s\u00a0]*,"
#: what may stand between an inverted verb of saying and its subject: when it was said, to whom
#: or before whom ("à l'AFP", "au Parisien", "devant les députés"), or "pour sa part"
_ASIDE = regex.compile(
    r"(?:" + _WHEN + r"[\s\u00a0]+)?"
    r"(?:(?!"
    + _CLOCK
    + r")(?:à|au|aux|devant|face\s+aux?|face\s+à|auprès\s+(?:(?:de|du|des)\b|d['’])|sur|dans"
    r"|lors\s+d['’e])[\s\u00a0]*"
    r"(?:l['’]|la\s+|le\s+|les\s+|un\s+|une\s+|nos\s+|notre\s+)?"
    # a name, a number may end it: "à France 24", "sur Radio Nord 2"
    r"(?:[\p{Lu}\d][\p{L}\d\-]*(?:\s+\p{Lu}[\p{L}\-]*)*(?:\s+\d{1,4}\b)?|journalistes|députés"
    r"|sénateurs|presse"
    r"|télévision|radio|communiqué|entretien|interview|tweet|message|meeting|réunion|conférence"
    r"|tribune|micro|antenne|caméras|caméra|plateau|sortie|issue|téléphone|hémicycle|audience"
    r"|barre"
    # where a player or a speaker stands: "a déclaré sur le court X", "sur le perron"
    r"|court|terrain|pelouse|podium|piste|ring|scène|estrade|perron|parvis"
    # the outlet told, by its kind, an adjective after it: "au journal local", "à la chaîne
    # publique", "au quotidien régional", "aux médias"
    r"|journal|quotidien|hebdomadaire|magazine|site|chaîne|agence|médias|confrères|lecteurs)"
    r"(?:[\s\u00a0]+\p{Ll}+(?:al|ale|aux|ain|aine|ais|aise|ique|ien|ienne|ois|oise)\b)?"
    r"(?:\s+(?:au|à\s+la|du|de\s+la|de)\s+\p{Lu}[\p{L}\d\-]*(?:\s+\p{Lu}[\p{L}\-]*)*"
    r"(?:\s+\d{1,4}\b)?"  # "au micro de France 3"
    # a title that goes on in lower case, the subject's article after it: "au Journal du
    # dimanche la ministre" (not "des": "au Parisien des habitants" is who speaks)
    r"|\s+(?:du|de\s+la)\s+\p{Ll}{3,}(?=[\s\u00a0]+(?:l['’]|(?:la|le|les|un|une)[\s\u00a0])))?"
    # an outlet written in lower case, or "sur place", before the subject's article or name, or
    # a comma: "a réagi sur franceinfo la députée", "raconte sur franceinfo, Hugo Perrin"
    r"|(?:sur|à)[\s\u00a0]+\p{Ll}[\p{L}\d\-]*"
    r"(?=[\s\u00a0]*,|[\s\u00a0]+(?:l['’]|(?:la|le|les|un|une)[\s\u00a0]|\p{Lu}))"
    r"|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|quant\s+à\s+(?:lui|elle|eux|elles)"
    r"|d['’]entrée\s+de\s+jeu|d['’]emblée|d['’]ailleurs|à\s+(?:son|leur)\s+tour"
    r"|à\s+chaud|sans\s+détour|en\s+substance|à\s+nouveau|de\s+nouveau|aussitôt|par\s+exemple"
    # beside whom it was said: "explique à ses côtés X"
    r"|à\s+(?:ses|son|leurs?)\s+côtés?"
    # shortly before or after an event: "a déclaré peu avant la signature X"
    r"|(?:peu|juste|sitôt)\s+(?:avant|après)\s+(?:la\s+|le\s+|les\s+|l['’]|son\s+|sa\s+)[\p{L}\-]+"
    # how often or how it was said: "a répété à plusieurs reprises X", "a insisté avec force"
    r"|à\s+(?:plusieurs|maintes|deux|trois)\s+reprises|une\s+fois\s+(?:de\s+plus|encore)"
    r"|encore\s+une\s+fois|avec\s+(?:force|insistance|émotion|fermeté|prudence|gravité)"
    # with a feeling, how much of it: "témoigne avec un peu de lassitude X", "avec amertume"
    r"|(?:avec|sans)\s+(?:(?:un\s+peu|beaucoup|une\s+pointe|un\s+brin)\s+d(?:e\s+|['’]))?"
    r"(?!(?:les|des|ses|son|sa|leurs?|une?|ces|cette|cet|elle|eux|lui)\b)\p{Ll}{3,}"
    r"|non\s+sans\s+(?:ironie|humour|émotion)"
    # how loud, to whom around: "lâche à la cantonade une voisine", "glisse à mi-voix X"
    r"|à\s+la\s+cantonade|à\s+(?:voix\s+(?:haute|basse)|mi-voix)|tout\s+(?:haut|bas)"
    r"|en\s+ch(?:œ|oe)ur|à\s+l['’]unisson"
    # where it was said: "a déclaré en séance X", "a indiqué en conférence de presse X"
    r"|en\s+(?:séance|direct|public|aparté|déplacement|conférence\s+de\s+presse"
    # Quebec's words for an interview and a press scrum: "en entrevue", "en mêlée de presse"
    r"|entrevue|entretien|point\s+de\s+presse|mêlée\s+de\s+presse)"
    # a few words set off by commas: "lâche, amer, X", "confie, la voix tremblante, X", "a
    # déclaré, sous les huées de l'opposition, X"
    r"|,[\s\u00a0]*\p{Ll}[\p{L}'’\-]*(?:[\s\u00a0]+\p{Ll}[\p{L}'’\-]*){0,5}[\s\u00a0]*,"
    r"|" + _WHEN_SET_OFF + r"|" + _WHEN + r")"
    r"[\s\u00a0]*,?[\s\u00a0]*"
)
_SOURCE = regex.compile(
    r"\b(?:[Ss]elon|[Dd]['’]après|[ÀàA]\s+en\s+croire)\s+"
    # "aux yeux de X", "aux yeux du maire", "aux dires de X", "de l'avis de X", "de l'aveu même
    # de X": in X's view, by X's account
    r"|\b(?:[Aa]ux\s+(?:yeux|dires)|[Dd]e\s+l['’](?:avis|aveu)(?:\s+même)?)"
    r"\s+(?:de\s+|d['’](?=\p{L})|(?=(?:du|des)\s))"
    # a person's full name set off after "pour" inside the clause: "La réforme qui, pour Claire
    # Roux, n'a « pas de sens »": in her view
    r"|(?<=,[\s\u00a0])pour[\s\u00a0]+"
    r"(?=\p{Lu}[\p{L}\-]+(?:[\s\u00a0]+\p{Lu}[\p{L}\-]+){1,2}[\s\u00a0]*,)"
)
_RELATIVE = regex.compile(r"(?:lequel|laquelle|lesquels|lesquelles)\b")
#: a conjunction after a comma opening a clause of its own, with a subject of its own
_CLAUSE_AFTER_COMMA = regex.compile(
    r"[,;][\s\u00a0]+(?:alors[\s\u00a0]+que|tandis[\s\u00a0]+que|mais|car|puisque)[\s\u00a0]+"
    r"(?=\p{L})",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\p{L}+")
#: a conjunction opening a clause of its own, beyond the reach of a "selon" before it
_NEW_CLAUSE = regex.compile(
    r"(?:\b(?:alors\s+que|tandis\s+que|mais|quand|lorsque|puisque|bien\s+que|même\s+si)\b|;)",
    regex.IGNORECASE,
)
#: the source named last, again: "a-t-on indiqué de même source", "selon la même source"
_SAME_SOURCE = regex.compile(
    r"((?:a-t-(?:on|il|elle)[\s\u00a0]+\p{L}+|\p{L}+-t-(?:on|il|elle)))[\s\u00a0]+"
    r"de[\s\u00a0]+(?:la[\s\u00a0]+)?même[\s\u00a0]+source\b"
)
_THE_SAME = regex.compile(r"(?:la|les)[\s\u00a0]+mêmes?[\s\u00a0]+sources?\b")
#: the outlet's own finding after "selon": "selon nos informations", "d'après notre enquête"
_OUR_OWN = regex.compile(r"(?:nos|notre)[\s\u00a0]+[\p{L}\-]+")
#: an article opening the noun phrase that "selon lequel" goes back to (the last one before it)
_ARTICLE = regex.compile(
    r"\b(?:[Uu]ne?|[Ll]es?|[Ll]a|[Dd]es|[Dd]u|[Cc]e|[Cc]ette|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?)"
    r"(?=[\s\u00a0])|\b[Ll]['’](?=\p{L})"
)
#: "Pour le maire, …", "Mais pour la CGT, …": the view of whom the opening names, set off by a comma
_VIEW_OF = regex.compile(r"(?:(?:Mais|Et|Or)[\s\u00a0]+)?([Pp]our)[\s\u00a0]+")
#: what "pour" opens as an adverbial, no one whose view follows: "Pour l'heure", "Pour
#: l'instant", "Pour le moment", "Pour autant", "Pour rappel", "Pour mémoire"
_NO_VIEW = frozenset(
    {"heure", "instant", "moment", "autant", "rappel", "mémoire", "essentiel", "reste", "suite"}
    | {"information", "info", "précision", "exemple", "résumer", "conclure", "finir", "commencer"}
)
#: "à ses yeux" (in his or her eyes): the view of one person, named before; "à leurs yeux", of
#: people
_IN_HIS_EYES = regex.compile(
    r"\b(?:[ÀàA][\s\u00a0]+(?P<own>ses|leurs)[\s\u00a0]+yeux"
    # or in their own words: "une « transition civile », selon ses mots"
    r"|[Ss]elon[\s\u00a0]+(?P<own>ses|leurs)[\s\u00a0]+(?:propres[\s\u00a0]+)?(?:mots|termes))\b"
)
#: past the name, a participle may describe the speaker before the comma: ``Pour la ministre
#: Lucie Marchand, interrogée sur une radio, « … »``
_SET_OFF = regex.compile(
    r"[\s\u00a0]*(?:,[\s\u00a0]*\p{Ll}[^,;:.!?«»\n]{0,60}"  # or what it is: ", premier syndicat,"
    r"|(?:,[\s\u00a0]*)?\p{Ll}+(?:é|ée|és|ées)(?:[\s\u00a0][^,;:.!?«»\n]{1,60})?)?"
    # or a colon before the words: "Pour X : « … »"
    r"(?:,|[\s\u00a0]*:(?=[\s\u00a0]*[«“\"" + MASK + r"]))"
)
#: nouns for people that end as a present participle does: "représentant", "habitant"
_PERSON_NOUNS_IN_ANT = "(?:" + "|".join(sorted(w for w in _TITLE_ROWS if w.endswith("ant"))) + ")"
#: the words a role never opens on: prepositions, relatives, conjunctions, auxiliaries
_FUNCTION_WORDS = (
    "(?:" + "|".join(regex.escape(w) for w in sorted(STOPS, key=len, reverse=True)) + ")"
)
_APPOSED_NAME = regex.compile(  # ", Bernard Lefort (LR),": a party in brackets may follow
    # the role's last adjectives past where its phrase stops: "de la police cantonale vaudoise,"
    r"(?:[\s\u00a0]+\p{Ll}[\p{L}'’\-]*){0,2}"
    # and the place it is of: "le président du comité des fêtes de Valbourg,"
    r"(?:[\s\u00a0]+(?:de|du|d['’])[\s\u00a0]*\p{Lu}[\p{L}'’\-]+)?"
    # or where the role is held, before a given name and a surname: "la présidente de la
    # commission au Sénat, Claire Fontaine,", "le porte-parole à l'Assemblée nationale, X,"
    r"(?:[\s\u00a0]+(?:au|aux|à|en|dans)[\s\u00a0]+(?:(?:la|le|les|l['’])[\s\u00a0]*)?"
    r"\p{Lu}[\p{L}'’\-]+(?:[\s\u00a0]+\p{Ll}+)?"
    r"(?=,[\s\u00a0]+(?:(?:M\.|Mme|Me|Dr)[\s\u00a0]+)?\p{Lu}[\p{L}'’\-]*[\s\u00a0]+\p{Lu}))?"
    # the body's initials in brackets: "la présidente de la Banque centrale (BCE), X,"
    r"(?:[\s\u00a0]*\(\p{Lu}[\p{Lu}\d&\-]{1,9}\))?"
    r",[\s\u00a0]+"
    # a second role set off first: "le ministre de la communication, porte-parole du gouvernement,"
    # (not a participle and its object, "visant la sortie du chef des Verts,", "s'adressant au
    # prévenu,": the name after it is the object's; a noun for a person in -ant is a role)
    # nor a relative clause or a preposition's phrase, "qui a reçu le préfet,", "aux côtés de la
    # maire,": a role opens on a noun, never on a function word
    r"(?:(?!(?:s['’]|se[\s\u00a0]+)?(?!" + _PERSON_NOUNS_IN_ANT + r"\b)\p{Ll}+ant\b)"
    r"(?!" + _FUNCTION_WORDS + r"(?:(?<=['’])|(?![\p{L}\-])))"
    r"\p{Ll}[^,;:.«»\n]{0,60},[\s\u00a0]+)?"
    r"(?:(?:M\.|Mme|Mlle|Me|Mgr|Dr)[\s\u00a0]+)?"  # the honorific is not the name
    # a word for what the person is, after its article: "le socialiste X", "le Français X"
    r"(?:(?:le|la|l['’])[\s\u00a0]*(?:\p{Ll}[\p{L}\-]+|(?i:"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r"))[\s\u00a0]+(?=\p{Lu}))?"
    # (an initial's stop, "J. Roux"; a stop after a word ends the sentence)
    r"((?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]*)\s+(?:(?:de|du|d['’]|van|von|der|den|le|la)\s*){0,2}){0,3}"
    # closed by a comma, a stop, or the colon before a quote: "Le préfet, Hugo Perrin : « … »",
    # or, the closing comma forgotten, by the subject's auxiliary: "…, Hugo Perrin a dit"
    r"\p{Lu}[\p{L}'’\-]+)\s*(?:\([^()]{1,20}\)\s*)?"
    r"(?=,|\.|$|[\s\u00a0]*:|[\s\u00a0]+(?:a|avait|ont|est|était)[\s\u00a0]+\p{Ll})"
)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


#: words that rank a role and French capitalises before it (``le Premier ministre``)
_RANKS = frozenset({"premier", "première", "vice", "haut", "haute"})


#: what joins a role to its field (``l'adjoint à la sécurité``, ``la ministre aux Sports``
#: is a name: only a field in lower case joins)
_ROLE_TO = frozenset({"à", "au", "aux"})


def _lower_noun_follows(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a noun in lower case comes next, after an article if any (``la sécurité``),
    and not a name (``l'AFP``, ``Le Parisien``)."""
    if i < len(toks) and toks[i][2].lower() in DETERMINERS:
        i += 1
    return (
        i < len(toks)
        and toks[i][2].islower()
        and toks[i][2] not in VERBS
        and toks[i][2] not in _ADDRESSED
    )


def _capitalised_field(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a field some outlets capitalise comes next, after an article, and a given name
    right after it (``l'adjoint à la Sécurité Marc Delaunay``, ``aux Sports``, the article in
    ``aux``): a place in capitals names where the role is held (``l'adjoint à Valbourg``), and
    no person follows a field alone."""
    if toks[i - 1][2].lower() == "à":
        if i >= len(toks) or toks[i][2].lower() not in DETERMINERS:
            return False
        i += 1
    return i + 1 < len(toks) and toks[i][2][:1].isupper() and _is_given(toks[i + 1][2])


#: those a statement is made to, never a role's field: ``a déclaré le ministre au journaliste``
_ADDRESSED = frozenset(
    {"journaliste", "journalistes", "presse", "public", "médias", "auditeurs", "lecteurs"}
    | {"téléspectateurs", "élus", "députés", "sénateurs", "habitants", "riverains"}
)


#: endings of the future, the conditional and the imparfait, which no role noun has, and
#: those of ``aller``, whose stem is one letter (``ils iront``)
_FINITE = regex.compile(r"(?:\p{Ll}{2}|^i)(?:ra|ront|rait|raient|ait|aient)$")


#: determiners of the plural: after their noun, a word in -ent is the verb (``les maires
#: demandent``), where after a singular it may be a noun (``le président``)
_PLURAL = regex.compile(r"(?i:les|des|ces|leurs|plusieurs|certains|certaines|nos|vos)$")


_OF = frozenset({"de", "d'", "d’", "du", "des"})  # a role's "of" before its person
#: "of" before whose something is, left out of the phrase that names them ("Réaction du
#: syndicat", "par la voix des élus")
_OF_WHOM = r"(?:de[\s\u00a0]+|d['’]|du[\s\u00a0]+|des[\s\u00a0]+)"
#: the State, capitalised by convention inside a role: "conseiller d'État", "secrétaire d'État"
_STATE = frozenset({"état", "etat"})


#: a past participle and when or where after a noun (``un sondage publié dimanche``, ``une
#: lettre envoyée en mars``, ``un résident enfoncé dans son fauteuil``): a clause about the
#: noun, which ends the noun phrase before it
_PARTICIPLE_THEN_CIRCUMSTANCE = regex.compile(
    r"\p{Ll}+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|it|ite|its|ites)[\s\u00a0]+"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|aujourd['’]hui"
    r"|ce[\s\u00a0]+(?:matin|soir|week-end)|cette[\s\u00a0]+semaine|la[\s\u00a0]+veille"
    r"|le[\s\u00a0]+\d|en[\s\u00a0]+(?:\d{4}|janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre)"
    # how long ago or since when: "arrivés il y a quatre jours", "installée depuis 2019"
    r"|il[\s\u00a0]+y[\s\u00a0]+a|depuis"
    r"|dans|sur|sous|contre|derrière|parmi)\b"
)


#: determiners that open a noun phrase of their own (not "du", "des": "of the" after a role),
#: and the quantifiers that do ("exclut toute négociation", "refuse tout dialogue")
_OBJECT_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "ce", "cet", "cette", "sa", "son", "ses"}
    | {"tout", "toute", "tous", "toutes", "aucun", "aucune", "chaque", "plusieurs"}
)


#: nouns of a time that a determiner opens after a phrase ("la semaine dernière", "ce matin")
_TIME_NOUNS = _KINDS["time"]


def _content_word(word: str) -> bool:
    """Whether ``word`` is a lower-case word of content (no particle, preposition or
    determiner): after one, a determiner opens the verb's object, not more of the noun."""
    low = word.lower()
    return word.islower() and low not in STOPS | PARTICLES | _OF | _ROLE_TO | DETERMINERS


#: "l'un", "l'une" before "des": one of several, inside a noun phrase
_ONE_OF = frozenset({"un", "une"})
#: an ordinal, an adjective before its noun: "la troisième crue", "le premier adjoint"
_ORDINAL = regex.compile(r"(?:ième|^premier|^première|^dernier|^dernière|^second|^seconde)$")
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})


def _body_after_particles(toks: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the particles from ``at`` lead to a body's noun or an acronym (``de la
    Fédération des pêcheurs``, ``de la CGT``): after a full name, the person's body, not the
    rest of the name (``Jean de La Fontaine``)."""
    k = at
    while k < len(toks) and toks[k][2].lower() in PARTICLES:
        k += 1
    word = toks[k][2] if k < len(toks) else ""
    return (len(word) > 1 and word.isupper()) or word.lower() in INSTITUTIONS


#: an infinitive's endings: after "de", the verb a finite verb before it governs
_INFINITIVE = regex.compile(r"\p{Ll}{2}(?:er|ir|re|oir)$")
#: the present's endings in -re of verbs in -rer, which no infinitive has ("déclare", "assure",
#: "déplore", "considère"; not "conclure", "exclure")
_PRESENT_IN_RE = regex.compile(r"(?:a|è|o|[^l]u)re$")


def _infinitive(word: str) -> bool:
    """Whether a lower-case word is an infinitive (``rassurer``, ``dire``), not a present in
    -re (``assure``, ``soupire``: a verb of saying whose infinitive is one too)."""
    return bool(_INFINITIVE.search(word)) and not (
        word.endswith("re") and (_PRESENT_IN_RE.search(word) or f"{word}r" in VERBS)
    )


#: a past participle's endings: an adjective that may take "de" and an infinitive ("chargé de")
_PARTICIPLE_ENDING = regex.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$")


def _verb_by_what_follows(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the lower-case word at ``toks[i]``, after a noun, is the sentence's verb by what
    comes after it: a sentence adverb (``le groupe augmente aussi ses prix``), or ``de`` and an
    infinitive (``la direction refuse de commenter``); an adjective after a noun takes neither,
    a participle may (``chargé de superviser``)."""
    after = [t[2] for t in toks[i + 1 : i + 3]]
    if after[:1] and after[0].lower() in SENTENCE_ADVERBS:
        return True
    return (
        len(after) == 2
        and after[0].lower() in {"de", "d'", "d’"}
        and after[1].islower()  # "de Port-Avenir": a place
        and "-" not in after[1]  # "d'outre-mer": a compound noun, no infinitive
        and bool(_INFINITIVE.search(after[1]))
        and not _PARTICIPLE_ENDING.search(toks[i][2].lower())
    )


#: at most this many characters of a masked quote make a nickname between given name and surname
_NICKNAME_LENGTH = 24


def noun_phrase(text: str, start: int, end: int) -> Phrase | None:
    """The noun phrase starting at ``start``: a determiner or an honorific, lower-case role words
    (``la maire``, ``le procureur de la République``), then a capitalised name with its
    particles (``Claire Fontaine``, ``Charles de Gaulle``)."""
    stop = text.find("\n\n", start, min(end, start + 200))  # a phrase never crosses paragraphs
    toks = _tokens(text, start, stop if stop >= 0 else min(end, start + 200))
    if (
        len(toks) > 1
        and toks[0][2].lower() in _PREPOSITIONS - DETERMINERS
        and not toks[1][2][:1].isupper()
    ):  # "s'inquiète de ce projet": a complement, never a subject ("de Villepin" is a name)
        return None
    taken: list[tuple[int, int, str]] = []
    name: list[str] = []
    i = 0
    if toks and (toks[0][2].lower() in DETERMINERS or toks[0][2].lower() in HONORIFICS):
        taken.append(toks[0])
        i = 1
    roles, complement = 0, False
    name_starts: int | None = None  # where a name that nothing but the role precedes starts
    while i < len(toks):
        word = toks[i][2]
        low = word.lower()
        if taken and word.islower() and _WHEN_ALONE.match(text, toks[i][0]):
            break  # "le ministre Hugo Perrin début octobre": when, after the phrase
        if low in _RANKS and not name and i + 1 < len(toks) and toks[i + 1][2].lower() in TITLES:
            taken.append(toks[i])  # "le Premier ministre": a rank of a role, capitalised
            roles += 1
        elif word[:1].isupper() and low in TITLES and not name and taken and roles < 4:
            taken.append(toks[i])  # "le Préfet de région": a role, capitalised for respect
            roles += 1
        elif low in _STATE and roles and not name and taken[-1][2].lower() in _OF:
            taken.append(toks[i])  # "le conseiller d'État": the State, part of the role
        elif (
            (low in DEMONYMS or _city_demonym(taken, word))
            and not name
            and not roles
            and taken
            and taken[-1][2].lower() in _SINGULAR_ARTICLES
        ):  # "la Française", "le Belge Hugo Perrin", "cette Marseillaise": a nationality or a
            # town's people, no part of a name
            taken.append(toks[i])
            roles += 1
        elif (
            word[:1] == MASK
            and len(word) <= _NICKNAME_LENGTH
            and len(name) == 1
            and _is_given(name[0])
            and i + 1 < len(toks)
            and toks[i + 1][2][:1].isupper()
        ):  # "Pierre « Pépé » Marchand": a nickname in marks, the surname after it
            taken.append(toks[i])
        elif (
            word[:1].isupper()
            and MASK not in word
            and low not in STOPS
            and (name or fold_accents(low) not in _UNACCENTED_FUNCTION_WORDS)
        ):  # not "Egalement interrogé, X a …": an adverb opening the sentence
            taken.append(toks[i])
            if not name and len(taken) > 1 and taken[-2][2].lower() in _PLACE_NOUNS:
                complement = True  # "une habitante du boulevard Victor-Hugo": a street's name
            elif (
                not name
                and len(taken) > 2
                and taken[-2][2].lower() in {"un", "une"}
                and taken[-3][2].lower() in _OF
            ):  # "une vendeuse d'un Carrefour", "une aide-soignante d'un Ehpad": where, not who
                complement = True
            elif (
                not name
                and roles
                and len(taken) > 1
                and taken[-2][2].lower() in GROUPS
                and not _is_given(word)
            ):  # "une militante du collectif Valbourg Debout": the group's name, not hers
                complement = True
            elif not (complement and not name and taken[-2][2][:1].isupper()):
                name.append(word)
        elif (
            name
            and name[0].lower() in BODIES
            and low in _OF
            and i + 1 < len(toks)
            and _lower_noun_follows(toks, i + 1)
        ):  # "la Cour des comptes", "l'Autorité de la concurrence": a body's name, its complement
            noun = i + 2 if toks[i + 1][2].lower() in DETERMINERS else i + 1
            if noun + 1 < len(toks) and _BODY_ADJECTIVE.fullmatch(toks[noun + 1][2]):
                noun += 1  # "l'Union nationale de l'apiculture française": its adjective too
            taken += toks[i : noun + 1]
            name += [t[2] for t in toks[i : noun + 1]]
            i = noun
        elif (
            0 < len(name) <= 2
            and name[0].lower() in BODIES
            and all(n.islower() for n in name[1:])
            and word.islower()
            and low not in STOPS
            and low not in VERBS
            and not _FINITE.search(low)
        ):  # "le Parti socialiste", "l'Assemblée nationale": a body's name, its adjectives too
            taken.append(toks[i])
            name.append(word)
        elif (
            name
            and name[0].lower() in BODIES
            and (acronym := _spelled_out_before_acronym(toks, i)) is not None
        ):  # "le Centre régional de surveillance et de sauvetage (CROSS)": the whole name
            taken += toks[i:acronym]
            name += [t[2] for t in toks[i:acronym]]
            i = acronym - 1
        elif (
            complement and name and name[0].lower() in BODIES and _adjective_before_given(toks, i)
        ):  # "le président de la Fédération des pêcheurs agricoles Marc Delaunay": the
            # complement's adjective, then the person
            taken.append(toks[i])
            name.append(word)
        elif (
            complement
            and 0 < len(name) <= 2
            and word.islower()
            and low not in STOPS
            and low not in VERBS
            and not _FINITE.search(low)
            # a verb takes an object, an adjective no article: "la préfecture de Vendée limite
            # l'usage …"
            and not (i + 1 < len(toks) and toks[i + 1][2].lower() in _OBJECT_DETERMINERS)
        ):  # "le ministre des Affaires étrangères (Jo Roux)": the field's adjective
            taken.append(toks[i])
            name.clear()
        elif (
            low in _ROLE_TO
            and roles
            and not name
            # not "le prévenu à la barre", "l'avocat à la sortie": where they stood
            and taken[-1][2].lower().removesuffix("s") in ROLES_WITH_A_FIELD
            and (_lower_noun_follows(toks, i + 1) or _capitalised_field(toks, i + 1))
        ):
            taken.append(toks[i])  # "l'adjoint à la sécurité": the role's field
            complement = True
        elif (
            low == "et"
            and roles
            and (
                (
                    # (a body's initials are its field: "le président du MR et formateur X")
                    all(n.isupper() for n in name)
                    and i + 1 < len(toks)
                    and toks[i + 1][2].lower() in TITLES
                )
                or (
                    complement
                    and not any(_is_given(n) for n in name)
                    and _AND_OF.match(text, toks[i][0])
                )
            )
        ):  # two roles of one person, "le vice-premier et ministre de l'Économie"; a role of two
            # fields, "le ministre de l'Économie et de l'Emploi"
            taken.append(toks[i])
            if i + 1 < len(toks) and toks[i + 1][2].lower() in TITLES:
                name.clear()
                if i + 2 < len(toks) and toks[i + 2][2][:1].isupper():
                    name_starts = 0  # the second role's name right after it: "et formateur X"
        elif (
            word == "("
            and roles
            and (not name or complement)
            and (close := _closing_bracket(toks, i))
        ):
            # a party after the role: "le maire (LR) de Villeneuve"; what the body is, after
            # its name: "le secrétaire de la CFDT (deuxième syndicat) Hugo Perrin"
            i = close
            if close + 1 < len(toks) and toks[close + 1][2][:1].isupper():
                name_starts = len(name)  # a name right after the bracket starts there
        elif (
            low in PARTICLES
            and i + 1 < len(toks)
            and (toks[i + 1][2][:1].isupper() or toks[i + 1][2].lower() in PARTICLES)
            and (taken or name)
            and not (len(name) >= 2 and _body_after_particles(toks, i))
        ):
            taken.append(toks[i])
            if name:
                name.append(word)
            elif roles:
                complement = True  # "le parquet de Rennes": a place, not a person's name
        elif (
            low in _ONE_OF
            and roles
            and not name
            and taken[-1][2].lower() in {"l'", "l’"}
            and i + 1 < len(toks)
            and toks[i + 1][2].lower() in PARTICLES
        ):  # "une proche de l'une des victimes": "l'une des", one of them, part of the phrase
            taken.append(toks[i])
        elif low in {"d'", "d’"} and _MANNER.match(text, toks[i][1]):
            break  # "souffle ce quadragénaire d'une voix à peine audible": how, not who
        elif low in {"d'", "d’"} and roles and not name and _lower_noun_follows(toks, i + 1):
            taken.append(toks[i])  # "les parents d'élèves", "le chef d'équipe": its complement
        elif (
            low in _DEMONSTRATIVES
            and roles
            and not name
            and taken[-1][2].lower() in _OF
            and _lower_noun_follows(toks, i + 1)
        ):
            taken.append(toks[i])  # "le président des maires de ce département": its place
        elif roles and not name and _PARTICIPLE_THEN_CIRCUMSTANCE.match(text, toks[i][0]):
            break  # "un sondage publié dimanche": a participle and when, no part of the phrase
        elif low in _OBJECT_DETERMINERS and roles and _content_word(taken[-1][2]):
            if i + 1 < len(toks) and toks[i + 1][2].lower() in _TIME_NOUNS:
                break  # "le porte-parole de la mairie la semaine dernière": when
            if roles > 1 and _content_word(taken[-2][2]):
                taken.pop()  # "l'entreprise prévoit une reprise": a verb and its object
                break
        elif (
            word.islower()
            and low not in STOPS
            and low not in SENTENCE_ADVERBS  # "notre interlocutrice encore sous le choc"
            # "une note": a noun; "la troisième crue": a noun after an ordinal
            and (
                low not in VERBS
                or (i == 1 and taken and roles == 0)
                or (bool(taken) and _ORDINAL.search(taken[-1][2].lower()) is not None)
            )
            and low.rsplit("-", 1)[-1] not in PRONOUNS  # "a-t-il", "dit-elle": a verb, inverted
            and not _FINITE.search(low)  # "le préfet conclura …": a verb ends the phrase
            and not (roles and low.endswith("ent") and _PLURAL.match(taken[0][2]))  # "demandent"
            and not (roles and _verb_by_what_follows(toks, i))  # "la direction refuse de …"
            # a word no role (nor adverb) right before the quote, its object: "l'édile invoque
            # « … »"
            and not (
                roles
                and toks[i + 1 : i + 2]
                and toks[i + 1][2][:1] == MASK
                and low not in TITLES
                and not low.endswith("ment")
            )
            # a present participle and its object: "les associations citant la mission …"
            and not (
                roles
                and low.endswith("ant")
                and i + 1 < len(toks)
                and toks[i + 1][2].lower() in _OBJECT_DETERMINERS
            )
            and not name
            and roles < 4
        ):
            taken.append(toks[i])  # a role: "la maire", "le porte-parole du gouvernement"
            # its particles do not count towards how long a role runs: "le président du
            # syndicat des pompiers professionnels" is four words of a role
            roles += low not in PARTICLES
        else:
            break
        i += 1
    while taken and taken[-1][2].lower() in _NEVER_LAST:
        taken.pop()
        if name and name[-1].lower() in PARTICLES:
            name.pop()
    if not taken or (len(taken) == 1 and taken[0][2].lower() in DETERMINERS | HONORIFICS):
        return None
    while (
        len(name) > 1
        and name[0].isupper()
        and len(name[0]) > 1
        and _is_given(name[1])
        and not all(word.isupper() for word in name)  # "JULIEN ÉTIENNE": a name in capitals
    ):
        name.pop(0)  # "le chef des députés LFI Jean Roux": the party's initials, then the name
    while len(name) > 1 and name[0].lower().split("-")[0] in TITLES and _is_given(name[1]):
        name.pop(0)  # "Colonel-major Ismaël Wagué" with no article: the rank, then the name
    if (
        roles
        and len(name) == 1
        and sum(c.isupper() for c in name[0]) > 1
        and any(t[2].lower() in TITLES for t in taken)
    ):  # "la députée MoDem", "le délégué CGT": a party's or a union's initials after a
        name.clear()  # person's role (not "le syndicat CGT": the body's name)
    s, e = taken[0][0], taken[-1][1]
    if complement:  # "le procureur de Nanterre Marc Delaunay": a person after the place
        # ("le ministre de la culture Alain Berset": the place in lower case, the name whole)
        given = next((k for k in range(len(name) - 1) if _is_given(name[k])), None)
        first = next((k for k, t in enumerate(taken) if name and t[2] == name[0]), 0)
        while given is not None and given + 2 < len(name) and _is_given(name[given + 1]):
            # "la mairesse de Montréal Valérie Plante": a place that a table lists as a given
            # name too, then the person's given name and surname
            given += 1
        if name_starts is not None and len(name) - name_starts >= 2:
            given = name_starts  # "le porte-parole du Rassemblement (RDV) Kobo Kassi Adjou"
        if given == 0 and first and taken[first - 1][2].lower() in _OF:
            # "la famille de Claire Fontaine", "l'avocat de Marc Delaunay": the person the role
            # is of, not who speaks ("le ministre de la culture Alain Berset" is the minister)
            return Phrase(s, e, text[s:e], None)
        return Phrase(s, e, text[s:e], None if given is None else _joined(name[given:]))
    return Phrase(s, e, text[s:e], _joined(name) or None)


#: the words a noun phrase never ends on: a particle, a determiner, a role's "à", an "et" whose
#: second role it could not take ("la porte-parole du parti vert et députée X")
_NEVER_LAST = PARTICLES | DETERMINERS | _ROLE_TO | {"et"}
#: how something was said, after "d'" following its speaker: "d'une voix blanche", "d'un ton sec"
_MANNER = regex.compile(r"[\s\u00a0]*une?[\s\u00a0]+(?:voix|ton|air|geste|trait|souffle|sourire)\b")
#: a second complement joined to a role's first: "et de l'Emploi", "et des Sports"
_AND_OF = regex.compile(
    r"et[\s\u00a0]+(?:de[\s\u00a0]+la[\s\u00a0]+|de[\s\u00a0]+l['’]|d['’]|(?:du|des|de)[\s\u00a0]+)"
    # a common noun before the name: "de la Manche et de la mer du Nord"
    r"(?:\p{Ll}+[\s\u00a0]+(?:du|des|de[\s\u00a0]+la|de|d['’])[\s\u00a0]*)?\p{Lu}"
)
#: nouns for a place whose name follows them ("la rue Pasteur", "le quartier Saint-Roch"):
#: that name is no person's
_PLACE_NOUNS = frozenset(
    {
        *("rue", "avenue", "boulevard", "place", "quai", "cours", "allée", "impasse", "chemin"),
        *("route", "quartier", "cité", "résidence", "square", "parc", "pont", "gare", "lycée"),
        *("collège", "école", "hôpital", "stade", "ehpad", "clinique", "maternité", "musée"),
        *("théâtre", "centre", "bibliothèque", "médiathèque", "salle", "église", "cathédrale"),
        *("mosquée", "hôtel", "piscine", "gymnase", "prison", "faculté"),
    }
)
#: the prepositions before a place: a capitalised word after one, no given name, is no part
#: of a person's name
_BEFORE_A_PLACE = frozenset({"de", "d'", "d’", "à", "au", "en"})
#: the areas a name after them (and their "de") names: "la région d'Al Haouz", "le village de",
#: and the nouns for who lives in one or comes from it
_REGION_NOUNS = frozenset(
    {"région", "province", "ville", "village", "commune", "département", "vallée", "localité"}
    | {"hameau", "canton", "district", "île", "aéroport", "douar", "wilaya", "comté"}
    # who lives in or comes from a place: "habitant de Moulay Brahim"
    | {"habitant", "habitante", "habitants", "originaire", "natif", "native"}
)
_PLACES = _PLACE_NOUNS | _REGION_NOUNS
#: the space the words of a name are joined by, after an elided particle: "Anne d'Ornano"
_AFTER_ELISION = regex.compile(r"(?<=\b[dlDL]['’]) ")


def _joined(name: list[str]) -> str:
    """The words of a name as the text writes them: spaced, but none after an elided particle
    (``Anne d'Ornano``, ``le Conseil d'État``)."""
    return _AFTER_ELISION.sub("", " ".join(name))


def full_name(text: str, name: str) -> str:
    """The article's fuller form of a one-word name: ``Lambrecht`` is ``Denis Lambrecht`` where
    the article names him so (``le maire Denis Lambrecht … a déclaré M. Lambrecht``). French
    writes roles in lower case, so a capitalised word before the surname is a given name when
    a table of given names has it or no article stands before it. An honorific before a full
    name is no part of it (``Me Marc Delaunay`` is Marc Delaunay)."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]  # "Me Vettes" is the surname of "Me Martin Vettes"
    name = " ".join(words)
    if " " in name and name.split()[0].lower() not in PARTICLES:
        return name  # a full name, not a surname with its particle ("Le Drian")
    for m in before_surname(name).finditer(text):
        given, before = m.group("given"), (m.group("before") or "").lower()
        low = given.lower()
        if low in DETERMINERS | HONORIFICS | STOPS | SENTENCE_ADVERBS or low in TITLES:
            continue
        if m.group("particle") and not _is_given(given):
            continue  # "Ville de Gaulle": no given name before the particle
        if (before in _BEFORE_A_PLACE and not _is_given(given)) or after_place_noun(
            text, m.start("given"), _PLACES
        ):
            continue  # "habitant de Moulay Brahim": a place named after its saint, not Brahim
        first = m.group("before") or ""
        if first[:1].isupper() and _is_given(first) and not _is_given(given):
            return f"{first} {given} {name}"  # "Mme Salle" after "Claire Fontaine Salle"
        if (
            _is_given(given)
            or all(_is_given(part) for part in given.split("-"))
            or (before not in DETERMINERS and not before.endswith(("'", "’")))
        ):
            return f"{given} {m.group('initials') or ''}{m.group('particle') or ''}{name}"
    if _is_given(name) and not _introduced_alone(text, name):
        # "sourit Christophe" after "Christophe Richel": a given name alone
        # (and a second surname: "Françoise" after "Françoise Cassouade Salle")
        after = (
            rf"\b{regex.escape(name)}[\s\u00a0]+(\p{{Lu}}[\p{{L}}\-]+)"
            r"(?:[\s\u00a0]+(\p{Lu}\p{Ll}+)\b(?![\s\u00a0]+\p{Lu}))?"
        )
        not_names = STOPS | DETERMINERS | HONORIFICS | SENTENCE_ADVERBS | TITLES
        surnames = {
            " ".join(w for w in m.groups() if w and w.lower() not in not_names)
            for m in regex.finditer(after, text)
            if m.group(1).lower() not in not_names
        }
        if len(surnames) == 1:
            return f"{name} {surnames.pop()}"
    return name


def _introduced_alone(text: str, given: str) -> bool:
    """Whether the article introduces someone by the given name alone, an apposition set off
    after it (``Bruno, gérant d'un hôtel,``, ``Lucie, 45 ans,``): a witness of that name, not
    the person named in full elsewhere (``le ministre Bruno Retailleau``)."""
    set_off = rf"\b{regex.escape(given)},[\s\u00a0]+(\p{{Ll}}[\p{{L}}'’]*|\d+)"
    in_full = regex.search(rf"\b{regex.escape(given)}[\s\u00a0]+\p{{Lu}}", text)
    return any(
        m.group(1).lower() not in PRONOUNS  # "Christophe, lui, …" is the one named before
        # and a relative clause after the name given in full before is about that person:
        # "sous la direction de Dominique, qui …" after "Dominique Klein"
        and not (m.group(1) in {"qui", "dont"} and in_full and in_full.start() < m.start())
        for m in regex.finditer(set_off, text)
    )


def _adjective_before_given(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``toks[i]`` is a word in lower case, no verb, with a given name right after it
    or after one more such word: an adjective closing a body's name before a person's
    (``… des pêcheurs agricoles Marc Delaunay``)."""
    for k in (i, i + 1):
        if k >= len(toks):
            return False
        word = toks[k][2]
        if k > i and _is_given(word) and word[:1].isupper():
            return True
        low = word.lower()
        if not word.islower() or low in STOPS or low in VERBS or _FINITE.search(low):
            return False
    return i + 2 < len(toks) and toks[i + 2][2][:1].isupper() and _is_given(toks[i + 2][2])


def _is_given(word: str) -> bool:
    """Whether a word is a given name, in the French table or the U.S. one, or a compound of
    two (``Jean-Luc``)."""
    low = word.lower()
    if "-" in low and all(part and _is_given(part) for part in low.split("-")):
        return True
    return low in GIVEN_NAMES or fold_accents(low) in FIRST_NAMES


def _spelled_out_before_acronym(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Where the bracket opens after the lower-case rest of a body's name spelled out before
    its initials (``… de surveillance et de sauvetage (CROSS)``), if one does within eight
    words."""
    for k in range(i, min(i + 8, len(toks) - 2)):
        word = toks[k][2]
        if word == "(":
            closes = toks[k + 2][2] == ")" and len(toks[k + 1][2]) > 1 and toks[k + 1][2].isupper()
            return k if closes and k > i else None
        if not (word.islower() or word.lower() in PARTICLES) or word in VERBS:
            return None
    return None


def _closing_bracket(toks: list[tuple[int, int, str]], opening: int) -> int | None:
    """Where a short bracket opened at ``toks[opening]`` closes (a party, ``(LR)``), if it does
    within three words."""
    return next(
        (k for k in range(opening + 1, min(opening + 5, len(toks))) if toks[k][2] == ")"), None
    )


#: an agent noun in -iste after its determiner (``le clarinettiste``, ``une fleuriste``, ``les
#: céréalistes``): a person, by the suffix of trades and of followers (Grevisse, suffixe -iste);
#: seven letters at least, which no "liste" or "piste" has
_AGENT_IN_ISTE = regex.compile(r"\p{Ll}{3,}istes?")
#: the indefinite pronoun "another" standing alone as a subject: ``Un autre``, ``Une autre``,
#: ``L'autre``, ``D'autres``
_ANOTHER = regex.compile(r"(?i:un|une|l['’]|d['’])[\s\u00a0]*autres?")


def _is_person(phrase: Phrase) -> bool:
    """Whether a phrase names people: a role, singular or plural (``les élus``), heading it, or
    a name that no body's noun opens; a role in its complement names a body's members, not the
    body (``le syndicat des dockers``, ``l'association des parents d'élèves``); one of them
    is what they are (``l'un des avocats``)."""
    words = phrase.text.split()
    if _ANOTHER.fullmatch(phrase.text):
        return True  # "Un autre se montre perplexe : « … »": another of the people just heard
    if (
        len(words) > 2
        and regex.split(r"['’]", words[0].lower())[-1] in _ONE_OF
        and (words[1].lower() == "des")
    ):
        return _is_person(Phrase(phrase.start, phrase.end, " ".join(words[2:]), phrase.name))
    head = []
    for word in phrase.text.split():
        low = word.lower()
        if low in _COMPLEMENT_OPENERS or low.startswith(("d'", "d’")):
            break
        head.append(regex.split(r"['’]", low)[-1])  # "l'avocat"
    if any(w in TITLES or w.rstrip("sx") in TITLES for w in head):
        return True
    elided = regex.match(r"(\p{L}+['’])(\p{L}+)", words[0].lower())  # "l'accordéoniste"
    noun = (
        elided.group(2)
        if elided and elided.group(1) in DETERMINERS
        else head[1]
        if len(head) > 1 and head[0] in DETERMINERS
        else ""
    )
    if _AGENT_IN_ISTE.fullmatch(noun):
        return True  # "le clarinettiste", "une fleuriste": an agent noun in -iste
    if len(words) == 2 and (
        words[1].lower() in DEMONYMS or _city_demonym([(0, 0, words[0])], words[1])
    ):
        return True  # "la Française", "cette Marseillaise": a person by where they are from
    if regex.sub(r"^(?:l['’]|la\s+|le\s+)", "", phrase.text.lower()) in SEATS:
        return False  # "a précisé Matignon": the office a seat of power houses
    if phrase.name is not None and _ACRONYM.fullmatch(phrase.name):
        return False  # "a réagi la CGT": a body by its acronym
    if phrase.name is not None and phrase.name.split()[0].lower() in BODIES | WORKS:
        # "la Commission européenne", "le Conseil d'État": a body's own name; "Le Quotidien
        # de Valbourg", "L'Hebdomadaire du Nord": a medium's
        return False
    return phrase.name is not None and not _body_named(phrase)


def _body_named(phrase: Phrase) -> bool:
    """Whether the name in a phrase is a body's, by the body's noun right before it (``le
    groupe Portwell``, ``un communiqué de la société Portwell``)."""
    words = phrase.text.split()
    first = (phrase.name or "").split()[:1]
    at = words.index(first[0]) if first and first[0] in words else 0
    return at > 0 and regex.split(r"['’]", words[at - 1].lower())[-1] in BODIES


#: the words that open a noun's complement, after its head: "le syndicat des dockers"
_COMPLEMENT_OPENERS = frozenset({"de", "des", "du"})


def _speaker_at(ctx: Context, pos: int, end: int, cue: str, rule: Rule) -> Attribution | None:
    latter = _THE_LATTER.match(ctx.masked, pos, end)
    if latter is not None:
        return _the_latter(ctx, latter, cue, rule)
    one_who = _THE_ONE_WHO.match(ctx.masked, pos, end)
    if one_who is not None:  # "promet celui qui voudrait …": a pronoun, of its gender
        found = pronoun_attribution(
            ctx,
            one_who.start(1),
            one_who.end(1),
            _ONE_WHO_GENDER[one_who.group(1).lower()],
            cue,
            rule,
            NAMING,
        )
        return replace(found, mention=one_who.group(1))
    one_of = _ONE_OF_THEM.match(ctx.masked, pos, end)
    if one_of is not None:  # "explique l'un d'eux": one of the people just spoken of
        words = one_of.group(1)
        return Attribution(
            words, words, *one_of.span(1), None, cue, rule.method, rule.confidence, "person"
        )
    if (someone := _ON.match(ctx.masked, pos)) is not None and someone.end(1) < end:
        return _said_by_someone(ctx, someone, end, cue, rule)
    if (part := _LEGAL_PART.match(ctx.masked, pos, end)) is not None:
        # "comme le stipule l'article L. 5125-22": the numbered part, number and all
        return text_attribution(part.group("part"), *part.span("part"), cue, rule)
    found = speaker_at(ctx, pos, end, cue, rule, NAMING)
    if found is not None and cue and (sender := _sender_of_the_text(ctx, found)):
        return sender  # "« … », indique X dans un communiqué. « … », poursuit le texte": X
    sent = _DOCUMENT_OF_SENDER.fullmatch(found.mention or "") if found is not None else None
    if found is not None and sent is not None and found.speaker == found.mention:
        # "dans le communiqué de la direction": the management's words, the text the mention
        # (a name the phrase holds, "du groupe Portwell", is its speaker already)
        return replace(found, speaker=sent.group("sender"), source_type="organisation")
    return found


#: a text and the body or person that issued it: "le communiqué de la direction", "une lettre
#: du ministère", "un communiqué de Valmer"
_DOCUMENT_OF_SENDER = regex.compile(
    r"(?:(?:l[ea]|les|un|une|d['’]un|d['’]une)\s+|l['’])?(?:\p{Ll}+\s+)?"
    r"(?:communiqué|déclaration|lettre|courrier|note|message)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?P<sender>\p{L}[\p{L}\s'’\-]*)"
)


#: ``on``, the pronoun for somebody unnamed, as a subject: ``On indique à Matignon que …``
_ON = regex.compile(r"[\s\u00a0]*([Oo]n)(?=[\s\u00a0]+(?:\p{Ll}|n['’]))")
#: where the unnamed ones speak from, after the verb: ``à Matignon``, ``au ministère``, ``en
#: mairie``
_AT_BODY = regex.compile(
    r"[\s\u00a0]+(?:à|au|aux|chez|en(?=[\s\u00a0]+" + _BODY_NOUN + r")"
    r"|dans\s+l['’]entourage\s+d[eu]?)[\s\u00a0]+"
)


def _said_by_someone(
    ctx: Context, someone: regex.Match, verb: int, cue: str, rule: Rule
) -> Attribution:
    """``On indique à Matignon que « … »``: the body or place named after the verb, as
    ``indique-t-on à Matignon`` gives it; else somebody unnamed, never a person called On."""
    verb_end = _WORD_END.match(ctx.masked, verb)
    at = _AT_BODY.match(ctx.masked, verb_end.end()) if verb_end else None
    if at is not None:
        found = speaker_at(ctx, at.end(), ctx.quote.start, cue, rule, NAMING)
        if found is not None and found.speaker:
            return _as_body(found)
    start, end = someone.start(1), someone.end(1)
    side = _SIDE_OF.search(ctx.masked, ctx.sentence_start, start)
    at_body = side is None and _AT_SIDE.match(ctx.masked, ctx.sentence_start, start)
    if side is not None or at_body:  # "Du côté de la CGT, on dénonce …": the body it opens on
        found = speaker_at(ctx, (side or at_body).end(), start, cue, rule, NAMING)
        if (
            found is not None
            and found.speaker
            and found.mention_end is not None
            and regex.fullmatch(r"[\s\u00a0]*,[\s\u00a0]*", ctx.masked[found.mention_end : start])
            and (side is not None or _named_body(found))
        ):
            return _as_body(found)
    word = someone.group(1)
    return Attribution(None, word, start, end, None, cue, rule.method + "+indefinite", UNRESOLVED)


#: the side a sentence with ``on`` speaks for, opening it: ``Du côté de la CGT, on …``, ``Chez
#: les Verts, on …`` (not ``Dans l'entourage du ministre``: those around him, not he)
_SIDE_OF = regex.compile(
    r"\b(?:(?i:du)[\s\u00a0]+côté[\s\u00a0]+" + _OF_WHOM + r"|(?i:chez)[\s\u00a0]+)"
)


#: a text named by its noun alone after its article: "le communiqué", "le texte", "la lettre"
_THE_TEXT = regex.compile(
    r"(?:le|la|l['’])[\s\u00a0]*(?:" + "|".join(sorted(_KINDS["document"])) + r")", regex.I
)


def _sender_of_the_text(ctx: Context, found: Attribution) -> Attribution | None:
    """Who sent the text a cue names by its noun alone (``poursuit le texte``, ``ajoute le
    communiqué``): the source the last quote of this paragraph or the one before was given
    to, when that cue named a text of theirs (``indique X dans un communiqué``); else None."""
    mention = found.mention or ""
    if not _THE_TEXT.fullmatch(mention) or found.speaker not in {mention, mention.split()[-1]}:
        return None
    for q in reversed(ctx.done):
        if q.paragraph < ctx.quote.paragraph - 1:
            return None
        a = q.attribution
        if a.speaker:
            paragraph = ctx.article.paragraphs[q.paragraph]
            opening = ctx.grammar.sentence_start(paragraph.start, q.start)
            closing = ctx.grammar.sentence_end(q.end, paragraph.end)
            if not _IN_A_TEXT.search(ctx.masked, opening, closing):
                return None  # the words before were said, not written in a text
            method, confidence = adjusted(found.method, found.confidence, "org-noun")
            return replace(
                a,
                mention=found.mention,
                mention_start=found.mention_start,
                mention_end=found.mention_end,
                cue=found.cue,
                method=method,
                confidence=min(confidence, a.confidence),
            )
    return None


#: the text a cue gives the words in: "dans un communiqué", "dans une lettre", "par courrier"
_IN_A_TEXT = regex.compile(
    r"\b(?:dans|par)[\s\u00a0]+(?:un|une|son|sa|leur)?[\s\u00a0]*(?:"
    + "|".join(sorted(_KINDS["document"]))
    + r")\b",
    regex.I,
)


def _named_body(found: Attribution) -> bool:
    """Whether a speaker is a body the text names (``ministère de l'Industrie``) or a seat of
    power standing for its office (``l'Élysée``, ``Matignon``), not a common noun alone
    (``siège``) or a place."""
    mention = found.mention or ""
    seat = regex.sub(r"^(?:l['’]|la\s+|le\s+)", "", mention.lower())
    return (found.source_type == "organisation" and mention != mention.lower()) or seat in SEATS


def _as_body(found: Attribution) -> Attribution:
    """A speaker a body the text names or a seat of power stands for, as an organisation
    (``indique-t-on à Matignon``, ``À l'Élysée, on assure``); anyone else as found."""
    return replace(found, source_type="organisation") if _named_body(found) else found


#: seats of power that stand for the office they house (``l'Élysée``, ``Matignon``)
SEATS = _KINDS["seat"]


#: a body a sentence with ``on`` opens at: ``Au ministère de l'Industrie, on salue …`` (a body
#: the text names only: ``À Valbourg, on …`` is the people of a place, ``Au siège, on …``
#: those of no body named)
_AT_SIDE = regex.compile(
    r"(?:(?i:aux|au|à[\s\u00a0]+la|à[\s\u00a0]+l['’])|[ÀàA](?=[\s\u00a0]+\p{Lu}))[\s\u00a0]*"
)


_WORD_END = regex.compile(r"[\p{L}\-]+")


#: ``celui qui``, ``celle qui`` after a verb of saying: the person just spoken of, described
_THE_ONE_WHO = regex.compile(r"[\s\u00a0]*([Cc]elui|[Cc]elle)[\s\u00a0]+qui\b")
_ONE_WHO_GENDER = {"celui": "il", "celle": "elle"}


#: ``l'un d'eux``, ``l'une d'entre elles``: one of the people just spoken of, unnamed; or
#: ``l'un``, ``l'autre`` alone, the people taking turns (``« … », dit l'un, « … », répond l'autre``)
_ONE_OF_THEM = regex.compile(
    r"[\s\u00a0]*((?:[Ll]['’][\s\u00a0]*)?une?[\s\u00a0]+d['’][\s\u00a0]*(?:entre[\s\u00a0]+)?"
    r"(?:eux|elles|nous|vous)"
    # (a noun after it is its own: "l'autre candidat"; a preposition opens how it was said)
    r"|[Ll]['’](?:une?|autre)(?![\s\u00a0]*(?:d['’]|des?\b))"
    r"(?=[\s\u00a0]*(?:[^\s\u00a0\p{L}]|$|(?:en|avec|du|dans|sur|à|au|sans|par|devant)\b)))"
)


#: ``ce dernier``, ``cette dernière``: the one named last, person or body
_THE_LATTER = regex.compile(r"[\s\u00a0]*((?:[Cc]e|[Cc]ette)[\s\u00a0]+derni(?:er|ère))\b")


def _the_latter(ctx: Context, latter: regex.Match, cue: str, rule: Rule) -> Attribution | None:
    """Who ``ce dernier`` stands for: the speaker this article's last quote went to, person or
    body (``« … », a ajouté le parquet. Ce dernier a précisé que « … »``); before any quote,
    the last person named of its gender (``X a rencontré Y. « … », a dit ce dernier``)."""
    last = next((q.attribution for q in reversed(ctx.done) if q.attribution.speaker), None)
    wanted = "f" if latter.group(1).lower().endswith("ère") else "m"
    since = (last.mention_end or 0) if last is not None else 0
    later = latest_person(ctx, latter.start(1), wanted, NAMING, since) if since else None
    if last is None or (later is not None and later != last.speaker):
        # no one quoted yet, or someone named since the last speaker ("…, se souvient Jo
        # Roux, venu avec son frère Tom. « … », a souligné ce dernier"): the last one named
        name = later or latest_person(ctx, latter.start(1), wanted, NAMING)
        if name is None:
            name = _someone_unnamed_before(ctx, latter.start(1), wanted)
        if name is None:
            return None
        method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
        start, end = latter.span(1)
        return Attribution(
            name, latter.group(1), start, end, None, cue, method, confidence, "person"
        )
    method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
    return replace(
        last,
        mention=latter.group(1),
        mention_start=latter.start(1),
        mention_end=latter.end(1),
        cue=cue,
        method=method,
        confidence=min(confidence, last.confidence),
    )


def _someone_unnamed_before(ctx: Context, at: int, wanted: str) -> str | None:
    """The last person an indefinite article introduces, unnamed, in the sentence before
    ``at``, of the gender ``wanted`` (``le courrier d'un vacancier mécontent. Ce dernier …``)."""
    masked, para = ctx.masked, ctx.paragraph
    own = ctx.grammar.sentence_start(para.start, at)
    before = ctx.grammar.sentence_start(para.start, max(para.start, own - 2))
    for article in reversed(list(_INDEFINITE.finditer(masked, before, own))):
        phrase = noun_phrase(masked, article.start(), own)
        if (
            phrase is not None
            and phrase.name is None
            and _is_person(phrase)
            and _mention_gender(phrase.text) == wanted
        ):
            return phrase.text
    return None


#: an indefinite article of one, which introduces someone unnamed
_INDEFINITE = regex.compile(r"\b(?:un|une)(?=[\s\u00a0])")


def after(ctx: Context, rule: Rule) -> Attribution | None:
    """``« … », a déclaré la maire.``, ``« … », a-t-il dit.``, ``« … », dit-elle.``, ``« … »,
    a fait savoir la maire.``"""
    opened = ctx.quote.start - len(ctx.quote.open_mark)
    if _in_relative(_tokens(ctx.masked, _opening(ctx), opened)):
        # "Le directeur, pour qui « … », a promis une reprise", "Le syndicaliste, qui parle de
        # « mépris », réclame …": the verb after is the main clause's, its subject before
        return None
    bracketed = _NAME_IN_BRACKETS.match(ctx.masked, ctx.quote.end + len(ctx.quote.close_mark))
    if bracketed is not None:  # "«Un rêve qui devient réalité» (Greta Gerwig), «…» (Bayona)"
        return _speaker_at(ctx, bracketed.start(1), bracketed.end(1), "", rule)
    pos = joined_after(ctx, _AFTER_QUOTE)
    if (
        pos is None
        and ctx.quote.text.rstrip()[-1:] in _STOPS
        and (capital := _CAPITAL_AFTER.match(ctx.masked, ctx.quote.end + len(ctx.quote.close_mark)))
    ):
        # "« … ! » Dénonce Ruth Albers.": an incise whose verb took a capital after the stop
        found = _cue_at(ctx, capital.end(), rule)
        if found is not None:
            return found
    if pos is None:  # "« … » : l'opposition dénonce …", "« … » : la maire Fontaine se bat"
        return _subject_after_colon(ctx, rule) or headline_person_after_colon(ctx, rule, NAMING)
    found = _cue_at(ctx, pos, rule)
    where = _WHERE_BEFORE_CUE.match(ctx.masked, pos, ctx.paragraph.end)
    if found is None and where is not None:  # "« … » dans l'Ouest, a fait savoir le maire"
        found = _cue_at(ctx, where.end(), rule)
    if found is not None and (found.mention or "").lower() in NAMING.pronouns:
        return _view_holder(ctx, found, rule) or found
    return found or _subject_after_colon(ctx, rule)


def _incise_of_full_name(masked: str, pos: int, at: int, word: str, name: int, end: int) -> bool:
    """Whether a word no lexicon has is the verb of an incise because a person named in full
    stands right after it, closing the sentence or set off by a comma (``« … », prévoit Hugo
    Perrin, le patron du chalutier.``): set after the quote's comma with nothing before it,
    in lower case and of no closed class."""
    full = _FULL_NAME_TO_END.match(masked, name, end)
    return (
        full is not None
        and at == pos
        and masked[:pos].rstrip(" \u00a0\u202f").endswith(",")
        and word.islower()
        and word not in STOPS | DETERMINERS | SENTENCE_ADVERBS | _PREPOSITIONS | PARTICLES
        and _is_given(full.group(1))
    )


#: a given name and a surname, then a comma or the sentence's end
_FULL_NAME_TO_END = regex.compile(
    r"(\p{Lu}[\p{Ll}'’\-]+)[\s\u00a0]+\p{Lu}[\p{Ll}'’\-]+(?=[\s\u00a0]*(?:[,.;!?]|$))"
)


#: a name in brackets right after a quote, as a round of short answers credits them: ``«Un
#: rêve» (Greta Gerwig)``; a name has a lower-case letter (not a party's initials, ``(LR)``)
_NAME_IN_BRACKETS = regex.compile(
    r"[\s\u00a0\u202f]*\((\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[\s\u00a0]+(?:(?:de|du|d['’]|van|von|le|la)"
    r"[\s\u00a0]*)?\p{Lu}[\p{L}'’\-]+){0,3})\)"
)


def _view_holder(ctx: Context, said: Attribution, rule: Rule) -> Attribution | None:
    """The person whose view the quote's sentence opens on, for the pronoun of its inverted cue
    when their genders agree: ``Pour le porte-parole des pompiers, la météo n'a pas aidé :
    « … », a-t-il expliqué`` (the spokesman, not the last person named)."""
    view = _VIEW_OF.match(ctx.masked, ctx.sentence_start, ctx.quote.start)
    if view is None:
        return None
    holder = _speaker_at(ctx, view.end(), ctx.quote.start, said.cue or "", rule)
    if (
        holder is None
        or holder.source_type != "person"
        or NAMING.mention_gender(holder.mention or "") != NAMING.pronouns[said.mention.lower()]
    ):
        return None
    method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
    return replace(holder, cue=said.cue, method=method, confidence=confidence)


#: the end of a quote and a colon after it, as headlines set a quote before its speaker
_COLON_AFTER_QUOTE = regex.compile(r"[»«“”\"\s\u00a0\u202f" + MASK + r"]*:[\s\u00a0\u202f]*")


def _subject_after_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """``« Un scandale » : l'opposition dénonce …``, ``« … » : la sénatrice a tranché``: the
    subject after the colon, when a verb of saying follows it (after its auxiliary), as a
    headline or a lead gives the quote first."""
    q, masked, end = ctx.quote, ctx.masked, ctx.paragraph.end
    colon = _COLON_AFTER_QUOTE.match(masked, q.end, end)
    if colon is None:
        return None
    found = _speaker_at(ctx, colon.end(), end, "", rule)
    if found is None or found.mention_end is None:
        return None
    full_name = found.source_type == "person" and " " in (found.speaker or "")
    if masked[found.mention_end : found.mention_end + 1] == "," and full_name:
        return replace(found, cue=":")  # "« … » : Sophie Roux, assistante maternelle, s'est …"
    if masked[found.mention_end : found.mention_end + 1] != " ":
        return None
    at = found.mention_end + 1
    auxiliary = _AUXILIARY.match(masked, at, end)  # "« … » : la sénatrice X a tranché"
    reflexive = None if auxiliary else _REFLEXIVE_PRESENT.match(masked, at, end)
    verb = _WORD_END.match(masked, (auxiliary or reflexive).end() if auxiliary or reflexive else at)
    if verb and verb.group().lower() in (VERBS if reflexive else VERBS - _PRONOMINAL):
        # "« … » : la maire s'inquiète"; not "« … » : les travaux inquiètent les commerçants",
        # no "s'" and an object after
        return replace(found, cue=verb.group())
    if full_name and (found.speaker or "").istitle():
        return replace(found, cue=":")  # "« … » : la jeune X ne cachait pas sa joie": hers
    return None


#: the next sentence taking the quoted words up and naming whose they are: "C'est en ces termes
#: que X a …", "C'est ainsi que X a …", "Ce sont les mots de X", "Tels sont les propos de X",
#: "C'est ce qu'a déclaré X", "Voilà ce qu'a dit X", "La phrase de X a …"
_TAKEN_UP = regex.compile(
    r"[.!?…]?[\s\u00a0]*(?:[:,][\s\u00a0]*)?"
    r"(?:(?P<that>[Cc]['’]est[\s\u00a0]+(?:en[\s\u00a0]+ces[\s\u00a0]+termes|ainsi"
    r"|(?:par|avec|sur)[\s\u00a0]+ces[\s\u00a0]+(?:mots|paroles))[\s\u00a0]+"
    r"qu(?:e[\s\u00a0]+|['’]))"
    r"|(?P<of>(?:[Cc]e[\s\u00a0]+sont|[Tt]els[\s\u00a0]+sont|[Vv]oici|[Vv]oilà)[\s\u00a0]+"
    r"(?:les[\s\u00a0]+)?(?:mots|propos|paroles)[\s\u00a0]+(?:de[\s\u00a0]+|d['’]|du[\s\u00a0]+(?=\p{Ll})))"
    r"|(?P<what>(?:[Cc]['’]est|[Vv]oilà|[Vv]oici)[\s\u00a0]+ce[\s\u00a0]+qu(?:e[\s\u00a0]+|['’]))"
    # "Tel est le constat de X", "C'est la promesse de X": a noun of speech and whose
    r"|(?P<such>(?:[Tt]el(?:le)?s?[\s\u00a0]+(?:est|sont|était|étaient|fut)"
    # "« Jamais », a été la réponse de X"
    r"|[Cc]['’](?:est|était)|(?<=,[\s\u00a0]*)(?:a[\s\u00a0]+été|fut))[\s\u00a0]+"
    r"(?:le|la|les|l['’])[\s\u00a0]*(?:"
    + _SPEECH_NOUN
    + r"|mots|propos|paroles)[\s\u00a0]+"
    # "C'est le bilan dressé hier par X": or its participle and its agent
    + r"(?:"
    + _OF_WHOM
    + r"|\p{Ll}+(?:é|ée|és|ées|it|ite|is|ise)(?:[\s\u00a0]+\p{Ll}+){0,3}?[\s\u00a0]+par[\s\u00a0]+"
    + r"(?=\p{Lu}|(?:les?|la|une?|son|sa|ses|leurs?)[\s\u00a0]|l['’]))"
    + r")"
    # "« … » : la phrase de X a fait le tour des réseaux": the words named as someone's
    r"|(?P<named>(?:[Ll]a|[Cc]ette|[Ss]a)[\s\u00a0]+(?:petite[\s\u00a0]+)?"
    r"(?:phrase|formule|sortie|déclaration|citation|réplique)[\s\u00a0]+" + _OF_WHOM + r"))"
)


#: more quotes joined to the one before by ``et`` or ``ou`` (their marks and words masked)
_JOINED_QUOTES = regex.compile(r"(?:[\s\u00a0]*,?[\s\u00a0]*(?:et|ou)[\s\u00a0]+" + MASK + "+)+")


def taken_up(ctx: Context, rule: Rule) -> Attribution | None:
    """The next sentence takes the quoted words up and names who said them: ``« … » C'est en
    ces termes que la ministre X a résumé la situation.``, ``Ce sont les mots de X``, ``C'est
    ce qu'a déclaré X``, ``« … » : c'est ce que promet X``, ``Tel est le constat de X``,
    ``C'est la promesse de X``."""
    q, masked = ctx.quote, ctx.masked
    after = q.end + len(q.close_mark)
    if joined := _JOINED_QUOTES.match(masked, after, ctx.paragraph.end):
        after = joined.end()  # "« … » et « … », c'est ce qu'estime X": both are taken up
    m = _TAKEN_UP.match(masked, after, ctx.paragraph.end)
    if m is None:
        return None
    if m.group("of") or m.group("such") or m.group("named"):
        return _speaker_at(ctx, m.end(), ctx.paragraph.end, "mots", rule)
    if m.group("what"):  # "C'est ce qu'a déclaré X": an inverted cue
        return _cue_at(ctx, m.end(), rule) or _subject_then_verb(ctx, m.end(), rule)
    return _speaker_at(ctx, m.end(), ctx.paragraph.end, "termes", rule)  # "… que X a résumé"


def _subject_then_verb(ctx: Context, at: int, rule: Rule) -> Attribution | None:
    """The subject of a verb of saying after it, as ``c'est ce que`` leads to them in their
    order (``« … », c'est ce que la maire répète depuis des mois``)."""
    masked, end = ctx.masked, ctx.paragraph.end
    found = _speaker_at(ctx, at, end, "", rule)
    if found is None or found.mention_end is None:
        return None
    rest = masked[found.mention_end : end]
    after = found.mention_end + len(rest) - len(rest.lstrip(" ,\u00a0"))  # "la maire, X, répète"
    auxiliary = _AUXILIARY.match(masked, after, end)  # "ce que la maire a répété"
    verb = _WORD_END.match(masked, auxiliary.end() if auxiliary else after)
    return replace(found, cue=verb.group()) if verb and verb.group().lower() in VERBS else None


def later(ctx: Context, rule: Rule) -> Attribution | None:
    """An inverted cue closing the quote's sentence further on, after a comma: ``Le pont est
    « à bout de souffle » et doit fermer, a déclaré lundi la maire.``, ``…, a-t-elle insisté.``
    The verb before its subject sets it apart from the sentence's own clauses."""
    q, masked = ctx.quote, ctx.masked
    start = q.end + len(q.close_mark)
    if q.text.rstrip()[-1:] in {".", "!", "?", "…"} and masked[start : start + 3].lstrip()[:1] in {
        MASK,
        "«",
        "“",
        '"',
    }:
        return None  # "« … cour. » « Vingt-cinq … », précise X": the next quote's cue
    end = min(ctx.sentence_end, ctx.grammar.sentence_end(start, ctx.paragraph.end))
    return _closing_cue(ctx, start, end, rule)


def _closing_cue(ctx: Context, start: int, end: int, rule: Rule) -> Attribution | None:
    """The speaker of an inverted cue after a comma that closes ``ctx.masked[start:end]``, a
    sentence or its rest (``…, a estimé jeudi X dans La Matinale.``)."""
    masked = ctx.masked
    for comma in _COMMA_THEN.finditer(masked, start, end):
        if _another_quote_cued(masked, start, comma.start()):
            return None  # "« … » et …, mais « … », ajoute X": the cue of the later quote
        if ":" in masked[start : comma.start()]:
            return None  # "« … » de … : sa mère, X, a repris …": a clause of its own
        found = _cue_at(ctx, comma.end(), rule)
        if found is None:
            continue
        if found.method.endswith("+sign"):
            return found  # "« … » ou « … », pouvait-on lire sur les pancartes": a sign's words
        after = found.mention_end or comma.end()
        if found.cue and masked.startswith(found.cue, comma.end()):
            after = max(after, comma.end() + len(found.cue))  # "a-t-il ajouté": past its verb
        if _ends_clause(masked[after:end]):
            return found
    return None


_COMMA_THEN = regex.compile(r",[\s\u00a0]+")
#: an adjective closing the complement of a body's name, by its ending: "de réinsertion
#: sociale", "de l'apiculture française", "des transports publics"
_BODY_ADJECTIVE = regex.compile(
    r"\p{Ll}{2,}(?:ales?|aux|iennes?|iques?|ais|aises?|elles?|aires?|ives?|ifs)"
)


def _comma_after(masked: str, at: int | None, end: int) -> int | None:
    """``at`` when only a few words in lower case, a bracketed short form and a comma follow
    it before ``end`` (``la Fédération … sociale (Fnars), dénonçant``), else None."""
    if at is None:
        return None
    rest = masked[at:end]
    return at if _SET_OFF_END.fullmatch(rest) else None


#: what may stand between a cue's subject and the comma before a participle: its short form
_SET_OFF_END = regex.compile(
    r"(?:[\s\u00a0]+\p{Ll}+){0,3}[\s\u00a0]*(?:\([^()]{1,20}\)[\s\u00a0]*)?,[\s\u00a0]*"
)
#: what may join two quotes that one cue after them gives to the same speaker: "« … » et « … »",
#: "« … » ou encore « … »"
_QUOTES_JOINED = regex.compile(
    r"[\s\u00a0]*(?:,|et|ou|puis|voire|ainsi[\s\u00a0]+que)?"
    r"(?:[\s\u00a0]+(?:encore|même|aussi|bien))?[\s\u00a0]*"
)


def _another_quote_cued(masked: str, start: int, comma: int) -> bool:
    """Whether a comma at ``comma`` closes another quote than the one ending at ``start``, with
    words of the narrator's between the two: a cue after that comma is the later quote's."""
    before = masked[start:comma].rstrip(" \u00a0")
    if not before.endswith(MASK):
        return False
    first = before.find(MASK)
    return first > 0 and not _QUOTES_JOINED.fullmatch(before, 0, first)


#: when it was said, and nothing else, after the subject of a closing cue
_WHEN_ALONE = regex.compile(_WHEN)


def _ends_clause(rest: str) -> bool:
    """Whether what follows a speaker named after a closing cue ends the sentence: nothing, or
    a clause of their own set off by a comma (``…, dénonçant …``, ``…, qui a …``)."""
    rest = rest.strip(" \u00a0.!?…")
    if _WHEN_ALONE.fullmatch(rest):
        return True  # "…, a prévenu la direction mercredi soir."
    said_where = _SAID_WHERE.match(rest)  # "…, a-t-elle insisté devant la presse, émue."
    rest = rest[said_where.end() :] if said_where else rest
    return rest == "" or rest.startswith((",", "(")) or bool(_PARTICIPLE_CLAUSE.match(rest))


#: where or to whom it was said, after a closing cue: "devant la presse", "à l'AFP", "lors du
#: conseil"
_SAID_WHERE = regex.compile(
    r"(?:à|au|aux|en|devant|lors|sur|dans|après|pendant)[\s\u00a0][^,;:.!?«»“”\"\n]{1,45}?"
    r"(?=,|$|[\s\u00a0]+\p{Ll}{3,}ant\b)"
)
#: a present participle opening a clause of the speaker's own: "dans un communiqué dénonçant …"
_PARTICIPLE_CLAUSE = regex.compile(r"[\s\u00a0]*\p{Ll}{3,}ant\b")


#: a phrase of place or time between a quote and the comma before its cue: ``« … » dans
#: l'Ouest, a dit``, ``« … » lors du conseil, a-t-elle ajouté``
_WHERE_BEFORE_CUE = regex.compile(
    r"(?:dans|en|à|au|aux|sur|depuis|lors|pendant|devant)[\s\u00a0][^,;:.!?«»“”\"\n]{1,60},"
    r"[\s\u00a0]+"
)


#: the endings of a verb in an inverted incise: a past participle after ``a-t-il``
#: (``développé``, ``poursuivi``, ``admis``), a third person after a verb alone (``reconnait``,
#: ``sourit``, ``lance``)
_INCISE_VERB = regex.compile(r"\p{Ll}{2,}(?:ée?s?|ie?s?|ue?s?|is|ise?s?|ite?s?|e|ent|t|a)")


#: an inverted incise whose subject is "on" (someone unnamed): "lui répond-on", "a-t-on dit"
_INCISE_ON = regex.compile(
    r"(?:(?:nous|vous|me|te|lui|leur)[\s\u00a0]+|[mt]['’])?"
    r"(?:a-t-(?P<on>on)[\s\u00a0]+(?P<v1>\p{Ll}+)|(?P<v2>\p{Ll}+)-(?:t-)?(?P<on>on))\b"
)


def _reports(incise: regex.Match) -> bool:
    """Whether an inverted clitic incise right after a quote reports it: a verb of saying, or
    any verb in that place (``a-t-il développé``, ``reconnait-elle``, ``sourit-il``), which
    French sets there for speech alone."""
    return _says((incise.group("v1") or incise.group("v2")).lower())


def _says(verb: str) -> bool:
    """Whether a verb inverted with its clitic subject after a quote reports it: a verb of
    saying, or any verb of the forms French sets there for speech alone."""
    return verb in VERBS or bool(_INCISE_VERB.fullmatch(verb))


#: the event words were said at, set off by a comma between an inverted verb and its subject:
#: ``a déclaré lors d'un point de presse à Genève, X``, ``a dit en marge du sommet, X``
_EVENT_SET_OFF = regex.compile(
    r"(?:lors|au\s+cours|à\s+l['’]issue|en\s+marge)\s+(?:d['’]une?|du|de\s+la|des)\s+"
    r"[^,;:.!?«»“”\"\n]{1,60},[\s\u00a0]+"
)
#: ``comme`` and the object pronoun before an inverted cue: ``« … », comme le décrit X``
_AS_IT = regex.compile(r"comme[\s\u00a0]+(?:le[\s\u00a0]+|l['’][\s\u00a0]*)?")


#: "se déclarer" with no attribute after it: a fire, an epidemic breaking out ("s'est déclaré
#: vers 22h"), not a verb of saying ("s'est déclaré favorable", "se déclare candidat")
_BROKE_OUT = regex.compile(
    r"(?:s['’](?:est|était)|se)[\s\u00a0]+déclar(?:é|ée|és|ées|e|ent)"
    r"(?=[\s\u00a0]+(?:vers|à|au|dans|en|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|hier|ce|cette|peu|dès|mi)\b|[\s\u00a0]*[,.])"
)


def _cue_at(ctx: Context, pos: int, rule: Rule) -> Attribution | None:
    """The speaker of a cue at ``pos``, after a quote: an inverted pronoun, a verb of saying and
    its subject, a source heard from."""
    masked, end = ctx.masked, ctx.paragraph.end
    if _BROKE_OUT.match(masked, pos, end):
        return None  # "« … », s'est déclaré vers 22h": a fire that broke out, no one speaking
    same = _SAME_SOURCE.match(masked, pos, end)
    if same:  # "« … », a-t-on indiqué de même source": the source named last
        return _same_source(ctx, same.group(1), rule)
    place = _SAID_AT.match(masked, pos, end)
    if place:  # "« … », a-t-on appris auprès de la préfecture": the place it was heard
        found = _speaker_at(ctx, place.end(), end, place.group(1), rule)
        return _as_body(found) if found is not None else None
    read = _READ_IN.match(masked, pos, end)
    if read:  # "« … », lit-on dans le communiqué": the text it stands in
        support = _WORD_AFTER_ARTICLE.match(masked, read.end(), end)
        if support is not None and support.group(1).lower() in _SIGNS:
            # "« … », peut-on lire sur une banderole": a sign's words, no one's
            return Attribution(None, method=f"{rule.method}+sign")
        return _speaker_at(ctx, read.end(), end, read.group(1), rule)
    someone = _INCISE_ON.match(masked, pos, end)
    if someone and _says((someone.group("v1") or someone.group("v2")).lower()):
        # "« Ils sont fermés », lui répond-on": someone, unnamed; no one the article names
        at = someone.start("on")
        return Attribution(
            None, "on", at, at + 2, None, "", rule.method + "+indefinite", UNRESOLVED
        )
    pronoun = _INCISE_PRONOUN.match(masked, pos, end)
    if pronoun and _reports(pronoun):
        start = pronoun.start("p1") if pronoun.group("p1") else pronoun.start("p2")
        word = pronoun.group("p1") or pronoun.group("p2")
        found = pronoun_attribution(
            ctx, start, start + len(word), word, pronoun.group(), rule, NAMING
        )
        return nearer_unnamed_subject(ctx, found, word, rule, NAMING)
    as_it = _AS_IT.match(masked, pos, end)  # "« … », comme le décrit la maire"
    pos = as_it.end() if as_it else pos
    clitic = _CLITIC.match(masked, pos, end)  # "« … » lui a répondu le maire", "lui répond"
    pos = clitic.end() if clitic else pos
    auxiliary = _AUXILIARY.match(masked, pos, end)
    reflexive = None if auxiliary else _REFLEXIVE_PRESENT.match(masked, pos, end)
    auxiliary = auxiliary or reflexive  # "s'exclame X"
    at = auxiliary.end() if auxiliary else pos
    while auxiliary and (adverb := _WORD_THEN_SPACE.match(masked, at, end)):
        if _ELIDED_ADVERB.sub("", adverb.group(1).lower()) not in SENTENCE_ADVERBS:
            break
        at = adverb.end()  # "a d'abord expliqué l'homme", "a encore dit X": the verb after
    wished = _WISHED_TO.match(masked, at, end)  # "« … », a tenu à saluer son adjoint"
    at = wished.end() if wished else at
    made = _PERIPHRASE_CUE.match(masked, at, end)
    if made and " ".join(made.group(2).lower().split()) not in _PERIPHRASES[made.group(1).lower()]:
        made = None  # "laisse savoir": no verb of saying
    verb = made or regex.match(
        r"(\p{L}+)(?:[\s\u00a0]+|(?=,))",
        masked[at:end],  # "lâche, amer, X"
    )
    if verb is None or (
        verb.re is not _PERIPHRASE_CUE
        and verb.group(1).lower() not in VERBS
        # a reflexive verb in the present and its subject right after a quote are an
        # incise, whatever the verb: "« … », se console la mère", "s'enflamme le maire"
        and not (
            reflexive
            and verb.group(1).islower()
            and not verb.group(1).endswith("ant")  # "se trouvant à …": a participle
            and _SUBJECT_OPENING.match(masked, at + verb.end(), end)
        )
        and not _incise_of_full_name(masked, pos, at, verb.group(1), at + verb.end(), end)
    ):
        return None
    who = verb.end() if verb.re is _PERIPHRASE_CUE else at + verb.end()
    while adverb := (
        _MANNER_ADVERB.match(masked, who, end)
        or _ADVERB_AFTER.match(masked, who, end)
        or _GERUND_AFTER.match(masked, who, end)
    ):  # "résume sobrement le maire", "tempère toutefois X", "lance en souriant X": how, then
        who = adverb.end()  # who
    if event := _EVENT_SET_OFF.match(masked, who, end):
        who = event.end()  # "a déclaré lors d'un point de presse à Genève, X": the event, then X
    aside = _ASIDE.match(masked, who, end)
    if aside is None:
        found = _speaker_at(ctx, who, end, verb.group(1), rule)
        return None if found is not None and _bare_lower_noun(found) else found
    second = _ASIDE.match(masked, aside.end(), end)
    if masked[aside.start() : aside.end()].rstrip(" \u00a0").endswith(","):
        second = second or _WORDS_SET_OFF.match(masked, aside.end(), end)
    if second is not None and second.end() > aside.end():
        # two asides: "a déclaré jeudi à l'Assemblée, sous les huées de l'opposition, X"
        found = _speaker_at(ctx, second.end(), end, verb.group(1), rule)
        if found is not None:
            return found
    # "a déclaré à l'AFP le porte-parole", "estime pour sa part la CGT", "indique à Radio
    # Nord Jean Roux": where a name in capitals ends the aside and the speaker's name starts,
    # a given name, an article or an honorific tells; else the longest aside
    starts = [m.start() for m in _WORD_START.finditer(masked, who + 1, aside.end())]
    named = _name_ending_aside(ctx, aside, starts, verb.group(1), rule)
    if named is not None:
        return named
    # or a name run on after the outlet's, up to the comma: "assure dans un entretien au
    # Courrier de Valbourg Hugo Perrin, maire": the name a given name opens
    stop = ctx.grammar.sentence_end(aside.end(), end)  # never into the next sentence
    comma = masked.find(",", aside.end(), stop)
    later = [
        m.start() for m in _WORD_START.finditer(masked, aside.end(), comma if comma > 0 else stop)
    ]
    found = [
        _speaker_at(ctx, e, end, verb.group(1), rule) for e in [aside.end(), *starts[::-1], *later]
    ]
    if _full_name(found[0]):  # "a déclaré sur le court Iga Swiatek lauréate du …": the name
        return found[0]  # right after the aside, whatever names follow it
    found = [f for f in found if f is not None]
    someone = [f for f in found if _opens_with_someone(f.mention or "")]
    return (someone or found or [None])[0]


def _bare_lower_noun(found: Attribution) -> bool:
    """Whether the phrase read after a verb, standing for no one named, opens on a word in
    lower case that is no article, honorific or pronoun: no subject but the verb's attribute
    (``« … », se dit contrainte de fermer``: claims to be forced)."""
    if found.speaker != found.mention:
        return False  # "promet celui qui …", taken up: someone named before
    first = regex.match(r"[^\s'’]+['’]?", found.mention or "")  # "l'habitant": elided article
    return (
        first is not None
        and first.group().islower()
        and first.group().lower() not in DETERMINERS | HONORIFICS | set(PRONOUNS)
    )


def _full_name(found: Attribution | None) -> bool:
    """Whether a speaker is a person named by two or more capitalised words (``Iga Swiatek``)."""
    words = (found.mention or "").split() if found is not None else []
    return (
        found is not None
        and found.source_type == "person"
        and len(words) >= 2
        and all(w[:1].isupper() for w in words)
    )


_WORD_START = regex.compile(r"(?<=[\s\u00a0])\p{Lu}")
#: a few words in lower case closed by a comma, after an aside its comma opened: "…, sous les
#: huées de l'opposition, X"
_WORDS_SET_OFF = regex.compile(
    r"\p{Ll}[\p{L}'’\-]*(?:[\s\u00a0]+\p{Ll}[\p{L}'’\-]*){0,5}[\s\u00a0]*,[\s\u00a0]*"
)
#: an adverb of manner in -ment between an inverted verb and its subject ("résume sobrement")
_MANNER_ADVERB = regex.compile(r"\p{Ll}{3,}ment[\s\u00a0]+(?=\p{L})")
#: a gerund there, how it was said: "lance en souriant X"
_GERUND_AFTER = regex.compile(r"en[\s\u00a0]+\p{Ll}{2,}ant[\s\u00a0]+(?=\p{L})")
#: a sentence adverb there ("tempère toutefois", "explique encore", "ajoute aussi"), or
#: before words set off ("lance ainsi, exaspéré, un passant")
_ADVERB_AFTER = regex.compile(  # "explique d'abord X", "dit encore X"
    r"(?:d['’])?(?:"
    + "|".join(map(regex.escape, sorted(SENTENCE_ADVERBS, key=len, reverse=True)))
    + r")"
    r"(?:[\s\u00a0]+(?=\p{L})|(?=,))"
)
#: a verb taking the infinitive of saying in an inverted cue: ``a tenu à saluer``, ``a voulu
#: rappeler``, ``tient à préciser``
_WISHED_TO = regex.compile(
    r"(?:(?:tenu|tient|tenait|voulu|veut|voulait|souhaité|souhaite)[\s\u00a0]+(?:à[\s\u00a0]+)?"
    r"|(?:tente|tenté|tentait)[\s\u00a0]+d(?:e[\s\u00a0]+|['’]))"  # "tente de rassurer X"
    r"(?=\p{Ll}+[\s\u00a0,])"
)
#: verbs of saying made of a verb and an infinitive: ``fait valoir``, ``fait savoir``, ``fait
#: remarquer``, ``a laissé tomber`` (let drop), ``laisse entendre`` (hints), ``croit savoir``;
#: or a noun: ``a mis en garde`` (warned), ``a fait état de`` (reported)
_PERIPHRASES = {
    "fait": frozenset({"valoir", "savoir", "remarquer", "observer", "état"}),
    "font": frozenset({"état"}),
    "mis": frozenset({"en garde"}),
    "met": frozenset({"en garde"}),
    "mettent": frozenset({"en garde"}),
    "laissé": frozenset({"tomber", "entendre"}),
    "laisse": frozenset({"tomber", "entendre"}),
    "croit": frozenset({"savoir"}),
    "croient": frozenset({"savoir"}),
}
_PERIPHRASE_CUE = regex.compile(
    r"("
    + "|".join(_PERIPHRASES)
    + r")[\s\u00a0]+("
    + "|".join(w.replace(" ", r"[\s\u00a0]+") for w in sorted(set().union(*_PERIPHRASES.values())))
    + r")[\s\u00a0]+",
    regex.IGNORECASE,
)


#: an acronym in capitals (``l'AFP``, ``BFMTV``): the name of an outlet, whole
_ACRONYM = regex.compile(r"\p{Lu}{2,}\b")
_CAPITAL = regex.compile(r"\p{Lu}")


def _name_ending_aside(
    ctx: Context, aside: regex.Match, starts: list[int], cue: str, rule: Rule
) -> Attribution | None:
    """The person named at the end of an aside set off by a comma before an apposition (``a dit
    à l'AFP Odilon, un fromager``, ``a précisé à l'AFP Marc Roux, le préfet``): the
    name, not the apposition, when a given name or an honorific opens it or an acronym (the
    outlet told) ends right before it; the aside's first name is the one told."""
    comma = ctx.masked.rfind(",", aside.start(), aside.end())
    if comma < 0 or ctx.masked[comma + 1 : aside.end()].strip():
        return None
    for at in starts:
        if not _CAPITAL.search(ctx.masked, aside.start(), at):
            continue  # the first name of the aside is the one told: "a dit à Jean Roux, la maire"
        found = _speaker_at(ctx, at, comma, cue, rule)
        if (
            found is None
            or found.mention_end is None
            or ctx.masked[found.mention_end : comma].strip()
        ):
            continue
        before = ctx.masked[max(aside.start(), at - 12) : at].split()
        if _opens_with_someone(found.mention or "") or (
            before and _ACRONYM.fullmatch(regex.split(r"['’]", before[-1])[-1])
        ):
            return found
    return None


def _opens_with_someone(words: str) -> bool:
    """Whether a mention opens on a given name, an article or an honorific."""
    first = words.split()[0].lower() if words.split() else ""
    return (
        first in GIVEN_NAMES
        or fold_accents(first) in FIRST_NAMES
        or first in DETERMINERS
        or first in HONORIFICS
        or "'" in first
    )


def _same_source(ctx: Context, cue: str, rule: Rule) -> Attribution | None:
    """For words given "de même source": the source named last before the quote, by ``selon``
    in its paragraph (``Selon la direction, un train sur trois circulait.``) or as the speaker
    of an earlier quote; no surer than the rule."""
    earlier = next((q.attribution for q in reversed(ctx.done) if q.attribution.speaker), None)
    heard = [
        m
        for m in _SOURCE.finditer(ctx.masked, ctx.paragraph.start, ctx.sentence_start)
        if not _THE_SAME.match(ctx.masked, m.end())
    ]
    if heard and (earlier is None or (earlier.mention_start or 0) < heard[-1].start()):
        earlier = _speaker_at(ctx, heard[-1].end(), ctx.sentence_start, cue, rule)
    if earlier is None:
        return None
    return replace(
        earlier,
        cue=cue,
        method=f"{rule.method}+same-source",
        confidence=min(earlier.confidence, rule.confidence),
    )


#: what a source gave rather than the source (``selon les informations de la préfecture``,
#: ``d'après les propos du maire``, ``selon la formule de X``): the source is the one after ``de``
_WORDS_OF = regex.compile(
    r"(?:(?:les|des)[\s\u00a0]+(?:informations|propos|déclarations|dires|termes|chiffres|mots"
    r"|affirmations|accusations|allégations|assurances"
    r"|paroles|explications|estimations|calculs|données|révélations|témoignages)"
    r"|(?:le|la)[\s\u00a0]+(?:mot|formule|version|estimation)"
    r"|l['’](?:expression|estimation|analyse)"
    # "selon un premier bilan transmis par les pompiers": whose count it is
    r"|(?:un|le)[\s\u00a0]+(?:(?:premier|dernier|nouveau)[\s\u00a0]+)?bilan)"
    # "selon les propos rapportés par le journal": the one who reports them
    r"(?:[\s\u00a0]+(?:(?:rapporté|recueilli|cité|relayé|publié|diffusé|établi|dressé)e?s?"
    r"|transmise?s?)[\s\u00a0]+par(?=[\s\u00a0])"
    r"|[\s\u00a0]+(?:de(?=[\s\u00a0])|du(?=[\s\u00a0])|des(?=[\s\u00a0])|d['’]))[\s\u00a0]*"
)


#: a numbered part of a law or a text after "selon" (French legal citation): "l'article 12 du
#: règlement du port", "l'article L. 2212-2 du code"
_LEGAL_PART = regex.compile(
    r"[\s\u00a0]*(?:l['’][\s\u00a0]*|le[\s\u00a0]+)?"
    r"(?P<part>(?:article|paragraphe|alinéa|chapitre)[\s\u00a0]+(?:[A-Z]\.?[\s\u00a0]*)?"
    r"\d+(?:[.\-]\d+)*(?:[\s\u00a0]+(?:du|de[\s\u00a0]+la|de[\s\u00a0]+l['’]|des)"
    r"[\s\u00a0]*\p{L}+(?:[\s\u00a0]+(?:de[\s\u00a0]+la|du|des|de)[\s\u00a0]+\p{L}+)?)?)"
)


def according(ctx: Context, rule: Rule) -> Attribution | None:
    """``Selon le parquet, « … »``, ``« … », selon la préfecture``, ``d'après X``."""
    q, masked = ctx.quote, ctx.masked
    end = ctx.sentence_end
    said = before(ctx, rule)
    if said is not None and said.source_type == "person" and said.speaker:
        # "Selon l'AFP, le ministre a soutenu que « … »": the one the verb names; but a
        # "selon X" set right before the quote gives X's words ("…, mobilisés selon le
        # syndicat, « du jamais vu »")
        return _source_right_before(ctx, rule)
    for m in _nearest_sources(ctx, end):
        if _IN_HIS_EYES.match(masked, m.start()):
            continue  # "selon ses mots": whose words, below
        if said is not None and _NEW_CLAUSE.search(masked, m.end(), said.mention_start or 0):
            return None  # "…, selon la CGT, alors que la direction assure qu'« … »": hers
        if _THE_SAME.match(masked, m.end()):  # "selon la même source"
            return _same_source(ctx, m.group().strip(), rule)
        if own := _OUR_OWN.match(masked, m.end()):  # the outlet's own finding: no one named
            cue = m.group().strip()
            method = rule.method + "+indefinite"
            return Attribution(
                None, own.group(), own.start(), own.end(), None, cue, method, UNRESOLVED
            )
        if part := _LEGAL_PART.match(masked, m.end(), end):  # "selon l'article 12 du code"
            cue = m.group().strip()
            return text_attribution(part.group("part"), *part.span("part"), cue, rule)
        if _RELATIVE.match(masked, m.end()):  # "un rapport selon lequel « … »": the report
            # (the nearest noun phrase that may give words: "une statistique entendue dans la
            # journée selon laquelle" names no day as a source, nor the statistic)
            # ("les affirmations du parquet selon lesquelles": whose words they are)
            starts = []
            for article in _ARTICLE.finditer(masked, ctx.sentence_start, m.start()):
                owner = _WORDS_OF.match(masked, article.start(), m.start())
                starts.append(owner.end() if owner else article.start())
            phrases = (_speaker_at(ctx, at, m.start(), m.group().strip(), rule) for at in starts)
            found = next((p for p in reversed(list(phrases)) if p is not None and _speaks(p)), None)
        else:
            words_of = _WORDS_OF.match(masked, m.end(), end)  # "selon les informations de X"
            found = _speaker_at(
                ctx, words_of.end() if words_of else m.end(), end, m.group().strip(), rule
            )
        if found is not None and (_speaks(found) or _AGENT_NOUN.search(found.mention or "")):
            return _uncontracted(found)  # not "selon les chantiers": as the sites vary
    if eyes := _IN_HIS_EYES.search(masked, ctx.sentence_start, end):
        # "À ses yeux, le port est « … »", "…, selon ses mots": the person last named
        own = "ils" if eyes.group("own") == "leurs" else "ses"  # "ses": either gender
        found = pronoun_attribution(
            ctx, eyes.start("own"), eyes.end("own"), own, eyes.group(), rule, NAMING
        )
        found = nearer_unnamed_subject(ctx, found, own, rule, NAMING)
        return replace(found, mention=eyes.group("own"))
    view = _VIEW_OF.match(masked, ctx.sentence_start, q.start)
    if view:  # "Pour l'opposition, « … »": whose view the sentence gives
        found = _speaker_at(ctx, view.end(), q.start, view.group(1), rule)
        comma = _COMMA.match(masked, found.mention_end or 0) if found is not None else None
        incise = _INCISE_PRONOUN.match(masked, comma.end(), q.start) if comma else None
        if incise is not None and _reports(incise):
            # "Pour la direction, estime-t-il, c'est « … »": his view of the body, not its own
            return _cue_at(ctx, comma.end(), rule)
        if _holds_view(ctx, found) and (
            len(q.text.split()) > 3
            or not _SET_OFF.match(masked, found.mention_end or 0).group().endswith(":")
        ):  # (set off by a colon, words: not "Pour les enfants : « atelier dessin »")
            return found
    return _view_set_off_before(ctx, rule)


#: "pour" set off by a comma inside the sentence: "Des rames retirées, pour la présidente, « … »"
_VIEW_SET_OFF = regex.compile(r",[\s\u00a0]+(pour)[\s\u00a0]+")
#: how a clause of its own opens: a subject pronoun, ``c'est``, a determiner
_CLAUSE_OPENING = regex.compile(
    r"[\s\u00a0\u202f]*(?i:c['’]est|ce|cela|ça|il|elle|ils|elles|on|nous|vous|je|j['’]|tu|tout"
    r"|rien|le|la|les|l['’]|un|une|des|du|cette|cet|ces|mon|ma|mes|notre|nos|leur|leurs|son|sa"
    r"|ses)(?:\b|(?<=['’]))"
)


def _view_set_off_before(ctx: Context, rule: Rule) -> Attribution | None:
    """Whose view ``pour X,`` gives, set off by commas inside the sentence right before the
    quote (``Des retards dus au matériel, pour Ruth Albers, « c'est un manque chronique »``)."""
    q, masked = ctx.quote, ctx.masked
    views = list(_VIEW_SET_OFF.finditer(masked, ctx.sentence_start, q.start))
    if not views:
        return None
    if not _CLAUSE_OPENING.match(ctx.article.text, q.start):
        return None  # "se sont battus, pour leurs enfants, « jusqu'au bout »": for whom
    found = _speaker_at(ctx, views[-1].end(), q.start, views[-1].group(1), rule)
    if (
        found is None
        or not _holds_view(ctx, found)
        or not _UP_TO_THE_QUOTE.fullmatch(masked, found.mention_end or 0, q.start)
    ):
        return None
    return found


def _holds_view(ctx: Context, found: Attribution | None) -> bool:
    """Whether what ``Pour`` opens a sentence on is whose view it gives: set off by a comma,
    no adverbial (``Pour l'heure``), someone who may speak (``Pour ce week-end`` holds none)."""
    return (
        found is not None
        and _SET_OFF.match(ctx.masked, found.mention_end or 0) is not None
        and _head(found.mention or "x").lower() not in _NO_VIEW
        and _speaks(found)
    )


_COMMA = regex.compile(r"[\s\u00a0]*,[\s\u00a0]*")
_UP_TO_THE_QUOTE = regex.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f«“\"" + MASK + "]*")


def _nearest_sources(ctx: Context, end: int) -> list[regex.Match]:
    """The sentence's ``selon`` nearest the quote first: one right after it (``« … » selon la
    maire``), then those before it from the last (``selon les autorités, et une situation « … »
    selon la maire qui a évoqué « … »``: each quote the maire's), then those further on."""
    q, masked = ctx.quote, ctx.masked
    after = q.end + len(q.close_mark)

    def distance(source: regex.Match) -> tuple[int, int]:
        if source.start() < q.start:
            return (1, q.start - source.start())
        right_after = _COMMA_OR_SPACES.fullmatch(masked, after, source.start())
        return (0 if right_after else 2, source.start())

    return sorted(_SOURCE.finditer(masked, ctx.sentence_start, end), key=distance)


_COMMA_OR_SPACES = regex.compile(r"[\s\u00a0,»”\"" + MASK + r"]*")


def _last_source(ctx: Context, start: int, end: int, rule: Rule) -> Attribution | None:
    """The source the last ``selon`` in ``ctx.masked[start:end]`` names."""
    sources = list(_SOURCE.finditer(ctx.masked, start, end))
    if not sources:
        return None
    return _speaker_at(ctx, sources[-1].end(), end, sources[-1].group().strip(), rule)


def _source_right_before(ctx: Context, rule: Rule) -> Attribution | None:
    """The source a ``selon`` names when only a comma parts it from the quote."""
    found = _last_source(ctx, ctx.sentence_start, ctx.quote.start, rule)
    if found is None or found.mention_end is None:
        return None
    gap = _UP_TO_THE_QUOTE.fullmatch(ctx.masked, found.mention_end, ctx.quote.start)
    return _uncontracted(found) if gap is not None else None


#: "de" elided before a word: a complement, never a subject ("d'un certain âge")
_ELIDED_OF = regex.compile(r"[Dd]['’]")
#: the relative pronouns a clause's subject follows (not "qui", the subject itself), and "où"
#: ("à Valbourg où la maire a revendiqué une « … »")
_OBJECT_RELATIVES = frozenset(
    {"dont", "duquel", "desquels", "desquelles", "auquel", "auxquels", "auxquelles", "où", "quoi"}
    | {"lequel", "laquelle", "lesquels", "lesquelles"}
)
#: the article "de" contracts with after "aux yeux de", "de l'avis de": "du ministre" is "le
#: ministre", "des syndicats" "les syndicats"
_CONTRACTED = {"du": "le", "des": "les"}


def _uncontracted(found: Attribution) -> Attribution:
    """A source named with a contracted article (``aux yeux du ministre``) by its own article,
    as any other speaker phrase is (``le ministre``)."""
    words = (found.speaker or "").split(" ", 1)
    if len(words) < 2 or words[0] not in _CONTRACTED or found.speaker != found.mention:
        return found
    return replace(found, speaker=f"{_CONTRACTED[words[0]]} {words[1]}")


#: an agency's dateline opening a story: "LYON, 3 février (AFP) - ", "PARIS (Reuters) - "
_DATELINE = regex.compile(
    r"\p{Lu}{2}[\p{Lu}\-'’ ]*(?:,[^-–—()\n]{1,40})?(?:\([^()]{1,20}\))?[\s\u00a0]*[-–—][\s\u00a0]*"
    # or the town in title case and the agency in brackets, a dash maybe: "Washington (AFP) Le
    # président …", "Dakar (APS) - La ministre …"
    r"|\p{Lu}\p{Ll}+(?:[\s\-]\p{Lu}\p{Ll}+){0,2}(?:,[^()\n]{1,40})?[\s\u00a0]*"
    r"\(\p{Lu}[\p{L}/ ]{1,15}\)[\s\u00a0]*(?:[-–—][\s\u00a0]*)?(?=\p{Lu}|«)"
)


#: a topic before a colon that a clause follows, as headlines set it (``Grève : le gouvernement
#: appelle au « dialogue »``)
_LABEL = regex.compile(r"([^:,\n]{1,40}?)[\s\u00a0]*:[\s\u00a0]+(?=[\p{L}'’]+[\s\u00a0]+\p{L})")


def _opening(ctx: Context) -> int:
    """Where the words of the quote's sentence start: past an agency's dateline, and past a
    topic set before a colon when a clause of its own follows (no verb of saying in the topic)."""
    dateline = _DATELINE.match(ctx.masked, ctx.sentence_start, ctx.quote.start)
    start = dateline.end() if dateline else ctx.sentence_start
    label = _LABEL.match(ctx.masked, start, ctx.quote.start)
    if label and not any(w.lower() in VERBS for w in label.group(1).split()):
        return label.end()
    masked, end = ctx.masked, ctx.quote.start
    for clause in reversed(list(_CLAUSE_AFTER_COMMA.finditer(masked, start, end))):
        # "…, alors que la direction assure qu'« … »": the clause the verb of saying opens
        if any(w.lower() in VERBS for w in _WORD.findall(masked, clause.end(), end)):
            return clause.end()
    return start


#: a colon inside a sentence, opening a clause of its own
_CLAUSE_AFTER_COLON = regex.compile(r"[\s\u00a0]*:[\s\u00a0]+(?=\p{L})")
#: a word and the space after it; an elided "d'" before an adverb (``d'abord``)
_WORD_THEN_SPACE = regex.compile(r"((?:d['’])?\p{L}+)[\s\u00a0]+")
_ELIDED_ADVERB = regex.compile(r"^d['’](?=abord|emblée|ailleurs)")
#: the infinitive of narration opening a sentence: ``Et de souligner « … »``, ``Et d'ajouter :``,
#: or a verb with no subject of its own (``Et lance :``, ``Puis ajoute :``)
_AND_THEN_SAID = regex.compile(
    r"(?:Et|Puis)[\s\u00a0]+(?|d(?:e[\s\u00a0]+|['’])(\p{L}+)"
    # the participle alone, its subject and auxiliary those of the sentence before: "Il a dit
    # ne pas en être sûr. Et évoqué plutôt « … »"
    r"|(\p{Ll}+é(?:e|s|es)?)(?:[\s\u00a0]+(?:plutôt|aussi|encore|également|enfin))?"
    # the finite verb alone before a colon, its subject that of the sentence before: "X arrive
    # sur la place. Et lance : « … »"
    r"|(\p{Ll}+)(?=[\s\u00a0]*:))"
    r"[\s\u00a0,:]*"
)
#: the infinitive of narration right before a colon, whatever its verb: ``Et de développer :``
_INFINITIVE_COLON = regex.compile(
    r"(?:Et|Puis)[\s\u00a0]+d(?:e[\s\u00a0]+|['’])\p{Ll}+(?:er|ir|re)[\s\u00a0]*:"
)
#: a present participle opening a sentence and a colon before the quote, with no subject:
#: ``Poursuivant son analyse : « … »``
_PARTICIPLE_COLON = regex.compile(
    r"(\p{Lu}\p{Ll}+)ant\b[^.!?:;«»\"“\n" + MASK + r"]{0,60}:[\s\u00a0]*"
)


def _saying_participle(ctx: Context, opening: int) -> str | None:
    """``Poursuivant ensuite son analyse : « … »``, ``Concluant :``: the participle of a verb of
    saying (its imparfait is one: ``poursuivait``) going on with the last speaker's words."""
    m = _PARTICIPLE_COLON.match(ctx.masked, opening, ctx.quote.start)
    if (
        m is None
        or ctx.masked[m.end() : ctx.quote.start].strip(_MARKS_AND_SPACES)
        or m.group(1).lower() + "ait" not in VERBS
    ):
        return None
    return m.group(1) + "ant"


def _verb_of_saying(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` is a verb of saying, or its present participle, whose imparfait is one
    (``la maire se disant « dégoûtée »``, ``le syndicat, estimant la mesure « injuste »``); not a
    gerund (``tout en assurant``), which goes with the clause's own verb, nor an adjective after
    a verb (``on se veut rassurant``), nor one whose reflexive form says nothing (``si la hausse
    se poursuit``)."""
    word = toks[k][2].lower()
    before = toks[k - 1][2].lower() if k > 0 else ""
    if _ORDINAL.search(before):
        return False  # "la troisième crue": a noun after an ordinal
    if before in _REFLEXIVE_CLITICS and word in _MIDDLE:
        return False
    return word in VERBS or (
        word.endswith("ant")
        and word[:-3] + "ait" in VERBS
        and word not in SENTENCE_ADVERBS
        and before != "en"
        and (before not in STOPS or before in _REFLEXIVE_CLITICS)
    )


_REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})


_MARKS_AND_SPACES = ' \u00a0\u202f«»"“”' + MASK
#: the same with its subject: ``Et le ministre de rassurer : « … »``
_AND_THEN_X_SAID = regex.compile(
    r"Et[\s\u00a0]+((?:l['’]|la[\s\u00a0]|le[\s\u00a0]|les[\s\u00a0])[^,;:.!?«»]{1,60}?"
    r"|\p{Lu}[\p{L}\-]+(?:[\s\u00a0]+\p{Lu}[\p{L}\-]+){0,2})"  # "Et Jo Roux de conclure"
    r"[\s\u00a0]+d(?:e[\s\u00a0]+|['’])(\p{Ll}+(?:er|ir|re))[\s\u00a0,:]*"
)


#: the clitic pronouns and auxiliaries between ``qui`` and its verb (``qui lui a rétorqué``)
_BEFORE_VERB = frozenset(
    {"lui", "leur", "nous", "vous", "me", "m'", "m’", "te", "se", "s'", "s’", "y", "en"}
    | {"l'", "l’", "le", "la", "les"}  # the object's clitic: "qui l'a fait savoir"
    | {"a", "ont", "avait", "avaient", "est", "sont", "était", "étaient"}
)


#: "selon" or "d'après" right before a position: what follows is a source
_AFTER_SOURCE_WORD = regex.compile(r"\b(?:[Ss]elon|[Dd]['’]après)[\s\u00a0]+\Z")
#: the words before a verb of saying in ``comme le souligne X``, ``comme l'a dit X``: ``comme``,
#: the pronoun standing for what is said, and an auxiliary
_COMME_CLITICS = frozenset({"le", "l'", "l’", "en", "a", "avait", "ont", "avaient"})
#: when it was said, between ``comme le souligne`` and its subject (``jeudi soir``, ``encore``)
_WHEN_SAID = regex.compile(r"[\s\u00a0]*(?:" + _WHEN + r"|encore|aussi|également)(?=[\s\u00a0])")


def _after_comme(toks: list[tuple[int, int, str]], verb: int) -> bool:
    """Whether ``comme`` opens the clause of the verb ``toks[verb]``, with only the pronoun for
    what is said and an auxiliary between (``comme le souligne``, ``comme l'a rappelé``): its
    subject follows it."""
    k = verb - 1
    while k >= 0 and toks[k][2].lower() in _COMME_CLITICS:
        k -= 1
    return k >= 0 and k < verb - 1 and toks[k][2].lower() == "comme"


#: what may stand between a relative clause's subject and the colon before the quote: an
#: apposition set off by a comma (``, élue d'opposition``)
_APPOSED_TO = regex.compile(r"(?:[\s\u00a0]*,[^,:;«»\n]{1,80})?[\s\u00a0]*")


def _after_relative_que(toks: list[tuple[int, int, str]], verb: int) -> bool:
    """Whether the object pronoun ``que`` opens the clause of the verb ``toks[verb]``, an
    auxiliary at most between (``ce que dénonce X``, ``une décision que regrette X``, ``ce qu'a
    dit X``): a relative clause that sets its subject after the verb, as the quote's speaker."""
    k = verb - 1
    if k >= 0 and toks[k][2].lower() in _COMME_CLITICS - {"le", "l'", "l’"}:
        k -= 1
    restrictive = any(t[2].lower() in {"ne", "n'", "n’"} for t in toks[max(0, k - 3) : k])
    # "X ne peut que constater les dégâts :": "ne … que" restricts, its subject comes before
    return k >= 0 and toks[k][2].lower() in {"que", "qu'", "qu’"} and not restrictive


#: the comma closing an incise right before the quote, or before a coordinating conjunction
#: that opens the quote's clause (``…, a-t-elle précisé, mais « … »``)
_SET_OFF_BEFORE_QUOTE = regex.compile(
    r",[\s\u00a0\u202f]*(?:(?:mais|et|car|or|donc)[\s\u00a0\u202f]+)?\Z"
)


def _incise_before(ctx: Context, opening: int, rule: Rule) -> Attribution | None:
    """The speaker of an inverted cue set off by commas between the sentence's first words and
    the quote (``Cette colère, résume le maire, « … »``, ``Le projet, estime-t-elle, « … »``)."""
    opened = ctx.quote.start - len(ctx.quote.open_mark)
    masked = ctx.masked
    last = _SET_OFF_BEFORE_QUOTE.search(masked, opening, opened)
    if last is None:
        return None
    first = masked.rfind(",", opening, last.start())
    if (
        first < 0
        or not masked[opening:first].strip()
        or _NO_INCISE.search(masked, first, last.start())
    ):
        return _incise_without_comma(ctx, max(first, opening), last.start(), rule)
    found = _cue_at(ctx, _SPACES.match(masked, first + 1).end(), rule)
    if found is None and _SET_OFF_COMPLEMENT.fullmatch(masked, first + 1, last.start()):
        # "De plus, estime X, du collectif Y, « … »": the speaker's complement set off after
        # the incise, which opens at the comma before it
        earlier = masked.rfind(",", opening, first)
        if earlier > opening and not _NO_INCISE.search(masked, earlier, first):
            found = _cue_at(ctx, _SPACES.match(masked, earlier + 1).end(), rule)
            if found is None or found.source_type != "person" or found.mention_end != first:
                return None
            return found
    if found is None or (found.mention_end or opened) > last.start():
        return None
    # the incise ends on its subject, or where it was said ("résume le maire sur l'estrade,"),
    # not on more of a noun ("a annoncé la finalisation d'un accord historique, « … »"); the
    # participle after an inverted pronoun is the verb's ("a-t-elle précisé,")
    rest = masked[found.mention_end or opened : last.start()].lstrip(" \u00a0")
    *auxiliary, participle = (found.cue or "").split() or [""]
    if _BARE_PARTICIPLE.match(masked, _SPACES.match(masked, first + 1).end()):
        return None  # "X a, elle aussi, annoncé le report, « … »": the auxiliary came before
    if auxiliary and rest.startswith(participle):
        rest = rest[len(participle) :]
    return found if _ends_clause(rest) else None


def _incise_without_comma(ctx: Context, start: int, comma: int, rule: Rule) -> Attribution | None:
    """The speaker of an inverted incise whose opening comma the copy left out, its verb of
    saying right after a word of the clause (``Il fallait y aller dit le vigneron X, « … »``):
    taken only when its subject is a person named in full, set off by the comma before the
    quote, so that a verb with an object (``explique le retard``) is never read as one."""
    toks = _tokens(ctx.masked, start, comma)
    for (_, _, before), (at, _, word) in pairwise(toks):
        if (
            word.lower() not in VERBS | _AVOIR
            or not before[-1:].isalpha()
            or before.lower() in _NO_SUBJECT | _AVOIR | _FIRST_PERSON_AUXILIARIES
        ):
            continue
        subject = NAMING.noun_phrase(ctx.masked, start, at)
        if subject is not None and not ctx.masked[subject.end : at].strip():
            break  # "Le maire a interrogé X, « … »": the verb's subject comes before it
        found = _cue_at(ctx, at, rule)
        if (
            found is not None
            and found.mention_end == comma
            and found.source_type == "person"
            and len((found.speaker or "").split()) > 1
            and (found.mention or "").endswith(found.speaker or "\0")
        ):
            return found
    return None


#: the words after which a verb of saying has its subject before it, not after: "qui", the
#: subject pronouns, and the auxiliaries of the first and second persons ("Nous avons interrogé
#: X, …")
_NO_SUBJECT = frozenset({"qui", "il", "elle", "on", "ils", "elles"})
_FIRST_PERSON_AUXILIARIES = frozenset({"avons", "avez", "as", "suis", "sommes", "êtes", "es"})


#: a past participle of the first group, which heads no inverted incise without its auxiliary
_BARE_PARTICIPLE = regex.compile(r"\p{Ll}+é(?:e|s|es)?\b")


def _inverted_pronoun_before_colon(ctx: Context, opening: int, rule: Rule) -> Attribution | None:
    """The pronoun of a verb of saying inverted after it right before the quote's colon, at the
    end of a clause of the reporter's (``La fermeture met en danger la population,
    souligne-t-il : « … »``): whom the pronoun stands for."""
    q = ctx.quote
    colon = _COLON_BEFORE_QUOTE.search(ctx.masked, opening, q.start - len(q.open_mark))
    if colon is None:
        return None
    for pronoun in _INCISE_PRONOUN.finditer(ctx.masked, opening, colon.start()):
        if pronoun.end() == colon.start() and ctx.masked[pronoun.start() - 1 : pronoun.start()] in (
            " ",
            ",",
            "\u00a0",
        ):
            return _cue_at(ctx, pronoun.start(), rule)
    return None


#: the colon that introduces the quote, right before its mark
_COLON_BEFORE_QUOTE = regex.compile(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*$")
#: what an incise holds none of: another quote, a clause's colon or semicolon
#: a complement of where someone is from, set off after their name: ``, du collectif Y,``
_SET_OFF_COMPLEMENT = regex.compile(
    r"[\s\u00a0]+(?:de[\s\u00a0]+la|de|du|des|d['’])[\s\u00a0]*[^,;:.!?«»\n" + MASK + r"]{1,60}"
)
_NO_INCISE = regex.compile(r"[:;«»" + MASK + "]")
_SPACES = regex.compile(r"[\s\u00a0\u202f]*")


def before(ctx: Context, rule: Rule) -> Attribution | None:
    """The verb of saying before the quote in its sentence, and the subject opening its clause:
    ``Le ministre a estimé : « … »``, ``Mardi, la maire a déclaré que « … »``, ``La
    porte-parole du collectif, Inès Caron, a expliqué : « … »``, ``X tient à rappeler que``,
    ``X a fait valoir que``; the subject after it (``comme l'a rappelé la maire : « … »``); the
    last speaker for the infinitive of narration (``Et de souligner « … »``)."""
    q, masked = ctx.quote, ctx.masked
    opening = _opening(ctx)
    if (incise := _incise_before(ctx, opening, rule)) is not None:
        return incise
    if (inverted := _inverted_pronoun_before_colon(ctx, opening, rule)) is not None:
        return inverted
    narrated = _AND_THEN_SAID.match(masked, opening, q.start)
    verb = narrated.group(1) if narrated else _saying_participle(ctx, opening)
    if verb is not None and (
        verb.lower() in VERBS or not narrated or _INFINITIVE_COLON.match(masked, opening, q.start)
    ):
        last = next((d for d in reversed(ctx.done) if d.speaker), None)  # "Et de souligner « … »"
        person = ctx.resolver.person_before(opening)  # or one named in a sentence since: "X a
        # rejeté le texte. Et d'ajouter : « … »" (not the one told in the quote's own sentence)
        if (
            last is not None
            and last.paragraph >= q.paragraph - 1
            and (person is None or person.start < ctx.grammar.sentence_end(last.end, opening))
        ):
            confidence = min(last.attribution.confidence, rule.confidence)  # never surer
            return replace(last.attribution, method=rule.method, cue=verb, confidence=confidence)
        paragraph = ctx.resolver.paragraph_at(person.start) if person is not None else None
        if (
            paragraph is not None
            and paragraph.start >= ctx.article.paragraphs[max(0, q.paragraph - 1)].start
        ):
            return ctx.resolver.resolve(person, verb, rule.method, rule.confidence)
    sign = _SIGN_BEFORE.search(masked, opening, q.start - len(q.open_mark))
    if sign is not None and (sign.group("sign") or sign.group("on")).lower() in _SIGNS:
        return Attribution(None, method=f"{rule.method}+sign")  # "une pancarte où on lit : « … »"
    said = _IMPERSONAL_SAID.fullmatch(masked, opening, q.start - len(q.open_mark))
    if said is not None:  # "Dans le permis, il est indiqué que « … »": the text, no "il"
        where = next((g for g in ("before", "after") if said.group(g)), None)
        if where is not None and (
            found := _speaker_at(ctx, said.start(where), said.end(where), "indiqué", rule)
        ):
            return found
        return Attribution(None, method=f"{rule.method}+indefinite")
    read = _READ_BEFORE.fullmatch(masked, opening, q.start - len(q.open_mark))
    doc = next((g for g in ("before", "after") if read and read.group(g)), None)
    if doc is not None:  # "Dans le communiqué de la préfecture, on peut lire : « … »"
        return _speaker_at(ctx, read.start(doc), read.end(doc), "lire", rule)
    subject_said = _AND_THEN_X_SAID.match(masked, opening, q.start)
    if subject_said is not None and subject_said.end() >= q.start - len(q.open_mark) - 1:
        found = _speaker_at(ctx, subject_said.start(1), subject_said.end(1), subject_said[2], rule)
        if found is not None:  # "Et le ministre de rassurer : « … »": any infinitive narrates
            return found
    toks = _tokens(masked, opening, q.start - len(q.open_mark))
    if (comma := _comma_before_qui(toks)) is not None:
        # "X, qui « juge … »", "les élus, qui « regrettent … »": the verb in the quote; "le
        # directeur, pour qui « … »": the one whose view the quote gives
        named = _before_qui(ctx, toks[comma][1]) or _person_before_comma(ctx, toks[:comma])
        if named is not None:
            return _speaker_at(ctx, named, toks[comma][1], "qui", rule)
    for k in range(len(toks) - 1, -1, -1):
        made = k > 0 and toks[k][2].lower() in _PERIPHRASES.get(toks[k - 1][2].lower(), ())
        if not made and not _verb_of_saying(toks, k):
            continue
        n = k - 1 if made else k  # "a fait valoir que « … »": a verb of saying made with faire
        if _CLAUSE_JOINED.search(masked, toks[k][1], q.start) or _SOURCE_RELATIVE.search(
            masked, toks[k][1], q.start
        ):  # "Les tests l'ont confirmé, et elle a « … »": the verb of a clause before; "a
            # contesté les affirmations du parquet selon lesquelles « … »": the claims' owner's
            break
        who = n - 1
        while who > 0 and toks[who][2].lower() in _BEFORE_VERB:
            who -= 1  # "qui lui a rétorqué": past the clitics and the auxiliary
        if who >= 0 and toks[who][2] == "qui":
            named = _before_qui(ctx, toks[who][0])
            if named is None and who > 0 and toks[who - 1][2] == ",":
                # "X, directeur de l'Automobile Club, qui dénonce": the person the role set off
                # stands for, before a body its complement names
                named = _named_before_role(ctx, toks[: who - 1])
            if named is None and who > 0 and toks[who - 1][2] == ",":
                named = _person_before_comma(ctx, toks[: who - 1])  # "la ministre, qui lui a …"
            if named is None and who > 0 and toks[who - 1][2] == ",":
                named = _body_before_comma(ctx, toks[: who - 1])  # "l'association X, qui …"
            if named is None and who > 0 and toks[who - 1][2] != ",":
                # "a interpellé un journaliste qui l'a fait savoir : « … »": the one a
                # restrictive relative clause is about (after "selon", the source's rule)
                named = _person_before_comma(ctx, toks[:who]) or _body_before_comma(
                    ctx, toks[:who]
                )  # or a body's: "avec la mairie qui a indiqué au club « … »"
                if named is not None and _AFTER_SOURCE_WORD.search(
                    masked, max(0, named - 12), named
                ):
                    named = None
            if named is not None:
                return _speaker_at(ctx, named, toks[who][0], toks[n][2], rule)
        # "ce que dénonce X, élue d'opposition : « … »": a relative clause, its subject after
        # the verb, then a colon before the quote (not "La loi que défend X prévoit « … »")
        colon = masked.rfind(":", toks[n][1], q.start)
        relative = colon >= 0 and _after_relative_que(toks, n)
        if relative or _after_comme(toks, n):  # "comme l'a souligné le parquet :"
            when = _WHEN_SAID.match(masked, toks[n][1])  # "comme le souligne jeudi soir X"
            stop = colon if relative else q.start
            at = when.end() if when else toks[n][1]
            # "comme en témoigne la réponse d'une porte-parole :": whose the words are
            words = _THEIR_WORDS.match(masked, _SPACES.match(masked, at).end())
            found = _speaker_at(ctx, words.end() if words else at, stop, toks[n][2], rule)
            if found is not None and not (
                relative and not _APPOSED_TO.fullmatch(masked, found.mention_end or stop, stop)
            ):
                return found
        # the subject opens the sentence or follows a leading adverbial set off by a comma
        # or a conjunction opening a clause of its own after a comma ("…, comme il l'a dit")
        starts = [opening] + [t[1] for t in toks[:n] if t[2] == ","]
        starts += [
            toks[i][1]
            for i in range(1, n)
            if toks[i][2].lower() in _CLAUSE_CONJUNCTIONS and toks[i - 1][2] == ","
        ]
        if (
            n > 1
            and toks[0][2].lower() in _OPENING_SUBORDINATORS
            and all(t[2] != "," for t in toks[1:n])  # the verb inside the clause "si" opens
            and n + 1 < len(toks)
            and toks[n + 1][2].lower() in _THAT
        ):  # "S'il assure que sa vie « … », il …": after "si", a verb that reports (not "Si
            starts.append(toks[0][1])  # l'audit constatait des « difficultés », …, a-t-il dit")
        # or a relative clause's, after its pronoun: "Machenaud, au sujet duquel le coach a
        # déclaré : « … »", "le texte, dont la ministre a dit : « … »"
        starts += [toks[i][1] for i in range(1, n) if toks[i][2].lower() in _OBJECT_RELATIVES]
        if (
            who > 0
            and toks[who][2].lower() in _SUBJECT_PRONOUNS
            and all(t[2][:1].isalpha() for t in toks[:who])
        ):  # "Avant de démarrer il rappelle : « … »": a subject pronoun after a leading phrase
            starts.append(toks[who][0])  # with no comma
        if toks[k][2].lower() not in VERBS and MASK not in masked[opening : toks[k][0]]:
            # a participle: "…, alerte la fédération, dénonçant « … »": the inverted cue's
            # subject is the participle's (after a quote of its own, the split rule's)
            for comma in (t[0] for t in toks[:n] if t[2] == ","):
                cue = _COMMA_THEN.match(masked, comma)
                found = _cue_at(ctx, cue.end(), rule) if cue else None
                if (
                    found is not None
                    and found.speaker
                    and found.mention_end == _comma_after(masked, found.mention_end, toks[n][0])
                ):
                    return replace(found, cue=toks[k][2])
        prior: Attribution | None = None  # the subject found from the start before
        for start in starts:
            start = _past_adverbs(masked, start, toks[n][0])  # "Puis l'accusé, qui …, prévient"
            found = _speaker_at(ctx, start, toks[n][0], toks[n][2], rule)
            if found is None or _quoted_words(ctx, found) or _ELIDED_OF.match(found.mention or ""):
                continue  # "la présidente, d'un certain âge, enchaîne": a complement set off
            if _OBJECT_PRONOUN.fullmatch(masked, found.mention_start or 0, toks[n][0]):
                continue  # "« … », m'a confié X, « … »": the one told, the subject after
            if (owned := _OWNED_SPEECH_SUBJECT.fullmatch(found.mention or "")) is not None:
                # "Ses conclusions font état d'« … »": the owner's words
                at = found.mention_start or start
                owned = _OWNED_SPEECH_SUBJECT.match(masked, at, at + len(owned.group()))
                return _owner_of_speech(ctx, owned, ctx.sentence_start, rule) if owned else None
            named, prior = prior, found
            if (
                named is not None
                and named.source_type == "person"
                and _bare_role(found)
                and not masked[named.mention_end or 0 : found.mention_start or 0].strip(", \u00a0")
                and _only_auxiliary(masked[found.mention_end or 0 : toks[n][0]])
            ):  # "X, avocat de la famille dit …": a role with no article is X's, set off
                return named
            said_by = _ON.match(masked, start)  # "Du côté de la CGT, on dénonce": after "on"
            between = masked[said_by.end(1) if said_by else found.mention_end : toks[n][0]]
            voice = _VOICE_OF.match(between)
            if voice is not None:  # "L'opposition, par la voix de X, salue …": X speaks
                at = found.mention_end + voice.end()
                spoken = _speaker_at(ctx, at, toks[n][0], toks[n][2], rule)
                if spoken is not None and _only_auxiliary(
                    masked[spoken.mention_end or at : toks[n][0]]
                ):
                    return spoken
            if between.strip(" \u00a0") == "," and _PARTICIPLE.fullmatch(toks[n][2]):
                continue  # "Le texte, qualifié d'« historique » par …": a passive set off
            if _named_before_apposition(found, between) or _only_auxiliary(between):
                return found
            relative = _RELATIVE_SET_OFF.match(between)
            if relative is not None and _only_auxiliary(between[relative.end() :]):
                return found  # "Une gréviste, qui a souhaité garder l'anonymat, confie …"
        if colon >= 0 and (found := _inverted_before_colon(ctx, toks, n, colon, rule)):
            return found
    return None


def _inverted_before_colon(
    ctx: Context, toks: list[tuple[int, int, str]], n: int, colon: int, rule: Rule
) -> Attribution | None:
    """The subject after a verb of saying set off by a comma, up to the colon before the quote
    (``La commune était prête, explique le maire, Hugo Perrin : « … »``); not a passive's
    (``a été présenté le plan :``), an infinitive's object (``Pour rassurer les habitants``),
    nor a plural after a verb in the singular (``…, enchaîne les questions :``)."""
    verb = toks[n][2].lower()
    at = n - 1 if n > 0 and toks[n - 1][2].lower() in _AUXILIARIES else n
    if at == 0 or _infinitive(verb) or toks[at - 1][2].lower() == "et":
        return None  # "X s'approprie les morceaux et admet ses difficultés :": X's second verb
    adverbs_only = all(t[2].lower() in SENTENCE_ADVERBS for t in toks[:at])
    if (
        toks[at - 1][2] != ","
        and not adverbs_only  # "Néanmoins assure le président, …": after an adverb alone
        and (at != n or _subject_of(ctx, toks, n, rule))
    ):
        # a passive ("a été présenté") has no comma before its auxiliary's "été"; a verb in
        # the present may lose its comma after a clause of the reporter's ("… pas à une telle
        # vague explique le maire, X :"), not after its own subject ("Le juge interroge le
        # prévenu, X :")
        return None
    opened = next((k for k in range(at - 2, -1, -1) if toks[k][2] == ","), None)
    if opened is not None and toks[opened + 1][2].lower() in _RELATIVES_SET_OFF:
        return None  # "l'accusé, qui risque gros, prévient la cour :": the verb's object
    found = _speaker_at(ctx, toks[n][1], colon, toks[n][2], rule)
    if found is None or found.source_type not in ("person", "organisation"):
        return None
    first = (found.mention or "").split()[0].lower()
    if first not in DETERMINERS | HONORIFICS and not found.mention[:1].isupper():
        return None  # "résume bien le moral": an adverb, then the verb's object
    plural_verb = verb.endswith("ent") or toks[at][2].lower() == "ont"
    if _PLURAL.match(first) and not plural_verb:
        return None
    return found if _APPOSED_TO.fullmatch(ctx.masked, found.mention_end or colon, colon) else None


def _subject_of(ctx: Context, toks: list[tuple[int, int, str]], n: int, rule: Rule) -> bool:
    """Whether the verb at ``n`` has the sentence's opening noun phrase as its subject: nothing
    but that phrase (past adverbs) stands before it."""
    start = _past_adverbs(ctx.masked, toks[0][0], toks[n][0])
    found = _speaker_at(ctx, start, toks[n][0], toks[n][2], rule)
    return found is None or not ctx.masked[found.mention_end or start : toks[n][0]].strip(
        " \u00a0,"
    )


#: the pronouns opening a relative clause set off by commas after its noun
_RELATIVES_SET_OFF = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})


#: an object pronoun and the auxiliary of the third person after it, all that stands before the
#: verb: "m'a confié", "nous a dit", "lui avait répondu"
_OBJECT_PRONOUN = regex.compile(
    r"(?:[mt]['’]|(?:nous|vous|lui|leur)[\s\u00a0]+)(?:a|avait)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?"
)


def _past_adverbs(masked: str, start: int, end: int) -> int:
    """Where the words at ``start`` go on past the sentence adverbs opening them (``Puis``,
    ``Ensuite``, ``Alors``), which are never a subject; not past a conjunction (``Mais``),
    which joins the clause to the one before, whose source may go on."""
    while (word := _WORD_THEN_SPACE.match(masked, start, end)) and (
        word.group(1).lower() in SENTENCE_ADVERBS - _CONJUNCTIONS
    ):
        start = word.end()
    return start


#: the subject pronouns of the third person, a verb's subject wherever they stand before it
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
#: the coordinating conjunctions the adverbs' table has too
_CONJUNCTIONS = frozenset({"mais", "et", "or", "donc", "car", "ni"})


#: the auxiliaries of a verb of saying in the passé composé, before the verb
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient"})


#: a relative clause set off by commas between a subject and its verb (", qui a requis
#: l'anonymat,"): no other comma inside it
_RELATIVE_SET_OFF = regex.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:qui|dont|que|qu['’])\b[^,;:.!?]*,")


def _quoted_words(ctx: Context, found: Attribution) -> bool:
    """Whether a subject found is somebody's quoted words, not a name in marks: ``« … », a promis
    le président, avant d'ajouter : « … »`` opens on a statement, which says nothing."""
    start, end = found.mention_start, found.mention_end
    if start is None or end is None:
        return False
    return any(d.start < end and start < d.end and d.kind != "title" for d in ctx.done)


#: a phrase set off by commas between a subject and its verb: "Mme Roux, usagère de la ligne, dit";
#: it opens on an article or a word in lower case, and holds no dash or bracket (not a dateline);
#: a second one may describe the first's place or body ("X, maire de Lindenhain, une commune
#: du Nord, explique")
_SET_OFF_WORDS = (
    r"(?:\p{Ll}|[Ll]['’]|[Uu]ne?\s|[Ll][ae]s?\s)"
    r"(?:(?![\s\u00a0][-–—][\s\u00a0])[^,;:«»()\n]){0,100},[\s\u00a0]*"
)
_APPOSITION = regex.compile(
    # an age set off first, alone or before the apposition: "Lucie Roux, 45 ans, mère de …,"
    r"(?:[\s\u00a0]*,[\s\u00a0]+\d{1,3}[\s\u00a0]+ans(?=[\s\u00a0]*,))?"
    r"(?:[\s\u00a0]*,[\s\u00a0]+" + _SET_OFF_WORDS + r"(?:" + _SET_OFF_WORDS + r")?"
    r"|(?<=ans)[\s\u00a0]*,[\s\u00a0]*)"
)


#: the words that open a noun phrase before its noun or name
_OPENERS = DETERMINERS | HONORIFICS
_NAME_THEN_COMMA = regex.compile(
    r"(\p{Lu}[\p{L}'’\-]+(?:[\s\u00a0]+\p{Lu}[\p{L}'’\-]+){1,3})[\s\u00a0]*,[\s\u00a0]*$"
)


#: "qui" right before a quote's opening mark
#: the prepositions that make "qui" the one whose view follows: "pour qui", "selon qui"
_VIEW_OF_WHOM = frozenset({"pour", "selon"})


def _in_relative(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a quote leave a relative clause open, set off by a comma
    (``X, qui parle de``, ``X, pour qui``, ``X, dont le dernier livre s'intitule``): the quote
    is inside it, and a verb after the quote belongs to the main clause."""
    commas = [k for k, t in enumerate(toks) if t[2] == ","]
    if not commas:
        return False
    k = commas[-1] + 1
    if k < len(toks) - 1 and toks[k][2].lower() in _VIEW_OF_WHOM:
        k += 1  # "pour qui", "selon qui"
    return k < len(toks) and toks[k][2] in _RELATIVE_PRONOUNS


#: the relative pronouns opening a clause set off by a comma
_RELATIVE_PRONOUNS = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})


def _comma_before_qui(toks: list[tuple[int, int, str]]) -> int | None:
    """Where the comma stands that opens a relative clause ending right before the quote
    (``X, qui « … »``, ``X, pour qui « … »``), or None."""
    if not toks or toks[-1][2] != "qui":
        return None
    at = len(toks) - 2 - (len(toks) > 2 and toks[-2][2].lower() in _VIEW_OF_WHOM)
    return at if at >= 0 and toks[at][2] == "," else None


def _before_qui(ctx: Context, qui: int) -> int | None:
    """Where the name that ``, qui`` goes back to starts (``sa tête de liste, Camille Roux, qui
    promet « … »``), or None when no name stands right before it."""
    masked = ctx.masked
    name = _NAME_THEN_COMMA.search(masked, ctx.sentence_start, qui)
    if name is None:
        return None
    opening = max(ctx.sentence_start, masked.rfind(",", 0, name.start(1)))
    words = masked[opening : name.start(1)].split()
    if any(regex.split(r"['’]", w)[-1].lower() in BODIES for w in words):
        return None  # "président de l'association Ciné rural Val Revermont, qui": its name
    return name.start(1)


#: adjectives set before a role in an apposition: "X, ancien maire de Valbourg, …"
_BEFORE_ROLE = frozenset(
    {"ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle"}
    | {"premier", "première", "seul", "seule"}
)


def _named_before_role(ctx: Context, toks: list[tuple[int, int, str]]) -> int | None:
    """Where the name starts that a role set off after it stands for, before ``, qui``
    (``Claire Fontaine, présidente de l'association, qui estime « … »``), or None."""
    commas = [k for k in range(len(toks) - 1, 0, -1) if toks[k][2] == ","]
    for comma in commas[:3]:  # "X, ancien maire de Valbourg, président de …, qui"
        if comma == len(toks) - 1:
            return None
        role = toks[comma + 1][2]
        if toks[comma + 2 : comma + 3] and role.lower() in _BEFORE_ROLE:
            role = toks[comma + 2][2]  # "ancien maire", "première adjointe"
        if not role.islower() or not _is_person(Phrase(0, 0, role, None)):
            return None
        if (named := _before_qui(ctx, toks[comma][1])) is not None:
            return named
    return None


def _person_before_comma(ctx: Context, toks: list[tuple[int, int, str]]) -> int | None:
    """Where the longest noun phrase for people that ends right before a comma starts (``a fait
    réagir les élus de l'opposition, qui …``), its head a person (not ``l'adresse de la
    ministre``, whose head is a thing: ``la ministre``) or a body's initials, or None."""
    if not toks:
        return None
    end = toks[-1][1]
    for k in range(max(0, len(toks) - 8), len(toks)):
        if toks[k][2].lower() not in DETERMINERS:
            continue  # a noun phrase for people opens on its article: "les élus", "la maire"
        phrase = noun_phrase(ctx.masked, toks[k][0], end)
        if phrase is None or phrase.end != end:
            continue
        if (
            _ACRONYM.fullmatch(phrase.name or "")
            and toks[k][2].lower() in _SINGULAR_ARTICLES
            and (k == 0 or toks[k - 1][2].lower() not in _OF)
        ):  # "a déploré l'ONU, qui dénonce …": a body by its initials, not the body of a role
            return phrase.start  # set off before ("X, secrétaire général de la CGT, qui …")
        if not _is_person(phrase):
            continue
        if phrase.name is not None or _is_person(Phrase(0, 0, _head(phrase.text), None)):
            return phrase.start
    return None


def _body_before_comma(ctx: Context, toks: list[tuple[int, int, str]]) -> int | None:
    """Where a noun phrase for a body that ends right before a comma starts, its head a body's
    noun (``l'association Ciné rural Val Brenne, qui répond``), or None; not one set off after
    another noun phrase (``Claire Fontaine, la ville de Valbourg, qui``), whose apposition
    leaves it unclear who speaks."""
    end = toks[-1][1] if toks else 0
    for k in range(max(0, len(toks) - 8), len(toks)):
        if toks[k][2].lower() not in DETERMINERS or (k > 0 and toks[k - 1][2] == ","):
            continue
        phrase = noun_phrase(ctx.masked, toks[k][0], end)
        if phrase is not None and phrase.end == end and _head(phrase.text).lower() in BODIES:
            return phrase.start
    return None


def _head(words: str) -> str:
    """The noun after a phrase's article: ``élus`` in ``les élus de …``, ``adresse`` in
    ``l'adresse de …``."""
    first, *rest = words.split()
    elided = regex.split(r"['’]", first)
    return elided[-1] if len(elided) > 1 else (rest[0] if rest else first)


def _bare_role(found: Attribution) -> bool:
    """Whether a speaker is a role with no article and no name (``avocat de la famille``): an
    apposition, never a subject."""
    first = (found.mention or " ").split()[0]
    return found.speaker == found.mention and first.islower() and first not in _OPENERS


def _named_before_apposition(found: Attribution, between: str) -> bool:
    """Whether a person named by name is the subject past an apposition set off by commas
    (``Mme Sophie Lambert, usagère de la ligne, dit …``), an auxiliary or adverbs after it."""
    apposition = _APPOSITION.match(between)
    if (
        apposition is None
        or found.source_type != "person"
        or not _only_auxiliary(between[apposition.end() :])
    ):
        return False
    named = any(
        w[:1].isupper() and w.lower() not in _OPENERS for w in (found.mention or "").split()
    )  # a name, not a role or a common noun ("le ministre, l'élu X, a dit": the apposition names)
    # or a role described by an indefinite article or a bare noun ("Le prévenu, un gérant de 54
    # ans, a déclaré"), which names no one else
    return named or bool(_DESCRIPTION.match(apposition.group()))


#: an apposition that describes its subject: an indefinite article or a bare word in lower case
#: (``, un gérant de 54 ans,``, ``, père de trois enfants,``), not a definite one, which may
#: name another (``Le ministre, la maire de Valbourg, …``)
_DESCRIPTION = regex.compile(
    r"[\s\u00a0]*,[\s\u00a0]+(?:une?[\s\u00a0]|(?!(?:l[ae]s?|l['’]|des?|du|d['’])\b)\p{Ll})"
)


#: a comma and a conjunction joining a clause of its own
_CLAUSE_JOINED = regex.compile(r",[\s\u00a0]+(?:et|mais)[\s\u00a0]+")
#: a relative clause giving a source's words: ``… du parquet selon lesquelles « … »``
_SOURCE_RELATIVE = regex.compile(r"\b(?:[Ss]elon|[Dd]['’]après)[\s\u00a0]+" + _RELATIVE.pattern)
#: conjunctions that open a clause with its own subject after a comma: ``…, comme il l'a
#: expliqué : « … »``, ``…, car elle l'a dit : « … »``
_CLAUSE_CONJUNCTIONS = frozenset({"comme", "car", "quand", "lorsque", "puisque"})
_THAT = frozenset({"que", "qu'", "qu’"})
#: a conjunction opening the sentence on a clause whose subject follows it
_OPENING_SUBORDINATORS = frozenset(
    {"si", "s'", "s’", "quand", "lorsque", "lorsqu'", "lorsqu’", "puisque", "puisqu'", "puisqu’"}
)
#: an object pronoun before the verb or its auxiliary: ``il l'a expliqué``, ``elle le répète``,
#: ``il leur a dit``
_OBJECT_CLITIC = regex.compile(
    # or the reflexive: "la maire se disant « dégoûtée »"
    r"^[\s\u00a0]*(?:(?:l['’]|(?:le|la|les|lui|leur|nous|vous|me|te|se|en|y)[\s\u00a0]+)"
    r"|[mt]['’])"
)


def _only_auxiliary(between: str) -> bool:
    """Whether only an auxiliary or adverbs stand between a subject and its verb, or a verb
    that takes the infinitive of saying after it (``tient à rappeler``, ``a voulu préciser``),
    an object pronoun before them (``il l'a expliqué``)."""
    between = _STRESSED.sub("", between)  # "Le joueur, lui, a réagi": the subject taken up
    between = _ALSO_SET_OFF.sub(" ", between)  # "La station a, elle aussi, annoncé"
    between = _OBJECT_CLITIC.sub("", between.lstrip(" ,\u00a0"))
    between = _BEFORE_INFINITIVE.sub("", between.strip(" ,\u00a0") + " ").strip()
    return between == "" or _AUXILIARY.fullmatch(between + " ") is not None


#: the one a body speaks through, set off after it: ``L'opposition, par la voix de X, …``
_VOICE_OF = regex.compile(
    r"[\s\u00a0]*,[\s\u00a0]*par[\s\u00a0]+la[\s\u00a0]+voix[\s\u00a0]+" + _OF_WHOM
)


#: a stressed pronoun set off by commas right after the subject it takes up, to contrast it
#: with another: ``Le joueur, lui, a réagi``, ``Les élus, eux, dénoncent``
_STRESSED = regex.compile(r"^[\s\u00a0]*,[\s\u00a0]*(?:lui|elle|eux|elles)[\s\u00a0]*,")


#: the subject taken up with "aussi" or "de son côté", set off anywhere before its verb:
#: ``La station a, elle aussi, annoncé``, ``Le maire a, de son côté, estimé``
_ALSO_SET_OFF = regex.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:(?:lui|elle|eux|elles)[\s\u00a0]+(?:aussi|non[\s\u00a0]+plus"
    r"|également)|de[\s\u00a0]+(?:son|leur)[\s\u00a0]+côté)[\s\u00a0]*,"
)
#: a verb before an infinitive of saying: ``tient à``, ``a tenu à``, ``veut``, ``vient de``
_BEFORE_INFINITIVE = regex.compile(
    r"(?:tient|tenait|tenu|veut|voulait|voulu|doit|devait|dû|va|allait|vient|venait|souhaite"
    r"|souhaité)[\s\u00a0]+(?:à|de|d['’])?[\s\u00a0]*$"
)


#: a cleft sentence setting off its subject: ``C'est la maire qui …``, ``Ce sont les élus qui``
_CLEFT = regex.compile(
    r"(?:(?:Et|Mais|Puis)[\s\u00a0]+(?:c['’]est|ce[\s\u00a0]+sont)|C['’]est|Ce[\s\u00a0]+sont)[\s\u00a0]+"
)
#: a cleft sentence's opening whose "qui" follows in the sentence: ``C'est le maire qui …``
_CLEFT_WITH_QUI = regex.compile(_CLEFT.pattern + r"(?=[^.!?«»]{1,120}?\bqui\b)")
#: a cleft that links a sentence to the one before, its subject after it: ``C'est ainsi que``,
#: ``C'est pourquoi``, ``C'est alors que``, ``C'est là que``
_LINKING_CLEFT = regex.compile(
    r"C['’]est[\s\u00a0]+(?:ainsi[\s\u00a0]+|alors[\s\u00a0]+|là[\s\u00a0]+|pour[\s\u00a0]+cela"
    r"[\s\u00a0]+|pourquoi[\s\u00a0]+)(?:que[\s\u00a0]+|qu['’])?"
)
#: a sentence giving a person as the case in point: ``C'est (notamment) le cas de X``
#: the relative "qui" whose antecedent is set off before it
_WHO_LATER = regex.compile(r"[\s\u00a0,]qui[\s\u00a0]")
_CASE_OF = regex.compile(
    r"(?:C['’]est|Tel[\s\u00a0]+est)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?le[\s\u00a0]+cas[\s\u00a0]+"
    r"(?:de[\s\u00a0]+|d['’]|du[\s\u00a0]+(?=\p{Ll}))"
)
#: a cleft after the comma that sets off a leading phrase: ``…, c'est le maire qui …``
_CLEFT_AFTER_COMMA = regex.compile(
    r",[\s\u00a0]+(?:c['’]est|ce[\s\u00a0]+sont)[\s\u00a0]+(?=[^.!?«»,]{1,120}?\bqui\b)"
)
#: ``qui`` after the subject a cleft sets off, a few words of description between (``C'est
#: une maire visiblement émue qui …``)
_WHO = regex.compile(
    # or a role set off after the name: "C'est X, son ancienne adjointe, qui …"
    r"(?:[\s\u00a0]*,[^,.!?«»\n]{1,60},)?(?:[\s\u00a0]+\p{Ll}+){0,3}[\s\u00a0]+qui\b"
)


def _named_between(before: Quote, start: int, end: int) -> bool:
    """Whether the quote ``before``, in the sentence from ``start``, names its speaker after
    its closing mark and before ``end``."""
    named_at = before.attribution.mention_start
    return before.start >= start and named_at is not None and before.end < named_at < end


#: a subordinate clause of time or cause opening the sentence, up to where its subject starts:
#: "Depuis trois ans que", "Après que", "Quand", "Lorsqu'", "Puisque", "Comme"
_SUBORDINATE_OPENING = regex.compile(
    r"(?:Depuis|Avant|Après|Dès|Alors|Pendant|Parce)(?:[\s\u00a0]+[^,«»:;.\s]+){0,6}?"
    r"[\s\u00a0]+qu(?:e[\s\u00a0]+|['’])"
    r"|(?:Quand|Lorsque|Puisque|Comme)[\s\u00a0]+|(?:Lorsqu|Puisqu)['’]"
)
#: the first person opening a quote: "nous comptons", "je ne savais pas", "on a", "notre idée"
_FIRST_PERSON_OPENING = regex.compile(r"(?i:(?:je|nous|on|moi|mon|ma|mes|notre|nos)\b|j['’])")


def _led_by_clause(ctx: Context, rule: Rule) -> Attribution | None:
    """The person named in full as the subject of a subordinate clause opening the sentence, when
    the quote after its comma is the main clause, in the first person (``Depuis que Jo Kern
    préside le comité, « nous comptons plus de bénévoles »``): the one who says "nous"."""
    q, masked = ctx.quote, ctx.masked
    opened = q.start - len(q.open_mark)
    lead = _SUBORDINATE_OPENING.match(masked, ctx.sentence_start, opened)
    if (
        lead is None
        or not masked[ctx.sentence_start : opened].rstrip(" \u00a0\u202f").endswith(",")
        or not _FIRST_PERSON_OPENING.match(q.text)
    ):
        return None
    found = _speaker_at(ctx, lead.end(), opened, "", rule)
    return (
        found if found is not None and found.source_type == "person" and _full_name(found) else None
    )


def sentence_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """No verb of saying: the subject opening the quote's sentence, whatever its verb; none
    when a quote before it in the sentence names its speaker between the two (``X a « … »,
    a déclaré Y, affirmant que les vents « … »``: Y's words, the split quote's)."""
    q, masked = ctx.quote, ctx.masked
    if ctx.same_paragraph and _named_between(ctx.same_paragraph[-1], ctx.sentence_start, q.start):
        return None
    dateline = _DATELINE.match(masked, ctx.sentence_start, q.start)
    label = _LABEL.match(masked, dateline.end() if dateline else ctx.sentence_start, q.start)
    if label and (person := headline_speaker(ctx, label, NAMING, rule)):
        return person  # "Fontaine : le pont est « une honte »": the person the headline names
    if (led := _led_by_clause(ctx, rule)) is not None:
        return led
    case = _CASE_OF.match(masked, _opening(ctx), q.start)
    if case is not None:  # "C'est le cas de Léa Roux, maire de X, qui lance « … »": hers
        found = _speaker_at(ctx, case.end(), q.start, "", rule)
        who = _WHO_LATER.search(masked, found.mention_end or 0, q.start) if found else None
        if found is not None and _speaks(found) and who is not None:
            return found
    cleft = _CLEFT.match(masked, _opening(ctx), q.start)
    if cleft is not None:  # "C'est Me Léa Roux qui s'avance à la barre : « … »"
        found = _speaker_at(ctx, cleft.end(), q.start, "", rule)
        if found is not None and _WHO.match(masked, found.mention_end or 0):
            return found if _speaks(found) else None
    joined = _last_clause_joined(masked, ctx.sentence_start, q.start)
    if (
        joined is not None
        and (found := _opening_subject(ctx, joined.end(), q.start, rule)) is not None
        and (
            found.source_type == "person"
            or (found.mention or "").lower() in PRONOUNS
            or (found.source_type == "organisation" and _has_name(found.mention or ""))
        )
    ):  # "Les analyses l'ont établi, et elle a « reconnu les faits »": its own; "…, et la
        # CFDT a suivi en annonçant un préavis « dès ce soir »": the body's
        return found
    if _PARTICIPLE_OPENING.match(masked, _opening(ctx), q.start) is not None:
        # "Évoquant un possible « jeu de piste », le procureur a invité …": the words of the
        # subject the participle clause is set off before
        closed = _CLAUSE_CLOSING.match(masked, q.end, ctx.sentence_end)
        if closed is None:
            return None
        found = _opening_subject(ctx, closed.end(), ctx.sentence_end, rule)
        return found if found is not None and found.source_type == "person" else None
    found = _opening_subject(ctx, _opening(ctx), q.start, rule)
    if (verb := _verb_ending_subject(masked, found, q.start)) is not None:
        # "La municipalité assume « … »": the phrase ran on to the quote over its verb
        found = _opening_subject(ctx, _opening(ctx), verb, rule)
    if found is not None and _ABSOLUTE.match(masked, found.mention_end or q.start):
        return None  # "L'agence ayant « alerté … », le ministère …": no subject of the sentence
    if found is not None and (
        _CALLED_SO.search(masked, found.mention_end or q.start, q.start)
        or _CHARGED_WITH.search(masked, found.mention_end or q.start, q.start)
    ):  # what it is called, or what the subject is charged with: by whom?
        return Attribution(None, method=f"{rule.method}+passive")
    holder = _RELATIVE_SUBJECT_COLON.search(masked, ctx.sentence_start, q.start)
    if holder is not None and (found is None or found.source_type != "person"):
        # "une facture qu'Hugo Perrin assume pleinement : « … »": the relative clause's subject
        # the colon hands over to, the sentence's opening no speaker
        held = _speaker_at(ctx, holder.start(1), holder.end(1), holder.group(2), rule)
        if held is not None and held.source_type == "person":
            return held
    pronoun = _PRONOUN_BEFORE_QUOTE.search(masked, ctx.sentence_start, q.start) or (
        _WHAT_ONE_HOLDS.search(masked, ctx.sentence_start, q.start)
    )
    if found is None and pronoun is not None:
        # "Une pression qu'elle « arrive à gérer »": the subject of the clause the quote ends
        word = pronoun.group(1)
        return pronoun_attribution(ctx, pronoun.start(1), pronoun.end(1), word, "", rule, NAMING)
    clause = _LAST_CLAUSE.search(masked, ctx.sentence_start, q.start)
    if found is None and clause is not None and ctx.paragraph.role in HEADING_ROLES:
        # a headline's last clause, after its topic or another clause: "Football : Perrin
        # « fier de ses joueurs »", "Valbourg arrache le nul, Perrin « fier … »"
        found = _opening_subject(ctx, clause.end(), q.start, rule)
        return found if found is not None and found.source_type == "person" else None
    return found


#: the last word of a subject phrase that runs on to the quote, after its head, and the
#: adverbs of manner after it: the sentence's verb (``assume pleinement``)
_VERB_BEFORE_QUOTE = regex.compile(
    r"(?<=\p{L}[\s\u00a0]+)(\p{Ll}+)(?:[\s\u00a0]+\p{Ll}+ment)*[\s\u00a0]*$"
)


def _verb_ending_subject(masked: str, found: Attribution | None, quote: int) -> int | None:
    """Where the verb starts when the subject phrase a sentence opens on ran on to its quote
    with no verb between (``La municipalité assume « … »``): a verbless sentence whose last
    word before the quote is lower case and not a word of a complement (``la ministre de la
    santé``, ``le maire des Lilas``) has that word for its verb, set before the quote it
    governs."""
    if found is None or found.mention is None or found.mention_start is None:
        return None
    if masked[found.mention_end : quote].strip(" \u00a0\u202f" + MASK) or "," in found.mention:
        return None
    verb = _VERB_BEFORE_QUOTE.search(masked, found.mention_start, found.mention_end)
    if verb is None:
        return None
    words = masked[found.mention_start : verb.start()].split()
    if len(words) < 2 or regex.split(r"['’]", words[-1].lower())[-1] in STOPS | DETERMINERS:
        return None
    return verb.start()


#: a subject pronoun right before the opening mark, after ``que`` or a comma: the quote is the
#: rest of its clause (``Une pression qu'elle « arrive à gérer »``)
_PRONOUN_BEFORE_QUOTE = regex.compile(
    r"(?:\bqu['’]|,[\s\u00a0]+)(il|elle|ils|elles)[\s\u00a0]*[«“\""
    + MASK
    + r"][^\S\n]*"
    + MASK
    + "*$"
)
#: a relative clause's named subject and its verb, a colon and the quote after them: ``une
#: facture qu'Hugo Perrin assume pleinement : « … »`` (up to three words after the verb)
_RELATIVE_SUBJECT_COLON = regex.compile(
    r"\bqu(?:['’]|e[\s\u00a0]+)(\p{Lu}[\p{L}\-]+(?:[\s\u00a0]+\p{Lu}[\p{L}\-]+){0,2})[\s\u00a0]+(\p{Ll}+)"
    r"(?:[\s\u00a0]+\p{Ll}+){0,3}[\s\u00a0]*:[\s\u00a0]*[«“\"" + MASK + r"][^\S\n]*" + MASK + "*$"
)
#: a cleft naming what a pronoun's person holds, the quote after it: ``ce qu'il privilégie,
#: c'est « … »``
_WHAT_ONE_HOLDS = regex.compile(
    r"\b[Cc]e[\s\u00a0]+qu['’](il|elle|ils|elles)\b[^.!?«»:;]{1,80}?,?[\s\u00a0]*c['’]est"
    r"[\s\u00a0]*[«“\"" + MASK + r"][^\S\n]*" + MASK + "*$"
)
#: the participle of an absolute clause after its noun: ``L'agence ayant …``, ``Le pont étant
#: fermé, …``; the sentence's subject comes after the clause
_ABSOLUTE = regex.compile(r"[\s\u00a0]+(?:ayant|étant)\b")
#: a passive of naming right before the words, with no agent before them: "a été qualifié de",
#: "est surnommée", "sont présentés comme" (an agent after the words is the passive-agent rule's)
_CALLED_SO = regex.compile(
    r"\b(?:est|sont|était|étaient|a[\s\u00a0]+été|ont[\s\u00a0]+été|avait[\s\u00a0]+été"
    r"|sera|seront)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+){0,2}?"
    r"(?:qualifi|surnomm|décri|présent|considér|dépeint|traité|baptis|désign|appel)\p{Ll}*"
    r"(?:[\s\u00a0]+(?:de|d['’]|comme))?[\s\u00a0]*[«“\"" + MASK + r"]*[\s\u00a0]*$"
)


#: a passive of the courts and the police right before the words, with no agent: "a été mis en
#: examen pour", "est accusé d'", "a été condamnée pour", "l'enquête a été ouverte pour": the
#: words are the charge, a prosecutor's or a court's, never those of the subject charged
_CHARGED_WITH = regex.compile(
    r"\b(?:est|sont|était|étaient|a[\s\u00a0]+été|ont[\s\u00a0]+été|avait[\s\u00a0]+été"
    r"|avaient[\s\u00a0]+été|sera|seront)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+){0,3}?"
    r"(?:(?:mis|mise|mises)[\s\u00a0]+en[\s\u00a0]+(?:examen|cause|garde[\s\u00a0]+à[\s\u00a0]+vue)"
    r"|(?:placé|placée|placés|placées)[\s\u00a0]+en[\s\u00a0]+(?:garde[\s\u00a0]+à[\s\u00a0]+vue"
    r"|détention(?:[\s\u00a0]+provisoire)?)"
    r"|(?:interpell|arrêt|condamn|accus|inculp|écrou|soupçonn|suspect|poursuivi|incarcér"
    r"|défér|jug|ouvert|verbalis|sanctionn|relax|acquitt|recherch|renvoy|visé)\p{Ll}*)"
    # when, maybe, between: "mis en examen jeudi pour", "condamné en appel pour"
    r"(?:[\s\u00a0]+\p{Ll}+){0,2}?"
    r"[\s\u00a0]+(?:pour|de|d['’]|du|des|contre)[\s\u00a0]*[«“\"" + MASK + r"]*[\s\u00a0]*$"
)


#: a present participle or a gerund opening the sentence: "Évoquant", "En évoquant", "Tout en
#: rappelant"
_PARTICIPLE_OPENING = regex.compile(
    r"(?:(?:Tout[\s\u00a0]+)?[Ee]n[\s\u00a0]+\p{Ll}+|\p{Lu}\p{Ll}+)ant\b[^,;:.!?]*$"
)
#: the rest of a clause after a quote, up to the comma that closes it
_CLAUSE_CLOSING = regex.compile(r"[^,;:.!?]{0,80},[\s\u00a0]+")


def _has_name(mention: str) -> bool:
    """Whether a body's mention holds its name, a capitalised word after the article (``la
    CFDT-Port``), not only a common noun (``le texte``)."""
    return any(w[:1].isupper() for w in _ELIDED_ARTICLE.sub("", mention).split())


_ELIDED_ARTICLE = regex.compile(r"^(?:[Ll]['’]|(?:[Ll][ae]s?|[Uu]ne?)[\s\u00a0]+)")


def _last_clause_joined(masked: str, start: int, end: int) -> regex.Match | None:
    """The comma and conjunction joining the last clause before ``end`` to the one before it,
    no other comma after them: that clause may have a subject of its own."""
    joined = max(_LAST_JOINED.finditer(masked, start, end), key=regex.Match.start, default=None)
    if joined is None:
        return None
    clause = masked[joined.end() : end].rstrip(' \u00a0\u202f«“"' + MASK).removesuffix(":")
    return None if regex.search(r"[,;:]", clause) else joined  # the colon before the quote


#: a comma and a conjunction joining two clauses, or "mais" alone, which joins clauses, never
#: the nouns of one phrase (``Un expert est passé mais le retraité doit patienter : « … »``)
_LAST_JOINED = regex.compile(r"(?:,[\s\u00a0]+(?:et|mais)|[\s\u00a0]mais)[\s\u00a0]+")
#: the last clause before a quote, set off by a colon or a comma
_LAST_CLAUSE = regex.compile(r"[,:][\s\u00a0]+(?=[^,:]*$)")


def _opening_subject(ctx: Context, start: int, end: int, rule: Rule) -> Attribution | None:
    """The subject opening the sentence at ``start``, past adverbs and a leading phrase set off
    by a comma, when it may give words (:func:`_speaks`); whose words a noun of speech before a
    colon gives (``Réaction de la maire : « … »``)."""
    masked = ctx.masked
    toks = _tokens(masked, start, end)
    while (
        toks
        and (toks[0][2].lower() in SENTENCE_ADVERBS or toks[0][2] in {",", "Et"})
        and not _LEADING_PHRASE.match(masked, toks[0][0], end)  # "Hier soir, elle …"
    ):
        toks = toks[1:]  # "Enfin, le préfet conclura …", "Et elle …": the subject after it
    if toks and (leading := _LEADING_PHRASE.match(masked, toks[0][0], end)):
        toks = _tokens(masked, leading.end(), end)  # "Réunis lors du conseil, les maires"
    if toks and (linked := _LINKING_CLEFT.match(masked, toks[0][0], end)):
        toks = _tokens(masked, linked.end(), end)  # "C'est ainsi que la maire a …": the maire
    comma = next((t[0] for t in toks if t[2] == ","), -1)
    if toks and (
        (cleft := _CLEFT_WITH_QUI.match(masked, toks[0][0], end))
        # "C'est le cas de X, éleveuse à …": the person the sentence gives as an example
        or (cleft := _CASE_OF.match(masked, toks[0][0], end))
        # "En attendant, c'est le pharmacien, X, qui …": a cleft after a phrase set off
        or (comma > 0 and (cleft := _CLEFT_AFTER_COMMA.match(masked, comma, end)))
    ):
        toks = _tokens(masked, cleft.end(), end)  # "C'est le maire, X, qui a …": the maire
    if not toks or MASK in toks[0][2]:
        return None
    first = toks[0][2]
    if first.lower() == "il" and IMPERSONAL.match(masked, toks[0][1]):
        return None  # "Il ne fallait pas attendre, dit X, « … »": no one
    if not (
        first[:1].isupper()
        or first.lower() in PRONOUNS
        or first.lower() in DETERMINERS
        or first.lower() == "on"  # "Du côté de la préfecture, on se veut rassurant :"
    ):
        return None
    said = _SAID_OF.match(masked, toks[0][0], end)
    if said is not None and masked[said.end() : end].rstrip(" \u00a0" + MASK).endswith(":"):
        colon = masked.rfind(":", said.end(), end)
        found = _speaker_at(ctx, said.end(), colon, said.group(1), rule)
        if found is not None and _speaks(found):  # "Réaction de la maire : « … »"
            return found
    owned = _OWNED_SPEECH.match(masked, toks[0][0], end)
    if owned is None or masked[owned.end() : end].strip(" \u00a0" + MASK):
        # "Ses conclusions font état d'« … »", "Son constat est sans appel : « … »": what was
        # said, its owner's, as the subject of any verb
        owned = _OWNED_SPEECH_SUBJECT.match(masked, toks[0][0], end)
    if owned is not None:
        return _owner_of_speech(ctx, owned, start, rule)
    if _common_noun_opening(ctx, first) and not _name_set_off(masked, toks[0][0], end):
        return None  # "Grève des dockers : « … »": a noun capitalised for opening, no one
    found = _speaker_at(ctx, toks[0][0], end, "", rule)
    if found is not None and (resumed := _DISLOCATED.match(masked, found.mention_end or 0, end)):
        # "Les patients, elle les connaît tous : « … »": the object set before its clause, a
        # clitic taking it up; the subject is the pronoun
        return pronoun_attribution(
            ctx, resumed.start(1), resumed.end(1), resumed.group(1), "", rule, NAMING
        )
    if found is not None and _speaks(found):
        return found
    owned = _OWNED_SUBJECT.match(masked, toks[0][0], end)
    if owned is not None and masked[owned.end() : end].rstrip(" \u00a0" + MASK).endswith(":"):
        # "Sa recherche d'un studio est loin d'être facile : « … »": a sentence on what is
        # someone's, then a colon and their words
        return _owner_of_speech(ctx, owned, start, rule)
    return None


#: a given name and a surname no table knows, set off by a comma before what the person is
#: or their age (``Yoanne Loberot, foraine, …``, ``Jo Kern, 45 ans, …``): a person, whom a
#: common noun capitalised for opening a sentence never looks like
_NAME_SET_OFF = regex.compile(
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[\s\u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
    r"[\s\u00a0]*,[\s\u00a0]*(\p{Ll}+|\d)"
    # a given name alone, with the age that only a person has: "Bachir, 13 ans,"
    r"|[\s\u00a0]*,[\s\u00a0]*(\d{1,3})[\s\u00a0]+ans[\s\u00a0]*,)"
)


def _name_set_off(masked: str, start: int, end: int) -> bool:
    """Whether a sentence opens on a name set off before a role or an age (not an adverb:
    ``Grève totale, enfin``)."""
    found = _NAME_SET_OFF.match(masked, start, end)
    return found is not None and (found.group(1) or "") not in SENTENCE_ADVERBS | STOPS


#: a possessive and the noun it goes with opening a sentence as its subject
_OWNED_SUBJECT = regex.compile(r"(?P<words>(?i:son|sa|ses|leur|leurs)[\s\u00a0]+\p{Ll}+)\b")


#: a subject pronoun and an object clitic after a noun phrase set off by a comma: the noun
#: phrase is the object, set before its clause (``Les patients, elle les connaît``)
_DISLOCATED = regex.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(il|elle|ils|elles)[\s\u00a0]+(?:ne[\s\u00a0]+|n['’])?"
    r"(?:(?:les|la|le|leur|lui|en|y)[\s\u00a0]|l['’])"
)


#: a noun for what was said opening a sentence, a few adjectives, and whose it was after ``de``:
#: ``Réaction immédiate de la maire :``, ``Le constat amer du syndicat :``
_SAID_OF = regex.compile(
    # and a quantifier: "Quelques réactions de commerçants :"
    r"(?:(?i:le|la|les|l['’]|un|une|des|"
    + "|".join(sorted(_COUNTING))
    + r")[\s\u00a0]*)?(?i:("
    + _SPEECH_NOUN
    + r"))s?(?:[\s\u00a0]+\p{Ll}+){0,2}?[\s\u00a0]+"  # "Explications d'une infirmière :"
    + _OF_WHOM
)


def _subject_before(ctx: Context, start: int, rule: Rule) -> Attribution | None:
    """The subject opening the sentence before the one at ``start``, in the paragraph before
    if ``start`` opens its paragraph."""
    opening_of = ctx.paragraph.start
    if start <= opening_of + 1:
        paragraph = ctx.resolver.paragraph_before(opening_of)
        if paragraph is None:
            return None
        opening_of, start = paragraph.start, paragraph.end
    opening = ctx.grammar.sentence_start(opening_of, max(opening_of, start - 2))
    return _opening_subject(ctx, opening, start, rule)


def _owner_of_speech(
    ctx: Context, owned: regex.Match, start: int, rule: Rule
) -> Attribution | None:
    """Whose words a possessive and a noun for what was said give (``Sa réponse : « … »``,
    ``Ses conclusions font état d'« … »``): the body the sentence before, from ``start``, is
    about, or the last person named (the possessive agrees with the noun, not with its
    owner)."""
    before = _subject_before(ctx, start, rule)
    if before is None or (before.source_type == "person" and not before.speaker):
        before = pronoun_attribution(ctx, owned.start(), owned.end("words"), "", "", rule, NAMING)
    if not before.speaker:
        return None
    return replace(
        before,
        mention=owned.group("words"),
        mention_start=owned.start(),
        mention_end=owned.end("words"),
    )


#: a possessive and a noun for what was said, a few adjectives, then a colon: ``Sa réponse :``,
#: ``Sa réplique, cinglante :``, or the noun alone: ``Extrait :`` (whose, the sentences before
#: tell)
_OWNED_SPEECH = regex.compile(
    r"(?:(?P<words>(?i:son|sa|ses|leur)[\s\u00a0]+(?i:" + _SPEECH_NOUN + r"))"
    r"(?:,?[\s\u00a0]+\p{Ll}+){0,2}|(?P<words>(?i:" + _SPEECH_NOUN + r")))[\s\u00a0]*:"
)


#: a possessive and a noun for what was said opening a sentence as its subject
_OWNED_SPEECH_SUBJECT = regex.compile(
    r"(?P<words>(?i:son|sa|ses|leur|leurs)[\s\u00a0]+(?i:" + _SPEECH_NOUN + r"))\b"
)


#: a name opening on an elided article: ``l'UPV``, ``L'Oréal``
_ELIDED_NAME = regex.compile(r"[Ll]['’]\p{Lu}")


#: a noun for people by what they do, by its suffix (``les nageurs``, ``les enseignants``)
_AGENT_NOUN = regex.compile(r"\b\p{Ll}{2,}(?:eur|euse|iste|ant|ante|ien|ienne|trice)s?$")


def _speaks(found: Attribution) -> bool:
    """Whether a speaker found with no verb of saying may give words: a person, a name (``La
    CGT``), a body or a document (``le parquet``, ``le rapport``), a medium (``le quotidien``);
    not a thing (``Une secousse « à peine perceptible » a …``, ``Le plan de « refondation »``)."""
    if found.source_type == "person":
        return True
    mention = found.mention or ""
    # an honorific is no word of its own: "le scénario de M. Perrin" is a thing of his
    words = [regex.split(r"['’]", w)[-1] for w in mention.split() if w.lower() not in HONORIFICS]
    named = [  # a capitalised word that is no place after "de" ("au bord du Léman"), or
        # after an elided article ("l'UPV": no capital for opening a sentence)
        w
        for before, w in pairwise(["", *words])
        if w[:1].isupper()
        and (before.lower() not in {"", "de", "du", "des", "d"} or _ELIDED_NAME.match(mention))
    ]
    head = []  # the words before the complement: "Une fin de conseil communal" is no body
    for word in words:
        if word.lower() in _COMPLEMENT_OPENERS or word.lower() == "d":
            break
        head.append(word)
    return bool(named) or any(_body_noun(w) or w.lower() in MEDIA for w in head)


def _body_noun(word: str) -> bool:
    """Whether a word is a body's or a document's noun (``parquet``, ``rapport``, ``État``); not
    ``état`` in lower case, a condition (``l'état des vestiaires``)."""
    return word.lower() in BODIES and word not in _CAPITAL_BODIES


def _common_noun_opening(ctx: Context, word: str) -> bool:
    """Whether a capitalised word opening a sentence with no article is a common noun (``Grève
    des dockers``, ``Marée noire …``): no given name, and the text never capitalises it
    inside a sentence as it does a name."""
    low = word.lower()
    return (
        word[:1].isupper()
        and low not in PRONOUNS
        and low not in DETERMINERS
        and low not in HONORIFICS
        and not _is_given(word)
        and not ctx.grammar.named_inside_sentences(word)
    )


#: the adverbs that may stand before a participle opening a sentence, with their accents
#: dropped too, as on a capital (``Egalement``)
_ADVERBS_BEFORE_PARTICIPLE = (
    {regex.escape(w) for w in SENTENCE_ADVERBS if w.isalpha()}
    | {regex.escape(fold_accents(w)) for w in SENTENCE_ADVERBS if w.isalpha()}
    | {r"d['’]abord", r"d['’]emblée"}  # elided: "D'abord venu accompagner sa fille, il …"
)

#: the determiners a subject's noun phrase opens on: articles, possessives, demonstratives,
#: numbers and quantifiers
_SUBJECT_DETERMINER = (
    r"(?:le|la|les|l['’]|un|une|des|son|sa|ses|leurs?|notre|nos|votre|vos|mon|ma|mes"
    r"|ce|cet|cette|ces|" + "|".join(sorted(_COUNTING)) + ")"
)


#: a phrase opening a sentence before its subject, set off by a comma: of place or time after a
#: preposition (``Après le vote, la maire …``), a participle and its complement (``Réunis lors
#: du conseil, les maires …``), a span of time (``Un an après son élection, l'élue …``); the
#: subject after it opens on an article, a possessive, a demonstrative, a pronoun or a capital
_LEADING_PHRASE = regex.compile(
    # ("A" too: French copy often drops the accent of a capital À)
    r"(?:(?:Après|Avant|Lors|Dans|En|Au|Aux|À|A|Pour|Depuis|Pendant|Malgré|Face|Dès|Sur|Chez"
    r"|Parmi|Outre|Avec|Sans|Contre|Entre|Sous|Vers|Derrière|Devant|Près|Au-delà|Au-dessus)"
    r"[\s\u00a0]"
    # "De son côté,", "Du côté de la préfecture,", "Quant à elle,": whose side, before the subject
    r"|De[\s\u00a0](?=\p{Ll})|Du[\s\u00a0]+côté\b|Quant[\s\u00a0]+(?:à|aux?)[\s\u00a0]"
    # the absolute construction: "Une fois le dossier étudié,", "Une fois sur place,"
    r"|Une[\s\u00a0]+fois[\s\u00a0]"
    # where, from the last scene: "Un peu plus loin,", "Plus loin,", "Non loin de là,"
    r"|(?:Un[\s\u00a0]+peu[\s\u00a0]+plus|Plus|Non)[\s\u00a0]+loin\b"
    # a participle: "Interrogé par l'AFP", "Jointe par téléphone", "Venue en voisine", after an
    # adverb maybe ("Également interrogé", "Déjà condamnée"); or an adjective of the subject's
    # state: "Victorieux dimanche,", "Furieuse, la maire …"
    r"|(?!(?i:"
    + _SUBJECT_DETERMINER
    + r")\b)(?:(?:"  # not "Trois associations" ("-is")
    + "|".join(sorted({a[:1].upper() + a[1:] for a in _ADVERBS_BEFORE_PARTICIPLE}))
    + r")[\s\u00a0]+(?:(?:très|si|trop|bien|assez|fort)[\s\u00a0]+)?\p{Ll}|\p{Lu})\p{Ll}+"
    r"(?:é|ée|és|ées|is|ise|ises|ant|int|inte|ints|intes|u|ue|us|ues"
    r"|eux|euse|euses|if|ive|ifs|ives)"
    r"(?:[\s\u00a0]+(?=\p{Ll})|(?=,))"
    # a present participle whose object is words in marks: "Dénonçant « … », ils …"
    r"|\p{Lu}\p{Ll}+ant[\s\u00a0]+(?=[«“\"" + MASK + r"])"
    # the participle of a verb in -ir, before where or by whom: "Réunie dans la salle", "Sortie
    # par la porte" (never a given name in -ie before a particle: "Sophie de X")
    r"|\p{Lu}\p{Ll}+i(?:e|es)?[\s\u00a0]+"
    r"(?=(?:dans|par|à|au|aux|en|sur|depuis|devant|avec|chez|pour|lors)[\s\u00a0])"
    # a noun in apposition before its person, an adjective maybe after it: "Auteur du seul
    # but, l'attaquant …", "Adversaire historique du cumul, il …"; or a role: "Buteur pour
    # Valbourg, X", "Capitaine, X"
    r"|(?!(?i:" + _SUBJECT_DETERMINER + r")\b)"  # not a subject's own article: "Un habitant des"
    r"\p{Lu}\p{Ll}+(?:[\s\u00a0]+\p{Ll}{3,})?[\s\u00a0]+(?:du|de|des|d['’])(?=[\s\u00a0\p{L}])"
    r"|(?:"
    + "|".join(
        t[:1].upper() + regex.escape(t[1:]) for t in sorted(_TITLE_ROWS, key=len, reverse=True)
    )
    + r")(?=[\s\u00a0,])"
    # a clause of time, cause or condition: "Quand il voit du bois mort, le pompier …"
    r"|(?:Quand|Lorsque|Puisque|Si)[\s\u00a0]|(?:Lorsqu|Puisqu|S)['’](?=\p{L})"
    r"|(?:Un|Une|Deux|Trois|Quelques|Plusieurs|\d+)[\s\u00a0]+(?:ans?|jours?|semaines?|mois"
    r"|heures?|années?|minutes?)[\s\u00a0]"
    # when: "Lundi, la maire …", "Mardi soir, le préfet …", "Hier matin, …", "Cette année,
    # …", and after a conjunction in lower case: "…, mais hier soir, elle …"
    # a date: "Le 12 avril, …", "Le mardi 3 mars 2020, …"
    r"|[Ll]e[\s\u00a0]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s\u00a0]+)?"
    r"(?:1er|\d{1,2})[\s\u00a0]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
    r"|octobre|novembre|décembre)\b"
    r"|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
    r"|(?:ce|cet|cette)[\s\u00a0]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|matin|soir|midi|week-end|nuit|jour|mois|après-midi|semaine|année"
    r"|saison|fois|été|hiver|automne|printemps))(?=[\s\u00a0,\-]))"
    r"[^,;:.!?«»“”\"\n]{0,200}"
    # a noun set off after a place in it, with no article: "Invité sur RMC, émission phare, le …",
    # or what qualifies the thing the phrase names: "Interrogé sur le gouvernement, désormais à
    # majorité latine et sans élu des villes, il …"
    r"(?:,[\s\u00a0]+(?!" + _SUBJECT_DETERMINER + r"\b)\p{Ll}[^,;:.!?«»“”\"\n]{0,120})?"
    # closed by a comma, or by the dash of an aside: "Depuis le rejet – entre autres – l'opposition"
    r"(?:,|(?<=[\s\u00a0][–—]))[\s\u00a0]+"
    # (or a form of address: "Ce soir-là, monsieur le maire …")
    r"(?=\p{Lu}|(?i:" + _SUBJECT_DETERMINER + r"|il|elle|ils|elles|on|monsieur|madame)\b)"
)

#: what joins the items of a list of names in marks: a comma, ``et``, ``ou``, ``ainsi que``
_LIST_JOINS = ListJoins(("et", "ou", "ainsi que"), ("notamment", "par exemple"))


def is_term(quote: Quote, attribution: Attribution | None, text: str) -> bool:
    """Words in guillemets after a noun for a work (``l'émission « Soir d'été »``), one of
    three or more in a list no verb of saying reports (``pour « faux », « usage de faux » et
    « … »``), or one capitalised word after an article that no verb of saying gives anyone
    (``après le « Derby »``): a name. French writes its common nouns in lower case, so the
    capital tells."""
    return (
        names_something(text, quote.start - len(quote.open_mark), quote.text)
        # a list a verb of saying reports is words: "X annonce que les partis « ne
        # reconnaissent pas … », « constatent … » et « appellent … »"
        or (
            in_long_list(quote, text, _LIST_JOINS)
            and not _SAID_THAT.search(text, max(0, quote.start - 300), quote.start)
            # nor one making a sentence of its own that a verb of saying gives after it:
            # "« Fermez … », « fuyez », hurlent-ils" (not "une enquête pour « … », « … » et
            # « … », a-t-on appris": the charges)
            and not (
                attribution is not None
                and attribution.method.startswith(_SAID_AFTER)
                and _LIST_OPENS_SENTENCE.search(text, max(0, quote.start - 600), quote.start)
            )
        )
        or _medium_named(quote)
        or (
            _guessed_only(attribution)
            and (
                _one_name_after_article(quote, text)
                or _titled_as_a_work(quote, text)
                or _by_its_maker(quote, text)
            )
        )
    )


def _medium_named(quote: Quote) -> bool:
    """Whether the words in marks are a medium's name, its article and its noun capitalised
    (``selon « Le Quotidien Jurassien »``, ``« La Gazette de Valbourg »``): a title, whoever
    a source word gives it to."""
    words = quote.text.split()
    if (
        _WORK_TITLE.match(quote.text) is None
        or len(words) > TITLE_WORDS
        or quote.text.rstrip().endswith((".", "!", "?", "…"))
    ):
        return False
    noun = regex.split(r"['’]", words[0])[-1] if "'" in words[0] or "’" in words[0] else ""
    noun = noun or (words[1] if len(words) > 1 else "")  # "L'Hebdo", "Le Quotidien"
    return noun.lower() in MEDIA


#: "de" and the noun for a work's maker after the closing mark: "« … » de la réalisatrice X"
_OF_MAKER = regex.compile(
    r"[\s\u00a0]+(?:de[\s\u00a0]+(?:la|l['’])|du|de[\s\u00a0]+l['’])[\s\u00a0]*("
    + "|".join(sorted(_KINDS["author"], key=len, reverse=True))
    + r")\b"
)


def _by_its_maker(quote: Quote, text: str) -> bool:
    """Whether a few capitalised words in marks are followed by their maker (``« Titane » de la
    réalisatrice X``, ``“Bac Nord” du réalisateur Y``): a work's title, not spoken words."""
    return (
        quote.text[:1].isupper()
        and len(quote.text.split()) <= TITLE_WORDS
        and not quote.text.rstrip().endswith((".", "!", "?", "…"))
        and _OF_MAKER.match(text, quote.end + len(quote.close_mark)) is not None
    )


#: a verb of saying and the "que" of the words it reports, earlier in the quote's sentence
_SAID_THAT = regex.compile(
    r"\b(?:" + "|".join(sorted(map(regex.escape, VERBS), key=len, reverse=True)) + r")"
    r"[\s\u00a0]+(?:que[\s\u00a0]|qu['’])[^.!?]{0,200}$"
)
#: a title as French writes one: its article and first noun capitalised (``Les Nuits de
#: Valbourg``, ``La Grande Vadrouille``, ``L'Étranger``)
_WORK_TITLE = regex.compile(r"(?:Le|La|Les|L['’]|Un|Une)[\s\u00a0]*\p{Lu}\p{Ll}")
#: at most this many words make such a title
TITLE_WORDS = 6


def _titled_as_a_work(quote: Quote, text: str) -> bool:
    """Whether a few words in guillemets inside a sentence are written as a work's title
    (``un rôle dans « Les Nuits de Valbourg »``): speech quoted inside a sentence opens in
    lower case (``de « la fin de l'abondance »``), and a quoted sentence ends on its stop."""
    start = quote.start - len(quote.open_mark)
    inside = regex.search(r"\p{Ll}[\s\u00a0,]*$", text[max(0, start - 3) : start]) is not None
    return (
        inside
        and bool(_WORK_TITLE.match(quote.text))
        and len(quote.text.split()) <= TITLE_WORDS
        and not quote.text.rstrip().endswith((".", "!", "?", "…"))
    )


#: the rules that read a verb of saying after the quote
_SAID_AFTER = ("after-fr", "later-fr")
#: quotes in a row from the opening of their sentence up to an opening mark
_LIST_OPENS_SENTENCE = regex.compile(
    r"(?:^|[.!?…:][»”\"]?[\s\u00a0]+)"
    r"(?:[«“\"][^«»“”\"\n]{1,150}[»”\"][\s\u00a0]*,?[\s\u00a0]*(?:(?:et|ou)[\s\u00a0]+)?)*"
    r"[«“\"][\s\u00a0\u202f]*$"
)


def _guessed_only(attribution: Attribution | None) -> bool:
    """Whether no verb of saying gave the words anyone: none, or only a guess."""
    return attribution is None or attribution.method.startswith(
        ("sentence-subject", "split", "continuation", "none")
    )


#: an article or a preposition joined to one right before the opening mark
_ARTICLE_BEFORE = regex.compile(
    r"(?:^|[\s\u00a0])(?:le|la|les|l['’]|un|une|du|des|au|aux)[\s\u00a0]*$", regex.IGNORECASE
)


def _one_name_after_article(quote: Quote, text: str) -> bool:
    """Whether the quote is one capitalised word right after an article (``le « Derby »``), or
    a few, each capitalised but the particles (``du « Provence Côte d'Azur »``, a boat's name):
    French writes its common nouns in lower case."""
    words = quote.text.split()
    before = text[max(0, quote.start - 20) : quote.start].rstrip('«“"\u00a0\u202f ')
    return (
        quote.kind == "fragment"
        and 0 < len(words) <= TITLE_WORDS
        and all(regex.split(r"['’]", w)[-1][:1].isupper() or w.lower() in PARTICLES for w in words)
        and words[-1][-1:].isalnum()
        and bool(_ARTICLE_BEFORE.search(before))
    )


def names_something(text: str, start: int, quote: str) -> bool:
    """Whether the words in guillemets opening at ``start`` name a work, a body or a motto: a
    noun for such a thing right before them (``l'émission « Soir d'été »``)."""
    before = [w for w in text[max(0, start - 40) : start].split() if w.strip('«»“"')]
    if before and _NAMING.fullmatch(before[-1].lower()):
        return True  # "la nuit, baptisée « … »", "le livre s'intitule « … »"
    apposed_to = ""
    if before and before[-1].endswith(","):
        capital = regex.split(r"['’]", before[-1])[-1][:1].isupper()
        place = _PLACE_AFTER_NOUN.search(" ".join(before[-4:]).rstrip(",")) if capital else None
        if place is not None:
            apposed_to = place.group(1)  # "La patinoire de Valbourg, « La Bulle », …": the venue
        elif len(before) < 2 or before[-2].lower() not in _COMPLEMENT_OPENERS:
            apposed_to = before[-1]  # not "la présidente de l'association, « Nous … »"
    if (
        apposed_to
        and not _CLAUSE.match(quote.lstrip(" \u00a0\u202f"))
        and _apposed_name(text, start, quote, apposed_to)
    ):
        # "une association, « Vent de discorde », a été créée": its name, set off
        return True
    if not before or before[-1].endswith((",", ":", ";")):
        return False  # "présidente de l'association, « … »": set off, so no name of it
    if _called_at(before) and not _INFINITIVE_OPENING.match(quote) and not _CLAUSE.match(quote):
        # "la loi dite « … »", "le mouvement dit des « … »"; not "X dit « avoir … »", nor "Le
        # prévenu dit « je reconnais tout »": a clause is words, never a name
        return True
    if (
        len(before) > 1
        and before[-1].lower() in {"des", "du"}
        and regex.split(r"['’]", before[-2].lower())[-1] in GROUPS
    ):
        return True  # "le mouvement des « gilets rouges »": the name its members go by
    # "l'émission « Soir d'été »": French sets a title's first word in capitals, so "ce plan
    # « arrive trop tard »" gives what someone says of the plan
    opening = quote.lstrip(' \u00a0\u202f«“"')[:1]
    named = opening.isupper() or opening.isdigit()
    words = quote.split()
    if (
        named
        and words
        and regex.split(r"['’]", words[0].lower())[-1] in BODIES
        and len(words) <= 2 * TITLE_WORDS
        and not regex.search(r"[,;:.!?…]", quote)  # a name runs on with no clause of its own
    ):
        return True  # "se sont ligués en « Association des riverains »": a body's own name
    if len(before) > 1 and before[-1].lower() == "sur":
        before = before[:-1]  # "le débat sur « Éthique et technique »": the topic it is named by
    nouns = [before[-1]]
    if len(before) > 1 and _ADJECTIVE_AFTER_NOUN.fullmatch(before[-1]) and before[-1] not in VERBS:
        nouns.append(before[-2])  # "le centre social « … »", "la salle polyvalente « … »"
    if (
        len(before) > 2
        and before[-2].lower() in {"de", "d'", "d’"}
        and _LOWER_WORD.fullmatch(before[-1])
    ):
        nouns.append(before[-3])  # "l'agence de voyages « Cap au sud »": the noun the kind is of
    if (place := _PLACE_AFTER_NOUN.search(" ".join(before[-4:]))) is not None:
        nouns.append(place.group(1))  # "le camping de la région « … »", "d'Indre-et-Loire"
    return named and any(
        regex.split(r"['’]", noun.lower())[-1] in WORKS | NAMED_THINGS | _SIGNS for noun in nouns
    )  # or what a sign bears: "un autocollant « On marche sur la tête »", "le panneau « Castres »"


def _apposed_name(text: str, start: int, quote: str, noun: str) -> bool:
    """Whether words in guillemets set off by commas right after a noun for a named thing are
    its name (``un collectif, « Sauvons la plage », est né``): a few words opening in capitals,
    no sentence of their own, and a comma closing the apposition right after the mark."""
    words = quote.split()
    close = text.find(quote, start) + len(quote)
    after = text[close : close + 3].lstrip('»”"\u00a0\u202f ')
    return (
        regex.split(r"['’]", noun.rstrip(",").lower())[-1] in WORKS | NAMED_THINGS
        and quote.lstrip(" \u00a0\u202f")[:1].isupper()
        and 0 < len(words) <= TITLE_WORDS
        and not quote.rstrip().endswith((".", "!", "?", "…"))
        and after.startswith(",")
    )


_LOWER_WORD = regex.compile(r"\p{Ll}+")
#: an adjective of kind after its noun, by its ending: "social", "polyvalente", "rural",
#: "culturel", "associatif", "municipale" (a verb with the same ending is no adjective)
_ADJECTIVE_AFTER_NOUN = regex.compile(
    r"\p{Ll}{2,}(?:al|ale|el|elle|if|ive|aire|ique|ien|ienne|ain|aine|ier|ière)s?"
)
#: a noun and where it is, after it: "camping de la région", "camping d'Indre-et-Loire"
_PLACE_AFTER_NOUN = regex.compile(
    r"([\p{L}'’]+)[\s\u00a0]+(?:(?:de|du|des)[\s\u00a0]+(?:(?:la|les)[\s\u00a0]+|l['’])?"
    r"|d['’])[\p{L}\-]+$"
)
_CALLED = frozenset({"dit", "dite", "dits", "dites"})
#: a verb or a participle that gives something its name, never words: ``baptisée``,
#: ``intitulé``, ``s'intitule``, ``surnommés``, ``dénommée``
_NAMING = regex.compile(
    r"(?:s['’])?(?:re)?(?:baptis|intitul|surnomm|dénomm)(?:é|ée|és|ées|e|ent|ait|aient)"
)
#: an infinitive opening the words after ``dit``: what someone says they do, no name (``X, avocat
#: du suspect, dit « avoir besoin d'en savoir plus »``)
_INFINITIVE_OPENING = regex.compile(r"(?:ne\s+pas\s+|n['’])?\p{Ll}{2,}(?:er|ir|re|oir)\b")
#: a subject pronoun opening the words after ``dit``: a clause someone says (``je reconnais``,
#: ``nous partons``, ``c'est fini``), no name
_CLAUSE = regex.compile(r"(?i:(?:je|tu|nous|vous|on|ils?|elles?)[\s\u00a0]+|j['’]|c['’])\p{L}")
#: words before "dit" that make it a verb of saying: its subject, its auxiliary or the reflexive
#: of "se dire" ("se dit « prête »", "s'est dit « choqué »")
_SUBJECT_WORDS = frozenset({"il", "elle", "on", "ils", "elles", "qui", "ce", "cela", "ça"})
_AUXILIARIES_BEFORE_CALLED = frozenset(
    {"a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "se"}
    | {f"s{apostrophe}{be}" for apostrophe in "'’" for be in ("est", "était")}
)


def _called_at(before: list[str]) -> bool:
    """Whether the words before the marks end on ``dit`` meaning "called" after a noun (``la
    loi dite``, ``le mouvement dit des``), not on a verb of saying after its subject."""
    words = before[-4:]
    while words and words[-1].lower() in {"des", "du", "la", "de", "d'", "d’", "l'", "l’"}:
        words = words[:-1]
    if len(words) < 2 or words[-1].lower() not in _CALLED:
        return False
    noun = words[-2]
    return noun[:1].islower() and noun not in _SUBJECT_WORDS | _AUXILIARIES_BEFORE_CALLED


def _title_gender(titled: regex.Match) -> str | None:
    """The article or the honorific tells it: ``la ministre``, ``Mme`` against ``le``, ``M.``."""
    first = titled.group("title").split()[0].lower()
    return _OPENING_GENDER.get(first)


#: the gender an article or an honorific opening a mention tells
_OPENING_GENDER = {
    **dict.fromkeys(("le", "un", "ce", "cet", "m.", "m", "monsieur"), "m"),
    **dict.fromkeys(("la", "une", "cette", "mme", "mlle", "madame", "mademoiselle"), "f"),
    **dict.fromkeys(("sa", "ma", "ta"), "f"),
}


def _body_gender(mention: str) -> str | None:
    """``le parquet`` is masculine, ``la préfecture`` feminine, ``la CGT`` too: the article of an
    institution's or a document's noun or an acronym, or for an elided one the noun's own gender
    (``l'opposition``); None for what is no institution."""
    words = regex.sub(r"^([Ll]['’])", r"\1 ", mention).split()
    if len(words) == 2 and len(words[1]) > 1 and words[1].isupper():
        return _mention_gender(mention)  # "la CGT", "le PS": a body by its acronym
    if len(words) < 2 or words[1].lower() not in BODIES:
        return None  # an institution's noun, or a document's ("une lettre ouverte … Elle …")
    if words[0].lower() in {"l'", "l’"}:
        noun = words[1].lower()
        return "f" if noun in _KINDS["feminine"] else "m" if noun in _KINDS["masculine"] else None
    return _mention_gender(mention)


def _mention_gender(mention: str) -> str | None:
    """``le préfet`` is a man, ``la maire`` and ``Mme Roux`` a woman; after an elided article,
    the role's own form where the lexicon has both (``l'étudiante``, ``l'avocat``), not
    ``l'élève``."""
    words = mention.split()
    if not words:
        return None
    elided = _ELIDED_ARTICLE.match(words[0])
    if elided is not None:
        return _role_form_gender(words[0][elided.end() :].lower())
    first = words[0].lower()
    if first in {"son", "mon", "ton"} and len(words) > 1:
        # "son mari", "son fils": masculine; before a vowel the noun tells ("son amie")
        noun = words[1].lower()
        return _role_form_gender(noun) if noun[:1] in "aâeéèêiîoôuhy" else "m"
    return _OPENING_GENDER.get(first)


#: an article elided before a vowel, which tells no gender
_ELIDED_ARTICLE = regex.compile(r"[Ll]['’]")
#: the feminine endings of role nouns and the masculine ones they stand for (étudiante,
#: étudiant; infirmière, infirmier; serveuse, serveur; agricultrice, agriculteur; électricienne,
#: électricien): French gender inflection (Grevisse, the feminine of nouns)
_FEMININE_ENDINGS = (("trice", "teur"), ("ière", "ier"), ("euse", "eur"), ("enne", "en"), ("e", ""))


def _role_form_gender(noun: str) -> str | None:
    """A role noun's gender by its form, where the lexicon has its other form too: feminine if
    it is the feminine of a role (``étudiante``), masculine if a role is its feminine
    (``avocat``); None for one form of both genders (``élève``) or no role."""
    if noun not in TITLES:
        return None
    for feminine, masculine in _FEMININE_ENDINGS:
        if noun.endswith(feminine) and noun[: len(noun) - len(feminine)] + masculine in TITLES:
            return "f"
    for feminine, masculine in _FEMININE_ENDINGS:
        if noun.endswith(masculine) and noun[: len(noun) - len(masculine)] + feminine in TITLES:
            return "m"
    return None


#: a person by age after a definite article or a demonstrative (``l'homme de 58 ans``, ``la
#: jeune femme de 19 ans``, ``l'attaquant de 22 ans``, ``ce sexagénaire``) or as the one concerned
#: (``l'intéressé``): someone just named, as ``the 90-year-old`` is in English
_AGE_EPITHET = regex.compile(
    r"(?:[Ll]['’]|[Ll][ea][\s\u00a0]+|[Cc](?:e|et|ette)[\s\u00a0]+)(?:jeunes?[\s\u00a0]+)?"
    r"(?:(?:(?P<m>homme|garçon|adolescent)|(?P<f>femme|fille|adolescente)|\p{Ll}[\p{Ll}\-]+)"
    r"[\s\u00a0]+de[\s\u00a0]+\d{1,3}[\s\u00a0]+ans"
    r"|(?:quadra|quinqua|sexa|septua|octo|nona)génaire|trentenaire|quarantenaire|centenaire"
    # "l'intéressé", "l'intéressée": the one the story is about, just named
    r"|(?P<m>intéressé)(?!e)|(?P<f>intéressée))\b"
)


NAMING = Naming(
    PRONOUNS,
    noun_phrase,
    _APPOSED_NAME,
    TITLED_NAME,
    _title_gender,
    _is_person,
    full_name,
    _mention_gender,
    lambda word: word.lower() in TITLES,
    frozenset({"le", "la", "l'", "l’", "son", "sa", "leur"}),  # "leur avocat": theirs, named
    GIVEN_NAMES,
    DEMONYMS,
    ranks=_RANKS,
    epithets=role_epithets("fr"),
    age_epithet=_AGE_EPITHET,
    # "ce dernier", "cette dernière": the latter, the last one named of that gender
    demonstratives={"celui-ci": "il", "celle-ci": "elle"},
    pointing={"ce": "m", "cet": "m", "cette": "f"},
    inverted_cue=lambda ctx, pos, rule: _cue_at(ctx, pos, rule),
    plural=frozenset({"les", "des", "certains", "certaines"} | _COUNTING),
    source_openers=frozenset({"selon", "d'après", "d’après"}),
    body_gender=_body_gender,
    role_gender=_role_form_gender,
    collectives=GROUPS,
    named_with_article=True,
    lone_given_name=True,
    double_surnames=True,
    leading_phrase=_LEADING_PHRASE,
    function_words=STOPS | SENTENCE_ADVERBS,
    dateline=_DATELINE,
    place_nouns=_PLACES,
    # the nouns before a work's or an event's name, not the participles that name a person
    # ("surnommé Jo")
    work_nouns=frozenset(w for w in WORKS if not w.endswith(("é", "ée"))),
)


#: the forms of ``avoir`` that make a participle after them active (``a jugé``), not passive
_AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai"})
#: a reflexive before the participle: ``s'est dite « choquée » par …`` names a cause, no agent
_REFLEXIVE_BEFORE = regex.compile(
    r"\b(?:s['’]|se[\s\u00a0]+)(?:est|sont|était|étaient|serait|seraient)[\s\u00a0]+$"
)
#: the endings of a past participle, agreed or not (``jugé``, ``qualifiées``, ``décrit``)
_PARTICIPLE = regex.compile(r"\p{Ll}{2,}(?:ée?s?|ie?s?|ite?s?|ue?s?)")
#: what may stand between the participle and the quote: ``qualifié de``, ``décrit comme``
_PARTICIPLE_TO_QUOTE = frozenset({"de", "d'", "d’", "comme"})
#: what joins words in marks listed after one participle
_JOINING_QUOTES = frozenset({",", "et", "ou"})
#: ``par`` opening an adverbial, not an agent
_PAR_ADVERBIAL = regex.compile(r"(?:ailleurs|exemple|contre|conséquent|la\s+suite|moments)\b")
#: the agent after the quote: ``« … » par l'opposition``
_BY = regex.compile(
    r"[\s\u00a0\u202f"
    + MASK
    + r"]*"
    # more words in marks joined to these: "« très virulent » et « très violent » par X"
    + r"(?:(?:,|et|ou)[\s\u00a0\u202f]+"
    + MASK
    + r"+[\s\u00a0\u202f]*)*"
    + r",?[\s\u00a0]*par[\s\u00a0]+"
)


def passive_agent(ctx: Context, rule: Rule) -> Attribution | None:
    """A participle of saying in the passive names who said it with ``par`` after the quote:
    ``Le projet a été jugé « irréaliste » par la députée Marie Duval``, ``Les faits, qualifiés
    de « très graves » par le procureur, …`` (the project, the facts are what was spoken of);
    ``a jugé « … » par ailleurs`` is active, its subject the speaker."""
    q, masked = ctx.quote, ctx.masked
    by = _BY.match(masked, q.end, ctx.paragraph.end)
    if by is None or _PAR_ADVERBIAL.match(masked, by.end()):
        return None
    if _CHARGED_WITH.search(masked, _opening(ctx), q.start):
        # "Il a été sanctionné pour « … » par la fédération": the charge, worded by its agent
        return _speaker_at(ctx, by.end(), ctx.paragraph.end, "par", rule)
    toks = _tokens(masked, _opening(ctx), q.start - len(q.open_mark))
    n = len(toks) - 1
    while n >= 0 and (
        toks[n][2].lower() in _PARTICIPLE_TO_QUOTE
        or toks[n][2] in _JOINING_QUOTES
        or MASK in toks[n][2]
    ):  # "décrit comme « … » et « … »": past the words in marks joined before this one
        n -= 1
    if n < 1 or toks[n][2] not in VERBS or not _PARTICIPLE.fullmatch(toks[n][2]):
        return None
    if toks[n - 1][2].lower() in _AVOIR or _REFLEXIVE_BEFORE.search(
        masked, max(0, toks[n][0] - 30), toks[n][0]
    ):
        return None  # "a jugé « … » par ailleurs", "s'est dite « choquée » par ses propos"
    return _speaker_at(ctx, by.end(), ctx.paragraph.end, "par", rule)


def in_full(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph given whole after the sentences that name who said it
    (``Nous publions ci-dessous son message :``): the one person named there."""
    if (span := in_full_span(ctx)) is None:
        return None
    return person_named_in(ctx, *span, rule, NAMING)


def colon_paragraph(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after a paragraph that ends on a colon
    (``… a déclaré la maire :`` ¶ ``« … »``): the verb of saying before the colon and its
    subject."""
    return (
        across_colon(ctx, rule, before)
        or across_colon(ctx, rule, _view_before_colon)
        or across_colon(ctx, rule, _name_closing_clause)
        or across_colon(ctx, rule, _name_opening_colon)
        or across_colon(ctx, rule, _words_of_before_colon)
        or across_colon(ctx, rule, _subject_before_colon)
    )


def _view_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """Whose view a sentence opening on ``Pour`` gives before its colon (``Pour Hugo Perrin,
    président de la Région, c'est une chance :`` ¶ ``« … »``): a person's, whose words follow."""
    colon = ctx.masked.rfind(":", ctx.sentence_start, ctx.quote.start)
    view = _VIEW_OF.match(ctx.masked, ctx.sentence_start, colon)
    if view is None:
        return None
    found = _speaker_at(ctx, view.end(), colon, view.group(1), rule)
    return found if _holds_view(ctx, found) and found.source_type == "person" else None


def _words_of_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A noun for words and whose they are before the colon (``Réaction de Mme Wong :``)."""
    colon = ctx.masked.rfind(":", ctx.sentence_start, ctx.quote.start)
    words_of = _WORDS_OF_NAME.match(ctx.masked, ctx.sentence_start, colon)
    return _speaker_at(ctx, words_of.end(), colon, ":", rule) if words_of else None


def _subject_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """The subject of a sentence with no verb of saying that announces the words after its colon
    (``Ruth Albers est heureuse que Jo Kern ait accepté :``): a person, who may give words."""
    colon = ctx.masked.rfind(":", ctx.sentence_start, ctx.quote.start)
    found = _opening_subject(ctx, ctx.sentence_start, colon, rule)
    if found is None or not found.speaker or found.source_type != "person":
        return None
    # a clause, not a heading that is only the person ("Le capitaine Marc Delaunay :")
    return found if ctx.masked[found.mention_end or colon : colon].strip() else None


def _name_closing_clause(ctx: Context, rule: Rule) -> Attribution | None:
    """A name closing a clause before a colon (:func:`_name_closing_colon`), not a heading
    that is only a name and its role (``Le capitaine Marc Delaunay :``, read as a heading)."""
    found = _name_closing_colon(ctx, rule)
    if found is None or found.mention_start is None:
        return None
    opening = ctx.masked[ctx.sentence_start : found.mention_start].split()
    return None if all(_HEADING_WORDS[0](word) for word in opening) else found


#: French headings: roles in lower case with their articles and honorifics (``Le maire``)
_HEADING_WORDS: HeadingWords = (
    lambda word: (
        (low := regex.split(r"['’]", word.lower())[-1]) in TITLES
        or low in DETERMINERS
        or low in HONORIFICS
    ),
    _is_given,
)


def speaker_heading(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph under a heading that is only a person's name, a role before it
    (``L'entraîneur Hugo Perrin`` ¶ ``« … »``), as a sheet of voices after a match sets them."""
    return heading_speaker(ctx, rule, _HEADING_WORDS)


#: a noun for what someone said and whose it was (``La réponse du maire``, ``sa réaction``)
#: a noun for someone's words or view and "pour" whom it holds, opening a clause (``Le constat
#: est amer pour l'éleveur``)
_VIEW_FOR = regex.compile(
    r"(?:,[\s\u00a0]+)?(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a)[\s\u00a0]+(?:" + _SPEECH_NOUN + r")\b"
    r"[^.!?,«»\n" + MASK + r"]{0,40}?\bpour[\s\u00a0]+"
)


def _view_for(masked: str, start: int, end: int) -> regex.Match | None:
    """``Le constat est évident pour X`` opening the sentence or a clause after a comma: the
    match, whose end is where X is named."""
    found = _VIEW_FOR.search(masked, start, end)
    if found is None or (found.start() != start and masked[found.start()] != ","):
        return None
    return found


_THEIR_WORDS = regex.compile(
    r"(?:[Ll]a|[Ll]e|[Ss]a|[Ss]on)[\s\u00a0]+(?:"
    + _SPEECH_NOUN
    + r")[\s\u00a0]+(?:de[\s\u00a0]+la|de[\s\u00a0]+l['’]|du|de|des|d['’])[\s\u00a0]*"
)


#: a capitalised noun for someone's words and the "de" before whose they are, opening a name
#: before a colon (``Réaction de Denis Roux :``, ``Commentaire du maire :``)
_WORDS_OF_NAME = regex.compile(
    r"(?i:"
    + _SPEECH_NOUN
    + r")[\s\u00a0]+(?:de[\s\u00a0]+la|de[\s\u00a0]+l['’]|du|de|des)[\s\u00a0]*(?=\p{Lu})"
)


def previous_paragraph(ctx: Context, rule: Rule) -> Attribution | None:
    """A paragraph that is nothing but a quote, after a paragraph whose last sentence ends on a
    person's verb of saying with no object, announcing the words (``… Elle raconte.`` ¶ ``« La
    météo empirait. … »``): that person, named in full with a given name."""
    masked = ctx.masked
    prev = paragraph_before_lone_quote(ctx, " .,\u00a0\u202f»")
    if prev is None or crosshead_quote(ctx.quote, ctx.article.text):
        return None  # (a crosshead is the page's pull from the story: the story tells whose)
    before = ctx.grammar.sentence_start(prev.start, prev.end - 1)
    toks = _tokens(masked, before, prev.end)
    if len(toks) < 3 or toks[-1][2] != "." or MASK in masked[before : prev.end]:
        return None
    if toks[-2][2].lower() in VERBS:  # "Elle raconte.": the verb closes the sentence
        found = _speaker_at(ctx, before, toks[-2][0], "", rule)
        if found is None or found.source_type != "person" or not found.speaker:
            return None
        return found if _is_given(found.speaker.split()[0]) else None
    # or the sentence reports what a person named says, the words to come give it verbatim
    # ("Le commissaire Hugo Perrin annonce qu'il va mobiliser des renforts." ¶ "« … »")
    verb = next((t for t in toks[1:] if t[2].lower() in VERBS), None)
    if verb is None:
        return _pronoun_opening(ctx, toks, prev.end, rule)
    if (found := _inverted_at_end(ctx, toks, rule)) is not None:
        return found  # "…, a rappelé le sous-préfet, Hugo Perrin." ¶ "« … »"
    # its subject opens it, or follows a phrase set off by a comma ("Même s'il …, X annonce")
    # or a conjunction opening a clause after a comma ("…, mais ce dernier conteste …")
    starts = [before] + [t[1] for t in toks if t[2] == "," and t[0] < verb[0]]
    starts += [
        toks[i][1]
        for i in range(1, len(toks))
        if toks[i][2].lower() in _COORDINATORS and toks[i - 1][2] == ","
    ]
    for start in starts:
        verb = next((t for t in toks if t[0] > start and t[2].lower() in VERBS), verb)
        found = _speaker_at(ctx, start, verb[0], "", rule)
        if (
            found is not None
            and found.speaker
            and (
                (
                    found.source_type == "person"
                    and found.speaker[:1].isupper()
                    and found.speaker.split()[0].lower() not in DETERMINERS  # "La maire"
                )
                # a body speaks as "nous": "Le conseil départemental conteste …" ¶ "« Au
                # contraire, nous avons … »", when the verb reports words, in a clause after
                # "que" or an infinitive (not "Le port a annoncé sa fermeture")
                or (
                    found.source_type == "organisation"
                    and _WE.search(ctx.quote.text)
                    and _REPORTED.match(masked, verb[1])
                )
            )
            and _only_auxiliary(masked[found.mention_end or start : verb[0]])
        ):
            return found
    # no verb of saying with a subject of its own ("X, la gérante, entame sa saison.")
    return _pronoun_opening(ctx, toks, prev.end, rule)


#: the conjunctions that open a clause of its own after a comma (``…, mais ce dernier …``)
_COORDINATORS = _CLAUSE_CONJUNCTIONS | {"mais", "et", "or"}
#: what a verb of saying reports, after it: a clause after "que", or an infinitive
_REPORTED = regex.compile(
    r"[\s\u00a0]+(?:qu['’]|que\b|(?:ne[\s\u00a0]+pas[\s\u00a0]+)?\p{Ll}+(?:er|ir|re|oir)\b)"
)
#: the first person plural a body's words are in
_WE = regex.compile(r"\b(?i:nous|notre|nos)\b")


def _pronoun_opening(
    ctx: Context, toks: list[tuple[int, int, str]], end: int, rule: Rule
) -> Attribution | None:
    """The person a paragraph's last sentence opens on by ``il`` or ``elle`` or a role with
    its definite article, maybe past up to three words set off by a comma, or by a given name,
    whatever its verb (``Diabétique, elle en a besoin.``, ``L'élu n'a pas digéré la décision.``,
    ``Cyrille était en vacances.`` ¶ ``« … »``): the
    quote standing alone after it goes on about them, in their words, when the pronoun or the
    role goes back to someone named in full with a given name."""
    comma = next((k for k in range(1, min(4, len(toks) - 1)) if toks[k][2] == ","), None)
    at = 0 if comma is None else comma + 1  # "Depuis lundi, elle …": past the adverbial
    named = toks[0][2][:1].isupper() and _is_given(toks[0][2])
    if named:
        at = 0  # "Cyrille était en vacances.", "Ana Roux, qui …, a perdu …": the one named
    word = toks[at][2].lower()
    if named or word in _DEFINITE_SINGULAR:
        pass  # "L'élu n'a pas digéré la décision.": a role, if it stands for someone named
    elif word not in {"il", "elle"} or IMPERSONAL.match(ctx.masked, toks[at][1]):
        return None  # "Il faut …", "Il y a …": no one
    found = _speaker_at(ctx, toks[at][0], end, "", rule)
    if found is None or found.source_type != "person" or not found.speaker:
        return None
    return found if _is_given(found.speaker.split()[0]) else None


#: the definite articles of one person: a role after one opening a sentence may stand for
#: someone named before ("L'élu", "la maire")
_DEFINITE_SINGULAR = frozenset({"le", "la", "l'", "l’"})


#: the reflexive pronoun of a verb of saying in the third person: "…, se demande le maire"
_REFLEXIVE = frozenset({"se", "s'", "s’"})


def _inverted_at_end(
    ctx: Context, toks: list[tuple[int, int, str]], rule: Rule
) -> Attribution | None:
    """The person a sentence's closing incise names, its verb of saying after a comma and its
    subject last (``…, a rappelé le sous-préfet, Hugo Perrin.``), named with a capital."""
    for i in range(len(toks) - 2, 0, -1):
        if toks[i][2] != ",":
            continue
        at = i + 1 + (toks[i + 1][2].lower() in _AVOIR | _REFLEXIVE and i + 2 < len(toks))
        if toks[at][2].lower() not in VERBS:
            continue
        found = _speaker_at(ctx, toks[at][1], toks[-1][0], "", rule)
        named = found is not None and (found.speaker or "")[:1].isupper()
        if named and found.source_type == "person" and found.speaker != found.mention:
            return found
        if named and found.source_type == "person" and _is_given(found.speaker.split()[0]):
            return found
        return None
    return None


def _view_closing(ctx: Context, start: int, end: int, rule: Rule) -> Attribution | None:
    """The person a ``selon`` closing the sentence ``ctx.masked[start:end]`` names."""
    found = _last_source(ctx, start, end, rule)
    if found is None or found.source_type != "person" or not found.speaker:
        return None
    return found if _ends_clause(ctx.masked[found.mention_end or end : end]) else None


def _view_opening(ctx: Context, start: int, end: int, rule: Rule) -> Attribution | None:
    """The person whose view ``Pour X,`` opening the sentence ``ctx.masked[start:end]`` gives,
    or the sentence before it when this one only reports on in the conditional (``Pour X,
    l'ours est coupable. Sa culpabilité ne ferait guère de doute.``)."""
    masked = ctx.masked
    if _CONDITIONAL.search(masked, start, end) and start - 2 > ctx.paragraph.start:
        earlier = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
        if not _VIEW_OF.match(masked, start, end):
            start, end = earlier, start
    view = _VIEW_OF.match(masked, start, end)
    if view is None:
        return None
    found = _speaker_at(ctx, view.end(), end, view.group(1), rule)
    return found if _holds_view(ctx, found) and found.source_type == "person" else None


#: a verb in the conditional, the mood of reported speech (``ne ferait guère de doute``)
_CONDITIONAL = regex.compile(r"\b\p{Ll}{2,}(?:rait|raient)\b")


def verbless_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """A fragment that is all the main clause of its sentence, nothing but words set off by a comma
    before it (``Alors, « il faut résister à ça ».``, ``Et une fois que ce sera fait, « on ira
    sur Mars ».``), right after a sentence of the same paragraph whose quote has a speaker: that
    speaker's words going on; or opening a paragraph after one that closes on such a sentence,
    as web copy sets each sentence apart."""
    q, masked = ctx.quote, ctx.masked
    if q.kind == "sentence":
        return None  # a sentence of its own after the quote before: the split-quote rule's
    start = ctx.sentence_start
    opens_paragraph = not masked[ctx.paragraph.start : start].strip()
    quotes_before = ctx.by_paragraph.get(q.paragraph - 1, []) if opens_paragraph else []
    quotes_before = ctx.same_paragraph or quotes_before
    if not quotes_before or not (previous := quotes_before[-1]).attribution.speaker:
        return None
    if opens_paragraph:
        before = ctx.resolver.paragraph_at(previous.start)
        closing = masked[previous.end : before.end].lstrip(MASK + '»”" \u00a0\u202f,')
        if before.role != "body" or not _CLOSING_INCISE.fullmatch(closing):
            return None  # the paragraph before closes on the quote and its incise
    elif start - 2 <= ctx.paragraph.start or not (
        ctx.grammar.sentence_start(ctx.paragraph.start, start - 2) <= previous.start < start
    ):
        return None  # the quote before stands in the sentence right before
    after = masked[q.end + len(q.close_mark) : ctx.sentence_end]
    if joined := _JOINED_QUOTES.match(after):  # "« … » ou « … ».": one clause of two quotes
        after = after[joined.end() :].lstrip(MASK + '»”" \u00a0\u202f')
    lead = masked[start : q.start - len(q.open_mark)].strip(" \u00a0\u202f")
    if after.strip(" \u00a0\u202f.!?…") or MASK in lead or (lead and not lead.endswith(",")):
        return None
    confidence = min(rule.confidence, previous.attribution.confidence)
    return replace(previous.attribution, method=rule.method, confidence=confidence)


#: what may close a paragraph after its last quote: an incise of a few words and the stop
_CLOSING_INCISE = regex.compile(r"[^.!?…«»\n]{0,200}[.!?…]?[\s\u00a0]*")


def _comment_before_colon(masked: str, start: int, lead: str) -> bool:
    """Whether the words opening a quote's sentence are a noun phrase of no person and a colon,
    no verb: the reporter's comment on what the speaker of the sentence before says next
    (``Valérie tient une boutique place Carnot. Une place particulièrement touchée : « … »``)."""
    if not lead.endswith(":"):
        return False
    phrase = NAMING.noun_phrase(masked, start, start + len(lead))
    return (
        phrase is not None
        and phrase.name is None
        and not _is_person(phrase)
        and not masked[phrase.end : start + len(lead) - 1].strip(" \u00a0\u202f")
    )


def _scene_before_colon(masked: str, toks: list[tuple[int, int, str]]) -> bool:
    """Whether a clause before a quote's colon describes a scene and names no one who could
    speak: no name, no role, no pronoun but the impersonal ``il``, no verb of saying, no body or
    text (``Par endroits, il n'y a rien que de la terre retournée : « … »``): the reporter's,
    setting the words of the person the sentence before names."""
    for i, (_, _, word) in enumerate(toks):
        low = word.lower()
        if (
            (word[:1].isupper() and (i > 0 or _is_given(word)))
            or low in TITLES
            or low in VERBS
            or _body_noun(word)
            or low in SPEECH_NOUNS
            or low in {"je", "j'", "j’", "nous", "on", "vous", "tu"}
            or (low in PRONOUNS and not (low == "il" and IMPERSONAL.match(masked, toks[i][1])))
        ):
            return False
    return len(toks) > 2


def _noun_phrase_alone(masked: str, start: int, end: int) -> bool:
    """Whether the sentence ``masked[start:end]`` is one noun phrase and its stop, no verb: a
    comment set between a sentence and the quote after it (``Une nouvelle conséquence de la
    grêle.``)."""
    sentence = masked[start:end].rstrip(" \u00a0\u202f")
    phrase = NAMING.noun_phrase(masked, start, start + len(sentence))
    return (
        phrase is not None
        and phrase.name is None
        and sentence[phrase.end - start :] in {".", "!", "…"}
    )


def _owner_before(ctx: Context, before: int, start: int, rule: Rule) -> Attribution | None:
    """The person named in full opening the sentence before a sentence of the reporter's that
    speaks of what is theirs and names no one (``Brice Marquet, le directeur, est inquiet.
    Le mildiou a amputé 30 % de sa récolte. « … »``): whose words the quote goes on with."""
    masked = ctx.masked
    if not _ONE_OWNER.search(masked, before, start) or before - 2 <= ctx.paragraph.start:
        return None
    earlier = ctx.grammar.sentence_start(ctx.paragraph.start, before - 2)
    if MASK in masked[earlier:start]:
        return None
    found = _opening_subject(ctx, earlier, before, rule)
    named = found is not None and found.source_type == "person" and found.speaker
    return found if named and found.speaker[:1].isupper() else None


#: a possessive of one owner: ``sa récolte``, ``son équipe``, ``ses adhérents``
_ONE_OWNER = regex.compile(r"\b(?i:sa|son|ses)[\s\u00a0]+\p{Ll}")


#: a conjunction that may open a sentence of nothing but the quote: "Et « … ».", "Mais « … »."
_JOINING_ALONE = frozenset({"Et", "Mais", "Or"})


def previous_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence standing alone right after a sentence of its paragraph that gives a
    person's words by a noun for them (``La réponse du maire, Hugo Perrin, est sans équivoque.
    « … »``) or a named person's verb of saying (``Hugo Perrin a réagi. « … »``): that person.
    A sentence of only a conjunction and the quote stands alone too (``Et « … ».``)."""
    q, masked = ctx.quote, ctx.masked
    start = ctx.sentence_start
    lead = masked[start : q.start].strip(MASK + ' \u00a0\u202f«“"')
    # "Et « les grandes suivront ».": a conjunction and the quote, nothing else
    joined = lead in _JOINING_ALONE and not masked[
        q.end + len(q.close_mark) : ctx.sentence_end
    ].strip(MASK + ' .!?…\u00a0\u202f»”"')
    colon = start + len(lead) - 1
    scene = lead.endswith(":") and _scene_before_colon(masked, _tokens(masked, start, colon))
    commented = scene or (bool(lead) and _comment_before_colon(masked, start, lead))
    if not joined and not (
        (q.kind == "sentence" and not lead)
        or (commented and (q.kind == "sentence" or len(q.text.split()) > 3))
    ):  # the quote does not open its sentence, nor follows a comment's colon (where it may
        return None  # open in lower case: "… terre retournée : « là où … »")
    if start - 2 <= ctx.paragraph.start:
        return None
    before = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
    if _noun_phrase_alone(masked, before, start) and before - 2 > ctx.paragraph.start:
        # "Le viticulteur peut compter sur six personnes. Une nouvelle conséquence de la
        # grêle. « … »": a sentence of one noun phrase comments, the one before it speaks
        start, before = before, ctx.grammar.sentence_start(ctx.paragraph.start, before - 2)
    if MASK in masked[before:start] and any(
        before <= d.start < start and d.kind not in _NAMES_AND_TERMS for d in ctx.done
    ):
        return None  # a quote of its own there: its cue goes on (not a name in marks)
    if (elsewhere := _ON_ELSEWHERE.match(masked, before, start)) is not None:
        # "« … », dit le fleuriste. Dans le café d'en face, on s'inquiète. « … »": the reporter
        # has moved on to somebody unnamed there, whose words these are
        at, method = elsewhere.start(1), rule.method + "+indefinite"
        return Attribution(None, "on", at, at + 2, None, "", method, UNRESOLVED)
    words = (
        _THEIR_WORDS.search(masked, before, start)
        or _SAME_VIEW.match(masked, before, start)
        or _view_for(masked, before, start)
    )
    if words is not None:
        found = _speaker_at(ctx, words.end(), start, "", rule)
        return found if found is not None and found.source_type == "person" else None
    if (view := _view_closing(ctx, before, start, rule)) is not None:
        return view  # "Rien n'est réglé, selon lui. « … »": his words go on
    if (view := _view_opening(ctx, before, start, rule)) is not None:
        return view  # "Pour X, l'ours est coupable. « … »": the view X holds goes on
    toks = _tokens(masked, before, start)
    said = any(t[2].lower() in VERBS for t in toks[1:])
    closing = _closing_cue(ctx, before, start, rule) if said else None
    if closing is not None and closing.speaker and closing.source_type == "person":
        return closing  # "Ces positions ne posent pas problème, a estimé X. « … »": X's
    if said:
        # the clause after a colon ("Pas question de fermer : la maire X a écrit au préfet.")
        opening = max(
            (c.end() for c in _CLAUSE_AFTER_COLON.finditer(masked, before, start)), default=before
        )
        comma = masked.find(",", opening, start)
        # "C'est le maire qui a répondu.", "En attendant, c'est le maire qui …"
        cleft = (
            _CLEFT_WITH_QUI.match(masked, opening, start)
            or _CASE_OF.match(masked, opening, start)
            or (_CLEFT_AFTER_COMMA.match(masked, comma, start) if comma > 0 else None)
        )
        found = _speaker_at(ctx, cleft.end() if cleft else opening, start, "", rule)
        leading = _LEADING_PHRASE.match(masked, opening, start)
        if leading is not None and (found is None or (found.mention_end or 0) < leading.end()):
            # "Lors d'un point presse, le coach a expliqué …. « … »"; "Invité sur Radio Nord, le
            # coach a …": the subject after the phrase, not a participle read as a name
            found = _speaker_at(ctx, leading.end(), start, "", rule)
        if found is None or found.source_type != "person":
            # "Aujourd'hui, la mère assure que …": past the adverbs opening the sentence
            found = _opening_subject(ctx, opening, start, rule) or found
    else:  # "L'attaquant Marc Delaunay restait lucide. « … »": a person by name opens it
        # or the clause after ", mais" nearer the quote does ("L'eau n'est pas entrée chez
        # elle, mais hier soir, elle a paniqué. « … »")
        # or after a colon ("Pas question de fermer : la maire X s'est fixé un but. « … »")
        clauses = sorted(
            [
                *_CLAUSE_AFTER_COMMA.finditer(masked, before, start),
                *_CLAUSE_AFTER_COLON.finditer(masked, before, start),
            ],
            key=lambda clause: clause.end(),
        )
        found = _opening_subject(ctx, clauses[-1].end(), start, rule) if clauses else None
        if found is None or found.source_type != "person":
            found = _opening_subject(ctx, before, start, rule)
        untied = _PHRASE_BEFORE_NAME.match(masked, before, start)
        if (
            (found is None or found.source_type != "person")
            and untied is not None
            and _is_given(untied.group("given"))
        ):
            # "Dès le mardi précédent Jo et Lucie, responsables …, ne prenaient plus …": a
            # phrase of time with no comma, then the subject by a given name
            found = _opening_subject(ctx, untied.end(), start, rule) or found
        if found is not None and not any(w[:1].isupper() for w in (found.speaker or "").split()):
            return None
    if (found is None or found.source_type != "person") and (
        pronoun := _PRONOUN_AFTER_PHRASE.match(masked, before, start)
    ):  # "Le téléphone à l'oreille, il assure la logistique. « … »": the pronoun's person
        found = _opening_subject(ctx, pronoun.start(1), start, rule) or found
    if (
        said
        and found is not None
        and found.speaker
        and found.source_type == "organisation"
        and _speaks(found)
    ):
        return found  # "Trois associations réagissent dans un communiqué. « … »": the body's
    if found is None or not found.speaker or found.source_type != "person":
        # "Une explication qui ne convainc pas Hugo Perrin, médecin urgentiste. « … »"
        return closing_person(ctx, before, start, rule, NAMING, _PREPOSITIONS) or (
            _owner_before(ctx, before, start, rule)
        )
    first = (found.mention or "").split()[0].lower()
    # a role with no name speaks only through a verb of saying of its own: "Le préfet en
    # appelle à la prudence. « … »", not "Le préfet était à la tribune. « … »"
    unnamed = found.speaker == found.mention and first in DETERMINERS
    if scene and len((found.speaker or "").split()) < 2:
        return None  # after a scene's colon, a person named in full: not "Bonne nouvelle, …"
    return found if not unnamed or said else None


#: a phrase of time or place opening a sentence with no comma after it, up to a capital: ``Dès
#: le mardi précédent Jo …``, ``Depuis lundi Lucie …``
_PHRASE_BEFORE_NAME = regex.compile(
    r"(?:Dès|Depuis|Après|Avant|Pendant|Lors)[\s\u00a0]+(?:\p{Ll}+['’]?[\s\u00a0]*){1,4}"
    r"(?=(?P<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[\s\u00a0,])"
)
#: a sentence with no verb that gives the same or another view to whom it names next: ``Même
#: son de cloche chez Hugo Perrin, …``, ``Même constat pour Lucie``, ``Autre constat du côté
#: de la mairie.``
_SAME_VIEW = regex.compile(
    r"(?:Même|Autre)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+){0,3}?"
    r"(?:chez|pour|du[\s\u00a0]+côté[\s\u00a0]+(?:de[\s\u00a0]+(?:la[\s\u00a0]+)?|du|des|d['’]))"
    r"[\s\u00a0]*"
)


#: the kinds of words in marks that are no one's speech: a name, a term, one set inside another
_NAMES_AND_TERMS = frozenset({"title", "scare", "nested"})


#: a phrase set off by a comma opening a sentence, then ``il`` or ``elle`` as the subject of
#: its clause: ``Le téléphone portable à l'oreille, il …``
_PRONOUN_AFTER_PHRASE = regex.compile(
    r"[^,.;:!?"
    + MASK
    + r"]{3,60},[\s\u00a0]+((?:il|elle)[\s\u00a0]+(?!faut|y\b|est\s+\p{Ll}+\s+de\b)\p{Ll})"
)
#: a sentence opening on where it happens, then ``on`` as its subject: ``Dans le salon d'en
#: face, on …``, ``Chez les pêcheurs, on …``, ``Du côté de la mairie, on …``
_ON_ELSEWHERE = regex.compile(
    r"(?:Dans|Chez|Du[\s ]+côté|Côté|À|Au|Aux|En[\s ]+face|Sur|Devant)[\s ]"
    r"[^,.;:!?«»\n]{1,60},[\s ]*(on)[\s ]+(?:\p{Ll}|n['’])"
)


def _short_fragments_only(ctx: Context, start: int, end: int) -> bool:
    """Whether every quote in ``ctx.masked[start:end]`` is a few words (``a eu « très peur »``):
    words the sentence's own subject gives, with no cue of their own."""
    runs = list(_MASKED_RUN.finditer(ctx.masked, start, end))
    text, masked = ctx.article.text, ctx.masked
    for run in runs:
        words = text[run.start() : run.end()].strip(_MARKS_AND_SPACES)
        if (
            len(words.split()) > _FEW_WORDS
            or words[-1:] in ".!?…"  # "a répondu : « Non. »": a sentence of its own, its cue
            or masked[max(start, run.start() - 3) : run.start()].rstrip().endswith(":")
        ):
            return False
    return True


_MASKED_RUN = regex.compile(MASK + "+")
#: the most words of a fragment in marks that a sentence's subject gives as theirs
_FEW_WORDS = 4


def next_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence opening its paragraph, with no cue, right before a sentence that opens
    on a person named in full (``« On va étudier le phénomène. » Le maire de Chailles, Florent
    Marmagne, a vécu sa première crue.``, ``« … ». Hugo Perrin est sonné.``) or by a given name
    an apposition introduces (``« … » Rachid, un habitant du village, …``): the way French
    copy opens on the words and then introduces who said them."""
    q, masked = ctx.quote, ctx.masked
    if q.kind != "sentence" or masked[ctx.paragraph.start : q.start].strip(_MARKS_AND_SPACES):
        return None  # the quote opens its paragraph
    after = _SENTENCE_AFTER.match(masked, q.end, ctx.paragraph.end)
    if after is None:
        return None
    end = ctx.grammar.sentence_end(after.end(), ctx.paragraph.end)
    inner = masked.find(MASK, after.end(), end)
    if (
        inner >= 0
        and not _short_fragments_only(ctx, after.end(), end)
        # "« … » Le sous-préfet X ne laisse pas de place au doute : « … »": one speaker's
        # words both, the second after the colon closing the sentence that names them
        and not (
            masked[after.end() : inner].rstrip(' \u00a0\u202f«“"').endswith(":")
            # (not "« … » X a répondu à Y : « … »": a reply, the first words another's)
            and not _REPLY.search(masked, after.end(), inner)
        )
    ):
        return None  # a quote of its own there: its own cue (not « très peur », theirs too)
    spoken = _WORDS_SPOKEN_BY.match(masked, after.end(), end)
    if spoken is not None:  # "« … » Des mots forts prononcés par le maire, X, …": X's
        found = _speaker_at(ctx, spoken.end(), end, spoken.group(1), rule)
        return found if found is not None and found.source_type == "person" else None
    found = _opening_subject(ctx, after.end(), end, rule)
    if found is None or found.source_type != "person":
        return None
    speaker = found.speaker or ""
    # a person named in full, or by a given name set off by an apposition ("Rachid, un
    # habitant de …") or named there for the first time ("Rachid habite à …"), not a role or
    # a pronoun
    introduced = _is_given(speaker) and (
        masked.startswith(",", found.mention_end or 0)
        or masked.find(speaker) == found.mention_start
    )
    # its particles are no part of it to test: "Emmanuel de Villiers" is named in full
    words = [w for w in speaker.split() if w.lower() not in PARTICLES]
    if not introduced and (len(words) < 2 or not all(w[:1].isupper() for w in words[-2:])):
        return None
    return found


#: a verb of replying: the words before it are another's
_REPLY = regex.compile(r"\b(?:répond|rétorqu|répliqu|ripost|object)\p{L}*", regex.IGNORECASE)
#: a sentence after a quote that calls it someone's words, up to the "par" before whose:
#: "Des mots forts prononcés par", "Des propos tenus hier par"
_WORDS_SPOKEN_BY = regex.compile(
    r"(?:[Dd]es|[Ll]es|[Cc]es)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:mots|propos|paroles|déclarations)"
    r"(?:[\s\u00a0]+\p{Ll}+)?[\s\u00a0]+(prononcé|tenu|lancé|confié|rapporté|écrit)e?s"
    r"[^,.;:!?\n]{0,40}?[\s\u00a0]par[\s\u00a0]+"
)
#: the end of a quote's own sentence and the start of the next one: a stop inside or after
#: the closing mark, spaces
_SENTENCE_AFTER = regex.compile(r"[\s\u00a0\u202f»”\"" + MASK + r"]*[.!?…]?[\s\u00a0]*(?=\p{Lu})")


#: prepositions, after which a name is no subject nor the object of a verb
_PREPOSITIONS = frozenset(
    {"à", "au", "aux", "de", "du", "des", "d'", "d’", "pour", "par", "avec", "sur", "contre"}
    | {"chez", "selon", "entre", "vers", "sans", "sous", "dans", "en", "après", "avant"}
)


#: a person's name right before the colon that opens the quote
_NAME_THEN_COLON = regex.compile(
    r"(?P<name>(?:\p{Lu}[\p{L}\-]+[\s\u00a0]+){0,3}\p{Lu}[\p{L}\-]+)"
    r"(?P<apposition>,[\s\u00a0]+\p{Ll}[^,:;.!?«»\"“\n]{0,80})?[\s\u00a0]*(?::|[–—]|(?<=\s)-)[\s\u00a0]*$"
)


def _without_demonym(found: Attribution | None) -> Attribution | None:
    """A name read with the noun of nationality French capitalises before it (``Le Belge Hugo
    Perrin``, ``La Française X``): the person's name alone."""
    words = (found.speaker or "").split() if found is not None else []
    if len(words) > 3 and words[0].lower() in {"le", "la"} and words[1].lower() in DEMONYMS:
        return replace(found, speaker=" ".join(words[2:]))
    return found


def named_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A name before the colon that opens the quote: standing alone, as a headline gives it
    (``Football – Hugo Perrin : « … »``), or closing the sentence's words, as a reaction is set
    out (``Une position que partage Marc Roux : « … »``), a given name opening it."""
    found = _without_demonym(heading_name_before_colon(ctx, rule))
    if found is not None and (found.mention or "").lower() in SPEECH_NOUNS:
        return None  # "Réponse : « … »": a noun for the words, whoever said them
    if found is not None and _topic_label(found):
        return None
    if found is not None and found.mention_start is not None and found.mention_end is not None:
        words_of = _WORDS_OF_NAME.match(ctx.masked, found.mention_start, found.mention_end)
        if words_of is not None:  # "Réaction de Denis Roux :": Denis Roux's words
            return _speaker_at(ctx, words_of.end(), found.mention_end, ":", rule)
    if found is not None:
        return found
    return (
        _same_view_before_colon(ctx, rule)
        or _name_closing_colon(ctx, rule)
        or _name_opening_colon(ctx, rule)
    )


def _same_view_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """The person a sentence with no verb gives the same or another view to before its colon
    (``Même constat pour Lucie, fleuriste : « … »``): whose words follow, by a given name
    alone too, as French copy introduces the people it meets."""
    colon = ctx.masked.rfind(":", ctx.sentence_start, ctx.quote.start)
    view = _SAME_VIEW.match(ctx.masked, ctx.sentence_start, colon) if colon > 0 else None
    if view is None:
        return None
    found = _speaker_at(ctx, view.end(), colon, ":", rule)
    return found if found is not None and found.source_type == "person" else None


#: nouns that open a headline's label for what the story is about: ``Grève SNCF : « … »``
_TOPICS = _KINDS["topic"]


def _topic_label(found: Attribution) -> bool:
    """Whether a label before a headline's colon names what the story is about, not who speaks:
    a topic noun opens it (``Affaire Lindqvist : « … »``), or it is one word that names no one
    the article gives in full (``Mayotte : « … »``; not ``Perrin : « … »`` over a story about
    Hugo Perrin)."""
    words = (found.mention or "").split()
    return bool(words) and (
        words[0].lower() in _TOPICS or (len(words) == 1 and found.speaker == found.mention)
    )


def _name_opening_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A sentence before the colon that opens on a person's full name and sets off after it,
    with no verb, what they are and where they speak (``Ann King, vainqueur de Greta
    Lindqvist, en conférence de presse :``): the name opening it; a name in the apposition
    is no speaker."""
    q = ctx.quote
    m = _NAME_SET_OFF_TO_COLON.match(ctx.masked, ctx.sentence_start, q.start - len(q.open_mark))
    if m is None:
        return None
    if not _is_given(m.group("name").split()[0]):
        return None  # a given name first
    words = {w.lower() for w in _WORD.findall(m.group("rest"))}
    if words & VERBS or words & _FINITE_WORDS:
        return None  # "Ann King, battue, a salué Jo Kern :": a clause of its own
    return _speaker_at(ctx, m.start("name"), m.end("name"), ":", rule)


#: a full name opening a sentence, what is set off after it, and the colon that ends it
_NAME_SET_OFF_TO_COLON = regex.compile(
    # a rubric in capitals may open a headline: "SKI ALPIN Tessa Worley après …"
    r"[\s\u00a0]*(?:\p{Lu}{2,}[\s\u00a0]+)*"
    r"(?P<name>(?:\p{Lu}[\p{L}\-]+[\s\u00a0]+){1,3}\p{Lu}[\p{L}\-]+)"
    # set off by a comma, or followed by a phrase of when or where: "X après sa victoire :"
    r"(?:[\s\u00a0]*,|(?=[\s\u00a0]+(?:après|avant|lors|face|depuis|devant|sur|dans)\b))"
    r"(?P<rest>[^:;.!?«»\"“\n]{1,160}):[\s\u00a0]*$"
)
#: the auxiliaries and the commonest finite verbs: a clause of its own after the name
_FINITE_WORDS = frozenset(
    {"a", "ont", "est", "sont", "avait", "avaient", "était", "étaient", "fut", "sera", "va"}
    | {"fait", "font", "dit", "reste", "semble", "vient", "doit", "peut", "veut"}
)


def _name_closing_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A name with a given name closing the words before the colon or a dash, an apposition
    maybe set off after it (``Une position que partage Marc Roux, maire de Valbourg : « … »``,
    ``Malgré les mises en garde de la maire Claire Fontaine – « … » – …``)."""
    q = ctx.quote
    m = _NAME_THEN_COLON.search(ctx.masked, _opening(ctx), q.start - len(q.open_mark))
    if m is None:
        return None
    words = m.group("name").split()
    agent = _AGENT_BEFORE.search(ctx.masked, max(0, m.start("name") - 60), m.start("name"))
    if len(words) == 1 and not ((m.group("apposition") or agent) and _is_given(words[0])):
        return None  # a given name alone only as an apposition or an agent introduces it:
        # "Anita, une riveraine :", "à l'image de Valérie :"
    if not _is_given(words[0]):
        return None  # a given name first (a surname after it may be one too: "Jean Martin")
    before = ctx.masked[max(0, m.start("name") - 40) : m.start("name")].rstrip()
    if before.endswith(",") and not _role_ends(before[:-1]):
        return None  # "Réaction de la ville, Claire Fontaine :": the apposition's sentence
        # (a role's name is the person: "Une situation difficile pour le maire, X :")
    if after_place_noun(ctx.masked, m.start("name"), _PLACES):
        return None  # "X est cantinier au lycée Jean Moulin :": the school's name
    if not agent and _PREPOSITION_BEFORE.search(
        ctx.masked, max(0, m.start("name") - 12), m.start("name")
    ):
        return None  # "… pour la défense de Marc Roux :": the object of a preposition
        # (not the agent of a participle: "Une inquiétude partagée par Marc Roux :")
    return _speaker_at(ctx, m.start("name"), m.end("name"), ":", rule)


def _role_ends(text: str) -> bool:
    """Whether a role's noun ends ``text`` (``pour le maire``)."""
    words = text.split()
    return bool(words) and regex.split(r"['’]", words[-1].lower())[-1] in TITLES


#: a past participle and ``par`` before a name: its agent, who does what the words say
_AGENT_BEFORE = regex.compile(
    # a complement of place or time may come between: "installée rue Haute par X"
    r"(?:\p{Ll}{3,}(?:ée?s?|ie?s?|ue?s?)(?:[\s\u00a0]+[\p{L}\d'’\-]+){0,3}?[\s\u00a0]+par"
    # or the one given as an example of what the sentence says: "à l'image de X :"
    r"|\b[àÀ][\s\u00a0]+l['’](?:image|instar)[\s\u00a0]+d(?:e|u|es))[\s\u00a0]+$"
)
#: a preposition right before a name: the name is its object, no one speaking
_PREPOSITION_BEFORE = regex.compile(
    r"(?:\b(?:de|du|des|pour|à|au|aux|avec|contre|par|chez|sur|sans|envers)[\s\u00a0]+"
    r"|\b[dD]['’][\s\u00a0]*)$"
)


#: French first person (``je``, ``nous``, ``on`` and their forms), whether a word names a
#: person: a given name or a role or a noun for people (``maire``, ``éleveur``, ``habitante``),
#: and the conjunctions or the colon that join a quoted clause (``…, et « … »``, ``… : « … »``)
_LAST_SPEAKER_WORDS: LastSpeakerWords = (
    regex.compile(r"(?i:\b(?:je|nous|on|moi|me|mon|ma|mes|notre|nos)\b|\b[jm]['’])"),
    lambda word: (
        (word[:1].isupper() and word.lower() not in STOPS and _is_given(word))
        or word.lower() in TITLES
    ),
    # or the colon of a sentence of the reporter's: "Un bourg actif attire du monde : « … »"
    regex.compile(r"(?:,[\s\u00a0]*(?:et|mais|car)[\s\u00a0]+|[\s\u00a0]*:[\s\u00a0]*)$"),
)


def last_speaker(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence in the first person with no cue, after text of the reporter's that
    names no one else since the last quote: that quote's speaker (``« … », avoue l'éleveur.`` ¶
    ``Huit bêtes seront euthanasiées. « Nous avons … »``)."""
    return last_speaker_of(ctx, rule, _LAST_SPEAKER_WORDS)
