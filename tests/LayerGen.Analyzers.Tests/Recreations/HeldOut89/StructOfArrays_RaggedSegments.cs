// Idiom: struct-of-arrays batch (`Logit[]`, `Start[]`, `Length[]` side by side) for ragged sequences, maxima kept in a
// per-segment array.
// Use: attention-style softmax over each variable-length segment of a packed (CSR-like) batch.
// Layout: one packed float[] of logits; segment s covers Logit[Start[s] .. Start[s] + Length[s]).
// Correct: `segMax[s]` is each segment's own max (stored in an array, first pass); the sum is per segment.
// Our own code.
using System;

namespace HeldOut89.StructOfArrays_RaggedSegments;

public readonly struct PackedBatch
{
    public PackedBatch(float[] logit, int[] start, int[] length)
    {
        Logit = logit;
        Start = start;
        Length = length;
    }

    public float[] Logit { get; }

    public int[] Start { get; }

    public int[] Length { get; }

    public int Segments => Start.Length;
}

public static class SegmentSoftmax
{
    public static float[] Softmax(in PackedBatch batch)
    {
        var segMax = new float[batch.Segments];
        for (int s = 0; s < batch.Segments; s++)
        {
            int lo = batch.Start[s];
            int hi = lo + batch.Length[s];
            segMax[s] = float.NegativeInfinity;
            for (int t = lo; t < hi; t++)
            {
                segMax[s] = MathF.Max(segMax[s], batch.Logit[t]);
            }
        }

        var prob = new float[batch.Logit.Length];
        for (int s = 0; s < batch.Segments; s++)
        {
            int lo = batch.Start[s];
            int hi = lo + batch.Length[s];
            float z = 0f;
            for (int t = lo; t < hi; t++)
            {
                prob[t] = MathF.Exp(batch.Logit[t] - segMax[s]);
                z += prob[t];
            }

            for (int t = lo; t < hi; t++)
            {
                prob[t] /= z;
            }
        }

        return prob;
    }
}
