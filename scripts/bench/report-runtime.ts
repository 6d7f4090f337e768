/**
 * The runtime sections of BENCHMARKS.md: quantized formats, onnxruntime-web builds, per-operator
 * profiles and the experiments table (report.ts writes the rest).
 */
import type { BenchResults } from './run.js';
import { ms, summarize, table } from './stats.js';

const formatModel = (r: BenchResults) => (r.opts.models.includes('bert-base') ? 'bert-base' : r.opts.models[0]);

/** Quantized formats on the WASM backend, one session each. */
export function formatsSection(r: BenchResults): string[] {
  const out: string[] = [];
  if (r.formats.length) {
    const ref = r.formats.find((f) => f.id === 'q8');
    out.push(`## Quantized formats on onnxruntime-web WASM (${formatModel(r)}, ${Math.max(...r.opts.threads)} threads)`, '');
    out.push(
      "Model call only (the engine's `OrtLogitsRunner.run`, 1×384), one bench worker, a new session per format, two passes (the second in reverse order). CPU = CPU ms per run of all Chromium processes. Agreement: top-1 answer span equal to fp32's on the SQuAD sample (random weights: the answers are meaningless, the comparison is exact).",
      '',
    );
    out.push(
      table(
        [
          'Format',
          'File',
          'Size (MB)',
          'Session create (ms)',
          '1×384 (ms)',
          'CPU (ms)',
          'vs q8 (CPU)',
          'Top-1 = fp32',
          'max |Δlogit| vs fp32',
        ],
        r.formats.map((f) => {
          const cpu = summarize(f.cpuMs).median;
          return [
            f.label,
            `\`${f.file}\``,
            f.sizeMB.toFixed(0),
            f.error ? 'failed' : summarize(f.createMs).median.toFixed(0),
            f.error ? `failed: ${f.error}` : ms(f.windowMs),
            f.error ? '—' : cpu.toFixed(0),
            ref && !f.error ? `${(cpu / summarize(ref.cpuMs).median).toFixed(2)}×` : '—',
            f.questions ? `${f.agree}/${f.questions}` : '—',
            Number.isFinite(f.maxAbsDiff) ? f.maxAbsDiff.toFixed(3) : '—',
          ];
        }),
      ),
      '',
    );
  }
  return out;
}

/** Start-up and speed of each onnxruntime-web build, first visit and cached. */
export function buildsSection(r: BenchResults): string[] {
  const out: string[] = [];
  if (r.builds?.length) {
    const jsep = r.builds.find((b) => b.build === 'jsep');
    out.push(`## onnxruntime-web builds (${formatModel(r)}, q8, ${Math.max(...r.opts.threads)} threads)`, '');
    out.push(
      'Each build in its own fresh browser context (empty HTTP and compiled-code cache, as a first visit), then in a second fresh worker of that context (code cached, as a later visit): WASM runtime start (fetch + compile + instantiate + thread pool), session creation, first 1×384 run; then timed runs (model call only).',
      '',
    );
    out.push(
      table(
        [
          'Worker imports',
          '.wasm (MB)',
          'Runtime start, first visit / cached (ms)',
          'Session create, first visit / cached (ms)',
          'First 1×384 run, first visit / cached (ms)',
          '1×384 (ms)',
          'CPU (ms)',
          'vs onnxruntime-web (CPU)',
        ],
        r.builds.map((b) => [
          `\`${b.entry}\``,
          b.wasmMB.toFixed(0),
          `${b.cold.initMs.toFixed(0)} / ${b.warm.initMs.toFixed(0)}`,
          `${b.cold.createMs.toFixed(0)} / ${b.warm.createMs.toFixed(0)}`,
          `${b.cold.firstMs.toFixed(0)} / ${b.warm.firstMs.toFixed(0)}`,
          ms(b.windowMs),
          b.cpuMs.toFixed(0),
          jsep ? `${(b.cpuMs / jsep.cpuMs).toFixed(2)}×` : '—',
        ]),
      ),
      '',
    );
  }
  return out;
}

/** Kernel time by operator, WASM against native. */
export function profileSection(r: BenchResults): string[] {
  const out: string[] = [];
  if (r.profile) {
    const p = r.profile;
    out.push(`## Where the time goes (${p.model} q8, ${p.threads} threads, onnxruntime per-operator profiles)`, '');
    out.push(
      `One warm 1×384 run each: the app's onnxruntime-web WASM build in the browser (${p.webWallMs.toFixed(0)} ms wall) and onnxruntime-node (${p.nativeWallMs.toFixed(0)} ms wall), same file, same threads. Kernel time by operator and output shape:`,
      '',
    );
    const native = new Map(p.native.map((x) => [x.op, x]));
    out.push(
      table(
        ['Operator [output shape]', 'WASM ms', 'Share', 'native ms', 'WASM / native'],
        p.web.slice(0, 12).map((x) => {
          const n = native.get(x.op);
          return [
            x.op,
            x.ms.toFixed(1),
            `${(100 * x.share).toFixed(1)}%`,
            n ? n.ms.toFixed(1) : '—',
            n ? `${(x.ms / n.ms).toFixed(2)}×` : '—',
          ];
        }),
      ),
      '',
    );
    const sum = (rows: typeof p.web) => rows.reduce((a, x) => a + x.ms, 0);
    out.push(
      `Kernel totals: WASM ${sum(p.web).toFixed(0)} ms, native ${sum(p.native).toFixed(0)} ms (${(sum(p.web) / sum(p.native)).toFixed(2)}×).`,
      '',
    );
  }
  return out;
}

/** Session-option and batch-size experiments. */
export function experimentsSection(r: BenchResults): string[] {
  const out: string[] = [];
  if (r.experiments.length) {
    out.push('## Experiments', '');
    out.push('Second number: CPU ms per run (session options), time to the first partial answer (batch size).', '');
    out.push(
      table(
        ['Group', 'Variant', 'ms', 'Second number'],
        r.experiments.map((e) => [e.group, e.name, ms(e.samples), ms(e.firstMs)]),
      ),
      '',
    );
  }
  return out;
}
