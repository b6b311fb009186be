import { findViewer } from '../../lib/accounts/viewer';
import { savedSearchFields } from '../../lib/notifications/saved-search-input';
import type { SearchState } from '../../lib/search/search-params';
import { SaveSearchForm } from './save-search-form';

/** The search page's "Save this search", for signed-in visitors; named after the words typed, if any. */
export async function SaveSearch({ state }: { state: SearchState }) {
  if (!(await findViewer())) return null;
  return <SaveSearchForm fields={savedSearchFields(state)} defaultName={state.q.slice(0, 120)} />;
}
