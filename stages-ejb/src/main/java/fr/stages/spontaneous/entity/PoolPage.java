package fr.stages.spontaneous.entity;

import java.util.List;

/** One page of the pool, newest first, with how many entries match in all. */
public record PoolPage(List<SpontaneousApplication> entries, long total, int page) {

    public int pages() {
        return (int) Math.max(1, (total + PoolCriteria.PAGE_SIZE - 1) / PoolCriteria.PAGE_SIZE);
    }
}
