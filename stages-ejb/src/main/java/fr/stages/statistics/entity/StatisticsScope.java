package fr.stages.statistics.entity;

/**
 * What a dashboard covers: every direction (both ids null), one direction, or one service of a direction, with
 * their names. Made by the boundary from the caller's own scope, never taken as given.
 */
public record StatisticsScope(Long directionId, String directionName, Long serviceId, String serviceName) {

    public static StatisticsScope city() {
        return new StatisticsScope(null, null, null, null);
    }

    public boolean isCity() {
        return directionId == null;
    }

    public boolean isService() {
        return serviceId != null;
    }
}
