import { describe, expect, it, vi } from 'vitest';
import { useDownload, useFileImport, type ImportUpload } from './use-file-import';

const csv = () => new File(['单位,金额\n'], '预算.csv', { type: 'text/csv' });

describe('useFileImport', () => {
  it('sends nothing until a file is chosen', async () => {
    const send = vi.fn();
    const flow = useFileImport(send);
    flow.picker.value = { require: () => null };
    await flow.sendImport();
    expect(send).not.toHaveBeenCalled();
    expect(flow.importing.value).toBe(false);
  });

  it('sends the file by name in base64, keeps the result and then runs the follow-up', async () => {
    const sent: ImportUpload[] = [];
    const after = vi.fn();
    const flow = useFileImport(async (upload) => {
      sent.push(upload);
      return { imported: 1 };
    }, after);
    flow.picker.value = { require: csv };
    await flow.sendImport();
    expect(sent).toEqual([{ fileName: '预算.csv', contentBase64: btoa(unescape(encodeURIComponent('单位,金额\n'))) }]);
    expect(flow.result.value).toEqual({ imported: 1 });
    expect(after).toHaveBeenCalledWith({ imported: 1 });
    expect(flow.importing.value).toBe(false);
  });

  it('shows a refusal and clears it, with the old result, on the next send', async () => {
    let refuse = true;
    const flow = useFileImport(async () => {
      if (refuse) throw new Error('IMPORT_TOO_LARGE');
      return 'ok';
    });
    flow.picker.value = { require: csv };
    await flow.sendImport();
    expect((flow.importError.value as Error).message).toBe('IMPORT_TOO_LARGE');
    expect(flow.result.value).toBeNull();
    refuse = false;
    await flow.sendImport();
    expect(flow.importError.value).toBeNull();
    expect(flow.result.value).toBe('ok');
  });
});

describe('useDownload', () => {
  it('keeps the error of a failed download and clears it on the next try', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    let fail = true;
    const { download, downloading, downloadError } = useDownload(async (kind: string) => {
      if (fail) throw new Error(`no ${kind}`);
      return { fileName: `${kind}.csv`, mimeType: 'text/csv', contentBase64: btoa('a,b') };
    });
    await download('template');
    expect((downloadError.value as Error).message).toBe('no template');
    fail = false;
    await download('template');
    expect(downloadError.value).toBeNull();
    expect(downloading.value).toBe(false);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });
});
