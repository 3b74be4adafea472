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
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[]; hyperlink?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.hyperlink !== undefined && v.text !== undefined) return String(v.hyperlink || v.text);
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return String(v.result);
  }
  return String(value);
};

/**
 * The first worksheet of an XLSX workbook (exportcomments.com offers XLSX), written to a temporary
 * CSV so that every CSV format reader applies; exceljs is maintained (the npm `xlsx` package is frozen
 * at 0.18.5) and loaded only when a workbook is met. Dates become `YYYY-MM-DD HH:MM:SS` (no zone, as
 * the sheet shows them). Returns the CSV path, the workbook's sha256 and a clean-up function.
 */
export async function xlsxToCsv(file: string): Promise<{ csv: string; sha256: string; cleanup: () => Promise<void> }> {
  const bytes = await readFile(file);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(file, `not a readable XLSX workbook (${(error as Error).message.split('\n')[0]})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError(file, 'the workbook has no worksheet');
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1); // exceljs rows are 1-based
    lines.push(values.map((v) => quote(cell(v))).join(','));
  });
  const directory = await mkdtemp(join(tmpdir(), 'brigade-xlsx-'));
  const csv = join(directory, 'sheet1.csv');
  await writeFile(csv, `${lines.join('\n')}\n`);
  return { csv, sha256: createHash('sha256').update(bytes).digest('hex'), cleanup: () => rm(directory, { recursive: true, force: true }) };
}
