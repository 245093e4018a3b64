import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import type { RoundOption } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralPipe } from '../../../core/plural.pipe';
import { OptionListName, controlMessage, listMessage, optionFieldId } from './round-form.errors';
import { OptionGroup, optionGroup } from './round-form.model';
import { toCode } from './round-options';

export interface OptionPreset {
  /** i18n key of the button text. */
  labelKey: string;
  options: RoundOption[];
}

/** An editable list of code + label rows (life domains, wijken, input lines). */
@Component({
  selector: 'app-round-options-editor',
  imports: [ReactiveFormsModule, TranslatePipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="box" [attr.aria-describedby]="'round-' + list() + '-hint'">
      <legend>{{ 'roundAdmin.' + list() + '.legend' | translate }}</legend>
      <p class="hint" [id]="'round-' + list() + '-hint'">
        {{ 'roundAdmin.' + list() + '.hint' | translate }}
      </p>
      @if (show() && listError(); as e) {
        <p class="field-error" [id]="'round-' + list() + '-error'">{{ e.key | translate: e.params }}</p>
      }
      <ol class="option-rows">
        @for (row of array().controls; track row; let i = $index) {
          <li class="option-row" [formGroup]="row">
            <div class="field">
              <label [for]="id('label', i)"
                >{{ 'roundAdmin.option.label' | translate }}
                <span class="visually-hidden">{{
                  'roundAdmin.option.row' | translate: { n: i + 1 }
                }}</span></label
              >
              <input
                type="text"
                [id]="id('label', i)"
                formControlName="label"
                (blur)="suggestCode(row)"
                [attr.aria-invalid]="bad(row.controls.label)"
                [attr.aria-describedby]="bad(row.controls.label) ? id('label', i) + '-error' : null"
              />
              @if (bad(row.controls.label)) {
                <p class="field-error" [id]="id('label', i) + '-error'">
                  {{ msg(row.controls.label).key | translate: msg(row.controls.label).params }}
                </p>
              }
            </div>
            <div class="field">
              <label [for]="id('code', i)"
                >{{ 'roundAdmin.option.code' | translate }}
                <span class="visually-hidden">{{
                  'roundAdmin.option.row' | translate: { n: i + 1 }
                }}</span></label
              >
              <input
                type="text"
                [id]="id('code', i)"
                formControlName="code"
                autocapitalize="off"
                spellcheck="false"
                [attr.aria-invalid]="bad(row.controls.code)"
                [attr.aria-describedby]="bad(row.controls.code) ? id('code', i) + '-error' : null"
              />
              @if (bad(row.controls.code)) {
                <p class="field-error" [id]="id('code', i) + '-error'">
                  {{ msg(row.controls.code, 'code').key | translate: msg(row.controls.code, 'code').params }}
                </p>
              }
            </div>
            <button type="button" class="button remove" (click)="remove(i)">
              {{ 'roundAdmin.option.remove' | translate }}
              <span class="visually-hidden">{{
                row.controls.label.value || ('roundAdmin.option.row' | translate: { n: i + 1 })
              }}</span>
            </button>
          </li>
        }
      </ol>
      <div class="actions option-actions">
        <button
          type="button"
          class="button"
          [id]="'round-' + list() + '-add'"
          [attr.aria-describedby]="show() && listError() ? 'round-' + list() + '-error' : null"
          (click)="add()"
        >
          {{ 'roundAdmin.' + list() + '.add' | translate }}
        </button>
        @for (p of presets(); track p.labelKey) {
          <button type="button" class="button" (click)="applyPreset(p)">{{ p.labelKey | translate }}</button>
        }
      </div>
      <p class="meta" role="status">
        @if (added() !== null) {
          {{ 'roundAdmin.option.added' | plural: added() ?? 0 }}
        }
      </p>
    </fieldset>
  `,
  styleUrl: '../shared/staff.css',
  styles: `
    .option-rows {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .option-row {
      display: grid;
      gap: 0 0.75rem;
      grid-template-columns: 1fr;
      border-bottom: 1px solid #d5dde0;
      padding-top: 0.5rem;
    }
    .option-row .remove {
      justify-self: start;
      margin-bottom: 0.75rem;
    }
    .option-actions {
      margin-top: 0.75rem;
    }
    @media (min-width: 40rem) {
      .option-row {
        grid-template-columns: 2fr 1.4fr auto;
        align-items: start;
      }
      .option-row .remove {
        margin-top: 1.9rem;
      }
    }
  `,
})
export class RoundOptionsEditorComponent {
  readonly array = input.required<FormArray<OptionGroup>>();
  readonly list = input.required<OptionListName>();
  readonly submitted = input(false);
  readonly presets = input<OptionPreset[]>([]);
  protected readonly added = signal<number | null>(null);
  private readonly injector = inject(Injector);

  protected id(part: 'code' | 'label', index: number): string {
    return optionFieldId(this.list(), part, index);
  }

  protected show(): boolean {
    return this.submitted() || this.array().touched;
  }

  protected listError() {
    return listMessage(this.array(), this.list());
  }

  protected bad(control: OptionGroup['controls']['code']): boolean {
    return (this.submitted() || control.touched) && control.invalid;
  }

  protected msg(control: OptionGroup['controls']['code'], field?: 'code') {
    return controlMessage(control, field) ?? { key: 'roundAdmin.errors.invalid' };
  }

  /** A new row with a label but no code gets a code made from the label. */
  protected suggestCode(row: OptionGroup): void {
    const { code, label } = row.controls;
    if (!code.value.trim() && label.value.trim()) code.setValue(toCode(label.value));
  }

  protected add(): void {
    this.array().push(optionGroup());
    this.focusLater(this.id('label', this.array().length - 1));
  }

  protected remove(index: number): void {
    this.array().removeAt(index);
    this.array().markAsTouched();
    const next = index < this.array().length ? this.id('label', index) : `round-${this.list()}-add`;
    this.focusLater(next);
  }

  protected applyPreset(preset: OptionPreset): void {
    const have = new Set(this.array().controls.map((r) => r.controls.code.value.toLowerCase()));
    const added = preset.options.filter((o) => !have.has(o.code.toLowerCase()));
    for (const o of added) this.array().push(optionGroup(o));
    this.added.set(added.length);
  }

  private focusLater(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
