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

  /**
   * A number given in hundredths, written as a PDF number with up to two decimals: what
   * `${h / 100}` prints ("12", "-83.69", "0.5"), without making the string.
   */
  hundredths(h: number): void {
    this.room(24);
    const buf = this.buf;
    let at = this.length;
    if (h < 0) {
      buf[at++] = 0x2d;
      h = -h;
    }
    let whole = Math.floor(h / 100);
    const frac = h - whole * 100;
    const start = at;
    do {
      buf[at++] = 0x30 + (whole % 10);
      whole = Math.floor(whole / 10);
    } while (whole > 0);
    for (let i = start, j = at - 1; i < j; i++, j--) {
      const t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    if (frac !== 0) {
      buf[at++] = 0x2e;
      buf[at++] = 0x30 + Math.floor(frac / 10);
      if (frac % 10 !== 0) buf[at++] = 0x30 + (frac % 10);
    }
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

  /** The bytes between `prefix` and `suffix`, then those of `after`, in a buffer of their own; then both empty. */
  take(prefix: string, suffix: string, after?: ContentBytes): Buffer {
    const more = after ? after.length : 0;
    const out = Buffer.allocUnsafe(prefix.length + this.length + suffix.length + more);
    out.write(prefix, 0, 'latin1');
    this.buf.copy(out, prefix.length, 0, this.length);
    out.write(suffix, prefix.length + this.length, 'latin1');
    if (after) {
      after.buf.copy(out, prefix.length + this.length + suffix.length, 0, more);
      after.length = 0;
    }
    this.length = 0;
    return out;
  }
}
