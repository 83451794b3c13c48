/**
 * The obligation of a provision read from its wording: the verbal forms of ISO/IEC Directives Part 2 and
 * GB/T 1.1-2020 in English and Chinese, with their offsets for highlighting. Plain Java, no I/O.
 */
package org.normative.standards.obligation;
