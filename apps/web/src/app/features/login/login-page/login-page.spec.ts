import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { LoginResponse } from '@wardwatch/contracts';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../core/auth/stored-session';
import { LoginPage } from './login-page';

/** The element matching `selector`; fails the test when there is none. */
function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) {
    throw new Error(`Nothing matches ${selector}`);
  }
  return element;
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPage);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(name: string, value: string): void {
    const input = find<HTMLInputElement>(host, `input[name=${name}]`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    find<HTMLButtonElement>(host, 'button[type=submit]').click();
    await fixture.whenStable();
  }

  function respond(body: object, status = 200): void {
    http
      .expectOne('/api/v1/auth/login')
      .flush(body, { status, statusText: status === 200 ? 'OK' : 'Unauthorized' });
  }

  it('shows the server message when the credentials are wrong', async () => {
    type('email', 'nina@example.org');
    type('password', 'wrong');
    await submit();
    respond({ statusCode: 401, error: 'Unauthorized', message: ['Wrong email or password'] }, 401);
    await fixture.whenStable();

    expect(host.querySelector('[role=alert]')?.textContent?.trim()).toBe('Wrong email or password');
    expect(find<HTMLInputElement>(host, 'input[name=password]').value).toBe('');
    expect(host.querySelectorAll('.ww-field-error')).toHaveLength(0);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('does not call the server with an empty form', async () => {
    await submit();
    http.expectNone('/api/v1/auth/login');
    expect(host.querySelectorAll('.ww-field-error')).toHaveLength(2);
  });

  it('goes to the role home after login', async () => {
    type('email', 'nina@example.org');
    type('password', 'right');
    await submit();
    const response: LoginResponse = {
      accessToken: 'tok',
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id: 'u', email: 'nina@example.org', displayName: 'Nina', role: 'facilities' },
    };
    respond(response);
    await fixture.whenStable();

    expect(navigateByUrl).toHaveBeenCalledWith('/environment');
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain('"accessToken":"tok"');
  });

  it('goes back to the wanted page when there is one', async () => {
    fixture.componentRef.setInput('returnUrl', '/assets?q=pump');
    type('email', 'nina@example.org');
    type('password', 'right');
    await submit();
    respond({
      accessToken: 'tok',
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id: 'u', email: 'nina@example.org', displayName: 'Nina', role: 'biomed' },
    });
    await fixture.whenStable();

    expect(navigateByUrl).toHaveBeenCalledWith('/assets?q=pump');
  });
});
