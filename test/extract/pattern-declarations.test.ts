import { describe, expect, it } from 'vitest';
import { nerModel } from '../../main/extract/ner-model';
import type { EntityType } from '../../shared/graph/schema';
import { documentNames, findMentions } from '../../shared/extract/mentions';
import { tagDocument } from '../../shared/extract/ner/tagger';
import { foldPunctuation } from '../../shared/extract/normalize';
import { PATTERNS, patternNamed } from '../../shared/extract/patterns/index';
import type { PatternOutput } from '../../shared/extract/patterns/pattern';
import { cutNames, recognize } from '../../shared/extract/recognize';
import { tokenize } from '../../shared/extract/tokens';
import { buildUnits } from '../../shared/extract/units';
import { extract } from './helpers';

// Each relation pattern with a sentence written to trigger it (read from its `match` function) and the
// relation it must make: [subject label, predicate, object label]. The edge must record the pattern by
// name. None of these sentences come from the sample corpus or the eval sets.
const EXAMPLES: Record<string, { text: string; triple: [string, string, string] }> = {
  'subject-verb-object': { text: 'Okonkwo Capital bought Brightvale Logistics for $2 billion.', triple: ['Okonkwo Capital', 'buy', 'Brightvale Logistics'] },
  'hyphenated-participle': { text: 'Ukrainian forces fired British-supplied Storm Shadow missiles at the bridge.', triple: ['United Kingdom', 'supply', 'Storm Shadow'] },
  'ordered-by': { text: 'The editor Lena Varga was detained on the orders of Colonel Ivo Brankov.', triple: ['Ivo Brankov', 'order', 'Lena Varga'] },
  'appointed-as': { text: 'Bram Osei has been named publisher of the Harbor Ledger.', triple: ['Bram Osei', 'publisher', 'Harbor Ledger'] },
  nationality: { text: 'Swede Lars Ekdahl won the stage.', triple: ['Lars Ekdahl', 'from', 'Sweden'] },
  'hyphenated-location': { text: 'Rotterdam-based Brightvale Logistics raised its dividend.', triple: ['Brightvale Logistics', 'based in', 'Rotterdam'] },
  'passive-agent': { text: 'The contract was signed by Okonkwo Capital on Monday.', triple: ['Okonkwo Capital', 'sign', 'contract'] },
  'passive-prepositional': { text: 'Amara Okafor was elected to the Senate in 2019.', triple: ['Amara Okafor', 'elect', 'Senate'] },
  'copula-location': { text: 'Tomas Lindqvist is from Uppsala.', triple: ['Tomas Lindqvist', 'from', 'Uppsala'] },
  'employer-after-object': { text: 'Marta Kowalczyk covers the oil industry for Bloomberg News.', triple: ['Marta Kowalczyk', 'work for', 'Bloomberg News'] },
  'role-title': { text: 'French Finance Minister Claire Dubois presented the budget.', triple: ['Claire Dubois', 'minister', 'France'] },
  'role-apposition': { text: 'Helga Sorensen, the mayor of Aarhus, opened the bridge.', triple: ['Helga Sorensen', 'mayor', 'Aarhus'] },
  'role-predicate': { text: 'Daniel Okoro is the chairman of Okonkwo Capital.', triple: ['Daniel Okoro', 'chairman', 'Okonkwo Capital'] },
  'occupation-apposition': { text: 'Lena Hartmann, an engineer at Siemens, designed the turbine.', triple: ['Lena Hartmann', 'engineer', 'Siemens'] },
  'apposed-organization-noun': { text: 'Fjordline Data, a Siemens subsidiary, said it would cut jobs.', triple: ['Fjordline Data', 'subsidiary', 'Siemens'] },
  'match-venue': { text: 'Werder Bremen beat Mainz 3-1 at the Weser Stadium on Saturday.', triple: ['Werder Bremen', 'play at', 'Weser Stadium'] },
  'scored-for': { text: 'Jan Vogel scored twice as Werder Bremen beat Mainz 3-1 on Saturday.', triple: ['Jan Vogel', 'score for', 'Werder Bremen'] },
  'copula-part': { text: 'Officials said Vestlab is part of the Nordic Energy Alliance.', triple: ['Vestlab', 'part of', 'Nordic Energy Alliance'] },
  'member-apposition': { text: 'Norway, a member of the Nordic Energy Alliance, said it would not object.', triple: ['Norway', 'member', 'Nordic Energy Alliance'] },
  'apposed-part': { text: 'The Kestrel Cyber Centre, part of the Nordic Energy Alliance, said it was working with the police.', triple: ['Kestrel Cyber Centre', 'part of', 'Nordic Energy Alliance'] },
  'modified-occupation': { text: 'Brightvale Logistics engineer Paulo Mendes designed the system.', triple: ['Paulo Mendes', 'engineer', 'Brightvale Logistics'] },
  'modified-company-relation': { text: 'The parts were made by Halden Gears, a Brightvale Logistics supplier.', triple: ['Halden Gears', 'supplier', 'Brightvale Logistics'] },
  'possessive-work': { text: 'Ana Lind taught school for years before publishing her first book, “The Salt Road,” in 1979.', triple: ['Ana Lind', 'write', 'The Salt Road'] },
  'possessive-relation': { text: "Labour's candidate, Sunita Kaur, won the seat.", triple: ['Sunita Kaur', 'candidate', 'Labour'] },
  'possessive-described-name': { text: "Kenya's main opposition coalition, the Umoja Alliance, boycotted the vote.", triple: ['Umoja Alliance', 'based in', 'Kenya'] },
  'apposed-possessive-relation': { text: "Jorge Silva, Paulo Mendes's agent, confirmed the deal.", triple: ['Jorge Silva', 'agent', 'Paulo Mendes'] },
  'apposed-possessive-description': { text: "Brightvale Logistics, Canada's largest freight company, cut prices.", triple: ['Brightvale Logistics', 'based in', 'Canada'] },
  'possessive-nominalization': { text: "Germany's delivery of Leopard tanks to Ukraine was delayed.", triple: ['Germany', 'deliver', 'Leopard'] },
  'modifier-nominalization': { text: 'The Brazilian blockade of Vantrex ended in May.', triple: ['Brazil', 'blockade', 'Vantrex'] },
  'included-members': { text: 'On Monday, Baltic Council member states, including Estonia and Latvia, objected.', triple: ['Baltic Council', 'include', 'Latvia'] },
  'legal-act': { text: 'Marco Bellini was convicted of the murder of Elena Sokolova.', triple: ['Marco Bellini', 'murder', 'Elena Sokolova'] },
  'agent-nominalization': { text: 'The kidnapping of Judge Elena Sokolova by Viktor Petrov shocked the country.', triple: ['Viktor Petrov', 'kidnap', 'Elena Sokolova'] },
  'under-inquiry': { text: 'Vantrex Foods is under investigation by the Federal Deposit Insurance Corporation.', triple: ['Federal Deposit Insurance Corporation', 'investigate', 'Vantrex Foods'] },
  'agent-noun': { text: 'Prosecutors said Ruiz assassin Carlos Mendez was sentenced on Friday.', triple: ['Carlos Mendez', 'kill', 'Ruiz'] },
  'permission-from': { text: 'Vantrex Corp still needs approval from the Food and Drug Administration.', triple: ['Food and Drug Administration', 'approve', 'Vantrex Corp'] },
  'shares-traded-on': { text: 'Shares of Vantrex Corp rose 4% on the Oslo Stock Exchange.', triple: ['Vantrex Corp', 'trade on', 'Oslo Stock Exchange'] },
  'light-verb-act': { text: 'Vantrex Foods made an offer for Orion Cloud on Monday.', triple: ['Vantrex Foods', 'offer', 'Orion Cloud'] },
  'person-affiliation': { text: 'Amara Okafor of Harvard University led the study.', triple: ['Amara Okafor', 'affiliated with', 'Harvard University'] },
  'legislator-state': { text: 'Rep. Maria Delgado, D-Texas, opposed the bill.', triple: ['Maria Delgado', 'from', 'Texas'] },
  'organization-of-place': { text: 'Toyota of Japan recalled 200,000 cars.', triple: ['Toyota', 'based in', 'Japan'] },
  'place-modified-organization': { text: 'The treaty awaits ratification by the U.S. Congress.', triple: ['Congress', 'based in', 'United States'] },
  'located-in': { text: 'Okonkwo Capital in Lagos issued a statement.', triple: ['Okonkwo Capital', 'based in', 'Lagos'] },
  'city-of-region': { text: 'Heavy shelling hit Kramatorsk, Ukraine, on Monday.', triple: ['Kramatorsk', 'located in', 'Ukraine'] },
  'possessive-affiliation': { text: "Poland's Anna Nowak won the race.", triple: ['Anna Nowak', 'from', 'Poland'] },
  'pronoun-affiliation': { text: 'Ruth Achieng addressed her Umoja Party on Monday.', triple: ['Ruth Achieng', 'member of', 'Umoja Party'] },
  'possessive-location': { text: "Zambia's Kafue River flooded the valley.", triple: ['Kafue River', 'located in', 'Zambia'] },
  'possessive-home': { text: 'Carla Moretti returned to her Tucson home on Sunday.', triple: ['Carla Moretti', 'lives in', 'Tucson'] },
  'lost-to': { text: 'Airbus lost the contract to Boeing in 2011.', triple: ['Boeing', 'win', 'contract'] },
  'possessive-arms': { text: "Ukraine's HIMARS launchers hit a depot.", triple: ['Ukraine', 'operate', 'HIMARS'] },
  'penalty-for': { text: 'Karel Novak, who is serving a life sentence for the murder of Pavel Dvorak, lost an appeal.', triple: ['Karel Novak', 'murder', 'Pavel Dvorak'] },
  'fired-with': { text: 'The army struck the depot with Storm Shadow missiles.', triple: ['Storm Shadow', 'strike', 'depot'] },
  'fired-projectile': { text: 'Russia launched missiles that hit Kyiv on Monday.', triple: ['Russia', 'hit', 'Kyiv'] },
  'capital-apposition': { text: "Floods hit Kinshasa, Congo's capital city, on Tuesday.", triple: ['Kinshasa', 'located in', 'Congo'] },
  'apposed-location': { text: 'Voltwerk, the carmaker in Leipzig, unveiled a new battery.', triple: ['Voltwerk', 'located in', 'Leipzig'] },
  'described-organization': { text: 'The Singapore state fund Temasek Holdings bought the stake.', triple: ['Temasek Holdings', 'based in', 'Singapore'] },
  dateline: { text: 'LAGOS (Reuters) - Okonkwo Capital raised its stake in the port operator.', triple: ['Reuters', 'files from', 'Lagos'] },
};

