// Idiom: location-aware attention (Chorowski): energies plus a convolution of the previous alignment, softmax over encoder frames per utterance
// Layout: float[batch, frames] energies and alignments, 1D location filter
// Correct
using System;

namespace HeldOut40.LocationAware_Alignment;

public static class LocationAwareAttention
{
    public static float[,] Align(float[,] energies, float[,] previous, float[] filter, float gain)
    {
        int batch = energies.GetLength(0);
        int frames = energies.GetLength(1);
        int half = filter.Length / 2;
        var alignment = new float[batch, frames];
        var scores = new float[frames];
        for (int b = 0; b < batch; b++)
        {
            for (int j = 0; j < frames; j++)
            {
                float conv = 0f;
                for (int k = 0; k < filter.Length; k++)
                {
                    int src = j + k - half;
                    if (src >= 0 && src < frames) conv += filter[k] * previous[b, src];
                }

                scores[j] = energies[b, j] + gain * conv;
            }

            float best = float.NegativeInfinity;
            for (int j = 0; j < frames; j++) best = Math.Max(best, scores[j]);

            float denom = 0f;
            for (int j = 0; j < frames; j++)
            {
                alignment[b, j] = MathF.Exp(scores[j] - best);
                denom += alignment[b, j];
            }

            for (int j = 0; j < frames; j++) alignment[b, j] /= denom;
        }

        return alignment;
    }
}
