/**
 * Self time per function of a V8 CPU profile (node --cpu-prof), largest first.
 * Usage: node dist/test/bench/profile-summary.js FILE.cpuprofile [N]
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const [file, top = '30'] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
const packages = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id)!;
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  const pkg =
    /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url.includes('/dist/') ? 'our code' : url.startsWith('node:') ? 'node internals' : functionName || '(native)');
  packages.set(pkg, (packages.get(pkg) ?? 0) + dt);
});
const pct = (x: number) => `${((100 * x) / total).toFixed(1)}%`.padStart(6);
console.log(`total ${(total / 1e6).toFixed(1)} s of samples\n\nby package or category:`);
for (const [k, v] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(v)}  ${k}`);
console.log('\nby function (self time):');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${pct(v)}  ${k}`);
