import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** Previous / "pagina n van m" / next under a long list; hidden when everything fits on one page. */
@Component({
  selector: 'app-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './staff.css',
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="'moderation.pager.label' | translate">
        <button type="button" class="button" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
          {{ 'moderation.pager.previous' | translate }}
        </button>
        <span>{{ 'moderation.pager.position' | translate: { page: page(), pages: pages() } }}</span>
        <button
          type="button"
          class="button"
          [disabled]="page() >= pages()"
          (click)="pageChange.emit(page() + 1)"
        >
          {{ 'moderation.pager.next' | translate }}
        </button>
      </nav>
    }
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
      margin-top: 1.5rem;
    }
  `,
})
export class PagerComponent {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly pageChange = output<number>();
}
