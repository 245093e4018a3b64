import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { PublicRoundSummary } from '@inbreng/contracts';
import { LanguageService } from '../../core/i18n';

@Component({
  selector: 'app-round-list',
  imports: [RouterLink, TranslatePipe, DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rounds().length) {
      <ul class="round-list">
        @for (r of rounds(); track r.slug) {
          <li class="round-item">
            <a class="round-link" [routerLink]="['/r', r.slug]">{{ r.title }}</a>
            <p>{{ r.introduction }}</p>
            @if (r.closesAt) {
              <p class="meta">
                {{
                  'rounds.closesAt'
                    | translate: { date: (r.closesAt | date: 'longDate' : undefined : language.current()) }
                }}
              </p>
            }
          </li>
        }
      </ul>
    } @else {
      <p>{{ 'rounds.noneOpen' | translate }}</p>
    }
  `,
})
export class RoundListComponent {
  readonly rounds = input.required<PublicRoundSummary[]>();
  protected readonly language = inject(LanguageService);
}
