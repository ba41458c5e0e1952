import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph } from '../../shared/graph/schema';
import { extract, node, relations, triples } from './helpers';

// How a sentence holds a relation: denied (polarity), only planned, conditional or alleged
// (modality), and who is reported as saying it (source). Sentences written for these tests.

/** The edges from `subject` to `object` whose predicate is `predicate`, by node labels. */
function edgesOf(g: KnowledgeGraph, subject: string, predicate: string, object: string): EdgeAttributes[] {
  return g
    .filterEdges((_, a, s, t) => g.getNodeAttribute(s, 'label') === subject && a.predicate === predicate && g.getNodeAttribute(t, 'label') === object)
    .map((e) => g.getEdgeAttributes(e));
}

/** The one edge for that relation; fails with every edge listed when there is none. */
function edge(g: KnowledgeGraph, subject: string, predicate: string, object: string): EdgeAttributes {
  const found = edgesOf(g, subject, predicate, object);
  const all = g.mapEdges((_, a, s, t) => `${g.getNodeAttribute(s, 'label')} --${a.label} (${a.predicate})--> ${g.getNodeAttribute(t, 'label')}`);
  expect(found.length, `${subject} --${predicate}--> ${object} among ${JSON.stringify(all)}`).toBeGreaterThan(0);
  return found[0]!;
}

