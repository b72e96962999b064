import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorSentence } from '../app/errors';
import { t } from '../text';
import { Feedback } from './Feedback';
import { AddNoteMutation } from './operations';

export function NoteForm({ caseId }: { caseId: string }) {
  const [text, setText] = useState('');
  const [result, addNote] = useMutation(AddNoteMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await addNote({ caseId, text });
    if (!answer.error) setText('');
  };
  const error = errorSentence(result.error);
  return (
    <form className="action" onSubmit={(event) => void submit(event)} aria-labelledby="note-title">
      <h2 id="note-title">{t.actions.noteTitle}</h2>
      <label htmlFor="note-text">{t.actions.noteText}</label>
      <textarea id="note-text" rows={4} required value={text} onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby="note-feedback" />
      <button type="submit" disabled={result.fetching}>{t.actions.saveNote}</button>
      <Feedback id="note-feedback" error={error} done={result.data && !result.error ? t.actions.noteSaved : undefined} />
    </form>
  );
}
