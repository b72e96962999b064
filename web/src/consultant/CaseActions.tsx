import { useSession } from '../app/context';
import type { CaseDetailQuery } from '../gql/graphql';
import { AttemptForm } from './AttemptForm';
import { CloseForm } from './CloseForm';
import { NoteForm } from './NoteForm';
import { PickUpButton } from './PickUpButton';

type Detail = NonNullable<CaseDetailQuery['case']>;

/** What the consultant can do with an open case, each action with its own result or error. */
export function CaseActions({ kase }: { kase: Detail }) {
  const { session } = useSession();
  if (kase.status === 'CLOSED') return null;
  return (
    <aside className="actions" aria-label="Acties">
      <PickUpButton caseId={kase.id} assignedToYou={kase.assignee === session?.sub} />
      <AttemptForm caseId={kase.id} />
      <NoteForm caseId={kase.id} />
      <CloseForm caseId={kase.id} />
    </aside>
  );
}
