import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NER_MODEL_PATH, nerModel } from '../../main/extract/ner-model';
import { findMentions } from '../../shared/extract/mentions';
import { documentFeatures } from '../../shared/extract/ner/features';
import { marginals } from '../../shared/extract/ner/decode';
import { LABEL_COUNT } from '../../shared/extract/ner/labels';
import { NerModel } from '../../shared/extract/ner/model';
import { tagDocument } from '../../shared/extract/ner/tagger';
import { foldPunctuation } from '../../shared/extract/normalize';
import { recognize } from '../../shared/extract/recognize';
import { tokenize } from '../../shared/extract/tokens';
import { hashString } from '../../shared/layout/rng';
import { extract, node, relations } from './helpers';

// Sentences written for these tests: invented companies, clubs named after their cities, and the
// capitals headlines and league tables of a sports wire. None come from the sample corpus or the eval sets.

interface Name {
  text: string;
  cls: string;
  confidence: number;
}

/** The learned tagger's names, sentence by sentence, as the words they cover. */
function tag(text: string, model: NerModel = nerModel()): Name[][] {
  const sentences = tokenize(foldPunctuation(text));
  return tagDocument(model, sentences).map((names, s) =>
    names.map(({ first, last, cls, confidence }) => ({
      text: sentences[s]!.tokens.slice(first, last + 1).map((t) => t.text).join(' '),
      cls,
      confidence,
    })),
  );
}

const named = (names: Name[][]) => names.flat().map(({ text, cls }) => `${text}/${cls}`);

/** Words of a capitals headline or a table header that name nothing. */
const HEADLINE_WORDS = /\b(?:SOCCER|TENNIS|CRICKET|LATE|GOALS?|GIVE|WIN|OVER|SEEDS|TUMBLE|RAIN|DAY|STANDINGS|RESULTS|MATCHES|GAMES|FINAL|SATURDAY|SUNDAY|PTS)\b/i;

describe('the learned tagger: companies it has never seen', () => {
  it('reads two invented company names as organisations', () => {
    const names = named(tag('Brightvale Logistics said on Tuesday that Okonkwo Capital had raised its stake in the company.'));
    expect(names).toContain('Brightvale Logistics/ORG');
    expect(names).toContain('Okonkwo Capital/ORG');
    expect(names.filter((n) => n.endsWith('/PER'))).toEqual([]);
  });

  it('reads an invented company as an organisation wherever it stands in the sentence', () => {
    expect(named(tag('Analysts at Morgan Stanley expect Brightvale Logistics to sell the unit.'))).toEqual(['Morgan Stanley/ORG', 'Brightvale Logistics/ORG']);
    expect(named(tag('Shares of Okonkwo Capital rose 4 percent after the bank reported higher profits.'))).toEqual(['Okonkwo Capital/ORG']);
  });

  it('keeps two coordinated companies apart, though the tagger may read them as one', () => {
    const g = extract('Brightvale Logistics and Okonkwo Capital signed the agreement in Lagos.');
    expect(node(g, 'Brightvale Logistics')?.type).toBe('Organization');
    expect(node(g, 'Okonkwo Capital')?.type).toBe('Organization');
    expect(g.someNode((_, a) => a.label.includes(' and '))).toBe(false);
  });

  it('joins a person\'s name the tagger reads as two names side by side, but not across quotation marks', () => {
    const text = 'Opposition leader Aung San Suu Kyi criticised the arrests on Saturday. In 1846, "Buffalo Bill" Cody was born near Davenport.';
    expect(named(tag(text))).toEqual(expect.arrayContaining(['Aung San/PER', 'Suu Kyi/PER']));
    const g = extract(text);
    expect(node(g, 'Aung San Suu Kyi')?.type).toBe('Person');
    expect(node(g, 'Aung San')).toBeUndefined();
    expect(node(g, 'Cody')?.type).toBe('Person');
  });

  it('types their nodes as organisations in the extracted graph', () => {
    const g = extract('Okonkwo Capital bought a stake in Brightvale Logistics on Monday. Brightvale Logistics will cut 300 jobs, the company said.');
    expect(node(g, 'Okonkwo Capital')?.type).toBe('Organization');
    expect(node(g, 'Brightvale Logistics')?.type).toBe('Organization');
  });

  it('keeps an acronym the tagger missed where the text describes it as an organisation, and no other', () => {
    const kept = (text: string) => {
      const [sentence] = tokenize(text);
      return recognize(sentence!, [], findMentions(sentence!, new Set())).entities.map((m) => m.text);
    };
    expect(kept('The plant still needs approval from SPCO, the Ohio grid operator.')).toContain('SPCO');
    expect(kept('The IAEA, the UN nuclear watchdog, said so.')).toContain('IAEA');
    expect(kept('The WTI, the benchmark crude price, rose.')).not.toContain('WTI');
    expect(kept('Shares of SPCO rose.')).not.toContain('SPCO');
  });

  it('keeps a company the tagger misses when its name ends in what a company is ("Beats Electronics")', () => {
    const g = extract('Apple Inc. agreed to acquire Beats Electronics for $3 billion.');
    expect(node(g, 'Beats Electronics')?.type).toBe('Organization');
    expect(relations(g)).toContain('Apple --agreed to acquire--> Beats Electronics');
    expect(node(g, 'Apple')?.aliases).toContain('Apple Inc');
  });
});

