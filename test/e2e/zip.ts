/**
 * Reads the store packages (`npm run zip`): a small reader for the zip files WXT writes (stored or deflated
 * entries, no zip64), so the tests unpack a package as a reader would without another tool or dependency.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Every file of the archive by its path (folders left out). */
export function readZip(file: string): Map<string, Buffer> {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`${file}: bad entry ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`${file}: ${name} uses compression method ${method}`);
    files.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
  }
  return files;
}

/** Unpacks the archive into `dir` (which must not hold anything else) and returns `dir`. */
export function unzipTo(file: string, dir: string): string {
  for (const [name, data] of readZip(file)) {
    const target = path.join(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`${file}: ${name} points outside the folder`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  }
  return dir;
}
