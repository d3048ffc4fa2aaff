/**
 * A page's text operators as bytes, written as they are made: building them as strings made
 * every line a chain of joined pieces that had to be flattened, joined and copied again into a
 * buffer before deflating (a tenth of a large report's time). Content is latin1: one byte per
 * character, glyph codes included.
 */
export class ContentBytes {
  private buf = Buffer.allocUnsafe(64 << 10);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }

  /** Appends a latin1 string (glyph codes, numbers, operators). */
  text(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.length = at;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.length++] = b;
  }

  /** The last byte written (-1 when empty). */
  last(): number {
    return this.length > 0 ? this.buf[this.length - 1] : -1;
  }

  /** Forgets everything after `length` (a line given up half-way). */
  truncate(length: number): void {
    this.length = length;
  }

  /** The bytes between `prefix` and `suffix`, in a buffer of their own; then empty. */
  take(prefix: string, suffix: string): Buffer {
    const out = Buffer.allocUnsafe(prefix.length + this.length + suffix.length);
    out.write(prefix, 0, 'latin1');
    this.buf.copy(out, prefix.length, 0, this.length);
    out.write(suffix, prefix.length + this.length, 'latin1');
    this.length = 0;
    return out;
  }
}
