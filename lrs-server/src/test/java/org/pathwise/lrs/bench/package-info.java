/** Benchmark command of the LRS: generated statements, ingest through HTTP against a plain-JDBC ceiling, query latency. */
package org.pathwise.lrs.bench;
