"""From spans to Facts: status claims added, and every fact given its sentence's attribution,
entities and (for numbers) direction of change. Ids are given in text order."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from factdiff.entities import entity_index
from factdiff.extract.attribution import RELATIVE_VERB, Attribution, attribution_reader, surname
from factdiff.extract.direction import direction_reader
from factdiff.extract.spans import DASH_ASIDE, FREE_RELATIVE, PARTY_STATE, PRONOUN_OPENS, SENTENCE_LEAD, SUBORDINATORS
from factdiff.extract.status import status_reader
from factdiff.model import Document, Fact, Kind, Qualifier, Sentence
from factdiff.rules import Rules

if TYPE_CHECKING:
    from factdiff.extract import Span

# the word that gives a date its role: "since 2002" (a start) is not "in 2002" (a time)
_PREPOSITION = re.compile(r"(?<![\w])(in|on|since|by|until|till|before|after|from|during|through|throughout)\s+"
                          r"(?:the\s+)?\Z", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|for|of|by|with|from|as|that|when)\b)[a-z]{3,}")
_NUMERIC = {Kind.NUMBER, Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY}


def annotate(doc: Document, spans: list["Span"], rules: Rules, prefix: str) -> list[Fact]:
    text = doc.text
    ents_index = entity_index(rules)
    statuses = status_reader(rules)
    directions = direction_reader(rules)
    speakers = attribution_reader(rules)
    attributions = speakers.read(doc) if doc.sentences else []
    sentence_index = {(s.start, s.end): i for i, s in enumerate(doc.sentences)}
    by_sentence: dict[int, list[Any]] = {}
    for sp in spans:
        sent = doc.sentence_at(sp.start)
        by_sentence.setdefault(sentence_index.get((sent.start, sent.end), -1), []).append(sp)
    rows: list[tuple[int, int, dict[str, Any]]] = []
    for i, sent in enumerate(doc.sentences or ()):
        sent_spans = by_sentence.get(i, [])
        ents = ents_index.find(text, sent.start, sent.end)
        canon = list(dict.fromkeys(e.canonical for e in ents))
        found = attributions[i] if i < len(attributions) else None
        dates = [sp for sp in sent_spans if sp.kind == Kind.DATE]
        directed: list[tuple[int, int]] = []    # numbers that carry a direction of their own
        for sp in sent_spans:
            extra: dict[str, Any] = {"attribution": _own_clause(text, sp.start, sp.end, found, sent,
                                                                sp.kind == Kind.DATE, speakers.verb_kinds,
                                                                speakers.verb_words, speakers.quoted_at(sp.start)),
                                     "entities": canon}
            if sp.kind in _NUMERIC and _describes_source(text, sp.start, sp.end, found, sent):
                extra["describes_source"] = True    # "according to two sources familiar with the plan"
            if sp.kind == Kind.DATE:
                prep = _PREPOSITION.search(text, max(sent.start, sp.start - 12), sp.start)
                if prep:
                    extra["preposition"] = prep.group(1).lower()
            if sp.kind in _NUMERIC:
                if sp.precision is not None:
                    extra["precision"] = sp.precision
                d = directions.read(text, sp.start, sp.end, sent.start, str(sp.kind))
                dimension = rules.unit_info.get(sp.unit or "", ("",))[0] if sp.kind == Kind.QUANTITY else ""
                if d and dimension == "time" and sp.subject != "age":
                    d = None                 # "rose over 20 years at the F.B.I.": a span of time, not what rose
                if d and dimension == "length" and directions.height(text, sp.start, sent.start):
                    d = None                 # "a wall that would rise 30 feet": its height
                if d:
                    extra["direction"], extra["change"] = d
                    directed.append((sp.start, sp.end))
            rows.append((sp.start, sp.end, {"span": sp, "extra": extra}))
        for cs, ce, way, subj in directions.changes(text, sent.start, sent.end, directed):
            rows.append((cs, ce, {"change": (way, subj), "extra": {
                "attribution": _own_clause(text, cs, ce, found, sent, verb_kinds=speakers.verb_kinds,
                                           speech_words=speakers.verb_words,
                                           quoted=speakers.quoted_at(cs)),
                "entities": canon, "direction": way}}))
        for claim in statuses.read(text, sent.start, sent.end, ents):
            pronoun = claim.extra.get("pronoun")
            # "Tom Kirsch, an attorney for Jackson's wife, said she has signed": she is the wife, named nowhere
            another = found is not None and speakers.speaks_of_another(found.role, pronoun or "")
            if pronoun == "we" and found is not None and found.quoted:
                claim = replace(claim, actor=found.party or found.speaker)    # "“We reject his visit,” Fox said"
            elif pronoun and pronoun != "we" and found is not None and not another and (
                    0 <= found.at < claim.start or pronoun == "i" and found.quoted) \
                    and speakers.fits(found.speaker, pronoun):
                # "Mayor Collins said on Friday that she would not sign", "“I signed the bill,” Pence said": the speaker
                claim = replace(claim, actor=found.speaker)
            elif pronoun in ("he", "she") and not another:
                # "President Trump vowed ..., a day after it emerged he was considering": the one person named
                # before it in the sentence
                named = {p.canonical for p in (speakers.person(x) for x in ents if x.type == "name"
                                               and x.end <= claim.start and not speakers.quoted_at(x.start))
                         if p is not None}
                known = {n for end, n in speakers.people_in[i] if end <= claim.start} \
                    if i < len(speakers.people_in) else set()      # "that Obama agreed ..., and that he agreed"
                if len(named) == 1 and speakers.fits(next(iter(named)), pronoun):
                    claim = replace(claim, actor=named.pop())
                elif not named and len(known) == 1 and speakers.fits(next(iter(known)), pronoun):
                    claim = replace(claim, actor=known.pop())
                elif not named and not known and i < len(speakers.subject_before) and speakers.subject_before[i] \
                        and speakers.fits(speakers.subject_before[i] or "", pronoun):
                    # "Senator Ames Hale spoke on Friday. He signed the bill.": the last sentence's subject
                    claim = replace(claim, actor=speakers.subject_before[i])
                elif not named and not known and 0 < i < len(speakers.people_in) \
                        and PRONOUN_OPENS.match(text, sent.start):
                    # "The plans allow Trump to fight on. He signed the deal Friday.": the one person the sentence
                    # before names
                    before = {n for _, n in speakers.people_in[i - 1]}
                    if len(before) == 1 and speakers.fits(next(iter(before)), pronoun):
                        claim = replace(claim, actor=before.pop())
            # the date of the claim, not a date that names an event ("the Sept. 11 attacks", "the 2016 campaign")
            own = [d for d in dates if not _ATTRIBUTIVE.match(text, d.end) or not
                   re.search(r"(?<![\w])the\s+\Z", text[max(0, d.start - 5):d.start], re.IGNORECASE)]
            date = min(own, key=lambda d: abs(d.start - claim.start)) if own else None
            extra = {"attribution": _own_clause(text, claim.start, claim.end, found, sent,
                                               verb_kinds=speakers.verb_kinds, speech_words=speakers.verb_words,
                                               quoted=speakers.quoted_at(claim.start)),
                     "entities": canon,
                     "status": claim.status, "rung": claim.rung,
                     "negated": claim.negated, "hedges": list(claim.hedges), "claimed": claim.claimed,
                     "actor": claim.actor,
                     "recipient": claim.recipient, "action": claim.action,
                     "date": ({"text": text[date.start:date.end], "value": date.value, "low": date.low,
                               "high": date.high} if date else None)}
            rows.append((claim.start, claim.end, {"claim": claim, "extra": extra}))
    rows.sort(key=lambda r: (r[0], r[1]))
    facts: list[Fact] = []
    for n, (start, end, row) in enumerate(rows, 1):
        sent = doc.sentence_at(start)
        sentence = text[sent.start:sent.end]
        if "span" in row:
            sp = row["span"]
            facts.append(Fact(id=f"{prefix}F{n}", source=doc.path or doc.id, kind=sp.kind, text=text[start:end],
                              start=start, end=end, sentence=sentence, value=sp.value, low=sp.low, high=sp.high,
                              unit=sp.unit, qualifier=Qualifier(sp.qualifier), subject=sp.subject, rule=sp.rule,
                              extra=row["extra"]))
        elif "change" in row:
            way, subj = row["change"]
            facts.append(Fact(id=f"{prefix}F{n}", source=doc.path or doc.id, kind=Kind.CHANGE, text=text[start:end],
                              start=start, end=end, sentence=sentence, value=way, subject=subj,
                              rule="change: direction word with no number", extra=row["extra"]))
        else:
            c = row["claim"]
            value = ("not " if c.negated else "") + c.label
            facts.append(Fact(id=f"{prefix}F{n}", source=doc.path or doc.id, kind=Kind.STATUS, text=text[start:end],
                              start=start, end=end, sentence=sentence, value=value, subject=c.subject,
                              rule=f"status: {c.status}", extra=row["extra"]))
    _link_status_dates(facts)
    return facts


# "he said in a statement barely 13 hours after Congress passed ...": a time clause after the speech verb
# tells the reader when, not what was said (unless a reported clause opens: "said he would ... after",
# "said after the meeting that ...")
_NARRATIVE_AFTER = re.compile(r"\s(?:after|before|when|since|until|because)\s")
_EVEN_AS = re.compile(r"(?:,\s+|\s)even\s+as\s")
_PARTICIPLE = re.compile(r"\s*([A-Z][a-z]+?)ing\s")                    # "Noting" -> "not" (+ed: "noted")
_NEXT_CLAUSE_TIME = re.compile(r",?\s+and\s+(?:on|in|at|during|by)\s+(?:the\s+)?\Z")
_OWN_SUBJECT = re.compile(r"\s+(?:that\s+)?(?:he|she|they|we|I)\s+(?:(?:also|still|now|[a-z]+ly)\s+)?")
_QUOTE_AFTER = re.compile(r"\s*[,:]?\s*[“\"]")
_TAG_AFTER_QUOTE = re.compile(r"[”\"],?\s+(?:[\w.’'-]+\s+){1,6}\Z")
_REPORTED = re.compile(r"\sthat\s|[:\"“”]|(?<![\w])(?:he|she|they|we|it|I)\s", re.IGNORECASE)
# "during an interview that was released on Tuesday": a relative clause after a noun, not what was said
_RELATIVE_THAT = re.compile(r"((?<![\w])(?:a|an|the|this|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+that"
                            r"(?=\s+(?:was|were|is|are|has|had|have)\s)", re.IGNORECASE)
# "said inside the gymnasium at the high school where he was president of his class": the subject of a relative
# clause after a noun opens no reported speech (a time clause may: "said Grimes was on a swing when she fell")
_RELATIVE_SUBJECT = re.compile(r"(?<=[a-z])(?:,\s*|\s+)(?:where|whom|who|which)\s+(?:he|she|they|we|it|I)(?=\s)")
# "an appearance on “Tonight Show Starring Jimmy Fallon”": a title in quotation marks after a preposition or an
# article, its words capitalised, is not a quotation of what was said
_TITLE_WORD = r"(?:[A-Z\d][\w’'.&-]*|of|the|and|a|an|in|on|for|to|with|at)"
_QUOTED_TITLE = re.compile(r"(?<![\w])(?:on|of|in|to|at|the)\s+[“\"][A-Z\d][\w’'.&-]*(?:\s+" + _TITLE_WORD + r"){0,7}[,.]?[”\"]")
# what a describing verb says follows "as" ("described as", "described it as")
_AS_AFTER = re.compile(r"\s+(?:(?:it|them|him|her|this|that)\s+)?as\s")
_SHORT_ANSWER = re.compile(r"\s+(?:no|yes|so|nothing|little|otherwise)\s*,?\s+(?:and|but|then)\s", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]")
# a dash between words (not the en dash of "2013–2022")
_DASH = re.compile(r"\s(?:--|[—–―])\s|[—―]")
_SCARE_QUOTE = re.compile(r"[“\"][\w’'-]+(?:\s+[\w’'-]+){0,2}[”\"]")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\s[^,]*\Z")
_NEW_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w.’'-]*")
# (", though" joins a clause with a subject of its own: "..., though authorities said"; not "..., though continues
# a daily ..., Bardack said")
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while|whereas)\s|;\s|\s(?:but|whereas)\s|,\s*(?:though|although)\s+"
                          r"(?=(?:the|a|an|he|she|they|it|we|his|her|their|its|some|many|most)\s|[A-Z]|"
                          r"[a-z]+\s+\Z)")     # (searched up to the speech verb: "though authorities [said]")
# a relative clause opening after a comma whose subject is the speaker: "..., in which the Justice Department said"
_RELATIVE_AFTER_FACT = re.compile(r",\s*(?:(?:in|of|under|by|for|during|on|at|from)\s+)?(?:which|whom)\s+"
                                  r"(?:[\w.’'-]+\s+){1,6}\Z")
# a colon right after what the speech verb takes ("suggesting three ways out:"), with no clause joined before it
_LIST_AFTER_COLON = re.compile(r"[^:;.]{0,80}:\s")
# "those two remedies require different standards and Justice Ginsburg said ...": a speaker of her own clause
_AND_SPEAKER = re.compile(r"\s(?:and|but)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}\Z")


# "two [of the] officials said": a count of the speaker's group
_PARTITIVE_GAP = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+)?")
# words with nothing between them that ends a phrase: "[2016] Democratic House candidate [Zephyr Teachout]"
_WORDS_ONLY = re.compile(r"(?:\s+[\w.’'-]+){0,6}?\s+")
# a person's age in apposition after the name: "Mr. Mattis, 68,"
_NAME_COMMA = r"(?<![\w])[A-Z][a-z][\w’'-]*,\s*"
_AGE_AFTER_NAME = re.compile(_NAME_COMMA + r"\Z")
# or after "aged": "Malia and Sasha Obama, aged 16 and 13 respectively,"
_AGED = re.compile(_NAME_COMMA + r"aged\s+\d{1,3}(?:\s+and\s+\d{1,3})?(?:\s+respectively)?,")
# what a speaker says follows the verb: "said (in an interview) that", "said:", "said he would"
_CONTENT_AFTER = re.compile(r"(?:\s+(?:on|in|at|during|to|with|after|before)\s+[^,.;:\"“”]{1,40}?)?\s+that\s|\s*:\s"
                            r"|\s+(?:[A-Z][a-z]+\s+)?(?:he|she|they|we|I|it|there)\s+[\w’'-]+\s", re.IGNORECASE)
# "While the ministry has said little about the talks, three ministers ...": a speech verb in an opening
# subordinate clause speaks only up to the comma that closes it
_SUBORDINATE_OPENING = re.compile(r"\s*(?:" + SUBORDINATORS + r")\s")
_AS_OPENING = re.compile(r"[\s“\"]*As\s")
# a clause or a participle phrase opening the sentence: "When asked ...", "Reading from a letter signed by ..."
_CLAUSE_OPENS = re.compile(r"\s*(?:" + SUBORDINATORS + r"|Once|Asked|Pressed|[A-Z][a-z]+ing)\s")
_TOLD_TO = re.compile(r"\s(?:not\s+)?to\s+(?!the\s|an?\s|his\s|her\s|their\s|its\s)[a-z]+")   # "told lawmakers not to make plans"
# the occasion someone spoke on, right before a date: "in his brief remarks to reporters Thursday", "at a news
# conference on Friday", "in an interview last week", "in an interview with “Axios on HBO” taped Monday", "in a
# statement released Friday"
_SPEAKING_EVENT_BEFORE = re.compile(r"(?<![\w])(?:in|at|during)\s+(?:(?:his|her|their|its|a|an|the)\s+)?(?:[a-z]+\s+)?"
                                    r"(?:remarks|comments|interview|speech|statement|news\s+conference|"
                                    r"press\s+conference|briefing|testimony)(?:\s+(?:to|with|before)\s+(?:the\s+)?"
                                    r"(?:[\w’'.-]+(?:\s+[\w’'.-]+)?|[“\"][^“”\"]{1,30}[”\"]))?"
                                    r"(?:\s+(?:taped|recorded|aired|broadcast|published|released|issued|given))?"
                                    r"\s+(?:on\s+|early\s+|late\s+)?\Z")
# "said on Friday", "wrote in 2012", "said in a statement on Monday": when the speaker spoke, not what
# ("said on CBS’s “Face the Nation” last month", "said in a message to Mr. Trump on Oct. 3")
_PROPER = r"(?:[A-Z][\w.’'-]*|[“\"][^“”\"]{1,30}[”\"])"
_WHEN_SPOKEN = re.compile(r"(?:\s+(?:so|also|again|[a-z]{2,}ly)(?![\w]))*"     # "noted so helpfully in a tweet"
                          r"(?:\s+to\s+(?:(?:the|a|an)\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})?"  # "confirmed to
                                                                                            # FoxNews.com on"
                          r"(?:\s+(?i:in|on|at|during)\s+(?:(?:(?i:a|an|the|his|her|their|its)\s+[\w’'-]+|[a-z][\w’'-]*)(?:\s+[\w’'-]+){0,2}|"
                          + _PROPER + r"(?:\s+" + _PROPER + r"){0,4})"
                          r"(?:\s+to\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s*){1,3})?)?"
                          r"(?:\s+back)?(?:\s+(?i:on|in|at|during|over|late|early|earlier)(?:\s+the)?)?\s*\Z")
# "told reporters Friday", "told the Associated Press on Monday": the one told comes before the time
# ("accused tea party activists on Tuesday of ...": a few words in lower case, but no clause opening)
_NO_CLAUSE = r"(?!(?:that|he|she|they|we|it|I|there|who|of|to|for|about|with|by|from|in|on|at)\s)"
_LISTENER_WHEN = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:" + _NO_CLAUSE + r"[\w.&’'-]+\s+){0,3}" + _NO_CLAUSE +
                            r"[\w.’'-]+" + _WHEN_SPOKEN.pattern)
# a speech verb whose content has no subject of its own opens a relative clause ("a project lawmakers say is")
_GAP_AFTER = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would)\s")
# a relative clause set off after a name: "..., for Flynn, who pleaded guilty on Friday to"; an apposition
# with its own relative clause: "the deal ..., an agreement that has come under criticism over the two-year";
# "the Religious Freedom Restoration Act, which he signed into law on Thursday"; "a bill ..., something that
# stalled in Congress earlier this month"
_AFTER_NAME_ASIDE = re.compile(r"(?:[A-Z][\w’'-]+,\s+(?:whom?|which)|,\s+(?:(?:an?|the)\s+[a-z]+|something)\s+(?:that|which))"
                               r"\s[^,;:“”\"]*\Z")
_THAT = re.compile(r"\s+that\s")
# "announced her nominations last week", "reported the flight plan on Monday", "announced it on Saturday": the
# thing, then the time
# ("announced the outlines of a Senate companion bill on Wednesday": an "of" phrase may follow the thing)
_OBJECT = r"\s+(?:(?:his|her|their|its|the|a|an)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+" \
          r"(?:\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+)?|it|them)"
_OBJECT_WHEN = re.compile(_OBJECT + _WHEN_SPOKEN.pattern)
# "Mr. Obama on Thursday said", "LePage, on Wednesday night, said": the time between speaker and verb
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WHEN_BEFORE_VERB = re.compile(_PART_OF_DAY + r"\s*,?\s*(?:(?:also|again|[a-z]+ly)\s+)*")
# a cue after at least three words closes its sentence: a noun phrase after its source describes the source
# ("..., according to Sen. Dick Durbin, D-Ill., the No. 2 Democrat", "..., according to the study, published
# Sunday"; not "X, according to officials, enables")
_OPENING_WORDS = re.compile(r"(?:\S+\s+){3}")
_SOURCE_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|his|her|its|their)\s|[A-Z\d]|"
                                r"(?:published|released|issued|filed|obtained|conducted|posted|unveiled)\s)[^;:“”\"]*\Z")
_CAPITALISED_RUN = re.compile(r"\s+((?:[A-Z][\w.’'-]*\s*){1,5})")
# a party and state tag after a lawmaker's name: ", D-Va.", " (R-N.Y.)"
_PARTY_TAG = re.compile(r"(?:,\s*|\s*\()" + PARTY_STATE + r"\)?\Z")
_APPOSITION_END = re.compile(r"[^,;:“”\"]*,\s*(?:(?:has|had|also|then|later|again)\s+)*")
# "On Saturday, Mayor Ed Murray of Seattle announced", "On Saturday, the mayor of Hoboken, Dawn Zimmer, said":
# an opening phrase, then only the speaker (a title, an apposition) before the verb
_OPENING = re.compile(SENTENCE_LEAD + r"(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|Late|Early|Earlier|Later|Last|This|By|"
                      r"Before|After|Since|Until|Over|From)\s+(?:[\w’'-]+\s+){0,12}\Z")     # "But in an interview Tuesday,"
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:a|an|the|his|her|its|their)\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}(?=\s*,)")
_WHEN_CLAUSE = re.compile(r",\s*(?:when|as|after|before|while|until)\s|\s(?:even\s+)?(?:when|after|before|until)\s")
# "Mr. Trump’s tweets on Saturday ... were not the first time he has accused ...": a copula between the fact and
# the speech verb, with no comma or quotation after it, is the main clause's verb; the speaking is a clause of its own
_COPULA = re.compile(r"\s(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be|would\s+be)\s")
_CLAUSE_MARKS = re.compile(r"[,;:\"“”][^,;:\"“”]*\Z")
_SUBJECT_ON = re.compile(r"(?:^|[,;]\s+|\n)(?:[A-Z][\w.’'-]*\s+){1,4}on\s+\Z")
_VERB_AFTER_DATE = re.compile(_PART_OF_DAY + r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\s")
_COMMA_AFTER_DATE = re.compile(_PART_OF_DAY + r"\s*,")
# what may follow a speech verb that ends or interrupts its sentence: "he said.", "he said on Fox News.", "he said, ..."
_TAG_TAIL = re.compile(r"(?:\s+(?:on|in|at|to|during|with)(?:\s+(?!(?:was|is|were|are|has|have|had|would|will)\s)"
                       r"[\w.’'-]+){1,6}|(?:\s+[A-Z][\w.’'-]*){1,4})?(?:\s*,.*|\s*[.!?]?[”\"]?\s*)", re.DOTALL)
_TO_SPEAKER = re.compile(_PART_OF_DAY + r"\s*,\s*"
                         r"(?:(?:the|a|an|its|his|her|their)\s+[a-z]"                  # an apposition with no verb
                         r"(?:(?!\s(?:is|are|was|were|has|have|had|will|would)\s)[^,.;]){0,60},\s*)?"
                         r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}\Z")


def _quotation_in(text: str, a: int, b: int) -> bool:
    """Does a quotation open or close between a and b? A word or two in quotation marks (“liked”, "doc fix") is
    the paper's wording, not a quotation that runs from the fact to a speech verb."""
    return bool(_QUOTE_MARKS.search(_SCARE_QUOTE.sub(" ", text[a:b])))


