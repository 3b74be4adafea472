import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { temporaryFolder } from '../util/temp.js';

/** The name a table format takes when its rows come from a workbook's first worksheet (`exportcomments-csv` → `exportcomments-xlsx`). */
export function xlsxFormatName(csvFormat: string): string {
  return `${csvFormat.replace(/-csv$/, '')}-xlsx`;
}

/** Whether a file's first bytes are a zip's local header (an XLSX workbook is a zip). */
export function headIsXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
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
  const directory = await temporaryFolder('brigade-xlsx-');
  const csv = join(directory.path, 'sheet1.csv');
  await writeFile(csv, `${lines.join('\n')}\n`);
  return { csv, sha256: createHash('sha256').update(bytes).digest('hex'), cleanup: directory.release };
}
