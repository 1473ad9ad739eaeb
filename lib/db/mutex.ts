/** A first-come, first-served lock for async work in one process. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves when the lock is held, with the function that releases it. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}
