import { nerModel } from '../../main/extract/ner-model';
import { describe, expect, it } from 'vitest';
import { decodeAnalysis } from '../../shared/extract/analysis-codec';
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import { AnalysisCancelled, AnalysisPool, type AnalysisRequest, type Numbered, type SpawnWorker } from '../../shared/extract/pool';
import { seededRandom } from '../../shared/layout/rng';

const TEXTS = [
  'Vladimir Putin met Joe Biden in Geneva.',
  'Germany supplied tanks to Ukraine.',
  'The United Nations criticised Russia.',
  'Emmanuel Macron visited Beijing.',
  'Poland bought missiles from the United States.',
  'Xi Jinping praised Brazil.',
  'Japan signed a treaty with Australia.',
];
const documents = (): Numbered[] => TEXTS.map((text, index) => ({ index, document: { name: `d${index}.txt`, text } }));

/**
 * Workers in this thread that answer after a seeded random delay, so replies come back out of order;
 * `log` records what the pool asked of them.
 */
function fakeWorkers(seed: number, log = { spawned: 0, terminated: 0, busy: 0, maxBusy: 0 }, fail?: (r: AnalysisRequest) => boolean): { spawn: SpawnWorker; log: typeof log } {
  const rng = seededRandom(seed);
  const spawn: SpawnWorker = (onReply, onFailure) => {
    log.spawned++;
    let alive = true;
    return {
      send(request) {
        log.busy++;
        log.maxBusy = Math.max(log.maxBusy, log.busy);
        setTimeout(() => {
          log.busy--;
          if (!alive) return;
          if (fail?.(request)) onFailure(new Error('worker ran out of memory'));
          else onReply(answerAnalysisRequest(request, nerModel()));
        }, rng() * 20);
      },
      terminate() {
        alive = false;
        log.terminated++;
      },
    };
  };
  return { spawn, log };
}

async function runAll(pool: AnalysisPool, items: Iterable<Numbered> | AsyncIterable<Numbered> = documents()): Promise<Array<{ index: number; analysis: string }>> {
  const out: Array<{ index: number; analysis: string }> = [];
  await pool.run(items, ({ index, analysis }) => void out.push({ index, analysis }));
  return out;
}

describe('AnalysisPool', () => {
  it('hands analyses on in corpus order, the same for any number of workers', async () => {
    const single = await runAll(new AnalysisPool(1, fakeWorkers(1).spawn));
    expect(single.map((a) => a.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(decodeAnalysis(single[0]!.analysis).name).toBe('d0.txt');
    for (const jobs of [2, 3, 5]) {
      for (const seed of [2, 3]) expect(await runAll(new AnalysisPool(jobs, fakeWorkers(seed * jobs).spawn))).toEqual(single);
    }
  });

  it('pulls documents from the stream only as workers free up, and ends its workers', async () => {
    const { spawn, log } = fakeWorkers(7);
    let pulled = 0;
    let handed = 0;
    let maxAhead = 0;
    async function* stream() {
      for (const item of documents()) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - handed);
        yield item;
      }
    }
    const pool = new AnalysisPool(2, spawn);
    await pool.run(stream(), () => void handed++);
    expect(handed).toBe(TEXTS.length);
    expect(maxAhead).toBeLessThanOrEqual(4);
    expect(log.maxBusy).toBeLessThanOrEqual(4);
    expect(log.spawned).toBe(2);
    expect(log.terminated).toBe(2);
  });

  it('fails with the reason when a document cannot be analysed or a worker dies', async () => {
    const dies = fakeWorkers(4, undefined, (r) => r.document.name === 'd3.txt');
    await expect(runAll(new AnalysisPool(2, dies.spawn))).rejects.toThrow(/out of memory/);
    expect(dies.log.terminated).toBe(dies.log.spawned);
    const broken: SpawnWorker = (onReply) => ({ send: (r) => queueMicrotask(() => onReply({ id: r.id, error: `${r.document.name}: bad` })), terminate() {} });
    await expect(runAll(new AnalysisPool(2, broken))).rejects.toThrow('d0.txt: bad');
  });

  it('stops at once on cancel: its workers are ended and nothing more is handed on', async () => {
    const { spawn, log } = fakeWorkers(5);
    const pool = new AnalysisPool(2, spawn);
    const handed: number[] = [];
    const run = pool.run(documents(), ({ index }) => {
      handed.push(index);
      if (index === 1) pool.cancel();
    });
    await expect(run).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(handed).toEqual([0, 1]);
    expect(log.terminated).toBe(log.spawned);
    await expect(runAll(pool)).rejects.toBeInstanceOf(AnalysisCancelled);
  });

  it('wants a whole number of workers', () => {
    expect(() => new AnalysisPool(0, fakeWorkers(1).spawn)).toThrow(RangeError);
  });
});

describe('progress within a document', () => {
  it('is relayed from the worker with the document it is about, before the document is handed on', async () => {
    const spawn: SpawnWorker = (onReply) => ({
      send(request) {
        setTimeout(() => onReply(answerAnalysisRequest(request, nerModel(), onReply)));
      },
      terminate() {},
    });
    const heard: string[] = [];
    const long = { index: 0, document: { name: 'long.txt', text: TEXTS.join(' ').repeat(40) } };
    await new AnalysisPool(1, spawn).run([long], ({ document }) => void heard.push(`done ${document.name}`), ({ document }, done) => void heard.push(`${document.name} ${done}`));
    expect(heard.length).toBeGreaterThan(3);
    expect(heard.at(-2)).toBe('long.txt 1');
    expect(heard.at(-1)).toBe('done long.txt');
    const fractions = heard.slice(0, -1).map((h) => Number(h.split(' ')[1]));
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]!);
  });
});
