import { createHash } from 'node:crypto';
import { open, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** Whether a file starts like a zip archive (an XLSX workbook is one). */
export async function looksLikeXlsx(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const buffer = Buffer.alloc(4);
    await handle.read(buffer, 0, 4, 0);
    return buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
  } finally {
    await handle.close();
  }
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
  return String(value);
};

const importReader = () => import('read-excel-file/node');
type ReaderModule = Awaited<ReturnType<typeof importReader>>;

/**
 * read-excel-file is an optional dependency (7 small packages; exceljs, which it replaced, brought
 * 170 and 52 MB for this one use), loaded only when a workbook is met; without it a workbook is an
 * input error saying what to do.
 */
export async function loadXlsxReader(file: string, load: () => Promise<ReaderModule> = importReader): Promise<ReaderModule['readSheet']> {
  try {
    return (await load()).readSheet;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new InputError(
      file,
      'reading an XLSX workbook needs the optional package read-excel-file, which is not installed: install brigade with its optional dependencies (npm install without --omit=optional, or npm install read-excel-file beside it), or save the first worksheet as CSV',
    );
  }
}

/**
 * The first worksheet of an XLSX workbook (exportcomments.com offers XLSX), written to a temporary
 * CSV so that every CSV format reader applies. Numbers keep the text the sheet stores (ids beyond
 * 2^53 stay whole); dates become `YYYY-MM-DD HH:MM:SS` (no zone, as the sheet shows them); empty rows
 * and trailing empty cells are left out. Returns the CSV path, the workbook's sha256 and a clean-up
 * function.
 */
export async function xlsxToCsv(file: string): Promise<{ csv: string; sha256: string; cleanup: () => Promise<void> }> {
  const bytes = await readFile(file);
  const readSheet = await loadXlsxReader(file);
  let rows: unknown[][];
  try {
    rows = await readSheet(bytes, 1, { trim: false, parseNumber: (text: string) => text });
  } catch (error) {
    throw new InputError(file, `not a readable XLSX workbook (${(error as Error).message.split('\n')[0]})`);
  }
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines: string[] = [];
  for (const row of rows) {
    const values = row.map(cell);
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    if (values.length > 0) lines.push(values.map(quote).join(','));
  }
  if (lines.length === 0) throw new InputError(file, 'the first worksheet is empty');
  const directory = await mkdtemp(join(tmpdir(), 'brigade-xlsx-'));
  const csv = join(directory, 'sheet1.csv');
  await writeFile(csv, `${lines.join('\n')}\n`);
  return { csv, sha256: createHash('sha256').update(bytes).digest('hex'), cleanup: () => rm(directory, { recursive: true, force: true }) };
}
