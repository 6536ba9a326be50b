// Source: LSTM encoder–decoder with Bahdanau additive attention for short-term electricity load forecasting
// (Bahdanau et al. 2015 applied to load series, e.g. the attention-LSTM load forecasters of the 2018–2020 literature):
// for each decoder step, a softmax over the encoder steps' energies, then the context vector.
// Layout: flat float[] energies stored column-major as [encoderStep · decoderSteps + d] (stride decoderSteps along
// the softmax axis), weights written in place of the same layout, contexts [decoderSteps × hidden].
// Label: Correct.
using System;

namespace HeldOut21.LoadForecastBahdanauAttention;

/// <summary>Attention weights and contexts of a forecasting decoder.</summary>
public static class AdditiveAttention
{
    /// <summary>alpha[t·D + d] = softmax over encoder steps t of energy[t·D + d]; context[d] = Σ_t alpha·h[t].</summary>
    public static float[] Weights(float[] energies, int encoderSteps, int decoderSteps, float[][] encoderStates, float[][] contexts)
    {
        var alpha = new float[energies.Length];
        int hidden = encoderStates.Length == 0 ? 0 : encoderStates[0].Length;
        for (int d = 0; d < decoderSteps; d++)
        {
            float max = float.NegativeInfinity;
            for (int t = 0, i = d; t < encoderSteps; t++, i += decoderSteps)
                max = Math.Max(max, energies[i]);

            float denom = 0f;
            for (int t = 0, i = d; t < encoderSteps; t++, i += decoderSteps)
            {
                alpha[i] = MathF.Exp(energies[i] - max);
                denom += alpha[i];
            }

            var context = new float[hidden];
            for (int t = 0, i = d; t < encoderSteps; t++, i += decoderSteps)
            {
                alpha[i] /= denom;
                for (int h = 0; h < hidden; h++) context[h] += alpha[i] * encoderStates[t][h];
            }

            contexts[d] = context;
        }

        return alpha;
    }
}
