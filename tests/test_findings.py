"""What an editor reads first: key findings, the words of each edit, the scorecard, the sources,
who printed first, and the nearest wording for a quote one outlet ran."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given

from quotecheck import parse_article
from quotecheck.drift import classify
from quotecheck.findings import (
    KEY_SEVERITY,
    action,
    change,
    discrepancy_rows,
    first_run,
    key_findings,
    nearest_elsewhere,
    scorecard,
    sources,
    stories,
)
from quotecheck.models import Comparison, Edit, QuoteGroup, Severity
from quotecheck.normalize import fold_typography
from quotecheck.strategies import drifted

from .conftest import CASES, one_statement_three_ways

STORY = CASES / "story"
WORDED = ["substitution", "insertion", "deletion", "number", "negation", "spelling", "case"]


def edit(kind: str, reference: str, variant: str, detail: str = "") -> Edit:
    return Edit(kind, Severity.MAJOR, ("wire.txt", "b.txt"), reference, variant, detail)


def test_the_words_of_an_edit():
    assert change(edit("deletion", "not", "")) == "deleted: not"
    assert change(edit("insertion", "", "very")) == "added: very"
    assert change(edit("number", "2.4", "3.4")) == "2.4 → 3.4"
    moved = "period inside the closing mark in the reference, outside in this version"
    assert change(edit("punctuation_placement", ".", "", moved)) == moved
    cut = change(edit("truncation", "and then we left", "", "quote cut short at the end"))
    assert cut == "quote cut short at the end: ‘and then we left’"


def test_what_an_outlet_did_in_an_editors_words():
    assert action(edit("negation", "not", "")) == "drops ‘not’"
    assert action(edit("insertion", "", "never")) == "adds ‘never’"
    assert action(edit("substitution", "a decade", "years")) == "has ‘years’ for ‘a decade’"
    assert action(edit("speaker_conflict", "Ida Lund", "Omar Reyes")) == (
        "gives the words to Omar Reyes, not Ida Lund"
    )
    assert action(edit("truncation", "and then we left", "")) == "cuts the quote short"
    assert action(edit("substitution", ",", "it")) == "has ‘it’ for a comma"
    assert action(edit("substitution", ", a keen sailor", "who sails")) == (
        "has ‘who sails’ for ‘a keen sailor’"
    )


def test_a_long_change_is_cut_with_an_ellipsis():
    words = " ".join(f"w{i}" for i in range(30))
    shown = change(edit("deletion", words, ""))
    assert shown.endswith(" …") and len(shown.split()) < 20


@given(drifted(WORDED))
def test_the_changed_words_of_every_injected_edit_are_shown(case):
    group = classify(QuoteGroup("G1", (case.original, case.variant), case.original))
    shown = fold_typography(" ".join(change(e) for e in group.edits))
    for side in (case.removed, case.added):
        for word in side.split():
            assert fold_typography(word.strip(",")) in shown, (word, group.edits)


def test_key_findings_are_the_worst_statements_in_order(story: Comparison):
    found = key_findings(story)
    worst = sorted(
        (g for g in story.groups if g.severity >= KEY_SEVERITY),
        key=lambda g: (-g.severity, int(g.id[1:])),
    )
    assert [k.group for k in found] == [g.id for g in worst]
    negation = found[0]
    assert [o.outlet for o in negation.outlets] == ["Metro Times"]
    assert negation.action == "drops ‘not’"
    assert negation.reference_outlet.outlet == "Harbour City Wire"
    assert "not raise" in negation.reference and "not" not in negation.variant.split()
    assert negation.sentence.startswith("Metro Times drops ‘not’: “We will raise rates")


def test_key_findings_stop_at_the_limit(story: Comparison):
    assert len(key_findings(story, limit=1)) == 1
    assert key_findings(story, limit=0) == []


def test_house_style_is_never_a_key_finding(seeds: Comparison):
    assert all(g.severity < KEY_SEVERITY for g in seeds.groups)
    assert key_findings(seeds) == []


def test_outlets_that_made_the_same_edit_share_the_finding(story: Comparison):
    from quotecheck import compare_articles

    articles = [
        parse_article(a.text, a.path, a.id, outlet=a.outlet, date=a.date, url=a.url)
        for a in story.articles
    ]
    metro = next(a for a in articles if a.outlet == "Metro Times")
    twin = parse_article(metro.text, "twin.txt", outlet="Metro Weekend", date="2026-03-03")
    negation = key_findings(compare_articles([*articles, twin]))[0]
    assert {o.outlet for o in negation.outlets} == {"Metro Times", "Metro Weekend"}
    assert " drop ‘not’: " in negation.sentence  # two outlets: the verb agrees


def test_the_scorecard_puts_the_outlet_that_drifts_most_first(story: Comparison):
    cards = scorecard(story)
    assert [c.outlet for c in cards][:2] == ["Metro Times", "Eastside Ledger"]
    metro = cards[0]
    assert metro.by_severity["critical"] == 1 and metro.by_severity["major"] == 1
    wire = next(c for c in cards if c.outlet == "Harbour City Wire")
    assert wire.references == wire.statements == len(story.groups)
    assert sum(c.single for c in cards) == len(story.singletons)


def test_every_article_is_a_source_with_its_address(story: Comparison):
    manifest = {
        row.split(",")[0]: row.split(",")[4]
        for row in (STORY / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    }
    linked = sources(story)
    assert {a: s.url for a, s in linked.items()} == manifest
    assert linked["wire.txt"].byline == "Nell Adair"


def test_the_earliest_article_printed_first_and_a_tie_names_nobody(story: Comparison):
    assert {first_run(g, story) for g in story.groups} == {"wire.txt"}
    assert sources(story)["wire.txt"].first == len(story.groups)
    same_day = replace(story, articles=tuple(replace(a, date="2026-03-02") for a in story.articles))
    assert {first_run(g, same_day) for g in same_day.groups} == {None}
    undated = replace(story, articles=tuple(replace(a, date=None) for a in story.articles))
    assert {first_run(g, undated) for g in undated.groups} == {None}


def test_the_nearest_wording_elsewhere_is_the_same_speakers(story: Comparison):
    assert nearest_elsewhere(story) == {}  # the autumn tariff line has no match
    wire, ledger = "Mayor Dana Quist spoke on Monday.\n\n", "Mayor Dana Quist spoke on Monday.\n\n"
    wire += '"The tariff will be reviewed in the autumn, line by line," Quist said.'
    ledger += '"We will look at the tariff again in the autumn," Quist said.'
    from quotecheck import compare_articles

    result = compare_articles(
        [parse_article(wire, "wire.txt", outlet="Wire"), parse_article(ledger, "l.txt", outlet="L")]
    )
    nearest = nearest_elsewhere(result)
    assert len(result.singletons) == 2 and len(nearest) == 2
    for g in result.singletons:
        assert nearest[g.id].article_id != g.reference.article_id
        assert nearest[g.id].speaker == g.reference.speaker == "Dana Quist"
    # the terminal table and discrepancies.csv name it beside the quote, by its outlet
    details = {r["reference_outlet"]: r["details"] for r in discrepancy_rows(result)}
    assert details == {
        "Wire": "closest wording elsewhere: L, “We will look at the tariff again in the autumn,”",
        "L": "closest wording elsewhere: Wire, "
        "“The tariff will be reviewed in the autumn, line by …”",
    }


def test_a_quote_its_own_headline_repeats_points_at_the_headlines_group():
    """A body quote whose headline copy is lined up with another outlet's is told as the same
    words as that group, not as a statement one outlet alone ran with a closest wording."""
    from quotecheck import compare_articles

    wire = 'Mayor vows to rebuild pier\n\n"We will rebuild it, stone by stone," Albers said.'
    gazette = (
        "Albers: 'We will rebuild it, stone by stone'\n\n"
        "The mayor of Eastfield promised to rebuild the pier.\n\n"
        'Albers told residents: "We will rebuild it, stone by stone."'
    )
    result = compare_articles(
        [parse_article(wire, "w.txt", outlet="Wire"), parse_article(gazette, "g.txt", outlet="G")]
    )
    (single,) = result.singletons
    (group,) = result.groups
    assert single.reference.article_id == "g.txt"
    details = {r["group"]: r["details"] for r in discrepancy_rows(result)}
    assert details[single.id] == f"the same words as {group.id} in its headline"


def test_rows_carry_the_words_and_the_attribution_confidence(story: Comparison):
    rows = [r for r in discrepancy_rows(story) if r["file"]]
    negation = next(r for r in rows if r["severity"] == "critical" and r["outlet"] == "Metro Times")
    assert negation["changes"] == "deleted: not"
    assert 0 < negation["confidence"] <= 1 and 0 < negation["reference_confidence"] <= 1
    ranks = [Severity.parse(r["severity"]) for r in rows]
    assert ranks == sorted(ranks, reverse=True)


def test_the_story_json_names_the_same_worst_groups(story: Comparison):
    from quotecheck.report import to_json

    data = json.loads(json.dumps(to_json(story)))
    worst = [g["id"] for g in data["groups"] if Severity.parse(g["severity"]) >= KEY_SEVERITY]
    assert sorted(worst) == sorted(k.group for k in key_findings(story))


def test_story_fixture_is_read_whole(story: Comparison):
    assert {f.status for f in story.files} == {"read"} and len(story.articles) == 4


def test_a_source_line_or_a_manifest_gives_the_address_a_page_links():
    from quotecheck import compare_articles

    text = (
        "source: https://news.example.org/harbour/ferry\n\nFerry service ends in May\n\n"
        'The harbour board said the last ferry would sail in May. "We had no choice," '
        "board chair Lena Okafor said."
    )
    result = compare_articles(
        [
            parse_article(text, "a.txt", outlet="Harbour News"),
            parse_article(text, "b.txt", outlet="Coast Daily", url="https://coast.example/b"),
        ]
    )
    linked = sources(result)
    assert linked["a.txt"].url == "https://news.example.org/harbour/ferry"
    assert linked["b.txt"].url == "https://coast.example/b"


def test_a_speaker_finding_carries_both_attributions_confidence():
    from quotecheck import compare_articles, render_html

    said = '"The new line will open before the end of next year, whatever the cost," {} said.'
    wire = "Transport minister Ilse Varga spoke in Linz on Monday.\n\n" + said.format("Varga")
    daily = "Finance minister Paul Odon spoke in Linz on Monday.\n\n" + said.format("Odon")
    result = compare_articles(
        [
            parse_article(wire, "a.txt", outlet="Alpine Wire", reference="yes"),
            parse_article(daily, "b.txt", outlet="Valley Daily"),
        ]
    )
    (finding,) = key_findings(result)
    assert finding.action == "gives the words to Paul Odon, not Ilse Varga"
    variant = next(q for q in result.quotes if q.article_id == "b.txt")
    assert finding.confidence == (
        next(q for q in result.quotes if q.article_id == "a.txt").attribution.confidence,
        variant.attribution.confidence,
    )
    row = render_html(result).split('data-severity="critical"')[1].split("</tr>")[0]
    assert f"this version {variant.attribution.confidence:.2f}" in row


FERRY = (
    "The island ferry will stop running in winter, the harbour board said on Friday.\n\n"
    '"We lose {} thousand pounds on every winter crossing," board chair Lena Okafor said.'
)


def two_stories():
    """The invented water-rates story and a ferry story two outlets ran, one with a number
    changed: no statement is shared between the two."""
    from quotecheck import compare_articles

    water = [
        parse_article(path.read_text(encoding="utf-8"), path.name, outlet=outlet)
        for path, outlet in (
            (STORY / "wire.txt", "Harbour City Wire"),
            (STORY / "metro.txt", "Metro Times"),
        )
    ]
    ferry = [
        parse_article(FERRY.format(9), "ferry-a.txt", outlet="Island Post", title="Ferry to stop"),
        parse_article(FERRY.format(90), "ferry-b.txt", outlet="Coast Daily"),
    ]
    return compare_articles([*water, *ferry])


def test_a_run_of_two_stories_gives_each_its_own_key_findings():
    told = stories(two_stories())
    assert [set(s.articles) for s in told] == [
        {"metro.txt", "wire.txt"},
        {"ferry-a.txt", "ferry-b.txt"},
    ] or [set(s.articles) for s in told] == [
        {"ferry-a.txt", "ferry-b.txt"},
        {"metro.txt", "wire.txt"},
    ]
    ferry = next(s for s in told if "ferry-a.txt" in s.articles)
    assert ferry.title == "Ferry to stop"
    (finding,) = ferry.findings
    assert finding.severity == "critical" and "‘90’ for ‘9’" in finding.predicate
    assert all(len(s.findings) <= 1 for s in stories(two_stories(), limit=1))


def test_the_page_heads_each_storys_findings_with_its_title():
    from quotecheck import render_html

    page = render_html(two_stories())
    key = page.split('id="h-key"')[1].split("</section>")[0]
    assert key.count("<h3>") == 2 and "Ferry to stop" in key
    assert "2 stories" in page.split("</header>")[0]


def test_a_long_quote_is_shown_around_the_swapped_words():
    from quotecheck import compare_articles

    said = (
        "The board has spent two years on the plan for the northern line, we have heard every "
        "parish and every trader along the route, we have costed each station twice over, and "
        "we are {} that the first trains will run before the winter timetable starts next year "
        "{}"
    )
    lead = "Transport board chair Ines Albescu spoke in Carrow on Tuesday.\n\n"
    wire = lead + '"' + said.format("confident", "in the autumn") + '," Albescu said.'
    cut = said.format("hopeful", "in the autumn").removeprefix("The board has spent ")
    daily = lead + '"' + cut + '," Albescu said.'
    result = compare_articles(
        [
            parse_article(wire, "a.txt", outlet="Carrow Wire", reference="yes"),
            parse_article(daily, "b.txt", outlet="Carrow Daily"),
        ]
    )
    (finding,) = key_findings(result)
    assert finding.action == "has ‘hopeful’ for ‘confident’"
    assert finding.variant.startswith("… ") and "we are hopeful that" in finding.variant
    assert len(finding.variant.split()) <= 2 * 8 + 3


def test_outlets_named_in_a_sentence():
    from quotecheck.findings import _joined

    assert _joined(["A"]) == "A"
    assert _joined(["A", "B"]) == "A and B"
    assert _joined(["A", "B", "C"]) == "A, B and C"
    assert _joined(["A", "B", "C", "D", "E"]) == "A, B and 3 others"
    assert _joined(["A", "B", "C", "D"]) == "A, B and 2 others"


def test_a_date_span():
    from quotecheck.findings import date_span

    assert date_span([]) == "" and date_span([None]) == ""
    assert date_span(["2026-03-02", None, "2026-03-02"]) == "2026-03-02"
    assert date_span(["2026-03-04", "2026-03-02T09:00"]) == "2026-03-02T09:00 to 2026-03-04"
    assert date_span(["2026-03-03", "2026-03-01", "2026-03-09"]) == "2026-03-01 to 2026-03-09"


def test_a_quote_cut_for_a_key_finding():
    from quotecheck.findings import CONTEXT_WORDS, QUOTE_WORDS, _quoted

    assert _quoted("We will act now,") == "We will act now"
    words = [f"w{i}" for i in range(QUOTE_WORDS + 20)]
    text = " ".join(words)
    assert _quoted(text) == " ".join(words[:QUOTE_WORDS]) + " …"  # no changed words given
    assert _quoted(text, "nowhere") == " ".join(words[:QUOTE_WORDS]) + " …"
    start = _quoted(text, "w0 w1")
    assert start == " ".join(words[: 2 + CONTEXT_WORDS]) + " …"
    end = _quoted(text + ",", f"{words[-1]}")  # the comma at the edge does not hide the word
    assert end == "… " + " ".join(words[-1 - CONTEXT_WORDS :])
    assert _quoted(text, "") == " ".join(words[:QUOTE_WORDS]) + " …"
    whole = " ".join(words[:QUOTE_WORDS])  # no longer than a key finding shows: never cut
    assert _quoted(whole, "w20") == whole and _quoted(whole + ",", "w39") == whole


def test_a_minor_difference_is_a_key_finding_when_nothing_worse_is():
    from quotecheck import compare_articles

    lead = "Harbour master Femi Castell spoke on Monday.\n\n"
    said = '"The {} will reopen on Friday after the storm," Castell said.'
    result = compare_articles(
        [
            parse_article(lead + said.format("east pier"), "a.txt", outlet="Pier Wire"),
            parse_article(lead + said.format("East Pier"), "b.txt", outlet="Bay News"),
        ]
    )
    (finding,) = key_findings(result)
    assert finding.severity == "minor" and finding.predicate == "has ‘East’ for ‘east’"


def test_a_cut_by_an_outlet_that_quotes_the_statement_whole_is_no_key_finding():
    comparison = one_statement_three_ways()
    cut = [
        g
        for g in comparison.groups
        if any(e.kind == "truncation" and e.files[1] == "c.txt" for e in g.edits)
    ]
    assert cut and all(g.severity >= Severity.MAJOR for g in cut)  # the edit stays in the data
    assert {k.group for k in key_findings(comparison)}.isdisjoint({g.id for g in cut})


def test_key_findings_never_tell_the_same_finding_twice():
    """The split outlet, in both groups the whole quote is in, spells the speaker otherwise:
    one finding, told once."""
    found = key_findings(one_statement_three_ways(split_speaker="Ilka Brandis"))
    assert any("Brandis" in k.sentence for k in found)
    told = [(k.action, k.variant, k.reference, k.outlets) for k in found]
    assert len(told) == len(set(told))


def test_a_conflict_past_a_reference_naming_no_one_quotes_and_rates_the_version_it_is_set_against():
    from quotecheck import compare_articles
    from quotecheck.page import render_html

    lead = "The ferry ran aground off Eastfield on Monday.\n\n"
    words = '"All passengers are safe and have been brought ashore," {} said.'
    cues = ["a police spokesman", "police spokesman Tom Brell", "harbour chief Ruth Albers"]
    story = compare_articles(
        [
            parse_article(lead + words.format(cue), f"{n}.txt", outlet=name)  # a.txt: the reference
            for n, name, cue in zip("abc", ["Wire", "Herald", "Gazette"], cues, strict=True)
        ]
    )
    (finding,) = key_findings(story)
    assert finding.severity == "critical"
    assert finding.reference_outlet.outlet == "Herald"  # not the reference, which names no one
    assert finding.confidence[0] > 0.9  # the Herald's sure attribution, not the Wire's unsure one
    assert "Herald’s 0." in finding.sentence
    assert "the other version 0." in render_html(story)


def test_a_statement_whose_reference_names_no_one_is_told_as_the_words_of_the_one_others_name():
    """The reference's "he said" found no one; the other version names the speaker: the key
    finding and the JSON group give that speaker, not "unknown"."""
    from quotecheck import compare_articles
    from quotecheck.report import to_json

    lead = "The ferry strike went into its second week on Monday.\n\n"
    a = parse_article(lead + '"I am not going to resign," he said.', "a.txt")
    b = parse_article(lead + '"I am going to resign," said Minister Tom Kern.', "b.txt")
    comparison = compare_articles([a, b])
    (group,) = comparison.groups
    assert group.reference.speaker is None
    assert [k.speaker for k in key_findings(comparison)] == ["Tom Kern"]
    assert [g["speaker"] for g in to_json(comparison)["groups"]] == ["Tom Kern"]


def _one_line_three_ways(cues: list[str]) -> Comparison:
    """One line of a ferry-strike story run by three outlets (``a.txt``, ``b.txt``, ``c.txt``),
    each with its own cue after the quote."""
    from quotecheck import compare_articles

    lead = "The ferry strike went into its second week on Monday.\n\n"
    words = "The port will close in May and nobody will be paid for the last month"
    return compare_articles(
        [
            parse_article(f'{lead}"{words}," {cue}.', f"{n}.txt")
            for n, cue in zip("abc", cues, strict=True)
        ]
    )


def test_a_conflict_row_names_both_speakers_the_reference_first():
    """A row that gives the words to someone else says whose they were and whose they became,
    in the order of its outlets; rows of one speaker name them once."""
    from quotecheck.report import render_text

    comparison = _one_line_three_ways(
        ["said Ann King", "said Ann King, the union leader", "said Tom Brell"]
    )
    rows = {r["file"]: r for r in discrepancy_rows(comparison) if r["file"]}
    assert (rows["c.txt"]["reference_speaker"], rows["c.txt"]["speaker"]) == (
        "Ann King",
        "Tom Brell",
    )
    assert rows["b.txt"]["reference_speaker"] == rows["b.txt"]["speaker"] == "Ann King"
    assert "Ann King → Tom Brell" in render_text(comparison, fmt="markdown")


STATEMENT = (
    "The quay will close at dawn for the inspection of every crane. Ships already moored may "
    "stay until the tide turns. The repairs will take the whole of the winter season"
)


def test_one_speaker_conflict_over_two_groups_is_one_key_finding():
    """Two outlets give one long statement to two people; each of its sentences is a group of
    its own, whose reference is the version most outlets give the speaker of: one group's
    reference is the other's variant. The conflict is the same either way round: told once."""
    from quotecheck import compare_articles

    texts = {  # between two versions no majority tells apart, the first by name is the reference
        "a-ledger.txt": f'Harbour master Ann King spoke on Monday. "{STATEMENT}," King said.',
        "b-post.txt": f'Port engineer Tom Brell spoke on Monday. "{STATEMENT}," Brell said.',
        "c-wire.txt": '"The quay will close at dawn for the inspection of every crane," harbour '
        "master Ann King said on Monday.",
        "d-gazette.txt": '"The repairs will take the whole of the winter season," port engineer '
        "Tom Brell said on Monday.",
    }
    result = compare_articles([parse_article(t, name) for name, t in texts.items()])
    conflicts = [
        (g.id, e.files) for g in result.groups for e in g.edits if e.kind == "speaker_conflict"
    ]
    assert len(conflicts) == 2 and conflicts[0][1] == conflicts[1][1][::-1]  # mirrored
    key = [k for k in key_findings(result) if k.severity == "critical"]
    assert len(key) == 1 and "gives the words to" in key[0].action