describe('polarity', () => {
  it('marks "did not" as negative and keeps the negation in the label', () => {
    const e = edge(extract('Brightvale Logistics did not sign the agreement with Okonkwo Capital.'), 'Brightvale Logistics', 'sign', 'Okonkwo Capital');
    expect(e.polarity).toBe('negative');
    expect(e.label).toMatch(/^did not sign\b/);
  });

  it('keeps a plea in the label of what it answers, and denies what is pleaded not guilty to ("pleaded not guilty to the charges")', () => {
    const g = extract('Brightvale Logistics pleaded not guilty to the charges. Okonkwo Capital pleaded guilty to fraud.');
    const denied = edge(g, 'Brightvale Logistics', 'plead', 'charges');
    expect([denied.label, denied.polarity]).toEqual(['pleaded not guilty to', 'negative']);
    expect(edge(g, 'Okonkwo Capital', 'plead', 'fraud').label).toBe('pleaded guilty to');
  });

  it('reads a denial denied as leaving the act open, not denied ("did not rule out selling", "did not deny supplying")', () => {
    const g = extract('Brightvale Logistics did not rule out selling the unit to Okonkwo Capital. Halvorsen Systems ruled out selling its unit to Okonkwo Capital.');
    const open = edge(g, 'Brightvale Logistics', 'sell', 'Okonkwo Capital');
    expect([open.polarity, open.modality]).toEqual(['positive', 'hedged']);
    expect(edge(g, 'Halvorsen Systems', 'sell', 'Okonkwo Capital').polarity).toBe('negative');
  });

  it('gives the act a failure or a struggle is of to whom "her" stands for, denied or to come ("citing her failure to tackle a surge in crime")', () => {
    const g = extract('Congress voted to remove Ana Ruiz from office, citing her failure to stop Okonkwo Capital.');
    const stopped = edge(g, 'Ana Ruiz', 'stop', 'Okonkwo Capital');
    expect(stopped.polarity).toBe('negative');
    // "her struggle to free …" is hers and still to come; "his top generals" are no act of his, and act themselves.
    const struggle = extract('Ana Ruiz won the prize on Friday for her struggle to free Okonkwo Capital.');
    expect(edge(struggle, 'Ana Ruiz', 'free', 'Okonkwo Capital').modality).toBe('hedged');
    const generals = extract('Tom Hale ordered his top generals to drive Okonkwo Capital out of the region.');
    expect(edgesOf(generals, 'Tom Hale', 'drive', 'Okonkwo Capital')).toEqual([]);
  });

  it('denies the clause a denial takes, not one a verb of saying coordinated after it takes ("denied that … and said Ukraine had attacked …")', () => {
    const g = extract('Tom Hale denied that Brightvale Logistics had bribed Okonkwo Capital and said Halvorsen Systems had paid Okonkwo Capital.');
    expect(edge(g, 'Brightvale Logistics', 'bribe', 'Okonkwo Capital').polarity).toBe('negative');
    expect(edge(g, 'Halvorsen Systems', 'pay', 'Okonkwo Capital').polarity).toBe('positive');
  });

  it('denies a verb to each of the subjects "neither … nor" joins, and not the next clause\'s', () => {
    const g = extract('Neither Brightvale Logistics nor Okonkwo Capital signed the accord, but Halvorsen Systems signed it in May.');
    expect(edge(g, 'Brightvale Logistics', 'sign', 'accord').polarity).toBe('negative');
    expect(edge(g, 'Okonkwo Capital', 'sign', 'accord').polarity).toBe('negative');
  });

  it('denies a verb whose subject "no" opens, a country\'s agents too ("No Russian soldiers crossed"), and not one "no" ends a phrase before', () => {
    const g = extract('No Serbian soldiers crossed the border. The army said no troops would enter Kestria. There was no sign Serbia attacked the town.');
    expect(edge(g, 'Serbia', 'cross', 'border').polarity).toBe('negative');
    expect(edge(g, 'troops', 'enter', 'Kestria').polarity).toBe('negative');
    expect(edge(g, 'Serbia', 'attack', 'town').polarity).toBe('positive');
    // "no European or NATO soldiers": past names joined by "or".
    expect(edge(extract('Tom Hale said no Serbian or NATO soldiers would be sent to Kestria.'), 'NATO', 'send', 'Kestria').polarity).toBe('negative');
  });

  it('denies the act a denied verb takes, where compromise parses the two apart ("did not commit to stopping")', () => {
    const g = extract('The Kestrel Front did not commit to stopping kidnappings, Ana Ruiz said.');
    expect(edge(g, 'Kestrel Front', 'stop', 'kidnappings').polarity).toBe('negative');
  });

  it('hedges an act a court only seems or appears to do, or is inclined, ready or reluctant to do, or is necessary', () => {
    const g = extract('The Kestrel Court seemed inclined to uphold the Halvia law. Orion Cloud appeared to accept the offer from Vantrex Foods. Ana Ruiz is ready to sign the accord. The Halvia Finance Ministry has been reluctant to expand the deficit.');
    expect(edge(g, 'Kestrel Court', 'uphold', 'law').modality).toBe('hedged');
    expect(edge(g, 'Halvia Finance Ministry', 'expand', 'deficit').modality).toBe('hedged');
    expect(edge(extract('Tom Hale, who had defended the bill as necessary to cut the debt, withdrew it.'), 'Tom Hale', 'cut', 'debt').modality).toBe('hedged');
    expect(edge(g, 'Orion Cloud', 'accept', 'offer').modality).toBe('hedged');
    expect(edge(g, 'Ana Ruiz', 'sign', 'accord').modality).toBe('hedged');
  });

  it('denies a perfect that "never" parts from its auxiliary ("said he had never discussed a coup")', () => {
    const g = extract('Tom Hale, who is barred from running, said he had never discussed a coup with Ana Ruiz.');
    expect(edge(g, 'Tom Hale', 'discuss', 'coup').polarity).toBe('negative');
  });

  it('denies an act "without" opens ("left without paying its debts"), and not the act before it', () => {
    const g = extract('Tom Hale left Orion Cloud without paying its debts.');
    expect(edge(g, 'Tom Hale', 'pay', 'debts').polarity).toBe('negative');
    expect(edge(g, 'Tom Hale', 'leave', 'Orion Cloud').polarity).toBe('positive');
  });

  it('hedges an act that a "for" clause after a noun of intent names ("renewed her call for Halvia to supply")', () => {
    const g = extract('Ana Ruiz renewed her call for Halvia to supply more air defence systems.');
    expect(edge(g, 'Halvia', 'supply', 'air defence systems').modality).toBe('hedged');
  });

  it('marks "refused to" as negative', () => {
    const e = edge(extract('Brightvale Logistics refused to pay the fine imposed by the regulator.'), 'Brightvale Logistics', 'pay', 'fine');
    expect(e.polarity).toBe('negative');
    expect(e.label).toContain('refused');
  });

  it('marks "denied supplying" as negative', () => {
    const e = edge(extract('Okonkwo Capital denied supplying drones to the rebels.'), 'Okonkwo Capital', 'supply', 'drones');
    expect(e.polarity).toBe('negative');
    expect(e.label).toContain('denied');
  });

  it('marks "was acquitted of the murder of" as negative', () => {
    const e = edge(extract('Marco Bellini was acquitted of the murder of Elena Sokolova.'), 'Marco Bellini', 'murder', 'Elena Sokolova');
    expect(e.polarity).toBe('negative');
    expect(e.label).toContain('acquitted');
  });

  it('marks the act a verdict clears someone "of" as negative, and only under such a verdict ("acquitted of murdering", "was cleared of bribing")', () => {
    expect(edge(extract('A jury acquitted Marco Bellini of murdering Elena Sokolova.'), 'Marco Bellini', 'murder', 'Elena Sokolova').polarity).toBe('negative');
    expect(edge(extract('Marco Bellini was cleared of bribing Elena Sokolova.'), 'Marco Bellini', 'bribe', 'Elena Sokolova').polarity).toBe('negative');
    expect(edge(extract('Marco Bellini was acquitted of bribing Elena Sokolova.'), 'Marco Bellini', 'bribe', 'Elena Sokolova').polarity).toBe('negative');
    expect(edge(extract('Regulators cleared Vantrex Foods to buy Kestrel Rail.'), 'Vantrex Foods', 'buy', 'Kestrel Rail').polarity).toBe('positive');
    expect(edge(extract('Marco Bellini was found not guilty of killing Elena Sokolova.'), 'Marco Bellini', 'kill', 'Elena Sokolova').polarity).toBe('negative');
    expect(edge(extract('Marco Bellini was found guilty of killing Elena Sokolova.'), 'Marco Bellini', 'kill', 'Elena Sokolova').polarity).toBe('positive');
  });

  it('marks what a subject "ruled out" doing as negative, as what it denied doing', () => {
    expect(edge(extract('Vantrex Foods ruled out selling Kestrel Rail.'), 'Vantrex Foods', 'sell', 'Kestrel Rail').polarity).toBe('negative');
  });

  it('leaves the acquittal itself positive: the jury did acquit whom it acquitted', () => {
    const g = extract('A jury acquitted Marco Bellini of fraud in May.');
    expect(edge(g, 'jury', 'acquit', 'Marco Bellini').polarity).toBe('positive');
  });

  it('keeps a hedge of the main clause out of a relative clause set off by commas', () => {
    const g = extract('The ruling Unity party, which is backed by Tom Hale, is expected to nominate a candidate, possibly Ana Ruiz.');
    expect(edge(g, 'Tom Hale', 'back', 'Unity').modality).toBe('asserted');
  });

  it('denies a role a negated copula gives its subject, and not a role the negated verb only names', () => {
    const g = extract('Ana Ruiz is not the chief executive of Halden Bank. Tom Hale did not meet President Joe Biden of the United States.');
    expect(edge(g, 'Ana Ruiz', 'executive', 'Halden Bank').polarity).toBe('negative');
    expect(edge(g, 'Joe Biden', 'president', 'United States').polarity).toBe('positive');
  });

  it('neither denies nor hedges how a phrase names what a verb only takes ("did not meet Britain\'s Tom Hale", "will visit Smyrna, Tennessee")', () => {
    const g = extract('Ana Ruiz did not meet Britain\'s Tom Hale. Ana Ruiz will visit Smyrna, Tennessee, next week. If Spain\'s Mark Ellis wins, he will face Orion Cloud.');
    expect(edge(g, 'Ana Ruiz', 'meet', 'Tom Hale').polarity).toBe('negative');
    expect(edge(g, 'Tom Hale', 'from', 'United Kingdom')).toMatchObject({ polarity: 'positive', modality: 'asserted' });
    expect(edge(g, 'Smyrna', 'located in', 'Tennessee').modality).toBe('asserted');
    expect(edge(g, 'Mark Ellis', 'from', 'Spain').modality).toBe('asserted');
  });

  it('leaves a plain statement positive', () => {
    expect(edge(extract('Brightvale Logistics paid the fine imposed by the regulator.'), 'Brightvale Logistics', 'pay', 'fine').polarity).toBe('positive');
    expect(edge(extract('Brightvale Logistics signed the agreement with Okonkwo Capital.'), 'Brightvale Logistics', 'sign', 'Okonkwo Capital').polarity).toBe('positive');
  });
});

