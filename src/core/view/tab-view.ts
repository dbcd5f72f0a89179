import type { Assessment } from '../exposure/types.ts';
import type { Moment, Verdict } from '../policy/types.ts';

/** Everything the popup shows for one tab. Plain data, safe to send between extension pages. */
export interface TabView {
  status: 'no-site' | 'unknown-service' | 'known' | 'degraded';
  host: string | null;
  assessment: Assessment | null;
  verdict: Verdict | null;
  /** The strongest moment seen on this tab (visit, sign-in, upload). */
  moment: Moment | null;
  /** Signal kinds the page showed (sign-in, sign-up, upload…). */
  signals?: string[];
  accountRegion: string | null;
  presetName: string | null;
  datasetVersion: string | null;
  /** Why the extension runs without its dataset, when status is "degraded". */
  problem?: string;
}
