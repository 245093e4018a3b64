import type { CrisisResult } from '@inbreng/text-nl';

type Detector = (text: string) => CrisisResult;
let detector: Promise<Detector> | null = null;

/**
 * Loads the Dutch crisis detector (@inbreng/text-nl, pure TS) in its own chunk, so the round page
 * shows at once on a slow phone; the page starts loading it as soon as it opens.
 */
export function loadCrisisDetector(): Promise<Detector> {
  detector ??= import('./crisis-detector').then((m) => m.detectCrisis);
  return detector;
}

/** True when the text has crisis signals (suicide, self-harm, abuse, danger); runs in the browser. */
export async function soundsLikeCrisis(text: string): Promise<boolean> {
  if (!text.trim()) return false;
  try {
    const detect = await loadCrisisDetector();
    return detect(text).isCrisis;
  } catch {
    // A failed load or a detector bug must never stop someone from writing; the API screens the
    // text again on submit and its answer shows the same help. Try loading again next time.
    detector = null;
    return false;
  }
}
