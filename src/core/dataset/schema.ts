// The dataset schema, defined once: the build validates data/ with it, the tests use it,
// and the runtime types are inferred from it. Keep it in step with data/README.md.
import { z } from 'zod';

export const UNKNOWN = 'unknown' as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** ISO 3166-1 alpha-2, plus "EU" where the bloc acts as one. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "CN"');

/** Which field of a deployment (or law, or event) a source backs. */
export const supportsField = z.enum([
  'operator', 'parent', 'storage', 'keys', 'e2ee', 'accountRegions', 'hosts', 'event', 'law', 'status',
]);

export const source = z.strictObject({
  url: z.string().url().startsWith('https://', 'sources must be https'),
  title: z.string().min(3),
  publisher: z.string().optional(),
  published: isoDate.optional(),
  accessed: isoDate,
  /** The facts this source establishes. A deployment fact that no source supports must be "unknown". */
  supports: z.array(supportsField).min(1),
  /** A short quotation or paraphrase of what the page says, so a reviewer can check it quickly. */
  quote: z.string().max(600).optional(),
});

export const entity = z.strictObject({
  name: z.string().min(1),
  country: z.union([countryCode, z.literal(UNKNOWN)]),
  stateOwned: z.boolean().optional(),
  note: z.string().max(300).optional(),
});

export const confidence = z.enum(['primary', 'press', 'unverified']);

export const e2eeEntry = z.strictObject({
  /** A data category: "photos", "backup", "mail", "messages", "files", "notes", "chat", "documents", "prompts"... */
  category: z.string().regex(/^[a-z][a-z-]*$/),
  mode: z.enum(['default', 'optional', 'none', UNKNOWN]),
  /** The user-facing name of the switch, e.g. "Advanced Data Protection". */
  feature: z.string().optional(),
  /** Countries where the optional feature cannot be turned on (for example GB for ADP since 2025-02-21). */
  unavailableIn: z.array(countryCode).optional(),
});

export const deployment = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label: z.string().min(1),
  /** Account regions this deployment serves; ["*"] means every region not claimed by another deployment. */
  accountRegions: z.union([z.tuple([z.literal('*')]), z.array(countryCode).min(1)]),
  operator: entity,
  parent: entity.optional(),
  storage: z.union([z.array(countryCode).min(1), z.literal(UNKNOWN)]),
  keys: z.strictObject({
    holder: z.enum(['provider', 'local-partner', 'customer', 'user', UNKNOWN]),
    location: z.union([z.array(countryCode).min(1), z.literal(UNKNOWN)]),
  }),
  e2ee: z.array(e2eeEntry),
  since: isoDate.optional(),
  confidence,
  note: z.string().max(500).optional(),
  sources: z.array(source).min(1),
});

export const hostRule = z.strictObject({
  host: z.string().regex(/^[a-z0-9.-]+$/, 'hosts are lowercase ASCII (punycode for IDN), without scheme, port or path'),
  match: z.enum(['exact', 'subdomains']),
  deployment: z.string().optional(),
  role: z.enum(['sign-in', 'upload', 'app']).optional(),
});

export const serviceEvent = z.strictObject({
  date: isoDate,
  text: z.string().min(10).max(400),
  sources: z.array(source).min(1),
});

export const serviceCategory = z.enum([
  'storage', 'photos', 'backup', 'mail', 'notes', 'chat', 'office', 'code', 'ai', 'video', 'identity', 'social', 'cloud',
]);

export const service = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  provider: z.string().min(1),
  categories: z.array(serviceCategory).min(1),
  hosts: z.array(hostRule).min(1),
  deployments: z.array(deployment).min(1),
  events: z.array(serviceEvent).optional(),
  lastReviewed: isoDate,
});

export const lawPower = z.enum([
  'disclosure', 'interception', 'bulk-collection', 'technical-assistance', 'localisation', 'secrecy-order',
]);
export const tie = z.enum(['storage', 'operator', 'parent', 'keys', 'market']);

export const law = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(3),
  citation: z.string().min(3),
  year: z.number().int().min(1900).max(2100),
  powers: z.array(lawPower).min(1),
  reach: z.array(tie).min(1),
  oversight: z.enum(['independent-judge', 'judge-secret-court', 'executive', 'none', UNKNOWN]),
  notifiesUser: z.union([z.boolean(), z.literal(UNKNOWN)]),
  status: z.enum(['in-force', 'lapsed', 'struck-down', 'pending']),
  /** When the status last changed (e.g. a lapse or a reauthorisation). */
  statusDate: isoDate.optional(),
  statusNote: z.string().max(400).optional(),
  summary: z.string().min(20).max(700),
  sources: z.array(source).min(1),
});

export const jurisdiction = z.strictObject({
  code: countryCode,
  name: z.string().min(2),
  memberOf: z.array(z.string()).optional(),
  laws: z.array(law).min(1),
  lastReviewed: isoDate,
});

export type Source = z.infer<typeof source>;
export type Entity = z.infer<typeof entity>;
export type Deployment = z.infer<typeof deployment>;
export type HostRule = z.infer<typeof hostRule>;
export type Service = z.infer<typeof service>;
export type Law = z.infer<typeof law>;
export type LawPower = z.infer<typeof lawPower>;
export type Tie = z.infer<typeof tie>;
export type Jurisdiction = z.infer<typeof jurisdiction>;
export type Confidence = z.infer<typeof confidence>;

const action = z.enum(['inform', 'warn', 'confirm', 'block']);
const momentActions = z.strictObject({ visit: action, 'sign-in': action, upload: action });
const severityActions = z.strictObject({ high: action, medium: action, low: action, unknown: action });

/** Presets are data: base actions per moment and severity, rules that raise them, default trust. */
export const preset = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(3),
  description: z.string().min(10),
  actions: z.strictObject({ visit: severityActions, 'sign-in': severityActions, upload: severityActions }),
  rules: z.array(z.strictObject({
    id: z.enum(['distrusted-jurisdiction', 'no-independent-judge', 'outside-trusted', 'not-e2ee']),
    actions: momentActions,
  })),
  trust: z.record(countryCode, z.enum(['trusted', 'neutral', 'distrusted'])),
  /** Where a trust list comes from (e.g. the European Commission's adequacy decisions). */
  sources: z.array(source).optional(),
});
export const presets = z.array(preset).min(1);
