import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../shared/extract/mentions';
import { castVote, decideType, type TypeVote } from '../../shared/extract/votes';

/** A mention the tagger read as a person, which the rest of its document made an organisation. */
function harmonized(): EntityMention {
  return {
    first: 0, last: 1, text: 'Kestrel Aerospace', start: 0, end: 17, type: 'Organization', confidence: 0.6, titled: false,
    votes: [{ type: 'Person', weight: 0.63, reason: 'the news tagger reads a person (0.63)' }],
  };
}

describe('type votes cast while a sentence is read', () => {
  it('move a mention only to the type they vote for', () => {
    const m = harmonized();
    castVote(m, { type: 'Organization', weight: 0.42, reason: 'a name described by what kind of organisation it is' });
    expect(m.type).toBe('Organization');
    castVote(m, { type: 'Place', weight: 2, reason: 'a place' });
    expect(m.type).toBe('Place');
  });
});

describe('a document\'s votes on one name', () => {
  const tagger = (type: TypeVote['type'], p: number): TypeVote => ({ type, weight: p, reason: `the news tagger (${p})` });
  const gazetteer: TypeVote = { type: 'Place', weight: 0.57, reason: 'a place the gazetteer knows', lexical: true };

  it('count what the spelling says once, and what each sentence says every time', () => {
    // "Cleveland" in a sports story: the tagger reads the club twice and the city once; the gazetteer
    // says "a city" at every mention, which is one fact about the name, not three.
    const votes = [tagger('Organization', 0.9), gazetteer, tagger('Organization', 0.9), gazetteer, tagger('Place', 0.6), gazetteer];
    expect(decideType(votes).type).toBe('Organization');
    const pattern: TypeVote = { type: 'Place', weight: 0.57, reason: 'what someone is from' };
    expect(decideType([...votes, pattern, pattern]).type).toBe('Place');
  });
});
