// Provisioning's Roster warnings and the Drive owner's refusal, in the language of the coordinator who runs them.

import { driveOwnerRefusal, teamsFromRoster } from '../../src/core/drive-plan';
import { aStudent } from '../support/program';

describe('provisioning warnings for a Dutch coordinator', () => {
  it('names a team without a teacher and an address that is not an email, in Dutch', () => {
    const { warnings } = teamsFromRoster(
      [aStudent({ studentId: '00901', team: 'Klas 2B', teacherEmail: 'geen adres', tutorEmail: 'tutor.ana@school.example' })],
      'nl',
    );
    expect(warnings).toEqual([
      'Klas 2B: "geen adres" is geen e-mailadres (leerling 00901).',
      'Klas 2B: geen e-mailadres van een docent op de Roster.',
    ]);
  });

  it('refuses a coordinator who is not the Drive owner in their language, and in English by default', () => {
    expect(driveOwnerRefusal('owner@school.example', 'other@school.example', 'nl')).toMatch(/^Alleen owner@school\.example kan Drive-acties/);
    expect(driveOwnerRefusal('owner@school.example', 'other@school.example')).toMatch(/^Only owner@school\.example can run Drive actions/);
    expect(driveOwnerRefusal('owner@school.example', 'OWNER@school.example', 'nl')).toBeNull();
  });
});
