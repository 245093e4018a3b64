import { Directive, computed, input, output } from '@angular/core';
import type { AnswerValue, Question } from '@inbreng/contracts';
import type { Message } from '../validation';

/**
 * What every question control shares: the question, its answer, its error and the ids that tie help
 * and error text to the control (aria-describedby), so screen readers read them with it.
 */
@Directive()
export abstract class QuestionControl<Q extends Question = Question> {
  readonly question = input.required<Q>();
  readonly value = input<AnswerValue | undefined>(undefined);
  readonly error = input<Message | null>(null);
  readonly valueChange = output<AnswerValue | undefined>();

  protected readonly base = computed(() => `q-${this.question().key}`);
  protected readonly helpId = computed(() => `${this.base()}-help`);
  protected readonly errorId = computed(() => `${this.base()}-error`);
  protected readonly describedBy = computed(() => {
    const ids = [this.question().help ? this.helpId() : null, this.error() ? this.errorId() : null];
    const list = ids.filter((id): id is string => !!id);
    return list.length ? list.join(' ') : null;
  });
}

/** Text from an input or textarea event. */
export function eventText(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}
