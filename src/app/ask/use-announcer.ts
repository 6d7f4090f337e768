import { useEffect, useRef, useState } from 'react';
import { describeError } from '../common/error-messages';
import type { AskState } from './use-ask';
import { progressMilestone, readingLine, resultSummary } from './announcements';
import type { ModelState } from '../model/use-model';

/**
 * What the header says. `line` is the visible status (reading progress passage by passage while a
 * question runs); `spoken` is the text of the page's one polite live region: what a screen-reader
 * user needs to hear without moving focus (model ready, progress at milestones, the top answer, what
 * went wrong). The latest event wins.
 */
export interface Announcement {
  line: string;
  spoken: string;
  tone: 'info' | 'ok' | 'error';
}

interface Message {
  text: string;
  tone: Announcement['tone'];
  /** Shown in the header line but not put in the live region (an alert already speaks it). */
  silent?: boolean;
}

// An error's banner (role=alert, next to the control that failed, focused) speaks it; the polite
// region says nothing more, so a screen reader hears it once. The header line still shows the headline.
const error = (e: unknown): Message => ({ text: describeError(e).title, tone: 'error', silent: true });

export function useAnnouncer(model: ModelState, ask: AskState): Announcement {
  const [message, setMessage] = useState<Message>({ text: '', tone: 'info' });

  const previous = useRef(model.status);
  useEffect(() => {
    const was = previous.current;
    previous.current = model.status;
    if (model.status === 'idle' && was === 'loading') setMessage({ text: 'Loading cancelled', tone: 'info' });
    else if (model.status === 'loading') setMessage({ text: 'Loading model…', tone: 'info' });
    else if (model.status === 'ready') setMessage({ text: 'Model ready', tone: 'ok' });
    else if (model.status === 'error' && model.error) setMessage(error(model.error));
  }, [model.status, model.error]);

  const askWas = useRef(ask.status);
  useEffect(() => {
    const was = askWas.current;
    askWas.current = ask.status;
    // Answers cleared (another document, Clear): the header no longer names an answer that is gone.
    if (ask.status === 'idle' && was !== 'idle') setMessage({ text: '', tone: 'info' });
    else if (ask.status === 'done' && ask.result) setMessage({ text: resultSummary(ask.result, ask.question), tone: 'ok' });
    else if (ask.status === 'cancelled') setMessage({ text: 'Cancelled', tone: 'info' });
    else if (ask.status === 'error' && ask.error) setMessage(error(ask.error));
  }, [ask.status, ask.result, ask.error, ask.question]);

  // A reading starts (a new question has no progress yet): the region is emptied, silently, so the
  // result that ends it is always new text, and spoken, even when it reads exactly like the last one.
  const running = ask.status === 'running';
  const starting = running && ask.progress === null;
  const lastQuarter = useRef(-1);
  useEffect(() => {
    if (!running) return;
    lastQuarter.current = -1;
    setMessage({ text: '', tone: 'info' });
  }, [running, starting]);
  useEffect(() => {
    if (!running || !ask.progress) return;
    const { done, total, msPerWindow } = ask.progress;
    const milestone = progressMilestone(done, total, lastQuarter.current, msPerWindow ?? null);
    if (!milestone) return;
    lastQuarter.current = milestone.quarter;
    setMessage({ text: milestone.text, tone: 'info' });
  }, [running, ask.progress]);

  const line = running ? readingLine(ask.progress) : message.text;
  return { line, spoken: message.silent ? '' : message.text, tone: running ? 'info' : message.tone };
}
