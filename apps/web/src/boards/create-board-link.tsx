import { Link } from 'react-router-dom';
import { useViewer } from '../session/viewer-context';

/** Open to every member: signed-out visitors are sent through sign-in first. */
export function CreateBoardLink() {
  const { viewer } = useViewer();
  const to = viewer ? '/boards/new' : `/signin?next=${encodeURIComponent('/boards/new')}`;
  return (
    <Link className="button" to={to}>
      Create a board
    </Link>
  );
}
