"""How much each extraction rule is trusted: one row per rule, as ``linking/imdb_link.CONFIDENCE``.

A key is the rule's evidence name (``fkv:extractor`` in the graph: the extractor file, a dot,
the rule), optionally with ``:variant`` where one rule has shades (the role a cue gives, a
title the KB knows or not). The figures order the rules by how often their findings were
right when the rules were written (samples of the archive); they are not calibrated
probabilities. Where two findings disagree, the more confident one wins (one credit per
person, role and film; one character per actor). ``filmkg build --min-confidence X`` leaves out every mention
and fact (and link) under X, so a row under the default 0.5 would switch its rule off.
"""

from __future__ import annotations

CONFIDENCE: dict[str, float] = {
    # review_meta: what the page and its first lines say about the review itself
    "review_meta.page_title": 1.0,      # the archive page's title line names the reviewed film
    "review_meta.title": 1.0,           # the input's own title, as the itemReviewed fact
    "review_meta.critic": 1.0,          # the page's byline names the critic, at a known span
    "review_meta.critic:no_span": 0.9,  # the input names the critic but the text does not show it
    "review_meta.date": 0.95,           # the page's date line
    "review_meta.rating": 0.8,          # "*** out of ****", "RATING (0 TO 10): 7", "Grade: B+"
    "review_meta.mpaa": 0.85,           # "MPAA Rating: R", "Rated PG-13"
    # header: labelled credit lines ("Director: X", "Cast: A (Role), B")
    "header": 0.9,                      # a name under a credits label, whatever the header's layout
    "header.character": 0.9,            # "Cast: Bruce Willis (Harry Stamper)"
    # people: who is named
    "people.header": 0.9,               # a name in a credits header
    "people.ner": 0.7,                  # spaCy's PERSON entity, cleaned
    "people.ner:hyphen_pair": 0.6,      # "the Astaire-Rogers musical": two surnames
    "people.kb": 0.75,                  # a name-shaped run the KB knows as a person
    "people.career": 0.7,               # a name-shaped run the archive's credits headers give (3+ reviews)
    "people.shared_surname": 0.7,       # "Joel and Ethan Coen": the first given name with the shared surname
    "people.name_shape": 0.6,           # a common given name (KB) + a capitalised surname
    "people.source_author": 0.6,        # "adapted from Chekhov's play": a lone surname in a source cue
    "people.propagated": 0.6,           # another occurrence of a name found elsewhere in the review
    "people.cast_surname": 0.7,         # "Jack (Norton)": the one performer of the reviewed film of that surname (KB)
    "people.principal_surname": 0.65,   # "Curtis and Kline": the one principal of the reviewed film of that surname
    # titles: which films are named
    "titles.reviewed": 0.95,            # the reviewed film's title, in any case
    "titles.reviewed:no_article": 0.9,  # ... without its article ("Fugitive" for "The Fugitive")
    "titles.reviewed_part": 0.85,       # a part of a two-part title ("The Road Warrior")
    "titles.marked": 0.85,              # _underscored_ or *starred*
    "titles.quoted:known": 0.8,         # "quoted", and the KB knows the film
    "titles.quoted": 0.6,               # "quoted" after a film cue word or before "(1964)"
    "titles.caps:long": 0.8,            # an ALL CAPS run of two or more words, or the reviewed title
    "titles.caps": 0.65,                # one ALL CAPS word, from a reviewer who writes titles so
    "titles.cued_list": 0.7,            # "roles in A, B and C"
    "titles.filmography": 0.7,          # "Mike Figgis (Internal Affairs)"
    "titles.maker": 0.75,               # "Godard's Alphaville": the KB files the possessor among its principals
    "titles.cast": 0.75,                # "Liza Minnelli in Cabaret": the KB files the person in the film
    "titles.gazetteer": 0.55,           # unmarked Title Case the KB knows as a film
    "titles.known_word": 0.55,          # one capitalised word many of the archive's critics write as a film
    "titles.ner_cued": 0.55,            # the model's FILM entity the KB lacks, after a film cue or before a year
    "titles.cued_word": 0.55,           # ... or a few, right after a film cue ("roles in", "like", "Name in")
    "titles.ner:known": 0.6,            # the trained model's FILM, a title the KB knows exactly (a
                                        # typographic rule finding the same span is preferred)
    "titles.ner": 0.55,                 # the model's FILM unknown to the KB (off: NER_UNKNOWN_MIN_WORDS)
    "titles.inferred": 0.7,             # no title line: the first title mention stands for the reviewed film
    "titles.inferred:no_span": 0.5,     # ... nor any mention of it in the text
    # credits: who did what on which film, from the prose
    "credits.cue_before:director": 0.85,         # "director Mike Figgis", "directed by X"
    "credits.cue_before:screenwriter": 0.8,      # "screenwriter X", "written by X"
    "credits.cue_before:producer": 0.8,          # "producer X", "produced by X"
    "credits.cue_before:composer": 0.8,          # "composer X", "music by X"
    "credits.cue_before:cinematographer": 0.8,   # "cinematographer X", "photographed by X"
    "credits.cue_before:editor": 0.8,            # "editor X", "edited by X"
    "credits.cue_before:actor": 0.75,            # "co-star X", "cameos by X", "featuring X"
    "credits.cue_before:contributor": 0.7,       # "production designer X", "costumes by X"
    "credits.cue_before:compound": 0.85,         # "writer-director X": each role of the compound
    "credits.cue_list:step": 0.05,               # each further name of a cued list: this much less
    "credits.source": 0.8,                       # "the novel by X" in a sentence about adapting
    "credits.name_adaptation": 0.75,             # "the Stephen King adaptation FILM", "this Wharton adaptation"
    "credits.source:possessive": 0.75,           # "X's novel" where the film is based on it
    "credits.source:based_on": 0.75,             # "based on the X novel", "adapting X's AFFLICTION"
    "credits.source:own": 0.75,                  # "X (adapting his own novel)"
    "credits.source:possessive_bare": 0.65,      # "X's novel" in a sentence about no other film
    "credits.possessive:actor": 0.7,             # "X's performance", "X's turn"
    "credits.possessive:director": 0.75,         # "X's direction"
    "credits.new_film": 0.65,                    # "X's new film", "X's latest, TITLE": the reviewed film's director
    "credits.possessive:screenwriter": 0.7,      # "X's script"
    "credits.possessive:composer": 0.7,          # "X's score"
    "credits.possessive:quoted_piece": 0.65,     # "Respighi's "Pines of Rome"" amid talk of music
    "credits.possessive:cinematographer": 0.7,   # "X's cinematography"
    "credits.possessive:editor": 0.7,            # "X's editing"
    "credits.possessive:contributor": 0.65,      # "X's production design", "X's costumes"
    "credits.cue_after": 0.7,                    # "X plays", "X is superb"
    "credits.verb_after:director": 0.75,         # "X directs"
    "credits.verb_after:screenwriter": 0.7,      # "X wrote"
    "credits.verb_after:producer": 0.7,          # "X produced"
    "credits.verb_after:composer": 0.7,          # "X scored"
    "credits.verb_after:editor": 0.65,           # "X edited"
    "credits.verb_after:cinematographer": 0.65,  # "X photographed"
    "credits.verb_after:actor": 0.7,             # "X wrote and starred in" (a chain of verbs)
    "credits.ordinal_film": 0.7,                 # "X's second film as director"
    "credits.known_for": 0.65,                   # "X, best known for FILM": a contribution of unstated kind
    "credits.film_by": 0.7,                      # "a film by X, FILM": FILM's director
    "credits.of_film": 0.65,                     # "X of FILM", "X, from FILM": a contribution of unstated kind
    "credits.award": 0.75,                       # "Best Director (Elia Kazan)": the award category's craft
    "credits.as_role": 0.7,                      # "(A as writer, B as producer)"
    "credits.filmography": 0.7,                  # "X (Film A, Film B)": actor or contributor, resolved
    "credits.character_actor_film": 0.8,         # "Character (Actor, Film)": the actor in an earlier film
    "credits.filmography_list": 0.6,             # "her roles in A, B and C": the sentence's subject
    "credits.who_made": 0.65,                    # "X and Y (who went on to give us FILM)"
    "credits.own_films": 0.6,                    # "the Coens' latest offering ... FILM"
    "credits.name_in_film": 0.6,                 # "like Nicholson in "The Shining"": X acted in FILM
    "credits.star_of": 0.75,                     # "X, the star of FILM": X acted in FILM
    "credits.acting_in": 0.7,                    # "X's performance in FILM": X acted in FILM
    "credits.possessive_film": 0.65,             # "Jan Kadar's 1964 masterpiece FILM"
    "credits.name_film": 0.6,                    # "other Hopper films: A": the role from the KB or the career
    "credits.vehicle": 0.7,                      # "the Kevin Costner vehicle FILM": the star acts in FILM (roles21)
    "credits.director_of": 0.7,                  # "X, the director of FILM"
    "credits.film_role": 0.75,                   # "FILM director X"
    "credits.film_possessor": 0.65,              # "FILM's X": actor or contributor, resolved
    "credits.same_director": 0.6,                # "from the director of FILM"
    "credits.kb_principal_sentence": 0.65,       # a person and a film in one sentence, joined by the KB
    "credits.kb_principal_reviewed": 0.6,        # a person of the review the KB files under the reviewed film
    "credits.possessive_film_kb": 0.65,          # "X's FILM" where the KB knows X's role on FILM
    "credits.possessive_film_actor": 0.6,        # "X's FILM" where X acts in the reviewed film and has no crew role
    "credits.director_pronoun": 0.6,             # "his films (A, B)" of the reviewed film's director
    "credits.cast_list": 0.55,                   # an uncredited name in a list of the reviewed film's actors
    "credits.possessive_film_career": 0.6,       # "X's FILM": X's role from the archive headers' counts
    "credits.acting_context": 0.5,               # a KB-known name beside acting words (resolve, last resort)
    # credit_roles: a classifier of the words around a name the rules credited nothing
    "credit_roles.classifier": 0.55,             # its score s >= the role's threshold: 0.55 + 0.1 s
    "film_relations.classifier": 0.6,            # a person and another film, its score s: 0.6 + 0.1 (s - 0.5)
    # characters: whom an actor plays
    "characters.paren_actor": 0.8,      # "Harry Stamper (Bruce Willis)", "a prostitute (Shue)"
    "characters.paren_as": 0.8,         # "Martin Landau (as Ed's step-father)"
    "characters.paren_character": 0.8,  # "Bruce Willis (Harry Stamper)"
    "characters.played_by": 0.8,        # "Harry, played by Bruce Willis"
    "characters.plays": 0.75,           # "Willis plays Harry Stamper, a driller"
    "characters.character_of": 0.7,     # "Fonda's character is a lawyer"
    "characters.respectively": 0.7,     # "A and B play X and Y, respectively", "X and Y (A and B, respectively)"
    "characters.as_before": 0.7,        # "As Goeth, Ralph Fiennes ..."
    "characters.apposition": 0.6,       # "Fonda, the lawyer representing ..." (a known actor)
    "characters.title": 0.6,            # "Mayor Pacino" (a known actor)
    "characters.is_named": 0.7,         # "Hopper is Hewey Walker, a stalwart rebel" (a known actor)
    "characters.paired_names": 0.7,     # "A and B play Hannah and Paul": the parts in the actors' order
    "characters.paired_as": 0.8,        # "A and B are fine as Hannah and Paul": the parts in the actors' order
    "characters.owns_part": 0.7,        # "Aniston's Nina Borowski, a pregnant twentysomething" (an actor of the film)
    "characters.is_a": 0.55,            # "D.B. Sweeney is a rival coach" (a known actor)
    "characters.title_role": 0.75,      # "X in the title role": the part the film is named after
    "characters.paired_paren": 0.75,    # "Louise and Michael (A and B)": parts and actors in one order
    "characters.pronoun_owns": 0.65,    # "X is very good. His Riddler is ...": the one actor the sentence before names
    "characters.makes_a": 0.65,         # "X makes a charming Andy" (a known actor; chars19)
}


def confidence(rule: str, variant: str | None = None) -> float:
    """The row for ``rule`` (``rule:variant`` first); header rules share their prefix's row."""
    if variant is not None and f"{rule}:{variant}" in CONFIDENCE:
        return CONFIDENCE[f"{rule}:{variant}"]
    if rule in CONFIDENCE:
        return CONFIDENCE[rule]
    return CONFIDENCE[rule.split(".", 1)[0]]


__all__ = ["CONFIDENCE", "confidence"]
