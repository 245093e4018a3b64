import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { SavedResponse } from '@inbreng/contracts';
import { firstValueFrom } from 'rxjs';
import { RETURN_CODE_LENGTH, normalizeReturnCode } from '../return-code';
import type { Message } from '../validation';
import { QuestionnaireApi } from './questionnaire.api';

/** "Verder met je code": fetches answers saved under a return code, e.g. started on another phone. */
@Component({
  selector: 'app-q-resume-form',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  template: `
    <details class="resume">
      <summary>{{ 'questionnaire.resume.summary' | translate }}</summary>
      <form novalidate (submit)="resume($event)">
        <div class="field">
          <label for="q-resume-code">{{ 'questionnaire.resume.label' | translate }}</label>
          <p id="q-resume-hint" class="hint">{{ 'myInput.codeHint' | translate }}</p>
          @if (error(); as e) {
            <p id="q-resume-error" class="field-error">{{ e.key | translate: e.params }}</p>
          }
          <input
            id="q-resume-code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            [value]="code()"
            [attr.aria-invalid]="error() ? true : null"
            [attr.aria-describedby]="'q-resume-hint' + (error() ? ' q-resume-error' : '')"
            (input)="setCode($event)"
          />
        </div>
        <button type="submit" class="button" [disabled]="busy()">
          {{ 'questionnaire.resume.submit' | translate }}
        </button>
      </form>
    </details>
  `,
  styles: `
    .resume {
      margin-top: 2rem;
      border-top: 1px solid #d5dde0;
      padding-top: 0.75rem;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      min-height: 44px;
      padding: 0.6rem 0;
      color: var(--color-primary);
    }
  `,
})
export class ResumeFormComponent {
  readonly slug = input.required<string>();
  readonly questionnaireId = input.required<string>();
  readonly resumed = output<SavedResponse>();
  private readonly api = inject(QuestionnaireApi);
  protected readonly code = signal('');
  protected readonly error = signal<Message | null>(null);
  protected readonly busy = signal(false);

  protected setCode(event: Event): void {
    this.code.set((event.target as HTMLInputElement).value);
  }

  protected async resume(event: Event): Promise<void> {
    event.preventDefault();
    const code = normalizeReturnCode(this.code());
    this.error.set(null);
    if (!code) return this.fail({ key: 'myInput.required' });
    if (code.length !== RETURN_CODE_LENGTH) return this.fail({ key: 'myInput.wrongLength' });
    this.busy.set(true);
    try {
      this.resumed.emit(await firstValueFrom(this.api.resume(this.slug(), this.questionnaireId(), code)));
    } catch (err) {
      this.fail({
        key:
          err instanceof HttpErrorResponse && err.status === 404
            ? 'questionnaire.resume.unknown'
            : 'questionnaire.errors.network',
      });
    } finally {
      this.busy.set(false);
    }
  }

  private fail(message: Message): void {
    this.error.set(message);
    document.getElementById('q-resume-code')?.focus();
  }
}
