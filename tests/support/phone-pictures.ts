import type { Locale } from '../../shared/locales.ts';
import type { PhoneLocale, PhoneWordView, ScreenView } from '../../shared/phone-picture.ts';

/**
 * Hand-written screens mirroring real steps (Settings > Apps > FaceTime, Recents with its (i), the
 * WhatsApp ⋮ menu, WeChat's Me > Settings, a Samsung Phone settings list, the home screen), drawn on
 * the fixture page for the visual regression test (tests/e2e/phone-pictures.e2e.ts). Words are given where the
 * test needs them, not as confirmed content: this file is a drawing test, never shown to a visitor.
 */
type Word = { phone: Partial<Record<Locale, string | null>>; meaning: Partial<Record<Locale, string>> };

const W: Record<string, Word> = {
  settings: {
    phone: { en: 'Settings', 'zh-Hant': '設定', ar: 'الإعدادات' },
    meaning: { en: 'Settings', 'zh-Hant': '設定', ar: 'الإعدادات' },
  },
  general: {
    phone: { en: 'General', 'zh-Hant': '一般', ar: 'عام' },
    meaning: { en: 'General', 'zh-Hant': '一般', ar: 'عام' },
  },
  accessibility: {
    phone: { en: 'Accessibility', ar: 'تسهيلات الاستخدام' },
    meaning: { en: 'Accessibility', 'zh-Hant': '輔助使用', ar: 'تسهيلات الاستخدام' },
  },
  privacy: {
    phone: { en: 'Privacy & Security', ar: null },
    meaning: { en: 'Privacy & Security', 'zh-Hant': '私隱與保安', ar: 'الخصوصية والأمن' },
  },
  battery: {
    phone: { en: 'Battery', 'zh-Hant': '電池', ar: 'البطارية' },
    meaning: { en: 'Battery', 'zh-Hant': '電池', ar: 'البطارية' },
  },
  apps: { phone: { en: 'Apps', ar: 'التطبيقات' }, meaning: { en: 'Apps', 'zh-Hant': '應用程式', ar: 'التطبيقات' } },
  facetime: {
    phone: { en: 'FaceTime', 'zh-Hant': 'FaceTime', ar: 'FaceTime' },
    meaning: { en: 'FaceTime', 'zh-Hant': 'FaceTime', ar: 'FaceTime' },
  },
  calls: { phone: { en: 'Calls', ar: null }, meaning: { en: 'Calls', 'zh-Hant': '通話', ar: 'المكالمات' } },
  silence: {
    phone: { en: 'Silence Unknown Callers', ar: null },
    meaning: { en: 'Silence Unknown Callers', 'zh-Hant': '把陌生來電靜音', ar: 'إسكات المتصلين غير المعروفين' },
  },
  'live-photos': {
    phone: { en: 'FaceTime Live Photos', ar: null },
    meaning: { en: 'FaceTime Live Photos', 'zh-Hant': 'FaceTime 原況相片', ar: 'صور FaceTime الحية' },
  },
  'call-filtering': {
    phone: { en: 'Call Filtering', ar: null },
    meaning: { en: 'Call Filtering', 'zh-Hant': '來電過濾', ar: 'تصفية المكالمات' },
  },
  phone: {
    phone: { en: 'Phone', 'zh-Hant': '電話', ar: 'الهاتف' },
    meaning: { en: 'Phone', 'zh-Hant': '電話', ar: 'الهاتف' },
  },
  recents: { phone: { en: 'Recents', ar: null }, meaning: { en: 'Recents', 'zh-Hant': '最近通話', ar: 'الأخيرة' } },
  mum: { phone: { en: 'Mum', 'zh-Hant': '媽媽', ar: 'أمي' }, meaning: { en: 'Mum', 'zh-Hant': '媽媽', ar: 'أمي' } },
  unknown: {
    phone: { en: '+62 812 5550 1234', 'zh-Hant': '+62 812 5550 1234', ar: '+62 812 5550 1234' },
    meaning: { en: '+62 812 5550 1234', 'zh-Hant': '+62 812 5550 1234', ar: '+62 812 5550 1234' },
  },
  grandson: { phone: { en: 'Ben', 'zh-Hant': 'Ben', ar: 'Ben' }, meaning: { en: 'Ben', 'zh-Hant': 'Ben', ar: 'Ben' } },
  mobile: { phone: { en: 'mobile', ar: null }, meaning: { en: 'mobile', 'zh-Hant': '手提電話', ar: 'جوّال' } },
  yesterday: { phone: { en: 'Yesterday', ar: null }, meaning: { en: 'Yesterday', 'zh-Hant': '昨天', ar: 'أمس' } },
  whatsapp: {
    phone: { en: 'WhatsApp', 'zh-Hant': 'WhatsApp', ar: 'واتساب' },
    meaning: { en: 'WhatsApp', 'zh-Hant': 'WhatsApp', ar: 'واتساب' },
  },
  'new-group': {
    phone: { en: 'New group', ar: null },
    meaning: { en: 'New group', 'zh-Hant': '新群組', ar: 'مجموعة جديدة' },
  },
  'linked-devices': {
    phone: { en: 'Linked devices', ar: null },
    meaning: { en: 'Linked devices', 'zh-Hant': '已連結的裝置', ar: 'الأجهزة المرتبطة' },
  },
  starred: {
    phone: { en: 'Starred', ar: null },
    meaning: { en: 'Starred', 'zh-Hant': '已加星號', ar: 'المميزة بنجمة' },
  },
  'wa-settings': {
    phone: { en: 'Settings', 'zh-Hant': '設定', ar: 'الإعدادات' },
    meaning: { en: 'Settings', 'zh-Hant': '設定', ar: 'الإعدادات' },
  },
  'block-numbers': {
    phone: { en: 'Block numbers', ar: null },
    meaning: { en: 'Block numbers', 'zh-Hant': '封鎖號碼', ar: 'حظر الأرقام' },
  },
  'caller-id': {
    phone: { en: 'Caller ID and spam protection', ar: null },
    meaning: {
      en: 'Caller ID and spam protection',
      'zh-Hant': '來電顯示與垃圾來電防護',
      ar: 'معرف المتصل والحماية من الرسائل غير المرغوبة',
    },
  },
  'call-settings': {
    phone: { en: 'Call settings', ar: null },
    meaning: { en: 'Call settings', 'zh-Hant': '通話設定', ar: 'إعدادات المكالمات' },
  },
  voicemail: {
    phone: { en: 'Voicemail', ar: null },
    meaning: { en: 'Voicemail', 'zh-Hant': '留言信箱', ar: 'البريد الصوتي' },
  },
  'wechat-me': {
    phone: { en: null, 'zh-Hant': '我', 'zh-Hans': '我' },
    meaning: { en: 'Me', 'zh-Hant': '我', ar: 'أنا' },
  },
  'wechat-services': {
    phone: { en: null, 'zh-Hant': '服務', 'zh-Hans': '服务' },
    meaning: { en: 'Services', 'zh-Hant': '服務', ar: 'الخدمات' },
  },
  'wechat-favorites': {
    phone: { en: null, 'zh-Hant': null },
    meaning: { en: 'Favourites', 'zh-Hant': '收藏', ar: 'المفضلة' },
  },
  'wechat-moments': {
    phone: { en: null, 'zh-Hant': '朋友圈', 'zh-Hans': '朋友圈' },
    meaning: { en: 'Moments', 'zh-Hant': '朋友圈', ar: 'اللحظات' },
  },
  'wechat-settings': {
    phone: { en: null, 'zh-Hant': '設定', 'zh-Hans': '设置' },
    meaning: { en: 'Settings', 'zh-Hant': '設定', ar: 'الإعدادات' },
  },
  camera: {
    phone: { en: 'Camera', 'zh-Hant': '相機', ar: 'الكاميرا' },
    meaning: { en: 'Camera', 'zh-Hant': '相機', ar: 'الكاميرا' },
  },
  photos: {
    phone: { en: 'Photos', 'zh-Hant': '相片', ar: 'الصور' },
    meaning: { en: 'Photos', 'zh-Hant': '相片', ar: 'الصور' },
  },
  mail: {
    phone: { en: 'Mail', 'zh-Hant': '郵件', ar: 'البريد' },
    meaning: { en: 'Mail', 'zh-Hant': '郵件', ar: 'البريد' },
  },
  clock: {
    phone: { en: 'Clock', 'zh-Hant': '時鐘', ar: 'الساعة' },
    meaning: { en: 'Clock', 'zh-Hant': '時鐘', ar: 'الساعة' },
  },
  calendar: {
    phone: { en: 'Calendar', 'zh-Hant': '日曆', ar: 'التقويم' },
    meaning: { en: 'Calendar', 'zh-Hant': '日曆', ar: 'التقويم' },
  },
  maps: {
    phone: { en: 'Maps', 'zh-Hant': '地圖', ar: 'الخرائط' },
    meaning: { en: 'Maps', 'zh-Hant': '地圖', ar: 'الخرائط' },
  },
  'block-caller': {
    phone: { en: 'Block this Caller', ar: null },
    meaning: { en: 'Block this Caller', 'zh-Hant': '封鎖此來電者', ar: 'حظر هذا المتصل' },
  },
  'share-contact': {
    phone: { en: 'Share Contact', ar: null },
    meaning: { en: 'Share Contact', 'zh-Hant': '分享聯絡人', ar: 'مشاركة جهة الاتصال' },
  },
  'block-contact': {
    phone: { en: 'Block Contact', ar: null },
    meaning: { en: 'Block Contact', 'zh-Hant': '封鎖聯絡人', ar: 'حظر جهة الاتصال' },
  },
  'block-question': {
    phone: { en: 'Block +62 812 5550 1234?', ar: null },
    meaning: { en: 'Block +62 812 5550 1234?', 'zh-Hant': '封鎖 +62 812 5550 1234？', ar: 'حظر ‎+62 812 5550 1234؟' },
  },
  'block-explained': {
    phone: { en: 'Blocked contacts cannot call or send you messages.', ar: null },
    meaning: {
      en: 'Blocked contacts cannot call or send you messages.',
      'zh-Hant': '已封鎖的聯絡人無法致電或傳訊息給你。',
      ar: 'لا يمكن لجهات الاتصال المحظورة الاتصال بك أو مراسلتك.',
    },
  },
  block: { phone: { en: 'Block', ar: null }, meaning: { en: 'Block', 'zh-Hant': '封鎖', ar: 'حظر' } },
  cancel: { phone: { en: 'Cancel', ar: null }, meaning: { en: 'Cancel', 'zh-Hant': '取消', ar: 'إلغاء' } },
  'share-screen': {
    phone: { en: 'Share', ar: null },
    meaning: { en: 'Share screen', 'zh-Hant': '分享螢幕', ar: 'مشاركة الشاشة' },
  },
  mute: { phone: { en: 'Mute', ar: null }, meaning: { en: 'Mute', 'zh-Hant': '靜音', ar: 'كتم' } },
  'end-call': {
    phone: { en: 'End', ar: null },
    meaning: { en: 'End call', 'zh-Hant': '結束通話', ar: 'إنهاء المكالمة' },
  },
  'chat-archive': { phone: { en: 'Archive', ar: null }, meaning: { en: 'Archive', 'zh-Hant': '封存', ar: 'أرشفة' } },
  chats: { phone: { en: 'Chats', ar: null }, meaning: { en: 'Chats', 'zh-Hant': '聊天', ar: 'الدردشات' } },
  // The bottom tab bar's words (tab-bars).
  'wa-updates': {
    phone: { en: 'Updates', ar: null },
    meaning: { en: 'Updates', 'zh-Hant': '最新動態', ar: 'المستجدات' },
  },
  'wa-calls': { phone: { en: 'Calls', ar: null }, meaning: { en: 'Calls', 'zh-Hant': '通話', ar: 'المكالمات' } },
  'wa-communities': {
    phone: { en: 'Communities', ar: null },
    meaning: { en: 'Communities', 'zh-Hant': '社群', ar: 'المجتمعات' },
  },
};

