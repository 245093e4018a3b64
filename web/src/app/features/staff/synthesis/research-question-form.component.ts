import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  EVIDENCE_STATUSES,
  RESEARCH_QUESTION_STATUSES,
  type EvidenceStatus,
  type ResearchQuestionStatus,
  type Theme,
} from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../shared/api-problem';
import { ErrorSummaryComponent } from '../../../shared/error-summary.component';
import type { FieldProblem } from '../shared/form-problem';
import { RQ_REFERENCES_MAX, RqFormValue, emptyRqForm, rqFieldId, validateRq } from './research-question-form';

type TextField = 'text' | 'population' | 'context' | 'notes';

/** Create/edit form of a research question. The page saves; this component validates and reports. */
@Component({
  selector: 'app-research-question-form',
  imports: [TranslatePipe, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './research-question-form.component.css'],
  templateUrl: './research-question-form.component.html',
})
export class ResearchQuestionFormComponent {
  readonly initial = input<RqFormValue>(emptyRqForm());
  /** Bumped by the page when it wants the form to show `initial` again (after a save or a reload). */
  readonly resetKey = input(0);
  readonly themes = input.required<Theme[]>();
  readonly mode = input<'create' | 'edit'>('create');
  readonly busy = input(false);
  readonly apiProblem = input<ApiProblem | null>(null);
  readonly save = output<RqFormValue>();

  protected readonly value = signal<RqFormValue>(emptyRqForm());
  protected readonly problems = signal<FieldProblem[]>([]);
  protected readonly evidenceStatuses = EVIDENCE_STATUSES;
  protected readonly statuses = RESEARCH_QUESTION_STATUSES.filter((s) => s !== 'merged');
  protected readonly maxReferences = RQ_REFERENCES_MAX;
  protected readonly id = rqFieldId;
  private readonly summary = viewChild.required(ErrorSummaryComponent);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      this.resetKey();
      const initial = this.initial();
      untracked(() => {
        this.value.set(structuredClone(initial));
        this.problems.set([]);
      });
    });
    // A failed save (server side) shows in the summary too; move focus there so it is read.
    effect(() => {
      if (this.apiProblem()) untracked(() => this.focusSummary());
    });
  }

  protected problemFor(id: string): FieldProblem | undefined {
    return this.problems().find((p) => p.target === id);
  }

  protected setText(field: TextField, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.value.update((v) => ({ ...v, [field]: text }));
  }

  protected toggleTheme(id: string): void {
    this.value.update((v) => ({
      ...v,
      themeIds: v.themeIds.includes(id) ? v.themeIds.filter((t) => t !== id) : [...v.themeIds, id],
    }));
  }

  protected setEvidence(status: EvidenceStatus): void {
    this.value.update((v) => ({ ...v, evidenceStatus: status }));
  }

  protected setStatus(event: Event): void {
    const status = (event.target as HTMLSelectElement).value as ResearchQuestionStatus;
    this.value.update((v) => ({ ...v, status }));
  }

  protected setReference(index: number, part: 'title' | 'url', event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.value.update((v) => ({
      ...v,
      references: v.references.map((r, i) => (i === index ? { ...r, [part]: text } : r)),
    }));
  }

  protected addReference(): void {
    const index = this.value().references.length;
    this.value.update((v) => ({ ...v, references: [...v.references, { title: '', url: '' }] }));
    this.focusLater(rqFieldId(`ref-title-${index}`));
  }

  protected removeReference(index: number): void {
    this.value.update((v) => ({ ...v, references: v.references.filter((_, i) => i !== index) }));
    this.focusLater('rq-add-reference');
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const problems = validateRq(this.value());
    this.problems.set(problems);
    if (problems.length) {
      this.focusSummary();
      return;
    }
    this.save.emit(this.value());
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary().focus(), { injector: this.injector });
  }

  private focusLater(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
