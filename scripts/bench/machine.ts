/** What the report says about the machine and the software versions (read, not assumed). */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
  cpu: string;
  cores: number;
  simd: string;
  memGiB: number;
  loadAvg: string;
  versions: Record<string, string>;
}

function pkgVersion(root: string, dir: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', dir, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function cpuInfo(): { model: string; flags: string } {
  try {
    const text = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? cpus()[0]?.model ?? '?';
    const flags = /^flags\s*:\s*(.+)$/m.exec(text)?.[1] ?? '';
    const simd = ['avx512f', 'avx512_vnni', 'avx_vnni', 'avx2', 'fma', 'sse4_2'].filter((f) => flags.split(' ').includes(f));
    return { model, flags: simd.join(' ') };
  } catch {
    return { model: cpus()[0]?.model ?? '?', flags: '?' };
  }
}

export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

export function machineInfo(root: string, chromium: string): MachineInfo {
  const { model, flags } = cpuInfo();
  return {
    cpu: model,
    cores: cpus().length,
    simd: flags,
    memGiB: Math.round(totalmem() / 2 ** 30),
    loadAvg: loadAverage(),
    versions: {
      node: process.version,
      chromium,
      'onnxruntime-web': pkgVersion(root, 'onnxruntime-web'),
      'onnxruntime-node': pkgVersion(root, 'onnxruntime-node'),
      '@huggingface/transformers': pkgVersion(root, '@huggingface/transformers'),
      'onnxruntime-web (transformers.js)': pkgVersion(root, '@huggingface/transformers/node_modules/onnxruntime-web'),
      vite: pkgVersion(root, 'vite'),
      '@playwright/test': pkgVersion(root, '@playwright/test'),
    },
  };
}

function cpuTicks(): { idle: number; total: number } | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: cpu[3] + (cpu[4] ?? 0), total: cpu.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/**
 * Fraction of all cores busy over `ms`, sampled between measurements: other processes' load, plus
 * any background work of ours (V8 compiling a fresh worker's WASM keeps a core busy for seconds).
 */
export async function othersBusy(ms = 500): Promise<number> {
  const a = cpuTicks();
  await new Promise((ok) => setTimeout(ok, ms));
  const b = cpuTicks();
  if (!a || !b || b.total === a.total) return 0;
  return 1 - (b.idle - a.idle) / (b.total - a.total);
}

/**
 * Waits (up to `maxWaitMs`) until the CPU is mostly idle, so that a measurement round starts on a
 * quiet machine; returns the busy fraction it settled for. Other engineers' test runs come and go on
 * this machine, so this removes the worst outliers without hiding the noise.
 */
export async function waitForQuiet(maxWaitMs = 30_000, threshold = 0.15): Promise<number> {
  const t0 = Date.now();
  let busy = await othersBusy();
  while (busy > threshold && Date.now() - t0 < maxWaitMs) {
    await new Promise((ok) => setTimeout(ok, 1500));
    busy = await othersBusy();
  }
  return busy;
}
