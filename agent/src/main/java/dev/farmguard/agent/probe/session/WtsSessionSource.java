package dev.farmguard.agent.probe.session;

import java.util.List;

/**
 * The Remote Desktop Services sessions of this machine, as raw WTS answers. Live: {@link JnaWtsSessions};
 * tests give recorded structures.
 */
@FunctionalInterface
public interface WtsSessionSource {

    /**
     * One session as WTSEnumerateSessions and WTSQuerySessionInformation describe it.
     *
     * @param sessionId     WTS session id
     * @param state         WTS_CONNECTSTATE_CLASS (0 active, 4 disconnected, 6 listen...)
     * @param sessionInfo   the WTSINFOW bytes (WTSSessionInfo), empty if not answered
     * @param protocolType  WTSClientProtocolType: 0 console, 1 ICA, 2 RDP; -1 if not answered
     * @param clientAddress the WTS_CLIENT_ADDRESS bytes (WTSClientAddress), empty if not answered
     * @param clientName    WTSClientName, "" if none
     */
    record RawSession(int sessionId, int state, byte[] sessionInfo, int protocolType, byte[] clientAddress,
                      String clientName) {

        public RawSession {
            sessionInfo = sessionInfo.clone();
            clientAddress = clientAddress.clone();
        }

        @Override
        public byte[] sessionInfo() {
            return sessionInfo.clone();
        }

        @Override
        public byte[] clientAddress() {
            return clientAddress.clone();
        }
    }

    List<RawSession> read();
}
