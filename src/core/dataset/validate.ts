// Validates the whole dataset: each file against the schema, then the rules that span files
// (unique ids, known countries and deployments, one owner per host, sources, canonical form).
import { REGION_CODES } from './regions.ts';
import { jurisdiction, service, UNKNOWN, type Deployment, type Jurisdiction, type Service, type Source } from './schema.ts';

export interface DataFile { file: string; data: unknown }
export interface DatasetProblem { file: string; field: string; message: string }
export interface ValidDataset { services: Service[]; jurisdictions: Jurisdiction[] }

const REVIEW_WINDOW_DAYS = 365;

export function validateDataset(
  serviceFiles: DataFile[], jurisdictionFiles: DataFile[], today: string,
): { dataset: ValidDataset; problems: DatasetProblem[]; stale: string[] } {
  const problems: DatasetProblem[] = [];
  const services = parseAll(serviceFiles, service, problems);
  const jurisdictions = parseAll(jurisdictionFiles, jurisdiction, problems);
  const known = new Set(jurisdictions.map(({ value }) => value.code));
  const stale: string[] = [];

  checkIds(services.map(({ file, value }) => ({ file, id: value.id })), problems, '.json');
  checkIds(jurisdictions.map(({ file, value }) => ({ file, id: value.code })), problems, '.json');

  const hostOwner = new Map<string, string>();
  for (const { file, value: s } of services) {
    checkHosts(file, s, hostOwner, problems);
    checkDeployments(file, s, known, today, problems);
    s.events?.forEach((event, i) => checkSources(file, `events[${i}].sources`, event.sources, today, problems));
    if (daysBetween(s.lastReviewed, today) > REVIEW_WINDOW_DAYS) stale.push(s.id);
    if (s.lastReviewed > today) problems.push({ file, field: 'lastReviewed', message: 'is in the future' });
  }
  for (const { file, value: j } of jurisdictions) {
    const lawIds = new Set<string>();
    j.laws.forEach((law, i) => {
      if (lawIds.has(law.id)) problems.push({ file, field: `laws[${i}].id`, message: `duplicate law id "${law.id}"` });
      lawIds.add(law.id);
      checkSources(file, `laws[${i}].sources`, law.sources, today, problems);
      if (law.statusDate && law.statusDate > today) problems.push({ file, field: `laws[${i}].statusDate`, message: 'is in the future' });
    });
    for (const bloc of j.memberOf ?? []) {
      if (/^[A-Z]{2}$/.test(bloc) && !known.has(bloc)) problems.push({ file, field: 'memberOf', message: `bloc "${bloc}" has no jurisdiction file` });
    }
    if (daysBetween(j.lastReviewed, today) > REVIEW_WINDOW_DAYS) stale.push(j.code);
  }
  return {
    dataset: {
      services: services.map(({ value }) => value).sort((a, b) => a.id.localeCompare(b.id)),
      jurisdictions: jurisdictions.map(({ value }) => value).sort((a, b) => a.code.localeCompare(b.code)),
    },
    problems,
    stale,
  };
}

function parseAll<T>(
  files: DataFile[], schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  problems: DatasetProblem[],
): { file: string; value: T }[] {
  const out: { file: string; value: T }[] = [];
  for (const { file, data } of files) {
    const result = schema.safeParse(data);
    if (result.success) out.push({ file, value: result.data });
    else for (const issue of result.error.issues) problems.push({ file, field: formatPath(issue.path), message: issue.message });
  }
  return out;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';
}

function checkIds(entries: { file: string; id: string }[], problems: DatasetProblem[], ext: string): void {
  const seen = new Set<string>();
  for (const { file, id } of entries) {
    if (seen.has(id)) problems.push({ file, field: 'id', message: `duplicate id "${id}"` });
    seen.add(id);
    const base = file.split('/').pop() ?? file;
    if (base !== id + ext) problems.push({ file, field: 'id', message: `file name must be "${id}${ext}"` });
  }
}

