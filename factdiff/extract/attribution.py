"""Who states each sentence's claims: "Zakharova said", "according to the State Department",
"the diplomat argued" (which diplomat: the last one introduced), a bracketed source line.

Two parties asserting opposite things are two attributed claims, not the sources contradicting
each other; so every fact carries its sentence's attribution.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from factdiff.entities import NOT_NAME_START, Entity, EntityIndex, entity_index
from factdiff.model import Document
from factdiff.extract.spans import BE_BEFORE, DASH_ASIDE, PRONOUN_OPENS, SENTENCE_LEAD, TITLE_ABBREVIATION
from factdiff.rules import Rules, alternation


# a speech verb right after these is a noun ("despite claims from", "the reports said" is caught by "said")
_QUOTE_FIRST = re.compile(r"\s*[“\"][^“”\"]{3,}[”\"],?\s*\Z")
_TITLE_AT_END = re.compile(r"(?<![\w])" + TITLE_ABBREVIATION + r"\s*\Z")
_TITLED_SURNAME = re.compile(r"\s+" + TITLE_ABBREVIATION + r"\s+(?P<name>[A-Z][\w’'-]+)(?![\w’'-]|\s+[A-Z])")
_QUOTE_TAIL = re.compile(r"[^“”\"]{3,}[”\"],?\s*")      # the end of a quotation opened in a sentence before
_GENDERED = re.compile(r"(?<![\w])(?P<h>Mr|Mrs|Ms|Miss)\.?\s+(?P<name>[A-Z][a-z’'-]+?)(?:[’']s)?(?![\w’'-])")
# "..., while Trump said": a clause opens before a surname alone
_JOINS_A_CLAUSE = re.compile(r"(?<![\w])(?:while|and|but|as|when|after|before|until|because|although|though|whereas|what)"
                             r"\s+\Z", re.IGNORECASE)     # "As Politico notes,": at a sentence's opening too
# "wrote an open letter to Sasha and Malia Obama": the name after these words is no speaker
_NOT_A_TITLE = re.compile(r"(?<![\w])(?:to|for|with|about|on|at|by|in|that|and|an?|letter|message)(?![\w])")
# "a spokesman for Mr. Reid", "born in New York", "Sen. John Thune, of South Dakota": no subject after these
# a preposition after a participle: "officials speaking on condition of anonymity"
_PREPOSITION_WORD = r"(?:on|in|at|to|for|with|from|under|about|after|outside|inside)\s"
_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(?:for|of|to|at|with|from|in|on|near|across|into)\s+(?:the\s+)?\Z")
# a place named after a preposition, and a comma: a state or a country after it is the rest of the place ("in Mount
# Kisco, New York")
_PLACE_BEFORE_COMMA = re.compile(r"(?<![\w])(?:in|at|of|from|near)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+\Z")
# after a lower-case word that is no pronoun or adverb, rules/attribution.toml's also_nouns are nouns
_VERB_BEFORE = re.compile(r"(?<![\w])(?!(?:he|she|it|they|we|who|which|that|also|now|still|later|then|never|often)\s)"
                          r"[a-z]+\s+\Z")     # "campaign finance reports", "suing states"; not "it reports"
# where a clause with its own subject opens: "Rice's comments came as Netanyahu turned down ..., saying"
_CLAUSE_OPENER = re.compile(r"(?<![\w])(?:as|while|when|after|because|but|whereas|although|though)\s")
# a name opening a clause or a sentence, before its verb or an apposition: "Strzok exchanged", "as Netanyahu
# turned down", "Mr. Perry, ...", "Fellow Democratic Sen. Chris Coons", "House Majority Leader Steny Hoyer"
_CLAUSE_SUBJECT = re.compile(r"[\s“\"]*(?P<name>(?:then-)?(?P<title>(?:[A-Z][a-z]+\s+){0,3}" + TITLE_ABBREVIATION
                             + r"\s+)?"
                             r"(?P<n>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,4}))(?:,|\s+[a-z]|\s*(?:--|[―—–])\s)")
# a subject named after its title in apposition: "the first lady, Melania Trump, questioned"
_TITLED_SUBJECT = re.compile(r"[\s“\"]*(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
                             r"(?P<n>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,3}),")
# an opening phrase before a sentence's subject: "After the vote, ", "Campaigning in Ohio, ", "A self-described
# dirty trickster, "
_OPENING_CLAUSE = re.compile(r"(?:(?:After|Before|During|In|On|At|Since|Despite|Following|Amid|While|When|As|An?)\s|"
                             r"[A-Z][a-z]+ing\s)[^,.;:“”\"]{0,80},\s*|"
                             # a time before the subject: "Two years prior, ", "Last week, ", "Earlier this month, "
                             r"(?:[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:later|earlier|prior|ago|before)|(?:Last|Earlier|Later)"
                             r"(?:\s+[a-z]+){0,2}),\s*")
# a group opening a sentence before its verb: "Protesters gathered", "Some Republican senators who ... are",
# "Republican leaders generally support", "Democrats say"
_GROUP_SUBJECT = re.compile(SENTENCE_LEAD + r"(?P<np>(?:(?:Some|Many|Most|Other|Several|All)\s+)?"
                            r"(?:(?:[A-Z][a-z]+|[A-Z]{2,4}|[a-z]+)\s+){0,2}(?:[A-Z][a-z]+|[a-z]+)s"
                            r"(?:\s+and\s+(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w’'-]+)?)"
                            r"(?=(?:\s+(?:of|in|from|who|on)\s[^,.;]{1,80}?)?(?:,[^,;]{2,80},)?"
                            r"\s+(?:(?:have|had|are|were|also|now|then|[a-z]+ly)\s+)*[a-z]+(?:ed|s|e)?[\s,])")
_OPENS_WITH = re.compile(SENTENCE_LEAD)
# a name followed by its own verb opens what is said: "said President Trump had directed", "said Smith lied"
_VERB_AFTER_NAME = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|did|does|"
                              r"[a-z]+ed)\s")
# the first of two coordinated speakers: "White House officials [and lawmakers]"
_COORDINATE_BEFORE = re.compile(r"(?<![\w’'-])(?P<first>(?:[A-Z][\w.’'-]*\s+){1,4}[a-z]+s)\s+\Z")
# the first of two names or adjectives that share an office: "U.S. and [Iranian officials]"
# (an abbreviation or a word made like a nationality's or a party's adjective, not "on Monday and Iranian officials")
_ADJECTIVE_OF_PLACE = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,5}|[A-Z][a-z]+(?:an|ese|ish|ic|i|ch))"
_PAIRED_ADJECTIVE = re.compile(r"(?<![\w.’'-])(?<![Ii]n\s|[Oo]n\s|[Aa]t\s|[Tt]o\s|[Oo]f\s|[Bb]y\s)(?<![Ff]rom\s|[Ww]ith\s)"
                               r"(?:" + _ADJECTIVE_OF_PLACE + r",\s+)*" + _ADJECTIVE_OF_PLACE + r",?\s+and\s+\Z")
_CAPITALISED = re.compile(r"(?<![\w.’'-])[A-Z][a-z][\w’'-]*")
# a verb in a relative clause: "a lawyer who wrote", "the report that said" ("that" then a subject, as in "said
# that he said", is what was said)
RELATIVE_VERB = re.compile(r"(?<![\w])(?:(?:who|which)\s+(?:\w+\s+){0,2}|that\s+(?:(?:also|later|[a-z]+ly)\s+)?)\Z",
                           re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:\s*,\s*[^,;]{2,80})?\s*,?\s*")
# quantifiers that are no number: "several of the officials"
_QUANTIFIERS = r"several|some|many|most|all|both|none|each|either|neither"
_PARTY_WORDS = frozenset({"Republican", "Democrat", "Democratic", "Independent", "Conservative", "Labour", "Liberal"})
# what joins two people who speak together: "and", after the first one's state ("Ron Wyden of Oregon and")
_AND_NAME = re.compile(r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+and\s+(?:(?:[A-Z][a-z]*\.|Senator|Representative)\s+)?")
# what may stand between a subject and its verb far away: words with no punctuation, no finite verb, no "and"
_LONG_SUBJECT = re.compile(r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|and|but|or)\s)[\w’'.-]+){1,20}\s+")
# a chamber that votes, before "confirmed": "The Senate (unanimously) confirmed two nominations"
_CHAMBER_BEFORE = re.compile(r"(?<![\w])(?:Senate|[Ss]enators|[Cc]ommittee|[Pp]anel|[Cc]hamber)\s+(?:(?:has|had|also|"
                             r"later|then|narrowly|unanimously|finally|[a-z]+ly)\s+)*\Z")
# what was said opening right after a verb: "confirmed that", "confirmed:", "confirmed, ..."
_CONTENT_OPENS = re.compile(r"\s+that\s|\s*[:,“\"]")
# a relative pronoun between a name and "he": "Harry Reid, who [he said]"
_WHO_THEN = re.compile(r"\s*,?\s*(?:who|whom)\s+\Z")
# a participle and "for"/"to" before a name: those a paper was made for ("a report prepared for the FBI")
_AUDIENCE_BEFORE = re.compile(r"(?<![\w])[a-z]+ed\s+(?:for|to)\s+(?:the\s+)?\Z")
# a comma after a name, before a party in apposition: "Jeff Flake, also [Republicans,]"
_PARTY_BETWEEN_COMMAS = re.compile(r"[a-z],\s*(?:(?:also|both|all|fellow)\s+)?\Z")
_WHO_BEFORE = re.compile(r"(?<![\w])who\s+(?:(?:had|has|have|also|[a-z]+ly)\s+)*\Z")
_TELLING = frozenset({"told", "tells"})        # "told Fox News": the one told, not the speaker
_THINKING = frozenset({"believes", "believed", "thinks", "suggested", "indicated", "argued", "argues", "predicted",
                       "estimated"})
_NOUN_BEFORE = re.compile(r"(?:(?<![\w])(?:a|an|the|of|from|despite|with|his|her|their|its|these|those|such|new|"
                          r"about|over|amid|and|in|for|to|by|on|at|across|into)|\w[’']s)\s+\Z",   # "the country’s
                          re.IGNORECASE)                                               # estimated 11 million"
# ", a spokesman for Mr. Reid," right before the verb: a role in apposition
_APPOSITIVE = re.compile(r",\s*(?P<role>(?:a|an|the)\s[^,;]{2,120}?|[a-z][^,;]{2,160}?|[A-Z][\w.-]*[’']s\s[^,;]{2,60}?|"
                         r"(?:Democrat|Republican|"
                         r"Independent|[A-Z][a-z]+)\s+of\s+[A-Z][^,;]{1,60}?|\d[^,;]{0,120}?),\s*(?:(?:has|had|also|then|later|"
                         r"again|previously|once|recently|just|[a-z]+ly)\s+)*\Z")


# what an office phrase's "of" phrase adds, up to the speech verb: "Leaders [of the country's largest civil rights
# organization] accused", "Officials [in the Defense Ministry] said"; not a setting ("The department in a complaint
# filed with a judge said") or what comes with the verb ("quoted a family member of the victim as saying")
_DESCRIPTIVE_TAIL = re.compile(r"\s+(?:of|in|at|from|for)\s+(?!(?:a|an|his|her|their|its)\s)"
                               r"(?:(?!(?:who|whom|which|that|and|or|but|as|has|have|had|was|were|is|are|also|on|last|"
                               r"this|then|later)\s)[\w.’'&-]+\s+){1,8}")
# a speech verb denied before it ("has not yet said whether", "declined to say")
_NOT_SAID = re.compile(r"(?<![\w])(?:(?:not|never|n[’']t)(?:\s+(?:yet|publicly|directly|immediately|specifically))?"
                       r"|(?:declined|refused|yet)\s+to)\s+\Z", re.IGNORECASE)
# a participle made an adjective: "the seat vacated by newly confirmed Secretary of State John Kerry"
_ADJECTIVE_ADVERB = re.compile(r"(?<![\w])newly\s+\Z")
# a second verb with no subject of its own: ", and has long maintained"
_AND_VERB = re.compile(r",?\s+and\s+(?:(?:has|have|had|also|long|then|later|[a-z]+ly)\s+)*\Z")
# "a project Democratic lawmakers": an article and a noun before a capitalised word of an office phrase
_ARTICLE_BEFORE_NAME = re.compile(r"^(?:a|an)\s+[a-z-]+\s+(?=[A-Z])")
_SURNAME = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|O['’][A-Z][a-z]+)"      # "Scott", "McConnell", "O’Rourke"
_HONORIFIC = re.compile(r"(?<![\w])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Judge|Justice|President|"
                        r"Senator|Governor|Secretary|Minister|Chancellor|Speaker|Mayor)\.?\s+(?P<name>" + _SURNAME +
                        r"(?:[-\s]" + _SURNAME + r")?)(?![\w’'])")
# a capitalised word right before the verb (or its apposition) and after a comma or quote
# ("Hollis had initially said", "Steele himself declared", "WikiLeaks said")
_LONE_NAME = re.compile(r"(?<![\w.])(?P<name>" + _SURNAME + r")"
                        r"(?:\s+(?:has|had|have|also|himself|herself|[a-z]+ly))*\s*(?:,[^,]{2,80},\s*)?\Z")
# whose a paper is: "[an analysis] from Standard & Poor’s", "[a study] by the Pew Research Center"
_NOT_AN_AUTHOR = r"(?:in|on|at|to|for|and|that|which|released|published|filed|issued|ahead)\s"
_PAPER_AUTHOR = re.compile(r"\s+(?:from|by|of)\s+(?:the\s+)?(?!" + _NOT_AN_AUTHOR + r")[\w’'&.-]+"
                           r"(?:\s+(?!" + _NOT_AN_AUTHOR + r")[\w’'&.-]+){0,4}?(?=\s" + _NOT_AN_AUTHOR + r"|\Z)")
# an acronym alone before its verb: "CNN reported", "As TPM notes"
_LONE_ACRONYM = re.compile(r"(?<![\w.’'-])(?P<name>[A-Z]{2,6})(?:\s+(?:has|had|have|also|[a-z]+ly))*\s*\Z")
# "Indeed, even Steele himself declared": a focusing word before the subject of a clause
_FOCUS_BEFORE = re.compile(r"(?:^|[,.”\"]\s*)(?:even|only|not\s+even)\s+\Z", re.IGNORECASE)
# words that open a sentence or a clause before its subject, never a speaker's name (the words no name starts
# with, and pronouns, days and plural groups)
_NOT_A_SPEAKER = NOT_NAME_START | frozenset({
    "He", "She", "They", "It", "We", "I", "You", "There", "Here", "Today", "Yesterday", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Officials", "Critics", "Democrats", "Republicans",
    "Others", "Some", "Many", "Then", "Now", "Still", "Instead", "Afterward", "Afterwards", "Finally", "Separately",
    "Without", "Amid", "Following", "Speaking"})


class Quotations:
    """Where a document quotes someone: a quotation may run over several sentences ("The shutdown hurts
    families. I am sure a deal can be reached," he said.) and ends, closed or not, with its paragraph."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        opened: int | None = None
        for m in _QUOTE_MARK.finditer(text):
            mark = m.group()
            if mark == "\n" or (opened is not None and mark in "”\""):
                if opened is not None:
                    self.starts.append(opened)
                    self.ends.append(m.start() if mark == "\n" else m.end())
                opened = None
            elif opened is None and mark in "“\"":
                opened = m.start()
        if opened is not None:
            self.starts.append(opened)
            self.ends.append(len(text))

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def end_of(self, pos: int) -> int:
        """Where the quotation around `pos` ends (-1: none)."""
        i = bisect_right(self.starts, pos) - 1
        return self.ends[i] if i >= 0 and pos < self.ends[i] else -1

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, e - 1) - 1
        return i >= 0 and self.ends[i] > s


