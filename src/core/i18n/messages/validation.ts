// What a form check says about a bad field, in each language, naming the field ({label}): shared by every form's
// schema (core/form-validation) on the page and on the server.

import { defineMessages } from '../catalog';

export const validationText = /* @__PURE__ */ defineMessages(
  {
    required: '{label} is required.',
    tooLong: '{label} is too long (at most {max} characters).',
    notDate: '{label} must be a date (YYYY-MM-DD).',
    notRealDate: '{label} is not a real date.',
    notTime: '{label} must be a time like 15:30.',
    scale: '{label} must be a number from 1 to {max}.',
    writeText: '{label}: write text here.',
    chooseYesNo: '{label}: choose yes or no.',
    writeNumber: '{label}: write a number.',
    expectedList: '{label}: expected a list; reload the page and try again.',
    expectedFields: '{label}: expected a set of fields; reload the page and try again.',
    notAccepted: '{label}: this value is not accepted.',
    incomplete: 'The form did not arrive complete: reload the page and try again.',
    unsafeField: 'The field "{field}" is not allowed in a form. Reload the page and try again.',
    fixFields: 'Please fix the highlighted fields.',
  },
  {
    required: '{label} is verplicht.',
    tooLong: '{label} is te lang (hoogstens {max} tekens).',
    notDate: '{label} moet een datum zijn (JJJJ-MM-DD).',
    notRealDate: '{label} is geen bestaande datum.',
    notTime: '{label} moet een tijd zijn, zoals 15:30.',
    scale: '{label} moet een getal van 1 tot en met {max} zijn.',
    writeText: '{label}: vul hier tekst in.',
    chooseYesNo: '{label}: kies ja of nee.',
    writeNumber: '{label}: vul een getal in.',
    expectedList: '{label}: hier hoort een lijst: laad de pagina opnieuw.',
    expectedFields: '{label}: hier horen velden: laad de pagina opnieuw.',
    notAccepted: '{label}: deze waarde kan niet.',
    incomplete: 'Het formulier kwam niet volledig aan: laad de pagina opnieuw.',
    unsafeField: 'Het veld "{field}" hoort niet in een formulier. Laad de pagina opnieuw.',
    fixFields: 'Verbeter de gemarkeerde velden.',
  },
);
