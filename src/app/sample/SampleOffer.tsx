import type { ReactNode } from 'react';
import { ErrorBanner } from '../common/ErrorBanner';
import type { SampleDocument } from './sample-types';
import type { SampleApi } from './use-sample';

/**
 * In the document card, on the example: its attribution (CC BY-SA asks for title, source, licence
 * and link; a linked example shows what its file gives). Nothing on the user's own text.
 */
export function SampleAttribution({ sample: s }: { sample: SampleApi }) {
  if (!s.isSample) return null;
  return (
    <p className="field-hint sample-attribution" data-testid="sample-attribution">
      {s.sample ? (
        <>
          Example text: {attribution(s.sample)}
          {s.fromDemo
            ? ' (an example of this demo).'
            : s.linked
              ? ' (the example this page’s link names).'
              : ' (the first paragraphs, as the SQuAD 2.0 dataset holds them).'}{' '}
          Edit it, or Clear it to use your own.
        </>
      ) : s.linked ? (
        'Example text from this page’s link.'
      ) : (
        'Example text from Wikipedia (CC BY-SA 4.0).'
      )}
    </p>
  );
}

function attribution(d: SampleDocument): ReactNode {
  const link = (href: string | undefined, text: ReactNode) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {text}
      </a>
    ) : (
      text
    );
  return (
    <>
      {link(d.url, `“${d.title}”`)}
      {d.source && `, ${d.source}`}
      {d.licence && <>, {link(d.licenceUrl, d.licence)}</>}
    </>
  );
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
        <strong>New here?</strong>{' '}
        {s.choices.length > 0
          ? 'Try one of this demo’s example documents, with questions to ask it.'
          : s.linked
            ? 'Try the example this page’s link brings, with questions to ask it.'
            : 'Try an example: a short Wikipedia article about the Normans, with questions to ask it.'}
      </p>
      {s.choices.length > 0 ? (
        <div className="button-row">
          {s.choices.map((title, i) => (
            <button
              key={title}
              type="button"
              className={`button ${i === 0 ? 'button-primary' : 'button-secondary'}`}
              onClick={() => s.tryExample(i)}
            >
              Try “{title}”
            </button>
          ))}
        </div>
      ) : (
        <button type="button" className="button button-primary" onClick={() => s.tryExample()} disabled={s.loading}>
          Try an example
        </button>
      )}
      {s.error !== null && <ErrorBanner error={s.error} fallbackTitle="Couldn't open the example." takeFocus />}
    </div>
  );
}
