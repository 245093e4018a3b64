export type QueueShortcut = 'next' | 'previous' | 'approve' | 'reject' | 'original' | 'select';

const KEYS: Record<string, QueueShortcut> = {
  j: 'next',
  k: 'previous',
  a: 'approve',
  r: 'reject',
  o: 'original',
  x: 'select',
};

/** Inputs that take no typing, so a letter key there can safely mean a shortcut. */
const TYPING_FREE_INPUTS = ['checkbox', 'radio', 'button', 'submit'];

/** Keys in this list are shown in the "Sneltoetsen" help, in this order. */
export const SHORTCUT_LIST = Object.entries(KEYS).map(([key, action]) => ({ key, action }));

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'target'>;

/**
 * The queue action a key press asks for, or null. Typing is never hijacked: nothing happens while
 * focus is in a text field, a select or an open decision form, or with a modifier key held.
 */
export function shortcutFor(event: KeyPress): QueueShortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const target = event.target as Partial<Pick<HTMLInputElement, 'closest' | 'tagName' | 'type'>> | null;
  if (typeof target?.closest === 'function') {
    if (target.closest('textarea, select, [contenteditable="true"], .no-shortcuts')) return null;
  }
  if (target?.tagName === 'INPUT' && !TYPING_FREE_INPUTS.includes(target.type ?? 'text')) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}
