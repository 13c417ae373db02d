#!/usr/bin/env node
// Browser half of the benchmark: times the wasm analyzer inside the page's own
// worker, in Debian's chromium, on generated Rust of ~100, 1,000 and 10,000
// lines, and prints a Markdown table.
//
//   npm run build:wasm && npm run build:web   # the bundle in web/dist/
//   node e2e/bench-browser.js [--json]
//
// It serves web/dist/ with vite preview on a free port, drives the page's
// window.__borrowmapBench(source, runs) hook (which posts to the same worker
// the editor uses and measures analyze() inside the worker plus the round
// trip), then stops the server and the browser.

import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium.js';
// The same generated inputs as the native benchmark (core/bench/bench.sh).
import { generateRust } from '../core/bench/gen-inputs.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../web/vite.config.js', import.meta.url));
const distIndex = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

const CASES = [
  { lines: 100, runs: 30 },
  { lines: 1_000, runs: 20 },
  { lines: 10_000, runs: 5 },
];


function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (ms) => ms.toFixed(2);
const int = (n) => n.toLocaleString('en-US');

async function main() {
  const asJson = process.argv.includes('--json');
  if (!existsSync(distIndex)) {
    console.error('bench-browser: web/dist/ is missing; run `npm run build:wasm && npm run build:web` first');
    process.exit(2);
  }
  const port = await freePort();
  const server = await preview({
    configFile,
    root: fileURLToPath(new URL('../web/', import.meta.url)),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  let browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.__borrowmapBench === 'function');

    const rows = [];
    let timings = null;
    for (const { lines, runs } of CASES) {
      const source = generateRust(lines);
      const r = await page.evaluate(([src, n]) => window.__borrowmapBench(src, n), [source, runs]);
      if (r.status !== 'ok') throw new Error(`analyzer status ${r.status} for ${lines} lines`);
      timings = r.timings ?? timings;
      const analyze = r.samples.map((s) => s.analyzeMs);
      const trip = r.samples.map((s) => s.roundTripMs);
      rows.push({
        lines: source.split('\n').length - 1,
        bytes: r.bytes,
        runs: r.runs,
        medianMs: median(analyze),
        minMs: Math.min(...analyze),
        maxMs: Math.max(...analyze),
        medianRoundTripMs: median(trip),
        heapBytes: r.heapBytes,
        diagnostics: r.diagnostics,
      });
    }
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);

    if (asJson) {
      console.log(JSON.stringify({ browser: browser.version(), timings, rows }, null, 2));
      return;
    }
    console.log(`borrowmap analyze() in a web worker, chromium ${browser.version()} (headless), wasm from web/dist/`);
    console.log('');
    console.log('| lines | bytes | runs | median ms | min ms | max ms | median round trip ms | wasm heap bytes after |');
    console.log('|------:|------:|-----:|----------:|-------:|-------:|---------------------:|----------------------:|');
    for (const row of rows) {
      console.log(
        `| ${int(row.lines)} | ${int(row.bytes)} | ${row.runs} | ${fmt(row.medianMs)} | ${fmt(row.minMs)} | ${fmt(row.maxMs)} | ${fmt(row.medianRoundTripMs)} | ${int(row.heapBytes)} |`,
      );
    }
    console.log('');
    console.log('ms: inside the worker around analyze() (UTF-8 encode + wasm + JSON parse); round trip adds postMessage both ways.');
    if (timings) {
      console.log('');
      console.log(
        `session: compiling the wasm ${fmt(timings.instantiateMs)} ms, then creating the analyzer (std parsed and lowered once) ${fmt(timings.sessionMs)} ms`,
      );
    }
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}

main().catch((err) => {
  console.error(`bench-browser: ${err.stack || err}`);
  process.exitCode = 1;
});
