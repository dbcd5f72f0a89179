// Word lists shared by the detectors, in the languages of the UI.
const any = (words: string[]) => new RegExp(`(^|[^a-z])(${words.join('|')})([^a-z]|$)`);

export const SIGN_IN = any(['sign ?in', 'log ?in', 'login', 'signin', 'log on', 'logon', 'anmelden', 'einloggen', 'connexion',
  'se connecter', 'iniciar sesi[oó]n', 'entrar', 'accedi', 'inloggen', 'войти', 'вход', 'giriş', 'đăng nhập', 'ورود', 'تسجيل الدخول',
  '登录', '登錄', '登入', 'ログイン', '로그인', 'authenticate']);
export const SIGN_UP = any(['sign ?up', 'register', 'registration', 'create (an |your )?account', 'join', 'registrieren',
  "s'inscrire", 'inscription', 'regístrate', 'регистрация', '注册', '註冊', '登録']);
export const NEWSLETTER = any(['newsletter', 'subscribe', 'subscription', 'updates', 'mailing list']);
export const USERNAME = /(^|[^a-z])(user(name)?|login|email|e-mail|mail|account|identifier|ident|phone|handle|userid|uid)([^a-z]|$)/;
export const SSO = /(continue|sign ?in|log ?in|connect)\s+(with|using|via)\s+(google|apple|microsoft|facebook|github|gitlab|sso|saml|okta|your)/;
export const DROP_ZONE = /(^|[^a-z])(drop-?zone|dropzone|drop-?area|file-?drop|upload-?zone|filepond|uppy-dashboard|uppy-drag)/;
