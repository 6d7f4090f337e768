import type { Ref } from 'react';
import type { ModelInfo, ModelSource } from '../../shared/protocol';
import { BackendBadge } from './BackendBadge';
import { modelDisplayName } from './last-model';

interface Props {
  /** Id of the panel's heading, which the bar carries. */
  headingId: string;
  source: ModelSource;
  info: ModelInfo;
  /** The name to show instead of the source's (a demo page's model). */
  name?: string;
  /** Absent where the model may not be changed (a demo page). */
  onChange?: () => void;
  changeRef?: Ref<HTMLButtonElement>;
}

/** The loaded model in one row: its name, what it runs on, and the way back to the picker. */
export function ModelBar({ headingId, source, info, name: shown, onChange, changeRef }: Props) {
  const name = shown ?? modelDisplayName(source);
  return (
    <div className="model-bar" data-testid="model-bar">
      <h2 id={headingId} className="model-bar-heading">
        Model
      </h2>
      <p className="model-bar-name" title={info.source}>
        {name}
      </p>
      <BackendBadge info={info} />
      {onChange && (
        <button
          type="button"
          className="button button-secondary model-bar-change"
          ref={changeRef}
          onClick={onChange}
          aria-label={`Change model (now ${name})`}
        >
          Change
        </button>
      )}
    </div>
  );
}
