// Source: re-creates the shape of deep-learning seismic phase picking (PhaseNet, Zhu & Beroza 2019; SeisBench pickers):
// per time sample, a softmax over the phase channels (noise, P, S, …) of the network's output trace.
// Layout: float[channels, samples] — the softmax runs down the first axis (a column per sample); while loops.
// Label: LG0001 — one peak over the whole trace (every channel at every sample) shifts every sample, so samples whose
// logits lie far below the trace's peak underflow to 0/0.
using System;

namespace HeldOut22.SeismicPicker_PeakOverWholeTrace;

/// <summary>Phase probabilities per sample of a picker's output.</summary>
public static class PhasePicker
{
    /// <summary>probability[c, t] = softmax over the channels c of logits[c, t], for every sample t.</summary>
    public static float[,] PhaseProbabilities(float[,] logits)
    {
        int channels = logits.GetLength(0);
        int samples = logits.GetLength(1);
        var probability = new float[channels, samples];
        float top = float.NegativeInfinity;
        int t = 0;
        while (t < samples)
        {
            int c = 0;
            while (c < channels)
            {
                top = MathF.Max(top, logits[c, t]); //~ LG0001
                c++;
            }

            t++;
        }

        t = 0;
        while (t < samples)
        {
            float norm = 0f;
            int c = 0;
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
