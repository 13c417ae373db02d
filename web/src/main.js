// The borrowmap playground page: lesson text, editor, diagnostics, status,
// and (later) the stack diagram.

import './style.css';
import { basicSetup } from 'codemirror';
import { EditorView } from '@codemirror/view';
import { rust } from '@codemirror/lang-rust';
import { borrowmap } from './borrowmap-extension.js';
import { diagnosticsView, renderTooltip } from './diagnostics-view.js';
import { createAnalyzerClient } from './analyzer-client.js';
import { pickLesson } from './lessons.js';
import { setMarkdown } from './markdown.js';
import { installBenchHook } from './bench-hook.js';

const lessonModules = import.meta.glob('../../lessons/spiral-*/*.json', { eager: true, import: 'default' });

const FALLBACK_CODE = `fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{t}");
}
`;

function $(testid) {
  return document.querySelector(`[data-testid="${testid}"]`);
}

function showLesson(choice) {
  const title = $('lesson-title');
  const body = $('lesson-body');
  const error = $('lesson-error');
  if (choice.error) {
    title.textContent = 'Lesson unavailable';
    body.replaceChildren();
    error.textContent = choice.error;
    error.hidden = false;
    document.title = 'borrowmap';
    return FALLBACK_CODE;
  }
  const { lesson } = choice;
  title.textContent = lesson.title;
  document.title = `${lesson.title} · borrowmap`;
  try {
    setMarkdown(body, lesson.body);
  } catch (err) {
    body.replaceChildren();
    error.textContent = `The lesson text could not be shown: ${err.message}`;
    error.hidden = false;
  }
  if (choice.notFound) {
    error.textContent = `There is no lesson "${choice.notFound}"; showing the first lesson instead.`;
    error.hidden = false;
  } else {
    error.hidden = true;
  }
  const module = lesson.placement?.module;
  $('lesson-module').textContent = module ? `Spiral ${lesson.placement.spiral} · ${module}` : '';
  return lesson.starter.code;
}

function start() {
  let code = FALLBACK_CODE;
  try {
    code = showLesson(pickLesson(lessonModules, location.hash));
  } catch (err) {
    code = showLesson({ error: `The lesson could not be loaded: ${err.message}` });
  }

  const client = createAnalyzerClient(
    () => new Worker(new URL('./analyzer.worker.js', import.meta.url), { type: 'module', name: 'borrowmap-analyzer' }),
  );

  const view = new EditorView({
    doc: code,
    parent: $('editor'),
    extensions: [
      basicSetup,
      rust(),
      EditorView.lineWrapping, // long comments in lessons stay readable
      EditorView.contentAttributes.of({ 'aria-label': 'Rust code editor' }),
      borrowmap({ client, renderMessage: renderTooltip }),
      diagnosticsView({ list: $('diagnostics'), status: $('status') }),
    ],
  });

  installBenchHook(client);
  window.addEventListener('hashchange', () => location.reload());
  return view;
}

try {
  start();
} catch (err) {
  const banner = document.querySelector('[data-testid="fatal-error"]');
  banner.textContent = `borrowmap could not start: ${err.message}`;
  banner.hidden = false;
  throw err;
}
