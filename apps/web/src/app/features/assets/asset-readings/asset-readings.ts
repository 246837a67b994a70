import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { TagReadingsDto } from '@wardwatch/contracts';
import { TimeAgo } from '../../../shared/time-ago/time-ago';

/** The tag's last decoded values; each is shown only when the tag sends it. */
@Component({
  selector: 'ww-asset-readings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, TimeAgo],
  template: `
    @if (readings(); as r) {
      <dl class="ww-facts">
        <dt>Battery</dt>
        <dd data-testid="battery">
          @if (r.batteryMv !== null) {
            {{ r.batteryMv / 1000 | number: '1.2-2' }} V
          } @else {
            <span class="ww-muted">Not reported</span>
          }
        </dd>
        @if (r.temperatureC !== null) {
          <dt>Temperature</dt>
          <dd>{{ r.temperatureC | number: '1.1-1' }} °C</dd>
        }
        @if (r.humidityPct !== null) {
          <dt>Humidity</dt>
          <dd>{{ r.humidityPct | number: '1.0-1' }} %</dd>
        }
        @if (r.pressurePa !== null) {
          <dt>Pressure</dt>
          <dd>{{ r.pressurePa / 100 | number: '1.1-1' }} hPa</dd>
        }
        @if (r.txPowerDbm !== null) {
          <dt>Transmit power</dt>
          <dd>{{ r.txPowerDbm }} dBm</dd>
        }
        <dt>Format</dt>
        <dd>{{ r.format }}</dd>
        <dt>Read</dt>
        <dd><ww-time-ago [at]="r.at" /></dd>
      </dl>
    } @else {
      <p class="ww-muted ww-readings-none">No readings yet: the tag has not sent battery or sensor values.</p>
    }
  `,
  styles: `
    .ww-readings-none {
      margin: 0;
    }
  `,
})
export class AssetReadings {
  readonly readings = input.required<TagReadingsDto | null>();
}
