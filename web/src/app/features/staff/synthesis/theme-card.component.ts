import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { THEME_FRAMEWORKS, type Theme } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralPipe } from '../../../core/plural.pipe';
import { ThemeCountsComponent } from './theme-counts.component';
import { voiceLine } from './workbench-logic';
import { WorkbenchStore, themeDomId } from './workbench.store';

/** One theme in the workbench column: counts, mapping, history and its actions. Also a drop target. */
@Component({
  selector: 'app-theme-card',
  imports: [TranslatePipe, PluralPipe, RouterLink, ThemeCountsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './theme-card.component.html',
  styleUrls: ['../shared/staff.css', './theme-card.component.css'],
})
export class ThemeCardComponent {
  readonly theme = input.required<Theme>();
  /** 1-based place in the column; keys 1–9 assign the current submission to themes 1–9. */
  readonly number = input<number | null>(null);
  readonly split = output<Theme>();
  protected readonly store = inject(WorkbenchStore);

  protected readonly domId = computed(() => themeDomId(this.theme().id));
  protected readonly voices = computed(() => voiceLine(this.theme().suggestedCounts));
  protected readonly editing = signal(false);
  protected readonly name = signal('');
  protected readonly description = signal('');
  protected readonly mapping = signal('');
  protected readonly nameError = signal(false);
  protected readonly selected = computed(() => this.store.selectedThemes().has(this.theme().id));
  protected readonly busy = computed(() => this.store.busy() === `theme-${this.theme().id}`);
  protected readonly frameworkOptions = computed(() => {
    const code = this.store.frameworkCode();
    return code ? (THEME_FRAMEWORKS[code]?.themes ?? []) : [];
  });
  protected readonly frameworkLabel = computed(() => {
    const code = this.theme().frameworkCode;
    return code ? (this.frameworkOptions().find((o) => o.code === code)?.label ?? code) : null;
  });

  protected startEdit(): void {
    this.name.set(this.theme().name);
    this.description.set(this.theme().description);
    this.mapping.set(this.theme().frameworkCode ?? '');
    this.nameError.set(false);
    this.editing.set(true);
    this.store.focus(`${this.domId()}-name`);
  }

  protected cancelEdit(): void {
    this.editing.set(false);
    this.store.focus(`${this.domId()}-edit`);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const name = this.name().trim();
    if (!name) {
      this.nameError.set(true);
      this.store.focus(`${this.domId()}-name`);
      return;
    }
    const ok = await this.store.updateTheme(this.theme(), {
      name,
      description: this.description().trim(),
      ...(this.frameworkOptions().length ? { frameworkCode: this.mapping() || null } : {}),
    });
    if (ok) {
      this.editing.set(false);
      this.store.focus(`${this.domId()}-edit`);
    } else if (this.store.actionProblem()?.stale) {
      // The theme changed under us: close the form, so the next edit starts from the fresh name.
      this.editing.set(false);
    }
  }

  protected decide(decision: 'accept' | 'reject'): void {
    void this.store.decideTheme(this.theme(), decision);
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
