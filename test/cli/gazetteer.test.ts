import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZETTEER_FILE, gazetteerNames } from '../../main/cli/build-gazetteer';
import { PLACES, foldForm } from '../../shared/extract/lexicon/places';
import { WORLD_CITIES } from '../../shared/extract/lexicon/world-cities';

describe('world cities gazetteer', () => {
  it('is current: `npm run gazetteer` would write exactly the committed file', async () => {
    expect((await readFile(GAZETTEER_FILE, 'utf8')) === buildGazetteer(), 'world-cities.ts is stale: run npm run gazetteer').toBe(true);
  });

  it('keeps big cities and US cities by their own thresholds, and leaves out one-word names with another reading', () => {
    const names = gazetteerNames([
      { name: 'Zürich', country: 'NO', population: 200_000 },
      { name: 'Smalltown', country: 'FR', population: 90_000 },
      { name: 'Pinebrook', country: 'US', population: 60_000 },
      { name: 'Mobile', country: 'US', population: 190_000 },
      { name: 'Charlotte', country: 'US', population: 870_000 },
      { name: 'Providence', country: 'US', population: 190_000 },
      { name: 'São Paulo', country: 'BR', population: 10_000_000 },
    ]);
    expect(names).toEqual(['Pinebrook', 'Sao Paulo', 'Zurich']);
  });

  it('keeps the small words inside a city\'s name, and spells "ł" as English news does', () => {
    const names = gazetteerNames([
      { name: 'Rio de Janeiro', country: 'BR', population: 6_000_000 },
      { name: 'Newcastle upon Tyne', country: 'GB', population: 190_000 },
      { name: 'Wrocław', country: 'PL', population: 630_000 },
      { name: 'Harbour and Bay', country: 'GB', population: 200_000 },
    ]);
    expect(names).toEqual(['Newcastle upon Tyne', 'Rio de Janeiro', 'Wroclaw']);
  });

  it('knows cities by their English names where GeoNames gives their own ("Antwerp", not only "Antwerpen")', () => {
    expect(PLACES.byForm.get(foldForm('Antwerp'))).toBe('Antwerp');
    expect(PLACES.byForm.get(foldForm('Antwerpen'))).toBe('Antwerp');
    expect(PLACES.byForm.get(foldForm('Köln'))).toBe('Cologne');
  });

  it('lets a hand-written entry win a form it shares with a generated one', () => {
    expect(WORLD_CITIES).toContain('Odessa'); // Texas
    expect(PLACES.byForm.get(foldForm('Odessa'))).toBe('Odesa');
    expect(PLACES.byForm.get(foldForm('Helsinki'))).toBe('Helsinki');
  });
});
