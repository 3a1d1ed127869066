package dev.farmguard.agent.probe.session;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Wtsapi32;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The live {@link WtsSessionSource}: WTSEnumerateSessionsW on this server, then
 * WTSQuerySessionInformationW per session for WTSSessionInfo, WTSClientProtocolType, WTSClientAddress and
 * WTSClientName; buffers are copied out and freed. No interpretation here ({@link WtsStructs} decodes).
 */
public final class JnaWtsSessions implements WtsSessionSource {

    private static final int WTS_CLIENT_NAME = 10;
    private static final int WTS_CLIENT_ADDRESS = 14;
    private static final int WTS_CLIENT_PROTOCOL_TYPE = 16;
    private static final int WTS_SESSION_INFO = 24;
    /** A machine has a handful of sessions; stop at a sane bound. */
    private static final int MAX_SESSIONS = 256;

    @Override
    public List<RawSession> read() {
        Wtsapi32 wts = Wtsapi32.INSTANCE;
        PointerByReference list = new PointerByReference();
        IntByReference count = new IntByReference();
        if (!wts.WTSEnumerateSessions(Wtsapi32.WTS_CURRENT_SERVER_HANDLE, 0, 1, list, count)) {
            return List.of();
        }
        List<RawSession> sessions = new ArrayList<>();
        try {
            Wtsapi32.WTS_SESSION_INFO first = new Wtsapi32.WTS_SESSION_INFO(list.getValue());
            Wtsapi32.WTS_SESSION_INFO[] infos =
                    (Wtsapi32.WTS_SESSION_INFO[]) first.toArray(Math.min(count.getValue(), MAX_SESSIONS));
            for (Wtsapi32.WTS_SESSION_INFO info : infos) {
                int id = info.SessionId;
                byte[] protocol = query(wts, id, WTS_CLIENT_PROTOCOL_TYPE);
                byte[] name = query(wts, id, WTS_CLIENT_NAME);
                sessions.add(new RawSession(id, info.State, query(wts, id, WTS_SESSION_INFO),
                        protocol.length >= 2 ? (protocol[0] & 0xFF) | (protocol[1] & 0xFF) << 8 : -1,
                        query(wts, id, WTS_CLIENT_ADDRESS), wideString(name)));
            }
        } finally {
            wts.WTSFreeMemory(list.getValue());
        }
        return sessions;
    }

    private static byte[] query(Wtsapi32 wts, int sessionId, int infoClass) {
        PointerByReference buffer = new PointerByReference();
        IntByReference bytes = new IntByReference();
        if (!wts.WTSQuerySessionInformation(Wtsapi32.WTS_CURRENT_SERVER_HANDLE, sessionId, infoClass, buffer, bytes)) {
            return new byte[0];
        }
        Pointer p = buffer.getValue();
        try {
            return p == null ? new byte[0] : p.getByteArray(0, Math.max(0, bytes.getValue()));
        } finally {
            wts.WTSFreeMemory(p);
        }
    }

    private static String wideString(byte[] utf16) {
        String text = new String(utf16, StandardCharsets.UTF_16LE);
        int nul = text.indexOf('\0');
        return (nul < 0 ? text : text.substring(0, nul)).trim();
    }
}
