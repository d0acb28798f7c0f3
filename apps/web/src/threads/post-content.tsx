import type { PostFieldsFragment } from '@boardwalk/client';
import { Link } from 'react-router-dom';
import { PostBody } from '../components/post-body';

/**
 * What a post shows for its state. A hidden post's body reaches only its author and the board's
 * moderators (the API sends an empty body to everyone else), so an empty body means "not for you".
 */
export function PostContent({ post, boardSlug }: { post: PostFieldsFragment; boardSlug: string }) {
  if (post.deleted) {
    return <p className="post__removed">deleted</p>;
  }
  if (post.hidden && post.body === '') {
    return (
      <p className="post__removed">
        This post was hidden by the board&apos;s moderators.{' '}
        <Link to={`/b/${boardSlug}/moderation`}>See the moderation log</Link>
      </p>
    );
  }
  if (post.hidden) {
    return (
      <>
        <p className="notice notice--hidden">
          Hidden by moderators: only you and the board&apos;s moderators can read this.
        </p>
        <PostBody html={post.bodyHtml} />
      </>
    );
  }
  return <PostBody html={post.bodyHtml} />;
}
