import { describe, expect, it } from 'vitest';
import { personGender, type Gender } from '../../shared/extract/gender';
import type { EntityMention } from '../../shared/extract/mentions';
import { tokenize } from '../../shared/extract/tokens';

/** The gender the name opening "<name> spoke." shows, the name spanning its first `words` tokens. */
function genderOf(name: string, bySurname = new Map<string, Gender | undefined>()): Gender | undefined {
  const [sentence] = tokenize(`${name} spoke.`);
  const words = name.split(' ').length;
  const m: EntityMention = { first: 0, last: words - 1, text: name, start: 0, end: name.length, type: 'Person', confidence: 1, titled: false, votes: [] };
  return personGender(sentence!, m, bySurname);
}

describe('the gender a name shows', () => {
  it('reads a Slavic feminine surname, Russian and Czech endings both, where compromise knows no given name, and remembers it for the surname alone', () => {
    const bySurname = new Map<string, Gender | undefined>();
    expect(genderOf('Yulia Zolotaya', bySurname)).toBe('female');
    expect(genderOf('Zolotaya', bySurname)).toBe('female');
    expect(genderOf('Alzbeta Vondroušková')).toBe('female');
    expect(genderOf('Yuri Zolotoy')).not.toBe('female');
  });

  it('reads no gender from a surname that compromise knows as a given name, in full or alone after the full name', () => {
    const bySurname = new Map<string, Gender | undefined>();
    expect(genderOf('Bassirou Diomaye Faye', bySurname)).toBeUndefined();
    expect(genderOf('Faye', bySurname)).toBeUndefined();
    expect(genderOf('Faye')).toBe('female');
  });
});
