import { Observable, OperatorFunction, catchError, map, of, startWith } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error-message';

/** A value fetched from the server, with its loading and failed states made explicit. */
export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly message: string };

export const LOADING: Loadable<never> = { state: 'loading' };

/** Wraps a request: emits `loading` first, then `ready` or `failed` (never errors). */
export function toLoadable<T>(failureMessage: string): OperatorFunction<T, Loadable<T>> {
  return (source: Observable<T>) =>
    source.pipe(
      map((value): Loadable<T> => ({ state: 'ready', value })),
      startWith(LOADING as Loadable<T>),
      catchError((error: unknown) =>
        of<Loadable<T>>({ state: 'failed', message: apiErrorMessage(error, failureMessage) }),
      ),
    );
}
