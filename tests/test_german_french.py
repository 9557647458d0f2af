"""German and French attribution: each rule's branches on invented sentences, with the words
named (the mention), the cue and the rule, and the sentences where a rule must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import extract, parse_article
from quotecheck.attribution import attribute, german_words
from quotecheck.language import detect_language
from quotecheck.quotes import extract_quotes

LEAD_DE = "Die Stadt Nordheim hat am Montag über die alte Hafenbrücke beraten.\n\n"
LEAD_FR = "Le conseil municipal de Valbourg a débattu lundi du vieux pont du port.\n\n"

# (text, quote, speaker, mention, cue, method)
GERMAN = [
    (
        "In der Mitteilung der Stadtwerke heißt es: „Die Preise steigen im Herbst.“",
        "Die Preise steigen im Herbst.",
        "Stadtwerke",  # the document says it: its sender speaks
        "der Mitteilung der Stadtwerke",
        "heißt",
        "before-de",
    ),
    (
        "Im Bericht wird Jonas Pfeifer wie folgt zitiert: „Die Brücke ist marode.“",
        "Die Brücke ist marode.",
        "Jonas Pfeifer",
        "Jonas Pfeifer",
        "zitiert",
        "before-de",
    ),
    (
        "„Die Brücke ist marode“, erklärte Stadtbaurätin Ilka Brandes.",
        "Die Brücke ist marode",
        "Ilka Brandes",
        "Stadtbaurätin Ilka Brandes",
        "erklärte",
        "after-de",
    ),
    (
        "„Die Brücke ist marode“, äußerte sich Stadtrat Jonas Pfeifer.",
        "Die Brücke ist marode",
        "Jonas Pfeifer",
        "Stadtrat Jonas Pfeifer",
        "äußerte",
        "after-de",
    ),
    (
        "„Die Arbeiten ruhen“, hieß es aus dem Rathaus der Stadt.",
        "Die Arbeiten ruhen",
        "Rathaus der Stadt",  # the body, without the article its case gave it
        "dem Rathaus der Stadt",
        "heißt es",
        "after-de",
    ),
    (
        "Laut Stadtrat Jonas Pfeifer ist die Brücke „in einem erbärmlichen Zustand“.",
        "in einem erbärmlichen Zustand",
        "Jonas Pfeifer",
        "Stadtrat Jonas Pfeifer",
        "laut",
        "according-de",
    ),
    (
        "Dem Gutachten zufolge ist die Brücke „nicht mehr zu retten“.",
        "nicht mehr zu retten",
        "Dem Gutachten",
        "Dem Gutachten",
        "zufolge",
        "according-de",
    ),
    (
        "Nach Angaben der Polizei war der Fahrer „deutlich zu schnell“ unterwegs.",
        "deutlich zu schnell",
        "Polizei",  # the body, without the article the sentence gave it
        "der Polizei",
        "Angaben",
        "according-de",
    ),
    (
        "Im Interview äußerte sich Ministerin Hanna Lorenz zuversichtlich: „Wir schaffen das.“",
        "Wir schaffen das.",
        "Hanna Lorenz",
        "Ministerin Hanna Lorenz",
        "äußerte",
        "before-de",
    ),
    (
        "Die Stadtwerke erklärten am Dienstag: „Die Preise steigen im Herbst.“",
        "Die Preise steigen im Herbst.",
        "Die Stadtwerke",
        "Die Stadtwerke",
        "erklärten",
        "before-de",
    ),
    (
        "Den Vorschlag der Opposition lobte Bürgermeister Lutz Hagen: „Das ist vernünftig.“",
        "Das ist vernünftig.",
        "Lutz Hagen",
        "Bürgermeister Lutz Hagen",
        "lobte",
        "before-de",
    ),
]

FRENCH = [
    (
        "« Le pont rouvrira en mai », a déclaré le préfet Paul Garnier.",
        "Le pont rouvrira en mai",
        "Paul Garnier",
        "le préfet Paul Garnier",
        "déclaré",
        "after-fr",
    ),
    (
        "« Le pont rouvrira en mai », estime Mme Inès Caron.",
        "Le pont rouvrira en mai",
        "Inès Caron",
        "Mme Inès Caron",
        "estime",
        "after-fr",
    ),
    (
        "« Le pont rouvrira en mai », selon la préfecture de Valbourg.",
        "Le pont rouvrira en mai",
        "préfecture de Valbourg",  # the body, without the article the sentence gave it
        "la préfecture de Valbourg",
        "selon",
        "according-fr",
    ),
    (
        "D'après le maire Paul Garnier, « les travaux commenceront au printemps ».",
        "les travaux commenceront au printemps",
        "Paul Garnier",
        "le maire Paul Garnier",
        "D'après",
        "according-fr",
    ),
    (
        "Le ministre Marc Delaunay a estimé : « La situation est grave. »",
        "La situation est grave.",
        "Marc Delaunay",
        "Le ministre Marc Delaunay",
        "estimé",
        "before-fr",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "mention", "cue", "method"), GERMAN)
def test_a_german_rule_names_the_speaker_with_its_words_and_cue(
    text, quote, speaker, mention, cue, method
):
    _check(LEAD_DE + text, "de", quote, speaker, mention, cue, method)


@pytest.mark.parametrize(("text", "quote", "speaker", "mention", "cue", "method"), FRENCH)
def test_a_french_rule_names_the_speaker_with_its_words_and_cue(
    text, quote, speaker, mention, cue, method
):
    _check(LEAD_FR + text, "fr", quote, speaker, mention, cue, method)


def _check(text, language, quote, speaker, mention, cue, method):
    found = {q.text: q for q in extract(parse_article(text, language=language))}
    assert quote in found, list(found)
    a = found[quote].attribution
    assert (a.speaker, a.mention, a.cue, a.method) == (speaker, mention, cue, method)
    assert text[a.mention_start : a.mention_end] == a.mention


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a source in another sentence is not this quote's
        ("Laut Polizei war es ruhig. Die Brücke ist „in einem erbärmlichen Zustand“.", "in einem"),
        # a quote whose sentence ended has no cue after it
        ("„Die Brücke ist marode.“ Erklärte Gründe gab es keine.", "Die Brücke"),
        # a verb of saying in the sentence before is not this sentence's cue
        ("Der Stadtrat erklärte nichts. Dann kam „der große Regen“ über die Stadt.", "der große"),
    ],
)
def test_a_german_cue_outside_the_quotes_sentence_names_nobody_for_it(text, quote):
    found = {q.text: q for q in extract(parse_article(LEAD_DE + text, language="de"))}
    (q,) = [found[t] for t in found if t.startswith(quote)]
    assert q.attribution.method not in {"according-de", "after-de", "before-de"}


@pytest.mark.parametrize(
    ("word", "text", "adverbial"),
    [
        ("Zwar", "Zwar regnet es. Es regnet zwar.", True),  # written in lower case elsewhere
        ("Brücke", "Die Brücke hält. Die alte Brücke bleibt.", False),  # a noun, capitalised
        ("Abwartend", "Abwartend sagte er nichts.", True),  # a participle as an adverb
        ("Ende", "Ende gut. Das ende kam.", True),  # too short for the participle ending
        ("Die", "Die Brücke hält. Die die hält.", False),  # an article is never an adverb
        ("Er", "Er sagt es. Dann sagt er es.", False),  # nor a pronoun
        ("Erwartungsgemäß", "Erwartungsgemäß kam er.", True),  # an adverb by its ending
        ("Glücklicherweise", "Glücklicherweise hielt sie.", True),
        ("Weise", "Weise sagte es.", False),  # too short: a surname may be the ending alone
    ],
)
def test_a_capitalised_word_opening_a_sentence_is_told_from_a_noun(word, text, adverbial):
    assert german_words.adverbial(word, text) is adverbial


def test_a_pronoun_goes_to_the_nearer_of_the_last_speaker_and_a_person_named_after_a_role():
    text = (
        "„Wir bauen“, sagte Stadtrat Jonas Pfeifer.\n\n"
        "Später trat Ministerin Hanna Lorenz ans Pult. „Wir zahlen“, sagte sie."
    )
    quotes = extract(parse_article(text, language="de"))
    assert [q.speaker for q in quotes] == ["Jonas Pfeifer", "Hanna Lorenz"]
    assert quotes[1].attribution.confidence < 0.95  # reached through a pronoun: a guess


@pytest.mark.parametrize(
    ("quoted", "segments", "second_kind"),
    [
        ("« Nous irons, dit-il, au bout »", ("Nous irons", "au bout"), "fragment"),
        (  # the incise closes the quote's first sentence
            "« Nous avons engagé trente pompiers, a-t-il poursuivi. Les renforts arrivent. »",
            ("Nous avons engagé trente pompiers", "Les renforts arrivent."),
            "sentence",
        ),
    ],
)
def test_a_french_incise_splits_the_quote_into_two_segments_of_one_statement(
    quoted, segments, second_kind
):
    text = LEAD_FR + "« Le pont est fermé », a déclaré Marc Delaunay. " + quoted
    quotes = {q.text: q for q in extract(parse_article(text, language="fr"))}
    first, second = (quotes[s] for s in segments)
    assert second.part_of == first.index
    assert (first.kind, second.kind) == ("sentence", second_kind)
    a = first.attribution
    assert (a.speaker, a.mention, a.method) == ("Marc Delaunay", "il", "after-fr+pronoun")
    assert text[a.mention_start : a.mention_end] == "il"
    assert second.speaker == "Marc Delaunay"


def test_english_news_never_reaches_the_model_and_german_does():
    english = "The council said on Monday that the bridge would reopen in May, " * 5
    german_text = "Der Stadtrat sagte am Montag, dass die Brücke im Mai wieder öffnet. " * 5
    assert detect_language(english) == "en"
    assert detect_language(german_text) == "de"


@pytest.mark.parametrize("elided", ["d’", "d'", "l’", "qu’"])
def test_a_guillemet_after_an_elided_article_opens_a_quote(elided):
    text = LEAD_FR + f"La ministre a qualifié la situation {elided}« intenable » mardi."
    (q,) = extract(parse_article(text, language="fr"))
    assert q.text == "intenable"
    assert text[q.start - len(q.open_mark) : q.start] == "« "
    assert text[q.end : q.end + len(q.close_mark)] == " »"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a surname after an article and an adjective is the full name given elsewhere
        ("Ruth Albers sprach. Die 61-jährige Albers lachte.", "Die 61-jährige Albers", "Albers"),
        # a common noun right after its article is no surname, whatever compound names it
        ("Die Fähre fuhr nicht. Der Verein Pro Fähre klagte.", "Die Fähre", None),
    ],
)
def test_an_article_before_one_capitalised_word_names_a_person_only_past_an_adjective(
    text, word, expected
):
    start = text.index(word)
    phrase = german_words.noun_phrase(text, start, start + len(word))
    assert phrase is not None and phrase.name == expected


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        ("Es sprach Karl-Heinz Möller vom Verband.", "Möller", "Karl-Heinz Möller"),
        ("Es sprach Anna-Lena Roth.", "Roth", "Anna-Lena Roth"),
        # a compound role before a surname is no given name: the name given elsewhere is
        ("Der Torwart-Star Kowalski hielt. Jan Kowalski jubelte.", "Kowalski", "Jan Kowalski"),
    ],
)
def test_a_double_given_name_is_one_given_name(text, surname, expected):
    assert german_words.full_name(text, surname) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the genitive of a name the article writes, then a noun: no given name and surname
        ("Greta Lindqvist prägte ihn. Er zitierte mit Lindqvists Satz das Motto.", "Satz", "Satz"),
        # a given name ending in s stays one
        ("Es sprach Jonas Pfeifer. Jonas wusste es.", "Pfeifer", "Jonas Pfeifer"),
    ],
)
def test_a_genitive_before_a_noun_is_no_given_name(text, word, expected):
    assert german_words.full_name(text, word) == expected


def test_a_german_day_before_a_month_ends_no_sentence():
    """``am 5. Mai``: the full stop of a day's ordinal before a month closes no sentence."""
    from quotecheck.attribution.grammar import Grammar

    text = "Der Vertrag war am 5. Mai unterschrieben worden. Dann kam der Rat."
    grammar = Grammar(text)
    assert grammar.sentence_start(0, text.index("Mai")) == 0
    assert grammar.sentence_start(0, text.index("Dann")) == text.index("Dann")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("die Minister Norwegens sagten", None),  # plural: a country's ministers, unnamed
        ("die Regierungschefs Valbourgs sagten", None),
        ("die Ministerin Ilka Brandes sagte", "Ilka Brandes"),  # one woman in the role
        ("die Abgeordnete Ilka Brandes sagte", "Ilka Brandes"),
        ("der Minister Jonas Pfeifer sagte", "Jonas Pfeifer"),
    ],
)
def test_a_plural_role_after_die_names_nobody(text, name):
    """After ``die``, a role with no feminine ending is plural: the capitalised word after it is
    a genitive (whose ministers), no person's name."""
    end = text.rindex(" ")
    assert german_words.noun_phrase(text, 0, end).name == name