def _in_open_dash_clause(text: str, s: int, end: int, v: int) -> bool:
    """Does v stand in a dash's clause that is still open and opened after the fact ending at end? ("includes
    similar savings — roughly $700 billion, according to the CBO": the source of the dash's clause only)"""
    dashes = [m.start() for m in _DASH.finditer(text, s, v)]
    return len(dashes) % 2 == 1 and dashes[-1] >= end


def _reported(text: str, a: int, b: int) -> bool:
    """Does what was said open between a and b (a "that", a quotation, a colon or a pronoun subject)?"""
    words = _RELATIVE_SUBJECT.sub(" ", _RELATIVE_THAT.sub(r"\1", text[a:b]))
    return bool(_REPORTED.search(_QUOTED_TITLE.sub(" ", words)))


def _own_clause(text: str, start: int, end: int, found: Attribution | None, sent: Sentence,
                is_date: bool = False, verb_kinds: dict[str, str] | None = None,
                speech_words: set[str] | frozenset[str] = frozenset(), quoted: bool = False) -> dict[str, Any] | None:
    """The sentence's attribution `found`, unless the fact stands in another clause than every speech verb
    ("Pelosi has led House Democrats since 2003, and that's what Ryan had argued") or in the narration
    around the verb: who speaks, when, to whom ("In a filing on Friday, prosecutors told two senators that
    ..."); `sent` is the fact's sentence, `quoted` whether the fact stands inside a quotation."""
    if found is None:
        return None
    attr = found.to_dict()
    if found.at < 0 or not found.verbs:
        return attr
    at = found.at
    if not quoted and (_AGE_AFTER_NAME.search(text, max(sent.start, start - 40), start) and
                       re.match(r"\d{1,3},", text[start:end + 1])
                       or any(a.start() <= start < a.end() for a in _AGED.finditer(text, max(sent.start, start - 40),
                                                                                  min(sent.end, end + 30)))):
        return None                      # "Mr. Trump said that Mr. Mattis, 68, will leave", "Malia and Sasha Obama,
                                         # aged 16 and 13 respectively,": the paper gives the age
    if found.whole_sentence:             # "according to": only a relative clause around it is not its own,
        v, v_end = found.verbs[0]        # nor the source's name ("according to four congressional officials")
        if end <= v:
            aside = bool(_RELATIVE_ASIDE.search(text, max(sent.start, start - 120), start)) and "," in text[end:v] \
                or _in_open_dash_clause(text, sent.start, end, v)
        else:                            # "..., according to Sen. Dick Durbin, the No. 2 Democrat": after a
            aside = start < v_end or bool(_RELATIVE_ASIDE.search(text, v_end, start)) or bool(   # closing cue
                _OPENING_WORDS.search(text, sent.start, v)) and bool(_SOURCE_APPOSITION.match(text, v_end, start))
        return None if aside else attr
    # "Noting that Tuesday is the deadline, Mick Mulvaney said": a speech verb opens the sentence
    first = _PARTICIPLE.match(text, sent.start)
    opens_speaking = first is not None and any(first.group(1).lower() + tail in speech_words
                                               for tail in ("ed", "ing", "d"))
    openers = [w for w, w_end in found.verbs if _CONTENT_AFTER.match(text, w_end, sent.end)]   # "saying that"
    for v, v_end in found.verbs:
        if end <= v and any(end <= w < v for w in openers) and not _TAG_TAIL.fullmatch(text, v_end, sent.end):
            continue                         # a verb inside what a nearer verb reports speaks for nothing before
                                             # that ("a story published on Thursday saying that Hale had told ...")
        if _narration(text, start, end, v, v_end, sent, is_date, verb_kinds or {}, found.speaker,
                      opens_speaking):
            continue
        lo, hi = (end, v) if end <= v else (v, start)
        if 0 <= at < v:
            join = list(_CLAUSE_JOIN.finditer(text, at, v))
            if join and _NEW_SUBJECT.match(text, join[-1].end(), v):
                continue                     # "The Guardian reported ..., while The Washington Post reported
                                             # Thursday": another speaker's clause, not the sentence's
        if end <= v and RELATIVE_VERB.search(text, max(lo, v - 40), v):
            continue                         # "approved a settlement to farmers who claimed ...": not theirs
        if end <= v and _RELATIVE_AFTER_FACT.search(text, max(end, v - 80), v):
            continue                         # "instances, beginning in 2009, in which the Justice Department said":
                                             # the speaker's clause opens after the fact
        if v < start and v != at and RELATIVE_VERB.search(text, max(sent.start, v - 40), v):
            continue                         # "Brian Vicente, a lawyer who wrote Amendment 64, said": the relative
                                             # clause's verb speaks for no one
        if end <= v and _GAP_AFTER.match(text, v_end):
            continue                         # "$5.7 billion for his wall ― a project Democratic lawmakers say is a
                                             # deal-breaker": what they say is the relative clause after the verb
        if end <= v and _OWN_SUBJECT.fullmatch(text, end, v):
            continue                         # "told Fox News on Tuesday he thinks ...": the verb's clause opens at
                                             # its own subject, after the fact
        if end <= v and _AND_SPEAKER.search(text, max(lo, v - 80), v):
            continue
        if end <= v and not quoted and _RELATIVE_ASIDE.search(text, max(0, start - 120), start) and "," in text[end:v]:
            continue                         # "Trump, who placed second in a poll of 2012 candidates, said ..."
        if v < start:
            if _NARRATIVE_AFTER.search(text, v, start) and not _reported(text, v, start):
                continue
            if not quoted and _EVEN_AS.search(text, v_end, start):
                continue                     # "Trump said he is declaring a national emergency ..., even as he signs
                                             # a package that includes just $1.4 billion": the reporter sets it beside
            if _NEXT_CLAUSE_TIME.search(text, v_end, start):
                continue                     # "described him as ..., and on April 6, 2007, said that": the time of
                                             # the next verb, not what the first one said
            if not quoted and _AFTER_NAME_ASIDE.search(text, max(v_end, start - 120), start):
                continue                     # "Trump said he feels badly for Flynn, who pleaded guilty on Friday":
                                             # the paper's aside about someone named
            if not quoted and any(a.start() < start and end <= a.end() for a in DASH_ASIDE.finditer(
                    text, max(v_end, start - 210), min(sent.end, end + 210))):      # an aside is 200 at most
                continue                     # "Trump had said Mattis -- the first Cabinet official in 40 years to
                                             # resign -- was leaving": the paper's aside inside what was said
        if v < start and _LIST_AFTER_COLON.match(text, v_end, start):
            hi = text.index(":", v_end, start)   # "suggesting three ways out: grant ...; approve ...; or ...": what
                                                 # follows the colon is one list, its items joined by semicolons
        if not _CLAUSE_JOIN.search(text, lo, hi) or _quotation_in(text, lo, hi):
            return attr
    return None


