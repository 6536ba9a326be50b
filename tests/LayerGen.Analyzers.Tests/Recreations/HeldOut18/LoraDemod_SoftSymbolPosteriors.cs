// Source: LoRa chirp-spread-spectrum soft demodulation (non-coherent M-FSK after de-chirping; the soft-decision
// path of gr-lora_sdr `fft_demod`, Tapparel et al. 2020): after the FFT of a de-chirped symbol, bin k's posterior
// is proportional to I0(2 sqrt(E_k) / N0) ~ exp(E_k / N0) at useful SNR.
// Layout: one frame of bin energies, flat `ReadOnlySpan<float>` [symbol * bins + k]; the per-symbol peak is a
// `Vector<float>` fold plus a scalar tail; the hard decision (argmax bin) is returned as well.
// Correct: each symbol's posterior is shifted by that symbol's own peak energy.
using System;
using System.Numerics;

namespace HeldOut18.LoraDemod_SoftSymbolPosteriors;

public static class SoftDemodulator
{
    /// <summary>Writes p(bin | symbol) for every symbol of the frame; returns the hard symbol decisions.</summary>
    public static int[] Demodulate(ReadOnlySpan<float> energies, int bins, float noisePower, Span<float> posteriors)
    {
        int symbols = energies.Length / bins;
        var hard = new int[symbols];
        int width = Vector<float>.Count;
        for (int s = 0; s < symbols; s++)
        {
            ReadOnlySpan<float> row = energies.Slice(s * bins, bins);
            Span<float> post = posteriors.Slice(s * bins, bins);

            var lanes = new Vector<float>(float.NegativeInfinity);
            int k = 0;
            for (; k <= bins - width; k += width)
            {
                lanes = Vector.Max(lanes, new Vector<float>(row.Slice(k)));
            }

            float peak = float.NegativeInfinity;
            for (int lane = 0; lane < width; lane++)
            {
                peak = MathF.Max(peak, lanes[lane]);
            }

            for (; k < bins; k++)
            {
                peak = MathF.Max(peak, row[k]);
            }

            float z = 0f;
            for (int b = 0; b < bins; b++)
            {
                float w = MathF.Exp((row[b] - peak) / noisePower);
                post[b] = w;
                z += w;
                if (row[b] == peak)
                {
                    hard[s] = b;
                }
            }

            float inv = 1f / z;
            for (int b = 0; b < bins; b++)
            {
                post[b] *= inv;
            }
        }

        return hard;
    }
}
