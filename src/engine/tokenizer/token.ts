/** A token of the user's text: its id and the UTF-16 range of the text it stands for. */
export interface Token {
  id: number;
  /** UTF-16 offsets into the original text: text.slice(start, end) is what this token covers. */
  start: number;
  end: number;
}
