// A plain description of a page, collected by the content script and classified by pure detectors.
export interface FieldSnapshot {
  /** Lowercased type attribute ("text" when missing). */
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  placeholder: string;
  /** aria-label and the text of its <label>, lowercased and shortened. */
  label: string;
  /** Rendered with a size, not hidden by style. */
  visible: boolean;
  /** Inside a closed <dialog> or [popover]: hidden now, shown by the page on demand. */
  revealable: boolean;
  /** Index into PageSnapshot.forms, or -1 outside any <form>. */
  form: number;
}

export interface FormSnapshot { action: string; method: string; id: string; name: string; className: string; buttons: string }

export interface PageSnapshot {
  fields: FieldSnapshot[];
  forms: FormSnapshot[];
  /** File inputs (visible or not: a hidden one is usually opened by a button). */
  fileInputs: number;
  /** Elements that say they take dropped files (class, id or role hints). */
  dropZones: number;
  /** Text of buttons and links that look like sign-in choices, lowercased, capped. */
  buttons: string[];
  title: string;
  heading: string;
  path: string;
}

export type SignalKind = 'sign-in' | 'sign-up' | 'password-change' | 'one-time-code' | 'upload';
export interface Signal { kind: SignalKind; reasons: string[] }
export type Detector = (page: PageSnapshot) => Signal | null;
