// A first-in first-out window over the newest items: the journal and the ledger keep the last N requests of a
// server that runs for days. Dropping from the front is O(1) (Array#shift moves every item, per request).

export class BoundedQueue<T> {
  #items: T[] = [];
  #head = 0; // index of the oldest kept item
  #dropped = 0;

  get size(): number {
    return this.#items.length - this.#head;
  }

  /** Items dropped from the front since the last clear(). */
  get dropped(): number {
    return this.#dropped;
  }

  push(item: T): void {
    this.#items.push(item);
  }

  /** Drops and returns the oldest item. */
  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined as T; // let it be collected
    this.#head++;
    this.#dropped++;
    // compact once the dead prefix outweighs the live items, so the array stays within twice the window
    if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }

  /** The kept items, oldest first, from `offset` (0 = the oldest kept), at most `limit` of them. */
  slice(offset = 0, limit = Infinity): T[] {
    const start = this.#head + Math.max(0, offset);
    return this.#items.slice(start, Math.min(this.#items.length, start + Math.max(0, limit)));
  }

  last(): T | undefined {
    return this.size === 0 ? undefined : this.#items[this.#items.length - 1];
  }

  clear(): void {
    this.#items = [];
    this.#head = 0;
    this.#dropped = 0;
  }
}
