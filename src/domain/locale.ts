/** The languages the dashboard is written in; every layer formats and labels for one of them. */
export const locales = ['en', 'zh-CN'] as const
export type Locale = (typeof locales)[number]
