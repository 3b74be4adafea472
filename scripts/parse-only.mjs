// The benchmark's baseline: csv-parse alone streaming the same file, counting records.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
const parser = createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
for await (const record of parser) if (record.length) records++;
process.stdout.write(`${records}\n`);
