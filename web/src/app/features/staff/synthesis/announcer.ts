import { Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { pluralKey } from '../../../core/plural';

/** Text for one polite live region per page (`role="status"`): what the last action did. */
@Injectable()
export class Announcer {
  private readonly translate = inject(TranslateService);
  readonly text = signal('');
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** A translated text, e.g. to pass as a parameter of another one. */
  instant(key: string): string {
    return this.translate.instant(key) as string;
  }

  announce(key: string, params?: Record<string, string | number>): void {
    this.say(this.translate.instant(key, params) as string);
  }

  /** A text with plural forms (`key.one` / `key.other`), chosen by `count`. */
  announceCount(key: string, count: number, params: Record<string, string | number> = {}): void {
    this.say(this.translate.instant(pluralKey(this.translate, key, count), { ...params, count }) as string);
  }

  private say(text: string): void {
    // Clear first so the same sentence twice in a row is read twice.
    this.text.set('');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.text.set(text), 50);
  }
}
