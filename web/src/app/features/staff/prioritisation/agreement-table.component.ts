import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PRIORITY_GROUPS, type PrioritisationResults } from '@inbreng/contracts';
import { LanguageService } from '../../../core/i18n';
import { agreementLevel, agreementMatrix } from './prioritisation-logic';

/** Kendall's tau between each pair of groups, as a number and in words, with an explanation. */
@Component({
  selector: 'app-agreement-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './prioritisation.css'],
  template: `
    <section aria-labelledby="pr-agreement-title">
      <h2 id="pr-agreement-title">{{ 'prioritisation.agreement.title' | translate }}</h2>
      <p>{{ 'prioritisation.agreement.explain' | translate }}</p>
      <ul class="hint">
        <li>{{ 'prioritisation.agreement.scale' | translate }}</li>
        <li>{{ 'prioritisation.agreement.empty' | translate }}</li>
      </ul>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="pr-agreement-caption">
        <table class="agreement">
          <caption id="pr-agreement-caption">
            {{
              'prioritisation.agreement.caption' | translate
            }}
          </caption>
          <thead>
            <tr>
              <td></td>
              @for (g of groups; track g) {
                <th scope="col">{{ 'priorityGroups.' + g | translate }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of matrix(); track row.group) {
              <tr>
                <th scope="row">{{ 'priorityGroups.' + row.group | translate }}</th>
                @for (c of row.cells; track c.group) {
                  @if (c.tau === undefined) {
                    <td class="diagonal"><span aria-hidden="true">—</span></td>
                  } @else {
                    <td [class]="'tau tau-' + level(c.tau)">
                      @if (c.tau !== null) {
                        <span class="tau-number">{{ format(c.tau) }}</span>
                      }
                      <span class="tau-words">{{
                        'prioritisation.agreement.levels.' + level(c.tau) | translate
                      }}</span>
                    </td>
                  }
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
})
export class AgreementTableComponent {
  readonly agreement = input.required<PrioritisationResults['agreement']>();
  private readonly lang = inject(LanguageService).current;
  protected readonly groups = PRIORITY_GROUPS;
  protected readonly matrix = computed(() => agreementMatrix(this.agreement()));
  private readonly formatter = computed(
    () =>
      new Intl.NumberFormat(this.lang() === 'en' ? 'en-GB' : 'nl-NL', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: 'exceptZero',
      }),
  );

  protected level(tau: number | null): string {
    return agreementLevel(tau);
  }

  protected format(tau: number): string {
    return this.formatter().format(tau);
  }
}
