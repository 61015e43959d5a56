"""Direction of change on numeric facts: "rose to 5%", "fell by 3,000", "a 5% increase".

A direction word from rules/directions.toml standing close before the number in its clause
(at most four words, no clause break between) gives the fact `direction` up or down, and
`change`: "to" for the new level, "by" for the amount of change, null when unsaid.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factdiff.extract.spans import BE_BEFORE, SUBORDINATORS
from factdiff.rules import Rules, alternation


# before a participle, a word that makes it an adjective of the noun after it ("the increased revenue",
# "result in decreased support", "led to increased demand"), not the verb of a change ("The state increased revenue to $5 billion")
_ATTRIBUTIVE_BEFORE = re.compile(r"(?<![\w])(?:a|an|the|its|his|her|their|our|this|that|with|of|for|by|from|amid|in|to"
                                 r")\s+\Z",
                                 re.IGNORECASE)
# a gerund too, when a noun follows the participle ("using increased revenue to"); not before a lone verb,
# where the -ing word is a noun ("the approval rating fell")
_GERUND_BEFORE = re.compile(r"(?<![\w])[a-z]+ing\s+\Z")
# "up" and "down" also follow verbs as particles ("bring up two bills"), and "higher"/"lower" compare
_PARTICLES = frozenset({"up", "down", "higher", "lower"})


class DirectionReader:
    def __init__(self, rules: Rules) -> None:
        d = rules.directions
        self.word = {w: "up" for w in d["up"]} | {w: "down" for w in d["down"]}
        alt = alternation(self.word)
        # "rose 3% to 5.2%", "fell by 3,000", "cut spending by $416 billion", "up from 4%"
        self.before = re.compile(r"(?<![\w])(?P<w>" + alt + r")(?P<mid>(?:\s+(?!(?:and|but|after|before|when|if|since|"
                                 r"for|in|on|at|with|of|from|as|than|while)\b)[\w'’$%.,-]+){0,3}?)"
                                 r"\s+(?:(?P<prep>to|by|from|at|of)\s+)?(?:(?:about|around|nearly|almost|some|roughly|"
                                 r"more\s+than|less\s+than|over|under|up\s+to)\s+)?\Z", re.IGNORECASE)
        # "fell from 17.1 in 2017 to 15.4": the new level after the old one (and its date)
        self.from_to = re.compile(r"(?<![\w])(?P<w>" + alt + r")\s+from\s+[$£€]?\d[^,;:()]{0,30}?\s+to\s+\Z",
                                  re.IGNORECASE)
        self.after = re.compile(r"\s+(?P<w>increase|rise|gain|jump|surge|growth|drop|decline|decrease|fall|cut|"
                                r"reduction|loss|slump)(?![\w])", re.IGNORECASE)
        self.measures = {w.lower() for w in d.get("measures", [])}
        self.need_prep = {w.lower() for w in d.get("need_preposition", [])}
        verbs = d.get("particle_verbs", [])
        self.particle_verb = re.compile(r"(?<![\w])(?:" + alternation(verbs) + r")\s+\Z", re.IGNORECASE) if verbs \
            else re.compile(r"(?!)")
        self.idiom = re.compile(r"(?:" + alternation(d.get("idioms", [])) + r")(?![\w])", re.IGNORECASE) \
            if d.get("idioms") else None
        finite = [w for w in self.word if re.search(r"(?:ed|rose|fell|grew|slid|sank|shrank|rises|falls|grows)$", w)]
        # lower case only ("Rose Garden", "Charlie Rose" are names); not "dropped out", "dipped into"
        self.verb = re.compile(r"(?<![\w])(?P<v>" + alternation(finite) + r")(?![\w])(?!\s+(?:out|into|off|back|behind|"
                               r"away|in\s+on)\b)")
        height = d.get("height", {})
        self.height_verb = re.compile(r"(?<![\w])(?:" + alternation(height["verbs"]) + r")(?=\s+(?:[\w'’$%.,-]+\s+){0,2}\Z)",
                                      re.IGNORECASE) if height.get("verbs") else None
        self.structure = re.compile(r"(?<![\w])(?:" + alternation(height["structures"]) + r")(?![\w])", re.IGNORECASE) \
            if height.get("structures") else None
        self._after_dir = {"increase": "up", "rise": "up", "gain": "up", "jump": "up", "surge": "up", "growth": "up",
                           "drop": "down", "decline": "down", "decrease": "down", "fall": "down", "cut": "down",
                           "reduction": "down", "loss": "down", "slump": "down"}

    def read(self, text: str, start: int, end: int, sent_start: int, kind: str = "number") -> tuple[str, str | None] | None:
        """(direction, "to" | "by" | None) for the fact at start..end, or None."""
        window_start = max(sent_start, start - 60)
        m = self.before.search(text, window_start, start)
        if m and m.group("w").lower() in _PARTICLES and (
                (m.group("mid") or "").strip() or kind == "count"
                or re.search(r"[a-z]+(?:ed|ing|s)\s+\Z", text[max(window_start, m.start() - 20):m.start()])
                or self.particle_verb.search(text, max(window_start, m.start() - 12), m.start())):
            m = None                         # "bring up two bills", "racked up 27 percent": a particle
        if m and (m.group("mid") or "").strip() and m.group("w").lower().endswith("ed") and (
                _ATTRIBUTIVE_BEFORE.search(text, max(sent_start, m.start() - 16), m.start())
                or _GERUND_BEFORE.search(text, max(sent_start, m.start() - 16), m.start())):
            m = None                         # "using increased revenue to fill two-thirds": an adjective of its noun
        if m and not re.search(r"[;:]|,\s", m.group("mid") or ""):
            prep = (m.group("prep") or "").lower()
            change = "to" if prep in ("to", "at") else "by" if prep == "by" else None
            if prep == "from":
                return None                  # "fell from 5%": the old level, no claim on the fact
            if m.group("w").lower() in self.need_prep and prep not in ("to", "by"):
                return None                  # "raised $200,000 for his campaign": money collected
            return self.word[m.group("w").lower()], change
        ft = self.from_to.search(text, window_start, start)
        if ft and ft.group("w").lower() not in _PARTICLES:
            return self.word[ft.group("w").lower()], "to"
        a = self.after.match(text, end)
        if a and text[start:end].strip().lower() not in ("zero", "0", "no"):
            return self._after_dir[a.group("w").lower()], "by"
        return None

    def height(self, text: str, start: int, sent_start: int) -> bool:
        """ "a wall ... that would rise 30 feet": the length at `start` is how tall a structure named before the
        verb stands (rules/directions.toml [height]), not a change."""
        if self.height_verb is None or self.structure is None:
            return False
        verb = max((v.start() for v in self.height_verb.finditer(text, max(sent_start, start - 40), start)), default=-1)
        if verb < 0:
            return False
        lo = max(sent_start, verb - 80)       # the verb's own clause ("Near the dam, the water rose": the water)
        lo = max((b.end() for b in _CLAUSE_CUT.finditer(text, lo, verb)), default=lo)
        return bool(self.structure.search(text, lo, verb))

    def changes(self, text: str, s: int, e: int, numeric: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """Directions with no number: "unemployment rose" -> (start, end, "up", "unemployment").

        Only finite verbs ("rose", "fell", "increased") whose clause holds no number they govern.
        """
        out = []
        for m in self.verb.finditer(text, s, e):
            if any(m.end() <= a and a - m.end() < 40 and not re.search(r"[;]|[,.](?!\d)", text[m.end():a])
                   for a, _ in numeric):
                continue                     # "rose to 5%": the number carries the direction
            if _ATTRIBUTIVE_BEFORE.search(text, max(s, m.start() - 16), m.start()) or \
                    re.search(r"(?<![\w])and\s+\Z", text[max(s, m.start() - 5):m.start()]):
                continue                     # "an added barrier", "with increased attention": an adjective
            if m.group("v").lower() in self.need_prep or (self.idiom and self.idiom.match(text, m.start())):
                continue                     # "born and raised in", "rose to the level of": no change claim
            if re.search(r"(?<![\w])(?:not|n['’]t|never|no)\s+(?:\w+\s+)?\Z", text[max(s, m.start() - 20):m.start()]):
                continue                     # "didn't decrease support": no change is claimed
            if _INTRANSITIVE_AFTER.match(text, m.end(), e):
                if BE_BEFORE.search(text, max(s, m.start() - 24), m.start()):
                    continue                 # "the case will be dropped", "talks were cut short": no level moved
                subj = _SUBJECT.search(text, max(s, m.start() - 60), m.start())
                if not subj:
                    continue
                np = subj.group("np")
            else:
                if _GERUND_BEFORE.search(text, max(s, m.start() - 16), m.start()):
                    continue                 # "using increased revenue": an adjective of its noun
                obj = _OBJECT.match(text, m.end(), e)
                head = obj.group("np").split()[-1].lower() if obj else ""
                if head not in self.measures:
                    continue                 # "raised concerns", "declined to weigh in": no change claim
                np = obj.group("np") if obj else ""
            np = _CLAUSE_OPENER.split(np)[-1]     # "as environmental concerns have increased": after "as"
            words = [w for w in np.split() if w.lower() not in _SUBJECT_STOP]
            if not words:
                continue
            out.append((m.start(), m.end(), self.word[m.group("v")], " ".join(words)))
        return out


# the word opening a clause before its subject
_CLAUSE_OPENER = re.compile(r"(?<![\w])(?:" + SUBORDINATORS + r")\s+", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[,;:](?!\s*(?:which|that)(?![\w]))")
# "the overall security budget has more than doubled": the words between a subject and its verb
_SUBJECT = re.compile(r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s+(?:(?:has|have|had|also|sharply|slightly|"
                      r"steadily|again|more\s+than|less\s+than|nearly|almost|roughly)\s+){0,2}\Z")
# "Unemployment rose.", "Prices fell sharply in May": nothing but an adverb or a place or time follows
_INTRANSITIVE_AFTER = re.compile(r"\s*(?:[.;:,)]|$|\s*(?:sharply|slightly|steadily|again|further|significantly|"
                                 r"dramatically|modestly|steeply|rapidly|quickly|slowly|last|this|in|during|after|"
                                 r"since|for\s+the|to\s+(?:a|an|the|its|their|\d|\$|record|new|nearly|"
                                 r"about|almost|more|less))\b"
                                 # "over" not as a particle, "from" a level: not "fell over in my chair", "a
                                 # scorpion fell from the overhead compartment"
                                 r"|\s*over\s+(?!(?:in|on|at|into|onto|and|backwards?)\s)\w"
                                 r"|\s*from\s+(?:(?:[^\s,;.]+\s+){0,4}?[$£€]?\d|(?:a|an|its|their|the)\s+(?:record|high|"
                                 r"peak|low|annual|average|previous|prior|same|year|month|quarter|week|end|start)))")
_OBJECT = re.compile(r"\s+(?P<np>(?:(?:the|its|their|his|her|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
                     r"(?=\s*(?:[,.;:]|$|\s(?:by|to|from|in|on|at|for|and|but|over|after|since|along|across|while)\b))")
_SUBJECT_STOP = frozenset("the a an its their his her this that these those and or but which who it they he she "
                          "we has have had also sharply slightly steadily again".split())


@lru_cache(maxsize=8)
def direction_reader(rules: Rules) -> DirectionReader:
    return DirectionReader(rules)
