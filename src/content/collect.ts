// DOM → PageSnapshot. Reads attributes through the prototype: page elements can shadow
// form.action, form.getAttribute and friends (DOM clobbering).
import type { FieldSnapshot, PageSnapshot } from '../core/detect/snapshot.ts';

const getAttribute = Element.prototype.getAttribute;
const attr = (el: Element, name: string) => (getAttribute.call(el, name) ?? '').toLowerCase().slice(0, 200);
const MAX_FIELDS = 500;

export function collect(doc: Document): PageSnapshot {
  const forms: HTMLFormElement[] = [];
  const fields: FieldSnapshot[] = [];
  const inputs = Document.prototype.querySelectorAll.call(doc, 'input') as NodeListOf<HTMLInputElement>;
  let fileInputs = 0;
  for (const input of inputs) {
    if (fields.length >= MAX_FIELDS) break;
    const type = attr(input, 'type') || 'text';
    if (type === 'file') fileInputs++;
    if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'file') continue;
    const form = Element.prototype.closest.call(input, 'form') as HTMLFormElement | null;
    let formIndex = -1;
    if (form) {
      formIndex = forms.indexOf(form);
      if (formIndex < 0) formIndex = forms.push(form) - 1;
    }
    fields.push({ type, name: attr(input, 'name'), id: attr(input, 'id'), autocomplete: attr(input, 'autocomplete'), visible: isVisible(input), form: formIndex });
  }
  return {
    fields,
    forms: forms.map((f) => ({ action: attr(f, 'action'), method: attr(f, 'method') })),
    fileInputs,
    path: location.pathname.slice(0, 200),
  };
}

function isVisible(el: Element): boolean {
  const rect = Element.prototype.getBoundingClientRect.call(el);
  if (rect.width < 2 || rect.height < 2) return false;
  const check = (Element.prototype as { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { opacityProperty: true, visibilityProperty: true }) : true;
}