describe('polarity from words outside the verb group', () => {
  it.each([
    ['no longer', 'Vantrex Foods no longer supplies Orion Cloud.', 'Vantrex Foods', 'supply', 'Orion Cloud'],
    ['has yet to', 'Kestrel Aerospace has yet to sign the accord with Airbus.', 'Kestrel Aerospace', 'sign', 'Airbus'],
    ['denied that', 'Kestrel Aerospace denied that it had bribed Ana Ruiz.', 'Kestrel Aerospace', 'bribe', 'Ana Ruiz'],
    ['dismissed reports that', 'Ana Ruiz dismissed reports that Kestrel Aerospace had bribed Tom Hale.', 'Kestrel Aerospace', 'bribe', 'Tom Hale'],
    ['rejected the claims that', 'Ana Ruiz rejected the claims that Kestrel Aerospace had bribed Tom Hale.', 'Kestrel Aerospace', 'bribe', 'Tom Hale'],
    ['cannot', 'Russia cannot supply tanks to Serbia.', 'Russia', 'supply', 'Serbia'],
    ['never, before a light verb and the act its object names', 'Siemens never made an offer for Brightwater Analytics.', 'Siemens', 'offer', 'Brightwater Analytics'],
  ])('marks "%s" as negative', (_, text, subject, predicate, object) => {
    expect(edge(extract(text), subject, predicate, object).polarity).toBe('negative');
  });

  it('hedges a headline\'s "X to V", a plan no verb comes before ("Vantrex to build battery plant in Mexico")', () => {
    const g = extract('Vantrex Motors to build battery plant in Monterrey\n\nVantrex Motors built a plant in Monterrey in 2019.');
    const edges = edgesOf(g, 'Vantrex Motors', 'build', 'Monterrey').map((e) => e.modality).sort();
    expect(edges).toEqual(['asserted', 'hedged']);
  });

  it('hedges what a verb of asking asks its object to do ("urged Serbia, a candidate, to align …")', () => {
    const g = extract('The European Commission urged Serbia, a candidate for membership, to align its policy with Brussels. Norway has asked Sweden to extradite Tom Hale.');
    expect(edge(g, 'Serbia', 'align', 'Brussels').modality).toBe('hedged');
    expect(edge(g, 'Sweden', 'extradite', 'Tom Hale').modality).toBe('hedged');
    // Pushing is asking too; forcing is not.
    const pushed = extract('The IMF had pushed Kestia to cut its deficit. Floods forced Vantrex Foods to close its plant.');
    expect(edge(pushed, 'Kestia', 'cut', 'deficit').modality).toBe('hedged');
    expect(edge(pushed, 'Vantrex Foods', 'close', 'plant').modality).toBe('asserted');
  });

  it('gives the one asked to act, and a "not" before "to", to the infinitive ("urged Chile not to extradite …", "called on its allies to …")', () => {
    const g = extract('Norway has urged Chile not to extradite Tom Hale. Peru called on its allies to boycott Vantrex Foods. Spain asked Japan and Canada to punish Orion Cloud.');
    for (const asked of ['Japan', 'Canada']) expect(edge(g, asked, 'punish', 'Orion Cloud').modality).toBe('hedged');
    // An order is not yet obeyed.
    expect(edge(extract('The court ordered Vantrex Bank to pay Tom Hale.'), 'Vantrex Bank', 'pay', 'Tom Hale').modality).toBe('hedged');
    expect(edge(extract('The court ordered Vantrex Bank, which sold the bonds, to pay Tom Hale.'), 'Vantrex Bank', 'pay', 'Tom Hale').modality).toBe('hedged');
    const spared = edge(g, 'Chile', 'extradite', 'Tom Hale');
    expect([spared.polarity, spared.modality]).toEqual(['negative', 'hedged']);
    expect(edge(g, 'allies', 'boycott', 'Vantrex Foods').modality).toBe('hedged');
    expect(triples(g).some(([s, p]) => (s === 'Norway' && p.includes('extradite')) || (s === 'Peru' && p.includes('boycott')))).toBe(false);
  });

  it('hedges what a claim says ("the lawsuit alleges that …"), not what a report says', () => {
    const g = extract('The lawsuit alleges that Vantrex Foods bribed Tom Hale. The ministry said that Orion Cloud bought Halden Corp.');
    expect(edge(g, 'Vantrex Foods', 'bribe', 'Tom Hale').modality).toBe('hedged');
    expect(edge(g, 'Orion Cloud', 'buy', 'Halden Corp').modality).toBe('asserted');
  });

  it('denies what a denied verb would let or make its object do ("will not allow … to buy")', () => {
    const g = extract('Norway will not allow Vantrex Foods to buy Orion Cloud. Peru allowed Halden Corp to buy Tom Hale\'s stake in Brightvale.');
    expect(edge(g, 'Vantrex Foods', 'buy', 'Orion Cloud').polarity).toBe('negative');
    expect(edgesOf(g, 'Halden Corp', 'buy', 'Brightvale').map((e) => e.polarity)).not.toContain('negative');
  });

  it('reads a present tense in -s after "to" as a plural, not the infinitive ("did not respond to requests for comment")', () => {
    expect(triples(extract('Orion Cloud did not respond to requests for comment from Tom Hale.'))).toEqual([]);
  });

  it('keeps what "cannot be denied" as positive, and hedges what is "unlikely to" happen', () => {
    expect(edge(extract('It cannot be denied that North Korea has extracted plutonium from the reactor.'), 'North Korea', 'extract', 'plutonium').polarity).toBe('positive');
    expect(edge(extract('Russia is unlikely to attack Finland.'), 'Russia', 'attack', 'Finland').modality).toBe('hedged');
  });

  it('hedges what a gerund a hedged verb takes would have done ("could include forcing Orion to end …")', () => {
    expect(edge(extract('The measures could include forcing Orion Cloud to sell Vantrex Foods.'), 'Orion Cloud', 'sell', 'Vantrex Foods').modality).toBe('hedged');
    expect(edge(extract('The court forced Orion Cloud to sell Vantrex Foods.'), 'Orion Cloud', 'sell', 'Vantrex Foods').modality).toBe('asserted');
  });

  it('hedges what someone is appointed to do, the subject of a passive doing it ("was nominated to replace …")', () => {
    expect(edge(extract('Ana Ruiz was nominated to replace Tom Hale.'), 'Ana Ruiz', 'replace', 'Tom Hale').modality).toBe('hedged');
    expect(edge(extract('Orion Cloud hired Ana Ruiz to lead Vantrex Foods.'), 'Ana Ruiz', 'lead', 'Vantrex Foods').modality).toBe('hedged');
  });

  it('denies what someone is "unable to" do', () => {
    expect(edge(extract('Orion Cloud was unable to stop Vantrex Foods.'), 'Orion Cloud', 'stop', 'Vantrex Foods').polarity).toBe('negative');
    expect(edge(extract('Orion Cloud was able to stop Vantrex Foods.'), 'Orion Cloud', 'stop', 'Vantrex Foods').polarity).toBe('positive');
  });

  it('reads a verb an adverb compromise calls an adjective stands before ("may soon acquire"), and a verb after a modal compromise calls a name ("will sue")', () => {
    const g = extract('Orion Cloud may soon acquire Vantrex Foods. If Vantrex Foods fails to pay, Orion Cloud will sue Vantrex Foods.');
    expect(edge(g, 'Orion Cloud', 'acquire', 'Vantrex Foods').modality).toBe('hedged');
    expect(edge(g, 'Orion Cloud', 'sue', 'Vantrex Foods').modality).toBe('hedged');
  });
});

