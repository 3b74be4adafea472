import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadXlsxReader } from '../../src/ingest/xlsx.js';

describe('read-excel-file, an optional dependency', () => {
  it('is loaded when a workbook is met', async () => {
    expect(typeof (await loadXlsxReader('comments.xlsx'))).toBe('function');
  });

  it('when absent, makes a workbook an input error (exit 2) that says how to install it or what to do instead', async () => {
    const absent = () => Promise.reject(Object.assign(new Error("Cannot find package 'read-excel-file'"), { code: 'ERR_MODULE_NOT_FOUND' }));
    const error = await loadXlsxReader('comments.xlsx', absent).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/^comments\.xlsx: reading an XLSX workbook needs the optional package read-excel-file, which is not installed: .*save the first worksheet as CSV$/);
    // Any other failure is a bug, not the user's: it is not dressed up as an input error.
    await expect(loadXlsxReader('comments.xlsx', () => Promise.reject(new TypeError('boom')))).rejects.toThrow(TypeError);
  });
});
