/** Settings read from system properties and the environment, with safe defaults. */
package vn.eoffice.platform.control;
