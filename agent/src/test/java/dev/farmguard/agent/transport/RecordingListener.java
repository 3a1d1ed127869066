package dev.farmguard.agent.transport;

import dev.farmguard.proto.v1.Ack;
import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.EnrollResponse;
import dev.farmguard.proto.v1.Error;
import dev.farmguard.proto.v1.Welcome;
import java.util.ArrayList;
import java.util.List;

/** Records what a session handler reports. */
final class RecordingListener implements SessionListener {

    final List<Object> events = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    int closed;

    @Override
    public void onWelcome(Welcome welcome) {
        events.add(welcome);
    }

    @Override
    public void onAck(Ack ack) {
        events.add(ack);
    }

    @Override
    public void onCatalog(Catalog catalog) {
        events.add(catalog);
    }

    @Override
    public void onError(Error error) {
        events.add(error);
    }

    @Override
    public void onEnrollResponse(EnrollResponse response) {
        events.add(response);
    }

    @Override
    public void onFailure(Throwable cause) {
        failures.add(cause);
    }

    @Override
    public void onClosed() {
        closed++;
    }
}
