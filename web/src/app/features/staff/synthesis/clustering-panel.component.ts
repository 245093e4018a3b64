import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { THEME_FRAMEWORKS } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n';
import { StaffDatePipe } from '../shared/staff-date.pipe';
import { isRunActive } from './workbench-logic';
import { WorkbenchStore } from './workbench.store';

export const K_MIN = 2;
export const K_MAX = 60;

/** "Suggesties maken" (a background clustering run with live progress) and the round's theme framework. */
@Component({
  selector: 'app-clustering-panel',
  imports: [TranslatePipe, StaffDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <div class="panels">
      <form class="box no-shortcuts" aria-labelledby="run-title" (submit)="start($event)" novalidate>
        <h2 id="run-title">{{ 'synthesis.run.title' | translate }}</h2>
        <p class="hint">{{ 'synthesis.run.intro' | translate }}</p>
        <div class="field">
          <label for="run-k">{{ 'synthesis.run.k' | translate }}</label>
          <p class="hint" id="run-k-hint">
            {{ 'synthesis.run.kHint' | translate: { min: kMin, max: kMax } }}
          </p>
          <input
            id="run-k"
            type="number"
            inputmode="numeric"
            [min]="kMin"
            [max]="kMax"
            [value]="k()"
            [attr.aria-invalid]="kError()"
            [attr.aria-describedby]="kError() ? 'run-k-hint run-k-error' : 'run-k-hint'"
            (input)="k.set(text($event))"
          />
          @if (kError()) {
            <p class="field-error" id="run-k-error">
              {{ 'synthesis.run.kError' | translate: { min: kMin, max: kMax } }}
            </p>
          }
        </div>
        <button type="submit" class="button primary" [disabled]="active() || store.busy() === 'clustering'">
          {{ 'synthesis.run.start' | translate }}
        </button>
        @if (run(); as r) {
          @if (active()) {
            <div class="progress">
              <label for="run-progress">{{ 'synthesis.run.progress' | translate }}</label>
              <progress id="run-progress" max="100" [value]="r.progress">{{ r.progress }}%</progress>
              <span>{{ r.progress }}%</span>
              <p class="hint">{{ 'synthesis.run.status.' + r.status | translate }}</p>
            </div>
          } @else if (r.status === 'failed') {
            <p class="error">{{ 'synthesis.run.failed' | translate }}</p>
          } @else {
            <p class="hint">
              {{
                'synthesis.run.last'
                  | translate
                    : {
                        date: (r.finishedAt ?? r.createdAt | staffDate: lang()),
                        documents: r.documentCount,
                        k: r.k ?? '–',
                      }
              }}
            </p>
          }
        }
      </form>

      <form class="box no-shortcuts" aria-labelledby="framework-title" (submit)="saveFramework($event)">
        <h2 id="framework-title">{{ 'synthesis.framework.title' | translate }}</h2>
        <p class="hint">{{ 'synthesis.framework.intro' | translate }}</p>
        <div class="field">
          <label for="framework">{{ 'synthesis.framework.label' | translate }}</label>
          <select id="framework" (change)="framework.set(text($event))">
            <option value="" [selected]="!chosenFramework()">
              {{ 'synthesis.framework.none' | translate }}
            </option>
            @for (f of frameworks; track f.code) {
              <option [value]="f.code" [selected]="chosenFramework() === f.code">{{ f.label }}</option>
            }
          </select>
        </div>
        <button type="submit" class="button" [disabled]="store.busy() === 'framework'">
          {{ 'synthesis.framework.save' | translate }}
        </button>
      </form>
    </div>
  `,
  styles: `
    .panels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: 0 1rem;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 0.35rem;
    }
    input[type='number'] {
      max-width: 8rem;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      margin-top: 0.75rem;
    }
    .progress label {
      margin: 0;
    }
    .progress progress {
      flex: 1 1 8rem;
      height: 1rem;
      accent-color: var(--color-primary);
    }
    .progress .hint {
      flex-basis: 100%;
      margin: 0;
    }
  `,
})
export class ClusteringPanelComponent {
  protected readonly store = inject(WorkbenchStore);
  protected readonly lang = inject(LanguageService).current;
  protected readonly kMin = K_MIN;
  protected readonly kMax = K_MAX;
  protected readonly k = signal('');
  protected readonly kError = signal(false);
  protected readonly framework = signal<string | null>(null);
  protected readonly frameworks = Object.entries(THEME_FRAMEWORKS).map(([code, f]) => ({
    code,
    label: f.label,
  }));
  protected readonly run = this.store.run;
  protected readonly active = computed(() => isRunActive(this.run()));
  /** What the select shows: the moderator's pick, else the saved framework. */
  protected readonly chosenFramework = computed(() => this.framework() ?? this.store.frameworkCode() ?? '');

  protected start(event: Event): void {
    event.preventDefault();
    const raw = this.k().trim();
    const k = raw === '' ? null : Number(raw);
    const bad = k !== null && (!Number.isInteger(k) || k < K_MIN || k > K_MAX);
    this.kError.set(bad);
    if (bad) {
      this.store.focus('run-k');
      return;
    }
    void this.store.startClustering(k);
  }

  protected async saveFramework(event: Event): Promise<void> {
    event.preventDefault();
    if (await this.store.setFramework(this.chosenFramework() || null)) this.framework.set(null);
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
