import { saveFile } from './file-download';

describe('saveFile', () => {
  const createObjectURL = jest.fn(() => 'blob:report');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    jest.useFakeTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  afterEach(() => jest.useRealTimers());

  it('clicks a temporary download link to the blob, then frees the blob', () => {
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
    });
    const blob = new Blob(['unit,day\n'], { type: 'text/csv' });

    saveFile({ blob, filename: 'wardwatch-compliance-2026-11-21-to-2026-11-21.csv' });

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { href: 'blob:report', download: 'wardwatch-compliance-2026-11-21-to-2026-11-21.csv', attached: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:report');
    click.mockRestore();
  });
});
