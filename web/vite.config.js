// Vite config for the borrowmap static bundle.
// The page lives in web/, but it imports lessons/ and wasm/ from the repo
// root, so the dev server must be allowed to read the parent directory.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { lessonsPlugin } from './lessons-plugin.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  // Relative asset URLs: the bundle works from any sub-path (GitHub Pages, a
  // file server, a zip) without rebuilding.
  base: './',
  // The lessons, validated at build start (a broken lesson stops the build
  // naming file and field), as the module 'virtual:borrowmap-lessons'.
  plugins: [lessonsPlugin()],
  // The analyzer runs in a module worker (ES format, so it may import the
  // Emscripten ES module and the .wasm asset URL).
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The wasm is fetched by URL; never inline it as a data: URL (CSP and size).
    assetsInlineLimit: 0,
    // CodeMirror + lang-rust + markdown-it + DOMPurify are ~700 kB minified
    // (~250 kB gzipped); one chunk is fine for a playground that needs all.
    chunkSizeWarningLimit: 900,
  },
  server: {
    fs: { allow: [repoRoot] },
  },
});
