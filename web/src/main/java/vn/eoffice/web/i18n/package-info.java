/** UI text: resource bundles (Vietnamese first, English) and the language of a request. */
package vn.eoffice.web.i18n;
