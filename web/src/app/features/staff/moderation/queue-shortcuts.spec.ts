import { shortcutFor } from './queue-shortcuts';

type Target = { tagName: string; type?: string; closest: (selector: string) => unknown };
const element = (tagName: string, type?: string, inForm = false): Target => ({
  tagName,
  type,
  closest: (selector: string) => {
    if (inForm && selector.includes('.no-shortcuts')) return {};
    return selector.split(',').some((s) => s.trim() === tagName.toLowerCase()) ? {} : null;
  },
});
const press = (key: string, target: Target | null, mods: Partial<KeyboardEvent> = {}) =>
  shortcutFor({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    isComposing: false,
    target: target as unknown as EventTarget,
    ...mods,
  });

describe('moderation queue shortcuts', () => {
  it('maps j k a r o x to queue actions', () => {
    const body = element('BODY');
    expect(['j', 'k', 'a', 'r', 'o', 'x'].map((k) => press(k, body))).toEqual([
      'next',
      'previous',
      'approve',
      'reject',
      'original',
      'select',
    ]);
    expect(press('J', body)).toBe('next');
    expect(press('q', body)).toBeNull();
  });

  it('never fires while typing or with a modifier key', () => {
    expect(press('a', element('TEXTAREA'))).toBeNull();
    expect(press('a', element('SELECT'))).toBeNull();
    expect(press('a', element('INPUT', 'text'))).toBeNull();
    expect(press('a', element('INPUT', 'search'))).toBeNull();
    expect(press('a', element('INPUT', 'radio', true))).toBeNull(); // inside the reject form
    expect(press('a', element('BODY'), { ctrlKey: true })).toBeNull();
    expect(press('a', element('BODY'), { metaKey: true })).toBeNull();
  });

  it('works from buttons and checkboxes in the list', () => {
    expect(press('a', element('BUTTON'))).toBe('approve');
    expect(press('x', element('INPUT', 'checkbox'))).toBe('select');
  });
});
