package dev.farmguard.collector.detect.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceTrackTest {

    private static Run at(long t, int network) {
        return new Run(t, t, network, network, -1, -1, false);
    }

    private static String runs(DeviceTrack t) {
        StringBuilder s = new StringBuilder();
        t.runs.forEach(r -> s.append(r.start).append('-').append(r.end).append('@').append(r.ip).append(' '));
        return s.toString().trim();
    }

    @Test
    void checkInsOnOneNetworkFormOneRun() {
        DeviceTrack t = new DeviceTrack("d");
        t.add(at(0, 1));
        t.add(at(10, 1));
        t.add(at(20, 2));
        t.add(at(30, 1));
        assertThat(runs(t)).isEqualTo("0-10@1 20-20@2 30-30@1");
    }

    @Test
    void addingTheSameCheckInAgainChangesNothing() {
        DeviceTrack t = new DeviceTrack("d");
        for (int round = 0; round < 2; round++) {
            t.add(at(0, 1));
            t.add(at(10, 1));
            t.add(at(20, 2));
        }
        assertThat(runs(t)).isEqualTo("0-10@1 20-20@2");
    }

    @Test
    void aLateCheckInCutsTheRunItFallsInto() {
        DeviceTrack t = new DeviceTrack("d");
        t.add(at(0, 1));
        t.add(at(100, 1));
        t.add(at(50, 2));
        assertThat(runs(t)).isEqualTo("0-49@1 50-50@2 51-100@1");
        t.add(at(-10, 1));
        assertThat(runs(t)).isEqualTo("-10-49@1 50-50@2 51-100@1");
    }

    @Test
    void aLongGapStartsANewRun() {
        DeviceTrack t = new DeviceTrack("d");
        t.add(at(0, 1));
        t.add(at(DeviceTrack.RUN_GAP_MILLIS + 1, 1));
        assertThat(t.runs).hasSize(2);
    }

    @Test
    void pruningForgetsTheOldAndCutsTheRest() {
        DeviceTrack t = new DeviceTrack("d");
        t.add(at(0, 1));
        t.add(at(100, 2));
        t.add(at(200, 2));
        t.peers.put("anydesk id 1", 50L);
        t.prune(150);
        assertThat(runs(t)).isEqualTo("150-200@2");
        assertThat(t.peers).isEmpty();
    }
}
