import { useId } from 'react';
import type { ReadingOrder, StrideMode } from '../../shared/answers';
import type { ReadingOptions } from './use-reading-options';

interface Props {
  options: ReadingOptions;
  onChange: (patch: Partial<ReadingOptions>) => void;
}

/** How long documents are read: speed options that never change which characters an answer covers. */
export function ReadingOptionsFields({ options, onChange }: Props) {
  const id = useId();
  return (
    <details className="reading-options">
      <summary>Reading options</summary>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={options.stopWhenConfident}
          onChange={(e) => onChange({ stopWhenConfident: e.target.checked })}
          data-testid="stop-when-confident"
        />
        Stop reading when confident (you can still read the rest)
      </label>
      <div className="options-grid">
        <div className="field">
          <label htmlFor={`${id}-order`}>Reading order</label>
          <select id={`${id}-order`} value={options.order} onChange={(e) => onChange({ order: e.target.value as ReadingOrder })}>
            <option value="relevance">Most relevant first</option>
            <option value="document">Front to back</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-stride`}>Passage overlap</label>
          <select
            id={`${id}-stride`}
            value={options.strideMode}
            aria-describedby={`${id}-stride-hint`}
            onChange={(e) => onChange({ strideMode: e.target.value as StrideMode })}
          >
            <option value="overlap">Share 128 tokens</option>
            <option value="step">Start every 128 (BERT)</option>
          </select>
        </div>
      </div>
      <p className="field-hint" id={`${id}-stride-hint`}>
        The document is read in passages of 384 tokens. Sharing 128 tokens between neighbours (as Hugging Face does today) needs about half
        the passages of starting one every 128 tokens (the original BERT scripts); the order only changes how soon answers appear.
      </p>
    </details>
  );
}
