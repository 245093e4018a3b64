import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Answers, QuestionnaireDefinition } from '@inbreng/contracts';
import { validateDefinition } from '@inbreng/questionnaire';
import { QuestionnaireRunnerComponent } from '../../../participate/questionnaire/questionnaire-runner.component';

/**
 * The questionnaire as a respondent gets it, with the participant's own components: conditions,
 * checks and navigation work, nothing is saved. Shown only for a definition the rules accept.
 */
@Component({
  selector: 'app-questionnaire-preview',
  imports: [TranslatePipe, QuestionnaireRunnerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css'],
  template: `
    <div class="preview-frame">
      @if (valid()) {
        <p class="preview-title">{{ title() || ('qBuilder.newTitle' | translate) }}</p>
        @if (introduction()) {
          <p class="lead">{{ introduction() }}</p>
        }
        @if (finished()) {
          <p class="notice" role="status">{{ 'qBuilder.preview.finished' | translate }}</p>
          <button type="button" class="button" (click)="restart()">
            {{ 'qBuilder.preview.restart' | translate }}
          </button>
        } @else {
          <app-questionnaire-runner
            [definition]="definition()"
            [(answers)]="answers"
            [(section)]="section"
            finishLabel="qBuilder.preview.finish"
            (finished)="finished.set(true)"
          />
        }
      } @else {
        <p class="notice">{{ 'qBuilder.preview.invalid' | translate }}</p>
      }
    </div>
  `,
  styles: `
    .preview-frame {
      max-width: 40rem;
      border: 3px dashed var(--color-border);
      border-radius: var(--radius);
      padding: 1rem;
    }
    .preview-title {
      font-size: 1.5rem;
      font-weight: 700;
      margin: 0 0 0.5rem;
    }
  `,
})
export class QuestionnairePreviewComponent {
  readonly definition = input.required<QuestionnaireDefinition>();
  readonly title = input('');
  readonly introduction = input('');
  protected readonly answers = signal<Answers>({});
  protected readonly section = signal<string | null>(null);
  protected readonly finished = signal(false);
  protected readonly valid = computed(() => validateDefinition(this.definition()).length === 0);

  protected restart(): void {
    this.answers.set({});
    this.section.set(null);
    this.finished.set(false);
  }
}
