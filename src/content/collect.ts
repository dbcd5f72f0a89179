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
  let seen = 0;
  const roots: (Document | ShadowRoot)[] = [doc];
  while (roots.length && seen < MAX_ELEMENTS) {
    const root = roots.pop()!;
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length && seen < MAX_ELEMENTS; i++, seen++) {
      const el = all[i]!;
      const shadow = shadowOf(el);
      if (shadow) roots.push(shadow);
      const tag = el.localName;
      if (tag === 'input') {
        const type = attr(el, 'type') || 'text';
        if (type === 'file') { fileInputs++; continue; }
        if (['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio'].includes(type) || fields.length >= MAX_FIELDS) continue;
        fields.push(field(el as HTMLInputElement, type, forms, doc));
      } else if ((tag === 'button' || tag === 'a' || attr(el, 'role') === 'button') && buttons.length < MAX_BUTTONS) {
        const label = text(el);
        if (label) buttons.push(label);
      }
      if (dropZones < 10 && DROP_ZONE.test(`${attr(el, 'class')} ${attr(el, 'id')}`)) dropZones++;
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
