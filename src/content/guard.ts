// The upload guard. Listeners are registered at document_start in the capture phase, so a page
// cannot hide the events from us. The action comes from the background ahead of time, so the guard
// decides synchronously: "block" stops the file chooser, the drop or the paste; "confirm" holds it
// until the user confirms in the banner and then asks them to repeat it (a short allowance means
// they are not asked twice); "warn" lets it through and explains.
import type { Action } from '../core/policy/types.ts';
import type { UploadVia } from '../messaging/protocol.ts';

const ALLOWANCE_MS = 60_000;

export interface GuardHooks {
  /** Called once per attempt that is held, blocked or warned about. */
  attempted(via: UploadVia, held: boolean): void;
}

export function installGuard(getAction: () => Action, hooks: GuardHooks): { allow(): void } {
  let allowedUntil = 0;
  const holding = () => {
    const action = getAction();
    return action === 'block' || (action === 'confirm' && Date.now() > allowedUntil);
  };
  const isFileInput = (target: EventTarget | null): target is HTMLInputElement =>
    target instanceof HTMLInputElement && (Element.prototype.getAttribute.call(target, 'type') ?? '').toLowerCase() === 'file';
  const hasFiles = (data: DataTransfer | null) => !!data && Array.prototype.includes.call(data.types, 'Files');
  const stop = (event: Event) => { event.preventDefault(); event.stopImmediatePropagation(); };

  // A page can open the chooser with input.click() (an untrusted click): holding it is protective,
  // so the guard holds untrusted clicks too; it only ever *lets through* on the user's own actions.
  addEventListener('click', (event) => {
    if (!isFileInput(event.target)) return;
    const held = holding();
    if (held) stop(event);
    if (event.isTrusted || held) hooks.attempted('click', held);
  }, true);
  addEventListener('change', (event) => {
    if (!isFileInput(event.target) || !event.target.files?.length) return;
    const held = holding();
    if (held) { event.target.value = ''; stop(event); }
    if (event.isTrusted) hooks.attempted('change', held);
  }, true);
  for (const type of ['dragover', 'drop'] as const) {
    addEventListener(type, (event) => {
      if (!hasFiles(event.dataTransfer) || !holding()) return;
      stop(event);
      if (type === 'drop' && event.isTrusted) hooks.attempted('drop', true);
    }, true);
  }
  addEventListener('paste', (event) => {
    if (!event.clipboardData?.files.length) return;
    const held = holding();
    if (held) stop(event);
    if (event.isTrusted) hooks.attempted('paste', held);
  }, true);
  return { allow: () => { allowedUntil = Date.now() + ALLOWANCE_MS; } };
}
