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
    let lastPath: string | undefined;
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((e) => {
        // After navigating to another page, move focus to the new content so screen readers announce it;
        // query-parameter changes (filters, paging) stay where the user is.
        const path = (e as NavigationEnd).urlAfterRedirects.split(/[?#]/)[0];
        if (lastPath !== undefined && path !== lastPath)
          this.main().nativeElement.focus({ preventScroll: true });
        lastPath = path;
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
