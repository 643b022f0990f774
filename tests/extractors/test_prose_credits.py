"""Credits stated in running prose: one short sentence per cue family of extractors/README.md."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import credits_of


@pytest.mark.parametrize("text,expected", [
    # direction of / from, directorial debut of
    ("The picture owes much to the steady direction of Ron Howard.", {("Ron Howard", "director", "Apollo 13")}),
    ("This is the directorial debut of Tom Hanks, and it shows.", {("Tom Hanks", "director", "Apollo 13")}),
    # ... but not when the name owns the next noun
    ("I admired Ron Howard's direction of William Broyles's screenplay.",
     {("Ron Howard", "director", "Apollo 13"), ("William Broyles", "screenwriter", "Apollo 13")}),
    # score from
    ("A rousing score from James Horner carries the launch.", {("James Horner", "composer", "Apollo 13")}),
    # "X provides/wrote the score", "X's stupid, militaristic score" (and writing a score is no screenplay)
    ("Hans Zimmer wrote the rest of the score.", {("Hans Zimmer", "composer", "Apollo 13")}),
    ("James Horner provides a surprisingly understated score.", {("James Horner", "composer", "Apollo 13")}),
    ("It is marred by James Horner's loud, militaristic score.", {("James Horner", "composer", "Apollo 13")}),
    # relative clause without a comma
    ("It was directed by Ron Howard who also wrote the script.",
     {("Ron Howard", "director", "Apollo 13"), ("Ron Howard", "screenwriter", "Apollo 13")}),
])
def test_crew_cues(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    ("This mess of a movie was helmed by Roger Donaldson.", {("Roger Donaldson", "director", "Apollo 13")}),
    ("It is a film by Mike Newell, and a good one.", {("Mike Newell", "director", "Apollo 13")}),
    ("This is the latest from Eleanor Antin.", {("Eleanor Antin", "director", "Apollo 13")}),
    ("With Adam Marcus at the helm, the picture races ahead.", {("Adam Marcus", "director", "Apollo 13")}),
    ("Boris Karloff at the helm as the narrator is fine.", set()),
    ("I expected a smart thriller because the director is Wolfgang Petersen.",
     {("Wolfgang Petersen", "director", "Apollo 13")}),
    ("But the director of photography was Roger Deakins.", {("Roger Deakins", "cinematographer", "Apollo 13")}),
    # ... not the owner of the next noun
    ("It came to film by way of Ted Tally's script.", {("Ted Tally", "screenwriter", "Apollo 13")}),
])
def test_made_by_cues(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    # a chain of verbs after the name, each with its role
    ("Warren Beatty co-produced, directed, co-wrote and starred in it.",
     {("Warren Beatty", r, "Apollo 13") for r in ("producer", "director", "screenwriter", "actor")}),
    # a list of names before the verb: each of them
    ("Trey Callaway and Stephen Gaghan wrote this one.",
     {("Trey Callaway", "screenwriter", "Apollo 13"), ("Stephen Gaghan", "screenwriter", "Apollo 13")}),
    # ... not across a header's "by"
    ("Written by Andrew Fleming and Sheryl Longin. Directed by Andrew Fleming.",
     {("Andrew Fleming", "screenwriter", "Apollo 13"), ("Sheryl Longin", "screenwriter", "Apollo 13"),
      ("Andrew Fleming", "director", "Apollo 13")}),
])
def test_verb_chains_and_subject_lists(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Based on the John Grisham novel, it follows a young lawyer.", {("John Grisham", "source_author", "Fargo")}),
    ("Adapting Stephen King's novel, the writers kept its ending.", {("Stephen King", "source_author", "Fargo")}),
    ('The story is based on Mark Twain\'s "The Jumping Frog" and little else.',
     {("Mark Twain", "source_author", "Fargo")}),
    ("It is based on a book by Maya Angelou and Alice Walker.",
     {("Maya Angelou", "source_author", "Fargo"), ("Alice Walker", "source_author", "Fargo")}),
    # "from a book by", "drawn from a novel by", "from X's play": the cue without "based"
    ("It was written by Mark Medoff, from a book by Ann Beattie.",
     {("Mark Medoff", "screenwriter", "Fargo"), ("Ann Beattie", "source_author", "Fargo")}),
    ("The story is drawn from a novel by Russell Banks.", {("Russell Banks", "source_author", "Fargo")}),
    ("It was written by Tom Perrotta from Anne Tyler's play.",
     {("Tom Perrotta", "screenwriter", "Fargo"), ("Anne Tyler", "source_author", "Fargo")}),
    # the writer's own source, after the name
    ("Screenplay: Scott Frank, based on his novel.",
     {("Scott Frank", "screenwriter", "Fargo"), ("Scott Frank", "source_author", "Fargo")}),
    ("Writer Neil Simon (adapting his own play) keeps the jokes.",
     {("Neil Simon", "screenwriter", "Fargo"), ("Neil Simon", "source_author", "Fargo")}),
    # "adapted for the screen by" is a screenplay, not a source, credit
    ("It is based on Bruce Porter's book and adapted for the screen by David Koepp.",
     {("Bruce Porter", "source_author", "Fargo"), ("David Koepp", "screenwriter", "Fargo")}),
    ("The old score has been adapted by Danny Elfman.", set()),
    # one book of a person, in a sentence about no other film
    ("Nobody has read Tom Wolfe's novel twice.", {("Tom Wolfe", "source_author", "Fargo")}),
    # "based on X's TITLE": the source of this film, though TITLE is a film too
    ("Based on Patricia Highsmith's THE TALENTED MR. RIPLEY, the plot is thin.",
     {("Patricia Highsmith", "source_author", "Fargo")}),
    ("Charles Dickens' novels are all longer.", set()),
    # more source nouns under an adaptation cue: a comic strip, a fairy tale, an article, a poem
    ("Based on the old comic strip by Lee Falk, it runs long.", {("Lee Falk", "source_author", "Fargo")}),
    ("It is loosely based on the Hans Christian Andersen fairy tale.",
     {("Hans Christian Andersen", "source_author", "Fargo")}),
    ("Written by Bo Lee, based on the article \"Cold Cash\" by Ann Vale.",
     {("Bo Lee", "screenwriter", "Fargo"), ("Ann Vale", "source_author", "Fargo")}),
    ("In the speech, Kelley quotes a poem by Robert Frost.", set()),
    # "suggested by" as an adaptation cue
    ("Written by Joan Didion, suggested by the book \"Gold\" by Alanna Nash.",
     {("Joan Didion", "screenwriter", "Fargo"), ("Alanna Nash", "source_author", "Fargo")}),
    # "versions of" is an adaptation cue as "version of" is
    ("There have been several film versions of Ann Vale's stories.", {("Ann Vale", "source_author", "Fargo")}),
    # the writer adapts his or her own book, "own" or not
    ("Anne Rice adapts her 1976 novel about two vampires.", {("Anne Rice", "source_author", "Fargo")}),
    ("Stephen Metcalfe adapted his stage play for the screen.", {("Stephen Metcalfe", "source_author", "Fargo")}),
])
def test_source_cues(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # a film's director after the title, set off by a comma
    ('The "Blood Simple" director, Joel Coen, made this too.',
     {("Joel Coen", "director", "Blood Simple"), ("Joel Coen", "director", "Fargo")}),
    # no cue at all: the KB's principals join the person and the film named beside them
    ("Nothing here is as memorable as Kate Winslet in TITANIC.", {("Kate Winslet", "actor", "Titanic")}),
    ("Nothing here is as memorable as TITANIC, with Kate Winslet.", {("Kate Winslet", "actor", "Titanic")}),
    # a hedge blocks it
    ("Kate Winslet was originally cast in TITANIC, I hear.", set()),
])
def test_kb_principals(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # turn / portrayal by
    ("There is a sly turn by Bill Murray in the second act.", {("Bill Murray", "actor", "Fargo")}),
    # voice and cameo phrasings
    ("Robin Williams voices the genie with gusto.", {("Robin Williams", "actor", "Fargo")}),
    ("Martin Sheen has a brief cameo as a judge.", {("Martin Sheen", "actor", "Fargo")}),
    # a character, then its actor and the actor's earlier film
    ("The sheriff Marge Gunderson (Frances McDormand, BLOOD SIMPLE) is pregnant.",
     {("Frances McDormand", "actor", "Fargo"), ("Frances McDormand", "actor", "Blood Simple")}),
])
def test_acting_cues(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # crafts without a role of their own are contributions
    ("Production designer Anna Pinnock builds a grand hall.", {("Anna Pinnock", "contributor", "Fargo")}),
    ("The costumes by Sandy Powell are lavish.", {("Sandy Powell", "contributor", "Fargo")}),
    # ... and "art director X" is not the director
    ("The art director Bo Welch did fine work.", {("Bo Welch", "contributor", "Fargo")}),
    # "writer and director X" gives both roles
    ("Writer and director Kevin Smith knows his slackers.",
     {("Kevin Smith", "screenwriter", "Fargo"), ("Kevin Smith", "director", "Fargo")}),
    # passive shooting credits: an adverb or a copula before, not "a film shot by" its maker
    ("The snowfields are beautifully shot by Roger Deakins.", {("Roger Deakins", "cinematographer", "Fargo")}),
    ("Set in Minnesota and filmed by Roger Deakins, it looks cold.", {("Roger Deakins", "cinematographer", "Fargo")}),
    ("The book was later filmed by Zoltan Korda in 1951.", set()),
    # "photography by X", "cameraman X", "his cinematographer, X,", "X's (three words) cinematography"
    ("The dusky photography by Peter James suits it.", {("Peter James", "cinematographer", "Fargo")}),
    ("As ace cameraman Roger Deakins pulls back, the town shrinks.", {("Roger Deakins", "cinematographer", "Fargo")}),
    ("His usual cinematographer, Carlo Di Palma, lights it well.", {("Carlo Di Palma", "cinematographer", "Fargo")}),
    ("Robby Muller's typically sharp black-and-white cinematography helps.",
     {("Robby Muller", "cinematographer", "Fargo")}),
    ("It has Joseph Maurer's script and the cinematography is fine.", {("Joseph Maurer", "screenwriter", "Fargo")}),
    # "(A as writer, B as producer)"
    ("The team is all here (Ethan Coen as producer and Joel Coen as director).",
     {("Ethan Coen", "producer", "Fargo"), ("Joel Coen", "director", "Fargo")}),
    # "as director F.W. Murnau" is a part, not a credit
    ("It stars John Malkovich as director Murnau.", {("John Malkovich", "actor", "Fargo")}),
])
def test_craft_cues(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # ... but not "the novel upon which X's FILM was based"
    ('It comes from the novel upon which Steven Spielberg\'s "Jurassic Park" was based.',
     {("Steven Spielberg", "director", "Jurassic Park")}),
    # someone who wrote novels is not the screenwriter
    ("Back then Samuel Richardson wrote long serialized novels about women.", set()),
    # "X's FILM" amid talk of a book: the possessor wrote the source
    ('They adapt a best-selling book - Michael Crichton\'s "Jurassic Park" - for children.',
     {("Michael Crichton", "source_author", "Jurassic Park")}),
    # "X's thing in FILM" names no craft (a name the KB does not know: no principals to ask)
    ('His accent is faker than Burt Raynard\'s hairpiece in "Boogie Nights".', set()),
    # a relative clause after a filmography: the film of the clause, not the one in brackets
    ('The panel has Douglas McGrath ("Emma"), who also co-wrote "Bullets Over Broadway".',
     {("Douglas McGrath", "contributor", "Emma"), ("Douglas McGrath", "screenwriter", "Bullets Over Broadway")}),
])
def test_possessive_and_clause_context(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # "Director X, best known for FILM and FILM": the cue is about this film, the rest contributions
    ("Director Ron Howard, best known for COCOON and APOLLO 13, keeps it tight.",
     {("Ron Howard", "director", "Fargo"), ("Ron Howard", "contributor", "Apollo 13"),
      ("Ron Howard", "contributor", "Cocoon")}),
    # "X's music from "Title"": another work's music, not this film's
    ('Throw in some Jerry Goldsmith\'s music from "Patton" and a parade.', set()),
])
def test_known_for_and_other_works(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # ordinal filmography: the film in apposition, else this one
    ("Sean Penn's second film as a director is missing something.", {("Sean Penn", "director", "Fargo")}),
    ("It recalls Robert Redford's first film as director, ORDINARY PEOPLE.",
     {("Robert Redford", "director", "Ordinary People")}),
    ('In "The Opposite of Sex" his first film as both director and scenarist, Don Roos made a comedy.',
     {("Don Roos", "director", "The Opposite of Sex"), ("Don Roos", "screenwriter", "The Opposite of Sex")}),
])
def test_ordinal_filmography(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


def test_possessive_of_the_reviewed_film_with_another_director(extract):
    """The header names the director: "X's FILM" makes X the source's author amid talk of a book, else nothing."""
    text = 'Directed by Tony Scott.\nWith Ann Carter\'s "Fargo" he faces a hard task: few have read the book.'
    assert credits_of(extract(text, "Fargo")) == {("Tony Scott", "director", "Fargo"),
                                                   ("Ann Carter", "source_author", "Fargo")}
    text = 'Directed by Tony Scott.\nWith Ann Carter\'s "Fargo" he faces a hard task.'
    assert credits_of(extract(text, "Fargo")) == {("Tony Scott", "director", "Fargo")}


