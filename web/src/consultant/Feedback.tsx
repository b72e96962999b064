/** The result of an action, right where it was done: an error as an alert, success as a status. */
export function Feedback({ id, error, done }: { id: string; error?: string; done?: string }) {
  if (error) return <p id={id} role="alert" className="error">{error}</p>;
  return <p id={id} role="status" className="done">{done ?? ''}</p>;
}
