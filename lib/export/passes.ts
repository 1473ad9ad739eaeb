/**
 * Claims for a format that reads them more than once (a spreadsheet writes one sheet per pass).
 * A re-iterable source (the report loader) is simply read again, so memory stays flat; a one-shot
 * iterator (an async generator) cannot be, so its claims are kept as the first pass reads them.
 */
export function replayable<T>(items: AsyncIterable<T>): () => AsyncIterable<T> {
  const first = items[Symbol.asyncIterator]();
  if ((first as unknown) !== items) {
    let used = false;
    return () => {
      if (used) return items;
      used = true;
      return { [Symbol.asyncIterator]: () => first };
    };
  }
  const kept: T[] = [];
  let read = false;
  return () => {
    if (read) return (async function* () { yield* kept; })();
    read = true;
    return (async function* () {
      for await (const item of { [Symbol.asyncIterator]: () => first }) {
        kept.push(item);
        yield item;
      }
    })();
  };
}
