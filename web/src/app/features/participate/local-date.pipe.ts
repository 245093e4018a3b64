import { Pipe, PipeTransform } from '@angular/core';

/**
 * A date in the reader's language ("23 november 2026"). Angular's DatePipe only knows en-US unless
 * locale data is registered; Intl already has Dutch. Pass the current language so it follows the switch.
 */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: string): string {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(date);
  }
}