describe('the learned tagger: clubs named after their cities', () => {
  it('reads "Bayern Munich beat Ajax Amsterdam" as two organisations, not places', () => {
    expect(named(tag('Bayern Munich beat Ajax Amsterdam 3-1 on Saturday.'))).toEqual(['Bayern Munich/ORG', 'Ajax Amsterdam/ORG']);
  });

  it('reads other clubs named after their cities as organisations', () => {
    const names = named(tag('Manchester United signed the striker from Celtic Glasgow for 40 million pounds. Inter Milan drew 1-1 with Lazio Rome.'));
    expect(names).toEqual(['Manchester United/ORG', 'Celtic Glasgow/ORG', 'Inter Milan/ORG', 'Lazio Rome/ORG']);
  });

  it('makes a town a club beat a club too, and leaves countries that beat each other countries', () => {
    const g = extract('Bayer Leverkusen, who beat Freiburg 2-0 on Friday, are second. France beat Germany 2-1 in Paris.');
    expect(node(g, 'Freiburg')?.type).toBe('Organization');
    expect(node(g, 'Germany')?.type).toBe('Place');
    expect(node(g, 'France')?.type).toBe('Place');
  });

  it('makes a town that a scored result was over a club, and leaves a country and a result with no score alone', () => {
    const g = extract("Laurent Cabannes scored twice in their side's 75-19 victory over Gloucester. Italy's 2-1 win over France was deserved. Labour's victory over Manchester was a surprise.");
    expect(node(g, 'Gloucester')?.type).toBe('Organization');
    expect(node(g, 'France')?.type).toBe('Place');
    expect(node(g, 'Manchester')?.type).toBe('Place');
  });

  it('makes the clubs organisation nodes, and no Munich or Amsterdam place', () => {
    const g = extract('Bayern Munich beat Ajax Amsterdam 3-1 on Saturday.');
    expect(node(g, 'Bayern Munich')?.type).toBe('Organization');
    expect(node(g, 'Ajax Amsterdam')?.type).toBe('Organization');
    expect(g.filterNodes((_, a) => a.type === 'Place')).toEqual([]);
  });
});

describe('the learned tagger: capitals headlines and tables', () => {
  const wire = [
    'SOCCER - LATE GOALS GIVE BAYERN MUNICH WIN OVER AJAX AMSTERDAM.',
    'TENNIS - SEEDS TUMBLE ON RAIN-HIT DAY IN PARIS.',
    "STANDINGS AFTER SATURDAY'S MATCHES",
    'Bayern Munich 12 9 2 1 28 10 29',
    'Real Madrid 12 8 3 1 25 11 27',
    'Olympique Lyon 12 7 4 1 22 9 25',
    "RESULTS OF SUNDAY'S GAMES",
    'W D L F A PTS',
  ].join('\n');

  it('finds the clubs and the city in capitals headlines, and no name in their other words', () => {
    const [soccer, tennis] = tag(wire);
    expect(named([soccer!])).toEqual(['BAYERN MUNICH/ORG', 'AJAX AMSTERDAM/ORG']);
    expect(named([tennis!])).toEqual(['PARIS/LOC']);
  });

  it('finds nothing in table headers and only the club in a standings row', () => {
    const sentences = tag(wire);
    const rows = sentences.slice(2);
    const names = rows.flat();
    expect(names.filter((n) => HEADLINE_WORDS.test(n.text))).toEqual([]);
    expect(names.filter((n) => /\d/.test(n.text))).toEqual([]);
    expect(named(rows)).toEqual(['Bayern Munich/ORG', 'Real Madrid/ORG', 'Olympique Lyon/ORG']);
  });

  it('gives the extracted graph no organisation made of headline or table words', () => {
    const g = extract(wire);
    const junk = g.filterNodes((_, a) => a.type !== 'Concept' && HEADLINE_WORDS.test(a.label));
    expect(junk.map((id) => g.getNodeAttribute(id, 'label'))).toEqual([]);
    const organisations = g.filterNodes((_, a) => a.type === 'Organization').map((id) => g.getNodeAttribute(id, 'label').toLowerCase());
    for (const club of ['bayern munich', 'ajax amsterdam', 'real madrid', 'olympique lyon']) expect(organisations).toContain(club);
  });
});

