import { describe, expect, it } from 'vitest';
import { documentHeadline, MAX_TITLE_LENGTH } from '../../shared/text/headline';

describe('document headline', () => {
  it('is the first line, passing over a date line and a byline', () => {
    expect(documentHeadline('Russia’s Aggression, Stalled Negotiations\n\nRussia’s drone strikes …')).toBe('Russia’s Aggression, Stalled Negotiations');
    expect(documentHeadline(' March 4, 2024\n\nMedvedev dismisses talks\nIn a grim evaluation…')).toBe('Medvedev dismisses talks');
    expect(documentHeadline('Tue 4 Mar 2024 10:02 GMT\nBy Jane Doe and John Roe\nPutin warns the West')).toBe('Putin warns the West');
    expect(documentHeadline('Updated: 2024-03-04 10:00 UTC\n\nKyiv Independent')).toBe('Kyiv Independent');
  });

  it('is the first sentence of a paragraph, not cut at abbreviations', () => {
    expect(documentHeadline('U.S. President Joe Biden met Mr. Xi in Bali. They talked for three hours.')).toBe('U.S. President Joe Biden met Mr. Xi in Bali');
    expect(documentHeadline('KYIV (AP) — Ukraine shot down 20 drones, officials said. More followed.')).toBe('KYIV (AP) — Ukraine shot down 20 drones, officials said');
  });

  it('cuts a long sentence at a word and marks the cut', () => {
    const title = documentHeadline(`${'Amid recent escalations in the proxy war '.repeat(5)}the Federation considers its options.`)!;
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^Amid recent escalations in the proxy war Amid .*[a-z]…$/);
  });

  it('is null for a text without words, and reads only the start of a long one', () => {
    expect(documentHeadline('  \n\n 12345 \n')).toBeNull();
    expect(documentHeadline(`${'\n'.repeat(5000)}A headline too far down`)).toBeNull();
  });
});
