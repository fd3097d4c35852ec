/** SQL functions registered by the driver through the adapter's function SPI: TOON in SQL. */
package org.sochdb.jdbc.functions;
