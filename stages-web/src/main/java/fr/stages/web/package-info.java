/**
 * What every Faces page of the web module shares: texts and language (Texts, SiteLanguage), the back office's
 * form state and field errors (FormState), dates (DateConverter), records in EL (RecordResolver), error pages
 * (ErrorPagesHandlerFactory, NotFoundPages). Each part of the site lives in a package of its own: search, offers,
 * candidates, spontaneous, backoffice, accounts, feeds; the copies of public pages in pagecache; what guards
 * every request in http; health checks in health.
 * <p>
 * Names: the bean of one page mirrors the page's path, in the package of its folder: offers/offer.xhtml ↔
 * offers.OffersOfferPage, #{offersOfferPage}; backoffice/offer-edit.xhtml ↔ backoffice.BackofficeOfferEditPage,
 * #{backofficeOfferEditPage}; index.xhtml ↔ search.IndexPage, #{indexPage}. A bean shared by several pages is named
 * after what it holds, its EL name being its class name: #{texts}, #{siteLanguage}, #{formState}, #{answers},
 * #{currentAgent}, #{signIn}, #{passwordForms}. Beans call a boundary and turn its answers into pages and
 * messages, nothing more.
 */
package fr.stages.web;