/**
 * Patterns that only vote on a name's type and make no edge of their own, with a sentence where the
 * name they vote on is read as a name of no known kind (the tagger types most names before any
 * pattern runs, so the sentence is read with that name's type set to Other).
 */
const VOTE_ONLY: Record<string, { text: string; name: string; type: EntityType }> = {
  'role-apposed-name': { text: 'Tavi Oru, chairman of the Greens, resigned on Monday.', name: 'Tavi Oru', type: 'Person' },
  'opponent-club': { text: 'RB Leipzig beat Freiburg 2-0 on Friday.', name: 'Freiburg', type: 'Organization' },
  'collective-subject': { text: 'Dalby have signed Tom Hale from Kestrel.', name: 'Dalby', type: 'Organization' },
  'staff-at': { text: 'Analysts at Jefferies expect a bid.', name: 'Jefferies', type: 'Organization' },
  'examples-of-kind': { text: 'Shipping companies such as Halvorsen have diverted vessels.', name: 'Halvorsen', type: 'Organization' },
  'result-opponent': { text: 'Saracens sealed a 25-23 victory over Gloucester on Saturday.', name: 'Gloucester', type: 'Organization' },
  'owned-name': { text: 'The owner of Halden Vuitton said sales fell.', name: 'Halden Vuitton', type: 'Organization' },
  'shares-of-company': { text: 'Walt Kestrel shares rose 2% in extended trading.', name: 'Walt Kestrel', type: 'Organization' },
};

