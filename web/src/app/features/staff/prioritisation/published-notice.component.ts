import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AgendaChange, AgendaPublicationStatus } from '@inbreng/contracts';
import { LanguageService } from '../../../core/i18n';
import { StaffDatePipe } from '../shared/staff-date.pipe';
import { changeKey } from './publication-changes';

/**
 * On a published round the page shows today's figures; this says that the public agenda is the record from
 * the day of publication, and what differs from it now.
 */
@Component({
  selector: 'app-published-notice',
  imports: [TranslatePipe, StaffDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css'],
  template: `
    @let s = status();
    <section class="box" aria-labelledby="pr-published-title" data-testid="published-notice">
      <h2 id="pr-published-title">{{ 'prioritisation.published.title' | translate }}</h2>
      @if (!s.fixed) {
        <p>
          {{ 'prioritisation.published.live' | translate: { date: (s.publishedAt | staffDate: lang()) } }}
        </p>
      } @else {
        <p>
          {{ 'prioritisation.published.fixed' | translate: { date: (s.publishedAt | staffDate: lang()) } }}
        </p>
        @if (s.changes.length) {
          <p id="pr-published-changes">
            <strong>{{ 'prioritisation.published.changed' | translate }}</strong>
          </p>
          <ul aria-labelledby="pr-published-changes">
            @for (c of s.changes; track $index) {
              <li>
                @if (c.kind === 'ballots') {
                  {{
                    key(c)
                      | translate
                        : {
                            group: ('priorityGroups.' + c.group | translate),
                            published: c.published,
                            now: c.now,
                          }
                  }}
                } @else {
                  {{ key(c) | translate: c }}
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'prioritisation.published.unchanged' | translate }}</p>
        }
      }
    </section>
  `,
})
export class PublishedNoticeComponent {
  readonly status = input.required<AgendaPublicationStatus>();
  protected readonly lang = inject(LanguageService).current;

  protected key(c: AgendaChange): string {
    return changeKey(c);
  }
}
