// Physical lines of a document with their offsets (line breaks \r\n, \n or \r).

export interface PhysicalLine {
  start: number;
  end: number; // before the line break
  text: string;
}

export function physicalLines(source: string): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (i === source.length || c === '\n' || c === '\r') {
      out.push({ start, end: i, text: source.slice(start, i) });
      if (c === '\r' && source[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  return out;
}
