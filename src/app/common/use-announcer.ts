import { useEffect, useRef, useState } from 'react';
import { describeError } from './error-messages';
import { plural } from './format';
import type { AskState } from '../ask/use-ask';
import type { ModelState } from '../model/use-model';

/**
 * The text of the page's polite live region: what a screen-reader user needs to hear without moving
 * focus (model ready, how many answers, what went wrong). The latest event wins.
 */
export interface Announcement {
  text: string;
  tone: 'info' | 'ok' | 'error';
}

// Errors are announced by their headline; the alert banner itself carries the specifics.
const error = (e: unknown): Announcement => ({ text: describeError(e).title, tone: 'error' });

export function useAnnouncer(model: ModelState, ask: AskState): Announcement {
  const [message, setMessage] = useState<Announcement>({ text: '', tone: 'info' });

  const previous = useRef(model.status);
  useEffect(() => {
    const was = previous.current;
    previous.current = model.status;
    if (model.status === 'idle' && was === 'loading') setMessage({ text: 'Loading cancelled', tone: 'info' });
    else if (model.status === 'loading') setMessage({ text: 'Loading model…', tone: 'info' });
    else if (model.status === 'ready') setMessage({ text: 'Model ready', tone: 'ok' });
    else if (model.status === 'error' && model.error) setMessage(error(model.error));
  }, [model.status, model.error]);

  useEffect(() => {
    if (ask.status === 'done' && ask.result) {
      setMessage({ text: ask.result.noAnswer ? 'No answer found' : plural(ask.result.answers.length, 'answer'), tone: 'ok' });
    } else if (ask.status === 'cancelled') setMessage({ text: 'Cancelled', tone: 'info' });
    else if (ask.status === 'error' && ask.error) setMessage(error(ask.error));
  }, [ask.status, ask.result, ask.error]);

  return message;
}
