import { createHash } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { temporaryFolder } from '../util/temp.js';

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

/** Workbooks whose parts expand beyond this are refused before exceljs inflates them (a zip bomb: 420 KB became 996 MB). */
export const DEFAULT_XLSX_LIMIT_BYTES = 256 * 1024 * 1024;

/**
 * The sum of the uncompressed sizes the zip's central directory declares (JSZip, under exceljs,
 * checks each part against its declared size), or undefined when there is no readable directory.
 * ZIP64 sizes (0xFFFFFFFF) count as infinite: no real comment workbook needs them.
 */
export function zipUncompressedBytes(zip: Buffer): number | undefined {
  const END = 0x06054b50, ENTRY = 0x02014b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== ENTRY) return undefined;
    const size = zip.readUInt32LE(offset + 24);
    total += size === 0xffffffff ? Infinity : size;
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
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
export async function xlsxToCsv(file: string, limitBytes = DEFAULT_XLSX_LIMIT_BYTES): Promise<{ csv: string; sha256: string; cleanup: () => Promise<void> }> {
  const bytes = await readFile(file);
  const expanded = zipUncompressedBytes(bytes);
  if (expanded === undefined) throw new InputError(file, 'not a readable XLSX workbook (no zip directory: a cut-off file?)');
  if (expanded > limitBytes) {
    throw new InputError(
      file,
      `the workbook expands to ${Math.ceil(expanded / 1048576)} MB, above the ${Math.round(limitBytes / 1048576)} MB cap on XLSX content (--max-xlsx-mb raises it; a CSV export reads in constant memory)`,
    );
  }
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
  const directory = await temporaryFolder('brigade-xlsx-');
  const csv = join(directory.path, 'sheet1.csv');
  await writeFile(csv, `${lines.join('\n')}\n`);
  return { csv, sha256: createHash('sha256').update(bytes).digest('hex'), cleanup: directory.release };
}
