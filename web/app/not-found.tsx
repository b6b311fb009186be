import './globals.css';

/**
 * A 404 outside every locale (the proxy sends nearly every address to a locale, so this is rare). No
 * locale is known here: the message is in the three languages, each linking to its home page.
 */
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <section className="message-page">
            <h1>Page not found</h1>
            <p>There is no page at this address.</p>
            <ul className="plain-list">
              <li>
                <a href="/en" hrefLang="en" lang="en">
                  Go to the Casebook home page
                </a>
              </li>
              <li>
                <a href="/es" hrefLang="es" lang="es">
                  Ir a la página de inicio de Casebook
                </a>
              </li>
              <li>
                <a href="/fr" hrefLang="fr" lang="fr">
                  Aller à la page d’accueil de Casebook
                </a>
              </li>
            </ul>
          </section>
        </main>
      </body>
    </html>
  );
}
