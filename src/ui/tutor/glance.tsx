// "At a glance": a student's active goal, open action steps with recent check-offs, last session notes, effort data.

import { formatDate } from '../../core/i18n/format';
import { noteFieldText } from '../../core/i18n/messages/tutor-note-fields';
import { tutorText } from '../../core/i18n/messages/tutor-sidebar';
import type { StudentGlance } from '../../core/tutor-view';
import { PAGE_LOCALE, textOf } from '../i18n';
import { PromptList } from './shared';

const t = textOf(tutorText);
const date = (iso: string) => formatDate(PAGE_LOCALE, iso);
/** A stored choice ("Partly") as the page's language says it. */
const choice = (value: string) => (noteFieldText[PAGE_LOCALE] as Record<string, string>)[value] ?? value;

export function CheckOffDots({ recent }: { recent: readonly boolean[] }) {
  if (recent.length === 0) return <span class="muted">{t('noCheckOffs')}</span>;
  const done = recent.filter(Boolean).length;
  return (
    <span class="dots" role="img" aria-label={t('dotsLabel', { n: recent.length, done, missed: recent.length - done })}>
      {recent.map((d, i) => (
        <span key={i} class={d ? 'dot done' : 'dot missed'} aria-hidden="true">
          {d ? '✓' : '✗'}
        </span>
      ))}
    </span>
  );
}

export function Glance({ glance }: { glance: StudentGlance }) {
  const goal = glance.activeGoal;
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title" class="sr-only">
        {t('glanceTitle', { name: glance.student.name })}
      </h2>
      <div class="card">
        <h3>{t('activeGoal')}</h3>
        {goal ? (
          <>
            <p class="goal-text">{goal.goal}</p>
            <p class="muted">
              {goal.target !== null && <>{t('target', { target: goal.target })} · </>}
              {goal.dueDate && <>{t('due', { date: date(goal.dueDate) })} · </>}
              {t('set', { date: date(goal.conferenceDate) })}
              {goal.assessment && (
                <>
                  {' '}
                  {t('after', { assessment: goal.assessment })}
                  {goal.score !== null && <> ({goal.score})</>}
                </>
              )}
              {goal.prioritized && (
                <>
                  {' '}
                  <span class="badge red">{t('targeted')}</span>
                </>
              )}
            </p>
          </>
        ) : (
          <p class="muted">{t('noGoal')}</p>
        )}
      </div>
      <div class="card">
        <h3>{t('openSteps')}</h3>
        {glance.steps.length === 0 ? (
          <p class="muted">{t('none')}</p>
        ) : (
          <ul class="plain">
            {glance.steps.map((s) => (
              <li key={s.stepId}>
                <div>{s.action}</div>
                <div class="muted">
                  {s.whenHowOften && <>{s.whenHowOften} · </>}
                  <CheckOffDots recent={s.recent} />
                  {!s.specific && (
                    <>
                      {' '}
                      <span class="badge red">{t('tooVague')}</span>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <PromptList prompts={glance.prompts} />
      <div class="card">
        <h3>{t('lastNotes')}</h3>
        {glance.recentNotes.length === 0 ? (
          <p class="muted">{t('noNotes')}</p>
        ) : (
          <ul class="plain">
            {glance.recentNotes.map((n) => (
              <li key={n.noteId}>
                <div>
                  <strong>{date(n.date)}</strong>
                  {n.startTime && (
                    <span class="muted">
                      {' '}
                      {n.startTime}
                      {n.endTime && `–${n.endTime}`}
                    </span>
                  )}{' '}
                  {!n.attended ? <span class="badge red">{t('absent')}</span> : !n.onTime ? <span class="badge">{t('late')}</span> : null}
                </div>
                <div>{n.objective}</div>
                <div class="muted">
                  {n.degreeAccomplished !== null && <>{t('accomplished', { n: n.degreeAccomplished })} · </>}
                  {n.topicsSkills}
                  {n.followThrough && <> · {t('followThroughWas', { value: choice(n.followThrough) })}</>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {glance.effort.text && (
        <div class="card">
          <h3>{t('effort')}</h3>
          <p class="pre">{glance.effort.text}</p>
        </div>
      )}
    </section>
  );
}
