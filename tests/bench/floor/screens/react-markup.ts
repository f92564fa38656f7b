import { createElement, type ReactNode } from 'react';

/**
 * The tap floor drawn by React (tap-floor.ts): a settled screen's markup turned back into React elements, so
 * React's reconciler makes each change (keeping the nodes both screens share, as it does for the kiosk) and
 * nothing else runs: no i18n, no journey, no core, no effects. What the kiosk adds over this floor is its own.
 */
export function reactElementsOf(markup: string): ReactNode[] {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return [...template.content.childNodes].map(elementOf);
}

/** Attributes React names otherwise (its DOM property names), and the boolean ones it wants as `true`. */
const RENAMED: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  minlength: 'minLength',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  autocomplete: 'autoComplete',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  spellcheck: 'spellCheck',
  contenteditable: 'contentEditable',
  value: 'defaultValue',
  checked: 'defaultChecked',
  'xlink:href': 'xlinkHref',
};
const BOOLEAN = new Set([
  'hidden',
  'disabled',
  'open',
  'inert',
  'readOnly',
  'required',
  'multiple',
  'autofocus',
  'defaultChecked',
]);
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function elementOf(node: ChildNode, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue;
  if (!(node instanceof Element)) return null;
  const props: Record<string, unknown> = { key };
  for (const { name, value } of node.attributes) {
    if (name === 'style') {
      const style = (node as HTMLElement).style;
      props.style = Object.fromEntries(
        [...style].map((p) => [p.startsWith('--') ? p : camel(p), style.getPropertyValue(p)]),
      );
      continue;
    }
    const prop = RENAMED[name] ?? name;
    props[prop] = BOOLEAN.has(prop) ? true : value;
  }
  // HTML names come upper case from the parser; SVG's keep their case (linearGradient).
  const name = node.namespaceURI === 'http://www.w3.org/1999/xhtml' ? node.tagName.toLowerCase() : node.tagName;
  if (VOID.has(name)) return createElement(name, props);
  if (name === 'textarea') return createElement(name, { ...props, defaultValue: node.textContent });
  const children = [...node.childNodes].map(elementOf);
  return createElement(name, props, ...children);
}
