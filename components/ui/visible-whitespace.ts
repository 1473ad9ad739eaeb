/** Shows what a cleaning change removed or added, line breaks and spaces included. */
export const visibleWhitespace = (s: string) => s.replace(/\n/g, "↵").replace(/ /g, "␣") || "∅";
