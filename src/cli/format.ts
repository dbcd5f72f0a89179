// Human-readable text for an assessment, in the popup's words.
import type { Exposure } from '../core/exposure/types.ts';
import type { TabView } from '../core/view/tab-view.ts';
import { keysLine, operatorLine, storageLine } from '../core/view/describe.ts';
import { countryName, t } from './messages.ts';

export function formatView(view: TabView): string {
  if (view.status === 'unknown-service' || !view.assessment) return t('unknownService', [view.host ?? '']);
  const { assessment, verdict } = view;
  const lines = [
    `${assessment.service.name} (${assessment.service.provider}) — ${view.host}`,
    t(`severity_${(verdict?.severity ?? 'unknown').replace('-', '_')}`),
    `Verdict for ${view.moment ?? 'visit'} under "${view.presetName}": ${verdict?.action} (${verdict?.fired.join(', ')})`,
  ];
  if (assessment.ambiguous) lines.push(t('regionUnset'));
  for (const e of assessment.exposures) lines.push('', ...formatExposure(e));
  for (const event of assessment.service.events ?? []) lines.push('', `${event.date}: ${event.text}`);
  lines.push('', `${t('datasetVersion', [view.datasetVersion ?? ''])} · ${t('notLegalAdvice')}`);
  return lines.join('\n');
}

function formatExposure(e: Exposure): string[] {
  const d = e.deployment;
  const out = [
    `== ${d.label} [${d.id}] — ${t(`basis_${e.basis.replaceAll('-', '_')}`)}`,
    `  ${operatorLine(d, t, countryName)}`,
    ...(d.parent ? [`  ${t('parent', [d.parent.name, d.parent.country === 'unknown' ? t('unknown') : countryName(d.parent.country)])}`] : []),
    `  ${storageLine(d, t, countryName)}`,
    `  ${keysLine(d, t, countryName)}`,
    `  ${t(`confidence_${d.confidence}`)}`,
    `  ${t('whatCanBeHandedOver')}:`,
    ...e.categories.map((c) => `    ${t('categoryExposure', [c.category, t(`exposure_${c.exposure.replaceAll('-', '_')}`)])}`),
    `  ${t('whoCanCompel')}:`,
  ];
  if (!e.jurisdictions.length) out.push(`    ${t('noJurisdictionKnown')}`);
  for (const j of e.jurisdictions) {
    out.push(`    ${countryName(j.code)} — ${[...new Set(j.ties.map((tie) => t(`tie_${tie.tie}`)))].join(', ')}`);
    for (const { law } of j.laws) out.push(`      · ${law.title} (${law.citation}): ${t(`oversight_${law.oversight.replaceAll('-', '_')}`)}`);
    for (const { law } of j.inactive) out.push(`      · ${law.title}: ${law.status}${law.statusDate ? ` since ${law.statusDate}` : ''}`);
  }
  out.push(`  ${t('sources')}:`, ...d.sources.map((s) => `    ${s.title} <${s.url}> (${t('accessedOn', [s.accessed])})`));
  return out;
}
