package dev.farmguard.collector.store;

import dev.farmguard.collector.triage.CaseState;
import dev.farmguard.collector.triage.DeviceCase;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Cases: the current one per device ({@code cases}) and every change ({@code case_history}). Methods block. */
public interface CaseStore {

    /** Makes {@code change} the device's current case and appends it to the history, in one transaction. */
    void set(DeviceCase change);

    Optional<DeviceCase> current(String deviceId);

    /** Every change of the device's case, oldest first. */
    List<DeviceCase> history(String deviceId);

    /**
     * Current cases ordered by device id, after {@code afterDeviceId} (null = from the start), at most {@code limit}.
     *
     * @param states   empty = every state
     * @param assignee null = anyone
     */
    List<DeviceCase> page(Set<CaseState> states, String assignee, String afterDeviceId, int limit);
}
