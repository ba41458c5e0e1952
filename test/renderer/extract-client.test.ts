/**
 * The app's import relays a long document's progress from its analysis worker to the bar: Web Workers
 * are stood in for by ones in this thread that run what the real workers run.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nerModel } from '../../main/extract/ner-model';
import { startExtraction } from '../../renderer/documents/extract-client';
import type { AssembleRequest, AssembleResponse } from '../../renderer/documents/extract-messages';
import { decodeAnalysis } from '../../shared/extract/analysis-codec';
import { answerAnalysisRequest } from '../../shared/extract/analysis-request';
import { graphFromAnalyses } from '../../shared/extract/corpus-graph';
import type { AnalysisRequest } from '../../shared/extract/pool';
import type { CorpusProgress } from '../../shared/extract/progress';

/** A worker that answers as analysis.worker.ts or extract.worker.ts does, on a later tick. */
class ThreadWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  private alive = true;

  constructor(private readonly url: URL) {}

  postMessage(data: unknown): void {
    setTimeout(() => {
      const reply = (message: unknown) => this.alive && this.onmessage?.({ data: message });
      if (this.url.pathname.endsWith('analysis.worker.ts')) reply(answerAnalysisRequest(data as AnalysisRequest, nerModel(), reply));
      else reply({ kind: 'done', graph: graphFromAnalyses((data as AssembleRequest).analyses.map(decodeAnalysis)).export() } satisfies AssembleResponse);
    });
  }

  terminate(): void {
    this.alive = false;
  }
}

const SENTENCE = 'Germany supplied tanks to Ukraine, and Olaf Scholz met Volodymyr Zelensky in Kyiv. ';

describe('startExtraction', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', ThreadWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 1 });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('counts the part of a long document already analysed, once, and ends at the whole text', async () => {
    const long = { name: 'long.txt', text: SENTENCE.repeat(400) };
    const short = { name: 'short.txt', text: 'Emmanuel Macron visited Beijing.' };
    const heard: CorpusProgress[] = [];
    const graph = await startExtraction([long, short], (progress) => heard.push({ ...progress })).result;

    const totalBytes = long.text.length + short.text.length;
    expect(heard.every((p) => p.totalBytes === totalBytes && p.totalDocuments === 2)).toBe(true);
    // Within the long document, before it is done: several figures between none and all of it.
    const within = heard.filter((p) => p.documents === 0 && p.bytes > 0 && p.bytes < long.text.length);
    expect(within.length).toBeGreaterThan(3);
    for (let i = 1; i < heard.length; i++) expect(heard[i]!.bytes).toBeGreaterThanOrEqual(heard[i - 1]!.bytes);
    expect(heard.at(-1)).toMatchObject({ documents: 2, bytes: totalBytes });
    expect(graph.findNode((_, a) => a.label === 'Olaf Scholz')).toBeDefined();
  });
});
