import { TRANSLATION_PARTS, TRANSLATIONS } from './index';

const en = TRANSLATIONS.en;
const nl = TRANSLATIONS.nl;

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function placeholders(obj: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (o: object, prefix: string) =>
    Object.entries(o).forEach(([k, v]) => {
      if (v && typeof v === 'object') walk(v as object, `${prefix}${k}.`);
      else out[`${prefix}${k}`] = (String(v).match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
    });
  walk(obj, '');
  return out;
}

describe('translations', () => {
  it('no two feature files define the same top-level key (they would overwrite each other)', () => {
    for (const parts of [TRANSLATION_PARTS.nl, TRANSLATION_PARTS.en]) {
      const seen = parts.flatMap((p) => Object.keys(p));
      expect(seen.length).toBe(new Set(seen).size);
    }
  });

  it('Dutch and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    expect(placeholders(en)).toEqual(placeholders(nl));
  });

  it('have no empty texts', () => {
    for (const table of [nl, en]) {
      const empty = Object.entries(placeholders(table)).filter(([k]) => !k);
      expect(empty).toEqual([]);
      expect(JSON.stringify(table)).not.toMatch(/:""/);
    }
  });

  it('give every plural text a "one" and an "other" form, and "other" shows the count', () => {
    const problems: string[] = [];
    const walk = (o: object, prefix: string) =>
      Object.entries(o).forEach(([k, v]) => {
        if (!v || typeof v !== 'object') return;
        const forms = v as Record<string, unknown>;
        const keys = Object.keys(forms);
        if (keys.includes('one') || keys.every((f) => ['zero', 'one', 'other'].includes(f))) {
          if (typeof forms['one'] !== 'string' || typeof forms['other'] !== 'string')
            problems.push(`${prefix}${k}: needs both "one" and "other"`);
          else if (!/\{\{\s*count\s*\}\}/.test(forms['other']))
            problems.push(`${prefix}${k}.other: should show {{count}}`);
        }
        walk(v as object, `${prefix}${k}.`);
      });
    walk(nl, '');
    walk(en, '');
    expect(problems).toEqual([]);
  });
});