def _narration(text: str, start: int, end: int, v: int, v_end: int, sent: Sentence, is_date: bool,
               verb_kinds: dict[str, str], speaker: str, opens_speaking: bool = False) -> bool:
    """The fact tells of the speaking, not what was said, for the speech verb at v..v_end: who speaks, when,
    to whom (`verb_kinds`: the verbs with a listener or an object after them, rules/attribution.toml)."""
    kind = verb_kinds.get(text[v:v_end].lower())
    if end <= v and text[v_end - 3:v_end] == "ing" and re.search(r"(?:,[”\"’]?|--|[—–]|\sand)\s*\Z",
                                                                  text[max(sent.start, v - 6):v]):
        return True                      # "Obama endorsed Clinton Thursday, saying she has the courage": what
                                         # is said follows the participle; the clause before it is narration
    if end <= v and _WHEN_CLAUSE.search(text, end, v) and not _quotation_in(text, end, v):
        return True                      # "calls to “stand strong” Sunday night, when McConnell suggested ...": the
                                         # speaker's is a clause of time after the fact's
    if end <= v and (kind == "describing" and _AS_AFTER.match(text, v_end)
                     or FREE_RELATIVE.search(text, max(end, v - 50), v)):
        return True                      # "deployed 5,200 troops ... in what officials described as a ...", "a
                                         # program, 40 hours per person, at what Hutchinson said would cost": what
                                         # they said is in their clause after the fact
    if end <= v:                         # before the verb, and what is said comes after it ("In a filing on
        return not _quotation_in(text, end, v) and bool(      # Friday, prosecutors said that")
            _CONTENT_AFTER.match(text, v_end, sent.end)
            or kind == "listener" and _THAT.search(text, v_end, sent.end)
            or is_date and _WHEN_BEFORE_VERB.fullmatch(text, end, v)       # "Mr. Obama on Thursday said"
            or _copula_before(text, end, v) and not _TAG_TAIL.fullmatch(text, v_end, sent.end)
            or _in_apposition(text, start, end, v, sent, speaker)
            or _before_speaker_name(text, end, v, speaker)
            or _in_speaker_phrase(text, start, end, v, sent, speaker)
            or _opening_before_speaker(text, start, end, v, v_end, sent, speaker, is_date)
            or (_QUOTE_AFTER.match(text, v_end, sent.end) or not _TAG_TAIL.fullmatch(text, v_end, sent.end))
            and not opens_speaking and _in_opening_clause(text, start, end, v, sent, speaker)
            or is_date and _opening_date(text, start, end, v_end, sent))
    if v_end <= start and _SHORT_ANSWER.match(text, v_end, start):
        return True                      # "Mr. Sestak said no and went on to win last week’s primary": the answer
                                         # is all that was said; the clause after it is the subject's next act
    if _SUBORDINATE_OPENING.match(text, sent.start) and "," not in text[sent.start:v] and "," in text[v_end:start] \
            and not (_AS_OPENING.match(text, sent.start) and text[v_end:v_end + 1] == ","):
        return True                      # (but "As Politico notes, his district is ...": what follows is theirs)
    if _TAG_AFTER_QUOTE.search(text, max(sent.start, v - 80), v) and not _reported(text, v_end, start):
        return True                      # "“...,” Mr. Blumenthal said to the group gathered in Norwalk in March
                                         # 2008": the quotation is what was said; after the tag, to whom and when
    if kind == "listener" and not _reported(text, v_end, start) and not _TOLD_TO.search(text, v_end, start) \
            and _THAT.search(text, end, sent.end):
        return True
    if _speaker_described(text, start, v_end, speaker):
        return True
    if not is_date:
        return False
    if _SPEAKING_EVENT_BEFORE.search(text, max(sent.start, start - 80), start):
        return True                      # "in his brief remarks to reporters Thursday afternoon": when they spoke
    # "told reporters Friday"; "announced her nominations last week", "wrote Mr. Issa last week"
    # (a name after an object verb is its listener only when what was said opens after the time: not "The Times
    # reports Liz Cheney on Friday first articulated")
    if _WHEN_SPOKEN.match(text, v_end, start):
        return True
    if kind in ("listener", "accusing"):
        return bool(_LISTENER_WHEN.match(text, v_end, start))
    return kind == "object" and bool(_OBJECT_WHEN.match(text, v_end, start)
                                     or _THAT.match(text, end) and _LISTENER_WHEN.match(text, v_end, start))


