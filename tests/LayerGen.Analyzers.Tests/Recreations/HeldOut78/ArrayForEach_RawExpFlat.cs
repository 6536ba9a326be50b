// Idiom: `Array.ForEach(starts, start => ...)` over precomputed row offsets of a flat buffer.
// Use: per-sample class probabilities from a flat logits buffer.
// Layout: flat double[batch * classes], row-major, offset `start`.
// Bug LG0003: the exps are of the raw logits, no max is subtracted; overflows to Inf/Inf = NaN above ~709.
// Our own code.
using System;
using System.Linq;

namespace HeldOut78.ArrayForEach_RawExpFlat;

public static class FlatRows
{
    public static double[] Softmax(double[] logits, int classes)
    {
        var probs = new double[logits.Length];
        int[] starts = Enumerable.Range(0, logits.Length / classes).Select(r => r * classes).ToArray();
        Array.ForEach(starts, start =>
        {
            double denom = 0;
            for (int j = start; j < start + classes; j++)
            {
                probs[j] = Math.Exp(logits[j]); //~ LG0003
                denom += probs[j];
            }
            for (int j = start; j < start + classes; j++) probs[j] /= denom;
        });
        return probs;
    }
}
