import { t } from '../i18n';

/** How to install on each platform; iOS Safari has no install prompt, only Add to Home Screen. */
export function InstallHelp() {
  return (
    <section aria-labelledby="ab-install">
      <h2 id="ab-install">{t('install.heading')}</h2>
      <p>{t('install.intro')}</p>
      <ul>
        <li>{t('install.ios')}</li>
        <li>{t('install.android')}</li>
        <li>{t('install.desktop')}</li>
      </ul>
    </section>
  );
}