def test_a_german_name_opening_on_a_given_name_is_a_person_whatever_noun_ends_it():
    """``Kammer`` (chamber) ends many bodies' names, and ``Nordhafener Zeitung`` is a paper;
    ``Anna Kammer`` is a woman: a given name opens her name."""
    from quotecheck.attribution.named import Phrase

    assert german_words.is_person(Phrase(0, 11, "Anna Kammer", "Anna Kammer"))
    assert not german_words.is_person(Phrase(0, 19, "Nordhafener Zeitung", "Nordhafener Zeitung"))


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            "de",
            "„Wir geben hier nicht auf“, sagte Betriebsrat Jonas Pfeifer.",
            "„Wir geben hier nicht auf“, sagte Gewerkschafterin Ilka Brandes.",
        ),
        (
            "fr",
            "« Nous ne sommes pas là pour rien », a déclaré le maire Hugo Perrin.",
            "« Nous ne sommes pas là pour rien », a déclaré la syndicaliste Claire Fontaine.",
        ),
    ],
)
def test_a_stock_phrase_of_function_words_given_to_two_people_is_no_speaker_conflict(
    language, first, second
):
    """Function words are no telling words in German and French either: two people may both
    say "we are not giving up here", as in English, without an alarm."""
    from quotecheck import compare_articles

    lead = {"de": "Der Streik geht weiter.\n\n", "fr": "La grève continue.\n\n"}[language]
    articles = [
        parse_article(lead + first, "a.txt", language=language),
        parse_article(lead + second, "b.txt", language=language),
    ]
    result = compare_articles(articles)
    kinds = {e.kind for g in (*result.groups, *result.singletons) for e in g.edits}
    assert "speaker_conflict" not in kinds


