package dev.farmguard.agent.probe.usb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads just enough of a HID report descriptor (HID 1.11, section 6.2.2) to tell absolute pointers from
 * relative ones: it tracks Usage Page (with Push/Pop), local Usages and Usage ranges, application
 * collections, and the Input items' Constant/Variable/Relative bits. A pointer is absolute when an
 * application collection of usage Generic Desktop Pointer or Mouse, or of the Digitizer page, has Input
 * items carrying both X and Y as absolute variables. Joysticks and gamepads (absolute X/Y too) are not
 * pointers. Malformed or truncated descriptors end the parse and keep what was found (fail soft).
 */
public final class HidReportDescriptor {

    /** What a descriptor says about pointing. */
    public record Capabilities(boolean absolutePointer, boolean relativePointer) {
    }

    private static final int PAGE_GENERIC_DESKTOP = 0x01;
    private static final int PAGE_DIGITIZER = 0x0D;
    private static final int USAGE_X = PAGE_GENERIC_DESKTOP << 16 | 0x30;
    private static final int USAGE_Y = PAGE_GENERIC_DESKTOP << 16 | 0x31;
    private static final int USAGE_POINTER = PAGE_GENERIC_DESKTOP << 16 | 0x01;
    private static final int USAGE_MOUSE = PAGE_GENERIC_DESKTOP << 16 | 0x02;
    private static final int COLLECTION_APPLICATION = 0x01;

    private static final int TYPE_MAIN = 0;
    private static final int TYPE_GLOBAL = 1;
    private static final int TYPE_LOCAL = 2;

    /** A local usage as written: 32-bit extended, or 16-bit completed with the page current at the main item. */
    private record LocalUsage(long value, boolean extended) {
        int resolve(int page) {
            return extended ? (int) value : page << 16 | (int) (value & 0xFFFF);
        }
    }

    private int usagePage;
    private final Deque<Integer> pageStack = new ArrayDeque<>();
    private final List<LocalUsage> usages = new ArrayList<>();
    private LocalUsage usageMin;
    private LocalUsage usageMax;
    private int depth;
    private int applicationUsage;
    private boolean absX;
    private boolean absY;
    private boolean relX;
    private boolean relY;
    private boolean absolutePointer;
    private boolean relativePointer;

    private HidReportDescriptor() {
    }

    /** Parses raw descriptor bytes (as in sysfs {@code report_descriptor}). */
    public static Capabilities parse(byte[] descriptor) {
        HidReportDescriptor parser = new HidReportDescriptor();
        parser.run(descriptor);
        return new Capabilities(parser.absolutePointer, parser.relativePointer);
    }

    private void run(byte[] d) {
        int i = 0;
        while (i < d.length) {
            int prefix = d[i] & 0xFF;
            if (prefix == 0xFE) { // long item: prefix, size, tag, data; carries no pointer facts
                if (i + 1 >= d.length) {
                    break;
                }
                i += 3 + (d[i + 1] & 0xFF);
                continue;
            }
            int size = (prefix & 0x03) == 3 ? 4 : prefix & 0x03;
            if (i + 1 + size > d.length) {
                break; // truncated item
            }
            long data = 0;
            for (int b = 0; b < size; b++) {
                data |= (long) (d[i + 1 + b] & 0xFF) << (8 * b);
            }
            item((prefix >> 2) & 0x03, (prefix >> 4) & 0x0F, data, size);
            i += 1 + size;
        }
        endApplication();
    }

    private void item(int type, int tag, long data, int size) {
        switch (type) {
            case TYPE_MAIN -> main(tag, data);
            case TYPE_GLOBAL -> global(tag, data);
            case TYPE_LOCAL -> local(tag, data, size);
            default -> { } // reserved item type
        }
    }

    private void main(int tag, long data) {
        switch (tag) {
            case 0x8 -> input(data);
            case 0xA -> openCollection(data);
            case 0xC -> closeCollection();
            default -> { } // Output, Feature
        }
        usages.clear();
        usageMin = null;
        usageMax = null;
    }

    private void global(int tag, long data) {
        switch (tag) {
            case 0x0 -> usagePage = (int) (data & 0xFFFF);
            case 0xA -> pageStack.push(usagePage);
            case 0xB -> usagePage = pageStack.isEmpty() ? usagePage : pageStack.pop();
            default -> { } // logical/physical ranges, report size/count/id: not needed
        }
    }

    private void local(int tag, long data, int size) {
        LocalUsage usage = new LocalUsage(data, size == 4);
        switch (tag) {
            case 0x0 -> usages.add(usage);
            case 0x1 -> usageMin = usage;
            case 0x2 -> usageMax = usage;
            default -> { } // designators, strings, delimiters
        }
    }

    private void openCollection(long type) {
        if (depth == 0 && type == COLLECTION_APPLICATION) {
            endApplication();
            applicationUsage = usages.isEmpty() ? 0 : usages.get(0).resolve(usagePage);
        }
        depth++;
    }

    private void closeCollection() {
        if (depth > 0) {
            depth--;
            if (depth == 0) {
                endApplication();
            }
        }
    }

    private void input(long flags) {
        boolean constant = (flags & 0x01) != 0;
        boolean variable = (flags & 0x02) != 0;
        boolean relative = (flags & 0x04) != 0;
        if (constant || !variable) {
            return;
        }
        boolean x = covers(USAGE_X);
        boolean y = covers(USAGE_Y);
        if (relative) {
            relX |= x;
            relY |= y;
        } else {
            absX |= x;
            absY |= y;
        }
    }

    private boolean covers(int usage) {
        for (LocalUsage local : usages) {
            if (local.resolve(usagePage) == usage) {
                return true;
            }
        }
        if (usageMin != null && usageMax != null) {
            int min = usageMin.resolve(usagePage);
            int max = usageMax.resolve(usagePage);
            return (min >>> 16) == (usage >>> 16) && usage >= min && usage <= max;
        }
        return false;
    }

    private void endApplication() {
        boolean pointerLike = applicationUsage == USAGE_POINTER || applicationUsage == USAGE_MOUSE
                || applicationUsage >>> 16 == PAGE_DIGITIZER;
        if (pointerLike) {
            absolutePointer |= absX && absY;
            relativePointer |= relX && relY;
        }
        absX = false;
        absY = false;
        relX = false;
        relY = false;
        applicationUsage = 0;
    }
}
