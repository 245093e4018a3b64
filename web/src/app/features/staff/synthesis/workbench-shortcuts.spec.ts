import { workbenchShortcutFor } from './workbench-shortcuts';

type Target = { tagName: string; type?: string; closest: (selector: string) => unknown };
const element = (tagName: string, type?: string, inside: string | null = null): Target => ({
  tagName,
  type,
  closest: (selector: string) => {
    const parts = selector.split(',').map((s) => s.trim());
    if (inside && parts.includes(inside)) return {};
    return parts.includes(tagName.toLowerCase()) ? {} : null;
  },
});
const press = (key: string, target: Target | null, mods: Partial<KeyboardEvent> = {}) =>
  workbenchShortcutFor({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    isComposing: false,
    target: target as unknown as EventTarget,
    ...mods,
  });

describe('workbench shortcuts', () => {
  const body = element('BODY');

  it('maps j k t a d ? and the digits 1–9', () => {
    expect(['j', 'k', 't', 'a', 'd', '?'].map((k) => press(k, body)?.action)).toEqual([
      'next',
      'previous',
      'assignMenu',
      'acceptSuggestions',
      'duplicate',
      'help',
    ]);
    expect(press('1', body)).toEqual({ action: 'assignTo', index: 0 });
    expect(press('9', body)).toEqual({ action: 'assignTo', index: 8 });
    expect(press('0', body)).toBeNull();
    expect(press('q', body)).toBeNull();
  });

  it('undoes with Ctrl+Z or Cmd+Z, but not Ctrl+Shift+Z', () => {
    expect(press('z', body, { ctrlKey: true })).toEqual({ action: 'undo' });
    expect(press('Z', body, { metaKey: true })).toEqual({ action: 'undo' });
    expect(press('z', body, { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(press('z', body)).toBeNull();
    expect(press('j', body, { ctrlKey: true })).toBeNull();
    expect(press('1', body, { altKey: true })).toBeNull();
  });

  it('never fires while typing, in a select, a dialog or a form marked no-shortcuts', () => {
    expect(press('j', element('INPUT', 'text'))).toBeNull();
    expect(press('1', element('INPUT', 'search'))).toBeNull();
    expect(press('z', element('TEXTAREA'), { ctrlKey: true })).toBeNull(); // the browser's own text undo
    expect(press('a', element('SELECT'))).toBeNull();
    expect(press('a', element('BUTTON', undefined, 'dialog'))).toBeNull();
    expect(press('a', element('INPUT', 'checkbox', '.no-shortcuts'))).toBeNull();
    expect(press('a', body, { isComposing: true })).toBeNull();
  });

  it('works from buttons and checkboxes in the list', () => {
    expect(press('2', element('BUTTON'))?.action).toBe('assignTo');
    expect(press('j', element('INPUT', 'checkbox'))?.action).toBe('next');
  });
});
