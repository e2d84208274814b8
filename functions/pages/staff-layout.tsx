import type { Child } from 'hono/jsx';
import { consoleCss } from './console-styles.js';
import { Layout } from './layout.js';
import { STAFF_SECTIONS, type StaffSection } from './staff-nav.js';

/** The console's rules, for the pages that use them: staff pages, and the partner portal. */
export function ConsoleStylesheet() {
  // A constant, not escaped: quotes and `>` are CSS here, not text.
  return <style dangerouslySetInnerHTML={{ __html: consoleCss }} />;
}

export interface StaffLayoutProps {
  title: string;
  children: Child;
  /** The staff section this page belongs to, marked as the current one in the staff navigation. */
  section?: StaffSection;
  /** Without the staff navigation: a trainer's pages, who reaches none of its sections. */
  navigation?: boolean;
  /** Extra elements for the head, after the console's stylesheet. */
  head?: Child;
}

/** The staff console's shell: never indexed, sign-out in the header, the staff navigation. */
export function StaffLayout({ title, children, section, navigation = true, head }: StaffLayoutProps) {
  return (
    <Layout
      title={title}
      siteLinks={false}
      head={
        <>
          <meta name="robots" content="noindex" />
          <ConsoleStylesheet />
          {head}
        </>
      }
      account={
        <form method="post" action="/deconnexion" class="inline">
          <button type="submit" class="link">
            Se déconnecter
          </button>
        </form>
      }
      beforeMain={
        navigation && (
          <nav aria-label="Espace équipe" class="staff-nav">
            <ul>
              {STAFF_SECTIONS.map((item) => (
                <li>
                  <a href={item.href} aria-current={item.href === section ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )
      }
    >
      {children}
    </Layout>
  );
}
