/** The API's limit for uploads (before base64). */
export const IMPORT_MAX_BYTES = 700 * 1024;

/** Checked before reading: 'type' for anything but .xlsx / .csv, 'size' above the limit. */
export function checkImportFile(file: { name: string; size: number }): 'type' | 'size' | 'empty' | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > IMPORT_MAX_BYTES) return 'size';
  return null;
}
