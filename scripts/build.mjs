#!/usr/bin/env node
// `npm run build`: compiles the TypeScript sources (src, test, scripts, migrations, client, ormconfig.ts)
// to dist/ with SWC, which keeps decorator metadata (type-graphql and TypeORM need it) and takes
// about a second. Nothing is compiled when dist/ is newer than every source. Type checking is
// separate: `npm run typecheck` (tsc --noEmit), which `npm test` runs.
//
//   node scripts/build.mjs            compile if needed, say what happened on stderr
//   node scripts/build.mjs --quiet    say something only when compiling (command-line tools)
//   node scripts/build.mjs --force    compile everything
//
// In an image built without the sources (see the Dockerfile) there is nothing to compile, and
// this exits at once, so `npm run apikey` works there too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');
const stampFile = path.join(outDir, '.build-stamp.json');
const inputs = ['src', 'test', 'scripts', 'migrations', 'client', 'ormconfig.ts'];
/** Files whose change means everything is compiled again. */
const configFiles = ['.swcrc', 'scripts/build.mjs', 'package-lock.json'];
const quiet = process.argv.includes('--quiet');
const force = process.argv.includes('--force');

function sources() {
  const found = [];
  const walk = (rel) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isDirectory()) {
      for (const entry of fs.readdirSync(abs).sort()) walk(path.join(rel, entry));
    } else if (rel.endsWith('.ts') && !rel.endsWith('.d.ts')) {
      found.push(rel);
    }
  };
  for (const input of inputs) walk(input);
  return found;
}

const mtime = (rel) => fs.statSync(path.join(root, rel)).mtimeMs;
const outputOf = (rel) => path.join(outDir, rel.replace(/\.ts$/, '.js'));

function upToDate(files) {
  if (force || !fs.existsSync(stampFile)) return false;
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {
    return false;
  }
  if (JSON.stringify(stamp.files) !== JSON.stringify(files)) return false;
  const built = fs.statSync(stampFile).mtimeMs;
  const inputsChanged = [...files, ...configFiles.filter((f) => fs.existsSync(path.join(root, f)))].some((f) => mtime(f) > built);
  return !inputsChanged && files.every((f) => fs.existsSync(outputOf(f)));
}

/**
 * The explorer's assets: Ruru's prebuilt bundle from the `ruru` npm package (a development
 * dependency, so its React/GraphiQL/Monaco sources stay out of production installs), copied to
 * dist/explorer-static without source maps. Copied again when the package's version changes.
 */
function copyExplorerAssets() {
  const target = path.join(outDir, 'explorer-static');
  let pkgFile;
  try {
    pkgFile = path.join(path.dirname(fileURLToPath(import.meta.resolve('ruru'))), '..', 'package.json');
  } catch {
    if (!fs.existsSync(target)) process.stderr.write('build: the ruru package is not installed: no explorer assets (npm ci installs it)\n');
    return;
  }
  const version = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
  const versionFile = path.join(target, '.ruru-version');
  if (fs.existsSync(versionFile) && fs.readFileSync(versionFile, 'utf8') === version) return;
  const source = path.join(path.dirname(pkgFile), 'static');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of fs.readdirSync(source)) {
    if (!file.endsWith('.map')) fs.copyFileSync(path.join(source, file), path.join(target, file));
  }
  fs.writeFileSync(versionFile, version);
  if (!quiet) process.stderr.write(`build: explorer assets copied from ruru ${version} to dist/explorer-static\n`);
}

async function main() {
  if (!fs.existsSync(path.join(root, 'src'))) {
    if (!quiet) process.stderr.write('build: no sources here (a production image): using the compiled dist/\n');
    return;
  }
  copyExplorerAssets();
  const files = sources();
  if (upToDate(files)) {
    if (!quiet) process.stderr.write(`build: dist/ is up to date (${files.length} files)\n`);
    return;
  }
  const started = performance.now();
  process.stderr.write(`build: compiling ${files.length} TypeScript files to dist/ with SWC…`);
  const { transformFile } = await import('@swc/core');
  const swcrc = path.join(root, '.swcrc');
  let failed = 0;
  // Two at a time per core is plenty; each file takes milliseconds.
  const queue = [...files];
  const worker = async () => {
    for (let rel = queue.shift(); rel; rel = queue.shift()) {
      const out = outputOf(rel);
      try {
        const { code, map } = await transformFile(path.join(root, rel), {
          configFile: swcrc,
          sourceMaps: true,
          sourceFileName: path.relative(path.dirname(out), path.join(root, rel)),
        });
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
        if (map) fs.writeFileSync(`${out}.map`, map);
      } catch (error) {
        failed++;
        process.stderr.write(`\n${rel}: ${error?.message ?? error}\n`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (failed) {
    fs.rmSync(stampFile, { force: true });
    process.stderr.write(`build: ${failed} file(s) failed to compile\n`);
    process.exit(1);
  }
  // Outputs of sources that no longer exist would otherwise still run (old tests, migrations).
  try {
    const previous = JSON.parse(fs.readFileSync(stampFile, 'utf8')).files ?? [];
    for (const gone of previous.filter((f) => !files.includes(f))) {
      fs.rmSync(outputOf(gone), { force: true });
      fs.rmSync(`${outputOf(gone)}.map`, { force: true });
    }
  } catch {
    // no previous build
  }
  fs.writeFileSync(stampFile, JSON.stringify({ files }));
  process.stderr.write(` done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main().catch((error) => {
  process.stderr.write(`\nbuild failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
