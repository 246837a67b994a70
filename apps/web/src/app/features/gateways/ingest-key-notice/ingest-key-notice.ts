import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { RegisterGatewayResponse } from '@wardwatch/contracts';

type CopyState = 'idle' | 'copied' | 'manual';

/** Shows a new gateway's ingest key, once, with a copy button and a plain warning. */
@Component({
  selector: 'ww-ingest-key-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ingest-key-notice.html',
  styleUrl: './ingest-key-notice.css',
})
export class IngestKeyNotice {
  readonly registration = input.required<RegisterGatewayResponse>();
  readonly dismissed = output<void>();

  protected readonly copyState = signal<CopyState>('idle');
  private readonly keyInput = viewChild.required<ElementRef<HTMLInputElement>>('keyInput');

  protected async copy(): Promise<void> {
    const key = this.registration().ingestKey;
    try {
      if (!navigator.clipboard) {
        throw new Error('Clipboard API unavailable');
      }
      await navigator.clipboard.writeText(key);
      this.copyState.set('copied');
    } catch {
      // Insecure origin or permission refused: select the key so Ctrl+C copies it.
      const field = this.keyInput().nativeElement;
      field.focus();
      field.select();
      this.copyState.set('manual');
    }
  }
}
