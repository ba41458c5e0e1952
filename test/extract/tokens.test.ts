import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { LONGEST_SENTENCE, parse, textPieces, tokenize } from '../../shared/extract/tokens';
import { extract, node, relations, triples } from './helpers';

/** The tags of the first token of the first sentence of `text` whose lower-case form is `word`. */
const tagsOf = (text: string, word: string) => [...tokenize(text)[0]!.tokens.find((t) => t.lower === word)!.tags];

const corpus = join(import.meta.dirname, '..', '..', 'graph-data', 'corpus');
const sample = readdirSync(corpus).sort().map((f) => readFileSync(join(corpus, f), 'utf8')).join('\n\n');

/** Every term as compromise left it: its text, spacing, tags, normal form and root (not its chunk: the staged parse skips chunking). */
function terms(doc: { document: { text: string; pre: string; post: string; tags: Set<string>; normal: string; root?: string }[][] }): string {
  return JSON.stringify(doc.document.map((s) => s.map((t) => [t.text, t.pre, t.post, [...t.tags].sort(), t.normal, t.root])));
}

describe('the staged parse', () => {
  it("tags every term exactly as one nlp() call does, across several batches of sentences", () => {
    const whole = nlp(sample);
    whole.compute('root');
    const staged = parse(sample);
    expect(staged.document.length).toBeGreaterThan(300);
    expect(terms(staged as never)).toBe(terms(whole as never));
  });

  it('reports its progress in steps that only go up, ending at 1', () => {
    const reports: number[] = [];
    parse(sample, (done) => reports.push(done));
    expect(reports.length).toBeGreaterThan(6);
    for (let i = 1; i < reports.length; i++) expect(reports[i]).toBeGreaterThan(reports[i - 1]!);
    expect(reports[0]).toBeGreaterThan(0);
    expect(reports.at(-1)).toBe(1);
  });
});

describe('text without sentence ends', () => {
  const run = (words: string[], bytes: number) => {
    let text = '';
    for (let i = 0; text.length < bytes; i++) text += `${words[i % words.length]} `;
    return text;
  };

  it('is cut into pieces that cover it, none with a run longer than a sentence may be', () => {
    const text = run(['Russia', 'supplied', 'drones,', 'officials', 'in', 'Kyiv', 'said'], 30_000);
    const pieces = textPieces(text);
    expect(pieces[0]![0]).toBe(0);
    expect(pieces.at(-1)![1]).toBe(text.length);
    for (let k = 1; k < pieces.length; k++) expect(pieces[k]![0]).toBe(pieces[k - 1]![1]);
    for (const [start, end] of pieces) expect(end - start).toBeLessThanOrEqual(LONGEST_SENTENCE);
    // A comma is the preferred place to cut.
    expect(pieces.slice(0, -1).every(([, end]) => text[end - 1] === ',')).toBe(true);
  });

  it('gives sentences no longer than the limit, whose offsets point into the text', () => {
    const text = `${run(['buffalo'], 12_000)}\n${'x'.repeat(3_000)} Berlin.`;
    const sentences = tokenize(text);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(LONGEST_SENTENCE);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(sentences.at(-1)!.tokens.at(-1)!.text).toBe('Berlin');
  });

  it('leaves ordinary text in one piece, parsed as before', () => {
    expect(textPieces(sample)).toEqual([[0, sample.length]]);
  });
});

describe('sentence ends', () => {
  it('does not end a sentence at an initial before a name, but still at a line end', () => {
    // A line of a cricket scorecard that compromise cuts after "(A.".
    const line = 'Chester-le-Street: Glamorgan 259 and 207 (A. Dale 69, H. Morris 69; D. Blenkiron 4-43), Durham 114 (S. Watkin 4-28) and 81-3';
    const sentences = tokenize(`${line}.\nPlan B.\nIt failed.`);
    expect(sentences.map((s) => s.text)).toEqual([line, 'Plan B.', 'It failed.']);
  });

  it('ends a sentence at a name of one letter after a word in lower case, where the text names it so elsewhere ("fines imposed on X. Starlink said")', () => {
    const text = 'Users of X in Brazil left. The judge froze accounts to ensure payment of fines imposed on X. Starlink said it would pay.';
    expect(tokenize(text).map((s) => s.text)).toEqual(['Users of X in Brazil left.', 'The judge froze accounts to ensure payment of fines imposed on X.', 'Starlink said it would pay.']);
    // An initial otherwise: "said A. Kumar".
    expect(tokenize('The shares rose, said A. Kumar, an analyst.')).toHaveLength(1);
  });
});

