import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const pg = globalThis.__INBRENG_PG__;
  if (!pg) return;
  await pg.stop();
  rmSync(pg.dir, { recursive: true, force: true });
}
