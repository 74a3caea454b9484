// Dialogs size to their content: Apps Script opens a dialog at the height its server gave (a guess made before the
// page rendered), so the page tells the host its real height with google.script.host.setHeight whenever it changes.
// https://developers.google.com/apps-script/guides/html/reference/host#setheightheight

/** Room for the dialog's own title bar and border around the page (Google draws them outside the page). */
const CHROME_PX = 56;
/** Never taller than most laptop screens: past this the page scrolls, and its buttons stay in view (sticky). */
const MAX_PX = 760;
const MIN_PX = 160;

/** Keeps the dialog as tall as `root`'s content (within MIN_PX..MAX_PX), now and after each re-render. */
export function fitDialog(root: HTMLElement): void {
  let last = 0;
  const resize = () => {
    const body = getComputedStyle(document.body);
    const content = root.scrollHeight + Number.parseFloat(body.paddingTop) + Number.parseFloat(body.paddingBottom);
    const height = Math.round(Math.min(MAX_PX, Math.max(MIN_PX, content + CHROME_PX)));
    if (Math.abs(height - last) < 4) return;
    last = height;
    google.script.host.setHeight(height);
  };
  resize();
  if (typeof ResizeObserver === 'function') new ResizeObserver(resize).observe(root);
}