@pytest.mark.parametrize(
    ("word", "given"),
    [("Jean-Luc", True), ("Marie-Claire", True), ("Port-Avenir", False), ("Grand-Quai", False)],
)
def test_a_french_compound_given_name_is_two_given_names(word, given):
    """A hyphenated given name is one when both its parts are given names (``Jean-Luc``); a
    place joined the same way is not (``Port-Avenir``)."""
    from quotecheck.attribution.french import _is_given

    assert _is_given(word) is given


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("der Glückspilz Ole Brandt sagte", "Ole Brandt"),  # a noun for who he is, then a name
        ("der Pechvogel Ilka Brandes sagte", "Ilka Brandes"),
    ],
)
def test_a_german_noun_for_someone_before_a_given_name_is_no_part_of_the_name(text, name):
    """A noun that is neither a role nor an agent's (``Glückspilz``) before a given name and a
    surname says who the person is: the name starts at the given name."""
    end = text.rindex(" ")
    assert german_words.noun_phrase(text, 0, end).name == name


@pytest.mark.parametrize("noun", ["Anhänger", "Berater"])
def test_a_german_name_in_the_genitive_after_a_noun_is_whose_they_are(noun):
    """``Die Anhänger Jo Kerns``: the name in the genitive (the article writes it without its
    -s) says whose followers speak; it names none of them."""
    text = f"Jo Kern tritt an. Die {noun} Jo Kerns nannten"
    start = text.index("Die")
    assert german_words.noun_phrase(text, start, len(text)).name is None


