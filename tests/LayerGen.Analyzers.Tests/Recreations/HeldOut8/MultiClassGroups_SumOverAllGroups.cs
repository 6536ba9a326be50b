// Source: a classification head with several mutually exclusive label groups per sample (multi-class within a
// group, several groups per sample: e.g. attribute heads such as colour/type in product taggers), re-created.
// Layout: flat float[samples * classes], int[] groupSizes partitioning each sample's classes; the softmax axis is
// one group; the max is per group.
// Bug (LG0002): the normaliser is reset per sample but accumulates over every group of the sample (the multi-label
// confusion: all classes of a sample treated as one distribution), so each group sums to less than 1.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class MultiClassGroups_SumOverAllGroups
{
    public static float[] GroupProbabilities(float[] logits, int[] groupSizes)
    {
        int classes = 0;
        foreach (int g in groupSizes) classes += g;
        int samples = logits.Length / classes;
        var p = new float[logits.Length];
        for (int s = 0; s < samples; s++)
        {
            int row = s * classes;
            float sampleSum = 0f;
            int start = row;
            foreach (int size in groupSizes)
            {
                float m = logits[start];
                for (int j = start + 1; j < start + size; j++) m = MathF.Max(m, logits[j]);
                for (int j = start; j < start + size; j++)
                {
                    p[j] = MathF.Exp(logits[j] - m);
                    sampleSum += p[j]; //~ LG0002
                }
                start += size;
            }

            for (int j = row; j < row + classes; j++) p[j] /= sampleSum;
        }
        return p;
    }
}
