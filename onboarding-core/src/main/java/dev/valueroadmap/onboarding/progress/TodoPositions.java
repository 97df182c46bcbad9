package dev.valueroadmap.onboarding.progress;

import java.util.List;

/**
 * The checklist position of each ToDo id of one program, in an open-addressing table built
 * once. A lookup compares the cached hash code and then the reference before it calls
 * {@code equals}, so an event that carries the program's own id string costs no character
 * comparison, and nothing is boxed. Immutable after construction, so safe to share between
 * threads.
 */
final class TodoPositions {

  private final String[] ids;
  private final int[] hashes;
  private final int[] positions;
  private final int mask;

  TodoPositions(List<String> todoIds) {
    // At most half full, so that a missing id ends its probe after a few slots.
    int capacity = Integer.highestOneBit(Math.max(2, todoIds.size()) * 2) * 2;
    this.ids = new String[capacity];
    this.hashes = new int[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    for (int p = 0; p < todoIds.size(); p++) {
      String id = todoIds.get(p);
      int hash = spread(id.hashCode());
      int slot = hash & mask;
      while (ids[slot] != null) {
        slot = (slot + 1) & mask;
      }
      ids[slot] = id;
      hashes[slot] = hash;
      positions[slot] = p;
    }
  }

  /** Returns the checklist position of a ToDo id, or -1 when the program has no such ToDo. */
  int positionOf(String todoId) {
    int hash = spread(todoId.hashCode());
    int slot = hash & mask;
    String candidate;
    while ((candidate = ids[slot]) != null) {
      if (hashes[slot] == hash && (candidate == todoId || candidate.equals(todoId))) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
