import { describe, expect, it } from 'vitest';
import { ruleLemma } from '../../shared/extract/lexicon/lemma';

describe('ruleLemma', () => {
  it('restores the "e" of a verb in -ine ("undermining", "determined"), not of one in a vowel and "n" ("joining", "explained")', () => {
    expect(['undermining', 'determined', 'combining', 'declined'].map(ruleLemma)).toEqual(['undermine', 'determine', 'combine', 'decline']);
    expect(['joining', 'explained', 'beginning', 'ruined'].map(ruleLemma)).toEqual(['join', 'explain', 'begin', 'ruin']);
  });
});
