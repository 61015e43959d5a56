"""Who states each sentence's claims: "Zakharova said", "according to the State Department",
"the diplomat argued" (which diplomat: the last one introduced), a bracketed source line.

Two parties asserting opposite things are two attributed claims, not the sources contradicting
each other; so every fact carries its sentence's attribution.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factdiff.entities import Entity, EntityIndex, entity_index
from factdiff.model import Document
from factdiff.rules import Rules, alternation


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str
    role: str | None
    party: str | None        # the state the speaker speaks for, when known
    cue: str                 # the words that attributed it ("said", "according to", "[Source: ...]")
    quoted: bool

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "role": self.role, "party": self.party, "cue": self.cue,
                "quoted": self.quoted}


class AttributionReader:
    def __init__(self, rules: Rules) -> None:
        a = rules.attribution
        self.entities: EntityIndex = entity_index(rules)
        self.verbs = re.compile(r"(?<![\w])(?P<v>" + alternation(a["verbs"]) + r")(?![\w])")
        self.according = re.compile(r"(?<![\w])(?P<c>(?i:" + alternation(a["according"]) + r"))\s+(?P<who>[^,.;:!?\"“”]{2,80})")
        self.source_line = re.compile(r"\[\s*(?:" + alternation(a["source_labels"]) + r")\s*:\s*(?P<who>[^\]]{2,120})\]")
        self.offices = self.entities.offices
        self.office = re.compile(r"(?<![\w])(?P<np>(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:[A-Z][a-z]+\s+)?"
                                 r"(?P<o>" + alternation(self.offices) + r"))(?![\w])", re.IGNORECASE)
        self.pronoun = re.compile(r"(?<![\w])(?P<p>He|She|They|he|she|they)(?![\w])")
        self.demonyms: dict[str, str] = rules.aliases.get("demonyms", {})
        self.demonym = re.compile(r"(?<![\w])(?P<d>" + alternation(self.demonyms) + r")(?![\w])") if self.demonyms else None
        self.role_after = re.compile(r"\s*,\s*(?P<role>(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:" + alternation(self.offices)
                                     + r")(?:\s+(?:for|of|to|at)\s+[^,.;]{2,60})?)\s*,", re.IGNORECASE)

    def read(self, doc: Document) -> list[Attribution | None]:
        """One attribution (or None) per sentence of `doc`, in order."""
        text = doc.text
        out: list[Attribution | None] = []
        last_person: Attribution | None = None
        by_office: dict[str, Attribution] = {}
        last_human: Attribution | None = None     # the last person or office that spoke
        for sent in doc.sentences:
            s, e = sent.start, sent.end
            found = self._according(text, s, e) or self._speech(text, s, e, last_person, by_office, last_human)
            if found is not None and last_person is not None and " " not in found.speaker \
                    and last_person.speaker.endswith(" " + found.speaker):
                found = Attribution(last_person.speaker, last_person.role, last_person.party, found.cue, found.quoted)
            if found is not None:
                if found.role and " " not in found.speaker.strip() and found.speaker[0].islower():
                    pass
                for off in self.offices:
                    if re.search(r"(?<![\w])" + re.escape(off) + r"(?![\w])", (found.role or "") + " " + found.speaker,
                                 re.IGNORECASE):
                        by_office[off] = found
                if found.speaker[:1].isupper() and " " in found.speaker:
                    last_person = found
                if found.cue not in ("according to", "cited by", "citing") and \
                        self.entities.find(found.speaker)[:1] != [] and \
                        self.entities.type.get(found.speaker) in ("country", "organization"):
                    pass
                else:
                    last_human = found
            out.append(found)
        self._apply_source_lines(doc, out)
        return out

    # -------------------------------------------------------------- patterns
    def _according(self, text: str, s: int, e: int) -> Attribution | None:
        m = self.according.search(text, s, e)
        if not m:
            return None
        who = m.group("who").strip()
        who = re.split(r"\s+(?:that|who|which|in|on|at|as)\s+", who)[0]
        ents = self.entities.find(who)
        if ents:
            return self._make(ents[0].canonical, None, m.group("c").lower(), text, s, e, ents[0])
        if not (who[:1].isupper() or self.office.search(who)):
            return None                      # "according to this view": no one is named
        return self._make(" ".join(who.split()[:6]), None, m.group("c").lower(), text, s, e)

    def _speech(self, text: str, s: int, e: int, last_person: Attribution | None,
                by_office: dict[str, Attribution], last_any: Attribution | None) -> Attribution | None:
        v = self.verbs.search(text, s, e)
        if not v:
            return None
        cue = v.group("v")
        before_start = s
        # the clause the verb stands in: after the last ";" or "that" before it
        ents = [x for x in self.entities.find(text, before_start, v.start())]
        # a capitalised office ("First Deputy Permanent Representative") is a role, not a person
        names = []
        for x in ents:
            if x.type != "name" or " " not in x.text:
                continue
            titled = list(self.office.finditer(x.text))
            if titled:                       # "Foreign Minister Sergei Lavrov": the person after the title
                rest = x.text[titled[-1].end():].strip()
                if len(rest.split()) >= 2 and rest[0].isupper():
                    off = x.start + x.text.index(rest)
                    names.append(Entity(off, off + len(rest), rest, rest, "name"))
                continue
            names.append(x)
        if names:
            ent = names[0]
            role = self.role_after.match(text, ent.end)
            return self._make(ent.canonical, role.group("role").strip() if role else None, cue, text, s, e, ent)
        p = self.pronoun.search(text, s, v.start())
        if p and last_person is not None and p.start() - s < 40:
            return Attribution(last_person.speaker, last_person.role, last_person.party, cue, last_person.quoted)
        o = None
        for m in self.office.finditer(text, s, v.start()):
            o = m
            break
        if o is not None:
            word = o.group("o").lower()
            np = o.group("np").strip()
            if np.lower().startswith("the ") and word in by_office:
                prev = by_office[word]
                return Attribution(prev.speaker, prev.role, prev.party, cue, self._quoted(text, s, e))
            if np.lower().startswith("the ") and last_any is not None and word in ("official", "spokesperson",
                                                                                  "spokesman", "spokeswoman"):
                return Attribution(last_any.speaker, last_any.role, last_any.party, cue, self._quoted(text, s, e))
            role = self.role_after.match(text, o.end()) or re.match(r"\s*,\s*(?:serving\s+as\s+)?(?P<role>[^,]{3,80}),",
                                                                     text[o.end():e])
            rtext = role.group("role").strip() if role else None
            return self._make(np, rtext, cue, text, s, e)
        orgs = [x for x in ents if x.type in ("organization", "country")]
        if orgs:
            return self._make(orgs[0].canonical, None, cue, text, s, e, orgs[0])
        after = [x for x in self.entities.find(text, v.end(), min(e, v.end() + 60)) if x.type == "name"]
        if after and after[0].start - v.end() < 3:
            return self._make(after[0].canonical, None, cue, text, s, e, after[0])
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
    def _make(self, who: str, role: str | None, cue: str, text: str, s: int, e: int,
              ent: Entity | None = None) -> Attribution:
        party = None
        canon = ent.canonical if ent else None
        if canon is None:
            found = [x for x in self.entities.find(who) if x.type != "name"]
            canon = found[0].canonical if found else None
            if found and not self.office.search(who):
                who = found[0].canonical     # "[Source: US government notification ...]": the United States
        party = self.entities.country_of(canon)
        if party is None and role:
            inner = self.entities.find(role)
            party = next((self.entities.country_of(x.canonical) for x in inner if self.entities.country_of(x.canonical)), None)
        if party is None and self.demonym:
            d = self.demonym.search(who) or (self.demonym.search(role) if role else None)
            if d:
                party = self.demonyms[d.group("d")]
        return Attribution(who, role, party, cue, self._quoted(text, s, e))

    @staticmethod
    def _quoted(text: str, s: int, e: int) -> bool:
        seg = text[s:e]
        return "“" in seg or seg.count('"') >= 2


@lru_cache(maxsize=8)
def attribution_reader(rules: Rules) -> AttributionReader:
    return AttributionReader(rules)
