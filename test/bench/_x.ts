import { extract, relations } from '../extract/helpers';
for (const t of process.argv.slice(2)) { const g = extract(t); console.log(t, relations(g)); }