#: invented French sentences of the shapes whose readings call one another (an inverted cue
#: with a role, a role's holder sought in the sentence before, "selon" and a pronoun, a quote
#: opening its paragraph): any order of them must be read without looping
_FRENCH_SENTENCES = (
    "La mairie de Valbourg est « en état d’alerte », a reconnu vendredi le porte-parole de "
    "la ville.",
    "Elle avait rejeté jusqu’ici l’emploi du mot « crise ».",
    "Selon elle, la digue de Valbourg est trop basse.",
    "« Rien ne change », dit-elle.",
    "« On ne lâchera rien », promettait Claire Fontaine.",
    "La Caisse du port ambitionne de réduire sa dette, a indiqué lundi le directeur de "
    "l’institution Hugo Perrin.",
    "Il pense que certains ont joué trop relâchés : « A partir du moment où on a mis peu de "
    "rythme, on n’a pas été dangereux. »",
    "« Nous irons au bout », a renchéri M. Perrin.",
    "Selon lui, « la mer monte ».",
    "Le porte-parole de la préfecture a confirmé l’évacuation.",
    "« Tout est protégé », a ajouté le lieutenant-colonel Marc Delaunay.",
    "Pour le porte-parole des pompiers du Nord, la météo n’a pas aidé : « Le mistral est "
    "tombé », a-t-il expliqué.",
    "La direction de Portwell a appelé « à la reprise du travail ».",
    "Répondant aux syndicats, elle estime que « les motifs ne justifient rien ».",
    "« On va étudier le phénomène. » Le maire de Valbourg, Hugo Perrin, a vécu sa première crue.",
    "Le secrétaire général de la CGT-Port, Marc Delaunay, a prévenu : « une grève se dessine ».",
    "« Le gouvernement n’a rien compris », a estimé le secrétaire général de la CFDT-Port.",
    "L’édile indique : « J’ai décidé de ne pas organiser de rassemblement. »",
)


