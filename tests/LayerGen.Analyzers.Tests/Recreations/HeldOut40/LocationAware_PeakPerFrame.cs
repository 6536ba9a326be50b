// Idiom: location-aware attention over a batch of utterances, scores = energy + gain * previous alignment
// Layout: jagged float[][] [batch][frames]
// Bug (LG0004): the max runs per encoder frame down the batch, the sum per utterance over the frames
using System;

namespace HeldOut40.LocationAware_PeakPerFrame;

public static class BatchAlignment
{
    public static float[][] Align(float[][] energies, float[][] previous, float gain)
    {
        int batch = energies.Length;
        int frames = energies[0].Length;
        var scores = new float[batch][];
        for (int b = 0; b < batch; b++)
        {
            scores[b] = new float[frames];
            for (int j = 0; j < frames; j++)
                scores[b][j] = energies[b][j] + gain * previous[b][j];
        }

        var framePeak = new float[frames];
        for (int j = 0; j < frames; j++)
        {
            framePeak[j] = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
                framePeak[j] = Math.Max(framePeak[j], scores[b][j]); //~ LG0004
        }

        var alignment = new float[batch][];
        for (int b = 0; b < batch; b++)
        {
            alignment[b] = new float[frames];
            float denom = 0f;
            for (int j = 0; j < frames; j++)
            {
                alignment[b][j] = MathF.Exp(scores[b][j] - framePeak[j]);
                denom += alignment[b][j];
            }

            for (int j = 0; j < frames; j++)
                alignment[b][j] /= denom;
        }

        return alignment;
    }
}
