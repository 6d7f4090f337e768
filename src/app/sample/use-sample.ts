import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OpenedDocument } from '../../shared/documents';
import { fetchLinkedExample } from './linked-example';
import { isLinkedExampleName, linkedExampleName, loadSample, SAMPLE_NAME, type SampleDocument } from './sample-types';

export interface SampleApi {
  /** The current document is the example (also after a reload, and after the user edits it). */
  isSample: boolean;
  /** Offered only on an empty document, so the user's own text is never replaced. */
  canTry: boolean;
  /** The example comes from the page's link (?example=) or a demo page, not the bundled article. */
  linked: boolean;
  /** The examples came with a demo page (npm run demo). */
  fromDemo: boolean;
  /** A demo page's examples, by title, when it has several to choose from. */
  choices: readonly string[];
  /** Loaded on demand; null until then. */
  sample: SampleDocument | null;
  loading: boolean;
  error: unknown;
  /** Opens the example (a demo page's `index`-th) as the document: saved and editable like pasted text. */
  tryExample: (index?: number) => void;
}

/**
 * "Try an example": the bundled Wikipedia article with SQuAD's questions for it, the example a
 * demo link names (`linkedUrl`, from ?example=), fetched when asked for, or a demo page's own
 * examples (`provided`, which came with the page).
 */
export function useSample(
  doc: OpenedDocument,
  setPlainText: (text: string, name: string) => void,
  onTried?: (firstQuestion: string | null) => void,
  linkedUrl: string | null = null,
  provided: readonly SampleDocument[] | null = null,
): SampleApi {
  const [sample, setSample] = useState<SampleDocument | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onDone = useRef(onTried);
  onDone.current = onTried;
  const linked = linkedUrl !== null || provided !== null;
  const isSample = doc.kind === 'text' && doc.text.length > 0 && (linked ? isLinkedExampleName(doc.name) : doc.name === SAMPLE_NAME);
  const docName = useRef(doc.name);
  docName.current = doc.name;

  const load = useCallback(
    async (index?: number): Promise<SampleDocument | null> => {
      if (provided) {
        // A saved document that is one of the page's examples brings back that one's questions.
        const found = index ?? provided.findIndex((p) => linkedExampleName(p.title) === docName.current);
        const chosen = provided[Math.max(0, found)] ?? null;
        setSample(chosen);
        return chosen;
      }
      setLoading(true);
      setError(null);
      try {
        const loaded = linkedUrl ? await fetchLinkedExample(linkedUrl) : await loadSample();
        setSample(loaded);
        return loaded;
      } catch (e) {
        // The chunk is precached; this is an update that removed it, or a page served without the worker.
        setError(e);
        return null;
      } finally {
        setLoading(false);
      }
    },
    [linkedUrl, provided],
  );

  // The saved document is the example: its attribution and questions come back with it.
  useEffect(() => {
    if (isSample && !sample) void load();
  }, [isSample, sample, load]);

  const canTry = doc.text.length === 0;
  const textNow = useRef(doc.text);
  textNow.current = doc.text;
  const tryExample = useCallback(
    (index?: number) => {
      // Checked again once loaded: text typed or opened meanwhile is the user's, and stays.
      void load(index ?? 0).then((s) => {
        if (!s || textNow.current.length > 0) return;
        setPlainText(s.text, linked ? linkedExampleName(s.title) : SAMPLE_NAME);
        onDone.current?.(s.questions[0]?.question ?? null); // The next step is a question: the chips sit by the question box.
      });
    },
    [load, setPlainText, linked],
  );
  const choices = useMemo(() => (provided && provided.length > 1 ? provided.map((p) => p.title) : []), [provided]);

  return { isSample, canTry, linked, fromDemo: provided !== null, choices, sample, loading, error, tryExample };
}
