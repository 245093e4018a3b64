import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import {
  OPEN_QUESTION_TYPES,
  type AnswerValue,
  type Answers,
  type QuestionnaireDefinition,
} from '@inbreng/contracts';
import { LanguageService } from '../../../core/i18n';
import { loadCrisisDetector, soundsLikeCrisis } from '../crisis';
import { HelpPanelComponent } from '../help-panel.component';
import type { Message } from '../validation';
import { QuestionComponent } from './question.component';
import { allProblems, controlId, problemMessage, stepProblems, visibleSteps } from './runner-logic';

const CRISIS_DEBOUNCE_MS = 400;

/** Open text in an answer: the text itself, or the "anders, namelijk …" text of a choice. */
function openText(value: AnswerValue | undefined): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value) && 'otherText' in value) {
    return typeof value.otherText === 'string' ? value.otherText : '';
  }
  return '';
}

/**
 * Goes through a questionnaire one section per screen: progress, back and next, inline messages
 * from the shared answer rules, focus on the new heading or the first problem, and the help panel as
 * soon as an open answer sounds like a crisis. Used by the participant page and the builder's preview;
 * saving is the page's job (`advanced`, `finished`).
 */
@Component({
  selector: 'app-questionnaire-runner',
  imports: [TranslatePipe, QuestionComponent, HelpPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  template: `
    @if (step(); as s) {
      <form novalidate class="runner" (submit)="next($event)" [attr.aria-busy]="busy()">
        <p class="progress-text" id="q-progress">
          {{ 'questionnaire.progress' | translate: { n: index() + 1, total: steps().length } }}
        </p>
        <div class="progress-bar" aria-hidden="true">
          <span [style.width.%]="((index() + 1) / steps().length) * 100"></span>
        </div>
        <h2 id="q-step-heading" tabindex="-1" aria-describedby="q-progress">{{ s.section.title }}</h2>
        @if (s.section.intro) {
          <p class="section-intro">{{ s.section.intro }}</p>
        }
        @for (q of s.questions; track q.key) {
          <app-q-question
            [question]="q"
            [value]="answers()[q.key]"
            [error]="errors().get(q.key) ?? null"
            (valueChange)="setAnswer(q.key, $event)"
          />
          @if (helpFor().has(q.key)) {
            <app-help-panel [headingLevel]="3" />
          }
        }
        <div class="step-buttons">
          @if (index() > 0) {
            <button type="button" class="button" (click)="back()">
              <span aria-hidden="true">←</span> {{ 'questionnaire.back' | translate }}
            </button>
          }
          <button type="submit" class="button primary" [disabled]="busy()">
            @if (isLast()) {
              {{ (busy() ? 'questionnaire.busy' : finishLabel()) | translate }}
            } @else {
              {{ 'questionnaire.next' | translate }} <span aria-hidden="true">→</span>
            }
          </button>
        </div>
      </form>
    } @else {
      <p class="notice">{{ 'questionnaire.empty' | translate }}</p>
    }
    <div class="visually-hidden" aria-live="polite" data-testid="q-announcer">
      @if (announcement(); as a) {
        {{ a.key | translate: a.params }}
      }
    </div>
  `,
})
export class QuestionnaireRunnerComponent {
  readonly definition = input.required<QuestionnaireDefinition>();
  readonly answers = model.required<Answers>();
  /** Key of the section on screen; null = the first one. */
  readonly section = model<string | null>(null);
  readonly busy = input(false);
  /** Open answers in which the API found crisis signals (after a save). */
  readonly urgentKeys = input<readonly string[]>([]);
  readonly finishLabel = input('questionnaire.submit');
  /** A screen passed its checks and the next one shows: the page saves progress. */
  readonly advanced = output<void>();
  /** The last screen passed its checks: the page hands the answers in. */
  readonly finished = output<void>();

  private readonly injector = inject(Injector);
  private readonly lang = inject(LanguageService).current;
  protected readonly announcement = signal<Message | null>(null);
  /** After a failed "next", the messages of this screen follow every change until it is fixed. */
  private readonly attempted = signal(false);
  private readonly crisisKeys = signal<ReadonlySet<string>>(new Set());
  private helpAnnounced = false;

  protected readonly steps = computed(() => visibleSteps(this.definition(), this.answers()));
  protected readonly index = computed(() => {
    const i = this.steps().findIndex((s) => s.section.key === this.section());
    return i < 0 ? 0 : i;
  });
  protected readonly step = computed(() => this.steps()[this.index()] ?? null);
  protected readonly isLast = computed(() => this.index() >= this.steps().length - 1);
  protected readonly errors = computed(() => {
    const out = new Map<string, Message>();
    const step = this.step();
    if (!step || !this.attempted()) return out;
    for (const p of stepProblems(this.definition(), this.answers(), step)) {
      const q = step.questions.find((x) => x.key === p.questionKey);
      if (!out.has(p.questionKey)) out.set(p.questionKey, problemMessage(p, q, this.lang()));
    }
    return out;
  });
  protected readonly helpFor = computed(() => new Set([...this.crisisKeys(), ...this.urgentKeys()]));

  constructor() {
    loadCrisisDetector().catch(() => undefined); // warm up; soundsLikeCrisis retries on failure
    effect((onCleanup) => {
      const step = this.step();
      const answers = this.answers();
      if (!step) return;
      const open = step.questions
        .filter((q) => OPEN_QUESTION_TYPES.includes(q.type) || 'options' in q)
        .map((q) => [q.key, openText(answers[q.key])] as const)
        .filter(([, text]) => text.trim() !== '');
      const timer = setTimeout(() => {
        for (const [key, text] of open) {
          void soundsLikeCrisis(text).then((hit) => hit && this.raiseHelp(key));
        }
      }, CRISIS_DEBOUNCE_MS);
      onCleanup(() => clearTimeout(timer));
    });
    effect(() => {
      // Help the API asked for is announced like help found while typing.
      if (this.urgentKeys().length) this.announceHelp();
    });
  }

  protected setAnswer(key: string, value: AnswerValue | undefined): void {
    this.answers.update((a) => {
      const next = { ...a };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
  }

  protected next(event: Event): void {
    event.preventDefault();
    const step = this.step();
    if (!step || this.busy()) return;
    this.attempted.set(true);
    if (this.errors().size) {
      this.focusFirstProblem();
      return;
    }
    if (this.isLast()) {
      const rest = allProblems(this.definition(), this.answers());
      const first = rest[0];
      if (first) {
        // A problem on an earlier screen (e.g. a required answer emptied there): go back to it.
        this.goTo(first.step, false);
        this.attempted.set(true);
        this.focusFirstProblem();
        return;
      }
      this.attempted.set(false);
      this.finished.emit();
      return;
    }
    this.advanced.emit();
    this.goTo(this.index() + 1);
  }

  protected back(): void {
    this.goTo(this.index() - 1);
  }

  /** Shows a screen and puts focus on its heading, so a screen reader starts reading there. */
  goTo(index: number, focusHeading = true): void {
    const target = this.steps()[Math.max(0, Math.min(index, this.steps().length - 1))];
    if (!target) return;
    this.attempted.set(false);
    this.section.set(target.section.key);
    if (focusHeading) this.focus('q-step-heading');
  }

  private focusFirstProblem(): void {
    const step = this.step();
    const first = step?.questions.find((q) => this.errors().has(q.key));
    if (first) this.focus(controlId(first));
  }

  private focus(id: string): void {
    afterNextRender(
      () => {
        const el = document.getElementById(id);
        el?.focus();
        el?.scrollIntoView({ block: 'center' });
      },
      { injector: this.injector },
    );
  }

  private raiseHelp(key: string): void {
    if (!this.crisisKeys().has(key)) this.crisisKeys.update((s) => new Set([...s, key]));
    this.announceHelp();
  }

  private announceHelp(): void {
    if (this.helpAnnounced) return;
    this.helpAnnounced = true;
    this.announcement.set({ key: 'questionnaire.helpAnnounced' });
  }
}
