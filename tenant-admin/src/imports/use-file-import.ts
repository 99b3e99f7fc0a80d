import { fileToBase64, saveDownload, type FileDownloadLike } from '@zhengcai/web-kit';
import { ref, shallowRef, type Ref } from 'vue';

/** What the file picker exposes: the chosen file, or null after telling the user to choose one. */
export interface FilePickerHandle {
  require(): File | null;
}

/** An import's file sent as the API takes it: the name and the bytes in base64. */
export interface ImportUpload {
  fileName: string;
  contentBase64: string;
}

/**
 * The import half of a console import page: the picker's file, sending it, the busy flag, the
 * error to show and the result. A new send clears the last error and result first.
 */
export function useFileImport<R>(send: (upload: ImportUpload) => Promise<R>, after?: (result: R) => unknown) {
  const file = shallowRef<File | null>(null);
  const picker = ref<FilePickerHandle | null>(null) as Ref<FilePickerHandle | null>;
  const importing = ref(false);
  const importError = shallowRef<unknown>(null);
  const result = shallowRef<R | null>(null);

  async function sendImport(): Promise<void> {
    const chosen = picker.value?.require();
    if (!chosen) return;
    importing.value = true;
    importError.value = null;
    result.value = null;
    try {
      result.value = await send({ fileName: chosen.name, contentBase64: await fileToBase64(chosen) });
      await after?.(result.value);
    } catch (err) {
      importError.value = err;
    } finally {
      importing.value = false;
    }
  }
  return { file, picker, importing, importError, result, sendImport };
}

/** A download button's state: busy while the file is fetched, the error if it fails. */
export function useDownload<A extends unknown[]>(fetch: (...args: A) => Promise<FileDownloadLike>) {
  const downloading = ref(false);
  const downloadError = shallowRef<unknown>(null);
  async function download(...args: A): Promise<void> {
    downloading.value = true;
    downloadError.value = null;
    try {
      saveDownload(await fetch(...args));
    } catch (err) {
      downloadError.value = err;
    } finally {
      downloading.value = false;
    }
  }
  return { downloading, downloadError, download };
}
