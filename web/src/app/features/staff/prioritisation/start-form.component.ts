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
import { PluralPipe } from '../../../core/plural.pipe';
import {
  PRIORITISATION_METHODS,
  type PrioritisationMethod,
  type PriorityGroup,
  type ResearchQuestion,
  type StartPrioritisationRequest,
} from '@inbreng/contracts';
import type { ApiProblem } from '../shared/api-problem';
import { ErrorSummaryComponent } from '../../../shared/error-summary.component';
import type { FieldProblem, Message } from '../shared/form-problem';
import { summarise } from './form-fields';
import {
  type FormField,
  LIMITS,
  type StartForm,
  defaultStartForm,
  liveQuestions,
  validateStart,
} from './prioritisation-logic';
import { WeightsFieldsComponent } from './weights-fields.component';

/** Start prioritisation: the shortlist, the method and its settings, weights and threshold. */
@Component({
  selector: 'app-start-form',
  imports: [TranslatePipe, PluralPipe, ErrorSummaryComponent, WeightsFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './prioritisation.css'],
  template: `
    <app-error-summary audience="staff" [problems]="summary()" [general]="apiProblem()" />
    <form novalidate (submit)="submit($event)" [attr.aria-busy]="busy()">
      <fieldset
        class="box"
        [attr.aria-describedby]="
          inline().shortlist ? 'pr-shortlist-hint pr-shortlist-error' : 'pr-shortlist-hint'
        "
      >
        <legend>{{ 'prioritisation.form.labels.shortlist' | translate }}</legend>
        <p id="pr-shortlist-hint" class="hint">
          {{
            'prioritisation.form.shortlistHint'
              | translate: { count: form().shortlist.length, total: live().length }
          }}
        </p>
        @if (inline().shortlist; as e) {
          <p id="pr-shortlist-error" class="field-error">{{ e.key | translate: e.params }}</p>
        }
        <div class="actions">
          <button type="button" class="button" (click)="selectAll(true)">
            {{ 'prioritisation.form.all' | translate }}
          </button>
          <button type="button" class="button" (click)="selectAll(false)">
            {{ 'prioritisation.form.none' | translate }}
          </button>
        </div>
        <ul class="shortlist">
          @for (q of live(); track q.id) {
            <li class="check">
              <input
                type="checkbox"
                [id]="'pr-shortlist-' + q.id"
                [checked]="chosen().has(q.id)"
                (change)="toggle(q.id, $event)"
              />
              <label [for]="'pr-shortlist-' + q.id">
                {{ q.text }}
                <span class="hint">
                  {{ 'prioritisation.form.questionMeta' | plural: q.submissionCount }}
                  · {{ 'rq.status.' + q.status | translate }}
                </span>
              </label>
            </li>
          } @empty {
            <li>{{ 'prioritisation.form.noQuestions' | translate }}</li>
          }
        </ul>
      </fieldset>

      <fieldset class="box">
        <legend>{{ 'prioritisation.form.method' | translate }}</legend>
        @for (m of methods; track m) {
          <div class="check">
            <input
              type="radio"
              name="pr-method"
              [id]="'pr-method-' + m"
              [checked]="form().method === m"
              (change)="setMethod(m)"
            />
            <label [for]="'pr-method-' + m">
              {{ 'prioritisation.methods.' + m | translate }}
              <span class="hint block">{{ 'prioritisation.methods.' + m + 'Hint' | translate }}</span>
            </label>
          </div>
        }
        @if (form().method === 'ranking') {
          <div class="field narrow-field">
            <label for="pr-max-picks">{{ 'prioritisation.form.labels.maxPicks' | translate }}</label>
            <p id="pr-max-picks-hint" class="hint">
              {{ 'prioritisation.form.maxPicksHint' | translate: limits.maxPicks }}
            </p>
            @if (inline().maxPicks; as e) {
              <p id="pr-max-picks-error" class="field-error">{{ e.key | translate: e.params }}</p>
            }
            <input
              id="pr-max-picks"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              [value]="form().maxPicks"
              [attr.aria-invalid]="inline().maxPicks ? true : null"
              [attr.aria-describedby]="
                inline().maxPicks ? 'pr-max-picks-hint pr-max-picks-error' : 'pr-max-picks-hint'
              "
              (input)="set('maxPicks', $event)"
            />
          </div>
          <div class="field narrow-field">
            <label for="pr-rank-top">{{ 'prioritisation.form.labels.rankTop' | translate }}</label>
            <p id="pr-rank-top-hint" class="hint">
              {{ 'prioritisation.form.rankTopHint' | translate: limits.rankTop }}
            </p>
            @if (inline().rankTop; as e) {
              <p id="pr-rank-top-error" class="field-error">{{ e.key | translate: e.params }}</p>
            }
            <input
              id="pr-rank-top"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              [value]="form().rankTop"
              [attr.aria-invalid]="inline().rankTop ? true : null"
              [attr.aria-describedby]="
                inline().rankTop ? 'pr-rank-top-hint pr-rank-top-error' : 'pr-rank-top-hint'
              "
              (input)="set('rankTop', $event)"
            />
          </div>
        }
      </fieldset>

      <div class="box">
        <app-weights-fields
          [weights]="form().weights"
          [minGroupBallots]="form().minGroupBallots"
          [errors]="inline()"
          (weightChange)="setWeight($event.group, $event.value)"
          (minChange)="setMin($event)"
        />
      </div>

      <p class="hint">{{ 'prioritisation.form.startNote' | translate }}</p>
      <button type="submit" class="button primary" [disabled]="busy()">
        {{ (busy() ? 'prioritisation.form.starting' : 'prioritisation.form.start') | translate }}
      </button>
    </form>
  `,
})
export class StartFormComponent {
  readonly questions = input.required<ResearchQuestion[]>();
  readonly busy = input(false);
  readonly apiProblem = input<ApiProblem | null>(null);
  readonly startRequested = output<StartPrioritisationRequest>();

