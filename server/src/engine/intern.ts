/**
 * Interning of short substrings without slicing first: a scanner that meets
 * the same syllable thousands of times (drafts repeat a small vocabulary)
 * gets the same string back, plus a slot where it can memoize facts about it.
 * Open addressing over a hash of the code units; bounded: when full it starts
 * over, so memory stays flat on any input.
 */
export class Interner<T> {
  private strings: (string | undefined)[];
  private hashes: Int32Array;
  private values: (T | undefined)[];
  private size = 0;
  private mask: number;

  constructor(
    private readonly capacity = 1 << 16,
    /** Longer substrings are sliced and not remembered. */
    readonly maxLength = 32,
  ) {
    this.mask = capacity - 1;
    this.strings = new Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.values = new Array(capacity);
  }

  /** Slot of `s.slice(start, end)` (added when new), or -1 when too long to intern. */
  slot(s: string, start: number, end: number): number {
    const len = end - start;
    if (len > this.maxLength) return -1;
    let h = len | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h |= 1; // never 0, so 0 marks an empty slot
    const mask = this.mask;
    let k = h & mask;
    for (;;) {
      const hk = this.hashes[k];
      if (hk === 0) break;
      if (hk === h) {
        const t = this.strings[k]!;
        if (t.length === len) {
          let same = true;
          for (let i = 0; i < len; i++) {
            if (t.charCodeAt(i) !== s.charCodeAt(start + i)) {
              same = false;
              break;
            }
          }
          if (same) return k;
        }
      }
      k = (k + 1) & mask;
    }
    if (this.size >= this.capacity >> 1) {
      this.clear();
      return this.slot(s, start, end);
    }
    this.size++;
    this.hashes[k] = h;
    this.strings[k] = s.slice(start, end);
    this.values[k] = undefined;
    return k;
  }

  string(slot: number): string {
    return this.strings[slot]!;
  }

  value(slot: number): T | undefined {
    return this.values[slot];
  }

  setValue(slot: number, v: T): void {
    this.values[slot] = v;
  }

  clear(): void {
    this.size = 0;
    this.hashes.fill(0);
    this.strings.fill(undefined);
    this.values.fill(undefined);
  }
}
