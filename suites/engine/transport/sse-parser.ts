// Our own incremental SSE parser, following the rules openai-node applies (reference A3):
// \n, \r and \r\n end lines; a blank line ends an event; ":" lines are comments; one optional space
// after "field:"; data lines join with "\n"; event names are kept; id/retry and unknown fields are ignored.
// Unlike the SDK it keeps every frame's raw text and arrival time, and reports comment-only events
// and an unterminated trailing event so graders can see them.
import type { SseFrame } from '../types.ts';

export class SseParser {
  private line = ''; // the current line, without its terminator
  private raw = ''; // the current event's raw text, terminators kept
  private pendingCr = false; // a "\r" ended the last line: a following "\n" belongs to it
  private crFrame: SseFrame | undefined; // the event that "\r" completed, whose raw text gets that "\n"
  private event: string | undefined;
  private data: string[] = [];
  private sawComment = false;
  private sawField = false;

  /** feeds decoded text received at `t` ms; returns the events it completed */
  feed(text: string, t: number): SseFrame[] {
    const out: SseFrame[] = [];
    let i = 0;
    if (this.pendingCr && text.length > 0) {
      this.pendingCr = false;
      if (text[0] === '\n') {
        if (this.crFrame) this.crFrame.raw += '\n';
        else if (this.raw !== '') this.raw += '\n'; // empty: the \r ended a skipped blank line
        i = 1;
      }
    }
    // work on slices, never char by char: a hostile stream may send megabytes without a newline
    const eol = /[\r\n]/g;
    while (i < text.length) {
      eol.lastIndex = i;
      const m = eol.exec(text);
      if (!m) {
        const rest = text.slice(i);
        this.line += rest;
        this.raw += rest;
        break;
      }
      let next = m.index + 1;
      let term = m[0];
      if (term === '\r' && text[next] === '\n') {
        term = '\r\n';
        next++;
      }
      const part = text.slice(i, m.index);
      this.line += part;
      this.raw += part + term;
      const frame = this.endLine(t);
      if (frame) out.push(frame);
      // a "\r" that ends the chunk may be the first half of "\r\n"
      this.pendingCr = term === '\r' && next === text.length;
      this.crFrame = this.pendingCr ? frame : undefined;
      i = next;
    }
    return out;
  }

  /** the stream ended: an event without its blank line is returned flagged `incomplete` (openai-node drops it) */
  end(t: number): SseFrame[] {
    if (this.line !== '') this.takeLine();
    if (!this.sawField && !this.sawComment) return [];
    const frame = this.dispatch(t);
    frame.incomplete = true;
    return [frame];
  }

  private endLine(t: number): SseFrame | undefined {
    if (this.line === '') {
      if (!this.sawField && !this.sawComment) {
        this.raw = ''; // blank lines between events are not events
        return undefined;
      }
      return this.dispatch(t);
    }
    this.takeLine();
    return undefined;
  }

  private takeLine(): void {
    const line = this.line;
    this.line = '';
    if (line.startsWith(':')) {
      this.sawComment = true;
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    this.sawField = true;
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }

  private dispatch(t: number): SseFrame {
    const frame: SseFrame = { t, raw: this.raw };
    if (this.event !== undefined) frame.event = this.event;
    if (this.data.length > 0) frame.data = this.data.join('\n');
    if (this.sawComment && !this.sawField) frame.comment = true;
    this.raw = '';
    this.event = undefined;
    this.data = [];
    this.sawComment = false;
    this.sawField = false;
    return frame;
  }
}

/** parses a whole SSE text at once (for tests and offline use) */
export function parseSse(text: string, t = 0): SseFrame[] {
  const parser = new SseParser();
  return [...parser.feed(text, t), ...parser.end(t)];
}
