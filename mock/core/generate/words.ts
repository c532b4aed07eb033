// Fixed word lists the replies are built from. Changing them changes every reply: treat as a snapshot.

export const ADJECTIVES = [
  'quiet', 'bright', 'steady', 'gentle', 'clear', 'simple', 'careful', 'small', 'warm', 'patient',
  'quick', 'calm', 'honest', 'early', 'open', 'useful', 'shared', 'modest', 'silver', 'green',
] as const;

export const NOUNS = [
  'river', 'garden', 'engine', 'answer', 'window', 'harbor', 'signal', 'lantern', 'bridge', 'record',
  'morning', 'pattern', 'journey', 'library', 'compass', 'meadow', 'letter', 'circuit', 'orchard', 'summary',
] as const;

export const VERBS = [
  'keeps', 'finds', 'follows', 'builds', 'carries', 'checks', 'shapes', 'guides', 'holds', 'joins',
  'brings', 'marks', 'answers', 'reaches', 'supports', 'tracks', 'opens', 'frames', 'shows', 'reads',
] as const;

export const PREPOSITIONS = ['toward', 'beside', 'across', 'through', 'around', 'along', 'beyond', 'near'] as const;

export const OPENERS = [
  'Here is a short answer about',
  'A brief note on',
  'Some thoughts about',
  'In short, regarding',
  'A quick summary of',
] as const;

/** Words ignored when matching a message against tools and when picking keywords. */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about',
  'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'what', 'which',
  'who', 'whom', 'how', 'when', 'where', 'why', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will',
  'please', 'me', 'my', 'you', 'your', 'i', 'we', 'our', 'us', 'they', 'them', 'their', 'is', 's', 't',
  'tell', 'give', 'get', 'show', 'also', 'plus', 'then', 'some', 'any', 'all', 'there', 'here', 'as', 'so',
  'if', 'not', 'no', 'yes', 'up', 'out', 'into', 'than', 'too', 'very', 'just', 'now', 'like', 'both',
]);

/** Token-id vocabulary for prompts sent as token arrays. */
export const VOCABULARY: readonly string[] = [...NOUNS, ...ADJECTIVES, ...VERBS, ...PREPOSITIONS];
