export type WorkbenchShortcut =
  | { action: 'next' | 'previous' | 'assignMenu' | 'acceptSuggestions' | 'duplicate' | 'undo' | 'help' }
  | { action: 'assignTo'; index: number };

const KEYS: Record<string, WorkbenchShortcut['action']> = {
  j: 'next',
  k: 'previous',
  t: 'assignMenu',
  a: 'acceptSuggestions',
  d: 'duplicate',
  '?': 'help',
};

/** Shown in the "Sneltoetsen" help, in this order. */
export const WORKBENCH_SHORTCUT_LIST: Array<{ keys: string; action: string }> = [
  { keys: 'j', action: 'next' },
  { keys: 'k', action: 'previous' },
  { keys: '1–9', action: 'assignTo' },
  { keys: 't', action: 'assignMenu' },
  { keys: 'a', action: 'acceptSuggestions' },
  { keys: 'd', action: 'duplicate' },
  { keys: 'Ctrl+Z', action: 'undo' },
  { keys: '?', action: 'help' },
];

const TYPING_FREE_INPUTS = ['checkbox', 'radio', 'button', 'submit'];

type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'target'
>;

function isTyping(target: EventTarget | null): boolean {
  const el = target as Partial<Pick<HTMLInputElement, 'closest' | 'tagName' | 'type'>> | null;
  if (
    typeof el?.closest === 'function' &&
    el.closest('textarea, select, [contenteditable="true"], .no-shortcuts, dialog')
  )
    return true;
  return el?.tagName === 'INPUT' && !TYPING_FREE_INPUTS.includes(el.type ?? 'text');
}

/**
 * The workbench action a key press asks for, or null. Typing is never hijacked: nothing fires in a text
 * field, a select, a dialog or an open form; Ctrl+Z there stays the browser's own text undo.
 */
export function workbenchShortcutFor(event: KeyPress): WorkbenchShortcut | null {
  if (event.isComposing || isTyping(event.target)) return null;
  const key = event.key.toLowerCase();
  if (event.ctrlKey || event.metaKey) {
    return key === 'z' && !event.shiftKey && !event.altKey ? { action: 'undo' } : null;
  }
  if (event.altKey) return null;
  if (/^[1-9]$/.test(key)) return { action: 'assignTo', index: Number(key) - 1 };
  const action = KEYS[key];
  return action ? ({ action } as WorkbenchShortcut) : null;
}
