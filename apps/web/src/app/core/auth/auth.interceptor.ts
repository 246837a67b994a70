import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

const LOGIN_URL = '/api/v1/auth/login';

/** Adds the bearer token to API calls; a 401 from the API means the session is over. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const isApiCall = request.url.startsWith('/api/');
  const isLogin = request.url.startsWith(LOGIN_URL);

  const token = isApiCall && !isLogin ? auth.accessToken() : null;
  const outgoing = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

  return next(outgoing).pipe(
    catchError((error: unknown) => {
      if (isApiCall && !isLogin && error instanceof HttpErrorResponse && error.status === 401) {
        auth.logout();
        // The page being shown, or the one being opened when the 401 came during navigation.
        const navigation = router.currentNavigation();
        const wanted = (navigation?.finalUrl ?? navigation?.extractedUrl)?.toString() ?? router.url;
        // Several requests can fail together; the first one already sent us to login with the
        // wanted page as returnUrl, so the others must not navigate again and lose it.
        if (!wanted.startsWith('/login')) {
          void router.navigate(['/login'], { queryParams: { returnUrl: wanted } });
        }
      }
      return throwError(() => error);
    }),
  );
};
