import type { DocumentKind, OpenedDocument } from '../../shared/documents';

interface Props {
  doc: OpenedDocument;
  editing: boolean;
  /** The PDF whose text the user edited into plain text, if that happened. */
  editedFrom: string | null;
}

const KIND_LABELS: Record<DocumentKind, string> = {
  text: 'text',
  markdown: 'Markdown, shown without its syntax',
  html: 'HTML, shown as text',
  pdf: 'PDF',
  docx: 'Word document',
  image: 'image, read by text recognition',
};

/** Where the text came from, and what editing a PDF's text does to it. */
export function DocumentSource({ doc, editing, editedFrom }: Props) {
  if (editedFrom !== null && doc.kind === 'text') {
    return (
      <p className="field-hint document-source" data-testid="document-source">
        You edited the text of “{editedFrom}”, so it is plain text now: no page numbers or page view. Open the file again to get them back.
      </p>
    );
  }
  if (doc.kind === 'text' || doc.text.length === 0) return null;
  return (
    <p className="field-hint document-source" data-testid="document-source">
      <strong>{doc.name}</strong> · {KIND_LABELS[doc.kind]}
      {doc.kind === 'pdf' && editing && (
        <span data-testid="pdf-edit-warning">
          {' '}
          · Editing turns this PDF’s text into plain text: its page numbers and page view go away.
        </span>
      )}
    </p>
  );
}