@given(
    st.lists(st.sampled_from(_FRENCH_SENTENCES), min_size=2, max_size=6),
    st.lists(st.sampled_from([" ", "\n", "\n\n"]), min_size=6, max_size=6),
)
@settings(max_examples=300, deadline=None)
def test_french_readings_never_loop(sentences, breaks):
    """The rules that read a sentence's subject, a role's holder and an inverted cue call one
    another: on any arrangement of these sentences they end, with every quote attributed or
    not (a loop had cost a whole article a RecursionError)."""
    text = "".join(s + b for s, b in zip(sentences, breaks, strict=False))
    article = parse_article(text, language="fr")
    quotes = extract_quotes(article)
    assert len(attribute(article, quotes)) == len(quotes)


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("Das alte System sei „kaputt“.", "kaputt", "fragment"),
        ("Das alte System sei „völlig kaputt“.", "völlig kaputt", "fragment"),
        ("Das Amt arbeite mit „eBay-Methoden“.", "eBay-Methoden", "fragment"),
        ("Laut „hafenblatt.de“ sei der Verkauf beschlossen.", "hafenblatt.de", "title"),
    ],
)
def test_lower_case_words_in_reported_speech_are_speech_but_not_a_web_address(
    sentence, words, kind
):
    """Words in marks opening in lower case inside a sentence in the Konjunktiv I are the
    reported speaker's own, even with no cue (whatever their second letter: „eBay-Methoden“); a
    web address reads the same but is a name."""
    text = f"Jo Kern sprach am Montag lange im Rat von Lindenhain.\n\n{sentence} Mehr kam nicht."
    (quote,) = [q for q in extract(parse_article(text, language="de")) if q.text == words]
    assert quote.kind == kind
