import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { StaffRoundResponse, UpsertRoundRequest } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../shared/api-problem';
import { ErrorSummaryComponent } from '../../../shared/error-summary.component';
import type { FieldProblem, Message } from '../shared/form-problem';
import { RoundGroupsComponent } from './round-groups.component';
import { collectProblems, controlMessage } from './round-form.errors';
import {
  RETENTION_MAX,
  RETENTION_MIN,
  buildRoundForm,
  fillFromRound,
  prefillNew,
  toRequest,
} from './round-form.model';
import { AWTJ_INPUT_LINES, DEFAULT_LIFE_DOMAIN_OPTIONS, UTRECHT_WIJKEN, toCode } from './round-options';
import { RoundOptionsEditorComponent } from './round-options-editor.component';

type TextField = 'title' | 'slug' | 'introduction' | 'prompt' | 'retentionDays';

/** Create/edit form for a round. The page does the saving; this component validates and reports. */
@Component({
  selector: 'app-round-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ErrorSummaryComponent,
    RoundGroupsComponent,
    RoundOptionsEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-form.component.html',
  styleUrl: '../shared/staff.css',
})
export class RoundFormComponent {
  /** The round being edited; null creates a new one. */
  readonly round = input<StaffRoundResponse | null>(null);
  readonly busy = input(false);
  readonly apiProblem = input<ApiProblem | null>(null);
  /** Bumped by the page after a successful save, so the form shows what was stored. */
  readonly resetKey = input(0);
  readonly save = output<UpsertRoundRequest>();

  protected readonly form = buildRoundForm();
  private readonly fillKey = computed(() => `${this.round()?.id ?? 'new'}#${this.resetKey()}`);
  protected readonly submitted = signal(false);
  protected readonly problems = signal<FieldProblem[]>([]);
  protected readonly retention = { min: RETENTION_MIN, max: RETENTION_MAX };
  protected readonly lifeDomainPresets = [
    { labelKey: 'roundAdmin.lifeDomains.preset', options: DEFAULT_LIFE_DOMAIN_OPTIONS },
  ];
  protected readonly wijkPresets = [{ labelKey: 'roundAdmin.wijken.preset', options: UTRECHT_WIJKEN }];
  protected readonly inputLinePresets = [
    { labelKey: 'roundAdmin.inputLines.preset', options: AWTJ_INPUT_LINES },
  ];
  private readonly summary = viewChild.required(ErrorSummaryComponent);
  private readonly injector = inject(Injector);

  constructor() {
    // Refill only for another round or after a save: a status change must not wipe unsaved edits.
    effect(() => {
      this.fillKey();
      const round = untracked(this.round);
      if (round) fillFromRound(this.form, round);
      else prefillNew(this.form);
      this.submitted.set(false);
      this.problems.set([]);
    });
    // A refused save (400/409) is shown in the summary, which takes focus like local errors do.
    effect(() => {
      if (this.apiProblem()) this.focusSummary();
    });
  }

  protected isNew(): boolean {
    return this.round() === null;
  }

  protected bad(name: TextField): boolean {
    const c = this.form.controls[name];
    return (this.submitted() || c.touched) && c.invalid;
  }

  protected msg(name: TextField): Message {
    const field = name === 'slug' ? 'slug' : name === 'retentionDays' ? 'retention' : undefined;
    return controlMessage(this.form.controls[name], field) ?? { key: 'roundAdmin.errors.invalid' };
  }

  protected describedBy(name: string, hint: boolean): string | null {
    const ids = [hint ? `round-${name}-hint` : '', this.bad(name as TextField) ? `round-${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    return ids || null;
  }

  protected formError(key: string): boolean {
    return this.submitted() && !!this.form.errors?.[key];
  }

  protected accessModes(): Array<'keep' | 'set' | 'remove' | 'none'> {
    return this.round()?.hasAccessCode ? ['keep', 'set', 'remove'] : ['none', 'set'];
  }

  /** A new round gets a slug from its title, until the admin types one. */
  protected suggestSlug(): void {
    const { slug, title } = this.form.controls;
    if (this.isNew() && !slug.value && title.value.trim()) slug.setValue(toCode(title.value).slice(0, 80));
  }

  protected submit(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    const problems = collectProblems(this.form);
    this.problems.set(problems);
    if (problems.length || this.form.invalid) {
      this.focusSummary();
      return;
    }
    this.save.emit(toRequest(this.form));
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary().focus(), { injector: this.injector });
  }
}
