/**
 * npm run demo -- --model <folder | hub id in the local cache | URL> --out <dir> [--title T]
 *   [--description D] [--examples FILE] [--metrics metrics.json] [--dtype q8|fp32|…] [--base /path/]
 *   [--max-file-mb 95] [--no-split] [--allow-other-models]
 * Writes a static site that loads the model at once in the visitor's browser (see README,
 * "Publish a demo of your model").
 */
import { parseArgs } from 'node:util';
import { isQaError } from '../../src/shared/errors';
import { buildDemo, DEFAULT_MAX_FILE_MB } from './build';
import { parseDtype } from './model-check';
import { embedSnippet } from './site-files';
import { DemoUsageError } from './model-input';

const USAGE =
  'usage: npm run demo -- --model <folder | owner/name | URL> --out <dir> [--title T] [--description D] [--examples FILE] [--metrics metrics.json] [--dtype auto|q8|fp32|fp16|q4|…] [--base /sub/path/] [--max-file-mb 95] [--no-split] [--allow-other-models]';

function options() {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      out: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      examples: { type: 'string' },
      metrics: { type: 'string' },
      dtype: { type: 'string' },
      base: { type: 'string', default: './' },
      'max-file-mb': { type: 'string', default: String(DEFAULT_MAX_FILE_MB) },
      'allow-other-models': { type: 'boolean', default: false },
      'no-split': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.model || !values.out) throw new DemoUsageError('--model and --out are required.');
  const maxFileMb = Number(values['max-file-mb']);
  if (!(maxFileMb > 0)) throw new DemoUsageError(`--max-file-mb must be a positive number, not "${values['max-file-mb']}".`);
  const base = values.base;
  if (base !== './' && !/^\/([^?#]*\/)?$/.test(base))
    throw new DemoUsageError(`--base must be ./ or a path that starts and ends with /, not "${base}".`);
  return {
    ...values,
    model: values.model,
    out: values.out,
    base,
    maxFileMb,
    dtype: parseDtype(values.dtype),
    allowOtherModels: values['allow-other-models'],
    split: !values['no-split'],
  };
}

const log = (message: string) => process.stderr.write(`[demo] ${message}\n`);

async function main(): Promise<void> {
  const opts = options();
  const { manifest, files } = await buildDemo({ ...opts, log });
  log(
    `wrote ${files.length} files to ${opts.out}: ${manifest.card.name} (${manifest.card.family}, ${manifest.model.dtype}), ${manifest.examples.length} examples.`,
  );
  log(`embed it (replace the address with the site's):\n${embedSnippet(manifest)}`);
  log('publish: push the folder to a GitHub Pages branch or a Hugging Face static Space (README, "Publish a demo of your model").');
}

// onnxruntime-web in Node can leave a load's promise pending with nothing keeping the event loop
// alive, and Node would then exit with status 0 mid-check: the timer holds it until main settles.
const keepAlive = setInterval(() => {}, 60_000);
main()
  .finally(() => clearInterval(keepAlive))
  .catch((e: unknown) => {
    if (e instanceof DemoUsageError) console.error(`${e.message}\n${USAGE}`);
    else if (isQaError(e)) console.error(`The model cannot be loaded (${e.code}): ${e.message}`);
    else console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
