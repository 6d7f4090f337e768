import { OCR_LANGUAGE_CHOICES, useOcrLanguages } from './ocr-language';

/** The language scans and photos of pages are read in (used when one is opened). */
export function OcrLanguageSelect() {
  const [languages, setLanguages] = useOcrLanguages();
  return (
    <label className="ocr-language" title="The language text recognition reads scanned PDFs and images in">
      Scans in{' '}
      <select value={languages} onChange={(e) => setLanguages(e.target.value as typeof languages)} data-testid="ocr-language">
        {OCR_LANGUAGE_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
