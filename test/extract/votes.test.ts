import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../shared/extract/mentions';
import { castVote } from '../../shared/extract/votes';

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
