// The popup: the verdict and the most important reason first, the full explanation one step away.
// Opened with ?tab=ID (from the banner's "details") it shows that tab; otherwise the active tab.
import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser.ts';
import type { TabView } from '../core/view/tab-view.ts';
import { send } from '../messaging/send.ts';
import { ExposureView } from '../ui/exposure-view.tsx';
import { t } from '../ui/i18n.ts';

async function currentTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isSafeInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    currentTabId()
      .then((tabId) => (tabId === null ? Promise.reject(new Error(t('noTab'))) : send('get-tab-view', { tabId })))
      .then(setView, (err: Error) => setError(err.message));
  }, []);
  if (error) return <main><p role="alert">{error}</p></main>;
  if (!view) return <main aria-busy="true"><p>{t('loading')}</p></main>;
  return <main data-status={view.status}><Body view={view} /><Footer view={view} /></main>;
}

function Body({ view }: { view: TabView }) {
  if (view.status === 'degraded') return <p role="alert">{t('degraded', [view.problem ?? ''])}</p>;
  if (view.status === 'no-site') return <p>{t('noSite')}</p>;
  if (view.status === 'unknown-service' || !view.assessment) return <p>{t('unknownService', [view.host ?? ''])}</p>;
  const { assessment, verdict } = view;
  const severity = verdict?.severity ?? 'unknown';
  return (
    <>
      <h1>{assessment.service.name}</h1>
      <p class={`verdict ${severity}`} data-severity={severity}>{t(`severity_${severity.replace('-', '_')}`)}</p>
      {assessment.ambiguous && <p data-testid="region-unset">{t('regionUnset')} <a href="#" onClick={openOptions}>{t('setRegion')}</a></p>}
      {assessment.exposures.map((e) => <ExposureView key={e.deployment.id} exposure={e} />)}
      {assessment.service.events?.map((e) => (
        <p key={e.date} class="note"><strong>{e.date}</strong> {e.text}</p>
      ))}
    </>
  );
}

function Footer({ view }: { view: TabView }) {
  return (
    <p class="note muted">
      {view.datasetVersion ? t('datasetVersion', [view.datasetVersion]) : ''} · {view.presetName ?? ''} · {t('notLegalAdvice')} ·{' '}
      <a href="#" onClick={openOptions}>{t('options')}</a>
    </p>
  );
}

function openOptions(event: Event): void {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
}
