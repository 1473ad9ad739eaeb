/** All chunks joined: for tests and small exports only, since it holds the whole text. */
export async function streamToString(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