def _in_apposition(text: str, start: int, end: int, v: int, sent: Sentence, speaker: str) -> bool:
    """ "James E. Clyburn, the No. 3 House Democrat, said", "Rep. Bobby Scott, D-Va., one of the nine ...":
    the fact describes the speaker named before it."""
    name = surname(speaker)
    comma = text.rfind(",", sent.start, start)
    before = _PARTY_TAG.sub("", text[sent.start:comma].rstrip())
    return bool(name) and comma > sent.start and before.endswith(name) \
        and bool(_APPOSITION_END.fullmatch(text, end, v))


def _before_speaker_name(text: str, end: int, v: int, speaker: str) -> bool:
    """ "2016 Democratic House candidate Zephyr Teachout, ..., said": the fact opens the speaker's own name."""
    name = surname(speaker)
    at = text.find(name, end, v) if name else -1
    return at >= 0 and bool(_WORDS_ONLY.fullmatch(text, end, at))


def _describes_source(text: str, start: int, end: int, found: Attribution | None, sent: Sentence) -> bool:
    """The fact stands in the words naming the sentence's source: "according to two sources familiar with the
    plan", "four sources familiar with the plan said", "two of the people said"."""
    if found is None or not found.verbs:
        return False
    if found.whole_sentence:
        v, v_end = found.verbs[0]
        return v <= start and end <= v_end
    if found.at < 0:
        return False
    name = surname(found.speaker)                          # "two [of the] officials said"
    return _in_speaker_phrase(text, start, end, found.at, sent, found.speaker) or bool(name) and \
        _PARTITIVE_GAP.fullmatch(text, end, max(end, text.find(name, end, found.at))) is not None


