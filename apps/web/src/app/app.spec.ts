import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';

@Component({ selector: 'ww-probe', template: '<p data-testid="probe">routed page</p>' })
class Probe {}

describe('App', () => {
  it('renders the routed page in its outlet', async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([{ path: 'probe', component: Probe }])],
    });
    const fixture = TestBed.createComponent(App);
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('[data-testid=probe]')).toBeNull();

    await TestBed.inject(Router).navigateByUrl('/probe');
    await fixture.whenStable();

    expect(host.querySelector('[data-testid=probe]')?.textContent).toBe('routed page');
  });
});
