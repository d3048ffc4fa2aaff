/** The app's name: a proper name, the same in every language (the renderer's i18n `app.name` and index.html say it too). */
export const APP_NAME = 'Góp ý HĐND';
