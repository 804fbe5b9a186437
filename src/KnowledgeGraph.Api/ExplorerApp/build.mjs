// Bundles the explorer into ../wwwroot/explore: app.js (the page's modules with cytoscape and its fcose layout),
// app.css and index.html. Run by the API project's build (BundleExplorer target) after `npm ci`.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'wwwroot', 'explore');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

await esbuild.build({
  entryPoints: { app: path.join(here, 'src', 'main.js'), 'app-styles': path.join(here, 'src', 'styles.css') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
});
fs.renameSync(path.join(out, 'app-styles.css'), path.join(out, 'app.css'));
fs.copyFileSync(path.join(here, 'src', 'index.html'), path.join(out, 'index.html'));
