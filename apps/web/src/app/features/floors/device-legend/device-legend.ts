import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';

import { assetMarkerSvg } from '../asset-markers/marker-svg';
import { STATUS_LEGEND } from '../asset-markers/status-style';

interface Entry {
  key: string;
  label: string;
  svg: SafeHtml;
}

/**
 * The key to the device markers: the colour and rim of each status, and the pictogram of each kind of
 * device on this floor, drawn by the same code as the map.
 */
@Component({
  selector: 'ww-device-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="ww-legend-title">Devices</h2>
    <p class="ww-legend-note">Colour and rim show the status (here on an infusion pump):</p>
    <ul class="ww-legend-list" aria-label="Device status">
      @for (entry of statuses; track entry.key) {
        <li><span class="ww-legend-icon" [innerHTML]="entry.svg"></span>{{ entry.label }}</li>
      }
    </ul>
    @if (kinds().length > 0) {
      <ul class="ww-legend-list" aria-label="Kinds of device on this floor">
        @for (entry of kinds(); track entry.key) {
          <li><span class="ww-legend-icon" [innerHTML]="entry.svg"></span>{{ entry.label }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .ww-legend-title {
      margin: 0 0 0.4rem;
      font-size: 0.8rem;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--ww-text-muted, #5b6470);
    }
    .ww-legend-note {
      margin: 0 0 0.3rem;
      font-size: 0.8rem;
      color: var(--ww-text-muted, #5b6470);
    }
    .ww-legend-list {
      margin: 0 0 0.6rem;
      padding: 0;
      list-style: none;
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.25rem;
      font-size: 0.9rem;
    }
    .ww-legend-list li {
      display: flex;
      align-items: center;
      gap: 0.45rem;
    }
    .ww-legend-icon {
      display: inline-flex;
      width: 28px;
      justify-content: center;
    }
  `,
})
export class DeviceLegend {
  /** Category code → name, for the kinds of device shown on the map. */
  readonly categories = input<readonly { code: string; name: string }[]>([]);

  private readonly sanitizer = inject(DomSanitizer);

  // The SVG holds only the marker module's own path data and an escaped title: safe to trust.
  private readonly trust = (svg: string): SafeHtml => this.sanitizer.bypassSecurityTrustHtml(svg);

  protected readonly statuses: Entry[] = STATUS_LEGEND.map((s) => ({
    key: s.status,
    label: s.label,
    svg: this.trust(assetMarkerSvg('infusion-pump', s.status, { diameter: 20 })),
  }));
  protected readonly kinds = computed<Entry[]>(() =>
    [...this.categories()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({
        key: c.code,
        label: c.name,
        svg: this.trust(assetMarkerSvg(c.code, 'available', { diameter: 22 })),
      })),
  );
}