/** Runs one pattern over the first sentence of `text`, with the mention `untyped` read as of no known kind. */
function runPattern(name: string, text: string, untyped: string) {
  const pattern = patternNamed(name)!;
  const sentences = tokenize(foldPunctuation(text));
  const sentence = sentences[0]!;
  const rules = findMentions(sentence, documentNames(sentences));
  const found = recognize(sentence, cutNames(sentence.tokens, tagDocument(nerModel(), sentences)[0]!, rules.roles), rules);
  const mention = found.entities.find((m) => m.text === untyped);
  if (!mention) throw new Error(`"${untyped}" is not a name in "${text}"`);
  mention.type = 'Other';
  const units = buildUnits(sentence, found);
  const relations: string[] = [];
  const votes: Array<[string, EntityType]> = [];
  const out: PatternOutput = {
    relation: ({ subject, object, predicate }) => relations.push(`${subject.head} ${predicate} ${object.head}`),
    vote: (np, type) => votes.push([np.entity?.text ?? np.head, type]),
    alias: () => {},
  };
  units.forEach((u, k) => {
    if (pattern.anchor === 'sentence' ? k === 0 : u.kind === pattern.anchor) pattern.match(units, k, out);
  });
  return { relations, votes };
}

describe('pattern declarations', () => {
  it('gives every pattern a unique name, a confidence in (0, 1] and a reason', () => {
    const names = PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PATTERNS) {
      expect(p.name, 'name').toMatch(/^[a-z][a-z-]*[a-z]$/);
      expect(p.confidence, p.name).toBeGreaterThan(0);
      expect(p.confidence, p.name).toBeLessThanOrEqual(1);
      expect(p.reason.trim().length, p.name).toBeGreaterThan(10);
      expect(typeof p.match, p.name).toBe('function');
    }
  });

  it('finds each pattern by its name, and no pattern by a name it does not have', () => {
    for (const p of PATTERNS) expect(patternNamed(p.name)).toBe(p);
    expect(patternNamed('no-such-pattern')).toBeUndefined();
    expect(patternNamed('')).toBeUndefined();
  });

  it('has an example sentence for every declared pattern', () => {
    const covered = new Set([...Object.keys(EXAMPLES), ...Object.keys(VOTE_ONLY)]);
    expect(PATTERNS.map((p) => p.name).filter((name) => !covered.has(name))).toEqual([]);
    // The table names only patterns that exist.
    expect([...covered].filter((name) => !patternNamed(name))).toEqual([]);
  });
});

