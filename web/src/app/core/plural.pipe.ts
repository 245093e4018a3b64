import { OnDestroy, Pipe, PipeTransform, inject } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { pluralKey } from './plural';

/**
 * `{{ 'rq.themeCount' | plural: n }}` or `{{ 'x' | plural: n : { theme: name } }}`. Impure like
 * ngx-translate's own pipe, so a language switch re-renders it.
 */
@Pipe({ name: 'plural', pure: false })
export class PluralPipe implements PipeTransform, OnDestroy {
  private readonly translate = inject(TranslateService);
  // Built in this pipe's injection context, the inner pipe takes care of marking the view for check
  // when the language changes.
  private readonly inner = new TranslatePipe();

  transform(key: string, count: number, params: Record<string, unknown> = {}): string {
    return this.inner.transform(pluralKey(this.translate, key, count), { ...params, count }) as string;
  }

  ngOnDestroy(): void {
    this.inner.ngOnDestroy();
  }
}
