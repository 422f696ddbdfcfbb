/**
 * Sets every entry's modification time in a ZIP archive (PKWARE APPNOTE 6.3.x §4.3.7 and §4.3.12: the DOS time and
 * date fields of the local and central headers) to one fixed value, so that the same files zip to the same bytes.
 * The DOCX writer stamps entries with the time of packing; a report must not change with the clock.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** 1980-01-01 00:00, the first date DOS time can hold. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * A copy of `zip` with fixed entry times; throws when the bytes are not a ZIP archive without a trailing comment.
 * @example
 * fixZipTimes(await Packer.toBuffer(doc)); // same document, same bytes
 */
export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = out.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== EOCD) throw new Error('not a ZIP archive (no end of central directory)');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`ZIP central directory entry ${i + 1} is damaged`);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`ZIP local header of entry ${i + 1} is damaged`);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
