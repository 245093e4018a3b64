import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { AGE_BANDS, type AgeBand, type ParticipantGroup } from '@inbreng/contracts';
import type { Message } from './validation';

/** Who a returning participant is, as the API keeps it. */
export interface KnownWho {
  group: ParticipantGroup;
  ageBand: AgeBand | null;
}

export function whoOf(group: ParticipantGroup, ageBand: AgeBand | null): KnownWho {
  return { group, ageBand: group === 'youth' ? ageBand : null };
}

/**
 * Step a: who the participant is, and for young people their age band. A returning participant (with
 * a return code) cannot change it: the API keeps their first group, so it is shown instead of asked.
 */
@Component({
  selector: 'app-who-step',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './participate.css',
  template: `
    @if (fixed(); as f) {
      <p data-testid="fixed-who">
        {{ 'participate.who.fixed' | translate }}
        <strong>
          {{ 'groups.' + f.group | translate }}
          @if (f.ageBand) {
            ({{ 'ageBands.' + f.ageBand | translate }})
          }
        </strong>
      </p>
      <p class="hint">{{ 'participate.who.fixedHint' | translate }}</p>
    } @else {
      <fieldset
        [class.invalid]="groupError()"
        [attr.aria-describedby]="groupError() ? 'p-group-error' : null"
      >
        <legend>{{ 'participate.who.groupLegend' | translate }}</legend>
        @if (groupError(); as e) {
          <p id="p-group-error" class="field-error">{{ e.key | translate: e.params }}</p>
        }
        @for (g of groups(); track g) {
          <div class="choice">
            <input
              type="radio"
              name="p-group"
              [id]="'p-group-' + g"
              [value]="g"
              [checked]="group() === g"
              [attr.aria-invalid]="groupError() ? true : null"
              (change)="groupChange.emit(g)"
            />
            <label [for]="'p-group-' + g">{{ 'groups.' + g | translate }}</label>
          </div>
        }
      </fieldset>
      @if (group() === 'youth') {
        <fieldset [class.invalid]="ageError()" [attr.aria-describedby]="ageError() ? 'p-age-error' : null">
          <legend>{{ 'participate.who.ageLegend' | translate }}</legend>
          @if (ageError(); as e) {
            <p id="p-age-error" class="field-error">{{ e.key | translate: e.params }}</p>
          }
          @for (a of ageBands; track a) {
            <div class="choice">
              <input
                type="radio"
                name="p-age"
                [id]="'p-age-' + a"
                [value]="a"
                [checked]="ageBand() === a"
                [attr.aria-invalid]="ageError() ? true : null"
                (change)="ageBandChange.emit(a)"
              />
              <label [for]="'p-age-' + a">{{ 'ageBands.' + a | translate }}</label>
            </div>
          }
        </fieldset>
      }
    }
  `,
})
export class WhoStepComponent {
  readonly groups = input.required<ParticipantGroup[]>();
  /** Set for a returning participant: shown as text, no choice. */
  readonly fixed = input<KnownWho | null>(null);
  readonly group = input<ParticipantGroup | null>(null);
  readonly ageBand = input<AgeBand | null>(null);
  readonly groupError = input<Message | null>(null);
  readonly ageError = input<Message | null>(null);
  readonly groupChange = output<ParticipantGroup>();
  readonly ageBandChange = output<AgeBand>();
  protected readonly ageBands = AGE_BANDS;
}
