import { effect } from '@angular/core';
import { loadCrisisDetector, soundsLikeCrisis } from './crisis';
import { TEXT_LIMITS, type Message } from './validation';

const CRISIS_DEBOUNCE_MS = 400;
const COUNTER_DEBOUNCE_MS = 1200;

/**
 * Crisis signals while typing, debounced: `onHit` shows help at once, inside the page, without
 * blocking. Starts loading the detector right away. Call in an injection context (a constructor).
 */
export function watchForCrisis(text: () => string, onHit: () => void): void {
  loadCrisisDetector().catch(() => undefined); // warm up; soundsLikeCrisis retries on failure
  effect((onCleanup) => {
    const current = text();
    const timer = setTimeout(() => {
      void soundsLikeCrisis(current).then((hit) => {
        if (hit) onHit();
      });
    }, CRISIS_DEBOUNCE_MS);
    onCleanup(() => clearTimeout(timer));
  });
}

/**
 * The character count is read out only after a pause in typing, never on every keystroke, and not
 * before the participant has typed. Call in an injection context (a constructor).
 */
export function announceCountAfterPause(
  length: () => number,
  typed: () => boolean,
  announce: (message: Message) => void,
): void {
  effect((onCleanup) => {
    const count = length();
    if (!typed()) return;
    const timer = setTimeout(
      () =>
        announce({
          key: count > TEXT_LIMITS.max ? 'participate.item.counterOver' : 'participate.item.counterLive',
          params: { count, max: TEXT_LIMITS.max, over: count - TEXT_LIMITS.max },
        }),
      COUNTER_DEBOUNCE_MS,
    );
    onCleanup(() => clearTimeout(timer));
  });
}
