/** Agency and unit entities. No user accounts here: membership is kept by the people component. */
package vn.eoffice.organisation.entity;
