package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.detect.engine.DetectionEngine;
import dev.farmguard.collector.detect.engine.DetectionRunReport;
import java.util.Map;

/** POST /api/v1/detection/run: catch up device rules, run the fleet rules and re-score now, synchronously. */
public final class DetectionRoutes {

    private final DetectionEngine engine;

    public DetectionRoutes(DetectionEngine engine) {
        this.engine = engine;
    }

    public ApiResponse run(ApiRequest request, Map<String, String> params, Principal caller) {
        DetectionRunReport report;
        try {
            report = engine.runNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the collector is shutting down");
        }
        if (!report.ran()) {
            throw new ApiException(503, "another run holds the fleet lock; try again shortly");
        }
        return ApiResponse.json(200, report);
    }
}
