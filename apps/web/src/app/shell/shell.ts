import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ROLE_LABELS } from '@wardwatch/contracts';
import { AuthService } from '../core/auth/auth.service';
import { AlertsBar } from './alerts-bar/alerts-bar';
import { BrandMark } from './brand-mark/brand-mark';
import { NAV_ITEMS } from './nav-items';

/** The frame round every signed-in page: brand, the role's navigation, who is signed in, the alerts bar. */
@Component({
  selector: 'ww-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertsBar, BrandMark, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_LABELS[role] : '';
  });
  protected readonly navItems = computed(() => {
    const role = this.auth.role();
    return role ? NAV_ITEMS[role] : [];
  });

  constructor() {
    // Pick up name or role changes made since login. A 401 here is handled by the interceptor.
    this.auth
      .refreshUser()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe({ error: () => undefined });
  }

  protected logout(): void {
    this.auth.logout();
    void this.router.navigateByUrl('/login');
  }
}
