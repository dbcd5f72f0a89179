// The in-page banner: a closed shadow root (the page cannot read or restyle it), text only
// (nothing from the page or the dataset becomes markup), and no button acts in its first 500 ms,
// so a click aimed at the page cannot land on it.
import type { BannerModel } from '../messaging/protocol.ts';

const ARM_DELAY_MS = 500;
const STYLE = `
:host { all: initial !important; position: fixed !important; inset: 12px 12px auto auto !important;
  z-index: 2147483647 !important; display: block !important; opacity: 1 !important; visibility: visible !important; }
.box { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff8e1; border: 2px solid #a15c00;
  border-radius: 8px; padding: 12px 14px; max-width: 380px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.box.block { background: #fdecea; border-color: #b3261e; }
h2 { font-size: 15px; margin: 0 0 6px; font-weight: 600; }
p { margin: 2px 0; }
.actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #555; background: #fff; color: #1b1b1f; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box { background: #2b2410; color: #f1e9d2; border-color: #f0b25a; }
  .box.block { background: #3a1512; border-color: #f28b82; }
  button { background: #1b1b1f; color: #f1e9d2; border-color: #aaa; }
}`;

export interface BannerActions { details(): void; dismiss(): void; confirm(): void }

let current: HTMLElement | null = null;

export function showBanner(model: BannerModel, actions: BannerActions): void {
  current?.remove();
  const host = document.createElement('keyholder-banner');
  host.setAttribute('data-keyholder-banner', model.action);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = element('div', '', model.action === 'block' ? 'box block' : 'box');
  box.setAttribute('role', 'alert');
  box.setAttribute('dir', 'auto');
  box.append(element('h2', model.title), ...model.lines.map((line) => element('p', line)));
  const row = element('div', '', 'actions');
  const shownAt = performance.now();
  const button = (label: string, run: () => void) => {
    const b = element('button', label);
    b.addEventListener('click', (event) => {
      if (!event.isTrusted || performance.now() - shownAt < ARM_DELAY_MS) return;
      run();
    });
    return b;
  };
  const close = () => { host.remove(); current = null; };
  if (model.confirmLabel) {
    const confirm = button(model.confirmLabel, () => {
      actions.confirm();
      confirm.remove();
      box.append(element('p', model.confirmedText ?? ''));
    });
    confirm.setAttribute('data-action', 'confirm');
    row.append(confirm);
  }
  row.append(button(model.detailsLabel, actions.details));
  if (model.action === 'warn') row.append(button(model.dismissLabel, () => { actions.dismiss(); close(); }));
  row.append(button(model.closeLabel, close));
  box.append(row);
  root.append(style, box);
  (document.body ?? document.documentElement).append(host);
  current = host;
}

function element(tag: string, text: string, className = ''): HTMLElement {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  if (className) el.className = className;
  return el;
}
