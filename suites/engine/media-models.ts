// The models the media features use when no flag names them: the first listed id of each kind. Vision uses the
// chat model (--model): whether it can see is what the vision checks find out.

export interface MediaModels {
  imageModel?: string;
  transcriptionModel?: string;
  speechModel?: string;
}

const KINDS: Record<keyof MediaModels, RegExp> = {
  imageModel: /dall-e|gpt-image|image-gen|stable-diffusion|flux/i,
  transcriptionModel: /whisper|transcribe/i,
  speechModel: /tts|speech/i,
};

export function defaultMediaModels(models: string[], want: MediaModels): MediaModels {
  const out: MediaModels = {};
  for (const key of Object.keys(KINDS) as Array<keyof MediaModels>) {
    const id = want[key] ?? models.find((m) => KINDS[key].test(m));
    if (id !== undefined) out[key] = id;
  }
  return out;
}