def _in_speaker_phrase(text: str, start: int, end: int, v: int, sent: Sentence, speaker: str) -> bool:
    """ "which two people briefed on the matter have said": the fact is part of the speaker's own words."""
    at = text.rfind(speaker, sent.start, v) if speaker else -1
    return 0 <= at <= start and end <= at + len(speaker)


def _speaker_described(text: str, start: int, v_end: int, speaker: str) -> bool:
    """ "said Nancy Altman, co-chair of ..., a 300-member coalition": the fact describes a speaker named
    after the verb."""
    name = surname(speaker)
    titled = _CAPITALISED_RUN.match(text, v_end, start)      # "said Senate Majority Leader Harry Reid, who"
    return bool(name) and titled is not None and name in titled.group(1).split() \
        and not re.search(r"[“”\"]|\sthat\s", text[v_end:start])


def _opening_before_speaker(text: str, start: int, end: int, v: int, v_end: int, sent: Sentence, speaker: str,
                            is_date: bool) -> bool:
    """The fact is in a phrase opening the sentence and only its speaker stands between it and the speech
    verb at v..v_end, or the verb is a participle after the clause it opens: when or where they spoke, not
    what they said."""
    if not (_OPENING.match(text, sent.start, start) or is_date and not text[sent.start:start].strip()):
        return False                     # "On Saturday," "Saturday,"; not "Forty people, the police said, were"
    if is_date and text[v_end - 3:v_end] == "ing" and re.search(r",\s*\Z", text[max(sent.start, v - 3):v]):
        return True                      # "During a speech late Tuesday, Mr. Cantor did not ..., saying only that"
    at = _speaker_at(text, end, v, speaker)
    # "In a December court filing, prosecutors ...": a date before the noun it dates, then the comma
    tail = _NOUN_AFTER.match(text, end) if _DETERMINER_BEFORE.search(text, max(sent.start, start - 8), start) else None
    return at >= 0 and bool(_TO_SPEAKER.match(text, tail.end() if tail else end, at))