describe("tags mended where compromise slips", () => {
  it('reads the word a possessive determiner owns as a noun, not a verb ("whose books"), and leaves "her" alone', () => {
    const [sentence] = tokenize('Ines Calloway, the novelist whose books about Irish families won praise, saw her leave.');
    const tags = (word: string) => [...sentence!.tokens.find((t) => t.text === word)!.tags];
    expect(tags('books')).toContain('Noun');
    expect(tags('books')).not.toContain('Verb');
    expect(tags('leave')).toContain('Verb');
  });

  it('reads a plural in -ators or -ssors as a noun, never a verb ("a report that regulators in Oslo were …")', () => {
    const tags = (text: string, word: string) => [...tokenize(text)[0]!.tokens.find((t) => t.text === word)!.tags];
    expect(tags('Orion denied a report that regulators in Oslo were reviewing its loans.', 'regulators')).toEqual(['Noun', 'Plural']);
  });

  it('reads a verb-looking word after an article or a sum as a noun, but not after a bare number', () => {
    const tags = (text: string, word: string) => [...tokenize(text)[0]!.tokens.find((t) => t.text === word)!.tags];
    expect(tags('They were held to a 1-1 draw by Mainz.', 'draw')).toContain('Noun');
    expect(tags('Orion signs $9 billion deal for chips.', 'deal')).toContain('Noun');
    expect(tags('About 20 remain in hospital.', 'remain')).toContain('Verb');
    expect(tags('The two will meet on Friday.', 'will')).not.toContain('Noun');
  });

  it('reads "over" before an article, an owner or a name after a verb as a preposition, "sweeping" before a noun and a participle after an article\'s demonym as adjectives, "trial" as a noun, and a gerund ending a phrase "in" governs as a noun', () => {
    const tags = (text: string, word: string) => [...tokenize(text)[0]!.tokens.find((t) => t.text === word)!.tags];
    expect(tags('He resigned amid protests over a disputed count.', 'over')).toContain('Preposition');
    expect(tags("Tensions rose over Halvia's claims that drones crossed.", 'over')).toContain('Preposition');
    expect(tags('The plane dropped sharply over Myanmar and landed.', 'over')).toContain('Preposition');
    expect(tags('A Russian guided bomb struck a building.', 'guided')).toContain('Adjective');
    expect(tags('Milei wins approval for sweeping reform bill', 'sweeping')).toContain('Adjective');
    expect(tags('Orion exports its know-how to developing markets.', 'developing')).toContain('Adjective');
    expect(tags('Ruiz will not face trial over the shooting.', 'trial')).toContain('Noun');
    expect(tags('Shares fell 3% in afternoon trading in Oslo.', 'trading')).toContain('Noun');
    expect(tags('Shares fell 3% in afternoon trading in Oslo.', 'in')).toContain('Preposition');
    expect(tags('With police firing tear gas, the crowd fled.', 'firing')).toContain('Verb');
  });

  it('reads a bare verb ending a phrase an owner opens as its noun, but not one with an object or after a plural', () => {
    const tags = (text: string, word: string) => [...tokenize(text)[0]!.tokens.find((t) => t.text === word)!.tags];
    expect(tags('He financed his failed 2012 re-election campaign and lost.', 'campaign')).toContain('Noun');
    expect(tags('Their team play the final.', 'play')).toContain('Verb');
    expect(tags('Its rivals plan to sue.', 'plan')).toContain('Verb');
  });

  it('reads "still" before a verb as an adverb, and the verb after it as a verb ("still needs"), but not after an article', () => {
    const [sentence] = tokenize('Orion still needs approval, though the still air was cold.');
    const token = (word: string) => sentence!.tokens.find((t) => t.text === word)!;
    expect([...token('needs').tags]).toContain('Verb');
    expect(token('needs').root).toBe('need');
    expect([...sentence!.tokens[1]!.tags]).toEqual(['Adverb']);
    expect([...sentence!.tokens[6]!.tags]).toContain('Adjective');
  });

  it('reads "rose" as a verb but after an article, an adjective or an owner', () => {
    const sentences = tokenize('Prices rose 3% in March. The rose bloomed. A red rose fell.');
    const tags = (s: number) => [...sentences[s]!.tokens.find((t) => t.text === 'rose')!.tags];
    expect(tags(0)).toContain('Verb');
    expect(tags(1)).toContain('Noun');
    expect(tags(2)).toContain('Noun');
  });

  it('reads an adverb opening a sentence as no command ("Later the country …"), and a verb there as a verb', () => {
    const first = (text: string) => [...tokenize(text)[0]!.tokens[0]!.tags];
    expect(first('Later the country signed a deal.')).not.toContain('Verb');
    expect(first('Earlier the minister resigned.')).not.toContain('Verb');
    expect(first('Sign the deal, he said.')).toContain('Verb');
  });

  it('reads "against" as a preposition, which a relation\'s label keeps ("voted against")', () => {
    const [sentence] = tokenize('Germany voted against the tariffs.');
    expect([...sentence!.tokens.find((t) => t.text === 'against')!.tags]).toEqual(['Preposition']);
    expect(relations(extract('Germany voted against the tariffs.'))).toEqual(['Germany --voted against--> tariffs']);
  });

  it('reads "following" and "including" as prepositions, but after an auxiliary as verbs', () => {
    expect(tagsOf('Russia withdrew troops following talks with Turkey.', 'following')).toEqual(['Preposition']);
    expect(tagsOf('Several countries, including France, sent aid.', 'including')).toEqual(['Preposition']);
    expect(tagsOf('Police are following the suspect.', 'following')).toContain('Verb');
    expect(relations(extract('Russia withdrew troops following talks with Turkey.'))).toEqual(['Russia --withdrew--> troops']);
  });

  it('reads a word with a capital inside it as a name, not a verb its ending suggests ("ComEd agreed")', () => {
    expect(tagsOf('ComEd agreed to pay a fine.', 'comed')).toContain('ProperNoun');
    expect(tagsOf('ComEd agreed to pay a fine.', 'comed')).not.toContain('Verb');
    // Wherever it stands and whatever compromise reads it as; not an abbreviation's plural.
    expect(tagsOf('SkyCast estimated the damage.', 'skycast')).toContain('ProperNoun');
    expect(tagsOf('PhDs are rare.', 'phds')).toContain('Plural');
  });

  it('reads a bare noun after "and" before an owning pronoun as a verb ("buy back shares and raise its dividend")', () => {
    expect(tagsOf('The bank will buy back 750 million euros of shares and raise its dividend.', 'raise')).toContain('Verb');
    expect(tagsOf('The bank praised growth and its staff.', 'growth')).not.toContain('Verb');
  });

  it('reads the bare verb after "help" as a verb ("helped fund")', () => {
    const [sentence] = tokenize('Denmark has helped fund production of the missile.');
    expect([...sentence!.tokens.find((t) => t.text === 'fund')!.tags]).toContain('Verb');
    // A noun the lexicon knows only as a noun is the verb before an article or an owner; not a name, nor a noun that ends the phrase.
    expect(tagsOf('Egypt has helped broker the deal.', 'broker')).toContain('Verb');
    expect(tagsOf('Qatar helped shape its response.', 'shape')).toContain('Verb');
    expect(tagsOf('The loan helped Sterling the most.', 'sterling')).not.toContain('Verb');
    expect(relations(extract('Egypt has helped broker the deal.'))).toEqual(['Egypt --has helped broker--> deal']);
    // So is one before a number or a plural: "helped destroy dozens of drones".
    expect(tagsOf('U.S. forces helped destroy dozens of drones.', 'destroy')).toContain('Verb');
    expect(tagsOf('The charity helped house refugees.', 'house')).toContain('Verb');
  });

  it('reads "long" between "have" and its participle as an adverb, so the verb group goes on ("has long criticised")', () => {
    expect(tagsOf('Tom Hale has long criticised Kestrel.', 'long')).toContain('Adverb');
    expect(tagsOf('The merger had long delays.', 'long')).not.toContain('Adverb');
    expect(relations(extract('Tom Hale has long criticised Kestrel. Ana Ruiz had long opposed the merger.')).sort()).toEqual(['Ana Ruiz --had opposed--> merger', 'Tom Hale --has criticised--> Kestrel']);
  });

  it('reads a word compromise takes for an adverb after a modal as its verb before what opens an object ("will close 50 stores")', () => {
    expect(tagsOf('Halden Retail will close 50 stores.', 'close')).toContain('Verb');
    expect(tagsOf('Halden Retail will still lead the market.', 'still')).not.toContain('Verb');
    expect(relations(extract('Halden Retail will close all of its stores in Spain.'))).toContain('Halden Retail --will close--> stores');
  });

  it('reads "ex-" before a name as a word of its own, and the name as a name ("ex-Nissan Motor chairman Carlos Ghosn")', () => {
    const [sentence] = tokenize('Tom Hale was an aide to ex-Kestrel Motor chairman Ivo Brandt.');
    expect(sentence!.tokens.map((t) => t.text)).toContain('Kestrel');
    const g = extract('Tom Hale was an aide to ex-Kestrel Motor chairman Ivo Brandt.');
    expect(relations(g)).toContain('Ivo Brandt --former chairman of--> Kestrel Motor');
  });

  it('reads a name in "\'s" the gazetteer knows as a company\'s as owning nothing ("McDonald\'s said")', () => {
    const [sentence] = tokenize("McDonald's said it would close 200 restaurants.");
    expect(sentence!.tokens[0]!.possessive).toBe(false);
    const g = extract("McDonald's said on Monday it would close 200 restaurants in Kestia.");
    expect(node(g, "McDonald's")?.type).toBe('Organization');
    expect(relations(g)).toContain("McDonald's --would close--> restaurants");
  });

  it('reads "back" after "to" as the infinitive compromise reads, not where to ("refused to back the aid")', () => {
    expect(relations(extract('Tom Hale refused to back the plan.'))).toEqual(['Tom Hale --refused to back--> plan']);
    expect(relations(extract('The army sent Tom Hale back to Kestia.'))).toContain('army --sent to--> Kestia');
  });

  it('reads a participle spelled like its base form after "have" as the verb ("has cut", "had set"), and "have" as its auxiliary', () => {
    expect(tagsOf('The bank has cut rates.', 'cut')).toContain('Verb');
    expect(tagsOf('The bank has cut rates.', 'has')).toContain('Auxiliary');
    expect(tagsOf('He has a cut on his hand.', 'cut')).not.toContain('Verb');
    expect(relations(extract('Vantria has hit Darrow with drones. Orion Cloud had set a target.'))).toEqual(expect.arrayContaining(['Vantria --has hit--> Darrow', 'Orion Cloud --had set--> target']));
  });

  it('reads a word the lexicon does not know after "to" as the infinitive before an article, an owner or a name', () => {
    expect(tagsOf('Chile won on Friday to retain its title.', 'retain')).toContain('Verb');
    expect(tagsOf('The allies agreed to sanction Vantrex Foods.', 'sanction')).toContain('Verb');
    expect(tagsOf('He was taken to hospital the same day.', 'hospital')).not.toContain('Verb');
    expect(tagsOf('Tom Hale was loaned to serie A club Vantria.', 'serie')).not.toContain('Verb');
    expect(relations(extract('Peru moved to sanction the regime in Vantria.'))).toContain('Peru --moved to sanction--> regime');
  });

  it('reads the word after a verb that takes an infinitive and "to" as that infinitive ("intended to annex"), not after one whose "to" may be a preposition', () => {
    expect(tagsOf('Vantria intends to annex the region.', 'annex')).toContain('Verb');
    expect(tagsOf('Vantria has refused to annex it.', 'annex')).toContain('Verb');
    expect(tagsOf('The rebels agreed to arbitration.', 'arbitration')).not.toContain('Verb');
    expect(relations(extract('Vantria intends to annex the region.'))).toEqual(['Vantria --intends to annex--> region']);
  });

  it('reads a noun for acts that "and" joins to a noun before a preposition as a noun ("bombings of pipelines and attacks on police stations")', () => {
    expect(tagsOf('The group was blamed for bombings of pipelines and attacks on police stations.', 'attacks')).toEqual(['Noun', 'Plural']);
    // Not a verb that no act's noun is: "builds roads and operates in Kenya".
    expect(tagsOf('The firm builds roads and operates in Kenya.', 'operates')).toContain('Verb');
  });

  it('reads a plural after a bare noun a verb takes as a noun ("launched drone attacks on Kyiv")', () => {
    expect(tagsOf('Vantria launched drone attacks on Kyiv.', 'attacks')).toEqual(['Noun', 'Plural']);
    expect(relations(extract('Vantria launched drone attacks on Kyiv.')).sort()).toEqual(['Vantria --launched attacks on--> Kyiv', 'Vantria --launched--> drone attacks']);
    // Not where the noun may be the subject of a clause the verb takes, nor after an article ("the company deals with").
    expect(tagsOf('He said inflation slows.', 'slows')).toContain('Verb');
    expect(tagsOf('She thinks growth remains weak.', 'remains')).toContain('Verb');
    expect(tagsOf('The company deals with Chile.', 'deals')).toContain('Verb');
    // Past the object's number and adjectives.
    expect(relations(extract('Vantrex would build three new chip plants in Arizona.'))).toContain('Vantrex --would build plants in--> Arizona');
    // At the sentence's end too; but not before what a verb takes ("… consider diplomacy means that …").
    expect(tagsOf('Vantria imposed export controls.', 'controls')).toEqual(['Noun', 'Plural']);
    // After a mass noun too: "removed currency controls".
    expect(tagsOf('Tom Hale removed currency controls last year.', 'controls')).toEqual(['Noun', 'Plural']);
    expect(tagsOf('The idea that they would consider diplomacy means that talks are near.', 'means')).toContain('Verb');
  });

  it('reads a word between a past-tense verb and a plural as a noun, not a bare infinitive ("issued arrest warrants"), but not after "help"', () => {
    expect(tagsOf('The court issued arrest warrants for Yoav Gallant.', 'arrest')).toEqual(['Noun', 'Singular']);
    expect(relations(extract('The court issued arrest warrants for Yoav Gallant.'))).toContain('court --issued warrants for--> Yoav Gallant');
    expect(tagsOf('Volunteers helped build homes.', 'build')).toContain('Verb');
  });

  it('reads "over" right after a name as a preposition, so the name ends there ("Yoav Gallant over alleged war crimes")', () => {
    expect(tagsOf('The court sought Yoav Gallant over alleged war crimes.', 'over')).toEqual(['Preposition']);
    expect(node(extract('The court sought Yoav Gallant over alleged war crimes.'), 'Yoav Gallant')?.type).toBe('Person');
    expect(tagsOf('The war is over.', 'over')).toContain('Adjective');
  });

  it('reads an adjective that ends an owner\'s phrase before a comma or a verb as its noun ("its main rival,"), but not "own"', () => {
    expect(tagsOf('Halden Corp, its main rival, made a similar shift.', 'rival')).toEqual(['Noun', 'Singular']);
    expect(tagsOf('The bank fought on its own.', 'own')).toContain('Adjective');
    expect(tagsOf('Their position is strong.', 'strong')).toContain('Adjective');
  });

  it('reads the verb compromise finds after a share in words as a noun, and its particle as a preposition ("a 15 percent fall in profit")', () => {
    expect(tagsOf('Vantrex reported a 15 percent fall in quarterly profit.', 'fall')).toEqual(['Noun', 'Singular']);
    expect(tagsOf('Vantrex reported a 15 percent fall in quarterly profit.', 'in')).toEqual(['Preposition']);
    expect(tagsOf('Prices may fall in May.', 'fall')).toContain('Verb');
  });

  it('reads a plural the lexicon knows, after a name and before a verb in the past, a preposition or a noun it modifies, as a noun ("Russian police detained …")', () => {
    expect(tagsOf('Russian police detained Ana Ruiz.', 'police')).toEqual(['Noun', 'Plural']);
    // Before a preposition too: "Dutch police on Monday arrested …".
    expect(tagsOf('Dutch police on Monday arrested Ana Ruiz.', 'police')).toEqual(['Noun', 'Plural']);
    expect(relations(extract('Dutch police on Monday arrested Ana Ruiz.'))).toContain('Dutch police --arrested--> Ana Ruiz');
    expect(tagsOf('Peru ordered Chilean forces in the north to withdraw.', 'forces')).toEqual(['Noun', 'Plural']);
    expect(tagsOf('Anna Berg works for Vantrex Foods.', 'works')).toContain('Verb');
    // Before a noun it modifies, one not in -s ("Kenyan police officers"); a headline's verb in -s stays one.
    expect(tagsOf('Kenyan police officers arrive in Haiti to fight gangs', 'police')).toEqual(['Noun', 'Plural']);
    expect(tagsOf('Pedro Sanchez wins parliament vote', 'wins')).toContain('Verb');
  });

  it('reads a "there" that says where as an adverb, not as the end of the noun before it ("installed puppet regimes there")', () => {
    expect(tagsOf('Vantria installed puppet regimes there.', 'there')).toEqual(['Adverb']);
    expect(relations(extract('Vantria installed puppet regimes there.'))).toEqual(['Vantria --installed--> puppet regimes']);
  });

  it('reads "under" as a preposition, so no title after it is taken for a number\'s ("dropped them to 0-4 under new manager Bobby Valentine")', () => {
    const text = 'The loss dropped them to 0-4 under new manager Bobby Valentine.';
    expect(tagsOf(text, 'under')).toEqual(['Preposition']);
    expect(relations(extract(text))).toEqual([]);
  });

  it('reads "rates" after a common noun as a noun ("interest rates"), not a verb', () => {
    expect(tagsOf('The bank raised interest rates on Thursday.', 'rates')).toEqual(['Noun', 'Plural']);
    expect(relations(extract('The European Central Bank raised interest rates on Thursday.'))).toEqual(['European Central Bank --raised--> interest rates']);
  });

  it('reads "around" before a name or an article as a preposition, whose phrase a trailing participle does not take its doer from', () => {
    const text = "China's military staged large-scale drills around Taiwan on Monday, simulating a blockade of the island's ports.";
    expect(tagsOf(text, 'around')).toEqual(['Preposition']);
    expect(relations(extract(text))).toEqual(expect.arrayContaining(['China --simulating--> blockade', 'China --staged drills around--> Taiwan']));
  });

  it('reads "about" and "around" before a number as rounding it, not as a preposition, except after a verb that takes "about"', () => {
    expect(tagsOf('Berlin owns about 12 percent of Nordbank.', 'about')).toEqual(['Adverb']);
    expect(tagsOf('Vantrex talked about 12 issues.', 'about')).toContain('Preposition');
    expect(relations(extract('The German government still owns about 12 percent of Nordbank.'))).toContain('German government --owns percent of--> Nordbank');
  });

  it('reads a plural after a name and before a verb in the past as a noun, not a verb ("Kestrel shares fell")', () => {
    const [sentence] = tokenize('Kestrel Aerospace shares fell 3% on Monday.');
    expect([...sentence!.tokens.find((t) => t.text === 'shares')!.tags]).toEqual(['Noun', 'Plural']);
    const [says] = tokenize('Russia says it fell.');
    expect([...says!.tokens.find((t) => t.text === 'says')!.tags]).toContain('Verb');
  });

  it('reads a past tense spelled like its base form after a name and before its object as the verb, not a noun the name qualifies ("Orion Cloud forecast strong sales")', () => {
    expect(tagsOf('Orion Cloud forecast strong sales on Monday.', 'forecast')).toEqual(['Verb', 'PastTense']);
    expect(tagsOf('Halden cut its prices.', 'cut')).toEqual(['Verb', 'PastTense']);
    expect(tagsOf('The European Central Bank cut interest rates on Thursday.', 'cut')).toEqual(['Verb', 'PastTense']);
    expect(tagsOf('The Halden forecast was wrong.', 'forecast')).not.toContain('Verb');
    expect(tagsOf('Halden Bank\'s forecast of growth was wrong.', 'forecast')).not.toContain('Verb');
  });

  it('reads "than" in "more than" before a number as rounding it, so the number\'s noun is the object ("launched more than 200 missiles")', () => {
    expect(tagsOf('Russia launched more than 200 missiles.', 'than')).toEqual(['Adverb']);
    expect(tagsOf('Russia is bigger than Kestia.', 'than')).not.toEqual(['Adverb']);
    expect(relations(extract('Kestia said Russia had launched more than 200 missiles at power plants.'))).toContain('Russia --had launched--> missiles');
  });

  it('reads "right" after an article or an owner as a noun ("has the right to buy")', () => {
    expect(tagsOf('Halvorsen has the right to buy Talvik.', 'right')).toEqual(['Noun', 'Singular']);
    expect(tagsOf('Voters defended their right to protest.', 'right')).toEqual(['Noun', 'Singular']);
  });

  it('reads a participle of change opening a phrase before a noun as an adjective ("amid rising prices", "hit by falling margins")', () => {
    expect(tagsOf('Amid rising prices, the bank cut rates.', 'rising')).toEqual(['Adjective']);
    expect(tagsOf('Prices were rising sharply in May.', 'rising')).toContain('Verb');
    const g = extract('Vantrex Foods tries to turn around a business hit by falling prescription margins.');
    expect(relations(g).filter((r) => r.includes('falling'))).toEqual([]);
    // Of fortune too, and after a number: "hundreds of underperforming shops", "two failing banks".
    expect(tagsOf('Orion Cloud will close hundreds of underperforming coffee shops in Canada.', 'underperforming')).toEqual(['Adjective']);
    expect(tagsOf('Orion Cloud bought two failing banks.', 'failing')).toEqual(['Adjective']);
    expect(relations(extract('Orion Cloud will close hundreds of underperforming coffee shops in Canada.')).filter((r) => r.includes('underperforming'))).toEqual([]);
  });

  it('reads "home" with no article, owner or adjective before it, and no noun after it, as an adverb ("bring them home on Starliner")', () => {
    expect(tagsOf('Kestia will bring the crew home on Friday.', 'home')).toEqual(['Adverb']);
    expect(tagsOf('The soldiers flew home.', 'home')).toEqual(['Adverb']);
    expect(tagsOf('Halden sold home loans.', 'home')).not.toEqual(['Adverb']);
    expect(tagsOf('Tom Hale returned to his home in Ohio.', 'home')).not.toEqual(['Adverb']);
    expect(relations(extract('Orion Cloud will bring the crew home on Friday.')).filter((r) => r.endsWith('home'))).toEqual([]);
  });

  it('reads a verb that takes "to" after a name as the name\'s verb, not a plural it qualifies ("BYD plans to build")', () => {
    expect(tagsOf('VTX plans to build factories in Hungary.', 'plans')).toContain('Verb');
    expect(tagsOf("Vantrex's plans to build factories were shelved.", 'plans')).not.toContain('Verb');
    expect(tokenize('VTX refuses to pay the fine.')[0]!.tokens[1]).toMatchObject({ tags: new Set(['Verb', 'PresentTense']), root: 'refuse' });
    expect(relations(extract('VTX plans to build factories in Hungary. NVX aims to raise prices.'))).toEqual(expect.arrayContaining(['VTX --plans to build--> factories', 'NVX --aims to raise--> prices']));
  });

  it('takes an infinitive as its own base ("to focus", "could withhold"), and an irregular participle to its verb ("has overtaken", "had beaten")', () => {
    const root = (text: string, word: string) => tokenize(text)[0]!.tokens.find((t) => t.lower === word)!.root;
    expect(root('Tom Hale urged the company to focus on its stores.', 'focus')).toBe('focus');
    expect(root('Vantrex has overtaken Orion Cloud.', 'overtaken')).toBe('overtake');
    expect(root('Orion Cloud has undertaken a review.', 'undertaken')).toBe('undertake');
    expect(root('Orion Cloud could withhold the payment.', 'withhold')).toBe('withhold');
    expect(root('Ana Ruiz, who had beaten Lena Vogt, won.', 'beaten')).toBe('beat');
    expect(relations(extract('Vantrex has overtaken Orion Cloud.'))).toContain('Vantrex --has overtaken--> Orion Cloud');
  });

  it('reads a word after "to" with an ending no verb has as no infinitive ("lost to libertarian Ana Ruiz")', () => {
    expect(tagsOf('Tom Hale lost the runoff to libertarian Ana Ruiz.', 'libertarian')).not.toContain('Verb');
    expect(triples(extract('Tom Hale lost the runoff to libertarian Ana Ruiz.')).filter(([, p]) => p === 'libertarian')).toEqual([]);
  });

  it('reads a past tense spelled like its base after an aside set off after the name opening a sentence as its verb ("Petro, a senator …, beat …")', () => {
    expect(tagsOf('Tom Hale, a senator and former mayor of Dalby, beat construction magnate Ana Ruiz.', 'beat')).toContain('Verb');
    const g = extract('Tom Hale, a senator and former mayor of Oslo, beat construction magnate Ana Ruiz with half of the vote.');
    expect(triples(g)).toEqual(expect.arrayContaining([['Tom Hale', 'beat', 'Ana Ruiz'], ['Tom Hale', 'mayor', 'Oslo']]));
    expect(relations(g).filter((r) => r.startsWith('Ana Ruiz'))).toEqual([]);
  });

  it('reads "worth" as no verb, so an aside it opens is passed for the subject ("The gifts, worth more than …, were given by …")', () => {
    expect(tagsOf('The gifts, worth more than 400,000 dollars, were given by Tom Hale.', 'worth')).not.toContain('Verb');
    expect(relations(extract('The gifts, worth more than 400,000 dollars, were given by Tom Hale.'))).toContain('Tom Hale --given--> gifts');
  });

  it('reads a mass noun after a verb that takes an infinitive and "to" as that infinitive ("sought to water down")', () => {
    expect(tagsOf('Ana Ruiz sought to water down the rules.', 'water')).toContain('Verb');
  });

  it('reads the field before a title as a noun qualifying it ("research chief Bob McGrew"), not a verb', () => {
    expect(tagsOf('Two executives, research chief Tom Hale and adviser Ana Ruiz, left.', 'research')).toContain('Noun');
    expect(relations(extract('Two other executives, research chief Tom Hale and vice president Ana Ruiz, said they would leave Orion Cloud.')).filter((r) => r.includes('research'))).toEqual([]);
  });

  it('takes a verb in -eed as its own base form ("succeed", "proceed") and "shed" as one that does not change', () => {
    const g = extract('Ana Ruiz, who is seen as the frontrunner to succeed Tom Hale, spoke. Lena Vogt, who has shed the Vantrex Foods unit, said Orion Cloud would grow.');
    expect(triples(g)).toEqual(expect.arrayContaining([['Ana Ruiz', 'succeed', 'Tom Hale'], ['Lena Vogt', 'shed', 'Vantrex Foods']]));
  });

  it('reads a month that is also a given name as the month after a word that says when, with no name after it ("took over in August,")', () => {
    expect(tagsOf('Lena Vogt, who took over in August, said sales rose.', 'august')).toContain('Month');
    expect(tagsOf('Sales have fallen since June.', 'june')).toContain('Month');
    expect(tagsOf('Since June Hale took over, sales have fallen.', 'june')).not.toContain('Month');
    expect(relations(extract('Lena Vogt, who took over in August, said Orion Cloud would cut jobs.')).filter((r) => r.endsWith('august'))).toEqual([]);
  });

  it('keeps a capitalised prefix and the lower-case word hyphened to it as one word of a name ("Co-operation"), and a name after it apart', () => {
    const words = tokenize('The Kestian Co-operation Council met Kremlin-backed Anti-Fraud officials.')[0]!.tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Co-operation', 'Kremlin', 'backed', 'Anti', 'Fraud']));
    expect(node(extract('The Kestian Co-operation Council met in Ostrava.'), 'Kestian Co-operation Council')?.type).toBe('Organization');
  });

  it('reads a lower-case compass adjective as an adjective, so the phrase it opens is the name\'s ("Residents of towns in eastern Norway hurled …")', () => {
    expect(tagsOf('Residents of towns in eastern Norway hurled stones.', 'eastern')).toEqual(['Adjective']);
    expect(relations(extract('Residents of towns in eastern Norway hurled stones at Tom Hale.'))).toEqual(['residents --hurled stones at--> Tom Hale']);
  });

  it('reads a verb compromise calls a present but its lexicon knows as a gerund as the gerund (", siding with …"), not after a modifier', () => {
    expect(tagsOf('A judge blocked the deal, siding with the regulator.', 'siding')).toContain('Gerund');
    expect(tagsOf('A judge blocked the deal, siding with the regulator.', 'siding')).not.toContain('PresentTense');
  });

  it('reads a sentence\'s first word in -s before a preposition as a plural noun ("Shares in Stellantis fell"), and one after listed names an article opens ("the Vantrex, Kestia and Dalby brands")', () => {
    expect(tagsOf('Shares in Stellantis, which owns the Jeep brand, fell.', 'shares')).toEqual(['Noun', 'Plural']);
    expect(tagsOf('Says Tom Hale: the plan failed.', 'says')).toContain('Verb');
    const text = 'Shares in Vantrex Motors, which owns the Orion, Kestia and Dalby brands, fell 6% in Oslo on Monday.';
    expect(tagsOf(text, 'brands')).toEqual(['Noun', 'Plural']);
    expect(relations(extract(text))).toEqual(['Vantrex Motors --owns--> Orion']);
  });

  it('reads a word hyphened to a number as an adjective ("the five-time Kestia Open champion"), and a contest\'s participle after it as one too ("a five-game losing streak")', () => {
    expect(tagsOf('Ana Ruiz, the five-time Kestia Open champion, beat Lena Vogt.', 'time')).toEqual(['Adjective']);
    expect(relations(extract('Dalby, Norway (Reuters) - Ana Ruiz, the five-time Kestia Open champion, beat Lena Vogt.')).filter((r) => r.includes('time'))).toEqual([]);
    expect(relations(extract('Orion FC snapped a five-game losing streak.'))).toEqual(['Orion FC --snapped--> five-game losing streak']);
  });

  it('reads "in" before an article or an owner as the preposition, not the noun compromise may make of it ("hit his head in a fall")', () => {
    expect(tagsOf('Tom Hale hit his head in a fall at his home.', 'in')).toEqual(['Preposition']);
    expect(relations(extract('Tom Hale hit his head in a fall at his home in October.')).filter((r) => r.endsWith('> in'))).toEqual([]);
  });

  it('reads a word its lexicon knows as a gerund, which compromise took for a person\'s noun, as the gerund ("passed a law on Thursday banning Orion Cloud")', () => {
    expect(tagsOf('Kestia passed a law on Thursday banning children from Dalby.', 'banning')).toEqual(['Verb', 'Gerund']);
    expect(tagsOf('The banning of the app angered users.', 'banning')).not.toContain('Verb');
    expect(tagsOf('1969 - Scottish motor racing driver Jackie Stewart won the Italian Grand Prix.', 'racing')).not.toContain('Verb');
  });

  it('reads an activity\'s gerund after "to" before a noun as the noun\'s kind ("does not apply to messaging services")', () => {
    expect(tagsOf('The ban does not apply to messaging services.', 'messaging')).toEqual(['Noun', 'Singular']);
  });

  it('reads a word in -ed compromise took for an adjective, between a name and an owner, as the name\'s verb ("approved Vantrex\'s Alzheimer\'s drug")', () => {
    const text = "The U.S. Food and Drug Administration approved Vantrex's Alzheimer's drug Clarezumab on Friday.";
    expect(tagsOf(text, 'approved')).toEqual(['Verb', 'PastTense']);
    expect(relations(extract(text))).toEqual(['Food and Drug Administration --approved--> Clarezumab']);
  });

  it('reads the word after a preposition ending in "to" as no infinitive ("according to court papers")', () => {
    const text = 'Orion Cloud agreed to pay 450 million dollars to settle a lawsuit, according to court papers filed on Tuesday.';
    expect(tagsOf(text, 'court')).toEqual(['Noun', 'Singular']);
    expect(relations(extract(text)).filter((r) => r.includes('court'))).toEqual([]);
  });

  it('reads "shares" after a name and before a verb of their moves as the plural, and the move as its verb ("Veltro shares slump")', () => {
    expect(tagsOf('Veltro shares slump after profit warning', 'shares')).toEqual(['Noun', 'Plural']);
    expect(tagsOf('Veltro shares slump after profit warning', 'slump')).toEqual(['Verb', 'PresentTense']);
    expect(relations(extract('Veltro shares slump after profit warning'))).toEqual([]);
  });

  it('reads a past participle compromise took for an adjective after "have" and a negation as the verb ("had not lost any customers")', () => {
    expect(tagsOf('Veltro said it had not lost any major customers.', 'lost')).toEqual(['Verb', 'PastTense']);
    expect(relations(extract('Veltro Semiconductor said it had not lost any major customers.'))).toEqual(['Veltro Semiconductor --had not lost--> customers']);
  });

  it('reads a word in -s that "and" joins to an infinitive\'s object as a plural, unless an object of its own follows ("to send aircraft and ships to deliver food")', () => {
    expect(tagsOf('Marcos ordered the military to send aircraft and ships to deliver food.', 'ships')).toEqual(['Noun', 'Plural']);
    expect(relations(extract('Ferdinand Marcos ordered the military to send aircraft and ships to deliver food.')).filter((r) => r.includes('deliver'))).toEqual([]);
    expect(tagsOf('Poland is seeking pacts on avoiding double taxation and wants cooperation.', 'wants')).toContain('Verb');
  });

  it('reads a gerund ending the bare object of a verb as the head of a compound ("to expand oil drilling", "denied money laundering")', () => {
    expect(tagsOf('The party announced a plan to expand oil drilling.', 'drilling')).toEqual(['Noun', 'Singular']);
    expect(relations(extract('Halden Bank denied money laundering.'))).toEqual(['Halden Bank --denied--> money laundering']);
    // Not after an article, where it may be what the noun does ("left the oil burning").
    expect(tagsOf('Police left the oil burning.', 'burning')).toContain('Verb');
  });

  it('reads a word in -ed compromise took for an adjective before an owning pronoun as a verb ("also extended its current cuts")', () => {
    expect(tagsOf('OPEC+, which includes Saudi Arabia and Russia, also extended its current cuts.', 'extended')).toEqual(['Verb', 'PastTense']);
    expect(relations(extract('OPEC+, which includes Saudi Arabia and Russia, also extended its current cuts by a year.'))).toContain('OPEC --extended--> cuts');
  });

  it('reads "home" set off after a comma before "to" as the noun of an aside ("Japan and the Netherlands, home to major chipmakers, …")', () => {
    expect(tagsOf('Japan and the Netherlands, home to major equipment makers, have imposed similar restrictions.', 'home')).toEqual(['Noun', 'Singular']);
    expect(relations(extract('Japan and the Netherlands, home to major equipment makers, have imposed similar restrictions.'))).toEqual(['Japan --have imposed--> restrictions', 'Netherlands --have imposed--> restrictions']);
  });

  it('reads a gerund after a place\'s name ending a verb\'s object as the activity there ("supports U.S. manufacturing"), not after a person\'s ("by Oswald acting alone")', () => {
    expect(tagsOf('Apple will double a fund that supports U.S. manufacturing.', 'manufacturing')).toEqual(['Noun', 'Singular']);
    expect(relations(extract('Apple will double a fund that supports U.S. manufacturing.')).filter((r) => r.includes('United States'))).toEqual([]);
    expect(relations(extract('Kennedy was killed by Oswald acting alone.'))).toEqual(['Oswald --killed--> Kennedy']);
    expect(tagsOf('A reporter photographed Biden walking in the park.', 'walking')).toContain('Verb');
  });

  it('reads a word in -s after a name, or its age set off by commas, before an article, an owner or a quantity, as the name\'s verb ("Bayrou, 73, leads the party", "The RSF controls most of Darfur")', () => {
    expect(tagsOf('Tom Hale, 73, leads the Unity party.', 'leads')).toEqual(['Verb', 'PresentTense']);
    expect(relations(extract('Tom Hale, 73, leads the Unity Party.'))).toEqual(['Tom Hale --leads--> Unity Party']);
    expect(tagsOf('The KLF controls most of the Halden region.', 'controls')).toEqual(['Verb', 'PresentTense']);
    // Not one a number counts ("73 leads in the polls").
    expect(tagsOf('The party has 73 leads in the polls.', 'leads')).toContain('Plural');
  });

  it('reads "appeals" before the court that hears them, and the court, as nouns ("a U.S. appeals court blocked"), and "appeals" before an object as a verb', () => {
    expect(tagsOf('A U.S. appeals court on Thursday blocked a state law.', 'appeals')).toEqual(['Noun', 'Plural']);
    expect(tagsOf('A federal appeals court ruled against Orion Cloud.', 'court')).toEqual(['Noun', 'Singular']);
    expect(tagsOf('Orion Cloud appeals the ruling.', 'appeals')).toContain('Verb');
    expect(relations(extract('A federal appeals court ruled against Orion Cloud.'))).toEqual(['federal appeals court --ruled against--> Orion Cloud']);
  });

  it('reads the first word of "thanks to" as a preposition, not a verb ("found her thanks to tipoffs")', () => {
    expect(tagsOf('Police found her in Groningen thanks to tipoffs from the public.', 'thanks')).toEqual(['Preposition']);
    // "according" stays as compromise reads it, which the clause reader takes either way.
    expect(relations(extract('Halden Foods, according to court papers, belongs to a fund called Nordvik Capital.'))).toContain('Halden Foods --belongs to--> fund');
  });

  it('reads a bare verb right after a tensed one that takes none as its object, a noun ("Orion Cloud denies report it will cut jobs")', () => {
    expect(tagsOf('Orion Cloud denies report it will cut 10,000 jobs', 'report')).toEqual(['Noun', 'Singular']);
    expect(tagsOf('Tom Hale helped build the homes.', 'build')).toContain('Verb');
    // Nor an adjective of the result.
    expect(relations(extract('Ronny Brunswijk walked free from court.'))).toEqual([]);
  });
});
