package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes many nodes at once. Removing a node one by one re-numbers all its later siblings, which
 * is quadratic for a parent with tens of thousands of children; here each such parent's child list
 * is rebuilt once.
 */
final class NodeRemover {

    private static final int REBUILD_FROM = 16;

    private NodeRemover() {
    }

    static void removeAll(List<Node> nodes) {
        Map<Element, List<Node>> byParent = new IdentityHashMap<>();
        for (Node node : nodes) {
            if (node.parentNode() instanceof Element parent) {
                byParent.computeIfAbsent(parent, key -> new ArrayList<>()).add(node);
            }
        }
        byParent.forEach((parent, children) -> {
            if (children.size() < REBUILD_FROM) {
                children.forEach(Node::remove);
                return;
            }
            Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(children);
            List<Node> kept = new ArrayList<>(parent.childNodeSize() - children.size());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }
}
