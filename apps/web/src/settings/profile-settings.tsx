import { UpdateProfileDocument } from '@boardwalk/client';
import { AccountLimits } from '@boardwalk/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql-client';
import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import { FormField } from '../components/form-field';
import { useViewer, type Viewer } from '../session/viewer-context';

export function ProfileSettings({ viewer }: { viewer: Viewer }) {
  const { setViewer } = useViewer();
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [bio, setBio] = useState(viewer.bio);
  const [staffTitle, setStaffTitle] = useState(viewer.staffTitle ?? '');
  const [saved, setSaved] = useState(false);
  const save = useMutation(async () => {
    const { updateProfile } = await request(UpdateProfileDocument, {
      input: {
        displayName: displayName.trim(),
        bio,
        ...(viewer.isStaff ? { staffTitle: staffTitle.trim() } : {}),
      },
    });
    setViewer(updateProfile);
    setSaved(true);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void save.run();
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <FormField
        label="Display name"
        value={displayName}
        maxLength={AccountLimits.displayNameMaxLength}
        onChange={(event) => setDisplayName(event.target.value)}
        required
      />
      <div className="field">
        <label htmlFor="profile-bio">Bio</label>
        <textarea
          id="profile-bio"
          rows={3}
          maxLength={AccountLimits.bioMaxLength}
          value={bio}
          onChange={(event) => setBio(event.target.value)}
        />
      </div>
      {viewer.isStaff ? (
        <FormField
          label="Staff title"
          hint="Shown next to your staff badge, e.g. “Support engineer”. Leave empty for none."
          value={staffTitle}
          maxLength={AccountLimits.staffTitleMaxLength}
          onChange={(event) => setStaffTitle(event.target.value)}
        />
      ) : null}
      <ErrorNotice message={save.error} />
      {saved ? <p role="status">Profile saved.</p> : null}
      <button className="button" type="submit" disabled={save.pending}>
        Save profile
      </button>
    </form>
  );
}
