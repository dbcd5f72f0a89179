import type { Deployment, Jurisdiction, Law, Service, Source, Tie } from '../dataset/schema.ts';

/** What the user has told us about their account. */
export interface UserContext {
  /** ISO country of the account's region, or null when not set. */
  accountRegion: string | null;
  /** Features the user says are on, by feature name (e.g. "Advanced Data Protection"). */
  featuresOn: string[];
}

/** How a deployment was chosen, so the UI can say why. */
export type DeploymentBasis = 'host' | 'region' | 'only' | 'default-region-unset';

export interface TieEntry { tie: Tie; country: string; via: string }

export type CategoryExposure = 'content' | 'metadata-only' | 'content-at-risk' | 'unknown';

export interface CategoryResult {
  category: string;
  exposure: CategoryExposure;
  /** Why, as codes the UI turns into words: e.g. "e2ee-default", "feature-off", "unavailable-in:GB", "technical-assistance:gb-ipa-2016". */
  why: string[];
}

export interface LawHit { law: Law; ties: Tie[] }

export interface JurisdictionExposure {
  code: string;
  name: string;
  ties: TieEntry[];
  /** Laws in force whose reach uses one of the ties. */
  laws: LawHit[];
  /** Laws that would reach but are not in force (lapsed, struck down, pending), shown for context. */
  inactive: LawHit[];
  /** Strongest check on the compelled access among the laws in force. */
  weakestOversight: Law['oversight'] | null;
}

export type Severity = 'high' | 'medium' | 'low' | 'unknown';

export interface Exposure {
  service: Service;
  deployment: Deployment;
  basis: DeploymentBasis;
  jurisdictions: JurisdictionExposure[];
  categories: CategoryResult[];
  /** Facts the dataset marks unknown, e.g. ["storage", "keys.location"]. */
  unknowns: string[];
  severity: Severity;
  sources: Source[];
}

export interface Assessment {
  service: Service;
  /** The exposure for the chosen deployment, or for each candidate when the region is not set. */
  exposures: Exposure[];
  /** True when the account region decides the deployment but is not set. */
  ambiguous: boolean;
}

export type JurisdictionIndex = ReadonlyMap<string, Jurisdiction>;
