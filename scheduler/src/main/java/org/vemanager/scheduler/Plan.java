package org.vemanager.scheduler;

import java.util.List;

/**
 * The scheduler's answer: the migrations to run now (concurrently, within the constraints' limits) and notes
 * on what it considered.
 *
 * @param policy the policy that made it
 * @param moves  the migrations, in the order they were chosen
 * @param notes  observations worth showing to an operator (e.g. "imbalance below target, nothing to do")
 */
public record Plan(String policy, List<Move> moves, List<String> notes) {

    public Plan {
        moves = List.copyOf(moves);
        notes = List.copyOf(notes);
    }

    /** A plan with nothing to do. */
    public static Plan empty(String policy, String note) {
        return new Plan(policy, List.of(), List.of(note));
    }

    /** A text an operator can read: one line per move, then the notes. */
    public String explain() {
        StringBuilder text = new StringBuilder(policy).append(": ").append(moves.size()).append(" move(s)\n");
        for (Move m : moves) {
            text.append("  ").append(m.explain()).append('\n');
        }
        for (String n : notes) {
            text.append("  note: ").append(n).append('\n');
        }
        return text.toString();
    }
}