@pytest.mark.parametrize("text,expected", [
    # a list of participles before "by"
    ("The picture was written, directed, and produced by Whit Carter.",
     {("Whit Carter", "screenwriter", "Fargo"), ("Whit Carter", "director", "Fargo"),
      ("Whit Carter", "producer", "Fargo")}),
    # "does a fine job (of) directing"
    ("Joel Schumacher does a solid job directing this one.", {("Joel Schumacher", "director", "Fargo")}),
    # sources: characters from a book, a story "written by" its author (no screenplay credit)
    ("Screenplay by Ann Lee, based on characters from DREAMHOUSE by Kate Grenville.",
     {("Ann Lee", "screenwriter", "Fargo"), ("Kate Grenville", "source_author", "Fargo")}),
    ("It is based on a short story written by Don Stanford.", {("Don Stanford", "source_author", "Fargo")}),
])
def test_participles_jobs_and_sources(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Photography, Dan Moss. Production design, Ann Lee. Music, Ira Newborn.",
     {("Dan Moss", "cinematographer", "Fargo"), ("Ann Lee", "contributor", "Fargo"),
      ("Ira Newborn", "composer", "Fargo")}),
    ("Stunt coordinator Vic Armstrong earns his pay.", {("Vic Armstrong", "contributor", "Fargo")}),
    # "music written by X" is a composer, not a screenwriter
    ("The classical music written by John Corigliano sets the mood.", {("John Corigliano", "composer", "Fargo")}),
])
def test_more_crafts(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # "directed by TITLE's X": the earlier film between the cue and the name is passed over (and is a
    # contribution of the director's, its role unstated)
    ("The movie is directed by SHADOW OF DOUBT's Peter Marsh, and it shows.",
     {("Peter Marsh", "director", "Apollo 13"), ("Peter Marsh", "contributor", "Shadow of Doubt")}),
    ("As directed by \"Night Train\"'s Peter Marsh and written by Ann Lee, it drags.",
     {("Peter Marsh", "director", "Apollo 13"), ("Ann Lee", "screenwriter", "Apollo 13"),
      ("Peter Marsh", "contributor", "Night Train")}),
    # directorial debut: this film in the present, the film named after it, nothing for an undated past
    ("Peter Marsh makes his directorial debut here.", {("Peter Marsh", "director", "Apollo 13")}),
    ("Peter Marsh, making his directorial debut, keeps it moving.", {("Peter Marsh", "director", "Apollo 13")}),
    ("Peter Marsh made his directorial debut with NIGHT TRAIN, a better film.",
     {("Peter Marsh", "director", "Night Train")}),
    ("Peter Marsh made his directing debut years ago.", set()),
])
def test_director_phrasings(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    # "X's new film": the reviewed film's director, unless another film is named there or X acts in it
    ("Peter Marsh's new film is a slow, handsome mess.", {("Peter Marsh", "director", "Harbor Lights")}),
    ("To call Peter Marsh's latest film a comedy is generous.", {("Peter Marsh", "director", "Harbor Lights")}),
    ("Rita (Peter Marsh) is lost in Peter Marsh's new film.", {("Peter Marsh", "actor", "Harbor Lights")}),
    ("Peter Marsh's latest role is a cop.", {("Peter Marsh", "actor", "Harbor Lights")}),
    ("It is not as good as Peter Marsh's previous film.", set()),
    # past a bracketed filmography, which stays a contribution
    ("Peter Marsh's (Night Train) latest film is a slow, handsome mess.",
     {("Peter Marsh", "director", "Harbor Lights"), ("Peter Marsh", "contributor", "Night Train")}),
])
def test_new_film_possessive(extract, text, expected):
    assert credits_of(extract(text, "Harbor Lights")) == expected