def test_a_conflict_row_under_a_reference_that_names_no_one_names_the_other_speaker():
    """When the group's reference names nobody, two other versions that give the words to two
    people conflict with each other: the row says whose the words were in the other version,
    not 'unknown'."""
    comparison = _one_line_three_ways(["a union official said", "said Ann King", "said Tom Brell"])
    conflicts = [r for r in discrepancy_rows(comparison) if "different speaker" in r["finding"]]
    assert conflicts and all(r["reference_file"] == "a.txt" for r in conflicts)
    assert {(r["reference_speaker"], r["speaker"]) for r in conflicts} <= {
        ("Ann King", "Tom Brell"),
        ("Tom Brell", "Ann King"),
    }


def test_two_versions_told_alike_in_several_groups_are_one_terminal_row():
    """A long quote stands in each group whose statement it holds: the same two versions with
    the same finding are one row of the terminal table, its group followed by how many more."""
    from quotecheck import compare_articles
    from quotecheck.report import render_text

    lead = "The harbour board met on Monday.\n\n"
    long = STATEMENT.replace("crane", "crane and hoist")
    texts = {
        "a.txt": f'{lead}"{STATEMENT}," said Ann King.',
        "b.txt": f'{lead}"{long}," said Ann King.',
        "c.txt": f'{lead}"The quay will close at dawn for the inspection of every crane," '
        "said Ann King.",
        "d.txt": f'{lead}"The repairs will take the whole of the winter season," said Ann King.',
    }
    comparison = compare_articles([parse_article(t, n) for n, t in texts.items()])
    pairs = [(r["reference_file"], r["file"]) for r in discrepancy_rows(comparison) if r["file"]]
    repeated = {p for p in pairs if pairs.count(p) > 1}
    assert repeated  # the two long versions meet in two groups
    table = render_text(comparison)
    rows = [line for line in table.splitlines() if line.startswith("G")]
    assert len(rows) == len(set(pairs)) and any("(+1)" in line for line in rows)
    # the page's findings table: one row too, linked to both statements
    from quotecheck import render_html

    page = render_html(comparison)
    body = page.split('id="discrepancy-table"')[1].split("</tbody>")[0]
    groups = [cell.split("</td>")[0] for cell in body.split('data-label="Group">')[1:]]
    assert len(groups) == len(set(pairs)) and any(g.count("<a ") == 2 for g in groups)
