package dev.farmguard.collector.api;

import java.util.Map;

/** One endpoint's logic. Runs on an API worker thread, so it may call the store. */
@FunctionalInterface
public interface Route {

    ApiResponse handle(ApiRequest request, Map<String, String> pathParams, Principal caller);
}
