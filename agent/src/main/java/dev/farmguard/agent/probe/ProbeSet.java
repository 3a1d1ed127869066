package dev.farmguard.agent.probe;

import dev.farmguard.agent.probe.display.DisplayProbe;
import dev.farmguard.agent.probe.display.DisplayProbes;
import dev.farmguard.agent.probe.identity.IdentityProbe;
import dev.farmguard.agent.probe.identity.IdentityProbes;
import dev.farmguard.agent.probe.input.InputProbe;
import dev.farmguard.agent.probe.input.InputProbes;
import dev.farmguard.agent.probe.jiggler.JigglerProbe;
import dev.farmguard.agent.probe.jiggler.JigglerProbes;
import dev.farmguard.agent.probe.locale.LocaleProbe;
import dev.farmguard.agent.probe.locale.LocaleProbes;
import dev.farmguard.agent.probe.network.NetworkProbe;
import dev.farmguard.agent.probe.network.NetworkProbes;
import dev.farmguard.agent.probe.power.PowerProbe;
import dev.farmguard.agent.probe.power.PowerProbes;
import dev.farmguard.agent.probe.remote.RemoteAccessProbe;
import dev.farmguard.agent.probe.remote.RemoteAccessProbes;
import dev.farmguard.agent.probe.session.SessionProbe;
import dev.farmguard.agent.probe.session.SessionProbes;
import dev.farmguard.agent.probe.usb.UsbProbe;
import dev.farmguard.agent.probe.usb.UsbProbes;

/**
 * One reader per signal family for one platform. A new family adds a field here, a field in
 * {@link CollectedSnapshot}, a line in {@link SnapshotCollector} and its part of the mapper.
 */
public record ProbeSet(
        IdentityProbe identity,
        UsbProbe usb,
        DisplayProbe displays,
        RemoteAccessProbe remoteAccess,
        SessionProbe sessions,
        InputProbe input,
        PowerProbe power,
        NetworkProbe network,
        LocaleProbe locale,
        JigglerProbe jigglers) {

    /** The readers each family's factory picks for the context's platform. */
    public static ProbeSet forPlatform(ProbeContext context) {
        return new ProbeSet(
                IdentityProbes.create(context),
                UsbProbes.create(context),
                DisplayProbes.create(context),
                RemoteAccessProbes.create(context),
                SessionProbes.create(context),
                InputProbes.create(context),
                PowerProbes.create(context),
                NetworkProbes.create(context),
                LocaleProbes.create(context),
                JigglerProbes.create(context));
    }
}
