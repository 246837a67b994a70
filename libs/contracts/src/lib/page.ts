/** One page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The body of every 4xx/5xx answer. `message` names each bad field. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string[];
  requestId?: string;
}
