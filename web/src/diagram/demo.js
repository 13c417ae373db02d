// Demo page for the diagram panel (web/diagram-demo.html): renders the test
// fixtures side by side, or one of them with ?fixture=NAME&step=N|error&single=1
// (for screenshots). Not part of the playground's build.

import { createDiagramPanel } from './panel.js';
import move from '../../test/fixtures/timeline-move.json';
import dangling from '../../test/fixtures/timeline-dangling.json';
import callMut from '../../test/fixtures/timeline-call-mut.json';
import vecRc from '../../test/fixtures/timeline-vec-rc.json';

const fixtures = { move, dangling, 'call-mut': callMut, 'vec-rc': vecRc };
const params = new URLSearchParams(location.search);
const grid = document.getElementById('grid');
const pick = document.getElementById('pick');
if (params.get('single')) document.body.classList.add('single');

for (const name of ['all', ...Object.keys(fixtures)]) {
  const o = document.createElement('option');
  o.value = name;
  o.textContent = name;
  pick.append(o);
}
pick.value = params.get('fixture') ?? 'all';
pick.addEventListener('change', () => {
  const p = new URLSearchParams(location.search);
  p.set('fixture', pick.value);
  location.search = p.toString();
});

function showSource(pre, source, line) {
  pre.replaceChildren();
  source.replace(/\n$/, '').split('\n').forEach((text, i) => {
    const span = document.createElement('span');
    span.textContent = text;
    if (i + 1 === line) span.className = 'cur';
    pre.append(span);
  });
}

for (const [name, f] of Object.entries(fixtures)) {
  if (pick.value !== 'all' && pick.value !== name) continue;
  const card = document.createElement('section');
  card.className = 'demo-card';
  card.dataset.fixture = name;
  const h2 = document.createElement('h2');
  h2.textContent = name;
  const pre = document.createElement('pre');
  pre.className = 'demo-src';
  const host = document.createElement('div');
  card.append(h2, pre, host);
  grid.append(card);
  const panel = createDiagramPanel(host, { onStepChange: (i, step) => showSource(pre, f.source, step.line) });
  const s = params.get('step');
  const step = s === 'error' ? f.timeline.error_step ?? undefined : s !== null ? Number(s) : undefined;
  panel.update(f.timeline, f.diagnostics, { step });
}