describe('each pattern makes the edge it declares', () => {
  it.each(Object.entries(EXAMPLES))('%s', (name, { text, triple: [subject, predicate, object] }) => {
    const g = extract(text);
    const edges = g.filterEdges((_, a, s, t) => g.getNodeAttribute(s, 'label') === subject && a.predicate === predicate && g.getNodeAttribute(t, 'label') === object);
    const found = edges.map((e) => `${subject} --${g.getEdgeAttribute(e, 'label')}--> ${object} [${g.getEdgeAttribute(e, 'pattern')}]`);
    const all = g.mapEdges((_, a, s, t) => `${g.getNodeAttribute(s, 'label')} --${a.predicate}--> ${g.getNodeAttribute(t, 'label')} [${a.pattern}]`);
    expect(found.length, `no ${subject} --${predicate}--> ${object} in ${JSON.stringify(all)}`).toBeGreaterThan(0);
    expect(edges.map((e) => g.getEdgeAttribute(e, 'pattern')), `edges found: ${JSON.stringify(found)}`).toContain(name);
    // The edge carries its pattern's declared confidence at most (a sentence's quality or a hedge may lower it, merging may raise it).
    const edge = edges.find((e) => g.getEdgeAttribute(e, 'pattern') === name)!;
    expect(g.getEdgeAttribute(edge, 'confidence')).toBeGreaterThan(0);
    expect(g.getEdgeAttribute(edge, 'confidence')).toBeLessThanOrEqual(1);
  });

  it.each(Object.entries(VOTE_ONLY))('%s votes for a type and makes no edge of its own', (name, { text, name: entity, type }) => {
    const { relations, votes } = runPattern(name, text, entity);
    expect(votes).toEqual([[entity, type]]);
    expect(relations).toEqual([]);
    expect(extract(text).filterEdges((_, a) => a.pattern === name)).toEqual([]);
  });

  it('records a pattern that exists on every extracted edge', () => {
    const g = extract(Object.values(EXAMPLES).map((e) => e.text).join(' '));
    expect(g.size).toBeGreaterThan(20);
    g.forEachEdge((_, a) => expect(patternNamed(a.pattern ?? ''), `${a.label}: ${a.pattern}`).toBeDefined());
  });
});
