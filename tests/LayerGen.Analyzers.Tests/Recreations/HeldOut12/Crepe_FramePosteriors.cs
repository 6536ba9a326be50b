// Source: CREPE pitch read-out (Kim et al. 2018; marl/crepe `to_local_average_cents`): per-frame salience logits over
// pitch bins, softmax over the bins, then a local weighted average of bin cents around the strongest bin.
// Layout: row-major float[frames, bins]; per-frame peaks stored in an array filled by a separate pass (look-alike).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Crepe_FramePosteriors
{
    public static float[,] Posteriors(float[,] salience, ReadOnlySpan<float> binCents, Span<float> pitchCents)
    {
        int frames = salience.GetLength(0), bins = salience.GetLength(1);
        var peaks = new float[frames];
        var peakBin = new int[frames];
        for (int f = 0; f < frames; f++)
        {
            peaks[f] = float.NegativeInfinity;
            for (int b = 0; b < bins; b++)
            {
                if (salience[f, b] > peaks[f])
                {
                    peaks[f] = salience[f, b];
                    peakBin[f] = b;
                }
            }
        }

        var probs = new float[frames, bins];
        for (int f = 0; f < frames; f++)
        {
            float z = 0f;
            for (int b = 0; b < bins; b++)
            {
                probs[f, b] = MathF.Exp(salience[f, b] - peaks[f]);
                z += probs[f, b];
            }

            float weighted = 0f, mass = 0f;
            for (int b = 0; b < bins; b++)
            {
                probs[f, b] /= z;
                if (Math.Abs(b - peakBin[f]) <= 4)
                {
                    weighted += probs[f, b] * binCents[b];
                    mass += probs[f, b];
                }
            }

            pitchCents[f] = weighted / mass;
        }

        return probs;
    }
}
