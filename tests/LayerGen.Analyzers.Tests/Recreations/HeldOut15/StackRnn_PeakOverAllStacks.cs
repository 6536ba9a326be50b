// HeldOut15 — StackRnn_PeakOverAllStacks
// Source: stack-augmented recurrent nets (Joulin & Mikolov 2015), one controller step.
// Layout: one step's action logits ReadOnlySpan<double> [stacks · 3] (stack k at 3k); probabilities
// Span<double> of the same shape.
// Bug (LG0001): one peak over the logits of every stack is subtracted from each stack's three
// logits (a stack whose logits sit far below another stack's underflows to 0/0).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class StackRnn_PeakOverAllStacks
{
    /// <summary>Action probabilities of every stack for one step.</summary>
    public static void Actions(ReadOnlySpan<double> logits, Span<double> probs)
    {
        double peak = double.NegativeInfinity;
        foreach (double v in logits) peak = Math.Max(peak, v); //~ LG0001
        for (int k = 0; k < logits.Length / 3; k++)
        {
            double z = 0;
            for (int a = 0; a < 3; a++) z += probs[3 * k + a] = Math.Exp(logits[3 * k + a] - peak);
            for (int a = 0; a < 3; a++) probs[3 * k + a] /= z;
        }
    }
}
