// Lesson Markdown → sanitized DOM. markdown-it runs with html: false (raw HTML
// in a lesson is shown as text), and its output still goes through DOMPurify
// before it reaches the page; we insert a sanitized DocumentFragment, never a
// string of HTML.

import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

/** A sanitized DocumentFragment for `source` Markdown. */
export function renderMarkdown(source) {
  const html = md.render(String(source ?? ''));
  return DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
}

/** Replace the children of `element` with the rendered Markdown. */
export function setMarkdown(element, source) {
  element.replaceChildren(renderMarkdown(source));
  // Links in a lesson open in a new tab and never get access to this page.
  for (const a of element.querySelectorAll('a[href]')) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  // A code block scrolls sideways when its lines are long: keyboard users
  // reach it with Tab to scroll it (axe: scrollable-region-focusable).
  for (const pre of element.querySelectorAll('pre')) pre.tabIndex = 0;
}

/** A sanitized DocumentFragment for one line of Markdown (no <p> around it). */
export function renderInlineMarkdown(source) {
  const html = md.renderInline(String(source ?? ''));
  return DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
}

/** A new element `tag` holding the rendered Markdown `source`. */
export function markdownElement(source, { tag = 'div', className, inline = false } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (inline) node.replaceChildren(renderInlineMarkdown(source));
  else setMarkdown(node, source);
  return node;
}
