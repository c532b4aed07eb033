// generated — do not edit; run npm run gen (source: schemas/response-input-items.schema.json)

/**
 * GET /v1/responses/{id}/input_items (spec: ResponseItemList). openai-node pages it as a CursorPage: it reads data, has_more and the last item's id (MUST). Items are the input as stored: messages (with an id), function_call and function_call_output items; other item types pass with a type and id. The file is the spec shape (SHOULD). Unknown fields are allowed.
 */
export interface ResponseInputItemList {
  object: 'list';
  /**
   * MUST: an array of items with a string id (the next page starts after the last id).
   */
  data: Item[];
  /**
   * MUST: a boolean when present (the SDK stops paging on false).
   */
  has_more: boolean;
  first_id: string | null;
  last_id: string | null;
  [k: string]: unknown;
}
export interface Item {
  id: string;
  type:
    | 'message'
    | 'function_call'
    | 'function_call_output'
    | 'item_reference'
    | 'reasoning'
    | 'file_search_call'
    | 'web_search_call'
    | 'computer_call'
    | 'computer_call_output'
    | 'image_generation_call'
    | 'code_interpreter_call'
    | 'local_shell_call'
    | 'local_shell_call_output'
    | 'mcp_call'
    | 'mcp_list_tools'
    | 'mcp_approval_request'
    | 'mcp_approval_response'
    | 'custom_tool_call'
    | 'custom_tool_call_output';
  role?: 'user' | 'assistant' | 'system' | 'developer';
  content?: unknown[];
  call_id?: string;
  [k: string]: unknown;
}