@pytest.mark.parametrize("text,expected", [
    # plural role words carry down the list
    ("Directors Peter Marsh and Ann Lee keep it moving.",
     {("Peter Marsh", "director", "Harbor Lights"), ("Ann Lee", "director", "Harbor Lights")}),
    ("Co-directors Peter Marsh and Ann Lee keep it moving.",
     {("Peter Marsh", "director", "Harbor Lights"), ("Ann Lee", "director", "Harbor Lights")}),
    ("The sets come from art directors Peter Marsh and Ann Lee.",
     {("Peter Marsh", "contributor", "Harbor Lights"), ("Ann Lee", "contributor", "Harbor Lights")}),
    # "X, the director," in apposition; not another craft, not "a ... director" (often another film's maker)
    ("Peter Marsh, the director, keeps it moving.", {("Peter Marsh", "director", "Harbor Lights")}),
    ("Peter Marsh, the writer and director, keeps it moving.", {("Peter Marsh", "director", "Harbor Lights")}),
    ("Ann Lee, the art director, did the sets.", set()),
    ("The slow motion comes from Hong Kong directors like Peter Marsh.", set()),
    ("Peter Marsh, a French journeyman director, had a hit in 1978.", set()),
])
def test_director_lists_and_apposition(extract, text, expected):
    assert credits_of(extract(text, "Harbor Lights")) == expected


