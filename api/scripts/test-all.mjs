// `npm test`: unit, integration and end-to-end tests, in that order; fails if any level fails.
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/workspace.mjs';

const levels = [
  ['unit', ['run', 'test:unit', '--', '--ci']],
  ['integration', ['run', 'test:int', '--', '--ci']],
  ['e2e', ['run', 'test:e2e']],
];
const results = [];
for (const [name, args] of levels) {
  const started = Date.now();
  console.log(`\n=== ${name} tests ===`);
  const res = spawnSync('npm', args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  results.push({ name, ok: res.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(0) });
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(12)} ${r.seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
