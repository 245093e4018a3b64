import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { PrioritisationSettings, PriorityGroup, UpdatePrioritisationRequest } from '@inbreng/contracts';
import type { ApiProblem } from '../shared/api-problem';
import { ErrorSummaryComponent } from '../../../shared/error-summary.component';
import type { FieldProblem, Message } from '../shared/form-problem';
import { summarise } from './form-fields';
import { type FormField, type SettingsForm, validateSettings, weightsForm } from './prioritisation-logic';
import { WeightsFieldsComponent } from './weights-fields.component';

/** While voting runs: weights and the low-response threshold may still change (the shortlist may not). */
@Component({
  selector: 'app-settings-form',
  imports: [TranslatePipe, ErrorSummaryComponent, WeightsFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './prioritisation.css'],
  template: `
    <section class="box" aria-labelledby="pr-settings-title">
      <h2 id="pr-settings-title">{{ 'prioritisation.settings.title' | translate }}</h2>
      <p>
        {{ 'prioritisation.methods.' + settings().method | translate }}
        @if (settings().method === 'ranking') {
          —
          {{
            'prioritisation.settings.picks' | translate: { max: settings().maxPicks, top: settings().rankTop }
          }}
        }
      </p>
      <app-error-summary audience="staff" [problems]="summary()" [general]="apiProblem()" />
      <form novalidate (submit)="submit($event)" [attr.aria-busy]="busy()">
        <app-weights-fields
          [weights]="form().weights"
          [minGroupBallots]="form().minGroupBallots"
          [errors]="inline()"
          (weightChange)="setWeight($event.group, $event.value)"
          (minChange)="setMin($event)"
        />
        <div class="actions">
          <button type="submit" class="button primary" [disabled]="busy()">
            {{ 'prioritisation.settings.save' | translate }}
          </button>
          <button type="button" class="button" (click)="equal()">
            {{ 'prioritisation.settings.equal' | translate }}
          </button>
        </div>
      </form>
      <p role="status" class="success">
        @if (saved()) {
          {{ 'prioritisation.settings.saved' | translate }}
        }
      </p>
    </section>
  `,
})
export class SettingsFormComponent {
  readonly settings = input.required<PrioritisationSettings>();
  readonly busy = input(false);
  readonly saved = input(false);
  readonly apiProblem = input<ApiProblem | null>(null);
  readonly save = output<UpdatePrioritisationRequest>();

  private readonly injector = inject(Injector);
  private readonly edited = signal<SettingsForm | null>(null);
  protected readonly form = computed<SettingsForm>(
    () =>
      this.edited() ?? {
        weights: weightsForm(this.settings().weights),
        minGroupBallots: String(this.settings().minGroupBallots),
      },
  );
  protected readonly summary = signal<FieldProblem[]>([]);
  protected readonly inline = signal<Partial<Record<FormField, Message>>>({});
  private readonly errorSummary = viewChild(ErrorSummaryComponent);

  protected setWeight(group: PriorityGroup, value: string): void {
    this.edited.set({ ...this.form(), weights: { ...this.form().weights, [group]: value } });
  }

  protected setMin(value: string): void {
    this.edited.set({ ...this.form(), minGroupBallots: value });
  }

  protected equal(): void {
    this.edited.set({
      ...this.form(),
      weights: { youth: '1', parent: '1', professional: '1', policy_research_education: '1' },
    });
  }

  /** After a save the form shows what the server now holds. */
  reset(): void {
    this.edited.set(null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const { problems, request } = validateSettings(this.form());
    const { summary, inline } = summarise(problems);
    this.summary.set(summary);
    this.inline.set(inline);
    if (request) this.save.emit(request);
    else afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }
}
