package org.normative.standards.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.normative.standards.library.Standard;

/**
 * What one committee has to coordinate with the others: stored links from its standards to other committees'
 * work whose target changed since the link was reviewed ({@link #toReview()}: the others changed something it
 * relies on), and links from other committees to its own standards that its changes made suspect
 * ({@link #awaitingOthers()}: the others must look). An item stays on the list until its link is reviewed.
 */
public record CoordinationList(String committee, List<Item> toReview, List<Item> awaitingOthers) {

    /** One suspect cross-committee link and the committee on the other side. */
    public record Item(long linkId, LinkType type, Endpoint source, Endpoint target, String otherCommittee) {
    }

    public CoordinationList {
        toReview = List.copyOf(toReview);
        awaitingOthers = List.copyOf(awaitingOthers);
    }

    public static CoordinationList of(LinkGraphData data, String committee) {
        Map<String, String> committeeOf = new HashMap<>();
        for (Standard standard : data.standards()) {
            committeeOf.put(standard.code(), standard.committeeCode());
        }
        List<Item> toReview = new ArrayList<>();
        List<Item> awaiting = new ArrayList<>();
        for (Link link : data.links()) {
            if (link.derived() || !isSuspect(link, data)) {
                continue;
            }
            String from = committeeOf.get(link.source().code());
            String to = committeeOf.get(link.target().code());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            if (committee.equals(from)) {
                toReview.add(new Item(link.id(), link.type(), link.source(), link.target(), to));
            } else if (committee.equals(to)) {
                awaiting.add(new Item(link.id(), link.type(), link.source(), link.target(), from));
            }
        }
        return new CoordinationList(committee, toReview, awaiting);
    }

    private static boolean isSuspect(Link link, LinkGraphData data) {
        String current = data.currentFingerprints().get(link.target().toString());
        return current != null && !current.equals(link.reviewedFingerprint());
    }

    public boolean isEmpty() {
        return toReview.isEmpty() && awaitingOthers.isEmpty();
    }

    public String toText(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        StringBuilder text = new StringBuilder();
        text.append(zh ? committee + " 待协调事项\n" : "Coordination for " + committee + "\n");
        text.append(zh ? "需要本委员会复核（其他委员会的变更影响本委员会的标准）：\n"
                : "To review (other committees changed what our standards rely on):\n");
        append(text, toReview, zh);
        text.append(zh ? "等待其他委员会复核（本委员会的变更影响其他委员会）：\n"
                : "Awaiting other committees (our changes touch their standards):\n");
        append(text, awaitingOthers, zh);
        return text.toString();
    }

    private static void append(StringBuilder text, List<Item> items, boolean zh) {
        if (items.isEmpty()) {
            text.append(zh ? "  （无）\n" : "  (none)\n");
        }
        for (Item item : items) {
            text.append("  #").append(item.linkId()).append(' ').append(item.source()).append(" -> ").append(item.target())
                    .append(" (").append(item.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(", ")
                    .append(item.otherCommittee()).append(")\n");
        }
    }
}
