// The lessons plugin: a broken lesson stops `vite build` with a message that
// names the file and the field; the dev server gets the errors as data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { lessonsPlugin, collectLessons, VIRTUAL_ID } from '../lessons-plugin.js';

const lessonsDir = fileURLToPath(new URL('../../lessons/', import.meta.url));
const BROKEN = 'spiral-1/03-shared-borrows.json';
let tmp;
let goodDir;
let brokenDir;

before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'borrowmap-lessons-'));
  goodDir = path.join(tmp, 'good');
  brokenDir = path.join(tmp, 'broken');
  for (const dir of [goodDir, brokenDir]) cpSync(path.join(lessonsDir, 'spiral-1'), path.join(dir, 'spiral-1'), { recursive: true });
  const file = path.join(brokenDir, BROKEN);
  const lesson = JSON.parse(readFileSync(file, 'utf8'));
  delete lesson.title;
  writeFileSync(file, JSON.stringify(lesson, null, 2));
  // A page that only imports the lessons, so the build is quick.
  writeFileSync(path.join(tmp, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(path.join(tmp, 'main.js'), `import { index } from '${VIRTUAL_ID}';\nconsole.log(index.length);\n`);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

function viteBuild(dir) {
  return build({
    root: tmp,
    configFile: false,
    logLevel: 'silent',
    plugins: [lessonsPlugin({ dir })],
    build: { write: false, outDir: path.join(tmp, 'dist') },
  });
}

test('vite build stops on a lesson without a title, naming file and field', async () => {
  await assert.rejects(viteBuild(brokenDir), (err) => {
    assert.match(err.message, /spiral-1\/03-shared-borrows\.json: \/: must have required property 'title'/);
    return true;
  });
});

test('vite build succeeds with valid lessons and bundles the index', async () => {
  const out = await viteBuild(goodDir);
  const js = [out].flat()[0].output.find((o) => o.type === 'chunk').code;
  assert.match(js, /s1-01-who-owns-this-memory/);
});

test('in dev the broken lesson is left out and its problem is data for the page', () => {
  const data = collectLessons(brokenDir, { strict: false });
  assert.equal(data.errors.length, 1);
  assert.match(data.errors[0], /03-shared-borrows\.json: \/: must have required property 'title'/);
  assert.equal(data.index.some((e) => e.id === 's1-03-shared-borrows'), false);
  assert.equal(data.index.length, 15);
  assert.equal(data.lessons['s1-01-who-owns-this-memory'].title, 'Who owns this memory?');
});

test('the real lessons are valid', () => {
  const data = collectLessons(lessonsDir, { strict: true });
  assert.deepEqual(data.errors, []);
  assert.ok(data.index.length >= 16);
});

test('vite build stops on a spoiler: a lesson body that names the answer to predict', async () => {
  const dir = path.join(tmp, 'spoiler');
  cpSync(path.join(lessonsDir, 'spiral-1'), path.join(dir, 'spiral-1'), { recursive: true });
  const file = path.join(dir, 'spiral-1/01-who-owns-this-memory.json');
  const lesson = JSON.parse(readFileSync(file, 'utf8'));
  lesson.body += '\n\nRun the code; notice E0382.';
  writeFileSync(file, JSON.stringify(lesson, null, 2));
  await assert.rejects(viteBuild(dir), (err) => {
    assert.match(err.message, /01-who-owns-this-memory\.json: \/body: must not give away a prediction: it names E0382/);
    assert.match(err.message, /01-who-owns-this-memory\.json: \/body: must not ask the learner to run code/);
    return true;
  });
});
