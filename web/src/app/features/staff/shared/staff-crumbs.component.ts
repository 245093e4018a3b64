import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

export interface Crumb {
  /** i18n key, or plain text when `plain` is true (e.g. a round title). */
  label: string;
  plain?: boolean;
  link?: string;
  query?: Record<string, string>;
}

/** "Medewerkers › Ronde › Moderatie": where a staff page sits. The last crumb is the current page. */
@Component({
  selector: 'app-staff-crumbs',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="crumbs" [attr.aria-label]="'staffArea.crumbsLabel' | translate">
      <ol>
        @for (c of crumbs(); track $index; let last = $last) {
          <li>
            @if (c.link && !last) {
              <a [routerLink]="c.link" [queryParams]="c.query">{{
                c.plain ? c.label : (c.label | translate)
              }}</a>
            } @else {
              <span [attr.aria-current]="last ? 'page' : null">{{
                c.plain ? c.label : (c.label | translate)
              }}</span>
            }
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    .crumbs ol {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      margin: 0 0 0.75rem;
      padding: 0;
      font-size: 0.95rem;
    }
    .crumbs li + li::before {
      content: '›' / '';
      color: var(--color-muted);
    }
    .crumbs li {
      display: flex;
      align-items: center;
      gap: 0.35rem;
    }
    .crumbs a {
      display: inline-block;
      padding: 0.6rem 0;
    }
    .crumbs span {
      overflow-wrap: anywhere;
    }
  `,
})
export class StaffCrumbsComponent {
  readonly crumbs = input.required<Crumb[]>();
}
