// SRT and WebVTT renderings of timed segments (reference A9: SRT cues "1\n00:00:00,000 --> 00:00:03,000\ntext";
// WebVTT starts with a WEBVTT line, https://www.w3.org/TR/webvtt1/).

export interface Cue {
  start: number; // seconds
  end: number;
  text: string;
}

export function srt(cues: readonly Cue[]): string {
  return cues.map((c, i) => `${i + 1}\n${stamp(c.start, ',')} --> ${stamp(c.end, ',')}\n${c.text}\n`).join('\n');
}

export function vtt(cues: readonly Cue[]): string {
  return `WEBVTT\n\n${cues.map((c) => `${stamp(c.start, '.')} --> ${stamp(c.end, '.')}\n${c.text}\n`).join('\n')}`;
}

function stamp(seconds: number, mark: ',' | '.'): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${mark}${pad(ms % 1000, 3)}`;
}
