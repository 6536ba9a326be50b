// Source: WaveNet / WaveRNN autoregressive generation over 256 mu-law classes (ibab/tensorflow-wavenet `generate.py`:
// softmax of logits / temperature, then sample), re-created for C# audio generation.
// Layout: IReadOnlyList<ReadOnlyMemory<float>> logits per generated step, temperature, double[][] distributions,
// inverse-CDF sampling. Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut9;

public static class WaveNetMuLaw_StepMemoryRows
{
    public static int[] Generate(IReadOnlyList<ReadOnlyMemory<float>> stepLogits, double temperature, double[][] distributions, Random rng)
    {
        var samples = new int[stepLogits.Count];
        for (int t = 0; t < stepLogits.Count; t++)
        {
            ReadOnlySpan<float> logits = stepLogits[t].Span;
            double[] p = distributions[t];
            double peak = double.NegativeInfinity;
            for (int k = 0; k < logits.Length; k++)
            {
                peak = Math.Max(peak, logits[k] / temperature);
            }

            double z = 0.0;
            for (int k = 0; k < logits.Length; k++)
            {
                p[k] = Math.Exp(logits[k] / temperature - peak);
                z += p[k];
            }

            double u = rng.NextDouble();
            double cdf = 0.0;
            samples[t] = logits.Length - 1;
            for (int k = 0; k < logits.Length; k++)
            {
                p[k] /= z;
                cdf += p[k];
                if (u < cdf && samples[t] == logits.Length - 1) samples[t] = k;
            }
        }

        return samples;
    }
}
