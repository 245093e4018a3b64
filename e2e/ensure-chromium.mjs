// Finds Debian's Chromium for Playwright; installs it when running as root, otherwise names the command.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-dejavu-core fonts-liberation';

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium is not installed. Install it with:\n  sudo sh -c '${INSTALL}'\nthen run npm test again.`,
    );
  }
  console.log("Chromium not found; installing Debian's chromium package…");
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${INSTALL}`], { stdio: 'inherit' });
  const installed = findChromium();
  if (!installed) throw new Error('Installing chromium did not produce /usr/bin/chromium.');
  return installed;
}
