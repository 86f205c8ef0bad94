/** Documents, their files and versions, uploads and stored content records. */
package vn.eoffice.documents.entity;
