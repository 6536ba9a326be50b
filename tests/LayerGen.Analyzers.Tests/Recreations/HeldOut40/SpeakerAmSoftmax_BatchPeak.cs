// Idiom: additive-margin softmax over speakers for a mini-batch of embeddings, logits built first, then a LINQ max
// Layout: jagged float[][] logits [batch][speakers], LINQ
// Bug (LG0001): logits.Max(row => row.Max()) is the peak of the whole mini-batch, not of each embedding's row
using System;
using System.Linq;

namespace HeldOut40.SpeakerAmSoftmax_BatchPeak;

public static class AmSoftmaxBatch
{
    public static float[][] Posteriors(float[][] cosines, int[] labels, float s = 30f, float m = 0.2f)
    {
        float[][] logits = cosines
            .Select((row, i) => row.Select((c, j) => j == labels[i] ? s * (c - m) : s * c).ToArray())
            .ToArray();

        float peak = logits.Max(row => row.Max()); //~ LG0001

        var probs = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = new float[logits[i].Length];
            float total = 0f;
            for (int j = 0; j < logits[i].Length; j++)
            {
                probs[i][j] = MathF.Exp(logits[i][j] - peak);
                total += probs[i][j];
            }

            for (int j = 0; j < logits[i].Length; j++)
                probs[i][j] /= total;
        }

        return probs;
    }
}
