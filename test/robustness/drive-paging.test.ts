// Drive listings follow nextPageToken: a folder with more shortcuts than one page still finds the one already there.

import { createInDrive, pickWithPicker, setDriveScope } from '../../fakes/drive';
import { shareMaterials } from '../../src/server/materials';
import { DOCS_MIME } from '../../src/workspace/doc-generation';
import { SHORTCUT_MIME } from '../../src/workspace/drive-api';
import { ALGEBRA, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';
import { provisionMaterials } from '../workspace/template-fixtures';

describe('Drive listings page through every result', () => {
  let p: Program;
  afterEach(() => p.close());

  it('a teacher shares a plan again in a Lesson Plans folder holding 1,000 other shortcuts: its shortcut is found on page 2, not made twice', () => {
    p = createProgram({ tier: 1 });
    setDriveScope(p.world, 'drive.file');
    const algebra = provisionMaterials(p, ALGEBRA, 1, TEACHER_RIVERA, [TUTOR_ANA, TUTOR_BEN]);
    const filler = createInDrive(p.world, TEACHER_RIVERA, { name: 'Old worksheet', mimeType: DOCS_MIME });
    const plan = createInDrive(p.world, TEACHER_RIVERA, { name: 'Unit 3 lesson plan', mimeType: DOCS_MIME });
    pickWithPicker(p.world, TEACHER_RIVERA, [filler, plan, algebra.lessonPlans]);
    // One page of the listing (1000) is filled with her add-on's earlier shortcuts, so the plan's lands on page 2.
    p.inTeam(ALGEBRA, TEACHER_RIVERA, () => {
      for (let i = 0; i < 1000; i++) {
        (Drive as GoogleAppsScript.Drive).Files.create({
          name: `Old worksheet ${i}`,
          mimeType: SHORTCUT_MIME,
          parents: [algebra.lessonPlans],
          shortcutDetails: { targetId: filler },
        });
      }
    });
    const first = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [plan] }));
    expect(first.ok && first.value[0]).toMatchObject({ ok: true });
    p.world.counter.reset();
    const again = p.inTeam(ALGEBRA, TEACHER_RIVERA, () => shareMaterials({ folderId: algebra.lessonPlans, fileIds: [plan] }));
    expect(again.ok && again.value[0]).toMatchObject({ ok: true, message: 'Added to Lesson Plans.' });
    const shortcuts = Object.values(p.world.state.drive).filter((i) => i.shortcutTargetId === plan && !i.trashed);
    expect(shortcuts).toHaveLength(1);
    expect(p.world.counter.count('Drive.Files.list')).toBe(2);
    expect(p.world.counter.count('Drive.Files.create')).toBe(0);
  });
});