def _copula_before(text: str, end: int, v: int) -> bool:
    """Is there a copula between the fact's end and the speech verb, after the last comma or quotation mark?"""
    mark = _CLAUSE_MARKS.search(text, end, v)
    return _COPULA.search(text, mark.start() + 1 if mark else end, v) is not None


def _in_opening_clause(text: str, start: int, end: int, v: int, sent: Sentence, speaker: str) -> bool:
    """ "When asked by a reporter on Thursday whether ..., the president replied, “Yes.”": the fact is in a clause
    that opens the sentence and closes right before its speaker; it tells when or why they spoke (the caller
    makes sure what was said follows the verb, a quotation or more than a tag: in "When the bill passes next
    year, it will cost $5 billion, Smith said." the clause is Smith's)."""
    if not (_CLAUSE_OPENS.match(text, sent.start) or _OPENING.match(text, sent.start, start)):
        return False                     # "When asked ...", "At that March 2 event, which ...,"
    at = _speaker_at(text, end, v, speaker)
    comma = text.rfind(",", end, at) if at >= 0 else -1
    return comma >= 0 and bool(_TO_SPEAKER.match(text, comma, at)) and not _quotation_in(text, end, comma)


def _opening_date(text: str, start: int, end: int, v_end: int, sent: Sentence) -> bool:
    """ "On Wednesday, he adopted a different approach, ... at which he insisted he had done nothing wrong": a
    date opening the sentence tells when it all happened; it is what the speaker said only when the tag
    closes or interrupts the sentence ("On Wednesday, the vote will be held, he said"; "..., he said, ...")."""
    opening = (_OPENING.match(text, sent.start, start) or not text[sent.start:start].strip()) \
        and _COMMA_AFTER_DATE.match(text, end)
    # "..., Trump on Friday lamented the jobs lost – he described ...": the time of the subject's own verb
    subject_time = _SUBJECT_ON.search(text, max(sent.start, start - 60), start) and _VERB_AFTER_DATE.match(text, end)
    return bool(opening or subject_time) and not _TAG_TAIL.fullmatch(text, v_end, sent.end)


def _speaker_at(text: str, end: int, v: int, speaker: str) -> int:
    """Where the speaker's name (or surname) stands between the fact's end and the speech verb (-1: not there)."""
    name = speaker.split(" of ")[0]
    if not name.split():
        return -1
    at = text.rfind(name, end, v)
    return at if at >= 0 else text.rfind(name.split()[-1], end, v)


def _link_status_dates(facts: list[Fact]) -> None:
    """A date a status claim carries ("In January, ... evaluating") is marked as attached to it."""
    for f in facts:
        if f.kind != Kind.STATUS or not f.extra.get("date"):
            continue
        for d in facts:
            if d.kind == Kind.DATE and d.sentence == f.sentence and d.text == f.extra["date"]["text"]:
                f.extra["date"]["fact"] = d.id
                d.extra["attached_to"] = f.id
                break
