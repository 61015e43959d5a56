"""Status facts: how far an action has gone, on the ladder rules/status.toml defines.

"the State Department ... reportedly evaluating the possibility of authorizing the sale of
Javelin missiles" -> under consideration, hedged "reportedly"; "approved a potential sale of
Javelin anti-tank missile systems to Kosovo" -> approved, hedged "potential". A status needs
something it is about: an action noun or verb, or a named thing, after it (or before it, in
the passive); its actor is the entity heading its clause; its date, one in the same sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from factdiff.entities import Entity, entity_index
from factdiff.extract.spans import (BE_BEFORE, DASH_ASIDE, DATELINE_LEAD, FREE_RELATIVE, PARTY_STATE, SENTENCE_LEAD,
                                    TITLE_ABBREVIATION, lower_same_length)
from factdiff.rules import Rules, alternation, trie_alternation

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s(?:that|which|who|while|but|because|although|whereas|with|until|unless)\s",
                           re.IGNORECASE)
# a party or a home state in brackets after a name: "(R)", "(D-Md.)", "(R-Pa.)", "(I-Vt.)", "(Ohio)"
_PARTY_TAG = re.compile(r"\((?:" + PARTY_STATE + r"|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\)")
# a thing not yet there ("what will be in a finalized deal"): an indefinite article opens its phrase
_INDEFINITE = re.compile(r"(?:a|an|any)\s", re.IGNORECASE)
# punctuation between two words of an object ends it
_GAP_BREAK = re.compile(r"[,;:.()—–“”\"]|--")
# two names joined as one subject: "The House and Senate approved"
_AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?")
_MODALS = {"can", "could", "should", "would", "will", "may", "might", "must"}
# the verbs a clause named by an object runs on over: "a review of exactly what funds can and should be used"
_CLAUSE_VERBS = {"and", "or", "is", "are", "was", "were", "be", "been", "has", "have", "had"} | _MODALS
# a pronoun that opens a clause about the object: "the money he had demanded"
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "you"}
_OBJECT_STOP = {"than", "that", "which", "who", "while", "but", "because", "although", "after", "before", "when", "as",
                "amid", "since", "if", "and", "or", "has", "have", "had", "is", "are", "was", "were", "would",
                "will", "could", "should", "said", "says", "for", "in", "on", "at", "by", "prompted", "last", "next",
                "earlier", "yesterday", "today", "during", "through", "until", "unless", "despite",
                "even", "already", "again", "anyway", "not"}   # "rejected the plan even before": an adverb ends it
# a time told by how late or early: "approved the measure late on Friday", "signed it early Tuesday"
_LATE_OR_EARLY = re.compile(r"(?:late|early)\s+(?:on|in|last|this|next|yesterday|today|tonight|[A-Z][a-z]+day)(?![\w])")
_INTO_LAW = re.compile(r"\s+into\s+law(?![\w])", re.IGNORECASE)
# a participle that opens a description of the noun before it ("legislation allowing for", "the measure known
# as", "decisions based on"): cut off by a stop word, it is dropped from the object rather than left dangling
_DANGLING_PARTICIPLE = re.compile(r"[a-z]+(?:ing|ed)|known|shown|given|taken|made", re.IGNORECASE)
# after these it is an adjective or a verb's form, and stays: "a more limited", "from going"
_BEFORE_PARTICIPLE_KEPT = {"more", "less", "most", "least", "very", "so", "too", "well", "from", "to", "of", "for"}
# words between a subject and its verb: "The Israeli prime minister himself has turned down", "Trump
# originally was planning to", "Sestak ultimately rejected", "Schiff on Monday signed" (each word one way only:
# no "-ly" word in the list, or a failed match would try every split)
_LY_NOUNS = r"(?:family|ally|rally|supply|reply|assembly|monopoly|anomaly|belly|jelly|bully)"    # no adverbs
_AUX = (r"(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|also|then|later|already|himself|herself|"
        r"itself|themselves|now|still|did|does|not|never|(?!" + _LY_NOUNS + r"\s)[a-z]{2,}ly|"
        r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this)\s+(?:week|month|year)|[a-z]{3,}\s+(?:and|or)|"
        r"(?:decided|agreed|voted|moved|failed|refused|declined|chose|opted)\s+to)\s+)*")
_SUBJECT_BEFORE_APPOSITION = re.compile(r"(?:^|[.;,]\s+|\n)(?P<np>(?:The\s+)?(?:[A-Z][\w.’']*\s?){1,5}),[^,;]{2,80},"
                                        r"\s*" + _AUX + r"\Z")
_NAME = (r"(?<![\w.’'-])(?P<name>(?:" + TITLE_ABBREVIATION + r"\s+)?[A-Z][a-z][\w’'-]*"
         r"(?:\s+[A-Z][a-z][\w’'-]*){0,2}|[A-Z]{2,6})\s+")
# "Democrats rejected", "Indiana passed", "Mr. Obama signed", "The NAACP adopted": a capitalised subject right
# before the verb
_NAME_BEFORE = re.compile(_NAME + _AUX + r"\Z")
# a name opening a sentence, perhaps after an adverb or a time, before its verb: "Unilaterally, Obama on Wednesday
# directed"; and the words that open a second verb with no subject: "and", ";", ", then"
_NAME_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+ly,\s+|(?:On|In|At|After|Before|Last|Earlier|Later)\s[^,;]{1,40},\s+)?"
                           + _NAME + _AUX + r"[a-z]+(?:s|ed)\s")
# how a measure passed, not who passed it: "passed by voice vote", "passed unanimously"
_VOTE_MANNER = re.compile(r"\s+(?:by\s+(?:a\s+)?(?:voice\s+vote|unanimous\s+consent|roll[-\s]call\s+vote|wide\s+margin)"
                          r"|unanimously|overwhelmingly)(?![\w])", re.IGNORECASE)
# the noun phrase a sentence opens with: "The Affordable Care Act", "the spending bill"
_OPENING_NP = re.compile(r"[\s“\"]*(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}[a-z]+"
                         r"|(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|and|to)\s+)?){0,8}[A-Z][\w’'-]*)(?=[\s,.])")
_POSSESSED_SUBJECT = re.compile(r"(?<![\w])(?P<who>(?:his|her|their)\s+(?:own\s+)?[a-z]{3,})\s+" + _AUX + r"\Z")
_PRONOUN_OPENING = re.compile(SENTENCE_LEAD + r"(?P<p>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+" + _AUX
                              + r"[a-z]+(?:s|ed)\s")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w])an?\s+\Z")
_COORDINATED = re.compile(r"(?:\sand|;|,\s*then|\sthen)\s+\Z")
# "Pence has defended his decision to", "Obama said his plan to": the subject owns the decision
_POSSESSOR = re.compile(_NAME + _AUX + r"(?!(?:over|about|for|of|in|on|at|with|to|from|by|against|after|before|"
                        r"during|into|under)\s)[a-z]+\s+(?:[a-z]+ly\s+)?(?:his|her|their)\s+(?:decision\s+to\s+)?\Z")
_PRONOUN_BEFORE = re.compile(r"(?<![\w])(?P<p>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+" + _AUX + r"\Z")
# whose a noun status is: "my intention to", "their latest proposal" (the pronoun each possessive stands for)
_OWNER_BEFORE = re.compile(r"(?<![\w])(?P<p>[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?\Z")
_OWNER_PRONOUN = {"my": "i", "our": "we", "his": "he", "her": "she", "their": "they"}
_NOT_A_SUBJECT = frozenset({"The", "A", "An", "This", "That", "It", "He", "She", "They", "We", "I", "You", "But", "And",
                            "If", "When", "While", "As", "In", "On", "At", "After", "Before", "Earlier", "Later",
                            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Who",
                            "Which", "What", "There", "Here", "Then", "Still", "Yet", "So"})
_SUBJECT_NP = re.compile(r"(?P<np>(?:\w[\w'’-]*\s+){0,4}?\w[\w'’-]*)\s+" + _AUX + r"(?:failed\s+to\s+)?\Z")
# words that never modify a body's name: "ever since the governor signed" is the governor
_FUNCTION = (r"(?:the|a|an|his|her|its|their|our|of|in|on|at|to|for|with|by|from|and|or|but|that|which|who|since|after|"
             r"before|when|while|as|"
             r"if|ever|because|until|then|once)")
# the items of a list before the last, with no function word in them: "campaign finance, voting " before "rights
# and ethics reform bill"
_CONTENT_WORD = r"(?!" + _FUNCTION + r"(?![\w’'-]))[\w’'-]+"
_LIST_BEFORE = re.compile(r"(?<![\w’'-])(?:(?:" + _CONTENT_WORD + r"\s+){0,3}" + _CONTENT_WORD + r",\s+)+(?:"
                          + _CONTENT_WORD + r"\s+){0,3}\Z", re.IGNORECASE)
# a clause of its own starts here: the hedges before it are another verb's
_SUBORDINATE = re.compile(r"(?<![\w])(?:since|after|before|when|whenever|because|once|although|though|whereas|until|"
                          r"unless|even\s+as|while)\s",
                          re.IGNORECASE)
_RELATIVE_OPENS = re.compile(r",?\s(?:who|which)\s+\Z")
_HEAD_ENDS = {"to", "for", "from", "with", "on", "at", "by", "about", "against", "into", "toward", "towards"}
_TITLED = re.compile(r"(?<![\w.])" + TITLE_ABBREVIATION + r"\s+[A-Z][a-z][\w’'-]*")
# ("that" is left out: "announced that Washington intends to" opens a clause; a capitalised word is a subject)
_ATTRIBUTIVE = re.compile(r"(?<![\w])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Aa]ny)\s+(?P<mid>[a-z][\w-]*\s+)?\Z")
_DETERMINER_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|this|these|those)\s")
_HIS = re.compile(r"(?<![\w])(?:his|her)\s+(?:decision\s+to\s+)?\Z")
# a bare verb opening a clause is an imperative: "Approve the sale now", "three ways out: approve a bill;
# or resurrect the overhaul"
_IMPERATIVE_BEFORE = re.compile(r"[:;—]\s*(?:(?:or|and|then)\s+)?[“\"]?\s*\Z")
_REPORTS_THAT = re.compile(r"(?<![\w])(?:reports?|rumou?rs?|allegations?|claims?|accusations?|speculation)\s+that\s*\Z",
                           re.IGNORECASE)
# "The Democrats on this committee voted": the members, not the whole body, act
_MEMBERS_IN = re.compile(r"(?<![\w’'-])(?P<who>[A-Z][a-z]+s|[a-z]+s)\s+(?:on|in|of|from)\s+"
                         r"(?:the\s+)?\Z")
# an aside between dashes before a relative clause: "senators — Adam Driggs, ... — who"
_DASH_ASIDE = re.compile(r"\s*" + DASH_ASIDE.pattern + r"\s*\Z")
_QUANTIFIER = r"(?:(?:all|every|both|most|many|some|nearly|about|more\s+than)\s+)?"
_SPAN_OF_TIME = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|decades?)(?![\w])", re.IGNORECASE)
_COUNTED_NOUN = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?[a-z]+s(?![\w’'])")     # "40 [executive orders]"
_NP_WORD = r"(?:[$£€]?\d{1,3}(?:,\d{3})+|[$£€]?[\w'’-]+)"      # a word of a noun phrase, "7,000", "$5" too
_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:it|them|him|her)(?![\w’'-])|(?:this|that)(?=\s*[.,;:]))")
_TALLY = re.compile(r"\d+[-–]\d+(?![\w.,]*\d)")
_REGARDING = re.compile(r"\s+(?:(?:his|her|their|its|the|this|that|it|him|them)\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+"
                        r"(?:a|an|to\s+be|as(?!\s+well))\s", re.IGNORECASE)
# a hedge word with a capital after a word inside its sentence is a name or a month ("in May", "Will Smith")
_NAME_NOT_MODAL = re.compile(r"[\w,;]\s+[A-Z]\Z")
_LISTING = re.compile(r"\s*(?:including|such\s+as|as\s+well\s+as|among\s+them)\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?<![\w])(?:in|at|from|of|near|for|to|on|into|across|outside|inside|within|"
                           r"throughout)\s+(?:the\s+)?\Z", re.IGNORECASE)
_PREPOSITIONS = {"in", "on", "at", "by", "since", "during", "last", "this", "after", "before", "earlier", "until",
                 "with", "from", "into", "as", "under", "over", "within"}
# words of an amount before what it buys: "$400 million in aid", "$2 billion worth of arms"
_AMOUNT_LINKS = {"in", "of", "worth", "dollars"}
# words before a determiner inside one noun phrase ("the sale of the missiles"), not a verb before a new one
_LINKS_IN_A_PHRASE = frozenset(_PREPOSITIONS | _AMOUNT_LINKS | {"to", "for"})
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
_SKIP_LEAD = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "possibility",
              "of", "for", "on", "to", "idea", "prospect"}


@dataclass(frozen=True, slots=True)
class StatusClaim:
    start: int
    end: int
    status: str                    # key in rules/status.toml ("approved")
    label: str                     # its label ("approved")
    rung: int
    negated: bool
    hedges: tuple[str, ...]
    actor: str | None              # canonical entity
    recipient: str | None
    action: str                    # the object phrase, aliases resolved ("sale of Javelin missiles to Kosovo")
    entities: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)
    claimed: bool = True           # False: a wish, demand, forecast or condition ("will veto", "if she signs")

    @property
    def subject(self) -> str:
        core = self.action
        if self.recipient and self.recipient not in core:
            core = re.sub(r"\s+to\s+the\s+(?:region|country|territory|nation)$", "", core) + f" to {self.recipient}"
        return f"{self.actor or 'unnamed actor'}: {core}"


class StatusReader:
    def __init__(self, rules: Rules) -> None:
        st = rules.status
        self.word_status: dict[str, str] = {}
        self.rung: dict[str, int] = {}
        self.label: dict[str, str] = {}
        for key, spec in st["status"].items():
            self.rung[key] = int(spec["rung"])
            self.label[key] = spec.get("label", key.replace("_", " "))
            for w in spec["words"]:
                self.word_status.setdefault(w.lower(), key)
        # matched on the lower-cased text: a prefix-factored pattern is many times faster than an
        # IGNORECASE alternation over a whole document
        self.trigger = re.compile(r"(?<![\w-])(?P<t>" + trie_alternation(set(self.word_status)) + r")(?![\w-])")
        # "the state legislature passed", "the Israeli prime minister has turned down": a body or an office
        # named in lower case before the verb
        body = r"(?:(?!" + _FUNCTION + r"\s)[a-z]+\s+){0,2}(?:" + alternation(st["actors"]["bodies"]) + r")s?"
        self.body_before = re.compile(r"(?<![\w’'])(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?(?P<body>(?:[\w.]+[’']s\s+)?" + body
                                      + r")\s+" + _AUX + r"\Z", re.IGNORECASE)
        count = r"(?:\d[\d,]*|" + rules.subpatterns["COUNT_WORD"] + r")"      # "42", "two"
        self.count_word = re.compile(count + r"\Z", re.IGNORECASE)
        # "Forty candidates, including those who won, signed": a counted plural opening the clause is its subject
        self.counted_subject = re.compile(r"[\s“\"]*(?P<who>" + count + r"(?:-[a-z]+)?\s+(?:[a-z-]+\s+){0,2}?[a-z]+s)"
                                          r"(?:\s*,[^,;]{2,80},)?\s+" + _AUX + r"\Z", re.IGNORECASE)
        # a counted group of people: "42 members", "three Republican state senators"
        group = (count + r"\s+(?:(?:[A-Z][\w.]*|[a-z]+)\s+){0,3}?(?:"
                 + alternation(st["actors"]["members"] + st.get("personnel", {}).get("people", []) + st["actors"]["bodies"])
                 + r")s?(?![\w])")
        self.by_agent = re.compile(r"(?:\s+(?!by\b)[\w-]+){0,4}?\s+by\s+(?:the\s+)?"
                                   r"(?P<who>[A-Z][\w.]*(?:-[a-z]+)?(?:\s[A-Z][\w.]*)*|"
                                   r"(?:every|all|each|both|most|many)\s+(?:[A-Z][\w-]*\s+)*(?:"
                                   + alternation(st["actors"]["members"] + [w[:-1] for w in st["actors"]["members"]])
                                   + r")\s+of\s+(?:the\s+)?[\w ]{2,40}?(?=[,.;]|\s(?:and|to|in|on|who)\s)|"
                                   # "42 members of the Republican caucus", "42 senators", "two Senate Democrats"
                                   + _QUANTIFIER + group + r"(?:\s+of(?:\s+the)?(?:\s+(?!" + _FUNCTION + r"\s|(?:last|this|next|today|"
                                   r"yesterday)(?![\w]))[\w.-]+){1,3})?|"
                                   + _QUANTIFIER + count + r"\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)*|"
                                   + alternation(st["actors"]["bodies"]) + r"s?)(?![\w])")
        # a body opening a clause, before its verb: "the chamber extends"
        self.body_opening = re.compile(r"\s*(?:[Tt]he\s+)?(?P<body>" + body + r")\s+" + _AUX + r"[a-z]+(?:s|ed)\s")
        # "Leaders of the country's largest civil rights organization accused": a group of a body, opening a clause
        # (the words of its "of" phrase are no verb in -ed and no word that joins clauses)
        self.members_opening = re.compile(r"\s*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,2}(?i:"
                                          + alternation(st["actors"]["members"]) + r")\s+of\s+(?:the\s+)?(?:(?!" + _FUNCTION
                                          + r"\s|[a-z]+ed\s)[\w’'-]+\s+){0,5}?(?![a-z]+ed\s)[\w’'-]+)\s+"
                                          + _AUX + r"[a-z]+ed\s")
        # "three Republican state senators who": a counted group before a relative clause
        self.counted_group = re.compile(r"(?<![\w’'-])(?P<who>" + group + r")\s*\Z")
        # "all 42 Senate Republicans", "two Senate Democrats": a counted group, told by its count
        self.counted_lead = re.compile(_QUANTIFIER + count + r"\s")
        # "passed the Senate", "passed a county council committee": the chamber that passed it
        chamber = alternation(st["actors"]["chambers"])
        self.through_body = re.compile(r"\s+(?P<body>(?:both\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:" + chamber
                                       + r")(?:\s+and\s+(?:the\s+)?(?:" + chamber + r"))?"
                                       r"|both\s+(?:houses|chambers)(?:\s+of\s+Congress)?|"
                                       r"Congress|Parliament)(?![\w])")
        # "Delegates at the annual congress of the Farmers Union": members acting for a body
        self.members_of = re.compile(r"\s*(?:(?:the|a|an|some|many|all|senior|top)\s+)*(?:"
                                     + alternation(st["actors"]["members"]) + r")\s[^,;]{0,80}?of\s+(?:the\s+)?\Z",
                                     re.IGNORECASE)
        # "Mr. Trump’s plan to", "the Kerner administration’s decision to": the possessor acts
        self.possessor = re.compile(r"(?<![\w.])(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)*(?:\s(?:"
                                    + alternation(st["actors"]["bodies"]) + r"))?)['’]s\s+(?:decision\s+to\s+)?\Z")
        self.decisions = {w.lower() for w in st.get("decisions", {}).get("words", [])}
        self.purposes = {w.lower() for w in st.get("purposes", {}).get("words", [])}
        self.decided_steps = set(st.get("decisions", {}).get("statuses", []))
        self.regarding = {w.lower() for w in st.get("regarding", {}).get("words", [])}
        self.personnel = {w.lower() for w in st.get("personnel", {}).get("words", [])}
        self.leading_verbs = {w.lower() for w in st.get("actions", {}).get("leading", [])}
        self.people = {w.lower() for w in st.get("personnel", {}).get("people", [])}
        self.messages = {w.lower() for w in st.get("messages", {}).get("nouns", [])}
        self.weekdays = {w.lower() for w in rules.calendar["weekdays"] if len(w) > 4}    # full names, not "sun"
        # a time or a setting, then "that": "denied on Wednesday that", "denied in a statement that"
        days = alternation(sorted(self.weekdays) + ["yesterday", "today", "tonight"])
        self.then_that = re.compile(r"(?:\s+(?:on\s+)?(?:" + days + r")|\s+(?:in|during)\s+(?:a|an|the|his|her|their)\s+"
                                    r"(?:\w+\s+){0,3}?\w+){0,2},?\s+that\s", re.IGNORECASE)
        self.action_nouns = {w.lower() for w in st["actions"]["nouns"]}
        laws = st["actions"].get("law_words", [])
        self.law_name = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\s+(?P<w>" + alternation(laws) + r")(?![\w’'-])") \
            if laws else re.compile(r"(?!)")
        self.action_verbs = {w.lower() for w in st["actions"]["verbs"]}
        self.verbs_needing_noun = {w.lower() for w in st["actions"].get("verbs_needing_noun", [])}
        self.weak_words = {w.lower() for w in st.get("weak_words", {}).get("words", [])}
        signing = st.get("signing", {})
        self.signing = {w.lower() for w in signing.get("words", [])}
        self.signables = self.action_nouns | {w.lower() for w in signing.get("documents", [])}
        self.scales = {w.lower() for w in rules.numbers.get("scales", {})}
        self.disputes = {w.lower() for w in st.get("disputes", {}).get("words", [])}
        self.stances = {w.lower() for w in st.get("disputes", {}).get("stances", [])}
        propositions = st.get("disputes", {}).get("propositions", [])
        self.proposition = re.compile(r"\s+(?:(?:the|a|an|this|that|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}?(?:"
                                      + alternation(propositions) + r")(?![\w])", re.IGNORECASE) if propositions else None
        claims = st.get("disputes", {}).get("claims", [])
        # "rejected reports that Obama refused his request", "denied claims that": the subject disputes the hearsay
        disputing = st.get("disputes", {}).get("words", []) + st.get("disputes", {}).get("of_reports", [])
        self.disputing = re.compile(r"(?<![\w])(?:" + alternation(disputing) + r")\s+(?:the\s+|those\s+|these\s+)?"
                                    r"(?:[\w’'-]+\s+)?\Z", re.IGNORECASE) if disputing else None
        self.disputed = re.compile(r"\s+(?:(?:the|a|an|any|all|these|those|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
                                   + alternation(claims) + r")(?![\w])", re.IGNORECASE) if claims else None
        self.adjectives = {w.lower() for w in st.get("adjectives", {}).get("words", [])}
        self.hedging = {w.lower() for w in st.get("adjectives", {}).get("hedging", [])}
        self.skip_lead = _SKIP_LEAD | self.hedging
        self.not_claims = {w.lower() for w in st.get("not_claims", {}).get("hedges", ["conditional"])}
        self.hedge = re.compile(r"(?:(?<![\w])|(?=[’']))(?P<h>" + alternation(st["hedges"]["words"]) + r")(?![\w])", re.IGNORECASE)
        # a condition and up to eight words of its clause before the status word
        self.condition = re.compile(r"(?<![\w])(?:" + alternation(st.get("conditions", {}).get("words", ["if"]))
                                    + r")\s+(?:[\w.’'-]+\s+){0,8}?\S+\s*\Z", re.IGNORECASE)
        self.negation = re.compile(r"(?<![\w])(?P<n>" + alternation(st["negation"]["words"]) + r")(?![\w])", re.IGNORECASE)
        self._doc: str | None = None
        self._triggers: list[re.Match[str]] = []
        self._trigger_starts: list[int] = []
        self.idiom = re.compile(r"(?P<i>" + alternation(st.get("idioms", {}).get("after", [])) + r")(?![\w])",
                                re.IGNORECASE) if st.get("idioms", {}).get("after") else None
        self.homographs = {w.lower() for w in st.get("homographs", {}).get("nouns", [])}
        self.entities = entity_index(rules)
        self.word = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*|\d[\d,.]*")     # "U.S." is one word

    def read(self, text: str, s: int, e: int, entities: list[Entity]) -> list[StatusClaim]:
        """Status claims of the sentence text[s:e] (its entities given, to resolve actor and recipient)."""
        out: list[StatusClaim] = []
        consumed = s
        if self._doc is not text:                # one scan of the document finds every trigger
            self._doc = text
            self._triggers = list(self.trigger.finditer(lower_same_length(text)))
            self._trigger_starts = [m.start() for m in self._triggers]
        i = bisect_left(self._trigger_starts, s)
        for m in self._triggers[i:]:
            if m.end() > e:
                break
            if m.start() < consumed:
                continue                     # inside the object of the previous claim ("a potential sale")
            word = re.sub(r"\s+", " ", m.group("t").lower())
            status = self.word_status[word]
            if word in self.decisions and self._decided_step_at(m.end() + 1):
                continue                     # "his decision to sign the bill": read by "sign"
            if self.idiom is not None and self.idiom.match(text, m.start()):
                continue                     # "was considered the favorite", "received more votes"
            if " " not in word and word not in self.adjectives and re.search(r"(?:al|ion|ment)$", word) and not re.match(
                    r"\s+(?:of|for|to|on)\s", text[m.end():m.end() + 6]):
                continue                     # "the proposal simply clarifies state law": the noun leads to no action
            if word in self.purposes and self._subject_np(text, s, m.start())[2] is not None:
                continue                     # "The measure aims to curb big money": what it is for, no one's step
            if FREE_RELATIVE.search(text, max(s, m.start() - 40), m.start()):
                continue                     # "what Republicans propose": the thing proposed is not named
            if word in self.disputes and self._disputes_a_claim(text, m.end(), e):
                continue                     # "has denied colluding", "denied the BuzzFeed report"
            if word in self.stances and self.proposition is not None and self.proposition.match(text, m.end(), e):
                continue                     # "rejected the notion that the party should expand": a stance
            if _base_form(word) and \
                    re.search(r"(?<![\w])to\s+(?:[a-z]+\s+or\s+)?\Z", text[max(s, m.start() - 24):m.start()]) and \
                    not (re.search(r"(?<![\w])(?:failed|refused|declined|voted|moved|agreed|decided|yet|not)\s+to\s+\Z",
                                   text[max(s, m.start() - 16):m.start()], re.IGNORECASE)
                         or status in self.decided_steps and re.search(r"(?<![\w])decisions?\s+to\s+\Z",
                                                                       text[max(s, m.start() - 16):m.start()])):
                continue                     # "authority to provide", "plans to ship": an intention, read by its own verb
            if word in self.homographs and re.search(r"(?:(?<![\w])(?:a|an|the|his|her|its|their|our|my|your)|['’]s)\s+\Z",
                                                     text[max(s, m.start() - 8):m.start()], re.IGNORECASE):
                continue                     # "a sign of", "his veto": nouns
            # a decision's finite verb takes any object ("rejected the overture"); a plan, a review or a
            # delivery needs an action or a thing to be about ("provided a magnet", "delivered a jolt" are none)
            finite = bool(re.search(r"(?:ed|es)$", word.split(" ")[0])) and self.rung[status] in (0, 2, 3) \
                and word not in ("adopted", "adopts")
            known = tuple((x.start, x.end) for x in entities if x.type != "name")
            if word in self.adjectives and not {w.lower().rstrip(".,;:") for w in text[m.end():m.end() + 60].split()[:3]} \
                    & self.action_nouns:
                continue                     # "possible alternatives to his candidacy": no action qualified
            weak = word in self.weak_words
            # "the land may be transferred to the Defense Department": after "be" the thing moved stands before
            be_passive = bool(re.search(r"(?:ed|en|wn|nt)$", word) and BE_BEFORE.search(text, max(s, m.start() - 24),
                                                                                        m.start()))
            obj_start, obj_end, action = (m.end(), m.end(), None) if be_passive else \
                self._object(text, m.end(), e, finite and not weak, () if weak else known, weak)
            if action is not None and word in self.regarding and _REGARDING.match(text, m.end()):
                continue                     # "considered his offer a final proposal": regarded as, not weighed
            if action is not None and self.rung[status] == 4 and self._names_any(
                    text, obj_start, min(obj_end, obj_start + 40), self.messages):
                continue                     # "sent a formal interview request": a message, no goods
            if action is not None and word in self.signing and not self._names_action(text, obj_start, obj_end,
                                                                                        self.signables) \
                    and not _INTO_LAW.match(text, obj_end):
                continue                     # "signed autographs", "signed the jersey"; not "signed it into law"
            # passive, the thing before the word must name an action too: "the cable was sent" names none,
            # "the missiles were delivered" one; "a football signed by U.S. presidents" is an autograph
            needed = self.signables if word in self.signing else self.action_nouns if weak else None
            passive = False
            chamber = None
            body = self.through_body.match(text, m.end(), e) if word in ("passed", "passes", "pass") else None
            if body:                         # "the bill passed the Senate": the bill is the object, the Senate acts
                obj_start, obj_end, action = self._subject_np(text, s, m.start())
                found = self.entities.find(body.group("body"))
                # "passed both the House and the Senate": the two chambers are Congress
                chamber = self.entities.whole_of([x.canonical for x in found]) or (
                    found[0].canonical if found else re.sub(r"^(?:the|a|an)\s+", "", body.group("body")))
                passive = action is not None
            if action is None and not body and word in ("passed", "passes") and _VOTE_MANNER.match(text, m.end()) \
                    and _COORDINATED.search(text, max(s, m.start() - 10), m.start()):
                # "The measure moved to the floor of the Senate in May and passed by voice vote": what passed is
                # what the sentence opens with
                opening = _OPENING_NP.match(text, s, m.start())
                heads = [w.end() for w in re.finditer(r"[\w’'-]+", opening.group("np")) if w.group().lower() in
                         self.action_nouns] + [w.end() for w in self.law_name.finditer(opening.group("np"))] \
                    if opening else []
                if opening and heads:         # "The spending bill [cleared committee]": up to its action noun
                    obj_start, obj_end = opening.start("np"), opening.start("np") + min(heads)
                    action, passive = "object", True
            if action is None and not body and not re.search(r"(?:ing|s|\sto)$", word) \
                    and not _PRONOUN_OBJECT.match(text, m.end()):     # "is seeking", "plans to", "signed off on
                                                                      # it": never passive
                obj_start, obj_end, action = self._passive_object(text, s, m.start(),
                                                                  self.signables if word in self.signing else set())
                if action is not None and needed is not None and not self._names_action(text, obj_start, obj_end,
                                                                                         needed):
                    action = None
                passive = action is not None
            if action is None or word in self.personnel and self._a_person(text, obj_start, obj_end, entities):
                continue                     # "Strzok should be suspended for 60 days": disciplined, not stopped
            clause_start = self._clause_start(text, s, m.start())
            # "he will review the proposed order": a status word inside a noun phrase takes no hedge of the verb
            # governing that phrase, and no actor from its subject ("Schatz called the possible nomination")
            noun_form = bool(re.search(r"(?:al|ion|ment)$|\s(?:of|to)$", word))     # "approval", "review of"
            attributive = _ATTRIBUTIVE.search(text, max(s, m.start() - 24), m.start())
            if attributive and attributive.group("mid") and (
                    not (word in self.adjectives or word in self.hedging or noun_form)
                    or _DETERMINER_AFTER.match(text, m.end())):
                attributive = None           # "The Senate approved", "the governor signed", "The senators proposed
                                             # a repeal": a subject and its verb, not a phrase
            # "X said he would sign": the pronoun is the subject, never a name before it (the caller resolves it)
            pronoun = None if chamber or passive else _PRONOUN_BEFORE.search(text, max(clause_start, m.start() - 60),
                                                                             m.start())
            if pronoun is None and not chamber and not passive and _COORDINATED.search(text, max(s, m.start() - 10),
                                                                                        m.start()):
                pronoun = _PRONOUN_OPENING.match(text, clause_start) or _PRONOUN_OPENING.match(text, s)
                                             # "He praised the plan and signed the bill": he signed it
            actor = chamber or (None if pronoun else self._actor(text, clause_start, m.start(), entities, obj_start,
                                                                 obj_end, passive, m.end(), s, attributive is not None))
            # a noun takes the hedges of its clause ("There’s going to be a review of"); an adjective only its phrase's
            hedges = self._hedges(text, clause_start, m.end(), obj_start if not passive else m.end(),
                                  obj_end if not passive else m.end(), word,
                                  attributive.start() if attributive and not (noun_form or word in self.homographs)
                                  else None)
            if _base_form(word) and (text[s:m.start()].strip(" “\"\n") == "" or
                                     _IMPERATIVE_BEFORE.search(text, max(s, m.start() - 12), m.start())):
                hedges += ("imperative",)    # "three ways out: approve a bipartisan bill; or resurrect ...": asked for
            negated = bool(self.negation.search(text, max(clause_start, m.start() - 24), m.start()))
            recipient = self._recipient(text, obj_start, obj_end, entities, actor)
            action_text = self._normalize(text, obj_start, obj_end, entities)
            ents = tuple(dict.fromkeys(x.canonical for x in entities if x.type != "name"))
            if passive:
                # "The shipment of tanks ... was suspended": the main verb's claim replaces the noun's
                out = [c for c in out if not (obj_start <= c.start < obj_end)]
            extra: dict[str, Any] = {"object": (obj_start, obj_end)}
            if pronoun:
                extra["pronoun"] = pronoun.group("p").lower()   # "she would not sign": who she is, the caller knows
            elif actor is None and noun_form:
                owner = _OWNER_BEFORE.search(text, max(clause_start, m.start() - 20), m.start())
                if owner:                    # "it would be my intention to proceed": the speaker's, the caller knows
                    extra["pronoun"] = _OWNER_PRONOUN[owner.group("p").lower()]
            out.append(StatusClaim(m.start(), m.end(), status, self.label[status], self.rung[status], negated,
                                   hedges, actor, recipient, action_text, ents, extra,
                                   not set(hedges) & self.not_claims))
            consumed = max(m.end(), obj_end if not passive else m.end())
        return out

    def _decided_step_at(self, pos: int) -> bool:
        i = bisect_left(self._trigger_starts, pos)
        if i == len(self._trigger_starts) or self._trigger_starts[i] != pos:
            return False
        word = re.sub(r"\s+", " ", self._triggers[i].group("t"))
        return self.word_status.get(word) in self.decided_steps

    # ------------------------------------------------------------- the object
    def _object(self, text: str, pos: int, end: int, finite: bool = False,
                known: tuple[tuple[int, int], ...] = (), weak: bool = False) -> tuple[int, int, str | None]:
        """The action the status governs, after it: "the possibility of authorizing the sale of X to Y"."""
        words = list(self.word.finditer(text, pos, min(end, pos + 200)))
        start_i = 0
        while start_i < len(words) and words[start_i].group(0).lower() in self.skip_lead:
            start_i += 1
        into_law = [w.group(0).lower() for w in words[start_i:start_i + 2]] == ["into", "law"]
        if into_law:
            start_i += 2                     # "signed into law a bill that ...": the object follows
        if start_i >= len(words) or _CLAUSE_BREAK.search(text, pos, words[start_i].start()):
            return pos, pos, None
        if words[0].group(0).lower() in _PREPOSITIONS and not into_law:
            return pos, pos, None            # "adopted in June 1999": what was adopted stands before it
        if words[start_i].group(0) in _MODALS:         # lower case: "May" may be the month
            return pos, pos, None            # "the requests might require": the noun is a subject, a verb follows
        if weak and not self._action_at_head(words[start_i:], end):
            return pos, pos, None
        if words[start_i].group(0).lower() in ("whether", "if", "how", "why") and not (
                start_i + 1 < len(words) and words[start_i + 1].group(0).lower() == "to"):
            return pos, pos, None            # "examining whether the campaign colluded": a question, no action
        found = False
        last = start_i
        stopped = False
        # "a review of exactly what funds can and should be used": a clause the object names runs on over its
        # own verbs
        wh_clause = any(x.group(0).lower() == "what" for x in words[start_i:start_i + 2])
        for i in range(start_i, min(len(words), start_i + 14)):
            w = words[i].group(0).lower()
            prev = words[i - 1].group(0).lower()
            gap = text[words[i - 1].end():words[i].start()]
            if wh_clause and i > start_i and w in _CLAUSE_VERBS and not _GAP_BREAK.search(gap):
                last = i
                continue
            if i > start_i and prev in _DETERMINERS and gap.strip() in ("“", "\""):
                last = i                     # 'strike the "right balance."': a quoted phrase the object names
                continue
            if w in ("and", "or") and not found and any(x.group(0).lower() in self.action_nouns
                                                        for x in words[i + 1:i + 4]):
                continue                     # "the anti-corruption and voting rights legislation": one noun phrase
            if w == "or" and i - 2 >= start_i and words[i - 2].group(0).lower() in ("a", "an", "the") \
                    and not _GAP_BREAK.search(text, words[i - 2].end(), words[i].start()):
                continue                     # "build a steel or concrete barrier", "a full or partial repeal"
            into_law_next = _INTO_LAW.match(text, words[i - 1].end()) is not None     # "signed it into law"
            stop = w in _OBJECT_STOP or into_law_next
            if i > start_i and (stop and not (w in ("in", "of") and (prev[0].isdigit() or prev in self.scales))
                                or _GAP_BREAK.search(gap)
                                or w in self.weekdays and words[i].group(0)[0].isupper()
                                or _TALLY.match(text, words[i].start())
                                or _LATE_OR_EARLY.match(text, words[i].start())):
                stopped = w in _OBJECT_STOP
                found = found or into_law_next
                break                        # ("$400 million in military aid" goes on past "in"; "the measure
                                             # Tuesday", "the plan 234-193": a time and a vote end it)
            # what the status is about is named in the object's first words, not in a later clause
            if i - start_i < 6 and (w in self.action_nouns or w in self.action_verbs) or (
                    words[i].group(0)[0].isupper() and any(a <= words[i].start() < b for a, b in known)):
                found = True
            last = i
        if not found and finite and start_i < len(words) and (words[0].group(0).lower() in _DETERMINERS or (
                self._counted_things(text, words))):
            found = True                     # "rejected the overture", "rejected 40 applications": a finite verb
                                             # and its object
        if not found:
            return pos, pos, None
        if stopped and last > start_i and not wh_clause and self._dangling(words[last - 1].group(0).lower(),
                                                                           words[last].group(0)):
            last -= 1
        if stopped and last > start_i and words[last].group(0).lower() in _SUBJECT_PRONOUNS:
            last -= 1                        # "a spending measure without the money he [had demanded]": the
                                             # pronoun opens a clause about the object, it is no part of it
        begin, finish = words[start_i].start(), words[last].end()
        if begin > pos and text[begin - 1] in "$€£¥":
            begin -= 1                       # "$400 million in aid": the currency belongs to the object
        closing = re.match(r"[.,!?]?[”\"]", text[finish:finish + 2])
        if closing and re.search(r"[“\"]", text[begin:finish]):
            finish += closing.end()          # the quoted phrase closes inside the object
        return begin, finish, "object"

    def _dangling(self, before: str, word: str) -> bool:
        """Is `word`, the object's last, a participle left describing nothing ("legislation allowing")? Not "the
        proposed", "from going", "a more limited", nor an action ("funding")."""
        return bool(_DANGLING_PARTICIPLE.fullmatch(word)) and not before.endswith("ly") \
            and before not in _DETERMINERS | _PREPOSITIONS | _BEFORE_PARTICIPLE_KEPT \
            and word.lower() not in self.action_nouns | self.action_verbs

    def _counted_things(self, text: str, words: list[re.Match[str]]) -> bool:
        """The object opens with a count of things: "40 applications", "two of the five proposals"; not a vote's
        tally ("passed 96-3"), a time ("approved 15 years ago"), money or a figure ("passed $15,000", "passed
        20 million")."""
        first = words[0]
        money = text[max(0, first.start() - 3):first.start()].rstrip().endswith(("$", "€", "£", "¥"))
        return bool(self.count_word.match(first.group(0))) and not _TALLY.match(text, first.start()) \
            and not _SPAN_OF_TIME.match(text, first.end()) and not money and len(words) > 1 \
            and words[1].group(0).lower() not in self.scales and bool(_COUNTED_NOUN.match(text, first.end()))

    def _a_person(self, text: str, s: int, e: int, entities: list[Entity]) -> bool:
        """The object text[s:e] is a person: a bare name ("Mr. Strzok", "Lisa Page"; no known place or
        organisation, no action noun), a pronoun, or a people noun in its first words."""
        lead = re.match(r"\s*(?:(?:the|a|an|two|three|four|five|several|some|its|his|her|their)\s+)*", text[s:e])
        head = s + (lead.end() if lead else 0)
        words = [w.strip(".,;:’'\"“”") for w in text[head:e].split()]
        lower = {w.lower() for w in words}
        if words and len(words) <= 4 and all(w[:1].isupper() for w in words) and not lower & self.action_nouns \
                and not self.law_name.search(text, head, e) \
                and not any(x.type != "name" and x.start < e and x.end > head for x in entities):
            return True
        return bool(words) and (words[0].lower() in self.people or bool(lower & self.people and len(words) <= 3))

    @staticmethod
    def _names_any(text: str, s: int, e: int, nouns: set[str]) -> bool:
        return bool({w.strip(".,;:’'\"“”").lower() for w in text[s:e].split()} & nouns)

    def _names_action(self, text: str, s: int, e: int, nouns: set[str]) -> bool:
        """text[s:e] names one of `nouns`, or a law by its name ("the Affordable Care Act")."""
        return self._names_any(text, s, e, nouns) or self.law_name.search(text, s, e) is not None

    def _disputes_a_claim(self, text: str, pos: int, end: int) -> bool:
        """After "denied": a gerund that is no action ("colluding", not "funding") or a report, an
        allegation, a story: what is denied is a claim, not a proposal."""
        if self.then_that.match(text, pos, end):
            return True                      # "denied on Wednesday that the agency had ignored warnings"
        gerund = re.match(r"\s+(?:\w+ly\s+)?(\w+ing)\b", text[pos:pos + 40])
        if gerund and gerund.group(1).lower() not in self.action_nouns:
            return True
        return self.disputed is not None and self.disputed.match(text, pos, end) is not None

    def _action_at_head(self, words: list[re.Match[str]], end: int) -> bool:
        """A weak status word's object names an action at its head: "sent 3,000 troops", "provided $400 million
        in aid", "decided to sell the jets"; not "sought to raise his national profile", "signed a letter"."""
        first = words[0].group(0).lower() if words else ""
        if first in self.action_verbs and first not in self.verbs_needing_noun:
            return True                      # "decided to sell", "the decision to impose"
        reach = 6 if first in self.verbs_needing_noun else 3
        seen = 0
        for w in words:
            low = w.group(0).lower()
            if low in _HEAD_ENDS:
                break                        # "sent presents to soldiers overseas": the head is "presents"
            if low in self.action_nouns:
                return True
            if low[0].isdigit() or low in self.scales or low in _AMOUNT_LINKS:
                continue                     # "$400 million in military aid": the amount is not the head
            seen += 1
            if seen >= reach:
                break
        return False

    def _passive_object(self, text: str, s: int, pos: int, also: frozenset[str] | set[str] = frozenset()
                        ) -> tuple[int, int, str | None]:
        """"the sale was approved", "Resolution 1244, adopted in June 1999", "The bill, which has been
        approved", "a letter signed by 42 senators": the thing before the status (an action, a name, or
        one of the nouns `also`: "The letter was signed")."""
        # eight words and a relative clause fit well within 160 characters: a longer reach only makes the
        # end-anchored searches below slower (they try every start), never finds more
        lo = max(s, pos - 160)
        if lo > s:
            cut = re.search(r"\s", text[lo:pos])
            lo = lo + cut.end() if cut else pos
        before, s = text[lo:pos], lo
        # passive only: "which has been approved", "who was denied"; "who has received", "who is seeking" are active
        rel = re.search(r"(?P<np>(?:" + _NP_WORD + r"\s+){0,5}?" + _NP_WORD + r")\s*,\s*(?:which|that|who)\s+(?:(?:has|have|had)\s+been|"
                        r"was|were|is|are)\s+\Z", before)
        after = re.match(r"\S+\s+by\s", text[pos:pos + 40])
        # "a letter signed by": a reduced relative, with no "was" before the verb
        reduced = re.search(r"(?<![\w’'-])(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?!(?:was|were|is|are|be|been|being)\s+\Z)[\w'’-]+)\s+\Z", before) if after else None
        for m2 in (rel, reduced):
            if m2:
                # "a letter released Tuesday and signed by": the letter, not how else it was handled
                np = re.sub(r"\s+[a-z]+(?:ed|en)\s(?:(?!\s(?:and|or)\s).)*?\s(?:and|or)\Z", "", m2.group("np"))
                return s + m2.start("np"), s + m2.start("np") + len(np), "object"
        m = re.search(r"(?P<np>(?:" + _NP_WORD + r"\s+){0,7}?" + _NP_WORD + r")\s*(?:,\s*|\s+(?:(?:was|were|(?:has|have|had)\s+(?:not\s+|never\s+)?been|"
                      r"is|are|been|being|(?:may|might|could|would|will|should|must|can)\s+(?:not\s+)?be)\s+)+)"
                      r"(?:(?:not|never|also|already|reportedly|formally|finally)\s+)?\Z", before)
        if not m:
            return pos, pos, None
        np = m.group("np")
        if re.search(r"(?<![\w])(?:than|as|what)\Z", np):
            return pos, pos, None            # "approved less than was requested": a comparison, no subject
        clauses = list(re.finditer(r"(?<![\w])(?:where|which|that|who|when|until|unless|if|once|because|while|"
                                   r"(?i:although|though)|"                # "Although shark fin is authorized"
                                   r"will|would|can|could|may|might|must|should|is|are|was|were|has|have|had|sure)\s+",
                                   np))
        if clauses:                              # "the country where such legislation is being considered",
                                                 # "Boehner will make sure immigration reform is passed",
                                                 # "a position on trade until details of a deal were finalized"
            np = np[clauses[-1].end():]
        # "He said the plan was approved": a noun phrase opens at a determiner after a word that is no preposition
        heads = [d for d in re.finditer(r"(?<=\s)(?:the|a|an|this|these|those|his|her|its|their)\s", np)
                 if np[:d.start()].split()[-1].lower() not in _LINKS_IN_A_PHRASE]
        if heads:
            np = np[heads[-1].start():]
        # "the framework established by UN Security Council Resolution 1244, adopted in June 1999": what a
        # participle's agent names is what the comma's participle is about
        np = re.split(r"(?<![\w])[a-z]+(?:ed|en)\s+by\s+", np)[-1]
        lead = re.match(r"(?:(?:by|of|in|on|at|with|from|to|the|a|an)\s+)+", np, re.IGNORECASE)
        if lead:
            np = np[lead.end():]
        words = np.lower().split()
        if not (set(words) & (self.action_nouns | also) or any(w[:1].isupper() for w in np.split())):
            return pos, pos, None
        return s + m.end("np") - len(np), s + m.end("np"), "object"

    def _subject_np(self, text: str, s: int, pos: int) -> tuple[int, int, str | None]:
        """The noun phrase before a verb, when it names an action ("The spending bill had already ...")."""
        m = _SUBJECT_NP.search(text, max(s, pos - 80), pos)
        if not m or not (set(m.group("np").lower().split()) & self.action_nouns
                         or self.law_name.search(m.group("np"))):
            return pos, pos, None
        # "a bill that had passed", "the appropriations bill when it passed": the subject ends before its clause
        np = re.sub(r"\s+(?:that|which|(?:when|after|before|until|once|as|if)\s+(?:it|they))$", "", m.group("np"))
        start = m.start("np")
        if re.search(r"\s(?:and|or)\s", np) and not re.match(_FUNCTION + r"\s", np, re.IGNORECASE):
            # "Democrats’ landmark campaign finance, voting rights and ethics reform bill passed": the items of a
            # list of what the bill is about run back over their commas
            items = _LIST_BEFORE.search(text, max(s, start - 80), start)
            if items:
                start = items.start()
        return start, m.start("np") + len(np), "object"

    # ------------------------------------------------------------- the actor
    def _clause_start(self, text: str, s: int, pos: int) -> int:
        cut = s
        tags = [(t.start(), t.end()) for t in _PARTY_TAG.finditer(text, s, pos)]
        for m in _CLAUSE_BREAK.finditer(text, s, pos):
            if not any(a <= m.start() < b for a, b in tags):   # "Gov. Asa Hutchinson (R) signed": one clause
                cut = m.end()
        return cut

    def _actor(self, text: str, clause_start: int, pos: int, entities: list[Entity], obj_s: int, obj_e: int,
               passive: bool, trigger_end: int, sentence_start: int, attributive: bool = False) -> str | None:
        poss = self.possessor.search(text, max(0, pos - 60), pos)
        if poss and poss.group("who").split()[0] not in _NOT_A_SUBJECT:
            ent = self.entities.find(poss.group("who"))
            # "Washington’s plans", "Mr. Trump’s plan to", "the Kerner administration’s decision to"
            return ent[-1].canonical if ent and ent[-1].end == len(poss.group("who")) else poss.group("who")
        if passive:
            # "approved by voters in 2012", "planned ahead of time by the IRS": the agent after "by"; with
            # none named, a name before the passive is no actor ("defended X when the resolution was proposed")
            by = self.by_agent.match(text[trigger_end:trigger_end + 100])
            if by:                           # "the Democrat-controlled House": the House; "all 42 Senate
                who = re.sub(r"(?<=[a-z]{2})\.\Z", "", by.group("who"))   # Republicans": the Republicans, not
                                                                          # the Senate; no sentence's full stop
                ent = self.entities.find(who)
                if ent and not self.counted_lead.match(who) and (ent[-1].end >= len(who.rstrip("."))
                                                                  or who[:1].isupper()):
                    return ent[-1].canonical
                return re.sub(r"^\S+-[a-z]+\s+", "", who)
            return None
        own = _POSSESSOR.search(text, max(clause_start, pos - 80), pos)
        if own and own.group("name").split()[0] not in _NOT_A_SUBJECT and \
                not _PLACE_BEFORE.search(text, max(0, own.start() - 12), own.start()):
            return own.group("name")              # "Pence has defended his decision to sign the bill"
        if attributive:                      # "Schatz called the possible nomination shocking": not Schatz's;
            authors = [x for x in entities if obj_s <= x.start < obj_e and x.type in ("country", "organization", "name")
                       and re.search(r"(?<![\w])(?:from|by)\s+(?:the\s+)?\Z", text[max(obj_s, x.start - 10):x.start])]
            return authors[0].canonical if authors else None    # "the proposed order from President Trump": his
        if _HIS.search(text, max(sentence_start, pos - 24), pos):
            # "Mr. Obama shifted the focus ... and last year announced his plan to": the person named before
            people = [(x.start, x.canonical) for x in entities if sentence_start <= x.start < pos and x.type == "name"
                      and not _PLACE_BEFORE.search(text, max(0, x.start - 12), x.start)]
            people += [(h.start(), h.group()) for h in _TITLED.finditer(text, sentence_start, pos)]
            if people:
                return max(people)[1]
        inside = [x for x in entities if clause_start <= x.start < pos and not (obj_s <= x.start < obj_e)
                  and x.type in ("country", "organization", "name")]
        rel = _RELATIVE_OPENS.search(text, max(0, clause_start - 8), clause_start)
        if rel and not inside:               # "members of the Foreign Affairs Committee who signed a letter"
            at = rel.start()
            aside = _DASH_ASIDE.search(text, max(sentence_start, at - 160), at)
            if aside:                        # "three state senators — Adam Driggs, ... — who had helped pass"
                at = aside.start()
            named = [x for x in entities if 0 <= at - x.end <= 1 and x.type in ("country", "organization", "name")]
            if named:
                return named[-1].canonical
            group = self.counted_group.search(text, max(sentence_start, at - 60), at)
            if group:
                return group.group("who")
        # the subject is the nearest name not set in a place phrase: "in the Rose Garden ... after Congress
        # passed", "the State Department in Washington evaluating"
        subjects = [x for x in inside if not _PLACE_BEFORE.search(text, max(0, x.start - 12), x.start)]
        if _COORDINATED.search(text, max(sentence_start, pos - 10), pos):
            # "Pope Francis accepted the resignation of a U.S. bishop and authorized": a name after "a" modifies
            # the first verb's object; the second verb has the first one's subject
            subjects = [x for x in subjects if not _INDEFINITE_BEFORE.search(text, max(0, x.start - 4), x.start)]
        body = self.body_before.search(text, max(clause_start, pos - 60), pos)
        if subjects and not (body and body.start("body") >= subjects[-1].end):
            before = [x for x in inside if x.end <= subjects[-1].start]
            if before and _AND_BETWEEN.fullmatch(text, before[-1].end, subjects[-1].start):
                # "The House and Senate approved", "for the House and the Senate to both pass": both, so the body
                # they are parts of
                whole = self.entities.whole_of([before[-1].canonical, subjects[-1].canonical])
                if whole:
                    return whole
            return subjects[-1].canonical
        if body and subjects:                 # "explain the Clean Water Act ever since the governor signed it"
            return body.group("body").strip()
        for x in inside:                      # "Delegates at the annual congress of the Farmers Union approved"
            if self.members_of.match(text[clause_start:x.start]):
                return x.canonical
        # "The Senate, led by Democrats, passed ...": the subject stands before an apposition
        if not passive:
            head = _SUBJECT_BEFORE_APPOSITION.search(text, max(0, pos - 160), pos)
            if head:
                ent = [x for x in entities if head.start("np") <= x.start < head.end("np")
                       and x.type in ("country", "organization", "name")]
                if ent:
                    return ent[0].canonical
                np = head.group("np").strip()
                if np.split()[0] not in _NOT_A_SUBJECT:
                    return np                 # "Spotify, which had defended the podcast, later suspended"
            if body:                          # "the state legislature passed": a body named in lower case
                members = _MEMBERS_IN.search(text, max(clause_start, body.start("body") - 40), body.start("body"))
                if members and members.group("who") not in _NOT_A_SUBJECT:
                    return text[members.start("who"):body.end("body")]   # "The Democrats on this committee"
                return body.group("body").strip()
            name = _NAME_BEFORE.search(text, max(clause_start, pos - 50), pos)
            if name and name.group("name").split()[0] not in _NOT_A_SUBJECT and \
                    not _PLACE_BEFORE.search(text, max(0, name.start() - 12), name.start()):
                return re.sub(r"[’']s$", "", name.group("name"))      # "Mr. Trump’s decision to": Mr. Trump
            counted = self.counted_subject.match(text, clause_start, pos) or \
                self.counted_subject.match(text, sentence_start, pos)
            if counted:
                return counted.group("who")
            kin = _POSSESSED_SUBJECT.search(text, max(clause_start, pos - 40), pos)
            if kin and not _PLACE_BEFORE.search(text, max(0, kin.start() - 12), kin.start()):
                # "even his own son had signed a petition": his own son (not "the birth of her child has")
                return kin.group("who")
            # "until the chamber extends the tax cuts and approves a spending bill", "Obama on Wednesday directed
            # agencies to ...; proposed new rules": a verb with no subject of its own takes the first verb's
            if _COORDINATED.search(text, max(sentence_start, pos - 10), pos):
                for start in (clause_start, sentence_start):
                    dateline = DATELINE_LEAD.match(text, start)      # "KANSAS CITY, Mo. — Leaders of ..."
                    start = dateline.end() if dateline else start
                    opening = self.body_opening.match(text, start) or _NAME_OPENING.match(text, start) \
                        or self.members_opening.match(text, start)
                    if opening and opening.group(opening.lastgroup or 0).split()[0] not in _NOT_A_SUBJECT:
                        return opening.group(opening.lastgroup or 0).strip()
        return None

    def _recipient(self, text: str, obj_s: int, obj_e: int, entities: list[Entity], actor: str | None) -> str | None:
        for m in re.finditer(r"\bto\s+(?:the\s+)?", text[obj_s:obj_e]):
            after = [x for x in entities if x.start >= obj_s + m.end() and x.start < obj_e and x.type == "country"]
            if after:
                return after[0].canonical
        actor_country = self.entities.country_of(actor)
        # "arms exports to Kosovo ... the sale to the region": a country things go to, named before the object
        # ends (not "turned down an invitation ... during his trip to Washington")
        for x in entities:
            if x.type == "country" and x.start < obj_e and x.canonical != actor_country \
                    and not self.entities.related(x.canonical, actor) \
                    and re.search(r"(?<![\w])(?:to|for)\s+(?:the\s+)?\Z", text[max(0, x.start - 10):x.start]):
                return x.canonical
        return None

    def _hedges_in(self, text: str, a: int, b: int, word: str) -> list[str]:
        """The hedge words in text[a:b], but the status word itself and a capitalised name ("May", "Will")."""
        return [h.group("h").lower() for h in self.hedge.finditer(text, a, b)
                if h.end() <= b and h.group("h").lower() != word
                and not _NAME_NOT_MODAL.search(text, max(0, h.start() - 3), h.start() + 1)]

    def _hedges(self, text: str, clause_start: int, pos: int, obj_s: int, obj_e: int, word: str,
                phrase_start: int | None = None) -> tuple[str, ...]:
        # the clause before the word, up to 120 characters, and the one before it when this clause only
        # lists its items ("were hoping to force an agenda, including the ratification of the treaty"); in a
        # noun phrase, the phrase only
        window = pos - 120 if _LISTING.match(text, clause_start) else (phrase_start or clause_start)
        # "what will be in a finalized deal", "could release an approved plan": a thing not yet there takes the
        # hedges of its clause under which nothing is claimed
        not_yet = [h for h in self._hedges_in(text, max(clause_start, pos - 120), phrase_start, word)
                   if h in self.not_claims] if phrase_start is not None and _INDEFINITE.match(text, phrase_start) else []
        for sub in _SUBORDINATE.finditer(text, max(window, pos - 120, 0), pos):
            window = sub.end()              # "trying to explain the act ever since the governor signed it"
        found = self._hedges_in(text, max(window, pos - 120, 0), pos, word)
        lead = text[pos:min(obj_e, obj_s + 30)] if obj_s >= pos else text[obj_s:min(obj_e, obj_s + 30)]
        head = next((w.start() for w in re.finditer(r"[A-Za-z][\w’'-]*", lead)
                     if w.group().lower() in self.signables), len(lead))     # (the action nouns among them)
        # "a potential sale": hedges before the object's head noun; not "a petition urging him to veto"
        found += [h.group("h").lower() for h in self.hedge.finditer(lead, 0, head)] + not_yet
        if word in self.hedging:
            found.append(word)
        if re.search(r"[’']d\s+(?:\w+ly\s+)?\S+\s*\Z", text[max(window, pos - 40, 0):pos]):
            found.append("would")            # "he promised he’d sign": a contracted "would"
        reports = _REPORTS_THAT.search(text, max(clause_start - 30, 0), clause_start)
        if reports:
            found.append("reported")         # "rejected reports that Obama refused his request": hearsay,
            if self.disputing and self.disputing.search(text, max(reports.start() - 40, 0), reports.start()):
                found.append("disputed")     # and denied by the sentence's subject: no claim of it
        if self.condition.search(text, max(clause_start - 40, 0), pos):
            found.append("conditional")       # "if Ms. Brewer signs the measure": no claim that she did
        return tuple(dict.fromkeys(found))

    def _normalize(self, text: str, s: int, e: int, entities: list[Entity]) -> str:
        """The object phrase with aliases replaced by canonical names ("to Pristina" -> "to Kosovo")."""
        out, pos = [], s
        for x in entities:
            if s <= x.start and x.end <= e and x.type != "name":
                out.append(text[pos:x.start])
                out.append(x.canonical)
                pos = x.end
        out.append(text[pos:e])
        phrase = " ".join("".join(out).split())
        words = phrase.split(" ")
        while words and words[0].lower() in self.skip_lead:
            words = words[1:]
        # "authorizing the sale of ...": the sale is the action; the verb only leads to it
        if len(words) > 2 and words[0].lower() in self.leading_verbs and words[1].lower() in ("the", "a", "an") \
                and words[2].lower() in self.action_nouns:
            words = words[2:]
        return " ".join(words)


@lru_cache(maxsize=8)
def status_reader(rules: Rules) -> StatusReader:
    return StatusReader(rules)


def _base_form(word: str) -> bool:
    """A verb's bare form ("approve", "pass"; not "approved", "passes", "approval")."""
    return " " not in word and (word.endswith("ss") or not re.search(r"(?:ed|ing|es|s|al|ion|ment)$", word))