/** The dictionary as a tutorial in `reading` serves it: the phone's words, the meaning in the reader's language. */
export function wordsFor(reading: Locale): Record<string, PhoneWordView> {
  return Object.fromEntries(
    Object.entries(W).map(([id, w]) => [id, { phone: w.phone, meaning: w.meaning[reading] ?? w.meaning.en ?? id }]),
  );
}

const row = (label: string, more: Partial<ScreenView['rows'][number]> = {}): ScreenView['rows'][number] => ({
  label,
  kind: 'link',
  target: false,
  ...more,
});

const SETTINGS_APPS: ScreenView = {
  kind: 'list',
  app: 'settings',
  title: 'settings',
  controls: [],
  apps: [],
  tabs: [],
  gesture: 'scroll-to-bottom',
  rows: [
    row('general', { icon: 'general' }),
    row('accessibility', { icon: 'accessibility' }),
    row('privacy', { icon: 'privacy' }),
    row('battery', { icon: 'battery' }),
    row('apps', { icon: 'apps', target: true }),
  ],
};

const FACETIME_SWITCH: ScreenView = {
  kind: 'list',
  app: 'settings',
  title: 'facetime',
  back: 'apps',
  controls: [],
  apps: [],
  tabs: [],
  rows: [
    row('facetime', { kind: 'switch', value: 'on' }),
    row('live-photos', { kind: 'switch', value: 'on' }),
    row('calls', { kind: 'header' }),
    row('silence', { kind: 'switch', value: 'off', to: 'on', target: true }),
    row('call-filtering', { detail: 'apps' }),
  ],
};

