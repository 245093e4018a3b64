import type { Draft } from './draft';
import { normalizeReturnCode } from './return-code';

const DRAFT_PREFIX = 'inbreng.draft.';
const CODE_PREFIX = 'inbreng.returnCode.';
const LAST_CODE = 'inbreng.returnCode.last';
const BALLOT_PREFIX = 'inbreng.ballot.';
/** Questionnaire drafts, by questionnaire id (QuestionnaireStorage writes them). */
export const QUESTIONNAIRE_PREFIX = 'inbreng.questionnaire.';

function carriedCode(stored: unknown): unknown {
  return stored && typeof stored === 'object' ? (stored as { returnCode?: unknown }).returnCode : null;
}

/**
 * Drafts and return codes on this device only (localStorage). Storage can be full or blocked
 * (private mode); then the page still works, it just forgets on reload. Plain TypeScript (no Angular)
 * so it can be tested on its own; ParticipationStorage hands it to the pages.
 */
export class DeviceStorage {
  constructor(private readonly storage: Storage | null) {}

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

  /** True when this device keeps a return code (for a round, or the last one used). */
  remembersACode(): boolean {
    return this.roundCodes().length > 0 || !!this.lastReturnCode();
  }

  /**
   * A code that no longer works (deleted with "delete my data", or unknown to the server): the device
   * forgets it everywhere it kept it (per round, last used, inside drafts and ballots), so nothing
   * sends it again. However it is written does not matter. What was not sent yet stays.
   */
  forgetCode(code: string): void {
    const wanted = normalizeReturnCode(code);
    if (!wanted) return;
    const same = (value: unknown) => typeof value === 'string' && normalizeReturnCode(value) === wanted;
    for (const { slug, code: kept } of this.roundCodes()) if (same(kept)) this.remove(CODE_PREFIX + slug);
    if (same(this.get(LAST_CODE))) this.remove(LAST_CODE);
    for (const key of this.draftKeys()) {
      const stored = this.readJson(key);
      if (same(carriedCode(stored)))
        this.set(key, JSON.stringify({ ...(stored as object), returnCode: null }));
    }
  }

  /**
   * "Forget my code on this device" (a shared computer or phone), or a code the server no longer
   * knows: the code goes wherever it was kept (per round, last used), and so do the drafts and ballots
   * of its rounds and any other draft that carries it, because they hold that participant's group and
   * words. However the code is written (dashes, lowercase) does not matter. Returns the rounds (slugs)
   * whose code it was, so their questionnaire drafts can go too.
   */
  forgetCodeAndDrafts(code: string): string[] {
    const wanted = normalizeReturnCode(code);
    if (!wanted) return [];
    const slugs = this.roundCodes()
      .filter((c) => normalizeReturnCode(c.code) === wanted)
      .map((c) => c.slug);
    for (const slug of slugs) {
      this.remove(CODE_PREFIX + slug);
      this.remove(DRAFT_PREFIX + slug);
      this.remove(BALLOT_PREFIX + slug);
    }
    if (normalizeReturnCode(this.get(LAST_CODE) ?? '') === wanted) this.remove(LAST_CODE);
    for (const key of this.keys()) {
      if (!key.startsWith(DRAFT_PREFIX) && !key.startsWith(BALLOT_PREFIX)) continue;
      const stored = this.readJson(key);
      const carried =
        stored && typeof stored === 'object' ? (stored as { returnCode?: unknown }).returnCode : null;
      if (typeof carried === 'string' && normalizeReturnCode(carried) === wanted) this.remove(key);
    }
    return slugs;
  }

  /** Every code this device keeps, with what belongs to them (Mijn inbreng on a shared device). */
  forgetAllCodesAndDrafts(): string[] {
    const last = this.lastReturnCode();
    const codes = [...new Set([...this.roundCodes().map((c) => c.code), ...(last ? [last] : [])])];
    return codes.flatMap((c) => this.forgetCodeAndDrafts(c));
  }

  forgetQuestionnaireDrafts(ids: readonly string[]): void {
    for (const id of ids) this.remove(QUESTIONNAIRE_PREFIX + id);
  }

  /** The per-round codes (not the "last used" one). */
  private roundCodes(): { slug: string; code: string }[] {
    return this.keys()
      .filter((k) => k.startsWith(CODE_PREFIX) && k !== LAST_CODE)
      .map((k) => ({ slug: k.slice(CODE_PREFIX.length), code: this.get(k) ?? '' }))
      .filter((c) => c.code !== '');
  }

  /** Round drafts and ballots: both may carry a return code. */
  private draftKeys(): string[] {
    return this.keys().filter((k) => k.startsWith(DRAFT_PREFIX) || k.startsWith(BALLOT_PREFIX));
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

  private keys(): string[] {
    try {
      const s = this.storage;
      if (!s) return [];
      return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
    } catch {
      return [];
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
