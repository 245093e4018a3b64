import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ShortlistItem } from '@inbreng/contracts';
import type { Message } from '../participate/validation';

/** Step 2: tick the questions that matter most, up to the round's maximum, with a live counter. */
@Component({
  selector: 'app-pick-step',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate/participate.css', './ballot.css'],
  template: `
    <fieldset
      [class.invalid]="error()"
      [attr.aria-describedby]="error() ? 'b-pick-hint b-pick-error' : 'b-pick-hint'"
    >
      <legend>{{ 'prioritise.pick.legend' | translate: { max: maxPicks() } }}</legend>
      <p id="b-pick-hint" class="hint">{{ 'prioritise.pick.hint' | translate: { max: maxPicks() } }}</p>
      @if (error(); as e) {
        <p id="b-pick-error" class="field-error">{{ e.key | translate: e.params }}</p>
      }
      <p class="counter" [class.full]="full()" role="status" data-testid="pick-counter">
        {{ 'prioritise.pick.counter' | translate: { count: picked().length, max: maxPicks() } }}
        @if (refused()) {
          <span class="refused">{{ 'prioritise.pick.full' | translate: { max: maxPicks() } }}</span>
        }
      </p>
      @for (q of questions(); track q.researchQuestionId) {
        <div class="choice question-choice">
          <input
            type="checkbox"
            [id]="'b-pick-' + q.researchQuestionId"
            [checked]="chosen().has(q.researchQuestionId)"
            [attr.aria-invalid]="error() ? true : null"
            (change)="changed(q.researchQuestionId, $event)"
          />
          <label [for]="'b-pick-' + q.researchQuestionId">
            {{ q.text }}
            @if (q.population) {
              <span class="choice-hint">{{
                'prioritise.pick.population' | translate: { who: q.population }
              }}</span>
            }
          </label>
        </div>
      }
    </fieldset>
  `,
})
export class PickStepComponent {
  readonly questions = input.required<ShortlistItem[]>();
  readonly picked = input.required<string[]>();
  readonly maxPicks = input.required<number>();
  readonly error = input<Message | null>(null);
  /** Set by the page when the last tick was refused because the list was full. */
  readonly refused = input(false);
  readonly pickToggle = output<string>();

  protected readonly chosen = computed(() => new Set(this.picked()));
  protected readonly full = computed(() => this.picked().length >= this.maxPicks());

  protected changed(id: string, event: Event): void {
    const box = event.target as HTMLInputElement;
    // A refused tick must not stay ticked: the box shows the state the page keeps.
    if (box.checked && this.full()) box.checked = false;
    this.pickToggle.emit(id);
  }
}