const RECENTS: ScreenView = {
  kind: 'list',
  app: 'phone',
  title: 'recents',
  controls: [{ control: 'edit', target: false }],
  apps: [],
  tabs: [],
  rows: [
    row('mum', { kind: 'info', icon: 'person', detail: 'yesterday', control: 'info' }),
    row('unknown', { kind: 'info', icon: 'person', detail: 'yesterday', control: 'info', target: true }),
    row('grandson', { kind: 'info', icon: 'person', detail: 'yesterday', control: 'info' }),
    row('mum', { kind: 'info', icon: 'person', detail: 'yesterday', control: 'info' }),
  ],
};

const WHATSAPP_MENU: ScreenView = {
  kind: 'menu',
  app: 'whatsapp',
  title: 'whatsapp',
  controls: [
    { control: 'search', target: false },
    { control: 'more-vertical', target: false },
  ],
  apps: [],
  tabs: [],
  rows: [row('new-group'), row('linked-devices'), row('starred'), row('wa-settings', { target: true })],
};

const WHATSAPP_CHATS: ScreenView = {
  kind: 'list',
  app: 'whatsapp',
  title: 'chats',
  controls: [{ control: 'more-vertical', target: true }],
  apps: [],
  tabs: [],
  rows: [
    row('mum', { icon: 'person', kind: 'info' }),
    row('unknown', { icon: 'person', kind: 'info' }),
    row('grandson', { icon: 'person', kind: 'info' }),
  ],
};

