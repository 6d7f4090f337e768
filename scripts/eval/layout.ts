/**
 * `npm run eval:layout`: the layout corpus (scripts/fixtures/layout-corpus.ts) read by our PDF path
 * and, in the same run, by poppler's `pdftotext` and `pdftotext -layout` (Debian poppler-utils);
 * prints per layout class the sentence fidelity, the exact ("unbroken") share and the word-order
 * LCS (scripts/eval/layout-score.ts), then the overall row. `--json FILE` also writes the numbers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPdfText } from '../../src/engine/documents/pdf-extract';
import { pdfjsForNode } from '../../test/helpers/pdfjs-node';
import { ensureLayoutCorpus, LAYOUT_CORPUS, type LayoutEntry } from '../fixtures/layout-corpus';
import { scoreLayout, type LayoutScore } from './layout-score';

const READERS = ['ours', 'pdftotext', 'pdftotext -layout'] as const;
type Reader = (typeof READERS)[number];

export function corpusEntries(): LayoutEntry[] {
  return readdirSync(LAYOUT_CORPUS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(LAYOUT_CORPUS, f), 'utf8')) as LayoutEntry);
}

export async function readOurs(entry: LayoutEntry): Promise<string> {
  const pdfjs = await pdfjsForNode();
  const bytes = new Uint8Array(readFileSync(join(LAYOUT_CORPUS, entry.file)));
  // extractPdfText yields through an unref'd MessageChannel: keep Node's event loop alive meanwhile.
  const alive = setInterval(() => {}, 1000);
  try {
    return (await extractPdfText(pdfjs, bytes, entry.file)).text;
  } finally {
    clearInterval(alive);
  }
}

function poppler(entry: LayoutEntry, layout: boolean): string | null {
  try {
    return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', join(LAYOUT_CORPUS, entry.file), '-'], {
      encoding: 'utf8',
    });
  } catch {
    return null;
  }
}

/** Per-class means, units-weighted for the sentence shares, page-weighted for word order. */
export function aggregate(scores: LayoutScore[]): LayoutScore {
  const units = scores.reduce((n, s) => n + s.units, 0);
  const weighted = (k: 'sentences' | 'unbroken') => scores.reduce((t, s) => t + s[k] * s.units, 0) / units;
  return {
    units,
    sentences: weighted('sentences'),
    unbroken: weighted('unbroken'),
    wordOrder: scores.reduce((t, s) => t + s.wordOrder, 0) / scores.length,
  };
}

async function main(): Promise<void> {
  await ensureLayoutCorpus();
  const byClass = new Map<string, Record<Reader, LayoutScore[]>>();
  let missingPoppler = false;
  for (const entry of corpusEntries()) {
    const row = byClass.get(entry.layout) ?? { ours: [], pdftotext: [], 'pdftotext -layout': [] };
    row.ours.push(scoreLayout(await readOurs(entry), entry));
    for (const [reader, layout] of [
      ['pdftotext', false],
      ['pdftotext -layout', true],
    ] as const) {
      const text = poppler(entry, layout);
      if (text === null) missingPoppler = true;
      else row[reader].push(scoreLayout(text, entry));
    }
    byClass.set(entry.layout, row);
  }
  const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3));
  const lines = [
    '| layout | units | sentences ours | pdftotext | pdftotext -layout | unbroken ours | pdftotext | -layout | word order ours | pdftotext | -layout |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const all: Record<Reader, LayoutScore[]> = { ours: [], pdftotext: [], 'pdftotext -layout': [] };
  const json: Record<string, Record<string, LayoutScore>> = {};
  const add = (name: string, row: Record<Reader, LayoutScore[]>) => {
    const agg = Object.fromEntries(READERS.map((r) => [r, row[r].length ? aggregate(row[r]) : undefined])) as Record<
      Reader,
      LayoutScore | undefined
    >;
    json[name] = agg as Record<string, LayoutScore>;
    const cells = (k: keyof LayoutScore) => READERS.map((r) => f(agg[r]?.[k]));
    lines.push(
      `| ${name} | ${agg.ours!.units} | ${cells('sentences').join(' | ')} | ${cells('unbroken').join(' | ')} | ${cells('wordOrder').join(' | ')} |`,
    );
  };
  for (const [name, row] of [...byClass].sort(([a], [b]) => a.localeCompare(b))) {
    add(name, row);
    for (const r of READERS) all[r].push(...row[r]);
  }
  add('**all**', all);
  console.log(`Layout corpus: ${corpusEntries().length} PDFs in ${LAYOUT_CORPUS}`);
  console.log(lines.join('\n'));
  if (missingPoppler) console.log('pdftotext not found (Debian: apt-get install poppler-utils): its columns are empty.');
  const out = process.argv.indexOf('--json');
  if (out > 0) writeFileSync(process.argv[out + 1], `${JSON.stringify(json, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
