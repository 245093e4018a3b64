import { Pipe, PipeTransform } from '@angular/core';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Date and time in the interface language, without loading Angular locale data. Usage: `d | staffDate: lang()`. */
@Pipe({ name: 'staffDate' })
export class StaffDatePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: string, withTime = true): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    const key = `${lang}|${withTime}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
      });
      formats.set(key, format);
    }
    return format.format(date);
  }
}
