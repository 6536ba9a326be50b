// Source: LSTM encoder–decoder with Bahdanau additive attention for short-term load forecasting.
// Layout: flat float[] energies column-major [encoderStep · decoderSteps + d]; one peak over the whole energy buffer.
// Label: LG0001 (the shift is the maximum over every decoder step's energies, not over the column being normalised).
using System;

namespace HeldOut21.LoadForecastGlobalEnergyPeak;

/// <summary>Attention weights of a forecasting decoder.</summary>
public static class BufferAttention
{
    /// <summary>alpha[t·D + d] = exp(energy − peak) / Σ over encoder steps t.</summary>
    public static float[] Weights(float[] energies, int encoderSteps, int decoderSteps)
    {
        float peak = float.NegativeInfinity;
        for (int i = 0; i < encoderSteps * decoderSteps; i++)
            if (energies[i] > peak) peak = energies[i]; //~ LG0001

        var alpha = new float[energies.Length];
        for (int d = 0; d < decoderSteps; d++)
        {
            float denom = 0f;
            for (int t = 0; t < encoderSteps; t++)
            {
                alpha[t * decoderSteps + d] = MathF.Exp(energies[t * decoderSteps + d] - peak);
                denom += alpha[t * decoderSteps + d];
            }

            for (int t = 0; t < encoderSteps; t++) alpha[t * decoderSteps + d] /= denom;
        }

        return alpha;
    }
}
