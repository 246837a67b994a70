/** Where the simulator writes: progress and summaries to `out`, problems to `err`. */
export interface ConsoleOutput {
  out(line: string): void;
  err(line: string): void;
}