  private readonly injector = inject(Injector);
  protected readonly methods = PRIORITISATION_METHODS;
  protected readonly limits = LIMITS;
  protected readonly live = computed(() => liveQuestions(this.questions()));
  private readonly edited = signal<StartForm | null>(null);
  /** The defaults follow the questions until the moderator changes something. */
  protected readonly form = computed(() => this.edited() ?? defaultStartForm(this.questions()));
  protected readonly chosen = computed(() => new Set(this.form().shortlist));
  protected readonly summary = signal<FieldProblem[]>([]);
  protected readonly inline = signal<Partial<Record<FormField, Message>>>({});
  private readonly errorSummary = viewChild(ErrorSummaryComponent);

  protected toggle(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const rest = this.form().shortlist.filter((x) => x !== id);
    // Keep the order of the question list, whatever order the boxes were ticked in.
    const next = on
      ? this.live()
          .filter((q) => q.id === id || rest.includes(q.id))
          .map((q) => q.id)
      : rest;
    this.patch({ shortlist: next });
  }

  protected selectAll(on: boolean): void {
    this.patch({ shortlist: on ? this.live().map((q) => q.id) : [] });
  }

  protected setMethod(method: PrioritisationMethod): void {
    this.patch({ method });
  }

  protected set(field: 'maxPicks' | 'rankTop', event: Event): void {
    this.patch({ [field]: (event.target as HTMLInputElement).value });
  }

  protected setWeight(group: PriorityGroup, value: string): void {
    this.patch({ weights: { ...this.form().weights, [group]: value } });
  }

  protected setMin(value: string): void {
    this.patch({ minGroupBallots: value });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const { problems, request } = validateStart(this.form());
    const { summary, inline } = summarise(problems, this.live()[0]?.id);
    this.summary.set(summary);
    this.inline.set(inline);
    if (request) {
      this.startRequested.emit(request);
      return;
    }
    afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }

  /** After a refused start the parent calls this so the server's reasons are read out. */
  focusSummary(): void {
    afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }

  private patch(change: Partial<StartForm>): void {
    this.edited.set({ ...this.form(), ...change });
  }
}
