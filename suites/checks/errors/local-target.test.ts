import { describe, expect, it } from 'vitest';
import { isLocalTarget } from './local-target.ts';

describe('isLocalTarget', () => {
  it('knows loopback, private, link-local and LAN-only names', () => {
    const local = [
      'http://127.0.0.1:8080/v1',
      'http://localhost:11434/v1',
      'http://[::1]:8000/v1',
      'http://10.1.2.3/v1',
      'http://172.20.0.5/v1',
      'http://192.168.1.9/v1',
      'http://169.254.1.1/v1',
      'http://[fd12:3456::1]/v1',
      'http://vllm:8000/v1',
      'http://ollama.default.svc.cluster.local/v1',
      'http://host.docker.internal:1234/v1',
    ];
    const hosted = [
      'https://api.openai.com/v1',
      'https://172.32.0.1/v1',
      'https://8.8.8.8/v1',
      'https://llm.example.com/v1',
      'https://[2001:db8::1]/v1',
      'not a url',
    ];
    expect(local.filter((u) => !isLocalTarget(u))).toEqual([]);
    expect(hosted.filter((u) => isLocalTarget(u))).toEqual([]);
  });
});
