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
  const open = kase.status !== 'CLOSED';
  // The children keep their places when the case closes, so the close confirmation stays mounted.
  return (
    <aside className="actions" aria-label="Acties">
      {open && <PickUpButton caseId={kase.id} assignedToYou={kase.assignee === session?.sub} />}
      {open && <AttemptForm caseId={kase.id} />}
      {open && <NoteForm caseId={kase.id} />}
      <CloseForm caseId={kase.id} closed={!open} />
    </aside>
  );
}
