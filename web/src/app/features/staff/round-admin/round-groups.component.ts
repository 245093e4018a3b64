import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { PARTICIPANT_GROUPS, type ParticipantGroup } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { controlMessage } from './round-form.errors';
import { RoundForm } from './round-form.model';

/** Which groups may take part, and an optional question per group. */
@Component({
  selector: 'app-round-groups',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="box"
      [formGroup]="form().controls.allowedGroups"
      [attr.aria-describedby]="noGroup() ? 'round-groups-error' : null"
    >
      <legend>{{ 'roundAdmin.fields.allowedGroups' | translate }}</legend>
      @if (noGroup()) {
        <p class="field-error" id="round-groups-error">{{ 'roundAdmin.errors.noGroup' | translate }}</p>
      }
      <div class="checks">
        @for (g of groups; track g) {
          <div class="check">
            <input type="checkbox" [id]="'round-group-' + g" [formControlName]="g" />
            <label [for]="'round-group-' + g">{{ 'staffGroups.' + g | translate }}</label>
          </div>
        }
      </div>
    </fieldset>
    <fieldset class="box" [formGroup]="form().controls.groupPrompts">
      <legend>{{ 'roundAdmin.fields.groupPrompts' | translate }}</legend>
      <p class="meta">{{ 'roundAdmin.groupPromptsHint' | translate }}</p>
      @for (g of checked(); track g) {
        <div class="field">
          <label [for]="'round-prompt-' + g">{{ 'roundAdmin.groupPromptFor.' + g | translate }}</label>
          <textarea
            rows="2"
            [id]="'round-prompt-' + g"
            [formControlName]="g"
            [attr.aria-invalid]="bad(g)"
            [attr.aria-describedby]="bad(g) ? 'round-prompt-' + g + '-error' : null"
          ></textarea>
          @if (bad(g)) {
            <p class="field-error" [id]="'round-prompt-' + g + '-error'">
              {{ 'roundAdmin.errors.maxLength' | translate: { max: 1000 } }}
            </p>
          }
        </div>
      } @empty {
        <p>{{ 'roundAdmin.groupPromptsNone' | translate }}</p>
      }
    </fieldset>
  `,
  styleUrl: '../shared/staff.css',
  styles: `
    .checks {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0 1rem;
    }
  `,
})
export class RoundGroupsComponent {
  readonly form = input.required<RoundForm>();
  readonly submitted = input(false);
  protected readonly groups = PARTICIPANT_GROUPS;

  protected checked(): ParticipantGroup[] {
    const value = this.form().controls.allowedGroups.getRawValue();
    return PARTICIPANT_GROUPS.filter((g) => value[g]);
  }

  protected noGroup(): boolean {
    const ctl = this.form().controls.allowedGroups;
    return (this.submitted() || ctl.touched) && !!ctl.errors?.['noneChecked'];
  }

  protected bad(g: ParticipantGroup): boolean {
    return controlMessage(this.form().controls.groupPrompts.controls[g]) !== null;
  }
}
