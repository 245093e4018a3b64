import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { Draft } from './draft';

const DRAFT_PREFIX = 'inbreng.draft.';
const CODE_PREFIX = 'inbreng.returnCode.';
const LAST_CODE = 'inbreng.returnCode.last';

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
    const raw = this.get(DRAFT_PREFIX + slug);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
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