describe('the learned tagger: determinism and confidence', () => {
  const text = 'Brightvale Logistics said on Tuesday that Okonkwo Capital had raised its stake. Bayern Munich beat Ajax Amsterdam 3-1 in Munich.';

  it('tags the same text the same way every time, and from a second copy of the model', () => {
    const first = tag(text);
    expect(tag(text)).toEqual(first);
    const copy = new NerModel(readFileSync(NER_MODEL_PATH));
    expect(copy === nerModel()).toBe(false);
    expect(tag(text, copy)).toEqual(first);
  });

  it('extracts the same graph twice', () => {
    const a = extract(text);
    const b = extract(text);
    expect(JSON.stringify(b.export())).toBe(JSON.stringify(a.export()));
  });

  it('gives every name a confidence in (0, 1]', () => {
    const names = tag(`${text}\nSOCCER - LATE GOALS GIVE BAYERN MUNICH WIN OVER AJAX AMSTERDAM.\nInter Milan drew 1-1 with Lazio Rome.`).flat();
    expect(names.length).toBeGreaterThan(6);
    for (const n of names) {
      expect(n.confidence, n.text).toBeGreaterThan(0);
      expect(n.confidence, n.text).toBeLessThanOrEqual(1);
    }
  });

  it('computes marginals that are a distribution over the labels at every token', () => {
    const model = nerModel();
    const sentences = tokenize(foldPunctuation(text));
    documentFeatures(sentences).forEach((features, s) => {
      const n = sentences[s]!.tokens.length;
      const p = marginals(model.score(features), n, model.transitions, model.header.temperature);
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let b = 0; b < LABEL_COUNT; b++) {
          expect(p[i * LABEL_COUNT + b]).toBeGreaterThanOrEqual(0);
          sum += p[i * LABEL_COUNT + b]!;
        }
        expect(sum).toBeCloseTo(1, 6);
      }
    });
  });

  it('is less sure of a name in a capitals headline than of the same name in running text', () => {
    const running = tag('Bayern Munich beat the visitors on Saturday.').flat()[0];
    const headline = tag('SOCCER - LATE GOALS GIVE BAYERN MUNICH WIN OVER THE VISITORS.').flat()[0];
    expect(running?.text).toBe('Bayern Munich');
    expect(headline?.text).toBe('BAYERN MUNICH');
    expect(headline!.confidence).toBeLessThan(running!.confidence);
  });
});

describe("the tagger's features", () => {
  /** The gazetteer marks ("gz=LOC:B") among each token's features, by the token's text. */
  function gazetteerMarks(text: string): Record<string, string[]> {
    const marks = ['CTRY', 'LOC', 'ORG', 'DEM'].flatMap((kind) => ['U', 'B', 'I', 'L'].map((at) => `${kind}:${at}`));
    const [sentence] = tokenize(foldPunctuation(text));
    const [features] = documentFeatures([sentence!]);
    return Object.fromEntries(
      sentence!.tokens.map((t, i) => {
        const own = new Set(features!.hashes.subarray(features!.offsets[i], features!.offsets[i + 1]));
        return [t.text, marks.filter((mark) => own.has(hashString(`gz=${mark}`)))];
      }),
    );
  }

  it('marks gazetteer names however they are written: accents, dots, a leading "the", capitals', () => {
    // The run with its "the" is the name too, so "the" starts it: "the Kremlin" is the Kremlin's two words.
    expect(gazetteerMarks("The United States and Côte d'Ivoire met the Kremlin in SÃO PAULO, U.S. officials said.")).toMatchObject({
      The: ['CTRY:B'],
      United: ['CTRY:B', 'CTRY:I'],
      States: ['CTRY:L'],
      Côte: ['CTRY:B'],
      "d'Ivoire": ['CTRY:L'],
      the: ['ORG:B'],
      Kremlin: ['ORG:U', 'ORG:L'],
      SÃO: ['LOC:B'],
      PAULO: ['LOC:L'],
      'U.S.': ['CTRY:U'],
      met: [],
      officials: [],
    });
  });

  it("scores a token from its spelling's kept sum exactly as from all its hashes", () => {
    const model = nerModel();
    const sentences = tokenize(foldPunctuation("Bayern Munich beat Ajax Amsterdam 3-1 in Munich. Munich's mayor met Ajax officials in Munich."));
    for (const features of documentFeatures(sentences)) {
      expect(features.heads).toHaveLength(features.offsets.length - 1);
      // Twice, so the second reads the kept sums.
      model.score(features);
      expect(model.score(features)).toEqual(model.score({ offsets: features.offsets, hashes: features.hashes }));
    }
  });

  it('gives a word the same features in any document, whatever was read before it', () => {
    const text = 'Chancellor Olaf Scholz met Emmanuel Macron in Paris.';
    const first = documentFeatures(tokenize(text));
    documentFeatures(tokenize('Scholz and Macron flew from Paris to Ottawa, where Olaf met officials.'));
    expect(documentFeatures(tokenize(text))).toEqual(first);
  });
});
