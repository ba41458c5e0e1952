import { describe, expect, it } from 'vitest';
import { harmonizeDocument } from '../../shared/extract/consistency';
import type { EntityMention } from '../../shared/extract/mentions';
import type { EntityType } from '../../shared/graph/schema';

/** A mention the tagger read as `type` with the given probability, spanning `words` tokens. */
function mention(text: string, type: EntityType, weight: number): EntityMention {
  const words = text.split(' ').length;
  return { first: 0, last: words - 1, text, start: 0, end: text.length, type, confidence: weight, titled: false, votes: [{ type, weight, reason: 'the news tagger' }] };
}

describe('one name, one meaning within a document', () => {
  it('keeps a person\'s surname theirs, though a headline made an organisation that ends in it, and though the tagger read it alone as one', () => {
    const headline = mention('U.S. Cardinal Kowal', 'Organization', 0.54);
    const full = mention('Joseph Kowal', 'Person', 0.92);
    const alone = mention('Kowal', 'Person', 0.48);
    const misread = mention('Kowal', 'Organization', 0.45);
    harmonizeDocument([headline, full, alone, misread]);
    for (const m of [alone, misread]) {
      expect(m.fullName).toBe('Joseph Kowal');
      expect(m.type).toBe('Person');
    }
  });

  it('still ties a short form to the one organisation named in full that ends in it, when no person has that surname', () => {
    const club = mention('Bayer Leverkusen', 'Organization', 0.9);
    const alone = mention('Leverkusen', 'Place', 0.6);
    alone.votes.push({ type: 'Organization', weight: 0.7, reason: 'the news tagger' });
    harmonizeDocument([club, alone]);
    expect(alone.fullName).toBe('Bayer Leverkusen');
  });
});
