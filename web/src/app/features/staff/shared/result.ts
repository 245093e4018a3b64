import { Observable, catchError, map, of } from 'rxjs';
import { ApiProblem, toApiProblem } from './api-problem';

/** A loaded value or the problem that stopped it; lets pages show errors without a throwing resource. */
export type Result<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

export function asResult<T>(source: Observable<T>): Observable<Result<T>> {
  return source.pipe(
    map((value): Result<T> => ({ ok: true, value })),
    catchError((err: unknown) => of<Result<T>>({ ok: false, problem: toApiProblem(err) })),
  );
}
