// Which deployment serves this user: the host decides first (icloud.com.cn is China), then the
// account region, then a service with one deployment; otherwise every candidate is shown.
import type { Deployment, HostRule, Service } from '../dataset/schema.ts';
import { blocsOf } from '../dataset/regions.ts';
import type { DeploymentBasis, JurisdictionIndex } from './types.ts';

export interface Selected { deployment: Deployment; basis: DeploymentBasis }

export function selectDeployments(
  service: Service, rule: HostRule | null, accountRegion: string | null, jurisdictions: JurisdictionIndex,
): Selected[] {
  const byId = rule?.deployment ? service.deployments.find((d) => d.id === rule.deployment) : undefined;
  if (byId) return [{ deployment: byId, basis: 'host' }];
  if (service.deployments.length === 1) return [{ deployment: service.deployments[0]!, basis: 'only' }];
  if (accountRegion) {
    const blocs = blocsOf(accountRegion, jurisdictions.get(accountRegion)?.memberOf);
    const regional = service.deployments.find((d) =>
      d.accountRegions.some((r) => r === accountRegion || blocs.includes(r)));
    const fallback = service.deployments.find((d) => d.accountRegions[0] === '*');
    const chosen = regional ?? fallback;
    if (chosen) return [{ deployment: chosen, basis: 'region' }];
  }
  return service.deployments.map((deployment) => ({ deployment, basis: 'default-region-unset' as const }));
}