# the group or paper an office's holders speak through: "the team of", "a new study from", "a group of"
_GROUP_OF = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){1,3}?(?:of|from|by)\s+")
_QUOTE_MARK = re.compile(r"[“”\"]|\n")


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str
    role: str | None
    party: str | None        # the state the speaker speaks for, when known
    cue: str                 # the words that attributed it ("said", "according to", "[Source: ...]")
    quoted: bool
    at: int = -1             # where the attributing words stand (-1: the whole paragraph, a source line)
    verbs: tuple[tuple[int, int], ...] = ()   # every speech verb of the sentence (start, end): a fact in any of
                                              # their clauses is theirs
    whole_sentence: bool = False   # "according to" speaks for every clause of its sentence but a relative one

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "role": self.role, "party": self.party, "cue": self.cue,
                "quoted": self.quoted}


class AttributionReader:
    def __init__(self, rules: Rules) -> None:
        a = rules.attribution
        self.entities: EntityIndex = entity_index(rules)
        self.verbs = re.compile(r"(?<![\w-])(?P<v>" + alternation(a["verbs"]) + r")(?![\w])")
        count = r"(?:\d+(?:,\d{3})*|" + rules.subpatterns["COUNT_WORD"] + r")"
        # "Nine states", "2 reports": after a count a speech verb's form is a noun
        self.counted = re.compile(r"(?<![\w])" + count + r"\s+\Z", re.IGNORECASE)
        # "two of the officials said", "according to two of the officials": some of an office's holders
        some = r"(?:" + count + r"|" + _QUANTIFIERS + r")\s+of\s+"
        self.partitive = re.compile(r"^" + some, re.IGNORECASE)
        self.partitive_before = re.compile(r"(?<![\w])" + some + r"\Z", re.IGNORECASE)
        acts = a.get("acts_with_object", [])
        # "declared national emergencies": an act; "declared that", "declared:", "he declared." speak
        # ("added Tuesday that", "declared on Friday": a time, not an object)
        when = alternation(list(rules.calendar["weekdays"]) + [
            "on", "in", "at", "during", "earlier", "later", "yesterday", "today", "tonight", "last", "this", "again",
            "also", "back", "days", "weeks", "months", "hours", "shortly", "soon", "immediately"])
        self.act_with_object = re.compile(r"(?:" + alternation(acts) + r")\s+(?!that\b|(?i:" + when + r")\b)[\w$]") \
            if acts else None
        self.according = re.compile(r"(?<![\w])(?P<c>(?i:" + alternation(a["according"]) + r"))\s+"
                                    r"(?P<who>(?:" + TITLE_ABBREVIATION + r"|[^,.;:!?\"“”]){2,80})")   # "Sen." goes on
        self.source_line = re.compile(r"\[\s*(?:" + alternation(a["source_labels"]) + r")\s*:\s*(?P<who>[^\]]{2,120})\]")
        self.offices = self.entities.offices
        # papers that speak: "the report said", "court documents said" (a plural needs no article)
        docs = a.get("documents", [])
        alt = alternation(docs)
        word = r"(?!(?:after|before|in|on|at|of|by|for|with|from|to|and|or|but|that|as|when|while)\s)[A-Za-z][\w’'-]*\s+"
        self.document = re.compile(r"(?<![\w’'-])(?<!(?:in|on|by|of)\s)(?<!with\s|from\s)"
                                   r"(?P<np>(?:the|a|an|its|his|her|their|this|that)\s+(?:" + word + r"){0,2}?(?:" + alt
                                   + r")|(?:" + word + r"){0,2}?(?:" + alt + r")s)"
                                   r"\s+(?:(?:also|later|further|previously)\s+)?\Z", re.IGNORECASE) if docs else None
        # "according to an analysis from Standard & Poor’s", "according to a new study": a paper as the source
        self.paper_named = re.compile(r"(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w’'&-]+\s+){0,3}?(?:" + alt
                                      + r")s?(?![\w])", re.IGNORECASE) if docs else re.compile(r"(?!)")
        # "according to excerpts provided by ...", "citing court documents": papers, not a speaker
        self.paper_source = re.compile(r"(?P<c>(?i:" + alternation(a["according"]) + r"))\s+(?:(?:the|a|an)\s+)?"
                                       r"(?:[a-z]+\s+){0,2}(?:" + alt + r")s?(?![\w])", re.IGNORECASE) if docs else \
            re.compile(r"(?!)")
        # "a statement posted on Facebook", "a letter written to", "a video message posted just moments after": an
        # object verb right after a paper it names, then a preposition, is a participle describing the paper, no one
        # speaking
        objects = a.get("object_verbs", [])
        self.paper_participle = re.compile(r"(?<![\w’'-])(?:a|an|the)\s+(?:[a-z]+\s+)?(?:" + alt + r")s?\s+(?:"
                                           + alternation(objects) + r")\s+(?:(?:just|only|online|moments|minutes|hours"
                                           r"|days|[a-z]+ly)\s+){0,3}(?:on|in|at|to|by|from|via|after|before)\s",
                                           re.IGNORECASE) if docs and objects else None
        self.office_set = {o.lower() for o in self.offices}
        # "a senior Russian diplomat", "the ministry in Pristina": an office, and where it sits
        # words an office phrase is never made of: a verb, a preposition, a clause's opening, a pronoun
        not_office = (r"(?!(?:was|were|is|are|be|been|has|had|have|and|or|but|in|of|for|on|at|to|from|with|by|into|as|"
                      r"that|which|who|across|about|over|under|through|around|along|against|among|toward|towards|"
                      r"without|whether|if|when|while|because|what|his|her|their|its|our|out|up|than|then|also|not|per|"
                      r"though|although|where|after|before|since|until|once|"
                      r"he|she|it|they|we)\s)")
        # ("and lawmakers", "his campaign": a coordinated or an owned office keeps its first word)
        self.office = re.compile(r"(?<![\w’'])(?P<np>(?:(?:and|or)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:(?-i:Mr|Mrs|Ms|Dr)\.\s+)?(?-i:[A-Z])[\w-]+"
                                 r"[’']s\s+|"
                                 # "the mayor’s lawyer", "the company’s spokesman"; not "it’s", "that’s"
                                 r"(?!(?:it|that|there|here|what|who|he|she|let)[’']s)(?-i:[a-z])[a-z-]+[’']s\s+)?"
                                 r"(?:" + not_office + r"[a-z-]+\s+){0,2}?"
                                 # one more word, capitalised in copy that has capitals ("senior Pentagon officials"),
                                 # under the same bar ("the one thing that Democrats said": not "that")
                                 r"(?:" + not_office + r"(?:[A-Z][a-z]+|(?![ap]\.m\.)(?:[A-Z]\.){2,3})\s+)?"    # "U.S. officials"
                                 # the last of two office words ("a senior administration official")
                                 r"(?P<o>" + alternation(self.offices) + r")(?:s|es)?(?![\w])"
                                 r"(?!\s+(?:" + alternation(self.offices) + r")(?:s|es)?(?![\w]))(?:\s+(?:in|of|for)\s+"
                                 r"(?-i:[A-Z])[\w.’']*(?:\s(?-i:[A-Z])[\w.’']*)*)?)", re.IGNORECASE)
        self.office_word = re.compile(r"(?<![\w])(" + alternation(self.offices) + r")(?![\w])", re.IGNORECASE)
        # where an office phrase may end: its office word, plural too ("officials")
        self.office_head = re.compile(r"(?<![\w])(?:" + alternation(self.offices) + r")(?:s|es)?(?![\w])", re.IGNORECASE)
        # an office someone owns before also_nouns speaks: "Her office claims", "as Obama's campaign claims"; not
        # "the police reports", "campaign finance reports"
        self.owned_office = re.compile(r"(?<![\w])(?:his|her|its|their|[A-Z][\w.]*[’']s)\s+(?:"
                                       + alternation(self.offices) + r")\s+\Z", re.IGNORECASE)
        self._gender: dict[str, str] = {}
        self._full: dict[str, str] = {}
        self._quotes = Quotations("")
        self._last_subject: str | None = None       # the person opening the sentence before, for "He said"
        self._last_group: str | None = None         # the group opening the sentence before, for "They said"
        self._bodies: dict[str, bool] = {}           # name -> whether the entity table knows it as a body (per document)
        # per sentence of the document last read: who "he" may be, and the people it names (end, name)
        self.subject_before: list[str | None] = []
        self.people_in: list[list[tuple[int, str]]] = []
        self.pronoun = re.compile(r"(?<![\w])(?P<p>He|She|They|he|she|they)(?![\w])")
        self.verb_words = {v.lower() for v in a["verbs"] if " " not in v}
        self.also_nouns = frozenset(a.get("also_nouns", []))
        # what a speech verb takes before what is said: "told two senators that", "announced her nominations
        # last week" (rules/attribution.toml): the reporter's narration, not the statement
        self.role_people = {p: re.compile(r"(?<![\w])(?:" + alternation(words) + r")(?![\w])", re.IGNORECASE)
                            for p, words in a.get("role_people", {}).items() if words}
        self.verb_kinds: dict[str, str] = {v.lower(): "listener" for v in a.get("listener_verbs", [])}
        self.verb_kinds.update({v.lower(): "object" for v in a.get("object_verbs", [])})
        self.verb_kinds.update({v.lower(): "accusing" for v in a.get("accusing_verbs", [])})
        self.verb_kinds.update({v.lower(): "describing" for v in a.get("describing_verbs", [])})
        self.institution_words = {w.lower() for w in a.get("institution_last_words", [])}
        states = rules.aliases.get("home_states", {}).get("names", [])
        self.home_state = re.compile(r"(?<=[a-z])\s+of\s+(?:" + alternation(states) + r")\Z") if states else None
        self.states = set(states)
        self.demonyms: dict[str, str] = rules.aliases.get("demonyms", {})
        self.demonym = re.compile(r"(?<![\w])(?P<d>" + alternation(self.demonyms) + r")(?![\w])") if self.demonyms else None
        self.role_after = re.compile(r"\s*,\s*(?P<role>(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:" + alternation(self.offices)
                                     + r")(?:\s+(?:for|of|to|at)\s+[^,.;]{2,60})?)\s*,", re.IGNORECASE)

    def read(self, doc: Document) -> list[Attribution | None]:
        """One attribution (or None) per sentence of `doc`, in order."""
        text = doc.text
        # "Mr. Crowley" is a he, "Ms. Lofgren" a she: a pronoun never stands for a name of the other
        said: dict[str, set[str]] = {}
        for m in _GENDERED.finditer(text):
            said.setdefault(m.group("name"), set()).add("he" if m.group("h") == "Mr" else "she")
        # (a surname given both ways is a family's: "Mr. Trump" and "Mrs. Trump" leave "Melania Trump" open)
        self._gender = {name: next(iter(g)) for name, g in said.items() if len(g) == 1}
        self._quotes = Quotations(text)
        self._bodies = {}                    # per document: a long audit would otherwise keep every name it met
        self._last_subject = None
        self._last_group = None
        out: list[Attribution | None] = []
        last_person: Attribution | None = None
        by_office: dict[str, Attribution] = {}
        last_human: Attribution | None = None     # the last person or office that spoke
        last_name: str | None = None              # the last person named, for "he" and "she"
        full: dict[str, str] = {}                 # surname -> the full name it was first given with
        self._full = full
        prev_end = 0
        self.subject_before = []
        self.people_in = []
        for sent in doc.sentences:
            s, e = sent.start, sent.end
            self.subject_before.append(self._last_subject)
            found = self._according(text, s, e)
            if found is None or self.paper_source.match(text, found.verbs[0][0], found.verbs[0][1]):
                # "“...,” he said, according to excerpts provided by the Justice Department": the excerpts only
                # carry his words; with no person speaking, the papers are the source
                speech = self._speech(text, s, e, last_person, by_office, last_human, last_name)
                if found is None or speech is not None and not self._institution(speech.speaker):
                    found = speech
            elif found.cue == "citing":
                # "Citing the Fifth Amendment, Flynn’s lawyer said ...", "..., Mr. Romney said in a statement,
                # citing former senators like John Ashcroft": what is cited backs the one who speaks
                speech = self._speech(text, s, e, last_person, by_office, last_human, last_name)
                if speech is not None and speech.cue != "citing" and (
                        not text[s:found.at].strip(" “\"\n") and speech.speaker in text[found.verbs[0][1]:e]
                        or 0 <= speech.at < found.at):
                    found = speech
            # "Protesters gathered outside ... . They argued ...": the group this sentence opens with, for the next
            group = None if self._quotes.inside(s) else _GROUP_SUBJECT.match(text, s, e)
            self._last_group = group.group("np") if group else None
            # "“... Obama refused to say ... . ...,” Trump said": a verb inside a quotation that runs on speaks
            # for no one until the tag that closes it is read (_tag_runs_back)
            inner = found is not None and found.at >= 0 and self._quotes.end_of(found.at) > e
            before = out[-1] if out else None
            if (found is None or inner) and before is not None and before.quoted and self._quotes.inside(s + 1) \
                    and "\n" not in text[prev_end:s]:
                # “He is not welcome,” Fox told CNN. “We reject his visit.”: the same speaker quoted on (also
                # over a speech verb inside: "“... as Larry said there are real consequences”")
                found, inner = Attribution(before.speaker, before.role, before.party, before.cue, True), False
            elif found is None and text[prev_end - 1:prev_end] == ":" and self._quotes.inside(s + 1) \
                    and text[s:s + 1] in "“\"":
                # "Obama used virtually identical language against McCain:\n\n“His health care plan would ...”":
                # a quotation a colon introduces is the speaker's before it, or the subject's of its sentence
                if before is not None and not before.quoted:
                    found = Attribution(before.speaker, before.role, before.party, before.cue, True)
                elif self._last_subject:
                    found = Attribution(self._last_subject, None, None, ":", True)
            prev_end = e
            if found is not None and last_person is not None and " " not in found.speaker \
                    and last_person.speaker.endswith(" " + found.speaker):
                found = replace(found, speaker=last_person.speaker, role=last_person.role, party=last_person.party)
            elif found is not None and " " not in found.speaker and found.speaker in full:
                found = replace(found, speaker=full[found.speaker])    # "LePage said": Paul R. LePage, named before
            elif found is not None and " and " in found.speaker:      # "Ms. Pelosi and Mr. Schumer said": each
                found = replace(found, speaker=" and ".join(full.get(p, p) for p in found.speaker.split(" and ")))
            if found is not None:
                for off in self.office_word.findall((found.role or "") + " " + found.speaker):
                    by_office[off.lower()] = found
                joint = " and " in found.speaker     # "Andre Carson and Emanuel Cleaver": "he" is neither
                if found.speaker[:1].isupper() and " " in found.speaker and not joint:
                    last_person = found
                elif joint and not inner:
                    self._last_group = found.speaker      # "They said" next: the two of them
                if self.entities.type.get(found.speaker) not in ("country", "organization") and \
                        not self._institution(found.speaker):
                    last_human = found       # "the official" later refers to a person or office, not a state
            out.append(found)
            people = [(p.end, p.canonical) for p in (self.person(x) for x in self.entities.find(text, s, e)
                                                      if x.type == "name") if p is not None]
            for _, name in people:
                full.setdefault(name.split()[-1], name)
            # "Ms. Pelosi": a surname with a title, the full name when one was given before
            people += [(m.end(), full.get(m.group("name"), m.group("name"))) for m in _GENDERED.finditer(text, s, e)]
            # "Beck also launched ...": a surname first given with a full name is that person again
            people += [(m.end(), full[m.group()]) for m in _CAPITALISED.finditer(text, s, e) if m.group() in full]
            # "he said" after a quotation is its speaker, never someone the quotation names, nor a body
            # ("Local Republican Party affiliates")
            people = [p for p in people if not self._quotes.inside(p[0] - 1) and not self._institution(p[1])]
            self.people_in.append(people)
            speaker = found.speaker if found is not None and not inner and not self._institution(found.speaker) \
                and all(w[:1].isupper() for w in found.speaker.split()) else None      # a person speaks
            if speaker and found is not None and found.at >= 0:
                people.append((found.at, full.get(speaker, speaker)))   # "Hollis said her son ..."
            if people:
                last_name = max(people)[1]
            # "Strzok exchanged texts with Lisa Page that disparaged Trump. He testified ...": the subject;
            # a person who speaks in the sentence is its subject ("Summers warned ... . “...,” he told reporters")
            if not speaker and (self._quotes.inside(s) or PRONOUN_OPENS.match(text, s, e)):
                continue                     # inside a quotation, or "He later praised ...": "he said" after it is
                                             # still who was the subject before
            intro = _OPENING_CLAUSE.match(text, s, e)      # "After the vote, Mr. Brandt ..."
            opening = _CLAUSE_SUBJECT.match(text, intro.end() if intro else s, e) or \
                _TITLED_SUBJECT.match(text, intro.end() if intro else s, e)     # "the first lady, Melania Trump,"
            self._last_subject = None
            if speaker:
                self._last_subject = full.get(speaker, speaker)
            elif opening and not self._quotes.inside(s) and opening.group("n").split()[0] not in _NOT_A_SPEAKER \
                    and (found is None or " and " not in found.speaker):
                surname = opening.group("n").split()[-1]
                self._last_subject = next((n for _, n in people if n.split()[-1] == surname), None)
        self._tag_runs_back(doc, out)
        self._apply_source_lines(doc, out)
        return out

    def _tag_runs_back(self, doc: Document, out: list[Attribution | None]) -> None:
        """ "“The shutdown hurts families. ... a deal can be reached,” he said.": the sentences of a quotation
        before the one whose tag closes it are that speaker's too, whatever a speech verb inside it or the
        sentence before said."""
        sents = doc.sentences
        for i, sent in enumerate(sents):
            end = self._quotes.end_of(sent.start)
            own = out[i]
            if end <= sent.end or own is not None and own.at >= 0 and self._quotes.end_of(own.at) != end:
                continue
            j = next((k for k in range(i + 1, len(sents)) if sents[k].start < end <= sents[k].end), None)
            tag = out[j] if j is not None else None
            if tag is not None and tag.quoted and tag.at >= end - 1:
                out[i] = Attribution(tag.speaker, tag.role, tag.party, tag.cue, True)

    # -------------------------------------------------------------- patterns
    def _according(self, text: str, s: int, e: int) -> Attribution | None:
        m = self.according.search(text, s, e)
        if not m:
            return None
        who = m.group("who").strip()
        # "according to three officials speaking on condition of anonymity": the participle describes them
        who = re.split(r"\s+(?:that|who|which|in|on|at|as)\s+|\s+(?=\d)|\s+(?=[a-z]+ing\s+" + _PREPOSITION_WORD + r")",
                       who)[0]
        owned = re.match(r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?P<thing>[a-z][\w\s-]*)$", who)
        if owned and not self.office_word.search(owned.group("thing")):
            return None                      # "citing Zimbabwe’s conservation efforts": a thing, not a speaker
        # the source's name opens its phrase: "the Office of the Historian of the House" is no House; those a paper
        # was made for are its audience ("slides from a presentation intended for NSA senior analysts")
        ents = [x for x in self.entities.find(who) if not re.search(r"[a-z]\s+of\s", who[:x.start])
                and not _AUDIENCE_BEFORE.search(who, 0, x.start)]
        if ents:
            found = self._make(ents[0].canonical, None, m.group("c").lower(), text, s, e, ents[0])
        elif re.sub(r"^the\s+", "", who)[:1].isupper() or self.office.match(self.partitive.sub("", who)) \
                or self.office.match(_GROUP_OF.sub("", who)):   # "the team of researchers from ...", "a study from"
            name = re.sub(r"(?:\s+(?:of|the|for|and|a|an|in|on))+\Z", "", " ".join(who.split()[:10]))
            found = self._make(name, None, m.group("c").lower(), text, s, e)
        elif m.group("c").lower() != "citing" and (paper := self.paper_named.match(who)) is not None:
            # "according to an analysis from Standard & Poor’s", "according to a wrongful death lawsuit filed in
            # Cook County court Thursday by the man's wife": the paper, and whose it is; the rest of the phrase,
            # up to its clause's end, only describes it (its time is the reporter's); a paper cited ("cut 40 jobs,
            # citing a new audit") backs its sentence's speaker, and says nothing itself
            author = _PAPER_AUTHOR.match(who, paper.end())
            name = re.sub(r"(?:\s+(?:of|the|for|and|a|an|in|on|from|by))+\Z", "",
                          paper.group() + (author.group() if author else ""))
            found = self._make(name, None, m.group("c").lower(), text, s, e)
            who = re.split(r"\s+(?:that|who|which|as)\s+", m.group("who").strip())[0]
        else:
            return None                      # "according to this view", "citing his health": no one is named
        # where the cue and its source's phrase stand ("according to a Fox News poll released Friday"): a fact in
        # a relative clause around them is nobody's ("This resolution, which has framed ... since the late 1990s,
        # is cited by Moscow as a cornerstone")
        return replace(found, at=m.start(), verbs=((m.start(), m.start("who") + len(who)),), whole_sentence=True)

    def _speech(self, text: str, s: int, e: int, last_person: Attribution | None,
                by_office: dict[str, Attribution], last_human: Attribution | None,
                last_name: str | None = None) -> Attribution | None:
        # every speech verb of the sentence (a fact in any of their clauses is the speaker's), and those
        # that may name the speaker
        spoken = [v for v in self.verbs.finditer(text, s, e)
                  if not _NOUN_BEFORE.search(text, max(s, v.start() - 10), v.start())
                  and not self.counted.search(text, max(s, v.start() - 16), v.start())
                  and not (v.group("v") in self.also_nouns
                           and _VERB_BEFORE.search(text, max(s, v.start() - 16), v.start())
                           and not self.owned_office.search(text, max(s, v.start() - 40), v.start()))]
        # a passive speech verb is no one's speaking ("was confirmed 96-3", "comments that have been condemned"),
        # nor a denied one ("he has not yet said whether he will ... into the 2012 election")
        active = [v for v in spoken if not BE_BEFORE.search(text, max(s, v.start() - 24), v.start())
                  and not _NOT_SAID.search(text, max(s, v.start() - 24), v.start())
                  and not _ADJECTIVE_ADVERB.search(text, max(s, v.start() - 16), v.start())
                  and not (self.paper_participle and any(p.end() > v.end() > p.start() for p in
                                                          self.paper_participle.finditer(text, max(s, v.start() - 40),
                                                                                         min(e, v.end() + 40))))]
        ends = {v.end() for v in active}
        found_verbs = [v for v in active
                       if not re.match(r"accused\s+of\s", text[v.start():v.start() + 12])   # "officers accused of
                                                                                            # hacking": passive
                       and not (self.act_with_object and self.act_with_object.match(text, v.start(), e)
                                and not re.search(r"[,\"”’']\s*\Z", text[max(s, v.start() - 4):v.start()]))
                       # "suggested saying that": an -ing form right after another speech verb is what that one names
                       and not (v.group("v").endswith("ing") and v.start() - 1 in ends and text[v.start() - 1] == " ")
                       # "The Senate confirmed two cabinet nominations": a chamber's vote, no statement (but "the
                       # committee confirmed that ...")
                       and not (v.group("v").lower().startswith("confirm")
                                and _CHAMBER_BEFORE.search(text, max(s, v.start() - 40), v.start())
                                and not _CONTENT_OPENS.match(text, v.end(), e))]
        # saying beats thinking: "Trump thinks ..., the White House said" is the White House's statement
        # and the sentence's own speech verb beats one inside the quotation it reports
        # and a verb of the sentence's own clause beats one in a relative clause ("Brian Vicente, a lawyer who
        # wrote Amendment 64, said")
        found_verbs.sort(key=lambda v: (self._quotes.inside(v.start()),
                                        bool(RELATIVE_VERB.search(text, max(s, v.start() - 40), v.start())),
                                        v.group("v").lower() in _THINKING, v.start()))
        for v in found_verbs:
            if _QUOTE_FIRST.match(text[s:v.start()]) or self._quotes.inside(s) and \
                    _QUOTE_TAIL.fullmatch(text, s, v.start()):
                # "“...,” said Human Rights Campaign President Chad Griffin": the speaker follows the quote
                found = self._speaker_after(text, s, e, v) or self._speaker_before(
                    text, s, e, v, last_person, by_office, last_human, last_name)
            else:
                found = self._speaker_before(text, s, e, v, last_person, by_office, last_human, last_name)
                if found is None:
                    found = self._speaker_after(text, s, e, v)
            who = _WHO_BEFORE.search(text, max(s, v.start() - 30), v.start())
            if found is not None and who and not self._antecedent(text, s, who.start(), found.speaker):
                continue                     # "met people who told him": the people, not a name before them
            if found is not None:
                # a speaker outside a quotation speaks only through the verbs outside it ("disputed ..., saying
                # that “the more will say this makes sense”": not "say")
                own = active if self._quotes.inside(v.start()) else [x for x in active
                                                                     if not self._quotes.inside(x.start())]
                return replace(found, at=v.start(), verbs=tuple((x.start(), x.end()) for x in own))
        return None

    @staticmethod
    def _party_apposition(text: str, m: re.Match[str]) -> bool:
        """Is the office `m` a party named between commas after a name: ", also Republicans,", ", both Democrats,"?"""
        return m.group("np").rstrip("s") in _PARTY_WORDS and bool(_PARTY_BETWEEN_COMMAS.search(
            text, max(0, m.start() - 16), m.start())) and text[m.end():m.end() + 1] == ","

    def _candidates(self, text: str, s: int, pos: int, last_name: str | None) -> list[tuple[int, str, Any]]:
        """Who may be the subject of a verb at `pos`: (end, kind, item), nearest last."""
        out: list[tuple[int, str, Any]] = []
        for x in self.entities.find(text, s, pos):
            if _PREPOSITION_BEFORE.search(text, max(s, x.start - 12), x.start) or (
                    x.type == "country" or x.text in self.states) and \
                    _PLACE_BEFORE_COMMA.search(text, max(s, x.start - 60), x.start):
                continue                     # "born in New York", "Sen. John Thune, of South Dakota", "in Mount
                                             # Kisco, New York": not the subject
            if x.type == "name":
                name = self.person(x)
                if name is not None:
                    out.append((name.end, "person", name))
            else:
                out.append((x.end, "body", x))
        for m in self._offices(text, s, pos):
            before = text[max(s, m.start() - 24):m.start()]
            if self.partitive_before.search(before):
                out.append((m.end(), "office", m))   # "two of the officials said" speaks
                continue
            if BE_BEFORE.search(before):
                continue                     # "who at the time was a spokeswoman for ...": what someone is
            # "a spokesman for Mr. Reid", "$1.3 billion for general border security": no subject after a preposition
            if not (_PREPOSITION_BEFORE.search(before) or
                    _PREPOSITION_BEFORE.search(text, max(s, m.start("o") - 8), m.start("o"))):
                out.append((m.end(), "office", m))
        # "Fitzgerald, who ... caught Kaczynski -- who killed 3 people and injured 23 -- told": no one in a dash
        # aside speaks; nor a party between commas after names ("John McCain and Jeff Flake, also Republicans,")
        asides = [(a.start(), a.end()) for a in DASH_ASIDE.finditer(text, s, pos)]
        out = [c for c in out if c[1] != "office" or not any(a < c[0] <= b for a, b in asides)
               and not self._party_apposition(text, c[2])]
        for m in self.pronoun.finditer(text, s, pos):
            out.append((m.end(), "pronoun", m))
        for m in _HONORIFIC.finditer(text, s, pos):      # "Mr. Trump", "Sen. Graham"
            surname = m.group("name")
            if surname.lower() in self.office_set or self._institution(surname) or \
                    _PREPOSITION_BEFORE.search(text, max(s, m.start() - 12), m.start()):
                continue                     # "the Justice Department" is no Justice called Department;
                                             # "prosecutors working for Mr. Mueller" speak for him
            out.append((m.end(), "person", Entity(m.start("name"), m.end(), surname, surname, "name")))
        lone = _LONE_NAME.search(text, max(s, pos - 30), pos)
        if lone and _TITLE_AT_END.search(text, max(s, lone.start("name") - 6), lone.start("name")):
            lone = None                      # "Mr. Mueller": read with its title above
        if lone and lone.group("name") not in _NOT_A_SPEAKER and lone.group("name").lower() not in self.office_set and (
                lone.start("name") == s or text[lone.start("name") - 2:lone.start("name")].strip() in (",", "”", '"', ".")
                or _JOINS_A_CLAUSE.search(text, max(s, lone.start("name") - 10), lone.start("name"))
                or _FOCUS_BEFORE.search(text, max(s, lone.start("name") - 12), lone.start("name"))
                or text[s:lone.start("name")].strip() == "The"):     # "The Guardian reported"
            alone = lone.group("name")         # "..., Labrador, who is 46, said": a surname alone
            out.append((lone.end("name"), "person", Entity(lone.start("name"), lone.end("name"), alone, alone, "name")))
        acronym = _LONE_ACRONYM.search(text, max(s, pos - 30), pos)
        if acronym and not any(c[0] >= acronym.end("name") for c in out) and (
                acronym.start("name") == s or text[acronym.start("name") - 2:acronym.start("name")].strip() in
                (",", "”", '"', ".") or _JOINS_A_CLAUSE.search(text, max(s, acronym.start("name") - 10),
                                                              acronym.start("name"))):
            short = acronym.group("name")      # "..., CNN reported", "As TPM notes": an outlet or a body that the
            out.append((acronym.end("name"), "body",  # alias table does not know
                        Entity(acronym.start("name"), acronym.end("name"), short, short, "organization")))
        out.sort(key=lambda c: c[0])
        return out

    def _offices(self, text: str, s: int, pos: int) -> list[re.Match[str]]:
        """The office phrases in text[s:pos], found from their office words: running the whole phrase
        pattern at every position of every window cost a third of the time it takes to read speakers."""
        out: list[re.Match[str]] = []
        last_end = s
        for ow in self.office_head.finditer(text, s, pos):
            if ow.start() < last_end:
                continue
            for m in self.office.finditer(text, max(last_end, ow.start() - 70), min(pos, ow.end() + 80)):
                if m.start("o") < ow.end() and ow.start() < m.end("o"):     # "the attorney general": either word
                    out.append(m)
                    last_end = m.end()
                    break
        return out

    def person(self, x: Entity) -> Entity | None:
        """A person's name without a title in front ("Foreign Minister Sergei Lavrov", "President Trump")
        or a speech verb that opens its sentence ("Added Gibbs: ...")."""
        home = self.home_state.search(x.text) if self.home_state is not None else None
        if home:                             # "Chris Coons of Delaware": Chris Coons
            x = Entity(x.start, x.start + home.start(), x.text[:home.start()], x.text[:home.start()], "name")
        first = x.text.split(" ", 1)[0]
        if first in _PARTY_WORDS and " of " in x.text or x.text.rsplit(" ", 1)[-1] in _PARTY_WORDS:
            return None                      # "Republican of New York": a party and a state, no one's name; nor
                                             # "the House Republican leadership"
        if (first.lower() in self.verb_words or first in _PARTY_WORDS) and x.text.count(" ") >= (
                2 if first in _PARTY_WORDS else 1):      # "Republican Pat Toomey": Pat Toomey
            rest = x.text[len(first) + 1:]
            x = Entity(x.end - len(rest), x.end, rest, rest, "name")
        titled = list(self.office.finditer(x.text))
        if not titled:
            return x if " " in x.text else None
        rest = x.text[titled[-1].end():].strip()
        if not rest or not rest[0].isupper() or self._institution(rest):
            return None                      # "General Assembly" is no person called Assembly
        off = x.start + x.text.index(rest)
        return Entity(off, off + len(rest), rest, rest, "name")

    def _speaker_before(self, text: str, s: int, e: int, v: re.Match[str], last_person: Attribution | None,
                        by_office: dict[str, Attribution], last_human: Attribution | None,
                        last_name: str | None) -> Attribution | None:
        cue = v.group("v")
        pos = v.start()
        doc = self.document.search(text, max(s, pos - 60), pos) if self.document and not cue.endswith("ing") else None
        if doc:                              # "the document said", "court records show": the paper speaks; not
                                             # "issued a statement saying", "said in a statement"
            return self._make(doc.group("np"), None, cue, text, s, e)
        role_text = None
        # "Jim Manley, a spokesman for Mr. Reid, said": the role sits between; "Elliott Maynard, a Republican
        # trying to unseat Nick Rahall, a Democrat, in West Virginia’s Third District, said": several do
        end = pos
        for _ in range(3):
            appositive = _APPOSITIVE.search(text, max(s, end - 170), end)
            if not appositive:
                break
            role_text = re.sub(r"^serving\s+as\s+", "", appositive.group("role").strip())
            if re.match(r"(?:who|whose|which)\s", role_text):
                role_text = None             # "Senor, who served ... in Iraq, noted": what they did, no role
            pos = appositive.start()
            end = pos + 1                    # its opening comma may close an appositive before it
            segment = text[text.rfind(",", s, pos) + 1:pos].strip()
            office = self.office.fullmatch(segment)
            if office or not re.match(r"(?:a|an|the)\s|[a-z]", segment):
                break                        # "Elliott Maynard" or "a senior Russian diplomat" speaks; "a
                                             # Republican trying to unseat Nick Rahall" only describes
        if pos < v.start() and self.document and not cue.endswith("ing"):
            doc = self.document.search(text[s:pos] + " ")
            if doc and _OPENS_WITH.fullmatch(text[s:s + doc.start()]):
                # "The cable, sent under the ambassador's name in 2009, warned": the paper behind an aside speaks
                return self._make(doc.group("np"), None, cue, text, s, e)
        cands = self._candidates(text, s, pos, last_name)
        if not self._quotes.inside(pos):      # a name inside a quotation does not speak it
            cands = [c for c in cands if not self._quotes.inside(c[0] - 1)]
        if not cands:
            return None
        end, kind, item = cands[-1]
        # "He has spent decades ... to help influence American election campaigns, and has long maintained": a
        # second verb with no subject of its own speaks for the sentence's first subject
        coordinated = bool(_AND_VERB.search(text, max(s, pos - 40), pos)) and cands[0][0] - s <= 40
        if coordinated:
            end, kind, item = cands[0]
        if re.fullmatch(r"[a-z]+ing", cue) and re.search(r"(?:,[”\"’]?|--|[—–])\s*\Z", text[max(s, pos - 4):pos]):
            # "Netanyahu turned down an invitation to meet Senate Democrats, saying ...": the clause's subject
            opener = max((m.end() for m in _CLAUSE_OPENER.finditer(text, s, pos)), default=s)
            head = _CLAUSE_SUBJECT.match(text, opener, pos)
            if head and head.group("name").split()[0] not in _NOT_A_SPEAKER:
                named = self.entities.find(head.group("name"))
                ent = [x for x in named if x.type != "name"]
                person = next((p for p in (self.person(x) for x in named if x.type == "name") if p), None)
                return self._make(ent[0].canonical if ent else person.canonical if person else head.group("name"),
                                  None, cue, text, s, e)      # "Governor Ana Ruiz vetoed ..., saying": Ana Ruiz
            first = [c for c in cands if c[0] > opener]
            if len(first) > 1 and first[0][1] == "office" and first[1][1] == "person" and \
                    first[1][2].start - first[0][0] <= 1:
                first = first[1:]            # "Senate Majority Leader Harry Reid broke with ..., saying": the person
            if first:
                end, kind, item = first[0]
        elif pos - end > 60 and not coordinated and not (
                kind == "office" and _OPENS_WITH.fullmatch(text, s, item.start()) and _LONG_SUBJECT.fullmatch(text, end, pos)):
            return None                      # far away, unless the office opens the sentence and a modifier with
                                             # no clause of its own leads to the verb ("A two-term Republican
                                             # congressman from Idaho with a track record of challenging ... said")
        if kind == "person":
            if role_text is None:
                role = self.role_after.match(text, item.end)
                role_text = role.group("role").strip() if role else None
            at = cands.index((end, kind, item))
            if at > 0 and cands[at - 1][1] == "person" and _AND_NAME.fullmatch(text, cands[at - 1][0], item.start):
                # "Andre Carson and Emanuel Cleaver said", "Ron Wyden of Oregon and Mark Udall of Colorado": both
                return self._make(cands[at - 1][2].canonical + " and " + item.canonical, role_text, cue, text, s, e)
            return self._make(item.canonical, role_text, cue, text, s, e, item)
        if kind == "pronoun":
            pronoun = item.group("p").lower()
            # (not a name in what an earlier "he" said: "he said Obama’s borrowing ... – he also claimed" is not
            # Obama; nor the one a "who" before "he" stands for: "Harry Reid, who he said was right")
            said_from = next((c[0] for c in cands[:-1] if c[1] == "pronoun"
                              and self.verbs.match(text, c[0] + 1)), len(text))
            earlier = [c for c in cands[:-1] if c[1] == "person" and not self._quotes.inside(c[0] - 1)
                       and self.fits(c[2].canonical, pronoun) and c[0] < said_from
                       and not _WHO_THEN.match(text, c[0], item.start())]
            if earlier:                      # "President Trump is close to replacing James Comey, he told reporters":
                person = earlier[0][2]       # the sentence's subject, named first, is who "he" is
                return self._make(person.canonical, None, cue, text, s, e, person)
            # "He said", "But he also said", "“...,” he said", "Amplifying the message, he said": the last
            # sentence's subject
            opens = _OPENS_WITH.fullmatch(text, s, item.start()) or _QUOTE_FIRST.match(text[s:item.start()]) \
                or _OPENING_CLAUSE.fullmatch(text, s, item.start()) \
                or self._quotes.inside(s) and _QUOTE_TAIL.fullmatch(text, s, item.start())
            if opens and self._last_subject and self.fits(self._last_subject, pronoun):
                return self._make(self._last_subject, None, cue, text, s, e)   # "He testified": the last subject
            if opens and pronoun == "they" and self._last_group:
                return self._make(self._last_group, None, cue, text, s, e)     # "Protesters gathered ... . They
                                                                                # argued": the group before
            if last_person is not None and self.fits(last_person.speaker, pronoun) and (
                    last_name is None or last_person.speaker.endswith(last_name.split()[-1])):
                return Attribution(last_person.speaker, last_person.role, last_person.party, cue, self._quoted(text, s, e))
            if last_name and self.fits(last_name, pronoun):
                return self._make(last_name, None, cue, text, s, e)
            return None
        if kind == "office":
            word = item.group("o").lower()
            np = item.group("np").strip()
            joined = _COORDINATE_BEFORE.search(text, max(s, item.start("np") - 60), item.start("np")) \
                if re.match(r"(?:and|or)\s", np) else None
            if joined:                       # "White House officials and lawmakers say": both
                np = joined.group("first") + " " + np
            else:
                lead = re.match(r"(?:and|or)\s+", np)
                np_start = item.start("np") + (lead.end() if lead else 0)
                np = np[lead.end():] if lead else np
                pair = _PAIRED_ADJECTIVE.search(text, max(s, np_start - 40), np_start) if np[:1].isupper() else None
                if pair:                     # "U.S. and Iranian officials", "Russian, Chinese and Indian diplomats"
                    np = pair.group() + np
            if re.search(r"[^s]s\Z", np):
                np = _ARTICLE_BEFORE_NAME.sub("", np)    # "a project Democratic lawmakers say is": no article
                                                         # goes with a plural; the noun is what they speak of
            back = re.fullmatch(r"the\s+" + re.escape(word), np.lower()) is not None   # not "the administration officials"
            if back and word in by_office:
                prev = by_office[word]
                return Attribution(prev.speaker, prev.role, prev.party, cue, self._quoted(text, s, e))
            if back and last_human is not None and word in ("official", "spokesperson",
                                                                                    "spokesman", "spokeswoman"):
                return Attribution(last_human.speaker, last_human.role, last_human.party, cue, self._quoted(text, s, e))
            tail = _DESCRIPTIVE_TAIL.fullmatch(text, item.end(), pos)
            if tail and not joined:          # "Leaders of the country's largest civil rights organization accused",
                np += tail.group().rstrip()  # "Members of the city council said": whose leaders, which members
            if role_text is None:
                role = self.role_after.match(text, item.end()) or re.match(
                    r"\s*,\s*(?:serving\s+as\s+)?(?P<role>[^,]{3,80}),", text[item.end():e])
                role_text = role.group("role").strip() if role else None
            return self._make(np, role_text, cue, text, s, e)
        return self._make(item.canonical, role_text, cue, text, s, e, item)

    def _speaker_after(self, text: str, s: int, e: int, v: re.Match[str]) -> Attribution | None:
        """"..., said Jim Manley" / "said the spokesman"; never after "told", whose object is the listener, nor
        after another listener verb save right after a quotation ("“...,” warned Sen. Jones"; not "The cable
        warned the office of Secretary of State Clinton that")."""
        cue = v.group("v").lower()
        if cue in _TELLING or self.verb_kinds.get(cue) == "listener" and \
                not re.search(r"[”\"]\s*\Z", text[max(s, v.start() - 3):v.start()]):
            return None
        after = [x for x in self.entities.find(text, v.end(), min(e, v.end() + 60)) if x.type == "name"]
        # "said Jim Manley", "said Indivisible co-founder Ezra Levin": the name, perhaps behind a title
        between = _TITLE_AT_END.sub(" ", text[v.end():after[0].start]) if after else ""   # "said Rep. Luis Garza"
        if after and (after[0].start - v.end() < 3 or (after[0].start - v.end() < 40
                                                       and not re.search(r"[,.;:\"“”]", between)
                                                       and not _NOT_A_TITLE.search(between))) \
                and not _VERB_AFTER_NAME.match(text, after[0].end):   # "a report that said President Trump had
            person = self.person(after[0]) or after[0]                 # directed": what the report said
            role = self.role_after.match(text, after[0].end)
            return self._make(person.canonical, role.group("role").strip() if role else None, v.group("v"),
                              text, s, e, person)
        titled = _TITLED_SURNAME.match(text, v.end(), e)        # "said Mr. Gutiérrez": a surname behind a title
        if titled and not _VERB_AFTER_NAME.match(text, titled.end()):
            return self._make(titled.group("name"), None, v.group("v"), text, s, e)
        return None

    def _apply_source_lines(self, doc: Document, out: list[Attribution | None]) -> None:
        """"[Source: US government notification ...]" speaks for its paragraph's unattributed sentences."""
        text = doc.text
        for i, sent in enumerate(doc.sentences):
            m = self.source_line.search(text, sent.start, sent.end)
            if not m:
                continue
            who = m.group("who").strip()
            j = i
            while j >= 0:
                if out[j] is None:
                    out[j] = self._make(who, None, "source line", text, doc.sentences[j].start, doc.sentences[j].end)
                if j == 0 or "\n" in text[doc.sentences[j - 1].end:doc.sentences[j].start]:
                    break
                j -= 1

    # -------------------------------------------------------------- helpers
    @staticmethod
    def _antecedent(text: str, s: int, who: int, speaker: str) -> bool:
        """Is `speaker` the one "who" at `who` refers to: named right before it, perhaps with an apposition
        ("Jeb Bush of Florida, a leading Republican contender, who has argued")?"""
        name = surname(speaker)
        at = text.rfind(name, max(s, who - 160), who) if name else -1
        return at >= 0 and bool(_APPOSITION_GAP.fullmatch(text, at + len(name), who))

    def quoted_at(self, pos: int) -> bool:
        """Is `pos` inside a quotation of the document last read?"""
        return self._quotes.inside(pos)

    def speaks_of_another(self, role: str | None, pronoun: str) -> bool:
        """The speaker's role names a person `pronoun` may stand for ("an attorney for Jackson's wife": she)."""
        people = self.role_people.get(pronoun)
        return bool(role and people and people.search(role))

    def fits(self, name: str, pronoun: str) -> bool:
        """May `pronoun` ("he", "she", "they", "i") stand for `name` in the document last read?"""
        if pronoun != "they" and self._institution(name):
            return False                     # "he said" is never Fox News or the State Department
        if pronoun == "they":                # "they" is a group, a body or a state, not one person named
            return self._institution(name) or not name[:1].isupper() or name.endswith("s") or \
                self.entities.type.get(name) in ("country", "organization")
        words = name.split()
        said = self._gender.get(words[-1]) if words else None
        first = self._full.get(words[-1], name).split()[0] if words else ""
        if len(words) > 1 and words[0] != first:
            said = None                      # "Mr. Trump" is Donald Trump, not Melania Trump named after him
        return said is None or pronoun not in ("he", "she") or said == pronoun

    def _institution(self, name: str) -> bool:
        words = name.split()
        if not words:
            return False
        if words[0] in ("The", "the") or words[-1].lower() in self.institution_words or (
                words[-1].lower() in self.office_set and words[-1][:1].isupper()):
            return True                      # "the Justice Department", "Fox News", "The Washington Post"
        known = self._bodies.get(name)       # asked for every name of every sentence: read each once
        if known is None:
            known = self._bodies[name] = any(x.type in ("organization", "country") for x in self.entities.find(name))
        return known

    def _make(self, who: str, role: str | None, cue: str, text: str, s: int, e: int,
              ent: Entity | None = None, at: int = -1) -> Attribution:
        party = None
        if self.home_state is not None:
            who = self.home_state.sub("", who)       # "Richard J. Durbin of Illinois": Richard J. Durbin
        canon = ent.canonical if ent else None
        if canon is None:
            found = [x for x in self.entities.find(who) if x.type != "name"]
            canon = found[0].canonical if found else None
            lead = len(who) - len(re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.IGNORECASE))
            if found and found[0].start <= lead and not self.office_head.search(who, found[0].end):
                who = found[0].canonical     # "[Source: US government notification ...]": the United States;
                                             # but "Senate aides" are aides
        party = self.entities.country_of(canon)
        if party is None and role:
            inner = self.entities.find(role)
            party = next((self.entities.country_of(x.canonical) for x in inner if self.entities.country_of(x.canonical)), None)
        if party is None and self.demonym:
            d = self.demonym.search(who) or (self.demonym.search(role) if role else None)
            if d:
                party = self.demonyms[d.group("d")]
        return Attribution(who, role, party, cue, self._quoted(text, s, e), at)

    def _quoted(self, text: str, s: int, e: int) -> bool:
        return self._quotes.overlaps(s, e)


def surname(speaker: str) -> str:
    """The last word of a speaker's name ("" for none): how the text names them again."""
    words = speaker.split()
    return words[-1] if words else ""


@lru_cache(maxsize=8)
def attribution_reader(rules: Rules) -> AttributionReader:
    return AttributionReader(rules)
