// Shared by the search-only engine's tests: a SiteIndex driven to the end of a call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Calls `call` until it needs no more files, handing each over from the folder `dir`.
export function drive(index, call, dir) {
  for (let round = 0; round < 20; round++) {
    const reply = JSON.parse(call());
    if (!reply.need) return reply;
    for (const file of reply.need) index.provide(file, readFileSync(join(dir, file)));
  }
  throw new Error('kept asking for files');
}
