/**
 * `npm run bench`: generates real-size random-weight models under .bench/ (git-ignored), measures our
 * engine in headless Chromium through the app's real worker against onnxruntime-node and
 * transformers.js on the same files, and writes BENCHMARKS.md. `--help` lists the options.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchTab, buildPage, startBrowser } from './browser.js';
import { runExperiments, type ExperimentResult } from './experiments.js';
import { type DocumentsResult, measureDocuments } from './documents.js';
import { type FirstQuestionResult, measureFirstQuestion } from './first-question.js';
import { measureReading, measureRightAnswer, type ReadingResult, type RightAnswerResult } from './reading.js';
import { type BuildResult, measureBuilds, measureFormats, type FormatResult } from './formats.js';
import { type OpProfile, profileOps } from './profile.js';
import { buildInputs } from './inputs.js';
import { loadAverage, machineInfo, type MachineInfo } from './machine.js';
import { type Ctx, type DocResult, type LoadResult, measureDoc, measureLoads, measureWindow, type WindowResult } from './measure.js';
import { ensureBenchModel, FORMATS, formatById } from './models.js';
import { type BenchOptions, outputPaths, parseOptions } from './options.js';
import { writeReport } from './report.js';
import { measureTokenize, type TokenizeResult } from './tokenize.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchResults {
  date: string;
  wallSeconds: number;
  opts: BenchOptions;
  machine: MachineInfo;
  loadAvgAfter: string;
  inputs: { windowTokens: number; docWords: number; docTokens: number; docWindows: number; squadQuestions: number };
  windows: WindowResult[];
  docs: DocResult[];
  loads: LoadResult[];
  tokenize?: TokenizeResult;
  formats: FormatResult[];
  builds: BuildResult[];
  profile: OpProfile | null;
  experiments: ExperimentResult[];
  reading?: ReadingResult;
  rightAnswer?: RightAnswerResult;
  firstQuestion?: FirstQuestionResult;
  documents?: DocumentsResult;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const opts = parseOptions(process.argv.slice(2));
  const log = (m: string) => console.log(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${m}`);
  const maxThreads = Math.max(...opts.threads);
  const formatModel = opts.models.includes('bert-base') ? 'bert-base' : opts.models[0];
  const formats = FORMATS.filter((f) => opts.experiments || !f.extra);

  for (const model of opts.models) {
    const wanted = new Set<string>([...opts.dtypes, 'q8', ...(opts.formats && model === formatModel ? formats.map((f) => f.id) : [])]);
    ensureBenchModel(ROOT, model, [...wanted].map(formatById), log);
  }
  const inputs = buildInputs(opts.docWords, opts.agreeQuestions);
  log(`document: ${inputs.doc.words} words, ${inputs.doc.tokens} tokens, ${inputs.doc.windows} windows`);
  const rig = await startBrowser(ROOT, await buildPage(ROOT));
  const tab = await BenchTab.open(rig);
  const ctx: Ctx = { root: ROOT, opts, inputs, rig, tab, log };
  const results: BenchResults = {
    date: new Date().toISOString(),
    wallSeconds: 0,
    opts,
    machine: machineInfo(ROOT, rig.version),
    loadAvgAfter: '',
    inputs: {
      windowTokens: 384,
      docWords: inputs.doc.words,
      docTokens: inputs.doc.tokens,
      docWindows: inputs.doc.windows,
      squadQuestions: inputs.squad.length,
    },
    windows: [],
    docs: [],
    loads: [],
    formats: [],
    builds: [],
    profile: null,
    experiments: [],
  };
  try {
    for (const model of opts.models) {
      // Thread scaling is measured on q8 (the WASM default); fp32 at the app's thread count only.
      for (const dtype of opts.dtypes) {
        for (const threads of dtype === 'q8' ? opts.threads : [maxThreads])
          results.windows.push(await measureWindow(ctx, model, dtype, threads));
      }
    }
    if (opts.formats) {
      results.formats = await measureFormats(ctx, formatModel, maxThreads, formats);
      results.builds = await measureBuilds(ctx, formatModel, maxThreads);
      const file = formatById('q8').file;
      results.profile = await profileOps(ctx, formatModel, file, maxThreads);
    }
    // The document is ~100 model calls a run: one model (the first listed) keeps the run under 15 min.
    if (opts.docRuns > 0) results.docs.push(await measureDoc(ctx, opts.models[0], maxThreads));
    if (opts.loadRuns > 0) for (const model of opts.models) results.loads.push(await measureLoads(ctx, model, maxThreads));
    if (opts.tokenizeRuns > 0) results.tokenize = await measureTokenize(ctx, opts.models[0], maxThreads);
    if (opts.docRuns > 0) {
      // Up to three rounds: the seed-layout variant alone reads ~100 windows a round.
      results.reading = await measureReading({ ...ctx, opts: { ...opts, docRuns: Math.min(opts.docRuns, 3) } }, opts.models[0], maxThreads);
      results.rightAnswer = await measureRightAnswer(ctx, maxThreads);
    }
    if (opts.documentRuns > 0) results.documents = await measureDocuments(ctx, opts.documentRuns);
    if (opts.firstRounds > 0) results.firstQuestion = await measureFirstQuestion(ctx, formatModel, maxThreads, opts.firstRounds);
    if (opts.experiments) results.experiments.push(...(await runExperiments(ctx, formatModel, maxThreads)));
  } finally {
    await tab.close().catch(() => {});
    await rig.close();
  }
  results.wallSeconds = (performance.now() - t0) / 1000;
  results.loadAvgAfter = loadAverage();
  const { report, results: json } = outputPaths(opts, ROOT);
  for (const file of [report, json]) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(json, JSON.stringify(results, null, 1));
  writeReport(results, report);
  log(`wrote ${report} (raw data: ${relative(ROOT, json)}) in ${results.wallSeconds.toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
