import { ErrorBanner } from '../common/ErrorBanner';
import type { SampleApi } from './use-sample';

/**
 * In the document card, on the example: its attribution (CC BY-SA asks for title, source, licence
 * and link). Nothing on the user's own text.
 */
export function SampleAttribution({ sample: s }: { sample: SampleApi }) {
  if (s.isSample) {
    return (
      <p className="field-hint sample-attribution" data-testid="sample-attribution">
        {s.sample ? (
          <>
            Example text:{' '}
            <a href={s.sample.url} target="_blank" rel="noopener noreferrer">
              “{s.sample.title}”
            </a>
            , {s.sample.source},{' '}
            <a href={s.sample.licenceUrl} target="_blank" rel="noopener noreferrer">
              {s.sample.licence}
            </a>{' '}
            (the first paragraphs, as the SQuAD 2.0 dataset holds them). Edit it, or Clear it to use your own.
          </>
        ) : (
          'Example text from Wikipedia (CC BY-SA 4.0).'
        )}
      </p>
    );
  }
  return null;
}

/**
 * By the question, on an empty document: "Try an example", in the first screen on a phone too,
 * and the next stop for the keyboard after the model.
 */
export function SampleOffer({ sample: s }: { sample: SampleApi }) {
  if (!s.canTry) return null;
  return (
    <div className="sample-offer" data-testid="sample-offer">
      <p>
        <strong>New here?</strong> Try an example: a short Wikipedia article about the Normans, with questions to ask it.
      </p>
      <button type="button" className="button button-primary" onClick={s.tryExample} disabled={s.loading}>
        Try an example
      </button>
      {s.error !== null && <ErrorBanner error={s.error} fallbackTitle="Couldn't open the example." />}
    </div>
  );
}
