import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { ResearchQuestion, Theme } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { RQ_TEXT_MAX, RQ_TEXT_MIN } from './research-question-form';

export interface SplitChoice {
  text: string;
  themeIds: string[];
}

/** Merge other research questions into this one, or split a new one off with some of its themes. */
@Component({
  selector: 'app-rq-merge-split',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <form class="box" aria-labelledby="rq-merge-title" (submit)="submitMerge($event)" novalidate>
      <h2 id="rq-merge-title">{{ 'rq.merge.title' | translate }}</h2>
      <p class="hint">{{ 'rq.merge.intro' | translate }}</p>
      @if (candidates().length) {
        <fieldset>
          <legend>{{ 'rq.merge.pick' | translate }}</legend>
          @if (mergeError()) {
            <p class="field-error" role="alert">{{ 'rq.merge.pickFirst' | translate }}</p>
          }
          @for (q of candidates(); track q.id) {
            <div class="check">
              <input
                type="checkbox"
                [id]="'rq-merge-' + q.id"
                [checked]="picked().has(q.id)"
                (change)="toggle(q.id)"
              />
              <label [for]="'rq-merge-' + q.id">{{ q.text }}</label>
            </div>
          }
        </fieldset>
        <button type="submit" class="button" [disabled]="busy()">
          {{ 'rq.merge.submit' | translate: { count: picked().size } }}
        </button>
      } @else {
        <p>{{ 'rq.merge.none' | translate }}</p>
      }
    </form>

    <form class="box" aria-labelledby="rq-split-title" (submit)="submitSplit($event)" novalidate>
      <h2 id="rq-split-title">{{ 'rq.split.title' | translate }}</h2>
      <p class="hint">{{ 'rq.split.intro' | translate }}</p>
      @if (splitError(); as e) {
        <p class="field-error" role="alert">{{ 'rq.split.errors.' + e | translate: limits }}</p>
      }
      <div class="field">
        <label for="rq-split-text">{{ 'rq.split.text' | translate }}</label>
        <textarea
          id="rq-split-text"
          rows="2"
          maxlength="1000"
          [value]="splitText()"
          [attr.aria-invalid]="splitError() === 'text'"
          (input)="splitText.set(value($event))"
        ></textarea>
      </div>
      <fieldset>
        <legend>{{ 'rq.split.themes' | translate }}</legend>
        @for (t of themes(); track t.id) {
          <div class="check">
            <input
              type="checkbox"
              [id]="'rq-split-theme-' + t.id"
              [checked]="splitThemes().has(t.id)"
              (change)="toggleSplitTheme(t.id)"
            />
            <label [for]="'rq-split-theme-' + t.id">{{ t.name }}</label>
          </div>
        }
      </fieldset>
      <button type="submit" class="button" [disabled]="busy()">{{ 'rq.split.submit' | translate }}</button>
    </form>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 2rem;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 0.35rem;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 0.75rem;
      min-width: 0;
    }
    label {
      overflow-wrap: anywhere;
    }
  `,
})
export class RqMergeSplitComponent {
  readonly question = input.required<ResearchQuestion>();
  /** All research questions of the round (merge candidates are the other live ones). */
  readonly all = input.required<ResearchQuestion[]>();
  /** The themes of this question. */
  readonly themes = input.required<Theme[]>();
  readonly busy = input(false);
  readonly merge = output<ResearchQuestion[]>();
  readonly split = output<SplitChoice>();

  protected readonly limits = { min: RQ_TEXT_MIN, max: RQ_TEXT_MAX };
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  protected readonly mergeError = signal(false);
  protected readonly splitText = signal('');
  protected readonly splitThemes = signal<ReadonlySet<string>>(new Set());
  protected readonly splitError = signal<'text' | null>(null);
  protected readonly candidates = computed(() =>
    this.all().filter((q) => q.id !== this.question().id && q.status !== 'merged'),
  );

  /** Called by the page after a successful merge or split. */
  reset(): void {
    this.picked.set(new Set());
    this.splitText.set('');
    this.splitThemes.set(new Set());
    this.mergeError.set(false);
    this.splitError.set(null);
  }

  protected toggle(id: string): void {
    this.picked.update((s) => toggled(s, id));
  }

  protected toggleSplitTheme(id: string): void {
    this.splitThemes.update((s) => toggled(s, id));
  }

  protected submitMerge(event: Event): void {
    event.preventDefault();
    const chosen = this.candidates().filter((q) => this.picked().has(q.id));
    this.mergeError.set(!chosen.length);
    if (chosen.length) this.merge.emit(chosen);
  }

  protected submitSplit(event: Event): void {
    event.preventDefault();
    const text = this.splitText().trim();
    const bad = text.length < RQ_TEXT_MIN || text.length > RQ_TEXT_MAX;
    this.splitError.set(bad ? 'text' : null);
    // No themes picked: the new question starts with all of them.
    const picked = [...this.splitThemes()];
    if (!bad) this.split.emit({ text, themeIds: picked.length ? picked : [...this.question().themeIds] });
  }

  protected value(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}
