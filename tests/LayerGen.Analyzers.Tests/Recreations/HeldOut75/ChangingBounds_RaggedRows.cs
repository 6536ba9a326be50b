// Idiom: loop bounds that change as the loop runs: the row window [start, end) moves by each row's length, and a
// `while` trims trailing padding (-inf) off the end before the row is processed.
// Use: a batch of variable-length sequences packed back to back (lengths[r] entries per sequence).
// Layout: flat float[sum(lengths)], ragged, with int[] lengths.
// Correct: the peak and the sum both run over [start, end) of one sequence.
// Our own code.
using System;

namespace HeldOut75.ChangingBounds_RaggedRows;

public static class Packed
{
    public static float[] Softmax(float[] packed, int[] lengths)
    {
        var probs = new float[packed.Length];
        int start = 0, end = 0;
        for (int r = 0; r < lengths.Length; r++)
        {
            start = end;
            end += lengths[r];
            int stop = end;
            while (stop > start && float.IsNegativeInfinity(packed[stop - 1])) stop--;
            if (stop == start) continue;

            float hi = packed[start];
            for (int i = start + 1; i < stop; i++) hi = MathF.Max(hi, packed[i]);
            float z = 0f;
            for (int i = start; i < stop; i++) z += probs[i] = MathF.Exp(packed[i] - hi);
            for (int i = start; i < stop; i++) probs[i] /= z;
        }
        return probs;
    }
}
