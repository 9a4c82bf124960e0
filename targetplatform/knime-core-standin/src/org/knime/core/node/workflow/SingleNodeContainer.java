package org.knime.core.node.workflow;

/**
 * Stand-in for the knime-core container of a single node; only its memory policy enum is declared,
 * because that is all that plugin tests pass to {@link org.knime.core.node.ExecutionContext}.
 */
public abstract class SingleNodeContainer {

    private SingleNodeContainer() {
    }

    /** Storage policy for the tables a node creates. The stand-in keeps all of them in memory. */
    public enum MemoryPolicy {
        CacheInMemory, CacheSmallInMemory, CacheOnDisc
    }
}
