// Source: LoRa chirp-spread-spectrum soft demodulation (non-coherent M-FSK posteriors exp(E_k / N0) after
// de-chirping; gr-lora_sdr `fft_demod` soft-decision path), one normaliser per symbol of a received frame.
// Layout: `Memory<float>` frame of bin energies [symbol * bins + k], `while` loops, posteriors into a `float[]`.
// Bug (LG0001): the reference energy is the strongest bin of the whole frame (found once, before the symbol loop),
// so a weak symbol (fading, a later hop) has every exp underflow and its posterior is 0/0.
using System;

namespace HeldOut18.LoraDemod_PeakOverFrame;

public sealed class FrameSoftDemodulator
{
    private readonly int _bins;

    public FrameSoftDemodulator(int bins) => _bins = bins;

    public float[] Posteriors(Memory<float> frame, float noisePower)
    {
        Span<float> energies = frame.Span;
        var posteriors = new float[energies.Length];

        float strongest = float.NegativeInfinity;
        int i = 0;
        while (i < energies.Length)
        {
            strongest = MathF.Max(strongest, energies[i]); //~ LG0001
            i++;
        }

        int start = 0;
        while (start < energies.Length)
        {
            float z = 0f;
            int k = 0;
            while (k < _bins)
            {
                float w = MathF.Exp((energies[start + k] - strongest) / noisePower);
                posteriors[start + k] = w;
                z += w;
                k++;
            }

            k = 0;
            while (k < _bins)
            {
                posteriors[start + k] /= z;
                k++;
            }

            start += _bins;
        }

        return posteriors;
    }
}
