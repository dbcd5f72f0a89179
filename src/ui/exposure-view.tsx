// The full explanation of one deployment: who operates it, where data and keys are, what each
// jurisdiction can compel and why, and the sources with their dates.
import type { Exposure, JurisdictionExposure } from '../core/exposure/types.ts';
import type { Source } from '../core/dataset/schema.ts';
import { keysLine, operatorLine, storageLine } from '../core/view/describe.ts';
import { countryName, t } from './i18n.ts';

export function ExposureView({ exposure }: { exposure: Exposure }) {
  const d = exposure.deployment;
  return (
    <section data-deployment={d.id}>
      <h2>{d.label}</h2>
      <p class="muted">{t(`basis_${exposure.basis.replaceAll('-', '_')}`)}</p>
      <ul>
        <li data-fact="operator">{operatorLine(d, t, countryName)}</li>
        {d.parent && <li data-fact="parent">{t('parent', [d.parent.name, d.parent.country === 'unknown' ? t('unknown') : countryName(d.parent.country)])}</li>}
        <li data-fact="storage">{storageLine(d, t, countryName)}</li>
        <li data-fact="keys">{keysLine(d, t, countryName)}</li>
        <li data-fact="confidence">{t(`confidence_${d.confidence}`)}</li>
      </ul>
      {d.note && <p class="note">{d.note}</p>}
      <h3>{t('whatCanBeHandedOver')}</h3>
      <ul>
        {exposure.categories.map((c) => (
          <li key={c.category}>{t('categoryExposure', [c.category, t(`exposure_${c.exposure.replaceAll('-', '_')}`)])}</li>
        ))}
      </ul>
      <h3>{t('whoCanCompel')}</h3>
      {exposure.jurisdictions.length === 0 && <p>{t('noJurisdictionKnown')}</p>}
      {exposure.jurisdictions.map((j) => <JurisdictionView key={j.code} j={j} />)}
      <Sources sources={d.sources} />
    </section>
  );
}

function JurisdictionView({ j }: { j: JurisdictionExposure }) {
  return (
    <details data-jurisdiction={j.code}>
      <summary>{countryName(j.code)}: {j.ties.map((tie) => t(`tie_${tie.tie}`)).filter((v, i, a) => a.indexOf(v) === i).join(', ')}</summary>
      {j.laws.length === 0 && <p>{t('noLawForTies')}</p>}
      {j.laws.map(({ law }) => (
        <div key={law.id}>
          <h3>{law.title}</h3>
          <p>{law.summary}</p>
          <p class="muted">{law.citation} · {t(`oversight_${law.oversight.replaceAll('-', '_')}`)} · {t(law.notifiesUser === true ? 'notifiesYes' : law.notifiesUser === false ? 'notifiesNo' : 'notifiesUnknown')}</p>
          {law.statusNote && <p class="note">{law.statusNote}</p>}
          <Sources sources={law.sources} />
        </div>
      ))}
      {j.inactive.map(({ law }) => <p key={law.id} class="muted">{t('lawInactive', [law.title, law.status, law.statusDate ?? ''])}</p>)}
    </details>
  );
}

export function Sources({ sources }: { sources: Source[] }) {
  return (
    <ul class="note" aria-label={t('sources')}>
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noreferrer noopener">{s.title}</a>
          {s.publisher ? ` — ${s.publisher}` : ''}{s.published ? `, ${s.published}` : ''} ({t('accessedOn', [s.accessed])})
        </li>
      ))}
    </ul>
  );
}

