import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  PARTICIPANT_GROUPS,
  type GroupPrompts,
  type ParticipantGroup,
  type RoundOption,
  type StaffRoundResponse,
  type UpsertRoundRequest,
} from '@inbreng/contracts';

import {
  DEFAULT_LIFE_DOMAIN_OPTIONS,
  OPTION_CODE_PATTERN,
  SLUG_PATTERN,
  fromLocalInput,
  toLocalInput,
} from './round-options';
export const RETENTION_MIN = 30;
export const RETENTION_MAX = 3650;

export type OptionGroup = FormGroup<{ code: FormControl<string>; label: FormControl<string> }>;
export type AccessCodeMode = 'keep' | 'set' | 'remove' | 'none';

export function optionGroup(option: RoundOption = { code: '', label: '' }): OptionGroup {
  return new FormGroup({
    code: new FormControl(option.code, {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(OPTION_CODE_PATTERN)],
    }),
    label: new FormControl(option.label, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(80)],
    }),
  });
}

const text = (value: string, ...validators: Array<(c: AbstractControl) => ValidationErrors | null>) =>
  new FormControl(value, { nonNullable: true, validators });

function groupRecord<T>(make: (g: ParticipantGroup) => T): Record<ParticipantGroup, T> {
  return Object.fromEntries(PARTICIPANT_GROUPS.map((g) => [g, make(g)])) as Record<ParticipantGroup, T>;
}

export function buildRoundForm() {
  return new FormGroup(
    {
      slug: text('', Validators.required, Validators.pattern(SLUG_PATTERN)),
      title: text('', Validators.required, Validators.minLength(3), Validators.maxLength(200)),
      introduction: text('', Validators.required, Validators.maxLength(2000)),
      prompt: text('', Validators.required, Validators.maxLength(1000)),
      allowedGroups: new FormGroup(
        groupRecord(() => new FormControl(false, { nonNullable: true })),
        { validators: atLeastOneChecked },
      ),
      groupPrompts: new FormGroup(groupRecord(() => text('', Validators.maxLength(1000)))),
      lifeDomains: new FormArray<OptionGroup>([], {
        validators: [Validators.minLength(1), Validators.maxLength(30), uniqueCodes],
      }),
      wijken: new FormArray<OptionGroup>([], { validators: [Validators.maxLength(100), uniqueCodes] }),
      inputLines: new FormArray<OptionGroup>([], { validators: [Validators.maxLength(10), uniqueCodes] }),
      opensAt: text(''),
      closesAt: text(''),
      accessCodeMode: new FormControl<AccessCodeMode>('none', { nonNullable: true }),
      accessCode: text(''),
      retentionDays: new FormControl<number | null>(730, {
        validators: [Validators.required, Validators.min(RETENTION_MIN), Validators.max(RETENTION_MAX)],
      }),
    },
    { validators: [closesAfterOpens, accessCodeWhenSetting] },
  );
}

export type RoundForm = ReturnType<typeof buildRoundForm>;

function atLeastOneChecked(group: AbstractControl): ValidationErrors | null {
  return Object.values((group as FormGroup).controls).some((c) => c.value === true)
    ? null
    : { noneChecked: true };
}

function uniqueCodes(array: AbstractControl): ValidationErrors | null {
  const codes = (array as FormArray<OptionGroup>).controls
    .map((g) => g.controls.code.value.trim().toLowerCase())
    .filter((c) => c !== '');
  return new Set(codes).size === codes.length ? null : { duplicateCode: true };
}

function closesAfterOpens(form: AbstractControl): ValidationErrors | null {
  const opens = form.get('opensAt')?.value as string;
  const closes = form.get('closesAt')?.value as string;
  if (!opens || !closes) return null;
  return new Date(closes) > new Date(opens) ? null : { closesBeforeOpens: true };
}

/** The code only counts when the admin chose to set one; API rule: 4–100 characters. */
function accessCodeWhenSetting(form: AbstractControl): ValidationErrors | null {
  if ((form.get('accessCodeMode')?.value as AccessCodeMode) !== 'set') return null;
  const length = (form.get('accessCode')?.value as string).trim().length;
  if (length === 0) return { accessCodeMissing: true };
  return length < 4 || length > 100 ? { accessCodeLength: true } : null;
}

function setOptions(array: FormArray<OptionGroup>, options: RoundOption[]): void {
  array.clear();
  for (const o of options) array.push(optionGroup(o));
}

export function prefillNew(form: RoundForm): void {
  setOptions(form.controls.lifeDomains, DEFAULT_LIFE_DOMAIN_OPTIONS);
  form.controls.accessCodeMode.setValue('none');
}

export function fillFromRound(form: RoundForm, round: StaffRoundResponse): void {
  form.patchValue({
    slug: round.slug,
    title: round.title,
    introduction: round.introduction,
    prompt: round.prompt,
    allowedGroups: groupRecord((g) => round.allowedGroups.includes(g)),
    groupPrompts: groupRecord((g) => round.groupPrompts[g] ?? ''),
    opensAt: toLocalInput(round.opensAt),
    closesAt: toLocalInput(round.closesAt),
    accessCodeMode: round.hasAccessCode ? 'keep' : 'none',
    accessCode: '',
    retentionDays: round.retentionDays,
  });
  setOptions(form.controls.lifeDomains, round.lifeDomains);
  setOptions(form.controls.wijken, round.wijken);
  setOptions(form.controls.inputLines, round.inputLines);
  form.markAsPristine();
  form.markAsUntouched();
}

const options = (array: FormArray<OptionGroup>): RoundOption[] =>
  array.controls.map((g) => ({ code: g.controls.code.value.trim(), label: g.controls.label.value.trim() }));

export function toRequest(form: RoundForm): UpsertRoundRequest {
  const v = form.getRawValue();
  const allowedGroups = PARTICIPANT_GROUPS.filter((g) => v.allowedGroups[g]);
  const groupPrompts: GroupPrompts = {};
  for (const g of allowedGroups) {
    const prompt = v.groupPrompts[g].trim();
    if (prompt) groupPrompts[g] = prompt;
  }
  const request: UpsertRoundRequest = {
    slug: v.slug.trim(),
    title: v.title.trim(),
    introduction: v.introduction.trim(),
    prompt: v.prompt.trim(),
    groupPrompts,
    allowedGroups,
    lifeDomains: options(form.controls.lifeDomains),
    wijken: options(form.controls.wijken),
    inputLines: options(form.controls.inputLines),
    opensAt: fromLocalInput(v.opensAt),
    closesAt: fromLocalInput(v.closesAt),
    retentionDays: Number(v.retentionDays),
  };
  if (v.accessCodeMode === 'set') request.accessCode = v.accessCode.trim();
  if (v.accessCodeMode === 'remove') request.accessCode = null;
  return request;
}
