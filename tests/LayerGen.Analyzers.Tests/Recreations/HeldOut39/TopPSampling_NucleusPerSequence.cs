// Idiom: nucleus (top-p) sampling for a batch of sequences: per-sequence softmax, tokens sorted by probability,
//        tail beyond cumulative mass topP zeroed (the draw scales its uniform by the kept mass, no renormalisation)
// Layout: jagged float[][] logits[sequence][vocab], helper per row, index array sorted with a key array
// Correct
using System;

namespace HeldOut39.TopPSampling_NucleusPerSequence;

public static class Nucleus
{
    public static float[][] Filter(float[][] logits, float topP)
    {
        var result = new float[logits.Length][];
        for (int s = 0; s < logits.Length; s++)
        {
            float[] probs = SoftmaxRow(logits[s]);
            int[] order = new int[probs.Length];
            float[] keys = new float[probs.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
                keys[i] = -probs[i];
            }
            Array.Sort(keys, order);

            float cumulative = 0f;
            int cut = order.Length;
            for (int r = 0; r < order.Length; r++)
            {
                cumulative += probs[order[r]];
                if (cumulative > topP)
                {
                    cut = r + 1;
                    break;
                }
            }
            for (int r = cut; r < order.Length; r++)
            {
                probs[order[r]] = 0f;
            }
            result[s] = probs;
        }
        return result;
    }

    private static float[] SoftmaxRow(float[] row)
    {
        float hi = row[0];
        for (int i = 1; i < row.Length; i++)
        {
            if (row[i] > hi) hi = row[i];
        }
        var p = new float[row.Length];
        float z = 0f;
        for (int i = 0; i < row.Length; i++)
        {
            p[i] = MathF.Exp(row[i] - hi);
            z += p[i];
        }
        for (int i = 0; i < row.Length; i++)
        {
            p[i] /= z;
        }
        return p;
    }
}
