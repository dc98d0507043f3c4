package org.demarche.app.web;

/**
 * The JSON body of every error answer.
 *
 * @param status the HTTP status
 * @param error what went wrong, for a person
 * @param parameter the query parameter at fault, or null
 */
record ErrorBody(int status, String error, String parameter) {}
