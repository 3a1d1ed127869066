package dev.farmguard.collector.model;

/** The API's verdict words (DESIGN.md contract 4). */
public enum Verdict {
    OK("ok"), REVIEW("review"), LAPTOP_FARM("laptop_farm");

    private final String apiName;

    Verdict(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
