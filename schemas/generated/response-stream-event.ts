// generated — do not edit; run npm run gen (source: schemas/response-stream-event.schema.json)

/**
 * One `data:` payload of a streamed POST /v1/responses (spec: ResponseStreamEvent, 58 types). The text and function-call events, the lifecycle events and `error` are modelled field by field; the spec's other types (reasoning, refusal, hosted tools, audio…) for type and sequence_number only, and `keepalive`, which openai-node ignores, is accepted. Any other type fails at MUST level: the SDK's accumulator throws 'Unhandled response stream event' on it (R16 response.done, R18 reasoning_part). The file is the spec shape (SHOULD); `x-must` / `x-must-required` give what openai-node's responses.stream() accumulator needs (MUST): a type it knows, the indexes it files deltas by, string deltas, and a Response with an output array on lifecycle events. Unknown fields are allowed.
 */
export type ResponseStreamEvent =
  | {
      type: 'response.created';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      response: Snapshot;
      [k: string]: unknown;
    }
  | {
      type: 'response.in_progress';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      response: Snapshot;
      [k: string]: unknown;
    }
  | {
      type: 'response.completed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      response: Snapshot;
      [k: string]: unknown;
    }
  | {
      type: 'response.incomplete';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      response: Snapshot;
      [k: string]: unknown;
    }
  | {
      type: 'response.failed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      response: Snapshot;
      [k: string]: unknown;
    }
  | {
      type: 'response.queued';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      response: Snapshot;
      [k: string]: unknown;
    }
  | {
      type: 'response.output_item.added';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      output_index: number;
      /**
       * An output item; graded in full against response.schema.json by the checks.
       */
      item: {
        type: string;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }
  | {
      type: 'response.output_item.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      output_index: number;
      /**
       * An output item; graded in full against response.schema.json by the checks.
       */
      item: {
        type: string;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }
  | {
      type: 'response.content_part.added';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      part: {
        type: string;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }
  | {
      type: 'response.content_part.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      part: {
        type: string;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }
  | {
      type: 'response.output_text.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      delta: string;
      /**
       * SHOULD: required (empty unless logprobs were asked for).
       */
      logprobs: unknown[];
      obfuscation?: string;
      [k: string]: unknown;
    }
  | {
      type: 'response.output_text.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      text: string;
      /**
       * SHOULD: required (empty unless logprobs were asked for).
       */
      logprobs: unknown[];
      [k: string]: unknown;
    }
  | {
      type: 'response.function_call_arguments.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      item_id: string;
      output_index: number;
      delta: string;
      obfuscation?: string;
      [k: string]: unknown;
    }
  | {
      type: 'response.function_call_arguments.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      item_id: string;
      output_index: number;
      /**
       * SHOULD: required in this spec snapshot.
       */
      name: string;
      arguments: string;
      [k: string]: unknown;
    }
  | {
      type: 'error';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      code: string | null;
      message: string;
      param: string | null;
      [k: string]: unknown;
    }
  | {
      type: 'response.audio.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.audio.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.audio.transcript.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.audio.transcript.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.code_interpreter_call_code.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.code_interpreter_call_code.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.code_interpreter_call.completed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.code_interpreter_call.in_progress';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.code_interpreter_call.interpreting';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.file_search_call.completed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.file_search_call.in_progress';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.file_search_call.searching';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.shell_call_command.added';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.shell_call_command.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.shell_call_command.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.shell_call_output_content.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.shell_call_output_content.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.reasoning_summary_part.added';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.reasoning_summary_part.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.reasoning_summary_text.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.reasoning_summary_text.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.reasoning_text.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.reasoning_text.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.refusal.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.refusal.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.web_search_call.completed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.web_search_call.in_progress';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.web_search_call.searching';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.image_generation_call.completed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.image_generation_call.generating';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.image_generation_call.in_progress';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.image_generation_call.partial_image';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_call_arguments.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_call_arguments.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_call.completed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_call.failed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_call.in_progress';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_list_tools.completed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_list_tools.failed';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.mcp_list_tools.in_progress';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.output_text.annotation.added';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.custom_tool_call_input.delta';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'response.custom_tool_call_input.done';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number: number;
      [k: string]: unknown;
    }
  | {
      type: 'keepalive';
      /**
       * SHOULD: required on every event and increasing (the SDK never reads it, beyond replays' starting_after).
       */
      sequence_number?: number;
      [k: string]: unknown;
    };

/**
 * The Response the lifecycle event carries; graded in full against response.schema.json by the checks. MUST: an output array (the accumulator replaces its snapshot with it; without one the next delta or output_text throws).
 */
export interface Snapshot {
  id: string;
  object: 'response';
  created_at: number;
  status: 'completed' | 'failed' | 'in_progress' | 'cancelled' | 'queued' | 'incomplete';
  output: {
    type: string;
    [k: string]: unknown;
  }[];
  [k: string]: unknown;
}
