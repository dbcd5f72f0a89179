// Exposure: for a deployment and what the user told us, which jurisdictions can compel access,
// through which tie, under which laws, and per data category what a compelled party can hand over.
import type { HostRule, Jurisdiction, Law, Service, Source, Tie } from '../dataset/schema.ts';
import { selectDeployments } from './select.ts';
import type {
  Assessment, CategoryResult, Exposure, JurisdictionExposure, JurisdictionIndex, LawHit, Severity, TieEntry, UserContext,
} from './types.ts';
import type { Deployment } from '../dataset/schema.ts';

export function assess(
  service: Service, rule: HostRule | null, context: UserContext, jurisdictions: JurisdictionIndex,
): Assessment {
  const selected = selectDeployments(service, rule, context.accountRegion, jurisdictions);
  return {
    service,
    exposures: selected.map(({ deployment, basis }) => ({
      ...exposureOf(deployment, context, jurisdictions), service, basis,
    })),
    ambiguous: selected.length > 1,
  };
}

export function exposureOf(
  deployment: Deployment, context: UserContext, jurisdictions: JurisdictionIndex,
): Omit<Exposure, 'service' | 'basis'> {
  const reached = reachOf(tiesOf(deployment, context), jurisdictions);
  const categories = categoriesOf(deployment, context, reached);
  return {
    deployment,
    jurisdictions: reached,
    categories,
    unknowns: unknownsOf(deployment),
    severity: severityOf(categories, reached),
    sources: dedupeSources([...deployment.sources, ...reached.flatMap((j) => j.laws.flatMap((h) => h.law.sources))]),
  };
}

export function tiesOf(d: Deployment, context: UserContext): TieEntry[] {
  const ties: TieEntry[] = [];
  if (Array.isArray(d.storage)) for (const c of d.storage) ties.push({ tie: 'storage', country: c, via: 'data stored there' });
  if (d.operator.country !== 'unknown') ties.push({ tie: 'operator', country: d.operator.country, via: d.operator.name });
  if (d.parent && d.parent.country !== 'unknown') ties.push({ tie: 'parent', country: d.parent.country, via: d.parent.name });
  if (Array.isArray(d.keys.location)) for (const c of d.keys.location) ties.push({ tie: 'keys', country: c, via: 'keys held there' });
  const markets = context.accountRegion ? [context.accountRegion]
    : d.accountRegions[0] === '*' ? [] : (d.accountRegions as string[]);
  for (const c of markets) ties.push({ tie: 'market', country: c, via: 'service offered there' });
  return ties;
}

function reachOf(ties: TieEntry[], index: JurisdictionIndex): JurisdictionExposure[] {
  const byCode = new Map<string, TieEntry[]>();
  const add = (code: string, tie: TieEntry) => {
    if (!index.has(code)) return;
    const list = byCode.get(code) ?? [];
    if (!list.some((t) => t.tie === tie.tie && t.country === tie.country)) list.push(tie);
    byCode.set(code, list);
  };
  for (const tie of ties) {
    add(tie.country, tie);
    for (const bloc of index.get(tie.country)?.memberOf ?? []) add(bloc, tie);
  }
  return [...byCode].map(([code, entries]) => jurisdictionExposure(index.get(code)!, entries))
    .sort((a, b) => a.code.localeCompare(b.code));
}

function jurisdictionExposure(j: Jurisdiction, ties: TieEntry[]): JurisdictionExposure {
  const kinds = new Set(ties.map((t) => t.tie));
  const hits: LawHit[] = j.laws
    .map((law) => ({ law, ties: law.reach.filter((r): r is Tie => kinds.has(r)) }))
    .filter((h) => h.ties.length > 0);
  const laws = hits.filter((h) => h.law.status === 'in-force');
  return {
    code: j.code, name: j.name, ties, laws,
    inactive: hits.filter((h) => h.law.status !== 'in-force'),
    weakestOversight: weakest(laws.map((h) => h.law.oversight)),
  };
}

const OVERSIGHT_RANK: Law['oversight'][] = ['none', 'executive', 'unknown', 'judge-secret-court', 'independent-judge'];

function weakest(list: Law['oversight'][]): Law['oversight'] | null {
  return list.sort((a, b) => OVERSIGHT_RANK.indexOf(a) - OVERSIGHT_RANK.indexOf(b))[0] ?? null;
}

function categoriesOf(d: Deployment, context: UserContext, reached: JurisdictionExposure[]): CategoryResult[] {
  const assistance = reached.flatMap((j) => j.laws).filter((h) => h.law.powers.includes('technical-assistance'));
  const atRisk = assistance.map((h) => `technical-assistance:${h.law.id}`);
  const encrypted = (): CategoryResult['exposure'] => (atRisk.length ? 'content-at-risk' : 'metadata-only');
  if (d.e2ee.length === 0) {
    const holder = d.keys.holder;
    if (holder === 'unknown') return [{ category: 'all', exposure: 'unknown', why: ['keys-unknown'] }];
    if (holder === 'user' || holder === 'customer') return [{ category: 'all', exposure: encrypted(), why: [`keys-${holder}`, ...atRisk] }];
    return [{ category: 'all', exposure: 'content', why: [`keys-${holder}`] }];
  }
  return d.e2ee.map((entry) => {
    if (entry.mode === 'unknown') return { category: entry.category, exposure: 'unknown', why: ['e2ee-unknown'] };
    if (entry.mode === 'none') return { category: entry.category, exposure: 'content', why: ['e2ee-none'] };
    if (entry.mode === 'default') return { category: entry.category, exposure: encrypted(), why: ['e2ee-default', ...atRisk] };
    const region = context.accountRegion;
    if (region && entry.unavailableIn?.includes(region)) {
      return { category: entry.category, exposure: 'content', why: [`unavailable-in:${region}`] };
    }
    if (entry.feature && context.featuresOn.includes(entry.feature)) {
      return { category: entry.category, exposure: encrypted(), why: ['feature-on', ...atRisk] };
    }
    return { category: entry.category, exposure: 'content', why: ['feature-off'] };
  });
}

function unknownsOf(d: Deployment): string[] {
  const out: string[] = [];
  if (d.operator.country === 'unknown') out.push('operator.country');
  if (d.storage === 'unknown') out.push('storage');
  if (d.keys.holder === 'unknown') out.push('keys.holder');
  if (d.keys.location === 'unknown') out.push('keys.location');
  if (d.e2ee.some((e) => e.mode === 'unknown')) out.push('e2ee');
  return out;
}

/** high: content reachable under a law without an independent judge; medium: content reachable
 * with a judge, or E2EE at risk; low: metadata only; unknown: the dataset cannot say. */
export function severityOf(categories: CategoryResult[], reached: JurisdictionExposure[]): Severity {
  const exposures = new Set(categories.map((c) => c.exposure));
  const laws = reached.flatMap((j) => j.laws);
  if (exposures.has('content') && laws.length) {
    const weak = laws.some((h) => h.law.oversight !== 'independent-judge');
    return weak ? 'high' : 'medium';
  }
  if (exposures.has('content-at-risk') || exposures.has('content')) return 'medium';
  if (exposures.size === 1 && exposures.has('unknown')) return 'unknown';
  if (exposures.has('unknown')) return 'medium';
  return 'low';
}

function dedupeSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}
