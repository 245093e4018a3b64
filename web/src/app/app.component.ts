import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
import { LANGUAGES, Language, LanguageService } from './core/i18n';
import { SessionService } from './core/session.service';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
})
export class AppComponent {
  protected readonly languages = LANGUAGES;
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    void this.session.refresh();
    let first = true;
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        // After in-app navigation, move focus to the new content so screen readers announce it.
        if (!first) this.main().nativeElement.focus({ preventScroll: true });
        first = false;
      });
  }

  protected switchTo(lang: Language): void {
    this.language.use(lang);
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