function checkHosts(file: string, s: Service, owner: Map<string, string>, problems: DatasetProblem[]): void {
  const deploymentIds = new Set(s.deployments.map((d) => d.id));
  let previous = '';
  s.hosts.forEach((rule, i) => {
    const field = `hosts[${i}].host`;
    if (rule.host < previous) problems.push({ file, field, message: `hosts must be sorted: "${rule.host}" comes before "${previous}"` });
    previous = rule.host;
    if (!rule.host.includes('.') || rule.host.startsWith('.') || rule.host.endsWith('.') || rule.host.includes('..')) {
      problems.push({ file, field, message: `"${rule.host}" is not a host name` });
    }
    const other = owner.get(rule.host);
    if (other) problems.push({ file, field, message: `"${rule.host}" is already claimed by service "${other}"` });
    owner.set(rule.host, s.id);
    if (rule.deployment && !deploymentIds.has(rule.deployment)) {
      problems.push({ file, field: `hosts[${i}].deployment`, message: `no deployment "${rule.deployment}" in this service` });
    }
  });
}

function checkDeployments(file: string, s: Service, known: Set<string>, today: string, problems: DatasetProblem[]): void {
  const ids = new Set<string>();
  let wildcard = 0;
  s.deployments.forEach((d, i) => {
    const at = `deployments[${i}]`;
    if (ids.has(d.id)) problems.push({ file, field: `${at}.id`, message: `duplicate deployment id "${d.id}"` });
    ids.add(d.id);
    if (d.accountRegions[0] === '*') wildcard++;
    for (const [field, code] of countriesOf(d)) {
      if (!known.has(code)) problems.push({ file, field: `${at}.${field}`, message: `country "${code}" has no file in data/jurisdictions/` });
    }
    // Account regions name whose accounts are served, not where law applies: any ISO code will do.
    const regions = [...(d.accountRegions[0] === '*' ? [] : d.accountRegions), ...d.e2ee.flatMap((e) => e.unavailableIn ?? [])];
    for (const code of regions) {
      if (!REGION_CODES.includes(code) && !known.has(code)) problems.push({ file, field: `${at}.accountRegions`, message: `"${code}" is not an ISO 3166-1 country code` });
    }
    checkSources(file, `${at}.sources`, d.sources, today, problems);
    for (const fact of claimedFacts(d)) {
      if (!d.sources.some((src) => src.supports.includes(fact))) {
        problems.push({ file, field: `${at}.${fact}`, message: `no source supports "${fact}": cite one or write "unknown"` });
      }
    }
  });
  if (wildcard > 1) problems.push({ file, field: 'deployments', message: 'only one deployment may serve accountRegions ["*"]' });
}

function countriesOf(d: Deployment): [string, string][] {
  const out: [string, string][] = [];
  const add = (field: string, codes: readonly string[] | string) => {
    if (Array.isArray(codes)) for (const c of codes) if (c !== '*') out.push([field, c]);
  };
  if (d.operator.country !== UNKNOWN) out.push(['operator.country', d.operator.country]);
  if (d.parent && d.parent.country !== UNKNOWN) out.push(['parent.country', d.parent.country]);
  add('storage', d.storage);
  add('keys.location', d.keys.location);
  return out;
}

/** The deployment facts that are asserted (not "unknown") and so need a supporting source. */
function claimedFacts(d: Deployment): Source['supports'] {
  const facts: Source['supports'] = [];
  if (d.operator.country !== UNKNOWN) facts.push('operator');
  if (d.parent && d.parent.country !== UNKNOWN) facts.push('parent');
  if (d.storage !== UNKNOWN) facts.push('storage');
  if (d.keys.holder !== UNKNOWN || d.keys.location !== UNKNOWN) facts.push('keys');
  if (d.e2ee.some((e) => e.mode !== UNKNOWN)) facts.push('e2ee');
  return facts;
}

function checkSources(file: string, field: string, sources: Source[], today: string, problems: DatasetProblem[]): void {
  sources.forEach((src, i) => {
    if (src.accessed > today) problems.push({ file, field: `${field}[${i}].accessed`, message: `${src.accessed} is in the future` });
    if (src.published && src.published > today) problems.push({ file, field: `${field}[${i}].published`, message: `${src.published} is in the future` });
  });
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