/** WhatsApp on an iPhone: Chats showing, Settings at the bottom right to tap (the tab bar, tab-bars). */
export const WHATSAPP_TABS: ScreenView = {
  ...WHATSAPP_CHATS,
  controls: [],
  tabs: [
    { icon: 'updates', label: 'wa-updates', target: false, selected: false },
    { icon: 'call', label: 'wa-calls', target: false, selected: false },
    { icon: 'communities', label: 'wa-communities', target: false, selected: false },
    { icon: 'chat', label: 'chats', target: false, selected: true },
    { icon: 'general', label: 'wa-settings', target: true, selected: false },
  ],
};

const CHATS_SWIPE: ScreenView = {
  ...WHATSAPP_CHATS,
  controls: [{ control: 'more-vertical', target: false }],
  gesture: 'swipe-row-left',
  rows: WHATSAPP_CHATS.rows.map((r, i) => ({ ...r, target: i === 1 })),
};

const SAMSUNG_PHONE: ScreenView = {
  kind: 'list',
  app: 'phone',
  title: 'call-settings',
  controls: [{ control: 'back', target: false }],
  apps: [],
  tabs: [],
  rows: [
    row('block-numbers', { target: true }),
    row('caller-id', { kind: 'switch', value: 'on' }),
    row('voicemail'),
    row('calls', { kind: 'header' }),
    row('live-photos', { kind: 'switch', value: 'off' }),
  ],
};

const WECHAT_ME: ScreenView = {
  kind: 'list',
  app: 'wechat',
  title: 'wechat-me',
  controls: [],
  apps: [],
  tabs: [],
  rows: [
    row('wechat-services', { icon: 'check-circle' }),
    row('wechat-favorites', { icon: 'star' }),
    row('wechat-moments', { icon: 'wallpaper' }),
    row('wechat-settings', { icon: 'general', target: true }),
  ],
};

const HOME: ScreenView = {
  kind: 'home',
  app: 'home',
  controls: [],
  rows: [],
  tabs: [],
  apps: [
    { icon: 'app-facetime', label: 'facetime', target: false },
    { icon: 'app-calendar', label: 'calendar', target: false },
    { icon: 'app-photos', label: 'photos', target: false },
    { icon: 'app-camera', label: 'camera', target: false },
    { icon: 'app-mail', label: 'mail', target: false },
    { icon: 'app-clock', label: 'clock', target: false },
    { icon: 'app-maps', label: 'maps', target: false },
    { icon: 'app-settings', label: 'settings', target: true },
    { icon: 'app-phone', label: 'phone', target: false },
    { icon: 'app-whatsapp', label: 'whatsapp', target: false },
  ],
};

