package dev.farmguard.collector.classify;

/** Which observed fact a piece of evidence is about. */
public enum EvidenceField {
    USB_ID, USB_MANUFACTURER, USB_PRODUCT, USB_SERIAL, USB_SCSI_VENDOR, USB_INTERFACES,
    EDID_PNP_ID, EDID_PRODUCT_CODE, EDID_MONITOR_NAME, EDID_SERIAL_TEXT, EDID_SERIAL_NUMBER, EDID_SIZE, EDID_IDENTITY,
    /** What the EDID declares about its sink: input, audio, video formats, preferred mode, kind of product. */
    EDID_INPUT, EDID_AUDIO, EDID_VIDEO_FORMATS, EDID_PREFERRED_MODE, EDID_PRODUCT_TYPE,
    DISPLAY_CONNECTION, DISPLAY_CONNECTOR,
    PROCESS_NAME, PROCESS_PATH, PROCESS_COMMAND_LINE,
    SERVICE_NAME, SERVICE_PATH,
    INSTALL_PATH,
    /** A listening socket on one of the signature's ports (no process name needed). */
    LISTENING_PORT,
    /** A listening socket owned by one of the signature's processes. */
    LISTENER_PROCESS,
    /** An established connection owned by one of the signature's processes. */
    CONNECTION_PROCESS,
    ADAPTER_NAME,
    /** The agent's own VPN client observation, re-checked against the catalog. */
    AGENT_VPN_HINT,
    /** The agent's own jiggler observation, re-checked against the catalog. */
    AGENT_JIGGLER_HINT
}
