import { readPersisted, usePersistedState } from '../common/use-persisted-state';

/**
 * Which language(s) text recognition reads scans in: English, French, or both (slower: tesseract
 * tries each). Remembered across visits; read when a scan is opened.
 */
export const OCR_LANGUAGE_CHOICES = [
  { value: 'eng', label: 'English' },
  { value: 'fra', label: 'French' },
  { value: 'eng+fra', label: 'English + French' },
] as const;

type OcrLanguageChoice = (typeof OCR_LANGUAGE_CHOICES)[number]['value'];

const KEY = 'ocr-languages';
const isChoice = (v: unknown): v is OcrLanguageChoice => OCR_LANGUAGE_CHOICES.some((c) => c.value === v);

/** The remembered choice (English until one is made). */
export const savedOcrLanguages = (): OcrLanguageChoice => readPersisted(KEY, 'eng', isChoice);

// Saved at once: a file opened right after the choice must be read in that language.
export const useOcrLanguages = () => usePersistedState<OcrLanguageChoice>(KEY, savedOcrLanguages, isChoice, 0);

export function ocrLanguageLabel(languages: string): string {
  return OCR_LANGUAGE_CHOICES.find((c) => c.value === languages)?.label ?? languages;
}
