// Source: re-creates the shape of deep-learning seismic phase picking (PhaseNet, Zhu & Beroza 2019; SeisBench pickers):
// per time sample, a softmax over the phase channels (noise, P, S, …) of the network's output trace.
// Layout: float[channels, samples] — the softmax runs down the first axis (a column per sample); written with while
// loops, as the picker's post-processing does.
// Label: Correct — each sample is shifted by the peak over its own channels.
using System;

namespace HeldOut22.SeismicPicker_PhaseProbabilities;

/// <summary>Phase probabilities per sample of a picker's output.</summary>
public static class PhasePicker
{
    /// <summary>probability[c, t] = softmax over the channels c of logits[c, t], for every sample t.</summary>
    public static float[,] PhaseProbabilities(float[,] logits)
    {
        int channels = logits.GetLength(0);
        int samples = logits.GetLength(1);
        var probability = new float[channels, samples];
        int t = 0;
        while (t < samples)
        {
            float top = logits[0, t];
            int c = 1;
            while (c < channels)
            {
                if (logits[c, t] > top)
                {
                    top = logits[c, t];
                }

                c++;
            }

            float norm = 0f;
            c = 0;
            while (c < channels)
            {
                probability[c, t] = MathF.Exp(logits[c, t] - top);
                norm += probability[c, t];
                c++;
            }

            c = 0;
            while (c < channels)
            {
                probability[c, t] /= norm;
                c++;
            }

            t++;
        }

        return probability;
    }
}
