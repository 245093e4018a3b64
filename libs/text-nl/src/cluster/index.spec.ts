import { readFileSync } from 'fs';
import { resolve } from 'path';
// The point of this test is the public alias, so it imports through it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { clusterTexts, findNearDuplicates } from '@inbreng/text-nl/cluster';

describe('@inbreng/text-nl/cluster entry point', () => {
  it('exposes clustering and near-duplicate detection', () => {
    expect(clusterTexts([{ id: 'a', text: 'één tekst' }], {}).assignments).toHaveLength(1);
    expect(
      findNearDuplicates([
        { id: 'a', text: 'zelfde tekst hier' },
        { id: 'b', text: 'Zelfde tekst hier.' },
      ]),
    ).toHaveLength(1);
  });

  it('is not re-exported from the main entry point (keeps stemmers out of the web bundle)', () => {
    const main = readFileSync(resolve(__dirname, '../index.ts'), 'utf8');
    expect(main).not.toMatch(/cluster/);
  });
});
