import { describe, expect, it } from 'vitest';
import { harmonizeDocument, typeResultTables } from '../../shared/extract/consistency';
import type { EntityMention } from '../../shared/extract/mentions';
import { tokenize } from '../../shared/extract/tokens';
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

describe('tables of results', () => {
  /** Each line "Home 12 Away 10" as a sentence, its two sides typed as given. */
  function table(rows: Array<[string, EntityType, string, EntityType]>) {
    return rows.map(([home, homeType, away, awayType]) => {
      const [sentence] = tokenize(`${home} 12 ${away} 10`);
      const side = (text: string, type: EntityType, first: number): EntityMention => {
        const last = first + text.split(' ').length - 1;
        return { first, last, text, start: 0, end: text.length, type, confidence: 0.6, titled: false, votes: [{ type, weight: 0.6, reason: 'the news tagger' }] };
      };
      const a = side(home, homeType, 0);
      return { sentence: sentence!, mentions: [a, side(away, awayType, a.last + 2)] };
    });
  }

  it('gives every side the kind most sides are read as', () => {
    const rows = table([
      ['Harlequins', 'Organization', 'Gloucester', 'Place'],
      ['London Irish', 'Organization', 'Bristol', 'Organization'],
      ['Orrell', 'Organization', 'Bath', 'Organization'],
      ['Sale', 'Organization', 'Wasps', 'Person'],
    ]);
    typeResultTables(rows);
    expect(rows.flatMap((r) => r.mentions.map((m) => m.type))).toEqual(new Array(8).fill('Organization'));
  });

  it('leaves a short table, and one with no clear majority, as read', () => {
    const short = table([['Harlequins', 'Organization', 'Gloucester', 'Place'], ['Sale', 'Organization', 'Wasps', 'Person']]);
    typeResultTables(short);
    expect(short[0]!.mentions[1]!.type).toBe('Place');
    const split = table([
      ['Harlequins', 'Organization', 'Gloucester', 'Place'],
      ['Leeds', 'Place', 'Bristol', 'Organization'],
      ['Orrell', 'Organization', 'Bath', 'Place'],
      ['Sale', 'Place', 'Wasps', 'Person'],
    ]);
    typeResultTables(split);
    expect(split[0]!.mentions[1]!.type).toBe('Place');
  });
});
