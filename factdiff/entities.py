"""Who is who: entities found in text and resolved to canonical names through rules/aliases.toml.

"Pristina" -> Kosovo, "Washington" -> United States, "State Department" -> US State Department
(part of the United States). Spelling variants of known names are matched with rapidfuzz.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from factdiff.rules import Rules, alternation, trie_alternation


NOT_NAME_START = frozenset({"The", "In", "On", "At", "A", "An", "But", "And", "According", "Earlier", "Later",
                            "If", "As", "For", "With", "When", "While", "After", "Before", "Since", "This", "That",
                            # words that open a sentence before a name ("Even Steele himself declared")
                            "Even", "Only", "Indeed", "Meanwhile", "However", "Yet", "So", "Or", "Nor", "Because",
                            "Although", "Though", "Despite", "During", "Under", "By", "From", "Until", "Also"})


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    canonical: str
    type: str            # country, organization, product, person, name


class EntityIndex:
    """The alias table of one rule set, compiled."""

    def __init__(self, rules: Rules) -> None:
        self.canonical: dict[str, str] = {}        # alias -> canonical
        self.type: dict[str, str] = {}
        self.part_of: dict[str, str] = {}
        for name, spec in rules.aliases.get("entity", {}).items():
            self.type[name] = spec.get("type", "name")
            if spec.get("part_of"):
                self.part_of[name] = spec["part_of"]
            for a in spec.get("aliases", []) + ([name] if spec.get("own_name", True) else []):
                self.canonical[a] = name
        # aliases match case-sensitively ("US" the country, not "us"); possessives allowed
        self.pattern = re.compile(r"(?<![\w])(?P<a>" + trie_alternation(self.canonical) + r")(?:['’]s)?(?![\w])")
        # multiword aliases a name of n words may be a spelling of (n-1 to n+1 words), and answers so far
        self._by_words: dict[int, list[str]] = {}
        for a in self.canonical:
            k = len(a.split())
            if k >= 2:
                for n in (k - 1, k, k + 1):
                    self._by_words.setdefault(n, []).append(a)
        self._resolved: dict[str, str | None] = {}
        self._memo_text: str | None = None       # the document the entities below were read from
        self._memo_all: tuple[Entity, ...] = ()
        self._memo_starts: list[int] = []
        self.equivalent: dict[str, str] = dict(rules.aliases.get("equivalent_words", {}))
        self._normal_by_words: dict[int, list[str]] = {}
        titles = rules.aliases.get("titles", {})
        self._title_words = {w.lower() for o in titles.get("offices", []) + titles.get("words", []) for w in o.split()}
        # "American Javelin", "UN Security Council Resolution": a demonym or an identifier word beside an
        # alias adds no name of its own either
        self._title_words |= {w.lower() for w in rules.aliases.get("demonyms", {})}
        self._title_words |= {w.lower().rstrip(".-") for w in rules.identifiers.get("before", [])}
        factions = [w.lower() for w in titles.get("factions", [])]
        self._title_words -= set(factions)
        self._faction_after = re.compile(r"\s+(?:" + alternation(factions) + r")(?![\w])", re.IGNORECASE) \
            if factions else None
        self.offices = sorted(rules.aliases.get("titles", {}).get("offices", []), key=len, reverse=True)
        # "McCarthy", "DeSantis", "O'Rourke" and "el-Gamal" are one word each; a middle initial joins a name
        # ("Elijah E. Cummings")
        word = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|O['’][A-Z][a-z]+|[A-Z]{2,}|(?:[A-Z]\.){2,}|(?:el|al|ad|as|ash|bin|abu)-[A-Z][a-z]+)"
        # "Center for American Progress": "for" joins a name after the head words rules/aliases.toml gives
        heads = rules.aliases.get("name_joins", {}).get("for_after", [])
        joins = r"|(?:" + "|".join(f"(?<={re.escape(h)})" for h in heads) + r")\x20for(?:\x20the)?(?=\x20[A-Z])" if heads else ""
        self._names = re.compile(r"(?<![\w.])(" + word + r"(?:[-\x20](?:" + word + r"|de|van|von|al|bin|of|[A-Z]\.(?=\x20[A-Z][a-z]))"
                                 + joins + r")*[-\x20]" + word + r")(?![\w])")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Entity]:
        """Entities in text order: capitalised names first (resolved whole when the table or a
        close spelling knows them: "Pentagon Security Cooperation Agency"), then aliases."""
        end = len(text) if end is None else end
        if len(text) < 400:                      # a phrase: read it directly
            return self._find(text, start, end)
        if self._memo_text is not text:          # a document: read it once, then answer by slices
            self._memo_text, self._memo_all = text, tuple(self._find(text, 0, len(text)))
            self._memo_starts = [x.start for x in self._memo_all]
        i = bisect_left(self._memo_starts, start)
        out = []
        for x in self._memo_all[i:]:
            if x.start >= end:
                break
            if x.end <= end:
                out.append(x)
        return out

    def _find(self, text: str, start: int, end: int) -> list[Entity]:
        out: list[Entity] = []
        taken: list[tuple[int, int]] = []
        for m in self._names.finditer(text, start, end):
            s, e = m.span(1)
            name = m.group(1)
            while name.split()[0] in NOT_NAME_START and " " in name:
                cut = name.index(" ") + 1
                name, s = name[cut:], s + cut
            canon = self.resolve(name)
            inner = self.pattern.search(name)
            if canon is None and inner:
                rest = (name[:inner.start()] + " " + name[inner.end():]).split()
                if not rest or all(w.lower() in self._title_words for w in rest):
                    continue                 # "Moscow Mayor", "US Senate": the alias inside speaks for it
                # "The Washington Post", "George Washington Bridge": a name of its own
            if " " not in name and canon is None:
                continue
            out.append(Entity(s, e, name, canon or name, self.type.get(canon or "", "name")))
            taken.append((s, e))
        for m in self.pattern.finditer(text, start, end):
            s, e = m.span("a")
            overlap = [(a, b) for a, b in taken if a < e and s < b]
            if overlap and not all(s <= a and b <= e and (a, b) != (s, e) for a, b in overlap):
                continue
            if overlap:                      # "United States Fish and Wildlife Service": the alias holds the
                out = [x for x in out if (x.start, x.end) not in overlap]    # names read inside it
                taken = [t for t in taken if t not in overlap]
            alias = m.group("a")
            canon = self.canonical[alias]
            faction = self._faction_after.match(text, e) if self._faction_after else None
            if faction:                      # "House republicans" in copy set in lower case: a group of its own
                name = text[s:faction.end()]
                out.append(Entity(s, faction.end(), name, name, "name"))
                continue
            out.append(Entity(s, e, alias, canon, self.type.get(canon, "name")))
        out.sort(key=lambda x: x.start)
        return out

    def resolve(self, name: str) -> str | None:
        """The canonical entity a name or a close spelling of one stands for, else None."""
        if name in self.canonical:
            return self.canonical[name]
        words = len(name.split())
        if words < 2:
            return None
        if name in self._resolved:
            return self._resolved[name]
        if len(self._resolved) > 200_000:        # an archive run meets many names: keep memory bounded
            self._resolved.clear()
        from rapidfuzz import fuzz, process
        choices = self._by_words.get(words, [])
        # close spellings only, after words that stand for each other are made one
        if words not in self._normal_by_words:
            self._normal_by_words[words] = [self._normal(c) for c in choices]
        hit = process.extractOne(self._normal(name), self._normal_by_words[words], scorer=fuzz.token_sort_ratio,
                                 score_cutoff=90)
        self._resolved[name] = self.canonical[choices[hit[2]]] if hit else None
        return self._resolved[name]

    def _normal(self, name: str) -> str:
        return " ".join(self.equivalent.get(w, w) for w in name.split()).lower()

    def country_of(self, canonical: str | None) -> str | None:
        """The state an entity speaks for (itself for a country), following part_of."""
        seen = set()
        while canonical and canonical not in seen:
            seen.add(canonical)
            if self.type.get(canonical) == "country":
                return canonical
            canonical = self.part_of.get(canonical)
        return None

    def related(self, a: str | None, b: str | None) -> bool:
        """Same entity, or one part of the other ("US State Department" and "United States")."""
        if not a or not b:
            return False
        if a == b:
            return True
        chain_a, chain_b = self._chain(a), self._chain(b)
        return a in chain_b or b in chain_a

    def whole_of(self, names: list[str]) -> str | None:
        """The nearest entity that two or more distinct entities are all parts of ("the House and the Senate":
        US Congress), else None."""
        chains = [self._chain(n) for n in dict.fromkeys(names)]
        if len(chains) < 2:
            return None
        return next((x for x in chains[0][1:] if all(x in c[1:] for c in chains[1:])), None)

    def _chain(self, name: str) -> list[str]:
        out = [name]
        while name in self.part_of and self.part_of[name] not in out:
            name = self.part_of[name]
            out.append(name)
        return out


@lru_cache(maxsize=8)
def entity_index(rules: Rules) -> EntityIndex:
    return EntityIndex(rules)
