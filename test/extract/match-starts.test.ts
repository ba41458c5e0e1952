import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { matchFromStarts, type Matcher, type StepMatch } from '../../shared/extract/match-starts';

type Net = { hooks: Record<string, StepMatch[]>; always: StepMatch[] };
const world = nlp.world() as unknown as { methods: { one: { match: Matcher } } };
const match = world.methods.one.match;

/** A post-tagger-style pattern compiled as compromise compiles its own. */
function compiled(pattern: { match: string; notIf?: string; group?: number }): StepMatch {
  const net = (nlp as unknown as { buildNet(matches: object[]): Net }).buildNet([{ ...pattern, tag: 'Noun' }]);
  return [...Object.values(net.hooks).flat(), ...net.always][0]!;
}

/** The terms of a one-sentence text, as the post-tagger sees them. */
const termsOf = (text: string): unknown[] => (nlp(text) as unknown as { document: unknown[][] }).document[0]!;

describe('matchFromStarts', () => {
  const cases: Array<[text: string, pattern: { match: string; notIf?: string; group?: number }]> = [
    // compromise's walk steps over the vetoed "red red" and never tries "red car".
    ['the red red car was red paint', { match: 'red .', notIf: 'red red' }],
    ['his fine work and its well-known rival', { match: '(his|its) [.]', group: 0, notIf: '#Hyphenated' }],
    ['we saw red cars and red paint', { match: 'red #Noun$' }],
    // The veto drops the one match.
    ['we saw red cars and red paint', { match: 'red #Noun$', notIf: 'paint' }],
    // "we've" takes its hidden "have" too: the second step reads the term after that.
    ["we've really tried and we've really won", { match: "we've #Adverb" }],
  ];
  for (const [text, pattern] of cases) {
    it(`finds what compromise's matcher finds for '${pattern.match}'${pattern.notIf ? ` unless '${pattern.notIf}'` : ''}, from the starts its first step accepts`, () => {
      const terms = termsOf(text);
      const m = compiled(pattern);
      const ours = matchFromStarts(terms, m, match);
      expect(ours).toBeDefined();
      expect(ours).toEqual(match([terms], m).ptrs);
    });
  }

  it("leaves to compromise a pattern whose final '$' may drop matches that stop short of the end", () => {
    expect(matchFromStarts(termsOf('red cars and red paint'), compiled({ match: 'red #Noun?$' }), match)).toBeUndefined();
  });
});
