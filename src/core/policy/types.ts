import type { Severity } from '../exposure/types.ts';

export const ACTIONS = ['inform', 'warn', 'confirm', 'block'] as const;
export type Action = (typeof ACTIONS)[number];
export const MOMENTS = ['visit', 'sign-in', 'upload'] as const;
export type Moment = (typeof MOMENTS)[number];
/** The presets in data/presets.json, in the order the options page offers them; each has a
 * translated name `preset_<id>`. A test keeps this list and the data file equal. */
export const PRESET_IDS = ['standard', 'inform-only', 'independent-judge', 'eu-adequacy', 'e2ee-only', 'distrust-list'] as const;
export type Trust = 'trusted' | 'neutral' | 'distrusted';
export type RuleId = 'distrusted-jurisdiction' | 'no-independent-judge' | 'outside-trusted' | 'not-e2ee';

export type ActionTable = Record<Moment, Record<Exclude<Severity, never>, Action>>;

/** A preset: the base action per moment and severity, plus rules that raise it. Presets are data. */
export interface Preset {
  id: string;
  name: string;
  description: string;
  actions: ActionTable;
  rules: { id: RuleId; actions: Record<Moment, Action> }[];
  /** Jurisdictions this preset trusts or distrusts by default (groups are expanded at build time). */
  trust: Record<string, Trust>;
}

/** A policy layer as stored (user) or pushed by an organisation (managed). Every field optional. */
export interface PolicyLayer {
  preset?: string;
  trust?: Record<string, Trust>;
  allowServices?: string[];
  denyServices?: string[];
  actions?: Partial<Record<Moment, Partial<Record<Severity, Action>>>>;
}

export interface EffectivePolicy {
  preset: Preset;
  trust: Record<string, Trust>;
  allowServices: string[];
  denyServices: string[];
  actions: ActionTable;
  /** Which fields the organisation set (shown as locked). */
  locked: (keyof PolicyLayer)[];
}

export interface Verdict {
  action: Action;
  severity: Severity | 'unknown-service';
  /** The rules and list entries that decided it, as codes: "base:high", "rule:no-independent-judge:CN", "allow-list", "deny-list". */
  fired: string[];
}
