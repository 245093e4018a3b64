import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateLoader, TranslateService, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { TRANSLATIONS } from '../../i18n';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'inbreng.lang';

/** Both languages ship in the bundle (a few kB), so switching never waits for the network. */
export class BundledTranslateLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of((lang === 'en' ? TRANSLATIONS.en : TRANSLATIONS.nl) as TranslationObject);
  }
}

@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  readonly current = signal<Language>('nl');

  init(): void {
    let stored: string | null = null;
    try {
      stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY) ?? null;
    } catch {
      stored = null; // storage can be blocked; Dutch is the default then
    }
    this.use(stored === 'en' ? 'en' : 'nl');
  }

  use(lang: Language): void {
    this.current.set(lang);
    this.translate.use(lang);
    this.document.documentElement.lang = lang;
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // not persisting the choice is acceptable
    }
  }
}