@pytest.mark.parametrize("text,expected", [
    # "X's (adjectives) performance / turn / part in FILM": X acted in FILM (credits.acting_in), in a
    # comparison too, and down a list
    ("Unlike Dana Moore's turn in THE GLASS HARBOR, this is dull.", {("Dana Moore", "actor", "The Glass Harbor")}),
    ("It recalls Carl Brenner's small part in COLD HARBOR and NORTH WIND.",
     {("Carl Brenner", "actor", "Cold Harbor"), ("Carl Brenner", "actor", "North Wind")}),
    # "work" is a craft's as often: a contribution
    ("It recalls Dana Moore's fine work in THE GLASS HARBOR.", {("Dana Moore", "contributor", "The Glass Harbor")}),
])
def test_acting_in_another_film(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    # a lone surname in a source cue is the author (people.source_author), which spaCy rarely tags
    ("It is based on Shakespeare's MACBETH.", {("Shakespeare", "source_author", "Apollo 13")}),
    ("This adaptation of Stoker's tale will be forgotten.", {("Stoker", "source_author", "Apollo 13")}),
    ("The film is based on the play by Shakespeare.", {("Shakespeare", "source_author", "Apollo 13")}),
    # ... not a nationality before the author's name
    ("It is based on the novel by French author Pierre Boulle.", {("Pierre Boulle", "source_author", "Apollo 13")}),
    # a quoted work the sentence calls a source is no piece of music, though songs are near
    ("Writer: Ethan Coen, based on Homer's \"The Odyssey\"\n\nThe music is fine, but the title comes not from "
     "Homer's \"Odyssey\" on which the story is loosely based.",
     {("Ethan Coen", "screenwriter", "Apollo 13"), ("Homer", "source_author", "Apollo 13")}),
])
def test_lone_source_author(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


def test_a_blank_line_ends_a_sentence(extract):
    # the senter runs a line without a full stop into the next paragraph: the hedge there
    # ("should have") must not reach the credit line
    text = "The story should have stayed a short story\n\nDirected by Ann Vale in her first film.\n\nIt is fine."
    assert credits_of(extract(text, "Apollo 13")) == {("Ann Vale", "director", "Apollo 13")}


@pytest.mark.parametrize("text,expected", [
    # "like X in FILM", "X was wonderful in FILM": X acted in FILM (credits.name_in_film), for names the KB knows
    ("He stalks them like a gentle Jack Nicholson in THE GLASS HARBOR.",
     {("Jack Nicholson", "actor", "The Glass Harbor")}),
    ("Meg Ryan was wonderful in THE GLASS HARBOR, less so here.", {("Meg Ryan", "actor", "The Glass Harbor")}),
    ("It is like Meg Ryan and Billy Crystal in THE GLASS HARBOR.",
     {("Meg Ryan", "actor", "The Glass Harbor"), ("Billy Crystal", "actor", "The Glass Harbor")}),
    # a crew word before the name, or a name the KB does not know (a part), gives nothing
    ("It was directed by Jack Nicholson in THE GLASS HARBOR.", {("Jack Nicholson", "director", "The Glass Harbor")}),
    ("He is a lonely man, like Travis Bickle in THE GLASS HARBOR.", set()),
])
def test_name_in_another_film(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    # "X, (the) star of FILM" (credits.star_of)
    ("Dana Moore, star of THE GLASS HARBOR, turns up briefly.", {("Dana Moore", "actor", "The Glass Harbor")}),
    ("Dana Moore, the incandescent co-star of THE GLASS HARBOR, has little to do.",
     {("Dana Moore", "actor", "The Glass Harbor")}),
])
def test_star_of_another_film(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    # "the NAME novel" with no cue: this film's source, unless compared or another film is named
    ("Fans of the Dana Moore novel cringed.", {("Dana Moore", "source_author", "Apollo 13")}),
    ("It reads like the Dana Moore novel, only duller.", set()),
    ("A math genius was the hero of the Dana Moore play, \"Arcadia\", too.", set()),
    ("Unlike the Dana Moore novel behind THE GLASS HARBOR, it is short.", set()),
])
def test_the_author_novel(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


# sixth pass (crew3): extractors/README.md
@pytest.mark.parametrize("text,expected", [
    # an award's category names the craft, down a list too
    ("It was nominated for Best Picture, Best Director (Ron Howard) and Best Original Score (James Horner).",
     {("Ron Howard", "director", "Apollo 13"), ("James Horner", "composer", "Apollo 13")}),
    ("It also won Best Adapted Screenplay (William Broyles and Al Reinert).",
     {("William Broyles", "screenwriter", "Apollo 13"), ("Al Reinert", "screenwriter", "Apollo 13")}),
])
def test_award_categories(extract, text, expected):
    ex = extract(text, "Apollo 13")
    assert credits_of(ex) == expected
    assert not any(n.startswith("Best ") for n in (e.name for e in ex.entities.values()))


@pytest.mark.parametrize("text,expected", [
    ("Writer: William Broyles, novel by Jim Lovell\nCast: Tom Hanks",
     {("William Broyles", "screenwriter", "Apollo 13"), ("Jim Lovell", "source_author", "Apollo 13"),
      ("Tom Hanks", "actor", "Apollo 13")}),
    ("Written by William Broyles (book by Jim Lovell)\n",
     {("William Broyles", "screenwriter", "Apollo 13"), ("Jim Lovell", "source_author", "Apollo 13")}),
])
def test_source_item_in_a_writing_credit(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ron Howard, the writer/director of this tale, keeps it moving.",
     {("Ron Howard", "director", "Apollo 13"), ("Ron Howard", "screenwriter", "Apollo 13")}),
    ("Peter Marlowe, director of this summer's awful crowd-pleaser, tries again.", set()),
    ("Peter Marlowe had previously directed \"Splash\" and \"Willow.\"",
     {("Peter Marlowe", "director", "Splash"), ("Peter Marlowe", "director", "Willow")}),
    # the film after a second subject is that one's
    ("Ron Howard again directed, and Joe Dante had directed GREMLINS before.",
     {("Ron Howard", "director", "Apollo 13"), ("Joe Dante", "director", "Gremlins")}),
])
def test_director_clauses(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


def test_title_like_is_no_credit(extract):
    ex = extract("The film has Peter Marlowe's GREMLINS-like glee.", "Some Film")
    assert not any(c[2] == "Gremlins" for c in credits_of(ex))


@pytest.mark.parametrize("text,expected", [
    # the craft noun, then a comma or a bracket before "by"
    ("The musical score, by Peter Marlowe, is evocative.", {("Peter Marlowe", "composer", "Some Film")}),
    ("It has good music (by Peter Marlowe) and sets.", {("Peter Marlowe", "composer", "Some Film")}),
    ("Gorgeous cinematography, by Peter Marlowe, helps.", {("Peter Marlowe", "cinematographer", "Some Film")}),
    # the role in brackets after the name
    ("The team of Peter Marlowe (screenplay) and Joan Whitley (score) is back.",
     {("Peter Marlowe", "screenwriter", "Some Film"), ("Joan Whitley", "composer", "Some Film")}),
    ("Joan Whitley does yet another brilliant score.", {("Joan Whitley", "composer", "Some Film")}),
])
def test_crafts_with_a_comma_or_bracket(extract, text, expected):
    assert credits_of(extract(text, "Some Film")) == expected


@pytest.mark.parametrize("text,expected", [
    # a prize between the cue and the name
    ("It is tautly edited by Academy Award winner Peter Marlowe.", {("Peter Marlowe", "editor", "Some Film")}),
    ("The score by Oscar-nominated composer Joan Whitley is loud.", {("Joan Whitley", "composer", "Some Film")}),
    # a relative clause in brackets: its verb, its own film
    ("Director Peter Marlowe (who wrote \"Grumpy Old Men\") keeps it light.",
     {("Peter Marlowe", "director", "Some Film"), ("Peter Marlowe", "screenwriter", "Grumpy Old Men")}),
    ("Joan Whitley (who also produced this film) is the star.", {("Joan Whitley", "producer", "Some Film")}),
    ("The lines come from scriptwriter Mark Dowd.", {("Mark Dowd", "screenwriter", "Some Film")}),
    ("The film is made by Lou Kessel, and it shows.", {("Lou Kessel", "director", "Some Film")}),
])
def test_prizes_and_bracketed_clauses(extract, text, expected):
    assert credits_of(extract(text, "Some Film")) == expected


def test_award_list_without_best(extract):
    text = "It won eight Oscars including Best Picture, Director (Peter Marlowe) and Score (Joan Whitley)."
    assert credits_of(extract(text, "Some Film")) == {("Peter Marlowe", "director", "Some Film"),
                                                      ("Joan Whitley", "composer", "Some Film")}


@pytest.mark.parametrize("text,expected", [
    # a crew cue in apposition to another film: that film's credit, down the cued list too
    ("It recalls BRAINDEAD, written by Peter Marlowe and Joan Whitley.",
     {("Peter Marlowe", "screenwriter", "Braindead"), ("Joan Whitley", "screenwriter", "Braindead")}),
    ("Then came \"Betrayed,\" which was written by Mark Dowd.", {("Mark Dowd", "screenwriter", "Betrayed")}),
    ("I liked TEKWAR, a decent little TV movie directed by Lou Kessel.", {("Lou Kessel", "director", "Tekwar")}),
    ("Some Film is directed by Lou Kessel.", {("Lou Kessel", "director", "Some Film")}),
])
def test_cue_apposed_to_another_film(extract, text, expected):
    assert credits_of(extract(text, "Some Film")) == expected


@pytest.mark.parametrize("text,expected", [
    ("He plays the FBI's Deputy Director Carter Preston, who is managing the case.", set()),
    ("Music director, Lionel Newman.", {("Lionel Newman", "contributor", "Some Film")}),
    ("Director Lou Kessel is fine.", {("Lou Kessel", "director", "Some Film")}),
])
def test_job_directors(extract, text, expected):
    assert {c for c in credits_of(extract(text, "Some Film")) if c[1] != "actor"} == expected


@pytest.mark.parametrize("text,expected", [
    # a source title with no noun, or a plural noun with titles, before "by"
    ("Screenplay: Mark Dowd based on GERALDINE by Joan Whitley\n",
     {("Mark Dowd", "screenwriter", "Some Film"), ("Joan Whitley", "source_author", "Some Film")}),
    ("It is based on the stories \"Rashomon\" and \"In a Grove\" by Peter Marlowe.",
     {("Peter Marlowe", "source_author", "Some Film")}),
    # "the novel of X"
    ("Written by Mark Dowd from the novel of Joan Whitley.",
     {("Mark Dowd", "screenwriter", "Some Film"), ("Joan Whitley", "source_author", "Some Film")}),
    # an adjective before the author's name
    ("It is a biting adaptation of the classic Peter Marlowe play.", {("Peter Marlowe", "source_author", "Some Film")}),
    ("Fans of the famous Joan Whitley novel will cringe.", {("Joan Whitley", "source_author", "Some Film")}),
    # a true story's subject wrote nothing
    ("It is based on the true story of Mark Dowd.", set()),
])
def test_source_shapes(extract, text, expected):
    assert credits_of(extract(text, "Some Film")) == expected


def test_award_categories_in_a_list_are_no_people(extract):
    ex = extract("It swept the awards (Best Picture, Best Director, Best Score, Best Editing).", "Some Film")
    assert not any(e.name.startswith("Best") for e in ex.entities.values())
    assert credits_of(ex) == set()


def test_the_creator_of_a_comic_book_directed_nothing(extract):
    ex = extract("Peter Marlowe, the creator of the SPAWN comic book, must be proud.", "Some Film")
    assert not any(c[1] == "director" for c in credits_of(ex))


@pytest.mark.parametrize("text,expected_films", [
    # a comparison names no one's films
    ("Peter Marlowe is fine. Sports films have become rare, with such big films as ROCKY and HOOSIERS.", set()),
    # ... an owner or a making verb does
    ("Peter Marlowe made his mark in films like ROCKY and HOOSIERS.", {"Rocky", "Hoosiers"}),
])
def test_film_lists_need_an_owner(extract, text, expected_films):
    credits = credits_of(extract(text, "Some Film"))
    assert {c[2] for c in credits if c[0] in ("Peter Marlowe", "Judy Robinson")} - {"Some Film"} == expected_films


def test_a_film_in_the_performers_bracket_is_not_the_characters(run):
    from filmkg.extractors import state

    doc = run("Judy Robinson (played by Joan Whitley, of ROCKY) is a bore.", "Some Film", until="credits")
    assert not [f for f in state.facts(doc, state.CREDITS) if f.rule == "credits.filmography"]


@pytest.mark.parametrize("text,expected", [
    ("It is directed with visual flair by Peter Marlowe.", {("Peter Marlowe", "director", "Some Film")}),
    ("It was edited for maximum tension by Joan Whitley.", {("Joan Whitley", "editor", "Some Film")}),
    ("It was written for the screen by Mark Dowd.", {("Mark Dowd", "screenwriter", "Some Film")}),
])
def test_participle_with_a_phrase_before_by(extract, text, expected):
    assert credits_of(extract(text, "Some Film")) == expected


@pytest.mark.parametrize("text,expected", [
    ("The slow editing (Keith Reamer) and the thin music (John Cale) hurt.",
     {("Keith Reamer", "editor", "Some Film"), ("John Cale", "composer", "Some Film")}),
    ("The best part is some wonderful cinematography (Peter Marlowe).",
     {("Peter Marlowe", "cinematographer", "Some Film")}),
])
def test_craft_and_its_maker_in_brackets(extract, text, expected):
    ex = extract(text, "Some Film")
    assert credits_of(ex) == expected
    assert not [f for f in ex.facts if f.predicate == "character"]


@pytest.mark.parametrize("text,expected", [
    ("Joan Whitley wrote the novel on which the film is based.", {("Joan Whitley", "source_author", "Some Film")}),
    ("Joan Whitley wrote the source novel, and Mark Dowd adapted it.",
     {("Joan Whitley", "source_author", "Some Film")}),
    # another film in the sentence: its novel, not this film's
    ("Joan Whitley wrote the novel, and the film version, _Chinatown_, came in 1974.", set()),
])
def test_wrote_the_novel(extract, text, expected):
    assert {c for c in credits_of(extract(text, "Some Film")) if c[1] == "source_author"} == expected


def test_version_of_the_source(extract):
    text = "Peter Marlowe's four-hour version of Joan Whitley's SOME FILM is a marvel."
    assert credits_of(extract(text, "Some Film")) == {("Joan Whitley", "source_author", "Some Film")}


def test_crafts_without_a_role_in_brackets(extract):
    ex = extract("The sets (Luciana Arrighi), the costumes (Jenny Beavan) and the effects work dazzle.", "Some Film")
    assert credits_of(ex) == {("Luciana Arrighi", "contributor", "Some Film"),
                              ("Jenny Beavan", "contributor", "Some Film")}


def test_a_capitalised_job_in_a_cast_bracket_is_a_part(extract):
    credits = credits_of(extract("Some Film (1998)\n\nIt stars Peter Marlowe (Director) and Joan Whitley (Nurse).\n",
                                 "Some Film"))
    assert ("Peter Marlowe", "director", "Some Film") not in credits


@pytest.mark.parametrize("text,expected", [
    # a possessed craft with no role of its own is a contribution to the reviewed film
    ("Wendy Lark's production design is all chrome and neon.", {("Wendy Lark", "contributor", "Fargo")}),
    ("The villain owes much to Otto Brand's creature effects.", {("Otto Brand", "contributor", "Fargo")}),
    ("Nora Bell's lavish costumes almost steal the show.", {("Nora Bell", "contributor", "Fargo")}),
    # ... not the verb "sets" after another craft
    ("Leo Vance's haunting music sets the stage.", {("Leo Vance", "composer", "Fargo")}),
    # ... not the make-up a cast member wears
    ("Cast: Max Dorn, Ann Lee.\n\nMax Dorn's vampire make-up effects are crude.", {
        ("Max Dorn", "actor", "Fargo"), ("Ann Lee", "actor", "Fargo")}),
])
def test_possessed_crafts_without_a_role(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # "TITLE's Name": a cast member introduced by an earlier part acts in it
    ("The sheriff is played by NIGHT TRAIN's Dana Moore, who is fine.",
     {("Dana Moore", "actor", "Apollo 13"), ("Dana Moore", "actor", "Night Train")}),
    # ... a member of the crew is a contributor to it, the role unstated
    ("The score is by HARBOR LIGHTS's Peter Marsh, and it swells.",
     {("Peter Marsh", "composer", "Apollo 13"), ("Peter Marsh", "contributor", "Harbor Lights")}),
])
def test_film_possessing_a_person(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


@pytest.mark.parametrize("text,expected", [
    # "X, whose last film was FILM": a filmography in apposition, the role unstated
    ("It is directed by Peter Marsh, whose only other film was NIGHT TRAIN, and it shows.",
     {("Peter Marsh", "director", "Apollo 13"), ("Peter Marsh", "contributor", "Night Train")}),
    ("Peter Marsh, whose last movie, HARBOR LIGHTS, flopped, is back.",
     {("Peter Marsh", "contributor", "Harbor Lights")}),
])
def test_whose_last_film(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


def test_a_filmography_in_a_clause_after_an_apposed_noun(extract):
    text = ("Nora Kessel, a filmmaker who has made two fine sports films (THE LONG ORCHARD, SALT ROAD HOME), "
            "loses her way here.")
    assert {c for c in credits_of(extract(text, "Fargo")) if c[2] != "Fargo"} == {
        ("Nora Kessel", "contributor", "The Long Orchard"), ("Nora Kessel", "contributor", "Salt Road Home")}


def test_the_apposed_noun_states_the_role_the_verb_does_not(extract):
    text = ("Tom Vane, the cinematographer who brought us THE LONG ORCHARD, and the director who gave us "
            "SALT ROAD HOME, is back.")
    # the rules' own credits (the film_relations classifier may read the second clause as Vane's too)
    facts = [f for f in extract(text, "Fargo").facts if f.rule.startswith("credits.")]
    assert any(f.predicate == "cinematographer" and f.subject.endswith("long orchard") for f in facts)
    assert not any(f.subject.endswith("salt road home") for f in facts)


@pytest.mark.parametrize("text,expected", [
    ("I blame the credited screenwriter, Tom Vane, for the dialogue.", {("Tom Vane", "screenwriter", "Fargo")}),
    ("Credit the cinematographer, Nora Kessel, for the light.", {("Nora Kessel", "cinematographer", "Fargo")}),
    ("Blame the film's producer, Tom Vane, for it.", {("Tom Vane", "producer", "Fargo")}),
])
def test_the_crew_word_and_a_comma_before_the_name(extract, text, expected):
    assert credits_of(extract(text, "Fargo")) == expected


@pytest.mark.parametrize("text,expected", [
    # "X has made / crafted a (fine) film": the reviewed film's director
    ("Roger Donaldson has made a fine film here.", {("Roger Donaldson", "director", "Apollo 13")}),
    ("Ron Howard has crafted a tense, moving drama.", {("Ron Howard", "director", "Apollo 13")}),
    # ... not a star of the review, nor a negated or another kind of work
    ("Woody (Tom Hanks) is a cowboy. Tom Hanks has made a fine film of it.",
     {("Tom Hanks", "actor", "Apollo 13")}),
    ("Roger Donaldson has made a career of crowd-pleasers.", set()),
])
def test_has_made_a_film(extract, text, expected):
    assert credits_of(extract(text, "Apollo 13")) == expected


def test_every_role_of_a_participle_cue_goes_down_the_list(extract):
    got = credits_of(extract("The picture was produced and written by Walter Parkes, Lawrence Lasker and Ann Biderman.",
                             "Apollo 13"))
    assert {(n, r, "Apollo 13") for n in ("Walter Parkes", "Lawrence Lasker", "Ann Biderman")
            for r in ("producer", "screenwriter")} <= got
    # a compound title before one name does not carry both roles on
    got = credits_of(extract("Cameos by director and producer Roger Corman, Kevin Smith and Jason Mewes help.",
                             "Apollo 13"))
    assert ("Kevin Smith", "producer", "Apollo 13") not in got


def test_director_of_in_brackets(extract):
    got = credits_of(extract('The story is set in 1973. Ang Lee (director of "The Ice Storm") puts together a fine '
                             'melodrama.', "Apollo 13"))
    assert ("Ang Lee", "director", "The Ice Storm") in got
