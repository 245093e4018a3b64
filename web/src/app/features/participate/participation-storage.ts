import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { Draft } from './draft';

const DRAFT_PREFIX = 'inbreng.draft.';
const CODE_PREFIX = 'inbreng.returnCode.';
const LAST_CODE = 'inbreng.returnCode.last';
const BALLOT_PREFIX = 'inbreng.ballot.';

/**
 * Drafts and return codes on this device only (localStorage). Storage can be full or blocked
 * (private mode); then the page still works, it just forgets on reload.
 */
@Injectable({ providedIn: 'root' })
export class ParticipationStorage {
  private readonly storage: Storage | null = (() => {
    try {
      return inject(DOCUMENT).defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  })();

  readDraft(slug: string): unknown {
    return this.readJson(DRAFT_PREFIX + slug);
  }

  saveDraft(slug: string, draft: Draft): void {
    this.set(DRAFT_PREFIX + slug, JSON.stringify(draft));
  }

  returnCodeFor(slug: string): string | null {
    return this.get(CODE_PREFIX + slug);
  }

  lastReturnCode(): string | null {
    return this.get(LAST_CODE);
  }

  rememberReturnCode(code: string, slug?: string): void {
    if (slug) this.set(CODE_PREFIX + slug, code);
    this.set(LAST_CODE, code);
  }

  readBallot(slug: string): unknown {
    return this.readJson(BALLOT_PREFIX + slug);
  }

  saveBallot(slug: string, ballot: unknown): void {
    this.set(BALLOT_PREFIX + slug, JSON.stringify(ballot));
  }

  /**
   * After "delete my data": this device forgets the code everywhere it kept it (per round, last used,
   * inside the drafts), so nothing sends it again.
   */
  forgetReturnCode(code: string, slug: string): void {
    if (this.get(CODE_PREFIX + slug) === code) this.remove(CODE_PREFIX + slug);
    if (this.get(LAST_CODE) === code) this.remove(LAST_CODE);
    for (const key of [DRAFT_PREFIX + slug, BALLOT_PREFIX + slug]) {
      const stored = this.readJson(key);
      if (stored && typeof stored === 'object' && (stored as { returnCode?: unknown }).returnCode === code) {
        this.set(key, JSON.stringify({ ...stored, returnCode: null }));
      }
    }
  }

  private readJson(key: string): unknown {
    const raw = this.get(key);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // blocked storage: nothing was kept there either
    }
  }

  private get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private set(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Full or blocked storage: the draft lives on in memory for this visit.
    }
  }
}
