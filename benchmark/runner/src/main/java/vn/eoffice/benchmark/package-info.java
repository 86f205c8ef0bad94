/** The benchmark runner: the application and its named peer, measured in one run. */
package vn.eoffice.benchmark;