const SHEET: ScreenView = {
  kind: 'sheet',
  app: 'phone',
  title: 'unknown',
  back: 'recents',
  controls: [],
  apps: [],
  tabs: [],
  rows: [row('share-contact', { kind: 'button' }), row('block-caller', { kind: 'destructive', target: true })],
};

const DIALOG: ScreenView = {
  kind: 'dialog',
  app: 'phone',
  title: 'block-question',
  controls: [{ control: 'back', target: false }],
  apps: [],
  tabs: [],
  rows: [
    row('block-explained', { kind: 'info' }),
    row('cancel', { kind: 'button' }),
    row('block', { kind: 'destructive', target: true }),
  ],
};

const CALL: ScreenView = {
  kind: 'call',
  app: 'whatsapp',
  title: 'unknown',
  controls: [],
  apps: [],
  tabs: [],
  rows: [
    row('share-screen', { kind: 'button', icon: 'share-screen', target: true }),
    row('mute', { kind: 'button', icon: 'mute' }),
    row('end-call', { kind: 'destructive', icon: 'end-call' }),
  ],
};

export interface Picture {
  name: string;
  screen: ScreenView;
  reading: Locale;
  phone: PhoneLocale;
  variant: { platform: 'ios' | 'android' | 'any'; device?: 'iphone' | 'pixel' | 'samsung' | 'android-other' };
  visitorPhone?: 'iphone' | 'samsung' | 'pixel' | 'android';
}

/** One screenshot each: every frame, both directions, an English phone in an Arabic page, every kind. */
export const PICTURES: Picture[] = [
  { name: 'iphone-settings-en', screen: SETTINGS_APPS, reading: 'en', phone: 'en', variant: { platform: 'ios' } },
  {
    name: 'iphone-facetime-switch-en',
    screen: FACETIME_SWITCH,
    reading: 'en',
    phone: 'en',
    variant: { platform: 'ios' },
  },
  {
    name: 'iphone-facetime-switch-ar',
    screen: FACETIME_SWITCH,
    reading: 'ar',
    phone: 'ar',
    variant: { platform: 'ios' },
  },
  {
    name: 'iphone-facetime-english-phone-ar-page',
    screen: FACETIME_SWITCH,
    reading: 'ar',
    phone: 'en',
    variant: { platform: 'ios' },
  },
  {
    name: 'iphone-home-button-recents-en',
    screen: { ...RECENTS, frame: 'iphone-home' },
    reading: 'en',
    phone: 'en',
    variant: { platform: 'ios' },
  },
  {
    name: 'pixel-whatsapp-menu-en',
    screen: WHATSAPP_MENU,
    reading: 'en',
    phone: 'en',
    variant: { platform: 'any' },
    visitorPhone: 'pixel',
  },
  {
    name: 'pixel-whatsapp-chats-ar',
    screen: WHATSAPP_CHATS,
    reading: 'ar',
    phone: 'unknown',
    variant: { platform: 'any' },
    visitorPhone: 'android',
  },
  {
    name: 'iphone-whatsapp-swipe-en',
    screen: CHATS_SWIPE,
    reading: 'en',
    phone: 'en',
    variant: { platform: 'any' },
    visitorPhone: 'iphone',
  },
  {
    name: 'samsung-phone-settings-en',
    screen: SAMSUNG_PHONE,
    reading: 'en',
    phone: 'en',
    variant: { platform: 'android', device: 'samsung' },
  },
  {
    name: 'iphone-wechat-me-zh-hant',
    screen: WECHAT_ME,
    reading: 'zh-Hant',
    phone: 'zh-Hant',
    variant: { platform: 'any' },
    visitorPhone: 'iphone',
  },
  { name: 'iphone-home-screen-zh-hant', screen: HOME, reading: 'zh-Hant', phone: 'en', variant: { platform: 'ios' } },
  { name: 'iphone-sheet-en', screen: SHEET, reading: 'en', phone: 'en', variant: { platform: 'ios' } },
  {
    name: 'pixel-dialog-en',
    screen: DIALOG,
    reading: 'en',
    phone: 'en',
    variant: { platform: 'android', device: 'pixel' },
  },
  {
    name: 'samsung-call-en',
    screen: CALL,
    reading: 'en',
    phone: 'en',
    variant: { platform: 'any' },
    visitorPhone: 'samsung',
  },
  // Last, so adding it moves no other picture on the fixture page (tab-bars).
  {
    name: 'iphone-whatsapp-tabs-ar',
    screen: WHATSAPP_TABS,
    reading: 'ar',
    phone: 'ar',
    variant: { platform: 'any' },
    visitorPhone: 'iphone',
  },
];
