/** Command-line options of `npm run bench` (see BENCHMARKS.md "How to run"). */
import { basename, join, resolve } from 'node:path';
import type { ModelName } from './models.js';

export interface BenchOptions {
  /** Rounds of interleaved single-window measurements per configuration. */
  runs: number;
  /** Whole-document runs (10k words) per configuration. */
  docRuns: number;
  /** Cold and warm model loads. */
  loadRuns: number;
  /** Rounds of the ~5 MB tokenization measurement (worker and Node, before and after). */
  tokenizeRuns: number;
  /** Rounds of the first-visit first-question measurement (six fresh profiles a round; 0 skips). */
  firstRounds: number;
  /** Browser runs of opening the 300-page PDF and a long .docx (0 skips the documents section). */
  documentRuns: number;
  models: ModelName[];
  threads: number[];
  /** Formats measured through the app's worker and the reference runtimes. */
  dtypes: Array<'fp32' | 'q8'>;
  /** Quantized-format comparison (raw sessions in the browser) and SQuAD answer agreement. */
  formats: boolean;
  agreeQuestions: number;
  transformersBrowser: boolean;
  docWords: number;
  /** Report path: the defaults are relative to the repository, a --out value is absolute. */
  out: string;
  /** Extra experiments (session options, batch size); slower, for the optimisation log. */
  experiments: boolean;
  /** Longest wait for other processes to go quiet before each round (0: never wait). */
  quietWaitMs: number;
}

const FULL: BenchOptions = {
  runs: 7,
  docRuns: 5,
  loadRuns: 5,
  tokenizeRuns: 5,
  firstRounds: 3,
  documentRuns: 3,
  models: ['bert-base', 'distilbert'],
  threads: [1, 2],
  dtypes: ['q8', 'fp32'],
  formats: true,
  agreeQuestions: 24,
  transformersBrowser: true,
  docWords: 10_000,
  out: 'BENCHMARKS.md',
  experiments: false,
  quietWaitMs: 30_000,
};

const QUICK: Partial<BenchOptions> = {
  runs: 3,
  docRuns: 1,
  loadRuns: 2,
  tokenizeRuns: 3,
  firstRounds: 1,
  documentRuns: 1,
  models: ['distilbert'],
  threads: [2],
  dtypes: ['q8'],
  agreeQuestions: 6,
  docWords: 3_000,
  out: '.bench/BENCHMARKS.quick.md',
};

const HELP = `npm run bench -- [options]
  --quick              smoke run: DistilBERT q8, 2 threads, 3 runs, 3k-word doc (writes .bench/BENCHMARKS.quick.md)
  --runs N             single-window rounds per configuration (default 7)
  --doc-runs N         10k-word document runs (default 5)
  --load-runs N        cold and warm loads (default 5)
  --tokenize-runs N    rounds of tokenizing a 5 MB document, worker and Node (default 5; 0 skips)
  --first-rounds N     rounds of the first-visit first question (default 3; 0 skips)
  --document-runs N    runs of opening a 300-page PDF and a long .docx in the browser (default 3; 0 skips)
  --models a,b         bert-base,distilbert
  --threads 1,2        WASM / native thread counts
  --dtypes q8,fp32     weight formats measured end to end
  --no-formats         skip the quantized-format comparison
  --agree N            SQuAD questions for answer agreement (default 24)
  --no-tjs-browser     skip transformers.js in the browser
  --doc-words N        document size (default 10000)
  --experiments        also run the warm-up / session-option / batch-size experiments
  --quiet-wait S       wait up to S seconds for other processes to go idle before each round (default 30)
  --out FILE           report path, relative to the current directory (default BENCHMARKS.md)`;

/**
 * The directory the user ran the command from: `npm run` starts scripts in the package root and
 * keeps the caller's directory in INIT_CWD.
 */
const callerDir = (): string => process.env.INIT_CWD ?? process.cwd();

export function parseOptions(argv: readonly string[], cwd: string = callerDir()): BenchOptions {
  const opts: BenchOptions = { ...FULL };
  if (argv.includes('--quick')) Object.assign(opts, QUICK);
  const list = (v: string) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = () => {
      const n = Number(next());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${a} needs a whole number`);
      return n;
    };
    switch (a) {
      case '--quick':
        break;
      case '--runs':
        opts.runs = Math.max(1, int());
        break;
      case '--doc-runs':
        opts.docRuns = int();
        break;
      case '--load-runs':
        opts.loadRuns = int();
        break;
      case '--tokenize-runs':
        opts.tokenizeRuns = int();
        break;
      case '--first-rounds':
        opts.firstRounds = int();
        break;
      case '--document-runs':
        opts.documentRuns = int();
        break;
      case '--models':
        opts.models = list(next()) as ModelName[];
        break;
      case '--threads':
        opts.threads = list(next()).map(Number);
        break;
      case '--dtypes':
        opts.dtypes = list(next()) as BenchOptions['dtypes'];
        break;
      case '--no-formats':
        opts.formats = false;
        break;
      case '--agree':
        opts.agreeQuestions = int();
        break;
      case '--no-tjs-browser':
        opts.transformersBrowser = false;
        break;
      case '--doc-words':
        opts.docWords = Math.max(100, int());
        break;
      case '--experiments':
        opts.experiments = true;
        break;
      case '--quiet-wait':
        opts.quietWaitMs = int() * 1000;
        break;
      case '--out':
        opts.out = resolve(cwd, next());
        break;
      case '-h':
      case '--help':
        console.log(HELP);
        process.exit(0);
      default:
        throw new Error(`unknown option ${a}\n${HELP}`);
    }
  }
  for (const m of opts.models) if (m !== 'bert-base' && m !== 'distilbert') throw new Error(`unknown model ${m}`);
  for (const d of opts.dtypes) if (d !== 'q8' && d !== 'fp32') throw new Error(`--dtypes takes q8 and/or fp32, not ${d}`);
  for (const t of opts.threads) if (!(t >= 1 && t <= 16)) throw new Error(`bad thread count ${t}`);
  return opts;
}

/**
 * Where a run writes its report and raw data. The full run's raw data is what
 * `scripts/bench/report.ts` re-renders BENCHMARKS.md from; other runs (--quick, --out) keep theirs
 * apart under .bench/ so they never overwrite it.
 */
export function outputPaths(opts: Pick<BenchOptions, 'out'>, root: string): { report: string; results: string } {
  const report = resolve(root, opts.out);
  const main = report === join(root, FULL.out);
  return { report, results: join(root, '.bench', main ? 'results.json' : `${basename(report, '.md')}.results.json`) };
}
