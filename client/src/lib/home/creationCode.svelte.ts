/**
 * The deployment's creation code, shared by the start page's create and import forms: once
 * either learns that the server asks for one (a 401 `create_token_required`), both show the
 * field, and the code typed into one is used by the other. Kept for this page view only. [H9]
 */
export const creationCode = $state({ asked: false, value: '' });
