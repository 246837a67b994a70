import { ChangeDetectionStrategy, Component, input, numberAttribute } from '@angular/core';

/** The Wardwatch mark: a floor-plan cell with a location pulse. Decorative; the name is text. */
@Component({
  selector: 'ww-brand-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      [attr.width]="size()"
      [attr.height]="size()"
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="1" y="1" width="30" height="30" rx="7" fill="#0a58a8" />
      <path d="M7 9h18v14H7z" fill="none" stroke="#cfe2f6" stroke-width="1.6" />
      <path d="M16 9v6M7 15h6" stroke="#cfe2f6" stroke-width="1.6" />
      <circle cx="20" cy="19" r="3.2" fill="#ffffff" />
      <circle cx="20" cy="19" r="5.6" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="1.2" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      line-height: 0;
    }
  `,
})
export class BrandMark {
  readonly size = input(28, { transform: numberAttribute });
}
