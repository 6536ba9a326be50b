// Re-creates the shape of GRU4Rec's BPR-max loss (Hidasi & Karatzoglou 2018; hidasib/GRU4Rec and its ports):
// the softmax weights over the scores of each session event's sampled negative items.
// Layout: flat row-major float[] scores [events * samples], each event read through ReadOnlySpan/Span slices.
// Correct: the max and the sum run over one event's samples.
using System;

namespace HeldOut11;

public static class Gru4RecBprMax_SampledNegativeRows
{
    public static void NegativeWeights(float[] scores, int events, int samples, float[] weights)
    {
        for (int e = 0; e < events; e++)
        {
            ReadOnlySpan<float> row = scores.AsSpan(e * samples, samples);
            Span<float> w = weights.AsSpan(e * samples, samples);
            float peak = float.NegativeInfinity;
            foreach (float s in row)
                peak = MathF.Max(peak, s);
            float norm = 0f;
            for (int s = 0; s < samples; s++)
            {
                w[s] = MathF.Exp(row[s] - peak);
                norm += w[s];
            }
            for (int s = 0; s < samples; s++)
                w[s] /= norm;
        }
    }
}
