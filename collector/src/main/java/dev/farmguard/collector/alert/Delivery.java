package dev.farmguard.collector.alert;

/** What one attempt to hand an event to an output came to. */
record Delivery(Outcome outcome, String detail) {

    enum Outcome { DELIVERED, RETRY, REFUSED }

    static Delivery delivered() {
        return new Delivery(Outcome.DELIVERED, "");
    }

    /** Failed now, may work later (receiver down, 5xx, timeout). */
    static Delivery retry(String why) {
        return new Delivery(Outcome.RETRY, why);
    }

    /** The receiver refused this event; sending it again would not help. */
    static Delivery refused(String why) {
        return new Delivery(Outcome.REFUSED, why);
    }
}
