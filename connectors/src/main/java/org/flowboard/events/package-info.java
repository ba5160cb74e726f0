/** Canonical events: the one model every outside format becomes. */
package org.flowboard.events;
