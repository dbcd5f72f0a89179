// DOM → PageSnapshot. Reads attributes through the prototype (page elements can shadow
// form.action, form.getAttribute and friends) and walks open and closed shadow roots, with caps.
import type { FieldSnapshot, FormSnapshot, PageSnapshot } from '../core/detect/snapshot.ts';
import { DROP_ZONE } from '../core/detect/words.ts';

const MAX_ELEMENTS = 40_000;
const MAX_FIELDS = 1000;
const MAX_BUTTONS = 40;

const getAttribute = Element.prototype.getAttribute;
const closest = Element.prototype.closest;
const attr = (el: Element, name: string) => (getAttribute.call(el, name) ?? '').toLowerCase().slice(0, 200);
const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!.get!;
const text = (el: Element) => String(textContent.call(el) ?? '').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 80);

/** Closed shadow roots are reachable from content scripts only (chrome.dom in Chromium, Xray in Firefox). */
function shadowOf(el: Element): ShadowRoot | null {
  const api = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
  try {
    return api?.openOrClosedShadowRoot?.(el) ?? (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot;
  } catch {
    return null;
  }
}

export function collect(doc: Document): PageSnapshot {
  const forms: HTMLFormElement[] = [];
  const fields: FieldSnapshot[] = [];
  const buttons: string[] = [];
  let fileInputs = 0;
  let dropZones = 0;
  for (const root of roots(doc)) {
    // Native selector queries per root; only the few matches are read from script.
    for (const el of root.querySelectorAll('input')) {
      const type = attr(el, 'type') || 'text';
      if (type === 'file') { fileInputs++; continue; }
      if (SKIPPED_TYPES.includes(type) || fields.length >= MAX_FIELDS) continue;
      fields.push(field(el, type, forms, doc));
    }
    for (const el of root.querySelectorAll('button, a, [role=button]')) {
      if (buttons.length >= MAX_BUTTONS) break;
      const label = text(el);
      if (label) buttons.push(label);
    }
    for (const el of root.querySelectorAll(DROP_ZONE_CANDIDATES)) {
      if (dropZones >= 10) break;
      if (DROP_ZONE.test(`${attr(el, 'class')} ${attr(el, 'id')}`)) dropZones++;
    }
  }
  const heading = doc.querySelector('h1');
  return {
    fields,
    forms: forms.map(formSnapshot),
    fileInputs,
    dropZones,
    buttons,
    title: (doc.title ?? '').toLowerCase().slice(0, 120),
    heading: heading ? text(heading) : '',
    path: location.pathname.toLowerCase().slice(0, 200),
  };
}

const SKIPPED_TYPES = ['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio'];
const DROP_ZONE_CANDIDATES = '[class*="drop" i], [id*="drop" i], [class*="upload" i], [class*="filepond" i], [class*="uppy" i]';
// Shadow hosts are custom elements or elements with no light-DOM children; probing only those keeps
// the per-element API calls off the rest of a large page.
const HOST_CANDIDATES = ':empty:not(input, img, br, hr, meta, link, script, style, source, option, textarea, select, iframe, canvas, video, audio, svg *)';

/** The document and every shadow root reachable from it (open and closed), within a cap. */
function roots(doc: Document): (Document | ShadowRoot)[] {
  const found: (Document | ShadowRoot)[] = [doc];
  let probed = 0;
  for (let i = 0; i < found.length && probed < MAX_ELEMENTS; i++) {
    const root = found[i]!;
    const candidates = new Set<Element>(root.querySelectorAll(HOST_CANDIDATES));
    const all = root.querySelectorAll('*');
    for (let j = 0; j < all.length; j++) {
      const el = all[j]!;
      if (el.localName.includes('-') || el.shadowRoot) candidates.add(el);
    }
    for (const el of candidates) {
      if (++probed > MAX_ELEMENTS) break;
      const shadow = shadowOf(el);
      if (shadow) found.push(shadow);
    }
  }
  return found;
}

function field(input: HTMLInputElement, type: string, forms: HTMLFormElement[], doc: Document): FieldSnapshot {
  const form = closest.call(input, 'form') as HTMLFormElement | null;
  let index = -1;
  if (form) {
    index = forms.indexOf(form);
    if (index < 0) index = forms.push(form) - 1;
  }
  const id = attr(input, 'id');
  const labelEl = closest.call(input, 'label') ?? (id ? doc.querySelector(`label[for="${CSS.escape(id)}"]`) : null);
  return {
    type, name: attr(input, 'name'), id, autocomplete: attr(input, 'autocomplete'), placeholder: attr(input, 'placeholder'),
    label: `${attr(input, 'aria-label')} ${labelEl ? text(labelEl) : ''}`.trim(),
    visible: isVisible(input),
    revealable: !!closest.call(input, 'dialog:not([open]), [popover]'),
    form: index,
  };
}

function formSnapshot(form: HTMLFormElement): FormSnapshot {
  const buttons = [...form.querySelectorAll('button, input[type=submit]')].slice(0, 5)
    .map((b) => (b.localName === 'input' ? attr(b, 'value') : text(b))).join(' ');
  return { action: attr(form, 'action'), method: attr(form, 'method'), id: attr(form, 'id'), name: attr(form, 'name'), className: attr(form, 'class'), buttons };
}

function isVisible(el: Element): boolean {
  const rect = Element.prototype.getBoundingClientRect.call(el);
  if (rect.width < 2 || rect.height < 2) return false;
  const check = (Element.prototype as { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { opacityProperty: true, visibilityProperty: true }) : true;
}
