/**
 * Reading dropped or picked files for the API: bytes to base64 in slices, yielding to the page
 * between slices so a 20 MB package never freezes the window (and no spread of a huge array).
 */

/** A multiple of 3, so the base64 of consecutive slices can simply be joined. */
const SLICE_BYTES = 3 * 64 * 1024;
/** Give the page a turn after about this many bytes. */
const YIELD_EVERY_BYTES = 2 * 1024 * 1024;
/** String.fromCharCode takes its arguments on the stack: stay well below any engine's limit. */
const CHAR_CODES_PER_CALL = 0x2000;

/** Lets the browser paint and handle input before the next piece of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sliceToBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHAR_CODES_PER_CALL) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHAR_CODES_PER_CALL));
  }
  return binary;
}

export async function bytesToBase64(bytes: Uint8Array): Promise<string> {
  const parts: string[] = [];
  let sinceYield = 0;
  for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
    const slice = bytes.subarray(offset, offset + SLICE_BYTES);
    parts.push(btoa(sliceToBinary(slice)));
    sinceYield += slice.length;
    if (sinceYield >= YIELD_EVERY_BYTES) {
      sinceYield = 0;
      await yieldToPage();
    }
  }
  return parts.join('');
}

export async function fileToBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Length of the base64 text for `bytes` bytes. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;