describe('modality', () => {
  it('gives a gerund joined to the noun a charge\'s preposition governs to the one charged, as alleged ("detained Istanbul Mayor Ekrem Imamoglu on charges of corruption and aiding a terrorist group")', () => {
    const g = extract('Norwegian authorities detained Oslo mayor Tom Hale on Wednesday on charges of corruption and aiding Okonkwo Capital.');
    const aided = edge(g, 'Tom Hale', 'aid', 'Okonkwo Capital');
    expect(aided.modality).toBe('hedged');
    expect(edgesOf(g, 'Norway', 'aid', 'Okonkwo Capital')).toEqual([]);
  });

  it('hedges the act an approval is for, past who gave it and when ("won approval from shareholders on Friday to list its shares")', () => {
    const g = extract('Brightvale Logistics won approval from shareholders on Friday to buy Okonkwo Capital.');
    expect(edge(g, 'Brightvale Logistics', 'buy', 'Okonkwo Capital').modality).toBe('hedged');
  });

  it('hedges the last of bare verbs listed after a modal one ("will stop production and sell or repurpose its plant")', () => {
    const g = extract('Brightvale Logistics will stop production at its Oslo plant and sell or merge Okonkwo Capital.');
    expect(edge(g, 'Brightvale Logistics', 'merge', 'Okonkwo Capital').modality).toBe('hedged');
  });

  it('hedges the clause of a demand or a proposal ("rejected a government demand that it sell its Chrome browser")', () => {
    const g = extract('A judge rejected a demand that Brightvale Logistics sell its stake in Okonkwo Capital.');
    expect(edge(g, 'Brightvale Logistics', 'sell', 'Okonkwo Capital').modality).toBe('hedged');
  });

  it('hedges a clause no evidence shows ("There is no evidence that …", "found no sign that …"), not one evidence shows', () => {
    const g = extract('There is no evidence that Brightvale Logistics paid Okonkwo Capital. Investigators found no sign that Halvorsen Systems paid Okonkwo Capital. There is evidence that Vantrex Foods paid Okonkwo Capital.');
    expect(['Brightvale Logistics', 'Halvorsen Systems', 'Vantrex Foods'].map((name) => edge(g, name, 'pay', 'Okonkwo Capital').modality)).toEqual(['hedged', 'hedged', 'asserted']);
  });

  it('gives what an object is chosen as someone to do to that object, hedged ("chose Grace Wanjiru as its candidate to challenge Ruto")', () => {
    const g = extract('The Umoja Alliance chose Grace Wanjiru, a former judge, as its candidate to challenge President William Ruto. The board named Tom Hale as its envoy to meet Orion Cloud.');
    expect(edge(g, 'Grace Wanjiru', 'challenge', 'William Ruto').modality).toBe('hedged');
    expect(edge(g, 'Tom Hale', 'meet', 'Orion Cloud').modality).toBe('hedged');
    expect(edgesOf(g, 'Umoja Alliance', 'challenge', 'William Ruto')).toEqual([]);
  });

  const hedged: Array<[string, string]> = [
    ['could', 'Okonkwo Capital could buy Brightvale Logistics.'],
    ['would', 'Okonkwo Capital would buy Brightvale Logistics.'],
    ['plans to', 'Okonkwo Capital plans to buy Brightvale Logistics.'],
    ['agreed to', 'Okonkwo Capital agreed to buy Brightvale Logistics.'],
    ['if, in the condition', 'If Okonkwo Capital buys Brightvale Logistics, prices will rise.'],
    ['if, before the clause', 'If talks succeed, Okonkwo Capital will buy Brightvale Logistics.'],
  ];

  it.each(hedged)('marks "%s" as hedged', (_, text) => {
    const e = edge(extract(text), 'Okonkwo Capital', 'buy', 'Brightvale Logistics');
    expect(e.modality).toBe('hedged');
    expect(e.polarity).toBe('positive');
  });

  it('hedges an infinitive after a noun of planning or talks ("in talks to acquire", "a plan to build")', () => {
    const g = extract('Okonkwo Capital is in talks to acquire Brightvale Logistics. Halvorsen Systems used its cash to acquire Nordvik Shipping.');
    expect(edge(g, 'Okonkwo Capital', 'acquire', 'Brightvale Logistics').modality).toBe('hedged');
    expect(edge(g, 'Halvorsen Systems', 'acquire', 'Nordvik Shipping').modality).toBe('asserted');
  });

  it('hedges an infinitive after a named owner\'s noun of intent or ability, whose owner does it ("the Kremlin\'s intent to annex", "NATO\'s capacity to produce")', () => {
    const g = extract('Okonkwo Capital\'s intent to acquire Brightvale Logistics is clear. Analysts doubt Halvorsen Systems\' capacity to acquire Nordvik Shipping. Kestrel Aerospace filed an application to acquire Talvik Shipping.');
    expect(edge(g, 'Okonkwo Capital', 'acquire', 'Brightvale Logistics').modality).toBe('hedged');
    expect(edge(g, 'Halvorsen Systems', 'acquire', 'Nordvik Shipping').modality).toBe('hedged');
    expect(edge(g, 'Kestrel Aerospace', 'acquire', 'Talvik Shipping').modality).toBe('hedged');
  });

  it('hedges a gerund after a noun of intent and a preposition ("interest in buying"), and reads its doer from the clause', () => {
    const g = extract('Okonkwo Capital expressed interest in buying Brightvale Logistics. Halvorsen Systems succeeded in buying Nordvik Shipping. Kestrel Aerospace is interested in buying Talvik Shipping.');
    expect(edge(g, 'Okonkwo Capital', 'buy', 'Brightvale Logistics').modality).toBe('hedged');
    expect(edge(g, 'Kestrel Aerospace', 'buy', 'Talvik Shipping').modality).toBe('hedged');
    expect(edge(extract('Okonkwo Capital had the idea for buying Brightvale Logistics in 2019.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics').modality).toBe('hedged');
    expect(edge(extract('Okonkwo Capital stressed the need for buying Brightvale Logistics.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics').modality).toBe('hedged');
    expect(edge(g, 'Halvorsen Systems', 'buy', 'Nordvik Shipping').modality).toBe('asserted');
  });

  it('hedges a clause that is the content of a belief or a claim ("the perception that …"), not of a fact', () => {
    const g = extract('The perception that Okonkwo Capital bought Brightvale Logistics hurt its shares. The fact that Halvorsen Systems bought Nordvik Shipping is known.');
    expect(edge(g, 'Okonkwo Capital', 'buy', 'Brightvale Logistics').modality).toBe('hedged');
    expect(edge(g, 'Halvorsen Systems', 'buy', 'Nordvik Shipping').modality).toBe('asserted');
    const reports = extract('Analysts cited reports that Okonkwo Capital had bought Brightvale Logistics. Ana Ruiz confirmed reports that Halvorsen Systems had bought Nordvik Shipping.');
    expect(edge(reports, 'Okonkwo Capital', 'buy', 'Brightvale Logistics').modality).toBe('hedged');
    expect(edge(reports, 'Halvorsen Systems', 'buy', 'Nordvik Shipping').modality).toBe('asserted');
  });

  it('denies a clause a verb of denial takes past when it was said ("denied on Tuesday that …"), and an act no one plans ("had no plans to")', () => {
    const g = extract('Vantrex Foods denied on Tuesday that it had bribed Tom Hale. Orion Cloud had no plans to buy Nordvik Shipping. Halvorsen Systems has plans to buy Talvik Shipping.');
    expect(edge(g, 'Vantrex Foods', 'bribe', 'Tom Hale').polarity).toBe('negative');
    expect(edge(g, 'Orion Cloud', 'buy', 'Nordvik Shipping').polarity).toBe('negative');
    expect(edge(g, 'Halvorsen Systems', 'buy', 'Talvik Shipping')).toMatchObject({ polarity: 'positive', modality: 'hedged' });
  });

  it('hedges an act a condition follows in its own phrase ("hired an assassin to kill Marcos if she were killed"), not one a comma ends', () => {
    const g = extract('Ana Ruiz said Kestia pays Orion Cloud royalties if users search. Kestia bought Halden Group, if reports are right. Tom Hale asked Jan Novak if he would resign. The Kestel Union has threatened strikes if Vantrex Foods cuts jobs.');
    expect(edge(g, 'Kestia', 'pay', 'Orion Cloud').modality).toBe('hedged');
    expect(edge(g, 'Kestia', 'buy', 'Halden Group').modality).toBe('asserted');
    expect(edge(g, 'Tom Hale', 'ask', 'Jan Novak').modality).toBe('asserted');
    // The threat was made, whatever it is about.
    expect(edge(g, 'Kestel Union', 'threaten', 'strikes').modality).toBe('asserted');
  });

  it('hedges what a candidate would do ("is seen as a possible candidate to replace him")', () => {
    const g = extract('Tom Hale resigned on Monday. Ana Ruiz is seen as a possible candidate to replace him.');
    expect(edge(g, 'Ana Ruiz', 'replace', 'Tom Hale').modality).toBe('hedged');
  });

  it('hedges an act someone has the power or the right to do, and denies one they have no power to do', () => {
    const g = extract('A judge ruled that Orion Cloud had no power to close Nordvik Shipping. Halvorsen Systems has the right to buy Talvik Shipping.');
    expect(edge(g, 'Orion Cloud', 'close', 'Nordvik Shipping')).toMatchObject({ polarity: 'negative', modality: 'hedged' });
    expect(edge(g, 'Halvorsen Systems', 'buy', 'Talvik Shipping')).toMatchObject({ polarity: 'positive', modality: 'hedged' });
  });

  it('hedges by an adverb of doubt only in its own clause, and never a dateline', () => {
    const g = extract('FRANKFURT (Newswire) - Orion Cloud reportedly bought Nordvik Shipping. Vantrex Bank raised interest rates on Thursday, but said inflation was likely to stay high.');
    expect(edge(g, 'Vantrex Bank', 'raise', 'interest rates').modality).toBe('asserted');
    expect(edge(g, 'Newswire', 'files from', 'Frankfurt').modality).toBe('asserted');
    expect(edge(g, 'Orion Cloud', 'buy', 'Nordvik Shipping').modality).toBe('hedged');
  });

  it('hedges what a hedged act waits for ("would keep striking until …"), and what an alleged act is for', () => {
    const g = extract('The union said it would keep striking until Vantrex Foods restored their pensions. Police held Tom Hale until Orion Cloud paid the fine. Halden Corp accused Kestrel Aerospace of using Nordvik Shipping to gain an advantage.');
    expect(edge(g, 'Vantrex Foods', 'restore', 'pensions').modality).toBe('hedged');
    expect(edge(g, 'Orion Cloud', 'pay', 'fine').modality).toBe('asserted');
    expect(edge(g, 'Kestrel Aerospace', 'gain', 'advantage').modality).toBe('hedged');
    // Not past the end of the "until" clause.
    const later = extract('Tom Hale had tried to delay the vote until December, but the Kestia Court overturned the decision.');
    expect(edge(later, 'Kestia Court', 'overturn', 'decision').modality).toBe('asserted');
  });

  it('hedges what one needs to do, or does not need to do', () => {
    const g = extract('Vantrex Bank needs to raise capital. Kestia does not need to recognize Orion Cloud.');
    expect(edge(g, 'Vantrex Bank', 'raise', 'capital').modality).toBe('hedged');
    expect(edge(g, 'Kestia', 'recognize', 'Orion Cloud').modality).toBe('hedged');
  });

  it('denies an act a verb of refusal leaves out of its group ("declined to comment on")', () => {
    const g = extract('Vantrex Foods declined to comment on the report about Orion Cloud.');
    expect(edge(g, 'Vantrex Foods', 'comment', 'report').polarity).toBe('negative');
  });

  it('reads the act a catenative verb takes as planned or refused though a date stands between them ("agreed on Monday to buy")', () => {
    const g = extract('Orion Cloud agreed on Monday to buy Halden Group. Vantrex Foods declined on Tuesday to comment on Kestrel Aerospace.');
    expect(edge(g, 'Orion Cloud', 'buy', 'Halden Group').modality).toBe('hedged');
    expect(edge(g, 'Vantrex Foods', 'comment', 'Kestrel Aerospace').polarity).toBe('negative');
  });

  it('never hedges a role by an adverb of doubt in the clause its holder says ("Judge Tom Hale said the states were likely to …")', () => {
    const g = extract('U.S. District Judge Tom Hale said the states were likely to succeed in their argument.');
    expect(g.filterEdges((_, a) => a.label.includes('judge')).map((e) => g.getEdgeAttribute(e, 'modality'))).toEqual(['asserted']);
  });

  it('hedges what a hedged act is for ("would return to take office"), not what a stated one is for', () => {
    const g = extract('Tom Hale said he would return to Chile to lead Vantrex Foods. Ana Ruiz returned to Peru to lead Orion Cloud.');
    expect(edge(g, 'Tom Hale', 'lead', 'Vantrex Foods').modality).toBe('hedged');
    expect(edge(g, 'Ana Ruiz', 'lead', 'Orion Cloud').modality).toBe('asserted');
  });

  it('hedges a bare verb that shares the modal of the verb it is coordinated with', () => {
    const g = extract('Orion Cloud would buy Vantrex Foods and sell Nordvik Shipping. Halvorsen Systems bought Talvik Shipping and sold Kestrel Aerospace.');
    expect(edge(g, 'Orion Cloud', 'sell', 'Nordvik Shipping').modality).toBe('hedged');
    expect(edge(g, 'Halvorsen Systems', 'sell', 'Kestrel Aerospace').modality).toBe('asserted');
  });

  it('gives a bare verb coordinated with one whose verbs before "to" say how it holds that one\'s stance', () => {
    const g = extract('Tom Hale has promised to close Vantrex Foods and sell Nordvik Shipping. Orion Cloud refused to pay Lena Vogt and hire Ana Ruiz. Ana Ruiz won, promising to fight Kestra Bank and shift Dalby Oil. Halvorsen Systems bought Talvik Shipping and sold Kestrel Aerospace.');
    expect(edge(g, 'Tom Hale', 'sell', 'Nordvik Shipping').modality).toBe('hedged');
    expect(edge(g, 'Orion Cloud', 'hire', 'Ana Ruiz').polarity).toBe('negative');
    expect(edge(g, 'Ana Ruiz', 'shift', 'Dalby Oil').modality).toBe('hedged');
    expect(edge(g, 'Halvorsen Systems', 'sell', 'Kestrel Aerospace')).toMatchObject({ polarity: 'positive', modality: 'asserted' });
  });

  it('gives a gerund coordinated with another that one\'s stance ("accused Lindner of breaking his trust and putting …")', () => {
    const g = extract('Tom Hale accused Ana Ruiz of bribing Lena Vogt and paying Orion Cloud. Nordvik Shipping left without paying Dalby Bank and repaying Talvik Bank. Kestra grew by buying Dalby and selling Halden.');
    expect(edge(g, 'Ana Ruiz', 'pay', 'Orion Cloud').modality).toBe('hedged');
    expect(edge(g, 'Nordvik Shipping', 'repay', 'Talvik Bank').polarity).toBe('negative');
    expect(edge(g, 'Kestra', 'sell', 'Halden')).toMatchObject({ polarity: 'positive', modality: 'asserted' });
    const own = extract('Vice President Ana Ruiz accepted the Kestra Party nomination on Thursday, promising to be a president for all voters and casting Tom Hale as a threat to democracy.');
    expect(edge(own, 'Ana Ruiz', 'cast', 'Tom Hale').modality).toBe('asserted');
  });

  it('hedges a clause a verb of demanding governs, but not a relative clause in it, and an act a requirement asks of its object ("demanded that he break …", "requires Kenya to raise …")', () => {
    const g = extract('Tom Hale said Orion Cloud had demanded that Vantrex sell Kestra Foods. The law requires Nordvik to pay Dalby Bank. Ana Ruiz said that Vantrex had bought Talvik.');
    expect(edge(g, 'Vantrex', 'sell', 'Kestra Foods').modality).toBe('hedged');
    expect(edge(g, 'Nordvik', 'pay', 'Dalby Bank').modality).toBe('hedged');
    expect(edge(g, 'Vantrex', 'buy', 'Talvik').modality).toBe('asserted');
    const described = extract('Tom Hale asked that his sister Ana Ruiz, who lives in Dalby, be sent tickets.');
    expect(edge(described, 'Ana Ruiz', 'live', 'Dalby').modality).toBe('asserted');
  });

  it('hedges a clause a verb of believing governs ("grounds to believe that …", "suspect that …")', () => {
    const g = extract('The court said there were grounds to believe that Tom Hale had bribed Ana Ruiz. Officials suspect that Vantrex Foods supplied Kestra Arms. Officials said that Orion Cloud supplied Dalby Arms.');
    expect(edge(g, 'Tom Hale', 'bribe', 'Ana Ruiz').modality).toBe('hedged');
    expect(edge(g, 'Vantrex Foods', 'supply', 'Kestra Arms').modality).toBe('hedged');
    expect(edge(g, 'Orion Cloud', 'supply', 'Dalby Arms').modality).toBe('asserted');
  });

  it('hedges what a clause judges fit for someone to do ("it is important for Ukraine to win")', () => {
    const g = extract('Tom Hale said it was important for Orion Cloud to buy Vantrex Foods. Orion Cloud bought Nordvik Shipping.');
    expect(edge(g, 'Orion Cloud', 'buy', 'Vantrex Foods').modality).toBe('hedged');
    expect(edge(g, 'Orion Cloud', 'buy', 'Nordvik Shipping').modality).toBe('asserted');
  });

  it('hedges a clause a speaker would not vouch for ("did not admit that …"), and asserts one admitted', () => {
    const g = extract('Vantrex Foods did not admit that Tom Hale knew of Orion Cloud. Ana Ruiz admitted that Halvorsen Systems had bribed Tom Hale. Nordvik Shipping would not confirm that Kestrel Aerospace had bought Talvik Shipping.');
    expect(edge(g, 'Tom Hale', 'know', 'Orion Cloud')).toMatchObject({ polarity: 'positive', modality: 'hedged' });
    expect(edge(g, 'Kestrel Aerospace', 'buy', 'Talvik Shipping')).toMatchObject({ polarity: 'positive', modality: 'hedged' });
    expect(edge(g, 'Halvorsen Systems', 'bribe', 'Tom Hale').modality).toBe('asserted');
  });

  it('gives the means of an alleged act, a gerund after "by", to the one accused, alleged too ("accused Google of stifling competition by paying …")', () => {
    const g = extract('Orion Cloud accused Vantrex Foods of stifling competition by paying retailers.');
    expect(edge(g, 'Vantrex Foods', 'pay', 'retailers').modality).toBe('hedged');
    // A gerund with no subject of its own passes the means on to the clause's verb.
    const won = extract('Tom Hale lost three fights before finally landing the crown by beating Ana Ruiz.');
    expect(edge(won, 'Tom Hale', 'beat', 'Ana Ruiz').modality).toBe('asserted');
  });

  it('hedges an act listed among charges ("faced 11 charges, including corruption and undermining the government"), not among other things', () => {
    const g = extract('Tom Hale faced 11 charges, including fraud and bribing Ana Ruiz. Lena Vogt had many tasks, including audits and paying Ola Dahl.');
    expect(edge(g, 'Tom Hale', 'bribe', 'Ana Ruiz').modality).toBe('hedged');
    expect(edge(g, 'Lena Vogt', 'pay', 'Ola Dahl').modality).toBe('asserted');
  });

  it('hedges the act a charge names ("faces a charge of abetting Iswaran"), and keeps a conviction\'s asserted', () => {
    const g = extract('Ana Ruiz faces a charge of abetting Tom Hale. Lena Vogt was convicted of killing Ola Dahl.');
    expect(edge(g, 'Ana Ruiz', 'abet', 'Tom Hale').modality).toBe('hedged');
    expect(edge(g, 'Lena Vogt', 'kill', 'Ola Dahl').modality).toBe('asserted');
  });

  it('hedges the act someone is blamed or sanctioned for, and gives it to them, also when a relative pronoun stands for them', () => {
    const g = extract('The board blamed Tom Hale for destroying the Velka plant. Ana Ruiz, whom the United States has sanctioned for undermining democracy, resigned.');
    expect(edge(g, 'Tom Hale', 'destroy', 'Velka').modality).toBe('hedged');
    expect(edge(g, 'Ana Ruiz', 'undermine', 'democracy').modality).toBe('hedged');
  });

  it('hedges what someone wants or expects another to do, and relates them to no one by it ("expects the bank to cut rates")', () => {
    const g = extract('Washington wants Kestia to join the Ostra Pact. Analysts expect the Halden Central Bank to cut rates.');
    expect(edge(g, 'Kestia', 'join', 'Ostra Pact').modality).toBe('hedged');
    expect(edge(g, 'Halden Central Bank', 'cut', 'rates').modality).toBe('hedged');
    expect(triples(g).filter(([, p]) => p === 'want' || p === 'expect'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('denies the act after "refrained from" or "stopped short of", and states it nowhere else', () => {
    const g = extract('Ana Ruiz stopped short of criticising Vantrex Foods. Tom Hale refrained from attacking Orion Cloud.');
    expect(edgesOf(g, 'Ana Ruiz', 'criticise', 'Vantrex Foods').map((e) => e.polarity)).toEqual(['negative']);
    expect(edgesOf(g, 'Tom Hale', 'attack', 'Orion Cloud').map((e) => e.polarity)).toEqual(['negative']);
  });

  it('hedges the act someone is accused of, with the accused named between ("accused Milei of attacking …")', () => {
    const g = extract('Axel Kicillof accused Javier Milei of attacking public education.');
    expect(edge(g, 'Javier Milei', 'attack', 'public education').modality).toBe('hedged');
    // Past the accused's titles and a description before them.
    const titled = extract('Prosecutors charged Indian billionaire Tom Hale with defrauding investors. Prosecutors charged former President Ana Ruiz with defrauding taxpayers.');
    expect(edge(titled, 'Tom Hale', 'defraud', 'investors').modality).toBe('hedged');
    expect(edge(titled, 'Ana Ruiz', 'defraud', 'taxpayers').modality).toBe('hedged');
  });

  it('keeps a role asserted in a sentence with a condition, and makes no thing of "the past"', () => {
    const g = extract('Orion Cloud will sue unless Vantrex Foods pays, Orion Cloud chief executive Ana Ruiz said. Vantrex Foods has threatened to sue in the past.');
    expect(edge(g, 'Ana Ruiz', 'executive', 'Orion Cloud').modality).toBe('asserted');
    expect(g.filterNodes((_, a) => a.label === 'past')).toEqual([]);
  });

  it('labels "can no longer supply" with the whole negation', () => {
    expect(edge(extract('Vantrex Foods can no longer supply Orion Cloud.'), 'Vantrex Foods', 'supply', 'Orion Cloud').label).toBe('can no longer supply');
  });

  it('hedges an act a plot or a conspiracy is to do ("charged with conspiracy to murder")', () => {
    const g = extract('Marco Bellini was charged with conspiracy to murder Elena Sokolova.');
    expect(edge(g, 'Marco Bellini', 'murder', 'Elena Sokolova').modality).toBe('hedged');
  });

  it('marks "was charged with the murder of" as hedged: the charge is a fact, the murder an allegation', () => {
    const e = edge(extract('Marco Bellini was charged with the murder of Elena Sokolova.'), 'Marco Bellini', 'murder', 'Elena Sokolova');
    expect(e.modality).toBe('hedged');
  });

  it('marks a plain fact and a conviction as asserted', () => {
    expect(edge(extract('Okonkwo Capital bought Brightvale Logistics.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics').modality).toBe('asserted');
    const conviction = edge(extract('Marco Bellini was convicted of the murder of Elena Sokolova.'), 'Marco Bellini', 'murder', 'Elena Sokolova');
    expect(conviction.modality).toBe('asserted');
    expect(conviction.polarity).toBe('positive');
  });

  it('gives a hedged relation lower confidence than the same relation asserted', () => {
    const asserted = edge(extract('Okonkwo Capital bought Brightvale Logistics on Monday.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics');
    for (const text of ['Okonkwo Capital could buy Brightvale Logistics on Monday.', 'Okonkwo Capital plans to buy Brightvale Logistics on Monday.']) {
      const e = edge(extract(text), 'Okonkwo Capital', 'buy', 'Brightvale Logistics');
      expect(e.pattern).toBe(asserted.pattern);
      expect(e.confidence, text).toBeLessThan(asserted.confidence);
    }
  });
});

describe('permissions', () => {
  it('relates who grants a permission to whoever needs it, hedged while it is sought, and not as an object of the need', () => {
    const g = extract('Halvorsen Systems still needs approval for the takeover from the European Commission and from Britain\'s Competition and Markets Authority.');
    for (const grantor of ['European Commission', 'Competition and Markets Authority']) {
      const e = edge(g, grantor, 'approve', 'Halvorsen Systems');
      expect([e.polarity, e.modality]).toEqual(['positive', 'hedged']);
    }
    expect(relations(g).filter((r) => r.startsWith('Halvorsen Systems') && !r.endsWith('approval'))).toEqual([]);
  });

  it('asserts a permission won and denies one refused, as the verb that has it says', () => {
    const won = extract('Kestrel Aerospace won clearance from the European Commission on Monday.');
    expect([edge(won, 'European Commission', 'clear', 'Kestrel Aerospace').modality, relations(won).some((r) => r.includes('won from'))]).toEqual(['asserted', false]);
    const refused = extract('Orion Cloud was denied permission by the Energy Commission. Vantrex Corp did not receive approval from Health Canada.');
    expect(edge(refused, 'Energy Commission', 'permit', 'Orion Cloud').polarity).toBe('negative');
    expect(edge(refused, 'Health Canada', 'approve', 'Vantrex Corp').polarity).toBe('negative');
  });

  it('reads the name after "approval of" as what is approved when it is owned, not as who approves', () => {
    const g = extract("The board of Halvorsen Systems sought approval of Brightwater's offer.");
    expect(edgesOf(g, 'Brightwater', 'approve', 'Halvorsen Systems')).toEqual([]);
  });
});

describe('source', () => {
  const reported: Array<[string, string]> = [
    ['"…, X said"', 'Okonkwo Capital bought Brightvale Logistics, Amara Okafor said.'],
    ['"X said …"', 'Amara Okafor said Okonkwo Capital bought Brightvale Logistics.'],
    ['"…, said X"', 'Okonkwo Capital bought Brightvale Logistics, said Amara Okafor.'],
    ['"according to X"', 'According to Amara Okafor, Okonkwo Capital bought Brightvale Logistics.'],
  ];

  it.each(reported)('takes the speaker of %s as the source, by its node label', (_, text) => {
    const g = extract(text);
    const e = edge(g, 'Okonkwo Capital', 'buy', 'Brightvale Logistics');
    expect(e.source).toBe('Amara Okafor');
    expect(node(g, e.source!)?.type).toBe('Person');
  });

  it('makes no edge of "according to" itself', () => {
    const g = extract('Okonkwo Capital bought Brightvale Logistics, according to Amara Okafor.');
    expect(edge(g, 'Okonkwo Capital', 'buy', 'Brightvale Logistics').source).toBe('Amara Okafor');
    expect(g.filterEdges((_, a) => a.predicate === 'accord')).toEqual([]);
  });

  it('takes no owner after "said" for the speaker ("…, said its factories were running")', () => {
    const g = extract('Vantrex Corp, a parts maker in which Ana Ruiz owns a stake, said its factories were running normally.');
    expect(edge(g, 'Ana Ruiz', 'own', 'stake').source).toBeUndefined();
  });

  it('hedges a claim\'s clause though its holder stands between ("claims by the opposition that he lost")', () => {
    const g = extract('Tom Hale was sworn in on Friday, defying claims by the opposition that he lost the election to Ana Ruiz.');
    expect(edge(g, 'Tom Hale', 'lose', 'Ana Ruiz').modality).toBe('hedged');
  });

  it('keeps the source of a hedged report, with its modality', () => {
    const e = edge(extract('Okonkwo Capital may buy Brightvale Logistics, Amara Okafor said.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics');
    expect(e.source).toBe('Amara Okafor');
    expect(e.modality).toBe('hedged');
  });

  it('gives a plain statement no source', () => {
    expect(edge(extract('Okonkwo Capital bought Brightvale Logistics.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics').source).toBeUndefined();
  });

  it('does not make a speaker the source of the role the sentence names them by', () => {
    const g = extract('Okonkwo Capital reported record profits. Its chief executive, Stavros Kallis, said the company would expand.');
    expect(edge(g, 'Stavros Kallis', 'executive', 'Okonkwo Capital').source).toBeUndefined();
  });

  it('takes the speaker after "said" past their titles ("said Okonkwo spokesman Kevin Kelly")', () => {
    expect(edge(extract('Okonkwo Capital bought Brightvale Logistics, said Okonkwo Capital spokesman Kevin Kelly.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics').source).toBe('Kevin Kelly');
  });

  it('takes the speaker who closes the sentence past their titles ("…, his spokeswoman Mira Holt said"), not whom a verb of saying inside it addresses', () => {
    const g = extract('Lena Varga travelled to Kharp to claim the body, but officials told her it would not be released, her spokeswoman Mira Holt said.');
    expect(edge(g, 'Lena Varga', 'claim', 'body').source).toBe('Mira Holt');
  });

  it('takes no one who reports a thing ("reported a fall in profit") for the source of the rest of the sentence', () => {
    const g = extract('Vantrex Foods reported a fall in profit on Tuesday, hurt by output cuts agreed by OPEC+.');
    expect(edge(g, 'OPEC', 'agree', 'output cuts').source).toBeUndefined();
    expect(edge(extract('Amara Okafor reported that Okonkwo Capital bought Brightvale Logistics.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics').source).toBe('Amara Okafor');
  });

  it('takes no name after "saying" for the speaker when a verb follows it: that name is what is reported', () => {
    const e = edge(extract('Okonkwo Capital bought Brightvale Logistics on Monday, saying Amara Okafor had approved the deal.'), 'Okonkwo Capital', 'buy', 'Brightvale Logistics');
    expect(e.source).toBeUndefined();
  });

  it('gives a title inside a report no source: the writer titles the person, not the speaker', () => {
    const g = extract('Amara Okafor said Polish President Jan Novak had called Vantria.');
    expect(edge(g, 'Jan Novak', 'call', 'Vantria').source).toBe('Amara Okafor');
    expect(g.filterEdges((_, a, s) => a.label === 'president of' && g.getNodeAttribute(s, 'label') === 'Jan Novak').map((e) => g.getEdgeAttribute(e, 'source'))).toEqual([undefined]);
  });
});

describe('arrests', () => {
  it('hedges the act someone is arrested in, not the place of the arrest', () => {
    const g = extract('Marco Bellini was arrested in the shooting of Elena Sokolova. Piotr Nowak was arrested in Gdansk.');
    expect(edge(g, 'Marco Bellini', 'shoot', 'Elena Sokolova').modality).toBe('hedged');
    expect(edge(g, 'Piotr Nowak', 'arrest', 'Gdansk').modality).toBe('asserted');
  });

  it('reads a clause without "that" as the clause of the verb before its subject ("suspect Tom Hale knew", "denied Tom Hale knew", "did not say Orion Cloud had paid")', () => {
    expect(edge(extract('Prosecutors suspect Tom Hale knew about the scheme.'), 'Tom Hale', 'know', 'scheme').modality).toBe('hedged');
    expect(edge(extract('Orion Cloud denied Tom Hale knew about the scheme.'), 'Tom Hale', 'know', 'scheme').polarity).toBe('negative');
    expect(edge(extract('Tom Hale did not say Orion Cloud had paid the bribes.'), 'Orion Cloud', 'pay', 'bribes').modality).toBe('hedged');
    const said = edge(extract('Tom Hale said Orion Cloud had paid the bribes.'), 'Orion Cloud', 'pay', 'bribes');
    expect([said.polarity, said.modality]).toEqual(['positive', 'asserted']);
  });

  it('denies the clause of a report a headline denies without "that" ("Orion Cloud denies report it will cut 10,000 jobs")', () => {
    const cut = edge(extract('Orion Cloud denies report it will cut 10,000 jobs'), 'Orion Cloud', 'cut', 'jobs');
    expect([cut.polarity, cut.modality]).toEqual(['negative', 'hedged']);
  });

  it('leaves open a clause no one proved or one declined to say ("had not proved that", "failed to prove that", "refused to confirm that")', () => {
    expect(edge(extract('The court found that prosecutors had not proved that Lina Marek had been paid by Russia.'), 'Russia', 'pay', 'Lina Marek').modality).toBe('hedged');
    expect(edge(extract('Prosecutors failed to prove that Russia paid Lina Marek.'), 'Russia', 'pay', 'Lina Marek').modality).toBe('hedged');
    expect(edge(extract('Police refused to confirm that Russia paid Lina Marek.'), 'Russia', 'pay', 'Lina Marek').modality).toBe('hedged');
    expect(edge(extract('Prosecutors proved that Russia paid Lina Marek.'), 'Russia', 'pay', 'Lina Marek').modality).toBe('asserted');
  });
});
