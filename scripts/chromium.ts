/**
 * How every tool here starts the system Chromium (e2e tests, the SQuAD eval CLI, the benchmarks):
 * Playwright's own browser download does not work offline, and without the background-networking
 * flags Chromium keeps trying to reach Google's hosts. CHROME_PATH overrides the binary.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(opts: { webgpu?: boolean } = {}): string[] {
  return [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // A SwiftShader (or real) WebGPU adapter in headless Chromium.
    ...(opts.webgpu ? ['--enable-unsafe-webgpu'] : []),
  ];
}
