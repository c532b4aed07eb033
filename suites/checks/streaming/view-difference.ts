// When the SDK and a raw request to the same endpoint disagree (the wire stream passes, the SDK yields nothing),
// the cause is usually in what differs between the two exchanges: the Accept header the SDK sends, the
// content-type or status the server answered with. This names those differences for the SDK check's message.
import type { Exchange } from '../../engine/types.ts';

const requestHeader = (ex: Exchange, name: string): string | undefined =>
  Object.entries(ex.request.headers).find(([k]) => k.toLowerCase() === name)?.[1];
const contentType = (ex: Exchange) => ex.response?.headers['content-type']?.split(';')[0].trim();

/** one sentence naming how the SDK's exchange differs from the wire exchange, or undefined when nothing does */
export function viewDifference(sdkEx: Exchange | undefined, wireEx: Exchange | undefined): string | undefined {
  if (!sdkEx?.response || !wireEx?.response) return undefined;
  const [sa, wa] = [requestHeader(sdkEx, 'accept'), requestHeader(wireEx, 'accept')];
  const [sc, wc] = [contentType(sdkEx), contentType(wireEx)];
  const answers: string[] = [];
  if (sdkEx.response.status !== wireEx.response.status)
    answers.push(`the SDK got ${sdkEx.response.status}, the raw request ${wireEx.response.status}`);
  if (sc !== wc) answers.push(`the SDK got content-type ${sc ?? '(none)'}, the raw request ${wc ?? '(none)'}`);
  // the two always send different Accept headers; that is worth saying only when the answers differ too
  if (!answers.length) return undefined;
  const parts = [
    ...(sa !== wa ? [`the SDK sent Accept: ${sa ?? '(none)'}, the raw request Accept: ${wa ?? '(none)'}`] : []),
    ...answers,
  ];
  const bothOk = [sdkEx, wireEx].every((x) => x.response!.status >= 200 && x.response!.status < 300);
  const byAccept =
    bothOk && sa !== wa && sc !== wc
      ? ': the server seems to choose the response format by the Accept header, not by the request body'
      : '';
  return `${parts.join('; ')}${byAccept}`;
}
