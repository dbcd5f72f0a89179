// Plain-language lines about a deployment, shared by the banner and the popup. The caller passes
// the translator and the country-name formatter, so this stays pure and testable.
import type { Deployment } from '../dataset/schema.ts';
import type { Assessment } from '../exposure/types.ts';

export type Translate = (key: string, substitutions?: string[]) => string;
export type CountryName = (code: string) => string;

export function countries(list: readonly string[] | 'unknown', t: Translate, name: CountryName): string {
  return list === 'unknown' ? t('unknown') : list.map(name).join(', ');
}

export function operatorLine(d: Deployment, t: Translate, name: CountryName): string {
  const country = d.operator.country === 'unknown' ? t('unknown') : name(d.operator.country);
  return t(d.operator.stateOwned ? 'operatorStateOwned' : 'operator', [d.operator.name, country]);
}

export function keysLine(d: Deployment, t: Translate, name: CountryName): string {
  const holder = t(`keys_${d.keys.holder.replace('-', '_')}`);
  return d.keys.location === 'unknown' ? t('keysHolderOnly', [holder]) : t('keysHolderIn', [holder, countries(d.keys.location, t, name)]);
}

export function storageLine(d: Deployment, t: Translate, name: CountryName): string {
  return t('storage', [countries(d.storage, t, name)]);
}

/** The banner: one title and a few short lines of why. */
export function bannerLines(a: Assessment, t: Translate, name: CountryName): { title: string; lines: string[] } {
  const title = t('bannerTitle', [a.service.name]);
  if (!a.ambiguous) {
    const d = a.exposures[0]!.deployment;
    return { title, lines: [operatorLine(d, t, name), storageLine(d, t, name), keysLine(d, t, name)] };
  }
  return {
    title,
    lines: [t('dependsOnRegion'), ...a.exposures.map(({ deployment: d }) =>
      `${d.label}: ${operatorLine(d, t, name)}. ${storageLine(d, t, name)}. ${keysLine(d, t, name)}.`)],
  };
}
