// A plain description of a page, collected by the content script and classified by pure detectors.
export interface FieldSnapshot {
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  visible: boolean;
  /** Index of the form in PageSnapshot.forms, or -1 when the field is outside any <form>. */
  form: number;
}

export interface PageSnapshot {
  fields: FieldSnapshot[];
  forms: { action: string; method: string }[];
  fileInputs: number;
  path: string;
}

export interface Signal { kind: 'sign-in' | 'upload'; reasons: string[] }
export type Detector = (page: PageSnapshot) => Signal | null;
