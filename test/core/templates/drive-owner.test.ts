// Who may file documents in the program's Drive folders: the Settings' Drive owner, or anyone before provisioning.

import { driveOwnerProblem } from '../../../src/core/templates/drive-owner';

describe('driveOwnerProblem', () => {
  it('lets the coordinator who provisioned Drive, whatever the case of the email, and anyone before provisioning', () => {
    expect(driveOwnerProblem('Coordinator@School.example', 'coordinator@school.example')).toBe('');
    expect(driveOwnerProblem('', 'second@school.example')).toBe('');
  });

  it('names the Drive owner to a second coordinator', () => {
    expect(driveOwnerProblem('coordinator@school.example', 'second@school.example')).toBe(
      "Only coordinator@school.example can run Drive actions for this program: their add-on created the team folders, and Google lets each person's add-on reach only what it made. Ask coordinator@school.example to generate these documents.",
    );
  });
});
