import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { ROLE_HOME } from '../../../core/auth/role-home';
import { apiErrorMessage } from '../../../core/http/api-error-message';
import { BrandMark } from '../../../shell/brand-mark/brand-mark';
import { safeReturnUrl } from './safe-return-url';

/** `/login`: email and password; on success, back to the wanted page or the role's home. */
@Component({
  selector: 'ww-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, BrandMark],
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage {
  /** Bound from the `returnUrl` query parameter. */
  readonly returnUrl = input<string | undefined>(undefined);

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<string | null>(null);

  protected showError(name: 'email' | 'password'): boolean {
    const control = this.form.controls[name];
    return control.invalid && (control.touched || this.submitted());
  }

  protected submit(): void {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { email, password } = this.form.getRawValue();
    this.auth
      .login({ email: email.trim(), password })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (user) => {
          this.submitting.set(false);
          const target = safeReturnUrl(this.returnUrl()) ?? ROLE_HOME[user.role];
          void this.router.navigateByUrl(target);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          // Clear the password for the next try without flagging the now-empty field as an error.
          this.submitted.set(false);
          this.form.controls.password.reset();
          this.error.set(apiErrorMessage(error, 'Login failed. Please try again.'));
        },
      });
  }
}
