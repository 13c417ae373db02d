// A tiny element builder: text always goes in as text nodes, never as HTML.

/**
 * el('button', {type: 'button', dataset: {testid: 'x'}, onclick: fn}, 'Label', child)
 * Attributes with null/undefined/false are skipped; `on<event>` keys add
 * listeners; `dataset` and `className`/`hidden`/`disabled` set properties.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'testid') node.dataset.testid = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'hidden' || key === 'disabled' || key === 'checked') node[key] = Boolean(value);
    else if (key === 'value') node.value = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** document.querySelector by data-testid. */
export function byTestId(testid, root = document) {
  return root.querySelector(`[data-testid="${testid}"]`);
}

let uid = 0;
/** A page-unique id for label/aria wiring. */
export function uniqueId(prefix = 'bm') {
  uid += 1;
  return `${prefix}-${uid}`;
}
